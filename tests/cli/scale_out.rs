//! Scaling out: `extract --shard K/N --output DIR` (shares that merge into the store `ingest`
//! makes), `serve` (the SPARQL 1.1 Protocol, checked with curl and Python clients) and
//! `ingest --remote` (the Graph Store Protocol, checked against Oxigraph's own server).

use super::*;

/// The article keys (graph IRIs) of an N-Quads text.
fn graphs(nquads: &str) -> std::collections::BTreeSet<String> {
    nquads
        .lines()
        .filter_map(|l| l.trim_end_matches(" .").rsplit(' ').next())
        .filter(|g| g.contains("/graph/article/"))
        .map(str::to_string)
        .collect()
}

fn gunzip(path: &Path) -> String {
    let out = Command::new("gzip")
        .arg("-dc")
        .arg(path)
        .output()
        .expect("gzip runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn shards_partition_the_corpus_and_merge_into_the_ingested_store() {
    let dir = tempfile::tempdir().unwrap();
    let (whole, merged, out) = (
        dir.path().join("whole"),
        dir.path().join("merged"),
        dir.path().join("out"),
    );
    let out_s = out.to_str().unwrap();
    let r = run_in(
        &whole,
        &["ingest", "examples", "--published", "2022-01-08"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // three machines, each its share; the order of the inputs does not matter
    let inputs = [
        vec!["examples"],
        vec!["examples/press.jsonl", "examples/fr", "examples/en"],
        vec!["examples/en", "examples/press.jsonl", "examples/fr"],
    ];
    let mut seen = std::collections::BTreeSet::new();
    let mut sizes = Vec::new();
    for (k, inputs) in (1..=3).zip(&inputs) {
        let shard = format!("{k}/3");
        let mut args = vec!["extract", "--shard", &shard, "--output", out_s, "--gzip"];
        args.extend(["--published", "2022-01-08"]);
        args.extend(inputs.iter().copied());
        let r = run_in(&whole, &args, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.is_empty(), "--output leaves stdout empty");
        let file = out.join(format!("parley-{k}-of-3.nq.gz"));
        assert!(r.stderr.contains(&format!("wrote {}", file.display())));
        let text = gunzip(&file);
        assert_eq!(
            text.contains("/graph/ontology>"),
            k == 1,
            "the ontology is in share 1 only"
        );
        let g = graphs(&text);
        assert!(seen.is_disjoint(&g), "an article in two shares");
        sizes.push(g.len());
        seen.extend(g);
    }
    assert_eq!(sizes.iter().sum::<usize>(), 13, "{sizes:?}");
    assert!(
        sizes.iter().all(|&n| n > 0),
        "every share has articles: {sizes:?}"
    );
    // no temporary file is left behind
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    // merged in any order, the shares are the store `ingest` made: not one quad more or less
    let mut files: Vec<String> = (1..=3)
        .rev()
        .map(|k| {
            out.join(format!("parley-{k}-of-3.nq.gz"))
                .display()
                .to_string()
        })
        .collect();
    files.insert(0, "load".into());
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let r = run_in(&merged, &args, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(sorted_dump(&merged), sorted_dump(&whole));
    // loading a share twice duplicates nothing
    let r = run_in(&merged, &args, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(sorted_dump(&merged), sorted_dump(&whole));
    // ingest --shard: three runs, each its share, make the same store
    let sharded = dir.path().join("sharded");
    for (k, n) in (1..=3).zip(&sizes) {
        let shard = format!("{k}/3");
        let r = run_in(
            &sharded,
            &[
                "ingest",
                "--shard",
                &shard,
                "examples",
                "--published",
                "2022-01-08",
            ],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains(&format!("{n} stored"))
                && r.stderr.contains(&format!("{} in other shares", 13 - n)),
            "{}",
            r.stderr
        );
    }
    assert_eq!(sorted_dump(&sharded), sorted_dump(&whole));
}

#[test]
fn shard_and_output_arguments_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    for bad in ["0/3", "4/3", "1/0", "x/2", "3"] {
        let r = run_in(&store, &["extract", "--shard", bad, "examples"], None);
        assert_eq!(r.code, 2, "{bad}");
        assert!(r.stderr.contains("expected K/N"), "{bad}: {}", r.stderr);
    }
    let out = dir.path().join("out");
    let r = run_in(
        &store,
        &[
            "extract",
            "--output",
            out.to_str().unwrap(),
            "--format",
            "jsonl",
            "examples",
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--output writes N-Quads"), "{}", r.stderr);
    // without --output a share goes to stdout in any format; a plain file without --gzip
    let r = run_in(
        &store,
        &["extract", "--shard", "2/2", "--format", "jsonl", "examples"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let half = r.stdout.lines().count();
    let r = run_in(
        &store,
        &["extract", "--shard", "1/2", "--format", "jsonl", "examples"],
        None,
    );
    assert_eq!(half + r.stdout.lines().count(), 13);
    let r = run_in(
        &store,
        &["extract", "--output", out.to_str().unwrap(), "examples"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(out.join("parley-1-of-1.nq")).unwrap();
    assert_eq!(graphs(&text).len(), 13);
}

/// A free port on the loopback interface.
pub(super) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A `parley serve` started by a test; killed when dropped.
pub(super) struct Served {
    pub(super) child: std::process::Child,
    pub(super) base: String,
}

pub(super) fn serve(store: &Path, extra: &[&str]) -> Served {
    serve_on(store, &format!("127.0.0.1:{}", free_port()), extra)
}

pub(super) fn serve_on(store: &Path, bind: &str, extra: &[&str]) -> Served {
    let mut args = vec!["serve", "--bind", bind];
    args.extend(extra);
    let mut child = spawn(store, &args);
    let port = bind.rsplit(':').next().unwrap();
    let local = format!("127.0.0.1:{port}");
    for _ in 0..400 {
        if std::net::TcpStream::connect(&local).is_ok() {
            return Served {
                child,
                base: format!("http://{local}"),
            };
        }
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
            panic!("parley serve ended ({status}): {err}");
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("parley serve did not listen on {bind}");
}

impl Served {
    /// Ctrl-C; the exit code and what it wrote on stderr.
    pub(super) fn stop(mut self) -> (i32, String) {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success());
        let status = self.child.wait().unwrap();
        let mut err = String::new();
        std::io::Read::read_to_string(self.child.stderr.as_mut().unwrap(), &mut err).unwrap();
        (status.code().unwrap_or(-1), err)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer: status, headers (names in lower case), body.
pub(super) struct Answer {
    pub(super) status: u16,
    pub(super) headers: String,
    pub(super) body: String,
}

impl Answer {
    pub(super) fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// curl with these arguments (`-i` added): the answer.
pub(super) fn curl(args: &[&str]) -> Answer {
    let out = Command::new("curl")
        .args(["-s", "-S", "-i", "--max-time", "60"])
        .args(args)
        .output()
        .expect("curl runs");
    assert!(
        out.status.success(),
        "curl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap();
    Answer {
        status,
        headers: head.to_string(),
        body: body.to_string(),
    }
}

pub(super) fn served_store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    let r = run_in(
        &store,
        &["ingest", "examples", "--published", "2022-01-08"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    store
}

#[test]
fn serve_answers_the_sparql_protocol_like_the_command_line() {
    if !tool("curl", &["--version"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = served_store(dir.path());
    // what the command line answers, asked before the server holds the store
    let top = cli_out(&store, &["query", "top_speakers", "--format", "csv"]);
    let by_blinken = cli_out(
        &store,
        &[
            "query",
            "statements_by",
            "--param",
            "actor=Blinken",
            "--format",
            "csv",
        ],
    );
    let timeline = cli_out(
        &store,
        &["timeline", "--actor", "Blinken", "--format", "html"],
    );
    let graphml = cli_out(
        &store,
        &["export", "--format", "graphml", "--from", "2022-01-01"],
    );
    let gexf = cli_out(&store, &["export", "--format", "gexf", "--aggregate"]);
    let ontology_quads = cli_out(&store, &["dump"])
        .lines()
        .filter(|l| l.ends_with("<https://w3id.org/parley/graph/ontology> ."))
        .count();
    let server = serve(&store, &["--max-request-kb", "64"]);
    let b = &server.base;
    let q = format!("{b}/query");

    // GET ?query=, JSON by default
    let a = curl(&["-G", &q, "--data-urlencode", "query=ASK { ?s a ?t }"]);
    assert_eq!(a.status, 200);
    assert_eq!(
        a.header("content-type").unwrap(),
        "application/sparql-results+json"
    );
    assert_eq!(a.body, r#"{"head":{},"boolean":true}"#);
    // a catalogue query by name (form POST) is exactly `parley query`
    let a = curl(&[
        &q,
        "-H",
        "Accept: text/csv",
        "--data-urlencode",
        "name=top_speakers",
    ]);
    assert_eq!((a.status, a.body.as_str()), (200, top.as_str()));
    let a = curl(&[
        &q,
        "-H",
        "Accept: text/csv",
        "--data-urlencode",
        "name=statements_by",
        "--data-urlencode",
        "actor=Blinken",
    ]);
    assert_eq!((a.status, a.body.as_str()), (200, by_blinken.as_str()));
    assert!(by_blinken.contains("très difficile"), "{by_blinken}");
    // the query text as an application/sparql-query body
    let text = std::fs::read_to_string(root().join("queries/top_speakers.rq")).unwrap();
    let a = curl(&[
        &q,
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: application/sparql-results+xml;q=0.5, text/csv",
        "--data-binary",
        &text,
    ]);
    assert_eq!((a.status, a.body.as_str()), (200, top.as_str()));
    assert!(a.header("content-type").unwrap().starts_with("text/csv"));
    for (accept, media) in [
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html, */*;q=0.8", "application/sparql-results+json"),
    ] {
        let a = curl(&[
            &q,
            "-H",
            &format!("Accept: {accept}"),
            "--data-urlencode",
            "name=languages",
        ]);
        assert_eq!(a.status, 200, "{accept}: {}", a.body);
        assert!(
            a.header("content-type").unwrap().starts_with(media),
            "{accept}"
        );
    }
    // CONSTRUCT: Turtle by default, N-Triples and JSON-LD on request
    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/parley/graph/ontology> { ?s ?p ?o } }";
    for (accept, media) in [
        ("*/*", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
    ] {
        let a = curl(&[
            &q,
            "-H",
            &format!("Accept: {accept}"),
            "--data-urlencode",
            &format!("query={construct}"),
        ]);
        assert_eq!(a.status, 200, "{accept}: {}", a.body);
        assert!(
            a.header("content-type").unwrap().starts_with(media),
            "{accept}"
        );
        if media == "application/n-triples" {
            assert_eq!(a.body.lines().count(), ontology_quads);
        }
        if media == "application/ld+json" {
            let v: serde_json::Value = serde_json::from_str(&a.body).unwrap();
            assert!(v.is_array() || v.is_object());
        }
    }
    // the protocol's dataset: default-graph-uri restricts the default graph
    let a = curl(&[
        &q,
        "-H",
        "Accept: text/csv",
        "--data-urlencode",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "--data-urlencode",
        "default-graph-uri=https://w3id.org/parley/graph/ontology",
    ]);
    assert_eq!(a.body, format!("n\r\n{ontology_quads}\r\n"));

    // errors, each with its status code and a message for people
    let a = curl(&[&q, "--data-urlencode", "query=SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(a.status, 400);
    assert!(a.body.starts_with("SPARQL syntax error"), "{}", a.body);
    assert!(a.body.contains("1:"), "the parser's position: {}", a.body);
    let a = curl(&["-G", &q]);
    assert_eq!(a.status, 400);
    assert!(a.body.contains("no query"), "{}", a.body);
    let a = curl(&[
        &q,
        "--data-urlencode",
        "name=statements_by",
        "--data-urlencode",
        "actor=Nobody Atall",
    ]);
    assert_eq!(a.status, 400);
    let a = curl(&[&q, "--data-urlencode", "update=CLEAR ALL"]);
    assert_eq!(a.status, 400, "an update is not a query");
    let a = curl(&[
        &format!("{b}/update"),
        "--data-urlencode",
        "update=CLEAR ALL",
    ]);
    assert_eq!(a.status, 403);
    assert!(a.body.contains("--allow-update"), "{}", a.body);
    let a = curl(&[&format!("{b}/update")]);
    assert_eq!(a.status, 405);
    assert_eq!(a.header("allow").as_deref(), Some("POST"));
    let a = curl(&["-X", "PUT", &q]);
    assert_eq!(a.status, 405);
    assert_eq!(a.header("allow").as_deref(), Some("GET, POST"));
    let a = curl(&[
        &q,
        "-H",
        "Accept: image/png",
        "--data-urlencode",
        "name=languages",
    ]);
    assert_eq!(a.status, 406);
    assert!(a.body.contains("text/csv"), "{}", a.body);
    let a = curl(&[
        &q,
        "-H",
        "Content-Type: text/plain",
        "--data-binary",
        "ASK {}",
    ]);
    assert_eq!(a.status, 415);
    let big = format!("query=ASK {{}} #{}", "x".repeat(70 * 1024));
    let a = curl(&[&q, "--data-binary", &big]);
    assert_eq!(a.status, 413);
    assert!(a.body.contains("64 KB"), "{}", a.body);
    let a = curl(&[&format!("{b}/nowhere")]);
    assert_eq!(a.status, 404);
    // no CORS headers unless --cors
    assert!(a.header("access-control-allow-origin").is_none());

    // the page, the timeline and the exports, with the command line's filters
    let a = curl(&[&format!("{b}/")]);
    assert_eq!(a.status, 200);
    assert!(a.body.contains("<textarea") && a.body.contains("\"statements_by\""));
    let a = curl(&[&format!("{b}/timeline?actor=Blinken")]);
    assert_eq!((a.status, a.body.as_str()), (200, timeline.as_str()));
    assert!(a.header("content-type").unwrap().starts_with("text/html"));
    let a = curl(&[&format!("{b}/export.graphml?from=2022-01-01")]);
    assert_eq!((a.status, a.body.as_str()), (200, graphml.as_str()));
    let a = curl(&[&format!("{b}/export.gexf?aggregate=true")]);
    assert_eq!((a.status, a.body.as_str()), (200, gexf.as_str()));
    let a = curl(&[&format!("{b}/timeline?from=yesterday")]);
    assert_eq!(a.status, 400);
    assert!(a.body.contains("yesterday"), "{}", a.body);
    let a = curl(&[&format!("{b}/export.gexf?output=/tmp/x")]);
    assert_eq!(a.status, 400);

    // the page in a browser: a link runs its catalogue query and shows the rows
    if tool("chromium", &["--version"]) {
        let profile = dir.path().join("chromium-profile");
        let dom = Command::new("chromium")
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
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(["--enable-logging=stderr", "--v=0"])
            .args(["--virtual-time-budget=10000", "--dump-dom"])
            .arg(format!("{b}/?name=statements_by&actor=Blinken"))
            .output()
            .unwrap();
        let dom_text = String::from_utf8_lossy(&dom.stdout);
        assert!(dom_text.contains("<th>speaker</th>"), "{dom_text}");
        assert!(dom_text.contains("<td>très difficile</td>"), "{dom_text}");
        assert!(dom_text.contains(">1 row, "), "{dom_text}");
        let log = String::from_utf8_lossy(&dom.stderr);
        assert!(!log.contains("Uncaught"), "console errors: {log}");
    }

    // while it serves, the store is held: a writer is refused, and told by whom
    let r = run_in(&store, &["ingest", "examples"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("serve"), "{}", r.stderr);
    let (code, err) = server.stop();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("read-only"), "{err}");
}

#[test]
fn serve_updates_only_when_allowed_cors_timeouts_and_binding() {
    if !tool("curl", &["--version"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = served_store(dir.path());
    let server = serve(
        &store,
        &[
            "--allow-update",
            "--timeout",
            "1",
            "--cors",
            "https://yasgui.example",
        ],
    );
    let b = server.base.clone();
    let insert = "INSERT DATA { GRAPH <urn:parley:test> { <urn:a> <urn:b> \"kept\" } }";
    let a = curl(&[
        &format!("{b}/update"),
        "--data-urlencode",
        &format!("update={insert}"),
    ]);
    assert_eq!(a.status, 204, "{}", a.body);
    let a = curl(&[
        &format!("{b}/update"),
        "-H",
        "Content-Type: application/sparql-update",
        "--data-binary",
        "INSERT DATA { <urn:c> <urn:d> ",
    ]);
    assert_eq!(a.status, 400);
    let ask = "query=ASK { GRAPH <urn:parley:test> { <urn:a> <urn:b> \"kept\" } }";
    let a = curl(&[&format!("{b}/query"), "--data-urlencode", ask]);
    assert_eq!(a.body, r#"{"head":{},"boolean":true}"#);
    // CORS for the origin given, not for others; the preflight
    let a = curl(&[
        &format!("{b}/query"),
        "-H",
        "Origin: https://yasgui.example",
        "--data-urlencode",
        ask,
    ]);
    assert_eq!(
        a.header("access-control-allow-origin").as_deref(),
        Some("https://yasgui.example")
    );
    let a = curl(&[
        &format!("{b}/query"),
        "-H",
        "Origin: https://elsewhere.example",
        "--data-urlencode",
        ask,
    ]);
    assert!(a.header("access-control-allow-origin").is_none());
    let a = curl(&[
        "-X",
        "OPTIONS",
        &format!("{b}/query"),
        "-H",
        "Origin: https://yasgui.example",
    ]);
    assert_eq!(a.status, 204);
    assert!(a
        .header("access-control-allow-headers")
        .unwrap()
        .contains("Content-Type"));
    assert_eq!(
        a.header("access-control-allow-origin").as_deref(),
        Some("https://yasgui.example")
    );
    // a query that would run for hours is stopped at the time limit
    let started = std::time::Instant::now();
    let a = curl(&[
        &format!("{b}/query"),
        "--data-urlencode",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    ]);
    assert_eq!(a.status, 503, "{}", a.body);
    assert!(a.body.contains("stopped after 1 s"), "{}", a.body);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    // the server still answers after that
    let a = curl(&[&format!("{b}/query"), "--data-urlencode", ask]);
    assert_eq!(a.status, 200);
    let (code, err) = server.stop();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("updates at /update"), "{err}");
    // the update is in the store after the server stopped
    let r = run_in(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT ?o WHERE { <urn:a> <urn:b> ?o }",
        ],
        None,
    );
    assert_eq!(r.stdout, "o\r\nkept\r\n", "{}", r.stderr);
    // another address than loopback is said to be open to the network
    let server = serve_on(&store, &format!("0.0.0.0:{}", free_port()), &[]);
    let (code, err) = server.stop();
    assert_eq!(code, 0);
    assert!(err.contains("is not a loopback address"), "{err}");
}

/// Python 3 with the modules, or a loud skip outside CI (CI installs them).
fn python_with(modules: &[&str]) -> bool {
    let probe = format!("import {}", modules.join(", "));
    let ok = Command::new("python3")
        .args(["-c", &probe])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("python3 with {modules:?} is missing in CI (.ci/run installs them)");
        }
        eprintln!("SKIP: python3 with {modules:?} not installed");
    }
    ok
}

/// Rows of a SPARQL JSON result: values as strings, "" when unbound.
fn json_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let vars: Vec<String> = v["head"]["vars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    let rows = v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            vars.iter()
                .map(|x| b[x]["value"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .collect();
    (vars, rows)
}

#[test]
fn python_clients_get_what_parley_query_gets() {
    if !python_with(&["SPARQLWrapper", "rdflib"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = served_store(dir.path());
    // every catalogue query without parameters, as its text
    let mut queries = serde_json::Map::new();
    let mut expected = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        // the queries whose parameters are all optional run as they are
        let params = text
            .lines()
            .find_map(|l| l.strip_prefix("#+ params:"))
            .unwrap_or("");
        if params
            .split(',')
            .any(|p| !p.trim().is_empty() && !p.contains('?'))
        {
            continue;
        }
        expected.insert(
            name.clone(),
            json_rows(&cli_out(&store, &["query", &name, "--format", "json"])),
        );
        queries.insert(name, serde_json::Value::String(text));
    }
    assert!(queries.len() >= 8, "{:?}", queries.keys());
    let file = dir.path().join("queries.json");
    std::fs::write(&file, serde_json::Value::Object(queries).to_string()).unwrap();
    let server = serve(&store, &[]);
    let got = python_json(
        Command::new("python3")
            .arg(root().join("tests/clients/sparql_clients.py"))
            .arg(format!("{}/query", server.base))
            .arg(&file),
    );
    for (name, (vars, rows)) in &expected {
        let g = &got[name];
        let strings = |v: &serde_json::Value| -> Vec<Vec<String>> {
            serde_json::from_value(v.clone()).unwrap()
        };
        let g_vars: Vec<String> = serde_json::from_value(g["vars"].clone()).unwrap();
        assert_eq!(&g_vars, vars, "{name}: SPARQLWrapper's variables");
        assert_eq!(&strings(&g["sparqlwrapper"]), rows, "{name}: SPARQLWrapper");
        assert_eq!(&strings(&g["rdflib"]), rows, "{name}: rdflib SPARQLStore");
        assert!(!rows.is_empty(), "{name} has rows on the example store");
    }
    drop(server);
}

/// A server process started by a test (Oxigraph's, or a fake), killed when dropped.
struct Process(std::process::Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(cmd: &mut Command, port: u16) -> Process {
    let mut child = Process(
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts"),
    );
    for _ in 0..400 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return child;
        }
        assert!(child.0.try_wait().unwrap().is_none(), "the server ended");
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("nothing listens on port {port}");
}

/// The whole dataset of an Oxigraph server, sorted N-Quads.
fn remote_dump(base: &str) -> Vec<String> {
    let a = curl(&[
        "-H",
        "Accept: application/n-quads",
        &format!("{base}/store"),
    ]);
    assert_eq!(a.status, 200, "{}", a.body);
    let mut lines: Vec<String> = a.body.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn ingest_remote_and_push_fill_oxigraph_server_like_the_local_store() {
    if !tool("oxigraph", &["--version"]) || !tool("curl", &["--version"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = served_store(dir.path());
    let local = sorted_dump(&store);
    let top = cli_out(&store, &["query", "top_speakers", "--format", "csv"]);
    let port = free_port();
    let _oxigraph = start(
        Command::new("oxigraph")
            .args(["serve", "--location"])
            .arg(dir.path().join("remote"))
            .args(["--bind", &format!("127.0.0.1:{port}")])
            // as Parley's store: a query without GRAPH sees every article graph
            .arg("--union-default-graph"),
        port,
    );
    let base = format!("http://127.0.0.1:{port}");
    let endpoint = format!("{base}/store");
    let elsewhere = dir.path().join("unused");
    let ingest = [
        "ingest",
        "--remote",
        &endpoint,
        "examples",
        "--published",
        "2022-01-08",
    ];
    let r = run_in(&elsewhere, &ingest, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("13 sent to {endpoint}, 0 not sent")),
        "{}",
        r.stderr
    );
    assert!(!elsewhere.exists(), "no local store is made");
    // the remote holds what the local store holds, quad for quad, but the labels graph (computed
    // from the whole store's names: `push` sends it, an ingest does not)
    let labels = " <https://w3id.org/parley/graph/labels> .";
    let articles: Vec<String> = local
        .iter()
        .filter(|q| !q.ends_with(labels))
        .cloned()
        .collect();
    assert!(articles.len() < local.len());
    assert_eq!(remote_dump(&base), articles);
    // a re-run replaces each graph: nothing is duplicated
    let r = run_in(&elsewhere, &ingest, None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(remote_dump(&base), articles);
    // push: the local store's graphs, onto an emptied remote
    let a = curl(&[
        &format!("{base}/update"),
        "--data-urlencode",
        "update=CLEAR ALL",
    ]);
    assert!(a.status < 300, "{}", a.body);
    assert!(remote_dump(&base).is_empty());
    let r = run_in(&store, &["push", "--remote", &endpoint], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("sent 13 article graphs"), "{}", r.stderr);
    assert_eq!(remote_dump(&base), local);
    // with the labels push sends, the catalogue queries answer the same over there
    let text = std::fs::read_to_string(root().join("queries/top_speakers.rq")).unwrap();
    let a = curl(&[
        &format!("{base}/query"),
        "-H",
        "Accept: text/csv",
        "-H",
        "Content-Type: application/sparql-query",
        "--data-binary",
        &text,
    ]);
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body, top);

    // a wrong endpoint stops at the first graph, and says so
    let r = run_in(
        &store,
        &["push", "--remote", &format!("{base}/nowhere")],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("answered 404"), "{}", r.stderr);
}

#[test]
fn remote_failures_are_retried_reported_and_counted() {
    if !python_with(&["http.server"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("requests.jsonl");
    let port = free_port();
    let _fake = start(
        Command::new("python3")
            .arg(root().join("tests/clients/flaky_gsp.py"))
            .arg(port.to_string())
            .arg(&log),
        port,
    );
    let rejected = dir.path().join("rejected.txt");
    std::fs::write(
        &rejected,
        "REJECTME: the minister spoke\n\nThe French foreign minister said on Monday that the talks would go on.\n",
    )
    .unwrap();
    let endpoint = format!("http://127.0.0.1:{port}/store");
    let run = |extra: &[&str]| {
        let mut cmd = Command::new(BIN);
        cmd.args(["ingest", "--remote", &endpoint, "--remote-backoff-ms", "20"])
            .args(extra)
            .args(["--published", "2022-01-08", "examples"])
            .arg(&rejected)
            .current_dir(root())
            .env("PARLEY_REMOTE_TOKEN", "s3cret")
            .env_remove("PARLEY_REMOTE_USER")
            .stdin(Stdio::null());
        let out = cmd.output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = run(&[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!(
            "{}: not sent: {endpoint} answered 400: rejected: this graph is not welcome",
            rejected.display()
        )),
        "{err}"
    );
    assert!(err.contains("13 sent to"), "{err}");
    assert!(err.contains("1 not sent"), "{err}");
    let requests: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // the ontology and 14 articles, each refused once (503) and tried again
    assert_eq!(requests.len(), 30, "{requests:?}");
    for r in &requests {
        assert_eq!(r["auth"], "Bearer s3cret");
        assert_eq!(r["type"], "application/n-triples");
        assert_eq!(r["status"] == 503, r["try"] == 1, "{r}");
    }
    assert_eq!(
        requests.iter().filter(|r| r["status"] == 204).count(),
        14,
        "the ontology and 13 articles taken"
    );
    // nobody listening: refused at once (not tried again), the run stops before any article is
    // read
    let nobody = format!("http://127.0.0.1:{}/store", free_port());
    let out = Command::new(BIN)
        .args(["ingest", "--remote", &nobody, "--remote-retries", "1"])
        .args(["--remote-backoff-ms", "10", "examples"])
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("(after 1 try)"), "{err}");
    assert!(err.contains("nothing was sent"), "{err}");
}
