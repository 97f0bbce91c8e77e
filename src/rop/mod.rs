//! Remote operations: all 132 RopIds, the request and response enums and their
//! dispatch ([MS-OXCROPS] 2.2.3–2.2.15).
//!
//! One table, `rop_table!` below, gives every ROP its id, spec name, family, section
//! and — once implemented — its request and response types. A ROP without a type
//! decodes to [`ErrorKind::Unsupported`]. Each family lives in its own file
//! (`logon.rs`, `folder.rs`, …) with the same shape: one `wire_struct!` per fixed
//! layout, hand-written codecs next to them for flag- or context-driven layouts.

use crate::error::{EncodeError, ErrorKind, Fail};
use crate::wire::{Decode, Dump, DumpField, Dumper, Encode, PResult, Writer, fail, le_u8, le_u32};

pub mod context;
pub mod folder;
pub mod logon;
pub mod message;
pub mod notification;
pub mod other;
pub mod property;
pub mod table;
pub mod transport;

pub use crate::codes::{Family, RopId};
pub use context::{
    BatchState, DecodeRequest, DecodeResponse, Fact, LogonKinds, NoContext, RequestCx,
    ResponseContext, ResponseCx, need,
};

/// The ReturnValue of a response together with the fields present on success
/// ([MS-OXCROPS] 2.2.1: a non-zero ReturnValue ends the response).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RopResult<T> {
    /// ReturnValue 0x00000000 and the success fields.
    Success(T),
    /// A non-zero ReturnValue ([MS-OXCDATA] 2.4 error code); no further fields.
    Failure(u32),
}

impl<T> RopResult<T> {
    /// The ReturnValue on the wire.
    pub fn return_value(&self) -> u32 {
        match self {
            RopResult::Success(_) => 0,
            RopResult::Failure(e) => *e,
        }
    }

    /// The success fields, if any.
    pub fn success(&self) -> Option<&T> {
        match self {
            RopResult::Success(t) => Some(t),
            RopResult::Failure(_) => None,
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for RopResult<T> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, rv) = le_u32(input)?;
        if rv == 0 {
            let (rest, t) = T::parse(rest)?;
            Ok((rest, RopResult::Success(t)))
        } else {
            Ok((rest, RopResult::Failure(rv)))
        }
    }
}

impl<T: Encode> Encode for RopResult<T> {
    #[inline]
    fn encoded_len(&self) -> usize {
        4 + match self {
            RopResult::Success(t) => t.encoded_len(),
            RopResult::Failure(_) => 0,
        }
    }

    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            RopResult::Success(t) => {
                w.put_u32(0)?;
                t.encode(w)
            }
            RopResult::Failure(0) => Err(EncodeError::InvalidValue {
                field: "ReturnValue (failure with 0)",
            }),
            RopResult::Failure(e) => w.put_u32(*e),
        }
    }
}

impl<T: Dump> DumpField for RopResult<T> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        crate::codes::ErrorCode(self.return_value()).dump_field(name, d);
        if let RopResult::Success(t) = self {
            t.dump(d);
        }
    }
}

#[cfg(feature = "proptest")]
impl<'a, T: crate::arbitrary::Arb<'a>> crate::arbitrary::Arb<'a> for RopResult<T> {
    fn arb() -> impl proptest::strategy::Strategy<Value = Self> {
        use proptest::prelude::*;
        (any::<u32>(), T::arb()).prop_map(|(rv, t)| {
            if rv % 2 == 0 {
                RopResult::Success(t)
            } else {
                RopResult::Failure(rv)
            }
        })
    }
}

/// Success half the time, otherwise a failure with a non-zero ReturnValue (feature
/// `arbitrary`).
#[cfg(feature = "arbitrary")]
impl<'a, T: ::arbitrary::Arbitrary<'a>> ::arbitrary::Arbitrary<'a> for RopResult<T> {
    fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
        if u.arbitrary()? {
            Ok(RopResult::Success(T::arbitrary(u)?))
        } else {
            Ok(RopResult::Failure(crate::wire::structured::nonzero_u32(u)?))
        }
    }
}

/// A field that exists only when the byte before it is non-zero, e.g. `HasMessageId` then
/// `MessageId`, or `IsGhosted` then the server list ([MS-OXCROPS] 2.2.4.1.2, 2.2.6.2.2).
///
/// Declared in `wire_struct!` with both spec names, `"HasMessageId MessageId"`.
/// Encoding checks that `flag != 0` exactly when `value` is present.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Present<T> {
    /// The presence byte as sent (any non-zero value means present).
    pub flag: u8,
    /// The field, when `flag != 0`.
    pub value: Option<T>,
}

impl<T> Present<T> {
    /// A present value with flag 0x01.
    pub fn some(value: T) -> Self {
        Present {
            flag: 1,
            value: Some(value),
        }
    }

    /// An absent value with flag 0x00.
    pub fn none() -> Self {
        Present {
            flag: 0,
            value: None,
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Present<T> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, flag) = le_u8(input)?;
        if flag == 0 {
            Ok((rest, Present { flag, value: None }))
        } else {
            let (rest, v) = T::parse(rest)?;
            Ok((
                rest,
                Present {
                    flag,
                    value: Some(v),
                },
            ))
        }
    }
}

impl<T: Encode> Encode for Present<T> {
    fn encoded_len(&self) -> usize {
        1 + self.value.as_ref().map_or(0, Encode::encoded_len)
    }

    #[inline]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if (self.flag != 0) != self.value.is_some() {
            return Err(EncodeError::InvalidValue {
                field: "presence flag (differs from the field)",
            });
        }
        w.put_u8(self.flag)?;
        match &self.value {
            Some(v) => v.encode(w),
            None => Ok(()),
        }
    }
}

impl<T: DumpField> DumpField for Present<T> {
    fn dump_field(&self, names: &str, d: &mut dyn Dumper) {
        let (flag_name, value_name) = names.split_once(' ').unwrap_or((names, ""));
        self.flag.dump_field(flag_name, d);
        if let Some(v) = &self.value {
            v.dump_field(value_name, d);
        }
    }
}

#[cfg(feature = "proptest")]
impl<'a, T: crate::arbitrary::Arb<'a>> crate::arbitrary::Arb<'a> for Present<T> {
    fn arb() -> impl proptest::strategy::Strategy<Value = Self> {
        use proptest::prelude::*;
        (0u8..=3, T::arb()).prop_map(|(flag, v)| match flag {
            0 => Present::none(),
            _ => Present {
                flag,
                value: Some(v),
            },
        })
    }
}

/// Any presence byte; the value exactly when it is non-zero (feature `arbitrary`).
#[cfg(feature = "arbitrary")]
impl<'a, T: ::arbitrary::Arbitrary<'a>> ::arbitrary::Arbitrary<'a> for Present<T> {
    fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
        let flag: u8 = u.arbitrary()?;
        let value = match flag {
            0 => None,
            _ => Some(T::arbitrary(u)?),
        };
        Ok(Present { flag, value })
    }
}

/// Expands the ROP table into the request and response enums and their dispatch.
macro_rules! rop_enums {
    ($(
        $name:ident = $id:literal, $family:ident, $section:literal
        $(, req $req:ty)? $(, req_cx $reqcx:ty)? $(, resp $resp:ty)? $(, resp_cx $respcx:ty)? ;
    )*) => {
        impl RopId {
            /// True when this crate decodes and encodes the request.
            pub fn request_supported(self) -> bool {
                match self.0 {
                    $($id => false $(|| { let _ = stringify!($req); true })? $(|| { let _ = stringify!($reqcx); true })?,)*
                    _ => false,
                }
            }

            /// True when the request layout needs session state, the kind of its logon
            /// (`req_cx` in the ROP table).
            pub fn request_needs_context(self) -> bool {
                match self.0 {
                    $($id => false $(|| { let _ = stringify!($reqcx); true })?,)*
                    _ => false,
                }
            }

            /// True when this crate decodes and encodes the response.
            pub fn response_supported(self) -> bool {
                match self.0 {
                    $($id => false $(|| { let _ = stringify!($resp); true })? $(|| { let _ = stringify!($respcx); true })?,)*
                    _ => false,
                }
            }

            /// True when the response layout needs its request or session state
            /// (`resp_cx` in the ROP table).
            pub fn response_needs_context(self) -> bool {
                match self.0 {
                    $($id => false $(|| { let _ = stringify!($respcx); true })?,)*
                    _ => false,
                }
            }
        }

        /// A decoded or caller-built ROP request ([MS-OXCROPS] 2.2.3–2.2.15).
        #[derive(Debug, Clone, Copy, PartialEq)]
        #[non_exhaustive]
        // A plain tag byte (56 bytes instead of 48 with a niche-encoded discriminant): each
        // `match` on a request (dispatch, RopId, pairing) reads the tag directly
        // (`speed.md`, sixth session).
        #[repr(u8)]
        pub enum RopRequest<'a> {
            $($(
                #[doc = concat!("`Rop", stringify!($name), "` request ([MS-OXCROPS] ", $section, ").")]
                $name($req),
            )? $(
                #[doc = concat!("`Rop", stringify!($name), "` request ([MS-OXCROPS] ", $section, ").")]
                $name($reqcx),
            )?)*
        }

        impl<'a> RopRequest<'a> {
            /// The RopId.
            #[inline]
            pub fn rop_id(&self) -> RopId {
                match self {
                    $(
                        $(RopRequest::$name(_) => { let _ = stringify!($req); RopId::$name })?
                        $(RopRequest::$name(_) => { let _ = stringify!($reqcx); RopId::$name })?
                    )*
                }
            }

            #[inline]
            fn decode_body(id: RopId, input: &'a [u8], at: &'a [u8], cx: &RequestCx<'a, '_>) -> PResult<'a, Self> {
                RopRequest::decode_body_then(id, input, at, cx, |rest, v| Ok((rest, v)), Err)
            }

            /// Decodes the body of a request of ROP `id` (its RopId byte, at `at`, read) and
            /// hands the request, with the bytes after it, to `ok`, or the failure to `err`.
            /// Each arm calls `ok` itself, so a caller's item is built where the fields are
            /// decoded instead of copied out of a temporary.
            #[inline(always)]
            pub(crate) fn decode_body_then<R>(
                id: RopId,
                input: &'a [u8],
                at: &'a [u8],
                cx: &RequestCx<'a, '_>,
                ok: impl FnOnce(&'a [u8], Self) -> R,
                err: impl FnOnce(nom::Err<Fail>) -> R,
            ) -> R {
                let _ = cx;
                match id.0 {
                    $(
                        $($id => match <$req as Decode<'a>>::parse(input) {
                            Ok((rest, v)) => ok(rest, RopRequest::$name(v)),
                            Err(e) => err(e),
                        },)?
                        $($id => match <$reqcx as DecodeRequest<'a>>::parse_request(input, cx) {
                            Ok((rest, v)) => ok(rest, RopRequest::$name(v)),
                            Err(e) => err(e),
                        },)?
                    )*
                    _ if id.is_known() => err(nom::Err::Error(Fail::at(at, ErrorKind::Unsupported(id)))),
                    _ => err(nom::Err::Error(Fail::at(at, ErrorKind::UnknownRopId(id.0)))),
                }
            }

            fn body_len(&self) -> usize {
                match self {
                    $(
                        $(RopRequest::$name(v) => { let v: &$req = v; v.encoded_len() })?
                        $(RopRequest::$name(v) => { let v: &$reqcx = v; v.encoded_len() })?
                    )*
                }
            }

            #[inline(always)]
            fn encode_body(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                match self {
                    $(
                        $(RopRequest::$name(v) => { let v: &$req = v; w.local(|w| v.encode(w)) })?
                        $(RopRequest::$name(v) => { let v: &$reqcx = v; w.local(|w| v.encode(w)) })?
                    )*
                }
            }

            fn dump_body(&self, d: &mut dyn Dumper) {
                match self {
                    $(
                        $(RopRequest::$name(v) => { let v: &$req = v; v.dump(d) })?
                        $(RopRequest::$name(v) => { let v: &$reqcx = v; v.dump(d) })?
                    )*
                }
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a: 'static> RopRequest<'a> {
            /// A strategy over every implemented ROP request, each with the context it
            /// decodes with (for a request whose layout follows its logon's kind, the
            /// RopLogon that opened the logon), generated from the ROP table (feature
            /// `proptest`).
            pub fn arb() -> impl ::proptest::strategy::Strategy<
                Value = ($crate::rop::context::ArbContext, RopRequest<'a>),
            > {
                use ::proptest::strategy::Strategy;
                ::proptest::strategy::Union::new([
                    $(
                        $(
                            <$req as $crate::arbitrary::Arb<'a>>::arb()
                                .prop_map(|v| ($crate::rop::context::ArbContext::default(), RopRequest::$name(v)))
                                .boxed(),
                        )?
                        $(
                            <$reqcx as $crate::rop::context::ArbWithContext>::arb_with_context()
                                .prop_map(|(c, v)| (c, RopRequest::$name(v)))
                                .boxed(),
                        )?
                    )*
                ])
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a: 'static> RopResponse<'a> {
            /// A strategy over every implemented ROP response, each with the context it
            /// decodes with (its request, or the table's columns), generated from the ROP
            /// table (feature `proptest`).
            pub fn arb() -> impl ::proptest::strategy::Strategy<
                Value = ($crate::rop::context::ArbContext, RopResponse<'a>),
            > {
                use ::proptest::strategy::Strategy;
                ::proptest::strategy::Union::new([
                    $(
                        $(
                            <$resp as $crate::arbitrary::Arb<'a>>::arb()
                                .prop_map(|v| ($crate::rop::context::ArbContext::default(), RopResponse::$name(v)))
                                .boxed(),
                        )?
                        $(
                            <$respcx as $crate::rop::context::ArbWithContext>::arb_with_context()
                                .prop_map(|(c, v)| (c, RopResponse::$name(v)))
                                .boxed(),
                        )?
                    )*
                ])
            }
        }

        #[cfg(feature = "arbitrary")]
        impl<'a> RopRequest<'a> {
            /// Any implemented ROP request with the context it decodes with (for a request
            /// whose layout follows its logon's kind, the RopLogon that opened the logon),
            /// generated from the ROP table (feature `arbitrary`).
            pub fn arbitrary_with_context(
                u: &mut ::arbitrary::Unstructured<'a>,
            ) -> ::arbitrary::Result<($crate::rop::context::ArbitraryContext<'a>, RopRequest<'a>)> {
                type Gen<'a> = fn(
                    &mut ::arbitrary::Unstructured<'a>,
                ) -> ::arbitrary::Result<($crate::rop::context::ArbitraryContext<'a>, RopRequest<'a>)>;
                let gens: &[Gen<'a>] = &[
                    $(
                        $(
                            |u| {
                                let v = <$req as ::arbitrary::Arbitrary<'a>>::arbitrary(u)?;
                                Ok(($crate::rop::context::ArbitraryContext::default(), RopRequest::$name(v)))
                            },
                        )?
                        $(
                            |u| {
                                let (c, v) = <$reqcx as $crate::rop::context::ArbitraryWithContext<'a>>::arbitrary_with_context(u)?;
                                Ok((c, RopRequest::$name(v)))
                            },
                        )?
                    )*
                ];
                let generate = *u.choose(gens)?;
                generate(u)
            }
        }

        /// Any implemented ROP request, generated from the ROP table (feature `arbitrary`).
        /// Requests that need context (`req_cx` in the table) decode only with the context
        /// [`RopRequest::arbitrary_with_context`] returns with them.
        #[cfg(feature = "arbitrary")]
        impl<'a> ::arbitrary::Arbitrary<'a> for RopRequest<'a> {
            fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
                RopRequest::arbitrary_with_context(u).map(|(_, r)| r)
            }
        }

        #[cfg(feature = "arbitrary")]
        impl<'a> RopResponse<'a> {
            /// Any implemented ROP response with the context it decodes with (its request, or
            /// the table's columns), generated from the ROP table (feature `arbitrary`).
            pub fn arbitrary_with_context(
                u: &mut ::arbitrary::Unstructured<'a>,
            ) -> ::arbitrary::Result<($crate::rop::context::ArbitraryContext<'a>, RopResponse<'a>)> {
                type Gen<'a> = fn(
                    &mut ::arbitrary::Unstructured<'a>,
                ) -> ::arbitrary::Result<($crate::rop::context::ArbitraryContext<'a>, RopResponse<'a>)>;
                let gens: &[Gen<'a>] = &[
                    $(
                        $(
                            |u| {
                                let v = <$resp as ::arbitrary::Arbitrary<'a>>::arbitrary(u)?;
                                Ok(($crate::rop::context::ArbitraryContext::default(), RopResponse::$name(v)))
                            },
                        )?
                        $(
                            |u| {
                                let (c, v) = <$respcx as $crate::rop::context::ArbitraryWithContext<'a>>::arbitrary_with_context(u)?;
                                Ok((c, RopResponse::$name(v)))
                            },
                        )?
                    )*
                ];
                let generate = *u.choose(gens)?;
                generate(u)
            }
        }

        /// Any implemented ROP response, generated from the ROP table (feature `arbitrary`).
        /// Responses that need context (`resp_cx` in the table) decode only with the context
        /// [`RopResponse::arbitrary_with_context`] returns with them.
        #[cfg(feature = "arbitrary")]
        impl<'a> ::arbitrary::Arbitrary<'a> for RopResponse<'a> {
            fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
                RopResponse::arbitrary_with_context(u).map(|(_, r)| r)
            }
        }

        /// A decoded or caller-built ROP response ([MS-OXCROPS] 2.2.3–2.2.15).
        #[derive(Debug, Clone, Copy, PartialEq)]
        #[non_exhaustive]
        pub enum RopResponse<'a> {
            $($(
                #[doc = concat!("`Rop", stringify!($name), "` response ([MS-OXCROPS] ", $section, ").")]
                $name($resp),
            )? $(
                #[doc = concat!("`Rop", stringify!($name), "` response ([MS-OXCROPS] ", $section, ").")]
                $name($respcx),
            )?)*
        }

        impl<'a> RopResponse<'a> {
            /// The RopId of the ROP this response belongs to.
            #[inline]
            pub fn rop_id(&self) -> RopId {
                match self {
                    $(
                        $(RopResponse::$name(_) => { let _ = stringify!($resp); RopId::$name })?
                        $(RopResponse::$name(_) => { let _ = stringify!($respcx); RopId::$name })?
                    )*
                }
            }

            /// Decodes the body of a response of ROP `id` (its RopId byte, at `at`, read).
            #[inline(always)]
            pub(crate) fn decode_body(id: RopId, input: &'a [u8], at: &'a [u8], cx: &ResponseCx<'a, '_>) -> PResult<'a, Self> {
                match id.0 {
                    $(
                        $($id => {
                            let (rest, v) = <$resp as Decode<'a>>::parse(input)?;
                            Ok((rest, RopResponse::$name(v)))
                        })?
                        $($id => {
                            let (rest, v) = <$respcx as DecodeResponse<'a>>::parse_response(input, cx)?;
                            Ok((rest, RopResponse::$name(v)))
                        })?
                    )*
                    _ if id.is_known() => fail(at, ErrorKind::Unsupported(id)),
                    _ => fail(at, ErrorKind::UnknownRopId(id.0)),
                }
            }

            fn body_len(&self) -> usize {
                match self {
                    $(
                        $(RopResponse::$name(v) => { let v: &$resp = v; v.encoded_len() })?
                        $(RopResponse::$name(v) => { let v: &$respcx = v; v.encoded_len() })?
                    )*
                }
            }

            #[inline(always)]
            fn encode_body(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                match self {
                    $(
                        $(RopResponse::$name(v) => { let v: &$resp = v; w.local(|w| v.encode(w)) })?
                        $(RopResponse::$name(v) => { let v: &$respcx = v; w.local(|w| v.encode(w)) })?
                    )*
                }
            }

            fn dump_body(&self, d: &mut dyn Dumper) {
                match self {
                    $(
                        $(RopResponse::$name(v) => { let v: &$resp = v; v.dump(d) })?
                        $(RopResponse::$name(v) => { let v: &$respcx = v; v.dump(d) })?
                    )*
                }
            }
        }
    };
}

use folder::*;
use logon::*;
use message::*;
use other::*;
use property::*;
use table::*;
use transport::*;

rop_table!(rop_enums);
impl<'a> Decode<'a> for RopRequest<'a> {
    /// Decodes one ROP request: RopId then the ROP's fields ([MS-OXCROPS] 2.2.1). A request
    /// whose layout needs its logon's kind reports `NeedsContext` where the kind matters:
    /// decode it with [`RopRequest::parse_with`].
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        RopRequest::parse_with(input, &RequestCx::none())
    }
}

impl<'a> RopRequest<'a> {
    /// Decodes one ROP request with the session state the `req_cx` requests need, the kind
    /// of their logon ([MS-OXCROPS] 2.2.1, 2.2.3.13.1). The batch iterator
    /// ([`crate::buffer::RequestIter`]) supplies it.
    #[inline]
    pub fn parse_with(input: &'a [u8], cx: &RequestCx<'a, '_>) -> PResult<'a, Self> {
        let (rest, id) = le_u8(input)?;
        RopRequest::decode_body(RopId(id), rest, input, cx)
    }
}

impl Encode for RopRequest<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.body_len()
    }

    #[inline(always)]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.rop_id().0)?;
        self.encode_body(w)
    }
}

impl Dump for RopRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.dump_body(d)
    }
}

impl<'a> RopResponse<'a> {
    /// Decodes one ROP response with its request and context ([MS-OXCROPS] 2.2.1).
    ///
    /// With a request, the response must answer it (same RopId, or 0x20 for
    /// RopGetMessageStatus); unsolicited responses decode on their own.
    // Out of line on purpose: inlined into the pairing iterator, the response is built in
    // a stack temporary and copied, which measured 35 % slower on the send-mail batch.
    #[inline(never)]
    pub fn parse(input: &'a [u8], cx: ResponseCx<'a, '_>) -> PResult<'a, Self> {
        let (rest, wire) = le_u8(input)?;
        let id = match cx.request {
            Some(req) if RopId(wire).is_unsolicited() => {
                let _ = req;
                RopId(wire)
            }
            Some(req) => {
                let rid = req.rop_id();
                if rid.response_wire_id() != wire {
                    return fail(
                        input,
                        ErrorKind::InvalidValue {
                            field: "RopId (does not answer its request)",
                        },
                    );
                }
                rid
            }
            None => RopId(wire),
        };
        if id.has_no_response() {
            return fail(
                input,
                ErrorKind::InvalidValue {
                    field: "RopId (this ROP has no response)",
                },
            );
        }
        RopResponse::decode_body(id, rest, input, &cx)
    }

    /// Decodes one self-delimiting response without request or context.
    pub fn decode_alone(input: &'a [u8]) -> PResult<'a, Self> {
        RopResponse::parse(input, ResponseCx::none())
    }
}

impl Encode for RopResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.body_len()
    }

    #[inline(always)]
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.rop_id().response_wire_id())?;
        self.encode_body(w)
    }
}

impl Dump for RopResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.dump_body(d)
    }
}
