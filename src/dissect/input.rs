//! Input forms: the bytes of a ROP buffer (or any other layer) as a person pastes them —
//! raw, hex, `xxd`, Wireshark and `hexdump -C` dumps, source-code byte arrays, base64 —
//! decoded into caller memory without allocating (ropdump input forms; no spec section
//! defines text forms, `spec-notes/input-forms.md` records the rules).
//!
//! [`detect`] picks a form, [`decoded_len_max`] sizes the output, [`decode_into`] writes
//! it. A caller that knows the form passes it to [`decode_into`] directly and skips
//! [`detect`]. Errors name the line and column of the text where decoding stopped.

use core::fmt;

/// How the input is written (ropdump input forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputForm {
    /// The bytes themselves, copied as they are.
    Raw,
    /// Hex digits, two per byte, with whitespace, `:`, `-` or `,` between bytes (`xxd -p`,
    /// Wireshark's "Copy as a Hex Stream", `20 02 06`, `20:02:06`, `20-02-06`).
    Hex,
    /// `xxd` output: `00000000: 2002 0600 ...  ASCII`, any group size (`-g1`, `-g4`...).
    Xxd,
    /// A hex dump with offsets: Wireshark's "Copy Bytes as Hex (+ ASCII) Dump", `tshark
    /// -x`, `hexdump -C` (`00000000  20 02 ...  |ASCII|`), `od -A x -t x1z`; `*` lines
    /// included.
    HexDump,
    /// A byte array from source code: `0x20, 0x02`, `{ 0x20 }`, `new byte[] { ... }`,
    /// `[0x20u8, ...]`, `xxd -i`, `[32, 2, -12]` (decimal, Java signed bytes).
    ByteArray,
    /// Standard base64 with `=` padding; line breaks are ignored.
    Base64,
}

impl InputForm {
    /// Every form, in the order [`detect`] considers them (ropdump input forms).
    pub const ALL: [InputForm; 6] = [
        InputForm::Raw,
        InputForm::Xxd,
        InputForm::HexDump,
        InputForm::ByteArray,
        InputForm::Hex,
        InputForm::Base64,
    ];

    /// The form's short name for command lines: `raw`, `hex`, `xxd`, `hexdump`, `array`,
    /// `base64` (ropdump input forms).
    pub const fn name(self) -> &'static str {
        match self {
            InputForm::Raw => "raw",
            InputForm::Hex => "hex",
            InputForm::Xxd => "xxd",
            InputForm::HexDump => "hexdump",
            InputForm::ByteArray => "array",
            InputForm::Base64 => "base64",
        }
    }

    /// The form called `name` as [`InputForm::name`] spells it, ASCII case ignored
    /// (ropdump input forms).
    pub fn from_name(name: &str) -> Option<InputForm> {
        InputForm::ALL
            .into_iter()
            .find(|form| form.name().eq_ignore_ascii_case(name))
    }

    /// Whether the form is text: every form but [`InputForm::Raw`] (ropdump input forms).
    pub const fn is_text(self) -> bool {
        !matches!(self, InputForm::Raw)
    }
}

impl fmt::Display for InputForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why pasted input could not be decoded, and where (ropdump input forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InputError {
    /// What went wrong.
    pub kind: InputErrorKind,
    /// 1-based line of the text where decoding stopped; 0 when no place applies (raw
    /// input, empty input).
    pub line: usize,
    /// 1-based column, in characters, on that line; 0 when `line` is 0.
    pub column: usize,
}

/// What went wrong while decoding pasted input (ropdump input forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// The input is empty, only whitespace, or holds no byte at all.
    Empty,
    /// The output buffer is smaller than the decoded bytes.
    OutputTooSmall,
    /// A run of hex digits has an odd length: a digit is missing or extra.
    OddHexDigits,
    /// A character that the form does not allow here.
    Unexpected {
        /// The byte found (a character for text, shown as `0xNN` when not printable).
        found: u8,
        /// What the form expected instead.
        expected: &'static str,
    },
    /// The text ended where the form needed more.
    UnexpectedEnd {
        /// What the form expected.
        expected: &'static str,
    },
    /// A byte-array element outside 0..=255 (or -128..=-1 for signed bytes).
    ByteOutOfRange,
    /// A decimal byte-array element with a leading zero, which C and Java read as octal.
    LeadingZero,
    /// A dump line's offset is not the previous line's offset plus its byte count: a line
    /// was lost, cut or edited.
    OffsetMismatch {
        /// The offset the previous lines lead to.
        expected: u64,
        /// The offset written on the line.
        found: u64,
    },
    /// A dump offset, or an offset plus a line's bytes, does not fit in 64 bits.
    OffsetTooLarge,
    /// A `*` line (repeat the previous line) without a line of bytes before it, without
    /// an offset line after it, or with a gap that is not whole copies of that line.
    BadRepeat,
    /// Base64 text whose characters are not a whole number of 4-character groups.
    Base64Length,
}

impl fmt::Display for InputErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            InputErrorKind::Empty => f.write_str("no bytes in the input"),
            InputErrorKind::OutputTooSmall => f.write_str("output buffer too small"),
            InputErrorKind::OddHexDigits => f.write_str("odd number of hex digits"),
            InputErrorKind::Unexpected { found, expected } => {
                match found {
                    b'\n' | b'\r' => f.write_str("unexpected end of line")?,
                    b' ' => f.write_str("unexpected space")?,
                    b'\t' => f.write_str("unexpected tab")?,
                    0x21..=0x7E => write!(f, "unexpected '{}'", char::from(found))?,
                    _ => write!(f, "unexpected byte 0x{found:02X}")?,
                }
                write!(f, ", expected {expected}")
            }
            InputErrorKind::UnexpectedEnd { expected } => {
                write!(f, "unexpected end of input, expected {expected}")
            }
            InputErrorKind::ByteOutOfRange => f.write_str("value does not fit in a byte"),
            InputErrorKind::LeadingZero => f.write_str(
                "decimal value with a leading zero (C and Java read it as octal); \
                 write it without the zero or in hex",
            ),
            InputErrorKind::OffsetMismatch { expected, found } => write!(
                f,
                "offset 0x{found:X} where 0x{expected:X} was expected: a line is missing, cut or edited"
            ),
            InputErrorKind::OffsetTooLarge => f.write_str("offset too large"),
            InputErrorKind::BadRepeat => f.write_str(
                "'*' must follow a line of bytes and precede the offset where the repeat \
                 ends, a whole number of lines later",
            ),
            InputErrorKind::Base64Length => f.write_str(
                "base64 text ends inside a group of 4 characters (cut short, or padding lost)",
            ),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line != 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        fmt::Display::fmt(&self.kind, f)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for InputError {}

// ---------------------------------------------------------------------------------------
// Entry points

/// Guesses the form of `input` (ropdump input forms); the rules are in
/// `spec-notes/input-forms.md`.
///
/// Input with any byte that is not printable ASCII or whitespace (after an optional UTF-8
/// byte order mark) is [`InputForm::Raw`]; a ROP buffer shorter than 8 KB always is, since
/// the high byte of its RopSize is below 0x20. Text is then tried as `xxd`, as a hex dump
/// (both by the shape of the first non-blank line), as a byte array, as plain hex and as
/// base64; hex wins over base64 when both fit. Empty or blank input gives
/// [`InputForm::Hex`], whose decoding reports [`InputErrorKind::Empty`].
pub fn detect(input: &[u8]) -> InputForm {
    let text = strip_bom(input);
    if !text.iter().all(|&b| is_text_byte(b)) {
        return InputForm::Raw;
    }
    let Some(first) = lines(text)
        .map(|(_, line)| trim(line))
        .find(|l| !l.is_empty())
    else {
        return InputForm::Hex;
    };
    if looks_like_xxd(first) {
        return InputForm::Xxd;
    }
    if looks_like_hexdump(first) {
        return InputForm::HexDump;
    }
    let base64 = base64_shape(text);
    if text.iter().any(|&b| matches!(b, b'{' | b'[')) {
        return InputForm::ByteArray;
    }
    if has_hex_literal(text) && (base64 != Base64Shape::Valid || every_line_a_literal(text)) {
        return InputForm::ByteArray;
    }
    if text
        .iter()
        .all(|&b| hex_value(b).is_some() || is_hex_separator(b))
    {
        return InputForm::Hex;
    }
    match base64 {
        Base64Shape::Valid | Base64Shape::AlphabetOnly => InputForm::Base64,
        Base64Shape::No => InputForm::Hex,
    }
}

/// Decodes `input`, written in `form`, into `out` and returns how many bytes it wrote
/// (ropdump input forms).
///
/// Text forms skip a leading UTF-8 byte order mark. Input without any byte (empty, blank,
/// `{}`) is [`InputErrorKind::Empty`]; `out` shorter than the bytes is
/// [`InputErrorKind::OutputTooSmall`]. Never panics, whatever the input.
///
/// ```
/// use ropwire::dissect::input::{decode_into, decoded_len_max, detect, InputErrorKind, InputForm};
///
/// // Wireshark, "Copy Bytes as Hex + ASCII Dump": the ASCII column is ignored.
/// let pasted = b"0000   20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04    ...............\n\
///                0010   00 0a 00 01                                       ....\n";
/// let form = detect(pasted);
/// assert_eq!(form, InputForm::HexDump);
/// let mut out = [0u8; 64];
/// assert!(decoded_len_max(pasted, form) <= out.len());
/// let n = decode_into(pasted, form, &mut out).unwrap();
/// assert_eq!(&out[..n], &[0x20, 0x02, 0x06, 0, 0, 1, 0xFF, 0x0F, 1, 0, 0, 0, 0, 0, 0, 4, 0, 0x0A, 0, 1]);
///
/// // The caller may name the form instead of detecting it; errors say where.
/// let err = decode_into(b"20 02\n06 0 00", InputForm::Hex, &mut out).unwrap_err();
/// assert_eq!((err.kind, err.line, err.column), (InputErrorKind::OddHexDigits, 2, 4));
/// assert_eq!(err.to_string(), "line 2, column 4: odd number of hex digits");
/// ```
pub fn decode_into(input: &[u8], form: InputForm, out: &mut [u8]) -> Result<usize, InputError> {
    let mut sink = Sink {
        out: Some(out),
        len: 0,
    };
    match run(input, form, &mut sink) {
        Ok(()) => Ok(sink.len),
        Err(fail) => Err(fail.into_error(if form.is_text() {
            strip_bom(input)
        } else {
            input
        })),
    }
}

/// How many bytes `out` needs for [`decode_into`] (ropdump input forms): exactly the
/// decoded length when the input decodes, and when it does not, enough that
/// [`decode_into`] reports the input's own error rather than
/// [`InputErrorKind::OutputTooSmall`].
///
/// The count follows the text, not a ratio of its length: a `hexdump -C` `*` line stands
/// for as many bytes as the next offset says, so a caller that allocates for text from
/// an untrusted source should cap this value.
pub fn decoded_len_max(input: &[u8], form: InputForm) -> usize {
    let mut sink = Sink { out: None, len: 0 };
    // Errors are decode_into's to report; the count up to the error is what it writes.
    let _ = run(input, form, &mut sink);
    sink.len
}

// ---------------------------------------------------------------------------------------
// Plumbing: where errors happen, where bytes go

/// An error at a byte index of the text (None: no place applies).
struct Fail {
    kind: InputErrorKind,
    at: Option<usize>,
}

type Res<T> = Result<T, Fail>;

fn fail<T>(kind: InputErrorKind, at: usize) -> Res<T> {
    Err(Fail { kind, at: Some(at) })
}

/// The error for the character at `at`: [`InputErrorKind::Unexpected`], or
/// [`InputErrorKind::UnexpectedEnd`] past the end of the text.
fn unexpected<T>(text: &[u8], at: usize, expected: &'static str) -> Res<T> {
    match text.get(at) {
        Some(&found) => fail(InputErrorKind::Unexpected { found, expected }, at),
        None => fail(InputErrorKind::UnexpectedEnd { expected }, at),
    }
}

impl Fail {
    fn into_error(self, text: &[u8]) -> InputError {
        let Some(at) = self.at else {
            return InputError {
                kind: self.kind,
                line: 0,
                column: 0,
            };
        };
        let before = text.get(..at).unwrap_or(text);
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p.saturating_add(1));
        let line = before
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            .saturating_add(1);
        // Columns count characters: UTF-8 continuation bytes do not start one.
        let column = before
            .get(line_start..)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
            .saturating_add(1);
        InputError {
            kind: self.kind,
            line,
            column,
        }
    }
}

/// Where decoded bytes go: into the caller's buffer, or only counted.
struct Sink<'o> {
    out: Option<&'o mut [u8]>,
    len: usize,
}

impl Sink<'_> {
    fn push(&mut self, byte: u8, at: Option<usize>) -> Res<()> {
        if let Some(out) = self.out.as_deref_mut() {
            let Some(slot) = out.get_mut(self.len) else {
                return Err(Fail {
                    kind: InputErrorKind::OutputTooSmall,
                    at,
                });
            };
            *slot = byte;
        }
        self.len = self.len.saturating_add(1);
        Ok(())
    }

    /// Appends the last `line_len` bytes `times` more times (a `*` line of a dump).
    fn repeat(&mut self, line_len: usize, times: u64, at: usize) -> Res<()> {
        let Some(out) = self.out.as_deref_mut() else {
            let extra = u64::try_from(line_len)
                .unwrap_or(u64::MAX)
                .saturating_mul(times);
            self.len = self
                .len
                .saturating_add(usize::try_from(extra).unwrap_or(usize::MAX));
            return Ok(());
        };
        let Some(mut src) = self.len.checked_sub(line_len) else {
            return fail(InputErrorKind::BadRepeat, at);
        };
        let total = u64::try_from(line_len)
            .unwrap_or(u64::MAX)
            .saturating_mul(times);
        let mut done = 0u64;
        while done < total {
            // The source is always behind the end, so only the slot can be missing.
            let Some(&byte) = out.get(src) else {
                return fail(InputErrorKind::BadRepeat, at);
            };
            let Some(slot) = out.get_mut(self.len) else {
                return fail(InputErrorKind::OutputTooSmall, at);
            };
            *slot = byte;
            self.len = self.len.saturating_add(1);
            src = src.saturating_add(1);
            done = done.saturating_add(1);
        }
        Ok(())
    }
}

fn run(input: &[u8], form: InputForm, sink: &mut Sink<'_>) -> Res<()> {
    if form == InputForm::Raw {
        if input.is_empty() {
            return Err(Fail {
                kind: InputErrorKind::Empty,
                at: None,
            });
        }
        if let Some(out) = sink.out.as_deref_mut() {
            // What fits is written, as in the text forms.
            let fits = input.len().min(out.len());
            if let (Some(dst), Some(src)) = (out.get_mut(..fits), input.get(..fits)) {
                dst.copy_from_slice(src);
            }
            if fits < input.len() {
                sink.len = fits;
                return Err(Fail {
                    kind: InputErrorKind::OutputTooSmall,
                    at: None,
                });
            }
        }
        sink.len = input.len();
        return Ok(());
    }
    let text = strip_bom(input);
    if text.iter().all(u8::is_ascii_whitespace) {
        return Err(Fail {
            kind: InputErrorKind::Empty,
            at: None,
        });
    }
    match form {
        InputForm::Raw => {}
        InputForm::Hex => hex(text, sink)?,
        InputForm::Xxd => dump(text, Dump::Xxd, sink)?,
        InputForm::HexDump => dump(text, Dump::HexDump, sink)?,
        InputForm::ByteArray => byte_array(text, sink)?,
        InputForm::Base64 => base64(text, sink)?,
    }
    if sink.len == 0 {
        return Err(Fail {
            kind: InputErrorKind::Empty,
            at: None,
        });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Character classes and lines

fn strip_bom(input: &[u8]) -> &[u8] {
    input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input)
}

fn is_text_byte(b: u8) -> bool {
    matches!(b, 0x20..=0x7E) || b.is_ascii_whitespace()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn is_hex_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b':' | b'-' | b',')
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

/// The lines of `text` with the index where each starts; `\n` and a `\r` before it are
/// not part of a line.
fn lines(text: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut start = 0usize;
    let mut done = false;
    core::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = text.get(start..)?;
        let (line, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(n) => (
                rest.get(..n).unwrap_or_default(),
                start.saturating_add(n + 1),
            ),
            None => {
                done = true;
                (rest, text.len())
            }
        };
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let at = start;
        start = next;
        Some((at, line))
    })
}

fn trim(line: &[u8]) -> &[u8] {
    line.trim_ascii()
}

/// How many bytes from `at` satisfy `pred`.
fn run_len(bytes: &[u8], at: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| pred(b))
        .count()
}

fn hex_run(bytes: &[u8], at: usize) -> usize {
    run_len(bytes, at, |b| hex_value(b).is_some())
}

// ---------------------------------------------------------------------------------------
// Hex

fn hex(text: &[u8], sink: &mut Sink<'_>) -> Res<()> {
    // The high digit of the byte being read and where it is; where the digit run began.
    let mut high: Option<(u8, usize)> = None;
    let mut run_start: Option<usize> = None;
    for (i, &c) in text.iter().enumerate() {
        if let Some(v) = hex_value(c) {
            run_start.get_or_insert(i);
            match high.take() {
                None => high = Some((v, i)),
                Some((h, at)) => sink.push((h << 4) | v, Some(at))?,
            }
        } else if is_hex_separator(c) {
            if let (Some(_), Some(start)) = (high, run_start) {
                return fail(InputErrorKind::OddHexDigits, start);
            }
            run_start = None;
        } else {
            return unexpected(text, i, "a hex digit");
        }
    }
    if let (Some(_), Some(start)) = (high, run_start) {
        return fail(InputErrorKind::OddHexDigits, start);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// xxd and hex dumps

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dump {
    /// `offset: hex  ascii`; groups of any even size.
    Xxd,
    /// `offset  hex  ascii` (Wireshark, tshark) or `|ascii|` (`hexdump -C`); 16 bytes.
    HexDump,
}

/// An offset on `line` at `at`, after an optional `0x`: where it ends, how many digits it
/// has, and its value (None when it does not fit in 64 bits); None when there is no digit.
fn offset(line: &[u8], at: usize) -> Option<(usize, usize, Option<u64>)> {
    let mut i = at;
    if matches!(line.get(i..i.saturating_add(2)), Some(b"0x" | b"0X"))
        && line
            .get(i.saturating_add(2))
            .copied()
            .and_then(hex_value)
            .is_some()
    {
        i = i.saturating_add(2);
    }
    let digits = hex_run(line, i);
    if digits == 0 {
        return None;
    }
    let value = line
        .get(i..i.saturating_add(digits))
        .unwrap_or_default()
        .iter()
        .try_fold(0u64, |acc, &b| {
            acc.checked_mul(16)?
                .checked_add(u64::from(hex_value(b).unwrap_or(0)))
        });
    Some((i.saturating_add(digits), digits, value))
}

fn looks_like_xxd(first: &[u8]) -> bool {
    let Some((end, digits, _)) = offset(first, 0) else {
        return false;
    };
    digits >= 4
        && first.get(end) == Some(&b':')
        && first.get(end.saturating_add(1)) == Some(&b' ')
        && first
            .get(end.saturating_add(2))
            .copied()
            .and_then(hex_value)
            .is_some()
}

fn looks_like_hexdump(first: &[u8]) -> bool {
    let Some((end, digits, _)) = offset(first, 0) else {
        return false;
    };
    let gap = run_len(first, end, is_blank);
    let wide = gap >= 2
        || first
            .get(end..end.saturating_add(gap))
            .is_some_and(|g| g.contains(&b'\t'));
    let byte_at = end.saturating_add(gap);
    // `od -A x -t x1` puts one blank after its 6-digit offset.
    let od = gap == 1 && digits >= 6;
    digits >= 4
        && (wide || od)
        && hex_run(first, byte_at) == 2
        && matches!(
            first.get(byte_at.saturating_add(2)),
            None | Some(b' ' | b'\t')
        )
}

/// Whether the token at `at` is a group of bytes: an even, non-empty run of hex digits
/// ending the line or followed by a blank.
fn is_group(line: &[u8], at: usize) -> bool {
    let run = hex_run(line, at);
    run > 0
        && run.is_multiple_of(2)
        && matches!(line.get(at.saturating_add(run)), None | Some(b' ' | b'\t'))
}

fn dump(text: &[u8], style: Dump, sink: &mut Sink<'_>) -> Res<()> {
    // The offset the next line must carry, and the bytes the previous line had.
    let mut expected: Option<u64> = None;
    let mut prev_count = 0usize;
    // A `*` line waiting for the offset that ends the repeat.
    let mut repeat_at: Option<usize> = None;
    // Most bytes a line holds: 16 in hex dumps; in xxd, what the first line held.
    let mut cap = match style {
        Dump::Xxd => None,
        Dump::HexDump => Some(16usize),
    };
    for (start, line) in lines(text) {
        let indent = run_len(line, 0, |b| b.is_ascii_whitespace());
        if indent == line.len() {
            continue;
        }
        let line_at = start.saturating_add(indent);
        if trim(line) == b"*" {
            if expected.is_none() || prev_count == 0 || repeat_at.is_some() {
                return fail(InputErrorKind::BadRepeat, line_at);
            }
            repeat_at = Some(line_at);
            continue;
        }
        let Some((mut i, _, value)) = offset(line, indent) else {
            return unexpected(text, line_at, "an offset at the start of the line");
        };
        let Some(off) = value else {
            return fail(InputErrorKind::OffsetTooLarge, line_at);
        };
        if style == Dump::Xxd {
            if line.get(i) != Some(&b':') {
                return unexpected(text, start.saturating_add(i), "':' after the offset");
            }
            i = i.saturating_add(1);
        }
        if let Some(exp) = expected {
            if let Some(r_at) = repeat_at.take() {
                let Some(diff) = off.checked_sub(exp) else {
                    return fail(
                        InputErrorKind::OffsetMismatch {
                            expected: exp,
                            found: off,
                        },
                        line_at,
                    );
                };
                let per_line = u64::try_from(prev_count).unwrap_or(u64::MAX);
                if !diff.is_multiple_of(per_line) {
                    return fail(InputErrorKind::BadRepeat, line_at);
                }
                sink.repeat(prev_count, diff / per_line, r_at)?;
            } else if off != exp {
                return fail(
                    InputErrorKind::OffsetMismatch {
                        expected: exp,
                        found: off,
                    },
                    line_at,
                );
            }
        }
        let count = dump_line(text, line, start, i, style, cap, sink)?;
        if cap.is_none() && count > 0 {
            cap = Some(count);
        }
        let Some(next) = off.checked_add(u64::try_from(count).unwrap_or(u64::MAX)) else {
            return fail(InputErrorKind::OffsetTooLarge, line_at);
        };
        expected = Some(next);
        prev_count = count;
    }
    if let Some(r_at) = repeat_at {
        return fail(InputErrorKind::BadRepeat, r_at);
    }
    Ok(())
}

/// Reads the bytes of one dump line from `from` (just after the offset and its colon) and
/// returns how many there were. The hex area ends at the end of the line, after `cap`
/// bytes, or at a gap that the form puts before the ASCII column: two or more blanks
/// (xxd), or more than one blank except the double blank after the 8th byte (hex dumps).
fn dump_line(
    text: &[u8],
    line: &[u8],
    start: usize,
    from: usize,
    style: Dump,
    cap: Option<usize>,
    sink: &mut Sink<'_>,
) -> Res<usize> {
    let at = |i: usize| start.saturating_add(i);
    let gap = run_len(line, from, is_blank);
    let mut i = from.saturating_add(gap);
    if i >= line.len() {
        return Ok(0);
    }
    if gap == 0 {
        return unexpected(text, at(from), "a space after the offset");
    }
    let mut count = 0usize;
    loop {
        if cap.is_some_and(|c| count >= c) {
            break;
        }
        let run = hex_run(line, i);
        let end = i.saturating_add(run);
        if run == 0 {
            return unexpected(text, at(end), "a hex digit");
        }
        if !matches!(line.get(end), None | Some(b' ' | b'\t')) {
            return unexpected(text, at(end), "a hex digit or a space");
        }
        if !run.is_multiple_of(2) {
            return fail(InputErrorKind::OddHexDigits, at(i));
        }
        let digits = line.get(i..end).unwrap_or_default();
        for (k, pair) in digits.chunks_exact(2).enumerate() {
            if let [h, l] = *pair {
                let byte = (hex_value(h).unwrap_or(0) << 4) | hex_value(l).unwrap_or(0);
                sink.push(byte, Some(at(i.saturating_add(k.saturating_mul(2)))))?;
            }
        }
        count = count.saturating_add(run / 2);
        let gap_len = run_len(line, end, is_blank);
        let next = end.saturating_add(gap_len);
        if next >= line.len() {
            break;
        }
        let gap_text = line.get(end..next).unwrap_or_default();
        let single = gap_text == b" ";
        let go_on = match style {
            Dump::Xxd => single,
            Dump::HexDump => single || (gap_text == b"  " && count == 8 && is_group(line, next)),
        };
        if !go_on {
            break;
        }
        i = next;
    }
    Ok(count)
}

// ---------------------------------------------------------------------------------------
// Byte arrays

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// A number literal: a digit, then letters, digits and `_`.
    Num,
    /// An identifier.
    Word,
    Minus,
    Comma,
    LParen,
    RParen,
    Open(u8),
    Close(u8),
    Other,
    End,
}

#[derive(Clone, Copy)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

#[derive(Clone)]
struct Lexer<'t> {
    text: &'t [u8],
    pos: usize,
}

impl Lexer<'_> {
    /// Skips whitespace and comments (`//`, `#` to the end of the line; `/* */`).
    fn skip(&mut self) {
        loop {
            let rest = self.text.get(self.pos..).unwrap_or_default();
            let skip = match rest {
                [b, ..] if b.is_ascii_whitespace() => 1,
                [b'/', b'/', ..] | [b'#', ..] => {
                    rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
                }
                [b'/', b'*', ..] => rest
                    .windows(2)
                    .skip(2)
                    .position(|w| w == b"*/")
                    .map_or(rest.len(), |p| p.saturating_add(4)),
                _ => return,
            };
            self.pos = self.pos.saturating_add(skip);
        }
    }

    fn next(&mut self) -> Token {
        self.skip();
        let start = self.pos;
        let Some(&c) = self.text.get(start) else {
            return Token {
                tok: Tok::End,
                start,
                end: start,
            };
        };
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let (tok, len) = match c {
            b'0'..=b'9' => (Tok::Num, run_len(self.text, start, word)),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => (Tok::Word, run_len(self.text, start, word)),
            b'-' => (Tok::Minus, 1),
            b',' => (Tok::Comma, 1),
            b'(' => (Tok::LParen, 1),
            b')' => (Tok::RParen, 1),
            b'{' | b'[' => (Tok::Open(c), 1),
            b'}' | b']' => (Tok::Close(c), 1),
            _ => (Tok::Other, 1),
        };
        self.pos = start.saturating_add(len);
        Token {
            tok,
            start,
            end: self.pos,
        }
    }

    fn peek(&self) -> Token {
        self.clone().next()
    }
}

/// Type suffixes allowed after an element: Rust, C, C#, F#.
const SUFFIXES: [&[u8]; 10] = [
    b"u8", b"i8", b"u", b"U", b"l", b"L", b"ul", b"UL", b"uy", b"y",
];

fn byte_array(text: &[u8], sink: &mut Sink<'_>) -> Res<()> {
    // The list opens at the first `{`; else at the first `[` that an element follows; else
    // at the first `[]`; else the whole text is the list. Before it is a declaration.
    let mut lx = Lexer { text, pos: 0 };
    let mut brace: Option<Lexer<'_>> = None;
    let mut square: Option<Lexer<'_>> = None;
    let mut square_empty: Option<Lexer<'_>> = None;
    loop {
        let t = lx.next();
        match t.tok {
            Tok::End => break,
            Tok::Open(b'{') => {
                brace = Some(lx.clone());
                break;
            }
            Tok::Open(_) => match lx.peek().tok {
                Tok::Num | Tok::Minus | Tok::LParen if square.is_none() => {
                    square = Some(lx.clone());
                }
                Tok::Close(b']') if square_empty.is_none() => {
                    square_empty = Some(lx.clone());
                }
                _ => {}
            },
            _ => {}
        }
    }
    let (mut lx, close) = match (brace, square.or(square_empty)) {
        (Some(l), _) => (l, Some(b'}')),
        (None, Some(l)) => (l, Some(b']')),
        (None, None) => (Lexer { text, pos: 0 }, None),
    };
    let expected_close = if close == Some(b'}') {
        "',' or '}'"
    } else if close == Some(b']') {
        "',' or ']'"
    } else {
        "','"
    };
    let mut first = true;
    loop {
        let mut t = lx.next();
        match t.tok {
            Tok::Close(c) if Some(c) == close => break,
            Tok::End if close.is_none() => break,
            _ => {}
        }
        // Casts: `(byte)`, `(unsigned char)`.
        while t.tok == Tok::LParen {
            let mut words = 0usize;
            let mut u = lx.next();
            while u.tok == Tok::Word {
                words = words.saturating_add(1);
                u = lx.next();
            }
            if words == 0 || u.tok != Tok::RParen {
                return unexpected(text, u.start, "a type name and ')' in a cast");
            }
            t = lx.next();
        }
        let minus = if t.tok == Tok::Minus {
            let at = t.start;
            t = lx.next();
            Some(at)
        } else {
            None
        };
        if t.tok != Tok::Num {
            return unexpected(text, t.start, "a byte value");
        }
        let only = close.is_none() && first && minus.is_none() && lx.peek().tok == Tok::End;
        let literal = text.get(t.start..t.end).unwrap_or_default();
        element(text, literal, t.start, minus, only, sink)?;
        first = false;
        let sep = lx.peek();
        match sep.tok {
            Tok::Comma => {
                lx.next();
            }
            Tok::Close(c) if Some(c) == close => {}
            Tok::End if close.is_none() => {}
            // Elements separated by whitespace only (`[32 2 6]`, `0x20 0x02`).
            Tok::Num | Tok::Minus | Tok::LParen => {}
            _ => return unexpected(text, sep.start, expected_close),
        }
    }
    // After the list: a declaration's end (`;`, `xxd -i`'s length line) is ignored; more
    // hex literals mean a second list, which is not read silently.
    if close.is_some() {
        loop {
            let t = lx.next();
            match t.tok {
                Tok::End => break,
                Tok::Num
                    if matches!(
                        text.get(t.start..t.start.saturating_add(2)),
                        Some(b"0x" | b"0X")
                    ) =>
                {
                    return unexpected(text, t.start, "nothing more after the list of bytes");
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Writes one element: `0xHH`, decimal, `-N` (a signed byte), with a type suffix. A lone
/// `0x` literal with more than two digits (`only`) is a hex stream (`0x2002060000`).
fn element(
    text: &[u8],
    literal: &[u8],
    at: usize,
    minus: Option<usize>,
    only: bool,
    sink: &mut Sink<'_>,
) -> Res<()> {
    let is_hex = matches!(literal.get(..2), Some(b"0x" | b"0X"));
    let skip = if is_hex { 2 } else { 0 };
    let body = literal.get(skip..).unwrap_or_default();
    let digit = |b: u8| {
        b == b'_'
            || if is_hex {
                hex_value(b).is_some()
            } else {
                b.is_ascii_digit()
            }
    };
    let digits_len = run_len(body, 0, digit);
    let digits = body.get(..digits_len).unwrap_or_default();
    let suffix = body.get(digits_len..).unwrap_or_default();
    let suffix_at = at.saturating_add(skip).saturating_add(digits_len);
    let significant = || digits.iter().copied().filter(|&b| b != b'_');
    let count = significant().count();
    if count == 0 {
        return unexpected(text, suffix_at, "a digit");
    }
    if !suffix.is_empty() && !SUFFIXES.contains(&suffix) {
        let expected = if is_hex {
            "a hex digit or a type suffix such as u8"
        } else {
            "a digit or a type suffix such as u8"
        };
        return unexpected(text, suffix_at, expected);
    }
    if is_hex && only && suffix.is_empty() && count > 2 && count.is_multiple_of(2) {
        let mut high: Option<u8> = None;
        for (k, b) in digits.iter().copied().enumerate() {
            let Some(v) = hex_value(b) else { continue };
            match high.take() {
                None => high = Some(v),
                Some(h) => sink.push(
                    (h << 4) | v,
                    Some(at.saturating_add(skip).saturating_add(k)),
                )?,
            }
        }
        return Ok(());
    }
    if !is_hex && count > 1 && digits.first() == Some(&b'0') {
        return fail(InputErrorKind::LeadingZero, at);
    }
    let radix: u32 = if is_hex { 16 } else { 10 };
    let value = significant().fold(0u32, |acc, b| {
        let d = u32::from(hex_value(b).unwrap_or(0));
        acc.saturating_mul(radix).saturating_add(d)
    });
    let byte = match minus {
        None => u8::try_from(value).ok(),
        Some(_) if value == 0 => Some(0),
        Some(_) => 256u32
            .checked_sub(value)
            .filter(|v| (128..=255).contains(v))
            .and_then(|v| u8::try_from(v).ok()),
    };
    let Some(byte) = byte else {
        return fail(InputErrorKind::ByteOutOfRange, minus.unwrap_or(at));
    };
    sink.push(byte, Some(minus.unwrap_or(at)))
}

fn has_hex_literal(text: &[u8]) -> bool {
    text.windows(3).enumerate().any(|(i, w)| {
        matches!(w, [b'0', b'x' | b'X', d] if hex_value(*d).is_some())
            && i.checked_sub(1)
                .and_then(|p| text.get(p))
                .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
    })
}

/// Whether every non-blank line is one `0x` literal (`0x20` per line, or one long
/// `0x2002...` stream), which also has the shape of base64.
fn every_line_a_literal(text: &[u8]) -> bool {
    lines(text)
        .map(|(_, l)| trim(l))
        .filter(|l| !l.is_empty())
        .all(|l| {
            matches!(l.get(..2), Some(b"0x" | b"0X"))
                && l.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

// ---------------------------------------------------------------------------------------
// Base64

fn base64_value(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Base64Shape {
    /// Alphabet, padding at the end only, whole groups of 4, no blank inside a line.
    Valid,
    /// Alphabet and `=` only, no blank inside a line, but not whole groups.
    AlphabetOnly,
    No,
}

fn base64_shape(text: &[u8]) -> Base64Shape {
    let mut symbols = 0usize;
    let mut padding = 0usize;
    let mut padding_ok = true;
    for (_, line) in lines(text) {
        let line = trim(line);
        for &b in line {
            if b == b'=' {
                padding = padding.saturating_add(1);
            } else if base64_value(b).is_some() {
                if padding > 0 {
                    padding_ok = false;
                }
            } else {
                return Base64Shape::No;
            }
            symbols = symbols.saturating_add(1);
        }
    }
    if padding_ok && padding <= 2 && symbols.is_multiple_of(4) {
        Base64Shape::Valid
    } else {
        Base64Shape::AlphabetOnly
    }
}

fn base64(text: &[u8], sink: &mut Sink<'_>) -> Res<()> {
    let mut group = [0u8; 4];
    let mut n = 0usize;
    let mut padding = 0usize;
    let mut group_at = 0usize;
    let mut ended = false;
    for (i, &c) in text.iter().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        if ended {
            return unexpected(text, i, "the end of the text after the '=' padding");
        }
        let value = if c == b'=' {
            if n < 2 {
                return unexpected(
                    text,
                    i,
                    "a base64 character ('=' pads only the last 1 or 2 of a group)",
                );
            }
            padding = padding.saturating_add(1);
            0
        } else if let Some(v) = base64_value(c) {
            if padding > 0 {
                return unexpected(text, i, "'=' (padding ends the text)");
            }
            v
        } else {
            return unexpected(text, i, "a base64 character");
        };
        if n == 0 {
            group_at = i;
        }
        if let Some(slot) = group.get_mut(n) {
            *slot = value;
        }
        n = n.saturating_add(1);
        if n == 4 {
            let [a, b, c, d] = group;
            let bytes = [(a << 2) | (b >> 4), (b << 4) | (c >> 2), (c << 6) | d];
            let keep = 3usize.saturating_sub(padding);
            for &byte in bytes.get(..keep).unwrap_or_default() {
                sink.push(byte, Some(group_at))?;
            }
            ended = padding > 0;
            n = 0;
        }
    }
    if n != 0 {
        return fail(InputErrorKind::Base64Length, group_at);
    }
    Ok(())
}
