//! Spans (byte ranges into the original article text), the conversion of byte offsets into the
//! character offsets that Parley writes out, and whitespace-normalised views of a span that keep a
//! map back to the original.
//!
//! Invariant: a `Span` produced by this crate always lies on `char` boundaries of the text it was
//! made from, with `start <= end <= text.len()`.

/// A byte range `start..end` into an article's text as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or `""` if it does not fit `text` (never panics).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// This span with surrounding whitespace removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// Converts byte offsets into character (Unicode scalar value) offsets for one text.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every character start, plus `text.len()` at the end.
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// The character offset of byte offset `byte` (of the character containing it, if it is not a
    /// boundary; the character count if it lies past the end).
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The number of characters of the text.
    pub fn char_len(&self) -> usize {
        self.starts.len() - 1
    }
}

/// A whitespace-normalised copy of a stretch of text, for matching: runs of whitespace become one
/// space, typographic apostrophes become `'`. `map[i]` is the byte offset in the original text of
/// byte `i` of `text` (with one extra entry for the end), so a match found in `text` maps back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub map: Vec<usize>,
}

impl Normalized {
    pub fn new(original: &str, span: Span) -> Self {
        let mut map = Vec::with_capacity(span.len() + 1);
        let text = normalize_into(original, span, Some(&mut map));
        Normalized { text, map }
    }

    /// Only the normalised text, without the offset map.
    pub fn text_of(original: &str, span: Span) -> String {
        normalize_into(original, span, None)
    }

    /// The original span of the normalised byte range `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let s = self.map.get(start).copied().unwrap_or(0);
        let e = if end == 0 {
            s
        } else {
            // the end of the last byte's character in the original
            self.map.get(end).copied().unwrap_or(s)
        };
        Span::new(s, e.max(s))
    }
}

/// An invisible formatting character of web text: soft hyphen, zero-width space and joiners,
/// direction marks and embeddings, word joiner, byte order mark. Pages copied from the web carry
/// them between and inside words; they are neither words nor punctuation.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// `s` on one line: each run of whitespace that holds a line break (a text wrapped at a fixed
/// width) becomes one space; other whitespace stays as written; invisible characters
/// ([`is_invisible`]) go.
pub fn on_one_line(s: &str) -> String {
    if !s.contains(['\n', '\r']) && !s.contains(is_invisible) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars().filter(|&c| !is_invisible(c)) {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if run.contains(['\n', '\r']) {
            out.push(' ');
        } else {
            out.push_str(&run);
        }
        run.clear();
        out.push(c);
    }
    out.push_str(&run);
    out
}

/// Normalises `span` of `original` (see [`Normalized`]), filling `map` when one is given.
fn normalize_into(original: &str, span: Span, mut map: Option<&mut Vec<usize>>) -> String {
    let s = span.slice(original);
    let mut text = String::with_capacity(s.len());
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        let at = span.start + i;
        if c.is_whitespace() {
            if !in_space && !text.is_empty() {
                text.push(' ');
                if let Some(map) = map.as_deref_mut() {
                    map.push(at);
                }
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            other => other,
        };
        let before = text.len();
        text.push(c);
        if let Some(map) = map.as_deref_mut() {
            map.extend(std::iter::repeat_n(at, text.len() - before));
        }
    }
    if text.ends_with(' ') {
        text.pop();
        if let Some(map) = map.as_deref_mut() {
            map.pop();
        }
    }
    if let Some(map) = map {
        map.push(span.end.min(original.len()));
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_wrapped_text_is_put_on_one_line_and_other_spaces_stay() {
        assert_eq!(
            on_one_line("Acme\n   Holdings  Inc\r\nsaid"),
            "Acme Holdings  Inc said"
        );
        assert_eq!(on_one_line("no\u{a0}break"), "no\u{a0}break");
        assert_eq!(
            on_one_line("news\u{ad}paper Tran Ba \u{200b}Huy"),
            "newspaper Tran Ba Huy"
        );
    }

    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "Tokaïev a dit « non »";
        let idx = CharIndex::new(text);
        let b = text.find("a dit").unwrap();
        assert_eq!(idx.char_offset(b), 8);
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
        assert_eq!(idx.char_len(), 21);
    }

    #[test]
    fn trim_keeps_char_boundaries() {
        let text = "  « Étape »\u{a0} ";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "« Étape »");
        assert_eq!(Span::new(0, 2).trim(text), Span::new(0, 0));
    }

    #[test]
    fn normalized_maps_back_to_the_original() {
        let text = "Le  secrétaire\n d’Etat   américain";
        let n = Normalized::new(text, Span::new(0, text.len()));
        assert_eq!(n.text, "Le secrétaire d'Etat américain");
        let i = n.text.find("d'Etat").unwrap();
        let orig = n.original_span(i, i + "d'Etat".len());
        assert_eq!(orig.slice(text), "d’Etat");
    }
}
