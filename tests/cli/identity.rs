//! Who an actor is, as every output shows it: one label per actor, the same in the catalogue
//! queries, the timeline and the exports, in the language of most of its mentions or the one
//! asked for with --label-lang.

use std::collections::BTreeSet;

use super::*;

/// Two French articles and one English one naming the same person.
const PUTIN: &str = r#"{"id": "lab-fr-1", "title": "Moscou ferme la porte", "lang": "fr", "published": "2023-03-06", "text": "Le président russe Vladimir Poutine a déclaré lundi que la Russie ne renoncerait pas à ses positions. Poutine a ajouté que l'Ukraine devait négocier."}
{"id": "lab-fr-2", "title": "Nouvelle mise en garde", "lang": "fr", "published": "2023-03-08", "text": "Vladimir Poutine a averti mercredi l'Union européenne contre toute nouvelle sanction."}
{"id": "lab-en-1", "title": "Kremlin holds firm", "lang": "en", "published": "2023-03-07", "text": "Russian President Vladimir Putin said on Tuesday that the European Union was making a mistake."}
"#;

/// Three more English articles: English is then the language of most of his mentions.
const MORE_PUTIN: &str = r#"{"id": "lab-en-2", "title": "Talks stall", "lang": "en", "published": "2023-03-09", "text": "Vladimir Putin warned on Thursday that Russia would answer any new sanction."}
{"id": "lab-en-3", "title": "Moscow replies", "lang": "en", "published": "2023-03-10", "text": "Vladimir Putin said on Friday that Ukraine had to accept the terms."}
{"id": "lab-en-4", "title": "A new warning", "lang": "en", "published": "2023-03-11", "text": "Vladimir Putin accused NATO on Saturday of provoking the crisis."}
"#;

/// A fresh store holding the JSONL `articles`.
fn store_of(articles: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let r = run_in(
        &store,
        &["ingest", "--format", "jsonl", "-"],
        Some(articles),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    (dir, store)
}

/// The speaker names each output gives: top_speakers, statements_by, the timeline, GraphML.
fn speaker_labels(store: &Path, extra: &[&str]) -> Vec<BTreeSet<String>> {
    let column = |args: &[&str], col: usize| -> BTreeSet<String> {
        let mut all = args.to_vec();
        all.extend(extra);
        let r = run_in(store, &all, None);
        assert_eq!(r.code, 0, "{all:?}: {}", r.stderr);
        r.stdout
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(col).unwrap_or_default().to_string())
            .collect()
    };
    let graphml = {
        let mut args = vec!["export", "--format", "graphml"];
        args.extend(extra);
        let r = run_in(store, &args, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
            .lines()
            .filter_map(|l| l.trim().strip_prefix("<data key=\"node_label\">"))
            .filter_map(|l| l.strip_suffix("</data>"))
            .filter(|l| l.starts_with("Vladimir"))
            .map(str::to_string)
            .collect()
    };
    vec![
        column(&["query", "top_speakers", "--format", "csv"], 0),
        column(
            &[
                "query",
                "statements_by",
                "--param",
                "actor=Putin",
                "--format",
                "csv",
            ],
            1,
        ),
        column(&["timeline", "--actor", "Poutine", "--format", "csv"], 1),
        graphml,
    ]
}

fn one(label: &str) -> Vec<BTreeSet<String>> {
    vec![BTreeSet::from([label.to_string()]); 4]
}

#[test]
fn an_actor_has_one_label_in_every_output_in_the_language_asked_for() {
    let (_dir, store) = store_of(PUTIN);
    // French names him in two articles of three: his French full name, everywhere
    assert_eq!(speaker_labels(&store, &[]), one("Vladimir Poutine"));
    assert_eq!(
        speaker_labels(&store, &["--label-lang", "en"]),
        one("Vladimir Putin")
    );
    assert_eq!(
        speaker_labels(&store, &["--label-lang", "French"]),
        one("Vladimir Poutine")
    );
    // the catalogue's parameter is the same thing
    let r = run_in(
        &store,
        &[
            "query",
            "top_speakers",
            "--param",
            "label_lang=en",
            "--format",
            "csv",
        ],
        None,
    );
    assert!(r.stdout.contains("Vladimir Putin,4,3"), "{}", r.stdout);
    // a language that is not one is refused
    let r = run_in(&store, &["timeline", "--label-lang", "x"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a language"), "{}", r.stderr);

    // more English articles: the label follows the language of most mentions
    let r = run_in(
        &store,
        &["ingest", "--format", "jsonl", "-"],
        Some(MORE_PUTIN),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(speaker_labels(&store, &[]), one("Vladimir Putin"));
    assert_eq!(
        speaker_labels(&store, &["--label-lang", "fr"]),
        one("Vladimir Poutine")
    );
}

/// Labels are derived: an update or a load computes them again, and a dump loaded elsewhere gives
/// the same labels.
#[test]
fn updates_and_loads_keep_the_labels_right() {
    let (dir, store) = store_of(PUTIN);
    // the two French articles deleted by hand: the English name is the only one left
    let delete =
        "DELETE WHERE { GRAPH ?g { ?a <https://schema.org/inLanguage> \"fr\" . ?s ?p ?o } }";
    let r = run_in(&store, &["query", "--allow-update", delete], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        speaker_labels(&store, &["--label-lang", "fr"])[0],
        BTreeSet::from(["Vladimir Putin".to_string()])
    );
    // a dump loaded into another store: the same labels
    let dump = dir.path().join("dump.nq");
    let r = run_in(&store, &["dump", "--output", dump.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let other = dir.path().join("other");
    let r = run_in(&other, &["load", dump.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        run_in(&other, &["dump"], None).stdout,
        run_in(&store, &["dump"], None).stdout
    );
}

/// The police of two countries are two actors, and their labels say which is which.
#[test]
fn institutions_named_alike_are_told_apart_by_their_country() {
    let articles = r#"{"id": "pol-fr", "title": "Interpellations à Lyon", "lang": "fr", "published": "2023-05-06", "text": "Trois personnes ont été interpellées à Lyon, en France. La police a indiqué samedi que l'enquête se poursuivait."}
{"id": "pol-be", "title": "Interpellations à Liège", "lang": "fr", "published": "2023-05-07", "text": "Deux hommes ont été interpellés à Liège, en Belgique. La police a indiqué dimanche que l'enquête se poursuivait."}
"#;
    let (_dir, store) = store_of(articles);
    let r = run_in(&store, &["query", "top_speakers", "--format", "csv"], None);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        rows,
        [
            "speaker,statements,articles",
            "police (BE),1,1",
            "police (FR),1,1"
        ]
    );
}

/// The same quote by the same speaker on the same day in two articles (a wire story taken up by two
/// sites) is one statement with two sources; the same words a week later are another statement.
#[test]
fn a_statement_reprinted_is_one_statement_with_several_sources() {
    let articles = r#"{"url": "https://example.org/a/wire-1", "title": "Berlin warns Moscow", "lang": "en", "published": "2023-06-02", "text": "German Chancellor Olaf Scholz warned Russia on Friday that \"any attack on a NATO member will be answered\". The talks in Brussels went on late into the night."}
{"url": "https://example.com/news/scholz-warns", "title": "Scholz: NATO will answer", "lang": "en", "published": "2023-06-02", "text": "German Chancellor Olaf Scholz warned Russia on Friday that \"any attack on a NATO member will be answered\". Reporters in Berlin were told more would follow. Markets barely moved."}
{"url": "https://example.net/scholz", "title": "Scholz on Russia", "lang": "en", "published": "2023-06-09", "text": "German Chancellor Olaf Scholz warned Russia on Friday that \"any attack on a NATO member will be answered\"."}
"#;
    let (dir, store) = store_of(articles);
    let csv = |args: &[&str]| -> Vec<String> {
        let r = run_in(&store, args, None);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r.stdout.lines().map(str::to_string).collect()
    };
    // counted once, from three articles
    assert_eq!(
        csv(&["query", "top_speakers", "--format", "csv"]),
        ["speaker,statements,articles", "Olaf Scholz,2,3"]
    );
    assert_eq!(
        csv(&["query", "criticism_network", "--format", "csv"])[1..],
        ["Olaf Scholz,warn,NATO,2", "Olaf Scholz,warn,Russia,2"]
    );
    assert_eq!(
        csv(&["query", "country_pairs", "--format", "csv"])[1],
        "DE,RU,2,3"
    );
    // listed once, with its sources
    let sources = |rows: &[String], column: usize| -> Vec<String> {
        rows[1..]
            .iter()
            .map(|l| l.split(',').nth(column).unwrap().to_string())
            .collect()
    };
    let by = csv(&[
        "query",
        "statements_by",
        "--param",
        "actor=Scholz",
        "--format",
        "csv",
    ]);
    assert_eq!(
        by[0],
        "date,speaker,speech_act,said,article,sources,statement"
    );
    assert_eq!(sources(&by, 5), ["2", "1"]);
    let timeline = csv(&["timeline", "--actor", "Scholz", "--format", "csv"]);
    assert_eq!(sources(&timeline, 6), ["2", "1"]);
    let json = run_in(&store, &["timeline", "--format", "json"], None).stdout;
    assert!(json.contains("\"sources\": 2"), "{json}");
    // one edge a statement and target, with its sources
    let out = dir.path().join("csv");
    let r = run_in(
        &store,
        &[
            "export",
            "--format",
            "csv",
            "--output",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let edges = std::fs::read_to_string(out.join("edges.csv")).unwrap();
    let edges: Vec<&str> = edges.lines().collect();
    assert_eq!(edges.len(), 5, "{edges:?}");
    let column = edges[0].split(',').position(|c| c == "sources").unwrap();
    let counts: Vec<&str> = edges[1..]
        .iter()
        .map(|l| l.split(',').nth(column).unwrap())
        .collect();
    assert_eq!(counts, ["2", "1", "2", "1"]);
}
