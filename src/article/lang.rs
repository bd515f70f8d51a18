//! Language of an article: detected from its text with whatlang (on a bounded prefix, so that the
//! cost does not grow with the article), given as a BCP 47 tag (`fr`, `en`, `de` …) using
//! `ontology/languages.tsv`. Parley extracts statements from French and English; other languages are
//! stored and reported with their own tag, never forced into one of those two.

use std::collections::HashMap;
use std::sync::OnceLock;

const LANGUAGES: &str = include_str!("../../ontology/languages.tsv");
/// Detection reads at most this many bytes of text.
const SAMPLE: usize = 4096;

fn bcp47(iso639_3: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        LANGUAGES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
    .get(iso639_3)
    .copied()
}

/// The language of `text` as a BCP 47 tag, or `None` when the text has too little language in it.
pub fn detect(text: &str) -> Option<String> {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let info = whatlang::detect(sample)?;
    let mut lang = info.lang();
    // Short texts give unreliable guesses (a two-word French sentence can come out as Danish): when
    // the guess is unreliable and the text is in Latin script, choose between the two languages
    // Parley reads. A reliable guess of another language is kept.
    if !info.is_reliable() && info.script() == whatlang::Script::Latin {
        let detector =
            whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
        if let Some(l) = detector.detect_lang(sample) {
            lang = l;
        }
    }
    let code = lang.code();
    Some(bcp47(code).unwrap_or(code).to_string())
}

/// Normalises a language given in metadata or on the command line (`FR`, `fr-FR`, `French`) to a
/// lower-case BCP 47 primary tag.
pub fn normalize(tag: &str) -> Option<String> {
    let t = tag.trim().to_lowercase();
    let primary = t.split(['-', '_']).next().unwrap_or("");
    match primary {
        "" => None,
        "french" | "français" | "francais" | "fra" | "fre" => Some("fr".into()),
        "english" | "anglais" | "eng" => Some("en".into()),
        p if p.len() == 3 => Some(bcp47(p).unwrap_or(p).to_string()),
        p => Some(p.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_french_and_english_news() {
        let fr = include_str!("../../tests/fixtures/seed-kazakhstan.txt");
        assert_eq!(detect(fr).as_deref(), Some("fr"));
        let en =
            "Nancy Pelosi yesterday resumed the office of Speaker of the House, being voted into \
                  the position by the incoming 116th United States Congress.";
        assert_eq!(detect(en).as_deref(), Some("en"));
        // short texts: unreliable guesses fall back to French or English
        assert_eq!(
            detect("Le ministre a déclaré que tout allait bien.").as_deref(),
            Some("fr")
        );
        assert_eq!(
            detect("Dernier article de la série.").as_deref(),
            Some("fr")
        );
        assert_eq!(
            detect("The minister said it was fine.").as_deref(),
            Some("en")
        );
        for short in ["Premier article.", "Text three", "Texte."] {
            let got = detect(short);
            assert!(
                matches!(got.as_deref(), Some("fr") | Some("en")),
                "{short}: {got:?}"
            );
        }
    }

    #[test]
    fn other_languages_keep_their_own_tag() {
        let de = "Die Bundesregierung hat am Freitag erklärt, dass sie die Gespräche mit Russland \
                  fortsetzen wolle, sagte ein Sprecher in Berlin.";
        assert_eq!(detect(de).as_deref(), Some("de"));
        assert_eq!(detect("1234 5678"), None);
    }

    #[test]
    fn normalizes_declared_tags() {
        assert_eq!(normalize("fr-FR").as_deref(), Some("fr"));
        assert_eq!(normalize("EN").as_deref(), Some("en"));
        assert_eq!(normalize("deu").as_deref(), Some("de"));
        assert_eq!(normalize(" "), None);
    }
}
