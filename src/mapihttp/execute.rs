//! Execute request type bodies ([MS-OXCMAPIHTTP] 2.2.4.2).

use crate::error::{EncodeError, ErrorKind, Fail};
use crate::rpc_ext::{
    EcDoRpcExt2Flags, MAX_AUX_BUFFER, MAX_ROP_BUFFER, MAX_ROP_BUFFER_ULTRA, RpcChain,
};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, PResult, Writer, le_u32, take, u32_len,
};

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

/// Execute request type request body ([MS-OXCMAPIHTTP] 2.2.4.2.1): the EcDoRpcExt2 `[in]`
/// parameters. `RopBufferSize` is limited to [`MAX_ROP_BUFFER`] and `AuxiliaryBufferSize`
/// to [`MAX_AUX_BUFFER`] ([MS-OXCRPC] 3.1.4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExecuteRequest<'a> {
    /// `Flags` (EcDoRpcExt2 `pulFlags`).
    pub flags: EcDoRpcExt2Flags,
    /// `RopBuffer` (`rgbIn`): RPC_HEADER_EXT blocks; `RopBufferSize` is its length.
    pub rop_buffer: &'a [u8],
    /// `MaxRopOut` (`pcbOut`): the largest response RopBuffer the client accepts.
    pub max_rop_out: u32,
    /// `AuxiliaryBuffer` (`rgbAuxIn`); `AuxiliaryBufferSize` is its length.
    pub auxiliary_buffer: &'a [u8],
}

impl<'a> ExecuteRequest<'a> {
    /// Offset of `RopBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.2.1).
    pub const ROP_BUFFER_OFFSET: usize = 8;

    /// The blocks of `RopBuffer`, offsets relative to the start of the request body
    /// ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn rop_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.rop_buffer, Self::ROP_BUFFER_OFFSET)
    }

    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.2.1).
    pub fn auxiliary_buffer_offset(&self) -> usize {
        Self::ROP_BUFFER_OFFSET
            .saturating_add(self.rop_buffer.len())
            .saturating_add(8)
    }

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the request body
    /// ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer, self.auxiliary_buffer_offset())
    }
}

impl<'a> Decode<'a> for ExecuteRequest<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, flags) = EcDoRpcExt2Flags::decode(input)?;
        let (i, rop_buffer) = sized_bytes(i, MAX_ROP_BUFFER, "RopBufferSize")?;
        let (i, max_rop_out) = le_u32(i)?;
        let (i, auxiliary_buffer) = sized_bytes(i, MAX_AUX_BUFFER, "AuxiliaryBufferSize")?;
        Ok((
            i,
            ExecuteRequest {
                flags,
                rop_buffer,
                max_rop_out,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for ExecuteRequest<'_> {
    fn encoded_len(&self) -> usize {
        16usize
            .saturating_add(self.rop_buffer.len())
            .saturating_add(self.auxiliary_buffer.len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.flags.encode(w)?;
        put_sized(w, self.rop_buffer, MAX_ROP_BUFFER, "RopBufferSize")?;
        w.put_u32(self.max_rop_out)?;
        put_sized(
            w,
            self.auxiliary_buffer,
            MAX_AUX_BUFFER,
            "AuxiliaryBufferSize",
        )
    }
}

impl Dump for ExecuteRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.flags.dump_field("Flags", d);
        dump_sized(self.rop_buffer, "RopBufferSize", "RopBuffer", d);
        self.max_rop_out.dump_field("MaxRopOut", d);
        dump_sized(
            self.auxiliary_buffer,
            "AuxiliaryBufferSize",
            "AuxiliaryBuffer",
            d,
        );
    }
}

/// Execute request type response body ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3): the success
/// form when `StatusCode` is 0, else the failure form. The success `RopBufferSize` is
/// limited to [`MAX_ROP_BUFFER_ULTRA`] (the largest `pcbOut` any server may allow) and
/// `AuxiliaryBufferSize` to [`MAX_AUX_BUFFER`] ([MS-OXCRPC] 3.1.4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecuteResponse<'a> {
    /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    Success {
        /// `ErrorCode`: the EcDoRpcExt2 return value.
        error_code: u32,
        /// `Flags`: reserved, sent as 0 and ignored by clients; kept to round-trip.
        flags: u32,
        /// `RopBuffer` (`rgbOut`): RPC_HEADER_EXT blocks; `RopBufferSize` is its length.
        rop_buffer: &'a [u8],
        /// `AuxiliaryBuffer` (`rgbAuxOut`); `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
    /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.2.3).
    Failure {
        /// `StatusCode`: never 0 (encoding refuses 0).
        status_code: u32,
        /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
        auxiliary_buffer: &'a [u8],
    },
}

impl<'a> ExecuteResponse<'a> {
    /// Offset of a success body's `RopBuffer` ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    pub const ROP_BUFFER_OFFSET: usize = 16;

    /// `StatusCode`: 0 for the success form ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    pub fn status_code(&self) -> u32 {
        match self {
            ExecuteResponse::Success { .. } => 0,
            ExecuteResponse::Failure { status_code, .. } => *status_code,
        }
    }

    /// `AuxiliaryBuffer` of either form ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    pub fn auxiliary_buffer(&self) -> &'a [u8] {
        match self {
            ExecuteResponse::Success {
                auxiliary_buffer, ..
            }
            | ExecuteResponse::Failure {
                auxiliary_buffer, ..
            } => auxiliary_buffer,
        }
    }

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

    /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4.2.2).
    pub fn auxiliary_buffer_offset(&self) -> usize {
        match self {
            ExecuteResponse::Success { rop_buffer, .. } => Self::ROP_BUFFER_OFFSET
                .saturating_add(rop_buffer.len())
                .saturating_add(4),
            ExecuteResponse::Failure { .. } => 8,
        }
    }

    /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the response body
    /// ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn auxiliary_chain(&self) -> RpcChain<'a> {
        RpcChain::with_offset(self.auxiliary_buffer(), self.auxiliary_buffer_offset())
    }
}

impl<'a> Decode<'a> for ExecuteResponse<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, status_code) = le_u32(input)?;
        if status_code != 0 {
            let (i, auxiliary_buffer) = sized_bytes(i, MAX_AUX_BUFFER, "AuxiliaryBufferSize")?;
            return Ok((
                i,
                ExecuteResponse::Failure {
                    status_code,
                    auxiliary_buffer,
                },
            ));
        }
        let (i, error_code) = le_u32(i)?;
        let (i, flags) = le_u32(i)?;
        let (i, rop_buffer) = sized_bytes(i, MAX_ROP_BUFFER_ULTRA, "RopBufferSize")?;
        let (i, auxiliary_buffer) = sized_bytes(i, MAX_AUX_BUFFER, "AuxiliaryBufferSize")?;
        Ok((
            i,
            ExecuteResponse::Success {
                error_code,
                flags,
                rop_buffer,
                auxiliary_buffer,
            },
        ))
    }
}

impl Encode for ExecuteResponse<'_> {
    fn encoded_len(&self) -> usize {
        match self {
            ExecuteResponse::Success {
                rop_buffer,
                auxiliary_buffer,
                ..
            } => 20usize
                .saturating_add(rop_buffer.len())
                .saturating_add(auxiliary_buffer.len()),
            ExecuteResponse::Failure {
                auxiliary_buffer, ..
            } => 8usize.saturating_add(auxiliary_buffer.len()),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            ExecuteResponse::Success {
                error_code,
                flags,
                rop_buffer,
                auxiliary_buffer,
            } => {
                w.put_u32(0)?;
                w.put_u32(*error_code)?;
                w.put_u32(*flags)?;
                put_sized(w, rop_buffer, MAX_ROP_BUFFER_ULTRA, "RopBufferSize")?;
                put_sized(w, auxiliary_buffer, MAX_AUX_BUFFER, "AuxiliaryBufferSize")
            }
            ExecuteResponse::Failure {
                status_code,
                auxiliary_buffer,
            } => {
                if *status_code == 0 {
                    return Err(EncodeError::InvalidValue {
                        field: "StatusCode (0 in a failure response body)",
                    });
                }
                w.put_u32(*status_code)?;
                put_sized(w, auxiliary_buffer, MAX_AUX_BUFFER, "AuxiliaryBufferSize")
            }
        }
    }
}

impl Dump for ExecuteResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.status_code().dump_field("StatusCode", d);
        if let ExecuteResponse::Success {
            error_code,
            flags,
            rop_buffer,
            ..
        } = self
        {
            error_code.dump_field("ErrorCode", d);
            flags.dump_field("Flags", d);
            dump_sized(rop_buffer, "RopBufferSize", "RopBuffer", d);
        }
        dump_sized(
            self.auxiliary_buffer(),
            "AuxiliaryBufferSize",
            "AuxiliaryBuffer",
            d,
        );
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use proptest::prelude::*;

    use super::{ExecuteRequest, ExecuteResponse};
    use crate::arbitrary::Arb;
    use crate::rpc_ext::EcDoRpcExt2Flags;

    impl<'a> Arb<'a> for ExecuteRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (
                EcDoRpcExt2Flags::arb(),
                <&'a [u8]>::arb(),
                any::<u32>(),
                <&'a [u8]>::arb(),
            )
                .prop_map(|(flags, rop_buffer, max_rop_out, auxiliary_buffer)| {
                    ExecuteRequest {
                        flags,
                        rop_buffer,
                        max_rop_out,
                        auxiliary_buffer,
                    }
                })
        }
    }

    impl<'a> Arb<'a> for ExecuteResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                (
                    any::<u32>(),
                    any::<u32>(),
                    <&'a [u8]>::arb(),
                    <&'a [u8]>::arb()
                )
                    .prop_map(
                        |(error_code, flags, rop_buffer, auxiliary_buffer)| {
                            ExecuteResponse::Success {
                                error_code,
                                flags,
                                rop_buffer,
                                auxiliary_buffer,
                            }
                        }
                    ),
                (1..=u32::MAX, <&'a [u8]>::arb()).prop_map(|(status_code, auxiliary_buffer)| {
                    ExecuteResponse::Failure {
                        status_code,
                        auxiliary_buffer,
                    }
                }),
            ]
        }
    }
}
