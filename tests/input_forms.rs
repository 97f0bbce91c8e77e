//! Input forms (ropdump input forms; no spec section covers them): the same bytes written
//! the way the real tools print them all decode to the same bytes, detection picks the
//! right form, errors say where, and no input makes the decoder panic.

use proptest::prelude::*;
use ropwire::dissect::input::{
    InputError, InputErrorKind, InputForm, decode_into, decoded_len_max, detect,
};
use ropwire::{Writer, sample};

/// The first 43 bytes of the sample send-mail request's ROP buffer: RopSize, then
/// RopCreateMessage and RopSetProperties with PidTagSubject "Quarterly...". 43 bytes leave
/// a short last line in every dump, and its ASCII column (`a.r.t.e.r.l`) has hex letters.
const BYTES: [u8; 43] = [
    0x20, 0x02, 0x06, 0x00, 0x00, 0x01, 0xff, 0x0f, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04,
    0x00, 0x0a, 0x00, 0x01, 0xf4, 0x00, 0x04, 0x00, 0x1f, 0x00, 0x37, 0x00, 0x51, 0x00, 0x75, 0x00,
    0x61, 0x00, 0x72, 0x00, 0x74, 0x00, 0x65, 0x00, 0x72, 0x00, 0x6c,
];

// Printed by the tools themselves (xxd 2022-01-14, util-linux hexdump, coreutils base64).

/// `xxd file`
const XXD: &str = "\
00000000: 2002 0600 0001 ff0f 0100 0000 0000 0004   ...............
00000010: 000a 0001 f400 0400 1f00 3700 5100 7500  ..........7.Q.u.
00000020: 6100 7200 7400 6500 7200 6c              a.r.t.e.r.l
";

/// `xxd -g1 file`
const XXD_G1: &str = "\
00000000: 20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04   ...............
00000010: 00 0a 00 01 f4 00 04 00 1f 00 37 00 51 00 75 00  ..........7.Q.u.
00000020: 61 00 72 00 74 00 65 00 72 00 6c                 a.r.t.e.r.l
";

/// `xxd -p file`
const XXD_P: &str = "\
200206000001ff0f0100000000000004000a0001f40004001f0037005100
7500610072007400650072006c
";

/// `hexdump -C file`
const HEXDUMP_C: &str = "\
00000000  20 02 06 00 00 01 ff 0f  01 00 00 00 00 00 00 04  | ...............|
00000010  00 0a 00 01 f4 00 04 00  1f 00 37 00 51 00 75 00  |..........7.Q.u.|
00000020  61 00 72 00 74 00 65 00  72 00 6c                 |a.r.t.e.r.l|
0000002b
";

/// `od -A x -t x1z file`
const OD: &str = "\
000000 20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04  > ...............<
000010 00 0a 00 01 f4 00 04 00 1f 00 37 00 51 00 75 00  >..........7.Q.u.<
000020 61 00 72 00 74 00 65 00 72 00 6c                 >a.r.t.e.r.l<
00002b
";

/// `base64 file`
const BASE64: &str = "IAIGAAAB/w8BAAAAAAAABAAKAAH0AAQAHwA3AFEAdQBhAHIAdABlAHIAbA==\n";

/// `xxd -i file`
const XXD_I: &str = "\
unsigned char r43_bin[] = {
  0x20, 0x02, 0x06, 0x00, 0x00, 0x01, 0xff, 0x0f, 0x01, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x04, 0x00, 0x0a, 0x00, 0x01, 0xf4, 0x00, 0x04, 0x00,
  0x1f, 0x00, 0x37, 0x00, 0x51, 0x00, 0x75, 0x00, 0x61, 0x00, 0x72, 0x00,
  0x74, 0x00, 0x65, 0x00, 0x72, 0x00, 0x6c
};
unsigned int r43_bin_len = 43;
";

// Wireshark is not installed here: these follow its layouts byte for byte. "Copy Bytes as
// Hex + ASCII Dump": `%04x`, two blanks, ` %02x` per byte, three blanks, the last line
// padded so the ASCII column lines up. "...as Hex Dump": the same without the ASCII.
// `tshark -x`: offset, two blanks, `%02x ` per byte padded to 16, two blanks, ASCII.

const WIRESHARK: &str = "\
0000   20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04    ...............
0010   00 0a 00 01 f4 00 04 00 1f 00 37 00 51 00 75 00   ..........7.Q.u.
0020   61 00 72 00 74 00 65 00 72 00 6c                  a.r.t.e.r.l
";

const WIRESHARK_HEX_ONLY: &str = "\
0000   20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04
0010   00 0a 00 01 f4 00 04 00 1f 00 37 00 51 00 75 00
0020   61 00 72 00 74 00 65 00 72 00 6c
";

const TSHARK_X: &str = "\
0000  20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04    ...............
0010  00 0a 00 01 f4 00 04 00 1f 00 37 00 51 00 75 00   ..........7.Q.u.
0020  61 00 72 00 74 00 65 00 72 00 6c                  a.r.t.e.r.l
";

// Written by hand the way people paste them.

const HEX_SPACED: &str = "20 02 06 00 00 01 FF 0F 01 00 00 00 00 00 00 04\n\
00 0A 00 01 F4 00 04 00 1F 00 37 00 51 00 75 00\n\
61 00 72 00 74 00 65 00 72 00 6C\n";

/// .NET `BitConverter.ToString`.
const HEX_DASHED: &str = "20-02-06-00-00-01-FF-0F-01-00-00-00-00-00-00-04-00-0A-00-01-F4-00-04-00-1F-00-37-00-51-00-75-00-61-00-72-00-74-00-65-00-72-00-6C";

const HEX_COLONS: &str = "20:02:06:00:00:01:ff:0f:01:00:00:00:00:00:00:04:00:0a:00:01:f4:00\n04:00:1f:00:37:00:51:00:75:00:61:00:72:00:74:00:65:00:72:00:6c";

const CSHARP: &str = "byte[] request = new byte[] {\n\
    0x20, 0x02, 0x06, 0x00, 0x00, 0x01, 0xFF, 0x0F, // RopSize, RopCreateMessage\n\
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00,\n\
    0x0A, 0x00, 0x01, 0xF4, 0x00, 0x04, 0x00, 0x1F, 0x00, 0x37, 0x00,\n\
    0x51, 0x00, 0x75, 0x00, 0x61, 0x00, 0x72, 0x00, 0x74, 0x00, 0x65, 0x00, 0x72, 0x00, 0x6C,\n\
};\n";

const RUST: &str = "const REQUEST: [u8; 43] = [\n\
    0x20u8, 0x02, 0x06, 0x00, 0x00, 0x01, 0xff, 0x0f, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,\n\
    0x04, 0x00, 0x0a, 0x00, 0x01, 0xf4, 0x00, 0x04, 0x00, 0x1f, 0x00, 0x37, 0x00, 0x51, 0x00,\n\
    0x75, 0x00, 0x61, 0x00, 0x72, 0x00, 0x74, 0x00, 0x65, 0x00, 0x72, 0x00, 0x6c,\n\
];\n";

/// Java `Arrays.toString(byte[])`: decimal, signed.
const JAVA_TO_STRING: &str = "[32, 2, 6, 0, 0, 1, -1, 15, 1, 0, 0, 0, 0, 0, 0, 4, 0, 10, 0, 1, -12, 0, 4, 0, 31, 0, 55, 0, 81, 0, 117, 0, 97, 0, 114, 0, 116, 0, 101, 0, 114, 0, 108]";

/// Rust `{:?}` of the slice.
const RUST_DEBUG: &str = "[32, 2, 6, 0, 0, 1, 255, 15, 1, 0, 0, 0, 0, 0, 0, 4, 0, 10, 0, 1, 244, 0, 4, 0, 31, 0, 55, 0, 81, 0, 117, 0, 97, 0, 114, 0, 116, 0, 101, 0, 114, 0, 108]";

/// A SQL Server `varbinary` literal: one `0x` literal for the whole buffer.
const SQL_LITERAL: &str =
    "0x200206000001FF0F0100000000000004000A0001F40004001F0037005100750061007200740065007200";

fn decode(text: &[u8], form: InputForm) -> Result<Vec<u8>, InputError> {
    let mut out = vec![0u8; decoded_len_max(text, form)];
    let n = decode_into(text, form, &mut out)?;
    assert_eq!(
        n,
        out.len(),
        "decoded_len_max is exact for text that decodes"
    );
    out.truncate(n);
    Ok(out)
}

fn err(text: &str, form: InputForm) -> InputError {
    decode(text.as_bytes(), form).expect_err("the text must not decode")
}

#[test]
fn every_form_as_the_tools_print_it_decodes_to_the_same_bytes() {
    let cases: [(&str, &str, InputForm); 17] = [
        ("xxd", XXD, InputForm::Xxd),
        ("xxd -g1", XXD_G1, InputForm::Xxd),
        ("xxd -p", XXD_P, InputForm::Hex),
        ("hexdump -C", HEXDUMP_C, InputForm::HexDump),
        ("od -A x -t x1z", OD, InputForm::HexDump),
        ("base64", BASE64, InputForm::Base64),
        ("xxd -i", XXD_I, InputForm::ByteArray),
        ("Wireshark hex + ASCII", WIRESHARK, InputForm::HexDump),
        ("Wireshark hex only", WIRESHARK_HEX_ONLY, InputForm::HexDump),
        ("tshark -x", TSHARK_X, InputForm::HexDump),
        ("spaced hex", HEX_SPACED, InputForm::Hex),
        ("dashed hex", HEX_DASHED, InputForm::Hex),
        ("hex with colons", HEX_COLONS, InputForm::Hex),
        ("C#", CSHARP, InputForm::ByteArray),
        ("Rust", RUST, InputForm::ByteArray),
        ("Java Arrays.toString", JAVA_TO_STRING, InputForm::ByteArray),
        ("Rust {:?}", RUST_DEBUG, InputForm::ByteArray),
    ];
    for (name, text, form) in cases {
        assert_eq!(detect(text.as_bytes()), form, "{name}: detected form");
        let bytes = decode(text.as_bytes(), form).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(bytes, BYTES, "{name}: decoded bytes");
        // Pasted on Windows.
        let crlf = text.replace('\n', "\r\n");
        assert_eq!(
            detect(crlf.as_bytes()),
            form,
            "{name} with CRLF: detected form"
        );
        assert_eq!(
            decode(crlf.as_bytes(), form).unwrap(),
            BYTES,
            "{name} with CRLF"
        );
    }
    // The SQL literal stops after 42 bytes (an odd literal would be one byte too many).
    assert_eq!(detect(SQL_LITERAL.as_bytes()), InputForm::ByteArray);
    assert_eq!(
        decode(SQL_LITERAL.as_bytes(), InputForm::ByteArray).unwrap(),
        &BYTES[..42]
    );
    // Raw bytes stay raw.
    assert_eq!(detect(&BYTES), InputForm::Raw);
    assert_eq!(decode(&BYTES, InputForm::Raw).unwrap(), BYTES);
}

#[test]
fn the_formatters_below_print_what_the_tools_print() {
    assert_eq!(xxd(&BYTES), XXD);
    assert_eq!(hexdump_c(&BYTES), HEXDUMP_C);
    assert_eq!(wireshark(&BYTES), WIRESHARK);
    assert_eq!(base64(&BYTES), BASE64);
}

#[test]
fn a_whole_rop_buffer_is_raw_and_its_text_forms_are_text() {
    let mut buf = [0u8; 4096];
    let mut w = Writer::new(&mut buf);
    sample::write_request_buffer(&mut w).unwrap();
    let n = w.position();
    let raw = &buf[..n];
    assert_eq!(detect(raw), InputForm::Raw);
    for (text, form) in [
        (xxd(raw), InputForm::Xxd),
        (hexdump_c(raw), InputForm::HexDump),
        (wireshark(raw), InputForm::HexDump),
        (base64(raw), InputForm::Base64),
        (hex(raw, " "), InputForm::Hex),
        (byte_array(raw, 0), InputForm::ByteArray),
    ] {
        assert_eq!(detect(text.as_bytes()), form, "{text}");
        assert_eq!(decode(text.as_bytes(), form).unwrap(), raw);
    }
}

/// The ASCII column is skipped by its place even when it reads as hex.
#[test]
fn ascii_columns_that_look_like_hex_are_ignored() {
    let bytes = b"0123456789abcdef0123";
    let dumps = [
        "00000000: 3031 3233 3435 3637 3839 6162 6364 6566  0123456789abcdef\n\
         00000010: 3031 3233                                0123\n",
        "00000000: 30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66  0123456789abcdef\n\
         00000010: 30 31 32 33                                      0123\n",
        "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n\
         00000010  30 31 32 33                                       |0123|\n\
         00000014\n",
        "0000   30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66   0123456789abcdef\n\
         0010   30 31 32 33                                       0123\n",
        "0000  30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66   0123456789abcdef\n\
         0010  30 31 32 33                                       0123\n",
        // A single short line: only the gap tells hex from ASCII.
        "00000000: 6361 6665                                cafe\n",
        "0000   63 61 66 65                                       cafe\n",
    ];
    for (i, dump) in dumps.iter().enumerate() {
        let form = detect(dump.as_bytes());
        let got = decode(dump.as_bytes(), form).unwrap();
        let want: &[u8] = if i < 5 { bytes } else { b"cafe" };
        assert_eq!(got, want, "dump {i}:\n{dump}");
    }
}

/// `*` stands for repeats of the line before it, up to the next offset (`hexdump -C`,
/// `xxd -a`).
#[test]
fn repeat_lines_expand() {
    let mut bytes = BYTES[..16].to_vec();
    bytes.extend([0u8; 48]);
    bytes.extend(&BYTES[..5]);
    let hexdump = "\
00000000  20 02 06 00 00 01 ff 0f  01 00 00 00 00 00 00 04  | ...............|
00000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
*
00000040  20 02 06 00 00                                    | ....|
00000045
";
    let xxd_a = "\
00000000: 2002 0600 0001 ff0f 0100 0000 0000 0004   ...............
00000010: 0000 0000 0000 0000 0000 0000 0000 0000  ................
*
00000040: 2002 0600 00                              ....
";
    let od = "\
000000 20 02 06 00 00 01 ff 0f 01 00 00 00 00 00 00 04
000010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
*
000040 20 02 06 00 00
000045
";
    assert_eq!(detect(od.as_bytes()), InputForm::HexDump);
    assert_eq!(decode(od.as_bytes(), InputForm::HexDump).unwrap(), bytes);
    assert_eq!(
        decode(hexdump.as_bytes(), InputForm::HexDump).unwrap(),
        bytes
    );
    assert_eq!(decode(xxd_a.as_bytes(), InputForm::Xxd).unwrap(), bytes);
    assert_eq!(hexdump_c(&bytes), hexdump);
    // Ending on repeats: only the final offset says how many.
    let tail = "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00000040\n";
    assert_eq!(
        decode(tail.as_bytes(), InputForm::HexDump).unwrap(),
        [0u8; 64]
    );
}

#[test]
fn detection_rules() {
    // Hex wins over base64 when both fit.
    assert_eq!(detect(b"abcd"), InputForm::Hex);
    assert_eq!(detect(b"deadbeef\n"), InputForm::Hex);
    assert_eq!(
        decode(b"abcd", InputForm::Base64).unwrap(),
        [0x69, 0xB7, 0x1D]
    );
    assert_eq!(detect(b"IAIG"), InputForm::Base64);
    // Base64 has no blank inside a line; hex with a typo stays hex and says where.
    assert_eq!(detect(b"2002 06g0"), InputForm::Hex);
    // A cut base64 paste is still base64, so the error is about its length.
    assert_eq!(detect(b"IAIGAAAB/w8"), InputForm::Base64);
    // `0x` literals one per line have the shape of base64 but are a byte array.
    assert_eq!(detect(b"0x20\n0x02\n0x06\n0x00"), InputForm::ByteArray);
    assert_eq!(detect(b"0x20 0x02"), InputForm::ByteArray);
    // A byte order mark does not make text binary.
    assert_eq!(detect(b"\xEF\xBB\xBF20 02"), InputForm::Hex);
    assert_eq!(
        decode(b"\xEF\xBB\xBF20 02", InputForm::Hex).unwrap(),
        [0x20, 0x02]
    );
    // Blank input is text; decoding it reports Empty.
    assert_eq!(detect(b""), InputForm::Hex);
    assert_eq!(detect(b" \r\n\t"), InputForm::Hex);
    // Any byte that is not text makes the input raw.
    assert_eq!(detect(b"20 02\x00"), InputForm::Raw);
    assert_eq!(detect(b"20 02 \xC3\xA9"), InputForm::Raw);
    // Names for command lines.
    for form in InputForm::ALL {
        assert_eq!(InputForm::from_name(form.name()), Some(form));
        assert_eq!(form.is_text(), form != InputForm::Raw);
    }
    assert_eq!(InputForm::from_name("HexDump"), Some(InputForm::HexDump));
    assert_eq!(InputForm::from_name("bin"), None);
}

#[test]
fn byte_array_details() {
    let cases: [(&str, &[u8]); 10] = [
        ("0x20, 0x02, 0x06,", &[0x20, 0x02, 0x06]),
        ("{ 0x20,0x02 }", &[0x20, 0x02]),
        ("[0x20u8, 0x02_u8, 0xFF]", &[0x20, 0x02, 0xFF]),
        ("new byte[] { (byte)0xF4, (byte) 0x02 }", &[0xF4, 0x02]),
        (
            "unsigned char buf[3] = { 0x20, /* id */ 0x02, 0x06 };",
            &[0x20, 0x02, 0x06],
        ),
        ("let b: [u8; 2] = [0x20, 0x02]; // two", &[0x20, 0x02]),
        ("[]byte{0x20, 0x02}", &[0x20, 0x02]),
        ("bytes([0x20, 0x02])  # python", &[0x20, 0x02]),
        ("[-128, -1, 0, 127]", &[0x80, 0xFF, 0x00, 0x7F]),
        ("Uint8Array [ 32  2  6 ]", &[32, 2, 6]),
    ];
    for (text, want) in cases {
        assert_eq!(detect(text.as_bytes()), InputForm::ByteArray, "{text}");
        assert_eq!(
            decode(text.as_bytes(), InputForm::ByteArray).unwrap(),
            want,
            "{text}"
        );
    }
}

fn at(e: InputError) -> (InputErrorKind, usize, usize) {
    (e.kind, e.line, e.column)
}

#[test]
fn hex_errors_name_line_and_column() {
    let e = err("20 02 06\n00 0 01\n", InputForm::Hex);
    assert_eq!(at(e), (InputErrorKind::OddHexDigits, 2, 4));
    assert_eq!(e.to_string(), "line 2, column 4: odd number of hex digits");
    let e = err("20 02 06\n00 0g 01\n", InputForm::Hex);
    assert_eq!(
        at(e),
        (
            InputErrorKind::Unexpected {
                found: b'g',
                expected: "a hex digit"
            },
            2,
            5
        )
    );
    assert_eq!(
        e.to_string(),
        "line 2, column 5: unexpected 'g', expected a hex digit"
    );
    // A trailing lone digit.
    assert_eq!(
        at(err("20 02 0", InputForm::Hex)),
        (InputErrorKind::OddHexDigits, 1, 7)
    );
    // Digits of a byte are adjacent: a 7-digit `hexdump` offset is not hex.
    assert_eq!(
        at(err("0000000 0220 0006\n", InputForm::Hex)),
        (InputErrorKind::OddHexDigits, 1, 1)
    );
}

#[test]
fn dump_errors_name_the_lost_line() {
    // Wireshark dump with its second line lost.
    let lost: String = WIRESHARK
        .lines()
        .enumerate()
        .filter(|(i, _)| *i != 1)
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    assert_eq!(detect(lost.as_bytes()), InputForm::HexDump);
    let e = err(&lost, InputForm::HexDump);
    assert_eq!(
        at(e),
        (
            InputErrorKind::OffsetMismatch {
                expected: 0x10,
                found: 0x20
            },
            2,
            1
        )
    );
    assert_eq!(
        e.to_string(),
        "line 2, column 1: offset 0x20 where 0x10 was expected: a line is missing, cut or edited"
    );
    // A line cut short in the middle of an xxd dump.
    let cut = XXD.replace("3700 5100 7500", "3700 5100");
    assert_eq!(
        at(err(&cut, InputForm::Xxd)),
        (
            InputErrorKind::OffsetMismatch {
                expected: 0x1E,
                found: 0x20
            },
            3,
            1
        )
    );
    // hexdump -C whose final offset disagrees with the bytes.
    let short = HEXDUMP_C.replace("0000002b", "0000002c");
    assert_eq!(
        at(err(&short, InputForm::HexDump)),
        (
            InputErrorKind::OffsetMismatch {
                expected: 0x2B,
                found: 0x2C
            },
            4,
            1
        )
    );
    // A lost digit inside a dump line.
    let odd = HEXDUMP_C.replace("f4 00 04", "f4 0 04");
    assert_eq!(
        at(err(&odd, InputForm::HexDump)),
        (InputErrorKind::OddHexDigits, 2, 26)
    );
    // `*` without a line before it, or without the offset after it.
    assert_eq!(
        at(err("*\n00000010\n", InputForm::HexDump)).0,
        InputErrorKind::BadRepeat
    );
    assert_eq!(
        at(err(
            "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n",
            InputForm::HexDump
        )),
        (InputErrorKind::BadRepeat, 2, 1)
    );
    assert_eq!(
        at(err(
            "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\n00000018\n",
            InputForm::HexDump
        )),
        (InputErrorKind::BadRepeat, 3, 1)
    );
    // xxd needs its colon.
    assert_eq!(
        at(err("00000000  20 02\n", InputForm::Xxd)),
        (
            InputErrorKind::Unexpected {
                found: b' ',
                expected: "':' after the offset"
            },
            1,
            9
        )
    );
}

#[test]
fn byte_array_errors() {
    let e = err("{ 0x20, 0x100, 0x02 }", InputForm::ByteArray);
    assert_eq!(at(e), (InputErrorKind::ByteOutOfRange, 1, 9));
    assert_eq!(
        e.to_string(),
        "line 1, column 9: value does not fit in a byte"
    );
    assert_eq!(
        at(err("0x20,\n0x100", InputForm::ByteArray)),
        (InputErrorKind::ByteOutOfRange, 2, 1)
    );
    assert_eq!(
        at(err("[32, 256]", InputForm::ByteArray)),
        (InputErrorKind::ByteOutOfRange, 1, 6)
    );
    assert_eq!(
        at(err("[32, -129]", InputForm::ByteArray)),
        (InputErrorKind::ByteOutOfRange, 1, 6)
    );
    // Hex without `0x` inside brackets reads as decimal; a leading zero is octal in C.
    assert_eq!(
        at(err("[20, 02, 06]", InputForm::ByteArray)),
        (InputErrorKind::LeadingZero, 1, 6)
    );
    assert_eq!(
        at(err("{ 0x20, 0x02", InputForm::ByteArray)),
        (
            InputErrorKind::UnexpectedEnd {
                expected: "',' or '}'"
            },
            1,
            13
        )
    );
    assert_eq!(
        at(err("{ 0x20,, 0x02 }", InputForm::ByteArray)).0,
        InputErrorKind::Unexpected {
            found: b',',
            expected: "a byte value"
        }
    );
    assert_eq!(
        at(err("[0x20i16]", InputForm::ByteArray)).0,
        InputErrorKind::Unexpected {
            found: b'i',
            expected: "a hex digit or a type suffix such as u8"
        }
    );
    // A second list is not dropped silently.
    assert_eq!(at(err("{ 0x20 };\n{ 0x02 };", InputForm::ByteArray)).1, 2);
}

#[test]
fn base64_errors() {
    assert_eq!(
        at(err("IAIGAAAB/w8", InputForm::Base64)),
        (InputErrorKind::Base64Length, 1, 9)
    );
    assert_eq!(at(err("IAIG\nAA=A", InputForm::Base64)).1, 2);
    assert_eq!(
        at(err("IA==IAIG", InputForm::Base64)).0,
        InputErrorKind::Unexpected {
            found: b'I',
            expected: "the end of the text after the '=' padding"
        }
    );
}

#[test]
fn empty_input_is_empty_in_every_form() {
    let mut out = [0u8; 8];
    for form in InputForm::ALL {
        let e = decode_into(b"", form, &mut out).unwrap_err();
        assert_eq!(at(e), (InputErrorKind::Empty, 0, 0), "{form}");
        assert_eq!(e.to_string(), "no bytes in the input");
        if form.is_text() {
            for blank in [&b"  \n\t\r\n"[..], b"\xEF\xBB\xBF \n"] {
                let e = decode_into(blank, form, &mut out).unwrap_err();
                assert_eq!(e.kind, InputErrorKind::Empty, "{form}");
            }
        }
    }
    // Text without a single byte in it.
    assert_eq!(err("{ }", InputForm::ByteArray).kind, InputErrorKind::Empty);
    assert_eq!(
        err("// none\n", InputForm::ByteArray).kind,
        InputErrorKind::Empty
    );
    assert_eq!(
        err("00000000\n", InputForm::HexDump).kind,
        InputErrorKind::Empty
    );
    assert_eq!(err(" : - ", InputForm::Hex).kind, InputErrorKind::Empty);
}

#[test]
fn output_too_small_in_every_form() {
    let texts: [(&[u8], InputForm); 6] = [
        (&BYTES, InputForm::Raw),
        (XXD_P.as_bytes(), InputForm::Hex),
        (XXD.as_bytes(), InputForm::Xxd),
        (HEXDUMP_C.as_bytes(), InputForm::HexDump),
        (XXD_I.as_bytes(), InputForm::ByteArray),
        (BASE64.as_bytes(), InputForm::Base64),
    ];
    for (text, form) in texts {
        assert_eq!(decoded_len_max(text, form), BYTES.len(), "{form}");
        let mut out = [0u8; 42];
        let e = decode_into(text, form, &mut out).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::OutputTooSmall, "{form}");
        assert_eq!(out[..40], BYTES[..40], "{form}: what fitted was written");
        let mut out = [0u8; 43];
        assert_eq!(decode_into(text, form, &mut out), Ok(43), "{form}");
    }
    // The place is where the first byte that did not fit is written.
    let mut out = [0u8; 2];
    let e = decode_into(b"20 02\n06", InputForm::Hex, &mut out).unwrap_err();
    assert_eq!(at(e), (InputErrorKind::OutputTooSmall, 2, 1));
    // A `*` line that stands for more than fits.
    let big = "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\nfffffffffff0\n";
    assert_eq!(
        decoded_len_max(big.as_bytes(), InputForm::HexDump),
        0xffff_ffff_fff0
    );
    let mut out = [0u8; 100];
    assert_eq!(
        decode_into(big.as_bytes(), InputForm::HexDump, &mut out)
            .unwrap_err()
            .kind,
        InputErrorKind::OutputTooSmall
    );
}

// ---------------------------------------------------------------------------------------
// Small formatters, checked against the tools' own output above.

fn printable(b: u8) -> char {
    if (0x20..0x7F).contains(&b) {
        char::from(b)
    } else {
        '.'
    }
}

fn xxd(bytes: &[u8]) -> String {
    let mut s = String::new();
    for (l, line) in bytes.chunks(16).enumerate() {
        let mut hex = String::new();
        for group in line.chunks(2) {
            hex.push(' ');
            for b in group {
                hex.push_str(&format!("{b:02x}"));
            }
        }
        let ascii: String = line.iter().map(|&b| printable(b)).collect();
        s.push_str(&format!("{:08x}:{hex:<40}  {ascii}\n", l * 16));
    }
    s
}

fn hexdump_c(bytes: &[u8]) -> String {
    let mut s = String::new();
    let mut previous: Option<&[u8]> = None;
    let mut starred = false;
    for (l, line) in bytes.chunks(16).enumerate() {
        if line.len() == 16 && previous == Some(line) {
            if !starred {
                s.push_str("*\n");
                starred = true;
            }
            continue;
        }
        starred = false;
        previous = Some(line);
        let mut hex = String::new();
        for (i, b) in line.iter().enumerate() {
            hex.push_str(&format!("{b:02x} "));
            if i == 7 {
                hex.push(' ');
            }
        }
        let ascii: String = line.iter().map(|&b| printable(b)).collect();
        s.push_str(&format!("{:08x}  {hex:<49} |{ascii}|\n", l * 16));
    }
    s.push_str(&format!("{:08x}\n", bytes.len()));
    s
}

fn wireshark(bytes: &[u8]) -> String {
    let mut s = String::new();
    for (l, line) in bytes.chunks(16).enumerate() {
        let hex: String = line.iter().map(|b| format!(" {b:02x}")).collect();
        let ascii: String = line.iter().map(|&b| printable(b)).collect();
        s.push_str(&format!("{:04x}  {hex:<48}   {ascii}\n", l * 16));
    }
    s
}

fn hex(bytes: &[u8], sep: &str) -> String {
    let parts: Vec<String> = bytes.iter().map(|b| format!("{b:02X}")).collect();
    parts.join(sep)
}

fn byte_array(bytes: &[u8], style: u8) -> String {
    match style % 4 {
        0 => {
            let items: Vec<String> = bytes.iter().map(|b| format!("0x{b:02X}")).collect();
            format!("new byte[] {{ {} }};", items.join(", "))
        }
        1 => {
            let items: Vec<String> = bytes.iter().map(|b| format!("0x{b:02x}u8")).collect();
            format!("[{},]", items.join(",\n    "))
        }
        2 => {
            let items: Vec<String> = bytes.iter().map(|&b| (b as i8).to_string()).collect();
            format!("[{}]", items.join(", "))
        }
        _ => {
            let items: Vec<String> = bytes.iter().map(|b| format!("0x{b:02x}")).collect();
            format!("{}\n", items.join(", "))
        }
    }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for k in 0..4 {
            if k <= chunk.len() {
                s.push(char::from(ALPHABET[(n >> (18 - 6 * k) & 63) as usize]));
            } else {
                s.push('=');
            }
        }
    }
    // Wrapped at 76 like `base64 -w 76`; the last line ends with a newline.
    let wrapped: Vec<String> = s
        .as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8(c.to_vec()).unwrap())
        .collect();
    let mut out = wrapped.join("\n");
    out.push('\n');
    out
}

// ---------------------------------------------------------------------------------------
// Properties

/// Decodes with the size decoded_len_max asks for (capped), and with a short buffer.
fn decode_never_panics(text: &[u8]) {
    for form in InputForm::ALL {
        let need = decoded_len_max(text, form);
        let mut out = vec![0u8; need.min(1 << 16)];
        match decode_into(text, form, &mut out) {
            Ok(n) => assert_eq!(n, need),
            Err(e) => {
                if need <= out.len() {
                    assert_ne!(e.kind, InputErrorKind::OutputTooSmall, "{form}: {e}");
                }
                let _ = e.to_string();
            }
        }
        let mut small = [0u8; 3];
        let _ = decode_into(text, form, &mut small);
    }
}

proptest! {
    #[test]
    fn every_formatter_round_trips(
        bytes in proptest::collection::vec(any::<u8>(), 1..300),
        sep in prop::sample::select(vec!["", " ", ":", "-", ",", "\n", " \r\n"]),
        style in any::<u8>(),
    ) {
        let cases = [
            (hex(&bytes, sep), InputForm::Hex),
            (xxd(&bytes), InputForm::Xxd),
            (hexdump_c(&bytes), InputForm::HexDump),
            (wireshark(&bytes), InputForm::HexDump),
            (byte_array(&bytes, style), InputForm::ByteArray),
            (base64(&bytes), InputForm::Base64),
        ];
        for (text, form) in cases {
            prop_assert_eq!(decode(text.as_bytes(), form).map_err(|e| e.to_string()), Ok(bytes.clone()), "{}", text);
            let detected = detect(text.as_bytes());
            if form == InputForm::Base64 && text.bytes().all(|b| b.is_ascii_hexdigit() || b == b'\n') {
                // All hex: hex wins, by the rule.
                prop_assert_eq!(detected, InputForm::Hex);
            } else if form == InputForm::Base64
                && text.lines().all(|l| {
                    (l.starts_with("0x") || l.starts_with("0X"))
                        && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                })
            {
                // Base64 that reads as `0x` literals line by line: a byte array, by the rule.
                prop_assert_eq!(detected, InputForm::ByteArray);
            } else {
                prop_assert_eq!(detected, form, "{}", text);
            }
        }
        if bytes.iter().any(|&b| !(b == b' ' || b.is_ascii_graphic() || b.is_ascii_whitespace())) {
            prop_assert_eq!(detect(&bytes), InputForm::Raw);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = detect(&input);
        decode_never_panics(&input);
    }

    #[test]
    fn arbitrary_text_never_panics(
        input in "[0-9a-fA-FxXu_:, \\-\\[\\]{}()|*=+/#;\n\t.gz]{0,300}"
    ) {
        let _ = detect(input.as_bytes());
        decode_never_panics(input.as_bytes());
    }

    #[test]
    fn mangled_dumps_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 1..100),
        cut in any::<prop::sample::Index>(),
        insert in "[0-9a-f *|\n]{0,4}",
    ) {
        for text in [xxd(&bytes), hexdump_c(&bytes), wireshark(&bytes)] {
            let at = cut.index(text.len() + 1);
            let mut mangled = text.clone();
            mangled.insert_str(at, &insert);
            let _ = detect(mangled.as_bytes());
            decode_never_panics(mangled.as_bytes());
        }
    }
}
