//! Links the `copydesk` executable as a fixed-address (non-PIE) program on Linux with the GNU
//! toolchain: the dynamic loader then has no relocations to apply to its tables at each start,
//! a good share of what a one-article process spends before `main` (ASLR of the
//! executable itself is given up for it; its libraries keep theirs). The library and tests are
//! linked as before.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
