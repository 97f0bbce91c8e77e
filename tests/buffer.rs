//! ROP buffer framing, batch iteration and response pairing ([MS-OXCROPS] 2.2.1).

use ropwire::buffer::{RequestIter, RopBuffer, RopBufferWriter, encode_buffer};
use ropwire::rop::{NoContext, RopId, RopRequest, RopResponse};
use ropwire::sample;
use ropwire::{Decode, Encode, ErrorKind, Writer};

fn request_bytes() -> Vec<u8> {
    let mut mem = vec![0xA5u8; 4096];
    let mut w = Writer::new(&mut mem);
    sample::write_request_buffer(&mut w).unwrap();
    let n = w.position();
    mem.truncate(n);
    mem
}

fn response_bytes() -> Vec<u8> {
    let mut mem = vec![0xA5u8; 4096];
    let mut w = Writer::new(&mut mem);
    sample::write_response_buffer(&mut w).unwrap();
    let n = w.position();
    mem.truncate(n);
    mem
}

#[test]
fn sample_request_buffer_decodes_to_its_rops() {
    let bytes = request_bytes();
    let rop_size = u16::from_le_bytes([bytes[0], bytes[1]]) as usize;
    assert_eq!(bytes.len(), rop_size + 8, "two handles follow RopsList");
    let buf = RopBuffer::decode(&bytes).unwrap();
    assert_eq!(
        buf.handles.iter().collect::<Vec<_>>(),
        vec![0x20, 0xFFFF_FFFF]
    );
    let rops: Vec<RopRequest> = buf.requests().map(Result::unwrap).collect();
    assert_eq!(rops.len(), 7);
    assert_eq!(rops, sample::REQUEST_ROPS.to_vec());
    let ids: Vec<RopId> = rops.iter().map(RopRequest::rop_id).collect();
    assert_eq!(
        ids,
        [
            RopId::CreateMessage,
            RopId::SetProperties,
            RopId::ModifyRecipients,
            RopId::GetPropertiesSpecific,
            RopId::SaveChangesMessage,
            RopId::SubmitMessage,
            RopId::Release
        ]
    );
    // Re-encoding the decoded buffer reproduces it byte for byte.
    assert_eq!(buf.encode_vec().unwrap(), bytes);
}

#[test]
fn responses_pair_with_requests_and_use_request_context() {
    let req = request_bytes();
    let resp = response_bytes();
    let req_buf = RopBuffer::decode(&req).unwrap();
    let resp_buf = RopBuffer::decode(&resp).unwrap();
    let paired: Vec<_> = resp_buf
        .responses(Some(&req_buf), &NoContext)
        .map(Result::unwrap)
        .collect();
    assert_eq!(paired.len(), 6);
    for (p, expected) in paired.iter().zip(sample::RESPONSE_ROPS.iter()) {
        assert_eq!(&p.response, expected);
        assert_eq!(
            p.request.as_ref().map(RopRequest::rop_id),
            Some(expected.rop_id())
        );
    }
    // Without the request, RopGetPropertiesSpecific cannot be decoded: the ROPs before it
    // are returned, then a NeedsContext error at its offset.
    let alone: Vec<_> = resp_buf.responses(None, &NoContext).collect();
    assert_eq!(alone.len(), 4);
    assert!(alone[..3].iter().all(Result::is_ok));
    let err = alone[3].clone().unwrap_err();
    assert!(
        matches!(err.kind, ErrorKind::NeedsContext { .. }),
        "{err:?}"
    );
    let gps_offset = 2 + sample::RESPONSE_ROPS[..3]
        .iter()
        .map(Encode::encoded_len)
        .sum::<usize>();
    // The error is reported after RopId, InputHandleIndex and ReturnValue.
    assert_eq!(err.offset, gps_offset + 6);
}

/// What a response iterator yields, with the request as a value: comparable across the
/// two request sources.
type Pairing<'a> =
    Vec<Result<(Option<usize>, Option<RopRequest<'a>>, RopResponse<'a>), ropwire::DecodeError>>;

#[test]
fn pairing_over_decoded_requests_equals_pairing_over_the_request_buffer() {
    let req = request_bytes();
    let resp = response_bytes();
    let req_buf = RopBuffer::decode(&req).unwrap();
    let requests: Vec<RopRequest> = req_buf.requests().map(Result::unwrap).collect();
    // The whole response batch, then every cut of its RopsList: the ROPs before the cut pair
    // the same, and the error at the cut has the same kind and offset.
    let full = RopBuffer::decode(&resp).unwrap();
    for cut in 0..=full.rops.len() {
        let rs = RopBuffer::new(&full.rops[..cut], full.handles);
        let lazy: Pairing = rs
            .responses(Some(&req_buf), &NoContext)
            .map(|p| p.map(|p| (p.request_index, p.request, p.response)))
            .collect();
        let decoded: Pairing = rs
            .responses_to(&requests, req_buf.handles, &NoContext)
            .map(|p| p.map(|p| (p.request_index, p.request.copied(), p.response)))
            .collect();
        assert_eq!(lazy, decoded, "cut at {cut}");
        if cut == full.rops.len() {
            let indexes: Vec<_> = decoded.iter().map(|p| p.as_ref().unwrap().0).collect();
            // RopRelease (index 6) has no response.
            assert_eq!(indexes, [0, 1, 2, 3, 4, 5].map(Some));
        }
    }
}

#[test]
fn batch_iteration_returns_rops_before_a_bad_one() {
    let mut mem = [0u8; 256];
    let mut w = Writer::new(&mut mem);
    let mut b = RopBufferWriter::begin(&mut w).unwrap();
    b.push(&sample::REQUEST_ROPS[5]).unwrap();
    b.push(&sample::REQUEST_ROPS[6]).unwrap();
    let bad_at = b.rop_size();
    // A RopId that is defined but not implemented yet; 0x00 is not a RopId.
    let unsupported = RopId::ALL
        .iter()
        .copied()
        .find(|id| !id.request_supported())
        .expect("some ROP is not implemented yet");
    b.push(&[unsupported.0, 0, 0]).unwrap();
    b.finish(&[1]).unwrap();
    let n = w.position();
    let buf = RopBuffer::decode(&mem[..n]).unwrap();
    let out: Vec<_> = buf.requests().collect();
    assert_eq!(out.len(), 3);
    assert!(out[0].is_ok() && out[1].is_ok());
    let e = out[2].unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported(unsupported));
    assert_eq!(e.offset, bad_at);

    let unknown = [0x00u8, 0, 0];
    let e = RequestIter::new(&unknown, 0).next().unwrap().unwrap_err();
    assert_eq!((e.kind, e.offset), (ErrorKind::UnknownRopId(0), 0));
}

#[test]
fn framing_errors_are_typed() {
    assert_eq!(
        RopBuffer::decode(&[1, 0]).unwrap_err().kind,
        ErrorKind::InvalidValue {
            field: "RopSize (smaller than 2)"
        }
    );
    assert!(matches!(
        RopBuffer::decode(&[9, 0, 1]).unwrap_err().kind,
        ErrorKind::Truncated { .. }
    ));
    // 1-3 bytes after the last whole handle were an error; peers ignore them, so they are
    // accepted now, kept and re-encoded (see tests/peers.rs).
    let b = RopBuffer::decode(&[2, 0, 1, 2, 3]).unwrap();
    assert_eq!((b.handles.len(), b.trailing), (0, &[1u8, 2, 3][..]));
    let mut too_many = vec![2u8, 0];
    too_many.extend(std::iter::repeat_n(0u8, 4 * 257));
    assert!(matches!(
        RopBuffer::decode(&too_many).unwrap_err().kind,
        ErrorKind::CountTooLarge { .. }
    ));
}

#[test]
fn every_prefix_of_the_sample_is_an_error_or_shorter_batch() {
    let bytes = request_bytes();
    for n in 0..bytes.len() {
        // A prefix either fails to frame, or frames and yields an error among its ROPs,
        // or (if the cut falls inside the handle table) fails the handle-table check.
        match RopBuffer::decode(&bytes[..n]) {
            Err(_) => {}
            Ok(b) => {
                let all_ok = b.requests().all(|r| r.is_ok());
                assert!(!all_ok || b.handles.len() < 2, "prefix {n} decoded fully");
            }
        }
    }
    let resp = response_bytes();
    let req_buf = RopBuffer::decode(&bytes).unwrap();
    for n in 0..resp.len() {
        if let Ok(b) = RopBuffer::decode(&resp[..n]) {
            let _ = b.responses(Some(&req_buf), &NoContext).count();
        }
    }
}

#[test]
fn encode_buffer_writes_rop_size_and_handles() {
    let mut a = [0xA5u8; 64];
    let mut w = Writer::new(&mut a);
    encode_buffer(&mut w, &sample::REQUEST_ROPS[5..], &[7, 8]).unwrap();
    let n = w.position();
    // RopSize 9 = 2 + RopSubmitMessage (4) + RopRelease (3), then two handles.
    assert_eq!(
        &a[..n],
        &[9, 0, 0x32, 0, 1, 0, 0x01, 0, 1, 7, 0, 0, 0, 8, 0, 0, 0]
    );
    assert_eq!(a[n], 0xA5, "nothing written past the end");
    let resp = RopResponse::decode_alone(&[0x32, 1, 0, 0, 0, 0]).unwrap().1;
    assert_eq!(resp.rop_id(), RopId::SubmitMessage);
}

#[test]
fn a_response_with_the_ropid_of_rop_release_is_an_error_and_ends_the_batch() {
    // RopRelease (0x01) has no response ([MS-OXCROPS] 2.2.15.3): a response list starting
    // with it fails at its RopId, and nothing after it is decoded.
    let rops = [0x01, 0x00, 0x01, 0x00];
    for paired in [
        ropwire::buffer::ResponseIter::alone(&rops, 2).collect::<Vec<_>>(),
        RopBuffer::new(&rops, ropwire::wire::LeArray::empty())
            .responses(None, &NoContext)
            .collect(),
    ] {
        assert_eq!(paired.len(), 1);
        let e = paired[0].clone().unwrap_err();
        assert_eq!(e.offset, 2);
        assert!(
            matches!(e.kind, ErrorKind::InvalidValue { field } if field.contains("no response")),
            "{e:?}"
        );
    }
}
