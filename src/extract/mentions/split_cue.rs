//! Cues of several words whose verb stands apart from the rest (la police fait également savoir),
//! as the mentions see them.

use super::super::lexicon::{lower, Cue};
use super::super::phrases::PhraseIndex;
use super::super::words::W;
use super::Ctx;

impl Ctx<'_> {
    /// Whether a cue of several words opens at token `k`, its verb and the rest apart over one or
    /// two skippable words, no determiner nor complementizer (as `statements::cues::split_cue`
    /// finds it).
    pub(super) fn split_cue_at(&self, cues: &PhraseIndex<Cue>, k: usize) -> bool {
        let skip = &self.lex.words.phrases.skip;
        let gap = |x: usize| {
            skip.longest_at(self.w.toks, x, lower).is_some()
                && !self.m(x).any_of(&[W::Complementizer, W::Determiner])
        };
        cues.split_after(self.w.toks, (k, self.w.to), gap, lower)
            .is_some()
    }
}
