#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| selo_fuzz::run(selo::RecordType::Dmarc, data));
