//! Field forms: how one declared field sits on the wire ([MS-OXCROPS] 2.2.1 and the
//! count- and size-prefixed fields of every ROP).
//!
//! A field of a `wire_struct!` declaration is `name "Spec": Type` or
//! `name "Spec": Type as Form`. Without a form the type decodes and encodes itself
//! ([`Plain`]). The forms add what the spec puts *around* a value:
//!
//! | form | wire | value type |
//! |---|---|---|
//! | [`Plain`] | the value | any `Decode + Encode + DumpField` |
//! | [`Count<W>`] | element count (`W` = `u8`/`u16`/`u32`), elements | [`LeArray`], [`List`], `&[u8]` |
//! | [`Size<W, F>`] | size in bytes, then the value in form `F`, at most that long | any |
//! | [`SizeOpt<W, F>`] | size in bytes; 0 means absent | `Option<T>` |
//! | [`Rest`] | every remaining byte of the enclosing buffer | `&[u8]` |
//! | [`Terminated`] | an 8-bit string filling its sized field, NUL included | [`Str8`] |
//!
//! A field's spec string names each wire field it covers, separated by spaces, outermost
//! first: `"PropertyValueSize PropertyValueCount PropertyValues"`.

use core::marker::PhantomData;

use super::{
    Decode, DecodeCtx, DumpElem, DumpField, Dumper, Encode, LeArray, LeElem, List, PResult, Str8,
    Writer, fail, sized, take,
};
use crate::error::{EncodeError, ErrorKind, Fail};

/// How a declared field is read, written and dumped ([MS-OXCROPS] 2.2.1 field layouts).
pub trait Form<'a, T> {
    /// Bytes the field takes when that is fixed ([`Decode::FIXED_SIZE`] of a [`Plain`]
    /// value); `None` for the counted and sized forms.
    const FIXED_SIZE: Option<usize> = None;
    /// Reads the field from the front of `input`; `names` are its spec names, for errors.
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, T>;
    /// Reads the field from `input`, the whole span a size field gives it (inside
    /// [`Size`]/[`SizeOpt`], [MS-OXCROPS] 2.2.1 size-prefixed fields). Bytes the value leaves
    /// are slack, which peers skip: a form
    /// whose value can keep them in its wire bytes (a counted [`List`]) takes them, so the
    /// value re-encodes as received; otherwise they are returned and the size field
    /// refuses them ([`ErrorKind::TrailingBytes`]).
    #[inline(always)]
    fn parse_filling(input: &'a [u8], names: &'static str) -> PResult<'a, T> {
        Self::parse(input, names)
    }
    /// Bytes [`Form::encode`] writes.
    fn encoded_len(v: &T) -> usize;
    /// Writes the field; `names` are its spec names, for errors.
    fn encode(v: &T, w: &mut Writer<'_>, names: &'static str) -> Result<(), EncodeError>;
    /// Reports the field under its spec names (space-separated, outermost first).
    fn dump(v: &T, names: &str, d: &mut dyn Dumper);
}

/// The value decodes and encodes itself ([MS-OXCDATA] 2.1 byte order).
pub struct Plain;

impl<'a, T: Decode<'a> + Encode + DumpField> Form<'a, T> for Plain {
    const FIXED_SIZE: Option<usize> = T::FIXED_SIZE;
    #[inline(always)]
    fn parse(input: &'a [u8], _: &'static str) -> PResult<'a, T> {
        T::parse(input)
    }
    #[inline(always)]
    fn encoded_len(v: &T) -> usize {
        v.encoded_len()
    }
    #[inline(always)]
    fn encode(v: &T, w: &mut Writer<'_>, _: &'static str) -> Result<(), EncodeError> {
        v.encode(w)
    }
    fn dump(v: &T, names: &str, d: &mut dyn Dumper) {
        v.dump_field(names, d);
    }
}

/// The width of a count or size field: `u8`, `u16` or `u32`, little-endian ([MS-OXCDATA] 2.1).
pub trait Width: for<'a> Decode<'a> + TryFrom<usize> + Copy {
    /// Bytes on the wire.
    const SIZE: usize;
    /// The value as a count (saturating where `usize` is narrower).
    fn to_usize(self) -> usize;
    /// The little-endian bytes, in the first [`Width::SIZE`] of four.
    fn to_le(self) -> [u8; 4];

    /// Reads the field.
    #[inline(always)]
    fn read(input: &[u8]) -> PResult<'_, usize> {
        Self::parse(input).map(|(r, n)| (r, n.to_usize()))
    }

    /// Writes `n`, or fails naming the first of `names` when `n` does not fit.
    #[inline(always)]
    fn write(n: usize, w: &mut Writer<'_>, names: &'static str) -> Result<(), EncodeError> {
        let v = Self::try_from(n).map_err(|_| too_big(names))?;
        w.put_bytes(v.to_le().get(..Self::SIZE).unwrap_or_default())
    }

    /// Patches a field reserved at `at`.
    #[inline(always)]
    fn patch(
        n: usize,
        w: &mut Writer<'_>,
        at: usize,
        names: &'static str,
    ) -> Result<(), EncodeError> {
        let v = Self::try_from(n).map_err(|_| too_big(names))?;
        w.patch(at, v.to_le().get(..Self::SIZE).unwrap_or_default())
    }
}

macro_rules! width {
    ($($t:ty),*) => {$(
        impl Width for $t {
            const SIZE: usize = core::mem::size_of::<$t>();
            #[inline(always)]
            fn to_usize(self) -> usize {
                usize::try_from(self).unwrap_or(usize::MAX)
            }
            #[inline(always)]
            fn to_le(self) -> [u8; 4] {
                u32::from(self).to_le_bytes()
            }
        }
    )*};
}
width!(u8, u16, u32);

/// The total of fixed field sizes, or `None` when one field's size varies (the run a
/// `wire_struct!` reads after one bounds check, [MS-OXCROPS] 2.2.1 fixed layouts).
#[inline(always)]
pub const fn fixed_total(sizes: &[Option<usize>]) -> Option<usize> {
    let mut total = 0usize;
    let mut i = 0;
    while i < sizes.len() {
        match sizes[i] {
            Some(n) => total = total.saturating_add(n),
            None => return None,
        }
        i += 1;
    }
    Some(total)
}

/// Splits `"Outer Inner…"` into the first spec field name and the rest (for dumps by spec
/// name, [MS-OXCROPS] 2.2).
///
/// A plain byte loop, which folds away when `names` is a literal the call inlines
/// (`split_once` searches with `memchr` at run time on every dump).
#[inline(always)]
pub fn split_names(names: &str) -> (&str, &str) {
    for (i, &b) in names.as_bytes().iter().enumerate() {
        if b == b' ' {
            let (a, b) = names.split_at(i);
            return (a, b.get(1..).unwrap_or_default());
        }
    }
    (names, "")
}

/// The error for a count or size that does not fit its field (names split only here, on
/// the cold path: the hot path never looks at names).
#[cold]
fn too_big(names: &'static str) -> EncodeError {
    EncodeError::InvalidValue {
        field: split_names(names).0,
    }
}

/// Names an inner form's error that has no field name yet with `name`.
#[cold]
fn name_decode_error(e: nom::Err<Fail>, name: &'static str) -> nom::Err<Fail> {
    let fill = |f: Fail| Fail {
        kind: match f.kind {
            ErrorKind::CountTooLarge { field: "" } => ErrorKind::CountTooLarge { field: name },
            ErrorKind::InvalidValue { field: "" } => ErrorKind::InvalidValue { field: name },
            k => k,
        },
        ..f
    };
    match e {
        nom::Err::Error(f) => nom::Err::Error(fill(f)),
        nom::Err::Failure(f) => nom::Err::Failure(fill(f)),
        e => e,
    }
}

/// The same for encode errors.
#[cold]
fn name_encode_error(e: EncodeError, name: &'static str) -> EncodeError {
    match e {
        EncodeError::InvalidValue { field: "" } => EncodeError::InvalidValue { field: name },
        e => e,
    }
}

/// A value preceded by its element count ([MS-OXCDATA] 2.11.1.1 counted arrays).
pub trait Counted<'a>: Sized + Encode + DumpField {
    /// Reads `count` elements from the front of `input`.
    fn parse_counted(input: &'a [u8], count: usize, field: &'static str) -> PResult<'a, Self>;
    /// Reads `count` elements from `input`, a size-delimited span ([MS-OXCDATA] 2.11.1.1
    /// counted arrays): a value that can keep the bytes after them (slack) in its wire bytes
    /// takes them (see [`Form::parse_filling`]); by default they are left over.
    #[inline(always)]
    fn parse_counted_filling(
        input: &'a [u8],
        count: usize,
        field: &'static str,
    ) -> PResult<'a, Self> {
        Self::parse_counted(input, count, field)
    }
    /// Number of elements.
    fn count(&self) -> usize;
}

impl<'a, T: LeElem + DumpElem> Counted<'a> for LeArray<'a, T> {
    #[inline]
    fn parse_counted(input: &'a [u8], count: usize, field: &'static str) -> PResult<'a, Self> {
        LeArray::parse(input, count, field)
    }
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }
}

/// An element of a [`List`] that decodes on its own, with the fewest bytes it can take
/// (checked against the input before a count is trusted).
pub trait ListItem<'a>: DecodeCtx<'a, ()> + Encode + Clone + super::Dump {
    /// The fewest bytes one element takes on the wire (at least 1).
    const MIN_SIZE: usize;
}

impl<'a, T: ListItem<'a>> Counted<'a> for List<'a, T> {
    #[inline]
    fn parse_counted(input: &'a [u8], count: usize, field: &'static str) -> PResult<'a, Self> {
        List::parse(input, count, T::MIN_SIZE, (), field)
    }
    #[inline]
    fn parse_counted_filling(
        input: &'a [u8],
        count: usize,
        field: &'static str,
    ) -> PResult<'a, Self> {
        List::parse_filling(input, count, T::MIN_SIZE, (), field)
    }
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }
}

impl<'a> Counted<'a> for &'a [u8] {
    #[inline]
    fn parse_counted(input: &'a [u8], count: usize, _: &'static str) -> PResult<'a, Self> {
        take(input, count)
    }
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }
}

/// Element count of width `W`, then the elements: `"ThingCount Things"` ([MS-OXCDATA] 2.11.1.1).
pub struct Count<W>(PhantomData<W>);

impl<'a, W: Width, T: Counted<'a>> Form<'a, T> for Count<W> {
    #[inline]
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, T> {
        let (rest, n) = W::read(input)?;
        T::parse_counted(rest, n, "").map_err(|e| name_decode_error(e, split_names(names).0))
    }
    #[inline]
    fn parse_filling(input: &'a [u8], names: &'static str) -> PResult<'a, T> {
        let (rest, n) = W::read(input)?;
        T::parse_counted_filling(rest, n, "")
            .map_err(|e| name_decode_error(e, split_names(names).0))
    }
    #[inline]
    fn encoded_len(v: &T) -> usize {
        W::SIZE.saturating_add(v.encoded_len())
    }
    #[inline]
    fn encode(v: &T, w: &mut Writer<'_>, names: &'static str) -> Result<(), EncodeError> {
        W::write(v.count(), w, names)?;
        v.encode(w)
    }
    fn dump(v: &T, names: &str, d: &mut dyn Dumper) {
        let (count, items) = split_names(names);
        d.int(count, v.count() as u64, W::SIZE as u8);
        v.dump_field(items, d);
    }
}

/// Size in bytes of width `W`, then the value in form `F` within that many bytes:
/// `"ThingSize …"` (e.g. PropertyValueSize around a count and its values). Slack after the
/// value, which peers skip, is kept when the value can hold it in its wire bytes (a
/// decoded [`List`] re-emits it; see [`Form::parse_filling`]) and refused otherwise; what a
/// sender builds has none, so the size written is the value's.
pub struct Size<W, F = Plain>(PhantomData<(W, F)>);

impl<'a, W: Width, T, F: Form<'a, T>> Form<'a, T> for Size<W, F> {
    #[inline]
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, T> {
        let (rest, n) = W::read(input)?;
        sized(rest, n, |b| F::parse_filling(b, ""))
            .map_err(|e| name_decode_error(e, split_names(split_names(names).1).0))
    }
    #[inline]
    fn encoded_len(v: &T) -> usize {
        W::SIZE.saturating_add(F::encoded_len(v))
    }
    fn encode(v: &T, w: &mut Writer<'_>, names: &'static str) -> Result<(), EncodeError> {
        let at = w.reserve(W::SIZE)?;
        F::encode(v, w, "")
            .map_err(|e| name_encode_error(e, split_names(split_names(names).1).0))?;
        let n = w.position() - at - W::SIZE;
        W::patch(n, w, at, names)
    }
    fn dump(v: &T, names: &str, d: &mut dyn Dumper) {
        let (size, inner) = split_names(names);
        d.int(size, F::encoded_len(v) as u64, W::SIZE as u8);
        F::dump(v, inner, d);
    }
}

/// Size in bytes of width `W`; 0 means the value is absent, otherwise the value in form
/// `F` within that many bytes, slack treated as in [`Size`] (e.g. EssdnSize and Essdn).
pub struct SizeOpt<W, F = Plain>(PhantomData<(W, F)>);

impl<'a, W: Width, T, F: Form<'a, T>> Form<'a, Option<T>> for SizeOpt<W, F> {
    #[inline]
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, Option<T>> {
        match W::read(input)? {
            (rest, 0) => Ok((rest, None)),
            (rest, n) => sized(rest, n, |b| F::parse_filling(b, ""))
                .map(|(r, v)| (r, Some(v)))
                .map_err(|e| name_decode_error(e, split_names(split_names(names).1).0)),
        }
    }
    #[inline]
    fn encoded_len(v: &Option<T>) -> usize {
        W::SIZE.saturating_add(v.as_ref().map_or(0, F::encoded_len))
    }
    fn encode(v: &Option<T>, w: &mut Writer<'_>, names: &'static str) -> Result<(), EncodeError> {
        match v {
            None => W::write(0, w, names),
            Some(v) => {
                let at = w.reserve(W::SIZE)?;
                F::encode(v, w, "")
                    .map_err(|e| name_encode_error(e, split_names(split_names(names).1).0))?;
                let n = w.position() - at - W::SIZE;
                if n == 0 {
                    // A present value of 0 bytes would read back as absent.
                    return Err(too_big(names));
                }
                W::patch(n, w, at, names)
            }
        }
    }
    fn dump(v: &Option<T>, names: &str, d: &mut dyn Dumper) {
        let (size, inner) = split_names(names);
        d.int(
            size,
            v.as_ref().map_or(0, F::encoded_len) as u64,
            W::SIZE as u8,
        );
        if let Some(v) = v {
            F::dump(v, inner, d);
        }
    }
}

/// Every remaining byte of the enclosing buffer (e.g. RopBufferTooSmall's RequestBuffers,
/// [MS-OXCROPS] 2.2.15.1).
pub struct Rest;

impl<'a> Form<'a, &'a [u8]> for Rest {
    #[inline]
    fn parse(input: &'a [u8], _: &'static str) -> PResult<'a, &'a [u8]> {
        Ok((&[], input))
    }
    #[inline]
    fn encoded_len(v: &&'a [u8]) -> usize {
        v.len()
    }
    #[inline]
    fn encode(v: &&'a [u8], w: &mut Writer<'_>, _: &'static str) -> Result<(), EncodeError> {
        w.put_bytes(v)
    }
    fn dump(v: &&'a [u8], names: &str, d: &mut dyn Dumper) {
        d.bytes(names, v);
    }
}

/// An 8-bit string that fills its whole (size-delimited) field and ends in its single NUL
/// terminator: `Str8 as Size<u16, Terminated>` (e.g. Essdn, ServerName).
pub struct Terminated;

impl<'a> Form<'a, Str8<'a>> for Terminated {
    #[inline]
    fn parse(input: &'a [u8], _: &'static str) -> PResult<'a, Str8<'a>> {
        match Str8::from_terminated(input) {
            Ok(s) => Ok((&[], s)),
            Err(kind) => fail(input, kind),
        }
    }
    #[inline]
    fn encoded_len(v: &Str8<'a>) -> usize {
        v.encoded_len()
    }
    #[inline]
    fn encode(v: &Str8<'a>, w: &mut Writer<'_>, _: &'static str) -> Result<(), EncodeError> {
        v.encode(w)
    }
    fn dump(v: &Str8<'a>, names: &str, d: &mut dyn Dumper) {
        v.dump_field(names, d);
    }
}
