//! A sans-IO streaming decoder for the response stream, and the matching writer
//! ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7, 3.2.5.2; chunked transfer coding: RFC 9112 7.1).
//!
//! [`ResponseStream`](super::ResponseStream) decodes a whole de-chunked buffer. A client
//! reading from a socket gets the stream in pieces, usually still wrapped in HTTP/1.1
//! chunked transfer coding. [`StreamDecoder`] takes those pieces as they come, of any size,
//! and reports what it found one [`Event`] at a time:
//!
//! ```text
//! Processing, Pending…, Done, Header…, HeadersEnd, Body…, [Trailer…], End
//! ```
//!
//! It never allocates and holds only fixed-size state: a [`MAX_LINE_LEN`]-byte buffer for a
//! meta-tag, header or trailer line that is split between pieces (or between chunks).
//! Body bytes are never copied: [`Event::Body`] borrows the piece that was fed.
//!
//! "Need more input" is not an error: [`StreamDecoder::feed`] returns `None` after
//! consuming the whole piece. Only [`StreamDecoder::finish`], called at the end of input,
//! turns an unfinished stream into [`ErrorKind::Truncated`]. Errors carry the absolute
//! offset in everything fed so far (chunk framing included).
//!
//! ```
//! use ropwire::mapihttp::streaming::{Event, Framing, StreamDecoder};
//!
//! let wire = b"C\r\nPROCESSING\r\n\r\n9\r\nPENDING\r\n\r\n\
//!              1B\r\nDONE\r\nX-ResponseCode: 0\r\n\r\n\r\n\
//!              3;ext=1\r\nabc\r\n0\r\n\r\n";
//! let mut dec = StreamDecoder::new(Framing::Chunked);
//! let (mut tags, mut headers, mut body) = (0, 0, Vec::new());
//! // Feed in 5-byte pieces, as a socket might deliver them.
//! for mut piece in wire.chunks(5) {
//!     loop {
//!         let (used, event) = dec.feed(piece).unwrap();
//!         piece = &piece[used..];
//!         match event {
//!             None => break,
//!             Some(Event::Processing | Event::Pending { .. } | Event::Done) => tags += 1,
//!             Some(Event::Header(h)) => { assert!(h.is("X-ResponseCode")); headers += 1 }
//!             Some(Event::Body(bytes)) => body.extend_from_slice(bytes),
//!             Some(_) => {}
//!         }
//!     }
//! }
//! dec.finish().unwrap();
//! assert_eq!((tags, headers, &body[..]), (3, 1, &b"abc"[..]));
//! ```

use core::fmt;

use super::stream::{TAG_WINDOW, TagMatch, match_tag};
use super::{Header, HeaderBlock, MetaTag, header_name, write_done};
use crate::error::{DecodeError, EncodeError, ErrorKind};
use crate::wire::{Encode, Writer};

const CRLF: &[u8] = b"\r\n";

/// Longest meta-tag, header or trailer line the decoder accepts, CRLF excluded; also the
/// longest chunk-size line (RFC 9112 7.1.1 asks recipients to limit chunk extensions).
pub const MAX_LINE_LEN: usize = 1024;

/// Most significant hex digits in a chunk-size (leading zeros are free): sizes stay below
/// 4 GiB and never overflow (RFC 9112 7.1).
pub const MAX_CHUNK_SIZE_DIGITS: u8 = 8;

/// Most headers [`write_done_with_times`] takes from the caller, besides the two it adds
/// ([MS-OXCMAPIHTTP] 2.2.3.3).
pub const MAX_DONE_HEADERS: usize = 14;

/// How the response body is framed on the wire ([MS-OXCMAPIHTTP] 2.2.2.2, 3.2.5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Framing {
    /// `Transfer-Encoding: chunked` (RFC 9112 7.1): chunk-size lines with optional
    /// extensions, chunk data, a last chunk, trailer fields and a final CRLF.
    Chunked,
    /// Already de-chunked (or sent with `Content-Length`): the stream ends where the
    /// input ends, which the caller signals with [`StreamDecoder::finish`].
    Identity,
}

/// One thing found in the stream, in wire order ([MS-OXCMAPIHTTP] 2.2.7).
///
/// `'s` borrows the decoder (a line split between pieces is reassembled in it) or the
/// input, and lasts until the next call; `'b` borrows only the input piece, so body
/// slices may be kept for as long as the piece lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'s, 'b> {
    /// The `PROCESSING` meta-tag ([MS-OXCMAPIHTTP] 2.2.7).
    Processing,
    /// A `PENDING` keep-alive ([MS-OXCMAPIHTTP] 2.2.7, 3.2.5.2). `crlf` is false for the
    /// form gromox sends, `PENDING` glued to the next meta-tag without its CRLF.
    Pending {
        /// Whether a CRLF ended the line ([MS-OXCMAPIHTTP] 2.2.7).
        crlf: bool,
    },
    /// The `DONE` meta-tag; additional headers follow ([MS-OXCMAPIHTTP] 2.2.7).
    Done,
    /// One additional header line after `DONE`, validated as
    /// [`ResponseStream`](super::ResponseStream) does ([MS-OXCMAPIHTTP] 2.2.2.2).
    Header(Header<'s>),
    /// The empty line after the additional headers; the body follows
    /// ([MS-OXCMAPIHTTP] 2.2.2.2).
    HeadersEnd,
    /// A run of body bytes, borrowed from the input ([MS-OXCMAPIHTTP] 2.2.2.2).
    Body(&'b [u8]),
    /// A trailer field after the last chunk (RFC 9112 7.1.2), checked like a header line.
    Trailer(Header<'s>),
    /// The chunked body is complete (RFC 9112 7.1): nothing more is consumed. In identity
    /// framing the end is the successful [`StreamDecoder::finish`] instead.
    End,
}

impl fmt::Display for Event<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Processing => f.write_str("PROCESSING"),
            Event::Pending { crlf: true } => f.write_str("PENDING"),
            Event::Pending { crlf: false } => f.write_str("PENDING (no CRLF)"),
            Event::Done => f.write_str("DONE"),
            Event::Header(h) => write!(f, "header {}: {}", h.name, h.value),
            Event::HeadersEnd => f.write_str("end of headers"),
            Event::Body(b) => write!(f, "{} body byte(s)", b.len()),
            Event::Trailer(h) => write!(f, "trailer {}: {}", h.name, h.value),
            Event::End => f.write_str("end"),
        }
    }
}

use super::stream::{check_line, is_forbidden, is_ows, is_tchar};

fn invalid(offset: usize, field: &'static str) -> DecodeError {
    DecodeError {
        offset,
        kind: ErrorKind::InvalidValue { field },
    }
}

fn too_large(offset: usize, field: &'static str) -> DecodeError {
    DecodeError {
        offset,
        kind: ErrorKind::CountTooLarge { field },
    }
}

fn truncated(offset: usize, needed: usize) -> DecodeError {
    DecodeError {
        offset,
        kind: ErrorKind::Truncated { needed },
    }
}

/// A text line being assembled (meta-tag, header or trailer).
#[derive(Clone)]
struct Line {
    buf: [u8; MAX_LINE_LEN],
    /// Content bytes held in `buf` (CR excluded).
    len: usize,
    /// Whether any byte of the line has been seen (`start` is valid).
    started: bool,
    /// Absolute offset of the line's first byte.
    start: usize,
    /// Absolute offset of a CR still waiting for its LF.
    cr: Option<usize>,
    /// Whether a colon has been seen.
    colon: bool,
    /// Absolute offset of the byte after the first colon, once it has arrived.
    value_at: Option<usize>,
    /// The previous line is complete (and maybe still lent out); clear before reuse.
    done: bool,
}

/// Where the content of a completed line is.
#[derive(Debug, Clone, Copy)]
enum LineSrc {
    /// `input[start..end]` of the current call.
    Input(usize, usize),
    /// The decoder's line buffer.
    Buffer,
}

/// Outcome of scanning bytes of a header or trailer line.
enum LineScan {
    /// The line ended: `used` bytes of the data were consumed (through the LF); its content
    /// in this data is `data[..content_end]`.
    Complete { used: usize, content_end: usize },
    /// All of the data was consumed; the line goes on.
    More,
}

impl Line {
    const fn new() -> Self {
        Line {
            buf: [0; MAX_LINE_LEN],
            len: 0,
            started: false,
            start: 0,
            cr: None,
            colon: false,
            value_at: None,
            done: false,
        }
    }

    fn reset(&mut self) {
        self.len = 0;
        self.started = false;
        self.cr = None;
        self.colon = false;
        self.value_at = None;
        self.done = false;
    }

    fn content(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }

    /// Where the line begins, or `fallback` if nothing of it has arrived.
    fn start_or(&self, fallback: usize) -> usize {
        if self.started { self.start } else { fallback }
    }

    fn begin(&mut self, at: usize) {
        if !self.started {
            self.started = true;
            self.start = at;
        }
    }

    fn append(&mut self, bytes: &[u8]) -> Result<(), DecodeError> {
        let end = self.len.saturating_add(bytes.len());
        match self.buf.get_mut(self.len..end) {
            Some(dst) => {
                dst.copy_from_slice(bytes);
                self.len = end;
                Ok(())
            }
            None => Err(too_large(self.start, "line (longer than MAX_LINE_LEN)")),
        }
    }

    /// Scans header-line bytes with the whole-buffer decoder's rules (CRLF ends the line; a
    /// bare CR or LF or a control character is invalid) plus the length limit. `at` is the
    /// absolute offset of `data[0]`.
    fn scan(&mut self, data: &[u8], at: usize) -> Result<LineScan, DecodeError> {
        let Some(&first) = data.first() else {
            return Ok(LineScan::More);
        };
        if let Some(cr) = self.cr {
            return if first == b'\n' {
                Ok(LineScan::Complete {
                    used: 1,
                    content_end: 0,
                })
            } else {
                Err(invalid(cr, "header line (CR without LF)"))
            };
        }
        self.begin(at);
        if self.colon && self.value_at.is_none() {
            self.value_at = Some(at);
        }
        // Content runs to the first CR, LF or other control character (HTAB is allowed).
        let special = data.iter().position(|&b| is_forbidden(b));
        let content_end = special.unwrap_or(data.len());
        if self.len.saturating_add(content_end) > MAX_LINE_LEN {
            return Err(too_large(
                self.start,
                "header line (longer than MAX_LINE_LEN)",
            ));
        }
        let content = data.get(..content_end).unwrap_or_default();
        if !self.colon
            && let Some(c) = content.iter().position(|&b| b == b':')
        {
            self.colon = true;
            let next = c.saturating_add(1);
            if next < data.len() {
                self.value_at = Some(at.saturating_add(next));
            }
        }
        let Some(i) = special else {
            self.append(content)?;
            return Ok(LineScan::More);
        };
        let here = at.saturating_add(i);
        match data.get(i) {
            Some(b'\r') => match data.get(i.saturating_add(1)) {
                Some(b'\n') => Ok(LineScan::Complete {
                    used: i.saturating_add(2),
                    content_end,
                }),
                Some(_) => Err(invalid(here, "header line (CR without LF)")),
                None => {
                    self.cr = Some(here);
                    self.append(content)?;
                    Ok(LineScan::More)
                }
            },
            Some(b'\n') => Err(invalid(here, "header line (LF without CR)")),
            _ => Err(invalid(here, "header line (control character)")),
        }
    }

    /// Finishes a line whose content ends at `data[..content_end]`: returns where the whole
    /// content is, after checking it with `check_line` (`None` for the empty line).
    fn complete(
        &mut self,
        data: &[u8],
        content_end: usize,
        index: usize,
    ) -> Result<Option<LineSrc>, DecodeError> {
        let tail = data.get(..content_end).unwrap_or_default();
        let src = if self.len == 0 {
            LineSrc::Input(index, index.saturating_add(tail.len()))
        } else {
            self.append(tail)?;
            LineSrc::Buffer
        };
        let content = match src {
            LineSrc::Input(..) => tail,
            LineSrc::Buffer => self.content(),
        };
        if content.is_empty() {
            self.reset();
            return Ok(None);
        }
        if let Err((at, field)) = check_line(content) {
            // `check_line` reports the line start or the byte after the colon (other
            // positions are caught byte by byte in `scan`); both are tracked exactly even
            // when chunk framing splits the line.
            let value_at = content
                .iter()
                .position(|&b| b == b':')
                .map(|c| c.saturating_add(1));
            let offset = match (value_at, self.value_at) {
                (Some(v), Some(raw)) if at >= v => raw.saturating_add(at.saturating_sub(v)),
                _ => self.start.saturating_add(at),
            };
            return Err(invalid(offset, field));
        }
        self.done = true;
        Ok(Some(src))
    }
}

/// Where the de-chunked stream is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Meta-tags; whether the first (`PROCESSING`) has been seen.
    Tags { processing: bool },
    /// Additional headers after `DONE`.
    Headers,
    /// Body bytes to the end.
    Body,
}

/// Position inside a chunk-size line (RFC 9112 7.1, 7.1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SizeState {
    /// Hex digits of chunk-size.
    Digits,
    /// Whitespace after the size or an extension: only `;` may follow.
    Bws,
    /// After `;` (and whitespace): an extension name must start.
    NameStart,
    /// Inside an extension name.
    Name,
    /// Whitespace after a name: `=` or `;`.
    NameBws,
    /// After `=` (and whitespace): a value must start.
    ValueStart,
    /// Inside a token value.
    Token,
    /// Inside a quoted-string value.
    Quoted,
    /// After a backslash in a quoted string.
    Escape,
    /// After the closing quote.
    QuotedEnd,
    /// CR seen; LF must follow.
    Cr,
}

/// A chunk-size line being parsed (no buffering: a state machine).
#[derive(Debug, Clone, Copy)]
struct SizeLine {
    state: SizeState,
    size: u64,
    digits: bool,
    significant: u8,
    len: usize,
    started: bool,
    start: usize,
}

impl SizeLine {
    const fn new() -> Self {
        SizeLine {
            state: SizeState::Digits,
            size: 0,
            digits: false,
            significant: 0,
            len: 0,
            started: false,
            start: 0,
        }
    }

    /// The fewest bytes that could still complete the line.
    fn needed(&self) -> usize {
        match self.state {
            SizeState::Cr => 1,
            SizeState::Digits if !self.digits => 3,
            SizeState::Bws => 4,
            SizeState::NameStart | SizeState::ValueStart | SizeState::Quoted => 3,
            SizeState::Escape => 4,
            _ => 2,
        }
    }

    /// Feeds bytes; returns how many were used and whether the line ended (LF consumed).
    fn scan(&mut self, data: &[u8], at: usize) -> Result<(usize, bool), DecodeError> {
        use SizeState as S;
        for (i, &b) in data.iter().enumerate() {
            let here = at.saturating_add(i);
            if !self.started {
                self.started = true;
                self.start = here;
            }
            if self.state == S::Cr {
                if b != b'\n' {
                    return Err(invalid(here, "chunk-size line (CR without LF)"));
                }
                return Ok((i.saturating_add(1), true));
            }
            if b != b'\r' {
                self.len = self.len.saturating_add(1);
            }
            if self.len > MAX_LINE_LEN {
                return Err(too_large(
                    self.start,
                    "chunk-size line (longer than MAX_LINE_LEN)",
                ));
            }
            let ws = is_ows(b);
            let after_value = || -> Result<SizeState, DecodeError> {
                match b {
                    b'\r' => Ok(S::Cr),
                    b';' => Ok(S::NameStart),
                    _ if ws => Ok(S::Bws),
                    _ => Err(invalid(here, "chunk-ext (expected ';' or CRLF)")),
                }
            };
            self.state = match self.state {
                S::Digits => match (b as char).to_digit(16) {
                    Some(d) => {
                        self.digits = true;
                        if self.size != 0 || d != 0 {
                            self.significant = self.significant.saturating_add(1);
                            if self.significant > MAX_CHUNK_SIZE_DIGITS {
                                return Err(too_large(
                                    self.start,
                                    "chunk-size (more than MAX_CHUNK_SIZE_DIGITS hex digits)",
                                ));
                            }
                        }
                        self.size = self
                            .size
                            .checked_mul(16)
                            .and_then(|s| s.checked_add(u64::from(d)))
                            .ok_or_else(|| too_large(self.start, "chunk-size (overflow)"))?;
                        S::Digits
                    }
                    None if self.digits && (b == b'\r' || b == b';' || ws) => after_value()?,
                    None => return Err(invalid(here, "chunk-size (not a hex digit)")),
                },
                S::Bws => match b {
                    b';' => S::NameStart,
                    _ if ws => S::Bws,
                    _ => return Err(invalid(here, "chunk-ext (expected ';' after whitespace)")),
                },
                S::NameStart => match b {
                    _ if ws => S::NameStart,
                    _ if is_tchar(b) => S::Name,
                    _ => return Err(invalid(here, "chunk-ext-name (not a token)")),
                },
                S::Name => match b {
                    _ if is_tchar(b) => S::Name,
                    b'=' => S::ValueStart,
                    _ if ws => S::NameBws,
                    _ => after_value()?,
                },
                S::NameBws => match b {
                    b'=' => S::ValueStart,
                    b';' => S::NameStart,
                    _ if ws => S::NameBws,
                    _ => return Err(invalid(here, "chunk-ext (expected '=' or ';')")),
                },
                S::ValueStart => match b {
                    _ if ws => S::ValueStart,
                    b'"' => S::Quoted,
                    _ if is_tchar(b) => S::Token,
                    _ => {
                        return Err(invalid(
                            here,
                            "chunk-ext-val (not a token or quoted-string)",
                        ));
                    }
                },
                S::Token => match b {
                    _ if is_tchar(b) => S::Token,
                    _ => after_value()?,
                },
                S::Quoted => match b {
                    b'"' => S::QuotedEnd,
                    b'\\' => S::Escape,
                    b'\t' | b' ' | 0x21 | 0x23..=0x5B | 0x5D..=0x7E | 0x80..=0xFF => S::Quoted,
                    _ => return Err(invalid(here, "chunk-ext-val (bad quoted-string)")),
                },
                S::Escape => match b {
                    b'\t' | b' ' | 0x21..=0x7E | 0x80..=0xFF => S::Quoted,
                    _ => return Err(invalid(here, "chunk-ext-val (bad quoted-pair)")),
                },
                S::QuotedEnd => after_value()?,
                S::Cr => S::Cr,
            };
        }
        Ok((data.len(), false))
    }
}

/// Where the chunked framing is (RFC 9112 7.1).
#[derive(Debug, Clone, Copy)]
enum Chunk {
    /// A chunk-size line.
    Size(SizeLine),
    /// Chunk data, this many bytes left (never 0).
    Data(u64),
    /// The CR after chunk data.
    DataCr,
    /// The LF after chunk data.
    DataLf,
    /// Trailer fields after the last chunk, up to the final empty line.
    Trailers,
    /// The final CRLF has been consumed.
    Complete,
}

/// What one step found, before it is turned into an [`Event`] borrowing the decoder.
#[derive(Debug, Clone, Copy)]
enum Found {
    /// A meta-tag and whether a CRLF ended it.
    Tag(MetaTag, bool),
    Line {
        trailer: bool,
        src: LineSrc,
    },
    HeadersEnd,
    Body(usize, usize),
    End,
}

/// Incremental, sans-IO decoder of the response stream ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7)
/// in [`Framing::Chunked`] (RFC 9112 7.1) or [`Framing::Identity`].
///
/// Feed pieces with [`feed`](Self::feed) until it returns `None`, then feed the next
/// piece; call [`finish`](Self::finish) at the end of input. The validation rules are
/// those of [`ResponseStream`](super::ResponseStream) (`PROCESSING` first, then `PENDING`s
/// — with or without CRLF — and repeated `PROCESSING`s, then `DONE`; header-line syntax),
/// plus [`MAX_LINE_LEN`]. In identity framing
/// the outcome for any input, split anyhow, equals `ResponseStream::decode` on the
/// whole input (same error offsets and kinds) unless a line exceeds [`MAX_LINE_LEN`].
/// After an error every call returns the same error.
#[derive(Clone)]
pub struct StreamDecoder {
    framing: Framing,
    phase: Phase,
    chunk: Chunk,
    line: Line,
    offset: usize,
    failed: Option<DecodeError>,
    finished: bool,
}

impl fmt::Debug for StreamDecoder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamDecoder")
            .field("framing", &self.framing)
            .field("phase", &self.phase)
            .field("chunk", &self.chunk)
            .field("line_len", &self.line.len)
            .field("offset", &self.offset)
            .field("failed", &self.failed)
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl StreamDecoder {
    /// A decoder at the start of a response body ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub const fn new(framing: Framing) -> Self {
        StreamDecoder {
            framing,
            phase: Phase::Tags { processing: false },
            chunk: Chunk::Size(SizeLine::new()),
            line: Line::new(),
            offset: 0,
            failed: None,
            finished: false,
        }
    }

    /// The framing chosen at construction ([MS-OXCMAPIHTTP] 3.2.5.2).
    pub const fn framing(&self) -> Framing {
        self.framing
    }

    /// Bytes consumed so far: the absolute offset of the next byte to feed
    /// ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// Whether the body has started, i.e. [`Event::HeadersEnd`] was reported
    /// ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub fn in_body(&self) -> bool {
        self.phase == Phase::Body
    }

    /// Whether the stream is complete: [`Event::End`] was reported (chunked) or
    /// [`finish`](Self::finish) succeeded (RFC 9112 7.1).
    pub fn is_complete(&self) -> bool {
        self.finished || matches!(self.chunk, Chunk::Complete)
    }

    /// Decodes from the front of `input` up to the next event ([MS-OXCMAPIHTTP] 2.2.7).
    ///
    /// Returns the bytes consumed and the event, if one was completed. `None` means more
    /// input is needed and the whole piece was consumed (partial lines are kept inside the
    /// decoder), except once the chunked body is complete: then nothing more is consumed
    /// and what is left belongs to whatever follows the message. On `Some`, call again
    /// with the rest of the piece.
    pub fn feed<'s, 'b: 's>(
        &'s mut self,
        input: &'b [u8],
    ) -> Result<(usize, Option<Event<'s, 'b>>), DecodeError> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        if self.finished {
            return if input.is_empty() {
                Ok((0, None))
            } else {
                Err(DecodeError {
                    offset: self.offset,
                    kind: ErrorKind::TrailingBytes,
                })
            };
        }
        if self.line.done {
            self.line.reset();
        }
        match self.step(input) {
            Err(e) => {
                self.failed = Some(e);
                Err(e)
            }
            Ok((used, found)) => {
                self.offset = self.offset.saturating_add(used);
                let this: &'s Self = self;
                Ok((used, found.map(|f| this.event(f, input))))
            }
        }
    }

    /// Signals the end of input ([MS-OXCMAPIHTTP] 2.2.2.2; RFC 9112 7.1).
    ///
    /// In identity framing the body ends here: `Ok` once the headers have ended. In
    /// chunked framing `Ok` only after [`Event::End`]. Otherwise the stream is unfinished:
    /// [`ErrorKind::Truncated`] at the start of the incomplete line or field (or an invalid
    /// meta-tag prefix, as the whole-buffer decoder reports it).
    pub fn finish(&mut self) -> Result<(), DecodeError> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        if self.line.done {
            self.line.reset();
        }
        let result = match (self.framing, self.chunk) {
            (Framing::Identity, _) => self.inner_end(self.offset),
            (Framing::Chunked, Chunk::Complete) => Ok(()),
            (Framing::Chunked, Chunk::Size(s)) => Err(truncated(
                if s.started { s.start } else { self.offset },
                s.needed(),
            )),
            (Framing::Chunked, Chunk::Data(left)) => Err(truncated(
                self.offset,
                usize::try_from(left).unwrap_or(usize::MAX),
            )),
            (Framing::Chunked, Chunk::DataCr) => Err(truncated(self.offset, 2)),
            (Framing::Chunked, Chunk::DataLf) => Err(truncated(self.offset, 1)),
            (Framing::Chunked, Chunk::Trailers) => Err(truncated(
                self.line.start_or(self.offset),
                if self.line.cr.is_some() { 1 } else { 2 },
            )),
        };
        match result {
            Ok(()) => self.finished = true,
            Err(e) => self.failed = Some(e),
        }
        result
    }

    fn event<'s, 'b: 's>(&'s self, found: Found, input: &'b [u8]) -> Event<'s, 'b> {
        match found {
            Found::Tag(MetaTag::Processing, _) => Event::Processing,
            Found::Tag(MetaTag::Pending, crlf) => Event::Pending { crlf },
            Found::Tag(MetaTag::Done, _) => Event::Done,
            Found::Line { trailer, src } => {
                let bytes: &'s [u8] = match src {
                    LineSrc::Input(a, b) => input.get(a..b).unwrap_or_default(),
                    LineSrc::Buffer => self.line.content(),
                };
                // `check_line` passed: a token name, a colon, OWS and a UTF-8 value, so the
                // whole line is UTF-8 and splits at its first colon as `split_line` does.
                let text = core::str::from_utf8(bytes).unwrap_or_default();
                let (name, value) = text.split_once(':').unwrap_or((text, ""));
                let header = Header {
                    name,
                    value: value.trim_matches(|c| c == ' ' || c == '\t'),
                };
                if trailer {
                    Event::Trailer(header)
                } else {
                    Event::Header(header)
                }
            }
            Found::HeadersEnd => Event::HeadersEnd,
            Found::Body(a, b) => Event::Body(input.get(a..b).unwrap_or_default()),
            Found::End => Event::End,
        }
    }

    /// One step over `input`: consumed bytes and what was found, if anything.
    fn step(&mut self, input: &[u8]) -> Result<(usize, Option<Found>), DecodeError> {
        let base = self.offset;
        if self.framing == Framing::Identity {
            return self.inner(input, base, 0);
        }
        let mut pos = 0usize;
        loop {
            let rest = input.get(pos..).unwrap_or_default();
            let at = base.saturating_add(pos);
            match self.chunk {
                Chunk::Complete => return Ok((pos, None)),
                _ if rest.is_empty() => return Ok((pos, None)),
                Chunk::Data(left) => {
                    let n = usize::try_from(left).map_or(rest.len(), |l| l.min(rest.len()));
                    let data = rest.get(..n).unwrap_or_default();
                    let (used, found) = self.inner(data, at, pos)?;
                    pos = pos.saturating_add(used);
                    let left = left.saturating_sub(used as u64);
                    self.chunk = if left == 0 {
                        Chunk::DataCr
                    } else {
                        Chunk::Data(left)
                    };
                    if found.is_some() {
                        return Ok((pos, found));
                    }
                }
                Chunk::DataCr | Chunk::DataLf => {
                    let (want, next) = match self.chunk {
                        Chunk::DataCr => (b'\r', Chunk::DataLf),
                        _ => (b'\n', Chunk::Size(SizeLine::new())),
                    };
                    if rest.first() != Some(&want) {
                        return Err(invalid(at, "chunk-data (no CRLF after the data)"));
                    }
                    pos = pos.saturating_add(1);
                    self.chunk = next;
                }
                Chunk::Size(mut line) => {
                    let (used, ended) = line.scan(rest, at)?;
                    pos = pos.saturating_add(used);
                    self.chunk = Chunk::Size(line);
                    if ended {
                        if line.size == 0 {
                            // last-chunk: the de-chunked stream ends here.
                            self.inner_end(line.start)?;
                            self.line.reset();
                            self.chunk = Chunk::Trailers;
                        } else {
                            self.chunk = Chunk::Data(line.size);
                        }
                    }
                }
                Chunk::Trailers => match self.line.scan(rest, at)? {
                    LineScan::More => return Ok((input.len(), None)),
                    LineScan::Complete { used, content_end } => {
                        let src = self.line.complete(rest, content_end, pos)?;
                        pos = pos.saturating_add(used);
                        let found = match src {
                            Some(src) => Found::Line { trailer: true, src },
                            None => {
                                self.chunk = Chunk::Complete;
                                Found::End
                            }
                        };
                        return Ok((pos, Some(found)));
                    }
                },
            }
        }
    }

    /// Runs the de-chunked stream over `data` (absolute offset `at`, index `index` in the
    /// caller's input); stops after an event.
    fn inner(
        &mut self,
        data: &[u8],
        at: usize,
        index: usize,
    ) -> Result<(usize, Option<Found>), DecodeError> {
        match self.phase {
            Phase::Body if data.is_empty() => Ok((0, None)),
            Phase::Body => Ok((
                data.len(),
                Some(Found::Body(index, index.saturating_add(data.len()))),
            )),
            Phase::Tags { processing } => {
                if data.is_empty() {
                    return Ok((0, None));
                }
                self.line.begin(at);
                // The tag so far (a prefix, shorter than any tag line) and enough of `data`
                // to decide it; a mismatch anywhere is reported at the line start.
                let have = self.line.len;
                let mut window = [0u8; TAG_WINDOW];
                let take = TAG_WINDOW.saturating_sub(have).min(data.len());
                let Some((head, tail)) = window.split_at_mut_checked(have) else {
                    return Err(invalid(self.line.start, NOT_A_TAG));
                };
                let (Some(tail), Some(more)) = (tail.get_mut(..take), data.get(..take)) else {
                    return Err(invalid(self.line.start, NOT_A_TAG));
                };
                head.copy_from_slice(self.line.content());
                tail.copy_from_slice(more);
                let seen = window.get(..have.saturating_add(take)).unwrap_or_default();
                match match_tag(seen, !processing) {
                    TagMatch::Tag(tag, len, crlf) => {
                        self.line.reset();
                        self.phase = match tag {
                            MetaTag::Done => Phase::Headers,
                            _ => Phase::Tags { processing: true },
                        };
                        // A `PENDING` without CRLF is only known once the next byte is
                        // seen: it may all have arrived before (0 bytes used now).
                        Ok((len.saturating_sub(have), Some(Found::Tag(tag, crlf))))
                    }
                    // Only a prefix so far (shorter than any tag line, so it fits).
                    TagMatch::Incomplete(_) => {
                        self.line.append(data)?;
                        Ok((data.len(), None))
                    }
                    TagMatch::Invalid(field) => Err(invalid(self.line.start, field)),
                }
            }
            Phase::Headers => match self.line.scan(data, at)? {
                LineScan::More => Ok((data.len(), None)),
                LineScan::Complete { used, content_end } => {
                    let found = match self.line.complete(data, content_end, index)? {
                        Some(src) => Found::Line {
                            trailer: false,
                            src,
                        },
                        None => {
                            self.phase = Phase::Body;
                            Found::HeadersEnd
                        }
                    };
                    Ok((used, Some(found)))
                }
            },
        }
    }

    /// The de-chunked stream ends here: fine in the body, otherwise the error the
    /// whole-buffer decoder gives for input that stops at this point. `here` is the offset
    /// to report when nothing of the next line has arrived.
    fn inner_end(&self, here: usize) -> Result<(), DecodeError> {
        let at = self.line.start_or(here);
        match self.phase {
            Phase::Body => Ok(()),
            Phase::Headers => Err(truncated(at, if self.line.cr.is_some() { 1 } else { 2 })),
            Phase::Tags { processing } => match match_tag(self.line.content(), !processing) {
                TagMatch::Incomplete(Some(n)) => Err(truncated(at, n)),
                TagMatch::Invalid(field) => Err(invalid(at, field)),
                // A whole tag is never left in the line buffer.
                TagMatch::Incomplete(None) | TagMatch::Tag(..) => Err(invalid(at, NOT_A_TAG)),
            },
        }
    }
}

/// The error for bytes that can become no meta-tag ([MS-OXCMAPIHTTP] 2.2.7).
const NOT_A_TAG: &str = "meta-tag (not PROCESSING, PENDING or DONE)";

// ---------------------------------------------------------------------------------------
// Writer

/// Writes `size` as a chunk-size line: uppercase hex, no extensions, CRLF (RFC 9112 7.1).
fn write_chunk_size(w: &mut Writer<'_>, size: usize) -> Result<(), EncodeError> {
    let mut digits = [0u8; 2 * core::mem::size_of::<usize>()];
    let mut v = size;
    let mut n = 0usize;
    for slot in digits.iter_mut().rev() {
        *slot = b"0123456789ABCDEF".get(v & 0xF).copied().unwrap_or(b'0');
        v >>= 4;
        n = n.saturating_add(1);
        if v == 0 {
            break;
        }
    }
    w.put_bytes(
        digits
            .get(digits.len().saturating_sub(n)..)
            .unwrap_or_default(),
    )?;
    w.put_bytes(CRLF)
}

/// Writes `data` as one chunk: chunk-size line, data, CRLF (RFC 9112 7.1). Empty data
/// writes nothing, since an empty chunk would end the body.
pub fn write_chunk(w: &mut Writer<'_>, data: &[u8]) -> Result<(), EncodeError> {
    if data.is_empty() {
        return Ok(());
    }
    write_chunk_size(w, data.len())?;
    w.put_bytes(data)?;
    w.put_bytes(CRLF)
}

/// Writes what `f` writes (exactly `len` bytes) as one piece in `framing`.
fn write_piece(
    w: &mut Writer<'_>,
    framing: Framing,
    len: usize,
    f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    if framing == Framing::Identity {
        return f(w);
    }
    if len == 0 {
        return Ok(());
    }
    write_chunk_size(w, len)?;
    let start = w.position();
    f(w)?;
    if w.position().saturating_sub(start) != len {
        return Err(EncodeError::InvalidValue {
            field: "chunk-size (content length differs)",
        });
    }
    w.put_bytes(CRLF)
}

/// Writes the `PROCESSING` meta-tag, the server's immediate first piece
/// ([MS-OXCMAPIHTTP] 2.2.7, 3.2.5.2).
pub fn write_processing(w: &mut Writer<'_>, framing: Framing) -> Result<(), EncodeError> {
    let tag = MetaTag::Processing;
    write_piece(w, framing, tag.encoded_len(), |w| tag.encode(w))
}

/// Writes one `PENDING` keep-alive, sent every `X-PendingPeriod` while the request runs
/// ([MS-OXCMAPIHTTP] 2.2.3.3.5, 2.2.7, 3.2.5.2).
pub fn write_pending(w: &mut Writer<'_>, framing: Framing) -> Result<(), EncodeError> {
    let tag = MetaTag::Pending;
    write_piece(w, framing, tag.encoded_len(), |w| tag.encode(w))
}

/// What the server reports after `DONE` ([MS-OXCMAPIHTTP] 2.2.3.3, 3.2.5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoneHeaders<'a> {
    /// Headers written first, in order (usually `X-ResponseCode`); at most
    /// [`MAX_DONE_HEADERS`].
    pub headers: &'a [Header<'a>],
    /// `X-ElapsedTime`: milliseconds the server spent on the request
    /// ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub elapsed_ms: u64,
    /// `X-StartTime`: when processing started, an RFC 2616 date such as
    /// `Mon, 01 Jan 2001 00:00:00 GMT` ([MS-OXCMAPIHTTP] 2.2.3.3.10).
    pub start_time: &'a str,
}

/// Writes `DONE`, the caller's headers, `X-ElapsedTime`, `X-StartTime` and the empty line
/// as one piece, with [`write_done`] ([MS-OXCMAPIHTTP] 2.2.7, 3.2.5.2).
pub fn write_done_with_times(
    w: &mut Writer<'_>,
    framing: Framing,
    done: &DoneHeaders<'_>,
) -> Result<(), EncodeError> {
    let mut digits = [0u8; 20];
    let elapsed = decimal(done.elapsed_ms, &mut digits);
    let mut all = [Header::new("", ""); MAX_DONE_HEADERS + 2];
    let n = done.headers.len();
    let (Some(caller), true) = (all.get_mut(..n), n <= MAX_DONE_HEADERS) else {
        return Err(EncodeError::InvalidValue {
            field: "additional headers (more than MAX_DONE_HEADERS)",
        });
    };
    caller.copy_from_slice(done.headers);
    if let Some([e, s]) = all.get_mut(n..n.saturating_add(2)) {
        *e = Header::new(header_name::X_ELAPSED_TIME, elapsed);
        *s = Header::new(header_name::X_START_TIME, done.start_time);
    }
    let block = HeaderBlock::Items(all.get(..n.saturating_add(2)).unwrap_or_default());
    let len = MetaTag::Done
        .encoded_len()
        .saturating_add(block.encoded_len())
        .saturating_add(CRLF.len());
    write_piece(w, framing, len, |w| write_done(w, block))
}

/// Writes body bytes as one piece (one chunk when chunked; nothing for an empty slice)
/// ([MS-OXCMAPIHTTP] 2.2.2.2).
pub fn write_body(w: &mut Writer<'_>, framing: Framing, body: &[u8]) -> Result<(), EncodeError> {
    write_piece(w, framing, body.len(), |w| w.put_bytes(body))
}

/// Ends the body: the last chunk and the final CRLF, `0\r\n\r\n`, when chunked; nothing in
/// identity framing (RFC 9112 7.1).
pub fn write_end(w: &mut Writer<'_>, framing: Framing) -> Result<(), EncodeError> {
    match framing {
        Framing::Chunked => w.put_bytes(b"0\r\n\r\n"),
        Framing::Identity => Ok(()),
    }
}

/// `v` in decimal, in the end of `buf`.
fn decimal(mut v: u64, buf: &mut [u8; 20]) -> &str {
    let mut n = 0usize;
    for slot in buf.iter_mut().rev() {
        *slot = b'0'.saturating_add((v % 10) as u8);
        v /= 10;
        n = n.saturating_add(1);
        if v == 0 {
            break;
        }
    }
    let start = buf.len().saturating_sub(n);
    core::str::from_utf8(buf.get(start..).unwrap_or_default()).unwrap_or_default()
}

/// Where the data of each chunk of a chunked stream lies (RFC 9112 7.1): yields
/// `(offset, length)` of every chunk's data in order, then stops at the last chunk (size
/// 0); yields `None` once — and stops — when a chunk-size line cannot be read. For streams
/// [`StreamDecoder`] accepted; it does not validate what it skips.
#[derive(Debug, Clone)]
pub struct ChunkSpans<'a> {
    bytes: &'a [u8],
    pos: usize,
    done: bool,
}

impl<'a> ChunkSpans<'a> {
    /// The chunks of `bytes`, a chunked stream from its first chunk-size line.
    pub fn new(bytes: &'a [u8]) -> Self {
        ChunkSpans {
            bytes,
            pos: 0,
            done: false,
        }
    }

    fn step(&mut self) -> Option<Option<(usize, usize)>> {
        let line = self.bytes.get(self.pos..)?;
        let eol = line.windows(2).position(|w| w == b"\r\n")?;
        let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        if digits == 0 || digits > eol {
            return None;
        }
        let size = line.get(..digits)?.iter().try_fold(0usize, |n, &d| {
            let v = usize::try_from(char::from(d).to_digit(16)?).ok()?;
            n.checked_mul(16)?.checked_add(v)
        })?;
        if size == 0 {
            return Some(None);
        }
        let start = self.pos.checked_add(eol)?.checked_add(2)?;
        self.pos = start.checked_add(size)?.checked_add(2)?;
        Some(Some((start, size)))
    }
}

impl Iterator for ChunkSpans<'_> {
    type Item = Option<(usize, usize)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.step() {
            Some(Some(span)) => Some(Some(span)),
            Some(None) => {
                self.done = true;
                None
            }
            None => {
                self.done = true;
                Some(None)
            }
        }
    }
}
