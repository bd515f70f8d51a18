//! Asides around a subject that name no speaker: the user of a medium (one Twitter user said) and
//! an aside between dashes before the cue (Some candidates — for instance, X — have called for).

use super::super::super::lexicon::lower;
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::W;
use super::super::Sentence;
use super::apposition::parenthetical_dash;
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
    let Some(close) = (m.end..cue).find(|&k| parenthetical_dash(s, k)) else {
        return false;
    };
    let reach = m.start.saturating_sub(APPOSITION_REACH).max(s.from);
    let to_cue = (close + 1..cue).all(|k| s.is_skip(k) || parenthetical_dash(s, k));
    to_cue && (reach..m.start).any(|k| parenthetical_dash(s, k))
}

/// Where the aside between dashes that closes at token `j` opens, if `j` is a dash and one stands
/// before it (within an apposition's reach, from `floor`): walking back to a subject, the words
/// between are no subject (Some candidates — for instance, X — have called for; X — a longtime
/// ally of Y — said).
pub(super) fn dash_aside_open(s: &Sentence<'_>, j: usize, floor: usize) -> Option<usize> {
    if !parenthetical_dash(s, j) {
        return None;
    }
    (j.saturating_sub(APPOSITION_REACH).max(floor)..j)
        .rev()
        .find(|&p| parenthetical_dash(s, p))
}
