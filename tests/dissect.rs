//! The library's dissector (`ropwire::dissect`): the text ropdump prints, written into any
//! `core::fmt::Write` — offsets, names after numbers, the error first on bad input.

use ropwire::buffer::RopBuffer;
use ropwire::dissect::{self, Side, Stop, Text};
use ropwire::rop::NoContext;
use ropwire::wire::Decode;
use ropwire::{Writer, sample};

fn request_sample() -> Vec<u8> {
    let mut mem = [0u8; 4096];
    let mut w = Writer::new(&mut mem);
    sample::write_request_buffer(&mut w).expect("the sample fits");
    w.written().to_vec()
}

fn response_sample() -> Vec<u8> {
    let mut mem = [0u8; 4096];
    let mut w = Writer::new(&mut mem);
    sample::write_response_buffer(&mut w).expect("the sample fits");
    w.written().to_vec()
}

#[test]
fn every_rop_line_has_its_name_and_offset_and_tags_their_names() {
    let bytes = request_sample();
    let mut out = String::new();
    dissect::request_buffer(&mut out, &bytes, 0).expect("the sample decodes");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "RopBuffer @0x000 RopSize=0x0220");
    assert!(
        lines[1].starts_with("RopCreateMessage @0x002 LogonId=0x00 "),
        "{}",
        lines[1]
    );
    // FIDs as ReplicaId-GlobalCounter.
    assert!(
        lines[1].ends_with(" FolderId=0x0001-0x000000000004 AssociatedFlag=0x00"),
        "{}",
        lines[1]
    );
    assert!(
        out.contains(
            "[0] PropertyTag=0x0037001F (PidTagSubject) PropertyValue=\"Quarterly report\""
        )
    );
    assert!(out.contains(
        "PropertyTags=[0x0E070003 (PidTagMessageFlags), 0x0E080003 (PidTagMessageSize)]"
    ));
    assert_eq!(
        lines.last().copied(),
        Some("ServerObjectHandleTable @0x220 [0]=0x00000020 [1]=0xFFFFFFFF")
    );
    // Flags by name; a bit without one in hex.
    assert!(out.contains(" SaveFlags=0x0C (FORCE_SAVE|0x8)"), "{out}");
}

#[test]
fn responses_name_their_return_values_and_pair_with_requests() {
    let req = request_sample();
    let resp = response_sample();
    let rq = RopBuffer::decode(&req).expect("request buffer");
    let mut out = String::new();
    dissect::response_buffer(&mut out, &resp, 0, Some(&rq), &NoContext).expect("pairs");
    assert!(
        out.contains(
            "RopCreateMessage @0x002 OutputHandleIndex=0x01 ReturnValue=0x00000000 (Success) "
        ),
        "{out}"
    );
    // RopGetPropertiesSpecific decodes its row with its request's tags.
    assert!(
        out.contains("[1] PropertyTag=0x0E080003 (PidTagMessageSize) PropertyValue=0x000005C8"),
        "{out}"
    );
}

#[test]
fn a_bad_rop_prints_the_error_first_then_what_decoded_then_the_rest_in_hex() {
    // RopRelease, then a RopSetProperties cut short, inside a well-framed buffer.
    let bytes = [
        0x0A, 0x00, // RopSize 10
        0x01, 0x00, 0x01, // RopRelease
        0x0A, 0x00, 0x01, 0xFF, 0x00, // RopSetProperties: PropertyValueSize 0x00FF
        0x42, 0x00, 0x00, 0x00, // handle table
    ];
    let mut out = String::new();
    let err = dissect::request_buffer(&mut out, &bytes, 0x10).expect_err("bad ROP");
    let Stop::Decode(e) = err else {
        panic!("{err:?}")
    };
    // The size promises 0xFF bytes; the ROP list ends at 0x1A.
    assert_eq!(e.offset, 0x1A);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("error: "), "{out}");
    assert!(lines[0].ends_with(" in RopSetProperties @0x015"), "{out}");
    assert_eq!(lines[1], "RopBuffer @0x010 RopSize=0x000A");
    assert_eq!(
        lines[2],
        "RopRelease @0x012 LogonId=0x00 InputHandleIndex=0x01"
    );
    assert_eq!(lines[3], "undecoded @0x015 (5 bytes):");
    assert_eq!(lines[4], "  0x015: 0A 00 01 FF 00");
    assert_eq!(lines[5], "ServerObjectHandleTable @0x01A [0]=0x00000042");
}

#[test]
fn text_writes_into_fixed_memory() {
    // A gateway without a heap logs into a fixed buffer.
    let bytes = [0x05, 0x00, 0x01, 0x00, 0x01, 0x42, 0x00, 0x00, 0x00];
    let buf = RopBuffer::decode(&bytes).expect("buffer");
    let mut log = heapless::String::<256>::new();
    let mut t = Text::new(&mut log);
    dissect::rop_list(&mut t, buf.rops, 2, &Side::Requests).expect("decodes");
    t.finish().expect("fits");
    assert_eq!(
        log.as_str(),
        "RopRelease @0x002 LogonId=0x00 InputHandleIndex=0x01\n"
    );
    // Too small a buffer is a write error, not a panic.
    let mut tiny = heapless::String::<8>::new();
    assert_eq!(
        dissect::request_buffer(&mut tiny, &bytes, 0),
        Err(Stop::Write)
    );
}

// ---------------------------------------------------------------------------------------
// The outer layers ([MS-OXCRPC] 2.2.2.1, 2.2.2.2; [MS-OXCMAPIHTTP] 2.2.4)

mod common;

use ropwire::buffer::RequestIter;
use ropwire::mapihttp::{ExecuteRequest, RequestType};
use ropwire::rpc_ext::EcDoRpcExt2Flags;
use ropwire::wire::Encode;

fn written(f: impl FnOnce(&mut Writer<'_>) -> Result<(), ropwire::EncodeError>) -> Vec<u8> {
    let mut mem = vec![0u8; 8192];
    let mut w = Writer::new(&mut mem);
    f(&mut w).expect("fits");
    let n = w.position();
    mem.truncate(n);
    mem
}

fn text(f: impl FnOnce(&mut Text<&mut String>) -> Result<(), ropwire::DecodeError>) -> String {
    let mut out = String::new();
    let mut t = Text::new(&mut out);
    f(&mut t).expect("decodes");
    t.finish().expect("a String takes everything");
    out
}

#[test]
fn modify_recipients_rows_are_nested_below_their_rop() {
    let out = text(|t| dissect::rop_buffer(t, &request_sample(), 0, &Side::Requests));
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("RopModifyRecipients "))
        .expect("RopModifyRecipients");
    assert!(lines[at].contains(" ColumnCount=0x0003 "), "{}", lines[at]);
    assert_eq!(lines[at + 1], "  RecipientRows:");
    assert!(
        lines[at + 2]
            .starts_with("    [0] RowId=0x00000000 RecipientType=0x01 RecipientRowSize=0x"),
        "{}",
        lines[at + 2]
    );
    assert!(lines[at + 3].starts_with("      RecipientRow: RecipientFlags=0x"));
    assert!(lines[at + 3].contains(r#" EmailAddress="ada@example.com""#));
    assert!(lines[at + 3].contains(r#" DisplayName="Ada Lovelace""#));
    assert!(lines[at..].contains(
        &"            [2] PropertyTag=0x3A40000B (PidTagSendRichInfo) PropertyValue=0x01"
    ));
}

/// Two response blocks (the first without Last, obfuscated), both answering the one
/// request buffer ([MS-OXCRPC] 3.1.4.2.1.1): each block's line, then its ROP buffer.
#[test]
fn chained_rpc_blocks_each_hold_a_rop_buffer() {
    let block = written(sample::write_response_rpc);
    let mut first = block.clone();
    first[2] &= !0x04; // drop Last
    let chain = [first, block].concat();
    let req = request_sample();
    let requests = RopBuffer::decode(&req).expect("requests");
    let mut scratch = vec![0u8; 0x10000];
    let side = |_| Side::answering(Some(&requests), &NoContext);
    let out = text(|t| dissect::rpc_rops(t, &chain, 0, &mut scratch, &side));
    let headers: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("RPC_HEADER_EXT "))
        .collect();
    assert_eq!(headers.len(), 2, "{out}");
    assert!(
        headers[0].contains(" Flags=0x0002 (XOR_MAGIC) "),
        "{}",
        headers[0]
    );
    assert!(
        headers[1].contains(" Flags=0x0006 (XOR_MAGIC|LAST) "),
        "{}",
        headers[1]
    );
    let rops = out
        .lines()
        .filter(|l| l.starts_with("Rop") && !l.starts_with("RopBuffer "))
        .count();
    assert_eq!(rops, 12, "{out}");
    // ROP offsets count in the input: the second buffer starts after the first block.
    let second = block_len(&chain);
    assert!(
        out.contains(&format!("RopBuffer @0x{:03X} ", second + 8)),
        "{out}"
    );
}

fn block_len(chain: &[u8]) -> usize {
    8 + usize::from(u16::from_le_bytes([chain[4], chain[5]]))
}

#[test]
fn every_single_byte_change_is_decoded_or_reported_never_a_crash() {
    let bytes = request_sample();
    for at in 0..bytes.len() {
        let mut changed = bytes.clone();
        changed[at] ^= 0xFF;
        let mut out = String::new();
        match dissect::request_buffer(&mut out, &changed, 0) {
            Ok(()) => assert!(out.starts_with("RopBuffer @0x000 "), "at {at}: {out}"),
            Err(Stop::Decode(e)) => {
                assert!(e.offset <= changed.len(), "at {at}: {e}");
                assert!(out.starts_with("error: "), "at {at}: {out}");
            }
            Err(Stop::Write) => panic!("a String never refuses"),
        }
    }
}

#[test]
fn every_truncation_of_an_execute_request_is_reported_never_a_crash() {
    let body = written(sample::write_execute_request);
    for cut in 0..body.len() {
        let mut scratch = vec![0u8; 0x10000];
        let mut out = String::new();
        let mut t = Text::new(&mut out);
        let r = dissect::execute_request(&mut t, &body[..cut], 0, &mut scratch);
        let e = r.expect_err("a cut body is bad");
        assert!(e.offset <= cut, "cut at {cut}: {e}");
    }
}

/// The rgbAuxIn captures: RPC_HEADER_EXT, then one line per AUX block ([MS-OXCRPC]
/// 2.2.2.2): AUX_PERF_REQUESTID and two AUX_PERF_DEFMDB_SUCCESS of type 0x0C.
#[test]
fn rgbauxin_captures_print_one_line_per_aux_block() {
    if !common::captures_present() {
        return;
    }
    let bytes = common::capture("001_Outlook_2007_in_ModifyRecipients.rgbAuxIn.bin");
    let mut scratch = vec![0u8; 0x8000];
    let out = text(|t| dissect::aux_buffer(t, &bytes, 0, &mut scratch));
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "RPC_HEADER_EXT Version=0x0000 Flags=0x0006 (XOR_MAGIC|LAST) Size=0x0028 \
             SizeActual=0x0028",
            "AUX_PERF_REQUESTID Version=0x01 Type=0x01 Size=0x0008 SessionID=0x0001 \
             RequestID=0x00A3",
            "AUX_PERF_DEFMDB_SUCCESS Version=0x01 Type=0x0C Size=0x0010 \
             TimeSinceRequest=0x00000046 TimeToCompleteRequest=0x00000000 RequestID=0x00A2 \
             Reserved=0x0000 (AUX_TYPE_PERF_BG_DEFMDB_SUCCESS)",
            "AUX_PERF_DEFMDB_SUCCESS Version=0x01 Type=0x0C Size=0x0010 \
             TimeSinceRequest=0x0000004E TimeToCompleteRequest=0x0000004E RequestID=0x00A2 \
             Reserved=0x0000 (AUX_TYPE_PERF_BG_DEFMDB_SUCCESS)",
        ]
    );
    // A bad block: the blocks before it, then the error at its AUX_HEADER (8 + 8 + 16).
    let mut bad = bytes.clone();
    bad[32] = 0x02 ^ 0xA5; // Size 2 (obfuscated): smaller than the AUX_HEADER
    let mut out = String::new();
    let mut t = Text::new(&mut out);
    let e = dissect::aux_buffer(&mut t, &bad, 0, &mut scratch).expect_err("bad block");
    t.finish().expect("written");
    assert_eq!(e.offset, 32, "{e}");
    assert!(
        e.to_string().contains("smaller than the 4-byte AUX_HEADER"),
        "{e}"
    );
    assert_eq!(out.lines().count(), 3, "{out}");
    // Every truncation is an error, never a panic.
    for cut in 1..bytes.len() {
        let mut t = Text::new(String::new());
        assert!(dissect::aux_buffer(&mut t, &bytes[..cut], 0, &mut scratch).is_err());
    }
}

/// Connect bodies ([MS-OXCMAPIHTTP] 2.2.4.1.1, 2.2.4.1.2): every field on the body's line,
/// the auxiliary buffer's blocks below it; the failure form carries only the buffer.
#[test]
fn connect_bodies_print_their_fields_and_auxiliary_blocks() {
    let aux = common::small_aux_buffer();
    let request = common::connect_request_body(&aux);
    let mut scratch = vec![0u8; 0x10000];
    let out = text(|t| dissect::request_body(t, RequestType::Connect, &request, 0, &mut scratch));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "ConnectRequest UserDn=\"/o=Contoso/cn=Recipients/cn=kim\" Flags=0x00000000 \
             DefaultCodePage=0x000004E4 LcidSort=0x00000409 LcidString=0x00000407 \
             AuxiliaryBufferSize=0x{:08X}",
            aux.len()
        )
    );
    assert!(lines[1].starts_with("RPC_HEADER_EXT Version=0x0000 Flags=0x0006 "));
    assert_eq!(
        lines[2],
        "AUX_PERF_REQUESTID Version=0x01 Type=0x01 Size=0x0008 SessionID=0x0007 \
         RequestID=0x0102"
    );
    assert!(lines[3].starts_with(
        "AUX_PERF_SESSIONINFO Version=0x01 Type=0x04 Size=0x0018 SessionID=0x0007 \
         Reserved=0x0000 SessionGuid="
    ));

    let response = common::connect_response_body();
    let none = |_| Side::Requests;
    let mut scratch = vec![0u8; 0x10000];
    let out = text(|t| {
        dissect::response_body(t, RequestType::Connect, &response, 0, &mut scratch, &none)
    });
    assert_eq!(
        out,
        "ConnectResponse StatusCode=0x00000000 ErrorCode=0x00000000 (Success) \
         PollsMax=0x0000EA60 RetryCount=0x00000006 RetryDelay=0x00002710 \
         DnPrefix=\"/o=Contoso\" DisplayName=\"Kim Akers\" AuxiliaryBufferSize=0x00000000\n"
    );

    let failure = common::connect_failure_body(&aux);
    let none = |_| Side::Requests;
    let mut scratch = vec![0u8; 0x10000];
    let out =
        text(|t| dissect::response_body(t, RequestType::Connect, &failure, 0, &mut scratch, &none));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "ConnectResponse StatusCode=0x0000000F AuxiliaryBufferSize=0x{:08X}",
            aux.len()
        )
    );
    assert!(lines[2].starts_with("AUX_PERF_REQUESTID "));

    // A body cut short: the error names its offset near the end.
    let none = |_| Side::Requests;
    let mut scratch = vec![0u8; 0x10000];
    let mut t = Text::new(String::new());
    let cut = &response[..response.len() - 2];
    let e = dissect::response_body(&mut t, RequestType::Connect, cut, 0, &mut scratch, &none)
        .expect_err("cut");
    assert!(e.offset >= response.len() - 4, "{e}");
}

/// An Execute request body: its line, the RopBuffer's block and ROPs, then the auxiliary
/// buffer's block and AUX lines after the handle table.
#[test]
fn execute_bodies_show_their_auxiliary_buffer_after_the_rops() {
    let rpc = written(sample::write_request_rpc);
    let aux = common::small_aux_buffer();
    let body = ExecuteRequest {
        flags: EcDoRpcExt2Flags::empty(),
        rop_buffer: &rpc,
        max_rop_out: 0x8000,
        auxiliary_buffer: &aux,
    }
    .encode_vec()
    .expect("encode ExecuteRequest");
    let mut scratch = vec![0u8; 0x10000];
    let out = text(|t| dissect::execute_request(t, &body, 0, &mut scratch));
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].ends_with(&format!(" AuxiliaryBufferSize=0x{:08X}", aux.len())),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("RPC_HEADER_EXT "), "{out}");
    assert!(lines[2].starts_with("RopBuffer @0x010 "), "{out}");
    let table = lines
        .iter()
        .position(|l| l.starts_with("ServerObjectHandleTable @"))
        .expect("handle table");
    assert!(lines[table + 1].starts_with("RPC_HEADER_EXT "), "{out}");
    assert!(lines[table + 2].starts_with("AUX_PERF_REQUESTID "), "{out}");
    let _ = RequestIter::new(&[], 0);
}

/// The response stream ([MS-OXCMAPIHTTP] 2.2.7), chunked: the chunk summary, meta-tags and
/// headers, the Execute response body with its ROPs paired with the requests, offsets in
/// the de-chunked stream.
#[test]
fn response_streams_show_meta_tags_headers_then_the_body() {
    use ropwire::mapihttp::streaming::{Framing, write_chunk, write_end};
    let stream = written(sample::write_response_stream);
    let chunked = written(|w| {
        for piece in stream.chunks(100) {
            write_chunk(w, piece)?;
        }
        write_end(w, Framing::Chunked)
    });
    assert_eq!(dissect::detect_framing(&chunked), Framing::Chunked);
    assert_eq!(dissect::detect_framing(&stream), Framing::Identity);
    let req = request_sample();
    let requests = RopBuffer::decode(&req).expect("requests");
    let side = |_| Side::answering(Some(&requests), &NoContext);
    let mut scratch = vec![0u8; 0x20000];
    let out = text(|t| {
        dissect::response_stream(
            t,
            &chunked,
            Framing::Chunked,
            RequestType::Execute,
            &mut scratch,
            &side,
        )
    });
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "HTTP chunked: {} chunks, {} bytes de-chunked",
            stream.len().div_ceil(100),
            stream.len()
        )
    );
    assert_eq!(
        &lines[1..4],
        ["HTTP PROCESSING", "HTTP PENDING", "HTTP DONE"]
    );
    assert_eq!(lines[4], r#"  X-ResponseCode="0""#);
    assert!(
        lines[7].starts_with("ExecuteResponse StatusCode=0x00000000 "),
        "{out}"
    );
    // The body's ROP offsets count in the de-chunked stream.
    let body = written(sample::write_execute_response);
    let body_at = stream.len() - body.len();
    assert!(
        out.contains(&format!(
            "RopCreateMessage @0x{:03X} ",
            body_at + 16 + 8 + 2
        )),
        "{out}"
    );
    // Identity framing: the same text after the chunk summary.
    let mut scratch = vec![0u8; 0x20000];
    let plain = text(|t| {
        dissect::response_stream(
            t,
            &stream,
            Framing::Identity,
            RequestType::Execute,
            &mut scratch,
            &side,
        )
    });
    assert_eq!(plain, lines[1..].join("\n") + "\n");
}

/// RopIds inside a ROP (RopBackoff's BackoffRopData) print with their names.
#[test]
fn rop_ids_in_fields_print_their_names() {
    // RopBackoff: LogonId 0, Duration 1000, one backed-off RopSubmitMessage for 500 ms.
    let rops = [
        0xF9, 0x00, 0xE8, 0x03, 0x00, 0x00, 0x01, 0x32, 0xF4, 0x01, 0x00, 0x00, 0x00, 0x00,
    ];
    let mut out = String::new();
    dissect::response_rops(&mut out, &rops, 0, None, &NoContext).expect("decodes");
    assert!(
        out.contains("[0] RopIdBackoff=0x32 (RopSubmitMessage) Duration=0x000001F4"),
        "{out}"
    );
}
