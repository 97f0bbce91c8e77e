//! Structures of [MS-OXCDATA] embedded in ROP buffers.

pub mod ids;
pub mod proptag;
pub mod propvalue;
pub mod recipient;
pub mod restriction;
pub mod row;
pub mod sort;
#[cfg(feature = "arbitrary")]
pub mod structured;
pub mod tags;

pub use ids::{FolderId, Guid, Id8, LongTermId, MessageId};
pub use proptag::{PropertyTag, PropertyType};
pub use propvalue::{Bool, PropertyValue, TaggedPropertyValue, TypedPropertyValue};
pub use recipient::{RecipientFlags, RecipientRow};
pub use restriction::{CountWidth, MAX_RESTRICTION_DEPTH, Restriction};
pub use row::{FlaggedPropertyValue, PropertyProblem, PropertyRow, RowValue};
pub use sort::{SortOrder, SortOrderSet};
pub use tags::{NamedLid, lid_name, tag_name};
