use std::path::PathBuf;

/// `ui/src/lib/bindings.ts` is what `bindings::typescript()` generates. With
/// `DIGIREADY_BLESS=1` the file is rewritten instead.
#[test]
fn typescript_bindings_are_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
    let expected = digiready_desktop::bindings::typescript();
    if std::env::var_os("DIGIREADY_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("write bindings");
        return;
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "{} is out of date: run `DIGIREADY_BLESS=1 cargo test -p digiready-desktop bindings`",
        path.display()
    );
}
