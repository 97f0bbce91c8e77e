//! Table ROPs ([MS-OXCROPS] 2.2.5, [MS-OXCTABL] 2.2.2): RopSetColumns and RopQueryRows so
//! far. The rows of RopQueryRows follow the table's columns, set by an earlier
//! RopSetColumns on the same table: the response decodes with [`ResponseCx::columns`].

use crate::data::{PropertyRow, PropertyTag};
use crate::error::EncodeError;
use crate::rop::{DecodeResponse, ResponseCx, RopResult, need};
use crate::wire::{
    Count, DecodeCtx, Dump, DumpField, Dumper, Encode, LeArray, List, PResult, Writer, le_u8,
    le_u16, le_u32, u16_len,
};

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
        table_status "TableStatus": u8,
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
    /// `Origin`: where the cursor stands (BOOKMARK_BEGINNING 0, CURRENT 1, END 2).
    pub origin: u8,
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
                let (i, origin) = le_u8(i)?;
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
        if let List::Items(rows) = self.rows
            && let Some((first, rest)) = rows.split_first()
            && rest.iter().any(|r| r.columns != first.columns)
        {
            return Err(EncodeError::InvalidValue {
                field: "RowData (rows with different columns)",
            });
        }
        w.put_u8(self.origin)?;
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

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for the table ROPs: a RopQueryRows response comes with the columns its
    //! rows follow.
    use super::*;
    use crate::arbitrary::leak;
    use crate::data::row::arb::row;
    use proptest::collection::vec;
    use proptest::prelude::*;

    impl crate::rop::context::ArbWithContext for QueryRowsResponse<'static> {
        fn arb_with_context() -> impl Strategy<Value = (crate::rop::context::ArbContext, Self)> {
            query_rows().prop_map(|(columns, r)| {
                let cx = crate::rop::context::ArbContext {
                    request: None,
                    columns: Some(columns),
                };
                (cx, r)
            })
        }
    }

    /// A RopQueryRows response and the column set of its table.
    pub fn query_rows()
    -> impl Strategy<Value = (LeArray<'static, PropertyTag>, QueryRowsResponse<'static>)> {
        (
            row(),
            any::<u8>(),
            any::<u8>(),
            0u32..3,
            vec(any::<bool>(), 0..4),
        )
            .prop_map(|(template, idx, origin, rv, kinds)| {
                let columns = template.columns;
                let rows: std::vec::Vec<PropertyRow<'static>> =
                    kinds.iter().map(|_| template).collect();
                let result = match rv {
                    0 => RopResult::Success(QueryRowsSuccess {
                        origin,
                        rows: List::Items(leak(rows)),
                    }),
                    e => RopResult::Failure(e),
                };
                (
                    columns,
                    QueryRowsResponse {
                        input_handle_index: idx,
                        result,
                    },
                )
            })
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
    /// the input parses with; the rows in their wire form over them.
    impl<'a> ArbitraryWithContext<'a> for QueryRowsResponse<'a> {
        fn arbitrary_with_context(
            u: &mut Unstructured<'a>,
        ) -> Result<(ArbitraryContext<'a>, Self)> {
            let input_handle_index = u.arbitrary()?;
            let tags = column_tags(u)?;
            let (columns, result) = if u.arbitrary()? {
                let origin = u.arbitrary()?;
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
                (
                    columns,
                    RopResult::Success(QueryRowsSuccess { origin, rows }),
                )
            } else {
                (LeArray::Wire(tags), RopResult::Failure(nonzero_u32(u)?))
            };
            let cx = ArbitraryContext {
                request: None,
                columns: Some(columns),
            };
            let response = QueryRowsResponse {
                input_handle_index,
                result,
            };
            Ok((cx, response))
        }
    }
}
