//! MAPI/HTTP ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.3.3, 2.2.4.2, 2.2.7): Execute bodies and the
//! response stream — spec-shaped vectors, limits, incomplete vs invalid, truncation, proptest.

mod common;
use common::encode_a5;

use proptest::prelude::*;
use ropwire::arbitrary::Arb;
use ropwire::mapihttp::{
    ExecuteRequest, ExecuteResponse, Header, HeaderBlock, MetaTag, MetaTagBlock, ResponseCode,
    ResponseStream, header_name, request_type, write_done, write_stream_prefix,
};
use ropwire::rpc_ext::{EcDoRpcExt2Flags, RpcFlags, write_block};
use ropwire::wire::{Decode, Dump, Encode};
use ropwire::{DecodeError, EncodeError, ErrorKind};

fn le32(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

// ---------------------------------------------------------------------------------------
// Execute request body ([MS-OXCMAPIHTTP] 2.2.4.2.1) with the values of [MS-OXCRPC] 4.3:
// pulFlags 0x00000007, cbIn 0x0000015A (one Last block, Size 0x0152), pcbOut 0x00018008,
// no auxiliary buffer.

fn rgb_in_4_3() -> Vec<u8> {
    let mut payload = 0x0142u16.to_le_bytes().to_vec();
    payload.extend([0x2Cu8; 320]);
    payload.extend([0xFF; 16]);
    encode_a5(|w| write_block(w, &payload, RpcFlags::LAST))
}

#[test]
fn execute_request_spec_values() {
    let rgb_in = rgb_in_4_3();
    assert_eq!(rgb_in.len(), 0x15A);
    let req = ExecuteRequest {
        flags: EcDoRpcExt2Flags::from_bits_retain(7),
        rop_buffer: &rgb_in,
        max_rop_out: 0x0001_8008,
        auxiliary_buffer: &[],
    };
    let bytes = encode_a5(|w| req.encode(w));
    let mut expected = Vec::new();
    expected.extend(le32(7));
    expected.extend(le32(0x15A));
    expected.extend(&rgb_in);
    expected.extend(le32(0x0001_8008));
    expected.extend(le32(0));
    assert_eq!(bytes, expected);
    assert_eq!(req.encoded_len(), bytes.len());

    let back = ExecuteRequest::decode(&bytes).unwrap();
    assert_eq!(back, req);
    assert!(back.flags.contains(EcDoRpcExt2Flags::CHAIN));
    let blocks: Vec<_> = back.rop_chain().map(Result::unwrap).collect();
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].offset, 8, "offset in the request body");
    assert_eq!(blocks[0].header.size, 0x0152);
    assert_eq!(back.auxiliary_buffer_offset(), 8 + 0x15A + 8);
    assert_eq!(
        back.auxiliary_chain().validate().unwrap_err().offset,
        8 + 0x15A + 8
    );

    let mut d = common::FieldLog::default();
    back.dump(&mut d);
    assert_eq!(
        d.0,
        [
            "Flags=7",
            "RopBufferSize=346",
            "RopBuffer[346]",
            "MaxRopOut=98312",
            "AuxiliaryBufferSize=0",
            "AuxiliaryBuffer[0]"
        ]
    );
}

#[test]
fn execute_request_limits() {
    // RopBufferSize 0x40001 exceeds cbIn's limit: reported at the size field, before the
    // (absent) bytes are looked at.
    let mut bytes = le32(0).to_vec();
    bytes.extend(le32(0x0004_0001));
    assert_eq!(
        ExecuteRequest::decode(&bytes),
        Err(DecodeError {
            offset: 4,
            kind: ErrorKind::CountTooLarge {
                field: "RopBufferSize"
            }
        })
    );
    // RopBufferSize larger than what remains: truncated at the RopBuffer.
    let mut bytes = le32(0).to_vec();
    bytes.extend(le32(10));
    bytes.extend([1, 2, 3]);
    assert_eq!(
        ExecuteRequest::decode(&bytes),
        Err(DecodeError {
            offset: 8,
            kind: ErrorKind::Truncated { needed: 7 }
        })
    );
    // AuxiliaryBufferSize 0x1009 exceeds cbAuxIn's limit.
    let mut bytes = le32(0).to_vec();
    bytes.extend(le32(0));
    bytes.extend(le32(0x8000));
    bytes.extend(le32(0x1009));
    assert_eq!(
        ExecuteRequest::decode(&bytes),
        Err(DecodeError {
            offset: 12,
            kind: ErrorKind::CountTooLarge {
                field: "AuxiliaryBufferSize"
            }
        })
    );
    // Trailing bytes after the body.
    let mut bytes = vec![0u8; 16];
    bytes.push(0);
    assert_eq!(
        ExecuteRequest::decode(&bytes),
        Err(DecodeError {
            offset: 16,
            kind: ErrorKind::TrailingBytes
        })
    );
    // The encoder refuses what the decoder would.
    let big = vec![0u8; 0x1009];
    let req = ExecuteRequest {
        flags: EcDoRpcExt2Flags::empty(),
        rop_buffer: &[],
        max_rop_out: 0,
        auxiliary_buffer: &big,
    };
    assert!(matches!(
        req.encode_vec(),
        Err(EncodeError::InvalidValue {
            field: "AuxiliaryBufferSize"
        })
    ));
}

// ---------------------------------------------------------------------------------------
// Execute response bodies ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3)

#[test]
fn execute_response_success_bytes() {
    let rop = encode_a5(|w| write_block(w, &[0x02, 0x00], RpcFlags::LAST));
    let aux = encode_a5(|w| {
        write_block(
            w,
            &[0x04, 0x00, 0x01, 0x01],
            RpcFlags::XOR_MAGIC | RpcFlags::LAST,
        )
    });
    let resp = ExecuteResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        flags: 0,
        rop_buffer: &rop,
        auxiliary_buffer: &aux,
    };
    let bytes = encode_a5(|w| resp.encode(w));
    let mut expected = Vec::new();
    expected.extend(le32(0)); // StatusCode
    expected.extend(le32(0)); // ErrorCode
    expected.extend(le32(0)); // Flags
    expected.extend(le32(10)); // RopBufferSize
    expected.extend(&rop);
    expected.extend(le32(12)); // AuxiliaryBufferSize
    expected.extend(&aux);
    assert_eq!(bytes, expected);
    assert_eq!(resp.encoded_len(), bytes.len());

    let back = ExecuteResponse::decode(&bytes).unwrap();
    assert_eq!(back, resp);
    assert_eq!(back.status_code(), 0);
    let b = back.rop_chain().unwrap().next().unwrap().unwrap();
    assert_eq!((b.offset, b.payload), (16, &[0x02, 0x00][..]));
    let a = back.auxiliary_chain().next().unwrap().unwrap();
    assert_eq!(a.offset, 16 + 10 + 4);
    let mut scratch = [0u8; 8];
    assert_eq!(
        a.payload_into(&mut scratch).unwrap(),
        &[0x04, 0x00, 0x01, 0x01]
    );

    let mut d = common::FieldLog::default();
    back.dump(&mut d);
    assert_eq!(
        d.0,
        [
            "StatusCode=0",
            "ErrorCode=0",
            "Flags=0",
            "RopBufferSize=10",
            "RopBuffer[10]",
            "AuxiliaryBufferSize=12",
            "AuxiliaryBuffer[12]"
        ]
    );
}

#[test]
fn execute_response_failure_bytes() {
    let resp = ExecuteResponse::Failure {
        status_code: 0x0000_0005,
        auxiliary_buffer: &[],
    };
    let bytes = encode_a5(|w| resp.encode(w));
    assert_eq!(bytes, [5, 0, 0, 0, 0, 0, 0, 0]);
    let back = ExecuteResponse::decode(&bytes).unwrap();
    assert_eq!(back, resp);
    assert!(back.rop_chain().is_none());
    assert_eq!(back.auxiliary_buffer_offset(), 8);
    // StatusCode 0 is the success form, so a failure body with 0 cannot be encoded.
    let bad = ExecuteResponse::Failure {
        status_code: 0,
        auxiliary_buffer: &[],
    };
    assert!(bad.encode_vec().is_err());
    // A success body whose RopBufferSize is beyond even the ultra-large limit.
    let mut bytes = vec![0u8; 12];
    bytes.extend(le32(0x0010_0001));
    assert_eq!(
        ExecuteResponse::decode(&bytes).unwrap_err(),
        DecodeError {
            offset: 12,
            kind: ErrorKind::CountTooLarge {
                field: "RopBufferSize"
            }
        }
    );
}

// ---------------------------------------------------------------------------------------
// Response stream ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7, 3.2.5.2)

const START: &str = "Mon, 01 Jan 2001 00:00:00 GMT";

fn stream_bytes(pending: usize, body: &[u8]) -> Vec<u8> {
    let mut v = b"PROCESSING\r\n".to_vec();
    for _ in 0..pending {
        v.extend(b"PENDING\r\n");
    }
    v.extend(b"DONE\r\nX-ResponseCode: 0\r\nX-ElapsedTime: 12\r\n");
    v.extend(format!("X-StartTime: {START}\r\n\r\n").as_bytes());
    v.extend(body);
    v
}

fn failure_body() -> Vec<u8> {
    ExecuteResponse::Failure {
        status_code: 1,
        auxiliary_buffer: &[],
    }
    .encode_vec()
    .unwrap()
}

#[test]
fn stream_with_0_1_3_pending() {
    let body = failure_body();
    for pending in [0usize, 1, 3] {
        let bytes = stream_bytes(pending, &body);
        let s = ResponseStream::decode(&bytes).unwrap();
        assert_eq!(s.pending_count(), pending);
        let mut tags = vec![MetaTag::Processing];
        tags.extend(std::iter::repeat_n(MetaTag::Pending, pending));
        tags.push(MetaTag::Done);
        assert_eq!(s.meta_tags().collect::<Vec<_>>(), tags);
        assert_eq!(
            s.headers.iter().collect::<Vec<_>>(),
            [
                Header::new("X-ResponseCode", "0"),
                Header::new("X-ElapsedTime", "12"),
                Header::new("X-StartTime", START),
            ]
        );
        assert_eq!(s.headers.len(), 3);
        assert_eq!(s.response_code(), Some(ResponseCode::SUCCESS));
        assert_eq!(s.elapsed_time(), Some(12));
        assert_eq!(s.start_time(), Some(START), "colons kept");
        assert_eq!(s.body, &body[..]);
        assert_eq!(s.body_offset(), bytes.len() - body.len());
        assert_eq!(
            s.execute_response().unwrap(),
            ExecuteResponse::Failure {
                status_code: 1,
                auxiliary_buffer: &[]
            }
        );

        // Decode then encode reproduces the input.
        assert_eq!(encode_a5(|w| s.encode(w)), bytes);
        assert_eq!(s.encoded_len(), bytes.len());

        // A server writing the same stream from values produces the same bytes.
        let items = [
            Header::new(header_name::X_RESPONSE_CODE, "0"),
            Header::new(header_name::X_ELAPSED_TIME, "12"),
            Header::new(header_name::X_START_TIME, START),
        ];
        let written = encode_a5(|w| {
            write_stream_prefix(w, pending, HeaderBlock::Items(&items))?;
            w.put_bytes(&body)
        });
        assert_eq!(written, bytes);
        let built = ResponseStream {
            tags: MetaTagBlock::Pending(pending),
            headers: HeaderBlock::Items(&items),
            body: &body,
        };
        assert_eq!(built, s, "equality compares headers, not representation");
        assert_eq!(encode_a5(|w| built.encode(w)), bytes);

        // The same pieces one at a time, as a streaming server sends them.
        let piecewise = encode_a5(|w| {
            MetaTag::Processing.encode(w)?;
            for _ in 0..pending {
                MetaTag::Pending.encode(w)?;
            }
            write_done(w, HeaderBlock::Items(&items))?;
            w.put_bytes(&body)
        });
        assert_eq!(piecewise, bytes);
    }
}

#[test]
fn start_time_with_colons_is_kept_whole() {
    let bytes = b"PROCESSING\r\nDONE\r\nX-StartTime: Tue, 15 Nov 1994 08:12:31 GMT\r\n\r\n";
    let s = ResponseStream::decode(bytes).unwrap();
    assert_eq!(s.start_time(), Some("Tue, 15 Nov 1994 08:12:31 GMT"));
    assert_eq!(s.body, b"");
    assert_eq!(s.response_code(), None);
}

#[test]
fn header_forms_round_trip_exactly() {
    // No space after the colon, extra spaces, lower-case names, an unknown header.
    let bytes =
        b"PROCESSING\r\nDONE\r\nx-responsecode:12\r\nX-ElapsedTime:  7 \r\nX-Other: a:b\r\n\r\n<html/>";
    let s = ResponseStream::decode(bytes).unwrap();
    assert_eq!(s.response_code(), Some(ResponseCode::INVALID_REQUEST_BODY));
    assert_eq!(
        s.response_code().unwrap().name(),
        Some("Invalid Request Body")
    );
    assert_eq!(s.elapsed_time(), Some(7));
    assert_eq!(s.headers.get("x-other"), Some("a:b"));
    assert_eq!(s.body, b"<html/>");
    assert_eq!(s.encode_vec().unwrap(), bytes);
    let mut d = common::FieldLog::default();
    s.dump(&mut d);
    assert_eq!(
        d.0,
        [
            "MetaTag:PROCESSING",
            "MetaTag:DONE",
            "AdditionalHeaders{",
            "x-responsecode:12",
            "X-ElapsedTime:7",
            "X-Other:a:b",
            "}",
            "ResponseBody[7]"
        ]
    );
}

#[test]
fn missing_done_is_incomplete() {
    let cases: [(&[u8], usize, usize); 6] = [
        (b"", 0, 12),
        (b"PROCESSING\r\n", 12, 6),
        (b"PROCESSING\r\nPENDING\r\nPENDING\r\n", 30, 6),
        (b"PROCESSING\r\nDON", 12, 3),
        (b"PROCESSING\r\nDONE\r\nX-ElapsedTime: 1", 18, 2),
        (b"PROCESSING\r\nDONE\r\nX-ElapsedTime: 1\r\n\r", 36, 1),
    ];
    for (bytes, offset, needed) in cases {
        assert_eq!(
            ResponseStream::decode(bytes),
            Err(DecodeError {
                offset,
                kind: ErrorKind::Truncated { needed }
            }),
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn invalid_streams() {
    let cases: [(&[u8], usize, &str); 10] = [
        (
            b"PENDING\r\nDONE\r\n\r\n",
            0,
            "meta-tag (PROCESSING must come first)",
        ),
        (b"DONE\r\n\r\n", 0, "meta-tag (PROCESSING must come first)"),
        (
            b"processing\r\n",
            0,
            "meta-tag (not PROCESSING, PENDING or DONE)",
        ),
        (
            b"PROCESSING\n",
            0,
            "meta-tag (not PROCESSING, PENDING or DONE)",
        ),
        (
            b"PROCESSING\r\nFOO\r\n",
            12,
            "meta-tag (not PROCESSING, PENDING or DONE)",
        ),
        (
            b"PROCESSING\r\nDONE\r\nPENDING\r\n\r\n",
            18,
            "header line (no colon)",
        ),
        (
            b"PROCESSING\r\nDONE\r\n folded: x\r\n\r\n",
            18,
            "header name (not a token)",
        ),
        (
            b"PROCESSING\r\nDONE\r\nA: b\nc\r\n\r\n",
            22,
            "header line (LF without CR)",
        ),
        (
            b"PROCESSING\r\nDONE\r\nX-ResponseCode: abc\r\n\r\n",
            33,
            "X-ResponseCode (not a decimal u32)",
        ),
        (
            b"PROCESSING\r\nDONE\r\nX-ElapsedTime: -1\r\n\r\n",
            32,
            "X-ElapsedTime (not a decimal u64)",
        ),
    ];
    for (bytes, offset, field) in cases {
        assert_eq!(
            ResponseStream::decode(bytes),
            Err(DecodeError {
                offset,
                kind: ErrorKind::InvalidValue { field }
            }),
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    // The encoder refuses headers that would not decode back.
    for h in [
        Header::new("Bad Name", "x"),
        Header::new("X-A", " padded"),
        Header::new("X-A", "line\r\nbreak"),
        Header::new("X-ResponseCode", "zero"),
    ] {
        let items = [h];
        let s = ResponseStream {
            tags: MetaTagBlock::Pending(0),
            headers: HeaderBlock::Items(&items),
            body: &[],
        };
        assert!(
            matches!(s.encode_vec(), Err(EncodeError::InvalidValue { .. })),
            "{h:?}"
        );
    }
    let garbage = ResponseStream {
        tags: MetaTagBlock::Pending(0),
        headers: HeaderBlock::Wire(b"no colon here\r\n"),
        body: &[],
    };
    assert!(garbage.encode_vec().is_err());
}

#[test]
fn execute_response_error_offsets_are_absolute() {
    let mut bytes = stream_bytes(1, &failure_body());
    bytes.pop();
    let s = ResponseStream::decode(&bytes).unwrap();
    let e = s.execute_response().unwrap_err();
    assert_eq!(e.offset, s.body_offset() + 4);
    assert!(matches!(e.kind, ErrorKind::Truncated { needed: 1 }));
}

/// Every prefix of a full stream with an Execute body is an error, never a panic; before
/// the body starts the error is always "incomplete".
#[test]
fn every_prefix_is_an_error() {
    let rop = encode_a5(|w| {
        write_block(
            w,
            &[0x02, 0x00, 0xFF, 0xFF],
            RpcFlags::XOR_MAGIC | RpcFlags::LAST,
        )
    });
    let success = ExecuteResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        flags: 0,
        rop_buffer: &rop,
        auxiliary_buffer: &[],
    }
    .encode_vec()
    .unwrap();
    let request = ExecuteRequest {
        flags: EcDoRpcExt2Flags::NO_XOR_MAGIC,
        rop_buffer: &rop,
        max_rop_out: 0x8000,
        auxiliary_buffer: &rop,
    }
    .encode_vec()
    .unwrap();
    for body in [success.clone(), failure_body()] {
        for pending in [0, 1, 3] {
            let full = stream_bytes(pending, &body);
            let ok = ResponseStream::decode(&full).unwrap();
            assert!(ok.execute_response().is_ok());
            let body_at = ok.body_offset();
            for n in 0..full.len() {
                let r = ResponseStream::decode(&full[..n]).and_then(|s| s.execute_response());
                let e = r.unwrap_err();
                assert!(
                    matches!(e.kind, ErrorKind::Truncated { .. }),
                    "prefix {n}: {e}"
                );
                assert!(e.offset <= n);
                if n < body_at {
                    assert!(ResponseStream::decode(&full[..n]).is_err());
                }
            }
        }
    }
    for n in 0..request.len() {
        assert!(ExecuteRequest::decode(&request[..n]).is_err());
    }
    for n in 0..success.len() {
        assert!(ExecuteResponse::decode(&success[..n]).is_err());
    }
}

#[test]
fn constants() {
    assert_eq!(
        [
            request_type::CONNECT,
            request_type::EXECUTE,
            request_type::DISCONNECT,
            request_type::NOTIFICATION_WAIT,
            request_type::PING
        ],
        [
            "Connect",
            "Execute",
            "Disconnect",
            "NotificationWait",
            "PING"
        ]
    );
    let names: Vec<_> = (0..=18).map(|c| ResponseCode(c).name().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Success",
            "Unknown Failure",
            "Invalid Verb",
            "Invalid Path",
            "Invalid Header",
            "Invalid Request Type",
            "Invalid Context Cookie",
            "Missing Header",
            "Anonymous Not Allowed",
            "Too Large",
            "Context Not Found",
            "No Privilege",
            "Invalid Request Body",
            "Missing Cookie",
            "Reserved",
            "Invalid Sequence",
            "Endpoint Disabled",
            "Invalid Response",
            "Endpoint Shutting Down",
        ]
    );
    assert_eq!(ResponseCode(19).name(), None);
    assert_eq!(ResponseCode::ENDPOINT_SHUTTING_DOWN.0, 18);
    assert_eq!(ResponseCode::TOO_LARGE.to_string(), "9 (Too Large)");
    assert_eq!(ResponseCode(77).to_string(), "77");
    assert_eq!(header_name::X_START_TIME, "X-StartTime");
    assert_eq!(MetaTag::Pending.line(), b"PENDING\r\n");
}

// ---------------------------------------------------------------------------------------
// proptest

proptest! {
    #[test]
    fn execute_request_round_trip(req in ExecuteRequest::arb()) {
        let bytes = req.encode_vec().unwrap();
        prop_assert_eq!(bytes.len(), req.encoded_len());
        prop_assert_eq!(ExecuteRequest::decode(&bytes).unwrap(), req);
    }

    #[test]
    fn execute_response_round_trip(resp in ExecuteResponse::arb()) {
        let bytes = resp.encode_vec().unwrap();
        prop_assert_eq!(bytes.len(), resp.encoded_len());
        prop_assert_eq!(ExecuteResponse::decode(&bytes).unwrap(), resp);
    }

    #[test]
    fn stream_round_trip(s in ResponseStream::arb()) {
        let bytes = s.encode_vec().unwrap();
        prop_assert_eq!(bytes.len(), s.encoded_len());
        let back = ResponseStream::decode(&bytes).unwrap();
        prop_assert_eq!(back, s);
        prop_assert_eq!(back.body_offset(), s.body_offset());
        prop_assert_eq!(back.encode_vec().unwrap(), bytes);
    }

    #[test]
    fn arbitrary_bytes_never_panic(
        prefix in prop_oneof![Just(&b""[..]), Just(&b"PROCESSING\r\n"[..]), Just(&b"PROCESSING\r\nDONE\r\n"[..])],
        tail in proptest::collection::vec(any::<u8>(), 0..48),
    ) {
        let mut bytes = prefix.to_vec();
        bytes.extend(tail);
        if let Ok(s) = ResponseStream::decode(&bytes) {
            prop_assert_eq!(s.encode_vec().unwrap(), bytes.clone());
            let _ = s.execute_response();
        }
        if let Ok(v) = ExecuteRequest::decode(&bytes) {
            prop_assert_eq!(v.encode_vec().unwrap(), bytes.clone());
        }
        if let Ok(v) = ExecuteResponse::decode(&bytes) {
            prop_assert_eq!(v.encode_vec().unwrap(), bytes);
        }
    }
}
