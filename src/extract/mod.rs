//! Extraction: what an article says — its entities (persons, organisations, countries) and its
//! statements (who said what about whom, when). This module owns the `Extraction` value that the
//! pipeline hands to the RDF mapping.
//!
//! The extractor itself (gazetteers, cues, statements, dates, coreference) is the subject of its own
//! issue; until it lands, `extract` finds nothing and the pipeline stores the article alone. Every
//! field below is already mapped to RDF and covered by tests, so the extractor only has to fill it.

pub mod lexicon;
mod mentions;
mod statements;
pub mod tokens;
pub mod when;

use chrono::NaiveDate;

use self::lexicon::Lexicon;
use self::mentions::{Finder, MentionKind, Registry};
use self::statements::{Memory, Sentence};

use crate::article::Article;
use crate::text::{Cleaned, Span};

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organisation,
    Country,
}

/// An entity an article mentions, with every span that mentions it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    /// Canonical name: the fullest form the article gives, or the country's English short name.
    pub label: String,
    /// ISO 3166-1 alpha-2 code of the country the entity is or belongs to.
    pub country: Option<String>,
    /// Role in the article (`secrétaire d'Etat`, `foreign minister`).
    pub role: Option<String>,
    pub mentions: Vec<Span>,
    /// The key of a known actor or organisation of the lexicon: the same entity in every article.
    pub key: Option<String>,
}

/// Speech-act classes (GUIDELINES.md), each a SKOS concept in `ontology/parley.ttl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SpeechAct {
    Say,
    Announce,
    Criticize,
    Accuse,
    Warn,
    Threaten,
    Deny,
    Praise,
    Appeal,
    Promise,
    Reject,
    Agree,
}

impl SpeechAct {
    pub const ALL: [SpeechAct; 12] = [
        SpeechAct::Say,
        SpeechAct::Announce,
        SpeechAct::Criticize,
        SpeechAct::Accuse,
        SpeechAct::Warn,
        SpeechAct::Threaten,
        SpeechAct::Deny,
        SpeechAct::Praise,
        SpeechAct::Appeal,
        SpeechAct::Promise,
        SpeechAct::Reject,
        SpeechAct::Agree,
    ];

    /// The CAMEO event code of the class.
    pub fn cameo(self) -> &'static str {
        match self {
            SpeechAct::Say | SpeechAct::Announce => "010",
            SpeechAct::Criticize => "111",
            SpeechAct::Accuse => "112",
            SpeechAct::Warn => "012",
            SpeechAct::Threaten => "130",
            SpeechAct::Deny => "016",
            SpeechAct::Praise => "051",
            SpeechAct::Appeal => "020",
            SpeechAct::Promise => "030",
            SpeechAct::Reject => "120",
            SpeechAct::Agree => "019",
        }
    }

    /// The class named `name` (its English label, as in `as_str`), ignoring case.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        Self::ALL
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(name))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SpeechAct::Say => "say",
            SpeechAct::Announce => "announce",
            SpeechAct::Criticize => "criticize",
            SpeechAct::Accuse => "accuse",
            SpeechAct::Warn => "warn",
            SpeechAct::Threaten => "threaten",
            SpeechAct::Deny => "deny",
            SpeechAct::Praise => "praise",
            SpeechAct::Appeal => "appeal",
            SpeechAct::Promise => "promise",
            SpeechAct::Reject => "reject",
            SpeechAct::Agree => "agree",
        }
    }
}

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    Direct,
    Indirect,
    Mixed,
    AccordingTo,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::Indirect => "indirect",
            Mode::Mixed => "mixed",
            Mode::AccordingTo => "according_to",
        }
    }
}

/// One statement: an act of communication the article attributes to a source.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index into `Extraction::entities`.
    pub speaker: usize,
    /// Indexes into `Extraction::entities`.
    pub targets: Vec<usize>,
    /// Lemma of the reporting verb or phrase (`déclarer`, `according to`).
    pub cue: String,
    pub speech_act: SpeechAct,
    pub mode: Mode,
    /// The quoted words, fragments joined by ` … ` (direct and mixed modes).
    pub quote: Option<String>,
    /// What was said, as the article reports it (indirect and according-to modes).
    pub content: Option<String>,
    /// The day the statement was made, when the text and publication date fix it.
    pub date: Option<NaiveDate>,
    pub confidence: f32,
    /// The stretch of text that holds the statement (cue included).
    pub span: Span,
    /// The mention of the speaker (a pronoun or role phrase when that is what the text says).
    pub speaker_span: Span,
}

/// Everything extracted from one article. Entities and statements are in text order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub statements: Vec<Statement>,
}

/// Extracts entities and statements from the kept paragraphs of an article with the built-in
/// lexicon. Pure: cannot fail, never panics.
pub fn extract(article: &Article, cleaned: &Cleaned) -> Extraction {
    extract_with(article, cleaned, &Lexicon::builtin())
}

/// Extracts with a given lexicon. French and English articles are read; other languages give
/// nothing (their statements cannot be told apart without a lexicon for them).
pub fn extract_with(article: &Article, cleaned: &Cleaned, lex: &Lexicon) -> Extraction {
    let lang = match article.lang.as_deref() {
        Some("fr") => "fr",
        Some("en") => "en",
        _ => return Extraction::default(),
    };
    let text = article.text.as_str();
    let finder = Finder {
        lex,
        published: article.published,
        lang,
    };
    let mut reg = Registry::default();
    let mut memory = Memory::default();
    let mut found = Vec::new();
    for (pi, para) in cleaned.paragraphs.iter().enumerate() {
        // the lead: the first two paragraphs of the body
        let lead = pi < 3;
        let toks = tokens::tokenize(text, *para);
        let quotes = tokens::quotations(&toks);
        memory.paragraph_dates.clear();
        // a new paragraph starts from the article's lead scene, not the last paragraph's
        memory.scene_date = memory.lead_date;
        for (from, to) in tokens::sentences(&toks, &quotes) {
            let window = mentions::Window {
                toks: &toks,
                from,
                to,
                quotes: &quotes,
            };
            let mentions = finder.sentence(text, window, &mut reg, memory.last_subject);
            for m in &mentions {
                if let MentionKind::Entity(e) | MentionKind::Adjective(e) = m.kind {
                    reg.entities[e].mentions.push(m.span);
                }
            }
            // the day the narrative is at, from this sentence's date expressions outside
            // quotations (a paragraph that is only a dateline is the publication, not a scene);
            // it dates the statements that follow, not this sentence's own
            let scene_here = article.published.and_then(|p| {
                let dateline = to - from <= 8 && from == 0;
                let mut days = when::find(&toks, from, to, p, false);
                days.retain(|d| !quotes.iter().any(|&(o, c)| d.start > o && d.start < c));
                days.pop().filter(|_| !dateline).map(|d| {
                    // only a day named relative to publication (today, hier, ce matin) or an
                    // explicit date dates a whole article; a weekday in the lead may be any
                    // earlier event
                    // a weekday dates the article when it belongs to the main clause
                    // ("Edgard Pisani s'est éteint lundi soir"), not to a relative clause ("une
                    // contestation qui a éclaté dimanche")
                    let main_clause = !(from..d.start).any(|k| {
                        matches!(
                            toks[k].lower(),
                            "qui" | "que" | "qu'" | "who" | "which" | "that"
                        )
                    });
                    let deictic = when::is_deictic(toks[d.start].lower())
                        || (d.end - d.start >= 2 && !when::is_weekday(toks[d.start].lower()))
                        || main_clause;
                    (d.day, deictic)
                })
            });
            // "notre pays" / "our country" names a speaker's country: make sure it is an
            // entity of the article
            let own_country = (from..to.saturating_sub(1)).any(|k| {
                matches!(
                    (toks[k].lower(), toks[k + 1].lower()),
                    ("notre", "pays")
                        | ("our", "country")
                        | ("notre", "nation")
                        | ("our", "nation")
                )
            });
            if own_country {
                let isos: Vec<String> = reg
                    .entities
                    .iter()
                    .filter_map(|e| e.country.clone())
                    .collect();
                for iso in isos {
                    reg.country(lex, &iso);
                }
            }
            let info: Vec<statements::EntityInfo> = reg
                .entities
                .iter()
                .zip(&reg.keys)
                .map(|(e, key)| statements::EntityInfo {
                    person: e.kind == EntityKind::Person,
                    country: e.kind == EntityKind::Country,
                    targetable: {
                        let bare_org = e.kind == EntityKind::Organisation
                            && !e.label.contains(' ')
                            && !e.label.chars().next().is_some_and(char::is_uppercase);
                        // an unknown acronym (UTC, TV) may be anything: a speaker when it
                        // speaks, not a target
                        let acronym = e.kind == EntityKind::Organisation
                            && e.key.is_none()
                            && !e.label.contains(' ')
                            && e.label
                                .chars()
                                .filter(|c| c.is_alphabetic())
                                .all(char::is_uppercase);
                        !(key.starts_with("role:") || bare_org || acronym)
                    },
                    country_entity: e
                        .country
                        .as_ref()
                        .and_then(|iso| reg.find(&format!("country:{iso}"))),
                })
                .collect();
            let s = Sentence {
                text,
                toks: &toks,
                from,
                to,
                quotes: &quotes,
                mentions: &mentions,
                info: &info,
            };
            found.extend(statements::sentence(
                &s,
                lex,
                lang,
                article.published,
                &mut memory,
            ));
            if let Some((day, deictic)) = scene_here {
                memory.scene_date = Some(day);
                if lead && deictic {
                    memory.lead_date.get_or_insert(day);
                }
            }
            let person = |m: &mentions::Mention| match m.kind {
                MentionKind::Entity(e) if reg.entities[e].kind == EntityKind::Person => Some(e),
                _ => None,
            };
            if let Some(p) = mentions.iter().rev().find_map(person) {
                memory.last_person = Some(p);
            }
            let outside =
                |m: &&mentions::Mention| !quotes.iter().any(|&(o, c)| m.start > o && m.start < c);
            if let Some(p) = mentions.iter().filter(outside).find_map(person) {
                memory.last_subject = Some(p);
            }
        }
    }
    Extraction {
        entities: reg.entities,
        statements: found,
    }
}

#[cfg(test)]
mod tests;
