//! Table ROPs ([MS-OXCROPS] 2.2.5, [MS-OXCTABL]): RopSetColumns and RopQueryRows, the
//! column context within a batch and across batches through the session tracker.

use ropwire::buffer::RopBuffer;
use ropwire::data::row::{RowCells, RowKind, RowValue};
use ropwire::data::{PropertyRow, PropertyTag, PropertyType, PropertyValue};
use ropwire::error::Needed;
use ropwire::rop::other::ReleaseRequest;
use ropwire::rop::table::*;
use ropwire::rop::{NoContext, ResponseContext, ResponseCx, RopRequest, RopResponse, RopResult};
use ropwire::session::SessionTracker;
use ropwire::wire::{LeArray, List, Utf16Str, finish};
use ropwire::{Decode, Encode, EncodeError, ErrorKind};

use super::{buffer, encode_checked, request, responses};

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
    PropertyRow {
        columns: LeArray::Slice(&COLUMNS),
        kind: RowKind::Standard,
        cells: RowCells::Items(&CELLS_A),
    },
    PropertyRow {
        columns: LeArray::Slice(&COLUMNS),
        kind: RowKind::Flagged,
        cells: RowCells::Items(&CELLS_B),
    },
];

fn query_rows_ok(idx: u8) -> RopResponse<'static> {
    RopResponse::QueryRows(QueryRowsResponse {
        input_handle_index: idx,
        result: RopResult::Success(QueryRowsSuccess {
            origin: BookmarkOrigin::END,
            rows: List::Items(&ROWS),
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
    assert_eq!(out[1].request, Some(query_rows(1)));
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
        PropertyRow {
            columns: LeArray::Slice(&OTHER),
            kind: RowKind::Standard,
            cells: RowCells::Items(&CELL),
        },
    ];
    let r = QueryRowsResponse {
        input_handle_index: 0,
        result: RopResult::Success(QueryRowsSuccess {
            origin: BookmarkOrigin::BEGINNING,
            rows: List::Items(&mixed),
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
