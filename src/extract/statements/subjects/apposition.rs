//! Appositions around a subject: the name before a description in apposition is the subject
//! (Greg Raiff, chief executive of Private Jet Services, said; X, a Republican who …), and dashes
//! may stand for its commas (X — who … — said).

use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::Sentence;
use super::{usable, APPOSITION_REACH};

/// "Greg Raiff, chief executive of Private Jet Services, an aviation firm, said", "Scott Morris,
/// a fellow at the Center for Global Development, which …, said": a mention in a prepositional
/// phrase of an apposition is not the subject; the name before the apposition's comma is.
pub(super) fn head_of_apposition<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<&'m Mention> {
    let mut k = m.start;
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
        if s.mention_at(j).is_some_and(|o| s.is_person(o)) {
            return None;
        }
    }
    None
}

/// "X, a Republican who …", « X, un élu qui … »: the name before the comma that opens the
/// description `m` with its article.
pub(super) fn apposed_name<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<&'m Mention> {
    let article = m.start.checked_sub(1).filter(|&d| d > floor + 1)?;
    if !s.any(article, W::Determiner)
        || !(s.low(article - 1) == "," || parenthetical_dash(s, article - 1))
    {
        return None;
    }
    let comma = article - 1;
    s.mention_at(comma.checked_sub(1)?)
        .filter(|h| h.end == comma && h.name.is_some() && usable(h))
}

/// Whether token `k` is a dash that opens or closes a parenthetical phrase (—, –, or a hyphen or
/// two standing alone: X - who … - said).
pub(super) fn parenthetical_dash(s: &Sentence<'_>, k: usize) -> bool {
    s.toks[k].is_dash() || matches!(s.low(k), "-" | "--")
}
