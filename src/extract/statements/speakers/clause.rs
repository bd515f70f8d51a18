//! The subject of the clause a cue is in when no comma, apposition or relative clause stands
//! between them: "X met survivors … and said", "Ann Cole has long … but wrote".

use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::W;
use super::super::cues::CueAt;
use super::super::subjects::{
    located_country, object_relative_between, qualifies_the_antecedent, usable, verb_of_object,
};
use super::super::{Memory, Sentence, DOCUMENT_WORDS};
use super::names_no_subject;
use super::unnamed::unnamed_subject_between;

/// The subject of the clause the cue at `c_start` is in, with no comma or relative clause between:
/// the first usable mention between `prev_end` and `cue_start` within reach of the cue, or
/// opening the sentence, or, after "and", opening its clause (X met survivors … and said), which
/// comes first (When told of a job in a Clinton White House, X thought for a moment and said).
pub(super) fn clause_subject<'m>(
    s: &'m Sentence<'_>,
    (prev_end, cue_start): (usize, usize),
    c_start: usize,
    after_and: bool,
) -> Option<&'m Mention> {
    let opens = |m: &Mention| s.opens_clause(m) || ends_opening_phrase(s, m);
    let eligible = |m: &&Mention| {
        // (X met survivors … and said: the subject of the clause the cue's verb is coordinated in)
        m.start >= prev_end
            && m.end <= cue_start
            && (c_start - m.end <= 8 || m.start == s.from || after_and && opens(m))
            && !s.in_quote(m.start)
            && usable(m)
            // (not a passive's agent, X — mentioned by Newsmax as … — told, unless it issued the
            // document before: an analysis released by the department reveals)
            && !(m.start > s.from + 2
                && s.any(m.start - 1, W::Agent)
                && !s.m(m.start - 3).any_of(&DOCUMENT_WORDS))
            // (the whole name, not the country it opens: the U.S. Court of Appeals)
            && !inside_a_longer(s, m)
            && !names_no_subject(s, m, c_start)
            && !located_country(s, m, prev_end)
            && !unnamed_subject_between(s, m.end, c_start)
            && !qualifies_the_antecedent(s, m, s.from)
            // (nor the antecedent of a relative clause with a subject of its own the cue is in)
            && !object_relative_between(s, m.end, c_start)
            // (nor another verb's object: Democrats supporting X have pointed)
            && verb_of_object(s, m, prev_end).is_none()
            // (nor a name inside a relative clause between commas before the cue: An AP survey of
            // superdelegates, who are influential in picking the nominee, found)
            && !in_relative_between_commas(s, m, cue_start)
    };
    // (a name that opens a clause first; the one that ends the sentence's opening phrase else)
    let opening = after_and
        .then(|| {
            let mut all = s.mentions.iter().filter(eligible);
            let first = all.clone().find(|m| s.opens_clause(m));
            first.or_else(|| all.find(|m| ends_opening_phrase(s, m)))
        })
        .flatten();
    opening.or_else(|| s.mentions.iter().find(eligible))
}

/// How many words the noun phrase that opens a sentence may hold before the name that ends it.
const OPENING_PHRASE_WORDS: usize = 6;

/// "China's state-owned investment giant CITIC runs … and says": a name that ends the noun phrase
/// opening the sentence (words, a possessor and its genitive; no verb of a closed class,
/// preposition, conjunction or pronoun before it).
fn ends_opening_phrase(s: &Sentence<'_>, m: &Mention) -> bool {
    let closed = [
        W::Aux,
        W::Modal,
        W::Preposition,
        W::Relative,
        W::Complementizer,
        W::Pronoun,
        W::And,
        W::But,
    ];
    matches!(m.kind, MentionKind::Entity(_))
        && m.start > s.from
        && m.start - s.from <= OPENING_PHRASE_WORDS
        && (s.from..m.start)
            .all(|k| (s.toks[k].is_word() || s.any(k, W::Genitive)) && !s.m(k).any_of(&closed))
}

/// "X spoke over boos as he congratulated Y", « X a été hué lorsqu'il a salué Y »: a person
/// pronoun right after a subordinating conjunction (over que) is the person whose name opens the
/// sentence, the main clause's subject, when of the pronoun's gender.
pub(super) fn main_clause_person<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    cues: &[CueAt],
    memory: &Memory,
) -> Option<&'m Mention> {
    // (il, elle: of a person or a thing, by gender)
    let MentionKind::Pronoun {
        person,
        plural: false,
        gender,
    } = m.kind
    else {
        return None;
    };
    if !person && gender.is_none() {
        return None;
    }
    let mut k = m.start.checked_sub(1).filter(|&k| k > s.from)?;
    if s.any(k, W::Complementizer) && k > s.from + 1 {
        k -= 1;
    }
    if !s.any(k, W::Subordinator) {
        return None;
    }
    // (a name, the subject: not the possessor of another, Holt's colleague X, nor the subject
    // of a cue whose content holds the clause, X says the shootings Obama mentioned when he …)
    let first = s
        .mentions
        .first()
        .filter(|f| f.end <= k && f.name.is_some())?;
    let MentionKind::Entity(e) = first.kind else {
        return None;
    };
    let possessor = first.end < s.to && s.any(first.end, W::Genitive);
    let reported = cues.iter().any(|c| c.start >= first.end && c.start < k);
    (!possessor
        && !reported
        && s.opens_clause(first)
        && s.is_person(first)
        && memory.fits(e, gender)
        && !s.in_quote(m.start))
    .then_some(first)
}

/// Whether mention `m` lies inside a longer usable mention (the country that opens "the U.S.
/// Court of Appeals").
fn inside_a_longer(s: &Sentence<'_>, m: &Mention) -> bool {
    let longer = |o: &&Mention| o.end - o.start > m.end - m.start;
    s.mentions
        .iter()
        .filter(longer)
        .any(|o| o.start <= m.start && o.end >= m.end && usable(o))
}

/// Whether mention `m` is inside a relative clause that opens right after a comma and closes with
/// a comma before `cue_start` (X, who are influential in picking the nominee, found).
fn in_relative_between_commas(s: &Sentence<'_>, m: &Mention, cue_start: usize) -> bool {
    let comma = |k: usize| s.low(k) == "," && !s.in_quote(k);
    let open = (s.from..m.start).rev().find(|&k| comma(k));
    // (not one that lists whom the subject includes: his critics, which include X, blame)
    let lists = |k: usize| (k..m.start).any(|j| s.any(j, W::Including) || s.any(j, W::Include));
    let opens_relative =
        open.is_some_and(|k| k + 1 < m.start && s.any(k + 1, W::Relative) && !lists(k + 1));
    opens_relative && (m.end..cue_start).any(comma)
}
