//! Where a chain of capitalised words goes on past them, or stops short of them: a nickname in
//! quotation marks inside a person's name (Robert C. "Bobby" Scott), a title written in capitals
//! after a known person's name (Hillary Clinton Put On The Defensive), and a shouted phrase of
//! words in capitals (HE'S BEEN CALLED OUT), which holds no name.

use super::super::tokens::TokKind;
use super::super::words::W;
use super::Ctx;

/// How many words in capitals in a row make a shouted phrase rather than acronyms.
const CAPITALS_RUN: usize = 3;

impl Ctx<'_> {
    /// Whether token `k` is a word in capitals among at least [`CAPITALS_RUN`] words in
    /// capitals in a row, one of four letters or more (not a word of one letter: A USA TODAY
    /// poll).
    pub(super) fn in_capitals_run(&self, k: usize) -> bool {
        let caps = |j: usize| {
            let t = self.tok(j);
            t.is_word()
                && t.norm.chars().count() > 1
                && t.norm.chars().any(char::is_alphabetic)
                && !t.norm.chars().any(char::is_lowercase)
        };
        if !caps(k) {
            return false;
        }
        let (from, to) = (self.w.from, self.w.to);
        let start = (from..=k)
            .rev()
            .take_while(|&j| caps(j))
            .last()
            .unwrap_or(k);
        let end = (k..to).take_while(|&j| caps(j)).last().unwrap_or(k) + 1;
        end - start >= CAPITALS_RUN && (start..end).any(|j| self.tok(j).norm.chars().count() >= 4)
    }
}

/// How far from a name chain a capitalised function word shows a title in capitals.
const TITLE_REACH: usize = 2;

/// Whether the name chain `i..end` is in a title written in capitals: a capitalised function
/// word inside a sentence right before it or right after it (Hillary Clinton Put On The
/// Defensive, Donald Trump And Marco Rubio Miss The Mark, "Cape Breton If Donald Trump Wins").
pub(super) fn title_case(c: &Ctx<'_>, i: usize, end: usize) -> bool {
    let function = |k: usize| {
        k > c.w.from && k < c.w.to && c.tok(k).is_capitalized() && c.m(k).is_norm(W::Function)
    };
    (i.saturating_sub(TITLE_REACH)..i).any(function) || (end..end + TITLE_REACH).any(function)
}

/// A nickname in quotation marks between a first name or an initial and the rest of the name
/// (Robert C. "Bobby" Scott, Juan "Chico" Manriquez): the quotation at `j` of one
/// capitalised word belongs to the chain opened at `i`.
pub(super) fn nickname_at(c: &Ctx<'_>, i: usize, j: usize, end: usize) -> bool {
    let quote = |k: usize| c.tok(k).kind == TokKind::Quote;
    j > i
        && j + 3 < end
        && quote(j)
        && c.tok(j + 1).is_word()
        && c.tok(j + 1).is_capitalized()
        && quote(j + 2)
        && c.is_name_token(j + 3)
        && (c.names_first(j - 1) || initial(c, j - 1))
}

/// Whether token `k` is an initial: one letter, with or without its dot (Marc E. Elias).
pub(super) fn initial(c: &Ctx<'_>, k: usize) -> bool {
    c.tok(k).norm.trim_end_matches('.').chars().count() == 1
}
