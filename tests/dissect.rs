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
