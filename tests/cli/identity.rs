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
            "speaker,statements,articles,kind,country",
            "police (BE),1,1,organisation,BE",
            "police (FR),1,1,organisation,FR"
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
        [
            "speaker,statements,articles,kind,country",
            "Olaf Scholz,2,3,person,DE"
        ]
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

/// A store built from real news: `winer-fr`, `wikinews-en` and `examples/`, as the README builds it.
fn corpus_store() -> Option<(tempfile::TempDir, std::path::PathBuf)> {
    let winer = shared("corpus/winer-fr")?;
    let csv = shared("corpus/wikinews-en")?;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let examples = root().join("examples");
    let r = run_in(
        &store,
        &[
            "ingest",
            "--include",
            "*.txt",
            "--include",
            "*.csv",
            "--include",
            "*.jsonl",
            "--include",
            "*.html",
            winer.to_str().unwrap(),
            csv.to_str().unwrap(),
            examples.to_str().unwrap(),
        ],
        None,
    );
    assert!(r.stderr.contains("read 1148 articles"), "{}", r.stderr);
    Some((dir, store))
}

/// The persons and organisations of a store, with each of their names.
fn actors_of(store: &Path) -> Vec<(String, String)> {
    let q = "PREFIX schema: <https://schema.org/>
        SELECT DISTINCT ?a ?name WHERE { GRAPH ?g { ?a schema:name ?name }
          FILTER(STRSTARTS(STR(?a), \"https://w3id.org/parley/id/person/\")
              || STRSTARTS(STR(?a), \"https://w3id.org/parley/id/organisation/\")) }";
    let r = run_in(store, &["query", "--format", "tsv", q], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<(String, String)> = r
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| {
            let (iri, name) = l.split_once('\t')?;
            let iri = iri.trim_matches(|c| c == '<' || c == '>');
            let name = name.trim_matches('"');
            Some((iri.to_string(), name.to_string()))
        })
        .collect();
    assert!(rows.len() > 1000, "{} actors", rows.len());
    rows
}

/// The one-word forms of word classes of the extraction data.
fn word_class(classes: &[&str]) -> BTreeSet<String> {
    let data = std::fs::read_to_string(root().join("ontology/extraction-words.tsv")).unwrap();
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.len() >= 3 && classes.contains(&c[1]) && !c[2].contains(' '))
                .then(|| c[2].to_lowercase())
        })
        .collect()
}

#[test]
fn a_corpus_store_has_one_node_per_actor_and_no_description_for_a_name() {
    let Some((_dir, store)) = corpus_store() else {
        return;
    };
    let actors = actors_of(&store);
    // no two actor IRIs equal once folded, whatever their kind (a person Facebook and an
    // organisation Facebook, François Fillon and Francois Fillon)
    let mut by_fold: std::collections::BTreeMap<String, BTreeSet<&str>> = Default::default();
    for (iri, _) in &actors {
        let key = iri.rsplit('/').next().unwrap_or_default();
        // accents and case aside, as the reference scorer folds names
        by_fold
            .entry(parley::text::fold(key))
            .or_default()
            .insert(iri);
    }
    let split: Vec<_> = by_fold.values().filter(|v| v.len() > 1).collect();
    assert!(split.is_empty(), "actors split across IRIs: {split:?}");
    // persons of five words or more are named, not described: each of their names has capitalised
    // words and particles only, none a role, an organisation head or a document's head
    let particles = word_class(&["particle"]);
    let not_names = word_class(&["role", "orghead", "document"]);
    let is_name = |name: &str| {
        name.split([' ', '-']).filter(|w| !w.is_empty()).all(|w| {
            let low = w.to_lowercase();
            let bare = low.trim_start_matches("d'").trim_start_matches("l'");
            (w.chars().next().is_some_and(char::is_uppercase) || particles.contains(bare))
                && !not_names.contains(&low)
        })
    };
    let long: BTreeSet<&str> = actors
        .iter()
        .filter(|(iri, _)| iri.contains("/id/person/"))
        .filter(|(iri, _)| {
            iri.rsplit('/')
                .next()
                .unwrap_or_default()
                .split('-')
                .count()
                >= 5
        })
        .map(|(iri, _)| iri.as_str())
        .collect();
    for iri in &long {
        let names: Vec<&str> = actors
            .iter()
            .filter(|(a, _)| a == iri)
            .map(|(_, n)| n.as_str())
            .collect();
        assert!(
            names.iter().all(|n| is_name(n)),
            "{iri} is no person's name: {names:?}"
        );
    }
}

#[test]
fn the_readme_lists_the_top_speakers_of_the_corpus_store() {
    let Some((_dir, store)) = corpus_store() else {
        return;
    };
    let r = run_in(&store, &["query", "top_speakers", "--format", "csv"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // the README wraps its list: one line of it, entries joined by " · "
    let readme = std::fs::read_to_string(root().join("README.md"))
        .unwrap()
        .replace(" ·\n", " · ");
    let rows: Vec<String> = r
        .stdout
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split(',').collect();
            let country = if c[4].is_empty() { "—" } else { c[4] };
            format!("{} ({}, {}) {}", c[0], c[3], country, c[1])
        })
        .collect();
    assert_eq!(rows.len(), 50);
    let missing: Vec<&String> = rows
        .iter()
        .filter(|row| !readme.contains(row.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "the README's top speakers differ from the store's: {missing:#?}"
    );
    // every one a real actor of its kind, a person with a country unless its articles give none
    let countryless: Vec<&String> = rows
        .iter()
        .filter(|row| row.contains("(person, —)"))
        .collect();
    assert!(countryless.len() <= 3, "{countryless:#?}");
}
