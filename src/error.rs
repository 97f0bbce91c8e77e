//! Typed decode and encode errors ([MS-OXCROPS] 2.2.1 and the layers around it).

use core::fmt;

use crate::codes::RopId;

/// What went wrong while decoding (the offset lives in [`DecodeError`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input ended; at least `needed` more bytes were required at the offset.
    Truncated {
        /// How many bytes the field at the offset needed.
        needed: usize,
    },
    /// A RopId byte that [MS-OXCROPS] 2.2 does not define.
    UnknownRopId(u8),
    /// A RopId that exists but whose request or response this crate does not decode yet.
    Unsupported(RopId),
    /// A structure this crate does not decode yet (named by its spec name).
    UnsupportedStructure(&'static str),
    /// A field holds a value the spec does not allow.
    InvalidValue {
        /// Spec name of the field.
        field: &'static str,
    },
    /// A count field asks for more elements than the remaining bytes can hold, or more
    /// than a documented limit.
    CountTooLarge {
        /// Spec name of the count field.
        field: &'static str,
    },
    /// Bytes were left after a structure that must fill its buffer.
    TrailingBytes,
    /// A recursive structure nests deeper than its documented bound (a restriction deeper
    /// than [`MAX_RESTRICTION_DEPTH`](crate::data::restriction::MAX_RESTRICTION_DEPTH),
    /// [MS-OXCDATA] 2.12); the offset is the first structure past the bound.
    DepthExceeded,
    /// The bytes cannot be decoded without outside state: what is missing.
    NeedsContext(Needed),
    /// A low-level nom failure not otherwise classified.
    Nom(nom::error::ErrorKind),
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Truncated { needed } => write!(f, "truncated: {needed} more byte(s) needed"),
            ErrorKind::UnknownRopId(id) => write!(f, "unknown RopId 0x{id:02X}"),
            ErrorKind::Unsupported(id) => {
                write!(
                    f,
                    "{} (0x{:02X}) is not supported yet",
                    id.spec_name(),
                    id.0
                )
            }
            ErrorKind::UnsupportedStructure(s) => write!(f, "{s} is not supported yet"),
            ErrorKind::InvalidValue { field } => write!(f, "invalid value in {field}"),
            ErrorKind::CountTooLarge { field } => {
                write!(f, "{field} is larger than the input allows")
            }
            ErrorKind::TrailingBytes => f.write_str("trailing bytes after the structure"),
            ErrorKind::DepthExceeded => f.write_str("nested deeper than the documented bound"),
            ErrorKind::NeedsContext(what) => write!(f, "needs context: {what}"),
            ErrorKind::Nom(k) => write!(f, "parse error ({})", k.description()),
        }
    }
}

/// The outside state a context-dependent layout needs ([MS-OXCROPS] 2.2.1; the ROP table
/// says which response needs which).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Needed {
    /// The request this response answers (e.g. RopGetPropertiesSpecific's PropertyTags).
    Request(RopId),
    /// The column set of a table ([MS-OXCROPS] 2.2.5.1): set by RopSetColumns on the table
    /// at this handle index, whose server handle is given when the request buffer's handle
    /// table is known.
    Columns {
        /// The InputHandleIndex of the ROP that reads rows.
        handle_index: u8,
        /// The server object handle at that index, when known.
        server_handle: Option<u32>,
    },
    /// Whether the logon with this LogonId is a private mailbox or public folders logon.
    LogonKind {
        /// The LogonId.
        logon_id: u8,
    },
}

impl fmt::Display for Needed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Needed::Request(id) => write!(f, "the {} request", id.spec_name()),
            Needed::Columns {
                handle_index,
                server_handle: Some(h),
            } => write!(
                f,
                "the columns of the table at handle index {handle_index} (server handle 0x{h:08X})"
            ),
            Needed::Columns {
                handle_index,
                server_handle: None,
            } => write!(f, "the columns of the table at handle index {handle_index}"),
            Needed::LogonKind { logon_id } => {
                write!(f, "whether logon {logon_id} is private or public")
            }
        }
    }
}

/// A decode failure: what was wrong and at which byte offset of the buffer the caller passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DecodeError {
    /// Byte offset from the start of the buffer given to the entry point.
    pub offset: usize,
    /// What was wrong there.
    pub kind: ErrorKind,
}

impl DecodeError {
    /// The same error seen from a buffer that holds this one `by` bytes in: its offset
    /// moved by `by` (offsets count from the start of the buffer given to the entry point).
    pub fn shifted(self, by: usize) -> Self {
        DecodeError {
            offset: self.offset.saturating_add(by),
            kind: self.kind,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at byte offset {} (0x{:X})",
            self.kind, self.offset, self.offset
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for DecodeError {}

/// The error inside nom parsers: the kind plus how many input bytes remained where it
/// happened. Entry points turn it into a [`DecodeError`] with an absolute offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fail {
    /// Bytes from the failure position to the end of the parser's input.
    pub remaining: usize,
    /// What was wrong.
    pub kind: ErrorKind,
}

impl Fail {
    /// A failure at the start of `input`.
    pub fn at(input: &[u8], kind: ErrorKind) -> Self {
        Fail {
            remaining: input.len(),
            kind,
        }
    }

    /// The same failure, for a parser whose input was followed by `extra` more bytes.
    pub fn shifted(self, extra: usize) -> Self {
        Fail {
            remaining: self.remaining.saturating_add(extra),
            kind: self.kind,
        }
    }

    /// The absolute error for a top-level input of `total` bytes.
    pub fn into_decode_error(self, total: usize) -> DecodeError {
        DecodeError {
            offset: total.saturating_sub(self.remaining),
            kind: self.kind,
        }
    }
}

impl<'a> nom::error::ParseError<&'a [u8]> for Fail {
    fn from_error_kind(input: &'a [u8], kind: nom::error::ErrorKind) -> Self {
        let kind = match kind {
            nom::error::ErrorKind::Eof => ErrorKind::Truncated { needed: 1 },
            k => ErrorKind::Nom(k),
        };
        Fail::at(input, kind)
    }

    fn append(_: &'a [u8], _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

/// An encode failure. Writers never grow: they report what did not fit or was not encodable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodeError {
    /// The output buffer is too small.
    BufferTooSmall {
        /// Bytes the write needed.
        needed: usize,
        /// Bytes that remained.
        available: usize,
    },
    /// A value cannot be represented on the wire (e.g. a count above its field width, a
    /// failure result carrying ReturnValue 0, a NUL inside a NUL-terminated string).
    InvalidValue {
        /// Spec name of the field.
        field: &'static str,
    },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::BufferTooSmall { needed, available } => {
                write!(
                    f,
                    "output buffer too small: {needed} byte(s) needed, {available} available"
                )
            }
            EncodeError::InvalidValue { field } => write!(f, "{field} cannot be encoded"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for EncodeError {}
