//! Property ROPs ([MS-OXCROPS] 2.2.8): RopGetPropertiesSpecific and RopSetProperties so far.

use crate::data::row::PropertyProblem;
use crate::data::{PropertyRow, PropertyTag, TaggedPropertyValue};
use crate::error::EncodeError;
use crate::rop::{DecodeResponse, ResponseCx, RopId, RopRequest, RopResult, need};
use crate::wire::{
    Count, Dump, DumpField, Dumper, Encode, LeArray, List, PResult, Size, Writer, le_u8, le_u32,
};

wire_struct! {
    /// RopGetPropertiesSpecific request ([MS-OXCROPS] 2.2.8.3.1). Its PropertyTags are the
    /// columns of the response row.
    pub struct GetPropertiesSpecificRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        property_size_limit "PropertySizeLimit": u16,
        want_unicode "WantUnicode": u16,
        property_tags "PropertyTagCount PropertyTags": LeArray<'a, PropertyTag> as Count<u16>,
    }
}

/// RopGetPropertiesSpecific response ([MS-OXCROPS] 2.2.8.3.2, 2.2.8.3.3). Its RowData is a
/// PropertyRow over the request's PropertyTags, so decoding needs the request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GetPropertiesSpecificResponse<'a> {
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `ReturnValue` and, on success, `RowData`.
    pub result: RopResult<PropertyRow<'a>>,
}

impl<'a> DecodeResponse<'a> for GetPropertiesSpecificResponse<'a> {
    #[inline]
    fn parse_response(input: &'a [u8], cx: &ResponseCx<'a, '_>) -> PResult<'a, Self> {
        let (i, input_handle_index) = le_u8(input)?;
        let (i, rv) = le_u32(i)?;
        let (i, result) = match rv {
            0 => {
                let found = cx.request(RopId::GetPropertiesSpecific, |r| match r {
                    RopRequest::GetPropertiesSpecific(q) => Some(q),
                    _ => None,
                });
                let (i, req) = need(i, found)?;
                let (i, row) = PropertyRow::decode_with(i, req.property_tags)?;
                (i, RopResult::Success(row))
            }
            e => (i, RopResult::Failure(e)),
        };
        Ok((
            i,
            GetPropertiesSpecificResponse {
                input_handle_index,
                result,
            },
        ))
    }
}

impl Encode for GetPropertiesSpecificResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.result.encoded_len()
    }
    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.input_handle_index)?;
        self.result.encode(w)
    }
}

impl Dump for GetPropertiesSpecificResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.input_handle_index.dump_field("InputHandleIndex", d);
        crate::codes::ErrorCode(self.result.return_value()).dump_field("ReturnValue", d);
        if let RopResult::Success(row) = &self.result {
            row.dump_field("RowData", d);
        }
    }
}

wire_struct! {
    /// RopSetProperties request ([MS-OXCROPS] 2.2.8.6.1). PropertyValueSize counts
    /// PropertyValueCount and PropertyValues.
    pub struct SetPropertiesRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        property_values "PropertyValueSize PropertyValueCount PropertyValues":
            List<'a, TaggedPropertyValue<'a>> as Size<u16, Count<u16>>,
    }
}

wire_struct! {
    /// The PropertyProblems of a RopSetProperties-like success response
    /// ([MS-OXCROPS] 2.2.8.6.2).
    pub struct PropertyProblems<'a> {
        problems "PropertyProblemCount PropertyProblems": List<'a, PropertyProblem> as Count<u16>,
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

    impl crate::rop::context::ArbWithContext for GetPropertiesSpecificResponse<'static> {
        fn arb_with_context() -> impl Strategy<Value = (crate::rop::context::ArbContext, Self)> {
            get_properties_specific().prop_map(|(q, r)| {
                let request = Some(RopRequest::GetPropertiesSpecific(q));
                let cx = crate::rop::context::ArbContext {
                    request,
                    columns: None,
                };
                (cx, r)
            })
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
                req.property_tags = row.columns();
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
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impl for RopGetPropertiesSpecific: the response comes with its request
    //! ([`crate::structured`]).
    use super::*;
    use crate::rop::context::{ArbitraryContext, ArbitraryWithContext};
    use crate::wire::structured::nonzero_u32;
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// A request, and a response whose row is a generated row; the request's PropertyTags
    /// are that row's columns.
    impl<'a> ArbitraryWithContext<'a> for GetPropertiesSpecificResponse<'a> {
        fn arbitrary_with_context(
            u: &mut Unstructured<'a>,
        ) -> Result<(ArbitraryContext<'a>, Self)> {
            let mut request = GetPropertiesSpecificRequest::arbitrary(u)?;
            let input_handle_index = u.arbitrary()?;
            let result = if u.arbitrary()? {
                let row = PropertyRow::arbitrary(u)?;
                request.property_tags = row.columns();
                RopResult::Success(row)
            } else {
                RopResult::Failure(nonzero_u32(u)?)
            };
            let cx = ArbitraryContext {
                request: Some(RopRequest::GetPropertiesSpecific(request)),
                columns: None,
            };
            let response = GetPropertiesSpecificResponse {
                input_handle_index,
                result,
            };
            Ok((cx, response))
        }
    }
}
