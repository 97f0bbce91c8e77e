//! The reader the `batch` bench and `examples/read_loop.rs` share: a [`Dumper`] that reads
//! every field it is shown, as a program reading a decoded value would. Integers are summed,
//! byte runs measured, strings converted to UTF-8 into a stack buffer; nothing allocates.

use std::io::Write;

use ropwire::Decode;
use ropwire::buffer::RopBuffer;
use ropwire::wire::{Dump, Dumper, Namer, Utf16Str};

/// Reads every field: see the module docs.
pub struct ReadAll {
    /// What was read, folded together so that nothing is optimised away.
    pub sum: u64,
    utf8: [u8; 1024],
}

impl ReadAll {
    /// Nothing read yet.
    pub fn new() -> Self {
        ReadAll {
            sum: 0,
            utf8: [0; 1024],
        }
    }
}

impl Dumper for ReadAll {
    fn int(&mut self, _: &str, value: u64, _: u8) {
        self.sum = self.sum.wrapping_add(value);
    }
    fn text(&mut self, _: &str, value: &dyn std::fmt::Display) {
        let mut sink = &mut self.utf8[..];
        let room = sink.len();
        let _ = write!(sink, "{value}");
        self.sum = self.sum.wrapping_add((room - sink.len()) as u64);
    }
    fn utf16(&mut self, _: &str, value: &Utf16Str<'_>) {
        let n = value.to_utf8_into(&mut self.utf8).unwrap_or(0);
        self.sum = self.sum.wrapping_add(n as u64);
    }
    fn raw(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.text(name, value)
    }
    fn bytes(&mut self, _: &str, value: &[u8]) {
        self.sum = self.sum.wrapping_add(value.len() as u64);
    }
    fn ints(&mut self, _: &str, values: &mut dyn Iterator<Item = u64>, _: u8, _: Namer) {
        for v in values {
            self.sum = self.sum.wrapping_add(v);
        }
    }
    fn begin(&mut self, _: &str) {}
    fn begin_item(&mut self, _: usize) {}
    fn end(&mut self) {}
}

/// Decodes every ROP of a request buffer and reads every field through `reader`; stops at
/// the first ROP that does not decode, as a server does.
pub fn decode_and_read(b: &[u8], reader: &mut ReadAll) -> u64 {
    let buf = RopBuffer::decode(b).expect("valid");
    for rop in buf.requests() {
        let Ok(rop) = rop else { break };
        rop.dump(reader);
    }
    reader.sum
}
