//! A writer over caller memory that fails instead of growing ([MS-OXCDATA] 2.1 byte order).

use crate::error::EncodeError;

/// Little-endian writer into a caller-provided `&mut [u8]`.
///
/// Every write checks the room left and fails with [`EncodeError::BufferTooSmall`];
/// nothing is ever allocated. Size fields written before their content are reserved with
/// [`Writer::reserve`] and filled later with [`Writer::patch_u16`] / [`Writer::patch_u32`].
#[derive(Debug)]
pub struct Writer<'b> {
    buf: &'b mut [u8],
    pos: usize,
}

impl<'b> Writer<'b> {
    /// A writer at the start of `buf`.
    pub fn new(buf: &'b mut [u8]) -> Self {
        Writer { buf, pos: 0 }
    }

    /// Bytes written so far.
    #[inline]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Bytes of room left.
    #[inline]
    pub fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// The bytes written so far.
    pub fn written(&self) -> &[u8] {
        self.buf.get(..self.pos).unwrap_or_default()
    }

    /// Consumes the writer and returns the written part of the buffer.
    pub fn into_written(self) -> &'b mut [u8] {
        let pos = self.pos;
        self.buf.get_mut(..pos).unwrap_or_default()
    }

    #[inline]
    fn room(&mut self, n: usize) -> Result<&mut [u8], EncodeError> {
        let available = self.remaining();
        let end = self.pos.checked_add(n);
        match end.and_then(|end| self.buf.get_mut(self.pos..end)) {
            Some(s) => Ok(s),
            None => Err(EncodeError::BufferTooSmall {
                needed: n,
                available,
            }),
        }
    }

    /// Writes raw bytes.
    #[inline]
    pub fn put_bytes(&mut self, bytes: &[u8]) -> Result<(), EncodeError> {
        self.room(bytes.len())?.copy_from_slice(bytes);
        self.pos += bytes.len();
        Ok(())
    }

    /// Claims the next `n` bytes: one room check for a run the caller fills itself.
    #[inline]
    pub(crate) fn claim(&mut self, n: usize) -> Result<&mut [u8], EncodeError> {
        let pos = self.pos;
        self.room(n)?;
        self.pos += n;
        Ok(self.buf.get_mut(pos..self.pos).unwrap_or_default())
    }

    /// Writes one byte.
    #[inline]
    pub fn put_u8(&mut self, v: u8) -> Result<(), EncodeError> {
        self.put_bytes(&[v])
    }

    /// Writes a little-endian `u16`.
    #[inline]
    pub fn put_u16(&mut self, v: u16) -> Result<(), EncodeError> {
        self.put_bytes(&v.to_le_bytes())
    }

    /// Writes a little-endian `u32`.
    #[inline]
    pub fn put_u32(&mut self, v: u32) -> Result<(), EncodeError> {
        self.put_bytes(&v.to_le_bytes())
    }

    /// Writes a little-endian `u64`.
    #[inline]
    pub fn put_u64(&mut self, v: u64) -> Result<(), EncodeError> {
        self.put_bytes(&v.to_le_bytes())
    }

    /// Writes `n` zero bytes and returns their position, for a field patched later.
    #[inline]
    pub fn reserve(&mut self, n: usize) -> Result<usize, EncodeError> {
        let at = self.pos;
        self.room(n)?.fill(0);
        self.pos += n;
        Ok(at)
    }

    /// Overwrites bytes already written at `at`.
    #[inline]
    pub fn patch(&mut self, at: usize, bytes: &[u8]) -> Result<(), EncodeError> {
        let end = at.checked_add(bytes.len()).filter(|&e| e <= self.pos);
        match end.and_then(|end| self.buf.get_mut(at..end)) {
            Some(s) => {
                s.copy_from_slice(bytes);
                Ok(())
            }
            None => Err(EncodeError::BufferTooSmall {
                needed: bytes.len(),
                available: 0,
            }),
        }
    }

    /// Overwrites a little-endian `u16` already reserved at `at`.
    #[inline]
    pub fn patch_u16(&mut self, at: usize, v: u16) -> Result<(), EncodeError> {
        self.patch(at, &v.to_le_bytes())
    }

    /// Overwrites a little-endian `u32` already reserved at `at`.
    #[inline]
    pub fn patch_u32(&mut self, at: usize, v: u32) -> Result<(), EncodeError> {
        self.patch(at, &v.to_le_bytes())
    }

    /// Runs `f` on a copy of this writer and takes over its position: a writer local to the
    /// caller's frame, whose position the compiler keeps in a register while `f`'s writes
    /// are inlined (through `self` it is stored and reloaded at every write).
    ///
    /// Also used around every call that may stay out of line (each declared field, each
    /// ROP's body): only the copy's address escapes into the callee, so the caller's own
    /// position stays in a register instead of going through memory at every write.
    #[inline(always)]
    pub(crate) fn local<R>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> R) -> R {
        let mut sub = Writer {
            buf: &mut *self.buf,
            pos: self.pos,
        };
        let r = f(&mut sub);
        self.pos = sub.pos;
        r
    }

    /// A writer over the unwritten rest, for encoding into a sub-buffer in place
    /// (e.g. obfuscating a payload); call [`Writer::advance`] with what it wrote.
    pub fn rest_mut(&mut self) -> &mut [u8] {
        let pos = self.pos;
        self.buf.get_mut(pos..).unwrap_or_default()
    }

    /// Marks `n` bytes written through [`Writer::rest_mut`] as written.
    pub fn advance(&mut self, n: usize) -> Result<(), EncodeError> {
        self.room(n)?;
        self.pos += n;
        Ok(())
    }

    /// Mutable access to bytes already written in `range` (e.g. to XOR a payload in place).
    pub fn written_mut(&mut self, from: usize) -> &mut [u8] {
        let pos = self.pos;
        self.buf.get_mut(from..pos).unwrap_or_default()
    }
}
