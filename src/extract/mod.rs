//! Extraction: what an article says — its entities (persons, organisations, countries) and its
//! statements (who said what about whom, when). This module owns the `Extraction` value that the
//! pipeline hands to the RDF mapping.
//!
//! The extractor itself (gazetteers, cues, statements, dates, coreference) is the subject of its own
//! issue; until it lands, `extract` finds nothing and the pipeline stores the article alone. Every
//! field below is already mapped to RDF and covered by tests, so the extractor only has to fill it.

use chrono::NaiveDate;

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
}

/// Everything extracted from one article. Entities and statements are in text order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub statements: Vec<Statement>,
}

/// Extracts entities and statements from the kept paragraphs of an article. Pure: cannot fail,
/// never panics. (The extractor is not written yet: see the module documentation.)
pub fn extract(_article: &Article, _cleaned: &Cleaned) -> Extraction {
    Extraction::default()
}
