//! Keys made from text: the folded form of a name (for matching names as the reference scorer
//! does), the slug of a label (for IRIs and in-article keys) and the sha256 of bytes. Used by
//! extraction, the RDF mapping and evaluation alike, so they live below all three.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// Hex sha256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// A label folded for use in an IRI: lower case, Latin letters without their diacritics (Élysée
/// and Elysée are one key), other letters and digits kept, everything else one `-`.
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.chars().flat_map(char::to_lowercase).map(latin_base) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out = sha256_hex(label.as_bytes())[..12].to_string();
    }
    out
}

/// A Latin letter with a diacritic as its base letter (é → e, ï → i); any other character as it
/// is (a Cyrillic й or a Hangul syllable keeps its form).
fn latin_base(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut parts = std::iter::once(c).nfd();
    match parts.next() {
        Some(base) if base.is_ascii_alphabetic() => base,
        _ => c,
    }
}

/// `word` with its first letter in upper case (vice- → Vice-).
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// score.py's `fold`: NFKD without combining marks, lower case, `’` → `'`, no leading article,
/// whitespace collapsed.
pub fn fold(s: &str) -> String {
    let mut out: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
        .replace('’', "'");
    out = out.trim().to_string();
    for article in ["le ", "la ", "les ", "l'", "the "] {
        if let Some(rest) = out.strip_prefix(article) {
            out = rest.to_string();
            break;
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Suggestions given at most.
const SUGGESTIONS: usize = 3;

/// "; did you mean a, b?" for the candidates nearest to `value`, or `otherwise` when none is near.
pub fn hint(value: &str, candidates: &[(String, String)], otherwise: &str) -> String {
    let near = nearest(value, candidates);
    if near.is_empty() {
        otherwise.to_string()
    } else {
        format!("; did you mean {}?", near.join(", "))
    }
}

/// The shown forms of the candidates (compared form, shown form) nearest to `value`: within a
/// third of its length in edits (one at least), best first, each shown form once.
pub fn nearest(value: &str, candidates: &[(String, String)]) -> Vec<String> {
    let wanted = fold(value);
    let limit = (wanted.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, &String)> = candidates
        .iter()
        .map(|(compared, shown)| {
            let compared = fold(compared);
            // a name, or its last word (a surname)
            let last = compared.rsplit(' ').next().unwrap_or(&compared).to_string();
            let d = strsim::damerau_levenshtein(&wanted, &compared)
                .min(strsim::damerau_levenshtein(&wanted, &last));
            (d, shown)
        })
        .filter(|(d, _)| *d <= limit)
        .collect();
    scored.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, shown) in scored {
        if !out.contains(shown) {
            out.push(shown.clone());
        }
        if out.len() == SUGGESTIONS {
            break;
        }
    }
    out
}
