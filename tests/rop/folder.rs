//! Folder ROPs ([MS-OXCROPS] 2.2.4), with the [MS-OXCFOLD] section 4 vectors (and
//! [MS-OXCTABL] 4.1.1 for RopGetContentsTable) decoded to the values the examples annotate.

use ropwire::codes::ErrorCode;
use ropwire::data::Id8;
use ropwire::data::restriction::{
    FuzzyLevelHigh, FuzzyLevelLow, RelOp, Restriction, RestrictionData,
};
use ropwire::data::{PropertyTag, PropertyType, PropertyValue, TaggedPropertyValue};
use ropwire::rop::folder::{
    ContentsTableFlags, CopyFolderRequest, CopyFolderResponse, CreateFolderRequest,
    CreateFolderResponse, CreateFolderSuccess, CriteriaView, DeleteFolderFlags,
    DeleteFolderRequest, DeleteFolderResponse, DeleteMessagesRequest, DeleteMessagesResponse,
    EmptyFolderRequest, ExistingFolder, FolderNames, FolderString, FolderType,
    GetContentsTableRequest, GetContentsTableResponse, GetContentsTableSuccess,
    GetHierarchyTableResponse, GetHierarchyTableSuccess, GetSearchCriteriaRequest,
    GetSearchCriteriaResponse, GetSearchCriteriaSuccess, GetSearchFlags,
    HardDeleteMessagesAndSubfoldersRequest, HierarchyTableFlags, MoveCopyMessagesResponse,
    MoveCopyResult, MoveFolderRequest, MoveFolderResponse, OpenFolderRequest, OpenFolderResponse,
    OpenModeFlags, SearchCriteria, ServerList, SetSearchCriteriaRequest, SetSearchCriteriaResponse,
    SetSearchFlags,
};
use ropwire::rop::{Present, RopId, RopRequest, RopResponse, RopResult};
use ropwire::wire::{LeArray, List, Str8, Utf16Str, View};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind};

use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, decode_request, decode_response,
    dump_names, encode_checked, example_request, example_response, hex, other_request,
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

// ---- [MS-OXCFOLD] section 4, decoded to the values the examples annotate --------------

/// Decodes a request vector through [`example_request`] (re-encoded byte for byte, every
/// strict prefix refused).
fn request_of(b: &[u8]) -> RopRequest<'_> {
    example_request(b)
}

/// [MS-OXCFOLD] 4.1.1: RopCreateFolder, generic folder "Folder1" with an empty comment, both
/// UTF-16 (UseUnicodeStrings 0x01), failing if the folder exists.
#[test]
fn oxcfold_4_1_1_create_folder_request_fields() {
    let b = hex("0000: 1C 00 00 01 01 01 00 00-46 00 6F 00 6C 00 64 00
                 0010: 65 00 72 00 31 00 00 00-00 00");
    let RopRequest::CreateFolder(r) = request_of(&b) else {
        panic!()
    };
    let names = [
        FolderString::Unicode(Utf16Str::new("Folder1")),
        FolderString::Unicode(Utf16Str::new("")),
    ];
    let built = CreateFolderRequest {
        logon_id: 0,
        input_handle_index: 0,
        output_handle_index: 1,
        folder_type: FolderType::GENERIC,
        use_unicode_strings: 1,
        open_existing: 0,
        reserved: 0,
        names: FolderNames::Value(&names),
    };
    assert_eq!(r, built);
    assert_eq!(r.names.get(), Some(names));
    assert_eq!(r.names.display_name(), Some(names[0]));
    assert_eq!(r.names.comment(), Some(names[1]));
    assert!(matches!(
        r.names,
        FolderNames::Wire {
            unicode: true,
            bytes
        } if bytes == &b[8..]
    ));
    assert_eq!(r.folder_type.name(), Some("Generic"));
    // The same request built by a caller encodes to the example's bytes.
    assert_eq!(encode_checked(&RopRequest::CreateFolder(built)), b);
}

/// [MS-OXCFOLD] 4.1.2: the RopCreateFolder success response, FID 0001-00000E915212, a new
/// folder (IsExistingFolder 0x00 is the last byte).
#[test]
fn oxcfold_4_1_2_create_folder_response() {
    let b = hex("0000: 1C 01 00 00 00 00 01 00-00 00 0E 91 52 12 00");
    let r = example_response(&b, None);
    assert_eq!(
        r,
        RopResponse::CreateFolder(CreateFolderResponse {
            output_handle_index: 1,
            result: RopResult::Success(CreateFolderSuccess {
                folder_id: Id8::new(0x0001, 0x0000_0E91_5212),
                existing: Present::none(),
            }),
        })
    );
}

/// [MS-OXCFOLD] 4.2.1 and 4.2.2: RopDeleteFolder of FID 0001-00000E8EDF36 with DEL_MESSAGES
/// and DEL_FOLDERS (0x05), and its success response with PartialCompletion 0x00.
#[test]
fn oxcfold_4_2_delete_folder() {
    let b = hex("0000: 1D 00 01 05 01 00 00 00-0E 8E DF 36");
    let RopRequest::DeleteFolder(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        r,
        DeleteFolderRequest {
            logon_id: 0,
            input_handle_index: 1,
            delete_folder_flags: DeleteFolderFlags::DEL_MESSAGES | DeleteFolderFlags::DEL_FOLDERS,
            folder_id: Id8::new(0x0001, 0x0000_0E8E_DF36),
        }
    );
    assert!(
        !r.delete_folder_flags
            .contains(DeleteFolderFlags::DELETE_HARD_DELETE)
    );

    let b = hex("0000: 1D 01 00 00 00 00 00");
    assert_eq!(
        example_response(&b, None),
        RopResponse::DeleteFolder(DeleteFolderResponse {
            input_handle_index: 1,
            return_value: ErrorCode::SUCCESS,
            partial_completion: 0,
        })
    );
}

/// [MS-OXCFOLD] 4.3.1 and 4.3.2: RopDeleteMessages of two messages (synchronous, with
/// non-read receipts) and its success response. The example prints the first MID as
/// "0001-00000Ee8EF148"; its bytes are 0001-00000E8EF148.
#[test]
fn oxcfold_4_3_delete_messages() {
    let b = hex("0000: 1E 00 00 00 01 02 00 01-00 00 00 0E 8E F1 48 01
                 0010: 00 00 00 0E 8E C3 02");
    let RopRequest::DeleteMessages(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        (
            r.logon_id,
            r.input_handle_index,
            r.want_asynchronous,
            r.notify_non_read
        ),
        (0, 0, 0, 1)
    );
    assert_eq!(
        r.message_ids.iter().collect::<Vec<_>>(),
        [
            Id8::new(0x0001, 0x0000_0E8E_F148),
            Id8::new(0x0001, 0x0000_0E8E_C302)
        ]
    );
    let ids = [
        Id8::new(0x0001, 0x0000_0E8E_F148),
        Id8::new(0x0001, 0x0000_0E8E_C302),
    ];
    let built = DeleteMessagesRequest {
        message_ids: LeArray::Slice(&ids),
        ..r
    };
    assert_eq!(built, r);
    assert_eq!(encode_checked(&RopRequest::DeleteMessages(built)), b);

    let b = hex("0000: 1E 00 00 00 00 00 00");
    assert_eq!(
        example_response(&b, None),
        RopResponse::DeleteMessages(DeleteMessagesResponse {
            input_handle_index: 0,
            return_value: ErrorCode::SUCCESS,
            partial_completion: 0,
        })
    );
}

/// [MS-OXCFOLD] 4.4.1: RopMoveCopyMessages moving one message (MID 0001-00000E8EEC5D),
/// synchronously. (The stored copies of the specification lack 4.4.2.)
#[test]
fn oxcfold_4_4_1_move_copy_messages_request() {
    let b = hex("0000: 33 00 00 01 01 00 01 00-00 00 0E 8E EC 5D 00 00");
    let RopRequest::MoveCopyMessages(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        (r.logon_id, r.source_handle_index, r.dest_handle_index),
        (0, 0, 1)
    );
    assert_eq!(
        r.message_ids.iter().collect::<Vec<_>>(),
        [Id8::new(0x0001, 0x0000_0E8E_EC5D)]
    );
    assert_eq!(
        (r.want_asynchronous, r.want_copy),
        (0, 0),
        "a synchronous move"
    );
}

/// [MS-OXCFOLD] 4.5.1 and 4.5.2: RopMoveFolder of FID 0001-00000E8EDF36, asynchronous,
/// renamed "Folder1" in UTF-16, and its success response.
#[test]
fn oxcfold_4_5_move_folder() {
    let b = hex("0000: 35 00 01 02 01 01 01 00-00 00 0E 8E DF 36 46 00
                 0010: 6F 00 6C 00 64 00 65 00-72 00 31 00 00 00");
    let RopRequest::MoveFolder(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        r,
        MoveFolderRequest {
            logon_id: 0,
            source_handle_index: 1,
            dest_handle_index: 2,
            want_asynchronous: 1,
            use_unicode: 1,
            folder_id: Id8::new(0x0001, 0x0000_0E8E_DF36),
            new_folder_name: FolderString::Unicode(Utf16Str::new("Folder1")),
        }
    );

    let b = hex("0000: 35 01 00 00 00 00 00");
    assert_eq!(
        example_response(&b, None),
        RopResponse::MoveFolder(MoveFolderResponse {
            source_handle_index: 1,
            result: MoveCopyResult::Standard {
                return_value: ErrorCode::SUCCESS,
                partial_completion: 0
            },
        })
    );
}

/// [MS-OXCFOLD] 4.6.1 and 4.6.2: RopCopyFolder of FID 0001-00000E8EDF36, asynchronous and
/// recursive, named "Folder1" in UTF-16, and its success response. (The example's text puts
/// the FolderId at offset 0006; in its bytes it starts at 0007, after seven one-byte
/// fields.)
#[test]
fn oxcfold_4_6_copy_folder() {
    let b = hex("0000: 36 00 00 01 01 01 01 01-00 00 00 0E 8E DF 36 46
                 0010: 00 6F 00 6C 00 64 00 65-00 72 00 31 00 00 00");
    assert_eq!(b.len(), 31);
    let RopRequest::CopyFolder(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        r,
        CopyFolderRequest {
            logon_id: 0,
            source_handle_index: 0,
            dest_handle_index: 1,
            want_asynchronous: 1,
            want_recursive: 1,
            use_unicode: 1,
            folder_id: Id8::new(0x0001, 0x0000_0E8E_DF36),
            new_folder_name: FolderString::Unicode(Utf16Str::new("Folder1")),
        }
    );

    let b = hex("0000: 36 00 00 00 00 00 00");
    assert_eq!(
        example_response(&b, None),
        RopResponse::CopyFolder(CopyFolderResponse {
            source_handle_index: 0,
            result: MoveCopyResult::Standard {
                return_value: ErrorCode::SUCCESS,
                partial_completion: 0
            },
        })
    );
}

/// [MS-OXCFOLD] 4.7.2: the RopGetHierarchyTable success response, 21 rows. (The stored
/// copies lack the 4.7.1 request.)
#[test]
fn oxcfold_4_7_2_get_hierarchy_table_response() {
    let b = hex("0000: 04 02 00 00 00 00 15 00-00 00");
    assert_eq!(
        example_response(&b, None),
        RopResponse::GetHierarchyTable(GetHierarchyTableResponse {
            output_handle_index: 2,
            result: RopResult::Success(GetHierarchyTableSuccess { row_count: 21 }),
        })
    );
}

/// [MS-OXCTABL] 4.1.1: RopGetContentsTable on handle 0 into handle 1, TableFlags 0x00
/// (a standard table).
#[test]
fn oxctabl_4_1_1_get_contents_table_request_fields() {
    let b = hex("0000: 05 00 00 01 00");
    assert_eq!(
        request_of(&b),
        RopRequest::GetContentsTable(GetContentsTableRequest {
            logon_id: 0,
            input_handle_index: 0,
            output_handle_index: 1,
            table_flags: ContentsTableFlags::empty(),
        })
    );
}

// ---- the forms the examples do not show ---------------------------------------------------

/// UseUnicodeStrings 0x00: DisplayName and Comment are 8-bit strings; any non-zero flag
/// (here 0x02) means UTF-16 and is kept byte for byte.
#[test]
fn create_folder_request_string_forms() {
    let mut b = vec![0x1C, 0x00, 0x00, 0x01, 0x02, 0x00, 0x01, 0x00];
    b.extend_from_slice(b"Search\0note\0");
    let RopRequest::CreateFolder(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(r.folder_type, FolderType::SEARCH);
    assert_eq!(r.open_existing, 1);
    assert_eq!(
        r.names.get(),
        Some([
            FolderString::Multibyte(Str8::new("Search")),
            FolderString::Multibyte(Str8::new("note"))
        ])
    );
    assert!(!r.names.display_name().unwrap().is_unicode());

    let b = [
        0x1C, 0x00, 0x00, 0x01, 0x07, 0x02, 0x00, 0x00, b'A', 0, 0, 0, b'c', 0, 0, 0,
    ];
    let RopRequest::CreateFolder(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(r.use_unicode_strings, 0x02);
    assert_eq!(
        r.folder_type,
        FolderType(0x07),
        "an unknown FolderType is kept"
    );
    assert_eq!(r.folder_type.name(), None);
    assert_eq!(
        r.names.display_name(),
        Some(FolderString::Unicode(Utf16Str::new("A")))
    );
    assert_eq!(
        r.names.comment(),
        Some(FolderString::Unicode(Utf16Str::new("c")))
    );

    assert_eq!(
        dump_names(&RopRequest::CreateFolder(r)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x0/1",
            "OutputHandleIndex=0x1/1",
            "FolderType=0x7/1",
            "UseUnicodeStrings=0x2/1",
            "OpenExisting=0x0/1",
            "Reserved=0x0/1",
            "DisplayName=A",
            "Comment=c",
        ]
    );
}

/// A string whose form differs from the flag would not decode back: refused by name.
#[test]
fn create_move_copy_folder_refuse_strings_in_the_other_form() {
    let names = [
        FolderString::Multibyte(Str8::new("ok")),
        FolderString::Unicode(Utf16Str::new("wide")),
    ];
    let r = CreateFolderRequest {
        logon_id: 0,
        input_handle_index: 0,
        output_handle_index: 1,
        folder_type: FolderType::GENERIC,
        use_unicode_strings: 0,
        open_existing: 0,
        reserved: 0,
        names: FolderNames::Value(&names),
    };
    assert_eq!(
        r.encode_vec(),
        Err(EncodeError::InvalidValue {
            field: "Comment (form differs from UseUnicodeStrings)"
        })
    );
    let r = CreateFolderRequest {
        use_unicode_strings: 1,
        ..r
    };
    assert_eq!(
        r.encode_vec(),
        Err(EncodeError::InvalidValue {
            field: "DisplayName (form differs from UseUnicodeStrings)"
        })
    );
    // Decoded names keep their form: under the other flag they are refused too.
    let decoded = CreateFolderRequest {
        use_unicode_strings: 0,
        names: FolderNames::Wire {
            bytes: &[b'A', 0, 0, 0, b'c', 0, 0, 0],
            unicode: true,
        },
        ..r
    };
    let wire_refused = Err(EncodeError::InvalidValue {
        field: "DisplayName Comment (not two strings of the form UseUnicodeStrings picks)",
    });
    assert_eq!(decoded.encode_vec(), wire_refused);
    // And bytes that are not two strings are refused whatever the flag.
    let garbage = CreateFolderRequest {
        use_unicode_strings: 1,
        names: FolderNames::Wire {
            bytes: &[b'A', 0, 0, 0, b'c'],
            unicode: true,
        },
        ..r
    };
    assert_eq!(garbage.names.get(), None);
    assert_eq!(garbage.encode_vec(), wire_refused);

    let m = MoveFolderRequest {
        logon_id: 0,
        source_handle_index: 0,
        dest_handle_index: 1,
        want_asynchronous: 0,
        use_unicode: 0,
        folder_id: Id8::new(1, 1),
        new_folder_name: FolderString::Unicode(Utf16Str::new("x")),
    };
    let refused = Err(EncodeError::InvalidValue {
        field: "NewFolderName (form differs from UseUnicode)",
    });
    assert_eq!(m.encode_vec(), refused);
    let c = CopyFolderRequest {
        logon_id: 0,
        source_handle_index: 0,
        dest_handle_index: 1,
        want_asynchronous: 0,
        want_recursive: 0,
        use_unicode: 1,
        folder_id: Id8::new(1, 1),
        new_folder_name: FolderString::Multibyte(Str8::new("x")),
    };
    assert_eq!(c.encode_vec(), refused);
    // In its own form the same name goes through.
    let c = CopyFolderRequest {
        use_unicode: 0,
        ..c
    };
    assert_eq!(c.encode_vec().unwrap().len(), 14 + 2);
}

/// An 8-bit name without its terminator runs to the end of the input: truncated.
#[test]
fn move_folder_name_without_terminator_is_truncated() {
    let mut b = vec![0x35, 0x00, 0x01, 0x02, 0x00, 0x00];
    b.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 9]);
    b.extend_from_slice(b"abc");
    let e = RopRequest::decode(&b).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Truncated { needed: 1 });
    // UTF-16 needs a whole 0x0000 unit: an odd tail is one byte short, an even one two.
    let mut w = b[..14].to_vec();
    w[5] = 1;
    w.extend_from_slice(&[b'a', 0, 0]);
    assert_eq!(
        RopRequest::decode(&w).unwrap_err().kind,
        ErrorKind::Truncated { needed: 1 }
    );
    assert_request_prefixes_fail(&hex("0000: 35 00 01 02 01 01 01 00-00 00 0E 8E DF 36 46 00
         0010: 6F 00 6C 00 64 00 65 00-72 00 31 00 00 00"));
}

/// [MS-OXCROPS] 2.2.4.2.2: IsExistingFolder non-zero brings HasRules and IsGhosted, and a
/// non-zero IsGhosted the replica servers (the same list as RopOpenFolder's).
#[test]
fn create_folder_response_existing_folder_forms() {
    // Existing public folder, ghosted on two servers, the first the cheapest.
    let mut b = vec![0x1C, 0x01, 0, 0, 0, 0];
    b.extend_from_slice(&[0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x42]);
    b.extend_from_slice(&[0x01, 0x01, 0x01, 0x02, 0x00, 0x01, 0x00]);
    b.extend_from_slice(b"pf1\0pf2\0");
    let r = decode_response(&b, None).unwrap();
    let RopResponse::CreateFolder(CreateFolderResponse {
        output_handle_index: 1,
        result: RopResult::Success(s),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(s.folder_id, Id8::new(1, 0x42));
    assert_eq!(s.existing.flag, 1);
    // The existing-folder fields are a view of their bytes, read on demand.
    let existing = s.existing.value.unwrap().get().unwrap();
    assert_eq!(existing.has_rules, 1);
    let servers = existing.ghosted.value.unwrap();
    assert_eq!(servers.cheap_server_count, 1);
    assert_eq!(
        servers
            .servers
            .iter()
            .map(|s| s.as_bytes())
            .collect::<Vec<_>>(),
        [b"pf1".as_slice(), b"pf2".as_slice()]
    );
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);
    assert_eq!(
        dump_names(&r),
        [
            "OutputHandleIndex=0x1/1",
            "ReturnValue=0x0/4",
            "FolderId=0x0001-0x000000000042",
            "IsExistingFolder=0x1/1",
            "HasRules=0x1/1",
            "IsGhosted=0x1/1",
            "ServerCount=0x2/2",
            "CheapServerCount=0x1/2",
            "Servers{",
            "[0]{",
            "Server=pf1",
            "}",
            "[1]{",
            "Server=pf2",
            "}",
            "}",
        ]
    );

    // Existing but not ghosted: HasRules and IsGhosted 0x00 end the response.
    let b = [
        0x1C, 0x01, 0, 0, 0, 0, 0x01, 0, 0, 0, 0, 0, 0, 0x42, 0x02, 0x00, 0x00,
    ];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::CreateFolder(CreateFolderResponse {
        result: RopResult::Success(s),
        ..
    }) = &r
    else {
        panic!()
    };
    assert_eq!(s.existing.flag, 0x02, "any non-zero IsExistingFolder, kept");
    let fields = ExistingFolder {
        has_rules: 0,
        ghosted: Present::none(),
    };
    assert_eq!(s.existing.value.and_then(|v| v.get()), Some(fields));
    assert_eq!(encode_checked(&r), b);
    // The same fields built by a caller equal the view and encode to the same bytes.
    let built = RopResponse::CreateFolder(CreateFolderResponse {
        output_handle_index: 1,
        result: RopResult::Success(CreateFolderSuccess {
            folder_id: Id8::new(1, 0x42),
            existing: Present {
                flag: 0x02,
                value: Some(View::Value(&fields)),
            },
        }),
    });
    assert_eq!(built, r);
    assert_eq!(encode_checked(&built), b);

    // Failure: OutputHandleIndex and ReturnValue only.
    let b = [0x1C, 0x01, 0x04, 0x06, 0x04, 0x80];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateFolder(CreateFolderResponse {
            output_handle_index: 1,
            result: RopResult::Failure(ErrorCode::COLLIDING_NAMES.0)
        })
    );
    assert_eq!(encode_checked(&r), b);
}

/// [MS-OXCROPS] 2.2.4.6.3, 2.2.4.7.3, 2.2.4.8.3: ReturnValue ecDstNullObject (0x00000503)
/// is followed by a 4-byte DestHandleIndex, then PartialCompletion.
#[test]
fn move_copy_null_destination_responses() {
    let null_dest = MoveCopyResult::NullDestination {
        dest_handle_index: 2,
        partial_completion: 0,
    };
    for (id, b) in [
        (
            RopId::MoveCopyMessages,
            [0x33u8, 0x00, 0x03, 0x05, 0, 0, 0x02, 0, 0, 0, 0x00],
        ),
        (
            RopId::MoveFolder,
            [0x35, 0x00, 0x03, 0x05, 0, 0, 0x02, 0, 0, 0, 0x00],
        ),
        (
            RopId::CopyFolder,
            [0x36, 0x00, 0x03, 0x05, 0, 0, 0x02, 0, 0, 0, 0x00],
        ),
    ] {
        let r = decode_response(&b, None).unwrap();
        assert_eq!(r.rop_id(), id);
        let (source, result) = match r {
            RopResponse::MoveCopyMessages(m) => (m.source_handle_index, m.result),
            RopResponse::MoveFolder(m) => (m.source_handle_index, m.result),
            RopResponse::CopyFolder(m) => (m.source_handle_index, m.result),
            other => panic!("{other:?}"),
        };
        assert_eq!((source, result), (0, null_dest));
        assert_eq!(result.return_value(), ErrorCode::NULL_DESTINATION_OBJECT);
        assert_eq!(result.return_value().name(), Some("ecDstNullObject"));
        assert_eq!(encode_checked(&r), b);
        assert_response_prefixes_fail(&b, None);
        assert_eq!(
            dump_names(&r),
            [
                "SourceHandleIndex=0x0/1",
                "ReturnValue=0x503/4",
                "DestHandleIndex=0x2/4",
                "PartialCompletion=0x0/1",
            ]
        );
    }

    // Any other failure keeps the short form, PartialCompletion included.
    let b = [0x33, 0x00, 0x0F, 0x01, 0x04, 0x80, 0x01];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::MoveCopyMessages(MoveCopyMessagesResponse {
            source_handle_index: 0,
            result: MoveCopyResult::Standard {
                return_value: ErrorCode::NOT_FOUND,
                partial_completion: 1
            }
        })
    );
    assert_eq!(encode_checked(&r), b);

    // The short form cannot carry ecDstNullObject: it would read back as the long one.
    let bad = MoveFolderResponse {
        source_handle_index: 0,
        result: MoveCopyResult::Standard {
            return_value: ErrorCode::NULL_DESTINATION_OBJECT,
            partial_completion: 0,
        },
    };
    assert_eq!(
        bad.encode_vec(),
        Err(EncodeError::InvalidValue {
            field: "ReturnValue (ecDstNullObject has the null destination form)"
        })
    );

    // Cut inside DestHandleIndex: truncated, not the short form.
    let e = decode_response(&[0x36, 0x00, 0x03, 0x05, 0, 0, 0x02, 0], None).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 6,
            kind: ErrorKind::Truncated { needed: 2 }
        }
    );
}

/// [MS-OXCROPS] 2.2.4.9–2.2.4.12: the delete ROPs answer with PartialCompletion after any
/// ReturnValue, failures included.
#[test]
fn delete_responses_carry_partial_completion_on_failure() {
    /// InputHandleIndex, ReturnValue and PartialCompletion of the four responses.
    fn fields(r: &RopResponse<'_>) -> Option<(RopId, u8, ErrorCode, u8)> {
        let (id, i, rv, pc) = match r {
            RopResponse::EmptyFolder(r) => (
                RopId::EmptyFolder,
                r.input_handle_index,
                r.return_value,
                r.partial_completion,
            ),
            RopResponse::HardDeleteMessagesAndSubfolders(r) => (
                RopId::HardDeleteMessagesAndSubfolders,
                r.input_handle_index,
                r.return_value,
                r.partial_completion,
            ),
            RopResponse::DeleteMessages(r) => (
                RopId::DeleteMessages,
                r.input_handle_index,
                r.return_value,
                r.partial_completion,
            ),
            RopResponse::HardDeleteMessages(r) => (
                RopId::HardDeleteMessages,
                r.input_handle_index,
                r.return_value,
                r.partial_completion,
            ),
            _ => return None,
        };
        Some((id, i, rv, pc))
    }
    let cases = [
        RopId::EmptyFolder,
        RopId::HardDeleteMessagesAndSubfolders,
        RopId::DeleteMessages,
        RopId::HardDeleteMessages,
    ];
    for id in cases {
        let b = [id.0, 0x03, 0x05, 0x00, 0x07, 0x80, 0x01];
        let r = decode_response(&b, None).unwrap();
        assert_eq!(fields(&r), Some((id, 3, ErrorCode::ACCESS_DENIED, 1)));
        assert_eq!(encode_checked(&r), b);
        assert_response_prefixes_fail(&b, None);
    }
}

/// RopEmptyFolder and RopHardDeleteMessagesAndSubfolders requests ([MS-OXCROPS] 2.2.4.9.1,
/// 2.2.4.10.1); RopHardDeleteMessages has RopDeleteMessages' layout (2.2.4.12.1).
#[test]
fn empty_and_hard_delete_requests() {
    let b = [0x58, 0x00, 0x02, 0x01, 0x00];
    assert_eq!(
        request_of(&b),
        RopRequest::EmptyFolder(EmptyFolderRequest {
            logon_id: 0,
            input_handle_index: 2,
            want_asynchronous: 1,
            want_delete_associated: 0,
        })
    );
    let b = [0x92, 0x00, 0x02, 0x00, 0x01];
    assert_eq!(
        request_of(&b),
        RopRequest::HardDeleteMessagesAndSubfolders(HardDeleteMessagesAndSubfoldersRequest {
            logon_id: 0,
            input_handle_index: 2,
            want_asynchronous: 0,
            want_delete_associated: 1,
        })
    );
    let b = [
        0x91, 0x00, 0x02, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0x07,
    ];
    let RopRequest::HardDeleteMessages(r) = request_of(&b) else {
        panic!()
    };
    assert_eq!(r.message_ids.iter().collect::<Vec<_>>(), [Id8::new(1, 7)]);

    // A MessageIdCount larger than the bytes left is refused before anything is read.
    let b = [
        0x91, 0x00, 0x02, 0x00, 0x00, 0xFF, 0xFF, 0x01, 0, 0, 0, 0, 0, 0, 0x07,
    ];
    assert_eq!(
        RopRequest::decode(&b).unwrap_err(),
        DecodeError {
            offset: 7,
            kind: ErrorKind::CountTooLarge {
                field: "MessageIdCount"
            }
        }
    );
}

/// TableFlags of the two table ROPs are different sets: 0x80 is SuppressesNotifications
/// for the hierarchy table, ConversationMembers for the contents table; unknown bits
/// are kept.
#[test]
fn table_flags_and_row_counts() {
    let b = [0x04, 0x00, 0x00, 0x01, 0x84];
    let RopRequest::GetHierarchyTable(h) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        h.table_flags,
        HierarchyTableFlags::DEPTH | HierarchyTableFlags::SUPPRESSES_NOTIFICATIONS
    );
    let b = [0x05, 0x00, 0x00, 0x01, 0xC9];
    let RopRequest::GetContentsTable(c) = request_of(&b) else {
        panic!()
    };
    assert_eq!(
        c.table_flags,
        ContentsTableFlags::CONVERSATION_MEMBERS
            | ContentsTableFlags::USE_UNICODE
            | ContentsTableFlags::DEFERRED_ERRORS
            | ContentsTableFlags::from_bits_retain(0x01)
    );
    assert_eq!(encode_checked(&RopRequest::GetContentsTable(c)), b);

    let b = [0x05, 0x01, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x01, 0x00, 0x00];
    assert_eq!(
        example_response(&b, None),
        RopResponse::GetContentsTable(GetContentsTableResponse {
            output_handle_index: 1,
            result: RopResult::Success(GetContentsTableSuccess { row_count: 0x10A }),
        })
    );
    let b = [0x04, 0x02, 0x02, 0x01, 0x04, 0x80];
    assert_eq!(
        example_response(&b, None),
        RopResponse::GetHierarchyTable(GetHierarchyTableResponse {
            output_handle_index: 2,
            result: RopResult::Failure(0x8004_0102),
        })
    );
}

/// The error codes the folder ROPs name ([MS-OXCFOLD] 3.2.5, [MS-OXCDATA] 2.4).
#[test]
fn folder_error_code_names() {
    for (code, name) in [
        (0x0000_0503, "ecDstNullObject"),
        (0x0000_0502, "ecNoCreateSubfolderRight"),
        (0x0000_0460, "ecSearchFolder"),
        (0x0000_0461, "ecNotSearchFolder"),
        (0x0000_0490, "ecSearchFolderScopeViolation"),
        (0x0000_04B6, "ecRpcFormat"),
        (0x8004_0604, "ecDuplicateName"),
    ] {
        assert_eq!(ErrorCode(code).name(), Some(name));
    }
}

// ---- RopSetSearchCriteria, RopGetSearchCriteria ---------------------------------------

/// PidTagImportance ([MS-OXPROPS] 2.739), PtypInteger32.
const IMPORTANCE: PropertyTag = PropertyTag(0x0017_0003);

/// [MS-OXCFOLD] 4.8.2 (server response buffer): RopSetSearchCriteria succeeded on the
/// search folder at InputHandleIndex 0x01.
#[test]
fn oxcfold_4_8_2_set_search_criteria_response() {
    let b = hex("0000: 30 01 00 00 00 00");
    let r = example_response(&b, None);
    assert_eq!(
        r,
        RopResponse::SetSearchCriteria(SetSearchCriteriaResponse {
            input_handle_index: 0x01,
            return_value: ErrorCode::SUCCESS,
        })
    );
}

/// [MS-OXCFOLD] 4.9.1 (client request buffer): RopGetSearchCriteria of the search folder at
/// InputHandleIndex 0x00, restriction wanted in Unicode, no folder list.
#[test]
fn oxcfold_4_9_1_get_search_criteria_request() {
    let b = hex("0000: 31 00 00 01 01 00");
    let RopRequest::GetSearchCriteria(r) = example_request(&b) else {
        panic!()
    };
    assert_eq!(
        r,
        GetSearchCriteriaRequest {
            logon_id: 0x00,
            input_handle_index: 0x00,
            use_unicode: 0x01,
            include_restriction: 0x01,
            include_folders: 0x00,
        }
    );
    assert_eq!(
        dump_names(&RopRequest::GetSearchCriteria(r)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x0/1",
            "UseUnicode=0x1/1",
            "IncludeRestriction=0x1/1",
            "IncludeFolders=0x0/1",
        ]
    );
}

/// The request [MS-OXCFOLD] 4.8 describes (its 4.8.1 bytes were not in the copy of the
/// specification we read, so these are built from the field tables of [MS-OXCROPS]
/// 2.2.4.4.1 and [MS-OXCDATA] 2.12.5.1): mail whose PidTagImportance equals 0x00000002
/// (High), searched in one folder and its subfolders, the search (re)started.
#[test]
fn set_search_criteria_request_importance_high() {
    let b = hex("0000: 30 00 01 0E 00 04 04 03-00 17 00 03 00 17 00 02
                 0010: 00 00 00 01 00 01 00 00-00 00 00 00 0A 06 00 00
                 0020: 00");
    let RopRequest::SetSearchCriteria(r) = example_request(&b) else {
        panic!()
    };
    assert_eq!((r.logon_id, r.input_handle_index), (0x00, 0x01));
    assert_eq!(
        r.search_flags,
        SetSearchFlags::RESTART_SEARCH | SetSearchFlags::RECURSIVE_SEARCH
    );
    // The criteria are kept as their validated 26 bytes: RestrictionDataSize through
    // FolderIds.
    assert_eq!(r.criteria.wire(), Some(&b[3..29]));
    let c = r.criteria.get().unwrap();
    let Some(Restriction::Property {
        rel_op,
        prop_tag,
        tagged_value,
    }) = c.restriction.get()
    else {
        panic!("{c:?}")
    };
    assert_eq!((rel_op, prop_tag), (RelOp::RELOP_EQ, IMPORTANCE));
    assert_eq!(
        tagged_value.get(),
        TaggedPropertyValue::new(0x0017, PropertyValue::Integer32(2))
    );
    assert_eq!(c.folder_ids.len(), 1);
    assert_eq!(c.folder_ids.get(0), Some(Id8::new(0x0001, 0x0A)));

    // The same request built by a caller is equal and encodes to the same bytes.
    let value = TaggedPropertyValue::new(0x0017, PropertyValue::Integer32(2));
    let folders = [Id8::new(0x0001, 0x0A)];
    let importance_2 = Restriction::property(RelOp::RELOP_EQ, IMPORTANCE, &value);
    let criteria = SearchCriteria {
        restriction: RestrictionData::new(&importance_2),
        folder_ids: LeArray::Slice(&folders),
    };
    let built = RopRequest::SetSearchCriteria(SetSearchCriteriaRequest {
        logon_id: 0x00,
        input_handle_index: 0x01,
        criteria: CriteriaView::new(&criteria),
        search_flags: SetSearchFlags::RESTART_SEARCH | SetSearchFlags::RECURSIVE_SEARCH,
    });
    assert_eq!(built, RopRequest::SetSearchCriteria(r));
    assert_eq!(encode_checked(&built), b);
    assert_eq!(r.criteria.get(), Some(criteria));

    // The criteria print inline under their spec names.
    assert_eq!(
        dump_names(&RopRequest::SetSearchCriteria(r)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x1/1",
            "RestrictionDataSize=0xe/2",
            "RestrictionData{",
            "RestrictType=0x4/1",
            "RelOp=0x4/1",
            "PropTag=0x170003/4",
            "TaggedValue{",
            "PropertyTag=0x170003/4",
            "PropertyValue=0x2/4",
            "}",
            "}",
            "FolderIdCount=0x1/2",
            // Each FID as its 8 wire bytes read little-endian.
            "FolderIds=[0xa00000000000001]/8",
            "SearchFlags=0x6/4",
        ]
    );
}

/// RestrictionDataSize 0 and FolderIdCount 0: no restriction and no folder list, so the
/// search folder's last criteria and scope are used again ([MS-OXCFOLD] 2.2.1.4.1); the
/// request stops the search.
#[test]
fn set_search_criteria_request_reusing_criteria_and_scope() {
    let b = hex("0000: 30 00 02 00 00 00 00 01-00 00 00");
    let RopRequest::SetSearchCriteria(r) = example_request(&b) else {
        panic!()
    };
    let c = r.criteria.get().unwrap();
    assert!(c.restriction.is_none());
    assert!(c.folder_ids.is_empty());
    assert_eq!(r.search_flags, SetSearchFlags::STOP_SEARCH);

    let empty = SearchCriteria {
        restriction: RestrictionData::NONE,
        folder_ids: LeArray::Slice(&[]),
    };
    let built = RopRequest::SetSearchCriteria(SetSearchCriteriaRequest {
        logon_id: 0,
        input_handle_index: 2,
        criteria: CriteriaView::new(&empty),
        search_flags: SetSearchFlags::STOP_SEARCH,
    });
    assert_eq!(encode_checked(&built), b);
}

/// The seven SearchFlags bits of [MS-OXCFOLD] 2.2.1.4.1; other bits (0x10 and 0x20 are the
/// MAPI FOREGROUND_SEARCH and BACKGROUND_SEARCH, not in the table) are kept.
#[test]
fn set_search_flags_values_and_unknown_bits() {
    for (flag, bits) in [
        (SetSearchFlags::STOP_SEARCH, 0x0000_0001),
        (SetSearchFlags::RESTART_SEARCH, 0x0000_0002),
        (SetSearchFlags::RECURSIVE_SEARCH, 0x0000_0004),
        (SetSearchFlags::SHALLOW_SEARCH, 0x0000_0008),
        (SetSearchFlags::CONTENT_INDEXED_SEARCH, 0x0001_0000),
        (SetSearchFlags::NON_CONTENT_INDEXED_SEARCH, 0x0002_0000),
        (SetSearchFlags::STATIC_SEARCH, 0x0004_0000),
    ] {
        assert_eq!(flag.bits(), bits);
    }
    let b = hex("0000: 30 00 00 00 00 00 00 32-00 04 80");
    let RopRequest::SetSearchCriteria(r) = example_request(&b) else {
        panic!()
    };
    assert_eq!(r.search_flags.bits(), 0x8004_0032);
    assert!(
        r.search_flags
            .contains(SetSearchFlags::RESTART_SEARCH | SetSearchFlags::STATIC_SEARCH)
    );
}

/// The response's SearchFlags are the state bits of [MS-OXCFOLD] 2.2.1.5.2, not the
/// request's; unknown bits are kept.
#[test]
fn get_search_flags_values() {
    for (flag, bits) in [
        (GetSearchFlags::SEARCH_RUNNING, 0x0000_0001),
        (GetSearchFlags::SEARCH_REBUILD, 0x0000_0002),
        (GetSearchFlags::SEARCH_RECURSIVE, 0x0000_0004),
        (GetSearchFlags::SEARCH_COMPLETE, 0x0000_1000),
        (GetSearchFlags::SEARCH_PARTIAL, 0x0000_2000),
        (GetSearchFlags::SEARCH_STATIC, 0x0001_0000),
        (GetSearchFlags::SEARCH_MAYBE_STATIC, 0x0002_0000),
        (GetSearchFlags::CI_TOTALLY, 0x0100_0000),
        (GetSearchFlags::TWIR_TOTALLY, 0x0800_0000),
    ] {
        assert_eq!(flag.bits(), bits);
    }
}

/// A RopGetSearchCriteria success response answering the [MS-OXCFOLD] 4.9.1 request
/// (Unicode restriction, no folders): Subject contains "abc" ignoring case, LogonId 0x00,
/// FolderIdCount 0, a complete content-indexed search. Built from [MS-OXCROPS] 2.2.4.5.2:
/// the 4.9.2 bytes were not in the copy we read.
#[test]
fn get_search_criteria_response_unicode_restriction() {
    let b = hex("0000: 31 00 00 00 00 00 15 00-03 01 00 01 00 1F 00 37
                 0010: 00 1F 00 37 00 61 00 62-00 63 00 00 00 00 00 00
                 0020: 00 10 00 01");
    let req = hex("0000: 31 00 00 01 01 00");
    let req = RopRequest::decode(&req).unwrap();
    let r = example_response(&b, Some(&req));
    let RopResponse::GetSearchCriteria(GetSearchCriteriaResponse {
        input_handle_index: 0,
        result: RopResult::Success(view),
    }) = r
    else {
        panic!("{r:?}")
    };
    let s = view.get().unwrap();
    assert_eq!(s.logon_id, 0);
    assert!(s.folder_ids.is_empty());
    assert_eq!(
        s.search_flags,
        GetSearchFlags::SEARCH_COMPLETE | GetSearchFlags::CI_TOTALLY
    );
    let subject = PropertyTag::new(0x0037, PropertyType::PtypString);
    let text = TaggedPropertyValue::new(0x0037, PropertyValue::String(Utf16Str::new("abc")));
    let expected = Restriction::content(
        subject,
        &text,
        FuzzyLevelLow::FL_SUBSTRING,
        FuzzyLevelHigh::FL_IGNORECASE,
    );
    assert_eq!(s.restriction.get(), Some(expected));

    // A server builds the same bytes from values.
    let success = GetSearchCriteriaSuccess {
        restriction: RestrictionData::new(&expected),
        logon_id: 0,
        folder_ids: LeArray::Slice(&[]),
        search_flags: GetSearchFlags::SEARCH_COMPLETE | GetSearchFlags::CI_TOTALLY,
    };
    let built = RopResponse::GetSearchCriteria(GetSearchCriteriaResponse {
        input_handle_index: 0,
        result: RopResult::Success(CriteriaView::new(&success)),
    });
    assert_eq!(built, r);
    assert_eq!(encode_checked(&built), b);
    assert_eq!(
        dump_names(&r),
        [
            "InputHandleIndex=0x0/1",
            "ReturnValue=0x0/4",
            "RestrictionDataSize=0x15/2",
            "RestrictionData{",
            "RestrictType=0x3/1",
            "FuzzyLevelLow=0x1/2",
            "FuzzyLevelHigh=0x1/2",
            "PropertyTag=0x37001f/4",
            "TaggedValue{",
            "PropertyTag=0x37001f/4",
            "PropertyValue=abc",
            "}",
            "}",
            "LogonId=0x0/1",
            "FolderIdCount=0x0/2",
            "FolderIds=[]/8",
            "SearchFlags=0x1001000/4",
        ]
    );
}

/// With UseUnicode 0 the server sends the restriction's strings as PtypString8; the tag of
/// each value says so, so the response decodes the same way whatever the request asked
/// ([MS-OXCFOLD] 2.2.1.5.1). Here with two folders searched and the search still running.
#[test]
fn get_search_criteria_response_8bit_restriction_and_folders() {
    let b = hex("0000: 31 02 00 00 00 00 11 00-03 01 00 01 00 1E 00 37
                 0010: 00 1E 00 37 00 61 62 63-00 05 02 00 01 00 00 00
                 0020: 00 00 00 0A 01 00 00 00-00 00 00 0B 07 00 00 00");
    let RopResponse::GetSearchCriteria(r) = example_response(&b, None) else {
        panic!()
    };
    let s = r.result.success().and_then(|v| v.get()).unwrap();
    let Some(Restriction::Content { tagged_value, .. }) = s.restriction.get() else {
        panic!("{s:?}")
    };
    assert_eq!(
        tagged_value.get().value,
        PropertyValue::String8(Str8::new("abc"))
    );
    assert_eq!(s.logon_id, 0x05);
    assert_eq!(
        s.folder_ids.iter().collect::<Vec<_>>(),
        [Id8::new(1, 0x0A), Id8::new(1, 0x0B)]
    );
    assert_eq!(
        s.search_flags,
        GetSearchFlags::SEARCH_RUNNING
            | GetSearchFlags::SEARCH_REBUILD
            | GetSearchFlags::SEARCH_RECURSIVE
    );
}

/// The failure response is the ReturnValue alone ([MS-OXCROPS] 2.2.4.5.3): here
/// ecNotSearchFolder.
#[test]
fn get_search_criteria_failure_response() {
    let b = hex("0000: 31 03 61 04 00 00");
    let r = example_response(&b, None);
    assert_eq!(
        r,
        RopResponse::GetSearchCriteria(GetSearchCriteriaResponse {
            input_handle_index: 3,
            result: RopResult::Failure(ErrorCode::NOT_SEARCH_FOLDER.0),
        })
    );
    assert_eq!(
        dump_names(&r),
        ["InputHandleIndex=0x3/1", "ReturnValue=0x461/4"]
    );
    // RopSetSearchCriteria's response has one layout: the ReturnValue, whatever it is.
    let b = hex("0000: 30 00 90 04 00 00");
    assert_eq!(
        example_response(&b, None),
        RopResponse::SetSearchCriteria(SetSearchCriteriaResponse {
            input_handle_index: 0,
            return_value: ErrorCode::SEARCH_FOLDER_SCOPE_VIOLATION,
        })
    );
}

/// Bad criteria are typed errors at their absolute offset, never a panic: a
/// RestrictionDataSize past the end, a restriction longer than its size, bytes left inside
/// the size after the restriction, an unknown RestrictType, a FolderIdCount larger than the
/// bytes left.
#[test]
fn search_criteria_errors_name_field_and_offset() {
    // RestrictionDataSize 0x0010, but only 5 bytes follow: 11 are missing.
    let e = decode_request(&hex("30 00 00 10 00 08 1F 00 37 00")).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 5,
            kind: ErrorKind::Truncated { needed: 11 }
        }
    );

    // RestrictionDataSize 4: the ExistRestriction's PropTag at offset 6 lacks its last
    // byte inside the size.
    let e = decode_request(&hex("30 00 00 04 00 08 1F 00 37 00 00 00 00 00 00 00")).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 6,
            kind: ErrorKind::Truncated { needed: 1 }
        }
    );

    // RestrictionDataSize 6: one byte inside the size after the restriction.
    let e = decode_request(&hex("30 00 00 06 00 08 1F 00 37 00 00 00 00 00 00 00 00")).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 10,
            kind: ErrorKind::TrailingBytes
        }
    );

    // RestrictType 0x0C is not in [MS-OXCDATA] 2.12.
    let e = decode_request(&hex("30 00 00 01 00 0C 00 00 00 00 00 00")).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 5,
            kind: ErrorKind::InvalidValue {
                field: "RestrictType"
            }
        }
    );

    // FolderIdCount 0x0100 with one FID and SearchFlags left.
    let e = decode_request(&hex(
        "30 00 00 00 00 00 01 01 00 00 00 00 00 00 01 02 00 00 00",
    ))
    .unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 7,
            kind: ErrorKind::CountTooLarge {
                field: "FolderIdCount"
            }
        }
    );

    // The same checks hold in the response.
    let e = decode_response(
        &hex("31 00 00 00 00 00 06 00 08 1F 00 37 00 00 00 00 00 00 00 00 00"),
        None,
    )
    .unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 13,
            kind: ErrorKind::TrailingBytes
        }
    );
}

/// A restriction nested past the bound is refused inside the criteria too, at the
/// restriction that goes too deep (offset from the start of the ROP).
#[test]
fn search_criteria_restriction_depth_is_bounded() {
    // 70 NotRestrictions around an ExistRestriction.
    let mut r = vec![0x02u8; 70];
    r.extend_from_slice(&[0x08, 0x1F, 0x00, 0x37, 0x00]);
    let mut b = vec![0x30, 0x00, 0x00];
    b.extend_from_slice(&(r.len() as u16).to_le_bytes());
    b.extend_from_slice(&r);
    b.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let e = decode_request(&b).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 5 + 64,
            kind: ErrorKind::DepthExceeded
        }
    );
}

/// Encoding refuses a restriction too large for RestrictionDataSize (2 bytes) rather than
/// writing a size that does not match.
#[test]
fn search_criteria_restriction_too_large_for_its_size_is_refused() {
    let big = vec![0x41u8; 70_000];
    let value = TaggedPropertyValue::new(0x1000, PropertyValue::String8(Str8(&big)));
    let too_large = Restriction::property(
        RelOp::RELOP_EQ,
        PropertyTag::new(0x1000, PropertyType::PtypString8),
        &value,
    );
    let criteria = SearchCriteria {
        restriction: RestrictionData::new(&too_large),
        folder_ids: LeArray::Slice(&[]),
    };
    let rop = RopRequest::SetSearchCriteria(SetSearchCriteriaRequest {
        logon_id: 0,
        input_handle_index: 0,
        criteria: CriteriaView::new(&criteria),
        search_flags: SetSearchFlags::RESTART_SEARCH,
    });
    let mut buf = vec![0u8; 80_000];
    assert!(matches!(
        rop.encode_into(&mut buf),
        Err(EncodeError::InvalidValue { .. })
    ));
}
