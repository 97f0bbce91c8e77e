//! Message ROPs ([MS-OXCROPS] 2.2.6): RopCreateMessage, RopSaveChangesMessage,
//! RopRemoveAllRecipients, RopModifyRecipients so far.

use crate::codes::ErrorCode;
use crate::data::{MessageId, PropertyTag, RecipientRow};
use crate::error::EncodeError;
use crate::rop::{Present, RopResult};
use crate::wire::{
    Decode, DecodeCtx, Dump, DumpField, Dumper, Encode, LeArray, List, PResult, Writer,
    check_count, le_u8, le_u16, le_u32, sized, take, u16_len,
};

wire_struct! {
    /// RopCreateMessage request ([MS-OXCROPS] 2.2.6.2.1).
    pub struct CreateMessageRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        output_handle_index "OutputHandleIndex": u8,
        code_page_id "CodePageId": u16,
        folder_id "FolderId": crate::data::FolderId,
        associated_flag "AssociatedFlag": u8,
    }
}

wire_struct! {
    /// RopCreateMessage success fields ([MS-OXCROPS] 2.2.6.2.2).
    pub struct CreateMessageSuccess {
        message_id "HasMessageId MessageId": Present<MessageId>,
    }
}

wire_struct! {
    /// RopCreateMessage response ([MS-OXCROPS] 2.2.6.2.2, 2.2.6.2.3).
    pub struct CreateMessageResponse {
        output_handle_index "OutputHandleIndex": u8,
        result "ReturnValue": RopResult<CreateMessageSuccess>,
    }
}

bitflags::bitflags! {
    /// RopSaveChangesMessage `SaveFlags` ([MS-OXCMSG] 2.2.3.3.1): none or one of the flags
    /// below; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct SaveFlags: u8 {
        /// `KeepOpenReadOnly` (0x01): commit, then keep the message open read-only
        /// ([MS-OXCMSG] 2.2.3.3.1).
        const KEEP_OPEN_READ_ONLY = 0x01;
        /// `KeepOpenReadWrite` (0x02): commit, then keep the message open read/write
        /// ([MS-OXCMSG] 2.2.3.3.1).
        const KEEP_OPEN_READ_WRITE = 0x02;
        /// `ForceSave` (0x04): commit over any concurrent changes, keep the message open
        /// read/write ([MS-OXCMSG] 2.2.3.3.1).
        const FORCE_SAVE = 0x04;
        const _ = !0;
    }
}

flags_codec!(SaveFlags: u8, 1, le_u8);

wire_struct! {
    /// RopSaveChangesMessage request ([MS-OXCROPS] 2.2.6.3.1).
    pub struct SaveChangesMessageRequest {
        logon_id "LogonId": u8,
        response_handle_index "ResponseHandleIndex": u8,
        input_handle_index "InputHandleIndex": u8,
        save_flags "SaveFlags": SaveFlags,
    }
}

wire_struct! {
    /// RopSaveChangesMessage success fields ([MS-OXCROPS] 2.2.6.3.2).
    pub struct SaveChangesMessageSuccess {
        input_handle_index "InputHandleIndex": u8,
        message_id "MessageId": MessageId,
    }
}

wire_struct! {
    /// RopSaveChangesMessage response ([MS-OXCROPS] 2.2.6.3.2, 2.2.6.3.3).
    pub struct SaveChangesMessageResponse {
        response_handle_index "ResponseHandleIndex": u8,
        result "ReturnValue": RopResult<SaveChangesMessageSuccess>,
    }
}

wire_struct! {
    /// RopRemoveAllRecipients request ([MS-OXCROPS] 2.2.6.4.1).
    pub struct RemoveAllRecipientsRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        reserved "Reserved": u32,
    }
}

wire_struct! {
    /// RopRemoveAllRecipients response ([MS-OXCROPS] 2.2.6.4.2); same layout on failure.
    pub struct RemoveAllRecipientsResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

/// ModifyRecipientRow ([MS-OXCROPS] 2.2.6.5.1.1): RowId:4, RecipientType:1,
/// RecipientRowSize:2, RecipientRow (absent when RecipientRowSize is 0: delete the row).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModifyRecipientRow<'a> {
    /// `RowId`.
    pub row_id: u32,
    /// `RecipientType` (0x01 To, 0x02 Cc, 0x03 Bcc, plus flag bits).
    pub recipient_type: u8,
    /// `RecipientRow`, its size in `RecipientRowSize`; `None` deletes the recipient.
    pub recipient_row: Option<RecipientRow<'a>>,
    /// Bytes inside `RecipientRowSize` after the RecipientRow, as received ([MS-OXCROPS]
    /// 2.2.6.5.1.1; peers skip to the offset plus the size): kept to re-encode the row as it
    /// came. Empty in what a sender builds ([`ModifyRecipientRow::new`]); only with a row.
    pub slack: &'a [u8],
}

impl<'a> ModifyRecipientRow<'a> {
    /// A row as a sender writes it, without slack ([MS-OXCROPS] 2.2.6.5.1.1).
    pub const fn new(
        row_id: u32,
        recipient_type: u8,
        recipient_row: Option<RecipientRow<'a>>,
    ) -> Self {
        ModifyRecipientRow {
            row_id,
            recipient_type,
            recipient_row,
            slack: &[],
        }
    }
}

/// Decoded with the request's RecipientColumns.
impl<'a> DecodeCtx<'a, LeArray<'a, PropertyTag>> for ModifyRecipientRow<'a> {
    #[inline]
    fn parse_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> PResult<'a, Self> {
        let (i, row_id) = le_u32(input)?;
        let (i, recipient_type) = le_u8(i)?;
        let (i, size) = le_u16(i)?;
        let (i, (recipient_row, slack)) = match size {
            0 => (i, (None, &[][..])),
            // The row, then slack up to RecipientRowSize (peers skip to offset + size).
            n => sized(i, usize::from(n), |span| {
                let (slack, row) = RecipientRow::parse_ctx(span, columns)?;
                let end = span.get(span.len()..).unwrap_or_default();
                Ok((end, (Some(row), slack)))
            })?,
        };
        Ok((
            i,
            ModifyRecipientRow {
                row_id,
                recipient_type,
                recipient_row,
                slack,
            },
        ))
    }

    fn skip_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> Option<&'a [u8]> {
        let (size, i) = input.get(5..)?.split_first_chunk::<2>()?;
        let (row, rest) = i.split_at_checked(usize::from(u16::from_le_bytes(*size)))?;
        // The row must fit in RecipientRowSize (or be absent when it is 0); slack after it
        // is kept.
        match row {
            [] => Some(rest),
            row => RecipientRow::skip_ctx(row, columns).map(|_| rest),
        }
    }
}

impl Encode for ModifyRecipientRow<'_> {
    fn encoded_len(&self) -> usize {
        7 + self.row_size()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u32(self.row_id)?;
        w.put_u8(self.recipient_type)?;
        match &self.recipient_row {
            None if self.slack.is_empty() => w.put_u16(0),
            None => Err(EncodeError::InvalidValue {
                field: "RecipientRowSize (slack without a RecipientRow)",
            }),
            Some(r) => {
                let size_at = w.reserve(2)?;
                r.encode(w)?;
                w.put_bytes(self.slack)?;
                let size = w.position() - size_at - 2;
                w.patch_u16(size_at, u16_len(size, "RecipientRowSize")?)
            }
        }
    }
}

impl ModifyRecipientRow<'_> {
    /// `RecipientRowSize`: the row and its slack.
    fn row_size(&self) -> usize {
        self.recipient_row
            .as_ref()
            .map_or(0, Encode::encoded_len)
            .saturating_add(self.slack.len())
    }
}

impl Dump for ModifyRecipientRow<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.row_id.dump_field("RowId", d);
        self.recipient_type.dump_field("RecipientType", d);
        (self.row_size() as u16).dump_field("RecipientRowSize", d);
        if let Some(r) = &self.recipient_row {
            d.begin("RecipientRow");
            r.dump(d);
            d.end();
        }
        if !self.slack.is_empty() {
            d.bytes("RecipientRowSlack", self.slack);
        }
    }
}

/// The RecipientColumns and RecipientRows of RopModifyRecipients ([MS-OXCROPS] 2.2.6.5.1):
/// validated wire bytes, or a caller's slices. Each row's properties follow the first
/// RecipientColumnCount of the columns.
#[derive(Clone, Copy)]
pub enum RecipientTable<'a> {
    /// Decoded: the column bytes and the validated row bytes.
    Wire {
        /// `RecipientColumns` (4 bytes per tag).
        columns: &'a [u8],
        /// `RecipientRows`, validated against the columns.
        rows: &'a [u8],
        /// `RowCount`.
        row_count: u16,
    },
    /// Caller-built.
    Items {
        /// `RecipientColumns`.
        columns: &'a [PropertyTag],
        /// `RecipientRows`.
        rows: &'a [ModifyRecipientRow<'a>],
    },
}

/// RopModifyRecipients request ([MS-OXCROPS] 2.2.6.5.1). The rows depend on the columns of
/// the same request, so both live in one [`RecipientTable`]; read them with
/// [`ModifyRecipientsRequest::recipient_columns`] and
/// [`ModifyRecipientsRequest::recipient_rows`].
#[derive(Clone, Copy)]
pub struct ModifyRecipientsRequest<'a> {
    /// `LogonId`.
    pub logon_id: u8,
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `ColumnCount`, `RecipientColumns`, `RowCount`, `RecipientRows`.
    pub recipients: RecipientTable<'a>,
}

impl<'a> ModifyRecipientsRequest<'a> {
    /// A request built from the caller's columns and rows.
    pub const fn new(
        logon_id: u8,
        input_handle_index: u8,
        columns: &'a [PropertyTag],
        rows: &'a [ModifyRecipientRow<'a>],
    ) -> Self {
        ModifyRecipientsRequest {
            logon_id,
            input_handle_index,
            recipients: RecipientTable::Items { columns, rows },
        }
    }

    /// `RecipientColumns`.
    pub fn recipient_columns(&self) -> LeArray<'a, PropertyTag> {
        match self.recipients {
            RecipientTable::Wire { columns, .. } => LeArray::Wire(columns),
            RecipientTable::Items { columns, .. } => LeArray::Slice(columns),
        }
    }

    /// `RecipientRows`, each decoded with the columns when iterated.
    pub fn recipient_rows(&self) -> List<'a, ModifyRecipientRow<'a>, LeArray<'a, PropertyTag>> {
        match self.recipients {
            RecipientTable::Wire {
                columns,
                rows,
                row_count,
            } => List::Wire {
                bytes: rows,
                count: usize::from(row_count),
                ctx: LeArray::Wire(columns),
            },
            RecipientTable::Items { rows, .. } => List::Items(rows),
        }
    }

    /// Refuses caller rows whose properties do not follow a prefix of the columns: they
    /// would not decode back to themselves.
    fn check_rows(&self) -> Result<(), EncodeError> {
        let RecipientTable::Items { columns, rows } = self.recipients else {
            return Ok(());
        };
        for row in rows {
            if let Some(r) = &row.recipient_row {
                let cols = r.properties.columns();
                let n = cols.len();
                if n > columns.len() || !cols.iter().eq(columns.iter().take(n).copied()) {
                    return Err(EncodeError::InvalidValue {
                        field: "RecipientRow (properties differ from RecipientColumns)",
                    });
                }
            }
        }
        Ok(())
    }
}

impl<'a> Decode<'a> for ModifyRecipientsRequest<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, input_handle_index) = le_u8(i)?;
        let (i, column_count) = le_u16(i)?;
        let n = usize::from(column_count);
        check_count(i, n, 4, "ColumnCount")?;
        let (i, columns) = take(i, n.saturating_mul(4))?;
        let (i, row_count) = le_u16(i)?;
        let ctx = LeArray::Wire(columns);
        let (rest, _) =
            List::<ModifyRecipientRow, _>::parse(i, usize::from(row_count), 7, ctx, "RowCount")?;
        let rows = i.get(..i.len() - rest.len()).unwrap_or_default();
        Ok((
            rest,
            ModifyRecipientsRequest {
                logon_id,
                input_handle_index,
                recipients: RecipientTable::Wire {
                    columns,
                    rows,
                    row_count,
                },
            },
        ))
    }
}

impl Encode for ModifyRecipientsRequest<'_> {
    fn encoded_len(&self) -> usize {
        6 + self.recipient_columns().encoded_len() + self.recipient_rows().encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.check_rows()?;
        let columns = self.recipient_columns();
        w.put_u8(self.logon_id)?;
        w.put_u8(self.input_handle_index)?;
        w.put_u16(u16_len(columns.len(), "ColumnCount")?)?;
        columns.encode(w)?;
        match self.recipients {
            // Decoded: the validated row bytes go back as they came.
            RecipientTable::Wire {
                rows, row_count, ..
            } => {
                w.put_u16(row_count)?;
                w.put_bytes(rows)
            }
            RecipientTable::Items { rows, .. } => {
                w.put_u16(u16_len(rows.len(), "RowCount")?)?;
                rows.iter().try_for_each(|r| r.encode(w))
            }
        }
    }
}

impl PartialEq for ModifyRecipientsRequest<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.logon_id == other.logon_id
            && self.input_handle_index == other.input_handle_index
            && self.recipient_columns() == other.recipient_columns()
            && self.recipient_rows() == other.recipient_rows()
    }
}

impl core::fmt::Debug for ModifyRecipientsRequest<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ModifyRecipientsRequest")
            .field("logon_id", &self.logon_id)
            .field("input_handle_index", &self.input_handle_index)
            .field("recipient_columns", &self.recipient_columns())
            .field("recipient_rows", &self.recipient_rows())
            .finish()
    }
}

impl Dump for ModifyRecipientsRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        let columns = self.recipient_columns();
        let rows = self.recipient_rows();
        self.logon_id.dump_field("LogonId", d);
        self.input_handle_index.dump_field("InputHandleIndex", d);
        (columns.len() as u16).dump_field("ColumnCount", d);
        columns.dump_field("RecipientColumns", d);
        (rows.len() as u16).dump_field("RowCount", d);
        rows.dump_field("RecipientRows", d);
    }
}

wire_struct! {
    /// RopModifyRecipients response ([MS-OXCROPS] 2.2.6.5.2); same layout on failure.
    pub struct ModifyRecipientsResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for ModifyRecipients: rows share the request's recipient columns.
    use super::*;
    use crate::arbitrary::leak;
    use crate::data::recipient::arb::recipient_row;
    use crate::data::row::{PropertyRow, RowCells, RowKind, RowValue, arb::cell};
    use proptest::collection::vec;
    use proptest::prelude::*;

    impl<'a> crate::arbitrary::Arb<'a> for ModifyRecipientsRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            modify_recipients().prop_map(|r| -> ModifyRecipientsRequest<'a> { r })
        }
    }

    /// A ModifyRecipients request whose rows use prefixes of its columns.
    pub fn modify_recipients() -> impl Strategy<Value = ModifyRecipientsRequest<'static>> {
        (any::<u8>(), any::<u8>(), vec(cell(), 0..4)).prop_flat_map(
            |(logon_id, input_handle_index, cells)| {
                let cols: std::vec::Vec<PropertyTag> = cells.iter().map(|c| c.0).collect();
                let vals: std::vec::Vec<RowValue<'static>> =
                    cells.into_iter().map(|c| c.1).collect();
                let cols: &'static [PropertyTag] = leak(cols);
                let vals: &'static [RowValue<'static>] = leak(vals);
                let n = cols.len();
                let props = (0..=n, any::<bool>()).prop_map(move |(k, flagged)| {
                    let kind = if flagged {
                        RowKind::Flagged
                    } else {
                        RowKind::Standard
                    };
                    let cells: std::vec::Vec<RowValue<'static>> = vals[..k]
                        .iter()
                        .map(|c| match (kind, c) {
                            (
                                RowKind::Standard,
                                RowValue::NotFound { .. } | RowValue::Error { .. },
                            ) => *c,
                            _ => *c,
                        })
                        .collect();
                    PropertyRow::new(
                        LeArray::Slice(&cols[..k]),
                        kind,
                        RowCells::Items(leak(cells)),
                    )
                });
                let props = props.prop_filter("standard rows hold values", |r| {
                    r.kind() == RowKind::Flagged
                        || r.iter().all(|(_, c)| matches!(c, RowValue::Value(_)))
                });
                let row = (
                    any::<u32>(),
                    any::<u8>(),
                    proptest::option::of(recipient_row(props)),
                )
                    .prop_map(|(row_id, recipient_type, recipient_row)| {
                        ModifyRecipientRow::new(row_id, recipient_type, recipient_row)
                    });
                vec(row, 0..3).prop_map(move |rows| {
                    ModifyRecipientsRequest::new(logon_id, input_handle_index, cols, leak(rows))
                })
            },
        )
    }
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impl for RopModifyRecipients ([`crate::structured`]).
    use super::*;
    use crate::data::structured::column_tags;
    use crate::wire::structured::{MAX_ITEMS, wire_run};
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// Recipient columns from [`column_tags`]; the rows in their wire form, parsed with
    /// those columns from the front of the input.
    impl<'a> Arbitrary<'a> for ModifyRecipientsRequest<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let logon_id = u.arbitrary()?;
            let input_handle_index = u.arbitrary()?;
            let columns = column_tags(u)?;
            let want = u.int_in_range(0..=MAX_ITEMS)?;
            let ctx = LeArray::Wire(columns);
            let (rows, n) = wire_run(u, want, |b| ModifyRecipientRow::parse_ctx(b, ctx))?;
            Ok(ModifyRecipientsRequest {
                logon_id,
                input_handle_index,
                recipients: RecipientTable::Wire {
                    columns,
                    rows,
                    row_count: u16::try_from(n).unwrap_or(0),
                },
            })
        }
    }
}
