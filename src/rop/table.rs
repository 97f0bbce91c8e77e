//! Table ROPs ([MS-OXCROPS] 2.2.5, [MS-OXCTABL] 2.2.2). The rows of RopQueryRows,
//! RopExpandRow and RopFindRow follow the table's columns, set by an earlier RopSetColumns
//! on the same table: those responses decode with [`ResponseCx::columns`]. RopRestrict and
//! RopFindRow carry a restriction ([`RestrictionData`]), RopSortTable a sort order set
//! ([`SortOrderFields`]).

use crate::codes::ErrorCode;
pub use crate::data::restriction::RestrictionData;
use crate::data::row::{RowCells, RowKind};
use crate::data::sort::{SortOrderFields, SortOrderSet};
use crate::data::{PropertyRow, PropertyTag};
use crate::error::{EncodeError, Needed};
use crate::rop::{DecodeResponse, ResponseCx, RopResult, need};
use crate::wire::{
    Count, Decode, DecodeCtx, Dump, DumpField, Dumper, Encode, LeArray, List, ListIter, PResult,
    Writer, le_u8, le_u16, le_u32, u16_len,
};

code_set! {
    /// A table's status ([MS-OXCTABL] 2.2.2.1.3): the `TableStatus` of the RopSetColumns,
    /// RopSortTable, RopRestrict, RopAbort and RopGetStatus responses. Unknown values are
    /// kept.
    pub struct TableStatus(u8);
    /// `TBLSTAT_COMPLETE` (0x00): no operation is in progress ([MS-OXCTABL] 2.2.2.1.3).
    COMPLETE = 0x00 => "TBLSTAT_COMPLETE";
    /// `TBLSTAT_SORTING` (0x09): a RopSortTable is in progress ([MS-OXCTABL] 2.2.2.1.3).
    SORTING = 0x09 => "TBLSTAT_SORTING";
    /// `TBLSTAT_SORT_ERROR` (0x0A): a RopSortTable failed ([MS-OXCTABL] 2.2.2.1.3).
    SORT_ERROR = 0x0A => "TBLSTAT_SORT_ERROR";
    /// `TBLSTAT_SETTING_COLS` (0x0B): a RopSetColumns is in progress ([MS-OXCTABL]
    /// 2.2.2.1.3).
    SETTING_COLS = 0x0B => "TBLSTAT_SETTING_COLS";
    /// `TBLSTAT_SETCOL_ERROR` (0x0D): a RopSetColumns failed ([MS-OXCTABL] 2.2.2.1.3).
    SETCOL_ERROR = 0x0D => "TBLSTAT_SETCOL_ERROR";
    /// `TBLSTAT_RESTRICTING` (0x0E): a RopRestrict is in progress ([MS-OXCTABL] 2.2.2.1.3).
    RESTRICTING = 0x0E => "TBLSTAT_RESTRICTING";
    /// `TBLSTAT_RESTRICT_ERROR` (0x0F): a RopRestrict failed ([MS-OXCTABL] 2.2.2.1.3).
    RESTRICT_ERROR = 0x0F => "TBLSTAT_RESTRICT_ERROR";
}

code_set! {
    /// A bookmark as an origin ([MS-OXCTABL] 2.2.2.1.1 predefined bookmarks, 2.2.2.1.2 the
    /// custom one): RopSeekRow's `Origin`, RopQueryRows' `Origin` and RopFindRow's
    /// `Origin`. Unknown values are kept.
    pub struct BookmarkOrigin(u8);
    /// `BOOKMARK_BEGINNING` (0x00): the first row ([MS-OXCTABL] 2.2.2.1.1).
    BEGINNING = 0x00 => "BOOKMARK_BEGINNING";
    /// `BOOKMARK_CURRENT` (0x01): the current row ([MS-OXCTABL] 2.2.2.1.1).
    CURRENT = 0x01 => "BOOKMARK_CURRENT";
    /// `BOOKMARK_END` (0x02): after the last row ([MS-OXCTABL] 2.2.2.1.1).
    END = 0x02 => "BOOKMARK_END";
    /// `BOOKMARK_CUSTOM` (0x03): the position of the Bookmark field that follows; RopFindRow
    /// only ([MS-OXCTABL] 2.2.2.1.2).
    CUSTOM = 0x03 => "BOOKMARK_CUSTOM";
}

code_codec!(TableStatus: u8, 1; BookmarkOrigin: u8, 1);

bitflags::bitflags! {
    /// The asynchronous flags ([MS-OXCTABL] 2.2.2.1.4): RopSetColumns `SetColumnsFlags`,
    /// RopSortTable `SortTableFlags` and RopRestrict `RestrictFlags` ([MS-OXCTABL]
    /// 2.2.2.2.1, 2.2.2.3.1, 2.2.2.4.1), each an OR of these bits; unknown bits (MAPI's
    /// `TBL_BATCH` 0x02 among them) are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct AsynchronousFlags: u8 {
        /// `TBL_ASYNC` (0x01): the server should perform the ROP asynchronously
        /// ([MS-OXCTABL] 2.2.2.1.4).
        const TBL_ASYNC = 0x01;
        const _ = !0;
    }
}

impl AsynchronousFlags {
    /// 0x00, synchronous (`TBL_SYNC` elsewhere; unnamed in [MS-OXCTABL] 2.2.2.1.4): no bit
    /// set.
    pub const TBL_SYNC: Self = Self::empty();
}

bitflags::bitflags! {
    /// RopQueryRows `QueryRowsFlags` ([MS-OXCTABL] 2.2.2.5.1); unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct QueryRowsFlags: u8 {
        /// `NoAdvance` (0x01): do not advance the table cursor ([MS-OXCTABL] 2.2.2.5.1).
        const NO_ADVANCE = 0x01;
        /// `EnablePackedBuffers` (0x02): allow packed buffers for the response, with the
        /// `Chain` flag of EcDoRpcExt2 or Execute ([MS-OXCTABL] 2.2.2.5.1).
        const ENABLE_PACKED_BUFFERS = 0x02;
        const _ = !0;
    }
}

impl QueryRowsFlags {
    /// `Advance` (0x00): advance the table cursor ([MS-OXCTABL] 2.2.2.5.1); no bit set.
    pub const ADVANCE: Self = Self::empty();
}

bitflags::bitflags! {
    /// RopFindRow `FindRowFlags` ([MS-OXCTABL] 2.2.2.14.1): the direction of the search;
    /// unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct FindRowFlags: u8 {
        /// 0x01, `Backwards`: perform the find backwards ([MS-OXCTABL] 2.2.2.14.1; MAPI's
        /// `DIR_BACKWARD`).
        const BACKWARDS = 0x01;
        const _ = !0;
    }
}

impl FindRowFlags {
    /// 0x00, `Forwards`: perform the find forwards ([MS-OXCTABL] 2.2.2.14.1); no bit set.
    pub const FORWARDS: Self = Self::empty();
}

flags_codec!(
    AsynchronousFlags: u8, 1, le_u8;
    QueryRowsFlags: u8, 1, le_u8;
    FindRowFlags: u8, 1, le_u8
);

wire_struct! {
    /// RopSetColumns request ([MS-OXCROPS] 2.2.5.1.1, [MS-OXCTABL] 2.2.2.2.1): the columns of
    /// every later row of this table.
    pub struct SetColumnsRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        set_columns_flags "SetColumnsFlags": AsynchronousFlags,
        property_tags "PropertyTagCount PropertyTags": LeArray<'a, PropertyTag> as Count<u16>,
    }
}

wire_struct! {
    /// RopSetColumns success fields ([MS-OXCROPS] 2.2.5.1.2).
    pub struct SetColumnsSuccess {
        table_status "TableStatus": TableStatus,
    }
}

wire_struct! {
    /// RopSetColumns response ([MS-OXCROPS] 2.2.5.1.2, 2.2.5.1.3).
    pub struct SetColumnsResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<SetColumnsSuccess>,
    }
}

wire_struct! {
    /// RopSortTable request ([MS-OXCROPS] 2.2.5.2.1, [MS-OXCTABL] 2.2.2.3.1): the sort order
    /// of the table's rows, the first CategoryCount sort orders its categories, the first
    /// ExpandedCount of those expanded.
    pub struct SortTableRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        sort_table_flags "SortTableFlags": AsynchronousFlags,
        sort_order_set "SortOrderCount CategoryCount ExpandedCount SortOrders":
            SortOrderSet<'a> as SortOrderFields,
    }
}

wire_struct! {
    /// RopSortTable success fields ([MS-OXCROPS] 2.2.5.2.2, [MS-OXCTABL] 2.2.2.3.2).
    pub struct SortTableSuccess {
        table_status "TableStatus": TableStatus,
    }
}

wire_struct! {
    /// RopSortTable response ([MS-OXCROPS] 2.2.5.2.2, 2.2.5.2.3).
    pub struct SortTableResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<SortTableSuccess>,
    }
}

wire_struct! {
    /// RopRestrict request ([MS-OXCROPS] 2.2.5.3.1, [MS-OXCTABL] 2.2.2.4.1): the rows the
    /// table shows from now on; no restriction (RestrictionDataSize 0) shows them all.
    pub struct RestrictRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        restrict_flags "RestrictFlags": AsynchronousFlags,
        restriction "RestrictionDataSize RestrictionData": RestrictionData<'a>,
    }
}

wire_struct! {
    /// RopRestrict success fields ([MS-OXCROPS] 2.2.5.3.2, [MS-OXCTABL] 2.2.2.4.2).
    pub struct RestrictSuccess {
        table_status "TableStatus": TableStatus,
    }
}

wire_struct! {
    /// RopRestrict response ([MS-OXCROPS] 2.2.5.3.2, 2.2.5.3.3).
    pub struct RestrictResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<RestrictSuccess>,
    }
}

wire_struct! {
    /// RopQueryRows request ([MS-OXCROPS] 2.2.5.4.1, [MS-OXCTABL] 2.2.2.5.1).
    pub struct QueryRowsRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        query_rows_flags "QueryRowsFlags": QueryRowsFlags,
        forward_read "ForwardRead": u8,
        row_count "RowCount": u16,
    }
}

/// Rows of a table, each a PropertyRow over the table's columns ([MS-OXCDATA] 2.8.1): the
/// validated wire rows with the column set they decode with, or a caller's rows.
///
/// The compact storage of a [`List`] of rows ([`RowList`], [`TableRows::as_list`]): the
/// list reads, writes and dumps them (decoding validates every row, so iteration cannot
/// fail; rows are built when read). Here one discriminant also tells the form of the column
/// set: five words, so the responses that carry rows (RopQueryRows, RopExpandRow,
/// RopGetReceiveFolderTable) stay small (DESIGN §8).
#[derive(Clone, Copy)]
pub struct TableRows<'a>(RowsRepr<'a>);

/// The forms of [`TableRows`].
#[derive(Clone, Copy)]
enum RowsRepr<'a> {
    /// The validated wire bytes of `count` rows over wire columns.
    OverWire {
        bytes: &'a [u8],
        count: u32,
        columns: &'a [u8],
    },
    /// The validated wire bytes of `count` rows over a caller's columns.
    OverSlice {
        bytes: &'a [u8],
        count: u32,
        columns: &'a [PropertyTag],
    },
    /// Rows supplied by the caller for encoding.
    Items(&'a [PropertyRow<'a>]),
}

/// The rows as a [`List`], the crate's counted list of variable-size elements, which reads,
/// writes and dumps them; [`TableRows`] only stores it in fewer bytes.
pub type RowList<'a> = List<'a, PropertyRow<'a>, LeArray<'a, PropertyTag>>;

impl<'a> TableRows<'a> {
    /// A caller's rows, to encode ([MS-OXCDATA] 2.8.1); the responses refuse rows whose
    /// column sets differ.
    pub const fn new(rows: &'a [PropertyRow<'a>]) -> Self {
        TableRows(RowsRepr::Items(rows))
    }

    /// No rows.
    pub const fn empty() -> Self {
        TableRows::new(&[])
    }

    /// Parses and validates `count` rows laid out by `columns`, each at least `min_size`
    /// bytes, from the front of `input` ([MS-OXCDATA] 2.8.1); `field` names the count in
    /// errors.
    pub fn parse(
        input: &'a [u8],
        count: usize,
        min_size: usize,
        columns: LeArray<'a, PropertyTag>,
        field: &'static str,
    ) -> PResult<'a, Self> {
        let (rest, list) = RowList::parse(input, count, min_size, columns, field)?;
        Ok((rest, TableRows::from_list(list)))
    }

    /// The rows in the compact form of a list (a decoded list's count is a wire count of at
    /// most 32 bits, [`List::parse`]).
    fn from_list(list: RowList<'a>) -> Self {
        TableRows(match list {
            List::Wire {
                bytes,
                count,
                ctx: LeArray::Wire(columns),
            } => RowsRepr::OverWire {
                bytes,
                count: u32::try_from(count).unwrap_or(u32::MAX),
                columns,
            },
            List::Wire {
                bytes,
                count,
                ctx: LeArray::Slice(columns),
            } => RowsRepr::OverSlice {
                bytes,
                count: u32::try_from(count).unwrap_or(u32::MAX),
                columns,
            },
            List::Items(rows) => RowsRepr::Items(rows),
        })
    }

    /// The rows as a [`List`] (48 bytes, against this type's 40).
    pub const fn as_list(&self) -> RowList<'a> {
        match self.0 {
            RowsRepr::OverWire {
                bytes,
                count,
                columns,
            } => List::Wire {
                bytes,
                // u32 into usize: lossless (`usize::from` is not const).
                count: count as usize,
                ctx: LeArray::Wire(columns),
            },
            RowsRepr::OverSlice {
                bytes,
                count,
                columns,
            } => List::Wire {
                bytes,
                count: count as usize,
                ctx: LeArray::Slice(columns),
            },
            RowsRepr::Items(rows) => List::Items(rows),
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.as_list().len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A caller's rows; `None` for decoded rows.
    pub const fn items(&self) -> Option<&'a [PropertyRow<'a>]> {
        match self.0 {
            RowsRepr::Items(rows) => Some(rows),
            RowsRepr::OverWire { .. } | RowsRepr::OverSlice { .. } => None,
        }
    }

    /// Iterates over the rows.
    pub fn iter(&self) -> ListIter<'a, PropertyRow<'a>, LeArray<'a, PropertyTag>> {
        self.as_list().iter()
    }
}

impl Default for TableRows<'_> {
    fn default() -> Self {
        TableRows::empty()
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> TableRows<'a> {
    /// Rows in their wire form (feature `arbitrary`, [`crate::structured`]): up to `want`
    /// rows over `columns` that parse one after another from the front of the input
    /// ([MS-OXCDATA] 2.8.1).
    pub fn arbitrary_over(
        u: &mut arbitrary::Unstructured<'a>,
        columns: LeArray<'a, PropertyTag>,
        want: usize,
    ) -> arbitrary::Result<Self> {
        let (bytes, n) =
            crate::wire::structured::wire_run(u, want, |b| PropertyRow::decode_with(b, columns))?;
        Ok(TableRows::from_list(List::Wire {
            bytes,
            count: n,
            ctx: columns,
        }))
    }
}

impl Encode for TableRows<'_> {
    fn encoded_len(&self) -> usize {
        self.as_list().encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.as_list().encode(w)
    }
}

impl PartialEq for TableRows<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_list() == other.as_list()
    }
}

impl core::fmt::Debug for TableRows<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.as_list().fmt(f)
    }
}

impl DumpField for TableRows<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        self.as_list().dump_field(name, d);
    }
}

/// RopQueryRows success fields ([MS-OXCROPS] 2.2.5.4.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QueryRowsSuccess<'a> {
    /// `Origin`: where the cursor stands after the read, a predefined bookmark
    /// ([MS-OXCTABL] 2.2.2.1.1, 3.2.5.5).
    pub origin: BookmarkOrigin,
    /// `RowData` (count in `RowCount`, 2 bytes): rows over the table's columns.
    pub rows: TableRows<'a>,
}

/// The column set of the table at a response's InputHandleIndex, or what is missing to know
/// it: what the success fields of RopQueryRows, RopFindRow and RopExpandRow decode their
/// rows over ([MS-OXCTABL] 2.2.2.2.1). They ask for it only where a row starts, so a
/// response without rows decodes without it.
pub type TableColumns<'a> = Result<LeArray<'a, PropertyTag>, Needed>;

/// The response of a table ROP whose rows follow the table's columns: InputHandleIndex,
/// ReturnValue and, on success, fields `S` decoded over the columns of the table at
/// InputHandleIndex ([`ResponseCx::columns`]). RopQueryRows, RopFindRow and RopExpandRow
/// ([MS-OXCROPS] 2.2.5.4.2, 2.2.5.13.2, 2.2.5.16.2) share this one layout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TableResponse<S> {
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `ReturnValue` and, on success, the fields over the table's columns.
    pub result: RopResult<S>,
}

impl<'a, S: DecodeCtx<'a, TableColumns<'a>>> DecodeResponse<'a> for TableResponse<S> {
    fn parse_response(input: &'a [u8], cx: &ResponseCx<'a, '_>) -> PResult<'a, Self> {
        let (i, input_handle_index) = le_u8(input)?;
        let (i, rv) = le_u32(i)?;
        let (i, result) = match rv {
            0 => {
                let (i, s) = S::parse_ctx(i, cx.columns(input_handle_index))?;
                (i, RopResult::Success(s))
            }
            e => (i, RopResult::Failure(e)),
        };
        Ok((
            i,
            TableResponse {
                input_handle_index,
                result,
            },
        ))
    }
}

impl<S: Encode> Encode for TableResponse<S> {
    fn encoded_len(&self) -> usize {
        1 + self.result.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.input_handle_index)?;
        self.result.encode(w)
    }
}

impl<S: Encode + Dump> Dump for TableResponse<S> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.result.dump_field("ReturnValue", d);
    }
}

/// RopQueryRows response ([MS-OXCROPS] 2.2.5.4.2, 2.2.5.4.3). Its rows are not
/// self-delimiting: decoding needs the columns of the table at InputHandleIndex.
pub type QueryRowsResponse<'a> = TableResponse<QueryRowsSuccess<'a>>;

/// `RowCount` (2 bytes) and `RowData`, rows over the table's columns, as RopQueryRows and
/// RopExpandRow end ([MS-OXCTABL] 2.2.2.5.2, 2.2.2.17.2).
fn parse_row_data<'a>(input: &'a [u8], columns: TableColumns<'a>) -> PResult<'a, TableRows<'a>> {
    let (i, count) = le_u16(input)?;
    let (i, columns) = need(i, columns)?;
    TableRows::parse(i, usize::from(count), 1, columns, "RowCount")
}

/// Writes `RowCount` and `RowData`. Refuses caller rows whose column sets differ: they
/// would not decode back against the table's one column set ([MS-OXCTABL] 2.2.2.2.1).
fn encode_row_data(rows: &TableRows<'_>, w: &mut Writer<'_>) -> Result<(), EncodeError> {
    if let Some(rows) = rows.items()
        && let Some((first, rest)) = rows.split_first()
        && rest.iter().any(|r| r.columns() != first.columns())
    {
        return Err(EncodeError::InvalidValue {
            field: "RowData (rows with different columns)",
        });
    }
    w.put_u16(u16_len(rows.len(), "RowCount")?)?;
    rows.encode(w)
}

/// Reports `RowCount` and `RowData`.
fn dump_row_data(rows: &TableRows<'_>, d: &mut dyn Dumper) {
    d.int("RowCount", rows.len() as u64, 2);
    rows.dump_field("RowData", d);
}

impl<'a> DecodeCtx<'a, TableColumns<'a>> for QueryRowsSuccess<'a> {
    fn parse_ctx(input: &'a [u8], columns: TableColumns<'a>) -> PResult<'a, Self> {
        let (i, origin) = BookmarkOrigin::parse(input)?;
        let (i, rows) = parse_row_data(i, columns)?;
        Ok((i, QueryRowsSuccess { origin, rows }))
    }
}

impl Encode for QueryRowsSuccess<'_> {
    fn encoded_len(&self) -> usize {
        3 + self.rows.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.origin.encode(w)?;
        encode_row_data(&self.rows, w)
    }
}

impl Dump for QueryRowsSuccess<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.origin.dump_field("Origin", d);
        dump_row_data(&self.rows, d);
    }
}

wire_struct! {
    /// RopAbort request ([MS-OXCROPS] 2.2.5.5.1): stop the table's asynchronous operation.
    pub struct AbortRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopAbort success fields ([MS-OXCROPS] 2.2.5.5.2, [MS-OXCTABL] 2.2.2.6.2).
    pub struct AbortSuccess {
        table_status "TableStatus": TableStatus,
    }
}

wire_struct! {
    /// RopAbort response ([MS-OXCROPS] 2.2.5.5.2, 2.2.5.5.3).
    pub struct AbortResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<AbortSuccess>,
    }
}

wire_struct! {
    /// RopGetStatus request ([MS-OXCROPS] 2.2.5.6.1).
    pub struct GetStatusRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopGetStatus success fields ([MS-OXCROPS] 2.2.5.6.2, [MS-OXCTABL] 2.2.2.7.2).
    pub struct GetStatusSuccess {
        table_status "TableStatus": TableStatus,
    }
}

wire_struct! {
    /// RopGetStatus response ([MS-OXCROPS] 2.2.5.6.2, 2.2.5.6.3).
    pub struct GetStatusResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetStatusSuccess>,
    }
}

wire_struct! {
    /// RopQueryPosition request ([MS-OXCROPS] 2.2.5.7.1).
    pub struct QueryPositionRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopQueryPosition success fields ([MS-OXCROPS] 2.2.5.7.2, [MS-OXCTABL] 2.2.2.8.2): the
    /// cursor's row (Numerator) of the table's rows (Denominator).
    pub struct QueryPositionSuccess {
        numerator "Numerator": u32,
        denominator "Denominator": u32,
    }
}

wire_struct! {
    /// RopQueryPosition response ([MS-OXCROPS] 2.2.5.7.2, 2.2.5.7.3).
    pub struct QueryPositionResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<QueryPositionSuccess>,
    }
}

wire_struct! {
    /// RopSeekRow request ([MS-OXCROPS] 2.2.5.8.1, [MS-OXCTABL] 2.2.2.9.1): move the cursor
    /// RowCount rows (negative: backwards) from a predefined bookmark.
    pub struct SeekRowRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        origin "Origin": BookmarkOrigin,
        row_count "RowCount": i32,
        want_row_moved_count "WantRowMovedCount": u8,
    }
}

wire_struct! {
    /// RopSeekRow success fields ([MS-OXCROPS] 2.2.5.8.2, [MS-OXCTABL] 2.2.2.9.2).
    pub struct SeekRowSuccess {
        has_sought_less "HasSoughtLess": u8,
        rows_sought "RowsSought": i32,
    }
}

wire_struct! {
    /// RopSeekRow response ([MS-OXCROPS] 2.2.5.8.2, 2.2.5.8.3).
    pub struct SeekRowResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<SeekRowSuccess>,
    }
}

wire_struct! {
    /// RopSeekRowBookmark request ([MS-OXCROPS] 2.2.5.9.1, [MS-OXCTABL] 2.2.2.10.1): like
    /// RopSeekRow, from a bookmark RopCreateBookmark returned.
    pub struct SeekRowBookmarkRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        bookmark "BookmarkSize Bookmark": &'a [u8] as Count<u16>,
        row_count "RowCount": i32,
        want_row_moved_count "WantRowMovedCount": u8,
    }
}

wire_struct! {
    /// RopSeekRowBookmark success fields ([MS-OXCROPS] 2.2.5.9.2, [MS-OXCTABL] 2.2.2.10.2).
    pub struct SeekRowBookmarkSuccess {
        row_no_longer_visible "RowNoLongerVisible": u8,
        has_sought_less "HasSoughtLess": u8,
        rows_sought "RowsSought": i32,
    }
}

wire_struct! {
    /// RopSeekRowBookmark response ([MS-OXCROPS] 2.2.5.9.2, 2.2.5.9.3).
    pub struct SeekRowBookmarkResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<SeekRowBookmarkSuccess>,
    }
}

wire_struct! {
    /// RopSeekRowFractional request ([MS-OXCROPS] 2.2.5.10.1, [MS-OXCTABL] 2.2.2.11.1): move
    /// the cursor to about Numerator/Denominator of the table.
    pub struct SeekRowFractionalRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        numerator "Numerator": u32,
        denominator "Denominator": u32,
    }
}

wire_struct! {
    /// RopSeekRowFractional response ([MS-OXCROPS] 2.2.5.10.2); same layout on failure.
    pub struct SeekRowFractionalResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

wire_struct! {
    /// RopCreateBookmark request ([MS-OXCROPS] 2.2.5.11.1).
    pub struct CreateBookmarkRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopCreateBookmark success fields ([MS-OXCROPS] 2.2.5.11.2): the bookmark, opaque to
    /// the client ([MS-OXCTABL] 2.2.2.12.2).
    pub struct CreateBookmarkSuccess<'a> {
        bookmark "BookmarkSize Bookmark": &'a [u8] as Count<u16>,
    }
}

wire_struct! {
    /// RopCreateBookmark response ([MS-OXCROPS] 2.2.5.11.2, 2.2.5.11.3).
    pub struct CreateBookmarkResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<CreateBookmarkSuccess<'a>>,
    }
}

wire_struct! {
    /// RopQueryColumnsAll request ([MS-OXCROPS] 2.2.5.12.1).
    pub struct QueryColumnsAllRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopQueryColumnsAll success fields ([MS-OXCROPS] 2.2.5.12.2): every column the table
    /// has, not only those set ([MS-OXCTABL] 2.2.2.13).
    pub struct QueryColumnsAllSuccess<'a> {
        property_tags "PropertyTagCount PropertyTags": LeArray<'a, PropertyTag> as Count<u16>,
    }
}

wire_struct! {
    /// RopQueryColumnsAll response ([MS-OXCROPS] 2.2.5.12.2, 2.2.5.12.3).
    pub struct QueryColumnsAllResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<QueryColumnsAllSuccess<'a>>,
    }
}

wire_struct! {
    /// RopFindRow request ([MS-OXCROPS] 2.2.5.13.1, [MS-OXCTABL] 2.2.2.14.1): move the cursor
    /// to the first row from Origin (a predefined bookmark, or BOOKMARK_CUSTOM and the
    /// Bookmark) that matches the restriction.
    pub struct FindRowRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        find_row_flags "FindRowFlags": FindRowFlags,
        restriction "RestrictionDataSize RestrictionData": RestrictionData<'a>,
        origin "Origin": BookmarkOrigin,
        bookmark "BookmarkSize Bookmark": &'a [u8] as Count<u16>,
    }
}

/// RopFindRow success fields ([MS-OXCROPS] 2.2.5.13.2, [MS-OXCTABL] 2.2.2.14.2):
/// RowNoLongerVisible, HasRowData and, when HasRowData is non-zero, RowData.
///
/// Built with [`FindRowSuccess::new`] (or [`found`](FindRowSuccess::found),
/// [`without_row`](FindRowSuccess::without_row)) and read through accessors: the row is kept
/// without an `Option` around it (an empty row when HasRowData is 0) so that the response
/// stays as small as RopQueryRows'.
#[derive(Clone, Copy)]
pub struct FindRowSuccess<'a> {
    row_no_longer_visible: u8,
    has_row_data: u8,
    /// The row; an empty row when HasRowData is 0.
    row: PropertyRow<'a>,
}

/// The row a RopFindRow success without RowData keeps.
const NO_ROW: PropertyRow<'static> =
    PropertyRow::new(LeArray::empty(), RowKind::Standard, RowCells::Wire(&[]));

impl<'a> FindRowSuccess<'a> {
    /// The fields as sent: any RowNoLongerVisible and HasRowData bytes (peers read any
    /// non-zero byte as TRUE), the row exactly when HasRowData is non-zero; otherwise
    /// refused.
    pub fn new(
        row_no_longer_visible: u8,
        has_row_data: u8,
        row_data: Option<PropertyRow<'a>>,
    ) -> Result<Self, EncodeError> {
        let row = match (has_row_data, row_data) {
            (0, None) => NO_ROW,
            (1.., Some(row)) => row,
            _ => {
                return Err(EncodeError::InvalidValue {
                    field: "HasRowData (differs from RowData)",
                });
            }
        };
        Ok(FindRowSuccess {
            row_no_longer_visible,
            has_row_data,
            row,
        })
    }

    /// The row found (HasRowData 0x01, RowNoLongerVisible 0x00).
    pub const fn found(row: PropertyRow<'a>) -> Self {
        FindRowSuccess {
            row_no_longer_visible: 0,
            has_row_data: 1,
            row,
        }
    }

    /// No row in the response (HasRowData 0x00, RowNoLongerVisible 0x00).
    pub const fn without_row() -> Self {
        FindRowSuccess {
            row_no_longer_visible: 0,
            has_row_data: 0,
            row: NO_ROW,
        }
    }

    /// `RowNoLongerVisible`: non-zero when the bookmark's row is no longer visible and the
    /// search began at the next row ([MS-OXCTABL] 2.2.2.14.2); as received.
    pub const fn row_no_longer_visible(&self) -> u8 {
        self.row_no_longer_visible
    }

    /// `HasRowData`: non-zero when RowData is present ([MS-OXCTABL] 2.2.2.14.2); as
    /// received.
    pub const fn has_row_data(&self) -> u8 {
        self.has_row_data
    }

    /// `RowData`: the row found, a PropertyRow over the table's columns ([MS-OXCDATA] 2.8.1).
    pub const fn row_data(&self) -> Option<PropertyRow<'a>> {
        match self.has_row_data {
            0 => None,
            _ => Some(self.row),
        }
    }
}

impl PartialEq for FindRowSuccess<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.row_no_longer_visible == other.row_no_longer_visible
            && self.has_row_data == other.has_row_data
            && self.row_data() == other.row_data()
    }
}

impl core::fmt::Debug for FindRowSuccess<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FindRowSuccess")
            .field("row_no_longer_visible", &self.row_no_longer_visible)
            .field("has_row_data", &self.has_row_data)
            .field("row_data", &self.row_data())
            .finish()
    }
}

/// RopFindRow response ([MS-OXCROPS] 2.2.5.13.2, 2.2.5.13.3). Its row is not
/// self-delimiting: like RopQueryRows', decoding it needs the columns of the table at
/// InputHandleIndex (a response without a row needs none).
pub type FindRowResponse<'a> = TableResponse<FindRowSuccess<'a>>;

impl<'a> DecodeCtx<'a, TableColumns<'a>> for FindRowSuccess<'a> {
    fn parse_ctx(input: &'a [u8], columns: TableColumns<'a>) -> PResult<'a, Self> {
        let (i, row_no_longer_visible) = le_u8(input)?;
        let (i, has_row_data) = le_u8(i)?;
        let (i, success) = if has_row_data == 0 {
            (i, FindRowSuccess::without_row())
        } else {
            let (i, columns) = need(i, columns)?;
            let (i, row) = PropertyRow::decode_with(i, columns)?;
            (i, FindRowSuccess::found(row))
        };
        let success = FindRowSuccess {
            row_no_longer_visible,
            has_row_data,
            ..success
        };
        Ok((i, success))
    }
}

impl Encode for FindRowSuccess<'_> {
    fn encoded_len(&self) -> usize {
        self.row_data()
            .map_or(0, |r| r.encoded_len())
            .saturating_add(2)
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.row_no_longer_visible)?;
        w.put_u8(self.has_row_data)?;
        match self.row_data() {
            Some(row) => row.encode(w),
            None => Ok(()),
        }
    }
}

impl Dump for FindRowSuccess<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.row_no_longer_visible
            .dump_field("RowNoLongerVisible", d);
        self.has_row_data.dump_field("HasRowData", d);
        if let Some(row) = self.row_data() {
            row.dump_field("RowData", d);
        }
    }
}

wire_struct! {
    /// RopFreeBookmark request ([MS-OXCROPS] 2.2.5.14.1): release a bookmark RopCreateBookmark
    /// or RopSetCollapseState returned.
    pub struct FreeBookmarkRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        bookmark "BookmarkSize Bookmark": &'a [u8] as Count<u16>,
    }
}

wire_struct! {
    /// RopFreeBookmark response ([MS-OXCROPS] 2.2.5.14.2); same layout on failure.
    pub struct FreeBookmarkResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

wire_struct! {
    /// RopResetTable request ([MS-OXCROPS] 2.2.5.15.1): the table loses its column set,
    /// restriction, sort order and bookmarks ([MS-OXCTABL] 3.1.5, 3.2.5.16).
    pub struct ResetTableRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopResetTable response ([MS-OXCROPS] 2.2.5.15.2); same layout on failure.
    pub struct ResetTableResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

wire_struct! {
    /// RopExpandRow request ([MS-OXCROPS] 2.2.5.16.1, [MS-OXCTABL] 2.2.2.17.1): expand the
    /// category row CategoryId and return at most MaxRowCount of its rows.
    pub struct ExpandRowRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        max_row_count "MaxRowCount": u16,
        category_id "CategoryId": u64,
    }
}

/// RopExpandRow success fields ([MS-OXCROPS] 2.2.5.16.2, [MS-OXCTABL] 2.2.2.17.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExpandRowSuccess<'a> {
    /// `ExpandedRowCount`: the rows in the expanded category, returned or not.
    pub expanded_row_count: u32,
    /// `RowData` (count in `RowCount`, 2 bytes): rows over the table's columns.
    pub rows: TableRows<'a>,
}

/// RopExpandRow response ([MS-OXCROPS] 2.2.5.16.2, 2.2.5.16.3). Its rows are not
/// self-delimiting: like RopQueryRows', decoding needs the columns of the table at
/// InputHandleIndex.
pub type ExpandRowResponse<'a> = TableResponse<ExpandRowSuccess<'a>>;

impl<'a> DecodeCtx<'a, TableColumns<'a>> for ExpandRowSuccess<'a> {
    fn parse_ctx(input: &'a [u8], columns: TableColumns<'a>) -> PResult<'a, Self> {
        let (i, expanded_row_count) = le_u32(input)?;
        let (i, rows) = parse_row_data(i, columns)?;
        Ok((
            i,
            ExpandRowSuccess {
                expanded_row_count,
                rows,
            },
        ))
    }
}

impl Encode for ExpandRowSuccess<'_> {
    fn encoded_len(&self) -> usize {
        6 + self.rows.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u32(self.expanded_row_count)?;
        encode_row_data(&self.rows, w)
    }
}

impl Dump for ExpandRowSuccess<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.expanded_row_count.dump_field("ExpandedRowCount", d);
        dump_row_data(&self.rows, d);
    }
}

wire_struct! {
    /// RopCollapseRow request ([MS-OXCROPS] 2.2.5.17.1, [MS-OXCTABL] 2.2.2.18.1): collapse the
    /// category row CategoryId.
    pub struct CollapseRowRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        category_id "CategoryId": u64,
    }
}

wire_struct! {
    /// RopCollapseRow success fields ([MS-OXCROPS] 2.2.5.17.2, [MS-OXCTABL] 2.2.2.18.2).
    pub struct CollapseRowSuccess {
        collapsed_row_count "CollapsedRowCount": u32,
    }
}

wire_struct! {
    /// RopCollapseRow response ([MS-OXCROPS] 2.2.5.17.2, 2.2.5.17.3).
    pub struct CollapseRowResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<CollapseRowSuccess>,
    }
}

wire_struct! {
    /// RopGetCollapseState request ([MS-OXCROPS] 2.2.5.18.1, [MS-OXCTABL] 2.2.2.19.1): the row
    /// (RowId, RowInstanceNumber) the later RopSetCollapseState bookmark will point to.
    pub struct GetCollapseStateRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        row_id "RowId": u64,
        row_instance_number "RowInstanceNumber": u32,
    }
}

wire_struct! {
    /// RopGetCollapseState success fields ([MS-OXCROPS] 2.2.5.18.2): the collapse state, an
    /// opaque blob for RopSetCollapseState ([MS-OXCTABL] 2.2.2.19.2).
    pub struct GetCollapseStateSuccess<'a> {
        collapse_state "CollapseStateSize CollapseState": &'a [u8] as Count<u16>,
    }
}

wire_struct! {
    /// RopGetCollapseState response ([MS-OXCROPS] 2.2.5.18.2, 2.2.5.18.3).
    pub struct GetCollapseStateResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetCollapseStateSuccess<'a>>,
    }
}

wire_struct! {
    /// RopSetCollapseState request ([MS-OXCROPS] 2.2.5.19.1, [MS-OXCTABL] 2.2.2.20.1).
    pub struct SetCollapseStateRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        collapse_state "CollapseStateSize CollapseState": &'a [u8] as Count<u16>,
    }
}

wire_struct! {
    /// RopSetCollapseState success fields ([MS-OXCROPS] 2.2.5.19.2): a bookmark to the row
    /// RopGetCollapseState named, to be freed with RopFreeBookmark ([MS-OXCTABL] 2.2.2.20).
    pub struct SetCollapseStateSuccess<'a> {
        bookmark "BookmarkSize Bookmark": &'a [u8] as Count<u16>,
    }
}

wire_struct! {
    /// RopSetCollapseState response ([MS-OXCROPS] 2.2.5.19.2, 2.2.5.19.3).
    pub struct SetCollapseStateResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<SetCollapseStateSuccess<'a>>,
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for the table ROPs: a RopQueryRows, RopExpandRow or RopFindRow response
    //! comes with the columns its rows follow.
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use crate::data::row::arb::row;
    use crate::rop::context::{ArbContext, ArbWithContext};
    use proptest::collection::vec;
    use proptest::prelude::*;

    /// Up to three rows over one column set, and that column set.
    fn rows() -> impl Strategy<Value = (LeArray<'static, PropertyTag>, TableRows<'static>)> {
        (row(), vec(any::<bool>(), 0..4)).prop_map(|(template, kinds)| {
            let rows: std::vec::Vec<PropertyRow<'static>> =
                kinds.iter().map(|_| template).collect();
            (template.columns(), TableRows::new(leak(rows)))
        })
    }

    /// Up to three caller rows over one column set.
    impl<'a> Arb<'a> for TableRows<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            rows().prop_map(|(_, rows)| rows)
        }
    }

    /// The context of a response whose rows follow `columns`.
    fn with_columns(columns: LeArray<'static, PropertyTag>) -> ArbContext {
        ArbContext {
            request: None,
            columns: Some(columns),
        }
    }

    impl ArbWithContext for QueryRowsResponse<'static> {
        fn arb_with_context() -> impl Strategy<Value = (ArbContext, Self)> {
            query_rows().prop_map(|(columns, r)| (with_columns(columns), r))
        }
    }

    impl ArbWithContext for FindRowResponse<'static> {
        fn arb_with_context() -> impl Strategy<Value = (ArbContext, Self)> {
            find_row().prop_map(|(columns, r)| (with_columns(columns), r))
        }
    }

    /// A RopFindRow response and the column set of its table: with a row (HasRowData any
    /// non-zero byte) or without, RowNoLongerVisible any byte, or a failure.
    pub fn find_row()
    -> impl Strategy<Value = (LeArray<'static, PropertyTag>, FindRowResponse<'static>)> {
        (row(), any::<u8>(), any::<u8>(), 0u8..4, 0u32..3).prop_map(
            |(row, idx, row_no_longer_visible, has_row_data, rv)| {
                let success = FindRowSuccess {
                    row_no_longer_visible,
                    has_row_data,
                    ..match has_row_data {
                        0 => FindRowSuccess::without_row(),
                        _ => FindRowSuccess::found(row),
                    }
                };
                let result = match rv {
                    0 => RopResult::Success(success),
                    e => RopResult::Failure(e),
                };
                (
                    row.columns(),
                    FindRowResponse {
                        input_handle_index: idx,
                        result,
                    },
                )
            },
        )
    }

    impl ArbWithContext for ExpandRowResponse<'static> {
        fn arb_with_context() -> impl Strategy<Value = (ArbContext, Self)> {
            expand_row().prop_map(|(columns, r)| (with_columns(columns), r))
        }
    }

    /// A RopQueryRows response and the column set of its table.
    pub fn query_rows()
    -> impl Strategy<Value = (LeArray<'static, PropertyTag>, QueryRowsResponse<'static>)> {
        (rows(), any::<u8>(), BookmarkOrigin::arb(), 0u32..3).prop_map(
            |((columns, rows), idx, origin, rv)| {
                let result = match rv {
                    0 => RopResult::Success(QueryRowsSuccess { origin, rows }),
                    e => RopResult::Failure(e),
                };
                (
                    columns,
                    QueryRowsResponse {
                        input_handle_index: idx,
                        result,
                    },
                )
            },
        )
    }

    /// A RopExpandRow response and the column set of its table.
    pub fn expand_row()
    -> impl Strategy<Value = (LeArray<'static, PropertyTag>, ExpandRowResponse<'static>)> {
        (rows(), any::<u8>(), any::<u32>(), 0u32..3).prop_map(
            |((columns, rows), idx, expanded_row_count, rv)| {
                let result = match rv {
                    0 => RopResult::Success(ExpandRowSuccess {
                        expanded_row_count,
                        rows,
                    }),
                    e => RopResult::Failure(e),
                };
                (
                    columns,
                    ExpandRowResponse {
                        input_handle_index: idx,
                        result,
                    },
                )
            },
        )
    }
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impls for RopQueryRows, RopExpandRow and RopFindRow (the response comes
    //! with its table's columns) and for the restriction of RopRestrict and RopFindRow
    //! ([`crate::structured`]).
    use super::*;
    use crate::data::structured::column_tags;
    use crate::rop::context::{ArbitraryContext, ArbitraryWithContext};
    use crate::wire::structured::{MAX_ITEMS, nonzero_u32};
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// A row from the input and its columns as the table's, or no row (any HasRowData and
    /// RowNoLongerVisible bytes).
    impl<'a> ArbitraryWithContext<'a> for FindRowResponse<'a> {
        fn arbitrary_with_context(
            u: &mut Unstructured<'a>,
        ) -> Result<(ArbitraryContext<'a>, Self)> {
            let input_handle_index = u.arbitrary()?;
            let (columns, result) = if u.arbitrary()? {
                let row_no_longer_visible = u.arbitrary()?;
                let has_row_data: u8 = u.arbitrary()?;
                let (columns, success) = if has_row_data == 0 {
                    let columns = column_tags(u).map(LeArray::Wire)?;
                    (columns, FindRowSuccess::without_row())
                } else {
                    let row = PropertyRow::arbitrary(u)?;
                    (row.columns(), FindRowSuccess::found(row))
                };
                let success = FindRowSuccess {
                    row_no_longer_visible,
                    has_row_data,
                    ..success
                };
                (columns, RopResult::Success(success))
            } else {
                (
                    column_tags(u).map(LeArray::Wire)?,
                    RopResult::Failure(nonzero_u32(u)?),
                )
            };
            let response = FindRowResponse {
                input_handle_index,
                result,
            };
            Ok((with_columns(columns), response))
        }
    }

    /// Columns from [`column_tags`], cut to the widest prefix the first row at the front of
    /// the input parses with, and rows in their wire form over them.
    fn columns_and_rows<'a>(
        u: &mut Unstructured<'a>,
    ) -> Result<(LeArray<'a, PropertyTag>, TableRows<'a>)> {
        let tags = column_tags(u)?;
        let want = u.int_in_range(0..=MAX_ITEMS)?;
        let front = u.peek_bytes(u.len()).unwrap_or_default();
        let k = (0..=tags.len() / 4)
            .rev()
            .find(|&k| {
                let cols = LeArray::Wire(tags.get(..4 * k).unwrap_or_default());
                PropertyRow::decode_with(front, cols).is_ok()
            })
            .unwrap_or(0);
        let columns = LeArray::Wire(tags.get(..4 * k).unwrap_or_default());
        let rows = TableRows::arbitrary_over(u, columns, want)?;
        Ok((columns, rows))
    }

    /// Rows in their wire form over columns from [`column_tags`], cut to the widest prefix the
    /// first row at the front of the input parses with.
    impl<'a> Arbitrary<'a> for TableRows<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            columns_and_rows(u).map(|(_, rows)| rows)
        }
    }

    /// The context of a response whose rows follow `columns`.
    fn with_columns(columns: LeArray<'_, PropertyTag>) -> ArbitraryContext<'_> {
        ArbitraryContext {
            request: None,
            columns: Some(columns),
        }
    }

    impl<'a> ArbitraryWithContext<'a> for QueryRowsResponse<'a> {
        fn arbitrary_with_context(
            u: &mut Unstructured<'a>,
        ) -> Result<(ArbitraryContext<'a>, Self)> {
            let input_handle_index = u.arbitrary()?;
            let (columns, result) = if u.arbitrary()? {
                let origin = u.arbitrary()?;
                let (columns, rows) = columns_and_rows(u)?;
                (
                    columns,
                    RopResult::Success(QueryRowsSuccess { origin, rows }),
                )
            } else {
                (
                    column_tags(u).map(LeArray::Wire)?,
                    RopResult::Failure(nonzero_u32(u)?),
                )
            };
            let response = QueryRowsResponse {
                input_handle_index,
                result,
            };
            Ok((with_columns(columns), response))
        }
    }

    impl<'a> ArbitraryWithContext<'a> for ExpandRowResponse<'a> {
        fn arbitrary_with_context(
            u: &mut Unstructured<'a>,
        ) -> Result<(ArbitraryContext<'a>, Self)> {
            let input_handle_index = u.arbitrary()?;
            let (columns, result) = if u.arbitrary()? {
                let expanded_row_count = u.arbitrary()?;
                let (columns, rows) = columns_and_rows(u)?;
                let success = ExpandRowSuccess {
                    expanded_row_count,
                    rows,
                };
                (columns, RopResult::Success(success))
            } else {
                (
                    column_tags(u).map(LeArray::Wire)?,
                    RopResult::Failure(nonzero_u32(u)?),
                )
            };
            let response = ExpandRowResponse {
                input_handle_index,
                result,
            };
            Ok((with_columns(columns), response))
        }
    }
}
