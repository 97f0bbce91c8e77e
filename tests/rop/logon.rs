//! Logon ROPs ([MS-OXCROPS] 2.2.3, [MS-OXCSTOR] 2.2.1): RopLogon requests and its
//! private, public, redirect and failure responses; the Receive folder ROPs,
//! RopGetStoreState, the public folder replica ROPs, the ID conversions and the per-user
//! information ROPs, RopWritePerUserInformation's request decoded with its logon's kind.

use ropwire::buffer::{RopBuffer, encode_buffer};
use ropwire::codes::ErrorCode;
use ropwire::data::row::{RowKind, RowValue};
use ropwire::data::{Guid, Id8, LongTermId, PropertyTag, PropertyType, PropertyValue};
use ropwire::error::Needed;
use ropwire::rop::folder::ServerList;
use ropwire::rop::logon::*;
use ropwire::rop::table::TableRows;
use ropwire::rop::{
    LogonKinds, NoContext, Present, RequestCx, RopId, RopRequest, RopResponse, RopResult,
};
use ropwire::session::SessionTracker;
use ropwire::wire::{Str8, View, finish};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind, Writer};

use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, check_request, decode_request,
    decode_response, dump_names, encode_checked,
};

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
        (0, 0, LogonFlags::PRIVATE)
    );
    // 0x0100_0C04: USE_PER_MDB_REPLID_MAPPING, NO_MAIL, HOME_LOGON and 0x800, a bit
    // [MS-OXCSTOR] 2.2.1.1.1 does not name.
    assert_eq!(
        r.open_flags,
        OpenFlags::USE_PER_MDB_REPLID_MAPPING
            | OpenFlags::NO_MAIL
            | OpenFlags::HOME_LOGON
            | OpenFlags::from_bits_retain(0x0000_0800)
    );
    assert_eq!(r.store_state, StoreState::empty());
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
    assert_eq!(r.open_flags, OpenFlags::PUBLIC);
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
        result: LogonResult::Private(view),
    }) = &r
    else {
        panic!("{r:?}")
    };
    let p = view.get().expect("a decoded view reads back");
    assert_eq!(p.logon_flags, LogonFlags::PRIVATE);
    assert_eq!(p.folder_ids, folder_ids());
    assert_eq!(p.folder_ids.0[4].replica_id(), 1);
    assert_eq!(p.folder_ids.0[4].global_counter(), 0x14);
    assert_eq!(
        p.response_flags,
        ResponseFlags::RESERVED | ResponseFlags::OWNER_RIGHT | ResponseFlags::SEND_AS_RIGHT
    );
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
    assert_eq!(p.store_state, StoreState::empty());
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // Other LogonFlags bits do not change the layout: Private is what counts.
    let b = logon_private_bytes(0x05);
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Logon(LogonResponse {
        result: LogonResult::Private(view),
        ..
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(
        view.get().map(|p| p.logon_flags),
        Some(LogonFlags::PRIVATE | LogonFlags::GHOSTED)
    );
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
        result: LogonResult::Public(view),
    }) = &r
    else {
        panic!("{r:?}")
    };
    let p = view.get().expect("a decoded view reads back");
    assert_eq!(
        p,
        LogonPublic {
            logon_flags: LogonFlags::empty(),
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
    assert_eq!(red.logon_flags, LogonFlags::PRIVATE);
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
        LogonResult::Public(View::Value(&LogonPublic {
            logon_flags: LogonFlags::PRIVATE,
            folder_ids: folder_ids(),
            repl_id: 0,
            repl_guid: Guid::default(),
            per_user_guid: Guid::default(),
        })),
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

/// EssdnSize 1: an empty Essdn, only its terminator, is not the absent Essdn of size 0
/// (a case proptest once found).
#[test]
fn logon_request_with_an_empty_essdn() {
    check_request(RopRequest::Logon(LogonRequest {
        logon_id: 0,
        output_handle_index: 0,
        logon_flags: LogonFlags::empty(),
        open_flags: OpenFlags::empty(),
        store_state: StoreState::empty(),
        essdn: Some(Str8::new("")),
    }));
}

/// Every bit of LogonFlags, OpenFlags and ResponseFlags survives decode → encode, named or
/// not ([MS-OXCSTOR] 2.2.1.1.1: clients must not set unspecified flags; we keep them).
#[test]
fn logon_unknown_flag_bits_are_kept() {
    // LogonFlags 0x81: Private and an undefined bit; OpenFlags with undefined 0x0000_1000 and
    // 0x8000_0000 next to PUBLIC.
    let b = [
        0xFE, 0x00, 0x00, 0x81, 0x02, 0x10, 0x00, 0x80, 0, 0, 0, 0, 0, 0,
    ];
    let RopRequest::Logon(r) = decode_request(&b).unwrap() else {
        panic!("variant")
    };
    assert!(r.logon_flags.contains(LogonFlags::PRIVATE));
    assert_eq!(r.logon_flags.bits(), 0x81);
    assert_eq!(
        r.logon_flags,
        LogonFlags::PRIVATE | LogonFlags::from_bits_retain(0x80)
    );
    assert_eq!(r.open_flags.bits(), 0x8000_1002);
    assert!(r.open_flags.contains(OpenFlags::PUBLIC));
    assert!(!r.open_flags.contains(OpenFlags::USE_ADMIN_PRIVILEGE));
    assert_eq!(encode_checked(&RopRequest::Logon(r)), b);

    // ResponseFlags 0xF1: Reserved, OOF and three undefined bits; the echoed LogonFlags
    // 0x0B (Private | Undercover | SpoolerProcess) still selects the private layout.
    let mut b = logon_private_bytes(0x0B);
    b[6 + 1 + 13 * 8] = 0xF1;
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Logon(LogonResponse {
        result: LogonResult::Private(view),
        ..
    }) = &r
    else {
        panic!("{r:?}")
    };
    let p = view.get().expect("a decoded view reads back");
    assert_eq!(
        p.logon_flags,
        LogonFlags::PRIVATE | LogonFlags::UNDERCOVER | LogonFlags::SPOOLER_PROCESS
    );
    assert!(
        p.response_flags
            .contains(ResponseFlags::RESERVED | ResponseFlags::OOF)
    );
    assert!(!p.response_flags.contains(ResponseFlags::OWNER_RIGHT));
    assert_eq!(p.response_flags.bits(), 0xF1);
    assert_eq!(encode_checked(&r), b);

    // A value built with an unknown bit encodes it as is.
    let v = LogonRequest {
        logon_id: 1,
        output_handle_index: 2,
        logon_flags: LogonFlags::from_bits_retain(0x40),
        open_flags: OpenFlags::SUPPORT_PROGRESS | OpenFlags::from_bits_retain(0x0000_0010),
        store_state: StoreState::empty(),
        essdn: None,
    };
    assert_eq!(
        encode_checked(&RopRequest::Logon(v)),
        [
            0xFE, 0x01, 0x02, 0x40, 0x10, 0x00, 0x00, 0x20, 0, 0, 0, 0, 0, 0
        ]
    );
}

// ---- helpers for the ROPs after RopLogon ----------------------------------------------

/// A request vector: decodes to `want`, re-encodes byte for byte, no strict prefix decodes.
fn request_vector(bytes: &[u8], want: RopRequest<'_>) {
    assert_eq!(decode_request(bytes), Ok(want));
    assert_eq!(encode_checked(&want), bytes);
    assert_request_prefixes_fail(bytes);
}

/// A response vector: the same for a self-delimiting response.
fn response_vector(bytes: &[u8], want: RopResponse<'_>) {
    assert_eq!(decode_response(bytes, None), Ok(want));
    assert_eq!(encode_checked(&want), bytes);
    assert_response_prefixes_fail(bytes, None);
}

/// Folder ID 0x0001-0x00000000A123 as on the wire (ReplicaId LE, GlobalCounter BE).
const FID: [u8; 8] = [0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xA1, 0x23];

fn fid() -> Id8 {
    Id8::new(1, 0xA123)
}

/// A LongTermID on the wire: GUID_A, GlobalCounter 0x00000000A123, Pad 0x0000.
const LTID: [u8; 24] = [
    0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF, 0x00,
    0x00, 0x00, 0x00, 0x00, 0xA1, 0x23, 0x00, 0x00,
];

fn ltid_bytes() -> Vec<u8> {
    LTID.to_vec()
}

fn ltid() -> LongTermId {
    LongTermId::new(Guid(GUID_A), 0xA123)
}

// ---- LongTermID ([MS-OXCDATA] 2.2.1.3.1) ------------------------------------------------

#[test]
fn long_term_id_layout_and_a_pad_kept_as_sent() {
    let b = ltid_bytes();
    assert_eq!(b.len(), LongTermId::SIZE);
    let v = LongTermId::decode(&b).unwrap();
    assert_eq!(v, ltid());
    assert_eq!(v.database_guid, Guid(GUID_A));
    assert_eq!(v.global_counter, [0, 0, 0, 0, 0xA1, 0x23]);
    assert_eq!(v.counter(), 0xA123);
    assert_eq!(v.pad, 0);
    // From and to the short-term ID: REPLGUID + GLOBCNT + Pad 0 ([MS-OXCSTOR] 3.2.5.8).
    assert_eq!(LongTermId::from_id(Guid(GUID_A), fid()), v);
    assert_eq!(v.to_id(1), fid());
    assert_eq!(v.to_bytes(), LTID);
    assert_eq!(LongTermId::from_bytes(&LTID), v);
    assert_eq!(
        v.to_string(),
        "{44332211-6655-8877-99AA-BBCCDDEEFF00}-0x00000000A123"
    );
    assert_eq!(encode_checked(&v), b);

    // MAPI's LTID calls the Pad wLevel: a non-zero one decodes, shows and re-encodes as is.
    let mut b = ltid_bytes();
    b[22] = 0x02;
    let v = LongTermId::decode(&b).unwrap();
    assert_eq!(v.pad, 0x0002);
    assert_ne!(v, ltid());
    assert!(v.to_string().ends_with("-0x00000000A123/0x0002"));
    assert_eq!(encode_checked(&v), b);
    assert_eq!(
        LongTermId::decode(&b[..23]).unwrap_err().kind,
        ErrorKind::Truncated { needed: 1 }
    );
}

// ---- Receive folders ([MS-OXCROPS] 2.2.3.2–2.2.3.4) --------------------------------------

#[test]
fn get_receive_folder() {
    request_vector(
        b"\x27\x00\x02IPM.Note.Sample\x00",
        RopRequest::GetReceiveFolder(GetReceiveFolderRequest {
            logon_id: 0,
            input_handle_index: 2,
            message_class: Str8::new("IPM.Note.Sample"),
        }),
    );
    // The explicit class is the configured parent class ([MS-OXCSTOR] 2.2.1.2.2).
    let mut b = vec![0x27, 0x02, 0, 0, 0, 0];
    b.extend_from_slice(&FID);
    b.extend_from_slice(b"IPM.Note\0");
    response_vector(
        &b,
        RopResponse::GetReceiveFolder(GetReceiveFolderResponse {
            input_handle_index: 2,
            result: RopResult::Success(GetReceiveFolderSuccess {
                folder_id: fid(),
                explicit_message_class: Str8::new("IPM.Note"),
            }),
        }),
    );
    // Failure: ecNotFound (0x8004010F), no further fields.
    response_vector(
        &[0x27, 0x02, 0x0F, 0x01, 0x04, 0x80],
        RopResponse::GetReceiveFolder(GetReceiveFolderResponse {
            input_handle_index: 2,
            result: RopResult::Failure(0x8004_010F),
        }),
    );
    // MessageClass must end in its NUL.
    assert_eq!(
        decode_request(b"\x27\x00\x02IPM").unwrap_err(),
        DecodeError {
            offset: 3,
            kind: ErrorKind::Truncated { needed: 1 }
        }
    );
}

#[test]
fn set_receive_folder() {
    let mut b = vec![0x26, 0x00, 0x01];
    b.extend_from_slice(&FID);
    b.extend_from_slice(b"IPM\0");
    request_vector(
        &b,
        RopRequest::SetReceiveFolder(SetReceiveFolderRequest {
            logon_id: 0,
            input_handle_index: 1,
            folder_id: fid(),
            message_class: Str8::new("IPM"),
        }),
    );
    // The response has the same layout for success and failure.
    for (bytes, code) in [
        ([0x26, 0x01, 0, 0, 0, 0], ErrorCode::SUCCESS),
        (
            [0x26, 0x01, 0x57, 0x00, 0x07, 0x80],
            ErrorCode::INVALID_PARAMETER,
        ),
    ] {
        response_vector(
            &bytes,
            RopResponse::SetReceiveFolder(SetReceiveFolderResponse {
                input_handle_index: 1,
                return_value: code,
            }),
        );
    }
}

/// Two rows over the fixed columns: a StandardPropertyRow, then a FlaggedPropertyRow whose
/// message class has no value and whose time is an error ([MS-OXCSTOR] 2.2.1.4.2).
fn receive_folder_table_bytes() -> Vec<u8> {
    let mut b = vec![0x68, 0x03, 0, 0, 0, 0];
    b.extend_from_slice(&2u32.to_le_bytes()); // RowCount: 4 bytes
    b.push(0x00); // StandardPropertyRow
    b.extend_from_slice(&FID); // PidTagFolderId
    b.extend_from_slice(b"IPM.Note\0"); // PidTagMessageClass, PtypString8
    b.extend_from_slice(&0x01DC_0000_1234_5678u64.to_le_bytes()); // PidTagLastModificationTime
    b.push(0x01); // FlaggedPropertyRow
    b.push(0x00); // Flag: value
    b.extend_from_slice(&FID);
    b.push(0x01); // Flag: no value
    b.push(0x0A); // Flag: error
    b.extend_from_slice(&0x8004_010Fu32.to_le_bytes());
    b
}

#[test]
fn get_receive_folder_table_rows_follow_the_fixed_columns() {
    request_vector(
        &[0x68, 0x00, 0x03],
        RopRequest::GetReceiveFolderTable(GetReceiveFolderTableRequest {
            logon_id: 0,
            input_handle_index: 3,
        }),
    );
    assert_eq!(
        RECEIVE_FOLDER_COLUMNS,
        [
            PropertyTag(0x6748_0014),
            PropertyTag(0x001A_001E),
            PropertyTag(0x3008_0040)
        ]
    );
    assert_eq!(
        RECEIVE_FOLDER_COLUMNS[1].prop_type(),
        PropertyType::PtypString8
    );

    let b = receive_folder_table_bytes();
    let r = decode_response(&b, None).unwrap();
    let RopResponse::GetReceiveFolderTable(GetReceiveFolderTableResponse {
        input_handle_index: 3,
        result: RopResult::Success(s),
    }) = &r
    else {
        panic!("{r:?}")
    };
    let rows: Vec<_> = s.rows.iter().collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].kind(), RowKind::Standard);
    assert_eq!(
        rows[0].iter().map(|(_, v)| v).collect::<Vec<_>>(),
        [
            RowValue::Value(PropertyValue::Integer64(0x23A1_0000_0000_0001)),
            RowValue::Value(PropertyValue::String8(Str8::new("IPM.Note"))),
            RowValue::Value(PropertyValue::Time(0x01DC_0000_1234_5678)),
        ]
    );
    assert_eq!(
        Id8(0x23A1_0000_0000_0001),
        fid(),
        "the FID as a PtypInteger64"
    );
    assert_eq!(rows[1].kind(), RowKind::Flagged);
    assert_eq!(
        rows[1].iter().map(|(_, v)| v).collect::<Vec<_>>(),
        [
            RowValue::Value(PropertyValue::Integer64(0x23A1_0000_0000_0001)),
            RowValue::NotFound {
                prop_type: PropertyType::PtypString8
            },
            RowValue::Error {
                prop_type: PropertyType::PtypTime,
                code: 0x8004_010F
            },
        ]
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // A RowCount the bytes cannot hold is refused at the count, before anything is sized.
    let mut big = b.clone();
    big[6..10].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
    assert_eq!(
        decode_response(&big, None).unwrap_err(),
        DecodeError {
            offset: 10,
            kind: ErrorKind::CountTooLarge { field: "RowCount" }
        }
    );
    // An empty table and a failure.
    response_vector(
        &[0x68, 0x03, 0, 0, 0, 0, 0, 0, 0, 0],
        RopResponse::GetReceiveFolderTable(GetReceiveFolderTableResponse {
            input_handle_index: 3,
            result: RopResult::Success(GetReceiveFolderTableSuccess {
                rows: ReceiveFolderRows::default(),
            }),
        }),
    );
    response_vector(
        &[0x68, 0x03, 0x02, 0x01, 0x04, 0x80],
        RopResponse::GetReceiveFolderTable(GetReceiveFolderTableResponse {
            input_handle_index: 3,
            result: RopResult::Failure(0x8004_0102),
        }),
    );
}

#[test]
fn receive_folder_rows_over_other_columns_are_refused() {
    // PidTagMessageClass as PtypString (0x001A001F): not the table's column set.
    let columns = [
        PropertyTag(0x6748_0014),
        PropertyTag(0x001A_001F),
        PropertyTag(0x3008_0040),
    ];
    let cells = [
        RowValue::Value(PropertyValue::Integer64(1)),
        RowValue::Value(PropertyValue::String(ropwire::wire::Utf16Str::Str("IPM"))),
        RowValue::Value(PropertyValue::Time(0)),
    ];
    let rows = [ropwire::data::PropertyRow::new(
        ropwire::wire::LeArray::Slice(&columns),
        RowKind::Standard,
        ropwire::data::row::RowCells::Items(&cells),
    )];
    let v = RopResponse::GetReceiveFolderTable(GetReceiveFolderTableResponse {
        input_handle_index: 0,
        result: RopResult::Success(GetReceiveFolderTableSuccess {
            rows: ReceiveFolderRows(TableRows::new(&rows)),
        }),
    });
    let mut buf = [0u8; 64];
    assert!(matches!(
        v.encode_into(&mut buf),
        Err(EncodeError::InvalidValue { .. })
    ));
}

// ---- RopGetStoreState ([MS-OXCROPS] 2.2.3.5) --------------------------------------------

#[test]
fn get_store_state() {
    request_vector(
        &[0x7B, 0x00, 0x00],
        RopRequest::GetStoreState(GetStoreStateRequest {
            logon_id: 0,
            input_handle_index: 0,
        }),
    );
    response_vector(
        &[0x7B, 0x00, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x01],
        RopResponse::GetStoreState(GetStoreStateResponse {
            input_handle_index: 0,
            result: RopResult::Success(GetStoreStateSuccess {
                store_state: StoreState::STORE_HAS_SEARCHES,
            }),
        }),
    );
    // Bits [MS-OXCSTOR] 2.2.1.5.2 forbids are kept (liberal in what we read).
    let b = [0x7B, 0x00, 0, 0, 0, 0, 0x01, 0x00, 0x00, 0x01];
    let RopResponse::GetStoreState(r) = decode_response(&b, None).unwrap() else {
        panic!("variant")
    };
    let state = r.result.success().unwrap().store_state;
    assert!(state.contains(StoreState::STORE_HAS_SEARCHES));
    assert_eq!(state.bits(), 0x0100_0001);
    assert_eq!(encode_checked(&RopResponse::GetStoreState(r)), b);
}

// ---- Public folder replicas ([MS-OXCROPS] 2.2.3.6–2.2.3.7) ------------------------------

fn two_servers(b: &mut Vec<u8>) {
    b.extend_from_slice(&[0x02, 0x00, 0x01, 0x00]); // count 2, cheap 1
    b.extend_from_slice(b"/o=Org/cn=PF01\0/o=Org/cn=PF02\0");
}

#[test]
fn get_owning_servers() {
    let mut b = vec![0x42, 0x00, 0x01];
    b.extend_from_slice(&FID);
    request_vector(
        &b,
        RopRequest::GetOwningServers(GetOwningServersRequest {
            logon_id: 0,
            input_handle_index: 1,
            folder_id: fid(),
        }),
    );
    let mut b = vec![0x42, 0x01, 0, 0, 0, 0];
    two_servers(&mut b);
    let r = decode_response(&b, None).unwrap();
    let RopResponse::GetOwningServers(GetOwningServersResponse {
        result: RopResult::Success(s),
        ..
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(s.owning_servers.cheap_server_count, 1);
    assert_eq!(
        s.owning_servers.servers.iter().collect::<Vec<_>>(),
        [Str8::new("/o=Org/cn=PF01"), Str8::new("/o=Org/cn=PF02")]
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);
    // The dissector names the fields as RopGetOwningServers does.
    assert_eq!(
        dump_names(&r),
        [
            "InputHandleIndex=0x1/1",
            "ReturnValue=0x0/4",
            "OwningServersCount=0x2/2",
            "CheapServersCount=0x1/2",
            "OwningServers{",
            "[0]{",
            "Server=/o=Org/cn=PF01",
            "}",
            "[1]{",
            "Server=/o=Org/cn=PF02",
            "}",
            "}",
        ]
    );
    // An OwningServersCount the bytes cannot hold is refused at the list, by its name.
    let mut big = b.clone();
    big[6] = 0xFF;
    assert_eq!(
        decode_response(&big, None).unwrap_err(),
        DecodeError {
            offset: 10,
            kind: ErrorKind::CountTooLarge {
                field: "OwningServersCount"
            }
        }
    );
    // A CheapServersCount above OwningServersCount ([MS-OXCSTOR] 2.2.1.6.2 forbids it) is
    // kept, not refused: the list still reads.
    let mut odd = b.clone();
    odd[8] = 0x05;
    let r = decode_response(&odd, None).unwrap();
    assert_eq!(encode_checked(&r), odd);
}

#[test]
fn public_folder_is_ghosted() {
    // Not ghosted: IsGhosted 0 and nothing after it.
    response_vector(
        &[0x45, 0x01, 0, 0, 0, 0, 0x00],
        RopResponse::PublicFolderIsGhosted(PublicFolderIsGhostedResponse {
            input_handle_index: 1,
            result: RopResult::Success(PublicFolderIsGhostedSuccess {
                ghosted: Present::none(),
            }),
        }),
    );
    // Ghosted: the replica list follows any non-zero IsGhosted, whose byte is kept.
    for flag in [0x01u8, 0xFF] {
        let mut b = vec![0x45, 0x01, 0, 0, 0, 0, flag];
        two_servers(&mut b);
        let r = decode_response(&b, None).unwrap();
        let RopResponse::PublicFolderIsGhosted(PublicFolderIsGhostedResponse {
            result: RopResult::Success(s),
            ..
        }) = &r
        else {
            panic!("{r:?}")
        };
        assert_eq!(s.ghosted.flag, flag);
        let list: ServerList<'_> = s.ghosted.value.unwrap();
        assert_eq!(list.servers.len(), 2);
        assert_eq!(encode_checked(&r), b);
        assert_response_prefixes_fail(&b, None);
        let names = dump_names(&r);
        assert_eq!(
            names[2..5],
            [
                format!("IsGhosted={flag:#x}/1"),
                "ServersCount=0x2/2".to_string(),
                "CheapServersCount=0x1/2".to_string()
            ]
        );
        assert_eq!(names[5], "Servers{");
        let mut big = b.clone();
        big[7] = 0x40;
        assert_eq!(
            decode_response(&big, None).unwrap_err().kind,
            ErrorKind::CountTooLarge {
                field: "ServersCount"
            }
        );
    }
    let mut b = vec![0x45, 0x00, 0x01];
    b.extend_from_slice(&FID);
    request_vector(
        &b,
        RopRequest::PublicFolderIsGhosted(PublicFolderIsGhostedRequest {
            logon_id: 0,
            input_handle_index: 1,
            folder_id: fid(),
        }),
    );
}

// ---- ID conversions ([MS-OXCROPS] 2.2.3.8–2.2.3.9) --------------------------------------

#[test]
fn long_term_id_from_id_and_back() {
    let mut b = vec![0x43, 0x00, 0x00];
    b.extend_from_slice(&FID);
    request_vector(
        &b,
        RopRequest::LongTermIdFromId(LongTermIdFromIdRequest {
            logon_id: 0,
            input_handle_index: 0,
            object_id: fid(),
        }),
    );
    let mut b = vec![0x43, 0x00, 0, 0, 0, 0];
    b.extend_from_slice(&ltid_bytes());
    response_vector(
        &b,
        RopResponse::LongTermIdFromId(LongTermIdFromIdResponse {
            input_handle_index: 0,
            result: RopResult::Success(LongTermIdFromIdSuccess {
                long_term_id: ltid(),
            }),
        }),
    );

    let mut b = vec![0x44, 0x00, 0x00];
    b.extend_from_slice(&ltid_bytes());
    request_vector(
        &b,
        RopRequest::IdFromLongTermId(IdFromLongTermIdRequest {
            logon_id: 0,
            input_handle_index: 0,
            long_term_id: ltid(),
        }),
    );
    let mut b = vec![0x44, 0x00, 0, 0, 0, 0];
    b.extend_from_slice(&FID);
    response_vector(
        &b,
        RopResponse::IdFromLongTermId(IdFromLongTermIdResponse {
            input_handle_index: 0,
            result: RopResult::Success(IdFromLongTermIdSuccess { object_id: fid() }),
        }),
    );
    // ecNotFound: the REPLID is not mapped ([MS-OXCSTOR] 3.2.5.8).
    response_vector(
        &[0x43, 0x00, 0x0F, 0x01, 0x04, 0x80],
        RopResponse::LongTermIdFromId(LongTermIdFromIdResponse {
            input_handle_index: 0,
            result: RopResult::Failure(0x8004_010F),
        }),
    );
}

// ---- Per-user information ([MS-OXCROPS] 2.2.3.10–2.2.3.13) ------------------------------

#[test]
fn get_per_user_long_term_ids_and_guid() {
    let mut b = vec![0x60, 0x00, 0x00];
    b.extend_from_slice(&GUID_B);
    request_vector(
        &b,
        RopRequest::GetPerUserLongTermIds(GetPerUserLongTermIdsRequest {
            logon_id: 0,
            input_handle_index: 0,
            database_guid: Guid(GUID_B),
        }),
    );
    let mut b = vec![0x60, 0x00, 0, 0, 0, 0, 0x02, 0x00];
    b.extend_from_slice(&ltid_bytes());
    let mut second = ltid_bytes();
    second[21] = 0x24;
    b.extend_from_slice(&second);
    let r = decode_response(&b, None).unwrap();
    let RopResponse::GetPerUserLongTermIds(GetPerUserLongTermIdsResponse {
        result: RopResult::Success(s),
        ..
    }) = &r
    else {
        panic!("{r:?}")
    };
    let ids: Vec<LongTermId> = s.long_term_ids.iter().collect();
    assert_eq!(ids, [ltid(), LongTermId::new(Guid(GUID_A), 0xA124)]);
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);
    // ecNotSupported against a public folders logon ([MS-OXCSTOR] 3.2.5.10).
    response_vector(
        &[0x60, 0x00, 0x02, 0x01, 0x04, 0x80],
        RopResponse::GetPerUserLongTermIds(GetPerUserLongTermIdsResponse {
            input_handle_index: 0,
            result: RopResult::Failure(0x8004_0102),
        }),
    );

    let mut b = vec![0x61, 0x00, 0x00];
    b.extend_from_slice(&ltid_bytes());
    request_vector(
        &b,
        RopRequest::GetPerUserGuid(GetPerUserGuidRequest {
            logon_id: 0,
            input_handle_index: 0,
            long_term_id: ltid(),
        }),
    );
    let mut b = vec![0x61, 0x00, 0, 0, 0, 0];
    b.extend_from_slice(&GUID_B);
    response_vector(
        &b,
        RopResponse::GetPerUserGuid(GetPerUserGuidResponse {
            input_handle_index: 0,
            result: RopResult::Success(GetPerUserGuidSuccess {
                database_guid: Guid(GUID_B),
            }),
        }),
    );
}

#[test]
fn read_per_user_information() {
    let mut b = vec![0x63, 0x00, 0x01];
    b.extend_from_slice(&ltid_bytes());
    b.push(0x00); // Reserved
    b.extend_from_slice(&0x10u32.to_le_bytes()); // DataOffset
    b.extend_from_slice(&0x1000u16.to_le_bytes()); // MaxDataSize
    let want = ReadPerUserInformationRequest {
        logon_id: 0,
        input_handle_index: 1,
        folder_id: ltid(),
        reserved: 0,
        data_offset: 0x10,
        max_data_size: 0x1000,
    };
    request_vector(&b, RopRequest::ReadPerUserInformation(want));
    // A Reserved byte other than 0x00 is ignored by the server and kept here.
    b[3 + 24] = 0x01;
    request_vector(
        &b,
        RopRequest::ReadPerUserInformation(ReadPerUserInformationRequest {
            reserved: 1,
            ..want
        }),
    );

    let b = [0x63, 0x01, 0, 0, 0, 0, 0x00, 0x03, 0x00, 0xAA, 0xBB, 0xCC];
    response_vector(
        &b,
        RopResponse::ReadPerUserInformation(ReadPerUserInformationResponse {
            input_handle_index: 1,
            result: RopResult::Success(ReadPerUserInformationSuccess {
                has_finished: 0,
                data: &[0xAA, 0xBB, 0xCC],
            }),
        }),
    );
    // DataSize larger than the bytes left.
    assert!(matches!(
        decode_response(&b[..11], None).unwrap_err().kind,
        ErrorKind::Truncated { .. } | ErrorKind::CountTooLarge { .. }
    ));
}

/// RopWritePerUserInformation for LogonId 3, DataOffset `offset`, Data AA BB, and ReplGuid
/// GUID_B when `guid`.
fn write_per_user_bytes(offset: u32, guid: bool) -> Vec<u8> {
    let mut b = vec![0x64, 0x03, 0x01];
    b.extend_from_slice(&ltid_bytes()); // FolderId
    b.push(0x01); // HasFinished
    b.extend_from_slice(&offset.to_le_bytes()); // DataOffset
    b.extend_from_slice(&[0x02, 0x00, 0xAA, 0xBB]); // DataSize, Data
    if guid {
        b.extend_from_slice(&GUID_B); // ReplGuid
    }
    b
}

fn write_per_user(offset: u32, guid: Option<&'static [u8; 16]>) -> RopRequest<'static> {
    RopRequest::WritePerUserInformation(WritePerUserInformationRequest {
        logon_id: 3,
        input_handle_index: 1,
        folder_id: &LTID,
        has_finished: 1,
        data_offset: offset,
        data: &[0xAA, 0xBB],
        repl_guid: guid,
    })
}

/// Decodes one whole request with the logon kinds `kinds`.
fn decode_with(bytes: &[u8], kinds: LogonKinds) -> Result<RopRequest<'_>, DecodeError> {
    finish(bytes, |i| {
        RopRequest::parse_with(i, &RequestCx::with_context(&kinds))
    })
}

#[test]
fn write_per_user_information_needs_the_logon_kind() {
    assert!(RopId::WritePerUserInformation.request_needs_context());
    assert!(!RopId::WritePerUserInformation.response_needs_context());
    let mut private = LogonKinds::new();
    private.set(3, true);
    let mut public = LogonKinds::new();
    public.set(3, false);

    // Private mailbox logon, first block: ReplGuid follows Data.
    let b = write_per_user_bytes(0, true);
    let want = write_per_user(0, Some(&GUID_B));
    assert_eq!(decode_with(&b, private), Ok(want));
    let RopRequest::WritePerUserInformation(r) = want else {
        unreachable!()
    };
    assert_eq!(r.repl_guid(), Some(Guid(GUID_B)));
    assert_eq!(r.folder_id(), ltid());
    assert_eq!(encode_checked(&want), b);
    // Without the kind: NeedsContext where ReplGuid would start, never a guess.
    let at = 3 + 24 + 1 + 4 + 2 + 2;
    assert_eq!(
        decode_request(&b).unwrap_err(),
        DecodeError {
            offset: at,
            kind: ErrorKind::NeedsContext(Needed::LogonKind { logon_id: 3 })
        }
    );
    // Read as a public logon the same bytes end before ReplGuid: 16 bytes are left over.
    assert_eq!(
        decode_with(&b, public).unwrap_err(),
        DecodeError {
            offset: at,
            kind: ErrorKind::TrailingBytes
        }
    );

    // Public folders logon: no ReplGuid.
    let b = write_per_user_bytes(0, false);
    assert_eq!(decode_with(&b, public), Ok(write_per_user(0, None)));
    assert_eq!(encode_checked(&write_per_user(0, None)), b);
    // Private logon with the ReplGuid missing: truncated at ReplGuid.
    assert_eq!(
        decode_with(&b, private).unwrap_err(),
        DecodeError {
            offset: at,
            kind: ErrorKind::Truncated { needed: 16 }
        }
    );

    // Later blocks (DataOffset not 0) never carry ReplGuid and need no context.
    let b = write_per_user_bytes(0x20, false);
    assert_eq!(decode_request(&b), Ok(write_per_user(0x20, None)));
    assert_eq!(decode_with(&b, private), Ok(write_per_user(0x20, None)));
    assert_request_prefixes_fail(&b);

    // A ReplGuid with a non-zero DataOffset would not decode back: refused.
    let mut buf = [0u8; 64];
    assert_eq!(
        write_per_user(0x20, Some(&GUID_B)).encode_into(&mut buf),
        Err(EncodeError::InvalidValue {
            field: "ReplGuid (with a DataOffset other than 0)"
        })
    );

    // The response: ReturnValue only, success or failure.
    response_vector(
        &[0x64, 0x01, 0x05, 0x00, 0x07, 0x80],
        RopResponse::WritePerUserInformation(WritePerUserInformationResponse {
            input_handle_index: 1,
            return_value: ErrorCode::ACCESS_DENIED,
        }),
    );
}

#[test]
fn write_per_user_information_field_names() {
    let v = write_per_user(0, Some(&GUID_B));
    let names = dump_names(&v);
    assert_eq!(
        names[..3],
        ["LogonId=0x3/1", "InputHandleIndex=0x1/1", "FolderId{"]
    );
    assert_eq!(
        names[3..],
        [
            "DatabaseGuid={44332211-6655-8877-99AA-BBCCDDEEFF00}",
            "GlobalCounter=[00, 00, 00, 00, A1, 23]",
            "Pad=0x0/2",
            "}",
            "HasFinished=0x1/1",
            "DataOffset=0x0/4",
            "DataSize=0x2/2",
            "Data=[AA, BB]",
            "ReplGuid={B3B2B1B0-B5B4-B7B6-B8B9-BABBBCBDBEBF}",
        ]
    );
    // Without ReplGuid the field is not reported.
    assert_eq!(
        dump_names(&write_per_user(0x20, None))
            .last()
            .map(String::as_str),
        Some("Data=[AA, BB]")
    );
}

/// A ROP buffer of `rops` (handle 0x42).
fn rop_buffer(rops: &[RopRequest<'_>]) -> Vec<u8> {
    let mut mem = vec![0u8; 512];
    let mut w = Writer::new(&mut mem);
    encode_buffer(&mut w, rops, &[0x42]).unwrap();
    let n = w.position();
    mem.truncate(n);
    mem
}

fn logon(logon_id: u8, flags: LogonFlags) -> RopRequest<'static> {
    RopRequest::Logon(LogonRequest {
        logon_id,
        output_handle_index: 0,
        logon_flags: flags,
        open_flags: OpenFlags::USE_PER_MDB_REPLID_MAPPING,
        store_state: StoreState::empty(),
        essdn: None,
    })
}

#[test]
fn request_batches_learn_the_logon_kind() {
    // In one batch: the RopLogon's Private bit decides the layout of the later request.
    let b = rop_buffer(&[
        logon(3, LogonFlags::PRIVATE),
        write_per_user(0, Some(&GUID_B)),
    ]);
    let buf = RopBuffer::decode(&b).unwrap();
    let rops: Vec<_> = buf.requests().collect::<Result<_, _>>().unwrap();
    assert_eq!(rops[1], write_per_user(0, Some(&GUID_B)));
    let mut it = buf.requests();
    it.next();
    assert_eq!(it.logons().get(3), Some(true));

    // A later RopLogon with the same LogonId replaces the logon ([MS-OXCROPS] 2.2.3.1.1).
    let b = rop_buffer(&[
        logon(3, LogonFlags::PRIVATE),
        logon(3, LogonFlags::empty()),
        write_per_user(0, None),
    ]);
    let buf = RopBuffer::decode(&b).unwrap();
    assert_eq!(buf.requests().nth(2).unwrap(), Ok(write_per_user(0, None)));

    // A logon opened in an earlier batch: the iterator alone stops with NeedsContext after
    // the ROPs before it; with the kinds from outside it decodes.
    let b = rop_buffer(&[
        RopRequest::GetStoreState(GetStoreStateRequest {
            logon_id: 3,
            input_handle_index: 0,
        }),
        write_per_user(0, Some(&GUID_B)),
    ]);
    let buf = RopBuffer::decode(&b).unwrap();
    let plain: Vec<_> = buf.requests().collect();
    assert_eq!(plain.len(), 2);
    assert!(plain[0].is_ok());
    assert_eq!(
        plain[1],
        Err(DecodeError {
            offset: 2 + 3 + 3 + 24 + 1 + 4 + 2 + 2,
            kind: ErrorKind::NeedsContext(Needed::LogonKind { logon_id: 3 })
        })
    );
    let mut kinds = LogonKinds::new();
    kinds.set(3, true);
    let with: Vec<_> = buf.requests_with(kinds).collect::<Result<_, _>>().unwrap();
    assert_eq!(with[1], write_per_user(0, Some(&GUID_B)));
}

#[test]
fn the_tracker_carries_the_logon_kind_to_later_batches() {
    // Batch 1: a successful private RopLogon for LogonId 3.
    let req1 = rop_buffer(&[logon(3, LogonFlags::PRIVATE)]);
    let mut resp1 = logon_private_bytes(0x01);
    resp1[1] = 0; // OutputHandleIndex 0, as requested
    let mut mem = vec![0u8; 512];
    let mut w = Writer::new(&mut mem);
    let mut rb = ropwire::buffer::RopBufferWriter::begin(&mut w).unwrap();
    rb.push(&decode_response(&resp1, None).unwrap()).unwrap();
    rb.finish(&[0x42]).unwrap();
    let n = w.position();
    mem.truncate(n);
    let (rq1, rs1) = (
        RopBuffer::decode(&req1).unwrap(),
        RopBuffer::decode(&mem).unwrap(),
    );
    let mut tracker = SessionTracker::<4, 8>::new();
    tracker.observe(&rq1, &rs1).unwrap();
    assert_eq!(tracker.logon_is_private(3), Some(true));

    // Batch 2: RopWritePerUserInformation on that logon, and its response.
    let req2 = rop_buffer(&[write_per_user(0, Some(&GUID_B))]);
    let rq2 = RopBuffer::decode(&req2).unwrap();
    assert!(rq2.requests().next().unwrap().is_err());
    assert_eq!(
        rq2.requests_with(tracker.logon_kinds()).next(),
        Some(Ok(write_per_user(0, Some(&GUID_B))))
    );
    assert_eq!(
        rq2.requests_with(tracker.context()).next(),
        Some(Ok(write_per_user(0, Some(&GUID_B))))
    );
    let resp2 = rop_buffer_responses(&[RopResponse::WritePerUserInformation(
        WritePerUserInformationResponse {
            input_handle_index: 1,
            return_value: ErrorCode::SUCCESS,
        },
    )]);
    let rs2 = RopBuffer::decode(&resp2).unwrap();
    // Pairing decodes the request with the same context it decodes responses with.
    let paired: Vec<_> = rs2
        .responses(Some(&rq2), &tracker.context())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(paired[0].request, Some(write_per_user(0, Some(&GUID_B))));
    // Without the context the request cannot be paired, and the response still decodes.
    let alone: Vec<_> = rs2
        .responses(Some(&rq2), &NoContext)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(alone[0].request, None);
    tracker.observe(&rq2, &rs2).unwrap();
}

fn rop_buffer_responses(rops: &[RopResponse<'_>]) -> Vec<u8> {
    let mut mem = vec![0u8; 512];
    let mut w = Writer::new(&mut mem);
    encode_buffer(&mut w, rops, &[0x42]).unwrap();
    let n = w.position();
    mem.truncate(n);
    mem
}

/// Every Logon ROP decodes and encodes both ways; only RopWritePerUserInformation's
/// request needs context.
#[test]
fn the_logon_family_is_complete() {
    let family: Vec<RopId> = RopId::ALL
        .iter()
        .copied()
        .filter(|id| id.family() == Some(ropwire::rop::Family::Logon))
        .collect();
    assert_eq!(family.len(), 13);
    for id in &family {
        assert!(id.request_supported(), "{id:?}");
        assert!(id.response_supported(), "{id:?}");
        assert_eq!(
            id.request_needs_context(),
            *id == RopId::WritePerUserInformation,
            "{id:?}"
        );
        assert!(!id.response_needs_context(), "{id:?}");
    }
}
