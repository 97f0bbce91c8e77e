//! The persisted search folder scenario of `examples/search_folder.rs` ([MS-OXCFOLD]
//! 3.1.4.1, [MS-OXOSRCH] 3.1.4.1): both sides written with the crate, then dissected; the
//! text is checked here.

#[path = "../examples/search_folder.rs"]
#[allow(dead_code)]
mod search_folder;

#[test]
fn the_search_folder_scenario_writes_and_dissects_both_sides() {
    let out = search_folder::run().expect("the scenario runs");
    let lines: Vec<&str> = out.lines().collect();
    // Batch 1: the search folder is created, its criteria set.
    assert_eq!(lines[0], "== create and set criteria: request (178 bytes)");
    assert!(
        lines[2].starts_with(
            "RopCreateFolder @0x002 LogonId=0x00 InputHandleIndex=0x00 \
             OutputHandleIndex=0x01 FolderType=0x02 (Search) UseUnicodeStrings=0x01"
        ),
        "{}",
        lines[2]
    );
    assert!(lines[2].ends_with(" DisplayName=\"Report templates\" Comment=\"\""));
    assert!(
        lines[3].starts_with("RopSetSearchCriteria @0x02E "),
        "{}",
        lines[3]
    );
    assert!(out.contains(
        "PropTag=0x10F4000B (PidTagAttributeHidden)\n          TaggedValue: \
         PropertyTag=0x10F4000B (PidTagAttributeHidden) PropertyValue=0x01"
    ));
    assert!(out.contains("[0] RestrictType=0x02 (RES_NOT)"));
    assert!(out.contains(
        "PropertyTag=0x8001001F (PtypString) \
         PropertyValue=\"urn:schemas-mydomain-tld:reporttemplate\""
    ));
    assert!(out.contains(
        "FolderIdCount=0x0001 FolderIds=[0x0001-0x000000002A01] SearchFlags=0x0000000A \
         (RESTART_SEARCH|SHALLOW_SEARCH)"
    ));
    assert!(out.contains(
        "RopCreateFolder @0x002 OutputHandleIndex=0x01 ReturnValue=0x00000000 (Success) \
         FolderId=0x0001-0x000000002A02 IsExistingFolder=0x00"
    ));
    // The polls: running, then complete, as the decoded SearchFlags say.
    assert!(out.contains("SearchFlags=0x00000001 (SEARCH_RUNNING)"));
    assert!(out.contains("SearchFlags=0x00001000 (SEARCH_COMPLETE)"));
    let verdicts: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with("-- "))
        .collect();
    assert_eq!(
        verdicts,
        [
            "-- the search is still running",
            "-- the search is complete"
        ]
    );
    // Every buffer decoded: no error line.
    assert!(!out.contains("error: "), "{out}");
}
