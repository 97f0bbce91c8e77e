//! The [MS-OXPROPS] name table of `ropwire::data::tags`.

use ropwire::data::tags::{self, psets};
use ropwire::data::{Guid, PropertyTag, PropertyType};

#[test]
fn constants_carry_the_spec_tag() {
    assert_eq!(tags::PidTagSubject, PropertyTag(0x0037_001F));
    assert_eq!(tags::PidTagSubject.prop_type(), PropertyType::PtypString);
    assert_eq!(tags::PidTagNormalizedSubject, PropertyTag(0x0E1D_001F));
    assert_eq!(tags::PidTagMessageClass, PropertyTag(0x001A_001F));
    assert_eq!(tags::PidTagDisplayName, PropertyTag(0x3001_001F));
    assert_eq!(tags::PidTagEntryId, PropertyTag(0x0FFF_0102));
    assert_eq!(tags::PidTagMessageFlags, PropertyTag(0x0E07_0003));
    assert_eq!(tags::PidTagMessageDeliveryTime, PropertyTag(0x0E06_0040));
    assert_eq!(tags::PidTagHasAttachments, PropertyTag(0x0E1B_000B));
}

#[test]
fn guids_are_in_wire_order() {
    // {00062002-0000-0000-C000-000000000046}
    assert_eq!(
        psets::PSETID_Appointment,
        Guid([
            0x02, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x46
        ])
    );
    let mut s = String::new();
    use std::fmt::Write;
    write!(s, "{}", psets::PSETID_Meeting).unwrap();
    assert_eq!(s, "{6ED8DA90-450B-101B-98DA-00AA003F1305}");
}

#[cfg(feature = "names")]
mod with_names {
    use super::*;
    use ropwire::data::tags::{ALL_TAGS, LID_NAMES, TAG_NAMES, lid_name, tag_name};

    #[test]
    fn names_by_id() {
        assert_eq!(tag_name(0x0037), Some("PidTagSubject"));
        assert_eq!(PropertyTag(0x0037_001F).name(), Some("PidTagSubject"));
        assert_eq!(tags::PidTagSubject.name(), Some("PidTagSubject"));
        assert_eq!(tag_name(0x0E1D), Some("PidTagNormalizedSubject"));
        // The type does not matter: a PtypErrorCode or PtypString8 row names the same id.
        assert_eq!(PropertyTag(0x0037_000A).name(), Some("PidTagSubject"));
        assert_eq!(PropertyTag(0x0037_001E).name(), Some("PidTagSubject"));
        assert_eq!(tag_name(0x0FFF), Some("PidTagEntryId"));
    }

    #[test]
    fn exchange_properties_from_the_spec_pages() {
        // Rows taken from [MS-OXPROPS] pages (spec-notes/properties.md).
        assert_eq!(tags::PidTagFolderId, PropertyTag(0x6748_0014));
        assert_eq!(tags::PidTagMid, PropertyTag(0x674A_0014));
        assert_eq!(tags::PidTagInstID, PropertyTag(0x674D_0014));
        assert_eq!(tags::PidTagInstanceNum, PropertyTag(0x674E_0003));
        assert_eq!(tags::PidTagChangeKey, PropertyTag(0x65E2_0102));
        assert_eq!(PropertyTag(0x6748_0014).name(), Some("PidTagFolderId"));
        assert_eq!(PropertyTag(0x674A_0014).name(), Some("PidTagMid"));
        assert_eq!(tag_name(0x65E3), Some("PidTagPredecessorChangeList"));
        // The client docs give PidTagMailboxOwnerName the id 0x001F (a type code).
        assert_eq!(tag_name(0x661C), Some("PidTagMailboxOwnerName"));
        assert_eq!(tag_name(0x001F), Some("PidTagObsoletedMessageIds"));
    }

    #[test]
    fn shared_ids_take_the_smallest_name() {
        assert_eq!(tag_name(0x3701), Some("PidTagAttachDataBinary"));
        assert_eq!(tags::PidTagAttachDataBinary, PropertyTag(0x3701_0102));
        assert_eq!(tags::PidTagAttachDataObject, PropertyTag(0x3701_000D));
        assert_eq!(tag_name(0x1013), Some("PidTagBodyHtml"));
    }

    #[test]
    fn named_property_ids_have_no_tag_name() {
        assert_eq!(tag_name(0x8001), None);
        assert_eq!(tag_name(0x8000), None);
        assert_eq!(tag_name(0xFFFF), None);
        assert_eq!(PropertyTag(0x8001_0003).name(), None);
        assert!(TAG_NAMES.iter().all(|&(id, _)| id < 0x8000));
    }

    #[test]
    fn unknown_id_has_no_name() {
        assert_eq!(tag_name(0x7FF0), None);
        assert_eq!(tag_name(0x4000), None);
    }

    #[test]
    fn tag_table_is_sorted_without_duplicate_ids() {
        assert!(TAG_NAMES.len() > 600, "{} names", TAG_NAMES.len());
        for w in TAG_NAMES.windows(2) {
            assert!(
                w[0].0 < w[1].0,
                "{:04X} {} / {:04X} {}",
                w[0].0,
                w[0].1,
                w[1].0,
                w[1].1
            );
        }
        for &(id, name) in TAG_NAMES {
            assert!(name.starts_with("PidTag"), "{name}");
            assert_eq!(tag_name(id), Some(name));
        }
    }

    #[test]
    fn every_constant_round_trips() {
        assert!(ALL_TAGS.len() >= TAG_NAMES.len());
        for w in ALL_TAGS.windows(2) {
            assert!(w[0].0 < w[1].0, "ALL_TAGS not in name order at {}", w[1].0);
        }
        for &(name, tag) in ALL_TAGS {
            let id = tag.id();
            if id >= 0x8000 {
                assert_eq!(tag.name(), None, "{name}");
                continue;
            }
            let got = tag
                .name()
                .unwrap_or_else(|| panic!("{name} ({tag:?}) has no name"));
            if got != name {
                // A shared id: the table gives the smallest name of those with this id.
                let sharing: Vec<&str> = ALL_TAGS
                    .iter()
                    .filter(|(_, t)| t.id() == id)
                    .map(|&(n, _)| n)
                    .collect();
                assert!(sharing.contains(&got), "{name}: {got}");
                assert_eq!(Some(&got), sharing.iter().min(), "{name}");
            }
        }
        // Every id named in TAG_NAMES has a constant.
        for &(id, name) in TAG_NAMES {
            assert!(
                ALL_TAGS.iter().any(|&(n, t)| n == name && t.id() == id),
                "{name}"
            );
        }
    }

    #[test]
    fn lid_names() {
        assert_eq!(
            lid_name(&psets::PSETID_Appointment.0, 0x820D),
            Some("PidLidAppointmentStartWhole")
        );
        assert_eq!(
            lid_name(&psets::PSETID_Appointment.0, 0x820E),
            Some("PidLidAppointmentEndWhole")
        );
        assert_eq!(
            lid_name(&psets::PSETID_Common.0, 0x8503),
            Some("PidLidReminderSet")
        );
        // The same LID in another set is another property.
        assert_eq!(lid_name(&psets::PSETID_Task.0, 0x820D), None);
        assert_eq!(lid_name(&[0; 16], 0x820D), None);
        let e = LID_NAMES
            .iter()
            .find(|e| e.name == "PidLidAppointmentStartWhole")
            .unwrap();
        assert_eq!(e.ptype, PropertyType::PtypTime.0);
        assert_eq!(e.lid, 0x820D);
    }

    #[test]
    fn lid_table_is_sorted_without_duplicates() {
        assert!(LID_NAMES.len() > 250, "{} names", LID_NAMES.len());
        for w in LID_NAMES.windows(2) {
            assert!(
                (w[0].set, w[0].lid) < (w[1].set, w[1].lid),
                "{} / {}",
                w[0].name,
                w[1].name
            );
        }
        for e in LID_NAMES {
            assert!(e.name.starts_with("PidLid"), "{}", e.name);
            assert_eq!(lid_name(&e.set, e.lid), Some(e.name));
        }
    }
}

#[cfg(not(feature = "names"))]
#[test]
fn without_names_lookups_answer_none() {
    assert_eq!(tags::tag_name(0x0037), None);
    assert_eq!(tags::PidTagSubject.name(), None);
}

/// Ids the spec reuses across object types name the property of the tag's type.
#[cfg(feature = "names")]
#[test]
fn shared_ids_are_named_by_the_tags_type() {
    use ropwire::data::PropertyTag;
    assert_eq!(
        PropertyTag(0x6842_0102).name(),
        Some("PidTagSearchFolderId")
    );
    assert_eq!(
        PropertyTag(0x6842_000B).name(),
        Some("PidTagScheduleInfoDelegatorWantsCopy")
    );
    // A type no property of the id has: the id's name.
    assert_eq!(
        PropertyTag(0x6842_0003).name(),
        ropwire::data::tags::tag_name(0x6842)
    );
    // 8-bit and Unicode strings name alike.
    assert_eq!(PropertyTag(0x0037_001E).name(), Some("PidTagSubject"));
}

/// `SHARED_IDS` lists exactly the ids below 0x8000 that several constants share.
#[cfg(feature = "names")]
#[test]
fn shared_ids_are_the_ids_several_constants_have() {
    use ropwire::data::tags::{ALL_TAGS, SHARED_IDS};
    let mut ids: Vec<u16> = ALL_TAGS.iter().map(|(_, t)| t.id()).collect();
    ids.sort_unstable();
    let mut shared: Vec<u16> = ids
        .windows(2)
        .filter(|w| w[0] == w[1] && w[0] < 0x8000)
        .map(|w| w[0])
        .collect();
    shared.dedup();
    assert_eq!(shared, SHARED_IDS);
}
