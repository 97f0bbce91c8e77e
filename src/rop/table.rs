//! Table ROPs ([MS-OXCROPS] 2.2.5, [MS-OXCTABL] 2.2.2): every one but RopSortTable,
//! RopRestrict and RopFindRow. The rows of RopQueryRows and RopExpandRow follow the table's
//! columns, set by an earlier RopSetColumns on the same table: those responses decode with
//! [`ResponseCx::columns`].

use crate::codes::ErrorCode;
use crate::data::{PropertyRow, PropertyTag};
use crate::error::EncodeError;
use crate::rop::{DecodeResponse, ResponseCx, RopResult, need};
use crate::wire::{
    Count, Decode, DecodeCtx, Dump, DumpField, Dumper, Encode, LeArray, List, PResult, Writer,
    le_u8, le_u16, le_u32, u16_len,
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

/// Gives one-byte code sets their `Decode`, `Encode`, `DumpField` (the number, then the spec
/// name when known) and proptest strategy (any byte: unknown values are kept).
macro_rules! u8_code_codec {
    ($($t:ident),*) => {$(
        impl<'a> Decode<'a> for $t {
            #[inline]
            fn parse(input: &'a [u8]) -> PResult<'a, Self> {
                le_u8(input).map(|(r, v)| (r, $t(v)))
            }
        }

        impl Encode for $t {
            #[inline]
            fn encoded_len(&self) -> usize {
                1
            }
            #[inline]
            fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                w.put_u8(self.0)
            }
        }

        impl DumpField for $t {
            fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
                match self.name() {
                    Some(label) => d.labelled(name, u64::from(self.0), 1, &label),
                    None => d.int(name, u64::from(self.0), 1),
                }
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> crate::arbitrary::Arb<'a> for $t {
            fn arb() -> impl proptest::strategy::Strategy<Value = Self> {
                use proptest::strategy::Strategy;
                proptest::prelude::any::<u8>().prop_map($t)
            }
        }
    )*};
}

u8_code_codec!(TableStatus, BookmarkOrigin);

bitflags::bitflags! {
    /// The asynchronous flags ([MS-OXCTABL] 2.2.2.1.4): RopSetColumns `SetColumnsFlags`
    /// ([MS-OXCTABL] 2.2.2.2.1), an OR of these bits; unknown bits are kept.
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

flags_codec!(AsynchronousFlags: u8, 1, le_u8; QueryRowsFlags: u8, 1, le_u8);

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
    /// RopQueryRows request ([MS-OXCROPS] 2.2.5.4.1, [MS-OXCTABL] 2.2.2.5.1).
    pub struct QueryRowsRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        query_rows_flags "QueryRowsFlags": QueryRowsFlags,
        forward_read "ForwardRead": u8,
        row_count "RowCount": u16,
    }
}

/// Rows of a table, each a PropertyRow over the table's columns ([MS-OXCDATA] 2.8.1).
pub type TableRows<'a> = List<'a, PropertyRow<'a>, LeArray<'a, PropertyTag>>;

/// RopQueryRows success fields ([MS-OXCROPS] 2.2.5.4.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QueryRowsSuccess<'a> {
    /// `Origin`: where the cursor stands after the read, a predefined bookmark
    /// ([MS-OXCTABL] 2.2.2.1.1, 3.2.5.5).
    pub origin: BookmarkOrigin,
    /// `RowData` (count in `RowCount`, 2 bytes): rows over the table's columns.
    pub rows: TableRows<'a>,
}

/// RopQueryRows response ([MS-OXCROPS] 2.2.5.4.2, 2.2.5.4.3). Its rows are not
/// self-delimiting: decoding needs the columns of the table at InputHandleIndex.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QueryRowsResponse<'a> {
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `ReturnValue` and, on success, the rows.
    pub result: RopResult<QueryRowsSuccess<'a>>,
}

/// Caller rows must share one column set: the table's, the only one they decode back with
/// ([MS-OXCTABL] 2.2.2.2.1).
fn check_one_column_set(rows: &TableRows<'_>) -> Result<(), EncodeError> {
    if let List::Items(rows) = rows
        && let Some((first, rest)) = rows.split_first()
        && rest.iter().any(|r| r.columns != first.columns)
    {
        return Err(EncodeError::InvalidValue {
            field: "RowData (rows with different columns)",
        });
    }
    Ok(())
}

impl<'a> DecodeCtx<'a, LeArray<'a, PropertyTag>> for PropertyRow<'a> {
    #[inline]
    fn parse_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> PResult<'a, Self> {
        PropertyRow::decode_with(input, columns)
    }
}

impl<'a> DecodeResponse<'a> for QueryRowsResponse<'a> {
    fn parse_response(input: &'a [u8], cx: &ResponseCx<'a, '_>) -> PResult<'a, Self> {
        let (i, input_handle_index) = le_u8(input)?;
        let (i, rv) = le_u32(i)?;
        let (i, result) = match rv {
            0 => {
                let (i, origin) = BookmarkOrigin::parse(i)?;
                let (j, count) = le_u16(i)?;
                let (j, columns) = need(j, cx.columns(input_handle_index))?;
                let (j, rows) = List::parse(j, usize::from(count), 1, columns, "RowCount")?;
                (j, RopResult::Success(QueryRowsSuccess { origin, rows }))
            }
            e => (i, RopResult::Failure(e)),
        };
        Ok((
            i,
            QueryRowsResponse {
                input_handle_index,
                result,
            },
        ))
    }
}

impl Encode for QueryRowsSuccess<'_> {
    fn encoded_len(&self) -> usize {
        3 + self.rows.encoded_len()
    }

    /// Refuses caller rows whose column sets differ: they would not decode back against
    /// the table's one column set.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        check_one_column_set(&self.rows)?;
        self.origin.encode(w)?;
        w.put_u16(u16_len(self.rows.len(), "RowCount")?)?;
        self.rows.encode(w)
    }
}

impl Dump for QueryRowsSuccess<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.origin.dump_field("Origin", d);
        d.int("RowCount", self.rows.len() as u64, 2);
        self.rows.dump_field("RowData", d);
    }
}

impl Encode for QueryRowsResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.result.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.input_handle_index)?;
        self.result.encode(w)
    }
}

impl Dump for QueryRowsResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.result.dump_field("ReturnValue", d);
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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExpandRowResponse<'a> {
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `ReturnValue` and, on success, the rows.
    pub result: RopResult<ExpandRowSuccess<'a>>,
}

impl<'a> DecodeResponse<'a> for ExpandRowResponse<'a> {
    fn parse_response(input: &'a [u8], cx: &ResponseCx<'a, '_>) -> PResult<'a, Self> {
        let (i, input_handle_index) = le_u8(input)?;
        let (i, rv) = le_u32(i)?;
        let (i, result) = match rv {
            0 => {
                let (i, expanded_row_count) = le_u32(i)?;
                let (j, count) = le_u16(i)?;
                let (j, columns) = need(j, cx.columns(input_handle_index))?;
                let (j, rows) = List::parse(j, usize::from(count), 1, columns, "RowCount")?;
                (
                    j,
                    RopResult::Success(ExpandRowSuccess {
                        expanded_row_count,
                        rows,
                    }),
                )
            }
            e => (i, RopResult::Failure(e)),
        };
        Ok((
            i,
            ExpandRowResponse {
                input_handle_index,
                result,
            },
        ))
    }
}

impl Encode for ExpandRowSuccess<'_> {
    fn encoded_len(&self) -> usize {
        6 + self.rows.encoded_len()
    }

    /// Refuses caller rows whose column sets differ, as RopQueryRows does.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        check_one_column_set(&self.rows)?;
        w.put_u32(self.expanded_row_count)?;
        w.put_u16(u16_len(self.rows.len(), "RowCount")?)?;
        self.rows.encode(w)
    }
}

impl Dump for ExpandRowSuccess<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.expanded_row_count.dump_field("ExpandedRowCount", d);
        d.int("RowCount", self.rows.len() as u64, 2);
        self.rows.dump_field("RowData", d);
    }
}

impl Encode for ExpandRowResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.result.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.input_handle_index)?;
        self.result.encode(w)
    }
}

impl Dump for ExpandRowResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.result.dump_field("ReturnValue", d);
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
    //! Strategies for the table ROPs: a RopQueryRows or RopExpandRow response comes with the
    //! columns its rows follow.
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
            (template.columns, List::Items(leak(rows)))
        })
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
    //! `arbitrary` impl for RopQueryRows: the response comes with its table's columns
    //! ([`crate::structured`]).
    use super::*;
    use crate::rop::context::{ArbitraryContext, ArbitraryWithContext};
    use crate::structured::{MAX_ITEMS, column_tags, nonzero_u32, wire_list};
    use arbitrary::{Result, Unstructured};

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
        let rows = wire_list(u, columns, want)?;
        Ok((columns, rows))
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
