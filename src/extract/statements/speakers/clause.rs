//! The subject of the clause a cue is in when no comma, apposition or relative clause stands
//! between them: "X met survivors … and said", "Ann Cole has long … but wrote".

use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::subjects::{object_relative_between, qualifies_the_antecedent, usable};
use super::super::Sentence;
use super::unnamed::unnamed_subject_between;
use super::{names_no_subject, DOCUMENT_WORDS};

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
    let eligible = |m: &&Mention| {
        // (X met survivors … and said: the subject of the clause the cue's verb is coordinated in)
        m.start >= prev_end
            && m.end <= cue_start
            && (c_start - m.end <= 8 || m.start == s.from || after_and && s.opens_clause(m))
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
            && !unnamed_subject_between(s, m.end, c_start)
            && !qualifies_the_antecedent(s, m, s.from)
            // (nor the antecedent of a relative clause with a subject of its own the cue is in)
            && !object_relative_between(s, m.end, c_start)
    };
    let opening = after_and
        .then(|| {
            s.mentions
                .iter()
                .filter(eligible)
                .find(|m| s.opens_clause(m))
        })
        .flatten();
    opening.or_else(|| s.mentions.iter().find(eligible))
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
