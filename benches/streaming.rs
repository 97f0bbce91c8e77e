//! The incremental response-stream decoder ([MS-OXCMAPIHTTP] 2.2.7; RFC 9112 7.1 chunked
//! transfer coding): the sample stream and a stream with a ~32 KB body, in identity and
//! chunked framing, fed whole and in 512-byte pieces, against a plain copy of the same wire
//! bytes in the same group (and, for identity framing, the whole-buffer decoder).
//! Throughput counts wire bytes.
//! Run with `cargo bench --bench streaming`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ropwire::mapihttp::ResponseStream;
use ropwire::mapihttp::streaming::{
    DoneHeaders, Event, Framing, StreamDecoder, write_body, write_done_with_times, write_end,
    write_pending, write_processing,
};
use ropwire::sample::{DONE_HEADERS, write_execute_response};
use ropwire::{Decode, EncodeError, Writer};

fn encode(f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>) -> Vec<u8> {
    let mut buf = vec![0u8; 1 << 17];
    let mut w = Writer::new(&mut buf);
    f(&mut w).expect("encodes");
    let n = w.position();
    buf.truncate(n);
    buf
}

/// A response stream written by the server-side writer: PROCESSING, `pending` keep-alives,
/// DONE with the sample's headers, then `body` in pieces of `piece` bytes.
fn stream(framing: Framing, pending: usize, body: &[u8], piece: usize) -> Vec<u8> {
    let done = DoneHeaders {
        headers: &DONE_HEADERS[..1],
        elapsed_ms: 12,
        start_time: DONE_HEADERS[2].value,
    };
    encode(|w| {
        write_processing(w, framing)?;
        for _ in 0..pending {
            write_pending(w, framing)?;
        }
        write_done_with_times(w, framing, &done)?;
        for part in body.chunks(piece) {
            write_body(w, framing, part)?;
        }
        write_end(w, framing)
    })
}

/// Decodes `wire` fed in `piece`-byte pieces; returns body bytes plus events, to keep the
/// work observable.
fn decode(framing: Framing, wire: &[u8], piece: usize) -> usize {
    let mut dec = StreamDecoder::new(framing);
    let mut seen = 0usize;
    for mut rest in wire.chunks(piece) {
        loop {
            let (used, ev) = dec.feed(rest).expect("valid stream");
            rest = &rest[used..];
            match ev {
                None => break,
                Some(Event::Body(b)) => seen += b.len(),
                Some(Event::Header(h)) => seen += h.value.len(),
                Some(_) => seen += 1,
            }
        }
    }
    dec.finish().expect("complete stream");
    seen
}

fn group(c: &mut Criterion, name: &str, framing: Framing, wire: &[u8]) {
    let mut out = vec![0u8; wire.len()];
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(wire.len() as u64));
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out.copy_from_slice(black_box(wire));
            black_box(&out);
        })
    });
    g.bench_function("decode whole", |b| {
        b.iter(|| black_box(decode(framing, black_box(wire), wire.len().max(1))))
    });
    g.bench_function("decode 512 B pieces", |b| {
        b.iter(|| black_box(decode(framing, black_box(wire), 512)))
    });
    if framing == Framing::Identity {
        // Reference: the whole-buffer decoder on the same bytes.
        g.bench_function("whole-buffer ResponseStream", |b| {
            b.iter(|| black_box(ResponseStream::decode(black_box(wire)).map(|s| s.body.len())))
        });
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    let body = encode(write_execute_response);
    let mut big = Vec::new();
    while big.len() < 32 * 1024 {
        big.extend(&body);
    }
    for (framing, label) in [
        (Framing::Identity, "identity"),
        (Framing::Chunked, "chunked"),
    ] {
        // The sample: one PENDING, the body as one piece.
        let small = stream(framing, 1, &body, body.len());
        group(
            c,
            &format!("streaming sample {label} ({} B)", small.len()),
            framing,
            &small,
        );
        // ~32 KB body sent as 4 KB chunks, three keep-alives.
        let large = stream(framing, 3, &big, 4096);
        group(
            c,
            &format!("streaming 32 KB {label} ({} B)", large.len()),
            framing,
            &large,
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
