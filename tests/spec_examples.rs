//! Byte vectors from the Protocol Examples sections (section 4) of the Exchange protocol
//! specifications that are not ROPs. The ROP vectors are in the module of their ROP's
//! family in `tests/rop/`. Each test names its source.

use ropwire::data::{PropertyTag, PropertyType, PropertyValue, TaggedPropertyValue};
use ropwire::{Decode, Encode};

/// Parses a hex dump as printed in the specifications ("0000: 0A 00 00 24-00 ...").
fn hex(dump: &str) -> Vec<u8> {
    dump.lines()
        .flat_map(|line| {
            let bytes = line.split_once(':').map_or(line, |(_, b)| b);
            bytes
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|t| !t.is_empty())
                .map(|t| u8::from_str_radix(t, 16).expect("hex byte"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Encodes into a buffer pre-filled with 0xA5 (and longer than needed); checks the count
/// against `encoded_len` and that nothing past it changed.
fn encode_a5<T: Encode>(v: &T) -> Vec<u8> {
    let mut buf = vec![0xA5u8; v.encoded_len() + 16];
    let n = v.encode_into(&mut buf).expect("encode");
    assert_eq!(n, v.encoded_len());
    assert!(buf[n..].iter().all(|&b| b == 0xA5));
    buf.truncate(n);
    buf
}

// ---- [MS-OXCSTOR] section 4: a tagged property value ----------------------------------

/// [MS-OXCSTOR] 4 (introduction): a TaggedPropertyValue with tag 0x66760003
/// (PtypInteger32) and the value 10.
#[test]
fn oxcstor_tagged_property_value() {
    let b = hex("0020: 03 00 76 66 0a 00 00-00");
    let t = TaggedPropertyValue::decode_exact(&b).unwrap();
    assert_eq!(t.tag, PropertyTag(0x6676_0003));
    assert_eq!(t.tag.prop_type(), PropertyType::PtypInteger32);
    assert_eq!(t.value, PropertyValue::Integer32(10));
    assert_eq!(encode_a5(&t), b);
    for n in 0..b.len() {
        assert!(TaggedPropertyValue::decode_exact(&b[..n]).is_err());
    }
}
