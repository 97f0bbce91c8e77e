//! Decodes the built-in send-mail request buffer N times (default 1,000,000) and reads
//! every field of every ROP through a `Dumper` that sums integers, measures byte runs and
//! converts strings to UTF-8 into a stack buffer, as the `batch` bench's reader does. For
//! instruction counts per byte: run it under `valgrind --tool=callgrind` (or
//! `perf stat -e instructions:u`) with N and with 0 and divide the difference by N × the
//! buffer size it prints. A separate program from `decode_loop`, so that the plain decode
//! loop there is compiled as it always was. With `typed`, it reads through the typed
//! values instead, as the bench's second reader does.
//!
//! `cargo run --release --example read_loop -- 1000000 [typed]`

use std::hint::black_box;

use ropwire::{Writer, sample};

#[path = "../benches/support/read_all.rs"]
mod read_all;
use read_all::ReadAll;
#[path = "../benches/support/read_typed.rs"]
mod read_typed;

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
    let mut reader = ReadAll::new();
    if std::env::args().nth(2).as_deref() == Some("typed") {
        let mut utf8 = [0u8; 1024];
        let mut sum = 0u64;
        for _ in 0..n {
            sum = sum.wrapping_add(read_typed::decode_and_read_typed(
                black_box(bytes),
                &mut utf8,
            ));
        }
        println!("{n} typed decodes and reads of {len} bytes (checksum {sum})");
        return;
    }
    for _ in 0..n {
        read_all::decode_and_read(black_box(bytes), &mut reader);
    }
    println!(
        "{n} decodes and reads of {len} bytes (checksum {})",
        reader.sum
    );
}
