//! Logon ROPs ([MS-OXCROPS] 2.2.3): RopLogon requests and its private, public, redirect
//! and failure responses.

use ropwire::data::{Guid, Id8};
use ropwire::rop::logon::{
    EC_WRONG_SERVER, FolderIds, LogonFlags, LogonPublic, LogonRequest, LogonResponse, LogonResult,
    LogonTime, OpenFlags, ResponseFlags,
};
use ropwire::rop::{RopRequest, RopResponse};
use ropwire::wire::{Str8, View};
use ropwire::{Encode, EncodeError, ErrorKind};

use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, check_request, decode_request,
    decode_response, encode_checked,
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
    assert_eq!(p.store_state, 0);
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
        store_state: 0,
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
        store_state: 0,
        essdn: None,
    };
    assert_eq!(
        encode_checked(&RopRequest::Logon(v)),
        [
            0xFE, 0x01, 0x02, 0x40, 0x10, 0x00, 0x00, 0x20, 0, 0, 0, 0, 0, 0
        ]
    );
}
