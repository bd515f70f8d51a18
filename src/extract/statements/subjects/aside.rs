//! Asides around a subject that name no speaker: the user of a medium (one Twitter user said) and
//! an aside between dashes before the cue (Some candidates — for instance, X — have called for).

use super::super::super::lexicon::lower;
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::W;
use super::super::Sentence;
use super::APPOSITION_REACH;

/// Whether medium `m` is the one of a user's noun right after it or before it and « de » (a
/// Twitter user, un internaute de Facebook, the newspaper's readers): the user speaks, nobody
/// named.
pub(in super::super) fn qualifies_a_person(s: &Sentence<'_>, m: &Mention) -> bool {
    let MentionKind::Entity(e) = m.kind else {
        return false;
    };
    let users = &s.lex.words.phrases.medium_users;
    let user = |k: usize| k >= s.from && k < s.to && users.longest_at(s.toks, k, lower).is_some();
    let after = user(m.end) || s.any(m.end, W::Genitive) && user(m.end + 1);
    let before = m.start > s.from + 1 && s.any(m.start - 1, W::Of) && user(m.start - 2);
    s.info.get(e).is_some_and(|i| i.medium) && (after || before)
}

/// Whether mention `m` stands in an aside between dashes that closes before the cue at `cue`
/// ("Some candidates — for instance, X, who voted against the Senate bill — have called for"): no
/// subject of that cue.
pub(in super::super) fn in_dash_aside(s: &Sentence<'_>, m: &Mention, cue: usize) -> bool {
    // (the one dash after it, with only words that may stand before a verb between it and the
    // cue: not "X downplayed Y — something that … — and said")
    let Some(close) = (m.end..cue).find(|&k| s.dash_like(k)) else {
        return false;
    };
    let reach = m.start.saturating_sub(APPOSITION_REACH).max(s.from);
    let to_cue = (close + 1..cue).all(|k| s.is_skip(k) || s.dash_like(k));
    to_cue && (reach..m.start).any(|k| s.dash_like(k))
}

/// Where the aside between dashes that closes at token `j` opens, if `j` is a dash and one stands
/// before it (within an apposition's reach, from `floor`): walking back to a subject, the words
/// between are no subject (Some candidates — for instance, X — have called for; X — a longtime
/// ally of Y — said).
pub(super) fn dash_aside_open(s: &Sentence<'_>, j: usize, floor: usize) -> Option<usize> {
    if !s.dash_like(j) {
        return None;
    }
    (j.saturating_sub(APPOSITION_REACH).max(floor)..j)
        .rev()
        .find(|&p| s.dash_like(p))
}

/// "X, the star of the reality show "The Apprentice," said", "X, who calls Y a “sociopath,”
/// said", "X, wearing “Ted Cruz” pins, said": a short quotation (a title, a word) that closes at
/// `close` inside an aside between commas after a name is part of that aside, not what the cue
/// reports: the quotation's opening, if so.
pub(in super::super) fn quoted_in_aside(s: &Sentence<'_>, close: usize) -> Option<usize> {
    let (open, _) = s.quote_ending_at(close)?;
    let short = close - open <= super::super::content::PARTIAL_TOKENS;
    if !short || open <= s.from + 2 || !s.toks[open - 1].is_word() {
        return None;
    }
    let comma = (open.saturating_sub(APPOSITION_REACH).max(s.from + 1)..open)
        .rev()
        .take_while(|&k| !s.is_quote_close(k) && !s.full_stop(k))
        .find(|&k| s.low(k) == "," || s.dash_like(k))?;
    let named = s
        .mention_at(comma - 1)
        .is_some_and(|m| m.end == comma && m.name.is_some() && super::usable(m));
    named.then_some(open)
}

/// A short quotation of an aside (see [`quoted_in_aside`]) with no comma of its own at its end,
/// inside the aside, not ending it (X, wearing “Ted Cruz” pins, said; not Trump, who called the
/// pact "insanity," and Sanders, who says): the quotation's opening, to walk back over it.
pub(in super::super) fn quoted_within_aside(s: &Sentence<'_>, close: usize) -> Option<usize> {
    quoted_in_aside(s, close).filter(|_| s.low(close - 1) != ",")
}

/// Whether a short quotation of an aside closes at `close` with the aside's comma inside it (X,
/// the star of "The Apprentice," said): that comma, not the quotation, ends the aside.
pub(in super::super) fn quotation_ends_aside(s: &Sentence<'_>, close: usize) -> bool {
    quoted_in_aside(s, close).is_some() && s.low(close - 1) == ","
}
