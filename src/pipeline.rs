//! The pipeline stage between reading and storing: Article → cleaned text → Extraction. Pure: no
//! I/O, cannot fail, never panics.

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
