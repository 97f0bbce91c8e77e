//! Decodes the built-in send-mail request buffer N times (default 1,000,000), for
//! instruction counts per byte: run it under `perf stat -e instructions:u` with N and
//! with 0, and divide the difference by N × the buffer size it prints.
//!
//! `cargo run --release --example decode_loop -- 1000000` (add `encode` to re-encode the
//! decoded ROPs N times instead, `pair` to decode the sample response buffer paired with
//! the decoded requests).

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
    if std::env::args().nth(2).as_deref() == Some("encode") {
        let buf = RopBuffer::decode(bytes).expect("valid");
        let rops: Vec<_> = buf.requests().map(|r| r.expect("valid")).collect();
        // 2 KiB away from the source bytes modulo 4 KiB, so that the encode's stores do not
        // alias the loads of the spans it copies (as the `batch` bench places it).
        let mut out = vec![0u8; 8192];
        let gap = (out.as_ptr() as usize).wrapping_sub(bytes.as_ptr() as usize) % 4096;
        let at = (2048 + 4096 - gap) % 4096;
        for _ in 0..n {
            let mut w = Writer::new(&mut out[at..]);
            ropwire::buffer::encode_buffer(&mut w, black_box(&rops), &sample::REQUEST_HANDLES)
                .expect("fits");
            sum = sum.wrapping_add(w.position());
        }
        println!("{n} encodes of {len} bytes (checksum {sum})");
        return;
    }
    if std::env::args().nth(2).as_deref() == Some("pair") {
        let rq = RopBuffer::decode(bytes).expect("valid");
        let requests: Vec<_> = rq.requests().map(|r| r.expect("valid")).collect();
        let mut out = [0u8; 4096];
        let mut w = Writer::new(&mut out);
        sample::write_response_buffer(&mut w).expect("the sample fits");
        let rlen = w.position();
        let resp = &out[..rlen];
        for _ in 0..n {
            let rs = RopBuffer::decode(black_box(resp)).expect("valid");
            for p in rs.responses_to(&requests, rq.handles, &ropwire::rop::NoContext) {
                sum = sum.wrapping_add(p.map_or(0, |p| usize::from(p.response.rop_id().0)));
            }
        }
        println!("{n} paired decodes of {rlen} bytes (checksum {sum})");
        return;
    }
    for _ in 0..n {
        let buf = RopBuffer::decode(black_box(bytes)).expect("valid");
        for rop in buf.requests() {
            sum = sum.wrapping_add(rop.map_or(0, |r| usize::from(r.rop_id().0)));
        }
    }
    println!("{n} decodes of {len} bytes (checksum {sum})");
}
