//! The no_std proof: a binary with no std and no global allocator that encodes the
//! send-mail batch, decodes it again and pairs the responses with the requests, writes and
//! reads a compressed Execute response, and dissects a buffer as text into fixed memory.
#![no_std]
#![no_main]

use ropwire::buffer::{RopBuffer, encode_buffer};
use ropwire::rop::NoContext;
use ropwire::rpc_ext::RpcFlags;
use ropwire::{Decode, Writer, dissect, layers, sample};

/// Text into a fixed array.
struct Fixed {
    buf: [u8; 4096],
    len: usize,
}

impl core::fmt::Write for Fixed {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(core::fmt::Error)?;
        let dst = self.buf.get_mut(self.len..end).ok_or(core::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {}

fn run() -> Option<usize> {
    let mut req = [0u8; 1024];
    let mut w = Writer::new(&mut req);
    sample::write_request_buffer(&mut w).ok()?;
    let n = w.position();
    let mut resp = [0u8; 1024];
    let mut w = Writer::new(&mut resp);
    sample::write_response_buffer(&mut w).ok()?;
    let m = w.position();
    let req_buf = RopBuffer::decode(req.get(..n)?).ok()?;
    let resp_buf = RopBuffer::decode(resp.get(..m)?).ok()?;
    let requests = req_buf.requests().filter(|r| r.is_ok()).count();
    let responses = resp_buf.responses(Some(&req_buf), &NoContext).filter(|r| r.is_ok()).count();

    // A compressed, obfuscated Execute response body, and back.
    let mut body = [0u8; 1024];
    let mut w = Writer::new(&mut body);
    let mut work = [0u8; 1024];
    layers::write_execute_response(
        &mut w,
        0,
        0,
        RpcFlags::COMPRESSED | RpcFlags::XOR_MAGIC,
        &[],
        &mut work,
        |w| encode_buffer(w, &sample::RESPONSE_ROPS, &sample::RESPONSE_HANDLES),
    )
    .ok()?;
    let k = w.position();
    let mut scratch = [0u8; 2048];
    let (_, mut payloads) = layers::execute_response(body.get(..k)?, &mut scratch).ok()?;
    let again = payloads.next()?.ok()?.rop_buffer().ok()?;
    let reread = again.responses(Some(&req_buf), &NoContext).filter(|r| r.is_ok()).count();

    // The dissector's text, into fixed memory.
    let mut text = Fixed { buf: [0; 4096], len: 0 };
    dissect::request_buffer(&mut text, req.get(..n)?, 0).ok()?;
    let printed = text.buf.get(..text.len)?.starts_with(b"RopBuffer @0x000 RopSize=0x");

    (reread == responses && printed).then_some(requests * 10 + responses)
}

/// Exit status 0 when 7 requests and 6 paired responses decode.
#[unsafe(no_mangle)]
pub extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    match run() {
        Some(76) => 0,
        _ => 1,
    }
}
