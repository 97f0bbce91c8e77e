//! Helpers shared by the integration tests.
#![allow(dead_code)]

use ropwire::{Encode, EncodeError, Writer};

/// Where the real captures live: beside the repository, never in it.
pub const CAPTURES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/captures");

/// True when `../shared/captures/` is there. A fresh clone has no `../shared`: the tests
/// that read captures then say they were skipped and pass; under `CI=true` (where the
/// captures must be present) a missing directory fails the test instead.
pub fn captures_present() -> bool {
    if std::path::Path::new(CAPTURES_DIR).is_dir() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{CAPTURES_DIR} is missing: CI must have ../shared/captures"
    );
    // Straight to the process's stderr, past the test harness's output capture, so that
    // a plain `cargo test` shows what was skipped.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!(
            "skipped {}: {CAPTURES_DIR} not found (the Outlook captures live in ../shared \
             beside the repository; a fresh clone has none)\n",
            std::thread::current().name().unwrap_or("a test")
        )
        .as_bytes(),
    );
    false
}

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

/// Encodes `v` twice, into buffers pre-filled with 0xA5 and with 0x5A and longer than
/// needed: both must agree (no byte left unwritten), the count must equal `encoded_len`,
/// nothing past it may change, and a buffer one byte short must fail cleanly.
pub fn encode_checked<T: Encode>(v: &T) -> Vec<u8> {
    let len = v.encoded_len();
    let mut out = Vec::new();
    for fill in [0xA5u8, 0x5A] {
        let mut buf = vec![fill; len + 16];
        let n = v.encode_into(&mut buf).expect("encode");
        assert_eq!(n, len, "encoded_len differs from the bytes written");
        assert!(
            buf[n..].iter().all(|&b| b == fill),
            "writer touched bytes past its end"
        );
        buf.truncate(n);
        if fill == 0xA5 {
            out = buf;
        } else {
            assert_eq!(buf, out, "some byte was left unwritten");
        }
    }
    if len > 0 {
        let mut short = vec![0xA5u8; len - 1];
        assert!(
            matches!(
                v.encode_into(&mut short),
                Err(EncodeError::BufferTooSmall { .. })
            ),
            "encoding into a short buffer must fail with BufferTooSmall"
        );
    }
    out
}

/// Parses a hex dump as printed in the specifications ("0000: 0A 00 00 24-00 ...").
pub fn hex(dump: &str) -> Vec<u8> {
    dump.lines()
        .flat_map(|line| {
            let bytes = line.split_once(':').map_or(line, |(_, b)| b);
            bytes
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|t| !t.is_empty())
                .map(|t| u8::from_str_radix(t, 16).expect("hex byte"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A small obfuscated auxiliary buffer ([MS-OXCRPC] 3.1.4.1.2): AUX_PERF_REQUESTID then
/// AUX_PERF_SESSIONINFO, session 7, request 0x0102.
pub fn small_aux_buffer() -> Vec<u8> {
    use ropwire::rpc_ext::RpcFlags;
    use ropwire::rpc_ext::aux::{AuxBlock, AuxPerfRequestId, AuxPerfSessionInfo, write_aux_buffer};
    let blocks = [
        AuxBlock::PerfRequestId(AuxPerfRequestId {
            extra: &[],
            session_id: 7,
            request_id: 0x0102,
        }),
        AuxBlock::PerfSessionInfo(AuxPerfSessionInfo {
            extra: &[],
            session_id: 7,
            reserved: 0,
            session_guid: Default::default(),
        }),
    ];
    let mut mem = vec![0u8; 256];
    let mut w = ropwire::Writer::new(&mut mem);
    write_aux_buffer(&mut w, RpcFlags::XOR_MAGIC, &blocks).expect("fits");
    let n = w.position();
    mem.truncate(n);
    mem
}

/// A Connect request body ([MS-OXCMAPIHTTP] 2.2.4.1.1) carrying `aux` as its auxiliary
/// buffer.
pub fn connect_request_body(aux: &[u8]) -> Vec<u8> {
    ropwire::mapihttp::ConnectRequest {
        user_dn: ropwire::wire::Str8::new("/o=Contoso/cn=Recipients/cn=kim"),
        flags: 0,
        default_code_page: 1252,
        lcid_sort: 0x0409,
        lcid_string: 0x0407,
        auxiliary_buffer: aux,
    }
    .encode_vec()
    .expect("encode ConnectRequest")
}

/// A successful Connect response body ([MS-OXCMAPIHTTP] 2.2.4.1.2) without auxiliary
/// buffer.
pub fn connect_response_body() -> Vec<u8> {
    ropwire::mapihttp::ConnectResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        polls_max: 60_000,
        retry_count: 6,
        retry_delay: 10_000,
        dn_prefix: ropwire::wire::Str8::new("/o=Contoso"),
        display_name: ropwire::wire::Utf16Str::new("Kim Akers"),
        auxiliary_buffer: &[],
    }
    .encode_vec()
    .expect("encode ConnectResponse")
}

/// A failed Connect response body ([MS-OXCMAPIHTTP] 2.2.4.1.2): StatusCode 0x0F, then only
/// `aux`.
pub fn connect_failure_body(aux: &[u8]) -> Vec<u8> {
    ropwire::mapihttp::ConnectResponse::Failure {
        status_code: 0x0000_000F,
        auxiliary_buffer: aux,
    }
    .encode_vec()
    .expect("encode failure")
}

/// Records the fields a value dumps, in wire order: each field's name and, for a plain
/// integer, its value.
#[derive(Default)]
pub struct IntFields(pub Vec<(String, Option<u64>)>);

impl ropwire::wire::Dumper for IntFields {
    fn int(&mut self, name: &str, value: u64, _: u8) {
        self.0.push((name.into(), Some(value)));
    }
    fn text(&mut self, name: &str, _: &dyn std::fmt::Display) {
        self.0.push((name.into(), None));
    }
    fn raw(&mut self, name: &str, _: &dyn std::fmt::Display) {
        self.0.push((name.into(), None));
    }
    fn bytes(&mut self, name: &str, _: &[u8]) {
        self.0.push((name.into(), None));
    }
    fn ints(
        &mut self,
        name: &str,
        _: &mut dyn Iterator<Item = u64>,
        _: u8,
        _: ropwire::wire::Namer,
    ) {
        self.0.push((name.into(), None));
    }
    fn begin(&mut self, name: &str) {
        self.0.push((name.into(), None));
    }
    fn begin_item(&mut self, _: usize) {}
    fn end(&mut self) {}
}

/// Records the fields a value dumps as text, in wire order: `Name=value` for an integer,
/// `Name:text` for text, `Name[len]` for bytes, `Name{` … `}` around a structure.
#[derive(Default)]
pub struct FieldLog(pub Vec<String>);

impl ropwire::wire::Dumper for FieldLog {
    fn int(&mut self, name: &str, value: u64, _: u8) {
        self.0.push(format!("{name}={value}"));
    }
    fn text(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.0.push(format!("{name}:{value}"));
    }
    fn raw(&mut self, name: &str, value: &dyn std::fmt::Display) {
        self.0.push(format!("{name}:{value}"));
    }
    fn bytes(&mut self, name: &str, value: &[u8]) {
        self.0.push(format!("{name}[{}]", value.len()));
    }
    fn ints(
        &mut self,
        name: &str,
        _: &mut dyn Iterator<Item = u64>,
        _: u8,
        _: ropwire::wire::Namer,
    ) {
        self.0.push(name.into());
    }
    fn begin(&mut self, name: &str) {
        self.0.push(format!("{name}{{"));
    }
    fn begin_item(&mut self, _: usize) {}
    fn end(&mut self) {
        self.0.push("}".into());
    }
}
