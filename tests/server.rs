//! Server-side writing: the response buffer honours the client's limit and closes with
//! RopBufferTooSmall ([MS-OXCROPS] 2.2.15.1), and chained RPC_HEADER_EXT blocks
//! ([MS-OXCRPC] 3.1.4.2.1.2).

use ropwire::buffer::{Pushed, ResponseBufferWriter, RopBuffer};
use ropwire::rop::{NoContext, RopId, RopRequest, RopResponse};
use ropwire::rpc_ext::{ChainWriter, EcDoRpcExt2Flags, RpcChain, RpcFlags, may_chain};
use ropwire::{Decode, Encode, Writer, sample};

fn request_bytes() -> Vec<u8> {
    let mut mem = vec![0u8; 4096];
    let mut w = Writer::new(&mut mem);
    sample::write_request_buffer(&mut w).unwrap();
    let n = w.position();
    mem.truncate(n);
    mem
}

/// A toy server: answers each request of the sample with the sample's response, within
/// `limit` bytes. Returns the output buffer and what the last push said.
fn serve(limit: usize) -> (Vec<u8>, Vec<Pushed>) {
    let req = request_bytes();
    let buf = RopBuffer::decode(&req).unwrap();
    let mut answers = sample::RESPONSE_ROPS.iter();
    let mut out = vec![0xA5u8; 4096];
    let mut w = Writer::new(&mut out);
    let mut rb = ResponseBufferWriter::begin(&mut w, limit, 2).unwrap();
    let mut pushed = Vec::new();
    let mut it = buf.requests();
    loop {
        let tail = it.remaining();
        let Some(rop) = it.next() else { break };
        let rop = rop.unwrap();
        let after = it.remaining();
        if rop.rop_id().has_no_response() {
            continue;
        }
        let resp = answers.next().unwrap();
        assert_eq!(resp.rop_id(), rop.rop_id());
        let p = rb.push(resp, tail, after).unwrap();
        pushed.push(p);
        if rb.is_closed() {
            break;
        }
    }
    rb.finish(&sample::RESPONSE_HANDLES).unwrap();
    let n = w.position();
    out.truncate(n);
    (out, pushed)
}

#[test]
fn a_roomy_limit_writes_every_response() {
    let (out, pushed) = serve(0x8000);
    assert!(pushed.iter().all(|p| *p == Pushed::Written));
    let mut expected = vec![0u8; 4096];
    let mut w = Writer::new(&mut expected);
    sample::write_response_buffer(&mut w).unwrap();
    assert_eq!(out, w.written());
}

#[test]
fn a_tight_limit_ends_with_buffer_too_small_carrying_the_unprocessed_requests() {
    use ropwire::data::row::{RowCells, RowKind, RowValue};
    use ropwire::data::{PropertyRow, PropertyTag, PropertyValue};
    use ropwire::rop::RopResult;
    use ropwire::rop::property::{GetPropertiesSpecificRequest, GetPropertiesSpecificResponse};
    use ropwire::wire::{LeArray, Utf16Str};

    // Small requests, large responses: four reads of PidTagBody.
    const BODY: [PropertyTag; 1] = [PropertyTag(0x1000_001F)];
    let request = RopRequest::GetPropertiesSpecific(GetPropertiesSpecificRequest {
        logon_id: 0,
        input_handle_index: 0,
        property_size_limit: 0,
        want_unicode: 1,
        property_tags: LeArray::Slice(&BODY),
    });
    let text = "x".repeat(100);
    let cells = [RowValue::Value(PropertyValue::String(Utf16Str::Str(&text)))];
    let response = RopResponse::GetPropertiesSpecific(GetPropertiesSpecificResponse {
        input_handle_index: 0,
        result: RopResult::Success(PropertyRow::new(
            LeArray::Slice(&BODY),
            RowKind::Standard,
            RowCells::Items(&cells),
        )),
    });
    let mut req = vec![0u8; 256];
    let mut w = Writer::new(&mut req);
    ropwire::buffer::encode_buffer(&mut w, &[request, request, request, request], &[7]).unwrap();
    let n = w.position();
    req.truncate(n);
    let req_buf = RopBuffer::decode(&req).unwrap();
    let (q, r) = (13usize, response.encoded_len());
    assert_eq!(req_buf.rops.len(), 4 * q);
    // Room for two responses plus a RopBufferTooSmall with the two requests after them.
    let limit = 2 + 2 * r + 3 + 2 * q + 4;
    let mut out = vec![0xA5u8; 1024];
    let mut w = Writer::new(&mut out);
    let mut rb = ResponseBufferWriter::begin(&mut w, limit, 1).unwrap();
    let mut it = req_buf.requests();
    let mut pushed = Vec::new();
    while !rb.is_closed() {
        let tail = it.remaining();
        let Some(rop) = it.next() else { break };
        rop.unwrap();
        pushed.push(rb.push(&response, tail, it.remaining()).unwrap());
    }
    rb.finish(&[7]).unwrap();
    let n = w.position();
    assert_eq!(n, limit, "the buffer is filled exactly");
    let size_needed = (2 + 3 * r + 4) as u16;
    assert_eq!(
        pushed,
        [
            Pushed::Written,
            Pushed::Written,
            Pushed::BufferTooSmall { size_needed }
        ]
    );

    let resp_buf = RopBuffer::decode(&out[..n]).unwrap();
    let responses: Vec<_> = resp_buf
        .responses(Some(&req_buf), &NoContext)
        .map(Result::unwrap)
        .collect();
    assert_eq!(responses.len(), 3);
    assert_eq!(responses[0].response, response);
    assert_eq!(responses[1].response, response);
    let RopResponse::BufferTooSmall(bts) = &responses[2].response else {
        panic!()
    };
    assert_eq!(bts.size_needed, size_needed);
    // The unprocessed requests are exactly the last two.
    assert_eq!(bts.request_buffers, &req_buf.rops[2 * q..]);
    assert_eq!(
        ropwire::buffer::RequestIter::new(bts.request_buffers, 0).count(),
        2
    );
}

#[test]
fn no_room_even_for_buffer_too_small_is_an_encode_error() {
    let mut out = [0u8; 64];
    let mut w = Writer::new(&mut out);
    let mut rb = ResponseBufferWriter::begin(&mut w, 16, 2).unwrap();
    let err = rb
        .push(&sample::RESPONSE_ROPS[0], &[0u8; 32], &[0u8; 28])
        .unwrap_err();
    assert!(
        matches!(err, ropwire::EncodeError::BufferTooSmall { .. }),
        "{err:?}"
    );
}

#[test]
fn chained_blocks_get_last_on_the_final_one() {
    let mut mem = [0u8; 256];
    let mut w = Writer::new(&mut mem);
    let mut chain = ChainWriter::new(&mut w);
    chain
        .block(RpcFlags::empty(), |w| w.put_bytes(b"first"))
        .unwrap();
    chain
        .block(RpcFlags::XOR_MAGIC, |w| w.put_bytes(b"second"))
        .unwrap();
    chain
        .block(RpcFlags::empty(), |w| w.put_bytes(b"third"))
        .unwrap();
    assert!(chain.block(RpcFlags::LAST, |_| Ok(())).is_err());
    assert_eq!(chain.finish().unwrap(), 3);
    let n = w.position();
    let blocks: Vec<_> = RpcChain::new(&mem[..n]).map(Result::unwrap).collect();
    let flags: Vec<u16> = blocks.iter().map(|b| b.header.flags.bits()).collect();
    assert_eq!(flags, [0x0000, 0x0002, 0x0004]);
    let mut scratch = [0u8; 16];
    assert_eq!(blocks[1].payload_into(&mut scratch).unwrap(), b"second");
    assert_eq!(blocks[2].payload, b"third");

    let mut mem = [0u8; 8];
    let mut w = Writer::new(&mut mem);
    assert!(
        ChainWriter::new(&mut w).finish().is_err(),
        "an empty chain is refused"
    );
}

#[test]
fn chaining_follows_the_flag_the_last_rop_and_the_residual_room() {
    let chain = EcDoRpcExt2Flags::CHAIN;
    assert!(may_chain(chain, RopId::ReadStream, 0, 0x2008));
    assert!(!may_chain(chain, RopId::ReadStream, 0, 0x2007));
    assert!(may_chain(
        chain,
        RopId::FastTransferSourceGetBuffer,
        95,
        0x9000
    ));
    assert!(may_chain(chain, RopId::QueryRows, 1, 0x8008));
    assert!(!may_chain(chain, RopId::QueryRows, 1, 0x8000));
    assert!(!may_chain(chain, RopId::QueryRows, 97, 0x40000));
    assert!(!may_chain(
        EcDoRpcExt2Flags::empty(),
        RopId::ReadStream,
        0,
        0x40000
    ));
    assert!(!may_chain(chain, RopId::SubmitMessage, 0, 0x40000));
}
