//! What the value of a filter or a query parameter names: a speech act, a country, an actor, a
//! language, a date window. Every command resolves its filters here (timeline, export, query and
//! the server's /timeline and /export), so that they all take the same values: country names in
//! French or English, ISO codes and IRIs; actors by name, surname or IRI; speech acts by their
//! English name, whatever the case. A value that names nothing is an error that says why and gives
//! the nearest valid values ("no speech act "critcize"; did you mean criticize?"), never an empty
//! answer.

use std::collections::BTreeSet;

use thiserror::Error;

use crate::extract::SpeechAct;
use crate::rdf::ids::{country_iri, is_country_iri, organisation_iri, person_iri};
use crate::store::{ParleyStore, StoreError};
use crate::text::keys::fold;
use crate::text::keys::{hint, nearest};

mod actor;

pub use actor::{named as resolve_actor, ActorError};

/// The countries Parley knows: ISO code, English and French names.
const COUNTRIES: &str = include_str!("../../ontology/countries.tsv");

#[derive(Debug, Error)]
pub enum ResolveError {
    #[error("no speech act {value:?}{hint}")]
    SpeechAct { value: String, hint: String },
    #[error("no country {value:?} in the store{hint}")]
    Country { value: String, hint: String },
    #[error("{value:?} is not a country (it names {names})")]
    NotACountry { value: String, names: String },
    #[error("{name} ({code}) is in no article of the store")]
    CountryNotStored { name: String, code: String },
    #[error("{error}{hint}")]
    Actor { error: ActorError, hint: String },
    #[error("no article in language {value:?} in the store (it has: {have})")]
    Language { value: String, have: String },
    #[error("--from {from} is after --to {to}: no day is in this window")]
    Window { from: String, to: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A speech act class by its English name, in any case.
pub fn speech_act(value: &str) -> Result<SpeechAct, ResolveError> {
    SpeechAct::parse(value).map_err(|hint| ResolveError::SpeechAct {
        value: value.to_string(),
        hint,
    })
}

/// Parley's countries: (ISO code, English name, French name).
fn countries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    COUNTRIES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("iso2\t"))
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?, f.next()?))
        })
}

/// The ISO code of the country `value` names (a code, a name in French or English, an IRI), which
/// the store must know.
pub fn country(store: &ParleyStore, value: &str) -> Result<String, ResolveError> {
    let iri = if is_country_iri(value.trim()) {
        value.trim().to_string()
    } else {
        match resolve_actor(store, value) {
            Ok(iris) => match iris.iter().find(|i| is_country_iri(i)) {
                Some(iri) => iri.clone(),
                None => {
                    return Err(ResolveError::NotACountry {
                        value: value.to_string(),
                        names: described(store, &iris)?,
                    })
                }
            },
            Err(ActorError::Unknown(_)) => return Err(unknown_country(store, value)?),
            Err(ActorError::Store(e)) => return Err(e.into()),
            Err(other) => {
                return Err(ResolveError::Actor {
                    error: other,
                    hint: String::new(),
                })
            }
        }
    };
    let code = iri.rsplit('/').next().unwrap_or_default().to_string();
    if !store.is_known(&iri)? {
        return Err(unknown_country(store, &code)?);
    }
    Ok(code)
}

/// Why no stored country is named `value`: a country the store does not hold, or the stored
/// countries nearest to it.
fn unknown_country(store: &ParleyStore, value: &str) -> Result<ResolveError, StoreError> {
    let wanted = fold(value);
    for (code, en, fr) in countries() {
        if [code, en, fr].iter().any(|n| fold(n) == wanted)
            && !store.is_known(&country_iri(code))?
        {
            return Ok(ResolveError::CountryNotStored {
                name: en.to_string(),
                code: code.to_string(),
            });
        }
    }
    let mut candidates = Vec::new();
    for (code, en, fr) in countries() {
        let close = |n: &str| !nearest(value, &[(n.to_string(), String::new())]).is_empty();
        if (close(code) || close(en) || close(fr)) && store.is_known(&country_iri(code))? {
            candidates.push((code.to_string(), format!("{code} ({en})")));
            candidates.push((en.to_string(), format!("{en} ({code})")));
            candidates.push((fr.to_string(), format!("{fr} ({code})")));
        }
    }
    Ok(ResolveError::Country {
        value: value.to_string(),
        hint: hint(
            value,
            &candidates,
            " (give an ISO code or a name in French or English; `parley query countries_mentioned` lists the store's countries)",
        ),
    })
}

/// "Antony Blinken <https://…>" for each IRI.
fn described(store: &ParleyStore, iris: &BTreeSet<String>) -> Result<String, StoreError> {
    let mut out = Vec::new();
    for iri in iris {
        out.push(match store.label_of(iri)? {
            Some(name) => format!("{name} <{iri}>"),
            None => format!("<{iri}>"),
        });
    }
    Ok(out.join(", "))
}

/// The `--actor` option of a filter, resolved (none when it is not given).
pub fn actor_option(
    store: &ParleyStore,
    value: Option<&str>,
) -> Result<Option<BTreeSet<String>>, FilterError> {
    value
        .map(|name| actor(store, name).map_err(FilterError::option("--actor")))
        .transpose()
}

/// The actors `value` names (see [`resolve_actor`]); an unknown name gives the nearest actors,
/// organisations and countries of the lexicon that the store holds.
pub fn actor(store: &ParleyStore, value: &str) -> Result<BTreeSet<String>, ResolveError> {
    match resolve_actor(store, value) {
        Ok(iris) => Ok(iris),
        Err(ActorError::Store(e)) => Err(e.into()),
        Err(error @ ActorError::Unknown(_)) => {
            let lexicon = crate::extract::lexicon::Lexicon::builtin();
            let mut candidates: Vec<(String, String, String)> = Vec::new();
            for a in &lexicon.actors {
                candidates.push((a.label.clone(), a.label.clone(), person_iri(&a.key)));
            }
            for o in &lexicon.organisations {
                candidates.push((
                    o.label_en.clone(),
                    o.label_en.clone(),
                    organisation_iri(&o.key),
                ));
            }
            for (code, en, fr) in countries() {
                for name in [en, fr] {
                    candidates.push((name.to_string(), name.to_string(), country_iri(code)));
                }
            }
            let mut stored = Vec::new();
            for (compared, shown, iri) in candidates {
                let near = !nearest(value, &[(compared.clone(), String::new())]).is_empty();
                if near && store.is_known(&iri)? {
                    stored.push((compared, shown));
                }
            }
            Err(ResolveError::Actor {
                error,
                hint: hint(value, &stored, ""),
            })
        }
        Err(error) => Err(ResolveError::Actor {
            error,
            hint: String::new(),
        }),
    }
}

/// An actor or a country: `Ok(Err(code))` for a country, `Ok(Ok(iris))` for actors.
pub fn actor_or_country(
    store: &ParleyStore,
    value: &str,
) -> Result<Result<BTreeSet<String>, String>, ResolveError> {
    let iris = actor(store, value)?;
    match iris.iter().find(|i| is_country_iri(i)) {
        Some(iri) if iris.len() == 1 => Ok(Err(iri.rsplit('/').next().unwrap_or_default().into())),
        _ => Ok(Ok(iris)),
    }
}

/// The language tag `value` names (`fr`, `FR`, `fr-FR`, `French`), which some article of the store
/// must be in.
pub fn language(store: &ParleyStore, value: &str) -> Result<String, ResolveError> {
    let tag = crate::article::lang::normalize(value).unwrap_or_default();
    let have = crate::query::select(store, crate::query::build::LANGUAGES)?;
    let have: BTreeSet<String> = have.iter().map(|r| crate::query::text(r, "l")).collect();
    if have.contains(&tag) {
        return Ok(tag);
    }
    Err(ResolveError::Language {
        value: value.to_string(),
        have: if have.is_empty() {
            "no language".into()
        } else {
            have.into_iter().collect::<Vec<_>>().join(", ")
        },
    })
}

/// A date window that holds at least one day.
pub fn window(from: Option<&str>, to: Option<&str>) -> Result<(), ResolveError> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(ResolveError::Window {
            from: f.to_string(),
            to: t.to_string(),
        }),
        _ => Ok(()),
    }
}

/// A filter's value that names nothing, with the option that gave it (`--actor: no actor …`).
#[derive(Debug, Error)]
pub enum FilterError {
    #[error("{option}")]
    Option {
        option: &'static str,
        #[source]
        source: ResolveError,
    },
    #[error(transparent)]
    Resolve(#[from] ResolveError),
}

impl FilterError {
    /// Names the option of an error (`map_err(FilterError::option("--actor"))`).
    pub fn option(option: &'static str) -> impl FnOnce(ResolveError) -> Self {
        move |source| FilterError::Option { option, source }
    }
}

/// The filters timeline and export share, each value resolved against the store: a country's
/// ISO code, a speech act's name, a language tag, a date window (`YYYY-MM-DD`).
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub country: Option<String>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Resolves the shared filters (see [`Filters`]); an error names the option at fault.
pub fn filters(
    store: &ParleyStore,
    country_name: Option<&str>,
    speech_act_name: Option<&str>,
    lang: Option<&str>,
    (from, to): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
) -> Result<Filters, FilterError> {
    let (from, to) = (from.map(|d| d.to_string()), to.map(|d| d.to_string()));
    window(from.as_deref(), to.as_deref())?;
    Ok(Filters {
        country: country_name
            .map(|c| country(store, c).map_err(FilterError::option("--country")))
            .transpose()?,
        speech_act: speech_act_name
            .map(|a| speech_act(a).map_err(FilterError::option("--speech-act")))
            .transpose()?
            .map(|a| a.as_str().to_string()),
        lang: lang
            .map(|l| language(store, l).map_err(FilterError::option("--lang")))
            .transpose()?,
        from,
        to,
    })
}

/// A catalogue query's parameter whose value names nothing.
#[derive(Debug, Error)]
pub enum ParamError {
    #[error("--param {param}: no article {value:?} in the store (give its url, id or IRI)")]
    NoArticle { param: String, value: String },
    #[error("--param {param}")]
    Value {
        param: String,
        #[source]
        source: ResolveError,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Replaces the values of `actor`, `country`, `article` and `language` parameters of a catalogue
/// query by the IRI or tag they name in the store (a value that names nothing is an error with the
/// nearest valid values; an ambiguous name lists the candidates).
pub fn params(
    store: &ParleyStore,
    declared: Option<&crate::query::NamedQuery>,
    mut params: std::collections::BTreeMap<String, String>,
) -> Result<std::collections::BTreeMap<String, String>, ParamError> {
    use crate::query::ParamType;
    let Some(q) = declared else {
        return Ok(params);
    };
    for p in &q.params {
        let Some(value) = params.get(&p.name) else {
            continue;
        };
        if p.kind == ParamType::Article {
            let graph = store
                .article_graph(value)?
                .ok_or_else(|| ParamError::NoArticle {
                    param: p.name.clone(),
                    value: value.clone(),
                })?;
            let node = crate::rdf::ids::article_node_of_graph(graph.as_str()).unwrap_or_default();
            // an article stored as another source of a text: the statements are the holder's
            params.insert(p.name.clone(), store.text_holder(&node)?);
            continue;
        }
        let resolved = match p.kind {
            ParamType::Actor => {
                actor(store, value).map(|iris| iris.into_iter().next().unwrap_or_default())
            }
            ParamType::Country => country(store, value).map(|code| country_iri(&code)),
            ParamType::Language => language(store, value),
            _ => continue,
        };
        let value = resolved.map_err(|source| ParamError::Value {
            param: p.name.clone(),
            source,
        })?;
        params.insert(p.name.clone(), value);
    }
    Ok(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_acts_are_named_whatever_the_case_and_typos_get_the_nearest() {
        assert_eq!(
            speech_act("Criticize").unwrap(),
            SpeechAct::from_name("criticize").unwrap()
        );
        assert_eq!(
            speech_act("critcize").unwrap_err().to_string(),
            "no speech act \"critcize\"; did you mean criticize?"
        );
        assert_eq!(
            speech_act("thretaen").unwrap_err().to_string(),
            "no speech act \"thretaen\"; did you mean threaten?"
        );
        let far = speech_act("blame").unwrap_err().to_string();
        assert!(
            far.starts_with("no speech act \"blame\" (speech acts: say, announce, criticize"),
            "{far}"
        );
    }

    #[test]
    fn nearest_values_are_within_a_third_of_the_length() {
        let c = |xs: &[&str]| -> Vec<(String, String)> {
            xs.iter().map(|x| (x.to_string(), x.to_string())).collect()
        };
        assert_eq!(
            nearest("Rusie", &c(&["Russie", "Russia", "Prusse"])),
            ["Russie"]
        );
        assert_eq!(nearest("Rusia", &c(&["Russie", "Russia"])), ["Russia"]);
        assert_eq!(
            nearest("blinkne", &c(&["Antony Blinken", "Boris Johnson"])),
            ["Antony Blinken"]
        );
        assert!(nearest("xx", &c(&["RU", "US"])).is_empty());
        assert_eq!(nearest("Émirats", &c(&["emirats"])), ["emirats"]);
    }

    #[test]
    fn countries_are_read_from_the_ontology() {
        let all: Vec<_> = countries().collect();
        assert!(all.len() > 240);
        assert!(all.contains(&("RU", "Russia", "Russie")));
    }
}
