//! Forms out of their place as a verb (see `form_fits_its_place`): a reduced relative between
//! commas, a noun after an article and a participle, a document's participle before its issuer,
//! a participle as an adjective (`not_attributive`).

use super::super::super::lexicon::CueKind;
use super::super::super::words::{Setting, W};
use super::super::{Sentence, DOCUMENT_WORDS};
use super::{Candidate, CueAt};

/// "The move, called prorogation, …": a form with the language's reduced-relative ending after a
/// comma that does not close a quotation, with a comma after it.
pub(super) fn reduced_relative(s: &Sentence<'_>, c: &Candidate) -> bool {
    let i = c.i;
    // (a quotation right after it, or after the comma that would end it, is what it reports:
    // X, a lawyer, tweeted, "…"; X, also on Monday, defended his decision, "…")
    let end = i + c.n;
    let comma = (end..(end + 4).min(s.to)).find(|&k| s.low(k) == ",");
    let quote_after = s.is_quote_open(end) || comma.is_some_and(|k| s.is_quote_open(k + 1));
    c.prev == ","
        && s.has_ending(i, Setting::ReducedRelativeEnding)
        && !(i >= s.from + 2 && s.is_quote_close(i - 2))
        && !quote_after
        && comma.is_some()
}

/// "the proposed credit", "an alleged attack": after an article and a participle that describes
/// it, a form is a noun.
pub(super) fn described_noun(s: &Sentence<'_>, i: usize) -> bool {
    i >= s.from + 2
        && s.any(i - 2, W::Determiner)
        && !s.toks[i - 1].is_capitalized()
        && s.has_ending(i - 1, Setting::ReducedRelativeEnding)
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

/// How many letters an adverb between an article and a participle has at least (a hotly
/// contested race).
const SHORT_ADVERB_LETTERS: usize = 5;

/// "concerns over reported abuses": a participle after these prepositions is an adjective, as
/// is one after an article and an adverb of manner or a word of rank ("a truly contested
/// primary", "the hotly contested race", "its first contested convention");
/// "X, when asked about the vote, said": after these conjunctions it heads a passive clause
/// (unless with its agent, whose words it reports: When asked by X about …).
pub(super) fn not_attributive(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    let form = matches!(c.cue.kind, CueKind::Participle | CueKind::Finite);
    let after = |k: usize| {
        s.m(k).is(W::AttributiveBefore) || s.m(k).is(W::PassiveClause) && c.agent.is_none()
    };
    // (a short adverb, or a word of rank, between an article and a participle before a noun
    // qualifies it: a hotly contested race, the last contested convention; not the family
    // asked for privacy, the family denounced the)
    let noun_after = |k: usize| {
        k < s.to
            && s.toks[k].is_word()
            && !s.toks[k].is_capitalized()
            && !s.noun_marker(k)
            && !s
                .m(k)
                .any_of(&[W::Preposition, W::Complementizer, W::Pronoun, W::Agent])
    };
    let over_adverb = c.i > s.from + 1
        && (s.is_adverb(c.i - 1)
            || s.noun_marker(c.i - 2)
                && noun_after(c.i + c.n)
                && (s.is_adverb_of(c.i - 1, SHORT_ADVERB_LETTERS)
                    || s.m(c.i - 1).any_of(&[W::Superlative, W::Rank])))
        && (s.noun_marker(c.i - 2) || s.m(c.i - 2).is(W::AttributiveBefore))
        // (not a relative "that": a comment that egregiously described …)
        && !s.any(c.i - 2, W::Complementizer)
        && !s.any(c.i - 2, W::RelativeOther);
    // (or a present form over one word in the singular that qualifies it: amid growing calls
    // for, relies on user reports; not voters in interviews say, the head of the panel on
    // credit said, a mother of three replied)
    let present = c.cue.kind == CueKind::Finite && (c.is_bare(s) || s.plural_form(c.i));
    let over_word = present
        && c.i > s.from + 1
        && !s.toks[c.i - 1].starts_with_digit()
        && !s.m(c.i - 1).is(W::CountWord)
        && s.toks[c.i - 1].is_word()
        && !s.toks[c.i - 1].is_capitalized()
        && !s.plural_form(c.i - 1)
        && !s.noun_marker(c.i - 1)
        && !s.m(c.i - 1).any_norm(W::Function)
        && !s
            .m(c.i - 1)
            .any_of(&[W::And, W::But, W::Pronoun, W::ObjectPronoun, W::Relative])
        && !s.is_adverb(c.i - 1)
        && s.m(c.i - 2).is(W::AttributiveBefore);
    !(form && c.i > s.from && (after(c.i - 1) || over_adverb || over_word))
}

/// "an American contractor accused of spying", "the group blamed for the attack": a form of a cue
/// whose object comes before its preposition (`W::ObjectFirstCue`), right before a preposition
/// with no auxiliary and after a noun in lower case, is a passive that describes the noun, no
/// report (not "whom she has accused of", "who he accused of": a subject's).
pub(super) fn object_first_passive(s: &Sentence<'_>, c: &Candidate) -> bool {
    let (i, after) = (c.i, c.i + c.n);
    let noun_before = i > s.from && {
        let k = i - 1;
        s.toks[k].is_word()
            && !s.toks[k].is_capitalized()
            && !s.is_adverb(k)
            && !s
                .m(k)
                .is_one_of(&[W::Pronoun, W::Relative, W::Aux, W::ObjectPronoun])
    };
    s.m(i).is(W::ObjectFirstCue)
        && c.aux.is_none()
        && after < s.to
        && s.m(after).any_of(&[W::Of, W::Preposition])
        && noun_before
}
