//! Relative clauses around a subject: "X, who has endorsed Y, said" (the subject before the
//! clause) and "a teacher from Philadelphia who said" (no name is the antecedent).

use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::Sentence;
use super::{
    head_of_apposition, person_before_place, quotation_ends_aside, quoted_within_aside, usable,
};

/// How far back the comma that opens a relative clause may be.
const RELATIVE_REACH: usize = 30;

/// How many words may describe the subject between the comma and the relative clause (X, a
/// former Republican senator who …).
const DESCRIBED_SUBJECT: usize = 5;

/// "Sen. Ann Cole (D-Ohio), who has endorsed Smith, said": the subject before a relative clause
/// between commas that ends right before the cue (over skippable words), whatever cues the clause
/// holds (X, who said in May that …, recalled; X, que l'armée a dit avoir tué, a démenti; X, dont
/// …, a dit), after a description of it or not (X, a Republican who criticized Y, said).
pub(in super::super) fn subject_before_relative<'m>(
    s: &'m Sentence<'_>,
    cue_start: usize,
) -> Option<&'m Mention> {
    let close = relative_close(s, cue_start)?;
    let dash = s.dash_like(close);
    let opening = |k: usize| {
        if dash {
            s.dash_like(k)
        } else {
            s.low(k) == ","
        }
    };
    let k = clause_opening(s, close, opening)?;
    let relative = |j: usize| {
        s.any(j, W::Relative) || s.any(j, W::RelativeOther) || s.any(j, W::Complementizer)
    };
    // (after a description of the subject: X, a Republican who …, said; X, un élu qui …, a dit)
    let described = |r: usize| {
        s.any(k + 1, W::Determiner)
            && (k + 2..r).all(|j| s.toks[j].is_word() && !s.m(j).is(W::Aux))
            && !(k + 1..r).any(|j| s.mention_at(j).is_some_and(|m| s.is_person(m)))
    };
    let opens = (k + 1..(k + 2 + DESCRIBED_SUBJECT).min(close))
        .find(|&r| relative(r))
        .is_some_and(|r| r == k + 1 || described(r));
    // (an indefinite description that ends the relative clause describes its last name: X, a
    // pollster who works with Priorities USA, a pro-Clinton super PAC, said — X)
    if !opens && !dash && s.any(k + 1, W::Indefinite) && !(k + 1..close).any(relative) {
        return subject_before_relative(s, k + 1);
    }
    // (a clause with commas of its own: X, who backed Y, R-Texas, and opposed Z, said)
    // (not when the cue is itself in a relative clause after the comma: …, and Ms. Warren, who
    // has assailed …)
    let own_relative = || (close + 1..cue_start).any(|r| s.any(r, W::Relative));
    let k = if opens {
        k
    } else if own_relative() {
        return None;
    } else {
        earlier_relative_opening(s, k, close)?
    };
    // over a parenthesis after the name (D-Ohio)
    let mut end = k;
    if s.low(end - 1) == ")" {
        end = (s.from..end - 1).rev().find(|&p| s.low(p) == "(")?;
    }
    // (or the person before a place after "of": Gov. X of Ohio, a Republican who …, said)
    let m = s
        .mention_at(end.checked_sub(1)?)
        .filter(|m| m.end == end && usable(m))
        .or_else(|| person_before_place(s, end - 1, s.from))?;
    // (the name that ends an earlier relative clause is its object: X, the Republican who heads
    // the Banking Committee, which oversees the Fed, said — X)
    if let Some(outer) = subject_before_relative(s, k + 1) {
        return Some(outer);
    }
    Some(head_of_apposition(s, m, s.from).unwrap_or(m))
}

/// Whether a relative pronoun with a subject of its own after it stands between `from` and the
/// cue at `cue_start` (X's plan, which an FBI report said was flawed; X, whose book boasts): the
/// names before it are the antecedent's, not the cue's subject. Not "that", which may be a
/// complementizer (X forecast that the economy would rebound and praised …), nor a pronoun
/// after it, which may be the antecedent's (a news conference in which he laid out … and
/// announced).
pub(in super::super) fn object_relative_between(
    s: &Sentence<'_>,
    from: usize,
    cue_start: usize,
) -> bool {
    (from..cue_start.saturating_sub(1)).any(|r| {
        let object = (s.any(r, W::Relative) && !s.any(r, W::RelativePerson)
            || s.any(r, W::RelativeOther))
            && !s.any(r, W::Complementizer);
        let subject = !s.any(r + 1, W::Pronoun)
            && (s.noun_marker(r + 1) || s.mention_starting(r + 1).is_some());
        object && subject
    })
}

/// The comma or the dash that closes a clause right before the cue at `cue_start` (over
/// skippable words; over a short quotation that ends the clause with its comma: X, who calls Y a
/// “sociopath,” said).
fn relative_close(s: &Sentence<'_>, cue_start: usize) -> Option<usize> {
    let mut j = cue_start;
    while j > s.from && s.is_skip(j - 1) {
        j -= 1;
    }
    if j > s.from + 2 && quotation_ends_aside(s, j - 1) {
        j -= 1;
    }
    // (between commas or dashes: X — who … — said)
    let delimiter = |k: usize| s.low(k) == "," || s.dash_like(k);
    if j > s.from + 1 && delimiter(j - 1) {
        Some(j - 1)
    } else {
        None
    }
}

/// The delimiter that opens the clause closing at `close`, within reach, not over a quotation
/// (but a short one of the aside), a full stop, a semicolon or a colon.
fn clause_opening(
    s: &Sentence<'_>,
    close: usize,
    opening: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut k = close;
    while k > s.from && close - k < RELATIVE_REACH {
        k -= 1;
        if let Some(open) = quoted_within_aside(s, k) {
            k = open;
            continue;
        }
        if s.is_quote_close(k) || s.full_stop(k) || matches!(s.low(k), ";" | ":") {
            return None;
        }
        if opening(k) {
            return (k > s.from).then_some(k);
        }
    }
    None
}

/// "X, who worked for Y for three years, becoming president of Z, published": the comma before
/// `k` (and after a name) that opens a relative clause with a relative pronoun right after it,
/// when the clause holds commas of its own up to the one at `close`.
fn earlier_relative_opening(s: &Sentence<'_>, k: usize, close: usize) -> Option<usize> {
    let mut j = k;
    while j > s.from + 1 && close - j < RELATIVE_REACH {
        j -= 1;
        if s.is_quote_close(j) || s.full_stop(j) || matches!(s.low(j), ";" | ":") {
            return None;
        }
        let named = || s.mention_at(j - 1).is_some_and(|m| m.end == j && usable(m));
        if s.low(j) == "," && s.any(j + 1, W::Relative) && named() {
            return Some(j);
        }
    }
    None
}

/// "a teacher from Philadelphia", « un habitant de Marseille »: mention `m` in a prepositional
/// phrase right after a noun in lower case, which the phrase qualifies.
fn qualifies_a_noun(s: &Sentence<'_>, m: &Mention, floor: usize) -> bool {
    let mut k = m.start;
    if k > floor && s.any(k - 1, W::Determiner) {
        k -= 1;
    }
    let noun =
        |j: usize| s.toks[j].is_word() && !s.toks[j].is_capitalized() && s.mention_at(j).is_none();
    k >= floor + 2
        && s.any(k - 1, W::Preposition)
        && noun(k - 2)
        && !s.is_skip(k - 2)
        && !s.any(k - 2, W::Function)
}

/// "a teacher from Philadelphia who said": mention `m`, no person, qualifies the unnamed noun
/// that "who" stands for.
pub(in super::super) fn qualifies_the_antecedent(
    s: &Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> bool {
    s.any(m.end, W::RelativePerson) && !s.is_person(m) && qualifies_a_noun(s, m, floor)
}
