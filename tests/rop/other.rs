//! Other ROPs ([MS-OXCROPS] 2.2.15): RopBackoff, RopBufferTooSmall and RopRelease.

use ropwire::rop::other::ReleaseRequest;
use ropwire::rop::{RopId, RopRequest, RopResponse};
use ropwire::{Decode, ErrorKind};

use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, decode_request, decode_response,
    encode_checked,
};

#[test]
fn backoff_with_rops_and_additional_data() {
    let b = [
        0xF9, 0x02, 0x10, 0x27, 0x00, 0x00, 0x02, 0x07, 0xE8, 0x03, 0x00, 0x00, 0x0A, 0xD0, 0x07,
        0x00, 0x00, 0x03, 0x00, 0xAA, 0xBB, 0xCC,
    ];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Backoff(v) = &r else {
        panic!("{r:?}")
    };
    assert_eq!(v.logon_id, 2);
    assert_eq!(v.duration, 10_000);
    let rops: Vec<_> = v
        .backoff_rops
        .iter()
        .map(|r| (r.rop_id_backoff, r.duration))
        .collect();
    assert_eq!(
        rops,
        [
            (ropwire::rop::RopId::GetPropertiesSpecific, 1000),
            (ropwire::rop::RopId::SetProperties, 2000)
        ]
    );
    assert_eq!(v.additional_data, [0xAA, 0xBB, 0xCC]);
    assert_eq!(encode_checked(&r), b);
    assert_response_prefixes_fail(&b, None);

    // No rops, no additional data.
    let b = [0xF9, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::Backoff(v) = &r else {
        panic!()
    };
    assert!(v.backoff_rops.is_empty() && v.additional_data.is_empty());
    assert_eq!(encode_checked(&r), b);

    // A BackoffRopCount beyond the input is a count error, not a panic.
    let bad = [0xF9, 0x00, 0x01, 0x00, 0x00, 0x00, 0xFF, 0x00, 0x00];
    assert_eq!(
        decode_response(&bad, None).unwrap_err().kind,
        ErrorKind::CountTooLarge {
            field: "BackoffRopCount"
        }
    );
}

#[test]
fn buffer_too_small_carries_the_unprocessed_requests() {
    let b = [0xFF, 0x00, 0x80, 0x32, 0x00, 0x02, 0x00, 0x01, 0x00, 0x01];
    let r = decode_response(&b, None).unwrap();
    let RopResponse::BufferTooSmall(v) = &r else {
        panic!("{r:?}")
    };
    assert_eq!(v.size_needed, 0x8000);
    assert_eq!(v.request_buffers, &b[3..]);
    // RequestBuffers holds request ROPs: RopSubmitMessage then RopRelease.
    let (first, n) = RopRequest::decode_prefix(v.request_buffers).unwrap();
    assert_eq!(first.rop_id(), RopId::SubmitMessage);
    let second = RopRequest::decode(&v.request_buffers[n..]).unwrap();
    assert_eq!(
        second,
        RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 1
        })
    );
    assert_eq!(encode_checked(&r), b);
    // Only the RopId and SizeNeeded are mandatory.
    assert!(decode_response(&b[..2], None).is_err());
    let r = decode_response(&b[..3], None).unwrap();
    let RopResponse::BufferTooSmall(v) = r else {
        panic!()
    };
    assert!(v.request_buffers.is_empty());
}

#[test]
fn release_request() {
    let b = [0x01, 0x00, 0x03];
    assert_eq!(
        decode_request(&b).unwrap(),
        RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 3
        })
    );
    assert_eq!(
        encode_checked(&RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 3
        })),
        b
    );
    assert_request_prefixes_fail(&b);
}
