//! Real Outlook 2007 traffic from `../shared/captures/` (read at test time, never copied
//! into the repository): RPC_HEADER_EXT with an LZ77 payload ([MS-OXCRPC] 2.2.2.1,
//! 3.1.4.1.1.2) holding a ROP input buffer ([MS-OXCROPS] 2.2.1).

mod common;
use common::capture;

use ropwire::buffer::RopBuffer;
use ropwire::rop::{RopId, RopRequest};
use ropwire::rpc_ext::{MAX_PAYLOAD, RpcChain, RpcFlags, lz77, write_block};
use ropwire::{Decode, Encode, ErrorKind, Writer};

struct Expect {
    file: &'static str,
    size: u16,
    size_actual: u16,
    handles: usize,
    first: RopId,
}

const CAPTURES: [Expect; 2] = [
    Expect {
        file: "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
        size: 325,
        size_actual: 459,
        handles: 1,
        first: RopId::RemoveAllRecipients,
    },
    Expect {
        file: "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
        size: 330,
        size_actual: 380,
        handles: 6,
        first: RopId::GetContentsTable,
    },
];

#[test]
fn captures_decompress_to_size_actual_and_frame_as_rop_buffers() {
    if !common::captures_present() {
        return;
    }
    for c in &CAPTURES {
        let wire = capture(c.file);
        let block = RpcChain::new(&wire).next().unwrap().unwrap();
        assert_eq!(block.header.flags, RpcFlags::COMPRESSED | RpcFlags::LAST);
        assert_eq!(
            (block.header.size, block.header.size_actual),
            (c.size, c.size_actual)
        );
        let mut scratch = [0u8; MAX_PAYLOAD];
        let payload = block.payload_into(&mut scratch).unwrap();
        assert_eq!(payload.len(), usize::from(c.size_actual), "{}", c.file);

        let buf = RopBuffer::decode(payload).unwrap();
        assert_eq!(buf.handles.len(), c.handles, "{}", c.file);
        assert_eq!(2 + buf.rops.len() + 4 * c.handles, payload.len());
        assert_eq!(
            buf.encode_vec().unwrap(),
            payload,
            "the ROP buffer re-encodes byte for byte"
        );

        // Every ROP this crate implements decodes and re-encodes to its own bytes; the
        // first one of a family not implemented yet stops the walk with Unsupported.
        let mut it = buf.requests();
        let mut decoded = Vec::new();
        loop {
            let before = it.remaining();
            match it.next() {
                Some(Ok(rop)) => {
                    let span = &before[..before.len() - it.remaining().len()];
                    assert_eq!(rop.encode_vec().unwrap(), span, "{:?}", rop.rop_id());
                    decoded.push(rop.rop_id());
                }
                Some(Err(e)) => {
                    assert!(
                        matches!(e.kind, ErrorKind::Unsupported(_)),
                        "{}: {e}",
                        c.file
                    );
                    break;
                }
                None => break,
            }
        }
        let first = RopId(buf.rops[0]);
        assert_eq!(first, c.first, "{}", c.file);
        if c.first == RopId::RemoveAllRecipients {
            assert_eq!(
                decoded[..2],
                [RopId::RemoveAllRecipients, RopId::ModifyRecipients]
            );
        }
    }
}

#[test]
fn outlook_modify_recipients_holds_real_recipient_rows() {
    if !common::captures_present() {
        return;
    }
    let wire = capture(CAPTURES[0].file);
    let block = RpcChain::new(&wire).next().unwrap().unwrap();
    let mut scratch = [0u8; MAX_PAYLOAD];
    let payload = block.payload_into(&mut scratch).unwrap();
    let buf = RopBuffer::decode(payload).unwrap();
    let rops: Vec<RopRequest> = buf.requests().take(2).map(Result::unwrap).collect();
    let RopRequest::ModifyRecipients(m) = &rops[1] else {
        panic!("{:?}", rops[1])
    };
    assert_eq!(m.recipient_columns().len(), 12);
    assert_eq!(m.recipient_rows().len(), 1);
    let row = m.recipient_rows().iter().next().unwrap();
    let r = row.recipient_row.unwrap();
    let name = r.display_name.map(|s| match s {
        ropwire::data::recipient::RecipientString::Unicode(u) => u.to_string(),
        ropwire::data::recipient::RecipientString::Ansi(a) => a.to_string(),
    });
    assert_eq!(name.as_deref(), Some("Julien Kerihuel"));
}

#[test]
fn our_compressor_round_trips_the_captures_and_is_reported_against_outlook() {
    if !common::captures_present() {
        return;
    }
    for c in &CAPTURES {
        let wire = capture(c.file);
        let block = RpcChain::new(&wire).next().unwrap().unwrap();
        let mut scratch = [0u8; MAX_PAYLOAD];
        let payload = block.payload_into(&mut scratch).unwrap().to_vec();

        let mut out = [0u8; MAX_PAYLOAD];
        let ours = lz77::compress_payload(&payload, &mut out).expect("compresses smaller");
        let mut back = vec![0u8; payload.len()];
        lz77::decompress_exact(&out[..ours], &mut back, false).unwrap();
        assert_eq!(back, payload);
        eprintln!(
            "{}: {} bytes; Outlook {} bytes, ours {} bytes",
            c.file,
            payload.len(),
            c.size,
            ours
        );
        assert!(ours < payload.len());

        // Through the block writer, compressed and obfuscated, and back.
        let mut mem = [0u8; MAX_PAYLOAD];
        let mut w = Writer::new(&mut mem);
        write_block(
            &mut w,
            &payload,
            RpcFlags::COMPRESSED | RpcFlags::XOR_MAGIC | RpcFlags::LAST,
        )
        .unwrap();
        let n = w.position();
        let again = RpcChain::new(&mem[..n]).next().unwrap().unwrap();
        assert_eq!(
            again.header.flags,
            RpcFlags::COMPRESSED | RpcFlags::XOR_MAGIC | RpcFlags::LAST
        );
        assert_eq!(usize::from(again.header.size), ours);
        let mut scratch2 = [0u8; MAX_PAYLOAD];
        assert_eq!(again.payload_into(&mut scratch2).unwrap(), &payload[..]);
    }
}
