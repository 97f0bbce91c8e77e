//! Round trips for every implemented ROP, generated from the ROP table through
//! `RopRequest::arb()` and `RopResponse::arb()`: no second list of ROPs to keep.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use ropwire::rop::{RopId, RopRequest, RopResponse};
use ropwire::wire::finish;

use super::encode_checked;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// value → bytes → value, for every implemented request, with its context.
    #[test]
    fn every_request_value_bytes_value((cx, rop) in RopRequest::arb()) {
        let bytes = encode_checked(&rop);
        let back = finish(&bytes, |i| RopRequest::parse_with(i, &cx.request_cx()));
        prop_assert_eq!(back, Ok(rop));
    }

    /// value → bytes → value, for every implemented response, with its context.
    #[test]
    fn every_response_value_bytes_value((cx, rop) in RopResponse::arb()) {
        let bytes = encode_checked(&rop);
        let back = finish(&bytes, |i| RopResponse::parse(i, cx.cx()));
        prop_assert_eq!(back, Ok(rop));
    }

    /// bytes → value → bytes: any byte changed, whatever still decodes (with the
    /// request's context) re-encodes to the bytes it consumed.
    #[test]
    fn every_request_bytes_value_bytes((cx, rop) in RopRequest::arb(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = encode_checked(&rop);
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok((rest, v)) = RopRequest::parse_with(&bytes, &cx.request_cx()) {
            let n = bytes.len() - rest.len();
            prop_assert_eq!(encode_checked(&v), &bytes[..n]);
        }
    }

    /// The same for responses, decoded with their context.
    #[test]
    fn every_response_bytes_value_bytes((cx, rop) in RopResponse::arb(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = encode_checked(&rop);
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok((rest, v)) = RopResponse::parse(&bytes, cx.cx()) {
            let n = bytes.len() - rest.len();
            prop_assert_eq!(encode_checked(&v), &bytes[..n]);
        }
    }
}

/// The strategies reach every ROP the table marks as implemented, and nothing else.
#[test]
fn strategies_cover_the_rop_table() {
    let mut runner = TestRunner::deterministic();
    let (mut reqs, mut resps) = (BTreeSet::new(), BTreeSet::new());
    let (rq, rs) = (RopRequest::arb(), RopResponse::arb());
    for _ in 0..3000 {
        reqs.insert(rq.new_tree(&mut runner).unwrap().current().1.rop_id());
        resps.insert(rs.new_tree(&mut runner).unwrap().current().1.rop_id());
    }
    let want_req: BTreeSet<RopId> = RopId::ALL
        .iter()
        .copied()
        .filter(|i| i.request_supported())
        .collect();
    let want_resp: BTreeSet<RopId> = RopId::ALL
        .iter()
        .copied()
        .filter(|i| i.response_supported())
        .collect();
    assert_eq!(reqs, want_req);
    assert_eq!(resps, want_resp);
    assert!(want_req.contains(&RopId::SetColumns) && want_resp.contains(&RopId::QueryRows));
}
