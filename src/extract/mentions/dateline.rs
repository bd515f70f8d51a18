//! The wire dateline that opens a paragraph (WASHINGTON —, PARIS (AFP) -), which names no one.

use super::super::lexicon::Gaz;
use super::Ctx;

/// How many tokens a dateline's state or agency may take (, Fla. / (Reuters)).
const DATELINE_PLACE: usize = 5;

impl Ctx<'_> {
    /// The end of a wire dateline opening the paragraph at `i`: a place in capitals, its state
    /// or country (", Fla.") or the day (", Nov. 19"), an agency in parentheses, then a dash
    /// (WASHINGTON —, PARIS (AFP) -); a place written as a name needs the agency (Washington
    /// (Reuters) -).
    pub(super) fn dateline_end(&self, i: usize) -> Option<usize> {
        let to = self.w.to;
        let word = |k: usize| {
            let t = self.tok(k);
            t.is_word() && t.norm.chars().filter(|c| c.is_alphabetic()).count() >= 3
        };
        let caps = |k: usize| word(k) && !self.tok(k).norm.chars().any(char::is_lowercase);
        let named = |k: usize| word(k) && self.tok(k).is_capitalized();
        let in_capitals = caps(i);
        if i != 0
            || !(in_capitals || named(i))
            || matches!(self.gazetteer_at(i), Some((_, Gaz::Org(_))))
        {
            return None;
        }
        let mut k = i;
        while k < to && (if in_capitals { caps(k) } else { named(k) }) {
            k += 1;
        }
        if self.low(k) == "," {
            let place = (k + 1..(k + DATELINE_PLACE).min(to))
                // its state, or the day (WASHINGTON, Dec. 8 (UPI) —)
                .take_while(|&j| {
                    let t = self.tok(j);
                    t.is_capitalized()
                        || t.norm == "."
                        || t.norm.chars().all(|c| c.is_ascii_digit())
                })
                .last()?;
            k = place + 1;
        }
        let agency = self.low(k) == "(";
        if agency {
            k = (k + 1..(k + DATELINE_PLACE).min(to)).find(|&j| self.low(j) == ")")? + 1;
        } else if !in_capitals {
            return None;
        }
        let dash = k < to && (self.tok(k).is_dash() || matches!(self.low(k), "-" | "--"));
        if dash {
            Some(k + 1)
        } else {
            (agency && in_capitals).then_some(k)
        }
    }
}
