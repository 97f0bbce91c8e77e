//! Notification ROPs ([MS-OXCROPS] 2.2.14, [MS-OXCNOTIF] 2.2.1.2): RopRegisterNotification,
//! from the real Outlook 2007 batch in `../shared/captures/` and from hand-made buffers
//! for the forms the capture does not show ([MS-OXCNOTIF] section 4 has no byte example of
//! this ROP).

use ropwire::buffer::RopBuffer;
use ropwire::codes::ErrorCode;
use ropwire::data::Id8;
use ropwire::rop::notification::{
    NotificationScope, NotificationTypes, RegisterNotificationRequest, RegisterNotificationResponse,
};
use ropwire::rop::{RopId, RopRequest, RopResponse};
use ropwire::rpc_ext::{MAX_PAYLOAD, RpcChain};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind};

use super::common::{capture, captures_present};
use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, decode_request, decode_response,
    dump_names, encode_checked,
};

/// Where the RopRegisterNotification request of the Tables_operations capture starts in its
/// RopsList: the 6th ROP, after RopGetContentsTable, RopSetColumns, RopFindRow and two
/// RopOpenFolder, the second of which opens the folder it watches.
const REGISTER_NOTIFICATION_AT: usize = 0xFA;

/// The Tables_operations capture (Outlook 2007, [MS-OXCRPC] 2.2.2.1 compressed payload)
/// holds a RopRegisterNotification on a folder: found in the decompressed RopsList, decoded
/// to its fields, re-encoded byte for byte; the ROP after it (RopGetPropertiesSpecific)
/// starts where this decoder says it ends.
#[test]
fn outlook_capture_register_notification() {
    if !captures_present() {
        return;
    }
    let wire = capture("002_Outlook_2007_in_Tables_operations.rgbIn.bin");
    let block = RpcChain::new(&wire).next().unwrap().unwrap();
    let mut scratch = [0u8; MAX_PAYLOAD];
    let payload = block.payload_into(&mut scratch).unwrap();
    let buf = RopBuffer::decode(payload).unwrap();

    // Walk the batch as far as this crate decodes it; once every ROP before it is
    // implemented the walk reaches the RopRegisterNotification at the same offset.
    let mut it = buf.requests();
    while let Some(Ok(rop)) = it.next() {
        if rop.rop_id() == RopId::RegisterNotification {
            let start = buf.rops.len() - it.remaining().len() - rop.encoded_len();
            assert_eq!(start, REGISTER_NOTIFICATION_AT);
        }
    }

    let at = &buf.rops[REGISTER_NOTIFICATION_AT..];
    assert_eq!(at[0], RopId::RegisterNotification.0);
    let (rop, used) = RopRequest::decode_prefix(at).unwrap();
    let RopRequest::RegisterNotification(r) = rop else {
        panic!("{rop:?}")
    };
    assert_eq!(
        r,
        RegisterNotificationRequest {
            logon_id: 0,
            input_handle_index: 2,
            output_handle_index: 5,
            notification_types: NotificationTypes::OBJECT_DELETED
                | NotificationTypes::OBJECT_MODIFIED
                | NotificationTypes::OBJECT_MOVED
                | NotificationTypes::OBJECT_COPIED,
            reserved: None,
            want_whole_store: 0,
            scope: Some(NotificationScope {
                folder_id: Id8::new(0x0001, 0x273B),
                message_id: Id8(0),
            }),
        }
    );
    assert_eq!(r.notification_types.bits(), 0x0078);
    assert_eq!(
        used, 23,
        "RopId, 3 indexes, 2-byte NotificationTypes, WantWholeStore, 2 ids"
    );
    assert_eq!(encode_checked(&rop), &at[..used]);

    // The RopOpenFolder just before it opens that folder and ends where it starts.
    let open_at = REGISTER_NOTIFICATION_AT - 13;
    let (open, used_open) = RopRequest::decode_prefix(&buf.rops[open_at..]).unwrap();
    let RopRequest::OpenFolder(open) = open else {
        panic!("{open:?}")
    };
    assert_eq!(used_open, 13);
    assert_eq!(Some(open.folder_id), r.scope.map(|s| s.folder_id));
    assert_eq!(
        open.input_handle_index, r.input_handle_index,
        "both on the logon"
    );

    // The next ROP starts right after: a RopGetPropertiesSpecific on handle index 4.
    let (next, _) = RopRequest::decode_prefix(&at[used..]).unwrap();
    let RopRequest::GetPropertiesSpecific(next) = next else {
        panic!("{next:?}")
    };
    assert_eq!(next.input_handle_index, 4);
}

/// [MS-OXCROPS] 2.2.14.1.1: WantWholeStore non-zero, no FolderId or MessageId.
#[test]
fn register_notification_whole_store() {
    let b = [0x29, 0x01, 0x00, 0x03, 0x02, 0x00, 0x01];
    let RopRequest::RegisterNotification(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!(
        r,
        RegisterNotificationRequest {
            logon_id: 1,
            input_handle_index: 0,
            output_handle_index: 3,
            notification_types: NotificationTypes::NEW_MAIL,
            reserved: None,
            want_whole_store: 1,
            scope: None,
        }
    );
    assert_eq!(encode_checked(&RopRequest::RegisterNotification(r)), b);
    assert_request_prefixes_fail(&b);

    // Any non-zero WantWholeStore byte means the whole store, and is kept.
    let b = [0x29, 0x00, 0x00, 0x01, 0x00, 0x01, 0x7F];
    let RopRequest::RegisterNotification(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!((r.want_whole_store, r.scope), (0x7F, None));
    assert_eq!(r.notification_types, NotificationTypes::TABLE_MODIFIED);
    assert_eq!(encode_checked(&RopRequest::RegisterNotification(r)), b);
}

/// [MS-OXCNOTIF] 2.2.1.2.1.1: Reserved follows NotificationTypes only when Extended (0x0400)
/// is set.
#[test]
fn register_notification_extended_has_reserved() {
    let mut b = vec![0x29, 0x00, 0x01, 0x02, 0x02, 0x04, 0x00, 0x00];
    b.extend_from_slice(&[0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2A]);
    b.extend_from_slice(&[0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00]);
    let RopRequest::RegisterNotification(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!(
        r.notification_types,
        NotificationTypes::NEW_MAIL | NotificationTypes::EXTENDED
    );
    assert_eq!((r.reserved, r.want_whole_store), (Some(0x00), 0));
    assert_eq!(
        r.scope,
        Some(NotificationScope {
            folder_id: Id8::new(1, 0x2A),
            message_id: Id8::new(1, 0x0100),
        })
    );
    assert_eq!(encode_checked(&RopRequest::RegisterNotification(r)), b);
    assert_request_prefixes_fail(&b);

    // Without Extended the same byte is WantWholeStore: a whole-store registration.
    let b = [0x29, 0x00, 0x01, 0x02, 0x02, 0x00, 0x05];
    let RopRequest::RegisterNotification(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!((r.reserved, r.want_whole_store, r.scope), (None, 5, None));

    assert_eq!(
        dump_names(&RopRequest::RegisterNotification(r)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x1/1",
            "OutputHandleIndex=0x2/1",
            "NotificationTypes=0x2/2",
            "WantWholeStore=0x5/1",
        ]
    );
}

/// Values the wire cannot carry are refused: Reserved without Extended (or the reverse), and
/// FolderId/MessageId that disagree with WantWholeStore.
#[test]
fn register_notification_inconsistent_values_are_refused() {
    let scope = Some(NotificationScope {
        folder_id: Id8::new(1, 1),
        message_id: Id8(0),
    });
    let good = RegisterNotificationRequest {
        logon_id: 0,
        input_handle_index: 0,
        output_handle_index: 1,
        notification_types: NotificationTypes::NEW_MAIL,
        reserved: None,
        want_whole_store: 0,
        scope,
    };
    assert_eq!(good.encode_vec().unwrap().len(), 22);
    for (bad, field) in [
        (
            RegisterNotificationRequest {
                reserved: Some(0),
                ..good
            },
            "Reserved (present exactly when NotificationTypes has Extended)",
        ),
        (
            RegisterNotificationRequest {
                notification_types: NotificationTypes::EXTENDED,
                ..good
            },
            "Reserved (present exactly when NotificationTypes has Extended)",
        ),
        (
            RegisterNotificationRequest {
                want_whole_store: 1,
                ..good
            },
            "FolderId MessageId (present exactly when WantWholeStore is zero)",
        ),
        (
            RegisterNotificationRequest {
                scope: None,
                ..good
            },
            "FolderId MessageId (present exactly when WantWholeStore is zero)",
        ),
    ] {
        assert_eq!(
            bad.encode_vec(),
            Err(EncodeError::InvalidValue { field }),
            "{bad:?}"
        );
    }
}

/// A WantWholeStore of zero promises 16 bytes of ids: a request that ends early is an error
/// at the id that does not fit.
#[test]
fn register_notification_truncated_scope() {
    let b = [0x29, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x01, 0x00];
    assert_eq!(
        RopRequest::decode(&b).unwrap_err(),
        DecodeError {
            offset: 7,
            kind: ErrorKind::Truncated { needed: 6 }
        },
        "FolderId starts at offset 7 with 2 of its 8 bytes"
    );
}

/// [MS-OXCROPS] 2.2.14.1.2: OutputHandleIndex and ReturnValue, the same on failure.
#[test]
fn register_notification_responses() {
    let b = [0x29, 0x05, 0x00, 0x00, 0x00, 0x00];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::RegisterNotification(RegisterNotificationResponse {
            output_handle_index: 5,
            return_value: ErrorCode::SUCCESS,
        })
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    let b = [0x29, 0x05, 0x02, 0x01, 0x04, 0x80];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::RegisterNotification(resp) = r else {
        panic!()
    };
    assert_eq!(resp.return_value, ErrorCode::NOT_SUPPORTED);
    assert_eq!(encode_checked(&r), b);
}
