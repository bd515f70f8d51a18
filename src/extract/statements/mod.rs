//! Statements: reporting cues found in a sentence, each with its speaker, content, quote, mode,
//! targets and day (GUIDELINES.md). One statement per cue (and per coordinated speaker).
//!
//! The stages of one cue, each a list of named rules in its module:
//! 1. [`cues`]: the cues of the sentence, each kept only if the checks of `cues::CHECKS` pass;
//! 2. [`speakers`]: the first rule of `speakers::RULES` that applies to the cue chooses the speaker
//!    and the stretch of content (« … », a déclaré X; X a dit que …; selon X; ajoutant que …);
//! 3. [`content`]: the content's bounds, the mode (direct, indirect, mixed, according to) and quote;
//! 4. [`dates`]: the first rule of `dates::RULES` that gives a day;
//! 5. [`targets`]: the entities the content is about.

mod content;
pub(super) mod continuation;
mod cues;
mod dates;
mod memory;
mod speakers;
mod subjects;
mod targets;

use chrono::NaiveDate;

use super::lexicon::{lower, Lexicon};
use super::mentions::{Mention, MentionKind, Registry};
use super::tokens::Token;
use super::words::{Lang, Marks, Setting, W};
use super::{EntityKind, Statement};
use crate::text::Span;

use cues::CueAt;
pub use memory::Memory;
use memory::{remember, remember_speaker};
use speakers::Choice;
use subjects::{described_subject, inverted_subject};

/// How many letters an adverb of manner has at least (consistently; not ally, family).
const ADVERB_LETTERS: usize = 7;

/// The classes of the nouns of a document, a study or a message and its source (report, poll,
/// email).
const DOCUMENT_WORDS: [W; 3] = [W::Reference, W::DocumentNoun, W::SourceNoun];

/// How many words an aside between an auxiliary and its participle may have (a, de son côté,).
const ASIDE_WORDS: usize = 12;

/// One sentence with everything the rules read.
pub struct Sentence<'a> {
    pub lex: &'a Lexicon,
    /// The article's language code, and its index in the word classes.
    pub lang: &'a str,
    pub lang_id: Lang,
    pub published: Option<NaiveDate>,
    pub text: &'a str,
    pub toks: &'a [Token],
    pub marks: &'a [Marks],
    pub from: usize,
    pub to: usize,
    pub quotes: &'a [(usize, usize)],
    pub mentions: &'a [Mention],
    /// What statements need to know of each entity of the article.
    pub info: Infos<'a>,
}

/// Facts about an entity of the article, by entity index.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityInfo {
    pub person: bool,
    pub country: bool,
    /// Named (not only a role phrase or a bare organisation head): may be a target.
    pub targetable: bool,
    /// The entity of its country, if the article mentions that country.
    pub country_entity: Option<usize>,
    /// A medium or a platform the lexicon knows (BBC, Twitter).
    pub medium: bool,
    /// A court, which rules as much as it speaks.
    pub court: bool,
}

/// What statements need to know of the entities of the article, read from the registry when
/// asked (a sentence asks about a few entities; a long article has many).
#[derive(Clone, Copy)]
pub struct Infos<'a> {
    reg: &'a Registry,
}

impl<'a> Infos<'a> {
    pub fn new(reg: &'a Registry) -> Self {
        Infos { reg }
    }

    /// The country the article is about so far, if it is clearly about one.
    pub fn article_country(&self) -> Option<usize> {
        super::mentions::article_country_entity(self.reg)
    }

    /// The gender of person `e` as the article shows it, else as its first name does.
    pub fn gender(&self, lex: &Lexicon, e: usize) -> Option<super::mentions::Gender> {
        super::mentions::person_gender(lex, self.reg, e)
    }

    /// The facts of entity `e`.
    pub fn get(&self, e: usize) -> Option<EntityInfo> {
        let (entity, key) = (self.reg.entities.get(e)?, &self.reg.keys[e]);
        let org = entity.kind == EntityKind::Organisation;
        let one_word = !entity.label.contains(' ');
        let bare_org =
            org && one_word && !entity.label.chars().next().is_some_and(char::is_uppercase);
        // an unknown acronym (UTC, TV) may be anything: a speaker when it speaks, not a target
        let acronym = org
            && entity.key.is_none()
            && one_word
            && entity
                .label
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        Some(EntityInfo {
            person: entity.kind == EntityKind::Person,
            country: entity.kind == EntityKind::Country,
            targetable: !(key.starts_with("role:") || bare_org || acronym),
            country_entity: entity
                .country
                .as_ref()
                .and_then(|iso| self.reg.find(&format!("country:{iso}"))),
            medium: self.reg.medium(e),
            court: self
                .reg
                .of_kind(e, &crate::extract::mentions::type_kind("court")),
        })
    }
}

impl Sentence<'_> {
    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lower()).unwrap_or_default()
    }

    /// The word classes of token `i` (none past the paragraph).
    fn m(&self, i: usize) -> Marks {
        self.marks.get(i).copied().unwrap_or_default()
    }

    /// Whether token `i` is in class `w` in any language.
    fn any(&self, i: usize, w: W) -> bool {
        self.m(i).any(w)
    }

    fn setting(&self, setting: Setting) -> bool {
        self.lex.words.on(self.lang_id, setting)
    }

    /// A determiner or another noun marker: the word after it is a noun.
    fn noun_marker(&self, i: usize) -> bool {
        let m = self.m(i);
        // an auxiliary of the article's language is none, whatever another language makes of it
        // (the French « a dit » is no English article before a noun)
        (m.any(W::Determiner) || m.any(W::NounMarker))
            && !self.lex.words.is(W::Aux, self.low(i), self.lang_id)
            // comme le rapporte X: a pronoun
            && !(i > self.from && m.any(W::NeuterClitic) && self.any(i - 1, W::AsReported))
    }

    /// Whether an adjective mention stands right before a capitalised word or a person's mention
    /// (U.S. Attorney Bash, American hero Tony Mendez).
    fn qualifies_a_name(&self, m: &Mention) -> bool {
        self.toks.get(m.end).is_some_and(|t| t.is_capitalized())
            || self
                .mention_starting(m.end)
                .is_some_and(|n| self.is_person(n))
    }

    /// Whether a mention names a person.
    fn is_person(&self, m: &Mention) -> bool {
        matches!(m.kind, MentionKind::Entity(e) if self.info.get(e).is_some_and(|i| i.person))
    }

    /// Whether token `i` is a full stop, not the dot of an abbreviation (Mrs. Obama, Gov. Hale).
    fn full_stop(&self, i: usize) -> bool {
        self.low(i) == "." && !(i > self.from && self.m(i - 1).any_norm(W::Abbreviation))
    }

    fn in_quote(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(o, c)| i > o && i < c)
    }

    fn is_quote_close(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(_, c)| c == i)
    }

    /// Whether what a cue reports opens at token `i`: a clause (que, that), a colon or a
    /// quotation.
    fn opens_report(&self, i: usize) -> bool {
        self.any(i, W::Complementizer) || self.low(i) == ":" || self.is_quote_open(i)
    }

    fn is_quote_open(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(o, _)| o == i)
    }

    fn quote_ending_at(&self, close: usize) -> Option<(usize, usize)> {
        self.quotes.iter().copied().find(|&(_, c)| c == close)
    }

    fn quote_text(&self, (o, c): (usize, usize)) -> String {
        if c <= o + 1 {
            return String::new();
        }
        let s = Span::new(self.toks[o + 1].span.start, self.toks[c - 1].span.end).slice(self.text);
        crate::text::on_one_line(s.trim())
    }

    fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.start <= i && i < m.end)
    }

    fn mention_starting(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.start == i)
    }

    /// Words that may stand between a speaker and its cue: auxiliaries, skip phrases, days, adverbials.
    fn is_skip(&self, i: usize) -> bool {
        let m = self.m(i);
        self.is_adverb(i)
            || m.is(W::Aux)
            || m.any(W::Adverbial)
            || self.lex.calendar.is_weekday(self.low(i))
            // (the part of that day: on Thursday evening, mardi soir)
            || (m.is(W::TimeNoun) && i > self.from && self.lex.calendar.is_weekday(self.low(i - 1)))
            // a word of a skip phrase, walked back from its end too (ont tous les deux dénoncé)
            || {
                let skip = &self.lex.words.phrases.skip;
                let reach = skip.longest().saturating_sub(1);
                (i.saturating_sub(reach).max(self.from)..=i).any(|j| {
                    skip.longest_at(self.toks, j, lower)
                        .is_some_and(|(n, _)| j + n > i)
                })
            }
    }

    /// "a, quant à lui, dénoncé", "has, however, said", ", according to X,": words in lower case
    /// or a source's between commas after an auxiliary, before token `k`: the opening comma.
    pub(super) fn aside_before(&self, k: usize) -> Option<usize> {
        if k < self.from + 4 || self.low(k - 1) != "," {
            return None;
        }
        let close = k - 1;
        let open = self.aside_opening(close)?;
        // an adverbial phrase (quant à lui, pour sa part, however), where or when (lors de
        // « L'Émission politique » jeudi, in a letter to the board): words, numbers and the
        // quotation marks of a title
        let words = (open + 1..close).all(|j| {
            let t = &self.toks[j];
            t.is_word() || t.starts_with_digit() || self.is_quote_open(j) || self.is_quote_close(j)
        });
        // (or a source's, between a subject and its verb: The police, according to Reuters, said)
        (words && (self.m(open - 1).is(W::Aux) || self.opens_source(open))).then_some(open)
    }

    /// The comma that opens an aside of a few words closed by the comma at `close`.
    fn aside_opening(&self, close: usize) -> Option<usize> {
        (close.saturating_sub(ASIDE_WORDS + 1).max(self.from + 1)..close.saturating_sub(1))
            .rev()
            .find(|&j| self.low(j) == ",")
    }

    /// Whether a source's cue follows the comma at `open` (, according to Reuters; , selon).
    fn opens_source(&self, open: usize) -> bool {
        let cue = self
            .lex
            .cues
            .get(self.lang)
            .and_then(|ix| ix.longest_at(self.toks, open + 1, lower));
        cue.is_some_and(|(_, c)| c.kind == super::lexicon::CueKind::Preposition)
    }

    /// ", according to Reuters,", « , selon Le Monde, »: the opening comma of a source's aside
    /// that the comma at `close` ends.
    pub(super) fn source_aside(&self, close: usize) -> Option<usize> {
        if self.low(close) != "," {
            return None;
        }
        self.aside_opening(close)
            .filter(|&open| self.opens_source(open))
    }

    /// Whether token `k` is a dash that may open or close a parenthetical phrase (—, –, ―, or a
    /// hyphen or two standing alone: X - who … - said).
    pub(super) fn dash_like(&self, k: usize) -> bool {
        self.toks[k].is_dash() || matches!(self.low(k), "-" | "--")
    }

    /// Whether mention `m` opens its clause: at the sentence's start (over the titles and ages
    /// before the name and an article: Sen. X, 76-year-old X, The Post columnist X), after "and" /
    /// "but" opening it (But Senator X), or after the comma that ends an opening phrase or a dash
    /// (In his speech, X …; On Sunday, Reuters …; WASHINGTON — X …).
    pub(super) fn opens_clause(&self, m: &Mention) -> bool {
        let mut k = m.start;
        while k > self.from
            && (self.toks[k - 1].is_capitalized()
                || self.low(k - 1) == "."
                || self.toks[k - 1].starts_with_digit())
            && !self.m(k - 1).any_norm(W::Function)
        {
            k -= 1;
        }
        // (over its article: The Washington Post columnist X, Le Français X; not a preposition's
        // object: In a statement, X …; Since X's op-ed, she …)
        if k > self.from && self.any(k - 1, W::Determiner) {
            k -= 1;
        }
        k == self.from
            || self.low(k - 1) == ","
            || self.toks[k - 1].is_dash()
            // (a hyphen after the agency of a dateline: Washington (Reuters) - X; not l'ex-UMP)
            || (self.low(k - 1) == "-" && k >= self.from + 2 && self.low(k - 2) == ")")
            || (k == self.from + 1 && (self.any(self.from, W::And) || self.any(self.from, W::But)))
    }

    /// Whether token `i` has the language's plural ending (parties, électeurs).
    pub(super) fn plural_form(&self, i: usize) -> bool {
        self.has_ending(i, Setting::PluralEnding)
    }

    /// Whether token `i`, in lower case, has the ending a setting gives the language (-ed, -s).
    pub(super) fn has_ending(&self, i: usize, ending: Setting) -> bool {
        let e = self.lex.words.setting(self.lang_id, ending);
        e.is_some_and(|e| self.low(i).ends_with(e))
    }

    /// An adverb of manner by its ending (consistently claimed), a lower-case word long enough
    /// not to be a noun with that ending (ally, family).
    pub(super) fn is_adverb(&self, i: usize) -> bool {
        self.is_adverb_of(i, ADVERB_LETTERS)
    }

    /// An adverb by its ending, of `letters` letters at least (hotly, where no noun can stand).
    pub(super) fn is_adverb_of(&self, i: usize, letters: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.is_word()
            && !t.is_capitalized()
            && t.norm.chars().count() >= letters
            && self.has_ending(i, Setting::AdverbEnding)
    }

    /// An adverb or a skipped word that is no auxiliary, relative, complementizer or time word
    /// (is now saying, was also warning; not were on opposing sides).
    pub(super) fn is_adverb_like(&self, i: usize) -> bool {
        let not = [
            W::Aux,
            W::Relative,
            W::Complementizer,
            W::Adverbial,
            W::TimeNoun,
        ];
        self.is_skip(i) && !self.m(i).any_of(&not) && !self.lex.calendar.is_weekday(self.low(i))
    }

    /// The index of the first token of the sentence that starts at or after byte `at` (`or` if
    /// none).
    fn first_token_from(&self, at: usize, or: usize) -> usize {
        self.toks[self.from..self.to]
            .iter()
            .position(|t| t.span.start >= at)
            .map(|p| p + self.from)
            .unwrap_or(or)
    }

    fn speaker_tok(&self, span: Span) -> usize {
        self.first_token_from(span.start, self.from)
    }

    fn speaker_span_end(&self, span: Span) -> usize {
        self.first_token_from(span.end, self.to)
    }
}

/// Where a cue stands in its sentence, as the speaker rules see it.
pub(super) struct Site<'a> {
    pub cue: &'a CueAt,
    /// The index of the cue among the sentence's cues, and the sentence's cues.
    pub index: usize,
    pub cues: &'a [CueAt],
    /// The end of the previous cue (or the sentence start), the start of the next (or its end).
    pub prev_end: usize,
    pub next_cue: usize,
    /// The start of the cue with the skippable words before it (a par ailleurs dénoncé).
    pub skip_back: usize,
    /// A quotation closes right before the cue («…», a dit X; "…," said X).
    pub after_quote: bool,
    /// The cue is an incise whose speaker follows it.
    pub incise: bool,
    /// The cue is in a reporting clause (comme le rapporte X): the conjunction's index.
    pub as_reported: Option<usize>,
}

impl<'a> Site<'a> {
    pub(super) fn new(s: &Sentence<'_>, cues: &'a [CueAt], index: usize) -> Site<'a> {
        let c = &cues[index];
        let mut skip_back = s.aside_before(c.start).unwrap_or(c.start);
        while skip_back > s.from
            && s.is_skip(skip_back - 1)
            && !(s.any(skip_back - 1, W::Relative) || s.any(skip_back - 1, W::Complementizer))
        {
            skip_back -= 1;
        }
        let before = if skip_back > s.from {
            s.low(skip_back - 1)
        } else {
            ""
        };
        // (not a short quotation that ends an aside after the subject, with its comma: X, who
        // calls Y a “sociopath,” said; X, the author of « Les Murs », a déclaré)
        let aside = |k: usize| subjects::quoted_in_aside(s, k).is_some();
        let after_quote = skip_back > s.from
            && (s.is_quote_close(skip_back - 1)
                && !subjects::quotation_ends_aside(s, skip_back - 1)
                || (before == ","
                    && skip_back >= 2
                    && s.is_quote_close(skip_back - 2)
                    && !aside(skip_back - 2)));
        // « comme le rapporte X », « comme l'a indiqué X », « ce qu'a confirmé X »
        let as_reported = if skip_back >= s.from + 2
            && (s.any(skip_back - 1, W::NeuterClitic) && s.any(skip_back - 2, W::AsReported)
                || s.any(skip_back - 1, W::Complementizer) && s.any(skip_back - 2, W::Resumptive))
        {
            Some(skip_back - 2)
        } else {
            None
        };
        // ", a déclaré X" is an incise in French; in English ", said" after a quotation only
        // ("The Vice President, Mike Pence, said" has its subject before)
        let incise = (before == "," && s.setting(Setting::IncisePastComma))
            || as_reported.is_some()
            || after_quote
            || c.cue.kind == super::lexicon::CueKind::Inverted
            // (with no auxiliary: "…, said X", not "X, a senator, had endorsed Clinton")
            || (before == ","
                && (skip_back..c.start).all(|k| !s.m(k).is(W::Aux))
                && inverted_subject(s, c).is_some())
            || opens_before_its_subject(s, c);
        Site {
            cue: c,
            index,
            cues,
            prev_end: if index > 0 {
                cues[index - 1].end
            } else {
                s.from
            },
            next_cue: cues.get(index + 1).map(|n| n.start).unwrap_or(s.to),
            skip_back,
            after_quote,
            incise,
            as_reported,
        }
    }

    /// "German officials said": a vague source right before the cue, not a statement.
    pub(super) fn after_vague_source(&self, s: &Sentence<'_>) -> bool {
        self.skip_back > s.from
            && s.mention_at(self.skip_back - 1)
                .is_some_and(|m| m.kind == MentionKind::Vague)
    }
}

/// Statements of one sentence.
pub fn sentence(s: &Sentence<'_>, memory: &mut Memory) -> Vec<Statement> {
    let cues = cues::find(s);
    let mut out: Vec<Statement> = Vec::new();
    for index in 0..cues.len() {
        let site = Site::new(s, &cues, index);
        if site.after_vague_source(s) {
            continue;
        }
        let mut choice = Choice::new(&site);
        speakers::choose(s, &site, memory, &out, &mut choice);
        let Some(speaker) = choice.speaker else {
            continue;
        };
        if site.cue.act {
            remember_speaker(s, memory, speaker.0);
            continue;
        }
        // a court rules (a confirmé le gel, rejected the appeal, declined to hear the case): but
        // for a plain report, it speaks only in words
        let rules = site.cue.cue.act != super::SpeechAct::plain()
            && s.info.get(speaker.0).is_some_and(|i| i.court)
            && !content::in_words(s, &site, &choice);
        if rules {
            continue;
        }
        let (found, extra) = statement(s, &site, memory, &out, choice, speaker);
        remember(s, &site, memory, &found);
        let mut seen_speakers = vec![found.speaker];
        for (e, conf, span) in extra {
            if seen_speakers.contains(&e) {
                continue;
            }
            seen_speakers.push(e);
            let mut other = found.clone();
            other.speaker = e;
            other.confidence = conf;
            other.speaker_span = span;
            other.targets.retain(|t| *t != e);
            out.push(other);
        }
        out.push(found);
    }
    out
}

/// A speaker: entity, confidence and the span of its mention.
type Speaker = (usize, f32, Span);

/// The statement of a cue whose speaker is chosen, and the other speakers coordinated with it.
fn statement(
    s: &Sentence<'_>,
    site: &Site<'_>,
    memory: &Memory,
    out: &[Statement],
    choice: Choice,
    (speaker, confidence, speaker_span): Speaker,
) -> (Statement, Vec<Speaker>) {
    let c = site.cue;
    let (a, b) = content::before_next_cue(s, site, content::bounds(s, c, choice.content));
    let said = content::said(s, c, (a, b));
    let ((a, b), said) = content::over_embedded_clause(s, site, (a, b), said);
    let (mode, quote) = content::mode_and_quote(s, c, &choice, speaker_span, (a, b));
    let content_text = (mode != super::Mode::Direct)
        .then(|| content::span_text(s, said.0, said.1))
        .flatten();
    let date = dates::day(s, site, memory, out, (speaker, speaker_span), (a, b));
    let targets = targets::targets(s, ((a, b), choice.source), speaker, Some(c), memory);
    // a speaker already named for an earlier cue of the sentence is that cue's subject, shared with
    // this one (X said …, adding that …; X a dénoncé … et réclame …): the statement starts at its cue
    let shared_subject = out.iter().any(|o| o.speaker_span == speaker_span);
    let span = statement_span(s, c, (!shared_subject).then_some(speaker_span), (a, b));
    let found = Statement {
        speaker,
        speaker_span,
        targets,
        cue: c.cue.lemma.clone(),
        speech_act: content::speech_act(s, c),
        mode,
        quote,
        content: content_text,
        date,
        confidence,
        span,
    };
    (found, choice.extra)
}

/// The stretch of text that holds the statement: speaker, cue and content.
fn statement_span(
    s: &Sentence<'_>,
    c: &CueAt,
    speaker_span: Option<Span>,
    (a, b): (usize, usize),
) -> Span {
    let lo = [
        speaker_span.map_or(usize::MAX, |sp| sp.start),
        s.toks[c.start].span.start,
        s.toks[a.min(s.to - 1)].span.start,
    ]
    .into_iter()
    .filter(|&x| x >= s.toks[s.from].span.start)
    .min()
    .unwrap_or(s.toks[c.start].span.start);
    let hi = [
        speaker_span.map_or(0, |sp| sp.end),
        s.toks[c.end - 1].span.end,
        s.toks[b.saturating_sub(1).max(a).min(s.to - 1)].span.end,
    ]
    .into_iter()
    .max()
    .unwrap_or(s.toks[c.end - 1].span.end);
    Span::new(lo.min(hi), hi)
}

/// "Said Comey, “…”", "Remarked scientist Tierra Curry, “…”": a reporting verb that opens the
/// sentence, capitalised, with its subject after it and a quotation after a comma or a colon.
fn opens_before_its_subject(s: &Sentence<'_>, c: &CueAt) -> bool {
    use super::lexicon::CueKind;
    // (its subject right after it, a name or a described one; not a passive: Asked about X,
    // Asked by X whether …, she said)
    c.start == s.from
        && s.toks[c.start].is_capitalized()
        && matches!(c.cue.kind, CueKind::Finite | CueKind::Participle)
        && c.end < s.to
        && (s.toks[c.end].is_capitalized() || s.any(c.end, W::Determiner))
        && !s.any(c.end, W::Agent)
        && (c.end..s.to)
            .any(|k| matches!(s.low(k), "," | ":") && k + 1 < s.to && s.is_quote_open(k + 1))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    /// The text of each statement of an article of one paragraph, in text order.
    fn spans(lang: &str, body: &str) -> Vec<String> {
        let text = format!("Titre\n\n{body}\n");
        let mut x: Vec<_> = extraction(lang, body).statements;
        x.sort_by_key(|s| (s.span.start, s.span.end));
        x.iter()
            .map(|s| text[s.span.start..s.span.end].to_string())
            .collect()
    }

    #[test]
    fn a_court_that_rules_makes_no_statement_but_its_words_do() {
        for (lang, body) in [
            (
                "fr",
                "La cour d'appel de Douai a confirmé le gel du décret.",
            ),
            (
                "fr",
                "Le tribunal correctionnel de Lille a condamné Jean Dupont à deux ans de prison.",
            ),
            (
                "en",
                "The Ohio Court of Appeals rejected a request from the governor.",
            ),
            ("en", "The Ohio Court of Appeals declined to hear the case."),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        for (lang, body) in [
            (
                "fr",
                "La cour d'appel de Douai a estimé que la procédure était régulière.",
            ),
            (
                "fr",
                "La procédure était régulière, a rappelé la cour d'appel de Douai.",
            ),
            (
                "fr",
                "Selon la cour d'appel de Douai, la procédure était régulière.",
            ),
            (
                "en",
                "The Ohio Court of Appeals said the law was unconstitutional.",
            ),
            (
                "en",
                "The Ohio Court of Appeals confirmed that the law was unconstitutional.",
            ),
        ] {
            assert!(one(lang, SAT, body).content.is_some(), "{body}");
        }
    }

    #[test]
    fn a_second_cue_of_the_same_subject_starts_its_own_statement() {
        for (lang, body, second) in [
            (
                "en",
                "Senator Maria Ortega said the bill was unfair, adding that she would vote against it.",
                "adding that",
            ),
            (
                "en",
                "\"We are ready,\" the mayor, Tom Baxter, said on Monday, noting that the roads were clear.",
                "noting that",
            ),
            (
                "fr",
                "Le ministre Paul Lefort a dénoncé une « provocation » et réclame des excuses publiques.",
                "réclame",
            ),
            (
                "fr",
                "La députée Anne Vidal a critiqué le projet, affirmant qu'il coûterait trop cher.",
                "affirmant",
            ),
        ] {
            let all = spans(lang, body);
            assert_eq!(all.len(), 2, "{body}: {all:?}");
            assert!(all[1].starts_with(second), "{body}: {all:?}");
            // the first statement keeps its subject
            assert!(!all[0].starts_with(second), "{body}: {all:?}");
        }
    }
}
