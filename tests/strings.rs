//! UTF-16 strings ([MS-OXCDATA] 2.11.1 PtypString): code units kept as they are (unpaired
//! surrogates included), the terminator scan, and conversion on demand (`chars`,
//! `to_utf8_into`, `utf8_len`, `to_string_lossy`, `Display`) checked against
//! `String::from_utf16_lossy`.

use proptest::prelude::*;

use ropwire::wire::{Decode, Encode, Utf16Str};
use ropwire::{EncodeError, ErrorKind};

/// UTF-16LE bytes of `units`, without terminator.
fn le(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

/// UTF-16LE bytes of `units` plus the 0x0000 terminator.
fn wire(units: &[u16]) -> Vec<u8> {
    let mut b = le(units);
    b.extend_from_slice(&[0, 0]);
    b
}

/// `Utf16Str::Str(text)` encoded (terminator included).
fn encoded(text: &str) -> Vec<u8> {
    let s = Utf16Str::Str(text);
    let mut buf = vec![0xAAu8; s.encoded_len()];
    let n = s
        .encode_into(&mut buf)
        .expect("room for the encoded length");
    assert_eq!(n, buf.len());
    buf
}

/// Characters through `next()` only, one by one.
fn chars_by_next(s: &Utf16Str<'_>) -> String {
    let mut out = String::new();
    // A `for` loop calls `next()`; `collect` would go through `fold`.
    for c in s.chars() {
        out.push(c);
    }
    out
}

/// The UTF-8 conversion into a buffer with slack pre-filled with 0xA5; checks the count,
/// that nothing past it was written, and `utf8_len`.
fn utf8_checked(s: &Utf16Str<'_>) -> Vec<u8> {
    let len = s.utf8_len();
    let mut buf = vec![0xA5u8; len + 8];
    let n = s.to_utf8_into(&mut buf).expect("fits");
    assert_eq!(n, len, "to_utf8_into wrote other than utf8_len bytes");
    assert!(buf[n..].iter().all(|&b| b == 0xA5), "wrote past its end");
    buf.truncate(n);
    buf
}

/// Everything the conversion can be asked, against `String::from_utf16_lossy`.
fn check_conversions(units: &[u16]) {
    let expected = String::from_utf16_lossy(units);
    let bytes = le(units);
    let s = Utf16Str::Wire(&bytes);
    assert_eq!(s.units(), units.len());
    assert_eq!(s.is_empty(), units.is_empty());
    assert_eq!(s.chars().collect::<String>(), expected, "chars (fold)");
    assert_eq!(chars_by_next(&s), expected, "chars (next)");
    assert_eq!(s.chars().count(), expected.chars().count());
    assert_eq!(s.utf8_len(), expected.len());
    assert_eq!(utf8_checked(&s), expected.as_bytes());
    assert_eq!(s.to_string_lossy(), expected);
    assert_eq!(s.to_string(), expected, "Display");
    // next() for a while, then fold for the rest: the ASCII lanes already read are kept.
    for k in 0..units.len().min(9) {
        let mut it = s.chars();
        let mut out: String = it.by_ref().take(k).collect();
        let (lo, hi) = it.size_hint();
        let left: String = it.collect();
        let n = left.chars().count();
        assert!(lo <= n && hi.is_some_and(|h| n <= h), "size_hint");
        out.push_str(&left);
        assert_eq!(out, expected, "next {k} then fold");
    }
}

// ---- decode: unpaired surrogates are data ----------------------------------------------

#[test]
fn unpaired_surrogates_decode_and_round_trip_byte_exact() {
    let cases: &[&[u16]] = &[
        &[0xD800],                           // lone high
        &[0xDC00],                           // lone low
        &[0xDFFF],                           // lone low, top of the range
        &[0xD800, 0x0041],                   // high then 'A'
        &[0x0041, 0xD83D],                   // high at the end
        &[0xDE00, 0xD83D],                   // pair in the wrong order
        &[0xD83D, 0xD83D, 0xDE00],           // high, then a valid pair
        &[0xD83D, 0xDE00, 0xDE00],           // valid pair, then a lone low
        &[0x48, 0xE9, 0xDBFF, 0x20AC, 0x41], // lone high among BMP characters
    ];
    for &units in cases {
        let bytes = wire(units);
        let mut input = bytes.clone();
        input.extend_from_slice(&[0x41, 0x00]);
        let (rest, s) = Utf16Str::parse(&input).expect("an unpaired surrogate is data");
        assert_eq!(rest, [0x41, 0x00], "{units:04X?}");
        assert_eq!(s, Utf16Str::Wire(&bytes[..bytes.len() - 2]));
        assert_eq!(s.units(), units.len());
        assert_eq!(Utf16Str::decode(&bytes), Ok(s));
        assert_eq!(s.encoded_len(), bytes.len());
        assert_eq!(s.encode_vec().unwrap(), bytes, "{units:04X?}");
        check_conversions(units);
        assert!(s.to_string_lossy().contains('\u{FFFD}'));
    }
    assert_eq!(
        Utf16Str::Wire(&le(&[0xD800, 0x41])).to_string_lossy(),
        "\u{FFFD}A"
    );
    assert_eq!(
        Utf16Str::Wire(&le(&[0xD83D, 0xD83D, 0xDE00, 0xDC00])).to_string_lossy(),
        "\u{FFFD}😀\u{FFFD}"
    );
}

#[test]
fn from_units_bytes_checks_only_the_length() {
    let b = le(&[0xDC00, 0xD800, 0x41]);
    assert_eq!(Utf16Str::from_units_bytes(&b), Ok(Utf16Str::Wire(&b)));
    assert!(matches!(
        Utf16Str::from_units_bytes(&b),
        Ok(Utf16Str::Wire(x)) if x == &b[..]
    ));
    assert_eq!(
        Utf16Str::from_units_bytes(&b[..5]),
        Err(ErrorKind::InvalidValue {
            field: "UTF-16 string length"
        })
    );
    assert_eq!(Utf16Str::from_units_bytes(&[]), Ok(Utf16Str::new("")));
}

// ---- the terminator scan ---------------------------------------------------------------

/// Units whose bytes include 0x00 on either side, so that 0x00 0x00 byte pairs straddle
/// two code units ('A' then U+0100 is 41 00 00 01).
const NEIGHBOURS: [u16; 6] = [0x0041, 0x0100, 0x4100, 0x0001, 0xD800, 0xDC00];

#[test]
fn terminator_is_the_first_0000_unit_at_every_length_and_offset() {
    for len in 0..40usize {
        let units: Vec<u16> = (0..len).map(|i| NEIGHBOURS[i % NEIGHBOURS.len()]).collect();
        let body = le(&units);
        for offset in 0..9usize {
            // Odd offsets included: the string need not start at an even address.
            let mut buf = vec![0xEEu8; offset];
            buf.extend_from_slice(&body);
            buf.extend_from_slice(&[0, 0, 0x00, 0x01, 0, 0]);
            let input = &buf[offset..];
            let (rest, s) = Utf16Str::parse(input).unwrap();
            assert_eq!(s, Utf16Str::Wire(&body), "len {len}, offset {offset}");
            assert_eq!(rest, [0x00, 0x01, 0, 0], "len {len}, offset {offset}");
            // No terminator at all: truncation, needing a whole unit or the odd byte.
            let cut = &input[..body.len()];
            let e = Utf16Str::decode_prefix(cut).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Truncated { needed: 2 });
            assert_eq!(e.offset, 0, "reported at the string's first byte");
            let mut odd = cut.to_vec();
            odd.push(0);
            let e = Utf16Str::decode_prefix(&odd).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Truncated { needed: 1 });
        }
    }
}

#[test]
fn straddling_zero_bytes_are_not_a_terminator() {
    // 'A', U+0100, 'B', U+0100, …: every other byte pair in the middle is 00 00.
    for len in 0..40usize {
        let units: Vec<u16> = (0..len)
            .map(|i| if i % 2 == 0 { 0x0041 } else { 0x0100 })
            .collect();
        let bytes = wire(&units);
        assert_eq!(
            Utf16Str::decode(&bytes),
            Ok(Utf16Str::Wire(&bytes[..bytes.len() - 2])),
            "len {len}"
        );
    }
    // Only an odd number of bytes before 00 00: the string is still unterminated.
    assert!(matches!(
        Utf16Str::decode_prefix(&[0x41, 0x00, 0x00])
            .unwrap_err()
            .kind,
        ErrorKind::Truncated { needed: 1 }
    ));
    let (v, n) = Utf16Str::decode_prefix(&[0x41, 0x00, 0x00, 0x01, 0x00, 0x00]).unwrap();
    assert_eq!(n, 6);
    assert_eq!(v.to_string_lossy(), "AĀ");
}

#[test]
fn terminator_at_every_position_of_a_long_buffer() {
    let units: Vec<u16> = (0..70u16).map(|i| 0x0100 + i).collect();
    for at in 0..units.len() {
        let mut u = units.clone();
        u[at] = 0;
        // A second terminator later must not be the one found.
        if at + 3 < u.len() {
            u[at + 3] = 0;
        }
        let bytes = le(&u);
        let (rest, s) = Utf16Str::parse(&bytes).unwrap();
        assert_eq!(s.units(), at, "terminator at unit {at}");
        assert_eq!(rest.len(), bytes.len() - 2 * at - 2);
    }
}

// ---- conversion ------------------------------------------------------------------------

#[test]
fn ascii_fast_paths_at_every_length() {
    for len in 0..40usize {
        let text: String = (0..len)
            .map(|i| char::from(b' ' + (i * 7 % 95) as u8))
            .collect();
        let units: Vec<u16> = text.encode_utf16().collect();
        check_conversions(&units);
        let bytes = le(&units);
        assert_eq!(Utf16Str::Wire(&bytes), Utf16Str::Str(&text));
        assert_eq!(utf8_checked(&Utf16Str::Wire(&bytes)), text.as_bytes());
        // The encoder's ASCII widening, and its general path with one 'é' at each position.
        assert_eq!(
            encoded(&text),
            [bytes.as_slice(), &[0, 0]].concat(),
            "encode {len}"
        );
        for at in 0..len {
            let mixed: String = text
                .chars()
                .enumerate()
                .map(|(i, c)| if i == at { 'é' } else { c })
                .collect();
            let want = [le(&mixed.encode_utf16().collect::<Vec<_>>()), vec![0, 0]].concat();
            assert_eq!(encoded(&mixed), want, "encode {len}, 'é' at {at}");
        }
        // ASCII with one non-ASCII unit at each position breaks every fast path.
        for at in 0..len {
            for odd in [
                0x00E9u16, 0x20AC, 0xD800, 0xDC00, 0x007F, 0x0080, 0x07FF, 0x0800,
            ] {
                let mut u = units.clone();
                u[at] = odd;
                check_conversions(&u);
            }
        }
    }
}

#[test]
fn to_utf8_into_reports_the_exact_size_needed() {
    let cases: &[&[u16]] = &[
        &[],
        &[0x41],
        &[0xE9],
        &[0x20AC],
        &[0xD83D, 0xDE00],
        &[0xD800],
        &[0xDC00, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49],
    ];
    let long: Vec<u16> = "Grüße, 東京 😀 and some ASCII at the end of it"
        .encode_utf16()
        .chain([0xD800, 0x41, 0xDFFF])
        .collect();
    let ascii: Vec<u16> = "0123456789abcdefghijklmnopqrstuvwxyz"
        .encode_utf16()
        .collect();
    for units in cases.iter().copied().chain([&long[..], &ascii[..]]) {
        let bytes = le(units);
        let expected = String::from_utf16_lossy(units);
        let needed = expected.len();
        for s in [Utf16Str::Wire(&bytes), Utf16Str::Str(&expected)] {
            assert_eq!(s.utf8_len(), needed);
            for available in 0..needed {
                let mut out = vec![0u8; available];
                assert_eq!(
                    s.to_utf8_into(&mut out),
                    Err(EncodeError::BufferTooSmall { needed, available }),
                    "{units:04X?} into {available}"
                );
            }
            let mut out = vec![0u8; needed];
            assert_eq!(s.to_utf8_into(&mut out), Ok(needed));
            assert_eq!(out, expected.as_bytes());
        }
    }
}

#[test]
fn str_form_converts_as_itself() {
    for text in ["", "abc", "Grüße 😀", "\u{FFFD}"] {
        let s = Utf16Str::new(text);
        assert_eq!(s.utf8_len(), text.len());
        assert_eq!(utf8_checked(&s), text.as_bytes());
        assert_eq!(s.to_string_lossy(), text);
        assert_eq!(s.to_string(), text);
        assert_eq!(s.chars().collect::<String>(), text);
    }
}

#[test]
fn display_of_a_long_string_crosses_its_buffer() {
    // More than 256 bytes of UTF-8, with characters of every width at the chunk edges.
    let units: Vec<u16> = "a€😀é"
        .encode_utf16()
        .chain([0xDC00])
        .cycle()
        .take(400)
        .collect();
    let bytes = le(&units);
    let s = Utf16Str::Wire(&bytes);
    assert_eq!(s.to_string(), String::from_utf16_lossy(&units));
    assert_eq!(
        format!("{s:?}"),
        format!("{:?}", String::from_utf16_lossy(&units))
    );
}

// ---- equality --------------------------------------------------------------------------

#[test]
fn equality_compares_code_units() {
    let lone_high = le(&[0x41, 0xD800]);
    let lone_low = le(&[0x41, 0xDC00]);
    let fffd = le(&[0x41, 0xFFFD]);
    // Different unpaired surrogates are different strings, though both show as U+FFFD.
    assert_ne!(Utf16Str::Wire(&lone_high), Utf16Str::Wire(&lone_low));
    assert_eq!(
        Utf16Str::Wire(&lone_high).to_string_lossy(),
        Utf16Str::Wire(&lone_low).to_string_lossy()
    );
    // A lone surrogate is not U+FFFD, whichever side it is on.
    for w in [&lone_high, &lone_low] {
        assert_ne!(Utf16Str::Wire(w), Utf16Str::Str("A\u{FFFD}"));
        assert_ne!(Utf16Str::Str("A\u{FFFD}"), Utf16Str::Wire(w));
        assert_ne!(Utf16Str::Wire(w), Utf16Str::Wire(&fffd));
    }
    assert_eq!(Utf16Str::Wire(&fffd), Utf16Str::Str("A\u{FFFD}"));
    assert_eq!(Utf16Str::Str("A\u{FFFD}"), Utf16Str::Wire(&fffd));
    // The same characters in both forms are equal, either way round.
    for text in ["", "abc", "Hé€😀", "東京", "a\u{10FFFF}b"] {
        let b: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(Utf16Str::Wire(&b), Utf16Str::Str(text), "{text}");
        assert_eq!(Utf16Str::Str(text), Utf16Str::Wire(&b), "{text}");
        assert_eq!(Utf16Str::Wire(&b), Utf16Str::Wire(&b.clone()));
    }
    // Prefixes, longer strings, a split pair.
    let pair = le(&[0xD83D, 0xDE00]);
    assert_ne!(Utf16Str::Wire(&pair[..2]), Utf16Str::Str("😀"));
    assert_ne!(Utf16Str::Wire(&le(&[0x61, 0x62])), Utf16Str::Str("a"));
    assert_ne!(Utf16Str::Wire(&le(&[0x61])), Utf16Str::Str("ab"));
    assert_ne!(Utf16Str::Wire(&le(&[0xE9])), Utf16Str::Str("e"));
    assert_ne!(Utf16Str::Wire(&[0x61, 0x00, 0x62]), Utf16Str::Str("a"));
}

// ---- properties ------------------------------------------------------------------------

/// Code units without 0x0000, surrogates (paired by chance or not) frequent.
fn units() -> impl Strategy<Value = Vec<u16>> {
    let unit = prop_oneof![
        3 => 0x0001u16..0x0080,
        1 => 0x0080u16..0x0800,
        1 => 0x0800u16..0xD800,
        1 => 0xD800u16..0xDC00,
        1 => 0xDC00u16..0xE000,
        1 => 0xE000u16..=0xFFFF,
        1 => 1u16..=0xFFFF,
    ];
    prop::collection::vec(unit, 0..200)
}

proptest! {
    #[test]
    fn conversions_agree_with_from_utf16_lossy(units in units()) {
        check_conversions(&units);
    }

    #[test]
    fn decode_then_encode_is_byte_exact(units in units(), offset in 0usize..8) {
        let mut buf = vec![0x5Au8; offset];
        buf.extend_from_slice(&wire(&units));
        buf.extend_from_slice(&[0x01, 0x02, 0x03]);
        let (rest, s) = Utf16Str::parse(&buf[offset..]).unwrap();
        prop_assert_eq!(rest, &[0x01, 0x02, 0x03][..]);
        prop_assert_eq!(s.units(), units.len());
        prop_assert_eq!(s.encode_vec().unwrap(), wire(&units));
    }

    #[test]
    fn wire_equals_str_exactly_when_the_units_are_valid(units in units()) {
        let bytes = le(&units);
        let lossy = String::from_utf16_lossy(&units);
        let valid = String::from_utf16(&units).is_ok();
        prop_assert_eq!(Utf16Str::Wire(&bytes) == Utf16Str::Str(&lossy), valid);
        prop_assert_eq!(Utf16Str::Str(&lossy) == Utf16Str::Wire(&bytes), valid);
        // Re-encoding the lossy text gives the same bytes exactly when nothing was replaced.
        let re: Vec<u8> = lossy.encode_utf16().flat_map(u16::to_le_bytes).collect();
        prop_assert_eq!(Utf16Str::Wire(&bytes) == Utf16Str::Wire(&re), valid);
    }

    #[test]
    fn every_too_small_output_gets_the_exact_size(units in units(), cut in any::<prop::sample::Index>()) {
        let bytes = le(&units);
        let s = Utf16Str::Wire(&bytes);
        let needed = String::from_utf16_lossy(&units).len();
        if needed > 0 {
            let available = cut.index(needed);
            let mut out = vec![0u8; available];
            prop_assert_eq!(
                s.to_utf8_into(&mut out),
                Err(EncodeError::BufferTooSmall { needed, available })
            );
        }
    }
}

/// The 8-bit terminator scan finds the first NUL at every position and alignment.
#[test]
fn str8_terminator_at_every_position() {
    use ropwire::Decode;
    use ropwire::wire::Str8;
    for len in 0..40usize {
        for offset in 0..8usize {
            let mut b = vec![0x41u8; offset + len + 3];
            b[offset + len] = 0;
            b[offset + len + 2] = 0;
            let (rest, s) = Str8::parse(&b[offset..]).expect("terminated");
            assert_eq!(s.len(), len, "len {len} offset {offset}");
            assert_eq!(rest.len(), 2);
        }
        let unterminated = vec![0x80u8; len];
        assert!(Str8::parse(&unterminated).is_err());
    }
}
