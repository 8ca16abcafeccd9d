//! Fuzz target `export_csv`: what it feeds to the core is in `fuzz/src/lib.rs`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| digiready_fuzz::export_csv(data));
