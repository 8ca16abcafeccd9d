//! The desktop shell's tests: one integration-test binary.
//! - `bindings`: the TypeScript bindings in `ui/` match the Rust DTOs.
//! - `ipc`: the commands through Tauri's IPC on the mock runtime, with the real capabilities.
//! - `kills`: shared with the core's CLI kill test (tests/shared/kills.rs); `rng`, `generated`
//!   and `packaged`: generated export files, shared with the benches (tests/shared/).
//! - `e2e`: the real app in its real engine (WebKitGTK), driven through tauri-driver.

mod bindings;
mod e2e;
#[path = "../../tests/shared/answers.rs"]
mod generated;
mod ipc;
#[path = "../../tests/shared/kills.rs"]
mod kills;
#[path = "../../tests/shared/package.rs"]
mod packaged;
#[path = "../../tests/shared/rng.rs"]
mod rng;
