//! Table sorting structures ([MS-OXCDATA] 2.13): SortOrder and SortOrderSet, which
//! RopSortTable carries inline ([MS-OXCROPS] 2.2.5.2.1, [MS-OXCTABL] 2.2.2.3.1).

use crate::data::proptag::{PropertyTag, PropertyType};
use crate::error::EncodeError;
use crate::wire::form::{Form, split_names};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, LeArray, LeElem, PResult, Writer, le_u16, u16_len,
};

code_set! {
    /// Order of a SortOrder ([MS-OXCDATA] 2.13.1); an open set, unknown values kept.
    pub struct Order(u8);
    /// Ascending: sort by this column in ascending order ([MS-OXCDATA] 2.13.1).
    ASCENDING = 0x00 => "Ascending";
    /// Descending: sort by this column in descending order ([MS-OXCDATA] 2.13.1).
    DESCENDING = 0x01 => "Descending";
    /// MaximumCategory: an aggregated column of a categorized sort, whose maximum value in
    /// each group orders the groups ([MS-OXCDATA] 2.13.1).
    MAXIMUM_CATEGORY = 0x04 => "MaximumCategory";
}

code_codec!(Order: u8, 1);

wire_struct! {
    /// SortOrder ([MS-OXCDATA] 2.13.1): a column to sort on and the direction. The type may
    /// carry the MultivalueInstance flag (0x2000) to sort a multivalued column by its single
    /// values ([`SortOrder::is_multivalue_instance`]).
    pub struct SortOrder {
        property_type "PropertyType": PropertyType,
        property_id "PropertyId": u16,
        order "Order": Order,
    }
}

impl SortOrder {
    /// Sort on the column `tag` in `order` ([MS-OXCDATA] 2.13.1).
    pub const fn new(tag: PropertyTag, order: Order) -> Self {
        SortOrder {
            property_type: tag.prop_type(),
            property_id: tag.id(),
            order,
        }
    }

    /// The column as a property tag: PropertyType and PropertyId ([MS-OXCDATA] 2.13.1).
    pub const fn property_tag(&self) -> PropertyTag {
        PropertyTag::new(self.property_id, self.property_type)
    }

    /// Whether PropertyType has the MultivalueInstance flag 0x2000 ([MS-OXCDATA] 2.11.1,
    /// 2.13.1).
    pub const fn is_multivalue_instance(&self) -> bool {
        self.property_type.0 & PropertyType::MVI_FLAG != 0
    }
}

impl LeElem for SortOrder {
    const SIZE: usize = 5;

    #[inline]
    fn read(bytes: &[u8]) -> Option<Self> {
        let b = bytes.first_chunk::<5>()?;
        Some(SortOrder {
            property_type: PropertyType(u16::from_le_bytes([b[0], b[1]])),
            property_id: u16::from_le_bytes([b[2], b[3]]),
            order: Order(b[4]),
        })
    }

    #[inline]
    fn write(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.encode(w)
    }
}

/// SortOrderSet ([MS-OXCDATA] 2.13.2): SortOrderCount (2 bytes), CategorizedCount (2 bytes),
/// ExpandedCount (2 bytes), then SortOrderCount SortOrder structures.
///
/// The first CategorizedCount sort orders are categories; the first ExpandedCount of those
/// start expanded. The spec requires CategorizedCount ≤ SortOrderCount and ExpandedCount ≤
/// CategorizedCount. Decoding keeps whatever counts arrive (they do not change the layout,
/// so a server can answer the ROP with an error instead of refusing the whole buffer;
/// [`SortOrderSet::is_valid`] checks them); [`SortOrderSet::new`], the only other way to
/// build one, refuses counts that break the rule, so a writer sends only valid sets.
///
/// RopSortTable carries these fields inline, with CategorizedCount named CategoryCount
/// ([MS-OXCROPS] 2.2.5.2.1): declare it with the [`SortOrderFields`] form to dump its names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SortOrderSet<'a> {
    categorized_count: u16,
    expanded_count: u16,
    sort_orders: LeArray<'a, SortOrder>,
}

impl<'a> SortOrderSet<'a> {
    /// A set of `sort_orders` whose first `categorized_count` are categories, the first
    /// `expanded_count` of them expanded; counts beyond the rule of [MS-OXCDATA] 2.13.2
    /// (or more than 0xFFFF sort orders) are refused.
    pub fn new(
        sort_orders: &'a [SortOrder],
        categorized_count: u16,
        expanded_count: u16,
    ) -> Result<Self, EncodeError> {
        let set = SortOrderSet {
            categorized_count,
            expanded_count,
            sort_orders: LeArray::Slice(sort_orders),
        };
        u16_len(sort_orders.len(), "SortOrderCount")?;
        if usize::from(categorized_count) > sort_orders.len() {
            return Err(EncodeError::InvalidValue {
                field: "CategorizedCount (more than SortOrderCount)",
            });
        }
        if expanded_count > categorized_count {
            return Err(EncodeError::InvalidValue {
                field: "ExpandedCount (more than CategorizedCount)",
            });
        }
        Ok(set)
    }

    /// A standard (uncategorized) sort on `sort_orders` ([MS-OXCDATA] 2.13.2).
    pub fn standard(sort_orders: &'a [SortOrder]) -> Result<Self, EncodeError> {
        Self::new(sort_orders, 0, 0)
    }

    /// `SortOrderCount` ([MS-OXCDATA] 2.13.2).
    pub fn sort_order_count(&self) -> usize {
        self.sort_orders.len()
    }

    /// `CategorizedCount` ([MS-OXCDATA] 2.13.2).
    pub const fn categorized_count(&self) -> u16 {
        self.categorized_count
    }

    /// `ExpandedCount` ([MS-OXCDATA] 2.13.2).
    pub const fn expanded_count(&self) -> u16 {
        self.expanded_count
    }

    /// `SortOrders` ([MS-OXCDATA] 2.13.2).
    pub const fn sort_orders(&self) -> LeArray<'a, SortOrder> {
        self.sort_orders
    }

    /// Whether CategorizedCount ≤ SortOrderCount and ExpandedCount ≤ CategorizedCount, as
    /// [MS-OXCDATA] 2.13.2 requires (always true for sets built with [`SortOrderSet::new`]).
    pub fn is_valid(&self) -> bool {
        usize::from(self.categorized_count) <= self.sort_orders.len()
            && self.expanded_count <= self.categorized_count
    }

    /// Reports the fields under `names`: the four spec names of the counts and the array.
    fn dump_named(&self, names: [&str; 4], d: &mut dyn Dumper) {
        d.int(names[0], self.sort_orders.len() as u64, 2);
        d.int(names[1], u64::from(self.categorized_count), 2);
        d.int(names[2], u64::from(self.expanded_count), 2);
        d.begin(names[3]);
        for (i, s) in self.sort_orders.iter().enumerate() {
            d.begin_item(i);
            s.dump(d);
            d.end();
        }
        d.end();
    }
}

/// The spec names of the SortOrderSet fields ([MS-OXCDATA] 2.13.2).
const NAMES: [&str; 4] = [
    "SortOrderCount",
    "CategorizedCount",
    "ExpandedCount",
    "SortOrders",
];

impl<'a> Decode<'a> for SortOrderSet<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, count) = le_u16(input)?;
        let (i, categorized_count) = le_u16(i)?;
        let (i, expanded_count) = le_u16(i)?;
        let (i, sort_orders) = LeArray::parse(i, usize::from(count), "SortOrderCount")?;
        Ok((
            i,
            SortOrderSet {
                categorized_count,
                expanded_count,
                sort_orders,
            },
        ))
    }
}

impl Encode for SortOrderSet<'_> {
    fn encoded_len(&self) -> usize {
        6usize.saturating_add(self.sort_orders.encoded_len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u16(u16_len(self.sort_orders.len(), "SortOrderCount")?)?;
        w.put_u16(self.categorized_count)?;
        w.put_u16(self.expanded_count)?;
        self.sort_orders.encode(w)
    }
}

impl Dump for SortOrderSet<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.dump_named(NAMES, d);
    }
}

impl DumpField for SortOrderSet<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        self.dump(d);
        d.end();
    }
}

/// The form of a SortOrderSet whose fields sit inline in a ROP, dumped under the four names
/// of the declaration (outermost first), e.g. RopSortTable's
/// `"SortOrderCount CategoryCount ExpandedCount SortOrders"` ([MS-OXCROPS] 2.2.5.2.1).
pub struct SortOrderFields;

impl<'a> Form<'a, SortOrderSet<'a>> for SortOrderFields {
    fn parse(input: &'a [u8], _: &'static str) -> PResult<'a, SortOrderSet<'a>> {
        SortOrderSet::parse(input)
    }

    fn encoded_len(v: &SortOrderSet<'a>) -> usize {
        v.encoded_len()
    }

    fn encode(
        v: &SortOrderSet<'a>,
        w: &mut Writer<'_>,
        _: &'static str,
    ) -> Result<(), EncodeError> {
        v.encode(w)
    }

    fn dump(v: &SortOrderSet<'a>, names: &str, d: &mut dyn Dumper) {
        let mut out = NAMES;
        let mut rest = names;
        for slot in &mut out {
            let (first, after) = split_names(rest);
            if !first.is_empty() {
                *slot = first;
            }
            rest = after;
        }
        v.dump_named(out, d);
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use proptest::prelude::*;

    /// Valid sets (the counts within the rule of [MS-OXCDATA] 2.13.2), as `new` makes them.
    impl<'a> Arb<'a> for SortOrderSet<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            proptest::collection::vec(SortOrder::arb(), 0..5)
                .prop_flat_map(|v| {
                    let n = v.len() as u16;
                    (Just(v), 0..=n)
                })
                .prop_flat_map(|(v, c)| (Just(v), Just(c), 0..=c))
                .prop_map(|(v, c, e)| SortOrderSet {
                    categorized_count: c,
                    expanded_count: e,
                    sort_orders: LeArray::Slice(leak(v)),
                })
        }
    }
}

#[cfg(feature = "arbitrary")]
mod structured {
    use super::*;
    use crate::wire::structured::{ArbitraryForm, MAX_ITEMS, le_array};
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// Sort orders from the input's bytes; counts within the rule of [MS-OXCDATA] 2.13.2
    /// half the time, any otherwise (a received set keeps them either way).
    impl<'a> Arbitrary<'a> for SortOrderSet<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let sort_orders = le_array::<SortOrder>(u, MAX_ITEMS)?;
            let (categorized_count, expanded_count) = if u.arbitrary()? {
                let n = u16::try_from(sort_orders.len()).unwrap_or(u16::MAX);
                let c = u.int_in_range(0..=n)?;
                (c, u.int_in_range(0..=c)?)
            } else {
                (u.arbitrary()?, u.arbitrary()?)
            };
            Ok(SortOrderSet {
                categorized_count,
                expanded_count,
                sort_orders,
            })
        }
    }

    impl<'a> ArbitraryForm<'a, SortOrderSet<'a>> for SortOrderFields {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<SortOrderSet<'a>> {
            SortOrderSet::arbitrary(u)
        }
    }
}
