//! The send-mail sample through every layer: response stream → Execute body →
//! RPC_HEADER_EXT → ROP buffer → ROPs, and back ([MS-OXCMAPIHTTP] 2.2.4.2, 2.2.7;
//! [MS-OXCRPC] 2.2.2.1; [MS-OXCROPS] 2.2.1).

mod common;

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
    assert_eq!(error_code, ropwire::codes::ErrorCode::SUCCESS);
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

// ---------------------------------------------------------------------------------------
// One call per direction (`ropwire::layers`)

mod one_call {
    use ropwire::buffer::{RopBuffer, encode_buffer};
    use ropwire::layers;
    use ropwire::mapihttp::ExecuteResponse;
    use ropwire::rop::{NoContext, RopId, RopResponse};
    use ropwire::rpc_ext::{EcDoRpcExt2Flags, RpcChain, RpcFlags};
    use ropwire::{Decode, Writer, sample};

    /// A server decodes a client's Execute request in one call, answers with a compressed
    /// and obfuscated Execute response in one call; the client decodes that in one call and
    /// pairs the responses with its requests.
    #[test]
    fn server_and_client_each_take_one_call_per_direction() {
        // The client writes its request: the sample batch, obfuscated.
        let mut body = [0u8; 2048];
        let mut w = Writer::new(&mut body);
        let mut scratch = [0u8; 4096];
        layers::write_execute_request(
            &mut w,
            EcDoRpcExt2Flags::empty(),
            RpcFlags::XOR_MAGIC,
            sample::MAX_ROP_OUT,
            &[],
            &mut scratch,
            |w| encode_buffer(w, &sample::REQUEST_ROPS, &sample::REQUEST_HANDLES),
        )
        .unwrap();
        let request_body = w.written().to_vec();

        // The server: body → payload (de-obfuscated into scratch) → ROPs.
        let mut scratch = [0u8; 4096];
        let (req, payloads) = layers::execute_request(&request_body, &mut scratch).unwrap();
        assert_eq!(req.max_rop_out, sample::MAX_ROP_OUT);
        let payloads: Vec<_> = payloads.map(Result::unwrap).collect();
        assert_eq!(payloads.len(), 1);
        assert_eq!(
            payloads[0].header.flags,
            RpcFlags::XOR_MAGIC | RpcFlags::LAST
        );
        let requests = payloads[0].rop_buffer().unwrap();
        let ids: Vec<RopId> = requests.requests().map(|r| r.unwrap().rop_id()).collect();
        assert_eq!(ids.first(), Some(&RopId::CreateMessage));
        assert_eq!(ids.len(), sample::REQUEST_ROPS.len());

        // The server answers, compressed and obfuscated.
        let mut out = [0u8; 2048];
        let mut w = Writer::new(&mut out);
        let mut scratch = [0u8; 4096];
        layers::write_execute_response(
            &mut w,
            0,
            0,
            RpcFlags::COMPRESSED | RpcFlags::XOR_MAGIC,
            &[],
            &mut scratch,
            |w| encode_buffer(w, &sample::RESPONSE_ROPS, &sample::RESPONSE_HANDLES),
        )
        .unwrap();
        let response_body = w.written().to_vec();

        // The client: body → payload (decompressed into scratch) → responses, paired.
        let mut scratch = [0u8; 4096];
        let (resp, payloads) = layers::execute_response(&response_body, &mut scratch).unwrap();
        assert!(matches!(
            resp,
            ExecuteResponse::Success {
                error_code: ropwire::codes::ErrorCode(0),
                ..
            }
        ));
        let payloads: Vec<_> = payloads.map(Result::unwrap).collect();
        assert_eq!(payloads.len(), 1);
        let responses = payloads[0].rop_buffer().unwrap();
        let paired: Vec<RopResponse<'_>> = responses
            .responses(Some(&requests), &NoContext)
            .map(|p| p.unwrap().response)
            .collect();
        assert_eq!(paired, sample::RESPONSE_ROPS);
        // The payload was really compressed: its wire size is below the ROP buffer's.
        let mut plain = [0u8; 2048];
        let n = {
            let mut w = Writer::new(&mut plain);
            encode_buffer(&mut w, &sample::RESPONSE_ROPS, &sample::RESPONSE_HANDLES).unwrap();
            w.position()
        };
        let block = resp.rop_chain().unwrap().next().unwrap().unwrap();
        assert!(block.header.flags.contains(RpcFlags::COMPRESSED));
        assert_eq!(usize::from(block.header.size_actual), n);
        assert!(block.payload.len() < n);
        assert_eq!(payloads[0].bytes, &plain[..n]);
    }

    #[test]
    fn too_little_scratch_is_an_error_not_a_panic() {
        let mut out = [0u8; 2048];
        let mut w = Writer::new(&mut out);
        let mut scratch = [0u8; 4096];
        layers::write_execute_response(
            &mut w,
            0,
            0,
            RpcFlags::COMPRESSED,
            &[],
            &mut scratch,
            |w| encode_buffer(w, &sample::RESPONSE_ROPS, &sample::RESPONSE_HANDLES),
        )
        .unwrap();
        let body = w.written().to_vec();
        let mut small = [0u8; 16];
        let (_, mut payloads) = layers::execute_response(&body, &mut small).unwrap();
        let e = payloads.next().unwrap().unwrap_err();
        assert_eq!(e.offset, ExecuteResponse::ROP_BUFFER_OFFSET + 6, "{e}");
        assert!(payloads.next().is_none());
    }

    /// Both Outlook captures (`rgbIn`, an RPC_HEADER_EXT chain, compressed) through
    /// `Payloads`: each is one block whose payload decompresses to SizeActual bytes of ROP
    /// buffer.
    #[test]
    fn outlook_captures_decompress_through_payloads() {
        if !crate::common::captures_present() {
            return;
        }
        for name in [
            "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
            "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
        ] {
            let bytes = crate::common::capture(name);
            let mut scratch = vec![0u8; 0x8000];
            let payloads: Vec<_> = layers::Payloads::new(RpcChain::new(&bytes), &mut scratch)
                .map(Result::unwrap)
                .collect();
            assert_eq!(payloads.len(), 1, "{name}");
            let p = payloads[0];
            assert_eq!(p.bytes.len(), usize::from(p.header.size_actual), "{name}");
            let frame = RopBuffer::decode(p.bytes).unwrap();
            assert_eq!(
                frame.rops.len() + 2,
                usize::from(u16::from_le_bytes([p.bytes[0], p.bytes[1]]))
            );
        }
    }
}
