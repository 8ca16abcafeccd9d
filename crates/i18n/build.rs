//! The locales are embedded with `include_dir!`, which does not tell Cargo about the files it
//! reads: rebuild when anything under them changes.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
