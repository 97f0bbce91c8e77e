//! Property tags and property types ([MS-OXCDATA] 2.9, 2.11.1).

use core::fmt;

use crate::data::ids::fixed_codec;
use crate::error::EncodeError;
use crate::wire::{
    Decode, DumpElem, DumpField, Dumper, Encode, LeElem, PResult, Writer, take_array,
};

code_set! {
    /// A property data type code ([MS-OXCDATA] 2.11.1); an open set, unknown codes kept.
    pub struct PropertyType(u16);
    /// `PtypUnspecified` ([MS-OXCDATA] 2.11.1).
    PtypUnspecified = 0x0000;
    /// `PtypNull` ([MS-OXCDATA] 2.11.1).
    PtypNull = 0x0001;
    /// `PtypInteger16` ([MS-OXCDATA] 2.11.1).
    PtypInteger16 = 0x0002;
    /// `PtypInteger32` ([MS-OXCDATA] 2.11.1).
    PtypInteger32 = 0x0003;
    /// `PtypFloating32` ([MS-OXCDATA] 2.11.1).
    PtypFloating32 = 0x0004;
    /// `PtypFloating64` ([MS-OXCDATA] 2.11.1).
    PtypFloating64 = 0x0005;
    /// `PtypCurrency` ([MS-OXCDATA] 2.11.1).
    PtypCurrency = 0x0006;
    /// `PtypFloatingTime` ([MS-OXCDATA] 2.11.1).
    PtypFloatingTime = 0x0007;
    /// `PtypErrorCode` ([MS-OXCDATA] 2.11.1).
    PtypErrorCode = 0x000A;
    /// `PtypBoolean` ([MS-OXCDATA] 2.11.1).
    PtypBoolean = 0x000B;
    /// `PtypObject` ([MS-OXCDATA] 2.11.1).
    PtypObject = 0x000D;
    /// `PtypInteger64` ([MS-OXCDATA] 2.11.1).
    PtypInteger64 = 0x0014;
    /// `PtypString8` ([MS-OXCDATA] 2.11.1).
    PtypString8 = 0x001E;
    /// `PtypString` ([MS-OXCDATA] 2.11.1).
    PtypString = 0x001F;
    /// `PtypTime` ([MS-OXCDATA] 2.11.1).
    PtypTime = 0x0040;
    /// `PtypGuid` ([MS-OXCDATA] 2.11.1).
    PtypGuid = 0x0048;
    /// `PtypServerId` ([MS-OXCDATA] 2.11.1).
    PtypServerId = 0x00FB;
    /// `PtypRestriction` ([MS-OXCDATA] 2.11.1).
    PtypRestriction = 0x00FD;
    /// `PtypRuleAction` ([MS-OXCDATA] 2.11.1).
    PtypRuleAction = 0x00FE;
    /// `PtypBinary` ([MS-OXCDATA] 2.11.1).
    PtypBinary = 0x0102;
    /// `PtypMultipleInteger16` ([MS-OXCDATA] 2.11.1).
    PtypMultipleInteger16 = 0x1002;
    /// `PtypMultipleInteger32` ([MS-OXCDATA] 2.11.1).
    PtypMultipleInteger32 = 0x1003;
    /// `PtypMultipleFloating32` ([MS-OXCDATA] 2.11.1).
    PtypMultipleFloating32 = 0x1004;
    /// `PtypMultipleFloating64` ([MS-OXCDATA] 2.11.1).
    PtypMultipleFloating64 = 0x1005;
    /// `PtypMultipleCurrency` ([MS-OXCDATA] 2.11.1).
    PtypMultipleCurrency = 0x1006;
    /// `PtypMultipleFloatingTime` ([MS-OXCDATA] 2.11.1).
    PtypMultipleFloatingTime = 0x1007;
    /// `PtypMultipleInteger64` ([MS-OXCDATA] 2.11.1).
    PtypMultipleInteger64 = 0x1014;
    /// `PtypMultipleString8` ([MS-OXCDATA] 2.11.1).
    PtypMultipleString8 = 0x101E;
    /// `PtypMultipleString` ([MS-OXCDATA] 2.11.1).
    PtypMultipleString = 0x101F;
    /// `PtypMultipleTime` ([MS-OXCDATA] 2.11.1).
    PtypMultipleTime = 0x1040;
    /// `PtypMultipleGuid` ([MS-OXCDATA] 2.11.1).
    PtypMultipleGuid = 0x1048;
    /// `PtypMultipleBinary` ([MS-OXCDATA] 2.11.1).
    PtypMultipleBinary = 0x1102;
}

impl PropertyType {
    /// Multi-valued flag ([MS-OXCDATA] 2.11.1).
    pub const MV_FLAG: u16 = 0x1000;
    /// Multi-value instance flag, only in table column and sort tags ([MS-OXCDATA] 2.11.1).
    pub const MVI_FLAG: u16 = 0x2000;

    /// The type a value of this column carries in a row: the MVI flag turns a
    /// multi-valued column into single values of the base type ([MS-OXCDATA] 2.11.1).
    pub fn value_type(self) -> PropertyType {
        if self.0 & Self::MVI_FLAG != 0 {
            PropertyType(self.0 & !(Self::MVI_FLAG | Self::MV_FLAG))
        } else {
            self
        }
    }
}

/// A property tag: PropertyType:2 then PropertyId:2, i.e. the LE u32 `(id << 16) | type`
/// ([MS-OXCDATA] 2.9).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PropertyTag(pub u32);

impl PropertyTag {
    /// Builds a tag from id and type.
    pub const fn new(id: u16, ty: PropertyType) -> Self {
        PropertyTag(((id as u32) << 16) | ty.0 as u32)
    }

    /// The PropertyId.
    pub const fn id(self) -> u16 {
        (self.0 >> 16) as u16
    }

    /// The PropertyType.
    pub const fn prop_type(self) -> PropertyType {
        PropertyType(self.0 as u16)
    }
}

impl fmt::Debug for PropertyTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X}", self.0)
    }
}

fixed_codec!(
    PropertyType,
    2,
    |b| PropertyType(u16::from_le_bytes(b)),
    |s| s.0.to_le_bytes()
);
fixed_codec!(
    PropertyTag,
    4,
    |b| PropertyTag(u32::from_le_bytes(b)),
    |s| s.0.to_le_bytes()
);

impl PropertyTag {
    /// What a dissector prints after the number: the canonical name ([MS-OXPROPS]) or,
    /// for an id without one (named properties, ids the table lacks), the type's name.
    pub fn label(self) -> Option<&'static str> {
        self.name().or_else(|| self.prop_type().name())
    }
}

/// A tag's [`PropertyTag::label`], looked up only when printed.
struct TagLabel(PropertyTag);

impl fmt::Display for TagLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.label() {
            Some(label) => f.write_str(label),
            None => Ok(()),
        }
    }
}

impl DumpField for PropertyTag {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.labelled(name, u64::from(self.0), 4, &TagLabel(*self));
    }
}

impl DumpElem for PropertyTag {
    fn as_int(&self) -> (u64, u8) {
        (u64::from(self.0), 4)
    }
    fn name_of(value: u64) -> Option<&'static str> {
        u32::try_from(value)
            .ok()
            .and_then(|t| PropertyTag(t).label())
    }
}

impl DumpField for PropertyType {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        match self.name() {
            Some(label) => d.labelled(name, u64::from(self.0), 2, &label),
            None => d.int(name, u64::from(self.0), 2),
        }
    }
}

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

    impl<'a> Arb<'a> for PropertyTag {
        fn arb() -> impl Strategy<Value = Self> {
            any::<u32>().prop_map(PropertyTag)
        }
    }
    impl<'a> Arb<'a> for PropertyType {
        fn arb() -> impl Strategy<Value = Self> {
            any::<u16>().prop_map(PropertyType)
        }
    }
}
