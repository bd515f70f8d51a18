//! The one place where Parley builds SPARQL from parts: the statement listings of `export` and
//! `timeline` (which start from the index a filter names, something a fixed `.rq` text cannot
//! choose), the batch lookup of statements' targets, and the name lookups of `resolve`. Values
//! enter only as terms written by Oxigraph (`NamedNode`, `Literal`), never as raw text: an IRI that
//! is not one is left out, an ISO code keeps its letters and digits only. Output: query text for
//! [`super::select`]. The catalogue's queries (`queries/*.rq`) bind their parameters with
//! [`super::prepare`] instead.

use std::collections::BTreeSet;

use oxigraph::model::{Literal, NamedNode};

/// The prefixes of every built query.
const PREFIXES: &str = r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"##;

/// What a statement said and where: `?said` (its quote, else its content, else empty) and
/// `?article` (the url of its article `?a`, else the article's IRI).
const SAID_AND_ARTICLE: &str = r##"
  OPTIONAL { ?statement parley:quote ?q }
  OPTIONAL { ?statement parley:content ?c }
  BIND(COALESCE(?q, ?c, "") AS ?said)
  OPTIONAL { ?a schema:url ?url }
  BIND(STR(COALESCE(?url, ?a)) AS ?article)
"##;

/// A statement's key (`?k`): the same statement in several articles has one (see
/// `rdf::mapping::statement_key`); a statement without one is its own.
const KEY: &str = r##"
  OPTIONAL { ?statement parley:statementKey ?skey }
  BIND(COALESCE(?skey, STR(?statement)) AS ?k)
"##;

/// The statements a listing keeps, as the indexes that can find them: actors (IRIs), a country
/// (ISO code), a date window (`YYYY-MM-DD`), a speech act (its English name).
#[derive(Debug, Clone, Copy, Default)]
pub struct Selection<'a> {
    pub actor: Option<&'a BTreeSet<String>>,
    pub country: Option<&'a str>,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    pub speech_act: Option<&'a str>,
}

/// IRIs as SPARQL terms separated by spaces, for a `VALUES` block (what is not an IRI is left out).
fn iris<'a>(iris: impl IntoIterator<Item = &'a String>) -> String {
    iris.into_iter()
        .filter_map(|i| NamedNode::new(i.as_str()).ok())
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A country given as an ISO code, as a SPARQL term (`<…/country/RU>`).
fn country(code: &str) -> String {
    let code: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("<{}>", crate::rdf::ids::country_iri(&code))
}

/// The statements of a closed date window, read from the index of dates: those said on a day of
/// the window, and those of unknown day whose article was published on one (the caller still
/// checks each date). `None` for an open window or one wider than `query::MAX_INDEXED_DAYS`: the
/// caller then reads every statement. Not a subquery: Oxigraph would then read every statement
/// of the store and join (one day of 1M statements: 19 s, against 3.3 s).
fn date_window(from: Option<&str>, to: Option<&str>) -> Option<String> {
    let days = super::days_between(from?, to?)?;
    let days: Vec<String> = days.iter().map(|d| d.to_string()).collect();
    Some(format!(
        r#"VALUES ?day {{ {} }}
  {{ ?statement parley:date ?day }}
  UNION
  {{ ?dayArticle schema:datePublished ?day . ?statement prov:wasDerivedFrom ?dayArticle .
     FILTER NOT EXISTS {{ ?statement parley:date ?saidDay }} }}
"#,
        days.join(" ")
    ))
}

/// The pattern that reads one speech act's statements from its index, when `name` names one (an
/// unknown name gives none: the caller's filter then keeps nothing).
fn speech_act(name: Option<&str>) -> String {
    name.and_then(crate::extract::SpeechAct::from_name)
        .map(|act| {
            format!(
                "?statement parley:speechAct <{}> .\n",
                crate::rdf::vocab::speech_act_iri(act)
            )
        })
        .unwrap_or_default()
}

/// The network's statements (one row per statement and target; with `untargeted`, one row for
/// each statement without a target, which makes no edge but counts as made, read with only what
/// the filters need), starting from the index the selection names: an actor's statements made or
/// received, a country's, a date window's, one speech act's; without one, the target index (the
/// speaker index for `untargeted`).
pub fn network_statements(selection: &Selection<'_>, untargeted: bool) -> String {
    let mut head = String::new();
    if let Some(set) = selection.actor {
        head.push_str(&format!(
            "VALUES ?x {{ {} }} {{ ?statement parley:speaker ?x }} UNION {{ ?statement parley:target ?x }}\n",
            iris(set)
        ));
    }
    if let Some(code) = selection.country {
        let c = country(code);
        head.push_str(&format!(
            "{{ ?statement parley:speakerCountry {c} }} UNION {{ ?statement parley:targetCountry {c} }}\n"
        ));
    }
    if head.is_empty() {
        head.push_str(&date_window(selection.from, selection.to).unwrap_or_default());
    }
    head.push_str(&speech_act(selection.speech_act));
    if untargeted {
        return format!(
            r##"{PREFIXES}
SELECT ?statement ?g ?s ?act ?date ?lang ?k WHERE {{
  {head}
  GRAPH ?g {{ ?statement parley:speaker ?s }}
  FILTER NOT EXISTS {{ ?statement parley:target ?anyTarget }}
  ?statement parley:speechAct ?actIri ; prov:wasDerivedFrom ?a .
  {KEY}
  BIND(STRAFTER(STR(?actIri), "#") AS ?act)
  OPTIONAL {{ ?statement parley:date ?d }}
  OPTIONAL {{ ?a schema:datePublished ?p }}
  BIND(STR(COALESCE(?d, ?p, "")) AS ?date)
  OPTIONAL {{ ?a schema:inLanguage ?l }}
  BIND(COALESCE(?l, "") AS ?lang)
}}"##
        );
    }
    format!(
        r##"{PREFIXES}
SELECT ?statement ?g ?s ?t ?act ?cameo ?date ?said ?article ?lang ?k WHERE {{
  {head}
  GRAPH ?g {{ ?statement parley:target ?t }}
  ?statement parley:speaker ?s ; parley:speechAct ?actIri ; prov:wasDerivedFrom ?a .
  {KEY}
  BIND(STRAFTER(STR(?actIri), "#") AS ?act)
  OPTIONAL {{ ?actIri skos:notation ?cameo FILTER(DATATYPE(?cameo) = parley:cameo) }}
  OPTIONAL {{ ?statement parley:date ?d }}
  OPTIONAL {{ ?a schema:datePublished ?p }}
  BIND(STR(COALESCE(?d, ?p, "")) AS ?date)
  {SAID_AND_ARTICLE}
  OPTIONAL {{ ?a schema:inLanguage ?l }}
  BIND(COALESCE(?l, "") AS ?lang)
}}"##
    )
}

/// What a timeline keeps, as indexes: statements made by actors or a country, about actors or a
/// country, in a date window, of one speech act.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimelineSelection<'a> {
    pub speakers: Selection<'a>,
    pub about: Option<&'a BTreeSet<String>>,
    pub about_country: Option<&'a str>,
}

/// The statements of a timeline, starting from an index: the speakers, the speaker's country, the
/// targets or the targets' country, or else the days of a date window; everything else is looked
/// up statement by statement. Also says whether the query reads the targets too (else they are
/// read by [`targets`], from the article graph `?g` each row gives).
pub fn timeline_statements(selection: &TimelineSelection<'_>) -> (String, bool) {
    let mut head = String::new();
    for (var, property, set) in [
        ("?s", "parley:speaker", selection.speakers.actor),
        ("?about", "parley:target", selection.about),
    ] {
        if let Some(set) = set {
            head.push_str(&format!(
                "VALUES {var} {{ {} }} ?statement {property} {var} .\n",
                iris(set)
            ));
        }
    }
    for (property, code) in [
        ("parley:speakerCountry", selection.speakers.country),
        ("parley:targetCountry", selection.about_country),
    ] {
        if let Some(code) = code {
            head.push_str(&format!("?statement {property} {} .\n", country(code)));
        }
    }
    // with no actor nor country, a closed date window is read from the index of dates
    let mut inline_targets = true;
    if head.is_empty() {
        if let Some(window) = date_window(selection.speakers.from, selection.speakers.to) {
            head.push_str(&window);
            inline_targets = false;
        }
    }
    // the graph is projected only to read the targets afterwards: its IRI costs a lookup a row
    let (target_vars, target_pattern) = if inline_targets {
        (
            " ?t ?tn",
            "OPTIONAL { GRAPH ?g { ?statement parley:target ?t . ?t schema:name ?tn } }",
        )
    } else {
        (" ?g", "")
    };
    // a speech act is an index too (the filter after still applies: an unknown name keeps nothing)
    head.push_str(&speech_act(selection.speakers.speech_act));
    let text = format!(
        r##"{PREFIXES}
SELECT ?statement ?sp ?sn ?act ?d ?p ?said ?article ?headline ?lang ?k{target_vars} WHERE {{
  {head}
  # the statement in its article's graph, with the names that article gives (?sp, not the ?s of
  # an actor filter: a bound ?s would make Oxigraph start from every graph that names the actor)
  GRAPH ?g {{
    ?statement parley:speaker ?sp ; parley:speechAct ?actIri ; prov:wasDerivedFrom ?a .
    ?sp schema:name ?sn .
  }}
  BIND(STRAFTER(STR(?actIri), "#") AS ?act)
  OPTIONAL {{ ?statement parley:date ?d }}
  OPTIONAL {{ ?a schema:datePublished ?p }}
  {SAID_AND_ARTICLE}
  {KEY}
  OPTIONAL {{ ?a schema:headline ?headline }}
  OPTIONAL {{ ?a schema:inLanguage ?lang }}
  {target_pattern}
}}"##
    );
    (text, inline_targets)
}

/// The targets (`?t`) and their names (`?tn`) of statements, each given with its article graph
/// (pairs that are not IRIs are left out).
pub fn targets(statements: &[(&str, &str)]) -> String {
    let values: Vec<String> = statements
        .iter()
        .filter_map(|(s, g)| {
            let s = NamedNode::new(*s).ok()?;
            let g = NamedNode::new(*g).ok()?;
            Some(format!("({s} {g})"))
        })
        .collect();
    format!(
        r##"{PREFIXES}
SELECT ?statement ?t ?tn WHERE {{
  VALUES (?statement ?g) {{ {} }}
  GRAPH ?g {{ ?statement parley:target ?t . ?t schema:name ?tn }}
}}"##,
        values.join(" ")
    )
}

/// Every actor of the store (`?n`) with its smallest name (`?label`), one row per actor.
pub const ACTORS: &str = r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
SELECT ?n (MIN(STR(?name)) AS ?label) WHERE {
  # one article graph at a time: an actor is described in every article that names it, and joining
  # its descriptions across graphs would multiply them
  GRAPH ?g {
    ?n a ?type ; schema:name ?name .
    VALUES ?type { parley:Person parley:Organisation parley:Country }
  }
} GROUP BY ?n"##;

/// One row when the store has `parley:nameKey` (articles ingested since name keys were written).
pub const HAS_NAME_KEYS: &str = r##"
PREFIX parley: <https://w3id.org/parley/ns#>
SELECT ?n WHERE { ?n parley:nameKey ?k } LIMIT 1"##;

/// The actors with the name key `key` (see `rdf::mapping::name_key`), with their smallest name,
/// as [`ACTORS`] gives them. The key is a term in a subquery, which `prepare` would not bind.
pub fn actors_with_key(key: &str) -> String {
    let key = Literal::new_simple_literal(key);
    format!(
        r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
SELECT ?n (MIN(STR(?name)) AS ?label) WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{ ?n parley:nameKey {key} }} }}
  GRAPH ?g {{ ?n schema:name ?name }}
}} GROUP BY ?n"##
    )
}

/// The entities named `?label` exactly (bound with `prepare`).
pub const NAMED: &str =
    "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE { ?n schema:name ?label }";

/// The languages (`?l`) of the store's articles.
pub const LANGUAGES: &str =
    "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?l WHERE { ?a schema:inLanguage ?l }";
