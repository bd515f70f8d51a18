//! The pipeline stage between reading and storing: Article → cleaned text → Extraction. Pure: no
//! I/O, cannot fail, never panics.

use crate::article::Article;
use crate::extract::{self, Extraction};
use crate::text::{self, Cleaned};

/// An article with what the pipeline made of it.
#[derive(Debug, Clone)]
pub struct Processed {
    pub article: Article,
    pub cleaned: Cleaned,
    pub extraction: Extraction,
}

pub fn process(article: Article) -> Processed {
    let cleaned = text::clean(&article.text, article.title.as_deref());
    let extraction = extract::extract(&article, &cleaned);
    Processed {
        article,
        cleaned,
        extraction,
    }
}
