//! Forms out of their place as a verb (see `form_fits_its_place`): a reduced relative between
//! commas, a noun after an article and a participle, a document's participle before its issuer.

use super::super::super::words::{Setting, W};
use super::super::{Sentence, DOCUMENT_WORDS};
use super::Candidate;

/// "The move, called prorogation, …": a form with the language's reduced-relative ending after a
/// comma that does not close a quotation, with a comma after it.
pub(super) fn reduced_relative(s: &Sentence<'_>, c: &Candidate) -> bool {
    let i = c.i;
    let ending = s
        .lex
        .words
        .setting(s.lang_id, Setting::ReducedRelativeEnding);
    // (a quotation right after it, or after the comma that would end it, is what it reports:
    // X, a lawyer, tweeted, "…"; X, also on Monday, defended his decision, "…")
    let end = i + c.n;
    let comma = (end..(end + 4).min(s.to)).find(|&k| s.low(k) == ",");
    let quote_after = s.is_quote_open(end) || comma.is_some_and(|k| s.is_quote_open(k + 1));
    c.prev == ","
        && ending.is_some_and(|e| s.low(i).ends_with(e))
        && !(i >= s.from + 2 && s.is_quote_close(i - 2))
        && !quote_after
        && comma.is_some()
}

/// "the proposed credit", "an alleged attack": after an article and a participle that describes
/// it, a form is a noun.
pub(super) fn described_noun(s: &Sentence<'_>, i: usize) -> bool {
    let ending = s
        .lex
        .words
        .setting(s.lang_id, Setting::ReducedRelativeEnding);
    i >= s.from + 2
        && s.any(i - 2, W::Determiner)
        && !s.toks[i - 1].is_capitalized()
        && ending.is_some_and(|e| s.low(i - 1).ends_with(e))
}

/// "a report published by X", "a study released by X", "a letter published in The Herald", "an
/// op-ed published Monday": the participle at `i` (`n` tokens) right after a document noun and
/// before its agent (or a participle of issuing before a preposition or a day) describes the
/// document, no report of its own (not "the letter warned on Monday").
pub(super) fn issued_document(s: &Sentence<'_>, i: usize, n: usize) -> bool {
    let document = |k: usize| s.m(k).any_of(&DOCUMENT_WORDS);
    let end = i + n;
    let describes = end < s.to
        && (s.m(end).is(W::Agent)
            || s.m(i).is(W::IssuingParticiple)
                && (s.any(end, W::Preposition) || s.lex.calendar.is_date_word(s.low(end))));
    i > s.from && document(i - 1) && describes
}
