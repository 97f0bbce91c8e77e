//! `arbitrary` generators for the wire layer ([MS-OXCDATA] 2.1): bounds, wire runs of
//! any element type, and each field form's generator (feature `arbitrary`); see
//! [`crate::structured`].

use arbitrary::{Arbitrary, Error, Result, Unstructured};

use crate::wire::form::Width;
use crate::wire::{
    Count, Decode, DecodeCtx, Form, LeArray, LeElem, List, ListItem, PResult, Plain, Rest, Size,
    SizeOpt, Str8, Terminated, Utf16Str, View,
};

/// Most elements of a generated array or list, rows of a table, or recipient rows.
pub const MAX_ITEMS: usize = 8;
/// Longest generated string in bytes (its UTF-8 or code-unit bytes): with its terminator it
/// fits a one-byte size such as RopLogon's ServerNameSize ([MS-OXCROPS] 2.2.3.1.4).
pub const MAX_STRING: usize = 254;
/// Most input bytes a wire-form list or row is parsed from.
pub const MAX_WIRE: usize = 2048;
/// Most columns of a generated row.
pub const MAX_COLUMNS: usize = 8;

/// A non-zero `u32`, for ReturnValues of failure layouts ([MS-OXCROPS] 2.2.1).
pub fn nonzero_u32(u: &mut Unstructured<'_>) -> Result<u32> {
    u.int_in_range(1..=u32::MAX)
}

/// A run of input bytes of at most `max` bytes.
pub fn bytes_upto<'a>(u: &mut Unstructured<'a>, max: usize) -> Result<&'a [u8]> {
    let b: &'a [u8] = u.arbitrary()?;
    Ok(b.get(..max).unwrap_or(b))
}

/// The largest count or size a field of width `W` holds.
pub fn width_max<W: Width>() -> usize {
    match W::SIZE {
        1 => 0xFF,
        2 => 0xFFFF,
        _ => usize::try_from(u32::MAX).unwrap_or(usize::MAX),
    }
}

/// The front of the input a wire form is parsed from (at most [`MAX_WIRE`] bytes), not
/// consumed.
pub fn window<'a>(u: &Unstructured<'a>) -> &'a [u8] {
    u.peek_bytes(u.len().min(MAX_WIRE)).unwrap_or_default()
}

/// Parses up to `want` values with `parse`, one after another, from the front of the input
/// (within [`MAX_WIRE`] bytes), stopping at the first that does not parse or takes no
/// byte; consumes and returns their bytes and how many there are.
pub fn wire_run<'a, T>(
    u: &mut Unstructured<'a>,
    want: usize,
    mut parse: impl FnMut(&'a [u8]) -> PResult<'a, T>,
) -> Result<(&'a [u8], usize)> {
    let input = window(u);
    let mut rest = input;
    let mut n = 0;
    while n < want {
        match parse(rest) {
            Ok((r, _)) if r.len() < rest.len() => {
                rest = r;
                n += 1;
            }
            _ => break,
        }
    }
    Ok((u.bytes(input.len() - rest.len())?, n))
}

/// A [`List`] in its wire form: up to `want` elements parsed with `ctx` from the front of
/// the input (see [`wire_run`]).
pub fn wire_list<'a, T: DecodeCtx<'a, C>, C: Copy>(
    u: &mut Unstructured<'a>,
    ctx: C,
    want: usize,
) -> Result<List<'a, T, C>> {
    let (bytes, n) = wire_run(u, want, |b| T::parse_ctx(b, ctx))?;
    Ok(List::Wire {
        bytes,
        count: n,
        ctx,
    })
}

/// An [`LeArray`] in its wire form: up to `max` whole elements of the input's bytes.
pub fn le_array<'a, T: LeElem>(u: &mut Unstructured<'a>, max: usize) -> Result<LeArray<'a, T>> {
    let size = T::SIZE.max(1);
    let n = u.int_in_range(0..=max)?.min(u.len() / size);
    Ok(LeArray::Wire(u.bytes(n * size)?))
}

/// How a declared field is generated in its form (the `wire_struct!` impls): a count or
/// size field bounds what it counts by its width, so the value encodes.
pub trait ArbitraryForm<'a, T> {
    /// A value the form encodes.
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<T>;
}

impl<'a, T: Arbitrary<'a>> ArbitraryForm<'a, T> for Plain {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<T> {
        T::arbitrary(u)
    }
}

impl<'a, W: Width> ArbitraryForm<'a, &'a [u8]> for Count<W> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<&'a [u8]> {
        bytes_upto(u, width_max::<W>())
    }
}

impl<'a, W: Width, T: LeElem> ArbitraryForm<'a, LeArray<'a, T>> for Count<W> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<LeArray<'a, T>> {
        le_array(u, MAX_ITEMS.min(width_max::<W>()))
    }
}

impl<'a, W: Width, T: ListItem<'a>> ArbitraryForm<'a, List<'a, T>> for Count<W> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<List<'a, T>> {
        let want = u.int_in_range(0..=MAX_ITEMS.min(width_max::<W>()))?;
        wire_list(u, (), want)
    }
}

/// The inner form's value; refused when it does not fit the size field (never with the
/// bounds above).
impl<'a, W: Width, T, F: Form<'a, T> + ArbitraryForm<'a, T>> ArbitraryForm<'a, T> for Size<W, F> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<T> {
        let v = F::arbitrary(u)?;
        if F::encoded_len(&v) > width_max::<W>() {
            return Err(Error::IncorrectFormat);
        }
        Ok(v)
    }
}

/// Absent half the time; a value that would encode to nothing is absent too (size 0 means
/// absent).
impl<'a, W: Width, T, F: Form<'a, T> + ArbitraryForm<'a, T>> ArbitraryForm<'a, Option<T>>
    for SizeOpt<W, F>
{
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Option<T>> {
        if !u.arbitrary::<bool>()? {
            return Ok(None);
        }
        let v = F::arbitrary(u)?;
        match F::encoded_len(&v) {
            0 => Ok(None),
            n if n > width_max::<W>() => Err(Error::IncorrectFormat),
            _ => Ok(Some(v)),
        }
    }
}

impl<'a> ArbitraryForm<'a, &'a [u8]> for Rest {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<&'a [u8]> {
        u.arbitrary()
    }
}

impl<'a> ArbitraryForm<'a, Str8<'a>> for Terminated {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Str8<'a>> {
        Str8::arbitrary(u)
    }
}

// ---- wire types -----------------------------------------------------------------------

/// Input bytes up to the first NUL, at most [`MAX_STRING`].
impl<'a> Arbitrary<'a> for Str8<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let b = bytes_upto(u, MAX_STRING)?;
        let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
        Ok(Str8(b.get(..end).unwrap_or_default()))
    }
}

/// A `&str` up to its first U+0000, or UTF-16LE code units up to the first 0x0000 unit
/// (unpaired surrogates kept); at most [`MAX_STRING`] bytes of input either way.
impl<'a> Arbitrary<'a> for Utf16Str<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        if u.arbitrary()? {
            let s: &'a str = u.arbitrary()?;
            let end = s.find('\0').unwrap_or(s.len()).min(MAX_STRING);
            let end = (0..=end)
                .rev()
                .find(|&i| s.is_char_boundary(i))
                .unwrap_or(0);
            Ok(Utf16Str::Str(s.get(..end).unwrap_or_default()))
        } else {
            let b = bytes_upto(u, MAX_STRING)?;
            let units = b.len() / 2;
            let end = b.chunks_exact(2).position(|c| c == [0, 0]).unwrap_or(units);
            Ok(Utf16Str::Wire(b.get(..end * 2).unwrap_or_default()))
        }
    }
}

/// The wire form: up to [`MAX_ITEMS`] whole elements of the input's bytes.
impl<'a, T: LeElem> Arbitrary<'a> for LeArray<'a, T> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        le_array(u, MAX_ITEMS)
    }
}

/// The wire form: up to [`MAX_ITEMS`] elements parsed from the front of the input.
impl<'a, T: ListItem<'a>> Arbitrary<'a> for List<'a, T> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let want = u.int_in_range(0..=MAX_ITEMS)?;
        wire_list(u, (), want)
    }
}

/// A [`View`] in its wire form: the structure parsed from the front of the input; refused
/// when it does not parse there. (`View` has no `Arbitrary` impl of its own: each viewed
/// structure says what to make of an input that does not hold it, here or with
/// [`view_or`].)
pub fn view_at_front<'a, T: Decode<'a>>(u: &mut Unstructured<'a>) -> Result<View<'a, T>> {
    let input = u.peek_bytes(u.len()).unwrap_or_default();
    match T::parse(input) {
        Ok((rest, _)) => Ok(View::Wire(u.bytes(input.len() - rest.len())?)),
        Err(_) => Err(Error::IncorrectFormat),
    }
}

/// A [`View`] in its wire form: the structure at the front of the input when it parses
/// there (within [`MAX_WIRE`] bytes), else one of `fallback`, valid wire forms that need no
/// storage.
pub fn view_or<'a, T: Decode<'a>>(
    u: &mut Unstructured<'a>,
    fallback: &'static [&'static [u8]],
) -> Result<View<'a, T>> {
    let (bytes, n) = wire_run(u, 1, T::parse)?;
    if n == 1 {
        return Ok(View::Wire(bytes));
    }
    let i = u.choose_index(fallback.len())?;
    let bytes = fallback.get(i).or(fallback.first()).copied();
    Ok(View::Wire(bytes.unwrap_or_default()))
}

// ---- data types -----------------------------------------------------------------------
