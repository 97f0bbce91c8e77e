//! Keeps the README's coverage table true: its counts must match what the code decodes.

use ropwire::rop::{Family, RopId};

#[test]
fn readme_coverage_table_matches_the_code() {
    let readme = include_str!("../README.md");
    let mut rows = 0;
    for family in Family::ALL {
        let ids: Vec<RopId> = RopId::ALL
            .iter()
            .copied()
            .filter(|id| id.family() == Some(family))
            .collect();
        let requests = ids.iter().filter(|id| id.request_supported()).count();
        let responses = ids.iter().filter(|id| id.response_supported()).count();
        let row = format!(
            "| {} | {} | {} | {} |",
            family.name(),
            ids.len(),
            requests,
            responses
        );
        assert!(readme.contains(&row), "README lacks the row `{row}`");
        rows += 1;
    }
    assert_eq!(rows, 13);
    assert_eq!(RopId::ALL.len(), 132);
}
