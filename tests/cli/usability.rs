//! What a new user trips over (issue 17): the libclang check that runs before the first build,
//! filters that name nothing, files that are not articles, readers beside a server, what Gephi
//! and networkx read, and output that fits a person's screen.

use std::path::Path;
use std::process::Command;

use super::root;

/// `parley_find_libclang ROOT` of scripts/libclang.sh with only the environment given here:
/// (exit code, what it printed).
fn find_libclang(fake_root: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let script = root().join("scripts/libclang.sh");
    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(format!(
            ". {:?} && parley_find_libclang {:?}",
            script, fake_root
        ))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        // no llvm-config of this machine
        .env("LLVM_CONFIG_PATH", fake_root.join("no-llvm-config"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("bash runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
    )
}

/// A file that starts like a shared library of this class (2: 64-bit, 1: 32-bit).
fn library(path: &Path, class: u8) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, [0x7f, b'E', b'L', b'F', class, 1, 1, 0]).unwrap();
}

/// Point 1: the check finds exactly what bindgen (clang-sys) loads. This machine's case first: a
/// Debian with libclang-cpp.so.14 only (installed with other clang packages), which the old check
/// took for libclang.
#[test]
fn the_libclang_check_finds_what_bindgen_loads_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path();
    let s = |p: &Path| p.to_str().unwrap().to_string();
    library(&fake.join("usr/lib/x86_64-linux-gnu/libclang-cpp.so.14"), 2);
    library(&fake.join("usr/lib/llvm-14/lib/libclang-cpp.so.14"), 2);
    library(&fake.join("usr/lib/llvm-14/lib/libclangBasic.a"), 2);
    // a 32-bit libclang is refused too (clang-sys checks the ELF class)
    library(&fake.join("usr/lib/i386-linux-gnu/libclang.so.1"), 1);
    // a link to nowhere is no library
    std::os::unix::fs::symlink(
        fake.join("gone"),
        fake.join("usr/lib/llvm-14/lib/libclang.so"),
    )
    .unwrap();
    assert_eq!(find_libclang(fake, &[]).0, 1, "libclang-cpp is not libclang");

    // the names clang-sys takes, in each kind of directory it searches
    for (place, name) in [
        ("usr/lib/llvm-14/lib", "libclang-14.so.1"),
        ("usr/lib/x86_64-linux-gnu", "libclang.so.1"),
        ("usr/lib64", "libclang.so"),
        ("usr/local/llvm-17/lib64", "libclang-17.so"),
        ("usr/local/lib/x86_64-linux-gnu", "libclang.so.17.0.1"),
    ] {
        let one = tempfile::tempdir().unwrap();
        library(&one.path().join(place).join(name), 2);
        let (code, found) = find_libclang(one.path(), &[]);
        assert_eq!(code, 0, "{place}/{name}");
        assert_eq!(found, s(&one.path().join(place).join(name)));
    }

    // LIBCLANG_PATH: that directory or file only, even when the system has one elsewhere
    let elsewhere = tempfile::tempdir().unwrap();
    library(&elsewhere.path().join("usr/lib/libclang.so"), 2);
    let custom = dir.path().join("opt/llvm/lib");
    std::fs::create_dir_all(&custom).unwrap();
    assert_eq!(
        find_libclang(elsewhere.path(), &[("LIBCLANG_PATH", &s(&custom))]).0,
        1
    );
    library(&custom.join("libclang-18.so.18.1"), 2);
    let (code, found) = find_libclang(elsewhere.path(), &[("LIBCLANG_PATH", &s(&custom))]);
    assert_eq!((code, found), (0, s(&custom.join("libclang-18.so.18.1"))));
    let file = custom.join("libclang-18.so.18.1");
    assert_eq!(
        find_libclang(fake, &[("LIBCLANG_PATH", &s(&file))]),
        (0, s(&file))
    );
    let cpp = fake.join("usr/lib/llvm-14/lib/libclang-cpp.so.14");
    assert_eq!(find_libclang(fake, &[("LIBCLANG_PATH", &s(&cpp))]).0, 1);

    // LD_LIBRARY_PATH, LIBRARY_PATH and llvm-config --prefix are searched too
    let lib_dir = dir.path().join("ld");
    library(&lib_dir.join("libclang.so"), 2);
    for var in ["LD_LIBRARY_PATH", "LIBRARY_PATH"] {
        let list = format!("/nowhere:{}", s(&lib_dir));
        assert_eq!(
            find_libclang(fake, &[(var, &list)]),
            (0, s(&lib_dir.join("libclang.so"))),
            "{var}"
        );
    }
    let prefix = dir.path().join("llvm");
    library(&prefix.join("lib64/libclang.so.19"), 2);
    let config = dir.path().join("llvm-config");
    std::fs::write(&config, format!("#!/bin/sh\necho {}\n", s(&prefix))).unwrap();
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .unwrap();
    assert_eq!(
        find_libclang(fake, &[("LLVM_CONFIG_PATH", &s(&config))]),
        (0, s(&prefix.join("lib64/libclang.so.19")))
    );
}

/// Point 1: scripts/env.sh stops before any build with what it found instead, when it may not
/// install libclang-dev itself (LIBCLANG_PATH names a directory without one).
#[test]
fn env_sh_stops_before_building_without_libclang() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(". {:?}", root().join("scripts/env.sh")))
        .env("LIBCLANG_PATH", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "parley: LIBCLANG_PATH={} holds no libclang.so",
            dir.path().display()
        )),
        "{err}"
    );
}
