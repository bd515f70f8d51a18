//! Cues of several words whose verb stands apart from the rest (la police fait également savoir),
//! as the mentions see them.

use super::super::lexicon::{lower, Cue};
use super::super::phrases::PhraseIndex;
use super::Ctx;

impl Ctx<'_> {
    /// Whether a cue of several words opens at token `k`, its verb and the rest apart over words
    /// that may stand there (la police fait également savoir).
    pub(super) fn split_cue_at(&self, cues: &PhraseIndex<Cue>, k: usize) -> bool {
        if !cues.opens_longer(self.w.toks, k, lower) {
            return false;
        }
        let skip = &self.lex.words.phrases.skip;
        let j = (k + 1..(k + 4).min(self.w.to))
            .find(|&x| skip.longest_at(self.w.toks, x, lower).is_none());
        j.is_some_and(|j| j > k + 1 && cues.split_at(self.w.toks, (k, j), lower).is_some())
    }
}
