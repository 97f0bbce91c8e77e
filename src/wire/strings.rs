//! Zero-copy NUL-terminated strings ([MS-OXCDATA] 2.11.1: PtypString, PtypString8).

use core::fmt;

use super::{Decode, Encode, PResult, Writer, fail};
use crate::error::{EncodeError, ErrorKind};

/// A UTF-16LE string: either code units from the wire (terminator stripped) or a Rust `&str`.
///
/// Decoding finds the 0x0000 terminator and borrows the code units before it without
/// checking them: an unpaired surrogate is data, as real peers (Outlook, gromox) send and
/// accept it, and it survives `encode(decode(b)) == b`. Conversion happens on demand:
/// [`chars`](Self::chars), [`to_utf8_into`](Self::to_utf8_into) and `Display` turn an
/// unpaired surrogate into U+FFFD. Encoding writes UTF-16LE plus the terminator.
///
/// Two values are equal when their code units are equal, whichever form they hold: a
/// decoded string equals the `&str` it was encoded from, and a lone surrogate never equals
/// U+FFFD (nor a different lone surrogate).
#[derive(Clone, Copy)]
pub enum Utf16Str<'a> {
    /// UTF-16LE code units from the wire, without the terminator (even length, not
    /// validated: may hold unpaired surrogates).
    Wire(&'a [u8]),
    /// A Rust string to encode (must not contain U+0000).
    Str(&'a str),
}

impl<'a> Utf16Str<'a> {
    /// Wraps a Rust string for encoding.
    pub const fn new(s: &'a str) -> Self {
        Utf16Str::Str(s)
    }

    /// Characters, decoded lazily; an unpaired surrogate yields U+FFFD.
    pub fn chars(&self) -> impl Iterator<Item = char> + 'a {
        let (wire, s): (&'a [u8], &'a str) = match *self {
            Utf16Str::Wire(b) => (b, ""),
            Utf16Str::Str(s) => (&[], s),
        };
        WireChars::new(wire).chain(s.chars())
    }

    /// Number of UTF-16 code units, terminator excluded.
    pub fn units(&self) -> usize {
        match self {
            Utf16Str::Wire(b) => b.len() / 2,
            Utf16Str::Str(s) => s.chars().map(char::len_utf16).sum(),
        }
    }

    /// True when the string has no characters.
    pub fn is_empty(&self) -> bool {
        match self {
            Utf16Str::Wire(b) => b.len() < 2,
            Utf16Str::Str(s) => s.is_empty(),
        }
    }

    /// Takes `bytes` as the code units of a string (no terminator expected). Only the
    /// length is checked (it must be even); unpaired surrogates are kept as data.
    pub fn from_units_bytes(bytes: &'a [u8]) -> Result<Self, ErrorKind> {
        if !bytes.len().is_multiple_of(2) {
            return Err(ErrorKind::InvalidValue {
                field: "UTF-16 string length",
            });
        }
        Ok(Utf16Str::Wire(bytes))
    }

    /// Exact number of bytes [`to_utf8_into`](Self::to_utf8_into) writes (an unpaired
    /// surrogate counts as the three bytes of U+FFFD).
    pub fn utf8_len(&self) -> usize {
        match self {
            Utf16Str::Wire(b) => utf8_len_of_units(b),
            Utf16Str::Str(s) => s.len(),
        }
    }

    /// Writes the string as UTF-8 into `out` and returns the bytes written; an unpaired
    /// surrogate becomes U+FFFD. When `out` is shorter than [`utf8_len`](Self::utf8_len),
    /// fails with [`EncodeError::BufferTooSmall`] whose `needed` is that length; `out` may
    /// then hold a prefix of the conversion, and its other bytes are unspecified.
    #[inline]
    pub fn to_utf8_into(&self, out: &mut [u8]) -> Result<usize, EncodeError> {
        let (rest, written) = match self {
            Utf16Str::Wire(b) => {
                if let Some(n) = ascii_units_to_utf8(b, out) {
                    return Ok(n);
                }
                let (read, written) = units_to_utf8(b, out);
                match b.get(read..) {
                    // Stopped before a character that did not fit.
                    Some(rest) if rest.len() >= 2 => (rest, written),
                    // Everything converted (a stray odd byte is not a code unit).
                    _ => return Ok(written),
                }
            }
            Utf16Str::Str(s) => match out.get_mut(..s.len()) {
                Some(dst) => {
                    dst.copy_from_slice(s.as_bytes());
                    return Ok(s.len());
                }
                None => {
                    return Err(EncodeError::BufferTooSmall {
                        needed: s.len(),
                        available: out.len(),
                    });
                }
            },
        };
        Err(EncodeError::BufferTooSmall {
            needed: written.saturating_add(utf8_len_of_units(rest)),
            available: out.len(),
        })
    }

    /// The string as UTF-8, an unpaired surrogate replaced by U+FFFD.
    #[cfg(feature = "alloc")]
    pub fn to_string_lossy(&self) -> alloc::string::String {
        match self {
            Utf16Str::Wire(_) => {
                let mut s = alloc::string::String::with_capacity(self.utf8_len());
                s.extend(self.chars());
                s
            }
            Utf16Str::Str(s) => alloc::string::String::from(*s),
        }
    }
}

impl<'a> From<&'a str> for Utf16Str<'a> {
    fn from(s: &'a str) -> Self {
        Utf16Str::Str(s)
    }
}

/// Bits that are set in a code unit of four 16-bit lanes only when it is not ASCII.
const NON_ASCII_LANES: u64 = 0xFF80_FF80_FF80_FF80;

/// Byte offset of the first 0x0000 code unit of UTF-16LE `input` (units start at even
/// offsets, so a 0x00 0x00 pair straddling two units is not a terminator); nothing else is
/// checked. The first block of eight units is scanned unit by unit (unrolled: a compare
/// and a branch each, no setup), which is fastest for the short strings of ROP buffers;
/// later blocks are tested whole first, in a form that compiles to one vector compare
/// where the target has one (SSE2 `pcmpeqw`/`pmovmskb`), for long strings. Figures in
/// `spec-notes/speed.md`.
#[inline]
fn find_utf16_nul(input: &[u8]) -> Option<usize> {
    let (blocks, tail) = input.as_chunks::<16>();
    let unit = |block: &[u8; 16]| block.as_chunks::<2>().0.iter().position(|u| *u == [0, 0]);
    if let Some(first) = blocks.first()
        && let Some(k) = unit(first)
    {
        return Some(k * 2);
    }
    for (i, block) in blocks.iter().enumerate().skip(1) {
        let any = block
            .as_chunks::<2>()
            .0
            .iter()
            .fold(false, |z, u| z | (u16::from_le_bytes(*u) == 0));
        if any {
            return unit(block).map(|k| i * 16 + k * 2);
        }
    }
    let at = tail.as_chunks::<2>().0.iter().position(|c| *c == [0, 0])?;
    Some(blocks.len() * 16 + at * 2)
}

impl Utf16Str<'_> {
    /// The bytes after the string at the front of `input` (terminator included), or `None`
    /// when it has no terminator: the check [`Decode`] makes, without building a value.
    #[inline]
    pub fn skip(input: &[u8]) -> Option<&[u8]> {
        input.get(find_utf16_nul(input)?.checked_add(2)?..)
    }
}

impl<'a> Decode<'a> for Utf16Str<'a> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let Some(end) = find_utf16_nul(input) else {
            let needed = if input.len().is_multiple_of(2) { 2 } else { 1 };
            return fail(input, ErrorKind::Truncated { needed });
        };
        let (body, rest) = input.split_at_checked(end).unwrap_or((input, &[]));
        Ok((rest.get(2..).unwrap_or_default(), Utf16Str::Wire(body)))
    }
}

/// True when the four code units of `x` are all ASCII.
#[inline(always)]
fn all_ascii(x: u64) -> bool {
    x & NON_ASCII_LANES == 0
}

/// Takes one character off the front of `rest`: one code unit, or a surrogate pair; an
/// unpaired surrogate is U+FFFD. `None` when no whole code unit is left.
#[inline(always)]
fn next_char(rest: &mut &[u8]) -> Option<char> {
    let (u, tail) = rest.split_first_chunk::<2>()?;
    let u = u16::from_le_bytes(*u);
    if u & 0xF800 != 0xD800 {
        *rest = tail;
        // Not a surrogate: always a scalar value.
        return Some(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    if u < 0xDC00
        && let Some((lo, tail2)) = tail.split_first_chunk::<2>()
        && let lo = u16::from_le_bytes(*lo)
        && lo & 0xFC00 == 0xDC00
    {
        *rest = tail2;
        let c = 0x1_0000 + ((u32::from(u) & 0x3FF) << 10) + (u32::from(lo) & 0x3FF);
        return Some(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    *rest = tail;
    Some(char::REPLACEMENT_CHARACTER)
}

/// Characters of wire code units: four ASCII units at a time when they are all ASCII,
/// otherwise one character at a time up to the end of those four units.
#[derive(Clone)]
struct WireChars<'a> {
    /// Units not yet read.
    rest: &'a [u8],
    /// ASCII units already read, lowest lane next.
    ascii: u64,
    /// How many lanes of `ascii` are still to be returned.
    ascii_left: u8,
    /// Decode one character at a time while `rest` is longer than this.
    slow_until: usize,
}

impl<'a> WireChars<'a> {
    fn new(rest: &'a [u8]) -> Self {
        WireChars {
            rest,
            ascii: 0,
            ascii_left: 0,
            slow_until: usize::MAX,
        }
    }
}

impl Iterator for WireChars<'_> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.ascii_left > 0 {
            let c = char::from(self.ascii as u8);
            self.ascii >>= 16;
            self.ascii_left -= 1;
            return Some(c);
        }
        if self.rest.len() <= self.slow_until {
            match self.rest.split_first_chunk::<8>() {
                Some((w, tail)) => {
                    let x = u64::from_le_bytes(*w);
                    if all_ascii(x) {
                        self.rest = tail;
                        self.ascii = x >> 16;
                        self.ascii_left = 3;
                        return Some(char::from(x as u8));
                    }
                    self.slow_until = tail.len();
                }
                None => self.slow_until = 0,
            }
        }
        next_char(&mut self.rest)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let units = self.rest.len() / 2;
        let pending = usize::from(self.ascii_left);
        (
            units.div_ceil(2).saturating_add(pending),
            Some(units.saturating_add(pending)),
        )
    }

    #[inline]
    fn fold<B, F: FnMut(B, char) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while self.ascii_left > 0 {
            acc = f(acc, char::from(self.ascii as u8));
            self.ascii >>= 16;
            self.ascii_left -= 1;
        }
        let mut rest = self.rest;
        let mut stop = self.slow_until;
        loop {
            while rest.len() > stop {
                match next_char(&mut rest) {
                    Some(c) => acc = f(acc, c),
                    None => return acc,
                }
            }
            match rest.split_first_chunk::<8>() {
                Some((w, tail)) => {
                    let x = u64::from_le_bytes(*w);
                    if all_ascii(x) {
                        acc = f(acc, char::from(x as u8));
                        acc = f(acc, char::from((x >> 16) as u8));
                        acc = f(acc, char::from((x >> 32) as u8));
                        acc = f(acc, char::from((x >> 48) as u8));
                        rest = tail;
                    } else {
                        stop = tail.len();
                    }
                }
                None if rest.is_empty() => return acc,
                None => stop = 0,
            }
        }
    }
}

/// Exact UTF-8 length of wire code units: 1, 2 or 3 bytes a unit, except that a high
/// surrogate followed by a low one is a 4-byte character (2 less than 3 + 3). An unpaired
/// surrogate counts 3, the length of U+FFFD.
fn utf8_len_of_units(b: &[u8]) -> usize {
    let units = b.as_chunks::<2>().0;
    // At most 3 bytes per 2 input bytes: cannot overflow, as `b.len() <= isize::MAX`.
    let mut n = 0usize;
    let mut prev_high = false;
    for u in units {
        let u = u16::from_le_bytes(*u);
        let high = u & 0xFC00 == 0xD800;
        let low = u & 0xFC00 == 0xDC00;
        // A pair's 3 + 3 counted so far is 4: take 2 off (never below zero).
        n = n + 1 + usize::from(u >= 0x80) + usize::from(u >= 0x800)
            - 2 * usize::from(prev_high & low);
        prev_high = high;
    }
    n
}

/// Four ASCII code units (each below 0x80) narrowed to four bytes.
#[inline(always)]
fn narrow4(x: u64) -> u32 {
    let x = (x | (x >> 8)) & 0x0000_FFFF_0000_FFFF;
    (x | (x >> 16)) as u32
}

/// Converts the character at the front of `rest` (one code unit, or a surrogate pair; an
/// unpaired surrogate is U+FFFD) to UTF-8 at `out[at..]`; advances `rest` and returns the
/// bytes written, or `None` (nothing consumed or written) at the end of the input or when
/// the character does not fit.
#[inline(always)]
fn put_next_utf8(rest: &mut &[u8], out: &mut [u8], at: usize) -> Option<usize> {
    let (u, tail) = rest.split_first_chunk::<2>()?;
    let u = u16::from_le_bytes(*u);
    let out = out.get_mut(at..)?;
    let c = if u < 0x80 {
        *out.first_mut()? = u as u8;
        *rest = tail;
        return Some(1);
    } else if u < 0x800 {
        *out.first_chunk_mut::<2>()? = [0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8];
        *rest = tail;
        return Some(2);
    } else if u & 0xF800 != 0xD800 {
        u32::from(u)
    } else if u < 0xDC00
        && let Some((lo, tail2)) = tail.split_first_chunk::<2>()
        && let lo = u16::from_le_bytes(*lo)
        && lo & 0xFC00 == 0xDC00
    {
        let c = 0x1_0000 + ((u32::from(u) & 0x3FF) << 10) + (u32::from(lo) & 0x3FF);
        *out.first_chunk_mut::<4>()? = [
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ];
        *rest = tail2;
        return Some(4);
    } else {
        u32::from(char::REPLACEMENT_CHARACTER)
    };
    *out.first_chunk_mut::<3>()? = [
        0xE0 | (c >> 12) as u8,
        0x80 | ((c >> 6) & 0x3F) as u8,
        0x80 | (c & 0x3F) as u8,
    ];
    *rest = tail;
    Some(3)
}

/// Eight ASCII code units (16 bytes, each unit below 0x80) narrowed to eight bytes.
#[inline(always)]
fn narrow8(x: u128) -> [u8; 8] {
    (u64::from(narrow4(x as u64)) | (u64::from(narrow4((x >> 64) as u64)) << 32)).to_le_bytes()
}

/// The whole-string fast path of [`Utf16Str::to_utf8_into`]: when `src` holds at least four
/// code units, all ASCII, and `out` has room for them, writes them narrowed and returns
/// their number; otherwise `None`, having written at most that many bytes of `out`. The
/// whole blocks of eight units go through one flat loop of truncations (vector masks and
/// packs once compiled), then the last eight units as one block that may overlap them
/// (strings shorter than eight: two blocks of four), so there is no per-character tail;
/// one branch on the OR of all units.
#[inline]
fn ascii_units_to_utf8(src: &[u8], out: &mut [u8]) -> Option<usize> {
    let n = src.len() / 2;
    let out = out.get_mut(..n)?;
    let src = src.get(..n * 2)?;
    let lanes =
        if let (Some(last), Some(dst_last)) = (src.last_chunk::<16>(), out.last_chunk_mut::<8>()) {
            let last = u128::from_le_bytes(*last);
            *dst_last = narrow8(last);
            // Whole blocks of eight units: a flat loop of truncations, which the compiler
            // turns into vector masks and packs.
            let whole = n & !7;
            let (units, _) = src.as_chunks::<2>();
            let mut acc = 0u16;
            let (head, _) = out.split_at_mut(whole.min(out.len()));
            for (d, u) in head.iter_mut().zip(units) {
                let x = u16::from_le_bytes(*u);
                acc |= x;
                *d = x as u8;
            }
            let last = last | u128::from(acc);
            last as u64 | (last >> 64) as u64
        } else {
            let first = u64::from_le_bytes(*src.first_chunk::<8>()?);
            let last = u64::from_le_bytes(*src.last_chunk::<8>()?);
            *out.first_chunk_mut::<4>()? = narrow4(first).to_le_bytes();
            *out.last_chunk_mut::<4>()? = narrow4(last).to_le_bytes();
            first | last
        };
    all_ascii(lanes).then_some(n)
}

/// Converts wire code units to UTF-8 into `out` until the input ends or the next character
/// does not fit; returns the input bytes read (whole characters only) and the bytes written.
fn units_to_utf8(src: &[u8], out: &mut [u8]) -> (usize, usize) {
    let mut rest = src;
    let mut written = 0usize;
    loop {
        // Four units: if ASCII, narrowed to four bytes, and then eight at a time while
        // that lasts; otherwise the four one character at a time.
        let stop = match rest.split_first_chunk::<8>() {
            Some((w, tail)) => {
                let x = u64::from_le_bytes(*w);
                let dst = out.get_mut(written..).unwrap_or_default();
                match dst.first_chunk_mut::<4>() {
                    Some(d) if all_ascii(x) => {
                        *d = narrow4(x).to_le_bytes();
                        rest = tail;
                        written += 4;
                        while let Some((w, tail)) = rest.split_first_chunk::<16>()
                            && let Some(d) = out
                                .get_mut(written..)
                                .and_then(|o| o.first_chunk_mut::<8>())
                        {
                            let x = u128::from_le_bytes(*w);
                            if !all_ascii(x as u64 | (x >> 64) as u64) {
                                break;
                            }
                            *d = narrow8(x);
                            rest = tail;
                            written += 8;
                        }
                        continue;
                    }
                    _ => tail.len(),
                }
            }
            None => 0,
        };
        while rest.len() > stop {
            match put_next_utf8(&mut rest, out, written) {
                Some(n) => written += n,
                None => return (src.len() - rest.len(), written),
            }
        }
        if rest.len() < 2 {
            return (src.len() - rest.len(), written);
        }
    }
}

/// True when every byte is in 0x01..=0x7F: ASCII without NUL. No early exit, so the loop
/// vectorises.
#[inline]
fn ascii_without_nul(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(true, |ok, &b| ok & (b.wrapping_sub(1) < 0x7F))
}

/// Writes ASCII bytes as UTF-16LE code units: one flat loop, which the compiler turns into
/// vector unpacks.
#[inline]
fn widen_ascii(src: &[u8], dst: &mut [u8]) {
    for (d, &b) in dst.as_chunks_mut::<2>().0.iter_mut().zip(src) {
        *d = u16::from(b).to_le_bytes();
    }
}

impl Encode for Utf16Str<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            Utf16Str::Wire(b) => b.len().saturating_add(2),
            Utf16Str::Str(s) if s.is_ascii() => s.len().saturating_mul(2).saturating_add(2),
            Utf16Str::Str(_) => self.units().saturating_mul(2).saturating_add(2),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        let s = match self {
            Utf16Str::Wire(b) => {
                w.put_bytes(b)?;
                return w.put_u16(0);
            }
            Utf16Str::Str(s) => s,
        };
        let ascii = ascii_without_nul(s.as_bytes());
        if !ascii && s.as_bytes().contains(&0) {
            return Err(EncodeError::InvalidValue {
                field: "UTF-16 string (contains NUL)",
            });
        }
        let units = if ascii { s.len() } else { self.units() };
        let needed = units.saturating_mul(2).saturating_add(2);
        let available = w.remaining();
        let Some(dst) = w.rest_mut().get_mut(..needed) else {
            return Err(EncodeError::BufferTooSmall { needed, available });
        };
        let (body, terminator) = dst.split_at_mut(needed - 2);
        if ascii {
            widen_ascii(s.as_bytes(), body);
        } else {
            for (d, u) in body.as_chunks_mut::<2>().0.iter_mut().zip(s.encode_utf16()) {
                *d = u.to_le_bytes();
            }
        }
        terminator.fill(0);
        w.advance(needed)
    }
}

impl PartialEq for Utf16Str<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Utf16Str::Wire(a), Utf16Str::Wire(b)) => a == b,
            (Utf16Str::Str(a), Utf16Str::Str(b)) => a == b,
            (Utf16Str::Wire(w), Utf16Str::Str(s)) | (Utf16Str::Str(s), Utf16Str::Wire(w)) => {
                wire_eq_str(w, s)
            }
        }
    }
}

/// True when wire code units `w` are exactly the UTF-16 encoding of `s` (so a lone
/// surrogate on the wire never equals U+FFFD).
fn wire_eq_str(w: &[u8], s: &str) -> bool {
    // Each byte of `s` is at most one code unit, each code unit at least one byte.
    if w.len() / 2 > s.len() || !w.len().is_multiple_of(2) {
        return false;
    }
    if s.is_ascii() {
        return w.len() / 2 == s.len()
            && w.as_chunks::<2>()
                .0
                .iter()
                .zip(s.as_bytes())
                .all(|(u, &b)| *u == [b, 0]);
    }
    w.as_chunks::<2>()
        .0
        .iter()
        .map(|u| u16::from_le_bytes(*u))
        .eq(s.encode_utf16())
}

impl fmt::Display for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = match self {
            Utf16Str::Wire(b) => *b,
            Utf16Str::Str(s) => return f.write_str(s),
        };
        let mut buf = [0u8; 256];
        while !rest.is_empty() {
            let (read, written) = units_to_utf8(rest, &mut buf);
            let text = buf.get(..written).unwrap_or_default();
            f.write_str(core::str::from_utf8(text).map_err(|_| fmt::Error)?)?;
            match rest.get(read..) {
                // `read` is 0 only for a lone trailing byte, which is not a code unit.
                Some(r) if read > 0 => rest = r,
                _ => break,
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.chars() {
            for e in c.escape_debug() {
                fmt::Write::write_char(f, e)?;
            }
        }
        f.write_str("\"")
    }
}

/// An 8-bit string (ASCII or the logon's code page, [MS-OXCDATA] 2.11.1 PtypString8),
/// without its NUL terminator. Decoded values borrow the wire bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Str8<'a>(pub &'a [u8]);

impl<'a> Str8<'a> {
    /// Wraps a Rust string (its UTF-8 bytes) for encoding.
    pub const fn new(s: &'a str) -> Self {
        Str8(s.as_bytes())
    }

    /// The bytes, terminator excluded.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// Length in bytes, terminator excluded.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Parses a string of exactly `bytes`, which must end in its single NUL terminator
    /// (for fields whose size prefix counts the terminator, such as EssdnSize).
    pub fn from_terminated(bytes: &'a [u8]) -> Result<Self, ErrorKind> {
        match bytes.split_last() {
            Some((0, body)) if find_nul(body).is_none() => Ok(Str8(body)),
            _ => Err(ErrorKind::InvalidValue {
                field: "8-bit string terminator",
            }),
        }
    }
}

impl<'a> From<&'a str> for Str8<'a> {
    fn from(s: &'a str) -> Self {
        Str8::new(s)
    }
}

/// Finds the first NUL byte: eight bytes per step (exact zero-byte test), then one at a
/// time. Cheaper than `memchr` for the short strings of ROP buffers.
#[inline]
fn find_nul(input: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut start = 0usize;
    for w in input.as_chunks::<8>().0 {
        let x = u64::from_le_bytes(*w);
        let zero = x.wrapping_sub(LO) & !x & HI;
        if zero != 0 {
            return Some(start + (zero.trailing_zeros() / 8) as usize);
        }
        start += 8;
    }
    // A plain loop: `position` on bytes becomes a `memchr` call, costly for a short tail.
    for (i, &b) in input.get(start..)?.iter().enumerate() {
        if b == 0 {
            return Some(start + i);
        }
    }
    None
}

impl Str8<'_> {
    /// The bytes after the string at the front of `input` (terminator included), or `None`
    /// when it has no terminator: the check [`Decode`] makes, without building a value.
    #[inline]
    pub fn skip(input: &[u8]) -> Option<&[u8]> {
        input.get(find_nul(input)?.checked_add(1)?..)
    }
}

impl<'a> Decode<'a> for Str8<'a> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        match find_nul(input) {
            Some(n) => Ok((
                input.get(n + 1..).unwrap_or_default(),
                Str8(input.get(..n).unwrap_or_default()),
            )),
            None => fail(input, ErrorKind::Truncated { needed: 1 }),
        }
    }
}

impl Encode for Str8<'_> {
    fn encoded_len(&self) -> usize {
        self.0.len().saturating_add(1)
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if find_nul(self.0).is_some() {
            return Err(EncodeError::InvalidValue {
                field: "8-bit string (contains NUL)",
            });
        }
        w.put_bytes(self.0)?;
        w.put_u8(0)
    }
}

impl fmt::Display for Str8<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for &b in self.0 {
            if b.is_ascii() {
                fmt::Write::write_char(f, b as char)?;
            } else {
                write!(f, "\\x{b:02x}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Str8<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for &b in self.0 {
            for e in core::ascii::escape_default(b) {
                fmt::Write::write_char(f, e as char)?;
            }
        }
        f.write_str("\"")
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;
    use std::vec::Vec;

    #[test]
    fn ascii_fast_path_matches_encode_utf16_at_every_length() {
        let mut s = String::new();
        for n in 0..40u8 {
            let mut buf = [0xA5u8; 100];
            let mut w = Writer::new(&mut buf);
            assert_eq!(Utf16Str::Str(&s).encode(&mut w), Ok(()));
            let expected: Vec<u8> = s
                .encode_utf16()
                .chain([0])
                .flat_map(u16::to_le_bytes)
                .collect();
            assert_eq!(w.written(), &expected[..], "length {n}");
            assert_eq!(buf[expected.len()], 0xA5);
            s.push(char::from(b'a' + n % 26));
        }
        let mut small = [0u8; 5];
        assert!(matches!(
            Utf16Str::Str("abc").encode(&mut Writer::new(&mut small)),
            Err(EncodeError::BufferTooSmall {
                needed: 8,
                available: 5
            })
        ));
        assert!(
            Utf16Str::Str("a\0b")
                .encode(&mut Writer::new(&mut [0u8; 16]))
                .is_err()
        );
        assert!(
            Utf16Str::Str("é\0")
                .encode(&mut Writer::new(&mut [0u8; 16]))
                .is_err()
        );
    }

    /// Reference: the first code unit (even byte offset) that is 0x0000.
    fn first_nul(b: &[u8]) -> Option<usize> {
        b.as_chunks::<2>()
            .0
            .iter()
            .position(|c| *c == [0, 0])
            .map(|i| i * 2)
    }

    #[test]
    fn terminator_scan_matches_a_unit_by_unit_scan() {
        // Units with a zero byte on either side make 00 00 pairs that straddle two units;
        // every terminator position, every length, odd lengths, every start address.
        let fill = [0x0041u16, 0x0100, 0x4100, 0x00FF, 0xFF00, 0x8000, 0x0080];
        let mut mem = [0u8; 80];
        for len in 0..70usize {
            for nul in (0..=len / 2).chain([usize::MAX]) {
                for (i, c) in mem.as_chunks_mut::<2>().0.iter_mut().enumerate() {
                    *c = fill[(i + len) % fill.len()].to_le_bytes();
                }
                if let Some(c) = mem.as_chunks_mut::<2>().0.get_mut(nul) {
                    *c = [0, 0];
                }
                for start in 0..3 {
                    let input = &mem[start..start + len];
                    assert_eq!(
                        find_utf16_nul(input),
                        first_nul(input),
                        "len {len}, nul {nul}, start {start}"
                    );
                }
            }
        }
    }

    #[test]
    fn nul_scan_matches_a_byte_by_byte_scan() {
        let mut mem = [0x41u8; 80];
        for len in 0..70usize {
            for nul in (0..len).chain([usize::MAX]) {
                mem.fill(0x41);
                if let Some(b) = mem.get_mut(nul) {
                    *b = 0;
                }
                let input = &mem[..len];
                let want = input.iter().position(|&b| b == 0);
                assert_eq!(find_nul(input), want, "len {len}, nul {nul}");
            }
        }
    }

    #[test]
    fn utf8_len_counts_pairs_once() {
        let le = |u: &[u16]| -> Vec<u8> { u.iter().flat_map(|u| u.to_le_bytes()).collect() };
        assert_eq!(utf8_len_of_units(&le(&[])), 0);
        assert_eq!(utf8_len_of_units(&le(&[0x41, 0x7F])), 2);
        assert_eq!(utf8_len_of_units(&le(&[0x80, 0x7FF])), 4);
        assert_eq!(utf8_len_of_units(&le(&[0x800, 0xFFFF])), 6);
        assert_eq!(utf8_len_of_units(&le(&[0xD83D, 0xDE00])), 4);
        assert_eq!(utf8_len_of_units(&le(&[0xD83D, 0xD83D, 0xDE00])), 7);
        assert_eq!(utf8_len_of_units(&le(&[0xDE00, 0xD83D])), 6);
        // A stray odd byte is not a code unit.
        assert_eq!(utf8_len_of_units(&[0x41, 0x00, 0x42]), 1);
    }
}
