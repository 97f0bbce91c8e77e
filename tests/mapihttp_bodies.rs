//! MAPI/HTTP Connect, Disconnect, NotificationWait and PING bodies and the dispatch by
//! X-RequestType ([MS-OXCMAPIHTTP] 2.2.3.3.1, 2.2.4.1, 2.2.4.3, 2.2.4.4, 2.2.6): vectors
//! built by hand from the field tables, byte-exact encoding, limits, truncation, proptest.

mod common;
use common::encode_a5;

use proptest::prelude::*;
use ropwire::arbitrary::Arb;
use ropwire::mapihttp::{
    BodyError, ConnectRequest, ConnectResponse, DisconnectRequest, DisconnectResponse,
    ExecuteRequest, ExecuteResponse, NotificationWaitRequest, NotificationWaitResponse, PingBody,
    RequestBody, RequestType, ResponseBody, decode_request, decode_response, request_type,
};
use ropwire::rpc_ext::{EcDoRpcExt2Flags, MAX_AUX_BUFFER, RpcFlags, write_block};
use ropwire::wire::{Decode, Dump, Encode, Str8, Utf16Str};
use ropwire::{DecodeError, EncodeError, ErrorKind};

// ---------------------------------------------------------------------------------------
// Helpers

/// Encodes `v` byte-exactly and checks `encoded_len` agrees.
fn bytes_of<T: Encode>(v: &T) -> Vec<u8> {
    let b = encode_a5(|w| v.encode(w));
    assert_eq!(v.encoded_len(), b.len(), "encoded_len");
    b
}

fn le32(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

/// NUL-terminated UTF-16LE.
fn utf16z(s: &str) -> Vec<u8> {
    s.encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// NUL-terminated 8-bit.
fn asciiz(s: &str) -> Vec<u8> {
    let mut v = s.as_bytes().to_vec();
    v.push(0);
    v
}

fn err(offset: usize, kind: ErrorKind) -> DecodeError {
    DecodeError { offset, kind }
}

const AUX_SIZE: ErrorKind = ErrorKind::CountTooLarge {
    field: "AuxiliaryBufferSize",
};

/// One RPC_HEADER_EXT block (Last) carrying an AUX_HEADER (Size 8, Version 1,
/// Type AUX_TYPE_PERF_REQUESTID) and its SessionID 1 / RequestID 2 ([MS-OXCRPC] 2.2.2.2).
fn aux_block() -> Vec<u8> {
    encode_a5(|w| {
        write_block(
            w,
            &[0x08, 0x00, 0x01, 0x01, 0x01, 0x00, 0x02, 0x00],
            RpcFlags::LAST,
        )
    })
}

fn dump_of(v: &dyn Dump) -> Vec<String> {
    let mut d = common::FieldLog::default();
    v.dump(&mut d);
    d.0
}

/// Every proper prefix of a valid body is an error (and decoding never panics).
fn assert_prefixes_fail<'a, T: Decode<'a> + std::fmt::Debug>(bytes: &'a [u8]) {
    for n in 0..bytes.len() {
        let r = T::decode(&bytes[..n]);
        assert!(r.is_err(), "prefix of {n} bytes decoded: {r:?}");
        let e = r.unwrap_err();
        assert!(e.offset <= n, "offset {} beyond prefix {n}", e.offset);
    }
}

const USER_DN: &str =
    "/o=First Organization/ou=First Administrative Group/cn=Recipients/cn=janedow";
const DN_PREFIX: &str = "/o=First Organization/ou=First Administrative Group";

// ---------------------------------------------------------------------------------------
// Connect request body ([MS-OXCMAPIHTTP] 2.2.4.1.1): UserDn, Flags, DefaultCodePage,
// LcidSort, LcidString, AuxiliaryBufferSize, AuxiliaryBuffer.

fn connect_request_vector() -> (ConnectRequest<'static>, Vec<u8>) {
    let aux = aux_block().leak();
    let req = ConnectRequest {
        user_dn: Str8::new(USER_DN),
        flags: 0,
        default_code_page: 1252,
        lcid_sort: 0x0409,
        lcid_string: 0x0409,
        auxiliary_buffer: aux,
    };
    let mut expected = asciiz(USER_DN);
    expected.extend(le32(0)); // Flags
    expected.extend(le32(0x04E4)); // DefaultCodePage 1252
    expected.extend(le32(0x0409)); // LcidSort en-US
    expected.extend(le32(0x0409)); // LcidString en-US
    expected.extend(le32(16)); // AuxiliaryBufferSize
    expected.extend(&*aux);
    (req, expected)
}

#[test]
fn connect_request_bytes() {
    let (req, expected) = connect_request_vector();
    let bytes = bytes_of(&req);
    assert_eq!(bytes, expected);

    let back = ConnectRequest::decode(&bytes).unwrap();
    assert_eq!(back, req);
    assert_eq!(back.user_dn.as_bytes(), USER_DN.as_bytes());
    assert_eq!(back.flags, 0);
    assert_eq!(back.default_code_page, 1252);
    assert_eq!(back.lcid_sort, 0x0409);
    assert_eq!(back.lcid_string, 0x0409);
    assert_eq!(back.auxiliary_buffer.len(), 16);
    let off = USER_DN.len() + 1 + 20;
    assert_eq!(back.auxiliary_buffer_offset(), off);
    let blocks: Vec<_> = back.auxiliary_chain().map(Result::unwrap).collect();
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].offset, off, "offset in the request body");
    assert_eq!(blocks[0].header.size, 8);
    assert_eq!(&bytes[off + 8..off + 16], blocks[0].payload);

    assert_eq!(
        dump_of(&back),
        [
            format!("UserDn:{USER_DN}"),
            "Flags=0".into(),
            "DefaultCodePage=1252".into(),
            "LcidSort=1033".into(),
            "LcidString=1033".into(),
            "AuxiliaryBufferSize=16".into(),
            "AuxiliaryBuffer[16]".into(),
        ]
    );
}

#[test]
fn connect_request_empty_strings_and_buffer() {
    let req = ConnectRequest {
        user_dn: Str8::new(""),
        flags: 0x0000_8001,
        default_code_page: 0x4E9F, // 20127 US-ASCII
        lcid_sort: 0x0407,
        lcid_string: 0x0809,
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&req);
    let mut expected = vec![0u8];
    expected.extend(le32(0x8001));
    expected.extend(le32(0x4E9F));
    expected.extend(le32(0x0407));
    expected.extend(le32(0x0809));
    expected.extend(le32(0));
    assert_eq!(bytes, expected);
    assert_eq!(bytes.len(), 21);
    let back = ConnectRequest::decode(&bytes).unwrap();
    assert_eq!(back, req);
    assert!(back.user_dn.is_empty());
    assert_eq!(back.auxiliary_buffer_offset(), 21);
    let first = back.auxiliary_chain().next();
    assert!(
        matches!(first, None | Some(Err(_))),
        "no blocks in an empty buffer"
    );
}

#[test]
fn connect_request_errors() {
    // No terminator for UserDn: truncated at the string.
    assert_eq!(
        ConnectRequest::decode(b"/o=Org").unwrap_err(),
        err(0, ErrorKind::Truncated { needed: 1 })
    );
    // AuxiliaryBufferSize above the cbAuxIn limit: reported at the size field.
    let mut bytes = asciiz("/o=X");
    bytes.extend([0u8; 16]);
    bytes.extend(le32(0x1009));
    bytes.extend(vec![0u8; 0x1009]);
    assert_eq!(
        ConnectRequest::decode(&bytes).unwrap_err(),
        err(5 + 16, AUX_SIZE)
    );
    // AuxiliaryBufferSize exactly at the limit is accepted.
    let mut bytes = asciiz("/o=X");
    bytes.extend([0u8; 16]);
    bytes.extend(le32(MAX_AUX_BUFFER as u32));
    bytes.extend(vec![0x5Au8; MAX_AUX_BUFFER]);
    let ok = ConnectRequest::decode(&bytes).unwrap();
    assert_eq!(ok.auxiliary_buffer.len(), 0x1008);
    assert_eq!(bytes_of(&ok), bytes);
    // AuxiliaryBufferSize larger than what remains: truncated at the buffer.
    let mut bytes = asciiz("/o=X");
    bytes.extend([0u8; 16]);
    bytes.extend(le32(10));
    bytes.extend([1, 2, 3]);
    assert_eq!(
        ConnectRequest::decode(&bytes).unwrap_err(),
        err(25, ErrorKind::Truncated { needed: 7 })
    );
    // Trailing bytes.
    let (_, mut bytes) = connect_request_vector();
    let end = bytes.len();
    bytes.push(0);
    assert_eq!(
        ConnectRequest::decode(&bytes).unwrap_err(),
        err(end, ErrorKind::TrailingBytes)
    );
    // The encoder refuses what the decoder would, and a NUL inside UserDn.
    let big = vec![0u8; 0x1009];
    let mut req = connect_request_vector().0;
    req.auxiliary_buffer = &big;
    assert_eq!(
        req.encode_vec().unwrap_err(),
        EncodeError::InvalidValue {
            field: "AuxiliaryBufferSize"
        }
    );
    let req = ConnectRequest {
        user_dn: Str8(b"/o=A\0B"),
        ..connect_request_vector().0
    };
    assert!(matches!(
        req.encode_vec(),
        Err(EncodeError::InvalidValue { .. })
    ));
    // Too small an output buffer.
    let (req, expected) = connect_request_vector();
    let mut small = vec![0u8; expected.len() - 1];
    assert!(matches!(
        req.encode_into(&mut small),
        Err(EncodeError::BufferTooSmall { .. })
    ));
}

// ---------------------------------------------------------------------------------------
// Connect response bodies ([MS-OXCMAPIHTTP] 2.2.4.1.2, 2.2.4.1.3)

fn connect_success_vector() -> (ConnectResponse<'static>, Vec<u8>) {
    let aux = aux_block().leak();
    let resp = ConnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        polls_max: 60_000,
        retry_count: 6,
        retry_delay: 10_000,
        dn_prefix: Str8::new(DN_PREFIX),
        display_name: Utf16Str::new("Jane Dow"),
        auxiliary_buffer: aux,
    };
    let mut expected = Vec::new();
    expected.extend(le32(0)); // StatusCode
    expected.extend(le32(0)); // ErrorCode
    expected.extend(le32(0xEA60)); // PollsMax
    expected.extend(le32(6)); // RetryCount
    expected.extend(le32(0x2710)); // RetryDelay
    expected.extend(asciiz(DN_PREFIX));
    expected.extend(utf16z("Jane Dow"));
    expected.extend(le32(16));
    expected.extend(&*aux);
    (resp, expected)
}

#[test]
fn connect_response_success_bytes() {
    let (resp, expected) = connect_success_vector();
    let bytes = bytes_of(&resp);
    assert_eq!(bytes, expected);
    let back = ConnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, resp);
    let ConnectResponse::Success {
        error_code,
        polls_max,
        retry_count,
        retry_delay,
        dn_prefix,
        display_name,
        auxiliary_buffer,
    } = back
    else {
        panic!("success form expected");
    };
    assert_eq!(
        (error_code, polls_max, retry_count, retry_delay),
        (ropwire::codes::ErrorCode::SUCCESS, 60_000, 6, 10_000)
    );
    assert_eq!(dn_prefix.as_bytes(), DN_PREFIX.as_bytes());
    assert_eq!(display_name.to_string(), "Jane Dow");
    assert!(matches!(display_name, Utf16Str::Wire(_)), "zero-copy");
    assert_eq!(auxiliary_buffer.len(), 16);
    assert_eq!(back.status_code(), 0);
    let off = 20 + DN_PREFIX.len() + 1 + 18 + 4;
    assert_eq!(back.auxiliary_buffer_offset(), off);
    let b = back.auxiliary_chain().next().unwrap().unwrap();
    assert_eq!(b.offset, off);
    assert_eq!(b.payload, &bytes[off + 8..]);

    assert_eq!(
        dump_of(&back),
        [
            "StatusCode=0".to_string(),
            "ErrorCode=0".into(),
            "PollsMax=60000".into(),
            "RetryCount=6".into(),
            "RetryDelay=10000".into(),
            format!("DnPrefix:{DN_PREFIX}"),
            "DisplayName:Jane Dow".into(),
            "AuxiliaryBufferSize=16".into(),
            "AuxiliaryBuffer[16]".into(),
        ]
    );
}

#[test]
fn connect_response_success_empty_and_non_ascii_strings() {
    // Empty DnPrefix and DisplayName: one NUL byte, then one NUL code unit.
    let resp = ConnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0x0000_03F0), // ecUnknownUser-style value; any u32 round-trips
        polls_max: 0,
        retry_count: 0,
        retry_delay: 0,
        dn_prefix: Str8::new(""),
        display_name: Utf16Str::new(""),
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&resp);
    let mut expected = le32(0).to_vec();
    expected.extend(le32(0x3F0));
    expected.extend([0u8; 12]);
    expected.extend([0, 0, 0]); // DnPrefix "", DisplayName ""
    expected.extend(le32(0));
    assert_eq!(bytes, expected);
    let back = ConnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, resp);
    assert_eq!(back.auxiliary_buffer_offset(), 27);

    // A display name outside ASCII and the BMP (a surrogate pair).
    let name = "Zoë 日本 😀";
    let resp = ConnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        polls_max: 1,
        retry_count: 2,
        retry_delay: 3,
        dn_prefix: Str8::new("/o=X"),
        display_name: Utf16Str::new(name),
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&resp);
    let mut expected = le32(0).to_vec();
    expected.extend(le32(0));
    expected.extend(le32(1));
    expected.extend(le32(2));
    expected.extend(le32(3));
    expected.extend(asciiz("/o=X"));
    expected.extend(utf16z(name));
    expected.extend(le32(0));
    assert_eq!(bytes, expected);
    let back = ConnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, resp);
    assert!(
        matches!(back, ConnectResponse::Success { display_name, .. } if display_name.to_string() == name)
    );
}

#[test]
fn connect_response_failure_bytes() {
    let aux = aux_block();
    let resp = ConnectResponse::Failure {
        status_code: 0x8000_4005,
        auxiliary_buffer: &aux,
    };
    let bytes = bytes_of(&resp);
    let mut expected = le32(0x8000_4005).to_vec();
    expected.extend(le32(16));
    expected.extend(&aux);
    assert_eq!(bytes, expected);
    let back = ConnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, resp);
    assert_eq!(back.status_code(), 0x8000_4005);
    assert_eq!(back.auxiliary_buffer(), &aux[..]);
    assert_eq!(back.auxiliary_buffer_offset(), 8);
    assert_eq!(back.auxiliary_chain().next().unwrap().unwrap().offset, 8);
    assert_eq!(
        dump_of(&back),
        [
            "StatusCode=2147500037",
            "AuxiliaryBufferSize=16",
            "AuxiliaryBuffer[16]"
        ]
    );
    // StatusCode 0 selects the success form, so a failure body cannot carry it.
    let bad = ConnectResponse::Failure {
        status_code: 0,
        auxiliary_buffer: &[],
    };
    assert!(bad.encode_vec().is_err());
    // Without an AuxiliaryBufferSize the failure body is truncated.
    assert_eq!(
        ConnectResponse::decode(&le32(1)).unwrap_err(),
        err(4, ErrorKind::Truncated { needed: 4 })
    );
}

#[test]
fn connect_response_errors() {
    let head = |v: &mut Vec<u8>| {
        v.extend(le32(0));
        v.extend([0u8; 16]);
    };
    // DnPrefix without its terminator.
    let mut bytes = Vec::new();
    head(&mut bytes);
    bytes.extend(b"/o=X");
    assert_eq!(
        ConnectResponse::decode(&bytes).unwrap_err(),
        err(20, ErrorKind::Truncated { needed: 1 })
    );
    // DisplayName without its terminator (even and odd lengths).
    let mut bytes = Vec::new();
    head(&mut bytes);
    bytes.extend(asciiz("/o=X"));
    bytes.extend(b"J\0a\0");
    assert_eq!(
        ConnectResponse::decode(&bytes).unwrap_err(),
        err(25, ErrorKind::Truncated { needed: 2 })
    );
    bytes.push(b'n');
    assert_eq!(
        ConnectResponse::decode(&bytes).unwrap_err(),
        err(25, ErrorKind::Truncated { needed: 1 })
    );
    // An unpaired surrogate in DisplayName is data: kept, and re-encoded byte for byte.
    let mut bytes = Vec::new();
    head(&mut bytes);
    bytes.push(0);
    bytes.extend([0x00, 0xD8, 0x41, 0x00, 0x00, 0x00]);
    bytes.extend(le32(0));
    let resp = ConnectResponse::decode(&bytes).unwrap();
    assert!(matches!(
        resp,
        ConnectResponse::Success {
            display_name: Utf16Str::Wire(&[0x00, 0xD8, 0x41, 0x00]),
            ..
        }
    ));
    assert_eq!(bytes_of(&resp), bytes);
    // A response's AuxiliaryBufferSize has no 0x1008 cap (that limit is cbAuxIn's, a
    // request's; this used to be CountTooLarge): above it, in both forms, the size is only
    // checked against the bytes present, and a whole buffer decodes and round-trips.
    let (_, mut bytes) = connect_success_vector();
    let at = bytes.len() - 20;
    bytes.truncate(at);
    bytes.extend(le32(0x1009));
    assert_eq!(
        ConnectResponse::decode(&bytes).unwrap_err(),
        err(at + 4, ErrorKind::Truncated { needed: 0x1009 })
    );
    bytes.extend(vec![0x5Au8; 0x1009]);
    let big = ConnectResponse::decode(&bytes).unwrap();
    assert_eq!(big.auxiliary_buffer().len(), 0x1009);
    assert_eq!(bytes_of(&big), bytes);
    let mut bytes = le32(7).to_vec();
    bytes.extend(le32(u32::MAX));
    assert_eq!(
        ConnectResponse::decode(&bytes).unwrap_err(),
        err(
            8,
            ErrorKind::Truncated {
                needed: usize::try_from(u32::MAX).unwrap()
            }
        )
    );
    // AuxiliaryBufferSize larger than what remains.
    let mut bytes = le32(7).to_vec();
    bytes.extend(le32(0x1008));
    bytes.extend([0u8; 8]);
    assert_eq!(
        ConnectResponse::decode(&bytes).unwrap_err(),
        err(8, ErrorKind::Truncated { needed: 0x1000 })
    );
    // A NUL inside DisplayName cannot be encoded.
    let resp = ConnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        polls_max: 0,
        retry_count: 0,
        retry_delay: 0,
        dn_prefix: Str8::new(""),
        display_name: Utf16Str::new("a\0b"),
        auxiliary_buffer: &[],
    };
    assert!(resp.encode_vec().is_err());
}

// ---------------------------------------------------------------------------------------
// Disconnect ([MS-OXCMAPIHTTP] 2.2.4.3)

#[test]
fn disconnect_request_bytes() {
    let aux = aux_block();
    for buf in [&[][..], &aux[..]] {
        let req = DisconnectRequest {
            auxiliary_buffer: buf,
        };
        let bytes = bytes_of(&req);
        let mut expected = le32(buf.len() as u32).to_vec();
        expected.extend(buf);
        assert_eq!(bytes, expected);
        let back = DisconnectRequest::decode(&bytes).unwrap();
        assert_eq!(back, req);
        assert_eq!(back.auxiliary_buffer, buf);
        assert_eq!(DisconnectRequest::AUXILIARY_BUFFER_OFFSET, 4);
        assert_eq!(
            dump_of(&back),
            [
                format!("AuxiliaryBufferSize={}", buf.len()),
                format!("AuxiliaryBuffer[{}]", buf.len())
            ]
        );
    }
    let req = DisconnectRequest {
        auxiliary_buffer: &aux,
    };
    assert_eq!(req.auxiliary_chain().next().unwrap().unwrap().offset, 4);
    // No cbAuxIn behind a Disconnect request, so no 0x1008 cap (this used to be
    // CountTooLarge): only the bytes present count.
    assert_eq!(
        DisconnectRequest::decode(&le32(0x1009)).unwrap_err(),
        err(4, ErrorKind::Truncated { needed: 0x1009 })
    );
    assert_eq!(
        DisconnectRequest::decode(&le32(1)).unwrap_err(),
        err(4, ErrorKind::Truncated { needed: 1 })
    );
    assert_eq!(
        DisconnectRequest::decode(&[0, 0, 0]).unwrap_err(),
        err(0, ErrorKind::Truncated { needed: 1 })
    );
}

#[test]
fn disconnect_response_bytes() {
    let aux = aux_block();
    let ok = DisconnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&ok);
    assert_eq!(bytes, [0u8; 12]);
    let back = DisconnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, ok);
    assert_eq!(back.status_code(), 0);
    assert_eq!(back.auxiliary_buffer_offset(), 12);
    assert_eq!(
        dump_of(&back),
        [
            "StatusCode=0",
            "ErrorCode=0",
            "AuxiliaryBufferSize=0",
            "AuxiliaryBuffer[0]"
        ]
    );

    let ok = DisconnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0x0000_04B9), // ecNotFound-style value
        auxiliary_buffer: &aux,
    };
    let bytes = bytes_of(&ok);
    let mut expected = le32(0).to_vec();
    expected.extend(le32(0x4B9));
    expected.extend(le32(16));
    expected.extend(&aux);
    assert_eq!(bytes, expected);
    let back = DisconnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, ok);
    assert_eq!(back.auxiliary_chain().next().unwrap().unwrap().offset, 12);

    let fail = DisconnectResponse::Failure {
        status_code: 6,
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&fail);
    assert_eq!(bytes, [6, 0, 0, 0, 0, 0, 0, 0]);
    let back = DisconnectResponse::decode(&bytes).unwrap();
    assert_eq!(back, fail);
    assert_eq!(back.status_code(), 6);
    assert_eq!(back.auxiliary_buffer_offset(), 8);
    assert_eq!(
        dump_of(&back),
        [
            "StatusCode=6",
            "AuxiliaryBufferSize=0",
            "AuxiliaryBuffer[0]"
        ]
    );
    assert!(
        DisconnectResponse::Failure {
            status_code: 0,
            auxiliary_buffer: &[]
        }
        .encode_vec()
        .is_err()
    );
    // No cap on a response's AuxiliaryBufferSize (this used to be CountTooLarge).
    let mut bytes = vec![0u8; 8];
    bytes.extend(le32(0x2000));
    assert_eq!(
        DisconnectResponse::decode(&bytes).unwrap_err(),
        err(12, ErrorKind::Truncated { needed: 0x2000 })
    );
    let mut bytes = vec![0u8; 8];
    bytes.extend(le32(3));
    bytes.push(9);
    assert_eq!(
        DisconnectResponse::decode(&bytes).unwrap_err(),
        err(12, ErrorKind::Truncated { needed: 2 })
    );
}

// ---------------------------------------------------------------------------------------
// NotificationWait ([MS-OXCMAPIHTTP] 2.2.4.4)

#[test]
fn notification_wait_request_bytes() {
    let aux = aux_block();
    let req = NotificationWaitRequest {
        flags: 0,
        auxiliary_buffer: &aux,
    };
    let bytes = bytes_of(&req);
    let mut expected = le32(0).to_vec();
    expected.extend(le32(16));
    expected.extend(&aux);
    assert_eq!(bytes, expected);
    let back = NotificationWaitRequest::decode(&bytes).unwrap();
    assert_eq!(back, req);
    assert_eq!(back.flags, 0);
    assert_eq!(back.auxiliary_chain().next().unwrap().unwrap().offset, 8);
    assert_eq!(
        dump_of(&back),
        ["Flags=0", "AuxiliaryBufferSize=16", "AuxiliaryBuffer[16]"]
    );
    // The reserved Flags is kept, whatever its value.
    let req = NotificationWaitRequest {
        flags: 0xDEAD_BEEF,
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&req);
    assert_eq!(bytes, [0xEF, 0xBE, 0xAD, 0xDE, 0, 0, 0, 0]);
    assert_eq!(NotificationWaitRequest::decode(&bytes).unwrap(), req);

    // No cbAuxIn behind a NotificationWait request, so no 0x1008 cap (this used to be
    // CountTooLarge).
    let mut bytes = le32(0).to_vec();
    bytes.extend(le32(0x1009));
    assert_eq!(
        NotificationWaitRequest::decode(&bytes).unwrap_err(),
        err(8, ErrorKind::Truncated { needed: 0x1009 })
    );
    let mut bytes = le32(0).to_vec();
    bytes.extend(le32(4));
    assert_eq!(
        NotificationWaitRequest::decode(&bytes).unwrap_err(),
        err(8, ErrorKind::Truncated { needed: 4 })
    );
}

#[test]
fn notification_wait_response_bytes() {
    let pending = NotificationWaitResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        event_pending: 1,
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&pending);
    let mut expected = le32(0).to_vec();
    expected.extend(le32(0));
    expected.extend(le32(1));
    expected.extend(le32(0));
    assert_eq!(bytes, expected);
    let back = NotificationWaitResponse::decode(&bytes).unwrap();
    assert_eq!(back, pending);
    assert!(back.event_pending());
    assert_eq!(back.status_code(), 0);
    assert_eq!(back.auxiliary_buffer_offset(), 16);
    assert_eq!(
        dump_of(&back),
        [
            "StatusCode=0",
            "ErrorCode=0",
            "EventPending=1",
            "AuxiliaryBufferSize=0",
            "AuxiliaryBuffer[0]"
        ]
    );

    let aux = aux_block();
    let idle = NotificationWaitResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        event_pending: 0,
        auxiliary_buffer: &aux,
    };
    let bytes = bytes_of(&idle);
    assert_eq!(
        &bytes[..16],
        &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0]
    );
    let back = NotificationWaitResponse::decode(&bytes).unwrap();
    assert_eq!(back, idle);
    assert!(!back.event_pending());
    assert_eq!(back.auxiliary_chain().next().unwrap().unwrap().offset, 16);

    // A value other than 0 or 1 is kept, but is not "pending".
    let odd = NotificationWaitResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        event_pending: 2,
        auxiliary_buffer: &[],
    };
    let odd_bytes = bytes_of(&odd);
    let back = NotificationWaitResponse::decode(&odd_bytes).unwrap();
    assert_eq!(back, odd);
    assert!(!back.event_pending());

    let fail = NotificationWaitResponse::Failure {
        status_code: 10,
        auxiliary_buffer: &[],
    };
    let bytes = bytes_of(&fail);
    assert_eq!(bytes, [10, 0, 0, 0, 0, 0, 0, 0]);
    let back = NotificationWaitResponse::decode(&bytes).unwrap();
    assert_eq!(back, fail);
    assert!(!back.event_pending());
    assert_eq!(back.auxiliary_buffer_offset(), 8);
    assert_eq!(
        dump_of(&back),
        [
            "StatusCode=10",
            "AuxiliaryBufferSize=0",
            "AuxiliaryBuffer[0]"
        ]
    );
    assert!(
        NotificationWaitResponse::Failure {
            status_code: 0,
            auxiliary_buffer: &[]
        }
        .encode_vec()
        .is_err()
    );
    // No cap on a response's AuxiliaryBufferSize (this used to be CountTooLarge).
    let mut bytes = vec![0u8; 12];
    bytes.extend(le32(0x1009));
    assert_eq!(
        NotificationWaitResponse::decode(&bytes).unwrap_err(),
        err(16, ErrorKind::Truncated { needed: 0x1009 })
    );
}

// ---------------------------------------------------------------------------------------
// PING ([MS-OXCMAPIHTTP] 2.2.6): no request body, no response body.

#[test]
fn ping_has_no_body() {
    assert_eq!(PingBody::decode(&[]).unwrap(), PingBody);
    assert_eq!(
        PingBody::decode(&[0]).unwrap_err(),
        err(0, ErrorKind::TrailingBytes)
    );
    assert_eq!(bytes_of(&PingBody), Vec::<u8>::new());
    assert!(dump_of(&PingBody).is_empty());
    assert!(PingBody::is_ping("PING"));
    assert!(PingBody::is_ping("ping"));
    assert!(PingBody::is_ping(" Ping "));
    assert!(!PingBody::is_ping("PINGS"));
    assert!(!PingBody::is_ping("Execute"));
    assert_eq!(
        decode_request("PING", &[]).unwrap(),
        RequestBody::Ping(PingBody)
    );
    assert_eq!(
        decode_response("PING", &[]).unwrap(),
        ResponseBody::Ping(PingBody)
    );
    assert_eq!(
        decode_request("PING", b"x").unwrap_err(),
        BodyError::Decode(err(0, ErrorKind::TrailingBytes))
    );
}

// ---------------------------------------------------------------------------------------
// Dispatch by X-RequestType ([MS-OXCMAPIHTTP] 2.2.3.3.1)

fn execute_vectors() -> (ExecuteRequest<'static>, ExecuteResponse<'static>) {
    let rop = encode_a5(|w| write_block(w, &[0x02, 0x00], RpcFlags::LAST)).leak();
    (
        ExecuteRequest {
            flags: EcDoRpcExt2Flags::from_bits_retain(3),
            rop_buffer: rop,
            max_rop_out: 0x0001_8008,
            auxiliary_buffer: &[],
        },
        ExecuteResponse::Success {
            error_code: ropwire::codes::ErrorCode(0),
            flags: 0,
            rop_buffer: rop,
            auxiliary_buffer: &[],
        },
    )
}

/// One request and one response of every mailbox request type.
fn all_bodies() -> Vec<(RequestBody<'static>, ResponseBody<'static>)> {
    let (creq, _) = connect_request_vector();
    let (cresp, _) = connect_success_vector();
    let (ereq, eresp) = execute_vectors();
    let aux = aux_block().leak();
    vec![
        (RequestBody::Connect(creq), ResponseBody::Connect(cresp)),
        (RequestBody::Execute(ereq), ResponseBody::Execute(eresp)),
        (
            RequestBody::Disconnect(DisconnectRequest {
                auxiliary_buffer: aux,
            }),
            ResponseBody::Disconnect(DisconnectResponse::Success {
                error_code: ropwire::codes::ErrorCode(0),
                auxiliary_buffer: aux,
            }),
        ),
        (
            RequestBody::NotificationWait(NotificationWaitRequest {
                flags: 0,
                auxiliary_buffer: aux,
            }),
            ResponseBody::NotificationWait(NotificationWaitResponse::Success {
                error_code: ropwire::codes::ErrorCode(0),
                event_pending: 1,
                auxiliary_buffer: aux,
            }),
        ),
        (RequestBody::Ping(PingBody), ResponseBody::Ping(PingBody)),
    ]
}

#[test]
fn request_type_names() {
    assert_eq!(
        RequestType::ALL.map(RequestType::as_str),
        [
            request_type::CONNECT,
            request_type::EXECUTE,
            request_type::DISCONNECT,
            request_type::NOTIFICATION_WAIT,
            request_type::PING
        ]
    );
    for t in RequestType::ALL {
        assert_eq!(RequestType::from_header(t.as_str()), Ok(t));
        assert_eq!(
            RequestType::from_header(&t.as_str().to_ascii_lowercase()),
            Ok(t)
        );
        assert_eq!(
            RequestType::from_header(&t.as_str().to_ascii_uppercase()),
            Ok(t)
        );
        assert_eq!(RequestType::from_header(&format!("\t{t} ")), Ok(t));
        assert_eq!(t.to_string(), t.as_str());
    }
    for ab in ["Bind", "Unbind", "CompareMIds", "DNToMId", "GetMailboxUrl"] {
        assert_eq!(
            RequestType::from_header(ab),
            Err(BodyError::AddressBookRequestType(ab))
        );
    }
    assert_eq!(
        RequestType::from_header("getaddressbookurl"),
        Err(BodyError::AddressBookRequestType("GetAddressBookUrl"))
    );
    for unknown in [
        "",
        " ",
        "Conect",
        "Execute2",
        "NotificationWait\0",
        "EcDoRpcExt2",
    ] {
        assert_eq!(
            RequestType::from_header(unknown),
            Err(BodyError::UnknownRequestType),
            "{unknown:?}"
        );
    }
    assert_eq!(
        BodyError::UnknownRequestType.to_string(),
        "unknown X-RequestType"
    );
    assert!(
        BodyError::AddressBookRequestType("Bind")
            .to_string()
            .contains("address book")
    );
}

#[test]
fn dispatch_every_request_type() {
    for (req, resp) in all_bodies() {
        let t = req.request_type();
        assert_eq!(resp.request_type(), t);
        let req_bytes = bytes_of(&req);
        let resp_bytes = bytes_of(&resp);
        for name in [
            t.as_str().to_string(),
            t.as_str().to_ascii_lowercase(),
            t.as_str().to_ascii_uppercase(),
        ] {
            assert_eq!(decode_request(&name, &req_bytes).unwrap(), req, "{name}");
            assert_eq!(decode_response(&name, &resp_bytes).unwrap(), resp, "{name}");
        }
        assert_eq!(RequestBody::decode_as(t, &req_bytes).unwrap(), req);
        assert_eq!(ResponseBody::decode_as(t, &resp_bytes).unwrap(), resp);
        assert_eq!(resp.status_code(), 0);
        // The enum dumps exactly what the inner body dumps.
        let inner: Vec<String> = match &req {
            RequestBody::Connect(b) => dump_of(b),
            RequestBody::Execute(b) => dump_of(b),
            RequestBody::Disconnect(b) => dump_of(b),
            RequestBody::NotificationWait(b) => dump_of(b),
            RequestBody::Ping(b) => dump_of(b),
        };
        assert_eq!(dump_of(&req), inner);
        // Unknown and address book request types are refused before the body is read.
        assert_eq!(
            decode_request("Unknown", &req_bytes).unwrap_err(),
            BodyError::UnknownRequestType
        );
        assert_eq!(
            decode_response("Bind", &resp_bytes).unwrap_err(),
            BodyError::AddressBookRequestType("Bind")
        );
        // Every proper prefix is a decode error through the dispatcher too.
        for n in 0..req_bytes.len() {
            assert!(matches!(
                decode_request(t.as_str(), &req_bytes[..n]),
                Err(BodyError::Decode(_))
            ));
        }
        for n in 0..resp_bytes.len() {
            assert!(matches!(
                decode_response(t.as_str(), &resp_bytes[..n]),
                Err(BodyError::Decode(_))
            ));
        }
    }
    // A failure body dispatches to the failure form with its StatusCode.
    let body = [5u8, 0, 0, 0, 0, 0, 0, 0];
    for name in ["Connect", "Execute", "Disconnect", "NotificationWait"] {
        let r = decode_response(name, &body).unwrap();
        assert_eq!(r.status_code(), 5, "{name}");
        assert_eq!(bytes_of(&r), body);
    }
    // A body of the wrong type is a decode error with an offset in the body.
    let (creq, _) = connect_request_vector();
    let bytes = bytes_of(&creq);
    assert!(matches!(
        decode_request("Disconnect", &bytes),
        Err(BodyError::Decode(DecodeError { .. }))
    ));
}

#[test]
fn every_prefix_of_every_vector_fails() {
    let (creq, b) = connect_request_vector();
    assert_eq!(bytes_of(&creq), b);
    assert_prefixes_fail::<ConnectRequest>(&b);
    let (_, b) = connect_success_vector();
    assert_prefixes_fail::<ConnectResponse>(&b);
    let aux = aux_block();
    let failure = bytes_of(&ConnectResponse::Failure {
        status_code: 3,
        auxiliary_buffer: &aux,
    });
    assert_prefixes_fail::<ConnectResponse>(&failure);
    assert_prefixes_fail::<DisconnectResponse>(&failure);
    assert_prefixes_fail::<NotificationWaitResponse>(&failure);
    let b = bytes_of(&DisconnectRequest {
        auxiliary_buffer: &aux,
    });
    assert_prefixes_fail::<DisconnectRequest>(&b);
    let b = bytes_of(&DisconnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(1),
        auxiliary_buffer: &aux,
    });
    assert_prefixes_fail::<DisconnectResponse>(&b);
    let b = bytes_of(&NotificationWaitRequest {
        flags: 0,
        auxiliary_buffer: &aux,
    });
    assert_prefixes_fail::<NotificationWaitRequest>(&b);
    let b = bytes_of(&NotificationWaitResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        event_pending: 1,
        auxiliary_buffer: &aux,
    });
    assert_prefixes_fail::<NotificationWaitResponse>(&b);
    // Empty strings too: the terminators are needed.
    let b = bytes_of(&ConnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        polls_max: 0,
        retry_count: 0,
        retry_delay: 0,
        dn_prefix: Str8::new(""),
        display_name: Utf16Str::new(""),
        auxiliary_buffer: &[],
    });
    assert_prefixes_fail::<ConnectResponse>(&b);
}

// ---------------------------------------------------------------------------------------
// proptest

/// Strategy: bytes of an encoded body with one byte overwritten (so decoding sometimes
/// succeeds on something other than what was encoded).
fn mutated(bytes: Vec<u8>, at: usize, byte: u8) -> Vec<u8> {
    let mut b = bytes;
    if !b.is_empty() {
        let i = at % b.len();
        b[i] = byte;
    }
    b
}

macro_rules! round_trips {
    ($($name:ident: $t:ty;)*) => {
        proptest! {
            $(
                #[test]
                fn $name(v in <$t>::arb(), at in any::<usize>(), byte in any::<u8>()) {
                    // decode(encode(x)) == x
                    let bytes = v.encode_vec().unwrap();
                    prop_assert_eq!(bytes.len(), v.encoded_len());
                    let back = <$t>::decode(&bytes).unwrap();
                    prop_assert_eq!(&back, &v);
                    // encode(decode(b)) == b, on the encoding and on a mutation of it
                    prop_assert_eq!(back.encode_vec().unwrap(), bytes.clone());
                    let m = mutated(bytes, at, byte);
                    if let Ok(x) = <$t>::decode(&m) {
                        prop_assert_eq!(x.encode_vec().unwrap(), m);
                    }
                }
            )*
        }
    };
}

round_trips! {
    connect_request_round_trip: ConnectRequest;
    connect_response_round_trip: ConnectResponse;
    disconnect_request_round_trip: DisconnectRequest;
    disconnect_response_round_trip: DisconnectResponse;
    notification_wait_request_round_trip: NotificationWaitRequest;
    notification_wait_response_round_trip: NotificationWaitResponse;
}

proptest! {
    #[test]
    fn request_body_dispatch_round_trip(v in RequestBody::arb(), lower in any::<bool>()) {
        let bytes = v.encode_vec().unwrap();
        prop_assert_eq!(bytes.len(), v.encoded_len());
        let name = if lower {
            v.request_type().as_str().to_ascii_lowercase()
        } else {
            v.request_type().as_str().to_string()
        };
        let back = decode_request(&name, &bytes).unwrap();
        prop_assert_eq!(&back, &v);
        prop_assert_eq!(back.encode_vec().unwrap(), bytes);
    }

    #[test]
    fn response_body_dispatch_round_trip(v in ResponseBody::arb()) {
        let bytes = v.encode_vec().unwrap();
        prop_assert_eq!(bytes.len(), v.encoded_len());
        let back = decode_response(v.request_type().as_str(), &bytes).unwrap();
        prop_assert_eq!(&back, &v);
        prop_assert_eq!(back.encode_vec().unwrap(), bytes);
    }

    #[test]
    fn arbitrary_bytes_never_panic(
        t in RequestType::arb(),
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        if let Ok(v) = decode_request(t.as_str(), &bytes) {
            prop_assert_eq!(v.request_type(), t);
            prop_assert_eq!(v.encode_vec().unwrap(), bytes.clone());
        }
        if let Ok(v) = decode_response(t.as_str(), &bytes) {
            prop_assert_eq!(v.request_type(), t);
            prop_assert_eq!(v.encode_vec().unwrap(), bytes);
        }
    }
}

/// A gateway can swap the auxiliary buffer of any body, success or failure form, and the
/// offsets reported match where the buffer sits in the encoding ([MS-OXCMAPIHTTP] 2.2.4).
#[test]
fn auxiliary_buffer_can_be_read_and_replaced_on_every_body() {
    use ropwire::mapihttp::{RequestBody, RequestType, ResponseBody};
    let aux: &[u8] = &[0xAA, 0xBB, 0xCC];
    for t in RequestType::ALL {
        for body in [RequestBody::decode_as(t, &request_bytes(t)).ok()]
            .into_iter()
            .flatten()
        {
            let swapped = body.with_auxiliary_buffer(aux);
            let (got, at) = swapped.auxiliary_buffer();
            if t == RequestType::Ping {
                assert!(got.is_empty());
                continue;
            }
            assert_eq!(got, aux, "{t:?}");
            let bytes = swapped.encode_vec().unwrap();
            assert_eq!(&bytes[at..at + 3], aux, "{t:?} offset");
            assert_eq!(RequestBody::decode_as(t, &bytes).unwrap(), swapped);
        }
    }
    let failure =
        ResponseBody::decode_as(RequestType::Disconnect, &[5, 0, 0, 0, 0, 0, 0, 0]).unwrap();
    let swapped = failure.with_auxiliary_buffer(aux);
    assert_eq!(swapped.auxiliary_buffer(), (aux, 8));
    assert_eq!(
        swapped.encode_vec().unwrap(),
        [5, 0, 0, 0, 3, 0, 0, 0, 0xAA, 0xBB, 0xCC]
    );
}

/// A minimal valid request body of each type, built from the library's own types.
fn request_bytes(t: ropwire::mapihttp::RequestType) -> Vec<u8> {
    use ropwire::mapihttp::*;
    match t {
        RequestType::Connect => ConnectRequest {
            user_dn: ropwire::wire::Str8::new("/o=x"),
            flags: 0,
            default_code_page: 1252,
            lcid_sort: 0x409,
            lcid_string: 0x409,
            auxiliary_buffer: &[],
        }
        .encode_vec()
        .unwrap(),
        RequestType::Execute => ExecuteRequest {
            flags: ropwire::rpc_ext::EcDoRpcExt2Flags::empty(),
            rop_buffer: &[],
            max_rop_out: 0x40000,
            auxiliary_buffer: &[],
        }
        .encode_vec()
        .unwrap(),
        RequestType::Disconnect => DisconnectRequest {
            auxiliary_buffer: &[],
        }
        .encode_vec()
        .unwrap(),
        RequestType::NotificationWait => NotificationWaitRequest {
            flags: 0,
            auxiliary_buffer: &[],
        }
        .encode_vec()
        .unwrap(),
        RequestType::Ping => Vec::new(),
    }
}
