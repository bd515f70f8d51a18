//! The day a statement was made, from a date expression near its cue and the publication date:
//! weekday names (the last such day on or before publication; a week earlier for a pluperfect on
//! the publication weekday), hier/yesterday, aujourd'hui/today/ce matin/this morning, avant-hier,
//! la veille, and explicit dates (le 7 janvier, 7 janvier 2022, January 7, Jan. 7, 7 January). Nothing
//! is guessed: no expression, no date.

use chrono::{Datelike, Duration, NaiveDate};

use super::tokens::Token;

/// A date expression found in tokens: its token range and the day it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    pub start: usize,
    pub end: usize,
    pub day: NaiveDate,
}

fn weekday(word: &str) -> Option<u32> {
    Some(match word {
        "lundi" | "monday" => 1,
        "mardi" | "tuesday" => 2,
        "mercredi" | "wednesday" => 3,
        "jeudi" | "thursday" => 4,
        "vendredi" | "friday" => 5,
        "samedi" | "saturday" => 6,
        "dimanche" | "sunday" => 7,
        _ => return None,
    })
}

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    Some(match w {
        "janvier" | "january" | "jan" | "janv" => 1,
        "février" | "fevrier" | "february" | "feb" | "févr" => 2,
        "mars" | "march" | "mar" => 3,
        "avril" | "april" | "apr" | "avr" => 4,
        "mai" | "may" => 5,
        "juin" | "june" | "jun" => 6,
        "juillet" | "july" | "jul" | "juil" => 7,
        "août" | "aout" | "august" | "aug" => 8,
        "septembre" | "september" | "sept" | "sep" => 9,
        "octobre" | "october" | "oct" => 10,
        "novembre" | "november" | "nov" => 11,
        "décembre" | "decembre" | "december" | "dec" | "déc" => 12,
        _ => return None,
    })
}

fn day_number(word: &str) -> Option<u32> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let w = word
        .trim_end_matches("er")
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
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

/// An explicit day and month, in the publication's year (or the year before, if that would be
/// after publication), or with its own year.
fn explicit(published: NaiveDate, d: u32, m: u32, year: Option<i32>) -> Option<NaiveDate> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    let this = NaiveDate::from_ymd_opt(published.year(), m, d)?;
    if this > published {
        NaiveDate::from_ymd_opt(published.year() - 1, m, d)
    } else {
        Some(this)
    }
}

/// Whether a word is a weekday name.
pub fn is_weekday(word: &str) -> bool {
    weekday(word).is_some()
}

/// Whether a date word is relative to the publication itself (today, hier, ce matin, tonight).
pub fn is_deictic(word: &str) -> bool {
    matches!(
        word,
        "hier"
            | "yesterday"
            | "avant-hier"
            | "aujourd'hui"
            | "today"
            | "tonight"
            | "matin"
            | "soir"
            | "après-midi"
            | "morning"
            | "afternoon"
            | "evening"
            | "veille"
    )
}

/// Date expressions in `toks[from..to]`. `pluperfect` marks a statement reported in the
/// pluperfect (avait prévenu, had warned).
pub fn find(
    toks: &[Token],
    from: usize,
    to: usize,
    published: NaiveDate,
    pluperfect: bool,
) -> Vec<DateExpr> {
    let mut out = Vec::new();
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
        if let Some(wd) = weekday(w) {
            out.push(one(last_weekday(published, wd, pluperfect), 1));
        } else {
            let relative = match w {
                "hier" | "yesterday" => Some(1),
                "avant-hier" => Some(2),
                "aujourd'hui" | "today" | "tonight" => Some(0),
                "veille" if low(i.wrapping_sub(1)) == "la" => Some(1),
                "matin" | "soir" | "après-midi"
                    if matches!(low(i.wrapping_sub(1)), "ce" | "cet") =>
                {
                    Some(0)
                }
                "morning" | "afternoon" | "evening" if low(i.wrapping_sub(1)) == "this" => Some(0),
                _ => None,
            };
            if let Some(back) = relative {
                out.push(one(published - Duration::days(back), 1));
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;
    use crate::text::Span;

    fn day(s: &str, published: &str, pluperfect: bool) -> Option<String> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find(&toks, 0, toks.len(), p, pluperfect)
            .first()
            .map(|d| d.day.to_string())
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
