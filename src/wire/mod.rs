//! The wire layer: little-endian nom readers, the [`Writer`], the [`Decode`]/[`Encode`]
//! traits, zero-copy strings and arrays, and the field dumper ([MS-OXCDATA] 2.1 byte order).

mod array;
mod dump;
pub mod form;
mod strings;
#[cfg(feature = "arbitrary")]
pub mod structured;
mod view;
mod writer;

pub use array::{LeArray, LeElem, LeIter, List, ListIter};
pub use dump::{Dump, DumpElem, DumpField, Dumper, FlagNames, Namer, no_names};
pub use form::{Count, Form, ListItem, Plain, Rest, Size, SizeOpt, Terminated};
pub use strings::{Str8, Utf16Str};
pub use view::View;
pub use writer::Writer;

use crate::error::{DecodeError, EncodeError, ErrorKind, Fail};

/// Result of a wire parser: remaining input and value, or a [`Fail`].
pub type PResult<'a, T> = nom::IResult<&'a [u8], T, Fail>;

/// A value that decodes from bytes, borrowing from them ([MS-OXCDATA] 2.1).
///
/// [`Decode::decode`] is the whole-input call and returns a [`DecodeError`] with an
/// absolute offset; [`Decode::parse`] is the same decoder as a nom parser, for composing
/// with nom combinators:
///
/// ```
/// use ropwire::Decode;
/// use ropwire::data::PropertyTag;
/// use ropwire::nom::{Parser, multi::fold_many0};
///
/// let tags = [0x1F, 0x00, 0x37, 0x00, 0x03, 0x00, 0x07, 0x0E];
/// assert_eq!(PropertyTag::decode(&tags[..4]), Ok(PropertyTag(0x0037_001F)));
///
/// // The nom parser, inside a combinator: count the tags of a run.
/// let mut count = fold_many0(PropertyTag::parse, || 0, |n, _| n + 1);
/// let (rest, n) = count.parse(&tags[..]).map_err(|_| "bad tags")?;
/// assert_eq!((rest.len(), n), (0, 2));
/// # Ok::<(), &str>(())
/// ```
pub trait Decode<'a>: Sized {
    /// Bytes every value of the type takes on the wire, when that is one fixed number
    /// ([MS-OXCDATA] 2.1 fixed-size types): a declared structure whose fields all have one
    /// is read after a single bounds check. `None` (the default) when the size varies.
    const FIXED_SIZE: Option<usize> = None;

    /// The nom parser: one value from the front of `input`; errors carry bytes remaining.
    fn parse(input: &'a [u8]) -> PResult<'a, Self>;

    /// Decodes a value that must fill `input` exactly; errors carry absolute offsets.
    fn decode(input: &'a [u8]) -> Result<Self, DecodeError> {
        finish(input, Self::parse)
    }

    /// Decodes a value from the front of `input`; returns it and the bytes consumed.
    fn decode_prefix(input: &'a [u8]) -> Result<(Self, usize), DecodeError> {
        match Self::parse(input) {
            Ok((rest, v)) => Ok((v, input.len() - rest.len())),
            Err(e) => Err(to_decode_error(e, input.len())),
        }
    }
}

/// A value whose layout depends on outside state `C` (columns, a type) ([MS-OXCDATA] 2.8).
///
/// The state is a type parameter rather than an associated type so that containers such
/// as [`List`] stay covariant in `'a`.
pub trait DecodeCtx<'a, C>: Sized {
    /// Parses one value from the front of `input` using `ctx`.
    fn parse_ctx(input: &'a [u8], ctx: C) -> PResult<'a, Self>;

    /// Checks one value at the front of `input` without building it and returns the rest,
    /// or `None` to say "look closer": lists validate their elements this way and run
    /// [`DecodeCtx::parse_ctx`] only after a `None`, for the precise error (the error of the
    /// hot loop is zero bytes, expanded at the top). It must return `Some` only for inputs
    /// `parse_ctx` accepts, with the same rest; values are built when the caller reads them.
    #[inline]
    fn skip_ctx(input: &'a [u8], ctx: C) -> Option<&'a [u8]> {
        Self::parse_ctx(input, ctx).ok().map(|(rest, _)| rest)
    }
}

/// A value that encodes into caller memory ([MS-OXCDATA] 2.1).
pub trait Encode {
    /// Exact number of bytes [`Encode::encode`] writes.
    fn encoded_len(&self) -> usize;

    /// Writes the value; fails with [`EncodeError::BufferTooSmall`] instead of growing.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError>;

    /// Encodes into `buf`, returning the number of bytes written.
    fn encode_into(&self, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let mut w = Writer::new(buf);
        self.encode(&mut w)?;
        Ok(w.position())
    }

    /// Encodes into a fixed-capacity `heapless::Vec`.
    fn encode_heapless<const N: usize>(&self) -> Result<heapless::Vec<u8, N>, EncodeError> {
        let len = self.encoded_len();
        let mut v = heapless::Vec::<u8, N>::new();
        v.resize(len, 0).map_err(|_| EncodeError::BufferTooSmall {
            needed: len,
            available: N,
        })?;
        let n = self.encode_into(&mut v)?;
        v.truncate(n);
        Ok(v)
    }

    /// Encodes into a new `Vec` sized by [`Encode::encoded_len`].
    #[cfg(feature = "alloc")]
    fn encode_vec(&self) -> Result<alloc::vec::Vec<u8>, EncodeError> {
        let mut v = alloc::vec![0u8; self.encoded_len()];
        let n = self.encode_into(&mut v)?;
        v.truncate(n);
        Ok(v)
    }
}

/// Converts a nom error at the top level into a [`DecodeError`] with an absolute offset.
pub fn to_decode_error(e: nom::Err<Fail>, total: usize) -> DecodeError {
    match e {
        nom::Err::Error(f) | nom::Err::Failure(f) => f.into_decode_error(total),
        nom::Err::Incomplete(n) => DecodeError {
            offset: total,
            kind: ErrorKind::Truncated {
                needed: match n {
                    nom::Needed::Size(s) => s.get(),
                    nom::Needed::Unknown => 1,
                },
            },
        },
    }
}

/// Runs `parser` over all of `input`; leftover bytes are [`ErrorKind::TrailingBytes`].
pub fn finish<'a, T>(
    input: &'a [u8],
    parser: impl FnOnce(&'a [u8]) -> PResult<'a, T>,
) -> Result<T, DecodeError> {
    match parser(input) {
        Ok(([], v)) => Ok(v),
        Ok((rest, _)) => {
            Err(Fail::at(rest, ErrorKind::TrailingBytes).into_decode_error(input.len()))
        }
        Err(e) => Err(to_decode_error(e, input.len())),
    }
}

/// A `nom::Err::Error` at the start of `input`.
pub fn fail<T>(input: &[u8], kind: ErrorKind) -> PResult<'_, T> {
    Err(nom::Err::Error(Fail::at(input, kind)))
}

/// Splits `n` bytes off the front of `input` (zero-copy).
#[inline]
pub fn take(input: &[u8], n: usize) -> PResult<'_, &[u8]> {
    match input.split_at_checked(n) {
        Some((head, rest)) => Ok((rest, head)),
        None => fail(
            input,
            ErrorKind::Truncated {
                needed: n - input.len(),
            },
        ),
    }
}

/// Reads a fixed-size array from the front of `input`.
#[inline]
pub fn take_array<const N: usize>(input: &[u8]) -> PResult<'_, [u8; N]> {
    match input.split_first_chunk::<N>() {
        Some((head, rest)) => Ok((rest, *head)),
        None => fail(
            input,
            ErrorKind::Truncated {
                needed: N - input.len(),
            },
        ),
    }
}

/// Reads one byte.
#[inline]
pub fn le_u8(input: &[u8]) -> PResult<'_, u8> {
    match input.split_first() {
        Some((b, rest)) => Ok((rest, *b)),
        None => fail(input, ErrorKind::Truncated { needed: 1 }),
    }
}

/// Reads a little-endian `u16`.
#[inline]
pub fn le_u16(input: &[u8]) -> PResult<'_, u16> {
    take_array::<2>(input).map(|(r, b)| (r, u16::from_le_bytes(b)))
}

/// Reads a little-endian `u32`.
#[inline]
pub fn le_u32(input: &[u8]) -> PResult<'_, u32> {
    take_array::<4>(input).map(|(r, b)| (r, u32::from_le_bytes(b)))
}

/// Reads a little-endian `u64`.
#[inline]
pub fn le_u64(input: &[u8]) -> PResult<'_, u64> {
    take_array::<8>(input).map(|(r, b)| (r, u64::from_le_bytes(b)))
}

/// Runs `parser` over exactly the next `n` bytes, which it must consume entirely
/// (for size-prefixed structures such as RecipientRowSize, PropertyValueSize, RopSize).
#[inline(always)]
pub fn sized<'a, T>(
    input: &'a [u8],
    n: usize,
    parser: impl FnOnce(&'a [u8]) -> PResult<'a, T>,
) -> PResult<'a, T> {
    let (rest, inner) = take(input, n)?;
    let extra = rest.len();
    match parser(inner) {
        Ok(([], v)) => Ok((rest, v)),
        Ok((left, _)) => Err(nom::Err::Error(
            Fail::at(left, ErrorKind::TrailingBytes).shifted(extra),
        )),
        Err(nom::Err::Error(f)) => Err(nom::Err::Error(f.shifted(extra))),
        Err(nom::Err::Failure(f)) => Err(nom::Err::Failure(f.shifted(extra))),
        Err(nom::Err::Incomplete(_)) => fail(inner, ErrorKind::Truncated { needed: 1 }),
    }
}

/// Checks that `count` elements of at least `min_size` bytes can fit in `input`
/// before anything is sized from an untrusted count.
#[inline]
pub fn check_count<'a>(
    input: &'a [u8],
    count: usize,
    min_size: usize,
    field: &'static str,
) -> PResult<'a, ()> {
    match count.checked_mul(min_size) {
        Some(n) if n <= input.len() => Ok((input, ())),
        _ => fail(input, ErrorKind::CountTooLarge { field }),
    }
}

/// Converts a length to a `u16` count or size field, or fails naming the field.
#[inline]
pub fn u16_len(n: usize, field: &'static str) -> Result<u16, EncodeError> {
    u16::try_from(n).map_err(|_| EncodeError::InvalidValue { field })
}

/// Converts a length to a `u32` count or size field, or fails naming the field.
#[inline]
pub fn u32_len(n: usize, field: &'static str) -> Result<u32, EncodeError> {
    u32::try_from(n).map_err(|_| EncodeError::InvalidValue { field })
}

/// Converts a length to a `u8` count or size field, or fails naming the field.
#[inline]
pub fn u8_len(n: usize, field: &'static str) -> Result<u8, EncodeError> {
    u8::try_from(n).map_err(|_| EncodeError::InvalidValue { field })
}

macro_rules! int_codec {
    ($($t:ty, $n:literal);* $(;)?) => {$(
        impl<'a> Decode<'a> for $t {
            const FIXED_SIZE: Option<usize> = Some($n);
            #[inline]
            fn parse(input: &'a [u8]) -> PResult<'a, Self> {
                take_array::<$n>(input).map(|(r, b)| (r, <$t>::from_le_bytes(b)))
            }
        }
        impl Encode for $t {
            #[inline]
            fn encoded_len(&self) -> usize { $n }
            #[inline]
            fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                w.put_bytes(&self.to_le_bytes())
            }
        }
    )*};
}
int_codec!(u8, 1; u16, 2; u32, 4; u64, 8; i16, 2; i32, 4; i64, 8);

impl<'a, const N: usize> Decode<'a> for [u8; N] {
    const FIXED_SIZE: Option<usize> = Some(N);
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        take_array::<N>(input)
    }
}

impl<const N: usize> Encode for [u8; N] {
    #[inline]
    fn encoded_len(&self) -> usize {
        N
    }
    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_bytes(self)
    }
}

/// Raw bytes, written as they are (their count or size, if any, is another field's).
impl Encode for [u8] {
    #[inline]
    fn encoded_len(&self) -> usize {
        self.len()
    }
    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_bytes(self)
    }
}

impl<T: Encode + ?Sized> Encode for &T {
    fn encoded_len(&self) -> usize {
        (**self).encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        (**self).encode(w)
    }
}
