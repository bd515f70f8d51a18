//! Tokens, quotations and sentences of one paragraph. Tokens keep byte spans into the article text;
//! their `norm` is the form lexicons are matched against (typographic apostrophes folded to `'`).
//! Quotations are found first, on the whole paragraph, so that a sentence never ends inside one.
//! What is language data here (elided articles that end their own token, abbreviations whose dot
//! ends no sentence) comes from the word classes of the lexicon ([`Tokenizer`]).

use rustc_hash::FxHashSet as HashSet;

use super::lexicon::Lexicon;
use crate::text::{is_invisible, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// Punctuation other than quotation marks.
    Punct,
    /// A quotation mark (« » “ ” " „ and typographic single quotes used as quotation marks).
    Quote,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
    /// The token with `’` folded to `'`.
    pub norm: String,
    /// `norm` in lower case (computed once: the rules ask for it many times).
    low: String,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// A mark that ends a sentence (. ! ? …).
    pub fn ends_sentence(&self) -> bool {
        matches!(self.norm.as_str(), "." | "!" | "?" | "…")
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokKind::Word && self.norm.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> &str {
        &self.low
    }

    /// Starts with a digit: a number, an amount of a unit, a time (1639, 11,9, 8h30).
    pub fn starts_with_digit(&self) -> bool {
        self.norm.starts_with(|ch: char| ch.is_ascii_digit())
    }

    /// An em or en dash, which sets off a clause (—, –), not a hyphen.
    pub fn is_dash(&self) -> bool {
        matches!(self.norm.as_str(), "—" | "–" | "―")
    }
}

/// The language data of tokenization: the word classes `elision` (lower case) and `abbreviation`.
#[derive(Debug, Clone, Default)]
pub struct Tokenizer {
    /// Elided articles and pronouns that are tokens of their own (`l'`, `d'`, `qu'`).
    pub elisions: HashSet<String>,
    /// Abbreviations whose dot does not end a sentence (`M`, `Dr`, `Jan`).
    pub abbreviations: HashSet<String>,
    /// Prefixes of a name word (`al-`, `d'`): an elision among them, written with a capital
    /// before a capital, is part of a name (D'Souza, D'Alema), no token of its own.
    pub name_prefixes: HashSet<String>,
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '"' | '„' | '‹' | '›')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A separator at `chars[j]` inside a word begun as `before`: a number's (1,500 pages; 1,5
/// million), or the dot of a web address before two to four lower-case letters that end the word
/// (UOL.com.br, Politico.com). The word's end so far (a byte offset) and the next char to read.
fn inner_separator(before: &str, chars: &[(usize, char)], j: usize) -> Option<(usize, usize)> {
    let (p, ch) = chars[j];
    let digits = before.chars().all(|d| d.is_ascii_digit());
    let digit_next = chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit());
    if (ch == ',' || ch == '.') && digits && digit_next {
        return Some((p + 1, j + 1));
    }
    // an ampersand between capitals joins initials (AT&T, PG&E, S&P)
    if ch == '&' {
        let capital_next = chars.get(j + 1).is_some_and(|(_, n)| n.is_uppercase());
        let initials =
            (1..=3).contains(&before.chars().count()) && before.chars().all(char::is_uppercase);
        return (initials && capital_next).then_some((p + 1, j + 1));
    }
    if ch != '.' {
        return None;
    }
    if let Some(end) = ticker_suffix(before, chars, j) {
        return Some(end);
    }
    if before.chars().count() < 2 {
        return None;
    }
    let tld = chars[j + 1..]
        .iter()
        .take_while(|(_, n)| is_word_char(*n))
        .count();
    let lower = chars[j + 1..j + 1 + tld]
        .iter()
        .all(|(_, n)| n.is_ascii_lowercase());
    ((2..=4).contains(&tld) && lower).then(|| {
        let (q, last) = chars[j + tld];
        (q + last.len_utf8(), j + tld + 1)
    })
}

/// The dot of a stock ticker's exchange suffix in its brackets, "<MONI.MI>", "(VOD.L)",
/// "(7203.T)": capitals or digits, the dot, one to three capitals and the closing bracket. The
/// word's end (a byte offset) and the next char to read.
fn ticker_suffix(before: &str, chars: &[(usize, char)], j: usize) -> Option<(usize, usize)> {
    let code = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
    let suffix = chars[j + 1..]
        .iter()
        .take_while(|(_, n)| n.is_ascii_uppercase())
        .count();
    let closes = chars
        .get(j + 1 + suffix)
        .is_some_and(|(_, n)| matches!(n, '>' | ')'));
    ((1..=6).contains(&before.chars().count())
        && before.chars().all(code)
        && (1..=3).contains(&suffix)
        && closes)
        .then(|| {
            let (q, last) = chars[j + suffix];
            (q + last.len_utf8(), j + suffix + 1)
        })
}

/// Splits `span` of `text` into tokens, with the built-in lexicon's data.
/// Whether the bracket at `i` belongs to a Markdown link, `[sur Radio J](https://…)`: marks
/// around words, no token (a bracket in a quotation, « l'[a] remplacé », stays one).
fn markdown_link_bracket(chars: &[(usize, char)], i: usize) -> bool {
    let closes_link = |k: usize| chars[k].1 == ']' && chars.get(k + 1).is_some_and(|c| c.1 == '(');
    match chars[i].1 {
        ']' => closes_link(i),
        '[' => (i + 1..chars.len())
            .take_while(|&k| chars[k].1 != '[' && chars[k].1 != '\n')
            .find(|&k| chars[k].1 == ']')
            .is_some_and(closes_link),
        _ => false,
    }
}

/// How long a markup tag may be, with its attributes.
const TAG_CHARS: usize = 400;

/// Where a markup tag opening at `i` ends (after its `>`): `<tweet id="…">`, `</p>`, `<br/>`
/// left in a text copied from the web are no words of the article; a name in angle brackets
/// (a wire's `<American Express Co>`) is no tag.
fn markup_tag_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let next = chars.get(i + 1)?.1;
    let name_at = if next == '/' { i + 2 } else { i + 1 };
    if chars[i].1 != '<' || !chars.get(name_at)?.1.is_ascii_lowercase() {
        return None;
    }
    // (a tag's name is in lower case: not a wire's <American Express Co>)
    let after_name = (name_at..chars.len())
        .find(|&k| !chars[k].1.is_ascii_lowercase() && !chars[k].1.is_ascii_digit())?;
    if !matches!(chars[after_name].1, ' ' | '>' | '/') {
        return None;
    }
    (after_name..chars.len().min(i + TAG_CHARS))
        .take_while(|&k| !matches!(chars[k].1, '<' | '\n'))
        .find(|&k| chars[k].1 == '>')
        .map(|k| k + 1)
}

pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    Lexicon::builtin().tokenizer.tokenize(text, span)
}

impl Tokenizer {
    fn elided(&self, word: &str) -> bool {
        let with = format!("{}'", word.to_lowercase());
        self.elisions.contains(&with)
    }

    /// Whether elided `word`, then `next`, open a name (D'Souza; not D'après, L'Élysée).
    fn opens_name(&self, word: &str, next: Option<char>) -> bool {
        word.starts_with(char::is_uppercase)
            && next.is_some_and(char::is_uppercase)
            && self
                .name_prefixes
                .contains(&format!("{}'", word.to_lowercase()))
    }

    /// Splits `span` of `text` into tokens.
    pub fn tokenize(&self, text: &str, span: Span) -> Vec<Token> {
        let s = span.slice(text);
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let push = |out: &mut Vec<Token>, a: usize, b: usize, kind: TokKind| {
            out.push(token(
                &s[a..b],
                Span::new(span.start + a, span.start + b),
                kind,
            ));
        };
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if c.is_whitespace() || c == '*' || is_invisible(c) || markdown_link_bracket(&chars, i)
            {
                i += 1;
                continue;
            }
            if let Some(end) = markup_tag_end(&chars, i) {
                i = end;
                continue;
            }
            // the address of a Markdown link, [sur Radio J](https://…): no words of the article
            if c == '(' && i > 0 && chars[i - 1].1 == ']' {
                if let Some(close) = (i + 1..chars.len()).find(|&k| chars[k].1 == ')') {
                    i = close + 1;
                    continue;
                }
            }
            if is_quote_char(c) {
                push(&mut out, pos, pos + c.len_utf8(), TokKind::Quote);
                i += 1;
                continue;
            }
            // two apostrophes are a double quotation mark (''…,'' said X: wire and archive texts);
            // of three that close a quotation, the first closes a quotation inside it (… with
            // 'bombs,''' said X)
            let same = |k: usize| chars.get(k).is_some_and(|(_, n)| *n == c);
            let closes_inner =
                same(i + 1) && same(i + 2) && i > 0 && !chars[i - 1].1.is_whitespace();
            if (c == '\'' || c == '’') && same(i + 1) && !closes_inner {
                let end = pos + 2 * c.len_utf8();
                let mut t = token(
                    &s[pos..end],
                    Span::new(span.start + pos, span.start + end),
                    TokKind::Quote,
                );
                t.norm = "\"".into();
                t.low = "\"".into();
                out.push(t);
                i += 2;
                continue;
            }
            if (c == '\'' || c == '’')
                && chars.get(i + 1).is_some_and(|(_, n)| *n == 's')
                && !chars.get(i + 2).is_some_and(|(_, n)| is_word_char(*n))
            {
                // English possessive 's
                push(&mut out, pos, pos + c.len_utf8() + 1, TokKind::Word);
                i += 2;
                continue;
            }
            if !is_word_char(c) {
                push(&mut out, pos, pos + c.len_utf8(), TokKind::Punct);
                i += 1;
                continue;
            }
            let (end, j) = self.word(s, &chars, i);
            push(&mut out, pos, end, TokKind::Word);
            i = j.max(i + 1);
            while i < chars.len() && chars[i].0 < end {
                i += 1;
            }
        }
        merge_abbreviations(out)
    }

    /// The word that starts at `chars[i]`: letters and digits, with inner hyphens, dots of
    /// abbreviations (U.S.) and apostrophes; an elided article (l', d') ends its own token. Its end
    /// (a byte offset into `s`) and the index of the next char to read.
    fn word(&self, s: &str, chars: &[(usize, char)], i: usize) -> (usize, usize) {
        let (start, c) = chars[i];
        let mut j = i;
        let mut end = start;
        while j < chars.len() {
            let (p, ch) = chars[j];
            if is_word_char(ch) {
                end = p + ch.len_utf8();
                j += 1;
                continue;
            }
            // a soft hyphen or a joiner inside a word (news\u{ad}paper) leaves it one word
            if is_invisible(ch) && chars.get(j + 1).is_some_and(|(_, n)| is_word_char(*n)) {
                j += 1;
                continue;
            }
            let next_is_word = chars.get(j + 1).is_some_and(|(_, n)| is_word_char(*n));
            if (ch == '-' || ch == '\'' || ch == '’') && next_is_word {
                if ch != '-' {
                    let next = chars.get(j + 1).map(|(_, n)| *n);
                    if self.elided(&s[start..p]) && !self.opens_name(&s[start..p], next) {
                        end = p + ch.len_utf8();
                        j += 1;
                        break;
                    }
                    // English possessive: Johnson's → Johnson + 's
                    let after: String = chars[j + 1..].iter().take(2).map(|(_, c)| *c).collect();
                    if after.starts_with('s')
                        && !after[1..].chars().next().is_some_and(is_word_char)
                    {
                        break;
                    }
                }
                end = p + ch.len_utf8();
                j += 1;
                continue;
            }
            if let Some((e, next)) = inner_separator(&s[start..p], chars, j) {
                end = e;
                j = next;
                continue;
            }
            // U.S., U.K. (single letters separated by dots) — but M.Trudeau is M. + Trudeau
            let single_after =
                next_is_word && !chars.get(j + 2).is_some_and(|(_, n)| is_word_char(*n));
            let one_letter = s[start..p].chars().count() == 1;
            if ch == '.' && next_is_word && single_after && one_letter {
                end = p + 1;
                j += 1;
                continue;
            }
            if ch == '.' && one_letter && s[start..p].chars().all(char::is_uppercase) {
                // the final dot of U.S. or the dot of an initial (J. Smith)
                let prev_dot = start > 0 && s[..start].ends_with('.');
                if prev_dot || s[start..end].len() == 1 {
                    end = p + 1;
                    j += 1;
                }
            }
            break;
        }
        if end <= start {
            end = start + c.len_utf8();
            j = i + 1;
        }
        // an elided article written apart (pre-tokenised text: "L' Élysée", "s' est")
        if let Some((p, ch)) = chars.get(j).copied() {
            if (ch == '\'' || ch == '’') && p == end && self.elided(&s[start..end]) {
                end = p + ch.len_utf8();
                j += 1;
            }
        }
        (end, j)
    }
}

/// A token of `raw` text at `span`.
fn token(raw: &str, span: Span, kind: TokKind) -> Token {
    let norm = if raw.contains('’') || raw.contains(is_invisible) {
        raw.replace('’', "'").replace(is_invisible, "")
    } else {
        raw.to_string()
    };
    let low = if norm.bytes().any(|c| c.is_ascii_uppercase() || c >= 0x80) {
        norm.to_lowercase()
    } else {
        norm.clone()
    };
    Token {
        span,
        kind,
        norm,
        low,
    }
}

/// Joins `U.S.`-style tokens that the loop split (`U.S` + `.`) — kept simple: a word of single
/// letters separated by dots followed by a dot.
fn merge_abbreviations(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for t in tokens {
        if t.norm == "." {
            if let Some(prev) = out.last_mut() {
                let letters_and_dots = prev.norm.contains('.')
                    && prev.norm.split('.').all(|p| p.chars().count() <= 1)
                    && prev.span.end == t.span.start;
                if letters_and_dots && !prev.norm.ends_with('.') {
                    prev.span.end = t.span.end;
                    prev.norm.push('.');
                    continue;
                }
            }
        }
        out.push(t);
    }
    out
}

/// Whether a quotation mark opens a quotation (given the tokens around it).
fn opens(tokens: &[Token], i: usize, open_straight: bool) -> Option<bool> {
    // a curly or straight mark is read by where it stands when that is clear: glued to the word
    // before it and not the one after, it closes (…,“ said X; “I disagree," said X); the other
    // way round, it opens; otherwise by its shape, or for a straight mark by the one before it
    let glued_before = i > 0 && tokens[i - 1].span.end == tokens[i].span.start;
    let glued_after = tokens
        .get(i + 1)
        .is_some_and(|n| n.span.start == tokens[i].span.end);
    let by_place = match (glued_before, glued_after) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    };
    match tokens[i].norm.as_str() {
        mark @ ("“" | "”") => Some(by_place.unwrap_or(mark == "“")),
        "«" | "„" | "‹" => Some(true),
        "»" | "›" => Some(false),
        "\"" => Some(by_place.unwrap_or(!open_straight)),
        _ => None,
    }
}

/// Quotations of a paragraph: spans of the quoted text (without the marks), as token index
/// ranges `(open, close)` of the marks.
pub fn quotations(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut stack: Option<usize> = None;
    let mut straight_open = false;
    for i in 0..tokens.len() {
        if tokens[i].kind != TokKind::Quote {
            continue;
        }
        let Some(is_open) = opens(tokens, i, straight_open) else {
            continue;
        };
        if tokens[i].norm == "\"" {
            straight_open = is_open;
        }
        if is_open {
            if stack.is_none() {
                stack = Some(i);
            }
        } else if let Some(o) = stack.take() {
            // (marks around nothing, a tag left in the text, « <img …> »: no quotation)
            if i > o + 1 {
                out.push((o, i));
            }
        }
    }
    out
}

/// Sentences of a paragraph as token index ranges `start..end`. A sentence ends at `.`, `!`, `?`
/// (or `…`) outside quotations, when the next token starts with a capital letter, a quotation mark
/// or a digit; abbreviations (M., Dr., Jan.) do not end sentences.
pub fn sentences(
    tokenizer: &Tokenizer,
    tokens: &[Token],
    quotes: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    // which tokens are inside a quotation, and which close one (linear in the paragraph)
    let mut inside = vec![false; tokens.len()];
    let mut closes = vec![false; tokens.len()];
    for &(o, c) in quotes {
        inside[o + 1..c].iter_mut().for_each(|x| *x = true);
        closes[c] = true;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i - start >= MAX_SENTENCE_TOKENS {
            let cut = cut_long_sentence(tokens, start);
            out.push((start, cut));
            start = cut;
            i = cut;
            continue;
        }
        let t = &tokens[i];
        // a quotation that ends its sentence: … southern border." Nancy Pelosi said …
        // … but not one that ends with "!" or "?" before a short clause that ends the sentence:
        // the incise of a quotation that needs no comma ("Why not?" Cole asked.)
        let short_incise = || {
            matches!(tokens[i - 1].norm.as_str(), "!" | "?")
                && (i + 2..(i + 2 + INCISE_TOKENS).min(tokens.len()))
                    .find(|&k| tokens[k].ends_sentence() || tokens[k].kind == TokKind::Quote)
                    .is_some_and(|k| tokens[k].ends_sentence())
        };
        let closes_after_mark = closes[i]
            && i > 0
            && tokens[i - 1].ends_sentence()
            && tokens.get(i + 1).is_some_and(|n| n.is_capitalized())
            && !short_incise();
        if closes_after_mark && i + 1 > start {
            out.push((start, i + 1));
            start = i + 1;
            i += 1;
            continue;
        }
        let end_mark = t.ends_sentence();
        if end_mark && !inside[i] {
            let prev_abbrev = i > 0
                && tokens[i - 1].span.end == t.span.start
                && tokenizer.abbreviations.contains(&tokens[i - 1].norm);
            // a closing quotation mark right after the dot belongs to this sentence
            let mut end = i + 1;
            while end < tokens.len()
                && tokens[end].kind == TokKind::Quote
                && opens(tokens, end, true) == Some(false)
            {
                end += 1;
            }
            let next_starts = tokens.get(end).is_none_or(|n| {
                n.is_capitalized() || n.kind == TokKind::Quote || n.starts_with_digit()
            });
            // the dots of a postal abbreviation (D-R.I.) end no sentence
            let initials = end == i + 1
                && tokens.get(end).is_some_and(|n| {
                    n.span.start == t.span.end && n.norm.ends_with('.') && n.norm.len() <= 3
                });
            if !prev_abbrev && next_starts && !initials {
                out.push((start, end));
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// The quotations of a paragraph (in order) that reach into the sentence `from..to` or open right
/// after it: all a sentence's rules look at, so that their work does not grow with the paragraph.
pub fn quotes_around(quotes: &[(usize, usize)], from: usize, to: usize) -> &[(usize, usize)] {
    let first = quotes.partition_point(|&(_, c)| c < from);
    let last = quotes.partition_point(|&(o, _)| o <= to);
    &quotes[first..last.max(first)]
}

/// How many tokens the incise after a quotation that ends with "!" or "?" may have (Scarborough
/// continued; Pelosi asked reporters on Monday).
const INCISE_TOKENS: usize = 6;

/// The most tokens a sentence may have. A longer stretch without a sentence end (a list, a table, a
/// text without full stops) is cut, so that the work per sentence is bounded whatever the input:
/// extraction stays linear in the length of the text.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Where to cut a sentence that starts at `start` and reaches the limit: after its last comma,
/// semicolon or colon in the second half of the limit, else at the limit.
fn cut_long_sentence(tokens: &[Token], start: usize) -> usize {
    let limit = start + MAX_SENTENCE_TOKENS;
    (start + MAX_SENTENCE_TOKENS / 2..limit)
        .rev()
        .find(|&k| matches!(tokens[k].norm.as_str(), "," | ";" | ":"))
        .map_or(limit, |k| k + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn an_elided_particle_with_a_capital_before_a_capital_opens_a_name() {
        assert_eq!(
            words("Dinesh D’Souza and Massimo D'Alema"),
            ["Dinesh", "D'Souza", "and", "Massimo", "D'Alema"]
        );
        // not an elided article (D'après, L'Élysée) nor one in lower case (d'Estaing)
        assert_eq!(
            words("D'après L'Élysée, Giscard d'Estaing"),
            ["D'", "après", "L'", "Élysée", ",", "Giscard", "d'", "Estaing"]
        );
    }

    #[test]
    fn french_tokens() {
        assert_eq!(
            words("le secrétaire d’Etat américain Antony Blinken, a-t-il ajouté"),
            vec![
                "le",
                "secrétaire",
                "d'",
                "Etat",
                "américain",
                "Antony",
                "Blinken",
                ",",
                "a-t-il",
                "ajouté"
            ]
        );
        assert_eq!(
            words("Kassym-Jomart Tokaïev l'Élysée aujourd'hui"),
            vec!["Kassym-Jomart", "Tokaïev", "l'", "Élysée", "aujourd'hui"]
        );
        assert_eq!(words("« longue »"), vec!["«", "longue", "»"]);
        // WiNER-fr is pre-tokenised: the elided article stands apart
        assert_eq!(words("L' Élysée s' est"), vec!["L'", "Élysée", "s'", "est"]);
    }

    #[test]
    fn english_tokens() {
        assert_eq!(words("the U.S. said"), vec!["the", "U.S.", "said"]);
        assert_eq!(words("Johnson's plan"), vec!["Johnson", "'s", "plan"]);
        assert_eq!(words("Mr. Smith, 45"), vec!["Mr", ".", "Smith", ",", "45"]);
        assert_eq!(words("M.Trudeau"), vec!["M.", "Trudeau"]);
    }

    #[test]
    fn invisible_characters_of_web_text_are_no_tokens() {
        // between words, before a quotation mark, inside a word (a soft hyphen)
        assert_eq!(
            words("\u{202a}\u{201d}Stop,\u{201d} said Doug \u{ad}Andres\u{200f}, a news\u{ad}paper aide"),
            ["\u{201d}", "Stop", ",", "\u{201d}", "said", "Doug", "Andres", ",", "a", "newspaper", "aide"]
        );
        assert_eq!(
            words("Tran Ba \u{200b}\u{200b}Huy\u{feff}"),
            ["Tran", "Ba", "Huy"]
        );
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Moscou a dénoncé « grossiers ».";
        for t in tokenize(text, Span::new(0, text.len())) {
            assert_eq!(t.span.slice(text).replace('’', "'"), t.norm);
        }
    }

    #[test]
    fn sentences_do_not_end_inside_quotes_or_after_abbreviations() {
        let text = "« C'était grossier. Ce n'est pas la première », a dit M. Blinken. Il part. Then Mr. Smith left.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let q = quotations(&toks);
        assert_eq!(q.len(), 1);
        let s = sentences(&Lexicon::builtin().tokenizer, &toks, &q);
        let texts: Vec<String> = s
            .iter()
            .map(|&(a, b)| {
                Span::new(toks[a].span.start, toks[b - 1].span.end)
                    .slice(text)
                    .to_string()
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                "« C'était grossier. Ce n'est pas la première », a dit M. Blinken.",
                "Il part.",
                "Then Mr. Smith left."
            ]
        );
    }

    #[test]
    fn titles_and_place_prefixes_of_american_news_end_no_sentence() {
        // (Sens. and Reps. before coordinated names, Adm. and Pres. before one, Ft. and Mt. in a
        // place's name; MM. and Mmes before French names)
        for text in [
            "Sens. Ann Cole and Jim Reyes spoke.",
            "Adm. Tom Reyes spoke at Ft. Worth.",
            "Pres. Tom Reyes climbed Mt. Hood.",
            "MM. Dupont et Durand sont partis.",
        ] {
            let toks = tokenize(text, Span::new(0, text.len()));
            let q = quotations(&toks);
            let s = sentences(&Lexicon::builtin().tokenizer, &toks, &q);
            assert_eq!(s.len(), 1, "{text}");
        }
        // … as a person named with a title and a place remain what they are
        let s = crate::extract::testing::one(
            "en",
            crate::extract::testing::SAT,
            "Eddie Reyes, who was a Ft. Worth member of the group, said that Adm. Tom Cole had lied.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.targets.clone()),
            ("Eddie Reyes", vec!["Tom Cole".to_string()])
        );
    }

    #[test]
    fn a_quotation_that_ends_with_a_question_or_an_exclamation_keeps_its_short_incise() {
        let count = |text: &str| {
            let toks = tokenize(text, Span::new(0, text.len()));
            let q = quotations(&toks);
            sentences(&Lexicon::builtin().tokenizer, &toks, &q).len()
        };
        // no comma after "?" or "!": the name and its verb are the quotation's incise
        assert_eq!(
            count("\"Why not?\" Cole asked. \"We can win!\" Tom Ruiz told reporters."),
            2
        );
        // … but a longer clause after it is a sentence of its own
        assert_eq!(
            count("\"We can win!\" Tom Ruiz later told the crowd that the race was over."),
            2
        );
        // (and the statement has the quotation)
        let s = crate::extract::testing::one(
            "en",
            crate::extract::testing::SAT,
            "Ann Cole spoke on Monday. \"Is he really so reckless?\" Cole continued.",
        );
        assert_eq!(s.quote.as_deref(), Some("Is he really so reckless?"));
    }

    #[test]
    fn a_quotation_can_end_a_sentence() {
        let text = "He said the country is \"in a crisis.\" Nancy Pelosi said \"No.\"";
        let toks = tokenize(text, Span::new(0, text.len()));
        let q = quotations(&toks);
        assert_eq!(sentences(&Lexicon::builtin().tokenizer, &toks, &q).len(), 2);
    }

    #[test]
    fn straight_quotes_pair_up() {
        let text = "\"We will act,\" she said. \"Soon.\"";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert_eq!(quotations(&toks).len(), 2);
    }

    #[test]
    fn a_text_without_sentence_ends_is_cut_at_its_commas() {
        let text = "il a dit , ".repeat(300);
        let toks = tokenize(&text, Span::new(0, text.len()));
        let q = quotations(&toks);
        let s = sentences(&Lexicon::builtin().tokenizer, &toks, &q);
        assert!(s.len() > 1);
        assert!(s.iter().all(|&(a, b)| b - a <= MAX_SENTENCE_TOKENS));
        assert!(s.windows(2).all(|w| w[0].1 == w[1].0), "no token is lost");
        assert_eq!(s.last().map(|x| x.1), Some(toks.len()));
        // cut after a comma
        assert!(s[..s.len() - 1]
            .iter()
            .all(|&(_, b)| toks[b - 1].norm == ","));
    }

    #[test]
    fn a_sentence_sees_only_the_quotations_around_it() {
        let quotes = [(0, 3), (5, 9), (12, 20), (25, 30)];
        assert_eq!(quotes_around(&quotes, 10, 14), &[(12, 20)]);
        assert_eq!(quotes_around(&quotes, 6, 12), &[(5, 9), (12, 20)]);
        assert_eq!(quotes_around(&quotes, 21, 24), &[] as &[(usize, usize)]);
    }

    #[test]
    fn two_apostrophes_are_a_quotation_mark() {
        let text = "''We will act,'' said Mr. Garin.";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert_eq!(toks[0].kind, TokKind::Quote);
        assert_eq!(toks[0].span, Span::new(0, 2));
        assert_eq!(quotations(&toks), vec![(0, 5)]);
    }

    #[test]
    fn a_curly_mark_opens_or_closes_by_where_it_stands() {
        for text in [
            "“We will act,“ said Mr. Garin.",
            "”We will act,” said Mr. Garin.",
            "“We will act,” said Mr. Garin.",
        ] {
            let toks = tokenize(text, Span::new(0, text.len()));
            assert_eq!(quotations(&toks), vec![(0, 5)], "{text}");
        }
    }

    #[test]
    fn a_straight_mark_after_a_curly_one_closes_by_where_it_stands() {
        // web copy mixes the two kinds of marks in one quotation
        for text in [
            "“We will act,\" said Mr. Garin. \"Soon.\"",
            "\"We will act,” said Mr. Garin. \"Soon.\"",
        ] {
            let toks = tokenize(text, Span::new(0, text.len()));
            assert_eq!(quotations(&toks), vec![(0, 5), (11, 14)], "{text}");
        }
    }

    #[test]
    fn the_dots_of_a_postal_abbreviation_end_no_sentence() {
        let tk = Tokenizer::default();
        let text = "Jack Reed (D-R.I.) said so. Then he left.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let quotes = quotations(&toks);
        assert_eq!(sentences(&tk, &toks, &quotes).len(), 2);
    }

    #[test]
    fn a_number_with_separators_is_one_word() {
        let text = "About 1,500 pages, or 1,5 million, in 2015, at 3.5 percent.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            [
                "About", "1,500", "pages", ",", "or", "1,5", "million", ",", "in", "2015", ",",
                "at", "3.5", "percent", "."
            ]
        );
    }

    #[test]
    fn initials_joined_by_an_ampersand_are_one_word() {
        assert_eq!(
            words("AT&T and PG&E said R&D fell."),
            ["AT&T", "and", "PG&E", "said", "R&D", "fell", "."]
        );
        // not words, nor a long word before it
        assert_eq!(
            words("Procter & Gamble, Tom&Jerry"),
            ["Procter", "&", "Gamble", ",", "Tom", "&", "Jerry"]
        );
    }

    #[test]
    fn a_web_address_is_one_word() {
        let text = "He told UOL.com.br and Politico.com so.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            ["He", "told", "UOL.com.br", "and", "Politico.com", "so", "."]
        );
    }

    #[test]
    fn a_stock_tickers_exchange_suffix_is_in_its_word() {
        assert_eq!(
            words("Vodafone (VOD.L) and Toyota <7203.T> rose. Not U.K.) nor END.Next"),
            [
                "Vodafone", "(", "VOD.L", ")", "and", "Toyota", "<", "7203.T", ">", "rose", ".",
                "Not", "U.K.", ")", "nor", "END", ".", "Next"
            ]
        );
        // the company before its ticker speaks (the dot ended the sentence)
        let s = crate::extract::testing::one(
            "en",
            crate::extract::testing::SAT,
            "Dalmine Spa <DALM.MI> said it will cut 300 jobs.",
        );
        assert_eq!(s.speaker, "Dalmine Spa");
    }

    #[test]
    fn three_apostrophes_close_a_quotation_inside_a_quotation() {
        let text = "''We will not accept 'more of the same,''' said Mr. Garin.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let close = toks.iter().position(|t| t.norm == "said").unwrap() - 1;
        assert_eq!(toks[close].kind, TokKind::Quote);
        assert_eq!(toks[close - 1].norm, "'");
        assert_eq!(quotations(&toks), vec![(0, close)]);
    }
}
