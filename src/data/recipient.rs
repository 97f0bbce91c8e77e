//! RecipientRow and RecipientFlags ([MS-OXCDATA] 2.8.3).

use crate::data::proptag::PropertyTag;
use crate::data::propvalue::Bin16;
use crate::data::row::PropertyRow;
use crate::error::{EncodeError, ErrorKind};
use crate::wire::{
    Decode, DecodeCtx, Dump, DumpField, Dumper, Encode, LeArray, PResult, Str8, Utf16Str, Writer,
    fail, le_u8, le_u16, u16_len,
};

bitflags::bitflags! {
    /// RecipientFlags ([MS-OXCDATA] 2.8.3.1), the LE u16; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct RecipientFlags: u16 {
        /// E: EmailAddress present.
        const E = 0x0008;
        /// D: DisplayName present.
        const D = 0x0010;
        /// T: TransmittableDisplayName present.
        const T = 0x0020;
        /// S: TransmittableDisplayName is the same as DisplayName.
        const S = 0x0040;
        /// R: the recipient is responsible for transmission.
        const R = 0x0080;
        /// N: the recipient does not support rich text (TNEF).
        const N = 0x0100;
        /// U: the strings are UTF-16LE (else 8-bit).
        const U = 0x0200;
        /// I: SimpleDisplayName present.
        const I = 0x0400;
        /// O: AddressType present (with Type NoType).
        const O = 0x8000;
        const _ = !0;
    }
}

impl RecipientFlags {
    /// The Type sub-field (low three bits): 0 NoType, 1 X500DN, 2 MsMail, 3 SMTP, 4 Fax,
    /// 5 ProfessionalOfficeSystem, 6 PersonalDistributionList1, 7 PersonalDistributionList2.
    pub fn recipient_type(self) -> u8 {
        (self.bits() & 0x0007) as u8
    }
}

/// Type value X500DN ([MS-OXCDATA] 2.8.3.1).
pub const TYPE_X500DN: u8 = 1;
/// Type value PersonalDistributionList1 ([MS-OXCDATA] 2.8.3.1).
pub const TYPE_PDL1: u8 = 6;
/// Type value PersonalDistributionList2 ([MS-OXCDATA] 2.8.3.1).
pub const TYPE_PDL2: u8 = 7;

/// A recipient string: UTF-16LE when the U flag is set, else 8-bit ([MS-OXCDATA] 2.8.3.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RecipientString<'a> {
    /// U set: NUL-terminated UTF-16LE.
    Unicode(Utf16Str<'a>),
    /// U clear: NUL-terminated 8-bit string.
    Ansi(Str8<'a>),
}

impl<'a> RecipientString<'a> {
    #[inline]
    fn parse(input: &'a [u8], unicode: bool) -> PResult<'a, Self> {
        if unicode {
            Utf16Str::parse(input).map(|(r, s)| (r, RecipientString::Unicode(s)))
        } else {
            Str8::parse(input).map(|(r, s)| (r, RecipientString::Ansi(s)))
        }
    }

    fn len(&self) -> usize {
        match self {
            RecipientString::Unicode(s) => s.encoded_len(),
            RecipientString::Ansi(s) => s.encoded_len(),
        }
    }

    fn encode(&self, unicode: bool, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match (self, unicode) {
            (RecipientString::Unicode(s), true) => s.encode(w),
            (RecipientString::Ansi(s), false) => s.encode(w),
            _ => Err(EncodeError::InvalidValue {
                field: "RecipientRow string (form differs from the U flag)",
            }),
        }
    }
}

impl DumpField for RecipientString<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        match self {
            RecipientString::Unicode(s) => d.utf16(name, s),
            RecipientString::Ansi(s) => d.text(name, s),
        }
    }
}

/// The X500DN part of a RecipientRow, present when Type is X500DN ([MS-OXCDATA] 2.8.3.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct X500Part<'a> {
    /// `AddressPrefixUsed`.
    pub address_prefix_used: u8,
    /// `DisplayType`.
    pub display_type: u8,
    /// `X500DN` (8-bit, NUL-terminated).
    pub x500_dn: Str8<'a>,
}

/// The distribution-list part, present when Type is PersonalDistributionList1/2
/// ([MS-OXCDATA] 2.8.3.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistListPart<'a> {
    /// `EntryID` (size in `EntryIdSize`, 2 bytes).
    pub entry_id: &'a [u8],
    /// `SearchKey` (size in `SearchKeySize`, 2 bytes).
    pub search_key: &'a [u8],
}

/// RecipientRow ([MS-OXCDATA] 2.8.3.2). Each optional part is present exactly when the
/// flag the spec names says so; encoding checks that parts and flags agree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecipientRow<'a> {
    /// `RecipientFlags`.
    pub flags: RecipientFlags,
    /// `AddressPrefixUsed`, `DisplayType`, `X500DN` (Type = X500DN).
    pub x500: Option<X500Part<'a>>,
    /// `EntryIdSize`, `EntryID`, `SearchKeySize`, `SearchKey` (Type = PersonalDistributionList1/2).
    pub dist_list: Option<DistListPart<'a>>,
    /// `AddressType` (Type = NoType and O set).
    pub address_type: Option<Str8<'a>>,
    /// `EmailAddress` (E set).
    pub email_address: Option<RecipientString<'a>>,
    /// `DisplayName` (D set).
    pub display_name: Option<RecipientString<'a>>,
    /// `SimpleDisplayName` (I set).
    pub simple_display_name: Option<RecipientString<'a>>,
    /// `TransmittableDisplayName` (T set).
    pub transmittable_display_name: Option<RecipientString<'a>>,
    /// `RecipientColumnCount` and `RecipientProperties`: the row over the first
    /// RecipientColumnCount recipient columns.
    pub properties: PropertyRow<'a>,
}

impl<'a> RecipientRow<'a> {
    fn wants_address_type(flags: RecipientFlags) -> bool {
        flags.recipient_type() == 0 && flags.contains(RecipientFlags::O)
    }

    fn wants_dist_list(flags: RecipientFlags) -> bool {
        matches!(flags.recipient_type(), TYPE_PDL1 | TYPE_PDL2)
    }
}

/// Decoded with the recipient columns of the enclosing ROP (RecipientColumns).
impl<'a> DecodeCtx<'a, LeArray<'a, PropertyTag>> for RecipientRow<'a> {
    #[inline]
    fn parse_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> PResult<'a, Self> {
        let (i, bits) = le_u16(input)?;
        let flags = RecipientFlags::from_bits_retain(bits);
        let u = flags.contains(RecipientFlags::U);
        let (i, x500) = if flags.recipient_type() == TYPE_X500DN {
            let (i, address_prefix_used) = le_u8(i)?;
            let (i, display_type) = le_u8(i)?;
            let (i, x500_dn) = Str8::parse(i)?;
            (
                i,
                Some(X500Part {
                    address_prefix_used,
                    display_type,
                    x500_dn,
                }),
            )
        } else {
            (i, None)
        };
        let (i, dist_list) = if RecipientRow::wants_dist_list(flags) {
            let (i, entry_id) = Bin16::parse(i)?;
            let (i, search_key) = Bin16::parse(i)?;
            (
                i,
                Some(DistListPart {
                    entry_id: entry_id.0,
                    search_key: search_key.0,
                }),
            )
        } else {
            (i, None)
        };
        let (i, address_type) = if RecipientRow::wants_address_type(flags) {
            Str8::parse(i).map(|(r, s)| (r, Some(s)))?
        } else {
            (i, None)
        };
        let opt = |i: &'a [u8], f: RecipientFlags| -> PResult<'a, Option<RecipientString<'a>>> {
            if flags.contains(f) {
                RecipientString::parse(i, u).map(|(r, s)| (r, Some(s)))
            } else {
                Ok((i, None))
            }
        };
        let (i, email_address) = opt(i, RecipientFlags::E)?;
        let (i, display_name) = opt(i, RecipientFlags::D)?;
        let (i, simple_display_name) = opt(i, RecipientFlags::I)?;
        let (i, transmittable_display_name) = opt(i, RecipientFlags::T)?;
        let (after_count, count) = le_u16(i)?;
        if usize::from(count) > columns.len() {
            return fail(
                i,
                ErrorKind::CountTooLarge {
                    field: "RecipientColumnCount",
                },
            );
        }
        let (i, properties) =
            PropertyRow::decode_with(after_count, columns.prefix(usize::from(count)))?;
        Ok((
            i,
            RecipientRow {
                flags,
                x500,
                dist_list,
                address_type,
                email_address,
                display_name,
                simple_display_name,
                transmittable_display_name,
                properties,
            },
        ))
    }

    /// The bytes after the row, walked without building it; `None` where `parse_ctx`
    /// would fail.
    #[inline]
    fn skip_ctx(input: &'a [u8], columns: LeArray<'a, PropertyTag>) -> Option<&'a [u8]> {
        let (bits, mut i) = input.split_first_chunk::<2>()?;
        let flags = RecipientFlags::from_bits_retain(u16::from_le_bytes(*bits));
        let u = flags.contains(RecipientFlags::U);
        if flags.recipient_type() == TYPE_X500DN {
            i = Str8::skip(i.get(2..)?)?;
        }
        if RecipientRow::wants_dist_list(flags) {
            i = Bin16::skip(Bin16::skip(i)?)?;
        }
        if RecipientRow::wants_address_type(flags) {
            i = Str8::skip(i)?;
        }
        for f in [
            RecipientFlags::E,
            RecipientFlags::D,
            RecipientFlags::I,
            RecipientFlags::T,
        ] {
            if flags.contains(f) {
                i = if u {
                    Utf16Str::skip(i)?
                } else {
                    Str8::skip(i)?
                };
            }
        }
        let (count, after_count) = i.split_first_chunk::<2>()?;
        let count = usize::from(u16::from_le_bytes(*count));
        if count > columns.len() {
            return None;
        }
        PropertyRow::skip_with(after_count, columns.prefix(count))
    }
}

fn check(ok: bool, field: &'static str) -> Result<(), EncodeError> {
    if ok {
        Ok(())
    } else {
        Err(EncodeError::InvalidValue { field })
    }
}

impl Encode for RecipientRow<'_> {
    fn encoded_len(&self) -> usize {
        let s = |o: &Option<RecipientString<'_>>| o.as_ref().map_or(0, RecipientString::len);
        2 + self
            .x500
            .as_ref()
            .map_or(0, |x| 2 + x.x500_dn.encoded_len())
            + self
                .dist_list
                .as_ref()
                .map_or(0, |d| 4 + d.entry_id.len() + d.search_key.len())
            + self.address_type.as_ref().map_or(0, Str8::encoded_len)
            + s(&self.email_address)
            + s(&self.display_name)
            + s(&self.simple_display_name)
            + s(&self.transmittable_display_name)
            + 2
            + self.properties.encoded_len()
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        let f = self.flags;
        let u = f.contains(RecipientFlags::U);
        check(
            self.x500.is_some() == (f.recipient_type() == TYPE_X500DN),
            "X500DN (presence differs from Type)",
        )?;
        check(
            self.dist_list.is_some() == RecipientRow::wants_dist_list(f),
            "EntryID (presence differs from Type)",
        )?;
        check(
            self.address_type.is_some() == RecipientRow::wants_address_type(f),
            "AddressType (presence differs from O)",
        )?;
        check(
            self.email_address.is_some() == f.contains(RecipientFlags::E),
            "EmailAddress (presence differs from E)",
        )?;
        check(
            self.display_name.is_some() == f.contains(RecipientFlags::D),
            "DisplayName (presence differs from D)",
        )?;
        check(
            self.simple_display_name.is_some() == f.contains(RecipientFlags::I),
            "SimpleDisplayName (presence differs from I)",
        )?;
        check(
            self.transmittable_display_name.is_some() == f.contains(RecipientFlags::T),
            "TransmittableDisplayName (presence differs from T)",
        )?;
        w.put_u16(f.bits())?;
        if let Some(x) = &self.x500 {
            w.put_u8(x.address_prefix_used)?;
            w.put_u8(x.display_type)?;
            x.x500_dn.encode(w)?;
        }
        if let Some(d) = &self.dist_list {
            Bin16(d.entry_id).encode(w)?;
            Bin16(d.search_key).encode(w)?;
        }
        if let Some(a) = &self.address_type {
            a.encode(w)?;
        }
        for s in [
            &self.email_address,
            &self.display_name,
            &self.simple_display_name,
            &self.transmittable_display_name,
        ]
        .into_iter()
        .flatten()
        {
            s.encode(u, w)?;
        }
        w.put_u16(u16_len(
            self.properties.columns().len(),
            "RecipientColumnCount",
        )?)?;
        self.properties.encode(w)
    }
}

impl Dump for RecipientRow<'_> {
    fn dump(&self, d: &mut dyn Dumper) {
        self.flags.bits().dump_field("RecipientFlags", d);
        if let Some(x) = &self.x500 {
            x.address_prefix_used.dump_field("AddressPrefixUsed", d);
            x.display_type.dump_field("DisplayType", d);
            x.x500_dn.dump_field("X500DN", d);
        }
        if let Some(l) = &self.dist_list {
            (l.entry_id.len() as u16).dump_field("EntryIdSize", d);
            l.entry_id.dump_field("EntryID", d);
            (l.search_key.len() as u16).dump_field("SearchKeySize", d);
            l.search_key.dump_field("SearchKey", d);
        }
        self.address_type.dump_field("AddressType", d);
        self.email_address.dump_field("EmailAddress", d);
        self.display_name.dump_field("DisplayName", d);
        self.simple_display_name.dump_field("SimpleDisplayName", d);
        self.transmittable_display_name
            .dump_field("TransmittableDisplayName", d);
        (self.properties.columns().len() as u16).dump_field("RecipientColumnCount", d);
        self.properties.dump_field("RecipientProperties", d);
    }
}

#[cfg(feature = "proptest")]
pub mod arb {
    //! Strategies for recipient rows, generated with their recipient columns.
    use super::*;
    use crate::arbitrary::Arb;
    use proptest::prelude::*;

    fn string(unicode: bool) -> BoxedStrategy<RecipientString<'static>> {
        if unicode {
            Utf16Str::arb().prop_map(RecipientString::Unicode).boxed()
        } else {
            Str8::arb().prop_map(RecipientString::Ansi).boxed()
        }
    }

    /// A recipient row whose parts agree with its flags, with properties from `props`.
    pub fn recipient_row(
        props: impl Strategy<Value = PropertyRow<'static>> + Clone + 'static,
    ) -> impl Strategy<Value = RecipientRow<'static>> {
        any::<u16>().prop_flat_map(move |bits| {
            let flags = RecipientFlags::from_bits_retain(bits);
            let u = flags.contains(RecipientFlags::U);
            let opt = move |f: RecipientFlags| {
                let s = string(u);
                if flags.contains(f) {
                    s.prop_map(Some).boxed()
                } else {
                    Just(None).boxed()
                }
            };
            (
                (any::<u8>(), any::<u8>(), Str8::arb()),
                (<&[u8]>::arb(), <&[u8]>::arb()),
                Str8::arb(),
                opt(RecipientFlags::E),
                opt(RecipientFlags::D),
                opt(RecipientFlags::I),
                opt(RecipientFlags::T),
                props.clone(),
            )
                .prop_map(move |(x, dl, at, e, dn, sdn, tdn, properties)| {
                    RecipientRow {
                        flags,
                        x500: (flags.recipient_type() == TYPE_X500DN).then_some(X500Part {
                            address_prefix_used: x.0,
                            display_type: x.1,
                            x500_dn: x.2,
                        }),
                        dist_list: RecipientRow::wants_dist_list(flags).then_some(DistListPart {
                            entry_id: dl.0,
                            search_key: dl.1,
                        }),
                        address_type: RecipientRow::wants_address_type(flags).then_some(at),
                        email_address: e,
                        display_name: dn,
                        simple_display_name: sdn,
                        transmittable_display_name: tdn,
                        properties,
                    }
                })
        })
    }
}
