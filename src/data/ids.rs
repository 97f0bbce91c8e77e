//! Identifiers: GUID, Folder ID, Message ID, LongTermID ([MS-OXCDATA] 2.2.1, 2.5.1).

use core::fmt;

use crate::codes::{ErrorCode, RopId};
use crate::error::EncodeError;
use crate::wire::{
    Decode, DumpElem, DumpField, Dumper, Encode, LeElem, PResult, Writer, take_array,
};

/// A GUID as a little-endian FlatUID ([MS-OXCDATA] 2.5.1): Data1:4 LE, Data2:2 LE, Data3:2 LE, Data4:8.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Guid(pub [u8; 16]);

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = &self.0;
        let d1 = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let d2 = u16::from_le_bytes([b[4], b[5]]);
        let d3 = u16::from_le_bytes([b[6], b[7]]);
        write!(f, "{{{d1:08X}-{d2:04X}-{d3:04X}-{:02X}{:02X}-", b[8], b[9])?;
        for x in &b[10..] {
            write!(f, "{x:02X}")?;
        }
        f.write_str("}")
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// An 8-byte folder, message or change number: ReplicaId:2 then GlobalCounter:6
/// ([MS-OXCDATA] 2.2.1.1, 2.2.1.2). Kept as the LE `u64` of its 8 wire bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Id8(pub u64);

impl Id8 {
    /// The 16-bit ReplicaId (first two wire bytes).
    pub fn replica_id(self) -> u16 {
        self.0 as u16
    }

    /// The 48-bit GlobalCounter (stored most significant byte first on the wire).
    pub fn global_counter(self) -> u64 {
        let b = self.0.to_le_bytes();
        b[2..8]
            .iter()
            .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
    }

    /// Builds an id from ReplicaId and a 48-bit GlobalCounter.
    pub const fn new(replica_id: u16, global_counter: u64) -> Self {
        let r = replica_id.to_le_bytes();
        let g = global_counter.to_be_bytes();
        Id8(u64::from_le_bytes([
            r[0], r[1], g[2], g[3], g[4], g[5], g[6], g[7],
        ]))
    }
}

impl fmt::Debug for Id8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:016X}", self.0)
    }
}

/// `ReplicaId-GlobalCounter`, both in hex (`0x0001-0x000000000004`), the form FID/MID
/// viewers show ([MS-OXCDATA] 2.2.1.1).
impl fmt::Display for Id8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "0x{:04X}-0x{:012X}",
            self.replica_id(),
            self.global_counter()
        )
    }
}

/// Folder ID ([MS-OXCDATA] 2.2.1.1).
pub type FolderId = Id8;
/// Message ID ([MS-OXCDATA] 2.2.1.2).
pub type MessageId = Id8;

wire_struct! {
    /// LongTermID ([MS-OXCDATA] 2.2.1.3.1): a Global Identifier (DatabaseGuid, the REPLGUID
    /// of the object's replica, and its 6-byte GlobalCounter) plus a 2-byte Pad, 24 bytes.
    /// The spec gives Pad the value 0x0000; MAPI's LTID calls the same word wLevel, so Pad
    /// is kept as received and written back unchanged.
    pub struct LongTermId {
        database_guid "DatabaseGuid": Guid,
        global_counter "GlobalCounter": [u8; 6],
        pad "Pad": u16,
    }
}
list_item!(LongTermId = 24);

impl LongTermId {
    /// Size on the wire ([MS-OXCDATA] 2.2.1.3.1).
    pub const SIZE: usize = 24;

    /// A LongTermID as a sender writes it: Pad 0x0000 ([MS-OXCDATA] 2.2.1.3.1), the 48-bit
    /// `global_counter` most significant byte first (its upper 16 bits are ignored).
    pub fn new(database_guid: Guid, global_counter: u64) -> Self {
        let mut counter = [0u8; 6];
        counter.copy_from_slice(&global_counter.to_be_bytes()[2..]);
        LongTermId {
            database_guid,
            global_counter: counter,
            pad: 0,
        }
    }

    /// The LongTermID of a Folder ID or Message ID whose ReplicaId maps to `database_guid`
    /// ([MS-OXCSTOR] 3.2.5.8: REPLGUID, then the id's GlobalCounter, then Pad 0x0000).
    pub fn from_id(database_guid: Guid, id: Id8) -> Self {
        LongTermId::new(database_guid, id.global_counter())
    }

    /// The 48-bit GlobalCounter (stored most significant byte first on the wire).
    pub fn counter(&self) -> u64 {
        self.global_counter
            .iter()
            .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
    }

    /// The Folder ID or Message ID with this GlobalCounter under `replica_id`, the REPLID
    /// the server maps `database_guid` to ([MS-OXCSTOR] 3.2.5.9).
    pub fn to_id(&self, replica_id: u16) -> Id8 {
        Id8::new(replica_id, self.counter())
    }

    /// The 24 wire bytes ([MS-OXCDATA] 2.2.1.3.1).
    pub fn to_bytes(&self) -> [u8; 24] {
        let mut b = [0u8; 24];
        b[..16].copy_from_slice(&self.database_guid.0);
        b[16..22].copy_from_slice(&self.global_counter);
        b[22..].copy_from_slice(&self.pad.to_le_bytes());
        b
    }

    /// The LongTermID of 24 wire bytes ([MS-OXCDATA] 2.2.1.3.1).
    pub fn from_bytes(b: &[u8; 24]) -> Self {
        let (guid, rest) = b.split_first_chunk::<16>().unwrap_or((&[0; 16], &[]));
        let (counter, pad) = rest.split_first_chunk::<6>().unwrap_or((&[0; 6], &[]));
        let pad = pad.first_chunk::<2>().map_or(0, |p| u16::from_le_bytes(*p));
        LongTermId {
            database_guid: Guid(*guid),
            global_counter: *counter,
            pad,
        }
    }
}

/// `{DatabaseGuid}-0xGlobalCounter`, and `/Pad` when Pad is not 0x0000
/// ([MS-OXCDATA] 2.2.1.3.1).
impl fmt::Display for LongTermId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-0x{:012X}", self.database_guid, self.counter())?;
        if self.pad != 0 {
            write!(f, "/0x{:04X}", self.pad)?;
        }
        Ok(())
    }
}

macro_rules! fixed_codec {
    ($t:ident, $n:literal, |$b:ident| $from:expr, |$s:ident| $to:expr) => {
        impl<'a> Decode<'a> for $t {
            const FIXED_SIZE: Option<usize> = Some($n);
            #[inline]
            fn parse(input: &'a [u8]) -> PResult<'a, Self> {
                let (rest, $b) = take_array::<$n>(input)?;
                Ok((rest, $from))
            }
        }
        impl Encode for $t {
            #[inline]
            fn encoded_len(&self) -> usize {
                $n
            }
            #[inline]
            fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                let $s = self;
                w.put_bytes(&$to)
            }
        }
        impl LeElem for $t {
            const SIZE: usize = $n;
            #[inline]
            fn read(bytes: &[u8]) -> Option<Self> {
                bytes.first_chunk::<$n>().map(|&$b| $from)
            }
            #[inline]
            fn write(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                self.encode(w)
            }
        }
    };
}
pub(crate) use fixed_codec;

fixed_codec!(Guid, 16, |b| Guid(b), |s| s.0);
// The leaf code sets of `crate::codes` get their codecs here, above the wire layer.
code_codec!(RopId: u8, 1; ErrorCode: u32, 4);
fixed_codec!(Id8, 8, |b| Id8(u64::from_le_bytes(b)), |s| s
    .0
    .to_le_bytes());

impl DumpField for Guid {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.raw(name, self);
    }
}

impl DumpField for Id8 {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.id(name, self.0);
    }
}

impl DumpElem for Id8 {
    fn as_int(&self) -> (u64, u8) {
        (self.0, 8)
    }
    fn dump_all(items: &mut dyn Iterator<Item = Self>, _: u8, name: &str, d: &mut dyn Dumper) {
        d.ids(name, &mut items.map(|id| id.0));
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

    impl<'a> Arb<'a> for Guid {
        fn arb() -> impl Strategy<Value = Self> {
            any::<[u8; 16]>().prop_map(Guid)
        }
    }
    impl<'a> Arb<'a> for Id8 {
        fn arb() -> impl Strategy<Value = Self> {
            any::<u64>().prop_map(Id8)
        }
    }
}
