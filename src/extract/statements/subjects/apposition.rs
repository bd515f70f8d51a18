//! Appositions around a subject: the name before a description in apposition is the subject
//! (Greg Raiff, chief executive of Private Jet Services, said; X, a Republican who …), and dashes
//! may stand for its commas (X — who … — said).

use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::Sentence;
use super::{quoted_within_aside, usable, APPOSITION_REACH};

/// "Greg Raiff, chief executive of Private Jet Services, an aviation firm, said", "Scott Morris,
/// a fellow at the Center for Global Development, which …, said": a mention in a prepositional
/// phrase of an apposition is not the subject; the name before the apposition's comma is.
pub(super) fn head_of_apposition<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<&'m Mention> {
    let mut k = m.start;
    // (over a place that qualifies the name: of the South Carolina Republican Party)
    while k > floor + 1
        && s.toks[k - 1].is_capitalized()
        && s.mention_at(k - 1).is_none_or(|o| !s.is_person(o))
        && !s.any(k - 1, W::Determiner)
    {
        k -= 1;
    }
    if k > floor && s.any(k - 1, W::Determiner) {
        k -= 1;
    }
    if k <= floor || !s.any(k - 1, W::Preposition) {
        return None;
    }
    let mut j = k - 1;
    while j > floor && k - j < APPOSITION_REACH {
        j -= 1;
        if s.is_quote_close(j) || s.full_stop(j) || matches!(s.low(j), ";" | ":") {
            return None;
        }
        if s.low(j) == "," {
            // the apposition describes: it opens with a lower-case word (a, the, chief …)
            let describes = s.toks.get(j + 1).is_some_and(|t| !t.is_capitalized());
            return s
                .mention_at(j.checked_sub(1)?)
                .filter(|h| h.end == j && usable(h) && describes);
        }
        // (a person named inside it is its own subject; a role without a name describes)
        if s.mention_at(j)
            .is_some_and(|o| s.is_person(o) && o.name.is_some())
        {
            return None;
        }
    }
    None
}

/// "Sam Lau, the communications director for the Iowa Democratic Party said": the person that
/// opens the sentence before an apposition whose closing comma is missing, or that an aside
/// follows (Hogan Gidley, former director of the Republican Party, whose roots are …, said), when
/// mention `m` is in a prepositional phrase of that apposition or is that apposition (not "After
/// talks with X, the head of the party said", whose name opens no sentence).
pub(super) fn unclosed_apposition<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<&'m Mention> {
    // (or `m` is the apposition: a description with no name right after the comma)
    let apposed = || {
        let comma = m
            .start
            .checked_sub(1)
            .filter(|&k| k > floor && s.low(k) == ",")?;
        // (the description opens with a word in lower case: the, a, chief)
        let describes = !s.toks[m.start].is_capitalized();
        s.mention_at(comma - 1)
            .filter(|h| h.end == comma && usable(h) && m.name.is_none() && describes)
    };
    head_of_apposition(s, m, floor)
        .or_else(apposed)
        .filter(|h| h.start == floor && h.name.is_some() && s.is_person(h))
}

/// "X, a Republican who …", « X, un élu qui … »: the name before the comma that opens the
/// description `m` with its article.
pub(super) fn apposed_name<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<&'m Mention> {
    let article = m.start.checked_sub(1).filter(|&d| d > floor + 1)?;
    if !s.any(article, W::Determiner) || !(s.low(article - 1) == "," || s.dash_like(article - 1)) {
        return None;
    }
    let comma = article - 1;
    s.mention_at(comma.checked_sub(1)?)
        .filter(|h| h.end == comma && h.name.is_some() && usable(h))
}

/// "Anna Berg, the editor of the city's newspaper, the Daily Post, said", "X, a spokeswoman for
/// the company, Vexel Industries, said": a name between the commas at `k` and the cue that is in
/// apposition to the common noun ending the description before `k` names that noun's referent;
/// the subject is the person named before the description's own comma.
pub(super) fn subject_before_description<'m>(
    s: &'m Sentence<'_>,
    k: usize,
    floor: usize,
) -> Option<&'m Mention> {
    // (a noun in lower case, no name, ends the description: the company)
    let noun = k > floor + 1
        && s.toks[k - 1].is_word()
        && !s.toks[k - 1].is_capitalized()
        && s.mention_at(k - 1).is_none_or(|m| m.name.is_none());
    if !noun {
        return None;
    }
    let open = super::comma_before(s, k, floor)?;
    let describes = s
        .toks
        .get(open + 1)
        .is_some_and(|t| t.is_word() && !t.is_capitalized());
    s.mention_at(open.checked_sub(1)?)
        .filter(|h| open > floor && h.end == open && h.name.is_some() && usable(h) && describes)
        .filter(|h| s.is_person(h))
}

/// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said": a
/// person with a full name right after the comma at `k`, with the body or the place they are of up
/// to the comma at `j` (no party's member: X, Republican of West Virginia, said).
pub(super) fn named_with_body<'m>(s: &'m Sentence<'_>, k: usize, j: usize) -> Option<&'m Mention> {
    let of_body = |p: &Mention| {
        p.end < j
            && s.any(p.end, W::Preposition)
            && (p.end + 1..j).all(|t| {
                s.toks[t].is_capitalized() || s.any(t, W::Determiner) || s.any(t, W::Preposition)
            })
    };
    (s.mention_at(k + 1))
        .filter(|p| p.start == k + 1 && s.is_person(p) && p.name.is_some())
        .filter(|p| p.end - p.start > 1 && of_body(p))
}

/// The comma before the one at `j`: A, B, said / X, qui … (at most 25 tokens back, not over a
/// quotation's end, unless of a short quotation of the aside, nor over a full stop).
pub(super) fn comma_before(s: &Sentence<'_>, j: usize, floor: usize) -> Option<usize> {
    let reach = j.saturating_sub(APPOSITION_REACH).max(floor);
    let mut k = j;
    while k > reach {
        k -= 1;
        if s.low(k) == "," {
            return Some(k);
        }
        // (the comma inside a short quotation that ends an aside before a relative clause: X,
        // the star of "The Apprentice," who …, said)
        if k > reach + 1
            && k + 1 < j
            && s.any(k + 1, W::Relative)
            && super::quotation_ends_aside(s, k)
        {
            return Some(k - 1);
        }
        // (over a short quotation of the aside: X, wearing “Ted Cruz” pins, said)
        if let Some(open) = quoted_within_aside(s, k) {
            k = open;
        } else if s.is_quote_close(k) || s.full_stop(k) {
            return None;
        }
    }
    None
}

/// Where the name before the comma at `k` ends, over a parenthesis after it (Rep. X (Mich.), a
/// superdelegate supporting Y, said).
pub(super) fn over_parenthesis(s: &Sentence<'_>, k: usize, floor: usize) -> usize {
    if k > floor + 1 && s.low(k - 1) == ")" {
        (floor..k - 1).rev().find(|&p| s.low(p) == "(").unwrap_or(k)
    } else {
        k
    }
}
