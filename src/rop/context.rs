//! Context for ROPs that are not self-delimiting ([MS-OXCROPS] 2.2.1, 2.2.5.1).
//!
//! A response row's layout can depend on state outside the response: its own request
//! (RopGetPropertiesSpecific), the columns set on a table by an earlier RopSetColumns
//! (RopQueryRows, RopFindRow, RopExpandRow), or the kind of logon. The ROP table marks such
//! responses `resp_cx`; their decoder receives a [`ResponseCx`] and asks it for what it
//! needs, which answers from three layers in order:
//!
//! 1. the request this response answers (paired by the batch iterator);
//! 2. what was learned earlier in the same batch ([`BatchState`]: RopSetColumns on a
//!    handle index, RopLogon's kind, RopRelease and RopResetTable forgetting columns);
//! 3. the caller's [`ResponseContext`], e.g. the session tracker
//!    ([`crate::session::SessionTracker`]), keyed by server object handle through the
//!    request buffer's handle table.
//!
//! When none has it, the answer is [`Needed`]: the decoder fails with
//! [`ErrorKind::NeedsContext`] naming exactly what is missing, never a guess.
//!
//! Two requests depend on the kind of their logon (RopWritePerUserInformation's ReplGuid,
//! RopSetMessageReadFlag's ClientData). The ROP table marks them `req_cx`; their decoder
//! receives a [`RequestCx`], which answers from two layers in order: the RopLogon requests
//! earlier in the same batch ([`LogonKinds`], learned by the request iterator), then the
//! caller's [`ResponseContext`] (the session tracker knows the kinds of earlier batches).

use crate::codes::RopId;
use crate::data::PropertyTag;
use crate::error::{ErrorKind, Needed};
use crate::rop::{RopRequest, RopResponse};
use crate::wire::{LeArray, PResult, fail};

/// Session state that some responses need, keyed by server object handle or LogonId
/// ([MS-OXCROPS] 2.2.5.1, 2.2.3.1). Implemented by callers and the session tracker.
pub trait ResponseContext<'a> {
    /// The column set last set with RopSetColumns on a table: the one at `handle_index` of
    /// the request's handle table, whose server handle is `server_handle` when the request
    /// buffer's handle table is known.
    fn columns(
        &self,
        _handle_index: u8,
        _server_handle: Option<u32>,
    ) -> Option<LeArray<'a, PropertyTag>> {
        None
    }
    /// Whether the logon with this LogonId is a private mailbox logon.
    fn logon_is_private(&self, _logon_id: u8) -> Option<bool> {
        None
    }
}

/// A context that knows nothing: responses that need context report `NeedsContext`
/// ([MS-OXCROPS] 2.2.1).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoContext;

impl<'a> ResponseContext<'a> for NoContext {}

/// A borrowed context answers as the context it borrows ([MS-OXCROPS] 2.2.1).
impl<'a, T: ResponseContext<'a> + ?Sized> ResponseContext<'a> for &T {
    fn columns(
        &self,
        handle_index: u8,
        server_handle: Option<u32>,
    ) -> Option<LeArray<'a, PropertyTag>> {
        (**self).columns(handle_index, server_handle)
    }
    fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        (**self).logon_is_private(logon_id)
    }
}

/// The kind of each LogonId, where known: private mailbox or public folders, from the
/// Private bit of the RopLogon that opened it ([MS-OXCSTOR] 2.2.1.1.1). Two bits per
/// LogonId, `Copy`, 64 bytes; nothing is ever forgotten for lack of room.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct LogonKinds {
    /// Bit per LogonId: the kind is known.
    known: [u64; 4],
    /// Bit per LogonId: the logon is a private mailbox logon.
    private: [u64; 4],
}

/// The word and the bit of `logon_id` in a [`LogonKinds`] bitmap.
fn logon_bit(logon_id: u8) -> (usize, u64) {
    (usize::from(logon_id >> 6), 1u64 << (logon_id & 63))
}

impl LogonKinds {
    /// No kind known.
    pub const fn new() -> Self {
        LogonKinds {
            known: [0; 4],
            private: [0; 4],
        }
    }

    /// Records the kind of the logon `logon_id` (a later RopLogon with the same LogonId
    /// replaces the logon, [MS-OXCROPS] 2.2.3.1.1).
    pub fn set(&mut self, logon_id: u8, private: bool) {
        let (word, mask) = logon_bit(logon_id);
        if let (Some(k), Some(p)) = (self.known.get_mut(word), self.private.get_mut(word)) {
            *k |= mask;
            if private {
                *p |= mask;
            } else {
                *p &= !mask;
            }
        }
    }

    /// Whether the logon `logon_id` is private, if known.
    pub fn get(&self, logon_id: u8) -> Option<bool> {
        let (word, mask) = logon_bit(logon_id);
        let known = self.known.get(word).is_some_and(|w| w & mask != 0);
        known.then(|| self.private.get(word).is_some_and(|w| w & mask != 0))
    }
}

impl<'a> ResponseContext<'a> for LogonKinds {
    fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        self.get(logon_id)
    }
}

/// Most column sets one batch remembers by handle index ([`BatchState`]).
pub const BATCH_TABLES: usize = 4;
/// Most logons one batch remembers ([`BatchState`]).
pub const BATCH_LOGONS: usize = 4;

/// What one batch taught about its own later ROPs: column sets by handle index, logon
/// kinds by LogonId ([MS-OXCROPS] 2.2.1: ROPs are processed in order). Fixed capacity; when
/// full, the oldest entry is forgotten.
#[derive(Debug, Clone, Default)]
pub struct BatchState<'a> {
    columns: heapless::Vec<(u8, LeArray<'a, PropertyTag>), BATCH_TABLES>,
    logons: heapless::Vec<(u8, bool), BATCH_LOGONS>,
}

/// One thing a request (and its response) teaches about the session ([MS-OXCROPS] 2.2.5.1,
/// 2.2.3.1, 2.2.15.3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fact<'a> {
    /// RopSetColumns succeeded on the table at this handle index ([MS-OXCROPS] 2.2.5.1).
    Columns {
        /// The table's InputHandleIndex.
        handle_index: u8,
        /// The new column set.
        tags: LeArray<'a, PropertyTag>,
    },
    /// RopRelease freed the object at this handle index ([MS-OXCROPS] 2.2.15.3).
    Released {
        /// The released InputHandleIndex.
        handle_index: u8,
    },
    /// RopResetTable succeeded on the table at this handle index: it has no column set
    /// until the next RopSetColumns ([MS-OXCTABL] 3.1.5, 3.2.5.16).
    ColumnsReset {
        /// The table's InputHandleIndex.
        handle_index: u8,
    },
    /// RopLogon succeeded with this LogonId ([MS-OXCROPS] 2.2.3.1).
    Logon {
        /// The LogonId.
        logon_id: u8,
        /// True for a private mailbox logon.
        private: bool,
    },
}

impl<'a> Fact<'a> {
    /// What `request` teaches if it succeeds (RopRelease always does).
    #[inline]
    pub fn of_request(request: &RopRequest<'a>) -> Option<Self> {
        match request {
            RopRequest::Release(r) => Some(Fact::Released {
                handle_index: r.input_handle_index,
            }),
            RopRequest::SetColumns(r) => Some(Fact::Columns {
                handle_index: r.input_handle_index,
                tags: r.property_tags,
            }),
            RopRequest::ResetTable(r) => Some(Fact::ColumnsReset {
                handle_index: r.input_handle_index,
            }),
            RopRequest::Logon(r) => Some(Fact::Logon {
                logon_id: r.logon_id,
                private: r.is_private(),
            }),
            _ => None,
        }
    }

    /// What `request` teaches, given its response (`None` for ROPs without a response):
    /// nothing when the response reports a failure. (After a failed RopResetTable the table
    /// keeps its columns: a later successful read without a RopSetColumns can only use them.)
    #[inline]
    pub fn of(request: &RopRequest<'a>, response: Option<&RopResponse<'a>>) -> Option<Self> {
        // Most requests teach nothing: asked first, it is one look at the request's kind.
        let fact = Fact::of_request(request)?;
        let succeeded = match response {
            None => request.rop_id().has_no_response(),
            Some(RopResponse::SetColumns(s)) => s.result.return_value() == 0,
            Some(RopResponse::ResetTable(s)) => s.return_value.0 == 0,
            Some(RopResponse::Logon(s)) => s.result.is_success(),
            Some(_) => false,
        };
        succeeded.then_some(fact)
    }
}

fn put<K: PartialEq + Copy, V, const N: usize>(v: &mut heapless::Vec<(K, V), N>, k: K, val: V) {
    v.retain(|(key, _)| *key != k);
    if v.is_full() && !v.is_empty() {
        v.remove(0);
    }
    // Cannot fail: there is room after the removal above.
    let _ = v.push((k, val));
}

impl<'a> BatchState<'a> {
    /// Nothing learned yet.
    pub const fn new() -> Self {
        BatchState {
            columns: heapless::Vec::new(),
            logons: heapless::Vec::new(),
        }
    }

    /// Learns what a request/response pair teaches.
    #[inline]
    pub fn learn(&mut self, request: &RopRequest<'a>, response: Option<&RopResponse<'a>>) {
        if let Some(fact) = Fact::of(request, response) {
            self.apply(fact);
        }
    }

    /// Learns one fact.
    pub fn apply(&mut self, fact: Fact<'a>) {
        match fact {
            Fact::Columns { handle_index, tags } => put(&mut self.columns, handle_index, tags),
            Fact::Released { handle_index } | Fact::ColumnsReset { handle_index } => {
                self.forget(handle_index)
            }
            Fact::Logon { logon_id, private } => put(&mut self.logons, logon_id, private),
        }
    }

    /// Forgets what was learned about the object at `handle_index` (it was released, or its
    /// table reset).
    pub fn forget(&mut self, handle_index: u8) {
        self.columns.retain(|(k, _)| *k != handle_index);
    }

    /// The column set learned for the table at `handle_index`.
    pub fn columns(&self, handle_index: u8) -> Option<LeArray<'a, PropertyTag>> {
        self.columns
            .iter()
            .find(|(k, _)| *k == handle_index)
            .map(|(_, c)| *c)
    }

    /// The logon kind learned for `logon_id`.
    pub fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        self.logons
            .iter()
            .find(|(k, _)| *k == logon_id)
            .map(|(_, p)| *p)
    }
}

/// Everything a context-dependent response decoder may consult ([MS-OXCROPS] 2.2.1).
#[derive(Clone, Copy)]
pub struct ResponseCx<'a, 'c> {
    /// The request this response answers, if known.
    pub request: Option<&'c RopRequest<'a>>,
    /// The request buffer's ServerObjectHandleTable (empty when unknown).
    pub handles: LeArray<'a, u32>,
    /// What the batch taught before this response.
    pub batch: Option<&'c BatchState<'a>>,
    /// The caller's session state.
    pub context: &'c dyn ResponseContext<'a>,
}

impl<'a, 'c> ResponseCx<'a, 'c> {
    /// No request, no state.
    pub fn none() -> Self {
        ResponseCx {
            request: None,
            handles: LeArray::empty(),
            batch: None,
            context: &NoContext,
        }
    }

    /// Only the caller's session state, with the request buffer's handle table.
    pub fn with_context(context: &'c dyn ResponseContext<'a>, handles: LeArray<'a, u32>) -> Self {
        ResponseCx {
            context,
            handles,
            ..ResponseCx::none()
        }
    }

    /// The request, when it is a `id` request; `pick` selects its variant.
    pub fn request<T>(
        &self,
        id: RopId,
        pick: impl FnOnce(&'c RopRequest<'a>) -> Option<&'c T>,
    ) -> Result<&'c T, Needed> {
        self.request.and_then(pick).ok_or(Needed::Request(id))
    }

    /// The column set of the table at `handle_index`: learned in this batch, or from the
    /// session state through the handle table.
    pub fn columns(&self, handle_index: u8) -> Result<LeArray<'a, PropertyTag>, Needed> {
        if let Some(c) = self.batch.and_then(|b| b.columns(handle_index)) {
            return Ok(c);
        }
        let server_handle = self.handles.get(usize::from(handle_index));
        match self.context.columns(handle_index, server_handle) {
            Some(c) => Ok(c),
            None => Err(Needed::Columns {
                handle_index,
                server_handle,
            }),
        }
    }

    /// Whether the logon `logon_id` is private: learned in this batch, or from the session.
    pub fn logon_is_private(&self, logon_id: u8) -> Result<bool, Needed> {
        self.batch
            .and_then(|b| b.logon_is_private(logon_id))
            .or_else(|| self.context.logon_is_private(logon_id))
            .ok_or(Needed::LogonKind { logon_id })
    }
}

/// Turns a missing piece of context into the decode error at `at`, the same way for every
/// context-dependent layout.
#[inline]
pub fn need<'a, T>(at: &'a [u8], found: Result<T, Needed>) -> PResult<'a, T> {
    match found {
        Ok(v) => Ok((at, v)),
        Err(n) => fail(at, ErrorKind::NeedsContext(n)),
    }
}

/// A response whose layout depends on its request or on session state ([MS-OXCROPS] 2.2.1):
/// the one spelling of "decode with context". Marked `resp_cx` in the ROP table.
pub trait DecodeResponse<'a>: Sized {
    /// Parses the response body (after the RopId byte).
    fn parse_response(input: &'a [u8], cx: &ResponseCx<'a, '_>) -> PResult<'a, Self>;
}

/// Everything a context-dependent request decoder may consult ([MS-OXCROPS] 2.2.1): the
/// kind of the request's logon.
#[derive(Clone, Copy)]
pub struct RequestCx<'a, 'c> {
    /// What the batch taught before this request: the RopLogon requests decoded earlier
    /// in the same RopsList.
    pub batch: Option<&'c LogonKinds>,
    /// The caller's session state.
    pub context: &'c dyn ResponseContext<'a>,
}

impl<'a, 'c> RequestCx<'a, 'c> {
    /// No batch, no state.
    pub fn none() -> Self {
        RequestCx {
            batch: None,
            context: &NoContext,
        }
    }

    /// Only the caller's session state.
    pub fn with_context(context: &'c dyn ResponseContext<'a>) -> Self {
        RequestCx {
            batch: None,
            context,
        }
    }

    /// Whether the logon `logon_id` is private: learned in this batch, or from the session
    /// ([MS-OXCSTOR] 2.2.1.1.1).
    pub fn logon_is_private(&self, logon_id: u8) -> Result<bool, Needed> {
        self.batch
            .and_then(|b| b.get(logon_id))
            .or_else(|| self.context.logon_is_private(logon_id))
            .ok_or(Needed::LogonKind { logon_id })
    }
}

/// A request whose layout depends on session state, the kind of its logon ([MS-OXCROPS]
/// 2.2.3.13.1, 2.2.6.11.1): the requests' spelling of "decode with context". Marked
/// `req_cx` in the ROP table.
pub trait DecodeRequest<'a>: Sized {
    /// Parses the request body (after the RopId byte).
    fn parse_request(input: &'a [u8], cx: &RequestCx<'a, '_>) -> PResult<'a, Self>;
}

/// The context a generated ROP decodes with (feature `proptest`): a response's request or
/// its table's columns; a request's RopLogon.
#[cfg(feature = "proptest")]
#[derive(Debug, Clone, Default)]
pub struct ArbContext {
    /// For a response, the request it answers, with matching handle indexes. For a request
    /// whose layout follows the kind of its logon, the RopLogon request that opened that
    /// logon (its LogonId and Private bit answer [`ResponseContext::logon_is_private`]).
    pub request: Option<RopRequest<'static>>,
    /// The columns of the table the response reads rows from.
    pub columns: Option<LeArray<'static, PropertyTag>>,
}

#[cfg(feature = "proptest")]
impl<'a> ResponseContext<'a> for ArbContext {
    fn columns(
        &self,
        _handle_index: u8,
        _server_handle: Option<u32>,
    ) -> Option<LeArray<'a, PropertyTag>> {
        self.columns
    }

    fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        match &self.request {
            Some(RopRequest::Logon(r)) if r.logon_id == logon_id => Some(r.is_private()),
            _ => None,
        }
    }
}

#[cfg(feature = "proptest")]
impl ArbContext {
    /// The decoding context of a response: the request, and the columns for any table.
    pub fn cx<'a>(&self) -> ResponseCx<'a, '_> {
        ResponseCx {
            request: self.request.as_ref(),
            context: self,
            ..ResponseCx::none()
        }
    }

    /// The decoding context of a request: the kind of the logon its RopLogon opened.
    pub fn request_cx<'a>(&self) -> RequestCx<'a, '_> {
        RequestCx::with_context(self)
    }
}

/// A ROP whose layout needs context, generated together with that context.
#[cfg(feature = "proptest")]
pub trait ArbWithContext: Sized + core::fmt::Debug {
    /// The strategy: the context and a value that decodes with it.
    fn arb_with_context() -> impl proptest::strategy::Strategy<Value = (ArbContext, Self)>;
}

/// The context a ROP generated with `arbitrary` decodes with (feature `arbitrary`): a
/// response's request or its table's columns, a request's RopLogon, borrowed from the
/// fuzzer's bytes like the ROP.
#[cfg(feature = "arbitrary")]
#[derive(Debug, Clone, Default)]
pub struct ArbitraryContext<'a> {
    /// For a response, the request it answers, with matching handle indexes. For a request
    /// whose layout follows the kind of its logon, the RopLogon request that opened that
    /// logon (as in [`ArbContext`]).
    pub request: Option<RopRequest<'a>>,
    /// The columns of the table the response reads rows from.
    pub columns: Option<LeArray<'a, PropertyTag>>,
}

/// Answers for input that lives no longer than the context's own bytes (`'a: 'b`), such as
/// the encoding of the generated response.
#[cfg(feature = "arbitrary")]
impl<'a: 'b, 'b> ResponseContext<'b> for ArbitraryContext<'a> {
    fn columns(
        &self,
        _handle_index: u8,
        _server_handle: Option<u32>,
    ) -> Option<LeArray<'b, PropertyTag>> {
        self.columns
    }

    fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        match &self.request {
            Some(RopRequest::Logon(r)) if r.logon_id == logon_id => Some(r.is_private()),
            _ => None,
        }
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> ArbitraryContext<'a> {
    /// The decoding context of a request: the kind of the logon its RopLogon opened; for
    /// input that lives no longer than the context's bytes.
    pub fn request_cx<'b>(&self) -> RequestCx<'b, '_>
    where
        'a: 'b,
    {
        RequestCx::with_context(self)
    }

    /// The decoding context: the request, and the columns for any table; for input that
    /// lives no longer than the context's bytes.
    pub fn cx<'b>(&self) -> ResponseCx<'b, '_>
    where
        'a: 'b,
    {
        ResponseCx {
            request: self.request.as_ref(),
            context: self,
            ..ResponseCx::none()
        }
    }
}

/// A ROP whose layout needs context, generated together with that context from an
/// [`arbitrary::Unstructured`] (feature `arbitrary`; the `ArbWithContext` of proptest).
#[cfg(feature = "arbitrary")]
pub trait ArbitraryWithContext<'a>: Sized {
    /// The context and a value that decodes with it.
    fn arbitrary_with_context(
        u: &mut ::arbitrary::Unstructured<'a>,
    ) -> ::arbitrary::Result<(ArbitraryContext<'a>, Self)>;
}
