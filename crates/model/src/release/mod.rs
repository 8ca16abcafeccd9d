//! What leaves an officer's machine and what an agency may publish: the record of a finalized
//! assessment (`record`, `manifest`), k-anonymity and l-diversity (`anonymity`, `privacy`),
//! the check of a record against its questionnaire (`verify`), and the agency's tables with
//! their disclosure control (`aggregate`, `disclosure`, `publish`). The files themselves are
//! written and read by `digiready_exchange`.

pub mod aggregate;
pub mod anonymity;
pub mod disclosure;
pub mod manifest;
pub mod privacy;
pub mod publish;
pub mod record;
pub mod verify;
