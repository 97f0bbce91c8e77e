//! Other ROPs: RopBufferTooSmall, RopBackoff, RopRelease ([MS-OXCROPS] 2.2.15).

use crate::error::EncodeError;
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, LeArray, LeElem, PResult, Writer, le_u8, le_u16,
    u8_len, u16_len,
};

wire_struct! {
    /// RopRelease request ([MS-OXCROPS] 2.2.15.3.1); this ROP has no response.
    pub struct ReleaseRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

/// RopBufferTooSmall response ([MS-OXCROPS] 2.2.15.1.1): always the last response; its
/// RequestBuffers are the request ROPs the server did not process, up to the end of RopsList.
#[derive(Debug, Clone, PartialEq)]
pub struct BufferTooSmallResponse<'a> {
    /// `SizeNeeded`: the output buffer size the client must offer next time.
    pub size_needed: u16,
    /// `RequestBuffers`: the unprocessed request ROPs (decode them with `buffer::RopIter`).
    pub request_buffers: &'a [u8],
}

impl<'a> Decode<'a> for BufferTooSmallResponse<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, size_needed) = le_u16(input)?;
        Ok((
            &[],
            BufferTooSmallResponse {
                size_needed,
                request_buffers: rest,
            },
        ))
    }
}

impl Encode for BufferTooSmallResponse<'_> {
    fn encoded_len(&self) -> usize {
        2 + self.request_buffers.len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u16(self.size_needed)?;
        w.put_bytes(self.request_buffers)
    }
}

impl Dump for BufferTooSmallResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.size_needed.dump_field("SizeNeeded", d);
        self.request_buffers.dump_field("RequestBuffers", d);
    }
}

/// One backed-off ROP inside RopBackoff ([MS-OXCROPS] 2.2.15.2.1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BackoffRop {
    /// `RopIdBackoff`: the ROP to delay.
    pub rop_id_backoff: u8,
    /// `Duration`: milliseconds to wait.
    pub duration: u32,
}

impl LeElem for BackoffRop {
    const SIZE: usize = 5;
    fn read(bytes: &[u8]) -> Option<Self> {
        let (&id, rest) = bytes.split_first()?;
        Some(BackoffRop {
            rop_id_backoff: id,
            duration: u32::from_le_bytes(*rest.first_chunk()?),
        })
    }
    fn write(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.rop_id_backoff)?;
        w.put_u32(self.duration)
    }
}

/// RopBackoff response ([MS-OXCROPS] 2.2.15.2.1): may appear anywhere in RopsList.
#[derive(Debug, Clone, PartialEq)]
pub struct BackoffResponse<'a> {
    /// `LogonId`: the logon to delay.
    pub logon_id: u8,
    /// `Duration`: milliseconds to delay all ROPs of the logon.
    pub duration: u32,
    /// `BackoffRopData` (count in `BackoffRopCount`, 1 byte).
    pub backoff_rops: LeArray<'a, BackoffRop>,
    /// `AdditionalData` (size in `AdditionalDataSize`, 2 bytes).
    pub additional_data: &'a [u8],
}

impl<'a> Decode<'a> for BackoffResponse<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (input, logon_id) = le_u8(input)?;
        let (input, duration) = u32::decode(input)?;
        let (input, count) = le_u8(input)?;
        let (input, backoff_rops) = LeArray::parse(input, usize::from(count), "BackoffRopCount")?;
        let (input, size) = le_u16(input)?;
        let (input, additional_data) = crate::wire::take(input, usize::from(size))?;
        Ok((
            input,
            BackoffResponse {
                logon_id,
                duration,
                backoff_rops,
                additional_data,
            },
        ))
    }
}

impl Encode for BackoffResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + 4 + 1 + self.backoff_rops.encoded_len() + 2 + self.additional_data.len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.logon_id)?;
        w.put_u32(self.duration)?;
        w.put_u8(u8_len(self.backoff_rops.len(), "BackoffRopCount")?)?;
        self.backoff_rops.encode(w)?;
        w.put_u16(u16_len(self.additional_data.len(), "AdditionalDataSize")?)?;
        w.put_bytes(self.additional_data)
    }
}

impl Dump for BackoffResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.duration.dump_field("Duration", d);
        (self.backoff_rops.len() as u8).dump_field("BackoffRopCount", d);
        d.begin("BackoffRopData");
        for (i, r) in self.backoff_rops.iter().enumerate() {
            d.begin_item(i);
            r.rop_id_backoff.dump_field("RopIdBackoff", d);
            r.duration.dump_field("Duration", d);
            d.end();
        }
        d.end();
        (self.additional_data.len() as u16).dump_field("AdditionalDataSize", d);
        self.additional_data.dump_field("AdditionalData", d);
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use proptest::collection::vec;
    use proptest::prelude::*;

    impl<'a> Arb<'a> for BufferTooSmallResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<u16>(), <&[u8]>::arb()).prop_map(|(size_needed, request_buffers)| {
                BufferTooSmallResponse {
                    size_needed,
                    request_buffers,
                }
            })
        }
    }

    impl<'a> Arb<'a> for BackoffResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (
                any::<u8>(),
                any::<u32>(),
                vec(
                    (any::<u8>(), any::<u32>()).prop_map(|(r, d)| BackoffRop {
                        rop_id_backoff: r,
                        duration: d,
                    }),
                    0..4,
                ),
                <&[u8]>::arb(),
            )
                .prop_map(|(logon_id, duration, rops, additional_data)| {
                    BackoffResponse {
                        logon_id,
                        duration,
                        backoff_rops: LeArray::Slice(leak(rops)),
                        additional_data,
                    }
                })
        }
    }
}
