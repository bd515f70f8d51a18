//! Building the network from the store: the statements a filter keeps (read through the index it
//! names, see `query::build::network_statements`), the facts of their actors as each statement's
//! own article gives them, folding actors into countries, counting statements made and received,
//! and aggregating edges. Input: the store and a resolved [`Filter`]; output: a [`Network`] with
//! nodes sorted by IRI and edges by speaker, target, date and statement.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::NamedNodeRef;
use petgraph::graph::{DiGraph, NodeIndex};

use super::pagerank::pagerank;
use super::{Edge, Filter, Network, Node};
use crate::query::build::{network_statements, Selection};
use crate::query::{one_per_key, select, term_text, text};
use crate::rdf::vocab as v;
use crate::store::{ParleyStore, StoreError};

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
    /// The statement's key: the same statement in several articles has one.
    key: String,
    /// The articles of the filter's statements with this key (see `query::one_per_key`).
    sources: u64,
}

/// What the export shows of an actor: label, kind, ISO code of its country, role.
type Facts = (String, String, String, String);

/// Each actor's country in each article graph, as that article describes it.
type LocalCountries = BTreeMap<(String, String), String>;

fn iso_of(iri: &str) -> Option<&str> {
    iri.split("/country/").nth(1)
}

/// Builds the network of statements that pass `filter`.
pub fn network(store: &ParleyStore, filter: &Filter) -> Result<Network, StoreError> {
    let rows = read_rows(store, filter)?;
    let (mut facts, local) = facts_of_rows(store, &rows)?;
    // an actor's country as the statement's own article gives it (a role can change countries)
    let country_of = |iri: &str, graph: &str| {
        local
            .get(&(iri.to_string(), graph.to_string()))
            .cloned()
            .unwrap_or_default()
    };
    // the same statement in several articles is one edge, with its articles as sources
    let mut rows: Vec<Row> = one_per_key(keep(rows, filter, &country_of), |r| {
        (&r.key, &r.statement, &r.graph)
    })
    .into_iter()
    .map(|(mut r, sources)| {
        r.sources = sources as u64;
        r
    })
    .collect();
    let fold = |iri: &str, graph: &str| -> String {
        if !filter.by_country || iso_of(iri).is_some() {
            return iri.to_string();
        }
        match country_of(iri, graph) {
            c if c.is_empty() => iri.to_string(),
            c => crate::rdf::ids::country_iri(&c),
        }
    };
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
    let mut nodes = nodes(store, &iris, &mut facts)?;
    let index: BTreeMap<&String, usize> = iris.iter().enumerate().map(|(i, s)| (s, i)).collect();
    let edges = edges(&rows, &index, &mut nodes, filter.aggregate);
    rank(&mut nodes, &edges);
    Ok(Network { nodes, edges })
}

/// The statements of the filter's index, targeted and not, each (statement, target) once (a
/// statement found through two indexes, an actor who is its speaker and a target, once).
fn read_rows(store: &ParleyStore, filter: &Filter) -> Result<Vec<Row>, StoreError> {
    let selection = Selection {
        actor: filter.actor.as_ref(),
        country: filter.country.as_deref(),
        from: filter.from.as_deref(),
        to: filter.to.as_deref(),
        speech_act: filter.speech_act.as_deref(),
    };
    let mut rows: Vec<Row> = select(store, &network_statements(&selection, false))?
        .iter()
        .chain(select(store, &network_statements(&selection, true))?.iter())
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
            key: text(r, "k"),
            sources: 1,
        })
        .collect();
    let mut seen = HashSet::new();
    rows.retain(|r| seen.insert((r.statement.clone(), r.target.clone())));
    Ok(rows)
}

/// The rows that pass every filter (the index they were read from passes one only).
fn keep(rows: Vec<Row>, filter: &Filter, country_of: &dyn Fn(&str, &str) -> String) -> Vec<Row> {
    rows.into_iter()
        .filter(|r| {
            filter
                .from
                .as_ref()
                .is_none_or(|f| !r.date.is_empty() && r.date.as_str() >= f.as_str())
        })
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
        .collect()
}

/// The facts of the actors of `rows`, read from the article graphs of those rows only (where the
/// statements exported name them): the label (see `store::labels`), the smallest role, the country,
/// the kind. A whole
/// store export reads each (actor, article) pair once; a filtered one, only its own.
/// Also returns each actor's country in each article graph (as that article describes it), which
/// the country filter and folding use.
fn facts_of_rows(
    store: &ParleyStore,
    rows: &[Row],
) -> Result<(BTreeMap<String, Facts>, LocalCountries), StoreError> {
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
    let mut local = LocalCountries::new();
    for (n, g) in pairs {
        let Some((name, kind, country, role)) = facts_in(store, n, g)? else {
            continue;
        };
        if !country.is_empty() {
            local.insert((n.to_string(), g.to_string()), country.clone());
        }
        let f = facts
            .entry(n.to_string())
            .or_insert_with(|| (name.clone(), kind.clone(), String::new(), String::new()));
        // the smallest of each, whatever the order the graphs are read in
        if name < f.0 {
            f.0 = name;
        }
        if kind < f.1 {
            f.1 = kind;
        }
        for (new, old) in [(country, &mut f.2), (role, &mut f.3)] {
            if !new.is_empty() && (old.is_empty() || new < *old) {
                *old = new;
            }
        }
    }
    // the label every output shows (the smallest name above stands in for a store not labelled)
    for (n, f) in facts.iter_mut() {
        if let Some(label) = store.label_of(n)? {
            f.0 = label;
        }
    }
    Ok((facts, local))
}

/// What one article graph says of an actor: its smallest name, its kind, its country's ISO code
/// and its smallest role; `None` when the graph gives it no kind or no name.
fn facts_in(store: &ParleyStore, n: &str, g: &str) -> Result<Option<Facts>, StoreError> {
    let (node, graph) = (
        NamedNodeRef::new_unchecked(n),
        NamedNodeRef::new_unchecked(g),
    );
    let kind = store
        .objects_in(node, v::RDF_TYPE, graph)?
        .iter()
        .find_map(|t| match term_text(t).rsplit('#').next() {
            Some("Person") => Some("person"),
            Some("Organisation") => Some("organisation"),
            Some("Country") => Some("country"),
            _ => None,
        });
    let Some(kind) = kind else { return Ok(None) };
    let mut names: Vec<String> = store
        .objects_in(node, v::NAME, graph)?
        .iter()
        .map(term_text)
        .collect();
    names.sort();
    let Some(name) = names.into_iter().next() else {
        return Ok(None);
    };
    let smallest = |property| -> Result<String, StoreError> {
        Ok(store
            .objects_in(node, property, graph)?
            .iter()
            .map(term_text)
            .min()
            .unwrap_or_default())
    };
    let of = if kind == "country" {
        n.to_string()
    } else {
        smallest(v::COUNTRY_OF)?
    };
    let country = iso_of(&of).unwrap_or("").to_string();
    let role = smallest(v::ROLE)?;
    Ok(Some((name, kind.to_string(), country, role)))
}

/// The nodes of `iris`, in order, with their facts (a country that only appears folded is named
/// from the store; one the store does not name is shown by its code).
fn nodes(
    store: &ParleyStore,
    iris: &BTreeSet<String>,
    facts: &mut BTreeMap<String, Facts>,
) -> Result<Vec<Node>, StoreError> {
    for iri in iris {
        if !facts.contains_key(iri) {
            if let (Some(code), Some(name)) = (iso_of(iri), store.label_of(iri)?) {
                let code = code.to_string();
                facts.insert(iri.clone(), (name, "country".into(), code, String::new()));
            }
        }
    }
    Ok(iris
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
        .collect())
}

/// The edges of the sorted rows (one per statement and target, or one per speaker, target and
/// speech act when aggregated), counting on the nodes the statements each made and received and
/// the dates of their first and last.
fn edges(
    rows: &[Row],
    index: &BTreeMap<&String, usize>,
    nodes: &mut [Node],
    aggregate: bool,
) -> Vec<Edge> {
    let mut edges: Vec<Edge> = Vec::new();
    // aggregated edges by (speaker, target, speech act)
    let mut aggregated: HashMap<(usize, usize, &str), usize> = HashMap::new();
    // statements, not edges: a statement folded into one country pair twice counts once
    let mut made = HashSet::new();
    let mut received = HashSet::new();
    for r in rows {
        let Some(&s) = index.get(&r.speaker) else {
            continue; // a speaker whose statements have no target: not a node
        };
        if made.insert((s, r.statement.as_str())) {
            nodes[s].made += 1;
        }
        let target = index.get(&r.target).copied();
        if let Some(t) = target {
            if received.insert((t, r.statement.as_str())) {
                nodes[t].received += 1;
            }
        }
        if !r.date.is_empty() {
            for n in std::iter::once(s).chain(target) {
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
        if aggregate {
            if let Some(e) = aggregated
                .get(&(s, t, r.act.as_str()))
                .and_then(|&i| edges.get_mut(i))
            {
                e.count += 1;
                e.sources += r.sources;
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
            sources: r.sources,
            said: r.said.clone(),
            article: r.article.clone(),
            statement: r.statement.clone(),
        });
    }
    edges
}

/// Each node's degree and PageRank (to six decimals), over one edge per statement, weighted: an
/// aggregated export ranks nodes as the plain one does.
fn rank(nodes: &mut [Node], edges: &[Edge]) {
    let mut graph: DiGraph<(), u64> = DiGraph::new();
    let ix: Vec<NodeIndex> = nodes.iter().map(|_| graph.add_node(())).collect();
    for e in edges {
        graph.add_edge(ix[e.source], ix[e.target], e.count);
    }
    let ranks = pagerank(&graph, 0.85);
    for (i, n) in nodes.iter_mut().enumerate() {
        n.degree = graph.neighbors_undirected(ix[i]).count() as u64;
        n.pagerank = (ranks[i] * 1e6).round() / 1e6;
    }
}
