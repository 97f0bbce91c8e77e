//! The RopId table itself ([MS-OXCROPS] 2.2) and dispatch through `RopRequest` and
//! `RopResponse`: unknown and unsupported ids, responses paired with their requests,
//! random input, the spec field names values report to the dissector, and every generated
//! ROP checked with its strict prefixes.

use std::collections::HashSet;

use proptest::prelude::*;

use ropwire::rop::transport::{SubmitFlags, SubmitMessageRequest};
use ropwire::rop::{Family, RopId, RopRequest, RopResponse};
use ropwire::{Decode, DecodeError, ErrorKind};

use super::{
    check_request_cx, check_response, decode_request, decode_response, decode_response_prefix,
    dump_names, encode_checked,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Every implemented request with its context, from the ROP table: value → bytes →
    /// value through the enum, its RopId first, and no strict prefix decodes.
    #[test]
    fn every_request_checked_with_its_prefixes((cx, rop) in RopRequest::arb()) {
        check_request_cx(&cx, rop);
    }

    /// Every implemented response with its context, from the ROP table: the same, with
    /// the response's wire RopId.
    #[test]
    fn every_response_checked_with_its_prefixes((cx, rop) in RopResponse::arb()) {
        check_response(&cx, rop);
    }
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
    let e = RopRequest::decode(&bytes).unwrap_err();
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
        submit_flags: SubmitFlags::NONE,
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

// ---- field dumps (used by the dissector) ----------------------------------------------

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
            "MessageId=0x0001-0x000000000123",
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
