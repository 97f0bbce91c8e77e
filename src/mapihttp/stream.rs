//! The response stream inside every MAPI/HTTP response body, after de-chunking
//! ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7, 3.2.5.2):
//!
//! ```text
//! PROCESSING\r\n            first
//! PENDING\r\n               zero or more keep-alives
//! DONE\r\n                  exactly once
//! Name: value\r\n           zero or more additional headers (X-ResponseCode, X-ElapsedTime, …)
//! \r\n                      empty line
//! <response body>           binary, to the end
//! ```
//!
//! That is what a sender writes ([`write_stream_prefix`], [`MetaTagBlock::Pending`]). On
//! receipt two forms real servers send are accepted as well: `PROCESSING` again after the
//! first meta-tag, and a `PENDING` without its CRLF, glued to the next meta-tag (gromox's
//! NotificationWait response does both). A decoded stream keeps its meta-tag bytes
//! ([`MetaTagBlock::Wire`]) and re-encodes them as received.

use core::fmt;

use super::{ExecuteResponse, ResponseCode, header_name};
use crate::error::{DecodeError, EncodeError, ErrorKind, Fail};
use crate::wire::{Decode, Dump, DumpField, Dumper, Encode, PResult, Writer};

const CRLF: &[u8] = b"\r\n";

/// A response meta-tag line ([MS-OXCMAPIHTTP] 2.2.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetaTag {
    /// `PROCESSING`: the server queued the request.
    Processing,
    /// `PENDING`: keep-alive while the server processes the request.
    Pending,
    /// `DONE`: additional headers and the response body follow.
    Done,
}

impl MetaTag {
    pub(crate) const ALL: [MetaTag; 3] = [MetaTag::Processing, MetaTag::Pending, MetaTag::Done];

    /// The tag's text ([MS-OXCMAPIHTTP] 2.2.7).
    pub const fn as_str(self) -> &'static str {
        match self {
            MetaTag::Processing => "PROCESSING",
            MetaTag::Pending => "PENDING",
            MetaTag::Done => "DONE",
        }
    }

    /// The tag's line on the wire, CRLF included ([MS-OXCMAPIHTTP] 2.2.7).
    pub const fn line(self) -> &'static [u8] {
        match self {
            MetaTag::Processing => b"PROCESSING\r\n",
            MetaTag::Pending => b"PENDING\r\n",
            MetaTag::Done => b"DONE\r\n",
        }
    }
}

impl fmt::Display for MetaTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Encode for MetaTag {
    fn encoded_len(&self) -> usize {
        self.line().len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_bytes(self.line())
    }
}

/// A `PENDING` without its CRLF: what gromox sends as its keep-alive chunk, glued to the
/// meta-tag after it.
const PENDING_BARE: &[u8] = b"PENDING";

/// Longest meta-tag form (`PROCESSING\r\n`): enough bytes to decide any [`match_tag`].
pub(crate) const TAG_WINDOW: usize = 12;

/// Outcome of matching one meta-tag at the front of some bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TagMatch {
    /// A meta-tag, its length on the wire and whether a CRLF ended it.
    Tag(MetaTag, usize, bool),
    /// The bytes are a strict prefix of a meta-tag form: the fewest more bytes that would
    /// complete an allowed one, or `None` if only a form not allowed here fits.
    Incomplete(Option<usize>),
    /// No meta-tag can start here; the field for the error.
    Invalid(&'static str),
}

/// The error for a first meta-tag other than `PROCESSING` ([MS-OXCMAPIHTTP] 2.2.7).
const MISPLACED: &str = "meta-tag (PROCESSING must come first)";
/// The error for bytes that are no meta-tag.
const NOT_A_TAG: &str = "meta-tag (not PROCESSING, PENDING or DONE)";

/// Matches one meta-tag at the front of `rest` ([MS-OXCMAPIHTTP] 2.2.7). `first`: the
/// stream's first meta-tag, which must be `PROCESSING`. After it any meta-tag may come,
/// `PROCESSING` again included, and `PENDING` may lack its CRLF when another meta-tag
/// follows at once (any byte but CR after it starts the next meta-tag). Decided by at most
/// [`TAG_WINDOW`] bytes.
pub(crate) fn match_tag(rest: &[u8], first: bool) -> TagMatch {
    let found = match MetaTag::ALL
        .into_iter()
        .find(|t| rest.starts_with(t.line()))
    {
        Some(tag) => Some((tag, tag.line().len(), true)),
        None => match rest.get(PENDING_BARE.len()) {
            Some(&next) if next != b'\r' && rest.starts_with(PENDING_BARE) => {
                Some((MetaTag::Pending, PENDING_BARE.len(), false))
            }
            _ => None,
        },
    };
    if let Some((tag, len, crlf)) = found {
        return if first && tag != MetaTag::Processing {
            TagMatch::Invalid(MISPLACED)
        } else {
            TagMatch::Tag(tag, len, crlf)
        };
    }
    let prefix_of = |t: &MetaTag| t.line().starts_with(rest);
    if !MetaTag::ALL.iter().any(prefix_of) {
        return TagMatch::Invalid(NOT_A_TAG);
    }
    TagMatch::Incomplete(
        MetaTag::ALL
            .iter()
            .filter(|t| !first || **t == MetaTag::Processing)
            .filter(|t| prefix_of(t))
            .map(|t| t.line().len().saturating_sub(rest.len()))
            .min(),
    )
}

/// Scans the meta-tags at the front of `input` through `DONE\r\n`: where they end, or
/// the offset and kind of the error (an unfinished tag is `Truncated`).
fn scan_tags(input: &[u8]) -> Result<usize, (usize, ErrorKind)> {
    let mut pos = 0usize;
    loop {
        match match_tag(input.get(pos..).unwrap_or_default(), pos == 0) {
            TagMatch::Tag(tag, len, _) => {
                pos = pos.saturating_add(len);
                if tag == MetaTag::Done {
                    return Ok(pos);
                }
            }
            TagMatch::Incomplete(Some(needed)) => {
                return Err((pos, ErrorKind::Truncated { needed }));
            }
            TagMatch::Incomplete(None) => {
                return Err((pos, ErrorKind::InvalidValue { field: NOT_A_TAG }));
            }
            TagMatch::Invalid(field) => return Err((pos, ErrorKind::InvalidValue { field })),
        }
    }
}

/// The meta-tags of a response stream, `PROCESSING` through `DONE`
/// ([MS-OXCMAPIHTTP] 2.2.7): either the validated bytes as received (re-encoded byte for
/// byte) or what a sender writes. Equality compares the meta-tags, not the bytes.
#[derive(Debug, Clone, Copy)]
pub enum MetaTagBlock<'a> {
    /// The meta-tag bytes as on the wire, from the first `PROCESSING` through `DONE\r\n`:
    /// `PROCESSING` may repeat and a `PENDING` may lack its CRLF (see the module docs).
    Wire(&'a [u8]),
    /// What a sender writes: `PROCESSING`, this many `PENDING` keep-alives, `DONE`, each
    /// with its CRLF.
    Pending(usize),
}

impl Default for MetaTagBlock<'_> {
    fn default() -> Self {
        MetaTagBlock::Pending(0)
    }
}

impl MetaTagBlock<'_> {
    /// The meta-tags in order ([MS-OXCMAPIHTTP] 2.2.7).
    pub fn iter(&self) -> MetaTags<'_> {
        MetaTags {
            inner: match *self {
                MetaTagBlock::Wire(b) => TagsInner::Wire {
                    rest: b,
                    first: true,
                },
                MetaTagBlock::Pending(n) => TagsInner::Pending {
                    next: Some(MetaTag::Processing),
                    pending_left: n,
                },
            },
        }
    }

    /// Number of `PENDING` keep-alives ([MS-OXCMAPIHTTP] 2.2.7).
    pub fn pending_count(&self) -> usize {
        match *self {
            MetaTagBlock::Pending(n) => n,
            MetaTagBlock::Wire(_) => self.iter().filter(|t| *t == MetaTag::Pending).count(),
        }
    }
}

impl PartialEq for MetaTagBlock<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Encode for MetaTagBlock<'_> {
    fn encoded_len(&self) -> usize {
        match *self {
            MetaTagBlock::Wire(b) => b.len(),
            MetaTagBlock::Pending(n) => MetaTag::Pending
                .line()
                .len()
                .saturating_mul(n)
                .saturating_add(MetaTag::Processing.line().len())
                .saturating_add(MetaTag::Done.line().len()),
        }
    }

    /// Writes the meta-tags; a `Wire` block is written as is after the checks decoding
    /// applies (it must end with its `DONE\r\n`).
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match *self {
            MetaTagBlock::Wire(b) => match scan_tags(b) {
                Ok(end) if end == b.len() => w.put_bytes(b),
                Ok(_) => Err(EncodeError::InvalidValue {
                    field: "meta-tags (bytes after DONE)",
                }),
                Err((_, ErrorKind::InvalidValue { field })) => {
                    Err(EncodeError::InvalidValue { field })
                }
                Err(_) => Err(EncodeError::InvalidValue {
                    field: "meta-tags (no DONE)",
                }),
            },
            MetaTagBlock::Pending(n) => {
                MetaTag::Processing.encode(w)?;
                for _ in 0..n {
                    MetaTag::Pending.encode(w)?;
                }
                MetaTag::Done.encode(w)
            }
        }
    }
}

#[derive(Debug, Clone)]
enum TagsInner<'a> {
    Wire {
        rest: &'a [u8],
        first: bool,
    },
    Pending {
        next: Option<MetaTag>,
        pending_left: usize,
    },
}

/// Iterator over the meta-tags of a [`MetaTagBlock`] in order: `PROCESSING`, …, `DONE`
/// ([MS-OXCMAPIHTTP] 2.2.7).
#[derive(Debug, Clone)]
pub struct MetaTags<'a> {
    inner: TagsInner<'a>,
}

impl MetaTags<'_> {
    /// The next meta-tag and whether a CRLF ended it.
    fn next_line(&mut self) -> Option<(MetaTag, bool)> {
        match &mut self.inner {
            TagsInner::Wire { rest, first } => match match_tag(rest, *first) {
                TagMatch::Tag(tag, len, crlf) => {
                    *rest = if tag == MetaTag::Done {
                        &[]
                    } else {
                        rest.get(len..).unwrap_or_default()
                    };
                    *first = false;
                    Some((tag, crlf))
                }
                // Only validated bytes are iterated; anything else ends the iteration.
                _ => None,
            },
            TagsInner::Pending { next, pending_left } => {
                let tag = (*next)?;
                *next = match tag {
                    MetaTag::Processing | MetaTag::Pending if *pending_left > 0 => {
                        *pending_left -= 1;
                        Some(MetaTag::Pending)
                    }
                    MetaTag::Processing | MetaTag::Pending => Some(MetaTag::Done),
                    MetaTag::Done => None,
                };
                Some((tag, true))
            }
        }
    }
}

impl Iterator for MetaTags<'_> {
    type Item = MetaTag;

    fn next(&mut self) -> Option<MetaTag> {
        self.next_line().map(|(tag, _)| tag)
    }
}

/// One additional header line `Name: value` ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.3.3).
/// `value` has the surrounding spaces and tabs removed and is otherwise whole (an
/// `X-StartTime` date keeps its colons).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Header<'a> {
    /// The field name (an RFC 7230 token).
    pub name: &'a str,
    /// The field value.
    pub value: &'a str,
}

impl<'a> Header<'a> {
    /// A header ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub const fn new(name: &'a str, value: &'a str) -> Self {
        Header { name, value }
    }

    /// Whether the name is `name`, ignoring ASCII case as HTTP does ([MS-OXCMAPIHTTP] 2.2.3).
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// An RFC 9110 token character (header names).
#[inline]
pub(crate) fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

/// Optional whitespace: SP or HTAB.
#[inline]
pub(crate) fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// A byte that may not appear in a header line: a control character other than HTAB.
#[inline]
pub(crate) fn is_forbidden(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7F
}

fn trim_ows(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if !is_ows(*first) {
            break;
        }
        s = rest;
    }
    while let [rest @ .., last] = s {
        if !is_ows(*last) {
            break;
        }
        s = rest;
    }
    s
}

fn is_decimal(v: &str) -> bool {
    !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())
}

/// Checks the values of the headers this crate interprets.
fn check_known(name: &str, value: &str) -> Result<(), &'static str> {
    if name.eq_ignore_ascii_case(header_name::X_RESPONSE_CODE)
        && !(is_decimal(value) && value.parse::<u32>().is_ok())
    {
        return Err("X-ResponseCode (not a decimal u32)");
    }
    if name.eq_ignore_ascii_case(header_name::X_ELAPSED_TIME)
        && !(is_decimal(value) && value.parse::<u64>().is_ok())
    {
        return Err("X-ElapsedTime (not a decimal u64)");
    }
    Ok(())
}

/// Splits a header line (CRLF excluded) into name and trimmed value, leniently.
pub(crate) fn split_line(line: &[u8]) -> (&[u8], &[u8]) {
    match line.iter().position(|&b| b == b':') {
        Some(colon) => {
            let (name, rest) = line.split_at_checked(colon).unwrap_or((line, &[]));
            (name, trim_ows(rest.get(1..).unwrap_or_default()))
        }
        None => (line, &[]),
    }
}

/// Checks one header line (CRLF excluded); on error, the offset in the line and the field.
pub(crate) fn check_line(line: &[u8]) -> Result<(), (usize, &'static str)> {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return Err((0, "header line (no colon)"));
    };
    let (name, value) = split_line(line);
    if name.is_empty() || !name.iter().all(|&b| is_tchar(b)) {
        return Err((0, "header name (not a token)"));
    }
    let value_at = colon.saturating_add(1);
    if let Some(i) = line
        .get(value_at..)
        .unwrap_or_default()
        .iter()
        .position(|&b| is_forbidden(b))
    {
        return Err((
            value_at.saturating_add(i),
            "header value (control character)",
        ));
    }
    let (Ok(name), Ok(value)) = (core::str::from_utf8(name), core::str::from_utf8(value)) else {
        return Err((value_at, "header value (not UTF-8)"));
    };
    check_known(name, value).map_err(|field| (value_at, field))
}

/// Checks a header given as name and value for encoding.
fn check_header(h: &Header<'_>) -> Result<(), EncodeError> {
    if h.name.is_empty() || !h.name.bytes().all(is_tchar) {
        return Err(EncodeError::InvalidValue {
            field: "header name (not a token)",
        });
    }
    let v = h.value.as_bytes();
    if v.iter().any(|&b| is_forbidden(b)) || trim_ows(v).len() != v.len() {
        return Err(EncodeError::InvalidValue {
            field: "header value (control character or surrounding whitespace)",
        });
    }
    check_known(h.name, h.value).map_err(|field| EncodeError::InvalidValue { field })
}

/// Where one line of a header block ends.
enum LineEnd {
    /// The line is `rest[..len]` and is followed by CRLF.
    Crlf(usize),
    /// More bytes are needed (at least this many).
    Incomplete(usize),
    /// A CR without LF, a bare LF or a control character at this offset.
    Invalid(usize, &'static str),
}

fn line_end(rest: &[u8]) -> LineEnd {
    for (i, &b) in rest.iter().enumerate() {
        match b {
            b'\r' => {
                return match rest.get(i.saturating_add(1)) {
                    Some(b'\n') => LineEnd::Crlf(i),
                    Some(_) => LineEnd::Invalid(i, "header line (CR without LF)"),
                    None => LineEnd::Incomplete(1),
                };
            }
            b'\n' => return LineEnd::Invalid(i, "header line (LF without CR)"),
            b if is_forbidden(b) => {
                return LineEnd::Invalid(i, "header line (control character)");
            }
            _ => {}
        }
    }
    LineEnd::Incomplete(2)
}

/// Validates a run of header lines (each with CRLF, no empty line).
fn check_block(block: &[u8]) -> Result<(), (usize, &'static str)> {
    let mut pos = 0usize;
    while let Some(rest) = block.get(pos..).filter(|r| !r.is_empty()) {
        match line_end(rest) {
            LineEnd::Crlf(len) => {
                let line = rest.get(..len).unwrap_or_default();
                check_line(line).map_err(|(at, f)| (pos.saturating_add(at), f))?;
                pos = pos.saturating_add(len).saturating_add(2);
            }
            LineEnd::Incomplete(_) => return Err((pos, "header line (no CRLF)")),
            LineEnd::Invalid(at, f) => return Err((pos.saturating_add(at), f)),
        }
    }
    Ok(())
}

/// The additional headers after `DONE` ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7): either the
/// validated lines as received (re-encoded byte for byte) or headers given by the caller
/// (encoded as `Name: value\r\n`). Equality compares the headers, not the bytes.
#[derive(Debug, Clone, Copy)]
pub enum HeaderBlock<'a> {
    /// Header lines as on the wire, each ending in CRLF, without the closing empty line.
    Wire(&'a [u8]),
    /// Headers given by the caller.
    Items(&'a [Header<'a>]),
}

impl Default for HeaderBlock<'_> {
    fn default() -> Self {
        HeaderBlock::Items(&[])
    }
}

impl<'a> From<&'a [Header<'a>]> for HeaderBlock<'a> {
    fn from(items: &'a [Header<'a>]) -> Self {
        HeaderBlock::Items(items)
    }
}

impl<'a> HeaderBlock<'a> {
    /// The headers in order ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub fn iter(&self) -> HeaderIter<'a> {
        HeaderIter {
            inner: match *self {
                HeaderBlock::Wire(b) => IterInner::Wire(b),
                HeaderBlock::Items(items) => IterInner::Items(items.iter()),
            },
        }
    }

    /// Number of headers ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether there are no headers ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// The value of the first header named `name`, ASCII case ignored ([MS-OXCMAPIHTTP] 2.2.3).
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.iter().find(|h| h.is(name)).map(|h| h.value)
    }

    /// `X-ResponseCode` after `DONE` ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    pub fn response_code(&self) -> Option<ResponseCode> {
        self.get(header_name::X_RESPONSE_CODE)
            .and_then(|v| v.parse().ok())
            .map(ResponseCode)
    }

    /// `X-ElapsedTime` in milliseconds ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub fn elapsed_time(&self) -> Option<u64> {
        self.get(header_name::X_ELAPSED_TIME)
            .and_then(|v| v.parse().ok())
    }

    /// `X-StartTime`, the whole RFC 2616 date ([MS-OXCMAPIHTTP] 2.2.3.3.10).
    pub fn start_time(&self) -> Option<&'a str> {
        self.get(header_name::X_START_TIME)
    }
}

impl PartialEq for HeaderBlock<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Encode for HeaderBlock<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            HeaderBlock::Wire(b) => b.len(),
            HeaderBlock::Items(items) => items.iter().fold(0usize, |n, h| {
                n.saturating_add(h.name.len())
                    .saturating_add(h.value.len())
                    .saturating_add(4)
            }),
        }
    }

    /// Writes the header lines (not the closing empty line); a `Wire` block is written as
    /// is after the same checks decoding applies.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            HeaderBlock::Wire(b) => {
                check_block(b).map_err(|(_, field)| EncodeError::InvalidValue { field })?;
                w.put_bytes(b)
            }
            HeaderBlock::Items(items) => {
                for h in items.iter() {
                    check_header(h)?;
                    w.put_bytes(h.name.as_bytes())?;
                    w.put_bytes(b": ")?;
                    w.put_bytes(h.value.as_bytes())?;
                    w.put_bytes(CRLF)?;
                }
                Ok(())
            }
        }
    }
}

impl DumpField for HeaderBlock<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        for h in self.iter() {
            d.text(h.name, &h.value);
        }
        d.end();
    }
}

#[derive(Debug, Clone)]
enum IterInner<'a> {
    Wire(&'a [u8]),
    Items(core::slice::Iter<'a, Header<'a>>),
}

/// Iterator over the headers of a [`HeaderBlock`] ([MS-OXCMAPIHTTP] 2.2.2.2).
#[derive(Debug, Clone)]
pub struct HeaderIter<'a> {
    inner: IterInner<'a>,
}

impl<'a> Iterator for HeaderIter<'a> {
    type Item = Header<'a>;

    fn next(&mut self) -> Option<Header<'a>> {
        match &mut self.inner {
            IterInner::Items(it) => it.next().copied(),
            IterInner::Wire(rest) => {
                let r: &'a [u8] = rest;
                if r.is_empty() {
                    return None;
                }
                let (line, after) = match r.windows(2).position(|p| p == CRLF) {
                    Some(end) => r.split_at_checked(end).unwrap_or((r, &[])),
                    None => (r, &[][..]),
                };
                *rest = after.get(2..).unwrap_or_default();
                let (name, value) = split_line(line);
                Some(Header {
                    name: core::str::from_utf8(name).unwrap_or_default(),
                    value: core::str::from_utf8(value).unwrap_or_default(),
                })
            }
        }
    }
}

/// A decoded response stream ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7): the meta-tags
/// (`PROCESSING`, the `PENDING`s, `DONE`), the additional headers, an empty line, the body.
///
/// `PROCESSING` must come first; after it `PROCESSING` may repeat and `PENDING` may lack its
/// CRLF (see the module docs), until `DONE`. Input that stops before the empty line after
/// the headers is [`ErrorKind::Truncated`] ("incomplete": more bytes may still arrive);
/// anything that can no longer become a valid stream is [`ErrorKind::InvalidValue`]
/// ("invalid").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResponseStream<'a> {
    /// The meta-tags, `PROCESSING` through `DONE`.
    pub tags: MetaTagBlock<'a>,
    /// The additional headers after `DONE`.
    pub headers: HeaderBlock<'a>,
    /// The response body: every byte after the empty line.
    pub body: &'a [u8],
}

impl<'a> ResponseStream<'a> {
    /// The meta-tags in order ([MS-OXCMAPIHTTP] 2.2.7).
    pub fn meta_tags(&self) -> MetaTags<'_> {
        self.tags.iter()
    }

    /// Number of `PENDING` keep-alives ([MS-OXCMAPIHTTP] 2.2.7).
    pub fn pending_count(&self) -> usize {
        self.tags.pending_count()
    }

    /// `X-ResponseCode` among the additional headers ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    pub fn response_code(&self) -> Option<ResponseCode> {
        self.headers.response_code()
    }

    /// `X-ElapsedTime` in milliseconds ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub fn elapsed_time(&self) -> Option<u64> {
        self.headers.elapsed_time()
    }

    /// `X-StartTime`, whole ([MS-OXCMAPIHTTP] 2.2.3.3.10).
    pub fn start_time(&self) -> Option<&'a str> {
        self.headers.start_time()
    }

    /// Offset of the body: the length of everything before it ([MS-OXCMAPIHTTP] 2.2.2.2).
    pub fn body_offset(&self) -> usize {
        self.tags
            .encoded_len()
            .saturating_add(self.headers.encoded_len())
            .saturating_add(CRLF.len())
    }

    /// Decodes the body as an Execute response body that fills it; error offsets count
    /// from the start of the stream ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    pub fn execute_response(&self) -> Result<ExecuteResponse<'a>, DecodeError> {
        ExecuteResponse::decode(self.body).map_err(|e| DecodeError {
            offset: e.offset.saturating_add(self.body_offset()),
            kind: e.kind,
        })
    }
}

/// Parses the stream; on error, the offset and kind.
fn parse(input: &[u8]) -> Result<ResponseStream<'_>, (usize, ErrorKind)> {
    let rest_at = |pos: usize| input.get(pos..).unwrap_or_default();
    let headers_at = scan_tags(input)?;
    let mut pos = headers_at;
    loop {
        let rest = rest_at(pos);
        if rest.starts_with(CRLF) {
            break;
        }
        match line_end(rest) {
            LineEnd::Crlf(len) => {
                let line = rest.get(..len).unwrap_or_default();
                if let Err((at, field)) = check_line(line) {
                    return Err((pos.saturating_add(at), ErrorKind::InvalidValue { field }));
                }
                pos = pos.saturating_add(len).saturating_add(CRLF.len());
            }
            LineEnd::Incomplete(needed) => return Err((pos, ErrorKind::Truncated { needed })),
            LineEnd::Invalid(at, field) => {
                return Err((pos.saturating_add(at), ErrorKind::InvalidValue { field }));
            }
        }
    }
    Ok(ResponseStream {
        tags: MetaTagBlock::Wire(input.get(..headers_at).unwrap_or_default()),
        headers: HeaderBlock::Wire(input.get(headers_at..pos).unwrap_or_default()),
        body: rest_at(pos.saturating_add(CRLF.len())),
    })
}

impl<'a> Decode<'a> for ResponseStream<'a> {
    /// Decodes the whole de-chunked stream; the body runs to the end of `input`.
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        match parse(input) {
            Ok(stream) => Ok((&[], stream)),
            Err((at, kind)) => Err(nom::Err::Error(Fail {
                remaining: input.len().saturating_sub(at),
                kind,
            })),
        }
    }
}

impl Encode for ResponseStream<'_> {
    fn encoded_len(&self) -> usize {
        self.body_offset().saturating_add(self.body.len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.tags.encode(w)?;
        self.headers.encode(w)?;
        w.put_bytes(CRLF)?;
        w.put_bytes(self.body)
    }
}

impl Dump for ResponseStream<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        let mut lines = self.tags.iter();
        while let Some((tag, crlf)) = lines.next_line() {
            if crlf {
                d.raw("MetaTag", &tag);
            } else {
                d.raw("MetaTag", &"PENDING (no CRLF)");
            }
        }
        self.headers.dump_field("AdditionalHeaders", d);
        self.body.dump_field("ResponseBody", d);
    }
}

/// Writes `DONE`, the additional headers and the empty line: what a server sends once it
/// has finished, before the body ([MS-OXCMAPIHTTP] 3.2.5.2).
pub fn write_done(w: &mut Writer<'_>, headers: HeaderBlock<'_>) -> Result<(), EncodeError> {
    MetaTag::Done.encode(w)?;
    headers.encode(w)?;
    w.put_bytes(CRLF)
}

/// Writes everything before the body: `PROCESSING`, `pending_count` × `PENDING`, `DONE`,
/// the headers and the empty line ([MS-OXCMAPIHTTP] 2.2.2.2, 3.2.5.2). A streaming server
/// writes the same pieces one at a time with [`MetaTag`]'s `Encode` and [`write_done`].
pub fn write_stream_prefix(
    w: &mut Writer<'_>,
    pending_count: usize,
    headers: HeaderBlock<'_>,
) -> Result<(), EncodeError> {
    MetaTag::Processing.encode(w)?;
    for _ in 0..pending_count {
        MetaTag::Pending.encode(w)?;
    }
    write_done(w, headers)
}

#[cfg(feature = "proptest")]
mod arb {
    extern crate std;

    use std::format;

    use proptest::prelude::*;

    use super::{Header, HeaderBlock, MetaTag, MetaTagBlock, ResponseStream};
    use crate::arbitrary::{Arb, leak, leak_str};

    impl<'a> Arb<'a> for MetaTag {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                Just(MetaTag::Processing),
                Just(MetaTag::Pending),
                Just(MetaTag::Done)
            ]
        }
    }

    /// Valid headers: arbitrary token names (too short to collide with the interpreted
    /// ones) and printable values, plus the three headers the server sends after DONE.
    impl<'a> Arb<'a> for Header<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                ("[A-Za-z][A-Za-z0-9-]{0,11}", "([!-~]([ -~]{0,14}[!-~])?)?")
                    .prop_map(|(n, v)| Header::new(leak_str(n), leak_str(v))),
                any::<u32>().prop_map(|c| Header::new("X-ResponseCode", leak_str(format!("{c}")))),
                any::<u64>().prop_map(|t| Header::new("X-ElapsedTime", leak_str(format!("{t}")))),
                (0u8..24, 0u8..60, 0u8..60).prop_map(|(h, m, s)| Header::new(
                    "X-StartTime",
                    leak_str(format!("Mon, 01 Jan 2001 {h:02}:{m:02}:{s:02} GMT"))
                )),
            ]
        }
    }

    impl<'a> Arb<'a> for HeaderBlock<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            proptest::collection::vec(Header::arb(), 0..5).prop_map(|v| HeaderBlock::Items(leak(v)))
        }
    }

    impl<'a> Arb<'a> for ResponseStream<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (0usize..5, HeaderBlock::arb(), <&'a [u8]>::arb()).prop_map(
                |(pending_count, headers, body)| ResponseStream {
                    tags: MetaTagBlock::Pending(pending_count),
                    headers,
                    body,
                },
            )
        }
    }
}
