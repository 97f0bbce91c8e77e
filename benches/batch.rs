//! Batched send-mail request and response: decode and encode against a plain copy of the
//! same bytes, measured in the same run. Run with `cargo bench --bench batch`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ropwire::buffer::RopBuffer;
use ropwire::rop::{NoContext, RopRequest, RopResponse};
use ropwire::{Decode, Encode, Writer, sample};

fn bytes(write: fn(&mut Writer<'_>) -> Result<(), ropwire::EncodeError>) -> Vec<u8> {
    let mut mem = vec![0u8; 8192];
    let mut w = Writer::new(&mut mem);
    write(&mut w).expect("sample fits");
    let n = w.position();
    mem.truncate(n);
    mem
}

/// Decodes every ROP of a request buffer; returns a value depending on all of them.
fn decode_requests(b: &[u8]) -> usize {
    let buf = RopBuffer::decode_exact(b).expect("valid");
    buf.requests()
        .map(|r| r.map_or(0, |r| r.rop_id().0 as usize))
        .sum()
}

fn decode_responses(req: &[u8], resp: &[u8]) -> usize {
    let rq = RopBuffer::decode_exact(req).expect("valid");
    let rs = RopBuffer::decode_exact(resp).expect("valid");
    rs.responses(Some(&rq), &NoContext)
        .map(|p| p.map_or(0, |p| p.response.rop_id().0 as usize))
        .sum()
}

fn bench(c: &mut Criterion) {
    let req = bytes(sample::write_request_buffer);
    let resp = bytes(sample::write_response_buffer);
    let mut out = vec![0u8; 8192];

    let mut g = c.benchmark_group("send-mail request");
    g.throughput(Throughput::Bytes(req.len() as u64));
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out[..req.len()].copy_from_slice(black_box(&req));
            black_box(&out);
        })
    });
    g.bench_function("decode", |b| {
        b.iter(|| black_box(decode_requests(black_box(&req))))
    });
    let buf = RopBuffer::decode_exact(&req).expect("valid");
    let decoded: Vec<RopRequest> = buf.requests().map(|r| r.expect("valid")).collect();
    g.bench_function("encode (decoded values)", |b| {
        b.iter(|| {
            let mut w = Writer::new(&mut out);
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
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out[..resp.len()].copy_from_slice(black_box(&resp));
            black_box(&out);
        })
    });
    g.bench_function("decode (paired)", |b| {
        b.iter(|| black_box(decode_responses(black_box(&req), black_box(&resp))))
    });
    let rq = RopBuffer::decode_exact(&req).expect("valid");
    let rs = RopBuffer::decode_exact(&resp).expect("valid");
    let decoded: Vec<RopResponse> = rs
        .responses(Some(&rq), &NoContext)
        .map(|p| p.expect("valid").response)
        .collect();
    g.bench_function("encode (decoded values)", |b| {
        b.iter(|| {
            let mut w = Writer::new(&mut out);
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
