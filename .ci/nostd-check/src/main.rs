//! The no_std proof: a binary with no std and no global allocator that encodes the
//! send-mail batch, decodes it again and pairs the responses with the requests.
#![no_std]
#![no_main]

use ropwire::buffer::RopBuffer;
use ropwire::rop::NoContext;
use ropwire::{Decode, Writer, sample};

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
    let req_buf = RopBuffer::decode_exact(req.get(..n)?).ok()?;
    let resp_buf = RopBuffer::decode_exact(resp.get(..m)?).ok()?;
    let requests = req_buf.requests().filter(|r| r.is_ok()).count();
    let responses = resp_buf.responses(Some(&req_buf), &NoContext).filter(|r| r.is_ok()).count();
    Some(requests * 10 + responses)
}

/// Exit status 0 when 7 requests and 6 paired responses decode.
#[unsafe(no_mangle)]
pub extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    match run() {
        Some(76) => 0,
        _ => 1,
    }
}
