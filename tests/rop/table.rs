//! Table ROPs ([MS-OXCROPS] 2.2.5, [MS-OXCTABL]): every request and response, the column
//! context of RopQueryRows, RopExpandRow and RopFindRow within a batch and across batches
//! through the session tracker, what RopResetTable makes both forget, and the restrictions
//! and sort orders RopRestrict, RopFindRow and RopSortTable carry.

use ropwire::buffer::RopBuffer;
use ropwire::codes::ErrorCode;
use ropwire::data::row::{RowCells, RowKind, RowValue};
use ropwire::data::sort::Order;
use ropwire::data::{
    PropertyRow, PropertyTag, PropertyType, PropertyValue, Restriction, SortOrder, SortOrderSet,
};
use ropwire::error::Needed;
use ropwire::rop::other::ReleaseRequest;
use ropwire::rop::table::*;
use ropwire::rop::{NoContext, ResponseContext, ResponseCx, RopRequest, RopResponse, RopResult};
use ropwire::session::SessionTracker;
use ropwire::wire::{LeArray, Utf16Str, finish};
use ropwire::{Decode, Encode, EncodeError, ErrorKind};

use super::{
    buffer, decode_request, encode_checked, example_request, example_response, request, responses,
};

const SUBJECT: PropertyTag = PropertyTag(0x0037_001F);
const SIZE: PropertyTag = PropertyTag(0x0E08_0003);
const COLUMNS: [PropertyTag; 2] = [SUBJECT, SIZE];
const TABLE_HANDLE: u32 = 0x0000_00A7;

fn set_columns(idx: u8, tags: &'static [PropertyTag]) -> RopRequest<'static> {
    RopRequest::SetColumns(SetColumnsRequest {
        logon_id: 0,
        input_handle_index: idx,
        set_columns_flags: AsynchronousFlags::TBL_SYNC,
        property_tags: LeArray::Slice(tags),
    })
}

fn query_rows(idx: u8) -> RopRequest<'static> {
    RopRequest::QueryRows(QueryRowsRequest {
        logon_id: 0,
        input_handle_index: idx,
        query_rows_flags: QueryRowsFlags::ADVANCE,
        forward_read: 1,
        row_count: 50,
    })
}

fn set_columns_ok(idx: u8) -> RopResponse<'static> {
    RopResponse::SetColumns(SetColumnsResponse {
        input_handle_index: idx,
        result: RopResult::Success(SetColumnsSuccess {
            table_status: TableStatus::COMPLETE,
        }),
    })
}

const CELLS_A: [RowValue<'static>; 2] = [
    RowValue::Value(PropertyValue::String(Utf16Str::Str("Hello"))),
    RowValue::Value(PropertyValue::Integer32(1480)),
];
const CELLS_B: [RowValue<'static>; 2] = [
    RowValue::NotFound {
        prop_type: PropertyType::PtypString,
    },
    RowValue::Error {
        prop_type: PropertyType::PtypInteger32,
        code: 0x8004_010F,
    },
];
const ROWS: [PropertyRow<'static>; 2] = [
    PropertyRow::new(
        LeArray::Slice(&COLUMNS),
        RowKind::Standard,
        RowCells::Items(&CELLS_A),
    ),
    PropertyRow::new(
        LeArray::Slice(&COLUMNS),
        RowKind::Flagged,
        RowCells::Items(&CELLS_B),
    ),
];

fn query_rows_ok(idx: u8) -> RopResponse<'static> {
    RopResponse::QueryRows(QueryRowsResponse {
        input_handle_index: idx,
        result: RopResult::Success(QueryRowsSuccess {
            origin: BookmarkOrigin::END,
            rows: TableRows::new(&ROWS),
        }),
    })
}

/// The rows' cells as plain values, for assertions.
fn cells(r: &RopResponse<'_>) -> Vec<Vec<(u32, String)>> {
    let RopResponse::QueryRows(QueryRowsResponse {
        result: RopResult::Success(s),
        ..
    }) = r
    else {
        panic!("not a successful RopQueryRows: {r:?}")
    };
    s.rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|(tag, v)| (tag.0, format!("{v:?}")))
                .collect()
        })
        .collect()
}

/// [MS-OXCTABL] 4.5.3.1: a RopQueryRows request for at most 50 rows, forwards.
#[test]
fn oxctabl_4_5_3_1_query_rows_request() {
    let b = [0x15, 0x00, 0x00, 0x00, 0x01, 0x32, 0x00];
    let RopRequest::QueryRows(q) = request(&b) else {
        panic!("variant")
    };
    assert_eq!(
        (
            q.logon_id,
            q.input_handle_index,
            q.query_rows_flags,
            q.forward_read,
            q.row_count
        ),
        (0, 0, QueryRowsFlags::ADVANCE, 1, 50)
    );
    assert_eq!(encode_checked(&RopRequest::QueryRows(q)), b);
    for n in 0..b.len() {
        assert!(RopRequest::decode(&b[..n]).is_err(), "prefix {n}");
    }
}

/// [MS-OXORULE] 4.2.2: the RopSetColumns response, TableStatus TBLSTAT_COMPLETE.
#[test]
fn oxorule_4_2_2_set_columns_response() {
    let b = [0x12, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00];
    let r = finish(&b, RopResponse::decode_alone).expect("self-delimiting");
    assert_eq!(r, set_columns_ok(1));
    assert_eq!(encode_checked(&r), b);
    // Failure: ReturnValue only.
    let f = [0x12, 0x01, 0x05, 0x01, 0x04, 0x80];
    let r = finish(&f, RopResponse::decode_alone).expect("failure");
    assert_eq!(
        r,
        RopResponse::SetColumns(SetColumnsResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0105),
        })
    );
    assert_eq!(encode_checked(&r), f);
}

#[test]
fn set_columns_request_bytes() {
    let b = [
        0x12, 0x00, 0x01, 0x00, 0x02, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x03, 0x00, 0x08, 0x0E,
    ];
    let RopRequest::SetColumns(s) = request(&b) else {
        panic!("variant")
    };
    assert_eq!(s.input_handle_index, 1);
    assert_eq!(s.property_tags.iter().collect::<Vec<_>>(), COLUMNS);
    assert_eq!(encode_checked(&set_columns(1, &COLUMNS)), b);
    // A count larger than the tags that follow is an error at the count, never a panic.
    let mut bad = b.to_vec();
    bad[4] = 3;
    let e = RopRequest::decode(&bad).unwrap_err();
    assert!(
        matches!(
            e.kind,
            ErrorKind::CountTooLarge {
                field: "PropertyTagCount"
            }
        ),
        "{e:?}"
    );
}

/// A [SetColumns, QueryRows] batch: the response decodes with no columns from the caller.
#[test]
fn query_rows_after_set_columns_in_the_same_batch() {
    let req = buffer(
        &[set_columns(1, &COLUMNS), query_rows(1)],
        &[0x11, TABLE_HANDLE],
    );
    let resp = buffer(
        &[set_columns_ok(1), query_rows_ok(1)],
        &[0x11, TABLE_HANDLE],
    );
    let out = responses(&req, &resp);
    assert_eq!(out.len(), 2);
    let rows = cells(out[1].as_ref().expect("QueryRows decodes"));
    assert_eq!(
        rows,
        vec![
            vec![
                (SUBJECT.0, "Value(String(\"Hello\"))".to_string()),
                (SIZE.0, "Value(Integer32(1480))".to_string()),
            ],
            vec![
                (
                    SUBJECT.0,
                    "NotFound { prop_type: PtypString(0x001F) }".to_string()
                ),
                (
                    SIZE.0,
                    "Error { prop_type: PtypInteger32(0x0003), code: 2147746063 }".to_string()
                ),
            ],
        ]
    );
    // Byte for byte: the decoded responses encode to the response buffer.
    let decoded: Vec<RopResponse> = out.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(buffer(&decoded, &[0x11, TABLE_HANDLE]), resp);
    assert_eq!(decoded[1], query_rows_ok(1));
}

/// Without a RopSetColumns for the table, RopQueryRows reports what is missing — the
/// handle — after the ROPs before it, and nothing is guessed.
#[test]
fn query_rows_without_columns_names_the_handle() {
    let req = buffer(
        &[set_columns(0, &COLUMNS), query_rows(1)],
        &[0x11, TABLE_HANDLE],
    );
    let resp = buffer(
        &[set_columns_ok(0), query_rows_ok(1)],
        &[0x11, TABLE_HANDLE],
    );
    let out = responses(&req, &resp);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0], Ok(set_columns_ok(0)));
    let e = out[1].unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 1,
            server_handle: Some(TABLE_HANDLE)
        })
    );
    // At RowData: RopSize 2 + SetColumns response 7 + RopId, index, ReturnValue, Origin, RowCount.
    assert_eq!(e.offset, 2 + 7 + 9);
    // With no request buffer at all, the handle is not known either.
    let rs = RopBuffer::decode(&resp).unwrap();
    let alone: Vec<_> = rs.responses(None, &NoContext).collect();
    assert_eq!(
        alone[1].as_ref().unwrap_err().kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 1,
            server_handle: None
        })
    );
}

/// A failed RopSetColumns teaches nothing; RopRelease forgets what was learned.
#[test]
fn failed_set_columns_and_release_leave_no_columns() {
    let failed = RopResponse::SetColumns(SetColumnsResponse {
        input_handle_index: 1,
        result: RopResult::Failure(0x8004_0102),
    });
    let req = buffer(
        &[set_columns(1, &COLUMNS), query_rows(1)],
        &[0x11, TABLE_HANDLE],
    );
    let resp = buffer(&[failed, query_rows_ok(1)], &[0x11, TABLE_HANDLE]);
    let out = responses(&req, &resp);
    assert!(matches!(
        out[1].as_ref().unwrap_err().kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 1,
            ..
        })
    ));

    let release = RopRequest::Release(ReleaseRequest {
        logon_id: 0,
        input_handle_index: 1,
    });
    let req = buffer(
        &[set_columns(1, &COLUMNS), release, query_rows(1)],
        &[0x11, TABLE_HANDLE],
    );
    let resp = buffer(
        &[set_columns_ok(1), query_rows_ok(1)],
        &[0x11, TABLE_HANDLE],
    );
    let out = responses(&req, &resp);
    assert!(out[0].is_ok());
    assert!(matches!(
        out[1].as_ref().unwrap_err().kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 1,
            ..
        })
    ));
}

/// Requests the caller already decoded pair without being decoded again.
#[test]
fn pairing_with_decoded_requests() {
    let reqs = [set_columns(1, &COLUMNS), query_rows(1)];
    let resp = buffer(
        &[set_columns_ok(1), query_rows_ok(1)],
        &[0x11, TABLE_HANDLE],
    );
    let rs = RopBuffer::decode(&resp).unwrap();
    let handles = [0x11, TABLE_HANDLE];
    let out: Vec<_> = rs
        .responses_to(&reqs, LeArray::Slice(&handles), &NoContext)
        .map(|p| p.unwrap())
        .collect();
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].request_index, Some(1));
    assert_eq!(out[1].request, Some(&query_rows(1)));
    assert_eq!(out[1].response, query_rows_ok(1));
}

/// Across batches: the tracker learns the columns under the table's server handle and
/// decodes a later RopQueryRows; RopRelease makes it forget.
#[test]
fn tracker_carries_columns_across_batches() {
    let mut tracker = SessionTracker::<8, 16>::new();
    let handles = [0x11, TABLE_HANDLE];

    // Batch 1: RopSetColumns on the table at index 1.
    let req1 = buffer(&[set_columns(1, &COLUMNS)], &handles);
    let resp1 = buffer(&[set_columns_ok(1)], &handles);
    let (rq1, rs1) = (
        RopBuffer::decode(&req1).unwrap(),
        RopBuffer::decode(&resp1).unwrap(),
    );
    tracker.observe(&rq1, &rs1).unwrap();
    assert_eq!(tracker.columns(TABLE_HANDLE), Some(&COLUMNS[..]));

    // Batch 2: RopQueryRows alone, the table now at index 0.
    let handles2 = [TABLE_HANDLE];
    let req2 = buffer(&[query_rows(0)], &handles2);
    let resp2 = buffer(&[query_rows_ok(0)], &handles2);
    let (rq2, rs2) = (
        RopBuffer::decode(&req2).unwrap(),
        RopBuffer::decode(&resp2).unwrap(),
    );
    {
        let cx = tracker.context();
        let out: Vec<_> = rs2.responses(Some(&rq2), &cx).collect();
        assert_eq!(out.len(), 1);
        assert_eq!(cells(&out[0].as_ref().unwrap().response).len(), 2);
        // A lone response, decoded with the tracker and the request's handle table.
        let lone = encode_checked(&query_rows_ok(0));
        let cx = ResponseCx::with_context(&cx, LeArray::Slice(&handles2));
        let r = finish(&lone, |i| RopResponse::parse(i, cx)).unwrap();
        assert_eq!(r, query_rows_ok(0));
    }
    // Without the tracker the same batch needs the columns.
    let out: Vec<_> = rs2.responses(Some(&rq2), &NoContext).collect();
    assert_eq!(
        out[0].as_ref().unwrap_err().kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 0,
            server_handle: Some(TABLE_HANDLE)
        })
    );

    // Batch 3: RopRelease of the table; the tracker forgets it.
    let release = RopRequest::Release(ReleaseRequest {
        logon_id: 0,
        input_handle_index: 0,
    });
    let req3 = buffer(&[release], &handles2);
    let resp3 = buffer::<RopResponse>(&[], &[]);
    tracker
        .observe(
            &RopBuffer::decode(&req3).unwrap(),
            &RopBuffer::decode(&resp3).unwrap(),
        )
        .unwrap();
    assert_eq!(tracker.columns(TABLE_HANDLE), None);
    assert_eq!(tracker.tables(), 0);
}

/// A column set wider than the tracker's capacity is not kept: rows then need context.
#[test]
fn tracker_does_not_keep_column_sets_beyond_its_capacity() {
    let mut tracker = SessionTracker::<4, 1>::new();
    let handles = [TABLE_HANDLE];
    let req = buffer(&[set_columns(0, &COLUMNS)], &handles);
    let resp = buffer(&[set_columns_ok(0)], &handles);
    tracker
        .observe(
            &RopBuffer::decode(&req).unwrap(),
            &RopBuffer::decode(&resp).unwrap(),
        )
        .unwrap();
    assert_eq!(tracker.columns(TABLE_HANDLE), None);
    assert_eq!(tracker.too_wide(), 1);
    let cx = tracker.context();
    assert!(cx.columns(0, Some(TABLE_HANDLE)).is_none());
}

/// Rows whose columns differ cannot be encoded: they would not decode back.
#[test]
fn query_rows_encoder_refuses_rows_with_different_columns() {
    const OTHER: [PropertyTag; 1] = [SIZE];
    const CELL: [RowValue<'static>; 1] = [RowValue::Value(PropertyValue::Integer32(1))];
    let mixed = [
        ROWS[0],
        PropertyRow::new(
            LeArray::Slice(&OTHER),
            RowKind::Standard,
            RowCells::Items(&CELL),
        ),
    ];
    let r = QueryRowsResponse {
        input_handle_index: 0,
        result: RopResult::Success(QueryRowsSuccess {
            origin: BookmarkOrigin::BEGINNING,
            rows: TableRows::new(&mixed),
        }),
    };
    assert!(matches!(
        r.encode_vec(),
        Err(EncodeError::InvalidValue { field }) if field.contains("different columns")
    ));
}

/// A failed RopQueryRows is self-delimiting: no columns needed.
#[test]
fn query_rows_failure_needs_no_context() {
    let b = [0x15, 0x02, 0x0F, 0x01, 0x04, 0x80];
    let r = finish(&b, |i| RopResponse::parse(i, ResponseCx::none())).unwrap();
    assert_eq!(
        r,
        RopResponse::QueryRows(QueryRowsResponse {
            input_handle_index: 2,
            result: RopResult::Failure(0x8004_010F),
        })
    );
    assert_eq!(encode_checked(&r), b);
}

/// SetColumnsFlags is an OR of the asynchronous flags ([MS-OXCTABL] 2.2.2.2.1, 2.2.2.1.4);
/// QueryRowsFlags holds NoAdvance and EnablePackedBuffers ([MS-OXCTABL] 2.2.2.5.1). Bits
/// neither defines are kept through decode → encode.
#[test]
fn table_flags_typed_and_unknown_bits_kept() {
    // RopSetColumns, TBL_ASYNC, one column (PidTagSubject).
    let b = [0x12, 0x00, 0x01, 0x01, 0x01, 0x00, 0x1F, 0x00, 0x37, 0x00];
    let RopRequest::SetColumns(q) = request(&b) else {
        panic!("variant")
    };
    assert_eq!(q.set_columns_flags, AsynchronousFlags::TBL_ASYNC);
    assert_eq!(encode_checked(&RopRequest::SetColumns(q)), b);
    // 0x03: TBL_ASYNC and 0x02 (TBL_BATCH in MAPI, not a wire flag here).
    let b = [0x12, 0x00, 0x01, 0x03, 0x01, 0x00, 0x1F, 0x00, 0x37, 0x00];
    let RopRequest::SetColumns(q) = request(&b) else {
        panic!("variant")
    };
    assert!(q.set_columns_flags.contains(AsynchronousFlags::TBL_ASYNC));
    assert_eq!(q.set_columns_flags.bits(), 0x03);
    assert_eq!(encode_checked(&RopRequest::SetColumns(q)), b);

    // RopQueryRows, NoAdvance | EnablePackedBuffers, backwards, 10 rows.
    let b = [0x15, 0x00, 0x00, 0x03, 0x00, 0x0A, 0x00];
    let RopRequest::QueryRows(q) = request(&b) else {
        panic!("variant")
    };
    assert_eq!(
        q.query_rows_flags,
        QueryRowsFlags::NO_ADVANCE | QueryRowsFlags::ENABLE_PACKED_BUFFERS
    );
    assert_eq!(encode_checked(&RopRequest::QueryRows(q)), b);
    // 0x84: an undefined bit pattern, kept.
    let b = [0x15, 0x00, 0x00, 0x84, 0x01, 0x0A, 0x00];
    let RopRequest::QueryRows(q) = request(&b) else {
        panic!("variant")
    };
    assert_eq!(q.query_rows_flags, QueryRowsFlags::from_bits_retain(0x84));
    assert!(!q.query_rows_flags.contains(QueryRowsFlags::NO_ADVANCE));
    assert!(
        !q.query_rows_flags
            .contains(QueryRowsFlags::ENABLE_PACKED_BUFFERS)
    );
    assert_eq!(encode_checked(&RopRequest::QueryRows(q)), b);
}

// ---- The other table ROPs ([MS-OXCROPS] 2.2.5.5–2.2.5.19) ------------------------------
//
// [MS-OXCTABL] section 4 shows no bytes for these ROPs (its examples are RopSetColumns,
// RopSortTable and RopQueryRows; RopFindRow's vectors are further below): the vectors below are built from the field tables of
// [MS-OXCROPS] 2.2.5.x.1–2.2.5.x.3. Each decodes to the values written in it, re-encodes
// byte for byte into a poisoned buffer, and no strict prefix decodes.

/// A request vector and the value it must decode to.
fn req(bytes: &[u8], want: RopRequest<'_>) {
    assert_eq!(example_request(bytes), want);
}

/// A self-delimiting response vector and the value it must decode to.
fn resp(bytes: &[u8], want: RopResponse<'_>) {
    assert_eq!(example_response(bytes, None), want);
}

/// RopAbort ([MS-OXCROPS] 2.2.5.5) and RopGetStatus (2.2.5.6): TableStatus on success,
/// from the code set of [MS-OXCTABL] 2.2.2.1.3; nothing after a failing ReturnValue.
#[test]
fn abort_and_get_status() {
    req(
        &[0x38, 0x00, 0x01],
        RopRequest::Abort(AbortRequest {
            logon_id: 0,
            input_handle_index: 1,
        }),
    );
    resp(
        &[0x38, 0x01, 0, 0, 0, 0, 0x09],
        RopResponse::Abort(AbortResponse {
            input_handle_index: 1,
            result: RopResult::Success(AbortSuccess {
                table_status: TableStatus::SORTING,
            }),
        }),
    );
    // ecUnableToAbort (0x80040114): nothing is aborting ([MS-OXCTABL] 3.1.5).
    resp(
        &[0x38, 0x01, 0x14, 0x01, 0x04, 0x80],
        RopResponse::Abort(AbortResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0114),
        }),
    );
    req(
        &[0x16, 0x02, 0x03],
        RopRequest::GetStatus(GetStatusRequest {
            logon_id: 2,
            input_handle_index: 3,
        }),
    );
    resp(
        &[0x16, 0x03, 0, 0, 0, 0, 0x0E],
        RopResponse::GetStatus(GetStatusResponse {
            input_handle_index: 3,
            result: RopResult::Success(GetStatusSuccess {
                table_status: TableStatus::RESTRICTING,
            }),
        }),
    );
    // 0x07 (MAPI's TBLSTAT_QCHANGED) is not a wire status: kept as it came.
    let RopResponse::GetStatus(g) = example_response(&[0x16, 0x03, 0, 0, 0, 0, 0x07], None) else {
        panic!("variant")
    };
    let status = g.result.success().expect("success").table_status;
    assert_eq!((status, status.name()), (TableStatus(0x07), None));
    assert_eq!(format!("{status:?}"), "TableStatus(0x07)");
}

/// The TableStatus values and their names ([MS-OXCTABL] 2.2.2.1.3); the bookmarks
/// ([MS-OXCTABL] 2.2.2.1.1, 2.2.2.1.2).
#[test]
fn table_status_and_bookmark_code_sets() {
    let named: Vec<(u8, &str)> = TableStatus::ALL
        .iter()
        .map(|s| (s.0, s.name().unwrap()))
        .collect();
    assert_eq!(
        named,
        [
            (0x00, "TBLSTAT_COMPLETE"),
            (0x09, "TBLSTAT_SORTING"),
            (0x0A, "TBLSTAT_SORT_ERROR"),
            (0x0B, "TBLSTAT_SETTING_COLS"),
            (0x0D, "TBLSTAT_SETCOL_ERROR"),
            (0x0E, "TBLSTAT_RESTRICTING"),
            (0x0F, "TBLSTAT_RESTRICT_ERROR"),
        ]
    );
    let named: Vec<(u8, &str)> = BookmarkOrigin::ALL
        .iter()
        .map(|s| (s.0, s.name().unwrap()))
        .collect();
    assert_eq!(
        named,
        [
            (0, "BOOKMARK_BEGINNING"),
            (1, "BOOKMARK_CURRENT"),
            (2, "BOOKMARK_END"),
            (3, "BOOKMARK_CUSTOM"),
        ]
    );
    assert_eq!(format!("{:?}", BookmarkOrigin::END), "BOOKMARK_END(0x02)");
    assert_eq!(BookmarkOrigin(7).name(), None);
}

/// RopQueryPosition ([MS-OXCROPS] 2.2.5.7): the cursor at row 5 of 100.
#[test]
fn query_position() {
    req(
        &[0x17, 0x00, 0x01],
        RopRequest::QueryPosition(QueryPositionRequest {
            logon_id: 0,
            input_handle_index: 1,
        }),
    );
    resp(
        &[0x17, 0x01, 0, 0, 0, 0, 0x05, 0, 0, 0, 0x64, 0, 0, 0],
        RopResponse::QueryPosition(QueryPositionResponse {
            input_handle_index: 1,
            result: RopResult::Success(QueryPositionSuccess {
                numerator: 5,
                denominator: 100,
            }),
        }),
    );
    resp(
        &[0x17, 0x01, 0x02, 0x01, 0x04, 0x80],
        RopResponse::QueryPosition(QueryPositionResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0102),
        }),
    );
}

/// RopSeekRow ([MS-OXCROPS] 2.2.5.8, [MS-OXCTABL] 2.2.2.9): five rows back from
/// BOOKMARK_CURRENT (RowCount is signed), three sought.
#[test]
fn seek_row_signed_counts() {
    req(
        &[0x18, 0x00, 0x01, 0x01, 0xFB, 0xFF, 0xFF, 0xFF, 0x01],
        RopRequest::SeekRow(SeekRowRequest {
            logon_id: 0,
            input_handle_index: 1,
            origin: BookmarkOrigin::CURRENT,
            row_count: -5,
            want_row_moved_count: 1,
        }),
    );
    resp(
        &[0x18, 0x01, 0, 0, 0, 0, 0x01, 0xFD, 0xFF, 0xFF, 0xFF],
        RopResponse::SeekRow(SeekRowResponse {
            input_handle_index: 1,
            result: RopResult::Success(SeekRowSuccess {
                has_sought_less: 1,
                rows_sought: -3,
            }),
        }),
    );
    resp(
        &[0x18, 0x01, 0x0F, 0x01, 0x04, 0x80],
        RopResponse::SeekRow(SeekRowResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_010F),
        }),
    );
    // An origin outside the predefined bookmarks is kept, not refused.
    let RopRequest::SeekRow(s) = example_request(&[0x18, 0, 1, 0x09, 1, 0, 0, 0, 0]) else {
        panic!("variant")
    };
    assert_eq!((s.origin, s.row_count), (BookmarkOrigin(9), 1));
}

/// RopSeekRowBookmark ([MS-OXCROPS] 2.2.5.9): BookmarkSize and Bookmark, then the signed
/// RowCount; the response adds RowNoLongerVisible before HasSoughtLess.
#[test]
fn seek_row_bookmark() {
    let b = [
        0x19, 0x00, 0x01, 0x04, 0x00, 0xDE, 0xAD, 0xBE, 0xEF, 0x0A, 0x00, 0x00, 0x00, 0x00,
    ];
    req(
        &b,
        RopRequest::SeekRowBookmark(SeekRowBookmarkRequest {
            logon_id: 0,
            input_handle_index: 1,
            bookmark: &[0xDE, 0xAD, 0xBE, 0xEF],
            row_count: 10,
            want_row_moved_count: 0,
        }),
    );
    assert_eq!(
        super::dump_names(&request(&b)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x1/1",
            "BookmarkSize=0x4/2",
            "Bookmark=[DE, AD, BE, EF]",
            "RowCount=0xa/4",
            "WantRowMovedCount=0x0/1",
        ]
    );
    // A BookmarkSize beyond the bytes that follow is an error, never a panic.
    let mut bad = b.to_vec();
    bad[3] = 0x40;
    let e = RopRequest::decode(&bad).unwrap_err();
    assert_eq!(e.offset, 5, "{e:?}");
    resp(
        &[0x19, 0x01, 0, 0, 0, 0, 0x01, 0x00, 0x0A, 0, 0, 0],
        RopResponse::SeekRowBookmark(SeekRowBookmarkResponse {
            input_handle_index: 1,
            result: RopResult::Success(SeekRowBookmarkSuccess {
                row_no_longer_visible: 1,
                has_sought_less: 0,
                rows_sought: 10,
            }),
        }),
    );
    // ecInvalidBookmark (0x80040405) after a RopResetTable ([MS-OXCTABL] 3.2.5.10).
    resp(
        &[0x19, 0x01, 0x05, 0x04, 0x04, 0x80],
        RopResponse::SeekRowBookmark(SeekRowBookmarkResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0405),
        }),
    );
}

/// RopSeekRowFractional ([MS-OXCROPS] 2.2.5.10), RopFreeBookmark (2.2.5.14) and
/// RopResetTable (2.2.5.15): their responses are InputHandleIndex and ReturnValue, success
/// or not.
#[test]
fn seek_row_fractional_free_bookmark_reset_table() {
    req(
        &[0x1A, 0x00, 0x01, 0x01, 0, 0, 0, 0x02, 0, 0, 0],
        RopRequest::SeekRowFractional(SeekRowFractionalRequest {
            logon_id: 0,
            input_handle_index: 1,
            numerator: 1,
            denominator: 2,
        }),
    );
    resp(
        &[0x1A, 0x01, 0, 0, 0, 0],
        RopResponse::SeekRowFractional(SeekRowFractionalResponse {
            input_handle_index: 1,
            return_value: ErrorCode(0),
        }),
    );
    resp(
        &[0x1A, 0x01, 0x02, 0x01, 0x04, 0x80],
        RopResponse::SeekRowFractional(SeekRowFractionalResponse {
            input_handle_index: 1,
            return_value: ErrorCode(0x8004_0102),
        }),
    );
    req(
        &[0x89, 0x00, 0x01, 0x02, 0x00, 0x12, 0x34],
        RopRequest::FreeBookmark(FreeBookmarkRequest {
            logon_id: 0,
            input_handle_index: 1,
            bookmark: &[0x12, 0x34],
        }),
    );
    resp(
        &[0x89, 0x01, 0, 0, 0, 0],
        RopResponse::FreeBookmark(FreeBookmarkResponse {
            input_handle_index: 1,
            return_value: ErrorCode(0),
        }),
    );
    req(
        &[0x81, 0x00, 0x01],
        RopRequest::ResetTable(ResetTableRequest {
            logon_id: 0,
            input_handle_index: 1,
        }),
    );
    resp(
        &[0x81, 0x01, 0x02, 0x01, 0x04, 0x80],
        RopResponse::ResetTable(ResetTableResponse {
            input_handle_index: 1,
            return_value: ErrorCode::NOT_SUPPORTED,
        }),
    );
}

/// RopCreateBookmark ([MS-OXCROPS] 2.2.5.11) and RopQueryColumnsAll (2.2.5.12): a sized
/// bookmark and a counted tag array on success.
#[test]
fn create_bookmark_and_query_columns_all() {
    req(
        &[0x1B, 0x00, 0x01],
        RopRequest::CreateBookmark(CreateBookmarkRequest {
            logon_id: 0,
            input_handle_index: 1,
        }),
    );
    resp(
        &[0x1B, 0x01, 0, 0, 0, 0, 0x04, 0x00, 0xDE, 0xAD, 0xBE, 0xEF],
        RopResponse::CreateBookmark(CreateBookmarkResponse {
            input_handle_index: 1,
            result: RopResult::Success(CreateBookmarkSuccess {
                bookmark: &[0xDE, 0xAD, 0xBE, 0xEF],
            }),
        }),
    );
    resp(
        &[0x1B, 0x01, 0x02, 0x01, 0x04, 0x80],
        RopResponse::CreateBookmark(CreateBookmarkResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0102),
        }),
    );
    req(
        &[0x37, 0x00, 0x01],
        RopRequest::QueryColumnsAll(QueryColumnsAllRequest {
            logon_id: 0,
            input_handle_index: 1,
        }),
    );
    resp(
        &[
            0x37, 0x01, 0, 0, 0, 0, 0x02, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x03, 0x00, 0x08, 0x0E,
        ],
        RopResponse::QueryColumnsAll(QueryColumnsAllResponse {
            input_handle_index: 1,
            result: RopResult::Success(QueryColumnsAllSuccess {
                property_tags: LeArray::Slice(&COLUMNS),
            }),
        }),
    );
}

/// RopCollapseRow ([MS-OXCROPS] 2.2.5.17), RopGetCollapseState (2.2.5.18) and
/// RopSetCollapseState (2.2.5.19).
#[test]
fn collapse_row_and_collapse_state() {
    let id = [0x01, 0x00, 0x00, 0x00, 0x00, 0xF1, 0x73, 0xB7];
    let b: Vec<u8> = [&[0x5A, 0x00, 0x01][..], &id].concat();
    req(
        &b,
        RopRequest::CollapseRow(CollapseRowRequest {
            logon_id: 0,
            input_handle_index: 1,
            category_id: 0xB773_F100_0000_0001,
        }),
    );
    resp(
        &[0x5A, 0x01, 0, 0, 0, 0, 0x03, 0, 0, 0],
        RopResponse::CollapseRow(CollapseRowResponse {
            input_handle_index: 1,
            result: RopResult::Success(CollapseRowSuccess {
                collapsed_row_count: 3,
            }),
        }),
    );
    let b: Vec<u8> = [&[0x6B, 0x00, 0x01][..], &id, &[0x02, 0, 0, 0]].concat();
    req(
        &b,
        RopRequest::GetCollapseState(GetCollapseStateRequest {
            logon_id: 0,
            input_handle_index: 1,
            row_id: 0xB773_F100_0000_0001,
            row_instance_number: 2,
        }),
    );
    resp(
        &[0x6B, 0x01, 0, 0, 0, 0, 0x03, 0x00, 0xAA, 0xBB, 0xCC],
        RopResponse::GetCollapseState(GetCollapseStateResponse {
            input_handle_index: 1,
            result: RopResult::Success(GetCollapseStateSuccess {
                collapse_state: &[0xAA, 0xBB, 0xCC],
            }),
        }),
    );
    req(
        &[0x6C, 0x00, 0x01, 0x03, 0x00, 0xAA, 0xBB, 0xCC],
        RopRequest::SetCollapseState(SetCollapseStateRequest {
            logon_id: 0,
            input_handle_index: 1,
            collapse_state: &[0xAA, 0xBB, 0xCC],
        }),
    );
    resp(
        &[0x6C, 0x01, 0, 0, 0, 0, 0x02, 0x00, 0x12, 0x34],
        RopResponse::SetCollapseState(SetCollapseStateResponse {
            input_handle_index: 1,
            result: RopResult::Success(SetCollapseStateSuccess {
                bookmark: &[0x12, 0x34],
            }),
        }),
    );
    resp(
        &[0x6C, 0x01, 0x02, 0x01, 0x04, 0x80],
        RopResponse::SetCollapseState(SetCollapseStateResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0102),
        }),
    );
}

// ---- RopExpandRow: rows over the table's columns -----------------------------------------

fn expand_row(idx: u8) -> RopRequest<'static> {
    RopRequest::ExpandRow(ExpandRowRequest {
        logon_id: 0,
        input_handle_index: idx,
        max_row_count: 16,
        category_id: 0xB773_F100_0000_0001,
    })
}

fn expand_row_ok(idx: u8) -> RopResponse<'static> {
    RopResponse::ExpandRow(ExpandRowResponse {
        input_handle_index: idx,
        result: RopResult::Success(ExpandRowSuccess {
            expanded_row_count: 7,
            rows: TableRows::new(&ROWS),
        }),
    })
}

/// The RopExpandRow request ([MS-OXCROPS] 2.2.5.16.1), and a response whose rows follow
/// the columns a RopSetColumns set in the same batch ([MS-OXCROPS] 2.2.5.16.2).
#[test]
fn expand_row_after_set_columns_in_the_same_batch() {
    let b = [
        0x59, 0x00, 0x01, 0x10, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0xF1, 0x73, 0xB7,
    ];
    req(&b, expand_row(1));

    let req = buffer(
        &[set_columns(1, &COLUMNS), expand_row(1)],
        &[0x11, TABLE_HANDLE],
    );
    let resp = buffer(
        &[set_columns_ok(1), expand_row_ok(1)],
        &[0x11, TABLE_HANDLE],
    );
    // The response bytes as [MS-OXCROPS] 2.2.5.16.2 lays them out: ExpandedRowCount 7,
    // RowCount 2, then the two rows (standard "Hello", 1480; flagged not-found, error).
    let rows: Vec<u8> = [
        &[0x59u8, 0x01, 0, 0, 0, 0, 0x07, 0, 0, 0, 0x02, 0x00][..],
        &[0x00],
        &[b'H', 0, b'e', 0, b'l', 0, b'l', 0, b'o', 0, 0, 0],
        &[0xC8, 0x05, 0, 0],
        // Flagged row: Flag 0x01 (not found, no value), then 0x0A and the error code.
        &[0x01, 0x01, 0x0A, 0x0F, 0x01, 0x04, 0x80],
    ]
    .concat();
    assert_eq!(&resp[2 + 7..2 + 7 + rows.len()], &rows[..]);
    let out = responses(&req, &resp);
    assert_eq!(out.len(), 2);
    let RopResponse::ExpandRow(ExpandRowResponse {
        result: RopResult::Success(s),
        ..
    }) = out[1].as_ref().expect("ExpandRow decodes")
    else {
        panic!("{:?}", out[1])
    };
    assert_eq!(s.expanded_row_count, 7);
    let cells: Vec<Vec<String>> = s
        .rows
        .iter()
        .map(|row| row.iter().map(|(_, v)| format!("{v:?}")).collect())
        .collect();
    assert_eq!(
        cells,
        [
            ["Value(String(\"Hello\"))", "Value(Integer32(1480))"],
            [
                "NotFound { prop_type: PtypString(0x001F) }",
                "Error { prop_type: PtypInteger32(0x0003), code: 2147746063 }"
            ],
        ]
    );
    let decoded: Vec<RopResponse> = out.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(decoded[1], expand_row_ok(1));
    assert_eq!(buffer(&decoded, &[0x11, TABLE_HANDLE]), resp);
}

/// Without columns for its table a successful RopExpandRow names what is missing, at
/// RowData; a failed one needs nothing.
#[test]
fn expand_row_needs_the_columns_of_its_table() {
    let b = encode_checked(&expand_row_ok(2));
    let e = finish(&b, |i| RopResponse::parse(i, ResponseCx::none())).unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 2,
            server_handle: None
        })
    );
    // RopId, InputHandleIndex, ReturnValue, ExpandedRowCount, RowCount.
    assert_eq!(e.offset, 12);
    let f = [0x59, 0x02, 0x0F, 0x01, 0x04, 0x80];
    let r = finish(&f, |i| RopResponse::parse(i, ResponseCx::none())).unwrap();
    assert_eq!(
        r,
        RopResponse::ExpandRow(ExpandRowResponse {
            input_handle_index: 2,
            result: RopResult::Failure(0x8004_010F),
        })
    );
    assert_eq!(encode_checked(&r), f);
    // With the table's columns from the caller's context, every strict prefix fails.
    let cx = ropwire::rop::context::ArbContext {
        request: None,
        columns: Some(LeArray::Slice(&COLUMNS)),
    };
    let r = finish(&b, |i| RopResponse::parse(i, cx.cx())).unwrap();
    assert_eq!(r, expand_row_ok(2));
    for n in 0..b.len() {
        assert!(RopResponse::parse(&b[..n], cx.cx()).is_err(), "prefix {n}");
    }
}

/// RopExpandRow rows with different column sets cannot be encoded.
#[test]
fn expand_row_encoder_refuses_rows_with_different_columns() {
    const OTHER: [PropertyTag; 1] = [SIZE];
    const CELL: [RowValue<'static>; 1] = [RowValue::Value(PropertyValue::Integer32(1))];
    let mixed = [
        ROWS[0],
        PropertyRow::new(
            LeArray::Slice(&OTHER),
            RowKind::Standard,
            RowCells::Items(&CELL),
        ),
    ];
    let r = ExpandRowResponse {
        input_handle_index: 0,
        result: RopResult::Success(ExpandRowSuccess {
            expanded_row_count: 2,
            rows: TableRows::new(&mixed),
        }),
    };
    assert!(matches!(
        r.encode_vec(),
        Err(EncodeError::InvalidValue { field }) if field.contains("different columns")
    ));
}

// ---- RopResetTable forgets the columns ([MS-OXCTABL] 3.1.5, 3.2.5.16) --------------------

fn reset_table(idx: u8) -> RopRequest<'static> {
    RopRequest::ResetTable(ResetTableRequest {
        logon_id: 0,
        input_handle_index: idx,
    })
}

fn reset_table_done(idx: u8, rv: u32) -> RopResponse<'static> {
    RopResponse::ResetTable(ResetTableResponse {
        input_handle_index: idx,
        return_value: ErrorCode(rv),
    })
}

/// In a batch: after a successful RopResetTable the table's rows need a new RopSetColumns;
/// after a failed one the columns it had still lay out its rows; a RopSetColumns after the
/// reset lays them out with the new columns.
#[test]
fn reset_table_forgets_the_columns_in_the_batch() {
    let handles = [0x11, TABLE_HANDLE];
    let req = buffer(
        &[set_columns(1, &COLUMNS), reset_table(1), query_rows(1)],
        &handles,
    );
    let resp = buffer(
        &[set_columns_ok(1), reset_table_done(1, 0), query_rows_ok(1)],
        &handles,
    );
    let out = responses(&req, &resp);
    assert_eq!(out[1], Ok(reset_table_done(1, 0)));
    assert_eq!(
        out[2].as_ref().unwrap_err().kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 1,
            server_handle: Some(TABLE_HANDLE)
        })
    );

    // ecNotSupported: the reset did not happen, the columns stay.
    let resp = buffer(
        &[
            set_columns_ok(1),
            reset_table_done(1, 0x8004_0102),
            query_rows_ok(1),
        ],
        &handles,
    );
    let out = responses(&req, &resp);
    assert_eq!(out[2], Ok(query_rows_ok(1)));

    // Reset, then new columns: the rows follow the new ones.
    const ONE: [PropertyTag; 1] = [SIZE];
    const CELL: [RowValue<'static>; 1] = [RowValue::Value(PropertyValue::Integer32(9))];
    const ROW: [PropertyRow<'static>; 1] = [PropertyRow::new(
        LeArray::Slice(&ONE),
        RowKind::Standard,
        RowCells::Items(&CELL),
    )];
    let expanded = RopResponse::ExpandRow(ExpandRowResponse {
        input_handle_index: 1,
        result: RopResult::Success(ExpandRowSuccess {
            expanded_row_count: 1,
            rows: TableRows::new(&ROW),
        }),
    });
    let req = buffer(
        &[
            set_columns(1, &COLUMNS),
            reset_table(1),
            set_columns(1, &ONE),
            expand_row(1),
        ],
        &handles,
    );
    let resp = buffer(
        &[
            set_columns_ok(1),
            reset_table_done(1, 0),
            set_columns_ok(1),
            expanded,
        ],
        &handles,
    );
    let out = responses(&req, &resp);
    assert_eq!(out[3], Ok(expanded));
}

/// Across batches: a successful RopResetTable makes the tracker forget the table's columns
/// (a failed one does not), and later rows of that table need context.
#[test]
fn tracker_forgets_the_columns_of_a_reset_table() {
    let mut tracker = SessionTracker::<8, 16>::new();
    let handles = [TABLE_HANDLE];
    let observe = |tracker: &mut SessionTracker<8, 16>,
                   reqs: &[RopRequest<'_>],
                   resps: &[RopResponse<'_>]| {
        let (rq, rs) = (buffer(reqs, &handles), buffer(resps, &handles));
        tracker
            .observe(
                &RopBuffer::decode(&rq).unwrap(),
                &RopBuffer::decode(&rs).unwrap(),
            )
            .unwrap();
    };
    observe(
        &mut tracker,
        &[set_columns(0, &COLUMNS)],
        &[set_columns_ok(0)],
    );
    assert_eq!(tracker.columns(TABLE_HANDLE), Some(&COLUMNS[..]));
    observe(
        &mut tracker,
        &[reset_table(0)],
        &[reset_table_done(0, 0x8004_0102)],
    );
    assert_eq!(tracker.columns(TABLE_HANDLE), Some(&COLUMNS[..]));
    observe(&mut tracker, &[reset_table(0)], &[reset_table_done(0, 0)]);
    assert_eq!(tracker.columns(TABLE_HANDLE), None);
    assert_eq!(tracker.tables(), 0);

    let rq = buffer(&[query_rows(0)], &handles);
    let rs = buffer(&[query_rows_ok(0)], &handles);
    let (rq, rs) = (
        RopBuffer::decode(&rq).unwrap(),
        RopBuffer::decode(&rs).unwrap(),
    );
    let cx = tracker.context();
    let out: Vec<_> = rs.responses(Some(&rq), &cx).collect();
    assert_eq!(
        out[0].as_ref().unwrap_err().kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 0,
            server_handle: Some(TABLE_HANDLE)
        })
    );
}

// ---- RopSortTable, RopRestrict, RopFindRow ([MS-OXCROPS] 2.2.5.2, 2.2.5.3, 2.2.5.13) ------
//
// [MS-OXCTABL] section 4 has bytes for RopSortTable only (in `table_examples.rs`); the
// vectors below are built from the field tables of [MS-OXCROPS] 2.2.5.2, 2.2.5.3 and
// 2.2.5.13, each decoded to the values written in it and re-encoded byte for byte.

const EXIST_SUBJECT: Restriction<'static> = Restriction::Exist { prop_tag: SUBJECT };

/// RopSortTable ([MS-OXCROPS] 2.2.5.2.1): SortTableFlags, then a SortOrderSet whose counts
/// sit inline (CategoryCount is the spec's name for CategorizedCount); TableStatus on
/// success ([MS-OXCROPS] 2.2.5.2.2).
#[test]
fn sort_table() {
    // TBL_ASYNC; three sort orders, one category (PidTagSubject ascending), expanded; the
    // categories ordered by their latest PidTagMessageDeliveryTime (MaximumCategory), rows
    // inside them by the same time, descending ([MS-OXCTABL] 2.2.2.3.1).
    let b = [
        0x13, 0x00, 0x01, 0x01, 0x03, 0x00, 0x01, 0x00, 0x01, 0x00, //
        0x1F, 0x00, 0x37, 0x00, 0x00, //
        0x40, 0x00, 0x06, 0x0E, 0x04, //
        0x40, 0x00, 0x06, 0x0E, 0x01,
    ];
    let time = PropertyTag(0x0E06_0040);
    let orders = [
        SortOrder::new(SUBJECT, Order::ASCENDING),
        SortOrder::new(time, Order::MAXIMUM_CATEGORY),
        SortOrder::new(time, Order::DESCENDING),
    ];
    let set = SortOrderSet::new(&orders, 1, 1).unwrap();
    req(
        &b,
        RopRequest::SortTable(SortTableRequest {
            logon_id: 0,
            input_handle_index: 1,
            sort_table_flags: AsynchronousFlags::TBL_ASYNC,
            sort_order_set: set,
        }),
    );
    assert_eq!(
        super::dump_names(&example_request(&b)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x1/1",
            "SortTableFlags=0x1/1",
            "SortOrderCount=0x3/2",
            "CategoryCount=0x1/2",
            "ExpandedCount=0x1/2",
            "SortOrders{",
            "[0]{",
            "PropertyType=0x1f/2",
            "PropertyId=0x37/2",
            "Order=0x0/1",
            "}",
            "[1]{",
            "PropertyType=0x40/2",
            "PropertyId=0xe06/2",
            "Order=0x4/1",
            "}",
            "[2]{",
            "PropertyType=0x40/2",
            "PropertyId=0xe06/2",
            "Order=0x1/1",
            "}",
            "}",
        ]
    );
    resp(
        &[0x13, 0x01, 0, 0, 0, 0, 0x09],
        RopResponse::SortTable(SortTableResponse {
            input_handle_index: 1,
            result: RopResult::Success(SortTableSuccess {
                table_status: TableStatus::SORTING,
            }),
        }),
    );
    // ecNotSupported: not a contents table ([MS-OXCTABL] 3.2.5.3).
    resp(
        &[0x13, 0x01, 0x02, 0x01, 0x04, 0x80],
        RopResponse::SortTable(SortTableResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x8004_0102),
        }),
    );
}

/// What a peer may send and we keep: no sort order at all, counts beyond the rule of
/// [MS-OXCTABL] 2.2.2.3.1 (the server answers them), a SortTableFlags bit the spec does not
/// define (MAPI's TBL_BATCH 0x02).
#[test]
fn sort_table_keeps_what_it_receives() {
    let none = [0x13, 0x00, 0x00, 0x00, 0, 0, 0, 0, 0, 0];
    let RopRequest::SortTable(s) = example_request(&none) else {
        panic!("variant")
    };
    assert_eq!(s.sort_order_set.sort_order_count(), 0);

    // CategoryCount 2 and ExpandedCount 3 for one sort order.
    let b = [
        0x13, 0x00, 0x00, 0x02, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x00,
    ];
    let RopRequest::SortTable(s) = example_request(&b) else {
        panic!("variant")
    };
    assert_eq!(s.sort_table_flags.bits(), 0x02);
    assert!(!s.sort_table_flags.contains(AsynchronousFlags::TBL_ASYNC));
    let set = s.sort_order_set;
    assert_eq!(
        (
            set.sort_order_count(),
            set.categorized_count(),
            set.expanded_count(),
            set.is_valid()
        ),
        (1, 2, 3, false)
    );
    // A count says more sort orders than the bytes hold.
    let e = decode_request(&[
        0x13, 0x00, 0x00, 0x00, 0x02, 0x00, 0, 0, 0, 0, 0x1F, 0x00, 0x37, 0x00, 0x00,
    ])
    .unwrap_err();
    assert!(
        matches!(
            e.kind,
            ErrorKind::Truncated { .. } | ErrorKind::CountTooLarge { .. }
        ),
        "{e:?}"
    );
}

/// RopRestrict ([MS-OXCROPS] 2.2.5.3.1): RestrictFlags, then RestrictionDataSize and a
/// standard-form restriction of exactly that size; size 0 is no restriction. TableStatus on
/// success ([MS-OXCROPS] 2.2.5.3.2).
#[test]
fn restrict() {
    // ExistRestriction on PidTagSubject: RestrictType 0x08, PropTag.
    let b = [
        0x14, 0x00, 0x01, 0x00, 0x05, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00,
    ];
    req(
        &b,
        RopRequest::Restrict(RestrictRequest {
            logon_id: 0,
            input_handle_index: 1,
            restrict_flags: AsynchronousFlags::TBL_SYNC,
            restriction: RestrictionData::new(&EXIST_SUBJECT),
        }),
    );
    let RopRequest::Restrict(r) = example_request(&b) else {
        panic!("variant")
    };
    assert!(!r.restriction.is_none());
    assert_eq!(r.restriction.get(), Some(EXIST_SUBJECT));
    assert_eq!(r.restriction.wire(), Some(&b[6..]));
    assert_eq!(
        super::dump_names(&r),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x1/1",
            "RestrictFlags=0x0/1",
            "RestrictionDataSize=0x5/2",
            "RestrictionData{",
            "RestrictType=0x8/1",
            "PropTag=0x37001f/4",
            "}",
        ]
    );

    // RestrictionDataSize 0: the table's restriction is removed ([MS-OXCTABL] 3.2.5.4).
    let none = [0x14, 0x00, 0x01, 0x01, 0x00, 0x00];
    req(
        &none,
        RopRequest::Restrict(RestrictRequest {
            logon_id: 0,
            input_handle_index: 1,
            restrict_flags: AsynchronousFlags::TBL_ASYNC,
            restriction: RestrictionData::NONE,
        }),
    );
    let RopRequest::Restrict(r) = example_request(&none) else {
        panic!("variant")
    };
    assert!(r.restriction.is_none());
    assert_eq!(
        (r.restriction.get(), r.restriction.wire()),
        (None, Some(&[][..]))
    );
    assert_ne!(r.restriction, RestrictionData::new(&EXIST_SUBJECT));

    resp(
        &[0x14, 0x01, 0, 0, 0, 0, 0x0E],
        RopResponse::Restrict(RestrictResponse {
            input_handle_index: 1,
            result: RopResult::Success(RestrictSuccess {
                table_status: TableStatus::RESTRICTING,
            }),
        }),
    );
    // ecConversationNotFound (0x00000496, [MS-OXCTABL] 3.2.5.4).
    resp(
        &[0x14, 0x01, 0x96, 0x04, 0x00, 0x00],
        RopResponse::Restrict(RestrictResponse {
            input_handle_index: 1,
            result: RopResult::Failure(0x0000_0496),
        }),
    );
}

/// RestrictionData must be exactly one restriction: bytes left inside the size, a size
/// past the input, a restriction longer than its size and an unknown RestrictType are
/// errors at their absolute offsets.
#[test]
fn restriction_data_errors() {
    // One byte of slack after the ExistRestriction, inside RestrictionDataSize 6.
    let slack = [
        0x14, 0x00, 0x01, 0x00, 0x06, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00, 0xFF,
    ];
    let e = decode_request(&slack).unwrap_err();
    assert_eq!((e.kind, e.offset), (ErrorKind::TrailingBytes, 11));
    // RestrictionDataSize 16, 5 bytes there.
    let short = [
        0x14, 0x00, 0x01, 0x00, 0x10, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00,
    ];
    let e = decode_request(&short).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Truncated { .. }), "{e:?}");
    // RestrictionDataSize 3 around a 5-byte ExistRestriction (the FindRow's Origin and
    // BookmarkSize follow, so the input itself is long enough).
    let cut = [
        0x4F, 0x00, 0x01, 0x00, 0x03, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00, 0x00, 0x00, 0x00,
    ];
    let e = decode_request(&cut).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Truncated { .. }), "{e:?}");
    assert!(e.offset <= 9, "{e:?}");
    // RestrictType 0x0C (gromox's internal RES_ANNOTATION) is not a wire restriction.
    let unknown = [0x14, 0x00, 0x01, 0x00, 0x01, 0x00, 0x0C];
    let e = decode_request(&unknown).unwrap_err();
    assert_eq!(
        (e.kind, e.offset),
        (
            ErrorKind::InvalidValue {
                field: "RestrictType"
            },
            6
        )
    );
}

/// The writer refuses a restriction of more than 0xFFFF bytes: RestrictionDataSize is 2
/// bytes ([MS-OXCROPS] 2.2.5.3.1).
#[test]
fn restriction_data_size_is_two_bytes() {
    // 13,107 ExistRestrictions of 5 bytes and the AndRestriction's 3: 65,538 bytes.
    let parts = vec![EXIST_SUBJECT; 13_107];
    let and = Restriction::and(&parts);
    let r = RopRequest::Restrict(RestrictRequest {
        logon_id: 0,
        input_handle_index: 1,
        restrict_flags: AsynchronousFlags::TBL_SYNC,
        restriction: RestrictionData::new(&and),
    });
    assert_eq!(r.encoded_len(), 6 + 65_538);
    let mut buf = vec![0u8; 70_000];
    assert_eq!(
        r.encode_into(&mut buf).unwrap_err(),
        EncodeError::InvalidValue {
            field: "RestrictionDataSize (more than 0xFFFF bytes)"
        }
    );
    // One fewer fits exactly.
    let and = Restriction::and(&parts[1..]);
    let r = RopRequest::Restrict(RestrictRequest {
        logon_id: 0,
        input_handle_index: 1,
        restrict_flags: AsynchronousFlags::TBL_SYNC,
        restriction: RestrictionData::from(&and),
    });
    let b = encode_checked(&r);
    assert_eq!(&b[4..6], [0xFD, 0xFF]);
    assert_eq!(decode_request(&b).unwrap(), r);
}

fn find_row(idx: u8) -> RopRequest<'static> {
    RopRequest::FindRow(FindRowRequest {
        logon_id: 0,
        input_handle_index: idx,
        find_row_flags: FindRowFlags::FORWARDS,
        restriction: RestrictionData::new(&EXIST_SUBJECT),
        origin: BookmarkOrigin::BEGINNING,
        bookmark: &[],
    })
}

fn find_row_ok(idx: u8) -> RopResponse<'static> {
    RopResponse::FindRow(FindRowResponse {
        input_handle_index: idx,
        result: RopResult::Success(FindRowSuccess::found(ROWS[0])),
    })
}

/// RopFindRow requests ([MS-OXCROPS] 2.2.5.13.1): FindRowFlags, the restriction, Origin and
/// a bookmark (used with BOOKMARK_CUSTOM, [MS-OXCTABL] 2.2.2.1.2).
#[test]
fn find_row_request() {
    // Backwards, from a custom bookmark of 4 bytes.
    let b = [
        0x4F, 0x00, 0x01, 0x01, 0x05, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00, 0x03, 0x04, 0x00, 0x01,
        0x00, 0x00, 0x00,
    ];
    req(
        &b,
        RopRequest::FindRow(FindRowRequest {
            logon_id: 0,
            input_handle_index: 1,
            find_row_flags: FindRowFlags::BACKWARDS,
            restriction: RestrictionData::new(&EXIST_SUBJECT),
            origin: BookmarkOrigin::CUSTOM,
            bookmark: &[0x01, 0x00, 0x00, 0x00],
        }),
    );
    assert_eq!(
        super::dump_names(&example_request(&b)),
        [
            "LogonId=0x0/1",
            "InputHandleIndex=0x1/1",
            "FindRowFlags=0x1/1",
            "RestrictionDataSize=0x5/2",
            "RestrictionData{",
            "RestrictType=0x8/1",
            "PropTag=0x37001f/4",
            "}",
            "Origin=0x3/1",
            "BookmarkSize=0x4/2",
            "Bookmark=[01, 00, 00, 00]",
        ]
    );
    // No restriction, from the beginning, no bookmark; a direction bit the spec does not
    // define is kept.
    let b = [0x4F, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00];
    let RopRequest::FindRow(f) = example_request(&b) else {
        panic!("variant")
    };
    assert!(f.restriction.is_none());
    assert_eq!(f.find_row_flags.bits(), 0x02);
    assert!(!f.find_row_flags.contains(FindRowFlags::BACKWARDS));
    assert_eq!((f.origin, f.bookmark), (BookmarkOrigin::BEGINNING, &[][..]));
    assert_eq!(FindRowFlags::FORWARDS.bits(), 0x00);
}

/// A RopFindRow response's row follows the columns a RopSetColumns set on its table in the
/// same batch ([MS-OXCROPS] 2.2.5.13.2); its bytes are RowNoLongerVisible, HasRowData and a
/// PropertyRow without a length.
#[test]
fn find_row_after_set_columns_in_the_same_batch() {
    let req = buffer(
        &[set_columns(1, &COLUMNS), find_row(1)],
        &[0x11, TABLE_HANDLE],
    );
    let resp = buffer(&[set_columns_ok(1), find_row_ok(1)], &[0x11, TABLE_HANDLE]);
    let row: Vec<u8> = [
        &[0x4Fu8, 0x01, 0, 0, 0, 0, 0x00, 0x01][..],
        &[0x00],
        &[b'H', 0, b'e', 0, b'l', 0, b'l', 0, b'o', 0, 0, 0],
        &[0xC8, 0x05, 0, 0],
    ]
    .concat();
    assert_eq!(&resp[2 + 7..2 + 7 + row.len()], &row[..]);
    let out = responses(&req, &resp);
    let RopResponse::FindRow(FindRowResponse {
        result: RopResult::Success(s),
        ..
    }) = out[1].as_ref().expect("FindRow decodes")
    else {
        panic!("{:?}", out[1])
    };
    assert_eq!((s.row_no_longer_visible(), s.has_row_data()), (0, 1));
    let cells: Vec<String> = s
        .row_data()
        .expect("a row")
        .iter()
        .map(|(tag, v)| format!("{:08X} {v:?}", tag.0))
        .collect();
    assert_eq!(
        cells,
        [
            "0037001F Value(String(\"Hello\"))",
            "0E080003 Value(Integer32(1480))"
        ]
    );
    let decoded: Vec<RopResponse> = out.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(decoded[1], find_row_ok(1));
    assert_eq!(buffer(&decoded, &[0x11, TABLE_HANDLE]), resp);
    assert_eq!(
        super::dump_names(&decoded[1])[..6],
        [
            "InputHandleIndex=0x1/1",
            "ReturnValue=0x0/4",
            "RowNoLongerVisible=0x0/1",
            "HasRowData=0x1/1",
            "RowData{",
            "Flag=0x0/1",
        ]
    );
}

/// With a row and no columns for its table, a RopFindRow response names what is missing at
/// RowData; without a row, or failed, it needs nothing. Any non-zero HasRowData and
/// RowNoLongerVisible byte is kept.
#[test]
fn find_row_response_context_and_booleans() {
    let b = encode_checked(&find_row_ok(2));
    let e = finish(&b, |i| RopResponse::parse(i, ResponseCx::none())).unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::NeedsContext(Needed::Columns {
            handle_index: 2,
            server_handle: None
        })
    );
    // RopId, InputHandleIndex, ReturnValue, RowNoLongerVisible, HasRowData.
    assert_eq!(e.offset, 8);
    let cx = ropwire::rop::context::ArbContext {
        request: None,
        columns: Some(LeArray::Slice(&COLUMNS)),
    };
    assert_eq!(
        finish(&b, |i| RopResponse::parse(i, cx.cx())).unwrap(),
        find_row_ok(2)
    );
    for n in 0..b.len() {
        assert!(RopResponse::parse(&b[..n], cx.cx()).is_err(), "prefix {n}");
    }

    // The bookmark's row is gone; nothing found in the room left: no row.
    let none = [0x4F, 0x02, 0, 0, 0, 0, 0x01, 0x00];
    let want = RopResponse::FindRow(FindRowResponse {
        input_handle_index: 2,
        result: RopResult::Success(FindRowSuccess::new(1, 0, None).unwrap()),
    });
    resp(&none, want);
    let RopResponse::FindRow(f) = want else {
        panic!("variant")
    };
    let s = f.result.success().unwrap();
    assert_eq!(
        (s.row_no_longer_visible(), s.has_row_data(), s.row_data()),
        (1, 0, None)
    );
    assert_eq!(
        FindRowSuccess::without_row(),
        FindRowSuccess::new(0, 0, None).unwrap()
    );

    // ecNotFound (0x8004010F, [MS-OXCTABL] 3.2.5.14).
    resp(
        &[0x4F, 0x02, 0x0F, 0x01, 0x04, 0x80],
        RopResponse::FindRow(FindRowResponse {
            input_handle_index: 2,
            result: RopResult::Failure(0x8004_010F),
        }),
    );

    // HasRowData 0x02 and RowNoLongerVisible 0xFF: TRUE for peers, kept as received.
    let mut odd = b.clone();
    odd[6] = 0xFF;
    odd[7] = 0x02;
    let r = finish(&odd, |i| RopResponse::parse(i, cx.cx())).unwrap();
    let RopResponse::FindRow(FindRowResponse {
        result: RopResult::Success(s),
        ..
    }) = r
    else {
        panic!("{r:?}")
    };
    assert_eq!((s.row_no_longer_visible(), s.has_row_data()), (0xFF, 0x02));
    assert_eq!(s.row_data(), Some(ROWS[0]));
    assert_eq!(encode_checked(&r), odd);
    assert_eq!(s, FindRowSuccess::new(0xFF, 0x02, Some(ROWS[0])).unwrap());
    assert_ne!(s, FindRowSuccess::found(ROWS[0]));
}

/// HasRowData must agree with the row: a caller cannot build one that would not decode
/// back ([MS-OXCROPS] 2.2.5.13.2).
#[test]
fn find_row_success_refuses_a_has_row_data_without_its_row() {
    let bad = EncodeError::InvalidValue {
        field: "HasRowData (differs from RowData)",
    };
    assert_eq!(FindRowSuccess::new(0, 1, None).unwrap_err(), bad);
    assert_eq!(FindRowSuccess::new(0, 0, Some(ROWS[1])).unwrap_err(), bad);
    let s = FindRowSuccess::new(0, 1, Some(ROWS[1])).unwrap();
    assert_eq!(s, FindRowSuccess::found(ROWS[1]));
    assert_eq!(s.row_data(), Some(ROWS[1]));
}
