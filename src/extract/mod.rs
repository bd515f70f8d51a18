//! Extraction: what an article says — its entities (persons, organisations, countries) and its
//! statements (who said what about whom, when). This module owns the `Extraction` value that the
//! pipeline hands to the RDF mapping, and runs the stages over each sentence of an article:
//!
//! 1. [`tokens`]: tokens, quotations and sentences of a paragraph; [`words`] marks each token with
//!    its closed word classes in the article's language;
//! 2. [`mentions`]: mentions of entities, by the named rules of `mentions::RULES`, registered once
//!    per article;
//! 3. [`scene`]: the day the narrative is at, for statements the text does not date;
//! 4. [`statements`]: cues, speakers, content, dates and targets, each stage a list of named rules.
//!
//! Everything that differs between languages is data of the [`lexicon`] (`ontology/*.tsv`): a
//! language with cues in the lexicon is a language Parley reads.

pub mod acts;
pub mod lexicon;
mod mentions;
mod phrases;
mod scene;
mod statements;
pub mod tokens;
pub mod when;
pub mod words;

use rustc_hash::FxHashSet as HashSet;

use chrono::NaiveDate;

pub use self::acts::SpeechAct;
use self::lexicon::Lexicon;
use self::mentions::{Finder, Mention, MentionKind, Registry};
use self::statements::{Memory, Sentence};
use self::words::W;

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
    /// The key of a known actor or organisation of the lexicon, or of an institution of a state
    /// with its country (police-nz): the same entity in every article.
    pub key: Option<String>,
    /// A person the article knows by a description only (son avocat, la mère de X): someone of
    /// this article, never the same actor as in another.
    pub described: bool,
    /// The acronym the article gives an organisation no lexicon knows (the Confédération générale
    /// du travail (CGT)): what names it in the articles that give the acronym only.
    pub acronym: Option<String>,
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

/// The paragraphs of the body that make its lead (they date the article's main event).
const LEAD_PARAGRAPHS: usize = 3;

/// How many words make a paragraph of the body, not a dateline, a kicker or a pull quote.
const BODY_PARAGRAPH_WORDS: usize = 20;

/// Extracts with a given lexicon. Articles in a language the lexicon has cues for are read;
/// others give nothing (their statements cannot be told apart without a lexicon for them).
pub fn extract_with(article: &Article, cleaned: &Cleaned, lex: &Lexicon) -> Extraction {
    let Some(lang) = article.lang.as_deref().filter(|l| lex.reads(l)) else {
        return Extraction::default();
    };
    let common = lower_case_words(article, cleaned);
    let finder = Finder {
        lex,
        published: article.published,
        lang,
        common: &common,
    };
    let mut reg = Registry::default();
    let mut memory = Memory::default();
    let mut found: Vec<Statement> = Vec::new();
    // paragraphs of the body before this one (a dateline, a kicker or a pull quote is none)
    let mut body_before = 0;
    for para in &cleaned.paragraphs {
        let span = Tokenized::new(lex, &article.text, *para, lang);
        let lead = body_before < LEAD_PARAGRAPHS;
        if span.toks.iter().filter(|t| t.is_word()).count() >= BODY_PARAGRAPH_WORDS {
            body_before += 1;
        }
        memory.paragraph_dates.clear();
        memory.paragraph_subject = None;
        memory.person_spoke_in_paragraph = false;
        memory.spoke_in_paragraph = false;
        // a new paragraph starts from the article's lead scene, not the last paragraph's
        memory.scene_date = memory.lead_date;
        // the statement of the paragraph a quotation alone after it goes on with
        let mut goes_on: Option<usize> = None;
        for window in span.sentences(lex) {
            let sentence = SentenceRun {
                article,
                finder: &finder,
                window,
                lead,
            };
            let speaker = goes_on.map(|k: usize| found[k].speaker);
            let ran = sentence.run(&mut reg, &mut memory, speaker);
            match (goes_on, ran.quotation) {
                // (and the statements of the speakers coordinated with its own: X and Y said)
                (Some(k), Some(words)) => {
                    // (pushed right before it with its span: not the whole article again)
                    let span = found[k].span;
                    let shared = found[..=k]
                        .iter_mut()
                        .rev()
                        .take_while(|st| st.span == span);
                    for st in shared {
                        statements::continuation::go_on(st, words.clone());
                    }
                }
                _ => goes_on = ran.goes_on.then(|| found.len() + ran.found.len() - 1),
            }
            found.extend(ran.found);
        }
    }
    // the suspect the article names later is whom "the gunman" said before refers to
    if let Some(p) = memory.suspect {
        let before = found
            .iter_mut()
            .filter(|st| memory.before_suspect.contains(&st.span));
        for st in before.filter(|st| st.speaker != p && !st.targets.contains(&p)) {
            st.targets.push(p);
        }
    }
    title_mentions(article, cleaned, &finder, &mut reg);
    mentions::home_country(&mut reg);
    Extraction {
        entities: reg.entities,
        statements: found,
    }
}

/// A span of the article (a paragraph, the title) as tokens with their word classes and
/// quotations.
struct Tokenized {
    toks: Vec<tokens::Token>,
    marks: Vec<words::Marks>,
    quotes: Vec<(usize, usize)>,
}

impl Tokenized {
    fn new(lex: &Lexicon, text: &str, span: Span, lang: &str) -> Tokenized {
        let toks = lex.tokenizer.tokenize(text, span);
        let marks = lex.words.marks(&toks, lex.words.lang(lang));
        let quotes = tokens::quotations(&toks);
        Tokenized {
            toks,
            marks,
            quotes,
        }
    }

    /// The span's sentences, each with the quotations around it.
    fn sentences<'a>(&'a self, lex: &Lexicon) -> impl Iterator<Item = mentions::Window<'a>> {
        tokens::sentences(&lex.tokenizer, &self.toks, &self.quotes)
            .into_iter()
            .map(move |(from, to)| mentions::Window {
                toks: &self.toks,
                marks: &self.marks,
                from,
                to,
                quotes: tokens::quotes_around(&self.quotes, from, to),
            })
    }
}

/// Registers the names of the title, after the body so that a headline's short form (Valls) meets
/// the full name the body gives (Manuel Valls). A headline holds no statement (GUIDELINES), and a
/// title in Title Case ("Senate Passes Budget Bill") has no capital that tells a name.
fn title_mentions(article: &Article, cleaned: &Cleaned, finder: &Finder<'_>, reg: &mut Registry) {
    let Some(title) = cleaned
        .title
        .filter(|t| !title_case(t.slice(&article.text), finder.common))
    else {
        return;
    };
    let span = Tokenized::new(finder.lex, &article.text, title, finder.lang);
    for window in span.sentences(finder.lex) {
        let found = finder.sentence(&article.text, window, reg, None);
        register(reg, &found);
    }
    for e in &mut reg.entities {
        e.mentions.sort_by_key(|m| m.start);
    }
}

/// A headline in Title Case: every word of four letters or more after the first has a capital,
/// and there are four of them or one is written in lower case in the body (Passes, Budget).
/// "Décès de David Rockefeller" is not one.
fn title_case(title: &str, common: &HashSet<String>) -> bool {
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 3)
        .skip(1)
        .collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let in_body = |w: &&str| common.contains(&w.to_lowercase());
    !words.is_empty()
        && words.iter().all(capital)
        && (words.len() >= 4 || words.iter().any(in_body))
}

/// Adds the mentions of a sentence to their entities.
fn register(reg: &mut Registry, mentions: &[Mention]) {
    for m in mentions {
        if let (MentionKind::Entity(e) | MentionKind::Adjective(e), Some(name)) = (&m.kind, m.name)
        {
            reg.entities[*e].mentions.push(name);
            if matches!(m.kind, MentionKind::Entity(_)) {
                reg.count_name(*e);
            }
        }
    }
}

/// The words the article writes in lower case somewhere (son, scientists): written with a capital
/// at the start of a sentence, they are no name. An address is no writing of a word
/// (lauren.weber@huffingtonpost.com, twitter.com/feltman).
fn lower_case_words(article: &Article, cleaned: &Cleaned) -> HashSet<String> {
    let mut words = HashSet::default();
    // (or a dot inside it: www.example.com, a.m.)
    let address = |t: &str| {
        let inner = t.trim_end_matches(|c: char| !c.is_alphanumeric());
        t.contains(['@', '/', '_']) || inner.contains('.')
    };
    for p in &cleaned.paragraphs {
        let text = p.slice(&article.text);
        for t in text.split_whitespace().filter(|t| !address(t)) {
            for w in t.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
                if w.chars().next().is_some_and(char::is_lowercase) && !words.contains(w) {
                    words.insert(w.to_string());
                }
            }
        }
    }
    words
}

/// One sentence of an article, through every stage.
struct SentenceRun<'a> {
    article: &'a Article,
    finder: &'a Finder<'a>,
    window: mentions::Window<'a>,
    /// In the lead of the article.
    lead: bool,
}

impl SentenceRun<'_> {
    /// The sentence's statements; `continuing` is the speaker of a statement of the paragraph a
    /// sentence of quotations would go on with.
    fn run(&self, reg: &mut Registry, memory: &mut Memory, continuing: Option<usize>) -> Ran {
        let (lex, w) = (self.finder.lex, self.window);
        let text = self.article.text.as_str();
        let mentions = self.finder.sentence(text, w, reg, memory.last_subject);
        register(reg, &mentions);
        let scene_here = self
            .article
            .published
            .and_then(|p| scene::scene_day(lex, w, p));
        // "notre pays" / "our country" names a speaker's country: make sure it is an entity of
        // the article
        if scene::names_own_country(lex, w) {
            for iso in reg.new_countries() {
                reg.country(lex, &iso);
            }
        }
        let s = Sentence {
            lex,
            lang: self.finder.lang,
            lang_id: lex.words.lang(self.finder.lang),
            published: self.article.published,
            text,
            toks: w.toks,
            marks: w.marks,
            from: w.from,
            to: w.to,
            quotes: w.quotes,
            mentions: &mentions,
            info: statements::Infos::new(reg),
        };
        // (the gender of a person first named here already tells whom a pronoun after it may
        // refer to: Asked by Matt Lauer whether …, she said)
        let genders: Vec<_> = sentence_genders((lex, reg), &mentions).collect();
        for &(p, g) in &genders {
            memory.genders.insert(p, g);
        }
        let found = statements::sentence(&s, memory);
        if let Some((day, deictic)) = scene_here {
            memory.scene_date = Some(day);
            // the lead's latest day: the news is where its last development is
            if self.lead && deictic {
                memory.lead_date = Some(memory.lead_date.map_or(day, |d| d.max(day)));
            }
        }
        remember_persons(reg, (&mentions, &genders), w, memory);
        Ran {
            goes_on: found
                .last()
                .is_some_and(|st| statements::continuation::may_go_on(&s, st)),
            quotation: continuing
                .filter(|_| found.is_empty())
                .and_then(|sp| statements::continuation::whole_quotation(&s, sp, memory)),
            found,
        }
    }
}

/// What one sentence gave: its statements, whether the last may go on in a quotation after the
/// sentence, and the sentence as the quotation a statement before it goes on with.
struct Ran {
    found: Vec<Statement>,
    goes_on: bool,
    quotation: Option<statements::continuation::Quotation>,
}

/// The person a mention names.
fn person_of(reg: &Registry, m: &Mention) -> Option<usize> {
    match m.kind {
        MentionKind::Entity(e) if reg.entities[e].kind == EntityKind::Person => Some(e),
        _ => None,
    }
}

/// The persons of `mentions` whose gender is known, in text order: as the article shows it, else
/// as the first name does (Hillary Clinton).
fn sentence_genders<'m>(
    (lex, reg): (&'m Lexicon, &'m Registry),
    mentions: &'m [Mention],
) -> impl Iterator<Item = (usize, mentions::Gender)> + 'm {
    mentions
        .iter()
        .filter_map(|m| person_of(reg, m))
        .filter_map(|p| mentions::person_gender(lex, reg, p).map(|g| (p, g)))
}

/// The last person of each gender (`genders`: those of the sentence's persons, already known
/// to `memory`), the last two persons mentioned, and the first person mentioned outside
/// quotations (the subject the next sentences' pronouns and descriptions refer to).
fn remember_persons(
    reg: &Registry,
    (mentions, genders): (&[Mention], &[(usize, mentions::Gender)]),
    w: mentions::Window<'_>,
    memory: &mut Memory,
) {
    for &(p, g) in genders {
        memory.last_of_gender.insert(g, p);
    }
    let person = |m: &Mention| person_of(reg, m);
    for p in mentions.iter().filter_map(person) {
        if memory.last_person != Some(p) {
            memory.person_before_last = memory.last_person;
            memory.last_person = Some(p);
        }
    }
    let named = mentions
        .iter()
        .find(|m| person(m).is_some() && named_suspect(w, m))
        .and_then(person);
    // (a suspect noun names the suspect over whom a charge verb named first; a charge verb
    // names one only while there is none)
    let first_charged = || {
        memory
            .suspect
            .is_none()
            .then(|| charged(w, mentions, person))
            .flatten()
    };
    if let Some(p) = named.or_else(first_charged) {
        memory.suspect = Some(p);
    }
    let outside = |m: &&Mention| !w.in_quote(m.start);
    if let Some(p) = mentions.iter().filter(outside).find_map(person) {
        memory.last_subject = Some(p);
        memory.paragraph_subject = Some(p);
    }
    // a vague group opening the sentence (Democrats noted …; officials said …) is whom the next
    // « they » refers to: no body that spoke before
    let opening = mentions.iter().find(outside);
    if opening.is_some_and(|m| m.kind == MentionKind::Vague && m.start < w.from + VAGUE_OPENING) {
        memory.last_body_speaker = None;
    }
}

/// How far after its subject a charge verb may stand (X, 28, of Allen, was charged).
const CHARGE_REACH: usize = 16;

/// "Police arrested X", "X, 28, appeared in court, charged with murder", « X a été interpellé »:
/// the person a charge verb imputes a crime to, outside quotations: its object, right after it;
/// or the subject of its passive, with no other person, pronoun or "that" before the verb: after
/// a comma that opens a participle clause, or after an auxiliary of the passive right after the
/// name or an aside between commas (X, 28, was charged; not X told reporters the man was).
fn charged(
    w: mentions::Window<'_>,
    mentions: &[Mention],
    person: impl Fn(&Mention) -> Option<usize>,
) -> Option<usize> {
    let charge = |k: usize| w.marks[k].is(W::ChargeVerb) && !w.in_quote(k);
    let comma = |k: usize| w.toks[k].norm == ",";
    let persons: Vec<(&Mention, usize)> = mentions
        .iter()
        .filter_map(|m| Some((m, person(m)?)))
        .collect();
    let object = persons
        .iter()
        .find(|(m, _)| m.start > w.from && charge(m.start - 1));
    let subject = persons.iter().enumerate().find(|&(n, (m, _))| {
        let next = persons.get(n + 1).map_or(w.to, |(o, _)| o.start);
        let reach = (m.end + CHARGE_REACH).min(next);
        let Some(k) = (m.end..reach)
            .find(|&k| charge(k))
            .filter(|_| !w.in_quote(m.start))
        else {
            return false;
        };
        if (m.end..k).any(|j| w.marks[j].any_of(&[W::Pronoun, W::Complementizer])) {
            return false;
        }
        // (the auxiliaries before the verb: has been, a été)
        let mut a = k;
        while a > m.end && w.marks[a - 1].any_of(&[W::Aux, W::AuxPassive]) {
            a -= 1;
        }
        let aside = a == m.end || comma(m.end) && comma(a - 1);
        comma(k - 1) || a < k && w.marks[k - 1].any(W::AuxPassive) && aside
    });
    object.or(subject.map(|(_, o)| o)).map(|&(_, p)| p)
}

/// How far into a sentence a vague group is its subject.
const VAGUE_OPENING: usize = 3;

/// "Police identified the suspected gunman as X", "the suspect as 21-year-old X", "the suspect,
/// X,", « l'assaillant présumé, X », "X, 21, the accused": whether a suspect noun names the person
/// of mention `m`: right before it, over "as", commas, an age and an adjective after the noun; or
/// in apposition after it, over a comma, an age, an article and one word in lower case.
fn named_suspect(w: mentions::Window<'_>, m: &Mention) -> bool {
    let noun = |k: usize| w.marks[k].any(W::SuspectNoun);
    // (over an age: the suspect as 21-year-old X)
    let link = |k: usize| {
        w.toks[k].norm == "," || w.marks[k].any(W::NamingLink) || w.toks[k].starts_with_digit()
    };
    let mut k = m.start;
    while k > w.from && link(k - 1) {
        k -= 1;
    }
    let lower = |k: usize| w.toks[k].is_word() && !w.toks[k].is_capitalized();
    let before = k > w.from && (noun(k - 1) || k > w.from + 1 && lower(k - 1) && noun(k - 2));
    // (a comma, an age and its comma, an article, one word in lower case, the noun)
    let mut k = m.end;
    let at = |k: usize, f: &dyn Fn(usize) -> bool| k < w.to && f(k);
    if !at(k, &|k| w.toks[k].norm == ",") {
        return before;
    }
    k += 1;
    if at(k, &|k| w.toks[k].starts_with_digit()) && at(k + 1, &|k| w.toks[k].norm == ",") {
        k += 2;
    }
    if at(k, &|k| w.marks[k].any(W::Determiner)) {
        k += 1;
    }
    before || at(k, &noun) || at(k, &lower) && at(k + 1, &noun)
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
