//! Table ROP vectors from the Protocol Examples of [MS-OXCTABL] and [MS-OXORULE]
//! ([MS-OXCROPS] 2.2.5): RopSetColumns, RopSortTable and RopQueryRows requests, the
//! RopSortTable response, a flagged row of a RopQueryRows response, and RopGetRulesTable (a
//! Rule ROP, not implemented yet) with RopSetColumns responses. [MS-OXCTABL] section 4 shows
//! bytes only for RopSetColumns, RopSortTable and RopQueryRows; the vectors of the other
//! table ROPs are in `table.rs`, built from the field tables of [MS-OXCROPS] 2.2.5.

use ropwire::Decode;
use ropwire::data::row::{PropertyRow, RowValue};
use ropwire::data::sort::Order;
use ropwire::data::{Id8, PropertyTag, PropertyType, PropertyValue};
use ropwire::rop::table::{
    AsynchronousFlags, BookmarkOrigin, SortTableResponse, SortTableSuccess, TableStatus,
};
use ropwire::rop::{RopId, RopRequest, RopResponse, RopResult};
use ropwire::wire::LeArray;

use super::{
    encode_checked, example_request, example_response, hex, other_request, other_response,
};

/// [MS-OXCTABL] 4.2.1 (client request buffer): RopSetColumns with six columns.
#[test]
fn oxctabl_set_columns_request() {
    let b = hex("0000: 12 00 01 00 06 00 14 00-48 67 14 00 4a 67 14 00
                 0010: 4d 67 03 00 4e 67 1f 00-37 00 40 00 06 0e");
    other_request(&b, RopId::SetColumns);
    let (rest, tags) = LeArray::<PropertyTag>::parse(&b[6..], 6, "PropertyTagCount").unwrap();
    assert!(rest.is_empty());
    assert_eq!(
        tags.iter().collect::<Vec<_>>(),
        [
            PropertyTag(0x6748_0014),
            PropertyTag(0x674A_0014),
            PropertyTag(0x674D_0014),
            PropertyTag(0x674E_0003),
            PropertyTag(0x0037_001F),
            PropertyTag(0x0E06_0040),
        ]
    );
}

/// [MS-OXCTABL] 4.3.1 (client request buffer): RopSortTable on the table at index 0,
/// synchronous, two sort orders of which the first is the one category, expanded:
/// PidTagAddressBookIsMemberOfDistributionList (0x8008, PtypMultipleString with the
/// MultivalueInstance bit: type 0x301F) ascending, then PidTagMessageDeliveryTime
/// (0x0E060040) descending. "10 required bytes and 5 bytes for each" sort order.
#[test]
fn oxctabl_sort_table_request() {
    let b = hex("0000: 13 00 00 00 02 00 01 00-01 00 1f 30 08 80 00 40
                 0010: 00 06 0e 01");
    assert_eq!(b.len(), 10 + 2 * 5);
    let RopRequest::SortTable(s) = example_request(&b) else {
        panic!("not a RopSortTable request")
    };
    assert_eq!((s.logon_id, s.input_handle_index), (0x00, 0x00));
    assert_eq!(s.sort_table_flags, AsynchronousFlags::TBL_SYNC);
    let set = s.sort_order_set;
    assert_eq!(
        (
            set.sort_order_count(),
            set.categorized_count(),
            set.expanded_count()
        ),
        (2, 1, 1)
    );
    assert!(set.is_valid());
    let orders: Vec<_> = set.sort_orders().iter().collect();
    assert_eq!(orders[0].property_tag(), PropertyTag(0x8008_301F));
    assert!(orders[0].is_multivalue_instance());
    assert_eq!(orders[0].order, Order::ASCENDING);
    assert_eq!(orders[1].property_tag(), PropertyTag(0x0E06_0040));
    assert!(!orders[1].is_multivalue_instance());
    assert_eq!(orders[1].order, Order::DESCENDING);
}

/// [MS-OXCTABL] 4.3.2 (server response): RopSortTable succeeded on the table at index 1,
/// TableStatus 0x00 "TBLSTAT_COMPLETE".
#[test]
fn oxctabl_sort_table_response() {
    let b = hex("0000: 13 01 00 00 00 00 00");
    let r = example_response(&b, None);
    assert_eq!(
        r,
        RopResponse::SortTable(SortTableResponse {
            input_handle_index: 0x01,
            result: RopResult::Success(SortTableSuccess {
                table_status: TableStatus::COMPLETE
            }),
        })
    );
    assert_eq!(TableStatus::COMPLETE.name(), Some("TBLSTAT_COMPLETE"));
}

/// [MS-OXCTABL] 4.5.3.1 (client request buffer): RopQueryRows, forward, 50 rows.
#[test]
fn oxctabl_query_rows_request() {
    other_request(&hex("0000: 15 00 00 00 01 32 00"), RopId::QueryRows);
}

/// [MS-OXCTABL] 4.5.3.2 (server response): the start of the first row is a
/// FlaggedPropertyRow whose first cell (Flag 0x00) is PidTagFolderId 0x321FF10000000001
/// and whose second cell (Flag 0x0A) is the error 0x8004010F. The example does not show its
/// column set; an error cell's layout does not depend on its column type, so the second
/// column's type here is immaterial.
#[test]
fn oxctabl_query_rows_flagged_row() {
    let b = hex("0000: 15 00 00 00 00 00 02 09-00 01 00 01 00 00 00 00
                 0010: f1 1f 32 0a 0f 01 04 80-00 01 00 00 00 00 f1 88");
    // RopQueryRows header: RopId, InputHandleIndex, ReturnValue, Origin 0x02
    // ("BOOKMARK_END", [MS-OXCTABL] 2.2.2.1.1), RowCount 9.
    let origin = BookmarkOrigin::decode(&b[6..7]).unwrap();
    assert_eq!(origin, BookmarkOrigin::END);
    assert_eq!(origin.name(), Some("BOOKMARK_END"));
    assert_eq!(u16::from_le_bytes([b[7], b[8]]), 9);
    let cols = [PropertyTag(0x6748_0014), PropertyTag(0x674A_0014)];
    let (rest, row) = PropertyRow::decode_with(&b[9..], LeArray::Slice(&cols)).unwrap();
    assert_eq!(rest.len(), b.len() - 9 - 15, "1 + 9 + 5 bytes consumed");
    let cells: Vec<_> = row.iter().collect();
    assert_eq!(
        cells,
        [
            (
                cols[0],
                RowValue::Value(PropertyValue::Integer64(0x321F_F100_0000_0001))
            ),
            (
                cols[1],
                RowValue::Error {
                    prop_type: PropertyType::PtypInteger64,
                    code: 0x8004_010F
                }
            ),
        ]
    );
    assert_eq!(encode_checked(&row), &b[9..24]);
    assert_eq!(
        Id8(0x321F_F100_0000_0001).replica_id(),
        0x0001,
        "a FID: ReplicaId 1"
    );
}

// ---- [MS-OXORULE] section 4.2.2: table responses --------------------------------------

/// [MS-OXORULE] 4.2.2 (server responds): RopGetRulesTable and RopSetColumns successes.
#[test]
fn oxorule_rules_table_responses() {
    other_response(&hex("0000: 3f 01 00 00 00 00"), RopId::GetRulesTable);
    other_response(&hex("0000: 12 01 00 00 00 00 00"), RopId::SetColumns);
}
