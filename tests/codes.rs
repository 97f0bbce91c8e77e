//! The [MS-OXCDATA] 2.4 error-code table of `ropwire::codes::ErrorCode`.

use ropwire::codes::ErrorCode;

#[test]
fn spec_values_have_their_names() {
    let cases: &[(u32, &str)] = &[
        // 2.4, the main table.
        (0x0000_0000, "Success"),
        (0x8000_4005, "ecError"),
        (0x8004_010F, "ecNotFound"),
        (0x8004_0102, "ecNotSupported"),
        (0x8007_0005, "ecAccessDenied"),
        (0x8007_0057, "ecInvalidParam"),
        (0x8007_000E, "ecMAPIOOM"),
        (0x8004_060B, "ecRootFolder"),
        (0x8003_0001, "StorageInvalidFunction"),
        (0x8004_0802, "SyncConflict"),
        // 2.4.1, the additional codes.
        (0x0000_03EA, "ecJetError"),
        (0x0000_03EB, "ecUnknownUser"),
        (0x0000_0478, "ecWrongServer"),
        (0x0000_047D, "ecBufferTooSmall"),
        (0x0000_04B9, "ecNullObject"),
        (0x0000_0503, "ecDstNullObject"),
        (0x0000_04B6, "ecRpcFormat"),
        (0x0000_0A3A, "VirusScanGeneralFailure"),
        (0xFFFF_F8F0, "IsamErrorDiskFull"),
        (0xFFFF_FF9C, "IsamErrorRfsFailure"),
        // 2.4.2, the property error codes.
        (0x8004_0301, "ecPropBadValue"),
        (0x8004_0305, "ecTooBig"),
        (0x8004_0307, "UnexpectedId"),
        // 2.4.3, the warning codes.
        (0x0004_0380, "ecWarnWithErrors"),
        (0x0004_0680, "ecPartialCompletion"),
        (0x0004_0821, "NewerClientChange"),
        (0x0000_0001, "UnbindSuccess"),
        (0xFFFF_FFFF, "IsamWarningNotYetImplemented"),
    ];
    for &(value, name) in cases {
        assert_eq!(ErrorCode(value).name(), Some(name), "0x{value:08X}");
    }
}

#[test]
fn constants_carry_the_spec_values() {
    // The constants that existed before the table was completed keep their names and values.
    assert_eq!(ErrorCode::SUCCESS, ErrorCode(0));
    assert_eq!(ErrorCode::NOT_FOUND, ErrorCode(0x8004_010F));
    assert_eq!(ErrorCode::CALL_FAILED, ErrorCode(0x8000_4005));
    assert_eq!(ErrorCode::NOT_ENOUGH_MEMORY, ErrorCode(0x8007_000E));
    assert_eq!(ErrorCode::WRONG_SERVER, ErrorCode(0x0000_0478));
    assert_eq!(ErrorCode::NETWORK, ErrorCode(0x8004_0115));
    assert_eq!(ErrorCode::UNKNOWN_FLAGS, ErrorCode(0x8004_0106));
    assert_eq!(ErrorCode::OBJECT_MODIFIED, ErrorCode(0x8004_0109));
    assert_eq!(ErrorCode::LOGIN_FAILURE, ErrorCode(0x8004_0111));
    assert_eq!(ErrorCode::UNABLE_TO_ABORT, ErrorCode(0x8004_0114));
    // New ones are named after the spec's table name.
    assert_eq!(ErrorCode::NULL_DESTINATION_OBJECT, ErrorCode(0x0000_0503));
    assert_eq!(ErrorCode::ERRORS_RETURNED, ErrorCode(0x0004_0380));
    assert_eq!(ErrorCode::BAD_VALUE, ErrorCode(0x8004_0301));
    assert_eq!(
        ErrorCode::ISAM_ERROR_DATABASE_200_FORMAT,
        ErrorCode(0xFFFF_FB46)
    );
    // `ServerBusy` names two values: 0x8004010B in 2.4 and 0x00000480 in 2.4.1.
    assert_eq!(ErrorCode::BUSY, ErrorCode(0x8004_010B));
    assert_eq!(ErrorCode::SERVER_BUSY, ErrorCode(0x0000_0480));
    assert_eq!(ErrorCode::BUSY.name(), Some("ecBusy"));
    assert_eq!(ErrorCode::SERVER_BUSY.name(), Some("ecServerBusy"));
}

#[test]
fn values_listed_in_two_tables_are_one_constant() {
    // 2.4.2 repeats two values of 2.4; 2.4.3 gives two warnings the values of 2.4.1 codes. The
    // error-code name is the one printed.
    assert_eq!(ErrorCode(0x8004_010F).name(), Some("ecNotFound"));
    assert_eq!(ErrorCode(0x8007_000E).name(), Some("ecMAPIOOM"));
    assert_eq!(ErrorCode(0x0000_03EE).name(), Some("ecBadConfig"));
    assert_eq!(ErrorCode(0x0000_03EF).name(), Some("ecUnknownCodePage"));
}

#[test]
fn unknown_values_are_kept_and_printed_as_numbers() {
    for value in [
        0x0000_0003,
        0x0000_03E8,
        0x8004_0119,
        0x8004_060C,
        0x1234_5678,
    ] {
        let code = ErrorCode(value);
        assert_eq!(code.name(), None, "0x{value:08X}");
        assert!(!ErrorCode::ALL.contains(&code));
        assert_eq!(code.0, value);
    }
    assert_eq!(
        format!("{:?}", ErrorCode(0x1234_5678)),
        "ErrorCode(0x12345678)"
    );
    assert_eq!(
        format!("{:?}", ErrorCode(0x0000_0003)),
        "ErrorCode(0x00000003)"
    );
    assert_eq!(
        format!("{:?}", ErrorCode::NOT_FOUND),
        "ecNotFound(0x8004010F)"
    );
    assert_eq!(format!("{:?}", ErrorCode::SUCCESS), "Success(0x00000000)");
}

#[test]
fn all_is_the_whole_table_once() {
    // [MS-OXCDATA] 2.4 has 69 rows, 2.4.1 has 517, 2.4.2 has 9 and 2.4.3 has 45: 640 rows.
    // Four values appear twice: NotFound (0x8004010F) and NotEnoughMemory (0x8007000E) of 2.4.2
    // repeat 2.4 values, and the warnings IsamWarningBufferTruncated (0x000003EE) and
    // IsamWarningDatabaseAttached (0x000003EF) share the values of BadConfiguration and
    // UnknownCodePage in 2.4.1. That leaves 636 distinct values.
    assert_eq!(ErrorCode::ALL.len(), 636);
    let mut values: Vec<u32> = ErrorCode::ALL.iter().map(|c| c.0).collect();
    values.sort_unstable();
    values.dedup();
    assert_eq!(
        values.len(),
        ErrorCode::ALL.len(),
        "a value is listed twice"
    );
    for code in ErrorCode::ALL {
        let name = code.name().expect("every listed value has a name");
        assert!(!name.is_empty());
        assert!(format!("{code:?}").starts_with(name));
    }
    // Names are unique too, so a printed name identifies its value.
    let mut names: Vec<&str> = ErrorCode::ALL.iter().filter_map(|c| c.name()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names.len(),
        ErrorCode::ALL.len(),
        "a name is printed for two values"
    );
}
