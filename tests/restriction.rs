//! Restrictions ([MS-OXCDATA] 2.12): every restriction type in the standard form of ROP
//! buffers and the extended form of extended rules, the real Outlook restriction of the
//! `002_Outlook_2007_in_Tables_operations` capture, the nesting bound, refused caller values,
//! the text form, and property tests in both count widths.

use proptest::prelude::*;
use proptest::sample::Index;

use ropwire::data::restriction::{
    BitmapRelOp, FuzzyLevelHigh, FuzzyLevelLow, Nested, RelOp, RestrictType,
};
use ropwire::data::{
    CountWidth, MAX_RESTRICTION_DEPTH, PropertyTag, PropertyType, PropertyValue, Restriction,
    TaggedPropertyValue,
};
use ropwire::wire::{Dump, List, Utf16Str};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind, Writer};

mod common;
use common::encode_checked;

const SUBJECT: PropertyTag = PropertyTag(0x0037_001F);
const MESSAGE_FLAGS: PropertyTag = PropertyTag(0x0E07_0003);
const RECIPIENTS: PropertyTag = PropertyTag(0x0E12_000D);

// ---- helpers --------------------------------------------------------------------------

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn encode_in(r: &Restriction<'_>, width: CountWidth) -> Result<Vec<u8>, EncodeError> {
    let len = r.encoded_len_in(width);
    let mut buf = vec![0xA5u8; len + 8];
    let mut w = Writer::new(&mut buf);
    r.encode_in(&mut w, width)?;
    let n = w.position();
    assert_eq!(n, len, "encoded_len_in differs from the bytes written");
    assert!(buf[n..].iter().all(|&b| b == 0xA5), "wrote past the end");
    buf.truncate(n);
    Ok(buf)
}

/// The text form of a restriction, as ropdump prints it.
fn text(r: &Restriction<'_>) -> String {
    let mut s = String::new();
    let mut t = ropwire::dissect::Text::new(&mut s);
    t.value(format_args!("Restriction"), r);
    t.finish().unwrap();
    s
}

/// `bytes` decode in `width` to `expected`, re-encode byte for byte (also from `expected`),
/// every strict prefix fails inside the prefix, and a byte more is TrailingBytes.
fn case(width: CountWidth, bytes: &[u8], expected: &Restriction<'_>) {
    let r = Restriction::decode_in(bytes, width).unwrap_or_else(|e| panic!("{e}: {bytes:02X?}"));
    assert_eq!(&r, expected);
    assert_eq!(
        encode_in(&r, width).unwrap(),
        bytes,
        "re-encoding the decoded value"
    );
    assert_eq!(
        encode_in(expected, width).unwrap(),
        bytes,
        "encoding the caller value"
    );
    if width == CountWidth::Standard {
        assert_eq!(Restriction::decode(bytes).unwrap(), r);
        assert_eq!(encode_checked(&r), bytes);
    }
    for n in 0..bytes.len() {
        match Restriction::decode_in(&bytes[..n], width) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v:?}"),
            Err(e) => assert!(e.offset <= n, "offset {} past a prefix of {n}", e.offset),
        }
    }
    let mut longer = bytes.to_vec();
    longer.push(0);
    assert_eq!(
        Restriction::decode_in(&longer, width).unwrap_err(),
        DecodeError {
            offset: bytes.len(),
            kind: ErrorKind::TrailingBytes
        }
    );
}

fn utf16z(s: &str) -> Vec<u8> {
    s.encode_utf16()
        .chain([0])
        .flat_map(u16::to_le_bytes)
        .collect()
}

// ---- every restriction type, standard form ([MS-OXCDATA] 2.12.1–2.12.12) --------------

/// ExistRestriction (2.12.9.1): RestrictType 0x08, PropTag.
#[test]
fn exist() {
    case(
        CountWidth::Standard,
        &[0x08, 0x1F, 0x00, 0x37, 0x00],
        &Restriction::exist(SUBJECT),
    );
}

/// ContentRestriction (2.12.4.1): FuzzyLevelLow, FuzzyLevelHigh (2 bytes each), PropertyTag,
/// TaggedValue.
#[test]
fn content() {
    let mut b = vec![
        0x03, 0x01, 0x00, 0x01, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x1F, 0x00, 0x37, 0x00,
    ];
    b.extend(utf16z("rep"));
    let v = TaggedPropertyValue::new(0x0037, PropertyValue::String(Utf16Str::Str("rep")));
    let r = Restriction::content(
        SUBJECT,
        &v,
        FuzzyLevelLow::FL_SUBSTRING,
        FuzzyLevelHigh::FL_IGNORECASE,
    );
    case(CountWidth::Standard, &b, &r);
    let Restriction::Content {
        fuzzy_level_low,
        fuzzy_level_high,
        property_tag,
        tagged_value,
    } = Restriction::decode(&b).unwrap()
    else {
        panic!()
    };
    assert_eq!(fuzzy_level_low, FuzzyLevelLow::FL_SUBSTRING);
    assert_eq!(fuzzy_level_high, FuzzyLevelHigh::FL_IGNORECASE);
    assert_eq!(property_tag, SUBJECT);
    assert_eq!(tagged_value.get(), v);
    assert_eq!(tagged_value.wire(), Some((&b[9..], CountWidth::Standard)));
}

/// PropertyRestriction (2.12.5.1): RelOp, PropTag, TaggedValue.
#[test]
fn property() {
    let v = TaggedPropertyValue::new(0x0017, PropertyValue::Integer32(2));
    case(
        CountWidth::Standard,
        &[
            0x04, 0x04, 0x03, 0x00, 0x17, 0x00, 0x03, 0x00, 0x17, 0x00, 0x02, 0x00, 0x00, 0x00,
        ],
        &Restriction::property(RelOp::RELOP_EQ, PropertyTag(0x0017_0003), &v),
    );
}

/// ComparePropertiesRestriction (2.12.6.1), BitMaskRestriction (2.12.7.1) and
/// SizeRestriction (2.12.8.1): an operator byte and two 4-byte fields.
#[test]
fn compare_bitmask_size() {
    case(
        CountWidth::Standard,
        &[0x05, 0x02, 0x40, 0x00, 0x06, 0x0E, 0x40, 0x00, 0x07, 0x30],
        &Restriction::compare(
            RelOp::RELOP_GT,
            PropertyTag(0x0E06_0040),
            PropertyTag(0x3007_0040),
        ),
    );
    case(
        CountWidth::Standard,
        &[0x06, 0x01, 0x03, 0x00, 0x07, 0x0E, 0x01, 0x00, 0x00, 0x00],
        &Restriction::bitmask_nez(MESSAGE_FLAGS, 1),
    );
    case(
        CountWidth::Standard,
        &[0x07, 0x03, 0x03, 0x00, 0x08, 0x0E, 0x00, 0x10, 0x00, 0x00],
        &Restriction::size(RelOp::RELOP_GE, PropertyTag(0x0E08_0003), 0x1000),
    );
}

/// NotRestriction (2.12.3.1), SubObjectRestriction (2.12.10.1), CountRestriction (2.12.12):
/// each holds one restriction.
#[test]
fn not_sub_object_count() {
    let exist = Restriction::exist(SUBJECT);
    case(
        CountWidth::Standard,
        &[0x02, 0x08, 0x1F, 0x00, 0x37, 0x00],
        &Restriction::not(&exist),
    );
    case(
        CountWidth::Standard,
        &[0x09, 0x0D, 0x00, 0x12, 0x0E, 0x08, 0x1F, 0x00, 0x37, 0x00],
        &Restriction::sub_object(RECIPIENTS, &exist),
    );
    case(
        CountWidth::Standard,
        &[0x0B, 0x0A, 0x00, 0x00, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00],
        &Restriction::count(10, &exist),
    );
    let Restriction::Count {
        count,
        sub_restriction,
    } = Restriction::decode(&[0x0B, 0x0A, 0x00, 0x00, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00]).unwrap()
    else {
        panic!()
    };
    assert_eq!((count, sub_restriction.get()), (10, exist));
}

/// AndRestriction (2.12.1.1) and OrRestriction (2.12.2.1): RestrictCount (2 bytes in ROP
/// buffers), then the restrictions; no children is allowed.
#[test]
fn and_or() {
    let children = [
        Restriction::exist(SUBJECT),
        Restriction::bitmask_eqz(MESSAGE_FLAGS, 1),
    ];
    let b = [
        0x00, 0x02, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00, 0x06, 0x00, 0x03, 0x00, 0x07, 0x0E, 0x01,
        0x00, 0x00, 0x00,
    ];
    case(CountWidth::Standard, &b, &Restriction::and(&children));
    let mut or = b;
    or[0] = 0x01;
    case(CountWidth::Standard, &or, &Restriction::or(&children));
    case(
        CountWidth::Standard,
        &[0x01, 0x00, 0x00],
        &Restriction::or(&[]),
    );
    // The children are a lazy view of the wire bytes.
    let Restriction::And(list) = Restriction::decode(&b).unwrap() else {
        panic!()
    };
    assert!(matches!(list, List::Wire { count: 2, .. }));
    assert_eq!(list.iter().collect::<Vec<_>>(), children);
}

/// CommentRestriction (2.12.11): TaggedValuesCount (1 byte), TaggedValues,
/// RestrictionPresent, then the restriction when present.
#[test]
fn comment() {
    let values = [TaggedPropertyValue::new(
        0x0001,
        PropertyValue::Integer32(5),
    )];
    let exist = Restriction::exist(SUBJECT);
    let b = [
        0x0A, 0x01, 0x03, 0x00, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x01, 0x08, 0x1F, 0x00, 0x37,
        0x00,
    ];
    case(
        CountWidth::Standard,
        &b,
        &Restriction::comment(&values, Some(&exist)),
    );
    case(
        CountWidth::Standard,
        &[0x0A, 0x00, 0x00],
        &Restriction::comment(&[], None),
    );
    let Restriction::Comment(c) = Restriction::decode(&b).unwrap() else {
        panic!()
    };
    assert_eq!(c.tagged_values().iter().collect::<Vec<_>>(), values);
    assert_eq!(c.restriction_present(), 1);
    assert_eq!(c.restriction(), Some(exist));
}

/// RestrictionPresent MUST be 0 or 1 (2.12.11), but gromox and the MAPI Inspector read any
/// non-zero byte as present: such a byte is accepted, kept and written back; a caller's
/// comment writes 1.
#[test]
fn comment_restriction_present_any_non_zero_byte() {
    let b = [0x0A, 0x00, 0x02, 0x08, 0x1F, 0x00, 0x37, 0x00];
    let r = Restriction::decode(&b).unwrap();
    let Restriction::Comment(c) = r else { panic!() };
    assert_eq!(c.restriction_present(), 2);
    assert_eq!(c.restriction(), Some(Restriction::exist(SUBJECT)));
    assert_eq!(encode_checked(&r), b);
    let exist = Restriction::exist(SUBJECT);
    let mine = Restriction::comment(&[], Some(&exist));
    assert_eq!(encode_checked(&mine)[2], 0x01);
    assert_ne!(mine, r, "the present byte is part of the value");
}

/// A PtypRestriction value inside a TaggedValue is a restriction itself (2.11.1).
#[test]
fn restriction_value_inside_a_restriction() {
    let exist = Restriction::exist(SUBJECT);
    let v = TaggedPropertyValue::new(0x6679, PropertyValue::Restriction(Nested::new(&exist)));
    let b = [
        0x04, 0x04, 0xFD, 0x00, 0x79, 0x66, 0xFD, 0x00, 0x79, 0x66, 0x08, 0x1F, 0x00, 0x37, 0x00,
    ];
    case(
        CountWidth::Standard,
        &b,
        &Restriction::property(RelOp::RELOP_EQ, PropertyTag(0x6679_00FD), &v),
    );
}

/// RestrictType values outside 2.12 (gromox's internal 0x0C RES_ANNOTATION and 0xFF
/// RES_NULL among them) are refused at the type byte.
#[test]
fn unknown_restrict_types_are_invalid() {
    for t in [0x0C, 0x0D, 0x80, 0xFF] {
        assert_eq!(
            Restriction::decode(&[0x02, t, 0, 0, 0, 0]).unwrap_err(),
            DecodeError {
                offset: 1,
                kind: ErrorKind::InvalidValue {
                    field: "RestrictType"
                }
            }
        );
    }
}

/// RestrictCount and TaggedValuesCount are checked against the bytes left before they are
/// trusted.
#[test]
fn counts_are_checked_against_the_input() {
    assert_eq!(
        Restriction::decode(&[0x00, 0xFF, 0xFF, 0x08, 0x1F, 0x00, 0x37, 0x00]).unwrap_err(),
        DecodeError {
            offset: 3,
            kind: ErrorKind::CountTooLarge {
                field: "RestrictCount"
            }
        }
    );
    assert_eq!(
        Restriction::decode_in(&[0x01, 0xFF, 0xFF, 0xFF, 0xFF], CountWidth::Extended).unwrap_err(),
        DecodeError {
            offset: 5,
            kind: ErrorKind::CountTooLarge {
                field: "RestrictCount"
            }
        }
    );
    assert_eq!(
        Restriction::decode(&[0x0A, 0x09, 0x00, 0x00, 0x00, 0x00]).unwrap_err(),
        DecodeError {
            offset: 2,
            kind: ErrorKind::CountTooLarge {
                field: "TaggedValuesCount"
            }
        }
    );
}

// ---- the extended form ([MS-OXCDATA] 2.11.1.1, 2.12; [MS-OXORULE] 2.2.4) ----------------

/// In extended rules RestrictCount and the PtypBinary COUNT are 4 bytes; everything else is
/// the same. The same value converts between the forms.
#[test]
fn extended_form_counts_are_4_bytes() {
    let entry_id = TaggedPropertyValue::new(0x0FFF, PropertyValue::Binary(&[0xAA, 0xBB, 0xCC]));
    let children = [
        Restriction::property(RelOp::RELOP_EQ, PropertyTag(0x0FFF_0102), &entry_id),
        Restriction::exist(SUBJECT),
    ];
    let r = Restriction::and(&children);
    let extended = [
        0x00, 0x02, 0x00, 0x00, 0x00, // RES_AND, RestrictCount 2 (4 bytes)
        0x04, 0x04, 0x02, 0x01, 0xFF, 0x0F, 0x02, 0x01, 0xFF, 0x0F, // PidTagEntryId ==
        0x03, 0x00, 0x00, 0x00, 0xAA, 0xBB, 0xCC, // COUNT 3 (4 bytes) and the bytes
        0x08, 0x1F, 0x00, 0x37, 0x00,
    ];
    let standard = [
        0x00, 0x02, 0x00, // RestrictCount 2 (2 bytes)
        0x04, 0x04, 0x02, 0x01, 0xFF, 0x0F, 0x02, 0x01, 0xFF, 0x0F, // PidTagEntryId ==
        0x03, 0x00, 0xAA, 0xBB, 0xCC, // COUNT 3 (2 bytes)
        0x08, 0x1F, 0x00, 0x37, 0x00,
    ];
    case(CountWidth::Extended, &extended, &r);
    case(CountWidth::Standard, &standard, &r);
    let from_extended = Restriction::decode_in(&extended, CountWidth::Extended).unwrap();
    let from_standard = Restriction::decode(&standard).unwrap();
    assert_eq!(from_extended, from_standard);
    assert_eq!(
        encode_in(&from_extended, CountWidth::Standard).unwrap(),
        standard
    );
    assert_eq!(
        encode_in(&from_standard, CountWidth::Extended).unwrap(),
        extended
    );
    // The smallest restriction is 3 bytes in either form (an empty CommentRestriction): the
    // count check before trusting RestrictCount must not assume more.
    let empty = Restriction::comment(&[], None);
    let two = [empty, empty];
    case(
        CountWidth::Extended,
        &[
            0x00, 0x02, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x0A, 0x00, 0x00,
        ],
        &Restriction::and(&two),
    );
    // Read in the wrong form, the bytes do not decode.
    assert!(Restriction::decode(&extended).is_err());
    assert!(Restriction::decode_in(&standard, CountWidth::Extended).is_err());
}

/// A PtypMultipleBinary value has no representation in the extended form here (its
/// elements' COUNTs would be 4 bytes; the spec allows no multivalued TaggedValue in these
/// places): decoding reports it at the value, encoding refuses it.
#[test]
fn extended_form_multiple_binary_is_unsupported() {
    let b = [
        0x04, 0x04, 0x02, 0x11, 0x01, 0x80, 0x02, 0x11, 0x01, 0x80, 0x00, 0x00, 0x00, 0x00,
    ];
    assert_eq!(
        Restriction::decode_in(&b, CountWidth::Extended).unwrap_err(),
        DecodeError {
            offset: 10,
            kind: ErrorKind::UnsupportedStructure("PtypMultipleBinary value in the extended form")
        }
    );
    // The standard form reads it (an empty PtypMultipleBinary).
    let r = Restriction::decode(&b).unwrap();
    assert_eq!(encode_checked(&r), b);
    assert!(matches!(
        encode_in(&r, CountWidth::Extended),
        Err(EncodeError::InvalidValue { .. })
    ));
}

// ---- a real restriction: Outlook 2007, RopFindRow ([MS-OXCROPS] 2.2.5.13.1) -------------

/// The RopFindRow of `002_Outlook_2007_in_Tables_operations` (from `../shared/captures/`,
/// read at test time): Outlook looks for its named-view message with an AndRestriction of
/// five restrictions, 152 bytes (RestrictionDataSize 0x0098).
#[test]
fn outlook_find_row_restriction() {
    if !common::captures_present() {
        return;
    }
    let wire = common::capture("002_Outlook_2007_in_Tables_operations.rgbIn.bin");
    let block = ropwire::rpc_ext::RpcChain::new(&wire)
        .next()
        .unwrap()
        .unwrap();
    let mut scratch = [0u8; ropwire::rpc_ext::MAX_PAYLOAD];
    let payload = block.payload_into(&mut scratch).unwrap();
    // RopFindRow: RopId 0x4F, LogonId 0, InputHandleIndex 1, FindRowFlags 0,
    // RestrictionDataSize 0x0098.
    let at = payload
        .windows(6)
        .position(|w| w == [0x4F, 0x00, 0x01, 0x00, 0x98, 0x00])
        .expect("the RopFindRow request")
        + 6;
    let bytes = &payload[at..at + 0x98];
    let r = Restriction::decode(bytes).unwrap();
    assert_eq!(encode_checked(&r), bytes);
    // After it: Origin 0 (BOOKMARK_BEGINNING), BookmarkSize 0.
    assert_eq!(&payload[at + 0x98..at + 0x98 + 3], [0x00, 0x00, 0x00]);

    let class = TaggedPropertyValue::new(
        0x001A,
        PropertyValue::String(Utf16Str::Str("IPM.Microsoft.FolderDesign.NamedView")),
    );
    let eight = TaggedPropertyValue::new(0x683A, PropertyValue::Integer32(8));
    let messages =
        TaggedPropertyValue::new(0x0037, PropertyValue::String(Utf16Str::Str("Messages")));
    let expected = [
        Restriction::property(RelOp::RELOP_EQ, PropertyTag(0x001A_001F), &class),
        Restriction::bitmask(BitmapRelOp::BMR_EQZ, PropertyTag(0x6834_0003), 0x0000_0001),
        Restriction::property(RelOp::RELOP_EQ, PropertyTag(0x683A_0003), &eight),
        Restriction::bitmask(BitmapRelOp::BMR_NEZ, PropertyTag(0x6834_0003), 0x0000_0200),
        Restriction::content(
            SUBJECT,
            &messages,
            FuzzyLevelLow::FL_FULLSTRING,
            FuzzyLevelHigh::empty(),
        ),
    ];
    assert_eq!(r, Restriction::and(&expected));
    assert_eq!(encode_checked(&Restriction::and(&expected)), bytes);

    // The same restriction in the extended form is 2 bytes longer (RestrictCount).
    let ext = encode_in(&r, CountWidth::Extended).unwrap();
    assert_eq!(ext.len(), bytes.len() + 2);
    assert_eq!(
        Restriction::decode_in(&ext, CountWidth::Extended).unwrap(),
        r
    );

    let dump = text(&r);
    assert!(
        dump.starts_with(
            "Restriction RestrictType=0x00 (RES_AND) RestrictCount=0x0005\n  Restricts:\n"
        ),
        "{dump}"
    );
    assert!(
        dump.contains(
            "    [4] RestrictType=0x03 (RES_CONTENT) FuzzyLevelLow=0x0000 (FL_FULLSTRING) \
             FuzzyLevelHigh=0x0000 PropertyTag=0x0037001F (PidTagSubject)\n      TaggedValue: \
             PropertyTag=0x0037001F (PidTagSubject) PropertyValue=\"Messages\"\n"
        ),
        "{dump}"
    );
}

// ---- the text form ----------------------------------------------------------------------

#[test]
fn dump_by_spec_names_nested_below_the_line() {
    let v = TaggedPropertyValue::new(0x0037, PropertyValue::String(Utf16Str::Str("rep")));
    let content = Restriction::content(
        SUBJECT,
        &v,
        FuzzyLevelLow::FL_SUBSTRING,
        FuzzyLevelHigh::FL_IGNORECASE | FuzzyLevelHigh::FL_LOOSE,
    );
    let values = [TaggedPropertyValue::new(
        0x0001,
        PropertyValue::Integer32(5),
    )];
    let parts = [
        Restriction::not(&content),
        Restriction::comment(&values, None),
        Restriction::size(RelOp(0x06), PropertyTag(0x0E08_0003), 10),
    ];
    let r = Restriction::or(&parts);
    let bytes = encode_checked(&r);
    let decoded = Restriction::decode(&bytes).unwrap();
    let expected = "\
Restriction RestrictType=0x01 (RES_OR) RestrictCount=0x0003
  Restricts:
    [0] RestrictType=0x02 (RES_NOT)
      Restriction: RestrictType=0x03 (RES_CONTENT) FuzzyLevelLow=0x0001 (FL_SUBSTRING) FuzzyLevelHigh=0x0005 (FL_IGNORECASE|FL_LOOSE) PropertyTag=0x0037001F (PidTagSubject)
        TaggedValue: PropertyTag=0x0037001F (PidTagSubject) PropertyValue=\"rep\"
    [1] RestrictType=0x0A (RES_COMMENT) TaggedValuesCount=0x01
      TaggedValues:
        [0] PropertyTag=0x00010003 (PidTagAcknowledgementMode) PropertyValue=0x00000005
      RestrictionPresent=0x00
    [2] RestrictType=0x07 (RES_SIZE) RelOp=0x06 PropTag=0x0E080003 (PidTagMessageSize) Size=0x0000000A
";
    assert_eq!(text(&decoded), expected);
    assert_eq!(text(&r), expected, "a caller's value dumps the same");
}

// ---- size --------------------------------------------------------------------------------

/// Restriction stays small enough to sit inside the ROP request enum (which is at most 64
/// bytes): children and TaggedValues are views, not inline values.
#[test]
fn restriction_is_small() {
    let size = std::mem::size_of::<Restriction<'static>>();
    eprintln!("size_of::<Restriction>() = {size}");
    assert!(size <= 48, "{size}");
    assert!(std::mem::size_of::<Option<Restriction<'static>>>() <= 48);
    assert!(std::mem::size_of::<PropertyValue<'static>>() <= 32);
}

// ---- the nesting bound ---------------------------------------------------------------------

/// `levels - 1` copies of `prefix` then an ExistRestriction: a chain `levels` deep.
fn chain(prefix: &[u8], levels: usize) -> Vec<u8> {
    let mut v = prefix.repeat(levels - 1);
    v.extend_from_slice(&[0x08, 0x1F, 0x00, 0x37, 0x00]);
    v
}

fn depth_exceeded(offset: usize) -> DecodeError {
    DecodeError {
        offset,
        kind: ErrorKind::DepthExceeded,
    }
}

/// 10,000 nested NotRestrictions and 10,000 nested one-child AndRestrictions are refused at
/// the first restriction past the bound, without recursing deeper than the bound.
#[test]
fn ten_thousand_nested_nots_and_ands_are_refused() {
    let max = MAX_RESTRICTION_DEPTH;
    let nots = chain(&[0x02], 10_000);
    assert_eq!(Restriction::decode(&nots).unwrap_err(), depth_exceeded(max));
    assert_eq!(
        Restriction::decode_in(&nots, CountWidth::Extended).unwrap_err(),
        depth_exceeded(max)
    );
    let ands = chain(&[0x00, 0x01, 0x00], 10_000);
    assert_eq!(
        Restriction::decode(&ands).unwrap_err(),
        depth_exceeded(3 * max)
    );
    let ands = chain(&[0x00, 0x01, 0x00, 0x00, 0x00], 10_000);
    assert_eq!(
        Restriction::decode_in(&ands, CountWidth::Extended).unwrap_err(),
        depth_exceeded(5 * max)
    );
    // Inside a property value too (PtypRestriction, [MS-OXCDATA] 2.11.1).
    assert_eq!(
        PropertyValue::decode_as(&nots, PropertyType::PtypRestriction).unwrap_err(),
        nom::Err::Error(ropwire::error::Fail {
            remaining: nots.len() - max,
            kind: ErrorKind::DepthExceeded
        })
    );
    assert_eq!(
        PropertyValue::skip_as(&nots, PropertyType::PtypRestriction),
        None
    );
}

/// Exactly MAX_RESTRICTION_DEPTH levels decode, one more does not, whatever holds the
/// child: Not, And, SubObject, Count, a present Comment restriction, a PtypRestriction value.
#[test]
fn every_kind_of_nesting_counts_one_level() {
    let max = MAX_RESTRICTION_DEPTH;
    let prefixes: [&[u8]; 6] = [
        &[0x02],
        &[0x00, 0x01, 0x00],
        &[0x09, 0x0D, 0x00, 0x12, 0x0E],
        &[0x0B, 0x01, 0x00, 0x00, 0x00],
        &[0x0A, 0x00, 0x01],
        &[0x04, 0x04, 0xFD, 0x00, 0x79, 0x66, 0xFD, 0x00, 0x79, 0x66],
    ];
    for prefix in prefixes {
        let ok = chain(prefix, max);
        let r = Restriction::decode(&ok).unwrap_or_else(|e| panic!("{prefix:02X?}: {e}"));
        assert_eq!(encode_checked(&r), ok);
        let deep = chain(prefix, max + 1);
        assert_eq!(
            Restriction::decode(&deep).unwrap_err(),
            depth_exceeded(prefix.len() * max),
            "{prefix:02X?}"
        );
    }
}

/// At the bound, decoding, reading, encoding, comparing and dumping the deepest trees fit in
/// a quarter of the default 2 MiB thread stack, in this (unoptimised) test build.
#[test]
fn deepest_trees_fit_a_small_stack() {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            let prefixes: [&[u8]; 3] = [
                &[0x02],
                &[0x00, 0x01, 0x00],
                &[0x04, 0x04, 0xFD, 0x00, 0x79, 0x66, 0xFD, 0x00, 0x79, 0x66],
            ];
            for prefix in prefixes {
                let b = chain(prefix, MAX_RESTRICTION_DEPTH);
                let r = Restriction::decode(&b).unwrap();
                assert_eq!(encode_checked(&r), b);
                assert_eq!(Restriction::decode(&b).unwrap(), r);
                assert!(text(&r).len() > b.len());
                assert!(!format!("{r:?}").is_empty());
                let ext = encode_in(&r, CountWidth::Extended).unwrap();
                assert_eq!(
                    Restriction::decode_in(&ext, CountWidth::Extended).unwrap(),
                    r
                );
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

// ---- refused caller values -----------------------------------------------------------------

fn too_deep() -> EncodeError {
    EncodeError::InvalidValue {
        field: "Restriction (nested deeper than MAX_RESTRICTION_DEPTH)",
    }
}

/// A caller's tree deeper than the bound would not decode: it is refused.
#[test]
fn caller_trees_deeper_than_the_bound_are_refused() {
    let mut r = Restriction::exist(SUBJECT);
    for _ in 1..MAX_RESTRICTION_DEPTH {
        r = Restriction::not(leak(r));
    }
    assert_eq!(encode_checked(&r).len(), MAX_RESTRICTION_DEPTH + 4);
    let deeper = Restriction::not(leak(r));
    let mut buf = vec![0u8; 200];
    assert_eq!(deeper.encode_into(&mut buf).unwrap_err(), too_deep());
    assert!(deeper.encoded_len() <= buf.len());

    // A decoded tree at the bound, placed under one more level.
    let b = chain(&[0x00, 0x01, 0x00], MAX_RESTRICTION_DEPTH);
    let decoded = Restriction::decode(&b).unwrap();
    let wrapped = Restriction::count(1, &decoded);
    let mut buf = vec![0u8; 400];
    assert_eq!(wrapped.encode_into(&mut buf).unwrap_err(), too_deep());
    let children = [decoded];
    assert_eq!(
        Restriction::and(&children)
            .encode_into(&mut buf)
            .unwrap_err(),
        too_deep()
    );
}

#[test]
fn counts_that_do_not_fit_are_refused() {
    let many = vec![Restriction::exist(SUBJECT); 0x1_0000];
    let r = Restriction::and(&many);
    let mut buf = vec![0u8; 0x60000];
    assert_eq!(
        r.encode_into(&mut buf).unwrap_err(),
        EncodeError::InvalidValue {
            field: "RestrictCount"
        }
    );
    // The extended form's RestrictCount is 4 bytes: it fits there.
    let ext = encode_in(&r, CountWidth::Extended).unwrap();
    assert_eq!(&ext[..5], [0x00, 0x00, 0x00, 0x01, 0x00]);
    assert_eq!(
        Restriction::decode_in(&ext, CountWidth::Extended).unwrap(),
        r
    );

    let values = vec![TaggedPropertyValue::new(1, PropertyValue::Null); 256];
    let c = Restriction::comment(&values, None);
    assert_eq!(
        c.encode_into(&mut buf).unwrap_err(),
        EncodeError::InvalidValue {
            field: "TaggedValuesCount"
        }
    );
    assert_eq!(
        encode_checked(&Restriction::comment(&values[..255], None)).len(),
        3 + 255 * 4
    );
}

#[test]
fn tagged_values_whose_tag_and_value_types_differ_are_refused() {
    let v = TaggedPropertyValue {
        tag: PropertyTag(0x0037_001F),
        value: PropertyValue::Integer32(1),
    };
    let mut buf = [0u8; 64];
    for r in [
        Restriction::property(RelOp::RELOP_EQ, SUBJECT, &v),
        Restriction::content(
            SUBJECT,
            &v,
            FuzzyLevelLow::FL_PREFIX,
            FuzzyLevelHigh::empty(),
        ),
    ] {
        assert_eq!(
            r.encode_into(&mut buf).unwrap_err(),
            EncodeError::InvalidValue {
                field: "PropertyTag (type differs from the value's)"
            }
        );
    }
    let values = [v];
    assert!(
        Restriction::comment(&values, None)
            .encode_into(&mut buf)
            .is_err()
    );
}

/// A List::Wire a caller made from bytes that are no restrictions is refused, not copied.
#[test]
fn wire_lists_that_do_not_decode_are_refused() {
    let r = Restriction::And(List::Wire {
        bytes: &[0x0C, 0x00],
        count: 1,
        ctx: CountWidth::Standard,
    });
    let mut buf = [0u8; 16];
    assert_eq!(
        r.encode_into(&mut buf).unwrap_err(),
        EncodeError::InvalidValue {
            field: "Restriction (wire bytes that do not decode)"
        }
    );
}

#[test]
fn restrict_types_and_code_names() {
    assert_eq!(
        Restriction::exist(SUBJECT).restrict_type(),
        RestrictType::RES_EXIST
    );
    assert_eq!(
        RestrictType::RES_SUBRESTRICTION.name(),
        Some("RES_SUBRESTRICTION")
    );
    assert_eq!(RelOp::RELOP_MEMBER_OF_DL.0, 0x64);
    assert_eq!(RelOp(0x06).name(), None);
    assert_eq!(format!("{:?}", BitmapRelOp::BMR_NEZ), "BMR_NEZ(0x01)");
    assert_eq!(FuzzyLevelLow::FL_PREFIX.0, 2);
    assert_eq!(FuzzyLevelHigh::FL_IGNORENONSPACE.bits(), 2);
}

// ---- property tests --------------------------------------------------------------------------

/// Whether a tree holds a PtypMultipleBinary value (which the extended form cannot carry).
fn extended_refuses(r: &Restriction<'_>) -> bool {
    matches!(
        encode_in(r, CountWidth::Extended),
        Err(EncodeError::InvalidValue {
            field: "PtypMultipleBinary value (not supported in the extended form)"
        })
    )
}

fn prefixes_fail(bytes: &[u8], width: CountWidth) -> Result<(), TestCaseError> {
    for n in 0..bytes.len() {
        match Restriction::decode_in(&bytes[..n], width) {
            Ok(v) => return Err(TestCaseError::fail(format!("prefix {n} decoded: {v:?}"))),
            Err(e) => prop_assert!(e.offset <= n),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// decode(encode(r)) == r and encode(decode(b)) == b, in both widths; every prefix of an
    /// encoding is an error inside the prefix.
    #[test]
    fn round_trip_in_both_widths(r in ropwire::data::restriction::arb::tree(4)) {
        let std_bytes = encode_checked(&r);
        let d = Restriction::decode(&std_bytes).unwrap();
        prop_assert_eq!(&d, &r);
        prop_assert_eq!(encode_checked(&d), std_bytes.clone());
        prefixes_fail(&std_bytes, CountWidth::Standard)?;
        if !extended_refuses(&r) {
            let ext = encode_in(&r, CountWidth::Extended).unwrap();
            let e = Restriction::decode_in(&ext, CountWidth::Extended).unwrap();
            prop_assert_eq!(&e, &r);
            prop_assert_eq!(encode_in(&e, CountWidth::Extended).unwrap(), ext.clone());
            // Across the forms.
            prop_assert_eq!(encode_in(&d, CountWidth::Extended).unwrap(), ext.clone());
            prop_assert_eq!(encode_in(&e, CountWidth::Standard).unwrap(), std_bytes);
            prefixes_fail(&ext, CountWidth::Extended)?;
        }
    }

    /// Bytes → value → bytes: whatever decodes from a mutated encoding re-encodes to the
    /// bytes it was read from, in both widths; nothing panics.
    #[test]
    fn mutated_bytes(
        r in ropwire::data::restriction::arb::tree(3),
        at in any::<Index>(),
        byte in any::<u8>(),
        extended in any::<bool>(),
    ) {
        let width = if extended && !extended_refuses(&r) {
            CountWidth::Extended
        } else {
            CountWidth::Standard
        };
        let mut bytes = encode_in(&r, width).unwrap();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok((d, n)) = Restriction::decode_prefix_in(&bytes, width) {
            prop_assert_eq!(encode_in(&d, width).unwrap(), &bytes[..n]);
            prop_assert_eq!(Restriction::decode_in(&bytes[..n], width).unwrap(), d);
            let _ = text(&d);
        }
    }

    /// Arbitrary bytes never panic the decoder; what decodes re-encodes to its span.
    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64), extended in any::<bool>()) {
        let width = if extended { CountWidth::Extended } else { CountWidth::Standard };
        match Restriction::decode_prefix_in(&bytes, width) {
            Ok((d, n)) => prop_assert_eq!(encode_in(&d, width).unwrap(), &bytes[..n]),
            Err(e) => prop_assert!(e.offset <= bytes.len()),
        }
    }
}

/// The Arb strategy (used by the ROP round-trip tests of the ROPs that carry restrictions)
/// yields values that encode.
#[test]
fn arb_values_encode() {
    use proptest::strategy::ValueTree;
    use ropwire::arbitrary::Arb;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..64 {
        let r = Restriction::arb().new_tree(&mut runner).unwrap().current();
        let b = encode_checked(&r);
        assert_eq!(Restriction::decode(&b).unwrap(), r);
        r.dump(&mut ropwire::dissect::Text::new(String::new()));
    }
}

// ---- structured fuzzing (feature `arbitrary`) ---------------------------------------------

/// `Restriction::arbitrary` (which the ROPs carrying restrictions generate their field with)
/// yields values that encode and decode back to themselves, composite ones included.
#[test]
fn arbitrary_restrictions_round_trip() {
    use arbitrary::{Arbitrary, Unstructured};
    // Restriction-shaped bytes, so that the wire forms often parse.
    const BYTES: &[u8] = &[
        0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x0E, 0x12, 0x1F, 0x00,
        0x37, 0x00, 0x03, 0x00, 0x17, 0x00,
    ];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut kinds = std::collections::BTreeSet::new();
    let mut with_children = 0;
    for _ in 0..20_000 {
        let n = (next() % 96) as usize;
        let data: Vec<u8> = (0..n)
            .map(|_| BYTES[(next() >> 40) as usize % BYTES.len()])
            .collect();
        let Ok(r) = Restriction::arbitrary(&mut Unstructured::new(&data)) else {
            continue;
        };
        let b = encode_checked(&r);
        let d = Restriction::decode(&b).unwrap_or_else(|e| panic!("{e}: {r:?}"));
        assert_eq!(d, r);
        assert_eq!(encode_checked(&d), b);
        kinds.insert(r.restrict_type().0);
        if let Restriction::And(l) | Restriction::Or(l) = r {
            with_children += usize::from(!l.is_empty());
        }
    }
    assert_eq!(
        kinds.len(),
        12,
        "every restriction type is generated: {kinds:?}"
    );
    assert!(with_children > 0);
}
