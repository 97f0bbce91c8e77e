//! A realistic send-mail batch ([MS-OXPROTO] 2.5.7.5 flow), built with the crate's own
//! writers: create a message in the Outbox, set subject and body, add two recipients,
//! read back two properties, save, submit, release. Used by `ropdump`'s built-in sample,
//! the benches, the tests and the `no_std` link check. Every layer is written in place:
//! ROP buffer inside an RPC_HEADER_EXT block inside an Execute body inside a response stream.

use crate::buffer::RopBufferWriter;
use crate::codes::ErrorCode;
use crate::data::recipient::RecipientString;
use crate::data::row::{RowCells, RowKind, RowValue};
use crate::data::{
    Bool, FolderId, Id8, PropertyRow, PropertyTag, PropertyType, PropertyValue, RecipientFlags,
    RecipientRow, TaggedPropertyValue,
};
use crate::error::EncodeError;
use crate::mapihttp::{Header, HeaderBlock, write_stream_prefix};
use crate::rop::message::*;
use crate::rop::other::*;
use crate::rop::property::*;
use crate::rop::transport::*;
use crate::rop::{Present, RopRequest, RopResponse, RopResult};
use crate::rpc_ext::{EcDoRpcExt2Flags, RpcFlags, write_block_with};
use crate::wire::{LeArray, List, Utf16Str, Writer, u32_len};

/// PidTagSubject, PtypString ([MS-OXPROPS] 2.1023).
pub const PID_TAG_SUBJECT: PropertyTag = PropertyTag(0x0037_001F);
/// PidTagBody, PtypString ([MS-OXPROPS] 2.618).
pub const PID_TAG_BODY: PropertyTag = PropertyTag(0x1000_001F);
/// PidTagMessageClass, PtypString ([MS-OXPROPS] 2.781).
pub const PID_TAG_MESSAGE_CLASS: PropertyTag = PropertyTag(0x001A_001F);
/// PidTagImportance, PtypInteger32 ([MS-OXPROPS] 2.731).
pub const PID_TAG_IMPORTANCE: PropertyTag = PropertyTag(0x0017_0003);
/// PidTagMessageFlags, PtypInteger32 ([MS-OXPROPS] 2.783).
pub const PID_TAG_MESSAGE_FLAGS: PropertyTag = PropertyTag(0x0E07_0003);
/// PidTagObjectType, PtypInteger32 ([MS-OXPROPS] 2.809).
pub const PID_TAG_OBJECT_TYPE: PropertyTag = PropertyTag(0x0FFE_0003);
/// PidTagDisplayType, PtypInteger32 ([MS-OXPROPS] 2.672).
pub const PID_TAG_DISPLAY_TYPE: PropertyTag = PropertyTag(0x3900_0003);
/// PidTagSendRichInfo, PtypBoolean ([MS-OXPROPS] 2.990).
pub const PID_TAG_SEND_RICH_INFO: PropertyTag = PropertyTag(0x3A40_000B);

/// The Outbox folder id used by the sample.
pub const OUTBOX: FolderId = Id8(0x0400_0000_0000_0001);
/// The message id the sample server assigns on save.
pub const SAVED_MESSAGE: Id8 = Id8(0x7A00_0000_0000_0001);

const SET_PROPS: [TaggedPropertyValue<'static>; 4] = [
    TaggedPropertyValue {
        tag: PID_TAG_SUBJECT,
        value: PropertyValue::String(Utf16Str::Str("Quarterly report")),
    },
    TaggedPropertyValue {
        tag: PID_TAG_BODY,
        value: PropertyValue::String(Utf16Str::Str(
            "Hello team,\r\nthe figures for the quarter are attached to the shared folder.\r\nRegards",
        )),
    },
    TaggedPropertyValue {
        tag: PID_TAG_MESSAGE_CLASS,
        value: PropertyValue::String(Utf16Str::Str("IPM.Note")),
    },
    TaggedPropertyValue {
        tag: PID_TAG_IMPORTANCE,
        value: PropertyValue::Integer32(1),
    },
];

const RECIPIENT_COLUMNS: [PropertyTag; 3] = [
    PID_TAG_OBJECT_TYPE,
    PID_TAG_DISPLAY_TYPE,
    PID_TAG_SEND_RICH_INFO,
];

const RECIPIENT_CELLS: [RowValue<'static>; 3] = [
    RowValue::Value(PropertyValue::Integer32(6)),
    RowValue::Value(PropertyValue::Integer32(0)),
    RowValue::Value(PropertyValue::Boolean(Bool::TRUE)),
];

const fn smtp_recipient(email: &'static str, name: &'static str) -> RecipientRow<'static> {
    RecipientRow {
        // Type SMTP (3), E, D, S, U, I.
        flags: RecipientFlags::from_bits_retain(
            0x0003 | 0x0008 | 0x0010 | 0x0040 | 0x0200 | 0x0400,
        ),
        x500: None,
        dist_list: None,
        address_type: None,
        email_address: Some(RecipientString::Unicode(Utf16Str::Str(email))),
        display_name: Some(RecipientString::Unicode(Utf16Str::Str(name))),
        simple_display_name: Some(RecipientString::Unicode(Utf16Str::Str(name))),
        transmittable_display_name: None,
        properties: PropertyRow::new(
            LeArray::Slice(&RECIPIENT_COLUMNS),
            RowKind::Standard,
            RowCells::Items(&RECIPIENT_CELLS),
        ),
    }
}

const RECIPIENTS: [ModifyRecipientRow<'static>; 2] = [
    ModifyRecipientRow::new(
        0,
        0x01,
        Some(smtp_recipient("ada@example.com", "Ada Lovelace")),
    ),
    ModifyRecipientRow::new(
        1,
        0x02,
        Some(smtp_recipient("charles@example.com", "Charles Babbage")),
    ),
];

const READ_BACK: [PropertyTag; 2] = [
    PID_TAG_MESSAGE_FLAGS,
    PropertyTag::new(0x0E08, PropertyType::PtypInteger32),
];

/// The request ROPs of the batch, in order. Handle 0 is the Outbox, handle 1 the message.
pub const REQUEST_ROPS: [RopRequest<'static>; 7] = [
    RopRequest::CreateMessage(CreateMessageRequest {
        logon_id: 0,
        input_handle_index: 0,
        output_handle_index: 1,
        code_page_id: 0x0FFF,
        folder_id: OUTBOX,
        associated_flag: 0,
    }),
    RopRequest::SetProperties(SetPropertiesRequest {
        logon_id: 0,
        input_handle_index: 1,
        property_values: List::Items(&SET_PROPS),
    }),
    RopRequest::ModifyRecipients(ModifyRecipientsRequest {
        logon_id: 0,
        input_handle_index: 1,
        recipients: RecipientTable::Items {
            columns: &RECIPIENT_COLUMNS,
            rows: &RECIPIENTS,
        },
    }),
    RopRequest::GetPropertiesSpecific(GetPropertiesSpecificRequest {
        logon_id: 0,
        input_handle_index: 1,
        property_size_limit: 0,
        want_unicode: 1,
        property_tags: LeArray::Slice(&READ_BACK),
    }),
    RopRequest::SaveChangesMessage(SaveChangesMessageRequest {
        logon_id: 0,
        response_handle_index: 1,
        input_handle_index: 1,
        // ForceSave and 0x08, a bit [MS-OXCMSG] 2.2.3.3.1 does not name: kept as sent.
        save_flags: SaveFlags::FORCE_SAVE.union(SaveFlags::from_bits_retain(0x08)),
    }),
    RopRequest::SubmitMessage(SubmitMessageRequest {
        logon_id: 0,
        input_handle_index: 1,
        submit_flags: SubmitFlags::NONE,
    }),
    RopRequest::Release(ReleaseRequest {
        logon_id: 0,
        input_handle_index: 1,
    }),
];

/// The request's server object handle table: the Outbox, and a slot for the new message.
pub const REQUEST_HANDLES: [u32; 2] = [0x0000_0020, 0xFFFF_FFFF];

const READ_BACK_CELLS: [RowValue<'static>; 2] = [
    RowValue::Value(PropertyValue::Integer32(0x0000_0008)),
    RowValue::Value(PropertyValue::Integer32(1480)),
];

/// The response ROPs, in order (RopRelease has none).
pub const RESPONSE_ROPS: [RopResponse<'static>; 6] = [
    RopResponse::CreateMessage(CreateMessageResponse {
        output_handle_index: 1,
        result: RopResult::Success(CreateMessageSuccess {
            message_id: Present {
                flag: 0,
                value: None,
            },
        }),
    }),
    RopResponse::SetProperties(SetPropertiesResponse {
        input_handle_index: 1,
        result: RopResult::Success(PropertyProblems {
            problems: List::Items(&[]),
        }),
    }),
    RopResponse::ModifyRecipients(ModifyRecipientsResponse {
        input_handle_index: 1,
        return_value: ErrorCode::SUCCESS,
    }),
    RopResponse::GetPropertiesSpecific(GetPropertiesSpecificResponse {
        input_handle_index: 1,
        result: RopResult::Success(PropertyRow::new(
            LeArray::Slice(&READ_BACK),
            RowKind::Standard,
            RowCells::Items(&READ_BACK_CELLS),
        )),
    }),
    RopResponse::SaveChangesMessage(SaveChangesMessageResponse {
        response_handle_index: 1,
        result: RopResult::Success(SaveChangesMessageSuccess {
            input_handle_index: 1,
            message_id: SAVED_MESSAGE,
        }),
    }),
    RopResponse::SubmitMessage(SubmitMessageResponse {
        input_handle_index: 1,
        return_value: ErrorCode::SUCCESS,
    }),
];

/// The response's handle table: the Outbox and the created message.
pub const RESPONSE_HANDLES: [u32; 2] = [0x0000_0020, 0x0000_0021];

/// Writes the request ROP buffer (RopSize, ROPs, handle table) ([MS-OXCROPS] 2.2.1).
pub fn write_request_buffer(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    let mut b = RopBufferWriter::begin(w)?;
    for r in &REQUEST_ROPS {
        b.push(r)?;
    }
    b.finish(&REQUEST_HANDLES)
}

/// Writes the response ROP buffer ([MS-OXCROPS] 2.2.1).
pub fn write_response_buffer(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    let mut b = RopBufferWriter::begin(w)?;
    for r in &RESPONSE_ROPS {
        b.push(r)?;
    }
    b.finish(&RESPONSE_HANDLES)
}

/// Execute request `Flags` of the sample: no compression, obfuscation allowed
/// ([MS-OXCMAPIHTTP] 2.2.4.2.1, [MS-OXCRPC] 3.1.4.2).
pub const EXECUTE_FLAGS: EcDoRpcExt2Flags = EcDoRpcExt2Flags::NO_COMPRESSION;

/// RPC_HEADER_EXT flags of the sample request: one plain block ([MS-OXCRPC] 2.2.2.1).
pub const REQUEST_RPC_FLAGS: RpcFlags = RpcFlags::LAST;

/// RPC_HEADER_EXT flags of the sample response: the server obfuscates, as the request
/// allows ([MS-OXCRPC] 2.2.2.1, 3.1.4.1.1.3).
pub const RESPONSE_RPC_FLAGS: RpcFlags = RpcFlags::XOR_MAGIC.union(RpcFlags::LAST);

/// `MaxRopOut` of the sample request ([MS-OXCRPC] 3.1.4.2 default limit).
pub const MAX_ROP_OUT: u32 = 0x0004_0000;

/// Headers of the sample's DONE block ([MS-OXCMAPIHTTP] 2.2.3.3).
pub const DONE_HEADERS: [Header<'static>; 3] = [
    Header {
        name: "X-ResponseCode",
        value: "0",
    },
    Header {
        name: "X-ElapsedTime",
        value: "12",
    },
    Header {
        name: "X-StartTime",
        value: "Sun, 22 Nov 2026 10:15:30 GMT",
    },
];

/// Writes a size-prefixed field (`u32` size, then what `f` writes), back-patching the size.
fn sized_u32(
    w: &mut Writer<'_>,
    f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    let at = w.reserve(4)?;
    f(w)?;
    let n = w.position() - at - 4;
    w.patch_u32(at, u32_len(n, "size field")?)
}

/// Writes the request buffer in one RPC_HEADER_EXT block ([MS-OXCRPC] 2.2.2.1).
pub fn write_request_rpc(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    write_block_with(w, REQUEST_RPC_FLAGS, write_request_buffer)
}

/// Writes the response buffer in one obfuscated RPC_HEADER_EXT block ([MS-OXCRPC] 2.2.2.1).
pub fn write_response_rpc(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    write_block_with(w, RESPONSE_RPC_FLAGS, write_response_buffer)
}

/// Writes the Execute request body carrying [`write_request_rpc`]
/// ([MS-OXCMAPIHTTP] 2.2.4.2.1).
pub fn write_execute_request(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    w.put_u32(EXECUTE_FLAGS.bits())?;
    sized_u32(w, write_request_rpc)?;
    w.put_u32(MAX_ROP_OUT)?;
    w.put_u32(0)
}

/// Writes the Execute success response body carrying the response buffer
/// ([MS-OXCMAPIHTTP] 2.2.4.2.2).
pub fn write_execute_response(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    w.put_u32(0)?; // StatusCode
    w.put_u32(0)?; // ErrorCode
    w.put_u32(0)?; // Flags
    sized_u32(w, write_response_rpc)?;
    w.put_u32(0)
}

/// Writes the whole response stream: PROCESSING, one PENDING, DONE with its headers, the
/// empty line, then the Execute response body ([MS-OXCMAPIHTTP] 2.2.7).
pub fn write_response_stream(w: &mut Writer<'_>) -> Result<(), EncodeError> {
    write_stream_prefix(w, 1, HeaderBlock::Items(&DONE_HEADERS))?;
    write_execute_response(w)
}
