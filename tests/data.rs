//! [MS-OXCDATA] structures: property values of every type (2.11.1), TypedPropertyValue
//! (2.11.3), TaggedPropertyValue (2.11.4), property rows (2.8.1, 2.11.5, 2.11.6),
//! RecipientRow (2.8.3), identifiers (2.2.1) and property tags (2.9).

use proptest::prelude::*;
use proptest::sample::Index;

use ropwire::arbitrary::Arb;
use ropwire::data::propvalue::{Bin16, F32, F64};
use ropwire::data::recipient::{DistListPart, RecipientString, X500Part};
use ropwire::data::row::{PropertyRow, RowCells, RowKind, RowValue};
use ropwire::data::{
    Bool, Guid, Id8, PropertyTag, PropertyType, PropertyValue, RecipientFlags, RecipientRow,
    TaggedPropertyValue, TypedPropertyValue,
};
use ropwire::wire::{DecodeCtx, LeArray, List, Str8, Utf16Str, finish};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind};

// ---- helpers --------------------------------------------------------------------------

mod common;
use common::{encode_checked, hex};

fn leak(v: Vec<u8>) -> &'static [u8] {
    v.leak()
}

fn decode_value(ty: u16, bytes: &[u8]) -> Result<PropertyValue<'_>, DecodeError> {
    finish(bytes, |i| PropertyValue::decode_as(i, PropertyType(ty)))
}

fn decode_row<'a>(
    bytes: &'a [u8],
    columns: &'a [PropertyTag],
) -> Result<PropertyRow<'a>, DecodeError> {
    finish(bytes, |i| {
        PropertyRow::decode_with(i, LeArray::Slice(columns))
    })
}

fn decode_recipient<'a>(
    bytes: &'a [u8],
    columns: &'a [PropertyTag],
) -> Result<RecipientRow<'a>, DecodeError> {
    finish(bytes, |i| {
        RecipientRow::parse_ctx(i, LeArray::Slice(columns))
    })
}

/// Every strict prefix of `bytes` fails with an offset inside the prefix.
fn assert_prefixes_fail(bytes: &[u8], decode: impl Fn(&[u8]) -> Result<String, DecodeError>) {
    for n in 0..bytes.len() {
        match decode(&bytes[..n]) {
            Ok(v) => panic!("prefix of {n} bytes decoded: {v}"),
            Err(e) => assert!(e.offset <= n),
        }
    }
}

/// A decode result with the value printed, so one prefix checker serves every type.
fn shown<T: std::fmt::Debug>(r: Result<T, DecodeError>) -> Result<String, DecodeError> {
    r.map(|v| format!("{v:?}"))
}

/// A value vector: decodes as the type, has that type, re-encodes byte for byte, every
/// strict prefix fails, and the same value also round-trips as TypedPropertyValue and as
/// TaggedPropertyValue.
fn value_case(ty: u16, bytes: &[u8], expected: PropertyValue<'_>) {
    let v = decode_value(ty, bytes).expect("decode");
    assert_eq!(v, expected);
    assert_eq!(expected.prop_type(), PropertyType(ty));
    assert_eq!(v.prop_type(), PropertyType(ty));
    assert_eq!(encode_checked(&v), bytes);
    assert_eq!(encode_checked(&expected), bytes);
    assert_prefixes_fail(bytes, |b| shown(decode_value(ty, b)));

    let mut typed = ty.to_le_bytes().to_vec();
    typed.extend_from_slice(bytes);
    let t = TypedPropertyValue::decode(&typed).expect("typed");
    assert_eq!(t, TypedPropertyValue(expected));
    assert_eq!(encode_checked(&t), typed);

    let tag = PropertyTag::new(0x6001, PropertyType(ty));
    let mut tagged = tag.0.to_le_bytes().to_vec();
    tagged.extend_from_slice(bytes);
    let t = TaggedPropertyValue::decode(&tagged).expect("tagged");
    assert_eq!(t.tag, tag);
    assert_eq!(t.value, expected);
    assert_eq!(t, TaggedPropertyValue::new(0x6001, expected));
    assert_eq!(encode_checked(&t), tagged);
    assert_prefixes_fail(&tagged, |b| shown(TaggedPropertyValue::decode(b)));
}

// ---- single-valued types --------------------------------------------------------------

#[test]
fn fixed_size_values() {
    use PropertyValue as V;
    value_case(0x0001, &[], V::Null);
    value_case(0x0002, &[0xFE, 0xFF], V::Integer16(-2));
    value_case(0x0003, &[0x78, 0x56, 0x34, 0x12], V::Integer32(0x1234_5678));
    value_case(0x0004, &[0x00, 0x00, 0xC0, 0x3F], V::Floating32(F32(1.5)));
    value_case(
        0x0005,
        &[0, 0, 0, 0, 0, 0, 0x04, 0x40],
        V::Floating64(F64(2.5)),
    );
    // PtypCurrency: 1.2345 scaled by 10^4.
    value_case(0x0006, &[0x39, 0x30, 0, 0, 0, 0, 0, 0], V::Currency(12345));
    // PtypFloatingTime: 1.0 = 1899-12-31.
    value_case(
        0x0007,
        &[0, 0, 0, 0, 0, 0, 0xF0, 0x3F],
        V::FloatingTime(F64(1.0)),
    );
    value_case(0x000A, &[0x0F, 0x01, 0x04, 0x80], V::ErrorCode(0x8004_010F));
    value_case(0x000B, &[0x00], V::Boolean(Bool::FALSE));
    value_case(0x000B, &[0x01], V::Boolean(Bool::TRUE));
    value_case(0x0014, &[0xFF; 8], V::Integer64(-1));
    value_case(
        0x0040,
        &[0x00, 0x80, 0x3E, 0xD5, 0xDE, 0xB1, 0x9D, 0x01],
        V::Time(0x019D_B1DE_D53E_8000),
    );
    let g: [u8; 16] = core::array::from_fn(|i| i as u8);
    value_case(0x0048, &g, V::Guid(Guid(g)));
    // NaN compares by bits, so it round-trips.
    let nan = f32::from_bits(0x7FC0_0001);
    value_case(
        0x0004,
        &0x7FC0_0001u32.to_le_bytes(),
        V::Floating32(F32(nan)),
    );
}

#[test]
fn boolean_any_byte_is_accepted_and_kept() {
    // [MS-OXCDATA] 2.11.1 says 0 or 1; peers read any non-zero byte as true (gromox
    // `ext_buffer.cpp` pulls the byte and tests it for non-zero). This used to be
    // `InvalidValue`; now the byte is kept and re-encoded as received.
    for b in [0x02u8, 0x80, 0xFF] {
        let wire = [b];
        let v = decode_value(0x000B, &wire).unwrap();
        let PropertyValue::Boolean(x) = v else {
            panic!("{v:?}")
        };
        assert!(x.as_bool());
        assert_eq!(x.raw(), b);
        assert_ne!(x, Bool::TRUE, "equality compares the bytes");
        assert_eq!(v.encode_vec().unwrap(), [b]);
        assert_eq!(
            PropertyValue::skip_as(&[b, 0xAA], PropertyType(0x000B)),
            Some(&[0xAA][..])
        );
    }
    let tagged = [0x0B, 0x00, 0x1B, 0x0E, 0x02];
    let t = TaggedPropertyValue::decode(&tagged).unwrap();
    assert_eq!(t.encode_vec().unwrap(), tagged);
    // Built from a bool, the writer sends 0 or 1.
    assert_eq!(
        PropertyValue::Boolean(true.into()).encode_vec().unwrap(),
        [1]
    );
    assert_eq!(
        PropertyValue::Boolean(Bool::new(false))
            .encode_vec()
            .unwrap(),
        [0]
    );
}

#[test]
fn strings() {
    use PropertyValue as V;
    value_case(0x001E, b"abc\0", V::String8(Str8(b"abc")));
    value_case(0x001E, b"\0", V::String8(Str8(b"")));
    // 8-bit strings keep code-page bytes as they are.
    value_case(0x001E, &[0xE9, 0xFC, 0x00], V::String8(Str8(&[0xE9, 0xFC])));
    // "Hé€😀": BMP characters and one surrogate pair.
    let utf16 = [
        0x48, 0x00, 0xE9, 0x00, 0xAC, 0x20, 0x3D, 0xD8, 0x00, 0xDE, 0x00, 0x00,
    ];
    value_case(0x001F, &utf16, V::String(Utf16Str::new("Hé€😀")));
    value_case(0x001F, &[0, 0], V::String(Utf16Str::new("")));
    let V::String(s) = decode_value(0x001F, &utf16).unwrap() else {
        panic!()
    };
    assert_eq!(s.units(), 5);
    assert_eq!(s.chars().collect::<String>(), "Hé€😀");
    // A missing terminator is truncation, not a panic.
    assert!(matches!(
        decode_value(0x001E, b"abc").unwrap_err().kind,
        ErrorKind::Truncated { .. }
    ));
    assert!(matches!(
        decode_value(0x001F, &[0x41, 0x00, 0x42]).unwrap_err().kind,
        ErrorKind::Truncated { .. }
    ));
    // NUL inside a string cannot be encoded.
    for v in [V::String8(Str8(b"a\0b")), V::String(Utf16Str::new("a\0b"))] {
        assert!(matches!(
            v.encode_into(&mut [0u8; 16]),
            Err(EncodeError::InvalidValue { .. })
        ));
    }
}

#[test]
fn utf16_with_unpaired_surrogates_is_kept() {
    let cases: [&[u8]; 4] = [
        &[0x00, 0xD8, 0x41, 0x00, 0x00, 0x00], // high surrogate then 'A'
        &[0x00, 0xDC, 0x00, 0x00],             // lone low surrogate
        &[0x41, 0x00, 0x3D, 0xD8, 0x00, 0x00], // high surrogate at the end
        &[0x00, 0xDE, 0x3D, 0xD8, 0x00, 0x00], // pair in the wrong order
    ];
    for bytes in cases {
        // An unpaired surrogate is data: kept as code units, re-encoded byte for byte.
        let v = decode_value(0x001F, bytes).expect("an unpaired surrogate is data");
        assert_eq!(
            v,
            PropertyValue::String(Utf16Str::Wire(&bytes[..bytes.len() - 2])),
            "{bytes:02X?}"
        );
        assert_eq!(encode_checked(&v), bytes, "{bytes:02X?}");
    }
    // Long strings too, with the bad unit at every position and every alignment of the
    // terminator; and valid strings of every length up to 24 units, pairs included.
    for len in 1..24usize {
        for bad_at in 0..len {
            let mut units: Vec<u16> = (0..len).map(|i| 0x41 + i as u16).collect();
            units[bad_at] = if bad_at % 2 == 0 { 0xD800 } else { 0xDFFF };
            let mut bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
            bytes.extend_from_slice(&[0, 0]);
            let v = decode_value(0x001F, &bytes).expect("an unpaired surrogate is data");
            assert_eq!(encode_checked(&v), bytes, "len {len}, bad at {bad_at}");
        }
        let text: String = (0..len)
            .map(|i| {
                if i % 5 == 4 {
                    '😀'
                } else {
                    char::from(b'a' + i as u8)
                }
            })
            .collect();
        let mut bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        bytes.extend_from_slice(&[0, 0]);
        let v = decode_value(0x001F, &bytes).unwrap();
        assert_eq!(v, PropertyValue::String(Utf16Str::Str(&text)));
        assert_eq!(encode_checked(&v), bytes);
        // A following value starts right after the terminator.
        bytes.extend_from_slice(&[0x41, 0x00]);
        let (rest, _) = PropertyValue::decode_as(&bytes, PropertyType::PtypString).unwrap();
        assert_eq!(rest, [0x41, 0x00]);
    }
    // Inside a multi-valued string too.
    let mut mv = vec![0x02, 0, 0, 0, 0x41, 0x00, 0x00, 0x00];
    mv.extend_from_slice(&[0x00, 0xDC, 0x00, 0x00]);
    let v = decode_value(0x101F, &mv).expect("an unpaired surrogate is data");
    assert_eq!(encode_checked(&v), mv);
}

#[test]
fn binary_and_server_id_have_2_byte_counts() {
    use PropertyValue as V;
    value_case(
        0x0102,
        &[0x03, 0x00, 0xAA, 0xBB, 0xCC],
        V::Binary(&[0xAA, 0xBB, 0xCC]),
    );
    value_case(0x0102, &[0x00, 0x00], V::Binary(&[]));
    // PtypServerId with Ours = 1: Ours, FolderId, MessageId, Instance (21 bytes).
    let mut sid = vec![0x15, 0x00, 0x01];
    sid.extend_from_slice(&[0x01, 0x00, 0, 0, 0, 0, 0, 0x05]);
    sid.extend_from_slice(&[0x01, 0x00, 0, 0, 0, 0, 0x01, 0x00]);
    sid.extend_from_slice(&[0x00, 0x00, 0x00, 0x00]);
    value_case(0x00FB, &sid, V::ServerId(&sid[2..]));
    let V::ServerId(body) = decode_value(0x00FB, &sid).unwrap() else {
        panic!()
    };
    assert_eq!(body.len(), 21);
    assert_eq!(body[0], 0x01, "Ours");
    // Ours = 0: client-defined bytes.
    value_case(
        0x00FB,
        &[0x03, 0x00, 0x00, 0x12, 0x34],
        V::ServerId(&[0x00, 0x12, 0x34]),
    );
    // A COUNT beyond the input is truncation.
    let e = decode_value(0x0102, &[0xFF, 0xFF, 0x01]).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Truncated { .. }));
    // A binary longer than 0xFFFF bytes cannot be encoded with a 2-byte COUNT.
    let big = vec![0u8; 0x1_0000];
    let big = leak(big);
    let mut buf = vec![0u8; 0x1_0010];
    assert!(matches!(
        V::Binary(big).encode_into(&mut buf),
        Err(EncodeError::InvalidValue { .. })
    ));
}

// ---- multi-valued types ---------------------------------------------------------------

#[test]
fn multi_valued_fixed_size() {
    use PropertyValue as V;
    value_case(
        0x1002,
        &[0x02, 0, 0, 0, 0x01, 0x00, 0xFF, 0xFF],
        V::MultipleInteger16(LeArray::Slice(&[1, -1])),
    );
    value_case(
        0x1003,
        &[0x01, 0, 0, 0, 0x78, 0x56, 0x34, 0x12],
        V::MultipleInteger32(LeArray::Slice(&[0x1234_5678])),
    );
    value_case(
        0x1004,
        &[0x01, 0, 0, 0, 0x00, 0x00, 0xC0, 0x3F],
        V::MultipleFloating32(LeArray::Slice(&[F32(1.5)])),
    );
    value_case(
        0x1005,
        &[0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x04, 0x40],
        V::MultipleFloating64(LeArray::Slice(&[F64(2.5)])),
    );
    value_case(
        0x1006,
        &[0x01, 0, 0, 0, 0x39, 0x30, 0, 0, 0, 0, 0, 0],
        V::MultipleCurrency(LeArray::Slice(&[12345])),
    );
    value_case(
        0x1007,
        &[0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F],
        V::MultipleFloatingTime(LeArray::Slice(&[F64(1.0)])),
    );
    value_case(
        0x1014,
        &[
            0x02, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        ],
        V::MultipleInteger64(LeArray::Slice(&[1, -1])),
    );
    value_case(
        0x1040,
        &[
            0x01, 0, 0, 0, 0x00, 0x80, 0x3E, 0xD5, 0xDE, 0xB1, 0x9D, 0x01,
        ],
        V::MultipleTime(LeArray::Slice(&[0x019D_B1DE_D53E_8000])),
    );
    let mut g = vec![0x01, 0, 0, 0];
    g.extend(0u8..16);
    let guid: [u8; 16] = core::array::from_fn(|i| i as u8);
    let guids = [Guid(guid)];
    value_case(0x1048, &g, V::MultipleGuid(LeArray::Slice(&guids)));
    // Every multi-valued type accepts an empty list: a 4-byte zero COUNT.
    for ty in [
        0x1002u16, 0x1003, 0x1004, 0x1005, 0x1006, 0x1007, 0x1014, 0x101E, 0x101F, 0x1040, 0x1048,
        0x1102,
    ] {
        let v = decode_value(ty, &[0, 0, 0, 0]).unwrap();
        assert_eq!(v.prop_type(), PropertyType(ty));
        assert_eq!(encode_checked(&v), [0, 0, 0, 0]);
        assert_prefixes_fail(&[0, 0, 0, 0], |b| shown(decode_value(ty, b)));
    }
}

#[test]
fn multi_valued_variable_size() {
    use PropertyValue as V;
    value_case(
        0x101E,
        b"\x02\x00\x00\x00ab\0\0",
        V::MultipleString8(List::Items(&[Str8(b"ab"), Str8(b"")])),
    );
    value_case(
        0x101F,
        &[0x02, 0, 0, 0, 0x61, 0x00, 0x00, 0x00, 0x00, 0x00],
        V::MultipleString(List::Items(&[Utf16Str::Str("a"), Utf16Str::Str("")])),
    );
    // PtypMultipleBinary: 4-byte value count, each value with its own 2-byte COUNT.
    value_case(
        0x1102,
        &[0x02, 0, 0, 0, 0x02, 0x00, 0xAA, 0xBB, 0x00, 0x00],
        V::MultipleBinary(List::Items(&[Bin16(&[0xAA, 0xBB]), Bin16(&[])])),
    );
}

#[test]
fn multi_value_counts_are_checked_before_use() {
    for ty in [0x1003u16, 0x1014, 0x101E, 0x101F, 0x1102, 0x1048] {
        let e = decode_value(ty, &[0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]).unwrap_err();
        assert_eq!(
            e,
            DecodeError {
                offset: 4,
                kind: ErrorKind::CountTooLarge {
                    field: "COUNT (multi-valued)"
                }
            },
            "0x{ty:04X}"
        );
    }
    // A 2-byte count (the width of older documents) is read as part of a 4-byte one.
    let e = decode_value(0x1002, &[0x01, 0x00, 0x05, 0x00]).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::CountTooLarge { .. }));
}

// ---- types without a value encoding here ----------------------------------------------

#[test]
fn rule_action_and_object_are_unsupported() {
    for (ty, name) in [
        (0x00FEu16, "PtypRuleAction value"),
        (0x000D, "PtypObject value"),
    ] {
        assert_eq!(
            decode_value(ty, &[0x00, 0x01, 0x00]).unwrap_err(),
            DecodeError {
                offset: 0,
                kind: ErrorKind::UnsupportedStructure(name)
            }
        );
    }
    // Inside a TaggedPropertyValue, reported where the value starts.
    let e = TaggedPropertyValue::decode(&[0xFE, 0x00, 0x80, 0x66, 0x08]).unwrap_err();
    assert_eq!(e.offset, 4);
    assert_eq!(
        e.kind,
        ErrorKind::UnsupportedStructure("PtypRuleAction value")
    );
}

/// PtypRestriction ([MS-OXCDATA] 2.11.1): a Restriction in the standard form, as
/// PidTagRuleCondition (0x667900FD, [MS-OXORULE] 2.2.1.3.1.9) carries it in ROP buffers.
#[test]
fn restriction_values_use_the_standard_form() {
    use ropwire::data::Restriction;
    use ropwire::data::restriction::{RelOp, SubRestriction};
    // AndRestriction (RestrictCount 2 bytes) of an ExistRestriction on PidTagSubject and a
    // PropertyRestriction PidTagImportance == 2.
    let bytes = [
        0x00, 0x02, 0x00, // RES_AND, RestrictCount 2
        0x08, 0x1F, 0x00, 0x37, 0x00, // RES_EXIST PidTagSubject
        0x04, 0x04, 0x03, 0x00, 0x17, 0x00, // RES_PROPERTY RELOP_EQ PidTagImportance
        0x03, 0x00, 0x17, 0x00, 0x02, 0x00, 0x00, 0x00, // TaggedValue 0x00170003 = 2
    ];
    let importance = TaggedPropertyValue::new(0x0017, PropertyValue::Integer32(2));
    let parts = [
        Restriction::exist(PropertyTag(0x0037_001F)),
        Restriction::property(RelOp::RELOP_EQ, PropertyTag(0x0017_0003), &importance),
    ];
    let r = Restriction::and(&parts);
    value_case(
        0x00FD,
        &bytes,
        PropertyValue::Restriction(SubRestriction::new(&r)),
    );
    let v = decode_value(0x00FD, &bytes).unwrap();
    let PropertyValue::Restriction(sub) = v else {
        panic!("{v:?}")
    };
    assert_eq!(sub.get(), r);
    assert_eq!(sub.wire().map(|(b, _)| b), Some(&bytes[..]));
    // The fast skip path agrees, including on every prefix.
    assert_eq!(
        PropertyValue::skip_as(&bytes, PropertyType::PtypRestriction),
        Some(&[][..])
    );
    for n in 0..bytes.len() {
        assert_eq!(
            PropertyValue::skip_as(&bytes[..n], PropertyType::PtypRestriction),
            None
        );
    }
    // PidTagRuleCondition as a TaggedPropertyValue.
    let mut tagged = vec![0xFD, 0x00, 0x79, 0x66];
    tagged.extend_from_slice(&bytes);
    let t = TaggedPropertyValue::decode(&tagged).unwrap();
    assert_eq!(t.tag, PropertyTag(0x6679_00FD));
    assert_eq!(encode_checked(&t), tagged);
    // A bad restriction inside a value is reported at its own offset.
    let e = TaggedPropertyValue::decode(&[0xFD, 0x00, 0x79, 0x66, 0x0C]).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 4,
            kind: ErrorKind::InvalidValue {
                field: "RestrictType"
            }
        }
    );
}

#[test]
fn unknown_property_types_are_invalid() {
    // Not in [MS-OXCDATA] 2.11.1: an unassigned code, a multi-valued Boolean, an MVI
    // type (only valid in column tags) and PtypUnspecified (only valid in tags).
    for ty in [0x0099u16, 0x100B, 0x3003, 0x0000, 0x0103, 0xFFFF] {
        assert_eq!(
            decode_value(ty, &[0, 0, 0, 0, 0, 0, 0, 0]).unwrap_err(),
            DecodeError {
                offset: 0,
                kind: ErrorKind::InvalidValue {
                    field: "PropertyType"
                }
            },
            "0x{ty:04X}"
        );
    }
    let e = TypedPropertyValue::decode(&[0x99, 0x00, 0x01]).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::InvalidValue { .. }));
}

// ---- TypedPropertyValue, TaggedPropertyValue ------------------------------------------

#[test]
fn typed_and_tagged_property_values() {
    // TypedPropertyValue: PropertyType then the value.
    let b = [0x03, 0x00, 0x2A, 0x00, 0x00, 0x00];
    let t = TypedPropertyValue::decode(&b).unwrap();
    assert_eq!(t, TypedPropertyValue(PropertyValue::Integer32(42)));
    assert_eq!(encode_checked(&t), b);
    assert_prefixes_fail(&b, |b| shown(TypedPropertyValue::decode(b)));

    // TaggedPropertyValue: PropertyTag (type, then id) then the value.
    let b = [0x1F, 0x00, 0x37, 0x00, 0x48, 0x00, 0x00, 0x00];
    let t = TaggedPropertyValue::decode(&b).unwrap();
    assert_eq!(t.tag, PropertyTag(0x0037_001F));
    assert_eq!(t.tag.id(), 0x0037);
    assert_eq!(t.tag.prop_type(), PropertyType::PtypString);
    assert_eq!(t.value, PropertyValue::String(Utf16Str::new("H")));
    assert_eq!(encode_checked(&t), b);

    // A tag whose type differs from the value's cannot be encoded.
    let bad = TaggedPropertyValue {
        tag: PropertyTag::new(0x0037, PropertyType::PtypString),
        value: PropertyValue::Integer32(1),
    };
    assert_eq!(
        bad.encode_into(&mut [0u8; 16]),
        Err(EncodeError::InvalidValue {
            field: "PropertyTag (type differs from the value's)"
        })
    );
    let bad = TaggedPropertyValue {
        tag: PropertyTag::new(0x0037, PropertyType::PtypString8),
        value: PropertyValue::String(Utf16Str::new("x")),
    };
    assert!(bad.encode_into(&mut [0u8; 16]).is_err());
}

#[test]
fn property_tags_and_types() {
    let t = PropertyTag::new(0x0E1D, PropertyType::PtypString);
    assert_eq!(t, PropertyTag(0x0E1D_001F));
    assert_eq!(t.0.to_le_bytes(), [0x1F, 0x00, 0x1D, 0x0E]);
    assert_eq!(encode_checked(&t), [0x1F, 0x00, 0x1D, 0x0E]);
    assert_eq!(PropertyTag::decode(&[0x1F, 0x00, 0x1D, 0x0E]).unwrap(), t);
    assert_eq!(
        PropertyType::PtypMultipleString.name(),
        Some("PtypMultipleString")
    );
    assert_eq!(PropertyType(0x1234).name(), None);
    // MVI (0x2000) on a multi-valued column: the row carries one value of the base type.
    assert_eq!(
        PropertyType(0x3003).value_type(),
        PropertyType::PtypInteger32
    );
    assert_eq!(PropertyType(0x301F).value_type(), PropertyType::PtypString);
    assert_eq!(PropertyType(0x1003).value_type(), PropertyType(0x1003));
}

#[test]
fn ids_and_guids() {
    // FID/MID: ReplicaId (2 bytes LE) then GlobalCounter (6 bytes, most significant first).
    let id = Id8::new(0x0001, 0x0000_0E8E_DF36);
    assert_eq!(
        encode_checked(&id),
        [0x01, 0x00, 0x00, 0x00, 0x0E, 0x8E, 0xDF, 0x36]
    );
    assert_eq!(id.replica_id(), 1);
    assert_eq!(id.global_counter(), 0x0E8E_DF36);
    assert_eq!(
        Id8::decode(&[0x01, 0x00, 0x00, 0x00, 0x0E, 0x8E, 0xDF, 0x36]).unwrap(),
        id
    );
    let g = Guid([
        0x78, 0x56, 0x34, 0x12, 0x34, 0x12, 0x78, 0x56, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
        0x08,
    ]);
    assert_eq!(g.to_string(), "{12345678-1234-5678-0102-030405060708}");
    assert_eq!(encode_checked(&g), g.0);
}

// ---- property rows --------------------------------------------------------------------

const INT: PropertyTag = PropertyTag(0x0E08_0003);
const STR: PropertyTag = PropertyTag(0x0037_001F);
const BOOL: PropertyTag = PropertyTag(0x0E1B_000B);
const UNSPEC: PropertyTag = PropertyTag(0x001A_0000);
const MVI_INT: PropertyTag = PropertyTag(0x8001_3003);
const MV_STR: PropertyTag = PropertyTag(0x8002_101F);

#[test]
fn standard_row() {
    static COLS: [PropertyTag; 5] = [INT, STR, UNSPEC, MVI_INT, MV_STR];
    let mut b = vec![0x00];
    b.extend_from_slice(&7u32.to_le_bytes());
    b.extend_from_slice(&[0x61, 0x00, 0x00, 0x00]);
    b.extend_from_slice(&[0x0B, 0x00, 0x01]); // TypedPropertyValue: PtypBoolean true
    b.extend_from_slice(&9u32.to_le_bytes()); // MVI column: a single PtypInteger32
    b.extend_from_slice(&[0x01, 0, 0, 0, 0x62, 0x00, 0x00, 0x00]); // multi-valued string
    let row = decode_row(&b, &COLS).unwrap();
    assert_eq!(row.kind(), RowKind::Standard);
    assert_eq!(row.len(), 5);
    let cells: Vec<_> = row.iter().map(|(_, c)| c).collect();
    assert_eq!(
        cells,
        [
            RowValue::Value(PropertyValue::Integer32(7)),
            RowValue::Value(PropertyValue::String(Utf16Str::new("a"))),
            RowValue::Value(PropertyValue::Boolean(Bool::TRUE)),
            RowValue::Value(PropertyValue::Integer32(9)),
            RowValue::Value(PropertyValue::MultipleString(List::Items(&[
                Utf16Str::Str("b")
            ]))),
        ]
    );
    assert_eq!(encode_checked(&row), b);
    assert_prefixes_fail(&b, |x| shown(decode_row(x, &COLS)));

    // The same row built by a caller encodes to the same bytes.
    let items = [
        RowValue::Value(PropertyValue::Integer32(7)),
        RowValue::Value(PropertyValue::String(Utf16Str::new("a"))),
        RowValue::Value(PropertyValue::Boolean(Bool::TRUE)),
        RowValue::Value(PropertyValue::Integer32(9)),
        RowValue::Value(PropertyValue::MultipleString(List::Items(&[
            Utf16Str::Str("b"),
        ]))),
    ];
    let built = PropertyRow::new(
        LeArray::Slice(&COLS),
        RowKind::Standard,
        RowCells::Items(&items),
    );
    assert_eq!(built, row);
    assert_eq!(encode_checked(&built), b);

    // A PtypUnspecified column may not carry PtypUnspecified as its actual type; the error
    // points at that PropertyType field.
    let mut bad = b.clone();
    bad[9] = 0x00;
    let e = decode_row(&bad, &COLS).unwrap_err();
    assert_eq!(
        e,
        DecodeError {
            offset: 9,
            kind: ErrorKind::InvalidValue {
                field: "PropertyType (PtypUnspecified value)"
            }
        }
    );
}

#[test]
fn flagged_row_with_all_three_flags() {
    static COLS: [PropertyTag; 6] = [INT, STR, BOOL, UNSPEC, UNSPEC, MVI_INT];
    let b = [
        0x01, // FlaggedPropertyRow
        0x00, 0x05, 0x00, 0x00, 0x00, // 0x00: value follows
        0x0A, 0x0F, 0x01, 0x04, 0x80, // 0x0A: PtypErrorCode follows
        0x01, // 0x01: no value
        0x1E, 0x00, 0x00, b'x', 0x00, // WithType: PtypString8, 0x00, value
        0x03, 0x00, 0x01, // WithType: PtypInteger32, 0x01
        0x0A, 0x05, 0x01, 0x04, 0x80, // MVI column, error
    ];
    let row = decode_row(&b, &COLS).unwrap();
    assert_eq!(row.kind(), RowKind::Flagged);
    let cells: Vec<_> = row.iter().collect();
    assert_eq!(
        cells,
        [
            (INT, RowValue::Value(PropertyValue::Integer32(5))),
            (
                STR,
                RowValue::Error {
                    prop_type: PropertyType::PtypString,
                    code: 0x8004_010F
                }
            ),
            (
                BOOL,
                RowValue::NotFound {
                    prop_type: PropertyType::PtypBoolean
                }
            ),
            (UNSPEC, RowValue::Value(PropertyValue::String8(Str8(b"x")))),
            (
                UNSPEC,
                RowValue::NotFound {
                    prop_type: PropertyType::PtypInteger32
                }
            ),
            (
                MVI_INT,
                RowValue::Error {
                    prop_type: PropertyType::PtypInteger32,
                    code: 0x8004_0105
                }
            ),
        ]
    );
    assert_eq!(encode_checked(&row), b);
    assert_prefixes_fail(&b, |x| shown(decode_row(x, &COLS)));

    // Flag values other than 0x00, 0x01, 0x0A are rejected at the flag byte.
    for (at, v) in [(1usize, 0x02u8), (6, 0x0B), (11, 0xFF), (14, 0x03)] {
        let mut bad = b;
        bad[at] = v;
        assert_eq!(
            decode_row(&bad, &COLS).unwrap_err(),
            DecodeError {
                offset: at,
                kind: ErrorKind::InvalidValue {
                    field: "Flag (FlaggedPropertyValue)"
                }
            }
        );
    }
    // The row Flag itself is 0x00 or 0x01.
    let mut bad = b;
    bad[0] = 0x02;
    assert_eq!(
        decode_row(&bad, &COLS).unwrap_err(),
        DecodeError {
            offset: 0,
            kind: ErrorKind::InvalidValue {
                field: "Flag (PropertyRow)"
            }
        }
    );
    // A row without columns is just its Flag.
    assert_eq!(decode_row(&[0x01], &[]).unwrap().len(), 0);
}

#[test]
fn rows_that_cannot_be_encoded() {
    static COLS: [PropertyTag; 2] = [INT, STR];
    let cases: [(RowKind, &[RowValue<'static>]); 5] = [
        // A standard row cell must hold a value.
        (
            RowKind::Standard,
            &[
                RowValue::Value(PropertyValue::Integer32(1)),
                RowValue::NotFound {
                    prop_type: PropertyType::PtypString,
                },
            ],
        ),
        // A value must have its column's type.
        (
            RowKind::Flagged,
            &[
                RowValue::Value(PropertyValue::Integer16(1)),
                RowValue::Value(PropertyValue::String(Utf16Str::Str("a"))),
            ],
        ),
        // A cell without a value still has its column's type (only PtypUnspecified
        // columns carry one on the wire), or it would decode as a different cell.
        (
            RowKind::Flagged,
            &[
                RowValue::NotFound {
                    prop_type: PropertyType::PtypInteger16,
                },
                RowValue::Error {
                    prop_type: PropertyType::PtypString,
                    code: 0x8004_010F,
                },
            ],
        ),
        (
            RowKind::Flagged,
            &[
                RowValue::Value(PropertyValue::Integer32(1)),
                RowValue::Error {
                    prop_type: PropertyType::PtypString8,
                    code: 0x8004_010F,
                },
            ],
        ),
        // One cell per column.
        (
            RowKind::Flagged,
            &[RowValue::Value(PropertyValue::Integer32(1))],
        ),
    ];
    for (kind, cells) in cases {
        let row = PropertyRow::new(LeArray::Slice(&COLS), kind, RowCells::Items(cells));
        assert!(
            matches!(
                row.encode_into(&mut [0u8; 64]),
                Err(EncodeError::InvalidValue { .. })
            ),
            "{row:?}"
        );
    }
}

// ---- RecipientRow ---------------------------------------------------------------------

/// Recipient columns: PidTagRecipientType, PidTagDisplayName, PidTagSmtpAddress.
static RCOLS: [PropertyTag; 3] = [
    PropertyTag(0x0C15_0003),
    PropertyTag(0x3001_001F),
    PropertyTag(0x39FE_001F),
];

fn utf16z(s: &str) -> Vec<u8> {
    let mut v: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
    v.extend_from_slice(&[0, 0]);
    v
}

fn recipient_case(bytes: &[u8]) -> RecipientRow<'_> {
    let r = decode_recipient(bytes, &RCOLS).expect("decode");
    assert_eq!(encode_checked(&r), bytes);
    assert_prefixes_fail(bytes, |b| shown(decode_recipient(b, &RCOLS)));
    r
}

#[test]
fn recipient_x500dn_8bit_strings() {
    let mut b = vec![0x11, 0x00]; // Type X500DN | D
    b.push(0x10); // AddressPrefixUsed
    b.push(0x00); // DisplayType
    b.extend_from_slice(b"/o=Org/ou=EX/cn=Recipients/cn=bob\0");
    b.extend_from_slice(b"Bob\0"); // DisplayName, 8-bit (U clear)
    b.extend_from_slice(&[0x01, 0x00]); // RecipientColumnCount
    b.push(0x00);
    b.extend_from_slice(&1u32.to_le_bytes()); // PidTagRecipientType: To
    let r = recipient_case(&b);
    assert_eq!(r.flags.recipient_type(), 1);
    assert!(!r.flags.contains(RecipientFlags::U));
    assert_eq!(
        r.x500,
        Some(X500Part {
            address_prefix_used: 0x10,
            display_type: 0,
            x500_dn: Str8(b"/o=Org/ou=EX/cn=Recipients/cn=bob"),
        })
    );
    assert_eq!(r.dist_list, None);
    assert_eq!(r.address_type, None);
    assert_eq!(r.display_name, Some(RecipientString::Ansi(Str8(b"Bob"))));
    assert_eq!(r.email_address, None);
    let cols: Vec<_> = r.properties.iter().collect();
    assert_eq!(
        cols,
        [(RCOLS[0], RowValue::Value(PropertyValue::Integer32(1)))]
    );
}

#[test]
fn recipient_distribution_lists() {
    // PersonalDistributionList1 with Unicode strings.
    let mut b = vec![0x16, 0x02]; // Type PDL1 | D | U
    b.extend_from_slice(&[0x04, 0x00, 0x01, 0x02, 0x03, 0x04]); // EntryIdSize, EntryID
    b.extend_from_slice(&[0x02, 0x00, 0xAA, 0xBB]); // SearchKeySize, SearchKey
    b.extend_from_slice(&utf16z("Team"));
    b.extend_from_slice(&[0x00, 0x00, 0x00]); // no columns, StandardPropertyRow flag
    let r = recipient_case(&b);
    assert_eq!(r.flags.recipient_type(), 6);
    assert_eq!(
        r.dist_list,
        Some(DistListPart {
            entry_id: &[1, 2, 3, 4],
            search_key: &[0xAA, 0xBB]
        })
    );
    assert_eq!(
        r.display_name,
        Some(RecipientString::Unicode(Utf16Str::new("Team")))
    );
    assert!(r.properties.is_empty());

    // PersonalDistributionList2 with empty EntryID and SearchKey, 8-bit strings.
    let b = [0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x01];
    let r = recipient_case(&b);
    assert_eq!(r.flags.recipient_type(), 7);
    assert_eq!(
        r.dist_list,
        Some(DistListPart {
            entry_id: &[],
            search_key: &[]
        })
    );
    assert_eq!(
        r.properties.iter().collect::<Vec<_>>(),
        [(
            RCOLS[0],
            RowValue::NotFound {
                prop_type: PropertyType::PtypInteger32
            }
        )]
    );
}

#[test]
fn recipient_no_type_with_address_type() {
    // NoType | O | U | E: AddressType (always 8-bit), then a Unicode EmailAddress.
    let mut b = vec![0x08, 0x82];
    b.extend_from_slice(b"EX\0");
    b.extend_from_slice(&utf16z("x@y"));
    b.extend_from_slice(&[0x02, 0x00]); // RecipientColumnCount: first 2 columns
    b.push(0x01); // FlaggedPropertyRow
    b.extend_from_slice(&[0x00, 0x02, 0x00, 0x00, 0x00]); // PidTagRecipientType: Cc
    b.push(0x01); // PidTagDisplayName not present
    let r = recipient_case(&b);
    assert_eq!(r.flags.recipient_type(), 0);
    assert!(
        r.flags
            .contains(RecipientFlags::O | RecipientFlags::U | RecipientFlags::E)
    );
    assert_eq!(r.address_type, Some(Str8(b"EX")));
    assert_eq!(
        r.email_address,
        Some(RecipientString::Unicode(Utf16Str::new("x@y")))
    );
    assert_eq!(r.properties.columns().len(), 2);
    assert_eq!(r.properties.kind(), RowKind::Flagged);

    // NoType without O: no AddressType.
    let b = [0x00, 0x00, 0x00, 0x00, 0x00];
    let r = recipient_case(&b);
    assert_eq!(r.address_type, None);
    assert_eq!(r.flags.bits(), 0);
    // O with a Type other than NoType: no AddressType either.
    let b = [0x03, 0x80, 0x00, 0x00, 0x00];
    let r = recipient_case(&b);
    assert_eq!(r.address_type, None);
    assert_eq!(r.flags.recipient_type(), 3);
}

#[test]
fn recipient_smtp_with_every_string_unicode_and_8bit() {
    // SMTP | E | D | T | S | R | N | U | I: strings in the order Email, Display, Simple,
    // Transmittable.
    let mut b = vec![0xFB, 0x07];
    for s in ["a@example.com", "Alice", "alice", "Alice A."] {
        b.extend_from_slice(&utf16z(s));
    }
    b.extend_from_slice(&[0x03, 0x00, 0x00]);
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&utf16z("Alice"));
    b.extend_from_slice(&utf16z("a@example.com"));
    let r = recipient_case(&b);
    let u = |s: &'static str| Some(RecipientString::Unicode(Utf16Str::new(s)));
    assert_eq!(r.flags.recipient_type(), 3);
    assert_eq!(r.email_address, u("a@example.com"));
    assert_eq!(r.display_name, u("Alice"));
    assert_eq!(r.simple_display_name, u("alice"));
    assert_eq!(r.transmittable_display_name, u("Alice A."));
    assert!(
        r.flags
            .contains(RecipientFlags::S | RecipientFlags::R | RecipientFlags::N)
    );
    assert_eq!(r.properties.len(), 3);

    // The same with U clear: 8-bit strings.
    let mut b = vec![0xFB, 0x05];
    b.extend_from_slice(b"a@example.com\0Alice\0alice\0Alice A.\0");
    b.extend_from_slice(&[0x00, 0x00, 0x00]);
    let r = recipient_case(&b);
    assert_eq!(
        r.transmittable_display_name,
        Some(RecipientString::Ansi(Str8(b"Alice A.")))
    );
    assert_eq!(
        r.simple_display_name,
        Some(RecipientString::Ansi(Str8(b"alice")))
    );

    // Other types have no type-specific part; reserved bits survive a round trip.
    for bits in [0x0002u16, 0x0004, 0x0005, 0x1803] {
        let mut b = bits.to_le_bytes().to_vec();
        b.extend_from_slice(&[0x00, 0x00, 0x00]);
        let r = recipient_case(&b);
        assert_eq!(r.flags.bits(), bits);
        assert!(r.x500.is_none() && r.dist_list.is_none() && r.address_type.is_none());
    }
}

#[test]
fn recipient_column_count_beyond_the_columns_is_an_error() {
    let b = [0x00, 0x00, 0x04, 0x00, 0x00];
    assert_eq!(
        decode_recipient(&b, &RCOLS).unwrap_err(),
        DecodeError {
            offset: 2,
            kind: ErrorKind::CountTooLarge {
                field: "RecipientColumnCount"
            }
        }
    );
    // An unpaired surrogate in a U-flagged string is data, re-encoded byte for byte.
    let b = [0x10, 0x02, 0x00, 0xDC, 0x00, 0x00, 0x00, 0x00, 0x00];
    let r = decode_recipient(&b, &RCOLS).expect("an unpaired surrogate is data");
    assert_eq!(
        r.display_name,
        Some(RecipientString::Unicode(Utf16Str::Wire(&[0x00, 0xDC])))
    );
    assert_eq!(encode_checked(&r), b);
}

#[test]
fn recipient_parts_must_agree_with_flags() {
    let props = PropertyRow::new(LeArray::Slice(&[]), RowKind::Standard, RowCells::Items(&[]));
    let base = RecipientRow {
        flags: RecipientFlags::from_bits_retain(0x0003),
        x500: None,
        dist_list: None,
        address_type: None,
        email_address: None,
        display_name: None,
        simple_display_name: None,
        transmittable_display_name: None,
        properties: props,
    };
    assert_eq!(encode_checked(&base), [0x03, 0x00, 0x00, 0x00, 0x00]);
    let bad = [
        // X500DN type without its part.
        RecipientRow {
            flags: RecipientFlags::from_bits_retain(0x0001),
            ..base
        },
        // A distribution-list part on an SMTP recipient.
        RecipientRow {
            dist_list: Some(DistListPart {
                entry_id: &[],
                search_key: &[],
            }),
            ..base
        },
        // D set without DisplayName.
        RecipientRow {
            flags: RecipientFlags::from_bits_retain(0x0013),
            ..base
        },
        // E clear with an EmailAddress.
        RecipientRow {
            email_address: Some(RecipientString::Ansi(Str8(b"a"))),
            ..base
        },
        // U set but an 8-bit DisplayName.
        RecipientRow {
            flags: RecipientFlags::from_bits_retain(0x0213),
            display_name: Some(RecipientString::Ansi(Str8(b"a"))),
            ..base
        },
    ];
    for r in bad {
        assert!(
            matches!(
                r.encode_into(&mut [0u8; 64]),
                Err(EncodeError::InvalidValue { .. })
            ),
            "{r:?}"
        );
    }
}

// ---- property-based round trips ------------------------------------------------------

/// `List::for_each_ref` visits the elements `iter` yields, with their indexes, for a decoded
/// list and a caller-built one; on wire bytes that stop decoding (a `List::Wire` built by
/// hand: decoding never produces one) both stop at the same element ([MS-OXCDATA] 2.11.4).
#[test]
fn list_for_each_ref_visits_what_iter_yields() {
    // PidTagSubject "Hi", PidTagImportance 1, PidTagRead (PtypBoolean) 1.
    let wire = hex("1F 00 37 00 48 00 69 00 00 00 03 00 17 00 01 00 00 00 0B 00 02 0E 01");
    let (rest, list) =
        List::<TaggedPropertyValue>::parse(&wire, 3, 4, (), "PropertyValueCount").unwrap();
    assert!(rest.is_empty());
    let expected = [
        TaggedPropertyValue {
            tag: PropertyTag(0x0037_001F),
            value: PropertyValue::String(Utf16Str::Str("Hi")),
        },
        TaggedPropertyValue {
            tag: PropertyTag(0x0017_0003),
            value: PropertyValue::Integer32(1),
        },
        TaggedPropertyValue {
            tag: PropertyTag(0x0E02_000B),
            value: PropertyValue::Boolean(Bool::TRUE),
        },
    ];
    let items = List::Items(&expected);
    for l in [list, items] {
        let mut seen = Vec::new();
        l.for_each_ref(|i, v| seen.push((i, *v)));
        assert_eq!(
            seen,
            expected.iter().copied().enumerate().collect::<Vec<_>>()
        );
        assert_eq!(
            seen,
            l.iter().enumerate().collect::<Vec<_>>(),
            "for_each_ref and iter differ"
        );
    }
    // Three announced, the second cut inside its value: one element, then a stop.
    let cut: List<TaggedPropertyValue> = List::Wire {
        bytes: &wire[..14],
        count: 3,
        ctx: (),
    };
    let mut seen = Vec::new();
    cut.for_each_ref(|i, v| seen.push((i, *v)));
    assert_eq!(seen, [(0, expected[0])]);
    assert_eq!(cut.iter().count(), 1);
}

proptest! {
    #[test]
    fn property_value_round_trip(v in PropertyValue::arb()) {
        let bytes = leak(encode_checked(&v));
        let ty = v.prop_type().0;
        prop_assert_eq!(decode_value(ty, bytes).unwrap(), v);
        assert_prefixes_fail(bytes, |b| shown(decode_value(ty, b)));
    }

    #[test]
    fn typed_property_value_round_trip(v in TypedPropertyValue::arb()) {
        let bytes = leak(encode_checked(&v));
        let d = TypedPropertyValue::decode(bytes).unwrap();
        prop_assert_eq!(encode_checked(&d), bytes);
        prop_assert_eq!(d, v);
    }

    #[test]
    fn tagged_property_value_round_trip(v in TaggedPropertyValue::arb()) {
        let bytes = leak(encode_checked(&v));
        let d = TaggedPropertyValue::decode(bytes).unwrap();
        prop_assert_eq!(encode_checked(&d), bytes);
        prop_assert_eq!(d, v);
        assert_prefixes_fail(bytes, |b| shown(TaggedPropertyValue::decode(b)));
    }

    /// Bytes → value → bytes: any successful decode of a mutated encoding is canonical.
    #[test]
    fn tagged_property_value_mutated_bytes(v in TaggedPropertyValue::arb(), at in any::<Index>(), byte in any::<u8>()) {
        let mut bytes = encode_checked(&v);
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok((d, n)) = TaggedPropertyValue::decode_prefix(&bytes) {
            prop_assert_eq!(encode_checked(&d), &bytes[..n]);
        }
    }

    #[test]
    fn row_round_trip(row in ropwire::data::row::arb::row()) {
        let bytes = leak(encode_checked(&row));
        let cols: &'static [PropertyTag] = row.columns().iter().collect::<Vec<_>>().leak();
        let d = decode_row(bytes, cols).unwrap();
        prop_assert_eq!(&d, &row);
        prop_assert_eq!(encode_checked(&d), bytes);
        assert_prefixes_fail(bytes, |b| shown(decode_row(b, cols)));
    }

    #[test]
    fn row_mutated_bytes(row in ropwire::data::row::arb::row(), at in any::<Index>(), byte in any::<u8>()) {
        let mut bytes = encode_checked(&row);
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let cols: Vec<PropertyTag> = row.columns().iter().collect();
        if let Ok((rest, d)) = PropertyRow::decode_with(&bytes, LeArray::Slice(&cols)) {
            let n = bytes.len() - rest.len();
            prop_assert_eq!(encode_checked(&d), &bytes[..n]);
        }
    }

    /// Recipient rows decode against a column list longer than the row uses: the row's
    /// properties are the first RecipientColumnCount columns.
    #[test]
    fn recipient_row_round_trip(
        r in ropwire::data::recipient::arb::recipient_row(ropwire::data::row::arb::row().boxed()),
        extra in prop::collection::vec(any::<u32>(), 0..3),
    ) {
        let bytes = leak(encode_checked(&r));
        let mut cols: Vec<PropertyTag> = r.properties.columns().iter().collect();
        cols.extend(extra.into_iter().map(PropertyTag));
        let cols: &'static [PropertyTag] = cols.leak();
        let d = decode_recipient(bytes, cols).unwrap();
        prop_assert_eq!(&d, &r);
        prop_assert_eq!(encode_checked(&d), bytes);
        assert_prefixes_fail(bytes, |b| shown(decode_recipient(b, cols)));
    }
}

// ---- [MS-OXCSTOR] section 4: a tagged property value ----------------------------------

/// [MS-OXCSTOR] 4 (introduction): a TaggedPropertyValue with tag 0x66760003
/// (PtypInteger32) and the value 10.
#[test]
fn oxcstor_tagged_property_value() {
    let b = hex("0020: 03 00 76 66 0a 00 00-00");
    let t = TaggedPropertyValue::decode(&b).unwrap();
    assert_eq!(t.tag, PropertyTag(0x6676_0003));
    assert_eq!(t.tag.prop_type(), PropertyType::PtypInteger32);
    assert_eq!(t.value, PropertyValue::Integer32(10));
    assert_eq!(encode_checked(&t), b);
    for n in 0..b.len() {
        assert!(TaggedPropertyValue::decode(&b[..n]).is_err());
    }
}

// ---- the fast validation path agrees with the decoders ---------------------------------

proptest! {
    /// Wherever the fast check accepts a value, the decoder accepts it with the same rest;
    /// wherever the decoder accepts one, the fast check does too (it may only say "look
    /// closer" on bad input).
    #[test]
    fn skip_as_agrees_with_decode_as(
        ty in prop::sample::select(PropertyType::ALL.to_vec()),
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let skip = PropertyValue::skip_as(&bytes, ty);
        let decode = PropertyValue::decode_as(&bytes, ty).ok().map(|(r, _)| r);
        prop_assert_eq!(skip, decode);
    }

    /// The same for PtypRestriction values, from valid encodings with one byte changed (random
    /// bytes rarely make a restriction).
    #[test]
    fn restriction_skip_agrees_with_decode(
        r in ropwire::data::restriction::arb::tree(3),
        at in any::<Index>(),
        byte in any::<u8>(),
        cut in any::<Index>(),
    ) {
        let mut bytes = encode_checked(&r);
        let valid = bytes.clone();
        for b in [&valid[..], &valid[..cut.index(valid.len() + 1)]] {
            let skip = PropertyValue::skip_as(b, PropertyType::PtypRestriction);
            let decode = PropertyValue::decode_as(b, PropertyType::PtypRestriction).ok().map(|(r, _)| r);
            prop_assert_eq!(skip, decode);
        }
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let skip = PropertyValue::skip_as(&bytes, PropertyType::PtypRestriction);
        let decode = PropertyValue::decode_as(&bytes, PropertyType::PtypRestriction).ok().map(|(r, _)| r);
        prop_assert_eq!(skip, decode);
    }

    /// The same for whole rows, standard and flagged, over random columns.
    #[test]
    fn row_skip_agrees_with_decode(
        cols in proptest::collection::vec(prop::sample::select(PropertyType::ALL.to_vec()), 0..4),
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let tags: Vec<PropertyTag> = cols.iter().map(|t| PropertyTag::new(0x1234, *t)).collect();
        let columns = LeArray::Slice(&tags);
        let skip = PropertyRow::skip_with(&bytes, columns);
        let decode = PropertyRow::decode_with(&bytes, columns).ok().map(|(r, _)| r);
        prop_assert_eq!(skip, decode);
    }

    /// The same for recipient rows over random columns.
    #[test]
    fn recipient_skip_agrees_with_decode(
        cols in proptest::collection::vec(prop::sample::select(PropertyType::ALL.to_vec()), 0..3),
        bytes in proptest::collection::vec(any::<u8>(), 0..80),
    ) {
        let tags: Vec<PropertyTag> = cols.iter().map(|t| PropertyTag::new(0x1234, *t)).collect();
        let columns = LeArray::Slice(&tags);
        let skip = <RecipientRow as DecodeCtx<_>>::skip_ctx(&bytes, columns);
        let decode = RecipientRow::parse_ctx(&bytes, columns).ok().map(|(r, _)| r);
        prop_assert_eq!(skip, decode);
    }
}

#[test]
fn le_array_iterates_wire_bytes_and_slices_alike() {
    // Three u16 elements on the wire and a stray byte after them (never an element).
    let bytes = [0x01, 0x00, 0x02, 0x00, 0xFF, 0xFF, 0x7F];
    let wire = LeArray::<u16>::Wire(&bytes);
    let slice = LeArray::Slice(&[1u16, 2, 0xFFFF]);
    for a in [wire, slice] {
        let mut it = a.iter();
        assert_eq!(it.size_hint(), (3, Some(3)));
        assert_eq!(it.next(), Some(1));
        assert_eq!(it.size_hint(), (2, Some(2)));
        assert_eq!(it.by_ref().collect::<Vec<_>>(), [2, 0xFFFF]);
        assert_eq!(it.next(), None);
        assert_eq!(it.size_hint(), (0, Some(0)));
    }
    assert_eq!(wire, slice);
}
