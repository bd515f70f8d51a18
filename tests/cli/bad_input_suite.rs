//! The bad-input suite: every kind of broken file a scraper produces, generated here, in one batch
//! with good files. Each gets a `parley: PATH[:LINE]: reason` line, the rest of the batch is stored,
//! the exit code is 1 (something was skipped), and nothing panics.

use std::path::Path;

use super::{run_in, stats};

const SENTENCE: &str = "Le ministre a déclaré que la paix était proche.";

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn every_kind_of_bad_input_is_named_skipped_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("batch");
    std::fs::create_dir_all(&d).unwrap();
    write(&d, "good.txt", format!("Un titre\n{SENTENCE}\n"));
    // encodings
    let mut utf16 = vec![0xff, 0xfe];
    for u in format!("Titre UTF-16\n{SENTENCE}\n").encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    write(&d, "utf16.txt", utf16);
    write(
        &d,
        "cp1252.txt",
        b"Titre 1252\nLe ministre a d\xe9clar\xe9 \x93 c\x92est fini \x94, pour 5 \x80.\n",
    );
    write(
        &d,
        "nul.txt",
        b"Titre NUL\nLe ministre a d\xc3\xa9clar\xc3\xa9\x00 que la paix \xc3\xa9tait proche.\n",
    );
    write(
        &d,
        "binary.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00",
    );
    write(&d, "empty.txt", b"");
    // sizes: a 50 MB article is refused without being read whole; a 1 MB line is an article
    let mut big = String::from("Un gros titre\n");
    while big.len() < 50 << 20 {
        big.push_str(SENTENCE);
        big.push(' ');
    }
    write(&d, "big.txt", &big);
    drop(big);
    let mut line = String::new();
    while line.len() < 1 << 20 {
        line.push_str(SENTENCE);
        line.push(' ');
    }
    write(&d, "one-line.txt", &line);
    // HTML nested 10,000 deep
    write(
        &d,
        "deep.html",
        format!(
            "<html><head><title>Profond</title></head><body>{}<p>{SENTENCE}</p>{}</body></html>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        ),
    );
    // JSONL: malformed, wrong types, the same id twice with different texts
    write(
        &d,
        "lines.jsonl",
        format!(
            "{{\"id\": \"j1\", \"text\": \"{SENTENCE}\"}}\n\
             {{\"id\": \"j2\", \"text\": \n\
             {{\"id\": \"j3\", \"text\": 42}}\n\
             {{\"id\": \"j4\", \"text\": \"{SENTENCE}\", \"published\": true}}\n\
             [1, 2]\n\
             {{\"id\": \"same\", \"text\": \"Le président a dit que le premier texte est là.\"}}\n\
             {{\"id\": \"same\", \"text\": \"Le président a dit que le second texte le remplace.\"}}\n"
        ),
    );
    // CSV: a short row, a quote never closed, a file without a text column
    write(
        &d,
        "rows.csv",
        "id,title,text\nc1,T1,Texte un\nc2,T2\nc3,T3,\"Texte trois\nc4,T4,Texte quatre\n",
    );
    write(&d, "no-text.csv", "id,title,summary\nn1,T,S\n");
    // a directory with a symbolic link loop
    let sub = d.join("loop");
    std::fs::create_dir_all(&sub).unwrap();
    std::os::unix::fs::symlink("..", sub.join("up")).unwrap();
    // a file without read permission (root reads it anyway: then it is just stored)
    write(&d, "locked.txt", format!("Verrouillé\n{SENTENCE}\n"));
    let locked = d.join("locked.txt");
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let root_reads_anyway = std::fs::read(&locked).is_ok();
    if root_reads_anyway {
        eprintln!("NOTE: running as root: an unreadable file cannot be made here; it is read");
    }
    let missing = dir.path().join("missing.txt");

    let store = dir.path().join("store");
    let r = run_in(
        &store,
        &["ingest", d.to_str().unwrap(), missing.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let b = d.display();
    let mut expected = vec![
        format!("parley: {}: No such file or directory", missing.display()),
        format!("parley: {b}/loop/up: symbolic link loop, not followed"),
        format!("parley: {b}/utf16.txt: not UTF-8: decoded as UTF-16LE"),
        format!("parley: {b}/cp1252.txt: not UTF-8: decoded as windows-1252"),
        format!("parley: {b}/nul.txt: NUL bytes in the text, replaced by spaces"),
        format!("parley: {b}/binary.txt: binary file, not text"),
        format!("parley: {b}/empty.txt: empty file"),
        format!("parley: {b}/big.txt: article larger than 16 MiB (--max-article-mb), skipped"),
        format!("parley: {b}/lines.jsonl:2: malformed JSON"),
        format!("parley: {b}/lines.jsonl:3: field `text` must be a string"),
        format!("parley: {b}/lines.jsonl:4: field `published` must be a string"),
        format!("parley: {b}/lines.jsonl:5: expected a JSON object, found an array"),
        format!("parley: {b}/lines.jsonl:7: same article key (id:same) as {b}/lines.jsonl:6 but different content; this one replaces it"),
        format!("parley: {b}/rows.csv:3: malformed CSV: expected 3 fields as in the header, found 2"),
        format!("parley: {b}/rows.csv:4: malformed CSV: unbalanced quotes: a quoted field opened in this record runs to the end of the file"),
        format!("parley: {b}/no-text.csv:1: no text column (expected one of: text, body, content; found: id, title, summary)"),
    ];
    if !root_reads_anyway {
        expected.push(format!("parley: {b}/locked.txt: Permission denied"));
    }
    for e in &expected {
        assert!(
            r.stderr.contains(e.as_str()),
            "missing {e:?} in\n{}",
            r.stderr
        );
    }
    // in the store: good, utf16, cp1252, nul, one-line, deep, j1, same (the second), c1, and
    // locked when it could be read; `same` was written twice, the second replacing the first
    let articles = 9 + usize::from(root_reads_anyway);
    assert!(
        r.stderr
            .contains(&format!("{} stored, 0 unchanged", articles + 1)),
        "{}",
        r.stderr
    );
    assert_eq!(stats(&store)["articles"], articles as u64);
    let text_of = |id: &str| {
        let r = run_in(&store, &["dump", "--article", id], None);
        assert_eq!(r.code, 0, "{id}: {}", r.stderr);
        r.stdout
    };
    assert!(text_of("same").contains("le second texte le remplace"));
    let r = run_in(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "PREFIX schema: <https://schema.org/> SELECT ?h WHERE { ?a schema:headline ?h } ORDER BY ?h",
        ],
        None,
    );
    for title in [
        "Profond",
        "Titre 1252",
        "Titre NUL",
        "Titre UTF-16",
        "Un titre",
    ] {
        assert!(
            r.stdout.lines().any(|l| l == title),
            "{title}: {}",
            r.stdout
        );
    }
    // a first line of a megabyte is cut to a title of 300 characters at most
    let long = r.stdout.lines().max_by_key(|l| l.len()).unwrap();
    assert!(
        long.starts_with("Le ministre") && long.chars().count() <= 301 && long.ends_with('…'),
        "{long}"
    );
    // the statements of the good articles are there: the same sentence in each
    let r = run_in(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "PREFIX parley: <https://w3id.org/parley/ns#> SELECT (COUNT(*) AS ?n) WHERE { ?s a parley:Statement }",
        ],
        None,
    );
    let n: usize = r.stdout.lines().nth(1).unwrap().parse().unwrap();
    assert!(n >= 6, "{}", r.stdout);
}

#[test]
fn a_smaller_article_limit_is_honoured_for_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("batch");
    std::fs::create_dir_all(&d).unwrap();
    let long = SENTENCE.repeat(30_000); // about 1.5 MB
    write(&d, "a.txt", format!("Titre\n{long}\n"));
    write(
        &d,
        "b.jsonl",
        format!("{{\"id\": \"big\", \"text\": \"{long}\"}}\n{{\"id\": \"small\", \"text\": \"{SENTENCE}\"}}\n"),
    );
    write(
        &d,
        "c.csv",
        format!("id,text\nbig,{long}\nsmall2,{SENTENCE}\n"),
    );
    let store = dir.path().join("store");
    let r = run_in(
        &store,
        &["ingest", "--max-article-mb", "1", d.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let b = d.display();
    for e in [
        format!("parley: {b}/a.txt: article larger than 1 MiB"),
        format!("parley: {b}/b.jsonl:1: article larger than 1 MiB"),
        format!("parley: {b}/c.csv:2: article larger than 1 MiB"),
    ] {
        assert!(r.stderr.contains(&e), "missing {e:?} in\n{}", r.stderr);
    }
    assert_eq!(stats(&store)["articles"], 2);
}

/// A file the user may not read. Root reads everything, so as root the run is made as `nobody`
/// (with a copy of the binary that `nobody` may execute); without setpriv it is skipped loudly.
#[test]
fn an_unreadable_file_is_named_and_the_rest_is_stored() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let d = dir.path().join("batch");
    std::fs::create_dir_all(&d).unwrap();
    write(&d, "good.txt", format!("Un titre\n{SENTENCE}\n"));
    write(&d, "locked.txt", format!("Verrouillé\n{SENTENCE}\n"));
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(d.join("locked.txt"), std::fs::Permissions::from_mode(0o000)).unwrap();
    let store = dir.path().join("store");
    let running_as_root = std::fs::read(d.join("locked.txt")).is_ok();
    let out = if running_as_root {
        if !super::tool("setpriv", &["--version"]) {
            assert!(std::env::var_os("CI").is_none(), "setpriv is needed in CI");
            eprintln!("SKIP: root reads every file, and setpriv is missing to run as nobody");
            return;
        }
        let bin = dir.path().join("parley");
        std::fs::copy(super::BIN, &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin)
            .arg("--store")
            .arg(&store)
            .arg("ingest")
            .arg(&d)
            .current_dir(dir.path())
            .output()
            .unwrap()
    } else {
        std::process::Command::new(super::BIN)
            .arg("--store")
            .arg(&store)
            .arg("ingest")
            .arg(&d)
            .output()
            .unwrap()
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "parley: {}/locked.txt: Permission denied",
            d.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("1 stored"), "{stderr}");
}
