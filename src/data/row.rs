//! Property rows and problems: StandardPropertyRow, FlaggedPropertyRow,
//! FlaggedPropertyValue(WithType) ([MS-OXCDATA] 2.8.1, 2.11.5, 2.11.6) and PropertyProblem (2.7).

use core::fmt;

use crate::data::proptag::{PropertyTag, PropertyType};
use crate::data::propvalue::PropertyValue;
use crate::error::{EncodeError, ErrorKind};
use crate::wire::{
    Decode, DecodeCtx, Dump, DumpField, Dumper, Encode, LeArray, PResult, Writer, fail, le_u8,
    le_u32,
};

wire_struct! {
    /// PropertyProblem ([MS-OXCDATA] 2.7): a property that could not be set or deleted.
    pub struct PropertyProblem {
        index "Index": u16,
        property_tag "PropertyTag": PropertyTag,
        error_code "ErrorCode": u32,
    }
}
list_item!(PropertyProblem = 10);

/// FlaggedPropertyValue Flag 0x00: the value follows ([MS-OXCDATA] 2.11.5).
pub const FLAG_VALUE: u8 = 0x00;
/// FlaggedPropertyValue Flag 0x01: no value ([MS-OXCDATA] 2.11.5).
pub const FLAG_NOT_FOUND: u8 = 0x01;
/// FlaggedPropertyValue Flag 0x0A: a PtypErrorCode follows ([MS-OXCDATA] 2.11.5).
pub const FLAG_ERROR: u8 = 0x0A;

/// One column's cell in a property row ([MS-OXCDATA] 2.8.1).
///
/// In a StandardPropertyRow every cell is [`RowValue::Value`]. In a FlaggedPropertyRow a
/// cell is a FlaggedPropertyValue: Flag 0x00 ([`RowValue::Value`]), 0x01
/// ([`RowValue::NotFound`]) or 0x0A ([`RowValue::Error`]). For PtypUnspecified columns
/// the cell also carries its PropertyType on the wire (TypedPropertyValue,
/// FlaggedPropertyValueWithType); `prop_type` keeps it for cells without a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RowValue<'a> {
    /// A value (its type is the column's, or carried on the wire for PtypUnspecified columns).
    Value(PropertyValue<'a>),
    /// Flag 0x01: the property has no value.
    NotFound {
        /// PropertyType on the wire for PtypUnspecified columns; the column type otherwise.
        prop_type: PropertyType,
    },
    /// Flag 0x0A: an error code instead of the value.
    Error {
        /// PropertyType on the wire for PtypUnspecified columns; the column type otherwise.
        prop_type: PropertyType,
        /// The PtypErrorCode.
        code: u32,
    },
}

/// Row encoding: StandardPropertyRow (Flag 0x00) or FlaggedPropertyRow (0x01).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// StandardPropertyRow, Flag 0x00.
    Standard,
    /// FlaggedPropertyRow, Flag 0x01.
    Flagged,
}

/// The cells of a row: validated wire bytes, or a caller's slice.
#[derive(Debug, Clone, Copy)]
pub enum RowCells<'a> {
    /// The validated wire bytes of every cell.
    Wire(&'a [u8]),
    /// Cells supplied by the caller, one per column.
    Items(&'a [RowValue<'a>]),
}

/// A PropertyRow ([MS-OXCDATA] 2.8.1) together with the column set that gives its layout
/// (from RopSetColumns, the request's PropertyTags, or RecipientColumns).
///
/// Built with [`PropertyRow::new`] and read through [`columns`](PropertyRow::columns),
/// [`kind`](PropertyRow::kind) and [`cells`](PropertyRow::cells): the form of the columns
/// (wire or caller's), the form of the cells and the kind share one discriminant, so a row
/// is five words and the responses that carry one stay small (DESIGN §8).
#[derive(Clone, Copy)]
pub struct PropertyRow<'a>(RowRepr<'a>);

/// The parts of a [`PropertyRow`], one variant per form of the columns and the cells.
#[derive(Clone, Copy)]
enum RowRepr<'a> {
    /// Wire cells over wire columns (a row decoded against a decoded column set).
    WireOverWire {
        columns: &'a [u8],
        kind: RowKind,
        cells: &'a [u8],
    },
    /// Wire cells over a caller's columns.
    WireOverSlice {
        columns: &'a [PropertyTag],
        kind: RowKind,
        cells: &'a [u8],
    },
    /// A caller's cells over wire columns.
    ItemsOverWire {
        columns: &'a [u8],
        kind: RowKind,
        cells: &'a [RowValue<'a>],
    },
    /// A caller's cells over a caller's columns.
    ItemsOverSlice {
        columns: &'a [PropertyTag],
        kind: RowKind,
        cells: &'a [RowValue<'a>],
    },
}

impl<'a> PropertyRow<'a> {
    /// A row of `kind` with `cells` over `columns` ([MS-OXCDATA] 2.8.1). A caller's cells
    /// ([`RowCells::Items`]) are checked against the columns when encoded; wire cells are
    /// taken as they are (decoding validates them).
    #[inline]
    pub const fn new(
        columns: LeArray<'a, PropertyTag>,
        kind: RowKind,
        cells: RowCells<'a>,
    ) -> Self {
        PropertyRow(match (columns, cells) {
            (LeArray::Wire(columns), RowCells::Wire(cells)) => RowRepr::WireOverWire {
                columns,
                kind,
                cells,
            },
            (LeArray::Slice(columns), RowCells::Wire(cells)) => RowRepr::WireOverSlice {
                columns,
                kind,
                cells,
            },
            (LeArray::Wire(columns), RowCells::Items(cells)) => RowRepr::ItemsOverWire {
                columns,
                kind,
                cells,
            },
            (LeArray::Slice(columns), RowCells::Items(cells)) => RowRepr::ItemsOverSlice {
                columns,
                kind,
                cells,
            },
        })
    }

    /// The columns, in row order ([MS-OXCDATA] 2.8.1).
    #[inline]
    pub const fn columns(&self) -> LeArray<'a, PropertyTag> {
        match self.0 {
            RowRepr::WireOverWire { columns, .. } | RowRepr::ItemsOverWire { columns, .. } => {
                LeArray::Wire(columns)
            }
            RowRepr::WireOverSlice { columns, .. } | RowRepr::ItemsOverSlice { columns, .. } => {
                LeArray::Slice(columns)
            }
        }
    }

    /// Standard or flagged: the row's Flag ([MS-OXCDATA] 2.8.1).
    #[inline]
    pub const fn kind(&self) -> RowKind {
        match self.0 {
            RowRepr::WireOverWire { kind, .. }
            | RowRepr::WireOverSlice { kind, .. }
            | RowRepr::ItemsOverWire { kind, .. }
            | RowRepr::ItemsOverSlice { kind, .. } => kind,
        }
    }

    /// The cells ([MS-OXCDATA] 2.8.1): validated wire bytes, or a caller's values.
    #[inline]
    pub const fn cells(&self) -> RowCells<'a> {
        match self.0 {
            RowRepr::WireOverWire { cells, .. } | RowRepr::WireOverSlice { cells, .. } => {
                RowCells::Wire(cells)
            }
            RowRepr::ItemsOverWire { cells, .. } | RowRepr::ItemsOverSlice { cells, .. } => {
                RowCells::Items(cells)
            }
        }
    }
}

/// Decodes one cell (the precise path, when validation failed).
fn decode_cell<'a>(input: &'a [u8], col: PropertyTag, kind: RowKind) -> PResult<'a, RowValue<'a>> {
    read_cell(input, col, kind)
}

/// Decodes one cell: the same as [`decode_cell`], inlined where a row is iterated (the
/// values are built where the caller reads them).
#[inline(always)]
fn read_cell<'a>(input: &'a [u8], col: PropertyTag, kind: RowKind) -> PResult<'a, RowValue<'a>> {
    let col_ty = col.prop_type().value_type();
    let unspecified = col_ty == PropertyType::PtypUnspecified;
    let type_at = input;
    let (input, ty) = if unspecified {
        PropertyType::parse(input)?
    } else {
        (input, col_ty)
    };
    let flag_at = input;
    let (input, flag) = match kind {
        RowKind::Standard => (input, FLAG_VALUE),
        RowKind::Flagged => le_u8(input)?,
    };
    match flag {
        FLAG_VALUE => {
            if ty == PropertyType::PtypUnspecified {
                return fail(
                    type_at,
                    ErrorKind::InvalidValue {
                        field: "PropertyType (PtypUnspecified value)",
                    },
                );
            }
            let (input, v) = PropertyValue::read_as(input, ty)?;
            Ok((input, RowValue::Value(v)))
        }
        FLAG_NOT_FOUND => Ok((input, RowValue::NotFound { prop_type: ty })),
        FLAG_ERROR => {
            let (input, code) = le_u32(input)?;
            Ok((
                input,
                RowValue::Error {
                    prop_type: ty,
                    code,
                },
            ))
        }
        _ => fail(
            flag_at,
            ErrorKind::InvalidValue {
                field: "Flag (FlaggedPropertyValue)",
            },
        ),
    }
}

/// The bytes after one cell, checked without building it; `None` where `decode_cell` would
/// fail (which then gives the precise error).
#[inline(always)]
fn skip_cell(input: &[u8], col: PropertyTag, kind: RowKind) -> Option<&[u8]> {
    let col_ty = col.prop_type().value_type();
    let (input, ty) = if col_ty == PropertyType::PtypUnspecified {
        let (t, rest) = input.split_first_chunk::<2>()?;
        (rest, PropertyType(u16::from_le_bytes(*t)))
    } else {
        (input, col_ty)
    };
    let (input, flag) = match kind {
        RowKind::Standard => (input, FLAG_VALUE),
        RowKind::Flagged => {
            let (f, rest) = input.split_first()?;
            (rest, *f)
        }
    };
    match flag {
        FLAG_VALUE if ty == PropertyType::PtypUnspecified => None,
        FLAG_VALUE => match crate::data::propvalue::fixed_size(ty) {
            Some(n) => input.get(n..),
            None => PropertyValue::skip_as(input, ty),
        },
        FLAG_NOT_FOUND => Some(input),
        FLAG_ERROR => input.get(4..),
        _ => None,
    }
}

/// The bytes after the cells of a row over `columns`, checked without building them.
#[inline(always)]
fn skip_cells<'a>(
    body: &'a [u8],
    columns: LeArray<'_, PropertyTag>,
    kind: RowKind,
) -> Option<&'a [u8]> {
    let mut rest = body;
    match columns {
        LeArray::Wire(tags) => {
            for tag in tags.as_chunks::<4>().0 {
                rest = skip_cell(rest, PropertyTag(u32::from_le_bytes(*tag)), kind)?;
            }
        }
        LeArray::Slice(tags) => {
            for &tag in tags {
                rest = skip_cell(rest, tag, kind)?;
            }
        }
    }
    Some(rest)
}

/// The bytes after a row (its Flag, then its cells) over `columns`, checked without
/// building it.
#[inline(always)]
fn skip_row<'a>(input: &'a [u8], columns: LeArray<'_, PropertyTag>) -> Option<&'a [u8]> {
    let kind = match input.split_first()? {
        (0x00, _) => RowKind::Standard,
        (0x01, _) => RowKind::Flagged,
        _ => return None,
    };
    skip_cells(input.get(1..)?, columns, kind)
}

/// Walks the cells of a row over `columns` with `step`, returning the bytes after them.
#[inline(always)]
fn walk_cells<'a, E>(
    body: &'a [u8],
    columns: LeArray<'_, PropertyTag>,
    mut step: impl FnMut(&'a [u8], PropertyTag) -> Result<&'a [u8], E>,
) -> Result<&'a [u8], E> {
    let mut rest = body;
    match columns {
        LeArray::Wire(tags) => {
            for tag in tags.as_chunks::<4>().0 {
                rest = step(rest, PropertyTag(u32::from_le_bytes(*tag)))?;
            }
        }
        LeArray::Slice(tags) => {
            for &tag in tags {
                rest = step(rest, tag)?;
            }
        }
    }
    Ok(rest)
}

fn cell_len(cell: &RowValue<'_>, col: PropertyTag, kind: RowKind) -> usize {
    let unspecified = col.prop_type().value_type() == PropertyType::PtypUnspecified;
    let prefix = usize::from(unspecified) * 2 + usize::from(kind == RowKind::Flagged);
    prefix
        + match cell {
            RowValue::Value(v) => v.encoded_len(),
            RowValue::NotFound { .. } => 0,
            RowValue::Error { .. } => 4,
        }
}

fn encode_cell(
    cell: &RowValue<'_>,
    col: PropertyTag,
    kind: RowKind,
    w: &mut Writer<'_>,
) -> Result<(), EncodeError> {
    let col_ty = col.prop_type().value_type();
    let unspecified = col_ty == PropertyType::PtypUnspecified;
    let (ty, flag) = match cell {
        RowValue::Value(v) => (v.prop_type(), FLAG_VALUE),
        RowValue::NotFound { prop_type } => (*prop_type, FLAG_NOT_FOUND),
        RowValue::Error { prop_type, .. } => (*prop_type, FLAG_ERROR),
    };
    if unspecified {
        ty.encode(w)?;
    } else if ty != col_ty {
        // Only PtypUnspecified columns carry a type on the wire: any other cell, with a
        // value or not, has its column's type, or it would not decode back to itself.
        return Err(EncodeError::InvalidValue {
            field: "PropertyValue (type differs from its column)",
        });
    }
    match kind {
        RowKind::Flagged => w.put_u8(flag)?,
        RowKind::Standard if flag != FLAG_VALUE => {
            return Err(EncodeError::InvalidValue {
                field: "StandardPropertyRow cell without a value",
            });
        }
        RowKind::Standard => {}
    }
    match cell {
        RowValue::Value(v) => v.encode(w),
        RowValue::NotFound { .. } => Ok(()),
        RowValue::Error { code, .. } => w.put_u32(*code),
    }
}

impl<'a> PropertyRow<'a> {
    /// Decodes a PropertyRow laid out by `columns` ([MS-OXCDATA] 2.8.1).
    #[inline]
    pub fn decode_with(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> PResult<'a, Self> {
        let (body, flag) = le_u8(input)?;
        let kind = match flag {
            0x00 => RowKind::Standard,
            0x01 => RowKind::Flagged,
            _ => {
                return fail(
                    input,
                    ErrorKind::InvalidValue {
                        field: "Flag (PropertyRow)",
                    },
                );
            }
        };
        PropertyRow::decode_cells(body, columns, kind)
    }

    /// Decodes the cells of a row whose Flag is already known: the bytes after the Flag
    /// ([MS-OXCDATA] 2.8.1).
    #[inline]
    pub fn decode_cells(
        body: &'a [u8],
        columns: LeArray<'a, PropertyTag>,
        kind: RowKind,
    ) -> PResult<'a, Self> {
        let rest = match skip_cells(body, columns, kind) {
            Some(rest) => rest,
            // Look closer: the precise decode of every cell gives the error.
            None => walk_cells(body, columns, |b, col| {
                decode_cell(b, col, kind).map(|(r, _)| r)
            })?,
        };
        let used = body.len() - rest.len();
        let cells = RowCells::Wire(body.get(..used).unwrap_or_default());
        Ok((rest, PropertyRow::new(columns, kind, cells)))
    }

    /// The bytes after a PropertyRow laid out by `columns`, checked without building it;
    /// `None` where [`PropertyRow::decode_with`] would fail.
    #[inline]
    pub fn skip_with(input: &'a [u8], columns: LeArray<'_, PropertyTag>) -> Option<&'a [u8]> {
        skip_row(input, columns)
    }

    /// Iterates over the cells with their columns.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = (PropertyTag, RowValue<'a>)> + 'a {
        let (kind, cells) = (self.kind(), self.cells());
        let (mut wire, items): (&'a [u8], &'a [RowValue<'a>]) = match cells {
            RowCells::Wire(b) => (b, &[]),
            RowCells::Items(s) => (&[], s),
        };
        let from_wire = matches!(cells, RowCells::Wire(_));
        let mut items = items.iter();
        self.columns().iter().map_while(move |col| {
            if from_wire {
                let (rest, v) = read_cell(wire, col, kind).ok()?;
                wire = rest;
                Some((col, v))
            } else {
                items.next().map(|v| (col, *v))
            }
        })
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        match self.cells() {
            RowCells::Wire(_) => self.columns().len(),
            RowCells::Items(s) => s.len(),
        }
    }

    /// True when the row has no cells.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Encode for PropertyRow<'_> {
    fn encoded_len(&self) -> usize {
        1 + match self.cells() {
            RowCells::Wire(b) => b.len(),
            RowCells::Items(s) => s
                .iter()
                .zip(self.columns().iter())
                .map(|(c, col)| cell_len(c, col, self.kind()))
                .sum(),
        }
    }

    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(match self.kind() {
            RowKind::Standard => 0x00,
            RowKind::Flagged => 0x01,
        })?;
        match self.cells() {
            RowCells::Wire(b) => w.put_bytes(b),
            RowCells::Items(s) => {
                if s.len() != self.columns().len() {
                    return Err(EncodeError::InvalidValue {
                        field: "PropertyRow (cell count differs from columns)",
                    });
                }
                s.iter()
                    .zip(self.columns().iter())
                    .try_for_each(|(c, col)| encode_cell(c, col, self.kind(), w))
            }
        }
    }
}

impl fmt::Debug for PropertyRow<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PropertyRow")
            .field("columns", &self.columns())
            .field("kind", &self.kind())
            .field("cells", &self.cells())
            .finish()
    }
}

impl PartialEq for PropertyRow<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.kind() == other.kind()
            && self.columns() == other.columns()
            && self.len() == other.len()
            && self.iter().eq(other.iter())
    }
}

impl Dump for PropertyRow<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        d.int("Flag", u64::from(self.kind() == RowKind::Flagged), 1);
        d.begin("ValueArray");
        let kind = self.kind();
        let mut cell_dump = |i: usize, col: PropertyTag, cell: &RowValue<'_>| {
            d.begin_item(i);
            col.dump_field("PropertyTag", d);
            match cell {
                RowValue::Value(v) => {
                    if kind == RowKind::Flagged {
                        d.int("Flag", u64::from(FLAG_VALUE), 1);
                    }
                    v.dump_field("PropertyValue", d);
                }
                RowValue::NotFound { .. } => d.int("Flag", u64::from(FLAG_NOT_FOUND), 1),
                RowValue::Error { code, .. } => {
                    d.int("Flag", u64::from(FLAG_ERROR), 1);
                    d.int("ErrorCode", u64::from(*code), 4);
                }
            }
            d.end();
        };
        // Each cell read here and dumped where it was built: a cell returned by the row
        // iterator out of line is copied through memory (`spec-notes/speed.md`).
        match self.cells() {
            RowCells::Wire(mut wire) => {
                for (i, col) in self.columns().iter().enumerate() {
                    let Ok((rest, cell)) = read_cell(wire, col, kind) else {
                        break;
                    };
                    wire = rest;
                    cell_dump(i, col, &cell);
                }
            }
            RowCells::Items(cells) => {
                for (i, (col, cell)) in self.columns().iter().zip(cells).enumerate() {
                    cell_dump(i, col, cell);
                }
            }
        }
        d.end();
    }
}

impl DumpField for PropertyRow<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        self.dump(d);
        d.end();
    }
}

/// A row value for `FlaggedPropertyValue` users ([MS-OXCDATA] 2.11.5).
pub type FlaggedPropertyValue<'a> = RowValue<'a>;

/// A row of a table's RowData, laid out by the table's columns ([MS-OXCDATA] 2.8.1): lists
/// of rows validate each row with the skip path and build it when read.
impl<'a> DecodeCtx<'a, LeArray<'a, PropertyTag>> for PropertyRow<'a> {
    #[inline]
    fn parse_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> PResult<'a, Self> {
        PropertyRow::decode_with(input, columns)
    }

    #[inline]
    fn skip_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> Option<&'a [u8]> {
        skip_row(input, columns)
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for rows: a row is generated together with its columns.
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use proptest::collection::vec;
    use proptest::prelude::*;

    /// A cell and the column tag that fits it.
    pub fn cell<'a>() -> impl Strategy<Value = (PropertyTag, RowValue<'a>, bool)> {
        // (column, cell, column is PtypUnspecified)
        (
            any::<u16>(),
            PropertyValue::arb(),
            any::<bool>(),
            0u8..4,
            any::<u32>(),
        )
            .prop_map(|(id, v, unspecified, which, code)| {
                let ty = v.prop_type();
                let col = PropertyTag::new(
                    id,
                    if unspecified {
                        PropertyType::PtypUnspecified
                    } else {
                        ty
                    },
                );
                let cell = match which {
                    0 => RowValue::NotFound { prop_type: ty },
                    1 => RowValue::Error {
                        prop_type: ty,
                        code,
                    },
                    _ => RowValue::Value(v),
                };
                (col, cell, unspecified)
            })
    }

    /// A row with its columns (standard rows only get values).
    pub fn row<'a>() -> impl Strategy<Value = PropertyRow<'a>> {
        (vec(cell(), 0..5), any::<bool>()).prop_map(|(cells, flagged)| {
            let kind = if flagged {
                RowKind::Flagged
            } else {
                RowKind::Standard
            };
            let cols: std::vec::Vec<PropertyTag> = cells.iter().map(|c| c.0).collect();
            let vals: std::vec::Vec<RowValue<'a>> = cells
                .into_iter()
                .map(|(_, c, _)| match (kind, c) {
                    (RowKind::Standard, RowValue::NotFound { .. } | RowValue::Error { .. }) => {
                        RowValue::Value(PropertyValue::Null)
                    }
                    (_, c) => c,
                })
                .collect();
            // A standard cell replaced by Null needs a Null-typed column.
            let cols: std::vec::Vec<PropertyTag> = cols
                .into_iter()
                .zip(vals.iter())
                .map(|(col, v)| match v {
                    RowValue::Value(v) if col.prop_type() != PropertyType::PtypUnspecified => {
                        PropertyTag::new(col.id(), v.prop_type())
                    }
                    _ => col,
                })
                .collect();
            PropertyRow::new(
                LeArray::Slice(leak(cols)),
                kind,
                RowCells::Items(leak(vals)),
            )
        })
    }
}
