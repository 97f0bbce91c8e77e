//! LZ77 / DIRECT2 ([MS-OXCRPC] 3.1.4.1.1.2): decompress and compress the two Outlook 2007
//! captures and a 32 KB buffer of repeated ROP request buffers, against a plain copy of the
//! same (decompressed) bytes in the same group. Throughput counts decompressed bytes.
//! Run with `cargo bench --bench lz77`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ropwire::rpc_ext::lz77::{compress, decompress, max_compressed_len};
use ropwire::rpc_ext::{MAX_PAYLOAD, RPC_HEADER_EXT_SIZE};
use ropwire::{Writer, sample};

const CAPTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/captures/");

/// The compressed payload and the decompressed ROP buffer of a capture.
fn capture(name: &str) -> (Vec<u8>, Vec<u8>) {
    let wire = std::fs::read(format!("{CAPTURES}{name}")).expect("capture is readable");
    let size_actual = usize::from(u16::from_le_bytes([wire[6], wire[7]]));
    let packed = wire[RPC_HEADER_EXT_SIZE..].to_vec();
    let mut plain = vec![0u8; size_actual];
    assert_eq!(decompress(&packed, &mut plain), Ok(size_actual));
    (packed, plain)
}

/// About 32 KB of realistic ROP traffic: the sample request and response buffers written
/// alternately, each followed by a changing 4-byte value (as a handle would be), so that
/// matches stop at every buffer instead of one match covering everything.
fn request_buffers() -> (Vec<u8>, Vec<u8>) {
    let mut mem = vec![0u8; MAX_PAYLOAD];
    let mut w = Writer::new(&mut mem);
    let mut whole = 0;
    for i in 0u32.. {
        let write = if i % 2 == 0 {
            sample::write_request_buffer
        } else {
            sample::write_response_buffer
        };
        if write(&mut w).is_err() || w.put_u32(i.wrapping_mul(0x9E37_79B1)).is_err() {
            break;
        }
        whole = w.position();
    }
    let plain = mem[..whole].to_vec();
    let mut packed = vec![0u8; max_compressed_len(plain.len())];
    let n = compress(&plain, &mut packed).expect("compresses");
    packed.truncate(n);
    eprintln!("request buffers: {} bytes -> {} compressed", plain.len(), n);
    (packed, plain)
}

fn group(c: &mut Criterion, name: &str, packed: &[u8], plain: &[u8]) {
    let mut out = vec![0u8; plain.len()];
    let mut comp = vec![0u8; max_compressed_len(plain.len())];
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(plain.len() as u64));
    g.bench_function("plain copy", |b| {
        b.iter(|| {
            out.copy_from_slice(black_box(plain));
            black_box(&out);
        })
    });
    g.bench_function("decompress", |b| {
        b.iter(|| black_box(decompress(black_box(packed), &mut out)))
    });
    g.bench_function("compress", |b| {
        b.iter(|| black_box(compress(black_box(plain), &mut comp)))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let (packed, plain) = capture("001_Outlook_2007_in_ModifyRecipients.rgbIn.bin");
    group(c, "lz77 outlook 001 (459 B)", &packed, &plain);
    let (packed, plain) = capture("002_Outlook_2007_in_Tables_operations.rgbIn.bin");
    group(c, "lz77 outlook 002 (380 B)", &packed, &plain);
    let (packed, plain) = request_buffers();
    group(c, "lz77 request buffers (32 KB)", &packed, &plain);
}

criterion_group!(benches, bench);
criterion_main!(benches);
