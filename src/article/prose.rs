//! Whether a text file reads as an article, judged on the shape of its text alone (never its
//! name): a news article is prose, sentences in paragraphs; what a corpus directory also holds is
//! not. Two shapes are recognised:
//!
//! - a **list**: most of the text is in lines that are URLs, tab-separated records, or short lines
//!   that end no sentence (lists of URLs, word lists, dictionaries, code tables);
//! - a **licence or legal text**: numbered clauses (`1.`, `a.`, `(ii)`, `Section 3`) and headings in
//!   capitals or rules of `=====`, at a length no brief news item has.
//!
//! Measured on the shared corpora: in every article of WiNER (964 files), the seed and the
//! examples, at most 36 % of the text is in list-like lines (short articles: a title, a dateline,
//! one paragraph), against 95–100 % in the URL lists and data files; no article has more than one
//! numbered line, every licence of /usr/share/common-licenses and the CC BY text at least three.
//! A text with fewer than three lines is never judged.

/// The share of the characters in list-like lines above which a text is a list.
const LIST_SHARE: f64 = 0.7;
/// A line with fewer words than this that ends no sentence is list-like.
const SHORT_LINE_WORDS: usize = 8;
/// The least number of words, numbered clauses and their share of the lines of a legal text.
const LEGAL_MIN_WORDS: usize = 150;
const LEGAL_MIN_CLAUSES: usize = 3;
const LEGAL_CLAUSE_SHARE: f64 = 0.05;

fn is_url(token: &str) -> bool {
    let t = token.trim_start_matches(['(', '<', '"', '[']);
    t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
}

/// Ends a sentence: `.`, `!`, `?`, `…`, `:`, `;` or a closing quote, before any closing bracket.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches([')', ']', ' ', '\u{a0}'])
        .ends_with(['.', '!', '?', '…', ':', ';', '»', '”', '"', '’', '\''])
}

/// `1.`, `12)`, `a.`, `(b)`, `iv.`, `Section 3`, `Article 2`, `§`: a numbered clause.
fn is_clause(line: &str) -> bool {
    let lower = line.to_lowercase();
    for word in ["section ", "article ", "§"] {
        if let Some(rest) = lower.strip_prefix(word) {
            return word == "§" || rest.starts_with(|c: char| c.is_ascii_digit());
        }
    }
    let rest = line.strip_prefix('(').unwrap_or(line);
    let mark: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let after = rest[mark.len()..].chars().next();
    let numbered = match mark.len() {
        1 => true,
        2 => mark.chars().all(|c| c.is_ascii_digit()) || is_roman(&mark),
        3 | 4 => is_roman(&mark),
        _ => false,
    };
    numbered && matches!(after, Some('.') | Some(')')) && rest[mark.len() + 1..].starts_with(' ')
}

fn is_roman(s: &str) -> bool {
    s.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// A line of at least 12 letters, almost all capitals (a heading, a disclaimer).
fn in_capitals(line: &str) -> bool {
    let (mut letters, mut upper) = (0, 0);
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 12 && upper * 5 > letters * 4
}

/// `=====`, `-----`, `*****`: a rule between sections.
fn is_rule(line: &str) -> bool {
    line.chars().count() >= 5 && line.chars().all(|c| "=-_*#~".contains(c))
}

/// Why `text` is not an article, when its shape says so (`None`: prose, or too short to judge).
pub fn not_prose(text: &str) -> Option<String> {
    let (mut lines, mut chars, mut list_chars, mut urls) = (0usize, 0usize, 0usize, 0usize);
    let (mut words, mut clauses, mut capitals, mut rules) = (0usize, 0usize, 0usize, 0usize);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        let (mut url_chars, mut line_chars, mut line_words) = (0, 0, 0);
        for token in line.split_whitespace() {
            let n = token.chars().count();
            line_chars += n;
            if is_url(token) {
                url_chars += n;
            } else if token.chars().any(char::is_alphabetic) {
                line_words += 1;
            }
        }
        let url_line = url_chars * 2 > line_chars;
        urls += usize::from(url_line);
        chars += line_chars;
        if url_line
            || line.contains('\t')
            || (line_words < SHORT_LINE_WORDS && !ends_sentence(line))
        {
            list_chars += line_chars;
        }
        words += line_words;
        clauses += usize::from(is_clause(line));
        capitals += usize::from(in_capitals(line));
        rules += usize::from(is_rule(line));
    }
    if lines < 3 || chars == 0 {
        return None;
    }
    if list_chars as f64 >= LIST_SHARE * chars as f64 {
        return Some(if urls * 2 > lines {
            format!("a list of {lines} lines, {urls} of them URLs")
        } else {
            format!("a list of {lines} lines, not sentences")
        });
    }
    if words >= LEGAL_MIN_WORDS
        && clauses >= LEGAL_MIN_CLAUSES
        && clauses as f64 >= LEGAL_CLAUSE_SHARE * lines as f64
        && capitals + rules > 0
    {
        return Some(format!(
            "a licence or legal text ({clauses} numbered clauses, {} headings in capitals or rules)",
            capitals + rules
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "Le ministre des Affaires étrangères a déclaré mardi que les \
        négociations reprendraient la semaine prochaine à Genève, sans donner de détails.";

    #[test]
    fn articles_are_prose_whatever_their_length() {
        assert_eq!(not_prose(""), None);
        assert_eq!(not_prose("Un titre\nUne ligne."), None);
        let short = format!("Un titre\n\n12 mars 2017 . –\n{PARAGRAPH}\n");
        assert_eq!(not_prose(&short), None);
        let long = format!("Titre\n\n{}", [PARAGRAPH; 40].join("\n\n"));
        assert_eq!(not_prose(&long), None);
        // a numbered list inside an article is not a licence
        let listed = format!(
            "Les mesures annoncées\n{PARAGRAPH}\n1. La première.\n2. La deuxième.\n3. La troisième.\n{}",
            [PARAGRAPH; 8].join("\n")
        );
        assert_eq!(not_prose(&listed), None);
        // a title and a one-line text on one line each, with a URL cited
        let cited =
            format!("Titre\n{PARAGRAPH} Source : https://example.org/a.\nFin de l'article.");
        assert_eq!(not_prose(&cited), None);
    }

    #[test]
    fn lists_of_urls_and_records_are_not_prose() {
        let urls = "2017_10_01-001\thttps://fr.wikinews.org/wiki/A\n\
                    2017_10_01-002\thttps://fr.wikinews.org/wiki/B\n\
                    2017_10_01-003\thttps://fr.wikinews.org/wiki/C\n";
        assert_eq!(
            not_prose(urls).as_deref(),
            Some("a list of 3 lines, 3 of them URLs")
        );
        let words = "affirmer\nannoncer\navertir\nblâmer\ncondamner\n";
        assert_eq!(
            not_prose(words).as_deref(),
            Some("a list of 5 lines, not sentences")
        );
        let codes = "010 Make statement, not specified below\n011 Decline comment\n012 Make pessimistic comment\n";
        assert!(not_prose(codes).is_some());
    }

    #[test]
    fn licences_are_not_prose() {
        let clause = "Permission is granted to copy, distribute and modify this work under \
            the terms below, provided that the notice stays with every copy of it.";
        let mut text = String::from("TERMS AND CONDITIONS FOR USE AND DISTRIBUTION\n\n");
        for (i, mark) in ["1.", "2.", "a.", "b.", "(i)", "Section 4"]
            .iter()
            .enumerate()
        {
            text.push_str(&format!("{mark} {clause}\n{clause}\n\n"));
            if i == 2 {
                text.push_str("=======================\n");
            }
        }
        let why = not_prose(&text).unwrap();
        assert!(
            why.starts_with("a licence or legal text (6 numbered clauses"),
            "{why}"
        );
        // the same clauses without a heading in capitals nor a rule: prose
        let plain = text
            .replace("TERMS AND CONDITIONS FOR USE AND DISTRIBUTION", "Terms")
            .replace("=======================\n", "");
        assert_eq!(not_prose(&plain), None);
    }

    #[test]
    fn clause_marks() {
        for yes in [
            "1. Definitions",
            "12) x",
            "a. Adapted",
            "(b) y",
            "iv. z",
            "Section 3 -- x",
            "§ 2",
        ] {
            assert!(is_clause(yes), "{yes}");
        }
        for no in [
            "1er novembre 2016",
            "A.B.C. x",
            "Mr. Smith",
            "2016. x",
            "Le 3. x",
            "articles 3",
        ] {
            assert!(!is_clause(no), "{no}");
        }
    }
}
