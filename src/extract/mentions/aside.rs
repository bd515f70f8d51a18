//! A name of one word that opens a sentence, or follows a short phrase of time or place opening
//! it, before an aside between commas and a reporting verb (Okafor, 55, said; On Friday, Texas,
//! leading a coalition of states, asked): the subject of that verb.

use super::super::words::W;
use super::Ctx;

/// How many tokens an aside between a name opening a sentence and its cue may take.
const ASIDE_REACH: usize = 16;

/// "Okafor, 55, said", "Okafor, a Republican, said", "Okafor, citing a report, said", « Dupuis,
/// interrogé par France Inter, a affirmé »: a word opening the sentence (or right after a short
/// phrase of time or place that opens it: On Friday, Texas, …), then an aside between
/// commas (an age, an apposition after an article, a relative clause, a phrase opening with a
/// word in lower case) and a reporting verb. Whether the aside shows a person (an age), when
/// there is one.
pub(super) fn aside_then_cue(c: &Ctx<'_>, i: usize) -> Option<bool> {
    let (from, to) = (c.w.from, c.w.to);
    if !(i == from || after_opening_phrase(c, i)) || i + 3 >= to || c.tok(i + 1).norm != "," {
        return None;
    }
    let close = (i + 3..to.min(i + ASIDE_REACH))
        .take_while(|&k| !c.w.in_quote(k) && !matches!(c.tok(k).norm.as_str(), ";" | ":" | "."))
        .find(|&k| c.tok(k).norm == ",")?;
    if !c.verb_cue_after(close + 1) {
        return None;
    }
    // (a word in lower case also opens a relative clause: who, qui)
    let first = c.tok(i + 2);
    let age = first.starts_with_digit() && close == i + 3;
    let opens = first.is_word() && !first.is_capitalized();
    (age || opens).then_some(age)
}

/// Whether the word at `i` follows the comma that closes a short phrase of time or place opening
/// the sentence (On Friday, Texas, …; Friday, Texas, …).
fn after_opening_phrase(c: &Ctx<'_>, i: usize) -> bool {
    let from = c.w.from;
    let opens = c.m(from).any(W::Preposition) || c.lex.calendar.is_date_word(c.tok(from).lower());
    i > from + 1
        && i - from <= OPENING_TOKENS
        && c.tok(i - 1).norm == ","
        && (from..i - 1).all(|k| c.tok(k).is_word())
        && opens
}

/// How many tokens a phrase of time or place opening a sentence may take with its comma (On
/// Friday,).
const OPENING_TOKENS: usize = 4;
