//! Property values: PropertyValue, TypedPropertyValue, TaggedPropertyValue
//! ([MS-OXCDATA] 2.11.1–2.11.4), with ROP-buffer count widths (2.11.1.1); and the
//! definitions and decoder of restrictions ([MS-OXCDATA] 2.12), which the values hold.
//!
//! Values and restrictions are one recursive grammar: a PtypRestriction value holds a
//! restriction (2.11.1), and a Content, Property or Comment restriction holds
//! TaggedPropertyValues (2.12.4, 2.12.5, 2.12.11), with no size in front of either, so
//! neither can be defined, validated or skipped without the other. Both halves of that
//! core therefore live here: the restriction types ([`Restriction`], [`Nested`],
//! [`CommentRestriction`], [`CountWidth`] and the code sets their variants hold), the
//! validating walk that decoding, [`PropertyValue::skip_as`] and the wire views share, and
//! the decoders. What is not part of the recursion — encoding, dumping, the builders
//! ([`Restriction::and`], …), `RestrictionData` and the generators, among them
//! [`PropertyValue`]'s proptest strategy — is in [`crate::data::restriction`], which
//! imports this module and re-exports the restriction types under their public paths
//! (`ropwire::data::restriction::Restriction`, …).

use core::fmt;

use crate::data::ids::{Guid, fixed_codec};
use crate::data::proptag::{PropertyTag, PropertyType};
use crate::error::{DecodeError, EncodeError, ErrorKind, Fail};
use crate::wire::{
    Decode, DecodeCtx, Dump, DumpElem, DumpField, Dumper, Encode, LeArray, LeElem, List, PResult,
    Str8, Utf16Str, Writer, check_count, fail, finish, le_u8, le_u16, le_u32, take, take_array,
    to_decode_error, u16_len, u32_len,
};

/// An IEEE single compared by bits, so NaN round-trips equal ([MS-OXCDATA] 2.11.1 PtypFloating32).
#[derive(Clone, Copy, Default)]
pub struct F32(pub f32);
/// An IEEE double compared by bits ([MS-OXCDATA] 2.11.1 PtypFloating64, PtypFloatingTime).
#[derive(Clone, Copy, Default)]
pub struct F64(pub f64);

impl PartialEq for F32 {
    fn eq(&self, o: &Self) -> bool {
        self.0.to_bits() == o.0.to_bits()
    }
}
impl PartialEq for F64 {
    fn eq(&self, o: &Self) -> bool {
        self.0.to_bits() == o.0.to_bits()
    }
}
impl fmt::Debug for F32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
impl fmt::Debug for F64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
fixed_codec!(F32, 4, |b| F32(f32::from_le_bytes(b)), |s| s
    .0
    .to_le_bytes());
fixed_codec!(F64, 8, |b| F64(f64::from_le_bytes(b)), |s| s
    .0
    .to_le_bytes());
/// A PtypBoolean byte ([MS-OXCDATA] 2.11.1): 0 is false, any other byte true.
///
/// The spec restricts the byte to 0 or 1, but peers (gromox, the MAPI Inspector) read any
/// non-zero byte as true, so a decoded value keeps the byte it arrived as and re-encodes
/// it unchanged. A value built from a `bool` ([`Bool::new`], `From<bool>`, [`Bool::TRUE`],
/// [`Bool::FALSE`]) holds 0 or 1 and is written as such. Equality compares the bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Bool(u8);

impl Bool {
    /// `false`, the byte 0 ([MS-OXCDATA] 2.11.1).
    pub const FALSE: Bool = Bool(0);
    /// `true` as a sender writes it, the byte 1 ([MS-OXCDATA] 2.11.1).
    pub const TRUE: Bool = Bool(1);

    /// The value a sender writes for `b`: 0 or 1 ([MS-OXCDATA] 2.11.1).
    pub const fn new(b: bool) -> Self {
        Bool(b as u8)
    }

    /// Whether the byte is non-zero ([MS-OXCDATA] 2.11.1).
    pub const fn as_bool(self) -> bool {
        self.0 != 0
    }

    /// The byte as received (0 or 1 when built from a `bool`) ([MS-OXCDATA] 2.11.1).
    pub const fn raw(self) -> u8 {
        self.0
    }

    /// A byte as received on the wire (crate-internal: callers build from a `bool`).
    pub(crate) const fn from_wire(b: u8) -> Self {
        Bool(b)
    }
}

impl From<bool> for Bool {
    fn from(b: bool) -> Self {
        Bool::new(b)
    }
}

impl From<Bool> for bool {
    fn from(b: Bool) -> Self {
        b.as_bool()
    }
}

impl fmt::Debug for Bool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 | 1 => fmt::Debug::fmt(&self.as_bool(), f),
            b => write!(f, "true (0x{b:02X})"),
        }
    }
}

impl DumpElem for F32 {
    fn as_int(&self) -> (u64, u8) {
        (u64::from(self.0.to_bits()), 4)
    }
}
impl DumpElem for F64 {
    fn as_int(&self) -> (u64, u8) {
        (self.0.to_bits(), 8)
    }
}
impl DumpElem for Guid {
    fn as_int(&self) -> (u64, u8) {
        (
            u64::from_le_bytes(*self.0.first_chunk().unwrap_or(&[0; 8])),
            16,
        )
    }
}

/// A byte run with a 2-byte COUNT, as PtypBinary in ROP buffers ([MS-OXCDATA] 2.11.1.1).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Bin16<'a>(pub &'a [u8]);

impl fmt::Debug for Bin16<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bin16(")?;
        for b in self.0 {
            write!(f, "{b:02X}")?;
        }
        f.write_str(")")
    }
}

impl Bin16<'_> {
    /// The bytes after the COUNT and bytes at the front of `input`, or `None` when they do
    /// not fit: the check [`Decode`] makes, without building a value.
    #[inline]
    pub fn skip(input: &[u8]) -> Option<&[u8]> {
        let (n, rest) = input.split_first_chunk::<2>()?;
        rest.get(usize::from(u16::from_le_bytes(*n))..)
    }
}

impl<'a> Decode<'a> for Bin16<'a> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, n) = le_u16(input)?;
        let (rest, b) = take(rest, usize::from(n))?;
        Ok((rest, Bin16(b)))
    }
}

impl Encode for Bin16<'_> {
    fn encoded_len(&self) -> usize {
        2 + self.0.len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u16(u16_len(self.0.len(), "COUNT (PtypBinary)")?)?;
        w.put_bytes(self.0)
    }
}

impl Dump for Bin16<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        d.bytes("Value", self.0);
    }
}

impl Dump for Str8<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        d.text("Value", self);
    }
}

impl Dump for Utf16Str<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        d.utf16("Value", self);
    }
}

list_item!(Bin16<'a> = 2, Str8<'a> = 1, Utf16Str<'a> = 2);

/// One property value, its layout chosen by its type ([MS-OXCDATA] 2.11.1).
///
/// Multi-valued counts are 4 bytes and PtypBinary counts 2 bytes, as in ROP buffers.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(missing_docs)]
pub enum PropertyValue<'a> {
    Null,
    Integer16(i16),
    Integer32(i32),
    Floating32(F32),
    Floating64(F64),
    Currency(i64),
    FloatingTime(F64),
    ErrorCode(u32),
    /// PtypBoolean: the byte as received; see [`Bool`].
    Boolean(Bool),
    Integer64(i64),
    String8(Str8<'a>),
    String(Utf16Str<'a>),
    Time(u64),
    Guid(Guid),
    /// PtypServerId: COUNT:2 then the bytes (Ours:1 FolderId:8 MessageId:8 Instance:4 when Ours=1).
    ServerId(&'a [u8]),
    Binary(&'a [u8]),
    MultipleInteger16(LeArray<'a, i16>),
    MultipleInteger32(LeArray<'a, i32>),
    MultipleFloating32(LeArray<'a, F32>),
    MultipleFloating64(LeArray<'a, F64>),
    MultipleCurrency(LeArray<'a, i64>),
    MultipleFloatingTime(LeArray<'a, F64>),
    MultipleInteger64(LeArray<'a, i64>),
    MultipleString8(List<'a, Str8<'a>>),
    MultipleString(List<'a, Utf16Str<'a>>),
    MultipleTime(LeArray<'a, u64>),
    MultipleGuid(LeArray<'a, Guid>),
    MultipleBinary(List<'a, Bin16<'a>>),
    /// PtypRestriction: a Restriction in the standard form ([MS-OXCDATA] 2.11.1, 2.12), as
    /// PidTagRuleCondition and search criteria values carry it in ROP buffers.
    Restriction(SubRestriction<'a>),
}

impl<'a> PropertyValue<'a> {
    /// The property type of this value.
    pub fn prop_type(&self) -> PropertyType {
        use PropertyValue as V;
        match self {
            V::Null => PropertyType::PtypNull,
            V::Integer16(_) => PropertyType::PtypInteger16,
            V::Integer32(_) => PropertyType::PtypInteger32,
            V::Floating32(_) => PropertyType::PtypFloating32,
            V::Floating64(_) => PropertyType::PtypFloating64,
            V::Currency(_) => PropertyType::PtypCurrency,
            V::FloatingTime(_) => PropertyType::PtypFloatingTime,
            V::ErrorCode(_) => PropertyType::PtypErrorCode,
            V::Boolean(_) => PropertyType::PtypBoolean,
            V::Integer64(_) => PropertyType::PtypInteger64,
            V::String8(_) => PropertyType::PtypString8,
            V::String(_) => PropertyType::PtypString,
            V::Time(_) => PropertyType::PtypTime,
            V::Guid(_) => PropertyType::PtypGuid,
            V::ServerId(_) => PropertyType::PtypServerId,
            V::Binary(_) => PropertyType::PtypBinary,
            V::MultipleInteger16(_) => PropertyType::PtypMultipleInteger16,
            V::MultipleInteger32(_) => PropertyType::PtypMultipleInteger32,
            V::MultipleFloating32(_) => PropertyType::PtypMultipleFloating32,
            V::MultipleFloating64(_) => PropertyType::PtypMultipleFloating64,
            V::MultipleCurrency(_) => PropertyType::PtypMultipleCurrency,
            V::MultipleFloatingTime(_) => PropertyType::PtypMultipleFloatingTime,
            V::MultipleInteger64(_) => PropertyType::PtypMultipleInteger64,
            V::MultipleString8(_) => PropertyType::PtypMultipleString8,
            V::MultipleString(_) => PropertyType::PtypMultipleString,
            V::MultipleTime(_) => PropertyType::PtypMultipleTime,
            V::MultipleGuid(_) => PropertyType::PtypMultipleGuid,
            V::MultipleBinary(_) => PropertyType::PtypMultipleBinary,
            V::Restriction(_) => PropertyType::PtypRestriction,
        }
    }

    /// Decodes a value of type `ty` (a value type, not PtypUnspecified) ([MS-OXCDATA] 2.11.1).
    pub fn decode_as(input: &'a [u8], ty: PropertyType) -> PResult<'a, Self> {
        Self::read_as(input, ty)
    }

    /// [`PropertyValue::decode_as`] inlined where lists and rows read their values: the
    /// value is then built where it is used instead of returned through memory. The
    /// recursive restriction parser calls the out-of-line form, to keep its frames small.
    #[inline(always)]
    pub(crate) fn read_as(input: &'a [u8], ty: PropertyType) -> PResult<'a, Self> {
        use PropertyValue as V;
        fn mv<'a, T: LeElem>(
            i: &'a [u8],
            f: fn(LeArray<'a, T>) -> PropertyValue<'a>,
        ) -> PResult<'a, PropertyValue<'a>> {
            let (i, n) = le_u32(i)?;
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            let (i, a) = LeArray::parse(i, n, "COUNT (multi-valued)")?;
            Ok((i, f(a)))
        }
        fn mvl<'a, T: DecodeCtx<'a, ()>>(
            i: &'a [u8],
            min: usize,
            f: fn(List<'a, T>) -> PropertyValue<'a>,
        ) -> PResult<'a, PropertyValue<'a>> {
            let (i, n) = le_u32(i)?;
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            let (i, l) = List::parse(i, n, min, (), "COUNT (multi-valued)")?;
            Ok((i, f(l)))
        }
        let r = input;
        Ok(match ty {
            PropertyType::PtypNull => (r, V::Null),
            PropertyType::PtypInteger16 => i16::parse(r).map(|(r, v)| (r, V::Integer16(v)))?,
            PropertyType::PtypInteger32 => i32::parse(r).map(|(r, v)| (r, V::Integer32(v)))?,
            PropertyType::PtypFloating32 => F32::parse(r).map(|(r, v)| (r, V::Floating32(v)))?,
            PropertyType::PtypFloating64 => F64::parse(r).map(|(r, v)| (r, V::Floating64(v)))?,
            PropertyType::PtypCurrency => i64::parse(r).map(|(r, v)| (r, V::Currency(v)))?,
            PropertyType::PtypFloatingTime => {
                F64::parse(r).map(|(r, v)| (r, V::FloatingTime(v)))?
            }
            PropertyType::PtypErrorCode => u32::parse(r).map(|(r, v)| (r, V::ErrorCode(v)))?,
            PropertyType::PtypBoolean => {
                take_array::<1>(r).map(|(r, [b])| (r, V::Boolean(Bool::from_wire(b))))?
            }
            PropertyType::PtypInteger64 => i64::parse(r).map(|(r, v)| (r, V::Integer64(v)))?,
            PropertyType::PtypString8 => Str8::parse(r).map(|(r, v)| (r, V::String8(v)))?,
            PropertyType::PtypString => Utf16Str::parse(r).map(|(r, v)| (r, V::String(v)))?,
            PropertyType::PtypTime => u64::parse(r).map(|(r, v)| (r, V::Time(v)))?,
            PropertyType::PtypGuid => Guid::parse(r).map(|(r, v)| (r, V::Guid(v)))?,
            PropertyType::PtypServerId => Bin16::parse(r).map(|(r, v)| (r, V::ServerId(v.0)))?,
            PropertyType::PtypBinary => Bin16::parse(r).map(|(r, v)| (r, V::Binary(v.0)))?,
            PropertyType::PtypMultipleInteger16 => mv(r, V::MultipleInteger16)?,
            PropertyType::PtypMultipleInteger32 => mv(r, V::MultipleInteger32)?,
            PropertyType::PtypMultipleFloating32 => mv(r, V::MultipleFloating32)?,
            PropertyType::PtypMultipleFloating64 => mv(r, V::MultipleFloating64)?,
            PropertyType::PtypMultipleCurrency => mv(r, V::MultipleCurrency)?,
            PropertyType::PtypMultipleFloatingTime => mv(r, V::MultipleFloatingTime)?,
            PropertyType::PtypMultipleInteger64 => mv(r, V::MultipleInteger64)?,
            PropertyType::PtypMultipleString8 => mvl(r, 1, V::MultipleString8)?,
            PropertyType::PtypMultipleString => mvl(r, 2, V::MultipleString)?,
            PropertyType::PtypMultipleTime => mv(r, V::MultipleTime)?,
            PropertyType::PtypMultipleGuid => mv(r, V::MultipleGuid)?,
            PropertyType::PtypMultipleBinary => mvl(r, 2, V::MultipleBinary)?,
            PropertyType::PtypRestriction => {
                parse_nested(r, CountWidth::Standard).map(|(r, v)| (r, V::Restriction(v)))?
            }
            PropertyType::PtypRuleAction => {
                return fail(r, ErrorKind::UnsupportedStructure("PtypRuleAction value"));
            }
            PropertyType::PtypObject => {
                return fail(r, ErrorKind::UnsupportedStructure("PtypObject value"));
            }
            _ => {
                return fail(
                    r,
                    ErrorKind::InvalidValue {
                        field: "PropertyType",
                    },
                );
            }
        })
    }
}

/// How a value of one property type sits on the wire, for validation without building it
/// ([MS-OXCDATA] 2.11.1, ROP-buffer count widths 2.11.1.1).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// A fixed number of bytes.
    Fixed(u8),
    /// NUL-terminated 8-bit string.
    Str8,
    /// NUL-terminated UTF-16LE string.
    Utf16,
    /// COUNT:2 then bytes (PtypBinary, PtypServerId).
    Bin,
    /// COUNT:4 then fixed-size elements.
    MvFixed(u8),
    /// COUNT:4 then 8-bit strings.
    MvStr8,
    /// COUNT:4 then UTF-16 strings.
    MvUtf16,
    /// COUNT:4 then COUNT:2 binaries.
    MvBin,
    /// A Restriction, standard form ([MS-OXCDATA] 2.12).
    Restriction,
    /// A structure this crate does not decode yet.
    Unsupported,
    /// Not a property type of a value.
    Invalid,
}

const fn shape_of(ty: u16) -> Shape {
    match ty {
        0x0001 => Shape::Fixed(0),
        0x0002 => Shape::Fixed(2),
        0x0003 | 0x0004 | 0x000A => Shape::Fixed(4),
        0x0005 | 0x0006 | 0x0007 | 0x0014 | 0x0040 => Shape::Fixed(8),
        0x0048 => Shape::Fixed(16),
        // PtypBoolean: one byte, any value (see `Bool`).
        0x000B => Shape::Fixed(1),
        0x001E => Shape::Str8,
        0x001F => Shape::Utf16,
        0x0102 | 0x00FB => Shape::Bin,
        0x1002 => Shape::MvFixed(2),
        0x1003 | 0x1004 => Shape::MvFixed(4),
        0x1005 | 0x1006 | 0x1007 | 0x1014 | 0x1040 => Shape::MvFixed(8),
        0x1048 => Shape::MvFixed(16),
        0x101E => Shape::MvStr8,
        0x101F => Shape::MvUtf16,
        0x1102 => Shape::MvBin,
        0x00FD => Shape::Restriction,
        0x00FE => Shape::Unsupported,
        0x000D => Shape::Unsupported,
        _ => Shape::Invalid,
    }
}

/// Every type code with only the bits 0x11FF can be a value type: a dense table over
/// those 1024 codes replaces a sparse match on the hot path.
static SHAPES: [Shape; 1024] = {
    let mut t = [Shape::Invalid; 1024];
    let mut i = 0;
    while i < 1024 {
        t[i] = shape_of(((i & 0x1FF) | ((i & 0x200) << 3)) as u16);
        i += 1;
    }
    t
};

#[inline(always)]
fn shape(ty: PropertyType) -> Shape {
    if ty.0 & !0x11FF != 0 {
        return Shape::Invalid;
    }
    let i = usize::from((ty.0 & 0x1FF) | ((ty.0 & 0x1000) >> 3));
    SHAPES.get(i).copied().unwrap_or(Shape::Invalid)
}

/// The size of a value of type `ty` when it is fixed (and has no invalid encodings).
#[inline(always)]
pub(crate) fn fixed_size(ty: PropertyType) -> Option<usize> {
    match shape(ty) {
        Shape::Fixed(n) => Some(usize::from(n)),
        _ => None,
    }
}

impl<'a> PropertyValue<'a> {
    /// The bytes after a value of type `ty` at the front of `input`, checked without
    /// building it; `None` where [`PropertyValue::decode_as`] would fail (which then gives
    /// the precise error) ([MS-OXCDATA] 2.11.1).
    #[inline]
    pub fn skip_as(input: &'a [u8], ty: PropertyType) -> Option<&'a [u8]> {
        #[inline(always)]
        fn counted(input: &[u8], min: usize) -> Option<(&[u8], usize)> {
            let (n, rest) = input.split_first_chunk::<4>()?;
            let n = usize::try_from(u32::from_le_bytes(*n)).ok()?;
            (n.checked_mul(min)? <= rest.len()).then_some((rest, n))
        }
        match shape(ty) {
            Shape::Fixed(n) => input.get(usize::from(n)..),
            Shape::Str8 => Str8::skip(input),
            Shape::Utf16 => Utf16Str::skip(input),
            Shape::Bin => Bin16::skip(input),
            Shape::MvFixed(size) => {
                let (r, n) = counted(input, usize::from(size))?;
                r.get(n.checked_mul(usize::from(size))?..)
            }
            Shape::MvStr8 => {
                let (mut r, n) = counted(input, 1)?;
                for _ in 0..n {
                    r = Str8::skip(r)?;
                }
                Some(r)
            }
            Shape::MvUtf16 => {
                let (mut r, n) = counted(input, 2)?;
                for _ in 0..n {
                    r = Utf16Str::skip(r)?;
                }
                Some(r)
            }
            Shape::MvBin => {
                let (mut r, n) = counted(input, 2)?;
                for _ in 0..n {
                    r = Bin16::skip(r)?;
                }
                Some(r)
            }
            Shape::Restriction => skip_standard(input),
            Shape::Unsupported | Shape::Invalid => None,
        }
    }
}

impl<'a> DecodeCtx<'a, PropertyType> for PropertyValue<'a> {
    fn parse_ctx(input: &'a [u8], ty: PropertyType) -> PResult<'a, Self> {
        PropertyValue::read_as(input, ty)
    }
}

fn mv_count(n: usize) -> Result<u32, EncodeError> {
    u32_len(n, "COUNT (multi-valued)")
}

impl Encode for PropertyValue<'_> {
    fn encoded_len(&self) -> usize {
        use PropertyValue as V;
        match self {
            V::Null => 0,
            V::Boolean(_) => 1,
            V::Integer16(_) => 2,
            V::Integer32(_) | V::Floating32(_) | V::ErrorCode(_) => 4,
            V::Floating64(_)
            | V::Currency(_)
            | V::FloatingTime(_)
            | V::Integer64(_)
            | V::Time(_) => 8,
            V::Guid(_) => 16,
            V::String8(s) => s.encoded_len(),
            V::String(s) => s.encoded_len(),
            V::ServerId(b) | V::Binary(b) => 2 + b.len(),
            V::MultipleInteger16(a) => 4 + a.encoded_len(),
            V::MultipleInteger32(a) => 4 + a.encoded_len(),
            V::MultipleFloating32(a) => 4 + a.encoded_len(),
            V::MultipleFloating64(a) | V::MultipleFloatingTime(a) => 4 + a.encoded_len(),
            V::MultipleCurrency(a) | V::MultipleInteger64(a) => 4 + a.encoded_len(),
            V::MultipleTime(a) => 4 + a.encoded_len(),
            V::MultipleGuid(a) => 4 + a.encoded_len(),
            V::MultipleString8(l) => 4 + l.encoded_len(),
            V::MultipleString(l) => 4 + l.encoded_len(),
            V::MultipleBinary(l) => 4 + l.encoded_len(),
            V::Restriction(r) => r.encoded_len(),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        use PropertyValue as V;
        match self {
            V::Null => Ok(()),
            V::Boolean(b) => w.put_u8(b.raw()),
            V::Integer16(v) => v.encode(w),
            V::Integer32(v) => v.encode(w),
            V::Floating32(v) => v.encode(w),
            V::ErrorCode(v) => v.encode(w),
            V::Floating64(v) | V::FloatingTime(v) => v.encode(w),
            V::Currency(v) | V::Integer64(v) => v.encode(w),
            V::Time(v) => v.encode(w),
            V::Guid(g) => g.encode(w),
            V::String8(s) => s.encode(w),
            V::String(s) => s.encode(w),
            V::ServerId(b) | V::Binary(b) => Bin16(b).encode(w),
            V::MultipleInteger16(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleInteger32(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleFloating32(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleFloating64(a) | V::MultipleFloatingTime(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleCurrency(a) | V::MultipleInteger64(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleTime(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleGuid(a) => mv_count(a.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| a.encode(w)),
            V::MultipleString8(l) => mv_count(l.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| l.encode(w)),
            V::MultipleString(l) => mv_count(l.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| l.encode(w)),
            V::MultipleBinary(l) => mv_count(l.len())
                .and_then(|n| w.put_u32(n))
                .and_then(|_| l.encode(w)),
            V::Restriction(r) => r.encode(w),
        }
    }
}

impl DumpField for PropertyValue<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        use PropertyValue as V;
        match self {
            V::Null => d.raw(name, &"null"),
            V::Boolean(b) => d.int(name, u64::from(b.raw()), 1),
            V::Integer16(v) => v.dump_field(name, d),
            V::Integer32(v) => v.dump_field(name, d),
            V::ErrorCode(v) => v.dump_field(name, d),
            V::Currency(v) | V::Integer64(v) => v.dump_field(name, d),
            V::Time(v) => v.dump_field(name, d),
            V::Floating32(v) => d.raw(name, &v.0),
            V::Floating64(v) | V::FloatingTime(v) => d.raw(name, &v.0),
            V::Guid(g) => d.raw(name, g),
            V::String8(s) => d.text(name, s),
            V::String(s) => d.utf16(name, s),
            V::ServerId(b) | V::Binary(b) => d.bytes(name, b),
            V::MultipleInteger16(a) => a.dump_field(name, d),
            V::MultipleInteger32(a) => a.dump_field(name, d),
            V::MultipleFloating32(a) => a.dump_field(name, d),
            V::MultipleFloating64(a) | V::MultipleFloatingTime(a) => a.dump_field(name, d),
            V::MultipleCurrency(a) | V::MultipleInteger64(a) => a.dump_field(name, d),
            V::MultipleTime(a) => a.dump_field(name, d),
            V::MultipleGuid(a) => a.dump_field(name, d),
            V::MultipleString8(l) => l.dump_field(name, d),
            V::MultipleString(l) => l.dump_field(name, d),
            V::MultipleBinary(l) => l.dump_field(name, d),
            V::Restriction(r) => r.dump_field(name, d),
        }
    }
}

/// TypedPropertyValue: PropertyType:2 then the value ([MS-OXCDATA] 2.11.3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypedPropertyValue<'a>(pub PropertyValue<'a>);

impl<'a> Decode<'a> for TypedPropertyValue<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, ty) = PropertyType::parse(input)?;
        let (rest, v) = PropertyValue::read_as(rest, ty)?;
        Ok((rest, TypedPropertyValue(v)))
    }
}

impl Encode for TypedPropertyValue<'_> {
    fn encoded_len(&self) -> usize {
        2 + self.0.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.0.prop_type().encode(w)?;
        self.0.encode(w)
    }
}

impl Dump for TypedPropertyValue<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.0.prop_type().dump_field("PropertyType", d);
        self.0.dump_field("PropertyValue", d);
    }
}

/// TaggedPropertyValue: PropertyTag:4 then the value of the tag's type ([MS-OXCDATA] 2.11.4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaggedPropertyValue<'a> {
    /// `PropertyTag`; its type must be the value's type.
    pub tag: PropertyTag,
    /// `PropertyValue`.
    pub value: PropertyValue<'a>,
}

impl<'a> TaggedPropertyValue<'a> {
    /// A tagged value whose tag is `id` with the value's own type.
    pub fn new(id: u16, value: PropertyValue<'a>) -> Self {
        TaggedPropertyValue {
            tag: PropertyTag::new(id, value.prop_type()),
            value,
        }
    }
}

impl<'a> Decode<'a> for TaggedPropertyValue<'a> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, tag) = PropertyTag::parse(input)?;
        let (rest, value) = PropertyValue::read_as(rest, tag.prop_type())?;
        Ok((rest, TaggedPropertyValue { tag, value }))
    }
}

impl Encode for TaggedPropertyValue<'_> {
    fn encoded_len(&self) -> usize {
        4 + self.value.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if self.tag.prop_type() != self.value.prop_type() {
            return Err(EncodeError::InvalidValue {
                field: "PropertyTag (type differs from the value's)",
            });
        }
        self.tag.encode(w)?;
        self.value.encode(w)
    }
}

impl Dump for TaggedPropertyValue<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.tag.dump_field("PropertyTag", d);
        self.value.dump_field("PropertyValue", d);
    }
}

impl<'a> DecodeCtx<'a, ()> for TaggedPropertyValue<'a> {
    #[inline]
    fn parse_ctx(input: &'a [u8], _: ()) -> PResult<'a, Self> {
        Self::parse(input)
    }
    #[inline]
    fn skip_ctx(input: &'a [u8], _: ()) -> Option<&'a [u8]> {
        let (tag, rest) = input.split_first_chunk::<4>()?;
        PropertyValue::skip_as(rest, PropertyTag(u32::from_le_bytes(*tag)).prop_type())
    }
}

impl<'a> crate::wire::ListItem<'a> for TaggedPropertyValue<'a> {
    const MIN_SIZE: usize = 4;
}

list_item!(TypedPropertyValue<'a> = 2);

// ---- restrictions: the other half of the recursive grammar ----------------------------
//
// The types and the decoder; the builders, the encoder and the dumper are in
// `data/restriction.rs`, which re-exports these types under `data::restriction`.

/// The deepest nesting of restrictions accepted, counting the outermost restriction as 1
/// ([MS-OXCDATA] 2.12 sets no bound).
///
/// Every restriction that holds another (Not, SubObject, Count, a present Comment
/// restriction, each child of And/Or, a PtypRestriction value inside a TaggedValue) adds a
/// level. A deeper input is [`ErrorKind::DepthExceeded`] at the first restriction past the
/// bound, and the encoder refuses a deeper caller tree. Neither gromox (`ext_buffer.cpp`,
/// `g_restriction`, which recurses without a bound) nor the MAPI Inspector bounds the
/// nesting, and the specification names no limit; the search criteria and rule conditions
/// clients build nest a handful of levels (the Outlook search-folder lookup in the real
/// captures nests 2). 64 leaves ample room while the bounded recursion stays small: at the
/// bound, decoding, encoding and dumping take under 256 KiB of stack in an unoptimised
/// build (`tests/restriction.rs` runs them on a 512 KiB thread), an eighth of the default
/// 2 MiB thread stack.
pub const MAX_RESTRICTION_DEPTH: usize = 64;

/// The width of the COUNT fields of a restriction and of the property values inside it
/// ([MS-OXCDATA] 2.11.1.1, 2.12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CountWidth {
    /// ROP buffers (RopRestrict, RopFindRow, RopSetSearchCriteria, RopGetSearchCriteria,
    /// RopSynchronizationConfigure, PtypRestriction values in ROP property lists): RestrictCount
    /// is 2 bytes and PtypBinary byte counts are 2 bytes.
    #[default]
    Standard,
    /// Extended rules ([MS-OXORULE] 2.2.4, the condition in
    /// PidTagExtendedRuleMessageCondition): RestrictCount and PtypBinary byte counts are
    /// 4 bytes.
    Extended,
}

impl CountWidth {
    /// Bytes a COUNT field takes in this form ([MS-OXCDATA] 2.11.1.1).
    pub const fn size(self) -> usize {
        match self {
            CountWidth::Standard => 2,
            CountWidth::Extended => 4,
        }
    }

    /// Reads a COUNT field ([MS-OXCDATA] 2.11.1.1).
    fn read(self, input: &[u8]) -> PResult<'_, usize> {
        match self {
            CountWidth::Standard => le_u16(input).map(|(r, n)| (r, usize::from(n))),
            CountWidth::Extended => {
                le_u32(input).map(|(r, n)| (r, usize::try_from(n).unwrap_or(usize::MAX)))
            }
        }
    }
}

/// The fewest bytes one restriction takes, in either width: a CommentRestriction with no
/// values and no restriction (an empty AndRestriction takes 3 or 5).
const MIN_RESTRICTION: usize = 3;

code_set! {
    /// RestrictType, the first byte of every restriction ([MS-OXCDATA] 2.12); named by the
    /// spec's alternate names.
    pub struct RestrictType(u8);
    /// AndRestriction ([MS-OXCDATA] 2.12.1).
    RES_AND = 0x00;
    /// OrRestriction ([MS-OXCDATA] 2.12.2).
    RES_OR = 0x01;
    /// NotRestriction ([MS-OXCDATA] 2.12.3).
    RES_NOT = 0x02;
    /// ContentRestriction ([MS-OXCDATA] 2.12.4).
    RES_CONTENT = 0x03;
    /// PropertyRestriction ([MS-OXCDATA] 2.12.5).
    RES_PROPERTY = 0x04;
    /// ComparePropertiesRestriction ([MS-OXCDATA] 2.12.6).
    RES_COMPAREPROPS = 0x05;
    /// BitMaskRestriction ([MS-OXCDATA] 2.12.7).
    RES_BITMASK = 0x06;
    /// SizeRestriction ([MS-OXCDATA] 2.12.8).
    RES_SIZE = 0x07;
    /// ExistRestriction ([MS-OXCDATA] 2.12.9).
    RES_EXIST = 0x08;
    /// SubObjectRestriction ([MS-OXCDATA] 2.12.10).
    RES_SUBRESTRICTION = 0x09;
    /// CommentRestriction ([MS-OXCDATA] 2.12.11).
    RES_COMMENT = 0x0A;
    /// CountRestriction ([MS-OXCDATA] 2.12.12).
    RES_COUNT = 0x0B;
}

code_set! {
    /// RelOp of Property, CompareProperties and Size restrictions ([MS-OXCDATA] 2.12.5.1);
    /// an open set, unknown values kept.
    pub struct RelOp(u8);
    /// RelationalOperatorLessThan ([MS-OXCDATA] 2.12.5.1).
    RELOP_LT = 0x00;
    /// RelationalOperatorLessThanOrEqual ([MS-OXCDATA] 2.12.5.1).
    RELOP_LE = 0x01;
    /// RelationalOperatorGreaterThan ([MS-OXCDATA] 2.12.5.1).
    RELOP_GT = 0x02;
    /// RelationalOperatorGreaterThanOrEqual ([MS-OXCDATA] 2.12.5.1).
    RELOP_GE = 0x03;
    /// RelationalOperatorEqual ([MS-OXCDATA] 2.12.5.1).
    RELOP_EQ = 0x04;
    /// RelationalOperatorNotEqual ([MS-OXCDATA] 2.12.5.1).
    RELOP_NE = 0x05;
    /// RelationalOperatorMemberOfDL ([MS-OXCDATA] 2.12.5.1).
    RELOP_MEMBER_OF_DL = 0x64;
}

code_set! {
    /// BitmapRelOp of a BitMaskRestriction ([MS-OXCDATA] 2.12.7.1); unknown values kept.
    pub struct BitmapRelOp(u8);
    /// The masked value is 0 ([MS-OXCDATA] 2.12.7.1).
    BMR_EQZ = 0x00;
    /// The masked value is not 0 ([MS-OXCDATA] 2.12.7.1).
    BMR_NEZ = 0x01;
}

code_set! {
    /// FuzzyLevelLow of a ContentRestriction ([MS-OXCDATA] 2.12.4.1): how much of the value
    /// must match; unknown values kept.
    pub struct FuzzyLevelLow(u16);
    /// The whole value matches ([MS-OXCDATA] 2.12.4.1).
    FL_FULLSTRING = 0x0000;
    /// Some part of the value matches ([MS-OXCDATA] 2.12.4.1).
    FL_SUBSTRING = 0x0001;
    /// The start of the value matches ([MS-OXCDATA] 2.12.4.1).
    FL_PREFIX = 0x0002;
}

bitflags::bitflags! {
    /// FuzzyLevelHigh of a ContentRestriction ([MS-OXCDATA] 2.12.4.1), string comparison
    /// options ORed together; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct FuzzyLevelHigh: u16 {
        /// `FL_IGNORECASE` (0x0001): case is not compared ([MS-OXCDATA] 2.12.4.1).
        const FL_IGNORECASE = 0x0001;
        /// `FL_IGNORENONSPACE` (0x0002): nonspacing characters such as diacritics are
        /// ignored ([MS-OXCDATA] 2.12.4.1).
        const FL_IGNORENONSPACE = 0x0002;
        /// `FL_LOOSE` (0x0004): match whenever possible ([MS-OXCDATA] 2.12.4.1).
        const FL_LOOSE = 0x0004;
        const _ = !0;
    }
}

flags_codec!(FuzzyLevelHigh: u16, 2, le_u16);

code_codec!(RestrictType: u8, 1; RelOp: u8, 1; BitmapRelOp: u8, 1; FuzzyLevelLow: u16, 2);

/// A restriction ([MS-OXCDATA] 2.12), in either count width.
///
/// Variants and fields carry the spec's names. Decoded values borrow the wire bytes
/// (children as [`List`] and [`Nested`] views over validated bytes); caller values borrow
/// their children ([`Restriction::and`], [`Restriction::not`], …). Equality compares the
/// logical content, whatever the count width or origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Restriction<'a> {
    /// AndRestriction ([MS-OXCDATA] 2.12.1.1): RestrictCount (COUNT), Restricts.
    And(Restrictions<'a>),
    /// OrRestriction ([MS-OXCDATA] 2.12.2.1): RestrictCount (COUNT), Restricts.
    Or(Restrictions<'a>),
    /// NotRestriction ([MS-OXCDATA] 2.12.3.1): Restriction.
    Not(SubRestriction<'a>),
    /// ContentRestriction ([MS-OXCDATA] 2.12.4.1).
    Content {
        /// `FuzzyLevelLow`.
        fuzzy_level_low: FuzzyLevelLow,
        /// `FuzzyLevelHigh`.
        fuzzy_level_high: FuzzyLevelHigh,
        /// `PropertyTag`: the property to search.
        property_tag: PropertyTag,
        /// `TaggedValue`: the value searched for (its property ID is ignored).
        tagged_value: TaggedValue<'a>,
    },
    /// PropertyRestriction ([MS-OXCDATA] 2.12.5.1).
    Property {
        /// `RelOp`.
        rel_op: RelOp,
        /// `PropTag`: the property compared.
        prop_tag: PropertyTag,
        /// `TaggedValue`: the value compared with (its property ID is ignored).
        tagged_value: TaggedValue<'a>,
    },
    /// ComparePropertiesRestriction ([MS-OXCDATA] 2.12.6.1).
    CompareProperties {
        /// `RelOp`.
        rel_op: RelOp,
        /// `PropTag1`.
        prop_tag1: PropertyTag,
        /// `PropTag2`.
        prop_tag2: PropertyTag,
    },
    /// BitMaskRestriction ([MS-OXCDATA] 2.12.7.1).
    BitMask {
        /// `BitmapRelOp`.
        bitmap_rel_op: BitmapRelOp,
        /// `PropTag`: a PtypInteger32 property.
        prop_tag: PropertyTag,
        /// `Mask`.
        mask: u32,
    },
    /// SizeRestriction ([MS-OXCDATA] 2.12.8.1).
    Size {
        /// `RelOp`.
        rel_op: RelOp,
        /// `PropTag`.
        prop_tag: PropertyTag,
        /// `Size`, in bytes.
        size: u32,
    },
    /// ExistRestriction ([MS-OXCDATA] 2.12.9.1).
    Exist {
        /// `PropTag`.
        prop_tag: PropertyTag,
    },
    /// SubObjectRestriction ([MS-OXCDATA] 2.12.10.1).
    SubObject {
        /// `Subobject`: PidTagMessageRecipients or PidTagMessageAttachments.
        subobject: PropertyTag,
        /// `Restriction`, applied to the rows of that table.
        restriction: SubRestriction<'a>,
    },
    /// CommentRestriction ([MS-OXCDATA] 2.12.11).
    Comment(CommentRestriction<'a>),
    /// CountRestriction ([MS-OXCDATA] 2.12.12).
    Count {
        /// `Count`: the most matches to return.
        count: u32,
        /// `SubRestriction`.
        sub_restriction: SubRestriction<'a>,
    },
}

/// The children of an And or Or restriction ([MS-OXCDATA] 2.12.1.1): the validated wire
/// span with its count width, or a caller's slice.
pub type Restrictions<'a> = List<'a, Restriction<'a>, CountWidth>;

/// The one child of a Not, SubObject, Count or Comment restriction, or a PtypRestriction
/// property value ([MS-OXCDATA] 2.12.3.1, 2.11.1).
pub type SubRestriction<'a> = Nested<'a, Restriction<'a>>;

/// The TaggedValue of a Content or Property restriction ([MS-OXCDATA] 2.12.4.1, 2.12.5.1).
pub type TaggedValue<'a> = Nested<'a, TaggedPropertyValue<'a>>;

/// One structure nested in a restriction ([MS-OXCDATA] 2.12): the validated wire bytes of
/// a decoded one, with the count width they use, or a caller's value.
///
/// Only the decoder makes the wire form, from bytes it has validated, so
/// [`get`](Nested::get) always has a value to return.
pub struct Nested<'a, T>(Repr<'a, T>);

enum Repr<'a, T> {
    Wire { bytes: &'a [u8], width: CountWidth },
    Value(&'a T),
}

impl<T> Clone for Nested<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Nested<'_, T> {}

impl<T> Clone for Repr<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Repr<'_, T> {}

impl<'a, T> Nested<'a, T> {
    /// A caller's value, for encoding ([MS-OXCDATA] 2.12).
    pub const fn new(value: &'a T) -> Self {
        Nested(Repr::Value(value))
    }

    /// The wire bytes and count width of a decoded structure; `None` for a caller's value
    /// ([MS-OXCDATA] 2.12).
    pub fn wire(&self) -> Option<(&'a [u8], CountWidth)> {
        match self.0 {
            Repr::Wire { bytes, width } => Some((bytes, width)),
            Repr::Value(_) => None,
        }
    }

    /// Validated wire bytes (crate-internal: only decoders make this form).
    pub(crate) const fn from_wire(bytes: &'a [u8], width: CountWidth) -> Self {
        Nested(Repr::Wire { bytes, width })
    }
}

impl<'a> Nested<'a, Restriction<'a>> {
    /// The restriction ([MS-OXCDATA] 2.12).
    pub fn get(&self) -> Restriction<'a> {
        match self.0 {
            // The bytes were validated when decoded; an empty AndRestriction is never
            // returned in practice.
            Repr::Wire { bytes, width } => {
                build(bytes, width).unwrap_or(Restriction::And(List::empty()))
            }
            Repr::Value(r) => *r,
        }
    }
}

impl<'a> Nested<'a, TaggedPropertyValue<'a>> {
    /// The tagged value ([MS-OXCDATA] 2.11.4).
    pub fn get(&self) -> TaggedPropertyValue<'a> {
        match self.0 {
            // Validated when decoded; the PtypNull fallback is never returned in practice.
            Repr::Wire { bytes, width } => parse_tagged_in(bytes, width).map_or(
                TaggedPropertyValue {
                    tag: PropertyTag::new(0, PropertyType::PtypNull),
                    value: PropertyValue::Null,
                },
                |(_, v)| v,
            ),
            Repr::Value(v) => *v,
        }
    }
}

impl<'a> PartialEq for Nested<'a, Restriction<'a>> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl<'a> PartialEq for Nested<'a, TaggedPropertyValue<'a>> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl<'a> fmt::Debug for Nested<'a, Restriction<'a>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl<'a> fmt::Debug for Nested<'a, TaggedPropertyValue<'a>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

/// A CommentRestriction ([MS-OXCDATA] 2.12.11): TaggedValuesCount (1 byte), TaggedValues,
/// RestrictionPresent (1 byte), then the Restriction when RestrictionPresent is not 0.
///
/// A decoded one keeps its wire bytes, RestrictionPresent as received (peers read any
/// non-zero byte as present, so any is accepted and written back); a caller's one
/// ([`CommentRestriction::new`]) writes 0 or 1.
#[derive(Clone, Copy)]
pub struct CommentRestriction<'a>(CommentRepr<'a>);

#[derive(Clone, Copy)]
enum CommentRepr<'a> {
    /// The bytes after RestrictType, validated.
    Wire { bytes: &'a [u8], width: CountWidth },
    Items {
        values: &'a [TaggedPropertyValue<'a>],
        restriction: Option<&'a Restriction<'a>>,
    },
}

impl<'a> CommentRestriction<'a> {
    /// A comment with `values` (at most 255) and an optional restriction
    /// ([MS-OXCDATA] 2.12.11).
    pub const fn new(
        values: &'a [TaggedPropertyValue<'a>],
        restriction: Option<&'a Restriction<'a>>,
    ) -> Self {
        CommentRestriction(CommentRepr::Items {
            values,
            restriction,
        })
    }

    /// The validated bytes after RestrictType (crate-internal: only decoders make this
    /// form).
    pub(crate) const fn from_wire(bytes: &'a [u8], width: CountWidth) -> Self {
        CommentRestriction(CommentRepr::Wire { bytes, width })
    }

    /// The wire parts: TaggedValuesCount, the TaggedValues span, RestrictionPresent and
    /// the bytes after it.
    fn wire_parts(bytes: &'a [u8], width: CountWidth) -> PResult<'a, (u8, &'a [u8], u8)> {
        let (i, n) = le_u8(bytes)?;
        let mut rest = i;
        for _ in 0..n {
            rest = skip_tagged(rest, width, 1)?;
        }
        let values = i.get(..i.len() - rest.len()).unwrap_or_default();
        let (rest, present) = le_u8(rest)?;
        Ok((rest, (n, values, present)))
    }

    /// `TaggedValues` (the count is `TaggedValuesCount`) ([MS-OXCDATA] 2.12.11).
    pub fn tagged_values(&self) -> List<'a, TaggedPropertyValue<'a>, CountWidth> {
        match self.0 {
            CommentRepr::Wire { bytes, width } => match Self::wire_parts(bytes, width) {
                Ok((_, (n, values, _))) => List::Wire {
                    bytes: values,
                    count: usize::from(n),
                    ctx: width,
                },
                Err(_) => List::empty(),
            },
            CommentRepr::Items { values, .. } => List::Items(values),
        }
    }

    /// `RestrictionPresent` as on the wire: 0 when there is no restriction
    /// ([MS-OXCDATA] 2.12.11).
    pub fn restriction_present(&self) -> u8 {
        match self.0 {
            CommentRepr::Wire { bytes, width } => {
                Self::wire_parts(bytes, width).map_or(0, |(_, (_, _, p))| p)
            }
            CommentRepr::Items { restriction, .. } => u8::from(restriction.is_some()),
        }
    }

    /// `Restriction`, when RestrictionPresent is not 0 ([MS-OXCDATA] 2.12.11).
    pub fn restriction(&self) -> Option<Restriction<'a>> {
        self.sub().map(|s| s.get())
    }

    /// The nested restriction as a view, when RestrictionPresent is not 0 (crate-internal:
    /// the encoder copies a decoded one's bytes).
    pub(crate) fn sub(&self) -> Option<SubRestriction<'a>> {
        match self.0 {
            CommentRepr::Wire { bytes, width } => match Self::wire_parts(bytes, width) {
                Ok((rest, (_, _, p))) if p != 0 => Some(Nested::from_wire(rest, width)),
                _ => None,
            },
            CommentRepr::Items { restriction, .. } => restriction.map(Nested::new),
        }
    }
}

impl PartialEq for CommentRestriction<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.restriction_present() == other.restriction_present()
            && self.tagged_values() == other.tagged_values()
            && self.restriction() == other.restriction()
    }
}

impl fmt::Debug for CommentRestriction<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CommentRestriction")
            .field("tagged_values", &self.tagged_values())
            .field("restriction_present", &self.restriction_present())
            .field("restriction", &self.restriction())
            .finish()
    }
}

// ---- decoding restrictions ------------------------------------------------------------

/// The rest after a structure that was validated without being built.
pub(crate) type Skip<'a> = Result<&'a [u8], nom::Err<Fail>>;

/// A failure at the start of `input`.
fn err(input: &[u8], kind: ErrorKind) -> nom::Err<Fail> {
    nom::Err::Error(Fail::at(input, kind))
}

/// Validates one restriction at nesting level `depth` (the outermost is 1) and returns the
/// bytes after it. Recursion is bounded by [`MAX_RESTRICTION_DEPTH`].
pub(crate) fn skip_restriction(input: &[u8], width: CountWidth, depth: usize) -> Skip<'_> {
    if depth > MAX_RESTRICTION_DEPTH {
        return Err(err(input, ErrorKind::DepthExceeded));
    }
    let (i, rt) = le_u8(input)?;
    let next = depth.saturating_add(1);
    match RestrictType(rt) {
        RestrictType::RES_AND | RestrictType::RES_OR => {
            let (mut i, n) = width.read(i)?;
            check_count(i, n, MIN_RESTRICTION, "RestrictCount")?;
            for _ in 0..n {
                i = skip_restriction(i, width, next)?;
            }
            Ok(i)
        }
        RestrictType::RES_NOT => skip_restriction(i, width, next),
        RestrictType::RES_CONTENT => {
            let (i, _) = take(i, 8)?;
            skip_tagged(i, width, depth)
        }
        RestrictType::RES_PROPERTY => {
            let (i, _) = take(i, 5)?;
            skip_tagged(i, width, depth)
        }
        RestrictType::RES_COMPAREPROPS | RestrictType::RES_BITMASK | RestrictType::RES_SIZE => {
            take(i, 9).map(|(r, _)| r)
        }
        RestrictType::RES_EXIST => take(i, 4).map(|(r, _)| r),
        RestrictType::RES_SUBRESTRICTION | RestrictType::RES_COUNT => {
            let (i, _) = take(i, 4)?;
            skip_restriction(i, width, next)
        }
        RestrictType::RES_COMMENT => skip_comment_body(i, width, depth),
        _ => Err(err(
            input,
            ErrorKind::InvalidValue {
                field: "RestrictType",
            },
        )),
    }
}

/// Validates the fields of a CommentRestriction after its RestrictType, at level `depth`.
pub(crate) fn skip_comment_body(input: &[u8], width: CountWidth, depth: usize) -> Skip<'_> {
    let (i, n) = le_u8(input)?;
    check_count(i, usize::from(n), 4, "TaggedValuesCount")?;
    let mut i = i;
    for _ in 0..n {
        i = skip_tagged(i, width, depth)?;
    }
    let (i, present) = le_u8(i)?;
    if present != 0 {
        skip_restriction(i, width, depth.saturating_add(1))
    } else {
        Ok(i)
    }
}

/// Validates a TaggedPropertyValue inside a restriction at level `depth`.
pub(crate) fn skip_tagged(input: &[u8], width: CountWidth, depth: usize) -> Skip<'_> {
    let (i, tag) = PropertyTag::parse(input)?;
    skip_value(i, tag.prop_type(), width, depth)
}

/// Validates a property value of type `ty` inside a restriction at level `depth`: a
/// PtypRestriction value is one level deeper; the extended form's PtypBinary has a 4-byte
/// COUNT.
fn skip_value(input: &[u8], ty: PropertyType, width: CountWidth, depth: usize) -> Skip<'_> {
    match (ty, width) {
        (PropertyType::PtypRestriction, _) => {
            skip_restriction(input, width, depth.saturating_add(1))
        }
        (PropertyType::PtypBinary, CountWidth::Extended) => {
            let (i, n) = le_u32(input)?;
            take(i, usize::try_from(n).unwrap_or(usize::MAX)).map(|(r, _)| r)
        }
        (PropertyType::PtypMultipleBinary, CountWidth::Extended) => Err(err(
            input,
            ErrorKind::UnsupportedStructure(MV_BINARY_EXTENDED),
        )),
        _ => match PropertyValue::skip_as(input, ty) {
            Some(rest) => Ok(rest),
            None => PropertyValue::decode_as(input, ty).map(|(r, _)| r),
        },
    }
}

/// What a PtypMultipleBinary value in the extended form is reported as: its elements' 4-byte
/// COUNTs have no representation in [`PropertyValue::MultipleBinary`] (2-byte COUNTs), and
/// [MS-OXCDATA] 2.12.4.1, 2.12.5.1 and 2.12.11 do not allow multivalued TaggedValues there.
const MV_BINARY_EXTENDED: &str = "PtypMultipleBinary value in the extended form";

/// Reads a property value of type `ty` inside a restriction.
fn parse_value_in(
    input: &[u8],
    ty: PropertyType,
    width: CountWidth,
) -> PResult<'_, PropertyValue<'_>> {
    match (ty, width) {
        (PropertyType::PtypRestriction, _) => {
            parse_nested(input, width).map(|(r, v)| (r, PropertyValue::Restriction(v)))
        }
        (PropertyType::PtypBinary, CountWidth::Extended) => {
            let (i, n) = le_u32(input)?;
            let (i, b) = take(i, usize::try_from(n).unwrap_or(usize::MAX))?;
            Ok((i, PropertyValue::Binary(b)))
        }
        (PropertyType::PtypMultipleBinary, CountWidth::Extended) => {
            fail(input, ErrorKind::UnsupportedStructure(MV_BINARY_EXTENDED))
        }
        _ => PropertyValue::decode_as(input, ty),
    }
}

/// Reads a TaggedPropertyValue inside a restriction.
fn parse_tagged_in(input: &[u8], width: CountWidth) -> PResult<'_, TaggedPropertyValue<'_>> {
    let (i, tag) = PropertyTag::parse(input)?;
    let (i, value) = parse_value_in(i, tag.prop_type(), width)?;
    Ok((i, TaggedPropertyValue { tag, value }))
}

/// Validates a restriction (its whole tree) and returns it as a view of its bytes: a
/// PtypRestriction property value ([MS-OXCDATA] 2.11.1).
pub(crate) fn parse_nested(input: &[u8], width: CountWidth) -> PResult<'_, SubRestriction<'_>> {
    let rest = skip_restriction(input, width, 1)?;
    let span = input.get(..input.len() - rest.len()).unwrap_or_default();
    Ok((rest, Nested::from_wire(span, width)))
}

/// The fast check of a PtypRestriction value in the standard form: the bytes after it, or
/// `None` where [`parse_nested`] fails.
fn skip_standard(input: &[u8]) -> Option<&[u8]> {
    skip_restriction(input, CountWidth::Standard, 1).ok()
}

/// Builds the top node of a restriction whose bytes (`span`, exactly one restriction) were
/// validated: children become views of their bytes.
fn build(span: &[u8], width: CountWidth) -> Result<Restriction<'_>, nom::Err<Fail>> {
    let (i, rt) = le_u8(span)?;
    Ok(match RestrictType(rt) {
        RestrictType::RES_AND | RestrictType::RES_OR => {
            let (i, n) = width.read(i)?;
            if u32::try_from(n).is_err() {
                return Err(err(
                    i,
                    ErrorKind::CountTooLarge {
                        field: "RestrictCount",
                    },
                ));
            }
            let list = List::Wire {
                bytes: i,
                count: n,
                ctx: width,
            };
            if rt == RestrictType::RES_AND.0 {
                Restriction::And(list)
            } else {
                Restriction::Or(list)
            }
        }
        RestrictType::RES_NOT => Restriction::Not(Nested::from_wire(i, width)),
        RestrictType::RES_CONTENT => {
            let (i, low) = FuzzyLevelLow::parse(i)?;
            let (i, high) = FuzzyLevelHigh::parse(i)?;
            let (i, tag) = PropertyTag::parse(i)?;
            Restriction::Content {
                fuzzy_level_low: low,
                fuzzy_level_high: high,
                property_tag: tag,
                tagged_value: Nested::from_wire(i, width),
            }
        }
        RestrictType::RES_PROPERTY => {
            let (i, rel_op) = RelOp::parse(i)?;
            let (i, tag) = PropertyTag::parse(i)?;
            Restriction::Property {
                rel_op,
                prop_tag: tag,
                tagged_value: Nested::from_wire(i, width),
            }
        }
        RestrictType::RES_COMPAREPROPS => {
            let (i, rel_op) = RelOp::parse(i)?;
            let (i, prop_tag1) = PropertyTag::parse(i)?;
            let (_, prop_tag2) = PropertyTag::parse(i)?;
            Restriction::CompareProperties {
                rel_op,
                prop_tag1,
                prop_tag2,
            }
        }
        RestrictType::RES_BITMASK => {
            let (i, bitmap_rel_op) = BitmapRelOp::parse(i)?;
            let (i, prop_tag) = PropertyTag::parse(i)?;
            let (_, mask) = le_u32(i)?;
            Restriction::BitMask {
                bitmap_rel_op,
                prop_tag,
                mask,
            }
        }
        RestrictType::RES_SIZE => {
            let (i, rel_op) = RelOp::parse(i)?;
            let (i, prop_tag) = PropertyTag::parse(i)?;
            let (_, size) = le_u32(i)?;
            Restriction::Size {
                rel_op,
                prop_tag,
                size,
            }
        }
        RestrictType::RES_EXIST => Restriction::Exist {
            prop_tag: PropertyTag::parse(i)?.1,
        },
        RestrictType::RES_SUBRESTRICTION => {
            let (i, subobject) = PropertyTag::parse(i)?;
            Restriction::SubObject {
                subobject,
                restriction: Nested::from_wire(i, width),
            }
        }
        RestrictType::RES_COMMENT => Restriction::Comment(CommentRestriction::from_wire(i, width)),
        RestrictType::RES_COUNT => {
            let (i, count) = le_u32(i)?;
            Restriction::Count {
                count,
                sub_restriction: Nested::from_wire(i, width),
            }
        }
        _ => {
            return Err(err(
                span,
                ErrorKind::InvalidValue {
                    field: "RestrictType",
                },
            ));
        }
    })
}

impl<'a> Restriction<'a> {
    /// Reads one restriction of the given count width from the front of `input`, validating
    /// its whole tree ([MS-OXCDATA] 2.12).
    pub fn parse_in(input: &'a [u8], width: CountWidth) -> PResult<'a, Self> {
        let rest = skip_restriction(input, width, 1)?;
        let span = input.get(..input.len() - rest.len()).unwrap_or_default();
        let r = build(span, width).map_err(|e| shift(e, rest.len()))?;
        Ok((rest, r))
    }

    /// Decodes a restriction of the given count width that fills `input`; errors carry
    /// offsets from its start ([MS-OXCDATA] 2.12).
    pub fn decode_in(input: &'a [u8], width: CountWidth) -> Result<Self, DecodeError> {
        finish(input, |i| Self::parse_in(i, width))
    }

    /// Decodes a restriction of the given count width from the front of `input`; returns
    /// it and the bytes consumed ([MS-OXCDATA] 2.12).
    pub fn decode_prefix_in(
        input: &'a [u8],
        width: CountWidth,
    ) -> Result<(Self, usize), DecodeError> {
        match Self::parse_in(input, width) {
            Ok((rest, v)) => Ok((v, input.len() - rest.len())),
            Err(e) => Err(to_decode_error(e, input.len())),
        }
    }
}

/// The same failure for a parser whose input was followed by `extra` more bytes.
fn shift(e: nom::Err<Fail>, extra: usize) -> nom::Err<Fail> {
    match e {
        nom::Err::Error(f) => nom::Err::Error(f.shifted(extra)),
        nom::Err::Failure(f) => nom::Err::Failure(f.shifted(extra)),
        e => e,
    }
}

/// The standard form, the one of every ROP buffer ([MS-OXCDATA] 2.12).
impl<'a> Decode<'a> for Restriction<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        Self::parse_in(input, CountWidth::Standard)
    }
}

impl<'a> DecodeCtx<'a, CountWidth> for Restriction<'a> {
    fn parse_ctx(input: &'a [u8], width: CountWidth) -> PResult<'a, Self> {
        Self::parse_in(input, width)
    }

    fn skip_ctx(input: &'a [u8], width: CountWidth) -> Option<&'a [u8]> {
        skip_restriction(input, width, 1).ok()
    }
}

impl<'a> DecodeCtx<'a, CountWidth> for TaggedPropertyValue<'a> {
    fn parse_ctx(input: &'a [u8], width: CountWidth) -> PResult<'a, Self> {
        parse_tagged_in(input, width)
    }

    fn skip_ctx(input: &'a [u8], width: CountWidth) -> Option<&'a [u8]> {
        skip_tagged(input, width, 1).ok()
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for property values of every type but PtypRestriction
    //! ([`plain_value`]). [`PropertyValue`]'s own strategy, which adds PtypRestriction
    //! values, needs restriction trees and is composed in
    //! [`crate::data::restriction::arb`]; the TypedPropertyValue and TaggedPropertyValue
    //! strategies here use it.
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use proptest::collection::vec as pvec;
    use proptest::prelude::*;

    fn arr<'a, T: LeElem + core::fmt::Debug + 'a>(
        s: impl Strategy<Value = T>,
    ) -> impl Strategy<Value = LeArray<'a, T>> {
        pvec(s, 0..4).prop_map(|v| LeArray::Slice(leak(v)))
    }

    /// Values of every type but PtypRestriction (whose restrictions hold values themselves).
    pub fn plain_value<'a>() -> impl Strategy<Value = PropertyValue<'a>> {
        {
            use PropertyValue as V;
            let f32s = any::<u32>().prop_map(|b| F32(f32::from_bits(b)));
            let f64s = any::<u64>().prop_map(|b| F64(f64::from_bits(b)));
            let scalars = prop_oneof![
                Just(V::Null),
                any::<i16>().prop_map(V::Integer16),
                any::<i32>().prop_map(V::Integer32),
                f32s.clone().prop_map(V::Floating32),
                f64s.clone().prop_map(V::Floating64),
                any::<i64>().prop_map(V::Currency),
                f64s.clone().prop_map(V::FloatingTime),
                any::<u32>().prop_map(V::ErrorCode),
                any::<bool>().prop_map(|b| V::Boolean(Bool::new(b))),
                any::<i64>().prop_map(V::Integer64),
            ];
            let others = prop_oneof![
                // A PtypBoolean byte as a peer may send it (any value).
                any::<u8>().prop_map(|b| V::Boolean(Bool::from_wire(b))),
                Str8::arb().prop_map(V::String8),
                Utf16Str::arb().prop_map(V::String),
                any::<u64>().prop_map(V::Time),
                Guid::arb().prop_map(V::Guid),
                <&[u8]>::arb().prop_map(V::ServerId),
                <&[u8]>::arb().prop_map(V::Binary),
            ];
            let mv = prop_oneof![
                arr(any::<i16>()).prop_map(V::MultipleInteger16),
                arr(any::<i32>()).prop_map(V::MultipleInteger32),
                arr(f32s).prop_map(V::MultipleFloating32),
                arr(f64s.clone()).prop_map(V::MultipleFloating64),
                arr(any::<i64>()).prop_map(V::MultipleCurrency),
                arr(f64s).prop_map(V::MultipleFloatingTime),
                arr(any::<i64>()).prop_map(V::MultipleInteger64),
            ];
            let mv2 = prop_oneof![
                List::<Str8>::arb().prop_map(V::MultipleString8),
                List::<Utf16Str>::arb().prop_map(V::MultipleString),
                arr(any::<u64>()).prop_map(V::MultipleTime),
                arr(Guid::arb()).prop_map(V::MultipleGuid),
                pvec(<&[u8]>::arb().prop_map(Bin16), 0..4)
                    .prop_map(|v| V::MultipleBinary(List::Items(leak(v)))),
            ];
            prop_oneof![scalars, others, mv, mv2]
        }
    }

    impl<'a> Arb<'a> for Bin16<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            <&[u8]>::arb().prop_map(Bin16)
        }
    }

    impl<'a> Arb<'a> for TypedPropertyValue<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            PropertyValue::arb().prop_map(TypedPropertyValue)
        }
    }

    impl<'a> Arb<'a> for TaggedPropertyValue<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<u16>(), PropertyValue::arb()).prop_map(|(id, v)| TaggedPropertyValue::new(id, v))
        }
    }
}
