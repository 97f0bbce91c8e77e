//! Capture 002 end to end: Outlook 2007's `Tables_operations` request
//! (`../shared/captures/002_Outlook_2007_in_Tables_operations.rgbIn.bin`, read at test time,
//! never copied into the repository): an RPC_HEADER_EXT chain with one LZ77-compressed
//! payload ([MS-OXCRPC] 2.2.2.1, 3.1.4.1.1.2) holding a ROP input buffer ([MS-OXCROPS]
//! 2.2.1) of seven ROPs, every one decoded: RopGetContentsTable, RopSetColumns, RopFindRow
//! (whose restriction is an AndRestriction of five, [MS-OXCDATA] 2.12), two RopOpenFolder,
//! RopRegisterNotification and RopGetPropertiesSpecific.

mod common;
use common::{capture, captures_present};

use ropwire::buffer::encode_buffer;
use ropwire::data::restriction::{BitmapRelOp, FuzzyLevelHigh, FuzzyLevelLow, RelOp};
use ropwire::data::{PropertyTag, PropertyValue, Restriction, TaggedPropertyValue};
use ropwire::layers::{Payload, Payloads};
use ropwire::rop::table::{BookmarkOrigin, FindRowFlags, FindRowRequest};
use ropwire::rop::{RopId, RopRequest};
use ropwire::rpc_ext::{MAX_PAYLOAD, RpcChain};
use ropwire::wire::Utf16Str;
use ropwire::{Encode, Writer};

const FILE: &str = "002_Outlook_2007_in_Tables_operations.rgbIn.bin";

/// The ROPs of the batch, in order.
const ROP_IDS: [RopId; 7] = [
    RopId::GetContentsTable,
    RopId::SetColumns,
    RopId::FindRow,
    RopId::OpenFolder,
    RopId::OpenFolder,
    RopId::RegisterNotification,
    RopId::GetPropertiesSpecific,
];

/// Runs `f` on the capture's one block, its payload decompressed; false when the captures
/// are absent (the test then says it was skipped).
fn with_payload(f: impl FnOnce(Payload<'_>)) -> bool {
    if !captures_present() {
        return false;
    }
    let wire = capture(FILE);
    let mut scratch = vec![0u8; MAX_PAYLOAD];
    let mut payloads = Payloads::new(RpcChain::new(&wire), &mut scratch);
    let payload = payloads.next().expect("one block").expect("decompresses");
    assert!(payloads.next().is_none(), "a single block");
    assert_eq!(payload.bytes.len(), 0x17C, "SizeActual");
    f(payload);
    true
}

/// Every ROP of the batch decodes, in the order of [`ROP_IDS`], with the handle table; the
/// decoded ROPs and handles re-encode to the decompressed payload byte for byte.
#[test]
fn every_rop_of_the_tables_batch_decodes_and_re_encodes() {
    with_payload(|payload| {
        let buf = payload.rop_buffer().expect("a ROP buffer");
        assert_eq!(buf.rops.len() + 2, 0x164, "RopSize");
        let rops: Vec<RopRequest<'_>> = buf
            .requests()
            .collect::<Result<_, _>>()
            .expect("every ROP decodes");
        let ids: Vec<RopId> = rops.iter().map(RopRequest::rop_id).collect();
        assert_eq!(ids, ROP_IDS);
        let handles: Vec<u32> = buf.handles.iter().collect();
        assert_eq!(
            handles,
            [
                0x0000_0075,
                0xFFFF_FFFF,
                0x0000_0071,
                0xFFFF_FFFF,
                0xFFFF_FFFF,
                0xFFFF_FFFF
            ]
        );
        assert!(buf.trailing.is_empty());

        // Each ROP re-encodes to its own bytes, and the whole buffer from the values.
        let lens: Vec<usize> = rops.iter().map(Encode::encoded_len).collect();
        assert_eq!(lens, [5, 0x3A, 0xA1, 13, 13, 23, 81]);
        let mut out = vec![0xA5u8; payload.bytes.len() + 16];
        let mut w = Writer::new(&mut out);
        encode_buffer(&mut w, &rops, &handles).expect("encodes");
        let n = w.position();
        assert_eq!(
            &out[..n],
            payload.bytes,
            "the batch re-encodes byte for byte"
        );
        assert!(out[n..].iter().all(|&b| b == 0xA5));
    });
}

/// The RopFindRow ([MS-OXCROPS] 2.2.5.13.1): forwards from BOOKMARK_BEGINNING without a
/// bookmark, on the contents table RopGetContentsTable put at index 1; the first row of
/// Outlook's named views whose subject is "Messages": an AndRestriction of a
/// PropertyRestriction on PidTagMessageClass, two BitMaskRestrictions on 0x6834, a
/// PropertyRestriction 0x683A == 8 and a ContentRestriction on PidTagSubject.
#[test]
fn the_find_row_restriction() {
    with_payload(|payload| {
        let buf = payload.rop_buffer().expect("a ROP buffer");
        let rops: Vec<RopRequest<'_>> = buf.requests().map(Result::unwrap).collect();
        let RopRequest::FindRow(f) = rops[2] else {
            panic!("{:?}", rops[2])
        };
        let FindRowRequest {
            logon_id,
            input_handle_index,
            find_row_flags,
            restriction,
            origin,
            bookmark,
        } = f;
        assert_eq!((logon_id, input_handle_index), (0x00, 0x01));
        assert_eq!(find_row_flags, FindRowFlags::FORWARDS);
        assert_eq!(origin, BookmarkOrigin::BEGINNING);
        assert_eq!(bookmark, &[] as &[u8]);
        assert_eq!(restriction.wire().map(<[u8]>::len), Some(0x98));

        let Some(Restriction::And(children)) = restriction.get() else {
            panic!("{restriction:?}")
        };
        assert_eq!(children.len(), 5);
        let c: Vec<Restriction<'_>> = children.iter().collect();

        let Restriction::Property {
            rel_op,
            prop_tag,
            tagged_value,
        } = c[0]
        else {
            panic!("{:?}", c[0])
        };
        assert_eq!(
            (rel_op, prop_tag),
            (RelOp::RELOP_EQ, PropertyTag(0x001A_001F))
        );
        assert_eq!(
            tagged_value.get(),
            TaggedPropertyValue {
                tag: PropertyTag(0x001A_001F),
                value: PropertyValue::String(Utf16Str::Str("IPM.Microsoft.FolderDesign.NamedView")),
            }
        );

        assert_eq!(
            c[1],
            Restriction::BitMask {
                bitmap_rel_op: BitmapRelOp::BMR_EQZ,
                prop_tag: PropertyTag(0x6834_0003),
                mask: 0x0000_0001,
            }
        );

        let Restriction::Property {
            rel_op,
            prop_tag,
            tagged_value,
        } = c[2]
        else {
            panic!("{:?}", c[2])
        };
        assert_eq!(
            (rel_op, prop_tag),
            (RelOp::RELOP_EQ, PropertyTag(0x683A_0003))
        );
        assert_eq!(
            tagged_value.get(),
            TaggedPropertyValue {
                tag: PropertyTag(0x683A_0003),
                value: PropertyValue::Integer32(8),
            }
        );

        assert_eq!(
            c[3],
            Restriction::BitMask {
                bitmap_rel_op: BitmapRelOp::BMR_NEZ,
                prop_tag: PropertyTag(0x6834_0003),
                mask: 0x0000_0200,
            }
        );

        let Restriction::Content {
            fuzzy_level_low,
            fuzzy_level_high,
            property_tag,
            tagged_value,
        } = c[4]
        else {
            panic!("{:?}", c[4])
        };
        assert_eq!(fuzzy_level_low, FuzzyLevelLow::FL_FULLSTRING);
        assert_eq!(fuzzy_level_high, FuzzyLevelHigh::empty());
        assert_eq!(property_tag, PropertyTag(0x0037_001F));
        assert_eq!(
            tagged_value.get(),
            TaggedPropertyValue {
                tag: PropertyTag(0x0037_001F),
                value: PropertyValue::String(Utf16Str::Str("Messages")),
            }
        );
    });
}

/// The dissector's text of the RopFindRow: its line, then the restriction nested below it
/// by spec name, names after numbers, then the fields after the restriction.
#[test]
fn the_find_row_in_the_dissector() {
    with_payload(|payload| {
        let mut out = String::new();
        ropwire::dissect::request_buffer(&mut out, payload.bytes, 0).expect("the batch decodes");
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with("RopFindRow "))
            .expect("a RopFindRow line");
        assert_eq!(
            lines[at..at + 14],
            [
                "RopFindRow @0x041 LogonId=0x00 InputHandleIndex=0x01 FindRowFlags=0x00 \
                 RestrictionDataSize=0x0098",
                "  RestrictionData: RestrictType=0x00 (RES_AND) RestrictCount=0x0005",
                "    Restricts:",
                "      [0] RestrictType=0x04 (RES_PROPERTY) RelOp=0x04 (RELOP_EQ) \
                 PropTag=0x001A001F (PidTagMessageClass)",
                "        TaggedValue: PropertyTag=0x001A001F (PidTagMessageClass) \
                 PropertyValue=\"IPM.Microsoft.FolderDesign.NamedView\"",
                "      [1] RestrictType=0x06 (RES_BITMASK) BitmapRelOp=0x00 (BMR_EQZ) \
                 PropTag=0x68340003 (PidTagSearchFolderLastUsed) Mask=0x00000001",
                "      [2] RestrictType=0x04 (RES_PROPERTY) RelOp=0x04 (RELOP_EQ) \
                 PropTag=0x683A0003 (PidTagSearchFolderExpiration)",
                "        TaggedValue: PropertyTag=0x683A0003 (PidTagSearchFolderExpiration) \
                 PropertyValue=0x00000008",
                "      [3] RestrictType=0x06 (RES_BITMASK) BitmapRelOp=0x01 (BMR_NEZ) \
                 PropTag=0x68340003 (PidTagSearchFolderLastUsed) Mask=0x00000200",
                "      [4] RestrictType=0x03 (RES_CONTENT) FuzzyLevelLow=0x0000 (FL_FULLSTRING) \
                 FuzzyLevelHigh=0x0000 PropertyTag=0x0037001F (PidTagSubject)",
                "        TaggedValue: PropertyTag=0x0037001F (PidTagSubject) \
                 PropertyValue=\"Messages\"",
                "  Origin=0x00 (BOOKMARK_BEGINNING) BookmarkSize=0x0000 Bookmark=(0 bytes)",
                "RopOpenFolder @0x0E2 LogonId=0x00 InputHandleIndex=0x02 OutputHandleIndex=0x03 \
                 FolderId=0x0001-0x000000335109 OpenModeFlags=0x00",
                "RopOpenFolder @0x0EF LogonId=0x00 InputHandleIndex=0x02 OutputHandleIndex=0x04 \
                 FolderId=0x0001-0x00000000273B OpenModeFlags=0x00",
            ]
        );
        assert!(!out.contains("undecoded"), "{out}");
    });
}
