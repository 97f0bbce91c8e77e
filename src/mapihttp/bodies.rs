//! Connect, Execute, Disconnect and NotificationWait request and response bodies, PING, and
//! the dispatch of a body by its `X-RequestType` ([MS-OXCMAPIHTTP] 2.2.4.1–2.2.4.4, 2.2.6,
//! 2.2.3.3.1).
//!
//! Every body here ends in `AuxiliaryBufferSize` + `AuxiliaryBuffer`. In the Connect and
//! Execute request bodies (`cbAuxIn`) it is limited to [`MAX_AUX_BUFFER`] ([MS-OXCRPC]
//! 3.1.4.1, 3.1.4.2); the spec caps no other (see `AuxBufferAny`), so the others are only
//! checked against the bytes present. Response bodies take
//! their success form when `StatusCode` is 0 and their failure form (`StatusCode`,
//! `AuxiliaryBufferSize`, `AuxiliaryBuffer`) otherwise.
//!
//! ```
//! use ropwire::mapihttp::{RequestBody, RequestType, decode_request};
//!
//! let body = b"/o=Org\0\0\0\0\0\xe4\x04\0\0\x09\x04\0\0\x09\x04\0\0\0\0\0\0";
//! let RequestBody::Connect(req) = decode_request("Connect", body).unwrap() else {
//!     unreachable!()
//! };
//! assert_eq!(req.user_dn.as_bytes(), b"/o=Org");
//! assert_eq!(req.default_code_page, 1252);
//! assert_eq!(RequestType::from_header("ping"), Ok(RequestType::Ping));
//! ```

use core::fmt;

use crate::error::{DecodeError, EncodeError, ErrorKind, Fail};
use crate::rpc_ext::{
    EcDoRpcExt2Flags, MAX_AUX_BUFFER, MAX_ROP_BUFFER, MAX_ROP_BUFFER_ULTRA, RpcChain,
};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, Form, PResult, Str8, Utf16Str, Writer, le_u32, take,
    u32_len,
};

/// The spec names of the closing fields every body here has ([MS-OXCMAPIHTTP] 2.2.4).
pub(crate) const AUX_NAMES: &str = "AuxiliaryBufferSize AuxiliaryBuffer";

/// A u32 size, then that many bytes, at most `MAX` (checked at the size field): the form of
/// `RopBufferSize` + `RopBuffer` and `AuxiliaryBufferSize` + `AuxiliaryBuffer`
/// ([MS-OXCMAPIHTTP] 2.2.4; limits from [MS-OXCRPC] 3.1.4.1 and 3.1.4.2).
pub(crate) struct Capped<const MAX: usize>;

impl<'a, const MAX: usize> Form<'a, &'a [u8]> for Capped<MAX> {
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, &'a [u8]> {
        sized_bytes(input, MAX, size_name(names))
    }
    fn encoded_len(v: &&'a [u8]) -> usize {
        4usize.saturating_add(v.len())
    }
    fn encode(v: &&'a [u8], w: &mut Writer<'_>, names: &'static str) -> Result<(), EncodeError> {
        put_sized(w, v, MAX, size_name(names))
    }
    fn dump(v: &&'a [u8], names: &str, d: &mut dyn Dumper) {
        let (size, name) = names.split_once(' ').unwrap_or((names, names));
        dump_sized(v, size, name, d);
    }
}

/// The form of `AuxiliaryBufferSize` + `AuxiliaryBuffer` in the Connect and Execute request
/// bodies, the MAPI/HTTP form of `cbAuxIn`: at most [`MAX_AUX_BUFFER`] bytes
/// ([MS-OXCRPC] 3.1.4.1, 3.1.4.2 `cbAuxIn`).
pub(crate) type AuxBufferIn = Capped<MAX_AUX_BUFFER>;

/// The form of `AuxiliaryBufferSize` + `AuxiliaryBuffer` where the spec sets no cap: the
/// response bodies ([MS-OXCRPC] bounds only the client's `pcbAuxOut` input, a field
/// MAPI/HTTP does not carry) and the Disconnect and NotificationWait request bodies (no
/// `cbAuxIn` behind them) ([MS-OXCMAPIHTTP] 2.2.4). The size is checked against the bytes
/// present.
pub(crate) type AuxBufferAny = Capped<{ usize::MAX }>;

fn size_name(names: &'static str) -> &'static str {
    names.split_once(' ').map_or(names, |(size, _)| size)
}

/// What the dispatch enums ask of every body ([MS-OXCMAPIHTTP] 2.2.4).
pub(crate) trait Body<'a>: Sized {
    /// `AuxiliaryBuffer` and its offset in the body.
    fn aux(&self) -> (&'a [u8], usize);
    /// The same body with another `AuxiliaryBuffer`.
    fn with_aux(self, aux: &'a [u8]) -> Self;
    /// `StatusCode` (0 when the body has none).
    fn status(&self) -> u32 {
        0
    }
}

// ---------------------------------------------------------------------------------------
// Connect (2.2.4.1)

request_body! {
    /// Connect request type request body ([MS-OXCMAPIHTTP] 2.2.4.1.1): the EcDoConnectEx
    /// `[in]` parameters that MAPI/HTTP keeps ([MS-OXCRPC] 3.1.4.1). `UserDn` (`szUserDN`)
    /// is the DN of the connecting user, NUL-terminated ASCII (any non-NUL byte is accepted
    /// so that every body round-trips); `DefaultCodePage` (`ulCpid`) is the code page for
    /// 8-bit string values; `AuxiliaryBuffer` is `rgbAuxIn`.
    #[derive(Eq)]
    pub struct ConnectRequest<'a> {
        user_dn "UserDn": Str8<'a>,
        flags "Flags": u32,
        default_code_page "DefaultCodePage": u32,
        lcid_sort "LcidSort": u32,
        lcid_string "LcidString": u32,
    }
    aux AuxBufferIn
}

response_body! {
    /// Connect request type response body ([MS-OXCMAPIHTTP] 2.2.4.1.2, 2.2.4.1.3): the
    /// success form when `StatusCode` is 0, else the failure form.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum ConnectResponse<'a> {
        /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.1.2).
        Success {
            /// `ErrorCode`: the EcDoConnectEx return value ([MS-OXCRPC] 3.1.4.1).
            error_code "ErrorCode": crate::codes::ErrorCode,
            /// `PollsMax` (`pcmsPollsMax`): the longest polling interval, in milliseconds.
            polls_max "PollsMax": u32,
            /// `RetryCount` (`pcRetry`): how many times to retry request types.
            retry_count "RetryCount": u32,
            /// `RetryDelay` (`pcmsRetryDelay`): milliseconds to wait before a retry.
            retry_delay "RetryDelay": u32,
            /// `DnPrefix` (`szDNPrefix`): DN prefix for building recipients, NUL-terminated
            /// ASCII.
            dn_prefix "DnPrefix": Str8<'a>,
            /// `DisplayName` (`szDisplayName`): the user's display name, NUL-terminated
            /// UTF-16LE.
            display_name "DisplayName": Utf16Str<'a>,
        }
        /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.1.3).
        Failure
    }
}

// ---------------------------------------------------------------------------------------
// Disconnect (2.2.4.3)

request_body! {
    /// Disconnect request type request body ([MS-OXCMAPIHTTP] 2.2.4.3.1): only the
    /// auxiliary buffer.
    #[derive(Eq)]
    pub struct DisconnectRequest<'a> {}
    aux AuxBufferAny
}

impl DisconnectRequest<'_> {
    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.3.1).
    pub const AUXILIARY_BUFFER_OFFSET: usize = 4;
}

response_body! {
    /// Disconnect request type response body ([MS-OXCMAPIHTTP] 2.2.4.3.2, 2.2.4.3.3): the
    /// success form when `StatusCode` is 0, else the failure form.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum DisconnectResponse<'a> {
        /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.3.2).
        Success {
            /// `ErrorCode`: the EcDoDisconnect return value ([MS-OXCRPC] 3.1.4.3).
            error_code "ErrorCode": crate::codes::ErrorCode,
        }
        /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.3.3).
        Failure
    }
}

// ---------------------------------------------------------------------------------------
// NotificationWait (2.2.4.4)

request_body! {
    /// NotificationWait request type request body ([MS-OXCMAPIHTTP] 2.2.4.4.1). `Flags` is
    /// reserved, sent as 0 and ignored by servers; kept to round-trip.
    #[derive(Eq)]
    pub struct NotificationWaitRequest<'a> {
        flags "Flags": u32,
    }
    aux AuxBufferAny
}

impl NotificationWaitRequest<'_> {
    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.4.1).
    pub const AUXILIARY_BUFFER_OFFSET: usize = 8;
}

response_body! {
    /// NotificationWait request type response body ([MS-OXCMAPIHTTP] 2.2.4.4.2, 2.2.4.4.3):
    /// the success form when `StatusCode` is 0, else the failure form.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum NotificationWaitResponse<'a> {
        /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.4.2).
        Success {
            /// `ErrorCode`: the EcDoAsyncWaitEx return value ([MS-OXCRPC] 3.3.4.1).
            error_code "ErrorCode": crate::codes::ErrorCode,
            /// `EventPending` (`pulFlagsOut`): 1 when an event is pending on the Session
            /// Context, 0 when not; other values are kept to round-trip.
            event_pending "EventPending": u32 => ::proptest::prop_oneof![
                ::proptest::strategy::Just(0u32),
                ::proptest::strategy::Just(1u32),
                ::proptest::prelude::any::<u32>()
            ],
        }
        /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.4.3).
        Failure
    }
}

impl NotificationWaitResponse<'_> {
    /// The `EventPending` value meaning "an event is pending" ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    pub const EVENT_PENDING: u32 = 0x0000_0001;

    /// True for a success body whose `EventPending` is 1: the client should now send an
    /// Execute request to collect the event ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    pub fn event_pending(&self) -> bool {
        matches!(
            self,
            NotificationWaitResponse::Success {
                event_pending: Self::EVENT_PENDING,
                ..
            }
        )
    }
}

// ---------------------------------------------------------------------------------------
// Execute (2.2.4.2) and the u32-sized byte fields of every body

/// Reads a 4-byte size field, checks it against `max` (the spec limit, at the size field)
/// and then against the bytes left (at the data), and splits the data off.
fn sized_bytes<'a>(input: &'a [u8], max: usize, field: &'static str) -> PResult<'a, &'a [u8]> {
    let (rest, n) = le_u32(input)?;
    match usize::try_from(n) {
        Ok(n) if n <= max => take(rest, n),
        _ => Err(nom::Err::Error(Fail::at(
            input,
            ErrorKind::CountTooLarge { field },
        ))),
    }
}

/// Writes a 4-byte size field and the bytes, refusing more than `max` bytes.
fn put_sized(
    w: &mut Writer<'_>,
    bytes: &[u8],
    max: usize,
    field: &'static str,
) -> Result<(), EncodeError> {
    if bytes.len() > max {
        return Err(EncodeError::InvalidValue { field });
    }
    w.put_u32(u32_len(bytes.len(), field)?)?;
    w.put_bytes(bytes)
}

fn dump_sized(bytes: &[u8], size_name: &str, name: &str, d: &mut dyn Dumper) {
    d.int(size_name, bytes.len() as u64, 4);
    bytes.dump_field(name, d);
}

request_body! {
    /// Execute request type request body ([MS-OXCMAPIHTTP] 2.2.4.2.1): the EcDoRpcExt2 `[in]`
    /// parameters. `Flags` is `pulFlags`; `RopBuffer` (`rgbIn`, RPC_HEADER_EXT blocks) is
    /// limited to [`MAX_ROP_BUFFER`]; `MaxRopOut` (`pcbOut`) is the largest response
    /// RopBuffer the client accepts; `AuxiliaryBuffer` (`rgbAuxIn`) is limited to
    /// [`MAX_AUX_BUFFER`](crate::rpc_ext::MAX_AUX_BUFFER) ([MS-OXCRPC] 3.1.4.2).
    #[derive(Eq)]
    pub struct ExecuteRequest<'a> {
        flags "Flags": EcDoRpcExt2Flags,
        rop_buffer "RopBufferSize RopBuffer": &'a [u8] as Capped<MAX_ROP_BUFFER>,
        max_rop_out "MaxRopOut": u32,
    }
    aux AuxBufferIn
}

impl<'a> ExecuteRequest<'a> {
    /// Offset of `RopBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.2.1).
    pub const ROP_BUFFER_OFFSET: usize = 8;

    /// The blocks of `RopBuffer`, offsets relative to the start of the request body
    /// ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn rop_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.rop_buffer, Self::ROP_BUFFER_OFFSET)
    }
}

response_body! {
    /// Execute request type response body ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3): the success
    /// form when `StatusCode` is 0, else the failure form. The success `RopBufferSize` is
    /// limited to [`MAX_ROP_BUFFER_ULTRA`] (the largest `pcbOut` any server may allow);
    /// `AuxiliaryBufferSize` has no cap of its own ([MS-OXCRPC] 3.1.4.2).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ExecuteResponse<'a> {
        /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.2.2).
        Success {
            /// `ErrorCode`: the EcDoRpcExt2 return value.
            error_code "ErrorCode": crate::codes::ErrorCode,
            /// `Flags`: reserved, sent as 0 and ignored by clients; kept to round-trip.
            flags "Flags": u32,
            /// `RopBuffer` (`rgbOut`): RPC_HEADER_EXT blocks; `RopBufferSize` is its length.
            rop_buffer "RopBufferSize RopBuffer": &'a [u8] as Capped<MAX_ROP_BUFFER_ULTRA>,
        }
        /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.2.3).
        Failure
    }
}

impl<'a> ExecuteResponse<'a> {
    /// Offset of a success body's `RopBuffer` ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    pub const ROP_BUFFER_OFFSET: usize = 16;

    /// The blocks of a success body's `RopBuffer`, offsets relative to the start of the
    /// response body ([MS-OXCRPC] 3.1.4.2.1.1); `None` for the failure form.
    pub fn rop_chain(&self) -> Option<RpcChain<'a>> {
        match self {
            ExecuteResponse::Success { rop_buffer, .. } => {
                Some(RpcChain::with_offset(rop_buffer, Self::ROP_BUFFER_OFFSET))
            }
            ExecuteResponse::Failure { .. } => None,
        }
    }
}

// ---------------------------------------------------------------------------------------
// PING (2.2.6)

/// The PING request type's body, request and response alike: it has none
/// ([MS-OXCMAPIHTTP] 2.2.6). Decoding consumes nothing, so an exact decode of a non-empty
/// body fails with [`ErrorKind::TrailingBytes`](crate::error::ErrorKind::TrailingBytes) at offset 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PingBody;

impl PingBody {
    /// True when an `X-RequestType` value names PING (ASCII case ignored, surrounding
    /// blanks trimmed) ([MS-OXCMAPIHTTP] 2.2.3.3.1).
    pub fn is_ping(request_type: &str) -> bool {
        RequestType::from_header(request_type) == Ok(RequestType::Ping)
    }
}

impl<'a> Decode<'a> for PingBody {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        Ok((input, PingBody))
    }
}

impl Encode for PingBody {
    fn encoded_len(&self) -> usize {
        0
    }

    fn encode(&self, _: &mut Writer<'_>) -> Result<(), EncodeError> {
        Ok(())
    }
}

impl Dump for PingBody {
    fn dump(&self, _: &mut dyn Dumper) {}
}

impl<'a> Body<'a> for PingBody {
    fn aux(&self) -> (&'a [u8], usize) {
        (&[], 0)
    }
    fn with_aux(self, _: &'a [u8]) -> Self {
        self
    }
}

// ---------------------------------------------------------------------------------------
// Dispatch by X-RequestType (2.2.3.3.1)

request_types! {
    /// `Connect` ([MS-OXCMAPIHTTP] 2.2.4.1).
    Connect = CONNECT => (ConnectRequest<'a>, "2.2.4.1.1"),
        (ConnectResponse<'a>, "2.2.4.1.2, 2.2.4.1.3");
    /// `Execute` ([MS-OXCMAPIHTTP] 2.2.4.2).
    Execute = EXECUTE => (ExecuteRequest<'a>, "2.2.4.2.1"),
        (ExecuteResponse<'a>, "2.2.4.2.2, 2.2.4.2.3");
    /// `Disconnect` ([MS-OXCMAPIHTTP] 2.2.4.3).
    Disconnect = DISCONNECT => (DisconnectRequest<'a>, "2.2.4.3.1"),
        (DisconnectResponse<'a>, "2.2.4.3.2, 2.2.4.3.3");
    /// `NotificationWait` ([MS-OXCMAPIHTTP] 2.2.4.4).
    NotificationWait = NOTIFICATION_WAIT => (NotificationWaitRequest<'a>, "2.2.4.4.1"),
        (NotificationWaitResponse<'a>, "2.2.4.4.2, 2.2.4.4.3");
    /// `PING` ([MS-OXCMAPIHTTP] 2.2.6).
    Ping = PING => (PingBody, "2.2.6: no body"), (PingBody, "2.2.6: no body");
}

impl RequestType {
    /// Parses an `X-RequestType` header value ([MS-OXCMAPIHTTP] 2.2.3.3.1). ASCII case is
    /// ignored and surrounding blanks are trimmed, as servers do; an address book endpoint
    /// type is [`BodyError::AddressBookRequestType`], anything else
    /// [`BodyError::UnknownRequestType`].
    pub fn from_header(value: &str) -> Result<RequestType, BodyError> {
        let value = value.trim_matches([' ', '\t']);
        if let Some(t) = Self::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(value))
        {
            return Ok(t);
        }
        match super::request_type::ADDRESS_BOOK
            .into_iter()
            .find(|t| t.eq_ignore_ascii_case(value))
        {
            Some(t) => Err(BodyError::AddressBookRequestType(t)),
            None => Err(BodyError::UnknownRequestType),
        }
    }
}

impl fmt::Display for RequestType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why [`decode_request`] or [`decode_response`] failed ([MS-OXCMAPIHTTP] 2.2.3.3.1, 2.2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyError {
    /// `X-RequestType` names an address book server endpoint request type (spelled as in
    /// the spec); its bodies ([MS-OXCMAPIHTTP] 2.2.5) are not decoded here.
    AddressBookRequestType(&'static str),
    /// `X-RequestType` is not a value [MS-OXCMAPIHTTP] 2.2.3.3.1 defines.
    UnknownRequestType,
    /// The body of a known request type did not decode ([MS-OXCMAPIHTTP] 2.2.4); offsets
    /// count from the body start.
    Decode(DecodeError),
}

impl From<DecodeError> for BodyError {
    fn from(e: DecodeError) -> Self {
        BodyError::Decode(e)
    }
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::AddressBookRequestType(t) => write!(
                f,
                "X-RequestType {t} belongs to the address book server endpoint"
            ),
            BodyError::UnknownRequestType => f.write_str("unknown X-RequestType"),
            BodyError::Decode(e) => write!(f, "{e}"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for BodyError {}

/// Decodes a whole request body by its `X-RequestType` header value ([MS-OXCMAPIHTTP]
/// 2.2.3.3.1, 2.2.4); see [`RequestType::from_header`] for how the value is matched.
pub fn decode_request<'a>(
    request_type: &str,
    body: &'a [u8],
) -> Result<RequestBody<'a>, BodyError> {
    let t = RequestType::from_header(request_type)?;
    Ok(RequestBody::decode_as(t, body)?)
}

/// Decodes a whole response body by the response's `X-RequestType` header value
/// ([MS-OXCMAPIHTTP] 2.2.3.3.1, 2.2.4). Only meaningful when `X-ResponseCode` is 0;
/// otherwise the body is diagnostic text ([MS-OXCMAPIHTTP] 2.2.3.3.3).
pub fn decode_response<'a>(
    request_type: &str,
    body: &'a [u8],
) -> Result<ResponseBody<'a>, BodyError> {
    let t = RequestType::from_header(request_type)?;
    Ok(ResponseBody::decode_as(t, body)?)
}

#[cfg(feature = "proptest")]
mod arb {
    use proptest::prelude::*;

    use super::{PingBody, RequestType};
    use crate::arbitrary::Arb;

    impl<'a> Arb<'a> for PingBody {
        fn arb() -> impl Strategy<Value = Self> {
            Just(PingBody)
        }
    }

    impl<'a> Arb<'a> for RequestType {
        fn arb() -> impl Strategy<Value = Self> {
            proptest::sample::select(RequestType::ALL.to_vec())
        }
    }
}
