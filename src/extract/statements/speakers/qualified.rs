//! Names that qualify a noun before the cue (the Trump campaign said, a senior Singapore bank
//! director said, Mr. Sanders's aides said), not the cue's subject.

use super::super::super::mentions::Mention;
use super::super::super::words::{Setting, W};
use super::super::subjects::{in_dash_aside, qualifies_a_person};
use super::super::Sentence;

/// "Mr. Sanders's aides said", "the Trump campaign said": a name that qualifies the head noun
/// right before the cue (a possessor, or a name before a noun) is not the cue's subject.
pub(in super::super) fn qualifies_a_head(s: &Sentence<'_>, m: &Mention, cue: usize) -> bool {
    let possessor = m.end < s.to && s.any(m.end, W::Genitive);
    let head = if possessor { m.end + 1 } else { m.end };
    // (a plural over auxiliaries and adverbs before the cue, where a name may qualify a noun:
    // Clinton aides have privately expressed; not Trump this week said, « l'Assemblée
    // nationale populaire a approuvé »)
    let plural_over_aux = || {
        s.setting(Setting::NameQualifiesNoun)
            && s.plural_form(m.end)
            && !s.noun_marker(m.end)
            && (m.end + 1..cue).all(|k| s.is_skip(k))
    };
    // (a name inside a noun phrase its article opens, before the nouns it qualifies: a senior
    // Singapore bank director said; not the United States firmly said, nor a spokesperson's
    // noun: a Clinton campaign spokesman speaks for Clinton)
    let inside_article = || {
        s.setting(Setting::NameQualifiesNoun)
            && article_opens(s, m)
            && cue - m.end <= 3
            && (m.end..cue).all(|k| {
                s.toks[k].is_word()
                    && !s.toks[k].is_capitalized()
                    && !s.is_skip(k)
                    && !s
                        .m(k)
                        .any_of(&[W::Aux, W::Modal, W::Preposition, W::Relative])
                    && !s.any(k, W::Spokesperson)
            })
    };
    let before_noun = m.end < cue
        && (m.end + 1 == cue || plural_over_aux() || inside_article())
        && s.toks[m.end].is_word()
        && !s.toks[m.end].is_capitalized()
        && !s.is_skip(m.end)
        && !s.any(m.end, W::Clitic);
    // unless the head is the name's own document or body (the court's summary, the Houthi
    // movement, the NHC advisory)
    let own = head < s.to && {
        let h = s.m(head);
        h.any(W::Reference) || h.any(W::SourceNoun) || h.any_norm(W::Orghead)
    };
    (possessor || before_noun) && !own
}

/// Whether an article opens the noun phrase of mention `m`, over the words in lower case that
/// describe it (a senior Singapore …, the former Soviet …).
fn article_opens(s: &Sentence<'_>, m: &Mention) -> bool {
    let mut k = m.start;
    while k > s.from && m.start - k < 3 && s.toks[k - 1].is_word() {
        k -= 1;
        if s.any(k, W::Determiner) {
            return true;
        }
        if s.toks[k].is_capitalized() {
            return false;
        }
    }
    false
}

/// Whether mention `m` before the cue at `cue` qualifies a noun (the GOP candidate, Senate aides),
/// names the medium of a user (one Twitter user) or stands in an aside between dashes: no subject.
pub(super) fn names_no_subject(s: &Sentence<'_>, m: &Mention, cue: usize) -> bool {
    qualifies_a_head(s, m, cue) || qualifies_a_person(s, m) || in_dash_aside(s, m, cue)
}
