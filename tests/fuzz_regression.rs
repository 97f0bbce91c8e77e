//! Replays every saved fuzz input under `fuzz/regressions/<oracle>/` through its oracle,
//! so a crash found once stays fixed with plain `cargo test`.

use std::path::Path;

#[test]
fn replay_fuzz_regressions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for (name, oracle) in ropwire::fuzzing::ORACLES {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            oracle(&data);
            replayed += 1;
        }
    }
    // The directory holds at least the seeds committed with the targets.
    assert!(
        replayed > 0,
        "no regression inputs found under {}",
        root.display()
    );
}

#[test]
fn oracles_accept_the_sample_and_garbage() {
    let mut mem = [0u8; 2048];
    let mut w = ropwire::Writer::new(&mut mem);
    ropwire::sample::write_request_buffer(&mut w).unwrap();
    let n = w.position();
    let req = &mem[..n];
    ropwire::fuzzing::request_buffer(req);
    ropwire::fuzzing::rop_requests(&req[2..n - 8]);
    let mut resp_mem = [0u8; 2048];
    let mut w = ropwire::Writer::new(&mut resp_mem);
    ropwire::sample::write_response_buffer(&mut w).unwrap();
    let m = w.position();
    let mut joined = (n as u16).to_le_bytes().to_vec();
    joined.extend_from_slice(req);
    joined.extend_from_slice(&resp_mem[..m]);
    ropwire::fuzzing::response_buffer(&joined);
    for (_, oracle) in ropwire::fuzzing::ORACLES {
        oracle(&[]);
        oracle(&[0xFF; 40]);
        oracle(&[0x02, 0x00, 0xFE, 0xFE, 0x00]);
    }
}
