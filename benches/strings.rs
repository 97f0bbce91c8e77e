//! UTF-16 strings ([MS-OXCDATA] 2.11.1 PtypString): the terminator scan (decode), `chars()`
//! and bulk UTF-8 conversion, for a ~60-character ASCII string, a mixed non-ASCII one and a
//! short one (most strings of a ROP buffer are short); and the 8-bit terminator scan
//! (PtypString8) on a long and a short string. Each beside a plain copy of the same wire
//! bytes in the same group. Throughput counts the wire bytes (terminator included). Run
//! with `cargo bench --bench strings`.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use ropwire::wire::{Decode, Str8, Utf16Str};

/// UTF-16LE wire bytes of `s` plus the 0x0000 terminator.
fn wire(s: &str) -> Vec<u8> {
    s.encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// A bench group over `bytes`, starting with a plain copy of them.
fn group_with_copy<'c>(
    c: &'c mut Criterion,
    name: &str,
    bytes: &[u8],
) -> BenchmarkGroup<'c, WallTime> {
    let mut out = vec![0u8; bytes.len()];
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out.copy_from_slice(black_box(bytes));
            black_box(&out);
        })
    });
    g
}

fn group(c: &mut Criterion, name: &str, text: &str) {
    let bytes = wire(text);
    let (_, decoded) = Utf16Str::parse(&bytes).expect("decodes");
    let mut utf8 = vec![0u8; decoded.utf8_len()];
    assert_eq!(decoded.to_utf8_into(&mut utf8), Ok(text.len()));
    assert_eq!(utf8, text.as_bytes());
    let mut g = group_with_copy(c, name, &bytes);
    g.bench_function("decode", |b| {
        b.iter(|| black_box(Utf16Str::parse(black_box(&bytes))))
    });
    g.bench_function("chars().count()", |b| {
        b.iter(|| black_box(black_box(&decoded).chars().count()))
    });
    g.bench_function("to_utf8_into", |b| {
        b.iter(|| black_box(black_box(&decoded).to_utf8_into(&mut utf8)))
    });
    g.finish();
}

/// The 8-bit terminator scan: `text` plus its NUL.
fn group8(c: &mut Criterion, name: &str, text: &str) {
    let bytes: Vec<u8> = text.bytes().chain([0]).collect();
    let (rest, decoded) = Str8::parse(&bytes).expect("decodes");
    assert!(rest.is_empty());
    assert_eq!(decoded.as_bytes(), text.as_bytes());
    let mut g = group_with_copy(c, name, &bytes);
    g.bench_function("decode", |b| {
        b.iter(|| black_box(Str8::parse(black_box(&bytes))))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let ascii = "Re: Quarterly planning meeting moved to Thursday 10:30, room 4";
    let mixed = "Grüße aus Köln — Привет, мир! 東京で会いましょう 😀 naïve café ✓";
    eprintln!(
        "ascii: {} chars, {} units; mixed: {} chars, {} units",
        ascii.chars().count(),
        ascii.encode_utf16().count(),
        mixed.chars().count(),
        mixed.encode_utf16().count()
    );
    group(c, "utf16 ascii", ascii);
    group(c, "utf16 mixed", mixed);
    group(c, "utf16 short", "IPM.Note");
    group8(c, "str8 ascii", ascii);
    group8(c, "str8 short", "SMTP");
}

criterion_group!(benches, bench);
criterion_main!(benches);
