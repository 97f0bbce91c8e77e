//! Message ROPs ([MS-OXCROPS] 2.2.6): RopCreateMessage, RopSaveChangesMessage and
//! RopModifyRecipients.

use ropwire::data::row::RowValue;
use ropwire::data::{Id8, PropertyTag, PropertyValue};
use ropwire::rop::message::{
    CreateMessageRequest, CreateMessageResponse, CreateMessageSuccess, ModifyRecipientsResponse,
    SaveChangesMessageRequest, SaveChangesMessageResponse, SaveFlags,
};
use ropwire::rop::{RopRequest, RopResponse, RopResult};
use ropwire::wire::Utf16Str;
use ropwire::{Encode, EncodeError, ErrorKind};

use super::{
    assert_request_prefixes_fail, assert_response_prefixes_fail, decode_request, decode_response,
    encode_checked, example_request, hex,
};

#[test]
fn create_message_request_and_responses() {
    let b = [
        0x06, 0x00, 0x00, 0x01, 0xFF, 0x0F, 0x01, 0x00, 0, 0, 0, 0, 0, 0x07, 0x00,
    ];
    let RopRequest::CreateMessage(q) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!(
        q,
        CreateMessageRequest {
            logon_id: 0,
            input_handle_index: 0,
            output_handle_index: 1,
            code_page_id: 0x0FFF,
            folder_id: Id8::new(1, 7),
            associated_flag: 0,
        }
    );
    assert_eq!(encode_checked(&RopRequest::CreateMessage(q)), b);
    assert_request_prefixes_fail(&b);

    // Success with a MessageId.
    let with_id = [
        0x06, 0x01, 0, 0, 0, 0, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0x01, 0x23,
    ];
    let r = decode_response(&with_id, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateMessage(CreateMessageResponse {
            output_handle_index: 1,
            result: RopResult::Success(CreateMessageSuccess {
                message_id: ropwire::rop::Present::some(Id8::new(1, 0x0123))
            })
        })
    );
    assert_eq!(encode_checked(&r), with_id);
    assert_response_prefixes_fail(&with_id, None);

    // Success without a MessageId.
    let without = [0x06, 0x01, 0, 0, 0, 0, 0x00];
    let r = decode_response(&without, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateMessage(CreateMessageResponse {
            output_handle_index: 1,
            result: RopResult::Success(CreateMessageSuccess {
                message_id: ropwire::rop::Present::none()
            })
        })
    );
    assert_eq!(encode_checked(&r), without);

    // Failure.
    let fail = [0x06, 0x01, 0x05, 0x00, 0x07, 0x80];
    let r = decode_response(&fail, None).unwrap();
    assert_eq!(
        r,
        RopResponse::CreateMessage(CreateMessageResponse {
            output_handle_index: 1,
            result: RopResult::Failure(0x8007_0005)
        })
    );
    assert_eq!(encode_checked(&r), fail);

    // A presence flag that disagrees with the value cannot be encoded.
    let bad = CreateMessageResponse {
        output_handle_index: 1,
        result: RopResult::Success(CreateMessageSuccess {
            message_id: ropwire::rop::Present {
                flag: 0,
                value: Some(Id8(1)),
            },
        }),
    };
    assert!(matches!(
        bad.encode_into(&mut [0u8; 32]),
        Err(EncodeError::InvalidValue { .. })
    ));
    let bad = CreateMessageResponse {
        output_handle_index: 1,
        result: RopResult::Failure(0),
    };
    assert!(matches!(
        bad.encode_into(&mut [0u8; 32]),
        Err(EncodeError::InvalidValue { .. })
    ));
}

#[test]
fn save_changes_message_responses() {
    let ok = [
        0x0C, 0x00, 0, 0, 0, 0, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0x00, 0x99,
    ];
    let r = decode_response(&ok, None).unwrap();
    let RopResponse::SaveChangesMessage(SaveChangesMessageResponse {
        response_handle_index: 0,
        result: RopResult::Success(s),
    }) = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(s.input_handle_index, 1);
    assert_eq!(s.message_id, Id8::new(1, 0x99));
    assert_eq!(encode_checked(&r), ok);
    assert_response_prefixes_fail(&ok, None);

    // ecObjectModified: keyed by ResponseHandleIndex, no InputHandleIndex.
    let fail = [0x0C, 0x00, 0x09, 0x01, 0x04, 0x80];
    let r = decode_response(&fail, None).unwrap();
    assert_eq!(
        r,
        RopResponse::SaveChangesMessage(SaveChangesMessageResponse {
            response_handle_index: 0,
            result: RopResult::Failure(0x8004_0109)
        })
    );
    assert_eq!(encode_checked(&r), fail);
}

#[test]
fn modify_recipients_request_hand_built() {
    // Columns: PidTagDisplayName (PtypString), PidTagRecipientType (PtypInteger32).
    let mut b = vec![0x0E, 0x00, 0x01, 0x02, 0x00];
    b.extend_from_slice(&[0x1F, 0x00, 0x01, 0x30, 0x03, 0x00, 0x15, 0x0C]);
    b.extend_from_slice(&[0x02, 0x00]); // RowCount
    // Row 1: an SMTP recipient, Unicode strings, E|D set, both columns.
    let mut row = vec![0x1B, 0x02]; // Type=SMTP(3) | E | D | U
    row.extend_from_slice(&[b'a', 0, b'@', 0, b'b', 0, 0, 0]); // EmailAddress "a@b"
    row.extend_from_slice(&[b'A', 0, 0, 0]); // DisplayName "A"
    row.extend_from_slice(&[0x02, 0x00]); // RecipientColumnCount
    row.push(0x00); // StandardPropertyRow
    row.extend_from_slice(&[b'A', 0, 0, 0]); // PidTagDisplayName
    row.extend_from_slice(&1u32.to_le_bytes()); // PidTagRecipientType: To
    b.extend_from_slice(&0u32.to_le_bytes()); // RowId
    b.push(0x01); // RecipientType: To
    b.extend_from_slice(&(row.len() as u16).to_le_bytes());
    b.extend_from_slice(&row);
    // Row 2: RecipientRowSize 0 deletes row 7.
    b.extend_from_slice(&7u32.to_le_bytes());
    b.push(0x02);
    b.extend_from_slice(&[0x00, 0x00]);

    let RopRequest::ModifyRecipients(q) = decode_request(&b).unwrap() else {
        panic!()
    };
    assert_eq!((q.logon_id, q.input_handle_index), (0, 1));
    assert_eq!(
        q.recipient_columns().iter().collect::<Vec<_>>(),
        [PropertyTag(0x3001_001F), PropertyTag(0x0C15_0003)]
    );
    let rows: Vec<_> = q.recipient_rows().iter().collect();
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].row_id, rows[0].recipient_type), (0, 1));
    let rr = rows[0].recipient_row.as_ref().unwrap();
    assert_eq!(rr.flags.recipient_type(), 3);
    assert_eq!(
        rr.email_address,
        Some(ropwire::data::recipient::RecipientString::Unicode(
            Utf16Str::new("a@b")
        ))
    );
    let cells: Vec<_> = rr.properties.iter().map(|(_, c)| c).collect();
    assert_eq!(
        cells,
        [
            RowValue::Value(PropertyValue::String(Utf16Str::new("A"))),
            RowValue::Value(PropertyValue::Integer32(1)),
        ]
    );
    assert_eq!((rows[1].row_id, rows[1].recipient_type), (7, 2));
    assert!(rows[1].recipient_row.is_none());
    assert_eq!(encode_checked(&RopRequest::ModifyRecipients(q)), b);
    assert_request_prefixes_fail(&b);

    // A RecipientRowSize one byte larger than the row: peers skip to offset + size, so the
    // byte is slack, accepted (this was TrailingBytes before), kept and re-encoded.
    let mut slack = b.clone();
    let size_at = 5 + 8 + 2 + 4 + 1;
    slack[size_at] += 1;
    slack.insert(size_at + 2 + row.len(), 0xEE);
    let q2 = decode_request(&slack).unwrap();
    let RopRequest::ModifyRecipients(m) = &q2 else {
        panic!("{q2:?}")
    };
    let rows2: Vec<_> = m.recipient_rows().iter().collect();
    assert_eq!(rows2[0].slack, [0xEE]);
    assert_eq!(rows2[0].recipient_row, rows[0].recipient_row);
    assert_eq!(encode_checked(&q2), slack);

    // Response: same layout on success and failure.
    for (rv, bytes) in [
        (0u32, [0x0E, 0x01, 0, 0, 0, 0]),
        (0x8007_0057, [0x0E, 0x01, 0x57, 0x00, 0x07, 0x80]),
    ] {
        let r = decode_response(&bytes, None).unwrap();
        assert_eq!(
            r,
            RopResponse::ModifyRecipients(ModifyRecipientsResponse {
                input_handle_index: 1,
                return_value: ropwire::codes::ErrorCode(rv)
            })
        );
        assert_eq!(encode_checked(&r), bytes);
    }
}

// ---- [MS-OXCMSG] section 4.8: saving a message ----------------------------------------

/// [MS-OXCMSG] 4.8.1 (RopSaveChangesMessage request buffer).
#[test]
fn oxcmsg_save_changes_message_request() {
    let b = hex("0000: 0c 00 00 01 0a");
    let RopRequest::SaveChangesMessage(q) = example_request(&b) else {
        panic!("variant")
    };
    assert_eq!(q.logon_id, 0);
    assert_eq!(q.response_handle_index, 0);
    assert_eq!(q.input_handle_index, 1);
    // The example labels 0x0A KeepOpenReadWrite; 0x08 is a bit the flag table does not name.
    assert!(q.save_flags.contains(SaveFlags::KEEP_OPEN_READ_WRITE));
    assert_eq!(
        q.save_flags,
        SaveFlags::KEEP_OPEN_READ_WRITE | SaveFlags::from_bits_retain(0x08)
    );
    assert_eq!(encode_checked(&RopRequest::SaveChangesMessage(q)), b);
}

/// Caller rows whose properties do not follow a prefix of RecipientColumns would not decode
/// back to themselves: the encoder refuses them.
#[test]
fn modify_recipients_rows_must_follow_the_columns() {
    use ropwire::rop::message::ModifyRecipientsRequest;
    let RopRequest::ModifyRecipients(good) = ropwire::sample::REQUEST_ROPS[2] else {
        panic!("the sample's third ROP is RopModifyRecipients")
    };
    let columns: Vec<_> = good.recipient_columns().iter().collect();
    let rows: Vec<_> = good.recipient_rows().iter().collect();
    assert!(columns.len() > 1 && !rows.is_empty());
    // Drop the first column: the rows' properties no longer follow the columns.
    let shifted = ModifyRecipientsRequest::new(0, 1, &columns[1..], &rows);
    assert_eq!(
        shifted.encode_vec(),
        Err(EncodeError::InvalidValue {
            field: "RecipientRow (properties differ from RecipientColumns)"
        })
    );
    // The consistent request encodes and decodes back to itself.
    let same = ModifyRecipientsRequest::new(0, 1, &columns, &rows);
    let bytes = encode_checked(&RopRequest::ModifyRecipients(same));
    assert_eq!(super::request(&bytes), RopRequest::ModifyRecipients(same));
}

/// Each SaveFlags value of [MS-OXCMSG] 2.2.3.3.1, and bits it does not define, decode to the
/// typed value and encode back unchanged.
#[test]
fn save_changes_message_flags() {
    for (byte, flags) in [
        (0x00, SaveFlags::empty()),
        (0x01, SaveFlags::KEEP_OPEN_READ_ONLY),
        (0x02, SaveFlags::KEEP_OPEN_READ_WRITE),
        (0x04, SaveFlags::FORCE_SAVE),
        (
            0x0C,
            SaveFlags::FORCE_SAVE | SaveFlags::from_bits_retain(0x08),
        ),
        (0xF0, SaveFlags::from_bits_retain(0xF0)),
    ] {
        let b = [0x0C, 0x00, 0x00, 0x01, byte];
        let RopRequest::SaveChangesMessage(q) = decode_request(&b).unwrap() else {
            panic!("variant")
        };
        assert_eq!(q.save_flags, flags, "{byte:#04x}");
        assert_eq!(q.save_flags.bits(), byte);
        assert_eq!(encode_checked(&RopRequest::SaveChangesMessage(q)), b);
    }
    let v = SaveChangesMessageRequest {
        logon_id: 0,
        response_handle_index: 0,
        input_handle_index: 1,
        save_flags: SaveFlags::KEEP_OPEN_READ_ONLY | SaveFlags::from_bits_retain(0x80),
    };
    assert_eq!(
        encode_checked(&RopRequest::SaveChangesMessage(v)),
        [0x0C, 0x00, 0x00, 0x01, 0x81]
    );
}

/// RopCreateMessage's request is fixed-size fields only, read after one bounds check
/// (`Decode::FIXED_SIZE`); cut short, it still names the cut field at its offset
/// ([MS-OXCROPS] 2.2.6.2.1: RopId, LogonId, InputHandleIndex, OutputHandleIndex,
/// CodePageId 2, FolderId 8, AssociatedFlag).
#[test]
fn cut_fixed_layout_request_names_the_cut_field() {
    let full = hex("06 00 00 01 FF 0F 01 00 00 00 00 00 00 04 00");
    let RopRequest::CreateMessage(r) = decode_request(&full).unwrap() else {
        panic!("not a CreateMessage request");
    };
    assert_eq!(
        (r.code_page_id, r.folder_id),
        (0x0FFF, Id8(0x0400_0000_0000_0001))
    );
    // Three of FolderId's eight bytes: five missing at offset 6.
    let e = decode_request(&full[..9]).unwrap_err();
    assert_eq!((e.offset, e.kind), (6, ErrorKind::Truncated { needed: 5 }));
    // AssociatedFlag missing: one byte at offset 14.
    let e = decode_request(&full[..14]).unwrap_err();
    assert_eq!((e.offset, e.kind), (14, ErrorKind::Truncated { needed: 1 }));
}

/// The same request written into too little room: the error names the field that does
/// not fit, by its size and the room left for it.
#[test]
fn fixed_layout_request_into_short_room_names_the_field() {
    let full = hex("06 00 00 01 FF 0F 01 00 00 00 00 00 00 04 00");
    let rop = decode_request(&full).unwrap();
    let mut out = [0u8; 15];
    assert_eq!(rop.encode_into(&mut out), Ok(15));
    assert_eq!(out[..], full[..]);
    // Room for RopId to CodePageId and three bytes: FolderId needs 8, 3 are left.
    assert_eq!(
        rop.encode_into(&mut out[..9]),
        Err(EncodeError::BufferTooSmall {
            needed: 8,
            available: 3
        })
    );
    // No room for AssociatedFlag.
    assert_eq!(
        rop.encode_into(&mut out[..14]),
        Err(EncodeError::BufferTooSmall {
            needed: 1,
            available: 0
        })
    );
}
