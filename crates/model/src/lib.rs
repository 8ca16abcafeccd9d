//! DigiReady's model: the questionnaire as data, answers, scoring, the plan, benchmarks'
//! arithmetic, and the rules that release a record to an agency. Pure and deterministic: no
//! file, database, clock or network access (time, randomness and text arrive as arguments;
//! the questionnaire, seed benchmarks and privacy rules are compiled in). The test
//! `layers::the_model_does_no_io` holds this.

pub mod answers;
pub mod benchmark;
pub mod clock;
pub mod digest;
pub mod instrument;
pub mod plan;
pub mod release;
pub mod scoring;
