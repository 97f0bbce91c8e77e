//! Folder ROPs ([MS-OXCROPS] 2.2.4): RopOpenFolder so far, and the ghosted-server list
//! shared with RopCreateFolder, RopPublicFolderIsGhosted and RopGetOwningServers.

use crate::data::FolderId;
use crate::error::EncodeError;
use crate::rop::{Present, RopResult};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, List, PResult, Str8, Writer, le_u16, u16_len,
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

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

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
}

#[cfg(feature = "arbitrary")]
mod fuzz {
    //! `arbitrary` impl for the ghosted-server list ([`crate::structured`]).
    use super::*;
    use arbitrary::{Arbitrary, Result, Unstructured};

    /// Any CheapServerCount; the servers in their wire form.
    impl<'a> Arbitrary<'a> for ServerList<'a> {
        fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
            Ok(ServerList {
                cheap_server_count: u.arbitrary()?,
                servers: u.arbitrary()?,
            })
        }
    }
}
