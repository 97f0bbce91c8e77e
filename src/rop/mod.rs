//! Remote operations: all 132 RopIds, the request and response enums and their
//! dispatch ([MS-OXCROPS] 2.2.3–2.2.15).
//!
//! One table, `rop_table!` below, gives every ROP its id, spec name, family, section
//! and — once implemented — its request and response types. A ROP without a type
//! decodes to [`ErrorKind::Unsupported`]. Each family lives in its own file
//! (`logon.rs`, `folder.rs`, …) with the same shape: one `wire_struct!` per fixed
//! layout, hand-written codecs next to them for flag- or context-driven layouts.

use core::fmt;

use crate::data::PropertyTag;
use crate::error::{EncodeError, ErrorKind};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, LeArray, PResult, Writer, fail, le_u8, le_u32,
};

pub mod folder;
pub mod logon;
pub mod message;
pub mod other;
pub mod property;
pub mod transport;

/// A RopId byte ([MS-OXCROPS] 2.2.3–2.2.15); an open set, unknown bytes are kept.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RopId(pub u8);

/// The spec family a ROP belongs to (the section of [MS-OXCROPS] 2.2 that defines it).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Family {
    /// Logon ROPs ([MS-OXCROPS] 2.2.3).
    Logon,
    /// Folder ROPs ([MS-OXCROPS] 2.2.4).
    Folder,
    /// Table ROPs ([MS-OXCROPS] 2.2.5).
    Table,
    /// Message ROPs ([MS-OXCROPS] 2.2.6).
    Message,
    /// Transport ROPs ([MS-OXCROPS] 2.2.7).
    Transport,
    /// Property ROPs ([MS-OXCROPS] 2.2.8).
    Property,
    /// Stream ROPs ([MS-OXCROPS] 2.2.9).
    Stream,
    /// Permission ROPs ([MS-OXCROPS] 2.2.10).
    Permission,
    /// Rule ROPs ([MS-OXCROPS] 2.2.11).
    Rule,
    /// Fast Transfer ROPs ([MS-OXCROPS] 2.2.12).
    FastTransfer,
    /// Incremental Change Synchronization ROPs ([MS-OXCROPS] 2.2.13).
    Sync,
    /// Notification ROPs ([MS-OXCROPS] 2.2.14).
    Notification,
    /// Other ROPs ([MS-OXCROPS] 2.2.15).
    Other,
}

impl Family {
    /// The spec name of the family.
    pub fn name(self) -> &'static str {
        match self {
            Family::Logon => "Logon",
            Family::Folder => "Folder",
            Family::Table => "Table",
            Family::Message => "Message",
            Family::Transport => "Transport",
            Family::Property => "Property",
            Family::Stream => "Stream",
            Family::Permission => "Permission",
            Family::Rule => "Rule",
            Family::FastTransfer => "Fast Transfer",
            Family::Sync => "Incremental Change Synchronization",
            Family::Notification => "Notification",
            Family::Other => "Other",
        }
    }

    /// Every family, in spec order.
    pub const ALL: [Family; 13] = [
        Family::Logon,
        Family::Folder,
        Family::Table,
        Family::Message,
        Family::Transport,
        Family::Property,
        Family::Stream,
        Family::Permission,
        Family::Rule,
        Family::FastTransfer,
        Family::Sync,
        Family::Notification,
        Family::Other,
    ];
}

/// Outside state that some responses need ([MS-OXCROPS] 2.2.5.4 rows follow the table's
/// columns; [MS-OXCROPS] 2.2.3.1 logon kind). Implemented by callers and the session tracker.
pub trait ResponseContext<'a> {
    /// The column set last set with RopSetColumns on the table with this server handle.
    fn columns(&self, _server_handle: u32) -> Option<LeArray<'a, PropertyTag>> {
        None
    }
    /// Whether the logon with this LogonId is a private mailbox logon.
    fn logon_is_private(&self, _logon_id: u8) -> Option<bool> {
        None
    }
}

/// A context that knows nothing: responses that need context report `NeedsContext`.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoContext;

impl<'a> ResponseContext<'a> for NoContext {}

/// What a response decoder may consult: its request and the outside context.
#[derive(Clone, Copy)]
pub struct ResponseCx<'a, 'c> {
    /// The request this response answers, if known.
    pub request: Option<&'c RopRequest<'a>>,
    /// The outside context.
    pub context: &'c dyn ResponseContext<'a>,
}

impl<'a, 'c> ResponseCx<'a, 'c> {
    /// No request, no context.
    pub fn none() -> Self {
        ResponseCx {
            request: None,
            context: &NoContext,
        }
    }
}

/// A response whose layout depends on its request or on outside state ([MS-OXCROPS] 2.2.1).
pub trait DecodeResponse<'a>: Sized {
    /// Parses the response body (after the RopId byte).
    fn decode_response(input: &'a [u8], cx: ResponseCx<'a, '_>) -> PResult<'a, Self>;
}

/// The ReturnValue of a response together with the fields present on success
/// ([MS-OXCROPS] 2.2.1: a non-zero ReturnValue ends the response).
#[derive(Debug, Clone, PartialEq)]
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
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, rv) = le_u32(input)?;
        if rv == 0 {
            let (rest, t) = T::decode(rest)?;
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
        d.int(name, u64::from(self.return_value()), 4);
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

/// A field that exists only when the byte before it is non-zero, e.g. `HasMessageId` then
/// `MessageId`, or `IsGhosted` then the server list ([MS-OXCROPS] 2.2.4.1.2, 2.2.6.2.2).
///
/// Declared in `wire_struct!` with both spec names, `"HasMessageId MessageId"`.
/// Encoding checks that `flag != 0` exactly when `value` is present.
#[derive(Debug, Clone, PartialEq)]
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
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, flag) = le_u8(input)?;
        if flag == 0 {
            Ok((rest, Present { flag, value: None }))
        } else {
            let (rest, v) = T::decode(rest)?;
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

/// The single table of ROPs. One line per RopId:
/// `Name = id, Family, "section" [, req RequestType] [, resp ResponseType | , resp_cx ResponseType]`.
/// `resp` responses are self-delimiting; `resp_cx` ones need their request or context.
macro_rules! rop_table {
    ($(
        $name:ident = $id:literal, $family:ident, $section:literal
        $(, req $req:ty)? $(, resp $resp:ty)? $(, resp_cx $respcx:ty)? ;
    )*) => {
        #[allow(non_upper_case_globals)]
        impl RopId {
            $(
                #[doc = concat!("`Rop", stringify!($name), "` ([MS-OXCROPS] ", $section, ").")]
                pub const $name: RopId = RopId($id);
            )*

            /// Every RopId the spec defines, in spec order.
            pub const ALL: &'static [RopId] = &[$(RopId::$name),*];

            /// The spec name (`RopOpenFolder`), or `"RopUnknown"`.
            pub fn name(self) -> &'static str {
                match self.0 {
                    $($id => concat!("Rop", stringify!($name)),)*
                    _ => "RopUnknown",
                }
            }

            /// The family, if the id is defined.
            pub fn family(self) -> Option<Family> {
                match self.0 {
                    $($id => Some(Family::$family),)*
                    _ => None,
                }
            }

            /// The [MS-OXCROPS] section that defines it, if the id is defined.
            pub fn section(self) -> Option<&'static str> {
                match self.0 {
                    $($id => Some($section),)*
                    _ => None,
                }
            }

            /// True when the spec defines this id.
            pub fn is_known(self) -> bool {
                self.family().is_some()
            }

            /// True when this crate decodes and encodes the request.
            pub fn request_supported(self) -> bool {
                match self.0 {
                    $($id => false $(|| { let _ = stringify!($req); true })?,)*
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
        }

        /// A decoded or caller-built ROP request ([MS-OXCROPS] 2.2.3–2.2.15).
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum RopRequest<'a> {
            $($(
                #[doc = concat!("`Rop", stringify!($name), "` request ([MS-OXCROPS] ", $section, ").")]
                $name($req),
            )?)*
        }

        impl<'a> RopRequest<'a> {
            /// The RopId.
            pub fn rop_id(&self) -> RopId {
                match self {
                    $($(RopRequest::$name(_) => { let _ = stringify!($req); RopId::$name })?)*
                }
            }

            fn decode_body(id: RopId, input: &'a [u8], at: &'a [u8]) -> PResult<'a, Self> {
                match id.0 {
                    $($($id => {
                        let (rest, v) = <$req as Decode<'a>>::decode(input)?;
                        Ok((rest, RopRequest::$name(v)))
                    })?)*
                    _ if id.is_known() => fail(at, ErrorKind::Unsupported(id)),
                    _ => fail(at, ErrorKind::UnknownRopId(id.0)),
                }
            }

            fn body_len(&self) -> usize {
                match self {
                    $($(RopRequest::$name(v) => { let v: &$req = v; v.encoded_len() })?)*
                }
            }

            fn encode_body(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                match self {
                    $($(RopRequest::$name(v) => { let v: &$req = v; v.encode(w) })?)*
                }
            }

            fn dump_body(&self, d: &mut dyn Dumper) {
                match self {
                    $($(RopRequest::$name(v) => { let v: &$req = v; v.dump(d) })?)*
                }
            }
        }

        /// A decoded or caller-built ROP response ([MS-OXCROPS] 2.2.3–2.2.15).
        #[derive(Debug, Clone, PartialEq)]
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
            pub fn rop_id(&self) -> RopId {
                match self {
                    $(
                        $(RopResponse::$name(_) => { let _ = stringify!($resp); RopId::$name })?
                        $(RopResponse::$name(_) => { let _ = stringify!($respcx); RopId::$name })?
                    )*
                }
            }

            fn decode_body(id: RopId, input: &'a [u8], at: &'a [u8], cx: ResponseCx<'a, '_>) -> PResult<'a, Self> {
                match id.0 {
                    $(
                        $($id => {
                            let (rest, v) = <$resp as Decode<'a>>::decode(input)?;
                            Ok((rest, RopResponse::$name(v)))
                        })?
                        $($id => {
                            let (rest, v) = <$respcx as DecodeResponse<'a>>::decode_response(input, cx)?;
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

            fn encode_body(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                match self {
                    $(
                        $(RopResponse::$name(v) => { let v: &$resp = v; v.encode(w) })?
                        $(RopResponse::$name(v) => { let v: &$respcx = v; v.encode(w) })?
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
use transport::*;

rop_table! {
    // ---- Logon ROPs, [MS-OXCROPS] 2.2.3 -------------------------------------------------
    Logon = 0xFE, Logon, "2.2.3.1", req LogonRequest<'a>, resp LogonResponse<'a>;
    GetReceiveFolder = 0x27, Logon, "2.2.3.2";
    SetReceiveFolder = 0x26, Logon, "2.2.3.3";
    GetReceiveFolderTable = 0x68, Logon, "2.2.3.4";
    GetStoreState = 0x7B, Logon, "2.2.3.5";
    GetOwningServers = 0x42, Logon, "2.2.3.6";
    PublicFolderIsGhosted = 0x45, Logon, "2.2.3.7";
    LongTermIdFromId = 0x43, Logon, "2.2.3.8";
    IdFromLongTermId = 0x44, Logon, "2.2.3.9";
    GetPerUserLongTermIds = 0x60, Logon, "2.2.3.10";
    GetPerUserGuid = 0x61, Logon, "2.2.3.11";
    ReadPerUserInformation = 0x63, Logon, "2.2.3.12";
    WritePerUserInformation = 0x64, Logon, "2.2.3.13";
    // ---- Folder ROPs, [MS-OXCROPS] 2.2.4 ------------------------------------------------
    OpenFolder = 0x02, Folder, "2.2.4.1", req OpenFolderRequest, resp OpenFolderResponse<'a>;
    CreateFolder = 0x1C, Folder, "2.2.4.2";
    DeleteFolder = 0x1D, Folder, "2.2.4.3";
    SetSearchCriteria = 0x30, Folder, "2.2.4.4";
    GetSearchCriteria = 0x31, Folder, "2.2.4.5";
    MoveCopyMessages = 0x33, Folder, "2.2.4.6";
    MoveFolder = 0x35, Folder, "2.2.4.7";
    CopyFolder = 0x36, Folder, "2.2.4.8";
    EmptyFolder = 0x58, Folder, "2.2.4.9";
    HardDeleteMessagesAndSubfolders = 0x92, Folder, "2.2.4.10";
    DeleteMessages = 0x1E, Folder, "2.2.4.11";
    HardDeleteMessages = 0x91, Folder, "2.2.4.12";
    GetHierarchyTable = 0x04, Folder, "2.2.4.13";
    GetContentsTable = 0x05, Folder, "2.2.4.14";
    // ---- Table ROPs, [MS-OXCROPS] 2.2.5 -------------------------------------------------
    SetColumns = 0x12, Table, "2.2.5.1";
    SortTable = 0x13, Table, "2.2.5.2";
    Restrict = 0x14, Table, "2.2.5.3";
    QueryRows = 0x15, Table, "2.2.5.4";
    Abort = 0x38, Table, "2.2.5.5";
    GetStatus = 0x16, Table, "2.2.5.6";
    QueryPosition = 0x17, Table, "2.2.5.7";
    SeekRow = 0x18, Table, "2.2.5.8";
    SeekRowBookmark = 0x19, Table, "2.2.5.9";
    SeekRowFractional = 0x1A, Table, "2.2.5.10";
    CreateBookmark = 0x1B, Table, "2.2.5.11";
    QueryColumnsAll = 0x37, Table, "2.2.5.12";
    FindRow = 0x4F, Table, "2.2.5.13";
    FreeBookmark = 0x89, Table, "2.2.5.14";
    ResetTable = 0x81, Table, "2.2.5.15";
    ExpandRow = 0x59, Table, "2.2.5.16";
    CollapseRow = 0x5A, Table, "2.2.5.17";
    GetCollapseState = 0x6B, Table, "2.2.5.18";
    SetCollapseState = 0x6C, Table, "2.2.5.19";
    // ---- Message ROPs, [MS-OXCROPS] 2.2.6 -----------------------------------------------
    OpenMessage = 0x03, Message, "2.2.6.1";
    CreateMessage = 0x06, Message, "2.2.6.2", req CreateMessageRequest, resp CreateMessageResponse;
    SaveChangesMessage = 0x0C, Message, "2.2.6.3", req SaveChangesMessageRequest, resp SaveChangesMessageResponse;
    RemoveAllRecipients = 0x0D, Message, "2.2.6.4", req RemoveAllRecipientsRequest, resp RemoveAllRecipientsResponse;
    ModifyRecipients = 0x0E, Message, "2.2.6.5", req ModifyRecipientsRequest<'a>, resp ModifyRecipientsResponse;
    ReadRecipients = 0x0F, Message, "2.2.6.6";
    ReloadCachedInformation = 0x10, Message, "2.2.6.7";
    SetMessageStatus = 0x20, Message, "2.2.6.8";
    GetMessageStatus = 0x1F, Message, "2.2.6.9";
    SetReadFlags = 0x66, Message, "2.2.6.10";
    SetMessageReadFlag = 0x11, Message, "2.2.6.11";
    OpenAttachment = 0x22, Message, "2.2.6.12";
    CreateAttachment = 0x23, Message, "2.2.6.13";
    DeleteAttachment = 0x24, Message, "2.2.6.14";
    SaveChangesAttachment = 0x25, Message, "2.2.6.15";
    OpenEmbeddedMessage = 0x46, Message, "2.2.6.16";
    GetAttachmentTable = 0x21, Message, "2.2.6.17";
    GetValidAttachments = 0x52, Message, "2.2.6.18";
    // ---- Transport ROPs, [MS-OXCROPS] 2.2.7 ---------------------------------------------
    SubmitMessage = 0x32, Transport, "2.2.7.1", req SubmitMessageRequest, resp SubmitMessageResponse;
    AbortSubmit = 0x34, Transport, "2.2.7.2";
    GetAddressTypes = 0x49, Transport, "2.2.7.3";
    SetSpooler = 0x47, Transport, "2.2.7.4";
    SpoolerLockMessage = 0x48, Transport, "2.2.7.5";
    TransportSend = 0x4A, Transport, "2.2.7.6";
    TransportNewMail = 0x51, Transport, "2.2.7.7";
    GetTransportFolder = 0x6D, Transport, "2.2.7.8";
    OptionsData = 0x6F, Transport, "2.2.7.9";
    // ---- Property ROPs, [MS-OXCROPS] 2.2.8 ----------------------------------------------
    GetPropertyIdsFromNames = 0x56, Property, "2.2.8.1";
    GetNamesFromPropertyIds = 0x55, Property, "2.2.8.2";
    GetPropertiesSpecific = 0x07, Property, "2.2.8.3", req GetPropertiesSpecificRequest<'a>, resp_cx GetPropertiesSpecificResponse<'a>;
    GetPropertiesAll = 0x08, Property, "2.2.8.4";
    GetPropertiesList = 0x09, Property, "2.2.8.5";
    SetProperties = 0x0A, Property, "2.2.8.6", req SetPropertiesRequest<'a>, resp SetPropertiesResponse<'a>;
    SetPropertiesNoReplicate = 0x79, Property, "2.2.8.7";
    DeleteProperties = 0x0B, Property, "2.2.8.8";
    DeletePropertiesNoReplicate = 0x7A, Property, "2.2.8.9";
    QueryNamedProperties = 0x5F, Property, "2.2.8.10";
    CopyProperties = 0x67, Property, "2.2.8.11";
    CopyTo = 0x39, Property, "2.2.8.12";
    Progress = 0x50, Property, "2.2.8.13";
    // ---- Stream ROPs, [MS-OXCROPS] 2.2.9 ------------------------------------------------
    OpenStream = 0x2B, Stream, "2.2.9.1";
    ReadStream = 0x2C, Stream, "2.2.9.2";
    WriteStream = 0x2D, Stream, "2.2.9.3";
    WriteStreamExtended = 0xA3, Stream, "2.2.9.4";
    CommitStream = 0x5D, Stream, "2.2.9.5";
    GetStreamSize = 0x5E, Stream, "2.2.9.6";
    SetStreamSize = 0x2F, Stream, "2.2.9.7";
    SeekStream = 0x2E, Stream, "2.2.9.8";
    CopyToStream = 0x3A, Stream, "2.2.9.9";
    LockRegionStream = 0x5B, Stream, "2.2.9.10";
    UnlockRegionStream = 0x5C, Stream, "2.2.9.11";
    WriteAndCommitStream = 0x90, Stream, "2.2.9.12";
    CloneStream = 0x3B, Stream, "2.2.9.13";
    // ---- Permission ROPs, [MS-OXCROPS] 2.2.10 -------------------------------------------
    ModifyPermissions = 0x40, Permission, "2.2.10.1";
    GetPermissionsTable = 0x3E, Permission, "2.2.10.2";
    // ---- Rule ROPs, [MS-OXCROPS] 2.2.11 -------------------------------------------------
    ModifyRules = 0x41, Rule, "2.2.11.1";
    GetRulesTable = 0x3F, Rule, "2.2.11.2";
    UpdateDeferredActionMessages = 0x57, Rule, "2.2.11.3";
    // ---- Fast Transfer ROPs, [MS-OXCROPS] 2.2.12 ----------------------------------------
    FastTransferDestinationConfigure = 0x53, FastTransfer, "2.2.12.1";
    FastTransferDestinationPutBuffer = 0x54, FastTransfer, "2.2.12.2";
    FastTransferDestinationPutBufferExtended = 0x9D, FastTransfer, "2.2.12.3";
    FastTransferSourceGetBuffer = 0x4E, FastTransfer, "2.2.12.4";
    FastTransferSourceCopyFolder = 0x4C, FastTransfer, "2.2.12.5";
    FastTransferSourceCopyMessages = 0x4B, FastTransfer, "2.2.12.6";
    FastTransferSourceCopyTo = 0x4D, FastTransfer, "2.2.12.7";
    FastTransferSourceCopyProperties = 0x69, FastTransfer, "2.2.12.8";
    TellVersion = 0x86, FastTransfer, "2.2.12.9";
    // ---- Incremental Change Synchronization ROPs, [MS-OXCROPS] 2.2.13 -------------------
    SynchronizationConfigure = 0x70, Sync, "2.2.13.1";
    SynchronizationImportMessageChange = 0x72, Sync, "2.2.13.2";
    SynchronizationImportReadStateChanges = 0x80, Sync, "2.2.13.3";
    SynchronizationImportHierarchyChange = 0x73, Sync, "2.2.13.4";
    SynchronizationImportDeletes = 0x74, Sync, "2.2.13.5";
    SynchronizationImportMessageMove = 0x78, Sync, "2.2.13.6";
    SynchronizationOpenCollector = 0x7E, Sync, "2.2.13.7";
    SynchronizationGetTransferState = 0x82, Sync, "2.2.13.8";
    SynchronizationUploadStateStreamBegin = 0x75, Sync, "2.2.13.9";
    SynchronizationUploadStateStreamContinue = 0x76, Sync, "2.2.13.10";
    SynchronizationUploadStateStreamEnd = 0x77, Sync, "2.2.13.11";
    SetLocalReplicaMidsetDeleted = 0x93, Sync, "2.2.13.12";
    GetLocalReplicaIds = 0x7F, Sync, "2.2.13.13";
    // ---- Notification ROPs, [MS-OXCROPS] 2.2.14 -----------------------------------------
    RegisterNotification = 0x29, Notification, "2.2.14.1";
    Notify = 0x2A, Notification, "2.2.14.2";
    Pending = 0x6E, Notification, "2.2.14.3";
    // ---- Other ROPs, [MS-OXCROPS] 2.2.15 ------------------------------------------------
    BufferTooSmall = 0xFF, Other, "2.2.15.1", resp BufferTooSmallResponse<'a>;
    Backoff = 0xF9, Other, "2.2.15.2", resp BackoffResponse<'a>;
    Release = 0x01, Other, "2.2.15.3", req ReleaseRequest;
}

impl RopId {
    /// The RopId byte that starts this ROP's response on the wire: RopGetMessageStatus is
    /// answered with 0x20 ([MS-OXCROPS] 2.2.6.9.2).
    pub fn response_wire_id(self) -> u8 {
        if self == RopId::GetMessageStatus {
            RopId::SetMessageStatus.0
        } else {
            self.0
        }
    }

    /// True for ROPs that have no response at all (RopRelease, [MS-OXCROPS] 2.2.15.3).
    pub fn has_no_response(self) -> bool {
        self == RopId::Release
    }

    /// True for responses the server sends without a request: RopNotify, RopPending,
    /// RopBackoff, RopBufferTooSmall ([MS-OXCROPS] 2.2.1).
    pub fn is_unsolicited(self) -> bool {
        matches!(
            self,
            RopId::Notify | RopId::Pending | RopId::Backoff | RopId::BufferTooSmall
        )
    }

    /// True for ROPs that exist only as server responses ([MS-OXCROPS] 2.2.14.2, 2.2.14.3, 2.2.15.1, 2.2.15.2).
    pub fn is_response_only(self) -> bool {
        self.is_unsolicited()
    }
}

impl fmt::Debug for RopId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}(0x{:02X})", self.name(), self.0)
    }
}

impl fmt::Display for RopId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl<'a> Decode<'a> for RopRequest<'a> {
    /// Decodes one ROP request: RopId then the ROP's fields ([MS-OXCROPS] 2.2.1).
    fn decode(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, id) = le_u8(input)?;
        RopRequest::decode_body(RopId(id), rest, input)
    }
}

impl Encode for RopRequest<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.body_len()
    }

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
    pub fn decode(input: &'a [u8], cx: ResponseCx<'a, '_>) -> PResult<'a, Self> {
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
        RopResponse::decode_body(id, rest, input, cx)
    }

    /// Decodes one self-delimiting response without request or context.
    pub fn decode_alone(input: &'a [u8]) -> PResult<'a, Self> {
        RopResponse::decode(input, ResponseCx::none())
    }
}

impl Encode for RopResponse<'_> {
    fn encoded_len(&self) -> usize {
        1 + self.body_len()
    }

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
