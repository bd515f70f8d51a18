//! What a new user trips over (issue 17): the libclang check that runs before the first build,
//! filters that name nothing, files that are not articles, readers beside a server, what Gephi
//! and networkx read, and output that fits a person's screen.

use std::path::Path;
use std::process::Command;

use super::scale_out::{curl, serve};
use super::{cli_out, examples_store, root, run_in, shared, stats, tool};

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
    assert_eq!(
        find_libclang(fake, &[]).0,
        1,
        "libclang-cpp is not libclang"
    );

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
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
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

/// Point 3: a corpus directory's URL lists and licence are not stored: one warning line each,
/// naming the file; the articles are all stored; `--exclude` leaves them out without a word.
#[test]
fn files_that_are_not_articles_are_named_and_skipped() {
    let Some(winer) = shared("corpus/winer-fr") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let winer = winer.to_str().unwrap();
    let r = run_in(&store, &["ingest", winer], None);
    assert_eq!(r.code, 1, "skipped inputs: {}", r.stderr);
    let warnings: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains("not an article"))
        .collect();
    assert_eq!(warnings.len(), 25, "{}", r.stderr);
    for w in &warnings {
        assert!(w.starts_with(&format!("parley: {winer}/")), "{w}");
    }
    assert!(warnings.iter().any(|w| w.starts_with(&format!(
        "parley: {winer}/license.txt: not an article: a licence"
    ))));
    assert_eq!(
        warnings
            .iter()
            .filter(|w| w.contains("-urls.txt: not an article: a list of")
                && w.contains(" of them URLs"))
            .count(),
        24
    );
    assert!(
        r.stderr
            .contains("964 stored, 0 unchanged, 25 skipped (25 not prose)"),
        "{}",
        r.stderr
    );
    assert_eq!(stats(&store)["articles"], 964);
    let timeline = cli_out(&store, &["timeline", "--format", "csv"]);
    assert!(!timeline.contains("Creative Commons"), "licence statements");
    assert!(
        !timeline.contains("wikinews.org/wiki/"),
        "URL lists as articles"
    );

    // the same with --exclude: nothing to say, exit 0, nothing new
    let r = run_in(
        &store,
        &[
            "ingest",
            "--exclude",
            "*-urls.txt",
            "--exclude",
            "license.txt",
            winer,
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("0 stored, 964 unchanged, 0 skipped"),
        "{}",
        r.stderr
    );
}

/// Point 3: `--include` and `--exclude` choose the files of a directory walk, for every reading
/// command; a pattern that matches nothing is said, an `--include` that matches nothing stops.
#[test]
fn include_and_exclude_choose_the_files_of_a_walk() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let article = |name: &str, title: &str| {
        let path = corpus.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            path,
            format!("{title}\nLe ministre a déclaré que la paix était proche.\n"),
        )
        .unwrap();
    };
    article("2016/a.txt", "Alpha");
    article("2016/drafts/b.txt", "Beta");
    article("2017/c.txt", "Gamma");
    article("notes/d.md", "Delta");
    let corpus = corpus.to_str().unwrap();
    let titles = |args: &[&str]| -> (i32, Vec<String>, String) {
        let mut all = vec!["extract", "--format", "jsonl"];
        all.extend_from_slice(args);
        all.push(corpus);
        let r = run_in(&dir.path().join("unused"), &all, None);
        let mut titles: Vec<String> = r
            .stdout
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        titles.sort();
        (r.code, titles, r.stderr)
    };
    assert_eq!(titles(&[]).1, ["Alpha", "Beta", "Gamma"]);
    assert_eq!(titles(&["--exclude", "drafts"]).1, ["Alpha", "Gamma"]);
    assert_eq!(titles(&["--include", "2016/**/*.txt"]).1, ["Alpha", "Beta"]);
    assert_eq!(titles(&["--include", "2016/*.txt"]).1, ["Alpha"]);
    // an included file of another extension is read, as the format given
    assert_eq!(
        titles(&["--include", "*.md", "--input-format", "txt"]).1,
        ["Delta"]
    );
    let (code, found, err) = titles(&["--exclude", "*.pdf"]);
    assert_eq!((code, found.len()), (0, 3));
    assert!(
        err.contains("parley: --exclude \"*.pdf\" matches no file or directory"),
        "{err}"
    );
    let (code, found, err) = titles(&["--include", "*.xml"]);
    assert_eq!((code, found.len()), (2, 0));
    assert!(
        err.contains("parley: --include \"*.xml\" matches no file in the directories given"),
        "{err}"
    );
    let (code, _, err) = titles(&["--include", "[a-"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("parley: --include \"[a-\": "), "{err}");
    // ingest and eval take them too
    let store = dir.path().join("store");
    let r = run_in(&store, &["ingest", "--exclude", "2016", corpus], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(stats(&store)["articles"], 1);
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, "").unwrap();
    let r = run_in(
        &store,
        &[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            "--include",
            "*.xml",
            corpus,
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--include \"*.xml\" matches no file"),
        "{}",
        r.stderr
    );
}

/// Point 6: one name for one meaning. `--format` is what a command writes; what it reads is
/// `--input-format` (ingest's and load's old `--format` still work).
#[test]
fn input_format_is_one_name_across_commands() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article =
        "{\"id\": \"a1\", \"text\": \"Le ministre a déclaré que la paix était proche.\"}\n";
    for spelling in ["--input-format", "--format"] {
        let r = run_in(&store, &["ingest", spelling, "jsonl", "-"], Some(article));
        assert_eq!(r.code, 0, "{spelling}: {}", r.stderr);
    }
    let r = run_in(
        &store,
        &["extract", "--input-format", "jsonl", "-"],
        Some(article),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dump = cli_out(&store, &["dump"]);
    for spelling in ["--input-format", "--format"] {
        let other = dir.path().join(format!("other{spelling}"));
        let r = run_in(&other, &["load", spelling, "nquads", "-"], Some(&dump));
        assert_eq!(r.code, 0, "{spelling}: {}", r.stderr);
    }
    for command in ["ingest", "extract", "eval", "load"] {
        let help = cli_out(&store, &[command, "--help"]);
        assert!(
            help.contains("--input-format <INPUT_FORMAT>"),
            "{command}: {help}"
        );
    }
    let r = run_in(&store, &["ingest", "-"], Some(article));
    assert!(r.stderr.contains("needs --input-format"), "{}", r.stderr);
}

/// Point 6: `timeline --help` says what every option does.
#[test]
fn timeline_help_describes_every_option() {
    let dir = tempfile::tempdir().unwrap();
    let help = cli_out(&dir.path().join("unused"), &["timeline", "-h"]);
    let mut options = 0;
    for line in help.lines().filter(|l| l.trim_start().starts_with('-')) {
        options += 1;
        // "  -o, --output <OUTPUT>  Write to …": text after the option and its value
        let described = line
            .trim_start()
            .split_once("  ")
            .is_some_and(|(_, d)| !d.trim().is_empty());
        assert!(described, "no description: {line}");
    }
    assert!(options >= 10, "{help}");
}

/// Point 4: any number of readers and read-only servers share a store; a writer is refused with
/// the servers' URLs, and a server that writes (`--allow-update`) keeps readers out with its own.
#[test]
fn readers_share_the_store_with_read_only_servers() {
    if !tool("curl", &["--version"]) {
        return;
    }
    let (_dir, store) = examples_store();
    let first = serve(&store, &[]);
    let second = serve(&store, &[]);
    for args in [
        &["stats"][..],
        &["timeline", "--format", "csv"],
        &["query", "top_speakers", "--format", "csv"],
        &["export", "--format", "json"],
        &["dump"],
    ] {
        let r = run_in(&store, args, None);
        assert_eq!(r.code, 0, "{args:?} beside two servers: {}", r.stderr);
    }
    for base in [&first.base, &second.base] {
        let a = curl(&[&format!("{base}/query?name=top_speakers&format=csv")]);
        assert_eq!(a.status, 200, "{}", a.body);
        assert!(a.body.contains("Antony Blinken"), "{}", a.body);
    }
    for writer in [
        &["ingest", "examples"][..],
        &["query", "--allow-update", "CLEAR ALL"],
        &["optimize"],
    ] {
        let r = run_in(&store, writer, None);
        assert_eq!(r.code, 2, "{writer:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("is in use by 2 processes reading it (pid "),
            "{}",
            r.stderr
        );
        for base in [&first.base, &second.base] {
            assert!(
                r.stderr.contains(&format!("serving {base}/")),
                "{}",
                r.stderr
            );
        }
        assert!(
            r.stderr.contains("send your queries to a server instead"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(second.stop().0, 0);
    let r = run_in(&store, &["ingest", "examples"], None);
    assert!(
        r.stderr.contains(&format!(
            "send your queries to the server at {}/ instead (SPARQL at {}/query)",
            first.base, first.base
        )),
        "{}",
        r.stderr
    );
    assert_eq!(first.stop().0, 0);
    // the servers gone, a writer has the store (what they left behind does not hold it)
    let r = run_in(&store, &["ingest", "examples"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // a server that writes keeps readers out, and says where it answers
    let writing = serve(&store, &["--allow-update"]);
    let r = run_in(&store, &["stats"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!(
            "meanwhile, its server answers queries at {}/",
            writing.base
        )),
        "{}",
        r.stderr
    );
    assert_eq!(writing.stop().0, 0);
}

/// Point 2: every filter of every command takes what the catalogue takes (a country's ISO code,
/// its name in French or English, its IRI; names in any case), and a value that names nothing
/// exits 2 with the reason and the nearest valid values, on the command line and from the server.
#[test]
fn filters_take_what_the_catalogue_takes_and_refuse_what_names_nothing() {
    let (_dir, store) = examples_store();
    let csv = |args: &[&str]| -> String {
        let mut all = vec!["timeline", "--format", "csv"];
        all.extend_from_slice(args);
        cli_out(&store, &all)
    };
    let russia = csv(&["--country", "RU"]);
    assert!(russia.lines().count() > 2, "{russia}");
    for name in [
        "Russie",
        "Russia",
        "ru",
        "https://w3id.org/parley/id/country/RU",
    ] {
        assert_eq!(csv(&["--country", name]), russia, "--country {name}");
    }
    let about = csv(&["--about", "RU"]);
    assert!(about.lines().count() > 2, "{about}");
    assert_eq!(csv(&["--about", "Russie"]), about);
    let criticism = csv(&["--speech-act", "criticize"]);
    assert!(criticism.lines().count() > 1);
    assert_eq!(csv(&["--speech-act", "CRITICIZE"]), criticism);
    let french = csv(&["--lang", "fr"]);
    assert!(french.lines().count() > 2);
    assert_eq!(csv(&["--lang", "French"]), french);
    assert_eq!(csv(&["--lang", "FR"]), french);
    let export = |args: &[&str]| {
        let mut all = vec!["export", "--format", "json"];
        all.extend_from_slice(args);
        cli_out(&store, &all)
    };
    let ru = export(&["--country", "RU"]);
    assert!(ru.contains("\"source\""), "{ru}");
    assert_eq!(export(&["--country", "Russie"]), ru);

    for (args, message) in [
        (
            &["timeline", "--country", "XX"][..],
            "--country: no country \"XX\" in the store",
        ),
        (
            &["timeline", "--country", "Rusie"],
            "--country: no country \"Rusie\" in the store; did you mean Russie (RU)?",
        ),
        (
            &["timeline", "--country", "Bhoutan"],
            "--country: Bhutan (BT) is in no article of the store",
        ),
        (
            &["timeline", "--country", "Blinken"],
            "--country: \"Blinken\" is not a country (it names Antony Blinken <https://w3id.org/parley/id/person/antony-blinken>)",
        ),
        (
            &["timeline", "--speech-act", "critcize"],
            "--speech-act: no speech act \"critcize\"; did you mean criticize?",
        ),
        (
            &["timeline", "--lang", "de"],
            "--lang: no article in language \"de\" in the store (it has: en, fr)",
        ),
        (
            &["timeline", "--actor", "Blinkne"],
            "--actor: no actor or country named \"Blinkne\" in the store; did you mean Antony Blinken?",
        ),
        (
            &["timeline", "--about", "Nobody"],
            "--about: no actor or country named \"Nobody\" in the store",
        ),
        (
            &["timeline", "--from", "2022-02-01", "--to", "2022-01-01"],
            "--from 2022-02-01 is after --to 2022-01-01: no day is in this window",
        ),
        (
            &["export", "--country", "Russiaa"],
            "--country: no country \"Russiaa\" in the store; did you mean Russia (RU), Russie (RU)?",
        ),
        (
            &["export", "--speech-act", "warm"],
            "--speech-act: no speech act \"warm\"; did you mean warn?",
        ),
        (&["export", "--lang", "de"], "--lang: no article in language \"de\""),
        (
            &["query", "who_said_what_about_whom", "--param", "act=critcize"],
            "--param act: no speech act \"critcize\"; did you mean criticize?",
        ),
        (
            &["query", "dyad", "--param", "a=Rusie", "--param", "b=US"],
            "--param a: no country \"Rusie\" in the store; did you mean Russie (RU)?",
        ),
        (
            &["query", "articles", "--param", "language=de"],
            "--param language: no article in language \"de\" in the store (it has: en, fr)",
        ),
    ] {
        let r = run_in(&store, args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.starts_with(&format!("parley: {message}")),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    let english = cli_out(
        &store,
        &[
            "query",
            "articles",
            "--param",
            "language=English",
            "--format",
            "csv",
        ],
    );
    assert_eq!(english.lines().count(), 7, "{english}");

    // the server's /timeline and /export take the same values and give the same refusals
    if !tool("curl", &["--version"]) {
        return;
    }
    let server = serve(&store, &[]);
    let a = curl(&[&format!(
        "{}/timeline?country=Russie&format=csv",
        server.base
    )]);
    assert_eq!((a.status, a.body.as_str()), (200, russia.as_str()));
    for (query, message) in [
        (
            "/timeline?speech_act=critcize",
            "--speech-act: no speech act \"critcize\"; did you mean criticize?",
        ),
        (
            "/timeline?country=XX",
            "--country: no country \"XX\" in the store",
        ),
        (
            "/export.graphml?lang=de",
            "--lang: no article in language \"de\"",
        ),
        (
            "/export.gexf?country=Rusie",
            "--country: no country \"Rusie\" in the store; did you mean Russie (RU)?",
        ),
    ] {
        let a = curl(&[&format!("{}{query}", server.base)]);
        assert_eq!(a.status, 400, "{query}: {}", a.body);
        assert!(a.body.starts_with(message), "{query}: {}", a.body);
    }
    assert_eq!(server.stop().0, 0);
}

/// Point 5: what Gephi and networkx read. Edges carry `weight` (statements) in GraphML and GEXF;
/// `made` and `received` count statements (made agrees with top_speakers); GEXF nodes live from
/// their first to their last statement, coloured by kind and sized by statements.
#[test]
fn gephi_and_networkx_read_weights_statement_counts_spans_and_colours() {
    if !tool("python3", &["-c", "import networkx"]) {
        return;
    }
    let (dir, store) = examples_store();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    for (format, file, extra) in [
        ("graphml", "plain.graphml", None),
        ("graphml", "aggregated.graphml", Some("--aggregate")),
        ("gexf", "plain.gexf", None),
        ("gexf", "aggregated.gexf", Some("--aggregate")),
    ] {
        let mut args = vec!["export", "--format", format, "--output"];
        let out = path(file);
        args.push(&out);
        args.extend(extra);
        cli_out(&store, &args);
    }
    if let Some(schema) = shared("data/graph-schemas/gexf-1.3/gexf.rng") {
        if tool("xmllint", &["--version"]) {
            for file in ["plain.gexf", "aggregated.gexf"] {
                let out = Command::new("xmllint")
                    .args(["--nonet", "--noout", "--relaxng"])
                    .arg(&schema)
                    .arg(path(file))
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
    }
    let speakers = cli_out(&store, &["query", "top_speakers", "--format", "json"]);
    let speakers: serde_json::Value = serde_json::from_str(&speakers).unwrap();
    let made: std::collections::BTreeMap<String, u64> = speakers["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["speaker"]["value"].as_str().unwrap().to_string(),
                b["statements"]["value"].as_str().unwrap().parse().unwrap(),
            )
        })
        .collect();
    let script = format!(
        r#"
import json, networkx as nx
out = {{}}
for name in ["plain", "aggregated"]:
    g = nx.read_graphml({dir:?} + "/" + name + ".graphml")
    x = nx.read_gexf({dir:?} + "/" + name + ".gexf")
    out[name] = {{
        "graphml_weights": sorted(d["weight"] for _, _, d in g.edges(data=True)),
        "graphml_counts": sorted(float(d["count"]) for _, _, d in g.edges(data=True)),
        "gexf_weights": sorted(d["weight"] for _, _, d in x.edges(data=True)),
        "made": {{d["label"]: d["made"] for _, d in g.nodes(data=True)}},
        "received": {{d["label"]: d["received"] for _, d in g.nodes(data=True)}},
        "nodes": {{d["label"]: [d["kind"], d["viz"]["color"], d["viz"]["size"], d.get("start"), d.get("end"), d["made"] + d["received"]] for _, d in x.nodes(data=True)}},
        "edges": [[x.nodes[a]["label"], x.nodes[b]["label"], d.get("start"), d.get("end")] for a, b, d in x.edges(data=True)],
    }}
print(json.dumps(out))
"#,
        dir = dir.path().to_str().unwrap()
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let plain = &got["plain"];
    let aggregated = &got["aggregated"];
    // weights: statements per edge, read as numbers by networkx
    assert_eq!(plain["graphml_weights"], plain["graphml_counts"]);
    assert_eq!(aggregated["graphml_weights"], aggregated["graphml_counts"]);
    assert_eq!(plain["gexf_weights"], plain["graphml_weights"]);
    assert_eq!(aggregated["gexf_weights"], aggregated["graphml_weights"]);
    let sum = |v: &serde_json::Value| -> f64 {
        v.as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_f64().unwrap())
            .sum()
    };
    assert_eq!(
        sum(&aggregated["graphml_weights"]),
        sum(&plain["graphml_weights"])
    );
    assert!(aggregated["graphml_weights"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_f64() > Some(1.0)));
    // made: the statements each speaker made, as top_speakers counts them, aggregated or not
    let mut compared = 0;
    for (speaker, n) in &made {
        if let Some(m) = plain["made"].get(speaker) {
            assert_eq!(m.as_u64(), Some(*n), "{speaker}");
            assert_eq!(aggregated["made"][speaker].as_u64(), Some(*n), "{speaker}");
            compared += 1;
        }
    }
    assert!(compared >= 5, "{made:?}");
    assert_eq!(plain["made"]["Donald Trump"], 14);
    // GEXF: colours by kind, sizes growing with statements, spans holding each node's edges
    let nodes = plain["nodes"].as_object().unwrap();
    let mut colours = std::collections::BTreeMap::new();
    for (label, n) in nodes {
        let colour = n[1].clone();
        let previous = colours.insert(n[0].as_str().unwrap().to_string(), colour.clone());
        assert!(
            previous.is_none_or(|p| p == colour),
            "one colour per kind: {label}"
        );
    }
    assert_eq!(colours.len(), 3, "{colours:?}");
    let by_statements = |a: &serde_json::Value, b: &serde_json::Value| {
        (a[5].as_u64() < b[5].as_u64()) == (a[2].as_f64() < b[2].as_f64())
    };
    assert!(by_statements(&nodes["Donald Trump"], &nodes["China"]));
    for e in plain["edges"].as_array().unwrap() {
        let (Some(start), Some(end)) = (e[2].as_str(), e[3].as_str()) else {
            continue;
        };
        for end_node in [&e[0], &e[1]] {
            let n = &nodes[end_node.as_str().unwrap()];
            assert!(
                n[3].as_str().unwrap() <= start && end <= n[4].as_str().unwrap(),
                "{e:?} outside {n:?}"
            );
        }
    }
}

/// Point 6: the HTML timeline says what it shows ("Russia — 8 statements"), has a legend of the
/// speech acts' colours, and puts the statements of unknown day after the dated days.
#[test]
fn the_html_timeline_says_what_it_shows_with_a_legend_and_unknown_days_last() {
    let (_dir, store) = examples_store();
    // an article with no date at all: its statements have no day
    let undated = "{\"id\": \"undated\", \"lang\": \"fr\", \"text\": \"Sans date\\nLe président russe Vladimir Poutine a dénoncé mardi les sanctions américaines.\"}\n";
    let r = run_in(
        &store,
        &["ingest", "--input-format", "jsonl", "-"],
        Some(undated),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let csv = cli_out(&store, &["timeline", "--country", "RU", "--format", "csv"]);
    let n = csv.lines().count() - 1;
    let html = cli_out(
        &store,
        &["timeline", "--country", "Russie", "--format", "html"],
    );
    assert!(
        html.contains(&format!("<title>Russia — {n} statements</title>")),
        "{html}"
    );
    assert!(html.contains(&format!("<h1>Russia — {n} statements</h1>")));
    let filtered = cli_out(
        &store,
        &[
            "timeline",
            "--actor",
            "Blinken",
            "--speech-act",
            "warn",
            "--format",
            "html",
        ],
    );
    assert!(
        filtered.contains("<h1>Antony Blinken, warn — 1 statement</h1>"),
        "{filtered}"
    );
    // the legend: every speech act of the page in its colour
    let legend = html
        .lines()
        .find(|l| l.starts_with("<p class=\"legend\">"))
        .expect("a legend");
    for act in ["say", "announce", "criticize", "warn", "praise", "appeal"] {
        assert!(legend.contains(&format!(">{act}</span>")), "{legend}");
    }
    for entry in html
        .lines()
        .filter(|l| l.starts_with("<div class=\"entry\""))
    {
        let colour = entry
            .split("data-c=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let act = entry
            .split("<span class=\"act\">")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap();
        // an entry is coloured as its act, as the legend shows it, by a rule of the page's style
        assert_eq!(colour, act);
        assert!(
            legend.contains(&format!("data-c=\"{act}\">{act}</span>")),
            "{act} in {legend}"
        );
        assert!(html.contains(&format!("[data-c={act}] {{ --c: #")), "{act}");
    }
    // days in order, "day unknown" after them
    let days: Vec<&str> = html
        .lines()
        .filter_map(|l| l.strip_prefix("<section class=\"day\"><h2>"))
        .map(|l| l.trim_end_matches("</h2>"))
        .collect();
    assert_eq!(days.last(), Some(&"day unknown"), "{days:?}");
    let dated = &days[..days.len() - 1];
    assert!(
        !dated.is_empty() && dated.windows(2).all(|w| w[0] < w[1]),
        "{days:?}"
    );
    assert!(
        csv.lines()
            .last()
            .unwrap()
            .starts_with(",Vladimir Poutine,"),
        "{csv}"
    );
}

/// Point 6: terminal tables fit the width ($COLUMNS, else the terminal's), long cells cut with
/// "…"; the timeline table shows headlines where CSV keeps the article's IRI.
#[test]
fn tables_fit_the_terminal_width() {
    let (_dir, store) = examples_store();
    let table = |columns: &str, args: &[&str]| -> String { at_width(&store, columns, args) };
    for (columns, args) in [
        ("100", &["timeline", "--format", "table"][..]),
        (
            "80",
            &["query", "who_said_what_about_whom", "--format", "table"],
        ),
        ("60", &["extract", "--format", "table", "examples/fr"]),
    ] {
        let text = table(columns, args);
        let width: usize = columns.parse().unwrap();
        assert!(text.lines().count() > 3, "{args:?}: {text}");
        for line in text.lines() {
            assert!(line.chars().count() <= width, "{args:?}: {line}");
        }
        assert!(text.contains('…'), "{args:?}: nothing cut");
    }
    let wide = table("400", &["timeline", "--format", "table"]);
    assert!(
        !wide.contains("https://w3id.org/parley/id/article/"),
        "{wide}"
    );
    assert!(
        wide.contains("Kazakhstan: entretien entre Poutine"),
        "{wide}"
    );
    let csv = cli_out(&store, &["timeline", "--format", "csv"]);
    assert!(csv.contains("https://w3id.org/parley/id/article/"));
}

/// Point 6: `parley query` tables show actors, countries and articles by their names and headlines
/// (statements, which have none, by their IRI), cut to the width; CSV, TSV and JSON keep the IRIs.
#[test]
fn query_tables_show_labels_where_other_formats_keep_iris() {
    let (_dir, store) = examples_store();
    let q = "PREFIX parley: <https://w3id.org/parley/ns#> \
             SELECT ?speaker ?target ?article ?statement WHERE { \
               ?statement parley:speaker ?speaker ; parley:target ?target ; \
                 <http://www.w3.org/ns/prov#wasDerivedFrom> ?article \
               FILTER(?speaker = <https://w3id.org/parley/id/person/antony-blinken>) \
             } ORDER BY ?target";
    let query = |columns: &str, format: &str| -> String {
        at_width(&store, columns, &["query", q, "--format", format])
    };
    let table = query("400", "table");
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{table}");
    for (row, target) in rows.iter().zip(["Kazakhstan", "Russia"]) {
        let cells: Vec<&str> = row.split("  ").filter(|c| !c.is_empty()).collect();
        assert_eq!(cells[0].trim(), "Antony Blinken", "{table}");
        assert_eq!(cells[1].trim(), target, "{table}");
        assert!(
            cells[2].starts_with("Kazakhstan: entretien entre Poutine"),
            "{table}"
        );
        assert!(
            cells[3].starts_with("https://w3id.org/parley/id/statement/"),
            "{table}"
        );
    }
    assert!(!table.contains("/id/person/") && !table.contains("/id/article/"));
    let narrow = query("60", "table");
    assert!(narrow.lines().all(|l| l.chars().count() <= 60), "{narrow}");
    assert!(
        narrow.contains("Antony Blinken") && narrow.contains('…'),
        "{narrow}"
    );
    for format in ["csv", "tsv", "json"] {
        let text = query("400", format);
        assert!(
            text.contains("https://w3id.org/parley/id/person/antony-blinken")
                && text.contains("https://w3id.org/parley/id/article/")
                && !text.contains("Antony Blinken"),
            "{format}: {text}"
        );
    }
}

/// Point 6: the server's page shows IRIs as labels that link (an actor to its timeline), gives
/// the text columns the width, and does not show a catalogue query's `#+` lines.
#[test]
fn the_query_page_shows_labels_that_link_and_hides_the_catalogue_comments() {
    if !tool("curl", &["--version"]) || !tool("chromium", &["--version"]) {
        return;
    }
    let (dir, store) = examples_store();
    let server = serve(&store, &[]);
    let dom = |path: &str| -> String {
        let out = Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
            ])
            .args([
                "--disable-background-networking",
                "--disable-component-update",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join("profile").display()
            ))
            .args(["--virtual-time-budget=10000", "--dump-dom"])
            .arg(format!("{}{path}", server.base))
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let query = "PREFIX parley: <https://w3id.org/parley/ns#> SELECT ?speaker ?act ?said WHERE { \
        ?s parley:speaker ?speaker ; parley:speechAct ?act ; parley:content ?said \
        FILTER(?speaker = <https://w3id.org/parley/id/person/antony-blinken>) }";
    let page = dom(&format!("/?query={}", form_urlencoded_value(query)));
    assert!(
        page.contains(
            "href=\"/timeline?actor=https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Fperson%2Fantony-blinken\""
        ) && page.contains(">Antony Blinken</a>"),
        "{page}"
    );
    assert!(page.contains(">warn</a>"), "{page}");
    assert!(page.contains("<th class=\"wide\">said</th>"), "{page}");
    let catalogue = dom("/?name=top_speakers");
    let textarea = catalogue
        .split("<textarea")
        .nth(1)
        .and_then(|t| t.split("</textarea>").next())
        .unwrap_or_default();
    assert!(textarea.contains("SELECT ?speaker"), "{catalogue}");
    assert!(!textarea.contains("#+"), "{textarea}");
    assert_eq!(server.stop().0, 0);
}

/// A value for a URL's query string.
fn form_urlencoded_value(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// What a command prints on a terminal `columns` wide, on the store `store`; it must succeed.
fn at_width(store: &std::path::Path, columns: &str, args: &[&str]) -> String {
    let out = Command::new(super::BIN)
        .arg("--store")
        .arg(store)
        .args(args)
        .env("COLUMNS", columns)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
