//! Subjects that name no one between a name and its cue: "The report is misleading, the
//! campaign said", "59 percent said", "aides said", "…, sources who reviewed them told POLITICO".

use super::super::super::mentions::Mention;
use super::super::super::words::{Setting, W};
use super::super::Sentence;

/// How many words a conjunction before a clause's subject may take (while, tandis que).
const CONJUNCTION_WORDS: usize = 2;

/// "Asked about Clinton, 59 percent said", « 64 % des sondés estiment »: whether a number or a
/// word of a part, over words in lower case, opens `toks[first..end]`, or does after the
/// conjunction that opens its clause (, while 60 percent said; , tandis que 60 % estiment): a
/// subject that names no one.
fn quantity(s: &Sentence<'_>, first: usize, end: usize) -> bool {
    let lower = |k: usize| s.toks[k].is_word() && !s.toks[k].is_capitalized();
    let opens = |q: usize| {
        q < end
            && (s.toks[q].starts_with_digit() || s.any(q, W::PartOf))
            && (q + 1..end).all(|k| s.low(k) == "%" || lower(k))
    };
    opens(first)
        || (first + 1..=(first + CONJUNCTION_WORDS).min(end))
            .any(|q| (first..q).all(lower) && opens(q))
}

/// Words a clause may open with before a vague or partial head (Some 20 percent, A majority).
const VAGUE_HEAD_AT: usize = 3;

/// Words between a name and the preposition that introduces it (in a recent CNN/ORC poll).
const NAME_PHRASE_WORDS: usize = 3;

/// "Supporters of Republican Donald Trump say", "People with direct knowledge of Gates' work
/// said", "Democrats on the Judiciary Committee said", « Des experts de l'OTAN estiment »: a name in the phrase after a vague or partial head
/// that opens its clause (over an article, a number or words in lower case; after `from`, the
/// last comma or colon) is no speaker; nothing but a preposition's phrases stands between them.
pub(super) fn after_a_vague_head(s: &Sentence<'_>, m: &Mention, from: usize) -> bool {
    // (a name right before "who" is the antecedent of the relative clause the cue is in: a
    // friend of X who said)
    if m.end < s.to && s.m(m.end).is(W::Relative) {
        return false;
    }
    let floor = (from..m.start)
        .rev()
        .find(|&k| matches!(s.low(k), "," | ":"))
        .map_or(from, |k| k + 1);
    // (members of a party in the plural are a part of the body they sit on too: Democrats on
    // the Judiciary Committee)
    let members = |k: usize| {
        let ending = s.lex.words.setting(s.lang_id, Setting::PluralEnding);
        ending
            .and_then(|e| s.low(k).strip_suffix(e))
            .is_some_and(|stem| s.lex.words.any(W::PartyMember, stem))
    };
    // (and one person of no name before a person's, by an indefinite article and a noun in
    // lower case that is no spokesperson's role: a lawyer for X, un proche de X; an official
    // from a body speaks for it)
    let someone = |k: usize| {
        k > floor
            && s.is_person(m)
            && s.m(k - 1).is(W::Indefinite)
            && s.toks[k].is_word()
            && !s.toks[k].is_capitalized()
            && !s.any(k, W::Spokesperson)
    };
    let vague = |k: usize| s.any(k, W::PartOf) || s.any(k, W::Vague) || members(k) || someone(k);
    let opening = |k: usize| {
        s.toks[k].starts_with_digit() || s.m(k).any_of(&[W::Determiner, W::CountWord, W::PartOf])
    };
    let Some(head) = (floor..(floor + VAGUE_HEAD_AT).min(m.start))
        .take_while(|&k| opening(k) || vague(k))
        .find(|&k| vague(k) && s.m(k + 1).any_of(&[W::Of, W::Preposition]))
    else {
        return false;
    };
    let phrase = |k: usize| {
        s.low(k) != ","
            && !s.toks[k].is_dash()
            && !s.m(k).is_one_of(&[
                W::Relative,
                W::Aux,
                W::Pronoun,
                W::Complementizer,
                W::And,
                W::Subordinator,
            ])
    };
    // (the name's own preposition, over an article and words that describe it: in a recent
    // CNN/ORC poll, of Republican Donald Trump)
    let introduced = (m.start.saturating_sub(NAME_PHRASE_WORDS).max(head + 1)..m.start)
        .rev()
        .take_while(|&k| phrase(k))
        .any(|k| s.m(k).any_of(&[W::Of, W::Preposition]));
    introduced && (head + 1..m.start).all(phrase)
}

/// "The report is misleading, the campaign said": a subject that names no one, with its article
/// after the last comma between `from` and the cue at `cue`, is the cue's; a name further back is
/// not.
pub(super) fn unnamed_subject_between(s: &Sentence<'_>, from: usize, cue: usize) -> bool {
    // (not a possessor's: his campaign said; nor a time: this past week announced)
    let unnamed = |det: usize, end: usize| {
        det + 1 < end
            && s.any(det, W::Determiner)
            && !s.any(det, W::Possessive)
            && (det + 1..end).all(|k| {
                s.toks[k].is_word() && !s.toks[k].is_capitalized() && !s.m(k).is(W::TimeNoun)
            })
    };
    // "In Canada, opposition parties accused …": a plural noun in lower case, with no article,
    // over words in lower case that describe it
    let closed = [
        W::Aux,
        W::And,
        W::But,
        W::Pronoun,
        W::Relative,
        W::Complementizer,
        W::Determiner,
        W::Preposition,
    ];
    let noun_like = |k: usize| {
        s.toks[k].is_word()
            && !s.toks[k].is_capitalized()
            && !s.m(k).any_of(&closed)
            && !s.is_skip(k)
            && !s.is_adverb(k)
    };
    let bare_plural = |first: usize, end: usize| {
        first < end
            && end - first <= UNNAMED_WORDS
            && s.plural_form(end - 1)
            && (first..end).all(noun_like)
    };
    // (… with a relative clause in lower case: …, sources who reviewed them told POLITICO)
    let with_relative = |first: usize| {
        (first + 1..(first + 1 + UNNAMED_WORDS).min(cue))
            .find(|&r| s.any(r, W::Relative))
            .is_some_and(|r| {
                bare_plural(first, r)
                    && (r + 1..cue).all(|k| s.toks[k].is_word() && !s.toks[k].is_capitalized())
            })
    };
    if let Some(comma) = (from..cue).rev().find(|&k| s.low(k) == ",") {
        let first = comma + 1;
        // (Despite calls from X, I refuse: the writer)
        let dialogue = s.any(first, W::DialoguePronoun) && (first + 1..cue).all(|k| s.is_skip(k));
        if dialogue
            || unnamed(first, cue)
            || quantity(s, first, cue)
            || bare_plural(first, cue)
            || with_relative(first)
        {
            return true;
        }
    }
    // … or right before the cue and its auxiliary (… et la foule a salué son courage)
    let mut end = cue;
    while end > from && s.m(end - 1).is(W::Aux) {
        end -= 1;
    }
    if part_alone_before(s, from, end) {
        return true;
    }
    // (at the start of its clause, and no description with a complement: le champion du monde
    // avoue may be the person named before)
    let clause_start = |det: usize| {
        det == s.from
            || s.any(det - 1, W::And)
            || s.any(det - 1, W::Relative)
            || s.any(det - 1, W::Complementizer)
    };
    (end.saturating_sub(UNNAMED_WORDS + 1).max(from)..end.saturating_sub(1))
        .any(|det| unnamed(det, end) && clause_start(det) && !(det..end).any(|k| s.any(k, W::Of)))
}

/// "what some call", « ce que certains qualifient »: a part of a group alone right before `end`
/// (after `from`) is the subject, not a quantifier after its subject (X and Y both said).
fn part_alone_before(s: &Sentence<'_>, from: usize, end: usize) -> bool {
    end > from
        && s.any(end - 1, W::PartOf)
        && (end - 1 == s.from
            || !s.mentions.iter().any(|m| m.end == end - 1) && !s.any(end - 2, W::Pronoun))
}

/// How many words in lower case an unnamed subject right before its cue may have.
const UNNAMED_WORDS: usize = 3;
