//! Execute request type bodies ([MS-OXCMAPIHTTP] 2.2.4.2).

use super::bodies::Capped;
use crate::error::{EncodeError, ErrorKind, Fail};
use crate::rpc_ext::{EcDoRpcExt2Flags, MAX_ROP_BUFFER, MAX_ROP_BUFFER_ULTRA, RpcChain};
use crate::wire::{DumpField, Dumper, PResult, Writer, le_u32, take, u32_len};

/// Reads a 4-byte size field, checks it against `max` (the spec limit, at the size field)
/// and then against the bytes left (at the data), and splits the data off.
pub(super) fn sized_bytes<'a>(
    input: &'a [u8],
    max: usize,
    field: &'static str,
) -> PResult<'a, &'a [u8]> {
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
pub(super) fn put_sized(
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

pub(super) fn dump_sized(bytes: &[u8], size_name: &str, name: &str, d: &mut dyn Dumper) {
    d.int(size_name, bytes.len() as u64, 4);
    bytes.dump_field(name, d);
}

request_body! {
    /// Execute request type request body ([MS-OXCMAPIHTTP] 2.2.4.2.1): the EcDoRpcExt2 `[in]`
    /// parameters. `Flags` is `pulFlags`; `RopBuffer` (`rgbIn`, RPC_HEADER_EXT blocks) is
    /// limited to [`MAX_ROP_BUFFER`]; `MaxRopOut` (`pcbOut`) is the largest response
    /// RopBuffer the client accepts; `AuxiliaryBuffer` (`rgbAuxIn`) is limited to
    /// [`MAX_AUX_BUFFER`](crate::rpc_ext::MAX_AUX_BUFFER) ([MS-OXCRPC] 3.1.4.2).
    #[derive(Copy, Eq)]
    pub struct ExecuteRequest<'a> {
        flags "Flags": EcDoRpcExt2Flags,
        rop_buffer "RopBufferSize RopBuffer": &'a [u8] as Capped<MAX_ROP_BUFFER>,
        max_rop_out "MaxRopOut": u32,
    }
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
    /// limited to [`MAX_ROP_BUFFER_ULTRA`] (the largest `pcbOut` any server may allow) and
    /// `AuxiliaryBufferSize` to [`MAX_AUX_BUFFER`](crate::rpc_ext::MAX_AUX_BUFFER)
    /// ([MS-OXCRPC] 3.1.4.2).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ExecuteResponse<'a> {
        /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.2.2).
        Success {
            /// `ErrorCode`: the EcDoRpcExt2 return value.
            error_code "ErrorCode": u32,
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
