//! The speaker of a cue coordinated with the one before it (X confirme que … et précise que …;
//! X praised the plan, criticized the tax and told …): that cue's.

use super::super::super::lexicon::CueKind;
use super::super::super::mentions::MentionKind;
use super::super::super::words::{Setting, W};
use super::super::Site;
use super::{Choice, Ctx};

/// "X confirme que … et précise que …": a cue after "et" / "and" has the speaker of the cue
/// before it; so has a finite cue right after a comma where a comma opens no incise (X praised
/// the plan, criticized the tax and told …).
pub(super) fn coordinated_cue(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    // over an object pronoun (et l'accuse)
    let mut k = x.site.skip_back;
    if k > s.from + 1 && s.any(k - 1, W::Clitic) {
        k -= 1;
    }
    // (the comma ends the object of the cue before, no name and no other comma: not "Rudaw
    // reports X's director, Y, has alleged"; no agent after: not "the plan, criticized by many")
    let series = |j: usize| {
        c.cue.kind == CueKind::Finite
            && !s.setting(Setting::IncisePastComma)
            && s.low(j) == ","
            && (x.site.prev_end..j).all(|i| s.low(i) != ",")
            && !s.mentions.iter().any(|m| m.end == j)
            && !(c.end < s.to
                && (s.any(c.end, W::Agent)
                    || s.any(c.end, W::Preposition) && !s.any(c.end, W::InfinitiveMarker)))
    };
    let joined = k > s.from && (s.any(k - 1, W::And) || s.any(k - 1, W::But));
    let in_series = !joined && k > s.from && series(k - 1);
    if !(joined || in_series) || x.site.index == 0 {
        return false;
    }
    // (after a vague source's cue, which gives no statement: no one)
    let vague = || Site::new(s, x.site.cues, x.site.index - 1).after_vague_source(s);
    let Some(last) = x.out.last() else {
        return vague();
    };
    // the statement of the cue right before, not an older one (a vague source's cue gives none:
    // "Demonstrators said …, but pledged …")
    let prev = x.site.cues[x.site.index - 1].start;
    let at = s.toks[prev].span.start;
    if !(last.span.start <= at && at < last.span.end) {
        return true;
    }
    // (a series goes on a main clause's verb, not a relative or subordinate clause's: X, a union
    // that has endorsed Y, said; X, whose ministry has demanded Y, said)
    let relative = || {
        (s.from..prev)
            .rev()
            .take_while(|&i| s.low(i) != ",")
            .any(|i| {
                s.any(i, W::Relative) || s.any(i, W::RelativeOther) || s.any(i, W::Complementizer)
            })
    };
    // … whose subject is no aside's (a move whose rarity, CBS noted, highlighted) and stands
    // in the clause of its verb (Kuwait's minister, in remarks published today, said), before
    // it (not the agent of a passive aside: X, mentioned by Newsmax as …, told)
    let own_clause = || {
        let subject = s.speaker_tok(last.speaker_span);
        last.content.as_deref().is_some_and(|t| !t.is_empty())
            && subject < prev
            && (subject..prev).all(|i| s.low(i) != ",")
    };
    if in_series && (relative() || !own_clause()) {
        return false;
    }
    // (a new subject after a comma between the two cues heads the clause "and" goes on: At the
    // moment X announced his bid, Y was holding a meeting and told aides …)
    let cue_end = x.site.cues[x.site.index - 1].end;
    let new_subject = || {
        s.mentions.iter().any(|m| {
            m.start > cue_end
                && m.end + 1 < k
                && matches!(m.kind, MentionKind::Entity(_))
                && s.opens_clause(m)
                && s.low(m.start - 1) == ","
                && s.m(m.end).any_of(&[W::Aux, W::Modal])
        })
    };
    if joined && new_subject() {
        return false;
    }
    choice.speaker = Some((last.speaker, last.confidence, last.speaker_span));
    true
}
