//! Zero-copy NUL-terminated strings ([MS-OXCDATA] 2.11.1: PtypString, PtypString8).

use core::fmt;

use super::{Decode, Encode, PResult, Writer, fail};
use crate::error::{EncodeError, ErrorKind};

/// A UTF-16LE string: either validated wire bytes (terminator stripped) or a Rust `&str`.
///
/// Decoding reads up to and including the 0x0000 terminator and checks that the code
/// units form valid UTF-16. Encoding writes UTF-16LE plus the terminator. Two values are
/// equal when their characters are equal, whichever form they hold.
#[derive(Clone, Copy)]
pub enum Utf16Str<'a> {
    /// UTF-16LE code units from the wire, without the terminator (even length, valid).
    Wire(&'a [u8]),
    /// A Rust string to encode (must not contain U+0000).
    Str(&'a str),
}

impl<'a> Utf16Str<'a> {
    /// Wraps a Rust string for encoding.
    pub const fn new(s: &'a str) -> Self {
        Utf16Str::Str(s)
    }

    /// Characters, decoded lazily.
    pub fn chars(&self) -> impl Iterator<Item = char> + 'a {
        let (wire, s): (&'a [u8], &'a str) = match *self {
            Utf16Str::Wire(b) => (b, ""),
            Utf16Str::Str(s) => ("".as_bytes(), s),
        };
        let units = wire
            .as_chunks::<2>()
            .0
            .iter()
            .map(|c| u16::from_le_bytes(*c));
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .chain(s.chars())
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
        self.units() == 0
    }

    /// Parses the code units of a string of exactly `bytes` (no terminator expected).
    pub fn from_units_bytes(bytes: &'a [u8]) -> Result<Self, ErrorKind> {
        if !bytes.len().is_multiple_of(2) {
            return Err(ErrorKind::InvalidValue {
                field: "UTF-16 string length",
            });
        }
        let units = bytes
            .as_chunks::<2>()
            .0
            .iter()
            .map(|c| u16::from_le_bytes(*c));
        if char::decode_utf16(units).any(|r| r.is_err()) {
            return Err(ErrorKind::InvalidValue {
                field: "UTF-16 string",
            });
        }
        Ok(Utf16Str::Wire(bytes))
    }
}

impl<'a> From<&'a str> for Utf16Str<'a> {
    fn from(s: &'a str) -> Self {
        Utf16Str::Str(s)
    }
}

/// True when one of the four 16-bit lanes of `x` is zero (exact, no false positives).
#[inline(always)]
fn has_zero_lane(x: u64) -> bool {
    const LO: u64 = 0x0001_0001_0001_0001;
    const HI: u64 = 0x8000_8000_8000_8000;
    x.wrapping_sub(LO) & !x & HI != 0
}

/// Finds the 0x0000 terminator of a UTF-16LE string, noting whether any surrogate occurs
/// (only then is full validation needed). Four code units per step, then one at a time.
#[inline]
fn scan_utf16z(input: &[u8]) -> Option<(usize, bool)> {
    const SURROGATE_MASK: u64 = 0xF800_F800_F800_F800;
    const SURROGATE: u64 = 0xD800_D800_D800_D800;
    let mut surrogates = false;
    let mut start = 0usize;
    for w in input.as_chunks::<8>().0 {
        let x = u64::from_le_bytes(*w);
        if has_zero_lane(x) {
            break;
        }
        surrogates |= has_zero_lane((x & SURROGATE_MASK) ^ SURROGATE);
        start += 8;
    }
    for (i, c) in input.get(start..)?.as_chunks::<2>().0.iter().enumerate() {
        let u = u16::from_le_bytes(*c);
        if u == 0 {
            return Some((start + i * 2, surrogates));
        }
        surrogates |= u & 0xF800 == 0xD800;
    }
    None
}

impl<'a> Decode<'a> for Utf16Str<'a> {
    #[inline]
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let Some((end, surrogates)) = scan_utf16z(input) else {
            let needed = if input.len().is_multiple_of(2) { 2 } else { 1 };
            return fail(input, ErrorKind::Truncated { needed });
        };
        let (body, rest) = input.split_at(end);
        if surrogates && let Err(kind) = Utf16Str::from_units_bytes(body) {
            return fail(input, kind);
        }
        Ok((rest.get(2..).unwrap_or_default(), Utf16Str::Wire(body)))
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

/// Writes ASCII bytes as UTF-16LE code units, four at a time.
#[inline]
fn widen_ascii(src: &[u8], dst: &mut [u8]) {
    let (src4, src_tail) = src.as_chunks::<4>();
    let (dst8, dst_tail) = dst.as_chunks_mut::<8>();
    for (d, s) in dst8.iter_mut().zip(src4) {
        let x = u64::from(u32::from_le_bytes(*s));
        let x = ((x << 16) | x) & 0x0000_FFFF_0000_FFFF;
        let x = ((x << 8) | x) & 0x00FF_00FF_00FF_00FF;
        *d = x.to_le_bytes();
    }
    let tail_dst = dst_tail.len().min(src_tail.len() * 2);
    let done = src4.len() * 8;
    if let Some(rest) = dst.get_mut(done..done + tail_dst) {
        for (d, &b) in rest.as_chunks_mut::<2>().0.iter_mut().zip(src_tail) {
            *d = [b, 0];
        }
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
            _ => self.chars().eq(other.chars()),
        }
    }
}

impl fmt::Display for Utf16Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.chars() {
            fmt::Write::write_char(f, c)?;
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
            Some((0, body)) if !body.contains(&0) => Ok(Str8(body)),
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

impl<'a> Decode<'a> for Str8<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        match input.iter().position(|&b| b == 0) {
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
        if self.0.contains(&0) {
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
}
