//! The send-mail sample through every layer: response stream → Execute body →
//! RPC_HEADER_EXT → ROP buffer → ROPs, and back ([MS-OXCMAPIHTTP] 2.2.4.2, 2.2.7;
//! [MS-OXCRPC] 2.2.2.1; [MS-OXCROPS] 2.2.1).

use ropwire::buffer::RopBuffer;
use ropwire::mapihttp::{ExecuteRequest, ExecuteResponse, ResponseCode, ResponseStream};
use ropwire::rop::{NoContext, RopRequest};
use ropwire::rpc_ext::RpcFlags;
use ropwire::{Decode, Encode, Writer, sample};

fn written(f: fn(&mut Writer<'_>) -> Result<(), ropwire::EncodeError>) -> Vec<u8> {
    let mut mem = vec![0xA5u8; 8192];
    let mut w = Writer::new(&mut mem);
    f(&mut w).unwrap();
    let n = w.position();
    assert_eq!(mem[n], 0xA5, "nothing written past the reported end");
    mem.truncate(n);
    mem
}

#[test]
fn execute_request_carries_the_request_buffer() {
    let body = written(sample::write_execute_request);
    let req = ExecuteRequest::decode(&body).unwrap();
    assert_eq!(req.flags, sample::EXECUTE_FLAGS);
    assert_eq!(req.max_rop_out, 0x40000);
    assert!(req.auxiliary_buffer.is_empty());
    let blocks: Vec<_> = req.rop_chain().map(Result::unwrap).collect();
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].header.flags, RpcFlags::LAST);
    assert_eq!(blocks[0].header.size as usize, blocks[0].payload.len());
    let buffer = written(sample::write_request_buffer);
    assert_eq!(blocks[0].payload, &buffer[..]);
    let rops: Vec<RopRequest> = RopBuffer::decode(blocks[0].payload)
        .unwrap()
        .requests()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rops, sample::REQUEST_ROPS.to_vec());
    assert_eq!(req.encode_vec().unwrap(), body);
}

#[test]
fn response_stream_carries_the_response_buffer() {
    let stream_bytes = written(sample::write_response_stream);
    assert!(stream_bytes.starts_with(b"PROCESSING\r\nPENDING\r\nDONE\r\nX-ResponseCode: 0\r\n"));
    let stream = ResponseStream::decode(&stream_bytes).unwrap();
    assert_eq!(stream.pending_count(), 1);
    assert_eq!(stream.response_code(), Some(ResponseCode(0)));
    assert_eq!(stream.elapsed_time(), Some(12));
    assert_eq!(stream.start_time(), Some("Sun, 22 Nov 2026 10:15:30 GMT"));
    let ExecuteResponse::Success {
        error_code,
        rop_buffer,
        ..
    } = stream.execute_response().unwrap()
    else {
        panic!("failure body")
    };
    assert_eq!(error_code, 0);
    let block = ropwire::rpc_ext::RpcChain::new(rop_buffer)
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(block.header.flags, RpcFlags::XOR_MAGIC | RpcFlags::LAST);
    let mut scratch = [0u8; 0x8000];
    let payload = block.payload_into(&mut scratch).unwrap();
    let resp_buf = RopBuffer::decode(payload).unwrap();
    let req_bytes = written(sample::write_request_buffer);
    let req_buf = RopBuffer::decode(&req_bytes).unwrap();
    let responses: Vec<_> = resp_buf
        .responses(Some(&req_buf), &NoContext)
        .map(|p| p.unwrap().response)
        .collect();
    assert_eq!(responses, sample::RESPONSE_ROPS.to_vec());
    assert_eq!(
        resp_buf.handles.iter().collect::<Vec<_>>(),
        sample::RESPONSE_HANDLES.to_vec()
    );
    assert_eq!(stream.encode_vec().unwrap(), stream_bytes);
}

#[test]
fn every_prefix_of_the_stream_is_an_error() {
    let stream_bytes = written(sample::write_response_stream);
    for n in 0..stream_bytes.len() {
        let ok = ResponseStream::decode(&stream_bytes[..n]).and_then(|s| s.execute_response());
        assert!(ok.is_err(), "prefix of {n} bytes decoded");
    }
    let body = written(sample::write_execute_request);
    for n in 0..body.len() {
        assert!(
            ExecuteRequest::decode(&body[..n]).is_err(),
            "prefix of {n} bytes decoded"
        );
    }
}
