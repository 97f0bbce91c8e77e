//! Zero-copy arrays: fixed-size elements ([`LeArray`]) and validated lists of
//! variable-size elements ([`List`]) ([MS-OXCDATA] 2.11.1 counted arrays).

use core::fmt;

use super::{DecodeCtx, Encode, PResult, Writer, check_count, fail, take};
use crate::error::{EncodeError, ErrorKind};

/// A fixed-size little-endian element of an [`LeArray`] (u16, u32, u64, tags, ids).
pub trait LeElem: Copy {
    /// Encoded size in bytes.
    const SIZE: usize;
    /// Reads one element from exactly `SIZE` bytes (`None` if the slice is short).
    fn read(bytes: &[u8]) -> Option<Self>;
    /// Writes one element.
    fn write(&self, w: &mut Writer<'_>) -> Result<(), EncodeError>;
}

macro_rules! le_elem_int {
    ($($t:ty),*) => {$(
        impl LeElem for $t {
            const SIZE: usize = core::mem::size_of::<$t>();
            #[inline]
            fn read(bytes: &[u8]) -> Option<Self> {
                bytes.first_chunk().map(|b| <$t>::from_le_bytes(*b))
            }
            #[inline]
            fn write(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                w.put_bytes(&self.to_le_bytes())
            }
        }
    )*};
}
le_elem_int!(u16, u32, u64, i16, i32, i64);

impl<const N: usize> LeElem for [u8; N] {
    const SIZE: usize = N;
    #[inline]
    fn read(bytes: &[u8]) -> Option<Self> {
        bytes.first_chunk().copied()
    }
    #[inline]
    fn write(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_bytes(self)
    }
}

/// An array of fixed-size elements: the wire bytes, or a caller's slice.
#[derive(Clone, Copy)]
pub enum LeArray<'a, T: LeElem> {
    /// Wire bytes (a whole number of elements).
    Wire(&'a [u8]),
    /// Elements supplied by the caller for encoding.
    Slice(&'a [T]),
}

impl<'a, T: LeElem> LeArray<'a, T> {
    /// Parses `count` elements from the front of `input` without copying.
    pub fn parse(input: &'a [u8], count: usize, field: &'static str) -> PResult<'a, Self> {
        check_count(input, count, T::SIZE, field)?;
        let (rest, bytes) = take(input, count.saturating_mul(T::SIZE))?;
        Ok((rest, LeArray::Wire(bytes)))
    }

    /// An empty array.
    pub const fn empty() -> Self {
        LeArray::Slice(&[])
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        match self {
            LeArray::Wire(b) => b.len() / T::SIZE.max(1),
            LeArray::Slice(s) => s.len(),
        }
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `i`, if any.
    pub fn get(&self, i: usize) -> Option<T> {
        match self {
            LeArray::Wire(b) => {
                let at = i.checked_mul(T::SIZE)?;
                T::read(b.get(at..)?)
            }
            LeArray::Slice(s) => s.get(i).copied(),
        }
    }

    /// The first `n` elements (all of them if there are fewer).
    pub fn prefix(&self, n: usize) -> Self {
        match *self {
            LeArray::Wire(b) => LeArray::Wire(b.get(..n.saturating_mul(T::SIZE)).unwrap_or(b)),
            LeArray::Slice(s) => LeArray::Slice(s.get(..n).unwrap_or(s)),
        }
    }

    /// Iterates over the elements (borrowing the elements, not `self`).
    #[inline]
    pub fn iter(&self) -> LeIter<'a, T> {
        let (wire, slice): (&'a [u8], &'a [T]) = match *self {
            LeArray::Wire(b) => (b, &[]),
            LeArray::Slice(s) => (&[], s),
        };
        LeIter {
            wire,
            slice: slice.iter(),
        }
    }
}

/// The elements of a [`LeArray`], read from its wire bytes or copied from its slice
/// ([MS-OXCDATA] 2.11.1 arrays of fixed-size elements).
#[derive(Debug, Clone)]
pub struct LeIter<'a, T> {
    /// Wire bytes not read yet (empty for a caller's slice).
    wire: &'a [u8],
    /// Caller elements not yielded yet (empty for wire bytes).
    slice: core::slice::Iter<'a, T>,
}

impl<T: LeElem> Iterator for LeIter<'_, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        // A wire array holds whole elements (its length was checked when it was decoded),
        // so a short tail is never read.
        match self.wire.split_at_checked(T::SIZE.max(1)) {
            Some((elem, rest)) => {
                self.wire = rest;
                T::read(elem)
            }
            None => self.slice.next().copied(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.wire.len() / T::SIZE.max(1) + self.slice.len();
        (n, Some(n))
    }
}

impl<T: LeElem> Default for LeArray<'_, T> {
    fn default() -> Self {
        LeArray::empty()
    }
}

impl<T: LeElem> Encode for LeArray<'_, T> {
    fn encoded_len(&self) -> usize {
        self.len().saturating_mul(T::SIZE)
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            LeArray::Wire(b) => w.put_bytes(b),
            // One room check for the whole array, then each element into its own part of it.
            LeArray::Slice(s) => {
                let mut run = Writer::new(w.claim(self.encoded_len())?);
                s.iter().try_for_each(|e| e.write(&mut run))
            }
        }
    }
}

impl<T: LeElem + PartialEq> PartialEq for LeArray<'_, T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: LeElem + fmt::Debug> fmt::Debug for LeArray<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A counted list of variable-size elements: the validated wire span, or a caller's slice.
///
/// Decoding walks every element once to validate it and find the span's end, so later
/// iteration cannot fail; iteration decodes each element again, lazily, without copying.
pub enum List<'a, T, C = ()> {
    /// The validated wire bytes of `count` elements, and the context they decode with.
    Wire {
        /// The bytes of all elements; for a list a size field delimits, any slack after
        /// them too ([`List::parse_filling`]).
        bytes: &'a [u8],
        /// Number of elements (a wire count is at most 32 bits wide).
        count: usize,
        /// Outside state each element decodes with.
        ctx: C,
    },
    /// Elements supplied by the caller for encoding.
    Items(&'a [T]),
}

impl<T, C: Copy> Clone for List<'_, T, C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, C: Copy> Copy for List<'_, T, C> {}

impl<'a, T, C: Copy> List<'a, T, C> {
    /// An empty list.
    pub const fn empty() -> Self {
        List::Items(&[])
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        match self {
            List::Wire { count, .. } => *count,
            List::Items(s) => s.len(),
        }
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<'a, T: DecodeCtx<'a, C>, C: Copy> List<'a, T, C> {
    /// Parses and validates `count` elements, each at least `min_size` bytes, from `input`.
    pub fn parse(
        input: &'a [u8],
        count: usize,
        min_size: usize,
        ctx: C,
        field: &'static str,
    ) -> PResult<'a, Self> {
        check_count(input, count, min_size, field)?;
        if u32::try_from(count).is_err() {
            return fail(input, ErrorKind::CountTooLarge { field });
        }
        let mut rest = input;
        for _ in 0..count {
            rest = match T::skip_ctx(rest, ctx) {
                Some(r) => r,
                None => return Self::parse_precisely(input, count, ctx),
            };
        }
        Ok(Self::spanning(input, rest, count, ctx))
    }

    /// Parses and validates `count` elements, each at least `min_size` bytes, from `input`,
    /// a span a size field delimits ([MS-OXCROPS] 2.2.1): bytes after the elements are
    /// slack, kept at the end of the wire bytes (so the list re-encodes as received) and
    /// never iterated.
    #[inline]
    pub fn parse_filling(
        input: &'a [u8],
        count: usize,
        min_size: usize,
        ctx: C,
        field: &'static str,
    ) -> PResult<'a, Self> {
        let (_, list) = Self::parse(input, count, min_size, ctx, field)?;
        let end = input.get(input.len()..).unwrap_or_default();
        Ok(match list {
            List::Wire { count, ctx, .. } => (
                end,
                List::Wire {
                    bytes: input,
                    count,
                    ctx,
                },
            ),
            items => (end, items),
        })
    }

    /// The list of `count` validated elements from `input` up to `rest`.
    #[inline]
    fn spanning(input: &'a [u8], rest: &'a [u8], count: usize, ctx: C) -> (&'a [u8], Self) {
        let used = input.len() - rest.len();
        let bytes = input.get(..used).unwrap_or_default();
        (rest, List::Wire { bytes, count, ctx })
    }

    /// The slow path after a `skip_ctx` said "look closer": every element decoded, for the
    /// precise error.
    #[cold]
    fn parse_precisely(input: &'a [u8], count: usize, ctx: C) -> PResult<'a, Self> {
        let mut rest = input;
        for _ in 0..count {
            rest = T::parse_ctx(rest, ctx)?.0;
        }
        Ok(Self::spanning(input, rest, count, ctx))
    }

    /// Calls `f` with each element's index and a reference to it, in order; stops at an
    /// element that does not decode (which validation has ruled out). Unlike [`List::iter`],
    /// a decoded element is read where its decoder left it, not moved out first: for
    /// readers such as [`Dump`](crate::wire::Dump) that take elements by reference
    /// (`spec-notes/speed.md`).
    #[inline]
    pub fn for_each_ref(&self, mut f: impl FnMut(usize, &T)) {
        match *self {
            List::Wire {
                mut bytes,
                count,
                ctx,
            } => {
                for i in 0..count {
                    let parsed = T::parse_ctx(bytes, ctx);
                    let Ok((rest, item)) = &parsed else { return };
                    f(i, item);
                    bytes = rest;
                }
            }
            List::Items(s) => s.iter().enumerate().for_each(|(i, item)| f(i, item)),
        }
    }

    /// Iterates over the elements.
    pub fn iter(&self) -> ListIter<'a, T, C>
    where
        T: Clone,
    {
        match *self {
            List::Wire { bytes, count, ctx } => ListIter {
                wire: bytes,
                left: count,
                ctx: Some(ctx),
                items: &[],
            },
            List::Items(s) => ListIter {
                wire: &[],
                left: 0,
                ctx: None,
                items: s,
            },
        }
    }
}

impl<T, C: Copy> Default for List<'_, T, C> {
    fn default() -> Self {
        List::empty()
    }
}

/// Iterator over a [`List`].
pub struct ListIter<'a, T, C> {
    wire: &'a [u8],
    left: usize,
    ctx: Option<C>,
    items: &'a [T],
}

impl<'a, T: DecodeCtx<'a, C> + Clone, C: Copy> Iterator for ListIter<'a, T, C> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if let Some(ctx) = self.ctx {
            if self.left == 0 {
                return None;
            }
            self.left -= 1;
            match T::parse_ctx(self.wire, ctx) {
                Ok((rest, v)) => {
                    self.wire = rest;
                    Some(v)
                }
                Err(_) => {
                    self.left = 0;
                    None
                }
            }
        } else {
            let (first, rest) = self.items.split_first()?;
            self.items = rest;
            Some(first.clone())
        }
    }
}

impl<'a, T: DecodeCtx<'a, C> + Encode + Clone, C: Copy> Encode for List<'a, T, C> {
    fn encoded_len(&self) -> usize {
        match self {
            List::Wire { bytes, .. } => bytes.len(),
            List::Items(s) => s
                .iter()
                .map(Encode::encoded_len)
                .fold(0usize, usize::saturating_add),
        }
    }

    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            // An empty list (a response without problems, …) costs no `memcpy` call.
            List::Wire { bytes: [], .. } => Ok(()),
            List::Wire { bytes, .. } => w.put_bytes(bytes),
            List::Items(s) => s.iter().try_for_each(|e| e.encode(w)),
        }
    }
}

impl<'a, T: DecodeCtx<'a, C> + Clone + PartialEq, C: Copy> PartialEq for List<'a, T, C> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<'a, T: DecodeCtx<'a, C> + Clone + fmt::Debug, C: Copy> fmt::Debug for List<'a, T, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}
