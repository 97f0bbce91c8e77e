//! Notification ROPs ([MS-OXCROPS] 2.2.14, [MS-OXCNOTIF] 2.2.1.2): RopRegisterNotification
//! so far.
//!
//! Its request is written by hand: the Extended bit of NotificationTypes says whether
//! Reserved is there, and WantWholeStore whether FolderId and MessageId are.

use crate::codes::ErrorCode;
use crate::data::{FolderId, MessageId};
use crate::error::EncodeError;
use crate::wire::{Decode, Dump, DumpField, Dumper, Encode, PResult, Writer, le_u8};

bitflags::bitflags! {
    /// RopRegisterNotification `NotificationTypes` (2 bytes; [MS-OXCNOTIF] 2.2.1.2.1.1): the
    /// events to be notified of; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct NotificationTypes: u16 {
        /// `NewMail` (0x0002) ([MS-OXCNOTIF] 2.2.1.2.1.1, 2.2.1.1).
        const NEW_MAIL = 0x0002;
        /// `ObjectCreated` (0x0004) ([MS-OXCNOTIF] 2.2.1.2.1.1).
        const OBJECT_CREATED = 0x0004;
        /// `ObjectDeleted` (0x0008) ([MS-OXCNOTIF] 2.2.1.2.1.1).
        const OBJECT_DELETED = 0x0008;
        /// `ObjectModified` (0x0010) ([MS-OXCNOTIF] 2.2.1.2.1.1).
        const OBJECT_MODIFIED = 0x0010;
        /// `ObjectMoved` (0x0020) ([MS-OXCNOTIF] 2.2.1.2.1.1).
        const OBJECT_MOVED = 0x0020;
        /// `ObjectCopied` (0x0040) ([MS-OXCNOTIF] 2.2.1.2.1.1).
        const OBJECT_COPIED = 0x0040;
        /// `SearchCompleted` (0x0080) ([MS-OXCNOTIF] 2.2.1.2.1.1).
        const SEARCH_COMPLETED = 0x0080;
        /// `TableModified` (0x0100) ([MS-OXCNOTIF] 2.2.1.2.1.1, 2.2.1.1.1).
        const TABLE_MODIFIED = 0x0100;
        /// `Extended` (0x0400): the Reserved byte follows NotificationTypes
        /// ([MS-OXCNOTIF] 2.2.1.2.1.1, [MS-OXCROPS] 2.2.14.1.1).
        const EXTENDED = 0x0400;
        const _ = !0;
    }
}

flags_codec!(NotificationTypes: u16, 2, le_u16);

wire_struct! {
    /// The folder and message a RopRegisterNotification subscription watches, present when
    /// WantWholeStore is zero ([MS-OXCROPS] 2.2.14.1.1): MessageId should be zero for a
    /// folder, FolderId the message's parent folder for a message.
    pub struct NotificationScope {
        folder_id "FolderId": FolderId,
        message_id "MessageId": MessageId,
    }
}

/// RopRegisterNotification request ([MS-OXCROPS] 2.2.14.1.1, [MS-OXCNOTIF] 2.2.1.2.1.1).
/// Reserved is present exactly when NotificationTypes has Extended; FolderId and MessageId
/// exactly when WantWholeStore is zero. Encoding refuses a value that breaks either rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegisterNotificationRequest {
    /// `LogonId`.
    pub logon_id: u8,
    /// `InputHandleIndex`: the Logon object.
    pub input_handle_index: u8,
    /// `OutputHandleIndex`: where the subscription's handle goes.
    pub output_handle_index: u8,
    /// `NotificationTypes`.
    pub notification_types: NotificationTypes,
    /// `Reserved`: present only with Extended; a sender sets 0x00, any byte received is
    /// kept.
    pub reserved: Option<u8>,
    /// `WantWholeStore`: non-zero to watch the whole mailbox (the byte as sent).
    pub want_whole_store: u8,
    /// `FolderId` and `MessageId`: present only when WantWholeStore is zero.
    pub scope: Option<NotificationScope>,
}

impl<'a> Decode<'a> for RegisterNotificationRequest {
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (i, logon_id) = le_u8(input)?;
        let (i, input_handle_index) = le_u8(i)?;
        let (i, output_handle_index) = le_u8(i)?;
        let (i, notification_types) = NotificationTypes::parse(i)?;
        let (i, reserved) = if notification_types.contains(NotificationTypes::EXTENDED) {
            le_u8(i).map(|(r, b)| (r, Some(b)))?
        } else {
            (i, None)
        };
        let (i, want_whole_store) = le_u8(i)?;
        let (i, scope) = if want_whole_store == 0 {
            NotificationScope::parse(i).map(|(r, s)| (r, Some(s)))?
        } else {
            (i, None)
        };
        Ok((
            i,
            RegisterNotificationRequest {
                logon_id,
                input_handle_index,
                output_handle_index,
                notification_types,
                reserved,
                want_whole_store,
                scope,
            },
        ))
    }
}

impl Encode for RegisterNotificationRequest {
    fn encoded_len(&self) -> usize {
        6 + usize::from(self.reserved.is_some()) + self.scope.map_or(0, |s| s.encoded_len())
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        let extended = self
            .notification_types
            .contains(NotificationTypes::EXTENDED);
        if self.reserved.is_some() != extended {
            return Err(EncodeError::InvalidValue {
                field: "Reserved (present exactly when NotificationTypes has Extended)",
            });
        }
        if self.scope.is_some() != (self.want_whole_store == 0) {
            return Err(EncodeError::InvalidValue {
                field: "FolderId MessageId (present exactly when WantWholeStore is zero)",
            });
        }
        w.put_u8(self.logon_id)?;
        w.put_u8(self.input_handle_index)?;
        w.put_u8(self.output_handle_index)?;
        self.notification_types.encode(w)?;
        if let Some(b) = self.reserved {
            w.put_u8(b)?;
        }
        w.put_u8(self.want_whole_store)?;
        match &self.scope {
            Some(s) => s.encode(w),
            None => Ok(()),
        }
    }
}

impl Dump for RegisterNotificationRequest {
    fn dump(&self, d: &mut dyn Dumper) {
        self.logon_id.dump_field("LogonId", d);
        self.input_handle_index.dump_field("InputHandleIndex", d);
        self.output_handle_index.dump_field("OutputHandleIndex", d);
        self.notification_types.dump_field("NotificationTypes", d);
        self.reserved.dump_field("Reserved", d);
        self.want_whole_store.dump_field("WantWholeStore", d);
        if let Some(s) = &self.scope {
            s.dump(d);
        }
    }
}

wire_struct! {
    /// RopRegisterNotification response ([MS-OXCROPS] 2.2.14.1.2); same layout on failure.
    pub struct RegisterNotificationResponse {
        output_handle_index "OutputHandleIndex": u8,
        return_value "ReturnValue": ErrorCode,
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

    impl<'a> Arb<'a> for RegisterNotificationRequest {
        fn arb() -> impl Strategy<Value = Self> {
            (
                any::<[u8; 4]>(),
                NotificationTypes::arb(),
                any::<u8>(),
                NotificationScope::arb(),
            )
                .prop_map(|(b, notification_types, flag, scope)| {
                    let extended = notification_types.contains(NotificationTypes::EXTENDED);
                    // Half the requests scoped to a folder or message (WantWholeStore zero).
                    let want_whole_store = if flag % 2 == 0 { 0 } else { flag };
                    RegisterNotificationRequest {
                        logon_id: b[0],
                        input_handle_index: b[1],
                        output_handle_index: b[2],
                        notification_types,
                        reserved: extended.then_some(b[3]),
                        want_whole_store,
                        scope: (want_whole_store == 0).then_some(scope),
                    }
                })
        }
    }
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impl for the hand-written RopRegisterNotification request
    //! ([`crate::structured`]).
    use super::*;
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// Reserved exactly when the generated NotificationTypes has Extended; FolderId and
    /// MessageId exactly when WantWholeStore is zero (half the time).
    impl<'a> Arbitrary<'a> for RegisterNotificationRequest {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            let logon_id = u.arbitrary()?;
            let input_handle_index = u.arbitrary()?;
            let output_handle_index = u.arbitrary()?;
            let notification_types: NotificationTypes = u.arbitrary()?;
            let reserved = if notification_types.contains(NotificationTypes::EXTENDED) {
                Some(u.arbitrary()?)
            } else {
                None
            };
            let want_whole_store = if u.arbitrary()? {
                u.int_in_range(1..=u8::MAX)?
            } else {
                0
            };
            let scope = if want_whole_store == 0 {
                Some(u.arbitrary()?)
            } else {
                None
            };
            Ok(RegisterNotificationRequest {
                logon_id,
                input_handle_index,
                output_handle_index,
                notification_types,
                reserved,
                want_whole_store,
                scope,
            })
        }
    }
}
