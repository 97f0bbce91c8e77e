//! A persisted search folder in ROPs ([MS-OXCFOLD] 3.1.4.1, [MS-OXOSRCH] 3.1.4.1): both
//! sides written with the crate, then dissected.
//!
//! 1. The client creates a search folder (RopCreateFolder, FolderType Search) and sets its
//!    criteria (RopSetSearchCriteria): items that are not hidden (PidTagAttributeHidden)
//!    and whose content class (PidNameContentClass) is
//!    `urn:schemas-mydomain-tld:reporttemplate`, a shallow search of one template folder.
//! 2. Later it polls RopGetSearchCriteria: the server's SearchFlags say the search is still
//!    running, then that it is complete.
//!
//! PidNameContentClass is a named property ({PS_INTERNET_HEADERS, "content-class"},
//! [MS-OXPROPS] 2.483): a client asks the server for its property id with
//! RopGetPropertyIdsFromNames. That ROP is not implemented yet, so this example uses
//! [`CONTENT_CLASS_ID`], a placeholder for the id the server would map it to.
//!
//! `cargo run --example search_folder` prints every buffer as the dissector shows it;
//! `tests/search_folder.rs` checks that text.

use ropwire::buffer::{RopBuffer, encode_buffer};
use ropwire::codes::ErrorCode;
use ropwire::data::restriction::{RelOp, Restriction, RestrictionData};
use ropwire::data::tags::PidTagAttributeHidden;
use ropwire::data::{Bool, FolderId, PropertyTag, PropertyValue, TaggedPropertyValue};
use ropwire::dissect;
use ropwire::rop::folder::{
    CreateFolderRequest, CreateFolderResponse, CreateFolderSuccess, CriteriaView, FolderNames,
    FolderString, FolderType, GetSearchCriteriaRequest, GetSearchCriteriaResponse,
    GetSearchCriteriaSuccess, GetSearchFlags, SearchCriteria, SetSearchCriteriaRequest,
    SetSearchCriteriaResponse, SetSearchFlags,
};
use ropwire::rop::{NoContext, Present, RopRequest, RopResponse, RopResult};
use ropwire::wire::{Encode, LeArray, Utf16Str};
use ropwire::{Decode, EncodeError, Writer};

/// Placeholder property id of PidNameContentClass: what RopGetPropertyIdsFromNames would
/// return for {PS_INTERNET_HEADERS, "content-class"} on this mailbox ([MS-OXCPRPT]
/// 2.2.12). Ids from 0x8000 on are named properties mapped per mailbox.
pub const CONTENT_CLASS_ID: u16 = 0x8001;

/// The content class the search folder collects.
pub const CONTENT_CLASS: &str = "urn:schemas-mydomain-tld:reporttemplate";

/// The one folder searched (shallow): the template folder.
pub const TEMPLATE_FOLDER: FolderId = FolderId::new(1, 0x00_0000_2A01);

/// The search folder the server created.
pub const SEARCH_FOLDER: FolderId = FolderId::new(1, 0x00_0000_2A02);

/// Server object handles: the parent folder (the search root), then the new folder.
const HANDLES: [u32; 2] = [0x0000_0031, 0x0000_0032];

fn encode(rops: &[impl Encode], handles: &[u32]) -> Result<Vec<u8>, EncodeError> {
    let mut mem = vec![0u8; 4096];
    let mut w = Writer::new(&mut mem);
    encode_buffer(&mut w, rops, handles)?;
    let n = w.position();
    mem.truncate(n);
    Ok(mem)
}

/// One batch: the client's request buffer and the server's response buffer, dissected.
fn batch(
    out: &mut String,
    title: &str,
    requests: &[RopRequest<'_>],
    responses: &[RopResponse<'_>],
) -> Result<(), Box<dyn std::error::Error>> {
    let req = encode(requests, &HANDLES)?;
    let resp = encode(responses, &HANDLES)?;
    out.push_str(&format!("== {title}: request ({} bytes)\n", req.len()));
    dissect::request_buffer(out, &req, 0).map_err(|e| e.to_string())?;
    out.push_str(&format!("== {title}: response ({} bytes)\n", resp.len()));
    let request = RopBuffer::decode(&req)?;
    dissect::response_buffer(out, &resp, 0, Some(&request), &NoContext)
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// Writes both sides of the scenario and returns them as the dissector prints them.
pub fn run() -> Result<String, Box<dyn std::error::Error>> {
    // The criteria: NOT(PidTagAttributeHidden == TRUE) AND PidNameContentClass == CLASS.
    let hidden = TaggedPropertyValue::new(
        PidTagAttributeHidden.id(),
        PropertyValue::Boolean(Bool::TRUE),
    );
    let is_hidden = Restriction::property(RelOp::RELOP_EQ, PidTagAttributeHidden, &hidden);
    let class_tag = PropertyTag(u32::from(CONTENT_CLASS_ID) << 16 | 0x001F);
    let class = TaggedPropertyValue::new(
        CONTENT_CLASS_ID,
        PropertyValue::String(Utf16Str::new(CONTENT_CLASS)),
    );
    let both = [
        Restriction::not(&is_hidden),
        Restriction::property(RelOp::RELOP_EQ, class_tag, &class),
    ];
    let folders = [TEMPLATE_FOLDER];
    let visible_of_class = Restriction::and(&both);
    let criteria = SearchCriteria {
        restriction: RestrictionData::new(&visible_of_class),
        folder_ids: LeArray::Slice(&folders),
    };

    // Batch 1: create the search folder under the search root, set its criteria.
    let names = [
        FolderString::Unicode(Utf16Str::new("Report templates")),
        FolderString::Unicode(Utf16Str::new("")),
    ];
    let create = RopRequest::CreateFolder(CreateFolderRequest {
        logon_id: 0,
        input_handle_index: 0,
        output_handle_index: 1,
        folder_type: FolderType::SEARCH,
        use_unicode_strings: 1,
        open_existing: 0,
        reserved: 0,
        names: FolderNames::Value(&names),
    });
    let set = RopRequest::SetSearchCriteria(SetSearchCriteriaRequest {
        logon_id: 0,
        input_handle_index: 1,
        criteria: CriteriaView::new(&criteria),
        search_flags: SetSearchFlags::SHALLOW_SEARCH | SetSearchFlags::RESTART_SEARCH,
    });
    let created = RopResponse::CreateFolder(CreateFolderResponse {
        output_handle_index: 1,
        result: RopResult::Success(CreateFolderSuccess {
            folder_id: SEARCH_FOLDER,
            existing: Present::none(),
        }),
    });
    let set_done = RopResponse::SetSearchCriteria(SetSearchCriteriaResponse {
        input_handle_index: 1,
        return_value: ErrorCode::SUCCESS,
    });
    let mut out = String::new();
    batch(
        &mut out,
        "create and set criteria",
        &[create, set],
        &[created, set_done],
    )?;

    // Later batches: poll the criteria and the search's state.
    let poll = RopRequest::GetSearchCriteria(GetSearchCriteriaRequest {
        logon_id: 0,
        input_handle_index: 1,
        use_unicode: 1,
        include_restriction: 1,
        include_folders: 1,
    });
    for (title, flags) in [
        ("poll while running", GetSearchFlags::SEARCH_RUNNING),
        ("poll when complete", GetSearchFlags::SEARCH_COMPLETE),
    ] {
        let state = GetSearchCriteriaSuccess {
            restriction: RestrictionData::new(&visible_of_class),
            logon_id: 0,
            folder_ids: LeArray::Slice(&folders),
            search_flags: flags,
        };
        let answer = RopResponse::GetSearchCriteria(GetSearchCriteriaResponse {
            input_handle_index: 1,
            result: RopResult::Success(CriteriaView::new(&state)),
        });
        batch(&mut out, title, &[poll], &[answer])?;
        // What a client reads from the answer it decoded.
        let resp = encode(&[answer], &HANDLES)?;
        let running = RopBuffer::decode(&resp)?
            .responses(None, &NoContext)
            .filter_map(|p| match p.ok()?.response {
                RopResponse::GetSearchCriteria(r) => match r.result {
                    RopResult::Success(view) => view.get(),
                    RopResult::Failure(_) => None,
                },
                _ => None,
            })
            .map(|s| s.search_flags.contains(GetSearchFlags::SEARCH_RUNNING))
            .next()
            .ok_or("no RopGetSearchCriteria answer")?;
        out.push_str(if running {
            "-- the search is still running\n"
        } else {
            "-- the search is complete\n"
        });
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    print!("{}", run()?);
    Ok(())
}
