//! The pipeline stage between reading and storing: Article → cleaned text → Extraction. Pure: no
//! I/O, cannot fail, never panics. Batches are processed in parallel (rayon) and come back in their
//! input order, so the output never depends on the number of threads.

use rayon::prelude::*;

use crate::article::Article;
use crate::extract::lexicon::Lexicon;
use crate::extract::{self, Extraction};
use crate::text::{self, Cleaned};

/// An article with what the pipeline made of it.
#[derive(Debug, Clone)]
pub struct Processed {
    pub article: Article,
    pub cleaned: Cleaned,
    pub extraction: Extraction,
}

/// Processes an article with the built-in lexicon.
pub fn process(article: Article) -> Processed {
    process_with(article, &Lexicon::builtin())
}

/// Processes an article with a given lexicon.
pub fn process_with(article: Article, lexicon: &Lexicon) -> Processed {
    let cleaned = text::clean(&article.text, article.title.as_deref());
    let extraction = extract::extract_with(&article, &cleaned, lexicon);
    Processed {
        article,
        cleaned,
        extraction,
    }
}

/// Applies `f` to every item of a batch on the current rayon pool; the results keep the batch's
/// order.
pub fn par_map<T: Send, R: Send>(batch: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    batch.into_par_iter().map(f).collect()
}

/// A rayon pool of `threads` threads (every core when `None`).
pub fn pool(threads: Option<usize>) -> Result<rayon::ThreadPool, rayon::ThreadPoolBuildError> {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        b = b.num_threads(n.max(1));
    }
    b.thread_name(|i| format!("parley-extract-{i}")).build()
}

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
