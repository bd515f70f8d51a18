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
