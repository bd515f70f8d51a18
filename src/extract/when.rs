//! The day a statement was made, from a date expression near its cue and the publication date:
//! weekday names (the last such day on or before publication; a week earlier for a pluperfect on
//! the publication weekday), hier/yesterday, aujourd'hui/today/ce matin/this morning, avant-hier,
//! la veille, and explicit dates (le 7 janvier, 7 janvier 2022, January 7, Jan. 7, 7 January). Nothing
//! is guessed: no expression, no date; and a date that bounds a period (the week ended March 3,
//! jusqu'au 31 décembre) dates no statement.

use chrono::{Datelike, Duration, NaiveDate};

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::Lexicon;
use super::tokens::Token;
use super::words::{classes, Marks, W};

classes! {
    /// The kinds of `calendar.tsv` rows.
    CalendarKind { Month, Weekday, Relative, Narrative, Period, }
}

/// A date expression found in tokens: its token range and the day it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    pub start: usize,
    pub end: usize,
    pub day: NaiveDate,
}

/// Calendar words of `calendar.tsv`, in lower case: weekday and month names (without the
/// abbreviations of datelines, which end with a dot) and days relative to publication.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    weekdays: HashMap<String, u32>,
    months: HashMap<String, u32>,
    /// the date word (last word of a relative form) → (words before it, days before publication)
    relative: HashMap<String, Vec<(Vec<String>, i64)>>,
    /// the same for days relative to the narrative's day (le lendemain: 1 day after it)
    narrative: HashMap<String, Vec<(Vec<String>, i64)>>,
    /// the same for stretches of time that fix no day (last week, le mois dernier)
    period: HashMap<String, Vec<(Vec<String>, i64)>>,
}

impl Calendar {
    /// Adds one form of a `calendar.tsv` row: its `kind`, number `n`, `toks` the form's tokens in
    /// lower case.
    pub fn add(&mut self, kind: &str, n: i64, form: &str, toks: Vec<String>) {
        let number = u32::try_from(n).ok();
        let by_last_word = |map: &mut HashMap<String, Vec<(Vec<String>, i64)>>| {
            if let Some((last, before)) = toks.split_last() {
                map.entry(last.clone())
                    .or_default()
                    .push((before.to_vec(), n));
            }
        };
        let Some(kind) = CalendarKind::from_data_name(kind) else {
            return;
        };
        match (kind, number) {
            // datelines only: "Jan.", "Mon."
            _ if form.ends_with('.') => {}
            (CalendarKind::Weekday, Some(number)) => {
                self.weekdays.insert(form.to_lowercase(), number);
            }
            (CalendarKind::Month, Some(number)) => {
                self.months.insert(form.to_lowercase(), number);
            }
            (CalendarKind::Relative, Some(_)) => by_last_word(&mut self.relative),
            (CalendarKind::Narrative, _) => by_last_word(&mut self.narrative),
            (CalendarKind::Period, _) => by_last_word(&mut self.period),
            _ => {}
        }
    }

    /// How many days after the narrative's day the narrative form ending at token `i` puts the
    /// statement (le lendemain, the following day: 1).
    pub fn narrative_at(&self, toks: &[Token], i: usize) -> Option<i64> {
        forms_at(self.narrative.get(toks[i].lower())?, toks, i)
    }

    /// The weekday (1 = Monday) a word names.
    pub fn weekday(&self, word: &str) -> Option<u32> {
        self.weekdays.get(word).copied()
    }

    fn month(&self, word: &str) -> Option<u32> {
        self.months.get(word.trim_end_matches('.')).copied()
    }

    /// Whether a word is a weekday name.
    pub fn is_weekday(&self, word: &str) -> bool {
        self.weekdays.contains_key(word)
    }

    /// Whether a word (in lower case) is a month's name.
    pub fn is_month(&self, word: &str) -> bool {
        self.month(word).is_some()
    }

    /// Whether a word names a weekday, a month or a day relative to publication.
    pub fn is_date_word(&self, word: &str) -> bool {
        self.is_weekday(word) || self.month(word).is_some() || self.is_deictic(word)
    }

    /// Whether a date word is relative to the publication itself (today, hier, ce matin, tonight).
    pub fn is_deictic(&self, word: &str) -> bool {
        self.relative.contains_key(word)
    }

    /// How many days before publication the relative day at token `i` is (hier: 1), given the words
    /// before it.
    fn relative_at(&self, toks: &[Token], i: usize) -> Option<i64> {
        forms_at(self.relative.get(toks[i].lower())?, toks, i)
    }
}

/// Where a stretch of time that fixes no day ending at token `i` starts: a period of the
/// calendar (last week, le mois dernier), a month or a year after a preposition (in December,
/// en 2019), not a day of it (in December 2019 is a month; on December 7 a day).
pub fn period_at(lex: &Lexicon, toks: &[Token], i: usize) -> Option<usize> {
    let cal = &lex.calendar;
    let form = cal.period.get(toks[i].lower()).and_then(|forms| {
        forms
            .iter()
            .find(|(before, _)| words_before(before, toks, i))
    });
    if let Some((before, _)) = form {
        return Some(i - before.len());
    }
    let low = |k: usize| toks.get(k).map(|t| t.lower()).unwrap_or_default();
    let suffixes = lex.words.affixes(W::OrdinalSuffix);
    let after_preposition = i > 0 && lex.words.any(W::Preposition, low(i - 1));
    let year = |w: &str| w.parse::<i32>().is_ok_and(|y| (1900..2100).contains(&y));
    // (not a name's first word: les accusations de Mai Fatty)
    let name = toks.get(i + 1).is_some_and(Token::is_capitalized);
    let month = cal.month(low(i)).is_some() && day_number(low(i + 1), suffixes).is_none() && !name;
    (after_preposition && (month || year(low(i)))).then(|| i - 1)
}

/// Whether the date expression at `start` ends or opens a period (the year ended March 31, 1985;
/// until June 5; depuis le 3 mars, jusqu'au 31 décembre): no day anyone spoke. A word of
/// `W::PeriodBound` right before it, or before the article or contraction before it; or one of
/// `W::PeriodEnd` after a word of time (the week ended; not the talks ended Saturday).
pub fn bounds_a_period(marks: &[Marks], from: usize, start: usize) -> bool {
    let time = |k: usize| marks[k].any(W::TimeNoun) || marks[k].any(W::PeriodNoun);
    let ends = |k: usize| marks[k].any(W::PeriodEnd) && k > from && time(k - 1);
    let bound = |k: usize| marks[k].any(W::PeriodBound) || ends(k);
    start > from
        && (bound(start - 1)
            || start > from + 1
                && bound(start - 2)
                && (marks[start - 1].any(W::Determiner) || marks[start - 1].any(W::Preposition)))
}

/// The number of the first of `forms` (words before the date word, number) whose words stand
/// before token `i`.
fn forms_at(forms: &[(Vec<String>, i64)], toks: &[Token], i: usize) -> Option<i64> {
    forms
        .iter()
        .find(|(before, _)| words_before(before, toks, i))
        .map(|(_, n)| *n)
}

/// Whether the words `before` stand right before token `i`, in lower case.
fn words_before(before: &[String], toks: &[Token], i: usize) -> bool {
    before.len() <= i
        && before
            .iter()
            .rev()
            .enumerate()
            .all(|(k, w)| toks[i - 1 - k].lower() == w)
}

fn day_number(word: &str, suffixes: &[String]) -> Option<u32> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let w = suffixes
        .iter()
        .fold(word, |w, suffix| w.trim_end_matches(suffix.as_str()));
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

/// The last `wd` (1 = Monday) on or before `published`; a week earlier when `before` says the
/// statement precedes the reported event (pluperfect) and the weekday is the publication's own.
fn last_weekday(published: NaiveDate, wd: u32, before: bool) -> NaiveDate {
    let p = published.weekday().number_from_monday();
    let mut back = (p + 7 - wd) % 7;
    if back == 0 && before {
        back = 7;
    }
    published - Duration::days(i64::from(back))
}

/// An explicit day and month, in the year that puts it nearest to publication (« le 20 décembre »
/// in a January article is last December's; "October 14" in an August article is this October's,
/// still to come), or with its own year.
fn explicit(published: NaiveDate, d: u32, m: u32, year: Option<i32>) -> Option<NaiveDate> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    let y = published.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .min_by_key(|day| (*day - published).num_days().abs())
}

/// Date expressions in `toks[from..to]`. `pluperfect` marks a statement reported in the
/// pluperfect (avait prévenu, had warned).
pub fn find(
    lex: &Lexicon,
    toks: &[Token],
    from: usize,
    to: usize,
    published: NaiveDate,
    pluperfect: bool,
) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let cal = &lex.calendar;
    let suffixes = lex.words.affixes(W::OrdinalSuffix);
    let day_number = |w: &str| day_number(w, suffixes);
    let month = |w: &str| cal.month(w);
    let to = to.min(toks.len());
    let low = |i: usize| toks.get(i).map(|t| t.lower()).unwrap_or_default();
    let mut i = from;
    while i < to {
        let w = low(i);
        let one = |day: NaiveDate, n: usize| DateExpr {
            start: i,
            end: i + n,
            day,
        };
        // explicit: 7 janvier [2022] | 1er janvier | 7 January [2022] | January 7[,] [2022] | Jan. 7
        if let (Some(d), Some(m)) = (day_number(w), month(low(i + 1))) {
            let year = low(i + 2)
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..2100).contains(y));
            if let Some(day) = explicit(published, d, m, year) {
                out.push(one(day, if year.is_some() { 3 } else { 2 }));
                i += 2;
                continue;
            }
        }
        if let Some(m) = month(w).filter(|_| toks[i].is_capitalized() || w.len() > 4) {
            let mut j = i + 1;
            if low(j) == "." {
                j += 1;
            }
            if let Some(d) = day_number(low(j)) {
                let mut k = j + 1;
                if low(k) == "," {
                    k += 1;
                }
                let year = low(k)
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1900..2100).contains(y));
                if let Some(day) = explicit(published, d, m, year) {
                    let end = if year.is_some() { k + 1 } else { j + 1 };
                    out.push(DateExpr { start: i, end, day });
                    i = end;
                    continue;
                }
            }
        }
        if let Some(wd) = cal.weekday(w) {
            // a weekday before an explicit date (lundi 2 avril, Tuesday, March 5) is that date's
            if day_number(low(i + 1)).is_some_and(|_| month(low(i + 2)).is_some())
                || month(low(i + 1)).is_some_and(|_| day_number(low(i + 2)).is_some())
                || (low(i + 1) == "," && month(low(i + 2)).is_some())
            {
                i += 1;
                continue;
            }
            out.push(one(last_weekday(published, wd, pluperfect), 1));
        } else if let Some(back) = cal.relative_at(toks, i) {
            out.push(one(published - Duration::days(back), 1));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str, published: &str, pluperfect: bool) -> Option<String> {
        let lex = Lexicon::builtin();
        let toks = lex.tokenize(s);
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find(&lex, &toks, 0, toks.len(), p, pluperfect)
            .first()
            .map(|d| d.day.to_string())
    }

    #[test]
    fn a_weekday_before_an_explicit_date_is_that_date() {
        assert_eq!(
            day("a déclaré lundi 2 avril", "2018-03-28", false).as_deref(),
            Some("2018-04-02")
        );
        assert_eq!(
            day("said on Tuesday, March 5", "2019-03-07", false).as_deref(),
            Some("2019-03-05")
        );
        assert_eq!(
            day("said on Tuesday March 5", "2019-03-07", false).as_deref(),
            Some("2019-03-05")
        );
    }

    #[test]
    fn weekdays_resolve_against_publication() {
        // the seed was published on Saturday 2022-01-08
        assert_eq!(
            day("a annoncé samedi le Kremlin", "2022-01-08", false).as_deref(),
            Some("2022-01-08")
        );
        assert_eq!(
            day("qui avait prévenu vendredi", "2022-01-08", true).as_deref(),
            Some("2022-01-07")
        );
        assert_eq!(
            day("avait déclaré samedi", "2022-01-08", true).as_deref(),
            Some("2022-01-01")
        );
        assert_eq!(
            day("Trump said on Friday", "2019-01-07", false).as_deref(),
            Some("2019-01-04")
        );
    }

    #[test]
    fn a_day_and_month_fall_in_the_year_nearest_to_publication() {
        // a January article speaks of last December, an August one of the October to come
        assert_eq!(
            day("le 20 décembre", "2017-01-05", false).as_deref(),
            Some("2016-12-20")
        );
        assert_eq!(
            day("on October 14", "2019-08-20", false).as_deref(),
            Some("2019-10-14")
        );
        assert_eq!(
            day("le 29 mars", "2018-03-20", false).as_deref(),
            Some("2018-03-29")
        );
    }

    #[test]
    fn relative_and_explicit_days() {
        assert_eq!(
            day("a-t-il dit hier", "2016-11-16", false).as_deref(),
            Some("2016-11-15")
        );
        assert_eq!(
            day("a-t-il dit ce matin", "2016-11-16", false).as_deref(),
            Some("2016-11-16")
        );
        assert_eq!(
            day("said yesterday", "2019-01-04", false).as_deref(),
            Some("2019-01-03")
        );
        assert_eq!(
            day("a déclaré le 7 janvier", "2022-01-08", false).as_deref(),
            Some("2022-01-07")
        );
        assert_eq!(
            day("le 30 décembre", "2022-01-08", false).as_deref(),
            Some("2021-12-30")
        );
        assert_eq!(
            day("le 1er janvier 2016", "2016-03-01", false).as_deref(),
            Some("2016-01-01")
        );
        assert_eq!(
            day("said on January 7", "2022-01-08", false).as_deref(),
            Some("2022-01-07")
        );
        assert_eq!(
            day("said on Jan. 7, 2021", "2022-01-08", false).as_deref(),
            Some("2021-01-07")
        );
        assert_eq!(day("last week", "2022-01-08", false), None);
        assert_eq!(day("en mai", "2022-01-08", false), None);
    }
}
