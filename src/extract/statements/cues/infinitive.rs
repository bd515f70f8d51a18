//! `infinitive`: an infinitive cue after a purpose word reports what its subject did — « a
//! profité de cette prise de parole pour critiquer la presse », "took to Twitter to call the plan
//! a disgrace" — where the clause says what was done, not what will or may be.

use super::super::super::acts::SpeechAct;
use super::super::super::words::{Setting, W};
use super::super::Sentence;
use super::Candidate;

/// Whether the infinitive candidate `c` stands where it reports: after the purpose word (over
/// the pronoun of a reflexive), in a clause with no modal or condition before it (devrait profiter
/// … pour annoncer), not a reflexive (pour se défendre), after a verb of means where the language
/// needs one, and with what it says.
pub(super) fn fits(s: &Sentence<'_>, c: &Candidate) -> bool {
    let i = c.i;
    let at = if i > s.from && s.any(i - 1, W::Reflexive) {
        i - 1
    } else {
        i
    };
    let purpose = at > s.from && s.m(at - 1).is(W::Purpose);
    let clause = (s.from..at.saturating_sub(1))
        .rev()
        .take_while(|&k| s.low(k) != ",")
        .any(|k| (s.any(k, W::Modal) && !s.m(k).is(W::Purpose)) || s.any(k, W::Conditional));
    purpose && !clause && !c.cue.reflexive && has_means(s, at) && reports(s, c)
}

/// How far before the purpose word a verb of means may stand (took the opportunity at the
/// convention to).
const MEANS_REACH: usize = 8;

/// Where the language needs one, whether a verb of means stands before the purpose word at
/// `at - 1`, with words between (took to Twitter to call, went on to say; not used to say).
fn has_means(s: &Sentence<'_>, at: usize) -> bool {
    if !s.setting(Setting::PurposeNeedsMeans) {
        return true;
    }
    let to = at - 1;
    (to.saturating_sub(MEANS_REACH).max(s.from)..to.saturating_sub(1))
        .rev()
        .take_while(|&k| !matches!(s.low(k), "," | ";" | ":") && !s.in_quote(k))
        .any(|k| s.m(k).is(W::MeansVerb))
}

/// How far after an infinitive cue the « que » of what it says may stand (pour rappeler dans un
/// communiqué qu'…).
const CLAUSE_REACH: usize = 8;

/// Whether an infinitive after « pour » reports: a marked act (pour dénoncer, pour demander,
/// pour alerter), or a plain one or one of support with what is said right after it (pour
/// rappeler qu'…, pour dire « … »; not pour rapporter une médaille, pour soutenir ses alliés).
fn reports(s: &Sentence<'_>, c: &Candidate) -> bool {
    let act = c.cue.act;
    // (where a verb of means is needed, it says enough: went on to say, took to Twitter to call)
    let marked = act != SpeechAct::plain() && act.plover() != Some("AGREE")
        || s.setting(Setting::PurposeNeedsMeans);
    let after = c.i + c.n;
    marked
        || (after < s.to && s.is_quote_open(after))
        || (after..(after + CLAUSE_REACH).min(s.to))
            .take_while(|&k| !matches!(s.low(k), "," | "." | ";" | ":"))
            .any(|k| s.any(k, W::Complementizer))
}
/// How far before a coordinated bare form the infinitive marker it goes with may stand (urged him
/// to stop attacking the judge and apologize).
const COORDINATED_REACH: usize = 10;

/// "urged him to stop attacking her and apologize": where the language's verbs agree, a bare form
/// right after « and » in a clause opened by an infinitive marker is that infinitive's partner,
/// what is asked, not a report.
pub(super) fn coordinated(s: &Sentence<'_>, c: &Candidate) -> bool {
    let i = c.i;
    if !s.setting(Setting::BareFormNotAfterOneName) || i < s.from + 2 || !s.any(i - 1, W::And) {
        return false;
    }
    let breaks = |k: usize| !s.toks[k].is_word() || s.any(k, W::Complementizer);
    c.is_bare(s)
        && (i.saturating_sub(COORDINATED_REACH).max(s.from)..i - 1)
            .rev()
            .take_while(|&k| !breaks(k))
            .any(|k| s.m(k).is(W::InfinitiveMarker) && verb_after(s, k + 1))
}

/// Whether token `k` may be a verb: a word in lower case, no determiner (to stop, not to the
/// White House, to Paris).
fn verb_after(s: &Sentence<'_>, k: usize) -> bool {
    let t = &s.toks[k];
    t.is_word() && !t.is_capitalized() && !s.any(k, W::Determiner) && !s.any(k, W::Possessive)
}
