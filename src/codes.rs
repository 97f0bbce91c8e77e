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

impl fmt::Display for RopId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.spec_name())
    }
}

code_set! {
    /// A ReturnValue or error code ([MS-OXCDATA] 2.4); an open set, unknown codes are kept.
    pub struct ErrorCode(u32);
    /// `Success` 0x00000000 ([MS-OXCDATA] 2.4.1).
    SUCCESS = 0x0000_0000 => "Success";
    /// `ecUnknownUser` ([MS-OXCDATA] 2.4.1).
    UNKNOWN_USER = 0x0000_03EB => "ecUnknownUser";
    /// `ecWrongServer`: RopLogon redirect ([MS-OXCDATA] 2.4.1, [MS-OXCROPS] 2.2.3.1.4).
    WRONG_SERVER = 0x0000_0478 => "ecWrongServer";
    /// `ecBufferTooSmall` ([MS-OXCDATA] 2.4.1).
    BUFFER_TOO_SMALL = 0x0000_047D => "ecBufferTooSmall";
    /// `ecNullObject` ([MS-OXCDATA] 2.4.1).
    NULL_OBJECT = 0x0000_04B9 => "ecNullObject";
    /// `ecNotSupported` / `MAPI_E_NO_SUPPORT` ([MS-OXCDATA] 2.4.1).
    NOT_SUPPORTED = 0x8004_0102 => "ecNotSupported";
    /// `ecInvalidObject` ([MS-OXCDATA] 2.4.1).
    INVALID_OBJECT = 0x8004_0108 => "ecInvalidObject";
    /// `ecObjectModified` ([MS-OXCDATA] 2.4.1).
    OBJECT_MODIFIED = 0x8004_0109 => "ecObjectModified";
    /// `ecObjectDeleted` ([MS-OXCDATA] 2.4.1).
    OBJECT_DELETED = 0x8004_010A => "ecObjectDeleted";
    /// `ecTooBig` ([MS-OXCDATA] 2.4.1).
    TOO_BIG = 0x8004_0305 => "ecTooBig";
    /// `ecNotFound` ([MS-OXCDATA] 2.4.1).
    NOT_FOUND = 0x8004_010F => "ecNotFound";
    /// `ecLoginFailure` ([MS-OXCDATA] 2.4.1).
    LOGIN_FAILURE = 0x8004_0111 => "ecLoginFailure";
    /// `ecUnableToAbort` ([MS-OXCDATA] 2.4.1).
    UNABLE_TO_ABORT = 0x8004_0114 => "ecUnableToAbort";
    /// `ecNetwork` ([MS-OXCDATA] 2.4.1).
    NETWORK = 0x8004_0115 => "ecNetwork";
    /// `ecTooComplex` ([MS-OXCDATA] 2.4.1).
    TOO_COMPLEX = 0x8004_0117 => "ecTooComplex";
    /// `ecUnknownFlags` ([MS-OXCDATA] 2.4.1).
    UNKNOWN_FLAGS = 0x8004_0106 => "ecUnknownFlags";
    /// `ecNotInitialized` ([MS-OXCDATA] 2.4.1).
    NOT_INITIALIZED = 0x8004_0605 => "ecNotInitialized";
    /// `ecError` / `MAPI_E_CALL_FAILED` ([MS-OXCDATA] 2.4.1).
    CALL_FAILED = 0x8000_4005 => "ecError";
    /// `ecNotEnoughMemory` ([MS-OXCDATA] 2.4.1).
    NOT_ENOUGH_MEMORY = 0x8007_000E => "ecNotEnoughMemory";
    /// `ecInvalidParam` ([MS-OXCDATA] 2.4.1).
    INVALID_PARAMETER = 0x8007_0057 => "ecInvalidParam";
    /// `ecAccessDenied` ([MS-OXCDATA] 2.4.1).
    ACCESS_DENIED = 0x8007_0005 => "ecAccessDenied";
}
