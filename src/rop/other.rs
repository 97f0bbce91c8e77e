//! Other ROPs: RopBufferTooSmall, RopBackoff, RopRelease ([MS-OXCROPS] 2.2.15).

use crate::codes::RopId;
use crate::wire::{Count, List, Rest};

wire_struct! {
    /// RopRelease request ([MS-OXCROPS] 2.2.15.3.1); this ROP has no response.
    pub struct ReleaseRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopBufferTooSmall response ([MS-OXCROPS] 2.2.15.1.1): always the last response; its
    /// RequestBuffers are the request ROPs the server did not process, up to the end of
    /// RopsList (decode them with `buffer::RequestIter`).
    pub struct BufferTooSmallResponse<'a> {
        size_needed "SizeNeeded": u16,
        request_buffers "RequestBuffers": &'a [u8] as Rest,
    }
}

wire_struct! {
    /// One backed-off ROP inside RopBackoff ([MS-OXCROPS] 2.2.15.2.1.1).
    pub struct BackoffRop {
        rop_id_backoff "RopIdBackoff": RopId,
        duration "Duration": u32,
    }
}
list_item!(BackoffRop = 5);

wire_struct! {
    /// RopBackoff response ([MS-OXCROPS] 2.2.15.2.1): may appear anywhere in RopsList.
    pub struct BackoffResponse<'a> {
        logon_id "LogonId": u8,
        duration "Duration": u32,
        backoff_rops "BackoffRopCount BackoffRopData": List<'a, BackoffRop> as Count<u8>,
        additional_data "AdditionalDataSize AdditionalData": &'a [u8] as Count<u16>,
    }
}
