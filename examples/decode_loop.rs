//! Decodes the built-in send-mail request buffer N times (default 1,000,000), for
//! instruction counts per byte: run it under `perf stat -e instructions:u` with N and
//! with 0, and divide the difference by N × the buffer size it prints.
//!
//! `cargo run --release --example decode_loop -- 1000000`

use std::hint::black_box;

use ropwire::buffer::RopBuffer;
use ropwire::{Decode, Writer, sample};

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
    let mut sum = 0usize;
    for _ in 0..n {
        let buf = RopBuffer::decode_exact(black_box(bytes)).expect("valid");
        for rop in buf.requests() {
            sum = sum.wrapping_add(rop.map_or(0, |r| usize::from(r.rop_id().0)));
        }
    }
    println!("{n} decodes of {len} bytes (checksum {sum})");
}
