//! Helpers shared by the integration tests.
#![allow(dead_code)]

use ropwire::{EncodeError, Writer};

/// Reads a real capture from `../shared/captures/` at test time (never copied into the
/// repository).
pub fn capture(name: &str) -> Vec<u8> {
    let path = format!("{}/../shared/captures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Encodes into a buffer pre-filled with 0xA5 and returns the written bytes, checking that
/// nothing past them was touched.
pub fn encode_a5(f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>) -> Vec<u8> {
    let mut buf = vec![0xA5u8; 0x20000];
    let mut w = Writer::new(&mut buf);
    f(&mut w).expect("encodes");
    let n = w.position();
    assert!(
        buf[n..].iter().all(|&b| b == 0xA5),
        "bytes past the end were written"
    );
    buf.truncate(n);
    buf
}
