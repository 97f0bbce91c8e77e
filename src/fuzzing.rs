//! Fuzz oracles (feature `fuzzing`): each decodes arbitrary bytes through one entry point
//! and, for whatever decodes, checks the round-trip laws `encode(decode(b)) == b` and
//! `decode(encode(x)) == x`. A law that fails panics — that is the fuzzer's signal; an
//! input that does not decode is fine. The targets in `fuzz/` are one-line calls, and
//! `tests/fuzz_regression.rs` replays `fuzz/regressions/<oracle>/*` with plain `cargo test`.
//! Nothing here allocates: encodes go into a stack buffer.

use core::fmt::Debug;

use crate::buffer::{ResponseIter, RopBuffer};
use crate::mapihttp::{ExecuteRequest, ExecuteResponse, ResponseStream};
use crate::rop::{NoContext, RequestCx, ResponseCx, RopRequest, RopResponse};
use crate::rpc_ext::{RpcBlock, RpcChain};
use crate::wire::{Decode, Encode, Writer, finish};

/// Largest span an oracle re-encodes (a RopsList is at most 0xFFFF bytes).
const SCRATCH: usize = 0x1_0000;

/// Checks that `value`, decoded from exactly `span`, encodes back to `span` and that
/// `same(encoded)` holds: the encoding decodes to a value equal to `value`.
/// Values longer than the scratch buffer are checked for length only.
fn laws<T: Encode + Debug>(span: &[u8], value: &T, same: impl Fn(&[u8]) -> bool) {
    let mut scratch = [0u8; SCRATCH];
    if span.len() > SCRATCH {
        assert_eq!(
            value.encoded_len(),
            span.len(),
            "encoded_len differs from the decoded span"
        );
        return;
    }
    assert_eq!(
        value.encoded_len(),
        span.len(),
        "encoded_len differs from the decoded span: {value:?}"
    );
    let mut w = Writer::new(&mut scratch);
    if let Err(e) = value.encode(&mut w) {
        panic!("a decoded value failed to encode: {e:?} {value:?}");
    }
    let n = w.position();
    let out = scratch.get(..n).unwrap_or_default();
    assert_eq!(out, span, "encode(decode(b)) != b for {value:?}");
    assert!(same(out), "decode(encode(x)) != x for {value:?}");
}

/// Decodes ROP requests back to back (the `rop` layer) and checks each one's laws.
pub fn rop_requests(data: &[u8]) {
    let mut rest = data;
    while !rest.is_empty() {
        match RopRequest::parse(rest) {
            Ok((r, rop)) => {
                let span = rest.get(..rest.len() - r.len()).unwrap_or_default();
                laws(span, &rop, |b| {
                    RopRequest::decode(b).ok().as_ref() == Some(&rop)
                });
                rest = r;
            }
            Err(_) => return,
        }
    }
}

/// Checks what the dissector did with `len` bytes of input: it may stop on bad input, at
/// an offset inside it, but never fail to write (its sink accepts everything).
fn dissected(r: Result<(), crate::dissect::Stop>, len: usize) {
    match r {
        Ok(()) => {}
        Err(crate::dissect::Stop::Decode(e)) => {
            assert!(
                e.offset <= len,
                "dissector error offset {} past the input",
                e.offset
            );
        }
        Err(crate::dissect::Stop::Write) => panic!("the dissector failed to write"),
    }
}

/// Decodes a ROP input buffer and checks the laws for the buffer and each request; the
/// dissector reads the same bytes, every field dumped.
pub fn request_buffer(data: &[u8]) {
    dissected(
        crate::dissect::request_buffer(&mut Discard, data, 0),
        data.len(),
    );
    let Ok(buf) = RopBuffer::decode(data) else {
        return;
    };
    laws(data, &buf, |b| {
        RopBuffer::decode(b).ok().as_ref() == Some(&buf)
    });
    let mut it = buf.requests();
    loop {
        let before = it.remaining();
        // The logon kinds the batch taught so far: a `req_cx` request decodes with them.
        let logons = *it.logons();
        match it.next() {
            Some(Ok(rop)) => {
                let span = before
                    .get(..before.len() - it.remaining().len())
                    .unwrap_or_default();
                laws(span, &rop, |b| {
                    let cx = RequestCx {
                        batch: Some(&logons),
                        context: &NoContext,
                    };
                    finish(b, |i| RopRequest::parse_with(i, &cx)).ok().as_ref() == Some(&rop)
                });
            }
            Some(Err(e)) => {
                assert!(
                    e.offset <= data.len(),
                    "error offset {} past the input",
                    e.offset
                );
                return;
            }
            None => return,
        }
    }
}

/// Splits `data` into a request buffer and a response buffer (the first two bytes give the
/// request's length), pairs the responses with the requests, and checks each response's laws;
/// the dissector reads the response buffer with the same requests.
pub fn response_buffer(data: &[u8]) {
    let Some((len, data)) = data.split_first_chunk::<2>() else {
        return;
    };
    let Some((req, resp)) = data.split_at_checked(usize::from(u16::from_le_bytes(*len))) else {
        return;
    };
    let request = RopBuffer::decode(req).ok();
    dissected(
        crate::dissect::response_buffer(&mut Discard, resp, 0, request.as_ref(), &NoContext),
        resp.len(),
    );
    let Ok(response) = RopBuffer::decode(resp) else {
        return;
    };
    if let Some(rq) = &request {
        // The session tracker learns from any batch pair and decodes with what it learned,
        // within its fixed capacity.
        let mut tracker = crate::session::SessionTracker::<4, 8>::new();
        let _ = tracker.observe(rq, &response);
        let _ = tracker.observe(rq, &response);
        assert!(tracker.tables() <= 4);
    }
    let mut it = response.responses(request.as_ref(), &NoContext);
    let mut rest = response.rops;
    while let Some(paired) = it.next() {
        let Ok(paired) = paired else { return };
        let n = paired.response.encoded_len().min(rest.len());
        let (span, r) = rest.split_at(n);
        laws(span, &paired.response, |b| {
            let cx = ResponseCx {
                request: paired.request.as_ref(),
                handles: request.map(|r| r.handles).unwrap_or_default(),
                batch: Some(it.batch()),
                context: &NoContext,
            };
            matches!(RopResponse::parse(b, cx), Ok(([], v)) if v == paired.response)
        });
        rest = r;
    }
}

/// Decodes one request or response (the first byte chooses) and checks its laws.
pub fn roundtrip(data: &[u8]) {
    let Some((&which, data)) = data.split_first() else {
        return;
    };
    if which & 1 == 0 {
        if let Ok((rest, rop)) = RopRequest::parse(data) {
            let span = data.get(..data.len() - rest.len()).unwrap_or_default();
            laws(span, &rop, |b| {
                RopRequest::decode(b).ok().as_ref() == Some(&rop)
            });
        }
    } else if let Ok((rest, rop)) = RopResponse::decode_alone(data) {
        let span = data.get(..data.len() - rest.len()).unwrap_or_default();
        laws(
            span,
            &rop,
            |b| matches!(RopResponse::decode_alone(b), Ok(([], v)) if v == rop),
        );
    }
}

/// Walks an RPC_HEADER_EXT chain; checks each block's laws; feeds each de-obfuscated
/// payload to `inner` (a ROP buffer oracle).
fn chain(data: &[u8], inner: fn(&[u8])) {
    let mut scratch = [0u8; crate::rpc_ext::MAX_PAYLOAD];
    for block in RpcChain::new(data) {
        let Ok(block) = block else { return };
        let start = block.offset;
        let end = start.saturating_add(block.encoded_len());
        let Some(span) = data.get(start..end) else {
            panic!("block outside its input: {block:?}")
        };
        laws(span, &block, |b| match RpcChain::new(b).next() {
            Some(Ok(again)) => same_block(&again, &block),
            _ => false,
        });
        if let Ok(payload) = block.payload_into(&mut scratch) {
            inner(payload);
        }
    }
}

fn same_block(a: &RpcBlock<'_>, b: &RpcBlock<'_>) -> bool {
    a.header == b.header && a.payload == b.payload
}

/// Decodes an RPC_HEADER_EXT chain whose payloads are ROP input buffers.
pub fn rpc_ext(data: &[u8]) {
    chain(data, request_buffer);
}

/// Decodes a MAPI/HTTP Execute request body, its RopBuffer chain and the ROPs in it.
pub fn execute_request(data: &[u8]) {
    let Ok(req) = ExecuteRequest::decode(data) else {
        return;
    };
    laws(data, &req, |b| {
        ExecuteRequest::decode(b).ok().as_ref() == Some(&req)
    });
    chain(req.rop_buffer, request_buffer);
    chain(req.auxiliary_buffer, |_| {});
}

/// Decodes a MAPI/HTTP Execute response body and the responses in it (without requests).
pub fn execute_response(data: &[u8]) {
    let Ok(resp) = ExecuteResponse::decode(data) else {
        return;
    };
    laws(data, &resp, |b| {
        ExecuteResponse::decode(b).ok().as_ref() == Some(&resp)
    });
    if let ExecuteResponse::Success { rop_buffer, .. } = resp {
        chain(rop_buffer, responses_alone);
    }
}

fn responses_alone(data: &[u8]) {
    let Ok(buf) = RopBuffer::decode(data) else {
        return;
    };
    for r in ResponseIter::alone(buf.rops, 2) {
        if r.is_err() {
            return;
        }
    }
}

/// Decodes a response stream (meta-tags, DONE header block, Execute response body).
pub fn metatag_stream(data: &[u8]) {
    let Ok(stream) = ResponseStream::decode(data) else {
        return;
    };
    laws(data, &stream, |b| {
        ResponseStream::decode(b).ok().as_ref() == Some(&stream)
    });
    if let Ok(body) = stream.execute_response() {
        let start = stream.body_offset();
        if let Some(span) = data.get(start..) {
            laws(span, &body, |b| {
                ExecuteResponse::decode(b).ok().as_ref() == Some(&body)
            });
        }
    }
}

/// Decompresses arbitrary bytes as an LZ77 payload into a 0x8000-byte room: any input
/// either fails with a typed error or yields at most the room ([MS-OXCRPC] 3.1.4.1.1.2).
pub fn lz77_decompress(data: &[u8]) {
    let mut out = [0u8; crate::rpc_ext::MAX_PAYLOAD];
    if let Ok(n) = crate::rpc_ext::lz77::decompress(data, &mut out) {
        assert!(n <= out.len());
        // Whatever decompresses, our compressor must round-trip.
        lz77_roundtrip(out.get(..n).unwrap_or_default());
    }
}

/// Compresses arbitrary bytes (at most 0x8000) and checks that decompression gives them
/// back, with and without XorMagic applied to the compressed bytes.
pub fn lz77_roundtrip(data: &[u8]) {
    use crate::rpc_ext::lz77;
    let data = data.get(..crate::rpc_ext::MAX_PAYLOAD).unwrap_or(data);
    let mut packed = [0u8; lz77::max_compressed_len(crate::rpc_ext::MAX_PAYLOAD)];
    let n = match lz77::compress(data, &mut packed) {
        Ok(n) => n,
        Err(e) => panic!("compress refused {} bytes: {e:?}", data.len()),
    };
    let mut back = [0u8; crate::rpc_ext::MAX_PAYLOAD];
    let packed = packed.get_mut(..n).unwrap_or_default();
    let room = back.get_mut(..data.len()).unwrap_or_default();
    assert!(
        lz77::decompress_exact(packed, room, false).is_ok(),
        "round trip failed"
    );
    assert_eq!(room, data);
    crate::rpc_ext::xor_magic(packed);
    let room = back.get_mut(..data.len()).unwrap_or_default();
    assert!(
        lz77::decompress_exact(packed, room, true).is_ok(),
        "XorMagic round trip failed"
    );
    assert_eq!(room, data);
}

/// Decodes a MAPI/HTTP request or response body of any mailbox request type: the first
/// byte picks the type (low bits) and the direction (bit 3) ([MS-OXCMAPIHTTP] 2.2.4).
pub fn mapihttp_body(data: &[u8]) {
    use crate::mapihttp::{RequestBody, RequestType, ResponseBody};
    let Some((&sel, body)) = data.split_first() else {
        return;
    };
    let types = RequestType::ALL;
    let Some(&t) = types.get(usize::from(sel & 0x07) % types.len()) else {
        return;
    };
    if sel & 0x08 == 0 {
        if let Ok(v) = RequestBody::decode_as(t, body) {
            laws(body, &v, |b| {
                RequestBody::decode_as(t, b).ok().as_ref() == Some(&v)
            });
        }
    } else if let Ok(v) = ResponseBody::decode_as(t, body) {
        laws(body, &v, |b| {
            ResponseBody::decode_as(t, b).ok().as_ref() == Some(&v)
        });
    }
}

/// Walks the AUX blocks of a de-obfuscated auxiliary payload and checks each block's laws
/// ([MS-OXCRPC] 2.2.2.2).
pub fn aux_blocks(data: &[u8]) {
    use crate::rpc_ext::aux::{AuxBlock, AuxWalker};
    let mut walker = AuxWalker::new(data);
    loop {
        let start = walker.offset();
        match walker.next() {
            Some(Ok(block)) => {
                let span = data.get(start..walker.offset()).unwrap_or_default();
                laws(span, &block, |b| {
                    AuxBlock::decode(b).ok().as_ref() == Some(&block)
                });
            }
            Some(Err(e)) => {
                assert!(e.offset <= data.len(), "error offset past the input");
                return;
            }
            None => return,
        }
    }
}

/// FNV-1a over the bytes, continuing from `h`.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// Feeds `data` to a streaming decoder in pieces whose sizes cycle through `splits`
/// (0 means "the rest") and digests the events: tags, header names and values, and body
/// bytes as one run however they were cut. Returns the digest and the outcome.
fn stream_digest(
    framing: crate::mapihttp::streaming::Framing,
    data: &[u8],
    splits: &[u8],
) -> (u64, Result<(), crate::error::DecodeError>) {
    use crate::mapihttp::streaming::{Event, StreamDecoder};
    let mut dec = StreamDecoder::new(framing);
    let mut h = 0xCBF2_9CE4_8422_2325u64;
    let mut rest = data;
    let mut k = 0usize;
    while !rest.is_empty() {
        let step = splits.get(k % splits.len().max(1)).copied().unwrap_or(0);
        k = k.wrapping_add(1);
        let n = if step == 0 {
            rest.len()
        } else {
            usize::from(step).min(rest.len())
        };
        let (mut piece, after) = rest.split_at(n);
        rest = after;
        while !piece.is_empty() {
            let (used, ev) = match dec.feed(piece) {
                Ok(x) => x,
                Err(e) => return (h, Err(e)),
            };
            let stalled = used == 0 && ev.is_none();
            h = match ev {
                Some(Event::Processing) => fnv(h, b"\x01"),
                Some(Event::Pending { crlf: true }) => fnv(h, b"\x02"),
                Some(Event::Pending { crlf: false }) => fnv(h, b"\x08"),
                Some(Event::Done) => fnv(h, b"\x03"),
                Some(Event::Header(hd)) => fnv(
                    fnv(fnv(h, b"\x04"), hd.name.as_bytes()),
                    hd.value.as_bytes(),
                ),
                Some(Event::HeadersEnd) => fnv(h, b"\x05"),
                Some(Event::Body(b)) => fnv(h, b),
                Some(Event::Trailer(hd)) => fnv(
                    fnv(fnv(h, b"\x06"), hd.name.as_bytes()),
                    hd.value.as_bytes(),
                ),
                Some(Event::End) => fnv(h, b"\x07"),
                None => h,
            };
            assert!(
                !stalled || dec.is_complete(),
                "no progress on non-empty input"
            );
            if used == 0 && dec.is_complete() {
                // Complete: any bytes after the stream stay with the caller.
                return (h, dec.finish());
            }
            piece = piece.get(used..).unwrap_or_default();
        }
    }
    (h, dec.finish())
}

/// The streaming response decoder: whatever the input, feeding it whole and feeding it
/// in the pieces the first bytes describe give the same events and the same outcome;
/// identity framing agrees with the whole-buffer `ResponseStream` on success
/// ([MS-OXCMAPIHTTP] 2.2.7; RFC 9112 7.1).
pub fn streaming(data: &[u8]) {
    use crate::mapihttp::streaming::Framing;
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let framing = if sel & 1 == 0 {
        Framing::Identity
    } else {
        Framing::Chunked
    };
    let (splits, stream) = rest.split_at(usize::from(sel >> 1).min(4).min(rest.len()));
    let whole = stream_digest(framing, stream, &[0]);
    let pieces = stream_digest(
        framing,
        stream,
        if splits.is_empty() { &[1] } else { splits },
    );
    assert_eq!(whole, pieces, "the split changed the events or the outcome");
    if framing == Framing::Identity && whole.1.is_ok() {
        assert!(
            ResponseStream::decode(stream).is_ok(),
            "streaming accepted what the whole-buffer decoder refuses"
        );
    }
}

/// Most ROPs [`structured_round_trip`] builds from one input.
#[cfg(feature = "arbitrary")]
const STRUCTURED_ROPS: usize = 16;

/// Structured fuzzing (feature `arbitrary`): builds ROP requests and responses from `data`
/// with `arbitrary` ([`crate::structured`]) and checks that each one encodes, that the
/// encoding decodes to an equal value (with the context generated with it), and that the
/// decoded value re-encodes to the same bytes.
#[cfg(feature = "arbitrary")]
pub fn structured_round_trip(data: &[u8]) {
    use arbitrary::Unstructured;
    let mut u = Unstructured::new(data);
    for _ in 0..STRUCTURED_ROPS {
        if u.is_empty() {
            return;
        }
        let Ok(request) = u.arbitrary::<bool>() else {
            return;
        };
        if request {
            let Ok((cx, rop)) = RopRequest::arbitrary_with_context(&mut u) else {
                return;
            };
            encodes(&rop, |bytes| {
                agrees(bytes, &rop, request_with(bytes, &cx), |b, back| {
                    request_with(b, &cx).ok().as_ref() == Some(back)
                });
            });
        } else {
            let Ok((cx, rop)) = RopResponse::arbitrary_with_context(&mut u) else {
                return;
            };
            encodes(&rop, |bytes| {
                agrees(bytes, &rop, decode_with(bytes, &cx), |b, back| {
                    decode_with(b, &cx).ok().as_ref() == Some(back)
                });
            });
        }
    }
}

/// Decodes one whole request with the context generated with it.
#[cfg(feature = "arbitrary")]
fn request_with<'a: 'b, 'b>(
    bytes: &'b [u8],
    cx: &crate::rop::context::ArbitraryContext<'a>,
) -> Result<RopRequest<'b>, crate::error::DecodeError> {
    crate::wire::finish(bytes, |i| RopRequest::parse_with(i, &cx.request_cx()))
}

/// Decodes one whole response with the context generated with it.
#[cfg(feature = "arbitrary")]
fn decode_with<'a: 'b, 'b>(
    bytes: &'b [u8],
    cx: &crate::rop::context::ArbitraryContext<'a>,
) -> Result<RopResponse<'b>, crate::error::DecodeError> {
    crate::wire::finish(bytes, |i| RopResponse::parse(i, cx.cx()))
}

/// Encodes a generated value (it must encode, into exactly `encoded_len` bytes) and hands
/// the bytes to `check`; values longer than the scratch buffer are skipped.
#[cfg(feature = "arbitrary")]
fn encodes<T: Encode + Debug>(value: &T, check: impl FnOnce(&[u8])) {
    let mut scratch = [0u8; SCRATCH];
    if value.encoded_len() > SCRATCH {
        return;
    }
    let n = match value.encode_into(&mut scratch) {
        Ok(n) => n,
        Err(e) => panic!("a generated value failed to encode: {e:?} {value:?}"),
    };
    assert_eq!(
        n,
        value.encoded_len(),
        "encoded_len differs from the bytes written: {value:?}"
    );
    check(scratch.get(..n).unwrap_or_default());
}

/// The encoding of `value` decoded to `back`, equal to `value`, which obeys [`laws`].
#[cfg(feature = "arbitrary")]
fn agrees<T: Encode + Debug + PartialEq>(
    bytes: &[u8],
    value: &T,
    back: Result<T, crate::error::DecodeError>,
    same: impl Fn(&[u8], &T) -> bool,
) {
    match back {
        Ok(back) => {
            assert_eq!(&back, value, "decode(encode(x)) != x");
            laws(bytes, &back, |b| same(b, &back));
        }
        Err(e) => panic!("a generated value does not decode back: {e:?} {value:?}"),
    }
}

/// A restriction to encode in the extended form ([MS-OXCDATA] 2.12, [MS-OXORULE] 2.2.4).
#[derive(Debug)]
struct Extended<'a>(crate::data::Restriction<'a>);

impl Encode for Extended<'_> {
    fn encoded_len(&self) -> usize {
        self.0.encoded_len_in(crate::data::CountWidth::Extended)
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), crate::error::EncodeError> {
        self.0.encode_in(w, crate::data::CountWidth::Extended)
    }
}

/// A text sink that keeps nothing, for exercising the dumper without allocating.
struct Discard;

impl core::fmt::Write for Discard {
    fn write_str(&mut self, _: &str) -> core::fmt::Result {
        Ok(())
    }
}

/// Decodes a restriction from the front of `data` in both count widths ([MS-OXCDATA]
/// 2.12): each that decodes must re-encode to its bytes and decode back to itself, convert
/// to the other width and back (unless it holds a value the extended form cannot carry),
/// read through every view without failing, and dump.
pub fn restriction_round_trip(data: &[u8]) {
    use crate::data::{CountWidth, Restriction};
    for width in [CountWidth::Standard, CountWidth::Extended] {
        let Ok((r, n)) = Restriction::decode_prefix_in(data, width) else {
            continue;
        };
        let span = data.get(..n).unwrap_or_default();
        let same = |b: &[u8]| Restriction::decode_in(b, width).ok().as_ref() == Some(&r);
        match width {
            CountWidth::Standard => laws(span, &r, same),
            CountWidth::Extended => laws(span, &Extended(r), same),
        }
        // The other width, and back.
        let other = match width {
            CountWidth::Standard => CountWidth::Extended,
            CountWidth::Extended => CountWidth::Standard,
        };
        let mut scratch = [0u8; SCRATCH];
        let mut w = Writer::new(&mut scratch);
        if r.encode_in(&mut w, other).is_ok() {
            let n = w.position();
            assert_eq!(n, r.encoded_len_in(other), "encoded_len_in differs");
            let out = scratch.get(..n).unwrap_or_default();
            assert!(
                Restriction::decode_in(out, other).ok().as_ref() == Some(&r),
                "the other count width does not decode back: {r:?}"
            );
        }
        let mut t = crate::dissect::Text::new(Discard);
        crate::wire::Dump::dump(&r, &mut t);
        let _ = t.finish();
    }
}

/// An oracle: bytes in, panics on a broken law.
pub type Oracle = fn(&[u8]);

/// Every oracle by name, for the regression replay test.
pub const ORACLES: &[(&str, Oracle)] = &[
    ("rop_requests", rop_requests),
    ("request_buffer", request_buffer),
    ("response_buffer", response_buffer),
    ("roundtrip", roundtrip),
    ("rpc_ext", rpc_ext),
    ("execute_request", execute_request),
    ("execute_response", execute_response),
    ("metatag_stream", metatag_stream),
    ("lz77_decompress", lz77_decompress),
    ("lz77_roundtrip", lz77_roundtrip),
    ("mapihttp_body", mapihttp_body),
    ("aux_blocks", aux_blocks),
    ("streaming", streaming),
    #[cfg(feature = "arbitrary")]
    ("structured", structured_round_trip),
    ("restriction_round_trip", restriction_round_trip),
];
