//! Batched send-mail request and response: decode and encode against a plain copy of the
//! same bytes, measured in the same run. Run with `cargo bench --bench batch`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ropwire::buffer::RopBuffer;
use ropwire::rop::{NoContext, RopRequest, RopResponse};
use ropwire::wire::{Dump, Dumper, Namer};
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

/// Reads every field of a decoded value: integers summed, byte runs measured, strings
/// converted to UTF-8 into a stack buffer. Nothing allocates.
struct ReadAll {
    sum: u64,
    utf8: [u8; 1024],
}

struct Utf8Sink<'b> {
    buf: &'b mut [u8],
    at: usize,
}

impl std::fmt::Write for Utf8Sink<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.at + s.len();
        let dst = self.buf.get_mut(self.at..end).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.at = end;
        Ok(())
    }
}

impl Dumper for ReadAll {
    fn int(&mut self, _: &str, value: u64, _: u8) {
        self.sum = self.sum.wrapping_add(value);
    }
    fn text(&mut self, _: &str, value: &dyn std::fmt::Display) {
        let mut sink = Utf8Sink {
            buf: &mut self.utf8,
            at: 0,
        };
        let _ = std::fmt::Write::write_fmt(&mut sink, format_args!("{value}"));
        self.sum = self.sum.wrapping_add(sink.at as u64);
    }
    fn utf16(&mut self, _: &str, value: &ropwire::wire::Utf16Str<'_>) {
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

/// Decodes every ROP and reads every field, strings as UTF-8.
fn decode_and_read(b: &[u8], reader: &mut ReadAll) -> u64 {
    let buf = RopBuffer::decode(b).expect("valid");
    for rop in buf.requests().flatten() {
        rop.dump(reader);
    }
    reader.sum
}

/// Where in `out` a copy of `src` should land: 2 KiB away from `src` modulo 4 KiB, so the
/// plain-copy baseline measures the copy rather than 4K aliasing between the two buffers
/// (which made it swing between 5 and 14 ns from run to run).
fn copy_offset(out: &[u8], src: &[u8]) -> usize {
    let gap = (out.as_ptr() as usize).wrapping_sub(src.as_ptr() as usize) % 4096;
    (2048 + 4096 - gap) % 4096
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
    let mut reader = ReadAll {
        sum: 0,
        utf8: [0; 1024],
    };
    g.bench_function("decode + read every field + UTF-8", |b| {
        b.iter(|| black_box(decode_and_read(black_box(&req), &mut reader)))
    });
    let buf = RopBuffer::decode(&req).expect("valid");
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
