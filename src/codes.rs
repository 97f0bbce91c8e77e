//! Open code sets that every layer names: RopIds and their families ([MS-OXCROPS] 2.2.2)
//! and error codes ([MS-OXCDATA] 2.4). A leaf module: it imports nothing from the crate.

use core::fmt;

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

/// Expands the ROP table into the [`RopId`] code set, families and sections.
macro_rules! rop_ids {
    ($(
        $name:ident = $id:literal, $family:ident, $section:literal $(, $kw:ident $t:ty)* ;
    )*) => {
        code_set! {
            /// A RopId byte ([MS-OXCROPS] 2.2.2); an open set, unknown bytes are kept.
            pub struct RopId(u8);
            $(
                #[doc = concat!("`Rop", stringify!($name), "` ([MS-OXCROPS] ", $section, ").")]
                $name = $id => concat!("Rop", stringify!($name));
            )*
        }

        impl RopId {
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
        }
    };
}

rop_table!(rop_ids);

impl RopId {
    /// True when the spec defines this id ([MS-OXCROPS] 2.2.2).
    pub fn is_known(self) -> bool {
        self.name().is_some()
    }

    /// The spec name, or `"RopUnknown"` for an id the spec does not define.
    pub fn spec_name(self) -> &'static str {
        match self.name() {
            Some(n) => n,
            None => "RopUnknown",
        }
    }

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
    #[inline]
    pub fn is_unsolicited(self) -> bool {
        /// One flag per RopId byte: a load instead of four compares, once per response.
        static UNSOLICITED: [bool; 256] = {
            let mut t = [false; 256];
            t[RopId::Notify.0 as usize] = true;
            t[RopId::Pending.0 as usize] = true;
            t[RopId::Backoff.0 as usize] = true;
            t[RopId::BufferTooSmall.0 as usize] = true;
            t
        };
        UNSOLICITED
            .get(usize::from(self.0))
            .copied()
            .unwrap_or(false)
    }

    /// True for ROPs that exist only as server responses ([MS-OXCROPS] 2.2.14.2, 2.2.14.3, 2.2.15.1, 2.2.15.2).
    pub fn is_response_only(self) -> bool {
        self.is_unsolicited()
    }
}

impl fmt::Display for RopId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.spec_name())
    }
}

code_set! {
    /// A ReturnValue or error code ([MS-OXCDATA] 2.4): every code of the tables in 2.4, 2.4.1,
    /// 2.4.2 and 2.4.3, one constant per value; an open set, unknown codes are kept.
    ///
    /// [`name`](Self::name) gives the `ec…` name when the code has one (`ecNotFound`, as the
    /// ROP sections of the protocol documents and Exchange logs spell it) and the spec's table
    /// name otherwise (`StorageInvalidFunction`, `IsamErrorDiskFull`). Each constant's doc
    /// starts with the table name and section, then lists the other names of the value.
    pub struct ErrorCode(u32);
    // Error codes ([MS-OXCDATA] 2.4).
    /// `Success` ([MS-OXCDATA] 2.4): the call worked. Also `S_OK`, `SUCCESS_SUCCESS`.
    SUCCESS = 0x0000_0000 => "Success";
    /// `GeneralFailure` ([MS-OXCDATA] 2.4): failure with no more specific cause given. Also
    /// `ecError`, `E_FAIL`, `MAPI_E_CALL_FAILED`, `SYNC_E_ERROR`.
    CALL_FAILED = 0x8000_4005 => "ecError";
    /// `OutOfMemory` ([MS-OXCDATA] 2.4; `NotEnoughMemory` in 2.4.2): the server ran short of
    /// memory; as a property error, the value is too large for the request and must be read with
    /// RopOpenStream. Also `ecMAPIOOM`, `E_NOMEMORY`, `MAPI_E_NOT_ENOUGH_MEMORY`, `ecPropSize`.
    NOT_ENOUGH_MEMORY = 0x8007_000E => "ecMAPIOOM";
    /// `InvalidParameter` ([MS-OXCDATA] 2.4): a parameter of the call was not acceptable. Also
    /// `ecInvalidParam`, `E_INVALIDARG`, `MAPI_E_INVALID_PARAMETER`, `ecInvalidSession`,
    /// `ecBadBuffer`, `SYNC_E_INVALID_PARAMETER`.
    INVALID_PARAMETER = 0x8007_0057 => "ecInvalidParam";
    /// `NoInterface` ([MS-OXCDATA] 2.4): the interface asked for is not available. Also
    /// `ecInterfaceNotSupported`, `E_NOINTERFACE`, `MAPI_E_INTERFACE_NOT_SUPPORTED` (the spec
    /// writes `ecinterfacenotsupported`).
    NO_INTERFACE = 0x8000_4002 => "ecInterfaceNotSupported";
    /// `AccessDenied` ([MS-OXCDATA] 2.4): the caller lacks the rights the operation needs. Also
    /// `ecAccessDenied`, `E_ACCESSDENIED`, `MAPI_E_NO_ACCESS`, `ecpropsecurityviolation` (the spec
    /// writes `ecaccessdenied`).
    ACCESS_DENIED = 0x8007_0005 => "ecAccessDenied";
    /// `StorageInvalidFunction` ([MS-OXCDATA] 2.4): the storage layer could not carry out the
    /// requested function. Also `STG_E_INVALIDFUNCTION`.
    STORAGE_INVALID_FUNCTION = 0x8003_0001 => "StorageInvalidFunction";
    /// `StorageAccessDenied` ([MS-OXCDATA] 2.4): the storage layer refused access for lack of
    /// rights. Also `STG_E_ACCESSDENIED`.
    STORAGE_ACCESS_DENIED = 0x8003_0005 => "StorageAccessDenied";
    /// `StorageInsufficientMemory` ([MS-OXCDATA] 2.4): the storage layer ran short of memory. Also
    /// `STG_E_INSUFFICIENTMEMORY`.
    STORAGE_INSUFFICIENT_MEMORY = 0x8003_0008 => "StorageInsufficientMemory";
    /// `StorageInvalidPointer` ([MS-OXCDATA] 2.4): the storage layer was handed a bad pointer. Also
    /// `STG_E_INVALIDPOINTER`.
    STORAGE_INVALID_POINTER = 0x8003_0009 => "StorageInvalidPointer";
    /// `StorageReadFault` ([MS-OXCDATA] 2.4): reading from disk failed. Also `STG_E_READFAULT`.
    STORAGE_READ_FAULT = 0x8003_001E => "StorageReadFault";
    /// `StorageLockViolation` ([MS-OXCDATA] 2.4): a storage lock was violated. Also
    /// `STG_E_LOCKVIOLATION`.
    STORAGE_LOCK_VIOLATION = 0x8003_0021 => "StorageLockViolation";
    /// `StorageInvalidParameter` ([MS-OXCDATA] 2.4): the storage layer was handed a bad parameter.
    /// Also `STG_E_INVALIDPARAMETER`.
    STORAGE_INVALID_PARAMETER = 0x8003_0057 => "StorageInvalidParameter";
    /// `StreamSizeError` ([MS-OXCDATA] 2.4): the disk (or stream) has no room left for the
    /// operation. Also `ecStreamSizeError`, `STG_E_MEDIUMFULL`.
    STREAM_SIZE_ERROR = 0x8003_0070 => "ecStreamSizeError";
    /// `StorageInvalidFlag` ([MS-OXCDATA] 2.4): the storage layer was handed an unknown flag. Also
    /// `STG_E_INVALIDFLAG`.
    STORAGE_INVALID_FLAG = 0x8003_00FF => "StorageInvalidFlag";
    /// `StorageCannotSave` ([MS-OXCDATA] 2.4): a stream could not be saved. Also `STG_E_CANTSAVE`.
    STORAGE_CANNOT_SAVE = 0x8003_0103 => "StorageCannotSave";
    /// `NotSupported` ([MS-OXCDATA] 2.4): the server does not support this call. Also
    /// `ecNotSupported`, `MAPI_E_NO_SUPPORT`.
    NOT_SUPPORTED = 0x8004_0102 => "ecNotSupported";
    /// `InvalidCharacterWidth` ([MS-OXCDATA] 2.4): Unicode asked for where only 8-bit strings are
    /// supported, or the reverse. Also `ecBadCharwidth`, `MAPI_E_BAD_CHARWIDTH`.
    INVALID_CHARACTER_WIDTH = 0x8004_0103 => "ecBadCharwidth";
    /// `StringTooLong` ([MS-OXCDATA] 2.4): a string is longer than this call permits. Also
    /// `ecStringTooLarge`, `MAPI_E_STRING_TOO_LONG`.
    STRING_TOO_LONG = 0x8004_0105 => "ecStringTooLarge";
    /// `InvalidFlag` ([MS-OXCDATA] 2.4): a flag bit the call does not know was set. Also
    /// `ecUnknownFlags`, `MAPI_E_UNKNOWN_FLAGS`, `SYNC_E_UNKNOWN_FLAGS`.
    UNKNOWN_FLAGS = 0x8004_0106 => "ecUnknownFlags";
    /// `InvalidEntryID` ([MS-OXCDATA] 2.4): an EntryID with a bad layout was passed. Also
    /// `ecInvalidEntryId`, `MAPI_E_INVALID_ENTRYID`.
    INVALID_ENTRY_ID = 0x8004_0107 => "ecInvalidEntryId";
    /// `InvalidObject` ([MS-OXCDATA] 2.4): the object referred to is destroyed or unusable. Also
    /// `ecInvalidObject`, `MAPI_E_INVALID_OBJECT`.
    INVALID_OBJECT = 0x8004_0108 => "ecInvalidObject";
    /// `ObjectChanged` ([MS-OXCDATA] 2.4): a commit failed because someone else changed the object
    /// meanwhile. Also `ecObjectModified`, `MAPI_E_OBJECT_CHANGED`.
    OBJECT_MODIFIED = 0x8004_0109 => "ecObjectModified";
    /// `ObjectDeleted` ([MS-OXCDATA] 2.4): the object was deleted by someone else meanwhile. Also
    /// `ecObjectDeleted`, `MAPI_E_OBJECT_DELETED`.
    OBJECT_DELETED = 0x8004_010A => "ecObjectDeleted";
    /// `ServerBusy` ([MS-OXCDATA] 2.4): a table operation collided with another one running at the
    /// same time; 2.4.1 uses the name for 0x00000480. Also `ecBusy`, `MAPI_E_BUSY`.
    BUSY = 0x8004_010B => "ecBusy";
    /// `OutOfDisk` ([MS-OXCDATA] 2.4): not enough disk space for the operation. Also `ecDiskFull`,
    /// `MAPI_E_NOT_ENOUGH_DISK`.
    OUT_OF_DISK = 0x8004_010D => "ecDiskFull";
    /// `OutOfResources` ([MS-OXCDATA] 2.4): some unnamed resource ran out. Also
    /// `ecInsufficientResrc`, `MAPI_E_NOT_ENOUGH_RESOURCES`.
    OUT_OF_RESOURCES = 0x8004_010E => "ecInsufficientResrc";
    /// `NotFound` ([MS-OXCDATA] 2.4, 2.4.2): the object asked for is not on the server; as a
    /// property error, the object has no value for the property. Also `ecNotFound`,
    /// `MAPI_E_NOT_FOUND`.
    NOT_FOUND = 0x8004_010F => "ecNotFound";
    /// `VersionMismatch` ([MS-OXCDATA] 2.4): client and server versions do not fit together. Also
    /// `ecVersion`, `MAPI_E_VERSION`.
    VERSION_MISMATCH = 0x8004_0110 => "ecVersion";
    /// `LogonFailed` ([MS-OXCDATA] 2.4): the client could not log on. Also `ecLoginFailure`,
    /// `MAPI_E_LOGON_FAILED`.
    LOGIN_FAILURE = 0x8004_0111 => "ecLoginFailure";
    /// `TooManySessions` ([MS-OXCDATA] 2.4): no more sessions can be created. Also
    /// `ecTooManySessions`, `MAPI_E_SESSION_LIMIT`.
    TOO_MANY_SESSIONS = 0x8004_0112 => "ecTooManySessions";
    /// `UserCanceled` ([MS-OXCDATA] 2.4): a user cancelled the operation. Also `ecUserAbort`,
    /// `MAPI_E_USER_CANCEL`.
    USER_CANCELED = 0x8004_0113 => "ecUserAbort";
    /// `AbortFailed` ([MS-OXCDATA] 2.4): RopAbort or RopAbortSubmit did not succeed. Also
    /// `ecUnableToAbort`, `MAPI_E_UNABLE_TO_ABORT`.
    UNABLE_TO_ABORT = 0x8004_0114 => "ecUnableToAbort";
    /// `NetworkError` ([MS-OXCDATA] 2.4): a network problem made the operation fail. Also
    /// `ecNetwork`, `ecRpcFailed`, `MAPI_E_NETWORK_ERROR`.
    NETWORK = 0x8004_0115 => "ecNetwork";
    /// `DiskError` ([MS-OXCDATA] 2.4): a disk read or write failed. Also `ecReadFault`,
    /// `MAPI_E_DISK_ERROR`, `ecWriteFault`.
    DISK_ERROR = 0x8004_0116 => "ecReadFault";
    /// `TooComplex` ([MS-OXCDATA] 2.4): the request (often a restriction) is too complex for the
    /// server. Also `ecTooComplex`, `MAPI_E_TOO_COMPLEX`.
    TOO_COMPLEX = 0x8004_0117 => "ecTooComplex";
    /// `InvalidColumn` ([MS-OXCDATA] 2.4): this kind of table does not allow the column asked for.
    /// Also `MAPI_E_BAD_COLUMN`.
    INVALID_COLUMN = 0x8004_0118 => "InvalidColumn";
    /// `ComputedValue` ([MS-OXCDATA] 2.4): the property is computed by the server and read-only.
    /// Also `ecComputed`, `MAPI_E_COMPUTED`.
    COMPUTED_VALUE = 0x8004_011A => "ecComputed";
    /// `CorruptData` ([MS-OXCDATA] 2.4): a database or complex property value is internally
    /// inconsistent. Also `ecCorruptData`, `MAPI_E_CORRUPT_DATA`.
    CORRUPT_DATA = 0x8004_011B => "ecCorruptData";
    /// `InvalidCodepage` ([MS-OXCDATA] 2.4): the server does not support the client's code page.
    /// Also `MAPI_E_UNKNOWN_CPID`.
    INVALID_CODEPAGE = 0x8004_011E => "InvalidCodepage";
    /// `InvalidLocale` ([MS-OXCDATA] 2.4): the server does not support the client's locale. Also
    /// `MAPI_E_UNKNOWN_LCID`.
    INVALID_LOCALE = 0x8004_011F => "InvalidLocale";
    /// `TimeSkew` ([MS-OXCDATA] 2.4): the server clocks disagree too much. Also `ecTimeSkew`,
    /// `MAPI_E_INVALID_ACCESS_TIME`.
    TIME_SKEW = 0x8004_0123 => "ecTimeSkew";
    /// `EndOfSession` ([MS-OXCDATA] 2.4): the server session is gone, possibly after a restart.
    /// Also `MAPI_E_END_OF_SESSION`.
    END_OF_SESSION = 0x8004_0200 => "EndOfSession";
    /// `UnknownEntryId` ([MS-OXCDATA] 2.4): the EntryID was made by another MAPI provider. Also
    /// `MAPI_E_UNKNOWN_ENTRYID`.
    UNKNOWN_ENTRY_ID = 0x8004_0201 => "UnknownEntryId";
    /// `NotCompleted` ([MS-OXCDATA] 2.4): a complex operation, such as building a row set, could
    /// not finish. Also `ecUnableToComplete`, `MAPI_E_UNABLE_TO_COMPLETE`.
    NOT_COMPLETED = 0x8004_0400 => "ecUnableToComplete";
    /// `Timeout` ([MS-OXCDATA] 2.4): an asynchronous operation ran past its time limit. Also
    /// `ecTimeout`, `MAPI_E_TIMEOUT`.
    TIMEOUT = 0x8004_0401 => "ecTimeout";
    /// `EmptyTable` ([MS-OXCDATA] 2.4): a table the operation needs is empty. Also `ecTableEmpty`,
    /// `MAPI_E_TABLE_EMPTY`.
    EMPTY_TABLE = 0x8004_0402 => "ecTableEmpty";
    /// `TableTooBig` ([MS-OXCDATA] 2.4): the table is too large for the operation. Also
    /// `ecTableTooBig`, `MAPI_E_TABLE_TOO_BIG`.
    TABLE_TOO_BIG = 0x8004_0403 => "ecTableTooBig";
    /// `InvalidBookmark` ([MS-OXCDATA] 2.4): the bookmark belongs to another table. Also
    /// `ecInvalidBookmark`, `MAPI_E_INVALID_BOOKMARK`.
    INVALID_BOOKMARK = 0x8004_0405 => "ecInvalidBookmark";
    /// `ErrorWait` ([MS-OXCDATA] 2.4): a wait ran out of time. Also `ecWait`, `MAPI_E_WAIT`.
    ERROR_WAIT = 0x8004_0500 => "ecWait";
    /// `ErrorCancel` ([MS-OXCDATA] 2.4): the operation had to be cancelled. Also `ecCancel`,
    /// `MAPI_E_CANCEL`.
    ERROR_CANCEL = 0x8004_0501 => "ecCancel";
    /// `NoSuppress` ([MS-OXCDATA] 2.4): the server cannot suppress read receipts. Also
    /// `MAPI_E_NO_SUPPRESS`.
    NO_SUPPRESS = 0x8004_0602 => "NoSuppress";
    /// `CollidingNames` ([MS-OXCDATA] 2.4): an item or folder with the same name or key already
    /// exists. Also `ecDuplicateName`, `MAPI_E_COLLISION`.
    COLLIDING_NAMES = 0x8004_0604 => "ecDuplicateName";
    /// `NotInitialized` ([MS-OXCDATA] 2.4): the subsystem is not ready. Also `ecNotInitialized`,
    /// `MAPI_E_NOT_INITIALIZED`.
    NOT_INITIALIZED = 0x8004_0605 => "ecNotInitialized";
    /// `NoRecipients` ([MS-OXCDATA] 2.4): the message has no recipients, so it cannot be sent. Also
    /// `MAPI_E_NO_RECIPIENTS`.
    NO_RECIPIENTS = 0x8004_0607 => "NoRecipients";
    /// `AlreadySent` ([MS-OXCDATA] 2.4): the message was already sent and cannot be opened for
    /// changes. Also `ecSubmitted`, `MAPI_E_SUBMITTED`.
    ALREADY_SENT = 0x8004_0608 => "ecSubmitted";
    /// `HasFolders` ([MS-OXCDATA] 2.4): the folder still has subfolders and cannot be deleted. Also
    /// `ecFolderHasChildren`, `MAPI_E_HAS_FOLDERS`.
    HAS_FOLDERS = 0x8004_0609 => "ecFolderHasChildren";
    /// `HasMessages` ([MS-OXCDATA] 2.4): the folder still has messages and cannot be deleted. Also
    /// `ecFolderHasContents`, `MAPI_E_HAS_MESSAGES`.
    HAS_MESSAGES = 0x8004_060A => "ecFolderHasContents";
    /// `FolderCycle` ([MS-OXCDATA] 2.4): the folder move or copy would put a folder inside itself.
    /// Also `ecRootFolder`, `MAPI_E_FOLDER_CYCLE`.
    FOLDER_CYCLE = 0x8004_060B => "ecRootFolder";
    /// `TooManyLocks` ([MS-OXCDATA] 2.4): more locks were requested than allowed. Also
    /// `ecLockIdLimit`, `MAPI_E_LOCKID_LIMIT`.
    TOO_MANY_LOCKS = 0x8004_060D => "ecLockIdLimit";
    /// `AmbiguousRecipient` ([MS-OXCDATA] 2.4): an unresolved recipient matches several directory
    /// entries. Also `ecAmbiguousRecip`, `MAPI_E_AMBIGUOUS_RECIP`.
    AMBIGUOUS_RECIPIENT = 0x8004_0700 => "ecAmbiguousRecip";
    /// `SyncObjectDeleted` ([MS-OXCDATA] 2.4): the object was already deleted. Also
    /// `SYNC_E_OBJECT_DELETED`.
    SYNC_OBJECT_DELETED = 0x8004_0800 => "SyncObjectDeleted";
    /// `IgnoreFailure` ([MS-OXCDATA] 2.4): a synchronization error that can safely be ignored (e.g.
    /// a superseded change). Also `SYNC_E_IGNORE`.
    IGNORE_FAILURE = 0x8004_0801 => "IgnoreFailure";
    /// `SyncConflict` ([MS-OXCDATA] 2.4): changes to an object conflict. Also `SYNC_E_CONFLICT`.
    SYNC_CONFLICT = 0x8004_0802 => "SyncConflict";
    /// `NoParentFolder` ([MS-OXCDATA] 2.4): the parent folder cannot be found. Also
    /// `SYNC_E_NO_PARENT`.
    NO_PARENT_FOLDER = 0x8004_0803 => "NoParentFolder";
    /// `CycleDetected` ([MS-OXCDATA] 2.4): the operation would create a cycle (e.g. a folder copied
    /// into its own subfolder). Also `SYNC_E_CYCLE_DETECTED`, `SYNC_E_CYCLE`, `SYNC_E_INCEST`.
    CYCLE_DETECTED = 0x8004_0804 => "CycleDetected";
    /// `NotSynchronized` ([MS-OXCDATA] 2.4): a synchronization did not happen, perhaps because of a
    /// conflicting change. Also `SYNC_E_UNSYNCHRONIZED`.
    NOT_SYNCHRONIZED = 0x8004_0805 => "NotSynchronized";
    /// `NamedPropertyQuota` ([MS-OXCDATA] 2.4): the store cannot hold more named property mappings.
    /// Also `ecNPQuotaExceeded`, `MAPI_E_NAMED_PROP_QUOTA_EXCEEDED`.
    NAMED_PROPERTY_QUOTA = 0x8004_0900 => "ecNPQuotaExceeded";
    /// `NotImplemented` ([MS-OXCDATA] 2.4): the server does not implement this call. Also
    /// `MAPI_E_NOT_IMPLEMENTED`.
    NOT_IMPLEMENTED = 0x8004_0FFF => "NotImplemented";

    // Additional error codes ([MS-OXCDATA] 2.4.1).
    /// `IsamError` ([MS-OXCDATA] 2.4.1): the database failed for an unspecified reason. Also
    /// `ecJetError`.
    ISAM_ERROR = 0x0000_03EA => "ecJetError";
    /// `UnknownUser` ([MS-OXCDATA] 2.4.1): no home store can be found for the user. Also
    /// `ecUnknownUser`.
    UNKNOWN_USER = 0x0000_03EB => "ecUnknownUser";
    /// `Exiting` ([MS-OXCDATA] 2.4.1): the server is shutting down. Also `ecExiting`.
    EXITING = 0x0000_03ED => "ecExiting";
    /// `BadConfiguration` ([MS-OXCDATA] 2.4.1): the user's protocol settings are wrong; 2.4.3 gives
    /// the same value to `IsamWarningBufferTruncated`. Also `ecBadConfig`.
    BAD_CONFIGURATION = 0x0000_03EE => "ecBadConfig";
    /// `UnknownCodePage` ([MS-OXCDATA] 2.4.1): the code page is not installed on the server; 2.4.3
    /// gives the same value to `IsamWarningDatabaseAttached`. Also `ecUnknownCodePage`.
    UNKNOWN_CODE_PAGE = 0x0000_03EF => "ecUnknownCodePage";
    /// `ServerMemory` ([MS-OXCDATA] 2.4.1): the server is out of memory. Also `ecServerOOM`,
    /// `ecMemory`.
    SERVER_MEMORY = 0x0000_03F0 => "ecServerOOM";
    /// `LoginPermission` ([MS-OXCDATA] 2.4.1): the user has no rights on the mailbox. Also
    /// `ecLoginPerm`.
    LOGIN_PERMISSION = 0x0000_03F2 => "ecLoginPerm";
    /// `DatabaseRolledBack` ([MS-OXCDATA] 2.4.1): the database was restored and cannot be fixed up.
    /// Also `ecDatabaseRolledBack`.
    DATABASE_ROLLED_BACK = 0x0000_03F3 => "ecDatabaseRolledBack";
    /// `DatabaseCopiedError` ([MS-OXCDATA] 2.4.1): the database file came from another server. Also
    /// `ecDatabaseCopiedError`.
    DATABASE_COPIED_ERROR = 0x0000_03F4 => "ecDatabaseCopiedError";
    /// `AuditNotAllowed` ([MS-OXCDATA] 2.4.1): auditing of security operations is not allowed. Also
    /// `ecAuditNotAllowed`.
    AUDIT_NOT_ALLOWED = 0x0000_03F5 => "ecAuditNotAllowed";
    /// `ZombieUser` ([MS-OXCDATA] 2.4.1): the user has no security identifier. Also `ecZombieUser`.
    ZOMBIE_USER = 0x0000_03F6 => "ecZombieUser";
    /// `UnconvertableACL` ([MS-OXCDATA] 2.4.1): an ACL cannot be turned into NTFS form. Also
    /// `ecUnconvertableACL`.
    UNCONVERTABLE_ACL = 0x0000_03F7 => "ecUnconvertableACL";
    /// `NoFreeJetSessions` ([MS-OXCDATA] 2.4.1): no database (Jet) session is free. Also
    /// `ecNoFreeJses`.
    NO_FREE_JET_SESSIONS = 0x0000_044C => "ecNoFreeJses";
    /// `DifferentJetSession` ([MS-OXCDATA] 2.4.1): a Jet session other than the requested one came
    /// back (a warning). Also `ecDifferentJses`.
    DIFFERENT_JET_SESSION = 0x0000_044D => "ecDifferentJses";
    /// `FileRemove` ([MS-OXCDATA] 2.4.1): removing a database file failed. Also `ecFileRemove`.
    FILE_REMOVE = 0x0000_044F => "ecFileRemove";
    /// `ParameterOverflow` ([MS-OXCDATA] 2.4.1): a parameter value overflowed. Also
    /// `ecParameterOverflow`.
    PARAMETER_OVERFLOW = 0x0000_0450 => "ecParameterOverflow";
    /// `BadVersion` ([MS-OXCDATA] 2.4.1): the store database has a bad version number. Also
    /// `ecBadVersion`.
    BAD_VERSION = 0x0000_0451 => "ecBadVersion";
    /// `TooManyColumns` ([MS-OXCDATA] 2.4.1): RopSetColumns asked for too many columns. Also
    /// `ecTooManyCols`.
    TOO_MANY_COLUMNS = 0x0000_0452 => "ecTooManyCols";
    /// `HaveMore` ([MS-OXCDATA] 2.4.1): the ROP has more data to return. Also `ecHaveMore`.
    HAVE_MORE = 0x0000_0453 => "ecHaveMore";
    /// `DatabaseError` ([MS-OXCDATA] 2.4.1): a general database problem. Also `ecDatabaseError`.
    DATABASE_ERROR = 0x0000_0454 => "ecDatabaseError";
    /// `IndexNameTooBig` ([MS-OXCDATA] 2.4.1): an index name is longer than the database engine
    /// allows. Also `ecIndexNameTooBig`.
    INDEX_NAME_TOO_BIG = 0x0000_0455 => "ecIndexNameTooBig";
    /// `UnsupportedProperty` ([MS-OXCDATA] 2.4.1): the property type is not supported. Also
    /// `ecUnsupportedProp`.
    UNSUPPORTED_PROPERTY = 0x0000_0456 => "ecUnsupportedProp";
    /// `MessageNotSaved` ([MS-OXCDATA] 2.4.1): RopAbortSubmit found a message that was not saved.
    /// Also `ecMsgNotSaved`.
    MESSAGE_NOT_SAVED = 0x0000_0457 => "ecMsgNotSaved";
    /// `UnpublishedNotification` ([MS-OXCDATA] 2.4.1): a notification could not be published now.
    /// Also `ecUnpubNotif`.
    UNPUBLISHED_NOTIFICATION = 0x0000_0459 => "ecUnpubNotif";
    /// `DifferentRoot` ([MS-OXCDATA] 2.4.1): folders cannot be moved or copied to another top-level
    /// hierarchy. Also `ecDifferentRoot`.
    DIFFERENT_ROOT = 0x0000_045B => "ecDifferentRoot";
    /// `BadFolderName` ([MS-OXCDATA] 2.4.1): the folder name is not valid. Also `ecBadFolderName`.
    BAD_FOLDER_NAME = 0x0000_045C => "ecBadFolderName";
    /// `AttachmentOpen` ([MS-OXCDATA] 2.4.1): the attachment is open. Also `ecAttachOpen`.
    ATTACHMENT_OPEN = 0x0000_045D => "ecAttachOpen";
    /// `InvalidCollapseState` ([MS-OXCDATA] 2.4.1): RopSetCollapseState got a collapse state that
    /// is not valid. Also `ecInvClpsState`.
    INVALID_COLLAPSE_STATE = 0x0000_045E => "ecInvClpsState";
    /// `SkipMyChildren` ([MS-OXCDATA] 2.4.1): a folder-tree walk should skip this folder's
    /// children. Also `ecSkipMyChildren`.
    SKIP_MY_CHILDREN = 0x0000_045F => "ecSkipMyChildren";
    /// `SearchFolder` ([MS-OXCDATA] 2.4.1): the operation is not supported on a search folder. Also
    /// `ecSearchFolder`.
    SEARCH_FOLDER = 0x0000_0460 => "ecSearchFolder";
    /// `NotSearchFolder` ([MS-OXCDATA] 2.4.1): the operation needs a search folder. Also
    /// `ecNotSearchFolder`.
    NOT_SEARCH_FOLDER = 0x0000_0461 => "ecNotSearchFolder";
    /// `FolderSetReceive` ([MS-OXCDATA] 2.4.1): the folder is a receive folder and cannot be
    /// deleted. Also `ecFolderSetReceive`.
    FOLDER_SET_RECEIVE = 0x0000_0462 => "ecFolderSetReceive";
    /// `NoReceiveFolder` ([MS-OXCDATA] 2.4.1): no receive folder, not even a default one, is
    /// available. Also `ecNoReceiveFolder`.
    NO_RECEIVE_FOLDER = 0x0000_0463 => "ecNoReceiveFolder";
    /// `DeleteSubmittedMessage` ([MS-OXCDATA] 2.4.1): a message submitted for sending cannot be
    /// deleted. Also `ecNoDelSubmitMsg`.
    DELETE_SUBMITTED_MESSAGE = 0x0000_0465 => "ecNoDelSubmitMsg";
    /// `InvalidRecipients` ([MS-OXCDATA] 2.4.1): the message cannot be delivered to this recipient.
    /// Also `ecInvalidRecips`.
    INVALID_RECIPIENTS = 0x0000_0467 => "ecInvalidRecips";
    /// `NoReplicaHere` ([MS-OXCDATA] 2.4.1): this store has no replica of the public folder. Also
    /// `ecNoReplicaHere`.
    NO_REPLICA_HERE = 0x0000_0468 => "ecNoReplicaHere";
    /// `NoReplicaAvailable` ([MS-OXCDATA] 2.4.1): no reachable store has a replica of the public
    /// folder. Also `ecNoReplicaAvailable`.
    NO_REPLICA_AVAILABLE = 0x0000_0469 => "ecNoReplicaAvailable";
    /// `PublicDatabase` ([MS-OXCDATA] 2.4.1): the operation is not valid on a public store. Also
    /// `ecPublicMDB`.
    PUBLIC_DATABASE = 0x0000_046A => "ecPublicMDB";
    /// `NotPublicDatabase` ([MS-OXCDATA] 2.4.1): the operation needs a public store. Also
    /// `ecNotPublicMDB`.
    NOT_PUBLIC_DATABASE = 0x0000_046B => "ecNotPublicMDB";
    /// `RecordNotFound` ([MS-OXCDATA] 2.4.1): the record is not there. Also `ecRecordNotFound`.
    RECORD_NOT_FOUND = 0x0000_046C => "ecRecordNotFound";
    /// `ReplicationConflict` ([MS-OXCDATA] 2.4.1): replication found a conflict. Also
    /// `ecReplConflict`.
    REPLICATION_CONFLICT = 0x0000_046D => "ecReplConflict";
    /// `FXBufferOverrun` ([MS-OXCDATA] 2.4.1): reading a fast transfer buffer would have overrun
    /// it. Also `ecFxBufferOverrun`.
    FX_BUFFER_OVERRUN = 0x0000_0470 => "ecFxBufferOverrun";
    /// `FXBufferEmpty` ([MS-OXCDATA] 2.4.1): the fast transfer buffer has nothing more. Also
    /// `ecFxBufferEmpty`.
    FX_BUFFER_EMPTY = 0x0000_0471 => "ecFxBufferEmpty";
    /// `FXPartialValue` ([MS-OXCDATA] 2.4.1): a fast transfer buffer holds only part of a long
    /// value. Also `ecFxPartialValue`.
    FX_PARTIAL_VALUE = 0x0000_0472 => "ecFxPartialValue";
    /// `FxNoRoom` ([MS-OXCDATA] 2.4.1): an atomic value does not fit in the fast transfer buffer.
    /// Also `ecFxNoRoom`.
    FX_NO_ROOM = 0x0000_0473 => "ecFxNoRoom";
    /// `TimeExpired` ([MS-OXCDATA] 2.4.1): housekeeping ran past its time window. Also
    /// `ecMaxTimeExpired`.
    TIME_EXPIRED = 0x0000_0474 => "ecMaxTimeExpired";
    /// `DestinationError` ([MS-OXCDATA] 2.4.1): the destination folder failed during a copy. Also
    /// `ecDstError`.
    DESTINATION_ERROR = 0x0000_0475 => "ecDstError";
    /// `DatabaseNotInitialized` ([MS-OXCDATA] 2.4.1): the store was not initialized properly. Also
    /// `ecMDBNotInit`.
    DATABASE_NOT_INITIALIZED = 0x0000_0476 => "ecMDBNotInit";
    /// `WrongServer` ([MS-OXCDATA] 2.4.1): this server does not host the user's mailbox database
    /// (RopLogon redirect). Also `ecWrongServer`.
    WRONG_SERVER = 0x0000_0478 => "ecWrongServer";
    /// `BufferTooSmall` ([MS-OXCDATA] 2.4.1): a buffer given to the call is too small. Also
    /// `ecBufferTooSmall`.
    BUFFER_TOO_SMALL = 0x0000_047D => "ecBufferTooSmall";
    /// `AttachmentResolutionRequired` ([MS-OXCDATA] 2.4.1): linked attachments could not be
    /// resolved to files. Also `ecRequiresRefResolve`.
    ATTACHMENT_RESOLUTION_REQUIRED = 0x0000_047E => "ecRequiresRefResolve";
    /// `ServerPaused` ([MS-OXCDATA] 2.4.1): the service is paused. Also `ecServerPaused`.
    SERVER_PAUSED = 0x0000_047F => "ecServerPaused";
    /// `ServerBusy` ([MS-OXCDATA] 2.4.1): the server is too busy to finish the operation; 2.4 uses
    /// the name for 0x8004010B. Also `ecServerBusy`.
    SERVER_BUSY = 0x0000_0480 => "ecServerBusy";
    /// `NoSuchLogon` ([MS-OXCDATA] 2.4.1): the logon is not in the store's logon list. Also
    /// `ecNoSuchLogon`.
    NO_SUCH_LOGON = 0x0000_0481 => "ecNoSuchLogon";
    /// `LoadLibraryFailed` ([MS-OXCDATA] 2.4.1): the service could not load a DLL it needs. Also
    /// `ecLoadLibFailed`.
    LOAD_LIBRARY_FAILED = 0x0000_0482 => "ecLoadLibFailed";
    /// `AlreadyConfigured` ([MS-OXCDATA] 2.4.1): the synchronization object is already configured.
    /// Also `ecObjAlreadyConfig`.
    ALREADY_CONFIGURED = 0x0000_0483 => "ecObjAlreadyConfig";
    /// `NotConfigured` ([MS-OXCDATA] 2.4.1): the synchronization object is not configured yet. Also
    /// `ecObjNotConfig`.
    NOT_CONFIGURED = 0x0000_0484 => "ecObjNotConfig";
    /// `DataLoss` ([MS-OXCDATA] 2.4.1): converting between code pages lost data. Also `ecDataLoss`.
    DATA_LOSS = 0x0000_0485 => "ecDataLoss";
    /// `MaximumSendThreadExceeded` ([MS-OXCDATA] 2.4.1): too many send threads. Also
    /// `ecMaxSendThreadExceeded`.
    MAXIMUM_SEND_THREAD_EXCEEDED = 0x0000_0488 => "ecMaxSendThreadExceeded";
    /// `FxErrorMarker` ([MS-OXCDATA] 2.4.1): a fast transfer error marker was found; recovery is
    /// needed. Also `ecFxErrorMarker`.
    FX_ERROR_MARKER = 0x0000_0489 => "ecFxErrorMarker";
    /// `NoFreeJtabs` ([MS-OXCDATA] 2.4.1): no free database tables are left. Also `ecNoFreeJtabs`.
    NO_FREE_JTABS = 0x0000_048A => "ecNoFreeJtabs";
    /// `NotPrivateDatabase` ([MS-OXCDATA] 2.4.1): the operation needs a private mailbox database.
    /// Also `ecNotPrivateMDB`.
    NOT_PRIVATE_DATABASE = 0x0000_048B => "ecNotPrivateMDB";
    /// `IsintegMDB` ([MS-OXCDATA] 2.4.1): the store is locked by the ISINTEG integrity tool. Also
    /// `ecIsintegMDB`.
    ISINTEG_MDB = 0x0000_048C => "ecIsintegMDB";
    /// `RecoveryMismatch` ([MS-OXCDATA] 2.4.1): a recovery storage group operation on a store that
    /// is not one, or the reverse. Also `ecRecoveryMDBMismatch`.
    RECOVERY_MISMATCH = 0x0000_048D => "ecRecoveryMDBMismatch";
    /// `TableMayNotBeDeleted` ([MS-OXCDATA] 2.4.1): a critical table (messages, attachments, …)
    /// cannot be deleted. Also `ecTableMayNotBeDeleted`.
    TABLE_MAY_NOT_BE_DELETED = 0x0000_048E => "ecTableMayNotBeDeleted";
    /// `SearchFolderScopeViolation` ([MS-OXCDATA] 2.4.1): a recursive search on a search folder was
    /// attempted. Also `ecSearchFolderScopeViolation`.
    SEARCH_FOLDER_SCOPE_VIOLATION = 0x0000_0490 => "ecSearchFolderScopeViolation";
    /// `RpcRegisterIf` ([MS-OXCDATA] 2.4.1): registering the RPC interfaces failed. Also
    /// `ecRpcRegisterIf`.
    RPC_REGISTER_IF = 0x0000_04B1 => "ecRpcRegisterIf";
    /// `RpcListen` ([MS-OXCDATA] 2.4.1): starting the RPC listener failed. Also `ecRpcListen`.
    RPC_LISTEN = 0x0000_04B2 => "ecRpcListen";
    /// `RpcFormat` ([MS-OXCDATA] 2.4.1): the RPC buffer is badly formatted. Also `ecRpcFormat`.
    RPC_FORMAT = 0x0000_04B6 => "ecRpcFormat";
    /// `NoCopyTo` ([MS-OXCDATA] 2.4.1): single-instance storage cannot be used here. Also
    /// `ecNoCopyTo`.
    NO_COPY_TO = 0x0000_04B7 => "ecNoCopyTo";
    /// `NullObject` ([MS-OXCDATA] 2.4.1): a handle in the ROP buffer refers to no object. Also
    /// `ecNullObject`.
    NULL_OBJECT = 0x0000_04B9 => "ecNullObject";
    /// `RpcAuthentication` ([MS-OXCDATA] 2.4.1): the server wants the client to authenticate. Also
    /// `ecRpcAuthentication`.
    RPC_AUTHENTICATION = 0x0000_04BC => "ecRpcAuthentication";
    /// `RpcBadAuthenticationLevel` ([MS-OXCDATA] 2.4.1): the server does not know the client's
    /// authentication level. Also `ecRpcBadAuthenticationLevel`.
    RPC_BAD_AUTHENTICATION_LEVEL = 0x0000_04BD => "ecRpcBadAuthenticationLevel";
    /// `NullCommentRestriction` ([MS-OXCDATA] 2.4.1): a comment restriction has an empty
    /// subrestriction. Also `ecNullCommentRestriction`.
    NULL_COMMENT_RESTRICTION = 0x0000_04BE => "ecNullCommentRestriction";
    /// `RulesLoadError` ([MS-OXCDATA] 2.4.1): the folder's rule data is unavailable. Also
    /// `ecRulesLoadError`.
    RULES_LOAD_ERROR = 0x0000_04CC => "ecRulesLoadError";
    /// `RulesDeliverErr` ([MS-OXCDATA] 2.4.1): rule execution failed at delivery time. Also
    /// `ecRulesDelivErr`.
    RULES_DELIVER_ERR = 0x0000_04CD => "ecRulesDelivErr";
    /// `RulesParsingErr` ([MS-OXCDATA] 2.4.1): a stored rule condition or action has bad syntax.
    /// Also `ecRulesParsingErr`.
    RULES_PARSING_ERR = 0x0000_04CE => "ecRulesParsingErr";
    /// `RulesCreateDAE` ([MS-OXCDATA] 2.4.1): creating a deferred action error message failed. Also
    /// `ecRulesCreateDaeErr`.
    RULES_CREATE_DAE = 0x0000_04CF => "ecRulesCreateDaeErr";
    /// `RulesCreateDAM` ([MS-OXCDATA] 2.4.1): creating a deferred action message failed. Also
    /// `ecRulesCreateDamErr`.
    RULES_CREATE_DAM = 0x0000_04D0 => "ecRulesCreateDamErr";
    /// `RulesNoMoveCopyFolder` ([MS-OXCDATA] 2.4.1): a move or copy rule action failed on the
    /// target folder. Also `ecRulesNoMoveCopyFolder`.
    RULES_NO_MOVE_COPY_FOLDER = 0x0000_04D1 => "ecRulesNoMoveCopyFolder";
    /// `RulesNoFolderRights` ([MS-OXCDATA] 2.4.1): a move or copy rule action lacks rights on the
    /// target folder. Also `ecRulesNoFolderRights`.
    RULES_NO_FOLDER_RIGHTS = 0x0000_04D2 => "ecRulesNoFolderRights";
    /// `MessageTooBig` ([MS-OXCDATA] 2.4.1): the message is over a size limit and was not
    /// delivered. Also `ecMessageTooBig`.
    MESSAGE_TOO_BIG = 0x0000_04D4 => "ecMessageTooBig";
    /// `FormNotValid` ([MS-OXCDATA] 2.4.1): the form mapped to the message class has a problem.
    /// Also `ecFormNotValid`.
    FORM_NOT_VALID = 0x0000_04D5 => "ecFormNotValid";
    /// `NotAuthorized` ([MS-OXCDATA] 2.4.1): delivery to the folder was not authorized. Also
    /// `ecNotAuthorized`.
    NOT_AUTHORIZED = 0x0000_04D6 => "ecNotAuthorized";
    /// `DeleteMessage` ([MS-OXCDATA] 2.4.1): a rule action deleted the message. Also
    /// `ecDeleteMessage`.
    DELETE_MESSAGE = 0x0000_04D7 => "ecDeleteMessage";
    /// `BounceMessage` ([MS-OXCDATA] 2.4.1): a rule action refused delivery of the message. Also
    /// `ecBounceMessage`.
    BOUNCE_MESSAGE = 0x0000_04D8 => "ecBounceMessage";
    /// `QuotaExceeded` ([MS-OXCDATA] 2.4.1): the operation would go over a resource quota. Also
    /// `ecQuotaExceeded`.
    QUOTA_EXCEEDED = 0x0000_04D9 => "ecQuotaExceeded";
    /// `MaxSubmissionExceeded` ([MS-OXCDATA] 2.4.1): the message is too large to submit. Also
    /// `ecMaxSubmissionExceeded`.
    MAX_SUBMISSION_EXCEEDED = 0x0000_04DA => "ecMaxSubmissionExceeded";
    /// `MaxAttachmentExceeded` ([MS-OXCDATA] 2.4.1): the message has too many attachments. Also
    /// `ecMaxAttachmentExceeded`.
    MAX_ATTACHMENT_EXCEEDED = 0x0000_04DB => "ecMaxAttachmentExceeded";
    /// `SendAsDenied` ([MS-OXCDATA] 2.4.1): the account may not send as the mailbox owner. Also
    /// `ecSendAsDenied`.
    SEND_AS_DENIED = 0x0000_04DC => "ecSendAsDenied";
    /// `ShutoffQuotaExceeded` ([MS-OXCDATA] 2.4.1): the operation would go over the mailbox's
    /// shutoff quota. Also `ecShutoffQuotaExceeded`.
    SHUTOFF_QUOTA_EXCEEDED = 0x0000_04DD => "ecShutoffQuotaExceeded";
    /// `TooManyOpenObjects` ([MS-OXCDATA] 2.4.1): the client has too many objects of one kind open.
    /// Also `ecMaxObjsExceeded`.
    TOO_MANY_OPEN_OBJECTS = 0x0000_04DE => "ecMaxObjsExceeded";
    /// `ClientVersionBlocked` ([MS-OXCDATA] 2.4.1): the server blocks clients of this version. Also
    /// `ecClientVerDisallowed`.
    CLIENT_VERSION_BLOCKED = 0x0000_04DF => "ecClientVerDisallowed";
    /// `RpcHttpDisallowed` ([MS-OXCDATA] 2.4.1): the server blocks RPC over HTTP. Also
    /// `ecRpcHttpDisallowed`.
    RPC_HTTP_DISALLOWED = 0x0000_04E0 => "ecRpcHttpDisallowed";
    /// `CachedModeRequired` ([MS-OXCDATA] 2.4.1): the server allows only cached-mode connections.
    /// Also `ecCachedModeRequired`.
    CACHED_MODE_REQUIRED = 0x0000_04E1 => "ecCachedModeRequired";
    /// `FolderNotCleanedUp` ([MS-OXCDATA] 2.4.1): the folder is deleted but not yet cleaned up.
    /// Also `ecFolderNotCleanedUp`.
    FOLDER_NOT_CLEANED_UP = 0x0000_04E3 => "ecFolderNotCleanedUp";
    /// `FormatError` ([MS-OXCDATA] 2.4.1): part of a ROP buffer is badly formatted. Also
    /// `ecFmtError`.
    FORMAT_ERROR = 0x0000_04ED => "ecFmtError";
    /// `NotExpanded` ([MS-OXCDATA] 2.4.1): expanding rows in a categorized view failed. Also
    /// `ecNotExpanded`.
    NOT_EXPANDED = 0x0000_04F7 => "ecNotExpanded";
    /// `NotCollapsed` ([MS-OXCDATA] 2.4.1): collapsing rows in a categorized view failed. Also
    /// `ecNotCollapsed`.
    NOT_COLLAPSED = 0x0000_04F8 => "ecNotCollapsed";
    /// `NoExpandLeafRow` ([MS-OXCDATA] 2.4.1): only category header rows can be expanded, not leaf
    /// rows. Also `ecLeaf`.
    NO_EXPAND_LEAF_ROW = 0x0000_04F9 => "ecLeaf";
    /// `UnregisteredNameProp` ([MS-OXCDATA] 2.4.1): the named property ID has no registered name.
    /// Also `ecUnregisteredNamedProp`.
    UNREGISTERED_NAME_PROP = 0x0000_04FA => "ecUnregisteredNamedProp";
    /// `FolderDisabled` ([MS-OXCDATA] 2.4.1): the folder is disabled, perhaps while a form is being
    /// designed. Also `ecFolderDisabled`.
    FOLDER_DISABLED = 0x0000_04FB => "ecFolderDisabled";
    /// `DomainError` ([MS-OXCDATA] 2.4.1): the store's link with its server is inconsistent. Also
    /// `ecDomainError`.
    DOMAIN_ERROR = 0x0000_04FC => "ecDomainError";
    /// `NoCreateRight` ([MS-OXCDATA] 2.4.1): the user lacks the create right. Also
    /// `ecNoCreateRight`.
    NO_CREATE_RIGHT = 0x0000_04FF => "ecNoCreateRight";
    /// `PublicRoot` ([MS-OXCDATA] 2.4.1): the operation needs the create right at a public folder
    /// root. Also `ecPublicRoot`.
    PUBLIC_ROOT = 0x0000_0500 => "ecPublicRoot";
    /// `NoReadRight` ([MS-OXCDATA] 2.4.1): the user lacks the read right. Also `ecNoReadRight`.
    NO_READ_RIGHT = 0x0000_0501 => "ecNoReadRight";
    /// `NoCreateSubfolderRight` ([MS-OXCDATA] 2.4.1): the user lacks the create-subfolder right.
    /// Also `ecNoCreateSubfolderRight`.
    NO_CREATE_SUBFOLDER_RIGHT = 0x0000_0502 => "ecNoCreateSubfolderRight";
    /// `MessageCycle` ([MS-OXCDATA] 2.4.1): the source message contains the destination message, so
    /// it cannot be attached to it. Also `ecMsgCycle`.
    MESSAGE_CYCLE = 0x0000_0504 => "ecMsgCycle";
    /// `NullDestinationObject` ([MS-OXCDATA] 2.4.1): the destination handle in the ROP buffer
    /// refers to no object. Also `ecDstNullObject`.
    NULL_DESTINATION_OBJECT = 0x0000_0503 => "ecDstNullObject";
    /// `TooManyRecips` ([MS-OXCDATA] 2.4.1): the message has more recipients than the hard limit.
    /// Also `ecTooManyRecips`.
    TOO_MANY_RECIPS = 0x0000_0505 => "ecTooManyRecips";
    /// `VirusScanInProgress` ([MS-OXCDATA] 2.4.1): the message is being scanned for viruses. Also
    /// `ecVirusScanInProgress`.
    VIRUS_SCAN_IN_PROGRESS = 0x0000_050A => "ecVirusScanInProgress";
    /// `VirusDetected` ([MS-OXCDATA] 2.4.1): the message carries a virus. Also `ecVirusDetected`.
    VIRUS_DETECTED = 0x0000_050B => "ecVirusDetected";
    /// `MailboxInTransit` ([MS-OXCDATA] 2.4.1): the mailbox is being moved and takes no mail. Also
    /// `ecMailboxInTransit`.
    MAILBOX_IN_TRANSIT = 0x0000_050C => "ecMailboxInTransit";
    /// `BackupInProgress` ([MS-OXCDATA] 2.4.1): the store is being backed up. Also
    /// `ecBackupInProgress`.
    BACKUP_IN_PROGRESS = 0x0000_050D => "ecBackupInProgress";
    /// `VirusMessageDeleted` ([MS-OXCDATA] 2.4.1): the message carried a virus and was deleted.
    /// Also `ecVirusMessageDeleted`.
    VIRUS_MESSAGE_DELETED = 0x0000_050E => "ecVirusMessageDeleted";
    /// `InvalidBackupSequence` ([MS-OXCDATA] 2.4.1): backup steps came out of order. Also
    /// `ecInvalidBackupSequence`.
    INVALID_BACKUP_SEQUENCE = 0x0000_050F => "ecInvalidBackupSequence";
    /// `InvalidBackupType` ([MS-OXCDATA] 2.4.1): the backup type is not known. Also
    /// `ecInvalidBackupType`, `ecInvalidBackupSize`.
    INVALID_BACKUP_TYPE = 0x0000_0510 => "ecInvalidBackupType";
    /// `TooManyBackups` ([MS-OXCDATA] 2.4.1): too many backups are running. Also
    /// `ecTooManyBackupsInProgress`.
    TOO_MANY_BACKUPS = 0x0000_0511 => "ecTooManyBackupsInProgress";
    /// `RestoreInProgress` ([MS-OXCDATA] 2.4.1): a restore is already running. Also
    /// `ecRestoreInProgress`.
    RESTORE_IN_PROGRESS = 0x0000_0512 => "ecRestoreInProgress";
    /// `DuplicateObject` ([MS-OXCDATA] 2.4.1): the object already exists. Also `ecDuplicateObject`.
    DUPLICATE_OBJECT = 0x0000_0579 => "ecDuplicateObject";
    /// `ObjectNotFound` ([MS-OXCDATA] 2.4.1): an internal database object is missing. Also
    /// `ecObjectNotFound`.
    OBJECT_NOT_FOUND = 0x0000_057A => "ecObjectNotFound";
    /// `FixupReplyRule` ([MS-OXCDATA] 2.4.1): a reply rule's template message ID is missing or
    /// wrong. Also `ecFixupReplyRule`.
    FIXUP_REPLY_RULE = 0x0000_057B => "ecFixupReplyRule";
    /// `TemplateNotFound` ([MS-OXCDATA] 2.4.1): the reply template for an auto-reply rule is
    /// missing. Also `ecTemplateNotFound`.
    TEMPLATE_NOT_FOUND = 0x0000_057C => "ecTemplateNotFound";
    /// `RuleExecution` ([MS-OXCDATA] 2.4.1): a rule action failed while running. Also
    /// `ecRuleException`.
    RULE_EXECUTION = 0x0000_057D => "ecRuleException";
    /// `DSNoSuchObject` ([MS-OXCDATA] 2.4.1): a server object is not in the directory. Also
    /// `ecDSNoSuchObject`.
    DS_NO_SUCH_OBJECT = 0x0000_057E => "ecDSNoSuchObject";
    /// `AlreadyTombstoned` ([MS-OXCDATA] 2.4.1): the message is already in the tombstone list. Also
    /// `ecMessageAlreadyTombstoned`.
    ALREADY_TOMBSTONED = 0x0000_057F => "ecMessageAlreadyTombstoned";
    /// `ReadOnlyTransaction` ([MS-OXCDATA] 2.4.1): a write was attempted in a read-only
    /// transaction. Also `ecRequiresRWTransaction`.
    READ_ONLY_TRANSACTION = 0x0000_0596 => "ecRequiresRWTransaction";
    /// `Paused` ([MS-OXCDATA] 2.4.1): the server is already paused. Also `ecPaused`.
    PAUSED = 0x0000_060E => "ecPaused";
    /// `NotPaused` ([MS-OXCDATA] 2.4.1): the server is not paused. Also `ecNotPaused`.
    NOT_PAUSED = 0x0000_060F => "ecNotPaused";
    /// `WrongMailbox` ([MS-OXCDATA] 2.4.1): the operation was aimed at the wrong mailbox. Also
    /// `ecWrongMailbox`.
    WRONG_MAILBOX = 0x0000_0648 => "ecWrongMailbox";
    /// `ChangePassword` ([MS-OXCDATA] 2.4.1): the account password must be changed. Also
    /// `ecChgPassword`.
    CHANGE_PASSWORD = 0x0000_064C => "ecChgPassword";
    /// `PasswordExpired` ([MS-OXCDATA] 2.4.1): the account password has expired. Also
    /// `ecPwdExpired`.
    PASSWORD_EXPIRED = 0x0000_064D => "ecPwdExpired";
    /// `InvalidWorkstation` ([MS-OXCDATA] 2.4.1): the account logged on from a workstation it may
    /// not use. Also `ecInvWkstn`.
    INVALID_WORKSTATION = 0x0000_064E => "ecInvWkstn";
    /// `InvalidLogonHours` ([MS-OXCDATA] 2.4.1): the account logged on outside its allowed hours.
    /// Also `ecInvLogonHrs`.
    INVALID_LOGON_HOURS = 0x0000_064F => "ecInvLogonHrs";
    /// `AccountDisabled` ([MS-OXCDATA] 2.4.1): the account is disabled. Also `ecAcctDisabled`.
    ACCOUNT_DISABLED = 0x0000_0650 => "ecAcctDisabled";
    /// `RuleVersion` ([MS-OXCDATA] 2.4.1): the rule data has a bad rule version. Also
    /// `ecRuleVersion`.
    RULE_VERSION = 0x0000_06A4 => "ecRuleVersion";
    /// `RuleFormat` ([MS-OXCDATA] 2.4.1): a rule condition or action is badly formatted. Also
    /// `ecRuleFormat`.
    RULE_FORMAT = 0x0000_06A5 => "ecRuleFormat";
    /// `RuleSendAsDenied` ([MS-OXCDATA] 2.4.1): the rule may not send from this mailbox. Also
    /// `ecRuleSendAsDenied`.
    RULE_SEND_AS_DENIED = 0x0000_06A6 => "ecRuleSendAsDenied";
    /// `NoServerSupport` ([MS-OXCDATA] 2.4.1): a newer client needs something this older server
    /// lacks. Also `ecNoServerSupport`.
    NO_SERVER_SUPPORT = 0x0000_06B9 => "ecNoServerSupport";
    /// `LockTimedOut` ([MS-OXCDATA] 2.4.1): unlocking a message failed because its lock had already
    /// timed out. Also `ecLockTimedOut`.
    LOCK_TIMED_OUT = 0x0000_06BA => "ecLockTimedOut";
    /// `ObjectLocked` ([MS-OXCDATA] 2.4.1): the object is locked. Also `ecObjectLocked`.
    OBJECT_LOCKED = 0x0000_06BB => "ecObjectLocked";
    /// `InvalidLockNamespace` ([MS-OXCDATA] 2.4.1): a lock was requested on an object that does not
    /// exist. Also `ecInvalidLockNamespace`.
    INVALID_LOCK_NAMESPACE = 0x0000_06BD => "ecInvalidLockNamespace";
    /// `MessageDeleted` ([MS-OXCDATA] 2.4.1): the message has been deleted. Also
    /// `ecMessageDeleted`.
    MESSAGE_DELETED = 0x0000_07D6 => "ecMessageDeleted";
    /// `ProtocolDisabled` ([MS-OXCDATA] 2.4.1): the server configuration disables the protocol.
    /// Also `ecProtocolDisabled`.
    PROTOCOL_DISABLED = 0x0000_07D8 => "ecProtocolDisabled";
    /// `CleartextLogonDisabled` ([MS-OXCDATA] 2.4.1): clear-text logons are disabled. Also
    /// `ecClearTextLogonDisabled`.
    CLEARTEXT_LOGON_DISABLED = 0x0000_07D9 => "ecClearTextLogonDisabled";
    /// `Rejected` ([MS-OXCDATA] 2.4.1): the operation was rejected, perhaps as unsupported. Also
    /// `ecRejected`.
    REJECTED = 0x0000_07EE => "ecRejected";
    /// `AmbiguousAlias` ([MS-OXCDATA] 2.4.1): the account information matches more than one user.
    /// Also `ecAmbiguousAlias`.
    AMBIGUOUS_ALIAS = 0x0000_089A => "ecAmbiguousAlias";
    /// `UnknownMailbox` ([MS-OXCDATA] 2.4.1): the address book has no mailbox for this logon. Also
    /// `ecUnknownMailbox`.
    UNKNOWN_MAILBOX = 0x0000_089B => "ecUnknownMailbox";
    /// `ExpressionReserved` ([MS-OXCDATA] 2.4.1): internal error while evaluating an expression.
    /// Also `ecExpReserved`.
    EXPRESSION_RESERVED = 0x0000_08FC => "ecExpReserved";
    /// `ExpressionParseDepth` ([MS-OXCDATA] 2.4.1): the expression tree is deeper than allowed.
    /// Also `ecExpParseDepth`.
    EXPRESSION_PARSE_DEPTH = 0x0000_08FD => "ecExpParseDepth";
    /// `ExpressionArgumentType` ([MS-OXCDATA] 2.4.1): a function argument has the wrong type. Also
    /// `ecExpFuncArgType`.
    EXPRESSION_ARGUMENT_TYPE = 0x0000_08FE => "ecExpFuncArgType";
    /// `ExpressionSyntax` ([MS-OXCDATA] 2.4.1): the expression has a syntax error. Also
    /// `ecExpSyntax`.
    EXPRESSION_SYNTAX = 0x0000_08FF => "ecExpSyntax";
    /// `ExpressionBadStringToken` ([MS-OXCDATA] 2.4.1): the expression has a bad string token. Also
    /// `ecExpBadStrToken`.
    EXPRESSION_BAD_STRING_TOKEN = 0x0000_0900 => "ecExpBadStrToken";
    /// `ExpressionBadColToken` ([MS-OXCDATA] 2.4.1): the expression names a bad column. Also
    /// `ecExpBadColToken`.
    EXPRESSION_BAD_COL_TOKEN = 0x0000_0901 => "ecExpBadColToken";
    /// `ExpressionTypeMismatch` ([MS-OXCDATA] 2.4.1): the expression compares incompatible property
    /// types. Also `ecExpTypeMismatch`.
    EXPRESSION_TYPE_MISMATCH = 0x0000_0902 => "ecExpTypeMismatch";
    /// `ExpressionOperatorNotSupported` ([MS-OXCDATA] 2.4.1): the expression uses an unsupported
    /// operator. Also `ecExpOpNotSupported`.
    EXPRESSION_OPERATOR_NOT_SUPPORTED = 0x0000_0903 => "ecExpOpNotSupported";
    /// `ExpressionDivideByZero` ([MS-OXCDATA] 2.4.1): the expression divides by zero. Also
    /// `ecExpDivByZero`.
    EXPRESSION_DIVIDE_BY_ZERO = 0x0000_0904 => "ecExpDivByZero";
    /// `ExpressionUnaryArgument` ([MS-OXCDATA] 2.4.1): a unary expression has an argument of the
    /// wrong type. Also `ecExpUnaryArgType`.
    EXPRESSION_UNARY_ARGUMENT = 0x0000_0905 => "ecExpUnaryArgType";
    /// `NotLocked` ([MS-OXCDATA] 2.4.1): locking a resource failed. Also `ecNotLocked`.
    NOT_LOCKED = 0x0000_0960 => "ecNotLocked";
    /// `ClientEvent` ([MS-OXCDATA] 2.4.1): a client-supplied event fired. Also `ecClientEvent`.
    CLIENT_EVENT = 0x0000_0961 => "ecClientEvent";
    /// `CorruptEvent` ([MS-OXCDATA] 2.4.1): the event table holds bad data. Also `ecCorruptEvent`.
    CORRUPT_EVENT = 0x0000_0965 => "ecCorruptEvent";
    /// `CorruptWatermark` ([MS-OXCDATA] 2.4.1): an event table watermark is bad. Also
    /// `ecCorruptWatermark`.
    CORRUPT_WATERMARK = 0x0000_0966 => "ecCorruptWatermark";
    /// `EventError` ([MS-OXCDATA] 2.4.1): event processing failed. Also `ecEventError`.
    EVENT_ERROR = 0x0000_0967 => "ecEventError";
    /// `WatermarkError` ([MS-OXCDATA] 2.4.1): an event watermark is out of range or otherwise bad.
    /// Also `ecWatermarkError`.
    WATERMARK_ERROR = 0x0000_0968 => "ecWatermarkError";
    /// `NonCanonicalACL` ([MS-OXCDATA] 2.4.1): the existing ACL is not in canonical order, so it
    /// cannot be changed. Also `ecNonCanonicalACL`.
    NON_CANONICAL_ACL = 0x0000_0969 => "ecNonCanonicalACL";
    /// `MailboxDisabled` ([MS-OXCDATA] 2.4.1): the mailbox is disabled, so logon failed. Also
    /// `ecMailboxDisabled`.
    MAILBOX_DISABLED = 0x0000_096C => "ecMailboxDisabled";
    /// `RulesFolderOverQuota` ([MS-OXCDATA] 2.4.1): a move or copy rule action's destination folder
    /// is over quota. Also `ecRulesFolderOverQuota`.
    RULES_FOLDER_OVER_QUOTA = 0x0000_096D => "ecRulesFolderOverQuota";
    /// `AddressBookUnavailable` ([MS-OXCDATA] 2.4.1): the address book server cannot be reached.
    /// Also `ecADUnavailable`.
    ADDRESS_BOOK_UNAVAILABLE = 0x0000_096E => "ecADUnavailable";
    /// `AddressBookError` ([MS-OXCDATA] 2.4.1): the address book server failed without saying why.
    /// Also `ecADError`.
    ADDRESS_BOOK_ERROR = 0x0000_096F => "ecADError";
    /// `AddressBookObjectNotFound` ([MS-OXCDATA] 2.4.1): the address book has no such object. Also
    /// `ecADNotFound`.
    ADDRESS_BOOK_OBJECT_NOT_FOUND = 0x0000_0971 => "ecADNotFound";
    /// `AddressBookPropertyError` ([MS-OXCDATA] 2.4.1): the address book has no such property. Also
    /// `ecADPropertyError`.
    ADDRESS_BOOK_PROPERTY_ERROR = 0x0000_0972 => "ecADPropertyError";
    /// `NotEncrypted` ([MS-OXCDATA] 2.4.1): the server requires encrypted connections but the
    /// client asked for none. Also `ecNotEncrypted`.
    NOT_ENCRYPTED = 0x0000_0970 => "ecNotEncrypted";
    /// `RpcServerTooBusy` ([MS-OXCDATA] 2.4.1): an outgoing RPC failed: the remote server is too
    /// busy. Also `ecRpcServerTooBusy`.
    RPC_SERVER_TOO_BUSY = 0x0000_0973 => "ecRpcServerTooBusy";
    /// `RpcOutOfMemory` ([MS-OXCDATA] 2.4.1): an outgoing RPC failed: this server is out of memory.
    /// Also `ecRpcOutOfMemory`.
    RPC_OUT_OF_MEMORY = 0x0000_0974 => "ecRpcOutOfMemory";
    /// `RpcServerOutOfMemory` ([MS-OXCDATA] 2.4.1): an outgoing RPC failed: the remote server is
    /// out of memory. Also `ecRpcServerOutOfMemory`.
    RPC_SERVER_OUT_OF_MEMORY = 0x0000_0975 => "ecRpcServerOutOfMemory";
    /// `RpcOutOfResources` ([MS-OXCDATA] 2.4.1): an outgoing RPC failed: the remote server ran out
    /// of some resource. Also `ecRpcOutOfResources`.
    RPC_OUT_OF_RESOURCES = 0x0000_0976 => "ecRpcOutOfResources";
    /// `RpcServerUnavailable` ([MS-OXCDATA] 2.4.1): an outgoing RPC failed: the remote server is
    /// unavailable. Also `ecRpcServerUnavailable`.
    RPC_SERVER_UNAVAILABLE = 0x0000_0977 => "ecRpcServerUnavailable";
    /// `SecureSubmitError` ([MS-OXCDATA] 2.4.1): setting a message's secure submission state
    /// failed. Also `ecSecureSubmitError`.
    SECURE_SUBMIT_ERROR = 0x0000_097A => "ecSecureSubmitError";
    /// `EventsDeleted` ([MS-OXCDATA] 2.4.1): the events asked for are already gone from the queue.
    /// Also `ecEventsDeleted`.
    EVENTS_DELETED = 0x0000_097C => "ecEventsDeleted";
    /// `SubsystemStopping` ([MS-OXCDATA] 2.4.1): a component service is shutting down. Also
    /// `ecSubsystemStopping`.
    SUBSYSTEM_STOPPING = 0x0000_097D => "ecSubsystemStopping";
    /// `AttendantUnavailable` ([MS-OXCDATA] 2.4.1): the system attendant service is unavailable.
    /// Also `ecSAUnavailable`.
    ATTENDANT_UNAVAILABLE = 0x0000_097E => "ecSAUnavailable";
    /// `CIStopping` ([MS-OXCDATA] 2.4.1): the content indexing service is stopping. Also
    /// `ecCIStopping`.
    CI_STOPPING = 0x0000_0A28 => "ecCIStopping";
    /// `FxInvalidState` ([MS-OXCDATA] 2.4.1): an internal fast transfer object is in a bad state.
    /// Also `ecFxInvalidState`.
    FX_INVALID_STATE = 0x0000_0A29 => "ecFxInvalidState";
    /// `FxUnexpectedMarker` ([MS-OXCDATA] 2.4.1): fast transfer parsing met a marker it did not
    /// expect. Also `ecFxUnexpectedMarker`.
    FX_UNEXPECTED_MARKER = 0x0000_0A2A => "ecFxUnexpectedMarker";
    /// `DuplicateDelivery` ([MS-OXCDATA] 2.4.1): a copy of the message was already delivered. Also
    /// `ecDuplicateDelivery`.
    DUPLICATE_DELIVERY = 0x0000_0A2B => "ecDuplicateDelivery";
    /// `ConditionViolation` ([MS-OXCDATA] 2.4.1): the condition of a conditional operation was not
    /// met. Also `ecConditionViolation`.
    CONDITION_VIOLATION = 0x0000_0A2C => "ecConditionViolation";
    /// `MaximumConnectionPoolsExceeded` ([MS-OXCDATA] 2.4.1): the RPC client has more connection
    /// pools than allowed. Also `ecMaxPoolExceeded`.
    MAXIMUM_CONNECTION_POOLS_EXCEEDED = 0x0000_0A2D => "ecMaxPoolExceeded";
    /// `InvalidRpcHandle` ([MS-OXCDATA] 2.4.1): the RPC connection is no longer valid. Also
    /// `ecRpcInvalidHandle`.
    INVALID_RPC_HANDLE = 0x0000_0A2E => "ecRpcInvalidHandle";
    /// `EventNotFound` ([MS-OXCDATA] 2.4.1): the event table is empty or lacks the event asked for.
    /// Also `ecEventNotFound`.
    EVENT_NOT_FOUND = 0x0000_0A2F => "ecEventNotFound";
    /// `PropertyNotPromoted` ([MS-OXCDATA] 2.4.1): a property was not copied from the message table
    /// to the header table. Also `ecPropNotPromoted`.
    PROPERTY_NOT_PROMOTED = 0x0000_0A30 => "ecPropNotPromoted";
    /// `LowFreeSpaceForDatabase` ([MS-OXCDATA] 2.4.1): the database drive is (nearly) full. Also
    /// `ecLowMdbSpace`.
    LOW_FREE_SPACE_FOR_DATABASE = 0x0000_0A31 => "ecLowMdbSpace";
    /// `LowFreeSpaceForLogs` ([MS-OXCDATA] 2.4.1): the drive of the database's log files is
    /// (nearly) full.
    LOW_FREE_SPACE_FOR_LOGS = 0x0000_0A32 => "LowFreeSpaceForLogs";
    /// `MailboxIsQuarantined` ([MS-OXCDATA] 2.4.1): an administrator quarantined the mailbox.
    MAILBOX_IS_QUARANTINED = 0x0000_0A33 => "MailboxIsQuarantined";
    /// `DatabaseMountInProgress` ([MS-OXCDATA] 2.4.1): the mailbox database is being mounted.
    DATABASE_MOUNT_IN_PROGRESS = 0x0000_0A34 => "DatabaseMountInProgress";
    /// `DatabaseDismountInProgress` ([MS-OXCDATA] 2.4.1): the mailbox database is being dismounted.
    DATABASE_DISMOUNT_IN_PROGRESS = 0x0000_0A35 => "DatabaseDismountInProgress";
    /// `ConnectionsOverBudget` ([MS-OXCDATA] 2.4.1): the client uses more RPC connections than
    /// budgeted.
    CONNECTIONS_OVER_BUDGET = 0x0000_0A36 => "ConnectionsOverBudget";
    /// `NotFoundInContainer` ([MS-OXCDATA] 2.4.1): the mailbox is not in the mailbox metadata
    /// cache.
    NOT_FOUND_IN_CONTAINER = 0x0000_0A37 => "NotFoundInContainer";
    /// `CannotRemove` ([MS-OXCDATA] 2.4.1): an item cannot be taken out of an internal list.
    CANNOT_REMOVE = 0x0000_0A38 => "CannotRemove";
    /// `InvalidConnectionPool` ([MS-OXCDATA] 2.4.1): the RPC client used a connection pool the
    /// server does not know.
    INVALID_CONNECTION_POOL = 0x0000_0A39 => "InvalidConnectionPool";
    /// `VirusScanGeneralFailure` ([MS-OXCDATA] 2.4.1): scanning an item for viruses failed without
    /// a specific cause.
    VIRUS_SCAN_GENERAL_FAILURE = 0x0000_0A3A => "VirusScanGeneralFailure";
    /// `IsamErrorRfsFailure` ([MS-OXCDATA] 2.4.1): the resource failure simulator failed.
    ISAM_ERROR_RFS_FAILURE = 0xFFFF_FF9C => "IsamErrorRfsFailure";
    /// `IsamErrorRfsNotArmed` ([MS-OXCDATA] 2.4.1): the resource failure simulator is not
    /// initialized.
    ISAM_ERROR_RFS_NOT_ARMED = 0xFFFF_FF9B => "IsamErrorRfsNotArmed";
    /// `IsamErrorFileClose` ([MS-OXCDATA] 2.4.1): a file could not be closed.
    ISAM_ERROR_FILE_CLOSE = 0xFFFF_FF9A => "IsamErrorFileClose";
    /// `IsamErrorOutOfThreads` ([MS-OXCDATA] 2.4.1): a thread could not be started.
    ISAM_ERROR_OUT_OF_THREADS = 0xFFFF_FF99 => "IsamErrorOutOfThreads";
    /// `IsamErrorTooManyIO` ([MS-OXCDATA] 2.4.1): too many I/O requests are outstanding.
    ISAM_ERROR_TOO_MANY_IO = 0xFFFF_FF97 => "IsamErrorTooManyIO";
    /// `IsamErrorTaskDropped` ([MS-OXCDATA] 2.4.1): an asynchronous task could not be run.
    ISAM_ERROR_TASK_DROPPED = 0xFFFF_FF96 => "IsamErrorTaskDropped";
    /// `IsamErrorInternalError` ([MS-OXCDATA] 2.4.1): a fatal internal error occurred.
    ISAM_ERROR_INTERNAL_ERROR = 0xFFFF_FF95 => "IsamErrorInternalError";
    /// `IsamErrorDatabaseBufferDependenciesCorrupted` ([MS-OXCDATA] 2.4.1): buffer dependencies
    /// were set wrongly; recovery failed.
    ISAM_ERROR_DATABASE_BUFFER_DEPENDENCIES_CORRUPTED = 0xFFFF_FF01 => "IsamErrorDatabaseBufferDependenciesCorrupted";
    /// `IsamErrorPreviousVersion` ([MS-OXCDATA] 2.4.1): the version already existed; recovery
    /// failed.
    ISAM_ERROR_PREVIOUS_VERSION = 0xFFFF_FEBE => "IsamErrorPreviousVersion";
    /// `IsamErrorPageBoundary` ([MS-OXCDATA] 2.4.1): a page boundary was reached.
    ISAM_ERROR_PAGE_BOUNDARY = 0xFFFF_FEBD => "IsamErrorPageBoundary";
    /// `IsamErrorKeyBoundary` ([MS-OXCDATA] 2.4.1): a key boundary was reached.
    ISAM_ERROR_KEY_BOUNDARY = 0xFFFF_FEBC => "IsamErrorKeyBoundary";
    /// `IsamErrorBadPageLink` ([MS-OXCDATA] 2.4.1): the database is corrupt (bad page link).
    ISAM_ERROR_BAD_PAGE_LINK = 0xFFFF_FEB9 => "IsamErrorBadPageLink";
    /// `IsamErrorBadBookmark` ([MS-OXCDATA] 2.4.1): the bookmark has no address in the database.
    ISAM_ERROR_BAD_BOOKMARK = 0xFFFF_FEB8 => "IsamErrorBadBookmark";
    /// `IsamErrorNTSystemCallFailed` ([MS-OXCDATA] 2.4.1): an operating system call failed.
    ISAM_ERROR_NT_SYSTEM_CALL_FAILED = 0xFFFF_FEB2 => "IsamErrorNTSystemCallFailed";
    /// `IsamErrorBadParentPageLink` ([MS-OXCDATA] 2.4.1): a parent database page is corrupt.
    ISAM_ERROR_BAD_PARENT_PAGE_LINK = 0xFFFF_FEAE => "IsamErrorBadParentPageLink";
    /// `IsamErrorSPAvailExtCacheOutOfSync` ([MS-OXCDATA] 2.4.1): the AvailExt cache disagrees with
    /// the B+ tree.
    ISAM_ERROR_SP_AVAIL_EXT_CACHE_OUT_OF_SYNC = 0xFFFF_FEAC => "IsamErrorSPAvailExtCacheOutOfSync";
    /// `IsamErrorSPAvailExtCorrupted` ([MS-OXCDATA] 2.4.1): the AvailExt space tree is corrupt.
    ISAM_ERROR_SP_AVAIL_EXT_CORRUPTED = 0xFFFF_FEAB => "IsamErrorSPAvailExtCorrupted";
    /// `IsamErrorSPAvailExtCacheOutOfMemory` ([MS-OXCDATA] 2.4.1): no memory for an AvailExt cache
    /// node.
    ISAM_ERROR_SP_AVAIL_EXT_CACHE_OUT_OF_MEMORY = 0xFFFF_FEAA => "IsamErrorSPAvailExtCacheOutOfMemory";
    /// `IsamErrorSPOwnExtCorrupted` ([MS-OXCDATA] 2.4.1): the OwnExt space tree is corrupt.
    ISAM_ERROR_SP_OWN_EXT_CORRUPTED = 0xFFFF_FEA9 => "IsamErrorSPOwnExtCorrupted";
    /// `IsamErrorDbTimeCorrupted` ([MS-OXCDATA] 2.4.1): a page's dbtime is ahead of the database's.
    ISAM_ERROR_DB_TIME_CORRUPTED = 0xFFFF_FEA8 => "IsamErrorDbTimeCorrupted";
    /// `IsamErrorKeyTruncated` ([MS-OXCDATA] 2.4.1): the index key would be truncated and the index
    /// forbids that.
    ISAM_ERROR_KEY_TRUNCATED = 0xFFFF_FEA6 => "IsamErrorKeyTruncated";
    /// `IsamErrorKeyTooBig` ([MS-OXCDATA] 2.4.1): the key is too large.
    ISAM_ERROR_KEY_TOO_BIG = 0xFFFF_FE68 => "IsamErrorKeyTooBig";
    /// `IsamErrorInvalidLoggedOperation` ([MS-OXCDATA] 2.4.1): a logged operation cannot be redone.
    ISAM_ERROR_INVALID_LOGGED_OPERATION = 0xFFFF_FE0C => "IsamErrorInvalidLoggedOperation";
    /// `IsamErrorLogFileCorrupt` ([MS-OXCDATA] 2.4.1): the log file is corrupt.
    ISAM_ERROR_LOG_FILE_CORRUPT = 0xFFFF_FE0B => "IsamErrorLogFileCorrupt";
    /// `IsamErrorNoBackupDirectory` ([MS-OXCDATA] 2.4.1): no backup directory was given.
    ISAM_ERROR_NO_BACKUP_DIRECTORY = 0xFFFF_FE09 => "IsamErrorNoBackupDirectory";
    /// `IsamErrorBackupDirectoryNotEmpty` ([MS-OXCDATA] 2.4.1): the backup directory is not empty.
    ISAM_ERROR_BACKUP_DIRECTORY_NOT_EMPTY = 0xFFFF_FE08 => "IsamErrorBackupDirectoryNotEmpty";
    /// `IsamErrorBackupInProgress` ([MS-OXCDATA] 2.4.1): a backup is already running. Also
    /// `JET_errBackupInProgress`.
    ISAM_ERROR_BACKUP_IN_PROGRESS = 0xFFFF_FE07 => "IsamErrorBackupInProgress";
    /// `IsamErrorRestoreInProgress` ([MS-OXCDATA] 2.4.1): a restore is running. Also
    /// `JET_errRestoreInProgress`.
    ISAM_ERROR_RESTORE_IN_PROGRESS = 0xFFFF_FE06 => "IsamErrorRestoreInProgress";
    /// `IsamErrorMissingPreviousLogFile` ([MS-OXCDATA] 2.4.1): the log file for the checkpoint is
    /// missing. Also `JET_errMissingPreviousLogFile`.
    ISAM_ERROR_MISSING_PREVIOUS_LOG_FILE = 0xFFFF_FE03 => "IsamErrorMissingPreviousLogFile";
    /// `IsamErrorLogWriteFail` ([MS-OXCDATA] 2.4.1): writing the log file failed. Also
    /// `JET_errLogWriteFail`.
    ISAM_ERROR_LOG_WRITE_FAIL = 0xFFFF_FE02 => "IsamErrorLogWriteFail";
    /// `IsamErrorLogDisabledDueToRecoveryFailure` ([MS-OXCDATA] 2.4.1): writing the log after a
    /// failed recovery is not possible. Also `JET_errLogDisabledDueToRecoveryFailure`.
    ISAM_ERROR_LOG_DISABLED_DUE_TO_RECOVERY_FAILURE = 0xFFFF_FE01 => "IsamErrorLogDisabledDueToRecoveryFailure";
    /// `IsamErrorCannotLogDuringRecoveryRedo` ([MS-OXCDATA] 2.4.1): writing the log during recovery
    /// redo failed. Also `JET_errCannotLogDuringRecoveryRedo`.
    ISAM_ERROR_CANNOT_LOG_DURING_RECOVERY_REDO = 0xFFFF_FE00 => "IsamErrorCannotLogDuringRecoveryRedo";
    /// `IsamErrorLogGenerationMismatch` ([MS-OXCDATA] 2.4.1): the log file name does not match its
    /// generation number. Also `JET_errLogGenerationMismatch`.
    ISAM_ERROR_LOG_GENERATION_MISMATCH = 0xFFFF_FDFF => "IsamErrorLogGenerationMismatch";
    /// `IsamErrorBadLogVersion` ([MS-OXCDATA] 2.4.1): the log file version does not suit this
    /// engine version. Also `JET_errBadLogVersion`.
    ISAM_ERROR_BAD_LOG_VERSION = 0xFFFF_FDFE => "IsamErrorBadLogVersion";
    /// `IsamErrorInvalidLogSequence` ([MS-OXCDATA] 2.4.1): the next log's time stamp is not the
    /// expected one. Also `JET_errInvalidLogSequence`.
    ISAM_ERROR_INVALID_LOG_SEQUENCE = 0xFFFF_FDFD => "IsamErrorInvalidLogSequence";
    /// `IsamErrorLoggingDisabled` ([MS-OXCDATA] 2.4.1): logging is not active. Also
    /// `JET_errLoggingDisabled`.
    ISAM_ERROR_LOGGING_DISABLED = 0xFFFF_FDFC => "IsamErrorLoggingDisabled";
    /// `IsamErrorLogBufferTooSmall` ([MS-OXCDATA] 2.4.1): the log buffer is too small for recovery.
    /// Also `JET_errLogBufferTooSmall`.
    ISAM_ERROR_LOG_BUFFER_TOO_SMALL = 0xFFFF_FDFB => "IsamErrorLogBufferTooSmall";
    /// `IsamErrorLogSequenceEnd` ([MS-OXCDATA] 2.4.1): the highest log file number was passed. Also
    /// `JET_errLogSequenceEnd`.
    ISAM_ERROR_LOG_SEQUENCE_END = 0xFFFF_FDF9 => "IsamErrorLogSequenceEnd";
    /// `IsamErrorNoBackup` ([MS-OXCDATA] 2.4.1): no backup is running. Also `JET_errNoBackup`.
    ISAM_ERROR_NO_BACKUP = 0xFFFF_FDF8 => "IsamErrorNoBackup";
    /// `IsamErrorInvalidBackupSequence` ([MS-OXCDATA] 2.4.1): a backup call came out of order. Also
    /// `JET_errInvalidBackupSequence`.
    ISAM_ERROR_INVALID_BACKUP_SEQUENCE = 0xFFFF_FDF7 => "IsamErrorInvalidBackupSequence";
    /// `IsamErrorBackupNotAllowedYet` ([MS-OXCDATA] 2.4.1): a backup is not possible now. Also
    /// `JET_errBackupNotAllowedYet`.
    ISAM_ERROR_BACKUP_NOT_ALLOWED_YET = 0xFFFF_FDF5 => "IsamErrorBackupNotAllowedYet";
    /// `IsamErrorDeleteBackupFileFail` ([MS-OXCDATA] 2.4.1): a backup file could not be deleted.
    /// Also `JET_errDeleteBackupFileFail`.
    ISAM_ERROR_DELETE_BACKUP_FILE_FAIL = 0xFFFF_FDF4 => "IsamErrorDeleteBackupFileFail";
    /// `IsamErrorMakeBackupDirectoryFail` ([MS-OXCDATA] 2.4.1): the temporary backup directory
    /// could not be created. Also `JET_errMakeBackupDirectoryFail`.
    ISAM_ERROR_MAKE_BACKUP_DIRECTORY_FAIL = 0xFFFF_FDF3 => "IsamErrorMakeBackupDirectoryFail";
    /// `IsamErrorInvalidBackup` ([MS-OXCDATA] 2.4.1): circular logging is on, so no incremental
    /// backup is possible. Also `JET_errInvalidBackup`.
    ISAM_ERROR_INVALID_BACKUP = 0xFFFF_FDF2 => "IsamErrorInvalidBackup";
    /// `IsamErrorRecoveredWithErrors` ([MS-OXCDATA] 2.4.1): the data was restored, with errors.
    /// Also `JET_errRecoveredWithErrors`.
    ISAM_ERROR_RECOVERED_WITH_ERRORS = 0xFFFF_FDF1 => "IsamErrorRecoveredWithErrors";
    /// `IsamErrorMissingLogFile` ([MS-OXCDATA] 2.4.1): the current log file is missing. Also
    /// `JET_errMissingLogFile`.
    ISAM_ERROR_MISSING_LOG_FILE = 0xFFFF_FDF0 => "IsamErrorMissingLogFile";
    /// `IsamErrorLogDiskFull` ([MS-OXCDATA] 2.4.1): the log disk is full. Also
    /// `JET_errLogDiskFull`.
    ISAM_ERROR_LOG_DISK_FULL = 0xFFFF_FDEF => "IsamErrorLogDiskFull";
    /// `IsamErrorBadLogSignature` ([MS-OXCDATA] 2.4.1): a log file has a bad signature. Also
    /// `JET_errBadLogSignature`.
    ISAM_ERROR_BAD_LOG_SIGNATURE = 0xFFFF_FDEE => "IsamErrorBadLogSignature";
    /// `IsamErrorBadDbSignature` ([MS-OXCDATA] 2.4.1): a database file has a bad signature. Also
    /// `JET_errBadDbSignature`.
    ISAM_ERROR_BAD_DB_SIGNATURE = 0xFFFF_FDED => "IsamErrorBadDbSignature";
    /// `IsamErrorBadCheckpointSignature` ([MS-OXCDATA] 2.4.1): a checkpoint file has a bad
    /// signature. Also `JET_errBadCheckpointSignature`.
    ISAM_ERROR_BAD_CHECKPOINT_SIGNATURE = 0xFFFF_FDEC => "IsamErrorBadCheckpointSignature";
    /// `IsamErrorCheckpointCorrupt` ([MS-OXCDATA] 2.4.1): the checkpoint file is missing or
    /// corrupt. Also `JET_errCheckpointCorrupt`.
    ISAM_ERROR_CHECKPOINT_CORRUPT = 0xFFFF_FDEB => "IsamErrorCheckpointCorrupt";
    /// `IsamErrorMissingPatchPage` ([MS-OXCDATA] 2.4.1): a database patch file page was missing
    /// during recovery.
    ISAM_ERROR_MISSING_PATCH_PAGE = 0xFFFF_FDEA => "IsamErrorMissingPatchPage";
    /// `IsamErrorBadPatchPage` ([MS-OXCDATA] 2.4.1): a database patch file page is not valid.
    ISAM_ERROR_BAD_PATCH_PAGE = 0xFFFF_FDE9 => "IsamErrorBadPatchPage";
    /// `IsamErrorRedoAbruptEnded` ([MS-OXCDATA] 2.4.1): redo stopped suddenly while reading the
    /// logs. Also `JET_errRedoAbruptEnded`.
    ISAM_ERROR_REDO_ABRUPT_ENDED = 0xFFFF_FDE8 => "IsamErrorRedoAbruptEnded";
    /// `IsamErrorBadSLVSignature` ([MS-OXCDATA] 2.4.1): the SLV file signature does not match the
    /// database. Also `JET_errBadSLVSignature`.
    ISAM_ERROR_BAD_SLV_SIGNATURE = 0xFFFF_FDE7 => "IsamErrorBadSLVSignature";
    /// `IsamErrorPatchFileMissing` ([MS-OXCDATA] 2.4.1): a hard restore found a database patch file
    /// missing from the backup set. Also `JET_errPatchFileMissing`.
    ISAM_ERROR_PATCH_FILE_MISSING = 0xFFFF_FDE6 => "IsamErrorPatchFileMissing";
    /// `IsamErrorDatabaseLogSetMismatch` ([MS-OXCDATA] 2.4.1): the database does not belong to this
    /// set of log files. Also `JET_errDatabaseLogSetMismatch`.
    ISAM_ERROR_DATABASE_LOG_SET_MISMATCH = 0xFFFF_FDE5 => "IsamErrorDatabaseLogSetMismatch";
    /// `IsamErrorDatabaseStreamingFileMismatch` ([MS-OXCDATA] 2.4.1): reserved. Also
    /// `JET_errDatabaseStreamingFileMismatch`.
    ISAM_ERROR_DATABASE_STREAMING_FILE_MISMATCH = 0xFFFF_FDE4 => "IsamErrorDatabaseStreamingFileMismatch";
    /// `IsamErrorLogFileSizeMismatch` ([MS-OXCDATA] 2.4.1): the log file size differs from the
    /// configured size. Also `JET_errLogFileSizeMismatch`.
    ISAM_ERROR_LOG_FILE_SIZE_MISMATCH = 0xFFFF_FDE3 => "IsamErrorLogFileSizeMismatch";
    /// `IsamErrorCheckpointFileNotFound` ([MS-OXCDATA] 2.4.1): the checkpoint file cannot be found.
    /// Also `JET_errCheckpointFileNotFound`.
    ISAM_ERROR_CHECKPOINT_FILE_NOT_FOUND = 0xFFFF_FDE2 => "IsamErrorCheckpointFileNotFound";
    /// `IsamErrorRequiredLogFilesMissing` ([MS-OXCDATA] 2.4.1): log files needed for recovery are
    /// missing. Also `JET_errRequiredLogFilesMissing`.
    ISAM_ERROR_REQUIRED_LOG_FILES_MISSING = 0xFFFF_FDE1 => "IsamErrorRequiredLogFilesMissing";
    /// `IsamErrorSoftRecoveryOnBackupDatabase` ([MS-OXCDATA] 2.4.1): soft recovery about to run on
    /// a backup database that needs a restore instead.
    ISAM_ERROR_SOFT_RECOVERY_ON_BACKUP_DATABASE = 0xFFFF_FDE0 => "IsamErrorSoftRecoveryOnBackupDatabase";
    /// `IsamErrorLogFileSizeMismatchDatabasesConsistent` ([MS-OXCDATA] 2.4.1): databases recovered,
    /// but with a log file size other than the configured one.
    ISAM_ERROR_LOG_FILE_SIZE_MISMATCH_DATABASES_CONSISTENT = 0xFFFF_FDDF => "IsamErrorLogFileSizeMismatchDatabasesConsistent";
    /// `IsamErrorLogSectorSizeMismatch` ([MS-OXCDATA] 2.4.1): the log file sector size differs from
    /// the volume's.
    ISAM_ERROR_LOG_SECTOR_SIZE_MISMATCH = 0xFFFF_FDDE => "IsamErrorLogSectorSizeMismatch";
    /// `IsamErrorLogSectorSizeMismatchDatabasesConsistent` ([MS-OXCDATA] 2.4.1): databases
    /// recovered, but the log sector size differs from the volume's.
    ISAM_ERROR_LOG_SECTOR_SIZE_MISMATCH_DATABASES_CONSISTENT = 0xFFFF_FDDD => "IsamErrorLogSectorSizeMismatchDatabasesConsistent";
    /// `IsamErrorLogSequenceEndDatabasesConsistent` ([MS-OXCDATA] 2.4.1): databases recovered, but
    /// every log generation of the sequence is used up.
    ISAM_ERROR_LOG_SEQUENCE_END_DATABASES_CONSISTENT = 0xFFFF_FDDC => "IsamErrorLogSequenceEndDatabasesConsistent";
    /// `IsamErrorStreamingDataNotLogged` ([MS-OXCDATA] 2.4.1): a streaming file operation cannot be
    /// replayed: its data was not logged.
    ISAM_ERROR_STREAMING_DATA_NOT_LOGGED = 0xFFFF_FDDB => "IsamErrorStreamingDataNotLogged";
    /// `IsamErrorDatabaseDirtyShutdown` ([MS-OXCDATA] 2.4.1): the database was not shut down
    /// cleanly; recovery must run first.
    ISAM_ERROR_DATABASE_DIRTY_SHUTDOWN = 0xFFFF_FDDA => "IsamErrorDatabaseDirtyShutdown";
    /// `IsamErrorConsistentTimeMismatch` ([MS-OXCDATA] 2.4.1): the database's last consistent time
    /// does not match.
    ISAM_ERROR_CONSISTENT_TIME_MISMATCH = 0xFFFF_FDD9 => "IsamErrorConsistentTimeMismatch";
    /// `IsamErrorDatabasePatchFileMismatch` ([MS-OXCDATA] 2.4.1): the database patch file is not
    /// from this backup.
    ISAM_ERROR_DATABASE_PATCH_FILE_MISMATCH = 0xFFFF_FDD8 => "IsamErrorDatabasePatchFileMismatch";
    /// `IsamErrorEndingRestoreLogTooLow` ([MS-OXCDATA] 2.4.1): the restore's log number is too low.
    ISAM_ERROR_ENDING_RESTORE_LOG_TOO_LOW = 0xFFFF_FDD7 => "IsamErrorEndingRestoreLogTooLow";
    /// `IsamErrorStartingRestoreLogTooHigh` ([MS-OXCDATA] 2.4.1): the restore's starting log number
    /// is too high.
    ISAM_ERROR_STARTING_RESTORE_LOG_TOO_HIGH = 0xFFFF_FDD6 => "IsamErrorStartingRestoreLogTooHigh";
    /// `IsamErrorGivenLogFileHasBadSignature` ([MS-OXCDATA] 2.4.1): a restore log file has a bad
    /// signature.
    ISAM_ERROR_GIVEN_LOG_FILE_HAS_BAD_SIGNATURE = 0xFFFF_FDD5 => "IsamErrorGivenLogFileHasBadSignature";
    /// `IsamErrorGivenLogFileIsNotContiguous` ([MS-OXCDATA] 2.4.1): a restore log file is not
    /// contiguous.
    ISAM_ERROR_GIVEN_LOG_FILE_IS_NOT_CONTIGUOUS = 0xFFFF_FDD4 => "IsamErrorGivenLogFileIsNotContiguous";
    /// `IsamErrorMissingRestoreLogFiles` ([MS-OXCDATA] 2.4.1): restore log files are missing.
    ISAM_ERROR_MISSING_RESTORE_LOG_FILES = 0xFFFF_FDD3 => "IsamErrorMissingRestoreLogFiles";
    /// `IsamErrorMissingFullBackup` ([MS-OXCDATA] 2.4.1): an incremental backup was tried without a
    /// prior full backup.
    ISAM_ERROR_MISSING_FULL_BACKUP = 0xFFFF_FDD0 => "IsamErrorMissingFullBackup";
    /// `IsamErrorBadBackupDatabaseSize` ([MS-OXCDATA] 2.4.1): the backup database size is not a
    /// whole number of pages.
    ISAM_ERROR_BAD_BACKUP_DATABASE_SIZE = 0xFFFF_FDCF => "IsamErrorBadBackupDatabaseSize";
    /// `IsamErrorDatabaseAlreadyUpgraded` ([MS-OXCDATA] 2.4.1): the database is already current;
    /// the upgrade stopped.
    ISAM_ERROR_DATABASE_ALREADY_UPGRADED = 0xFFFF_FDCE => "IsamErrorDatabaseAlreadyUpgraded";
    /// `IsamErrorDatabaseIncompleteUpgrade` ([MS-OXCDATA] 2.4.1): the database was only partly
    /// converted and must be restored from backup.
    ISAM_ERROR_DATABASE_INCOMPLETE_UPGRADE = 0xFFFF_FDCD => "IsamErrorDatabaseIncompleteUpgrade";
    /// `IsamErrorMissingCurrentLogFiles` ([MS-OXCDATA] 2.4.1): current log files for continuous
    /// restore are missing.
    ISAM_ERROR_MISSING_CURRENT_LOG_FILES = 0xFFFF_FDCB => "IsamErrorMissingCurrentLogFiles";
    /// `IsamErrorDbTimeTooOld` ([MS-OXCDATA] 2.4.1): a page's dbtime is older than the record's
    /// dbtimeBefore.
    ISAM_ERROR_DB_TIME_TOO_OLD = 0xFFFF_FDCA => "IsamErrorDbTimeTooOld";
    /// `IsamErrorDbTimeTooNew` ([MS-OXCDATA] 2.4.1): a page's dbtime is newer than the record's
    /// dbtimeBefore.
    ISAM_ERROR_DB_TIME_TOO_NEW = 0xFFFF_FDC9 => "IsamErrorDbTimeTooNew";
    /// `IsamErrorMissingFileToBackup` ([MS-OXCDATA] 2.4.1): log or patch files were missing during
    /// backup.
    ISAM_ERROR_MISSING_FILE_TO_BACKUP = 0xFFFF_FDC7 => "IsamErrorMissingFileToBackup";
    /// `IsamErrorLogTornWriteDuringHardRestore` ([MS-OXCDATA] 2.4.1): a torn write was found in a
    /// backup set during hard restore.
    ISAM_ERROR_LOG_TORN_WRITE_DURING_HARD_RESTORE = 0xFFFF_FDC6 => "IsamErrorLogTornWriteDuringHardRestore";
    /// `IsamErrorLogTornWriteDuringHardRecovery` ([MS-OXCDATA] 2.4.1): a torn write was found
    /// during hard recovery.
    ISAM_ERROR_LOG_TORN_WRITE_DURING_HARD_RECOVERY = 0xFFFF_FDC5 => "IsamErrorLogTornWriteDuringHardRecovery";
    /// `IsamErrorLogCorruptDuringHardRestore` ([MS-OXCDATA] 2.4.1): corruption was found in a
    /// backup set during hard restore.
    ISAM_ERROR_LOG_CORRUPT_DURING_HARD_RESTORE = 0xFFFF_FDC3 => "IsamErrorLogCorruptDuringHardRestore";
    /// `IsamErrorLogCorruptDuringHardRecovery` ([MS-OXCDATA] 2.4.1): corruption was found during
    /// hard recovery.
    ISAM_ERROR_LOG_CORRUPT_DURING_HARD_RECOVERY = 0xFFFF_FDC2 => "IsamErrorLogCorruptDuringHardRecovery";
    /// `IsamErrorMustDisableLoggingForDbUpgrade` ([MS-OXCDATA] 2.4.1): logging cannot be on while a
    /// database is upgraded.
    ISAM_ERROR_MUST_DISABLE_LOGGING_FOR_DB_UPGRADE = 0xFFFF_FDC1 => "IsamErrorMustDisableLoggingForDbUpgrade";
    /// `IsamErrorBadRestoreTargetInstance` ([MS-OXCDATA] 2.4.1): the restore target instance is not
    /// found or its logs do not match.
    ISAM_ERROR_BAD_RESTORE_TARGET_INSTANCE = 0xFFFF_FDBF => "IsamErrorBadRestoreTargetInstance";
    /// `IsamErrorRecoveredWithoutUndo` ([MS-OXCDATA] 2.4.1): crash recovery replayed the log but
    /// was stopped before rolling back.
    ISAM_ERROR_RECOVERED_WITHOUT_UNDO = 0xFFFF_FDBD => "IsamErrorRecoveredWithoutUndo";
    /// `IsamErrorDatabasesNotFromSameSnapshot` ([MS-OXCDATA] 2.4.1): the databases to restore come
    /// from different shadow copy backups.
    ISAM_ERROR_DATABASES_NOT_FROM_SAME_SNAPSHOT = 0xFFFF_FDBC => "IsamErrorDatabasesNotFromSameSnapshot";
    /// `IsamErrorSoftRecoveryOnSnapshot` ([MS-OXCDATA] 2.4.1): soft recovery on a database from a
    /// shadow copy backup set.
    ISAM_ERROR_SOFT_RECOVERY_ON_SNAPSHOT = 0xFFFF_FDBB => "IsamErrorSoftRecoveryOnSnapshot";
    /// `IsamErrorCommittedLogFilesMissing` ([MS-OXCDATA] 2.4.1): logs committed to the database are
    /// missing.
    ISAM_ERROR_COMMITTED_LOG_FILES_MISSING = 0xFFFF_FDBA => "IsamErrorCommittedLogFilesMissing";
    /// `IsamErrorCommittedLogFilesCorrupt` ([MS-OXCDATA] 2.4.1): logs were found corrupt during
    /// recovery.
    ISAM_ERROR_COMMITTED_LOG_FILES_CORRUPT = 0xFFFF_FDB6 => "IsamErrorCommittedLogFilesCorrupt";
    /// `IsamErrorUnicodeTranslationBufferTooSmall` ([MS-OXCDATA] 2.4.1): the Unicode translation
    /// buffer is too small. Also `JET_errUnicodeTranslationBufferTooSmall`.
    ISAM_ERROR_UNICODE_TRANSLATION_BUFFER_TOO_SMALL = 0xFFFF_FDA7 => "IsamErrorUnicodeTranslationBufferTooSmall";
    /// `IsamErrorUnicodeTranslationFail` ([MS-OXCDATA] 2.4.1): Unicode normalization failed.
    ISAM_ERROR_UNICODE_TRANSLATION_FAIL = 0xFFFF_FDA6 => "IsamErrorUnicodeTranslationFail";
    /// `IsamErrorUnicodeNormalizationNotSupported` ([MS-OXCDATA] 2.4.1): the OS cannot normalize
    /// Unicode and no callback was given.
    ISAM_ERROR_UNICODE_NORMALIZATION_NOT_SUPPORTED = 0xFFFF_FDA5 => "IsamErrorUnicodeNormalizationNotSupported";
    /// `IsamErrorExistingLogFileHasBadSignature` ([MS-OXCDATA] 2.4.1): an existing log file has a
    /// bad signature.
    ISAM_ERROR_EXISTING_LOG_FILE_HAS_BAD_SIGNATURE = 0xFFFF_FD9E => "IsamErrorExistingLogFileHasBadSignature";
    /// `IsamErrorExistingLogFileIsNotContiguous` ([MS-OXCDATA] 2.4.1): an existing log file is not
    /// contiguous.
    ISAM_ERROR_EXISTING_LOG_FILE_IS_NOT_CONTIGUOUS = 0xFFFF_FD9D => "IsamErrorExistingLogFileIsNotContiguous";
    /// `IsamErrorLogReadVerifyFailure` ([MS-OXCDATA] 2.4.1): a log file checksum failed during
    /// backup.
    ISAM_ERROR_LOG_READ_VERIFY_FAILURE = 0xFFFF_FD9C => "IsamErrorLogReadVerifyFailure";
    /// `IsamErrorSLVReadVerifyFailure` ([MS-OXCDATA] 2.4.1): an SLV file checksum failed during
    /// backup.
    ISAM_ERROR_SLV_READ_VERIFY_FAILURE = 0xFFFF_FD9B => "IsamErrorSLVReadVerifyFailure";
    /// `IsamErrorCheckpointDepthTooDeep` ([MS-OXCDATA] 2.4.1): too many generations lie between the
    /// checkpoint and the current one.
    ISAM_ERROR_CHECKPOINT_DEPTH_TOO_DEEP = 0xFFFF_FD9A => "IsamErrorCheckpointDepthTooDeep";
    /// `IsamErrorRestoreOfNonBackupDatabase` ([MS-OXCDATA] 2.4.1): hard recovery was tried on a
    /// database that is not a backup.
    ISAM_ERROR_RESTORE_OF_NON_BACKUP_DATABASE = 0xFFFF_FD99 => "IsamErrorRestoreOfNonBackupDatabase";
    /// `IsamErrorInvalidGrbit` ([MS-OXCDATA] 2.4.1): a grbit parameter is not valid.
    ISAM_ERROR_INVALID_GRBIT = 0xFFFF_FC7C => "IsamErrorInvalidGrbit";
    /// `IsamErrorTermInProgress` ([MS-OXCDATA] 2.4.1): termination is under way.
    ISAM_ERROR_TERM_IN_PROGRESS = 0xFFFF_FC18 => "IsamErrorTermInProgress";
    /// `IsamErrorFeatureNotAvailable` ([MS-OXCDATA] 2.4.1): this API element is not supported.
    ISAM_ERROR_FEATURE_NOT_AVAILABLE = 0xFFFF_FC17 => "IsamErrorFeatureNotAvailable";
    /// `IsamErrorInvalidName` ([MS-OXCDATA] 2.4.1): a name is not valid.
    ISAM_ERROR_INVALID_NAME = 0xFFFF_FC16 => "IsamErrorInvalidName";
    /// `IsamErrorInvalidParameter` ([MS-OXCDATA] 2.4.1): an API parameter is not valid.
    ISAM_ERROR_INVALID_PARAMETER = 0xFFFF_FC15 => "IsamErrorInvalidParameter";
    /// `IsamErrorDatabaseFileReadOnly` ([MS-OXCDATA] 2.4.1): a read-only database file was attached
    /// for writing.
    ISAM_ERROR_DATABASE_FILE_READ_ONLY = 0xFFFF_FC10 => "IsamErrorDatabaseFileReadOnly";
    /// `IsamErrorInvalidDatabaseId` ([MS-OXCDATA] 2.4.1): a database ID is not valid.
    ISAM_ERROR_INVALID_DATABASE_ID = 0xFFFF_FC0E => "IsamErrorInvalidDatabaseId";
    /// `IsamErrorOutOfMemory` ([MS-OXCDATA] 2.4.1): the engine is out of memory.
    ISAM_ERROR_OUT_OF_MEMORY = 0xFFFF_FC0D => "IsamErrorOutOfMemory";
    /// `IsamErrorOutOfDatabaseSpace` ([MS-OXCDATA] 2.4.1): the database reached its maximum size.
    ISAM_ERROR_OUT_OF_DATABASE_SPACE = 0xFFFF_FC0C => "IsamErrorOutOfDatabaseSpace";
    /// `IsamErrorOutOfCursors` ([MS-OXCDATA] 2.4.1): the table has no cursors left.
    ISAM_ERROR_OUT_OF_CURSORS = 0xFFFF_FC0B => "IsamErrorOutOfCursors";
    /// `IsamErrorOutOfBuffers` ([MS-OXCDATA] 2.4.1): the database has no page buffers left.
    ISAM_ERROR_OUT_OF_BUFFERS = 0xFFFF_FC0A => "IsamErrorOutOfBuffers";
    /// `IsamErrorTooManyIndexes` ([MS-OXCDATA] 2.4.1): too many indexes.
    ISAM_ERROR_TOO_MANY_INDEXES = 0xFFFF_FC09 => "IsamErrorTooManyIndexes";
    /// `IsamErrorTooManyKeys` ([MS-OXCDATA] 2.4.1): too many columns in an index.
    ISAM_ERROR_TOO_MANY_KEYS = 0xFFFF_FC08 => "IsamErrorTooManyKeys";
    /// `IsamErrorRecordDeleted` ([MS-OXCDATA] 2.4.1): the record was deleted.
    ISAM_ERROR_RECORD_DELETED = 0xFFFF_FC07 => "IsamErrorRecordDeleted";
    /// `IsamErrorReadVerifyFailure` ([MS-OXCDATA] 2.4.1): a database page failed its checksum.
    ISAM_ERROR_READ_VERIFY_FAILURE = 0xFFFF_FC06 => "IsamErrorReadVerifyFailure";
    /// `IsamErrorPageNotInitialized` ([MS-OXCDATA] 2.4.1): a database page is blank.
    ISAM_ERROR_PAGE_NOT_INITIALIZED = 0xFFFF_FC05 => "IsamErrorPageNotInitialized";
    /// `IsamErrorOutOfFileHandles` ([MS-OXCDATA] 2.4.1): no file handles are left.
    ISAM_ERROR_OUT_OF_FILE_HANDLES = 0xFFFF_FC04 => "IsamErrorOutOfFileHandles";
    /// `IsamErrorDiskIO` ([MS-OXCDATA] 2.4.1): a disk I/O error.
    ISAM_ERROR_DISK_IO = 0xFFFF_FC02 => "IsamErrorDiskIO";
    /// `IsamErrorInvalidPath` ([MS-OXCDATA] 2.4.1): a file path is not valid.
    ISAM_ERROR_INVALID_PATH = 0xFFFF_FC01 => "IsamErrorInvalidPath";
    /// `IsamErrorInvalidSystemPath` ([MS-OXCDATA] 2.4.1): a system path is not valid.
    ISAM_ERROR_INVALID_SYSTEM_PATH = 0xFFFF_FC00 => "IsamErrorInvalidSystemPath";
    /// `IsamErrorInvalidLogDirectory` ([MS-OXCDATA] 2.4.1): a log directory is not valid.
    ISAM_ERROR_INVALID_LOG_DIRECTORY = 0xFFFF_FBFF => "IsamErrorInvalidLogDirectory";
    /// `IsamErrorRecordTooBig` ([MS-OXCDATA] 2.4.1): the record is over the maximum size.
    ISAM_ERROR_RECORD_TOO_BIG = 0xFFFF_FBFE => "IsamErrorRecordTooBig";
    /// `IsamErrorTooManyOpenDatabases` ([MS-OXCDATA] 2.4.1): too many databases are open.
    ISAM_ERROR_TOO_MANY_OPEN_DATABASES = 0xFFFF_FBFD => "IsamErrorTooManyOpenDatabases";
    /// `IsamErrorInvalidDatabase` ([MS-OXCDATA] 2.4.1): the file is not a database.
    ISAM_ERROR_INVALID_DATABASE = 0xFFFF_FBFC => "IsamErrorInvalidDatabase";
    /// `IsamErrorNotInitialized` ([MS-OXCDATA] 2.4.1): the database engine is not initialized.
    ISAM_ERROR_NOT_INITIALIZED = 0xFFFF_FBFB => "IsamErrorNotInitialized";
    /// `IsamErrorAlreadyInitialized` ([MS-OXCDATA] 2.4.1): the database engine is already
    /// initialized.
    ISAM_ERROR_ALREADY_INITIALIZED = 0xFFFF_FBFA => "IsamErrorAlreadyInitialized";
    /// `IsamErrorInitInProgress` ([MS-OXCDATA] 2.4.1): the database engine is being initialized.
    ISAM_ERROR_INIT_IN_PROGRESS = 0xFFFF_FBF9 => "IsamErrorInitInProgress";
    /// `IsamErrorFileAccessDenied` ([MS-OXCDATA] 2.4.1): the file is locked or in use.
    ISAM_ERROR_FILE_ACCESS_DENIED = 0xFFFF_FBF8 => "IsamErrorFileAccessDenied";
    /// `IsamErrorBufferTooSmall` ([MS-OXCDATA] 2.4.1): the buffer is too small.
    ISAM_ERROR_BUFFER_TOO_SMALL = 0xFFFF_FBF2 => "IsamErrorBufferTooSmall";
    /// `IsamErrorTooManyColumns` ([MS-OXCDATA] 2.4.1): too many columns are defined.
    ISAM_ERROR_TOO_MANY_COLUMNS = 0xFFFF_FBF0 => "IsamErrorTooManyColumns";
    /// `IsamErrorContainerNotEmpty` ([MS-OXCDATA] 2.4.1): the container is not empty.
    ISAM_ERROR_CONTAINER_NOT_EMPTY = 0xFFFF_FBED => "IsamErrorContainerNotEmpty";
    /// `IsamErrorInvalidFilename` ([MS-OXCDATA] 2.4.1): the file name is not valid.
    ISAM_ERROR_INVALID_FILENAME = 0xFFFF_FBEC => "IsamErrorInvalidFilename";
    /// `IsamErrorInvalidBookmark` ([MS-OXCDATA] 2.4.1): a bookmark is not valid.
    ISAM_ERROR_INVALID_BOOKMARK = 0xFFFF_FBEB => "IsamErrorInvalidBookmark";
    /// `IsamErrorColumnInUse` ([MS-OXCDATA] 2.4.1): the column is used in an index.
    ISAM_ERROR_COLUMN_IN_USE = 0xFFFF_FBEA => "IsamErrorColumnInUse";
    /// `IsamErrorInvalidBufferSize` ([MS-OXCDATA] 2.4.1): the data buffer does not fit the column
    /// size.
    ISAM_ERROR_INVALID_BUFFER_SIZE = 0xFFFF_FBE9 => "IsamErrorInvalidBufferSize";
    /// `IsamErrorColumnNotUpdatable` ([MS-OXCDATA] 2.4.1): the column value cannot be set.
    ISAM_ERROR_COLUMN_NOT_UPDATABLE = 0xFFFF_FBE8 => "IsamErrorColumnNotUpdatable";
    /// `IsamErrorIndexInUse` ([MS-OXCDATA] 2.4.1): the index is in use.
    ISAM_ERROR_INDEX_IN_USE = 0xFFFF_FBE5 => "IsamErrorIndexInUse";
    /// `IsamErrorLinkNotSupported` ([MS-OXCDATA] 2.4.1): link support is unavailable.
    ISAM_ERROR_LINK_NOT_SUPPORTED = 0xFFFF_FBE4 => "IsamErrorLinkNotSupported";
    /// `IsamErrorNullKeyDisallowed` ([MS-OXCDATA] 2.4.1): the index does not allow null keys.
    ISAM_ERROR_NULL_KEY_DISALLOWED = 0xFFFF_FBE3 => "IsamErrorNullKeyDisallowed";
    /// `IsamErrorNotInTransaction` ([MS-OXCDATA] 2.4.1): the operation must run inside a
    /// transaction.
    ISAM_ERROR_NOT_IN_TRANSACTION = 0xFFFF_FBE2 => "IsamErrorNotInTransaction";
    /// `IsamErrorTooManyActiveUsers` ([MS-OXCDATA] 2.4.1): too many active database users.
    ISAM_ERROR_TOO_MANY_ACTIVE_USERS = 0xFFFF_FBDD => "IsamErrorTooManyActiveUsers";
    /// `IsamErrorInvalidCountry` ([MS-OXCDATA] 2.4.1): a country or region code is not valid or
    /// unknown.
    ISAM_ERROR_INVALID_COUNTRY = 0xFFFF_FBDB => "IsamErrorInvalidCountry";
    /// `IsamErrorInvalidLanguageId` ([MS-OXCDATA] 2.4.1): a language ID is not valid or unknown.
    ISAM_ERROR_INVALID_LANGUAGE_ID = 0xFFFF_FBDA => "IsamErrorInvalidLanguageId";
    /// `IsamErrorInvalidCodePage` ([MS-OXCDATA] 2.4.1): a code page is not valid or unknown.
    ISAM_ERROR_INVALID_CODE_PAGE = 0xFFFF_FBD9 => "IsamErrorInvalidCodePage";
    /// `IsamErrorInvalidLCMapStringFlags` ([MS-OXCDATA] 2.4.1): LCMapString flags are not valid.
    ISAM_ERROR_INVALID_LC_MAP_STRING_FLAGS = 0xFFFF_FBD8 => "IsamErrorInvalidLCMapStringFlags";
    /// `IsamErrorVersionStoreEntryTooBig` ([MS-OXCDATA] 2.4.1): a version store entry would be
    /// bigger than a version bucket. Also `JET_errVersionStoreEntryTooBig`.
    ISAM_ERROR_VERSION_STORE_ENTRY_TOO_BIG = 0xFFFF_FBD7 => "IsamErrorVersionStoreEntryTooBig";
    /// `IsamErrorVersionStoreOutOfMemoryAndCleanupTimedOut` ([MS-OXCDATA] 2.4.1): the version store
    /// is out of memory and cleanup did not finish. Also
    /// `JET_errVersionStoreOutOfMemoryAndCleanupTimedOut`.
    ISAM_ERROR_VERSION_STORE_OUT_OF_MEMORY_AND_CLEANUP_TIMED_OUT = 0xFFFF_FBD6 => "IsamErrorVersionStoreOutOfMemoryAndCleanupTimedOut";
    /// `IsamErrorVersionStoreOutOfMemory` ([MS-OXCDATA] 2.4.1): the version store is out of memory
    /// even after cleanup. Also `JET_errVersionStoreOutOfMemory`.
    ISAM_ERROR_VERSION_STORE_OUT_OF_MEMORY = 0xFFFF_FBD3 => "IsamErrorVersionStoreOutOfMemory";
    /// `IsamErrorCannotIndex` ([MS-OXCDATA] 2.4.1): escrow and SLV columns cannot be indexed. Also
    /// `JET_errCannotIndex`.
    ISAM_ERROR_CANNOT_INDEX = 0xFFFF_FBD1 => "IsamErrorCannotIndex";
    /// `IsamErrorRecordNotDeleted` ([MS-OXCDATA] 2.4.1): the record is not deleted.
    ISAM_ERROR_RECORD_NOT_DELETED = 0xFFFF_FBD0 => "IsamErrorRecordNotDeleted";
    /// `IsamErrorTooManyMempoolEntries` ([MS-OXCDATA] 2.4.1): too many mempool entries were
    /// requested.
    ISAM_ERROR_TOO_MANY_MEMPOOL_ENTRIES = 0xFFFF_FBCF => "IsamErrorTooManyMempoolEntries";
    /// `IsamErrorOutOfObjectIDs` ([MS-OXCDATA] 2.4.1): B+ tree object IDs are used up; offline
    /// defragmentation is needed.
    ISAM_ERROR_OUT_OF_OBJECT_I_DS = 0xFFFF_FBCE => "IsamErrorOutOfObjectIDs";
    /// `IsamErrorOutOfLongValueIDs` ([MS-OXCDATA] 2.4.1): long-value IDs are used up; offline
    /// defragmentation is needed.
    ISAM_ERROR_OUT_OF_LONG_VALUE_I_DS = 0xFFFF_FBCD => "IsamErrorOutOfLongValueIDs";
    /// `IsamErrorOutOfAutoincrementValues` ([MS-OXCDATA] 2.4.1): the auto-increment counter is at
    /// its maximum.
    ISAM_ERROR_OUT_OF_AUTOINCREMENT_VALUES = 0xFFFF_FBCC => "IsamErrorOutOfAutoincrementValues";
    /// `IsamErrorOutOfDbtimeValues` ([MS-OXCDATA] 2.4.1): the dbtime counter is at its maximum;
    /// offline defragmentation is needed.
    ISAM_ERROR_OUT_OF_DBTIME_VALUES = 0xFFFF_FBCB => "IsamErrorOutOfDbtimeValues";
    /// `IsamErrorOutOfSequentialIndexValues` ([MS-OXCDATA] 2.4.1): a sequential index counter is at
    /// its maximum; offline defragmentation is needed.
    ISAM_ERROR_OUT_OF_SEQUENTIAL_INDEX_VALUES = 0xFFFF_FBCA => "IsamErrorOutOfSequentialIndexValues";
    /// `IsamErrorRunningInOneInstanceMode` ([MS-OXCDATA] 2.4.1): a multi-instance call while in
    /// single-instance mode.
    ISAM_ERROR_RUNNING_IN_ONE_INSTANCE_MODE = 0xFFFF_FBC8 => "IsamErrorRunningInOneInstanceMode";
    /// `IsamErrorRunningInMultiInstanceMode` ([MS-OXCDATA] 2.4.1): a single-instance call while in
    /// multi-instance mode.
    ISAM_ERROR_RUNNING_IN_MULTI_INSTANCE_MODE = 0xFFFF_FBC7 => "IsamErrorRunningInMultiInstanceMode";
    /// `IsamErrorSystemParamsAlreadySet` ([MS-OXCDATA] 2.4.1): the global system parameters are
    /// already set.
    ISAM_ERROR_SYSTEM_PARAMS_ALREADY_SET = 0xFFFF_FBC6 => "IsamErrorSystemParamsAlreadySet";
    /// `IsamErrorSystemPathInUse` ([MS-OXCDATA] 2.4.1): another instance uses the system path.
    ISAM_ERROR_SYSTEM_PATH_IN_USE = 0xFFFF_FBC5 => "IsamErrorSystemPathInUse";
    /// `IsamErrorLogFilePathInUse` ([MS-OXCDATA] 2.4.1): another instance uses the log file path.
    ISAM_ERROR_LOG_FILE_PATH_IN_USE = 0xFFFF_FBC4 => "IsamErrorLogFilePathInUse";
    /// `IsamErrorTempPathInUse` ([MS-OXCDATA] 2.4.1): another instance uses the temporary database
    /// path.
    ISAM_ERROR_TEMP_PATH_IN_USE = 0xFFFF_FBC3 => "IsamErrorTempPathInUse";
    /// `IsamErrorInstanceNameInUse` ([MS-OXCDATA] 2.4.1): the instance name is taken.
    ISAM_ERROR_INSTANCE_NAME_IN_USE = 0xFFFF_FBC2 => "IsamErrorInstanceNameInUse";
    /// `IsamErrorInstanceUnavailable` ([MS-OXCDATA] 2.4.1): the instance hit a fatal error and
    /// cannot be used.
    ISAM_ERROR_INSTANCE_UNAVAILABLE = 0xFFFF_FBBE => "IsamErrorInstanceUnavailable";
    /// `IsamErrorDatabaseUnavailable` ([MS-OXCDATA] 2.4.1): the database hit a fatal error and
    /// cannot be used.
    ISAM_ERROR_DATABASE_UNAVAILABLE = 0xFFFF_FBBD => "IsamErrorDatabaseUnavailable";
    /// `IsamErrorInstanceUnavailableDueToFatalLogDiskFull` ([MS-OXCDATA] 2.4.1): the instance is
    /// unusable after the log disk filled during an operation that could not fail.
    ISAM_ERROR_INSTANCE_UNAVAILABLE_DUE_TO_FATAL_LOG_DISK_FULL = 0xFFFF_FBBC => "IsamErrorInstanceUnavailableDueToFatalLogDiskFull";
    /// `IsamErrorOutOfSessions` ([MS-OXCDATA] 2.4.1): the database has no sessions left. Also
    /// `JET_errOutOfSessions`.
    ISAM_ERROR_OUT_OF_SESSIONS = 0xFFFF_FBB3 => "IsamErrorOutOfSessions";
    /// `IsamErrorWriteConflict` ([MS-OXCDATA] 2.4.1): another write lock is outstanding.
    ISAM_ERROR_WRITE_CONFLICT = 0xFFFF_FBB2 => "IsamErrorWriteConflict";
    /// `IsamErrorTransTooDeep` ([MS-OXCDATA] 2.4.1): transactions are nested too deeply.
    ISAM_ERROR_TRANS_TOO_DEEP = 0xFFFF_FBB1 => "IsamErrorTransTooDeep";
    /// `IsamErrorInvalidSesid` ([MS-OXCDATA] 2.4.1): a session handle is not valid.
    ISAM_ERROR_INVALID_SESID = 0xFFFF_FBB0 => "IsamErrorInvalidSesid";
    /// `IsamErrorWriteConflictPrimaryIndex` ([MS-OXCDATA] 2.4.1): an update hit an uncommitted
    /// primary index.
    ISAM_ERROR_WRITE_CONFLICT_PRIMARY_INDEX = 0xFFFF_FBAF => "IsamErrorWriteConflictPrimaryIndex";
    /// `IsamErrorInTransaction` ([MS-OXCDATA] 2.4.1): the operation is not allowed inside a
    /// transaction.
    ISAM_ERROR_IN_TRANSACTION = 0xFFFF_FBAC => "IsamErrorInTransaction";
    /// `IsamErrorRollbackRequired` ([MS-OXCDATA] 2.4.1): the transaction must be rolled back; it
    /// cannot commit.
    ISAM_ERROR_ROLLBACK_REQUIRED = 0xFFFF_FBAB => "IsamErrorRollbackRequired";
    /// `IsamErrorTransReadOnly` ([MS-OXCDATA] 2.4.1): a read-only transaction tried to change the
    /// database.
    ISAM_ERROR_TRANS_READ_ONLY = 0xFFFF_FBAA => "IsamErrorTransReadOnly";
    /// `IsamErrorSessionWriteConflict` ([MS-OXCDATA] 2.4.1): two cursors of one session replaced
    /// the same record.
    ISAM_ERROR_SESSION_WRITE_CONFLICT = 0xFFFF_FBA9 => "IsamErrorSessionWriteConflict";
    /// `IsamErrorRecordTooBigForBackwardCompatibility` ([MS-OXCDATA] 2.4.1): the record would be
    /// too big in an older database format.
    ISAM_ERROR_RECORD_TOO_BIG_FOR_BACKWARD_COMPATIBILITY = 0xFFFF_FBA8 => "IsamErrorRecordTooBigForBackwardCompatibility";
    /// `IsamErrorCannotMaterializeForwardOnlySort` ([MS-OXCDATA] 2.4.1): a temporary table
    /// conflicts with the forward-only flag.
    ISAM_ERROR_CANNOT_MATERIALIZE_FORWARD_ONLY_SORT = 0xFFFF_FBA7 => "IsamErrorCannotMaterializeForwardOnlySort";
    /// `IsamErrorSesidTableIdMismatch` ([MS-OXCDATA] 2.4.1): the session handle did not create this
    /// table ID.
    ISAM_ERROR_SESID_TABLE_ID_MISMATCH = 0xFFFF_FBA6 => "IsamErrorSesidTableIdMismatch";
    /// `IsamErrorInvalidInstance` ([MS-OXCDATA] 2.4.1): the instance handle is not valid or the
    /// instance is shut down.
    ISAM_ERROR_INVALID_INSTANCE = 0xFFFF_FBA5 => "IsamErrorInvalidInstance";
    /// `IsamErrorDatabaseDuplicate` ([MS-OXCDATA] 2.4.1): the database already exists.
    ISAM_ERROR_DATABASE_DUPLICATE = 0xFFFF_FB4F => "IsamErrorDatabaseDuplicate";
    /// `IsamErrorDatabaseInUse` ([MS-OXCDATA] 2.4.1): the database is in use.
    ISAM_ERROR_DATABASE_IN_USE = 0xFFFF_FB4E => "IsamErrorDatabaseInUse";
    /// `IsamErrorDatabaseNotFound` ([MS-OXCDATA] 2.4.1): no such database.
    ISAM_ERROR_DATABASE_NOT_FOUND = 0xFFFF_FB4D => "IsamErrorDatabaseNotFound";
    /// `IsamErrorDatabaseInvalidName` ([MS-OXCDATA] 2.4.1): the database name is not valid.
    ISAM_ERROR_DATABASE_INVALID_NAME = 0xFFFF_FB4C => "IsamErrorDatabaseInvalidName";
    /// `IsamErrorDatabaseInvalidPages` ([MS-OXCDATA] 2.4.1): the page count is not valid.
    ISAM_ERROR_DATABASE_INVALID_PAGES = 0xFFFF_FB4B => "IsamErrorDatabaseInvalidPages";
    /// `IsamErrorDatabaseCorrupted` ([MS-OXCDATA] 2.4.1): the file is not a database or the
    /// database is corrupt.
    ISAM_ERROR_DATABASE_CORRUPTED = 0xFFFF_FB4A => "IsamErrorDatabaseCorrupted";
    /// `IsamErrorDatabaseLocked` ([MS-OXCDATA] 2.4.1): the database is exclusively locked.
    ISAM_ERROR_DATABASE_LOCKED = 0xFFFF_FB49 => "IsamErrorDatabaseLocked";
    /// `IsamErrorCannotDisableVersioning` ([MS-OXCDATA] 2.4.1): versioning cannot be turned off for
    /// this database.
    ISAM_ERROR_CANNOT_DISABLE_VERSIONING = 0xFFFF_FB48 => "IsamErrorCannotDisableVersioning";
    /// `IsamErrorInvalidDatabaseVersion` ([MS-OXCDATA] 2.4.1): the engine and the database versions
    /// do not fit together.
    ISAM_ERROR_INVALID_DATABASE_VERSION = 0xFFFF_FB47 => "IsamErrorInvalidDatabaseVersion";
    /// `IsamErrorDatabase200Format` ([MS-OXCDATA] 2.4.1): the database is in the old 200 format.
    ISAM_ERROR_DATABASE_200_FORMAT = 0xFFFF_FB46 => "IsamErrorDatabase200Format";
    /// `IsamErrorDatabase400Format` ([MS-OXCDATA] 2.4.1): the database is in the old 400 format.
    ISAM_ERROR_DATABASE_400_FORMAT = 0xFFFF_FB45 => "IsamErrorDatabase400Format";
    /// `IsamErrorDatabase500Format` ([MS-OXCDATA] 2.4.1): the database is in the old 500 format.
    ISAM_ERROR_DATABASE_500_FORMAT = 0xFFFF_FB44 => "IsamErrorDatabase500Format";
    /// `IsamErrorPageSizeMismatch` ([MS-OXCDATA] 2.4.1): the database page size differs from the
    /// engine's.
    ISAM_ERROR_PAGE_SIZE_MISMATCH = 0xFFFF_FB43 => "IsamErrorPageSizeMismatch";
    /// `IsamErrorTooManyInstances` ([MS-OXCDATA] 2.4.1): no more instances can be started.
    ISAM_ERROR_TOO_MANY_INSTANCES = 0xFFFF_FB42 => "IsamErrorTooManyInstances";
    /// `IsamErrorDatabaseSharingViolation` ([MS-OXCDATA] 2.4.1): another instance uses this
    /// database.
    ISAM_ERROR_DATABASE_SHARING_VIOLATION = 0xFFFF_FB41 => "IsamErrorDatabaseSharingViolation";
    /// `IsamErrorAttachedDatabaseMismatch` ([MS-OXCDATA] 2.4.1): an attachment seen at recovery
    /// start or end is missing or does not match.
    ISAM_ERROR_ATTACHED_DATABASE_MISMATCH = 0xFFFF_FB40 => "IsamErrorAttachedDatabaseMismatch";
    /// `IsamErrorDatabaseInvalidPath` ([MS-OXCDATA] 2.4.1): the database file path is not valid.
    ISAM_ERROR_DATABASE_INVALID_PATH = 0xFFFF_FB3F => "IsamErrorDatabaseInvalidPath";
    /// `IsamErrorDatabaseIdInUse` ([MS-OXCDATA] 2.4.1): the database ID is already assigned.
    ISAM_ERROR_DATABASE_ID_IN_USE = 0xFFFF_FB3E => "IsamErrorDatabaseIdInUse";
    /// `IsamErrorForceDetachNotAllowed` ([MS-OXCDATA] 2.4.1): a forced detach needs a normal detach
    /// that failed first.
    ISAM_ERROR_FORCE_DETACH_NOT_ALLOWED = 0xFFFF_FB3D => "IsamErrorForceDetachNotAllowed";
    /// `IsamErrorCatalogCorrupted` ([MS-OXCDATA] 2.4.1): the catalog is corrupt.
    ISAM_ERROR_CATALOG_CORRUPTED = 0xFFFF_FB3C => "IsamErrorCatalogCorrupted";
    /// `IsamErrorPartiallyAttachedDB` ([MS-OXCDATA] 2.4.1): the database is only partly attached.
    ISAM_ERROR_PARTIALLY_ATTACHED_DB = 0xFFFF_FB3B => "IsamErrorPartiallyAttachedDB";
    /// `IsamErrorDatabaseSignInUse` ([MS-OXCDATA] 2.4.1): a database with the same signature is in
    /// use.
    ISAM_ERROR_DATABASE_SIGN_IN_USE = 0xFFFF_FB3A => "IsamErrorDatabaseSignInUse";
    /// `IsamErrorDatabaseCorruptedNoRepair` ([MS-OXCDATA] 2.4.1): the database is corrupt and
    /// repair is not allowed.
    ISAM_ERROR_DATABASE_CORRUPTED_NO_REPAIR = 0xFFFF_FB38 => "IsamErrorDatabaseCorruptedNoRepair";
    /// `IsamErrorInvalidCreateDbVersion` ([MS-OXCDATA] 2.4.1): a logged create-database operation
    /// has an incompatible version.
    ISAM_ERROR_INVALID_CREATE_DB_VERSION = 0xFFFF_FB37 => "IsamErrorInvalidCreateDbVersion";
    /// `IsamErrorTableLocked` ([MS-OXCDATA] 2.4.1): the table is exclusively locked.
    ISAM_ERROR_TABLE_LOCKED = 0xFFFF_FAEA => "IsamErrorTableLocked";
    /// `IsamErrorTableDuplicate` ([MS-OXCDATA] 2.4.1): the table already exists.
    ISAM_ERROR_TABLE_DUPLICATE = 0xFFFF_FAE9 => "IsamErrorTableDuplicate";
    /// `IsamErrorTableInUse` ([MS-OXCDATA] 2.4.1): the table is in use and cannot be locked.
    ISAM_ERROR_TABLE_IN_USE = 0xFFFF_FAE8 => "IsamErrorTableInUse";
    /// `IsamErrorObjectNotFound` ([MS-OXCDATA] 2.4.1): no such table or object.
    ISAM_ERROR_OBJECT_NOT_FOUND = 0xFFFF_FAE7 => "IsamErrorObjectNotFound";
    /// `IsamErrorDensityInvalid` ([MS-OXCDATA] 2.4.1): the file or index density is bad.
    ISAM_ERROR_DENSITY_INVALID = 0xFFFF_FAE5 => "IsamErrorDensityInvalid";
    /// `IsamErrorTableNotEmpty` ([MS-OXCDATA] 2.4.1): the table is not empty.
    ISAM_ERROR_TABLE_NOT_EMPTY = 0xFFFF_FAE4 => "IsamErrorTableNotEmpty";
    /// `IsamErrorInvalidTableId` ([MS-OXCDATA] 2.4.1): the table ID is not valid.
    ISAM_ERROR_INVALID_TABLE_ID = 0xFFFF_FAE2 => "IsamErrorInvalidTableId";
    /// `IsamErrorTooManyOpenTables` ([MS-OXCDATA] 2.4.1): no more tables can be opened, even after
    /// cleanup.
    ISAM_ERROR_TOO_MANY_OPEN_TABLES = 0xFFFF_FAE1 => "IsamErrorTooManyOpenTables";
    /// `IsamErrorIllegalOperation` ([MS-OXCDATA] 2.4.1): the table does not support the operation.
    ISAM_ERROR_ILLEGAL_OPERATION = 0xFFFF_FAE0 => "IsamErrorIllegalOperation";
    /// `IsamErrorTooManyOpenTablesAndCleanupTimedOut` ([MS-OXCDATA] 2.4.1): no more tables can be
    /// opened and cleanup did not finish.
    ISAM_ERROR_TOO_MANY_OPEN_TABLES_AND_CLEANUP_TIMED_OUT = 0xFFFF_FADF => "IsamErrorTooManyOpenTablesAndCleanupTimedOut";
    /// `IsamErrorObjectDuplicate` ([MS-OXCDATA] 2.4.1): the table or object name is taken.
    ISAM_ERROR_OBJECT_DUPLICATE = 0xFFFF_FADE => "IsamErrorObjectDuplicate";
    /// `IsamErrorInvalidObject` ([MS-OXCDATA] 2.4.1): the object is not valid for the operation.
    ISAM_ERROR_INVALID_OBJECT = 0xFFFF_FADC => "IsamErrorInvalidObject";
    /// `IsamErrorCannotDeleteTempTable` ([MS-OXCDATA] 2.4.1): a temporary table is deleted by
    /// closing it, not by deleting it.
    ISAM_ERROR_CANNOT_DELETE_TEMP_TABLE = 0xFFFF_FADB => "IsamErrorCannotDeleteTempTable";
    /// `IsamErrorCannotDeleteSystemTable` ([MS-OXCDATA] 2.4.1): a system table cannot be deleted.
    ISAM_ERROR_CANNOT_DELETE_SYSTEM_TABLE = 0xFFFF_FADA => "IsamErrorCannotDeleteSystemTable";
    /// `IsamErrorCannotDeleteTemplateTable` ([MS-OXCDATA] 2.4.1): a template table cannot be
    /// deleted.
    ISAM_ERROR_CANNOT_DELETE_TEMPLATE_TABLE = 0xFFFF_FAD9 => "IsamErrorCannotDeleteTemplateTable";
    /// `IsamErrorExclusiveTableLockRequired` ([MS-OXCDATA] 2.4.1): the table must be locked
    /// exclusively.
    ISAM_ERROR_EXCLUSIVE_TABLE_LOCK_REQUIRED = 0xFFFF_FAD6 => "IsamErrorExclusiveTableLockRequired";
    /// `IsamErrorFixedDDL` ([MS-OXCDATA] 2.4.1): DDL operations are forbidden on this table.
    ISAM_ERROR_FIXED_DDL = 0xFFFF_FAD5 => "IsamErrorFixedDDL";
    /// `IsamErrorFixedInheritedDDL` ([MS-OXCDATA] 2.4.1): DDL operations are forbidden on the
    /// inherited part of a derived table.
    ISAM_ERROR_FIXED_INHERITED_DDL = 0xFFFF_FAD4 => "IsamErrorFixedInheritedDDL";
    /// `IsamErrorCannotNestDDL` ([MS-OXCDATA] 2.4.1): hierarchical DDL cannot be nested.
    ISAM_ERROR_CANNOT_NEST_DDL = 0xFFFF_FAD3 => "IsamErrorCannotNestDDL";
    /// `IsamErrorDDLNotInheritable` ([MS-OXCDATA] 2.4.1): DDL can be inherited only from a template
    /// table.
    ISAM_ERROR_DDL_NOT_INHERITABLE = 0xFFFF_FAD2 => "IsamErrorDDLNotInheritable";
    /// `IsamErrorInvalidSettings` ([MS-OXCDATA] 2.4.1): the system parameters are set wrongly.
    ISAM_ERROR_INVALID_SETTINGS = 0xFFFF_FAD0 => "IsamErrorInvalidSettings";
    /// `IsamErrorClientRequestToStopJetService` ([MS-OXCDATA] 2.4.1): the client asked for the
    /// service to stop.
    ISAM_ERROR_CLIENT_REQUEST_TO_STOP_JET_SERVICE = 0xFFFF_FACF => "IsamErrorClientRequestToStopJetService";
    /// `IsamErrorCannotAddFixedVarColumnToDerivedTable` ([MS-OXCDATA] 2.4.1): the template table
    /// forbids fixed or variable columns in derived tables.
    ISAM_ERROR_CANNOT_ADD_FIXED_VAR_COLUMN_TO_DERIVED_TABLE = 0xFFFF_FACE => "IsamErrorCannotAddFixedVarColumnToDerivedTable";
    /// `IsamErrorIndexCantBuild` ([MS-OXCDATA] 2.4.1): building the index failed.
    ISAM_ERROR_INDEX_CANT_BUILD = 0xFFFF_FA87 => "IsamErrorIndexCantBuild";
    /// `IsamErrorIndexHasPrimary` ([MS-OXCDATA] 2.4.1): a primary index is already defined.
    ISAM_ERROR_INDEX_HAS_PRIMARY = 0xFFFF_FA86 => "IsamErrorIndexHasPrimary";
    /// `IsamErrorIndexDuplicate` ([MS-OXCDATA] 2.4.1): the index is already defined.
    ISAM_ERROR_INDEX_DUPLICATE = 0xFFFF_FA85 => "IsamErrorIndexDuplicate";
    /// `IsamErrorIndexNotFound` ([MS-OXCDATA] 2.4.1): no such index.
    ISAM_ERROR_INDEX_NOT_FOUND = 0xFFFF_FA84 => "IsamErrorIndexNotFound";
    /// `IsamErrorIndexMustStay` ([MS-OXCDATA] 2.4.1): the clustered index cannot be deleted.
    ISAM_ERROR_INDEX_MUST_STAY = 0xFFFF_FA83 => "IsamErrorIndexMustStay";
    /// `IsamErrorIndexInvalidDef` ([MS-OXCDATA] 2.4.1): the index definition is not valid.
    ISAM_ERROR_INDEX_INVALID_DEF = 0xFFFF_FA82 => "IsamErrorIndexInvalidDef";
    /// `IsamErrorInvalidCreateIndex` ([MS-OXCDATA] 2.4.1): the index creation description is not
    /// valid.
    ISAM_ERROR_INVALID_CREATE_INDEX = 0xFFFF_FA7F => "IsamErrorInvalidCreateIndex";
    /// `IsamErrorTooManyOpenIndexes` ([MS-OXCDATA] 2.4.1): no index description blocks are left.
    ISAM_ERROR_TOO_MANY_OPEN_INDEXES = 0xFFFF_FA7E => "IsamErrorTooManyOpenIndexes";
    /// `IsamErrorMultiValuedIndexViolation` ([MS-OXCDATA] 2.4.1): a multivalued index produced
    /// non-unique keys across records.
    ISAM_ERROR_MULTI_VALUED_INDEX_VIOLATION = 0xFFFF_FA7D => "IsamErrorMultiValuedIndexViolation";
    /// `IsamErrorIndexBuildCorrupted` ([MS-OXCDATA] 2.4.1): a secondary index matching the primary
    /// index could not be built.
    ISAM_ERROR_INDEX_BUILD_CORRUPTED = 0xFFFF_FA7C => "IsamErrorIndexBuildCorrupted";
    /// `IsamErrorPrimaryIndexCorrupted` ([MS-OXCDATA] 2.4.1): the primary index is corrupt;
    /// defragmentation is needed.
    ISAM_ERROR_PRIMARY_INDEX_CORRUPTED = 0xFFFF_FA7B => "IsamErrorPrimaryIndexCorrupted";
    /// `IsamErrorSecondaryIndexCorrupted` ([MS-OXCDATA] 2.4.1): a secondary index is corrupt;
    /// defragmentation is needed.
    ISAM_ERROR_SECONDARY_INDEX_CORRUPTED = 0xFFFF_FA7A => "IsamErrorSecondaryIndexCorrupted";
    /// `IsamErrorInvalidIndexId` ([MS-OXCDATA] 2.4.1): the index ID is not valid.
    ISAM_ERROR_INVALID_INDEX_ID = 0xFFFF_FA78 => "IsamErrorInvalidIndexId";
    /// `IsamErrorIndexTuplesSecondaryIndexOnly` ([MS-OXCDATA] 2.4.1): tuple indexes are allowed
    /// only as secondary indexes.
    ISAM_ERROR_INDEX_TUPLES_SECONDARY_INDEX_ONLY = 0xFFFF_FA6A => "IsamErrorIndexTuplesSecondaryIndexOnly";
    /// `IsamErrorIndexTuplesTooManyColumns` ([MS-OXCDATA] 2.4.1): the tuple index has more key
    /// columns than supported.
    ISAM_ERROR_INDEX_TUPLES_TOO_MANY_COLUMNS = 0xFFFF_FA69 => "IsamErrorIndexTuplesTooManyColumns";
    /// `IsamErrorIndexTuplesNonUniqueOnly` ([MS-OXCDATA] 2.4.1): a tuple index cannot be unique.
    ISAM_ERROR_INDEX_TUPLES_NON_UNIQUE_ONLY = 0xFFFF_FA68 => "IsamErrorIndexTuplesNonUniqueOnly";
    /// `IsamErrorIndexTuplesTextBinaryColumnsOnly` ([MS-OXCDATA] 2.4.1): a tuple index may only
    /// have text or binary key columns.
    ISAM_ERROR_INDEX_TUPLES_TEXT_BINARY_COLUMNS_ONLY = 0xFFFF_FA67 => "IsamErrorIndexTuplesTextBinaryColumnsOnly";
    /// `IsamErrorIndexTuplesVarSegMacNotAllowed` ([MS-OXCDATA] 2.4.1): a tuple index cannot set
    /// cbVarSegMac.
    ISAM_ERROR_INDEX_TUPLES_VAR_SEG_MAC_NOT_ALLOWED = 0xFFFF_FA66 => "IsamErrorIndexTuplesVarSegMacNotAllowed";
    /// `IsamErrorIndexTuplesInvalidLimits` ([MS-OXCDATA] 2.4.1): the tuple length or character
    /// limits of the index are not valid.
    ISAM_ERROR_INDEX_TUPLES_INVALID_LIMITS = 0xFFFF_FA65 => "IsamErrorIndexTuplesInvalidLimits";
    /// `IsamErrorIndexTuplesCannotRetrieveFromIndex` ([MS-OXCDATA] 2.4.1): a column of a tuple
    /// index cannot be retrieved from the index.
    ISAM_ERROR_INDEX_TUPLES_CANNOT_RETRIEVE_FROM_INDEX = 0xFFFF_FA64 => "IsamErrorIndexTuplesCannotRetrieveFromIndex";
    /// `IsamErrorIndexTuplesKeyTooSmall` ([MS-OXCDATA] 2.4.1): the key is shorter than the minimum
    /// tuple length.
    ISAM_ERROR_INDEX_TUPLES_KEY_TOO_SMALL = 0xFFFF_FA63 => "IsamErrorIndexTuplesKeyTooSmall";
    /// `IsamErrorColumnLong` ([MS-OXCDATA] 2.4.1): the column value is a long value.
    ISAM_ERROR_COLUMN_LONG = 0xFFFF_FA23 => "IsamErrorColumnLong";
    /// `IsamErrorColumnNoChunk` ([MS-OXCDATA] 2.4.1): the long value has no such chunk.
    ISAM_ERROR_COLUMN_NO_CHUNK = 0xFFFF_FA22 => "IsamErrorColumnNoChunk";
    /// `IsamErrorColumnDoesNotFit` ([MS-OXCDATA] 2.4.1): the field does not fit in the record.
    ISAM_ERROR_COLUMN_DOES_NOT_FIT = 0xFFFF_FA21 => "IsamErrorColumnDoesNotFit";
    /// `IsamErrorNullInvalid` ([MS-OXCDATA] 2.4.1): null is not allowed.
    ISAM_ERROR_NULL_INVALID = 0xFFFF_FA20 => "IsamErrorNullInvalid";
    /// `IsamErrorColumnIndexed` ([MS-OXCDATA] 2.4.1): the column is indexed and cannot be deleted.
    ISAM_ERROR_COLUMN_INDEXED = 0xFFFF_FA1F => "IsamErrorColumnIndexed";
    /// `IsamErrorColumnTooBig` ([MS-OXCDATA] 2.4.1): the field is longer than allowed.
    ISAM_ERROR_COLUMN_TOO_BIG = 0xFFFF_FA1E => "IsamErrorColumnTooBig";
    /// `IsamErrorColumnNotFound` ([MS-OXCDATA] 2.4.1): no such column.
    ISAM_ERROR_COLUMN_NOT_FOUND = 0xFFFF_FA1D => "IsamErrorColumnNotFound";
    /// `IsamErrorColumnDuplicate` ([MS-OXCDATA] 2.4.1): the field is already defined.
    ISAM_ERROR_COLUMN_DUPLICATE = 0xFFFF_FA1C => "IsamErrorColumnDuplicate";
    /// `IsamErrorMultiValuedColumnMustBeTagged` ([MS-OXCDATA] 2.4.1): a multivalued column must be
    /// tagged.
    ISAM_ERROR_MULTI_VALUED_COLUMN_MUST_BE_TAGGED = 0xFFFF_FA1B => "IsamErrorMultiValuedColumnMustBeTagged";
    /// `IsamErrorColumnRedundant` ([MS-OXCDATA] 2.4.1): a second auto-increment or version column.
    ISAM_ERROR_COLUMN_REDUNDANT = 0xFFFF_FA1A => "IsamErrorColumnRedundant";
    /// `IsamErrorInvalidColumnType` ([MS-OXCDATA] 2.4.1): the column type is not valid.
    ISAM_ERROR_INVALID_COLUMN_TYPE = 0xFFFF_FA19 => "IsamErrorInvalidColumnType";
    /// `IsamErrorTaggedNotNULL` ([MS-OXCDATA] 2.4.1): no tagged column is non-null.
    ISAM_ERROR_TAGGED_NOT_NULL = 0xFFFF_FA16 => "IsamErrorTaggedNotNULL";
    /// `IsamErrorNoCurrentIndex` ([MS-OXCDATA] 2.4.1): there is no current index.
    ISAM_ERROR_NO_CURRENT_INDEX = 0xFFFF_FA15 => "IsamErrorNoCurrentIndex";
    /// `IsamErrorKeyIsMade` ([MS-OXCDATA] 2.4.1): the key is already complete.
    ISAM_ERROR_KEY_IS_MADE = 0xFFFF_FA14 => "IsamErrorKeyIsMade";
    /// `IsamErrorBadColumnId` ([MS-OXCDATA] 2.4.1): the column ID is wrong.
    ISAM_ERROR_BAD_COLUMN_ID = 0xFFFF_FA13 => "IsamErrorBadColumnId";
    /// `IsamErrorBadItagSequence` ([MS-OXCDATA] 2.4.1): the itagSequence of the tagged column is
    /// bad.
    ISAM_ERROR_BAD_ITAG_SEQUENCE = 0xFFFF_FA12 => "IsamErrorBadItagSequence";
    /// `IsamErrorColumnInRelationship` ([MS-OXCDATA] 2.4.1): the column is part of a relationship
    /// and cannot be deleted.
    ISAM_ERROR_COLUMN_IN_RELATIONSHIP = 0xFFFF_FA11 => "IsamErrorColumnInRelationship";
    /// `IsamErrorCannotBeTagged` ([MS-OXCDATA] 2.4.1): auto-increment and version columns cannot be
    /// tagged.
    ISAM_ERROR_CANNOT_BE_TAGGED = 0xFFFF_FA0F => "IsamErrorCannotBeTagged";
    /// `IsamErrorDefaultValueTooBig` ([MS-OXCDATA] 2.4.1): the default value is over the maximum
    /// size.
    ISAM_ERROR_DEFAULT_VALUE_TOO_BIG = 0xFFFF_FA0C => "IsamErrorDefaultValueTooBig";
    /// `IsamErrorMultiValuedDuplicate` ([MS-OXCDATA] 2.4.1): a unique multivalued column got a
    /// duplicate value.
    ISAM_ERROR_MULTI_VALUED_DUPLICATE = 0xFFFF_FA0B => "IsamErrorMultiValuedDuplicate";
    /// `IsamErrorLVCorrupted` ([MS-OXCDATA] 2.4.1): a long-value tree is corrupt.
    ISAM_ERROR_LV_CORRUPTED = 0xFFFF_FA0A => "IsamErrorLVCorrupted";
    /// `IsamErrorMultiValuedDuplicateAfterTruncation` ([MS-OXCDATA] 2.4.1): a unique multivalued
    /// column got a duplicate after normalization and truncation.
    ISAM_ERROR_MULTI_VALUED_DUPLICATE_AFTER_TRUNCATION = 0xFFFF_FA08 => "IsamErrorMultiValuedDuplicateAfterTruncation";
    /// `IsamErrorDerivedColumnCorruption` ([MS-OXCDATA] 2.4.1): a derived table has a column that
    /// is not valid.
    ISAM_ERROR_DERIVED_COLUMN_CORRUPTION = 0xFFFF_FA07 => "IsamErrorDerivedColumnCorruption";
    /// `IsamErrorInvalidPlaceholderColumn` ([MS-OXCDATA] 2.4.1): the column cannot become a primary
    /// index placeholder.
    ISAM_ERROR_INVALID_PLACEHOLDER_COLUMN = 0xFFFF_FA06 => "IsamErrorInvalidPlaceholderColumn";
    /// `IsamErrorRecordNotFound` ([MS-OXCDATA] 2.4.1): the key was not found.
    ISAM_ERROR_RECORD_NOT_FOUND = 0xFFFF_F9BF => "IsamErrorRecordNotFound";
    /// `IsamErrorRecordNoCopy` ([MS-OXCDATA] 2.4.1): there is no working buffer.
    ISAM_ERROR_RECORD_NO_COPY = 0xFFFF_F9BE => "IsamErrorRecordNoCopy";
    /// `IsamErrorNoCurrentRecord` ([MS-OXCDATA] 2.4.1): there is no current record.
    ISAM_ERROR_NO_CURRENT_RECORD = 0xFFFF_F9BD => "IsamErrorNoCurrentRecord";
    /// `IsamErrorRecordPrimaryChanged` ([MS-OXCDATA] 2.4.1): the primary key may not change.
    ISAM_ERROR_RECORD_PRIMARY_CHANGED = 0xFFFF_F9BC => "IsamErrorRecordPrimaryChanged";
    /// `IsamErrorKeyDuplicate` ([MS-OXCDATA] 2.4.1): the key is a forbidden duplicate.
    ISAM_ERROR_KEY_DUPLICATE = 0xFFFF_F9BB => "IsamErrorKeyDuplicate";
    /// `IsamErrorAlreadyPrepared` ([MS-OXCDATA] 2.4.1): a record update is already under way.
    ISAM_ERROR_ALREADY_PREPARED = 0xFFFF_F9B9 => "IsamErrorAlreadyPrepared";
    /// `IsamErrorKeyNotMade` ([MS-OXCDATA] 2.4.1): `JetMakeKey` was not called.
    ISAM_ERROR_KEY_NOT_MADE = 0xFFFF_F9B8 => "IsamErrorKeyNotMade";
    /// `IsamErrorUpdateNotPrepared` ([MS-OXCDATA] 2.4.1): `JetPrepareUpdate` was not called.
    ISAM_ERROR_UPDATE_NOT_PREPARED = 0xFFFF_F9B7 => "IsamErrorUpdateNotPrepared";
    /// `IsamErrorDataHasChanged` ([MS-OXCDATA] 2.4.1): the data changed, so the operation was
    /// abandoned.
    ISAM_ERROR_DATA_HAS_CHANGED = 0xFFFF_F9B5 => "IsamErrorDataHasChanged";
    /// `IsamErrorLanguageNotSupported` ([MS-OXCDATA] 2.4.1): the OS does not support the language.
    ISAM_ERROR_LANGUAGE_NOT_SUPPORTED = 0xFFFF_F9AD => "IsamErrorLanguageNotSupported";
    /// `IsamErrorTooManySorts` ([MS-OXCDATA] 2.4.1): too many sorts are running.
    ISAM_ERROR_TOO_MANY_SORTS = 0xFFFF_F95B => "IsamErrorTooManySorts";
    /// `IsamErrorInvalidOnSort` ([MS-OXCDATA] 2.4.1): the operation is not valid during a sort.
    ISAM_ERROR_INVALID_ON_SORT = 0xFFFF_F95A => "IsamErrorInvalidOnSort";
    /// `IsamErrorTempFileOpenError` ([MS-OXCDATA] 2.4.1): the temporary file could not be opened.
    ISAM_ERROR_TEMP_FILE_OPEN_ERROR = 0xFFFF_F8F5 => "IsamErrorTempFileOpenError";
    /// `IsamErrorTooManyAttachedDatabases` ([MS-OXCDATA] 2.4.1): too many databases are attached.
    ISAM_ERROR_TOO_MANY_ATTACHED_DATABASES = 0xFFFF_F8F3 => "IsamErrorTooManyAttachedDatabases";
    /// `IsamErrorDiskFull` ([MS-OXCDATA] 2.4.1): the disk is full.
    ISAM_ERROR_DISK_FULL = 0xFFFF_F8F0 => "IsamErrorDiskFull";
    /// `IsamErrorPermissionDenied` ([MS-OXCDATA] 2.4.1): permission denied.
    ISAM_ERROR_PERMISSION_DENIED = 0xFFFF_F8EF => "IsamErrorPermissionDenied";
    /// `IsamErrorFileNotFound` ([MS-OXCDATA] 2.4.1): the file is not there.
    ISAM_ERROR_FILE_NOT_FOUND = 0xFFFF_F8ED => "IsamErrorFileNotFound";
    /// `IsamErrorFileInvalidType` ([MS-OXCDATA] 2.4.1): the file type is not valid.
    ISAM_ERROR_FILE_INVALID_TYPE = 0xFFFF_F8EC => "IsamErrorFileInvalidType";
    /// `IsamErrorAfterInitialization` ([MS-OXCDATA] 2.4.1): a restore cannot start after
    /// initialization.
    ISAM_ERROR_AFTER_INITIALIZATION = 0xFFFF_F8C6 => "IsamErrorAfterInitialization";
    /// `IsamErrorLogCorrupted` ([MS-OXCDATA] 2.4.1): the logs cannot be interpreted.
    ISAM_ERROR_LOG_CORRUPTED = 0xFFFF_F8C4 => "IsamErrorLogCorrupted";
    /// `IsamErrorInvalidOperation` ([MS-OXCDATA] 2.4.1): the operation is not valid.
    ISAM_ERROR_INVALID_OPERATION = 0xFFFF_F88E => "IsamErrorInvalidOperation";
    /// `IsamErrorAccessDenied` ([MS-OXCDATA] 2.4.1): access denied.
    ISAM_ERROR_ACCESS_DENIED = 0xFFFF_F88D => "IsamErrorAccessDenied";
    /// `IsamErrorTooManySplits` ([MS-OXCDATA] 2.4.1): page splits do not end.
    ISAM_ERROR_TOO_MANY_SPLITS = 0xFFFF_F88B => "IsamErrorTooManySplits";
    /// `IsamErrorSessionSharingViolation` ([MS-OXCDATA] 2.4.1): several threads use one session.
    ISAM_ERROR_SESSION_SHARING_VIOLATION = 0xFFFF_F88A => "IsamErrorSessionSharingViolation";
    /// `IsamErrorEntryPointNotFound` ([MS-OXCDATA] 2.4.1): an entry point of a required DLL is
    /// missing.
    ISAM_ERROR_ENTRY_POINT_NOT_FOUND = 0xFFFF_F889 => "IsamErrorEntryPointNotFound";
    /// `IsamErrorSessionContextAlreadySet` ([MS-OXCDATA] 2.4.1): the session already has a context.
    ISAM_ERROR_SESSION_CONTEXT_ALREADY_SET = 0xFFFF_F888 => "IsamErrorSessionContextAlreadySet";
    /// `IsamErrorSessionContextNotSetByThisThread` ([MS-OXCDATA] 2.4.1): only the thread that set
    /// the session context may reset it.
    ISAM_ERROR_SESSION_CONTEXT_NOT_SET_BY_THIS_THREAD = 0xFFFF_F887 => "IsamErrorSessionContextNotSetByThisThread";
    /// `IsamErrorSessionInUse` ([MS-OXCDATA] 2.4.1): the session in use cannot be ended.
    ISAM_ERROR_SESSION_IN_USE = 0xFFFF_F886 => "IsamErrorSessionInUse";
    /// `IsamErrorRecordFormatConversionFailed` ([MS-OXCDATA] 2.4.1): an internal error in a dynamic
    /// record format conversion.
    ISAM_ERROR_RECORD_FORMAT_CONVERSION_FAILED = 0xFFFF_F885 => "IsamErrorRecordFormatConversionFailed";
    /// `IsamErrorOneDatabasePerSession` ([MS-OXCDATA] 2.4.1): a session may have only one user
    /// database open.
    ISAM_ERROR_ONE_DATABASE_PER_SESSION = 0xFFFF_F884 => "IsamErrorOneDatabasePerSession";
    /// `IsamErrorRollbackError` ([MS-OXCDATA] 2.4.1): rolling back failed.
    ISAM_ERROR_ROLLBACK_ERROR = 0xFFFF_F883 => "IsamErrorRollbackError";
    /// `IsamErrorCallbackFailed` ([MS-OXCDATA] 2.4.1): a callback function failed.
    ISAM_ERROR_CALLBACK_FAILED = 0xFFFF_F7CB => "IsamErrorCallbackFailed";
    /// `IsamErrorCallbackNotResolved` ([MS-OXCDATA] 2.4.1): a callback function cannot be found.
    ISAM_ERROR_CALLBACK_NOT_RESOLVED = 0xFFFF_F7CA => "IsamErrorCallbackNotResolved";
    /// `IsamErrorOSSnapshotInvalidSequence` ([MS-OXCDATA] 2.4.1): the OS shadow copy API was called
    /// out of order.
    ISAM_ERROR_OS_SNAPSHOT_INVALID_SEQUENCE = 0xFFFF_F69F => "IsamErrorOSSnapshotInvalidSequence";
    /// `IsamErrorOSSnapshotTimeOut` ([MS-OXCDATA] 2.4.1): the OS shadow copy timed out.
    ISAM_ERROR_OS_SNAPSHOT_TIME_OUT = 0xFFFF_F69E => "IsamErrorOSSnapshotTimeOut";
    /// `IsamErrorOSSnapshotNotAllowed` ([MS-OXCDATA] 2.4.1): no OS shadow copy while a backup or
    /// recovery runs.
    ISAM_ERROR_OS_SNAPSHOT_NOT_ALLOWED = 0xFFFF_F69D => "IsamErrorOSSnapshotNotAllowed";
    /// `IsamErrorOSSnapshotInvalidSnapId` ([MS-OXCDATA] 2.4.1): the OS shadow copy handle is not
    /// valid.
    ISAM_ERROR_OS_SNAPSHOT_INVALID_SNAP_ID = 0xFFFF_F69C => "IsamErrorOSSnapshotInvalidSnapId";
    /// `IsamErrorLSCallbackNotSpecified` ([MS-OXCDATA] 2.4.1): local storage was used without a
    /// callback.
    ISAM_ERROR_LS_CALLBACK_NOT_SPECIFIED = 0xFFFF_F448 => "IsamErrorLSCallbackNotSpecified";
    /// `IsamErrorLSAlreadySet` ([MS-OXCDATA] 2.4.1): the object's local storage is already set.
    ISAM_ERROR_LS_ALREADY_SET = 0xFFFF_F447 => "IsamErrorLSAlreadySet";
    /// `IsamErrorLSNotSet` ([MS-OXCDATA] 2.4.1): the object has no local storage set.
    ISAM_ERROR_LS_NOT_SET = 0xFFFF_F446 => "IsamErrorLSNotSet";
    /// `IsamErrorFileIOSparse` ([MS-OXCDATA] 2.4.1): I/O hit an unallocated region of a file.
    ISAM_ERROR_FILE_IO_SPARSE = 0xFFFF_F060 => "IsamErrorFileIOSparse";
    /// `IsamErrorFileIOBeyondEOF` ([MS-OXCDATA] 2.4.1): a read went past the end of the file.
    ISAM_ERROR_FILE_IO_BEYOND_EOF = 0xFFFF_F05F => "IsamErrorFileIOBeyondEOF";
    /// `IsamErrorFileCompressed` ([MS-OXCDATA] 2.4.1): compressed files cannot be read or written.
    ISAM_ERROR_FILE_COMPRESSED = 0xFFFF_F05B => "IsamErrorFileCompressed";

    // Property error codes ([MS-OXCDATA] 2.4.2) whose values 2.4 does not list.
    /// `BadValue` ([MS-OXCDATA] 2.4.2): on set, the server does not accept the value. Also
    /// `ecPropBadValue`, `MAPI_E_BAD_VALUE`.
    BAD_VALUE = 0x8004_0301 => "ecPropBadValue";
    /// `InvalidType` ([MS-OXCDATA] 2.4.2): on get or set, the property type is undefined. Also
    /// `ecInvalidType`, `MAPI_E_INVALID_TYPE`.
    INVALID_TYPE = 0x8004_0302 => "ecInvalidType";
    /// `UnsupportedType` ([MS-OXCDATA] 2.4.2): on get or set, the server does not accept the
    /// property type. Also `ecTypeNotSupported`, `MAPI_E_TYPE_NO_SUPPORT`.
    UNSUPPORTED_TYPE = 0x8004_0303 => "ecTypeNotSupported";
    /// `UnexpectedType` ([MS-OXCDATA] 2.4.2): on get or set, the property type is not the one the
    /// server expects. Also `ecPropType`, `MAPI_E_UNEXPECTED_TYPE`.
    UNEXPECTED_TYPE = 0x8004_0304 => "ecPropType";
    /// `TooBig` ([MS-OXCDATA] 2.4.2): the result is too large for the server to return. Also
    /// `ecTooBig`, `MAPI_E_TOO_BIG`.
    TOO_BIG = 0x8004_0305 => "ecTooBig";
    /// `DeclineCopy` ([MS-OXCDATA] 2.4.2): on copy, the server leaves the copying to the client
    /// (e.g. across server types). Also `MAPI_E_DECLINE_COPY`.
    DECLINE_COPY = 0x8004_0306 => "DeclineCopy";
    /// `UnexpectedId` ([MS-OXCDATA] 2.4.2): on get or set, the server does not support property IDs
    /// in this range (usually named ones). Also `MAPI_E_UNEXPECTED_ID`.
    UNEXPECTED_ID = 0x8004_0307 => "UnexpectedId";

    // Warning codes ([MS-OXCDATA] 2.4.3) whose values the other tables do not list.
    /// `ErrorsReturned` ([MS-OXCDATA] 2.4.3): the call succeeded overall, but failed for some of
    /// the properties. Also `ecWarnWithErrors`, `MAPI_W_ERRORS_RETURNED`.
    ERRORS_RETURNED = 0x0004_0380 => "ecWarnWithErrors";
    /// `PositionChanged` ([MS-OXCDATA] 2.4.3): the table operation worked, but the bookmark no
    /// longer sits on the same row. Also `ecWarnPositionChanged`, `MAPI_W_POSITION_CHANGED`.
    POSITION_CHANGED = 0x0004_0481 => "ecWarnPositionChanged";
    /// `ApproximateCount` ([MS-OXCDATA] 2.4.3): the row count is approximate. Also
    /// `ecWarnApproxCount`, `MAPI_W_APPROX_COUNT`.
    APPROXIMATE_COUNT = 0x0004_0482 => "ecWarnApproxCount";
    /// `PartiallyComplete` ([MS-OXCDATA] 2.4.3): a move, copy or delete worked for some messages
    /// only. Also `ecPartialCompletion`, `MAPI_W_PARTIAL_COMPLETION`.
    PARTIALLY_COMPLETE = 0x0004_0680 => "ecPartialCompletion";
    /// `SyncProgress` ([MS-OXCDATA] 2.4.3): the step worked and there is more to do. Also
    /// `SYNC_W_PROGRESS`.
    SYNC_PROGRESS = 0x0004_0820 => "SyncProgress";
    /// `NewerClientChange` ([MS-OXCDATA] 2.4.3): in a change conflict the client's change is the
    /// newer one. Also `SYNC_W_CLIENT_CHANGE_NEWER`.
    NEWER_CLIENT_CHANGE = 0x0004_0821 => "NewerClientChange";
    /// `IsamWarningRemainingVersions` ([MS-OXCDATA] 2.4.3): the version store is still active.
    ISAM_WARNING_REMAINING_VERSIONS = 0x0000_0141 => "IsamWarningRemainingVersions";
    /// `IsamWarningUniqueKey` ([MS-OXCDATA] 2.4.3): a seek on a non-unique index found a unique
    /// key.
    ISAM_WARNING_UNIQUE_KEY = 0x0000_0159 => "IsamWarningUniqueKey";
    /// `IsamWarningSeparateLongValue` ([MS-OXCDATA] 2.4.3): the column is a separated long value.
    ISAM_WARNING_SEPARATE_LONG_VALUE = 0x0000_0196 => "IsamWarningSeparateLongValue";
    /// `IsamWarningExistingLogFileHasBadSignature` ([MS-OXCDATA] 2.4.3): an existing log file has a
    /// bad signature.
    ISAM_WARNING_EXISTING_LOG_FILE_HAS_BAD_SIGNATURE = 0x0000_022E => "IsamWarningExistingLogFileHasBadSignature";
    /// `IsamWarningExistingLogFileIsNotContiguous` ([MS-OXCDATA] 2.4.3): an existing log file is
    /// not contiguous.
    ISAM_WARNING_EXISTING_LOG_FILE_IS_NOT_CONTIGUOUS = 0x0000_022F => "IsamWarningExistingLogFileIsNotContiguous";
    /// `IsamWarningSkipThisRecord` ([MS-OXCDATA] 2.4.3): internal use only.
    ISAM_WARNING_SKIP_THIS_RECORD = 0x0000_0234 => "IsamWarningSkipThisRecord";
    /// `IsamWarningTargetInstanceRunning` ([MS-OXCDATA] 2.4.3): the restore's target instance is
    /// running.
    ISAM_WARNING_TARGET_INSTANCE_RUNNING = 0x0000_0242 => "IsamWarningTargetInstanceRunning";
    /// `IsamWarningDatabaseRepaired` ([MS-OXCDATA] 2.4.3): the database corruption was repaired.
    ISAM_WARNING_DATABASE_REPAIRED = 0x0000_0253 => "IsamWarningDatabaseRepaired";
    /// `IsamWarningColumnNull` ([MS-OXCDATA] 2.4.3): the column is null.
    ISAM_WARNING_COLUMN_NULL = 0x0000_03EC => "IsamWarningColumnNull";
    /// `IsamWarningSortOverflow` ([MS-OXCDATA] 2.4.3): the sort lacks the memory to finish.
    ISAM_WARNING_SORT_OVERFLOW = 0x0000_03F1 => "IsamWarningSortOverflow";
    /// `IsamWarningSeekNotEqual` ([MS-OXCDATA] 2.4.3): a seek found no exact match.
    ISAM_WARNING_SEEK_NOT_EQUAL = 0x0000_040F => "IsamWarningSeekNotEqual";
    /// `IsamWarningNoErrorInfo` ([MS-OXCDATA] 2.4.3): no extended error information.
    ISAM_WARNING_NO_ERROR_INFO = 0x0000_041F => "IsamWarningNoErrorInfo";
    /// `IsamWarningNoIdleActivity` ([MS-OXCDATA] 2.4.3): no idle activity took place.
    ISAM_WARNING_NO_IDLE_ACTIVITY = 0x0000_0422 => "IsamWarningNoIdleActivity";
    /// `IsamWarningNoWriteLock` ([MS-OXCDATA] 2.4.3): no write lock at transaction level 0.
    ISAM_WARNING_NO_WRITE_LOCK = 0x0000_042B => "IsamWarningNoWriteLock";
    /// `IsamWarningColumnSetNull` ([MS-OXCDATA] 2.4.3): the column was set to null.
    ISAM_WARNING_COLUMN_SET_NULL = 0x0000_042C => "IsamWarningColumnSetNull";
    /// `IsamWarningTableEmpty` ([MS-OXCDATA] 2.4.3): an empty table was opened.
    ISAM_WARNING_TABLE_EMPTY = 0x0000_0515 => "IsamWarningTableEmpty";
    /// `IsamWarningTableInUseBySystem` ([MS-OXCDATA] 2.4.3): system cleanup has a cursor open on
    /// the table.
    ISAM_WARNING_TABLE_IN_USE_BY_SYSTEM = 0x0000_052F => "IsamWarningTableInUseBySystem";
    /// `IsamWarningCorruptIndexDeleted` ([MS-OXCDATA] 2.4.3): an out-of-date index must be removed.
    ISAM_WARNING_CORRUPT_INDEX_DELETED = 0x0000_0587 => "IsamWarningCorruptIndexDeleted";
    /// `IsamWarningColumnMaxTruncated` ([MS-OXCDATA] 2.4.3): the maximum length was too large and
    /// was cut down.
    ISAM_WARNING_COLUMN_MAX_TRUNCATED = 0x0000_05E8 => "IsamWarningColumnMaxTruncated";
    /// `IsamWarningCopyLongValue` ([MS-OXCDATA] 2.4.3): a BLOB moved out of the record into
    /// separate storage.
    ISAM_WARNING_COPY_LONG_VALUE = 0x0000_05F0 => "IsamWarningCopyLongValue";
    /// `IsamWarningColumnSkipped` ([MS-OXCDATA] 2.4.3): column values skipped because the requested
    /// column ID or itagSequence was null.
    ISAM_WARNING_COLUMN_SKIPPED = 0x0000_05FB => "IsamWarningColumnSkipped";
    /// `IsamWarningColumnNotLocal` ([MS-OXCDATA] 2.4.3): column values could not be rebuilt from
    /// the stored data.
    ISAM_WARNING_COLUMN_NOT_LOCAL = 0x0000_05FC => "IsamWarningColumnNotLocal";
    /// `IsamWarningColumnMoreTags` ([MS-OXCDATA] 2.4.3): existing column values were not asked for.
    ISAM_WARNING_COLUMN_MORE_TAGS = 0x0000_05FD => "IsamWarningColumnMoreTags";
    /// `IsamWarningColumnTruncated` ([MS-OXCDATA] 2.4.3): a column value was cut at the requested
    /// size during enumeration.
    ISAM_WARNING_COLUMN_TRUNCATED = 0x0000_05FE => "IsamWarningColumnTruncated";
    /// `IsamWarningColumnPresent` ([MS-OXCDATA] 2.4.3): column values exist but were not returned.
    ISAM_WARNING_COLUMN_PRESENT = 0x0000_05FF => "IsamWarningColumnPresent";
    /// `IsamWarningColumnSingleValue` ([MS-OXCDATA] 2.4.3): a column value came back compressed
    /// into `JET_COLUMNENUM`.
    ISAM_WARNING_COLUMN_SINGLE_VALUE = 0x0000_0600 => "IsamWarningColumnSingleValue";
    /// `IsamWarningColumnDefault` ([MS-OXCDATA] 2.4.3): the column holds its default value.
    ISAM_WARNING_COLUMN_DEFAULT = 0x0000_0601 => "IsamWarningColumnDefault";
    /// `IsamWarningDataHasChanged` ([MS-OXCDATA] 2.4.3): the data changed.
    ISAM_WARNING_DATA_HAS_CHANGED = 0x0000_064A => "IsamWarningDataHasChanged";
    /// `IsamWarningKeyChanged` ([MS-OXCDATA] 2.4.3): a new key is in use.
    ISAM_WARNING_KEY_CHANGED = 0x0000_0652 => "IsamWarningKeyChanged";
    /// `IsamWarningFileOpenReadOnly` ([MS-OXCDATA] 2.4.3): the database file is read-only.
    ISAM_WARNING_FILE_OPEN_READ_ONLY = 0x0000_0715 => "IsamWarningFileOpenReadOnly";
    /// `IsamWarningIdleFull` ([MS-OXCDATA] 2.4.3): the idle registry is full.
    ISAM_WARNING_IDLE_FULL = 0x0000_0774 => "IsamWarningIdleFull";
    /// `IsamWarningDefragAlreadyRunning` ([MS-OXCDATA] 2.4.3): online defragmentation is already
    /// running on the database.
    ISAM_WARNING_DEFRAG_ALREADY_RUNNING = 0x0000_07D0 => "IsamWarningDefragAlreadyRunning";
    /// `IsamWarningDefragNotRunning` ([MS-OXCDATA] 2.4.3): online defragmentation is not running on
    /// the database.
    ISAM_WARNING_DEFRAG_NOT_RUNNING = 0x0000_07D1 => "IsamWarningDefragNotRunning";
    /// `IsamWarningCallbackNotRegistered` ([MS-OXCDATA] 2.4.3): a callback that does not exist was
    /// unregistered.
    ISAM_WARNING_CALLBACK_NOT_REGISTERED = 0x0000_0834 => "IsamWarningCallbackNotRegistered";
    /// `IsamWarningNotYetImplemented` ([MS-OXCDATA] 2.4.3): the function is not implemented yet.
    ISAM_WARNING_NOT_YET_IMPLEMENTED = 0xFFFF_FFFF => "IsamWarningNotYetImplemented";
    /// `UnbindSuccess` ([MS-OXCDATA] 2.4.3): an NSPI server reports that the unbind worked.
    UNBIND_SUCCESS = 0x0000_0001 => "UnbindSuccess";
    /// `UnbindFailure` ([MS-OXCDATA] 2.4.3): an NSPI server reports that the bind failed.
    UNBIND_FAILURE = 0x0000_0002 => "UnbindFailure";
}
