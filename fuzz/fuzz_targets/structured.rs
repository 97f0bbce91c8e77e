#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| ropwire::fuzzing::structured_round_trip(data));
