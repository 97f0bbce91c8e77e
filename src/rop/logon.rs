//! Logon ROPs ([MS-OXCROPS] 2.2.3): RopLogon so far.

use crate::data::{Guid, Id8};
use crate::error::EncodeError;
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, PResult, Size, SizeOpt, Str8, Terminated, View,
    Writer, le_u8, le_u32,
};

bitflags::bitflags! {
    /// RopLogon `LogonFlags` ([MS-OXCSTOR] 2.2.1.1.1), echoed in the responses
    /// ([MS-OXCSTOR] 2.2.1.1.2–2.2.1.1.4); unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct LogonFlags: u8 {
        /// `Private` (0x01): a private mailbox logon; clear for public folders. It also picks
        /// the success response layout ([MS-OXCSTOR] 2.2.1.1.1).
        const PRIVATE = 0x01;
        /// `Undercover` (0x02): ignored by the server ([MS-OXCSTOR] 2.2.1.1.1).
        const UNDERCOVER = 0x02;
        /// `Ghosted` (0x04): ignored by the server ([MS-OXCSTOR] 2.2.1.1.1).
        const GHOSTED = 0x04;
        /// `SpoolerProcess` (0x08): ignored by the server ([MS-OXCSTOR] 2.2.1.1.1).
        const SPOOLER_PROCESS = 0x08;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// RopLogon request `OpenFlags` ([MS-OXCSTOR] 2.2.1.1.1), the LE u32; unknown bits are
    /// kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct OpenFlags: u32 {
        /// `USE_ADMIN_PRIVILEGE`: administrative access to the mailbox ([MS-OXCSTOR] 2.2.1.1.1).
        const USE_ADMIN_PRIVILEGE = 0x0000_0001;
        /// `PUBLIC`: open a public folders message store; set for every public logon
        /// ([MS-OXCSTOR] 2.2.1.1.1).
        const PUBLIC = 0x0000_0002;
        /// `HOME_LOGON`: ignored ([MS-OXCSTOR] 2.2.1.1.1).
        const HOME_LOGON = 0x0000_0004;
        /// `TAKE_OWNERSHIP`: ignored ([MS-OXCSTOR] 2.2.1.1.1).
        const TAKE_OWNERSHIP = 0x0000_0008;
        /// `ALTERNATE_SERVER`: ask a private server for an alternate public server
        /// ([MS-OXCSTOR] 2.2.1.1.1).
        const ALTERNATE_SERVER = 0x0000_0100;
        /// `IGNORE_HOME_MDB`: public logons only; log on to a public store other than the
        /// user's default without being redirected ([MS-OXCSTOR] 2.2.1.1.1).
        const IGNORE_HOME_MDB = 0x0000_0200;
        /// `NO_MAIL`: ignored ([MS-OXCSTOR] 2.2.1.1.1).
        const NO_MAIL = 0x0000_0400;
        /// `USE_PER_MDB_REPLID_MAPPING`: should be set for a private mailbox logon
        /// ([MS-OXCSTOR] 2.2.1.1.1).
        const USE_PER_MDB_REPLID_MAPPING = 0x0100_0000;
        /// `SUPPORT_PROGRESS`: the client handles RopSetReadFlags asynchronously
        /// ([MS-OXCSTOR] 2.2.1.1.1).
        const SUPPORT_PROGRESS = 0x2000_0000;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// RopLogon private-mailbox success `ResponseFlags` ([MS-OXCSTOR] 2.2.1.1.3): the state
    /// of the mailbox; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ResponseFlags: u8 {
        /// `Reserved` (0x01): always set by the server, ignored by the client
        /// ([MS-OXCSTOR] 2.2.1.1.3).
        const RESERVED = 0x01;
        /// `OwnerRight` (0x02): the user has owner permission on the mailbox
        /// ([MS-OXCSTOR] 2.2.1.1.3).
        const OWNER_RIGHT = 0x02;
        /// `SendAsRight` (0x04): the user may send mail from the mailbox
        /// ([MS-OXCSTOR] 2.2.1.1.3).
        const SEND_AS_RIGHT = 0x04;
        /// `OOF` (0x10): the mailbox's Out of Office state is set ([MS-OXCSTOR] 2.2.1.1.3).
        const OOF = 0x10;
        const _ = !0;
    }
}

flags_codec!(LogonFlags: u8, 1, le_u8; OpenFlags: u32, 4, le_u32; ResponseFlags: u8, 1, le_u8);

/// ReturnValue ecWrongServer: the redirect response layout ([MS-OXCROPS] 2.2.3.1.4).
pub const EC_WRONG_SERVER: u32 = crate::codes::ErrorCode::WRONG_SERVER.0;

wire_struct! {
    /// RopLogon request ([MS-OXCROPS] 2.2.3.1.1). EssdnSize counts Essdn's terminator; 0
    /// means no Essdn.
    pub struct LogonRequest<'a> {
        logon_id "LogonId": u8,
        output_handle_index "OutputHandleIndex": u8,
        logon_flags "LogonFlags": LogonFlags,
        open_flags "OpenFlags": OpenFlags,
        store_state "StoreState": u32,
        essdn "EssdnSize Essdn": Option<Str8<'a>> as SizeOpt<u16, Terminated>,
    }
}

/// The 13 special-folder ids of a logon response ([MS-OXCROPS] 2.2.3.1.2).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FolderIds(pub [Id8; 13]);

impl<'a> Decode<'a> for FolderIds {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let mut ids = [Id8::default(); 13];
        let mut i = input;
        for id in &mut ids {
            (i, *id) = Id8::parse(i)?;
        }
        Ok((i, FolderIds(ids)))
    }
}

impl Encode for FolderIds {
    fn encoded_len(&self) -> usize {
        13 * 8
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.0.iter().try_for_each(|id| id.encode(w))
    }
}

impl DumpField for FolderIds {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.raw(name, self);
    }
}

/// `[ReplicaId-GlobalCounter, …]` ([MS-OXCDATA] 2.2.1.1).
impl core::fmt::Display for FolderIds {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("[")?;
        for (i, id) in self.0.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}{id}")?;
        }
        f.write_str("]")
    }
}

wire_struct! {
    /// LogonTime ([MS-OXCROPS] 2.2.3.1.2).
    pub struct LogonTime {
        seconds "Seconds": u8,
        minutes "Minutes": u8,
        hour "Hour": u8,
        day_of_week "DayOfWeek": u8,
        day "Day": u8,
        month "Month": u8,
        year "Year": u16,
    }
}

wire_struct! {
    /// RopLogon success response fields for a private mailbox ([MS-OXCROPS] 2.2.3.1.2).
    pub struct LogonPrivate {
        logon_flags "LogonFlags": LogonFlags,
        folder_ids "FolderIds": FolderIds,
        response_flags "ResponseFlags": ResponseFlags,
        mailbox_guid "MailboxGuid": Guid,
        repl_id "ReplId": u16,
        repl_guid "ReplGuid": Guid,
        logon_time "LogonTime": LogonTime,
        gwart_time "GwartTime": u64,
        store_state "StoreState": u32,
    }
}

wire_struct! {
    /// RopLogon success response fields for public folders ([MS-OXCROPS] 2.2.3.1.3).
    pub struct LogonPublic {
        logon_flags "LogonFlags": LogonFlags,
        folder_ids "FolderIds": FolderIds,
        repl_id "ReplId": u16,
        repl_guid "ReplGuid": Guid,
        per_user_guid "PerUserGuid": Guid,
    }
}

wire_struct! {
    /// RopLogon redirect response fields, ReturnValue ecWrongServer ([MS-OXCROPS] 2.2.3.1.4).
    /// ServerNameSize counts the terminator.
    pub struct LogonRedirect<'a> {
        logon_flags "LogonFlags": LogonFlags,
        server_name "ServerNameSize ServerName": Str8<'a> as Size<u8, Terminated>,
    }
}

/// The four RopLogon response layouts ([MS-OXCROPS] 2.2.3.1.2–2.2.3.1.5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LogonResult<'a> {
    /// ReturnValue 0, LogonFlags has Private (the 160 bytes kept as a view).
    Private(View<'a, LogonPrivate>),
    /// ReturnValue 0, LogonFlags lacks Private (the 139 bytes kept as a view).
    Public(View<'a, LogonPublic>),
    /// ReturnValue 0x00000478 (ecWrongServer).
    Redirect(LogonRedirect<'a>),
    /// Any other ReturnValue.
    Failure(u32),
}

impl LogonResult<'_> {
    /// True for the two success layouts (ReturnValue 0).
    pub fn is_success(&self) -> bool {
        matches!(self, LogonResult::Private(_) | LogonResult::Public(_))
    }
}

/// RopLogon response ([MS-OXCROPS] 2.2.3.1.2–2.2.3.1.5). The success layout follows the
/// Private bit of the echoed LogonFlags, which equals the request's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogonResponse<'a> {
    /// `OutputHandleIndex`.
    pub output_handle_index: u8,
    /// `ReturnValue` and the fields of the layout it selects.
    pub result: LogonResult<'a>,
}

impl<'a> Decode<'a> for LogonResponse<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, output_handle_index) = le_u8(input)?;
        let (i, rv) = le_u32(i)?;
        let (i, result) = match rv {
            0 => match i.first() {
                Some(&f) if LogonFlags::from_bits_retain(f).contains(LogonFlags::PRIVATE) => {
                    View::parse(i).map(|(r, v)| (r, LogonResult::Private(v)))?
                }
                _ => View::parse(i).map(|(r, v)| (r, LogonResult::Public(v)))?,
            },
            EC_WRONG_SERVER => {
                LogonRedirect::parse(i).map(|(r, v)| (r, LogonResult::Redirect(v)))?
            }
            e => (i, LogonResult::Failure(e)),
        };
        Ok((
            i,
            LogonResponse {
                output_handle_index,
                result,
            },
        ))
    }
}

impl Encode for LogonResponse<'_> {
    fn encoded_len(&self) -> usize {
        5 + match &self.result {
            LogonResult::Private(p) => p.encoded_len(),
            LogonResult::Public(p) => p.encoded_len(),
            LogonResult::Redirect(r) => r.encoded_len(),
            LogonResult::Failure(_) => 0,
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.output_handle_index)?;
        match &self.result {
            LogonResult::Private(p)
                if p.get()
                    .is_some_and(|p| p.logon_flags.contains(LogonFlags::PRIVATE)) =>
            {
                w.put_u32(0)?;
                p.encode(w)
            }
            LogonResult::Public(p)
                if p.get()
                    .is_some_and(|p| !p.logon_flags.contains(LogonFlags::PRIVATE)) =>
            {
                w.put_u32(0)?;
                p.encode(w)
            }
            LogonResult::Private(_) | LogonResult::Public(_) => Err(EncodeError::InvalidValue {
                field: "LogonFlags (Private bit differs from the layout)",
            }),
            LogonResult::Redirect(r) => {
                w.put_u32(EC_WRONG_SERVER)?;
                r.encode(w)
            }
            LogonResult::Failure(e) if *e == 0 || *e == EC_WRONG_SERVER => {
                Err(EncodeError::InvalidValue {
                    field: "ReturnValue (failure layout)",
                })
            }
            LogonResult::Failure(e) => w.put_u32(*e),
        }
    }
}

impl Dump for LogonResponse<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.output_handle_index.dump_field("OutputHandleIndex", d);
        let rv = match &self.result {
            LogonResult::Private(_) | LogonResult::Public(_) => 0,
            LogonResult::Redirect(_) => EC_WRONG_SERVER,
            LogonResult::Failure(e) => *e,
        };
        crate::codes::ErrorCode(rv).dump_field("ReturnValue", d);
        match &self.result {
            LogonResult::Private(p) => p.dump(d),
            LogonResult::Public(p) => p.dump(d),
            LogonResult::Redirect(r) => r.dump(d),
            LogonResult::Failure(_) => {}
        }
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

    impl<'a> Arb<'a> for FolderIds {
        fn arb() -> impl Strategy<Value = Self> {
            any::<[u64; 13]>().prop_map(|a| FolderIds(a.map(Id8)))
        }
    }

    impl<'a> Arb<'a> for LogonResponse<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            let result = prop_oneof![
                LogonPrivate::arb().prop_map(|mut p| {
                    p.logon_flags.insert(LogonFlags::PRIVATE);
                    LogonResult::Private(View::Value(crate::arbitrary::leak_one(p)))
                }),
                LogonPublic::arb().prop_map(|mut p| {
                    p.logon_flags.remove(LogonFlags::PRIVATE);
                    LogonResult::Public(View::Value(crate::arbitrary::leak_one(p)))
                }),
                (
                    LogonFlags::arb(),
                    Str8::arb().prop_filter("fits ServerNameSize", |s| s.len() < 255)
                )
                    .prop_map(|(logon_flags, server_name)| LogonResult::Redirect(
                        LogonRedirect {
                            logon_flags,
                            server_name
                        }
                    )),
                (1u32..)
                    .prop_filter("not ecWrongServer", |e| *e != EC_WRONG_SERVER)
                    .prop_map(LogonResult::Failure),
            ];
            (any::<u8>(), result).prop_map(|(output_handle_index, result)| LogonResponse {
                output_handle_index,
                result,
            })
        }
    }
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impls for the hand-written RopLogon layouts ([`crate::structured`]).
    use super::*;
    use crate::structured::nonzero_u32;
    use arbitrary::{Arbitrary, Result, Unstructured};

    impl<'a> Arbitrary<'a> for FolderIds {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            Ok(FolderIds(u.arbitrary::<[u64; 13]>()?.map(Id8)))
        }
    }

    /// A failure ReturnValue other than ecWrongServer, whose layout is the redirect.
    fn failure(u: &mut Unstructured<'_>) -> Result<LogonResult<'static>> {
        let e = nonzero_u32(u)?;
        Ok(LogonResult::Failure(if e == EC_WRONG_SERVER {
            e + 1
        } else {
            e
        }))
    }

    /// Success, redirect or failure. A success layout is the wire bytes at the front of
    /// the input (a view, [`crate::structured`]): private when their first byte, the echoed
    /// LogonFlags, has Private, public otherwise; a failure when the input is too short.
    impl<'a> Arbitrary<'a> for LogonResponse<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let output_handle_index = u.arbitrary()?;
            let result = match u.choose_index(3)? {
                0 => {
                    let private = u.peek_bytes(1).and_then(|b| b.first()).is_some_and(|&f| {
                        LogonFlags::from_bits_retain(f).contains(LogonFlags::PRIVATE)
                    });
                    let view = if private {
                        View::<LogonPrivate>::arbitrary(u).map(LogonResult::Private)
                    } else {
                        View::<LogonPublic>::arbitrary(u).map(LogonResult::Public)
                    };
                    match view {
                        Ok(v) => v,
                        Err(_) => failure(u)?,
                    }
                }
                1 => LogonResult::Redirect(u.arbitrary()?),
                _ => failure(u)?,
            };
            Ok(LogonResponse {
                output_handle_index,
                result,
            })
        }
    }
}
