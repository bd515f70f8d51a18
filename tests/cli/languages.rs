//! A language is data: Spanish, added with `--lexicon` files alone (ontology/README.md, "Adding a
//! language"), is read like French and English.

use super::*;

const ES_CUES: &str = "lang\tlemma\tspeech_act\tkind\tform
es\tdenunciar\tcriticize\tfinite\tdenunció
es\tdenunciar\tcriticize\tfinite\tdenuncia
es\tdenunciar\tcriticize\tparticiple\tdenunciado
es\tdenunciar\tcriticize\tgerund\tdenunciando
es\tdeclarar\tsay\tfinite\tdeclaró
es\tdeclarar\tsay\tparticiple\tdeclarado
es\tadvertir\twarn\tfinite\tadvirtió
es\tsegún\tsay\tpreposition\tsegún
";

const ES_WORDS: &str = "lang\tclass\tform
es\tdeterminer\tel
es\tdeterminer\tla
es\tdeterminer\tlos
es\tdeterminer\tlas
es\tdefinite\tel
es\tdefinite\tla
es\tfunction\tEl
es\tfunction\tLa
es\tfunction\tLos
es\tfunction\tLas
es\taux\tha
es\taux\than
es\taux-pluperfect\thabía
es\taux\thabía
es\tof\tde
es\tof\tdel
es\tpreposition\ten
es\tpreposition\ta
es\trelative\tque
es\tcomplementizer\tque
es\tpronoun\tél
es\tpronoun\tella
es\trole\tministro
es\trole\tpresidente
";

const ES_CALENDAR: &str = "lang\tkind\tnumber\tforms
es\tweekday\t1\tlunes
es\tweekday\t5\tviernes
es\tweekday\t6\tsábado
es\trelative\t1\tayer
";

const ES_COUNTRIES: &str = "iso2\tlang\tkind\tform
RU\tes\tname\tRusia
RU\tes\tadjective\truso
RU\tes\tadjective\trusa
";

const ES_ACTORS: &str = "key\tlabel\tnames\tshort\tcountry\trole\tstart\tend
sergey-lavrov\tSerguéi Lavrov\tSerguéi Lavrov\tLavrov\tRU\tforeign minister\t2004-03-09\t
";

#[test]
fn a_third_language_is_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["extract".into(), "--format".into(), "jsonl".into()];
    for (name, data) in [
        ("es-cues.tsv", ES_CUES),
        ("es-words.tsv", ES_WORDS),
        ("es-calendar.tsv", ES_CALENDAR),
        ("es-countries.tsv", ES_COUNTRIES),
        ("es-actors.tsv", ES_ACTORS),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, data).unwrap();
        args.extend(["--lexicon".into(), path.display().to_string()]);
    }
    let article = dir.path().join("lavrov.txt");
    std::fs::write(
        &article,
        "Moscú responde a Washington\n\nEl ministro ruso de Asuntos Exteriores, Serguéi Lavrov, \
         denunció el viernes las declaraciones de Antony Blinken.\n",
    )
    .unwrap();
    args.extend(
        ["--lang", "es", "--published", "2022-01-08"]
            .iter()
            .map(|s| s.to_string()),
    );
    args.push(article.display().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = cli_out(dir.path(), &args);
    let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let statements = record["statements"].as_array().unwrap();
    assert_eq!(statements.len(), 1, "{out}");
    let s = &statements[0];
    assert_eq!(s["speaker"]["label"], "Serguéi Lavrov", "{s}");
    assert_eq!(s["speaker"]["country"], "RU");
    // the Spanish name joins the actor of the built-in gazetteer
    assert_eq!(
        s["speaker"]["iri"],
        "https://w3id.org/parley/id/person/sergey-lavrov"
    );
    assert_eq!(s["cue"], "denunciar");
    assert_eq!(s["speech_act"], "criticize");
    assert_eq!(s["cameo"], "111");
    assert_eq!(s["mode"], "indirect");
    assert_eq!(s["date"], "2022-01-07", "viernes before Saturday 8 January");
    let targets: Vec<&str> = s["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["label"].as_str().unwrap())
        .collect();
    assert_eq!(targets, ["Antony Blinken"]);
    // without the Spanish data, nothing is read from the same article
    let bare = cli_out(
        dir.path(),
        &[
            "extract",
            "--format",
            "jsonl",
            "--lang",
            "es",
            article.to_str().unwrap(),
        ],
    );
    let record: serde_json::Value = serde_json::from_str(bare.trim()).unwrap();
    assert_eq!(record["statements"].as_array().map(Vec::len), Some(0));
}

/// Extraction is linear in the text whatever its shape: an article of 2 MB of reporting verbs and
/// names with no full stop (which took minutes) is read like any other, and what it reports is
/// still found. (Its speed is measured by the `pathological` benchmark, not here.)
#[test]
fn two_megabytes_without_a_full_stop_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Titre\n\n");
    let words = [
        "Emmanuel Macron a déclaré",
        "« bien »",
        "selon le ministre",
        "Xavier Dupont a dit que",
        "M. Leblanc a ajouté",
        ",",
        "la France a prévenu",
    ];
    let mut k = 0usize;
    while text.len() < 2_000_000 {
        text.push_str(words[k % words.len()]);
        text.push(' ');
        k = k.wrapping_mul(31).wrapping_add(7) % 1_000_003;
    }
    let path = dir.path().join("long.txt");
    std::fs::write(&path, text).unwrap();
    let out = cli_out(
        dir.path(),
        &[
            "extract",
            "--format",
            "jsonl",
            "--lang",
            "fr",
            path.to_str().unwrap(),
        ],
    );
    let record: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(record["statements"].as_array().map_or(0, Vec::len) > 1000);
}
