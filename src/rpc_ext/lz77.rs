//! LZ77 compression with DIRECT2 encoding of RPC_HEADER_EXT payloads ([MS-OXCRPC] 3.1.4.1.1.2
//! and its subsections; 3.1.7.2 in older revisions). The wire format is the one [MS-XCA] 2.3/2.4
//! calls "Plain LZ77".
//!
//! A compressed stream is a sequence of 32-bit little-endian bitmasks, each followed by the
//! items it describes. Bits are read from the most significant one down: `0` is one literal
//! byte, `1` is a match. A match starts with a little-endian `u16` whose high 13 bits hold
//! `offset - 1` (1..=8192 bytes back) and whose low 3 bits hold `length - 3`; the value 7 in
//! those bits escalates to a 4-bit nibble (shared: the first escalating match of a pair adds a
//! byte and uses its low nibble, the next one uses the high nibble of that same byte), then to
//! one more byte, then to a `u16` and finally a `u32` holding `length - 3`. The stream ends with
//! a `1` bit that has no data after it.
//!
//! [`decompress`] writes into caller memory and never allocates; [`compress`] uses hash-chain
//! tables on the stack sized for the input (12 KiB up to 512 bytes, at most 24 KiB). Neither
//! panics on any input.
//!
//! ```
//! use ropwire::rpc_ext::lz77;
//!
//! let text = b"abcabcabcabcabcabcabcabcabcabc";
//! let mut packed = [0u8; 64];
//! let n = lz77::compress(text, &mut packed).unwrap();
//! assert!(n < text.len());
//! let mut plain = [0u8; 30];
//! assert_eq!(lz77::decompress(&packed[..n], &mut plain).unwrap(), 30);
//! assert_eq!(&plain, text);
//! ```

use super::{MAX_PAYLOAD, XOR_MAGIC};
use crate::error::{DecodeError, EncodeError, ErrorKind};

/// Largest input [`compress`] accepts, and the most a payload may decompress to: 32 KB
/// ([MS-OXCRPC] 3.1.4.1.1 and 3.1.4.2.1: "a single payload MUST NOT exceed 32 KB").
pub const MAX_UNCOMPRESSED: usize = MAX_PAYLOAD;

/// Shortest match DIRECT2 expresses: a length field of 0 means 3 bytes
/// ([MS-OXCRPC] 3.1.4.1.1.2.2, match length; [MS-XCA] 2.3).
pub const MIN_MATCH: usize = 3;

/// Farthest a match reaches back: the 13 high bits of the metadata hold `offset - 1`
/// ([MS-OXCRPC] 3.1.4.1.1.2.2, metadata offset; [MS-XCA] 2.3).
pub const MAX_OFFSET: usize = 1 << 13;

/// Items (literals and matches) one 32-bit bitmask describes ([MS-OXCRPC] 3.1.4.1.1.2.2,
/// bitmask).
pub const BITMASK_BITS: u32 = 32;

/// Bytes of one bitmask on the wire ([MS-OXCRPC] 3.1.4.1.1.2.2, bitmask).
const BITMASK_SIZE: usize = 4;

/// Value of the 3 length bits that escalates to the shared nibble ([MS-OXCRPC] 3.1.4.1.1.2.2).
const LEN3_ESCAPE: usize = 7;
/// Value of the nibble that escalates to one more byte ([MS-OXCRPC] 3.1.4.1.1.2.2).
const NIBBLE_ESCAPE: usize = 15;
/// Value of the extra byte that escalates to the 2-byte (then 4-byte) length
/// ([MS-OXCRPC] 3.1.4.1.1.2.2).
const BYTE_ESCAPE: usize = 255;

/// Most bytes [`compress`] can produce for `len` input bytes: every byte a literal, plus one
/// bitmask per 32 items and the end bit ([MS-OXCRPC] 3.1.4.1.1.2.2). A buffer this large
/// never makes [`compress`] fail for lack of room.
pub const fn max_compressed_len(len: usize) -> usize {
    len.saturating_add(BITMASK_SIZE.saturating_mul(len / BITMASK_BITS as usize + 1))
}

// ------------------------------------------------------------------------------------------
// Decompression

#[cold]
#[inline(never)]
fn fail(offset: usize, kind: ErrorKind) -> DecodeError {
    DecodeError { offset, kind }
}

#[cold]
#[inline(never)]
fn truncated(input: &[u8], at: usize, width: usize) -> DecodeError {
    let available = input.len().saturating_sub(at);
    fail(
        at,
        ErrorKind::Truncated {
            needed: width.saturating_sub(available),
        },
    )
}

const OUTPUT_TOO_LONG: ErrorKind = ErrorKind::CountTooLarge {
    field: "SizeActual (the LZ77 data decompresses to more bytes than the output holds)",
};
const OFFSET_BEFORE_START: ErrorKind = ErrorKind::InvalidValue {
    field: "LZ77 match offset (before the start of the output)",
};
const LENGTH_TOO_SMALL: ErrorKind = ErrorKind::InvalidValue {
    field: "LZ77 match length (the 0xFF escalation holds less than 22)",
};
const LENGTH_TOO_LARGE: ErrorKind = ErrorKind::CountTooLarge {
    field: "LZ77 match length",
};

/// Reads `N` bytes at `at`, un-obfuscated with `KEY`.
#[inline(always)]
fn read<const N: usize, const KEY: u8>(input: &[u8], at: usize) -> Result<[u8; N], DecodeError> {
    match input.get(at..).and_then(|r| r.first_chunk::<N>()) {
        Some(b) => Ok(b.map(|x| x ^ KEY)),
        None => Err(truncated(input, at, N)),
    }
}

/// Width of the fixed-size copies of the fast paths: short literal runs and short matches
/// are copied as whole 16-byte blocks when both sides have the room, then only `n` bytes are
/// counted; the extra bytes written past the output position are overwritten later.
const WIDE: usize = 16;

/// Copies `len` bytes from `src` to `op` forward in fixed `C`-byte blocks (the last block may
/// run past `len`). Right for overlapping ranges as long as `op - src >= C`; the caller
/// checks that and that `out` has the room for the rounded-up length.
#[inline(always)]
fn copy_blocks<const C: usize>(out: &mut [u8], op: usize, src: usize, len: usize) -> Option<()> {
    let mut done = 0;
    while done < len {
        let (head, tail) = out.split_at_mut_checked(op.checked_add(done)?)?;
        let from = head.get(src.checked_add(done)?..)?.first_chunk::<C>()?;
        *tail.first_chunk_mut::<C>()? = *from;
        done += C;
    }
    Some(())
}

/// Copies a match of `len` bytes from `offset` bytes back to `out[op..]`, byte-exact for
/// overlapping ranges. The caller has checked `offset <= op` and `op + len <= out.len()`.
#[inline(always)]
fn copy_match(out: &mut [u8], op: usize, offset: usize, len: usize) -> Option<()> {
    let src = op.checked_sub(offset)?;
    if len <= 4 * WIDE {
        // Short matches: fixed-size blocks no longer than the offset, when the room allows.
        let room = out.len().saturating_sub(op);
        let fits = |c: usize| offset >= c && room >= len.next_multiple_of(c);
        if fits(WIDE) {
            return copy_blocks::<WIDE>(out, op, src, len);
        } else if fits(8) {
            return copy_blocks::<8>(out, op, src, len);
        } else if fits(4) {
            return copy_blocks::<4>(out, op, src, len);
        }
    }
    if offset >= len {
        // No overlap: one copy.
        let (head, tail) = out.split_at_mut_checked(op)?;
        tail.get_mut(..len)?
            .copy_from_slice(head.get(src..src.checked_add(len)?)?);
    } else if offset == 1 {
        // A run of one byte.
        let b = *out.get(src)?;
        out.get_mut(op..op.checked_add(len)?)?.fill(b);
    } else if len <= WIDE {
        // Short with a short period: byte by byte.
        let w = out.get_mut(src..op.checked_add(len)?)?;
        for i in offset..w.len() {
            let b = *w.get(i - offset)?;
            *w.get_mut(i)? = b;
        }
    } else {
        // Overlap: the bytes from `src` repeat with period `offset`; copy the whole repeated
        // span so far each time, so the copies double in size and never overlap.
        let end = op.checked_add(len)?;
        let mut pos = op;
        while pos < end {
            let n = (pos - src).min(end - pos);
            let (head, tail) = out.split_at_mut_checked(pos)?;
            tail.get_mut(..n)?
                .copy_from_slice(head.get(src..src.checked_add(n)?)?);
            pos += n;
        }
    }
    Some(())
}

/// The decoder; `KEY` is XORed into every input byte first (0: plain, 0xA5: XorMagic).
#[inline(always)]
fn decode<const KEY: u8>(input: &[u8], out: &mut [u8]) -> Result<usize, DecodeError> {
    let mut ip = 0usize; // next input byte
    let mut op = 0usize; // next output byte
    // High nibble of the last shared length byte, while it is still unused.
    let mut shared: Option<u8> = None;
    loop {
        // A bitmask. Input that runs out here (empty input, or the items of the last
        // bitmask used up without an end bit) is an error ([MS-XCA] 2.4.4 reads the
        // 4 bytes out of bounds).
        let mut mask = u32::from_le_bytes(read::<4, KEY>(input, ip)?);
        ip += BITMASK_SIZE;
        let mut left = BITMASK_BITS;
        while left != 0 {
            // A run of literals: every leading 0 bit, copied in one go.
            let run = mask.leading_zeros().min(left);
            if run != 0 {
                let want = run as usize;
                let wide_src = input.get(ip..).and_then(|s| s.first_chunk::<WIDE>());
                let wide_dst = out.get_mut(op..).and_then(|s| s.first_chunk_mut::<WIDE>());
                match (wide_src, wide_dst) {
                    (Some(src), Some(dst)) if want <= WIDE => {
                        // Short run with room on both sides: one fixed-size block copy.
                        *dst = src.map(|b| b ^ KEY);
                        ip += want;
                        op += want;
                    }
                    _ => {
                        let src = input.get(ip..).unwrap_or_default();
                        let src = src.get(..want).unwrap_or(src);
                        let n = src.len();
                        let Some(dst) = op.checked_add(n).and_then(|end| out.get_mut(op..end))
                        else {
                            let room = out.len().saturating_sub(op);
                            return Err(fail(ip.saturating_add(room), OUTPUT_TOO_LONG));
                        };
                        dst.copy_from_slice(src);
                        if KEY != 0 {
                            dst.iter_mut().for_each(|b| *b ^= KEY);
                        }
                        ip += n;
                        op += n;
                        if n < want {
                            // The input ends under literal bits: [MS-XCA] 2.4.4 reads the
                            // literal out of bounds, an error.
                            return Err(truncated(input, ip, want.saturating_sub(n)));
                        }
                    }
                }
                mask = mask.checked_shl(run).unwrap_or(0);
                left -= run;
                if left == 0 {
                    break;
                }
            }
            // A 1 bit: a match, or the end of the stream when no input is left.
            mask <<= 1;
            left -= 1;
            if ip >= input.len() {
                return Ok(op);
            }
            let at = ip;
            let meta = u16::from_le_bytes(read::<2, KEY>(input, ip)?);
            ip += 2;
            let offset = usize::from(meta >> 3) + 1;
            let mut len = usize::from(meta & 7);
            if len == LEN3_ESCAPE {
                let nibble = match shared.take() {
                    Some(high) => high,
                    None => {
                        let [b] = read::<1, KEY>(input, ip)?;
                        ip += 1;
                        shared = Some(b >> 4);
                        b & 0x0F
                    }
                };
                len = usize::from(nibble);
                if len == NIBBLE_ESCAPE {
                    let [b] = read::<1, KEY>(input, ip)?;
                    ip += 1;
                    len = usize::from(b);
                    if len == BYTE_ESCAPE {
                        let w = u16::from_le_bytes(read::<2, KEY>(input, ip)?);
                        ip += 2;
                        let total = if w == 0 {
                            let d = u32::from_le_bytes(read::<4, KEY>(input, ip)?);
                            ip += 4;
                            usize::try_from(d).map_err(|_| fail(at, LENGTH_TOO_LARGE))?
                        } else {
                            usize::from(w)
                        };
                        // `total` is the whole length minus 3.
                        len = total
                            .checked_sub(NIBBLE_ESCAPE + LEN3_ESCAPE)
                            .ok_or_else(|| fail(at, LENGTH_TOO_SMALL))?;
                    }
                    len += NIBBLE_ESCAPE;
                }
                len += LEN3_ESCAPE;
            }
            let len = len
                .checked_add(MIN_MATCH)
                .ok_or_else(|| fail(at, LENGTH_TOO_LARGE))?;
            if offset > op {
                return Err(fail(at, OFFSET_BEFORE_START));
            }
            if len > out.len().saturating_sub(op) {
                return Err(fail(at, OUTPUT_TOO_LONG));
            }
            copy_match(out, op, offset, len).ok_or_else(|| fail(at, LENGTH_TOO_LARGE))?;
            op += len;
        }
    }
}

/// Decompresses an LZ77/DIRECT2 stream into `out` and returns the number of bytes written
/// ([MS-OXCRPC] 3.1.4.1.1.2).
///
/// Decoding stops on the end bit: a `1` bit with no input left after it; the bits after it
/// are ignored. As in [MS-XCA] 2.4.4, the stream may end nowhere else: input that runs out
/// under a `0` bit (a literal) or where the next bitmask is due (empty input included) is
/// [`ErrorKind::Truncated`] at the end of the input. For an RPC_HEADER_EXT payload
/// pass `&mut out[..SizeActual]` and check that the count equals `SizeActual` (or call
/// [`decompress_exact`]). Bytes of `out` past the returned count may have been overwritten
/// (the fast paths copy 16-byte blocks).
///
/// Errors carry the offset in `input` of the item at fault: output longer than `out`
/// ([`ErrorKind::CountTooLarge`]), a match reaching before the start of the output or an
/// impossible 0xFF length ([`ErrorKind::InvalidValue`]), a bitmask, literal, metadata or
/// length byte cut short or missing ([`ErrorKind::Truncated`]).
pub fn decompress(input: &[u8], out: &mut [u8]) -> Result<usize, DecodeError> {
    decode::<0>(input, out)
}

/// Like [`decompress`] for a payload still obfuscated with XorMagic: reverts the XOR with
/// 0xA5 while decoding, in one pass and without a second buffer ([MS-OXCRPC] 3.1.4.1.1.3,
/// 3.1.4.1.1.2).
pub fn decompress_xor_magic(input: &[u8], out: &mut [u8]) -> Result<usize, DecodeError> {
    decode::<XOR_MAGIC>(input, out)
}

/// Decompresses a payload that must fill `out` exactly, e.g. `&mut scratch[..SizeActual]`
/// ([MS-OXCRPC] 2.2.2.1 `SizeActual`, 3.1.4.1.1.2). `xor_magic` says whether the payload is
/// still obfuscated. Output shorter than `out` is [`ErrorKind::InvalidValue`] at the end of
/// `input`; output longer is [`ErrorKind::CountTooLarge`].
pub fn decompress_exact(input: &[u8], out: &mut [u8], xor_magic: bool) -> Result<(), DecodeError> {
    let n = if xor_magic {
        decompress_xor_magic(input, out)?
    } else {
        decompress(input, out)?
    };
    if n == out.len() {
        Ok(())
    } else {
        Err(fail(
            input.len(),
            ErrorKind::InvalidValue {
                field: "SizeActual (the LZ77 data decompresses to fewer bytes)",
            },
        ))
    }
}

// ------------------------------------------------------------------------------------------
// Compression

/// log2 of the number of hash chains.
const HASH_BITS: u32 = 12;
/// Candidates tried per position, most recent first.
const MAX_CHAIN: usize = 24;
/// A match this long is taken without looking for a longer one.
const NICE_LEN: usize = 32;
/// Matches at least this long are taken at once, without looking one byte ahead.
const LAZY_LIMIT: usize = 32;

#[inline(always)]
fn hash3(b: &[u8; 3]) -> usize {
    hash24(u32::from(b[0]) | (u32::from(b[1]) << 8) | (u32::from(b[2]) << 16))
}

/// [`hash3`] of the 3 bytes held (little-endian) in the low 24 bits of `v`.
#[inline(always)]
fn hash24(v: u32) -> usize {
    (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
}

/// Length of the common prefix of `a` and `b`.
#[inline(always)]
fn common_len(a: &[u8], b: &[u8]) -> usize {
    let max = a.len().min(b.len());
    let mut i = 0usize;
    while let (Some(x), Some(y)) = (
        a.get(i..).and_then(|s| s.first_chunk::<8>()),
        b.get(i..).and_then(|s| s.first_chunk::<8>()),
    ) {
        let d = u64::from_le_bytes(*x) ^ u64::from_le_bytes(*y);
        if d != 0 {
            return i + (d.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < max && a.get(i) == b.get(i) {
        i += 1;
    }
    i
}

#[derive(Clone, Copy)]
struct Match {
    len: usize,
    offset: usize,
}

const NO_MATCH: Match = Match { len: 0, offset: 0 };

/// Candidates per entry of [`FlatChains`].
const GROUP: usize = 4;

/// Hash chains of a short input (at most `W` bytes), built in one pass before the parse,
/// with the candidates of each position stored [`GROUP`] at a time.
///
/// [`Finder`] inserts every position once, in order, whatever the parse, so the chain it
/// walks at a position does not depend on the parse and can be built up front. `cands[p]`
/// holds the [`GROUP`] latest earlier positions (+1; 0 is none) with the same hash of 3
/// bytes as `p`, latest first; the next ones are in the entry of the last of them. The walk
/// then loads one entry per [`GROUP`] candidates instead of one link per candidate: the chain
/// walk is bound by the latency of these dependent loads. The candidates and their order are
/// those of [`Finder`], so the matches are the same.
struct FlatChains<'a, const W: usize> {
    input: &'a [u8],
    cands: &'a [[u16; GROUP]; W],
}

impl<'a, const W: usize> FlatChains<'a, W> {
    /// Builds the chains in `cands` (all empty on entry). `input` must be at most `W` bytes
    /// long (else the tail gets no candidates).
    #[inline(always)]
    fn new(input: &'a [u8], cands: &'a mut [[u16; GROUP]; W]) -> Self {
        const {
            assert!(W < MAX_OFFSET && W.is_power_of_two() && W <= u16::MAX as usize);
            assert!(MAX_CHAIN.is_multiple_of(GROUP) && GROUP == 4);
        };
        let mut head = [0u16; 1 << HASH_BITS];
        // Positions `p < W - 2`: the entry `W - 1` is never written and stays empty, so a
        // missing candidate (0) can read it (as `0 - 1` modulo `W`) without a branch.
        // The 3 bytes at `p` as the low 24 bits of one little-endian read of 4 (the last
        // position, with only 3 bytes left, on its own).
        let mut insert = |p: usize, key: u32| -> Option<()> {
            let here = u16::try_from(p + 1).ok()?;
            let slot = head.get_mut(hash24(key))?;
            let before = core::mem::replace(slot, here);
            // Both indexes are taken modulo `W`, so these lookups never miss.
            let &[a, b, c, _] = cands.get(usize::from(before).wrapping_sub(1) % W)?;
            *cands.get_mut(p % W)? = [before, a, b, c];
            Some(())
        };
        // Positions `p < W - 2` only (`W - 2` at most here), so the loop has one counter.
        let whole = input.get(..W.min(input.len())).unwrap_or_default();
        for (p, w) in whole.windows(4).enumerate() {
            let Some(&k) = w.first_chunk::<4>() else {
                break;
            };
            if insert(p, u32::from_le_bytes(k) & 0xFF_FFFF).is_none() {
                break;
            }
        }
        if let Some(p) = input.len().checked_sub(3).filter(|&p| p < W - 2)
            && let Some(&[x, y, z]) = input.get(p..).and_then(|s| s.first_chunk::<3>())
        {
            insert(p, u32::from_le_bytes([x, y, z, 0]));
        }
        FlatChains { input, cands }
    }

    /// The first position at or after `pos` that has a candidate (or the input length).
    #[inline(always)]
    fn next_candidate(&self, mut pos: usize) -> usize {
        let n = self.input.len();
        while pos < n && !self.has_candidate(pos) {
            pos += 1;
        }
        pos
    }

    /// Whether some earlier position has the same hash of 3 bytes as `pos` (false at the
    /// last two positions, which have no 3 bytes).
    #[inline(always)]
    fn has_candidate(&self, pos: usize) -> bool {
        self.cands
            .get(pos % W)
            .is_some_and(|&[first, ..]| first != 0)
    }

    /// The same result as [`Finder::find_and_insert`] at `pos` (without the insert): the
    /// longest match for `input[pos..]`, the most recent one of that length, if longer than
    /// `shorter` bytes.
    #[inline(always)]
    fn find(&self, pos: usize, shorter: usize) -> Match {
        let input = self.input;
        let here = input.get(pos..).unwrap_or_default();
        let mut best = Match {
            len: shorter,
            offset: 0,
        };
        // Only a candidate that also matches the byte after the best so far can win;
        // once the best reaches the end of the input none can.
        let Some(&(mut want)) = here.get(shorter) else {
            return NO_MATCH;
        };
        let mut at = pos;
        'walk: for _ in 0..MAX_CHAIN / GROUP {
            let Some(&group) = self.cands.get(at % W) else {
                break;
            };
            for c in group {
                // Links point back only, so `cand < pos` and `cand + best.len < n`.
                let Some(cand) = usize::from(c).checked_sub(1) else {
                    break 'walk;
                };
                if input.get(cand.wrapping_add(best.len)) == Some(&want) {
                    let len = common_len(input.get(cand..).unwrap_or_default(), here);
                    if len > best.len {
                        best = Match {
                            len,
                            offset: pos.wrapping_sub(cand),
                        };
                        match here.get(len) {
                            Some(&w) if len < NICE_LEN => want = w,
                            _ => break 'walk,
                        }
                    }
                }
            }
            let [.., last] = group;
            at = usize::from(last).wrapping_sub(1);
        }
        if best.offset == 0 { NO_MATCH } else { best }
    }
}

/// Hash chains on the stack, sized for the input: `head` holds the latest position (+1; 0
/// is none) per hash of 3 bytes (8 KiB), `prev` the position before it with the same hash,
/// indexed by position modulo `W`. Every position is inserted once, in order, so only slots
/// that were written are ever followed. With `W` at least the input length (`FLAT`) `prev`
/// has one slot per position and no link goes stale; with `W` = [`MAX_OFFSET`] (inputs above
/// 2048 bytes) slots are reused and a link that does not point back ends the chain. Inputs
/// up to 2048 bytes use [`FlatChains`] instead, which gives the same matches.
struct Finder<'a, const W: usize> {
    input: &'a [u8],
    head: [u16; 1 << HASH_BITS],
    prev: [u16; W],
}

impl<'a, const W: usize> Finder<'a, W> {
    /// `prev` has a slot for every position of the input: no reused slots, and every
    /// candidate is within [`MAX_OFFSET`].
    const FLAT: bool = W < MAX_OFFSET;

    /// `input` must be at most `W` bytes long when `W` < [`MAX_OFFSET`].
    #[inline(always)]
    fn new(input: &'a [u8]) -> Self {
        const { assert!(W.is_power_of_two() && W <= MAX_OFFSET) };
        Finder {
            input,
            head: [0; 1 << HASH_BITS],
            prev: [0; W],
        }
    }

    /// Remembers `pos` and returns the previous latest position with the same hash (+1).
    #[inline(always)]
    fn insert(&mut self, pos: usize) -> Option<u16> {
        let key = self.input.get(pos..).and_then(|s| s.first_chunk::<3>())?;
        let slot = self.head.get_mut(hash3(key))?;
        let before = *slot;
        *slot = u16::try_from(pos.checked_add(1)?).ok()?;
        if let Some(p) = self.prev.get_mut(pos % W) {
            *p = before;
        }
        Some(before)
    }

    /// Remembers `pos` and finds the longest match for `input[pos..]` within [`MAX_OFFSET`],
    /// the most recent one of that length, if it is longer than `shorter` bytes (at least
    /// `MIN_MATCH - 1`). Starting the search at `shorter` only skips candidates that could not
    /// be returned, so the result equals a search from zero whenever it is longer.
    #[inline(always)]
    fn find_and_insert(&mut self, pos: usize, shorter: usize) -> Match {
        let Some(mut next) = self.insert(pos) else {
            return NO_MATCH;
        };
        let input = self.input;
        let here = input.get(pos..).unwrap_or_default();
        let lo = pos.saturating_sub(MAX_OFFSET);
        let mut best = Match {
            len: shorter,
            offset: 0,
        };
        for _ in 0..MAX_CHAIN {
            let Some(cand) = usize::from(next).checked_sub(1) else {
                break;
            };
            if cand >= pos || (!Self::FLAT && cand < lo) {
                break;
            }
            // Only a candidate that also matches the byte after the best so far can win;
            // once the best reaches the end of the input none can.
            let Some(want) = here.get(best.len) else {
                break;
            };
            if input.get(cand.saturating_add(best.len)) == Some(want) {
                let len = common_len(input.get(cand..).unwrap_or_default(), here);
                if len > best.len {
                    best = Match {
                        len,
                        offset: pos - cand,
                    };
                    if len >= NICE_LEN {
                        break;
                    }
                }
            }
            let Some(&p) = self.prev.get(cand % W) else {
                break;
            };
            if !Self::FLAT && usize::from(p) > cand {
                break;
            }
            next = p;
        }
        if best.offset == 0 { NO_MATCH } else { best }
    }

    /// Remembers the positions `from..to` (the inside of an emitted match).
    #[inline(always)]
    fn insert_range(&mut self, from: usize, to: usize) {
        for p in from..to {
            if self.insert(p).is_none() {
                return;
            }
        }
    }
}

/// Copies `src` into `dst` (the same length, at most 32 bytes) as two fixed blocks that may
/// overlap (16, 8 or 4 bytes, by length), so that no copy depends on the exact length.
/// The caller cuts `dst` to `src`'s length; a mismatch copies nothing (debug builds stop).
#[inline(always)]
fn copy_short(dst: &mut [u8], src: &[u8]) {
    fn blocks<const B: usize>(dst: &mut [u8], src: &[u8]) {
        if let (Some(d), Some(s)) = (dst.first_chunk_mut::<B>(), src.first_chunk::<B>()) {
            *d = *s;
        }
        if let (Some(d), Some(s)) = (dst.last_chunk_mut::<B>(), src.last_chunk::<B>()) {
            *d = *s;
        }
    }
    if dst.len() != src.len() {
        debug_assert_eq!(dst.len(), src.len(), "copy_short: lengths differ");
        return;
    }
    match src.len() {
        33.. => dst.copy_from_slice(src),
        16.. => blocks::<16>(dst, src),
        8.. => blocks::<8>(dst, src),
        4.. => blocks::<4>(dst, src),
        _ => {
            for (d, s) in dst.iter_mut().zip(src) {
                *d = *s;
            }
        }
    }
}

/// The output side: bytes in order, bitmasks reserved ahead of their items and filled in
/// once 32 items are written, and the shared length nibble.
struct Sink<'b> {
    buf: &'b mut [u8],
    pos: usize,
    mask_at: usize,
    mask: u32,
    bits: u32,
    shared_at: Option<usize>,
}

impl<'b> Sink<'b> {
    fn new(buf: &'b mut [u8]) -> Result<Self, EncodeError> {
        let mut s = Sink {
            buf,
            pos: 0,
            mask_at: 0,
            mask: 0,
            bits: 0,
            shared_at: None,
        };
        s.put(&[0; BITMASK_SIZE])?;
        Ok(s)
    }

    #[inline(always)]
    fn put(&mut self, bytes: &[u8]) -> Result<(), EncodeError> {
        let end = self.pos.saturating_add(bytes.len());
        match self.buf.get_mut(self.pos..end) {
            Some(dst) => {
                dst.copy_from_slice(bytes);
                self.pos = end;
                Ok(())
            }
            None => Err(EncodeError::BufferTooSmall {
                needed: bytes.len(),
                available: self.buf.len().saturating_sub(self.pos),
            }),
        }
    }

    fn write_mask(&mut self, mask: u32) {
        if let Some(dst) = self
            .buf
            .get_mut(self.mask_at..)
            .and_then(|s| s.first_chunk_mut::<BITMASK_SIZE>())
        {
            *dst = mask.to_le_bytes();
        }
    }

    /// After the 32nd item of a bitmask: fills it in and reserves the next one.
    #[inline(always)]
    fn next_mask_if_full(&mut self) -> Result<(), EncodeError> {
        if self.bits == BITMASK_BITS {
            self.write_mask(self.mask);
            self.mask_at = self.pos;
            self.mask = 0;
            self.bits = 0;
            self.put(&[0; BITMASK_SIZE])?;
        }
        Ok(())
    }

    #[inline(always)]
    fn flag(&mut self, bit: u32) -> Result<(), EncodeError> {
        self.mask = (self.mask << 1) | bit;
        self.bits += 1;
        self.next_mask_if_full()
    }

    /// Writes the literals `input[from..to]`: the bytes, in pieces that end where a bitmask
    /// is full, and a 0 bit for each.
    #[inline(always)]
    fn literals(&mut self, input: &[u8], mut from: usize, to: usize) -> Result<(), EncodeError> {
        let to = to.min(input.len());
        while from < to {
            let room = (BITMASK_BITS - self.bits) as usize;
            let t = (to - from).min(room);
            let src = input.get(from..from + t).unwrap_or_default();
            // `dst` takes its length from `src`, so the two always match in `copy_short`.
            let end = self.pos.saturating_add(src.len());
            match self.buf.get_mut(self.pos..end) {
                Some(dst) => {
                    copy_short(dst, src);
                    self.pos = end;
                }
                None => self.put(src)?,
            }
            // `t` is 1..=32; the new bits are zeros.
            let t32 = t as u32;
            self.mask = self.mask.checked_shl(t32).unwrap_or(0);
            self.bits += t32;
            self.next_mask_if_full()?;
            from += t;
        }
        Ok(())
    }

    fn matched(&mut self, m: Match) -> Result<(), EncodeError> {
        let code = m.len.saturating_sub(MIN_MATCH);
        let off = u16::try_from(m.offset.saturating_sub(1)).unwrap_or(0);
        let meta = (off << 3) | code.min(LEN3_ESCAPE) as u16;
        self.put(&meta.to_le_bytes())?;
        if code >= LEN3_ESCAPE {
            let rest = code - LEN3_ESCAPE;
            let nibble = rest.min(NIBBLE_ESCAPE) as u8;
            match self.shared_at.take() {
                Some(at) => {
                    if let Some(b) = self.buf.get_mut(at) {
                        *b |= nibble << 4;
                    }
                }
                None => {
                    self.shared_at = Some(self.pos);
                    self.put(&[nibble])?;
                }
            }
            if rest >= NIBBLE_ESCAPE {
                let rest = rest - NIBBLE_ESCAPE;
                if rest < BYTE_ESCAPE {
                    self.put(&[rest as u8])?;
                } else {
                    self.put(&[BYTE_ESCAPE as u8])?;
                    match u16::try_from(code) {
                        Ok(w) => self.put(&w.to_le_bytes())?,
                        Err(_) => {
                            let d = u32::try_from(code).unwrap_or(u32::MAX);
                            self.put(&[0, 0])?;
                            self.put(&d.to_le_bytes())?;
                        }
                    }
                }
            }
        }
        self.flag(1)
    }

    /// Writes the last bitmask: the end bit, then ones for the unused bits.
    fn finish(mut self) -> usize {
        let mask = match self.bits {
            0 => u32::MAX,
            b => (self.mask << (BITMASK_BITS - b)) | (u32::MAX >> b),
        };
        self.write_mask(mask);
        self.pos
    }
}

/// Compresses `input` (at most [`MAX_UNCOMPRESSED`] bytes) into `out` with LZ77 and DIRECT2
/// encoding and returns the compressed size ([MS-OXCRPC] 3.1.4.1.1.2).
///
/// Greedy matching with a one-byte lazy look-ahead over hash chains on the stack (12 KiB for
/// inputs up to 512 bytes, 24 KiB above); minimum match 3, farthest offset
/// 8192. The stream ends with the end bit followed by ones, as Outlook writes it. An `out`
/// of [`max_compressed_len`] bytes always suffices; otherwise a full `out` is
/// [`EncodeError::BufferTooSmall`]. Empty input gives one all-ones bitmask.
pub fn compress(input: &[u8], out: &mut [u8]) -> Result<usize, EncodeError> {
    // The chain table needs a slot per position (or per window position) only: small
    // payloads, the common case, get a small table to clear, built before the parse.
    let n = input.len();
    if n > MAX_UNCOMPRESSED {
        Err(EncodeError::InvalidValue {
            field: "SizeActual (uncompressed payload above 0x8000 bytes)",
        })
    } else if n <= 512 {
        compress_flat::<512>(input, out)
    } else if n <= 2048 {
        compress_flat::<2048>(input, out)
    } else {
        compress_with::<MAX_OFFSET>(input, out)
    }
}

/// [`compress`] with a chain table of `W` slots; `input` is at most `W` bytes when `W` <
/// [`MAX_OFFSET`].
#[inline(never)]
fn compress_with<const W: usize>(input: &[u8], out: &mut [u8]) -> Result<usize, EncodeError> {
    let mut finder = Finder::<W>::new(input);
    let mut sink = Sink::new(out)?;
    let n = input.len();
    let mut pos = 0usize;
    // Literals `input[lit..pos]` are written in one go before the next match.
    let mut lit = 0usize;
    let mut cur = finder.find_and_insert(pos, MIN_MATCH - 1);
    while pos < n {
        if cur.len < MIN_MATCH {
            pos += 1;
            cur = finder.find_and_insert(pos, MIN_MATCH - 1);
            continue;
        }
        let mut inserted_to = pos + 1;
        if cur.len < LAZY_LIMIT && pos + 1 < n {
            // Only a longer match one byte later matters.
            let next = finder.find_and_insert(pos + 1, cur.len);
            inserted_to = pos + 2;
            if next.len > cur.len {
                pos += 1;
                cur = next;
                continue;
            }
        }
        sink.literals(input, lit, pos)?;
        sink.matched(cur)?;
        let end = pos.saturating_add(cur.len);
        finder.insert_range(inserted_to, end);
        pos = end;
        lit = end;
        cur = finder.find_and_insert(pos, MIN_MATCH - 1);
    }
    sink.literals(input, lit, n)?;
    Ok(sink.finish())
}

/// [`compress`] for inputs of at most `W` bytes, over [`FlatChains`]: the same matches as
/// [`compress_with`], so the same stream.
fn compress_flat<const W: usize>(input: &[u8], out: &mut [u8]) -> Result<usize, EncodeError> {
    let mut cands = [[0u16; GROUP]; W];
    let chains = FlatChains::<W>::new(input, &mut cands);
    let mut sink = Sink::new(out)?;
    let n = input.len();
    let mut pos = 0usize;
    // Literals `input[lit..pos]` are written in one go before the next match.
    let mut lit = 0usize;
    loop {
        pos = chains.next_candidate(pos);
        if pos >= n {
            break;
        }
        let mut cur = chains.find(pos, MIN_MATCH - 1);
        if cur.len < MIN_MATCH {
            pos += 1;
            continue;
        }
        // Only a longer match one byte later matters. It would repeat the 3 bytes at
        // `pos + cur.len - 1` (the last two of this match and the byte after it) from an
        // earlier position, which then shares their hash: without one it cannot exist, and
        // the search is skipped (the same result, so the same stream).
        while cur.len < LAZY_LIMIT && pos + 1 < n && chains.has_candidate(pos + cur.len - 1) {
            let next = chains.find(pos + 1, cur.len);
            if next.len <= cur.len {
                break;
            }
            pos += 1;
            cur = next;
        }
        sink.literals(input, lit, pos)?;
        sink.matched(cur)?;
        pos = pos.saturating_add(cur.len);
        lit = pos;
    }
    sink.literals(input, lit, n)?;
    Ok(sink.finish())
}

/// Compresses an RPC_HEADER_EXT payload for sending ([MS-OXCRPC] 3.1.4.1.1.2, 2.2.2.1):
/// `Some(size)` when the compressed form is strictly smaller than `input` (as `Size <
/// SizeActual` requires with `Compressed`), `None` when the payload should go uncompressed
/// (no gain, empty or above [`MAX_UNCOMPRESSED`], or `out` too small for the gain).
///
/// Compression stops as soon as it reaches `input.len()` bytes; an `out` of `input.len()`
/// bytes is always enough.
pub fn compress_payload(input: &[u8], out: &mut [u8]) -> Option<usize> {
    if input.len() > MAX_UNCOMPRESSED {
        return None;
    }
    let limit = input.len().checked_sub(1)?.min(out.len());
    compress(input, out.get_mut(..limit)?).ok()
}
