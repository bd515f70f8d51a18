//! Names before a cue that are another verb's object, no subject: the object of a gerund that
//! qualifies the subject (Democrats supporting X have pointed to …) and the agent of a reduced
//! passive (a letter from Y obtained by X warns …).

use super::super::super::mentions::Mention;
use super::super::super::words::{Setting, W};
use super::super::{Sentence, DOCUMENT_WORDS};

/// How many letters a gerund or a participle has at least, by its ending (not "sing", "bed").
const VERB_LETTERS: usize = 6;

/// The verb whose object or agent mention `m` is, right before it: a gerund in lower case
/// ("Democrats supporting Ann Cole have pointed": "supporting"), or a participle in lower case
/// before the agent's word ("a letter from the Legion obtained by The Associated Press warns":
/// "obtained"). The walk back to the subject goes on before that verb. Not a word that opens a
/// list of the subject's members (Some observers including X said).
pub(in super::super) fn verb_of_object(
    s: &Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<usize> {
    let k = m.start;
    let plain = |j: usize| {
        j > floor
            && s.toks[j].is_word()
            && !s.toks[j].is_capitalized()
            && !s.m(j).is(W::Aux)
            && !s.m(j).is(W::Including)
    };
    let ends = |j: usize, setting: Setting| {
        s.low(j).chars().count() >= VERB_LETTERS && s.has_ending(j, setting)
    };
    // (after a plural noun, not a determiner or a possessive: the ruling X, its governing X;
    // nor a noun before another noun: tin mining company X)
    let after_plural = |j: usize| {
        j > floor
            && s.toks[j - 1].is_word()
            && s.toks[j - 1].norm.chars().count() > 3
            && s.plural_form(j - 1)
            && !s.any(j - 1, W::Determiner)
            && !s.any(j - 1, W::Possessive)
    };
    let gerund = k > floor + 1
        && plain(k - 1)
        && ends(k - 1, Setting::MeansGerundEnding)
        && after_plural(k - 1);
    if gerund {
        return Some(k - 1);
    }
    // (not a document's issuer: the poll conducted by Newsweek said)
    let agent = k > floor + 2
        && s.any(k - 1, W::Agent)
        && plain(k - 2)
        && ends(k - 2, Setting::ReducedRelativeEnding)
        && !(k > floor + 3 && s.m(k - 3).any_of(&DOCUMENT_WORDS));
    agent.then(|| k - 2)
}
