//! Checks for the fuzz targets (`fuzz/`) and the property tests: an input goes through reading, the
//! pipeline and the RDF mapping, and every output must hold what the rest of Parley relies on. Sits
//! above `pipeline` and `rdf`, so that neither needs the other.

use crate::article::Article;
use crate::pipeline::process;

/// Reads `bytes` as `format`, runs every article through the pipeline and the RDF mapping, and
/// checks what every output must satisfy: offsets inside the text and on character boundaries, the
/// same extraction on a second run. Panics when one is broken: for the fuzz targets (`fuzz/`) and
/// the property tests.
pub fn exercise(bytes: &[u8], format: crate::article::Format) {
    use crate::article::{self, ReadOptions};
    let opts = ReadOptions::default();
    let articles = article::read_from(
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        format,
        "fuzz".into(),
        &opts,
    );
    for a in articles.flatten() {
        exercise_article(a);
    }
}

/// The checks of [`exercise`] on one article.
pub fn exercise_article(article: Article) {
    let iris = crate::rdf::ids::ArticleIris::new(&article);
    let again = process(article.clone());
    let p = process(article);
    assert_eq!(
        p.extraction, again.extraction,
        "extraction is deterministic"
    );
    let text = &p.article.text;
    let inside = |s: &crate::text::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for s in &p.extraction.statements {
        assert!(inside(&s.span) && inside(&s.speaker_span), "{s:?}");
    }
    for e in &p.extraction.entities {
        for m in &e.mentions {
            assert!(inside(m), "{m:?}");
        }
    }
    let _ = crate::rdf::mapping::article_quads(&p, &iris);
}
