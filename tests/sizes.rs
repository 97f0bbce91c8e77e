//! The sizes of the values every decode moves around ([MS-OXCROPS] 2.2.1): a guard against
//! a variant that grows the enums for every ROP.

use core::mem::size_of;

use ropwire::rop::{RopRequest, RopResponse};

#[test]
fn rop_enums_stay_small() {
    // RopLogon's success fields are a zero-copy view, so no variant carries a big block.
    // The largest variants take 48 bytes; the enum is `repr(u8)`, a plain tag byte before
    // them (padded to 8), so every `match` reads the tag without niche arithmetic.
    assert!(
        size_of::<RopRequest<'_>>() <= 56,
        "{}",
        size_of::<RopRequest<'_>>()
    );
    // The largest responses are 56 bytes: RopQueryRows and RopExpandRow (a row list, whose
    // one discriminant also tells the form of its column set), RopFindRow (a row whose
    // columns, kind and cells share one discriminant) and RopOpenFolder (HasRules and a
    // ghosted-server list). RopCreateFolder keeps its existing-folder fields as a view.
    assert!(
        size_of::<RopResponse<'_>>() <= 64,
        "{}",
        size_of::<RopResponse<'_>>()
    );
}
