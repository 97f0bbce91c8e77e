//! Folder ROPs ([MS-OXCROPS] 2.2.4): RopOpenFolder, and the [MS-OXCFOLD] vectors of the
//! folder ROPs not implemented yet.

use ropwire::data::Id8;
use ropwire::rop::folder::{OpenFolderRequest, OpenFolderResponse, OpenModeFlags, ServerList};
use ropwire::rop::{RopId, RopRequest, RopResponse, RopResult};
use ropwire::wire::{List, Str8, Utf16Str};
use ropwire::{Decode, ErrorKind};

use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, decode_request, decode_response,
    encode_checked, hex, other_request,
};

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
            open_mode_flags: OpenModeFlags::OPEN_SOFT_DELETED,
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

// ---- [MS-OXCFOLD] section 4: folder ROPs (and the Folder ID layout) -------------------

/// [MS-OXCFOLD] 4.1.1 (client request buffer): RopCreateFolder "Folder1".
#[test]
fn oxcfold_create_folder_request() {
    let b = hex("0000: 1C 00 00 01 01 01 00 00-46 00 6F 00 6C 00 64 00
                 0010: 65 00 72 00 31 00 00 00-00 00");
    assert_eq!(b.len(), 26);
    other_request(&b, RopId::CreateFolder);
    let name = ropwire::wire::Utf16Str::decode_prefix(&b[8..]).unwrap();
    assert_eq!(name.0, Utf16Str::new("Folder1"));
    assert_eq!(name.1, 16);
}

/// [MS-OXCFOLD] 4.2.1 (client request buffer): RopDeleteFolder of FID 0001-00000E8EDF36.
#[test]
fn oxcfold_delete_folder_request() {
    let b = hex("0000: 1D 00 01 05 01 00 00 00-0E 8E DF 36");
    other_request(&b, RopId::DeleteFolder);
    let fid = Id8::decode(&b[4..]).unwrap();
    assert_eq!(fid, Id8::new(0x0001, 0x0000_0E8E_DF36));
    assert_eq!(fid.replica_id(), 0x0001);
    assert_eq!(fid.global_counter(), 0x0E8E_DF36);
}

/// [MS-OXCFOLD] 4.5.1 (client request buffer): RopMoveFolder of FID 0001-00000E8EDF36,
/// asynchronous, renamed "Folder1" in Unicode.
#[test]
fn oxcfold_move_folder_request() {
    let b = hex("0000: 35 00 01 02 01 01 01 00-00 00 0E 8E DF 36 46 00
                 0010: 6F 00 6C 00 64 00 65 00-72 00 31 00 00 00");
    assert_eq!(b.len(), 30);
    other_request(&b, RopId::MoveFolder);
    let fid = Id8::decode(&b[6..14]).unwrap();
    assert_eq!(encode_checked(&fid), &b[6..14]);
    assert_eq!((fid.replica_id(), fid.global_counter()), (1, 0x0E8E_DF36));
}

/// [MS-OXCTABL] 4.1.1 (client request buffer): RopGetContentsTable, standard table.
#[test]
fn oxctabl_get_contents_table_request() {
    other_request(&hex("0000: 05 00 00 01 00"), RopId::GetContentsTable);
}

/// OpenModeFlags bits other than OpenSoftDeleted must not be sent ([MS-OXCFOLD] 2.2.1.1.1);
/// a decoder keeps them anyway, byte for byte.
#[test]
fn open_folder_unknown_mode_bits_are_kept() {
    let b = [
        0x02, 0x00, 0x01, 0x02, 0x01, 0x00, 0, 0, 0, 0, 0, 0x2A, 0x81,
    ];
    let RopRequest::OpenFolder(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert!(!r.open_mode_flags.contains(OpenModeFlags::OPEN_SOFT_DELETED));
    assert_eq!(r.open_mode_flags, OpenModeFlags::from_bits_retain(0x81));
    assert_eq!(encode_checked(&RopRequest::OpenFolder(r)), b);

    let b = [
        0x02, 0x00, 0x01, 0x02, 0x01, 0x00, 0, 0, 0, 0, 0, 0x2A, 0x0C,
    ];
    let RopRequest::OpenFolder(r) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert!(r.open_mode_flags.contains(OpenModeFlags::OPEN_SOFT_DELETED));
    assert_eq!(r.open_mode_flags.bits(), 0x0C);
    assert_eq!(encode_checked(&RopRequest::OpenFolder(r)), b);
}
