//! LZ77 / DIRECT2 compression of RPC_HEADER_EXT payloads ([MS-OXCRPC] 3.1.4.1.1.2): the two
//! real Outlook 2007 captures, hand-assembled vectors for every length escalation and the
//! shared nibble, malformed input, every prefix, and proptest round trips.

mod common;
use common::capture;

use proptest::prelude::*;
use ropwire::buffer::RopBuffer;
use ropwire::rop::RopId;
use ropwire::rpc_ext::lz77::{
    self, MAX_OFFSET, MAX_UNCOMPRESSED, compress, compress_payload, decompress, decompress_exact,
    decompress_xor_magic, max_compressed_len,
};
use ropwire::rpc_ext::{MAX_PAYLOAD, RPC_HEADER_EXT_SIZE, XOR_MAGIC, xor_magic};
use ropwire::wire::Decode;
use ropwire::{DecodeError, EncodeError, ErrorKind};

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

/// Compresses into a buffer pre-filled with 0xA5 and checks nothing past the result moved.
fn compress_vec(input: &[u8]) -> Vec<u8> {
    let mut buf = vec![0xA5u8; max_compressed_len(input.len()) + 16];
    let n = compress(input, &mut buf).expect("compresses");
    assert!(n <= max_compressed_len(input.len()));
    assert!(
        buf[n..].iter().all(|&b| b == 0xA5),
        "bytes past the end were written"
    );
    buf.truncate(n);
    buf
}

/// Decompresses into a buffer of exactly `len` bytes; the whole buffer must be filled.
fn decompress_vec(input: &[u8], len: usize) -> Vec<u8> {
    let mut out = vec![0xA5u8; len];
    assert_eq!(decompress(input, &mut out), Ok(len));
    out
}

fn err_kind(input: &[u8], room: usize) -> (usize, ErrorKind) {
    let mut out = vec![0u8; room];
    let e = decompress(input, &mut out).expect_err("must fail");
    (e.offset, e.kind)
}

// ---------------------------------------------------------------------------------------
// The Outlook 2007 captures (rgbIn: RPC_HEADER_EXT Flags 0x0005 + LZ77 payload).

struct Capture {
    name: &'static str,
    size: usize,
    size_actual: usize,
    rop_size: usize,
    handles: usize,
    first_rop: u8,
}

const CAPTURE_LIST: [Capture; 2] = [
    Capture {
        name: "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
        size: 325,
        size_actual: 459,
        rop_size: 455,
        handles: 1,
        first_rop: 0x0D, // RopRemoveAllRecipients
    },
    Capture {
        name: "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
        size: 330,
        size_actual: 380,
        rop_size: 356,
        handles: 6,
        first_rop: 0x05, // RopGetContentsTable
    },
];

/// The capture's compressed payload (after the 8-byte header), its header checked.
fn capture_payload(c: &Capture) -> Vec<u8> {
    let wire = capture(c.name);
    assert_eq!(wire.len(), RPC_HEADER_EXT_SIZE + c.size, "{}", c.name);
    let u16_at = |i: usize| usize::from(u16::from_le_bytes([wire[i], wire[i + 1]]));
    assert_eq!(u16_at(0), 0, "Version");
    assert_eq!(u16_at(2), 0x0005, "Flags: Compressed | Last");
    assert_eq!(u16_at(4), c.size, "Size");
    assert_eq!(u16_at(6), c.size_actual, "SizeActual");
    wire[RPC_HEADER_EXT_SIZE..].to_vec()
}

/// The decompressed ROP buffer of a capture.
fn capture_plain(c: &Capture) -> Vec<u8> {
    decompress_vec(&capture_payload(c), c.size_actual)
}

#[test]
fn captures_decompress_to_size_actual() {
    if !common::captures_present() {
        return;
    }
    for c in &CAPTURE_LIST {
        let payload = capture_payload(c);
        let mut out = vec![0xA5u8; c.size_actual];
        assert_eq!(
            decompress(&payload, &mut out),
            Ok(c.size_actual),
            "{}",
            c.name
        );

        // ROP buffer framing: RopSize, RopsList, then whole 4-byte handles.
        let rop_size = usize::from(u16::from_le_bytes([out[0], out[1]]));
        assert_eq!(rop_size, c.rop_size, "{}", c.name);
        assert!(rop_size <= c.size_actual);
        assert_eq!((c.size_actual - rop_size) % 4, 0, "{}", c.name);
        assert_eq!((c.size_actual - rop_size) / 4, c.handles, "{}", c.name);
        assert_eq!(out[2], c.first_rop, "{}", c.name);
        assert!(RopId(out[2]).is_known(), "{}", c.name);

        // The same through the crate's framing decoder.
        let buf = RopBuffer::decode(&out).expect("the ROP buffer frames");
        assert_eq!(buf.rops.len(), c.rop_size - 2);
        assert_eq!(buf.handles.len(), c.handles);

        // With room for more, the stream still ends at SizeActual bytes.
        let mut big = vec![0u8; MAX_PAYLOAD];
        assert_eq!(decompress(&payload, &mut big), Ok(c.size_actual));
        assert_eq!(&big[..c.size_actual], &out[..]);

        // decompress_exact, plain and XorMagic-obfuscated.
        let mut exact = vec![0u8; c.size_actual];
        assert_eq!(decompress_exact(&payload, &mut exact, false), Ok(()));
        assert_eq!(exact, out);
        let mut obfuscated = payload.clone();
        xor_magic(&mut obfuscated);
        let mut exact = vec![0u8; c.size_actual];
        assert_eq!(decompress_exact(&obfuscated, &mut exact, true), Ok(()));
        assert_eq!(exact, out);
        let mut plain = vec![0u8; c.size_actual];
        assert_eq!(
            decompress_xor_magic(&obfuscated, &mut plain),
            Ok(c.size_actual)
        );
        assert_eq!(plain, out);
    }
}

#[test]
fn capture_6_entry_handle_table() {
    if !common::captures_present() {
        return;
    }
    let c = &CAPTURE_LIST[1];
    let out = capture_plain(c);
    let table: Vec<u32> = out[c.rop_size..]
        .chunks_exact(4)
        .map(|h| u32::from_le_bytes(h.try_into().unwrap()))
        .collect();
    assert_eq!(table.len(), 6);
    let buf = RopBuffer::decode(&out).expect("frames");
    assert_eq!(buf.handles.iter().collect::<Vec<_>>(), table);
}

#[test]
fn captures_with_too_little_room_fail() {
    if !common::captures_present() {
        return;
    }
    for c in &CAPTURE_LIST {
        let payload = capture_payload(c);
        let mut out = vec![0u8; c.size_actual - 1];
        let e = decompress(&payload, &mut out).expect_err("one byte short");
        assert!(
            matches!(e.kind, ErrorKind::CountTooLarge { .. }),
            "{}: {e:?}",
            c.name
        );
        assert!(e.offset < payload.len());
        // decompress_exact against a SizeActual one too large: output too short.
        let mut out = vec![0u8; c.size_actual + 1];
        let e = decompress_exact(&payload, &mut out, false).expect_err("one byte long");
        assert_eq!(e.offset, payload.len());
        assert!(matches!(e.kind, ErrorKind::InvalidValue { .. }));
    }
}

#[test]
fn our_compressor_on_the_captures() {
    if !common::captures_present() {
        return;
    }
    for c in &CAPTURE_LIST {
        let plain = capture_plain(c);
        let packed = compress_vec(&plain);
        eprintln!(
            "{}: {} bytes -> ours {} bytes, Outlook {} bytes",
            c.name,
            plain.len(),
            packed.len(),
            c.size
        );
        assert!(packed.len() < plain.len());
        assert!(packed.len() <= c.size, "not worse than Outlook");
        assert_eq!(decompress_vec(&packed, plain.len()), plain);

        let mut out = vec![0u8; plain.len()];
        let n = compress_payload(&plain, &mut out).expect("worth compressing");
        assert_eq!(&out[..n], &packed[..]);
    }
}

// ---------------------------------------------------------------------------------------
// Hand-assembled vectors, each checked in both directions ([MS-OXCRPC] 3.1.4.1.1.2.2).

/// `(description, plain, compressed)`; our compressor produces exactly `compressed`.
fn vectors() -> Vec<(&'static str, Vec<u8>, Vec<u8>)> {
    let alphabet: Vec<u8> = (b'a'..=b'z').collect();
    let distinct32: Vec<u8> = (0u8..32).collect();
    let mut v = vec![
        // 26 literal bits, the end bit, then ones: 0x0000003F.
        (
            "literals only",
            alphabet.clone(),
            [hex("3f000000"), alphabet].concat(),
        ),
        // 32 literals fill the first bitmask; the end bit needs a second, all-ones one.
        (
            "32 literals",
            distinct32.clone(),
            [hex("00000000"), distinct32, hex("ffffffff")].concat(),
        ),
        // 'a', then offset 1 length 8: metadata 0x0005 (offset-1 = 0, length-3 = 5).
        ("run of one byte", vec![b'a'; 9], hex("ffffff7f 61 0500")),
        // 'a','b', then offset 2 length 14 (overlapping): 0x000F, nibble 4.
        (
            "overlapping period 2",
            b"ab".repeat(8),
            hex("ffffff3f 6162 0f00 04"),
        ),
        // Length 12: the 3 bits say 7, the new shared byte's low nibble says 2.
        ("nibble length", vec![b'a'; 13], hex("ffffff7f 61 0700 02")),
        // Length 40: nibble 15, then one byte 40 - 25 = 15.
        ("byte length", vec![b'a'; 41], hex("ffffff7f 61 0700 0f 0f")),
        // Length 999: nibble 15, byte 0xFF, then u16 length-3 = 996 = 0x03E4.
        (
            "u16 length",
            vec![b'a'; 1000],
            hex("ffffff7f 61 0700 0f ff e403"),
        ),
        // "abc" then offset 3 length 297: 0x0017, nibble 15, 0xFF, u16 294 = 0x0126.
        (
            "abc x 100",
            b"abc".repeat(100),
            hex("ffffff1f 616263 1700 0f ff 2601"),
        ),
        // Three long matches: lengths 12 and 15 share one byte (low nibble 2, high nibble 5 =
        // 0x52); the third (length 10, nibble 0) starts a new shared byte.
        (
            "shared nibble",
            [vec![b'a'; 13], vec![b'b'; 16], vec![b'c'; 11]].concat(),
            hex("ffffff57 61 0700 52 62 0700 63 0700 00"),
        ),
        // Empty input: just the end bit (an all-ones bitmask).
        ("empty", Vec::new(), hex("ffffffff")),
    ];
    // A match exactly MAX_OFFSET back: pseudo-random bytes, then their first 3 again.
    v.push(("offset 8192", far_repeat(MAX_OFFSET), Vec::new()));
    v
}

/// `gap` pseudo-random bytes followed by a copy of the first 3.
fn far_repeat(gap: usize) -> Vec<u8> {
    let mut x = 0x2545_F491u32;
    let mut v: Vec<u8> = (0..gap)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect();
    let head = v[..3].to_vec();
    v.extend_from_slice(&head);
    v
}

/// One decoded item, for looking inside a stream.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    Literal(u8),
    Match { offset: usize, len: usize },
}

/// A deliberately plain reference decoder (one byte at a time, [MS-XCA] 2.4.4 shape, ending
/// only on a 1 bit with no input left): the items, or `None` if malformed.
fn reference_items(input: &[u8]) -> Option<Vec<Item>> {
    let mut items = Vec::new();
    let mut i = 0;
    let mut mask = 0u32;
    let mut left = 0;
    let mut shared: Option<usize> = None;
    let byte = |at: usize| input.get(at).copied().map(usize::from);
    loop {
        if left == 0 {
            mask = u32::from_le_bytes(input.get(i..i + 4)?.try_into().ok()?);
            i += 4;
            left = 32;
        }
        left -= 1;
        let bit = (mask >> left) & 1;
        if bit == 0 {
            items.push(Item::Literal(*input.get(i)?));
            i += 1;
            continue;
        }
        if i == input.len() {
            return Some(items);
        }
        let meta = byte(i)? | (byte(i + 1)? << 8);
        i += 2;
        let offset = (meta >> 3) + 1;
        let mut len = meta & 7;
        if len == 7 {
            len = match shared.take() {
                Some(at) => byte(at)? >> 4,
                None => {
                    shared = Some(i);
                    i += 1;
                    byte(i - 1)? & 15
                }
            };
            if len == 15 {
                len = byte(i)?;
                i += 1;
                if len == 255 {
                    len = byte(i)? | (byte(i + 1)? << 8);
                    i += 2;
                    if len == 0 {
                        len = u32::from_le_bytes(input.get(i..i + 4)?.try_into().ok()?) as usize;
                        i += 4;
                    }
                    len = len.checked_sub(22)?;
                }
                len += 15;
            }
            len += 7;
        }
        items.push(Item::Match {
            offset,
            len: len + 3,
        });
    }
}

/// Plays the items into bytes; `None` if a match reaches before the start.
fn play(items: &[Item]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for &item in items {
        match item {
            Item::Literal(b) => out.push(b),
            Item::Match { offset, len } => {
                for _ in 0..len {
                    let b = out[out.len().checked_sub(offset)?];
                    out.push(b);
                }
            }
        }
    }
    Some(out)
}

#[test]
fn compressor_reaches_exactly_max_offset() {
    let at_limit = far_repeat(MAX_OFFSET);
    let items = reference_items(&compress_vec(&at_limit)).expect("well formed");
    assert_eq!(
        items.last(),
        Some(&Item::Match {
            offset: MAX_OFFSET,
            len: 3
        })
    );
    // One byte farther: out of reach, so the last 3 bytes are literals.
    let beyond = far_repeat(MAX_OFFSET + 1);
    let items = reference_items(&compress_vec(&beyond)).expect("well formed");
    let n = items.len();
    assert!(items[n - 3..].iter().all(|i| matches!(i, Item::Literal(_))));
    assert!(items.iter().all(|i| match i {
        Item::Match { offset, .. } => *offset <= MAX_OFFSET,
        Item::Literal(_) => true,
    }));
    assert_eq!(play(&items).as_deref(), Some(&beyond[..]));
}

#[test]
fn hand_vectors_decompress() {
    for (what, plain, packed) in vectors() {
        if !packed.is_empty() {
            assert_eq!(decompress_vec(&packed, plain.len()), plain, "{what}");
        }
    }
}

#[test]
fn hand_vectors_compress_byte_exact() {
    for (what, plain, packed) in vectors() {
        let ours = compress_vec(&plain);
        if !packed.is_empty() {
            assert_eq!(ours, packed, "{what}");
        }
        assert_eq!(decompress_vec(&ours, plain.len()), plain, "{what}");
    }
}

#[test]
fn decode_u32_length() {
    // 'z', then offset 1 with nibble 15, byte 0xFF, u16 0 and a u32 length-3 = 997.
    let packed = hex("ffffff7f 7a 0700 0f ff 0000 e5030000");
    assert_eq!(decompress_vec(&packed, 1001), vec![b'z'; 1001]);
}

#[test]
fn decode_max_offset() {
    // 8192 literals (256 bitmasks of 32), then a match 8192 back of length 3: 0xFFF8.
    let plain: Vec<u8> = (0..MAX_OFFSET).map(|i| (i * 7 % 256) as u8).collect();
    let mut packed = Vec::new();
    for chunk in plain.chunks(32) {
        packed.extend_from_slice(&[0, 0, 0, 0]);
        packed.extend_from_slice(chunk);
    }
    packed.extend_from_slice(&hex("ffffffff f8ff"));
    let out = decompress_vec(&packed, MAX_OFFSET + 3);
    assert_eq!(&out[..MAX_OFFSET], &plain[..]);
    assert_eq!(&out[MAX_OFFSET..], &plain[..3]);
}

#[test]
fn bits_after_the_end_bit_are_ignored() {
    let alphabet: Vec<u8> = (b'a'..=b'z').collect();
    for mask in ["3f000000", "20000000", "21000000", "2f000000"] {
        let packed = [hex(mask), alphabet.clone()].concat();
        assert_eq!(decompress_vec(&packed, 26), alphabet, "{mask}");
    }
}

#[test]
fn missing_end_bit_is_refused() {
    // [MS-XCA] 2.4.4: the only successful end is a 1 bit with no input left. Input used up
    // under literal bits reads a literal out of bounds; input used up exactly after a full
    // bitmask's items (or empty input) reads the next bitmask out of bounds. Both are
    // errors at the end of the input. (These were accepted before; no real capture ends
    // this way: both end on the end bit, see `captures_decompress_to_size_actual`.)
    let alphabet: Vec<u8> = (b'a'..=b'z').collect();
    let packed = [hex("00000000"), alphabet.clone()].concat();
    assert_eq!(
        decompress(&packed, &mut [0u8; 64]),
        Err(DecodeError {
            offset: 30,
            kind: ErrorKind::Truncated { needed: 6 }
        }),
        "26 literals of 32 announced"
    );
    let distinct32: Vec<u8> = (0u8..32).collect();
    let packed = [hex("00000000"), distinct32.clone()].concat();
    assert_eq!(
        decompress(&packed, &mut [0u8; 64]),
        Err(DecodeError {
            offset: 36,
            kind: ErrorKind::Truncated { needed: 4 }
        }),
        "the next bitmask is due"
    );
    // Right after a bitmask whose first bit is a literal.
    assert_eq!(
        decompress(&hex("ffffff7f"), &mut [0u8; 64]),
        Err(DecodeError {
            offset: 4,
            kind: ErrorKind::Truncated { needed: 1 }
        })
    );
    assert_eq!(
        decompress(&[], &mut []),
        Err(DecodeError {
            offset: 0,
            kind: ErrorKind::Truncated { needed: 4 }
        })
    );
    // With the end bit the same items decode.
    let packed = [hex("3f000000"), alphabet.clone()].concat();
    assert_eq!(decompress_vec(&packed, 26), alphabet);
    let packed = [hex("00000000"), distinct32.clone(), hex("ffffffff")].concat();
    assert_eq!(decompress_vec(&packed, 32), distinct32);
    assert_eq!(decompress(&hex("ffffffff"), &mut []), Ok(0));
}

// ---------------------------------------------------------------------------------------
// Malformed input: typed errors with the offset in the input, never a panic.

#[test]
fn output_room_too_small() {
    let alphabet: Vec<u8> = (b'a'..=b'z').collect();
    let packed = [hex("3f000000"), alphabet].concat();
    // The 11th literal (input offset 4 + 10) does not fit in 10 bytes.
    let (offset, kind) = err_kind(&packed, 10);
    assert_eq!(offset, 14);
    assert!(matches!(kind, ErrorKind::CountTooLarge { .. }));
    // A match that does not fit: reported at its metadata.
    let (offset, kind) = err_kind(&hex("ffffff7f 61 0700 0f ff e403"), 999);
    assert_eq!(offset, 5);
    assert!(matches!(kind, ErrorKind::CountTooLarge { .. }));
    // No room at all.
    let (offset, _) = err_kind(&packed, 0);
    assert_eq!(offset, 4);
}

#[test]
fn match_before_the_start() {
    // First item a match, offset 1, with nothing written yet.
    let (offset, kind) = err_kind(&hex("ffffffff 0000"), 64);
    assert_eq!(offset, 4);
    assert_eq!(
        kind,
        ErrorKind::InvalidValue {
            field: "LZ77 match offset (before the start of the output)"
        }
    );
    // One literal, then offset 2.
    let (offset, kind) = err_kind(&hex("ffffff7f 61 0800"), 64);
    assert_eq!(offset, 5);
    assert!(matches!(kind, ErrorKind::InvalidValue { .. }));
}

#[test]
fn truncations() {
    let t = |input: &str, at: usize, needed: usize| {
        let e = decompress(&hex(input), &mut [0u8; 4096]).expect_err(input);
        assert_eq!(
            e,
            DecodeError {
                offset: at,
                kind: ErrorKind::Truncated { needed }
            },
            "{input}"
        );
    };
    t("ffff", 0, 2); // bitmask cut short
    t("ffffffff 00", 4, 1); // metadata after a bitmask cut short
    t("ffffff7f 61 07", 5, 1); // metadata cut short
    t("ffffff7f 61 0700", 7, 1); // shared nibble byte missing
    t("ffffff7f 61 0700 0f", 8, 1); // extra length byte missing
    t("ffffff7f 61 0700 0f ff e4", 9, 1); // u16 length cut short
    t("ffffff7f 7a 0700 0f ff 0000 e503", 11, 2); // u32 length cut short
    t("000000 ", 0, 1);
}

#[test]
fn impossible_lengths() {
    // 0xFF escalation holding less than 22 (15 + 7).
    let (offset, kind) = err_kind(&hex("ffffff7f 61 0700 0f ff 1500"), 4096);
    assert_eq!(offset, 5);
    assert_eq!(
        kind,
        ErrorKind::InvalidValue {
            field: "LZ77 match length (the 0xFF escalation holds less than 22)"
        }
    );
    // A u32 length of 4 GiB: too long for any output, no overflow, no panic.
    let (offset, kind) = err_kind(&hex("ffffff7f 61 0700 0f ff 0000 ffffffff"), 4096);
    assert_eq!(offset, 5);
    assert!(matches!(kind, ErrorKind::CountTooLarge { .. }));
}

#[test]
fn every_prefix_never_panics() {
    if !common::captures_present() {
        return;
    }
    let mut streams: Vec<(Vec<u8>, Vec<u8>)> = vectors()
        .into_iter()
        .map(|(_, plain, _)| {
            let packed = compress_vec(&plain);
            (plain, packed)
        })
        .collect();
    for c in &CAPTURE_LIST {
        streams.push((capture_plain(c), capture_payload(c)));
    }
    let mut out = vec![0u8; MAX_PAYLOAD];
    for (plain, packed) in &streams {
        for cut in 0..packed.len() {
            // Either an error inside the prefix, or a prefix of the data.
            match decompress(&packed[..cut], &mut out) {
                Ok(n) => {
                    assert!(n <= plain.len());
                    assert_eq!(&out[..n], &plain[..n]);
                }
                Err(e) => assert!(e.offset <= cut, "{e:?} at cut {cut}"),
            }
            // Into exactly the plain size: never more than that, never a panic.
            let mut exact = vec![0u8; plain.len()];
            let _ = decompress_exact(&packed[..cut], &mut exact, false);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The compressor's limits and the payload helper ([MS-OXCRPC] 2.2.2.1, 3.1.4.1.1).

#[test]
fn compress_limits() {
    let big = vec![0u8; MAX_UNCOMPRESSED + 1];
    let mut out = vec![0u8; max_compressed_len(big.len())];
    assert!(matches!(
        compress(&big, &mut out),
        Err(EncodeError::InvalidValue { .. })
    ));
    assert_eq!(compress_payload(&big, &mut out), None);

    // Largest input, all one byte: compresses to a few bytes.
    let max = vec![0x42u8; MAX_UNCOMPRESSED];
    let packed = compress_vec(&max);
    assert_eq!(packed, hex("ffffff7f 42 0700 0f ff fc7f"));
    assert_eq!(decompress_vec(&packed, max.len()), max);

    // No room: BufferTooSmall, with 0xA5 past the room untouched.
    let alphabet: Vec<u8> = (b'a'..=b'z').collect();
    let mut out = [0xA5u8; 40];
    assert_eq!(
        compress(&alphabet, &mut out[..3]),
        Err(EncodeError::BufferTooSmall {
            needed: 4,
            available: 3
        })
    );
    assert!(matches!(
        compress(&alphabet, &mut out[..29]),
        Err(EncodeError::BufferTooSmall { .. })
    ));
    assert!(out[29..].iter().all(|&b| b == 0xA5));
    assert_eq!(compress(&alphabet, &mut out[..30]), Ok(30));
}

#[test]
fn compress_payload_only_when_smaller() {
    let mut out = vec![0u8; MAX_PAYLOAD];
    // Incompressible: the compressed form is larger than the payload.
    let alphabet: Vec<u8> = (b'a'..=b'z').collect();
    assert_eq!(compress_payload(&alphabet, &mut out), None);
    assert_eq!(compress_payload(&[], &mut out), None);
    assert_eq!(compress_payload(b"abc", &mut out), None);
    // Worth it.
    let text = b"abc".repeat(100);
    assert_eq!(compress_payload(&text, &mut out), Some(13));
    // `out` too small to show the gain.
    assert_eq!(compress_payload(&text, &mut out[..12]), None);
    // "abcabcabcabcab": bitmask, "abc", offset 3 length 11 (metadata + nibble) = 10 bytes.
    assert_eq!(compress_payload(&text[..14], &mut out), Some(10));
    assert_eq!(&out[..10], &hex("ffffff1f 616263 1700 01")[..]);
}

#[test]
fn xor_magic_variant_matches() {
    for (_, plain, _) in vectors() {
        let mut packed = compress_vec(&plain);
        for b in &mut packed {
            *b ^= XOR_MAGIC;
        }
        let mut out = vec![0u8; plain.len()];
        assert_eq!(decompress_xor_magic(&packed, &mut out), Ok(plain.len()));
        assert_eq!(out, plain);
    }
}

#[test]
fn module_doc_constants() {
    assert_eq!(MAX_UNCOMPRESSED, 0x8000);
    assert_eq!(MAX_OFFSET, 8192);
    assert_eq!(lz77::MIN_MATCH, 3);
    assert_eq!(lz77::BITMASK_BITS, 32);
    assert_eq!(max_compressed_len(0), 4);
    assert_eq!(max_compressed_len(31), 35);
    assert_eq!(max_compressed_len(32), 40);
}

// ---------------------------------------------------------------------------------------
// Round trips over many lengths and table sizes, and no state from one call to the next.

/// `n` pseudo-random bytes (xorshift32), each taken modulo `modulo`.
fn xorshift_bytes(seed: u32, n: usize, modulo: u32) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            ((x >> 24) % modulo) as u8
        })
        .collect()
}

/// Bytes after the metadata for a match of `len - 3 = code`: none, the nibble byte, the
/// nibble and one byte, or the nibble, 0xFF and a `u16` ([MS-OXCRPC] 3.1.4.1.1.2.2).
fn length_bytes(code: usize) -> usize {
    match code {
        0..7 => 0,
        7..22 => 1,
        22..277 => 2,
        _ => 4,
    }
}

/// Compresses, checks the exact size and the round trip, and returns the stream.
fn round_trip_sized(input: &[u8], size: usize, what: &str) -> Vec<u8> {
    let packed = compress_vec(input);
    assert_eq!(packed.len(), size, "{what}: {} bytes", input.len());
    assert_eq!(decompress_vec(&packed, input.len()), input, "{what}");
    packed
}

#[test]
fn round_trip_every_length_0_to_40() {
    for n in 0..=40usize {
        // Distinct bytes: all literals, one bitmask per 32 and the end bit.
        let distinct: Vec<u8> = (0..n as u8).collect();
        let packed = round_trip_sized(&distinct, max_compressed_len(n), "distinct");
        let first_mask = if n >= 32 { 0 } else { u32::MAX >> n };
        assert_eq!(packed[..4], first_mask.to_le_bytes(), "distinct {n}");
        assert_eq!(packed[4..4 + n.min(32)], distinct[..n.min(32)]);

        // One byte repeated: a literal, then one match at offset 1 (from 4 bytes on).
        let run = vec![0x5Au8; n];
        let size = if n < 4 {
            4 + n
        } else {
            4 + 1 + 2 + length_bytes(n - 4)
        };
        let packed = round_trip_sized(&run, size, "run");
        if n >= 4 {
            let code = (n - 4).min(7) as u8;
            assert_eq!(packed[..7], [0xFF, 0xFF, 0xFF, 0x7F, 0x5A, code, 0x00]);
        }

        // "abc" repeated: three literals, then one match at offset 3 (from 6 bytes on).
        let abc: Vec<u8> = b"abc".iter().copied().cycle().take(n).collect();
        let size = if n < 6 {
            4 + n
        } else {
            4 + 3 + 2 + length_bytes(n - 6)
        };
        let packed = round_trip_sized(&abc, size, "abc");
        if n >= 6 {
            let code = (n - 6).min(7) as u8;
            assert_eq!(packed[4..9], [b'a', b'b', b'c', (2 << 3) | code, 0x00]);
        }

        // Random-like bytes: whatever the matches, the bytes come back.
        let random = xorshift_bytes(0x9E37_79B9 ^ n as u32, n, 256);
        let packed = compress_vec(&random);
        assert!(packed.len() <= max_compressed_len(n));
        assert_eq!(decompress_vec(&packed, n), random);
    }
}

/// Inputs on both sides of each table size (512, 2048, 8192 bytes) and at the 32 KB limit,
/// with their compressed sizes: byte for byte what the compressor wrote before its tables
/// were sized to the input.
fn sized_inputs() -> Vec<(&'static str, Vec<u8>, usize)> {
    let one = capture_plain(&CAPTURE_LIST[0]);
    let two = capture_plain(&CAPTURE_LIST[1]);
    let mut captures = Vec::new();
    for i in 0u32.. {
        if captures.len() >= MAX_UNCOMPRESSED {
            break;
        }
        captures.extend_from_slice(if i % 2 == 0 { &one } else { &two });
        captures.extend_from_slice(&i.to_le_bytes());
    }
    captures.truncate(MAX_UNCOMPRESSED);
    vec![
        ("capture 001", one, 324),
        ("capture 002", two, 324),
        ("random 511", xorshift_bytes(7, 511, 256), 575),
        ("3 values, 512", xorshift_bytes(8, 512, 3), 245),
        ("3 values, 513", xorshift_bytes(9, 513, 3), 243),
        ("16 values, 2048", xorshift_bytes(10, 2048, 16), 1923),
        ("16 values, 2049", xorshift_bytes(11, 2049, 16), 1939),
        ("16 values, 8193", xorshift_bytes(12, 8193, 16), 6473),
        ("captures, 5000", captures[..5000].to_vec(), 705),
        ("captures, 32 KiB", captures, 1222),
        (
            "random, 32 KiB",
            xorshift_bytes(0x2545_F491, 32768, 256),
            36854,
        ),
        (
            "3 values, 32 KiB",
            xorshift_bytes(0x1234_5678, 32768, 3),
            12097,
        ),
        ("one byte, 32 KiB", vec![0x42; MAX_UNCOMPRESSED], 11),
        ("empty", Vec::new(), 4),
    ]
}

#[test]
fn round_trip_table_sizes_and_32k() {
    if !common::captures_present() {
        return;
    }
    for (what, input, size) in sized_inputs() {
        round_trip_sized(&input, size, what);
    }
    // Prefixes of one input at every size class; 5 byte values leave room for matches.
    let big = xorshift_bytes(0xDEAD_BEEF, MAX_UNCOMPRESSED, 5);
    for n in [
        1, 2, 3, 4, 100, 511, 512, 513, 2047, 2048, 2049, 8191, 8192, 8193, 32767,
    ] {
        let packed = compress_vec(&big[..n]);
        assert!(packed.len() <= max_compressed_len(n), "{n}");
        if n >= 100 {
            assert!(packed.len() < n, "{n}: {}", packed.len());
        }
        assert_eq!(decompress_vec(&packed, n), &big[..n], "{n}");
    }
}

#[test]
fn no_state_carries_over_between_calls() {
    if !common::captures_present() {
        return;
    }
    let inputs = sized_inputs();
    // Each input compressed first, into a fresh buffer.
    let fresh: Vec<Vec<u8>> = inputs.iter().map(|(_, x, _)| compress_vec(x)).collect();
    // Then again in other orders (big after small, small after big, the same twice), into one
    // reused buffer still holding the previous output.
    let mut buf = vec![0u8; max_compressed_len(MAX_UNCOMPRESSED)];
    let k = inputs.len();
    let orders = [
        (0..k).rev().collect::<Vec<_>>(),
        (0..k).flat_map(|i| [i, k - 1 - i]).collect(),
        (0..k).flat_map(|i| [i, i]).collect(),
    ];
    for order in orders {
        for i in order {
            let (what, input, size) = &inputs[i];
            let n = compress(input, &mut buf).expect("compresses");
            assert_eq!(n, *size, "{what}");
            assert_eq!(
                &buf[..n],
                &fresh[i][..],
                "{what}: differs from a fresh call"
            );
        }
    }
}

/// The parse of the compressor as it was before its chains were built up front (commit
/// 6523bf9 and before), written plainly: every position inserted in order into chains keyed
/// by the same 12-bit hash of 3 bytes, at most 24 candidates within 8192 bytes, the longest
/// (the most recent of that length) taken, a 32-byte match at once; then a one-byte lazy
/// look-ahead for matches below 32. The compressor must find exactly these items.
fn reference_parse(input: &[u8]) -> Vec<Item> {
    let n = input.len();
    let hash = |p: usize| {
        let v = u32::from(input[p]) | u32::from(input[p + 1]) << 8 | u32::from(input[p + 2]) << 16;
        (v.wrapping_mul(0x9E37_79B1) >> 20) as usize
    };
    let mut head: Vec<Option<usize>> = vec![None; 4096];
    let mut prev: Vec<Option<usize>> = vec![None; n];
    for p in 0..n.saturating_sub(2) {
        prev[p] = head[hash(p)];
        head[hash(p)] = Some(p);
    }
    let lcp = |a: usize, b: usize| {
        (0..n - b)
            .take_while(|&i| input[a + i] == input[b + i])
            .count()
    };
    // (length, offset) of the match at `pos` longer than `shorter`.
    let find = |pos: usize, shorter: usize| -> Option<(usize, usize)> {
        let mut best = None;
        let mut best_len = shorter;
        let mut next = prev.get(pos).copied().flatten();
        for _ in 0..24 {
            let Some(cand) = next else { break };
            if pos - cand > MAX_OFFSET {
                break;
            }
            let len = lcp(cand, pos);
            if len > best_len {
                best_len = len;
                best = Some((len, pos - cand));
                if len >= 32 {
                    break;
                }
            }
            next = prev[cand];
        }
        best
    };
    let mut items = Vec::new();
    let mut pos = 0;
    while pos < n {
        let Some(mut cur) = find(pos, 2) else {
            items.push(Item::Literal(input[pos]));
            pos += 1;
            continue;
        };
        while cur.0 < 32 && pos + 1 < n {
            match find(pos + 1, cur.0) {
                Some(next) => {
                    items.push(Item::Literal(input[pos]));
                    pos += 1;
                    cur = next;
                }
                None => break,
            }
        }
        items.push(Item::Match {
            offset: cur.1,
            len: cur.0,
        });
        pos += cur.0;
    }
    items
}

/// The compressor finds the same items as [`reference_parse`] (so streams of the same size as
/// before) on inputs of every table size: small alphabets, runs, UTF-16-like text and slices
/// and copies of the captures.
#[test]
fn same_parse_as_the_reference() {
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    let sizes = [
        0usize, 1, 3, 4, 40, 200, 459, 511, 512, 513, 1000, 2047, 2048, 2049, 5000,
    ];
    for (i, &n) in sizes.iter().enumerate() {
        let seed = 0x5EED_0000 + i as u32;
        for modulo in [2, 3, 5, 16, 256] {
            inputs.push(xorshift_bytes(seed ^ modulo, n, modulo));
        }
        // Runs of random lengths, and text with a 0 byte after each letter.
        let r = xorshift_bytes(seed, n, 256);
        inputs.push(
            r.iter()
                .flat_map(|&b| vec![b % 4; usize::from(b % 9) + 1])
                .take(n)
                .collect(),
        );
        inputs.push(r.iter().flat_map(|&b| [b'a' + b % 6, 0]).take(n).collect());
    }
    if common::captures_present() {
        let one = capture_plain(&CAPTURE_LIST[0]);
        let two = capture_plain(&CAPTURE_LIST[1]);
        for n in [100, 300, 459] {
            inputs.push(one[..n.min(one.len())].to_vec());
        }
        inputs.push(two.clone());
        inputs.push([one.clone(), two.clone(), one.clone()].concat());
        let mut mixed = Vec::new();
        for i in 0u32..6 {
            mixed.extend_from_slice(if i % 2 == 0 { &one } else { &two });
            mixed.extend_from_slice(&i.to_le_bytes());
        }
        mixed.truncate(2048);
        inputs.push(mixed);
    }
    for input in &inputs {
        let items = reference_items(&compress_vec(input)).expect("well formed");
        assert_eq!(items, reference_parse(input), "{} bytes", input.len());
    }
}

// ---------------------------------------------------------------------------------------
// Property tests.

/// Highly repetitive data: a few short random phrases repeated in random order.
fn repetitive() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::collection::vec(proptest::collection::vec(any::<u8>(), 1..40), 1..6),
        proptest::collection::vec(any::<prop::sample::Index>(), 0..2000),
    )
        .prop_map(|(phrases, picks)| {
            let mut v = Vec::new();
            for p in picks {
                let phrase = p.get(&phrases);
                if v.len() + phrase.len() > MAX_UNCOMPRESSED {
                    break;
                }
                v.extend_from_slice(phrase);
            }
            v
        })
}

/// Runs of a few byte values (long matches, overlapping copies, all length escalations).
fn runs() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec((0u8..4, 1usize..600), 0..120).prop_map(|runs| {
        let mut v = Vec::new();
        for (b, n) in runs {
            let n = n.min(MAX_UNCOMPRESSED - v.len());
            v.extend(std::iter::repeat_n(b, n));
        }
        v
    })
}

fn round_trip(x: &[u8]) -> Result<(), TestCaseError> {
    let packed = compress_vec(x);
    let mut out = vec![0u8; x.len()];
    prop_assert_eq!(decompress_exact(&packed, &mut out, false), Ok(()));
    prop_assert_eq!(&out[..], x);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn round_trip_random(x in proptest::collection::vec(any::<u8>(), 0..=MAX_UNCOMPRESSED)) {
        round_trip(&x)?;
    }

    #[test]
    fn round_trip_small_alphabet(x in proptest::collection::vec(0u8..3, 0..=MAX_UNCOMPRESSED)) {
        round_trip(&x)?;
    }

    #[test]
    fn round_trip_repetitive(x in repetitive()) {
        round_trip(&x)?;
        // At most 5 phrases of at most 39 bytes: past 800 bytes at least three quarters of
        // the input repeats earlier bytes, so compression must gain.
        if x.len() > 800 {
            let mut out = vec![0u8; x.len()];
            prop_assert!(compress_payload(&x, &mut out).is_some());
        }
    }

    #[test]
    fn round_trip_runs(x in runs()) {
        round_trip(&x)?;
    }

    #[test]
    fn random_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        room in 0usize..0x9000,
    ) {
        let mut out = vec![0u8; room];
        if let Ok(n) = decompress(&bytes, &mut out) {
            prop_assert!(n <= room);
        }
        let _ = decompress_xor_magic(&bytes, &mut out);
    }

    #[test]
    fn fast_decoder_agrees_with_reference(
        head in proptest::collection::vec(any::<u8>(), 32),
        tail in proptest::collection::vec(any::<u8>(), 0..1024),
    ) {
        // 32 literals first, so that random matches after them often succeed.
        let bytes = [&[0u8; 4][..], &head, &tail].concat();
        let reference = reference_items(&bytes);
        let huge = |i: &Item| matches!(i, Item::Match { len, .. } if *len > 0x10000);
        if reference.as_ref().is_some_and(|items| items.iter().any(huge)) {
            return Ok(()); // u32 lengths: too big for the reference player
        }
        let mut out = vec![0u8; 0x20000];
        let fast = decompress(&bytes, &mut out);
        match reference.as_deref().and_then(play) {
            Some(expected) => {
                prop_assert_eq!(fast, Ok(expected.len()));
                prop_assert_eq!(&out[..expected.len()], &expected[..]);
            }
            None => prop_assert!(fast.is_err()),
        }
    }

    #[test]
    fn round_trip_reference_items(x in repetitive()) {
        let items = reference_items(&compress_vec(&x)).expect("well formed");
        prop_assert_eq!(play(&items), Some(x));
    }

    #[test]
    fn match_heavy_bytes_never_panic(
        // Mostly-ones bitmasks make most items matches with random metadata.
        words in proptest::collection::vec(any::<u16>(), 0..512),
        room in 0usize..0x9000,
    ) {
        let mut bytes = vec![0x7F, 0xFF, 0xFF, 0xFF];
        for w in words {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        let mut out = vec![0u8; room];
        let _ = decompress(&bytes, &mut out);
    }
}
