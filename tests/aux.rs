//! Auxiliary blocks ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2): the real Outlook 2007 rgbAuxIn
//! captures, a hand-built vector for every (Version, Type) pair the spec defines, unknown
//! blocks, framing errors with their offsets, truncation, dumps and proptest round trips.

mod common;
use common::{capture, encode_a5};

use proptest::prelude::*;
use ropwire::arbitrary::Arb;
use ropwire::data::Guid;
use ropwire::rpc_ext::aux::*;
use ropwire::rpc_ext::{MAX_AUX_BUFFER, RpcChain, RpcFlags, write_block};
use ropwire::wire::{Dump, Encode, Utf16Str, Writer};
use ropwire::{DecodeError, EncodeError, ErrorKind};

const CAPTURE_FILES: [&str; 2] = [
    "001_Outlook_2007_in_ModifyRecipients.rgbAuxIn.bin",
    "002_Outlook_2007_in_Tables_operations.rgbAuxIn.bin",
];

fn walk(payload: &[u8]) -> (Vec<AuxBlock<'_>>, Option<DecodeError>) {
    let mut ok = Vec::new();
    let mut err = None;
    for item in AuxWalker::new(payload) {
        match item {
            Ok(b) => ok.push(b),
            Err(e) => err = Some(e),
        }
    }
    (ok, err)
}

fn one(bytes: &[u8]) -> AuxBlock<'_> {
    let (blocks, err) = walk(bytes);
    assert_eq!(err, None, "{bytes:02X?}");
    assert_eq!(blocks.len(), 1);
    blocks.into_iter().next().unwrap()
}

/// Little-endian byte builder for hand-written vectors.
#[derive(Default, Clone)]
struct B(Vec<u8>);

impl B {
    fn u8(mut self, v: u8) -> Self {
        self.0.push(v);
        self
    }
    fn u16(mut self, v: u16) -> Self {
        self.0.extend(v.to_le_bytes());
        self
    }
    fn u32(mut self, v: u32) -> Self {
        self.0.extend(v.to_le_bytes());
        self
    }
    fn raw(mut self, v: &[u8]) -> Self {
        self.0.extend_from_slice(v);
        self
    }
    /// A null-terminated UTF-16LE string.
    fn w(mut self, s: &str) -> Self {
        self.0
            .extend(s.encode_utf16().chain([0]).flat_map(u16::to_le_bytes));
        self
    }
    fn done(self) -> Vec<u8> {
        self.0
    }
}

/// AUX_HEADER (Size = 4 + payload) followed by the payload.
fn block(version: u8, ty: u8, payload: &[u8]) -> Vec<u8> {
    let size = u16::try_from(4 + payload.len()).unwrap();
    B::default()
        .u16(size)
        .u8(version)
        .u8(ty)
        .raw(payload)
        .done()
}

const GUID: [u8; 16] = [
    0x78, 0x56, 0x34, 0x12, 0xBC, 0x9A, 0xF0, 0xDE, 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF,
];

/// Checks a vector both ways: the bytes decode to `expected`, and `expected` (built by hand,
/// not decoded) encodes to the bytes in a 0xA5-filled buffer; the decoded value re-encodes
/// byte for byte too.
fn check(bytes: &[u8], expected: &AuxBlock<'_>) {
    let decoded = one(bytes);
    assert_eq!(&decoded, expected, "decode of {bytes:02X?}");
    assert_eq!(decoded.version(), bytes[2]);
    assert_eq!(decoded.block_type(), bytes[3]);
    assert_eq!(
        encode_a5(|w| write_aux_block(w, expected)),
        bytes,
        "encode of {expected:?}"
    );
    assert_eq!(expected.encoded_len(), bytes.len());
    assert_eq!(encode_a5(|w| decoded.encode(w)), bytes, "re-encode");
    let h = expected.header().unwrap();
    assert_eq!(usize::from(h.size), bytes.len());
    assert_eq!((h.version, h.block_type), (bytes[2], bytes[3]));
}

fn names(b: &AuxBlock<'_>) -> Vec<(String, Option<u64>)> {
    let mut n = common::IntFields::default();
    b.dump(&mut n);
    n.0
}

fn value_of(dump: &[(String, Option<u64>)], name: &str) -> Option<u64> {
    dump.iter().find(|(n, _)| n == name).and_then(|(_, v)| *v)
}

// ---------------------------------------------------------------------------------------
// The Outlook 2007 captures: RPC_HEADER_EXT (Flags 0x0006 = XorMagic | Last, Size 40), then
// AUX_PERF_REQUESTID (Size 8) and two AUX_PERF_DEFMDB_SUCCESS blocks of type
// AUX_TYPE_PERF_BG_DEFMDB_SUCCESS (0x0C, Size 16) about the previous request.

/// (SessionID, RequestID) of the REQUESTID block, then (TimeSinceRequest,
/// TimeToCompleteRequest, RequestID) of the two BG_DEFMDB_SUCCESS blocks.
/// (SessionID, RequestID) of an AUX_PERF_REQUESTID block.
type RequestIdValues = (u16, u16);
/// (TimeSinceRequest, TimeToCompleteRequest, RequestID) of an AUX_PERF_DEFMDB_SUCCESS block.
type DefMdbValues = (u32, u32, u16);

const CAPTURE_VALUES: [(RequestIdValues, [DefMdbValues; 2]); 2] = [
    ((1, 0xA3), [(70, 0, 0xA2), (78, 78, 0xA2)]),
    ((1, 0x1C), [(82, 0, 0x1B), (79, 78, 0x1B)]),
];

#[test]
fn outlook_captures_decode_and_reencode_byte_exact() {
    if !common::captures_present() {
        return;
    }
    for (name, ((session, request), defmdb)) in CAPTURE_FILES.iter().zip(CAPTURE_VALUES) {
        let file = capture(name);
        assert_eq!(file.len(), 48, "{name}");
        let chain: Vec<_> = RpcChain::new(&file).collect::<Result<_, _>>().unwrap();
        assert_eq!(chain.len(), 1);
        let rpc = &chain[0];
        assert_eq!(rpc.header.flags.bits(), 0x0006);
        assert_eq!((rpc.header.size, rpc.header.size_actual), (40, 40));
        let mut scratch = [0u8; MAX_AUX_BUFFER];
        let payload = rpc.payload_into(&mut scratch).unwrap().to_vec();
        assert_eq!(payload.len(), 40);

        let mut walker = AuxWalker::with_offset(&payload, rpc.payload_offset());
        let mut offsets = Vec::new();
        let mut blocks = Vec::new();
        loop {
            offsets.push(walker.offset());
            match walker.next() {
                Some(b) => blocks.push(b.unwrap()),
                None => break,
            }
        }
        assert_eq!(offsets, [8, 16, 32, 48], "{name}");
        assert_eq!(blocks.len(), 3);
        assert_eq!(
            blocks[0],
            AuxBlock::PerfRequestId(AuxPerfRequestId {
                extra: &[],
                session_id: session,
                request_id: request,
            })
        );
        assert_eq!(blocks[0].type_name(), Some("AUX_TYPE_PERF_REQUESTID"));
        assert_eq!(blocks[0].header().unwrap().size, 8);
        for (b, (since, complete, req)) in blocks[1..].iter().zip(defmdb) {
            assert_eq!(
                *b,
                AuxBlock::PerfBgDefMdbSuccess(AuxPerfDefMdbSuccess {
                    extra: &[],
                    time_since_request: since,
                    time_to_complete_request: complete,
                    request_id: req,
                    reserved: 0,
                })
            );
            assert_eq!(b.version(), AUX_VERSION_1);
            assert_eq!(b.block_type(), AUX_TYPE_PERF_BG_DEFMDB_SUCCESS);
            assert_eq!(b.type_name(), Some("AUX_TYPE_PERF_BG_DEFMDB_SUCCESS"));
            assert_eq!(b.structure_name(), Some("AUX_PERF_DEFMDB_SUCCESS"));
            assert_eq!(b.header().unwrap().size, 16);
        }

        // The blocks re-encode to the de-obfuscated payload, and with the RPC_HEADER_EXT
        // to the whole captured buffer.
        assert_eq!(encode_a5(|w| write_aux_blocks(w, &blocks)), payload);
        assert_eq!(
            encode_a5(|w| write_aux_buffer(w, RpcFlags::XOR_MAGIC, &blocks)),
            file
        );

        // The one-call reader gives the same blocks with offsets in the file.
        let mut scratch = [0u8; MAX_AUX_BUFFER];
        let again: Vec<_> = aux_walker(&file, &mut scratch)
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(again, blocks);
        let mut scratch = [0u8; MAX_AUX_BUFFER];
        assert_eq!(aux_walker(&file, &mut scratch).unwrap().offset(), 8);
    }
}

#[test]
fn capture_dump_uses_spec_names() {
    if !common::captures_present() {
        return;
    }
    let file = capture(CAPTURE_FILES[0]);
    let mut scratch = [0u8; MAX_AUX_BUFFER];
    let blocks: Vec<_> = aux_walker(&file, &mut scratch)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let d = names(&blocks[0]);
    let got: Vec<_> = d.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        got,
        [
            "Size",
            "Version",
            "Type",
            "AUX_PERF_REQUESTID",
            "SessionID",
            "RequestID"
        ]
    );
    assert_eq!(value_of(&d, "RequestID"), Some(0xA3));
    let d = names(&blocks[1]);
    let got: Vec<_> = d.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        got,
        [
            "Size",
            "Version",
            "Type",
            "AUX_PERF_DEFMDB_SUCCESS",
            "TimeSinceRequest",
            "TimeToCompleteRequest",
            "RequestID",
            "Reserved"
        ]
    );
    assert_eq!(value_of(&d, "Size"), Some(16));
    assert_eq!(value_of(&d, "Type"), Some(0x0C));
    assert_eq!(value_of(&d, "TimeSinceRequest"), Some(70));
}

// ---------------------------------------------------------------------------------------
// A hand-built vector for every (Version, Type) pair, from the field descriptions of
// [MS-OXCRPC] 2.2.2.2.1 - 2.2.2.2.23.

#[test]
fn type_table_has_the_40_defined_pairs() {
    let known: Vec<(u8, u8)> = (0..=255u8)
        .flat_map(|v| (0..=255u8).map(move |t| (v, t)))
        .filter(|&(v, t)| aux_type_name(v, t).is_some())
        .collect();
    assert_eq!(known.len(), 40);
    assert_eq!(
        known.iter().filter(|(v, _)| *v == AUX_VERSION_1).count(),
        29
    );
    let v2: Vec<u8> = known
        .iter()
        .filter(|(v, _)| *v == AUX_VERSION_2)
        .map(|&(_, t)| t)
        .collect();
    assert_eq!(
        v2,
        [
            0x04, 0x07, 0x08, 0x09, 0x0B, 0x0E, 0x0F, 0x10, 0x13, 0x14, 0x15
        ]
    );
    assert_eq!(aux_type_name(2, 0x05), None, "no v2 DEFMDB_SUCCESS");
    assert_eq!(aux_type_name(2, 0x01), None, "no v2 REQUESTID");
    assert_eq!(aux_type_name(1, 0x19), None);
    assert_eq!(aux_type_name(3, 0x01), None);
    assert_eq!(
        aux_type_name(1, 0x4E),
        Some("AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION")
    );
    assert_eq!(aux_type_name(2, 0x0B), Some("AUX_TYPE_PERF_PROCESSINFO"));
}

#[test]
fn perf_requestid_and_sessioninfo_vectors() {
    // 2.2.2.2.1: SessionID, RequestID.
    let p = B::default().u16(0x0102).u16(0x0304).done();
    check(
        &block(1, 0x01, &p),
        &AuxBlock::PerfRequestId(AuxPerfRequestId {
            extra: &[],
            session_id: 0x0102,
            request_id: 0x0304,
        }),
    );
    // 2.2.2.2.2: SessionID, Reserved, SessionGuid.
    let p = B::default().u16(7).u16(0xBEEF).raw(&GUID).done();
    let bytes = block(1, 0x04, &p);
    assert_eq!(bytes.len(), 24);
    check(
        &bytes,
        &AuxBlock::PerfSessionInfo(AuxPerfSessionInfo {
            extra: &[],
            session_id: 7,
            reserved: 0xBEEF,
            session_guid: Guid(GUID),
        }),
    );
    // 2.2.2.2.3 (Version 2): ... plus ConnectionID.
    let p = B::default()
        .u16(7)
        .u16(0)
        .raw(&GUID)
        .u32(0x1122_3344)
        .done();
    let bytes = block(2, 0x04, &p);
    assert_eq!(bytes.len(), 28);
    check(
        &bytes,
        &AuxBlock::PerfSessionInfoV2(AuxPerfSessionInfoV2 {
            extra: &[],
            session_id: 7,
            reserved: 0,
            session_guid: Guid(GUID),
            connection_id: 0x1122_3344,
        }),
    );
}

#[test]
fn perf_success_and_failure_vectors_for_every_type() {
    type Ctor = fn(AuxPerfDefMdbSuccess<'static>) -> AuxBlock<'static>;
    // 2.2.2.2.7 AUX_PERF_DEFMDB_SUCCESS: v1 0x05, 0x0C (BG), 0x11 (FG).
    let p = B::default().u32(100).u32(20).u16(0xA2).u16(0).done();
    let v = AuxPerfDefMdbSuccess {
        extra: &[],
        time_since_request: 100,
        time_to_complete_request: 20,
        request_id: 0xA2,
        reserved: 0,
    };
    let defmdb: [(u8, Ctor); 3] = [
        (0x05, AuxBlock::PerfDefMdbSuccess),
        (0x0C, AuxBlock::PerfBgDefMdbSuccess),
        (0x11, AuxBlock::PerfFgDefMdbSuccess),
    ];
    for (ty, f) in defmdb {
        check(&block(1, ty, &p), &f(v));
    }

    // 2.2.2.2.8 AUX_PERF_DEFGC_SUCCESS: ServerID, SessionID, TimeSinceRequest,
    // TimeToCompleteRequest, RequestOperation, Reserved (3).
    let p = B::default()
        .u16(2)
        .u16(3)
        .u32(40)
        .u32(5)
        .u8(0x11)
        .raw(&[0, 0, 0])
        .done();
    let v = AuxPerfDefGcSuccess {
        extra: &[],
        server_id: 2,
        session_id: 3,
        time_since_request: 40,
        time_to_complete_request: 5,
        request_operation: 0x11,
        reserved: [0; 3],
    };
    type GcCtor = fn(AuxPerfDefGcSuccess<'static>) -> AuxBlock<'static>;
    let defgc: [(u8, GcCtor); 3] = [
        (0x06, AuxBlock::PerfDefGcSuccess),
        (0x0D, AuxBlock::PerfBgDefGcSuccess),
        (0x12, AuxBlock::PerfFgDefGcSuccess),
    ];
    for (ty, f) in defgc {
        check(&block(1, ty, &p), &f(v));
    }

    // 2.2.2.2.9 AUX_PERF_MDB_SUCCESS (v1 0x07, 0x0E, 0x13).
    let p = B::default()
        .u16(1)
        .u16(2)
        .u16(3)
        .u16(4)
        .u32(50)
        .u32(6)
        .done();
    let v = AuxPerfMdbSuccess {
        extra: &[],
        client_id: 1,
        server_id: 2,
        session_id: 3,
        request_id: 4,
        time_since_request: 50,
        time_to_complete_request: 6,
    };
    type MdbCtor = fn(AuxPerfMdbSuccess<'static>) -> AuxBlock<'static>;
    let mdb: [(u8, MdbCtor); 3] = [
        (0x07, AuxBlock::PerfMdbSuccess),
        (0x0E, AuxBlock::PerfBgMdbSuccess),
        (0x13, AuxBlock::PerfFgMdbSuccess),
    ];
    for (ty, f) in mdb {
        check(&block(1, ty, &p), &f(v));
    }

    // 2.2.2.2.10 AUX_PERF_MDB_SUCCESS_V2 (v2 0x07, 0x0E, 0x13): ProcessID first, Reserved
    // after RequestID.
    let p = B::default()
        .u16(9)
        .u16(1)
        .u16(2)
        .u16(3)
        .u16(4)
        .u16(0)
        .u32(50)
        .u32(6)
        .done();
    let v = AuxPerfMdbSuccessV2 {
        extra: &[],
        process_id: 9,
        client_id: 1,
        server_id: 2,
        session_id: 3,
        request_id: 4,
        reserved: 0,
        time_since_request: 50,
        time_to_complete_request: 6,
    };
    type MdbV2Ctor = fn(AuxPerfMdbSuccessV2<'static>) -> AuxBlock<'static>;
    let mdb2: [(u8, MdbV2Ctor); 3] = [
        (0x07, AuxBlock::PerfMdbSuccessV2),
        (0x0E, AuxBlock::PerfBgMdbSuccessV2),
        (0x13, AuxBlock::PerfFgMdbSuccessV2),
    ];
    for (ty, f) in mdb2 {
        check(&block(2, ty, &p), &f(v));
    }

    // 2.2.2.2.11 AUX_PERF_GC_SUCCESS (v1 0x08, 0x0F, 0x14).
    let p = B::default()
        .u16(1)
        .u16(2)
        .u16(3)
        .u16(0xFFFF)
        .u32(60)
        .u32(7)
        .u8(0x22)
        .raw(&[1, 2, 3])
        .done();
    let v = AuxPerfGcSuccess {
        extra: &[],
        client_id: 1,
        server_id: 2,
        session_id: 3,
        reserved_1: 0xFFFF,
        time_since_request: 60,
        time_to_complete_request: 7,
        request_operation: 0x22,
        reserved_2: [1, 2, 3],
    };
    type GcsCtor = fn(AuxPerfGcSuccess<'static>) -> AuxBlock<'static>;
    let gc: [(u8, GcsCtor); 3] = [
        (0x08, AuxBlock::PerfGcSuccess),
        (0x0F, AuxBlock::PerfBgGcSuccess),
        (0x14, AuxBlock::PerfFgGcSuccess),
    ];
    for (ty, f) in gc {
        check(&block(1, ty, &p), &f(v));
    }

    // 2.2.2.2.12 AUX_PERF_GC_SUCCESS_V2 (v2 0x08, 0x0F, 0x14).
    let p = B::default()
        .u16(9)
        .u16(1)
        .u16(2)
        .u16(3)
        .u32(60)
        .u32(7)
        .u8(0x22)
        .raw(&[0, 0, 0])
        .done();
    let v = AuxPerfGcSuccessV2 {
        extra: &[],
        process_id: 9,
        client_id: 1,
        server_id: 2,
        session_id: 3,
        time_since_request: 60,
        time_to_complete_request: 7,
        request_operation: 0x22,
        reserved: [0; 3],
    };
    type GcV2Ctor = fn(AuxPerfGcSuccessV2<'static>) -> AuxBlock<'static>;
    let gc2: [(u8, GcV2Ctor); 3] = [
        (0x08, AuxBlock::PerfGcSuccessV2),
        (0x0F, AuxBlock::PerfBgGcSuccessV2),
        (0x14, AuxBlock::PerfFgGcSuccessV2),
    ];
    for (ty, f) in gc2 {
        check(&block(2, ty, &p), &f(v));
    }

    // 2.2.2.2.13 AUX_PERF_FAILURE (v1 0x09, 0x10, 0x15).
    let p = B::default()
        .u16(1)
        .u16(2)
        .u16(3)
        .u16(4)
        .u32(70)
        .u32(8)
        .u32(0x8004_010F)
        .u8(0x33)
        .raw(&[0, 0, 0])
        .done();
    let v = AuxPerfFailure {
        extra: &[],
        client_id: 1,
        server_id: 2,
        session_id: 3,
        request_id: 4,
        time_since_request: 70,
        time_to_fail_request: 8,
        result_code: 0x8004_010F,
        request_operation: 0x33,
        reserved: [0; 3],
    };
    type FailCtor = fn(AuxPerfFailure<'static>) -> AuxBlock<'static>;
    let failure: [(u8, FailCtor); 3] = [
        (0x09, AuxBlock::PerfFailure),
        (0x10, AuxBlock::PerfBgFailure),
        (0x15, AuxBlock::PerfFgFailure),
    ];
    for (ty, f) in failure {
        check(&block(1, ty, &p), &f(v));
    }

    // 2.2.2.2.14 AUX_PERF_FAILURE_V2 (v2 0x09, 0x10, 0x15).
    let p = B::default()
        .u16(9)
        .u16(1)
        .u16(2)
        .u16(3)
        .u16(4)
        .u16(0)
        .u32(70)
        .u32(8)
        .u32(0x8004_010F)
        .u8(0x33)
        .raw(&[0, 0, 0])
        .done();
    let bytes = block(2, 0x10, &p);
    assert_eq!(bytes.len(), 32);
    let v = AuxPerfFailureV2 {
        extra: &[],
        process_id: 9,
        client_id: 1,
        server_id: 2,
        session_id: 3,
        request_id: 4,
        reserved_1: 0,
        time_since_request: 70,
        time_to_fail_request: 8,
        result_code: 0x8004_010F,
        request_operation: 0x33,
        reserved_2: [0; 3],
    };
    type FailV2Ctor = fn(AuxPerfFailureV2<'static>) -> AuxBlock<'static>;
    let failure2: [(u8, FailV2Ctor); 3] = [
        (0x09, AuxBlock::PerfFailureV2),
        (0x10, AuxBlock::PerfBgFailureV2),
        (0x15, AuxBlock::PerfFgFailureV2),
    ];
    for (ty, f) in failure2 {
        check(&block(2, ty, &p), &f(v));
    }
}

#[test]
fn server_to_client_vectors() {
    // 2.2.2.2.15 AUX_CLIENT_CONTROL: EnableFlags, ExpiryTime.
    let p = B::default().u32(0x0000_0015).u32(60_000).done();
    let b = AuxBlock::ClientControl(AuxClientControl {
        extra: &[],
        enable_flags: ClientControlFlags::ENABLE_PERF_SENDTOSERVER
            | ClientControlFlags::ENABLE_COMPRESSION
            | ClientControlFlags::ENABLE_PERF_SENDGCDATA,
        expiry_time: 60_000,
    });
    check(&block(1, 0x0A, &p), &b);
    // Unknown flag bits survive.
    let p = B::default().u32(0x8000_0001).u32(0).done();
    check(
        &block(1, 0x0A, &p),
        &AuxBlock::ClientControl(AuxClientControl {
            extra: &[],
            enable_flags: ClientControlFlags::from_bits_retain(0x8000_0001),
            expiry_time: 0,
        }),
    );

    // 2.2.2.2.16 AUX_OSVERSIONINFO: 4 u32, Reserved1 (132), ServicePackMajor/Minor, Reserved2.
    let mut reserved1 = [0u8; 132];
    reserved1[0] = 0x53;
    reserved1[131] = 0x7F;
    let p = B::default()
        .u32(156)
        .u32(10)
        .u32(0)
        .u32(20348)
        .raw(&reserved1)
        .u16(1)
        .u16(2)
        .u32(0)
        .done();
    assert_eq!(p.len(), 156);
    check(
        &block(1, 0x16, &p),
        &AuxBlock::OsVersionInfo(AuxOsVersionInfo {
            extra: &[],
            os_version_info_size: 156,
            major_version: 10,
            minor_version: 0,
            build_number: 20348,
            reserved1,
            service_pack_major: 1,
            service_pack_minor: 2,
            reserved2: 0,
        }),
    );

    // 2.2.2.2.17 AUX_EXORGINFO: OrgFlags.
    check(
        &block(1, 0x17, &3u32.to_le_bytes()),
        &AuxBlock::ExOrgInfo(AuxExOrgInfo {
            extra: &[],
            org_flags: ExOrgInfoFlags::PUBLIC_FOLDERS_ENABLED
                | ExOrgInfoFlags::USE_AUTODISCOVER_FOR_PUBLIC_FOLDER_CONFIGURATION,
        }),
    );

    // 2.2.2.2.18 AUX_PERF_ACCOUNTINFO: ClientID, Reserved, Account.
    let p = B::default().u16(1).u16(0).raw(&GUID).done();
    check(
        &block(1, 0x18, &p),
        &AuxBlock::PerfAccountInfo(AuxPerfAccountInfo {
            extra: &[],
            client_id: 1,
            reserved: 0,
            account: Guid(GUID),
        }),
    );

    // 2.2.2.2.19 AUX_SERVER_CAPABILITIES: ServerCapabilityFlags.
    check(
        &block(1, 0x46, &0x0Bu32.to_le_bytes()),
        &AuxBlock::ServerCapabilities(AuxServerCapabilities {
            extra: &[],
            server_capability_flags: ServerCapabilityFlags::PACKED_FAST_TRANSFER_UPLOAD_BUFFERS
                | ServerCapabilityFlags::PACKED_WRITE_STREAM_UPLOAD_BUFFERS
                | ServerCapabilityFlags::ULTRA_LARGE_PACKED_DOWNLOAD_BUFFERS,
        }),
    );

    // 2.2.2.2.20 AUX_ENDPOINT_CAPABILITIES: EndpointCapabilityFlag.
    check(
        &block(1, 0x48, &1u32.to_le_bytes()),
        &AuxBlock::EndpointCapabilities(AuxEndpointCapabilities {
            extra: &[],
            endpoint_capability_flag:
                EndpointCapabilityFlags::ENDPOINT_CAPABILITIES_SINGLE_ENDPOINT,
        }),
    );
}

// Blocks whose strings are reached through offsets from the start of the AUX_HEADER.

/// AUX_PERF_CLIENTINFO (2.2.2.2.4) in the canonical layout: the 28-byte fixed part, then
/// MachineName at 32, UserName at 38, ClientIP at 46, ClientIPMask at 50, AdapterName at 54
/// and MacAddress at 62; 68 bytes in all.
fn clientinfo_vector() -> Vec<u8> {
    let p = B::default()
        .u32(1_000_000)
        .u16(1)
        .u16(32) // MachineNameOffset
        .u16(38) // UserNameOffset
        .u16(4) // ClientIPSize
        .u16(46) // ClientIPOffset
        .u16(4) // ClientIPMaskSize
        .u16(50) // ClientIPMaskOffset
        .u16(54) // AdapterNameOffset
        .u16(6) // MacAddressSize
        .u16(62) // MacAddressOffset
        .u16(CLIENTMODE_CACHED)
        .u16(0)
        .w("PC")
        .w("bob")
        .raw(&[10, 0, 0, 5])
        .raw(&[255, 255, 255, 0])
        .w("LAN")
        .raw(&[0, 1, 2, 3, 4, 5])
        .done();
    block(1, 0x02, &p)
}

fn clientinfo_value() -> AuxPerfClientInfo<'static> {
    AuxPerfClientInfo {
        adapter_speed: 1_000_000,
        client_id: 1,
        client_mode: CLIENTMODE_CACHED,
        reserved: 0,
        machine_name: Some(Utf16Str::Str("PC")),
        user_name: Some(Utf16Str::Str("bob")),
        client_ip: Some(&[10, 0, 0, 5]),
        client_ip_mask: Some(&[255, 255, 255, 0]),
        adapter_name: Some(Utf16Str::Str("LAN")),
        mac_address: Some(&[0, 1, 2, 3, 4, 5]),
        wire: None,
    }
}

#[test]
fn clientinfo_canonical_vector() {
    let bytes = clientinfo_vector();
    assert_eq!(bytes.len(), 68);
    let expected = AuxBlock::PerfClientInfo(clientinfo_value());
    check(&bytes, &expected);
    let AuxBlock::PerfClientInfo(decoded) = one(&bytes) else {
        panic!("not CLIENTINFO")
    };
    assert_eq!(decoded.machine_name.unwrap().to_string(), "PC");
    assert_eq!(decoded.wire, Some(&bytes[4..]));
    let f = decoded.fixed().unwrap();
    assert_eq!(
        (
            f.machine_name_offset,
            f.user_name_offset,
            f.mac_address_offset
        ),
        (32, 38, 62)
    );
    assert_eq!(clientinfo_value().fixed().unwrap(), f);

    let d = names(&expected);
    let got: Vec<_> = d.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        got,
        [
            "Size",
            "Version",
            "Type",
            "AUX_PERF_CLIENTINFO",
            "AdapterSpeed",
            "ClientID",
            "MachineNameOffset",
            "UserNameOffset",
            "ClientIPSize",
            "ClientIPOffset",
            "ClientIPMaskSize",
            "ClientIPMaskOffset",
            "AdapterNameOffset",
            "MacAddressSize",
            "MacAddressOffset",
            "ClientMode",
            "Reserved",
            "MachineName",
            "UserName",
            "ClientIP",
            "ClientIPMask",
            "AdapterName",
            "MacAddress",
        ]
    );
    assert_eq!(value_of(&d, "AdapterNameOffset"), Some(54));
    assert_eq!(value_of(&d, "Size"), Some(68));
}

#[test]
fn clientinfo_absent_fields_have_offset_zero() {
    let v = AuxPerfClientInfo {
        machine_name: None,
        user_name: Some(Utf16Str::Str("")),
        client_ip: None,
        client_ip_mask: None,
        adapter_name: None,
        mac_address: Some(&[]),
        ..clientinfo_value()
    };
    // UserName "" (just a terminator) at 32; the empty MacAddress at 34 with size 0; the
    // block (34 bytes) is padded to 36.
    let p = B::default()
        .u32(1_000_000)
        .u16(1)
        .u16(0)
        .u16(32)
        .u16(0)
        .u16(0)
        .u16(0)
        .u16(0)
        .u16(0)
        .u16(0)
        .u16(34)
        .u16(CLIENTMODE_CACHED)
        .u16(0)
        .w("")
        .raw(&[0, 0])
        .done();
    check(&block(1, 0x02, &p), &AuxBlock::PerfClientInfo(v));
}

#[test]
fn clientinfo_any_wire_layout_round_trips_and_changes_reencode_canonically() {
    // The variable fields in reverse order, a gap of junk, MachineName and AdapterName
    // sharing one string at an odd offset, a ClientIPSize whose offset is 0, trailing pad.
    let p = B::default()
        .u32(1_000_000)
        .u16(1)
        .u16(47) // MachineNameOffset -> "LAN" at odd offset 47
        .u16(0) // no UserName
        .u16(4) // ClientIPSize, but ClientIPOffset 0: absent
        .u16(0)
        .u16(4)
        .u16(36) // ClientIPMaskOffset
        .u16(47) // AdapterNameOffset: same string
        .u16(2)
        .u16(32) // MacAddressOffset
        .u16(CLIENTMODE_CLASSIC)
        .u16(0x5A5A)
        .raw(&[0xAB, 0xCD]) // MacAddress at 32
        .raw(&[0xEE, 0xEE]) // junk at 34
        .raw(&[255, 255, 0, 0]) // ClientIPMask at 36
        .raw(&[0x11; 7]) // junk at 40..47
        .w("LAN") // at 47
        .raw(&[0, 0, 0, 0, 0]) // pad to 60
        .done();
    let bytes = block(1, 0x02, &p);
    let AuxBlock::PerfClientInfo(decoded) = one(&bytes) else {
        panic!("not CLIENTINFO")
    };
    assert_eq!(decoded.machine_name, Some(Utf16Str::Str("LAN")));
    assert_eq!(decoded.adapter_name, Some(Utf16Str::Str("LAN")));
    assert_eq!(decoded.user_name, None);
    assert_eq!(decoded.client_ip, None);
    assert_eq!(decoded.client_ip_mask, Some(&[255, 255, 0, 0][..]));
    assert_eq!(decoded.mac_address, Some(&[0xAB, 0xCD][..]));
    assert_eq!(decoded.reserved, 0x5A5A);
    let block_value = AuxBlock::PerfClientInfo(decoded.clone());
    assert_eq!(encode_a5(|w| block_value.encode(w)), bytes, "byte exact");
    assert_eq!(block_value.encoded_len(), bytes.len());
    let f = decoded.fixed().unwrap();
    assert_eq!(
        (f.client_ip_size, f.client_ip_offset),
        (4, 0),
        "wire offsets"
    );

    // Changing a field drops the wire layout: canonical, spec order, padded.
    let mut changed = decoded.clone();
    changed.client_id = 2;
    let canonical = AuxPerfClientInfo {
        wire: None,
        ..changed.clone()
    };
    let out = encode_a5(|w| AuxBlock::PerfClientInfo(changed.clone()).encode(w));
    assert_eq!(
        out,
        encode_a5(|w| AuxBlock::PerfClientInfo(canonical.clone()).encode(w))
    );
    assert_ne!(out, bytes);
    assert_eq!(one(&out), AuxBlock::PerfClientInfo(canonical));
    assert_eq!(out.len() % 4, 0);
}

#[test]
fn serverinfo_vectors() {
    // 2.2.2.2.5: ServerID, ServerType, ServerDNOffset (12), ServerNameOffset (40).
    let p = B::default()
        .u16(3)
        .u16(SERVERTYPE_PRIVATE)
        .u16(12)
        .u16(40)
        .w("/o=Org/cn=EX1")
        .w("EX1")
        .done();
    let bytes = block(1, 0x03, &p);
    assert_eq!(bytes.len(), 48);
    let v = AuxPerfServerInfo {
        server_id: 3,
        server_type: SERVERTYPE_PRIVATE,
        server_dn: Some(Utf16Str::Str("/o=Org/cn=EX1")),
        server_name: Some(Utf16Str::Str("EX1")),
        wire: None,
    };
    check(&bytes, &AuxBlock::PerfServerInfo(v.clone()));

    // Name before DN: decodes, re-encodes as is; a change re-encodes to the vector above.
    let p = B::default()
        .u16(4)
        .u16(SERVERTYPE_PRIVATE)
        .u16(20)
        .u16(12)
        .w("EX1")
        .w("/o=Org/cn=EX1")
        .done();
    let swapped = block(1, 0x03, &p);
    let AuxBlock::PerfServerInfo(mut d) = one(&swapped) else {
        panic!("not SERVERINFO")
    };
    assert_eq!(d.server_dn, v.server_dn);
    assert_eq!(
        encode_a5(|w| AuxBlock::PerfServerInfo(d.clone()).encode(w)),
        swapped
    );
    d.server_id = 3;
    assert_eq!(
        encode_a5(|w| AuxBlock::PerfServerInfo(d.clone()).encode(w)),
        bytes
    );

    // Both absent.
    let p = B::default()
        .u16(0)
        .u16(SERVERTYPE_UNKNOWN)
        .u16(0)
        .u16(0)
        .done();
    check(
        &block(1, 0x03, &p),
        &AuxBlock::PerfServerInfo(AuxPerfServerInfo {
            server_id: 0,
            server_type: SERVERTYPE_UNKNOWN,
            server_dn: None,
            server_name: None,
            wire: None,
        }),
    );
}

#[test]
fn processinfo_vectors_v1_and_v2() {
    // 2.2.2.2.6: ProcessID, Reserved_1, ProcessGuid, ProcessNameOffset (28), Reserved_2.
    let p = B::default()
        .u16(1)
        .u16(0)
        .raw(&GUID)
        .u16(28)
        .u16(0)
        .w("OUTLOOK.EXE")
        .done();
    let v = AuxPerfProcessInfo {
        process_id: 1,
        reserved_1: 0,
        process_guid: Guid(GUID),
        reserved_2: 0,
        process_name: Some(Utf16Str::Str("OUTLOOK.EXE")),
        wire: None,
    };
    let v1 = block(1, 0x0B, &p);
    assert_eq!(v1.len(), 52);
    check(&v1, &AuxBlock::PerfProcessInfo(v.clone()));
    check(&block(2, 0x0B, &p), &AuxBlock::PerfProcessInfoV2(v.clone()));
    assert_ne!(
        AuxBlock::PerfProcessInfo(v.clone()),
        AuxBlock::PerfProcessInfoV2(v)
    );
}

#[test]
fn client_connection_info_vectors() {
    // 2.2.2.2.21: ConnectionGUID, OffsetConnectionContextInfo, Reserved, ConnectionAttempts,
    // ConnectionFlags, then ConnectionContextInfo.
    let p = B::default()
        .raw(&GUID)
        .u16(32)
        .u16(0)
        .u32(2)
        .u32(1)
        .w("")
        .raw(&[0, 0])
        .done();
    let bytes = block(1, 0x4A, &p);
    assert_eq!(bytes.len(), 36);
    let v = AuxClientConnectionInfo {
        connection_guid: Guid(GUID),
        reserved: 0,
        connection_attempts: 2,
        connection_flags: ConnectionFlags::CACHED_MODE,
        connection_context_info: Some(Utf16Str::Str("")),
        wire: None,
    };
    check(&bytes, &AuxBlock::ClientConnectionInfo(v.clone()));
    let p = B::default().raw(&GUID).u16(0).u16(0).u32(2).u32(0).done();
    check(
        &block(1, 0x4A, &p),
        &AuxBlock::ClientConnectionInfo(AuxClientConnectionInfo {
            connection_flags: ConnectionFlags::empty(),
            connection_context_info: None,
            ..v
        }),
    );
}

#[test]
fn server_session_info_vector_is_padded() {
    // 2.2.2.2.22: OffsetServerSessionContextInfo (6), the string, 2 pad bytes to 16.
    let p = B::default().u16(6).w("ctx").raw(&[0, 0]).done();
    let bytes = block(1, 0x4B, &p);
    assert_eq!(bytes.len(), 16);
    check(
        &bytes,
        &AuxBlock::ServerSessionInfo(AuxServerSessionInfo {
            server_session_context_info: Some(Utf16Str::Str("ctx")),
            wire: None,
        }),
    );
    // Without padding (Size 14) it decodes to the same value and re-encodes as received.
    let p = B::default().u16(6).w("ctx").done();
    let bytes = block(1, 0x4B, &p);
    let b = one(&bytes);
    assert_eq!(
        b,
        AuxBlock::ServerSessionInfo(AuxServerSessionInfo {
            server_session_context_info: Some(Utf16Str::Str("ctx")),
            wire: None,
        })
    );
    assert_eq!(encode_a5(|w| b.encode(w)), bytes);
}

#[test]
fn protocol_device_identification_vector() {
    // 2.2.2.2.23: five offsets, then the present strings: manufacturer at 14, serial at 30,
    // version at 38, firmware at 46; 50 bytes padded to 52.
    let p = B::default()
        .u16(14)
        .u16(0)
        .u16(30)
        .u16(38)
        .u16(46)
        .w("Contoso")
        .w("SN1")
        .w("1.0")
        .w("2")
        .raw(&[0, 0])
        .done();
    let bytes = block(1, 0x4E, &p);
    assert_eq!(bytes.len(), 52);
    let v = AuxBlock::ProtocolDeviceIdentification(AuxProtocolDeviceIdentification {
        device_manufacturer: Some(Utf16Str::Str("Contoso")),
        device_model: None,
        device_serial_number: Some(Utf16Str::Str("SN1")),
        device_version: Some(Utf16Str::Str("1.0")),
        device_firmware_version: Some(Utf16Str::Str("2")),
        wire: None,
    });
    check(&bytes, &v);
    let d = names(&v);
    assert!(d.iter().any(|(n, _)| n == "DeviceFirmwareVersion"));
    assert!(
        !d.iter().any(|(n, _)| n == "DeviceModel"),
        "absent: not dumped"
    );
    assert_eq!(value_of(&d, "DeviceModelOffset"), Some(0));
    assert_eq!(value_of(&d, "DeviceVersionOffset"), Some(38));
}

// ---------------------------------------------------------------------------------------
// Unknown blocks and framing errors.

#[test]
fn unknown_pairs_are_kept_raw_and_round_trip() {
    for (v, t, payload) in [
        (3u8, 0x01u8, &[1u8, 2, 3][..]),
        (2, 0x01, &[0; 4][..]),
        (2, 0x05, &[9; 12][..]),
        (1, 0x52, &[][..]),
        (0, 0, &[0xFF][..]),
    ] {
        let bytes = block(v, t, payload);
        let b = one(&bytes);
        assert_eq!(
            b,
            AuxBlock::Unknown {
                header: AuxHeader {
                    size: bytes.len() as u16,
                    version: v,
                    block_type: t,
                },
                payload,
            }
        );
        assert_eq!(b.type_name(), None);
        assert_eq!(b.structure_name(), None);
        check(&bytes, &b);
        let d = names(&b);
        assert_eq!(d.last().unwrap().0, "Payload");
    }
    // An Unknown whose Size does not match its payload cannot be written.
    let bad = AuxBlock::Unknown {
        header: AuxHeader {
            size: 9,
            version: 3,
            block_type: 1,
        },
        payload: &[1, 2],
    };
    assert!(matches!(
        bad.encode_vec(),
        Err(EncodeError::InvalidValue { .. })
    ));
}

/// REQUESTID, then a block at offset 8 with the given header bytes and tail.
fn after_requestid(header: [u8; 4], tail: &[u8]) -> Vec<u8> {
    let mut v = block(1, 0x01, &[1, 0, 2, 0]);
    v.extend(header);
    v.extend(tail);
    v
}

#[test]
fn size_zero_or_below_four_is_an_error_at_its_offset() {
    for size in [0u16, 1, 2, 3] {
        let s = size.to_le_bytes();
        let bytes = after_requestid([s[0], s[1], 1, 1], &[0; 16]);
        let (ok, err) = walk(&bytes);
        assert_eq!(ok.len(), 1, "the block before is returned");
        let err = err.unwrap();
        assert_eq!(err.offset, 8);
        assert!(matches!(err.kind, ErrorKind::InvalidValue { .. }), "{err}");
        // With a base, the offset is absolute.
        let e = AuxWalker::with_offset(&bytes, 8).validate().unwrap_err();
        assert_eq!(e.offset, 16);
    }
}

#[test]
fn size_past_the_input_is_truncated() {
    let bytes = after_requestid([0x20, 0x00, 1, 0x0C], &[0; 12]);
    let (ok, err) = walk(&bytes);
    assert_eq!(ok.len(), 1);
    assert_eq!(
        err,
        Some(DecodeError {
            offset: 8,
            kind: ErrorKind::Truncated { needed: 16 },
        })
    );
    // A header cut short.
    let mut bytes = block(1, 0x01, &[1, 0, 2, 0]);
    bytes.extend([0x08, 0x00]);
    assert_eq!(
        walk(&bytes).1,
        Some(DecodeError {
            offset: 8,
            kind: ErrorKind::Truncated { needed: 2 },
        })
    );
}

#[test]
fn fixed_blocks_longer_than_their_structure_keep_the_extra_bytes() {
    // REQUESTID with Size 12: 4 bytes after the structure. This was TrailingBytes; now the
    // bytes (fields a later revision may add, skipped by receivers) are kept and re-encoded.
    let bytes = after_requestid([12, 0, 1, 1], &[1, 0, 2, 0, 9, 8, 7, 6]);
    let (ok, err) = walk(&bytes);
    assert_eq!(err, None);
    assert_eq!(
        ok[1],
        AuxBlock::PerfRequestId(AuxPerfRequestId {
            session_id: 1,
            request_id: 2,
            extra: &[9, 8, 7, 6],
        })
    );
    assert_eq!(encode_a5(|w| write_aux_blocks(w, &ok)), bytes);
    // DEFMDB_SUCCESS with Size 8: its 12-byte structure does not fit.
    let bytes = after_requestid([8, 0, 1, 0x0C], &[0; 4]);
    let err = walk(&bytes).1.unwrap();
    assert!(matches!(err.kind, ErrorKind::Truncated { .. }), "{err}");
    assert!((8..=16).contains(&err.offset));
}

#[test]
fn offsets_outside_the_variable_part_are_errors() {
    let good = clientinfo_vector();
    // MachineNameOffset (block byte 10) pointing into the header, into the fixed part, or
    // past the block.
    for bad in [2u16, 4, 20, 31, 68, 0x1000] {
        let mut v = block(1, 0x01, &[1, 0, 2, 0]);
        let at = v.len();
        v.extend(&good);
        v[at + 10..at + 12].copy_from_slice(&bad.to_le_bytes());
        let (ok, err) = walk(&v);
        assert_eq!(ok.len(), 1);
        assert_eq!(
            err,
            Some(DecodeError {
                offset: at + 10,
                kind: ErrorKind::InvalidValue {
                    field: "MachineNameOffset"
                },
            }),
            "offset {bad}"
        );
    }
    // MacAddressSize running past the block.
    let mut v = good.clone();
    v[24..26].copy_from_slice(&7u16.to_le_bytes());
    assert_eq!(
        walk(&v).1.map(|e| e.kind),
        Some(ErrorKind::InvalidValue {
            field: "MacAddressOffset"
        })
    );
    // A string without its terminator inside the block.
    let p = B::default().u16(6).raw(&[b'a', 0, b'b', 0]).done();
    let err = walk(&block(1, 0x4B, &p)).1.unwrap();
    assert!(matches!(err.kind, ErrorKind::Truncated { .. }), "{err}");
    // An unpaired surrogate is data: it decodes and re-encodes byte for byte.
    let p = B::default().u16(6).raw(&[0x00, 0xD8, 0, 0]).done();
    let bytes = block(1, 0x4B, &p);
    let b = one(&bytes);
    assert_eq!(
        b,
        AuxBlock::ServerSessionInfo(AuxServerSessionInfo {
            server_session_context_info: Some(Utf16Str::Wire(&[0x00, 0xD8])),
            wire: None,
        })
    );
    assert_eq!(encode_a5(|w| b.encode(w)), bytes);
}

#[test]
fn empty_payload_has_no_blocks() {
    assert_eq!(AuxWalker::new(&[]).validate(), Ok(0));
    let mut scratch = [0u8; 8];
    assert_eq!(aux_walker(&[], &mut scratch).unwrap().count(), 0);
}

fn all_vectors() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = Vec::new();
    let mut scratch = [0u8; MAX_AUX_BUFFER];
    for name in CAPTURE_FILES {
        let file = capture(name);
        let chain: Vec<_> = RpcChain::new(&file).collect::<Result<_, _>>().unwrap();
        v.push(chain[0].payload_into(&mut scratch).unwrap().to_vec());
    }
    v.push(clientinfo_vector());
    v.push(block(
        1,
        0x4E,
        &B::default()
            .u16(14)
            .u16(0)
            .u16(30)
            .u16(38)
            .u16(46)
            .w("Contoso")
            .w("SN1")
            .w("1.0")
            .w("2")
            .raw(&[0, 0])
            .done(),
    ));
    v.push(block(
        1,
        0x03,
        &B::default()
            .u16(3)
            .u16(1)
            .u16(12)
            .u16(20)
            .w("EX1")
            .w("EX")
            .done(),
    ));
    v.push(block(1, 0x16, &[0; 156]));
    v.push(block(2, 0x10, &[0; 28]));
    v.push(block(7, 0x99, &[1, 2, 3]));
    v
}

#[test]
fn every_prefix_is_an_error_or_a_block_boundary_never_a_panic() {
    if !common::captures_present() {
        return;
    }
    for v in all_vectors() {
        let (blocks, err) = walk(&v);
        assert_eq!(err, None);
        let boundaries: Vec<usize> = blocks
            .iter()
            .scan(0, |at, b| {
                *at += b.encoded_len();
                Some(*at)
            })
            .collect();
        for n in 0..v.len() {
            let (ok, err) = walk(&v[..n]);
            if n == 0 || boundaries.contains(&n) {
                assert_eq!(err, None, "prefix {n}");
            } else {
                let e = err.unwrap_or_else(|| panic!("prefix {n} of {v:02X?} decoded"));
                assert!(e.offset <= n, "prefix {n}: {e}");
            }
            let again = encode_a5(|w| write_aux_blocks(w, &ok));
            assert_eq!(again, &v[..again.len()]);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Whole auxiliary buffers.

#[test]
fn aux_buffer_reader_checks_the_rpc_header() {
    let payload = block(1, 0x01, &[1, 0, 2, 0]);
    // Plain, Last.
    let plain = encode_a5(|w| write_block(w, &payload, RpcFlags::LAST));
    let mut scratch = [0u8; 0];
    let blocks: Vec<_> = aux_walker(&plain, &mut scratch)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(blocks.len(), 1);
    // Without Last.
    let not_last = encode_a5(|w| write_block(w, &payload, RpcFlags::empty()));
    let mut scratch = [0u8; 64];
    let e = aux_walker(&not_last, &mut scratch).unwrap_err();
    assert_eq!(e.offset, 2);
    // Errors inside the payload are reported at their offset in the whole buffer.
    let bad = encode_a5(|w| write_block(w, &[0, 0, 1, 1], RpcFlags::LAST | RpcFlags::XOR_MAGIC));
    let mut scratch = [0u8; 64];
    let e = aux_walker(&bad, &mut scratch)
        .unwrap()
        .validate()
        .unwrap_err();
    assert_eq!(e.offset, 8);
    // Trailing bytes after the Last block.
    let mut trailing = plain.clone();
    trailing.push(0);
    let mut scratch = [0u8; 64];
    assert!(aux_walker(&trailing, &mut scratch).is_err());
}

#[test]
fn aux_buffer_writer_limits_and_small_buffers() {
    let big = AuxBlock::Unknown {
        header: AuxHeader {
            size: 0x1000,
            version: 9,
            block_type: 9,
        },
        payload: &[0; 0x0FFC],
    };
    // 8 + 0x1000 fills 0x1008 exactly; one more 4-byte block does not fit.
    let small = AuxBlock::Unknown {
        header: AuxHeader {
            size: 4,
            version: 9,
            block_type: 9,
        },
        payload: &[],
    };
    let out = encode_a5(|w| write_aux_buffer(w, RpcFlags::empty(), std::slice::from_ref(&big)));
    assert_eq!(out.len(), MAX_AUX_BUFFER);
    let mut buf = vec![0u8; 0x2000];
    assert!(matches!(
        write_aux_buffer(&mut Writer::new(&mut buf), RpcFlags::empty(), &[big, small]),
        Err(EncodeError::InvalidValue { .. })
    ));
    // A writer that is too small fails instead of growing.
    let b = AuxBlock::PerfClientInfo(clientinfo_value());
    let mut tiny = [0u8; 40];
    assert!(matches!(
        b.encode(&mut Writer::new(&mut tiny)),
        Err(EncodeError::BufferTooSmall { .. })
    ));
    // A block whose strings push Size past 16 bits cannot be written.
    let long: String = "x".repeat(40_000);
    let b = AuxBlock::ServerSessionInfo(AuxServerSessionInfo {
        server_session_context_info: Some(Utf16Str::Str(&long)),
        wire: None,
    });
    assert!(b.header().is_err());
    // An offset past 16 bits (the second string starts after 80 000 bytes) fails too,
    // in header() as in encode().
    let b = AuxBlock::PerfServerInfo(AuxPerfServerInfo {
        server_id: 0,
        server_type: 0,
        server_dn: Some(Utf16Str::Str(&long)),
        server_name: Some(Utf16Str::Str("x")),
        wire: None,
    });
    assert!(matches!(
        b.header(),
        Err(EncodeError::InvalidValue {
            field: "ServerNameOffset"
        })
    ));
    let mut buf2 = vec![0u8; 0x20000];
    assert!(b.encode(&mut Writer::new(&mut buf2)).is_err());
    assert!(b.encode_vec().is_err(), "no huge allocation, no panic");
    let mut buf = vec![0u8; 0x20000];
    assert!(matches!(
        b.encode(&mut Writer::new(&mut buf)),
        Err(EncodeError::InvalidValue { .. })
    ));
}

// ---------------------------------------------------------------------------------------
// proptest

proptest! {
    #[test]
    fn blocks_round_trip(blocks in proptest::collection::vec(AuxBlock::arb(), 0..6)) {
        let bytes = encode_a5(|w| write_aux_blocks(w, &blocks));
        prop_assert_eq!(
            bytes.len(),
            blocks.iter().map(Encode::encoded_len).sum::<usize>()
        );
        let (decoded, err) = walk(&bytes);
        prop_assert_eq!(err, None);
        prop_assert_eq!(&decoded, &blocks);
        // encode(decode(b)) == b.
        prop_assert_eq!(encode_a5(|w| write_aux_blocks(w, &decoded)), bytes.clone());
        // Canonical blocks keep 4-byte alignment.
        for b in &blocks {
            if !matches!(b, AuxBlock::Unknown { .. }) {
                prop_assert_eq!(b.encoded_len() % 4, 0);
            }
        }
        // Through a whole obfuscated buffer too.
        if bytes.len() <= MAX_AUX_BUFFER - 8 {
            let buffer = encode_a5(|w| write_aux_buffer(w, RpcFlags::XOR_MAGIC, &blocks));
            let mut scratch = vec![0u8; MAX_AUX_BUFFER];
            let again: Vec<_> = aux_walker(&buffer, &mut scratch)
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            prop_assert_eq!(again, blocks);
        }
    }

    #[test]
    fn framed_random_payloads_never_panic_and_reencode_exactly(
        frames in proptest::collection::vec(
            (
                1u8..=2,
                prop_oneof![
                    Just(0x02u8), Just(0x03), Just(0x0B), Just(0x4A), Just(0x4B), Just(0x4E),
                    any::<u8>(),
                ],
                proptest::collection::vec(
                    prop_oneof![Just(0u8), 4u8..80, any::<u8>()],
                    0..72,
                ),
            ),
            1..4,
        )
    ) {
        let mut bytes = Vec::new();
        for (v, t, p) in &frames {
            bytes.extend(block(*v, *t, p));
        }
        let mut consumed = 0;
        for item in AuxWalker::new(&bytes) {
            match item {
                Ok(b) => {
                    let enc = encode_a5(|w| b.encode(w));
                    prop_assert_eq!(&enc[..], &bytes[consumed..consumed + enc.len()]);
                    consumed += enc.len();
                    let _ = names(&b);
                }
                Err(e) => prop_assert!(e.offset >= consumed && e.offset <= bytes.len()),
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..96)) {
        let mut consumed = 0;
        let mut walker = AuxWalker::new(&bytes);
        while let Some(item) = walker.next() {
            match item {
                Ok(b) => {
                    let enc = b.encode_vec().unwrap();
                    prop_assert_eq!(&enc[..], &bytes[consumed..consumed + enc.len()]);
                    consumed += enc.len();
                    prop_assert_eq!(walker.offset(), consumed);
                }
                Err(e) => prop_assert!(e.offset <= bytes.len()),
            }
        }
        let mut scratch = [0u8; 96];
        if let Ok(w) = aux_walker(&bytes, &mut scratch) {
            let _ = w.validate();
        }
    }
}

#[test]
fn a_bad_blob_offset_is_reported_at_its_offset_field() {
    // MacAddressSize 7 runs past the block: the error points at MacAddressOffset (block
    // byte 26: 4 header bytes + 22), after the size field.
    let mut v = clientinfo_vector();
    v[24..26].copy_from_slice(&7u16.to_le_bytes());
    assert_eq!(
        walk(&v).1,
        Some(DecodeError {
            offset: 26,
            kind: ErrorKind::InvalidValue {
                field: "MacAddressOffset"
            },
        })
    );
}
