//! ROP tests, one module per family ([MS-OXCROPS] 2.2.3–2.2.15), the RopId table and
//! dispatch, the round trips generated from the ROP table, and the byte vectors of the
//! Protocol Examples sections (section 4) of the Exchange protocol specifications, each in
//! the module of its ROP's family.

#[path = "../common/mod.rs"]
mod common;
mod dispatch;
mod folder;
mod logon;
mod logon_examples;
mod message;
mod notification;
mod other;
mod property;
mod round_trip;
mod table;
mod table_examples;
mod transport;

pub use common::{encode_checked, hex};
use ropwire::buffer::RopBuffer;
use ropwire::rop::context::ArbContext;
use ropwire::rop::{ResponseCx, RopId, RopRequest, RopResponse};
use ropwire::wire::finish;
use ropwire::{Decode, DecodeError, Encode, ErrorKind, Writer};

// ---- encoding -------------------------------------------------------------------------

/// A whole ROP buffer (RopSize, ROPs, handle table) written with the crate's writer.
pub fn buffer<T: Encode>(rops: &[T], handles: &[u32]) -> Vec<u8> {
    let mut mem = vec![0xA5u8; 4096];
    let mut w = Writer::new(&mut mem);
    ropwire::buffer::encode_buffer(&mut w, rops, handles).expect("fits");
    let n = w.position();
    mem.truncate(n);
    mem
}

/// Test-only: gives bytes the `'static` lifetime the generated values have.
fn leak(v: Vec<u8>) -> &'static [u8] {
    v.leak()
}

// ---- decoding -------------------------------------------------------------------------

/// Decodes one request that must fill `bytes`.
pub fn request(bytes: &[u8]) -> RopRequest<'_> {
    RopRequest::decode(bytes).expect("decodes")
}

/// Decodes every response of a response buffer paired with a request buffer.
pub fn responses<'a>(
    req: &'a [u8],
    resp: &'a [u8],
) -> Vec<Result<RopResponse<'a>, ropwire::DecodeError>> {
    let rq = RopBuffer::decode(req).expect("request buffer");
    let rs = RopBuffer::decode(resp).expect("response buffer");
    rs.responses(Some(&rq), &ropwire::rop::NoContext)
        .map(|p| p.map(|p| p.response))
        .collect()
}

pub fn decode_request(bytes: &[u8]) -> Result<RopRequest<'_>, DecodeError> {
    RopRequest::decode(bytes)
}

/// Decodes one response that must fill `bytes`, with its request as context.
pub fn decode_response<'a>(
    bytes: &'a [u8],
    request: Option<&RopRequest<'a>>,
) -> Result<RopResponse<'a>, DecodeError> {
    let cx = ResponseCx {
        request,
        ..ResponseCx::none()
    };
    finish(bytes, |i| RopResponse::parse(i, cx))
}

/// Decodes a response from the front of `bytes`; returns it and the bytes consumed.
pub fn decode_response_prefix<'a>(
    bytes: &'a [u8],
    request: Option<&RopRequest<'a>>,
) -> Result<(RopResponse<'a>, usize), DecodeError> {
    let cx = ResponseCx {
        request,
        ..ResponseCx::none()
    };
    decode_response_prefix_cx(bytes, cx)
}

/// [`decode_response_prefix`] with a whole decoding context.
fn decode_response_prefix_cx<'a>(
    bytes: &'a [u8],
    cx: ResponseCx<'a, '_>,
) -> Result<(RopResponse<'a>, usize), DecodeError> {
    match RopResponse::parse(bytes, cx) {
        Ok((rest, v)) => Ok((v, bytes.len() - rest.len())),
        Err(e) => Err(ropwire::wire::to_decode_error(e, bytes.len())),
    }
}

// ---- checks ---------------------------------------------------------------------------

pub fn assert_request_prefixes_fail(bytes: &[u8]) {
    for n in 0..bytes.len() {
        match RopRequest::decode_prefix(&bytes[..n]) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v:?}"),
            Err(e) => assert!(e.offset <= n, "offset {} past the {n}-byte input", e.offset),
        }
    }
}

pub fn assert_response_prefixes_fail<'a>(bytes: &'a [u8], request: Option<&RopRequest<'a>>) {
    let cx = ResponseCx {
        request,
        ..ResponseCx::none()
    };
    assert_response_prefixes_fail_cx(bytes, cx);
}

/// [`assert_response_prefixes_fail`] with a whole decoding context.
fn assert_response_prefixes_fail_cx<'a>(bytes: &'a [u8], cx: ResponseCx<'a, '_>) {
    for n in 0..bytes.len() {
        match decode_response_prefix_cx(&bytes[..n], cx) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v:?}"),
            Err(e) => assert!(e.offset <= n, "offset {} past the {n}-byte input", e.offset),
        }
    }
}

/// Request direction value → bytes → value: encode into a poisoned buffer, decode through
/// the enum, compare, re-encode, and check every strict prefix.
pub fn check_request(rop: RopRequest<'static>) {
    check_request_cx(&ArbContext::default(), rop);
}

/// [`check_request`] with the context the request decodes with (its logon's RopLogon).
pub fn check_request_cx(cx: &ArbContext, rop: RopRequest<'static>) {
    let bytes = leak(encode_checked(&rop));
    assert_eq!(bytes[0], rop.rop_id().0, "first byte is the RopId");
    let decoded = finish(bytes, |i| RopRequest::parse_with(i, &cx.request_cx())).expect("decode");
    assert_eq!(decoded, rop);
    assert_eq!(decoded.rop_id(), rop.rop_id());
    assert_eq!(encode_checked(&decoded), bytes);
    for n in 0..bytes.len() {
        match RopRequest::parse_with(&bytes[..n], &cx.request_cx()) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v:?}"),
            Err(e) => {
                let e = ropwire::wire::to_decode_error(e, n);
                assert!(e.offset <= n, "offset {} past the {n}-byte input", e.offset);
            }
        }
    }
}

/// Response direction value → bytes → value, with its context (its request, or its
/// table's columns).
pub fn check_response(cx: &ArbContext, resp: RopResponse<'static>) {
    let bytes = leak(encode_checked(&resp));
    assert_eq!(bytes[0], resp.rop_id().response_wire_id());
    let decoded = finish(bytes, |i| RopResponse::parse(i, cx.cx())).expect("decode");
    assert_eq!(decoded, resp);
    assert_eq!(encode_checked(&decoded), bytes);
    if resp.rop_id() == RopId::BufferTooSmall {
        // RequestBuffers runs to the end of the input: a prefix of at least RopId and
        // SizeNeeded is a valid, shorter response; shorter ones fail.
        for n in 0..bytes.len() {
            let r = decode_response_prefix_cx(&bytes[..n], cx.cx());
            if n < 3 {
                assert!(r.is_err());
            } else {
                let (RopResponse::BufferTooSmall(v), used) = r.expect("prefix") else {
                    panic!("wrong variant")
                };
                assert_eq!(used, n);
                assert_eq!(v.request_buffers, &bytes[3..n]);
            }
        }
    } else {
        assert_response_prefixes_fail_cx(bytes, cx.cx());
    }
}

// ---- specification vectors ------------------------------------------------------------
//
// For every vector of an implemented ROP: decode and check the fields the example
// annotates, re-encode into a poisoned buffer and compare bytes, and check that every
// strict prefix is an error. Vectors of ROPs this crate does not decode yet must report
// `Unsupported` at their RopId (and, once implemented, must round-trip exactly).

/// A request vector: decodes, re-encodes to the same bytes, and no strict prefix decodes.
pub fn example_request(bytes: &[u8]) -> RopRequest<'_> {
    let v = RopRequest::decode(bytes).expect("decode request");
    assert_eq!(encode_checked(&v), bytes, "re-encoding differs");
    for n in 0..bytes.len() {
        assert!(
            RopRequest::decode_prefix(&bytes[..n]).is_err(),
            "prefix of {n} bytes decoded"
        );
    }
    v
}

/// A response vector: the same, with its request as context.
pub fn example_response<'a>(bytes: &'a [u8], req: Option<&RopRequest<'a>>) -> RopResponse<'a> {
    let v = decode_response(bytes, req).expect("decode response");
    assert_eq!(encode_checked(&v), bytes, "re-encoding differs");
    for n in 0..bytes.len() {
        let cx = ResponseCx {
            request: req,
            ..ResponseCx::none()
        };
        assert!(
            RopResponse::parse(&bytes[..n], cx).is_err(),
            "prefix of {n} bytes decoded"
        );
    }
    v
}

/// A request vector of a ROP that may not be implemented yet.
pub fn other_request(bytes: &[u8], id: RopId) {
    assert_eq!(bytes[0], id.0);
    if id.request_supported() {
        assert_eq!(example_request(bytes).rop_id(), id);
    } else {
        assert_eq!(
            RopRequest::decode(bytes).unwrap_err(),
            DecodeError {
                offset: 0,
                kind: ErrorKind::Unsupported(id)
            }
        );
    }
}

/// A self-delimiting response vector of a ROP that may not be implemented yet.
pub fn other_response(bytes: &[u8], id: RopId) {
    assert_eq!(bytes[0], id.0);
    if id.response_supported() {
        assert_eq!(example_response(bytes, None).rop_id(), id);
    } else {
        assert_eq!(
            decode_response(bytes, None).unwrap_err(),
            DecodeError {
                offset: 0,
                kind: ErrorKind::Unsupported(id)
            }
        );
    }
}

// ---- field dumps (used by the dissector) ----------------------------------------------

/// Records the spec field names a value reports, in order, with nesting marks.
#[derive(Default)]
pub struct Names(Vec<String>);

impl ropwire::wire::Dumper for Names {
    fn int(&mut self, name: &str, value: u64, width: u8) {
        self.0.push(format!("{name}={value:#x}/{width}"));
    }
    fn text(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.0.push(format!("{name}={value}"));
    }
    fn raw(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.0.push(format!("{name}={value}"));
    }
    fn bytes(&mut self, name: &str, value: &[u8]) {
        self.0.push(format!("{name}={value:02X?}"));
    }
    fn id(&mut self, name: &str, value: u64) {
        self.0.push(format!("{name}={}", ropwire::data::Id8(value)));
    }
    fn ints(
        &mut self,
        name: &str,
        values: &mut dyn Iterator<Item = u64>,
        width: u8,
        _: ropwire::wire::Namer,
    ) {
        let v: Vec<String> = values.map(|v| format!("{v:#x}")).collect();
        self.0.push(format!("{name}=[{}]/{width}", v.join(",")));
    }
    fn begin(&mut self, name: &str) {
        self.0.push(format!("{name}{{"));
    }
    fn begin_item(&mut self, index: usize) {
        self.0.push(format!("[{index}]{{"));
    }
    fn end(&mut self) {
        self.0.push("}".into());
    }
}

pub fn dump_names(v: &dyn ropwire::wire::Dump) -> Vec<String> {
    let mut n = Names::default();
    v.dump(&mut n);
    n.0
}
