//! Cues that the cue after them makes no statement of their own: a gerund in an incise before
//! the verb it qualifies, and a verb whose only complement is the gerund of how it was done.

use super::super::super::lexicon::CueKind;
use super::super::super::mentions::MentionKind;
use super::super::super::words::{Setting, W};
use super::super::Sentence;
use super::CueAt;

/// Whether a mention that opens its clause, or follows a conjunction that opens one (after X,
/// asked about Y, had said), ends right before the comma at `comma` (over a parenthesis: Sen. X
/// (D-Ill.),). Not "echoed X's view of Crimea, saying".
fn subject_opens_clause(s: &Sentence<'_>, comma: usize) -> bool {
    let mut end = comma;
    if end > s.from && s.low(end - 1) == ")" {
        end = (s.from..end - 1)
            .rev()
            .find(|&k| s.low(k) == "(")
            .unwrap_or(end);
    }
    s.mentions.iter().any(|m| {
        let opens = s.opens_clause(m) || m.start > s.from && s.any(m.start - 1, W::Subordinator);
        m.end == end && matches!(m.kind, MentionKind::Entity(_)) && opens
    })
}

/// "The Journal, citing internal documents, reported …", "X, noting the size of the crowd,
/// said …": a gerund in an incise between commas right before a verb cue tells how its subject
/// spoke; the verb is the statement. So does a participle there, a passive that says what its
/// subject was asked or told ("X, asked about Y, said", « X, accusé de mentir, a démenti »).
pub(super) fn drop_gerund_incises(s: &Sentence<'_>, cues: &mut Vec<CueAt>) {
    let incise = |g: &CueAt, next: &CueAt| {
        let mut close = next.start;
        while close > g.end && s.is_skip(close - 1) {
            close -= 1;
        }
        // (or a participle with no auxiliary nor agent, a passive: X, asked about Y, said)
        let passive = matches!(g.cue.kind, CueKind::Finite | CueKind::Participle)
            && g.agent.is_none()
            && !g.pronoun;
        (g.cue.kind == CueKind::Gerund || passive)
            && matches!(next.cue.kind, CueKind::Finite | CueKind::Participle)
            && g.start > s.from
            && s.low(g.start - 1) == ","
            && subject_opens_clause(s, g.start - 1)
            && close > g.end
            && s.low(close - 1) == ","
            && (g.end..close - 1).all(|k| !s.in_quote(k) && !matches!(s.low(k), "," | ";" | ":"))
    };
    let drop: Vec<bool> = (0..cues.len())
        .map(|j| cues.get(j + 1).is_some_and(|n| incise(&cues[j], n)))
        .collect();
    let mut dropped = drop.into_iter();
    cues.retain(|_| !dropped.next().unwrap_or(false));
}

/// "X responded by saying …", « X a réagi en dénonçant … »: a verb cue followed, over adverbs,
/// by the agent preposition or the gerund particle and a gerund, says nothing of its own. When
/// the gerund reports (a cue kept there), the two are one cue: the gerund's, with the verb's
/// place, whose subject is the verb's. When it does not, where the language marks such a gerund
/// by its ending, what was done is an act (responded by blocking access), no statement, though
/// its subject is whom a pronoun next refers to ("replied by email that …", « a répondu en
/// souriant que … » report). A passive's agent is none of this (was criticized by leading
/// economists).
pub(super) fn join_means_gerunds(s: &Sentence<'_>, cues: &mut Vec<CueAt>) {
    let ending = s.lex.words.setting(s.lang_id, Setting::MeansGerundEnding);
    let over_adverbs = |mut k: usize| {
        while k < s.to && s.is_adverb(k) {
            k += 1;
        }
        k
    };
    let mut j = 0;
    while j < cues.len() {
        let c = &cues[j];
        let k = over_adverbs(c.end);
        let verb = matches!(c.cue.kind, CueKind::Finite | CueKind::Participle) && c.agent.is_none();
        if !verb || k + 1 >= s.to || !(s.any(k, W::Agent) || s.any(k, W::GerundParticle)) {
            j += 1;
            continue;
        }
        let g = over_adverbs(k + 1);
        let gerund = (j + 1..cues.len())
            .find(|&x| cues[x].start == g && cues[x].cue.kind == CueKind::Gerund);
        if let Some(x) = gerund {
            let reported = cues.remove(x);
            let kind = cues[j].cue.kind;
            cues[j].cue = reported.cue;
            cues[j].cue.kind = kind;
            cues[j].end = reported.end;
            j += 1;
        } else if s.any(k, W::Agent)
            && g < s.to
            && s.toks[g].is_word()
            && ending.is_some_and(|e| s.low(g).ends_with(e))
        {
            cues[j].act = true;
            j += 1;
        } else {
            j += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    fn said(all: &[S]) -> Vec<(String, String, String)> {
        all.iter()
            .map(|s| {
                let content = s.content.clone().unwrap_or_default();
                (s.speaker.clone(), s.cue.clone(), content)
            })
            .collect()
    }

    #[test]
    fn a_participle_between_commas_before_the_verb_is_a_passive_that_reports_nothing() {
        for (lang, body, cue, who) in [
            ("en", "Mr. Tom Reyes, asked about the arrest of reporters under Mr. Vance, had said that the country does plenty of harm.", "say", "Tom Reyes"),
            ("en", "Governor Dana Holt, pressed on the budget, said she would not raise taxes.", "say", "Dana Holt"),
            // (after the conjunction that opens the clause)
            ("en", "The issue came up after Governor Dana Holt, asked about the arrest of reporters under Mr. Vance, had said that the state does plenty of harm.", "say", "Dana Holt"),
            ("fr", "La polémique a enflé lorsque le ministre Paul Durand, accusé de mentir par Marc Lenoir, a démenti ces informations.", "démentir", "Paul Durand"),
            ("fr", "Le ministre Paul Durand, accusé de mentir, a démenti ces informations.", "démentir", "Paul Durand"),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.len(), 1, "{body}: {all:?}");
            assert_eq!((all[0].speaker.as_str(), all[0].cue.as_str()), (who, cue), "{body}: {all:?}");
        }
        // a verb after an apposition's comma with no verb after it is the subject's own
        let all = run(
            "en",
            SAT,
            "The chairwoman, Dana Holt, criticized the plan on Monday.",
        );
        assert_eq!(
            said(&all).first().map(|s| s.1.as_str()),
            Some("criticize"),
            "{all:?}"
        );
    }

    #[test]
    fn a_verb_whose_complement_is_how_it_was_done_is_that_gerunds_statement() {
        for (lang, body, cue, content) in [
            (
                "en",
                "Senator Ann Cole responded by saying the bill was a mistake.",
                "say",
                "the bill was a mistake",
            ),
            (
                "en",
                "Governor Bill Hart concluded by thanking his supporters.",
                "thank",
                "his supporters",
            ),
            (
                "fr",
                "Le ministre Paul Durand a réagi en dénonçant une réforme injuste.",
                "dénoncer",
                "une réforme injuste",
            ),
            (
                "fr",
                "La députée Anne Morel a répondu en affirmant que la loi serait votée.",
                "affirmer",
                "la loi serait votée",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.len(), 1, "{body}: {all:?}");
            assert_eq!(
                (all[0].cue.as_str(), all[0].content.as_deref()),
                (cue, Some(content)),
                "{body}"
            );
        }
        // the subject of a verb before an aside and a second gerund stays the verb's
        let all = run(
            "fr",
            SAT,
            "Vladimir Poutine a annoncé son soutien au régime. Barack Obama a immédiatement réagi en dénonçant le régime et ses alliés.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Barack Obama"),
            "{all:?}"
        );
    }

    #[test]
    fn a_response_by_an_act_is_no_statement_but_its_subject_is_whom_he_refers_to() {
        for body in [
            "The DNC responded by abruptly blocking access to the data.",
            "The United States responded enthusiastically by easing sanctions.",
        ] {
            let all = run("en", SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        let all = run(
            "en",
            SAT,
            "\"This is outrageous,\" said Senator Harry Bell.\n\nSenator John Marsh responded by standing on the floor next to a photo.\n\n\"I'll tell you what is outrageous,\" he said.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("John Marsh"),
            "{all:?}"
        );
        // how one replied, a passive's agent and a manner are no act
        let all = run(
            "en",
            SAT,
            "Mayor Tom Reed replied by email that the plan was dead.",
        );
        assert_eq!(
            said(&all),
            [(
                "Tom Reed".into(),
                "reply".into(),
                "the plan was dead".into()
            )]
        );
        let all = run("en", SAT, "The plan was criticized by Senator Larry Hale.");
        assert_eq!(all.len(), 1, "{all:?}");
        let all = run(
            "fr",
            SAT,
            "Le maire Luc Blanc a répondu en souriant que tout irait bien.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn the_words_that_link_the_next_cue_end_no_content() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole praised the police before adding that more officers were needed.",
        );
        let contents: Vec<_> = all
            .iter()
            .map(|s| s.content.clone().unwrap_or_default())
            .collect();
        assert_eq!(contents, ["the police", "more officers were needed"]);
        let all = run(
            "fr",
            SAT,
            "Le député Marc Petit a réagi en se disant « scandalisé » et en dénonçant les rumeurs.",
        );
        assert_eq!(
            all.first().and_then(|s| s.quote.clone()).as_deref(),
            Some("scandalisé"),
            "{all:?}"
        );
        assert_eq!(all.len(), 2, "{all:?}");
    }

    #[test]
    fn a_contrast_and_the_next_subject_end_no_content() {
        let contents = |lang: &str, body: &str| -> Vec<String> {
            run(lang, SAT, body)
                .into_iter()
                .map(|s| s.content.unwrap_or_default())
                .collect()
        };
        for body in [
            "Mayor Jane Ortiz welcomed the budget but warned that taxes would rise.",
            "Mayor Jane Ortiz welcomed the budget, but she warned that taxes would rise.",
            "Mayor Jane Ortiz welcomed the budget and later warned that taxes would rise.",
        ] {
            assert_eq!(
                contents("en", body),
                ["the budget", "taxes would rise"],
                "{body}"
            );
        }
        for body in [
            "La maire Anne Roux a salué le budget mais a prévenu que les impôts allaient monter.",
            "La maire Anne Roux a salué le budget, mais elle a prévenu que les impôts allaient monter.",
        ] {
            assert_eq!(
                contents("fr", body),
                ["le budget", "les impôts allaient monter"],
                "{body}"
            );
        }
        // words before the next cue that join nothing stay: he was simply …
        let all = contents(
            "en",
            "Senator Ann Cole said the plan was simply wrong and warned of cuts.",
        );
        assert_eq!(
            all.first().map(String::as_str),
            Some("the plan was simply wrong")
        );
    }
}
