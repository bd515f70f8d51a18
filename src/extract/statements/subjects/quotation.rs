//! The subject right after a quotation, before its cue ("…," Cecelia Purner, 67, a retired
//! teacher, said), over the short quotations of an aside (X, wearing “Ted Cruz” pins, said).

use super::super::super::lexicon::{exact, lower};
use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::Sentence;
use super::{quoted_within_aside, usable, APPOSITION_REACH};

/// "…," Cecelia Purner, 67, a retired teacher in Allentown, Pa., said: the name right after a
/// quotation (over its comma and a determiner) is the subject of a cue that closes its
/// appositions with a comma, however many they are.
pub(in super::super) fn subject_after_quotation<'m>(
    s: &'m Sentence<'_>,
    cue_start: usize,
    floor: usize,
) -> Option<&'m Mention> {
    // over an auxiliary or an adverb (…, a déclaré)
    let mut cue_start = cue_start;
    while cue_start > floor && s.is_skip(cue_start - 1) {
        // not a relative clause's verb (« … » de X, qui avait prévenu)
        if s.any(cue_start - 1, W::Relative) {
            return None;
        }
        cue_start -= 1;
    }
    if cue_start <= floor + 1 || s.low(cue_start - 1) != "," {
        return None;
    }
    let close = (floor..cue_start)
        .rev()
        .find(|&k| s.is_quote_close(k) && quoted_within_aside(s, k).is_none())?;
    let mut a = close + 1;
    if a < cue_start && s.low(a) == "," {
        a += 1;
    }
    // over an article, not a preposition's (« … » du secrétaire d'État)
    let article = a < cue_start && s.any(a, W::Determiner) && !s.any(a, W::Of);
    // (or over the words of a description before a person's name: "…," Texas delegate X,
    // wearing …, said)
    let m = s
        .mentions
        .iter()
        .find(|m| m.start == a || m.start == a + 1 && article);
    let m = m
        .filter(|m| s.is_person(m))
        .or_else(|| described_person_at(s, a, cue_start))
        .or(m)?;
    let appositions = m.end < cue_start
        && s.low(m.end) == ","
        && cue_start - m.end <= APPOSITION_REACH
        && (m.end..cue_start).all(|k| !s.is_quote_open(k) || short_quotation_of_aside(s, k));
    (usable(m) && appositions).then_some(m)
}

/// The person named a few words after `a`, before `end` (a place or a nationality, a noun in
/// lower case: Texas delegate X, French climber X, conservative talk radio host X).
pub(in super::super) fn described_person_at<'m>(
    s: &'m Sentence<'_>,
    a: usize,
    end: usize,
) -> Option<&'m Mention> {
    // (two titles joined by "and" describe one person: former Pennsylvania Gov. and DNC
    // Chairman X)
    let roles = s.lex.words.phrases.roles(s.lang);
    // (over the full stop of an abbreviated title: Gov.)
    let title_ends_at = |j: usize| {
        let end = if j > a && s.low(j - 1) == "." {
            j - 1
        } else {
            j
        };
        (a..end).any(|q| {
            let at = |n: usize| q + n == end || q + n == j;
            roles
                .longest_at(s.toks, q, lower)
                .is_some_and(|(n, _)| at(n))
                || roles
                    .longest_at(s.toks, q, exact)
                    .is_some_and(|(n, _)| at(n))
        })
    };
    let joined = |j: usize| s.any(j, W::And) && title_ends_at(j);
    let reach = DESCRIPTION_WORDS + 1;
    let two = (a..(a + reach).min(end)).any(joined);
    let reach = if two { 2 * reach } else { reach };
    (a + 1..(a + reach).min(end)).find_map(|k| {
        let p = s.mention_starting(k)?;
        let noun = !s.toks[k - 1].is_capitalized() || two;
        let words = (a..k).all(|j| {
            s.toks[j].is_word() && joined(j)
                || two && s.low(j) == "." && title_ends_at(j + 1)
                || s.toks[j].is_word()
                    && !s.m(j).any_of(&[
                        W::Preposition,
                        W::And,
                        W::Aux,
                        W::Determiner,
                        W::Indefinite,
                        W::Relative,
                        W::Complementizer,
                        W::Vague,
                    ])
        });
        // (the name ends the phrase: not one Trump confidant)
        let ends = p.end >= s.to || {
            let t = &s.toks[p.end];
            !t.is_word()
                || t.is_capitalized()
                || s.is_skip(p.end)
                || s.m(p.end).any_of(&[
                    W::Preposition,
                    W::And,
                    W::Relative,
                    W::Complementizer,
                    W::Aux,
                ])
        };
        (noun && words && ends && s.is_person(p) && p.name.is_some()).then_some(p)
    })
}

/// How many words may describe a person before the name.
const DESCRIPTION_WORDS: usize = 4;

/// Whether the quotation that opens at `open` is a short one of an aside (X, wearing “Ted Cruz”
/// pins, said).
fn short_quotation_of_aside(s: &Sentence<'_>, open: usize) -> bool {
    s.quotes
        .iter()
        .any(|&(o, c)| o == open && quoted_within_aside(s, c).is_some())
}
