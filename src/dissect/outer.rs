//! The text form of the layers around ROP buffers: RPC_HEADER_EXT chains ([MS-OXCRPC]
//! 2.2.2.1), auxiliary buffers ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2) and MAPI/HTTP bodies
//! ([MS-OXCMAPIHTTP] 2.2.4). Payloads that are compressed or obfuscated are decoded into
//! the caller's scratch memory; ROP offsets inside them count from the payload's start in
//! the input as if it were plain.

use core::fmt::{self, Write};

use super::{Side, Text, rop_buffer};
use crate::error::{DecodeError, ErrorKind};
use crate::layers::Payloads;
use crate::mapihttp::streaming::{ChunkSpans, Event, Framing, StreamDecoder};
use crate::mapihttp::{ExecuteRequest, ExecuteResponse, RequestBody, RequestType, ResponseBody};
use crate::rpc_ext::aux::{AuxBlock, aux_walker};
use crate::rpc_ext::{RPC_HEADER_EXT_SIZE, RpcChain, RpcFlags, RpcHeaderExt, xor_magic};
use crate::wire::{Decode, Dump, DumpField, Dumper, Encode, Namer, Utf16Str};

use super::Hex;

/// An RPC_HEADER_EXT line, the flags by name (`Flags=0x0005 (COMPRESSED|LAST)`).
pub fn rpc_header(t: &mut Text<impl Write>, header: &RpcHeaderExt) {
    t.value(format_args!("RPC_HEADER_EXT"), header);
}

/// Writes an RPC_HEADER_EXT chain ([MS-OXCRPC] 3.1.4.2.1.1) at `base` whose payloads are
/// ROP buffers: each block's header, then its ROP buffer. Block `k` is decoded with
/// `side(k)` (chained response payloads answer the same request buffer again). `scratch`
/// holds the payloads that are compressed or obfuscated (see [`Payloads`]).
pub fn rpc_rops<'a, 'c>(
    t: &mut Text<impl Write>,
    bytes: &'a [u8],
    base: usize,
    scratch: &'a mut [u8],
    side: &dyn Fn(usize) -> Side<'a, 'c>,
) -> Result<(), DecodeError> {
    let mut payloads = Payloads::new(RpcChain::with_offset(bytes, base), scratch);
    let mut k = 0usize;
    let mut pos = 0usize;
    while let Some(item) = payloads.next() {
        let payload = match item {
            Ok(p) => p,
            Err(e) => {
                let room = payloads.take_scratch();
                return salvage(t, bytes, base, pos, e, room, &side(k));
            }
        };
        rpc_header(t, &payload.header);
        let at = payload.offset.saturating_add(RPC_HEADER_EXT_SIZE);
        rop_buffer(t, payload.bytes, at, &side(k))?;
        pos = at
            .saturating_sub(base)
            .saturating_add(usize::from(payload.header.size));
        k = k.saturating_add(1);
    }
    Ok(())
}

/// After a bad block at `pos`: when its header is whole and only a plain or obfuscated
/// payload is cut short, the ROPs in what is there of it (de-obfuscated into `room`), then
/// the error.
fn salvage<'a>(
    t: &mut Text<impl Write>,
    bytes: &'a [u8],
    base: usize,
    pos: usize,
    e: DecodeError,
    room: &'a mut [u8],
    side: &Side<'a, '_>,
) -> Result<(), DecodeError> {
    let rest = bytes.get(pos..).unwrap_or_default();
    let Ok((_, header)) = RpcHeaderExt::parse(rest) else {
        return Err(e);
    };
    let payload = rest.get(RPC_HEADER_EXT_SIZE..).unwrap_or_default();
    if usize::from(header.size) <= payload.len() || header.flags.contains(RpcFlags::COMPRESSED) {
        return Err(e);
    }
    let payload: &'a [u8] = if header.flags.contains(RpcFlags::XOR_MAGIC) {
        let Some(copy) = room.get_mut(..payload.len()) else {
            return Err(e);
        };
        copy.copy_from_slice(payload);
        xor_magic(copy);
        copy
    } else {
        payload
    };
    rpc_header(t, &header);
    let at = base.saturating_add(pos).saturating_add(RPC_HEADER_EXT_SIZE);
    // The innermost error names the ROP that could not be decoded.
    rop_buffer(t, payload, at, side)?;
    Err(e)
}

/// The `AUX_TYPE_…` name of a block when its structure name does not already say it (the
/// BG and FG variants share the structure of the plain type), e.g. `AUX_TYPE_PERF_BG_…`.
fn aux_type_note(block: &AuxBlock<'_>) -> Option<&'static str> {
    let structure = block.structure_name()?;
    let type_name = block.type_name()?;
    let bare = structure.strip_prefix("AUX_").unwrap_or(structure);
    let bare = bare.strip_suffix("_V2").unwrap_or(bare);
    let implied = type_name.strip_prefix("AUX_TYPE_") == Some(bare);
    (!implied).then_some(type_name)
}

/// Passes a block's fields on, leaving out the AUX_HEADER fields (already in the line's
/// head) and the structure around the payload's fields.
struct AuxFields<'p, W: Write> {
    t: &'p mut Text<W>,
    /// Structures begun and not ended; the outermost one is left out.
    depth: usize,
}

impl<W: Write> Dumper for AuxFields<'_, W> {
    fn int(&mut self, name: &str, value: u64, width: u8) {
        if self.depth == 0 && matches!(name, "Size" | "Version" | "Type") {
            return;
        }
        self.t.int(name, value, width);
    }
    fn labelled(&mut self, name: &str, value: u64, width: u8, label: &dyn fmt::Display) {
        self.t.labelled(name, value, width, label);
    }
    fn text(&mut self, name: &str, value: &dyn fmt::Display) {
        self.t.text(name, value);
    }
    fn utf16(&mut self, name: &str, value: &Utf16Str<'_>) {
        self.t.utf16(name, value);
    }
    fn raw(&mut self, name: &str, value: &dyn fmt::Display) {
        self.t.raw(name, value);
    }
    fn bytes(&mut self, name: &str, value: &[u8]) {
        self.t.bytes(name, value);
    }
    fn ints(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>, width: u8, names: Namer) {
        self.t.ints(name, values, width, names);
    }
    fn id(&mut self, name: &str, value: u64) {
        self.t.id(name, value);
    }
    fn ids(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>) {
        self.t.ids(name, values);
    }
    fn begin(&mut self, name: &str) {
        // The outermost structure (the block's payload) is left out: its fields go on
        // the block's line.
        if self.depth != 0 {
            self.t.begin(name);
        }
        self.depth = self.depth.saturating_add(1);
    }
    fn begin_item(&mut self, index: usize) {
        self.t.begin_item(index);
        self.depth = self.depth.saturating_add(1);
    }
    fn end(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        if self.depth != 0 {
            self.t.end();
        }
    }
}

/// One auxiliary block on one line: its structure name ([MS-OXCRPC] 2.2.2.2; `AUX_HEADER`
/// for a (Version, Type) pair the spec does not define), the AUX_HEADER fields, then the
/// structure's fields.
pub fn aux_line(t: &mut Text<impl Write>, block: &AuxBlock<'_>) {
    let name = block.structure_name().unwrap_or("AUX_HEADER");
    let size = u64::try_from(block.encoded_len()).unwrap_or(u64::MAX);
    t.start(format_args!(
        "{name} Version={} Type={} Size={}",
        Hex(u64::from(block.version()), 1),
        Hex(u64::from(block.block_type()), 1),
        Hex(size, 2)
    ));
    block.dump(&mut AuxFields {
        t: &mut *t,
        depth: 0,
    });
    if let Some(type_name) = aux_type_note(block) {
        t.suffix(format_args!("({type_name})"));
    }
    t.end_line();
}

/// Writes an auxiliary buffer ([MS-OXCRPC] 3.1.4.1.2) at `base`: its RPC_HEADER_EXT, then
/// one line per AUX block; `scratch` holds an obfuscated payload.
pub fn aux_buffer(
    t: &mut Text<impl Write>,
    bytes: &[u8],
    base: usize,
    scratch: &mut [u8],
) -> Result<(), DecodeError> {
    let shift = |e: DecodeError| e.shifted(base);
    if bytes.is_empty() {
        t.line(format_args!("AuxiliaryBuffer (empty)"));
        return Ok(());
    }
    match RpcChain::with_offset(bytes, base).next() {
        Some(Ok(block)) => rpc_header(t, &block.header),
        Some(Err(e)) => return Err(e),
        None => return Ok(()),
    }
    // `aux_walker` counts offsets from the start of `bytes`.
    for item in aux_walker(bytes, scratch).map_err(shift)? {
        aux_line(t, &item.map_err(shift)?);
    }
    Ok(())
}

/// Byte fields of bodies that are decoded and printed below the body's line.
const BODY_BYTES: &[&str] = &["RopBuffer", "AuxiliaryBuffer"];

/// Reads a little-endian u32 at `at`, if there.
fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..)?.first_chunk::<4>()?;
    Some(u32::from_le_bytes(*b))
}

/// The bytes from `at` on, at most `len` of them (what is there of a sized field).
fn partial(bytes: &[u8], at: usize, len: usize) -> &[u8] {
    let rest = bytes.get(at..).unwrap_or_default();
    rest.get(..len).unwrap_or(rest)
}

/// Splits `scratch` in two halves: one for ROP payloads, one for the auxiliary buffer.
fn halves(scratch: &mut [u8]) -> (&mut [u8], &mut [u8]) {
    let half = scratch.len() / 2;
    scratch.split_at_mut(half)
}

/// Writes an Execute request body ([MS-OXCMAPIHTTP] 2.2.4.2.1) at `base`: its fields, the
/// RopBuffer's blocks and ROPs, the auxiliary buffer. On a bad body whose first fields are
/// there, the ROPs in what is there of the RopBuffer.
pub fn execute_request<'a>(
    t: &mut Text<impl Write>,
    bytes: &'a [u8],
    base: usize,
    scratch: &'a mut [u8],
) -> Result<(), DecodeError> {
    let requests = |_| Side::Requests;
    let (rop_scratch, aux_scratch) = halves(scratch);
    let at = ExecuteRequest::ROP_BUFFER_OFFSET;
    let req = match ExecuteRequest::decode(bytes) {
        Ok(req) => req,
        Err(e) => {
            let e = e.shifted(base);
            let (Some(flags), Some(size)) = (u32_at(bytes, 0), u32_at(bytes, 4)) else {
                return Err(e);
            };
            t.start(format_args!("ExecuteRequest"));
            flags.dump_field("Flags", t);
            size.dump_field("RopBufferSize", t);
            t.end_line();
            let rops = partial(bytes, at, size as usize);
            rpc_rops(t, rops, base + at, rop_scratch, &requests)?;
            return Err(e);
        }
    };
    t.skipping(BODY_BYTES, |t| {
        t.value(format_args!("ExecuteRequest"), &req)
    });
    rpc_rops(t, req.rop_buffer, base + at, rop_scratch, &requests)?;
    aux_field(
        t,
        req.auxiliary_buffer,
        base + req.auxiliary_buffer_offset(),
        aux_scratch,
    )
}

/// Writes an Execute response body ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3) at `base`;
/// RopBuffer block `k` is decoded with `side(k)`.
pub fn execute_response<'a, 'c>(
    t: &mut Text<impl Write>,
    bytes: &'a [u8],
    base: usize,
    scratch: &'a mut [u8],
    side: &dyn Fn(usize) -> Side<'a, 'c>,
) -> Result<(), DecodeError> {
    let (rop_scratch, aux_scratch) = halves(scratch);
    let at = ExecuteResponse::ROP_BUFFER_OFFSET;
    let resp = match ExecuteResponse::decode(bytes) {
        Ok(resp) => resp,
        Err(e) => {
            let e = e.shifted(base);
            let (Some(0), Some(error_code), Some(flags), Some(size)) = (
                u32_at(bytes, 0),
                u32_at(bytes, 4),
                u32_at(bytes, 8),
                u32_at(bytes, 12),
            ) else {
                return Err(e);
            };
            t.start(format_args!("ExecuteResponse"));
            0u32.dump_field("StatusCode", t);
            crate::codes::ErrorCode(error_code).dump_field("ErrorCode", t);
            flags.dump_field("Flags", t);
            size.dump_field("RopBufferSize", t);
            t.end_line();
            let rops = partial(bytes, at, size as usize);
            rpc_rops(t, rops, base + at, rop_scratch, side)?;
            return Err(e);
        }
    };
    t.skipping(BODY_BYTES, |t| {
        t.value(format_args!("ExecuteResponse"), &resp)
    });
    if let ExecuteResponse::Success { rop_buffer, .. } = resp {
        rpc_rops(t, rop_buffer, base + at, rop_scratch, side)?;
    }
    let aux_at = base + resp.auxiliary_buffer_offset();
    aux_field(t, resp.auxiliary_buffer(), aux_at, aux_scratch)
}

/// The `AuxiliaryBuffer` field of a body: nothing when empty.
fn aux_field(
    t: &mut Text<impl Write>,
    bytes: &[u8],
    at: usize,
    scratch: &mut [u8],
) -> Result<(), DecodeError> {
    if bytes.is_empty() {
        return Ok(());
    }
    aux_buffer(t, bytes, at, scratch)
}

/// The line name of a body of type `t` ([MS-OXCMAPIHTTP] 2.2.4).
pub fn body_name(t: RequestType, response: bool) -> &'static str {
    match (t, response) {
        (RequestType::Connect, false) => "ConnectRequest",
        (RequestType::Connect, true) => "ConnectResponse",
        (RequestType::Execute, false) => "ExecuteRequest",
        (RequestType::Execute, true) => "ExecuteResponse",
        (RequestType::Disconnect, false) => "DisconnectRequest",
        (RequestType::Disconnect, true) => "DisconnectResponse",
        (RequestType::NotificationWait, false) => "NotificationWaitRequest",
        (RequestType::NotificationWait, true) => "NotificationWaitResponse",
        (RequestType::Ping, false) => "PingRequest",
        (RequestType::Ping, true) => "PingResponse",
    }
}

/// Writes a MAPI/HTTP request body of type `kind` ([MS-OXCMAPIHTTP] 2.2.4) at `base`: its
/// fields on one line, then (Execute) the RopBuffer's layers, and the auxiliary buffer.
pub fn request_body<'a>(
    t: &mut Text<impl Write>,
    kind: RequestType,
    bytes: &'a [u8],
    base: usize,
    scratch: &'a mut [u8],
) -> Result<(), DecodeError> {
    if kind == RequestType::Execute {
        return execute_request(t, bytes, base, scratch);
    }
    let body = RequestBody::decode_as(kind, bytes).map_err(|e| e.shifted(base))?;
    t.skipping(BODY_BYTES, |t| {
        t.value(format_args!("{}", body_name(kind, false)), &body)
    });
    let (aux, at) = body.auxiliary_buffer();
    aux_field(t, aux, base + at, scratch)
}

/// Writes a MAPI/HTTP response body of type `kind` ([MS-OXCMAPIHTTP] 2.2.4) at `base`.
pub fn response_body<'a, 'c>(
    t: &mut Text<impl Write>,
    kind: RequestType,
    bytes: &'a [u8],
    base: usize,
    scratch: &'a mut [u8],
    side: &dyn Fn(usize) -> Side<'a, 'c>,
) -> Result<(), DecodeError> {
    if kind == RequestType::Execute {
        return execute_response(t, bytes, base, scratch, side);
    }
    let body = ResponseBody::decode_as(kind, bytes).map_err(|e| e.shifted(base))?;
    t.skipping(BODY_BYTES, |t| {
        t.value(format_args!("{}", body_name(kind, true)), &body)
    });
    let (aux, at) = body.auxiliary_buffer();
    aux_field(t, aux, base + at, scratch)
}

/// Walks a response stream with the incremental decoder ([MS-OXCMAPIHTTP] 2.2.7; RFC 9112
/// 7.1) and hands each event to `f`; the first error. Never loops on an event that
/// consumes nothing.
fn walk_stream(
    bytes: &[u8],
    framing: Framing,
    f: &mut dyn FnMut(&Event<'_, '_>),
) -> Result<(), DecodeError> {
    let mut dec = StreamDecoder::new(framing);
    let mut rest = bytes;
    let mut stalled = 0u32;
    loop {
        let (used, event) = dec.feed(rest)?;
        rest = rest.get(used..).unwrap_or_default();
        stalled = if used == 0 {
            stalled.saturating_add(1)
        } else {
            0
        };
        if stalled > 16 {
            return Err(DecodeError {
                offset: dec.offset(),
                kind: ErrorKind::InvalidValue {
                    field: "stream (the decoder made no progress)",
                },
            });
        }
        match event {
            None if rest.is_empty() => return dec.finish(),
            None => {
                return Err(DecodeError {
                    offset: dec.offset(),
                    kind: ErrorKind::TrailingBytes,
                });
            }
            Some(e) => f(&e),
        }
    }
}

/// The chunks of a chunked stream (RFC 9112 7.1): how many carry data, and their data's
/// total length, the length of the de-chunked stream.
fn chunk_totals(bytes: &[u8]) -> Option<(usize, usize)> {
    ChunkSpans::new(bytes).try_fold((0usize, 0usize), |(count, total), span| {
        let (_, len) = span?;
        Some((count.saturating_add(1), total.checked_add(len)?))
    })
}

/// The framing of a response stream: chunked when it opens with a chunk-size line.
pub fn detect_framing(bytes: &[u8]) -> Framing {
    let digits = bytes.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let after = bytes.get(digits);
    if digits > 0 && matches!(after, Some(b'\r' | b';' | b' ' | b'\t')) {
        Framing::Chunked
    } else {
        Framing::Identity
    }
}

/// Writes a MAPI/HTTP response stream ([MS-OXCMAPIHTTP] 2.2.7): its meta-tags
/// (`HTTP PROCESSING`, `HTTP PENDING`, `HTTP DONE`) and the additional headers, then the
/// body of type `kind` — copied de-chunked into the front of `scratch`, the rest of which
/// holds its payloads — and the trailers of a chunked stream. Offsets inside the body
/// count in the de-chunked stream.
pub fn response_stream<'a, 'c>(
    t: &mut Text<impl Write>,
    bytes: &'a [u8],
    framing: Framing,
    kind: RequestType,
    scratch: &'a mut [u8],
    side: &dyn Fn(usize) -> Side<'a, 'c>,
) -> Result<(), DecodeError> {
    let stream_len = match framing {
        Framing::Identity => bytes.len(),
        Framing::Chunked => match chunk_totals(bytes) {
            Some((chunks, total)) => {
                t.line(format_args!(
                    "HTTP chunked: {chunks} chunks, {total} bytes de-chunked"
                ));
                total
            }
            None => bytes.len(),
        },
    };
    // Pass 1: the head as it comes, the body gathered into the front of `scratch`.
    let mut body_len = 0usize;
    let mut too_big = false;
    let head = walk_stream(bytes, framing, &mut |event| match event {
        Event::Processing | Event::Pending { .. } | Event::Done => {
            t.line(format_args!("HTTP {event}"));
        }
        Event::Header(h) => t.line(format_args!("  {}={:?}", h.name, h.value)),
        Event::Body(piece) => {
            let end = body_len.saturating_add(piece.len());
            match scratch.get_mut(body_len..end) {
                Some(dst) => dst.copy_from_slice(piece),
                None => too_big = true,
            }
            body_len = end;
        }
        Event::HeadersEnd | Event::Trailer(_) | Event::End => {}
    });
    head?;
    if too_big {
        return Err(DecodeError {
            offset: stream_len.saturating_sub(body_len),
            kind: ErrorKind::CountTooLarge {
                field: "body (larger than the scratch memory)",
            },
        });
    }
    let (body, rest) = scratch.split_at_mut(body_len.min(scratch.len()));
    let body: &'a [u8] = body;
    let base = stream_len.saturating_sub(body.len());
    let decoded = response_body(t, kind, body, base, rest, side);
    // Pass 2: the trailers, after the body.
    let mut first = true;
    let _ = walk_stream(bytes, framing, &mut |event| {
        if let Event::Trailer(h) = event {
            if first {
                t.line(format_args!("HTTP trailers"));
                first = false;
            }
            t.line(format_args!("  {}={:?}", h.name, h.value));
        }
    });
    decoded
}
