//! Cleaning: decides which paragraphs of an article are its body, without changing the text.
//!
//! Input: the article text as read. Output: a `Cleaned` value listing the kept paragraphs (spans
//! into the original text) and what was removed and why: the reader-comment section or subscription
//! prompt and everything after it (markers in `ontology/cut-markers.tsv`), lines of web page
//! furniture (« Lire aussi », PUBLICITÉ, captions, bylines: `ontology/furniture.tsv`), paragraphs
//! that repeat an earlier one, and the turns of an interview transcript. Whitespace is normalised for matching only. Cleaning is idempotent: cleaning the
//! kept text again removes nothing more.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::{Regex, RegexSet};

use super::span::{Normalized, Span};

const CUT_MARKERS: &str = include_str!("../../ontology/cut-markers.tsv");
const FURNITURE: &str = include_str!("../../ontology/furniture.tsv");
/// Lines longer than this (in bytes) are article prose, never a cut marker.
const MAX_MARKER_LINE: usize = 200;
/// Paragraphs shorter than this (normalised, in bytes) are never dropped as repeats: short lines
/// such as a byline or "Photo" repeat legitimately.
const MIN_REPEAT_LEN: usize = 40;

/// Why a stretch of text is not part of the article's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemovalReason {
    /// A reader-comment section, subscription prompt or paywall notice, cut with all that follows.
    Boilerplate { marker: String },
    /// A paragraph that repeats the earlier paragraph at `of`.
    Repeat { of: Span },
    /// A turn of an interview transcript (((WN)) …, NG: …, Q : …): neither its questions nor
    /// its answers are statements the article reports.
    Transcript,
    /// A line of web page furniture (« Lire aussi : … », PUBLICITÉ, a caption, a byline), dropped
    /// alone.
    Furniture { marker: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    pub span: Span,
    pub reason: RemovalReason,
}

/// What cleaning keeps of an article: the title line (if the text starts with it) and the body
/// paragraphs, in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub title: Option<Span>,
    pub paragraphs: Vec<Span>,
    pub removed: Vec<Removal>,
}

impl Cleaned {
    /// The body paragraphs' text, joined by blank lines (for display and tests).
    pub fn body_text(&self, text: &str) -> String {
        let parts: Vec<&str> = self.paragraphs.iter().map(|s| s.slice(text)).collect();
        parts.join("\n\n")
    }
}

fn markers() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| pattern_set(CUT_MARKERS))
}

fn furniture() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| pattern_set(FURNITURE))
}

/// The patterns of a `lang\tpattern` file, case-insensitive.
fn pattern_set(data: &str) -> RegexSet {
    let patterns: Vec<String> = patterns(data).map(|p| format!("(?i){p}")).collect();
    // The files are part of the binary and checked by a unit test, so they always compile.
    RegexSet::new(patterns).unwrap_or_else(|_| RegexSet::empty())
}

fn patterns(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1) // header
        .filter_map(|l| l.split('\t').nth(1))
}

/// The questions of an interview: `((WN))`, `((Wikinews))`, `Q:`, `Question :`.
fn question_tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(\(\([^()\n]{1,30}\)\)|(Q|Question|QUESTION)\s?[:.-]\s)")
            .unwrap_or_else(|_| unreachable!("a constant pattern"))
    })
}

/// A turn of a transcript: a question, or a speaker's initials or name of at most three words
/// then a colon (NG:, R :, Réponse :, Dr Smith:).
fn turn_tag() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(\(\([^()\n]{1,30}\)\)|\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,2}\s?:\s)")
            .unwrap_or_else(|_| unreachable!("a constant pattern"))
    })
}

/// How many questions make a transcript of an article.
const TRANSCRIPT_QUESTIONS: usize = 2;

/// Removes the turns of an interview transcript from the kept paragraphs, when the article asks
/// at least [`TRANSCRIPT_QUESTIONS`] questions; its narration stays.
fn drop_transcript(text: &str, out: &mut Cleaned) {
    let starts = |re: &Regex, p: &Span| re.is_match(p.slice(text));
    let questions = out
        .paragraphs
        .iter()
        .filter(|p| starts(question_tag(), p))
        .count();
    if questions < TRANSCRIPT_QUESTIONS {
        return;
    }
    let (turns, kept): (Vec<Span>, Vec<Span>) =
        out.paragraphs.iter().partition(|p| starts(turn_tag(), p));
    out.paragraphs = kept;
    out.removed.extend(turns.into_iter().map(|span| Removal {
        span,
        reason: RemovalReason::Transcript,
    }));
    out.removed.sort_by_key(|r| r.span.start);
}

/// The lines of `text` as spans (without their line break), including empty ones.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |l| {
        let span = Span::new(start, start + l.len());
        start += l.len();
        let mut end = span.end;
        let bytes = text.as_bytes();
        while end > span.start && (bytes[end - 1] == b'\n' || bytes[end - 1] == b'\r') {
            end -= 1;
        }
        Span::new(span.start, end)
    })
}

/// A key for comparing paragraphs: whitespace and apostrophes normalised, lower case.
fn repeat_key(line: &str) -> String {
    line.to_lowercase()
}

/// Cleans `text`, whose first non-empty line is the title when `title` equals it.
pub fn clean(text: &str, title: Option<&str>) -> Cleaned {
    let mut out = Cleaned::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut first_of: Vec<(String, Span)> = Vec::new();
    let mut iter = lines(text).map(|s| s.trim(text)).filter(|s| !s.is_empty());
    let mut pending_first = iter.next();
    if let (Some(first), Some(title)) = (pending_first, title) {
        if Normalized::text_of(text, first) == Normalized::text_of(title, Span::new(0, title.len()))
        {
            out.title = Some(first);
            pending_first = None;
        }
    }
    for para in pending_first.into_iter().chain(iter) {
        let line = Normalized::text_of(text, para);
        if !out.paragraphs.is_empty() && line.len() <= MAX_MARKER_LINE && markers().is_match(&line)
        {
            out.removed.push(Removal {
                span: Span::new(para.start, text.len()),
                reason: RemovalReason::Boilerplate { marker: line },
            });
            return out;
        }
        if line.len() <= MAX_MARKER_LINE && furniture().is_match(&line) {
            out.removed.push(Removal {
                span: para,
                reason: RemovalReason::Furniture { marker: line },
            });
            continue;
        }
        let key = repeat_key(&line);
        if key.len() >= MIN_REPEAT_LEN && !seen.insert(key.clone()) {
            let of = first_of
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, s)| *s)
                .unwrap_or(para);
            out.removed.push(Removal {
                span: para,
                reason: RemovalReason::Repeat { of },
            });
            continue;
        }
        if key.len() >= MIN_REPEAT_LEN {
            first_of.push((key, para));
        }
        out.paragraphs.push(para);
    }
    drop_transcript(text, &mut out);
    join_wrapped_lines(text, &mut out);
    out
}

/// The longest line of a text wrapped at a fixed width (most wrap at 60 to 80 characters).
const WRAP_WIDTH: usize = 100;

/// How many of the kept lines, at least, show a text wrapped at a fixed width.
const WRAPPED_LINES: usize = 4;

/// A text wrapped at a fixed width (wire copy, e-mail, plain-text archives: a sentence runs over
/// several lines) has its lines joined into paragraphs: when most kept lines that a line follows
/// directly end in the middle of a sentence, short of a wrapped width, and a quarter of the lines
/// after them open in lower case, each such line goes on with the next. A text of one paragraph a
/// line (a list of headlines, signed quotations) is left as it is.
fn join_wrapped_lines(text: &str, out: &mut Cleaned) {
    let next_line = |a: &Span, b: &Span| {
        let between = &text[a.end..b.start];
        between.chars().all(char::is_whitespace) && between.matches('\n').count() == 1
    };
    // (a line no longer than a wrapped text's width: not a paragraph that ends with a signature)
    let open_end = |a: &Span| {
        let line = a.slice(text).trim_end();
        line.chars().count() <= WRAP_WIDTH
            && !line.ends_with(['.', '!', '?', ':', ';', '»', '"', '”', '…', ')', ']'])
    };
    // (… and many of the lines after such an end open in lower case, as a sentence goes on:
    // not a list of headlines)
    let lower = |b: &Span| b.slice(text).trim_start().starts_with(char::is_lowercase);
    let pairs: Vec<(bool, bool)> = out
        .paragraphs
        .windows(2)
        .filter(|w| next_line(&w[0], &w[1]))
        .map(|w| (open_end(&w[0]), lower(&w[1])))
        .collect();
    let open = pairs.iter().filter(|&&(o, _)| o).count();
    let goes_on = pairs.iter().filter(|&&(o, l)| o && l).count();
    if open < WRAPPED_LINES || open * 2 <= pairs.len() || goes_on * 4 < open {
        return;
    }
    let mut joined: Vec<Span> = Vec::with_capacity(out.paragraphs.len());
    let mut previous: Option<Span> = None;
    for p in std::mem::take(&mut out.paragraphs) {
        match (joined.last_mut(), previous) {
            (Some(last), Some(line)) if next_line(&line, &p) && open_end(&line) => last.end = p.end,
            _ => joined.push(p),
        }
        previous = Some(p);
    }
    out.paragraphs = joined;
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../tests/fixtures/seed-kazakhstan.txt");

    #[test]
    fn every_cut_marker_and_furniture_pattern_compiles() {
        let n = patterns(CUT_MARKERS).count();
        assert_eq!(markers().len(), n);
        assert!(n > 20);
        let n = patterns(FURNITURE).count();
        assert_eq!(furniture().len(), n);
        assert!(n > 15);
    }

    #[test]
    fn a_text_wrapped_at_a_fixed_width_has_its_lines_joined_into_paragraphs() {
        let text = "Title\n\nAcme Holdings Inc\nsaid it filed a registration statement with the Securities and\nExchange Commission covering a proposed offering of 4,790,000\nunits.\n    The company said it expects the offering to be priced at 20\ndlrs per unit, and that the proceeds would pay for\nten new hotels.\n";
        let c = clean(text, Some("Title"));
        let kept: Vec<String> = c
            .paragraphs
            .iter()
            .map(|p| Normalized::text_of(text, *p))
            .collect();
        assert_eq!(
            kept,
            [
                "Acme Holdings Inc said it filed a registration statement with the Securities and Exchange Commission covering a proposed offering of 4,790,000 units.",
                "The company said it expects the offering to be priced at 20 dlrs per unit, and that the proceeds would pay for ten new hotels."
            ]
        );
        // a paragraph a line stays so, even when its lines end with no full stop (headlines, a
        // signature after a long quotation)
        let headlines = "Title\n\nTour de France 2016 : Sagan remporte la 11e étape\nTour de France 2016 : Matthews remporte la 10e étape\nTour de France 2016 : Dumoulin remporte la 9e étape\nTour de France 2016 : Froome remporte la 8e étape\nTour de France 2016 : Cavendish remporte la 7e étape\n";
        assert_eq!(clean(headlines, Some("Title")).paragraphs.len(), 5);
        let signed: String = (1..=6)
            .map(|k| {
                let more = "He never listened to us. ".repeat(3);
                format!("“He does not understand us, not in {k} years. {more}” ― Voter {k}\n")
            })
            .collect();
        assert_eq!(
            clean(&format!("Title\n\n{signed}"), Some("Title"))
                .paragraphs
                .len(),
            6
        );
    }

    #[test]
    fn page_furniture_lines_are_dropped_alone() {
        let text = "Titre\n\nLe ministre a déclaré lundi que la France ne céderait pas.\n\nLire aussi : Le Kremlin dénonce « une provocation »\n\nPUBLICITÉ\n\nPhoto : Jean Dupont / AFP\n\nPar Claire Martin\n\nRead more: Moscow accuses Paris\n\nLe porte-parole a affirmé que le dialogue était rompu.\n";
        let c = clean(text, Some("Titre"));
        let kept: Vec<&str> = c.paragraphs.iter().map(|p| p.slice(text)).collect();
        assert_eq!(
            kept,
            [
                "Le ministre a déclaré lundi que la France ne céderait pas.",
                "Le porte-parole a affirmé que le dialogue était rompu."
            ]
        );
        assert_eq!(c.removed.len(), 5);
        // a paragraph that only starts like furniture stays
        let text = "Titre\n\nPar ailleurs, le ministre a déclaré que la France ne céderait pas.\n";
        assert_eq!(clean(text, Some("Titre")).paragraphs.len(), 1);
    }

    #[test]
    fn seed_loses_comments_and_the_repeated_paragraph() {
        let title = SEED.lines().next().unwrap();
        let c = clean(SEED, Some(title));
        let body = c.body_text(SEED);
        assert_eq!(c.title.unwrap().slice(SEED), title);
        assert!(body.starts_with("Le Kazakhstan, plus grand pays"));
        assert!(
            body.ends_with("La Russie a envoyé sur place des troupes pour soutenir le pouvoir.")
        );
        assert!(!body.contains("Pour poster un commentaire"));
        assert!(!body.contains("Crimée"), "reader comments must be cut");
        assert_eq!(body.matches("plus grand pays d’Asie centrale").count(), 1);
        assert_eq!(c.paragraphs.len(), 6);
        // the repeat points at the first occurrence, the cut starts at the subscription prompt
        let repeat = c
            .removed
            .iter()
            .find_map(|r| match r.reason {
                RemovalReason::Repeat { of } => Some((r.span, of)),
                _ => None,
            })
            .unwrap();
        assert_eq!(repeat.0.slice(SEED), repeat.1.slice(SEED));
        assert!(repeat.0.start > repeat.1.start);
        let cut = c.removed.last().unwrap().span;
        assert!(cut.slice(SEED).starts_with("Pour poster un commentaire"));
        assert_eq!(cut.end, SEED.len());
    }

    #[test]
    fn offsets_point_into_the_original() {
        let c = clean(SEED, None);
        for p in &c.paragraphs {
            assert!(SEED.is_char_boundary(p.start) && SEED.is_char_boundary(p.end));
            assert!(!p.slice(SEED).trim().is_empty());
        }
    }

    #[test]
    fn english_comment_sections_are_cut() {
        let text = "Title\n\nThe minister said the talks would resume.\n\n12 Comments\n\nJohn: great piece\n";
        let c = clean(text, Some("Title"));
        assert_eq!(
            c.body_text(text),
            "The minister said the talks would resume."
        );
    }

    #[test]
    fn a_marker_in_the_first_paragraph_is_not_a_cut() {
        let text = "Comments\nThe minister said the talks would resume.\n";
        let c = clean(text, None);
        assert_eq!(c.paragraphs.len(), 2);
    }

    #[test]
    fn short_repeats_are_kept() {
        let text = "T\nPhoto AFP\nA first paragraph of text.\nPhoto AFP\n";
        let c = clean(text, Some("T"));
        assert_eq!(c.paragraphs.len(), 3);
    }

    #[test]
    fn the_turns_of_an_interview_transcript_are_no_body() {
        let text = "Penguins\n\nThe biologist said that the colony was shrinking.\n\n((WN))  How did you start?\n\nNG: My adviser told me the study began in 1982.\n\n((WN))  What was it like?\n\nNG: Cold.\n\nThe study is published today.\n";
        let c = clean(text, Some("Penguins"));
        assert_eq!(
            c.body_text(text),
            "The biologist said that the colony was shrinking.\n\nThe study is published today."
        );
        assert_eq!(c.removed.len(), 4);
        // one question is no interview, and a colon in prose is no turn
        let text = "Titre\n\nQ: why now?\n\nMacron: la France agira.\n";
        assert_eq!(clean(text, Some("Titre")).paragraphs.len(), 2);
    }

    #[test]
    fn cleaning_is_idempotent() {
        let title = SEED.lines().next().unwrap();
        let c = clean(SEED, Some(title));
        let again_text = format!("{title}\n{}", c.body_text(SEED));
        let again = clean(&again_text, Some(title));
        assert_eq!(again.body_text(&again_text), c.body_text(SEED));
        assert!(again.removed.is_empty());
    }
}
