//! MAPI over HTTP ([MS-OXCMAPIHTTP]): the request and response bodies of every mailbox
//! endpoint request type — Connect (2.2.4.1), Execute (2.2.4.2), Disconnect (2.2.4.3),
//! NotificationWait (2.2.4.4), PING (2.2.6) — with a dispatcher keyed by `X-RequestType`;
//! the response stream that wraps every response body (2.2.2.2, 2.2.7): meta-tags
//! (`PROCESSING`, `PENDING`, `DONE`), the additional headers after `DONE`, an empty line,
//! then the binary body.
//!
//! The stream is decoded after HTTP de-chunking, zero-copy; nothing allocates.
//!
//! ```
//! use ropwire::mapihttp::{ExecuteResponse, ResponseCode, ResponseStream};
//! use ropwire::wire::Decode;
//!
//! let bytes = b"PROCESSING\r\nPENDING\r\nDONE\r\nX-ResponseCode: 0\r\n\
//!               X-StartTime: Mon, 01 Jan 2001 00:00:00 GMT\r\n\r\n\
//!               \x01\x00\x00\x00\x00\x00\x00\x00";
//! let stream = ResponseStream::decode(bytes).unwrap();
//! assert_eq!(stream.pending_count(), 1);
//! assert_eq!(stream.response_code(), Some(ResponseCode::SUCCESS));
//! assert_eq!(stream.start_time(), Some("Mon, 01 Jan 2001 00:00:00 GMT"));
//! let body = stream.execute_response().unwrap();
//! assert_eq!(body.status_code(), 1);
//! ```

mod bodies;
mod stream;
pub mod streaming;

pub use bodies::*;
pub use bodies::{ExecuteRequest, ExecuteResponse};
pub use stream::{
    Header, HeaderBlock, HeaderIter, MetaTag, MetaTagBlock, MetaTags, ResponseStream, write_done,
    write_stream_prefix,
};

/// `X-RequestType` values of the mailbox server endpoint ([MS-OXCMAPIHTTP] 2.2.3.3.1).
pub mod request_type {
    /// `Connect` ([MS-OXCMAPIHTTP] 2.2.4.1).
    pub const CONNECT: &str = "Connect";
    /// `Execute` ([MS-OXCMAPIHTTP] 2.2.4.2).
    pub const EXECUTE: &str = "Execute";
    /// `Disconnect` ([MS-OXCMAPIHTTP] 2.2.4.3).
    pub const DISCONNECT: &str = "Disconnect";
    /// `NotificationWait` ([MS-OXCMAPIHTTP] 2.2.4.4).
    pub const NOTIFICATION_WAIT: &str = "NotificationWait";
    /// `PING`, also served by the address book endpoint ([MS-OXCMAPIHTTP] 2.2.6).
    pub const PING: &str = "PING";
    /// The address book server endpoint's values ([MS-OXCMAPIHTTP] 2.2.3.3.1, 2.2.5):
    /// recognised and reported, not decoded by this crate.
    pub const ADDRESS_BOOK: [&str; 19] = [
        "Bind",
        "Unbind",
        "CompareMIds",
        "DNToMId",
        "GetMatches",
        "GetPropList",
        "GetProps",
        "GetSpecialTable",
        "GetTemplateInfo",
        "ModLinkAtt",
        "ModProps",
        "QueryColumns",
        "QueryRows",
        "ResolveNames",
        "ResortRestriction",
        "SeekEntries",
        "UpdateStat",
        "GetMailboxUrl",
        "GetAddressBookUrl",
    ];
}

/// Header field names used by the protocol ([MS-OXCMAPIHTTP] 2.2.3.3).
pub mod header_name {
    /// `X-RequestType` ([MS-OXCMAPIHTTP] 2.2.3.3.1).
    pub const X_REQUEST_TYPE: &str = "X-RequestType";
    /// `X-RequestId` ([MS-OXCMAPIHTTP] 2.2.3.3.2).
    pub const X_REQUEST_ID: &str = "X-RequestId";
    /// `X-ResponseCode`, also repeated after `DONE` ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    pub const X_RESPONSE_CODE: &str = "X-ResponseCode";
    /// `X-ClientInfo` ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub const X_CLIENT_INFO: &str = "X-ClientInfo";
    /// `X-PendingPeriod`: milliseconds between `PENDING` keep-alives, default 30000
    /// ([MS-OXCMAPIHTTP] 2.2.3.3.5).
    pub const X_PENDING_PERIOD: &str = "X-PendingPeriod";
    /// `X-ClientApplication` ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub const X_CLIENT_APPLICATION: &str = "X-ClientApplication";
    /// `X-ServerApplication` ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub const X_SERVER_APPLICATION: &str = "X-ServerApplication";
    /// `X-ExpirationInfo` ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub const X_EXPIRATION_INFO: &str = "X-ExpirationInfo";
    /// `X-ElapsedTime`: server processing time in milliseconds, after `DONE`
    /// ([MS-OXCMAPIHTTP] 2.2.3.3).
    pub const X_ELAPSED_TIME: &str = "X-ElapsedTime";
    /// `X-StartTime`: when the server started processing, an RFC 2616 date, after `DONE`
    /// ([MS-OXCMAPIHTTP] 2.2.3.3.10).
    pub const X_START_TIME: &str = "X-StartTime";
}

code_set! {
    /// An `X-ResponseCode` value ([MS-OXCMAPIHTTP] 2.2.3.3.3); unknown values are kept.
    pub struct ResponseCode(u32);
    /// `0` Success ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    SUCCESS = 0 => "Success";
    /// `1` Unknown Failure ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    UNKNOWN_FAILURE = 1 => "Unknown Failure";
    /// `2` Invalid Verb ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_VERB = 2 => "Invalid Verb";
    /// `3` Invalid Path ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_PATH = 3 => "Invalid Path";
    /// `4` Invalid Header ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_HEADER = 4 => "Invalid Header";
    /// `5` Invalid Request Type ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_REQUEST_TYPE = 5 => "Invalid Request Type";
    /// `6` Invalid Context Cookie ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_CONTEXT_COOKIE = 6 => "Invalid Context Cookie";
    /// `7` Missing Header ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    MISSING_HEADER = 7 => "Missing Header";
    /// `8` Anonymous Not Allowed ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    ANONYMOUS_NOT_ALLOWED = 8 => "Anonymous Not Allowed";
    /// `9` Too Large ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    TOO_LARGE = 9 => "Too Large";
    /// `10` Context Not Found ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    CONTEXT_NOT_FOUND = 10 => "Context Not Found";
    /// `11` No Privilege ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    NO_PRIVILEGE = 11 => "No Privilege";
    /// `12` Invalid Request Body ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_REQUEST_BODY = 12 => "Invalid Request Body";
    /// `13` Missing Cookie ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    MISSING_COOKIE = 13 => "Missing Cookie";
    /// `14` Reserved ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    RESERVED = 14 => "Reserved";
    /// `15` Invalid Sequence ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_SEQUENCE = 15 => "Invalid Sequence";
    /// `16` Endpoint Disabled ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    ENDPOINT_DISABLED = 16 => "Endpoint Disabled";
    /// `17` Invalid Response ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    INVALID_RESPONSE = 17 => "Invalid Response";
    /// `18` Endpoint Shutting Down ([MS-OXCMAPIHTTP] 2.2.3.3.3).
    ENDPOINT_SHUTTING_DOWN = 18 => "Endpoint Shutting Down";
}

impl core::fmt::Display for ResponseCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => write!(f, "{} ({n})", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}
