//! RPC_HEADER_EXT framing ([MS-OXCRPC] 2.2.2.1, 3.1.4.2.1): the extended buffers that carry
//! ROP and auxiliary payloads in `rgbIn`/`rgbOut`/`rgbAuxIn`/`rgbAuxOut` and in the MAPI/HTTP
//! Execute `RopBuffer`/`AuxiliaryBuffer` fields.
//!
//! A buffer is a chain of `RPC_HEADER_EXT` + payload blocks; the last block carries the
//! `Last` flag. [`RpcChain`] walks the chain without copying; [`RpcBlock::payload_into`]
//! reverts the XorMagic obfuscation into caller memory (or borrows the payload when it is
//! plain). [`write_block`] and [`write_block_with`] build blocks straight into a [`Writer`].
//!
//! ```
//! use ropwire::rpc_ext::{RpcChain, RpcFlags, write_block};
//! use ropwire::wire::Writer;
//!
//! let mut buf = [0u8; 16];
//! let mut w = Writer::new(&mut buf);
//! write_block(&mut w, &[1, 2, 3], RpcFlags::XOR_MAGIC | RpcFlags::LAST).unwrap();
//! let n = w.position();
//! let block = RpcChain::new(&buf[..n]).next().unwrap().unwrap();
//! assert_eq!(block.payload, &[0xA4, 0xA7, 0xA6]); // still obfuscated on the wire
//! let mut scratch = [0u8; 8];
//! assert_eq!(block.payload_into(&mut scratch).unwrap(), &[1, 2, 3]);
//! ```

pub mod aux;
pub mod lz77;

use core::iter::FusedIterator;

use crate::error::{DecodeError, EncodeError, ErrorKind};
use crate::rop::RopId;
use crate::wire::{Decode, Dump, DumpField, Dumper, Encode, Writer};

/// Size of one RPC_HEADER_EXT structure on the wire ([MS-OXCRPC] 2.2.2.1).
pub const RPC_HEADER_EXT_SIZE: usize = 8;

/// The only defined RPC_HEADER_EXT `Version` ([MS-OXCRPC] 2.2.2.1: MUST be 0x0000).
pub const RPC_HEADER_EXT_VERSION: u16 = 0x0000;

/// Largest payload after one RPC_HEADER_EXT, before and after decompression: 32 KB
/// ([MS-OXCRPC] 3.1.4.1.1 and 3.1.4.2.1: "a single payload MUST NOT exceed 32 KB").
pub const MAX_PAYLOAD: usize = 0x8000;

/// Largest ROP request buffer (`cbIn`, Execute `RopBufferSize`) and default largest ROP
/// response buffer (`pcbOut`, Execute `MaxRopOut`) ([MS-OXCRPC] 3.1.4.2).
pub const MAX_ROP_BUFFER: usize = 0x40000;

/// Largest ROP response buffer when the server advertises ULTRA_LARGE_PACKED_DOWNLOAD_BUFFERS
/// in AUX_SERVER_CAPABILITIES ([MS-OXCRPC] 3.1.4.2, `pcbOut`).
pub const MAX_ROP_BUFFER_ULTRA: usize = 0x100000;

/// Largest auxiliary buffer a request carries (`cbAuxIn`: the Connect and Execute request
/// `AuxiliaryBufferSize`) and largest room a client offers (`pcbAuxOut` on input)
/// ([MS-OXCRPC] 3.1.4.1, 3.1.4.2).
pub const MAX_AUX_BUFFER: usize = 0x1008;

/// The byte every payload byte is XORed with when `XorMagic` is set ([MS-OXCRPC] 3.1.4.1.1.3).
pub const XOR_MAGIC: u8 = 0xA5;

bitflags::bitflags! {
    /// RPC_HEADER_EXT `Flags` ([MS-OXCRPC] 2.2.2.1), the LE u16; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct RpcFlags: u16 {
        /// `Compressed`: the payload is LZ77-compressed ([MS-OXCRPC] 3.1.4.1.1.2).
        const COMPRESSED = 0x0001;
        /// `XorMagic`: every payload byte is XORed with 0xA5 ([MS-OXCRPC] 3.1.4.1.1.3).
        const XOR_MAGIC = 0x0002;
        /// `Last`: no RPC_HEADER_EXT follows this block's payload.
        const LAST = 0x0004;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// EcDoRpcExt2 `pulFlags` and MAPI/HTTP Execute request `Flags` ([MS-OXCRPC] 3.1.4.2,
    /// [MS-OXCMAPIHTTP] 2.2.4.2.1), the LE u32; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct EcDoRpcExt2Flags: u32 {
        /// `NoCompression`: the server must not compress rgbOut / rgbAuxOut.
        const NO_COMPRESSION = 0x0000_0001;
        /// `NoXorMagic`: the server must not obfuscate rgbOut / rgbAuxOut.
        const NO_XOR_MAGIC = 0x0000_0002;
        /// `Chain`: the client accepts chained (packed) response payloads.
        const CHAIN = 0x0000_0004;
        const _ = !0;
    }
}

flags_codec!(RpcFlags: u16, 2, le_u16; EcDoRpcExt2Flags: u32, 4, le_u32);

wire_struct! {
    /// RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1): the header in front of each extended-buffer
    /// payload. Decoding reads the raw layout; [`RpcChain`] applies the spec's checks.
    pub struct RpcHeaderExt {
        version "Version": u16,
        flags "Flags": RpcFlags,
        size "Size": u16,
        size_actual "SizeActual": u16,
    }
}

impl RpcHeaderExt {
    /// Encoded size of the header ([MS-OXCRPC] 2.2.2.1).
    pub const SIZE: usize = RPC_HEADER_EXT_SIZE;

    /// A Version 0 header for an uncompressed payload of `size` bytes ([MS-OXCRPC] 2.2.2.1).
    pub fn new(flags: RpcFlags, size: u16) -> Self {
        RpcHeaderExt {
            version: RPC_HEADER_EXT_VERSION,
            flags,
            size,
            size_actual: size,
        }
    }

    /// Whether `Last` is set: no block follows ([MS-OXCRPC] 2.2.2.1).
    pub fn is_last(&self) -> bool {
        self.flags.contains(RpcFlags::LAST)
    }

    fn to_bytes(self) -> [u8; RPC_HEADER_EXT_SIZE] {
        let mut b = [0u8; RPC_HEADER_EXT_SIZE];
        let parts = [self.version, self.flags.bits(), self.size, self.size_actual];
        for (chunk, v) in b.chunks_exact_mut(2).zip(parts) {
            chunk.copy_from_slice(&v.to_le_bytes());
        }
        b
    }
}

/// Reverts (or applies) the XorMagic obfuscation in place ([MS-OXCRPC] 3.1.4.1.1.3).
pub fn xor_magic(buf: &mut [u8]) {
    for b in buf {
        *b ^= XOR_MAGIC;
    }
}

/// One block of an extended buffer: a checked header and its raw payload, still obfuscated
/// and/or compressed as on the wire ([MS-OXCRPC] 3.1.4.2.1.1).
#[derive(Debug, Clone, PartialEq)]
pub struct RpcBlock<'a> {
    /// Offset of the header in the buffer the chain was read from (plus the chain's base).
    pub offset: usize,
    /// The block's RPC_HEADER_EXT.
    pub header: RpcHeaderExt,
    /// The `Size` payload bytes as on the wire.
    pub payload: &'a [u8],
}

impl<'a> RpcBlock<'a> {
    /// A plain block (no flags but those given) around `payload`; fails if `payload` is
    /// longer than [`MAX_PAYLOAD`] ([MS-OXCRPC] 2.2.2.1).
    pub fn new(flags: RpcFlags, payload: &'a [u8]) -> Result<Self, EncodeError> {
        let size = payload_size(payload.len())?;
        Ok(RpcBlock {
            offset: 0,
            header: RpcHeaderExt::new(flags, size),
            payload,
        })
    }

    /// Offset of the first payload byte ([MS-OXCRPC] 2.2.2.1).
    pub fn payload_offset(&self) -> usize {
        self.offset.saturating_add(RPC_HEADER_EXT_SIZE)
    }

    /// Whether the payload is usable as is (neither compressed nor obfuscated)
    /// ([MS-OXCRPC] 2.2.2.1).
    pub fn is_plain(&self) -> bool {
        !self
            .header
            .flags
            .intersects(RpcFlags::COMPRESSED | RpcFlags::XOR_MAGIC)
    }

    /// The usable payload ([MS-OXCRPC] 3.1.4.1.1.2, 3.1.4.1.1.3): borrowed from the wire
    /// when plain, un-XORed into `scratch` when `XorMagic` is set, decompressed into
    /// `scratch` (XOR reverted on the fly) when `Compressed` is set, in which case it must
    /// come to exactly `SizeActual` bytes. A `scratch` of [`MAX_PAYLOAD`] bytes always
    /// suffices; error offsets are absolute, like the block's.
    pub fn payload_into<'s>(&self, scratch: &'s mut [u8]) -> Result<&'s [u8], DecodeError>
    where
        'a: 's,
    {
        let flags = self.header.flags;
        if flags.contains(RpcFlags::COMPRESSED) {
            let actual = usize::from(self.header.size_actual);
            let Some(dst) = scratch.get_mut(..actual) else {
                return Err(DecodeError {
                    offset: self.offset.saturating_add(6),
                    kind: ErrorKind::CountTooLarge {
                        field: "SizeActual (larger than the output room)",
                    },
                });
            };
            return match lz77::decompress_exact(
                self.payload,
                dst,
                flags.contains(RpcFlags::XOR_MAGIC),
            ) {
                Ok(()) => Ok(dst),
                Err(mut e) => {
                    e.offset = e.offset.saturating_add(self.payload_offset());
                    Err(e)
                }
            };
        }
        if !flags.contains(RpcFlags::XOR_MAGIC) {
            return Ok(self.payload);
        }
        match scratch.get_mut(..self.payload.len()) {
            Some(dst) => {
                dst.copy_from_slice(self.payload);
                xor_magic(dst);
                Ok(dst)
            }
            None => Err(DecodeError {
                offset: self.offset.saturating_add(4),
                kind: ErrorKind::CountTooLarge {
                    field: "Size (larger than the scratch buffer)",
                },
            }),
        }
    }
}

impl Encode for RpcBlock<'_> {
    fn encoded_len(&self) -> usize {
        RPC_HEADER_EXT_SIZE.saturating_add(self.payload.len())
    }

    /// Writes the header and the payload as they are (a decoded block re-encodes byte for
    /// byte); `Size` must match the payload length.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if usize::from(self.header.size) != self.payload.len() {
            return Err(EncodeError::InvalidValue {
                field: "Size (differs from the payload length)",
            });
        }
        self.header.encode(w)?;
        w.put_bytes(self.payload)
    }
}

impl Dump for RpcBlock<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.header.dump(d);
        self.payload.dump_field("Payload", d);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ChainState {
    Blocks,
    AfterLast,
    Done,
}

/// A zero-copy walk over the blocks of an extended buffer ([MS-OXCRPC] 3.1.4.2.1.1).
///
/// Yields each block after checking its header: Version 0, `Size` and `SizeActual` at
/// most [`MAX_PAYLOAD`], `Size == SizeActual` unless compressed, and the payload present.
/// A compressed block whose `Size` is not below `SizeActual` is accepted: that rule binds
/// the sender ([`write_block`] keeps it), and the payload still decompresses to exactly
/// `SizeActual` bytes ([`RpcBlock::payload_into`]). Stops after the block with `Last`; bytes after it
/// are [`ErrorKind::TrailingBytes`]; input that ends before a `Last` block is
/// [`ErrorKind::Truncated`] at the end. After an error the iterator is finished, so the
/// blocks before the error are still returned. Offsets count from the start of the input
/// (plus the base given to [`RpcChain::with_offset`]).
#[derive(Debug, Clone)]
pub struct RpcChain<'a> {
    input: &'a [u8],
    pos: usize,
    base: usize,
    state: ChainState,
}

impl<'a> RpcChain<'a> {
    /// A walk over `input`, offsets counted from its start ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn new(input: &'a [u8]) -> Self {
        Self::with_offset(input, 0)
    }

    /// A walk over `input` that lies at `base` in an enclosing buffer: reported offsets are
    /// absolute in that buffer ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn with_offset(input: &'a [u8], base: usize) -> Self {
        RpcChain {
            input,
            pos: 0,
            base,
            state: ChainState::Blocks,
        }
    }

    /// Walks the whole chain and returns the number of blocks, or the first error
    /// ([MS-OXCRPC] 3.1.4.2.1.1).
    pub fn validate(self) -> Result<usize, DecodeError> {
        let mut n = 0usize;
        for block in self {
            block?;
            n = n.saturating_add(1);
        }
        Ok(n)
    }

    fn err(&mut self, at: usize, kind: ErrorKind) -> Option<Result<RpcBlock<'a>, DecodeError>> {
        self.state = ChainState::Done;
        Some(Err(DecodeError {
            offset: self.base.saturating_add(at),
            kind,
        }))
    }

    fn next_block(&mut self) -> Option<Result<RpcBlock<'a>, DecodeError>> {
        let at = self.pos;
        let rest = self.input.get(at..).unwrap_or_default();
        let Some((head, after)) = rest.split_first_chunk::<RPC_HEADER_EXT_SIZE>() else {
            let needed = RPC_HEADER_EXT_SIZE.saturating_sub(rest.len());
            return self.err(at, ErrorKind::Truncated { needed });
        };
        let header = match RpcHeaderExt::parse(head) {
            Ok((_, h)) => h,
            Err(_) => {
                let needed = RPC_HEADER_EXT_SIZE;
                return self.err(at, ErrorKind::Truncated { needed });
            }
        };
        let size = usize::from(header.size);
        let size_actual = usize::from(header.size_actual);
        let compressed = header.flags.contains(RpcFlags::COMPRESSED);
        let check = if header.version != RPC_HEADER_EXT_VERSION {
            Err((0, ErrorKind::InvalidValue { field: "Version" }))
        } else if size > MAX_PAYLOAD {
            Err((4, ErrorKind::CountTooLarge { field: "Size" }))
        } else if size_actual > MAX_PAYLOAD {
            Err((
                6,
                ErrorKind::CountTooLarge {
                    field: "SizeActual",
                },
            ))
        } else if !compressed && size != size_actual {
            Err((
                6,
                ErrorKind::InvalidValue {
                    field: "SizeActual (differs from Size while not Compressed)",
                },
            ))
        } else {
            Ok(())
        };
        if let Err((field_at, kind)) = check {
            return self.err(at.saturating_add(field_at), kind);
        }
        let payload_at = at.saturating_add(RPC_HEADER_EXT_SIZE);
        let Some(payload) = after.get(..size) else {
            let needed = size.saturating_sub(after.len());
            return self.err(payload_at, ErrorKind::Truncated { needed });
        };
        self.pos = payload_at.saturating_add(size);
        if header.is_last() {
            self.state = ChainState::AfterLast;
        }
        Some(Ok(RpcBlock {
            offset: self.base.saturating_add(at),
            header,
            payload,
        }))
    }
}

impl<'a> Iterator for RpcChain<'a> {
    type Item = Result<RpcBlock<'a>, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.state {
            ChainState::Done => None,
            ChainState::AfterLast => {
                if self.pos < self.input.len() {
                    self.err(self.pos, ErrorKind::TrailingBytes)
                } else {
                    self.state = ChainState::Done;
                    None
                }
            }
            ChainState::Blocks => self.next_block(),
        }
    }
}

impl FusedIterator for RpcChain<'_> {}

fn payload_size(len: usize) -> Result<u16, EncodeError> {
    if len > MAX_PAYLOAD {
        return Err(EncodeError::InvalidValue {
            field: "Size (payload larger than 0x8000 bytes)",
        });
    }
    u16::try_from(len).map_err(|_| EncodeError::InvalidValue { field: "Size" })
}

fn check_write_flags(flags: RpcFlags) -> Result<(), EncodeError> {
    if flags.contains(RpcFlags::COMPRESSED) {
        return Err(EncodeError::InvalidValue {
            field: "Flags (Compressed needs the payload first: use write_block or write_block_compressed_with)",
        });
    }
    Ok(())
}

/// Writes one block holding `payload` ([MS-OXCRPC] 2.2.2.1, 3.1.4.1.1.2, 3.1.4.1.1.3).
///
/// With `Compressed`, the payload is LZ77-compressed straight into the writer; when that
/// does not make it strictly smaller the block goes out uncompressed (the flag dropped), as
/// the spec asks. With `XorMagic`, the bytes on the wire (compressed or not) are obfuscated
/// in place. `Size` and `SizeActual` are filled in.
pub fn write_block(w: &mut Writer<'_>, payload: &[u8], flags: RpcFlags) -> Result<(), EncodeError> {
    if !flags.contains(RpcFlags::COMPRESSED) {
        return write_block_with(w, flags, |w| w.put_bytes(payload));
    }
    let size_actual = payload_size(payload.len())?;
    let at = w.reserve(RPC_HEADER_EXT_SIZE)?;
    let payload_at = at.saturating_add(RPC_HEADER_EXT_SIZE);
    let compressed = lz77::compress_payload(payload, w.rest_mut());
    let (flags, size) = match compressed {
        Some(n) => {
            w.advance(n)?;
            (flags, payload_size(n)?)
        }
        None => {
            w.put_bytes(payload)?;
            (flags - RpcFlags::COMPRESSED, size_actual)
        }
    };
    let header = RpcHeaderExt {
        version: RPC_HEADER_EXT_VERSION,
        flags,
        size,
        size_actual,
    };
    w.patch(at, &header.to_bytes())?;
    if flags.contains(RpcFlags::XOR_MAGIC) {
        xor_magic(w.written_mut(payload_at));
    }
    Ok(())
}

/// Writes one block whose payload `f` writes into `scratch` first, then compresses it into
/// the writer as [`write_block`] does ([MS-OXCRPC] 3.1.4.1.1.2). For in-place payloads
/// without compression, [`write_block_with`] needs no scratch.
pub fn write_block_compressed_with<F>(
    w: &mut Writer<'_>,
    flags: RpcFlags,
    scratch: &mut [u8],
    f: F,
) -> Result<(), EncodeError>
where
    F: FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
{
    let mut sw = Writer::new(scratch);
    f(&mut sw)?;
    let payload = sw.into_written();
    write_block(w, payload, flags)
}

/// Writes one block whose payload `f` encodes straight into the writer after a reserved
/// header; `Size`/`SizeActual` are back-patched and the payload obfuscated in place when
/// `XorMagic` is set ([MS-OXCRPC] 2.2.2.1, 3.1.4.2.1.1). `Compressed` needs the payload
/// before writing: use [`write_block`] or [`write_block_compressed_with`].
pub fn write_block_with<F>(w: &mut Writer<'_>, flags: RpcFlags, f: F) -> Result<(), EncodeError>
where
    F: FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
{
    check_write_flags(flags)?;
    let at = w.reserve(RPC_HEADER_EXT_SIZE)?;
    let payload_at = at.saturating_add(RPC_HEADER_EXT_SIZE);
    f(w)?;
    let size = payload_size(w.position().saturating_sub(payload_at))?;
    w.patch(at, &RpcHeaderExt::new(flags, size).to_bytes())?;
    if flags.contains(RpcFlags::XOR_MAGIC) {
        xor_magic(w.written_mut(payload_at));
    }
    Ok(())
}

/// Writes one block whose payload is `value` encoded in place ([MS-OXCRPC] 2.2.2.1).
pub fn write_block_value<T: Encode + ?Sized>(
    w: &mut Writer<'_>,
    value: &T,
    flags: RpcFlags,
) -> Result<(), EncodeError> {
    write_block_with(w, flags, |w| value.encode(w))
}

/// Most payloads a server chains after the first in one response ([MS-OXCRPC] 3.1.4.2.1.2).
pub const MAX_CHAINED_PAYLOADS: usize = 96;

/// The residual room below which a server stops chaining RopReadStream and
/// RopFastTransferSourceGetBuffer payloads ([MS-OXCRPC] 3.1.4.2.1.2): 8 KB.
pub const CHAIN_RESIDUAL_STREAM: usize = 0x2000;

/// The residual room below which a server stops chaining RopQueryRows payloads
/// ([MS-OXCRPC] 3.1.4.2.1.2): 32 KB.
pub const CHAIN_RESIDUAL_QUERY_ROWS: usize = 0x8000;

/// Whether a server may add another chained payload after `payloads` payloads, with
/// `residual` bytes of the client's output limit left: only with the request's Chain flag,
/// only when the last request ROP is RopQueryRows, RopReadStream or
/// RopFastTransferSourceGetBuffer, at most [`MAX_CHAINED_PAYLOADS`] extra payloads, and while
/// the residual room is at least the ROP's threshold ([MS-OXCRPC] 3.1.4.2.1.2).
pub fn may_chain(
    flags: EcDoRpcExt2Flags,
    last_request: RopId,
    payloads: usize,
    residual: usize,
) -> bool {
    let threshold = match last_request {
        RopId::QueryRows => CHAIN_RESIDUAL_QUERY_ROWS,
        RopId::ReadStream | RopId::FastTransferSourceGetBuffer => CHAIN_RESIDUAL_STREAM,
        _ => return false,
    };
    flags.contains(EcDoRpcExt2Flags::CHAIN)
        && payloads <= MAX_CHAINED_PAYLOADS
        && residual >= threshold.saturating_add(RPC_HEADER_EXT_SIZE)
}

/// Writes several RPC_HEADER_EXT blocks back to back and puts `Last` on the final one
/// when finished ([MS-OXCRPC] 3.1.4.2.1.1, 3.1.4.2.1.2): chained server responses and
/// packed client uploads.
pub struct ChainWriter<'w, 'b> {
    w: &'w mut Writer<'b>,
    last: Option<(usize, RpcFlags)>,
    blocks: usize,
}

impl<'w, 'b> ChainWriter<'w, 'b> {
    /// Starts a chain at the writer's position.
    pub fn new(w: &'w mut Writer<'b>) -> Self {
        ChainWriter {
            w,
            last: None,
            blocks: 0,
        }
    }

    /// Appends one block whose payload `f` writes in place; `flags` must not contain `Last`.
    pub fn block<F>(&mut self, flags: RpcFlags, f: F) -> Result<(), EncodeError>
    where
        F: FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
    {
        if flags.contains(RpcFlags::LAST) {
            return Err(EncodeError::InvalidValue {
                field: "Flags (Last is set by ChainWriter::finish)",
            });
        }
        let at = self.w.position();
        write_block_with(self.w, flags, f)?;
        self.last = Some((at, flags));
        self.blocks += 1;
        Ok(())
    }

    /// Blocks written so far.
    pub fn blocks(&self) -> usize {
        self.blocks
    }

    /// Bytes of room left in the writer.
    pub fn remaining(&self) -> usize {
        self.w.remaining()
    }

    /// Sets `Last` on the final block; a chain needs at least one block.
    pub fn finish(self) -> Result<usize, EncodeError> {
        let Some((at, flags)) = self.last else {
            return Err(EncodeError::InvalidValue {
                field: "RPC_HEADER_EXT chain (no block)",
            });
        };
        self.w
            .patch_u16(at.saturating_add(2), (flags | RpcFlags::LAST).bits())?;
        Ok(self.blocks)
    }
}
