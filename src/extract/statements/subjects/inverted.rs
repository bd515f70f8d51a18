//! The subject after an inverted verb: "The race will be tight, said Dan Gerstein.", "…," said
//! another Twitter user, Johanna Bayer.

use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::super::SpeechAct;
use super::super::cues::CueAt;
use super::super::Sentence;
use super::described_subject;

/// "The race will be tight, said Dan Gerstein.", "…, said former Vermont governor Howard Dean,
/// who …": after a comma, a verb followed by its subject, a mention that ends the sentence or its
/// clause (inversion, in any language). The mention, if so.
pub(in super::super) fn inverted_subject<'m>(
    s: &'m Sentence<'_>,
    c: &CueAt,
) -> Option<&'m Mention> {
    // (or the person named in apposition after a description with its article: …, said a
    // former spokesman for the ministry, Oleg Voloshyn)
    let described = || {
        (c.end < s.to && s.noun_marker(c.end) && c.cue.act.only_reports())
            .then(|| named_after_description(s, c.end))
            .flatten()
    };
    let m = described_subject(s, c).or_else(described)?;
    // (a quotation after the object of a naming cue is what it is called: …, called the KKK
    // "abhorrent")
    let ends_clause = m.end >= s.to
        || matches!(s.low(m.end), "," | "." | ";" | "!" | "?")
        || s.is_quote_close(m.end)
        || s.is_quote_open(m.end) && !s.any(c.start, W::Naming)
        || c.cue.act == SpeechAct::plain() && place_or_time_to_the_end(s, m.end);
    ends_clause.then_some(m)
}

/// How many words a phrase of place or time after an inverted subject may hold up to the
/// sentence's end (says X in Almaty).
const PHRASE_TO_END: usize = 5;

/// Whether a preposition at `k` opens a phrase that ends the sentence, with no verb in it (says
/// X in Almaty.; said X on Monday.; not said X in the Senate was corrupt): after the subject of a
/// plain report (not the object of "endorsed X on Sunday").
fn place_or_time_to_the_end(s: &Sentence<'_>, k: usize) -> bool {
    let verb = [W::Aux, W::Modal, W::Complementizer, W::Relative];
    let end = (k..s.to)
        .find(|&j| matches!(s.low(j), "." | "!" | "?"))
        .unwrap_or(s.to);
    k < s.to
        && s.any(k, W::Preposition)
        && end - k <= PHRASE_TO_END
        && (k + 1..end).all(|j| s.toks[j].is_word() && !s.m(j).any_of(&verb))
}

/// How far after a quotation's verb the comma before the described speaker's name may be.
const DESCRIPTION_REACH: usize = 10;

/// "…," said another Twitter user, Johanna Bayer: the person named in apposition right after the
/// description that follows the verb (no quotation, clause or sentence end before its comma).
pub(in super::super) fn named_after_description<'m>(
    s: &'m Sentence<'_>,
    from: usize,
) -> Option<&'m Mention> {
    let comma = (from..(from + DESCRIPTION_REACH).min(s.to))
        .take_while(|&k| {
            !s.is_quote_open(k)
                && !s.any(k, W::Complementizer)
                && !matches!(s.low(k), "." | ":" | ";")
        })
        .find(|&k| s.low(k) == ",")?;
    (comma > from)
        .then(|| s.mention_starting(comma + 1))
        .flatten()
        .filter(|m| s.is_person(m))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn the_person_apposed_to_a_description_after_an_inverted_verb_speaks() {
        for text in [
            "Tom Hale had a voice in every deal in Kenya, said a former spokesman for Kenya's Foreign Ministry, Ana Ruiz, who ran for office.",
            "Sales will rise, said the chairman of the board, Ana Ruiz.",
            "\"Sales will rise,\" said a former spokesman for the Kenyan Foreign Ministry, Ana Ruiz.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Ana Ruiz", "{text}");
        }
        // not a name apposed to the object of a verb that does more than report
        let s = one(
            "en",
            SAT,
            "Citing the attack as a wake-up call for all “reveries about outsiders,” Ana Ruiz urged the voters to abandon all outsider candidates, Tom Hale in particular.",
        );
        assert_eq!(s.speaker, "Ana Ruiz");
    }
}
