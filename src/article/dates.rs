//! Publication dates: parsing a metadata value (`2022-01-08`, `2022-01-08T10:00:00Z`,
//! `January 4, 2019`, `16 novembre 2016`) and finding a dateline near the top of a text
//! (`16 novembre 2016 . –`, `1er janvier 2016, 14h30 . –`, `Friday, January 4, 2019`). Month and
//! weekday names come from `ontology/calendar.tsv`. Never guesses: no date is better than a wrong one.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

const CALENDAR: &str = include_str!("../../ontology/calendar.tsv");
/// How many non-empty lines (title included) a dateline may be found in.
const DATELINE_LINES: usize = 4;
/// How far into the text a dateline may start, in bytes.
const DATELINE_REACH: usize = 600;

struct Patterns {
    months: HashMap<String, u32>,
    /// `16 novembre 2016`, `1er janvier 2016`, `4 January 2019` (optionally after a weekday)
    day_month_year: Regex,
    /// `January 4, 2019`, `Friday, January 4, 2019`
    month_day_year: Regex,
    iso: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let mut months = HashMap::new();
        let mut month_forms = Vec::new();
        let mut weekday_forms = Vec::new();
        for line in CALENDAR.lines().skip_while(|l| l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let n: u32 = cols[2].parse().unwrap_or(0);
            for form in cols[3].split('|') {
                let escaped = regex::escape(form);
                match cols[1] {
                    "month" => {
                        months.insert(form.trim_end_matches('.').to_lowercase(), n);
                        month_forms.push(escaped);
                    }
                    "weekday" => weekday_forms.push(escaped),
                    _ => {}
                }
            }
        }
        // longest first, so that "janvier" wins over "janv"
        month_forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        weekday_forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let m = month_forms.join("|");
        let w = weekday_forms.join("|");
        // built from ontology/calendar.tsv, which is part of the binary and covered by the tests below
        let build = |p: String| Regex::new(&p).expect("calendar patterns compile");
        Patterns {
            months,
            day_month_year: build(format!(
                r"(?i)^(?:(?:{w}),?\s+)?(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({m})\s+(\d{{4}})\b"
            )),
            month_day_year: build(format!(
                r"(?i)^(?:(?:{w}),?\s+)?({m})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
            )),
            iso: build(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])".to_string()),
        }
    })
}

fn month(name: &str) -> Option<u32> {
    patterns()
        .months
        .get(&name.trim_end_matches('.').to_lowercase())
        .copied()
}

/// Parses a date that starts `s` (after leading whitespace).
fn date_at_start(s: &str) -> Option<NaiveDate> {
    let p = patterns();
    let s = s.trim_start();
    if let Some(c) = p.iso.captures(s) {
        return NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if let Some(c) = p.day_month_year.captures(s) {
        return NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[2])?, c[1].parse().ok()?);
    }
    if let Some(c) = p.month_day_year.captures(s) {
        return NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?);
    }
    None
}

/// Parses a publication date given as metadata. `None` if it is not a date Parley can read.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    date_at_start(v)
}

/// Finds a dateline: a date that starts one of the first lines of the text.
pub fn find_dateline(text: &str) -> Option<NaiveDate> {
    let mut offset = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        if start > DATELINE_REACH || seen >= DATELINE_LINES {
            break;
        }
        seen += 1;
        if let Some(d) = date_at_start(line) {
            return Some(d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn metadata_values() {
        assert_eq!(parse_date("2022-01-08"), d(2022, 1, 8));
        assert_eq!(parse_date("2019-01-04T10:20:00+00:00"), d(2019, 1, 4));
        assert_eq!(parse_date("January 4, 2019"), d(2019, 1, 4));
        assert_eq!(parse_date("16 novembre 2016"), d(2016, 11, 16));
        assert_eq!(parse_date("2022-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn datelines_of_real_corpora() {
        // WiNER-fr (Wikinews, CC BY 2.5)
        assert_eq!(
            find_dateline(
                "France : attaque à Valence (Drôme)\n\n1er janvier 2016, 14h30 . –\nUn homme"
            ),
            d(2016, 1, 1)
        );
        assert_eq!(
            find_dateline("Titre\n\n16 novembre 2016 . – Emmanuel"),
            d(2016, 11, 16)
        );
        // Wikinews 2012 HTML paragraphs
        assert_eq!(
            find_dateline("Titre\n\n22 mai 2012. - Prévu initialement"),
            d(2012, 5, 22)
        );
        // Wikinews English 2019
        assert_eq!(
            find_dateline("Friday, January 4, 2019\u{a0}\n\n\nAn apartment building collapsed"),
            d(2019, 1, 4)
        );
        assert_eq!(
            find_dateline("Mardi 9 décembre 2014 — Paris"),
            d(2014, 12, 9)
        );
    }

    #[test]
    fn no_dateline_in_the_seed() {
        let seed = include_str!("../../tests/fixtures/seed-kazakhstan.txt");
        assert_eq!(find_dateline(seed), None);
    }

    #[test]
    fn a_date_deep_in_the_text_is_not_a_dateline() {
        let text = "T\nA\nB\nC\nD\n16 novembre 2016 . –";
        assert_eq!(find_dateline(text), None);
    }
}
