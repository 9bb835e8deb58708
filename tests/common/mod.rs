//! Helpers shared by the integration tests (`mod common;`).

use std::path::PathBuf;

/// The seed fixtures folder (`../shared/fixtures/seed`). When it is absent the
/// test fails loudly, unless `UNION_PLAN_NO_FIXTURES=1` (a clone without the
/// shared folder): then it says SKIPPED and returns None.
pub fn seed_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/seed"
    ));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("UNION_PLAN_NO_FIXTURES").as_deref() == Ok("1") {
        eprintln!(
            "SKIPPED: seed fixtures not found at {} (UNION_PLAN_NO_FIXTURES=1)",
            dir.display()
        );
        return None;
    }
    panic!(
        "seed fixtures not found at {}: the shared/ folder must sit beside the crate \
         (set UNION_PLAN_NO_FIXTURES=1 to skip these tests)",
        dir.display()
    );
}
