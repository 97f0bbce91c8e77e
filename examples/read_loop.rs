//! Decodes the built-in send-mail request buffer N times (default 1,000,000) and reads
//! every field of every ROP through a [`Dumper`] that sums integers, measures byte runs and
//! converts strings to UTF-8 into a stack buffer, as the `batch` bench's reader does. For
//! instruction counts per byte: run it under `valgrind --tool=callgrind` (or
//! `perf stat -e instructions:u`) with N and with 0 and divide the difference by N × the
//! buffer size it prints. A separate program from `decode_loop`, so that the plain decode
//! loop there is compiled as it always was.
//!
//! `cargo run --release --example read_loop -- 1000000`

use std::hint::black_box;

use ropwire::buffer::RopBuffer;
use ropwire::wire::{Dump, Dumper, Namer, Utf16Str};
use ropwire::{Decode, Writer, sample};

/// Reads every field it is shown, as the `batch` bench's reader does: integers summed,
/// byte runs measured, strings converted to UTF-8 into a stack buffer.
struct ReadAll {
    sum: u64,
    utf8: [u8; 1024],
}

impl Dumper for ReadAll {
    fn int(&mut self, _: &str, value: u64, _: u8) {
        self.sum = self.sum.wrapping_add(value);
    }
    fn text(&mut self, _: &str, value: &dyn std::fmt::Display) {
        use std::io::Write;
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

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let mut mem = [0u8; 4096];
    let mut w = Writer::new(&mut mem);
    sample::write_request_buffer(&mut w).expect("the sample fits");
    let len = w.position();
    let bytes = &mem[..len];
    let mut reader = ReadAll {
        sum: 0,
        utf8: [0; 1024],
    };
    for _ in 0..n {
        let buf = RopBuffer::decode(black_box(bytes)).expect("valid");
        for rop in buf.requests().flatten() {
            rop.dump(&mut reader);
        }
    }
    println!(
        "{n} decodes and reads of {len} bytes (checksum {})",
        reader.sum
    );
}
