//! Anonymized exports for provincial agencies (issue 7, in progress): the k-anonymity step.

pub mod anonymity;
