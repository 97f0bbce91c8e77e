//! ROP request and response tests ([MS-OXCROPS] 2.2.3–2.2.15): proptest round trips in
//! both directions for every implemented ROP, hand-built vectors for every response
//! layout, and the RopId table itself.

use std::collections::HashSet;

use proptest::prelude::*;
use proptest::sample::Index;

use ropwire::arbitrary::Arb;
use ropwire::data::row::{PropertyRow, RowCells, RowKind, RowValue};
use ropwire::data::{Guid, Id8, PropertyTag, PropertyType, PropertyValue, TaggedPropertyValue};
use ropwire::rop::folder::{OpenFolderRequest, OpenFolderResponse, ServerList};
use ropwire::rop::logon::{
    EC_WRONG_SERVER, FolderIds, LogonPrivate, LogonPublic, LogonRequest, LogonResponse,
    LogonResult, LogonTime,
};
use ropwire::rop::message::{
    CreateMessageRequest, CreateMessageResponse, CreateMessageSuccess, ModifyRecipientsResponse,
    SaveChangesMessageRequest, SaveChangesMessageResponse,
};
use ropwire::rop::other::{BackoffResponse, BufferTooSmallResponse, ReleaseRequest};
use ropwire::rop::property::{
    GetPropertiesSpecificRequest, GetPropertiesSpecificResponse, PropertyProblems,
    SetPropertiesRequest, SetPropertiesResponse,
};
use ropwire::rop::transport::{SubmitMessageRequest, SubmitMessageResponse};
use ropwire::rop::{Family, ResponseCx, RopId, RopRequest, RopResponse, RopResult};
use ropwire::wire::{LeArray, List, Str8, Utf16Str, finish};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind};

// ---- helpers --------------------------------------------------------------------------

/// Encodes `v` twice, into buffers pre-filled with 0xA5 and with 0x5A and longer than
/// needed: both must agree (no byte left unwritten), the count must equal `encoded_len`,
/// nothing past it may change, and a buffer one byte short must fail cleanly.
fn encode_checked<T: Encode>(v: &T) -> Vec<u8> {
    let len = v.encoded_len();
    let mut out = Vec::new();
    for fill in [0xA5u8, 0x5A] {
        let mut buf = vec![fill; len + 16];
        let n = v.encode_into(&mut buf).expect("encode");
        assert_eq!(n, len, "encoded_len differs from the bytes written");
        assert!(
            buf[n..].iter().all(|&b| b == fill),
            "writer touched bytes past its end"
        );
        buf.truncate(n);
        if fill == 0xA5 {
            out = buf;
        } else {
            assert_eq!(buf, out, "some byte was left unwritten");
        }
    }
    if len > 0 {
        let mut short = vec![0xA5u8; len - 1];
        assert!(
            matches!(
                v.encode_into(&mut short),
                Err(EncodeError::BufferTooSmall { .. })
            ),
            "encoding into a short buffer must fail with BufferTooSmall"
        );
    }
    out
}

/// Test-only: gives bytes the `'static` lifetime the generated values have.
fn leak(v: Vec<u8>) -> &'static [u8] {
    v.leak()
}

fn decode_request(bytes: &[u8]) -> Result<RopRequest<'_>, DecodeError> {
    RopRequest::decode_exact(bytes)
}

/// Decodes one response that must fill `bytes`, with its request as context.
fn decode_response<'a>(
    bytes: &'a [u8],
    request: Option<&RopRequest<'a>>,
) -> Result<RopResponse<'a>, DecodeError> {
    let cx = ResponseCx {
        request,
        ..ResponseCx::none()
    };
    finish(bytes, |i| RopResponse::decode(i, cx))
}

/// Decodes a response from the front of `bytes`; returns it and the bytes consumed.
fn decode_response_prefix<'a>(
    bytes: &'a [u8],
    request: Option<&RopRequest<'a>>,
) -> Result<(RopResponse<'a>, usize), DecodeError> {
    let cx = ResponseCx {
        request,
        ..ResponseCx::none()
    };
    match RopResponse::decode(bytes, cx) {
        Ok((rest, v)) => Ok((v, bytes.len() - rest.len())),
        Err(e) => Err(ropwire::wire::to_decode_error(e, bytes.len())),
    }
}

fn assert_request_prefixes_fail(bytes: &[u8]) {
    for n in 0..bytes.len() {
        match RopRequest::decode_prefix(&bytes[..n]) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v:?}"),
            Err(e) => assert!(e.offset <= n, "offset {} past the {n}-byte input", e.offset),
        }
    }
}

fn assert_response_prefixes_fail(bytes: &[u8], request: Option<&RopRequest<'_>>) {
    for n in 0..bytes.len() {
        match decode_response_prefix(&bytes[..n], request) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v:?}"),
            Err(e) => assert!(e.offset <= n, "offset {} past the {n}-byte input", e.offset),
        }
    }
}

/// Request direction value → bytes → value: encode into a poisoned buffer, decode through
/// the enum, compare, re-encode, and check every strict prefix.
fn check_request(rop: RopRequest<'static>) {
    let bytes = leak(encode_checked(&rop));
    assert_eq!(bytes[0], rop.rop_id().0, "first byte is the RopId");
    let decoded = decode_request(bytes).expect("decode");
    assert_eq!(decoded, rop);
    assert_eq!(decoded.rop_id(), rop.rop_id());
    assert_eq!(encode_checked(&decoded), bytes);
    assert_request_prefixes_fail(bytes);
}

/// Response direction value → bytes → value, with the request as context.
fn check_response(request: Option<RopRequest<'static>>, resp: RopResponse<'static>) {
    let bytes = leak(encode_checked(&resp));
    assert_eq!(bytes[0], resp.rop_id().response_wire_id());
    let decoded = decode_response(bytes, request.as_ref()).expect("decode");
    assert_eq!(decoded, resp);
    assert_eq!(encode_checked(&decoded), bytes);
    if resp.rop_id() == RopId::BufferTooSmall {
        // RequestBuffers runs to the end of the input: a prefix of at least RopId and
        // SizeNeeded is a valid, shorter response; shorter ones fail.
        for n in 0..bytes.len() {
            let r = decode_response_prefix(&bytes[..n], request.as_ref());
            if n < 3 {
                assert!(r.is_err());
            } else {
                let (RopResponse::BufferTooSmall(v), used) = r.expect("prefix") else {
                    panic!("wrong variant")
                };
                assert_eq!(used, n);
                assert_eq!(v.request_buffers, &bytes[3..n]);
            }
        }
    } else {
        assert_response_prefixes_fail(bytes, request.as_ref());
    }
}

/// Bytes → value → bytes: a valid encoding with one byte replaced either fails to decode
/// or decodes to a value that encodes back to exactly the bytes it consumed.
fn check_mutated_request(rop: RopRequest<'static>, at: Index, byte: u8) {
    let mut bytes = encode_checked(&rop);
    let i = at.index(bytes.len());
    bytes[i] = byte;
    if let Ok((v, n)) = RopRequest::decode_prefix(&bytes) {
        assert_eq!(encode_checked(&v), &bytes[..n]);
    }
}

fn check_mutated_response(
    request: Option<RopRequest<'static>>,
    resp: RopResponse<'static>,
    at: Index,
    byte: u8,
) {
    let mut bytes = encode_checked(&resp);
    let i = at.index(bytes.len());
    bytes[i] = byte;
    let bytes = leak(bytes);
    if let Ok((v, n)) = decode_response_prefix(bytes, request.as_ref()) {
        assert_eq!(encode_checked(&v), &bytes[..n]);
    }
}

/// One line per ROP request: `module: Variant = strategy;` gives both round-trip directions.
macro_rules! request_round_trips {
    ($($name:ident: $variant:ident = $strategy:expr;)*) => {$(
        mod $name {
            use super::*;
            proptest! {
                #[test]
                fn value_bytes_value(v in $strategy) {
                    check_request(RopRequest::$variant(v));
                }
                #[test]
                fn bytes_value_bytes(v in $strategy, at in any::<Index>(), byte in any::<u8>()) {
                    check_mutated_request(RopRequest::$variant(v), at, byte);
                }
            }
        }
    )*};
}

/// One line per ROP response; the strategy yields `(request context, response)`.
macro_rules! response_round_trips {
    ($($name:ident: $variant:ident = $strategy:expr;)*) => {$(
        mod $name {
            use super::*;
            proptest! {
                #[test]
                fn value_bytes_value((req, v) in $strategy) {
                    check_response(req, RopResponse::$variant(v));
                }
                #[test]
                fn bytes_value_bytes((req, v) in $strategy, at in any::<Index>(), byte in any::<u8>()) {
                    check_mutated_response(req, RopResponse::$variant(v), at, byte);
                }
            }
        }
    )*};
}

/// A response strategy that needs no request.
fn alone<T: std::fmt::Debug>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = (Option<RopRequest<'static>>, T)> {
    s.prop_map(|v| (None, v))
}

fn gps_pair() -> impl Strategy<
    Value = (
        Option<RopRequest<'static>>,
        GetPropertiesSpecificResponse<'static>,
    ),
> {
    ropwire::rop::property::arb::get_properties_specific()
        .prop_map(|(q, r)| (Some(RopRequest::GetPropertiesSpecific(q)), r))
}

request_round_trips! {
    req_logon: Logon = LogonRequest::arb();
    req_open_folder: OpenFolder = OpenFolderRequest::arb();
    req_create_message: CreateMessage = CreateMessageRequest::arb();
    req_save_changes_message: SaveChangesMessage = SaveChangesMessageRequest::arb();
    req_modify_recipients: ModifyRecipients = ropwire::rop::message::arb::modify_recipients();
    req_submit_message: SubmitMessage = SubmitMessageRequest::arb();
    req_get_properties_specific: GetPropertiesSpecific = GetPropertiesSpecificRequest::arb();
    req_set_properties: SetProperties = SetPropertiesRequest::arb();
    req_release: Release = ReleaseRequest::arb();
}

response_round_trips! {
    resp_logon: Logon = alone(LogonResponse::arb());
    resp_open_folder: OpenFolder = alone(OpenFolderResponse::arb());
    resp_create_message: CreateMessage = alone(CreateMessageResponse::arb());
    resp_save_changes_message: SaveChangesMessage = alone(SaveChangesMessageResponse::arb());
    resp_modify_recipients: ModifyRecipients = alone(ModifyRecipientsResponse::arb());
    resp_submit_message: SubmitMessage = alone(SubmitMessageResponse::arb());
    resp_get_properties_specific: GetPropertiesSpecific = gps_pair();
    resp_set_properties: SetProperties = alone(SetPropertiesResponse::arb());
    resp_buffer_too_small: BufferTooSmall = alone(BufferTooSmallResponse::arb());
    resp_backoff: Backoff = alone(BackoffResponse::arb());
}

proptest! {
    /// Whatever follows a supported RopId, decoding returns (value or error), never panics,
    /// and a value always re-encodes to the bytes it consumed.
    #[test]
    fn random_bytes_never_panic(id in prop::sample::select(RopId::ALL.to_vec()),
                                tail in prop::collection::vec(any::<u8>(), 0..48)) {
        let mut bytes = vec![id.0];
        bytes.extend(tail);
        if let Ok((v, n)) = RopRequest::decode_prefix(&bytes) {
            prop_assert_eq!(encode_checked(&v), &bytes[..n]);
        }
        if let Ok((v, n)) = decode_response_prefix(&bytes, None) {
            prop_assert_eq!(encode_checked(&v), &bytes[..n]);
        }
    }
}

// ---- the RopId table ------------------------------------------------------------------

#[test]
fn rop_id_table_has_132_unique_entries() {
    assert_eq!(RopId::ALL.len(), 132);
    let ids: HashSet<u8> = RopId::ALL.iter().map(|r| r.0).collect();
    assert_eq!(ids.len(), 132, "ids unique");
    let names: HashSet<&str> = RopId::ALL.iter().map(|r| r.spec_name()).collect();
    assert_eq!(names.len(), 132, "names unique");
    for id in RopId::ALL {
        assert!(id.spec_name().starts_with("Rop") && id.name().is_some());
        assert!(id.is_known());
        assert!(id.family().is_some());
        assert!(id.section().is_some_and(|s| s.starts_with("2.2.")));
    }
    assert_eq!(RopId(0x00).spec_name(), "RopUnknown");
    assert_eq!(RopId(0x00).name(), None);
    assert_eq!(RopId(0x00).family(), None);
    // Spot checks against [MS-OXCROPS] 2.2.
    assert_eq!(RopId::Logon.0, 0xFE);
    assert_eq!(RopId::Logon.name(), Some("RopLogon"));
    assert_eq!(RopId::Logon.family(), Some(Family::Logon));
    assert_eq!(RopId::OpenFolder.0, 0x02);
    assert_eq!(RopId::SubmitMessage.family(), Some(Family::Transport));
    assert_eq!(RopId::Backoff.0, 0xF9);
    assert_eq!(RopId::BufferTooSmall.0, 0xFF);
    assert_eq!(RopId::Release.section(), Some("2.2.15.3"));
}

#[test]
fn response_wire_ids_and_unsolicited() {
    // [MS-OXCROPS] 2.2.6.9.2: RopGetMessageStatus is answered with RopId 0x20.
    assert_eq!(RopId::GetMessageStatus.response_wire_id(), 0x20);
    assert_eq!(RopId::SetMessageStatus.response_wire_id(), 0x20);
    assert_eq!(RopId::OpenFolder.response_wire_id(), 0x02);
    assert!(RopId::Release.has_no_response());
    assert!(!RopId::OpenFolder.has_no_response());
    for id in [
        RopId::Notify,
        RopId::Pending,
        RopId::Backoff,
        RopId::BufferTooSmall,
    ] {
        assert!(id.is_unsolicited() && id.is_response_only());
    }
    assert!(!RopId::Logon.is_unsolicited());
}

#[test]
fn supported_flags_cover_the_implemented_rops() {
    for id in [
        RopId::Logon,
        RopId::OpenFolder,
        RopId::CreateMessage,
        RopId::SaveChangesMessage,
        RopId::ModifyRecipients,
        RopId::SubmitMessage,
        RopId::GetPropertiesSpecific,
        RopId::SetProperties,
        RopId::Release,
    ] {
        assert!(id.request_supported(), "{id:?}");
    }
    for id in [
        RopId::Logon,
        RopId::OpenFolder,
        RopId::CreateMessage,
        RopId::SaveChangesMessage,
        RopId::ModifyRecipients,
        RopId::SubmitMessage,
        RopId::GetPropertiesSpecific,
        RopId::SetProperties,
        RopId::BufferTooSmall,
        RopId::Backoff,
    ] {
        assert!(id.response_supported(), "{id:?}");
    }
    // Response-only ROPs have no request; RopRelease has no response.
    assert!(!RopId::Backoff.request_supported());
    assert!(!RopId::BufferTooSmall.request_supported());
    assert!(!RopId::Release.response_supported());
}

#[test]
fn unknown_rop_ids_are_reported_at_offset_0() {
    let known: HashSet<u8> = RopId::ALL.iter().map(|r| r.0).collect();
    let mut unknown = 0;
    for b in 0..=255u8 {
        if known.contains(&b) {
            continue;
        }
        unknown += 1;
        let bytes = [b, 0, 0, 0, 0, 0, 0, 0];
        let e = RopRequest::decode_prefix(&bytes).unwrap_err();
        assert_eq!(
            e,
            DecodeError {
                offset: 0,
                kind: ErrorKind::UnknownRopId(b)
            }
        );
        let e = decode_response_prefix(&bytes, None).unwrap_err();
        assert_eq!(
            e,
            DecodeError {
                offset: 0,
                kind: ErrorKind::UnknownRopId(b)
            }
        );
    }
    assert_eq!(unknown, 256 - 132);
}

#[test]
fn known_but_unimplemented_rop_ids_are_unsupported() {
    let mut seen_req = 0;
    let mut seen_resp = 0;
    for &id in RopId::ALL {
        let bytes = [id.0, 0, 0, 0, 0, 0, 0, 0];
        if !id.request_supported() {
            seen_req += 1;
            let e = RopRequest::decode_prefix(&bytes).unwrap_err();
            assert_eq!(
                e,
                DecodeError {
                    offset: 0,
                    kind: ErrorKind::Unsupported(id)
                },
                "{id:?}"
            );
        }
        if !id.response_supported() && id != RopId::Release {
            seen_resp += 1;
            let e = decode_response_prefix(&bytes, None).unwrap_err();
            assert_eq!(
                e,
                DecodeError {
                    offset: 0,
                    kind: ErrorKind::Unsupported(RopId(id.0))
                },
                "{id:?}"
            );
        }
    }
    assert!(seen_req > 0 && seen_resp > 0);
    // RopRelease never has a response: a 0x01 response byte is an error at its RopId.
    let e = decode_response_prefix(&[0x01, 0, 0, 0, 0, 0], None).unwrap_err();
    assert_eq!(e.offset, 0);
}

#[test]
fn unsupported_rop_after_a_supported_one_reports_its_own_offset() {
    // RopSubmitMessage then the first ROP whose request is not implemented: the second
    // decode starts 4 bytes in, and its error is at that ROP's first byte.
    let other = *RopId::ALL
        .iter()
        .find(|id| !id.request_supported())
        .expect("some request is unimplemented");
    let bytes = [0x32, 0x00, 0x02, 0x00, other.0, 0x00, 0x01];
    let (first, used) = RopRequest::decode_prefix(&bytes).unwrap();
    assert_eq!(first.rop_id(), RopId::SubmitMessage);
    assert_eq!(used, 4);
    let e = RopRequest::decode_prefix(&bytes[used..]).unwrap_err();
    assert_eq!(used + e.offset, 4);
    assert_eq!(e.kind, ErrorKind::Unsupported(other));
    // A full-buffer decode of the pair fails with trailing bytes right after the first ROP.
    let e = RopRequest::decode_exact(&bytes).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 4,
            kind: ErrorKind::TrailingBytes
        }
    );
}

#[test]
fn response_must_answer_its_request() {
    let req = RopRequest::SubmitMessage(SubmitMessageRequest {
        logon_id: 0,
        input_handle_index: 2,
        submit_flags: 0,
    });
    // A RopSetProperties response (0x0A) does not answer a RopSubmitMessage request.
    let bytes = [0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    let e = decode_response(&bytes, Some(&req)).unwrap_err();
    assert_eq!(e.offset, 0);
    assert!(matches!(e.kind, ErrorKind::InvalidValue { .. }));
    // Unsolicited responses decode whatever the request was.
    let backoff = [0xF9, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    let r = decode_response(&backoff, Some(&req)).unwrap();
    assert_eq!(r.rop_id(), RopId::Backoff);
}

// ---- RopLogon -------------------------------------------------------------------------

fn folder_ids() -> FolderIds {
    let mut ids = [Id8::default(); 13];
    for (n, id) in ids.iter_mut().enumerate() {
        *id = Id8::new(1, 0x10 + n as u64);
    }
    FolderIds(ids)
}

fn push_folder_ids(b: &mut Vec<u8>) {
    for n in 0..13u8 {
        // ReplicaId 0x0001 then a 6-byte GlobalCounter, most significant byte first.
        b.extend_from_slice(&[0x01, 0x00, 0, 0, 0, 0, 0, 0x10 + n]);
    }
}

const GUID_A: [u8; 16] = [
    0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x00,
];
const GUID_B: [u8; 16] = [
    0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF,
];

#[test]
fn logon_request_essdn_size_counts_the_terminator() {
    let essdn = b"/o=Org/ou=Exchange/cn=Recipients/cn=user";
    let mut b = vec![0xFE, 0x00, 0x00, 0x01];
    b.extend_from_slice(&0x0100_0C04u32.to_le_bytes()); // OpenFlags
    b.extend_from_slice(&0u32.to_le_bytes()); // StoreState
    b.extend_from_slice(&((essdn.len() + 1) as u16).to_le_bytes());
    b.extend_from_slice(essdn);
    b.push(0);
    let RopRequest::Logon(r) = decode_request(&b).unwrap() else {
        panic!("variant")
    };
    assert_eq!(
        (r.logon_id, r.output_handle_index, r.logon_flags),
        (0, 0, 0x01)
    );
    assert_eq!(r.open_flags, 0x0100_0C04);
    assert_eq!(r.store_state, 0);
    assert_eq!(r.essdn.unwrap().as_bytes(), essdn);
    assert_eq!(encode_checked(&RopRequest::Logon(r)), b);
    assert_request_prefixes_fail(&b);

    // EssdnSize 0: no Essdn at all.
    let empty = [0xFE, 0x03, 0x01, 0x00, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    let RopRequest::Logon(r) = decode_request(&empty).unwrap() else {
        panic!("variant")
    };
    assert_eq!(r.essdn, None);
    assert_eq!(r.logon_id, 3);
    assert_eq!(r.open_flags, 2);
    assert_eq!(encode_checked(&RopRequest::Logon(r)), empty);

    // A size that leaves out the terminator is rejected at the Essdn field.
    let mut bad = b.clone();
    bad[12] -= 1;
    bad.pop();
    let e = decode_request(&bad).unwrap_err();
    assert_eq!(e.offset, 14);
    assert!(matches!(e.kind, ErrorKind::InvalidValue { .. }));
    // An interior NUL is rejected too.
    let mut bad = b.clone();
    bad[20] = 0;
    assert!(matches!(
        decode_request(&bad).unwrap_err().kind,
        ErrorKind::InvalidValue { .. }
    ));
}

fn logon_private_bytes(flags: u8) -> Vec<u8> {
    let mut b = vec![0xFE, 0x01, 0, 0, 0, 0, flags];
    push_folder_ids(&mut b);
    b.push(0x07); // ResponseFlags: Reserved | OwnerRight | SendAsRight
    b.extend_from_slice(&GUID_A); // MailboxGuid
    b.extend_from_slice(&[0x05, 0x00]); // ReplId
    b.extend_from_slice(&GUID_B); // ReplGuid
    b.extend_from_slice(&[30, 15, 10, 5, 21, 11, 0xE9, 0x07]); // LogonTime 2025-11-21 Fri 10:15:30
    b.extend_from_slice(&0x01DC_5A1B_2C3D_4E5Fu64.to_le_bytes()); // GwartTime
    b.extend_from_slice(&0u32.to_le_bytes()); // StoreState
    b
}

#[test]
fn logon_response_private() {
    let b = logon_private_bytes(0x01);
    assert_eq!(b.len(), 166, "RopId included");
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Logon(LogonResponse {
        output_handle_index: 1,
        result: LogonResult::Private(p),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(p.logon_flags, 0x01);
    assert_eq!(p.folder_ids, folder_ids());
    assert_eq!(p.folder_ids.0[4].replica_id(), 1);
    assert_eq!(p.folder_ids.0[4].global_counter(), 0x14);
    assert_eq!(p.response_flags, 0x07);
    assert_eq!(p.mailbox_guid, Guid(GUID_A));
    assert_eq!(p.repl_id, 5);
    assert_eq!(p.repl_guid, Guid(GUID_B));
    assert_eq!(
        p.logon_time,
        LogonTime {
            seconds: 30,
            minutes: 15,
            hour: 10,
            day_of_week: 5,
            day: 21,
            month: 11,
            year: 2025
        }
    );
    assert_eq!(p.gwart_time, 0x01DC_5A1B_2C3D_4E5F);
    assert_eq!(p.store_state, 0);
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // Other LogonFlags bits do not change the layout: Private is what counts.
    let b = logon_private_bytes(0x05);
    let r = decode_response(&b, None).unwrap();
    assert!(matches!(
        r,
        RopResponse::Logon(LogonResponse {
            result: LogonResult::Private(LogonPrivate {
                logon_flags: 0x05,
                ..
            }),
            ..
        })
    ));
    assert_eq!(encode_checked(&r), b);
}

#[test]
fn logon_response_public() {
    let mut b = vec![0xFE, 0x00, 0, 0, 0, 0, 0x00];
    push_folder_ids(&mut b);
    b.extend_from_slice(&[0x02, 0x00]); // ReplId
    b.extend_from_slice(&GUID_B); // ReplGuid
    b.extend_from_slice(&[0; 16]); // PerUserGuid
    assert_eq!(b.len(), 145, "RopId included");
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Logon(LogonResponse {
        output_handle_index: 0,
        result: LogonResult::Public(p),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(
        p,
        &LogonPublic {
            logon_flags: 0,
            folder_ids: folder_ids(),
            repl_id: 2,
            repl_guid: Guid(GUID_B),
            per_user_guid: Guid([0; 16]),
        }
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);
    // The same bytes with the Private bit set are 21 bytes short of the private layout.
    let mut private = b.clone();
    private[6] = 0x01;
    assert!(matches!(
        decode_response(&private, None).unwrap_err().kind,
        ErrorKind::Truncated { .. }
    ));
}

#[test]
fn logon_response_redirect_and_failure() {
    let server = b"/o=Org/ou=Exchange/cn=Configuration/cn=Servers/cn=MBX02";
    let mut b = vec![0xFE, 0x01, 0x78, 0x04, 0x00, 0x00, 0x01];
    b.push((server.len() + 1) as u8); // ServerNameSize counts the terminator
    b.extend_from_slice(server);
    b.push(0);
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Logon(LogonResponse {
        result: LogonResult::Redirect(red),
        ..
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(red.logon_flags, 0x01);
    assert_eq!(red.server_name.as_bytes(), server);
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // ecLoginFailure: RopId, OutputHandleIndex, ReturnValue and nothing else.
    let b = [0xFE, 0x01, 0x11, 0x01, 0x04, 0x80];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::Logon(LogonResponse {
            output_handle_index: 1,
            result: LogonResult::Failure(0x8004_0111)
        })
    );
    assert_eq!(encode_checked(&r), b);

    // Layouts and ReturnValues that cannot be encoded.
    let bad = [
        LogonResult::Failure(0),
        LogonResult::Failure(EC_WRONG_SERVER),
        LogonResult::Public(LogonPublic {
            logon_flags: 0x01,
            folder_ids: folder_ids(),
            repl_id: 0,
            repl_guid: Guid::default(),
            per_user_guid: Guid::default(),
        }),
    ];
    for result in bad {
        let v = LogonResponse {
            output_handle_index: 0,
            result,
        };
        let mut buf = [0u8; 256];
        assert!(matches!(
            v.encode_into(&mut buf),
            Err(EncodeError::InvalidValue { .. })
        ));
    }
}

// ---- RopOpenFolder --------------------------------------------------------------------

#[test]
fn open_folder_request() {
    let b = [
        0x02, 0x00, 0x01, 0x02, 0x01, 0x00, 0, 0, 0, 0, 0, 0x2A, 0x04,
    ];
    let RopRequest::OpenFolder(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!(
        r,
        OpenFolderRequest {
            logon_id: 0,
            input_handle_index: 1,
            output_handle_index: 2,
            folder_id: Id8::new(1, 0x2A),
            open_mode_flags: 0x04,
        }
    );
    assert_eq!(encode_checked(&RopRequest::OpenFolder(r)), b);
    assert_request_prefixes_fail(&b);
}

#[test]
fn open_folder_response_ghosted_with_servers() {
    let mut b = vec![0x02, 0x01, 0, 0, 0, 0, 0x01, 0x01, 0x02, 0x00, 0x01, 0x00];
    b.extend_from_slice(b"pf1.example.com\0pf2.example.com\0");
    let r = decode_response(&b, None).unwrap();
    let RopResponse::OpenFolder(OpenFolderResponse {
        output_handle_index: 1,
        result: RopResult::Success(s),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(s.has_rules, 1);
    assert_eq!(s.ghosted.flag, 1);
    let list = s.ghosted.value.as_ref().unwrap();
    assert_eq!(list.cheap_server_count, 1);
    let names: Vec<&[u8]> = list.servers.iter().map(|s| s.as_bytes()).collect();
    assert_eq!(
        names,
        [b"pf1.example.com".as_slice(), b"pf2.example.com".as_slice()]
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // The same value built by a caller encodes to the same bytes.
    let servers = [Str8::new("pf1.example.com"), Str8::new("pf2.example.com")];
    let built = RopResponse::OpenFolder(OpenFolderResponse {
        output_handle_index: 1,
        result: RopResult::Success(ropwire::rop::folder::OpenFolderSuccess {
            has_rules: 1,
            ghosted: ropwire::rop::Present::some(ServerList {
                cheap_server_count: 1,
                servers: List::Items(&servers),
            }),
        }),
    });
    assert_eq!(built, r);
    assert_eq!(encode_checked(&built), b);

    // A ServerCount larger than the bytes left is a count error.
    let bad = [
        0x02, 0x01, 0, 0, 0, 0, 0x00, 0x01, 0xFF, 0x00, 0x00, 0x00, b'a', 0,
    ];
    let e = decode_response(&bad, None).unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::CountTooLarge {
            field: "ServerCount"
        }
    );
}

#[test]
fn open_folder_response_not_ghosted_and_failure() {
    let b = [0x02, 0x03, 0, 0, 0, 0, 0x00, 0x00];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::OpenFolder(OpenFolderResponse {
        output_handle_index: 3,
        result: RopResult::Success(s),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!((s.has_rules, s.ghosted.flag), (0, 0));
    assert!(s.ghosted.value.is_none());
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    let b = [0x02, 0x03, 0x0F, 0x01, 0x04, 0x80];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::OpenFolder(OpenFolderResponse {
            output_handle_index: 3,
            result: RopResult::Failure(0x8004_010F)
        })
    );
    assert_eq!(encode_checked(&r), b);
}

// ---- Message ROPs ---------------------------------------------------------------------

#[test]
fn create_message_request_and_responses() {
    let b = [
        0x06, 0x00, 0x00, 0x01, 0xFF, 0x0F, 0x01, 0x00, 0, 0, 0, 0, 0, 0x07, 0x00,
    ];
    let RopRequest::CreateMessage(q) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!(
        q,
        CreateMessageRequest {
            logon_id: 0,
            input_handle_index: 0,
            output_handle_index: 1,
            code_page_id: 0x0FFF,
            folder_id: Id8::new(1, 7),
            associated_flag: 0,
        }
    );
    assert_eq!(encode_checked(&RopRequest::CreateMessage(q)), b);
    assert_request_prefixes_fail(&b);

    // Success with a MessageId.
    let with_id = [
        0x06, 0x01, 0, 0, 0, 0, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0x01, 0x23,
    ];
    let r = decode_response(&with_id, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateMessage(CreateMessageResponse {
            output_handle_index: 1,
            result: RopResult::Success(CreateMessageSuccess {
                message_id: ropwire::rop::Present::some(Id8::new(1, 0x0123))
            })
        })
    );
    assert_eq!(encode_checked(&r), with_id);
    assert_response_prefixes_fail(&with_id, None);

    // Success without a MessageId.
    let without = [0x06, 0x01, 0, 0, 0, 0, 0x00];
    let r = decode_response(&without, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateMessage(CreateMessageResponse {
            output_handle_index: 1,
            result: RopResult::Success(CreateMessageSuccess {
                message_id: ropwire::rop::Present::none()
            })
        })
    );
    assert_eq!(encode_checked(&r), without);

    // Failure.
    let fail = [0x06, 0x01, 0x05, 0x00, 0x07, 0x80];
    let r = decode_response(&fail, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateMessage(CreateMessageResponse {
            output_handle_index: 1,
            result: RopResult::Failure(0x8007_0005)
        })
    );
    assert_eq!(encode_checked(&r), fail);

    // A presence flag that disagrees with the value cannot be encoded.
    let bad = CreateMessageResponse {
        output_handle_index: 1,
        result: RopResult::Success(CreateMessageSuccess {
            message_id: ropwire::rop::Present {
                flag: 0,
                value: Some(Id8(1)),
            },
        }),
    };
    assert!(matches!(
        bad.encode_into(&mut [0u8; 32]),
        Err(EncodeError::InvalidValue { .. })
    ));
    let bad = CreateMessageResponse {
        output_handle_index: 1,
        result: RopResult::Failure(0),
    };
    assert!(matches!(
        bad.encode_into(&mut [0u8; 32]),
        Err(EncodeError::InvalidValue { .. })
    ));
}

#[test]
fn save_changes_message_responses() {
    let ok = [
        0x0C, 0x00, 0, 0, 0, 0, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0x00, 0x99,
    ];
    let r = decode_response(&ok, None).unwrap();
    let RopResponse::SaveChangesMessage(SaveChangesMessageResponse {
        response_handle_index: 0,
        result: RopResult::Success(s),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(s.input_handle_index, 1);
    assert_eq!(s.message_id, Id8::new(1, 0x99));
    assert_eq!(encode_checked(&r), ok);
    assert_response_prefixes_fail(&ok, None);

    // ecObjectModified: keyed by ResponseHandleIndex, no InputHandleIndex.
    let fail = [0x0C, 0x00, 0x09, 0x01, 0x04, 0x80];
    let r = decode_response(&fail, None).unwrap();
    assert_eq!(
        r,
        RopResponse::SaveChangesMessage(SaveChangesMessageResponse {
            response_handle_index: 0,
            result: RopResult::Failure(0x8004_0109)
        })
    );
    assert_eq!(encode_checked(&r), fail);
}

#[test]
fn modify_recipients_request_hand_built() {
    // Columns: PidTagDisplayName (PtypString), PidTagRecipientType (PtypInteger32).
    let mut b = vec![0x0E, 0x00, 0x01, 0x02, 0x00];
    b.extend_from_slice(&[0x1F, 0x00, 0x01, 0x30, 0x03, 0x00, 0x15, 0x0C]);
    b.extend_from_slice(&[0x02, 0x00]); // RowCount
    // Row 1: an SMTP recipient, Unicode strings, E|D set, both columns.
    let mut row = vec![0x1B, 0x02]; // Type=SMTP(3) | E | D | U
    row.extend_from_slice(&[b'a', 0, b'@', 0, b'b', 0, 0, 0]); // EmailAddress "a@b"
    row.extend_from_slice(&[b'A', 0, 0, 0]); // DisplayName "A"
    row.extend_from_slice(&[0x02, 0x00]); // RecipientColumnCount
    row.push(0x00); // StandardPropertyRow
    row.extend_from_slice(&[b'A', 0, 0, 0]); // PidTagDisplayName
    row.extend_from_slice(&1u32.to_le_bytes()); // PidTagRecipientType: To
    b.extend_from_slice(&0u32.to_le_bytes()); // RowId
    b.push(0x01); // RecipientType: To
    b.extend_from_slice(&(row.len() as u16).to_le_bytes());
    b.extend_from_slice(&row);
    // Row 2: RecipientRowSize 0 deletes row 7.
    b.extend_from_slice(&7u32.to_le_bytes());
    b.push(0x02);
    b.extend_from_slice(&[0x00, 0x00]);

    let RopRequest::ModifyRecipients(q) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!((q.logon_id, q.input_handle_index), (0, 1));
    assert_eq!(
        q.recipient_columns.iter().collect::<Vec<_>>(),
        [PropertyTag(0x3001_001F), PropertyTag(0x0C15_0003)]
    );
    let rows: Vec<_> = q.recipient_rows.iter().collect();
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].row_id, rows[0].recipient_type), (0, 1));
    let rr = rows[0].recipient_row.as_ref().unwrap();
    assert_eq!(rr.flags.recipient_type(), 3);
    assert_eq!(
        rr.email_address,
        Some(ropwire::data::recipient::RecipientString::Unicode(
            Utf16Str::new("a@b")
        ))
    );
    let cells: Vec<_> = rr.properties.iter().map(|(_, c)| c).collect();
    assert_eq!(
        cells,
        [
            RowValue::Value(PropertyValue::String(Utf16Str::new("A"))),
            RowValue::Value(PropertyValue::Integer32(1)),
        ]
    );
    assert_eq!((rows[1].row_id, rows[1].recipient_type), (7, 2));
    assert!(rows[1].recipient_row.is_none());
    assert_eq!(encode_checked(&RopRequest::ModifyRecipients(q)), b);
    assert_request_prefixes_fail(&b);

    // A RecipientRowSize one byte too large leaves the row short of its size.
    let mut bad = b.clone();
    let size_at = 5 + 8 + 2 + 4 + 1;
    bad[size_at] += 1;
    bad.insert(size_at + 2 + row.len(), 0xEE);
    let e = decode_request(&bad).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TrailingBytes);
    assert_eq!(e.offset, size_at + 2 + row.len());

    // Response: same layout on success and failure.
    for (rv, bytes) in [
        (0u32, [0x0E, 0x01, 0, 0, 0, 0]),
        (0x8007_0057, [0x0E, 0x01, 0x57, 0x00, 0x07, 0x80]),
    ] {
        let r = decode_response(&bytes, None).unwrap();
        assert_eq!(
            r,
            RopResponse::ModifyRecipients(ModifyRecipientsResponse {
                input_handle_index: 1,
                return_value: rv
            })
        );
        assert_eq!(encode_checked(&r), bytes);
    }
}

#[test]
fn submit_message_failure_response() {
    let b = [0x32, 0x02, 0x01, 0x05, 0x00, 0x00];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::SubmitMessage(SubmitMessageResponse {
            input_handle_index: 2,
            return_value: 0x0501
        })
    );
    assert_eq!(encode_checked(&r), b);
}

// ---- Property ROPs --------------------------------------------------------------------

const SUBJECT: PropertyTag = PropertyTag(0x0037_001F);
const SIZE: PropertyTag = PropertyTag(0x0E08_0003);
const HAS_ATTACH: PropertyTag = PropertyTag(0x0E1B_000B);
const ENTRY_ID: PropertyTag = PropertyTag(0x0FFF_0102);
const CLASS_UNSPECIFIED: PropertyTag = PropertyTag(0x001A_0000);
const BODY_UNSPECIFIED: PropertyTag = PropertyTag(0x1000_0000);

fn gps_request(tags: &'static [PropertyTag]) -> RopRequest<'static> {
    RopRequest::GetPropertiesSpecific(GetPropertiesSpecificRequest {
        logon_id: 0,
        input_handle_index: 1,
        property_size_limit: 0,
        want_unicode: 1,
        property_tags: LeArray::Slice(tags),
    })
}

#[test]
fn get_properties_specific_request_hand_built() {
    let b = [
        0x07, 0x00, 0x01, 0x00, 0x10, 0x01, 0x00, 0x02, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x00, 0x00,
        0x1A, 0x00,
    ];
    let RopRequest::GetPropertiesSpecific(q) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!(q.property_size_limit, 0x1000);
    assert_eq!(q.want_unicode, 1);
    assert_eq!(
        q.property_tags.iter().collect::<Vec<_>>(),
        [SUBJECT, CLASS_UNSPECIFIED]
    );
    assert_eq!(encode_checked(&RopRequest::GetPropertiesSpecific(q)), b);
    assert_request_prefixes_fail(&b);
}

#[test]
fn get_properties_specific_standard_row() {
    static TAGS: [PropertyTag; 5] = [SUBJECT, SIZE, HAS_ATTACH, ENTRY_ID, CLASS_UNSPECIFIED];
    let req = gps_request(&TAGS);
    let mut b = vec![0x07, 0x01, 0, 0, 0, 0, 0x00];
    b.extend_from_slice(&[b'H', 0, b'i', 0, 0, 0]); // PidTagSubject "Hi"
    b.extend_from_slice(&42u32.to_le_bytes()); // PidTagMessageSize
    b.push(0x01); // PidTagHasAttachments true
    b.extend_from_slice(&[0x03, 0x00, 0xAA, 0xBB, 0xCC]); // PidTagEntryId, 2-byte COUNT
    b.extend_from_slice(&[0x1E, 0x00]); // PtypUnspecified column: TypedPropertyValue
    b.extend_from_slice(b"IPM.Note\0");
    let r = decode_response(&b, Some(&req)).unwrap();
    let RopResponse::GetPropertiesSpecific(GetPropertiesSpecificResponse {
        input_handle_index: 1,
        result: RopResult::Success(row),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(row.kind, RowKind::Standard);
    let cells: Vec<_> = row.iter().collect();
    assert_eq!(
        cells,
        [
            (
                SUBJECT,
                RowValue::Value(PropertyValue::String(Utf16Str::new("Hi")))
            ),
            (SIZE, RowValue::Value(PropertyValue::Integer32(42))),
            (HAS_ATTACH, RowValue::Value(PropertyValue::Boolean(true))),
            (
                ENTRY_ID,
                RowValue::Value(PropertyValue::Binary(&[0xAA, 0xBB, 0xCC]))
            ),
            (
                CLASS_UNSPECIFIED,
                RowValue::Value(PropertyValue::String8(Str8::new("IPM.Note")))
            ),
        ]
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, Some(&req));

    // Built by a caller, the same row encodes to the same bytes.
    let items = [
        RowValue::Value(PropertyValue::String(Utf16Str::new("Hi"))),
        RowValue::Value(PropertyValue::Integer32(42)),
        RowValue::Value(PropertyValue::Boolean(true)),
        RowValue::Value(PropertyValue::Binary(&[0xAA, 0xBB, 0xCC])),
        RowValue::Value(PropertyValue::String8(Str8::new("IPM.Note"))),
    ];
    let built = RopResponse::GetPropertiesSpecific(GetPropertiesSpecificResponse {
        input_handle_index: 1,
        result: RopResult::Success(PropertyRow {
            columns: LeArray::Slice(&TAGS),
            kind: RowKind::Standard,
            cells: RowCells::Items(&items),
        }),
    });
    assert_eq!(built, r);
    assert_eq!(encode_checked(&built), b);
}

#[test]
fn get_properties_specific_flagged_row_with_unspecified_columns() {
    static TAGS: [PropertyTag; 6] = [
        SUBJECT,
        SIZE,
        HAS_ATTACH,
        ENTRY_ID,
        CLASS_UNSPECIFIED,
        BODY_UNSPECIFIED,
    ];
    let req = gps_request(&TAGS);
    let mut b = vec![0x07, 0x01, 0, 0, 0, 0, 0x01];
    b.extend_from_slice(&[0x00, b'H', 0, b'i', 0, 0, 0]); // value
    b.extend_from_slice(&[0x0A, 0x0F, 0x01, 0x04, 0x80]); // error NotFound
    b.push(0x01); // no value
    b.extend_from_slice(&[0x00, 0x00, 0x00]); // empty PtypBinary
    b.extend_from_slice(&[0x1F, 0x00, 0x00, b'X', 0, 0, 0]); // WithType: PtypString, value
    b.extend_from_slice(&[0x1F, 0x00, 0x0A, 0x0E, 0x00, 0x07, 0x80]); // WithType: error
    let r = decode_response(&b, Some(&req)).unwrap();
    let RopResponse::GetPropertiesSpecific(GetPropertiesSpecificResponse {
        result: RopResult::Success(row),
        ..
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(row.kind, RowKind::Flagged);
    let cells: Vec<_> = row.iter().map(|(_, c)| c).collect();
    assert_eq!(
        cells,
        [
            RowValue::Value(PropertyValue::String(Utf16Str::new("Hi"))),
            RowValue::Error {
                prop_type: PropertyType::PtypInteger32,
                code: 0x8004_010F
            },
            RowValue::NotFound {
                prop_type: PropertyType::PtypBoolean
            },
            RowValue::Value(PropertyValue::Binary(&[])),
            RowValue::Value(PropertyValue::String(Utf16Str::new("X"))),
            RowValue::Error {
                prop_type: PropertyType::PtypString,
                code: 0x8007_000E
            },
        ]
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, Some(&req));

    // A FlaggedPropertyValue flag other than 0x00, 0x01, 0x0A is reported at the flag.
    let mut bad = b.clone();
    bad[7] = 0x02;
    let e = decode_response(&bad, Some(&req)).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 7,
            kind: ErrorKind::InvalidValue {
                field: "Flag (FlaggedPropertyValue)"
            }
        }
    );
    // A row Flag other than 0x00 and 0x01 is reported at the row flag.
    let mut bad = b.clone();
    bad[6] = 0x02;
    let e = decode_response(&bad, Some(&req)).unwrap_err();
    assert_eq!(e.offset, 6);
}

#[test]
fn get_properties_specific_needs_its_request() {
    let ok = [0x07, 0x01, 0, 0, 0, 0, 0x00, 0x2A, 0, 0, 0];
    let e = decode_response(&ok, None).unwrap_err();
    assert_eq!(e.offset, 6, "reported where RowData starts");
    assert!(matches!(e.kind, ErrorKind::NeedsContext { .. }));
    // With its request it decodes.
    static TAGS: [PropertyTag; 1] = [SIZE];
    let req = gps_request(&TAGS);
    let r = decode_response(&ok, Some(&req)).unwrap();
    assert_eq!(encode_checked(&r), ok);
    // A failure carries no row and needs no request.
    let fail = [0x07, 0x01, 0x0F, 0x01, 0x04, 0x80];
    let r = decode_response(&fail, None).unwrap();
    assert_eq!(
        r,
        RopResponse::GetPropertiesSpecific(GetPropertiesSpecificResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_010F)
        })
    );
    assert_eq!(encode_checked(&r), fail);
}

#[test]
fn set_properties_request_and_problems() {
    let values = [
        TaggedPropertyValue::new(0x0E07, PropertyValue::Integer32(1)),
        TaggedPropertyValue::new(0x0E1B, PropertyValue::Boolean(false)),
    ];
    let q = RopRequest::SetProperties(SetPropertiesRequest {
        logon_id: 0,
        input_handle_index: 1,
        property_values: List::Items(&values),
    });
    let b = encode_checked(&q);
    assert_eq!(
        b,
        [
            0x0A, 0x00, 0x01, 0x0F, 0x00, 0x02, 0x00, 0x03, 0x00, 0x07, 0x0E, 0x01, 0x00, 0x00,
            0x00, 0x0B, 0x00, 0x1B, 0x0E, 0x00
        ]
    );
    assert_eq!(decode_request(&b).unwrap(), q);

    // PropertyValueSize must cover exactly the count and the values.
    let mut bad = b.clone();
    bad[3] = 0x10;
    bad.push(0x00);
    assert_eq!(
        decode_request(&bad).unwrap_err(),
        DecodeError {
            offset: 20,
            kind: ErrorKind::TrailingBytes
        }
    );
    // A PtypBoolean of 2 is invalid, reported at the value byte.
    let mut bad = b.clone();
    bad[19] = 0x02;
    let e = decode_request(&bad).unwrap_err();
    assert_eq!(e.offset, 19);
    assert!(matches!(e.kind, ErrorKind::InvalidValue { .. }));

    // Response with two problems.
    let mut r = vec![0x0A, 0x01, 0, 0, 0, 0, 0x02, 0x00];
    r.extend_from_slice(&[0x00, 0x00, 0x03, 0x00, 0x07, 0x0E, 0x05, 0x00, 0x07, 0x80]);
    r.extend_from_slice(&[0x01, 0x00, 0x0B, 0x00, 0x1B, 0x0E, 0x05, 0x01, 0x04, 0x80]);
    let resp = decode_response(&r, None).unwrap();
    let RopResponse::SetProperties(SetPropertiesResponse {
        input_handle_index: 1,
        result: RopResult::Success(PropertyProblems { problems }),
    }) = &resp
    else {
        panic!("{resp:?}")
    };
    let problems: Vec<_> = problems.iter().collect();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].index, 0);
    assert_eq!(problems[0].property_tag, PropertyTag(0x0E07_0003));
    assert_eq!(problems[0].error_code, 0x8007_0005);
    assert_eq!(problems[1].index, 1);
    assert_eq!(problems[1].error_code, 0x8004_0105);
    assert_eq!(encode_checked(&resp), r);
    assert_response_prefixes_fail(&r, None);
    let fail = [0x0A, 0x01, 0x05, 0x00, 0x07, 0x80];
    assert_eq!(
        decode_response(&fail, None).unwrap(),
        RopResponse::SetProperties(SetPropertiesResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8007_0005)
        })
    );
}

// ---- Other ROPs -----------------------------------------------------------------------

#[test]
fn backoff_with_rops_and_additional_data() {
    let b = [
        0xF9, 0x02, 0x10, 0x27, 0x00, 0x00, 0x02, 0x07, 0xE8, 0x03, 0x00, 0x00, 0x0A, 0xD0, 0x07,
        0x00, 0x00, 0x03, 0x00, 0xAA, 0xBB, 0xCC,
    ];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Backoff(v) = &r else {
        panic!("{r:?}")
    };
    assert_eq!(v.logon_id, 2);
    assert_eq!(v.duration, 10_000);
    let rops: Vec<_> = v
        .backoff_rops
        .iter()
        .map(|r| (r.rop_id_backoff, r.duration))
        .collect();
    assert_eq!(rops, [(0x07, 1000), (0x0A, 2000)]);
    assert_eq!(v.additional_data, [0xAA, 0xBB, 0xCC]);
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // No rops, no additional data.
    let b = [0xF9, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Backoff(v) = &r else {
        panic!()
    };
    assert!(v.backoff_rops.is_empty() && v.additional_data.is_empty());
    assert_eq!(encode_checked(&r), b);

    // A BackoffRopCount beyond the input is a count error, not a panic.
    let bad = [0xF9, 0x00, 0x01, 0x00, 0x00, 0x00, 0xFF, 0x00, 0x00];
    assert_eq!(
        decode_response(&bad, None).unwrap_err().kind,
        ErrorKind::CountTooLarge {
            field: "BackoffRopCount"
        }
    );
}

#[test]
fn buffer_too_small_carries_the_unprocessed_requests() {
    let b = [0xFF, 0x00, 0x80, 0x32, 0x00, 0x02, 0x00, 0x01, 0x00, 0x01];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::BufferTooSmall(v) = &r else {
        panic!("{r:?}")
    };
    assert_eq!(v.size_needed, 0x8000);
    assert_eq!(v.request_buffers, &b[3..]);
    // RequestBuffers holds request ROPs: RopSubmitMessage then RopRelease.
    let (first, n) = RopRequest::decode_prefix(v.request_buffers).unwrap();
    assert_eq!(first.rop_id(), RopId::SubmitMessage);
    let second = RopRequest::decode_exact(&v.request_buffers[n..]).unwrap();
    assert_eq!(
        second,
        RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 1
        })
    );
    assert_eq!(encode_checked(&r), b);
    // Only the RopId and SizeNeeded are mandatory.
    assert!(decode_response(&b[..2], None).is_err());
    let r = decode_response(&b[..3], None).unwrap();
    let RopResponse::BufferTooSmall(v) = r else {
        panic!()
    };
    assert!(v.request_buffers.is_empty());
}

#[test]
fn release_request() {
    let b = [0x01, 0x00, 0x03];
    assert_eq!(
        decode_request(&b).unwrap(),
        RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 3
        })
    );
    assert_eq!(
        encode_checked(&RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 3
        })),
        b
    );
    assert_request_prefixes_fail(&b);
}

// ---- field dumps (used by the dissector) ----------------------------------------------

/// Records the spec field names a value reports, in order, with nesting marks.
#[derive(Default)]
struct Names(Vec<String>);

impl ropwire::wire::Dumper for Names {
    fn int(&mut self, name: &str, value: u64, width: u8) {
        self.0.push(format!("{name}={value:#x}/{width}"));
    }
    fn text(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.0.push(format!("{name}={value}"));
    }
    fn raw(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.0.push(format!("{name}={value}"));
    }
    fn bytes(&mut self, name: &str, value: &[u8]) {
        self.0.push(format!("{name}={value:02X?}"));
    }
    fn ints(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>, width: u8) {
        let v: Vec<String> = values.map(|v| format!("{v:#x}")).collect();
        self.0.push(format!("{name}=[{}]/{width}", v.join(",")));
    }
    fn begin(&mut self, name: &str) {
        self.0.push(format!("{name}{{"));
    }
    fn begin_item(&mut self, index: usize) {
        self.0.push(format!("[{index}]{{"));
    }
    fn end(&mut self) {
        self.0.push("}".into());
    }
}

fn dump_names(v: &dyn ropwire::wire::Dump) -> Vec<String> {
    let mut n = Names::default();
    v.dump(&mut n);
    n.0
}

#[test]
fn dumps_report_spec_fields_in_wire_order() {
    let b = [
        0xFE, 0x00, 0x01, 0x01, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, b'x',
        0x00,
    ];
    let r = decode_request(&b).unwrap();
    assert_eq!(
        dump_names(&r),
        [
            "LogonId=0x0/1",
            "OutputHandleIndex=0x1/1",
            "LogonFlags=0x1/1",
            "OpenFlags=0x4/4",
            "StoreState=0x0/4",
            "EssdnSize=0x2/2",
            "Essdn=x",
        ]
    );

    let b = [
        0x06, 0x01, 0, 0, 0, 0, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0x01, 0x23,
    ];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        dump_names(&r),
        [
            "OutputHandleIndex=0x1/1",
            "ReturnValue=0x0/4",
            "HasMessageId=0x1/1",
            "MessageId=0x2301000000000001/8",
        ]
    );

    let mut b = vec![0x02, 0x01, 0, 0, 0, 0, 0x00, 0x01, 0x01, 0x00, 0x01, 0x00];
    b.extend_from_slice(b"pf1\0");
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        dump_names(&r),
        [
            "OutputHandleIndex=0x1/1",
            "ReturnValue=0x0/4",
            "HasRules=0x0/1",
            "IsGhosted=0x1/1",
            "ServerCount=0x1/2",
            "CheapServerCount=0x1/2",
            "Servers{",
            "[0]{",
            "Server=pf1",
            "}",
            "}",
        ]
    );

    let b = [
        0xF9, 0x02, 0x10, 0x27, 0x00, 0x00, 0x01, 0x07, 0xE8, 0x03, 0x00, 0x00, 0x01, 0x00, 0xAA,
    ];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        dump_names(&r),
        [
            "LogonId=0x2/1",
            "Duration=0x2710/4",
            "BackoffRopCount=0x1/1",
            "BackoffRopData{",
            "[0]{",
            "RopIdBackoff=0x7/1",
            "Duration=0x3e8/4",
            "}",
            "}",
            "AdditionalDataSize=0x1/2",
            "AdditionalData=[AA]",
        ]
    );
}
