//! RPC_HEADER_EXT framing ([MS-OXCRPC] 2.2.2.1, 3.1.4.1.1.3, 3.1.4.2.1): spec vectors,
//! obfuscation, chain walking, limits, the real Outlook 2007 captures, truncation, proptest.

mod common;
use common::{capture, encode_a5};

use proptest::prelude::*;
use ropwire::arbitrary::Arb;
use ropwire::rpc_ext::{
    EcDoRpcExt2Flags, MAX_AUX_BUFFER, MAX_PAYLOAD, MAX_ROP_BUFFER, RPC_HEADER_EXT_SIZE, RpcBlock,
    RpcChain, RpcFlags, RpcHeaderExt, XOR_MAGIC, write_block, write_block_value, write_block_with,
    xor_magic,
};
use ropwire::wire::{Decode, Dump, Encode, Writer};
use ropwire::{DecodeError, EncodeError, ErrorKind};

fn blocks(input: &[u8]) -> (Vec<RpcBlock<'_>>, Option<DecodeError>) {
    let mut ok = Vec::new();
    let mut err = None;
    for item in RpcChain::new(input) {
        match item {
            Ok(b) => ok.push(b),
            Err(e) => err = Some(e),
        }
    }
    (ok, err)
}

// ---------------------------------------------------------------------------------------
// [MS-OXCRPC] 4.2 / 4.3: the rgbIn of the example calls has one block, Version 0x0000,
// Flags 0x0004 (Last), Size 0x0152, SizeActual 0x0152, a payload starting with
// RopSize 0x0142 (320 bytes of ROPs) and a 16-byte handle table; cbIn is 0x0000015A.

fn spec_4_2_payload() -> Vec<u8> {
    let mut p = 0x0142u16.to_le_bytes().to_vec();
    p.extend((0..320u32).map(|i| (i % 251) as u8));
    p.extend([0xFF; 16]);
    p
}

#[test]
fn spec_4_2_header_encodes_byte_exact() {
    let header = RpcHeaderExt::new(RpcFlags::LAST, 0x0152);
    let bytes = encode_a5(|w| header.encode(w));
    assert_eq!(bytes, [0x00, 0x00, 0x04, 0x00, 0x52, 0x01, 0x52, 0x01]);
    assert_eq!(header.encoded_len(), RPC_HEADER_EXT_SIZE);
    assert_eq!(RpcHeaderExt::decode(&bytes).unwrap(), header);
}

#[test]
fn spec_4_2_rgbin_block() {
    let payload = spec_4_2_payload();
    assert_eq!(payload.len(), 0x0152);
    let rgb_in = encode_a5(|w| write_block(w, &payload, RpcFlags::LAST));
    assert_eq!(rgb_in.len(), 0x015A, "cbIn of the example");
    assert_eq!(
        &rgb_in[..8],
        &[0x00, 0x00, 0x04, 0x00, 0x52, 0x01, 0x52, 0x01]
    );
    assert_eq!(&rgb_in[8..10], &[0x42, 0x01], "RopSize 0x0142");

    let (bs, err) = blocks(&rgb_in);
    assert_eq!(err, None);
    assert_eq!(bs.len(), 1);
    let b = &bs[0];
    assert_eq!(b.offset, 0);
    assert_eq!(b.payload_offset(), 8);
    assert_eq!(b.header.version, 0);
    assert_eq!(b.header.flags, RpcFlags::LAST);
    assert_eq!((b.header.size, b.header.size_actual), (0x0152, 0x0152));
    assert!(b.is_plain() && b.header.is_last());
    let mut scratch = [0u8; 4];
    // A plain payload is borrowed, so even a tiny scratch buffer works.
    let p = b.payload_into(&mut scratch).unwrap();
    assert_eq!(p, &payload[..]);
    assert!(
        std::ptr::eq(p.as_ptr(), rgb_in[8..].as_ptr()),
        "plain payload is not copied"
    );
    assert_eq!(b.encode_vec().unwrap(), rgb_in);
}

#[test]
fn spec_4_3_pul_flags() {
    // 4.2 passes pulFlags 0x00000003, 4.3 passes 0x00000007 (adds Chain).
    let f2 = EcDoRpcExt2Flags::from_bits_retain(3);
    assert_eq!(
        f2,
        EcDoRpcExt2Flags::NO_COMPRESSION | EcDoRpcExt2Flags::NO_XOR_MAGIC
    );
    let f3 = EcDoRpcExt2Flags::from_bits_retain(7);
    assert!(f3.contains(EcDoRpcExt2Flags::CHAIN));
    assert_eq!(f3.encode_vec().unwrap(), [7, 0, 0, 0]);
    // Unknown bits survive.
    let odd = EcDoRpcExt2Flags::decode(&[0x08, 0, 0, 0x80]).unwrap();
    assert_eq!(odd.bits(), 0x8000_0008);
    assert_eq!(odd.encode_vec().unwrap(), [0x08, 0, 0, 0x80]);
    // The example's pcbAuxOut is the documented maximum.
    assert_eq!(MAX_AUX_BUFFER, 0x1008);
    assert_eq!(MAX_ROP_BUFFER, 0x40000);
    assert_eq!(MAX_PAYLOAD, 0x8000);
}

#[test]
fn unknown_header_flag_bits_round_trip() {
    let bytes = [0x00, 0x00, 0x0C, 0x80, 0x01, 0x00, 0x01, 0x00, 0x42];
    let (bs, err) = blocks(&bytes);
    assert_eq!(err, None);
    assert_eq!(bs[0].header.flags.bits(), 0x800C);
    assert!(bs[0].header.is_last());
    assert_eq!(bs[0].encode_vec().unwrap(), bytes);
}

// ---------------------------------------------------------------------------------------
// XorMagic ([MS-OXCRPC] 3.1.4.1.1.3)

#[test]
fn xor_round_trip() {
    let payload: Vec<u8> = (0..=255u8).collect();
    let wire = encode_a5(|w| write_block(w, &payload, RpcFlags::XOR_MAGIC | RpcFlags::LAST));
    assert_eq!(
        &wire[..8],
        &[0x00, 0x00, 0x06, 0x00, 0x00, 0x01, 0x00, 0x01]
    );
    for (i, &b) in wire[8..].iter().enumerate() {
        assert_eq!(b, i as u8 ^ XOR_MAGIC);
    }
    let (bs, err) = blocks(&wire);
    assert_eq!(err, None);
    assert!(!bs[0].is_plain());
    assert_eq!(
        bs[0].payload,
        &wire[8..],
        "the block borrows the obfuscated bytes"
    );
    let mut scratch = [0u8; MAX_PAYLOAD];
    assert_eq!(bs[0].payload_into(&mut scratch).unwrap(), &payload[..]);

    let mut again = wire[8..].to_vec();
    xor_magic(&mut again);
    assert_eq!(again, payload);
}

#[test]
fn xor_scratch_too_small() {
    let wire = encode_a5(|w| write_block(w, &[1, 2, 3, 4], RpcFlags::XOR_MAGIC | RpcFlags::LAST));
    let b = RpcChain::new(&wire).next().unwrap().unwrap();
    let mut scratch = [0u8; 3];
    let e = b.payload_into(&mut scratch).unwrap_err();
    assert_eq!(e.offset, 4, "at the Size field");
    assert!(matches!(e.kind, ErrorKind::CountTooLarge { .. }));
}

#[test]
fn write_block_with_back_patches_and_obfuscates() {
    let wire = encode_a5(|w| {
        write_block_with(w, RpcFlags::XOR_MAGIC | RpcFlags::LAST, |w| {
            w.put_u16(0x0005)?;
            w.put_bytes(&[0x01, 0x00, 0x01])
        })
    });
    assert_eq!(
        wire,
        [
            0x00,
            0x00,
            0x06,
            0x00,
            0x05,
            0x00,
            0x05,
            0x00, // header
            0x05 ^ 0xA5,
            0xA5,
            0x01 ^ 0xA5,
            0xA5,
            0x01 ^ 0xA5,
        ]
    );
    let plain = encode_a5(|w| write_block_value(w, &0x1122_3344u32, RpcFlags::LAST));
    assert_eq!(plain, [0, 0, 4, 0, 4, 0, 4, 0, 0x44, 0x33, 0x22, 0x11]);
}

#[test]
fn write_refusals() {
    let mut buf = [0u8; 0x9000];
    let mut w = Writer::new(&mut buf);
    // Compressing one byte gains nothing: the block goes out uncompressed.
    write_block(&mut w, &[1], RpcFlags::COMPRESSED | RpcFlags::LAST).unwrap();
    assert_eq!(w.written(), &[0, 0, 0x04, 0, 1, 0, 1, 0, 1]);
    // In-place writing cannot compress without the whole payload first.
    let mut w = Writer::new(&mut buf);
    assert!(matches!(
        ropwire::rpc_ext::write_block_with(&mut w, RpcFlags::COMPRESSED, |w| w.put_u8(1)),
        Err(EncodeError::InvalidValue { .. })
    ));
    let big = vec![0u8; MAX_PAYLOAD + 1];
    let mut w = Writer::new(&mut buf);
    assert!(matches!(
        write_block(&mut w, &big, RpcFlags::LAST),
        Err(EncodeError::InvalidValue { .. })
    ));
    let exact = vec![0u8; MAX_PAYLOAD];
    let mut w = Writer::new(&mut buf);
    write_block(&mut w, &exact, RpcFlags::LAST).unwrap();
    assert_eq!(w.position(), MAX_PAYLOAD + 8);
    assert_eq!(&buf[4..8], &[0x00, 0x80, 0x00, 0x80]);

    let mut small = [0u8; 10];
    let mut w = Writer::new(&mut small);
    assert!(matches!(
        write_block(&mut w, &[1, 2, 3], RpcFlags::LAST),
        Err(EncodeError::BufferTooSmall { .. })
    ));
    // A block whose Size disagrees with its payload is refused.
    let mut bad = RpcBlock::new(RpcFlags::LAST, &[1, 2]).unwrap();
    bad.header.size = 3;
    assert!(bad.encode_vec().is_err());
}

// ---------------------------------------------------------------------------------------
// Chains ([MS-OXCRPC] 3.1.4.2.1.1)

fn three_block_chain() -> Vec<u8> {
    encode_a5(|w| {
        write_block(w, &[0x10, 0x11, 0x12], RpcFlags::XOR_MAGIC)?;
        write_block(w, &[], RpcFlags::empty())?;
        write_block(w, &[0x30; 5], RpcFlags::LAST)
    })
}

#[test]
fn chain_of_three() {
    let wire = three_block_chain();
    assert_eq!(wire.len(), 11 + 8 + 13);
    let (bs, err) = blocks(&wire);
    assert_eq!(err, None);
    assert_eq!(bs.iter().map(|b| b.offset).collect::<Vec<_>>(), [0, 11, 19]);
    assert_eq!(
        bs.iter().map(|b| b.header.flags.bits()).collect::<Vec<_>>(),
        [0x0002, 0x0000, 0x0004]
    );
    let mut scratch = [0u8; 16];
    assert_eq!(
        bs[0].payload_into(&mut scratch).unwrap(),
        &[0x10, 0x11, 0x12]
    );
    assert_eq!(bs[1].payload, &[] as &[u8]);
    assert_eq!(bs[2].payload, &[0x30; 5]);
    assert_eq!(RpcChain::new(&wire).validate(), Ok(3));
    // Blocks re-encode to the same bytes.
    let again = encode_a5(|w| bs.iter().try_for_each(|b| b.encode(w)));
    assert_eq!(again, wire);
    // With a base, offsets are absolute in the enclosing buffer.
    let offs: Vec<_> = RpcChain::with_offset(&wire, 100)
        .map(|b| b.unwrap().offset)
        .collect();
    assert_eq!(offs, [100, 111, 119]);
}

#[test]
fn chain_without_last() {
    let wire = encode_a5(|w| {
        write_block(w, &[1, 2], RpcFlags::empty())?;
        write_block(w, &[3], RpcFlags::XOR_MAGIC)
    });
    let (bs, err) = blocks(&wire);
    assert_eq!(bs.len(), 2, "the blocks before the error are returned");
    assert_eq!(
        err,
        Some(DecodeError {
            offset: 19,
            kind: ErrorKind::Truncated { needed: 8 }
        })
    );
    assert_eq!(
        RpcChain::with_offset(&wire, 8)
            .validate()
            .unwrap_err()
            .offset,
        27
    );
    // An empty buffer lacks the Last block too.
    assert_eq!(
        RpcChain::new(&[]).validate(),
        Err(DecodeError {
            offset: 0,
            kind: ErrorKind::Truncated { needed: 8 }
        })
    );
}

#[test]
fn size_larger_than_input_is_truncated() {
    // Size 0x10, only 3 payload bytes present.
    let wire = [0x00, 0x00, 0x04, 0x00, 0x10, 0x00, 0x10, 0x00, 1, 2, 3];
    let (bs, err) = blocks(&wire);
    assert!(bs.is_empty());
    assert_eq!(
        err,
        Some(DecodeError {
            offset: 8,
            kind: ErrorKind::Truncated { needed: 13 }
        })
    );
    // A header cut short.
    assert_eq!(
        RpcChain::new(&wire[..5]).validate(),
        Err(DecodeError {
            offset: 0,
            kind: ErrorKind::Truncated { needed: 3 }
        })
    );
}

#[test]
fn header_checks() {
    let cases: [(&[u8], usize, ErrorKind); 5] = [
        // Version 1.
        (
            &[0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00],
            0,
            ErrorKind::InvalidValue { field: "Version" },
        ),
        // Size 0x8001 > 32 KB.
        (
            &[0x00, 0x00, 0x04, 0x00, 0x01, 0x80, 0x01, 0x80],
            4,
            ErrorKind::CountTooLarge { field: "Size" },
        ),
        // SizeActual 0x8001 > 32 KB with a compressed payload.
        (
            &[0x00, 0x00, 0x05, 0x00, 0x01, 0x00, 0x01, 0x80],
            6,
            ErrorKind::CountTooLarge {
                field: "SizeActual",
            },
        ),
        // Not compressed, Size 1 but SizeActual 2.
        (
            &[0x00, 0x00, 0x04, 0x00, 0x01, 0x00, 0x02, 0x00, 0xAA],
            6,
            ErrorKind::InvalidValue {
                field: "SizeActual (differs from Size while not Compressed)",
            },
        ),
        // Bytes after the Last block.
        (
            &[0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],
            8,
            ErrorKind::TrailingBytes,
        ),
    ];
    for (wire, offset, kind) in cases {
        assert_eq!(
            RpcChain::new(wire).validate(),
            Err(DecodeError { offset, kind }),
            "{wire:02X?}"
        );
    }
    // Compressed with Size == SizeActual: the "Size below SizeActual" rule binds senders, so
    // the chain accepts the block (this used to be InvalidValue at Size); its payload is
    // decompressed as usual (see tests/peers.rs).
    assert_eq!(
        RpcChain::new(&[0x00, 0x00, 0x05, 0x00, 0x01, 0x00, 0x01, 0x00, 0xAA]).validate(),
        Ok(1)
    );
    // Version != 0 in the second block: the first is still returned.
    let mut wire = three_block_chain();
    wire[11] = 0x02;
    let (bs, err) = blocks(&wire);
    assert_eq!(bs.len(), 1);
    assert_eq!(
        err,
        Some(DecodeError {
            offset: 11,
            kind: ErrorKind::InvalidValue { field: "Version" }
        })
    );
}

#[test]
fn compressed_payload_errors_are_absolute_and_typed() {
    // Size 2, SizeActual 9: two bytes cannot hold a 4-byte LZ77 bitmask.
    let wire = [0x00, 0x00, 0x05, 0x00, 0x02, 0x00, 0x09, 0x00, 0xAA, 0xBB];
    let b = RpcChain::new(&wire).next().unwrap().unwrap();
    assert_eq!((b.header.size, b.header.size_actual), (2, 9));
    let mut scratch = [0u8; MAX_PAYLOAD];
    let e = b.payload_into(&mut scratch).unwrap_err();
    assert_eq!(
        e.offset, 8,
        "at the payload, counted from the block's buffer"
    );
    assert!(matches!(e.kind, ErrorKind::Truncated { .. }), "{e:?}");
    // SizeActual larger than the caller's room.
    let mut small = [0u8; 4];
    let e = b.payload_into(&mut small).unwrap_err();
    assert_eq!(e.offset, 6);
    assert!(matches!(e.kind, ErrorKind::CountTooLarge { .. }), "{e:?}");
}

#[test]
fn header_dump_names() {
    let mut d = common::IntFields::default();
    let wire = three_block_chain();
    RpcChain::new(&wire).next().unwrap().unwrap().dump(&mut d);
    assert_eq!(
        d.0,
        [
            ("Version".into(), Some(0)),
            ("Flags".into(), Some(2)),
            ("Size".into(), Some(3)),
            ("SizeActual".into(), Some(3)),
            ("Payload".into(), None),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Real captures (Outlook 2007, OpenChange test data)

/// Walks AUX_HEADER blocks ([MS-OXCRPC] 2.2.2.2): Size (2, counting the 4-byte header),
/// Version (1), Type (1). Returns (Size, Version, Type, block body) per block.
fn aux_blocks(payload: &[u8]) -> Vec<(u16, u8, u8, &[u8])> {
    let mut out = Vec::new();
    let mut rest = payload;
    while !rest.is_empty() {
        let size = u16::from_le_bytes([rest[0], rest[1]]);
        assert!(
            size >= 4 && usize::from(size) <= rest.len(),
            "AUX_HEADER Size {size}"
        );
        out.push((size, rest[2], rest[3], &rest[4..usize::from(size)]));
        rest = &rest[usize::from(size)..];
    }
    out
}

#[test]
fn capture_rgb_aux_in() {
    if !common::captures_present() {
        return;
    }
    for name in [
        "001_Outlook_2007_in_ModifyRecipients.rgbAuxIn.bin",
        "002_Outlook_2007_in_Tables_operations.rgbAuxIn.bin",
    ] {
        let wire = capture(name);
        assert_eq!(wire.len(), 48);
        let (bs, err) = blocks(&wire);
        assert_eq!(err, None, "{name}");
        assert_eq!(bs.len(), 1);
        let h = &bs[0].header;
        assert_eq!(h.version, 0);
        assert_eq!(h.flags, RpcFlags::XOR_MAGIC | RpcFlags::LAST);
        assert_eq!(h.flags.bits(), 0x0006);
        assert_eq!((h.size, h.size_actual), (40, 40));
        assert_eq!(
            bs[0].encode_vec().unwrap(),
            wire,
            "re-encodes byte for byte"
        );

        let mut scratch = [0u8; MAX_PAYLOAD];
        let aux = bs[0].payload_into(&mut scratch).unwrap();
        assert_eq!(aux.len(), 40);
        let aux = aux_blocks(aux);
        // The AUX_HEADER sizes tile the payload exactly; every block is AUX_VERSION_1.
        assert_eq!(aux.iter().map(|a| usize::from(a.0)).sum::<usize>(), 40);
        assert!(aux.iter().all(|a| a.1 == 0x01));
        // First: AUX_TYPE_PERF_REQUESTID (0x01), 4 header bytes + SessionID:2 + RequestID:2.
        assert_eq!((aux[0].0, aux[0].2), (8, 0x01));
        // Then two AUX_TYPE_PERF_BG_DEFMDB_SUCCESS (0x0C) blocks, AUX_PERF_DEFMDB_SUCCESS:
        // TimeSinceRequest:4 TimeToCompleteRequest:4 RequestID:2 Reserved:2.
        assert_eq!(
            aux[1..].iter().map(|a| (a.0, a.2)).collect::<Vec<_>>(),
            [(16, 0x0C), (16, 0x0C)]
        );
        // Re-obfuscating the plain payload gives back the wire bytes.
        let mut again = scratch[..40].to_vec();
        xor_magic(&mut again);
        assert_eq!(again, &wire[8..]);
        // The same payload written by our writer is byte-identical to Outlook's.
        let ours =
            encode_a5(|w| write_block(w, &scratch[..40], RpcFlags::XOR_MAGIC | RpcFlags::LAST));
        assert_eq!(ours, wire);
    }
    // The first capture's PERF_REQUESTID: SessionID 1, RequestID 0x00A3.
    let wire = capture("001_Outlook_2007_in_ModifyRecipients.rgbAuxIn.bin");
    let mut p = wire[8..16].to_vec();
    xor_magic(&mut p);
    assert_eq!(p, [0x08, 0x00, 0x01, 0x01, 0x01, 0x00, 0xA3, 0x00]);
}

#[test]
fn capture_rgb_in_is_compressed_and_decompresses() {
    if !common::captures_present() {
        return;
    }
    for (name, size, size_actual, comp) in [
        (
            "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
            325u16,
            459u16,
            "001_Outlook_2007_in_ModifyRecipients_comp.dat",
        ),
        (
            "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
            330,
            380,
            "002_Outlook_2007_in_Tables_operations_comp.dat",
        ),
    ] {
        let wire = capture(name);
        assert_eq!(wire.len(), 8 + usize::from(size));
        let (bs, err) = blocks(&wire);
        assert_eq!(err, None, "{name}");
        assert_eq!(bs.len(), 1);
        let h = &bs[0].header;
        assert_eq!(h.version, 0);
        assert_eq!(h.flags.bits(), 0x0005);
        assert_eq!(h.flags, RpcFlags::COMPRESSED | RpcFlags::LAST);
        assert_eq!((h.size, h.size_actual), (size, size_actual));
        assert_eq!(bs[0].payload.len(), usize::from(size));
        // The LZ77 payload decompresses to exactly SizeActual bytes, framed as a ROP buffer.
        let mut scratch = [0u8; MAX_PAYLOAD];
        let payload = bs[0].payload_into(&mut scratch).unwrap();
        assert_eq!(payload.len(), usize::from(size_actual));
        let rop_size = usize::from(u16::from_le_bytes([payload[0], payload[1]]));
        assert!(rop_size <= payload.len());
        assert_eq!(
            (payload.len() - rop_size) % 4,
            0,
            "whole handles after RopsList"
        );
        assert_eq!(bs[0].encode_vec().unwrap(), wire);

        // The NDR stub: pulFlags 0 at 20, conformant count = cbIn at 24, rgbIn at 28.
        let stub = capture(comp);
        assert_eq!(&stub[20..24], &[0, 0, 0, 0]);
        let cb_in = u32::from_le_bytes(stub[24..28].try_into().unwrap()) as usize;
        assert_eq!(cb_in, wire.len());
        assert_eq!(&stub[28..28 + cb_in], &wire[..]);
    }
}

// ---------------------------------------------------------------------------------------
// Truncation: every prefix of a valid chain is an error, never a panic.

#[test]
fn every_prefix_is_an_error() {
    if !common::captures_present() {
        return;
    }
    let mut vectors = vec![
        three_block_chain(),
        encode_a5(|w| write_block(w, &spec_4_2_payload(), RpcFlags::LAST)),
    ];
    for name in [
        "001_Outlook_2007_in_ModifyRecipients.rgbAuxIn.bin",
        "002_Outlook_2007_in_Tables_operations.rgbAuxIn.bin",
        "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
        "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
    ] {
        vectors.push(capture(name));
    }
    for v in &vectors {
        assert!(RpcChain::new(v).validate().is_ok());
        for n in 0..v.len() {
            let e = RpcChain::new(&v[..n]).validate().unwrap_err();
            assert!(
                matches!(e.kind, ErrorKind::Truncated { .. }),
                "prefix {n}: {e}"
            );
            assert!(e.offset <= n);
        }
    }
}

// ---------------------------------------------------------------------------------------
// proptest

fn flags_strategy() -> impl Strategy<Value = RpcFlags> {
    (any::<bool>(), any::<u16>()).prop_map(|(xor, junk)| {
        // Any bits but Compressed and Last (the writer sets Last where it belongs).
        let mut f = RpcFlags::from_bits_retain(junk & !0x0005);
        f.set(RpcFlags::XOR_MAGIC, xor);
        f
    })
}

proptest! {
    #[test]
    fn header_round_trip(h in RpcHeaderExt::arb()) {
        let bytes = h.encode_vec().unwrap();
        prop_assert_eq!(bytes.len(), 8);
        prop_assert_eq!(RpcHeaderExt::decode(&bytes).unwrap(), h);
    }

    #[test]
    fn chain_round_trip(
        parts in proptest::collection::vec(
            (flags_strategy(), proptest::collection::vec(any::<u8>(), 0..300)),
            1..5,
        )
    ) {
        let last = parts.len() - 1;
        let wire = encode_a5(|w| {
            for (i, (flags, payload)) in parts.iter().enumerate() {
                let mut f = *flags;
                f.set(RpcFlags::LAST, i == last);
                write_block(w, payload, f)?;
            }
            Ok(())
        });
        let (bs, err) = blocks(&wire);
        prop_assert_eq!(err, None);
        prop_assert_eq!(bs.len(), parts.len());
        let mut scratch = [0u8; MAX_PAYLOAD];
        for (b, (_, payload)) in bs.iter().zip(&parts) {
            prop_assert_eq!(b.payload_into(&mut scratch).unwrap(), &payload[..]);
        }
        let again = encode_a5(|w| bs.iter().try_for_each(|b| b.encode(w)));
        prop_assert_eq!(again, wire);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut consumed = 0;
        let mut scratch = [0u8; 64];
        for item in RpcChain::new(&bytes) {
            match item {
                Ok(b) => {
                    prop_assert_eq!(b.offset, consumed);
                    let enc = b.encode_vec().unwrap();
                    prop_assert_eq!(&enc[..], &bytes[consumed..consumed + enc.len()]);
                    consumed += enc.len();
                    let _ = b.payload_into(&mut scratch);
                }
                Err(e) => prop_assert!(e.offset <= bytes.len()),
            }
        }
    }
}
