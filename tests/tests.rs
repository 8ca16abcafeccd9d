//! The one integration-test binary. Modules are feature areas; shared helpers live in `util`.

#[path = "shared/kills.rs"]
mod kills;
#[path = "shared/rng.rs"]
mod rng;
mod util;

mod backup;
mod benchmarks;
mod cli;
mod crash;
mod disk;
mod export;
mod fuzz;
mod hostile;
mod instrument;
mod layers;
mod locales;
mod migrations;
mod plan;
mod privacy;
mod report;
mod scoring;
mod store;
mod typeset;
