//! Timelines of statements: filtered, in chronological order (the day said; the publication date
//! when the day is unknown, marked as such). Input: a [`Request`] by names, resolved against the
//! store into a [`Filter`]; output: a [`Timeline`] (entries and a title saying what it shows),
//! written in one of the formats of [`write`]. The statements are read through the index the
//! filter names (`query::build::timeline_statements`); every other filter is checked here.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::query::build::{self, Selection, TimelineSelection};
use crate::query::{one_per_key, select, text};
use crate::resolve::{self, FilterError};
use crate::store::{ParleyStore, StoreError};

mod write;

pub use write::{
    date_cell, row, table_rows, write, write_html, write_markdown, Format, TableWriter, WriteError,
    HEADER,
};

/// Which statements a timeline shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Statements made by these actors (IRIs).
    pub actor: Option<BTreeSet<String>>,
    /// Statements made by this country's actors (ISO code).
    pub country: Option<String>,
    /// Statements about these actors (IRIs) or this country (ISO code, in `about_country`).
    pub about: Option<BTreeSet<String>>,
    pub about_country: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub date: String,
    /// False when the publication date stands in for an unknown day.
    pub day_known: bool,
    pub speaker: String,
    pub speech_act: String,
    pub targets: Vec<String>,
    pub said: String,
    pub article: String,
    pub headline: String,
    pub statement: String,
    /// The articles that report the statement (the same speaker, day and words: one entry).
    pub sources: usize,
}

/// A timeline as asked for, by names (`--actor Poutine`, `--about Syrie`): [`Request::filter`]
/// resolves them against the store.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub actor: Option<String>,
    pub country: Option<String>,
    pub about: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
}

impl Request {
    /// The filter this request names, each value resolved against the store: a value that names
    /// nothing is an error (with the nearest valid values), never an empty timeline.
    pub fn filter(&self, store: &ParleyStore) -> Result<Filter, FilterError> {
        let actor = resolve::actor_option(store, self.actor.as_deref())?;
        let (about, about_country) = match &self.about {
            Some(x) => {
                match resolve::actor_or_country(store, x).map_err(FilterError::option("--about"))? {
                    Ok(iris) => (Some(iris), None),
                    Err(code) => (None, Some(code)),
                }
            }
            None => (None, None),
        };
        let shared = resolve::filters(
            store,
            self.country.as_deref(),
            self.speech_act.as_deref(),
            self.lang.as_deref(),
            (self.from, self.to),
        )?;
        Ok(Filter {
            actor,
            country: shared.country,
            about,
            about_country,
            from: shared.from,
            to: shared.to,
            speech_act: shared.speech_act,
            lang: shared.lang,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TimelineError {
    #[error(transparent)]
    Filter(#[from] FilterError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A timeline: its entries, and what it shows, for a title ("Russia, criticize — 3 statements").
#[derive(Debug, Clone)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    pub title: String,
}

impl Timeline {
    /// The timeline `request` asks for (names resolved against the store).
    pub fn of(store: &ParleyStore, request: &Request) -> Result<Self, TimelineError> {
        let filter = request.filter(store)?;
        let entries = entries(store, &filter)?;
        let title = format!(
            "{} — {} statement{}",
            describe(&filter, store)?,
            entries.len(),
            if entries.len() == 1 { "" } else { "s" }
        );
        Ok(Timeline { entries, title })
    }
}

/// What `filter` keeps, in words: the names of its actors and countries, its speech act, language
/// and days.
pub fn describe(filter: &Filter, store: &ParleyStore) -> Result<String, StoreError> {
    let name = |iri: &str| -> Result<String, StoreError> {
        Ok(store.label_of(iri)?.unwrap_or_else(|| iri.to_string()))
    };
    let names = |iris: &BTreeSet<String>| -> Result<String, StoreError> {
        Ok(iris
            .iter()
            .map(|i| name(i))
            .collect::<Result<Vec<_>, _>>()?
            .join(", "))
    };
    let country = |code: &str| name(&crate::rdf::ids::country_iri(code));
    let mut parts = Vec::new();
    if let Some(a) = &filter.actor {
        parts.push(names(a)?);
    }
    if let Some(c) = &filter.country {
        parts.push(country(c)?);
    }
    if let Some(a) = &filter.about {
        parts.push(format!("about {}", names(a)?));
    }
    if let Some(c) = &filter.about_country {
        parts.push(format!("about {}", country(c)?));
    }
    parts.extend(filter.speech_act.clone());
    if let Some(l) = &filter.lang {
        parts.push(format!("in {l}"));
    }
    match (&filter.from, &filter.to) {
        (Some(f), Some(t)) if f == t => parts.push(f.clone()),
        (Some(f), Some(t)) => parts.push(format!("{f} to {t}")),
        (Some(f), None) => parts.push(format!("from {f}")),
        (None, Some(t)) => parts.push(format!("to {t}")),
        (None, None) => {}
    }
    Ok(if parts.is_empty() {
        "All statements".to_string()
    } else {
        parts.join(", ")
    })
}

/// The query of the filter's statements, and whether it reads their targets too.
fn query(filter: &Filter) -> (String, bool) {
    build::timeline_statements(&TimelineSelection {
        speakers: Selection {
            actor: filter.actor.as_ref(),
            country: filter.country.as_deref(),
            from: filter.from.as_deref(),
            to: filter.to.as_deref(),
            speech_act: filter.speech_act.as_deref(),
        },
        about: filter.about.as_ref(),
        about_country: filter.about_country.as_deref(),
    })
}

/// Statements whose targets one query reads.
const TARGET_BATCH: usize = 1000;

/// Target IRI → its least name in the statement's article graph, for each statement.
type Targets = BTreeMap<String, BTreeMap<String, String>>;

fn add_target(targets: &mut Targets, statement: String, target: String, label: String) {
    let known = targets
        .entry(statement)
        .or_default()
        .entry(target)
        .or_default();
    if known.is_empty() || (!label.is_empty() && label < *known) {
        *known = label;
    }
}

/// The targets of the statements (each given with its article graph), read after them by
/// batches. This is for a timeline that starts from a date window: there, Oxigraph's estimate of
/// the main query saturates, and it evaluated the targets pattern for every statement of the store
/// before joining (one day of 1M statements: 149,000 targets and their names read for 23,000
/// statements, 1.7 s with a speech act against 0.46 s now). Other timelines read the targets in
/// the main query, next to each statement's other properties (a second pass reads them again from
/// disk: `timeline --country JP`, 0.85 s against 1.13 s).
fn targets(store: &ParleyStore, statements: &[(&str, &str)]) -> Result<Targets, StoreError> {
    let mut out = Targets::new();
    for batch in statements.chunks(TARGET_BATCH) {
        for r in select(store, &build::targets(batch))? {
            add_target(
                &mut out,
                text(&r, "statement"),
                text(&r, "t"),
                text(&r, "tn"),
            );
        }
    }
    Ok(out)
}

/// Names of actors by IRI, read from the store once each: an actor's label (one lookup in the
/// labels graph). In a store without labels, the name the statement's own article gives (as the
/// catalogue queries do), else the store's least name: reading every graph that names a country,
/// for each, would cost a scan of most of the store.
struct Names<'a> {
    store: &'a ParleyStore,
    known: BTreeMap<String, String>,
    labels: BTreeMap<String, Option<String>>,
}

impl Names<'_> {
    fn get(&mut self, iri: &str) -> Result<String, StoreError> {
        if let Some(n) = self.known.get(iri) {
            return Ok(n.clone());
        }
        let n = self.store.label_of(iri)?.unwrap_or_else(|| iri.to_string());
        self.known.insert(iri.to_string(), n.clone());
        Ok(n)
    }

    /// The actor's label; `named` (the name its statement's article gives) in a store without
    /// labels, or the store's least name when that is empty.
    fn label(&mut self, iri: &str, named: String) -> Result<String, StoreError> {
        match self.labels.get(iri) {
            Some(Some(l)) => return Ok(l.clone()),
            Some(None) => {}
            None => {
                let l = self.store.stored_label(iri)?;
                self.labels.insert(iri.to_string(), l.clone());
                if let Some(l) = l {
                    return Ok(l);
                }
            }
        }
        if named.is_empty() {
            self.get(iri)
        } else {
            Ok(named)
        }
    }
}

/// An entry in the making, with what the filters and the target lookup need.
struct Acc {
    entry: Entry,
    graph: String,
    lang: String,
    key: String,
}

/// One entry per statement of the rows (targets to come), and the targets the rows give.
fn accumulate(
    rows: &[oxigraph::sparql::QuerySolution],
    names: &mut Names<'_>,
) -> Result<(BTreeMap<String, Acc>, Targets), StoreError> {
    let mut by_statement: BTreeMap<String, Acc> = BTreeMap::new();
    let mut targets_read = Targets::new();
    for r in rows {
        let statement = text(r, "statement");
        let t = text(r, "t");
        if !t.is_empty() {
            add_target(&mut targets_read, statement.clone(), t, text(r, "tn"));
        }
        if by_statement.contains_key(&statement) {
            continue;
        }
        let day = text(r, "d");
        let speaker = names.label(&text(r, "sp"), text(r, "sn"))?;
        let entry = Entry {
            day_known: !day.is_empty(),
            date: if day.is_empty() { text(r, "p") } else { day },
            speaker,
            speech_act: text(r, "act"),
            targets: Vec::new(),
            said: text(r, "said"),
            article: text(r, "article"),
            headline: text(r, "headline"),
            statement: statement.clone(),
            sources: 1,
        };
        let (graph, lang, key) = (text(r, "g"), text(r, "lang"), text(r, "k"));
        by_statement.insert(
            statement,
            Acc {
                entry,
                graph,
                lang,
                key,
            },
        );
    }
    Ok((by_statement, targets_read))
}

/// Whether an entry passes the filters its index did not apply.
fn passes(a: &Acc, filter: &Filter) -> bool {
    filter
        .speech_act
        .as_ref()
        .is_none_or(|x| a.entry.speech_act.eq_ignore_ascii_case(x))
        && filter.lang.as_ref().is_none_or(|l| a.lang == *l)
        && filter
            .from
            .as_ref()
            .is_none_or(|f| a.entry.date.as_str() >= f.as_str())
        && filter
            .to
            .as_ref()
            .is_none_or(|t| !a.entry.date.is_empty() && a.entry.date.as_str() <= t.as_str())
}

/// The statements that pass `filter`, in chronological order.
pub fn entries(store: &ParleyStore, filter: &Filter) -> Result<Vec<Entry>, StoreError> {
    let (query, inline_targets) = query(filter);
    let rows = select(store, &query)?;
    let mut names = Names {
        store,
        known: BTreeMap::new(),
        labels: BTreeMap::new(),
    };
    let (by_statement, targets_read) = accumulate(&rows, &mut names)?;
    let passed: Vec<Acc> = by_statement
        .into_values()
        .filter(|a| passes(a, filter))
        .collect();
    let kept: Vec<Acc> = one_per_key(passed, |a| (&a.key, &a.entry.statement, &a.entry.article))
        .into_iter()
        .map(|(mut a, sources)| {
            a.entry.sources = sources;
            a
        })
        .collect();
    let mut targets = if inline_targets {
        targets_read
    } else {
        let pairs: Vec<(&str, &str)> = kept
            .iter()
            .map(|a| (a.entry.statement.as_str(), a.graph.as_str()))
            .collect();
        targets(store, &pairs)?
    };
    let mut out = Vec::with_capacity(kept.len());
    for mut a in kept {
        a.entry.targets = targets
            .remove(&a.entry.statement)
            .unwrap_or_default()
            .iter()
            .map(|(t, label)| names.label(t, label.clone()))
            .collect::<Result<_, _>>()?;
        out.push(a.entry);
    }
    // in date order, the statements of unknown date last
    out.sort_by(|a, b| {
        (a.date.is_empty(), &a.date, &a.speaker, &a.statement).cmp(&(
            b.date.is_empty(),
            &b.date,
            &b.speaker,
            &b.statement,
        ))
    });
    Ok(out)
}
