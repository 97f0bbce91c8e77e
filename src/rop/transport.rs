//! Transport ROPs ([MS-OXCROPS] 2.2.7): RopSubmitMessage so far.

use crate::codes::ErrorCode;

bitflags::bitflags! {
    /// RopSubmitMessage `SubmitFlags` ([MS-OXOMSG] 2.2.4.1.1); unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct SubmitFlags: u8 {
        /// `PreProcess` (0x01): the server preprocesses the message ([MS-OXOMSG] 2.2.4.1.1).
        const PRE_PROCESS = 0x01;
        /// `NeedsSpooler` (0x02): a client spooler processes the message; the server puts it
        /// in the spooler queue ([MS-OXOMSG] 2.2.4.1.1, 3.3.5.1.2).
        const NEEDS_SPOOLER = 0x02;
        const _ = !0;
    }
}

impl SubmitFlags {
    /// `None` (0x00): no special behavior ([MS-OXOMSG] 2.2.4.1.1); no bit set.
    pub const NONE: Self = Self::empty();
}

flags_codec!(SubmitFlags: u8, 1, le_u8);

wire_struct! {
    /// RopSubmitMessage request ([MS-OXCROPS] 2.2.7.1.1).
    pub struct SubmitMessageRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        submit_flags "SubmitFlags": SubmitFlags,
    }
}

wire_struct! {
    /// RopSubmitMessage response ([MS-OXCROPS] 2.2.7.1.2); same layout on failure.
    pub struct SubmitMessageResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}
