//! ROP tests, one module per family ([MS-OXCROPS] 2.2.3–2.2.15), plus the round trips
//! generated from the ROP table.

mod round_trip;
mod table;

use ropwire::buffer::RopBuffer;
use ropwire::rop::{RopRequest, RopResponse};
use ropwire::{Decode, Encode, Writer};

/// Encodes into a buffer pre-filled with 0xA5 (and again with 0x5A): both must agree and
/// fill exactly `encoded_len` bytes.
pub fn encode_checked<T: Encode>(v: &T) -> Vec<u8> {
    let len = v.encoded_len();
    let mut a = vec![0xA5u8; len + 8];
    let mut b = vec![0x5Au8; len + 8];
    let na = v.encode_into(&mut a).expect("encodes");
    let nb = v.encode_into(&mut b).expect("encodes");
    assert_eq!((na, nb), (len, len), "encoded_len is exact");
    assert_eq!(&a[..na], &b[..nb], "no byte left unwritten");
    a.truncate(na);
    a
}

/// A whole ROP buffer (RopSize, ROPs, handle table) written with the crate's writer.
pub fn buffer<T: Encode>(rops: &[T], handles: &[u32]) -> Vec<u8> {
    let mut mem = vec![0xA5u8; 4096];
    let mut w = Writer::new(&mut mem);
    ropwire::buffer::encode_buffer(&mut w, rops, handles).expect("fits");
    let n = w.position();
    mem.truncate(n);
    mem
}

/// Decodes one request that must fill `bytes`.
pub fn request(bytes: &[u8]) -> RopRequest<'_> {
    RopRequest::decode_exact(bytes).expect("decodes")
}

/// Decodes every response of a response buffer paired with a request buffer.
pub fn responses<'a>(
    req: &'a [u8],
    resp: &'a [u8],
) -> Vec<Result<RopResponse<'a>, ropwire::DecodeError>> {
    let rq = RopBuffer::decode_exact(req).expect("request buffer");
    let rs = RopBuffer::decode_exact(resp).expect("response buffer");
    rs.responses(Some(&rq), &ropwire::rop::NoContext)
        .map(|p| p.map(|p| p.response))
        .collect()
}
