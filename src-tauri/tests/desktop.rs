//! The desktop shell's tests: one integration-test binary.
//! - `bindings`: the TypeScript bindings in `ui/` match the Rust DTOs.
//! - `ipc`: the commands through Tauri's IPC on the mock runtime, with the real capabilities.
//! - `e2e`: the real app in its real engine (WebKitGTK), driven through tauri-driver.

mod bindings;
mod e2e;
mod ipc;
