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
