//! Phrases (token sequences) indexed by their first token, so that matching a text is one hash
//! look-up per token: the gazetteer, the cues, the multi-word classes and the places of the
//! lexicon.

use rustc_hash::FxHashMap as HashMap;

use super::tokens::Token;

/// Phrases (token sequences) indexed by their first token, then by their second: a token that
/// opens many phrases (de, the, ministre, a common first name) is matched by hash look-ups, not
/// by comparing each phrase.
#[derive(Debug, Clone)]
pub struct PhraseIndex<T> {
    by_first: HashMap<String, Bucket<T>>,
    /// How many tokens the longest phrase has.
    longest: usize,
}

/// The phrases that open with one token: that token alone, and the longer ones by their second
/// token, the longest first.
#[derive(Debug, Clone)]
struct Bucket<T> {
    one: Option<T>,
    by_second: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for Bucket<T> {
    fn default() -> Self {
        Bucket {
            one: None,
            by_second: HashMap::default(),
        }
    }
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
        let (Some(first), second) = (tokens.first().cloned(), tokens.get(1).cloned()) else {
            return;
        };
        let bucket = self.by_first.entry(first).or_default();
        let Some(second) = second else {
            // (the first entry wins)
            if bucket.one.is_none() {
                bucket.one = Some(value);
                self.longest = self.longest.max(1);
            }
            return;
        };
        let list = bucket.by_second.entry(second).or_default();
        if list.iter().any(|(t, _)| *t == tokens) {
            return;
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
            .any(|bucket| {
                if words.len() == 1 {
                    return bucket.one.is_some();
                }
                bucket.by_second.values().flatten().any(|(phrase, _)| {
                    phrase.len() == words.len()
                        && phrase
                            .iter()
                            .zip(words)
                            .all(|(p, w)| p.to_lowercase() == *w)
                })
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
        let bucket = self.by_first.get(key(toks.get(i)?))?;
        Self::in_bucket(bucket, toks, i, &key)
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
        let bucket = self.by_first.get(toks.get(i)?.lower())?;
        Self::in_bucket(bucket, &toks[..limit.min(toks.len())], i, &key)
    }

    /// Whether a phrase of two tokens or more opens with `toks[i]`.
    fn opens_longer(&self, toks: &[Token], i: usize, key: impl Fn(&Token) -> &str) -> bool {
        toks.get(i)
            .and_then(|t| self.by_first.get(key(t)))
            .is_some_and(|b| !b.by_second.is_empty())
    }

    /// A phrase of two tokens or more whose first token is `toks[i]` and whose others follow one
    /// or two tokens for which `gap` holds (« met également en avant »), before `to`: the number
    /// of tokens from `i` to its end, and its value.
    pub fn split_after(
        &self,
        toks: &[Token],
        (i, to): (usize, usize),
        gap: impl Fn(usize) -> bool,
        key: impl Fn(&Token) -> &str,
    ) -> Option<(usize, &T)> {
        if !self.opens_longer(toks, i, &key) {
            return None;
        }
        let j = (i + 1..(i + 4).min(to)).find(|&k| !gap(k))?;
        (j > i + 1).then(|| self.split_at(toks, (i, j), key))?
    }

    /// A phrase of two tokens or more whose first token is `toks[i]` and whose others start at
    /// `j` (words between them stand outside it): the number of tokens from `i` to its end, and
    /// its value.
    fn split_at(
        &self,
        toks: &[Token],
        (i, j): (usize, usize),
        key: impl Fn(&Token) -> &str,
    ) -> Option<(usize, &T)> {
        let bucket = self.by_first.get(key(toks.get(i)?))?;
        let list = bucket.by_second.get(key(toks.get(j)?))?;
        list.iter()
            .find(|(phrase, _)| {
                j + phrase.len() - 1 <= toks.len()
                    && phrase[1..]
                        .iter()
                        .zip(&toks[j..])
                        .all(|(p, t)| key(t) == p.as_str())
            })
            .map(|(phrase, value)| (j + phrase.len() - 1 - i, value))
    }

    /// The longest phrase of `bucket` (whose first token is `toks[i]`) at `i`.
    fn in_bucket<'b>(
        bucket: &'b Bucket<T>,
        toks: &[Token],
        i: usize,
        key: &impl Fn(&Token) -> &str,
    ) -> Option<(usize, &'b T)> {
        let longer = toks
            .get(i + 1)
            .and_then(|second| bucket.by_second.get(key(second)))
            .and_then(|list| {
                list.iter().find(|(phrase, _)| {
                    i + phrase.len() <= toks.len()
                        && phrase
                            .iter()
                            .enumerate()
                            .skip(2)
                            .all(|(k, p)| key(&toks[i + k]) == p.as_str())
                })
            })
            .map(|(phrase, value)| (phrase.len(), value));
        longer.or_else(|| bucket.one.as_ref().map(|value| (1, value)))
    }

    pub fn len(&self) -> usize {
        self.by_first
            .values()
            .map(|b| {
                usize::from(b.one.is_some()) + b.by_second.values().map(Vec::len).sum::<usize>()
            })
            .sum()
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

    #[test]
    fn phrases_sharing_a_first_token_are_told_apart_by_the_next_ones() {
        let mut ix = PhraseIndex::default();
        let words = |s: &str| {
            let toks = tokenize(s, Span::new(0, s.len()));
            toks.iter().map(|t| t.norm.clone()).collect::<Vec<_>>()
        };
        ix.insert(words("ministre de l'Intérieur"), 1);
        ix.insert(words("ministre de la Justice"), 2);
        ix.insert(words("ministre des Armées"), 3);
        ix.insert(words("ministre"), 4);
        // (the first entry of a phrase wins)
        ix.insert(words("ministre des Armées"), 5);
        assert_eq!((ix.len(), ix.longest()), (4, 4));
        assert_eq!(words("ministre de l'Intérieur").len(), 4);
        for (text, want) in [
            ("ministre de la Justice", Some((4, &2))),
            ("ministre des Armées", Some((3, &3))),
            ("ministre de l'Intérieur", Some((4, &1))),
            // a longer phrase that does not go on falls back to the word alone
            ("ministre de la Culture", Some((1, &4))),
            ("ministre", Some((1, &4))),
            ("président", None),
        ] {
            let toks = tokenize(text, Span::new(0, text.len()));
            assert_eq!(ix.longest_at(&toks, 0, exact), want, "{text}");
        }
        // the first token in lower case, within a limit
        let text = "Ministre de la Justice";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert_eq!(ix.longest_at(&toks, 0, exact), None);
        assert_eq!(
            ix.longest_at_first_lowered(&toks, 0, 4, exact),
            Some((4, &2))
        );
        assert_eq!(
            ix.longest_at_first_lowered(&toks, 0, 3, exact),
            Some((1, &4))
        );
        assert!(ix.has_lowered(&words("ministre de la justice")));
        assert!(!ix.has_lowered(&words("ministre de la culture")));
    }
}
