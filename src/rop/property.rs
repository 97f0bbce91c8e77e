//! Property ROPs ([MS-OXCROPS] 2.2.8): RopGetPropertiesSpecific and RopSetProperties so far.

use crate::data::row::PropertyProblem;
use crate::data::{PropertyRow, PropertyTag, TaggedPropertyValue};
use crate::error::{EncodeError, ErrorKind};
use crate::rop::{DecodeResponse, ResponseCx, RopRequest, RopResult};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, LeArray, List, PResult, Writer, fail, le_u8, le_u16,
    le_u32, sized, u16_len,
};

/// RopGetPropertiesSpecific request ([MS-OXCROPS] 2.2.8.3.1).
#[derive(Debug, Clone, PartialEq)]
pub struct GetPropertiesSpecificRequest<'a> {
    /// `LogonId`.
    pub logon_id: u8,
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `PropertySizeLimit`.
    pub property_size_limit: u16,
    /// `WantUnicode` (non-zero: PtypUnspecified string columns come back as PtypString).
    pub want_unicode: u16,
    /// `PropertyTags` (count in `PropertyTagCount`, 2 bytes): the columns of the response row.
    pub property_tags: LeArray<'a, PropertyTag>,
}

impl<'a> Decode<'a> for GetPropertiesSpecificRequest<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, input_handle_index) = le_u8(i)?;
        let (i, property_size_limit) = le_u16(i)?;
        let (i, want_unicode) = le_u16(i)?;
        let (i, count) = le_u16(i)?;
        let (i, property_tags) = LeArray::parse(i, usize::from(count), "PropertyTagCount")?;
        Ok((
            i,
            GetPropertiesSpecificRequest {
                logon_id,
                input_handle_index,
                property_size_limit,
                want_unicode,
                property_tags,
            },
        ))
    }
}

impl Encode for GetPropertiesSpecificRequest<'_> {
    fn encoded_len(&self) -> usize {
        8 + self.property_tags.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.logon_id)?;
        w.put_u8(self.input_handle_index)?;
        w.put_u16(self.property_size_limit)?;
        w.put_u16(self.want_unicode)?;
        w.put_u16(u16_len(self.property_tags.len(), "PropertyTagCount")?)?;
        self.property_tags.encode(w)
    }
}

impl Dump for GetPropertiesSpecificRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.property_size_limit.dump_field("PropertySizeLimit", d);
        self.want_unicode.dump_field("WantUnicode", d);
        (self.property_tags.len() as u16).dump_field("PropertyTagCount", d);
        self.property_tags.dump_field("PropertyTags", d);
    }
}

/// RopGetPropertiesSpecific response ([MS-OXCROPS] 2.2.8.3.2, 2.2.8.3.3). Its RowData is a
/// PropertyRow over the request's PropertyTags, so decoding needs the request.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPropertiesSpecificResponse<'a> {
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `ReturnValue` and, on success, `RowData`.
    pub result: RopResult<PropertyRow<'a>>,
}

impl<'a> DecodeResponse<'a> for GetPropertiesSpecificResponse<'a> {
    fn decode_response(input: &'a [u8], cx: ResponseCx<'a, '_>) -> PResult<'a, Self> {
        let (i, input_handle_index) = le_u8(input)?;
        let (j, rv) = le_u32(i)?;
        let result = if rv != 0 {
            return Ok((
                j,
                GetPropertiesSpecificResponse {
                    input_handle_index,
                    result: RopResult::Failure(rv),
                },
            ));
        } else {
            match cx.request {
                Some(RopRequest::GetPropertiesSpecific(req)) => {
                    PropertyRow::decode_with(j, req.property_tags)?
                }
                _ => {
                    return fail(
                        j,
                        ErrorKind::NeedsContext {
                            what: "the RopGetPropertiesSpecific request's PropertyTags",
                        },
                    );
                }
            }
        };
        Ok((
            result.0,
            GetPropertiesSpecificResponse {
                input_handle_index,
                result: RopResult::Success(result.1),
            },
        ))
    }
}

impl Encode for GetPropertiesSpecificResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.result.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.input_handle_index)?;
        self.result.encode(w)
    }
}

impl Dump for GetPropertiesSpecificResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.input_handle_index.dump_field("InputHandleIndex", d);
        d.int("ReturnValue", u64::from(self.result.return_value()), 4);
        if let RopResult::Success(row) = &self.result {
            row.dump_field("RowData", d);
        }
    }
}

/// RopSetProperties request ([MS-OXCROPS] 2.2.8.6.1). PropertyValueSize counts
/// PropertyValueCount and PropertyValues.
#[derive(Debug, Clone, PartialEq)]
pub struct SetPropertiesRequest<'a> {
    /// `LogonId`.
    pub logon_id: u8,
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `PropertyValues` (count in `PropertyValueCount`, 2 bytes).
    pub property_values: List<'a, TaggedPropertyValue<'a>>,
}

impl<'a> Decode<'a> for SetPropertiesRequest<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, input_handle_index) = le_u8(i)?;
        let (i, size) = le_u16(i)?;
        let (i, property_values) = sized(i, usize::from(size), |b| {
            let (b, count) = le_u16(b)?;
            List::parse(b, usize::from(count), 4, (), "PropertyValueCount")
        })?;
        Ok((
            i,
            SetPropertiesRequest {
                logon_id,
                input_handle_index,
                property_values,
            },
        ))
    }
}

impl Encode for SetPropertiesRequest<'_> {
    fn encoded_len(&self) -> usize {
        6 + self.property_values.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.logon_id)?;
        w.put_u8(self.input_handle_index)?;
        // PropertyValueSize counts PropertyValueCount and PropertyValues: back-patched.
        let size_at = w.reserve(2)?;
        w.put_u16(u16_len(self.property_values.len(), "PropertyValueCount")?)?;
        self.property_values.encode(w)?;
        let size = w.position() - size_at - 2;
        w.patch_u16(size_at, u16_len(size, "PropertyValueSize")?)
    }
}

impl Dump for SetPropertiesRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.input_handle_index.dump_field("InputHandleIndex", d);
        ((2 + self.property_values.encoded_len()) as u16).dump_field("PropertyValueSize", d);
        (self.property_values.len() as u16).dump_field("PropertyValueCount", d);
        self.property_values.dump_field("PropertyValues", d);
    }
}

/// The PropertyProblems of a RopSetProperties-like response: count:2 then 10-byte entries
/// ([MS-OXCROPS] 2.2.8.6.2).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PropertyProblems<'a>(pub List<'a, PropertyProblem>);

impl<'a> Decode<'a> for PropertyProblems<'a> {
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, n) = le_u16(input)?;
        List::parse(i, usize::from(n), 10, (), "PropertyProblemCount")
            .map(|(r, l)| (r, PropertyProblems(l)))
    }
}

impl Encode for PropertyProblems<'_> {
    fn encoded_len(&self) -> usize {
        2 + self.0.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u16(u16_len(self.0.len(), "PropertyProblemCount")?)?;
        self.0.encode(w)
    }
}

impl Dump for PropertyProblems<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        (self.0.len() as u16).dump_field("PropertyProblemCount", d);
        self.0.dump_field("PropertyProblems", d);
    }
}

wire_struct! {
    /// RopSetProperties response ([MS-OXCROPS] 2.2.8.6.2, 2.2.8.6.3).
    pub struct SetPropertiesResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<PropertyProblems<'a>>,
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for the property ROPs.
    use super::*;
    use crate::arbitrary::Arb;
    use crate::data::row::arb::row;
    use proptest::prelude::*;

    impl<'a> Arb<'a> for GetPropertiesSpecificRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (
                any::<u8>(),
                any::<u8>(),
                any::<u16>(),
                any::<u16>(),
                LeArray::<PropertyTag>::arb(),
            )
                .prop_map(
                    |(
                        logon_id,
                        input_handle_index,
                        property_size_limit,
                        want_unicode,
                        property_tags,
                    )| {
                        GetPropertiesSpecificRequest {
                            logon_id,
                            input_handle_index,
                            property_size_limit,
                            want_unicode,
                            property_tags,
                        }
                    },
                )
        }
    }

    /// A request and a response whose row follows the request's tags.
    pub fn get_properties_specific() -> impl Strategy<
        Value = (
            GetPropertiesSpecificRequest<'static>,
            GetPropertiesSpecificResponse<'static>,
        ),
    > {
        (
            GetPropertiesSpecificRequest::arb(),
            row(),
            any::<u8>(),
            0u32..3,
        )
            .prop_map(|(mut req, row, idx, rv)| {
                req.property_tags = row.columns;
                let result = if rv == 0 {
                    RopResult::Success(row)
                } else {
                    RopResult::Failure(rv)
                };
                (
                    req,
                    GetPropertiesSpecificResponse {
                        input_handle_index: idx,
                        result,
                    },
                )
            })
    }

    impl<'a> Arb<'a> for SetPropertiesRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<u8>(), any::<u8>(), List::<TaggedPropertyValue>::arb()).prop_map(
                |(logon_id, input_handle_index, property_values)| SetPropertiesRequest {
                    logon_id,
                    input_handle_index,
                    property_values,
                },
            )
        }
    }

    impl<'a> Arb<'a> for PropertyProblems<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            List::<PropertyProblem>::arb().prop_map(PropertyProblems)
        }
    }
}
