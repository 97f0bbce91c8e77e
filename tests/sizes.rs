//! The sizes of the values every decode moves around ([MS-OXCROPS] 2.2.1): a guard against
//! a variant that grows the enums for every ROP.

use core::mem::size_of;

use ropwire::rop::{RopRequest, RopResponse};

#[test]
fn rop_enums_stay_small() {
    // RopLogon's success fields are a zero-copy view, so no variant carries a big block.
    assert!(
        size_of::<RopRequest<'_>>() <= 48,
        "{}",
        size_of::<RopRequest<'_>>()
    );
    // The largest responses carry a row list with its column set (QueryRows,
    // GetPropertiesSpecific); 64 bytes is the aim.
    assert!(
        size_of::<RopResponse<'_>>() <= 72,
        "{}",
        size_of::<RopResponse<'_>>()
    );
}
