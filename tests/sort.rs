//! Table sorting structures ([MS-OXCDATA] 2.13): SortOrder and SortOrderSet, and the form
//! RopSortTable declares them with ([MS-OXCROPS] 2.2.5.2.1).

use proptest::prelude::*;

use ropwire::arbitrary::Arb;
use ropwire::data::sort::{Order, SortOrderFields};
use ropwire::data::{PropertyTag, PropertyType, SortOrder, SortOrderSet};
use ropwire::wire::form::Form;
use ropwire::{Decode, DecodeError, EncodeError, ErrorKind};

mod common;
use common::encode_checked;

const DELIVERY_TIME: PropertyTag = PropertyTag(0x0E06_0040);

fn text(f: impl FnOnce(&mut ropwire::dissect::Text<&mut String>)) -> String {
    let mut s = String::new();
    let mut t = ropwire::dissect::Text::new(&mut s);
    f(&mut t);
    t.finish().unwrap();
    s
}

/// SortOrder (2.13.1): PropertyType (2 bytes), PropertyId (2 bytes), Order (1 byte).
#[test]
fn sort_order() {
    let b = [0x40, 0x00, 0x06, 0x0E, 0x01];
    let s = SortOrder::decode(&b).unwrap();
    assert_eq!(s, SortOrder::new(DELIVERY_TIME, Order::DESCENDING));
    assert_eq!(s.property_type, PropertyType::PtypTime);
    assert_eq!(s.property_id, 0x0E06);
    assert_eq!(s.property_tag(), DELIVERY_TIME);
    assert!(!s.is_multivalue_instance());
    assert_eq!(encode_checked(&s), b);
    for n in 0..b.len() {
        assert!(SortOrder::decode(&b[..n]).is_err());
    }
    // A multivalued column sorted by its instances: PtypMultipleString | MultivalueInstance.
    let mvi = SortOrder::decode(&[0x1F, 0x30, 0x2D, 0x67, 0x04]).unwrap();
    assert!(mvi.is_multivalue_instance());
    assert_eq!(
        mvi.property_tag().prop_type().value_type(),
        PropertyType::PtypString
    );
    assert_eq!(mvi.order, Order::MAXIMUM_CATEGORY);
    assert_eq!(Order(0x08).name(), None, "unknown orders are kept");
    assert_eq!(
        encode_checked(&SortOrder::decode(&[0x1F, 0x00, 0x37, 0x00, 0x08]).unwrap()),
        [0x1F, 0x00, 0x37, 0x00, 0x08]
    );
}

/// SortOrderSet (2.13.2): SortOrderCount, CategorizedCount, ExpandedCount (2 bytes each),
/// then the sort orders: a categorized view by conversation topic, expanded, then by
/// delivery time descending.
#[test]
fn sort_order_set() {
    let b = [
        0x02, 0x00, 0x01, 0x00, 0x01, 0x00, // counts: 2 sort orders, 1 category, expanded
        0x1F, 0x00, 0x70, 0x00, 0x00, // PidTagConversationTopic ascending
        0x40, 0x00, 0x06, 0x0E, 0x01, // PidTagMessageDeliveryTime descending
    ];
    let orders = [
        SortOrder::new(PropertyTag(0x0070_001F), Order::ASCENDING),
        SortOrder::new(DELIVERY_TIME, Order::DESCENDING),
    ];
    let set = SortOrderSet::decode(&b).unwrap();
    assert_eq!(set.sort_order_count(), 2);
    assert_eq!(set.categorized_count(), 1);
    assert_eq!(set.expanded_count(), 1);
    assert_eq!(set.sort_orders().iter().collect::<Vec<_>>(), orders);
    assert!(set.is_valid());
    assert_eq!(set, SortOrderSet::new(&orders, 1, 1).unwrap());
    assert_eq!(encode_checked(&set), b);
    assert_eq!(
        encode_checked(&SortOrderSet::new(&orders, 1, 1).unwrap()),
        b
    );
    for n in 0..b.len() {
        assert!(SortOrderSet::decode(&b[..n]).is_err());
    }
    // No sort orders at all (a standard, unsorted request) is a valid set.
    let none = SortOrderSet::standard(&[]).unwrap();
    assert_eq!(encode_checked(&none), [0, 0, 0, 0, 0, 0]);
    assert_eq!(SortOrderSet::decode(&[0, 0, 0, 0, 0, 0]).unwrap(), none);
}

/// The counts must satisfy CategorizedCount ≤ SortOrderCount and ExpandedCount ≤
/// CategorizedCount (2.13.2). A received set that does not is kept as it came (it
/// re-encodes byte for byte, and `is_valid` says so); a writer cannot build one.
#[test]
fn count_rules_liberal_on_read_strict_on_write() {
    let b = [
        0x01, 0x00, 0x03, 0x00, 0x04, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x00,
    ];
    let set = SortOrderSet::decode(&b).unwrap();
    assert_eq!((set.categorized_count(), set.expanded_count()), (3, 4));
    assert!(!set.is_valid());
    assert_eq!(encode_checked(&set), b);

    let orders = [SortOrder::new(DELIVERY_TIME, Order::ASCENDING)];
    assert_eq!(
        SortOrderSet::new(&orders, 2, 0).unwrap_err(),
        EncodeError::InvalidValue {
            field: "CategorizedCount (more than SortOrderCount)"
        }
    );
    assert_eq!(
        SortOrderSet::new(&orders, 1, 2).unwrap_err(),
        EncodeError::InvalidValue {
            field: "ExpandedCount (more than CategorizedCount)"
        }
    );
    assert!(SortOrderSet::new(&orders, 1, 1).unwrap().is_valid());
    assert_eq!(
        SortOrderSet::decode(&[
            0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x06, 0x0E, 0x01
        ])
        .unwrap_err(),
        DecodeError {
            offset: 6,
            kind: ErrorKind::CountTooLarge {
                field: "SortOrderCount"
            }
        }
    );
}

/// The text form uses the spec names of 2.13.2; declared with `SortOrderFields`, a ROP that
/// carries the fields inline dumps its own names (RopSortTable's CategoryCount).
#[test]
fn dump_names() {
    let orders = [SortOrder::new(DELIVERY_TIME, Order::DESCENDING)];
    let set = SortOrderSet::new(&orders, 1, 0).unwrap();
    let alone = text(|t| t.value(format_args!("SortOrderSet"), &set));
    assert_eq!(
        alone,
        "SortOrderSet SortOrderCount=0x0001 CategorizedCount=0x0001 ExpandedCount=0x0000\n  \
         SortOrders:\n    [0] PropertyType=0x0040 (PtypTime) PropertyId=0x0E06 Order=0x01 \
         (Descending)\n"
    );
    let inline = text(|t| {
        t.start(format_args!("RopSortTable"));
        <SortOrderFields as Form<'_, SortOrderSet<'_>>>::dump(
            &set,
            "SortOrderCount CategoryCount ExpandedCount SortOrders",
            t,
        );
    });
    assert!(
        inline.starts_with(
            "RopSortTable SortOrderCount=0x0001 CategoryCount=0x0001 ExpandedCount=0x0000\n"
        ),
        "{inline}"
    );
    // The form reads and writes the same bytes as the structure.
    let b = encode_checked(&set);
    let (rest, v) = <SortOrderFields as Form<'_, SortOrderSet<'_>>>::parse(&b, "").unwrap();
    assert!(rest.is_empty());
    assert_eq!(v, set);
    assert_eq!(
        <SortOrderFields as Form<'_, SortOrderSet<'_>>>::encoded_len(&v),
        b.len()
    );
}

proptest! {
    #[test]
    fn sort_order_set_round_trip(set in SortOrderSet::arb()) {
        prop_assert!(set.is_valid());
        let b = encode_checked(&set);
        let d = SortOrderSet::decode(&b).unwrap();
        prop_assert_eq!(d, set);
        prop_assert_eq!(encode_checked(&d), b.clone());
        for n in 0..b.len() {
            prop_assert!(SortOrderSet::decode(&b[..n]).is_err());
        }
    }

    #[test]
    fn any_bytes_decode_to_what_they_encode(b in proptest::collection::vec(any::<u8>(), 0..24)) {
        if let Ok((set, n)) = SortOrderSet::decode_prefix(&b) {
            prop_assert_eq!(encode_checked(&set), &b[..n]);
        }
    }
}

/// `SortOrderSet::arbitrary` (RopSortTable's field generator) round-trips, counts within the
/// rule or not.
#[test]
fn arbitrary_sort_order_sets_round_trip() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut invalid = 0;
    for seed in 0..2000u32 {
        let data: Vec<u8> = (0..64u32)
            .map(|i| (seed.wrapping_mul(2_654_435_761).rotate_left(i) >> 24) as u8)
            .collect();
        let Ok(set) = SortOrderSet::arbitrary(&mut Unstructured::new(&data)) else {
            continue;
        };
        invalid += usize::from(!set.is_valid());
        let b = encode_checked(&set);
        assert_eq!(SortOrderSet::decode(&b).unwrap(), set);
    }
    assert!(invalid > 0);
}
