//! Fuzz target `benchmark_pack`: what it feeds to the core is in `fuzz/src/lib.rs`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| digiready_fuzz::benchmark_pack(data));
