//! Structured fuzzing (feature `arbitrary`): every ROP request and response that
//! `arbitrary` builds from deterministic pseudo-random bytes encodes and decodes back to
//! itself (a response with the context generated with it), and the generators reach every
//! ROP the table marks as implemented.
#![cfg(feature = "arbitrary")]

use std::collections::BTreeSet;

use arbitrary::{Arbitrary, Unstructured};
use ropwire::data::{PropertyRow, PropertyValue, RecipientRow, TaggedPropertyValue};
use ropwire::rop::context::{ArbitraryContext, ArbitraryWithContext};
use ropwire::rop::message::ModifyRecipientsRequest;
use ropwire::rop::property::SetPropertiesRequest;
use ropwire::rop::table::QueryRowsResponse;
use ropwire::rop::{RopId, RopRequest, RopResponse, RopResult};
use ropwire::wire::{DecodeCtx, finish};
use ropwire::{Decode, DecodeError, Encode};

/// Inputs per test.
const RUNS: u64 = 2000;

/// xorshift64*: deterministic bytes without a dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A buffer of 0 to 1023 uniform bytes.
    fn buffer(&mut self) -> Vec<u8> {
        let n = (self.next() % 1024) as usize;
        (0..n).map(|_| (self.next() >> 56) as u8).collect()
    }

    /// A buffer of 0 to 255 bytes drawn from [`WIRE_LIKE`].
    fn wire_like(&mut self) -> Vec<u8> {
        let n = (self.next() % 256) as usize;
        (0..n)
            .map(|_| WIRE_LIKE[(self.next() >> 40) as usize % WIRE_LIKE.len()])
            .collect()
    }
}

/// Bytes a wire form is made of: NULs and small counts, flags, property type codes. Lists
/// in their wire form rarely parse from uniform bytes; from these they often do.
const WIRE_LIKE: &[u8] = &[
    0x00, 0x00, 0x00, 0x00, 0x01, 0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x0A, 0x0B, 0x0F, 0x10, 0x14,
    0x1E, 0x1F, 0x40, 0x41, 0x48, 0x61, 0x80, 0xFF,
];

/// The pseudo-random inputs of run `seed`: uniform and wire-like buffers in turn.
fn inputs(seed: u64) -> impl Iterator<Item = Vec<u8>> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15 ^ seed);
    (0..RUNS).map(move |i| {
        if i % 2 == 0 {
            rng.buffer()
        } else {
            rng.wire_like()
        }
    })
}

fn encode<T: Encode + std::fmt::Debug>(v: &T) -> Vec<u8> {
    match v.encode_vec() {
        Ok(b) => {
            assert_eq!(b.len(), v.encoded_len(), "encoded_len of {v:?}");
            b
        }
        Err(e) => panic!("a generated value failed to encode: {e:?} {v:?}"),
    }
}

fn decode_request<'a: 'b, 'b>(
    b: &'b [u8],
    cx: &ArbitraryContext<'a>,
) -> Result<RopRequest<'b>, DecodeError> {
    finish(b, |i| RopRequest::parse_with(i, &cx.request_cx()))
}

fn decode_response<'a: 'b, 'b>(
    b: &'b [u8],
    cx: &ArbitraryContext<'a>,
) -> Result<RopResponse<'b>, DecodeError> {
    finish(b, |i| RopResponse::parse(i, cx.cx()))
}

fn supported(f: fn(RopId) -> bool) -> BTreeSet<RopId> {
    RopId::ALL.iter().copied().filter(|&i| f(i)).collect()
}

/// value → bytes → value for every generated request, and every implemented request id
/// generated at least once.
#[test]
fn generated_requests_round_trip_and_cover_the_table() {
    let mut seen = BTreeSet::new();
    let mut context = 0;
    for data in inputs(1) {
        let mut u = Unstructured::new(&data);
        let (cx, rop) =
            RopRequest::arbitrary_with_context(&mut u).expect("a request from any input");
        let bytes = encode(&rop);
        assert_eq!(
            decode_request(&bytes, &cx),
            Ok(rop),
            "bytes {bytes:02X?} context {cx:?}"
        );
        if rop.rop_id().request_needs_context() {
            context += 1;
        } else {
            assert_eq!(RopRequest::decode(&bytes), Ok(rop), "bytes {bytes:02X?}");
        }
        seen.insert(rop.rop_id());
    }
    assert_eq!(seen, supported(RopId::request_supported));
    assert!(context > 0, "no request that needs context was generated");
}

/// value → bytes → value for every generated response, decoded with its context, and every
/// implemented response id generated at least once. (That table rows fill is checked on
/// the responses that carry them, in `wire_form_lists_fill_from_wire_like_bytes`: here each
/// ROP gets a few dozen of the inputs, too few to count on a row.)
#[test]
fn generated_responses_round_trip_and_cover_the_table() {
    let mut seen = BTreeSet::new();
    let mut context = 0;
    for data in inputs(2) {
        let mut u = Unstructured::new(&data);
        let (cx, rop) = RopResponse::arbitrary_with_context(&mut u).expect("a response");
        let bytes = encode(&rop);
        assert_eq!(
            decode_response(&bytes, &cx),
            Ok(rop),
            "bytes {bytes:02X?} context {cx:?}"
        );
        if rop.rop_id().response_needs_context() {
            context += 1;
            // Without its context, such a response says what it needs (or is a failure
            // layout, which needs nothing).
            let alone = RopResponse::decode_alone(&bytes);
            if let Err(e) = alone {
                assert!(
                    matches!(e, ropwire::nom::Err::Error(f) if matches!(f.kind, ropwire::ErrorKind::NeedsContext(_))),
                    "{e:?}"
                );
            }
        }
        seen.insert(rop.rop_id());
    }
    assert_eq!(seen, supported(RopId::response_supported));
    assert!(context > 0, "no response that needs context was generated");
}

/// The lists kept in their wire form (property values, recipient rows, table rows) are not
/// always empty: from wire-like bytes their elements often parse.
#[test]
fn wire_form_lists_fill_from_wire_like_bytes() {
    let (mut values, mut recipients, mut rows) = (0, 0, 0);
    let mut rng = XorShift(5);
    for _ in 0..RUNS {
        let data = rng.wire_like();
        let mut u = Unstructured::new(&data);
        let r = SetPropertiesRequest::arbitrary(&mut u).unwrap();
        values += r.property_values.len();
        let rop = RopRequest::SetProperties(r);
        assert_eq!(RopRequest::decode(&encode(&rop)), Ok(rop));

        let mut u = Unstructured::new(&data);
        let r = ModifyRecipientsRequest::arbitrary(&mut u).unwrap();
        recipients += r.recipient_rows().len();
        let rop = RopRequest::ModifyRecipients(r);
        assert_eq!(RopRequest::decode(&encode(&rop)), Ok(rop));

        let mut u = Unstructured::new(&data);
        let (cx, r) = QueryRowsResponse::arbitrary_with_context(&mut u).unwrap();
        if let RopResult::Success(s) = &r.result {
            rows += s.rows.len();
        }
        let rop = RopResponse::QueryRows(r);
        assert_eq!(decode_response(&encode(&rop), &cx), Ok(rop));
    }
    assert!(
        values > 0 && recipients > 0 && rows > 0,
        "values {values}, recipient rows {recipients}, table rows {rows}"
    );
}

/// The oracle of the `structured` fuzz target accepts every input (it panics on a broken
/// law).
#[test]
fn structured_oracle_holds() {
    for data in inputs(3) {
        ropwire::fuzzing::structured_round_trip(&data);
    }
    ropwire::fuzzing::structured_round_trip(&[]);
    ropwire::fuzzing::structured_round_trip(&[0xFF; 4096]);
    ropwire::fuzzing::structured_round_trip(&[0x00; 4096]);
}

/// The value types outside the ROPs' wire-form lists: property values, rows and recipient
/// rows built from the same inputs round-trip too.
#[test]
fn generated_values_round_trip() {
    let (mut cells, mut strings) = (0, 0);
    for data in inputs(4) {
        let mut u = Unstructured::new(&data);
        let v = TaggedPropertyValue::arbitrary(&mut u).unwrap();
        let bytes = encode(&v);
        assert_eq!(TaggedPropertyValue::decode(&bytes), Ok(v));
        if matches!(
            v.value,
            PropertyValue::String(_) | PropertyValue::String8(_)
        ) {
            strings += 1;
        }

        let row = PropertyRow::arbitrary(&mut u).unwrap();
        let bytes = encode(&row);
        assert_eq!(
            finish(&bytes, |i| PropertyRow::decode_with(i, row.columns())),
            Ok(row)
        );
        cells += row.len();

        let r = RecipientRow::arbitrary(&mut u).unwrap();
        let bytes = encode(&r);
        let cols = r.properties.columns();
        assert_eq!(finish(&bytes, |i| RecipientRow::parse_ctx(i, cols)), Ok(r));
    }
    assert!(cells > 0 && strings > 0, "cells {cells}, strings {strings}");
}
