//! Cues of several words whose verb an adverb or a day follows (met également en avant, a-t-il
//! aussi martelé, called Wednesday for).

use super::super::super::lexicon::{lower, Cue};
use super::super::super::phrases::PhraseIndex;
use super::super::super::words::W;
use super::super::Sentence;

/// « Le collectif met également en avant », « a aussi fait savoir »: a cue of several words whose
/// verb an adverb or another word that may stand there follows (at most two), the verb at `i`.
pub(super) fn split_cue<'l>(
    s: &Sentence<'_>,
    cues: &'l PhraseIndex<Cue>,
    i: usize,
) -> Option<(usize, &'l Cue)> {
    if !cues.opens_longer(s.toks, i, lower) {
        return None;
    }
    let j = (i + 1..(i + 4).min(s.to)).find(|&k| !s.is_skip(k))?;
    // (not over a pronoun or a determiner: makes that clear)
    let gap = (i + 1..j).all(|k| !s.m(k).any_of(&[W::Complementizer, W::Determiner]));
    (j > i + 1 && gap).then(|| cues.split_at(s.toks, (i, j), lower))?
}
