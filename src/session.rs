//! The session tracker: what a connection's earlier batches taught, for decoding later
//! ones ([MS-OXCROPS] 2.2.1, 2.2.5.1; [MS-OXCSTOR] 2.2.1.1).
//!
//! A RopQueryRows response can only be read with the columns a RopSetColumns set on the
//! same table, often in an earlier batch. The tracker learns from each request/response
//! batch pair: server object handle → column set (owned copies of the tags), LogonId →
//! private or public; it forgets released handles and the columns of reset tables. It is
//! `no_std`, fixed capacity, and never allocates: `TABLES` column sets of at most `TAGS`
//! tags each. A column set longer than `TAGS` is not kept (its rows then report
//! `NeedsContext`, never a guess).
//!
//! ```
//! use ropwire::buffer::RopBuffer;
//! use ropwire::session::SessionTracker;
//! use ropwire::Decode;
//! # fn run(req: &[u8], resp: &[u8]) -> Result<(), ropwire::DecodeError> {
//! let mut tracker = SessionTracker::<32, 64>::new();
//! let (rq, rs) = (RopBuffer::decode(req)?, RopBuffer::decode(resp)?);
//! for pair in rs.responses(Some(&rq), &tracker.context()) {
//!     let _pair = pair?; // … use the response …
//! }
//! tracker.observe(&rq, &rs)?; // learn for the next batch
//! # Ok(()) }
//! ```

use crate::buffer::RopBuffer;
use crate::data::PropertyTag;
use crate::error::DecodeError;
use crate::rop::{Fact, LogonKinds, ResponseContext};
use crate::wire::LeArray;

/// Most learnable pairs (RopSetColumns, RopResetTable, RopLogon) one batch can teach the
/// tracker ([MS-OXCROPS] 2.2.1: one ROP buffer).
pub const MAX_FACTS_PER_BATCH: usize = 64;

/// A table's column set kept by the tracker.
#[derive(Debug, Clone)]
struct Table<const TAGS: usize> {
    handle: u32,
    tags: heapless::Vec<PropertyTag, TAGS>,
}

/// Learns session state across batches ([MS-OXCROPS] 2.2.1): `TABLES` tables of at most
/// `TAGS` columns, and the kind of every LogonId.
#[derive(Debug, Clone)]
pub struct SessionTracker<const TABLES: usize, const TAGS: usize> {
    tables: heapless::Vec<Table<TAGS>, TABLES>,
    /// The kind of every LogonId seen.
    logons: LogonKinds,
    /// Column sets not kept because they had more than `TAGS` tags.
    too_wide: usize,
}

impl<const TABLES: usize, const TAGS: usize> Default for SessionTracker<TABLES, TAGS> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const TABLES: usize, const TAGS: usize> SessionTracker<TABLES, TAGS> {
    /// A tracker that knows nothing yet.
    pub const fn new() -> Self {
        SessionTracker {
            tables: heapless::Vec::new(),
            logons: LogonKinds::new(),
            too_wide: 0,
        }
    }

    /// The view of the tracker that response decoders consult.
    pub fn context(&self) -> TrackerContext<'_, TABLES, TAGS> {
        TrackerContext(self)
    }

    /// The column set of the table with this server handle, if known.
    pub fn columns(&self, server_handle: u32) -> Option<&[PropertyTag]> {
        self.tables
            .iter()
            .find(|t| t.handle == server_handle)
            .map(|t| t.tags.as_slice())
    }

    /// Whether the logon `logon_id` is private, if known.
    pub fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        self.logons.get(logon_id)
    }

    /// The kinds of every logon seen, by value: a context for decoding requests
    /// ([`crate::buffer::RopBuffer::requests_with`]) that does not borrow the tracker.
    pub fn logon_kinds(&self) -> LogonKinds {
        self.logons
    }

    /// Number of tables whose column set is kept.
    pub fn tables(&self) -> usize {
        self.tables.len()
    }

    /// Column sets not kept because they had more than `TAGS` tags.
    pub fn too_wide(&self) -> usize {
        self.too_wide
    }

    /// Forgets the table with this server handle (it was released).
    pub fn forget(&mut self, server_handle: u32) {
        self.tables.retain(|t| t.handle != server_handle);
    }

    /// Records the column set of the table with this server handle. When all `TABLES`
    /// slots are taken, the oldest table is forgotten.
    pub fn set_columns(&mut self, server_handle: u32, tags: LeArray<'_, PropertyTag>) {
        self.forget(server_handle);
        let mut kept = heapless::Vec::new();
        for t in tags.iter() {
            if kept.push(t).is_err() {
                self.too_wide = self.too_wide.saturating_add(1);
                return;
            }
        }
        if self.tables.is_full() && !self.tables.is_empty() {
            self.tables.remove(0);
        }
        // Cannot fail: a slot is free after the removal above (or TABLES is 0).
        let _ = self.tables.push(Table {
            handle: server_handle,
            tags: kept,
        });
    }

    /// Records the kind of the logon `logon_id`.
    pub fn set_logon(&mut self, logon_id: u8, private: bool) {
        self.logons.set(logon_id, private);
    }

    /// Learns from one batch: the request buffer and the response buffer that answers it.
    ///
    /// Responses are paired and decoded with what the tracker already knows; each
    /// successful RopSetColumns records its columns under the table's server handle (from
    /// the response's handle table, which holds handles created in this batch), each
    /// successful RopLogon its kind, each successful RopResetTable forgets its table's
    /// columns ([MS-OXCTABL] 3.1.5), and each RopRelease forgets its handle. Learning
    /// stops at the first response that cannot be decoded, whose error is returned after
    /// what came before it has been learned.
    pub fn observe(
        &mut self,
        requests: &RopBuffer<'_>,
        responses: &RopBuffer<'_>,
    ) -> Result<(), DecodeError> {
        let mut taught = heapless::Vec::<usize, MAX_FACTS_PER_BATCH>::new();
        let mut outcome = Ok(());
        {
            let cx = self.context();
            let (rq, rs): (RopBuffer<'_>, RopBuffer<'_>) = (*requests, *responses);
            for pair in rs.responses(Some(&rq), &cx) {
                match pair {
                    Ok(p) => {
                        let teaches = p
                            .request
                            .as_ref()
                            .is_some_and(|r| Fact::of(r, Some(&p.response)).is_some());
                        if let (true, Some(i)) = (teaches, p.request_index) {
                            let _ = taught.push(i);
                        }
                    }
                    Err(e) => {
                        outcome = Err(e);
                        break;
                    }
                }
            }
        }
        for (i, request) in requests.requests_with(self.logons).enumerate() {
            let Ok(request) = request else { break };
            let handle = |index: u8| {
                let index = usize::from(index);
                responses
                    .handles
                    .get(index)
                    .or_else(|| requests.handles.get(index))
            };
            match Fact::of_request(&request) {
                Some(Fact::Released { handle_index }) => {
                    if let Some(h) = requests.handles.get(usize::from(handle_index)) {
                        self.forget(h);
                    }
                }
                Some(Fact::Columns { handle_index, tags }) if taught.contains(&i) => {
                    if let Some(h) = handle(handle_index) {
                        self.set_columns(h, tags);
                    }
                }
                Some(Fact::ColumnsReset { handle_index }) if taught.contains(&i) => {
                    if let Some(h) = handle(handle_index) {
                        self.forget(h);
                    }
                }
                Some(Fact::Logon { logon_id, private }) if taught.contains(&i) => {
                    self.set_logon(logon_id, private);
                }
                _ => {}
            }
        }
        outcome
    }
}

/// The tracker as a [`ResponseContext`]: column sets by server handle, logon kinds
/// ([MS-OXCROPS] 2.2.5.1, 2.2.3.1).
#[derive(Debug, Clone, Copy)]
pub struct TrackerContext<'t, const TABLES: usize, const TAGS: usize>(
    &'t SessionTracker<TABLES, TAGS>,
);

impl<'t, const TABLES: usize, const TAGS: usize> ResponseContext<'t>
    for TrackerContext<'t, TABLES, TAGS>
{
    fn columns(&self, _index: u8, server_handle: Option<u32>) -> Option<LeArray<'t, PropertyTag>> {
        let tracker: &'t SessionTracker<TABLES, TAGS> = self.0;
        server_handle
            .and_then(|h| tracker.columns(h))
            .map(LeArray::Slice)
    }

    fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        self.0.logon_is_private(logon_id)
    }
}
