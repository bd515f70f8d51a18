//! The day the narrative is at: the last date expression of a sentence outside quotations dates
//! the statements that follow it (not the sentence's own). A sentence that is only a dateline is
//! the publication, not a scene. In the lead, a day relative to publication (today, hier, ce
//! matin), an explicit date or a weekday of the main clause ("Edgard Pisani s'est éteint lundi
//! soir", not "une contestation qui a éclaté dimanche") dates the whole article.

use chrono::NaiveDate;

use super::lexicon::{lower, Lexicon};
use super::mentions::Window;
use super::when;
use super::words::W;

/// A dateline is a short first sentence of a paragraph.
const DATELINE_TOKENS: usize = 8;

/// The day a sentence sets the scene at, and whether it may date the whole article.
pub(super) fn scene_day(
    lex: &Lexicon,
    w: Window<'_>,
    published: NaiveDate,
) -> Option<(NaiveDate, bool)> {
    let (toks, from, to) = (w.toks, w.from, w.to);
    let dateline = to - from <= DATELINE_TOKENS && from == 0;
    let mut days = when::find(lex, toks, from, to, published, false);
    // a day to come is no scene of what was said (le sommet du 29 mars), nor the bound of a
    // period (the year ended March 31, 1985)
    days.retain(|d| {
        d.day <= published && !w.in_quote(d.start) && !when::bounds_a_period(w.marks, from, d.start)
    });
    let d = days.pop().filter(|_| !dateline)?;
    let main_clause = !(from..d.start).any(|k| {
        let m = w.marks[k];
        m.any(W::Relative) || m.any(W::Complementizer)
    });
    let first = toks[d.start].lower();
    let deictic = lex.calendar.is_deictic(first)
        || (d.end - d.start >= 2 && !lex.calendar.is_weekday(first))
        || main_clause;
    Some((d.day, deictic))
}

/// Whether a sentence holds a phrase naming the speaker's own country (notre pays, our country).
pub(super) fn names_own_country(lex: &Lexicon, w: Window<'_>) -> bool {
    let own = &lex.words.phrases.own_country;
    (w.from..w.to.saturating_sub(1)).any(|k| own.longest_at(w.toks, k, lower).is_some())
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn days_from_the_clause_and_the_lead() {
        // French Wikinews, 2016 (CC BY 2.5): a time adverbial later in the clause dates the report
        let s = one(
            "fr",
            "2016-12-06",
            "Manuel Valls a annoncé sa démission dans sa ville d'élection d'Évry la veille.",
        );
        assert_eq!(s.date.as_deref(), Some("2016-12-05"));
        // the seed: "une contestation qui a éclaté dimanche" dates the protests, not the article;
        // a statement without a day of its own takes the day of the lead's main clause
        let all = run(
            "fr",
            SAT,
            "Le Kazakhstan est ébranlé par une contestation qui a éclaté dimanche.\n\nMoscou a dénoncé les commentaires « grossiers » de Washington.",
        );
        assert_eq!(all.len(), 1);
        assert_eq!(
            all[0].date, None,
            "a relative clause's weekday does not date the article"
        );
    }

    #[test]
    fn the_lead_is_the_first_paragraphs_of_the_body_after_a_kicker_a_quote_and_a_dateline() {
        // published on Sunday 2022-01-09: samedi is the 8th
        let all = run(
            "fr",
            "2022-01-09",
            "Politique\n\n« Une foule immense. Point final. »\n\n9 janvier 2022 . –\n\nLe porte-parole du gouvernement, Paul Morin, a tenu samedi soir une conférence de presse imprévue pour répondre aux journalistes.\n\nLa ministre Claire Dubois a accusé les médias de mentir sur les chiffres de la foule.",
        );
        let last = all.last().expect("a statement");
        assert_eq!(last.speaker, "Claire Dubois");
        assert_eq!(last.date.as_deref(), Some("2022-01-08"), "{all:?}");
    }

    #[test]
    fn the_lead_dates_the_article_at_its_latest_day() {
        // published on Monday 2022-01-10: Thursday the 6th, Friday the 7th
        let all = run(
            "en",
            "2022-01-10",
            "On Thursday, the Green Party won a majority of the seats in the regional assembly of the province. Results and reactions came in early on Friday.\n\nParty leader Ann Cole said she was humbled by the result.",
        );
        let last = all.last().expect("a statement");
        assert_eq!(last.speaker, "Ann Cole");
        assert_eq!(last.date.as_deref(), Some("2022-01-07"), "{all:?}");
    }
}
