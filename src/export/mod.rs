//! Anonymized exports for provincial agencies (issue 7, in progress): the k-anonymity step
//! and the CSV writer.

pub mod anonymity;
pub mod csv;
