//! ROP buffer framing: RopSize, RopsList, ServerObjectHandleTable ([MS-OXCROPS] 2.2.1),
//! batch decoding as iterators, and response-to-request pairing.
//!
//! ```
//! use ropwire::buffer::{RopBuffer, RopBufferWriter};
//! use ropwire::rop::{RopRequest, other::ReleaseRequest};
//! use ropwire::Writer;
//!
//! // Client: encode a batch straight into caller memory.
//! let mut mem = [0u8; 64];
//! let mut w = Writer::new(&mut mem);
//! let mut batch = RopBufferWriter::begin(&mut w).unwrap();
//! batch.push(&RopRequest::Release(ReleaseRequest { logon_id: 0, input_handle_index: 0 })).unwrap();
//! batch.finish(&[0x0000_0042]).unwrap();
//! let n = w.position();
//!
//! // Server: decode it again, one ROP at a time, without allocating.
//! let buf = RopBuffer::decode(&mem[..n]).unwrap();
//! let rops: Vec<_> = buf.requests().collect();
//! assert_eq!(rops.len(), 1);
//! assert_eq!(buf.handles.get(0), Some(0x42));
//! # use ropwire::Decode;
//! ```

use core::borrow::Borrow;

use crate::error::{DecodeError, EncodeError, ErrorKind, Fail};
use crate::rop::logon::LogonFlags;
use crate::rop::{
    BatchState, Fact, LogonKinds, NoContext, RequestCx, ResponseContext, ResponseCx, RopId,
    RopRequest, RopResponse,
};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, LeArray, PResult, Writer, fail, le_u16, take, u16_len,
};

/// Most entries a ServerObjectHandleTable can usefully have: handle indexes are one byte
/// ([MS-OXCROPS] 2.2.1).
pub const MAX_HANDLES: usize = 256;

/// Size of the RopSize field ([MS-OXCROPS] 2.2.1).
pub const ROP_SIZE_LEN: usize = 2;

/// A ROP input or output buffer ([MS-OXCROPS] 2.2.1): the RopsList bytes and the
/// ServerObjectHandleTable, both borrowed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RopBuffer<'a> {
    /// `RopsList`: the ROP request or response buffers back to back (RopSize − 2 bytes).
    pub rops: &'a [u8],
    /// `ServerObjectHandleTable`: the rest of the payload, 4 bytes per handle.
    pub handles: LeArray<'a, u32>,
    /// The 1–3 bytes after the last whole handle, as received ([MS-OXCROPS] 2.2.1 has none;
    /// peers ignore them): kept to re-encode the buffer as it came. Empty in what a sender
    /// builds; the encoder refuses 4 or more.
    pub trailing: &'a [u8],
}

impl<'a> RopBuffer<'a> {
    /// A buffer as a sender writes it: RopsList and the handle table, nothing after it
    /// ([MS-OXCROPS] 2.2.1).
    pub const fn new(rops: &'a [u8], handles: LeArray<'a, u32>) -> Self {
        RopBuffer {
            rops,
            handles,
            trailing: &[],
        }
    }
}

impl<'a> Decode<'a> for RopBuffer<'a> {
    /// Decodes RopSize, RopsList and the handle table; the table takes all remaining whole
    /// 4-byte handles, and 1–3 bytes after them are kept in `trailing`.
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, rop_size) = le_u16(input)?;
        let rops_len = match usize::from(rop_size).checked_sub(ROP_SIZE_LEN) {
            Some(n) => n,
            None => {
                return fail(
                    input,
                    ErrorKind::InvalidValue {
                        field: "RopSize (smaller than 2)",
                    },
                );
            }
        };
        let (rest, rops) = take(rest, rops_len)?;
        if rest.len() / 4 > MAX_HANDLES {
            return fail(
                rest,
                ErrorKind::CountTooLarge {
                    field: "ServerObjectHandleTable",
                },
            );
        }
        let (trailing, handles) = LeArray::parse(rest, rest.len() / 4, "ServerObjectHandleTable")?;
        let end = trailing.get(trailing.len()..).unwrap_or_default();
        Ok((
            end,
            RopBuffer {
                rops,
                handles,
                trailing,
            },
        ))
    }
}

impl Encode for RopBuffer<'_> {
    fn encoded_len(&self) -> usize {
        ROP_SIZE_LEN + self.rops.len() + self.handles.encoded_len() + self.trailing.len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if self.trailing.len() >= 4 {
            return Err(EncodeError::InvalidValue {
                field: "ServerObjectHandleTable trailing bytes (4 or more)",
            });
        }
        w.put_u16(u16_len(ROP_SIZE_LEN + self.rops.len(), "RopSize")?)?;
        w.put_bytes(self.rops)?;
        self.handles.encode(w)?;
        w.put_bytes(self.trailing)
    }
}

impl<'a> RopBuffer<'a> {
    /// The request ROPs of an input buffer, decoded one at a time. The logon kinds the
    /// `req_cx` requests need come from the RopLogon requests earlier in the buffer; for
    /// logons opened in earlier batches, use [`RopBuffer::requests_with`]. After an error
    /// the iterator ends; handle it in the loop (`let rop = rop?;`) rather than `flatten()`,
    /// which drops it silently and is also slower (`spec-notes/speed.md`, seventh session).
    pub fn requests(&self) -> RequestIter<'a> {
        RequestIter::new(self.rops, ROP_SIZE_LEN)
    }

    /// The request ROPs of an input buffer, consulting `context` (e.g. the session
    /// tracker's [`crate::session::SessionTracker::context`]) for the kinds of logons
    /// opened in earlier batches ([MS-OXCROPS] 2.2.3.13.1).
    pub fn requests_with<C: ResponseContext<'a>>(&self, context: C) -> RequestIter<'a, C> {
        RequestIter::new(self.rops, ROP_SIZE_LEN).with_context(context)
    }

    /// The response ROPs of an output buffer paired with the requests of `request`
    /// (`None` when the input buffer is not known), consulting `context` for session state.
    ///
    /// Each request is decoded once; what the batch teaches (RopSetColumns, RopLogon,
    /// RopRelease) is learned on the way, so a RopQueryRows after a RopSetColumns in the
    /// same batch decodes without outside state.
    pub fn responses<'c>(
        &self,
        request: Option<&RopBuffer<'a>>,
        context: &'c dyn ResponseContext<'a>,
    ) -> ResponseIter<'a, 'c> {
        let it = ResponseIter::new(
            self.rops,
            ROP_SIZE_LEN,
            request.map(|r| r.requests()),
            context,
        );
        match request {
            Some(r) => it.with_request_handles(r.handles),
            None => it,
        }
    }

    /// The response ROPs paired with requests the caller has already decoded, in order,
    /// with the request buffer's handle table (pairing decodes no request again).
    pub fn responses_to<'c>(
        &self,
        requests: &'c [RopRequest<'a>],
        handles: LeArray<'a, u32>,
        context: &'c dyn ResponseContext<'a>,
    ) -> ResponseIter<'a, 'c, DecodedRequests<'a, 'c>> {
        ResponseIter::over_decoded(self.rops, ROP_SIZE_LEN, requests, context)
            .with_request_handles(handles)
    }

    /// Server handle at `index` of the handle table.
    pub fn handle(&self, index: u8) -> Option<u32> {
        self.handles.get(usize::from(index))
    }
}

impl Dump for RopBuffer<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        d.int("RopSize", (ROP_SIZE_LEN + self.rops.len()) as u64, 2);
        self.handles.dump_field("ServerObjectHandleTable", d);
        if !self.trailing.is_empty() {
            d.bytes("ServerObjectHandleTableTrailing", self.trailing);
        }
    }
}

/// Iterator over request ROPs back to back ([MS-OXCROPS] 2.2.1 RopsList).
///
/// Yields each ROP; on the first undecodable one it yields the error (offset counted from
/// the start of the enclosing buffer) and then stops. The ROPs before it are not lost.
///
/// The requests marked `req_cx` in the ROP table need the kind of their logon: the
/// iterator learns it from each RopLogon request it decodes, and otherwise asks its
/// context `C` (by default [`NoContext`], which knows nothing: such a request then reports
/// `NeedsContext`, never a guess).
#[derive(Debug, Clone)]
pub struct RequestIter<'a, C = NoContext> {
    rest: &'a [u8],
    /// Offset of `rest` from the start of the enclosing buffer.
    offset: usize,
    done: bool,
    /// The logon kinds the RopLogon requests decoded so far teach.
    logons: LogonKinds,
    /// The caller's session state.
    context: C,
}

impl<'a> RequestIter<'a> {
    /// Iterates over `rops`, which start `base` bytes into the caller's buffer.
    pub fn new(rops: &'a [u8], base: usize) -> Self {
        RequestIter {
            rest: rops,
            offset: base,
            done: false,
            logons: LogonKinds::new(),
            context: NoContext,
        }
    }
}

impl<'a, C> RequestIter<'a, C> {
    /// The same iterator, consulting `context` for the kinds of logons no RopLogon in this
    /// batch opened ([MS-OXCROPS] 2.2.3.13.1).
    pub fn with_context<D>(self, context: D) -> RequestIter<'a, D> {
        RequestIter {
            rest: self.rest,
            offset: self.offset,
            done: self.done,
            logons: self.logons,
            context,
        }
    }

    /// The bytes not yet decoded (after an error: from the failing ROP on).
    pub fn remaining(&self) -> &'a [u8] {
        self.rest
    }

    /// Offset of the next ROP from the start of the enclosing buffer.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The logon kinds the RopLogon requests decoded so far teach.
    pub fn logons(&self) -> &LogonKinds {
        &self.logons
    }
}

impl<'a, C: ResponseContext<'a>> Iterator for RequestIter<'a, C> {
    type Item = Result<RopRequest<'a>, DecodeError>;

    /// Always inlined into the caller's loop: the request is then built where the loop
    /// reads it, not returned through memory (`spec-notes/speed.md`).
    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        self.step()
    }
}

impl<'a, C: ResponseContext<'a>> RequestIter<'a, C> {
    /// [`Iterator::next`] for callers inside the crate that run it as one step among
    /// others (the lazy pairing): the compiler decides whether to inline it.
    #[inline]
    fn next_request(&mut self) -> Option<Result<RopRequest<'a>, DecodeError>> {
        self.step()
    }

    #[inline(always)]
    fn step(&mut self) -> Option<Result<RopRequest<'a>, DecodeError>> {
        if self.done || self.rest.is_empty() {
            return None;
        }
        let (&id, body) = self.rest.split_first()?;
        let cx = RequestCx {
            batch: Some(&self.logons),
            context: &self.context,
        };
        let (len, offset) = (self.rest.len(), self.offset);
        let mut after = None;
        // The item is built inside the arm that decoded the request (see
        // `decode_body_then`): copying it out of a temporary stalled on store forwarding.
        let item = RopRequest::decode_body_then(
            RopId(id),
            body,
            self.rest,
            &cx,
            |rest, rop| {
                after = Some(rest);
                Some(Ok(rop))
            },
            |e| Some(Err(shift(e, len, offset))),
        );
        match after {
            Some(rest) => {
                if let Some(Ok(RopRequest::Logon(r))) = &item {
                    let private = r.logon_flags.contains(LogonFlags::PRIVATE);
                    self.logons.set(r.logon_id, private);
                }
                self.offset += len - rest.len();
                self.rest = rest;
            }
            None => self.done = true,
        }
        item
    }
}

fn shift(e: nom::Err<Fail>, len: usize, offset: usize) -> DecodeError {
    let mut err = crate::wire::to_decode_error(e, len);
    err.offset = err.offset.saturating_add(offset);
    err
}

/// A response together with the request it answers ([MS-OXCROPS] 2.2.1).
#[derive(Debug, Clone, PartialEq)]
pub struct Paired<'a, Q = RopRequest<'a>> {
    /// The request (a value, or a reference to a request the caller decoded), or `None`
    /// for unsolicited responses (RopNotify, RopPending, RopBackoff, RopBufferTooSmall) and
    /// when the request buffer is unknown.
    pub request: Option<Q>,
    /// The position of the request in its RopsList (0 for the first ROP).
    pub request_index: Option<usize>,
    /// The response.
    pub response: RopResponse<'a>,
}

/// Where a response iterator takes the requests it pairs responses with ([MS-OXCROPS]
/// 2.2.1): the request buffer decoded as it goes ([`LazyRequests`]), or requests the caller
/// decoded already ([`DecodedRequests`]). Each source is its own iterator type, so the code
/// of one does not weigh on the other's.
pub trait RequestSource<'a> {
    /// How a found request is handed out: a value, or a reference to the caller's.
    type Request: Borrow<RopRequest<'a>> + Copy;

    /// The next request from position `*index` on whose response starts with `wire_id`,
    /// and its position; `*index` then moves past it. Requests skipped on the way
    /// (RopRelease) are learned into `batch`. Nothing moves when no request answers, so a
    /// stray response does not consume the requests.
    fn next_answering(
        &mut self,
        wire_id: u8,
        index: &mut usize,
        batch: &mut BatchState<'a>,
    ) -> Option<(Self::Request, usize)>;
}

/// Whether request `r` is answered by a response starting with `wire_id`.
#[inline]
fn answers(r: &RopRequest<'_>, wire_id: u8) -> bool {
    !r.rop_id().has_no_response() && r.rop_id().response_wire_id() == wire_id
}

/// Requests decoded from the request buffer as the responses need them, each once
/// ([MS-OXCROPS] 2.2.1; `None`: the request buffer is not known).
#[derive(Clone)]
pub struct LazyRequests<'a, 'c>(Option<RequestIter<'a, &'c dyn ResponseContext<'a>>>);

impl<'a> RequestSource<'a> for LazyRequests<'a, '_> {
    type Request = RopRequest<'a>;

    #[inline]
    fn next_answering(
        &mut self,
        wire_id: u8,
        index: &mut usize,
        batch: &mut BatchState<'a>,
    ) -> Option<(RopRequest<'a>, usize)> {
        let reqs = self.0.as_mut()?;
        // What the requests without a response teach counts only once the cursor moves
        // past them, when a request answers this response.
        let mut probe = reqs.clone();
        let mut skipped = heapless::Vec::<Fact<'a>, 16>::new();
        let mut at = *index;
        while let Some(Ok(r)) = probe.next_request() {
            if answers(&r, wire_id) {
                *reqs = probe;
                *index = at + 1;
                skipped.into_iter().for_each(|f| batch.apply(f));
                return Some((r, at));
            }
            if let Some(f) = Fact::of(&r, None) {
                let _ = skipped.push(f);
            }
            at += 1;
        }
        None
    }
}

/// Requests the caller has decoded already, in order ([MS-OXCROPS] 2.2.1): pairing decodes
/// none again.
#[derive(Clone, Copy)]
pub struct DecodedRequests<'a, 'c>(&'c [RopRequest<'a>]);

impl<'a, 'c> RequestSource<'a> for DecodedRequests<'a, 'c> {
    type Request = &'c RopRequest<'a>;

    #[inline]
    fn next_answering(
        &mut self,
        wire_id: u8,
        index: &mut usize,
        batch: &mut BatchState<'a>,
    ) -> Option<(&'c RopRequest<'a>, usize)> {
        let rest = self.0.get(*index..).unwrap_or_default();
        let at = rest.iter().position(|r| answers(r, wire_id))?;
        for r in rest.get(..at).unwrap_or_default() {
            batch.learn(r, None);
        }
        let r = rest.get(at)?;
        let found = *index + at;
        *index = found + 1;
        Some((r, found))
    }
}

/// Iterator over the responses of an output RopsList, each paired with its request.
///
/// Pairing follows processing order: each solicited response answers the next request
/// that expects this response RopId; requests without a response (RopRelease) and
/// requests whose response is absent (backed off, or not processed) are skipped. Each
/// request is decoded at most once, and what the batch teaches is learned as it goes
/// ([`BatchState`]). The requests come from `S` ([`RequestSource`]).
pub struct ResponseIter<'a, 'c, S = LazyRequests<'a, 'c>> {
    rest: &'a [u8],
    /// Offset of the end of `rest` in the enclosing buffer: the next response's offset is
    /// this minus `rest.len()`, with nothing to update per response.
    end: usize,
    source: S,
    /// Position of the next request of `source`.
    next_index: usize,
    handles: LeArray<'a, u32>,
    batch: BatchState<'a>,
    context: &'c dyn ResponseContext<'a>,
}

impl<'a, 'c> ResponseIter<'a, 'c> {
    /// Iterates over `rops` (starting `base` bytes into the caller's buffer), pairing with
    /// `requests` when given.
    pub fn new(
        rops: &'a [u8],
        base: usize,
        requests: Option<RequestIter<'a>>,
        context: &'c dyn ResponseContext<'a>,
    ) -> Self {
        let source = LazyRequests(requests.map(|r| r.with_context(context)));
        ResponseIter::with_source(rops, base, source, context)
    }

    /// Iterates over responses with neither requests nor context.
    pub fn alone(rops: &'a [u8], base: usize) -> ResponseIter<'a, 'a> {
        ResponseIter::new(rops, base, None, &NoContext)
    }
}

impl<'a, 'c> ResponseIter<'a, 'c, DecodedRequests<'a, 'c>> {
    /// Iterates over `rops` (starting `base` bytes into the caller's buffer), pairing with
    /// `requests`, decoded by the caller in order ([MS-OXCROPS] 2.2.1).
    pub fn over_decoded(
        rops: &'a [u8],
        base: usize,
        requests: &'c [RopRequest<'a>],
        context: &'c dyn ResponseContext<'a>,
    ) -> Self {
        ResponseIter::with_source(rops, base, DecodedRequests(requests), context)
    }
}

impl<'a, 'c, S: RequestSource<'a>> ResponseIter<'a, 'c, S> {
    fn with_source(
        rops: &'a [u8],
        base: usize,
        source: S,
        context: &'c dyn ResponseContext<'a>,
    ) -> Self {
        ResponseIter {
            rest: rops,
            end: base.saturating_add(rops.len()),
            source,
            next_index: 0,
            handles: LeArray::empty(),
            batch: BatchState::new(),
            context,
        }
    }

    /// Sets the request buffer's server object handle table, which names the server
    /// objects the responses are about (the session tracker looks tables up by it).
    pub fn with_request_handles(mut self, handles: LeArray<'a, u32>) -> Self {
        self.handles = handles;
        self
    }

    /// Offset of the next response from the start of the enclosing buffer (after an error,
    /// the end of the ROP list: iteration has stopped) ([MS-OXCROPS] 2.2.1).
    pub fn offset(&self) -> usize {
        self.end.saturating_sub(self.rest.len())
    }

    /// What the batch has taught so far.
    pub fn batch(&self) -> &BatchState<'a> {
        &self.batch
    }
}

impl<'a, S: RequestSource<'a>> Iterator for ResponseIter<'a, '_, S> {
    type Item = Result<Paired<'a, S::Request>, DecodeError>;

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        // After an error `rest` is empty: the batch cannot be resynchronised.
        let (&wire_id, body) = self.rest.split_first()?;
        let found = if RopId(wire_id).is_unsolicited() {
            None
        } else {
            self.source
                .next_answering(wire_id, &mut self.next_index, &mut self.batch)
        };
        // A found request answers this response (`next_answering` matched the RopId), so
        // the response is decoded as its ROP's without checking again.
        let (request, request_index, id) = match found {
            Some((r, i)) => {
                let id = r.borrow().rop_id();
                (Some(r), Some(i), id)
            }
            None => (None, None, RopId(wire_id)),
        };
        let cx = ResponseCx {
            request: request.as_ref().map(Borrow::borrow),
            handles: self.handles,
            batch: Some(&self.batch),
            context: self.context,
        };
        let parsed = if id.has_no_response() {
            fail(
                self.rest,
                ErrorKind::InvalidValue {
                    field: "RopId (this ROP has no response)",
                },
            )
        } else {
            RopResponse::decode_body(id, body, self.rest, &cx)
        };
        match parsed {
            Ok((rest, response)) => {
                self.rest = rest;
                if let Some(r) = &request {
                    self.batch.learn(r.borrow(), Some(&response));
                }
                Some(Ok(Paired {
                    request,
                    request_index,
                    response,
                }))
            }
            Err(e) => {
                let err = shift(e, self.rest.len(), self.offset());
                self.rest = &[];
                Some(Err(err))
            }
        }
    }
}

/// Writes a ROP buffer in place: RopSize is reserved first and back-patched by
/// [`RopBufferWriter::finish`], which then appends the handle table ([MS-OXCROPS] 2.2.1).
pub struct RopBufferWriter<'w, 'b> {
    w: &'w mut Writer<'b>,
    size_at: usize,
}

impl<'w, 'b> RopBufferWriter<'w, 'b> {
    /// Starts a buffer at the writer's position.
    #[inline]
    pub fn begin(w: &'w mut Writer<'b>) -> Result<Self, EncodeError> {
        let size_at = w.reserve(ROP_SIZE_LEN)?;
        Ok(RopBufferWriter { w, size_at })
    }

    /// Appends one ROP request or response.
    #[inline]
    pub fn push(&mut self, rop: &impl Encode) -> Result<(), EncodeError> {
        rop.encode(self.w)
    }

    /// Bytes of RopsList written so far, RopSize included.
    pub fn rop_size(&self) -> usize {
        self.w.position() - self.size_at
    }

    /// Patches RopSize and appends the server object handle table.
    #[inline]
    pub fn finish(self, handles: &[u32]) -> Result<(), EncodeError> {
        if handles.len() > MAX_HANDLES {
            return Err(EncodeError::InvalidValue {
                field: "ServerObjectHandleTable (more than 256 handles)",
            });
        }
        let size = u16_len(self.rop_size(), "RopSize")?;
        self.w.patch_u16(self.size_at, size)?;
        self.w.local(|w| LeArray::Slice(handles).encode(w))
    }
}

/// Encodes `rops` and `handles` as one ROP buffer ([MS-OXCROPS] 2.2.1).
pub fn encode_buffer<T: Encode>(
    w: &mut Writer<'_>,
    rops: &[T],
    handles: &[u32],
) -> Result<(), EncodeError> {
    w.local(|w| {
        let mut b = RopBufferWriter::begin(w)?;
        for r in rops {
            b.push(r)?;
        }
        b.finish(handles)
    })
}

/// Size of a RopBufferTooSmall response without its RequestBuffers: RopId and SizeNeeded
/// ([MS-OXCROPS] 2.2.15.1).
pub const BUFFER_TOO_SMALL_FIXED: usize = 3;

/// What [`ResponseBufferWriter::push`] did with a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pushed {
    /// The response was written.
    Written,
    /// The response did not fit: a RopBufferTooSmall carrying the unprocessed request
    /// ROPs was written instead, and the buffer is closed to further responses
    /// ([MS-OXCROPS] 2.2.15.1, 3.2.5.2).
    BufferTooSmall {
        /// The SizeNeeded the RopBufferTooSmall response carries.
        size_needed: u16,
    },
}

/// Server side: writes a ROP output buffer that honours the client's limit (MaxRopOut /
/// pcbOut, bounded by the 32 KB payload limit) and, when a response does not fit,
/// replaces it and everything after it with RopBufferTooSmall ([MS-OXCROPS] 2.2.1,
/// 2.2.15.1; [MS-OXCRPC] 3.1.4.2).
///
/// The caller processes requests in order and pushes each response with the request
/// tails before and after its ROP. A response is written only while a RopBufferTooSmall
/// for everything after it would still fit, so the buffer can always be closed
/// correctly; SizeNeeded is the RopSize so far plus the refused response plus the handle
/// table.
pub struct ResponseBufferWriter<'w, 'b> {
    inner: RopBufferWriter<'w, 'b>,
    /// Most bytes the whole ROP output buffer (RopSize, RopsList, handle table) may take.
    limit: usize,
    /// Handle-table entries [`ResponseBufferWriter::finish`] will append.
    handles: usize,
    closed: Option<u16>,
}

impl<'w, 'b> ResponseBufferWriter<'w, 'b> {
    /// Starts an output buffer of at most `limit` bytes that will end with a handle table
    /// of `handles` entries.
    pub fn begin(w: &'w mut Writer<'b>, limit: usize, handles: usize) -> Result<Self, EncodeError> {
        let limit = limit.min(w.remaining());
        Ok(ResponseBufferWriter {
            inner: RopBufferWriter::begin(w)?,
            limit,
            handles,
            closed: None,
        })
    }

    fn room(&self) -> usize {
        self.limit
            .saturating_sub(self.inner.rop_size())
            .saturating_sub(self.handles.saturating_mul(4))
    }

    /// Writes `response`, or RopBufferTooSmall if it does not fit.
    ///
    /// `unprocessed` is the request RopsList from the ROP `response` answers to the end,
    /// `after` the part after that ROP (both from [`RequestIter::remaining`], before and
    /// after decoding it). The response is written only if a RopBufferTooSmall carrying
    /// `after` would still fit behind it; otherwise RopBufferTooSmall carrying
    /// `unprocessed` is written and the buffer closes. Unsolicited responses (RopBackoff,
    /// RopNotify, …) pass the same tail twice.
    pub fn push(
        &mut self,
        response: &impl Encode,
        unprocessed: &[u8],
        after: &[u8],
    ) -> Result<Pushed, EncodeError> {
        if let Some(size_needed) = self.closed {
            return Ok(Pushed::BufferTooSmall { size_needed });
        }
        let len = response.encoded_len();
        let reserve = BUFFER_TOO_SMALL_FIXED.saturating_add(after.len());
        if len.saturating_add(reserve) <= self.room() {
            self.inner.push(response)?;
            return Ok(Pushed::Written);
        }
        let needed = self
            .inner
            .rop_size()
            .saturating_add(len)
            .saturating_add(self.handles.saturating_mul(4));
        let size_needed = u16::try_from(needed).unwrap_or(u16::MAX);
        let too_small = BUFFER_TOO_SMALL_FIXED.saturating_add(unprocessed.len());
        if too_small > self.room() {
            return Err(EncodeError::BufferTooSmall {
                needed: too_small,
                available: self.room(),
            });
        }
        self.inner.push(&RopResponse::BufferTooSmall(
            crate::rop::other::BufferTooSmallResponse {
                size_needed,
                request_buffers: unprocessed,
            },
        ))?;
        self.closed = Some(size_needed);
        Ok(Pushed::BufferTooSmall { size_needed })
    }

    /// True once a RopBufferTooSmall has been written.
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    /// Bytes still free for responses (the handle table already reserved).
    pub fn remaining(&self) -> usize {
        self.room()
    }

    /// Patches RopSize and appends the handle table (`handles.len()` must be the count
    /// given to [`ResponseBufferWriter::begin`], or fewer).
    pub fn finish(self, handles: &[u32]) -> Result<(), EncodeError> {
        if handles.len() > self.handles {
            return Err(EncodeError::InvalidValue {
                field: "ServerObjectHandleTable (more handles than reserved)",
            });
        }
        self.inner.finish(handles)
    }
}
