//! Folder ROPs ([MS-OXCROPS] 2.2.4, [MS-OXCFOLD] 2.2.1), and the ghosted-server list shared
//! with RopPublicFolderIsGhosted and RopGetOwningServers.
//!
//! Three layouts are written by hand, in the declaration shape: the requests whose
//! UseUnicode flag picks the string form of later fields (RopCreateFolder, RopMoveFolder,
//! RopCopyFolder), the fields RopCreateFolder's IsExistingFolder brings, and the
//! ReturnValue of the move and copy ROPs, whose ecDstNullObject value picks the null
//! destination form ([`MoveCopyResult`]). The variable parts of RopSetSearchCriteria and
//! RopGetSearchCriteria (a restriction and a folder list) are declared, and kept in the ROP
//! enums as a view of their validated bytes ([`CriteriaView`]).

use core::fmt;

use crate::codes::ErrorCode;
use crate::data::restriction::RestrictionData;
use crate::data::{FolderId, MessageId};
use crate::error::EncodeError;
use crate::rop::{Present, RopResult};
use crate::wire::{
    Count, Decode, Dump, DumpField, Dumper, Encode, LeArray, List, PResult, Str8, Utf16Str, View,
    Writer, le_u8, le_u16, le_u32, u16_len,
};

bitflags::bitflags! {
    /// RopOpenFolder `OpenModeFlags` ([MS-OXCFOLD] 2.2.1.1.1); unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct OpenModeFlags: u8 {
        /// `OpenSoftDeleted` (0x04): open the folder even if it is soft-deleted
        /// ([MS-OXCFOLD] 2.2.1.1.1).
        const OPEN_SOFT_DELETED = 0x04;
        const _ = !0;
    }
}

flags_codec!(OpenModeFlags: u8, 1, le_u8);

wire_struct! {
    /// RopOpenFolder request ([MS-OXCROPS] 2.2.4.1.1).
    pub struct OpenFolderRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        output_handle_index "OutputHandleIndex": u8,
        folder_id "FolderId": FolderId,
        open_mode_flags "OpenModeFlags": OpenModeFlags,
    }
}

wire_struct! {
    /// RopOpenFolder success fields ([MS-OXCROPS] 2.2.4.1.2).
    pub struct OpenFolderSuccess<'a> {
        has_rules "HasRules": u8,
        ghosted "IsGhosted Servers": Present<ServerList<'a>>,
    }
}

wire_struct! {
    /// RopOpenFolder response ([MS-OXCROPS] 2.2.4.1.2, 2.2.4.1.3).
    pub struct OpenFolderResponse<'a> {
        output_handle_index "OutputHandleIndex": u8,
        result "ReturnValue": RopResult<OpenFolderSuccess<'a>>,
    }
}

/// Replica servers of a ghosted public folder: ServerCount:2, CheapServerCount:2, then
/// ServerCount NUL-terminated 8-bit names, the first CheapServerCount cheapest
/// ([MS-OXCROPS] 2.2.4.1.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ServerList<'a> {
    /// `CheapServerCount`.
    pub cheap_server_count: u16,
    /// `Servers` (count in `ServerCount`).
    pub servers: List<'a, Str8<'a>>,
}

impl<'a> Decode<'a> for ServerList<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, count) = le_u16(input)?;
        let (i, cheap_server_count) = le_u16(i)?;
        let (i, servers) = List::parse(i, usize::from(count), 1, (), "ServerCount")?;
        Ok((
            i,
            ServerList {
                cheap_server_count,
                servers,
            },
        ))
    }
}

impl Encode for ServerList<'_> {
    fn encoded_len(&self) -> usize {
        4 + self.servers.encoded_len()
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u16(u16_len(self.servers.len(), "ServerCount")?)?;
        w.put_u16(self.cheap_server_count)?;
        self.servers.encode(w)
    }
}

impl Dump for ServerList<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        (self.servers.len() as u16).dump_field("ServerCount", d);
        self.cheap_server_count.dump_field("CheapServerCount", d);
        d.begin("Servers");
        for (i, s) in self.servers.iter().enumerate() {
            d.begin_item(i);
            s.dump_field("Server", d);
            d.end();
        }
        d.end();
    }
}

impl DumpField for ServerList<'_> {
    /// Printed inline: its fields are fields of the enclosing response.
    fn dump_field(&self, _name: &str, d: &mut dyn Dumper) {
        self.dump(d);
    }
}

// ---- Strings whose form a flag picks ------------------------------------------------------

/// A folder name or comment whose form the request's Unicode flag picks: NUL-terminated
/// UTF-16LE when the flag is non-zero, else a NUL-terminated 8-bit string in the logon's
/// code page ([MS-OXCROPS] 2.2.4.2.1, 2.2.4.7.1, 2.2.4.8.1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FolderString<'a> {
    /// Flag non-zero: UTF-16LE.
    Unicode(Utf16Str<'a>),
    /// Flag zero: 8-bit ("multibyte") characters, kept as bytes.
    Multibyte(Str8<'a>),
}

impl<'a> FolderString<'a> {
    /// Reads the string in the form the flag picks.
    fn parse(input: &'a [u8], unicode: bool) -> PResult<'a, Self> {
        if unicode {
            Utf16Str::parse(input).map(|(r, s)| (r, FolderString::Unicode(s)))
        } else {
            Str8::parse(input).map(|(r, s)| (r, FolderString::Multibyte(s)))
        }
    }

    /// True for the UTF-16 form.
    pub fn is_unicode(&self) -> bool {
        matches!(self, FolderString::Unicode(_))
    }

    fn encoded_len(&self) -> usize {
        match self {
            FolderString::Unicode(s) => s.encoded_len(),
            FolderString::Multibyte(s) => s.encoded_len(),
        }
    }

    /// Writes the string, refusing a form other than the one `flag` picks (it would not
    /// decode back to itself).
    fn encode(&self, flag: u8, w: &mut Writer<'_>, field: &'static str) -> Result<(), EncodeError> {
        match (self, flag != 0) {
            (FolderString::Unicode(s), true) => s.encode(w),
            (FolderString::Multibyte(s), false) => s.encode(w),
            _ => Err(EncodeError::InvalidValue { field }),
        }
    }
}

impl DumpField for FolderString<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        match self {
            FolderString::Unicode(s) => d.utf16(name, s),
            FolderString::Multibyte(s) => d.text(name, s),
        }
    }
}

// ---- RopCreateFolder ----------------------------------------------------------------------

code_set! {
    /// RopCreateFolder `FolderType` ([MS-OXCFOLD] 2.2.1.2.1); unknown values are kept.
    pub struct FolderType(u8);
    /// `Generic folder` (1) ([MS-OXCFOLD] 2.2.1.2.1).
    GENERIC = 0x01 => "Generic";
    /// `Search folder` (2) ([MS-OXCFOLD] 2.2.1.2.1).
    SEARCH = 0x02 => "Search";
}

code_codec!(FolderType: u8, 1);

/// RopCreateFolder's DisplayName then Comment ([MS-OXCROPS] 2.2.4.2.1), both in the form
/// UseUnicodeStrings picks: the validated wire bytes of the two when decoded, or a caller's
/// two strings. One field for both keeps the request small (DESIGN §8); read them with
/// [`FolderNames::get`], [`FolderNames::display_name`] and [`FolderNames::comment`].
#[derive(Clone, Copy)]
pub enum FolderNames<'a> {
    /// Decoded: both strings, terminators included, in the form `unicode` says.
    Wire {
        /// The bytes of DisplayName and Comment.
        bytes: &'a [u8],
        /// True when UseUnicodeStrings was non-zero (UTF-16LE strings).
        unicode: bool,
    },
    /// A caller's `[DisplayName, Comment]`.
    Value(&'a [FolderString<'a>; 2]),
}

impl<'a> FolderNames<'a> {
    /// Reads and checks both strings, keeping their bytes.
    fn parse(input: &'a [u8], unicode: bool) -> PResult<'a, Self> {
        let (i, _) = FolderString::parse(input, unicode)?;
        let (i, _) = FolderString::parse(i, unicode)?;
        let used = input.len() - i.len();
        let bytes = input.get(..used).unwrap_or_default();
        Ok((i, FolderNames::Wire { bytes, unicode }))
    }

    /// `[DisplayName, Comment]`. Always `Some` for decoded names and caller values; `None`
    /// only for `Wire` bytes that are not two strings.
    pub fn get(&self) -> Option<[FolderString<'a>; 2]> {
        match *self {
            FolderNames::Wire { bytes, unicode } => {
                let (i, display_name) = FolderString::parse(bytes, unicode).ok()?;
                let (i, comment) = FolderString::parse(i, unicode).ok()?;
                i.is_empty().then_some([display_name, comment])
            }
            FolderNames::Value(names) => Some(*names),
        }
    }

    /// `DisplayName` (see [`FolderNames::get`]).
    pub fn display_name(&self) -> Option<FolderString<'a>> {
        self.get().map(|[display_name, _]| display_name)
    }

    /// `Comment` (see [`FolderNames::get`]).
    pub fn comment(&self) -> Option<FolderString<'a>> {
        self.get().map(|[_, comment]| comment)
    }

    fn encoded_len(&self) -> usize {
        match self {
            FolderNames::Wire { bytes, .. } => bytes.len(),
            FolderNames::Value([display_name, comment]) => display_name
                .encoded_len()
                .saturating_add(comment.encoded_len()),
        }
    }

    /// Writes both strings, refusing a form other than the one `flag` picks (it would not
    /// decode back to itself).
    fn encode(&self, flag: u8, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            FolderNames::Wire { bytes, unicode } => {
                if *unicode != (flag != 0) || self.get().is_none() {
                    return Err(EncodeError::InvalidValue {
                        field: "DisplayName Comment (not two strings of the form UseUnicodeStrings picks)",
                    });
                }
                w.put_bytes(bytes)
            }
            FolderNames::Value([display_name, comment]) => {
                display_name.encode(
                    flag,
                    w,
                    "DisplayName (form differs from UseUnicodeStrings)",
                )?;
                comment.encode(flag, w, "Comment (form differs from UseUnicodeStrings)")
            }
        }
    }
}

/// Compares the strings, whichever form holds them.
impl PartialEq for FolderNames<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl core::fmt::Debug for FolderNames<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.get() {
            Some([display_name, comment]) => f
                .debug_struct("FolderNames")
                .field("display_name", &display_name)
                .field("comment", &comment)
                .finish(),
            None => f.write_str("FolderNames(invalid)"),
        }
    }
}

/// RopCreateFolder request ([MS-OXCROPS] 2.2.4.2.1, [MS-OXCFOLD] 2.2.1.2.1): UseUnicodeStrings
/// picks the form of DisplayName and Comment, so the layout is written by hand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CreateFolderRequest<'a> {
    /// `LogonId`.
    pub logon_id: u8,
    /// `InputHandleIndex`: the parent folder.
    pub input_handle_index: u8,
    /// `OutputHandleIndex`: the folder created or opened.
    pub output_handle_index: u8,
    /// `FolderType`.
    pub folder_type: FolderType,
    /// `UseUnicodeStrings`: non-zero when DisplayName and Comment are UTF-16 (the byte as
    /// sent; encoding checks it against their form).
    pub use_unicode_strings: u8,
    /// `OpenExisting`: non-zero to open a folder of that name instead of failing.
    pub open_existing: u8,
    /// `Reserved`: a sender sets 0x00; any byte received is kept.
    pub reserved: u8,
    /// `DisplayName` and `Comment`.
    pub names: FolderNames<'a>,
}

impl<'a> Decode<'a> for CreateFolderRequest<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, input_handle_index) = le_u8(i)?;
        let (i, output_handle_index) = le_u8(i)?;
        let (i, folder_type) = FolderType::parse(i)?;
        let (i, use_unicode_strings) = le_u8(i)?;
        let (i, open_existing) = le_u8(i)?;
        let (i, reserved) = le_u8(i)?;
        let (i, names) = FolderNames::parse(i, use_unicode_strings != 0)?;
        Ok((
            i,
            CreateFolderRequest {
                logon_id,
                input_handle_index,
                output_handle_index,
                folder_type,
                use_unicode_strings,
                open_existing,
                reserved,
                names,
            },
        ))
    }
}

impl Encode for CreateFolderRequest<'_> {
    fn encoded_len(&self) -> usize {
        7usize.saturating_add(self.names.encoded_len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.logon_id)?;
        w.put_u8(self.input_handle_index)?;
        w.put_u8(self.output_handle_index)?;
        self.folder_type.encode(w)?;
        w.put_u8(self.use_unicode_strings)?;
        w.put_u8(self.open_existing)?;
        w.put_u8(self.reserved)?;
        self.names.encode(self.use_unicode_strings, w)
    }
}

impl Dump for CreateFolderRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.output_handle_index.dump_field("OutputHandleIndex", d);
        self.folder_type.dump_field("FolderType", d);
        self.use_unicode_strings.dump_field("UseUnicodeStrings", d);
        self.open_existing.dump_field("OpenExisting", d);
        self.reserved.dump_field("Reserved", d);
        if let Some([display_name, comment]) = self.names.get() {
            display_name.dump_field("DisplayName", d);
            comment.dump_field("Comment", d);
        }
    }
}

/// The fields of a RopCreateFolder success response that follow a non-zero
/// IsExistingFolder ([MS-OXCROPS] 2.2.4.2.2, [MS-OXCFOLD] 2.2.1.2.2): HasRules, IsGhosted and,
/// when IsGhosted is non-zero, the replica servers (the layout of RopOpenFolder's success
/// fields). [`CreateFolderSuccess`] keeps them as a [`View`] of their bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExistingFolder<'a> {
    /// `HasRules`.
    pub has_rules: u8,
    /// `IsGhosted` and, when it is non-zero, `ServerCount`, `CheapServerCount`, `Servers`.
    pub ghosted: Present<ServerList<'a>>,
}

impl<'a> Decode<'a> for ExistingFolder<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, has_rules) = le_u8(input)?;
        let (i, ghosted) = Present::parse(i)?;
        Ok((i, ExistingFolder { has_rules, ghosted }))
    }
}

impl Encode for ExistingFolder<'_> {
    fn encoded_len(&self) -> usize {
        1usize.saturating_add(self.ghosted.encoded_len())
    }
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.has_rules)?;
        self.ghosted.encode(w)
    }
}

impl Dump for ExistingFolder<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.has_rules.dump_field("HasRules", d);
        self.ghosted.dump_field("IsGhosted Servers", d);
    }
}

impl DumpField for ExistingFolder<'_> {
    /// Printed inline: its fields are fields of the enclosing response.
    fn dump_field(&self, _name: &str, d: &mut dyn Dumper) {
        self.dump(d);
    }
}

wire_struct! {
    /// RopCreateFolder success fields ([MS-OXCROPS] 2.2.4.2.2): the rest of the response is
    /// there only when IsExistingFolder is non-zero. Those fields, rarely read, stay a view
    /// of their validated bytes ([`View::get`] reads them): `Present<ExistingFolder>` would
    /// take 56 bytes in the ROP enums, the view 16, 32 with its presence byte (DESIGN §8,
    /// `tests/sizes.rs`).
    pub struct CreateFolderSuccess<'a> {
        folder_id "FolderId": FolderId,
        existing "IsExistingFolder ExistingFolder": Present<View<'a, ExistingFolder<'a>>>,
    }
}

wire_struct! {
    /// RopCreateFolder response ([MS-OXCROPS] 2.2.4.2.2, 2.2.4.2.3).
    pub struct CreateFolderResponse<'a> {
        output_handle_index "OutputHandleIndex": u8,
        result "ReturnValue": RopResult<CreateFolderSuccess<'a>>,
    }
}

// ---- RopDeleteFolder ----------------------------------------------------------------------

bitflags::bitflags! {
    /// RopDeleteFolder `DeleteFolderFlags` ([MS-OXCFOLD] 2.2.1.3.1); unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct DeleteFolderFlags: u8 {
        /// `DEL_MESSAGES` (0x01): delete the folder and the messages in it
        /// ([MS-OXCFOLD] 2.2.1.3.1).
        const DEL_MESSAGES = 0x01;
        /// `DEL_FOLDERS` (0x04): delete the folder and its subfolders
        /// ([MS-OXCFOLD] 2.2.1.3.1).
        const DEL_FOLDERS = 0x04;
        /// `DELETE_HARD_DELETE` (0x10): hard delete the folder; soft delete without it
        /// ([MS-OXCFOLD] 2.2.1.3.1).
        const DELETE_HARD_DELETE = 0x10;
        const _ = !0;
    }
}

flags_codec!(DeleteFolderFlags: u8, 1, le_u8);

wire_struct! {
    /// RopDeleteFolder request ([MS-OXCROPS] 2.2.4.3.1).
    pub struct DeleteFolderRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        delete_folder_flags "DeleteFolderFlags": DeleteFolderFlags,
        folder_id "FolderId": FolderId,
    }
}

wire_struct! {
    /// RopDeleteFolder response ([MS-OXCROPS] 2.2.4.3.2); PartialCompletion follows any
    /// ReturnValue.
    pub struct DeleteFolderResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
        partial_completion "PartialCompletion": u8,
    }
}

// ---- RopSetSearchCriteria, RopGetSearchCriteria -------------------------------------------

bitflags::bitflags! {
    /// RopSetSearchCriteria `SearchFlags` ([MS-OXCFOLD] 2.2.1.4.1): how the search runs. A
    /// client sets no other bits; unknown bits are kept. The pairs STOP/RESTART,
    /// RECURSIVE/SHALLOW and CONTENT_INDEXED/NON_CONTENT_INDEXED exclude each other (not
    /// enforced: it does not change the layout).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct SetSearchFlags: u32 {
        /// `STOP_SEARCH` (0x00000001): abort the search ([MS-OXCFOLD] 2.2.1.4.1).
        const STOP_SEARCH = 0x0000_0001;
        /// `RESTART_SEARCH` (0x00000002): start the search, or restart it; the default when
        /// neither this nor STOP_SEARCH is set ([MS-OXCFOLD] 2.2.1.4.1).
        const RESTART_SEARCH = 0x0000_0002;
        /// `RECURSIVE_SEARCH` (0x00000004): search the folders of FolderIds and all their
        /// subfolders ([MS-OXCFOLD] 2.2.1.4.1).
        const RECURSIVE_SEARCH = 0x0000_0004;
        /// `SHALLOW_SEARCH` (0x00000008): search only the folders of FolderIds; the default
        /// when neither this nor RECURSIVE_SEARCH is set ([MS-OXCFOLD] 2.2.1.4.1).
        const SHALLOW_SEARCH = 0x0000_0008;
        /// `CONTENT_INDEXED_SEARCH` (0x00010000): use the content index
        /// ([MS-OXCFOLD] 2.2.1.4.1).
        const CONTENT_INDEXED_SEARCH = 0x0001_0000;
        /// `NON_CONTENT_INDEXED_SEARCH` (0x00020000): do not use the content index
        /// ([MS-OXCFOLD] 2.2.1.4.1).
        const NON_CONTENT_INDEXED_SEARCH = 0x0002_0000;
        /// `STATIC_SEARCH` (0x00040000): a static search; dynamic without it
        /// ([MS-OXCFOLD] 2.2.1.4.1).
        const STATIC_SEARCH = 0x0004_0000;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// RopGetSearchCriteria `SearchFlags` ([MS-OXCFOLD] 2.2.1.5.2): the state of the search,
    /// a different set from the request flags of RopSetSearchCriteria. A client ignores
    /// other bits; they are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct GetSearchFlags: u32 {
        /// `SEARCH_RUNNING` (0x00000001): the initial population of the search folder is
        /// still being compiled ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_RUNNING = 0x0000_0001;
        /// `SEARCH_REBUILD` (0x00000002): the search is in its CPU-intensive part; only with
        /// SEARCH_RUNNING ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_REBUILD = 0x0000_0002;
        /// `SEARCH_RECURSIVE` (0x00000004): the folders searched and all their subfolders
        /// ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_RECURSIVE = 0x0000_0004;
        /// `SEARCH_COMPLETE` (0x00001000): the results are complete
        /// ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_COMPLETE = 0x0000_1000;
        /// `SEARCH_PARTIAL` (0x00002000): only some parts of messages were included
        /// ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_PARTIAL = 0x0000_2000;
        /// `SEARCH_STATIC` (0x00010000): the search is static ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_STATIC = 0x0001_0000;
        /// `SEARCH_MAYBE_STATIC` (0x00020000): the search is still being evaluated
        /// ([MS-OXCFOLD] 2.2.1.5.2).
        const SEARCH_MAYBE_STATIC = 0x0002_0000;
        /// `CI_TOTALLY` (0x01000000): the search uses the content index
        /// ([MS-OXCFOLD] 2.2.1.5.2).
        const CI_TOTALLY = 0x0100_0000;
        /// `TWIR_TOTALLY` (0x08000000): the search does not use the content index
        /// ([MS-OXCFOLD] 2.2.1.5.2).
        const TWIR_TOTALLY = 0x0800_0000;
        const _ = !0;
    }
}

flags_codec!(SetSearchFlags: u32, 4, le_u32; GetSearchFlags: u32, 4, le_u32);

/// A structure of the search-criteria ROPs kept as its validated wire bytes until read, or
/// a caller's value ([MS-OXCROPS] 2.2.4.4.1, 2.2.4.5.2): a restriction and a folder list
/// would take 64 bytes in the ROP enums, the view takes 16 (DESIGN §8, `tests/sizes.rs`).
///
/// Only decoding (and the structured-fuzzing generator) makes the wire form, from bytes it
/// validated whole, so [`CriteriaView::get`] always has a value and the wire bytes
/// re-encode as received. Equality compares the fields, whichever form holds them. The
/// fields dump inline, under their own spec names.
#[derive(Clone, Copy)]
pub struct CriteriaView<'a, T>(View<'a, T>);

impl<'a, T> CriteriaView<'a, T> {
    /// A caller's value, for encoding.
    pub const fn new(value: &'a T) -> Self {
        CriteriaView(View::Value(value))
    }

    /// The wire bytes of a decoded view; `None` for a caller's value.
    pub fn wire(&self) -> Option<&'a [u8]> {
        match self.0 {
            View::Wire(b) => Some(b),
            View::Value(_) => None,
        }
    }
}

impl<'a, T: Decode<'a> + Clone> CriteriaView<'a, T> {
    /// The fields. Always `Some` for decoded views and caller values.
    pub fn get(&self) -> Option<T> {
        self.0.get()
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for CriteriaView<'a, T> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        View::parse(input).map(|(rest, v)| (rest, CriteriaView(v)))
    }
}

impl<T: Encode> Encode for CriteriaView<'_, T> {
    fn encoded_len(&self) -> usize {
        self.0.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.0.encode(w)
    }
}

impl<'a, T: Decode<'a> + Clone + PartialEq> PartialEq for CriteriaView<'a, T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<'a, T: Decode<'a> + Clone + fmt::Debug> fmt::Debug for CriteriaView<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<'a, T: Decode<'a> + Clone + Dump> Dump for CriteriaView<'a, T> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.0.dump(d);
    }
}

impl<'a, T: Decode<'a> + Clone + Dump> DumpField for CriteriaView<'a, T> {
    /// Printed inline: its fields are fields of the enclosing ROP.
    fn dump_field(&self, _name: &str, d: &mut dyn Dumper) {
        self.0.dump(d);
    }
}

wire_struct! {
    /// The search criteria and scope of a RopSetSearchCriteria request ([MS-OXCROPS]
    /// 2.2.4.4.1, [MS-OXCFOLD] 2.2.1.4.1). RestrictionDataSize 0 (no restriction) reuses the
    /// search folder's last criteria, FolderIdCount 0 its last folders; neither is allowed
    /// on the first search.
    pub struct SearchCriteria<'a> {
        restriction "RestrictionDataSize RestrictionData": RestrictionData<'a>,
        folder_ids "FolderIdCount FolderIds": LeArray<'a, FolderId> as Count<u16>,
    }
}

wire_struct! {
    /// RopSetSearchCriteria request ([MS-OXCROPS] 2.2.4.4.1, [MS-OXCFOLD] 2.2.1.4.1).
    pub struct SetSearchCriteriaRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        criteria "RestrictionDataSize RestrictionData FolderIdCount FolderIds": CriteriaView<'a, SearchCriteria<'a>>,
        search_flags "SearchFlags": SetSearchFlags,
    }
}

wire_struct! {
    /// RopSetSearchCriteria response ([MS-OXCROPS] 2.2.4.4.2, [MS-OXCFOLD] 2.2.1.4.2): the
    /// ReturnValue only, success or failure.
    pub struct SetSearchCriteriaResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

wire_struct! {
    /// RopGetSearchCriteria request ([MS-OXCROPS] 2.2.4.5.1, [MS-OXCFOLD] 2.2.1.5.1). The
    /// three Booleans are kept as their bytes (non-zero is TRUE).
    pub struct GetSearchCriteriaRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        use_unicode "UseUnicode": u8,
        include_restriction "IncludeRestriction": u8,
        include_folders "IncludeFolders": u8,
    }
}

wire_struct! {
    /// RopGetSearchCriteria success fields ([MS-OXCROPS] 2.2.4.5.2, [MS-OXCFOLD] 2.2.1.5.2).
    /// RestrictionDataSize is 0 when the request's IncludeRestriction was zero, FolderIdCount
    /// 0 when IncludeFolders was. The restriction's strings are PtypString or PtypString8 as
    /// the request's UseUnicode asked; each value carries its type in its tag, so the layout
    /// does not depend on the request.
    pub struct GetSearchCriteriaSuccess<'a> {
        restriction "RestrictionDataSize RestrictionData": RestrictionData<'a>,
        logon_id "LogonId": u8,
        folder_ids "FolderIdCount FolderIds": LeArray<'a, FolderId> as Count<u16>,
        search_flags "SearchFlags": GetSearchFlags,
    }
}

wire_struct! {
    /// RopGetSearchCriteria response ([MS-OXCROPS] 2.2.4.5.2, 2.2.4.5.3).
    pub struct GetSearchCriteriaResponse<'a> {
        input_handle_index "InputHandleIndex": u8,
        result "ReturnValue": RopResult<CriteriaView<'a, GetSearchCriteriaSuccess<'a>>>,
    }
}

// ---- RopMoveCopyMessages, RopMoveFolder, RopCopyFolder ------------------------------------

/// The ReturnValue of RopMoveCopyMessages, RopMoveFolder and RopCopyFolder with the fields it
/// selects ([MS-OXCROPS] 2.2.4.6.2–2.2.4.8.3): ecDstNullObject (0x00000503) is followed by
/// DestHandleIndex (4 bytes) then PartialCompletion, any other value by PartialCompletion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MoveCopyResult {
    /// The response buffer ([MS-OXCROPS] 2.2.4.6.2): any ReturnValue but ecDstNullObject,
    /// success included (encoding refuses ecDstNullObject here).
    Standard {
        /// `ReturnValue`.
        return_value: ErrorCode,
        /// `PartialCompletion`: non-zero when the ROP failed for some of its targets.
        partial_completion: u8,
    },
    /// The null destination failure response buffer ([MS-OXCROPS] 2.2.4.6.3): ReturnValue
    /// ecDstNullObject, the destination handle was not there.
    NullDestination {
        /// `DestHandleIndex`: the request's DestHandleIndex, here 4 bytes wide.
        dest_handle_index: u32,
        /// `PartialCompletion`.
        partial_completion: u8,
    },
}

impl MoveCopyResult {
    /// `ReturnValue` as sent.
    pub fn return_value(&self) -> ErrorCode {
        match self {
            MoveCopyResult::Standard { return_value, .. } => *return_value,
            MoveCopyResult::NullDestination { .. } => ErrorCode::NULL_DESTINATION_OBJECT,
        }
    }

    /// `PartialCompletion` of either form.
    pub fn partial_completion(&self) -> u8 {
        match self {
            MoveCopyResult::Standard {
                partial_completion, ..
            }
            | MoveCopyResult::NullDestination {
                partial_completion, ..
            } => *partial_completion,
        }
    }
}

impl<'a> Decode<'a> for MoveCopyResult {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, rv) = le_u32(input)?;
        if rv == ErrorCode::NULL_DESTINATION_OBJECT.0 {
            let (i, dest_handle_index) = le_u32(i)?;
            let (i, partial_completion) = le_u8(i)?;
            Ok((
                i,
                MoveCopyResult::NullDestination {
                    dest_handle_index,
                    partial_completion,
                },
            ))
        } else {
            let (i, partial_completion) = le_u8(i)?;
            Ok((
                i,
                MoveCopyResult::Standard {
                    return_value: ErrorCode(rv),
                    partial_completion,
                },
            ))
        }
    }
}

impl Encode for MoveCopyResult {
    fn encoded_len(&self) -> usize {
        match self {
            MoveCopyResult::Standard { .. } => 5,
            MoveCopyResult::NullDestination { .. } => 9,
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            MoveCopyResult::Standard { return_value, .. }
                if *return_value == ErrorCode::NULL_DESTINATION_OBJECT =>
            {
                Err(EncodeError::InvalidValue {
                    field: "ReturnValue (ecDstNullObject has the null destination form)",
                })
            }
            MoveCopyResult::Standard {
                return_value,
                partial_completion,
            } => {
                w.put_u32(return_value.0)?;
                w.put_u8(*partial_completion)
            }
            MoveCopyResult::NullDestination {
                dest_handle_index,
                partial_completion,
            } => {
                w.put_u32(ErrorCode::NULL_DESTINATION_OBJECT.0)?;
                w.put_u32(*dest_handle_index)?;
                w.put_u8(*partial_completion)
            }
        }
    }
}

impl DumpField for MoveCopyResult {
    /// Printed inline by spec name: ReturnValue, DestHandleIndex (null destination form
    /// only), PartialCompletion.
    fn dump_field(&self, _names: &str, d: &mut dyn Dumper) {
        self.return_value().dump_field("ReturnValue", d);
        if let MoveCopyResult::NullDestination {
            dest_handle_index, ..
        } = self
        {
            dest_handle_index.dump_field("DestHandleIndex", d);
        }
        self.partial_completion().dump_field("PartialCompletion", d);
    }
}

wire_struct! {
    /// RopMoveCopyMessages request ([MS-OXCROPS] 2.2.4.6.1, [MS-OXCFOLD] 2.2.1.6.1).
    pub struct MoveCopyMessagesRequest<'a> {
        logon_id "LogonId": u8,
        source_handle_index "SourceHandleIndex": u8,
        dest_handle_index "DestHandleIndex": u8,
        message_ids "MessageIdCount MessageIds": LeArray<'a, MessageId> as Count<u16>,
        want_asynchronous "WantAsynchronous": u8,
        want_copy "WantCopy": u8,
    }
}

wire_struct! {
    /// RopMoveCopyMessages response ([MS-OXCROPS] 2.2.4.6.2, 2.2.4.6.3).
    pub struct MoveCopyMessagesResponse {
        source_handle_index "SourceHandleIndex": u8,
        result "ReturnValue DestHandleIndex PartialCompletion": MoveCopyResult,
    }
}

/// RopMoveFolder request ([MS-OXCROPS] 2.2.4.7.1, [MS-OXCFOLD] 2.2.1.7.1): UseUnicode picks
/// the form of NewFolderName, so the layout is written by hand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MoveFolderRequest<'a> {
    /// `LogonId`.
    pub logon_id: u8,
    /// `SourceHandleIndex`: the parent folder the folder leaves.
    pub source_handle_index: u8,
    /// `DestHandleIndex`: the parent folder the folder moves to.
    pub dest_handle_index: u8,
    /// `WantAsynchronous`.
    pub want_asynchronous: u8,
    /// `UseUnicode`: non-zero when NewFolderName is UTF-16 (the byte as sent; encoding
    /// checks it against the name's form).
    pub use_unicode: u8,
    /// `FolderId`: the folder to move.
    pub folder_id: FolderId,
    /// `NewFolderName`.
    pub new_folder_name: FolderString<'a>,
}

impl<'a> Decode<'a> for MoveFolderRequest<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, source_handle_index) = le_u8(i)?;
        let (i, dest_handle_index) = le_u8(i)?;
        let (i, want_asynchronous) = le_u8(i)?;
        let (i, use_unicode) = le_u8(i)?;
        let (i, folder_id) = FolderId::parse(i)?;
        let (i, new_folder_name) = FolderString::parse(i, use_unicode != 0)?;
        Ok((
            i,
            MoveFolderRequest {
                logon_id,
                source_handle_index,
                dest_handle_index,
                want_asynchronous,
                use_unicode,
                folder_id,
                new_folder_name,
            },
        ))
    }
}

impl Encode for MoveFolderRequest<'_> {
    fn encoded_len(&self) -> usize {
        13usize.saturating_add(self.new_folder_name.encoded_len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.logon_id)?;
        w.put_u8(self.source_handle_index)?;
        w.put_u8(self.dest_handle_index)?;
        w.put_u8(self.want_asynchronous)?;
        w.put_u8(self.use_unicode)?;
        self.folder_id.encode(w)?;
        self.new_folder_name.encode(
            self.use_unicode,
            w,
            "NewFolderName (form differs from UseUnicode)",
        )
    }
}

impl Dump for MoveFolderRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.source_handle_index.dump_field("SourceHandleIndex", d);
        self.dest_handle_index.dump_field("DestHandleIndex", d);
        self.want_asynchronous.dump_field("WantAsynchronous", d);
        self.use_unicode.dump_field("UseUnicode", d);
        self.folder_id.dump_field("FolderId", d);
        self.new_folder_name.dump_field("NewFolderName", d);
    }
}

wire_struct! {
    /// RopMoveFolder response ([MS-OXCROPS] 2.2.4.7.2, 2.2.4.7.3).
    pub struct MoveFolderResponse {
        source_handle_index "SourceHandleIndex": u8,
        result "ReturnValue DestHandleIndex PartialCompletion": MoveCopyResult,
    }
}

/// RopCopyFolder request ([MS-OXCROPS] 2.2.4.8.1, [MS-OXCFOLD] 2.2.1.8.1): UseUnicode picks
/// the form of NewFolderName, so the layout is written by hand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CopyFolderRequest<'a> {
    /// `LogonId`.
    pub logon_id: u8,
    /// `SourceHandleIndex`: the parent folder of the folder to copy.
    pub source_handle_index: u8,
    /// `DestHandleIndex`: the parent folder that receives the copy.
    pub dest_handle_index: u8,
    /// `WantAsynchronous`.
    pub want_asynchronous: u8,
    /// `WantRecursive`: non-zero to copy the subfolders too, at every depth.
    pub want_recursive: u8,
    /// `UseUnicode`: non-zero when NewFolderName is UTF-16 (the byte as sent; encoding
    /// checks it against the name's form).
    pub use_unicode: u8,
    /// `FolderId`: the folder to copy.
    pub folder_id: FolderId,
    /// `NewFolderName`.
    pub new_folder_name: FolderString<'a>,
}

impl<'a> Decode<'a> for CopyFolderRequest<'a> {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, source_handle_index) = le_u8(i)?;
        let (i, dest_handle_index) = le_u8(i)?;
        let (i, want_asynchronous) = le_u8(i)?;
        let (i, want_recursive) = le_u8(i)?;
        let (i, use_unicode) = le_u8(i)?;
        let (i, folder_id) = FolderId::parse(i)?;
        let (i, new_folder_name) = FolderString::parse(i, use_unicode != 0)?;
        Ok((
            i,
            CopyFolderRequest {
                logon_id,
                source_handle_index,
                dest_handle_index,
                want_asynchronous,
                want_recursive,
                use_unicode,
                folder_id,
                new_folder_name,
            },
        ))
    }
}

impl Encode for CopyFolderRequest<'_> {
    fn encoded_len(&self) -> usize {
        14usize.saturating_add(self.new_folder_name.encoded_len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_u8(self.logon_id)?;
        w.put_u8(self.source_handle_index)?;
        w.put_u8(self.dest_handle_index)?;
        w.put_u8(self.want_asynchronous)?;
        w.put_u8(self.want_recursive)?;
        w.put_u8(self.use_unicode)?;
        self.folder_id.encode(w)?;
        self.new_folder_name.encode(
            self.use_unicode,
            w,
            "NewFolderName (form differs from UseUnicode)",
        )
    }
}

impl Dump for CopyFolderRequest<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.source_handle_index.dump_field("SourceHandleIndex", d);
        self.dest_handle_index.dump_field("DestHandleIndex", d);
        self.want_asynchronous.dump_field("WantAsynchronous", d);
        self.want_recursive.dump_field("WantRecursive", d);
        self.use_unicode.dump_field("UseUnicode", d);
        self.folder_id.dump_field("FolderId", d);
        self.new_folder_name.dump_field("NewFolderName", d);
    }
}

wire_struct! {
    /// RopCopyFolder response ([MS-OXCROPS] 2.2.4.8.2, 2.2.4.8.3).
    pub struct CopyFolderResponse {
        source_handle_index "SourceHandleIndex": u8,
        result "ReturnValue DestHandleIndex PartialCompletion": MoveCopyResult,
    }
}

// ---- RopEmptyFolder, RopHardDeleteMessagesAndSubfolders -----------------------------------

wire_struct! {
    /// RopEmptyFolder request ([MS-OXCROPS] 2.2.4.9.1): soft deletes the folder's messages
    /// and subfolders.
    pub struct EmptyFolderRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        want_asynchronous "WantAsynchronous": u8,
        want_delete_associated "WantDeleteAssociated": u8,
    }
}

wire_struct! {
    /// RopEmptyFolder response ([MS-OXCROPS] 2.2.4.9.2); PartialCompletion follows any
    /// ReturnValue.
    pub struct EmptyFolderResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
        partial_completion "PartialCompletion": u8,
    }
}

wire_struct! {
    /// RopHardDeleteMessagesAndSubfolders request ([MS-OXCROPS] 2.2.4.10.1).
    pub struct HardDeleteMessagesAndSubfoldersRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        want_asynchronous "WantAsynchronous": u8,
        want_delete_associated "WantDeleteAssociated": u8,
    }
}

wire_struct! {
    /// RopHardDeleteMessagesAndSubfolders response ([MS-OXCROPS] 2.2.4.10.2);
    /// PartialCompletion follows any ReturnValue.
    pub struct HardDeleteMessagesAndSubfoldersResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
        partial_completion "PartialCompletion": u8,
    }
}

// ---- RopDeleteMessages, RopHardDeleteMessages ---------------------------------------------

wire_struct! {
    /// RopDeleteMessages request ([MS-OXCROPS] 2.2.4.11.1): soft deletes messages.
    pub struct DeleteMessagesRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        want_asynchronous "WantAsynchronous": u8,
        notify_non_read "NotifyNonRead": u8,
        message_ids "MessageIdCount MessageIds": LeArray<'a, MessageId> as Count<u16>,
    }
}

wire_struct! {
    /// RopDeleteMessages response ([MS-OXCROPS] 2.2.4.11.2); PartialCompletion follows any
    /// ReturnValue.
    pub struct DeleteMessagesResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
        partial_completion "PartialCompletion": u8,
    }
}

wire_struct! {
    /// RopHardDeleteMessages request ([MS-OXCROPS] 2.2.4.12.1).
    pub struct HardDeleteMessagesRequest<'a> {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        want_asynchronous "WantAsynchronous": u8,
        notify_non_read "NotifyNonRead": u8,
        message_ids "MessageIdCount MessageIds": LeArray<'a, MessageId> as Count<u16>,
    }
}

wire_struct! {
    /// RopHardDeleteMessages response ([MS-OXCROPS] 2.2.4.12.2); PartialCompletion follows
    /// any ReturnValue.
    pub struct HardDeleteMessagesResponse {
        input_handle_index "InputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
        partial_completion "PartialCompletion": u8,
    }
}

// ---- RopGetHierarchyTable, RopGetContentsTable --------------------------------------------

bitflags::bitflags! {
    /// RopGetHierarchyTable `TableFlags` ([MS-OXCFOLD] 2.2.1.13.1); unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct HierarchyTableFlags: u8 {
        /// `Depth` (0x04): list the folders of every level below the folder, not only its
        /// children ([MS-OXCFOLD] 2.2.1.13.1).
        const DEPTH = 0x04;
        /// `DeferredErrors` (0x08): the response may come before the ROP completes
        /// ([MS-OXCFOLD] 2.2.1.13.1).
        const DEFERRED_ERRORS = 0x08;
        /// `NoNotifications` (0x10): no table notifications ([MS-OXCFOLD] 2.2.1.13.1).
        const NO_NOTIFICATIONS = 0x10;
        /// `SoftDeletes` (0x20): list only soft-deleted folders ([MS-OXCFOLD] 2.2.1.13.1).
        const SOFT_DELETES = 0x20;
        /// `UseUnicode` (0x40): string columns in Unicode ([MS-OXCFOLD] 2.2.1.13.1).
        const USE_UNICODE = 0x40;
        /// `SuppressesNotifications` (0x80): no notifications for the client's own changes
        /// to the table ([MS-OXCFOLD] 2.2.1.13.1).
        const SUPPRESSES_NOTIFICATIONS = 0x80;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// RopGetContentsTable `TableFlags` ([MS-OXCFOLD] 2.2.1.14.1); unknown bits are kept.
    /// Bit 0x80 means ConversationMembers here, not what it means for the hierarchy table.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ContentsTableFlags: u8 {
        /// `Associated` (0x02): list only the FAI messages ([MS-OXCFOLD] 2.2.1.14.1).
        const ASSOCIATED = 0x02;
        /// `DeferredErrors` (0x08): the response may come before the ROP completes
        /// ([MS-OXCFOLD] 2.2.1.14.1).
        const DEFERRED_ERRORS = 0x08;
        /// `NoNotifications` (0x10): no table notifications ([MS-OXCFOLD] 2.2.1.14.1).
        const NO_NOTIFICATIONS = 0x10;
        /// `SoftDeletes` (0x20): list only soft-deleted messages ([MS-OXCFOLD] 2.2.1.14.1).
        const SOFT_DELETES = 0x20;
        /// `UseUnicode` (0x40): string columns in Unicode ([MS-OXCFOLD] 2.2.1.14.1).
        const USE_UNICODE = 0x40;
        /// `ConversationMembers` (0x80): the messages of one conversation, with UseUnicode and
        /// DeferredErrors only ([MS-OXCFOLD] 2.2.1.14.1).
        const CONVERSATION_MEMBERS = 0x80;
        const _ = !0;
    }
}

flags_codec!(HierarchyTableFlags: u8, 1, le_u8; ContentsTableFlags: u8, 1, le_u8);

wire_struct! {
    /// RopGetHierarchyTable request ([MS-OXCROPS] 2.2.4.13.1).
    pub struct GetHierarchyTableRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        output_handle_index "OutputHandleIndex": u8,
        table_flags "TableFlags": HierarchyTableFlags,
    }
}

wire_struct! {
    /// RopGetHierarchyTable success fields ([MS-OXCROPS] 2.2.4.13.2).
    pub struct GetHierarchyTableSuccess {
        row_count "RowCount": u32,
    }
}

wire_struct! {
    /// RopGetHierarchyTable response ([MS-OXCROPS] 2.2.4.13.2, 2.2.4.13.3).
    pub struct GetHierarchyTableResponse {
        output_handle_index "OutputHandleIndex": u8,
        result "ReturnValue": RopResult<GetHierarchyTableSuccess>,
    }
}

wire_struct! {
    /// RopGetContentsTable request ([MS-OXCROPS] 2.2.4.14.1).
    pub struct GetContentsTableRequest {
        logon_id "LogonId": u8,
        input_handle_index "InputHandleIndex": u8,
        output_handle_index "OutputHandleIndex": u8,
        table_flags "TableFlags": ContentsTableFlags,
    }
}

wire_struct! {
    /// RopGetContentsTable success fields ([MS-OXCROPS] 2.2.4.14.2).
    pub struct GetContentsTableSuccess {
        row_count "RowCount": u32,
    }
}

wire_struct! {
    /// RopGetContentsTable response ([MS-OXCROPS] 2.2.4.14.2, 2.2.4.14.3).
    pub struct GetContentsTableResponse {
        output_handle_index "OutputHandleIndex": u8,
        result "ReturnValue": RopResult<GetContentsTableSuccess>,
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

    impl<'a, T: Arb<'a> + Decode<'a> + Clone + 'a> Arb<'a> for CriteriaView<'a, T> {
        fn arb() -> impl Strategy<Value = Self> {
            View::<T>::arb().prop_map(CriteriaView)
        }
    }

    impl<'a> Arb<'a> for ServerList<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<u16>(), List::<Str8>::arb()).prop_map(|(cheap_server_count, servers)| {
                ServerList {
                    cheap_server_count,
                    servers,
                }
            })
        }
    }

    /// A flag byte (0 or any other value) and a string in the form it picks.
    fn flag_and_string<'a>() -> impl Strategy<Value = (u8, FolderString<'a>)> {
        (any::<u8>(), Utf16Str::arb(), Str8::arb()).prop_map(|(flag, wide, narrow)| {
            // Half the flags zero: the 8-bit form is as likely as the UTF-16 one.
            let flag = if flag % 2 == 0 { 0 } else { flag };
            if flag != 0 {
                (flag, FolderString::Unicode(wide))
            } else {
                (flag, FolderString::Multibyte(narrow))
            }
        })
    }

    impl<'a> Arb<'a> for CreateFolderRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (
                any::<[u8; 5]>(),
                FolderType::arb(),
                flag_and_string(),
                Utf16Str::arb(),
                Str8::arb(),
            )
                .prop_map(|(b, folder_type, (flag, display_name), wide, narrow)| {
                    let comment = if flag != 0 {
                        FolderString::Unicode(wide)
                    } else {
                        FolderString::Multibyte(narrow)
                    };
                    CreateFolderRequest {
                        logon_id: b[0],
                        input_handle_index: b[1],
                        output_handle_index: b[2],
                        folder_type,
                        use_unicode_strings: flag,
                        open_existing: b[3],
                        reserved: b[4],
                        names: FolderNames::Value(crate::arbitrary::leak_one([
                            display_name,
                            comment,
                        ])),
                    }
                })
        }
    }

    impl<'a> Arb<'a> for ExistingFolder<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<u8>(), Present::<ServerList>::arb())
                .prop_map(|(has_rules, ghosted)| ExistingFolder { has_rules, ghosted })
        }
    }

    impl<'a> Arb<'a> for MoveCopyResult {
        fn arb() -> impl Strategy<Value = Self> {
            prop_oneof![
                (
                    prop_oneof![Just(0u32), any::<u32>()]
                        .prop_filter("not ecDstNullObject", |rv| *rv
                            != ErrorCode::NULL_DESTINATION_OBJECT.0),
                    any::<u8>()
                )
                    .prop_map(|(rv, partial_completion)| {
                        MoveCopyResult::Standard {
                            return_value: ErrorCode(rv),
                            partial_completion,
                        }
                    }),
                (any::<u32>(), any::<u8>()).prop_map(|(dest_handle_index, partial_completion)| {
                    MoveCopyResult::NullDestination {
                        dest_handle_index,
                        partial_completion,
                    }
                }),
            ]
        }
    }

    impl<'a> Arb<'a> for MoveFolderRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<[u8; 4]>(), FolderId::arb(), flag_and_string()).prop_map(
                |(b, folder_id, (use_unicode, new_folder_name))| MoveFolderRequest {
                    logon_id: b[0],
                    source_handle_index: b[1],
                    dest_handle_index: b[2],
                    want_asynchronous: b[3],
                    use_unicode,
                    folder_id,
                    new_folder_name,
                },
            )
        }
    }

    impl<'a> Arb<'a> for CopyFolderRequest<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            (any::<[u8; 5]>(), FolderId::arb(), flag_and_string()).prop_map(
                |(b, folder_id, (use_unicode, new_folder_name))| CopyFolderRequest {
                    logon_id: b[0],
                    source_handle_index: b[1],
                    dest_handle_index: b[2],
                    want_asynchronous: b[3],
                    want_recursive: b[4],
                    use_unicode,
                    folder_id,
                    new_folder_name,
                },
            )
        }
    }
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impls for the ghosted-server list and the hand-written folder layouts
    //! ([`crate::structured`]).
    use super::*;
    use crate::wire::structured::{MAX_WIRE, view_or};
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// A criteria view in its wire form ([`view_or`]).
    fn view<'a, T: Decode<'a>>(
        u: &mut Unstructured<'a>,
        fallback: &'static [&'static [u8]],
    ) -> Result<CriteriaView<'a, T>> {
        view_or(u, fallback).map(CriteriaView)
    }

    /// RopSetSearchCriteria's criteria: from the input, or no restriction and no folder
    /// (reuse both), or an ExistRestriction on PidTagSubject and folder 0001-00000000002A.
    impl<'a> Arbitrary<'a> for CriteriaView<'a, SearchCriteria<'a>> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            view(
                u,
                &[
                    &[0x00, 0x00, 0x00, 0x00],
                    &[
                        0x05, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                        0x00, 0x00, 0x00, 0x00, 0x2A,
                    ],
                ],
            )
        }
    }

    /// RopGetSearchCriteria's success fields: from the input, or a complete search without
    /// restriction and folders, or a running one with an ExistRestriction and a folder.
    impl<'a> Arbitrary<'a> for CriteriaView<'a, GetSearchCriteriaSuccess<'a>> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            view(
                u,
                &[
                    &[0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00],
                    &[
                        0x05, 0x00, 0x08, 0x1F, 0x00, 0x37, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
                        0x00, 0x00, 0x00, 0x00, 0x00, 0x2A, 0x01, 0x00, 0x00, 0x08,
                    ],
                ],
            )
        }
    }

    /// Any CheapServerCount; the servers in their wire form.
    impl<'a> Arbitrary<'a> for ServerList<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            Ok(ServerList {
                cheap_server_count: u.arbitrary()?,
                servers: u.arbitrary()?,
            })
        }
    }

    /// A Unicode flag byte: zero half the time, any other value otherwise.
    fn unicode_flag(u: &mut Unstructured<'_>) -> Result<u8> {
        if u.arbitrary()? {
            u.int_in_range(1..=u8::MAX)
        } else {
            Ok(0)
        }
    }

    /// A string in the form `flag` picks, borrowed from the input.
    fn string_for<'a>(u: &mut Unstructured<'a>, flag: u8) -> Result<FolderString<'a>> {
        Ok(if flag != 0 {
            FolderString::Unicode(u.arbitrary()?)
        } else {
            FolderString::Multibyte(u.arbitrary()?)
        })
    }

    /// The two names in their wire form: parsed from the front of the input (within
    /// [`MAX_WIRE`] bytes) in the form `flag` picks, or two empty strings when the input
    /// does not hold them.
    fn names_for<'a>(u: &mut Unstructured<'a>, flag: u8) -> Result<FolderNames<'a>> {
        let unicode = flag != 0;
        let input = u.peek_bytes(u.len().min(MAX_WIRE)).unwrap_or_default();
        match FolderNames::parse(input, unicode) {
            Ok((rest, _)) => {
                let bytes = u.bytes(input.len() - rest.len())?;
                Ok(FolderNames::Wire { bytes, unicode })
            }
            Err(_) => {
                let empty: &'static [u8] = if unicode { &[0; 4] } else { &[0; 2] };
                Ok(FolderNames::Wire {
                    bytes: empty,
                    unicode,
                })
            }
        }
    }

    impl<'a> Arbitrary<'a> for CreateFolderRequest<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let logon_id = u.arbitrary()?;
            let input_handle_index = u.arbitrary()?;
            let output_handle_index = u.arbitrary()?;
            let folder_type = u.arbitrary()?;
            let use_unicode_strings = unicode_flag(u)?;
            let open_existing = u.arbitrary()?;
            let reserved = u.arbitrary()?;
            let names = names_for(u, use_unicode_strings)?;
            Ok(CreateFolderRequest {
                logon_id,
                input_handle_index,
                output_handle_index,
                folder_type,
                use_unicode_strings,
                open_existing,
                reserved,
                names,
            })
        }
    }

    impl<'a> Arbitrary<'a> for ExistingFolder<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            Ok(ExistingFolder {
                has_rules: u.arbitrary()?,
                ghosted: u.arbitrary()?,
            })
        }
    }

    /// RopCreateFolder's existing-folder fields in their wire form: from the input, or a
    /// folder with rules that is not ghosted, or one ghosted on two servers, the first the
    /// cheapest.
    impl<'a> Arbitrary<'a> for View<'a, ExistingFolder<'a>> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            view_or(
                u,
                &[
                    &[0x01, 0x00],
                    &[
                        0x00, 0x01, 0x02, 0x00, 0x01, 0x00, b'p', b'f', b'1', 0x00, b'p', b'f',
                        b'2', 0x00,
                    ],
                ],
            )
        }
    }

    /// Either form; the short one never with ecDstNullObject, which picks the long one.
    impl<'a> Arbitrary<'a> for MoveCopyResult {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            if u.arbitrary()? {
                return Ok(MoveCopyResult::NullDestination {
                    dest_handle_index: u.arbitrary()?,
                    partial_completion: u.arbitrary()?,
                });
            }
            let mut return_value: ErrorCode = u.arbitrary()?;
            if return_value == ErrorCode::NULL_DESTINATION_OBJECT {
                return_value = ErrorCode::SUCCESS;
            }
            Ok(MoveCopyResult::Standard {
                return_value,
                partial_completion: u.arbitrary()?,
            })
        }
    }

    impl<'a> Arbitrary<'a> for MoveFolderRequest<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let logon_id = u.arbitrary()?;
            let source_handle_index = u.arbitrary()?;
            let dest_handle_index = u.arbitrary()?;
            let want_asynchronous = u.arbitrary()?;
            let use_unicode = unicode_flag(u)?;
            let folder_id = u.arbitrary()?;
            let new_folder_name = string_for(u, use_unicode)?;
            Ok(MoveFolderRequest {
                logon_id,
                source_handle_index,
                dest_handle_index,
                want_asynchronous,
                use_unicode,
                folder_id,
                new_folder_name,
            })
        }
    }

    impl<'a> Arbitrary<'a> for CopyFolderRequest<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let logon_id = u.arbitrary()?;
            let source_handle_index = u.arbitrary()?;
            let dest_handle_index = u.arbitrary()?;
            let want_asynchronous = u.arbitrary()?;
            let want_recursive = u.arbitrary()?;
            let use_unicode = unicode_flag(u)?;
            let folder_id = u.arbitrary()?;
            let new_folder_name = string_for(u, use_unicode)?;
            Ok(CopyFolderRequest {
                logon_id,
                source_handle_index,
                dest_handle_index,
                want_asynchronous,
                want_recursive,
                use_unicode,
                folder_id,
                new_folder_name,
            })
        }
    }
}
