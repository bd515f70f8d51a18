//! What the extractor remembers across the sentences of an article: who spoke or acted last
//! (for pronouns), who issued a document, the days statements were made on.

use rustc_hash::FxHashMap as HashMap;

use chrono::NaiveDate;

use super::super::mentions::Gender;
use super::super::words::W;
use super::super::Statement;
use super::{Sentence, Site};
use crate::text::Span;

/// What the extractor remembers across sentences of an article.
#[derive(Debug, Default)]
pub struct Memory {
    /// The last speaker, and whether it issued a document (dans un communiqué).
    pub last_speaker: Option<usize>,
    pub last_document_speaker: Option<usize>,
    /// The last person mentioned, and the one mentioned before that person.
    pub last_person: Option<usize>,
    pub person_before_last: Option<usize>,
    /// The last speaker that is a person.
    pub last_person_speaker: Option<usize>,
    /// The last speaker that is no person (a body, a country): what « ils » / "they" may be.
    pub last_body_speaker: Option<usize>,
    /// The person the article named by a suspect noun (police identified the gunman as X): whom
    /// "the suspect", « l'assaillant » refer to.
    pub suspect: Option<usize>,
    /// The spans of the statements that spoke of the suspect by a noun before the article named
    /// one (Police said the gunman surrendered … identified the suspect as X): theirs too.
    pub before_suspect: Vec<Span>,
    /// The first person mentioned (outside quotations) in the last sentence that had one.
    pub last_subject: Option<usize>,
    /// (speaker, date) of the statements of the current paragraph.
    pub paragraph_dates: Vec<(usize, NaiveDate)>,
    /// The subject (first person outside quotations) of the last sentence of the current
    /// paragraph that names one, and whether a person spoke in the paragraph yet.
    pub paragraph_subject: Option<usize>,
    pub person_spoke_in_paragraph: bool,
    /// Whether anyone spoke in the current paragraph yet.
    pub spoke_in_paragraph: bool,
    /// The day the narrative is at: the last day named outside quotations (Today, Carrie Lam
    /// delivered … ; the mayor was stabbed last night).
    pub scene_date: Option<NaiveDate>,
    /// The latest day the article's lead names in a main clause: where its news stands (On
    /// Thursday, the party won … Reactions came in on Friday).
    pub lead_date: Option<NaiveDate>,
    /// (speaker, date) of the article's dated statements.
    pub speaker_dates: Vec<(usize, NaiveDate)>,
    /// The gender of the persons mentioned so far whose words showed it (Mrs, la ministre), and
    /// the last person mentioned of each gender.
    pub genders: HashMap<usize, Gender>,
    pub last_of_gender: HashMap<Gender, usize>,
}

impl Memory {
    /// Whether entity `e` may be what a pronoun of gender `g` refers to: one of no other gender.
    pub fn fits(&self, e: usize, g: Option<Gender>) -> bool {
        g.is_none_or(|g| self.genders.get(&e).is_none_or(|&h| h == g))
    }

    /// What a pronoun of gender `g` refers to among `candidates`, the likeliest first: the first
    /// one, unless of the other gender (she, after a man spoke); then the last person of the
    /// pronoun's gender, else the next candidate of no other gender.
    pub fn pick(&self, candidates: &[Option<usize>], g: Option<Gender>) -> Option<usize> {
        let mut all = candidates.iter().flatten().copied();
        let first = all.next()?;
        if self.fits(first, g) {
            return Some(first);
        }
        g.and_then(|g| self.last_of_gender.get(&g).copied())
            .or_else(|| all.find(|&e| self.fits(e, g)))
    }

    /// The person the current paragraph names before any person speaks in it, whom a person's
    /// pronoun refers to first (« Fillon n'a désigné que trois clients. Il a affirmé … »).
    pub fn paragraph_person(&self) -> Option<usize> {
        self.paragraph_subject
            .filter(|_| !self.person_spoke_in_paragraph)
    }
}

/// Who spoke or acted last: whom the next pronouns refer to.
pub(super) fn remember_speaker(s: &Sentence<'_>, memory: &mut Memory, speaker: usize) {
    memory.last_speaker = Some(speaker);
    memory.spoke_in_paragraph = true;
    if s.info.get(speaker).is_some_and(|i| i.person) {
        memory.last_person_speaker = Some(speaker);
        memory.person_spoke_in_paragraph = true;
    } else {
        memory.last_body_speaker = Some(speaker);
    }
}

/// What the next statements need from this one: its speaker (for pronouns), whether it issued a
/// document (dans un communiqué, in a statement), its day.
pub(super) fn remember(s: &Sentence<'_>, site: &Site<'_>, memory: &mut Memory, found: &Statement) {
    let c = site.cue;
    let speaker = found.speaker;
    remember_speaker(s, memory, speaker);
    let from = c.start.min(s.speaker_tok(found.speaker_span));
    let to = (c.end + 14).min(s.to);
    if (from..to.min(s.to)).any(|i| s.any(i, W::Reference)) {
        memory.last_document_speaker = Some(speaker);
    }
    if memory.suspect.is_none() && super::targets::speaks_of_a_suspect(s, found.span) {
        memory.before_suspect.push(found.span);
    }
    if let Some(d) = found.date {
        memory.paragraph_dates.push((speaker, d));
        memory.speaker_dates.push((speaker, d));
    }
}
