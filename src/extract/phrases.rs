//! Phrases (token sequences) indexed by their first token, so that matching a text is one hash
//! look-up per token: the gazetteer, the cues, the multi-word classes and the places of the
//! lexicon.

use rustc_hash::FxHashMap as HashMap;

use super::tokens::Token;

/// Phrases (token sequences) indexed by their first token.
#[derive(Debug, Clone)]
pub struct PhraseIndex<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
    /// How many tokens the longest phrase has.
    longest: usize,
}

impl<T> Default for PhraseIndex<T> {
    fn default() -> Self {
        PhraseIndex {
            by_first: HashMap::default(),
            longest: 0,
        }
    }
}

/// A token as written (apostrophes folded), for [`PhraseIndex::longest_at`].
pub fn exact(t: &Token) -> &str {
    &t.norm
}

/// A token in lower case, for [`PhraseIndex::longest_at`].
pub fn lower(t: &Token) -> &str {
    t.lower()
}

impl<T: Clone> PhraseIndex<T> {
    pub fn insert(&mut self, tokens: Vec<String>, value: T) {
        let Some(first) = tokens.first().cloned() else {
            return;
        };
        let list = self.by_first.entry(first).or_default();
        if list.iter().any(|(t, _)| *t == tokens) {
            return; // first entry wins
        }
        self.longest = self.longest.max(tokens.len());
        list.push((tokens, value));
        list.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    }

    /// Whether `words` (in lower case) are a phrase of the index, its words compared in lower
    /// case (its first word as written in lower case or capitalised).
    pub fn has_lowered(&self, words: &[String]) -> bool {
        let Some(first) = words.first() else {
            return false;
        };
        let mut upper = first.chars();
        let capitalised: String = upper
            .next()
            .map(|ch| ch.to_uppercase().chain(upper).collect())
            .unwrap_or_default();
        [first.as_str(), capitalised.as_str()]
            .iter()
            .filter_map(|f| self.by_first.get(*f))
            .flatten()
            .any(|(phrase, _)| {
                phrase.len() == words.len()
                    && phrase
                        .iter()
                        .zip(words)
                        .all(|(p, w)| p.to_lowercase() == *w)
            })
    }

    /// How many tokens the longest phrase has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The longest phrase starting at token `i`, compared through `key` ([`exact`] or [`lower`]).
    pub fn longest_at(
        &self,
        toks: &[Token],
        i: usize,
        key: impl Fn(&Token) -> &str,
    ) -> Option<(usize, &T)> {
        let first = key(toks.get(i)?);
        let list = self.by_first.get(first)?;
        'phrases: for (phrase, value) in list {
            if i + phrase.len() > toks.len() {
                continue;
            }
            for (k, p) in phrase.iter().enumerate().skip(1) {
                if key(&toks[i + k]) != p.as_str() {
                    continue 'phrases;
                }
            }
            return Some((phrase.len(), value));
        }
        None
    }

    /// Like [`Self::longest_at`] over `toks[i..limit]`, with the first token compared in lower
    /// case (a capitalised role at the start of a sentence: Le président).
    pub fn longest_at_first_lowered(
        &self,
        toks: &[Token],
        i: usize,
        limit: usize,
        key: impl Fn(&Token) -> &str,
    ) -> Option<(usize, &T)> {
        let list = self.by_first.get(toks.get(i)?.lower())?;
        let toks = &toks[..limit.min(toks.len())];
        list.iter()
            .find(|(phrase, _)| {
                i + phrase.len() <= toks.len()
                    && phrase
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(k, p)| key(&toks[i + k]) == p.as_str())
            })
            .map(|(phrase, value)| (phrase.len(), value))
    }

    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;
    use crate::text::Span;

    #[test]
    fn the_index_knows_its_longest_phrase_and_matches_the_longest_first() {
        let mut ix = PhraseIndex::default();
        assert_eq!(ix.longest(), 0);
        ix.insert(vec!["de".into(), "son".into(), "côté".into()], 1);
        ix.insert(vec!["de".into()], 2);
        assert_eq!(ix.longest(), 3);
        let text = "de son côté";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert_eq!(ix.longest_at(&toks, 0, lower), Some((3, &1)));
    }
}
