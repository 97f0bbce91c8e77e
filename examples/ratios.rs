//! The `batch` bench's send-mail workloads timed as the minimum over many short runs,
//! each against a plain copy of the same bytes: a cross-check for criterion on a shared
//! machine, where other tenants move medians by ±20% but rarely the fastest runs.
//!
//! `cargo run --release --example ratios -- [rounds]` (default 300 rounds; every workload
//! runs once per round, 2,000 iterations at a time, in turn).

use std::hint::black_box;
use std::time::Instant;

use ropwire::buffer::RopBuffer;
use ropwire::rop::{NoContext, RopRequest, RopResponse};
use ropwire::{Decode, Encode, Writer, sample};

#[path = "../benches/support/buffers.rs"]
mod buffers;
#[path = "../benches/support/read_all.rs"]
mod read_all;
#[path = "../benches/support/read_typed.rs"]
mod read_typed;
use buffers::{bytes, copy_offset};

const ITERS: u32 = 2000;

/// Encodes `rops` and `handles` as one ROP buffer at the start of `out`; returns its length.
fn encode<T: Encode>(out: &mut [u8], rops: &[T], handles: &[u32]) -> usize {
    let mut w = Writer::new(out);
    ropwire::buffer::encode_buffer(&mut w, black_box(rops), handles).expect("fits");
    w.position()
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let req = bytes(sample::write_request_buffer);
    let resp = bytes(sample::write_response_buffer);
    let rq = RopBuffer::decode(&req).expect("valid");
    let requests: Vec<RopRequest> = rq.requests().map(|r| r.expect("valid")).collect();
    let responses: Vec<RopResponse> = RopBuffer::decode(&resp)
        .expect("valid")
        .responses(Some(&rq), &NoContext)
        .map(|p| p.expect("valid").response)
        .collect();
    let mut out = vec![0u8; 16384];
    let at_req = copy_offset(&out, &req);
    let at_resp = copy_offset(&out, &resp);
    let mut utf8 = [0u8; 1024];

    let names = [
        "request: plain copy",
        "request: decode",
        "request: decode + read (typed)",
        "request: encode (decoded values)",
        "request: decode + read (Dumper)",
        "response: plain copy",
        "response: paired decode",
        "response: encode (decoded values)",
    ];
    let mut best = [f64::MAX; 8];
    let mut reader = read_all::ReadAll::new();
    for _ in 0..rounds {
        for (k, b) in best.iter_mut().enumerate() {
            let t = Instant::now();
            for _ in 0..ITERS {
                match k {
                    0 => {
                        out[at_req..at_req + req.len()].copy_from_slice(black_box(&req));
                        black_box(&out);
                    }
                    1 => {
                        let buf = RopBuffer::decode(black_box(&req)).expect("valid");
                        let n: usize = buf
                            .requests()
                            .map(|r| r.map_or(0, |r| usize::from(r.rop_id().0)))
                            .sum();
                        black_box(n);
                    }
                    2 => {
                        black_box(read_typed::decode_and_read_typed(
                            black_box(&req),
                            &mut utf8,
                        ));
                    }
                    3 => {
                        black_box(encode(
                            &mut out[at_req..],
                            &requests,
                            &sample::REQUEST_HANDLES,
                        ));
                    }
                    4 => {
                        black_box(read_all::decode_and_read(black_box(&req), &mut reader));
                    }
                    5 => {
                        out[at_resp..at_resp + resp.len()].copy_from_slice(black_box(&resp));
                        black_box(&out);
                    }
                    6 => {
                        let rs = RopBuffer::decode(black_box(&resp)).expect("valid");
                        let n: usize = rs
                            .responses_to(&requests, rq.handles, &NoContext)
                            .map(|p| p.map_or(0, |p| usize::from(p.response.rop_id().0)))
                            .sum();
                        black_box(n);
                    }
                    _ => {
                        black_box(encode(
                            &mut out[at_resp..],
                            &responses,
                            &sample::RESPONSE_HANDLES,
                        ));
                    }
                }
            }
            *b = b.min(t.elapsed().as_secs_f64() * 1e9 / f64::from(ITERS));
        }
    }
    for (k, name) in names.iter().enumerate() {
        let copy = if k < 5 { best[0] } else { best[5] };
        println!("{name:36} {:8.2} ns  {:6.1}x", best[k], best[k] / copy);
    }
}
