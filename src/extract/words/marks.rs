//! The word classes of one token: bit sets, as written and in lower case, in the article's
//! language and in any.

use super::super::tokens::Token;
use super::W;

/// How many 64-bit words hold the classes' bits.
const WORDS: usize = 3;

/// One bit per class of [`W`] (up to 192 classes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ClassBits([u64; WORDS]);

impl ClassBits {
    /// The set of the one class `w`.
    pub(super) fn of(w: W) -> ClassBits {
        let mut b = ClassBits::default();
        b.add(w);
        b
    }

    pub(super) fn add(&mut self, w: W) {
        let i = w as usize;
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub(super) fn has(self, w: W) -> bool {
        let i = w as usize;
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

// every class has its bit
const _: () = assert!(W::ALL.len() <= WORDS * 64);

/// Bits of the classes a form belongs to: in one language, and in any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Bits {
    pub(super) lang: ClassBits,
    pub(super) any: ClassBits,
}

/// The classes a token belongs to, as written and in lower case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub(super) norm: Bits,
    pub(super) low: Bits,
}

impl Marks {
    /// In the article's language, the token in lower case.
    pub fn is(&self, w: W) -> bool {
        self.low.lang.has(w)
    }

    /// In any language, the token in lower case.
    pub fn any(&self, w: W) -> bool {
        self.low.any.has(w)
    }

    /// In any of the classes `ws`, in any language, the token in lower case.
    pub fn any_of(&self, ws: &[W]) -> bool {
        ws.iter().any(|&w| self.any(w))
    }

    /// In any of the classes `ws`, in the article's language, the token in lower case.
    pub fn is_one_of(&self, ws: &[W]) -> bool {
        ws.iter().any(|&w| self.is(w))
    }

    /// In any language, the token as written.
    pub fn any_norm(&self, w: W) -> bool {
        self.norm.any.has(w)
    }

    /// In the article's language, the token as written.
    pub fn is_norm(&self, w: W) -> bool {
        self.norm.lang.has(w)
    }
}

/// How many letters an acronym read as written may have (UN, WHO; not NOTE: at the head of a
/// wire's note).
const ACRONYM_LETTERS: usize = 3;

/// Whether token `k` is an acronym: a word of two or three capitals among words that are not
/// (the UN said; not a headline in capitals).
pub(super) fn acronym(toks: &[Token], k: usize) -> bool {
    let capitals = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.norm.chars().count() >= 2 && t.norm.chars().all(char::is_uppercase))
    };
    let short = (2..=ACRONYM_LETTERS).contains(&toks[k].norm.chars().count());
    capitals(k) && short && !(k > 0 && capitals(k - 1)) && !capitals(k + 1)
}
