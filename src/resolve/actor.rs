//! Actors by name: an IRI, a label in either language (accents and case ignored), a name variant
//! the lexicon knows (Poutine, Putin), or a surname that names one actor. Input: the store and a
//! name; output: the IRIs it names, or why it names none or several. Lookups go through indexes
//! (ISO codes, the lexicon, exact labels, name keys) before any scan of the store's actors.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::Term;

use crate::query::{build, select, text};
use crate::store::{ParleyStore, StoreError};
use crate::text::keys::fold;

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
pub fn named(store: &ParleyStore, name: &str) -> Result<BTreeSet<String>, ActorError> {
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
        Some(key) if !select(store, build::HAS_NAME_KEYS)?.is_empty() => {
            select(store, &build::actors_with_key(&key))?
        }
        _ => select(store, build::ACTORS)?,
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
        let params = BTreeMap::from([("label".to_string(), label)]);
        let prepared = crate::query::prepare(build::NAMED, None, &params)
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
