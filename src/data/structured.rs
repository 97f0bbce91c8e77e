//! `arbitrary` generators for [MS-OXCDATA] values: column sets, rows, property values,
//! recipient rows (feature `arbitrary`); see [`crate::structured`].

use arbitrary::{Arbitrary, Result, Unstructured};

use crate::data::propvalue::{Bin16, Bool, F32, F64};
use crate::data::recipient::{
    DistListPart, RecipientString, TYPE_PDL1, TYPE_PDL2, TYPE_X500DN, X500Part,
};
use crate::data::row::{RowCells, RowKind};
use crate::data::{
    Guid, Id8, PropertyRow, PropertyTag, PropertyType, PropertyValue, RecipientFlags, RecipientRow,
    TaggedPropertyValue, TypedPropertyValue,
};
use crate::wire::LeArray;
use crate::wire::structured::{MAX_COLUMNS, MAX_ITEMS, bytes_upto, window, wire_list};

/// The property types of [`COLUMN_TAGS`], mixed so that any run of them mixes layouts:
/// every value type, PtypUnspecified (the cell carries its type) and two multi-value
/// instance columns ([MS-OXCDATA] 2.11.1).
const COLUMN_TYPES: [u16; 31] = [
    0x0003, 0x001F, 0x000B, 0x0102, 0x0000, 0x0014, 0x001E, 0x0040, 0x0048, 0x0002, 0x0005, 0x000A,
    0x101F, 0x1003, 0x0001, 0x3003, 0x0004, 0x0006, 0x0007, 0x00FB, 0x1102, 0x101E, 0x1002, 0x1014,
    0x1040, 0x301F, 0x1048, 0x1004, 0x1005, 0x1006, 0x1007,
];

/// Column tags with a layout for every property type, as wire bytes (LE u32 tags, ids from
/// 0x6700): generated rows and recipient tables take runs of them.
pub static COLUMN_TAGS: [u8; 4 * COLUMN_TYPES.len()] = column_tag_bytes();

const fn column_tag_bytes() -> [u8; 4 * COLUMN_TYPES.len()] {
    let mut out = [0u8; 4 * COLUMN_TYPES.len()];
    let mut i = 0;
    while i < COLUMN_TYPES.len() {
        let tag = PropertyTag::new(0x6700 + i as u16, PropertyType(COLUMN_TYPES[i]));
        let b = tag.0.to_le_bytes();
        out[4 * i] = b[0];
        out[4 * i + 1] = b[1];
        out[4 * i + 2] = b[2];
        out[4 * i + 3] = b[3];
        i += 1;
    }
    out
}

// ---- helpers --------------------------------------------------------------------------

/// Column tags for a generated row, as wire bytes (whole tags, at most [`MAX_COLUMNS`]): a
/// run of [`COLUMN_TAGS`] half the time, the input's own bytes otherwise.
pub fn column_tags<'a>(u: &mut Unstructured<'a>) -> Result<&'a [u8]> {
    let n = u.int_in_range(0..=MAX_COLUMNS)?;
    if u.arbitrary()? {
        let tags = COLUMN_TAGS.len() / 4;
        let start = u.choose_index(tags)?;
        let end = start.saturating_add(n).min(tags);
        Ok(COLUMN_TAGS.get(start * 4..end * 4).unwrap_or_default())
    } else {
        let n = n.min(u.len() / 4);
        u.bytes(n * 4)
    }
}

/// A row over a prefix of `tags` (wire bytes of whole tags): its cells parsed from the front
/// of the input, column by column, keeping the columns whose cells parse.
pub fn row_over<'a>(
    u: &mut Unstructured<'a>,
    tags: &'a [u8],
    kind: RowKind,
) -> Result<PropertyRow<'a>> {
    let input = window(u);
    let mut rest = input;
    let mut k = 0;
    for tag in tags.chunks_exact(4) {
        match PropertyRow::decode_cells(rest, LeArray::Wire(tag), kind) {
            Ok((r, _)) => {
                rest = r;
                k += 1;
            }
            Err(_) => break,
        }
    }
    let cells = u.bytes(input.len() - rest.len())?;
    Ok(PropertyRow::new(
        LeArray::Wire(tags.get(..4 * k).unwrap_or_default()),
        kind,
        RowCells::Wire(cells),
    ))
}

// ---- field forms ----------------------------------------------------------------------

impl<'a> Arbitrary<'a> for Guid {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Guid(u.arbitrary()?))
    }
}

impl<'a> Arbitrary<'a> for Id8 {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Id8(u.arbitrary()?))
    }
}

/// Any id; the type as a [`PropertyType`] is generated (a defined one half the time).
impl<'a> Arbitrary<'a> for PropertyTag {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(PropertyTag::new(u.arbitrary()?, u.arbitrary()?))
    }
}

impl<'a> Arbitrary<'a> for F32 {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(F32(f32::from_bits(u.arbitrary()?)))
    }
}

impl<'a> Arbitrary<'a> for F64 {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(F64(f64::from_bits(u.arbitrary()?)))
    }
}

/// Any byte, as a peer may send it ([MS-OXCDATA] 2.11.1).
impl<'a> Arbitrary<'a> for Bool {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Bool::from_wire(u.arbitrary()?))
    }
}

/// At most 0xFFFF bytes (its COUNT is 2 bytes).
impl<'a> Arbitrary<'a> for Bin16<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Bin16(bytes_upto(u, 0xFFFF)?))
    }
}

/// Every value type the crate decodes ([MS-OXCDATA] 2.11.1).
const VALUE_TYPES: [PropertyType; 28] = [
    PropertyType::PtypNull,
    PropertyType::PtypInteger16,
    PropertyType::PtypInteger32,
    PropertyType::PtypFloating32,
    PropertyType::PtypFloating64,
    PropertyType::PtypCurrency,
    PropertyType::PtypFloatingTime,
    PropertyType::PtypErrorCode,
    PropertyType::PtypBoolean,
    PropertyType::PtypInteger64,
    PropertyType::PtypString8,
    PropertyType::PtypString,
    PropertyType::PtypTime,
    PropertyType::PtypGuid,
    PropertyType::PtypServerId,
    PropertyType::PtypBinary,
    PropertyType::PtypMultipleInteger16,
    PropertyType::PtypMultipleInteger32,
    PropertyType::PtypMultipleFloating32,
    PropertyType::PtypMultipleFloating64,
    PropertyType::PtypMultipleCurrency,
    PropertyType::PtypMultipleFloatingTime,
    PropertyType::PtypMultipleInteger64,
    PropertyType::PtypMultipleString8,
    PropertyType::PtypMultipleString,
    PropertyType::PtypMultipleTime,
    PropertyType::PtypMultipleGuid,
    PropertyType::PtypMultipleBinary,
];

/// A value of any type the crate decodes: scalars and strings from the input, multi-valued
/// arrays and lists in their wire form.
impl<'a> Arbitrary<'a> for PropertyValue<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        use PropertyValue as V;
        let ty = *u.choose(&VALUE_TYPES)?;
        let want = |u: &mut Unstructured<'a>| u.int_in_range(0..=MAX_ITEMS);
        Ok(match ty {
            PropertyType::PtypInteger16 => V::Integer16(u.arbitrary()?),
            PropertyType::PtypInteger32 => V::Integer32(u.arbitrary()?),
            PropertyType::PtypFloating32 => V::Floating32(u.arbitrary()?),
            PropertyType::PtypFloating64 => V::Floating64(u.arbitrary()?),
            PropertyType::PtypCurrency => V::Currency(u.arbitrary()?),
            PropertyType::PtypFloatingTime => V::FloatingTime(u.arbitrary()?),
            PropertyType::PtypErrorCode => V::ErrorCode(u.arbitrary()?),
            PropertyType::PtypBoolean => V::Boolean(u.arbitrary()?),
            PropertyType::PtypInteger64 => V::Integer64(u.arbitrary()?),
            PropertyType::PtypString8 => V::String8(u.arbitrary()?),
            PropertyType::PtypString => V::String(u.arbitrary()?),
            PropertyType::PtypTime => V::Time(u.arbitrary()?),
            PropertyType::PtypGuid => V::Guid(u.arbitrary()?),
            PropertyType::PtypServerId => V::ServerId(bytes_upto(u, 0xFFFF)?),
            PropertyType::PtypBinary => V::Binary(bytes_upto(u, 0xFFFF)?),
            PropertyType::PtypMultipleInteger16 => V::MultipleInteger16(u.arbitrary()?),
            PropertyType::PtypMultipleInteger32 => V::MultipleInteger32(u.arbitrary()?),
            PropertyType::PtypMultipleFloating32 => V::MultipleFloating32(u.arbitrary()?),
            PropertyType::PtypMultipleFloating64 => V::MultipleFloating64(u.arbitrary()?),
            PropertyType::PtypMultipleCurrency => V::MultipleCurrency(u.arbitrary()?),
            PropertyType::PtypMultipleFloatingTime => V::MultipleFloatingTime(u.arbitrary()?),
            PropertyType::PtypMultipleInteger64 => V::MultipleInteger64(u.arbitrary()?),
            PropertyType::PtypMultipleString8 => {
                let n = want(u)?;
                V::MultipleString8(wire_list(u, (), n)?)
            }
            PropertyType::PtypMultipleString => {
                let n = want(u)?;
                V::MultipleString(wire_list(u, (), n)?)
            }
            PropertyType::PtypMultipleTime => V::MultipleTime(u.arbitrary()?),
            PropertyType::PtypMultipleGuid => V::MultipleGuid(u.arbitrary()?),
            PropertyType::PtypMultipleBinary => {
                let n = want(u)?;
                V::MultipleBinary(wire_list(u, (), n)?)
            }
            _ => V::Null,
        })
    }
}

impl<'a> Arbitrary<'a> for TypedPropertyValue<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(TypedPropertyValue(u.arbitrary()?))
    }
}

/// Any id, the tag's type the value's.
impl<'a> Arbitrary<'a> for TaggedPropertyValue<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let id: u16 = u.arbitrary()?;
        Ok(TaggedPropertyValue::new(id, u.arbitrary()?))
    }
}

/// Standard or flagged, over columns from [`column_tags`]; cells parsed from the input,
/// keeping the columns whose cells parse ([`row_over`]).
impl<'a> Arbitrary<'a> for PropertyRow<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let kind = if u.arbitrary()? {
            RowKind::Flagged
        } else {
            RowKind::Standard
        };
        let tags = column_tags(u)?;
        row_over(u, tags, kind)
    }
}

/// A recipient string in the form the U flag gives ([MS-OXCDATA] 2.8.3.2).
fn recipient_string<'a>(u: &mut Unstructured<'a>, unicode: bool) -> Result<RecipientString<'a>> {
    Ok(if unicode {
        RecipientString::Unicode(u.arbitrary()?)
    } else {
        RecipientString::Ansi(u.arbitrary()?)
    })
}

/// A recipient string when `flag` is set in `flags`.
fn flagged_string<'a>(
    u: &mut Unstructured<'a>,
    flags: RecipientFlags,
    flag: RecipientFlags,
) -> Result<Option<RecipientString<'a>>> {
    if flags.contains(flag) {
        recipient_string(u, flags.contains(RecipientFlags::U)).map(Some)
    } else {
        Ok(None)
    }
}

/// Any flags, each part present exactly when the flags say so ([MS-OXCDATA] 2.8.3.2); the
/// properties a generated row over its own columns (decode it with those columns).
impl<'a> Arbitrary<'a> for RecipientRow<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let flags = RecipientFlags::from_bits_retain(u.arbitrary()?);
        let ty = flags.recipient_type();
        let x500 = if ty == TYPE_X500DN {
            Some(X500Part {
                address_prefix_used: u.arbitrary()?,
                display_type: u.arbitrary()?,
                x500_dn: u.arbitrary()?,
            })
        } else {
            None
        };
        let dist_list = if ty == TYPE_PDL1 || ty == TYPE_PDL2 {
            Some(DistListPart {
                entry_id: bytes_upto(u, 0xFFFF)?,
                search_key: bytes_upto(u, 0xFFFF)?,
            })
        } else {
            None
        };
        let address_type = if ty == 0 && flags.contains(RecipientFlags::O) {
            Some(u.arbitrary()?)
        } else {
            None
        };
        Ok(RecipientRow {
            flags,
            x500,
            dist_list,
            address_type,
            email_address: flagged_string(u, flags, RecipientFlags::E)?,
            display_name: flagged_string(u, flags, RecipientFlags::D)?,
            simple_display_name: flagged_string(u, flags, RecipientFlags::I)?,
            transmittable_display_name: flagged_string(u, flags, RecipientFlags::T)?,
            properties: u.arbitrary()?,
        })
    }
}
