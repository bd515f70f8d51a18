//! Cues that report only what a document, a study or a poll says: the document must stand by
//! them (the statement read: …, the poll showed).

use super::super::super::words::W;
use super::super::Sentence;
use super::{Candidate, CueAt};

/// How far from a document's cue the document may stand (the judge's statement reads, the decree
/// signed by the Pope read).
const DOCUMENT_REACH: usize = 5;

/// A form that reports only what a document says (see `W::DocumentCue`): a reference to a
/// document or a document's noun right before it or right after it (the statement read: …, the
/// decree signed by the Pope read, reads the motion), not a sign or a headline; a study's form
/// (`W::StudyCue`) only with the noun before it (the poll showed).
pub(super) fn document_cue_has_document(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    let study = s.any(c.i, W::StudyCue);
    if !s.any(c.i, W::DocumentCue) && !study {
        return true;
    }
    let before = study_before(s, c.i);
    if study {
        return before;
    }
    let end = c.i + c.n;
    let after = (end..(end + DOCUMENT_REACH).min(s.to))
        .take_while(|&k| s.toks[k].is_word())
        .any(|k| s.any(k, W::Reference) || s.any(k, W::DocumentNoun));
    before || after
}

/// Whether a study's or a document's noun stands right before token `i`, over a few words (the
/// poll released Monday found, the statement read).
pub(super) fn study_before(s: &Sentence<'_>, i: usize) -> bool {
    study_noun_before(s, i, s.from).is_some()
}

/// The study's or document's noun nearest before token `i`, over a few words and not before
/// `floor`: where the subject of a study's cue is (the poll released Monday showed).
pub(in super::super) fn study_noun_before(
    s: &Sentence<'_>,
    i: usize,
    floor: usize,
) -> Option<usize> {
    (i.saturating_sub(DOCUMENT_REACH).max(floor)..i)
        .rev()
        .take_while(|&k| s.toks[k].is_word())
        .find(|&k| s.any(k, W::Reference) || s.any(k, W::DocumentNoun))
}
