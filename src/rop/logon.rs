//! Logon ROPs ([MS-OXCROPS] 2.2.3, [MS-OXCSTOR] 2.2.1): RopLogon, the Receive folder
//! ROPs, RopGetStoreState, the public folder replica ROPs, the ID conversions and the
//! per-user information ROPs.
//!
//! RopWritePerUserInformation's request carries ReplGuid only for a private mailbox logon,
//! so it is the one request here decoded with context ([`DecodeRequest`], `req_cx` in the
//! ROP table); RopGetReceiveFolderTable's rows follow a fixed column set
//! ([`RECEIVE_FOLDER_COLUMNS`]).

use crate::codes::ErrorCode;
use crate::data::tags::{PidTagFolderId, PidTagLastModificationTime};
use crate::data::{FolderId, Guid, Id8, LongTermId, PropertyRow, PropertyTag};
use crate::error::{EncodeError, ErrorKind, Fail};
use crate::rop::folder::ServerList;
use crate::rop::table::TableRows;
use crate::rop::{DecodeRequest, Present, RequestCx, RopResult, need};
use crate::wire::form::{Counted, split_names};
use crate::wire::{
    Count, Decode, Dump, DumpField, Dumper, Encode, Form, LeArray, List, PResult, Size, SizeOpt,
    Str8, Terminated, View, Writer, fail, le_u8, le_u32,
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

bitflags::bitflags! {
    /// `StoreState` ([MS-OXCSTOR] 2.2.1.5.2): the state of the mailbox, in the RopGetStoreState
    /// response and the RopLogon request and private-mailbox response; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct StoreState: u32 {
        /// `STORE_HAS_SEARCHES` (0x01000000): the mailbox has active search folders
        /// ([MS-OXCSTOR] 2.2.1.5.2).
        const STORE_HAS_SEARCHES = 0x0100_0000;
        const _ = !0;
    }
}

flags_codec!(
    LogonFlags: u8, 1, le_u8;
    OpenFlags: u32, 4, le_u32;
    ResponseFlags: u8, 1, le_u8;
    StoreState: u32, 4, le_u32
);

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
        store_state "StoreState": StoreState,
        essdn "EssdnSize Essdn": Option<Str8<'a>> as SizeOpt<u16, Terminated>,
    }
}

impl LogonRequest<'_> {
    /// Whether the request opens a private mailbox: LogonFlags has Private
    /// ([MS-OXCSTOR] 2.2.1.1.1).
    pub fn is_private(&self) -> bool {
        self.logon_flags.contains(LogonFlags::PRIVATE)
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
        store_state "StoreState": StoreState,
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

// ---- Receive folders: [MS-OXCROPS] 2.2.3.2–2.2.3.4, [MS-OXCSTOR] 2.2.1.2–2.2.1.4 ----------

wire_struct! {
    /// RopGetReceiveFolder request ([MS-OXCROPS] 2.2.3.2.1): MessageClass is ASCII, NUL
    /// included ([MS-OXCSTOR] 2.2.1.2.1).
    pub struct GetReceiveFolderRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        message_class "MessageClass": Str8<'a>,
    }
}

wire_struct! {
    /// RopGetReceiveFolder success fields ([MS-OXCROPS] 2.2.3.2.2).
    pub struct GetReceiveFolderSuccess<'a> {
        folder_id "FolderId": FolderId,
        explicit_message_class "ExplicitMessageClass": Str8<'a>,
    }
}

wire_struct! {
    /// RopGetReceiveFolder response ([MS-OXCROPS] 2.2.3.2.2, 2.2.3.2.3).
    pub struct GetReceiveFolderResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetReceiveFolderSuccess<'a>>,
    }
}

wire_struct! {
    /// RopSetReceiveFolder request ([MS-OXCROPS] 2.2.3.3.1): FolderId 0 with a non-empty
    /// MessageClass removes that class's Receive folder ([MS-OXCSTOR] 2.2.1.3.1).
    pub struct SetReceiveFolderRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        folder_id "FolderId": FolderId,
        message_class "MessageClass": Str8<'a>,
    }
}

wire_struct! {
    /// RopSetReceiveFolder response ([MS-OXCROPS] 2.2.3.3.2); same layout on failure.
    pub struct SetReceiveFolderResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

wire_struct! {
    /// RopGetReceiveFolderTable request ([MS-OXCROPS] 2.2.3.4.1).
    pub struct GetReceiveFolderTableRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

/// PidTagMessageClass as PtypString8 (0x001A001E), the type the Receive folder table uses
/// ([MS-OXCSTOR] 2.2.1.4.2).
pub const PID_TAG_MESSAGE_CLASS_A: PropertyTag = PropertyTag(0x001A_001E);

/// The columns of every Receive folder table row, in order ([MS-OXCSTOR] 2.2.1.4.2):
/// PidTagFolderId (PtypInteger64), PidTagMessageClass (PtypString8),
/// PidTagLastModificationTime (PtypTime).
pub const RECEIVE_FOLDER_COLUMNS: [PropertyTag; 3] = [
    PidTagFolderId,
    PID_TAG_MESSAGE_CLASS_A,
    PidTagLastModificationTime,
];

/// The fewest bytes a Receive folder table row takes: a FlaggedPropertyRow whose three
/// cells have no value (Flag, then one flag byte per cell; [MS-OXCDATA] 2.8.1.2).
const MIN_RECEIVE_FOLDER_ROW: usize = 4;

/// `Rows` of RopGetReceiveFolderTable ([MS-OXCROPS] 2.2.3.4.2): StandardPropertyRows or
/// FlaggedPropertyRows over [`RECEIVE_FOLDER_COLUMNS`] ([MS-OXCSTOR] 2.2.1.4.2). Encoding
/// refuses a caller row over other columns.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ReceiveFolderRows<'a>(pub TableRows<'a>);

impl<'a> ReceiveFolderRows<'a> {
    /// The rows: each a PropertyRow over [`RECEIVE_FOLDER_COLUMNS`].
    pub fn iter(&self) -> impl Iterator<Item = PropertyRow<'a>> + 'a {
        self.0.iter()
    }
}

impl<'a> Counted<'a> for ReceiveFolderRows<'a> {
    fn parse_counted(input: &'a [u8], count: usize, field: &'static str) -> PResult<'a, Self> {
        let columns = LeArray::Slice(&RECEIVE_FOLDER_COLUMNS);
        TableRows::parse(input, count, MIN_RECEIVE_FOLDER_ROW, columns, field)
            .map(|(rest, rows)| (rest, ReceiveFolderRows(rows)))
    }

    fn count(&self) -> usize {
        self.0.len()
    }
}

impl Encode for ReceiveFolderRows<'_> {
    fn encoded_len(&self) -> usize {
        self.0.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        let columns = LeArray::Slice(&RECEIVE_FOLDER_COLUMNS);
        if let Some(rows) = self.0.items()
            && rows.iter().any(|r| r.columns() != columns)
        {
            return Err(EncodeError::InvalidValue {
                field: "Rows (columns other than the Receive folder table's)",
            });
        }
        self.0.encode(w)
    }
}

impl DumpField for ReceiveFolderRows<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        self.0.dump_field(name, d);
    }
}

wire_struct! {
    /// RopGetReceiveFolderTable success fields ([MS-OXCROPS] 2.2.3.4.2): RowCount is 4 bytes.
    pub struct GetReceiveFolderTableSuccess<'a> {
        rows "RowCount Rows": ReceiveFolderRows<'a> as Count<u32>,
    }
}

wire_struct! {
    /// RopGetReceiveFolderTable response ([MS-OXCROPS] 2.2.3.4.2, 2.2.3.4.3).
    pub struct GetReceiveFolderTableResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetReceiveFolderTableSuccess<'a>>,
    }
}

// ---- RopGetStoreState: [MS-OXCROPS] 2.2.3.5, [MS-OXCSTOR] 2.2.1.5 -----------------------

wire_struct! {
    /// RopGetStoreState request ([MS-OXCROPS] 2.2.3.5.1).
    pub struct GetStoreStateRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
    }
}

wire_struct! {
    /// RopGetStoreState success fields ([MS-OXCROPS] 2.2.3.5.2).
    pub struct GetStoreStateSuccess {
        store_state "StoreState": StoreState,
    }
}

wire_struct! {
    /// RopGetStoreState response ([MS-OXCROPS] 2.2.3.5.2, 2.2.3.5.3).
    pub struct GetStoreStateResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetStoreStateSuccess>,
    }
}

// ---- Public folder replicas: [MS-OXCROPS] 2.2.3.6–2.2.3.7, [MS-OXCSTOR] 2.2.1.6–2.2.1.7 ----

/// The replica server list ([`ServerList`], the layout RopOpenFolder uses) under the spec
/// names of the declaring ROP ([MS-OXCROPS] 2.2.3.6.2, 2.2.3.7.2): the field's names are
/// the count, the cheap count and the list (`"OwningServersCount CheapServersCount
/// OwningServers"`), preceded by the presence byte for a [`Present`] list (`"IsGhosted
/// ServersCount CheapServersCount Servers"`).
pub struct Servers;

/// A count error of [`ServerList`] (which names RopOpenFolder's `ServerCount`) under the
/// declaring ROP's count name.
#[cold]
fn rename_count(e: nom::Err<Fail>, count: &'static str) -> nom::Err<Fail> {
    let rename = |f: Fail| match f.kind {
        ErrorKind::CountTooLarge { .. } => Fail {
            kind: ErrorKind::CountTooLarge { field: count },
            ..f
        },
        _ => f,
    };
    match e {
        nom::Err::Error(f) => nom::Err::Error(rename(f)),
        nom::Err::Failure(f) => nom::Err::Failure(rename(f)),
        e => e,
    }
}

impl<'a> Form<'a, ServerList<'a>> for Servers {
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, ServerList<'a>> {
        ServerList::parse(input).map_err(|e| rename_count(e, split_names(names).0))
    }
    fn encoded_len(v: &ServerList<'a>) -> usize {
        v.encoded_len()
    }
    fn encode(v: &ServerList<'a>, w: &mut Writer<'_>, _: &'static str) -> Result<(), EncodeError> {
        v.encode(w)
    }
    fn dump(v: &ServerList<'a>, names: &str, d: &mut dyn Dumper) {
        let (count, rest) = split_names(names);
        let (cheap, list) = split_names(rest);
        d.int(count, v.servers.len() as u64, 2);
        v.cheap_server_count.dump_field(cheap, d);
        d.begin(list);
        for (i, server) in v.servers.iter().enumerate() {
            d.begin_item(i);
            server.dump_field("Server", d);
            d.end();
        }
        d.end();
    }
}

impl<'a> Form<'a, Present<ServerList<'a>>> for Servers {
    fn parse(input: &'a [u8], names: &'static str) -> PResult<'a, Present<ServerList<'a>>> {
        let count = split_names(split_names(names).1).0;
        Present::parse(input).map_err(|e| rename_count(e, count))
    }
    fn encoded_len(v: &Present<ServerList<'a>>) -> usize {
        v.encoded_len()
    }
    fn encode(
        v: &Present<ServerList<'a>>,
        w: &mut Writer<'_>,
        _: &'static str,
    ) -> Result<(), EncodeError> {
        v.encode(w)
    }
    fn dump(v: &Present<ServerList<'a>>, names: &str, d: &mut dyn Dumper) {
        let (flag, rest) = split_names(names);
        v.flag.dump_field(flag, d);
        if let Some(list) = &v.value {
            <Servers as Form<'a, ServerList<'a>>>::dump(list, rest, d);
        }
    }
}

wire_struct! {
    /// RopGetOwningServers request ([MS-OXCROPS] 2.2.3.6.1).
    pub struct GetOwningServersRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        folder_id "FolderId": FolderId,
    }
}

wire_struct! {
    /// RopGetOwningServers success fields ([MS-OXCROPS] 2.2.3.6.2): the servers holding a
    /// replica, the first CheapServersCount of them the cheapest.
    pub struct GetOwningServersSuccess<'a> {
        owning_servers "OwningServersCount CheapServersCount OwningServers": ServerList<'a> as Servers,
    }
}

wire_struct! {
    /// RopGetOwningServers response ([MS-OXCROPS] 2.2.3.6.2, 2.2.3.6.3).
    pub struct GetOwningServersResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetOwningServersSuccess<'a>>,
    }
}

wire_struct! {
    /// RopPublicFolderIsGhosted request ([MS-OXCROPS] 2.2.3.7.1).
    pub struct PublicFolderIsGhostedRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        folder_id "FolderId": FolderId,
    }
}

wire_struct! {
    /// RopPublicFolderIsGhosted success fields ([MS-OXCROPS] 2.2.3.7.2): the server list
    /// follows only a non-zero IsGhosted ([MS-OXCSTOR] 2.2.1.7.2).
    pub struct PublicFolderIsGhostedSuccess<'a> {
        ghosted "IsGhosted ServersCount CheapServersCount Servers": Present<ServerList<'a>> as Servers,
    }
}

wire_struct! {
    /// RopPublicFolderIsGhosted response ([MS-OXCROPS] 2.2.3.7.2, 2.2.3.7.3).
    pub struct PublicFolderIsGhostedResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<PublicFolderIsGhostedSuccess<'a>>,
    }
}

// ---- ID conversions: [MS-OXCROPS] 2.2.3.8–2.2.3.9, [MS-OXCSTOR] 2.2.1.8–2.2.1.9 ---------

wire_struct! {
    /// RopLongTermIdFromId request ([MS-OXCROPS] 2.2.3.8.1): ObjectId is a Folder ID or a
    /// Message ID.
    pub struct LongTermIdFromIdRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        object_id "ObjectId": Id8,
    }
}

wire_struct! {
    /// RopLongTermIdFromId success fields ([MS-OXCROPS] 2.2.3.8.2).
    pub struct LongTermIdFromIdSuccess {
        long_term_id "LongTermId": LongTermId,
    }
}

wire_struct! {
    /// RopLongTermIdFromId response ([MS-OXCROPS] 2.2.3.8.2, 2.2.3.8.3).
    pub struct LongTermIdFromIdResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<LongTermIdFromIdSuccess>,
    }
}

wire_struct! {
    /// RopIdFromLongTermId request ([MS-OXCROPS] 2.2.3.9.1).
    pub struct IdFromLongTermIdRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        long_term_id "LongTermId": LongTermId,
    }
}

wire_struct! {
    /// RopIdFromLongTermId success fields ([MS-OXCROPS] 2.2.3.9.2).
    pub struct IdFromLongTermIdSuccess {
        object_id "ObjectId": Id8,
    }
}

wire_struct! {
    /// RopIdFromLongTermId response ([MS-OXCROPS] 2.2.3.9.2, 2.2.3.9.3).
    pub struct IdFromLongTermIdResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<IdFromLongTermIdSuccess>,
    }
}

// ---- Per-user information: [MS-OXCROPS] 2.2.3.10–2.2.3.13, [MS-OXCSTOR] 2.2.1.10–2.2.1.13

wire_struct! {
    /// RopGetPerUserLongTermIds request ([MS-OXCROPS] 2.2.3.10.1).
    pub struct GetPerUserLongTermIdsRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        database_guid "DatabaseGuid": Guid,
    }
}

wire_struct! {
    /// RopGetPerUserLongTermIds success fields ([MS-OXCROPS] 2.2.3.10.2).
    pub struct GetPerUserLongTermIdsSuccess<'a> {
        long_term_ids "LongTermIdCount LongTermIds": List<'a, LongTermId> as Count<u16>,
    }
}

wire_struct! {
    /// RopGetPerUserLongTermIds response ([MS-OXCROPS] 2.2.3.10.2, 2.2.3.10.3).
    pub struct GetPerUserLongTermIdsResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetPerUserLongTermIdsSuccess<'a>>,
    }
}

wire_struct! {
    /// RopGetPerUserGuid request ([MS-OXCROPS] 2.2.3.11.1).
    pub struct GetPerUserGuidRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        long_term_id "LongTermId": LongTermId,
    }
}

wire_struct! {
    /// RopGetPerUserGuid success fields ([MS-OXCROPS] 2.2.3.11.2).
    pub struct GetPerUserGuidSuccess {
        database_guid "DatabaseGuid": Guid,
    }
}

wire_struct! {
    /// RopGetPerUserGuid response ([MS-OXCROPS] 2.2.3.11.2, 2.2.3.11.3).
    pub struct GetPerUserGuidResponse {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<GetPerUserGuidSuccess>,
    }
}

wire_struct! {
    /// RopReadPerUserInformation request ([MS-OXCROPS] 2.2.3.12.1): FolderId is a
    /// LongTermID; Reserved should be 0x00 and is kept as sent.
    pub struct ReadPerUserInformationRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        folder_id "FolderId": LongTermId,
        reserved "Reserved": u8,
        data_offset "DataOffset": u32,
        max_data_size "MaxDataSize": u16,
    }
}

wire_struct! {
    /// RopReadPerUserInformation success fields ([MS-OXCROPS] 2.2.3.12.2): HasFinished is
    /// a Boolean, kept as its byte.
    pub struct ReadPerUserInformationSuccess<'a> {
        has_finished "HasFinished": u8,
        data "DataSize Data": &'a [u8] as Count<u16>,
    }
}

wire_struct! {
    /// RopReadPerUserInformation response ([MS-OXCROPS] 2.2.3.12.2, 2.2.3.12.3).
    pub struct ReadPerUserInformationResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<ReadPerUserInformationSuccess<'a>>,
    }
}

/// RopWritePerUserInformation request ([MS-OXCROPS] 2.2.3.13.1, [MS-OXCSTOR] 2.2.1.13.1).
/// ReplGuid follows Data only when DataOffset is 0 and the logon was opened with the
/// Private flag: decoding needs the logon's kind ([`DecodeRequest`]).
///
/// FolderId and ReplGuid are borrowed as their wire bytes, from the input or the caller, so
/// that [`crate::rop::RopRequest`] stays small; [`WritePerUserInformationRequest::folder_id`]
/// and [`WritePerUserInformationRequest::repl_guid`] give them typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WritePerUserInformationRequest<'a> {
    /// `LogonId`: its logon's kind decides whether ReplGuid is present.
    pub logon_id: u8,
    /// `InputHandleIndex`.
    pub input_handle_index: u8,
    /// `FolderId`: the public folder, the 24 bytes of a LongTermID
    /// ([`LongTermId::to_bytes`]).
    pub folder_id: &'a [u8; 24],
    /// `HasFinished`: a Boolean, kept as its byte.
    pub has_finished: u8,
    /// `DataOffset`: where in the per-user information stream Data goes.
    pub data_offset: u32,
    /// `Data` (size in `DataSize`, 2 bytes).
    pub data: &'a [u8],
    /// `ReplGuid`: present only with DataOffset 0 on a private mailbox logon; its 16 bytes.
    pub repl_guid: Option<&'a [u8; 16]>,
}

impl WritePerUserInformationRequest<'_> {
    /// `FolderId` as a [`LongTermId`] ([MS-OXCROPS] 2.2.3.13.1).
    pub fn folder_id(&self) -> LongTermId {
        LongTermId::from_bytes(self.folder_id)
    }

    /// `ReplGuid` as a [`Guid`], when present ([MS-OXCROPS] 2.2.3.13.1).
    pub fn repl_guid(&self) -> Option<Guid> {
        self.repl_guid.map(|g| Guid(*g))
    }
}

/// The fixed-size array at the front of `input`, borrowed.
fn borrow_array<const N: usize>(input: &[u8]) -> PResult<'_, &[u8; N]> {
    match input.split_first_chunk::<N>() {
        Some((a, rest)) => Ok((rest, a)),
        None => {
            let needed = N.saturating_sub(input.len());
            fail(input, ErrorKind::Truncated { needed })
        }
    }
}

impl<'a> DecodeRequest<'a> for WritePerUserInformationRequest<'a> {
    fn parse_request(input: &'a [u8], cx: &RequestCx<'a, '_>) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, input_handle_index) = le_u8(i)?;
        let (i, folder_id) = borrow_array::<{ LongTermId::SIZE }>(i)?;
        let (i, has_finished) = le_u8(i)?;
        let (i, data_offset) = le_u32(i)?;
        let (i, data) = <Count<u16> as Form<'a, &'a [u8]>>::parse(i, "DataSize Data")?;
        let (i, repl_guid) = if data_offset == 0 {
            match need(i, cx.logon_is_private(logon_id))? {
                (i, true) => borrow_array::<16>(i).map(|(r, g)| (r, Some(g)))?,
                (i, false) => (i, None),
            }
        } else {
            (i, None)
        };
        Ok((
            i,
            WritePerUserInformationRequest {
                logon_id,
                input_handle_index,
                folder_id,
                has_finished,
                data_offset,
                data,
                repl_guid,
            },
        ))
    }
}

impl Encode for WritePerUserInformationRequest<'_> {
    fn encoded_len(&self) -> usize {
        // LogonId, InputHandleIndex, FolderId, HasFinished, DataOffset, DataSize.
        (2 + LongTermId::SIZE + 1 + 4 + 2)
            .saturating_add(self.data.len())
            .saturating_add(self.repl_guid.map_or(0, |g| g.len()))
    }

    /// Refuses a ReplGuid with a non-zero DataOffset: it would not decode back.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if self.repl_guid.is_some() && self.data_offset != 0 {
            return Err(EncodeError::InvalidValue {
                field: "ReplGuid (with a DataOffset other than 0)",
            });
        }
        w.put_u8(self.logon_id)?;
        w.put_u8(self.input_handle_index)?;
        w.put_bytes(self.folder_id)?;
        w.put_u8(self.has_finished)?;
        w.put_u32(self.data_offset)?;
        <Count<u16> as Form<'_, &[u8]>>::encode(&self.data, w, "DataSize Data")?;
        match self.repl_guid {
            Some(g) => w.put_bytes(g),
            None => Ok(()),
        }
    }
}

impl Dump for WritePerUserInformationRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.folder_id().dump_field("FolderId", d);
        self.has_finished.dump_field("HasFinished", d);
        self.data_offset.dump_field("DataOffset", d);
        <Count<u16> as Form<'_, &[u8]>>::dump(&self.data, "DataSize Data", d);
        self.repl_guid().dump_field("ReplGuid", d);
    }
}

wire_struct! {
    /// RopWritePerUserInformation response ([MS-OXCROPS] 2.2.3.13.2); same layout on
    /// failure.
    pub struct WritePerUserInformationResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use crate::data::row::{RowKind, RowValue};
    use crate::data::{PropertyType, PropertyValue};
    use crate::rop::RopRequest;
    use crate::rop::context::{ArbContext, ArbWithContext};
    use proptest::collection::vec;
    use proptest::prelude::*;

    /// One cell of a Receive folder table row over `column`: a value, or in a flagged
    /// row also no value or an error.
    fn cell(
        column: PropertyTag,
        value: PropertyValue<'static>,
        which: u8,
        code: u32,
        flagged: bool,
    ) -> RowValue<'static> {
        let prop_type: PropertyType = column.prop_type();
        match (flagged, which) {
            (true, 1) => RowValue::NotFound { prop_type },
            (true, 2) => RowValue::Error { prop_type, code },
            _ => RowValue::Value(value),
        }
    }

    impl<'a> Arb<'a> for ReceiveFolderRows<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            let row = (
                any::<bool>(),
                any::<i64>(),
                Str8::arb(),
                any::<u64>(),
                any::<[u8; 3]>(),
                any::<u32>(),
            )
                .prop_map(|(flagged, fid, class, time, which, code)| {
                    let [c0, c1, c2] = RECEIVE_FOLDER_COLUMNS;
                    let cells = [
                        cell(
                            c0,
                            PropertyValue::Integer64(fid),
                            which[0] % 3,
                            code,
                            flagged,
                        ),
                        cell(
                            c1,
                            PropertyValue::String8(class),
                            which[1] % 3,
                            code,
                            flagged,
                        ),
                        cell(c2, PropertyValue::Time(time), which[2] % 3, code, flagged),
                    ];
                    PropertyRow::new(
                        LeArray::Slice(&RECEIVE_FOLDER_COLUMNS),
                        if flagged {
                            RowKind::Flagged
                        } else {
                            RowKind::Standard
                        },
                        crate::data::row::RowCells::Items(leak(cells.to_vec())),
                    )
                });
            vec(row, 0..4).prop_map(|rows| ReceiveFolderRows(TableRows::new(leak(rows))))
        }
    }

    impl ArbWithContext for WritePerUserInformationRequest<'static> {
        /// The request with the RopLogon that opened its logon: ReplGuid is present exactly
        /// when DataOffset is 0 and that logon is private.
        fn arb_with_context() -> impl Strategy<Value = (ArbContext, Self)> {
            (
                (any::<u8>(), any::<u8>(), LongTermId::arb(), any::<u8>()),
                prop_oneof![Just(0u32), any::<u32>()],
                <&'static [u8]>::arb(),
                (any::<bool>(), Guid::arb(), LogonRequest::arb()),
            )
                .prop_map(
                    |(
                        (logon_id, input_handle_index, folder_id, has_finished),
                        data_offset,
                        data,
                        (private, guid, mut logon),
                    )| {
                        logon.logon_id = logon_id;
                        logon.logon_flags.set(LogonFlags::PRIVATE, private);
                        let repl_guid = (data_offset == 0 && private)
                            .then(|| &crate::arbitrary::leak_one(guid).0);
                        let cx = ArbContext {
                            request: Some(RopRequest::Logon(logon)),
                            columns: None,
                        };
                        let request = WritePerUserInformationRequest {
                            logon_id,
                            input_handle_index,
                            folder_id: crate::arbitrary::leak_one(folder_id.to_bytes()),
                            has_finished,
                            data_offset,
                            data,
                            repl_guid,
                        };
                        (cx, request)
                    },
                )
        }
    }

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
    use crate::rop::RopRequest;
    use crate::rop::context::{ArbitraryContext, ArbitraryWithContext};
    use crate::wire::structured::{
        ArbitraryForm, MAX_ITEMS, bytes_upto, nonzero_u32, view_at_front,
    };
    use arbitrary::{Arbitrary, Result, Unstructured};

    impl<'a> Arbitrary<'a> for FolderIds {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            Ok(FolderIds(u.arbitrary::<[u64; 13]>()?.map(Id8)))
        }
    }

    impl<'a> ArbitraryForm<'a, ServerList<'a>> for Servers {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<ServerList<'a>> {
            ServerList::arbitrary(u)
        }
    }

    impl<'a> ArbitraryForm<'a, Present<ServerList<'a>>> for Servers {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Present<ServerList<'a>>> {
            Present::arbitrary(u)
        }
    }

    /// The wire form ([`crate::structured`]): the rows over [`RECEIVE_FOLDER_COLUMNS`] that
    /// parse one after another from the front of the input.
    impl<'a> ArbitraryForm<'a, ReceiveFolderRows<'a>> for Count<u32> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<ReceiveFolderRows<'a>> {
            let want = u.int_in_range(0..=MAX_ITEMS)?;
            TableRows::arbitrary_over(u, LeArray::Slice(&RECEIVE_FOLDER_COLUMNS), want)
                .map(ReceiveFolderRows)
        }
    }

    /// `N` input bytes, or zeros when fewer are left: any input gives a request.
    fn fixed<'a, const N: usize>(u: &mut Unstructured<'a>) -> &'a [u8; N] {
        u.bytes(N)
            .ok()
            .and_then(|b| b.first_chunk::<N>())
            .unwrap_or(&[0; N])
    }

    /// With the RopLogon that opened its logon: ReplGuid is present exactly when DataOffset
    /// is 0 and that logon is private.
    impl<'a> ArbitraryWithContext<'a> for WritePerUserInformationRequest<'a> {
        fn arbitrary_with_context(
            u: &mut Unstructured<'a>,
        ) -> Result<(ArbitraryContext<'a>, Self)> {
            let mut logon = LogonRequest::arbitrary(u)?;
            let private: bool = u.arbitrary()?;
            logon.logon_flags.set(LogonFlags::PRIVATE, private);
            let data_offset = if u.arbitrary()? { 0 } else { u.arbitrary()? };
            let request = WritePerUserInformationRequest {
                logon_id: logon.logon_id,
                input_handle_index: u.arbitrary()?,
                folder_id: fixed(u),
                has_finished: u.arbitrary()?,
                data_offset,
                data: bytes_upto(u, 0xFFFF)?,
                repl_guid: (data_offset == 0 && private).then(|| fixed(u)),
            };
            let cx = ArbitraryContext {
                request: Some(RopRequest::Logon(logon)),
                columns: None,
            };
            Ok((cx, request))
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
                        view_at_front::<LogonPrivate>(u).map(LogonResult::Private)
                    } else {
                        view_at_front::<LogonPublic>(u).map(LogonResult::Public)
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
