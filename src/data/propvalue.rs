//! Property values: PropertyValue, TypedPropertyValue, TaggedPropertyValue
//! ([MS-OXCDATA] 2.11.1–2.11.4), with ROP-buffer count widths (2.11.1.1).

use core::fmt;

use crate::data::ids::{Guid, fixed_codec};
use crate::data::proptag::{PropertyTag, PropertyType};
use crate::data::restriction::{self, CountWidth, SubRestriction};
use crate::error::{EncodeError, ErrorKind};
use crate::wire::{
    Decode, DecodeCtx, Dump, DumpElem, DumpField, Dumper, Encode, LeArray, LeElem, List, PResult,
    Str8, Utf16Str, Writer, fail, le_u16, le_u32, take, take_array, u16_len, u32_len,
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
            PropertyType::PtypRestriction => restriction::parse_nested(r, CountWidth::Standard)
                .map(|(r, v)| (r, V::Restriction(v)))?,
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
            Shape::Restriction => restriction::skip_standard(input),
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

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for property values of every type.
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use proptest::collection::vec as pvec;
    use proptest::prelude::*;

    fn arr<'a, T: LeElem + core::fmt::Debug + 'a>(
        s: impl Strategy<Value = T>,
    ) -> impl Strategy<Value = LeArray<'a, T>> {
        pvec(s, 0..4).prop_map(|v| LeArray::Slice(leak(v)))
    }

    impl<'a> Arb<'a> for PropertyValue<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                12 => plain_value(),
                1 => crate::data::restriction::arb::tree(2).prop_map(|r| {
                    PropertyValue::Restriction(SubRestriction::new(crate::arbitrary::leak_one(r)))
                }),
            ]
        }
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
