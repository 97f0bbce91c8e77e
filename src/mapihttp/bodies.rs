//! Connect, Disconnect and NotificationWait request and response bodies, PING, and the
//! dispatch of a body by its `X-RequestType` ([MS-OXCMAPIHTTP] 2.2.4.1, 2.2.4.3, 2.2.4.4,
//! 2.2.6, 2.2.3.3.1).
//!
//! Every body here ends in `AuxiliaryBufferSize` + `AuxiliaryBuffer`, limited to
//! [`MAX_AUX_BUFFER`] ([MS-OXCRPC] 3.1.4.1 `cbAuxIn`, `pcbAuxOut`). Response bodies take
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

use super::execute::{dump_sized, put_sized, sized_bytes};
use super::{ExecuteRequest, ExecuteResponse, request_type};
use crate::error::{DecodeError, EncodeError};
use crate::rpc_ext::{MAX_AUX_BUFFER, RpcChain};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, PResult, Str8, Utf16Str, Writer, le_u32,
};

const AUX_SIZE: &str = "AuxiliaryBufferSize";

/// Reads `AuxiliaryBufferSize` (at most [`MAX_AUX_BUFFER`]) and splits the buffer off.
fn aux_buffer(input: &[u8]) -> PResult<'_, &[u8]> {
    sized_bytes(input, MAX_AUX_BUFFER, AUX_SIZE)
}

/// Writes `AuxiliaryBufferSize` and the buffer, refusing more than [`MAX_AUX_BUFFER`] bytes.
fn put_aux(w: &mut Writer<'_>, bytes: &[u8]) -> Result<(), EncodeError> {
    put_sized(w, bytes, MAX_AUX_BUFFER, AUX_SIZE)
}

fn dump_aux(bytes: &[u8], d: &mut dyn Dumper) {
    dump_sized(bytes, AUX_SIZE, "AuxiliaryBuffer", d);
}

/// Writes the failure form: `StatusCode` (never 0) and the auxiliary buffer.
fn put_failure(w: &mut Writer<'_>, status_code: u32, aux: &[u8]) -> Result<(), EncodeError> {
    if status_code == 0 {
        return Err(EncodeError::InvalidValue {
            field: "StatusCode (0 in a failure response body)",
        });
    }
    w.put_u32(status_code)?;
    put_aux(w, aux)
}

/// Length of `AuxiliaryBufferSize` plus the buffer.
fn aux_len(aux: &[u8]) -> usize {
    4usize.saturating_add(aux.len())
}

/// Offset of `AuxiliaryBuffer` in a failure response body ([MS-OXCMAPIHTTP] 2.2.4.1.3).
const FAILURE_AUX_OFFSET: usize = 8;

// ---------------------------------------------------------------------------------------
// Connect (2.2.4.1)

/// Connect request type request body ([MS-OXCMAPIHTTP] 2.2.4.1.1): the EcDoConnectEx `[in]`
/// parameters that MAPI/HTTP keeps ([MS-OXCRPC] 3.1.4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectRequest<'a> {
    /// `UserDn` (`szUserDN`): the DN of the connecting user, a NUL-terminated ASCII string.
    /// Any non-NUL byte is accepted so that every body round-trips.
    pub user_dn: Str8<'a>,
    /// `Flags` (`ulFlags`): the kind of connection requested.
    pub flags: u32,
    /// `DefaultCodePage` (`ulCpid`): code page for 8-bit string property values.
    pub default_code_page: u32,
    /// `LcidSort` (`ulLcidSort`): LCID used for sorting.
    pub lcid_sort: u32,
    /// `LcidString` (`ulLcidString`): LCID used for everything but sorting.
    pub lcid_string: u32,
    /// `AuxiliaryBuffer` (`rgbAuxIn`); `AuxiliaryBufferSize` is its length.
    pub auxiliary_buffer: &'a [u8],
}

impl<'a> ConnectRequest<'a> {
    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.1.1).
    pub fn auxiliary_buffer_offset(&self) -> usize {
        self.user_dn.encoded_len().saturating_add(20)
    }

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
    /// ([MS-OXCRPC] 3.1.4.1.1.1.1).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer, self.auxiliary_buffer_offset())
    }
}

impl<'a> Decode<'a> for ConnectRequest<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, user_dn) = Str8::decode(input)?;
        let (i, flags) = le_u32(i)?;
        let (i, default_code_page) = le_u32(i)?;
        let (i, lcid_sort) = le_u32(i)?;
        let (i, lcid_string) = le_u32(i)?;
        let (i, auxiliary_buffer) = aux_buffer(i)?;
        Ok((
            i,
            ConnectRequest {
                user_dn,
                flags,
                default_code_page,
                lcid_sort,
                lcid_string,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for ConnectRequest<'_> {
    fn encoded_len(&self) -> usize {
        self.user_dn
            .encoded_len()
            .saturating_add(16)
            .saturating_add(aux_len(self.auxiliary_buffer))
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.user_dn.encode(w)?;
        w.put_u32(self.flags)?;
        w.put_u32(self.default_code_page)?;
        w.put_u32(self.lcid_sort)?;
        w.put_u32(self.lcid_string)?;
        put_aux(w, self.auxiliary_buffer)
    }
}

impl Dump for ConnectRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.user_dn.dump_field("UserDn", d);
        self.flags.dump_field("Flags", d);
        self.default_code_page.dump_field("DefaultCodePage", d);
        self.lcid_sort.dump_field("LcidSort", d);
        self.lcid_string.dump_field("LcidString", d);
        dump_aux(self.auxiliary_buffer, d);
    }
}

/// Connect request type response body ([MS-OXCMAPIHTTP] 2.2.4.1.2, 2.2.4.1.3): the success
/// form when `StatusCode` is 0, else the failure form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConnectResponse<'a> {
    /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.1.2).
    Success {
        /// `ErrorCode`: the EcDoConnectEx return value ([MS-OXCRPC] 3.1.4.1).
        error_code: u32,
        /// `PollsMax` (`pcmsPollsMax`): the longest polling interval, in milliseconds.
        polls_max: u32,
        /// `RetryCount` (`pcRetry`): how many times to retry request types.
        retry_count: u32,
        /// `RetryDelay` (`pcmsRetryDelay`): milliseconds to wait before a retry.
        retry_delay: u32,
        /// `DnPrefix` (`szDNPrefix`): DN prefix for building recipients, NUL-terminated ASCII.
        dn_prefix: Str8<'a>,
        /// `DisplayName` (`szDisplayName`): the user's display name, NUL-terminated UTF-16LE.
        display_name: Utf16Str<'a>,
        /// `AuxiliaryBuffer` (`rgbAuxOut`); `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
    /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.1.3).
    Failure {
        /// `StatusCode`: never 0 (encoding refuses 0).
        status_code: u32,
        /// `AuxiliaryBuffer` (`rgbAuxOut`); `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
}

impl<'a> ConnectResponse<'a> {
    /// `StatusCode`: 0 for the success form ([MS-OXCMAPIHTTP] 2.2.4.1.2).
    pub fn status_code(&self) -> u32 {
        match self {
            ConnectResponse::Success { .. } => 0,
            ConnectResponse::Failure { status_code, .. } => *status_code,
        }
    }

    /// `AuxiliaryBuffer` of either form ([MS-OXCMAPIHTTP] 2.2.4.1.2).
    pub fn auxiliary_buffer(&self) -> &'a [u8] {
        match self {
            ConnectResponse::Success {
                auxiliary_buffer, ..
            }
            | ConnectResponse::Failure {
                auxiliary_buffer, ..
            } => auxiliary_buffer,
        }
    }

    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.1.2).
    pub fn auxiliary_buffer_offset(&self) -> usize {
        match self {
            ConnectResponse::Success {
                dn_prefix,
                display_name,
                ..
            } => 20usize
                .saturating_add(dn_prefix.encoded_len())
                .saturating_add(display_name.encoded_len())
                .saturating_add(4),
            ConnectResponse::Failure { .. } => FAILURE_AUX_OFFSET,
        }
    }

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
    /// ([MS-OXCRPC] 3.1.4.1.1.1.2).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer(), self.auxiliary_buffer_offset())
    }
}

impl<'a> Decode<'a> for ConnectResponse<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, status_code) = le_u32(input)?;
        if status_code != 0 {
            let (i, auxiliary_buffer) = aux_buffer(i)?;
            return Ok((
                i,
                ConnectResponse::Failure {
                    status_code,
                    auxiliary_buffer,
                },
            ));
        }
        let (i, error_code) = le_u32(i)?;
        let (i, polls_max) = le_u32(i)?;
        let (i, retry_count) = le_u32(i)?;
        let (i, retry_delay) = le_u32(i)?;
        let (i, dn_prefix) = Str8::decode(i)?;
        let (i, display_name) = Utf16Str::decode(i)?;
        let (i, auxiliary_buffer) = aux_buffer(i)?;
        Ok((
            i,
            ConnectResponse::Success {
                error_code,
                polls_max,
                retry_count,
                retry_delay,
                dn_prefix,
                display_name,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for ConnectResponse<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            ConnectResponse::Success {
                dn_prefix,
                display_name,
                auxiliary_buffer,
                ..
            } => 20usize
                .saturating_add(dn_prefix.encoded_len())
                .saturating_add(display_name.encoded_len())
                .saturating_add(aux_len(auxiliary_buffer)),
            ConnectResponse::Failure {
                auxiliary_buffer, ..
            } => 4usize.saturating_add(aux_len(auxiliary_buffer)),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            ConnectResponse::Success {
                error_code,
                polls_max,
                retry_count,
                retry_delay,
                dn_prefix,
                display_name,
                auxiliary_buffer,
            } => {
                w.put_u32(0)?;
                w.put_u32(*error_code)?;
                w.put_u32(*polls_max)?;
                w.put_u32(*retry_count)?;
                w.put_u32(*retry_delay)?;
                dn_prefix.encode(w)?;
                display_name.encode(w)?;
                put_aux(w, auxiliary_buffer)
            }
            ConnectResponse::Failure {
                status_code,
                auxiliary_buffer,
            } => put_failure(w, *status_code, auxiliary_buffer),
        }
    }
}

impl Dump for ConnectResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.status_code().dump_field("StatusCode", d);
        if let ConnectResponse::Success {
            error_code,
            polls_max,
            retry_count,
            retry_delay,
            dn_prefix,
            display_name,
            ..
        } = self
        {
            error_code.dump_field("ErrorCode", d);
            polls_max.dump_field("PollsMax", d);
            retry_count.dump_field("RetryCount", d);
            retry_delay.dump_field("RetryDelay", d);
            dn_prefix.dump_field("DnPrefix", d);
            display_name.dump_field("DisplayName", d);
        }
        dump_aux(self.auxiliary_buffer(), d);
    }
}

// ---------------------------------------------------------------------------------------
// Disconnect (2.2.4.3)

/// Disconnect request type request body ([MS-OXCMAPIHTTP] 2.2.4.3.1): only the auxiliary
/// buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DisconnectRequest<'a> {
    /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
    pub auxiliary_buffer: &'a [u8],
}

impl<'a> DisconnectRequest<'a> {
    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.3.1).
    pub const AUXILIARY_BUFFER_OFFSET: usize = 4;

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
    /// ([MS-OXCRPC] 3.1.4.1.1.1.1).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer, Self::AUXILIARY_BUFFER_OFFSET)
    }
}

impl<'a> Decode<'a> for DisconnectRequest<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, auxiliary_buffer) = aux_buffer(input)?;
        Ok((i, DisconnectRequest { auxiliary_buffer }))
    }
}

impl Encode for DisconnectRequest<'_> {
    fn encoded_len(&self) -> usize {
        aux_len(self.auxiliary_buffer)
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        put_aux(w, self.auxiliary_buffer)
    }
}

impl Dump for DisconnectRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        dump_aux(self.auxiliary_buffer, d);
    }
}

/// Disconnect request type response body ([MS-OXCMAPIHTTP] 2.2.4.3.2, 2.2.4.3.3): the
/// success form when `StatusCode` is 0, else the failure form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisconnectResponse<'a> {
    /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.3.2).
    Success {
        /// `ErrorCode`: the EcDoDisconnect return value ([MS-OXCRPC] 3.1.4.3).
        error_code: u32,
        /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
    /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.3.3).
    Failure {
        /// `StatusCode`: never 0 (encoding refuses 0).
        status_code: u32,
        /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
}

impl<'a> DisconnectResponse<'a> {
    /// `StatusCode`: 0 for the success form ([MS-OXCMAPIHTTP] 2.2.4.3.2).
    pub fn status_code(&self) -> u32 {
        match self {
            DisconnectResponse::Success { .. } => 0,
            DisconnectResponse::Failure { status_code, .. } => *status_code,
        }
    }

    /// `AuxiliaryBuffer` of either form ([MS-OXCMAPIHTTP] 2.2.4.3.2).
    pub fn auxiliary_buffer(&self) -> &'a [u8] {
        match self {
            DisconnectResponse::Success {
                auxiliary_buffer, ..
            }
            | DisconnectResponse::Failure {
                auxiliary_buffer, ..
            } => auxiliary_buffer,
        }
    }

    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.3.2).
    pub fn auxiliary_buffer_offset(&self) -> usize {
        match self {
            DisconnectResponse::Success { .. } => 12,
            DisconnectResponse::Failure { .. } => FAILURE_AUX_OFFSET,
        }
    }

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
    /// ([MS-OXCRPC] 3.1.4.1.1.1.2).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer(), self.auxiliary_buffer_offset())
    }
}

impl<'a> Decode<'a> for DisconnectResponse<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, status_code) = le_u32(input)?;
        if status_code != 0 {
            let (i, auxiliary_buffer) = aux_buffer(i)?;
            return Ok((
                i,
                DisconnectResponse::Failure {
                    status_code,
                    auxiliary_buffer,
                },
            ));
        }
        let (i, error_code) = le_u32(i)?;
        let (i, auxiliary_buffer) = aux_buffer(i)?;
        Ok((
            i,
            DisconnectResponse::Success {
                error_code,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for DisconnectResponse<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            DisconnectResponse::Success {
                auxiliary_buffer, ..
            } => 8usize.saturating_add(aux_len(auxiliary_buffer)),
            DisconnectResponse::Failure {
                auxiliary_buffer, ..
            } => 4usize.saturating_add(aux_len(auxiliary_buffer)),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            DisconnectResponse::Success {
                error_code,
                auxiliary_buffer,
            } => {
                w.put_u32(0)?;
                w.put_u32(*error_code)?;
                put_aux(w, auxiliary_buffer)
            }
            DisconnectResponse::Failure {
                status_code,
                auxiliary_buffer,
            } => put_failure(w, *status_code, auxiliary_buffer),
        }
    }
}

impl Dump for DisconnectResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.status_code().dump_field("StatusCode", d);
        if let DisconnectResponse::Success { error_code, .. } = self {
            error_code.dump_field("ErrorCode", d);
        }
        dump_aux(self.auxiliary_buffer(), d);
    }
}

// ---------------------------------------------------------------------------------------
// NotificationWait (2.2.4.4)

/// NotificationWait request type request body ([MS-OXCMAPIHTTP] 2.2.4.4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotificationWaitRequest<'a> {
    /// `Flags`: reserved, sent as 0 and ignored by servers; kept to round-trip.
    pub flags: u32,
    /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
    pub auxiliary_buffer: &'a [u8],
}

impl<'a> NotificationWaitRequest<'a> {
    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.4.1).
    pub const AUXILIARY_BUFFER_OFFSET: usize = 8;

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
    /// ([MS-OXCRPC] 3.1.4.1.1.1.1).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer, Self::AUXILIARY_BUFFER_OFFSET)
    }
}

impl<'a> Decode<'a> for NotificationWaitRequest<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, flags) = le_u32(input)?;
        let (i, auxiliary_buffer) = aux_buffer(i)?;
        Ok((
            i,
            NotificationWaitRequest {
                flags,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for NotificationWaitRequest<'_> {
    fn encoded_len(&self) -> usize {
        4usize.saturating_add(aux_len(self.auxiliary_buffer))
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u32(self.flags)?;
        put_aux(w, self.auxiliary_buffer)
    }
}

impl Dump for NotificationWaitRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.flags.dump_field("Flags", d);
        dump_aux(self.auxiliary_buffer, d);
    }
}

/// NotificationWait request type response body ([MS-OXCMAPIHTTP] 2.2.4.4.2, 2.2.4.4.3):
/// the success form when `StatusCode` is 0, else the failure form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationWaitResponse<'a> {
    /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    Success {
        /// `ErrorCode`: the EcDoAsyncWaitEx return value ([MS-OXCRPC] 3.3.4.1).
        error_code: u32,
        /// `EventPending` (`pulFlagsOut`): 1 when an event is pending on the Session
        /// Context, 0 when not; other values are kept to round-trip.
        event_pending: u32,
        /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
    /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.4.3).
    Failure {
        /// `StatusCode`: never 0 (encoding refuses 0).
        status_code: u32,
        /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
}

impl<'a> NotificationWaitResponse<'a> {
    /// The `EventPending` value meaning "an event is pending" ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    pub const EVENT_PENDING: u32 = 0x0000_0001;

    /// `StatusCode`: 0 for the success form ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    pub fn status_code(&self) -> u32 {
        match self {
            NotificationWaitResponse::Success { .. } => 0,
            NotificationWaitResponse::Failure { status_code, .. } => *status_code,
        }
    }

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

    /// `AuxiliaryBuffer` of either form ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    pub fn auxiliary_buffer(&self) -> &'a [u8] {
        match self {
            NotificationWaitResponse::Success {
                auxiliary_buffer, ..
            }
            | NotificationWaitResponse::Failure {
                auxiliary_buffer, ..
            } => auxiliary_buffer,
        }
    }

    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.4.2).
    pub fn auxiliary_buffer_offset(&self) -> usize {
        match self {
            NotificationWaitResponse::Success { .. } => 16,
            NotificationWaitResponse::Failure { .. } => FAILURE_AUX_OFFSET,
        }
    }

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
    /// ([MS-OXCRPC] 3.1.4.1.1.1.2).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer(), self.auxiliary_buffer_offset())
    }
}

impl<'a> Decode<'a> for NotificationWaitResponse<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, status_code) = le_u32(input)?;
        if status_code != 0 {
            let (i, auxiliary_buffer) = aux_buffer(i)?;
            return Ok((
                i,
                NotificationWaitResponse::Failure {
                    status_code,
                    auxiliary_buffer,
                },
            ));
        }
        let (i, error_code) = le_u32(i)?;
        let (i, event_pending) = le_u32(i)?;
        let (i, auxiliary_buffer) = aux_buffer(i)?;
        Ok((
            i,
            NotificationWaitResponse::Success {
                error_code,
                event_pending,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for NotificationWaitResponse<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            NotificationWaitResponse::Success {
                auxiliary_buffer, ..
            } => 12usize.saturating_add(aux_len(auxiliary_buffer)),
            NotificationWaitResponse::Failure {
                auxiliary_buffer, ..
            } => 4usize.saturating_add(aux_len(auxiliary_buffer)),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            NotificationWaitResponse::Success {
                error_code,
                event_pending,
                auxiliary_buffer,
            } => {
                w.put_u32(0)?;
                w.put_u32(*error_code)?;
                w.put_u32(*event_pending)?;
                put_aux(w, auxiliary_buffer)
            }
            NotificationWaitResponse::Failure {
                status_code,
                auxiliary_buffer,
            } => put_failure(w, *status_code, auxiliary_buffer),
        }
    }
}

impl Dump for NotificationWaitResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.status_code().dump_field("StatusCode", d);
        if let NotificationWaitResponse::Success {
            error_code,
            event_pending,
            ..
        } = self
        {
            error_code.dump_field("ErrorCode", d);
            event_pending.dump_field("EventPending", d);
        }
        dump_aux(self.auxiliary_buffer(), d);
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
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
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

// ---------------------------------------------------------------------------------------
// Dispatch by X-RequestType (2.2.3.3.1)

/// A request type of the mailbox server endpoint, as named by `X-RequestType`
/// ([MS-OXCMAPIHTTP] 2.2.3.3.1, 2.2.4, 2.2.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestType {
    /// `Connect` ([MS-OXCMAPIHTTP] 2.2.4.1).
    Connect,
    /// `Execute` ([MS-OXCMAPIHTTP] 2.2.4.2).
    Execute,
    /// `Disconnect` ([MS-OXCMAPIHTTP] 2.2.4.3).
    Disconnect,
    /// `NotificationWait` ([MS-OXCMAPIHTTP] 2.2.4.4).
    NotificationWait,
    /// `PING` ([MS-OXCMAPIHTTP] 2.2.6).
    Ping,
}

impl RequestType {
    /// Every mailbox server endpoint request type, in the order of [MS-OXCMAPIHTTP]
    /// 2.2.3.3.1.
    pub const ALL: [RequestType; 5] = [
        RequestType::Connect,
        RequestType::Execute,
        RequestType::Disconnect,
        RequestType::NotificationWait,
        RequestType::Ping,
    ];

    /// The `X-RequestType` value as the spec spells it ([MS-OXCMAPIHTTP] 2.2.3.3.1).
    pub const fn as_str(self) -> &'static str {
        match self {
            RequestType::Connect => request_type::CONNECT,
            RequestType::Execute => request_type::EXECUTE,
            RequestType::Disconnect => request_type::DISCONNECT,
            RequestType::NotificationWait => request_type::NOTIFICATION_WAIT,
            RequestType::Ping => request_type::PING,
        }
    }

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

/// A mailbox server endpoint request body of any request type ([MS-OXCMAPIHTTP] 2.2.4,
/// 2.2.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestBody<'a> {
    /// Connect request body ([MS-OXCMAPIHTTP] 2.2.4.1.1).
    Connect(ConnectRequest<'a>),
    /// Execute request body ([MS-OXCMAPIHTTP] 2.2.4.2.1).
    Execute(ExecuteRequest<'a>),
    /// Disconnect request body ([MS-OXCMAPIHTTP] 2.2.4.3.1).
    Disconnect(DisconnectRequest<'a>),
    /// NotificationWait request body ([MS-OXCMAPIHTTP] 2.2.4.4.1).
    NotificationWait(NotificationWaitRequest<'a>),
    /// PING: no body ([MS-OXCMAPIHTTP] 2.2.6).
    Ping(PingBody),
}

impl<'a> RequestBody<'a> {
    /// The request type whose body this is ([MS-OXCMAPIHTTP] 2.2.3.3.1).
    pub fn request_type(&self) -> RequestType {
        match self {
            RequestBody::Connect(_) => RequestType::Connect,
            RequestBody::Execute(_) => RequestType::Execute,
            RequestBody::Disconnect(_) => RequestType::Disconnect,
            RequestBody::NotificationWait(_) => RequestType::NotificationWait,
            RequestBody::Ping(_) => RequestType::Ping,
        }
    }

    /// Decodes a whole request body of the given type ([MS-OXCMAPIHTTP] 2.2.4); offsets
    /// count from the body start and leftover bytes are [`ErrorKind::TrailingBytes`](crate::error::ErrorKind::TrailingBytes).
    pub fn decode_as(request_type: RequestType, body: &'a [u8]) -> Result<Self, DecodeError> {
        Ok(match request_type {
            RequestType::Connect => RequestBody::Connect(ConnectRequest::decode_exact(body)?),
            RequestType::Execute => RequestBody::Execute(ExecuteRequest::decode_exact(body)?),
            RequestType::Disconnect => {
                RequestBody::Disconnect(DisconnectRequest::decode_exact(body)?)
            }
            RequestType::NotificationWait => {
                RequestBody::NotificationWait(NotificationWaitRequest::decode_exact(body)?)
            }
            RequestType::Ping => RequestBody::Ping(PingBody::decode_exact(body)?),
        })
    }
}

impl Encode for RequestBody<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            RequestBody::Connect(b) => b.encoded_len(),
            RequestBody::Execute(b) => b.encoded_len(),
            RequestBody::Disconnect(b) => b.encoded_len(),
            RequestBody::NotificationWait(b) => b.encoded_len(),
            RequestBody::Ping(b) => b.encoded_len(),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            RequestBody::Connect(b) => b.encode(w),
            RequestBody::Execute(b) => b.encode(w),
            RequestBody::Disconnect(b) => b.encode(w),
            RequestBody::NotificationWait(b) => b.encode(w),
            RequestBody::Ping(b) => b.encode(w),
        }
    }
}

impl Dump for RequestBody<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        match self {
            RequestBody::Connect(b) => b.dump(d),
            RequestBody::Execute(b) => b.dump(d),
            RequestBody::Disconnect(b) => b.dump(d),
            RequestBody::NotificationWait(b) => b.dump(d),
            RequestBody::Ping(b) => b.dump(d),
        }
    }
}

/// A mailbox server endpoint response body of any request type, as it follows the
/// response stream's empty line when `X-ResponseCode` is 0 ([MS-OXCMAPIHTTP] 2.2.4, 2.2.6).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ResponseBody<'a> {
    /// Connect response body ([MS-OXCMAPIHTTP] 2.2.4.1.2, 2.2.4.1.3).
    Connect(ConnectResponse<'a>),
    /// Execute response body ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3).
    Execute(ExecuteResponse<'a>),
    /// Disconnect response body ([MS-OXCMAPIHTTP] 2.2.4.3.2, 2.2.4.3.3).
    Disconnect(DisconnectResponse<'a>),
    /// NotificationWait response body ([MS-OXCMAPIHTTP] 2.2.4.4.2, 2.2.4.4.3).
    NotificationWait(NotificationWaitResponse<'a>),
    /// PING: no body ([MS-OXCMAPIHTTP] 2.2.6).
    Ping(PingBody),
}

impl<'a> ResponseBody<'a> {
    /// The request type whose response this is ([MS-OXCMAPIHTTP] 2.2.3.3.1).
    pub fn request_type(&self) -> RequestType {
        match self {
            ResponseBody::Connect(_) => RequestType::Connect,
            ResponseBody::Execute(_) => RequestType::Execute,
            ResponseBody::Disconnect(_) => RequestType::Disconnect,
            ResponseBody::NotificationWait(_) => RequestType::NotificationWait,
            ResponseBody::Ping(_) => RequestType::Ping,
        }
    }

    /// `StatusCode` of the body; PING has none and reports 0 ([MS-OXCMAPIHTTP] 2.2.4).
    pub fn status_code(&self) -> u32 {
        match self {
            ResponseBody::Connect(b) => b.status_code(),
            ResponseBody::Execute(b) => b.status_code(),
            ResponseBody::Disconnect(b) => b.status_code(),
            ResponseBody::NotificationWait(b) => b.status_code(),
            ResponseBody::Ping(_) => 0,
        }
    }

    /// Decodes a whole response body of the given type ([MS-OXCMAPIHTTP] 2.2.4); offsets
    /// count from the body start and leftover bytes are [`ErrorKind::TrailingBytes`](crate::error::ErrorKind::TrailingBytes).
    pub fn decode_as(request_type: RequestType, body: &'a [u8]) -> Result<Self, DecodeError> {
        Ok(match request_type {
            RequestType::Connect => ResponseBody::Connect(ConnectResponse::decode_exact(body)?),
            RequestType::Execute => ResponseBody::Execute(ExecuteResponse::decode_exact(body)?),
            RequestType::Disconnect => {
                ResponseBody::Disconnect(DisconnectResponse::decode_exact(body)?)
            }
            RequestType::NotificationWait => {
                ResponseBody::NotificationWait(NotificationWaitResponse::decode_exact(body)?)
            }
            RequestType::Ping => ResponseBody::Ping(PingBody::decode_exact(body)?),
        })
    }
}

impl Encode for ResponseBody<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            ResponseBody::Connect(b) => b.encoded_len(),
            ResponseBody::Execute(b) => b.encoded_len(),
            ResponseBody::Disconnect(b) => b.encoded_len(),
            ResponseBody::NotificationWait(b) => b.encoded_len(),
            ResponseBody::Ping(b) => b.encoded_len(),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            ResponseBody::Connect(b) => b.encode(w),
            ResponseBody::Execute(b) => b.encode(w),
            ResponseBody::Disconnect(b) => b.encode(w),
            ResponseBody::NotificationWait(b) => b.encode(w),
            ResponseBody::Ping(b) => b.encode(w),
        }
    }
}

impl Dump for ResponseBody<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        match self {
            ResponseBody::Connect(b) => b.dump(d),
            ResponseBody::Execute(b) => b.dump(d),
            ResponseBody::Disconnect(b) => b.dump(d),
            ResponseBody::NotificationWait(b) => b.dump(d),
            ResponseBody::Ping(b) => b.dump(d),
        }
    }
}

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

    use super::{
        ConnectRequest, ConnectResponse, DisconnectRequest, DisconnectResponse,
        NotificationWaitRequest, NotificationWaitResponse, PingBody, RequestBody, RequestType,
        ResponseBody,
    };
    use crate::arbitrary::Arb;
    use crate::mapihttp::{ExecuteRequest, ExecuteResponse};
    use crate::wire::{Str8, Utf16Str};

    impl<'a> Arb<'a> for ConnectRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (
                Str8::arb(),
                any::<u32>(),
                any::<u32>(),
                any::<u32>(),
                any::<u32>(),
                <&'a [u8]>::arb(),
            )
                .prop_map(
                    |(
                        user_dn,
                        flags,
                        default_code_page,
                        lcid_sort,
                        lcid_string,
                        auxiliary_buffer,
                    )| ConnectRequest {
                        user_dn,
                        flags,
                        default_code_page,
                        lcid_sort,
                        lcid_string,
                        auxiliary_buffer,
                    },
                )
        }
    }

    impl<'a> Arb<'a> for ConnectResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                (
                    any::<[u32; 4]>(),
                    Str8::arb(),
                    Utf16Str::arb(),
                    <&'a [u8]>::arb()
                )
                    .prop_map(
                        |(
                            [error_code, polls_max, retry_count, retry_delay],
                            dn_prefix,
                            display_name,
                            auxiliary_buffer,
                        )| {
                            ConnectResponse::Success {
                                error_code,
                                polls_max,
                                retry_count,
                                retry_delay,
                                dn_prefix,
                                display_name,
                                auxiliary_buffer,
                            }
                        }
                    ),
                (1..=u32::MAX, <&'a [u8]>::arb()).prop_map(|(status_code, auxiliary_buffer)| {
                    ConnectResponse::Failure {
                        status_code,
                        auxiliary_buffer,
                    }
                }),
            ]
        }
    }

    impl<'a> Arb<'a> for DisconnectRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            <&'a [u8]>::arb().prop_map(|auxiliary_buffer| DisconnectRequest { auxiliary_buffer })
        }
    }

    impl<'a> Arb<'a> for DisconnectResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                (any::<u32>(), <&'a [u8]>::arb()).prop_map(|(error_code, auxiliary_buffer)| {
                    DisconnectResponse::Success {
                        error_code,
                        auxiliary_buffer,
                    }
                }),
                (1..=u32::MAX, <&'a [u8]>::arb()).prop_map(|(status_code, auxiliary_buffer)| {
                    DisconnectResponse::Failure {
                        status_code,
                        auxiliary_buffer,
                    }
                }),
            ]
        }
    }

    impl<'a> Arb<'a> for NotificationWaitRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<u32>(), <&'a [u8]>::arb()).prop_map(|(flags, auxiliary_buffer)| {
                NotificationWaitRequest {
                    flags,
                    auxiliary_buffer,
                }
            })
        }
    }

    impl<'a> Arb<'a> for NotificationWaitResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                (
                    any::<u32>(),
                    prop_oneof![Just(0u32), Just(1u32), any::<u32>()],
                    <&'a [u8]>::arb()
                )
                    .prop_map(|(error_code, event_pending, auxiliary_buffer)| {
                        NotificationWaitResponse::Success {
                            error_code,
                            event_pending,
                            auxiliary_buffer,
                        }
                    }),
                (1..=u32::MAX, <&'a [u8]>::arb()).prop_map(|(status_code, auxiliary_buffer)| {
                    NotificationWaitResponse::Failure {
                        status_code,
                        auxiliary_buffer,
                    }
                }),
            ]
        }
    }

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

    impl<'a> Arb<'a> for RequestBody<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                ConnectRequest::arb().prop_map(RequestBody::Connect),
                ExecuteRequest::arb().prop_map(RequestBody::Execute),
                DisconnectRequest::arb().prop_map(RequestBody::Disconnect),
                NotificationWaitRequest::arb().prop_map(RequestBody::NotificationWait),
                Just(RequestBody::Ping(PingBody)),
            ]
        }
    }

    impl<'a> Arb<'a> for ResponseBody<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                ConnectResponse::arb().prop_map(ResponseBody::Connect),
                ExecuteResponse::arb().prop_map(ResponseBody::Execute),
                DisconnectResponse::arb().prop_map(ResponseBody::Disconnect),
                NotificationWaitResponse::arb().prop_map(ResponseBody::NotificationWait),
                Just(ResponseBody::Ping(PingBody)),
            ]
        }
    }
}

/// `with_auxiliary_buffer` for the response bodies whose success and failure forms both end
/// with `AuxiliaryBuffer` ([MS-OXCMAPIHTTP] 2.2.4).
macro_rules! with_aux {
    ($($t:ident),*) => {$(
        impl<'a> $t<'a> {
            /// The same body with `aux` as its `AuxiliaryBuffer` ([MS-OXCMAPIHTTP] 2.2.4),
            /// e.g. for a gateway that rewrites auxiliary blocks.
            pub fn with_auxiliary_buffer(mut self, aux: &'a [u8]) -> Self {
                match &mut self {
                    $t::Success { auxiliary_buffer, .. } | $t::Failure { auxiliary_buffer, .. } => {
                        *auxiliary_buffer = aux;
                    }
                }
                self
            }
        }
    )*};
}
with_aux!(
    ConnectResponse,
    ExecuteResponse,
    DisconnectResponse,
    NotificationWaitResponse
);

impl<'a> RequestBody<'a> {
    /// `AuxiliaryBuffer` and its offset in the body; PING has none ([MS-OXCMAPIHTTP] 2.2.4).
    pub fn auxiliary_buffer(&self) -> (&'a [u8], usize) {
        match self {
            RequestBody::Connect(b) => (b.auxiliary_buffer, b.auxiliary_buffer_offset()),
            RequestBody::Execute(b) => (b.auxiliary_buffer, b.auxiliary_buffer_offset()),
            RequestBody::Disconnect(b) => (
                b.auxiliary_buffer,
                DisconnectRequest::AUXILIARY_BUFFER_OFFSET,
            ),
            RequestBody::NotificationWait(b) => (
                b.auxiliary_buffer,
                NotificationWaitRequest::AUXILIARY_BUFFER_OFFSET,
            ),
            RequestBody::Ping(_) => (&[], 0),
        }
    }

    /// The same body with `aux` as its `AuxiliaryBuffer` ([MS-OXCMAPIHTTP] 2.2.4).
    pub fn with_auxiliary_buffer(mut self, aux: &'a [u8]) -> Self {
        match &mut self {
            RequestBody::Connect(b) => b.auxiliary_buffer = aux,
            RequestBody::Execute(b) => b.auxiliary_buffer = aux,
            RequestBody::Disconnect(b) => b.auxiliary_buffer = aux,
            RequestBody::NotificationWait(b) => b.auxiliary_buffer = aux,
            RequestBody::Ping(_) => {}
        }
        self
    }
}

impl<'a> ResponseBody<'a> {
    /// `AuxiliaryBuffer` and its offset in the body; PING has none ([MS-OXCMAPIHTTP] 2.2.4).
    pub fn auxiliary_buffer(&self) -> (&'a [u8], usize) {
        match self {
            ResponseBody::Connect(b) => (b.auxiliary_buffer(), b.auxiliary_buffer_offset()),
            ResponseBody::Execute(b) => (b.auxiliary_buffer(), b.auxiliary_buffer_offset()),
            ResponseBody::Disconnect(b) => (b.auxiliary_buffer(), b.auxiliary_buffer_offset()),
            ResponseBody::NotificationWait(b) => {
                (b.auxiliary_buffer(), b.auxiliary_buffer_offset())
            }
            ResponseBody::Ping(_) => (&[], 0),
        }
    }

    /// The same body with `aux` as its `AuxiliaryBuffer` ([MS-OXCMAPIHTTP] 2.2.4).
    pub fn with_auxiliary_buffer(self, aux: &'a [u8]) -> Self {
        match self {
            ResponseBody::Connect(b) => ResponseBody::Connect(b.with_auxiliary_buffer(aux)),
            ResponseBody::Execute(b) => ResponseBody::Execute(b.with_auxiliary_buffer(aux)),
            ResponseBody::Disconnect(b) => ResponseBody::Disconnect(b.with_auxiliary_buffer(aux)),
            ResponseBody::NotificationWait(b) => {
                ResponseBody::NotificationWait(b.with_auxiliary_buffer(aux))
            }
            ResponseBody::Ping(b) => ResponseBody::Ping(b),
        }
    }
}
