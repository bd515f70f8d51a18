//! `gerund`: where a gerund cue reports — after a comma, a dash or a conjunction (adding that,
//! – saying, while noting), coordinated with a gerund (calling it … and warning), after its own
//! subject in an absolute clause (with X saying), after a message (sent an email saying).

use super::super::super::lexicon::CueKind;
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::{Setting, W};
use super::super::Sentence;
use super::{document, CueAt};

/// Whether a gerund cue at `i` stands where it reports; `out` holds the cues kept before it.
pub(super) fn fits(s: &Sentence<'_>, i: usize, out: &[CueAt]) -> bool {
    // "en lui indiquant", "en leur annonçant"
    let clitic_after_particle =
        i >= s.from + 2 && s.any(i - 1, W::Clitic) && s.any(i - 2, W::GerundParticle);
    // "quoted X as saying"
    let after = |w: W| i > s.from && s.m(i - 1).is(w);
    // "calling it a disgrace and adding that …": a gerund coordinated with a gerund cue,
    // or with a gerund right after the comma that opens its clause (…, addressing her
    // as “Hillary” and telling her)
    let gerund_after_comma = || {
        (i.saturating_sub(COORDINATED_GERUND_REACH).max(s.from + 1)..i - 1)
            .rev()
            .find(|&k| matches!(s.low(k), "," | ";" | ":"))
            .is_some_and(|k| {
                let gerund = |j: usize| {
                    !s.toks[j].is_capitalized() && s.has_ending(j, Setting::MeansGerundEnding)
                };
                // (the last gerund before "and": not featuring X telling … and criticizing)
                s.low(k) == "," && k + 1 < i - 1 && gerund(k + 1) && !(k + 2..i - 1).any(gerund)
            })
    };
    let coordinated = i > s.from + 1
        && s.any(i - 1, W::And)
        && (out.last().is_some_and(|o| o.cue.kind == CueKind::Gerund) || gerund_after_comma());
    // ("… New York values," saying: the quotation's comma; after initially saying)
    let after_quoted_comma = i >= s.from + 2 && s.is_quote_close(i - 1) && s.low(i - 2) == ",";
    // (is now saying, was also warning)
    let over_adverb = i >= s.from + 2 && s.is_adverb_like(i - 1) && s.any(i - 2, W::GerundAfter);
    clitic_after_particle
        || coordinated
        || after(W::QuotedAs)
        || document::message_before(s, i).is_some()
        || i > s.from && (s.any(i - 1, W::GerundAfter) || s.toks[i - 1].is_dash())
        || after_quoted_comma
        || over_adverb
        || absolute_subject(s, i).is_some()
        || i == s.from
}

/// How far back from a gerund after "and" the comma before the gerund it is coordinated with may
/// stand.
const COORDINATED_GERUND_REACH: usize = 12;

/// "with Paul Smith describing the threat", "– Ryan saying he was encouraged": the name right
/// before a gerund at `i` that opens an absolute clause (after "with", a comma, a dash) speaks.
pub(in super::super) fn absolute_subject<'m>(s: &'m Sentence<'_>, i: usize) -> Option<&'m Mention> {
    let opens = |k: usize| s.any(k, W::Absolute) || s.low(k) == "," || s.toks[k].is_dash();
    s.mentions.iter().find(|m| {
        // (over the title before the name: with Maryland Gov. X calling …)
        let mut k = m.start;
        while k > s.from + 1
            && m.start - k < TITLE_WORDS
            && (s.toks[k - 1].is_capitalized() || s.low(k - 1) == ".")
        {
            k -= 1;
        }
        // (and a word that makes the title a past one: former)
        let past = |k: usize| {
            s.lex
                .words
                .affixes(W::NotHolder)
                .iter()
                .any(|a| s.low(k) == a)
        };
        if k > s.from + 1 && past(k - 1) {
            k -= 1;
        }
        m.end == i && matches!(m.kind, MentionKind::Entity(_)) && k > s.from && opens(k - 1)
    })
}

/// How many capitalised words may stand between "with" and the name of an absolute clause.
const TITLE_WORDS: usize = 4;
