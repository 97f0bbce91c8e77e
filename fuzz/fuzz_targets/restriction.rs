#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| ropwire::fuzzing::restriction_round_trip(data));
