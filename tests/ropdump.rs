//! End-to-end checks of the `ropdump` binary (feature `cli`): real runs, asserting on what
//! only the command line does — arguments and exit codes, input forms, layer selection,
//! `--roundtrip`, `--batch` sessions, the chunked stream ([MS-OXCROPS] 2.2.1 batches,
//! [MS-OXCRPC] 2.2.2.1, [MS-OXCMAPIHTTP] 2.2.4.2 and 2.2.7 around them). The text of each
//! layer is tested on the library's dissector in `tests/dissect.rs`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The binary. It needs the `cli` feature, which a plain `cargo test` does not turn on for
/// binaries, so it is built here (once per test process, so edits to it are picked up) and
/// found next to this test's own executable: `target/<profile>/deps/ropdump-…` →
/// `target/<profile>/ropdump`.
fn ropdump() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>/deps/<test>");
        let bin = profile_dir.join(format!("ropdump{}", std::env::consts::EXE_SUFFIX));
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build
            .args(["build", "--quiet", "--features", "cli", "--bin", "ropdump"])
            .arg("--manifest-path")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        let status = build.status().expect("run cargo build --bin ropdump");
        assert!(
            status.success(),
            "cargo build --features cli --bin ropdump failed"
        );
        assert!(bin.exists(), "ropdump binary not at {}", bin.display());
        bin
    })
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// The ROP lines (those starting with a spec ROP name), in order.
    fn rops(&self) -> Vec<&str> {
        self.stdout
            .lines()
            .filter(|l| l.starts_with("Rop") && !l.starts_with("RopBuffer "))
            .collect()
    }
}

fn run_with(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(ropdump());
    cmd.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
    let mut child = cmd.spawn().expect("spawn ropdump");
    if let Some(input) = stdin {
        use std::io::Write;
        let mut pipe = child.stdin.take().expect("stdin pipe");
        pipe.write_all(input).expect("write stdin");
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait for ropdump");
    Run {
        code: status.code().expect("exit code"),
        stdout: String::from_utf8(stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(stderr).expect("UTF-8 stderr"),
    }
}

fn run(args: &[&str]) -> Run {
    run_with(args, None)
}

/// A file under the temp dir, unique per test and process.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ropdump-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// The sample's bytes at `layer`, through `--emit` (hex text).
fn sample_bytes(layer: &str, response: bool) -> Vec<u8> {
    let mut args = vec!["--sample", "--emit", "--layer", layer];
    if response {
        args.push("--response");
    }
    let r = run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let digits: String = r.stdout.split_whitespace().collect();
    assert!(digits.len().is_multiple_of(2));
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).expect("hex from --emit"))
        .collect()
}

/// The number `N` in `… byte offset N (0x…)` on stderr.
fn first_offset(stderr: &str) -> usize {
    let at = stderr.find("byte offset ").expect("an offset on stderr") + "byte offset ".len();
    stderr[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a decimal offset")
}

const LAYERS: [&str; 6] = ["rop", "buffer", "rpc", "aux", "execute", "http"];

#[test]
fn list_names_every_rop_id_with_its_support() {
    let r = run(&["--list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert_eq!(lines.len(), 132);
    assert!(lines.iter().any(|l| l.contains(" RopSetColumns ")));
    assert!(
        lines.contains(&"0xFE RopLogon request response"),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"0x15 RopQueryRows request response"),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"0x13 RopSortTable request response"),
        "{lines:?}"
    );
    // ROPs not implemented yet show "- -".
    assert!(lines.iter().any(|l| l.ends_with(" - -")), "{lines:?}");
    assert!(lines.contains(&"0x06 RopCreateMessage request response"));
    assert!(lines.contains(&"0x01 RopRelease request -"));
    assert_eq!(
        lines[0], "0xFE RopLogon request response",
        "RopId::ALL order"
    );
    for l in &lines {
        let parts: Vec<&str> = l.split(' ').collect();
        assert_eq!(parts.len(), 4, "{l}");
        assert!(parts[0].starts_with("0x") && parts[0].len() == 4, "{l}");
        assert!(parts[1].starts_with("Rop"), "{l}");
        assert!(["request", "-"].contains(&parts[2]), "{l}");
        assert!(["response", "-"].contains(&parts[3]), "{l}");
    }
}

#[test]
fn sample_request_prints_every_rop_by_spec_name() {
    let r = run(&["--sample"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert!(
        lines[0].starts_with("RopBuffer @0x000 RopSize=0x"),
        "{}",
        r.stdout
    );
    let rops = r.rops();
    let names: Vec<&str> = rops
        .iter()
        .map(|l| l.split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        [
            "RopCreateMessage",
            "RopSetProperties",
            "RopModifyRecipients",
            "RopGetPropertiesSpecific",
            "RopSaveChangesMessage",
            "RopSubmitMessage",
            "RopRelease",
        ]
    );
    assert_eq!(
        rops[0],
        "RopCreateMessage @0x002 LogonId=0x00 InputHandleIndex=0x00 OutputHandleIndex=0x01 \
         CodePageId=0x0FFF FolderId=0x0001-0x000000000004 AssociatedFlag=0x00"
    );
    assert_eq!(
        rops[6],
        "RopRelease @0x21D LogonId=0x00 InputHandleIndex=0x01"
    );
    // Strings are quoted with escapes.
    assert!(
        r.stdout
            .contains(r#"PropertyValue="Hello team,\r\nthe figures"#)
    );
    // The handle table closes the buffer.
    assert_eq!(
        lines.last().copied(),
        Some("ServerObjectHandleTable @0x220 [0]=0x00000020 [1]=0xFFFFFFFF")
    );
}

#[test]
fn response_with_context_pairs_get_properties_specific_with_its_values() {
    let req = temp_file("ctx-request.bin", &sample_bytes("buffer", false));
    let resp = temp_file("ctx-response.bin", &sample_bytes("buffer", true));
    let r = run(&["--response", "--context", path_str(&req), path_str(&resp)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    let at = lines
        .iter()
        .position(|l| l.starts_with("RopGetPropertiesSpecific "))
        .expect("RopGetPropertiesSpecific response");
    assert_eq!(
        lines[at],
        "RopGetPropertiesSpecific @0x017 InputHandleIndex=0x01 ReturnValue=0x00000000 (Success)"
    );
    assert_eq!(lines[at + 1], "  RowData: Flag=0x00");
    assert_eq!(lines[at + 2], "    ValueArray:");
    assert_eq!(
        lines[at + 3],
        "      [0] PropertyTag=0x0E070003 (PidTagMessageFlags) PropertyValue=0x00000008"
    );
    assert_eq!(
        lines[at + 4],
        "      [1] PropertyTag=0x0E080003 (PidTagMessageSize) PropertyValue=0x000005C8"
    );
    assert_eq!(r.rops().len(), 6, "RopRelease has no response");

    // Without the request the row cannot be laid out: the ROPs before it are printed,
    // then exit 1 with the offset of RopGetPropertiesSpecific.
    let alone = run(&["--response", path_str(&resp)]);
    assert_eq!(alone.code, 1, "{}", alone.stdout);
    assert_eq!(alone.rops().len(), 3, "{}", alone.stdout);
    assert!(alone.stderr.contains("needs context"), "{}", alone.stderr);
    // The offset is that of the missing RowData: RopId, InputHandleIndex, ReturnValue
    // come before it.
    let bytes = sample_bytes("buffer", true);
    let offset = first_offset(&alone.stderr);
    assert_eq!(bytes[offset - 6], 0x07, "RopGetPropertiesSpecific RopId");

    // The built-in sample's response uses the built-in request as its context.
    let sample = run(&["--sample", "--response"]);
    assert_eq!(sample.code, 0, "{}", sample.stderr);
    assert_eq!(sample.stdout, r.stdout);
}

#[test]
fn response_context_works_at_every_layer() {
    for layer in ["rop", "rpc", "execute", "http"] {
        let ctx_layer = if layer == "http" { "execute" } else { layer };
        let req = temp_file(&format!("ctx-{layer}.bin"), &sample_bytes(ctx_layer, false));
        let resp = temp_file(&format!("resp-{layer}.bin"), &sample_bytes(layer, true));
        let r = run(&[
            "--layer",
            layer,
            "--response",
            "--roundtrip",
            "--context",
            path_str(&req),
            path_str(&resp),
        ]);
        assert_eq!(r.code, 0, "{layer}: {}", r.stderr);
        assert!(
            r.stdout.contains(
                "      [1] PropertyTag=0x0E080003 (PidTagMessageSize) PropertyValue=0x000005C8"
            ),
            "{layer}: {}",
            r.stdout
        );
    }
}

#[test]
fn roundtrip_is_exact_for_the_sample_in_every_layer() {
    for layer in LAYERS {
        for response in [false, true] {
            if layer == "http" && !response {
                continue;
            }
            let mut args = vec!["--sample", "--roundtrip", "--layer", layer];
            if response {
                args.push("--response");
            }
            let r = run(&args);
            assert_eq!(r.code, 0, "{layer} {response}: {}", r.stderr);
            let n = sample_bytes(layer, response).len();
            assert_eq!(
                r.lines().last().copied(),
                Some(format!("roundtrip: OK ({n} bytes)").as_str()),
                "{layer} {response}"
            );
        }
    }
}

#[test]
fn outer_layers_are_printed_before_the_rops() {
    let rpc = run(&["--sample", "--layer", "rpc"]);
    assert_eq!(rpc.code, 0, "{}", rpc.stderr);
    let lines = rpc.lines();
    assert!(
        lines[0].starts_with("RPC_HEADER_EXT Version=0x0000 Flags=0x0004 (LAST) Size=0x"),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains(" SizeActual=0x"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("RopBuffer @0x008 RopSize=0x"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("RopCreateMessage "), "{}", lines[2]);

    let exec = run(&["--sample", "--layer", "execute"]);
    assert_eq!(exec.code, 0, "{}", exec.stderr);
    let first = exec.lines()[0];
    assert!(
        first.starts_with("ExecuteRequest Flags=0x00000001 (NO_COMPRESSION) RopBufferSize=0x"),
        "{first}"
    );
    assert!(first.contains(" MaxRopOut=0x00040000 "), "{first}");
    assert!(first.contains(" AuxiliaryBufferSize=0x00000000"), "{first}");

    // --layer http implies --response; the payload is XorMagic-obfuscated (Flags 0x0006).
    let http = run(&["--sample", "--layer", "http"]);
    assert_eq!(http.code, 0, "{}", http.stderr);
    let lines = http.lines();
    assert_eq!(
        &lines[..6],
        [
            "HTTP PROCESSING",
            "HTTP PENDING",
            "HTTP DONE",
            r#"  X-ResponseCode="0""#,
            r#"  X-ElapsedTime="12""#,
            r#"  X-StartTime="Sun, 22 Nov 2026 10:15:30 GMT""#,
        ]
    );
    assert!(lines[6].starts_with("ExecuteResponse StatusCode=0x00000000 "));
    assert!(lines[7].starts_with("RPC_HEADER_EXT Version=0x0000 Flags=0x0006 "));
    assert!(lines[9].starts_with("RopCreateMessage @0x"), "{}", lines[9]);
    assert!(
        lines[9].contains(" OutputHandleIndex=0x01 "),
        "{}",
        lines[9]
    );
}

#[test]
fn hex_and_binary_input_decode_alike() {
    let bytes = sample_bytes("buffer", false);
    let expected = run(&["--sample"]).stdout;
    let bin = temp_file("input.bin", &bytes);
    let spaced = temp_file("input.hex", run(&["--sample", "--emit"]).stdout.as_bytes());
    let prefixed: Vec<String> = bytes.iter().map(|b| format!("0x{b:02x}")).collect();
    let prefixed = temp_file("input-0x.txt", prefixed.join(", ").as_bytes());
    for file in [&bin, &spaced, &prefixed] {
        let r = run(&[path_str(file)]);
        assert_eq!(r.code, 0, "{}: {}", file.display(), r.stderr);
        assert_eq!(r.stdout, expected, "{}", file.display());
    }
    // Standard input with `-`, and forced formats.
    let r = run_with(&["-"], Some(&bytes));
    assert_eq!((r.code, &r.stdout), (0, &expected), "{}", r.stderr);
    let r = run(&["--hex", path_str(&spaced)]);
    assert_eq!((r.code, &r.stdout), (0, &expected), "{}", r.stderr);
    let r = run(&["--bin", path_str(&spaced)]);
    assert_eq!(r.code, 1, "hex text read as bytes is not a ROP buffer");
    let bad = temp_file("bad.hex", b"02 00\n0A 0G");
    let r = run(&["--hex", path_str(&bad)]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("line 2, column 5"), "{}", r.stderr);

    // The forms people paste read as the raw bytes.
    for (name, text) in pasted_forms(&bytes) {
        let file = temp_file(&format!("input.{name}"), text.as_bytes());
        let r = run(&[path_str(&file)]);
        assert_eq!(
            (r.code, &r.stdout),
            (0, &expected),
            "{name}: {}\n{text}",
            r.stderr
        );
    }
}

/// `bytes` as the tools print them: `xxd`, `xxd -p`, `hexdump -C`, Wireshark's "Copy as
/// Hex Dump" (offset, three spaces, bytes, three spaces, ASCII) and base64.
fn pasted_forms(bytes: &[u8]) -> Vec<(&'static str, String)> {
    let mut xxd = String::new();
    let mut xxd_p = String::new();
    let mut hexdump = String::new();
    let mut wireshark = String::new();
    for (i, chunk) in bytes.chunks(16).enumerate() {
        let groups: Vec<String> = chunk
            .chunks(2)
            .map(|g| g.iter().map(|b| format!("{b:02x}")).collect())
            .collect();
        let ascii: String = chunk
            .iter()
            .map(|&b| if b.is_ascii_graphic() { b as char } else { '.' })
            .collect();
        xxd.push_str(&format!(
            "{:08x}: {:<40} {ascii}\n",
            i * 16,
            groups.join(" ")
        ));
        let pairs: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
        xxd_p.push_str(&format!("{}\n", pairs.concat()));
        let (a, b) = pairs.split_at(pairs.len().min(8));
        hexdump.push_str(&format!(
            "{:08x}  {:<49} |{ascii}|\n",
            i * 16,
            format!("{}  {}", a.join(" "), b.join(" ")).trim_end()
        ));
        wireshark.push_str(&format!(
            "{:04x}   {:<47}   {ascii}\n",
            i * 16,
            pairs.join(" ")
        ));
    }
    hexdump.push_str(&format!("{:08x}\n", bytes.len()));
    vec![
        ("xxd", xxd),
        ("xxd-p", xxd_p),
        ("hexdump", hexdump),
        ("wireshark", wireshark),
        ("base64", base64(bytes)),
    ]
}

/// Standard base64 with padding (RFC 4648 4), 76 characters a line.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, c) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push('\n');
        }
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(ABC[((n >> (18 - 6 * k)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out.push('\n');
    out
}

/// The real captures pasted in every form decode exactly as the raw files do.
#[test]
fn pasted_captures_decode_like_the_raw_files() {
    if !common::captures_present() {
        return;
    }
    for name in [
        "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
        "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
    ] {
        let bytes = common::capture(name);
        let path = format!("{}/{name}", common::CAPTURES_DIR);
        let raw = run(&["--layer", "rpc", "--bin", &path]);
        for (form, text) in pasted_forms(&bytes) {
            let file = temp_file(&format!("pasted.{form}"), text.as_bytes());
            let r = run(&["--layer", "rpc", path_str(&file)]);
            assert_eq!(
                (r.code, &r.stdout),
                (raw.code, &raw.stdout),
                "{name} as {form}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn rop_layer_has_no_framing() {
    let r = run(&["--sample", "--layer", "rop"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert!(lines[0].starts_with("RopCreateMessage "), "{}", lines[0]);
    assert!(!r.stdout.contains("RopBuffer"));
    assert!(!r.stdout.contains("ServerObjectHandleTable"));
    assert_eq!(r.rops().len(), 7);
}

#[test]
fn truncated_input_exits_1_after_printing_the_rops_before_the_bad_one() {
    for layer in ["buffer", "rpc", "execute"] {
        let bytes = sample_bytes(layer, false);
        // Cut inside RopModifyRecipients: the two ROPs before it still decode.
        let cut = bytes.len() - 150;
        let file = temp_file(&format!("truncated-{layer}.bin"), &bytes[..cut]);
        let r = run(&["--layer", layer, path_str(&file)]);
        assert_eq!(r.code, 1, "{layer}: {}", r.stdout);
        let names: Vec<&str> = r
            .rops()
            .iter()
            .map(|l| l.split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(
            names,
            ["RopCreateMessage", "RopSetProperties"],
            "{layer}: {}",
            r.stdout
        );
        assert!(r.stderr.contains("truncated"), "{layer}: {}", r.stderr);
        let offset = first_offset(&r.stderr);
        assert!(offset > 0 && offset < cut, "{layer}: {}", r.stderr);
        // The offset is that of the ROP that could not be decoded, in the whole input.
        let inner = sample_bytes("buffer", false);
        let shift = bytes.len() - inner.len();
        assert!(offset >= shift, "{layer}: {}", r.stderr);
    }

    // In the response stream too: the ROPs before the cut, then the error.
    let bytes = sample_bytes("http", true);
    let ctx = temp_file("truncated-http-ctx.bin", &sample_bytes("execute", false));
    let file = temp_file("truncated-http.bin", &bytes[..bytes.len() - 30]);
    let r = run(&[
        "--layer",
        "http",
        "--context",
        path_str(&ctx),
        path_str(&file),
    ]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.starts_with("HTTP PROCESSING\n"), "{}", r.stdout);
    assert!(r.rops().len() >= 3, "{}", r.stdout);
    assert!(r.stderr.contains("byte offset"), "{}", r.stderr);

    // An empty input is bad input too.
    let empty = temp_file("empty.bin", b"");
    let r = run(&[path_str(&empty)]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("the input is empty"), "{}", r.stderr);
}

#[test]
fn every_truncation_of_the_sample_exits_1_never_panics() {
    let bytes = sample_bytes("execute", true);
    let ctx = temp_file("prefix-ctx.bin", &sample_bytes("execute", false));
    // From one byte on: an empty input is refused before any layer (see above).
    for cut in (1..bytes.len()).step_by(7) {
        let file = temp_file("prefix.bin", &bytes[..cut]);
        let r = run(&[
            "--bin",
            "--layer",
            "execute",
            "--response",
            "--context",
            path_str(&ctx),
            path_str(&file),
        ]);
        assert_eq!(r.code, 1, "cut at {cut}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stderr.contains("byte offset"),
            "cut at {cut}: {}",
            r.stderr
        );
    }
}

#[test]
fn a_byte_that_changes_the_reencoding_exits_3() {
    // The response stream's headers are re-encoded from their names and values as
    // `Name: value`; a tab instead of the space after the colon is valid whitespace on
    // the wire, decodes to the same header, and re-encodes differently.
    let mut bytes = sample_bytes("http", true);
    let at = bytes
        .windows(16)
        .position(|w| w == b"X-ResponseCode: ")
        .expect("X-ResponseCode header")
        + 15;
    bytes[at] = b'\t';
    let file = temp_file("tab.bin", &bytes);
    let ctx = temp_file("tab-ctx.bin", &sample_bytes("execute", false));
    let args = |roundtrip: bool| {
        let mut a = vec!["--layer", "http", "--bin", "--context", path_str(&ctx)];
        if roundtrip {
            a.push("--roundtrip");
        }
        a.push(path_str(&file));
        a
    };
    let r = run(&args(true));
    assert_eq!(r.code, 3, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains(r#"  X-ResponseCode="0""#), "{}", r.stdout);
    assert!(r.stdout.contains("RopSubmitMessage "), "decoded to the end");
    assert!(r.stderr.contains("mismatch"), "{}", r.stderr);
    assert_eq!(first_offset(&r.stderr), at, "{}", r.stderr);
    // Without --roundtrip the same input decodes fine.
    let r = run(&args(false));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let r = run(&["--sample", "--frobnicate"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--frobnicate"), "{}", r.stderr);
    let r = run(&["--layer", "tcp", "--sample"]);
    assert_eq!(r.code, 2);
    let r = run(&["--sample", "--layer"]);
    assert_eq!(r.code, 2);
    let missing = std::env::temp_dir().join("ropdump-test-no-such-file.bin");
    let r = run(&[path_str(&missing)]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&["--sample", "--columns", "0x0037001F,zz"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("zz"), "{}", r.stderr);
    let r = run(&["--sample", "--context", path_str(&missing)]);
    assert_eq!(r.code, 2, "--context without --response: {}", r.stderr);
    let r = run(&["--sample", "--columns", "0x0037001F,0x0E070003"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn help_prints_usage() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    for word in [
        "usage: ropdump",
        "--layer",
        "--response",
        "--context",
        "--columns",
        "--roundtrip",
        "--list",
        "--type",
        "connect | execute | disconnect | notificationwait | ping",
        "aux",
        "--chunked",
        "--identity",
    ] {
        assert!(r.stdout.contains(word), "{word}");
    }
}

/// Spec example bytes round-trip through the dissector byte for byte:
/// [MS-OXCPRPT] 4.2.1 (RopSetProperties request), [MS-OXOMSG] 4.1.1 (RopSubmitMessage
/// request), [MS-OXCMSG] 4.8.1 (RopSaveChangesMessage request), and the responses
/// [MS-OXCPRPT] 4.2.2 and [MS-OXOMSG] 4.1.2 paired with their requests.
#[test]
fn spec_examples_round_trip_through_the_dissector() {
    let requests = [
        (
            "0A 00 00 24 00 02 00 1F 00 3D 00 00 00 1F 00 1D 0E 48 00 65 00 6C 00 6C 00 6F 00 20 00 57 00 6F 00 72 00 6C 00 64 00 00 00",
            "RopSetProperties",
        ),
        ("32 00 02 00", "RopSubmitMessage"),
        ("0c 00 00 01 0a", "RopSaveChangesMessage"),
    ];
    for (i, (hex, name)) in requests.iter().enumerate() {
        let path = temp_file(&format!("spec-req-{i}.hex"), hex.as_bytes());
        let out = run(&["--layer", "rop", "--roundtrip", path.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{name}: {}", out.stderr);
        assert!(out.stdout.starts_with(name), "{}", out.stdout);
        assert!(out.stdout.contains("roundtrip: OK"), "{}", out.stdout);
    }
    let set_props = temp_file("spec-ctx-0.hex", requests[0].0.as_bytes());
    let resp = temp_file("spec-resp-0.hex", b"0A 00 00 00 00 00 00 00");
    let out = run(&[
        "--layer",
        "rop",
        "--response",
        "--roundtrip",
        "--context",
        set_props.to_str().unwrap(),
        resp.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("RopSetProperties @0x000 InputHandleIndex=0x00 ReturnValue=0x00000000 (Success) PropertyProblemCount=0x0000"), "{}", out.stdout);
    let submit = temp_file("spec-ctx-1.hex", requests[1].0.as_bytes());
    let resp = temp_file("spec-resp-1.hex", b"32 02 00 00 00 00");
    let out = run(&[
        "--layer",
        "rop",
        "--response",
        "--roundtrip",
        "--context",
        submit.to_str().unwrap(),
        resp.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "RopSubmitMessage @0x000 InputHandleIndex=0x02 ReturnValue=0x00000000 (Success)"
        ),
        "{}",
        out.stdout
    );
}

/// The Outlook 2007 capture (LZ77-compressed RPC_HEADER_EXT, read from `../shared`)
/// dissects completely and round-trips byte for byte.
#[test]
fn outlook_capture_dissects_and_round_trips() {
    if !common::captures_present() {
        return;
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/captures/001_Outlook_2007_in_ModifyRecipients.rgbIn.bin"
    );
    let out = run(&["--layer", "rpc", "--bin", "--roundtrip", path]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let names: Vec<&str> = out
        .rops()
        .iter()
        .map(|l| l.split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        [
            "RopRemoveAllRecipients",
            "RopModifyRecipients",
            "RopSetProperties",
            "RopSubmitMessage",
            "RopGetPropertiesSpecific"
        ]
    );
    assert!(out.stdout.starts_with(
        "RPC_HEADER_EXT Version=0x0000 Flags=0x0005 (COMPRESSED|LAST) Size=0x0145 \
             SizeActual=0x01CB"
    ));
    assert!(
        out.stdout
            .contains(r#"PropertyValue="jkerihuel@openchange2003.local""#)
    );
    assert!(out.stdout.contains("roundtrip: OK (333 bytes)"));
}

// ---------------------------------------------------------------------------------------
// Captures, auxiliary buffers, the other MAPI/HTTP bodies, chunked streams

use ropwire::mapihttp::Header;
use ropwire::mapihttp::streaming::{
    DoneHeaders, Framing, write_chunk, write_done_with_times, write_end, write_pending,
    write_processing,
};
use ropwire::wire::Writer;

/// A capture in `../shared/captures/` (read in place, never copied).
macro_rules! capture {
    ($name:literal) => {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/captures/", $name)
    };
}

/// The spec names of the ROP lines.
fn rop_names(r: &Run) -> Vec<&str> {
    r.rops()
        .iter()
        .map(|l| l.split(' ').next().unwrap_or(""))
        .collect()
}

/// Writes with `f` into a fresh buffer.
fn written(f: impl FnOnce(&mut Writer<'_>) -> Result<(), ropwire::EncodeError>) -> Vec<u8> {
    let mut mem = vec![0u8; 1 << 16];
    let mut w = Writer::new(&mut mem);
    f(&mut w).expect("encode");
    let n = w.position();
    mem.truncate(n);
    mem
}

/// Both Outlook 2007 rgbIn captures: an RPC_HEADER_EXT (Compressed|Last) with an LZ77
/// payload ([MS-OXCRPC] 2.2.2.1, 3.1.7.2), dissected and re-encoded byte for byte.
#[test]
fn rgbin_captures_decompress_dissect_and_round_trip() {
    if !common::captures_present() {
        return;
    }
    let r = run(&[
        "--layer",
        "rpc",
        "--bin",
        "--roundtrip",
        capture!("001_Outlook_2007_in_ModifyRecipients.rgbIn.bin"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.lines()[0],
        "RPC_HEADER_EXT Version=0x0000 Flags=0x0005 (COMPRESSED|LAST) Size=0x0145 \
         SizeActual=0x01CB"
    );
    assert_eq!(r.lines()[1], "RopBuffer @0x008 RopSize=0x01C7");
    assert_eq!(
        rop_names(&r),
        [
            "RopRemoveAllRecipients",
            "RopModifyRecipients",
            "RopSetProperties",
            "RopSubmitMessage",
            "RopGetPropertiesSpecific"
        ]
    );
    assert_eq!(r.lines().last().copied(), Some("roundtrip: OK (333 bytes)"));
    // What was compared: the decompressed payload, and our own compression of it.
    let lines = r.lines();
    assert_eq!(
        lines[lines.len() - 2],
        "roundtrip: block 0: the decompressed payload (459 bytes) re-encoded byte for byte; \
         compressed again it takes 324 bytes (a different compression), the block sent 325"
    );

    // The second capture is a contents-table batch. It decompresses to SizeActual bytes
    // whose first ROP is RopGetContentsTable; the ROPs decode up to the first one whose
    // layout is not implemented yet, which the tool names with its offset (8 header bytes
    // + RopSize + the ROPs before it), exit 1.
    let path = capture!("002_Outlook_2007_in_Tables_operations.rgbIn.bin");
    let r = run(&["--layer", "rpc", "--bin", "--roundtrip", path]);
    let lines = r.lines();
    assert_eq!(
        lines[0],
        "RPC_HEADER_EXT Version=0x0000 Flags=0x0005 (COMPRESSED|LAST) Size=0x014A \
         SizeActual=0x017C"
    );
    assert_eq!(rop_names(&r).first().copied(), Some("RopGetContentsTable"));
    assert!(
        r.stdout.contains(
            "RopGetContentsTable @0x00A LogonId=0x00 InputHandleIndex=0x00 \
                       OutputHandleIndex=0x01 TableFlags=0x02 (ASSOCIATED)"
        ),
        "{}",
        r.stdout
    );
    assert!(rop_names(&r).contains(&"RopSetColumns"), "{}", r.stdout);
    if r.code == 0 {
        assert_eq!(lines.last().copied(), Some("roundtrip: OK (338 bytes)"));
    } else {
        assert_eq!(r.code, 1, "{}", r.stderr);
        // The error comes first, then the frame, the ROPs decoded, the bytes not decoded
        // (from the offset the error names) and the handles.
        let error = lines[1];
        assert!(
            error.starts_with("error: Rop")
                && error.contains(" is not supported yet at byte offset "),
            "{error}"
        );
        let at = error.rsplit_once(" @0x").map(|(_, at)| at).unwrap_or("");
        assert!(r.stderr.contains("is not supported yet"), "{}", r.stderr);
        assert_eq!(lines[2], "RopBuffer @0x008 RopSize=0x0164");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("undecoded @0x{at} "))),
            "{}",
            r.stdout
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("ServerObjectHandleTable @0x16C [0]=")),
            "{}",
            r.stdout
        );
    }
}

#[test]
fn aux_sample_is_built_with_write_aux_buffer() {
    let r = run(&["--sample", "--layer", "aux", "--roundtrip"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert!(
        lines[0].contains(" Flags=0x0006 (XOR_MAGIC|LAST) "),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        "AUX_PERF_REQUESTID Version=0x01 Type=0x01 Size=0x0008 SessionID=0x0001 \
         RequestID=0x00A3"
    );
    let r = run(&["--sample", "--layer", "aux", "--response"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "AUX_SERVER_CAPABILITIES Version=0x01 Type=0x46 Size=0x0008 \
             ServerCapabilityFlags=0x00000003"
        ),
        "{}",
        r.stdout
    );
}

/// Connect request and response bodies ([MS-OXCMAPIHTTP] 2.2.4.1.1, 2.2.4.1.2) from files:
/// `--layer execute --type connect` picks the body layout (the type in any case, as the
/// header it comes from), and `--roundtrip` re-encodes each byte for byte. The text of each
/// field is the library's, checked in `tests/dissect.rs`.
#[test]
fn connect_bodies_print_their_fields_and_auxiliary_blocks() {
    let aux = common::small_aux_buffer();
    let request = common::connect_request_body(&aux);
    let file = temp_file("connect-request.bin", &request);
    let r = run(&[
        "--layer",
        "execute",
        "--type",
        "connect",
        "--roundtrip",
        path_str(&file),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert!(lines[0].starts_with("ConnectRequest UserDn=\"/o=Contoso/cn=Recipients/cn=kim\" "));
    assert!(lines[2].starts_with("AUX_PERF_REQUESTID "), "{}", lines[2]);
    assert_eq!(lines[4], format!("roundtrip: OK ({} bytes)", request.len()));
    // The type is a header value: any case.
    let r = run(&["--layer", "execute", "--type", "Connect", path_str(&file)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.lines()[0], lines[0]);

    let response = common::connect_response_body();
    let file = temp_file("connect-response.bin", &response);
    let args = |path| {
        vec![
            "--layer",
            "execute",
            "--type",
            "connect",
            "--response",
            "--roundtrip",
            path,
        ]
    };
    let r = run(&args(path_str(&file)));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("ConnectResponse StatusCode=0x00000000 "));
    assert_eq!(
        lines[1],
        format!("roundtrip: OK ({} bytes)", response.len())
    );

    // The failure form: StatusCode, then only the auxiliary buffer.
    let failure = common::connect_failure_body(&aux);
    let file = temp_file("connect-failure.bin", &failure);
    let r = run(&args(path_str(&file)));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.lines()[0].starts_with("ConnectResponse StatusCode=0x0000000F "));
    assert!(r.lines()[2].starts_with("AUX_PERF_REQUESTID "));

    // A body cut short: exit 1 with the offset; read as another type: exit 1 too.
    let file = temp_file("connect-cut.bin", &response[..response.len() - 2]);
    let r = run(&args(path_str(&file)));
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stderr.contains("ConnectResponse"), "{}", r.stderr);
    assert!(
        first_offset(&r.stderr) >= response.len() - 4,
        "{}",
        r.stderr
    );

    // Unknown types, and types of the address book endpoint, are usage errors.
    for t in ["frobnicate", "Bind", ""] {
        let r = run(&["--layer", "execute", "--type", t, path_str(&file)]);
        assert_eq!(r.code, 2, "{t}: {}", r.stderr);
        assert!(r.stderr.contains("--type"), "{}", r.stderr);
    }
}

/// Every type's sample, request and response, at the execute and http layers (chunked or
/// not), decodes and round-trips.
#[test]
fn every_body_type_has_a_sample_that_round_trips() {
    for t in [
        "connect",
        "execute",
        "disconnect",
        "notificationwait",
        "ping",
    ] {
        for extra in [
            &["--layer", "execute"][..],
            &["--layer", "execute", "--response"],
            &["--layer", "http"],
            &["--layer", "http", "--chunked"],
        ] {
            let mut args = vec!["--sample", "--roundtrip", "--type", t];
            args.extend(extra);
            let r = run(&args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            assert!(
                r.lines()
                    .last()
                    .is_some_and(|l| l.starts_with("roundtrip: OK (")),
                "{args:?}: {}",
                r.stdout
            );
        }
    }
    let r = run(&[
        "--sample",
        "--layer",
        "execute",
        "--type",
        "notificationwait",
        "--response",
    ]);
    assert_eq!(
        r.lines(),
        [
            "NotificationWaitResponse StatusCode=0x00000000 ErrorCode=0x00000000 (Success) \
             EventPending=0x00000001 AuxiliaryBufferSize=0x00000000"
        ]
    );
    let r = run(&["--sample", "--layer", "execute", "--type", "disconnect"]);
    assert!(
        r.lines()[0].starts_with("DisconnectRequest AuxiliaryBufferSize=0x"),
        "{}",
        r.stdout
    );
    assert!(
        r.lines()[2].starts_with("AUX_PERF_REQUESTID "),
        "{}",
        r.stdout
    );
}

/// `stream` in HTTP/1.1 chunked transfer coding (RFC 9112 7.1), cut into chunks of `size`
/// bytes regardless of its lines, with the library's chunk writer.
fn chunked(stream: &[u8], size: usize) -> Vec<u8> {
    written(|w| {
        for piece in stream.chunks(size) {
            write_chunk(w, piece)?;
        }
        write_end(w, Framing::Chunked)
    })
}

/// The sample response stream as a server writes it with the streaming writers: one chunk
/// per meta-tag, one for the DONE block, then the Execute response body in chunks of
/// `size` bytes ([MS-OXCMAPIHTTP] 2.2.7, 3.2.5.2).
fn served_chunked(size: usize) -> Vec<u8> {
    let body = sample_bytes("execute", true);
    written(|w| {
        write_processing(w, Framing::Chunked)?;
        write_pending(w, Framing::Chunked)?;
        write_done_with_times(
            w,
            Framing::Chunked,
            &DoneHeaders {
                headers: &[Header::new("X-ResponseCode", "0")],
                elapsed_ms: 12,
                start_time: "Sun, 22 Nov 2026 10:15:30 GMT",
            },
        )?;
        for piece in body.chunks(size) {
            write_chunk(w, piece)?;
        }
        write_end(w, Framing::Chunked)
    })
}

#[test]
fn chunked_streams_decode_like_the_dechunked_sample() {
    let ctx = temp_file("chunked-ctx.bin", &sample_bytes("execute", false));
    let plain = run(&["--sample", "--layer", "http"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    let dechunked = sample_bytes("http", true);
    let n = dechunked.len();
    let body_len = sample_bytes("execute", true).len();
    let mut cases = Vec::new();
    for size in [1, 7, 64, 4096] {
        cases.push((chunked(&dechunked, size), n.div_ceil(size)));
        cases.push((served_chunked(size), 3 + body_len.div_ceil(size)));
    }
    for (bytes, chunks) in &cases {
        let file = temp_file("chunked.bin", bytes);
        let r = run(&[
            "--layer",
            "http",
            "--roundtrip",
            "--context",
            path_str(&ctx),
            path_str(&file),
        ]);
        assert_eq!(r.code, 0, "{chunks}: {}", r.stderr);
        assert_eq!(r.rops(), plain.rops(), "{chunks}");
        assert_eq!(r.rops().len(), 6);
        // Apart from the chunking summary and the round trip, the same output.
        let lines = r.lines();
        assert_eq!(
            lines[0],
            format!("HTTP chunked: {chunks} chunks, {n} bytes de-chunked")
        );
        assert_eq!(lines[1..lines.len() - 1], plain.lines()[..], "{chunks}");
        assert_eq!(
            lines.last().copied(),
            Some(
                format!(
                    "roundtrip: OK ({} bytes; the de-chunked stream of {n} bytes \
                     re-encoded; chunk framing as sent)",
                    bytes.len()
                )
                .as_str()
            )
        );
        // Forcing the framing works as detecting it; the wrong one is bad input.
        let forced = run(&[
            "--layer",
            "http",
            "--chunked",
            "--context",
            path_str(&ctx),
            path_str(&file),
        ]);
        let expected: String = lines[..lines.len() - 1]
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(forced.code, 0, "{}", forced.stderr);
        assert_eq!(forced.stdout, expected);
        let wrong = run(&["--layer", "http", "--identity", path_str(&file)]);
        assert_eq!(wrong.code, 1, "{}", wrong.stdout);
        assert_eq!(first_offset(&wrong.stderr), 0, "{}", wrong.stderr);
    }
    // The tool's own chunked sample is the same stream, written as a server would.
    let r = run(&["--sample", "--layer", "http", "--chunked", "--roundtrip"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.lines()[1..r.lines().len() - 1], plain.lines()[..]);
}

#[test]
fn chunked_stream_errors_name_their_offset() {
    // A chunk-size that is not hex, past the DONE block: the meta-tags and headers, then
    // exit 1 with the offset of the bad digit in the chunked input.
    let mut bytes = served_chunked(16);
    let at = bytes
        .windows(4)
        .rposition(|w| w == b"\r\n10")
        .expect("a 16-byte chunk")
        + 3;
    bytes[at] = b'G';
    let file = temp_file("bad-chunk.bin", &bytes);
    let r = run(&["--layer", "http", path_str(&file)]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stderr.contains("chunk-size (not a hex digit)"),
        "{}",
        r.stderr
    );
    assert_eq!(first_offset(&r.stderr), at, "{}", r.stderr);
    assert!(r.stdout.starts_with("HTTP PROCESSING\n"), "{}", r.stdout);
    assert!(r.stdout.contains(r#"  X-ResponseCode="0""#), "{}", r.stdout);
    assert!(r.rops().is_empty(), "{}", r.stdout);

    // Cut short: truncated, exit 1.
    let bytes = served_chunked(16);
    let file = temp_file("cut-chunk.bin", &bytes[..bytes.len() - 3]);
    let r = run(&["--layer", "http", path_str(&file)]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stderr.contains("truncated"), "{}", r.stderr);

    // Bytes after the last-chunk: exit 1 at their offset.
    let mut bytes = served_chunked(16);
    let end = bytes.len();
    bytes.extend_from_slice(b"junk");
    let file = temp_file("junk-chunk.bin", &bytes);
    let r = run(&["--layer", "http", path_str(&file)]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert_eq!(first_offset(&r.stderr), end, "{}", r.stderr);

    // A body that is cut short inside well-formed chunks: the error's offset counts bytes
    // of the de-chunked stream, the same as for the stream sent de-chunked.
    let ctx = temp_file("cut-body-ctx.bin", &sample_bytes("execute", false));
    let dechunked = sample_bytes("http", true);
    let short = &dechunked[..dechunked.len() - 2];
    let mut offsets = Vec::new();
    for (name, bytes) in [
        ("cut-body.bin", short.to_vec()),
        ("cut-body-chunked.bin", chunked(short, 9)),
    ] {
        let file = temp_file(name, &bytes);
        let r = run(&[
            "--layer",
            "http",
            "--context",
            path_str(&ctx),
            path_str(&file),
        ]);
        assert_eq!(r.code, 1, "{name}: {}", r.stdout);
        assert_eq!(r.rops().len(), 6, "{name}: {}", r.stdout);
        offsets.push(first_offset(&r.stderr));
        if name.contains("chunked") {
            assert!(
                r.stderr.contains("(in the de-chunked stream)"),
                "{}",
                r.stderr
            );
        }
    }
    assert_eq!(offsets[0], offsets[1]);
    assert_eq!(offsets[0], dechunked.len() - 4, "AuxiliaryBufferSize");

    // A header whose re-encoding differs (a tab after the colon): exit 3 at its offset in
    // the chunked input.
    let at = dechunked
        .windows(16)
        .position(|w| w == b"X-ResponseCode: ")
        .expect("X-ResponseCode")
        + 15;
    let mut tabbed = dechunked.clone();
    tabbed[at] = b'\t';
    let bytes = chunked(&tabbed, 4096);
    let in_chunked = bytes.iter().position(|&b| b == b'\t').expect("the tab");
    let file = temp_file("tab-chunk.bin", &bytes);
    let r = run(&[
        "--layer",
        "http",
        "--roundtrip",
        "--context",
        path_str(&ctx),
        path_str(&file),
    ]);
    assert_eq!(r.code, 3, "{}{}", r.stdout, r.stderr);
    assert_eq!(first_offset(&r.stderr), in_chunked, "{}", r.stderr);
}

#[test]
fn new_options_are_checked() {
    let r = run(&["--sample", "--type", "connect"]);
    assert_eq!(r.code, 2, "--type needs execute or http: {}", r.stderr);
    let r = run(&["--sample", "--layer", "rpc", "--chunked"]);
    assert_eq!(r.code, 2, "--chunked needs http: {}", r.stderr);
    let r = run(&["--sample", "--layer", "execute", "--identity"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let ctx = temp_file("opt-ctx.bin", &sample_bytes("execute", false));
    let r = run(&[
        "--sample",
        "--layer",
        "execute",
        "--type",
        "connect",
        "--response",
        "--context",
        path_str(&ctx),
    ]);
    assert_eq!(r.code, 2, "no ROPs to pair in a Connect body: {}", r.stderr);
    let r = run(&[
        "--sample",
        "--layer",
        "aux",
        "--response",
        "--context",
        path_str(&ctx),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&["--sample", "--layer", "execute", "--type"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// The README's first command works wherever it runs: with no FILE and nothing attached
/// to standard input (`/dev/null`: a script, an IDE runner, CI) the built-in sample is
/// dissected, and stderr says so. An empty pipe is bad input (exit 1): a broken pipeline
/// must not show invented traffic; so is an explicit `-` with nothing on it.
#[test]
fn no_input_dissects_the_labelled_sample_and_an_empty_pipe_exits_1() {
    let out = run_with(&[], None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("RopBuffer @0x000 RopSize=0x"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains("built-in send-mail sample"),
        "{}",
        out.stderr
    );
    assert!(
        out.rops()
            .first()
            .is_some_and(|l| l.starts_with("RopCreateMessage "))
    );
    let out = run_with(&[], Some(b""));
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr.contains("standard input is empty"),
        "{}",
        out.stderr
    );
    let out = run_with(&["-"], Some(b""));
    assert_eq!(out.code, 1, "{}", out.stdout);
}

/// A [RopSetColumns, RopQueryRows] batch: the rows of the response are laid out by the
/// columns set earlier in the same batch, with no `--columns` ([MS-OXCROPS] 2.2.5.1, 2.2.5.4).
#[test]
fn response_context_learns_set_columns_within_the_batch() {
    // Request: SetColumns(idx 1: PidTagSubject, PidTagMessageSize), QueryRows(idx 1, 50).
    let rops_req: Vec<u8> = [
        &[0x12u8, 0x00, 0x01, 0x00, 0x02, 0x00][..],
        &[0x1F, 0x00, 0x37, 0x00, 0x03, 0x00, 0x08, 0x0E],
        &[0x15, 0x00, 0x01, 0x00, 0x01, 0x32, 0x00],
    ]
    .concat();
    // Response: SetColumns OK; QueryRows OK, Origin 2, 1 standard row ("Hi", 1480).
    let rops_resp: Vec<u8> = [
        &[0x12u8, 0x01, 0, 0, 0, 0, 0x00][..],
        &[0x15, 0x01, 0, 0, 0, 0, 0x02, 0x01, 0x00],
        &[0x00, b'H', 0, b'i', 0, 0, 0, 0xC8, 0x05, 0, 0],
    ]
    .concat();
    let framed = |rops: &[u8]| {
        let mut b = ((rops.len() + 2) as u16).to_le_bytes().to_vec();
        b.extend_from_slice(rops);
        b.extend_from_slice(&[0x11, 0, 0, 0, 0xA7, 0, 0, 0]);
        b
    };
    let req = temp_file("setcolumns-request.bin", &framed(&rops_req));
    let resp = temp_file("queryrows-response.bin", &framed(&rops_resp));
    let r = run(&["--response", "--context", path_str(&req), path_str(&resp)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    let at = lines
        .iter()
        .position(|l| l.starts_with("RopQueryRows "))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert_eq!(
        lines[at],
        "RopQueryRows @0x009 InputHandleIndex=0x01 ReturnValue=0x00000000 (Success) Origin=0x02 \
         (BOOKMARK_END) RowCount=0x0001"
    );
    assert!(
        r.stdout
            .contains("PropertyTag=0x0037001F (PidTagSubject) PropertyValue=\"Hi\""),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("PropertyTag=0x0E080003 (PidTagMessageSize) PropertyValue=0x000005C8"),
        "{}",
        r.stdout
    );

    // Without the request the columns are unknown: exit 1, naming the handle index.
    let alone = run(&["--response", path_str(&resp)]);
    assert_eq!(alone.code, 1, "{}", alone.stdout);
    assert!(alone.stderr.contains("handle index 1"), "{}", alone.stderr);
}

/// `--batch` over a session: the columns a RopSetColumns set in the first batch lay out the
/// rows of a RopQueryRows in the second, through the session tracker and the table's
/// server handle (at index 1 in the first batch, index 0 in the second).
#[test]
fn batches_of_a_session_share_what_the_tracker_learned() {
    let framed = |rops: &[u8], handles: &[u32]| {
        let mut b = ((rops.len() + 2) as u16).to_le_bytes().to_vec();
        b.extend_from_slice(rops);
        for h in handles {
            b.extend_from_slice(&h.to_le_bytes());
        }
        b
    };
    let set_columns = [
        0x12u8, 0x00, 0x01, 0x00, 0x02, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x03, 0x00, 0x08, 0x0E,
    ];
    let set_columns_ok = [0x12u8, 0x01, 0, 0, 0, 0, 0x00];
    let query_rows = [0x15u8, 0x00, 0x00, 0x00, 0x01, 0x32, 0x00];
    let rows = [
        0x15u8, 0x00, 0, 0, 0, 0, 0x02, 0x01, 0x00, 0x00, b'H', 0, b'i', 0, 0, 0, 0xC8, 0x05, 0, 0,
    ];
    let req1 = temp_file("batch1-request.bin", &framed(&set_columns, &[0x11, 0xA7]));
    let resp1 = temp_file(
        "batch1-response.bin",
        &framed(&set_columns_ok, &[0x11, 0xA7]),
    );
    let req2 = temp_file("batch2-request.bin", &framed(&query_rows, &[0xA7]));
    let resp2 = temp_file("batch2-response.bin", &framed(&rows, &[0xA7]));
    let b1 = format!("{}:{}", path_str(&req1), path_str(&resp1));
    let b2 = format!("{}:{}", path_str(&req2), path_str(&resp2));

    let r = run(&["--batch", &b1, "--batch", &b2]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("batch 2: "), "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "RopQueryRows @0x002 InputHandleIndex=0x00 ReturnValue=0x00000000 (Success) \
             Origin=0x02 (BOOKMARK_END) RowCount=0x0001"
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("PropertyValue=\"Hi\""), "{}", r.stdout);

    // The second batch alone: the tracker never saw the columns; exit 1 naming the handle.
    let alone = run(&["--batch", &b2]);
    assert_eq!(alone.code, 1, "{}", alone.stdout);
    assert!(
        alone.stderr.contains("server handle 0x000000A7"),
        "{}",
        alone.stderr
    );

    // --batch replaces FILE.
    assert_eq!(run(&["--batch", &b1, path_str(&req1)]).code, 2);
}

/// The RopFindRow restriction of the Tables_operations capture, pasted as hex:
/// `--structure restriction` prints it nested, names after numbers, and round-trips; the
/// same bytes are no extended-form restriction.
#[test]
fn structure_decodes_a_bare_restriction() {
    if !common::captures_present() {
        return;
    }
    let wire = common::capture("002_Outlook_2007_in_Tables_operations.rgbIn.bin");
    let block = ropwire::rpc_ext::RpcChain::new(&wire)
        .next()
        .expect("a block")
        .expect("a valid block");
    let mut scratch = vec![0u8; ropwire::rpc_ext::MAX_PAYLOAD];
    let payload = block.payload_into(&mut scratch).expect("decompresses");
    let at = payload
        .windows(6)
        .position(|w| w == [0x4F, 0x00, 0x01, 0x00, 0x98, 0x00])
        .expect("the RopFindRow request")
        + 6;
    let restriction = &payload[at..at + 0x98];
    let hex: String = restriction.iter().map(|b| format!("{b:02x} ")).collect();
    let file = temp_file("restriction.hex", hex.as_bytes());
    let r = run(&["--structure", "restriction", "--roundtrip", path_str(&file)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert_eq!(
        lines[0],
        "restriction @0x000 RestrictType=0x00 (RES_AND) RestrictCount=0x0005"
    );
    assert!(
        r.stdout.contains("PropTag=0x001A001F (PidTagMessageClass)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("\"IPM.Microsoft.FolderDesign.NamedView\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\"Messages\""), "{}", r.stdout);
    assert_eq!(lines.last().copied(), Some("roundtrip: OK (152 bytes)"));
    // 4-byte counts read these bytes differently: an error with its offset, exit 1.
    let r = run(&["--structure", "restriction-ext", path_str(&file)]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stderr.contains("byte offset"), "{}", r.stderr);
    // Usage: an unknown structure, or one with a layer option, exits 2.
    let r = run(&["--structure", "folder", path_str(&file)]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&["--structure", "restriction", "--response", path_str(&file)]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// A LongTermID ([MS-OXCDATA] 2.2.1.3.1) pasted as hex: its GUID in text form, its
/// GlobalCounter and Pad, and a byte-exact round trip.
#[test]
fn structure_decodes_a_long_term_id() {
    let hex = b"00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 00 00 00 00 12 34 00 00\n";
    let r = run_with(
        &["--structure", "longtermid", "--roundtrip", "-"],
        Some(hex),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.lines(),
        [
            "longtermid @0x000 DatabaseGuid={33221100-5544-7766-8899-AABBCCDDEEFF} \
             GlobalCounter=0x000000001234 (6 bytes) Pad=0x0000",
            "roundtrip: OK (24 bytes)",
        ]
    );
}
