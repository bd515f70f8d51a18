//! Nothing is lost: runs killed at random moments, Ctrl-C, a store in use, queries that would never
//! end or that would change the store. (The bad-input suite is in `bad_input_suite.rs`.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use super::{ingest_from_stdin, root, run_in, sorted_dump, spawn, stats, wait_until_held};

/// A corpus of `n` articles made of the example texts (real news), each with its own id and its
/// copy number in the first line, so that every article is distinct. Returns the JSONL text.
fn corpus(n: usize) -> String {
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(root().join("examples/fr")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) == Some("txt") {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
    }
    for line in std::fs::read_to_string(root().join("examples/press.jsonl"))
        .unwrap()
        .lines()
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.push(v["text"].as_str().unwrap().to_string());
    }
    texts.sort();
    assert!(!texts.is_empty());
    let mut out = String::new();
    for i in 0..n {
        let text = format!("Copie {i}\n{}", texts[i % texts.len()]);
        let line = serde_json::json!({ "id": format!("copy-{i}"), "text": text, "published": "2022-01-08" });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The store's quads grouped by graph (N-Quads lines, sorted).
fn graphs(store: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in sorted_dump(store) {
        let graph = line
            .trim_end_matches(" .")
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        out.entry(graph).or_default().insert(line);
    }
    out
}

/// [`graphs`] but the labels graph: derived from the others, it is rebuilt by the run after a kill
/// (the runs to completion below compare it too).
fn graphs_but_labels(store: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut g = graphs(store);
    g.remove("<https://w3id.org/parley/graph/labels>");
    g
}

/// A small deterministic generator, so that a failing kill point can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Kills `args` on `store` at `kills` moments spread over the time an uninterrupted run takes;
/// after each kill the store opens, every article graph in it is complete (identical to that graph
/// in the uninterrupted run), and at the end a run to completion gives the uninterrupted dump.
fn kill_at_random_moments(args: &[&str], kills: usize, seed: u64, prepare: &dyn Fn(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference");
    prepare(&reference);
    let started = Instant::now();
    let r = run_in(&reference, args, None);
    assert!(r.code == 0, "{}", r.stderr);
    let full = started.elapsed();
    let want = graphs(&reference);
    assert!(want.len() > 10);

    // each kill on a fresh store: a first run stopped at a random moment, then run again
    let mut rng = Lcg(seed);
    let mut killed_runs = 0;
    for k in 0..kills {
        let store = dir.path().join(format!("killed-{k}"));
        prepare(&store);
        let wait = full.mul_f64(0.05 + 0.9 * rng.next());
        let mut child = spawn(&store, args);
        std::thread::sleep(wait);
        if child.try_wait().unwrap().is_none() {
            killed_runs += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if !store.join("CURRENT").exists() {
            eprintln!("kill {k} after {wait:?}: before the store was created");
            continue;
        }
        // the store opens, and holds whole article graphs only
        let got = graphs_but_labels(&store);
        for (graph, quads) in &got {
            let Some(expected) = want.get(graph) else {
                panic!("kill {k} after {wait:?}: graph {graph} is not in the uninterrupted run");
            };
            assert_eq!(
                quads, expected,
                "kill {k} after {wait:?}: graph {graph} is partial"
            );
        }
        eprintln!(
            "kill {k} after {wait:?}: {} of {} graphs stored, all complete",
            got.len(),
            want.len()
        );
        // the same command again completes the store
        let r = run_in(&store, args, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(
            graphs(&store),
            want,
            "kill {k}: the run after the kill completes the store"
        );
    }
    assert!(
        killed_runs * 2 >= kills,
        "most runs ended before their kill: the kills tested little"
    );
}

#[test]
fn a_store_killed_while_it_is_created_can_be_read_and_completed() {
    // RocksDB writes its CURRENT file before the store's column families: a writer killed right
    // then leaves a store a reader could not open; the reader finishes its creation
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, corpus(200)).unwrap();
    for k in 0..5 {
        let store = dir.path().join(format!("killed-{k}"));
        let mut child = spawn(&store, &["ingest", "-q", input.to_str().unwrap()]);
        let started = Instant::now();
        while !store.join("CURRENT").exists() && started.elapsed() < Duration::from_secs(20) {
            std::hint::spin_loop();
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let r = run_in(&store, &["dump"], None);
        assert_eq!(r.code, 0, "kill {k}: {}", r.stderr);
        let r = run_in(&store, &["ingest", "-q", input.to_str().unwrap()], None);
        assert_eq!(r.code, 0, "kill {k}: {}", r.stderr);
    }
}

#[test]
fn ingest_killed_at_random_moments_keeps_whole_articles_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, corpus(1_500)).unwrap();
    let kills = std::env::var("PARLEY_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(10);
    // small batches and the bulk loader: many commits for the kills to fall between and inside
    kill_at_random_moments(
        &["ingest", "-q", "--write", "bulk", input.to_str().unwrap()],
        kills,
        7,
        &|_| {},
    );
}

#[test]
fn load_killed_at_random_moments_loads_a_file_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, corpus(600)).unwrap();
    let r = run_in(&source, &["ingest", "-q", input.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dump = dir.path().join("all.nq");
    let r = run_in(&source, &["dump", "-o", dump.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dump_arg = dump.to_str().unwrap().to_string();
    let kills = std::env::var("PARLEY_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(10);
    // one file, one transaction: after a kill, the store holds all of it or none of it
    let dir2 = tempfile::tempdir().unwrap();
    let reference = dir2.path().join("reference");
    assert_eq!(run_in(&reference, &["load", &dump_arg], None).code, 0);
    let want = graphs(&reference);
    let started = Instant::now();
    let _ = run_in(&dir2.path().join("timing"), &["load", &dump_arg], None);
    let full = started.elapsed();
    let mut rng = Lcg(11);
    for k in 0..kills {
        let store = dir2.path().join(format!("killed-{k}"));
        let wait = full.mul_f64(0.05 + 0.9 * rng.next());
        let mut child = spawn(&store, &["load", &dump_arg]);
        std::thread::sleep(wait);
        child.kill().unwrap();
        child.wait().unwrap();
        if !store.join("CURRENT").exists() {
            continue; // killed before the store was created
        }
        let got = graphs_but_labels(&store);
        let articles: Vec<_> = got
            .keys()
            .filter(|g| g.contains("/graph/article/"))
            .collect();
        assert!(
            articles.is_empty() || got == graphs_but_labels(&reference),
            "kill {k} after {wait:?}: {} of {} graphs",
            got.len(),
            want.len()
        );
        let r = run_in(&store, &["load", &dump_arg], None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(graphs(&store), want);
    }
}

#[test]
fn ctrl_c_stores_what_was_read_and_exits_130() {
    stopped_by("-INT");
}

#[test]
fn sigterm_is_handled_as_ctrl_c() {
    stopped_by("-TERM");
}

/// An ingest reading standard input gets `signal` after three articles, then a fourth one.
fn stopped_by(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let (child, mut stdin) = ingest_from_stdin(&store);
    let lines = corpus(4);
    let lines: Vec<&str> = lines.lines().collect();
    use std::io::Write;
    for l in &lines[..3] {
        writeln!(stdin, "{l}").unwrap();
    }
    stdin.flush().unwrap();
    // the three lines are read once the store is open
    std::thread::sleep(Duration::from_millis(1_500));
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args([signal, &pid])
        .status()
        .unwrap()
        .success());
    std::thread::sleep(Duration::from_millis(300));
    // the fourth article arrives after Ctrl-C: it is not read
    let _ = writeln!(stdin, "{}", lines[3]);
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(stderr.contains("3 stored"), "{stderr}");
    assert_eq!(stats(&store)["articles"], 3);
    // the same command goes on where it stopped
    let r = run_in(
        &store,
        &["ingest", "--format", "jsonl", "-"],
        Some(&corpus(4)),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 stored, 3 unchanged"), "{}", r.stderr);
}

#[test]
fn reading_commands_during_an_ingest_say_why_they_wait() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "-q", "examples"], None).code, 0);
    let (mut holder, stdin) = ingest_from_stdin(&store);
    wait_until_held(&store);
    for args in [
        &["query", "top_speakers"][..],
        &["export", "--format", "json"],
        &["timeline", "--country", "RU"],
        &["ingest", "examples"],
    ] {
        let r = run_in(&store, args, None);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(
            r.stderr.contains("is in use by another process (pid ")
                && r.stderr.contains("ingest --format jsonl -")
                && r.stderr
                    .contains("A command that writes a store has it alone"),
            "{args:?}: {}",
            r.stderr
        );
    }
    // one article, then the end of the input: the ingest stores it and ends (an input with no
    // article at all is an empty input, exit 1)
    let mut stdin = stdin;
    std::io::Write::write_all(
        &mut stdin,
        "{\"id\": \"late\", \"text\": \"Moscou a dénoncé les propos de Washington.\"}\n".as_bytes(),
    )
    .unwrap();
    drop(stdin);
    assert!(holder.wait().unwrap().success());
}

#[test]
fn a_query_that_would_not_end_stops_at_its_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "-q", "examples"], None).code, 0);
    // a cartesian product of every quad with itself, three times: billions of rows
    let q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    let started = Instant::now();
    let r = run_in(&store, &["query", "--timeout", "2", q], None);
    let took = started.elapsed();
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("the query was stopped after 2 s (--timeout; 0 for no limit)"),
        "{}",
        r.stderr
    );
    assert!(took < Duration::from_secs(20), "{took:?}");
    // a query within its time is not affected
    let r = run_in(
        &store,
        &[
            "query",
            "--timeout",
            "60",
            "top_speakers",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("speaker,statements,articles"));
}

#[test]
fn updates_are_refused_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert_eq!(run_in(&store, &["ingest", "-q", "examples"], None).code, 0);
    let before = sorted_dump(&store);
    let update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";
    let r = run_in(&store, &["query", update], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("this is a SPARQL UPDATE") && r.stderr.contains("--allow-update"),
        "{}",
        r.stderr
    );
    assert_eq!(sorted_dump(&store), before, "nothing changed");
    let insert = "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> \"note\" } }";
    let r = run_in(&store, &["query", "--allow-update", insert], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let after = sorted_dump(&store);
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.iter().any(|l| l.contains("<urn:x:notes>")));
}
