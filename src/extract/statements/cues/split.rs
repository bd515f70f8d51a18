//! Cues of several words whose verb an adverb or a day follows (met également en avant, a-t-il
//! aussi martelé, called Wednesday for).

use super::super::super::lexicon::{lower, Cue};
use super::super::super::phrases::PhraseIndex;
use super::super::super::words::W;
use super::super::Sentence;

/// « Le collectif met également en avant », « a aussi fait savoir »: a cue of several words whose
/// verb one or two words that may stand there follow, none a determiner or a complementizer (not
/// "makes that clear"), the verb at `i`.
pub(super) fn split_cue<'l>(
    s: &Sentence<'_>,
    cues: &'l PhraseIndex<Cue>,
    i: usize,
) -> Option<(usize, &'l Cue)> {
    cues.split_after(s.toks, (i, s.to), |k| gap_word(s, k), lower)
}

/// Whether token `k` may stand between the verb of a cue and its other words: a skippable word,
/// no determiner nor complementizer.
fn gap_word(s: &Sentence<'_>, k: usize) -> bool {
    s.is_skip(k) && !s.m(k).any_of(&[W::Complementizer, W::Determiner])
}
