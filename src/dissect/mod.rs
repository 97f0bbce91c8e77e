//! The dissector: the text form of every layer, `no_std`, into any [`core::fmt::Write`]
//! (what ropdump prints; servers and gateways can log ROPs the same way).
//!
//! Each ROP is one line that starts with its spec name and its byte offset in the input
//! (`RopSetProperties @0x002 LogonId=0x00 …`), fields by spec name, names in parentheses
//! after numbers (`PropertyTag=0x0037001F (PidTagSubject)`, `ReturnValue=0x8004010F
//! (ecNotFound)`, flag names). On bad input the error comes first — what, where, in which
//! ROP — then the ROPs decoded before it, the handle table and a hex dump of the bytes that
//! could not be decoded.
//!
//! ```
//! use ropwire::dissect::request_buffer;
//!
//! // RopSize 5, RopRelease (LogonId 0, InputHandleIndex 1), one handle.
//! let bytes = [0x05, 0x00, 0x01, 0x00, 0x01, 0x42, 0x00, 0x00, 0x00];
//! let mut out = String::new();
//! request_buffer(&mut out, &bytes, 0).unwrap();
//! assert_eq!(out, "RopBuffer @0x000 RopSize=0x0005\n\
//!                  RopRelease @0x002 LogonId=0x00 InputHandleIndex=0x01\n\
//!                  ServerObjectHandleTable @0x005 [0]=0x00000042\n");
//! ```

pub mod input;
mod outer;
mod text;

use core::fmt::{self, Write};

pub use outer::{
    aux_buffer, aux_line, body_name, detect_framing, execute_request, execute_response,
    request_body, response_body, response_stream, rpc_header, rpc_rops,
};
pub use text::{Hex, Text};

use crate::buffer::{RequestIter, ResponseIter, RopBuffer};
use crate::error::DecodeError;
use crate::rop::{ResponseContext, RopId, RopRequest, RopResponse};
use crate::wire::{Decode, Dump, LeArray};

/// Why a dissection stopped: the input could not be decoded (the text says what was
/// decoded before), or the writer failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The input is bad here; everything before it was written.
    Decode(DecodeError),
    /// The [`core::fmt::Write`] failed.
    Write,
}

impl From<fmt::Error> for Stop {
    fn from(_: fmt::Error) -> Self {
        Stop::Write
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Decode(e) => e.fmt(f),
            Stop::Write => f.write_str("the output could not be written"),
        }
    }
}

/// A decode error with the ROP it happened in, as the first line of a dissection.
fn error_line(t: &mut Text<impl Write>, e: &DecodeError, rop: Option<(RopId, usize)>) {
    t.start(format_args!("error: {e}"));
    if let Some((id, at)) = rop {
        t.suffix(format_args!("in {} @0x{at:03X}", id.spec_name()));
    }
    t.end_line();
}

/// A labelled hex dump of `bytes`, which start `base` bytes into the input: 16 bytes a
/// line, each line with its offset.
pub fn hex_dump(t: &mut Text<impl Write>, label: &str, bytes: &[u8], base: usize) {
    t.line(format_args!(
        "{label} @0x{base:03X} ({} byte{}):",
        bytes.len(),
        if bytes.len() == 1 { "" } else { "s" }
    ));
    for (i, chunk) in bytes.chunks(16).enumerate() {
        let at = base.saturating_add(i.saturating_mul(16));
        t.start(format_args!("  0x{at:03X}:"));
        for b in chunk {
            t.suffix(format_args!("{b:02X}"));
        }
        t.end_line();
    }
}

/// Walks the ROPs of `rops` and hands each to `f` with its offset; the first error.
fn walk_requests<'a>(
    rops: &'a [u8],
    base: usize,
    f: &mut dyn FnMut(usize, &RopRequest<'a>),
) -> Result<(), (DecodeError, usize)> {
    let mut it = RequestIter::new(rops, base);
    loop {
        let at = it.offset();
        match it.next() {
            None => return Ok(()),
            Some(Ok(r)) => f(at, &r),
            Some(Err(e)) => return Err((e, at)),
        }
    }
}

/// Walks the responses of `rops`, paired with `requests`, and hands each to `f`.
fn walk_responses<'a>(
    rops: &'a [u8],
    base: usize,
    requests: Option<RequestIter<'a>>,
    handles: LeArray<'a, u32>,
    context: &dyn ResponseContext<'a>,
    f: &mut dyn FnMut(usize, &RopResponse<'a>),
) -> Result<(), (DecodeError, usize)> {
    let mut it = ResponseIter::new(rops, base, requests, context).with_request_handles(handles);
    loop {
        let at = it.offset();
        match it.next() {
            None => return Ok(()),
            Some(Ok(p)) => f(at, &p.response),
            Some(Err(e)) => return Err((e, at)),
        }
    }
}

/// The side of a ROP list ([MS-OXCROPS] 2.2.1): requests, or responses paired with the
/// requests they answer and decoded with a context.
pub enum Side<'a, 'c> {
    /// Request ROPs.
    Requests,
    /// Response ROPs, with what their layouts may need.
    Responses {
        /// The request ROPs they answer, if known.
        requests: Option<RequestIter<'a>>,
        /// The request buffer's server object handle table (empty if not known).
        handles: LeArray<'a, u32>,
        /// Session state: table columns, logon kinds.
        context: &'c dyn ResponseContext<'a>,
    },
}

impl<'a, 'c> Side<'a, 'c> {
    /// Responses answering the requests of `request` (if known), with `context`.
    pub fn answering(
        request: Option<&RopBuffer<'a>>,
        context: &'c dyn ResponseContext<'a>,
    ) -> Self {
        Side::Responses {
            requests: request.map(RopBuffer::requests),
            handles: request.map_or(LeArray::empty(), |r| r.handles),
            context,
        }
    }
}

impl<'a> Side<'a, '_> {
    fn walk(
        &self,
        rops: &'a [u8],
        base: usize,
        f: &mut dyn FnMut(usize, RopId, &dyn Dump),
    ) -> Result<(), (DecodeError, usize)> {
        match self {
            Side::Requests => walk_requests(rops, base, &mut |at, r| f(at, r.rop_id(), r)),
            Side::Responses {
                requests,
                handles,
                context,
            } => walk_responses(
                rops,
                base,
                requests.clone(),
                *handles,
                *context,
                &mut |at, r| f(at, r.rop_id(), r),
            ),
        }
    }
}

/// Writes the ROPs of a list (back to back, `base` bytes into the input), one line each,
/// the error first when there is one, then the undecoded bytes ([MS-OXCROPS] 2.2.1).
pub fn rop_list<'a>(
    t: &mut Text<impl Write>,
    rops: &'a [u8],
    base: usize,
    side: &Side<'a, '_>,
) -> Result<(), DecodeError> {
    listed(t, rops, base, side, None)
}

/// [`rop_list`], with the RopBuffer line (offset, RopSize) after the error line.
fn listed<'a>(
    t: &mut Text<impl Write>,
    rops: &'a [u8],
    base: usize,
    side: &Side<'a, '_>,
    head: Option<(usize, usize)>,
) -> Result<(), DecodeError> {
    let first = side.walk(rops, base, &mut |_, _, _| {});
    if let Err((e, at)) = &first {
        let id = rops.get(at.saturating_sub(base)).map(|&b| RopId(b));
        error_line(t, e, id.map(|id| (id, *at)));
    }
    if let Some((at, size)) = head {
        t.line(format_args!(
            "RopBuffer @0x{at:03X} RopSize={}",
            Hex(size as u64, 2)
        ));
    }
    let _ = side.walk(rops, base, &mut |at, id, rop| {
        t.value(format_args!("{} @0x{at:03X}", id.spec_name()), rop);
    });
    match first {
        Ok(()) => Ok(()),
        Err((e, at)) => {
            let rest = rops.get(at.saturating_sub(base)..).unwrap_or_default();
            hex_dump(t, "undecoded", rest, at);
            Err(e)
        }
    }
}

/// The server object handle table line.
fn handle_table(t: &mut Text<impl Write>, handles: LeArray<'_, u32>, at: usize) {
    t.start(format_args!("ServerObjectHandleTable @0x{at:03X}"));
    for (i, h) in handles.iter().enumerate() {
        t.suffix(format_args!("[{i}]={}", Hex(u64::from(h), 4)));
    }
    t.end_line();
}

/// Writes a ROP buffer ([MS-OXCROPS] 2.2.1): RopSize, the ROPs, the handle table; on a
/// bad buffer the error first.
pub fn rop_buffer<'a>(
    t: &mut Text<impl Write>,
    bytes: &'a [u8],
    base: usize,
    side: &Side<'a, '_>,
) -> Result<(), DecodeError> {
    match RopBuffer::decode(bytes) {
        Ok(buf) => {
            let size = 2 + buf.rops.len();
            let listed = listed(t, buf.rops, base + 2, side, Some((base, size)));
            handle_table(t, buf.handles, base + size);
            listed
        }
        Err(frame) => {
            let frame = frame.shifted(base);
            // The frame is bad: show the ROPs inside the part of RopsList that is there.
            let size = bytes
                .first_chunk::<2>()
                .map(|b| usize::from(u16::from_le_bytes(*b)));
            error_line(t, &frame, None);
            let Some(size) = size.filter(|&s| s >= 2) else {
                hex_dump(t, "undecoded", bytes, base);
                return Err(frame);
            };
            let end = size.min(bytes.len());
            let rops = bytes.get(2..end).unwrap_or_default();
            // The innermost error names the ROP that could not be decoded.
            listed(t, rops, base + 2, side, Some((base, size)))?;
            let rest = bytes.get(end..).unwrap_or_default();
            hex_dump(t, "undecoded", rest, base + end);
            Err(frame)
        }
    }
}

/// Writes a request ROP buffer ([MS-OXCROPS] 2.2.1), `base` bytes into the input, as text.
pub fn request_buffer(out: &mut dyn Write, bytes: &[u8], base: usize) -> Result<(), Stop> {
    let mut t = Text::new(out);
    let r = rop_buffer(&mut t, bytes, base, &Side::Requests);
    t.finish()?;
    r.map_err(Stop::Decode)
}

/// Writes a response ROP buffer ([MS-OXCROPS] 2.2.1) as text, each response decoded with
/// its request from `request` (the request buffer, if known) and `context`.
pub fn response_buffer<'a>(
    out: &mut dyn Write,
    bytes: &'a [u8],
    base: usize,
    request: Option<&RopBuffer<'a>>,
    context: &dyn ResponseContext<'a>,
) -> Result<(), Stop> {
    let mut t = Text::new(out);
    let r = rop_buffer(&mut t, bytes, base, &Side::answering(request, context));
    t.finish()?;
    r.map_err(Stop::Decode)
}

/// Writes request ROPs back to back (no RopSize, no handle table) as text.
pub fn request_rops(out: &mut dyn Write, rops: &[u8], base: usize) -> Result<(), Stop> {
    let mut t = Text::new(out);
    let r = rop_list(&mut t, rops, base, &Side::Requests);
    t.finish()?;
    r.map_err(Stop::Decode)
}

/// Writes response ROPs back to back (no RopSize, no handle table) as text, paired with
/// the request ROPs `requests` (if known).
pub fn response_rops<'a>(
    out: &mut dyn Write,
    rops: &'a [u8],
    base: usize,
    requests: Option<RequestIter<'a>>,
    context: &dyn ResponseContext<'a>,
) -> Result<(), Stop> {
    let mut t = Text::new(out);
    let side = Side::Responses {
        requests,
        handles: LeArray::empty(),
        context,
    };
    let r = rop_list(&mut t, rops, base, &side);
    t.finish()?;
    r.map_err(Stop::Decode)
}

/// A bare structure `ropdump --structure` decodes, outside any ROP: what an engineer
/// reads in a property value or a log ([MS-OXCDATA] 2.2.1.3.1, 2.12, 2.13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Structure {
    /// A restriction with 2-byte counts, as in ROPs and PtypRestriction values
    /// ([MS-OXCDATA] 2.12).
    Restriction,
    /// A restriction with 4-byte counts, as in extended rules ([MS-OXORULE] 2.2.4,
    /// [MS-OXCDATA] 2.12).
    RestrictionExt,
    /// A SortOrderSet ([MS-OXCDATA] 2.13.2).
    SortOrderSet,
    /// A LongTermID ([MS-OXCDATA] 2.2.1.3.1).
    LongTermId,
}

impl Structure {
    /// Every structure, in the order `ropdump --help` lists them.
    pub const ALL: [Structure; 4] = [
        Structure::Restriction,
        Structure::RestrictionExt,
        Structure::SortOrderSet,
        Structure::LongTermId,
    ];

    /// The name `ropdump --structure` takes.
    pub fn name(self) -> &'static str {
        match self {
            Structure::Restriction => "restriction",
            Structure::RestrictionExt => "restriction-ext",
            Structure::SortOrderSet => "sortorderset",
            Structure::LongTermId => "longtermid",
        }
    }

    /// The structure of a `ropdump --structure` name.
    pub fn from_name(name: &str) -> Option<Structure> {
        Structure::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Writes a bare structure (the whole of `bytes`, `base` bytes into the input) as text: a
/// line naming it, its fields below ([MS-OXCDATA] 2.12, 2.13).
pub fn structure(
    t: &mut Text<impl Write>,
    kind: Structure,
    bytes: &[u8],
    base: usize,
) -> Result<(), DecodeError> {
    use crate::data::restriction::{CountWidth, Restriction};
    use crate::data::sort::SortOrderSet;
    let shift = |e: DecodeError| e.shifted(base);
    let head = format_args!("{} @0x{base:03X}", kind.name());
    match kind {
        Structure::Restriction | Structure::RestrictionExt => {
            let width = if kind == Structure::Restriction {
                CountWidth::Standard
            } else {
                CountWidth::Extended
            };
            let r = Restriction::decode_in(bytes, width).map_err(shift)?;
            t.value(head, &r);
        }
        Structure::SortOrderSet => {
            let s = SortOrderSet::decode(bytes).map_err(shift)?;
            t.value(head, &s);
        }
        Structure::LongTermId => {
            let id = crate::data::LongTermId::decode(bytes).map_err(shift)?;
            t.value(head, &id);
        }
    }
    Ok(())
}
