//! SPARQL queries: the catalogue of named queries (`queries/*.rq`, embedded in the binary) and
//! preparing a query with parameters bound as RDF terms (`substitute_variable`, never string
//! pasting). Each catalogue file starts with `#+ summary:` and `#+ params:` comment lines; a
//! parameter is `name:type`, `name?:type` when optional, with type one of string, date, integer,
//! iri, term (N-Triples syntax).

use std::collections::BTreeMap;
use std::str::FromStr;

use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, NamedNode, Term};
use thiserror::Error;

use crate::rdf::vocab;

pub mod build;
mod prepare;
mod rows;

pub use prepare::{prepare, prepare_with, Prepared};
pub use rows::{one_per_key, select, term_text, text};

/// The parameter every query may read, declared or not: the language actors are labelled in
/// (`--label-lang`; the catalogue queries read `?label_lang`).
pub const LABEL_LANG: &str = "label_lang";

/// The catalogue: (name, text), sorted by name. A test checks it lists every file of `queries/`.
pub const CATALOGUE: &[(&str, &str)] = &[
    (
        "article_sources",
        include_str!("../../queries/article_sources.rq"),
    ),
    (
        "article_statements",
        include_str!("../../queries/article_statements.rq"),
    ),
    ("articles", include_str!("../../queries/articles.rq")),
    (
        "articles_published_between",
        include_str!("../../queries/articles_published_between.rq"),
    ),
    (
        "countries_mentioned",
        include_str!("../../queries/countries_mentioned.rq"),
    ),
    (
        "country_pairs",
        include_str!("../../queries/country_pairs.rq"),
    ),
    (
        "criticism_network",
        include_str!("../../queries/criticism_network.rq"),
    ),
    ("dyad", include_str!("../../queries/dyad.rq")),
    ("languages", include_str!("../../queries/languages.rq")),
    (
        "statements_about",
        include_str!("../../queries/statements_about.rq"),
    ),
    (
        "statements_by",
        include_str!("../../queries/statements_by.rq"),
    ),
    ("timeline", include_str!("../../queries/timeline.rq")),
    (
        "top_speakers",
        include_str!("../../queries/top_speakers.rq"),
    ),
    ("top_targets", include_str!("../../queries/top_targets.rq")),
    (
        "who_said_what_about_whom",
        include_str!("../../queries/who_said_what_about_whom.rq"),
    ),
];

#[derive(Debug, Error)]
pub enum QueryError {
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    #[error("--param {0}: expected NAME=VALUE")]
    ParamSyntax(String),
    #[error("--param {name}: {reason}")]
    ParamValue { name: String, reason: String },
    #[error("query {query} has no parameter {name} (it takes: {takes})")]
    UnknownParam {
        query: String,
        name: String,
        takes: String,
    },
    #[error("query {query} needs --param {name}=… ({kind})")]
    MissingParam {
        query: String,
        name: String,
        kind: String,
    },
}

/// Whether `text` is a SPARQL UPDATE rather than a query.
/// Why a query or update may not run: SERVICE and LOAD would make Parley fetch a URL, which it
/// never does (a server would become a proxy to whatever it can reach). `None` when neither
/// appears, or when the text is not SPARQL (its syntax error is reported elsewhere).
pub fn outside_reach(text: &str) -> Option<&'static str> {
    let parser = spargebra::SparqlParser::new();
    let sse = match parser.clone().parse_query(text) {
        Ok(q) => q.to_sse(),
        Err(_) => parser.parse_update(text).ok()?.to_sse(),
    };
    // the algebra as an S-expression: an operator is `(name `, anywhere but inside a string
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in sse.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' if !in_string => {
                let rest = &sse[i + 1..];
                if rest.starts_with("service ") {
                    return Some(
                        "SERVICE is not allowed: Parley answers from its own store and fetches no \
                         other endpoint",
                    );
                }
                if rest.starts_with("load ") {
                    return Some(
                        "LOAD is not allowed: Parley fetches no URL; download the file and give it \
                         to `parley load`",
                    );
                }
            }
            _ => {}
        }
    }
    None
}

pub fn is_update(text: &str) -> bool {
    spargebra::SparqlParser::new().parse_query(text).is_err()
        && spargebra::SparqlParser::new().parse_update(text).is_ok()
}

/// The type of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    Date,
    Integer,
    Iri,
    Term,
    /// A person, organisation or country: given as a name, a surname, an ISO code or an IRI, and
    /// resolved against the store before the query runs (see `export::resolve_actor`).
    Actor,
    /// A country: an ISO code, a name or an IRI, resolved like an actor.
    Country,
    /// An article: its url, id or IRI, resolved to the article's IRI.
    Article,
    /// A speech act class by its English name (`criticize`), bound to its IRI (`parley:criticize`).
    Act,
    /// A language of the store's articles (`fr`, `FR`, `French`), bound to its tag (`"fr"`).
    Language,
}

impl ParamType {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "string" => ParamType::String,
            "date" => ParamType::Date,
            "integer" => ParamType::Integer,
            "iri" => ParamType::Iri,
            "term" => ParamType::Term,
            "actor" => ParamType::Actor,
            "country" => ParamType::Country,
            "article" => ParamType::Article,
            "act" => ParamType::Act,
            "language" => ParamType::Language,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ParamType::String => "string",
            ParamType::Date => "date",
            ParamType::Integer => "integer",
            ParamType::Iri => "iri",
            ParamType::Term => "term",
            ParamType::Actor => "actor",
            ParamType::Country => "country",
            ParamType::Article => "article",
            ParamType::Act => "act",
            ParamType::Language => "language",
        }
    }

    /// The RDF term for a value given on the command line.
    pub fn term(self, value: &str) -> Result<Term, String> {
        match self {
            ParamType::String => Ok(Literal::new_simple_literal(value).into()),
            ParamType::Date => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map(|d| Literal::new_typed_literal(d.to_string(), xsd::DATE).into())
                .map_err(|_| format!("{value:?} is not a date (YYYY-MM-DD)")),
            ParamType::Integer => value
                .parse::<i64>()
                .map(|i| Literal::from(i).into())
                .map_err(|_| format!("{value:?} is not an integer")),
            // actors, countries and articles arrive here resolved to their IRI
            ParamType::Iri | ParamType::Actor | ParamType::Country | ParamType::Article => {
                NamedNode::new(value.trim_start_matches('<').trim_end_matches('>'))
                    .map(Term::from)
                    .map_err(|e| format!("{value:?} is not an IRI: {e}"))
            }
            ParamType::Act => crate::extract::SpeechAct::parse(value)
                .map(|act| NamedNode::new_unchecked(vocab::speech_act_iri(act)).into())
                .map_err(|hint| format!("no speech act {value:?}{hint}")),
            // resolved against the store's languages before (see `cli::query::resolve_names`)
            ParamType::Language => Ok(Literal::new_simple_literal(
                crate::article::lang::normalize(value).unwrap_or_default(),
            )
            .into()),
            ParamType::Term => Term::from_str(value)
                .map_err(|e| format!("{value:?} is not an N-Triples term: {e}")),
        }
    }
}

/// A declared parameter of a catalogue query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub kind: ParamType,
    pub optional: bool,
}

/// A named query of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedQuery {
    pub name: &'static str,
    pub summary: String,
    pub params: Vec<Param>,
    /// Variables computed from the parameters (`#+ derive: key = dyad(a, b)`), bound as
    /// constants too so that Oxigraph starts from the index they name.
    pub derived: Vec<Derived>,
    pub text: &'static str,
}

/// A variable computed from two parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    pub name: String,
    pub function: DeriveFn,
    pub of: (String, String),
}

/// What a `#+ derive:` line computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeriveFn {
    /// `dyad(a, b)`: the `parley:dyad` key of the two countries (ISO codes in order: "JP-US"),
    /// bound as a constant.
    Dyad,
    /// `days(from, to)`: every day of the window, written into the query's empty `VALUES ?name {}`
    /// so that Oxigraph looks each day up in the index of dates instead of reading the whole index
    /// through a filter. A window wider than [`MAX_INDEXED_DAYS`] (or a missing bound) leaves the
    /// `VALUES` out: the query's own filter then does the work.
    Days,
}

/// The widest date window read day by day from the index (about eleven years: 4,000 lookups cost
/// less than reading the index of a large store once).
pub const MAX_INDEXED_DAYS: i64 = 4000;

/// Every day from `from` to `to` (`YYYY-MM-DD`, inclusive) as `xsd:date` literals; `None` when a
/// bound is not a date or the window is wider than [`MAX_INDEXED_DAYS`]. An inverted window has no
/// day.
pub fn days_between(from: &str, to: &str) -> Option<Vec<Literal>> {
    let parse = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let (from, to) = (parse(from)?, parse(to)?);
    if (to - from).num_days() >= MAX_INDEXED_DAYS {
        return None;
    }
    Some(
        from.iter_days()
            .take_while(|d| *d <= to)
            .map(|d| Literal::new_typed_literal(d.to_string(), xsd::DATE))
            .collect(),
    )
}

impl NamedQuery {
    fn parse(name: &'static str, text: &'static str) -> Self {
        let mut summary = String::new();
        let mut params = Vec::new();
        let mut derived = Vec::new();
        for line in text.lines().take_while(|l| l.starts_with('#')) {
            if let Some(s) = line.strip_prefix("#+ summary:") {
                summary = s.trim().to_string();
            } else if let Some(d) = line.strip_prefix("#+ derive:") {
                // NAME = dyad(A, B) | days(A, B)
                let parsed = d.split_once('=').and_then(|(n, f)| {
                    let (function, args) = f.trim().split_once('(')?;
                    let function = match function.trim() {
                        "dyad" => DeriveFn::Dyad,
                        "days" => DeriveFn::Days,
                        _ => return None,
                    };
                    let (a, b) = args.strip_suffix(')')?.split_once(',')?;
                    Some(Derived {
                        name: n.trim().to_string(),
                        function,
                        of: (a.trim().to_string(), b.trim().to_string()),
                    })
                });
                derived.extend(parsed);
            } else if let Some(p) = line.strip_prefix("#+ params:") {
                for item in p.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                    let (n, t) = item.split_once(':').unwrap_or((item, "string"));
                    let optional = n.ends_with('?');
                    params.push(Param {
                        name: n.trim_end_matches('?').trim().to_string(),
                        kind: ParamType::parse(t.trim()).unwrap_or(ParamType::String),
                        optional,
                    });
                }
            }
        }
        NamedQuery {
            name,
            summary,
            params,
            derived,
            text,
        }
    }

    /// `name:type`, `name?:type` for the listing.
    pub fn params_display(&self) -> String {
        self.params
            .iter()
            .map(|p| {
                format!(
                    "{}{}:{}",
                    p.name,
                    if p.optional { "?" } else { "" },
                    p.kind.as_str()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The whole catalogue, parsed.
pub fn catalogue() -> Vec<NamedQuery> {
    CATALOGUE
        .iter()
        .map(|(n, t)| NamedQuery::parse(n, t))
        .collect()
}

/// A catalogue query by name.
pub fn named(name: &str) -> Option<NamedQuery> {
    CATALOGUE
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, t)| NamedQuery::parse(n, t))
}

/// Splits `NAME=VALUE` arguments.
pub fn parse_params(args: &[String]) -> Result<BTreeMap<String, String>, QueryError> {
    args.iter()
        .map(|a| {
            a.split_once('=')
                .filter(|(k, _)| !k.trim().is_empty())
                .map(|(k, v)| (k.trim().trim_start_matches('?').to_string(), v.to_string()))
                .ok_or_else(|| QueryError::ParamSyntax(a.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn service_and_load_are_out_of_reach_wherever_they_are() {
        for refused in [
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://e/> { ?s ?p 1 } } }",
            "INSERT { ?s ?p ?o } WHERE { SERVICE <http://e/> { ?s ?p ?o } }",
        ] {
            assert!(
                outside_reach(refused).unwrap().starts_with("SERVICE"),
                "{refused}"
            );
        }
        assert!(
            outside_reach("LOAD <http://example.org/data.ttl> INTO GRAPH <urn:g>")
                .unwrap()
                .starts_with("LOAD")
        );
        for fine in [
            "SELECT * WHERE { ?s ?p \"(service \" }",
            "SELECT * WHERE { ?s ?p \"a \\\" (load x\" }",
            "INSERT DATA { <urn:a> <urn:b> \"(load \" }",
            "not sparql",
        ] {
            assert_eq!(outside_reach(fine), None, "{fine}");
        }
    }

    #[test]
    fn a_dyad_is_looked_up_by_its_key() {
        assert_eq!(
            crate::rdf::ids::dyad_key(
                "https://w3id.org/parley/id/country/US",
                "https://w3id.org/parley/id/country/JP"
            ),
            "JP-US"
        );
        assert_eq!(
            crate::rdf::ids::dyad_key("jp", "us"),
            crate::rdf::ids::dyad_key("US", "JP")
        );
        let q = named("dyad").unwrap();
        assert_eq!(
            q.derived,
            vec![Derived {
                name: "key".into(),
                function: DeriveFn::Dyad,
                of: ("a".into(), "b".into())
            }]
        );
        let params = BTreeMap::from([
            (
                "a".to_string(),
                "https://w3id.org/parley/id/country/US".to_string(),
            ),
            (
                "b".to_string(),
                "https://w3id.org/parley/id/country/JP".to_string(),
            ),
        ]);
        let prepared = prepare(q.text, Some(&q), &params).unwrap();
        assert!(prepared.hidden.iter().any(|v| v.as_str() == "key"));
    }

    use super::*;

    /// The headlines `articles_published_between` gives for a window, on a store of articles
    /// published on `dates`.
    fn published_between(dates: &[&str], from: &str, to: &str) -> Vec<String> {
        let store = crate::store::ParleyStore::in_memory().unwrap();
        let mut data = String::new();
        for (i, d) in dates.iter().enumerate() {
            data.push_str(&format!(
                "GRAPH <http://example.org/g{i}> {{ <http://example.org/a{i}> <https://schema.org/datePublished> \"{d}\"^^<http://www.w3.org/2001/XMLSchema#date> ; <https://schema.org/headline> \"a{i}\" }}\n"
            ));
        }
        store.update(&format!("INSERT DATA {{ {data} }}")).unwrap();
        let q = named("articles_published_between").unwrap();
        let params = BTreeMap::from([
            ("from".to_string(), from.to_string()),
            ("to".to_string(), to.to_string()),
        ]);
        let prepared = prepare(q.text, Some(&q), &params).unwrap();
        let mut out = Vec::new();
        if let oxigraph::sparql::QueryResults::Solutions(rows) =
            store.evaluate(prepared.query).unwrap()
        {
            for r in rows {
                out.push(crate::query::text(&r.unwrap(), "headline"));
            }
        }
        out
    }

    #[test]
    fn a_date_window_is_read_day_by_day_up_to_eleven_years() {
        let days = days_between("2022-01-30", "2022-02-02").unwrap();
        let days: Vec<&str> = days.iter().map(|d| d.value()).collect();
        assert_eq!(
            days,
            ["2022-01-30", "2022-01-31", "2022-02-01", "2022-02-02"]
        );
        assert_eq!(days_between("2024-02-28", "2024-03-01").unwrap().len(), 3);
        assert!(days_between("2022-02-02", "2022-01-30").unwrap().is_empty());
        assert_eq!(
            days_between("2000-01-01", "2010-12-13").unwrap().len() as i64,
            MAX_INDEXED_DAYS
        );
        assert!(days_between("2000-01-01", "2010-12-14").is_none());
        assert!(days_between("2000-01-01", "soon").is_none());
        let q = named("articles_published_between").unwrap();
        assert_eq!(q.derived[0].function, DeriveFn::Days);
        assert_eq!(q.derived[0].of, ("from".to_string(), "to".to_string()));
    }

    #[test]
    fn a_narrow_and_a_wide_window_give_the_rows_the_filter_gives() {
        let dates = [
            "1987-03-01",
            "1987-03-02",
            "1987-03-02",
            "1999-12-31",
            "2022-01-08",
            "2024-02-29",
        ];
        // day by day (the VALUES filled)
        assert_eq!(
            published_between(&dates, "1987-03-02", "1987-03-02"),
            ["a1", "a2"]
        );
        assert_eq!(
            published_between(&dates, "2022-01-01", "2024-12-31"),
            ["a4", "a5"]
        );
        assert!(published_between(&dates, "1987-03-03", "1987-03-01").is_empty());
        // wider than eleven years: the VALUES left out, the filter reads the index
        assert_eq!(
            published_between(&dates, "1987-03-02", "2022-01-08"),
            ["a1", "a2", "a3", "a4"]
        );
        assert_eq!(
            published_between(&dates, "1900-01-01", "2099-12-31").len(),
            6
        );
    }

    /// `languages` counts from two index scans: each language's articles, and "und" for the
    /// articles without one.
    #[test]
    fn languages_counts_each_language_and_the_articles_without_one() {
        let store = crate::store::ParleyStore::in_memory().unwrap();
        let count = |store: &crate::store::ParleyStore| -> Vec<(String, String)> {
            let q = named("languages").unwrap();
            let prepared = prepare(q.text, Some(&q), &BTreeMap::new()).unwrap();
            let mut out = Vec::new();
            if let oxigraph::sparql::QueryResults::Solutions(rows) =
                store.evaluate(prepared.query).unwrap()
            {
                for r in rows {
                    let r = r.unwrap();
                    out.push((
                        crate::query::text(&r, "lang"),
                        crate::query::text(&r, "articles"),
                    ));
                }
            }
            out
        };
        let article = |i: usize, lang: Option<&str>| {
            let lang = lang
                .map(|l| format!("; <https://schema.org/inLanguage> \"{l}\""))
                .unwrap_or_default();
            format!("GRAPH <http://example.org/g{i}> {{ <http://example.org/a{i}> a <https://schema.org/NewsArticle> {lang} }}\n")
        };
        let data: String = [Some("en"), Some("fr"), Some("en")]
            .iter()
            .enumerate()
            .map(|(i, l)| article(i, *l))
            .collect();
        store.update(&format!("INSERT DATA {{ {data} }}")).unwrap();
        let pair = |l: &str, n: &str| (l.to_string(), n.to_string());
        assert_eq!(count(&store), [pair("en", "2"), pair("fr", "1")]);
        let data: String = (3..5).map(|i| article(i, None)).collect();
        store.update(&format!("INSERT DATA {{ {data} }}")).unwrap();
        assert_eq!(
            count(&store),
            [pair("en", "2"), pair("und", "2"), pair("fr", "1")]
        );
    }

    #[test]
    fn catalogue_lists_every_file_of_queries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".rq"))
            .map(|n| n.trim_end_matches(".rq").to_string())
            .collect();
        files.sort();
        let names: Vec<&str> = CATALOGUE.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, names);
        for q in catalogue() {
            assert!(!q.summary.is_empty(), "{} has no #+ summary:", q.name);
            assert!(
                q.text.contains("#+ params:"),
                "{} has no #+ params:",
                q.name
            );
            let _ = spargebra::SparqlParser::new().parse_query(q.text).unwrap();
        }
    }

    #[test]
    fn params_are_typed() {
        let q = named("articles_published_between").unwrap();
        assert_eq!(q.params_display(), "from:date, to:date");
        let mut params = BTreeMap::new();
        params.insert("from".to_string(), "2022-01-01".to_string());
        let err = prepare(q.text, Some(&q), &params).err().unwrap();
        assert_eq!(
            err.to_string(),
            "query articles_published_between needs --param to=… (date)"
        );
        params.insert("to".to_string(), "soon".to_string());
        let err = prepare(q.text, Some(&q), &params).err().unwrap();
        assert_eq!(
            err.to_string(),
            "--param to: \"soon\" is not a date (YYYY-MM-DD)"
        );
        params.insert("x".to_string(), "1".to_string());
        assert!(prepare(q.text, Some(&q), &params)
            .err()
            .unwrap()
            .to_string()
            .contains("has no parameter x"));
    }

    #[test]
    fn speech_acts_are_named_in_any_case_and_bound_to_their_iri() {
        assert_eq!(
            ParamType::Act.term("Criticize").unwrap().to_string(),
            "<https://w3id.org/parley/ns#criticize>"
        );
        let err = ParamType::Act.term("blame").err().unwrap();
        assert!(err.starts_with("no speech act \"blame\" (speech acts: say, announce, criticize"));
        let err = ParamType::Act.term("critcize").err().unwrap();
        assert_eq!(err, "no speech act \"critcize\"; did you mean criticize?");
        let q = named("who_said_what_about_whom").unwrap();
        assert_eq!(q.params_display(), "act?:act");
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = prepare("SELECT ?x\nWHERE { ?x ?y }", None, &BTreeMap::new())
            .err()
            .unwrap();
        assert!(err.to_string().contains("2:"), "{err}");
    }

    #[test]
    fn param_arguments() {
        let p = parse_params(&["a=b=c".into(), "?x=1".into()]).unwrap();
        assert_eq!(p["a"], "b=c");
        assert_eq!(p["x"], "1");
        assert!(parse_params(&["novalue".into()]).is_err());
    }
}
