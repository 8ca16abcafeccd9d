//! The desktop shell's tests: one integration-test binary.
//! - `bindings`: the TypeScript bindings in `ui/` match the Rust DTOs.
//! - `ipc`: the commands through Tauri's IPC on the mock runtime, with the real capabilities.
//! - `kills`: shared with the core's CLI kill test (tests/shared/kills.rs).
//! - `e2e`: the real app in its real engine (WebKitGTK), driven through tauri-driver.

mod bindings;
mod e2e;
mod ipc;
#[path = "../../tests/shared/kills.rs"]
mod kills;
