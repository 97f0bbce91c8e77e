//! What real peers send that the spec's letter does not allow, accepted, kept and
//! re-encoded byte for byte — while our writers still send only what the spec says a sender
//! sends (DESIGN.md §6). One section per behaviour; `spec-notes/peers.md` has the sources.
//! The last section goes the other way: LZ77 streams [MS-XCA] 2.4.4 treats as errors.

mod common;
use common::{encode_a5, encode_checked};

use proptest::prelude::*;
use ropwire::buffer::{RopBuffer, RopBufferWriter};
use ropwire::data::row::{PropertyRow, RowKind, RowValue};
use ropwire::data::{
    Bool, PropertyTag, PropertyType, PropertyValue, TaggedPropertyValue, TypedPropertyValue,
};
use ropwire::mapihttp::streaming::{Event, Framing, StreamDecoder};
use ropwire::mapihttp::{
    DisconnectRequest, ExecuteRequest, ExecuteResponse, Header, HeaderBlock, MetaTag, MetaTagBlock,
    NotificationWaitResponse, ResponseStream, write_stream_prefix,
};
use ropwire::rop::RopRequest;
use ropwire::rop::message::ModifyRecipientRow;
use ropwire::rop::other::ReleaseRequest;
use ropwire::rop::property::SetPropertiesRequest;
use ropwire::rpc_ext::aux::{
    AuxBlock, AuxClientControl, AuxPerfClientInfo, AuxPerfRequestId, AuxWalker, ClientControlFlags,
    write_aux_blocks,
};
use ropwire::rpc_ext::{EcDoRpcExt2Flags, RpcChain, RpcFlags, lz77, write_block};
use ropwire::wire::{LeArray, List, Utf16Str};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind, Writer};

// ---------------------------------------------------------------------------------------
// Helpers

/// An event with owned data.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ev {
    Processing,
    Pending { crlf: bool },
    Done,
    Header(String, String),
    HeadersEnd,
    Body(Vec<u8>),
    End,
}

/// Feeds `pieces` to a streaming decoder and collects the events (body runs merged).
fn stream_events<'p>(
    framing: Framing,
    pieces: impl IntoIterator<Item = &'p [u8]>,
) -> (Vec<Ev>, Result<(), DecodeError>) {
    let mut dec = StreamDecoder::new(framing);
    let mut events = Vec::new();
    for mut piece in pieces {
        loop {
            let (used, event) = match dec.feed(piece) {
                Ok(x) => x,
                Err(e) => return (events, Err(e)),
            };
            piece = &piece[used..];
            let Some(event) = event else { break };
            let owned = match event {
                Event::Processing => Ev::Processing,
                Event::Pending { crlf } => Ev::Pending { crlf },
                Event::Done => Ev::Done,
                Event::Header(h) => Ev::Header(h.name.into(), h.value.into()),
                Event::HeadersEnd => Ev::HeadersEnd,
                Event::Body(b) => {
                    if let Some(Ev::Body(prev)) = events.last_mut() {
                        prev.extend_from_slice(b);
                        continue;
                    }
                    Ev::Body(b.to_vec())
                }
                Event::Trailer(_) => continue,
                Event::End => Ev::End,
            };
            events.push(owned);
        }
    }
    let end = dec.finish();
    if end.is_ok() && framing == Framing::Identity {
        events.push(Ev::End);
    }
    (events, end)
}

/// One chunk of chunked transfer coding with a lowercase hex size, as gromox's `%zx`.
fn chunk(data: &[u8]) -> Vec<u8> {
    let mut v = format!("{:x}\r\n", data.len()).into_bytes();
    v.extend_from_slice(data);
    v.extend_from_slice(b"\r\n");
    v
}

/// A NotificationWait success body as gromox writes it (`ems_push::p_notificationwait_rsp`
/// in `exch/mh/emsmdb.cpp`): StatusCode 0, ErrorCode, EventPending, AuxiliaryBufferSize 0.
fn notification_wait_body(event_pending: u32) -> Vec<u8> {
    [0u32, 0, event_pending, 0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect()
}

// ---------------------------------------------------------------------------------------
// 1. Meta-tags ([MS-OXCMAPIHTTP] 2.2.7): PROCESSING again, PENDING without CRLF

/// The de-chunked NotificationWait response stream gromox sends after two keep-alives
/// (`exch/mh/emsmdb.cpp`: `MhEmsmdbContext::notification_response()` writes the chunk
/// `PROCESSING\r\n`; `MhEmsmdbPlugin::retr()` writes each keep-alive as the 7-byte chunk
/// `PENDING`, no CRLF; the final `notification_response(…)` writes `render_content()` of
/// `exch/mh/mh_common.cpp`, which starts with `PROCESSING\r\nDONE\r\n` again, then the body).
const GROMOX_TAGS: &[u8] = b"PROCESSING\r\nPENDINGPENDINGPROCESSING\r\nDONE\r\n";
const GROMOX_HEADERS: &[u8] =
    b"X-ElapsedTime: 61\r\nX-StartTime: Mon, 01 Jan 2024 10:00:00 GMT\r\n";

fn gromox_stream() -> (Vec<u8>, Vec<u8>) {
    let body = notification_wait_body(1);
    let inner = [GROMOX_TAGS, GROMOX_HEADERS, b"\r\n", &body].concat();
    // The chunks exactly as gromox writes them.
    let final_chunk = [
        &b"PROCESSING\r\nDONE\r\n"[..],
        GROMOX_HEADERS,
        b"\r\n",
        &body,
    ]
    .concat();
    let chunked = [
        chunk(b"PROCESSING\r\n"),
        chunk(b"PENDING"),
        chunk(b"PENDING"),
        chunk(&final_chunk),
        b"0\r\n\r\n".to_vec(),
    ]
    .concat();
    (inner, chunked)
}

#[test]
fn gromox_notification_wait_stream_whole_buffer() {
    let (inner, _) = gromox_stream();
    let s = ResponseStream::decode(&inner).unwrap();
    assert_eq!(
        s.meta_tags().collect::<Vec<_>>(),
        [
            MetaTag::Processing,
            MetaTag::Pending,
            MetaTag::Pending,
            MetaTag::Processing,
            MetaTag::Done
        ]
    );
    assert_eq!(s.pending_count(), 2);
    assert_eq!(s.tags, MetaTagBlock::Wire(GROMOX_TAGS));
    assert_eq!(s.elapsed_time(), Some(61));
    let body = NotificationWaitResponse::decode(s.body).unwrap();
    assert!(body.event_pending());
    // The meta-tag bytes are kept: re-encoded byte for byte.
    assert_eq!(encode_checked(&s), inner);
    assert_eq!(s.body_offset(), inner.len() - 16);
}

#[test]
fn gromox_notification_wait_stream_incremental() {
    let (inner, chunked) = gromox_stream();
    let want = vec![
        Ev::Processing,
        Ev::Pending { crlf: false },
        Ev::Pending { crlf: false },
        Ev::Processing,
        Ev::Done,
        Ev::Header("X-ElapsedTime".into(), "61".into()),
        Ev::Header("X-StartTime".into(), "Mon, 01 Jan 2024 10:00:00 GMT".into()),
        Ev::HeadersEnd,
        Ev::Body(notification_wait_body(1)),
        Ev::End,
    ];
    assert_eq!(
        stream_events(Framing::Chunked, [&chunked[..]]),
        (want.clone(), Ok(()))
    );
    assert_eq!(
        stream_events(Framing::Chunked, chunked.chunks(1)),
        (want.clone(), Ok(()))
    );
    for at in 0..=inner.len() {
        let (a, b) = inner.split_at(at);
        assert_eq!(
            stream_events(Framing::Identity, [a, b]),
            (want.clone(), Ok(())),
            "split at {at}"
        );
    }
    // The events are lossless: they give back the meta-tag bytes.
    let mut rebuilt = Vec::new();
    for e in &want {
        match e {
            Ev::Processing => rebuilt.extend_from_slice(b"PROCESSING\r\n"),
            Ev::Pending { crlf: true } => rebuilt.extend_from_slice(b"PENDING\r\n"),
            Ev::Pending { crlf: false } => rebuilt.extend_from_slice(b"PENDING"),
            Ev::Done => rebuilt.extend_from_slice(b"DONE\r\n"),
            _ => {}
        }
    }
    assert_eq!(rebuilt, GROMOX_TAGS);
}

#[test]
fn crlf_less_pending_before_pending_or_done() {
    // The two forms a keep-alive chunk `PENDING` takes once glued to the next tag.
    for (tags, pending) in [
        (&b"PROCESSING\r\nPENDINGPENDING\r\nDONE\r\n"[..], 2usize),
        (b"PROCESSING\r\nPENDINGDONE\r\n", 1),
        (b"PROCESSING\r\nPENDING\r\nPENDINGPENDINGDONE\r\n", 3),
    ] {
        let bytes = [tags, b"X-ResponseCode: 0\r\n\r\n", b"body"].concat();
        let s = ResponseStream::decode(&bytes).unwrap();
        assert_eq!(s.pending_count(), pending);
        assert_eq!(s.tags, MetaTagBlock::Wire(tags));
        assert_eq!(s.body, b"body");
        assert_eq!(encode_checked(&s), bytes);
        // Equality compares the meta-tags, not their bytes.
        assert_eq!(s.tags, MetaTagBlock::Pending(pending));
        let (whole, end) = stream_events(Framing::Identity, [&bytes[..]]);
        assert_eq!(end, Ok(()));
        for at in 0..=bytes.len() {
            let (a, b) = bytes.split_at(at);
            assert_eq!(stream_events(Framing::Identity, [a, b]).0, whole, "{at}");
        }
    }
}

#[test]
fn meta_tag_writers_send_the_spec_form() {
    let headers = [Header::new("X-ResponseCode", "0")];
    let s = ResponseStream {
        tags: MetaTagBlock::Pending(2),
        headers: HeaderBlock::Items(&headers),
        body: b"b",
    };
    let want = b"PROCESSING\r\nPENDING\r\nPENDING\r\nDONE\r\nX-ResponseCode: 0\r\n\r\nb";
    assert_eq!(encode_checked(&s), want);
    assert_eq!(
        encode_a5(|w| {
            write_stream_prefix(w, 2, HeaderBlock::Items(&headers))?;
            w.put_bytes(b"b")
        }),
        want
    );
    // A Wire block must hold meta-tags through DONE to be written.
    for bad in [
        &b"PROCESSING\r\n"[..],
        b"PENDING\r\nDONE\r\n",
        b"PROCESSING\r\nDONE\r\nX",
    ] {
        let s = ResponseStream {
            tags: MetaTagBlock::Wire(bad),
            headers: HeaderBlock::Items(&[]),
            body: &[],
        };
        assert!(
            matches!(s.encode_vec(), Err(EncodeError::InvalidValue { .. })),
            "{bad:?}"
        );
    }
}

#[test]
fn meta_tags_still_refused() {
    let invalid = |bytes: &[u8], offset: usize, field: &'static str| {
        let want = Err(DecodeError {
            offset,
            kind: ErrorKind::InvalidValue { field },
        });
        assert_eq!(ResponseStream::decode(bytes).map(|_| ()), want, "{bytes:?}");
        assert_eq!(stream_events(Framing::Identity, bytes.chunks(1)).1, want);
    };
    // PROCESSING must still come first, with or without CRLF on the PENDING.
    invalid(
        b"PENDINGDONE\r\n\r\n",
        0,
        "meta-tag (PROCESSING must come first)",
    );
    // A CR after PENDING must be followed by LF.
    invalid(
        b"PROCESSING\r\nPENDING\rDONE\r\n\r\n",
        12,
        "meta-tag (not PROCESSING, PENDING or DONE)",
    );
    // What follows a CRLF-less PENDING must be a meta-tag.
    invalid(
        b"PROCESSING\r\nPENDINGxyz\r\n",
        19,
        "meta-tag (not PROCESSING, PENDING or DONE)",
    );
}

/// One meta-tag between the first PROCESSING and DONE.
#[derive(Debug, Clone, Copy)]
enum Tag {
    Processing,
    Pending { crlf: bool },
}

proptest! {
    #[test]
    fn any_peer_meta_tag_sequence_round_trips(
        tags in proptest::collection::vec(
            prop_oneof![
                Just(Tag::Processing),
                any::<bool>().prop_map(|crlf| Tag::Pending { crlf }),
            ],
            0..6,
        ),
        body in proptest::collection::vec(any::<u8>(), 0..8),
        split in any::<prop::sample::Index>(),
    ) {
        let mut wire = b"PROCESSING\r\n".to_vec();
        let mut want = vec![Ev::Processing];
        for t in &tags {
            match t {
                Tag::Processing => {
                    wire.extend_from_slice(b"PROCESSING\r\n");
                    want.push(Ev::Processing);
                }
                Tag::Pending { crlf } => {
                    wire.extend_from_slice(if *crlf { b"PENDING\r\n" } else { b"PENDING" });
                    want.push(Ev::Pending { crlf: *crlf });
                }
            }
        }
        wire.extend_from_slice(b"DONE\r\n");
        let tag_len = wire.len();
        wire.extend_from_slice(b"X-ResponseCode: 0\r\n\r\n");
        wire.extend_from_slice(&body);
        want.extend([
            Ev::Done,
            Ev::Header("X-ResponseCode".into(), "0".into()),
            Ev::HeadersEnd,
        ]);
        if !body.is_empty() {
            want.push(Ev::Body(body.clone()));
        }
        want.push(Ev::End);

        let s = ResponseStream::decode(&wire).unwrap();
        prop_assert_eq!(s.tags, MetaTagBlock::Wire(&wire[..tag_len]));
        prop_assert_eq!(s.encode_vec().unwrap(), wire.clone());
        let (a, b) = wire.split_at(split.index(wire.len() + 1));
        prop_assert_eq!(stream_events(Framing::Identity, [a, b]), (want.clone(), Ok(())));
        // Chunked, one chunk per meta-tag as a streaming server sends them.
        let mut chunked = Vec::new();
        let mut rest = &wire[..];
        for t in std::iter::once(Tag::Processing).chain(tags.iter().copied()) {
            let n = match t {
                Tag::Processing => 12,
                Tag::Pending { crlf: true } => 9,
                Tag::Pending { crlf: false } => 7,
            };
            chunked.extend(chunk(&rest[..n]));
            rest = &rest[n..];
        }
        chunked.extend(chunk(rest));
        chunked.extend_from_slice(b"0\r\n\r\n");
        prop_assert_eq!(stream_events(Framing::Chunked, chunked.chunks(3)), (want, Ok(())));
    }
}

// ---------------------------------------------------------------------------------------
// 2. PtypBoolean ([MS-OXCDATA] 2.11.1): any non-zero byte is true

/// A TaggedPropertyValue PidTagHasAttachments (0x0E1B000B) with the byte 0x02. gromox pulls
/// PT_BOOLEAN property values as a raw `uint8_t` (`lib/mapi/ext_buffer.cpp`, the PT_BOOLEAN
/// case of the property value pull) and pushes the byte back as it is; the MAPI Inspector
/// (`Parsers/MSOXCDATA/2.11 Property Values/PtypBoolean.cs`) converts the byte to a bool,
/// non-zero being true.
const BOOL_02: [u8; 5] = [0x0B, 0x00, 0x1B, 0x0E, 0x02];

#[test]
fn boolean_non_zero_bytes_are_true_and_kept() {
    let t = TaggedPropertyValue::decode(&BOOL_02).unwrap();
    let PropertyValue::Boolean(b) = t.value else {
        panic!("{t:?}")
    };
    assert!(b.as_bool());
    assert_eq!(b.raw(), 0x02);
    assert_eq!(encode_checked(&t), BOOL_02);
    // Inside a RopSetProperties request, re-encoded byte for byte.
    let mut req = vec![0x0A, 0x00, 0x01, 0x07, 0x00, 0x01, 0x00];
    req.extend_from_slice(&BOOL_02);
    let rop = RopRequest::decode(&req).unwrap();
    assert_eq!(encode_checked(&rop), req);
    // In a row cell (the fast skip path and the decoder agree).
    let cols = [PropertyTag(0x0E1B_000B)];
    let row = [0x00u8, 0xFF];
    assert_eq!(
        PropertyRow::skip_with(&row, LeArray::Slice(&cols)),
        Some(&[][..])
    );
    let (rest, r) = PropertyRow::decode_with(&row, LeArray::Slice(&cols)).unwrap();
    assert!(rest.is_empty());
    let cells: Vec<_> = r.iter().map(|(_, c)| c).collect();
    assert!(matches!(&cells[..], [RowValue::Value(PropertyValue::Boolean(b))] if b.raw() == 0xFF));
    assert_eq!(encode_checked(&r), row);
    assert_eq!(r.kind(), RowKind::Standard);
}

#[test]
fn boolean_writers_send_0_or_1() {
    for (v, byte) in [(true, 1u8), (false, 0)] {
        let t = TaggedPropertyValue::new(0x0E1B, PropertyValue::Boolean(v.into()));
        assert_eq!(encode_checked(&t), [0x0B, 0x00, 0x1B, 0x0E, byte]);
        assert_eq!(Bool::new(v).raw(), byte);
    }
    assert_eq!(Bool::TRUE, Bool::from(true));
    assert!(!bool::from(Bool::FALSE));
    // Equality compares bytes: 0x02 is true but not the byte a sender writes.
    let PropertyValue::Boolean(two) = TaggedPropertyValue::decode(&BOOL_02).unwrap().value else {
        panic!()
    };
    assert_ne!(two, Bool::TRUE);
    assert_eq!(format!("{two:?}"), "true (0x02)");
}

proptest! {
    #[test]
    fn any_boolean_byte_round_trips(byte in any::<u8>(), tail in any::<u8>()) {
        let wire = [byte, tail];
        let ty = PropertyType::PtypBoolean;
        let (rest, v) = PropertyValue::decode_as(&wire, ty).unwrap();
        prop_assert_eq!(rest, &[tail][..]);
        prop_assert_eq!(PropertyValue::skip_as(&wire, ty), Some(&[tail][..]));
        let PropertyValue::Boolean(b) = v else { panic!() };
        prop_assert_eq!(b.as_bool(), byte != 0);
        prop_assert_eq!(b.raw(), byte);
        prop_assert_eq!(v.encode_vec().unwrap(), vec![byte]);
        let typed = TypedPropertyValue(v);
        let typed_bytes = typed.encode_vec().unwrap();
        prop_assert_eq!(TypedPropertyValue::decode(&typed_bytes).unwrap(), typed);
    }
}

// ---------------------------------------------------------------------------------------
// 3. Server object handle table with 1–3 bytes after the last handle ([MS-OXCROPS] 2.2.1)

/// RopSize 5 (a RopRelease), one handle 0x42, then 3 more bytes. No capture shows a peer
/// sending them, but peers read only whole handles and ignore the rest: gromox computes the
/// count as `(SizeActual − RopSize) / 4` (`exch/emsmdb/rop_ext.cpp`, the ROP_BUFFER pull);
/// the MAPI Inspector reads handles `while (RemainingBytes >= 4)`
/// (`Parsers/MSOXCROPS/ropBuffers/ROPInputBuffer.cs`).
const TRAILING_HANDLES: [u8; 12] = [
    0x05, 0x00, 0x01, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00, 0xAB, 0xCD, 0xEF,
];

#[test]
fn handle_table_trailing_bytes_are_kept() {
    let b = RopBuffer::decode(&TRAILING_HANDLES).unwrap();
    assert_eq!(b.handles.iter().collect::<Vec<_>>(), [0x42]);
    assert_eq!(b.trailing, [0xAB, 0xCD, 0xEF]);
    assert_eq!(b.requests().count(), 1);
    assert_eq!(encode_checked(&b), TRAILING_HANDLES);
    for n in 1..=3 {
        let bytes = &TRAILING_HANDLES[..9 + n];
        let b = RopBuffer::decode(bytes).unwrap();
        assert_eq!(b.trailing.len(), n);
        assert_eq!(encode_checked(&b), bytes);
    }
}

#[test]
fn handle_table_writers_send_whole_handles() {
    let built = RopBuffer::new(&TRAILING_HANDLES[2..5], LeArray::Slice(&[0x42]));
    assert_eq!(encode_checked(&built), TRAILING_HANDLES[..9]);
    let written = encode_a5(|w| {
        let mut batch = RopBufferWriter::begin(w)?;
        batch.push(&RopRequest::Release(ReleaseRequest {
            logon_id: 0,
            input_handle_index: 0,
        }))?;
        batch.finish(&[0x42])
    });
    assert_eq!(written, TRAILING_HANDLES[..9]);
    // Four or more would read back as another handle: refused.
    let bad = RopBuffer {
        trailing: &[1, 2, 3, 4],
        ..built
    };
    assert!(matches!(
        bad.encode_vec(),
        Err(EncodeError::InvalidValue { .. })
    ));
}

proptest! {
    #[test]
    fn any_handle_table_tail_round_trips(
        handles in proptest::collection::vec(any::<u32>(), 0..4),
        tail in proptest::collection::vec(any::<u8>(), 0..4),
    ) {
        let mut bytes = vec![0x02, 0x00];
        bytes.extend(handles.iter().flat_map(|h| h.to_le_bytes()));
        bytes.extend_from_slice(&tail);
        let b = RopBuffer::decode(&bytes).unwrap();
        prop_assert_eq!(b.handles.iter().collect::<Vec<_>>(), handles);
        prop_assert_eq!(b.trailing, &tail[..]);
        prop_assert_eq!(b.encode_vec().unwrap(), bytes);
    }
}

// ---------------------------------------------------------------------------------------
// 4. Slack inside PropertyValueSize and RecipientRowSize

/// RopSetProperties with PropertyValueSize 9 around 7 bytes of count and values: 2 bytes of
/// slack. gromox reads the values and then jumps to the size field's offset plus its value
/// (`exch/emsmdb/rop_ext.cpp`, the SETPROPERTIES_REQUEST and SETPROPERTIESNOREPLICATE_REQUEST
/// pulls), so it accepts slack.
const SET_PROPERTIES_SLACK: [u8; 14] = [
    0x0A, 0x00, 0x01, // RopId, LogonId, InputHandleIndex
    0x09, 0x00, // PropertyValueSize 9
    0x01, 0x00, // PropertyValueCount 1
    0x0B, 0x00, 0x1B, 0x0E, 0x01, // PidTagHasAttachments true
    0xEE, 0xFF, // slack
];

#[test]
fn property_value_size_slack_is_kept() {
    let rop = RopRequest::decode(&SET_PROPERTIES_SLACK).unwrap();
    let RopRequest::SetProperties(q) = &rop else {
        panic!("{rop:?}")
    };
    let values: Vec<_> = q.property_values.iter().collect();
    assert_eq!(
        values,
        [TaggedPropertyValue::new(
            0x0E1B,
            PropertyValue::Boolean(Bool::TRUE)
        )]
    );
    // The slack sits at the end of the decoded list's wire bytes.
    let List::Wire { bytes, count, .. } = q.property_values else {
        panic!("decoded lists borrow the wire")
    };
    assert_eq!((count, bytes), (1, &SET_PROPERTIES_SLACK[7..]));
    assert_eq!(encode_checked(&rop), SET_PROPERTIES_SLACK);
    // A caller-built request with the same values has no slack.
    let built = RopRequest::SetProperties(SetPropertiesRequest {
        logon_id: 0,
        input_handle_index: 1,
        property_values: List::Items(&values),
    });
    let mut strict = SET_PROPERTIES_SLACK[..12].to_vec();
    strict[3] = 0x07;
    assert_eq!(encode_checked(&built), strict);
    assert_eq!(built, rop, "equality compares the values");
    // Values running past the size are still an error.
    let mut short = SET_PROPERTIES_SLACK.to_vec();
    short[3] = 0x06;
    assert!(RopRequest::decode(&short).is_err());
}

/// RopModifyRecipients with one row whose RecipientRowSize counts 3 bytes more than the
/// RecipientRow. gromox reads the row, then jumps to the offset plus RecipientRowSize
/// (`exch/emsmdb/rop_ext.cpp`, the MODIFYRECIPIENT_ROW pull).
fn modify_recipients_with_slack(slack: &[u8]) -> Vec<u8> {
    let mut b = vec![0x0E, 0x00, 0x01, 0x01, 0x00]; // RopId, LogonId, InputHandleIndex, ColumnCount 1
    b.extend_from_slice(&0x3001_001Fu32.to_le_bytes()); // PidTagDisplayName
    b.extend_from_slice(&[0x01, 0x00]); // RowCount
    let mut row = vec![0x13, 0x02]; // Type SMTP | D | U
    row.extend_from_slice(&[b'A', 0, 0, 0]); // DisplayName "A"
    row.extend_from_slice(&[0x01, 0x00, 0x00]); // RecipientColumnCount 1, StandardPropertyRow
    row.extend_from_slice(&[b'A', 0, 0, 0]); // PidTagDisplayName "A"
    b.extend_from_slice(&9u32.to_le_bytes()); // RowId
    b.push(0x01); // RecipientType To
    b.extend_from_slice(&((row.len() + slack.len()) as u16).to_le_bytes());
    b.extend_from_slice(&row);
    b.extend_from_slice(slack);
    b
}

#[test]
fn recipient_row_size_slack_is_kept() {
    let bytes = modify_recipients_with_slack(&[1, 2, 3]);
    let rop = RopRequest::decode(&bytes).unwrap();
    let RopRequest::ModifyRecipients(q) = &rop else {
        panic!("{rop:?}")
    };
    let rows: Vec<_> = q.recipient_rows().iter().collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].slack, [1, 2, 3]);
    let r = rows[0].recipient_row.as_ref().unwrap();
    assert_eq!(
        r.display_name,
        Some(ropwire::data::recipient::RecipientString::Unicode(
            Utf16Str::new("A")
        ))
    );
    assert_eq!(encode_checked(&rop), bytes);
    // A row as a sender builds it: no slack, RecipientRowSize is the row's length.
    let strict = ModifyRecipientRow::new(rows[0].row_id, 0x01, rows[0].recipient_row);
    assert!(strict.slack.is_empty());
    let without = modify_recipients_with_slack(&[]);
    assert_eq!(encode_checked(&strict), without[11..]);
    // Slack without a row would read back as a row: refused.
    let bad = ModifyRecipientRow {
        slack: &[1],
        ..ModifyRecipientRow::new(1, 1, None)
    };
    assert!(matches!(
        bad.encode_vec(),
        Err(EncodeError::InvalidValue { .. })
    ));
}

proptest! {
    #[test]
    fn any_size_slack_round_trips(slack in proptest::collection::vec(any::<u8>(), 0..16)) {
        let mut set = SET_PROPERTIES_SLACK[..12].to_vec();
        set[3] = 0x07 + slack.len() as u8;
        set.extend_from_slice(&slack);
        let rop = RopRequest::decode(&set).unwrap();
        prop_assert_eq!(rop.encode_vec().unwrap(), set);
        let modify = modify_recipients_with_slack(&slack);
        let rop = RopRequest::decode(&modify).unwrap();
        prop_assert_eq!(rop.encode_vec().unwrap(), modify);
    }
}

// ---------------------------------------------------------------------------------------
// 5. AUX blocks ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2): longer blocks, stray offsets

/// AUX_PERF_REQUESTID with Size 12: its 4-byte structure and 4 more bytes (a field a later
/// revision may add). gromox's auxiliary parser (`exch/emsmdb/aux_ext.cpp`,
/// `aux_ext_pull_aux_header`, removed in commit 9a022e5ac "delete unused aux_ext marshalling
/// code") read the structure and then jumped to the block start plus Size; [MS-OXCRPC]
/// 3.1.4.1.2 has receivers find the next block through Size.
const LONG_REQUESTID: [u8; 12] = [0x0C, 0x00, 0x01, 0x01, 0x01, 0x00, 0xA3, 0x00, 1, 2, 3, 4];

#[test]
fn longer_aux_blocks_keep_the_extra_bytes() {
    let mut payload = LONG_REQUESTID.to_vec();
    // AUX_CLIENT_CONTROL (8 bytes) with 8 more.
    payload.extend_from_slice(&[0x14, 0x00, 0x01, 0x0A, 0x05, 0, 0, 0, 0x10, 0x27, 0, 0]);
    payload.extend_from_slice(&[9; 8]);
    let blocks: Vec<_> = AuxWalker::new(&payload).collect::<Result<_, _>>().unwrap();
    assert_eq!(
        blocks,
        [
            AuxBlock::PerfRequestId(AuxPerfRequestId {
                session_id: 1,
                request_id: 0xA3,
                extra: &[1, 2, 3, 4],
            }),
            AuxBlock::ClientControl(AuxClientControl {
                enable_flags: ClientControlFlags::ENABLE_PERF_SENDTOSERVER
                    | ClientControlFlags::ENABLE_COMPRESSION,
                expiry_time: 10_000,
                extra: &[9; 8],
            }),
        ]
    );
    assert_eq!(blocks[0].header().unwrap().size, 12);
    assert_eq!(encode_a5(|w| write_aux_blocks(w, &blocks)), payload);
    // A block as a sender builds it has no extra bytes: Size is the structure's.
    let built = AuxBlock::PerfRequestId(AuxPerfRequestId {
        session_id: 1,
        request_id: 0xA3,
        extra: &[],
    });
    assert_eq!(
        encode_checked(&built),
        [0x08, 0x00, 0x01, 0x01, 0x01, 0x00, 0xA3, 0x00]
    );
    // Shorter than the structure is still an error.
    let short = [0x06, 0x00, 0x01, 0x01, 0x01, 0x00];
    assert!(matches!(
        AuxWalker::new(&short).next(),
        Some(Err(DecodeError {
            kind: ErrorKind::Truncated { .. },
            ..
        }))
    ));
}

/// AUX_PERF_CLIENTINFO with ClientIPSize 0 and a ClientIPOffset pointing far past the block.
/// gromox read a byte field only when both its offset and its size are non-zero
/// (`exch/emsmdb/aux_ext.cpp`, `aux_ext_pull_aux_perf_clientinfo`, before commit 9a022e5ac),
/// so the offset of an empty field is never looked at.
fn clientinfo_with_stray_offset() -> Vec<u8> {
    let mut b = vec![0x20, 0x00, 0x01, 0x02]; // Size 32, Version 1, AUX_TYPE_PERF_CLIENTINFO
    b.extend_from_slice(&1_000_000u32.to_le_bytes()); // AdapterSpeed
    for v in [
        1u16,   // ClientID
        0,      // MachineNameOffset
        0,      // UserNameOffset
        0,      // ClientIPSize
        0x7FF0, // ClientIPOffset: stray
        0,      // ClientIPMaskSize
        0,      // ClientIPMaskOffset
        0,      // AdapterNameOffset
        0,      // MacAddressSize
        0,      // MacAddressOffset
        2,      // ClientMode: cached
        0,      // Reserved
    ] {
        b.extend_from_slice(&v.to_le_bytes());
    }
    b
}

#[test]
fn zero_size_aux_field_with_a_stray_offset() {
    let bytes = clientinfo_with_stray_offset();
    let blocks: Vec<_> = AuxWalker::new(&bytes).collect::<Result<_, _>>().unwrap();
    let [AuxBlock::PerfClientInfo(info)] = &blocks[..] else {
        panic!("{blocks:?}")
    };
    assert_eq!(info.client_ip, Some(&[][..]), "empty, wherever it points");
    assert_eq!(
        info.fixed().unwrap().client_ip_offset,
        0x7FF0,
        "offset kept"
    );
    assert_eq!(encode_a5(|w| write_aux_blocks(w, &blocks)), bytes);
    // The same value built by the caller is written canonically: the offset points at the
    // end of the fixed part.
    let built = AuxPerfClientInfo {
        wire: None,
        ..info.clone()
    };
    assert_eq!(built, *info, "equality ignores the wire bytes");
    assert_eq!(built.fixed().unwrap().client_ip_offset, 32);
    let canonical = encode_checked(&AuxBlock::PerfClientInfo(built));
    assert_eq!(canonical[..16], bytes[..16]);
    assert_eq!(canonical[16..18], 32u16.to_le_bytes(), "ClientIPOffset");
    // A stray offset with a non-zero size is still an error at the offset field.
    let mut bad = bytes.clone();
    bad[14..16].copy_from_slice(&4u16.to_le_bytes()); // ClientIPSize 4
    assert_eq!(
        AuxWalker::new(&bad).next(),
        Some(Err(DecodeError {
            offset: 16,
            kind: ErrorKind::InvalidValue {
                field: "ClientIPOffset"
            }
        }))
    );
}

proptest! {
    #[test]
    fn any_extra_aux_bytes_round_trip(extra in proptest::collection::vec(any::<u8>(), 0..32)) {
        let mut block = LONG_REQUESTID[..8].to_vec();
        block[0] = 8 + extra.len() as u8;
        block.extend_from_slice(&extra);
        let blocks: Vec<_> = AuxWalker::new(&block).collect::<Result<_, _>>().unwrap();
        let AuxBlock::PerfRequestId(p) = &blocks[0] else { panic!() };
        prop_assert_eq!(p.extra, &extra[..]);
        prop_assert_eq!(blocks[0].encode_vec().unwrap(), block);
    }
}

// ---------------------------------------------------------------------------------------
// 6. RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1) and the AuxiliaryBufferSize cap

/// A block marked Compressed whose Size (7) is not below SizeActual (3): the LZ77 form of
/// "abc" (a bitmask and three literals) is longer than "abc". No peer we know sends it —
/// gromox and our writer drop the flag when compression does not help — but the rule binds
/// senders: gromox's reader decompresses whatever Size covers (`exch/emsmdb/rop_ext.cpp`,
/// the ROP_BUFFER pull, checks only the decompressed length).
fn compressed_not_smaller() -> Vec<u8> {
    let mut packed = [0u8; 16];
    let n = lz77::compress(b"abc", &mut packed).unwrap();
    assert_eq!(n, 7);
    let mut b = vec![0x00, 0x00, 0x05, 0x00, n as u8, 0x00, 0x03, 0x00];
    b.extend_from_slice(&packed[..n]);
    b
}

#[test]
fn compressed_block_not_smaller_is_decompressed() {
    let bytes = compressed_not_smaller();
    let blocks: Vec<_> = RpcChain::new(&bytes).collect::<Result<_, _>>().unwrap();
    assert_eq!(blocks.len(), 1);
    assert_eq!(
        (blocks[0].header.size, blocks[0].header.size_actual),
        (7, 3)
    );
    let mut scratch = [0u8; 64];
    assert_eq!(blocks[0].payload_into(&mut scratch).unwrap(), b"abc");
    assert_eq!(encode_checked(&blocks[0]), bytes);
    // With XorMagic as well (compress, then obfuscate).
    let mut xored = bytes.clone();
    xored[2] |= 0x02;
    xored[8..].iter_mut().for_each(|b| *b ^= 0xA5);
    let block = RpcChain::new(&xored).next().unwrap().unwrap();
    assert_eq!(block.payload_into(&mut scratch).unwrap(), b"abc");
    // Still exactly SizeActual bytes: one byte short is an error.
    let mut wrong = bytes.clone();
    wrong[6] = 0x04;
    let block = RpcChain::new(&wrong).next().unwrap().unwrap();
    assert!(block.payload_into(&mut scratch).is_err());
}

#[test]
fn compressed_block_writer_keeps_the_rule() {
    // Compression that does not help is dropped: the block goes out plain.
    let written = encode_a5(|w| write_block(w, b"abc", RpcFlags::COMPRESSED | RpcFlags::LAST));
    assert_eq!(
        written,
        [
            0x00, 0x00, 0x04, 0x00, 0x03, 0x00, 0x03, 0x00, b'a', b'b', b'c'
        ]
    );
}

#[test]
fn auxiliary_buffer_cap_is_the_requests() {
    let big = vec![0x5Au8; 0x1100];
    // A response's AuxiliaryBufferSize is not capped: [MS-OXCRPC] 3.1.4.2 bounds cbAuxIn (a
    // request's) and the room a client offers in pcbAuxOut, not what a server returns.
    let resp = ExecuteResponse::Success {
        error_code: ropwire::codes::ErrorCode(0),
        flags: 0,
        rop_buffer: &[],
        auxiliary_buffer: &big,
    };
    let bytes = encode_checked(&resp);
    assert_eq!(ExecuteResponse::decode(&bytes).unwrap(), resp);
    let failure = ExecuteResponse::Failure {
        status_code: 7,
        auxiliary_buffer: &big,
    };
    let bytes = encode_checked(&failure);
    assert_eq!(ExecuteResponse::decode(&bytes).unwrap(), failure);
    // Disconnect has no cbAuxIn behind it: no cap either.
    let disconnect = DisconnectRequest {
        auxiliary_buffer: &big,
    };
    let bytes = encode_checked(&disconnect);
    assert_eq!(DisconnectRequest::decode(&bytes).unwrap(), disconnect);
    // The Execute request's AuxiliaryBufferSize is cbAuxIn: capped at 0x1008, both ways.
    let req = ExecuteRequest {
        flags: EcDoRpcExt2Flags::empty(),
        rop_buffer: &[],
        max_rop_out: 0x8000,
        auxiliary_buffer: &big,
    };
    assert_eq!(
        req.encode_vec(),
        Err(EncodeError::InvalidValue {
            field: "AuxiliaryBufferSize"
        })
    );
    let mut bytes = vec![0u8; 4];
    bytes.extend(0u32.to_le_bytes());
    bytes.extend(0x8000u32.to_le_bytes());
    bytes.extend((big.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&big);
    assert_eq!(
        ExecuteRequest::decode(&bytes),
        Err(DecodeError {
            offset: 12,
            kind: ErrorKind::CountTooLarge {
                field: "AuxiliaryBufferSize"
            }
        })
    );
}

// ---------------------------------------------------------------------------------------
// 7. LZ77 ([MS-XCA] 2.4.4): streams that end anywhere but on the end bit are errors

#[test]
fn lz77_truncated_forms_are_errors() {
    let truncated = |input: &[u8], offset: usize, needed: usize| {
        let mut out = [0u8; 64];
        assert_eq!(
            lz77::decompress(input, &mut out),
            Err(DecodeError {
                offset,
                kind: ErrorKind::Truncated { needed }
            }),
            "{input:02X?}"
        );
        assert!(
            lz77::decompress_xor_magic(
                &input.iter().map(|b| b ^ 0xA5).collect::<Vec<_>>(),
                &mut out
            )
            .is_err()
        );
    };
    // Empty input: the first bitmask is due.
    truncated(&[], 0, 4);
    // Right after a bitmask whose first bit is a literal (0x7FFFFFFF: 0, then ones).
    truncated(&[0xFF, 0xFF, 0xFF, 0x7F], 4, 1);
    // Inside a literal run: 0x07FFFFFF announces 5 literals, 2 arrive.
    truncated(&[0xFF, 0xFF, 0xFF, 0x07, b'a', b'b'], 6, 3);
    // All 32 items of a bitmask used, no end bit: the next bitmask is due.
    let mut full = vec![0, 0, 0, 0];
    full.extend(0u8..32);
    truncated(&full, 36, 4);
    // The same items with the end bit decode.
    let mut out = [0u8; 64];
    full.extend_from_slice(&[0xFF; 4]);
    assert_eq!(lz77::decompress(&full, &mut out), Ok(32));
    assert_eq!(
        lz77::decompress(&[0xFF, 0xFF, 0xFF, 0x1F, 1, 2, 3], &mut out),
        Ok(3)
    );
}

#[test]
fn lz77_our_streams_and_the_captures_end_on_the_end_bit() {
    // Every length around a bitmask boundary: the end bit is written, in a new all-ones
    // bitmask when it falls on bit 33.
    for len in 0..100usize {
        let plain: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
        let mut packed = vec![0u8; lz77::max_compressed_len(len)];
        let n = lz77::compress(&plain, &mut packed).unwrap();
        let mut out = vec![0u8; len];
        assert_eq!(lz77::decompress(&packed[..n], &mut out), Ok(len), "{len}");
        assert_eq!(out, plain);
    }
    if !common::captures_present() {
        return;
    }
    for name in [
        "001_Outlook_2007_in_ModifyRecipients.rgbIn.bin",
        "002_Outlook_2007_in_Tables_operations.rgbIn.bin",
    ] {
        let file = common::capture(name);
        let mut scratch = [0u8; 0x8000];
        for block in RpcChain::new(&file) {
            let block = block.unwrap();
            assert!(block.header.flags.contains(RpcFlags::COMPRESSED), "{name}");
            let payload = block.payload_into(&mut scratch).unwrap();
            assert_eq!(payload.len(), usize::from(block.header.size_actual));
        }
    }
}

#[test]
fn writer_round_trip_of_everything_above_is_unchanged() {
    // A smoke check that the lenient decoders did not loosen what a caller-built batch
    // encodes to: the same bytes as before.
    let mut mem = [0u8; 64];
    let mut w = Writer::new(&mut mem);
    let values = [TaggedPropertyValue::new(
        0x0E1B,
        PropertyValue::Boolean(true.into()),
    )];
    let mut batch = RopBufferWriter::begin(&mut w).unwrap();
    batch
        .push(&RopRequest::SetProperties(SetPropertiesRequest {
            logon_id: 0,
            input_handle_index: 1,
            property_values: List::Items(&values),
        }))
        .unwrap();
    batch.finish(&[0x42]).unwrap();
    let n = w.position();
    let mut want = vec![0x0E, 0x00];
    want.extend_from_slice(&SET_PROPERTIES_SLACK[..12]);
    want[5] = 0x07;
    want.extend_from_slice(&0x42u32.to_le_bytes());
    assert_eq!(&mem[..n], &want[..]);
}
