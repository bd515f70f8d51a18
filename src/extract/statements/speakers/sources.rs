//! `according_to`: selon / d'après / according to X (or him, or the issuer of a document named
//! after it: according to a Gallup poll), the sources coordinated with it, and the rest of the
//! sentence as what they report; who made the study or the poll that shows ([`study_issuer`]).

use super::super::super::lexicon::{lower, CueKind};
use super::super::super::mentions::{gender_in_language, Mention, MentionKind};
use super::super::super::words::W;
use super::super::subjects::{speaker_after, usable};
use super::super::{Sentence, Speaker};
use super::{speaker_of, Choice, Ctx};

/// How far back from a study's noun a name that qualifies it may stand (A new CNN/ORC poll,
/// Marine Traffic's AIS tracking database).
const QUALIFIER_REACH: usize = 3;

/// "A CNN/ORC poll showed", "a poll by Gallup shows", « un sondage Ifop montre », "his survey
/// showed": a study's cue (`W::StudyCue`), or a verb that needs a clause after a study's noun
/// (a new CNN poll found), is the statement of the name that qualifies the study's noun before
/// it, or follows that noun, or of the possessor; not of a name further back ("as polls show
/// Sanders surging" after Clinton: no one). `false` (the next rules decide) for any other cue.
pub(super) fn study_issuer(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    let floor = x.site.prev_end.max(s.from);
    let noun = super::super::cues::study_noun_before(s, c.start, floor);
    // a name's word is the name's subject (the Center for Economic and Policy Research found, the
    // Cook Political Report shows): the subject rules find it
    if noun.is_some_and(|d| s.toks[d].is_capitalized()) {
        return false;
    }
    // (a verb that needs a clause says what a study found too: the poll found Clinton leading)
    let finding = s.any(c.start, W::ClauseCue) && noun.is_some_and(|d| s.any(d, W::DocumentNoun));
    if !s.any(c.start, W::StudyCue) && !finding {
        return false;
    }
    let Some(d) = noun else {
        return true;
    };
    let qualifies = |m: &&Mention| {
        let before = m.end <= d
            && d - m.end <= QUALIFIER_REACH
            && m.start >= floor
            && (m.end..d).all(|k| names_the_study(s, k, m.end, d));
        let after = m.start > d && m.end <= c.start;
        usable(m) && (before || after || m.start <= d && d < m.end)
    };
    if let Some(m) = s.mentions.iter().find(qualifies) {
        // (not a part of those it asked: 20 percent of people in a Gallup poll said)
        if super::unnamed::after_a_vague_head(s, m, floor) {
            return true;
        }
        choice.speaker = speaker_of(m, x.memory, 1.0);
        super::clause_before_subject(x, m, choice, false);
    } else if d > floor && s.any(d - 1, W::Possessive) {
        // (his survey showed: the speaker of the sentence's statement before, else the subject)
        let owner = x.out.last().map(|st| st.speaker);
        let owner = owner.or(x.memory.last_subject).or(x.memory.last_speaker);
        choice.speaker = owner.map(|e| (e, 0.6, s.toks[d - 1].span));
    }
    true
}

/// Whether token `k`, between a name ending at `end` and a study's noun at `d`, belongs with them
/// to the study's name: a slash, a dash, a genitive, a capitalised word, or one word in lower case
/// right before the noun after the name (Reuters/Ipsos poll, Marine Traffic's AIS tracking
/// database; not "Sanders more aggressively as polls").
fn names_the_study(s: &Sentence<'_>, k: usize, end: usize, d: usize) -> bool {
    let t = &s.toks[k];
    let joins = !t.is_word() && matches!(s.low(k), "/" | "-" | "–");
    let compound = k + 1 == d && (k == end || s.toks[k - 1].is_capitalized()) && !s.is_adverb(k);
    joins || s.any(k, W::Genitive) || t.is_capitalized() || compound
}

pub(super) fn according_to(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    if c.cue.kind != CueKind::Preposition {
        return false;
    }
    choice.according = true;
    // bare nouns before the name (according to ecologist Chip Taylor, nonprofit CNA, conservative
    // columnist Hugh Hewitt): words in lower case, no determiner but a definite article first
    // (according to the nonpartisan Congressional Budget Office), the name ending the phrase
    let bare_noun = || {
        let from = c.end + usize::from(c.end < s.to && s.any(c.end, W::Definite));
        let words = (from..(from + BARE_NOUNS).min(s.to))
            .take_while(|&k| {
                let t = &s.toks[k];
                t.is_word() && !t.is_capitalized() && !s.any(k, W::Determiner)
            })
            .count();
        let ends = |m: &Mention| {
            m.end >= s.to || !s.toks[m.end].is_word() || s.toks[m.end].is_capitalized()
        };
        (1..=words)
            .find_map(|n| s.mention_starting(from + n))
            .filter(|m| usable(m) && m.name.is_some() && (from == c.end || ends(m)))
    };
    let Some(m) = speaker_after(s, c.end)
        .or_else(bare_noun)
        .or_else(|| issuer_before_document(s, c.end))
    else {
        // according to him, selon elle: the person a subject pronoun of its gender would be
        // (the person a paragraph names before anyone speaks in it, else the last person who
        // spoke: « X a égrené les griefs. Pour lui, … » after a woman spoke)
        if c.end < s.to && s.any(c.end, W::ObjectPronoun) {
            let memory = x.memory;
            // (selon eux: the last who spoke in the paragraph, a group or a body as well)
            let last = if s.m(c.end).is(W::PluralObjectPronoun) {
                memory.last_speaker.filter(|_| memory.spoke_in_paragraph)
            } else {
                let candidates = [
                    memory.paragraph_person(),
                    memory.last_person_speaker,
                    memory.last_person,
                ];
                memory.pick(&candidates, gender_in_language(s.m(c.end)))
            };
            choice.speaker = last.map(|e| (e, 0.75, s.toks[c.end].span));
            source_content(s, c.start, c.end + 1, choice);
        }
        return true;
    };
    choice.speaker = speaker_of(m, x.memory, 1.0);
    let (extra, end) = sources_after(x, m);
    choice.extra = extra;
    source_content(s, c.start, end, choice);
    true
}

/// How many words in lower case may describe a source before its name, after "according to".
const BARE_NOUNS: usize = 3;

/// "according to Reuters and NBC", « selon l'AFP et Reuters », « les critiques de l'Algérie et de
/// l'Égypte »: the sources coordinated after the first one, and where the last ends.
pub(super) fn sources_after(x: &Ctx<'_>, first: &Mention) -> (Vec<Speaker>, usize) {
    let s = x.s;
    let mut extra = Vec::new();
    let mut end = first.end;
    loop {
        let mut k = end;
        if k < s.to && s.low(k) == "," && k + 1 < s.to && s.any(k + 1, W::And) {
            k += 1;
        }
        if k >= s.to || !s.any(k, W::And) {
            break;
        }
        k += 1;
        // (a repeated de / from after « et »: les critiques de X et de Y, from X and from Y)
        if k < s.to && (s.any(k, W::Of) || s.any(k, W::SourceOf)) && !s.any(k, W::Determiner) {
            k += 1;
        }
        if k < s.to && s.any(k, W::Determiner) {
            k += 1;
        }
        let Some(other) = s.mention_starting(k).filter(|o| usable(o)) else {
            break;
        };
        if let Some(sp) = speaker_of(other, x.memory, 0.9) {
            extra.push(sp);
        }
        end = other.end;
    }
    (extra, end)
}

/// How far after "according to" the issuer of a document named before it may start.
const ISSUER_REACH: usize = 8;

/// "according to a yearly Gallup poll", "the latest New York Times/CBS News poll", "a 2014 Labor
/// Department study": a name right before the document, over a determiner, adjectives and a year.
fn issuer_before_document<'m>(s: &'m Sentence<'_>, from: usize) -> Option<&'m Mention> {
    let m = (from..(from + ISSUER_REACH).min(s.to))
        .take_while(|&k| {
            s.mention_starting(k).is_some()
                || s.toks[k].is_word() && !s.toks[k].is_capitalized()
                || s.toks[k].norm.chars().all(|ch| ch.is_ascii_digit())
        })
        .find_map(|k| s.mention_starting(k))
        // (a document is no issuer: according to a statement from the Turkish presidency)
        .filter(|m| usable(m) && m.name.is_some() && m.kind != MentionKind::Reference)?;
    let document = |k: usize| k < s.to && (s.any(k, W::Reference) || s.any(k, W::SourceNoun));
    // a joint document (a New York Times/CBS News poll): the first issuer named
    let partner = (m.end < s.to && s.low(m.end) == "/")
        .then(|| s.mention_starting(m.end + 1))
        .flatten();
    (document(m.end) || partner.is_some_and(|p| document(p.end))).then_some(m)
}

/// What a source ("selon X", "according to him") reports: the rest of the sentence minus the
/// source phrase, which runs from `cue` over the source's description to the punctuation after
/// it, and over an apposition to the source; the source phrase is not what is said (its names
/// are no targets).
fn source_content(s: &Sentence<'_>, cue: usize, source_end: usize, choice: &mut Choice) {
    // (« Cela dit, pour X, … »: the opinion is what follows)
    let inside = cue > s.from + 2 && !s.m(cue).is(W::OpinionIntro);
    let mut end_of_source = source_phrase_end(s, source_end);
    // (over an apposition to the source between commas: d'après X, le porte-parole d'Y, « … »;
    // or ending the sentence the source ends)
    if let Some(close) = apposition_after(s, end_of_source, inside) {
        end_of_source = close;
    }
    let rest = (end_of_source..s.to).any(|k| s.toks[k].is_word());
    choice.content = match (inside, rest) {
        // "M. Blinken a, selon ce communiqué, « … »": the content is both sides
        (true, true) => (s.from, s.to),
        (true, false) => (s.from, cue),
        (false, _) => (end_of_source, s.to),
    };
    choice.source = Some((cue, end_of_source));
}

/// How far after the source of "selon X" its phrase may go on to a punctuation mark (selon
/// l'AFP lundi, …).
const SOURCE_PHRASE: usize = 6;

/// How far a source's description opening with a preposition may go on (according to X of the
/// police of the Autonomous Region in Muslim Mindanao, selon le quotidien X du jour, …).
const DESCRIBED_SOURCE: usize = 14;

/// Where the phrase of a source ending at `source_end` ends: at the punctuation mark that closes
/// its description (no auxiliary, clause or quotation before it); else right after the source
/// (according to Reuters the economy grew).
fn source_phrase_end(s: &Sentence<'_>, source_end: usize) -> usize {
    let described =
        source_end < s.to && (s.any(source_end, W::Preposition) || s.any(source_end, W::Of));
    let reach = if described {
        DESCRIBED_SOURCE
    } else {
        SOURCE_PHRASE
    };
    (source_end..(source_end + reach + 1).min(s.to))
        .take_while(|&k| {
            !(s.m(k).is(W::Aux)
                || s.any(k, W::Complementizer)
                || s.is_quote_open(k)
                || s.in_quote(k))
        })
        .find(|&k| matches!(s.low(k), "," | "." | ":" | ";"))
        .unwrap_or(source_end)
}

/// How long an apposition to a source may be (a spokeswoman for the Ministry of Defence of
/// Sweden, le porte-parole du président Ali Bongo).
pub(super) const APPOSITION: usize = 12;

/// Where an apposition opening after the comma at `comma` ends: a role within a few words, after
/// an article or not (le porte-parole d'Y, l'un des conseillers du ministre, spokesman for Y),
/// then words that hold no verb, no clause and no quotation, up to another comma; or, if `to_end`,
/// such words after an article up to the sentence's end (…, according to X, the head of Y.).
pub(super) fn apposition_after(s: &Sentence<'_>, comma: usize, to_end: bool) -> Option<usize> {
    if comma + 1 >= s.to || s.low(comma) != "," {
        return None;
    }
    let roles = s.lex.words.phrases.roles(s.lang);
    let role =
        (comma + 1..(comma + 5).min(s.to)).any(|k| roles.longest_at(s.toks, k, lower).is_some());
    let article = s.any(comma + 1, W::Determiner);
    if !(role || article) {
        return None;
    }
    let last = (comma + 2 + APPOSITION).min(s.to);
    for k in comma + 1 + usize::from(article)..last {
        let m = s.m(k);
        if s.low(k) == "," && role {
            return Some(k);
        }
        let ends = s.full_stop(k) && (k + 1..s.to).all(|j| !s.toks[j].is_word());
        if ends && to_end {
            return Some(k);
        }
        let stop = m.is(W::Aux) || m.any(W::Complementizer);
        let ends_clause = matches!(s.low(k), "." | ":" | ";" | "!" | "?");
        if stop || ends_clause || s.is_quote_open(k) || s.in_quote(k) {
            return None;
        }
    }
    (last == s.to && to_end).then_some(s.to)
}
