//! End-to-end tests: the built `parley` binary on temporary stores, with the example corpus, the
//! shared corpora (../shared, skipped loudly when absent outside CI) and generated bad inputs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod bad_input_suite;
mod hostile;
mod identity;
mod languages;
mod readme;
mod robustness;
mod scale_out;
mod usability;

const BIN: &str = env!("CARGO_BIN_EXE_parley");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared(p: &str) -> Option<PathBuf> {
    let path = root().join("../shared").join(p);
    if path.exists() {
        Some(path)
    } else if std::env::var_os("CI").is_some() {
        panic!("{} is missing in CI", path.display());
    } else {
        eprintln!("SKIP: {} not present", path.display());
        None
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(store: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.arg("--store").arg(store).args(args).current_dir(root());
    cmd.env_remove("PARLEY_STORE");
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("parley runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().unwrap();
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// What `parley` prints for these arguments (it must succeed).
fn cli_out(store: &Path, args: &[&str]) -> String {
    let r = run_in(store, args, None);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// `parley ARGS` on `store`, started and left running (no input, standard error piped).
fn spawn(store: &Path, args: &[&str]) -> std::process::Child {
    Command::new(BIN)
        .arg("--store")
        .arg(store)
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn stats(store: &Path) -> serde_json::Value {
    let r = run_in(store, &["stats", "--format", "json", "--quads"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

fn sorted_dump(store: &Path) -> Vec<String> {
    let r = run_in(store, &["dump"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut lines: Vec<String> = r.stdout.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn ingests_the_example_corpus_and_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(&store, &["ingest", "examples"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("read 13 articles from 8 inputs: 13 stored, 0 unchanged, 0 skipped; languages: en 6, fr 7"),
        "{}",
        r.stderr
    );
    let s = stats(&store);
    assert_eq!(s["articles"], 13);
    assert_eq!(s["languages"]["fr"], 7);
    assert_eq!(s["languages"]["en"], 6);
    let quads = s["quads"].as_u64().unwrap();
    let before = sorted_dump(&store);

    let r = run_in(&store, &["ingest", "examples"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 stored, 13 unchanged"), "{}", r.stderr);
    assert_eq!(stats(&store)["quads"].as_u64().unwrap(), quads);
    assert_eq!(sorted_dump(&store), before);
}

#[test]
fn publication_dates_come_from_metadata_dateline_or_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let seed = root().join("tests/fixtures/seed-kazakhstan.txt");
    let r = run_in(
        &store,
        &[
            "ingest",
            "--published",
            "2022-01-08",
            seed.to_str().unwrap(),
            "examples/fr/2016_12_09-001.txt",
            "examples/en/wikinews-2019.csv",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_in(
        &store,
        &["query", "article_sources", "--format", "csv"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        rows[0],
        "source,published,dateSource,hash,article,sameTextAs"
    );
    let find = |needle: &str| {
        rows.iter()
            .find(|l| l.contains(needle))
            .copied()
            .unwrap_or_else(|| panic!("{needle} in {rows:?}"))
    };
    assert!(find("seed-kazakhstan.txt").contains(",2022-01-08,command-line,"));
    assert!(find("2016_12_09-001.txt").contains(",2016-12-09,dateline,"));
    assert!(
        find("wikinews-2019.csv:2").contains(",2019-01-07,metadata,")
            || find("wikinews-2019.csv:2").contains(",metadata,")
    );
}

/// The same text read from two files (the seed as JSONL with its metadata, and as a plain text
/// file) is one text in the store: the second article keeps its own source and date and points to
/// the first, and every statement is counted once, in either order of the inputs.
#[test]
fn the_same_text_under_two_keys_is_stored_once() {
    let seed = root().join("tests/fixtures/seed-kazakhstan.txt");
    let (jsonl, txt) = ("examples/press.jsonl", seed.to_str().unwrap());
    for inputs in [[jsonl, txt], [txt, jsonl]] {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        let mut args = vec!["ingest", "--published", "2022-01-08"];
        args.extend(inputs);
        let r = run_in(&store, &args, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr
                .contains("2 stored (1 with the text of another, stored once)"),
            "{}",
            r.stderr
        );
        let holder = if inputs[0] == jsonl {
            "press.jsonl"
        } else {
            "seed-kazakhstan"
        };
        assert!(
            r.stderr.contains("same text as the stored article"),
            "{}",
            r.stderr
        );
        let s = stats(&store);
        assert_eq!(
            (s["articles"].as_u64(), s["statements"].as_u64()),
            (Some(2), Some(8))
        );
        // both sources are listed, the second with the article holding its text
        let r = run_in(
            &store,
            &["query", "article_sources", "--format", "csv"],
            None,
        );
        let rows: Vec<&str> = r.stdout.lines().skip(1).collect();
        assert_eq!(rows.len(), 2, "{}", r.stdout);
        let (first, second): (Vec<&str>, Vec<&str>) = rows.iter().partition(|l| l.contains(holder));
        let first_iri = first[0].split(',').nth(4).unwrap();
        assert!(first[0].ends_with(','), "{}", first[0]);
        assert!(second[0].ends_with(&format!(",{first_iri}")), "{rows:?}");
        // the statements of either article are the text's eight
        let second_iri = second[0].split(',').nth(4).unwrap();
        for article in [first_iri, second_iri] {
            let param = format!("article={article}");
            let args = [
                "query",
                "article_statements",
                "--param",
                &param,
                "--format",
                "csv",
            ];
            let r = run_in(&store, &args, None);
            assert_eq!(r.code, 0, "{}", r.stderr);
            assert_eq!(r.stdout.lines().count(), 9, "{}", r.stdout);
        }
        // nothing is new on a second run
        let r = run_in(&store, &args, None);
        assert!(r.stderr.contains("0 stored, 2 unchanged"), "{}", r.stderr);
        assert_eq!(stats(&store)["statements"].as_u64(), Some(8));
    }
}

#[test]
fn a_changed_article_replaces_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let first = "{\"id\": \"a1\", \"title\": \"T\", \"text\": \"Moscou a dénoncé les propos du secrétaire d'Etat.\"}\n";
    let second = "{\"id\": \"a1\", \"title\": \"T\", \"text\": \"Moscou a dénoncé les propos « grossiers » du secrétaire d'Etat américain.\"}\n";
    let r = run_in(&store, &["ingest", "--format", "jsonl", "-"], Some(first));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let quads = stats(&store)["quads"].as_u64().unwrap();
    let r = run_in(&store, &["ingest", "--format", "jsonl", "-"], Some(second));
    assert!(r.stderr.contains("1 stored, 0 unchanged"), "{}", r.stderr);
    let s = stats(&store);
    assert_eq!(s["articles"], 1);
    assert!(s["quads"].as_u64().unwrap() > 0 && quads > 0);
    assert!(
        !run_in(&store, &["dump"], None)
            .stdout
            .contains("propos du secrétaire"),
        "the old graph is gone"
    );
    let r = run_in(&store, &["dump", "--article", "a1"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("« grossiers »"));
    assert!(!r.stdout.contains("propos du secrétaire"));
}

#[test]
fn dump_and_load_round_trip_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    for (format, file) in [("nquads", "dump.nq"), ("trig", "dump.trig")] {
        let out = dir.path().join(file);
        let r = run_in(
            &store,
            &[
                "dump",
                "--format",
                format,
                "--output",
                out.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let other = dir.path().join(format!("other-{format}"));
        let r = run_in(&other, &["load", out.to_str().unwrap()], None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(sorted_dump(&other), sorted_dump(&store), "{format}");
        // the loaded store knows its articles: ingesting them again changes nothing
        let r = run_in(&other, &["ingest", "examples"], None);
        assert!(r.stderr.contains("0 stored, 13 unchanged"), "{}", r.stderr);
    }
    // a broken file is reported with its line and loads nothing
    let bad = dir.path().join("bad.nq");
    std::fs::write(
        &bad,
        "<http://a.example/s> <http://a.example/p> \"o\" .\n<http://a.example/s> oops\n",
    )
    .unwrap();
    let empty = dir.path().join("empty-store");
    let r = run_in(&empty, &["load", bad.to_str().unwrap()], None);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("bad.nq:2:"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing of this file was loaded"));
}

#[test]
fn query_formats() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let q = "PREFIX schema: <https://schema.org/> SELECT ?lang (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:inLanguage ?lang } GROUP BY ?lang ORDER BY ?lang";
    let out = |fmt: &str| {
        let r = run_in(&store, &["query", q, "--format", fmt], None);
        assert_eq!(r.code, 0, "{fmt}: {}", r.stderr);
        r.stdout
    };
    assert_eq!(out("csv"), "lang,n\r\nen,6\r\nfr,7\r\n");
    assert_eq!(out("tsv"), "?lang\t?n\n\"en\"\t6\n\"fr\"\t7\n");
    let json: serde_json::Value = serde_json::from_str(&out("json")).unwrap();
    assert_eq!(json["head"]["vars"], serde_json::json!(["lang", "n"]));
    assert_eq!(json["results"]["bindings"][1]["lang"]["value"], "fr");
    assert!(out("xml").contains("<literal>fr</literal>"));
    assert_eq!(out("table"), "lang  n\n----  -\nen    6\nfr    7\n");
    // default on a pipe: CSV
    let r = run_in(&store, &["query", q], None);
    assert_eq!(r.stdout, "lang,n\r\nen,6\r\nfr,7\r\n");

    let ask = run_in(
        &store,
        &["query", "ASK { ?s ?p ?o }", "--format", "json"],
        None,
    );
    assert_eq!(ask.stdout.trim(), "{\"head\":{},\"boolean\":true}");

    let construct = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?a schema:inLanguage ?l } WHERE { ?a schema:inLanguage ?l }";
    let r = run_in(&store, &["query", construct, "--format", "ntriples"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 13);
    let r = run_in(&store, &["query", construct], None);
    assert!(r.stdout.contains("schema:inLanguage"), "{}", r.stdout);
    let r = run_in(&store, &["query", construct, "--format", "csv"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("parley: "));

    // stdin and --file
    let r = run_in(&store, &["query", "-"], Some("SELECT (1 AS ?one) {}"));
    assert_eq!(r.stdout, "one\r\n1\r\n");
    let f = dir.path().join("q.rq");
    std::fs::write(&f, "SELECT (2 AS ?two) {}").unwrap();
    let r = run_in(&store, &["query", "--file", f.to_str().unwrap()], None);
    assert_eq!(r.stdout, "two\r\n2\r\n");
}

#[test]
fn syntax_errors_name_line_and_column_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(&store, &["query", "SELECT ?x\nWHERE { ?x ?y }"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("parley: SPARQL syntax error: error at 2:"),
        "{}",
        r.stderr
    );
}

#[test]
fn catalogue_queries_with_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let r = run_in(&store, &["query", "--list"], None);
    assert!(
        r.stdout
            .contains("articles_published_between  from:date, to:date"),
        "{}",
        r.stdout
    );
    let r = run_in(
        &store,
        &[
            "query",
            "articles",
            "--param",
            "language=en",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 7, "{}", r.stdout);
    assert!(r.stdout.lines().skip(1).all(|l| l.contains(",en,")));
    let r = run_in(
        &store,
        &[
            "query",
            "articles_published_between",
            "--param",
            "from=2016-01-01",
            "--param",
            "to=2016-12-31",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<&str> = r.stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{}", r.stdout);
    assert!(rows[0].starts_with("2016-05-19,fr,La Chine intercepte un avion américain"));
    assert!(rows[1].starts_with("2016-11-16,fr,Emmanuel Macron annonce sa candidature"));
    // a value is bound as a typed term, never pasted: this is just a language the store has not
    let r = run_in(
        &store,
        &[
            "query",
            "articles",
            "--param",
            "language=fr\" || true || \"",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{}", r.stderr);
    assert!(r.stderr.contains("no article in language"), "{}", r.stderr);
    let r = run_in(
        &store,
        &[
            "query",
            "articles_published_between",
            "--param",
            "from=2016-01-01",
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("needs --param to=… (date)"),
        "{}",
        r.stderr
    );
}

#[test]
fn real_wikinews_html_2012() {
    let Some(docs) = shared("corpus/wikinews-fr-2012/documents") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(&store, &["ingest", "--quiet", docs.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("read 100 articles from 100 inputs: 100 stored"),
        "{}",
        r.stderr
    );
    // every article has a title and its language; 99 have their dateline date, in 2012; the one
    // without a dateline (45513.html, which starts with a heading) has no date rather than a guess
    let q = "PREFIX schema: <https://schema.org/> SELECT (COUNT(*) AS ?n) WHERE { ?a schema:headline ?h ; schema:inLanguage \"fr\" }";
    assert_eq!(run_in(&store, &["query", q], None).stdout, "n\r\n100\r\n");
    let q = "PREFIX schema: <https://schema.org/> SELECT (COUNT(*) AS ?n) WHERE { ?a schema:datePublished ?d FILTER(YEAR(?d) = 2012) }";
    assert_eq!(run_in(&store, &["query", q], None).stdout, "n\r\n99\r\n");
    let q = "PREFIX schema: <https://schema.org/> PREFIX parley: <https://w3id.org/parley/ns#> SELECT ?f WHERE { ?a parley:sourceFile ?f FILTER NOT EXISTS { ?a schema:datePublished ?d } }";
    let r = run_in(&store, &["query", q], None);
    assert!(r.stdout.trim_end().ends_with("45513.html"), "{}", r.stdout);
}

#[test]
fn real_wikinews_english_csv_and_winer() {
    let (Some(csv), Some(winer)) = (
        shared("corpus/wikinews-en/wikinews_2019.csv"),
        shared("corpus/winer-fr/2016/01"),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(
        &store,
        &["ingest", csv.to_str().unwrap(), winer.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let s = stats(&store);
    assert_eq!(s["languages"]["en"], 171);
    assert!(s["languages"]["fr"].as_u64().unwrap() >= 40, "{s}");
}

fn bad_inputs(dir: &Path) -> PathBuf {
    let d = dir.join("batch");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(
        d.join("a-good.txt"),
        "Un titre\nLe ministre a déclaré que tout allait bien.\n",
    )
    .unwrap();
    std::fs::write(d.join("b-empty.txt"), "").unwrap();
    std::fs::write(
        d.join("c-binary.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
    )
    .unwrap();
    std::fs::write(
        d.join("d-latin1.txt"),
        b"Titre\nLe pr\xe9sident a d\xe9clar\xe9 qu'il viendrait.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("e-lines.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Premier article.\"}\n{\"id\": \"j2\", \"text\": \n{\"id\": \"j3\"}\n{\"id\": \"j4\", \"text\": \"Dernier article.\"}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("f-rows.csv"),
        "id,title,text\nc1,T1,Text one\nc2,T2\nc3,T3,Text three\n",
    )
    .unwrap();
    d
}

#[test]
fn bad_inputs_are_reported_skipped_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let batch = bad_inputs(dir.path());
    let missing = dir.path().join("missing.txt");
    let r = run_in(
        &store,
        &["ingest", batch.to_str().unwrap(), missing.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let b = batch.display();
    for expected in [
        format!("parley: {}: No such file or directory", missing.display()),
        format!("parley: {b}/b-empty.txt: empty file"),
        format!("parley: {b}/c-binary.txt: binary file, not text"),
        format!("parley: {b}/d-latin1.txt: not UTF-8: decoded as windows-1252"),
        format!("parley: {b}/e-lines.jsonl:2: malformed JSON"),
        format!("parley: {b}/e-lines.jsonl:3: no text field (expected one of: text, body, content)"),
        format!("parley: {b}/f-rows.csv:3: malformed CSV: expected 3 fields as in the header, found 2"),
        "read 6 articles from 7 inputs: 6 stored, 0 unchanged, 6 skipped (1 binary, 1 empty, 1 malformed CSV, 1 malformed JSON, 1 no text field, 1 unreadable)".to_string(),
    ] {
        assert!(r.stderr.contains(&expected), "missing {expected:?} in\n{}", r.stderr);
    }
    assert_eq!(stats(&store)["articles"], 6);
    let r = run_in(&store, &["dump", "--article", "j4"], None);
    assert!(r.stdout.contains("Dernier article."));
    let r = run_in(&store, &["query", "PREFIX schema: <https://schema.org/> SELECT ?t { ?a schema:text ?t FILTER(CONTAINS(?t, \"président\")) }"], None);
    assert!(r.stdout.contains("Le président a déclaré"), "{}", r.stdout);
}

#[test]
fn stdin_needs_a_format_and_unknown_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(&store, &["ingest", "-"], Some("x"));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("needs --input-format"), "{}", r.stderr);
    let odd = dir.path().join("notes.md");
    std::fs::write(&odd, "# notes").unwrap();
    let r = run_in(&store, &["ingest", odd.to_str().unwrap()], None);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("notes.md: unknown input format"),
        "{}",
        r.stderr
    );
    let r = run_in(
        &store,
        &["ingest", "--format", "txt", odd.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// `parley ingest --format jsonl -` on `store`, with its standard input to write articles to (it
/// holds the store until that input is closed) and its standard error piped.
fn ingest_from_stdin(store: &Path) -> (std::process::Child, std::process::ChildStdin) {
    let mut child = Command::new(BIN)
        .arg("--store")
        .arg(store)
        .args(["ingest", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    (child, stdin)
}

/// Waits (10 s at most) until an ingest has the store open: its lock file names it.
fn wait_until_held(store: &Path) {
    let lock = store.join("parley.lock");
    for _ in 0..200 {
        if std::fs::read_to_string(&lock)
            .map(|s| s.contains("ingest --format jsonl"))
            .unwrap_or(false)
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_store_in_use_is_refused_with_who_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // an ingest that waits on its standard input holds the store
    let (mut holder, mut stdin) = ingest_from_stdin(&store);
    stdin
        .write_all(b"{\"id\": \"x\", \"text\": \"Texte.\"}\n")
        .unwrap();
    stdin.flush().unwrap();
    wait_until_held(&store);
    let r = run_in(&store, &["stats"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("is in use by another process (pid "),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("ingest --format jsonl -"), "{}", r.stderr);
    drop(stdin);
    assert!(holder.wait().unwrap().success());
    assert_eq!(stats(&store)["articles"], 1);
}

#[test]
fn read_commands_need_an_existing_store() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(&dir.path().join("nothing"), &["stats"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no store at"), "{}", r.stderr);
    assert!(!dir.path().join("nothing").exists());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let mut child = Command::new(BIN)
        .arg("--store")
        .arg(&store)
        .arg("dump")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn real_jsonl_of_the_eval_texts() {
    let Some(texts) = shared("eval/dev-texts.jsonl") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(&store, &["ingest", texts.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = std::fs::read_to_string(&texts)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert!(
        r.stderr.contains(&format!(
            "read {lines} articles from 1 input: {lines} stored"
        )),
        "{}",
        r.stderr
    );
    // the `doc` field is the article's id
    let r = run_in(
        &store,
        &["dump", "--article", "seed/000_2d2eb1da8603bef7.txt"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Kazakhstan: entretien entre Poutine"));
}

fn python_has_score_py() -> Option<PathBuf> {
    let score = shared("eval/score.py")?;
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("python3 is missing in CI");
        }
        eprintln!("SKIP: python3 not installed");
        return None;
    }
    Some(score)
}

#[test]
fn extract_prints_the_statement_records_of_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let seed = root().join("tests/fixtures/seed-kazakhstan.txt");
    let r = run_in(
        &dir.path().join("unused"),
        &[
            "extract",
            "--format",
            "jsonl",
            "--published",
            "2022-01-08",
            seed.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !dir.path().join("unused").exists(),
        "extract needs no store"
    );
    let rec: serde_json::Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(rec["doc"], seed.to_str().unwrap());
    assert_eq!(rec["published"], "2022-01-08");
    assert_eq!(rec["lang"], "fr");
    let st = rec["statements"].as_array().unwrap();
    assert_eq!(st.len(), 8);
    let text = std::fs::read_to_string(&seed).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let first = &st[0];
    assert_eq!(first["speaker"]["label"], "Kremlin");
    assert_eq!(first["speaker"]["kind"], "organisation");
    assert_eq!(first["speaker"]["country"], "RU");
    assert_eq!(first["speech_act"], "announce");
    assert_eq!(first["cameo"], "010");
    assert_eq!(first["date"], "2022-01-08");
    // offsets count characters into the file as read
    let (s, e) = (
        first["speaker_start"].as_u64().unwrap() as usize,
        first["speaker_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[s..e].iter().collect::<String>(), "Kremlin");
    let (s, e) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert!(chars[s..e]
        .iter()
        .collect::<String>()
        .contains("a annoncé samedi le Kremlin"));
    let blinken = &st[4];
    assert_eq!(blinken["speaker"]["label"], "Antony Blinken");
    assert_eq!(
        blinken["speaker"]["iri"],
        "https://w3id.org/parley/id/person/antony-blinken"
    );
    assert_eq!(blinken["speech_act"], "warn");
    assert_eq!(blinken["cameo"], "012");
    assert_eq!(blinken["quote"], "très difficile");
    assert_eq!(blinken["date"], "2022-01-07");
    // the table and N-Quads outputs
    let r = run_in(
        &dir.path().join("unused"),
        &[
            "extract",
            "--format",
            "table",
            "--published",
            "2022-01-08",
            seed.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        r.stdout.contains("Antony Blinken") && r.stdout.contains("warn"),
        "{}",
        r.stdout
    );
    let r = run_in(
        &dir.path().join("unused"),
        &[
            "extract",
            "--format",
            "nquads",
            "--published",
            "2022-01-08",
            seed.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        r.stdout
            .matches("<https://w3id.org/parley/ns#Statement>")
            .count(),
        8
    );
}

#[test]
fn ingest_stores_statements_and_shares_actors_across_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let s = stats(&store);
    assert!(s["statements"].as_u64().unwrap() >= 8, "{s}");
    // Russia is one node, with the seed's statements and every other article's mentions
    let q = "PREFIX parley: <https://w3id.org/parley/ns#> SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { <https://w3id.org/parley/id/country/RU> ?p ?o } }";
    let r = run_in(&store, &["query", q], None);
    let n: u64 = r.stdout.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(n >= 1);
    let q = "PREFIX parley: <https://w3id.org/parley/ns#> PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?act ?date WHERE { ?s parley:speaker <https://w3id.org/parley/id/person/antony-blinken> ; parley:speechAct ?act ; prov:wasDerivedFrom ?a . OPTIONAL { ?s parley:date ?date } }";
    let r = run_in(&store, &["query", q], None);
    assert_eq!(
        r.stdout,
        "act,date\r\nhttps://w3id.org/parley/ns#warn,2022-01-07\r\n"
    );
    // the catalogue's who-said-what query, for one speech act
    let r = run_in(
        &store,
        &[
            "query",
            "who_said_what_about_whom",
            "--param",
            "act=warn",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        rows[0],
        "date,speaker,speech_act,target,said,article,sources,statement"
    );
    assert!(
        rows.iter()
            .any(|l| l.starts_with("2022-01-07,Antony Blinken,warn,")
                && l.contains("très difficile")),
        "{}",
        r.stdout
    );
    assert!(rows.iter().skip(1).all(|l| l.contains(",warn,")));
    // a speech act that does not exist is refused before the query runs
    let r = run_in(
        &store,
        &["query", "who_said_what_about_whom", "--param", "act=blame"],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no speech act \"blame\""), "{}", r.stderr);
    // --explain: the same rows on stdout, the plan Oxigraph ran (with its row counts) on stderr
    let r = run_in(
        &store,
        &[
            "query",
            "who_said_what_about_whom",
            "--param",
            "act=warn",
            "--format",
            "csv",
            "--explain",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().collect::<Vec<_>>(), rows);
    let plan: serde_json::Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert!(plan["plan"]["number of results"].as_u64().unwrap() == rows.len() as u64 - 1);
    assert!(r.stderr.contains("QuadPattern(?st <https://w3id.org/parley/ns#speechAct> <https://w3id.org/parley/ns#warn>"), "{}", r.stderr);
}

#[test]
fn eval_agrees_with_the_reference_scorer_on_the_dev_sets() {
    let Some(score) = python_has_score_py() else {
        return;
    };
    let eval_dir = score.parent().unwrap().to_path_buf();
    let corpus = root().join("../shared/corpus");
    let dir = tempfile::tempdir().unwrap();
    for (gold, inputs) in [
        ("fr-dev.jsonl", {
            let g = std::fs::read_to_string(eval_dir.join("fr-dev.jsonl")).unwrap();
            g.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    corpus
                        .join(v["doc"].as_str().unwrap())
                        .to_str()
                        .unwrap()
                        .to_string()
                })
                .collect::<Vec<_>>()
        }),
        (
            "en-dev.jsonl",
            vec![corpus
                .join("wikinews-en/wikinews_2019.csv")
                .to_str()
                .unwrap()
                .to_string()],
        ),
    ] {
        let mut args: Vec<&str> = vec!["extract", "--format", "jsonl"];
        args.extend(inputs.iter().map(String::as_str));
        let r = run_in(&dir.path().join("unused"), &args, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let pred = dir.path().join(format!("pred-{gold}"));
        std::fs::write(&pred, &r.stdout).unwrap();
        let py = python_json(
            Command::new("python3")
                .arg(&score)
                .arg(eval_dir.join(gold))
                .arg(&pred)
                .arg("--texts")
                .arg(eval_dir.join("dev-texts.jsonl"))
                .arg("--json"),
        );
        let gold_path = eval_dir.join(gold);
        let mut args: Vec<&str> = vec!["eval", "--json", "--gold", gold_path.to_str().unwrap()];
        args.extend(inputs.iter().map(String::as_str));
        let r = run_in(&dir.path().join("unused"), &args, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let ours: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let o = &ours["overall"];
        for key in ["detection", "attribution", "targets"] {
            for i in 0..3 {
                let a = py[key][i].as_f64().unwrap();
                let b = o[key][i].as_f64().unwrap();
                assert!(
                    (a - b).abs() < 1e-9,
                    "{gold} {key}[{i}]: score.py {a}, parley eval {b}"
                );
            }
        }
        for key in [
            "speech_act_accuracy",
            "mode_accuracy",
            "quote_exact",
            "date_accuracy",
        ] {
            let a = py[key].as_f64().unwrap();
            let b = o[key].as_f64().unwrap();
            assert!(
                (a - b).abs() < 1e-9,
                "{gold} {key}: score.py {a}, parley eval {b}"
            );
        }
        assert_eq!(py["gold_statements"], ours["counts"]["gold"]);
        assert_eq!(py["predicted_statements"], ours["counts"]["pred"]);
    }
}

#[test]
fn catalogue_queries_on_the_example_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let q = |args: &[&str]| {
        let mut all = vec!["query"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "csv"]);
        let r = run_in(&store, &all, None);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.stdout
            .lines()
            .map(str::to_string)
            .collect::<Vec<String>>()
    };
    // a country's statements include its government's and its organisations'
    let ru = q(&["statements_by", "--param", "actor=RU"]);
    assert_eq!(
        ru[0],
        "date,speaker,speech_act,said,article,sources,statement"
    );
    assert_eq!(ru.len(), 9, "{ru:#?}");
    // Wikinews, 13 November 2017: « les États-Unis et la Russie ont demandé le respect d'un cessez-le-feu »
    assert!(ru
        .iter()
        .any(|l| l.starts_with("2017-11-13,Russia,appeal,")));
    assert!(ru
        .iter()
        .any(|l| l.starts_with("2022-01-08,Kremlin,announce,longue,")));
    assert!(ru
        .iter()
        .any(|l| l.starts_with("2022-01-08,Russia,criticize,grossiers,")));
    assert!(ru
        .iter()
        .any(|l| l.contains(",ministère russe des Affaires étrangères,say,")));
    assert_eq!(
        q(&["statements_by", "--param", "actor=Russia"]),
        ru,
        "by ISO code or by name"
    );
    let blinken = q(&["statements_by", "--param", "actor=antony blinken"]);
    assert_eq!(blinken.len(), 2);
    assert!(blinken[1].starts_with("2022-01-07,Antony Blinken,warn,très difficile,"));
    let about = q(&["statements_about", "--param", "actor=Antony Blinken"]);
    assert!(
        about
            .iter()
            .any(|l| l.starts_with("2022-01-08,Russia,criticize,Antony Blinken,grossiers,")),
        "{about:#?}"
    );
    let net = q(&["criticism_network"]);
    assert_eq!(net[0], "speaker,speech_act,target,statements");
    assert!(
        net.contains(&"Antony Blinken,warn,Russia,1".to_string()),
        "{net:#?}"
    );
    assert!(net.contains(&"Antony Blinken,warn,Kazakhstan,1".to_string()));
    let top = q(&["top_speakers"]);
    assert_eq!(top[0], "speaker,statements,articles,kind,country");
    assert!(top[1].starts_with("Donald Trump,"), "{top:#?}");
    let targets = q(&["top_targets"]);
    assert!(targets.iter().any(|l| l.starts_with("Antony Blinken,")));
    let countries = q(&["countries_mentioned"]);
    assert_eq!(countries[0], "country,iso,articles");
    assert!(
        countries.iter().any(|l| l.starts_with("Kazakhstan,KZ,1")),
        "{countries:#?}"
    );
    assert!(countries.iter().any(|l| l.starts_with("United States,US,")));
    // both directions between two countries' actors
    let dyad = q(&["dyad", "--param", "a=RU", "--param", "b=us"]);
    assert_eq!(
        dyad[0],
        "date,from,speaker,speech_act,to,target,said,sources,statement"
    );
    assert!(
        dyad.iter()
            .any(|l| l.starts_with("2022-01-07,US,Antony Blinken,warn,RU,Russia,")),
        "{dyad:#?}"
    );
    assert!(dyad
        .iter()
        .any(|l| l.starts_with("2022-01-08,RU,Russia,criticize,US,Antony Blinken,")));
    // names resolve to one entity of the store: a surname, case and accents aside; an unknown
    // name or a person where a country is wanted is an error (exit 2)
    let pelosi = q(&["statements_by", "--param", "actor=pelosi"]);
    assert!(pelosi.len() > 1 && pelosi[1..].iter().all(|l| l.contains(",Nancy Pelosi,")));
    let about_trump = q(&["statements_about", "--param", "actor=Donald Trump"]);
    assert!(about_trump
        .iter()
        .any(|l| l.contains(",Chuck Schumer,say,Donald Trump,")));
    let r = run_in(
        &store,
        &["query", "statements_by", "--param", "actor=Nobody"],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no actor or country named \"Nobody\""),
        "{}",
        r.stderr
    );
    let r = run_in(
        &store,
        &["query", "dyad", "--param", "a=Blinken", "--param", "b=RU"],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("\"Blinken\" is not a country"),
        "{}",
        r.stderr
    );
    // a country's timeline, made and received, in date order
    let timeline = q(&["timeline", "--param", "actor=KZ"]);
    assert_eq!(
        timeline[0],
        "date,day_known,role,speaker,speech_act,said,article,sources,statement"
    );
    assert!(
        timeline[1].starts_with("2022-01-07,true,about,Antony Blinken,warn,"),
        "{timeline:#?}"
    );
    let dates: Vec<&str> = timeline.iter().skip(1).map(|l| &l[..10]).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    // one article's statements in text order
    let seed = q(&[
        "article_statements",
        "--param",
        "article=seed-2d2eb1da8603bef7",
    ]);
    assert_eq!(seed.len(), 9);
    // by url too; an unknown article is an error
    let by_url = q(&[
        "article_statements",
        "--param",
        "article=https://en.wikinews.org//wiki/US_President_Trump_announces_troop_withdrawal_from_Syria",
    ]);
    assert!(by_url.len() > 3, "{by_url:#?}");
    let r = run_in(
        &store,
        &["query", "article_statements", "--param", "article=nowhere"],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no article \"nowhere\""), "{}", r.stderr);
    assert!(seed[1].contains(",Kremlin,announce,mixed,2022-01-08,longue,"));
}

/// Runs a Python script that prints JSON; it must succeed.
fn python_json(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A tool the test needs: present, or a loud skip outside CI (CI installs it).
fn tool(name: &str, probe: &[&str]) -> bool {
    let ok = Command::new(name)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("{name} is missing in CI (.ci/run installs it)");
        }
        eprintln!("SKIP: {name} not installed");
    }
    ok
}

#[test]
fn export_graphml_dot_csv_json() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let graphml = dir.path().join("net.graphml");
    let r = run_in(
        &store,
        &[
            "export",
            "--format",
            "graphml",
            "--output",
            graphml.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&graphml).unwrap();
    // deterministic: the same store gives the same bytes
    let again = run_in(&store, &["export", "--format", "graphml"], None);
    assert_eq!(again.stdout, text);
    let nodes = text.matches("<node ").count();
    let edges = text.matches("<edge ").count();
    assert!(nodes > 10 && edges > 10, "{nodes} nodes, {edges} edges");
    assert!(text.contains(
        r#"<data key="node_iri">https://w3id.org/parley/id/person/antony-blinken</data>"#
    ));
    if let Some(schema) = shared("data/graph-schemas/graphml-1.0/graphml.xsd") {
        if tool("xmllint", &["--version"]) {
            let out = Command::new("xmllint")
                .args(["--nonet", "--noout", "--schema"])
                .arg(&schema)
                .arg(&graphml)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    if tool("python3", &["-c", "import networkx"]) {
        let script = format!(
            "import networkx as nx; g = nx.read_graphml({:?}); \
             n = next(iter(g.nodes(data=True)))[1]; e = next(iter(g.edges(data=True)))[2]; \
             print(g.number_of_nodes(), g.number_of_edges(), type(n['pagerank']).__name__, type(n['made']).__name__, type(e['count']).__name__); \
             from networkx.algorithms.link_analysis import pagerank_alg as alg; \
             pr = getattr(alg, '_pagerank_python', nx.pagerank)(g, alpha=0.85, tol=1e-12, max_iter=1000); \
             print(max(abs(pr[v] - d['pagerank']) for v, d in g.nodes(data=True)) < 2e-6)",
            graphml.to_str().unwrap()
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
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            format!("{nodes} {edges} float int int\nTrue"),
            "the PageRank written agrees with networkx's"
        );
    }
    // GEXF 1.3, dynamic, each edge dated: valid and read back by networkx
    let gexf = dir.path().join("net.gexf");
    let r = run_in(
        &store,
        &[
            "export",
            "--format",
            "gexf",
            "--output",
            gexf.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let gexf_text = std::fs::read_to_string(&gexf).unwrap();
    assert!(gexf_text
        .contains(r#"<graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#));
    assert!(gexf_text.contains(r#"label="warn" weight="1" start="2022-01-07" end="2022-01-07""#));
    // RELAX NG: the XSD puts the viz elements in the main namespace, not where Gephi writes them
    if let Some(schema) = shared("data/graph-schemas/gexf-1.3/gexf.rng") {
        if tool("xmllint", &["--version"]) {
            let out = Command::new("xmllint")
                .args(["--nonet", "--noout", "--relaxng"])
                .arg(&schema)
                .arg(&gexf)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    if tool("python3", &["-c", "import networkx"]) {
        let script = format!("import networkx as nx; g = nx.read_gexf({:?}); print(g.number_of_nodes(), g.number_of_edges())", gexf.to_str().unwrap());
        let out = Command::new("python3")
            .args(["-c", &script])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            format!("{nodes} {edges}")
        );
    }
    // JSON: nodes and links; the seed's warning from Blinken to Russia is an edge
    let r = run_in(&store, &["export", "--format", "json"], None);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), nodes);
    assert_eq!(json["links"].as_array().unwrap().len(), edges);
    let id_of = |label: &str| {
        json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["label"] == label)
            .map(|n| n["id"].clone())
            .unwrap()
    };
    let (blinken, russia) = (id_of("Antony Blinken"), id_of("Russia"));
    assert!(json["links"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["source"] == blinken
            && l["target"] == russia
            && l["speech_act"] == "warn"
            && l["cameo"] == "012"
            && l["date"] == "2022-01-07"));
    // CSV for Gephi and DOT for Graphviz
    let csv_dir = dir.path().join("csv");
    let r = run_in(
        &store,
        &[
            "export",
            "--format",
            "csv",
            "--output",
            csv_dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let nodes_csv = std::fs::read_to_string(csv_dir.join("nodes.csv")).unwrap();
    let edges_csv = std::fs::read_to_string(csv_dir.join("edges.csv")).unwrap();
    assert!(nodes_csv.starts_with("Id,Label,iri,kind,country,role,made,received,degree,pagerank\n"));
    assert!(edges_csv.starts_with("Source,Target,Type,Label,"));
    assert_eq!(edges_csv.lines().count(), edges + 1);
    let r = run_in(&store, &["export", "--format", "dot"], None);
    assert!(r.stdout.starts_with("digraph statements {") && r.stdout.contains("->"));
    // rendered by Graphviz when it is installed (optional, as the issue says)
    let dot_file = dir.path().join("net.dot");
    std::fs::write(&dot_file, &r.stdout).unwrap();
    match Command::new("dot").arg("-Tsvg").arg(&dot_file).output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
        }
        Err(_) => eprintln!("SKIP: graphviz (dot) not installed"),
    }
    // filters, aggregation and countries
    let r = run_in(
        &store,
        &[
            "export",
            "--format",
            "json",
            "--country",
            "KZ",
            "--by-country",
            "--aggregate",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(
        json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["kind"] == "country" || n["country"] == ""),
        "{json}"
    );
    let links = json["links"].as_array().unwrap();
    assert!(links
        .iter()
        .any(|l| l["speech_act"] == "warn" && l["count"] == 1));
    assert!(links.iter().all(|l| l["source"] != l["target"]));
    let r = run_in(
        &store,
        &[
            "export",
            "--format",
            "json",
            "--speech-act",
            "criticize",
            "--from",
            "2022-01-01",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let links = json["links"].as_array().unwrap();
    assert!(
        !links.is_empty()
            && links
                .iter()
                .all(|l| l["speech_act"] == "criticize"
                    && l["date"].as_str().unwrap() >= "2022-01-01")
    );
}

/// Compaction (after a large ingest, or `parley optimize`) changes the files, not the data.
#[test]
fn compacting_the_store_keeps_every_quad() {
    let dir = tempfile::tempdir().unwrap();
    let (plain, compacted) = (dir.path().join("plain"), dir.path().join("compacted"));
    assert_eq!(run_in(&plain, &["ingest", "examples"], None).code, 0);
    let r = run_in(
        &compacted,
        &["ingest", "--optimize-after", "1", "examples"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("store compacted in"), "{}", r.stderr);
    assert_eq!(sorted_dump(&plain), sorted_dump(&compacted));
    let r = run_in(&plain, &["optimize"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("parley: store compacted in"),
        "{}",
        r.stderr
    );
    assert_eq!(sorted_dump(&plain), sorted_dump(&compacted));
    // an ingest smaller than the threshold does not compact
    let r = run_in(&plain, &["ingest", "examples"], None);
    assert!(!r.stderr.contains("compact"), "{}", r.stderr);
}

/// A filter is read from the store's indexes (the statements of an actor, a country, a speech act)
/// instead of from every statement: the edges must be exactly those of the whole export that match.
#[test]
fn filtered_exports_are_the_matching_part_of_the_whole_export() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let export = |extra: &[&str]| -> Vec<(String, String, String, String, String)> {
        let mut args = vec!["export", "--format", "json"];
        args.extend_from_slice(extra);
        let r = run_in(&store, &args, None);
        assert_eq!(r.code, 0, "{extra:?}: {}", r.stderr);
        let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let nodes = json["nodes"].as_array().unwrap();
        let node = |id: &serde_json::Value| nodes.iter().find(|n| n["id"] == *id).unwrap().clone();
        let mut edges: Vec<_> = json["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                let (s, t) = (node(&l["source"]), node(&l["target"]));
                (
                    s["iri"].as_str().unwrap().to_string(),
                    t["iri"].as_str().unwrap().to_string(),
                    l["speech_act"].as_str().unwrap().to_string(),
                    format!("{}|{}", s["country"], t["country"]),
                    l["statement"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        edges.sort();
        edges
    };
    let all = export(&[]);
    assert!(all.len() >= 20, "{}", all.len());
    let blinken = "https://w3id.org/parley/id/person/antony-blinken";
    let want: Vec<_> = all
        .iter()
        .filter(|e| e.0 == blinken || e.1 == blinken)
        .cloned()
        .collect();
    assert!(want.len() >= 3);
    assert_eq!(export(&["--actor", "Blinken"]), want);
    let want: Vec<_> = all
        .iter()
        .filter(|e| e.3.contains("\"RU\""))
        .cloned()
        .collect();
    assert!(!want.is_empty());
    assert_eq!(export(&["--country", "RU"]), want);
    let want: Vec<_> = all.iter().filter(|e| e.2 == "warn").cloned().collect();
    assert!(!want.is_empty());
    assert_eq!(export(&["--speech-act", "warn"]), want);
    assert_eq!(export(&["--speech-act", "WARN"]), want, "any case");
    let want: Vec<_> = all
        .iter()
        .filter(|e| e.2 == "warn" && e.3.contains("\"RU\""))
        .cloned()
        .collect();
    assert_eq!(export(&["--speech-act", "warn", "--country", "ru"]), want);
}

#[test]
fn actor_names_in_either_language_surnames_and_iris() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let links = |actor: &str| {
        let r = run_in(
            &store,
            &["export", "--format", "json", "--actor", actor],
            None,
        );
        assert_eq!(r.code, 0, "{actor}: {}", r.stderr);
        let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        json["links"].as_array().unwrap().len()
    };
    let blinken = links("Antony Blinken");
    assert!(blinken >= 3);
    assert_eq!(links("antony blinken"), blinken, "case-insensitive");
    assert_eq!(links("Blinken"), blinken, "a surname that names one actor");
    assert_eq!(
        links("https://w3id.org/parley/id/person/antony-blinken"),
        blinken,
        "an IRI"
    );
    // the lexicon's variants across languages: the seed says Poutine
    assert_eq!(links("Putin"), links("Poutine"));
    assert!(links("Poutine") >= 1);
    let r = run_in(
        &store,
        &["export", "--format", "json", "--actor", "Maiga"],
        None,
    );
    assert_eq!(r.code, 2, "an ambiguous name (accents ignored) exits 2");
    assert!(
        r.stderr.contains("is ambiguous: ") && r.stderr.contains("Oumar Maïga"),
        "{}",
        r.stderr
    );
    let r = run_in(
        &store,
        &["export", "--format", "json", "--actor", "Nobody"],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no actor or country named \"Nobody\""));
    // surnames resolve through parley:nameKey (last word, folded), written at ingest
    let ask = "ASK { <https://w3id.org/parley/id/person/oumar-maiga> \
               <https://w3id.org/parley/ns#nameKey> \"maiga\" }";
    let r = run_in(&store, &["query", "--format", "csv", ask], None);
    assert_eq!(r.stdout.trim(), "true", "{}", r.stderr);
    // a store written before name keys existed is still searched, by reading every name
    let r = run_in(
        &store,
        &[
            "query",
            "--allow-update",
            "DELETE WHERE { GRAPH ?g { ?n <https://w3id.org/parley/ns#nameKey> ?k } }",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(links("Blinken"), blinken);
    let r = run_in(
        &store,
        &["export", "--format", "json", "--actor", "Maiga"],
        None,
    );
    assert!(r.stderr.contains("is ambiguous: "), "{}", r.stderr);
}

#[test]
fn timeline_of_the_seed_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "examples"], None).code, 0);
    let csv = |args: &[&str]| {
        let mut all = vec!["timeline"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "csv"]);
        let r = run_in(&store, &all, None);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.stdout
            .lines()
            .map(str::to_string)
            .collect::<Vec<String>>()
    };
    // the Kremlin's announcement and the ministry's statements on 2022-01-08
    let ru = csv(&["--country", "RU"]);
    assert_eq!(
        ru[0],
        "date,speaker,speech_act,targets,said,article,sources"
    );
    assert!(ru
        .iter()
        .any(|l| l.starts_with("2022-01-08,Kremlin,announce,")));
    assert_eq!(
        ru.iter()
            .filter(|l| l.starts_with("2022-01-08,ministère russe des Affaires étrangères,say,"))
            .count(),
        3
    );
    // Netanyahu's word to "nos amis à Moscou" (2017), then Blinken's warning of 2022-01-07
    let about = csv(&["--about", "RU"]);
    assert!(
        about[1].starts_with("2017-11-13,Benyamin Netanyahou,say,"),
        "{about:#?}"
    );
    assert!(
        about[2].starts_with("2022-01-07,Antony Blinken,warn,"),
        "{about:#?}"
    );
    let dates: Vec<&str> = about.iter().skip(1).map(|l| &l[..10]).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(csv(&["--actor", "Blinken"]).len(), 2);
    assert!(csv(&[
        "--speech-act",
        "criticize",
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31"
    ])
    .iter()
    .skip(1)
    .all(|l| l.contains(",criticize,")));
    // publication dates standing in for unknown days are marked
    let all = csv(&[]);
    assert!(
        all.iter()
            .any(|l| l.split(',').next().is_some_and(|d| d.ends_with('*'))),
        "{all:#?}"
    );
    let r = run_in(
        &store,
        &[
            "timeline",
            "--about",
            "RU",
            "--from",
            "2022-01-01",
            "--format",
            "json",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json[0]["speaker"], "Antony Blinken");
    assert_eq!(json[0]["day_known"], true);
    let r = run_in(
        &store,
        &["timeline", "--country", "RU", "--format", "markdown"],
        None,
    );
    assert!(
        r.stdout.contains("\n## 2022-01-08\n") && r.stdout.contains("- **Kremlin** — *announce*")
    );
    // one self-contained page: no network, the entries, a filter box
    let html = dir.path().join("timeline.html");
    let r = run_in(
        &store,
        &[
            "timeline",
            "--format",
            "html",
            "--output",
            html.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        !page.contains("src=\"http") && !page.contains("<link "),
        "no external resources"
    );
    assert!(page.contains(r#"<input id="filter""#) && page.contains("Antony Blinken"));
    if tool("chromium", &["--version"]) {
        let out_dir = root().join("target-test-output");
        std::fs::create_dir_all(&out_dir).unwrap();
        let shot = out_dir.join("timeline.png");
        let common = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ];
        let profile = dir.path().join("chromium-profile");
        let url = format!("file://{}", html.display());
        let dom = Command::new("chromium")
            .args(common)
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(["--enable-logging=stderr", "--v=0", "--dump-dom"])
            .arg(&url)
            .output()
            .unwrap();
        let dom_text = String::from_utf8_lossy(&dom.stdout);
        assert!(
            dom_text.contains("Antony Blinken") && dom_text.contains("class=\"entry\""),
            "{dom_text}"
        );
        let log = String::from_utf8_lossy(&dom.stderr);
        assert!(!log.contains("Uncaught"), "console errors: {log}");
        let r = Command::new("chromium")
            .args(common)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--screenshot={}", shot.display()))
            .arg("--window-size=1000,1400")
            .arg(&url)
            .output()
            .unwrap();
        assert!(
            r.status.success() && shot.exists(),
            "{}",
            String::from_utf8_lossy(&r.stderr)
        );
    }
}

/// The bulk-load path and the transactional path store the same graph, on real articles, for new
/// articles, for changed ones and for a key repeated inside one batch; re-ingesting changes nothing.
#[test]
fn bulk_and_transactional_writes_store_the_same_graph() {
    let Some(csv) = shared("corpus/wikinews-en/wikinews_2019.csv") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // an article whose key comes twice, the later version winning
    let dup = dir.path().join("dup.jsonl");
    std::fs::write(
        &dup,
        "{\"id\": \"d1\", \"text\": \"Moscou a dénoncé les propos du secrétaire d'Etat.\"}\n\
         {\"id\": \"d1\", \"text\": \"Moscou a dénoncé les propos « grossiers » du secrétaire d'Etat américain.\"}\n",
    )
    .unwrap();
    let mut dumps = Vec::new();
    for mode in ["bulk", "transaction", "auto"] {
        let store = dir.path().join(mode);
        let inputs = [csv.to_str().unwrap(), "examples", dup.to_str().unwrap()];
        let mut args = vec!["ingest", "--write", mode];
        args.extend_from_slice(&inputs);
        let r = run_in(&store, &args, None);
        assert_eq!(r.code, 0, "{mode}: {}", r.stderr);
        assert!(
            r.stderr.contains("different content; this one replaces it"),
            "{}",
            r.stderr
        );
        let dump = sorted_dump(&store);
        assert!(dump.iter().any(|l| l.contains("« grossiers »")));
        assert!(!dump.iter().any(|l| l.contains("les propos du secrétaire")));
        // again, without the file that holds two versions of one article: nothing to do
        let r = run_in(&store, &args[..args.len() - 1], None);
        assert!(r.stderr.contains(" 0 stored, "), "{mode}: {}", r.stderr);
        assert_eq!(
            sorted_dump(&store),
            dump,
            "{mode}: re-ingest changed the store"
        );
        dumps.push((mode, dump));
    }
    for (mode, dump) in &dumps[1..] {
        assert!(dump == &dumps[0].1, "{mode} differs from bulk");
    }
    assert!(dumps[0].1.len() > 10_000, "{}", dumps[0].1.len());
}

/// Extraction gives the same records, in the same order, on one thread and on several.
#[test]
fn extraction_output_does_not_depend_on_the_number_of_threads() {
    let Some(winer) = shared("corpus/winer-fr/2016") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = |threads: &str| {
        let r = run_in(
            &dir.path().join("unused"),
            &[
                "extract",
                "--threads",
                threads,
                "--exclude",
                "*-urls.txt",
                "examples",
                winer.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let one = out("1");
    assert!(one.lines().count() > 500, "{}", one.lines().count());
    assert_eq!(out("3"), one);
}

/// A store of the shipped examples (the seed's publication date given), in a temporary directory.
fn examples_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(
        &store,
        &["ingest", "examples", "--published", "2022-01-08"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    (dir, store)
}

/// The lines of `parley timeline --format csv ARGS`, without the header.
fn timeline_lines(store: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["timeline", "--format", "csv"];
    all.extend(args);
    cli_out(store, &all)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect()
}

/// A date window is read from the index of dates (day by day, up to about eleven years) or, wider
/// or open, from every statement: both give exactly the statements of the whole timeline and of
/// the whole export whose date (the day said, else the publication date) is in the window.
#[test]
fn date_windows_give_exactly_the_statements_of_their_days() {
    let (_dir, store) = examples_store();
    let timeline = |args: &[&str]| timeline_lines(&store, args);
    // (date, statement) of each link of the JSON export
    let links = |args: &[&str]| -> Vec<(String, String)> {
        let mut all = vec!["export", "--format", "json"];
        all.extend(args);
        let json: serde_json::Value = serde_json::from_str(&cli_out(&store, &all)).unwrap();
        let mut out: Vec<(String, String)> = json["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["date"].as_str().unwrap().to_string(),
                    l["statement"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        out.sort();
        out
    };
    let whole = timeline(&[]);
    let whole_links = links(&[]);
    let day = |line: &str| line[..10].to_string();
    // windows read day by day, with statements of a known day and statements dated by their
    // article's publication (`2019-10-08*`), and an inverted one; then a window wider than eleven
    // years, read from every statement
    let windows = [
        ("2022-01-07", "2022-01-08"),
        ("2022-01-08", "2022-01-08"),
        ("2019-10-01", "2019-10-31"),
        ("2016-05-19", "2016-05-19"),
        ("1990-01-01", "2030-12-31"),
    ];
    let mut seen_days_said = 0;
    let mut seen_days_published = 0;
    for (from, to) in windows {
        let expected: Vec<String> = whole
            .iter()
            .filter(|l| day(l).as_str() >= from && day(l).as_str() <= to)
            .cloned()
            .collect();
        if from > "2000-01-01" {
            seen_days_said += expected.iter().filter(|l| !l[..11].ends_with('*')).count();
            seen_days_published += expected.iter().filter(|l| l[..11].ends_with('*')).count();
        }
        assert_eq!(
            timeline(&["--from", from, "--to", to]),
            expected,
            "{from}..{to}"
        );
        let expected_links: Vec<(String, String)> = whole_links
            .iter()
            .filter(|(d, _)| d.as_str() >= from && d.as_str() <= to)
            .cloned()
            .collect();
        assert_eq!(
            links(&["--from", from, "--to", to]),
            expected_links,
            "{from}..{to}"
        );
    }
    assert!(seen_days_said > 0 && seen_days_published > 0);
    let since: Vec<String> = whole
        .iter()
        .filter(|l| day(l).as_str() >= "2019-01-01")
        .cloned()
        .collect();
    assert_eq!(timeline(&["--from", "2019-01-01"]), since);
}

/// `country_pairs` counts, for each pair of two different countries, exactly the statements that
/// `dyad` lists for that pair, and the seed's pair (the Kremlin and the Russian ministry about
/// Kazakhstan) is among them.
#[test]
fn country_pairs_count_the_statements_dyad_lists() {
    let (_dir, store) = examples_store();
    let csv_rows = |args: &[&str]| -> Vec<Vec<String>> {
        let mut all = vec!["query"];
        all.extend(args);
        all.extend(["--format", "csv"]);
        csv::Reader::from_reader(cli_out(&store, &all).as_bytes())
            .records()
            .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    let pairs = csv_rows(&["country_pairs"]);
    assert!(pairs.len() >= 10, "{pairs:?}");
    let counts: Vec<u64> = pairs.iter().map(|p| p[2].parse().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert!(
        pairs.iter().any(|p| p[0] == "KZ" && p[1] == "RU"),
        "{pairs:?}"
    );
    for p in &pairs {
        assert_ne!(p[0], p[1]);
        assert!(p[0] < p[1], "{p:?}: codes in order");
        let a = format!("a={}", p[0]);
        let b = format!("b={}", p[1]);
        // a statement is its day, speaker and words (one key: see parley:statementKey), whatever
        // the articles and targets it has
        let statements: std::collections::BTreeSet<(String, String, String)> =
            csv_rows(&["dyad", "--param", &a, "--param", &b])
                .into_iter()
                .map(|r| (r[0].clone(), r[2].clone(), r[6].clone()))
                .collect();
        assert_eq!(statements.len().to_string(), p[2], "{p:?}");
        assert!(p[3].parse::<u64>().unwrap() >= 1);
    }
}

/// An entry names its actors as its own article does ("Bashar al-Assad" where the article says so,
/// though another calls him "Assad"), whatever the filter: a filtered timeline's entries are
/// exactly those of the whole timeline.
#[test]
fn filtered_timelines_are_part_of_the_whole_timeline() {
    let (_dir, store) = examples_store();
    let lines = |args: &[&str]| timeline_lines(&store, args);
    let whole = lines(&[]);
    assert!(whole.len() > 50);
    for filter in [
        &["--country", "US"][..],
        &["--about", "SY"],
        &["--actor", "Trump"],
        &["--from", "2019-01-01", "--to", "2019-01-31"],
    ] {
        let part = lines(filter);
        assert!(!part.is_empty(), "{filter:?}");
        for line in &part {
            assert!(
                whole.contains(line),
                "{filter:?}: {line} is not in the whole timeline"
            );
        }
    }
    assert!(
        whole
            .iter()
            .any(|l| l.contains("Mahan Air; Bashar al-Assad")),
        "the article's own name"
    );
}
