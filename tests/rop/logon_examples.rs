//! Logon ROP vectors from the Protocol Examples of [MS-OXCSTOR] (section 4).
//!
//! The [MS-OXCSTOR] examples show only the fields that section 2.2.1 describes for each ROP,
//! not the RopId, LogonId and handle index bytes around them. The bytes are therefore
//! checked against the structures they show (the request's DatabaseGuid, the response's
//! success fields), and then inside whole ROPs whose surrounding bytes are ours and say so.

use ropwire::Decode;
use ropwire::data::Guid;
use ropwire::rop::logon::{
    GetPerUserLongTermIdsRequest, GetPerUserLongTermIdsResponse, GetPerUserLongTermIdsSuccess,
};
use ropwire::rop::{RopId, RopRequest, RopResponse, RopResult};

use super::{encode_checked, example_request, example_response, hex};

/// [MS-OXCSTOR] section 4, the RopGetPerUserLongTermIds exchange: the request's
/// DatabaseGuid (section 2.2.1.10.1) and a response whose LongTermIdCount is 0, no IDs
/// being returned (section 2.2.1.10.2).
#[test]
fn oxcstor_get_per_user_long_term_ids() {
    // Request: [0000-000F] DatabaseGuid.
    let guid = hex("0000: 4D 77 D4 64 83 49 70 4F-9B 8B 46 E6 35 BB 78 AB");
    let g = Guid::decode(&guid).unwrap();
    assert_eq!(g.to_string(), "{64D4774D-4983-4F70-9B8B-46E635BB78AB}");
    assert_eq!(encode_checked(&g), guid);

    // Response: [0000-0001] LongTermIdCount 0.
    let fields = hex("0000: 00 00");
    let s = GetPerUserLongTermIdsSuccess::decode(&fields).unwrap();
    assert!(s.long_term_ids.is_empty());
    assert_eq!(encode_checked(&s), fields);

    // The same fields inside whole ROPs: RopId 0x60, LogonId 0, InputHandleIndex 1 and
    // ReturnValue 0 are ours, not the example's.
    let mut req = vec![0x60, 0x00, 0x01];
    req.extend_from_slice(&guid);
    assert_eq!(
        example_request(&req),
        RopRequest::GetPerUserLongTermIds(GetPerUserLongTermIdsRequest {
            logon_id: 0,
            input_handle_index: 1,
            database_guid: g,
        })
    );
    let mut resp = vec![0x60, 0x01, 0x00, 0x00, 0x00, 0x00];
    resp.extend_from_slice(&fields);
    let r = example_response(&resp, None);
    assert_eq!(
        r,
        RopResponse::GetPerUserLongTermIds(GetPerUserLongTermIdsResponse {
            input_handle_index: 1,
            result: RopResult::Success(s),
        })
    );
    assert_eq!(r.rop_id(), RopId::GetPerUserLongTermIds);
}
