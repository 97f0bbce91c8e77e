//! Canonical property names of [MS-OXPROPS]: a [`PropertyTag`] constant for every
//! `PidTag` property, the id-to-name lookup [`tag_name`] and the `PidLid` table of named
//! properties with [`lid_name`].
//!
//! The constants carry the data type [MS-OXPROPS] gives the property (a string property is
//! `PtypString`, 0x001F). They are always compiled; the name tables ([`TAG_NAMES`],
//! [`ALL_TAGS`], [`LID_NAMES`]) only with the feature `names` (on by default), so a build
//! without it leaves the strings out and [`tag_name`]/[`lid_name`] answer `None`.
//!
//! The generated section below comes from `spec-notes/tools/proptags.py`;
//! `spec-notes/properties.md` says where the rows come from and how shared ids are named.
#![allow(non_upper_case_globals)]

use crate::data::ids::Guid;
use crate::data::proptag::PropertyTag;

/// A named property identified by a long id: its canonical `PidLid` name, property set
/// and LID ([MS-OXPROPS] section 2; the PropertyName structure of [MS-OXCDATA] 2.6.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NamedLid {
    /// The canonical name, e.g. `PidLidAppointmentStartWhole`.
    pub name: &'static str,
    /// The property set GUID in wire byte order ([MS-OXCDATA] 2.5.1), as [`Guid`] holds it.
    pub set: [u8; 16],
    /// The long id (LID).
    pub lid: u32,
    /// The data type [MS-OXPROPS] gives the property ([MS-OXCDATA] 2.11.1).
    pub ptype: u16,
}

/// The canonical `PidTag` name of a property id, whatever the type in the tag.
///
/// Ids of 0x8000 and up are named properties whose meaning depends on the session's
/// name-to-id mapping: they get `None`, as does an id [MS-OXPROPS] does not name. Where
/// several canonical names share one id, the smallest in byte order is given (see
/// [`TAG_NAMES`]). Without the feature `names` this always returns `None`.
#[cfg(feature = "names")]
pub fn tag_name(id: u16) -> Option<&'static str> {
    if id >= 0x8000 {
        return None;
    }
    let i = TAG_NAMES.binary_search_by_key(&id, |&(k, _)| k).ok()?;
    TAG_NAMES.get(i).map(|&(_, name)| name)
}

impl PropertyTag {
    /// The canonical [MS-OXPROPS] name of the tag: by its PropertyId, and where several
    /// properties share the id, the one of its type (see [`tag_name_typed`]); `None` for
    /// named-property ids and without the feature `names`.
    pub fn name(self) -> Option<&'static str> {
        tag_name_typed(self)
    }
}

/// The property ids below 0x8000 that several canonical `PidTag` names share, sorted: only
/// for them does the tag's type pick the name (`tests/names.rs` checks the list against
/// [`ALL_TAGS`]).
pub const SHARED_IDS: [u16; 19] = [
    0x0E08, 0x0FFF, 0x1013, 0x3701, 0x3A1B, 0x3A2F, 0x3A47, 0x3A4B, 0x6620, 0x6622, 0x6623, 0x6625,
    0x6700, 0x6701, 0x6841, 0x6842, 0x6845, 0x6847, 0x6848,
];

/// The canonical `PidTag` name of a property tag: where several properties share the id
/// (the 0x68xx range is reused across object types), the one whose [MS-OXPROPS] type
/// matches the tag's (8-bit and Unicode strings alike), else [`tag_name`] of the id.
#[cfg(feature = "names")]
pub fn tag_name_typed(tag: PropertyTag) -> Option<&'static str> {
    let by_id = tag_name(tag.id())?;
    if SHARED_IDS.binary_search(&tag.id()).is_err() {
        return Some(by_id);
    }
    let unify = |t: u16| {
        if t == 0x001E {
            0x001F
        } else if t == 0x101E {
            0x101F
        } else {
            t
        }
    };
    let want = unify(tag.prop_type().0);
    let exact = ALL_TAGS
        .iter()
        .find(|(_, t)| t.id() == tag.id() && unify(t.prop_type().0) == want);
    Some(exact.map_or(by_id, |&(name, _)| name))
}

/// The canonical `PidTag` name of a property tag; without the feature `names` there is no
/// table and this always returns `None`.
#[cfg(not(feature = "names"))]
pub fn tag_name_typed(tag: PropertyTag) -> Option<&'static str> {
    let _ = tag;
    None
}

/// The canonical `PidTag` name of a property id; without the feature `names` there is no
/// table and this always returns `None`.
#[cfg(not(feature = "names"))]
pub fn tag_name(id: u16) -> Option<&'static str> {
    let _ = id;
    None
}

/// The canonical `PidLid` name of a named property given by property set (wire byte order,
/// as in [`Guid`]) and long id, or `None` if [MS-OXPROPS] (as tabulated
/// in [`LID_NAMES`]) does not name it. Without the feature `names` always `None`.
#[cfg(feature = "names")]
pub fn lid_name(set: &[u8; 16], lid: u32) -> Option<&'static str> {
    let i = LID_NAMES
        .binary_search_by(|e| (&e.set, e.lid).cmp(&(set, lid)))
        .ok()?;
    LID_NAMES.get(i).map(|e| e.name)
}

/// The canonical `PidLid` name of a named property; without the feature `names` there is
/// no table and this always returns `None`.
#[cfg(not(feature = "names"))]
pub fn lid_name(set: &[u8; 16], lid: u32) -> Option<&'static str> {
    let _ = (set, lid);
    None
}

/// A GUID from the fields of its text form `{d1-d2-d3-d4[0..2]-d4[2..8]}`, in wire byte
/// order ([MS-OXCDATA] 2.5.1: Data1..Data3 little-endian, Data4 as written).
const fn guid(d1: u32, d2: u16, d3: u16, d4: [u8; 8]) -> Guid {
    let a = d1.to_le_bytes();
    let b = d2.to_le_bytes();
    let c = d3.to_le_bytes();
    Guid([
        a[0], a[1], a[2], a[3], b[0], b[1], c[0], c[1], d4[0], d4[1], d4[2], d4[3], d4[4], d4[5],
        d4[6], d4[7],
    ])
}

// @generated begin
// Generated by spec-notes/tools/proptags.py from the client docs canonical
// property pages and the [MS-OXPROPS] rows of spec-notes/properties.md.
// Do not edit by hand: edit the notes or the script and run it again.

/// `PidTag7BitDisplayName` ([MS-OXPROPS]).
pub const PidTag7BitDisplayName: PropertyTag = PropertyTag(0x39FF_001F);
/// `PidTagAbDefaultDir` ([MS-OXPROPS]).
pub const PidTagAbDefaultDir: PropertyTag = PropertyTag(0x3D06_0102);
/// `PidTagAbDefaultPab` ([MS-OXPROPS]).
pub const PidTagAbDefaultPab: PropertyTag = PropertyTag(0x3D07_0102);
/// `PidTagAbProviderId` ([MS-OXPROPS]).
pub const PidTagAbProviderId: PropertyTag = PropertyTag(0x3615_0102);
/// `PidTagAbProviders` ([MS-OXPROPS]).
pub const PidTagAbProviders: PropertyTag = PropertyTag(0x3D01_0102);
/// `PidTagAbSearchPath` ([MS-OXPROPS]).
pub const PidTagAbSearchPath: PropertyTag = PropertyTag(0x3D05_1102);
/// `PidTagAbSearchPathUpdate` ([MS-OXPROPS]).
pub const PidTagAbSearchPathUpdate: PropertyTag = PropertyTag(0x3D11_0102);
/// `PidTagAccess` ([MS-OXPROPS]).
pub const PidTagAccess: PropertyTag = PropertyTag(0x0FF4_0003);
/// `PidTagAccessControlListTable` ([MS-OXPROPS]).
pub const PidTagAccessControlListTable: PropertyTag = PropertyTag(0x3FE0_000D);
/// `PidTagAccessLevel` ([MS-OXPROPS]).
pub const PidTagAccessLevel: PropertyTag = PropertyTag(0x0FF7_0003);
/// `PidTagAccount` ([MS-OXPROPS]).
pub const PidTagAccount: PropertyTag = PropertyTag(0x3A00_001F);
/// `PidTagAcknowledgementMode` ([MS-OXPROPS]).
pub const PidTagAcknowledgementMode: PropertyTag = PropertyTag(0x0001_0003);
/// `PidTagAdditionalRenEntryIds` ([MS-OXPROPS]).
pub const PidTagAdditionalRenEntryIds: PropertyTag = PropertyTag(0x36D8_1102);
/// `PidTagAdditionalRenEntryIdsEx` ([MS-OXPROPS]).
pub const PidTagAdditionalRenEntryIdsEx: PropertyTag = PropertyTag(0x36D9_0102);
/// `PidTagAddressBookChooseDirectoryAutomatically` ([MS-OXPROPS]).
pub const PidTagAddressBookChooseDirectoryAutomatically: PropertyTag = PropertyTag(0x3D1C_000B);
/// `PidTagAddressBookHierarchicalIsHierarchicalGroup` ([MS-OXPROPS]).
pub const PidTagAddressBookHierarchicalIsHierarchicalGroup: PropertyTag = PropertyTag(0x8CDD_000B);
/// `PidTagAddressBookHierarchicalRootDepartment` ([MS-OXPROPS]).
pub const PidTagAddressBookHierarchicalRootDepartment: PropertyTag = PropertyTag(0x8C98_001E);
/// `PidTagAddressType` ([MS-OXPROPS]).
pub const PidTagAddressType: PropertyTag = PropertyTag(0x3002_001F);
/// `PidTagAgingGranularity` ([MS-OXPROPS]).
pub const PidTagAgingGranularity: PropertyTag = PropertyTag(0x36EE_0003);
/// `PidTagAgingPeriod` ([MS-OXPROPS]).
pub const PidTagAgingPeriod: PropertyTag = PropertyTag(0x36EC_0003);
/// `PidTagAlternateRecipient` ([MS-OXPROPS]).
pub const PidTagAlternateRecipient: PropertyTag = PropertyTag(0x3A01_0102);
/// `PidTagAlternateRecipientAllowed` ([MS-OXPROPS]).
pub const PidTagAlternateRecipientAllowed: PropertyTag = PropertyTag(0x0002_000B);
/// `PidTagAnr` ([MS-OXPROPS]).
pub const PidTagAnr: PropertyTag = PropertyTag(0x360C_001F);
/// `PidTagAssistant` ([MS-OXPROPS]).
pub const PidTagAssistant: PropertyTag = PropertyTag(0x3A30_001F);
/// `PidTagAssistantTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagAssistantTelephoneNumber: PropertyTag = PropertyTag(0x3A2E_001F);
/// `PidTagAssociatedContentCount` ([MS-OXPROPS]).
pub const PidTagAssociatedContentCount: PropertyTag = PropertyTag(0x3617_0003);
/// `PidTagAssociatedSharingProvider` ([MS-OXPROPS]).
pub const PidTagAssociatedSharingProvider: PropertyTag = PropertyTag(0x0EA0_0048);
/// `PidTagAttachAdditionalInformation` ([MS-OXPROPS]).
pub const PidTagAttachAdditionalInformation: PropertyTag = PropertyTag(0x370F_0102);
/// `PidTagAttachContentBase` ([MS-OXPROPS]).
pub const PidTagAttachContentBase: PropertyTag = PropertyTag(0x3711_001F);
/// `PidTagAttachContentId` ([MS-OXPROPS]).
pub const PidTagAttachContentId: PropertyTag = PropertyTag(0x3712_001F);
/// `PidTagAttachContentLocation` ([MS-OXPROPS]).
pub const PidTagAttachContentLocation: PropertyTag = PropertyTag(0x3713_001F);
/// `PidTagAttachDataBinary` ([MS-OXPROPS]).
pub const PidTagAttachDataBinary: PropertyTag = PropertyTag(0x3701_0102);
/// `PidTagAttachDataObject` ([MS-OXPROPS] 2.590).
pub const PidTagAttachDataObject: PropertyTag = PropertyTag(0x3701_000D);
/// `PidTagAttachEncoding` ([MS-OXPROPS]).
pub const PidTagAttachEncoding: PropertyTag = PropertyTag(0x3702_0102);
/// `PidTagAttachExtension` ([MS-OXPROPS]).
pub const PidTagAttachExtension: PropertyTag = PropertyTag(0x3703_001F);
/// `PidTagAttachFilename` ([MS-OXPROPS]).
pub const PidTagAttachFilename: PropertyTag = PropertyTag(0x3704_001F);
/// `PidTagAttachFlags` ([MS-OXPROPS]).
pub const PidTagAttachFlags: PropertyTag = PropertyTag(0x3714_0003);
/// `PidTagAttachLongFilename` ([MS-OXPROPS]).
pub const PidTagAttachLongFilename: PropertyTag = PropertyTag(0x3707_001F);
/// `PidTagAttachLongPathname` ([MS-OXPROPS]).
pub const PidTagAttachLongPathname: PropertyTag = PropertyTag(0x370D_001F);
/// `PidTagAttachMethod` ([MS-OXPROPS]).
pub const PidTagAttachMethod: PropertyTag = PropertyTag(0x3705_0003);
/// `PidTagAttachMimeSequence` ([MS-OXPROPS]).
pub const PidTagAttachMimeSequence: PropertyTag = PropertyTag(0x3710_0003);
/// `PidTagAttachMimeTag` ([MS-OXPROPS]).
pub const PidTagAttachMimeTag: PropertyTag = PropertyTag(0x370E_001F);
/// `PidTagAttachNumber` ([MS-OXPROPS]).
pub const PidTagAttachNumber: PropertyTag = PropertyTag(0x0E21_0003);
/// `PidTagAttachPathname` ([MS-OXPROPS]).
pub const PidTagAttachPathname: PropertyTag = PropertyTag(0x3708_001F);
/// `PidTagAttachPayloadClass` ([MS-OXPROPS]).
pub const PidTagAttachPayloadClass: PropertyTag = PropertyTag(0x371A_001F);
/// `PidTagAttachPayloadProviderGuidString` ([MS-OXPROPS]).
pub const PidTagAttachPayloadProviderGuidString: PropertyTag = PropertyTag(0x3719_001F);
/// `PidTagAttachRendering` ([MS-OXPROPS]).
pub const PidTagAttachRendering: PropertyTag = PropertyTag(0x3709_0102);
/// `PidTagAttachSize` ([MS-OXPROPS]).
pub const PidTagAttachSize: PropertyTag = PropertyTag(0x0E20_0003);
/// `PidTagAttachTag` ([MS-OXPROPS]).
pub const PidTagAttachTag: PropertyTag = PropertyTag(0x370A_0102);
/// `PidTagAttachTransportName` ([MS-OXPROPS]).
pub const PidTagAttachTransportName: PropertyTag = PropertyTag(0x370C_001F);
/// `PidTagAttachmentContactPhoto` ([MS-OXPROPS]).
pub const PidTagAttachmentContactPhoto: PropertyTag = PropertyTag(0x7FFF_000B);
/// `PidTagAttachmentFlags` ([MS-OXPROPS]).
pub const PidTagAttachmentFlags: PropertyTag = PropertyTag(0x7FFD_0003);
/// `PidTagAttachmentHidden` ([MS-OXPROPS]).
pub const PidTagAttachmentHidden: PropertyTag = PropertyTag(0x7FFE_000B);
/// `PidTagAttachmentLinkId` ([MS-OXPROPS]).
pub const PidTagAttachmentLinkId: PropertyTag = PropertyTag(0x7FFA_0003);
/// `PidTagAttributeHidden` ([MS-OXPROPS] 2.611).
pub const PidTagAttributeHidden: PropertyTag = PropertyTag(0x10F4_000B);
/// `PidTagAuthorizingUsers` ([MS-OXPROPS]).
pub const PidTagAuthorizingUsers: PropertyTag = PropertyTag(0x0003_0102);
/// `PidTagAutoConfigurationUserEmail` ([MS-OXPROPS]).
pub const PidTagAutoConfigurationUserEmail: PropertyTag = PropertyTag(0x67FD_001F);
/// `PidTagAutoConfigurationUserName` ([MS-OXPROPS]).
pub const PidTagAutoConfigurationUserName: PropertyTag = PropertyTag(0x67FE_001F);
/// `PidTagAutoConfigurationUserPassword` ([MS-OXPROPS]).
pub const PidTagAutoConfigurationUserPassword: PropertyTag = PropertyTag(0x67FC_001F);
/// `PidTagAutoForwardComment` ([MS-OXPROPS]).
pub const PidTagAutoForwardComment: PropertyTag = PropertyTag(0x0004_001F);
/// `PidTagAutoForwarded` ([MS-OXPROPS]).
pub const PidTagAutoForwarded: PropertyTag = PropertyTag(0x0005_000B);
/// `PidTagBirthday` ([MS-OXPROPS]).
pub const PidTagBirthday: PropertyTag = PropertyTag(0x3A42_0040);
/// `PidTagBody` ([MS-OXPROPS]).
pub const PidTagBody: PropertyTag = PropertyTag(0x1000_001F);
/// `PidTagBodyContentLocation` ([MS-OXPROPS]).
pub const PidTagBodyContentLocation: PropertyTag = PropertyTag(0x1014_001F);
/// `PidTagBodyCrc` ([MS-OXPROPS]).
pub const PidTagBodyCrc: PropertyTag = PropertyTag(0x0E1C_0003);
/// `PidTagBodyHtml` ([MS-OXPROPS]).
pub const PidTagBodyHtml: PropertyTag = PropertyTag(0x1013_001F);
/// `PidTagBusiness2TelephoneNumber` ([MS-OXPROPS]).
pub const PidTagBusiness2TelephoneNumber: PropertyTag = PropertyTag(0x3A1B_001F);
/// `PidTagBusiness2TelephoneNumbers` ([MS-OXPROPS]).
pub const PidTagBusiness2TelephoneNumbers: PropertyTag = PropertyTag(0x3A1B_101E);
/// `PidTagBusinessFaxNumber` ([MS-OXPROPS]).
pub const PidTagBusinessFaxNumber: PropertyTag = PropertyTag(0x3A24_001F);
/// `PidTagBusinessHomePage` ([MS-OXPROPS]).
pub const PidTagBusinessHomePage: PropertyTag = PropertyTag(0x3A51_001F);
/// `PidTagBusinessTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagBusinessTelephoneNumber: PropertyTag = PropertyTag(0x3A08_001F);
/// `PidTagCallbackTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagCallbackTelephoneNumber: PropertyTag = PropertyTag(0x3A02_001F);
/// `PidTagCarTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagCarTelephoneNumber: PropertyTag = PropertyTag(0x3A1E_001F);
/// `PidTagChangeKey` ([MS-OXPROPS] 2.631).
pub const PidTagChangeKey: PropertyTag = PropertyTag(0x65E2_0102);
/// `PidTagChangeNumber` ([MS-OXPROPS] 2.632).
pub const PidTagChangeNumber: PropertyTag = PropertyTag(0x67A4_0014);
/// `PidTagChildrensNames` ([MS-OXPROPS]).
pub const PidTagChildrensNames: PropertyTag = PropertyTag(0x3A58_101F);
/// `PidTagClientSubmitTime` ([MS-OXPROPS]).
pub const PidTagClientSubmitTime: PropertyTag = PropertyTag(0x0039_0040);
/// `PidTagComment` ([MS-OXPROPS]).
pub const PidTagComment: PropertyTag = PropertyTag(0x3004_001F);
/// `PidTagCommonViewsEntryId` ([MS-OXPROPS]).
pub const PidTagCommonViewsEntryId: PropertyTag = PropertyTag(0x35E6_0102);
/// `PidTagCompanyMainTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagCompanyMainTelephoneNumber: PropertyTag = PropertyTag(0x3A57_001F);
/// `PidTagCompanyName` ([MS-OXPROPS]).
pub const PidTagCompanyName: PropertyTag = PropertyTag(0x3A16_001F);
/// `PidTagComputerNetworkName` ([MS-OXPROPS]).
pub const PidTagComputerNetworkName: PropertyTag = PropertyTag(0x3A49_001F);
/// `PidTagConflictEntryId` ([MS-OXPROPS]).
pub const PidTagConflictEntryId: PropertyTag = PropertyTag(0x3FF0_0102);
/// `PidTagConflictItems` ([MS-OXPROPS]).
pub const PidTagConflictItems: PropertyTag = PropertyTag(0x1098_1102);
/// `PidTagContactAddressBookDisplayNames` ([MS-OXPROPS]).
pub const PidTagContactAddressBookDisplayNames: PropertyTag = PropertyTag(0x6624_101F);
/// `PidTagContactAddressBookFolderEntryId` ([MS-OXPROPS]).
pub const PidTagContactAddressBookFolderEntryId: PropertyTag = PropertyTag(0x6610_0102);
/// `PidTagContactAddressBookFolderEntryIds` ([MS-OXPROPS]).
pub const PidTagContactAddressBookFolderEntryIds: PropertyTag = PropertyTag(0x6620_1102);
/// `PidTagContactAddressBookFolderName` ([MS-OXPROPS]).
pub const PidTagContactAddressBookFolderName: PropertyTag = PropertyTag(0x6613_001F);
/// `PidTagContactAddressBookFolderNames` ([MS-OXPROPS]).
pub const PidTagContactAddressBookFolderNames: PropertyTag = PropertyTag(0x6623_101F);
/// `PidTagContactAddressBookMultipleAddressFlag` ([MS-OXPROPS]).
pub const PidTagContactAddressBookMultipleAddressFlag: PropertyTag = PropertyTag(0x6614_000B);
/// `PidTagContactAddressBookMultipleAddressFlags` ([MS-OXPROPS]).
pub const PidTagContactAddressBookMultipleAddressFlags: PropertyTag = PropertyTag(0x6625_1003);
/// `PidTagContactAddressBookSortFlag` ([MS-OXPROPS]).
pub const PidTagContactAddressBookSortFlag: PropertyTag = PropertyTag(0x6602_000B);
/// `PidTagContactAddressBookStoreEntryIds` ([MS-OXPROPS]).
pub const PidTagContactAddressBookStoreEntryIds: PropertyTag = PropertyTag(0x6626_1102);
/// `PidTagContactAddressBookStoreName` ([MS-OXPROPS]).
pub const PidTagContactAddressBookStoreName: PropertyTag = PropertyTag(0x6612_001F);
/// `PidTagContactAddressBookStoreNames` ([MS-OXPROPS]).
pub const PidTagContactAddressBookStoreNames: PropertyTag = PropertyTag(0x6622_101F);
/// `PidTagContactAddressBookStoreSupportMask` ([MS-OXPROPS]).
pub const PidTagContactAddressBookStoreSupportMask: PropertyTag = PropertyTag(0x6611_0003);
/// `PidTagContactAddressBookStoreSupportMasks` ([MS-OXPROPS]).
pub const PidTagContactAddressBookStoreSupportMasks: PropertyTag = PropertyTag(0x6621_1003);
/// `PidTagContactAddressBookUid` ([MS-OXPROPS]).
pub const PidTagContactAddressBookUid: PropertyTag = PropertyTag(0x6601_0102);
/// `PidTagContactAddressTypes` ([MS-OXPROPS]).
pub const PidTagContactAddressTypes: PropertyTag = PropertyTag(0x3A54_101F);
/// `PidTagContactVersion` ([MS-OXPROPS]).
pub const PidTagContactVersion: PropertyTag = PropertyTag(0x3A52_0048);
/// `PidTagContainerClass` ([MS-OXPROPS]).
pub const PidTagContainerClass: PropertyTag = PropertyTag(0x3613_001F);
/// `PidTagContainerContents` ([MS-OXPROPS]).
pub const PidTagContainerContents: PropertyTag = PropertyTag(0x360F_000D);
/// `PidTagContainerFlags` ([MS-OXPROPS]).
pub const PidTagContainerFlags: PropertyTag = PropertyTag(0x3600_0003);
/// `PidTagContainerHierarchy` ([MS-OXPROPS]).
pub const PidTagContainerHierarchy: PropertyTag = PropertyTag(0x360E_000D);
/// `PidTagContentConfidentialityAlgorithmId` ([MS-OXPROPS]).
pub const PidTagContentConfidentialityAlgorithmId: PropertyTag = PropertyTag(0x0006_0102);
/// `PidTagContentCorrelator` ([MS-OXPROPS]).
pub const PidTagContentCorrelator: PropertyTag = PropertyTag(0x0007_0102);
/// `PidTagContentCount` ([MS-OXPROPS]).
pub const PidTagContentCount: PropertyTag = PropertyTag(0x3602_0003);
/// `PidTagContentIdentifier` ([MS-OXPROPS]).
pub const PidTagContentIdentifier: PropertyTag = PropertyTag(0x0008_001F);
/// `PidTagContentIntegrityCheck` ([MS-OXPROPS]).
pub const PidTagContentIntegrityCheck: PropertyTag = PropertyTag(0x0C00_0102);
/// `PidTagContentLength` ([MS-OXPROPS]).
pub const PidTagContentLength: PropertyTag = PropertyTag(0x0009_0003);
/// `PidTagContentReturnRequested` ([MS-OXPROPS]).
pub const PidTagContentReturnRequested: PropertyTag = PropertyTag(0x000A_000B);
/// `PidTagContentUnreadCount` ([MS-OXPROPS]).
pub const PidTagContentUnreadCount: PropertyTag = PropertyTag(0x3603_0003);
/// `PidTagControlFlags` ([MS-OXPROPS]).
pub const PidTagControlFlags: PropertyTag = PropertyTag(0x3F00_0003);
/// `PidTagControlId` ([MS-OXPROPS]).
pub const PidTagControlId: PropertyTag = PropertyTag(0x3F07_0102);
/// `PidTagControlStructure` ([MS-OXPROPS]).
pub const PidTagControlStructure: PropertyTag = PropertyTag(0x3F01_0102);
/// `PidTagControlType` ([MS-OXPROPS]).
pub const PidTagControlType: PropertyTag = PropertyTag(0x3F02_0003);
/// `PidTagConversationIndex` ([MS-OXPROPS]).
pub const PidTagConversationIndex: PropertyTag = PropertyTag(0x0071_0102);
/// `PidTagConversationKey` ([MS-OXPROPS]).
pub const PidTagConversationKey: PropertyTag = PropertyTag(0x000B_0102);
/// `PidTagConversationTopic` ([MS-OXPROPS]).
pub const PidTagConversationTopic: PropertyTag = PropertyTag(0x0070_001F);
/// `PidTagConversionEits` ([MS-OXPROPS]).
pub const PidTagConversionEits: PropertyTag = PropertyTag(0x000C_0102);
/// `PidTagConversionProhibited` ([MS-OXPROPS]).
pub const PidTagConversionProhibited: PropertyTag = PropertyTag(0x3A03_000B);
/// `PidTagConversionWithLossProhibited` ([MS-OXPROPS]).
pub const PidTagConversionWithLossProhibited: PropertyTag = PropertyTag(0x000D_000B);
/// `PidTagConvertedEits` ([MS-OXPROPS]).
pub const PidTagConvertedEits: PropertyTag = PropertyTag(0x000E_0102);
/// `PidTagCorrelate` ([MS-OXPROPS]).
pub const PidTagCorrelate: PropertyTag = PropertyTag(0x0E0C_000B);
/// `PidTagCorrelateMtsid` ([MS-OXPROPS]).
pub const PidTagCorrelateMtsid: PropertyTag = PropertyTag(0x0E0D_0102);
/// `PidTagCountry` ([MS-OXPROPS]).
pub const PidTagCountry: PropertyTag = PropertyTag(0x3A26_001F);
/// `PidTagCreateTemplates` ([MS-OXPROPS]).
pub const PidTagCreateTemplates: PropertyTag = PropertyTag(0x3604_000D);
/// `PidTagCreationTime` ([MS-OXPROPS]).
pub const PidTagCreationTime: PropertyTag = PropertyTag(0x3007_0040);
/// `PidTagCustomerId` ([MS-OXPROPS]).
pub const PidTagCustomerId: PropertyTag = PropertyTag(0x3A4A_001F);
/// `PidTagDefCreateDl` ([MS-OXPROPS]).
pub const PidTagDefCreateDl: PropertyTag = PropertyTag(0x3611_0102);
/// `PidTagDefCreateMailuser` ([MS-OXPROPS]).
pub const PidTagDefCreateMailuser: PropertyTag = PropertyTag(0x3612_0102);
/// `PidTagDefaultPostMessageClass` ([MS-OXPROPS]).
pub const PidTagDefaultPostMessageClass: PropertyTag = PropertyTag(0x36E5_001E);
/// `PidTagDefaultProfile` ([MS-OXPROPS]).
pub const PidTagDefaultProfile: PropertyTag = PropertyTag(0x3D04_000B);
/// `PidTagDefaultStore` ([MS-OXPROPS]).
pub const PidTagDefaultStore: PropertyTag = PropertyTag(0x3400_000B);
/// `PidTagDefaultViewEntryId` ([MS-OXPROPS]).
pub const PidTagDefaultViewEntryId: PropertyTag = PropertyTag(0x3616_0102);
/// `PidTagDeferredDeliveryTime` ([MS-OXPROPS]).
pub const PidTagDeferredDeliveryTime: PropertyTag = PropertyTag(0x000F_0040);
/// `PidTagDeferredSendNumber` ([MS-OXPROPS]).
pub const PidTagDeferredSendNumber: PropertyTag = PropertyTag(0x3FEB_0003);
/// `PidTagDeferredSendTime` ([MS-OXPROPS]).
pub const PidTagDeferredSendTime: PropertyTag = PropertyTag(0x3FEF_0040);
/// `PidTagDeferredSendUnits` ([MS-OXPROPS]).
pub const PidTagDeferredSendUnits: PropertyTag = PropertyTag(0x3FEC_0003);
/// `PidTagDelegateFlags` ([MS-OXPROPS]).
pub const PidTagDelegateFlags: PropertyTag = PropertyTag(0x686B_1003);
/// `PidTagDelegatedByRule` ([MS-OXPROPS]).
pub const PidTagDelegatedByRule: PropertyTag = PropertyTag(0x3FE3_000B);
/// `PidTagDeleteAfterSubmit` ([MS-OXPROPS]).
pub const PidTagDeleteAfterSubmit: PropertyTag = PropertyTag(0x0E01_000B);
/// `PidTagDeliverTime` ([MS-OXPROPS]).
pub const PidTagDeliverTime: PropertyTag = PropertyTag(0x0010_0040);
/// `PidTagDeliveryPoint` ([MS-OXPROPS]).
pub const PidTagDeliveryPoint: PropertyTag = PropertyTag(0x0C07_0003);
/// `PidTagDeltaX` ([MS-OXPROPS]).
pub const PidTagDeltaX: PropertyTag = PropertyTag(0x3F03_0003);
/// `PidTagDeltaY` ([MS-OXPROPS]).
pub const PidTagDeltaY: PropertyTag = PropertyTag(0x3F04_0003);
/// `PidTagDepartmentName` ([MS-OXPROPS]).
pub const PidTagDepartmentName: PropertyTag = PropertyTag(0x3A18_001F);
/// `PidTagDepth` ([MS-OXPROPS]).
pub const PidTagDepth: PropertyTag = PropertyTag(0x3005_0003);
/// `PidTagDetailsTable` ([MS-OXPROPS]).
pub const PidTagDetailsTable: PropertyTag = PropertyTag(0x3605_000D);
/// `PidTagDiscardReason` ([MS-OXPROPS]).
pub const PidTagDiscardReason: PropertyTag = PropertyTag(0x0011_0003);
/// `PidTagDisclosureOfRecipients` ([MS-OXPROPS]).
pub const PidTagDisclosureOfRecipients: PropertyTag = PropertyTag(0x0012_000B);
/// `PidTagDiscreteValues` ([MS-OXPROPS]).
pub const PidTagDiscreteValues: PropertyTag = PropertyTag(0x0E0E_000B);
/// `PidTagDisplayBcc` ([MS-OXPROPS]).
pub const PidTagDisplayBcc: PropertyTag = PropertyTag(0x0E02_001F);
/// `PidTagDisplayCc` ([MS-OXPROPS]).
pub const PidTagDisplayCc: PropertyTag = PropertyTag(0x0E03_001F);
/// `PidTagDisplayName` ([MS-OXPROPS]).
pub const PidTagDisplayName: PropertyTag = PropertyTag(0x3001_001F);
/// `PidTagDisplayNamePrefix` ([MS-OXPROPS]).
pub const PidTagDisplayNamePrefix: PropertyTag = PropertyTag(0x3A45_001F);
/// `PidTagDisplayTo` ([MS-OXPROPS]).
pub const PidTagDisplayTo: PropertyTag = PropertyTag(0x0E04_001F);
/// `PidTagDisplayType` ([MS-OXPROPS]).
pub const PidTagDisplayType: PropertyTag = PropertyTag(0x3900_0003);
/// `PidTagDisplayTypeEx` ([MS-OXPROPS]).
pub const PidTagDisplayTypeEx: PropertyTag = PropertyTag(0x3905_0003);
/// `PidTagDistributionListExpansionHistory` ([MS-OXPROPS]).
pub const PidTagDistributionListExpansionHistory: PropertyTag = PropertyTag(0x0013_0102);
/// `PidTagDistributionListExpansionProhibited` ([MS-OXPROPS]).
pub const PidTagDistributionListExpansionProhibited: PropertyTag = PropertyTag(0x0014_000B);
/// `PidTagEmailAddress` ([MS-OXPROPS]).
pub const PidTagEmailAddress: PropertyTag = PropertyTag(0x3003_001F);
/// `PidTagEmsAbServer` ([MS-OXPROPS]).
pub const PidTagEmsAbServer: PropertyTag = PropertyTag(0xFFFE_001F);
/// `PidTagEndDate` ([MS-OXPROPS]).
pub const PidTagEndDate: PropertyTag = PropertyTag(0x0061_0040);
/// `PidTagEntryId` ([MS-OXPROPS]).
pub const PidTagEntryId: PropertyTag = PropertyTag(0x0FFF_0102);
/// `PidTagExceptionEndTime` ([MS-OXPROPS]).
pub const PidTagExceptionEndTime: PropertyTag = PropertyTag(0x7FFC_0040);
/// `PidTagExceptionReplaceTime` ([MS-OXPROPS]).
pub const PidTagExceptionReplaceTime: PropertyTag = PropertyTag(0x7FF9_0040);
/// `PidTagExceptionStartTime` ([MS-OXPROPS]).
pub const PidTagExceptionStartTime: PropertyTag = PropertyTag(0x7FFB_0040);
/// `PidTagExchangeProfileSectionId` ([MS-OXPROPS]).
pub const PidTagExchangeProfileSectionId: PropertyTag = PropertyTag(0x3D15_0102);
/// `PidTagExpiryNumber` ([MS-OXPROPS]).
pub const PidTagExpiryNumber: PropertyTag = PropertyTag(0x3FED_0003);
/// `PidTagExpiryTime` ([MS-OXPROPS]).
pub const PidTagExpiryTime: PropertyTag = PropertyTag(0x0015_0040);
/// `PidTagExpiryUnits` ([MS-OXPROPS]).
pub const PidTagExpiryUnits: PropertyTag = PropertyTag(0x3FEE_0003);
/// `PidTagExplicitConversion` ([MS-OXPROPS]).
pub const PidTagExplicitConversion: PropertyTag = PropertyTag(0x0C01_0003);
/// `PidTagExtendedFolderFlags` ([MS-OXPROPS]).
pub const PidTagExtendedFolderFlags: PropertyTag = PropertyTag(0x36DA_0102);
/// `PidTagExtendedRuleMessageActions` ([MS-OXPROPS]).
pub const PidTagExtendedRuleMessageActions: PropertyTag = PropertyTag(0x0E99_0102);
/// `PidTagExtendedRuleMessageCondition` ([MS-OXPROPS]).
pub const PidTagExtendedRuleMessageCondition: PropertyTag = PropertyTag(0x0E9A_0102);
/// `PidTagExtendedRuleSizeLimit` ([MS-OXPROPS]).
pub const PidTagExtendedRuleSizeLimit: PropertyTag = PropertyTag(0x0E9B_0003);
/// `PidTagFinderEntryId` ([MS-OXPROPS]).
pub const PidTagFinderEntryId: PropertyTag = PropertyTag(0x35E7_0102);
/// `PidTagFlagCompleteTime` ([MS-OXPROPS]).
pub const PidTagFlagCompleteTime: PropertyTag = PropertyTag(0x1091_0040);
/// `PidTagFlagStatus` ([MS-OXPROPS]).
pub const PidTagFlagStatus: PropertyTag = PropertyTag(0x1090_0003);
/// `PidTagFolderAssociatedContents` ([MS-OXPROPS]).
pub const PidTagFolderAssociatedContents: PropertyTag = PropertyTag(0x3610_000D);
/// `PidTagFolderId` ([MS-OXPROPS] 2.702).
pub const PidTagFolderId: PropertyTag = PropertyTag(0x6748_0014);
/// `PidTagFolderType` ([MS-OXPROPS]).
pub const PidTagFolderType: PropertyTag = PropertyTag(0x3601_0003);
/// `PidTagFolderWebViewInfo` ([MS-OXPROPS]).
pub const PidTagFolderWebViewInfo: PropertyTag = PropertyTag(0x36DF_0102);
/// `PidTagFollowupIcon` ([MS-OXPROPS]).
pub const PidTagFollowupIcon: PropertyTag = PropertyTag(0x1095_0003);
/// `PidTagFormCategory` ([MS-OXPROPS]).
pub const PidTagFormCategory: PropertyTag = PropertyTag(0x3304_001F);
/// `PidTagFormCategorySub` ([MS-OXPROPS]).
pub const PidTagFormCategorySub: PropertyTag = PropertyTag(0x3305_001F);
/// `PidTagFormClassId` ([MS-OXPROPS]).
pub const PidTagFormClassId: PropertyTag = PropertyTag(0x3302_0048);
/// `PidTagFormContactName` ([MS-OXPROPS]).
pub const PidTagFormContactName: PropertyTag = PropertyTag(0x3303_001F);
/// `PidTagFormDesignerGuid` ([MS-OXPROPS]).
pub const PidTagFormDesignerGuid: PropertyTag = PropertyTag(0x3309_0048);
/// `PidTagFormDesignerName` ([MS-OXPROPS]).
pub const PidTagFormDesignerName: PropertyTag = PropertyTag(0x3308_001F);
/// `PidTagFormHidden` ([MS-OXPROPS]).
pub const PidTagFormHidden: PropertyTag = PropertyTag(0x3307_000B);
/// `PidTagFormHostMap` ([MS-OXPROPS]).
pub const PidTagFormHostMap: PropertyTag = PropertyTag(0x3306_1003);
/// `PidTagFormMessageBehavior` ([MS-OXPROPS]).
pub const PidTagFormMessageBehavior: PropertyTag = PropertyTag(0x330A_0003);
/// `PidTagFormVersion` ([MS-OXPROPS]).
pub const PidTagFormVersion: PropertyTag = PropertyTag(0x3301_001F);
/// `PidTagFreeBusyCountMonths` ([MS-OXPROPS]).
pub const PidTagFreeBusyCountMonths: PropertyTag = PropertyTag(0x6869_0003);
/// `PidTagFreeBusyEntryIds` ([MS-OXPROPS]).
pub const PidTagFreeBusyEntryIds: PropertyTag = PropertyTag(0x36E4_1102);
/// `PidTagFreeBusyPublishEnd` ([MS-OXPROPS]).
pub const PidTagFreeBusyPublishEnd: PropertyTag = PropertyTag(0x6848_0003);
/// `PidTagFreeBusyPublishStart` ([MS-OXPROPS]).
pub const PidTagFreeBusyPublishStart: PropertyTag = PropertyTag(0x6847_0003);
/// `PidTagFreeBusyRangeTimestamp` ([MS-OXPROPS]).
pub const PidTagFreeBusyRangeTimestamp: PropertyTag = PropertyTag(0x6868_0040);
/// `PidTagFtpSite` ([MS-OXPROPS]).
pub const PidTagFtpSite: PropertyTag = PropertyTag(0x3A4C_001F);
/// `PidTagGender` ([MS-OXPROPS]).
pub const PidTagGender: PropertyTag = PropertyTag(0x3A4D_0002);
/// `PidTagGeneration` ([MS-OXPROPS]).
pub const PidTagGeneration: PropertyTag = PropertyTag(0x3A05_001F);
/// `PidTagGivenName` ([MS-OXPROPS]).
pub const PidTagGivenName: PropertyTag = PropertyTag(0x3A06_001F);
/// `PidTagGovernmentIdNumber` ([MS-OXPROPS]).
pub const PidTagGovernmentIdNumber: PropertyTag = PropertyTag(0x3A07_001F);
/// `PidTagHasAttachments` ([MS-OXPROPS]).
pub const PidTagHasAttachments: PropertyTag = PropertyTag(0x0E1B_000B);
/// `PidTagHasDeferredActionMessages` ([MS-OXPROPS]).
pub const PidTagHasDeferredActionMessages: PropertyTag = PropertyTag(0x3FEA_000B);
/// `PidTagHobbies` ([MS-OXPROPS]).
pub const PidTagHobbies: PropertyTag = PropertyTag(0x3A43_001F);
/// `PidTagHome2TelephoneNumber` ([MS-OXPROPS]).
pub const PidTagHome2TelephoneNumber: PropertyTag = PropertyTag(0x3A2F_001F);
/// `PidTagHome2TelephoneNumbers` ([MS-OXPROPS]).
pub const PidTagHome2TelephoneNumbers: PropertyTag = PropertyTag(0x3A2F_101F);
/// `PidTagHomeAddressCity` ([MS-OXPROPS]).
pub const PidTagHomeAddressCity: PropertyTag = PropertyTag(0x3A59_001F);
/// `PidTagHomeAddressCountry` ([MS-OXPROPS]).
pub const PidTagHomeAddressCountry: PropertyTag = PropertyTag(0x3A5A_001F);
/// `PidTagHomeAddressPostOfficeBox` ([MS-OXPROPS]).
pub const PidTagHomeAddressPostOfficeBox: PropertyTag = PropertyTag(0x3A5E_001F);
/// `PidTagHomeAddressPostalCode` ([MS-OXPROPS]).
pub const PidTagHomeAddressPostalCode: PropertyTag = PropertyTag(0x3A5B_001F);
/// `PidTagHomeAddressStateOrProvince` ([MS-OXPROPS]).
pub const PidTagHomeAddressStateOrProvince: PropertyTag = PropertyTag(0x3A5C_001F);
/// `PidTagHomeAddressStreet` ([MS-OXPROPS]).
pub const PidTagHomeAddressStreet: PropertyTag = PropertyTag(0x3A5D_001F);
/// `PidTagHomeFaxNumber` ([MS-OXPROPS]).
pub const PidTagHomeFaxNumber: PropertyTag = PropertyTag(0x3A25_001F);
/// `PidTagHomeTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagHomeTelephoneNumber: PropertyTag = PropertyTag(0x3A09_001F);
/// `PidTagHtml` ([MS-OXPROPS]).
pub const PidTagHtml: PropertyTag = PropertyTag(0x1013_0102);
/// `PidTagIcon` ([MS-OXPROPS]).
pub const PidTagIcon: PropertyTag = PropertyTag(0x0FFD_0102);
/// `PidTagIconIndex` ([MS-OXPROPS]).
pub const PidTagIconIndex: PropertyTag = PropertyTag(0x1080_0003);
/// `PidTagIdentityDisplay` ([MS-OXPROPS]).
pub const PidTagIdentityDisplay: PropertyTag = PropertyTag(0x3E00_001F);
/// `PidTagIdentityEntryId` ([MS-OXPROPS]).
pub const PidTagIdentityEntryId: PropertyTag = PropertyTag(0x3E01_0102);
/// `PidTagIdentitySearchKey` ([MS-OXPROPS]).
pub const PidTagIdentitySearchKey: PropertyTag = PropertyTag(0x3E05_0102);
/// `PidTagImapCachedMsgsize` ([MS-OXPROPS]).
pub const PidTagImapCachedMsgsize: PropertyTag = PropertyTag(0x10F0_0102);
/// `PidTagImplicitConversionProhibited` ([MS-OXPROPS]).
pub const PidTagImplicitConversionProhibited: PropertyTag = PropertyTag(0x0016_000B);
/// `PidTagImportance` ([MS-OXPROPS]).
pub const PidTagImportance: PropertyTag = PropertyTag(0x0017_0003);
/// `PidTagInConflict` ([MS-OXPROPS]).
pub const PidTagInConflict: PropertyTag = PropertyTag(0x666C_000B);
/// `PidTagInReplyToId` ([MS-OXPROPS]).
pub const PidTagInReplyToId: PropertyTag = PropertyTag(0x1042_001F);
/// `PidTagIncompleteCopy` ([MS-OXPROPS]).
pub const PidTagIncompleteCopy: PropertyTag = PropertyTag(0x0035_000B);
/// `PidTagInferenceEnabled` ([MS-OXPROPS]).
pub const PidTagInferenceEnabled: PropertyTag = PropertyTag(0x0343_000B);
/// `PidTagInitialDetailsPane` ([MS-OXPROPS]).
pub const PidTagInitialDetailsPane: PropertyTag = PropertyTag(0x3F08_0003);
/// `PidTagInitials` ([MS-OXPROPS]).
pub const PidTagInitials: PropertyTag = PropertyTag(0x3A0A_001F);
/// `PidTagInstID` ([MS-OXPROPS] 2.746).
pub const PidTagInstID: PropertyTag = PropertyTag(0x674D_0014);
/// `PidTagInstanceKey` ([MS-OXPROPS]).
pub const PidTagInstanceKey: PropertyTag = PropertyTag(0x0FF6_0102);
/// `PidTagInstanceNum` ([MS-OXPROPS] 2.745).
pub const PidTagInstanceNum: PropertyTag = PropertyTag(0x674E_0003);
/// `PidTagInternetApproved` ([MS-OXPROPS]).
pub const PidTagInternetApproved: PropertyTag = PropertyTag(0x1030_001F);
/// `PidTagInternetArticleNumber` ([MS-OXPROPS]).
pub const PidTagInternetArticleNumber: PropertyTag = PropertyTag(0x0E23_0003);
/// `PidTagInternetCodepage` ([MS-OXPROPS]).
pub const PidTagInternetCodepage: PropertyTag = PropertyTag(0x3FDE_0003);
/// `PidTagInternetControl` ([MS-OXPROPS]).
pub const PidTagInternetControl: PropertyTag = PropertyTag(0x1031_001F);
/// `PidTagInternetDistribution` ([MS-OXPROPS]).
pub const PidTagInternetDistribution: PropertyTag = PropertyTag(0x1032_001F);
/// `PidTagInternetFollowupTo` ([MS-OXPROPS]).
pub const PidTagInternetFollowupTo: PropertyTag = PropertyTag(0x1033_001F);
/// `PidTagInternetLines` ([MS-OXPROPS]).
pub const PidTagInternetLines: PropertyTag = PropertyTag(0x1034_0003);
/// `PidTagInternetMailOverrideFormat` ([MS-OXPROPS]).
pub const PidTagInternetMailOverrideFormat: PropertyTag = PropertyTag(0x5902_0003);
/// `PidTagInternetMessageId` ([MS-OXPROPS]).
pub const PidTagInternetMessageId: PropertyTag = PropertyTag(0x1035_001F);
/// `PidTagInternetNntpPath` ([MS-OXPROPS]).
pub const PidTagInternetNntpPath: PropertyTag = PropertyTag(0x1038_001F);
/// `PidTagInternetOrganization` ([MS-OXPROPS]).
pub const PidTagInternetOrganization: PropertyTag = PropertyTag(0x1037_001F);
/// `PidTagInternetReferences` ([MS-OXPROPS]).
pub const PidTagInternetReferences: PropertyTag = PropertyTag(0x1039_001F);
/// `PidTagInternetReturnPath` ([MS-OXPROPS]).
pub const PidTagInternetReturnPath: PropertyTag = PropertyTag(0x1046_001F);
/// `PidTagIpmAppointmentEntryId` ([MS-OXPROPS]).
pub const PidTagIpmAppointmentEntryId: PropertyTag = PropertyTag(0x36D0_0102);
/// `PidTagIpmContactEntryId` ([MS-OXPROPS]).
pub const PidTagIpmContactEntryId: PropertyTag = PropertyTag(0x36D1_0102);
/// `PidTagIpmDraftsEntryId` ([MS-OXPROPS]).
pub const PidTagIpmDraftsEntryId: PropertyTag = PropertyTag(0x36D7_0102);
/// `PidTagIpmJournalEntryId` ([MS-OXPROPS]).
pub const PidTagIpmJournalEntryId: PropertyTag = PropertyTag(0x36D2_0102);
/// `PidTagIpmNoteEntryId` ([MS-OXPROPS]).
pub const PidTagIpmNoteEntryId: PropertyTag = PropertyTag(0x36D3_0102);
/// `PidTagIpmOutboxEntryId` ([MS-OXPROPS]).
pub const PidTagIpmOutboxEntryId: PropertyTag = PropertyTag(0x35E2_0102);
/// `PidTagIpmReturnRequested` ([MS-OXPROPS]).
pub const PidTagIpmReturnRequested: PropertyTag = PropertyTag(0x0C02_000B);
/// `PidTagIpmSentMailEntryId` ([MS-OXPROPS]).
pub const PidTagIpmSentMailEntryId: PropertyTag = PropertyTag(0x35E4_0102);
/// `PidTagIpmSubtreeEntryId` ([MS-OXPROPS]).
pub const PidTagIpmSubtreeEntryId: PropertyTag = PropertyTag(0x35E0_0102);
/// `PidTagIpmTaskEntryId` ([MS-OXPROPS]).
pub const PidTagIpmTaskEntryId: PropertyTag = PropertyTag(0x36D4_0102);
/// `PidTagIpmWastebasketEntryId` ([MS-OXPROPS]).
pub const PidTagIpmWastebasketEntryId: PropertyTag = PropertyTag(0x35E3_0102);
/// `PidTagIsdnNumber` ([MS-OXPROPS]).
pub const PidTagIsdnNumber: PropertyTag = PropertyTag(0x3A2D_001F);
/// `PidTagItemTemporaryflags` ([MS-OXPROPS]).
pub const PidTagItemTemporaryflags: PropertyTag = PropertyTag(0x1097_0003);
/// `PidTagJunkAddRecipientsToSafeSendersList` ([MS-OXPROPS]).
pub const PidTagJunkAddRecipientsToSafeSendersList: PropertyTag = PropertyTag(0x6103_0003);
/// `PidTagJunkIncludeContacts` ([MS-OXPROPS]).
pub const PidTagJunkIncludeContacts: PropertyTag = PropertyTag(0x6100_0003);
/// `PidTagJunkPermanentlyDelete` ([MS-OXPROPS]).
pub const PidTagJunkPermanentlyDelete: PropertyTag = PropertyTag(0x6102_0003);
/// `PidTagJunkPhishingEnableLinks` ([MS-OXPROPS]).
pub const PidTagJunkPhishingEnableLinks: PropertyTag = PropertyTag(0x6107_000B);
/// `PidTagJunkThreshold` ([MS-OXPROPS]).
pub const PidTagJunkThreshold: PropertyTag = PropertyTag(0x6101_0003);
/// `PidTagKeyword` ([MS-OXPROPS]).
pub const PidTagKeyword: PropertyTag = PropertyTag(0x3A0B_001F);
/// `PidTagLanguage` ([MS-OXPROPS]).
pub const PidTagLanguage: PropertyTag = PropertyTag(0x3A0C_001F);
/// `PidTagLanguages` ([MS-OXPROPS]).
pub const PidTagLanguages: PropertyTag = PropertyTag(0x002F_001F);
/// `PidTagLastModificationTime` ([MS-OXPROPS]).
pub const PidTagLastModificationTime: PropertyTag = PropertyTag(0x3008_0040);
/// `PidTagLastVerbExecuted` ([MS-OXPROPS]).
pub const PidTagLastVerbExecuted: PropertyTag = PropertyTag(0x1081_0003);
/// `PidTagLastVerbExecutionTime` ([MS-OXPROPS]).
pub const PidTagLastVerbExecutionTime: PropertyTag = PropertyTag(0x1082_0040);
/// `PidTagLatestDeliveryTime` ([MS-OXPROPS]).
pub const PidTagLatestDeliveryTime: PropertyTag = PropertyTag(0x0019_0040);
/// `PidTagListHelp` ([MS-OXPROPS]).
pub const PidTagListHelp: PropertyTag = PropertyTag(0x1043_001F);
/// `PidTagListSubscribe` ([MS-OXPROPS]).
pub const PidTagListSubscribe: PropertyTag = PropertyTag(0x1044_001F);
/// `PidTagListUnsubscribe` ([MS-OXPROPS]).
pub const PidTagListUnsubscribe: PropertyTag = PropertyTag(0x1045_001F);
/// `PidTagLocaleId` ([MS-OXPROPS]).
pub const PidTagLocaleId: PropertyTag = PropertyTag(0x66A1_0003);
/// `PidTagLocality` ([MS-OXPROPS]).
pub const PidTagLocality: PropertyTag = PropertyTag(0x3A27_001F);
/// `PidTagLocation` ([MS-OXPROPS]).
pub const PidTagLocation: PropertyTag = PropertyTag(0x3A0D_001F);
/// `PidTagLongTermEntryIdFromTable` ([MS-OXPROPS]).
pub const PidTagLongTermEntryIdFromTable: PropertyTag = PropertyTag(0x6670_0102);
/// `PidTagMailPermission` ([MS-OXPROPS]).
pub const PidTagMailPermission: PropertyTag = PropertyTag(0x3A0E_000B);
/// `PidTagMailboxOwnerName` ([MS-OXPROPS]).
pub const PidTagMailboxOwnerName: PropertyTag = PropertyTag(0x661C_001F);
/// `PidTagManagerName` ([MS-OXPROPS]).
pub const PidTagManagerName: PropertyTag = PropertyTag(0x3A4E_001F);
/// `PidTagMappingSignature` ([MS-OXPROPS]).
pub const PidTagMappingSignature: PropertyTag = PropertyTag(0x0FF8_0102);
/// `PidTagMemberEntryId` ([MS-OXPROPS]).
pub const PidTagMemberEntryId: PropertyTag = PropertyTag(0x0FFF_0102);
/// `PidTagMemberId` ([MS-OXPROPS]).
pub const PidTagMemberId: PropertyTag = PropertyTag(0x6671_0014);
/// `PidTagMemberName` ([MS-OXPROPS]).
pub const PidTagMemberName: PropertyTag = PropertyTag(0x6672_001E);
/// `PidTagMemberRights` ([MS-OXPROPS]).
pub const PidTagMemberRights: PropertyTag = PropertyTag(0x6673_0003);
/// `PidTagMessageAttachments` ([MS-OXPROPS]).
pub const PidTagMessageAttachments: PropertyTag = PropertyTag(0x0E13_000D);
/// `PidTagMessageCcMe` ([MS-OXPROPS]).
pub const PidTagMessageCcMe: PropertyTag = PropertyTag(0x0058_000B);
/// `PidTagMessageClass` ([MS-OXPROPS] 2.788).
pub const PidTagMessageClass: PropertyTag = PropertyTag(0x001A_001F);
/// `PidTagMessageCodepage` ([MS-OXPROPS]).
pub const PidTagMessageCodepage: PropertyTag = PropertyTag(0x3FFD_0003);
/// `PidTagMessageDeliveryId` ([MS-OXPROPS]).
pub const PidTagMessageDeliveryId: PropertyTag = PropertyTag(0x001B_0102);
/// `PidTagMessageDeliveryTime` ([MS-OXPROPS]).
pub const PidTagMessageDeliveryTime: PropertyTag = PropertyTag(0x0E06_0040);
/// `PidTagMessageDownloadTime` ([MS-OXPROPS]).
pub const PidTagMessageDownloadTime: PropertyTag = PropertyTag(0x0E18_0003);
/// `PidTagMessageEditorFormat` ([MS-OXPROPS]).
pub const PidTagMessageEditorFormat: PropertyTag = PropertyTag(0x5909_0003);
/// `PidTagMessageFlags` ([MS-OXPROPS]).
pub const PidTagMessageFlags: PropertyTag = PropertyTag(0x0E07_0003);
/// `PidTagMessageHandlingSystemCommonName` ([MS-OXPROPS]).
pub const PidTagMessageHandlingSystemCommonName: PropertyTag = PropertyTag(0x3A0F_001F);
/// `PidTagMessageLocaleId` ([MS-OXPROPS]).
pub const PidTagMessageLocaleId: PropertyTag = PropertyTag(0x3FF1_0003);
/// `PidTagMessageRecipientMe` ([MS-OXPROPS]).
pub const PidTagMessageRecipientMe: PropertyTag = PropertyTag(0x0059_000B);
/// `PidTagMessageRecipients` ([MS-OXPROPS]).
pub const PidTagMessageRecipients: PropertyTag = PropertyTag(0x0E12_000D);
/// `PidTagMessageSecurityLabel` ([MS-OXPROPS]).
pub const PidTagMessageSecurityLabel: PropertyTag = PropertyTag(0x001E_0102);
/// `PidTagMessageSize` ([MS-OXPROPS]).
pub const PidTagMessageSize: PropertyTag = PropertyTag(0x0E08_0003);
/// `PidTagMessageSizeExtended` ([MS-OXPROPS] 2.798).
pub const PidTagMessageSizeExtended: PropertyTag = PropertyTag(0x0E08_0014);
/// `PidTagMessageStatus` ([MS-OXPROPS]).
pub const PidTagMessageStatus: PropertyTag = PropertyTag(0x0E17_0003);
/// `PidTagMessageSubmissionId` ([MS-OXPROPS]).
pub const PidTagMessageSubmissionId: PropertyTag = PropertyTag(0x0047_0102);
/// `PidTagMessageToMe` ([MS-OXPROPS]).
pub const PidTagMessageToMe: PropertyTag = PropertyTag(0x0057_000B);
/// `PidTagMessageToken` ([MS-OXPROPS]).
pub const PidTagMessageToken: PropertyTag = PropertyTag(0x0C03_0102);
/// `PidTagMid` ([MS-OXPROPS] 2.803).
pub const PidTagMid: PropertyTag = PropertyTag(0x674A_0014);
/// `PidTagMiddleName` ([MS-OXPROPS]).
pub const PidTagMiddleName: PropertyTag = PropertyTag(0x3A44_001F);
/// `PidTagMiniIcon` ([MS-OXPROPS]).
pub const PidTagMiniIcon: PropertyTag = PropertyTag(0x0FFC_0102);
/// `PidTagMobileTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagMobileTelephoneNumber: PropertyTag = PropertyTag(0x3A1C_001F);
/// `PidTagNextSendAcct` ([MS-OXPROPS]).
pub const PidTagNextSendAcct: PropertyTag = PropertyTag(0x0E29_001F);
/// `PidTagNickname` ([MS-OXPROPS]).
pub const PidTagNickname: PropertyTag = PropertyTag(0x3A4F_001F);
/// `PidTagNonDeliveryReportDiagCode` ([MS-OXPROPS]).
pub const PidTagNonDeliveryReportDiagCode: PropertyTag = PropertyTag(0x0C05_0003);
/// `PidTagNonDeliveryReportFromEntryId` ([MS-OXPROPS]).
pub const PidTagNonDeliveryReportFromEntryId: PropertyTag = PropertyTag(0x6904_0102);
/// `PidTagNonDeliveryReportFromName` ([MS-OXPROPS]).
pub const PidTagNonDeliveryReportFromName: PropertyTag = PropertyTag(0x6905_001E);
/// `PidTagNonDeliveryReportFromSearchKey` ([MS-OXPROPS]).
pub const PidTagNonDeliveryReportFromSearchKey: PropertyTag = PropertyTag(0x6906_0102);
/// `PidTagNonDeliveryReportReasonCode` ([MS-OXPROPS]).
pub const PidTagNonDeliveryReportReasonCode: PropertyTag = PropertyTag(0x0C04_0003);
/// `PidTagNonIpmSubtreeEntryId` ([MS-OXPROPS]).
pub const PidTagNonIpmSubtreeEntryId: PropertyTag = PropertyTag(0x6620_0102);
/// `PidTagNonReceiptNotificationRequested` ([MS-OXPROPS]).
pub const PidTagNonReceiptNotificationRequested: PropertyTag = PropertyTag(0x0C06_000B);
/// `PidTagNonReceiptReason` ([MS-OXPROPS]).
pub const PidTagNonReceiptReason: PropertyTag = PropertyTag(0x003E_0003);
/// `PidTagNormalizedSubject` ([MS-OXPROPS] 2.813).
pub const PidTagNormalizedSubject: PropertyTag = PropertyTag(0x0E1D_001F);
/// `PidTagNull` ([MS-OXPROPS]).
pub const PidTagNull: PropertyTag = PropertyTag(0x0000_0001);
/// `PidTagObjectType` ([MS-OXPROPS]).
pub const PidTagObjectType: PropertyTag = PropertyTag(0x0FFE_0003);
/// `PidTagObsoletedMessageIds` ([MS-OXPROPS]).
pub const PidTagObsoletedMessageIds: PropertyTag = PropertyTag(0x001F_0102);
/// `PidTagOfficeLocation` ([MS-OXPROPS]).
pub const PidTagOfficeLocation: PropertyTag = PropertyTag(0x3A19_001F);
/// `PidTagOrdinalMost` ([MS-OXPROPS]).
pub const PidTagOrdinalMost: PropertyTag = PropertyTag(0x36E2_0003);
/// `PidTagOrganizationalIdNumber` ([MS-OXPROPS]).
pub const PidTagOrganizationalIdNumber: PropertyTag = PropertyTag(0x3A10_001F);
/// `PidTagOriginCheck` ([MS-OXPROPS]).
pub const PidTagOriginCheck: PropertyTag = PropertyTag(0x0027_0102);
/// `PidTagOriginalAuthorAddressType` ([MS-OXPROPS]).
pub const PidTagOriginalAuthorAddressType: PropertyTag = PropertyTag(0x0079_001F);
/// `PidTagOriginalAuthorEmailAddress` ([MS-OXPROPS]).
pub const PidTagOriginalAuthorEmailAddress: PropertyTag = PropertyTag(0x007A_001F);
/// `PidTagOriginalAuthorEntryId` ([MS-OXPROPS]).
pub const PidTagOriginalAuthorEntryId: PropertyTag = PropertyTag(0x004C_0102);
/// `PidTagOriginalAuthorName` ([MS-OXPROPS]).
pub const PidTagOriginalAuthorName: PropertyTag = PropertyTag(0x004D_001F);
/// `PidTagOriginalAuthorSearchKey` ([MS-OXPROPS]).
pub const PidTagOriginalAuthorSearchKey: PropertyTag = PropertyTag(0x0056_0102);
/// `PidTagOriginalDeliveryTime` ([MS-OXPROPS]).
pub const PidTagOriginalDeliveryTime: PropertyTag = PropertyTag(0x0055_0040);
/// `PidTagOriginalDisplayBcc` ([MS-OXPROPS]).
pub const PidTagOriginalDisplayBcc: PropertyTag = PropertyTag(0x0072_001F);
/// `PidTagOriginalDisplayCc` ([MS-OXPROPS]).
pub const PidTagOriginalDisplayCc: PropertyTag = PropertyTag(0x0073_001F);
/// `PidTagOriginalDisplayName` ([MS-OXPROPS]).
pub const PidTagOriginalDisplayName: PropertyTag = PropertyTag(0x3A13_001F);
/// `PidTagOriginalDisplayTo` ([MS-OXPROPS]).
pub const PidTagOriginalDisplayTo: PropertyTag = PropertyTag(0x0074_001F);
/// `PidTagOriginalEits` ([MS-OXPROPS]).
pub const PidTagOriginalEits: PropertyTag = PropertyTag(0x0021_0102);
/// `PidTagOriginalEntryId` ([MS-OXPROPS]).
pub const PidTagOriginalEntryId: PropertyTag = PropertyTag(0x3A12_0102);
/// `PidTagOriginalMessageClass` ([MS-OXPROPS]).
pub const PidTagOriginalMessageClass: PropertyTag = PropertyTag(0x004B_001F);
/// `PidTagOriginalSearchKey` ([MS-OXPROPS]).
pub const PidTagOriginalSearchKey: PropertyTag = PropertyTag(0x3A14_0102);
/// `PidTagOriginalSenderAddressType` ([MS-OXPROPS]).
pub const PidTagOriginalSenderAddressType: PropertyTag = PropertyTag(0x0066_001F);
/// `PidTagOriginalSenderEmailAddress` ([MS-OXPROPS]).
pub const PidTagOriginalSenderEmailAddress: PropertyTag = PropertyTag(0x0067_001F);
/// `PidTagOriginalSenderEntryId` ([MS-OXPROPS]).
pub const PidTagOriginalSenderEntryId: PropertyTag = PropertyTag(0x005B_0102);
/// `PidTagOriginalSenderName` ([MS-OXPROPS]).
pub const PidTagOriginalSenderName: PropertyTag = PropertyTag(0x005A_001F);
/// `PidTagOriginalSenderSearchKey` ([MS-OXPROPS]).
pub const PidTagOriginalSenderSearchKey: PropertyTag = PropertyTag(0x005C_0102);
/// `PidTagOriginalSensitivity` ([MS-OXPROPS]).
pub const PidTagOriginalSensitivity: PropertyTag = PropertyTag(0x002E_0003);
/// `PidTagOriginalSentRepresentingAddressType` ([MS-OXPROPS]).
pub const PidTagOriginalSentRepresentingAddressType: PropertyTag = PropertyTag(0x0068_001F);
/// `PidTagOriginalSentRepresentingEmailAddress` ([MS-OXPROPS]).
pub const PidTagOriginalSentRepresentingEmailAddress: PropertyTag = PropertyTag(0x0069_001F);
/// `PidTagOriginalSentRepresentingEntryId` ([MS-OXPROPS]).
pub const PidTagOriginalSentRepresentingEntryId: PropertyTag = PropertyTag(0x005E_0102);
/// `PidTagOriginalSentRepresentingName` ([MS-OXPROPS]).
pub const PidTagOriginalSentRepresentingName: PropertyTag = PropertyTag(0x005D_001F);
/// `PidTagOriginalSentRepresentingSearchKey` ([MS-OXPROPS]).
pub const PidTagOriginalSentRepresentingSearchKey: PropertyTag = PropertyTag(0x005F_0102);
/// `PidTagOriginalSubject` ([MS-OXPROPS]).
pub const PidTagOriginalSubject: PropertyTag = PropertyTag(0x0049_001F);
/// `PidTagOriginalSubmitTime` ([MS-OXPROPS]).
pub const PidTagOriginalSubmitTime: PropertyTag = PropertyTag(0x004E_0040);
/// `PidTagOriginallyIntendedRecipAddrtype` ([MS-OXPROPS]).
pub const PidTagOriginallyIntendedRecipAddrtype: PropertyTag = PropertyTag(0x007B_001F);
/// `PidTagOriginallyIntendedRecipEmailAddress` ([MS-OXPROPS]).
pub const PidTagOriginallyIntendedRecipEmailAddress: PropertyTag = PropertyTag(0x007C_001F);
/// `PidTagOriginallyIntendedRecipEntryId` ([MS-OXPROPS]).
pub const PidTagOriginallyIntendedRecipEntryId: PropertyTag = PropertyTag(0x1012_0102);
/// `PidTagOriginallyIntendedRecipientName` ([MS-OXPROPS]).
pub const PidTagOriginallyIntendedRecipientName: PropertyTag = PropertyTag(0x0020_0102);
/// `PidTagOriginatingMtaCertificate` ([MS-OXPROPS]).
pub const PidTagOriginatingMtaCertificate: PropertyTag = PropertyTag(0x0E25_0102);
/// `PidTagOriginatorAndDistributionListExpansionHistory` ([MS-OXPROPS]).
pub const PidTagOriginatorAndDistributionListExpansionHistory: PropertyTag =
    PropertyTag(0x1002_0102);
/// `PidTagOriginatorCertificate` ([MS-OXPROPS]).
pub const PidTagOriginatorCertificate: PropertyTag = PropertyTag(0x0022_0102);
/// `PidTagOriginatorDeliveryReportRequested` ([MS-OXPROPS]).
pub const PidTagOriginatorDeliveryReportRequested: PropertyTag = PropertyTag(0x0023_000B);
/// `PidTagOriginatorNonDeliveryReportRequested` ([MS-OXPROPS]).
pub const PidTagOriginatorNonDeliveryReportRequested: PropertyTag = PropertyTag(0x0C08_000B);
/// `PidTagOriginatorRequestedAlternateRecipient` ([MS-OXPROPS]).
pub const PidTagOriginatorRequestedAlternateRecipient: PropertyTag = PropertyTag(0x0C09_0102);
/// `PidTagOriginatorReturnAddress` ([MS-OXPROPS]).
pub const PidTagOriginatorReturnAddress: PropertyTag = PropertyTag(0x0024_0102);
/// `PidTagOtherAddressCity` ([MS-OXPROPS]).
pub const PidTagOtherAddressCity: PropertyTag = PropertyTag(0x3A5F_001F);
/// `PidTagOtherAddressCountry` ([MS-OXPROPS]).
pub const PidTagOtherAddressCountry: PropertyTag = PropertyTag(0x3A60_001F);
/// `PidTagOtherAddressPostOfficeBox` ([MS-OXPROPS]).
pub const PidTagOtherAddressPostOfficeBox: PropertyTag = PropertyTag(0x3A64_001F);
/// `PidTagOtherAddressPostalCode` ([MS-OXPROPS]).
pub const PidTagOtherAddressPostalCode: PropertyTag = PropertyTag(0x3A61_001F);
/// `PidTagOtherAddressStateOrProvince` ([MS-OXPROPS]).
pub const PidTagOtherAddressStateOrProvince: PropertyTag = PropertyTag(0x3A62_001F);
/// `PidTagOtherAddressStreet` ([MS-OXPROPS]).
pub const PidTagOtherAddressStreet: PropertyTag = PropertyTag(0x3A63_001F);
/// `PidTagOtherTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagOtherTelephoneNumber: PropertyTag = PropertyTag(0x3A1F_001F);
/// `PidTagOwnStoreEntryId` ([MS-OXPROPS]).
pub const PidTagOwnStoreEntryId: PropertyTag = PropertyTag(0x3E06_0102);
/// `PidTagOwnerAppointmentId` ([MS-OXPROPS]).
pub const PidTagOwnerAppointmentId: PropertyTag = PropertyTag(0x0062_0003);
/// `PidTagPagerTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagPagerTelephoneNumber: PropertyTag = PropertyTag(0x3A21_001F);
/// `PidTagParentDisplay` ([MS-OXPROPS]).
pub const PidTagParentDisplay: PropertyTag = PropertyTag(0x0E05_001F);
/// `PidTagParentEntryId` ([MS-OXPROPS]).
pub const PidTagParentEntryId: PropertyTag = PropertyTag(0x0E09_0102);
/// `PidTagParentFolderId` ([MS-OXPROPS] 2.861).
pub const PidTagParentFolderId: PropertyTag = PropertyTag(0x6749_0014);
/// `PidTagParentSourceKey` ([MS-OXPROPS]).
pub const PidTagParentSourceKey: PropertyTag = PropertyTag(0x65E1_0102);
/// `PidTagPersonalHomePage` ([MS-OXPROPS]).
pub const PidTagPersonalHomePage: PropertyTag = PropertyTag(0x3A50_001F);
/// `PidTagPhysicalDeliveryBureauFaxDelivery` ([MS-OXPROPS]).
pub const PidTagPhysicalDeliveryBureauFaxDelivery: PropertyTag = PropertyTag(0x0C0A_000B);
/// `PidTagPhysicalDeliveryMode` ([MS-OXPROPS]).
pub const PidTagPhysicalDeliveryMode: PropertyTag = PropertyTag(0x0C0B_0003);
/// `PidTagPhysicalDeliveryReportRequest` ([MS-OXPROPS]).
pub const PidTagPhysicalDeliveryReportRequest: PropertyTag = PropertyTag(0x0C0C_0003);
/// `PidTagPhysicalForwardingAddress` ([MS-OXPROPS]).
pub const PidTagPhysicalForwardingAddress: PropertyTag = PropertyTag(0x0C0D_0102);
/// `PidTagPhysicalForwardingAddressRequested` ([MS-OXPROPS]).
pub const PidTagPhysicalForwardingAddressRequested: PropertyTag = PropertyTag(0x0C0E_000B);
/// `PidTagPhysicalForwardingProhibited` ([MS-OXPROPS]).
pub const PidTagPhysicalForwardingProhibited: PropertyTag = PropertyTag(0x0C0F_000B);
/// `PidTagPhysicalRenditionAttributes` ([MS-OXPROPS]).
pub const PidTagPhysicalRenditionAttributes: PropertyTag = PropertyTag(0x0C10_0102);
/// `PidTagPostOfficeBox` ([MS-OXPROPS]).
pub const PidTagPostOfficeBox: PropertyTag = PropertyTag(0x3A2B_001F);
/// `PidTagPostalAddress` ([MS-OXPROPS]).
pub const PidTagPostalAddress: PropertyTag = PropertyTag(0x3A15_001F);
/// `PidTagPostalCode` ([MS-OXPROPS]).
pub const PidTagPostalCode: PropertyTag = PropertyTag(0x3A2A_001F);
/// `PidTagPredecessorChangeList` ([MS-OXPROPS] 2.869).
pub const PidTagPredecessorChangeList: PropertyTag = PropertyTag(0x65E3_0102);
/// `PidTagPreferredByName` ([MS-OXPROPS]).
pub const PidTagPreferredByName: PropertyTag = PropertyTag(0x3A47_001F);
/// `PidTagPreprocess` ([MS-OXPROPS]).
pub const PidTagPreprocess: PropertyTag = PropertyTag(0x0E22_000B);
/// `PidTagPrimaryFaxNumber` ([MS-OXPROPS]).
pub const PidTagPrimaryFaxNumber: PropertyTag = PropertyTag(0x3A23_001F);
/// `PidTagPrimarySendAccount` ([MS-OXPROPS]).
pub const PidTagPrimarySendAccount: PropertyTag = PropertyTag(0x0E28_001F);
/// `PidTagPrimaryTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagPrimaryTelephoneNumber: PropertyTag = PropertyTag(0x3A1A_001F);
/// `PidTagPriority` ([MS-OXPROPS]).
pub const PidTagPriority: PropertyTag = PropertyTag(0x0026_0003);
/// `PidTagProcessed` ([MS-OXPROPS]).
pub const PidTagProcessed: PropertyTag = PropertyTag(0x7D01_000B);
/// `PidTagProfession` ([MS-OXPROPS]).
pub const PidTagProfession: PropertyTag = PropertyTag(0x3A46_001F);
/// `PidTagProfileHomeServerFQDN` ([MS-OXPROPS]).
pub const PidTagProfileHomeServerFQDN: PropertyTag = PropertyTag(0x662A_001F);
/// `PidTagProfileName` ([MS-OXPROPS]).
pub const PidTagProfileName: PropertyTag = PropertyTag(0x3D12_001F);
/// `PidTagProfileServerFullVersion` ([MS-OXPROPS]).
pub const PidTagProfileServerFullVersion: PropertyTag = PropertyTag(0x663B_0102);
/// `PidTagProfileServerVersion` ([MS-OXPROPS]).
pub const PidTagProfileServerVersion: PropertyTag = PropertyTag(0x661B_0003);
/// `PidTagProfileType` ([MS-OXPROPS]).
pub const PidTagProfileType: PropertyTag = PropertyTag(0x660A_0003);
/// `PidTagProofOfDelivery` ([MS-OXPROPS]).
pub const PidTagProofOfDelivery: PropertyTag = PropertyTag(0x0C11_0102);
/// `PidTagProofOfDeliveryRequested` ([MS-OXPROPS]).
pub const PidTagProofOfDeliveryRequested: PropertyTag = PropertyTag(0x0C12_000B);
/// `PidTagProofOfSubmission` ([MS-OXPROPS]).
pub const PidTagProofOfSubmission: PropertyTag = PropertyTag(0x0E26_0102);
/// `PidTagProofOfSubmissionRequested` ([MS-OXPROPS]).
pub const PidTagProofOfSubmissionRequested: PropertyTag = PropertyTag(0x0028_000B);
/// `PidTagProviderDisplay` ([MS-OXPROPS]).
pub const PidTagProviderDisplay: PropertyTag = PropertyTag(0x3006_001F);
/// `PidTagProviderDisplayName` ([MS-OXPROPS]).
pub const PidTagProviderDisplayName: PropertyTag = PropertyTag(0x3418_001F);
/// `PidTagProviderDllName` ([MS-OXPROPS]).
pub const PidTagProviderDllName: PropertyTag = PropertyTag(0x300A_001F);
/// `PidTagProviderIcon` ([MS-OXPROPS]).
pub const PidTagProviderIcon: PropertyTag = PropertyTag(0x3417_001F);
/// `PidTagProviderItemId` ([MS-OXPROPS]).
pub const PidTagProviderItemId: PropertyTag = PropertyTag(0x0EA3_0102);
/// `PidTagProviderOrdinal` ([MS-OXPROPS]).
pub const PidTagProviderOrdinal: PropertyTag = PropertyTag(0x300D_0003);
/// `PidTagProviderParentItemId` ([MS-OXPROPS]).
pub const PidTagProviderParentItemId: PropertyTag = PropertyTag(0x0EA4_0102);
/// `PidTagProviderSubmitTime` ([MS-OXPROPS]).
pub const PidTagProviderSubmitTime: PropertyTag = PropertyTag(0x0048_0040);
/// `PidTagProviderUid` ([MS-OXPROPS]).
pub const PidTagProviderUid: PropertyTag = PropertyTag(0x300C_0102);
/// `PidTagPstConfigurationFlags` ([MS-OXPROPS]).
pub const PidTagPstConfigurationFlags: PropertyTag = PropertyTag(0x6770_0003);
/// `PidTagPstPasswordSzNew` ([MS-OXPROPS]).
pub const PidTagPstPasswordSzNew: PropertyTag = PropertyTag(0x6704_001F);
/// `PidTagPstPasswordSzOld` ([MS-OXPROPS]).
pub const PidTagPstPasswordSzOld: PropertyTag = PropertyTag(0x6703_001F);
/// `PidTagPstPath` ([MS-OXPROPS]).
pub const PidTagPstPath: PropertyTag = PropertyTag(0x6700_001F);
/// `PidTagPstPathHint` ([MS-OXPROPS]).
pub const PidTagPstPathHint: PropertyTag = PropertyTag(0x6771_001F);
/// `PidTagPstRememberPassword` ([MS-OXPROPS]).
pub const PidTagPstRememberPassword: PropertyTag = PropertyTag(0x6701_000B);
/// `PidTagRadioTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagRadioTelephoneNumber: PropertyTag = PropertyTag(0x3A1D_001F);
/// `PidTagRead` ([MS-OXPROPS]).
pub const PidTagRead: PropertyTag = PropertyTag(0x0E69_000B);
/// `PidTagReadReceiptEntryId` ([MS-OXPROPS]).
pub const PidTagReadReceiptEntryId: PropertyTag = PropertyTag(0x0046_0102);
/// `PidTagReadReceiptRequested` ([MS-OXPROPS]).
pub const PidTagReadReceiptRequested: PropertyTag = PropertyTag(0x0029_000B);
/// `PidTagReadReceiptSearchKey` ([MS-OXPROPS]).
pub const PidTagReadReceiptSearchKey: PropertyTag = PropertyTag(0x0053_0102);
/// `PidTagReceiptTime` ([MS-OXPROPS]).
pub const PidTagReceiptTime: PropertyTag = PropertyTag(0x002A_0040);
/// `PidTagReceiveFolderSettings` ([MS-OXPROPS]).
pub const PidTagReceiveFolderSettings: PropertyTag = PropertyTag(0x3415_000D);
/// `PidTagReceivedByAddressType` ([MS-OXPROPS]).
pub const PidTagReceivedByAddressType: PropertyTag = PropertyTag(0x0075_001F);
/// `PidTagReceivedByEmailAddress` ([MS-OXPROPS]).
pub const PidTagReceivedByEmailAddress: PropertyTag = PropertyTag(0x0076_001F);
/// `PidTagReceivedByEntryId` ([MS-OXPROPS]).
pub const PidTagReceivedByEntryId: PropertyTag = PropertyTag(0x003F_0102);
/// `PidTagReceivedByName` ([MS-OXPROPS]).
pub const PidTagReceivedByName: PropertyTag = PropertyTag(0x0040_001F);
/// `PidTagReceivedBySearchKey` ([MS-OXPROPS]).
pub const PidTagReceivedBySearchKey: PropertyTag = PropertyTag(0x0051_0102);
/// `PidTagReceivedRepresentingAddressType` ([MS-OXPROPS]).
pub const PidTagReceivedRepresentingAddressType: PropertyTag = PropertyTag(0x0077_001F);
/// `PidTagReceivedRepresentingEmailAddress` ([MS-OXPROPS]).
pub const PidTagReceivedRepresentingEmailAddress: PropertyTag = PropertyTag(0x0078_001F);
/// `PidTagReceivedRepresentingEntryId` ([MS-OXPROPS]).
pub const PidTagReceivedRepresentingEntryId: PropertyTag = PropertyTag(0x0043_0102);
/// `PidTagReceivedRepresentingName` ([MS-OXPROPS]).
pub const PidTagReceivedRepresentingName: PropertyTag = PropertyTag(0x0044_001F);
/// `PidTagReceivedRepresentingSearchKey` ([MS-OXPROPS]).
pub const PidTagReceivedRepresentingSearchKey: PropertyTag = PropertyTag(0x0052_0102);
/// `PidTagRecipientCertificate` ([MS-OXPROPS]).
pub const PidTagRecipientCertificate: PropertyTag = PropertyTag(0x0C13_0102);
/// `PidTagRecipientDisplayName` ([MS-OXPROPS]).
pub const PidTagRecipientDisplayName: PropertyTag = PropertyTag(0x5FF6_001F);
/// `PidTagRecipientEntryId` ([MS-OXPROPS]).
pub const PidTagRecipientEntryId: PropertyTag = PropertyTag(0x5FF7_0102);
/// `PidTagRecipientFlags` ([MS-OXPROPS]).
pub const PidTagRecipientFlags: PropertyTag = PropertyTag(0x5FFD_0003);
/// `PidTagRecipientNumber` ([MS-OXPROPS]).
pub const PidTagRecipientNumber: PropertyTag = PropertyTag(0x6662_0003);
/// `PidTagRecipientNumberForAdvice` ([MS-OXPROPS]).
pub const PidTagRecipientNumberForAdvice: PropertyTag = PropertyTag(0x0C14_001F);
/// `PidTagRecipientProposed` ([MS-OXPROPS]).
pub const PidTagRecipientProposed: PropertyTag = PropertyTag(0x5FE1_000B);
/// `PidTagRecipientProposedEndTime` ([MS-OXPROPS]).
pub const PidTagRecipientProposedEndTime: PropertyTag = PropertyTag(0x5FE4_0040);
/// `PidTagRecipientProposedStartTime` ([MS-OXPROPS]).
pub const PidTagRecipientProposedStartTime: PropertyTag = PropertyTag(0x5FE3_0040);
/// `PidTagRecipientReassignmentProhibited` ([MS-OXPROPS]).
pub const PidTagRecipientReassignmentProhibited: PropertyTag = PropertyTag(0x002B_000B);
/// `PidTagRecipientStatus` ([MS-OXPROPS]).
pub const PidTagRecipientStatus: PropertyTag = PropertyTag(0x0E15_0003);
/// `PidTagRecipientTrackStatus` ([MS-OXPROPS]).
pub const PidTagRecipientTrackStatus: PropertyTag = PropertyTag(0x5FFF_0003);
/// `PidTagRecipientTrackStatusTime` ([MS-OXPROPS]).
pub const PidTagRecipientTrackStatusTime: PropertyTag = PropertyTag(0x5FFB_0040);
/// `PidTagRecipientType` ([MS-OXPROPS]).
pub const PidTagRecipientType: PropertyTag = PropertyTag(0x0C15_0003);
/// `PidTagRecordKey` ([MS-OXPROPS]).
pub const PidTagRecordKey: PropertyTag = PropertyTag(0x0FF9_0102);
/// `PidTagRedirectionHistory` ([MS-OXPROPS]).
pub const PidTagRedirectionHistory: PropertyTag = PropertyTag(0x002C_0102);
/// `PidTagReferredByName` ([MS-OXPROPS]).
pub const PidTagReferredByName: PropertyTag = PropertyTag(0x3A47_001F);
/// `PidTagRegisteredMailType` ([MS-OXPROPS]).
pub const PidTagRegisteredMailType: PropertyTag = PropertyTag(0x0C16_0003);
/// `PidTagRelatedMessageIds` ([MS-OXPROPS]).
pub const PidTagRelatedMessageIds: PropertyTag = PropertyTag(0x002D_0102);
/// `PidTagRemindersOnlineEntryId` ([MS-OXPROPS]).
pub const PidTagRemindersOnlineEntryId: PropertyTag = PropertyTag(0x36D5_0102);
/// `PidTagRemoteProgress` ([MS-OXPROPS]).
pub const PidTagRemoteProgress: PropertyTag = PropertyTag(0x3E0B_0003);
/// `PidTagRemoteProgressText` ([MS-OXPROPS]).
pub const PidTagRemoteProgressText: PropertyTag = PropertyTag(0x3E0C_001F);
/// `PidTagRemoteValidateOk` ([MS-OXPROPS]).
pub const PidTagRemoteValidateOk: PropertyTag = PropertyTag(0x3E0D_000B);
/// `PidTagRenderingPosition` ([MS-OXPROPS]).
pub const PidTagRenderingPosition: PropertyTag = PropertyTag(0x370B_0003);
/// `PidTagReplyRecipientEntries` ([MS-OXPROPS]).
pub const PidTagReplyRecipientEntries: PropertyTag = PropertyTag(0x004F_0102);
/// `PidTagReplyRecipientNames` ([MS-OXPROPS]).
pub const PidTagReplyRecipientNames: PropertyTag = PropertyTag(0x0050_001F);
/// `PidTagReplyRequested` ([MS-OXPROPS]).
pub const PidTagReplyRequested: PropertyTag = PropertyTag(0x0C17_000B);
/// `PidTagReplyTemplateId` ([MS-OXPROPS]).
pub const PidTagReplyTemplateId: PropertyTag = PropertyTag(0x65C2_0102);
/// `PidTagReplyTime` ([MS-OXPROPS]).
pub const PidTagReplyTime: PropertyTag = PropertyTag(0x0030_0040);
/// `PidTagReportDisposition` ([MS-OXPROPS]).
pub const PidTagReportDisposition: PropertyTag = PropertyTag(0x0080_001F);
/// `PidTagReportDispositionMode` ([MS-OXPROPS]).
pub const PidTagReportDispositionMode: PropertyTag = PropertyTag(0x0081_001F);
/// `PidTagReportDispositionOptions` ([MS-OXPROPS]).
pub const PidTagReportDispositionOptions: PropertyTag = PropertyTag(0x0085_001F);
/// `PidTagReportDispositionToEmailAddresses` ([MS-OXPROPS]).
pub const PidTagReportDispositionToEmailAddresses: PropertyTag = PropertyTag(0x0084_101F);
/// `PidTagReportDispositionToNames` ([MS-OXPROPS]).
pub const PidTagReportDispositionToNames: PropertyTag = PropertyTag(0x0083_101F);
/// `PidTagReportEntryId` ([MS-OXPROPS]).
pub const PidTagReportEntryId: PropertyTag = PropertyTag(0x0045_0102);
/// `PidTagReportName` ([MS-OXPROPS]).
pub const PidTagReportName: PropertyTag = PropertyTag(0x003A_001F);
/// `PidTagReportOriginalSender` ([MS-OXPROPS]).
pub const PidTagReportOriginalSender: PropertyTag = PropertyTag(0x0082_001F);
/// `PidTagReportSearchKey` ([MS-OXPROPS]).
pub const PidTagReportSearchKey: PropertyTag = PropertyTag(0x0054_0102);
/// `PidTagReportTag` ([MS-OXPROPS]).
pub const PidTagReportTag: PropertyTag = PropertyTag(0x0031_0102);
/// `PidTagReportText` ([MS-OXPROPS]).
pub const PidTagReportText: PropertyTag = PropertyTag(0x1001_001F);
/// `PidTagReportTime` ([MS-OXPROPS]).
pub const PidTagReportTime: PropertyTag = PropertyTag(0x0032_0040);
/// `PidTagReportingDistributionListName` ([MS-OXPROPS]).
pub const PidTagReportingDistributionListName: PropertyTag = PropertyTag(0x1003_0102);
/// `PidTagReportingMessageTransferAgentCertificate` ([MS-OXPROPS]).
pub const PidTagReportingMessageTransferAgentCertificate: PropertyTag = PropertyTag(0x1004_0102);
/// `PidTagRequestedDeliveryMethod` ([MS-OXPROPS]).
pub const PidTagRequestedDeliveryMethod: PropertyTag = PropertyTag(0x0C18_0003);
/// `PidTagResolveMethod` ([MS-OXPROPS]).
pub const PidTagResolveMethod: PropertyTag = PropertyTag(0x3FE7_0003);
/// `PidTagResourceFlags` ([MS-OXPROPS]).
pub const PidTagResourceFlags: PropertyTag = PropertyTag(0x3009_0003);
/// `PidTagResourceMethods` ([MS-OXPROPS]).
pub const PidTagResourceMethods: PropertyTag = PropertyTag(0x3E02_0003);
/// `PidTagResourcePath` ([MS-OXPROPS]).
pub const PidTagResourcePath: PropertyTag = PropertyTag(0x3E07_001F);
/// `PidTagResourceType` ([MS-OXPROPS]).
pub const PidTagResourceType: PropertyTag = PropertyTag(0x3E03_0003);
/// `PidTagResponseRequested` ([MS-OXPROPS]).
pub const PidTagResponseRequested: PropertyTag = PropertyTag(0x0063_000B);
/// `PidTagResponsibility` ([MS-OXPROPS]).
pub const PidTagResponsibility: PropertyTag = PropertyTag(0x0E0F_000B);
/// `PidTagReturnedMessageid` ([MS-OXPROPS]).
pub const PidTagReturnedMessageid: PropertyTag = PropertyTag(0x0033_000B);
/// `PidTagRoamingBinary` ([MS-OXPROPS]).
pub const PidTagRoamingBinary: PropertyTag = PropertyTag(0x7C09_0102);
/// `PidTagRoamingDatatypes` ([MS-OXPROPS]).
pub const PidTagRoamingDatatypes: PropertyTag = PropertyTag(0x7C06_0003);
/// `PidTagRoamingDictionary` ([MS-OXPROPS]).
pub const PidTagRoamingDictionary: PropertyTag = PropertyTag(0x7C07_0102);
/// `PidTagRoamingXmlStream` ([MS-OXPROPS]).
pub const PidTagRoamingXmlStream: PropertyTag = PropertyTag(0x7C08_0102);
/// `PidTagRowType` ([MS-OXPROPS]).
pub const PidTagRowType: PropertyTag = PropertyTag(0x0FF5_0003);
/// `PidTagRowid` ([MS-OXPROPS]).
pub const PidTagRowid: PropertyTag = PropertyTag(0x3000_0003);
/// `PidTagRpcOverHttpFlags` ([MS-OXPROPS]).
pub const PidTagRpcOverHttpFlags: PropertyTag = PropertyTag(0x6623_0003);
/// `PidTagRpcOverHttpProxyAuthScheme` ([MS-OXPROPS]).
pub const PidTagRpcOverHttpProxyAuthScheme: PropertyTag = PropertyTag(0x6627_0003);
/// `PidTagRpcOverHttpProxyPrincipalName` ([MS-OXPROPS]).
pub const PidTagRpcOverHttpProxyPrincipalName: PropertyTag = PropertyTag(0x6625_001F);
/// `PidTagRpcOverHttpProxyServer` ([MS-OXPROPS]).
pub const PidTagRpcOverHttpProxyServer: PropertyTag = PropertyTag(0x6622_001F);
/// `PidTagRtfCompressed` ([MS-OXPROPS]).
pub const PidTagRtfCompressed: PropertyTag = PropertyTag(0x1009_0102);
/// `PidTagRtfInSync` ([MS-OXPROPS]).
pub const PidTagRtfInSync: PropertyTag = PropertyTag(0x0E1F_000B);
/// `PidTagRtfSyncBodyCount` ([MS-OXPROPS]).
pub const PidTagRtfSyncBodyCount: PropertyTag = PropertyTag(0x1007_0003);
/// `PidTagRtfSyncBodyCrc` ([MS-OXPROPS]).
pub const PidTagRtfSyncBodyCrc: PropertyTag = PropertyTag(0x1006_0003);
/// `PidTagRtfSyncBodyTag` ([MS-OXPROPS]).
pub const PidTagRtfSyncBodyTag: PropertyTag = PropertyTag(0x1008_001F);
/// `PidTagRtfSyncPrefixCount` ([MS-OXPROPS]).
pub const PidTagRtfSyncPrefixCount: PropertyTag = PropertyTag(0x1010_0003);
/// `PidTagRtfSyncTrailingCount` ([MS-OXPROPS]).
pub const PidTagRtfSyncTrailingCount: PropertyTag = PropertyTag(0x1011_0003);
/// `PidTagRuleActions` ([MS-OXPROPS]).
pub const PidTagRuleActions: PropertyTag = PropertyTag(0x6680_00FE);
/// `PidTagRuleCondition` ([MS-OXPROPS]).
pub const PidTagRuleCondition: PropertyTag = PropertyTag(0x6679_00FD);
/// `PidTagRuleId` ([MS-OXPROPS]).
pub const PidTagRuleId: PropertyTag = PropertyTag(0x6674_0014);
/// `PidTagRuleLevel` ([MS-OXPROPS]).
pub const PidTagRuleLevel: PropertyTag = PropertyTag(0x6683_0003);
/// `PidTagRuleMsgName` ([MS-OXPROPS]).
pub const PidTagRuleMsgName: PropertyTag = PropertyTag(0x65EC_001F);
/// `PidTagRuleMsgProvider` ([MS-OXPROPS]).
pub const PidTagRuleMsgProvider: PropertyTag = PropertyTag(0x65EB_001F);
/// `PidTagRuleName` ([MS-OXPROPS]).
pub const PidTagRuleName: PropertyTag = PropertyTag(0x6682_001E);
/// `PidTagRuleProvider` ([MS-OXPROPS]).
pub const PidTagRuleProvider: PropertyTag = PropertyTag(0x6681_001F);
/// `PidTagRuleProviderData` ([MS-OXPROPS]).
pub const PidTagRuleProviderData: PropertyTag = PropertyTag(0x6684_0102);
/// `PidTagRuleSequence` ([MS-OXPROPS]).
pub const PidTagRuleSequence: PropertyTag = PropertyTag(0x6676_0003);
/// `PidTagRuleState` ([MS-OXPROPS]).
pub const PidTagRuleState: PropertyTag = PropertyTag(0x6677_0003);
/// `PidTagRuleUserFlags` ([MS-OXPROPS]).
pub const PidTagRuleUserFlags: PropertyTag = PropertyTag(0x6678_0003);
/// `PidTagRulesTable` ([MS-OXPROPS]).
pub const PidTagRulesTable: PropertyTag = PropertyTag(0x3FE1_000D);
/// `PidTagScheduleInfoAppointmentTombstone` ([MS-OXPROPS]).
pub const PidTagScheduleInfoAppointmentTombstone: PropertyTag = PropertyTag(0x686A_0102);
/// `PidTagScheduleInfoAutoAcceptAppointments` ([MS-OXPROPS]).
pub const PidTagScheduleInfoAutoAcceptAppointments: PropertyTag = PropertyTag(0x686D_000B);
/// `PidTagScheduleInfoDelegateEntryIds` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDelegateEntryIds: PropertyTag = PropertyTag(0x6845_1102);
/// `PidTagScheduleInfoDelegateNames` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDelegateNames: PropertyTag = PropertyTag(0x6844_101F);
/// `PidTagScheduleInfoDelegatorWantsCopy` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDelegatorWantsCopy: PropertyTag = PropertyTag(0x6842_000B);
/// `PidTagScheduleInfoDelegatorWantsInfo` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDelegatorWantsInfo: PropertyTag = PropertyTag(0x684B_000B);
/// `PidTagScheduleInfoDisallowOverlappingAppts` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDisallowOverlappingAppts: PropertyTag = PropertyTag(0x686F_000B);
/// `PidTagScheduleInfoDisallowRecurringAppts` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDisallowRecurringAppts: PropertyTag = PropertyTag(0x686E_000B);
/// `PidTagScheduleInfoDontMailDelegates` ([MS-OXPROPS]).
pub const PidTagScheduleInfoDontMailDelegates: PropertyTag = PropertyTag(0x6843_000B);
/// `PidTagScheduleInfoFreeBusy` ([MS-OXPROPS]).
pub const PidTagScheduleInfoFreeBusy: PropertyTag = PropertyTag(0x686C_0102);
/// `PidTagScheduleInfoFreeBusyAway` ([MS-OXPROPS]).
pub const PidTagScheduleInfoFreeBusyAway: PropertyTag = PropertyTag(0x6856_1102);
/// `PidTagScheduleInfoFreeBusyBusy` ([MS-OXPROPS]).
pub const PidTagScheduleInfoFreeBusyBusy: PropertyTag = PropertyTag(0x6854_1102);
/// `PidTagScheduleInfoFreeBusyMerged` ([MS-OXPROPS]).
pub const PidTagScheduleInfoFreeBusyMerged: PropertyTag = PropertyTag(0x6850_1102);
/// `PidTagScheduleInfoFreeBusyTentative` ([MS-OXPROPS]).
pub const PidTagScheduleInfoFreeBusyTentative: PropertyTag = PropertyTag(0x6852_1102);
/// `PidTagScheduleInfoMonthsAway` ([MS-OXPROPS]).
pub const PidTagScheduleInfoMonthsAway: PropertyTag = PropertyTag(0x6855_1003);
/// `PidTagScheduleInfoMonthsBusy` ([MS-OXPROPS]).
pub const PidTagScheduleInfoMonthsBusy: PropertyTag = PropertyTag(0x6853_1003);
/// `PidTagScheduleInfoMonthsMerged` ([MS-OXPROPS]).
pub const PidTagScheduleInfoMonthsMerged: PropertyTag = PropertyTag(0x684F_1003);
/// `PidTagScheduleInfoMonthsTentative` ([MS-OXPROPS]).
pub const PidTagScheduleInfoMonthsTentative: PropertyTag = PropertyTag(0x6851_1003);
/// `PidTagScheduleInfoResourceType` ([MS-OXPROPS]).
pub const PidTagScheduleInfoResourceType: PropertyTag = PropertyTag(0x6841_0003);
/// `PidTagSearch` ([MS-OXPROPS]).
pub const PidTagSearch: PropertyTag = PropertyTag(0x3607_000D);
/// `PidTagSearchAttachments` ([MS-OXPROPS]).
pub const PidTagSearchAttachments: PropertyTag = PropertyTag(0x0EA5_001F);
/// `PidTagSearchFolderDefinition` ([MS-OXPROPS]).
pub const PidTagSearchFolderDefinition: PropertyTag = PropertyTag(0x6845_0102);
/// `PidTagSearchFolderEfpFlags` ([MS-OXPROPS]).
pub const PidTagSearchFolderEfpFlags: PropertyTag = PropertyTag(0x6848_0003);
/// `PidTagSearchFolderExpiration` ([MS-OXPROPS]).
pub const PidTagSearchFolderExpiration: PropertyTag = PropertyTag(0x683A_0003);
/// `PidTagSearchFolderId` ([MS-OXPROPS]).
pub const PidTagSearchFolderId: PropertyTag = PropertyTag(0x6842_0102);
/// `PidTagSearchFolderLastUsed` ([MS-OXPROPS]).
pub const PidTagSearchFolderLastUsed: PropertyTag = PropertyTag(0x6834_0003);
/// `PidTagSearchFolderStorageType` ([MS-OXPROPS]).
pub const PidTagSearchFolderStorageType: PropertyTag = PropertyTag(0x6846_0003);
/// `PidTagSearchFolderTag` ([MS-OXPROPS]).
pub const PidTagSearchFolderTag: PropertyTag = PropertyTag(0x6847_0003);
/// `PidTagSearchFolderTemplateId` ([MS-OXPROPS]).
pub const PidTagSearchFolderTemplateId: PropertyTag = PropertyTag(0x6841_0003);
/// `PidTagSearchKey` ([MS-OXPROPS]).
pub const PidTagSearchKey: PropertyTag = PropertyTag(0x300B_0102);
/// `PidTagSearchOwnerId` ([MS-OXPROPS]).
pub const PidTagSearchOwnerId: PropertyTag = PropertyTag(0x3419_0003);
/// `PidTagSearchRecipientEmailBcc` ([MS-OXPROPS]).
pub const PidTagSearchRecipientEmailBcc: PropertyTag = PropertyTag(0x0EA8_001F);
/// `PidTagSearchRecipientEmailCc` ([MS-OXPROPS]).
pub const PidTagSearchRecipientEmailCc: PropertyTag = PropertyTag(0x0EA7_001F);
/// `PidTagSearchRecipientEmailTo` ([MS-OXPROPS]).
pub const PidTagSearchRecipientEmailTo: PropertyTag = PropertyTag(0x0EA6_001F);
/// `PidTagSelectable` ([MS-OXPROPS]).
pub const PidTagSelectable: PropertyTag = PropertyTag(0x3609_000B);
/// `PidTagSendInternetEncoding` ([MS-OXPROPS]).
pub const PidTagSendInternetEncoding: PropertyTag = PropertyTag(0x3A71_0003);
/// `PidTagSendRichInfo` ([MS-OXPROPS]).
pub const PidTagSendRichInfo: PropertyTag = PropertyTag(0x3A40_000B);
/// `PidTagSenderAddressType` ([MS-OXPROPS]).
pub const PidTagSenderAddressType: PropertyTag = PropertyTag(0x0C1E_001F);
/// `PidTagSenderEmailAddress` ([MS-OXPROPS]).
pub const PidTagSenderEmailAddress: PropertyTag = PropertyTag(0x0C1F_001F);
/// `PidTagSenderEntryId` ([MS-OXPROPS]).
pub const PidTagSenderEntryId: PropertyTag = PropertyTag(0x0C19_0102);
/// `PidTagSenderName` ([MS-OXPROPS]).
pub const PidTagSenderName: PropertyTag = PropertyTag(0x0C1A_001F);
/// `PidTagSenderSearchKey` ([MS-OXPROPS]).
pub const PidTagSenderSearchKey: PropertyTag = PropertyTag(0x0C1D_0102);
/// `PidTagSenderSmtpAddress` ([MS-OXPROPS]).
pub const PidTagSenderSmtpAddress: PropertyTag = PropertyTag(0x5D01_001F);
/// `PidTagSensitivity` ([MS-OXPROPS]).
pub const PidTagSensitivity: PropertyTag = PropertyTag(0x0036_0003);
/// `PidTagSentMailEntryId` ([MS-OXPROPS]).
pub const PidTagSentMailEntryId: PropertyTag = PropertyTag(0x0E0A_0102);
/// `PidTagSentRepresentingAddressType` ([MS-OXPROPS]).
pub const PidTagSentRepresentingAddressType: PropertyTag = PropertyTag(0x0064_001F);
/// `PidTagSentRepresentingEmailAddress` ([MS-OXPROPS]).
pub const PidTagSentRepresentingEmailAddress: PropertyTag = PropertyTag(0x0065_001F);
/// `PidTagSentRepresentingEntryId` ([MS-OXPROPS]).
pub const PidTagSentRepresentingEntryId: PropertyTag = PropertyTag(0x0041_0102);
/// `PidTagSentRepresentingName` ([MS-OXPROPS]).
pub const PidTagSentRepresentingName: PropertyTag = PropertyTag(0x0042_001F);
/// `PidTagSentRepresentingSearchKey` ([MS-OXPROPS]).
pub const PidTagSentRepresentingSearchKey: PropertyTag = PropertyTag(0x003B_0102);
/// `PidTagSentRepresentingSmtpAddress` ([MS-OXPROPS]).
pub const PidTagSentRepresentingSmtpAddress: PropertyTag = PropertyTag(0x5D02_001F);
/// `PidTagServerAccountIcon` ([MS-OXPROPS]).
pub const PidTagServerAccountIcon: PropertyTag = PropertyTag(0x341F_0102);
/// `PidTagServerConnectedIcon` ([MS-OXPROPS]).
pub const PidTagServerConnectedIcon: PropertyTag = PropertyTag(0x341E_0102);
/// `PidTagServerTypeDisplayName` ([MS-OXPROPS]).
pub const PidTagServerTypeDisplayName: PropertyTag = PropertyTag(0x341D_0102);
/// `PidTagServiceDeleteFiles` ([MS-OXPROPS]).
pub const PidTagServiceDeleteFiles: PropertyTag = PropertyTag(0x3D10_101F);
/// `PidTagServiceDllName` ([MS-OXPROPS]).
pub const PidTagServiceDllName: PropertyTag = PropertyTag(0x3D0A_001F);
/// `PidTagServiceEntryName` ([MS-OXPROPS]).
pub const PidTagServiceEntryName: PropertyTag = PropertyTag(0x3D0B_001E);
/// `PidTagServiceExtraUids` ([MS-OXPROPS]).
pub const PidTagServiceExtraUids: PropertyTag = PropertyTag(0x3D0D_0102);
/// `PidTagServiceInstallId` ([MS-OXPROPS]).
pub const PidTagServiceInstallId: PropertyTag = PropertyTag(0x3D13_001F);
/// `PidTagServiceName` ([MS-OXPROPS]).
pub const PidTagServiceName: PropertyTag = PropertyTag(0x3D09_001F);
/// `PidTagServiceSupportFiles` ([MS-OXPROPS]).
pub const PidTagServiceSupportFiles: PropertyTag = PropertyTag(0x3D0F_101F);
/// `PidTagServiceUid` ([MS-OXPROPS]).
pub const PidTagServiceUid: PropertyTag = PropertyTag(0x3D0C_0102);
/// `PidTagServices` ([MS-OXPROPS]).
pub const PidTagServices: PropertyTag = PropertyTag(0x3D0E_0102);
/// `PidTagSmtpAddress` ([MS-OXPROPS]).
pub const PidTagSmtpAddress: PropertyTag = PropertyTag(0x39FE_001F);
/// `PidTagSourceKey` ([MS-OXPROPS]).
pub const PidTagSourceKey: PropertyTag = PropertyTag(0x65E0_0102);
/// `PidTagSpamJunkSenders` ([MS-OXPROPS]).
pub const PidTagSpamJunkSenders: PropertyTag = PropertyTag(0x041A_001F);
/// `PidTagSpamThreshold` ([MS-OXPROPS]).
pub const PidTagSpamThreshold: PropertyTag = PropertyTag(0x041B_0003);
/// `PidTagSpamTrustedRecipients` ([MS-OXPROPS]).
pub const PidTagSpamTrustedRecipients: PropertyTag = PropertyTag(0x0419_001F);
/// `PidTagSpamTrustedSenders` ([MS-OXPROPS]).
pub const PidTagSpamTrustedSenders: PropertyTag = PropertyTag(0x0418_001F);
/// `PidTagSpoolerStatus` ([MS-OXPROPS]).
pub const PidTagSpoolerStatus: PropertyTag = PropertyTag(0x0E10_0003);
/// `PidTagSpouseName` ([MS-OXPROPS]).
pub const PidTagSpouseName: PropertyTag = PropertyTag(0x3A48_001F);
/// `PidTagStartDate` ([MS-OXPROPS]).
pub const PidTagStartDate: PropertyTag = PropertyTag(0x0060_0040);
/// `PidTagStateOrProvince` ([MS-OXPROPS]).
pub const PidTagStateOrProvince: PropertyTag = PropertyTag(0x3A28_001F);
/// `PidTagStatus` ([MS-OXPROPS]).
pub const PidTagStatus: PropertyTag = PropertyTag(0x360B_0003);
/// `PidTagStatusCode` ([MS-OXPROPS]).
pub const PidTagStatusCode: PropertyTag = PropertyTag(0x3E04_0003);
/// `PidTagStatusString` ([MS-OXPROPS]).
pub const PidTagStatusString: PropertyTag = PropertyTag(0x3E08_001F);
/// `PidTagStoreEntryId` ([MS-OXPROPS]).
pub const PidTagStoreEntryId: PropertyTag = PropertyTag(0x0FFB_0102);
/// `PidTagStoreEntryIdEmsmdbV1` ([MS-OXPROPS]).
pub const PidTagStoreEntryIdEmsmdbV1: PropertyTag = PropertyTag(0x65F6_0102);
/// `PidTagStoreProvider` ([MS-OXPROPS]).
pub const PidTagStoreProvider: PropertyTag = PropertyTag(0x3414_0102);
/// `PidTagStoreProviders` ([MS-OXPROPS]).
pub const PidTagStoreProviders: PropertyTag = PropertyTag(0x3D00_0102);
/// `PidTagStoreRecordKey` ([MS-OXPROPS]).
pub const PidTagStoreRecordKey: PropertyTag = PropertyTag(0x0FFA_0102);
/// `PidTagStoreState` ([MS-OXPROPS]).
pub const PidTagStoreState: PropertyTag = PropertyTag(0x340E_0003);
/// `PidTagStoreSupportMask` ([MS-OXPROPS]).
pub const PidTagStoreSupportMask: PropertyTag = PropertyTag(0x340D_0003);
/// `PidTagStoreUnicodeMask` ([MS-OXPROPS]).
pub const PidTagStoreUnicodeMask: PropertyTag = PropertyTag(0x340F_0003);
/// `PidTagStreetAddress` ([MS-OXPROPS]).
pub const PidTagStreetAddress: PropertyTag = PropertyTag(0x3A29_001F);
/// `PidTagSubfolders` ([MS-OXPROPS]).
pub const PidTagSubfolders: PropertyTag = PropertyTag(0x360A_000B);
/// `PidTagSubject` ([MS-OXPROPS]).
pub const PidTagSubject: PropertyTag = PropertyTag(0x0037_001F);
/// `PidTagSubjectMessageId` ([MS-OXPROPS]).
pub const PidTagSubjectMessageId: PropertyTag = PropertyTag(0x0038_0102);
/// `PidTagSubjectPrefix` ([MS-OXPROPS]).
pub const PidTagSubjectPrefix: PropertyTag = PropertyTag(0x003D_001F);
/// `PidTagSubmitFlags` ([MS-OXPROPS]).
pub const PidTagSubmitFlags: PropertyTag = PropertyTag(0x0E14_0003);
/// `PidTagSupplementaryInfo` ([MS-OXPROPS]).
pub const PidTagSupplementaryInfo: PropertyTag = PropertyTag(0x0C1B_001F);
/// `PidTagSurname` ([MS-OXPROPS]).
pub const PidTagSurname: PropertyTag = PropertyTag(0x3A11_001F);
/// `PidTagSwappedToDoData` ([MS-OXPROPS]).
pub const PidTagSwappedToDoData: PropertyTag = PropertyTag(0x0E2D_0102);
/// `PidTagSwappedToDoStore` ([MS-OXPROPS]).
pub const PidTagSwappedToDoStore: PropertyTag = PropertyTag(0x0E2C_0102);
/// `PidTagTelecommunicationsDeviceForDeafTelephoneNumber` ([MS-OXPROPS]).
pub const PidTagTelecommunicationsDeviceForDeafTelephoneNumber: PropertyTag =
    PropertyTag(0x3A4B_001F);
/// `PidTagTelexNumber` ([MS-OXPROPS]).
pub const PidTagTelexNumber: PropertyTag = PropertyTag(0x3A2C_001F);
/// `PidTagTemplateid` ([MS-OXPROPS]).
pub const PidTagTemplateid: PropertyTag = PropertyTag(0x3902_0102);
/// `PidTagTextAttachmentCharset` ([MS-OXPROPS]).
pub const PidTagTextAttachmentCharset: PropertyTag = PropertyTag(0x371B_001F);
/// `PidTagTitle` ([MS-OXPROPS]).
pub const PidTagTitle: PropertyTag = PropertyTag(0x3A17_001F);
/// `PidTagTnefCorrelationKey` ([MS-OXPROPS]).
pub const PidTagTnefCorrelationKey: PropertyTag = PropertyTag(0x007F_0102);
/// `PidTagTnefUnprocessedProps` ([MS-OXPROPS]).
pub const PidTagTnefUnprocessedProps: PropertyTag = PropertyTag(0x0E9C_0102);
/// `PidTagToDoItemFlags` ([MS-OXPROPS]).
pub const PidTagToDoItemFlags: PropertyTag = PropertyTag(0x0E2B_0003);
/// `PidTagTransmittableDisplayName` ([MS-OXPROPS]).
pub const PidTagTransmittableDisplayName: PropertyTag = PropertyTag(0x3A20_001F);
/// `PidTagTransportKey` ([MS-OXPROPS]).
pub const PidTagTransportKey: PropertyTag = PropertyTag(0x0E16_0003);
/// `PidTagTransportMessageHeaders` ([MS-OXPROPS]).
pub const PidTagTransportMessageHeaders: PropertyTag = PropertyTag(0x007D_001F);
/// `PidTagTransportProviders` ([MS-OXPROPS]).
pub const PidTagTransportProviders: PropertyTag = PropertyTag(0x3D02_0102);
/// `PidTagTtyTddPhoneNumber` ([MS-OXPROPS]).
pub const PidTagTtyTddPhoneNumber: PropertyTag = PropertyTag(0x3A4B_001F);
/// `PidTagTypeOfX400User` ([MS-OXPROPS]).
pub const PidTagTypeOfX400User: PropertyTag = PropertyTag(0x0C1C_0003);
/// `PidTagUrlComponentName` ([MS-OXPROPS]).
pub const PidTagUrlComponentName: PropertyTag = PropertyTag(0x10F3_001F);
/// `PidTagUserCertificate` ([MS-OXPROPS]).
pub const PidTagUserCertificate: PropertyTag = PropertyTag(0x3A22_0102);
/// `PidTagUserFields` ([MS-OXPROPS]).
pub const PidTagUserFields: PropertyTag = PropertyTag(0x36E3_0102);
/// `PidTagUserX509Certificate` ([MS-OXPROPS]).
pub const PidTagUserX509Certificate: PropertyTag = PropertyTag(0x3A70_1102);
/// `PidTagValidFolderMask` ([MS-OXPROPS]).
pub const PidTagValidFolderMask: PropertyTag = PropertyTag(0x35DF_0003);
/// `PidTagViewDescriptorName` ([MS-OXPROPS]).
pub const PidTagViewDescriptorName: PropertyTag = PropertyTag(0x7006_001F);
/// `PidTagViewDescriptorVersion` ([MS-OXPROPS]).
pub const PidTagViewDescriptorVersion: PropertyTag = PropertyTag(0x7007_0003);
/// `PidTagViewsEntryId` ([MS-OXPROPS]).
pub const PidTagViewsEntryId: PropertyTag = PropertyTag(0x35E5_0102);
/// `PidTagWeddingAnniversary` ([MS-OXPROPS]).
pub const PidTagWeddingAnniversary: PropertyTag = PropertyTag(0x3A41_0040);
/// `PidTagWizardNoPabPage` ([MS-OXPROPS]).
pub const PidTagWizardNoPabPage: PropertyTag = PropertyTag(0x6701_000B);
/// `PidTagWizardNoPstPage` ([MS-OXPROPS]).
pub const PidTagWizardNoPstPage: PropertyTag = PropertyTag(0x6700_000B);
/// `PidTagX400ContentType` ([MS-OXPROPS]).
pub const PidTagX400ContentType: PropertyTag = PropertyTag(0x003C_0102);
/// `PidTagXCoordinate` ([MS-OXPROPS]).
pub const PidTagXCoordinate: PropertyTag = PropertyTag(0x3F05_0003);
/// `PidTagYCoordinate` ([MS-OXPROPS]).
pub const PidTagYCoordinate: PropertyTag = PropertyTag(0x3F06_0003);

/// Property id to canonical name for the ids below 0x8000, sorted by id, one name
/// per id (where [MS-OXPROPS] gives several names for one id, the smallest in
/// byte order).
#[cfg(feature = "names")]
#[rustfmt::skip]
pub static TAG_NAMES: &[(u16, &str)] = &[
    (0x0000, "PidTagNull"),
    (0x0001, "PidTagAcknowledgementMode"),
    (0x0002, "PidTagAlternateRecipientAllowed"),
    (0x0003, "PidTagAuthorizingUsers"),
    (0x0004, "PidTagAutoForwardComment"),
    (0x0005, "PidTagAutoForwarded"),
    (0x0006, "PidTagContentConfidentialityAlgorithmId"),
    (0x0007, "PidTagContentCorrelator"),
    (0x0008, "PidTagContentIdentifier"),
    (0x0009, "PidTagContentLength"),
    (0x000A, "PidTagContentReturnRequested"),
    (0x000B, "PidTagConversationKey"),
    (0x000C, "PidTagConversionEits"),
    (0x000D, "PidTagConversionWithLossProhibited"),
    (0x000E, "PidTagConvertedEits"),
    (0x000F, "PidTagDeferredDeliveryTime"),
    (0x0010, "PidTagDeliverTime"),
    (0x0011, "PidTagDiscardReason"),
    (0x0012, "PidTagDisclosureOfRecipients"),
    (0x0013, "PidTagDistributionListExpansionHistory"),
    (0x0014, "PidTagDistributionListExpansionProhibited"),
    (0x0015, "PidTagExpiryTime"),
    (0x0016, "PidTagImplicitConversionProhibited"),
    (0x0017, "PidTagImportance"),
    (0x0019, "PidTagLatestDeliveryTime"),
    (0x001A, "PidTagMessageClass"),
    (0x001B, "PidTagMessageDeliveryId"),
    (0x001E, "PidTagMessageSecurityLabel"),
    (0x001F, "PidTagObsoletedMessageIds"),
    (0x0020, "PidTagOriginallyIntendedRecipientName"),
    (0x0021, "PidTagOriginalEits"),
    (0x0022, "PidTagOriginatorCertificate"),
    (0x0023, "PidTagOriginatorDeliveryReportRequested"),
    (0x0024, "PidTagOriginatorReturnAddress"),
    (0x0026, "PidTagPriority"),
    (0x0027, "PidTagOriginCheck"),
    (0x0028, "PidTagProofOfSubmissionRequested"),
    (0x0029, "PidTagReadReceiptRequested"),
    (0x002A, "PidTagReceiptTime"),
    (0x002B, "PidTagRecipientReassignmentProhibited"),
    (0x002C, "PidTagRedirectionHistory"),
    (0x002D, "PidTagRelatedMessageIds"),
    (0x002E, "PidTagOriginalSensitivity"),
    (0x002F, "PidTagLanguages"),
    (0x0030, "PidTagReplyTime"),
    (0x0031, "PidTagReportTag"),
    (0x0032, "PidTagReportTime"),
    (0x0033, "PidTagReturnedMessageid"),
    (0x0035, "PidTagIncompleteCopy"),
    (0x0036, "PidTagSensitivity"),
    (0x0037, "PidTagSubject"),
    (0x0038, "PidTagSubjectMessageId"),
    (0x0039, "PidTagClientSubmitTime"),
    (0x003A, "PidTagReportName"),
    (0x003B, "PidTagSentRepresentingSearchKey"),
    (0x003C, "PidTagX400ContentType"),
    (0x003D, "PidTagSubjectPrefix"),
    (0x003E, "PidTagNonReceiptReason"),
    (0x003F, "PidTagReceivedByEntryId"),
    (0x0040, "PidTagReceivedByName"),
    (0x0041, "PidTagSentRepresentingEntryId"),
    (0x0042, "PidTagSentRepresentingName"),
    (0x0043, "PidTagReceivedRepresentingEntryId"),
    (0x0044, "PidTagReceivedRepresentingName"),
    (0x0045, "PidTagReportEntryId"),
    (0x0046, "PidTagReadReceiptEntryId"),
    (0x0047, "PidTagMessageSubmissionId"),
    (0x0048, "PidTagProviderSubmitTime"),
    (0x0049, "PidTagOriginalSubject"),
    (0x004B, "PidTagOriginalMessageClass"),
    (0x004C, "PidTagOriginalAuthorEntryId"),
    (0x004D, "PidTagOriginalAuthorName"),
    (0x004E, "PidTagOriginalSubmitTime"),
    (0x004F, "PidTagReplyRecipientEntries"),
    (0x0050, "PidTagReplyRecipientNames"),
    (0x0051, "PidTagReceivedBySearchKey"),
    (0x0052, "PidTagReceivedRepresentingSearchKey"),
    (0x0053, "PidTagReadReceiptSearchKey"),
    (0x0054, "PidTagReportSearchKey"),
    (0x0055, "PidTagOriginalDeliveryTime"),
    (0x0056, "PidTagOriginalAuthorSearchKey"),
    (0x0057, "PidTagMessageToMe"),
    (0x0058, "PidTagMessageCcMe"),
    (0x0059, "PidTagMessageRecipientMe"),
    (0x005A, "PidTagOriginalSenderName"),
    (0x005B, "PidTagOriginalSenderEntryId"),
    (0x005C, "PidTagOriginalSenderSearchKey"),
    (0x005D, "PidTagOriginalSentRepresentingName"),
    (0x005E, "PidTagOriginalSentRepresentingEntryId"),
    (0x005F, "PidTagOriginalSentRepresentingSearchKey"),
    (0x0060, "PidTagStartDate"),
    (0x0061, "PidTagEndDate"),
    (0x0062, "PidTagOwnerAppointmentId"),
    (0x0063, "PidTagResponseRequested"),
    (0x0064, "PidTagSentRepresentingAddressType"),
    (0x0065, "PidTagSentRepresentingEmailAddress"),
    (0x0066, "PidTagOriginalSenderAddressType"),
    (0x0067, "PidTagOriginalSenderEmailAddress"),
    (0x0068, "PidTagOriginalSentRepresentingAddressType"),
    (0x0069, "PidTagOriginalSentRepresentingEmailAddress"),
    (0x0070, "PidTagConversationTopic"),
    (0x0071, "PidTagConversationIndex"),
    (0x0072, "PidTagOriginalDisplayBcc"),
    (0x0073, "PidTagOriginalDisplayCc"),
    (0x0074, "PidTagOriginalDisplayTo"),
    (0x0075, "PidTagReceivedByAddressType"),
    (0x0076, "PidTagReceivedByEmailAddress"),
    (0x0077, "PidTagReceivedRepresentingAddressType"),
    (0x0078, "PidTagReceivedRepresentingEmailAddress"),
    (0x0079, "PidTagOriginalAuthorAddressType"),
    (0x007A, "PidTagOriginalAuthorEmailAddress"),
    (0x007B, "PidTagOriginallyIntendedRecipAddrtype"),
    (0x007C, "PidTagOriginallyIntendedRecipEmailAddress"),
    (0x007D, "PidTagTransportMessageHeaders"),
    (0x007F, "PidTagTnefCorrelationKey"),
    (0x0080, "PidTagReportDisposition"),
    (0x0081, "PidTagReportDispositionMode"),
    (0x0082, "PidTagReportOriginalSender"),
    (0x0083, "PidTagReportDispositionToNames"),
    (0x0084, "PidTagReportDispositionToEmailAddresses"),
    (0x0085, "PidTagReportDispositionOptions"),
    (0x0343, "PidTagInferenceEnabled"),
    (0x0418, "PidTagSpamTrustedSenders"),
    (0x0419, "PidTagSpamTrustedRecipients"),
    (0x041A, "PidTagSpamJunkSenders"),
    (0x041B, "PidTagSpamThreshold"),
    (0x0C00, "PidTagContentIntegrityCheck"),
    (0x0C01, "PidTagExplicitConversion"),
    (0x0C02, "PidTagIpmReturnRequested"),
    (0x0C03, "PidTagMessageToken"),
    (0x0C04, "PidTagNonDeliveryReportReasonCode"),
    (0x0C05, "PidTagNonDeliveryReportDiagCode"),
    (0x0C06, "PidTagNonReceiptNotificationRequested"),
    (0x0C07, "PidTagDeliveryPoint"),
    (0x0C08, "PidTagOriginatorNonDeliveryReportRequested"),
    (0x0C09, "PidTagOriginatorRequestedAlternateRecipient"),
    (0x0C0A, "PidTagPhysicalDeliveryBureauFaxDelivery"),
    (0x0C0B, "PidTagPhysicalDeliveryMode"),
    (0x0C0C, "PidTagPhysicalDeliveryReportRequest"),
    (0x0C0D, "PidTagPhysicalForwardingAddress"),
    (0x0C0E, "PidTagPhysicalForwardingAddressRequested"),
    (0x0C0F, "PidTagPhysicalForwardingProhibited"),
    (0x0C10, "PidTagPhysicalRenditionAttributes"),
    (0x0C11, "PidTagProofOfDelivery"),
    (0x0C12, "PidTagProofOfDeliveryRequested"),
    (0x0C13, "PidTagRecipientCertificate"),
    (0x0C14, "PidTagRecipientNumberForAdvice"),
    (0x0C15, "PidTagRecipientType"),
    (0x0C16, "PidTagRegisteredMailType"),
    (0x0C17, "PidTagReplyRequested"),
    (0x0C18, "PidTagRequestedDeliveryMethod"),
    (0x0C19, "PidTagSenderEntryId"),
    (0x0C1A, "PidTagSenderName"),
    (0x0C1B, "PidTagSupplementaryInfo"),
    (0x0C1C, "PidTagTypeOfX400User"),
    (0x0C1D, "PidTagSenderSearchKey"),
    (0x0C1E, "PidTagSenderAddressType"),
    (0x0C1F, "PidTagSenderEmailAddress"),
    (0x0E01, "PidTagDeleteAfterSubmit"),
    (0x0E02, "PidTagDisplayBcc"),
    (0x0E03, "PidTagDisplayCc"),
    (0x0E04, "PidTagDisplayTo"),
    (0x0E05, "PidTagParentDisplay"),
    (0x0E06, "PidTagMessageDeliveryTime"),
    (0x0E07, "PidTagMessageFlags"),
    (0x0E08, "PidTagMessageSize"),
    (0x0E09, "PidTagParentEntryId"),
    (0x0E0A, "PidTagSentMailEntryId"),
    (0x0E0C, "PidTagCorrelate"),
    (0x0E0D, "PidTagCorrelateMtsid"),
    (0x0E0E, "PidTagDiscreteValues"),
    (0x0E0F, "PidTagResponsibility"),
    (0x0E10, "PidTagSpoolerStatus"),
    (0x0E12, "PidTagMessageRecipients"),
    (0x0E13, "PidTagMessageAttachments"),
    (0x0E14, "PidTagSubmitFlags"),
    (0x0E15, "PidTagRecipientStatus"),
    (0x0E16, "PidTagTransportKey"),
    (0x0E17, "PidTagMessageStatus"),
    (0x0E18, "PidTagMessageDownloadTime"),
    (0x0E1B, "PidTagHasAttachments"),
    (0x0E1C, "PidTagBodyCrc"),
    (0x0E1D, "PidTagNormalizedSubject"),
    (0x0E1F, "PidTagRtfInSync"),
    (0x0E20, "PidTagAttachSize"),
    (0x0E21, "PidTagAttachNumber"),
    (0x0E22, "PidTagPreprocess"),
    (0x0E23, "PidTagInternetArticleNumber"),
    (0x0E25, "PidTagOriginatingMtaCertificate"),
    (0x0E26, "PidTagProofOfSubmission"),
    (0x0E28, "PidTagPrimarySendAccount"),
    (0x0E29, "PidTagNextSendAcct"),
    (0x0E2B, "PidTagToDoItemFlags"),
    (0x0E2C, "PidTagSwappedToDoStore"),
    (0x0E2D, "PidTagSwappedToDoData"),
    (0x0E69, "PidTagRead"),
    (0x0E99, "PidTagExtendedRuleMessageActions"),
    (0x0E9A, "PidTagExtendedRuleMessageCondition"),
    (0x0E9B, "PidTagExtendedRuleSizeLimit"),
    (0x0E9C, "PidTagTnefUnprocessedProps"),
    (0x0EA0, "PidTagAssociatedSharingProvider"),
    (0x0EA3, "PidTagProviderItemId"),
    (0x0EA4, "PidTagProviderParentItemId"),
    (0x0EA5, "PidTagSearchAttachments"),
    (0x0EA6, "PidTagSearchRecipientEmailTo"),
    (0x0EA7, "PidTagSearchRecipientEmailCc"),
    (0x0EA8, "PidTagSearchRecipientEmailBcc"),
    (0x0FF4, "PidTagAccess"),
    (0x0FF5, "PidTagRowType"),
    (0x0FF6, "PidTagInstanceKey"),
    (0x0FF7, "PidTagAccessLevel"),
    (0x0FF8, "PidTagMappingSignature"),
    (0x0FF9, "PidTagRecordKey"),
    (0x0FFA, "PidTagStoreRecordKey"),
    (0x0FFB, "PidTagStoreEntryId"),
    (0x0FFC, "PidTagMiniIcon"),
    (0x0FFD, "PidTagIcon"),
    (0x0FFE, "PidTagObjectType"),
    (0x0FFF, "PidTagEntryId"),
    (0x1000, "PidTagBody"),
    (0x1001, "PidTagReportText"),
    (0x1002, "PidTagOriginatorAndDistributionListExpansionHistory"),
    (0x1003, "PidTagReportingDistributionListName"),
    (0x1004, "PidTagReportingMessageTransferAgentCertificate"),
    (0x1006, "PidTagRtfSyncBodyCrc"),
    (0x1007, "PidTagRtfSyncBodyCount"),
    (0x1008, "PidTagRtfSyncBodyTag"),
    (0x1009, "PidTagRtfCompressed"),
    (0x1010, "PidTagRtfSyncPrefixCount"),
    (0x1011, "PidTagRtfSyncTrailingCount"),
    (0x1012, "PidTagOriginallyIntendedRecipEntryId"),
    (0x1013, "PidTagBodyHtml"),
    (0x1014, "PidTagBodyContentLocation"),
    (0x1030, "PidTagInternetApproved"),
    (0x1031, "PidTagInternetControl"),
    (0x1032, "PidTagInternetDistribution"),
    (0x1033, "PidTagInternetFollowupTo"),
    (0x1034, "PidTagInternetLines"),
    (0x1035, "PidTagInternetMessageId"),
    (0x1037, "PidTagInternetOrganization"),
    (0x1038, "PidTagInternetNntpPath"),
    (0x1039, "PidTagInternetReferences"),
    (0x1042, "PidTagInReplyToId"),
    (0x1043, "PidTagListHelp"),
    (0x1044, "PidTagListSubscribe"),
    (0x1045, "PidTagListUnsubscribe"),
    (0x1046, "PidTagInternetReturnPath"),
    (0x1080, "PidTagIconIndex"),
    (0x1081, "PidTagLastVerbExecuted"),
    (0x1082, "PidTagLastVerbExecutionTime"),
    (0x1090, "PidTagFlagStatus"),
    (0x1091, "PidTagFlagCompleteTime"),
    (0x1095, "PidTagFollowupIcon"),
    (0x1097, "PidTagItemTemporaryflags"),
    (0x1098, "PidTagConflictItems"),
    (0x10F0, "PidTagImapCachedMsgsize"),
    (0x10F3, "PidTagUrlComponentName"),
    (0x10F4, "PidTagAttributeHidden"),
    (0x3000, "PidTagRowid"),
    (0x3001, "PidTagDisplayName"),
    (0x3002, "PidTagAddressType"),
    (0x3003, "PidTagEmailAddress"),
    (0x3004, "PidTagComment"),
    (0x3005, "PidTagDepth"),
    (0x3006, "PidTagProviderDisplay"),
    (0x3007, "PidTagCreationTime"),
    (0x3008, "PidTagLastModificationTime"),
    (0x3009, "PidTagResourceFlags"),
    (0x300A, "PidTagProviderDllName"),
    (0x300B, "PidTagSearchKey"),
    (0x300C, "PidTagProviderUid"),
    (0x300D, "PidTagProviderOrdinal"),
    (0x3301, "PidTagFormVersion"),
    (0x3302, "PidTagFormClassId"),
    (0x3303, "PidTagFormContactName"),
    (0x3304, "PidTagFormCategory"),
    (0x3305, "PidTagFormCategorySub"),
    (0x3306, "PidTagFormHostMap"),
    (0x3307, "PidTagFormHidden"),
    (0x3308, "PidTagFormDesignerName"),
    (0x3309, "PidTagFormDesignerGuid"),
    (0x330A, "PidTagFormMessageBehavior"),
    (0x3400, "PidTagDefaultStore"),
    (0x340D, "PidTagStoreSupportMask"),
    (0x340E, "PidTagStoreState"),
    (0x340F, "PidTagStoreUnicodeMask"),
    (0x3414, "PidTagStoreProvider"),
    (0x3415, "PidTagReceiveFolderSettings"),
    (0x3417, "PidTagProviderIcon"),
    (0x3418, "PidTagProviderDisplayName"),
    (0x3419, "PidTagSearchOwnerId"),
    (0x341D, "PidTagServerTypeDisplayName"),
    (0x341E, "PidTagServerConnectedIcon"),
    (0x341F, "PidTagServerAccountIcon"),
    (0x35DF, "PidTagValidFolderMask"),
    (0x35E0, "PidTagIpmSubtreeEntryId"),
    (0x35E2, "PidTagIpmOutboxEntryId"),
    (0x35E3, "PidTagIpmWastebasketEntryId"),
    (0x35E4, "PidTagIpmSentMailEntryId"),
    (0x35E5, "PidTagViewsEntryId"),
    (0x35E6, "PidTagCommonViewsEntryId"),
    (0x35E7, "PidTagFinderEntryId"),
    (0x3600, "PidTagContainerFlags"),
    (0x3601, "PidTagFolderType"),
    (0x3602, "PidTagContentCount"),
    (0x3603, "PidTagContentUnreadCount"),
    (0x3604, "PidTagCreateTemplates"),
    (0x3605, "PidTagDetailsTable"),
    (0x3607, "PidTagSearch"),
    (0x3609, "PidTagSelectable"),
    (0x360A, "PidTagSubfolders"),
    (0x360B, "PidTagStatus"),
    (0x360C, "PidTagAnr"),
    (0x360E, "PidTagContainerHierarchy"),
    (0x360F, "PidTagContainerContents"),
    (0x3610, "PidTagFolderAssociatedContents"),
    (0x3611, "PidTagDefCreateDl"),
    (0x3612, "PidTagDefCreateMailuser"),
    (0x3613, "PidTagContainerClass"),
    (0x3615, "PidTagAbProviderId"),
    (0x3616, "PidTagDefaultViewEntryId"),
    (0x3617, "PidTagAssociatedContentCount"),
    (0x36D0, "PidTagIpmAppointmentEntryId"),
    (0x36D1, "PidTagIpmContactEntryId"),
    (0x36D2, "PidTagIpmJournalEntryId"),
    (0x36D3, "PidTagIpmNoteEntryId"),
    (0x36D4, "PidTagIpmTaskEntryId"),
    (0x36D5, "PidTagRemindersOnlineEntryId"),
    (0x36D7, "PidTagIpmDraftsEntryId"),
    (0x36D8, "PidTagAdditionalRenEntryIds"),
    (0x36D9, "PidTagAdditionalRenEntryIdsEx"),
    (0x36DA, "PidTagExtendedFolderFlags"),
    (0x36DF, "PidTagFolderWebViewInfo"),
    (0x36E2, "PidTagOrdinalMost"),
    (0x36E3, "PidTagUserFields"),
    (0x36E4, "PidTagFreeBusyEntryIds"),
    (0x36E5, "PidTagDefaultPostMessageClass"),
    (0x36EC, "PidTagAgingPeriod"),
    (0x36EE, "PidTagAgingGranularity"),
    (0x3701, "PidTagAttachDataBinary"),
    (0x3702, "PidTagAttachEncoding"),
    (0x3703, "PidTagAttachExtension"),
    (0x3704, "PidTagAttachFilename"),
    (0x3705, "PidTagAttachMethod"),
    (0x3707, "PidTagAttachLongFilename"),
    (0x3708, "PidTagAttachPathname"),
    (0x3709, "PidTagAttachRendering"),
    (0x370A, "PidTagAttachTag"),
    (0x370B, "PidTagRenderingPosition"),
    (0x370C, "PidTagAttachTransportName"),
    (0x370D, "PidTagAttachLongPathname"),
    (0x370E, "PidTagAttachMimeTag"),
    (0x370F, "PidTagAttachAdditionalInformation"),
    (0x3710, "PidTagAttachMimeSequence"),
    (0x3711, "PidTagAttachContentBase"),
    (0x3712, "PidTagAttachContentId"),
    (0x3713, "PidTagAttachContentLocation"),
    (0x3714, "PidTagAttachFlags"),
    (0x3719, "PidTagAttachPayloadProviderGuidString"),
    (0x371A, "PidTagAttachPayloadClass"),
    (0x371B, "PidTagTextAttachmentCharset"),
    (0x3900, "PidTagDisplayType"),
    (0x3902, "PidTagTemplateid"),
    (0x3905, "PidTagDisplayTypeEx"),
    (0x39FE, "PidTagSmtpAddress"),
    (0x39FF, "PidTag7BitDisplayName"),
    (0x3A00, "PidTagAccount"),
    (0x3A01, "PidTagAlternateRecipient"),
    (0x3A02, "PidTagCallbackTelephoneNumber"),
    (0x3A03, "PidTagConversionProhibited"),
    (0x3A05, "PidTagGeneration"),
    (0x3A06, "PidTagGivenName"),
    (0x3A07, "PidTagGovernmentIdNumber"),
    (0x3A08, "PidTagBusinessTelephoneNumber"),
    (0x3A09, "PidTagHomeTelephoneNumber"),
    (0x3A0A, "PidTagInitials"),
    (0x3A0B, "PidTagKeyword"),
    (0x3A0C, "PidTagLanguage"),
    (0x3A0D, "PidTagLocation"),
    (0x3A0E, "PidTagMailPermission"),
    (0x3A0F, "PidTagMessageHandlingSystemCommonName"),
    (0x3A10, "PidTagOrganizationalIdNumber"),
    (0x3A11, "PidTagSurname"),
    (0x3A12, "PidTagOriginalEntryId"),
    (0x3A13, "PidTagOriginalDisplayName"),
    (0x3A14, "PidTagOriginalSearchKey"),
    (0x3A15, "PidTagPostalAddress"),
    (0x3A16, "PidTagCompanyName"),
    (0x3A17, "PidTagTitle"),
    (0x3A18, "PidTagDepartmentName"),
    (0x3A19, "PidTagOfficeLocation"),
    (0x3A1A, "PidTagPrimaryTelephoneNumber"),
    (0x3A1B, "PidTagBusiness2TelephoneNumber"),
    (0x3A1C, "PidTagMobileTelephoneNumber"),
    (0x3A1D, "PidTagRadioTelephoneNumber"),
    (0x3A1E, "PidTagCarTelephoneNumber"),
    (0x3A1F, "PidTagOtherTelephoneNumber"),
    (0x3A20, "PidTagTransmittableDisplayName"),
    (0x3A21, "PidTagPagerTelephoneNumber"),
    (0x3A22, "PidTagUserCertificate"),
    (0x3A23, "PidTagPrimaryFaxNumber"),
    (0x3A24, "PidTagBusinessFaxNumber"),
    (0x3A25, "PidTagHomeFaxNumber"),
    (0x3A26, "PidTagCountry"),
    (0x3A27, "PidTagLocality"),
    (0x3A28, "PidTagStateOrProvince"),
    (0x3A29, "PidTagStreetAddress"),
    (0x3A2A, "PidTagPostalCode"),
    (0x3A2B, "PidTagPostOfficeBox"),
    (0x3A2C, "PidTagTelexNumber"),
    (0x3A2D, "PidTagIsdnNumber"),
    (0x3A2E, "PidTagAssistantTelephoneNumber"),
    (0x3A2F, "PidTagHome2TelephoneNumber"),
    (0x3A30, "PidTagAssistant"),
    (0x3A40, "PidTagSendRichInfo"),
    (0x3A41, "PidTagWeddingAnniversary"),
    (0x3A42, "PidTagBirthday"),
    (0x3A43, "PidTagHobbies"),
    (0x3A44, "PidTagMiddleName"),
    (0x3A45, "PidTagDisplayNamePrefix"),
    (0x3A46, "PidTagProfession"),
    (0x3A47, "PidTagPreferredByName"),
    (0x3A48, "PidTagSpouseName"),
    (0x3A49, "PidTagComputerNetworkName"),
    (0x3A4A, "PidTagCustomerId"),
    (0x3A4B, "PidTagTelecommunicationsDeviceForDeafTelephoneNumber"),
    (0x3A4C, "PidTagFtpSite"),
    (0x3A4D, "PidTagGender"),
    (0x3A4E, "PidTagManagerName"),
    (0x3A4F, "PidTagNickname"),
    (0x3A50, "PidTagPersonalHomePage"),
    (0x3A51, "PidTagBusinessHomePage"),
    (0x3A52, "PidTagContactVersion"),
    (0x3A54, "PidTagContactAddressTypes"),
    (0x3A57, "PidTagCompanyMainTelephoneNumber"),
    (0x3A58, "PidTagChildrensNames"),
    (0x3A59, "PidTagHomeAddressCity"),
    (0x3A5A, "PidTagHomeAddressCountry"),
    (0x3A5B, "PidTagHomeAddressPostalCode"),
    (0x3A5C, "PidTagHomeAddressStateOrProvince"),
    (0x3A5D, "PidTagHomeAddressStreet"),
    (0x3A5E, "PidTagHomeAddressPostOfficeBox"),
    (0x3A5F, "PidTagOtherAddressCity"),
    (0x3A60, "PidTagOtherAddressCountry"),
    (0x3A61, "PidTagOtherAddressPostalCode"),
    (0x3A62, "PidTagOtherAddressStateOrProvince"),
    (0x3A63, "PidTagOtherAddressStreet"),
    (0x3A64, "PidTagOtherAddressPostOfficeBox"),
    (0x3A70, "PidTagUserX509Certificate"),
    (0x3A71, "PidTagSendInternetEncoding"),
    (0x3D00, "PidTagStoreProviders"),
    (0x3D01, "PidTagAbProviders"),
    (0x3D02, "PidTagTransportProviders"),
    (0x3D04, "PidTagDefaultProfile"),
    (0x3D05, "PidTagAbSearchPath"),
    (0x3D06, "PidTagAbDefaultDir"),
    (0x3D07, "PidTagAbDefaultPab"),
    (0x3D09, "PidTagServiceName"),
    (0x3D0A, "PidTagServiceDllName"),
    (0x3D0B, "PidTagServiceEntryName"),
    (0x3D0C, "PidTagServiceUid"),
    (0x3D0D, "PidTagServiceExtraUids"),
    (0x3D0E, "PidTagServices"),
    (0x3D0F, "PidTagServiceSupportFiles"),
    (0x3D10, "PidTagServiceDeleteFiles"),
    (0x3D11, "PidTagAbSearchPathUpdate"),
    (0x3D12, "PidTagProfileName"),
    (0x3D13, "PidTagServiceInstallId"),
    (0x3D15, "PidTagExchangeProfileSectionId"),
    (0x3D1C, "PidTagAddressBookChooseDirectoryAutomatically"),
    (0x3E00, "PidTagIdentityDisplay"),
    (0x3E01, "PidTagIdentityEntryId"),
    (0x3E02, "PidTagResourceMethods"),
    (0x3E03, "PidTagResourceType"),
    (0x3E04, "PidTagStatusCode"),
    (0x3E05, "PidTagIdentitySearchKey"),
    (0x3E06, "PidTagOwnStoreEntryId"),
    (0x3E07, "PidTagResourcePath"),
    (0x3E08, "PidTagStatusString"),
    (0x3E0B, "PidTagRemoteProgress"),
    (0x3E0C, "PidTagRemoteProgressText"),
    (0x3E0D, "PidTagRemoteValidateOk"),
    (0x3F00, "PidTagControlFlags"),
    (0x3F01, "PidTagControlStructure"),
    (0x3F02, "PidTagControlType"),
    (0x3F03, "PidTagDeltaX"),
    (0x3F04, "PidTagDeltaY"),
    (0x3F05, "PidTagXCoordinate"),
    (0x3F06, "PidTagYCoordinate"),
    (0x3F07, "PidTagControlId"),
    (0x3F08, "PidTagInitialDetailsPane"),
    (0x3FDE, "PidTagInternetCodepage"),
    (0x3FE0, "PidTagAccessControlListTable"),
    (0x3FE1, "PidTagRulesTable"),
    (0x3FE3, "PidTagDelegatedByRule"),
    (0x3FE7, "PidTagResolveMethod"),
    (0x3FEA, "PidTagHasDeferredActionMessages"),
    (0x3FEB, "PidTagDeferredSendNumber"),
    (0x3FEC, "PidTagDeferredSendUnits"),
    (0x3FED, "PidTagExpiryNumber"),
    (0x3FEE, "PidTagExpiryUnits"),
    (0x3FEF, "PidTagDeferredSendTime"),
    (0x3FF0, "PidTagConflictEntryId"),
    (0x3FF1, "PidTagMessageLocaleId"),
    (0x3FFD, "PidTagMessageCodepage"),
    (0x5902, "PidTagInternetMailOverrideFormat"),
    (0x5909, "PidTagMessageEditorFormat"),
    (0x5D01, "PidTagSenderSmtpAddress"),
    (0x5D02, "PidTagSentRepresentingSmtpAddress"),
    (0x5FE1, "PidTagRecipientProposed"),
    (0x5FE3, "PidTagRecipientProposedStartTime"),
    (0x5FE4, "PidTagRecipientProposedEndTime"),
    (0x5FF6, "PidTagRecipientDisplayName"),
    (0x5FF7, "PidTagRecipientEntryId"),
    (0x5FFB, "PidTagRecipientTrackStatusTime"),
    (0x5FFD, "PidTagRecipientFlags"),
    (0x5FFF, "PidTagRecipientTrackStatus"),
    (0x6100, "PidTagJunkIncludeContacts"),
    (0x6101, "PidTagJunkThreshold"),
    (0x6102, "PidTagJunkPermanentlyDelete"),
    (0x6103, "PidTagJunkAddRecipientsToSafeSendersList"),
    (0x6107, "PidTagJunkPhishingEnableLinks"),
    (0x65C2, "PidTagReplyTemplateId"),
    (0x65E0, "PidTagSourceKey"),
    (0x65E1, "PidTagParentSourceKey"),
    (0x65E2, "PidTagChangeKey"),
    (0x65E3, "PidTagPredecessorChangeList"),
    (0x65EB, "PidTagRuleMsgProvider"),
    (0x65EC, "PidTagRuleMsgName"),
    (0x65F6, "PidTagStoreEntryIdEmsmdbV1"),
    (0x6601, "PidTagContactAddressBookUid"),
    (0x6602, "PidTagContactAddressBookSortFlag"),
    (0x660A, "PidTagProfileType"),
    (0x6610, "PidTagContactAddressBookFolderEntryId"),
    (0x6611, "PidTagContactAddressBookStoreSupportMask"),
    (0x6612, "PidTagContactAddressBookStoreName"),
    (0x6613, "PidTagContactAddressBookFolderName"),
    (0x6614, "PidTagContactAddressBookMultipleAddressFlag"),
    (0x661B, "PidTagProfileServerVersion"),
    (0x661C, "PidTagMailboxOwnerName"),
    (0x6620, "PidTagContactAddressBookFolderEntryIds"),
    (0x6621, "PidTagContactAddressBookStoreSupportMasks"),
    (0x6622, "PidTagContactAddressBookStoreNames"),
    (0x6623, "PidTagContactAddressBookFolderNames"),
    (0x6624, "PidTagContactAddressBookDisplayNames"),
    (0x6625, "PidTagContactAddressBookMultipleAddressFlags"),
    (0x6626, "PidTagContactAddressBookStoreEntryIds"),
    (0x6627, "PidTagRpcOverHttpProxyAuthScheme"),
    (0x662A, "PidTagProfileHomeServerFQDN"),
    (0x663B, "PidTagProfileServerFullVersion"),
    (0x6662, "PidTagRecipientNumber"),
    (0x666C, "PidTagInConflict"),
    (0x6670, "PidTagLongTermEntryIdFromTable"),
    (0x6671, "PidTagMemberId"),
    (0x6672, "PidTagMemberName"),
    (0x6673, "PidTagMemberRights"),
    (0x6674, "PidTagRuleId"),
    (0x6676, "PidTagRuleSequence"),
    (0x6677, "PidTagRuleState"),
    (0x6678, "PidTagRuleUserFlags"),
    (0x6679, "PidTagRuleCondition"),
    (0x6680, "PidTagRuleActions"),
    (0x6681, "PidTagRuleProvider"),
    (0x6682, "PidTagRuleName"),
    (0x6683, "PidTagRuleLevel"),
    (0x6684, "PidTagRuleProviderData"),
    (0x66A1, "PidTagLocaleId"),
    (0x6700, "PidTagPstPath"),
    (0x6701, "PidTagPstRememberPassword"),
    (0x6703, "PidTagPstPasswordSzOld"),
    (0x6704, "PidTagPstPasswordSzNew"),
    (0x6748, "PidTagFolderId"),
    (0x6749, "PidTagParentFolderId"),
    (0x674A, "PidTagMid"),
    (0x674D, "PidTagInstID"),
    (0x674E, "PidTagInstanceNum"),
    (0x6770, "PidTagPstConfigurationFlags"),
    (0x6771, "PidTagPstPathHint"),
    (0x67A4, "PidTagChangeNumber"),
    (0x67FC, "PidTagAutoConfigurationUserPassword"),
    (0x67FD, "PidTagAutoConfigurationUserEmail"),
    (0x67FE, "PidTagAutoConfigurationUserName"),
    (0x6834, "PidTagSearchFolderLastUsed"),
    (0x683A, "PidTagSearchFolderExpiration"),
    (0x6841, "PidTagScheduleInfoResourceType"),
    (0x6842, "PidTagScheduleInfoDelegatorWantsCopy"),
    (0x6843, "PidTagScheduleInfoDontMailDelegates"),
    (0x6844, "PidTagScheduleInfoDelegateNames"),
    (0x6845, "PidTagScheduleInfoDelegateEntryIds"),
    (0x6846, "PidTagSearchFolderStorageType"),
    (0x6847, "PidTagFreeBusyPublishStart"),
    (0x6848, "PidTagFreeBusyPublishEnd"),
    (0x684B, "PidTagScheduleInfoDelegatorWantsInfo"),
    (0x684F, "PidTagScheduleInfoMonthsMerged"),
    (0x6850, "PidTagScheduleInfoFreeBusyMerged"),
    (0x6851, "PidTagScheduleInfoMonthsTentative"),
    (0x6852, "PidTagScheduleInfoFreeBusyTentative"),
    (0x6853, "PidTagScheduleInfoMonthsBusy"),
    (0x6854, "PidTagScheduleInfoFreeBusyBusy"),
    (0x6855, "PidTagScheduleInfoMonthsAway"),
    (0x6856, "PidTagScheduleInfoFreeBusyAway"),
    (0x6868, "PidTagFreeBusyRangeTimestamp"),
    (0x6869, "PidTagFreeBusyCountMonths"),
    (0x686A, "PidTagScheduleInfoAppointmentTombstone"),
    (0x686B, "PidTagDelegateFlags"),
    (0x686C, "PidTagScheduleInfoFreeBusy"),
    (0x686D, "PidTagScheduleInfoAutoAcceptAppointments"),
    (0x686E, "PidTagScheduleInfoDisallowRecurringAppts"),
    (0x686F, "PidTagScheduleInfoDisallowOverlappingAppts"),
    (0x6904, "PidTagNonDeliveryReportFromEntryId"),
    (0x6905, "PidTagNonDeliveryReportFromName"),
    (0x6906, "PidTagNonDeliveryReportFromSearchKey"),
    (0x7006, "PidTagViewDescriptorName"),
    (0x7007, "PidTagViewDescriptorVersion"),
    (0x7C06, "PidTagRoamingDatatypes"),
    (0x7C07, "PidTagRoamingDictionary"),
    (0x7C08, "PidTagRoamingXmlStream"),
    (0x7C09, "PidTagRoamingBinary"),
    (0x7D01, "PidTagProcessed"),
    (0x7FF9, "PidTagExceptionReplaceTime"),
    (0x7FFA, "PidTagAttachmentLinkId"),
    (0x7FFB, "PidTagExceptionStartTime"),
    (0x7FFC, "PidTagExceptionEndTime"),
    (0x7FFD, "PidTagAttachmentFlags"),
    (0x7FFE, "PidTagAttachmentHidden"),
    (0x7FFF, "PidTagAttachmentContactPhoto"),
];

/// Every generated `PidTag` constant with its name, in name order (ids of 0x8000
/// and up included): lets a test check each constant against [`tag_name`].
#[cfg(feature = "names")]
#[rustfmt::skip]
pub static ALL_TAGS: &[(&str, PropertyTag)] = &[
    ("PidTag7BitDisplayName", PidTag7BitDisplayName),
    ("PidTagAbDefaultDir", PidTagAbDefaultDir),
    ("PidTagAbDefaultPab", PidTagAbDefaultPab),
    ("PidTagAbProviderId", PidTagAbProviderId),
    ("PidTagAbProviders", PidTagAbProviders),
    ("PidTagAbSearchPath", PidTagAbSearchPath),
    ("PidTagAbSearchPathUpdate", PidTagAbSearchPathUpdate),
    ("PidTagAccess", PidTagAccess),
    ("PidTagAccessControlListTable", PidTagAccessControlListTable),
    ("PidTagAccessLevel", PidTagAccessLevel),
    ("PidTagAccount", PidTagAccount),
    ("PidTagAcknowledgementMode", PidTagAcknowledgementMode),
    ("PidTagAdditionalRenEntryIds", PidTagAdditionalRenEntryIds),
    ("PidTagAdditionalRenEntryIdsEx", PidTagAdditionalRenEntryIdsEx),
    ("PidTagAddressBookChooseDirectoryAutomatically", PidTagAddressBookChooseDirectoryAutomatically),
    ("PidTagAddressBookHierarchicalIsHierarchicalGroup", PidTagAddressBookHierarchicalIsHierarchicalGroup),
    ("PidTagAddressBookHierarchicalRootDepartment", PidTagAddressBookHierarchicalRootDepartment),
    ("PidTagAddressType", PidTagAddressType),
    ("PidTagAgingGranularity", PidTagAgingGranularity),
    ("PidTagAgingPeriod", PidTagAgingPeriod),
    ("PidTagAlternateRecipient", PidTagAlternateRecipient),
    ("PidTagAlternateRecipientAllowed", PidTagAlternateRecipientAllowed),
    ("PidTagAnr", PidTagAnr),
    ("PidTagAssistant", PidTagAssistant),
    ("PidTagAssistantTelephoneNumber", PidTagAssistantTelephoneNumber),
    ("PidTagAssociatedContentCount", PidTagAssociatedContentCount),
    ("PidTagAssociatedSharingProvider", PidTagAssociatedSharingProvider),
    ("PidTagAttachAdditionalInformation", PidTagAttachAdditionalInformation),
    ("PidTagAttachContentBase", PidTagAttachContentBase),
    ("PidTagAttachContentId", PidTagAttachContentId),
    ("PidTagAttachContentLocation", PidTagAttachContentLocation),
    ("PidTagAttachDataBinary", PidTagAttachDataBinary),
    ("PidTagAttachDataObject", PidTagAttachDataObject),
    ("PidTagAttachEncoding", PidTagAttachEncoding),
    ("PidTagAttachExtension", PidTagAttachExtension),
    ("PidTagAttachFilename", PidTagAttachFilename),
    ("PidTagAttachFlags", PidTagAttachFlags),
    ("PidTagAttachLongFilename", PidTagAttachLongFilename),
    ("PidTagAttachLongPathname", PidTagAttachLongPathname),
    ("PidTagAttachMethod", PidTagAttachMethod),
    ("PidTagAttachMimeSequence", PidTagAttachMimeSequence),
    ("PidTagAttachMimeTag", PidTagAttachMimeTag),
    ("PidTagAttachNumber", PidTagAttachNumber),
    ("PidTagAttachPathname", PidTagAttachPathname),
    ("PidTagAttachPayloadClass", PidTagAttachPayloadClass),
    ("PidTagAttachPayloadProviderGuidString", PidTagAttachPayloadProviderGuidString),
    ("PidTagAttachRendering", PidTagAttachRendering),
    ("PidTagAttachSize", PidTagAttachSize),
    ("PidTagAttachTag", PidTagAttachTag),
    ("PidTagAttachTransportName", PidTagAttachTransportName),
    ("PidTagAttachmentContactPhoto", PidTagAttachmentContactPhoto),
    ("PidTagAttachmentFlags", PidTagAttachmentFlags),
    ("PidTagAttachmentHidden", PidTagAttachmentHidden),
    ("PidTagAttachmentLinkId", PidTagAttachmentLinkId),
    ("PidTagAttributeHidden", PidTagAttributeHidden),
    ("PidTagAuthorizingUsers", PidTagAuthorizingUsers),
    ("PidTagAutoConfigurationUserEmail", PidTagAutoConfigurationUserEmail),
    ("PidTagAutoConfigurationUserName", PidTagAutoConfigurationUserName),
    ("PidTagAutoConfigurationUserPassword", PidTagAutoConfigurationUserPassword),
    ("PidTagAutoForwardComment", PidTagAutoForwardComment),
    ("PidTagAutoForwarded", PidTagAutoForwarded),
    ("PidTagBirthday", PidTagBirthday),
    ("PidTagBody", PidTagBody),
    ("PidTagBodyContentLocation", PidTagBodyContentLocation),
    ("PidTagBodyCrc", PidTagBodyCrc),
    ("PidTagBodyHtml", PidTagBodyHtml),
    ("PidTagBusiness2TelephoneNumber", PidTagBusiness2TelephoneNumber),
    ("PidTagBusiness2TelephoneNumbers", PidTagBusiness2TelephoneNumbers),
    ("PidTagBusinessFaxNumber", PidTagBusinessFaxNumber),
    ("PidTagBusinessHomePage", PidTagBusinessHomePage),
    ("PidTagBusinessTelephoneNumber", PidTagBusinessTelephoneNumber),
    ("PidTagCallbackTelephoneNumber", PidTagCallbackTelephoneNumber),
    ("PidTagCarTelephoneNumber", PidTagCarTelephoneNumber),
    ("PidTagChangeKey", PidTagChangeKey),
    ("PidTagChangeNumber", PidTagChangeNumber),
    ("PidTagChildrensNames", PidTagChildrensNames),
    ("PidTagClientSubmitTime", PidTagClientSubmitTime),
    ("PidTagComment", PidTagComment),
    ("PidTagCommonViewsEntryId", PidTagCommonViewsEntryId),
    ("PidTagCompanyMainTelephoneNumber", PidTagCompanyMainTelephoneNumber),
    ("PidTagCompanyName", PidTagCompanyName),
    ("PidTagComputerNetworkName", PidTagComputerNetworkName),
    ("PidTagConflictEntryId", PidTagConflictEntryId),
    ("PidTagConflictItems", PidTagConflictItems),
    ("PidTagContactAddressBookDisplayNames", PidTagContactAddressBookDisplayNames),
    ("PidTagContactAddressBookFolderEntryId", PidTagContactAddressBookFolderEntryId),
    ("PidTagContactAddressBookFolderEntryIds", PidTagContactAddressBookFolderEntryIds),
    ("PidTagContactAddressBookFolderName", PidTagContactAddressBookFolderName),
    ("PidTagContactAddressBookFolderNames", PidTagContactAddressBookFolderNames),
    ("PidTagContactAddressBookMultipleAddressFlag", PidTagContactAddressBookMultipleAddressFlag),
    ("PidTagContactAddressBookMultipleAddressFlags", PidTagContactAddressBookMultipleAddressFlags),
    ("PidTagContactAddressBookSortFlag", PidTagContactAddressBookSortFlag),
    ("PidTagContactAddressBookStoreEntryIds", PidTagContactAddressBookStoreEntryIds),
    ("PidTagContactAddressBookStoreName", PidTagContactAddressBookStoreName),
    ("PidTagContactAddressBookStoreNames", PidTagContactAddressBookStoreNames),
    ("PidTagContactAddressBookStoreSupportMask", PidTagContactAddressBookStoreSupportMask),
    ("PidTagContactAddressBookStoreSupportMasks", PidTagContactAddressBookStoreSupportMasks),
    ("PidTagContactAddressBookUid", PidTagContactAddressBookUid),
    ("PidTagContactAddressTypes", PidTagContactAddressTypes),
    ("PidTagContactVersion", PidTagContactVersion),
    ("PidTagContainerClass", PidTagContainerClass),
    ("PidTagContainerContents", PidTagContainerContents),
    ("PidTagContainerFlags", PidTagContainerFlags),
    ("PidTagContainerHierarchy", PidTagContainerHierarchy),
    ("PidTagContentConfidentialityAlgorithmId", PidTagContentConfidentialityAlgorithmId),
    ("PidTagContentCorrelator", PidTagContentCorrelator),
    ("PidTagContentCount", PidTagContentCount),
    ("PidTagContentIdentifier", PidTagContentIdentifier),
    ("PidTagContentIntegrityCheck", PidTagContentIntegrityCheck),
    ("PidTagContentLength", PidTagContentLength),
    ("PidTagContentReturnRequested", PidTagContentReturnRequested),
    ("PidTagContentUnreadCount", PidTagContentUnreadCount),
    ("PidTagControlFlags", PidTagControlFlags),
    ("PidTagControlId", PidTagControlId),
    ("PidTagControlStructure", PidTagControlStructure),
    ("PidTagControlType", PidTagControlType),
    ("PidTagConversationIndex", PidTagConversationIndex),
    ("PidTagConversationKey", PidTagConversationKey),
    ("PidTagConversationTopic", PidTagConversationTopic),
    ("PidTagConversionEits", PidTagConversionEits),
    ("PidTagConversionProhibited", PidTagConversionProhibited),
    ("PidTagConversionWithLossProhibited", PidTagConversionWithLossProhibited),
    ("PidTagConvertedEits", PidTagConvertedEits),
    ("PidTagCorrelate", PidTagCorrelate),
    ("PidTagCorrelateMtsid", PidTagCorrelateMtsid),
    ("PidTagCountry", PidTagCountry),
    ("PidTagCreateTemplates", PidTagCreateTemplates),
    ("PidTagCreationTime", PidTagCreationTime),
    ("PidTagCustomerId", PidTagCustomerId),
    ("PidTagDefCreateDl", PidTagDefCreateDl),
    ("PidTagDefCreateMailuser", PidTagDefCreateMailuser),
    ("PidTagDefaultPostMessageClass", PidTagDefaultPostMessageClass),
    ("PidTagDefaultProfile", PidTagDefaultProfile),
    ("PidTagDefaultStore", PidTagDefaultStore),
    ("PidTagDefaultViewEntryId", PidTagDefaultViewEntryId),
    ("PidTagDeferredDeliveryTime", PidTagDeferredDeliveryTime),
    ("PidTagDeferredSendNumber", PidTagDeferredSendNumber),
    ("PidTagDeferredSendTime", PidTagDeferredSendTime),
    ("PidTagDeferredSendUnits", PidTagDeferredSendUnits),
    ("PidTagDelegateFlags", PidTagDelegateFlags),
    ("PidTagDelegatedByRule", PidTagDelegatedByRule),
    ("PidTagDeleteAfterSubmit", PidTagDeleteAfterSubmit),
    ("PidTagDeliverTime", PidTagDeliverTime),
    ("PidTagDeliveryPoint", PidTagDeliveryPoint),
    ("PidTagDeltaX", PidTagDeltaX),
    ("PidTagDeltaY", PidTagDeltaY),
    ("PidTagDepartmentName", PidTagDepartmentName),
    ("PidTagDepth", PidTagDepth),
    ("PidTagDetailsTable", PidTagDetailsTable),
    ("PidTagDiscardReason", PidTagDiscardReason),
    ("PidTagDisclosureOfRecipients", PidTagDisclosureOfRecipients),
    ("PidTagDiscreteValues", PidTagDiscreteValues),
    ("PidTagDisplayBcc", PidTagDisplayBcc),
    ("PidTagDisplayCc", PidTagDisplayCc),
    ("PidTagDisplayName", PidTagDisplayName),
    ("PidTagDisplayNamePrefix", PidTagDisplayNamePrefix),
    ("PidTagDisplayTo", PidTagDisplayTo),
    ("PidTagDisplayType", PidTagDisplayType),
    ("PidTagDisplayTypeEx", PidTagDisplayTypeEx),
    ("PidTagDistributionListExpansionHistory", PidTagDistributionListExpansionHistory),
    ("PidTagDistributionListExpansionProhibited", PidTagDistributionListExpansionProhibited),
    ("PidTagEmailAddress", PidTagEmailAddress),
    ("PidTagEmsAbServer", PidTagEmsAbServer),
    ("PidTagEndDate", PidTagEndDate),
    ("PidTagEntryId", PidTagEntryId),
    ("PidTagExceptionEndTime", PidTagExceptionEndTime),
    ("PidTagExceptionReplaceTime", PidTagExceptionReplaceTime),
    ("PidTagExceptionStartTime", PidTagExceptionStartTime),
    ("PidTagExchangeProfileSectionId", PidTagExchangeProfileSectionId),
    ("PidTagExpiryNumber", PidTagExpiryNumber),
    ("PidTagExpiryTime", PidTagExpiryTime),
    ("PidTagExpiryUnits", PidTagExpiryUnits),
    ("PidTagExplicitConversion", PidTagExplicitConversion),
    ("PidTagExtendedFolderFlags", PidTagExtendedFolderFlags),
    ("PidTagExtendedRuleMessageActions", PidTagExtendedRuleMessageActions),
    ("PidTagExtendedRuleMessageCondition", PidTagExtendedRuleMessageCondition),
    ("PidTagExtendedRuleSizeLimit", PidTagExtendedRuleSizeLimit),
    ("PidTagFinderEntryId", PidTagFinderEntryId),
    ("PidTagFlagCompleteTime", PidTagFlagCompleteTime),
    ("PidTagFlagStatus", PidTagFlagStatus),
    ("PidTagFolderAssociatedContents", PidTagFolderAssociatedContents),
    ("PidTagFolderId", PidTagFolderId),
    ("PidTagFolderType", PidTagFolderType),
    ("PidTagFolderWebViewInfo", PidTagFolderWebViewInfo),
    ("PidTagFollowupIcon", PidTagFollowupIcon),
    ("PidTagFormCategory", PidTagFormCategory),
    ("PidTagFormCategorySub", PidTagFormCategorySub),
    ("PidTagFormClassId", PidTagFormClassId),
    ("PidTagFormContactName", PidTagFormContactName),
    ("PidTagFormDesignerGuid", PidTagFormDesignerGuid),
    ("PidTagFormDesignerName", PidTagFormDesignerName),
    ("PidTagFormHidden", PidTagFormHidden),
    ("PidTagFormHostMap", PidTagFormHostMap),
    ("PidTagFormMessageBehavior", PidTagFormMessageBehavior),
    ("PidTagFormVersion", PidTagFormVersion),
    ("PidTagFreeBusyCountMonths", PidTagFreeBusyCountMonths),
    ("PidTagFreeBusyEntryIds", PidTagFreeBusyEntryIds),
    ("PidTagFreeBusyPublishEnd", PidTagFreeBusyPublishEnd),
    ("PidTagFreeBusyPublishStart", PidTagFreeBusyPublishStart),
    ("PidTagFreeBusyRangeTimestamp", PidTagFreeBusyRangeTimestamp),
    ("PidTagFtpSite", PidTagFtpSite),
    ("PidTagGender", PidTagGender),
    ("PidTagGeneration", PidTagGeneration),
    ("PidTagGivenName", PidTagGivenName),
    ("PidTagGovernmentIdNumber", PidTagGovernmentIdNumber),
    ("PidTagHasAttachments", PidTagHasAttachments),
    ("PidTagHasDeferredActionMessages", PidTagHasDeferredActionMessages),
    ("PidTagHobbies", PidTagHobbies),
    ("PidTagHome2TelephoneNumber", PidTagHome2TelephoneNumber),
    ("PidTagHome2TelephoneNumbers", PidTagHome2TelephoneNumbers),
    ("PidTagHomeAddressCity", PidTagHomeAddressCity),
    ("PidTagHomeAddressCountry", PidTagHomeAddressCountry),
    ("PidTagHomeAddressPostOfficeBox", PidTagHomeAddressPostOfficeBox),
    ("PidTagHomeAddressPostalCode", PidTagHomeAddressPostalCode),
    ("PidTagHomeAddressStateOrProvince", PidTagHomeAddressStateOrProvince),
    ("PidTagHomeAddressStreet", PidTagHomeAddressStreet),
    ("PidTagHomeFaxNumber", PidTagHomeFaxNumber),
    ("PidTagHomeTelephoneNumber", PidTagHomeTelephoneNumber),
    ("PidTagHtml", PidTagHtml),
    ("PidTagIcon", PidTagIcon),
    ("PidTagIconIndex", PidTagIconIndex),
    ("PidTagIdentityDisplay", PidTagIdentityDisplay),
    ("PidTagIdentityEntryId", PidTagIdentityEntryId),
    ("PidTagIdentitySearchKey", PidTagIdentitySearchKey),
    ("PidTagImapCachedMsgsize", PidTagImapCachedMsgsize),
    ("PidTagImplicitConversionProhibited", PidTagImplicitConversionProhibited),
    ("PidTagImportance", PidTagImportance),
    ("PidTagInConflict", PidTagInConflict),
    ("PidTagInReplyToId", PidTagInReplyToId),
    ("PidTagIncompleteCopy", PidTagIncompleteCopy),
    ("PidTagInferenceEnabled", PidTagInferenceEnabled),
    ("PidTagInitialDetailsPane", PidTagInitialDetailsPane),
    ("PidTagInitials", PidTagInitials),
    ("PidTagInstID", PidTagInstID),
    ("PidTagInstanceKey", PidTagInstanceKey),
    ("PidTagInstanceNum", PidTagInstanceNum),
    ("PidTagInternetApproved", PidTagInternetApproved),
    ("PidTagInternetArticleNumber", PidTagInternetArticleNumber),
    ("PidTagInternetCodepage", PidTagInternetCodepage),
    ("PidTagInternetControl", PidTagInternetControl),
    ("PidTagInternetDistribution", PidTagInternetDistribution),
    ("PidTagInternetFollowupTo", PidTagInternetFollowupTo),
    ("PidTagInternetLines", PidTagInternetLines),
    ("PidTagInternetMailOverrideFormat", PidTagInternetMailOverrideFormat),
    ("PidTagInternetMessageId", PidTagInternetMessageId),
    ("PidTagInternetNntpPath", PidTagInternetNntpPath),
    ("PidTagInternetOrganization", PidTagInternetOrganization),
    ("PidTagInternetReferences", PidTagInternetReferences),
    ("PidTagInternetReturnPath", PidTagInternetReturnPath),
    ("PidTagIpmAppointmentEntryId", PidTagIpmAppointmentEntryId),
    ("PidTagIpmContactEntryId", PidTagIpmContactEntryId),
    ("PidTagIpmDraftsEntryId", PidTagIpmDraftsEntryId),
    ("PidTagIpmJournalEntryId", PidTagIpmJournalEntryId),
    ("PidTagIpmNoteEntryId", PidTagIpmNoteEntryId),
    ("PidTagIpmOutboxEntryId", PidTagIpmOutboxEntryId),
    ("PidTagIpmReturnRequested", PidTagIpmReturnRequested),
    ("PidTagIpmSentMailEntryId", PidTagIpmSentMailEntryId),
    ("PidTagIpmSubtreeEntryId", PidTagIpmSubtreeEntryId),
    ("PidTagIpmTaskEntryId", PidTagIpmTaskEntryId),
    ("PidTagIpmWastebasketEntryId", PidTagIpmWastebasketEntryId),
    ("PidTagIsdnNumber", PidTagIsdnNumber),
    ("PidTagItemTemporaryflags", PidTagItemTemporaryflags),
    ("PidTagJunkAddRecipientsToSafeSendersList", PidTagJunkAddRecipientsToSafeSendersList),
    ("PidTagJunkIncludeContacts", PidTagJunkIncludeContacts),
    ("PidTagJunkPermanentlyDelete", PidTagJunkPermanentlyDelete),
    ("PidTagJunkPhishingEnableLinks", PidTagJunkPhishingEnableLinks),
    ("PidTagJunkThreshold", PidTagJunkThreshold),
    ("PidTagKeyword", PidTagKeyword),
    ("PidTagLanguage", PidTagLanguage),
    ("PidTagLanguages", PidTagLanguages),
    ("PidTagLastModificationTime", PidTagLastModificationTime),
    ("PidTagLastVerbExecuted", PidTagLastVerbExecuted),
    ("PidTagLastVerbExecutionTime", PidTagLastVerbExecutionTime),
    ("PidTagLatestDeliveryTime", PidTagLatestDeliveryTime),
    ("PidTagListHelp", PidTagListHelp),
    ("PidTagListSubscribe", PidTagListSubscribe),
    ("PidTagListUnsubscribe", PidTagListUnsubscribe),
    ("PidTagLocaleId", PidTagLocaleId),
    ("PidTagLocality", PidTagLocality),
    ("PidTagLocation", PidTagLocation),
    ("PidTagLongTermEntryIdFromTable", PidTagLongTermEntryIdFromTable),
    ("PidTagMailPermission", PidTagMailPermission),
    ("PidTagMailboxOwnerName", PidTagMailboxOwnerName),
    ("PidTagManagerName", PidTagManagerName),
    ("PidTagMappingSignature", PidTagMappingSignature),
    ("PidTagMemberEntryId", PidTagMemberEntryId),
    ("PidTagMemberId", PidTagMemberId),
    ("PidTagMemberName", PidTagMemberName),
    ("PidTagMemberRights", PidTagMemberRights),
    ("PidTagMessageAttachments", PidTagMessageAttachments),
    ("PidTagMessageCcMe", PidTagMessageCcMe),
    ("PidTagMessageClass", PidTagMessageClass),
    ("PidTagMessageCodepage", PidTagMessageCodepage),
    ("PidTagMessageDeliveryId", PidTagMessageDeliveryId),
    ("PidTagMessageDeliveryTime", PidTagMessageDeliveryTime),
    ("PidTagMessageDownloadTime", PidTagMessageDownloadTime),
    ("PidTagMessageEditorFormat", PidTagMessageEditorFormat),
    ("PidTagMessageFlags", PidTagMessageFlags),
    ("PidTagMessageHandlingSystemCommonName", PidTagMessageHandlingSystemCommonName),
    ("PidTagMessageLocaleId", PidTagMessageLocaleId),
    ("PidTagMessageRecipientMe", PidTagMessageRecipientMe),
    ("PidTagMessageRecipients", PidTagMessageRecipients),
    ("PidTagMessageSecurityLabel", PidTagMessageSecurityLabel),
    ("PidTagMessageSize", PidTagMessageSize),
    ("PidTagMessageSizeExtended", PidTagMessageSizeExtended),
    ("PidTagMessageStatus", PidTagMessageStatus),
    ("PidTagMessageSubmissionId", PidTagMessageSubmissionId),
    ("PidTagMessageToMe", PidTagMessageToMe),
    ("PidTagMessageToken", PidTagMessageToken),
    ("PidTagMid", PidTagMid),
    ("PidTagMiddleName", PidTagMiddleName),
    ("PidTagMiniIcon", PidTagMiniIcon),
    ("PidTagMobileTelephoneNumber", PidTagMobileTelephoneNumber),
    ("PidTagNextSendAcct", PidTagNextSendAcct),
    ("PidTagNickname", PidTagNickname),
    ("PidTagNonDeliveryReportDiagCode", PidTagNonDeliveryReportDiagCode),
    ("PidTagNonDeliveryReportFromEntryId", PidTagNonDeliveryReportFromEntryId),
    ("PidTagNonDeliveryReportFromName", PidTagNonDeliveryReportFromName),
    ("PidTagNonDeliveryReportFromSearchKey", PidTagNonDeliveryReportFromSearchKey),
    ("PidTagNonDeliveryReportReasonCode", PidTagNonDeliveryReportReasonCode),
    ("PidTagNonIpmSubtreeEntryId", PidTagNonIpmSubtreeEntryId),
    ("PidTagNonReceiptNotificationRequested", PidTagNonReceiptNotificationRequested),
    ("PidTagNonReceiptReason", PidTagNonReceiptReason),
    ("PidTagNormalizedSubject", PidTagNormalizedSubject),
    ("PidTagNull", PidTagNull),
    ("PidTagObjectType", PidTagObjectType),
    ("PidTagObsoletedMessageIds", PidTagObsoletedMessageIds),
    ("PidTagOfficeLocation", PidTagOfficeLocation),
    ("PidTagOrdinalMost", PidTagOrdinalMost),
    ("PidTagOrganizationalIdNumber", PidTagOrganizationalIdNumber),
    ("PidTagOriginCheck", PidTagOriginCheck),
    ("PidTagOriginalAuthorAddressType", PidTagOriginalAuthorAddressType),
    ("PidTagOriginalAuthorEmailAddress", PidTagOriginalAuthorEmailAddress),
    ("PidTagOriginalAuthorEntryId", PidTagOriginalAuthorEntryId),
    ("PidTagOriginalAuthorName", PidTagOriginalAuthorName),
    ("PidTagOriginalAuthorSearchKey", PidTagOriginalAuthorSearchKey),
    ("PidTagOriginalDeliveryTime", PidTagOriginalDeliveryTime),
    ("PidTagOriginalDisplayBcc", PidTagOriginalDisplayBcc),
    ("PidTagOriginalDisplayCc", PidTagOriginalDisplayCc),
    ("PidTagOriginalDisplayName", PidTagOriginalDisplayName),
    ("PidTagOriginalDisplayTo", PidTagOriginalDisplayTo),
    ("PidTagOriginalEits", PidTagOriginalEits),
    ("PidTagOriginalEntryId", PidTagOriginalEntryId),
    ("PidTagOriginalMessageClass", PidTagOriginalMessageClass),
    ("PidTagOriginalSearchKey", PidTagOriginalSearchKey),
    ("PidTagOriginalSenderAddressType", PidTagOriginalSenderAddressType),
    ("PidTagOriginalSenderEmailAddress", PidTagOriginalSenderEmailAddress),
    ("PidTagOriginalSenderEntryId", PidTagOriginalSenderEntryId),
    ("PidTagOriginalSenderName", PidTagOriginalSenderName),
    ("PidTagOriginalSenderSearchKey", PidTagOriginalSenderSearchKey),
    ("PidTagOriginalSensitivity", PidTagOriginalSensitivity),
    ("PidTagOriginalSentRepresentingAddressType", PidTagOriginalSentRepresentingAddressType),
    ("PidTagOriginalSentRepresentingEmailAddress", PidTagOriginalSentRepresentingEmailAddress),
    ("PidTagOriginalSentRepresentingEntryId", PidTagOriginalSentRepresentingEntryId),
    ("PidTagOriginalSentRepresentingName", PidTagOriginalSentRepresentingName),
    ("PidTagOriginalSentRepresentingSearchKey", PidTagOriginalSentRepresentingSearchKey),
    ("PidTagOriginalSubject", PidTagOriginalSubject),
    ("PidTagOriginalSubmitTime", PidTagOriginalSubmitTime),
    ("PidTagOriginallyIntendedRecipAddrtype", PidTagOriginallyIntendedRecipAddrtype),
    ("PidTagOriginallyIntendedRecipEmailAddress", PidTagOriginallyIntendedRecipEmailAddress),
    ("PidTagOriginallyIntendedRecipEntryId", PidTagOriginallyIntendedRecipEntryId),
    ("PidTagOriginallyIntendedRecipientName", PidTagOriginallyIntendedRecipientName),
    ("PidTagOriginatingMtaCertificate", PidTagOriginatingMtaCertificate),
    ("PidTagOriginatorAndDistributionListExpansionHistory", PidTagOriginatorAndDistributionListExpansionHistory),
    ("PidTagOriginatorCertificate", PidTagOriginatorCertificate),
    ("PidTagOriginatorDeliveryReportRequested", PidTagOriginatorDeliveryReportRequested),
    ("PidTagOriginatorNonDeliveryReportRequested", PidTagOriginatorNonDeliveryReportRequested),
    ("PidTagOriginatorRequestedAlternateRecipient", PidTagOriginatorRequestedAlternateRecipient),
    ("PidTagOriginatorReturnAddress", PidTagOriginatorReturnAddress),
    ("PidTagOtherAddressCity", PidTagOtherAddressCity),
    ("PidTagOtherAddressCountry", PidTagOtherAddressCountry),
    ("PidTagOtherAddressPostOfficeBox", PidTagOtherAddressPostOfficeBox),
    ("PidTagOtherAddressPostalCode", PidTagOtherAddressPostalCode),
    ("PidTagOtherAddressStateOrProvince", PidTagOtherAddressStateOrProvince),
    ("PidTagOtherAddressStreet", PidTagOtherAddressStreet),
    ("PidTagOtherTelephoneNumber", PidTagOtherTelephoneNumber),
    ("PidTagOwnStoreEntryId", PidTagOwnStoreEntryId),
    ("PidTagOwnerAppointmentId", PidTagOwnerAppointmentId),
    ("PidTagPagerTelephoneNumber", PidTagPagerTelephoneNumber),
    ("PidTagParentDisplay", PidTagParentDisplay),
    ("PidTagParentEntryId", PidTagParentEntryId),
    ("PidTagParentFolderId", PidTagParentFolderId),
    ("PidTagParentSourceKey", PidTagParentSourceKey),
    ("PidTagPersonalHomePage", PidTagPersonalHomePage),
    ("PidTagPhysicalDeliveryBureauFaxDelivery", PidTagPhysicalDeliveryBureauFaxDelivery),
    ("PidTagPhysicalDeliveryMode", PidTagPhysicalDeliveryMode),
    ("PidTagPhysicalDeliveryReportRequest", PidTagPhysicalDeliveryReportRequest),
    ("PidTagPhysicalForwardingAddress", PidTagPhysicalForwardingAddress),
    ("PidTagPhysicalForwardingAddressRequested", PidTagPhysicalForwardingAddressRequested),
    ("PidTagPhysicalForwardingProhibited", PidTagPhysicalForwardingProhibited),
    ("PidTagPhysicalRenditionAttributes", PidTagPhysicalRenditionAttributes),
    ("PidTagPostOfficeBox", PidTagPostOfficeBox),
    ("PidTagPostalAddress", PidTagPostalAddress),
    ("PidTagPostalCode", PidTagPostalCode),
    ("PidTagPredecessorChangeList", PidTagPredecessorChangeList),
    ("PidTagPreferredByName", PidTagPreferredByName),
    ("PidTagPreprocess", PidTagPreprocess),
    ("PidTagPrimaryFaxNumber", PidTagPrimaryFaxNumber),
    ("PidTagPrimarySendAccount", PidTagPrimarySendAccount),
    ("PidTagPrimaryTelephoneNumber", PidTagPrimaryTelephoneNumber),
    ("PidTagPriority", PidTagPriority),
    ("PidTagProcessed", PidTagProcessed),
    ("PidTagProfession", PidTagProfession),
    ("PidTagProfileHomeServerFQDN", PidTagProfileHomeServerFQDN),
    ("PidTagProfileName", PidTagProfileName),
    ("PidTagProfileServerFullVersion", PidTagProfileServerFullVersion),
    ("PidTagProfileServerVersion", PidTagProfileServerVersion),
    ("PidTagProfileType", PidTagProfileType),
    ("PidTagProofOfDelivery", PidTagProofOfDelivery),
    ("PidTagProofOfDeliveryRequested", PidTagProofOfDeliveryRequested),
    ("PidTagProofOfSubmission", PidTagProofOfSubmission),
    ("PidTagProofOfSubmissionRequested", PidTagProofOfSubmissionRequested),
    ("PidTagProviderDisplay", PidTagProviderDisplay),
    ("PidTagProviderDisplayName", PidTagProviderDisplayName),
    ("PidTagProviderDllName", PidTagProviderDllName),
    ("PidTagProviderIcon", PidTagProviderIcon),
    ("PidTagProviderItemId", PidTagProviderItemId),
    ("PidTagProviderOrdinal", PidTagProviderOrdinal),
    ("PidTagProviderParentItemId", PidTagProviderParentItemId),
    ("PidTagProviderSubmitTime", PidTagProviderSubmitTime),
    ("PidTagProviderUid", PidTagProviderUid),
    ("PidTagPstConfigurationFlags", PidTagPstConfigurationFlags),
    ("PidTagPstPasswordSzNew", PidTagPstPasswordSzNew),
    ("PidTagPstPasswordSzOld", PidTagPstPasswordSzOld),
    ("PidTagPstPath", PidTagPstPath),
    ("PidTagPstPathHint", PidTagPstPathHint),
    ("PidTagPstRememberPassword", PidTagPstRememberPassword),
    ("PidTagRadioTelephoneNumber", PidTagRadioTelephoneNumber),
    ("PidTagRead", PidTagRead),
    ("PidTagReadReceiptEntryId", PidTagReadReceiptEntryId),
    ("PidTagReadReceiptRequested", PidTagReadReceiptRequested),
    ("PidTagReadReceiptSearchKey", PidTagReadReceiptSearchKey),
    ("PidTagReceiptTime", PidTagReceiptTime),
    ("PidTagReceiveFolderSettings", PidTagReceiveFolderSettings),
    ("PidTagReceivedByAddressType", PidTagReceivedByAddressType),
    ("PidTagReceivedByEmailAddress", PidTagReceivedByEmailAddress),
    ("PidTagReceivedByEntryId", PidTagReceivedByEntryId),
    ("PidTagReceivedByName", PidTagReceivedByName),
    ("PidTagReceivedBySearchKey", PidTagReceivedBySearchKey),
    ("PidTagReceivedRepresentingAddressType", PidTagReceivedRepresentingAddressType),
    ("PidTagReceivedRepresentingEmailAddress", PidTagReceivedRepresentingEmailAddress),
    ("PidTagReceivedRepresentingEntryId", PidTagReceivedRepresentingEntryId),
    ("PidTagReceivedRepresentingName", PidTagReceivedRepresentingName),
    ("PidTagReceivedRepresentingSearchKey", PidTagReceivedRepresentingSearchKey),
    ("PidTagRecipientCertificate", PidTagRecipientCertificate),
    ("PidTagRecipientDisplayName", PidTagRecipientDisplayName),
    ("PidTagRecipientEntryId", PidTagRecipientEntryId),
    ("PidTagRecipientFlags", PidTagRecipientFlags),
    ("PidTagRecipientNumber", PidTagRecipientNumber),
    ("PidTagRecipientNumberForAdvice", PidTagRecipientNumberForAdvice),
    ("PidTagRecipientProposed", PidTagRecipientProposed),
    ("PidTagRecipientProposedEndTime", PidTagRecipientProposedEndTime),
    ("PidTagRecipientProposedStartTime", PidTagRecipientProposedStartTime),
    ("PidTagRecipientReassignmentProhibited", PidTagRecipientReassignmentProhibited),
    ("PidTagRecipientStatus", PidTagRecipientStatus),
    ("PidTagRecipientTrackStatus", PidTagRecipientTrackStatus),
    ("PidTagRecipientTrackStatusTime", PidTagRecipientTrackStatusTime),
    ("PidTagRecipientType", PidTagRecipientType),
    ("PidTagRecordKey", PidTagRecordKey),
    ("PidTagRedirectionHistory", PidTagRedirectionHistory),
    ("PidTagReferredByName", PidTagReferredByName),
    ("PidTagRegisteredMailType", PidTagRegisteredMailType),
    ("PidTagRelatedMessageIds", PidTagRelatedMessageIds),
    ("PidTagRemindersOnlineEntryId", PidTagRemindersOnlineEntryId),
    ("PidTagRemoteProgress", PidTagRemoteProgress),
    ("PidTagRemoteProgressText", PidTagRemoteProgressText),
    ("PidTagRemoteValidateOk", PidTagRemoteValidateOk),
    ("PidTagRenderingPosition", PidTagRenderingPosition),
    ("PidTagReplyRecipientEntries", PidTagReplyRecipientEntries),
    ("PidTagReplyRecipientNames", PidTagReplyRecipientNames),
    ("PidTagReplyRequested", PidTagReplyRequested),
    ("PidTagReplyTemplateId", PidTagReplyTemplateId),
    ("PidTagReplyTime", PidTagReplyTime),
    ("PidTagReportDisposition", PidTagReportDisposition),
    ("PidTagReportDispositionMode", PidTagReportDispositionMode),
    ("PidTagReportDispositionOptions", PidTagReportDispositionOptions),
    ("PidTagReportDispositionToEmailAddresses", PidTagReportDispositionToEmailAddresses),
    ("PidTagReportDispositionToNames", PidTagReportDispositionToNames),
    ("PidTagReportEntryId", PidTagReportEntryId),
    ("PidTagReportName", PidTagReportName),
    ("PidTagReportOriginalSender", PidTagReportOriginalSender),
    ("PidTagReportSearchKey", PidTagReportSearchKey),
    ("PidTagReportTag", PidTagReportTag),
    ("PidTagReportText", PidTagReportText),
    ("PidTagReportTime", PidTagReportTime),
    ("PidTagReportingDistributionListName", PidTagReportingDistributionListName),
    ("PidTagReportingMessageTransferAgentCertificate", PidTagReportingMessageTransferAgentCertificate),
    ("PidTagRequestedDeliveryMethod", PidTagRequestedDeliveryMethod),
    ("PidTagResolveMethod", PidTagResolveMethod),
    ("PidTagResourceFlags", PidTagResourceFlags),
    ("PidTagResourceMethods", PidTagResourceMethods),
    ("PidTagResourcePath", PidTagResourcePath),
    ("PidTagResourceType", PidTagResourceType),
    ("PidTagResponseRequested", PidTagResponseRequested),
    ("PidTagResponsibility", PidTagResponsibility),
    ("PidTagReturnedMessageid", PidTagReturnedMessageid),
    ("PidTagRoamingBinary", PidTagRoamingBinary),
    ("PidTagRoamingDatatypes", PidTagRoamingDatatypes),
    ("PidTagRoamingDictionary", PidTagRoamingDictionary),
    ("PidTagRoamingXmlStream", PidTagRoamingXmlStream),
    ("PidTagRowType", PidTagRowType),
    ("PidTagRowid", PidTagRowid),
    ("PidTagRpcOverHttpFlags", PidTagRpcOverHttpFlags),
    ("PidTagRpcOverHttpProxyAuthScheme", PidTagRpcOverHttpProxyAuthScheme),
    ("PidTagRpcOverHttpProxyPrincipalName", PidTagRpcOverHttpProxyPrincipalName),
    ("PidTagRpcOverHttpProxyServer", PidTagRpcOverHttpProxyServer),
    ("PidTagRtfCompressed", PidTagRtfCompressed),
    ("PidTagRtfInSync", PidTagRtfInSync),
    ("PidTagRtfSyncBodyCount", PidTagRtfSyncBodyCount),
    ("PidTagRtfSyncBodyCrc", PidTagRtfSyncBodyCrc),
    ("PidTagRtfSyncBodyTag", PidTagRtfSyncBodyTag),
    ("PidTagRtfSyncPrefixCount", PidTagRtfSyncPrefixCount),
    ("PidTagRtfSyncTrailingCount", PidTagRtfSyncTrailingCount),
    ("PidTagRuleActions", PidTagRuleActions),
    ("PidTagRuleCondition", PidTagRuleCondition),
    ("PidTagRuleId", PidTagRuleId),
    ("PidTagRuleLevel", PidTagRuleLevel),
    ("PidTagRuleMsgName", PidTagRuleMsgName),
    ("PidTagRuleMsgProvider", PidTagRuleMsgProvider),
    ("PidTagRuleName", PidTagRuleName),
    ("PidTagRuleProvider", PidTagRuleProvider),
    ("PidTagRuleProviderData", PidTagRuleProviderData),
    ("PidTagRuleSequence", PidTagRuleSequence),
    ("PidTagRuleState", PidTagRuleState),
    ("PidTagRuleUserFlags", PidTagRuleUserFlags),
    ("PidTagRulesTable", PidTagRulesTable),
    ("PidTagScheduleInfoAppointmentTombstone", PidTagScheduleInfoAppointmentTombstone),
    ("PidTagScheduleInfoAutoAcceptAppointments", PidTagScheduleInfoAutoAcceptAppointments),
    ("PidTagScheduleInfoDelegateEntryIds", PidTagScheduleInfoDelegateEntryIds),
    ("PidTagScheduleInfoDelegateNames", PidTagScheduleInfoDelegateNames),
    ("PidTagScheduleInfoDelegatorWantsCopy", PidTagScheduleInfoDelegatorWantsCopy),
    ("PidTagScheduleInfoDelegatorWantsInfo", PidTagScheduleInfoDelegatorWantsInfo),
    ("PidTagScheduleInfoDisallowOverlappingAppts", PidTagScheduleInfoDisallowOverlappingAppts),
    ("PidTagScheduleInfoDisallowRecurringAppts", PidTagScheduleInfoDisallowRecurringAppts),
    ("PidTagScheduleInfoDontMailDelegates", PidTagScheduleInfoDontMailDelegates),
    ("PidTagScheduleInfoFreeBusy", PidTagScheduleInfoFreeBusy),
    ("PidTagScheduleInfoFreeBusyAway", PidTagScheduleInfoFreeBusyAway),
    ("PidTagScheduleInfoFreeBusyBusy", PidTagScheduleInfoFreeBusyBusy),
    ("PidTagScheduleInfoFreeBusyMerged", PidTagScheduleInfoFreeBusyMerged),
    ("PidTagScheduleInfoFreeBusyTentative", PidTagScheduleInfoFreeBusyTentative),
    ("PidTagScheduleInfoMonthsAway", PidTagScheduleInfoMonthsAway),
    ("PidTagScheduleInfoMonthsBusy", PidTagScheduleInfoMonthsBusy),
    ("PidTagScheduleInfoMonthsMerged", PidTagScheduleInfoMonthsMerged),
    ("PidTagScheduleInfoMonthsTentative", PidTagScheduleInfoMonthsTentative),
    ("PidTagScheduleInfoResourceType", PidTagScheduleInfoResourceType),
    ("PidTagSearch", PidTagSearch),
    ("PidTagSearchAttachments", PidTagSearchAttachments),
    ("PidTagSearchFolderDefinition", PidTagSearchFolderDefinition),
    ("PidTagSearchFolderEfpFlags", PidTagSearchFolderEfpFlags),
    ("PidTagSearchFolderExpiration", PidTagSearchFolderExpiration),
    ("PidTagSearchFolderId", PidTagSearchFolderId),
    ("PidTagSearchFolderLastUsed", PidTagSearchFolderLastUsed),
    ("PidTagSearchFolderStorageType", PidTagSearchFolderStorageType),
    ("PidTagSearchFolderTag", PidTagSearchFolderTag),
    ("PidTagSearchFolderTemplateId", PidTagSearchFolderTemplateId),
    ("PidTagSearchKey", PidTagSearchKey),
    ("PidTagSearchOwnerId", PidTagSearchOwnerId),
    ("PidTagSearchRecipientEmailBcc", PidTagSearchRecipientEmailBcc),
    ("PidTagSearchRecipientEmailCc", PidTagSearchRecipientEmailCc),
    ("PidTagSearchRecipientEmailTo", PidTagSearchRecipientEmailTo),
    ("PidTagSelectable", PidTagSelectable),
    ("PidTagSendInternetEncoding", PidTagSendInternetEncoding),
    ("PidTagSendRichInfo", PidTagSendRichInfo),
    ("PidTagSenderAddressType", PidTagSenderAddressType),
    ("PidTagSenderEmailAddress", PidTagSenderEmailAddress),
    ("PidTagSenderEntryId", PidTagSenderEntryId),
    ("PidTagSenderName", PidTagSenderName),
    ("PidTagSenderSearchKey", PidTagSenderSearchKey),
    ("PidTagSenderSmtpAddress", PidTagSenderSmtpAddress),
    ("PidTagSensitivity", PidTagSensitivity),
    ("PidTagSentMailEntryId", PidTagSentMailEntryId),
    ("PidTagSentRepresentingAddressType", PidTagSentRepresentingAddressType),
    ("PidTagSentRepresentingEmailAddress", PidTagSentRepresentingEmailAddress),
    ("PidTagSentRepresentingEntryId", PidTagSentRepresentingEntryId),
    ("PidTagSentRepresentingName", PidTagSentRepresentingName),
    ("PidTagSentRepresentingSearchKey", PidTagSentRepresentingSearchKey),
    ("PidTagSentRepresentingSmtpAddress", PidTagSentRepresentingSmtpAddress),
    ("PidTagServerAccountIcon", PidTagServerAccountIcon),
    ("PidTagServerConnectedIcon", PidTagServerConnectedIcon),
    ("PidTagServerTypeDisplayName", PidTagServerTypeDisplayName),
    ("PidTagServiceDeleteFiles", PidTagServiceDeleteFiles),
    ("PidTagServiceDllName", PidTagServiceDllName),
    ("PidTagServiceEntryName", PidTagServiceEntryName),
    ("PidTagServiceExtraUids", PidTagServiceExtraUids),
    ("PidTagServiceInstallId", PidTagServiceInstallId),
    ("PidTagServiceName", PidTagServiceName),
    ("PidTagServiceSupportFiles", PidTagServiceSupportFiles),
    ("PidTagServiceUid", PidTagServiceUid),
    ("PidTagServices", PidTagServices),
    ("PidTagSmtpAddress", PidTagSmtpAddress),
    ("PidTagSourceKey", PidTagSourceKey),
    ("PidTagSpamJunkSenders", PidTagSpamJunkSenders),
    ("PidTagSpamThreshold", PidTagSpamThreshold),
    ("PidTagSpamTrustedRecipients", PidTagSpamTrustedRecipients),
    ("PidTagSpamTrustedSenders", PidTagSpamTrustedSenders),
    ("PidTagSpoolerStatus", PidTagSpoolerStatus),
    ("PidTagSpouseName", PidTagSpouseName),
    ("PidTagStartDate", PidTagStartDate),
    ("PidTagStateOrProvince", PidTagStateOrProvince),
    ("PidTagStatus", PidTagStatus),
    ("PidTagStatusCode", PidTagStatusCode),
    ("PidTagStatusString", PidTagStatusString),
    ("PidTagStoreEntryId", PidTagStoreEntryId),
    ("PidTagStoreEntryIdEmsmdbV1", PidTagStoreEntryIdEmsmdbV1),
    ("PidTagStoreProvider", PidTagStoreProvider),
    ("PidTagStoreProviders", PidTagStoreProviders),
    ("PidTagStoreRecordKey", PidTagStoreRecordKey),
    ("PidTagStoreState", PidTagStoreState),
    ("PidTagStoreSupportMask", PidTagStoreSupportMask),
    ("PidTagStoreUnicodeMask", PidTagStoreUnicodeMask),
    ("PidTagStreetAddress", PidTagStreetAddress),
    ("PidTagSubfolders", PidTagSubfolders),
    ("PidTagSubject", PidTagSubject),
    ("PidTagSubjectMessageId", PidTagSubjectMessageId),
    ("PidTagSubjectPrefix", PidTagSubjectPrefix),
    ("PidTagSubmitFlags", PidTagSubmitFlags),
    ("PidTagSupplementaryInfo", PidTagSupplementaryInfo),
    ("PidTagSurname", PidTagSurname),
    ("PidTagSwappedToDoData", PidTagSwappedToDoData),
    ("PidTagSwappedToDoStore", PidTagSwappedToDoStore),
    ("PidTagTelecommunicationsDeviceForDeafTelephoneNumber", PidTagTelecommunicationsDeviceForDeafTelephoneNumber),
    ("PidTagTelexNumber", PidTagTelexNumber),
    ("PidTagTemplateid", PidTagTemplateid),
    ("PidTagTextAttachmentCharset", PidTagTextAttachmentCharset),
    ("PidTagTitle", PidTagTitle),
    ("PidTagTnefCorrelationKey", PidTagTnefCorrelationKey),
    ("PidTagTnefUnprocessedProps", PidTagTnefUnprocessedProps),
    ("PidTagToDoItemFlags", PidTagToDoItemFlags),
    ("PidTagTransmittableDisplayName", PidTagTransmittableDisplayName),
    ("PidTagTransportKey", PidTagTransportKey),
    ("PidTagTransportMessageHeaders", PidTagTransportMessageHeaders),
    ("PidTagTransportProviders", PidTagTransportProviders),
    ("PidTagTtyTddPhoneNumber", PidTagTtyTddPhoneNumber),
    ("PidTagTypeOfX400User", PidTagTypeOfX400User),
    ("PidTagUrlComponentName", PidTagUrlComponentName),
    ("PidTagUserCertificate", PidTagUserCertificate),
    ("PidTagUserFields", PidTagUserFields),
    ("PidTagUserX509Certificate", PidTagUserX509Certificate),
    ("PidTagValidFolderMask", PidTagValidFolderMask),
    ("PidTagViewDescriptorName", PidTagViewDescriptorName),
    ("PidTagViewDescriptorVersion", PidTagViewDescriptorVersion),
    ("PidTagViewsEntryId", PidTagViewsEntryId),
    ("PidTagWeddingAnniversary", PidTagWeddingAnniversary),
    ("PidTagWizardNoPabPage", PidTagWizardNoPabPage),
    ("PidTagWizardNoPstPage", PidTagWizardNoPstPage),
    ("PidTagX400ContentType", PidTagX400ContentType),
    ("PidTagXCoordinate", PidTagXCoordinate),
    ("PidTagYCoordinate", PidTagYCoordinate),
];

/// Property set GUIDs of the `PidLid` table, in wire byte order ([MS-OXPROPS] 1.3.2,
/// [MS-OXCDATA] 2.5.1).
#[rustfmt::skip]
pub mod psets {
    use super::guid;
    use crate::data::ids::Guid;
    /// `PSETID_Address`, `{00062004-0000-0000-C000-000000000046}`.
    pub const PSETID_Address: Guid = guid(0x00062004, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Appointment`, `{00062002-0000-0000-C000-000000000046}`.
    pub const PSETID_Appointment: Guid = guid(0x00062002, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Common`, `{00062008-0000-0000-C000-000000000046}`.
    pub const PSETID_Common: Guid = guid(0x00062008, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Log`, `{0006200A-0000-0000-C000-000000000046}`.
    pub const PSETID_Log: Guid = guid(0x0006200A, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Meeting`, `{6ED8DA90-450B-101B-98DA-00AA003F1305}`.
    pub const PSETID_Meeting: Guid = guid(0x6ED8DA90, 0x450B, 0x101B, [0x98, 0xDA, 0x00, 0xAA, 0x00, 0x3F, 0x13, 0x05]);
    /// `PSETID_Note`, `{0006200E-0000-0000-C000-000000000046}`.
    pub const PSETID_Note: Guid = guid(0x0006200E, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_PostRss`, `{00062041-0000-0000-C000-000000000046}`.
    pub const PSETID_PostRss: Guid = guid(0x00062041, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Remote`, `{00062014-0000-0000-C000-000000000046}`.
    pub const PSETID_Remote: Guid = guid(0x00062014, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Report`, `{00062013-0000-0000-C000-000000000046}`.
    pub const PSETID_Report: Guid = guid(0x00062013, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Sharing`, `{00062040-0000-0000-C000-000000000046}`.
    pub const PSETID_Sharing: Guid = guid(0x00062040, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PSETID_Task`, `{00062003-0000-0000-C000-000000000046}`.
    pub const PSETID_Task: Guid = guid(0x00062003, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
    /// `PS_PUBLIC_STRINGS`, `{00020329-0000-0000-C000-000000000046}`.
    pub const PS_PUBLIC_STRINGS: Guid = guid(0x00020329, 0x0000, 0x0000, [0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46]);
}

/// Named properties with a long id: (property set, LID) to canonical name, sorted by
/// set bytes then LID.
#[cfg(feature = "names")]
#[rustfmt::skip]
pub static LID_NAMES: &[NamedLid] = &[
    NamedLid { name: "PidLidSendMeetingAsIcal", set: psets::PSETID_Appointment.0, lid: 0x00008200, ptype: 0x000B },
    NamedLid { name: "PidLidAppointmentSequence", set: psets::PSETID_Appointment.0, lid: 0x00008201, ptype: 0x0003 },
    NamedLid { name: "PidLidAppointmentSequenceTime", set: psets::PSETID_Appointment.0, lid: 0x00008202, ptype: 0x0040 },
    NamedLid { name: "PidLidAppointmentLastSequence", set: psets::PSETID_Appointment.0, lid: 0x00008203, ptype: 0x0003 },
    NamedLid { name: "PidLidChangeHighlight", set: psets::PSETID_Appointment.0, lid: 0x00008204, ptype: 0x0003 },
    NamedLid { name: "PidLidBusyStatus", set: psets::PSETID_Appointment.0, lid: 0x00008205, ptype: 0x0003 },
    NamedLid { name: "PidLidFExceptionalBody", set: psets::PSETID_Appointment.0, lid: 0x00008206, ptype: 0x000B },
    NamedLid { name: "PidLidAppointmentAuxiliaryFlags", set: psets::PSETID_Appointment.0, lid: 0x00008207, ptype: 0x0003 },
    NamedLid { name: "PidLidLocation", set: psets::PSETID_Appointment.0, lid: 0x00008208, ptype: 0x001F },
    NamedLid { name: "PidLidMeetingWorkspaceUrl", set: psets::PSETID_Appointment.0, lid: 0x00008209, ptype: 0x001F },
    NamedLid { name: "PidLidForwardInstance", set: psets::PSETID_Appointment.0, lid: 0x0000820A, ptype: 0x000B },
    NamedLid { name: "PidLidLinkedTaskItems", set: psets::PSETID_Appointment.0, lid: 0x0000820C, ptype: 0x1102 },
    NamedLid { name: "PidLidAppointmentStartWhole", set: psets::PSETID_Appointment.0, lid: 0x0000820D, ptype: 0x0040 },
    NamedLid { name: "PidLidAppointmentEndWhole", set: psets::PSETID_Appointment.0, lid: 0x0000820E, ptype: 0x0040 },
    NamedLid { name: "PidLidAppointmentStartTime", set: psets::PSETID_Appointment.0, lid: 0x0000820F, ptype: 0x0040 },
    NamedLid { name: "PidLidAppointmentDuration", set: psets::PSETID_Appointment.0, lid: 0x00008213, ptype: 0x0003 },
    NamedLid { name: "PidLidAppointmentColor", set: psets::PSETID_Appointment.0, lid: 0x00008214, ptype: 0x0003 },
    NamedLid { name: "PidLidAppointmentSubType", set: psets::PSETID_Appointment.0, lid: 0x00008215, ptype: 0x000B },
    NamedLid { name: "PidLidAppointmentRecur", set: psets::PSETID_Appointment.0, lid: 0x00008216, ptype: 0x0102 },
    NamedLid { name: "PidLidAppointmentStateFlags", set: psets::PSETID_Appointment.0, lid: 0x00008217, ptype: 0x0003 },
    NamedLid { name: "PidLidResponseStatus", set: psets::PSETID_Appointment.0, lid: 0x00008218, ptype: 0x0003 },
    NamedLid { name: "PidLidAppointmentReplyTime", set: psets::PSETID_Appointment.0, lid: 0x00008220, ptype: 0x0040 },
    NamedLid { name: "PidLidRecurring", set: psets::PSETID_Appointment.0, lid: 0x00008223, ptype: 0x000B },
    NamedLid { name: "PidLidIntendedBusyStatus", set: psets::PSETID_Appointment.0, lid: 0x00008224, ptype: 0x0003 },
    NamedLid { name: "PidLidExceptionReplaceTime", set: psets::PSETID_Appointment.0, lid: 0x00008228, ptype: 0x0040 },
    NamedLid { name: "PidLidFInvited", set: psets::PSETID_Appointment.0, lid: 0x00008229, ptype: 0x000B },
    NamedLid { name: "PidLidFExceptionalAttendees", set: psets::PSETID_Appointment.0, lid: 0x0000822B, ptype: 0x000B },
    NamedLid { name: "PidLidAppointmentReplyName", set: psets::PSETID_Appointment.0, lid: 0x00008230, ptype: 0x001F },
    NamedLid { name: "PidLidRecurrenceType", set: psets::PSETID_Appointment.0, lid: 0x00008231, ptype: 0x0003 },
    NamedLid { name: "PidLidRecurrencePattern", set: psets::PSETID_Appointment.0, lid: 0x00008232, ptype: 0x001F },
    NamedLid { name: "PidLidTimeZoneStruct", set: psets::PSETID_Appointment.0, lid: 0x00008233, ptype: 0x0102 },
    NamedLid { name: "PidLidTimeZoneDescription", set: psets::PSETID_Appointment.0, lid: 0x00008234, ptype: 0x001F },
    NamedLid { name: "PidLidClipStart", set: psets::PSETID_Appointment.0, lid: 0x00008235, ptype: 0x0040 },
    NamedLid { name: "PidLidClipEnd", set: psets::PSETID_Appointment.0, lid: 0x00008236, ptype: 0x0040 },
    NamedLid { name: "PidLidOriginalStoreEntryId", set: psets::PSETID_Appointment.0, lid: 0x00008237, ptype: 0x0102 },
    NamedLid { name: "PidLidAllAttendeesString", set: psets::PSETID_Appointment.0, lid: 0x00008238, ptype: 0x001F },
    NamedLid { name: "PidLidAutoFillLocation", set: psets::PSETID_Appointment.0, lid: 0x0000823A, ptype: 0x000B },
    NamedLid { name: "PidLidToAttendeesString", set: psets::PSETID_Appointment.0, lid: 0x0000823B, ptype: 0x001F },
    NamedLid { name: "PidLidCcAttendeesString", set: psets::PSETID_Appointment.0, lid: 0x0000823C, ptype: 0x001F },
    NamedLid { name: "PidLidAppointmentUnsendableRecipients", set: psets::PSETID_Appointment.0, lid: 0x0000823D, ptype: 0x0102 },
    NamedLid { name: "PidLidAppointmentProposedStartWhole", set: psets::PSETID_Appointment.0, lid: 0x00008250, ptype: 0x0040 },
    NamedLid { name: "PidLidAppointmentProposedEndWhole", set: psets::PSETID_Appointment.0, lid: 0x00008251, ptype: 0x0040 },
    NamedLid { name: "PidLidAppointmentProposedDuration", set: psets::PSETID_Appointment.0, lid: 0x00008256, ptype: 0x0003 },
    NamedLid { name: "PidLidAppointmentCounterProposal", set: psets::PSETID_Appointment.0, lid: 0x00008257, ptype: 0x000B },
    NamedLid { name: "PidLidAppointmentProposalNumber", set: psets::PSETID_Appointment.0, lid: 0x00008259, ptype: 0x0003 },
    NamedLid { name: "PidLidAppointmentNotAllowPropose", set: psets::PSETID_Appointment.0, lid: 0x0000825A, ptype: 0x000B },
    NamedLid { name: "PidLidAppointmentTimeZoneDefinitionStartDisplay", set: psets::PSETID_Appointment.0, lid: 0x0000825E, ptype: 0x0102 },
    NamedLid { name: "PidLidAppointmentTimeZoneDefinitionEndDisplay", set: psets::PSETID_Appointment.0, lid: 0x0000825F, ptype: 0x0102 },
    NamedLid { name: "PidLidAppointmentTimeZoneDefinitionRecur", set: psets::PSETID_Appointment.0, lid: 0x00008260, ptype: 0x0102 },
    NamedLid { name: "PidLidTaskStatus", set: psets::PSETID_Task.0, lid: 0x00008101, ptype: 0x0003 },
    NamedLid { name: "PidLidPercentComplete", set: psets::PSETID_Task.0, lid: 0x00008102, ptype: 0x0005 },
    NamedLid { name: "PidLidTaskStartDate", set: psets::PSETID_Task.0, lid: 0x00008104, ptype: 0x0040 },
    NamedLid { name: "PidLidTaskDueDate", set: psets::PSETID_Task.0, lid: 0x00008105, ptype: 0x0040 },
    NamedLid { name: "PidLidTaskResetReminder", set: psets::PSETID_Task.0, lid: 0x00008107, ptype: 0x000B },
    NamedLid { name: "PidLidTaskAccepted", set: psets::PSETID_Task.0, lid: 0x00008108, ptype: 0x000B },
    NamedLid { name: "PidLidTaskDeadOccurrence", set: psets::PSETID_Task.0, lid: 0x00008109, ptype: 0x000B },
    NamedLid { name: "PidLidTaskDateCompleted", set: psets::PSETID_Task.0, lid: 0x0000810F, ptype: 0x0040 },
    NamedLid { name: "PidLidTaskActualEffort", set: psets::PSETID_Task.0, lid: 0x00008110, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskEstimatedEffort", set: psets::PSETID_Task.0, lid: 0x00008111, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskVersion", set: psets::PSETID_Task.0, lid: 0x00008112, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskState", set: psets::PSETID_Task.0, lid: 0x00008113, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskLastUpdate", set: psets::PSETID_Task.0, lid: 0x00008115, ptype: 0x0040 },
    NamedLid { name: "PidLidTaskRecurrence", set: psets::PSETID_Task.0, lid: 0x00008116, ptype: 0x0102 },
    NamedLid { name: "PidLidTaskAssigners", set: psets::PSETID_Task.0, lid: 0x00008117, ptype: 0x0102 },
    NamedLid { name: "PidLidTaskStatusOnComplete", set: psets::PSETID_Task.0, lid: 0x00008119, ptype: 0x000B },
    NamedLid { name: "PidLidTaskHistory", set: psets::PSETID_Task.0, lid: 0x0000811A, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskUpdates", set: psets::PSETID_Task.0, lid: 0x0000811B, ptype: 0x000B },
    NamedLid { name: "PidLidTaskComplete", set: psets::PSETID_Task.0, lid: 0x0000811C, ptype: 0x000B },
    NamedLid { name: "PidLidTaskFCreator", set: psets::PSETID_Task.0, lid: 0x0000811E, ptype: 0x000B },
    NamedLid { name: "PidLidTaskOwner", set: psets::PSETID_Task.0, lid: 0x0000811F, ptype: 0x001F },
    NamedLid { name: "PidLidTaskMultipleRecipients", set: psets::PSETID_Task.0, lid: 0x00008120, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskAssigner", set: psets::PSETID_Task.0, lid: 0x00008121, ptype: 0x001F },
    NamedLid { name: "PidLidTaskLastUser", set: psets::PSETID_Task.0, lid: 0x00008122, ptype: 0x001F },
    NamedLid { name: "PidLidTaskOrdinal", set: psets::PSETID_Task.0, lid: 0x00008123, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskLastDelegate", set: psets::PSETID_Task.0, lid: 0x00008125, ptype: 0x001F },
    NamedLid { name: "PidLidTaskFRecurring", set: psets::PSETID_Task.0, lid: 0x00008126, ptype: 0x000B },
    NamedLid { name: "PidLidTaskOwnership", set: psets::PSETID_Task.0, lid: 0x00008129, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskAcceptanceState", set: psets::PSETID_Task.0, lid: 0x0000812A, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskFFixOffline", set: psets::PSETID_Task.0, lid: 0x0000812C, ptype: 0x000B },
    NamedLid { name: "PidLidFileUnder", set: psets::PSETID_Address.0, lid: 0x00008005, ptype: 0x001F },
    NamedLid { name: "PidLidFileUnderId", set: psets::PSETID_Address.0, lid: 0x00008006, ptype: 0x0003 },
    NamedLid { name: "PidLidContactItemData", set: psets::PSETID_Address.0, lid: 0x00008007, ptype: 0x1003 },
    NamedLid { name: "PidLidHasPicture", set: psets::PSETID_Address.0, lid: 0x00008015, ptype: 0x000B },
    NamedLid { name: "PidLidHomeAddress", set: psets::PSETID_Address.0, lid: 0x0000801A, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddress", set: psets::PSETID_Address.0, lid: 0x0000801B, ptype: 0x001F },
    NamedLid { name: "PidLidOtherAddress", set: psets::PSETID_Address.0, lid: 0x0000801C, ptype: 0x001F },
    NamedLid { name: "PidLidPostalAddressId", set: psets::PSETID_Address.0, lid: 0x00008022, ptype: 0x0003 },
    NamedLid { name: "PidLidContactCharacterSet", set: psets::PSETID_Address.0, lid: 0x00008023, ptype: 0x0003 },
    NamedLid { name: "PidLidAutoLog", set: psets::PSETID_Address.0, lid: 0x00008025, ptype: 0x000B },
    NamedLid { name: "PidLidFileUnderList", set: psets::PSETID_Address.0, lid: 0x00008026, ptype: 0x1003 },
    NamedLid { name: "PidLidAddressBookProviderEmailList", set: psets::PSETID_Address.0, lid: 0x00008028, ptype: 0x1003 },
    NamedLid { name: "PidLidAddressBookProviderArrayType", set: psets::PSETID_Address.0, lid: 0x00008029, ptype: 0x0003 },
    NamedLid { name: "PidLidHtml", set: psets::PSETID_Address.0, lid: 0x0000802B, ptype: 0x001F },
    NamedLid { name: "PidLidYomiFirstName", set: psets::PSETID_Address.0, lid: 0x0000802C, ptype: 0x001F },
    NamedLid { name: "PidLidYomiLastName", set: psets::PSETID_Address.0, lid: 0x0000802D, ptype: 0x001F },
    NamedLid { name: "PidLidYomiCompanyName", set: psets::PSETID_Address.0, lid: 0x0000802E, ptype: 0x001F },
    NamedLid { name: "PidLidBusinessCardDisplayDefinition", set: psets::PSETID_Address.0, lid: 0x00008040, ptype: 0x0102 },
    NamedLid { name: "PidLidBusinessCardCardPicture", set: psets::PSETID_Address.0, lid: 0x00008041, ptype: 0x0102 },
    NamedLid { name: "PidLidWorkAddressStreet", set: psets::PSETID_Address.0, lid: 0x00008045, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddressCity", set: psets::PSETID_Address.0, lid: 0x00008046, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddressState", set: psets::PSETID_Address.0, lid: 0x00008047, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddressPostalCode", set: psets::PSETID_Address.0, lid: 0x00008048, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddressCountry", set: psets::PSETID_Address.0, lid: 0x00008049, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddressPostOfficeBox", set: psets::PSETID_Address.0, lid: 0x0000804A, ptype: 0x001F },
    NamedLid { name: "PidLidDistributionListChecksum", set: psets::PSETID_Address.0, lid: 0x0000804C, ptype: 0x0003 },
    NamedLid { name: "PidLidBirthdayEventEntryId", set: psets::PSETID_Address.0, lid: 0x0000804D, ptype: 0x0102 },
    NamedLid { name: "PidLidAnniversaryEventEntryId", set: psets::PSETID_Address.0, lid: 0x0000804E, ptype: 0x0102 },
    NamedLid { name: "PidLidContactUserField1", set: psets::PSETID_Address.0, lid: 0x0000804F, ptype: 0x001F },
    NamedLid { name: "PidLidContactUserField2", set: psets::PSETID_Address.0, lid: 0x00008050, ptype: 0x001F },
    NamedLid { name: "PidLidContactUserField3", set: psets::PSETID_Address.0, lid: 0x00008051, ptype: 0x001F },
    NamedLid { name: "PidLidContactUserField4", set: psets::PSETID_Address.0, lid: 0x00008052, ptype: 0x001F },
    NamedLid { name: "PidLidDistributionListName", set: psets::PSETID_Address.0, lid: 0x00008053, ptype: 0x001F },
    NamedLid { name: "PidLidDistributionListOneOffMembers", set: psets::PSETID_Address.0, lid: 0x00008054, ptype: 0x1102 },
    NamedLid { name: "PidLidDistributionListMembers", set: psets::PSETID_Address.0, lid: 0x00008055, ptype: 0x1102 },
    NamedLid { name: "PidLidInstantMessagingAddress", set: psets::PSETID_Address.0, lid: 0x00008062, ptype: 0x001F },
    NamedLid { name: "PidLidEmail1DisplayName", set: psets::PSETID_Address.0, lid: 0x00008080, ptype: 0x001F },
    NamedLid { name: "PidLidEmail1AddressType", set: psets::PSETID_Address.0, lid: 0x00008082, ptype: 0x001F },
    NamedLid { name: "PidLidEmail1EmailAddress", set: psets::PSETID_Address.0, lid: 0x00008083, ptype: 0x001F },
    NamedLid { name: "PidLidEmail1OriginalDisplayName", set: psets::PSETID_Address.0, lid: 0x00008084, ptype: 0x001F },
    NamedLid { name: "PidLidEmail1OriginalEntryId", set: psets::PSETID_Address.0, lid: 0x00008085, ptype: 0x0102 },
    NamedLid { name: "PidLidEmail2DisplayName", set: psets::PSETID_Address.0, lid: 0x00008090, ptype: 0x001F },
    NamedLid { name: "PidLidEmail2AddressType", set: psets::PSETID_Address.0, lid: 0x00008092, ptype: 0x001F },
    NamedLid { name: "PidLidEmail2EmailAddress", set: psets::PSETID_Address.0, lid: 0x00008093, ptype: 0x001F },
    NamedLid { name: "PidLidEmail2OriginalDisplayName", set: psets::PSETID_Address.0, lid: 0x00008094, ptype: 0x001F },
    NamedLid { name: "PidLidEmail2OriginalEntryId", set: psets::PSETID_Address.0, lid: 0x00008095, ptype: 0x0102 },
    NamedLid { name: "PidLidEmail3DisplayName", set: psets::PSETID_Address.0, lid: 0x000080A0, ptype: 0x001F },
    NamedLid { name: "PidLidEmail3AddressType", set: psets::PSETID_Address.0, lid: 0x000080A2, ptype: 0x001F },
    NamedLid { name: "PidLidEmail3EmailAddress", set: psets::PSETID_Address.0, lid: 0x000080A3, ptype: 0x001F },
    NamedLid { name: "PidLidEmail3OriginalDisplayName", set: psets::PSETID_Address.0, lid: 0x000080A4, ptype: 0x001F },
    NamedLid { name: "PidLidEmail3OriginalEntryId", set: psets::PSETID_Address.0, lid: 0x000080A5, ptype: 0x0102 },
    NamedLid { name: "PidLidFax1DisplayName", set: psets::PSETID_Address.0, lid: 0x000080B0, ptype: 0x001F },
    NamedLid { name: "PidLidFax1EntryId", set: psets::PSETID_Address.0, lid: 0x000080B1, ptype: 0x0102 },
    NamedLid { name: "PidLidFax1AddressType", set: psets::PSETID_Address.0, lid: 0x000080B2, ptype: 0x001F },
    NamedLid { name: "PidLidFax1EmailAddress", set: psets::PSETID_Address.0, lid: 0x000080B3, ptype: 0x001F },
    NamedLid { name: "PidLidFax1OriginalDisplayName", set: psets::PSETID_Address.0, lid: 0x000080B4, ptype: 0x001F },
    NamedLid { name: "PidLidFax1OriginalEntryId", set: psets::PSETID_Address.0, lid: 0x000080B5, ptype: 0x0102 },
    NamedLid { name: "PidLidFax1RichTextFormat", set: psets::PSETID_Address.0, lid: 0x000080B6, ptype: 0x000B },
    NamedLid { name: "PidLidFax1EmailType", set: psets::PSETID_Address.0, lid: 0x000080B7, ptype: 0x001F },
    NamedLid { name: "PidLidFax2DisplayName", set: psets::PSETID_Address.0, lid: 0x000080C0, ptype: 0x001F },
    NamedLid { name: "PidLidFax2EntryId", set: psets::PSETID_Address.0, lid: 0x000080C1, ptype: 0x0102 },
    NamedLid { name: "PidLidFax2AddressType", set: psets::PSETID_Address.0, lid: 0x000080C2, ptype: 0x001F },
    NamedLid { name: "PidLidFax2EmailAddress", set: psets::PSETID_Address.0, lid: 0x000080C3, ptype: 0x001F },
    NamedLid { name: "PidLidFax2OriginalDisplayName", set: psets::PSETID_Address.0, lid: 0x000080C4, ptype: 0x001F },
    NamedLid { name: "PidLidFax2OriginalEntryId", set: psets::PSETID_Address.0, lid: 0x000080C5, ptype: 0x0102 },
    NamedLid { name: "PidLidFax2RichTextFormat", set: psets::PSETID_Address.0, lid: 0x000080C6, ptype: 0x000B },
    NamedLid { name: "PidLidFax2EmailType", set: psets::PSETID_Address.0, lid: 0x000080C7, ptype: 0x001F },
    NamedLid { name: "PidLidFax3DisplayName", set: psets::PSETID_Address.0, lid: 0x000080D0, ptype: 0x001F },
    NamedLid { name: "PidLidFax3EntryId", set: psets::PSETID_Address.0, lid: 0x000080D1, ptype: 0x0102 },
    NamedLid { name: "PidLidFax3AddressType", set: psets::PSETID_Address.0, lid: 0x000080D2, ptype: 0x001F },
    NamedLid { name: "PidLidFax3EmailAddress", set: psets::PSETID_Address.0, lid: 0x000080D3, ptype: 0x001F },
    NamedLid { name: "PidLidFax3OriginalDisplayName", set: psets::PSETID_Address.0, lid: 0x000080D4, ptype: 0x001F },
    NamedLid { name: "PidLidFax3OriginalEntryId", set: psets::PSETID_Address.0, lid: 0x000080D5, ptype: 0x0102 },
    NamedLid { name: "PidLidFax3RichTextFormat", set: psets::PSETID_Address.0, lid: 0x000080D6, ptype: 0x000B },
    NamedLid { name: "PidLidFax3EmailType", set: psets::PSETID_Address.0, lid: 0x000080D7, ptype: 0x001F },
    NamedLid { name: "PidLidFreeBusyLocation", set: psets::PSETID_Address.0, lid: 0x000080D8, ptype: 0x001F },
    NamedLid { name: "PidLidUserX509Certificate", set: psets::PSETID_Address.0, lid: 0x000080D9, ptype: 0x1102 },
    NamedLid { name: "PidLidHomeAddressCountryCode", set: psets::PSETID_Address.0, lid: 0x000080DA, ptype: 0x001F },
    NamedLid { name: "PidLidWorkAddressCountryCode", set: psets::PSETID_Address.0, lid: 0x000080DB, ptype: 0x001F },
    NamedLid { name: "PidLidOtherAddressCountryCode", set: psets::PSETID_Address.0, lid: 0x000080DC, ptype: 0x001F },
    NamedLid { name: "PidLidAddressCountryCode", set: psets::PSETID_Address.0, lid: 0x000080DD, ptype: 0x001F },
    NamedLid { name: "PidLidCustomFlag", set: psets::PSETID_Common.0, lid: 0x00008251, ptype: 0x0003 },
    NamedLid { name: "PidLidReminderDelta", set: psets::PSETID_Common.0, lid: 0x00008501, ptype: 0x0003 },
    NamedLid { name: "PidLidReminderTime", set: psets::PSETID_Common.0, lid: 0x00008502, ptype: 0x0040 },
    NamedLid { name: "PidLidReminderSet", set: psets::PSETID_Common.0, lid: 0x00008503, ptype: 0x000B },
    NamedLid { name: "PidLidPrivate", set: psets::PSETID_Common.0, lid: 0x00008506, ptype: 0x000B },
    NamedLid { name: "PidLidAgingDontAgeMe", set: psets::PSETID_Common.0, lid: 0x0000850E, ptype: 0x000B },
    NamedLid { name: "PidLidFormStorage", set: psets::PSETID_Common.0, lid: 0x0000850F, ptype: 0x0102 },
    NamedLid { name: "PidLidSideEffects", set: psets::PSETID_Common.0, lid: 0x00008510, ptype: 0x0003 },
    NamedLid { name: "PidLidPageDirStream", set: psets::PSETID_Common.0, lid: 0x00008513, ptype: 0x0102 },
    NamedLid { name: "PidLidSmartNoAttach", set: psets::PSETID_Common.0, lid: 0x00008514, ptype: 0x000B },
    NamedLid { name: "PidLidCommonStart", set: psets::PSETID_Common.0, lid: 0x00008516, ptype: 0x0040 },
    NamedLid { name: "PidLidCommonEnd", set: psets::PSETID_Common.0, lid: 0x00008517, ptype: 0x0040 },
    NamedLid { name: "PidLidTaskMode", set: psets::PSETID_Common.0, lid: 0x00008518, ptype: 0x0003 },
    NamedLid { name: "PidLidTaskGlobalId", set: psets::PSETID_Common.0, lid: 0x00008519, ptype: 0x0102 },
    NamedLid { name: "PidLidAutoProcessState", set: psets::PSETID_Common.0, lid: 0x0000851A, ptype: 0x0003 },
    NamedLid { name: "PidLidFormPropStream", set: psets::PSETID_Common.0, lid: 0x0000851B, ptype: 0x0102 },
    NamedLid { name: "PidLidReminderOverride", set: psets::PSETID_Common.0, lid: 0x0000851C, ptype: 0x000B },
    NamedLid { name: "PidLidReminderPlaySound", set: psets::PSETID_Common.0, lid: 0x0000851E, ptype: 0x000B },
    NamedLid { name: "PidLidReminderFileParameter", set: psets::PSETID_Common.0, lid: 0x0000851F, ptype: 0x001F },
    NamedLid { name: "PidLidVerbStream", set: psets::PSETID_Common.0, lid: 0x00008520, ptype: 0x0102 },
    NamedLid { name: "PidLidVerbResponse", set: psets::PSETID_Common.0, lid: 0x00008524, ptype: 0x001F },
    NamedLid { name: "PidLidFlagRequest", set: psets::PSETID_Common.0, lid: 0x00008530, ptype: 0x001F },
    NamedLid { name: "PidLidMileage", set: psets::PSETID_Common.0, lid: 0x00008534, ptype: 0x001F },
    NamedLid { name: "PidLidBilling", set: psets::PSETID_Common.0, lid: 0x00008535, ptype: 0x001F },
    NamedLid { name: "PidLidNonSendableTo", set: psets::PSETID_Common.0, lid: 0x00008536, ptype: 0x001F },
    NamedLid { name: "PidLidNonSendableCc", set: psets::PSETID_Common.0, lid: 0x00008537, ptype: 0x001F },
    NamedLid { name: "PidLidNonSendableBcc", set: psets::PSETID_Common.0, lid: 0x00008538, ptype: 0x001F },
    NamedLid { name: "PidLidCompanies", set: psets::PSETID_Common.0, lid: 0x00008539, ptype: 0x101F },
    NamedLid { name: "PidLidContacts", set: psets::PSETID_Common.0, lid: 0x0000853A, ptype: 0x101F },
    NamedLid { name: "PidLidPropertyDefinitionStream", set: psets::PSETID_Common.0, lid: 0x00008540, ptype: 0x0102 },
    NamedLid { name: "PidLidScriptStream", set: psets::PSETID_Common.0, lid: 0x00008541, ptype: 0x0102 },
    NamedLid { name: "PidLidNonSendToTrackStatus", set: psets::PSETID_Common.0, lid: 0x00008543, ptype: 0x1003 },
    NamedLid { name: "PidLidNonSendCcTrackStatus", set: psets::PSETID_Common.0, lid: 0x00008544, ptype: 0x1003 },
    NamedLid { name: "PidLidNonSendableBccTrackStatus", set: psets::PSETID_Common.0, lid: 0x00008545, ptype: 0x1003 },
    NamedLid { name: "PidLidRecallTime", set: psets::PSETID_Common.0, lid: 0x00008549, ptype: 0x0040 },
    NamedLid { name: "PidLidCurrentVersion", set: psets::PSETID_Common.0, lid: 0x00008552, ptype: 0x0003 },
    NamedLid { name: "PidLidReminderSignalTime", set: psets::PSETID_Common.0, lid: 0x00008560, ptype: 0x0040 },
    NamedLid { name: "PidLidImapDeleted", set: psets::PSETID_Common.0, lid: 0x00008570, ptype: 0x0003 },
    NamedLid { name: "PidLidHeaderItem", set: psets::PSETID_Common.0, lid: 0x00008578, ptype: 0x0003 },
    NamedLid { name: "PidLidInternetAccountName", set: psets::PSETID_Common.0, lid: 0x00008580, ptype: 0x001F },
    NamedLid { name: "PidLidInternetAccountStamp", set: psets::PSETID_Common.0, lid: 0x00008581, ptype: 0x001F },
    NamedLid { name: "PidLidUseTnef", set: psets::PSETID_Common.0, lid: 0x00008582, ptype: 0x000B },
    NamedLid { name: "PidLidContactLinkSearchKey", set: psets::PSETID_Common.0, lid: 0x00008584, ptype: 0x0102 },
    NamedLid { name: "PidLidContactLinkEntry", set: psets::PSETID_Common.0, lid: 0x00008585, ptype: 0x0102 },
    NamedLid { name: "PidLidContactLinkName", set: psets::PSETID_Common.0, lid: 0x00008586, ptype: 0x001F },
    NamedLid { name: "PidLidImageAttachmentsCompressionLevel", set: psets::PSETID_Common.0, lid: 0x00008593, ptype: 0x0003 },
    NamedLid { name: "PidLidIsInterpersonalFax", set: psets::PSETID_Common.0, lid: 0x0000859B, ptype: 0x000B },
    NamedLid { name: "PidLidSpamOriginalFolder", set: psets::PSETID_Common.0, lid: 0x0000859C, ptype: 0x0102 },
    NamedLid { name: "PidLidToDoOrdinalDate", set: psets::PSETID_Common.0, lid: 0x000085A0, ptype: 0x0040 },
    NamedLid { name: "PidLidToDoSubOrdinal", set: psets::PSETID_Common.0, lid: 0x000085A1, ptype: 0x001F },
    NamedLid { name: "PidLidToDoTitle", set: psets::PSETID_Common.0, lid: 0x000085A4, ptype: 0x001F },
    NamedLid { name: "PidLidFShouldTNEF", set: psets::PSETID_Common.0, lid: 0x000085A5, ptype: 0x000B },
    NamedLid { name: "PidLidClassified", set: psets::PSETID_Common.0, lid: 0x000085B5, ptype: 0x000B },
    NamedLid { name: "PidLidClassification", set: psets::PSETID_Common.0, lid: 0x000085B6, ptype: 0x001F },
    NamedLid { name: "PidLidClassificationDescription", set: psets::PSETID_Common.0, lid: 0x000085B7, ptype: 0x001F },
    NamedLid { name: "PidLidClassificationGuid", set: psets::PSETID_Common.0, lid: 0x000085B8, ptype: 0x001F },
    NamedLid { name: "PidLidOfflineStatus", set: psets::PSETID_Common.0, lid: 0x000085B9, ptype: 0x0003 },
    NamedLid { name: "PidLidClassificationKeep", set: psets::PSETID_Common.0, lid: 0x000085BA, ptype: 0x000B },
    NamedLid { name: "PidLidReferenceEntryId", set: psets::PSETID_Common.0, lid: 0x000085BD, ptype: 0x0102 },
    NamedLid { name: "PidLidValidFlagStringProof", set: psets::PSETID_Common.0, lid: 0x000085BF, ptype: 0x0040 },
    NamedLid { name: "PidLidFlagString", set: psets::PSETID_Common.0, lid: 0x000085C0, ptype: 0x0003 },
    NamedLid { name: "PidLidLogType", set: psets::PSETID_Log.0, lid: 0x00008700, ptype: 0x001F },
    NamedLid { name: "PidLidLogStart", set: psets::PSETID_Log.0, lid: 0x00008706, ptype: 0x0040 },
    NamedLid { name: "PidLidLogDuration", set: psets::PSETID_Log.0, lid: 0x00008707, ptype: 0x0003 },
    NamedLid { name: "PidLidLogEnd", set: psets::PSETID_Log.0, lid: 0x00008708, ptype: 0x0040 },
    NamedLid { name: "PidLidLogFlags", set: psets::PSETID_Log.0, lid: 0x0000870C, ptype: 0x0003 },
    NamedLid { name: "PidLidLogDocumentPrinted", set: psets::PSETID_Log.0, lid: 0x0000870E, ptype: 0x000B },
    NamedLid { name: "PidLidLogDocumentSaved", set: psets::PSETID_Log.0, lid: 0x0000870F, ptype: 0x000B },
    NamedLid { name: "PidLidLogDocumentRouted", set: psets::PSETID_Log.0, lid: 0x00008710, ptype: 0x000B },
    NamedLid { name: "PidLidLogDocumentPosted", set: psets::PSETID_Log.0, lid: 0x00008711, ptype: 0x000B },
    NamedLid { name: "PidLidLogTypeDesc", set: psets::PSETID_Log.0, lid: 0x00008712, ptype: 0x001F },
    NamedLid { name: "PidLidNoteColor", set: psets::PSETID_Note.0, lid: 0x00008B00, ptype: 0x0003 },
    NamedLid { name: "PidLidNoteWidth", set: psets::PSETID_Note.0, lid: 0x00008B02, ptype: 0x0003 },
    NamedLid { name: "PidLidNoteHeight", set: psets::PSETID_Note.0, lid: 0x00008B03, ptype: 0x0003 },
    NamedLid { name: "PidLidNoteX", set: psets::PSETID_Note.0, lid: 0x00008B04, ptype: 0x0003 },
    NamedLid { name: "PidLidNoteY", set: psets::PSETID_Note.0, lid: 0x00008B05, ptype: 0x0003 },
    NamedLid { name: "PidLidResendTime", set: psets::PSETID_Report.0, lid: 0x00008D00, ptype: 0x0040 },
    NamedLid { name: "PidLidRemoteEntryId", set: psets::PSETID_Remote.0, lid: 0x00008F01, ptype: 0x0102 },
    NamedLid { name: "PidLidRemoteTransport", set: psets::PSETID_Remote.0, lid: 0x00008F03, ptype: 0x001E },
    NamedLid { name: "PidLidRemoteTransferTime", set: psets::PSETID_Remote.0, lid: 0x00008F04, ptype: 0x0003 },
    NamedLid { name: "PidLidRemoteTransferSize", set: psets::PSETID_Remote.0, lid: 0x00008F05, ptype: 0x0003 },
    NamedLid { name: "PidLidRemoteSearchKey", set: psets::PSETID_Remote.0, lid: 0x00008F06, ptype: 0x0102 },
    NamedLid { name: "PidLidRemoteAttachment", set: psets::PSETID_Remote.0, lid: 0x00008F07, ptype: 0x000B },
    NamedLid { name: "PidLidCategories", set: psets::PS_PUBLIC_STRINGS.0, lid: 0x00002328, ptype: 0x101F },
    NamedLid { name: "PidLidSharingProviderGuid", set: psets::PSETID_Sharing.0, lid: 0x00008A01, ptype: 0x0102 },
    NamedLid { name: "PidLidSharingProviderName", set: psets::PSETID_Sharing.0, lid: 0x00008A02, ptype: 0x001F },
    NamedLid { name: "PidLidSharingProviderUrl", set: psets::PSETID_Sharing.0, lid: 0x00008A03, ptype: 0x001F },
    NamedLid { name: "PidLidSharingRemoteName", set: psets::PSETID_Sharing.0, lid: 0x00008A05, ptype: 0x001F },
    NamedLid { name: "PidLidSharingRemoteUid", set: psets::PSETID_Sharing.0, lid: 0x00008A06, ptype: 0x001F },
    NamedLid { name: "PidLidSharingInitiatorName", set: psets::PSETID_Sharing.0, lid: 0x00008A07, ptype: 0x001F },
    NamedLid { name: "PidLidSharingInitiatorSmtp", set: psets::PSETID_Sharing.0, lid: 0x00008A08, ptype: 0x001F },
    NamedLid { name: "PidLidSharingInitiatorEntryId", set: psets::PSETID_Sharing.0, lid: 0x00008A09, ptype: 0x0102 },
    NamedLid { name: "PidLidSharingLocalType", set: psets::PSETID_Sharing.0, lid: 0x00008A14, ptype: 0x001F },
    NamedLid { name: "PidLidSharingCapabilities", set: psets::PSETID_Sharing.0, lid: 0x00008A17, ptype: 0x0003 },
    NamedLid { name: "PidLidSharingFlavor", set: psets::PSETID_Sharing.0, lid: 0x00008A18, ptype: 0x0003 },
    NamedLid { name: "PidLidSharingRemoteType", set: psets::PSETID_Sharing.0, lid: 0x00008A1D, ptype: 0x001F },
    NamedLid { name: "PidLidSharingConfigurationUrl", set: psets::PSETID_Sharing.0, lid: 0x00008A24, ptype: 0x001F },
    NamedLid { name: "PidLidSharingResponseType", set: psets::PSETID_Sharing.0, lid: 0x00008A27, ptype: 0x0003 },
    NamedLid { name: "PidLidSharingResponseTime", set: psets::PSETID_Sharing.0, lid: 0x00008A28, ptype: 0x0040 },
    NamedLid { name: "PidLidSharingRemoteStoreUid", set: psets::PSETID_Sharing.0, lid: 0x00008A48, ptype: 0x001F },
    NamedLid { name: "PidLidPostRssChannelLink", set: psets::PSETID_PostRss.0, lid: 0x00008900, ptype: 0x001F },
    NamedLid { name: "PidLidPostRssChannel", set: psets::PSETID_PostRss.0, lid: 0x00008904, ptype: 0x001F },
    NamedLid { name: "PidLidAttendeeCriticalChange", set: psets::PSETID_Meeting.0, lid: 0x00000001, ptype: 0x0040 },
    NamedLid { name: "PidLidWhere", set: psets::PSETID_Meeting.0, lid: 0x00000002, ptype: 0x001F },
    NamedLid { name: "PidLidGlobalObjectId", set: psets::PSETID_Meeting.0, lid: 0x00000003, ptype: 0x0102 },
    NamedLid { name: "PidLidIsSilent", set: psets::PSETID_Meeting.0, lid: 0x00000004, ptype: 0x000B },
    NamedLid { name: "PidLidIsRecurring", set: psets::PSETID_Meeting.0, lid: 0x00000005, ptype: 0x000B },
    NamedLid { name: "PidLidIsException", set: psets::PSETID_Meeting.0, lid: 0x0000000A, ptype: 0x000B },
    NamedLid { name: "PidLidTimeZone", set: psets::PSETID_Meeting.0, lid: 0x0000000C, ptype: 0x0003 },
    NamedLid { name: "PidLidOwnerCriticalChange", set: psets::PSETID_Meeting.0, lid: 0x0000001A, ptype: 0x0040 },
    NamedLid { name: "PidLidCalendarType", set: psets::PSETID_Meeting.0, lid: 0x0000001C, ptype: 0x0003 },
    NamedLid { name: "PidLidCleanGlobalObjectId", set: psets::PSETID_Meeting.0, lid: 0x00000023, ptype: 0x0102 },
    NamedLid { name: "PidLidAppointmentMessageClass", set: psets::PSETID_Meeting.0, lid: 0x00000024, ptype: 0x001F },
    NamedLid { name: "PidLidMeetingType", set: psets::PSETID_Meeting.0, lid: 0x00000026, ptype: 0x0003 },
    NamedLid { name: "PidLidOldLocation", set: psets::PSETID_Meeting.0, lid: 0x00000028, ptype: 0x001F },
    NamedLid { name: "PidLidOldWhenStartWhole", set: psets::PSETID_Meeting.0, lid: 0x00000029, ptype: 0x0040 },
    NamedLid { name: "PidLidOldWhenEndWhole", set: psets::PSETID_Meeting.0, lid: 0x0000002A, ptype: 0x0040 },
];
// @generated end
