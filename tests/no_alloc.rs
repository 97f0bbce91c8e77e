//! Decoding and encoding allocate nothing: a counting global allocator watches the whole
//! send-mail sample go through every layer, both directions, and the session tracker.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use ropwire::buffer::{RopBuffer, encode_buffer};
use ropwire::mapihttp::{ExecuteRequest, ResponseStream};
use ropwire::rop::NoContext;
use ropwire::session::SessionTracker;
use ropwire::{Decode, Encode, Writer, sample};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator, which upholds the
// GlobalAlloc contract; the wrapper only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn write(buf: &mut [u8], f: fn(&mut Writer<'_>) -> Result<(), ropwire::EncodeError>) -> usize {
    let mut w = Writer::new(buf);
    f(&mut w).unwrap();
    w.position()
}

#[test]
fn the_sample_decodes_and_encodes_without_allocating() {
    let mut req = [0u8; 2048];
    let mut stream = [0u8; 2048];
    let mut exec = [0u8; 2048];
    let mut scratch = [0u8; 0x8000];
    let mut out = [0u8; 2048];

    let before = ALLOCATIONS.load(Ordering::SeqCst);

    let n = write(&mut exec, sample::write_execute_request);
    let m = write(&mut stream, sample::write_response_stream);
    let r = write(&mut req, sample::write_request_buffer);

    let exec_req = ExecuteRequest::decode(&exec[..n]).unwrap();
    let block = exec_req.rop_chain().next().unwrap().unwrap();
    let req_buf = RopBuffer::decode(block.payload).unwrap();
    let mut requests = 0;
    for rop in req_buf.requests() {
        let rop = rop.unwrap();
        requests += 1;
        let k = rop.encode_into(&mut out).unwrap();
        assert_eq!(k, rop.encoded_len());
    }

    let s = ResponseStream::decode(&stream[..m]).unwrap();
    let body = s.execute_response().unwrap();
    let block = body.rop_chain().unwrap().next().unwrap().unwrap();
    let payload = block.payload_into(&mut scratch).unwrap();
    let resp_buf = RopBuffer::decode(payload).unwrap();
    let mut responses = 0;
    for p in resp_buf.responses(Some(&req_buf), &NoContext) {
        let p = p.unwrap();
        responses += 1;
        p.response.encode_into(&mut out).unwrap();
    }
    let mut w = Writer::new(&mut out);
    encode_buffer(&mut w, &sample::REQUEST_ROPS, &sample::REQUEST_HANDLES).unwrap();
    assert_eq!(w.written(), &req[..r]);

    // The session tracker learns and answers from its fixed storage.
    let mut tracker = SessionTracker::<8, 16>::new();
    tracker.observe(&req_buf, &resp_buf).unwrap();
    let tracked = resp_buf
        .responses(Some(&req_buf), &tracker.context())
        .filter(|p| p.is_ok())
        .count();

    let after = ALLOCATIONS.load(Ordering::SeqCst);
    assert_eq!((requests, responses, tracked), (7, 6, 6));
    assert_eq!(after - before, 0, "decoding or encoding allocated");
}
