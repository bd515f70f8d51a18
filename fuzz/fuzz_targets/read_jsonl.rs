//! The jsonl reader on arbitrary bytes: articles or errors, never a panic; every article read goes
//! through the pipeline and the RDF mapping, with their checks (`parley::fuzzing::exercise`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    parley::fuzzing::exercise(data, parley::article::Format::Jsonl);
});
