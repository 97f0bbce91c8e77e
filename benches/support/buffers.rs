//! Buffers the `batch` bench and `examples/ratios.rs` share: the sample's bytes, and where
//! in an output buffer a copy or an encode lands without 4K aliasing.

use ropwire::{EncodeError, Writer};

/// The bytes `write` produces (e.g. `ropwire::sample::write_request_buffer`).
pub fn bytes(write: fn(&mut Writer<'_>) -> Result<(), EncodeError>) -> Vec<u8> {
    let mut mem = vec![0u8; 8192];
    let mut w = Writer::new(&mut mem);
    write(&mut w).expect("sample fits");
    let n = w.position();
    mem.truncate(n);
    mem
}

/// Where in `out` a copy of `src` should land: 2 KiB away from `src` modulo 4 KiB, so the
/// plain-copy baseline measures the copy rather than 4K aliasing between the two buffers
/// (which made it swing between 5 and 14 ns from run to run).
pub fn copy_offset(out: &[u8], src: &[u8]) -> usize {
    let gap = (out.as_ptr() as usize).wrapping_sub(src.as_ptr() as usize) % 4096;
    (2048 + 4096 - gap) % 4096
}
