//! The day a statement was made: the first rule of [`RULES`] that gives one. Date expressions are
//! resolved against the publication date ([`when`](super::super::when)); nothing is guessed.

use chrono::NaiveDate;

use super::super::lexicon::CueKind;
use super::super::when;
use super::super::words::W;
use super::super::Statement;
use super::{Memory, Sentence, Site};
use crate::text::Span;

/// What a date rule reads.
pub(super) struct Ctx<'a> {
    s: &'a Sentence<'a>,
    site: &'a Site<'a>,
    memory: &'a Memory,
    /// The statements of the sentence so far.
    out: &'a [Statement],
    speaker: usize,
    speaker_span: Span,
    /// The content's token bounds.
    content: (usize, usize),
}

type Rule = fn(&Ctx<'_>) -> Option<NaiveDate>;

/// The date rules, in the order they are tried: a day the sentence names, then (unless it names
/// a stretch of time that fixes none: last week, en décembre) a day the narrative carries.
const RULES: &[(&str, Rule)] = &[
    ("at_the_cue", at_the_cue),
    ("narrative_day", narrative_day),
    ("earlier_in_the_sentence", earlier_in_the_sentence),
    ("time_adverbial_later", time_adverbial_later),
];
const CARRIED: &[(&str, Rule)] = &[
    ("statement_before", statement_before),
    ("paragraph_day", paragraph_day),
    ("speaker_last_day", speaker_last_day),
    ("scene_day", scene_day),
];

/// The day of a statement.
pub(super) fn day<'a>(
    s: &'a Sentence<'a>,
    site: &'a Site<'a>,
    memory: &'a Memory,
    out: &'a [Statement],
    (speaker, speaker_span): (usize, Span),
    content: (usize, usize),
) -> Option<NaiveDate> {
    let x = Ctx {
        s,
        site,
        memory,
        out,
        speaker,
        speaker_span,
        content,
    };
    RULES.iter().find_map(|(_, rule)| rule(&x)).or_else(|| {
        (!names_a_period(&x))
            .then(|| CARRIED.iter().find_map(|(_, rule)| rule(&x)))
            .flatten()
    })
}

/// "Last week, X had told reporters", « En décembre, X avait prévenu », "X said last week that":
/// a stretch of time that fixes no day, outside quotations and what is said, opening the sentence
/// (its first words, before a comma) or before the cue (three words, after the last comma, not in
/// a relative clause after its subject); or right after the cue.
fn names_a_period(x: &Ctx<'_>) -> bool {
    let (s, c) = (x.s, x.site.cue);
    let (a, b) = x.content;
    let period = |i: usize| when::period_at(s.lex, s.toks, i).filter(|_| !s.in_quote(i));
    let first_comma = (s.from..c.start).find(|&i| s.low(i) == ",");
    let opening = first_comma.map_or(s.from..s.from, |k| s.from..k.min(s.from + OPENING_WORDS));
    // (after the last comma before the cue: not an apposition's, a Québécois who worked there
    // in 2014, affirme)
    let near = c.start.saturating_sub(3).max(s.from);
    let before = (near..c.start).rev().take_while(|&i| s.low(i) != ",");
    let subject = s.speaker_tok(x.speaker_span).min(c.start);
    let relative = (subject..c.start).any(|i| s.any(i, W::Relative));
    let before = before.filter(move |_| !relative);
    let outside = opening
        .chain(before)
        .any(|i| (i < a || i >= b) && period(i).is_some());
    // (said last week that, a déclaré en décembre, said publicly in May: not cited research
    // from 2014)
    let at = if c.end < s.to && s.is_skip(c.end) {
        c.end + 1
    } else {
        c.end
    };
    let after = (at..(at + 3).min(s.to)).any(|i| period(i) == Some(at));
    outside || after
}

/// How many words may open a sentence with the stretch of time it is at (Earlier this month, …).
const OPENING_WORDS: usize = 4;

/// Date expressions in `toks[from..to]`, when the publication date is known; not a day after
/// publication, which is what is announced, not when it was said (appelle à manifester le 29
/// mars); nor a word of a person's name (Rabbi Marvin Hier: no « hier »).
fn find(x: &Ctx<'_>, from: usize, to: usize) -> Vec<when::DateExpr> {
    let s = x.s;
    s.published.map_or_else(Vec::new, |p| {
        let mut days = when::find(s.lex, s.toks, from, to, p, x.site.cue.pluperfect);
        let in_name = |d: &when::DateExpr| s.mention_at(d.start).is_some_and(|m| s.is_person(m));
        let period = |d: &when::DateExpr| when::bounds_a_period(s.marks, s.from, d.start);
        days.retain(|d| d.day <= p && !in_name(d) && !period(d));
        days
    })
}

/// A date expression around the cue and speaker, outside the content (a déclaré vendredi).
fn at_the_cue(x: &Ctx<'_>) -> Option<NaiveDate> {
    let (s, c) = (x.s, x.site.cue);
    let (a, b) = x.content;
    let from = c.start.min(s.speaker_tok(x.speaker_span)).saturating_sub(1);
    let mut found = find(x, from.max(s.from), (c.end + 3).min(s.to));
    found.retain(|d| d.start < a || d.start >= b || c.cue.kind == CueKind::Preposition);
    found.first().map(|d| d.day)
}

/// Le lendemain, the following day: a day counted from the day the narrative is at (the
/// statement before in the sentence, the paragraph's last dated statement, the scene's day), not
/// from publication; not "le lendemain de l'attentat", counted from an event.
fn narrative_day(x: &Ctx<'_>) -> Option<NaiveDate> {
    let (s, c) = (x.s, x.site.cue);
    let (a, b) = x.content;
    let to = (c.end + 3).min(s.to);
    let offset = (s.from..to)
        .filter(|&i| (i < a || i >= b) && !s.in_quote(i))
        .filter(|&i| !(i + 1 < s.to && s.any(i + 1, W::Of)))
        .find_map(|i| s.lex.calendar.narrative_at(s.toks, i))?;
    let anchor = statement_before(x)
        .or_else(|| paragraph_day(x))
        .or_else(|| scene_day(x))?;
    let day = anchor + chrono::Duration::days(offset);
    s.published.is_none_or(|p| day <= p).then_some(day)
}

/// A date earlier in the sentence, outside quotations, sets the scene: Vendredi, … / On Friday, …
/// / Lors d'une conférence de presse mardi, X a dit …
fn earlier_in_the_sentence(x: &Ctx<'_>) -> Option<NaiveDate> {
    let mut found = find(x, x.s.from, x.site.cue.start);
    // not a date inside what an earlier statement of the sentence reports (Affirmant qu'il n'y
    // avait pas de chiffres pour la foule de vendredi, il a critiqué …: vendredi is the crowd's)
    let reported = |k: usize| {
        let at = x.s.toks[k].span.start;
        x.out
            .iter()
            .any(|st| st.span.start <= at && at < st.span.end)
    };
    found.retain(|d| !x.s.in_quote(d.start) && !reported(d.start));
    found.last().map(|d| d.day)
}

/// "a annoncé sa démission … la veille": a time adverbial later in the clause, when no que / that
/// clause stands between (that one dates what is reported).
fn time_adverbial_later(x: &Ctx<'_>) -> Option<NaiveDate> {
    let (s, c) = (x.s, x.site.cue);
    let mut later = find(x, c.end, x.site.next_cue);
    // (nor one inside the clause a verb that needs a clause reports: said the dividend covers
    // the period to December 31)
    let (a, b) = x.content;
    let reported = |k: usize| s.any(c.start, W::ClauseCue) && a <= k && k < b;
    later.retain(|d| {
        !s.in_quote(d.start)
            && !(c.end..d.start).any(|k| s.any(k, W::Complementizer))
            && !reported(d.start)
    });
    later.first().map(|d| d.day)
}

/// The narrative fixes the day: the statement before in this sentence (Schiff called it … after
/// "both yesterday questioned").
fn statement_before(x: &Ctx<'_>) -> Option<NaiveDate> {
    x.out.last().and_then(|f| f.date)
}

/// The day of the last dated statement of the paragraph.
fn paragraph_day(x: &Ctx<'_>) -> Option<NaiveDate> {
    x.memory.paragraph_dates.last().map(|(_, d)| *d)
}

/// The same speaker's last dated statement in the article (He also said … after "Trump said on
/// Friday").
fn speaker_last_day(x: &Ctx<'_>) -> Option<NaiveDate> {
    x.memory
        .speaker_dates
        .iter()
        .rev()
        .find(|(sp, _)| *sp == x.speaker)
        .map(|(_, d)| *d)
}

/// The day the narrative is at (the last day named outside quotations, or the lead's).
fn scene_day(x: &Ctx<'_>) -> Option<NaiveDate> {
    x.memory.scene_date
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_day_inside_what_an_opening_gerund_reports_is_not_the_main_clauses() {
        // published on a Sunday: samedi is the day before, vendredi the crowd's
        let all = run(
            "fr",
            "2017-01-22",
            "Le porte-parole Paul Morin a parlé samedi soir. Affirmant qu'il n'y avait pas de chiffres pour la foule de vendredi, il a critiqué les médias.",
        );
        let said: Vec<(&str, Option<&str>)> =
            all.iter().map(|s| (s.act, s.date.as_deref())).collect();
        assert_eq!(said[2], ("criticize", Some("2017-01-21")), "{all:?}");
    }

    #[test]
    fn a_date_that_bounds_a_period_is_no_day_anyone_spoke() {
        // published on a Friday: a week or a year ended, a period from one day to another, a
        // strike since a day, are no day of speaking nor a scene for the statements after them
        for (lang, text) in [
            ("en", "Acme Corp said sales rose 5 pct in the week ended February 24. Acme Corp said prices would rise."),
            ("en", "For the year ended March 31, Acme Corp reported a loss of 3 mln dlrs. The company said it would recover."),
            ("en", "Acme Fund said the dividend covers the period from November 3 to December 31. Acme Fund said it expects growth."),
            ("fr", "La grève dure depuis le 30 janvier. Le syndicat CGT a dénoncé le silence du ministre."),
            ("fr", "Pour l'exercice clos le 31 janvier, le groupe Renault a annoncé une perte."),
        ] {
            let all = run(lang, "2022-03-04", text);
            assert!(!all.is_empty(), "{text}");
            assert!(all.iter().all(|s| s.date.is_none()), "{text}: {all:?}");
        }
        // a day the talks ended is when they ended
        let all = run(
            "en",
            "2022-03-04",
            "The talks ended Wednesday after the vote, an Acme Corp spokesman said.",
        );
        assert_eq!(all[0].date.as_deref(), Some("2022-03-02"), "{all:?}");
    }

    #[test]
    fn a_stretch_of_time_that_fixes_no_day_carries_none_over() {
        // the scene is at Wednesday; the next statements are of last week, of December, of May
        let all = run(
            "en",
            "2022-01-08",
            "On Wednesday, Senator Jane Hill said the bill would pass. Last week, Governor Tom \
             Reed had told reporters he would veto it. In December, Mayor Ann Cole warned that \
             taxes would rise. Hill said in May that she would run. Reed said on Thursday that \
             the vote in 2021 had failed. The agency cited research from 2014 showing the risk.",
        );
        let days: Vec<Option<&str>> = all.iter().map(|s| s.date.as_deref()).collect();
        let want = [
            Some("2022-01-05"),
            None,
            None,
            None,
            Some("2022-01-06"),
            Some("2022-01-06"),
        ];
        assert_eq!(days, want, "{all:?}");
        let all = run(
            "fr",
            "2022-01-08",
            "Mercredi, la sénatrice Anne Vert a affirmé que la loi passerait. La semaine dernière, \
             le maire Paul Roux avait annoncé son opposition. Il a rappelé en 2016 qu'il s'y \
             opposait. Les accusations de Mai Fatty ont été démenties par le ministre Luc Petit.",
        );
        let days: Vec<Option<&str>> = all.iter().map(|s| s.date.as_deref()).collect();
        let scene = Some("2022-01-05");
        // (« il s'y opposait » is a statement of its own, of 2016 too)
        assert_eq!(days, [scene, None, None, None, scene, scene], "{all:?}");
    }

    #[test]
    fn the_next_day_is_counted_from_the_narrative_not_from_publication() {
        let all = run(
            "fr",
            "2018-03-28",
            "Le 12 mars, le ministre Paul Martin a affirmé que la réforme passerait. Le lendemain, la syndicaliste Marie Dupont a déclaré qu'elle s'y opposerait.",
        );
        let days: Vec<Option<&str>> = all.iter().map(|s| s.date.as_deref()).collect();
        assert_eq!(days, vec![Some("2018-03-12"), Some("2018-03-13")]);
        let all = run(
            "en",
            "2019-03-28",
            "On March 4, Senator Jane Hill said the bill would pass. The following day, Governor Tom Reed said he would veto it.",
        );
        let days: Vec<Option<&str>> = all.iter().map(|s| s.date.as_deref()).collect();
        assert_eq!(days, vec![Some("2019-03-04"), Some("2019-03-05")]);
    }

    #[test]
    fn pluperfect_weekday_and_relative_days() {
        // the seed: Blinken had warned on Friday; the article is of Saturday 2022-01-08
        let s = one("fr", SAT, "Antony Blinken avait prévenu vendredi qu'il serait « très difficile » pour le Kazakhstan d'obtenir le retrait des troupes russes.");
        assert_eq!((s.act, s.mode), ("warn", "mixed"));
        assert_eq!(s.date.as_deref(), Some("2022-01-07"));
        assert_eq!(s.targets, vec!["Kazakhstan", "Russia"]);
        let s = one(
            "fr",
            SAT,
            "Le Premier ministre Jean Castex a déclaré hier que le pays était prêt.",
        );
        assert_eq!(s.date.as_deref(), Some("2022-01-07"));
        let s = one("fr", SAT, "Le chef de la diplomatie Jean-Yves Le Drian a déclaré le 3 janvier que rien n'était décidé.");
        assert_eq!(s.date.as_deref(), Some("2022-01-03"));
        let s = one(
            "en",
            "2019-01-07",
            "President Donald Trump said yesterday that he could declare an emergency.",
        );
        assert_eq!(s.date.as_deref(), Some("2019-01-06"));
    }

    #[test]
    fn a_day_to_come_is_what_is_announced_not_when_it_was_said() {
        // Tuesday 2018-03-20: the demonstration is on the 29th, the call was made on Monday
        let s = one(
            "fr",
            "2018-03-20",
            "Lundi, le syndicat a appelé à manifester le 29 mars devant le ministère.",
        );
        assert_eq!(s.date.as_deref(), Some("2018-03-19"));
        let s = one(
            "fr",
            "2018-03-20",
            "Le syndicat a appelé à manifester le 29 mars devant le ministère.",
        );
        assert_ne!(s.date.as_deref(), Some("2018-03-29"));
        assert_ne!(s.date.as_deref(), Some("2017-03-29"));
    }

    #[test]
    fn an_undated_statement_takes_the_day_of_the_narrative() {
        // Monday 2019-01-07: Sunday is the lead's day, Friday Trump's
        let all = run(
            "en",
            "2019-01-07",
            "Nancy Pelosi said on Sunday that the House would vote.\n\nDonald Trump said on Friday that the talks would continue. He also said that the wall would be built.\n\nTrump said the shutdown could last months.",
        );
        let days: Vec<Option<&str>> = all.iter().map(|s| s.date.as_deref()).collect();
        assert_eq!(
            days,
            vec![
                Some("2019-01-06"),
                Some("2019-01-04"),
                Some("2019-01-04"), // the paragraph's day
                Some("2019-01-04"), // the same speaker's last day, not the lead's
            ],
            "{all:?}"
        );
    }
}
