//! Exports of the statement network: nodes are actors and countries, edges are statements from a
//! speaker to each of its targets (or, aggregated, one edge per speaker, target and speech act).
//! Degree and PageRank are computed with petgraph; `made` and `received` count statements (a
//! statement with two targets is one statement made, and one received by each target; a statement
//! without a target counts as made, and makes no edge). Writers: GraphML (typed keys, XML-escaped,
//! IRIs in data fields because node ids must be NMTOKENs; `weight` on edges), GEXF (dynamic: node
//! and edge spans; `viz` colours by kind and sizes by statements, so that Gephi shows a readable
//! graph before any styling), DOT, CSV (nodes and edges, as Gephi's spreadsheet import reads them)
//! and JSON (nodes and links, as d3 and Cytoscape.js read them).
//! Output is deterministic: nodes sorted by IRI, edges by speaker, target, date, statement.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use petgraph::graph::{DiGraph, NodeIndex};

use crate::rdf::vocab as v;
use crate::store::{ParleyStore, StoreError};

/// Which statements to export, and how.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: Option<String>,
    pub to: Option<String>,
    /// ISO code: statements whose speaker or a target belongs to that country.
    pub country: Option<String>,
    /// Statements whose speaker or a target is one of these actors (IRIs, see `resolve_actor`).
    pub actor: Option<BTreeSet<String>>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
    /// One edge per (speaker, target, speech act), with a count and first/last dates.
    pub aggregate: bool,
    /// Fold actors into their countries.
    pub by_country: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub iri: String,
    pub label: String,
    pub kind: String,
    pub country: String,
    pub role: String,
    /// Statements made (with a target or not) and received, as the export's filter keeps them.
    pub made: u64,
    pub received: u64,
    pub degree: u64,
    pub pagerank: f64,
    /// The dates of its first and last statement, made or received (empty when none is dated).
    pub first: String,
    pub last: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub source: usize,
    pub target: usize,
    pub speech_act: String,
    pub cameo: String,
    pub date: String,
    pub last_date: String,
    pub count: u64,
    pub said: String,
    pub article: String,
    pub statement: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

struct Row {
    statement: String,
    /// The statement's article graph, where its speaker and targets are described.
    graph: String,
    speaker: String,
    target: String,
    act: String,
    cameo: String,
    date: String,
    said: String,
    article: String,
    lang: String,
}

/// IRIs as SPARQL terms separated by spaces, for a `VALUES` block (what is not an IRI is left out).
pub(crate) fn sparql_iris<'a>(iris: impl IntoIterator<Item = &'a String>) -> String {
    iris.into_iter()
        .filter_map(|i| oxigraph::model::NamedNode::new(i.as_str()).ok())
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A country given as an ISO code, as a SPARQL term (`<…/country/RU>`).
pub(crate) fn sparql_country(code: &str) -> String {
    let code: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("<{}>", crate::rdf::ids::country_iri(&code))
}

/// The statements of a closed date window, read from the index of dates: those said on a day of
/// the window, and those of unknown day whose article was published on one (the caller still
/// checks each date). `None` for an open window or one wider than `query::MAX_INDEXED_DAYS`: the
/// caller then reads every statement. Not a subquery: Oxigraph would then read every statement
/// of the store and join (one day of 1M statements: 19 s, against 3.3 s).
pub(crate) fn date_window_pattern(from: Option<&str>, to: Option<&str>) -> Option<String> {
    let days = crate::query::days_between(from?, to?)?;
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
pub(crate) fn speech_act_pattern(name: Option<&str>) -> String {
    name.and_then(crate::extract::SpeechAct::from_name)
        .map(|act| {
            format!(
                "?statement parley:speechAct <{}> .\n",
                crate::rdf::vocab::speech_act_iri(act)
            )
        })
        .unwrap_or_default()
}

/// The export's statements (one row per statement and target; with `untargeted`, one row for each
/// statement without a target, which makes no edge but counts as made, read with only what the
/// filters need), starting from the index the filter names: an actor's statements made or
/// received, a country's, a date window's, one speech act's; without a filter, the target index
/// (the speaker index for `untargeted`).
fn statements_query(filter: &Filter, untargeted: bool) -> String {
    let mut head = String::new();
    if let Some(set) = &filter.actor {
        head.push_str(&format!(
            "VALUES ?x {{ {} }} {{ ?statement parley:speaker ?x }} UNION {{ ?statement parley:target ?x }}\n",
            sparql_iris(set)
        ));
    }
    if let Some(code) = &filter.country {
        let c = sparql_country(code);
        head.push_str(&format!(
            "{{ ?statement parley:speakerCountry {c} }} UNION {{ ?statement parley:targetCountry {c} }}\n"
        ));
    }
    if head.is_empty() {
        head.push_str(
            &date_window_pattern(filter.from.as_deref(), filter.to.as_deref()).unwrap_or_default(),
        );
    }
    head.push_str(&speech_act_pattern(filter.speech_act.as_deref()));
    if untargeted {
        return format!(
            r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?statement ?g ?s ?act ?date ?lang WHERE {{
  {head}
  GRAPH ?g {{ ?statement parley:speaker ?s }}
  FILTER NOT EXISTS {{ ?statement parley:target ?anyTarget }}
  ?statement parley:speechAct ?actIri ; prov:wasDerivedFrom ?a .
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
        r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?statement ?g ?s ?t ?act ?cameo ?date ?said ?article ?lang WHERE {{
  {head}
  GRAPH ?g {{ ?statement parley:target ?t }}
  ?statement parley:speaker ?s ; parley:speechAct ?actIri ; prov:wasDerivedFrom ?a .
  BIND(STRAFTER(STR(?actIri), "#") AS ?act)
  OPTIONAL {{ ?actIri skos:notation ?cameo FILTER(DATATYPE(?cameo) = parley:cameo) }}
  OPTIONAL {{ ?statement parley:date ?d }}
  OPTIONAL {{ ?a schema:datePublished ?p }}
  BIND(STR(COALESCE(?d, ?p, "")) AS ?date)
  OPTIONAL {{ ?statement parley:quote ?q }}
  OPTIONAL {{ ?statement parley:content ?c }}
  BIND(COALESCE(?q, ?c, "") AS ?said)
  OPTIONAL {{ ?a schema:url ?url }}
  BIND(STR(COALESCE(?url, ?a)) AS ?article)
  OPTIONAL {{ ?a schema:inLanguage ?l }}
  BIND(COALESCE(?l, "") AS ?lang)
}}"##
    )
}

/// Name, kind, country and role of every actor of the store, one row per actor (the name
/// resolution of `resolve_actor` reads this when no index answers).
const NODES: &str = r##"
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

/// Whether the store has `parley:nameKey` (articles ingested since name keys were written).
const HAS_NAME_KEYS: &str = r##"
PREFIX parley: <https://w3id.org/parley/ns#>
SELECT ?n WHERE { ?n parley:nameKey ?k } LIMIT 1"##;

/// The actors with one name key (`?key`, replaced by a literal), with their smallest label.
const NODES_WITH_KEY: &str = r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
SELECT ?n (MIN(STR(?name)) AS ?label) WHERE {
  { SELECT DISTINCT ?n WHERE { ?n parley:nameKey ?key } }
  GRAPH ?g { ?n schema:name ?name }
} GROUP BY ?n"##;

/// What the export shows of an actor: label, kind, ISO code of its country, role.
type Facts = (String, String, String, String);

/// The facts of the actors of `rows`, read from the article graphs of those rows only (where the
/// statements exported name them): the smallest label and role, the country, the kind. A whole
/// store export reads each (actor, article) pair once; a filtered one, only its own.
/// Also returns each actor's country in each article graph (as that article describes it), which
/// the country filter and folding use.
#[allow(clippy::type_complexity)]
fn facts_of_rows(
    store: &ParleyStore,
    rows: &[Row],
) -> Result<(BTreeMap<String, Facts>, BTreeMap<(String, String), String>), StoreError> {
    let pairs: BTreeSet<(&str, &str)> = rows
        .iter()
        .flat_map(|r| {
            [
                (r.speaker.as_str(), r.graph.as_str()),
                (r.target.as_str(), r.graph.as_str()),
            ]
        })
        .filter(|(n, g)| {
            oxigraph::model::NamedNode::new(*n).is_ok()
                && oxigraph::model::NamedNode::new(*g).is_ok()
        })
        .collect();
    let mut facts: BTreeMap<String, Facts> = BTreeMap::new();
    let mut local: BTreeMap<(String, String), String> = BTreeMap::new();
    for (n, g) in pairs {
        let (node, graph) = (
            NamedNodeRef::new_unchecked(n),
            NamedNodeRef::new_unchecked(g),
        );
        let kind =
            store
                .objects_in(node, v::RDF_TYPE, graph)?
                .iter()
                .find_map(|t| match term_text(t).rsplit('#').next() {
                    Some("Person") => Some("person"),
                    Some("Organisation") => Some("organisation"),
                    Some("Country") => Some("country"),
                    _ => None,
                });
        let Some(kind) = kind else { continue };
        let mut names: Vec<String> = store
            .objects_in(node, v::NAME, graph)?
            .iter()
            .map(term_text)
            .collect();
        names.sort();
        let Some(name) = names.into_iter().next() else {
            continue;
        };
        let of = if kind == "country" {
            n.to_string()
        } else {
            store
                .objects_in(node, v::COUNTRY_OF, graph)?
                .iter()
                .map(term_text)
                .min()
                .unwrap_or_default()
        };
        let country = iso_of(&of).unwrap_or("").to_string();
        if !country.is_empty() {
            local.insert((n.to_string(), g.to_string()), country.clone());
        }
        let role = store
            .objects_in(node, v::ROLE, graph)?
            .iter()
            .map(term_text)
            .min()
            .unwrap_or_default();
        let f = facts
            .entry(n.to_string())
            .or_insert_with(|| (name.clone(), kind.to_string(), String::new(), String::new()));
        // the smallest of each, whatever the order the graphs are read in
        if name < f.0 {
            f.0 = name;
        }
        if kind < f.1.as_str() {
            f.1 = kind.to_string();
        }
        for (new, old) in [(country, &mut f.2), (role, &mut f.3)] {
            if !new.is_empty() && (old.is_empty() || new < *old) {
                *old = new;
            }
        }
    }
    Ok((facts, local))
}

/// A term as text: a literal's lexical form, an IRI, else the term.
fn term_text(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

/// A solution's value as text (see `term_text`); empty when unbound.
pub(crate) fn text(row: &oxigraph::sparql::QuerySolution, var: &str) -> String {
    row.get(var).map(term_text).unwrap_or_default()
}

/// All solutions of one of Parley's built-in queries.
pub(crate) fn select(
    store: &ParleyStore,
    sparql: &str,
) -> Result<Vec<oxigraph::sparql::QuerySolution>, StoreError> {
    let prepared = SparqlEvaluator::new()
        .parse_query(sparql)
        .map_err(|e| StoreError::Load {
            location: "built-in query".into(),
            message: e.to_string(),
        })?;
    let mut out = Vec::new();
    if let QueryResults::Solutions(rows) = store.evaluate(prepared)? {
        for r in rows {
            out.push(r?);
        }
    }
    Ok(out)
}

fn iso_of(iri: &str) -> Option<&str> {
    iri.split("/country/").nth(1)
}

/// Builds the network of statements that pass `filter`.
pub fn network(store: &ParleyStore, filter: &Filter) -> Result<Network, StoreError> {
    let mut rows: Vec<Row> = select(store, &statements_query(filter, false))?
        .iter()
        .chain(select(store, &statements_query(filter, true))?.iter())
        .map(|r| Row {
            statement: text(r, "statement"),
            graph: text(r, "g"),
            speaker: text(r, "s"),
            target: text(r, "t"),
            act: text(r, "act"),
            cameo: text(r, "cameo"),
            date: text(r, "date"),
            said: text(r, "said"),
            article: text(r, "article"),
            lang: text(r, "lang"),
        })
        .collect();
    // a statement found through two indexes (an actor who is its speaker and a target) once
    let mut seen = std::collections::HashSet::new();
    rows.retain(|r| seen.insert((r.statement.clone(), r.target.clone())));
    let (mut facts, local) = facts_of_rows(store, &rows)?;
    // an actor's country as the statement's own article gives it (a role can change countries)
    let country_of = |iri: &str, graph: &str| {
        local
            .get(&(iri.to_string(), graph.to_string()))
            .cloned()
            .unwrap_or_default()
    };
    let fold = |iri: &str, graph: &str| -> String {
        if !filter.by_country || iso_of(iri).is_some() {
            return iri.to_string();
        }
        match country_of(iri, graph) {
            c if c.is_empty() => iri.to_string(),
            c => crate::rdf::ids::country_iri(&c),
        }
    };
    rows.retain(|r| {
        filter
            .from
            .as_ref()
            .is_none_or(|f| !r.date.is_empty() && r.date.as_str() >= f.as_str())
    });
    let kept: Vec<Row> = rows
        .into_iter()
        .filter(|r| {
            filter
                .to
                .as_ref()
                .is_none_or(|t| !r.date.is_empty() && r.date.as_str() <= t.as_str())
        })
        .filter(|r| {
            filter
                .speech_act
                .as_ref()
                .is_none_or(|a| r.act.eq_ignore_ascii_case(a))
        })
        .filter(|r| filter.lang.as_ref().is_none_or(|l| r.lang == *l))
        .filter(|r| {
            filter.country.as_ref().is_none_or(|c| {
                let c = c.to_uppercase();
                country_of(&r.speaker, &r.graph) == c || country_of(&r.target, &r.graph) == c
            })
        })
        .filter(|r| {
            filter
                .actor
                .as_ref()
                .is_none_or(|a| a.contains(&r.speaker) || a.contains(&r.target))
        })
        .collect();
    let mut rows = kept;
    for r in &mut rows {
        r.speaker = fold(&r.speaker, &r.graph);
        r.target = fold(&r.target, &r.graph);
    }
    rows.retain(|r| r.speaker != r.target || !filter.by_country);
    rows.sort_by(|a, b| {
        (&a.speaker, &a.target, &a.date, &a.statement).cmp(&(
            &b.speaker,
            &b.target,
            &b.date,
            &b.statement,
        ))
    });

    // the nodes: both ends of every edge (a speaker whose statements have no target is none)
    let iris: BTreeSet<String> = rows
        .iter()
        .filter(|r| !r.target.is_empty())
        .flat_map(|r| [r.speaker.clone(), r.target.clone()])
        .collect();
    // countries that only appear folded are named too
    for iri in &iris {
        if !facts.contains_key(iri) {
            if let (Some(code), Some(name)) = (iso_of(iri), store.name_of(iri)?) {
                let code = code.to_string();
                facts.insert(iri.clone(), (name, "country".into(), code, String::new()));
            }
        }
    }
    let index: BTreeMap<&String, usize> = iris.iter().enumerate().map(|(i, s)| (s, i)).collect();
    let mut nodes: Vec<Node> = iris
        .iter()
        .map(|iri| {
            let (label, kind, country, role) = facts.get(iri).cloned().unwrap_or_else(|| {
                let code = iso_of(iri).unwrap_or("").to_string();
                (code.clone(), "country".into(), code, String::new())
            });
            Node {
                iri: iri.clone(),
                label,
                kind,
                country,
                role,
                made: 0,
                received: 0,
                degree: 0,
                pagerank: 0.0,
                first: String::new(),
                last: String::new(),
            }
        })
        .collect();
    let mut edges: Vec<Edge> = Vec::new();
    // aggregated edges by (speaker, target, speech act)
    let mut aggregated: std::collections::HashMap<(usize, usize, &str), usize> =
        std::collections::HashMap::new();
    // statements, not edges: a statement folded into one country pair twice counts once
    let mut made = std::collections::HashSet::new();
    let mut received = std::collections::HashSet::new();
    for r in &rows {
        let Some(&s) = index.get(&r.speaker) else {
            continue; // a speaker whose statements have no target: not a node
        };
        if made.insert((s, r.statement.as_str())) {
            nodes[s].made += 1;
        }
        let mut dated = vec![s];
        let target = index.get(&r.target).copied();
        if let Some(t) = target {
            if received.insert((t, r.statement.as_str())) {
                nodes[t].received += 1;
            }
            dated.push(t);
        }
        if !r.date.is_empty() {
            for n in dated {
                let n = &mut nodes[n];
                if n.first.is_empty() || r.date < n.first {
                    n.first = r.date.clone();
                }
                if r.date > n.last {
                    n.last = r.date.clone();
                }
            }
        }
        let Some(t) = target else {
            continue; // no target: no edge
        };
        if filter.aggregate {
            if let Some(e) = aggregated
                .get(&(s, t, r.act.as_str()))
                .and_then(|&i| edges.get_mut(i))
            {
                e.count += 1;
                if !r.date.is_empty() && (e.date.is_empty() || r.date < e.date) {
                    e.date = r.date.clone();
                }
                if r.date > e.last_date {
                    e.last_date = r.date.clone();
                }
                continue;
            }
            aggregated.insert((s, t, r.act.as_str()), edges.len());
        }
        edges.push(Edge {
            source: s,
            target: t,
            speech_act: r.act.clone(),
            cameo: r.cameo.clone(),
            date: r.date.clone(),
            last_date: r.date.clone(),
            count: 1,
            said: r.said.clone(),
            article: r.article.clone(),
            statement: r.statement.clone(),
        });
    }
    // one edge per statement, weighted: an aggregated export ranks nodes as the plain one does
    let mut graph: DiGraph<(), u64> = DiGraph::new();
    let ix: Vec<NodeIndex> = nodes.iter().map(|_| graph.add_node(())).collect();
    for e in &edges {
        graph.add_edge(ix[e.source], ix[e.target], e.count);
    }
    let ranks = pagerank(&graph, 0.85);
    for (i, n) in nodes.iter_mut().enumerate() {
        n.degree = graph.neighbors_undirected(ix[i]).count() as u64;
        n.pagerank = (ranks[i] * 1e6).round() / 1e6;
    }
    Ok(Network { nodes, edges })
}

/// PageRank by power iteration over the edge list, O(iterations × (nodes + edges)): each node
/// passes `damping` of its rank along its out-edges in proportion to their weights, a node without
/// out-edges spreads it over all nodes, and every node gets `1 − damping` of the total evenly (the
/// definition networkx and Gephi use). Stops when the ranks move by less than 1e-10 in total, or
/// after 100 rounds. (petgraph's `page_rank` compares every pair of nodes in each round: hours on
/// a network of 30,000 actors.)
pub fn pagerank(graph: &DiGraph<(), u64>, damping: f64) -> Vec<f64> {
    use petgraph::visit::EdgeRef;
    let n = graph.node_count();
    if n == 0 {
        return Vec::new();
    }
    let mut out_weight = vec![0.0_f64; n];
    for e in graph.edge_references() {
        out_weight[e.source().index()] += *e.weight() as f64;
    }
    let mut ranks = vec![1.0 / n as f64; n];
    let mut next = vec![0.0_f64; n];
    for _ in 0..100 {
        let dangling: f64 = ranks
            .iter()
            .zip(&out_weight)
            .filter(|(_, w)| **w == 0.0)
            .map(|(r, _)| r)
            .sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        next.iter_mut().for_each(|x| *x = base);
        for e in graph.edge_references() {
            let (s, t) = (e.source().index(), e.target().index());
            next[t] += damping * ranks[s] * *e.weight() as f64 / out_weight[s];
        }
        let change: f64 = next.iter().zip(&ranks).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut ranks, &mut next);
        if change < 1e-10 {
            break;
        }
    }
    ranks
}

/// Why a name names no actor, or more than one.
#[derive(Debug, thiserror::Error)]
pub enum ActorError {
    #[error("no actor or country named {0:?} in the store")]
    Unknown(String),
    #[error("{name:?} is ambiguous: {candidates}; give a fuller name or an IRI")]
    Ambiguous { name: String, candidates: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Query(String),
}

/// The actors a name designates: an IRI; a label in either language, accent- and case-insensitive
/// ("antony blinken", "Poutine" or "Putin" through the lexicon's name variants); or a surname
/// ("Blinken") when it names one actor only. Names are read with the built-in lexicon, built on
/// first use (an IRI needs none: a few milliseconds saved on each command given one).
pub fn resolve_actor(store: &ParleyStore, name: &str) -> Result<BTreeSet<String>, ActorError> {
    use crate::eval::fold;
    if name.starts_with("http://") || name.starts_with("https://") {
        return Ok(BTreeSet::from([name.to_string()]));
    }
    let lexicon = &*crate::extract::lexicon::Lexicon::builtin();
    // through indexes first: a country code, a name the lexicon knows, a label as written
    if let Some(iri) = resolve_by_index(store, lexicon, name)? {
        return Ok(BTreeSet::from([iri]));
    }
    let wanted = fold(name);
    // the lexicon's variants of a known actor: Poutine → vladimir-putin
    let toks = crate::extract::tokens::tokenize(name, crate::text::Span::new(0, name.len()));
    let known = lexicon
        .gazetteer
        .longest_at(&toks, 0, crate::extract::lexicon::exact)
        .and_then(|(n, g)| match g {
            crate::extract::lexicon::Gaz::Actor(a)
            | crate::extract::lexicon::Gaz::ActorSurname(a)
                if n == toks.len() =>
            {
                Some(crate::rdf::ids::person_iri(&lexicon.actors[*a].key))
            }
            _ => None,
        });
    let mut exact = BTreeMap::new();
    let mut by_surname = BTreeMap::new();
    // the actors whose name ends with the same word, through the parley:nameKey index; a store
    // written before name keys existed is read whole
    let candidates = match crate::rdf::mapping::name_key(name) {
        Some(key) if !select(store, HAS_NAME_KEYS)?.is_empty() => {
            let key = oxigraph::model::Literal::new_simple_literal(key);
            select(store, &NODES_WITH_KEY.replace("?key", &key.to_string()))?
        }
        _ => select(store, NODES)?,
    };
    for r in candidates {
        let iri = text(&r, "n");
        let label = text(&r, "label");
        let folded = fold(&label);
        if folded == wanted || known.as_deref() == Some(iri.as_str()) {
            exact.insert(iri.clone(), label.clone());
        } else if folded.split(' ').next_back() == Some(wanted.as_str()) {
            by_surname.insert(iri, label);
        }
    }
    let found = if exact.is_empty() { by_surname } else { exact };
    match found.len() {
        0 => Err(ActorError::Unknown(name.to_string())),
        1 => Ok(found.into_keys().collect()),
        _ => Err(ActorError::Ambiguous {
            name: name.to_string(),
            candidates: found
                .iter()
                .map(|(iri, l)| format!("{l} <{iri}>"))
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// Resolves a name without scanning the store: an ISO country code, a country, organisation or
/// person the lexicon knows (in either language), or a label exactly as stored. `None` when none
/// of these gives exactly one entity the store holds.
fn resolve_by_index(
    store: &ParleyStore,
    lexicon: &crate::extract::lexicon::Lexicon,
    name: &str,
) -> Result<Option<String>, ActorError> {
    use crate::extract::lexicon::Gaz;
    use crate::rdf::ids::{country_iri, organisation_iri, person_iri};
    let name = name.trim();
    if name.len() == 2 && name.chars().all(|c| c.is_ascii_alphabetic()) {
        let iri = country_iri(name);
        if lexicon
            .countries
            .iter()
            .any(|c| c.iso.eq_ignore_ascii_case(name))
            && store.is_known(&iri)?
        {
            return Ok(Some(iri));
        }
    }
    let toks = crate::extract::tokens::tokenize(name, crate::text::Span::new(0, name.len()));
    for key in [
        crate::extract::lexicon::exact,
        crate::extract::lexicon::lower,
    ] {
        let known = lexicon
            .gazetteer
            .longest_at(&toks, 0, key)
            .and_then(|(n, g)| {
                (n == toks.len()).then(|| match g {
                    Gaz::Country(c, _) => Some(country_iri(&lexicon.countries[*c].iso)),
                    Gaz::Org(o) => Some(organisation_iri(&lexicon.organisations[*o].key)),
                    Gaz::Actor(a) | Gaz::ActorSurname(a) => {
                        Some(person_iri(&lexicon.actors[*a].key))
                    }
                })?
            });
        if let Some(iri) = known {
            if store.is_known(&iri)? {
                return Ok(Some(iri));
            }
        }
    }
    // a label exactly as stored (as given, or with each word capitalised)
    let titled: String = name
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut found = BTreeSet::new();
    for label in [name.to_string(), titled] {
        let q = "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE { ?n schema:name ?label }";
        let params = BTreeMap::from([("label".to_string(), label)]);
        let prepared = crate::query::prepare(q, None, &params)
            .map_err(|e| ActorError::Query(e.to_string()))?;
        if let Ok(oxigraph::sparql::QueryResults::Solutions(rows)) = store.evaluate(prepared.query)
        {
            for row in rows.flatten() {
                if let Some(Term::NamedNode(n)) = row.get("n") {
                    if !n.as_str().contains("/article/") {
                        found.insert(n.as_str().to_string());
                    }
                }
            }
        }
    }
    Ok(if found.len() == 1 {
        found.into_iter().next()
    } else {
        None
    })
}

/// Text as XML 1.0 allows it: escaped, forbidden characters removed.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// GraphML with typed keys, valid against the GraphML 1.0 schema.
pub fn write_graphml(net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    let keys = [
        ("label", "node", "string"),
        ("iri", "node", "string"),
        ("kind", "node", "string"),
        ("country", "node", "string"),
        ("role", "node", "string"),
        ("made", "node", "int"),
        ("received", "node", "int"),
        ("degree", "node", "int"),
        ("pagerank", "node", "double"),
        ("speech_act", "edge", "string"),
        ("cameo", "edge", "string"),
        ("date", "edge", "string"),
        ("last_date", "edge", "string"),
        ("count", "edge", "int"),
        ("weight", "edge", "double"),
        ("said", "edge", "string"),
        ("article", "edge", "string"),
        ("statement", "edge", "string"),
    ];
    for (name, domain, ty) in keys {
        writeln!(
            out,
            r#"  <key id="{domain}_{name}" for="{domain}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="statements" edgedefault="directed">"#)?;
    for (i, n) in net.nodes.iter().enumerate() {
        writeln!(out, r#"    <node id="n{i}">"#)?;
        for (k, v) in [
            ("label", xml_escape(&n.label)),
            ("iri", xml_escape(&n.iri)),
            ("kind", n.kind.clone()),
            ("country", n.country.clone()),
            ("role", xml_escape(&n.role)),
            ("made", n.made.to_string()),
            ("received", n.received.to_string()),
            ("degree", n.degree.to_string()),
            ("pagerank", n.pagerank.to_string()),
        ] {
            writeln!(out, r#"      <data key="node_{k}">{v}</data>"#)?;
        }
        writeln!(out, "    </node>")?;
    }
    for (i, e) in net.edges.iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="n{}" target="n{}">"#,
            e.source, e.target
        )?;
        for (k, v) in [
            ("speech_act", e.speech_act.clone()),
            ("cameo", e.cameo.clone()),
            ("date", e.date.clone()),
            ("last_date", e.last_date.clone()),
            ("count", e.count.to_string()),
            ("weight", e.count.to_string()),
            ("said", xml_escape(&e.said)),
            ("article", xml_escape(&e.article)),
            ("statement", xml_escape(&e.statement)),
        ] {
            writeln!(out, r#"      <data key="edge_{k}">{v}</data>"#)?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// The colour Gephi shows a node of this kind in (red, green, blue): Tableau's first three.
fn kind_colour(kind: &str) -> (u8, u8, u8) {
    match kind {
        "person" => (31, 119, 180),
        "organisation" => (255, 127, 14),
        _ => (44, 160, 44),
    }
}

/// The size Gephi draws a node at: grows with the square root of its statements, from 4.
fn node_size(n: &Node) -> f64 {
    (40.0 + 20.0 * ((n.made + n.received) as f64).sqrt()).round() / 10.0
}

/// GEXF 1.3, dynamic: each edge lives from its first to its last date and each node from its first
/// to its last statement, so that Gephi's timeline plays the statements over time; nodes are
/// coloured by kind and sized by statements (GEXF's viz module, as Gephi writes it). Valid against
/// the GEXF 1.3 RELAX NG schema (its XSD declares the viz elements in the wrong namespace).
pub fn write_gexf(net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#
    )?;
    writeln!(out, "  <meta>\n    <creator>parley</creator>\n  </meta>")?;
    writeln!(
        out,
        r#"  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#
    )?;
    writeln!(out, r#"    <attributes class="node" mode="static">"#)?;
    for (id, ty) in [
        ("iri", "string"),
        ("kind", "string"),
        ("country", "string"),
        ("role", "string"),
        ("made", "integer"),
        ("received", "integer"),
        ("degree", "integer"),
        ("pagerank", "double"),
    ] {
        writeln!(
            out,
            r#"      <attribute id="{id}" title="{id}" type="{ty}"/>"#
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, r#"    <attributes class="edge" mode="static">"#)?;
    for (id, ty) in [
        ("speech_act", "string"),
        ("cameo", "string"),
        ("count", "integer"),
        ("said", "string"),
        ("article", "string"),
        ("statement", "string"),
    ] {
        writeln!(
            out,
            r#"      <attribute id="{id}" title="{id}" type="{ty}"/>"#
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    for (i, n) in net.nodes.iter().enumerate() {
        let span = if n.first.is_empty() {
            String::new()
        } else {
            format!(r#" start="{}" end="{}""#, n.first, n.last)
        };
        writeln!(
            out,
            r#"      <node id="n{i}" label="{}"{span}>"#,
            xml_escape(&n.label)
        )?;
        let (r, g, b) = kind_colour(&n.kind);
        writeln!(out, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
        writeln!(out, r#"        <viz:size value="{}"/>"#, node_size(n))?;
        writeln!(out, "        <attvalues>")?;
        for (k, v) in [
            ("iri", xml_escape(&n.iri)),
            ("kind", n.kind.clone()),
            ("country", n.country.clone()),
            ("role", xml_escape(&n.role)),
            ("made", n.made.to_string()),
            ("received", n.received.to_string()),
            ("degree", n.degree.to_string()),
            ("pagerank", n.pagerank.to_string()),
        ] {
            writeln!(out, r#"          <attvalue for="{k}" value="{v}"/>"#)?;
        }
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (i, e) in net.edges.iter().enumerate() {
        let spell = if e.date.is_empty() {
            String::new()
        } else {
            format!(
                r#" start="{}" end="{}""#,
                e.date,
                if e.last_date.is_empty() {
                    &e.date
                } else {
                    &e.last_date
                }
            )
        };
        writeln!(
            out,
            r#"      <edge id="e{i}" source="n{}" target="n{}" label="{}" weight="{}"{spell}>"#,
            e.source, e.target, e.speech_act, e.count
        )?;
        writeln!(out, "        <attvalues>")?;
        for (k, v) in [
            ("speech_act", e.speech_act.clone()),
            ("cameo", e.cameo.clone()),
            ("count", e.count.to_string()),
            ("said", xml_escape(&e.said)),
            ("article", xml_escape(&e.article)),
            ("statement", xml_escape(&e.statement)),
        ] {
            writeln!(out, r#"          <attvalue for="{k}" value="{v}"/>"#)?;
        }
        writeln!(out, "        </attvalues>")?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

fn dot_quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    )
}

/// DOT for Graphviz.
pub fn write_dot(net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "digraph statements {{")?;
    for (i, n) in net.nodes.iter().enumerate() {
        let shape = match n.kind.as_str() {
            "country" => "box",
            "organisation" => "ellipse",
            _ => "oval",
        };
        writeln!(
            out,
            "  n{i} [label={}, shape={shape}];",
            dot_quote(&n.label)
        )?;
    }
    for e in &net.edges {
        let label = if e.count > 1 {
            format!("{} ×{}", e.speech_act, e.count)
        } else {
            e.speech_act.clone()
        };
        writeln!(
            out,
            "  n{} -> n{} [label={}];",
            e.source,
            e.target,
            dot_quote(&label)
        )?;
    }
    writeln!(out, "}}")
}

/// JSON with nodes and links.
pub fn to_json(net: &Network) -> serde_json::Value {
    let nodes: Vec<serde_json::Value> = net
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            serde_json::json!({
                "id": format!("n{i}"), "iri": n.iri, "label": n.label, "kind": n.kind,
                "country": n.country, "role": n.role, "made": n.made, "received": n.received,
                "degree": n.degree, "pagerank": n.pagerank, "first": n.first, "last": n.last,
            })
        })
        .collect();
    let links: Vec<serde_json::Value> = net
        .edges
        .iter()
        .map(|e| {
            serde_json::json!({
                "source": format!("n{}", e.source), "target": format!("n{}", e.target),
                "speech_act": e.speech_act, "cameo": e.cameo, "date": e.date, "last_date": e.last_date,
                "count": e.count, "weight": e.count, "said": e.said, "article": e.article,
                "statement": e.statement,
            })
        })
        .collect();
    serde_json::json!({ "nodes": nodes, "links": links })
}

/// Gephi's spreadsheet import: nodes.csv (Id, Label, …) and edges.csv (Source, Target, Type, …).
pub fn write_csv(net: &Network, nodes: impl Write, edges: impl Write) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(nodes);
    w.write_record([
        "Id", "Label", "iri", "kind", "country", "role", "made", "received", "degree", "pagerank",
    ])?;
    for (i, n) in net.nodes.iter().enumerate() {
        w.write_record([
            format!("n{i}"),
            n.label.clone(),
            n.iri.clone(),
            n.kind.clone(),
            n.country.clone(),
            n.role.clone(),
            n.made.to_string(),
            n.received.to_string(),
            n.degree.to_string(),
            n.pagerank.to_string(),
        ])?;
    }
    w.flush()?;
    let mut w = csv::Writer::from_writer(edges);
    w.write_record([
        "Source",
        "Target",
        "Type",
        "Label",
        "cameo",
        "date",
        "last_date",
        "Weight",
        "said",
        "article",
        "statement",
    ])?;
    for e in &net.edges {
        w.write_record([
            format!("n{}", e.source),
            format!("n{}", e.target),
            "Directed".to_string(),
            e.speech_act.clone(),
            e.cameo.clone(),
            e.date.clone(),
            e.last_date.clone(),
            e.count.to_string(),
            e.said.clone(),
            e.article.clone(),
            e.statement.clone(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_cleaned() {
        assert_eq!(
            xml_escape("a < b & \"c\" \u{1}d"),
            "a &lt; b &amp; &quot;c&quot; d"
        );
    }

    #[test]
    fn pagerank_follows_weights_and_spreads_dangling_rank() {
        let mut g: DiGraph<(), u64> = DiGraph::new();
        let [a, b, c] = [g.add_node(()), g.add_node(()), g.add_node(())];
        // a cycle: every node the same
        g.add_edge(a, b, 1);
        g.add_edge(b, c, 1);
        g.add_edge(c, a, 1);
        let r = pagerank(&g, 0.85);
        assert!(r.iter().all(|x| (x - 1.0 / 3.0).abs() < 1e-9), "{r:?}");
        // a → b three times, a → c once; b and c have no out-edges, so their rank returns to all:
        // r_a = 0.15/3 + 0.85 (r_b + r_c)/3 = 1/3.85 × … = 0.2597
        let mut g: DiGraph<(), u64> = DiGraph::new();
        let [a, b, c] = [g.add_node(()), g.add_node(()), g.add_node(())];
        g.add_edge(a, b, 3);
        g.add_edge(a, c, 1);
        let r = pagerank(&g, 0.85);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(
            r[b.index()] > r[c.index()] && r[c.index()] > r[a.index()],
            "{r:?}"
        );
        // the figures networkx gives for this graph (nx.pagerank, weight = multiplicity)
        for (got, want) in r.iter().zip([0.2597403, 0.4253247, 0.3149351]) {
            assert!((got - want).abs() < 1e-6, "{r:?}");
        }
        assert!(pagerank(&DiGraph::new(), 0.85).is_empty());
    }
}
