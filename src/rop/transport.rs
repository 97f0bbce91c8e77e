//! Transport ROPs ([MS-OXCROPS] 2.2.7): RopSubmitMessage so far.

use crate::codes::ErrorCode;
wire_struct! {
    /// RopSubmitMessage request ([MS-OXCROPS] 2.2.7.1.1).
    pub struct SubmitMessageRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        submit_flags "SubmitFlags": u8,
    }
}

wire_struct! {
    /// RopSubmitMessage response ([MS-OXCROPS] 2.2.7.1.2); same layout on failure.
    pub struct SubmitMessageResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}
