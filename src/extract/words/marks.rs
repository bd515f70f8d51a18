//! The word classes of one token: bit sets, as written and in lower case, in the article's
//! language and in any.

use super::{ClassBits, W};

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

pub(super) fn bit(w: W) -> ClassBits {
    1 << (w as u32)
}

impl Marks {
    /// In the article's language, the token in lower case.
    pub fn is(&self, w: W) -> bool {
        self.low.lang & bit(w) != 0
    }

    /// In any language, the token in lower case.
    pub fn any(&self, w: W) -> bool {
        self.low.any & bit(w) != 0
    }

    /// In any of the classes `ws`, in any language, the token in lower case.
    pub fn any_of(&self, ws: &[W]) -> bool {
        ws.iter().any(|&w| self.any(w))
    }

    /// In any language, the token as written.
    pub fn any_norm(&self, w: W) -> bool {
        self.norm.any & bit(w) != 0
    }

    /// In the article's language, the token as written.
    pub fn is_norm(&self, w: W) -> bool {
        self.norm.lang & bit(w) != 0
    }
}
