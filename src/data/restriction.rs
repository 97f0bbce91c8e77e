//! Restrictions ([MS-OXCDATA] 2.12): the twelve restriction structures, in the standard form
//! of ROP buffers (2-byte counts) and the extended form of extended rules (4-byte counts,
//! [MS-OXCDATA] 2.11.1.1 and 2.12, [MS-OXORULE] 2.2.4).
//!
//! One type, [`Restriction`], serves both forms: the count width is a value
//! ([`CountWidth`]) passed to [`Restriction::parse_in`] / [`Restriction::encode_in`] and
//! carried by the wire views a decoded restriction holds, so one decoder, one encoder and
//! one dumper serve both. The [`Decode`]/[`Encode`] impls are the standard form, the one
//! every ROP uses.
//!
//! A decoded restriction borrows its bytes: the children of And/Or are a [`List`] over the
//! validated wire span, the child of Not/SubObject/Count/Comment and the TaggedValue of
//! Content/Property are [`Nested`] views, built when read. Decoding validates the whole
//! tree first, with recursion bounded by [`MAX_RESTRICTION_DEPTH`], so reading it later
//! cannot fail. A caller builds a tree on the stack, children borrowed:
//!
//! ```
//! use ropwire::data::restriction::{FuzzyLevelHigh, FuzzyLevelLow, RelOp, Restriction};
//! use ropwire::data::{PropertyTag, PropertyType, PropertyValue, TaggedPropertyValue};
//! use ropwire::wire::Utf16Str;
//! use ropwire::{Decode, Encode};
//!
//! // Subject contains "report" (ignoring case) and the message is not read.
//! let subject = PropertyTag::new(0x0037, PropertyType::PtypString);
//! let flags = PropertyTag::new(0x0E07, PropertyType::PtypInteger32);
//! let text = TaggedPropertyValue::new(0x0037, PropertyValue::String(Utf16Str::Str("report")));
//! let parts = [
//!     Restriction::exist(subject),
//!     Restriction::content(subject, &text, FuzzyLevelLow::FL_SUBSTRING, FuzzyLevelHigh::FL_IGNORECASE),
//!     Restriction::bitmask_eqz(flags, 0x0000_0001),
//! ];
//! let r = Restriction::and(&parts);
//!
//! let mut buf = [0u8; 64];
//! let n = r.encode_into(&mut buf)?;
//! assert_eq!(&buf[..3], &[0x00, 0x03, 0x00]); // RES_AND, RestrictCount 3 (2 bytes)
//! assert_eq!(Restriction::decode(&buf[..n]).ok(), Some(r));
//! # Ok::<(), ropwire::EncodeError>(())
//! ```
//!
//! # Where the parts live
//!
//! Restrictions and property values are one recursive grammar (a PtypRestriction value holds
//! a restriction, a Content, Property or Comment restriction holds TaggedPropertyValues), so
//! the types that form the recursion and the decoder are defined with the values, in
//! [`crate::data::propvalue`]: [`Restriction`], [`Restrictions`], [`SubRestriction`],
//! [`TaggedValue`], [`Nested`], [`CommentRestriction`], [`CountWidth`],
//! [`MAX_RESTRICTION_DEPTH`], the code sets [`RestrictType`], [`RelOp`], [`BitmapRelOp`],
//! [`FuzzyLevelLow`] and [`FuzzyLevelHigh`], the validating walk and the [`Decode`] impls.
//! They are re-exported here, under their public paths (`data::restriction::Restriction`,
//! …). This module imports that one and holds the rest: the builders
//! ([`Restriction::and`], …), the encoder, the dumper, [`RestrictionData`], the proptest
//! strategies (`arb`, [`PropertyValue`]'s among them, since it needs restriction trees) and
//! the structured-fuzzing generators (`structured`).

use crate::data::proptag::PropertyTag;
pub use crate::data::propvalue::{
    BitmapRelOp, CommentRestriction, CountWidth, FuzzyLevelHigh, FuzzyLevelLow,
    MAX_RESTRICTION_DEPTH, Nested, RelOp, RestrictType, Restriction, Restrictions, SubRestriction,
    TaggedValue,
};
use crate::data::propvalue::{
    PropertyValue, Skip, TaggedPropertyValue, parse_nested, skip_restriction, skip_tagged,
};
use crate::error::{EncodeError, ErrorKind, Fail};
use crate::wire::form::split_names;
use crate::wire::{Decode, Dump, DumpField, Dumper, Encode, List, PResult, Writer, le_u16, sized};

// ---- builders -------------------------------------------------------------------------

impl<'a> Restriction<'a> {
    /// AndRestriction of `children` ([MS-OXCDATA] 2.12.1.1).
    pub const fn and(children: &'a [Restriction<'a>]) -> Self {
        Restriction::And(List::Items(children))
    }

    /// OrRestriction of `children` ([MS-OXCDATA] 2.12.2.1).
    pub const fn or(children: &'a [Restriction<'a>]) -> Self {
        Restriction::Or(List::Items(children))
    }

    /// NotRestriction of `child` ([MS-OXCDATA] 2.12.3.1).
    pub const fn not(child: &'a Restriction<'a>) -> Self {
        Restriction::Not(Nested::new(child))
    }

    /// ContentRestriction: `property_tag` holds `value` as FuzzyLevelLow/High say
    /// ([MS-OXCDATA] 2.12.4.1).
    pub const fn content(
        property_tag: PropertyTag,
        value: &'a TaggedPropertyValue<'a>,
        fuzzy_level_low: FuzzyLevelLow,
        fuzzy_level_high: FuzzyLevelHigh,
    ) -> Self {
        Restriction::Content {
            fuzzy_level_low,
            fuzzy_level_high,
            property_tag,
            tagged_value: Nested::new(value),
        }
    }

    /// PropertyRestriction: `prop_tag` `rel_op` `value` ([MS-OXCDATA] 2.12.5.1).
    pub const fn property(
        rel_op: RelOp,
        prop_tag: PropertyTag,
        value: &'a TaggedPropertyValue<'a>,
    ) -> Self {
        Restriction::Property {
            rel_op,
            prop_tag,
            tagged_value: Nested::new(value),
        }
    }

    /// ComparePropertiesRestriction: `prop_tag1` `rel_op` `prop_tag2`
    /// ([MS-OXCDATA] 2.12.6.1).
    pub const fn compare(rel_op: RelOp, prop_tag1: PropertyTag, prop_tag2: PropertyTag) -> Self {
        Restriction::CompareProperties {
            rel_op,
            prop_tag1,
            prop_tag2,
        }
    }

    /// BitMaskRestriction: `prop_tag` AND `mask` tested by `bitmap_rel_op`
    /// ([MS-OXCDATA] 2.12.7.1).
    pub const fn bitmask(bitmap_rel_op: BitmapRelOp, prop_tag: PropertyTag, mask: u32) -> Self {
        Restriction::BitMask {
            bitmap_rel_op,
            prop_tag,
            mask,
        }
    }

    /// BitMaskRestriction BMR_EQZ: none of the `mask` bits is set ([MS-OXCDATA] 2.12.7.1).
    pub const fn bitmask_eqz(prop_tag: PropertyTag, mask: u32) -> Self {
        Self::bitmask(BitmapRelOp::BMR_EQZ, prop_tag, mask)
    }

    /// BitMaskRestriction BMR_NEZ: some `mask` bit is set ([MS-OXCDATA] 2.12.7.1).
    pub const fn bitmask_nez(prop_tag: PropertyTag, mask: u32) -> Self {
        Self::bitmask(BitmapRelOp::BMR_NEZ, prop_tag, mask)
    }

    /// SizeRestriction: the size of `prop_tag` `rel_op` `size` ([MS-OXCDATA] 2.12.8.1).
    pub const fn size(rel_op: RelOp, prop_tag: PropertyTag, size: u32) -> Self {
        Restriction::Size {
            rel_op,
            prop_tag,
            size,
        }
    }

    /// ExistRestriction: `prop_tag` has a value ([MS-OXCDATA] 2.12.9.1).
    pub const fn exist(prop_tag: PropertyTag) -> Self {
        Restriction::Exist { prop_tag }
    }

    /// SubObjectRestriction: some row of the `subobject` table (PidTagMessageRecipients or
    /// PidTagMessageAttachments) satisfies `child` ([MS-OXCDATA] 2.12.10.1).
    pub const fn sub_object(subobject: PropertyTag, child: &'a Restriction<'a>) -> Self {
        Restriction::SubObject {
            subobject,
            restriction: Nested::new(child),
        }
    }

    /// CommentRestriction: `values` kept with an optional restriction
    /// ([MS-OXCDATA] 2.12.11).
    pub const fn comment(
        values: &'a [TaggedPropertyValue<'a>],
        restriction: Option<&'a Restriction<'a>>,
    ) -> Self {
        Restriction::Comment(CommentRestriction::new(values, restriction))
    }

    /// CountRestriction: at most `count` matches of `child` ([MS-OXCDATA] 2.12.12).
    pub const fn count(count: u32, child: &'a Restriction<'a>) -> Self {
        Restriction::Count {
            count,
            sub_restriction: Nested::new(child),
        }
    }

    /// The RestrictType of this restriction ([MS-OXCDATA] 2.12).
    pub const fn restrict_type(&self) -> RestrictType {
        match self {
            Restriction::And(_) => RestrictType::RES_AND,
            Restriction::Or(_) => RestrictType::RES_OR,
            Restriction::Not(_) => RestrictType::RES_NOT,
            Restriction::Content { .. } => RestrictType::RES_CONTENT,
            Restriction::Property { .. } => RestrictType::RES_PROPERTY,
            Restriction::CompareProperties { .. } => RestrictType::RES_COMPAREPROPS,
            Restriction::BitMask { .. } => RestrictType::RES_BITMASK,
            Restriction::Size { .. } => RestrictType::RES_SIZE,
            Restriction::Exist { .. } => RestrictType::RES_EXIST,
            Restriction::SubObject { .. } => RestrictType::RES_SUBRESTRICTION,
            Restriction::Comment(_) => RestrictType::RES_COMMENT,
            Restriction::Count { .. } => RestrictType::RES_COUNT,
        }
    }
}

// ---- encoding -------------------------------------------------------------------------

/// Where an encoder writes: a [`Writer`], or nowhere while the length is counted.
struct Sink<'s, 'w> {
    out: Option<&'s mut Writer<'w>>,
    len: usize,
}

impl Sink<'_, '_> {
    fn put(&mut self, bytes: &[u8]) -> Result<(), EncodeError> {
        self.len = self.len.saturating_add(bytes.len());
        match &mut self.out {
            Some(w) => w.put_bytes(bytes),
            None => Ok(()),
        }
    }

    fn item<T: Encode + ?Sized>(&mut self, v: &T) -> Result<(), EncodeError> {
        self.len = self.len.saturating_add(v.encoded_len());
        match &mut self.out {
            Some(w) => v.encode(w),
            None => Ok(()),
        }
    }
}

impl CountWidth {
    /// Writes a COUNT field, or fails naming `field` when `n` does not fit.
    fn put(self, s: &mut Sink<'_, '_>, n: usize, field: &'static str) -> Result<(), EncodeError> {
        let bad = || EncodeError::InvalidValue { field };
        match self {
            CountWidth::Standard => s.put(&u16::try_from(n).map_err(|_| bad())?.to_le_bytes()),
            CountWidth::Extended => s.put(&u32::try_from(n).map_err(|_| bad())?.to_le_bytes()),
        }
    }
}

/// The error for a caller's tree nested deeper than the decoder accepts.
const TOO_DEEP: EncodeError = EncodeError::InvalidValue {
    field: "Restriction (nested deeper than MAX_RESTRICTION_DEPTH)",
};

/// Copies the bytes of a decoded structure, after `check` found them valid at this nesting
/// level (a decoded tree placed deeper in a caller's tree may pass the bound). While the
/// length is only counted, nothing is checked.
fn copy_wire<'b>(
    s: &mut Sink<'_, '_>,
    bytes: &'b [u8],
    check: impl FnOnce(&'b [u8]) -> Skip<'b>,
) -> Result<(), EncodeError> {
    if s.out.is_some() {
        match check(bytes) {
            Ok([]) => {}
            Err(nom::Err::Error(Fail {
                kind: ErrorKind::DepthExceeded,
                ..
            })) => return Err(TOO_DEEP),
            _ => {
                return Err(EncodeError::InvalidValue {
                    field: "Restriction (wire bytes that do not decode)",
                });
            }
        }
    }
    s.put(bytes)
}

impl<'a> Restriction<'a> {
    /// Writes the restriction at nesting level `depth` in `width`.
    fn emit(
        &self,
        s: &mut Sink<'_, '_>,
        width: CountWidth,
        depth: usize,
    ) -> Result<(), EncodeError> {
        if depth > MAX_RESTRICTION_DEPTH {
            return Err(TOO_DEEP);
        }
        let next = depth.saturating_add(1);
        s.put(&[self.restrict_type().0])?;
        match self {
            Restriction::And(list) | Restriction::Or(list) => {
                width.put(s, list.len(), "RestrictCount")?;
                match *list {
                    List::Wire { bytes, count, ctx } if ctx == width => copy_wire(s, bytes, |b| {
                        let mut rest = b;
                        for _ in 0..count {
                            rest = skip_restriction(rest, width, next)?;
                        }
                        Ok(rest)
                    }),
                    _ => list.iter().try_for_each(|c| c.emit(s, width, next)),
                }
            }
            Restriction::Not(sub) => emit_sub(sub, s, width, next),
            Restriction::Content {
                fuzzy_level_low,
                fuzzy_level_high,
                property_tag,
                tagged_value,
            } => {
                s.item(fuzzy_level_low)?;
                s.item(fuzzy_level_high)?;
                s.item(property_tag)?;
                emit_tagged_value(tagged_value, s, width, depth)
            }
            Restriction::Property {
                rel_op,
                prop_tag,
                tagged_value,
            } => {
                s.item(rel_op)?;
                s.item(prop_tag)?;
                emit_tagged_value(tagged_value, s, width, depth)
            }
            Restriction::CompareProperties {
                rel_op,
                prop_tag1,
                prop_tag2,
            } => {
                s.item(rel_op)?;
                s.item(prop_tag1)?;
                s.item(prop_tag2)
            }
            Restriction::BitMask {
                bitmap_rel_op,
                prop_tag,
                mask,
            } => {
                s.item(bitmap_rel_op)?;
                s.item(prop_tag)?;
                s.item(mask)
            }
            Restriction::Size {
                rel_op,
                prop_tag,
                size,
            } => {
                s.item(rel_op)?;
                s.item(prop_tag)?;
                s.item(size)
            }
            Restriction::Exist { prop_tag } => s.item(prop_tag),
            Restriction::SubObject {
                subobject,
                restriction,
            } => {
                s.item(subobject)?;
                emit_sub(restriction, s, width, next)
            }
            Restriction::Comment(c) => {
                let values = c.tagged_values();
                let n = u8::try_from(values.len()).map_err(|_| EncodeError::InvalidValue {
                    field: "TaggedValuesCount",
                })?;
                s.put(&[n])?;
                for v in values.iter() {
                    emit_tagged(&v, s, width, depth)?;
                }
                let present = c.restriction_present();
                s.put(&[present])?;
                match c.sub() {
                    Some(sub) => emit_sub(&sub, s, width, next),
                    None => Ok(()),
                }
            }
            Restriction::Count {
                count,
                sub_restriction,
            } => {
                s.item(count)?;
                emit_sub(sub_restriction, s, width, next)
            }
        }
    }

    /// Bytes [`Restriction::encode_in`] writes in `width` ([MS-OXCDATA] 2.12).
    pub fn encoded_len_in(&self, width: CountWidth) -> usize {
        let mut s = Sink { out: None, len: 0 };
        let _ = self.emit(&mut s, width, 1);
        s.len
    }

    /// Writes the restriction in `width` ([MS-OXCDATA] 2.12): counts from the items; a tree
    /// deeper than [`MAX_RESTRICTION_DEPTH`], a count that does not fit its field, a
    /// TaggedValue whose tag type differs from its value's, or (extended form) a
    /// PtypMultipleBinary value is refused.
    pub fn encode_in(&self, w: &mut Writer<'_>, width: CountWidth) -> Result<(), EncodeError> {
        let mut s = Sink {
            out: Some(w),
            len: 0,
        };
        self.emit(&mut s, width, 1)
    }
}

/// Writes a nested restriction at level `depth`.
fn emit_sub<'a>(
    sub: &SubRestriction<'a>,
    s: &mut Sink<'_, '_>,
    width: CountWidth,
    depth: usize,
) -> Result<(), EncodeError> {
    match sub.wire() {
        Some((bytes, w)) if w == width => {
            if depth > MAX_RESTRICTION_DEPTH {
                return Err(TOO_DEEP);
            }
            copy_wire(s, bytes, |b| skip_restriction(b, width, depth))
        }
        _ => sub.get().emit(s, width, depth),
    }
}

/// Writes the TaggedValue of a Content or Property restriction at level `depth`.
fn emit_tagged_value<'a>(
    v: &TaggedValue<'a>,
    s: &mut Sink<'_, '_>,
    width: CountWidth,
    depth: usize,
) -> Result<(), EncodeError> {
    match v.wire() {
        Some((bytes, w)) if w == width => copy_wire(s, bytes, |b| skip_tagged(b, width, depth)),
        _ => emit_tagged(&v.get(), s, width, depth),
    }
}

/// Writes a TaggedPropertyValue inside a restriction at level `depth`.
fn emit_tagged(
    v: &TaggedPropertyValue<'_>,
    s: &mut Sink<'_, '_>,
    width: CountWidth,
    depth: usize,
) -> Result<(), EncodeError> {
    if v.tag.prop_type() != v.value.prop_type() {
        return Err(EncodeError::InvalidValue {
            field: "PropertyTag (type differs from the value's)",
        });
    }
    s.item(&v.tag)?;
    match (&v.value, width) {
        (PropertyValue::Restriction(sub), _) => emit_sub(sub, s, width, depth.saturating_add(1)),
        (PropertyValue::Binary(b), CountWidth::Extended) => {
            let n = u32::try_from(b.len()).map_err(|_| EncodeError::InvalidValue {
                field: "COUNT (PtypBinary)",
            })?;
            s.put(&n.to_le_bytes())?;
            s.put(b)
        }
        (PropertyValue::MultipleBinary(_), CountWidth::Extended) => {
            Err(EncodeError::InvalidValue {
                field: "PtypMultipleBinary value (not supported in the extended form)",
            })
        }
        (value, _) => s.item(value),
    }
}

/// The standard form, the one of every ROP buffer ([MS-OXCDATA] 2.12).
impl Encode for Restriction<'_> {
    fn encoded_len(&self) -> usize {
        self.encoded_len_in(CountWidth::Standard)
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.encode_in(w, CountWidth::Standard)
    }
}

/// A PtypRestriction property value in the standard form ([MS-OXCDATA] 2.11.1).
impl<'a> Encode for SubRestriction<'a> {
    fn encoded_len(&self) -> usize {
        let mut s = Sink { out: None, len: 0 };
        let _ = emit_sub(self, &mut s, CountWidth::Standard, 1);
        s.len
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        let mut s = Sink {
            out: Some(w),
            len: 0,
        };
        emit_sub(self, &mut s, CountWidth::Standard, 1)
    }
}

// ---- dumping --------------------------------------------------------------------------

impl Restriction<'_> {
    /// Reports the fields at nesting level `depth`; deeper than the bound, a marker.
    fn dump_at(&self, d: &mut dyn Dumper, width: CountWidth, depth: usize) {
        if depth > MAX_RESTRICTION_DEPTH {
            d.raw("Restriction", &"(nested deeper than MAX_RESTRICTION_DEPTH)");
            return;
        }
        let next = depth.saturating_add(1);
        self.restrict_type().dump_field("RestrictType", d);
        match self {
            Restriction::And(list) | Restriction::Or(list) => {
                let width = match list {
                    List::Wire { ctx, .. } => *ctx,
                    List::Items(_) => width,
                };
                d.int("RestrictCount", list.len() as u64, width.size() as u8);
                d.begin("Restricts");
                for (i, c) in list.iter().enumerate() {
                    d.begin_item(i);
                    c.dump_at(d, width, next);
                    d.end();
                }
                d.end();
            }
            Restriction::Not(sub) => dump_sub("Restriction", sub, d, width, next),
            Restriction::Content {
                fuzzy_level_low,
                fuzzy_level_high,
                property_tag,
                tagged_value,
            } => {
                fuzzy_level_low.dump_field("FuzzyLevelLow", d);
                fuzzy_level_high.dump_field("FuzzyLevelHigh", d);
                property_tag.dump_field("PropertyTag", d);
                dump_tagged("TaggedValue", &tagged_value.get(), d, width, depth);
            }
            Restriction::Property {
                rel_op,
                prop_tag,
                tagged_value,
            } => {
                rel_op.dump_field("RelOp", d);
                prop_tag.dump_field("PropTag", d);
                dump_tagged("TaggedValue", &tagged_value.get(), d, width, depth);
            }
            Restriction::CompareProperties {
                rel_op,
                prop_tag1,
                prop_tag2,
            } => {
                rel_op.dump_field("RelOp", d);
                prop_tag1.dump_field("PropTag1", d);
                prop_tag2.dump_field("PropTag2", d);
            }
            Restriction::BitMask {
                bitmap_rel_op,
                prop_tag,
                mask,
            } => {
                bitmap_rel_op.dump_field("BitmapRelOp", d);
                prop_tag.dump_field("PropTag", d);
                mask.dump_field("Mask", d);
            }
            Restriction::Size {
                rel_op,
                prop_tag,
                size,
            } => {
                rel_op.dump_field("RelOp", d);
                prop_tag.dump_field("PropTag", d);
                size.dump_field("Size", d);
            }
            Restriction::Exist { prop_tag } => prop_tag.dump_field("PropTag", d),
            Restriction::SubObject {
                subobject,
                restriction,
            } => {
                subobject.dump_field("Subobject", d);
                dump_sub("Restriction", restriction, d, width, next);
            }
            Restriction::Comment(c) => {
                let values = c.tagged_values();
                d.int("TaggedValuesCount", values.len() as u64, 1);
                d.begin("TaggedValues");
                for (i, v) in values.iter().enumerate() {
                    d.begin_item(i);
                    dump_tagged_fields(&v, d, width, depth);
                    d.end();
                }
                d.end();
                d.int("RestrictionPresent", u64::from(c.restriction_present()), 1);
                if let Some(sub) = c.sub() {
                    dump_sub("Restriction", &sub, d, width, next);
                }
            }
            Restriction::Count {
                count,
                sub_restriction,
            } => {
                count.dump_field("Count", d);
                dump_sub("SubRestriction", sub_restriction, d, width, next);
            }
        }
    }
}

fn dump_sub<'a>(
    name: &str,
    sub: &SubRestriction<'a>,
    d: &mut dyn Dumper,
    width: CountWidth,
    depth: usize,
) {
    let width = sub.wire().map_or(width, |(_, w)| w);
    d.begin(name);
    sub.get().dump_at(d, width, depth);
    d.end();
}

fn dump_tagged(
    name: &str,
    v: &TaggedPropertyValue<'_>,
    d: &mut dyn Dumper,
    width: CountWidth,
    depth: usize,
) {
    d.begin(name);
    dump_tagged_fields(v, d, width, depth);
    d.end();
}

fn dump_tagged_fields(
    v: &TaggedPropertyValue<'_>,
    d: &mut dyn Dumper,
    width: CountWidth,
    depth: usize,
) {
    v.tag.dump_field("PropertyTag", d);
    match &v.value {
        PropertyValue::Restriction(sub) => {
            dump_sub("PropertyValue", sub, d, width, depth.saturating_add(1));
        }
        value => value.dump_field("PropertyValue", d),
    }
}

impl Dump for Restriction<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.dump_at(d, CountWidth::Standard, 1);
    }
}

impl DumpField for Restriction<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        self.dump(d);
        d.end();
    }
}

/// A PtypRestriction property value ([MS-OXCDATA] 2.11.1).
impl<'a> DumpField for SubRestriction<'a> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        dump_sub(name, self, d, CountWidth::Standard, 1);
    }
}

// ---- RestrictionDataSize + RestrictionData ---------------------------------------------

/// `RestrictionDataSize` and `RestrictionData` of RopRestrict, RopFindRow and the search
/// criteria of RopSetSearchCriteria and RopGetSearchCriteria ([MS-OXCROPS] 2.2.5.3.1,
/// 2.2.5.13.1, 2.2.4.4.1, 2.2.4.5.2; [MS-OXCTABL] 2.2.2.4.1, 2.2.2.14.1): a 2-byte size,
/// then one restriction in the standard form ([MS-OXCDATA] 2.12) filling exactly that many
/// bytes. Size 0 is no restriction ([`RestrictionData::NONE`]): RopRestrict then removes
/// the table's restriction (as gromox does; the MAPI Inspector reads nothing after a size
/// 0); for RopFindRow the spec does not say, gromox searches without one.
///
/// A decoded value is the validated bytes of the restriction, read with
/// [`get`](RestrictionData::get) (which builds only the top node); a caller's is
/// [`RestrictionData::new`]. Two words, so the requests that carry it stay small (a
/// [`Restriction`] is 40 bytes). Bytes left inside the size after the restriction are
/// refused ([`ErrorKind::TrailingBytes`](crate::ErrorKind)): gromox skips them, but a
/// restriction cannot keep them, and no sender we know leaves any.
#[derive(Clone, Copy)]
pub struct RestrictionData<'a>(RestrictionRepr<'a>);

#[derive(Clone, Copy)]
enum RestrictionRepr<'a> {
    /// The validated bytes of one standard-form restriction; empty when there is none.
    Wire(&'a [u8]),
    /// A caller's restriction.
    Value(&'a Restriction<'a>),
}

impl<'a> RestrictionData<'a> {
    /// No restriction: RestrictionDataSize 0 ([MS-OXCTABL] 2.2.2.4.1, 2.2.2.14.1).
    pub const NONE: Self = RestrictionData(RestrictionRepr::Wire(&[]));

    /// A caller's restriction, written in the standard form ([MS-OXCDATA] 2.12).
    pub const fn new(restriction: &'a Restriction<'a>) -> Self {
        RestrictionData(RestrictionRepr::Value(restriction))
    }

    /// True when there is no restriction (RestrictionDataSize 0).
    pub fn is_none(&self) -> bool {
        matches!(self.0, RestrictionRepr::Wire([]))
    }

    /// The restriction, as a view of a decoded one's bytes or the caller's value
    /// ([MS-OXCDATA] 2.12); `None` for RestrictionDataSize 0.
    pub fn nested(&self) -> Option<SubRestriction<'a>> {
        match self.0 {
            RestrictionRepr::Wire([]) => None,
            RestrictionRepr::Wire(bytes) => Some(Nested::from_wire(bytes, CountWidth::Standard)),
            RestrictionRepr::Value(r) => Some(Nested::new(r)),
        }
    }

    /// The restriction ([MS-OXCDATA] 2.12); `None` for RestrictionDataSize 0.
    pub fn get(&self) -> Option<Restriction<'a>> {
        self.nested().map(|n| n.get())
    }

    /// The RestrictionData bytes of a decoded value (`None` for a caller's value).
    pub fn wire(&self) -> Option<&'a [u8]> {
        match self.0 {
            RestrictionRepr::Wire(bytes) => Some(bytes),
            RestrictionRepr::Value(_) => None,
        }
    }
}

impl<'a> From<&'a Restriction<'a>> for RestrictionData<'a> {
    fn from(restriction: &'a Restriction<'a>) -> Self {
        RestrictionData::new(restriction)
    }
}

/// Equal when both hold the same restriction, or none ([MS-OXCDATA] 2.12).
impl PartialEq for RestrictionData<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl core::fmt::Debug for RestrictionData<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.get().fmt(f)
    }
}

impl<'a> Decode<'a> for RestrictionData<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, size) = le_u16(input)?;
        if size == 0 {
            return Ok((i, RestrictionData::NONE));
        }
        sized(i, usize::from(size), |span| {
            let (rest, _) = parse_nested(span, CountWidth::Standard)?;
            let used = span
                .get(..span.len().saturating_sub(rest.len()))
                .unwrap_or_default();
            Ok((rest, RestrictionData(RestrictionRepr::Wire(used))))
        })
    }
}

impl Encode for RestrictionData<'_> {
    fn encoded_len(&self) -> usize {
        2usize.saturating_add(match self.0 {
            RestrictionRepr::Wire(bytes) => bytes.len(),
            RestrictionRepr::Value(r) => r.encoded_len(),
        })
    }

    /// Refuses a restriction longer than 0xFFFF bytes (RestrictionDataSize is 2 bytes) and
    /// whatever the restriction's encoder refuses.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        let at = w.reserve(2)?;
        match self.0 {
            // Validated when decoded: written back as received.
            RestrictionRepr::Wire(bytes) => w.put_bytes(bytes)?,
            RestrictionRepr::Value(r) => r.encode(w)?,
        }
        let n = w.position().saturating_sub(at).saturating_sub(2);
        let size = u16::try_from(n).map_err(|_| EncodeError::InvalidValue {
            field: "RestrictionDataSize (more than 0xFFFF bytes)",
        })?;
        w.patch_u16(at, size)
    }
}

impl DumpField for RestrictionData<'_> {
    /// `names` are the size's and the restriction's: "RestrictionDataSize RestrictionData".
    fn dump_field(&self, names: &str, d: &mut dyn Dumper) {
        let (size, data) = split_names(names);
        d.int(size, self.encoded_len().saturating_sub(2) as u64, 2);
        if let Some(r) = self.nested() {
            r.dump_field(data, d);
        }
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for restrictions: trees up to four levels deep of every restriction type,
    //! with property values of every type (a PtypRestriction value only at the leaves).
    //! [`PropertyValue`]'s strategy is composed here too: the values of
    //! [`crate::data::propvalue::arb::plain_value`] and PtypRestriction values holding a
    //! [`tree`].
    use super::*;
    use crate::arbitrary::{Arb, leak, leak_one};
    use crate::data::propvalue::arb::plain_value;
    use proptest::collection::vec;
    use proptest::prelude::*;

    /// Values of every type, a PtypRestriction value (a tree up to two levels deep) one time
    /// in thirteen ([MS-OXCDATA] 2.11.1).
    impl<'a> Arb<'a> for PropertyValue<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                12 => plain_value(),
                1 => tree(2).prop_map(|r| PropertyValue::Restriction(Nested::new(leak_one(r)))),
            ]
        }
    }

    /// A TaggedPropertyValue whose tag type is its value's.
    fn tagged() -> impl Strategy<Value = TaggedPropertyValue<'static>> {
        (any::<u16>(), plain_value()).prop_map(|(id, v)| TaggedPropertyValue::new(id, v))
    }

    fn tag() -> impl Strategy<Value = PropertyTag> {
        any::<u32>().prop_map(PropertyTag)
    }

    /// Restrictions without children.
    pub fn leaf() -> impl Strategy<Value = Restriction<'static>> {
        prop_oneof![
            (FuzzyLevelLow::arb(), FuzzyLevelHigh::arb(), tag(), tagged())
                .prop_map(|(low, high, t, v)| Restriction::content(t, leak_one(v), low, high)),
            (RelOp::arb(), tag(), tagged()).prop_map(|(op, t, v)| Restriction::property(
                op,
                t,
                leak_one(v)
            )),
            (RelOp::arb(), tag(), tag()).prop_map(|(op, a, b)| Restriction::compare(op, a, b)),
            (BitmapRelOp::arb(), tag(), any::<u32>())
                .prop_map(|(op, t, m)| Restriction::bitmask(op, t, m)),
            (RelOp::arb(), tag(), any::<u32>()).prop_map(|(op, t, n)| Restriction::size(op, t, n)),
            tag().prop_map(Restriction::exist),
        ]
    }

    /// Restriction trees up to `depth` levels of nesting below the root.
    pub fn tree(depth: u32) -> impl Strategy<Value = Restriction<'static>> {
        leaf().prop_recursive(depth, 24, 4, |inner| {
            prop_oneof![
                vec(inner.clone(), 0..4).prop_map(|v| Restriction::and(leak(v))),
                vec(inner.clone(), 0..4).prop_map(|v| Restriction::or(leak(v))),
                inner.clone().prop_map(|r| Restriction::not(leak_one(r))),
                (tag(), inner.clone()).prop_map(|(t, r)| Restriction::sub_object(t, leak_one(r))),
                (vec(tagged(), 0..3), proptest::option::of(inner.clone()))
                    .prop_map(|(v, r)| Restriction::comment(leak(v), r.map(leak_one))),
                (any::<u32>(), inner.clone()).prop_map(|(n, r)| Restriction::count(n, leak_one(r))),
                // A PtypRestriction value inside a PropertyRestriction.
                (RelOp::arb(), tag(), inner).prop_map(|(op, t, r)| {
                    let v = TaggedPropertyValue::new(
                        0x6679,
                        PropertyValue::Restriction(Nested::new(leak_one(r))),
                    );
                    Restriction::property(op, t, leak_one(v))
                }),
            ]
        })
    }

    impl<'a> Arb<'a> for Restriction<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            tree(4).prop_map(|r| -> Restriction<'a> { r })
        }
    }

    /// No restriction, or a caller's restriction tree ([`Restriction`]'s strategy).
    impl<'a> Arb<'a> for RestrictionData<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            proptest::option::of(Restriction::arb()).prop_map(|r| {
                r.map_or(RestrictionData::NONE, |r| RestrictionData::new(leak_one(r)))
            })
        }
    }
}

#[cfg(feature = "arbitrary")]
pub mod structured {
    //! Structured fuzzing (feature `arbitrary`): restrictions in the standard form, the
    //! fixed-size ones from generated fields, the others in their wire form — whatever the
    //! front of the input holds of the right shape (the way [`crate::structured`] builds
    //! lists without storage), falling back to a fixed-size restriction.
    use super::*;
    use crate::data::propvalue::skip_comment_body;
    use crate::wire::structured::{MAX_ITEMS, wire_run};
    use arbitrary::{Arbitrary, Result, Unstructured};

    const W: CountWidth = CountWidth::Standard;

    /// The bytes of one structure `skip` accepts at the front of the input, consumed.
    fn one<'a>(
        u: &mut Unstructured<'a>,
        skip: impl Fn(&'a [u8]) -> Skip<'a>,
    ) -> Result<Option<&'a [u8]>> {
        let (bytes, n) = wire_run(u, 1, |b| skip(b).map(|r| (r, ())))?;
        Ok((n == 1).then_some(bytes))
    }

    /// A restriction nested one level below the one generated, in its wire form, or `None`
    /// when the input holds none.
    pub fn sub_restriction<'a>(u: &mut Unstructured<'a>) -> Result<Option<SubRestriction<'a>>> {
        Ok(one(u, |b| skip_restriction(b, W, 2))?.map(|b| Nested::from_wire(b, W)))
    }

    fn tagged_value<'a>(u: &mut Unstructured<'a>) -> Result<Option<TaggedValue<'a>>> {
        Ok(one(u, |b| skip_tagged(b, W, 1))?.map(|b| Nested::from_wire(b, W)))
    }

    fn fixed<'a>(u: &mut Unstructured<'a>) -> Result<Restriction<'a>> {
        Ok(match u.int_in_range(0..=3u8)? {
            0 => Restriction::compare(u.arbitrary()?, u.arbitrary()?, u.arbitrary()?),
            1 => Restriction::bitmask(u.arbitrary()?, u.arbitrary()?, u.arbitrary()?),
            2 => Restriction::size(u.arbitrary()?, u.arbitrary()?, u.arbitrary()?),
            _ => Restriction::exist(u.arbitrary()?),
        })
    }

    /// Any restriction type; children, TaggedValues and comments are taken from the input
    /// as wire views (each restriction below the one generated fits the nesting bound one
    /// level down).
    impl<'a> Arbitrary<'a> for Restriction<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let kind = u.int_in_range(0..=11u8)?;
            let sub = |u: &mut Unstructured<'a>| sub_restriction(u);
            Ok(match kind {
                0 | 1 => {
                    let want = u.int_in_range(0..=MAX_ITEMS)?;
                    let (bytes, n) =
                        wire_run(u, want, |b| skip_restriction(b, W, 2).map(|r| (r, ())))?;
                    let list = List::Wire {
                        bytes,
                        count: n,
                        ctx: W,
                    };
                    if kind == 0 {
                        Restriction::And(list)
                    } else {
                        Restriction::Or(list)
                    }
                }
                2 => match sub(u)? {
                    Some(r) => Restriction::Not(r),
                    None => fixed(u)?,
                },
                3 => match tagged_value(u)? {
                    Some(v) => Restriction::Content {
                        fuzzy_level_low: u.arbitrary()?,
                        fuzzy_level_high: u.arbitrary()?,
                        property_tag: u.arbitrary()?,
                        tagged_value: v,
                    },
                    None => fixed(u)?,
                },
                4 => match tagged_value(u)? {
                    Some(v) => Restriction::Property {
                        rel_op: u.arbitrary()?,
                        prop_tag: u.arbitrary()?,
                        tagged_value: v,
                    },
                    None => fixed(u)?,
                },
                9 => {
                    let subobject = u.arbitrary()?;
                    match sub(u)? {
                        Some(r) => Restriction::SubObject {
                            subobject,
                            restriction: r,
                        },
                        None => fixed(u)?,
                    }
                }
                10 => match one(u, |b| skip_comment_body(b, W, 1))? {
                    Some(b) => Restriction::Comment(CommentRestriction::from_wire(b, W)),
                    None => Restriction::comment(&[], None),
                },
                11 => {
                    let count = u.arbitrary()?;
                    match sub(u)? {
                        Some(r) => Restriction::Count {
                            count,
                            sub_restriction: r,
                        },
                        None => fixed(u)?,
                    }
                }
                _ => fixed(u)?,
            })
        }
    }

    /// No restriction half the time; otherwise the restriction at the front of the input, in
    /// its wire form (none when the input holds none, or one too long for the size field).
    impl<'a> Arbitrary<'a> for RestrictionData<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            if !u.arbitrary::<bool>()? {
                return Ok(RestrictionData::NONE);
            }
            let bytes = sub_restriction(u)?.and_then(|r| r.wire()).map(|(b, _)| b);
            Ok(match bytes {
                Some(b) if b.len() <= usize::from(u16::MAX) => {
                    RestrictionData(RestrictionRepr::Wire(b))
                }
                _ => RestrictionData::NONE,
            })
        }
    }
}
