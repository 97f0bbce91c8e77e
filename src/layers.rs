//! One call per direction through the layers ([MS-OXCMAPIHTTP] 2.2.4.2, [MS-OXCRPC]
//! 2.2.2.1, [MS-OXCROPS] 2.2.1): an Execute body → its RPC_HEADER_EXT blocks → each
//! block's payload (decompressed and de-obfuscated into caller scratch memory) → the ROP
//! buffer and its ROPs; and the writer's way back, ROPs → ROP buffer → block (compressed,
//! obfuscated) → Execute body.
//!
//! ```
//! use ropwire::layers;
//! use ropwire::rop::RopId;
//! use ropwire::{Writer, sample};
//!
//! // A client's Execute request, as it arrives at a server.
//! let mut mem = [0u8; 2048];
//! let mut w = Writer::new(&mut mem);
//! sample::write_execute_request(&mut w)?;
//! let body = w.written();
//!
//! // Server: body → blocks → payloads → ROPs, the payloads decompressed into `scratch`.
//! let mut scratch = [0u8; 4096];
//! let (request, payloads) = layers::execute_request(body, &mut scratch)?;
//! assert_eq!(request.max_rop_out, 0x40000);
//! for payload in payloads {
//!     let buffer = payload?.rop_buffer()?;
//!     let first = buffer.requests().next().transpose()?;
//!     assert_eq!(first.map(|r| r.rop_id()), Some(RopId::CreateMessage));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::buffer::RopBuffer;
use crate::error::{DecodeError, EncodeError};
use crate::mapihttp::{ExecuteRequest, ExecuteResponse};
use crate::rpc_ext::{
    EcDoRpcExt2Flags, RpcChain, RpcFlags, RpcHeaderExt, write_block_compressed_with,
    write_block_with,
};
use crate::wire::{Decode, Writer, u32_len};

/// One RPC_HEADER_EXT block's usable payload ([MS-OXCRPC] 2.2.2.1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Payload<'a> {
    /// The block's header.
    pub header: RpcHeaderExt,
    /// Offset of the block's header in the input.
    pub offset: usize,
    /// The payload: borrowed from the input when plain, else decompressed or de-obfuscated
    /// into the caller's scratch memory. Offsets inside it start at `offset + 8` when plain.
    pub bytes: &'a [u8],
}

impl<'a> Payload<'a> {
    /// The payload as a ROP buffer ([MS-OXCROPS] 2.2.1); error offsets count from the start
    /// of the payload plus the payload's offset in the input.
    pub fn rop_buffer(&self) -> Result<RopBuffer<'a>, DecodeError> {
        RopBuffer::decode(self.bytes).map_err(|e| e.shifted(self.offset.saturating_add(8)))
    }
}

/// The payloads of an RPC_HEADER_EXT chain ([MS-OXCRPC] 3.1.4.2.1.1), each decompressed or
/// de-obfuscated into its own part of the scratch memory; ends after the first error.
pub struct Payloads<'a> {
    chain: RpcChain<'a>,
    scratch: &'a mut [u8],
    done: bool,
}

impl<'a> Payloads<'a> {
    /// The payloads of `chain`, using `scratch` for the blocks that are not plain. Each
    /// compressed block takes `SizeActual` bytes of it, each obfuscated one `Size` bytes.
    pub fn new(chain: RpcChain<'a>, scratch: &'a mut [u8]) -> Self {
        Payloads {
            chain,
            scratch,
            done: false,
        }
    }
}

impl<'a> Payloads<'a> {
    /// The scratch memory not handed out yet (e.g. to look at a bad block's payload).
    pub fn take_scratch(&mut self) -> &'a mut [u8] {
        core::mem::take(&mut self.scratch)
    }
}

impl<'a> Iterator for Payloads<'a> {
    type Item = Result<Payload<'a>, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let block = match self.chain.next()? {
            Ok(block) => block,
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        };
        if block.is_plain() {
            return Some(Ok(Payload {
                header: block.header,
                offset: block.offset,
                bytes: block.payload,
            }));
        }
        // Give this block the front of the scratch memory, keep the rest for the next.
        let room = core::mem::take(&mut self.scratch);
        let need = if block.header.flags.contains(RpcFlags::COMPRESSED) {
            usize::from(block.header.size_actual)
        } else {
            block.payload.len()
        };
        let (mine, rest) = room.split_at_mut(need.min(room.len()));
        self.scratch = rest;
        match block.payload_into(mine) {
            Ok(bytes) => Some(Ok(Payload {
                header: block.header,
                offset: block.offset,
                bytes,
            })),
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// An Execute request body ([MS-OXCMAPIHTTP] 2.2.4.2.1) and the payloads of its RopBuffer,
/// decompressed into `scratch` (offsets count from the start of the body).
pub fn execute_request<'a>(
    body: &'a [u8],
    scratch: &'a mut [u8],
) -> Result<(ExecuteRequest<'a>, Payloads<'a>), DecodeError> {
    let request = ExecuteRequest::decode(body)?;
    Ok((request, Payloads::new(request.rop_chain(), scratch)))
}

/// An Execute response body ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3) and the payloads of its
/// RopBuffer (none for the failure form), decompressed into `scratch`.
pub fn execute_response<'a>(
    body: &'a [u8],
    scratch: &'a mut [u8],
) -> Result<(ExecuteResponse<'a>, Payloads<'a>), DecodeError> {
    let response = ExecuteResponse::decode(body)?;
    let chain = response
        .rop_chain()
        .unwrap_or_else(|| RpcChain::with_offset(&[], ExecuteResponse::ROP_BUFFER_OFFSET));
    Ok((response, Payloads::new(chain, scratch)))
}

/// Writes `f`'s bytes behind a 4-byte size that is back-patched ([MS-OXCMAPIHTTP] 2.2.4.2).
fn sized(
    w: &mut Writer<'_>,
    field: &'static str,
    f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    let at = w.reserve(4)?;
    let start = w.position();
    f(w)?;
    let n = u32_len(w.position().saturating_sub(start), field)?;
    w.patch_u32(at, n)
}

/// Writes a RopBuffer field: one RPC_HEADER_EXT block with `Last` set around the ROP buffer
/// `rops` writes ([MS-OXCRPC] 2.2.2.1). With `Compressed` in `rpc`, the ROP buffer is
/// written into `scratch` first and compressed (sent plain when that does not make it
/// smaller); `XorMagic` obfuscates the payload.
fn rop_block(
    w: &mut Writer<'_>,
    rpc: RpcFlags,
    scratch: &mut [u8],
    rops: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    let flags = rpc | RpcFlags::LAST;
    sized(w, "RopBufferSize", |w| {
        if flags.contains(RpcFlags::COMPRESSED) {
            write_block_compressed_with(w, flags, scratch, rops)
        } else {
            write_block_with(w, flags, rops)
        }
    })
}

/// Writes an Execute request body ([MS-OXCMAPIHTTP] 2.2.4.2.1): `rops` writes the ROP
/// buffer (e.g. with [`crate::buffer::RopBufferWriter`]), which goes out in one
/// RPC_HEADER_EXT block with `Last` set, framed by `rpc` (with `Compressed`, the buffer is
/// written into `scratch` first and sent compressed only when that makes it smaller;
/// `XorMagic` obfuscates it), then MaxRopOut and the auxiliary buffer.
pub fn write_execute_request(
    w: &mut Writer<'_>,
    flags: EcDoRpcExt2Flags,
    rpc: RpcFlags,
    max_rop_out: u32,
    auxiliary_buffer: &[u8],
    scratch: &mut [u8],
    rops: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    w.put_u32(flags.bits())?;
    rop_block(w, rpc, scratch, rops)?;
    w.put_u32(max_rop_out)?;
    sized(w, "AuxiliaryBufferSize", |w| w.put_bytes(auxiliary_buffer))
}

/// Writes a success Execute response body ([MS-OXCMAPIHTTP] 2.2.4.2.2): StatusCode 0, the
/// EcDoRpcExt2 `error_code` and `flags`, the ROP buffer `rops` writes (e.g. with
/// [`crate::buffer::ResponseBufferWriter`]) in one RPC_HEADER_EXT block framed by `rpc`,
/// then the auxiliary buffer.
pub fn write_execute_response(
    w: &mut Writer<'_>,
    error_code: u32,
    flags: u32,
    rpc: RpcFlags,
    auxiliary_buffer: &[u8],
    scratch: &mut [u8],
    rops: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    w.put_u32(0)?;
    w.put_u32(error_code)?;
    w.put_u32(flags)?;
    rop_block(w, rpc, scratch, rops)?;
    sized(w, "AuxiliaryBufferSize", |w| w.put_bytes(auxiliary_buffer))
}
