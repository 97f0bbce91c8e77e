//! Transport ROPs ([MS-OXCROPS] 2.2.7): RopSubmitMessage.

use ropwire::rop::transport::{SubmitFlags, SubmitMessageRequest, SubmitMessageResponse};
use ropwire::rop::{RopRequest, RopResponse};

use super::{decode_response, encode_checked, example_request, example_response, hex};

#[test]
fn submit_message_failure_response() {
    let b = [0x32, 0x02, 0x01, 0x05, 0x00, 0x00];
    let r = decode_response(&b, None).unwrap();
    assert_eq!(
        r,
        RopResponse::SubmitMessage(SubmitMessageResponse {
            input_handle_index: 2,
            return_value: ropwire::codes::ErrorCode(0x0501)
        })
    );
    assert_eq!(encode_checked(&r), b);
}

// ---- [MS-OXOMSG] section 4.1: submitting a message ------------------------------------

/// [MS-OXOMSG] 4.1.1 (ROP request buffer) and 4.1.2 (ROP response buffer):
/// RopSubmitMessage on the message at handle index 2, and its success response.
#[test]
fn oxomsg_submit_message() {
    let b = hex("0000: 32 00 02 00");
    let req = example_request(&b);
    let RopRequest::SubmitMessage(q) = &req else {
        panic!("variant")
    };
    assert_eq!(
        (q.logon_id, q.input_handle_index, q.submit_flags),
        (0, 2, SubmitFlags::NONE)
    );

    let b = hex("0000: 32 02 00 00 00 00");
    let r = example_response(&b, Some(&req));
    let RopResponse::SubmitMessage(s) = &r else {
        panic!("{r:?}")
    };
    assert_eq!((s.input_handle_index, s.return_value.0), (2, 0));
}

/// SubmitFlags PreProcess and NeedsSpooler ([MS-OXOMSG] 2.2.4.1.1); undefined bits are kept.
#[test]
fn submit_message_flags() {
    use super::decode_request;
    for (byte, flags) in [
        (0x01, SubmitFlags::PRE_PROCESS),
        (0x02, SubmitFlags::NEEDS_SPOOLER),
        (0x03, SubmitFlags::PRE_PROCESS | SubmitFlags::NEEDS_SPOOLER),
        (
            0x42,
            SubmitFlags::NEEDS_SPOOLER | SubmitFlags::from_bits_retain(0x40),
        ),
    ] {
        let b = [0x32, 0x00, 0x01, byte];
        let RopRequest::SubmitMessage(q) = decode_request(&b).unwrap() else {
            panic!("variant")
        };
        assert_eq!(q.submit_flags, flags, "{byte:#04x}");
        assert_eq!(encode_checked(&RopRequest::SubmitMessage(q)), b);
    }
    let v = SubmitMessageRequest {
        logon_id: 0,
        input_handle_index: 1,
        submit_flags: SubmitFlags::from_bits_retain(0x80),
    };
    assert_eq!(
        encode_checked(&RopRequest::SubmitMessage(v)),
        [0x32, 0x00, 0x01, 0x80]
    );
}
