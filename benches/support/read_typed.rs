//! The typed reader the `batch` bench and `examples/read_loop.rs` share: what a server's
//! own code does with a decoded request buffer. A `match` on each ROP, its fields read by
//! name, lists iterated, integers summed, strings converted to UTF-8 into caller memory.

use ropwire::buffer::RopBuffer;
use ropwire::data::PropertyValue;
use ropwire::data::recipient::RecipientString;
use ropwire::data::row::RowValue;
use ropwire::rop::RopRequest;
use ropwire::{Decode, Encode};

/// What a server's own code reads of a property value: the integer, the length of a byte
/// run, or the UTF-8 length of a string converted into `utf8`. Covers the value types of the
/// send-mail sample; any other type counts its encoded length.
fn read_value(v: &PropertyValue<'_>, utf8: &mut [u8]) -> u64 {
    match v {
        PropertyValue::Integer32(n) => *n as u64,
        PropertyValue::Boolean(b) => u64::from(b.raw()),
        PropertyValue::String(s) => s.to_utf8_into(utf8).unwrap_or(0) as u64,
        PropertyValue::String8(s) => s.as_bytes().len() as u64,
        other => other.encoded_len() as u64,
    }
}

fn read_recipient_string(s: Option<RecipientString<'_>>, utf8: &mut [u8]) -> u64 {
    match s {
        Some(RecipientString::Unicode(s)) => s.to_utf8_into(utf8).unwrap_or(0) as u64,
        Some(RecipientString::Ansi(s)) => s.as_bytes().len() as u64,
        None => 0,
    }
}

/// Decodes every ROP and reads every field through the typed values, as a server's own
/// code does (no `Dumper`): integers summed, strings converted to UTF-8 into a stack buffer.
/// Covers the ROPs of the send-mail sample.
pub fn decode_and_read_typed(b: &[u8], utf8: &mut [u8]) -> u64 {
    let buf = RopBuffer::decode(b).expect("valid");
    let mut sum = 0u64;
    for rop in buf.requests() {
        // Stops at the first ROP that does not decode, as a server does.
        let Ok(rop) = rop else { break };
        sum = sum.wrapping_add(match rop {
            RopRequest::CreateMessage(r) => {
                u64::from(r.logon_id)
                    + u64::from(r.input_handle_index)
                    + u64::from(r.output_handle_index)
                    + u64::from(r.code_page_id)
                    + r.folder_id.0
                    + u64::from(r.associated_flag)
            }
            RopRequest::SetProperties(r) => {
                let mut n = u64::from(r.logon_id) + u64::from(r.input_handle_index);
                for v in r.property_values.iter() {
                    n = n
                        .wrapping_add(u64::from(v.tag.0))
                        .wrapping_add(read_value(&v.value, utf8));
                }
                n
            }
            RopRequest::ModifyRecipients(r) => {
                let mut n = u64::from(r.logon_id) + u64::from(r.input_handle_index);
                for c in r.recipient_columns().iter() {
                    n = n.wrapping_add(u64::from(c.0));
                }
                for row in r.recipient_rows().iter() {
                    n = n
                        .wrapping_add(u64::from(row.row_id))
                        .wrapping_add(u64::from(row.recipient_type));
                    if let Some(rr) = &row.recipient_row {
                        n = n
                            .wrapping_add(u64::from(rr.flags.bits()))
                            .wrapping_add(read_recipient_string(rr.email_address, utf8))
                            .wrapping_add(read_recipient_string(rr.display_name, utf8))
                            .wrapping_add(read_recipient_string(rr.simple_display_name, utf8))
                            .wrapping_add(read_recipient_string(
                                rr.transmittable_display_name,
                                utf8,
                            ));
                        for (tag, cell) in rr.properties.iter() {
                            n = n.wrapping_add(u64::from(tag.0));
                            if let RowValue::Value(v) = cell {
                                n = n.wrapping_add(read_value(&v, utf8));
                            }
                        }
                    }
                }
                n
            }
            RopRequest::GetPropertiesSpecific(r) => {
                let mut n = u64::from(r.logon_id)
                    + u64::from(r.input_handle_index)
                    + u64::from(r.property_size_limit)
                    + u64::from(r.want_unicode);
                for t in r.property_tags.iter() {
                    n = n.wrapping_add(u64::from(t.0));
                }
                n
            }
            RopRequest::SaveChangesMessage(r) => {
                u64::from(r.logon_id)
                    + u64::from(r.response_handle_index)
                    + u64::from(r.input_handle_index)
                    + u64::from(r.save_flags.bits())
            }
            RopRequest::SubmitMessage(r) => {
                u64::from(r.logon_id)
                    + u64::from(r.input_handle_index)
                    + u64::from(r.submit_flags.bits())
            }
            RopRequest::Release(r) => u64::from(r.logon_id) + u64::from(r.input_handle_index),
            other => other.encoded_len() as u64,
        });
    }
    sum
}
