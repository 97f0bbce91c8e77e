//! Batched send-mail request and response: decode and encode against a plain copy of the
//! same bytes, measured in the same run. Run with `cargo bench --bench batch`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ropwire::buffer::RopBuffer;
use ropwire::rop::{NoContext, RopRequest, RopResponse};

#[path = "support/read_all.rs"]
mod read_all;
use read_all::{ReadAll, decode_and_read};
#[path = "support/buffers.rs"]
mod buffers;
#[path = "support/read_typed.rs"]
mod read_typed;
use buffers::{bytes, copy_offset};
use read_typed::decode_and_read_typed;
use ropwire::{Decode, Encode, Writer, sample};

/// Decodes every ROP of a request buffer; returns a value depending on all of them.
fn decode_requests(b: &[u8]) -> usize {
    let buf = RopBuffer::decode(b).expect("valid");
    buf.requests()
        .map(|r| r.map_or(0, |r| r.rop_id().0 as usize))
        .sum()
}

fn decode_responses(req: &[u8], resp: &[u8]) -> usize {
    let rq = RopBuffer::decode(req).expect("valid");
    let rs = RopBuffer::decode(resp).expect("valid");
    rs.responses(Some(&rq), &NoContext)
        .map(|p| p.map_or(0, |p| p.response.rop_id().0 as usize))
        .sum()
}

/// Where in `out` an encode of up to `len` bytes should start so that its stores share no
/// address bits below 4 KiB with what the encoder reads (`sources`: start and length): the
/// encode then measures the encoder, not whether the allocator placed the buffers so that
/// loads wait on unrelated stores (4K aliasing moved the response encode between 19 and
/// 25 ns with the heap layout).
fn clear_offset(out: &[u8], len: usize, sources: &[(usize, usize)]) -> usize {
    let base = out.as_ptr() as usize;
    // Whether address `x` lies within 64 bytes of the source `(s, n)`, modulo 4 KiB.
    let near = |x: usize, (s, n): (usize, usize)| (x + 4096 + 64 - s % 4096) % 4096 < n + 128;
    let overlaps =
        |at: usize| (0..len).any(|d| sources.iter().any(|&src| near((base + at + d) % 4096, src)));
    (0..4096).step_by(64).find(|&at| !overlaps(at)).unwrap_or(0)
}

/// The address range of a slice, for [`clear_offset`].
fn span<T>(s: &[T]) -> (usize, usize) {
    (s.as_ptr() as usize, std::mem::size_of_val(s))
}

fn bench(c: &mut Criterion) {
    let req = bytes(sample::write_request_buffer);
    let resp = bytes(sample::write_response_buffer);
    let mut out = vec![0u8; 8192];

    let mut g = c.benchmark_group("send-mail request");
    g.throughput(Throughput::Bytes(req.len() as u64));
    let at = copy_offset(&out, &req);
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out[at..at + req.len()].copy_from_slice(black_box(&req));
            black_box(&out);
        })
    });
    g.bench_function("decode", |b| {
        b.iter(|| black_box(decode_requests(black_box(&req))))
    });
    let mut reader = ReadAll::new();
    g.bench_function("decode + read every field + UTF-8", |b| {
        b.iter(|| black_box(decode_and_read(black_box(&req), &mut reader)))
    });
    let mut utf8 = [0u8; 1024];
    g.bench_function("decode + read every field + UTF-8 (typed values)", |b| {
        b.iter(|| black_box(decode_and_read_typed(black_box(&req), &mut utf8)))
    });
    let buf = RopBuffer::decode(&req).expect("valid");
    let decoded: Vec<RopRequest> = buf.requests().map(|r| r.expect("valid")).collect();
    let at = clear_offset(&out, req.len(), &[span(&req), span(&decoded)]);
    g.bench_function("encode (decoded values)", |b| {
        b.iter(|| {
            let mut w = Writer::new(&mut out[at..]);
            ropwire::buffer::encode_buffer(&mut w, black_box(&decoded), &sample::REQUEST_HANDLES)
                .expect("fits");
            black_box(w.position())
        })
    });
    g.bench_function("encode (caller values)", |b| {
        b.iter(|| {
            let mut w = Writer::new(&mut out);
            sample::write_request_buffer(black_box(&mut w)).expect("fits");
            black_box(w.position())
        })
    });
    g.finish();

    let mut g = c.benchmark_group("send-mail response");
    g.throughput(Throughput::Bytes(resp.len() as u64));
    let at = copy_offset(&out, &resp);
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out[at..at + resp.len()].copy_from_slice(black_box(&resp));
            black_box(&out);
        })
    });
    g.bench_function("decode (paired, request buffer decoded too)", |b| {
        b.iter(|| black_box(decode_responses(black_box(&req), black_box(&resp))))
    });
    let rq = RopBuffer::decode(&req).expect("valid");
    let requests: Vec<RopRequest> = rq.requests().map(|r| r.expect("valid")).collect();
    g.bench_function("decode (paired, requests already decoded)", |b| {
        b.iter(|| {
            let rs = RopBuffer::decode(black_box(&resp)).expect("valid");
            let n: usize = rs
                .responses_to(&requests, rq.handles, &NoContext)
                .map(|p| p.map_or(0, |p| p.response.rop_id().0 as usize))
                .sum();
            black_box(n)
        })
    });
    let rs = RopBuffer::decode(&resp).expect("valid");
    let decoded: Vec<RopResponse> = rs
        .responses(Some(&rq), &NoContext)
        .map(|p| p.expect("valid").response)
        .collect();
    let at = clear_offset(&out, resp.len(), &[span(&resp), span(&decoded)]);
    g.bench_function("encode (decoded values)", |b| {
        b.iter(|| {
            let mut w = Writer::new(&mut out[at..]);
            ropwire::buffer::encode_buffer(&mut w, black_box(&decoded), &sample::RESPONSE_HANDLES)
                .expect("fits");
            black_box(w.position())
        })
    });
    g.bench_function("encode (caller values)", |b| {
        b.iter(|| {
            let mut w = Writer::new(&mut out);
            sample::write_response_buffer(black_box(&mut w)).expect("fits");
            black_box(w.position())
        })
    });
    g.finish();
    let _ = decoded.iter().map(Encode::encoded_len).sum::<usize>();
}

criterion_group!(benches, bench);
criterion_main!(benches);
