//! The one integration-test binary. Modules are feature areas; shared helpers live in `util`.

mod util;

mod cli;
mod instrument;
mod locales;
mod scoring;
mod store;
