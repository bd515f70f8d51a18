//! A person's gender, as the words of the article show it: a courtesy title (Mrs Ardern, M.
//! Dupont), a noun of kin, rank or trade (the spokeswoman, Queen), a French article before a role
//! (la ministre Florence Parly); else as their first name does, when nearly all who bear it are of
//! one gender (`ontology/first-names.tsv`: Hillary Clinton). A pronoun never refers back to a
//! person of the other gender.

use super::super::lexicon::{lower, Lexicon};
use super::super::words::{Marks, W};
use super::super::EntityKind;
use super::{Ctx, MentionKind, Registry};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Feminine,
    Masculine,
}

/// The gender of a token's word, if it has one.
pub fn gender_of(m: Marks) -> Option<Gender> {
    if m.any(W::Feminine) {
        Some(Gender::Feminine)
    } else if m.any(W::Masculine) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// The gender of person `e`: as the article shows it (Mrs, la ministre), else as the first name
/// of its label does.
pub fn person_gender(lex: &Lexicon, reg: &Registry, e: usize) -> Option<Gender> {
    let shown = reg.genders.get(&e).copied();
    shown.or_else(|| first_name_gender(lex, &reg.entities.get(e)?.label))
}

/// The gender a person's full name `label` shows by its first name (Hillary Clinton: feminine), if
/// nearly all who bear that name are of one gender; none for a name of one word (Clinton).
pub fn first_name_gender(lex: &Lexicon, label: &str) -> Option<Gender> {
    let mut words = label.split_whitespace();
    let (first, _) = (words.next()?, words.next()?);
    lex.first_name_genders.get(first).map(|&feminine| {
        if feminine {
            Gender::Feminine
        } else {
            Gender::Masculine
        }
    })
}

/// The gender of a token's word in the article's language (the English kin noun "son" is no
/// gender of the French possessive « son »).
pub fn gender_in_language(m: Marks) -> Option<Gender> {
    if m.is(W::Feminine) {
        Some(Gender::Feminine)
    } else if m.is(W::Masculine) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// Notes the gender a word that opens the words before the name of a person mentioned from `a`
/// shows (Mrs Ardern, la ministre Florence Parly, First Lady X; not « le porte-parole de
/// la Maison Blanche Sean Spicer »: the words inside a role phrase are not the person's).
pub(super) fn note_before_name(
    c: &mut Ctx<'_>,
    kind: &MentionKind,
    (a, b): (usize, usize),
    name: Option<(usize, usize)>,
) {
    let (&MentionKind::Entity(e), Some((x, _))) = (kind, name) else {
        return;
    };
    if c.reg.entities[e].kind != EntityKind::Person {
        return;
    }
    let opening = a.saturating_sub(1).max(c.w.from)..(a + 2).min(x);
    // (a possessive shows the owner's gender, not the person's: her husband X, his wife Y)
    if let Some(g) = opening
        .into_iter()
        .filter(|&k| !c.m(k).any(W::Possessive))
        .find_map(|k| gender_of(c.m(k)))
        .or_else(|| in_apposition(c, b))
    {
        c.reg.note_gender(e, g);
    }
}

/// The gender an apposition right after a person's name at `b` shows: a noun of a gender (Jane
/// Holt, a spokeswoman, …) or the article of a role (Mickaël Mansé, un porte-parole du mouvement,
/// …; not « X, la veille, … »).
fn in_apposition(c: &Ctx<'_>, b: usize) -> Option<Gender> {
    if b + 2 >= c.w.to || c.tok(b).norm != "," {
        return None;
    }
    let article = c.m(b + 1).any(W::Determiner) || c.m(b + 1).any(W::Indefinite);
    let noun = b + 1 + usize::from(article);
    // (no pronoun: "Trump, she said, was wrong")
    let m = c.m(noun);
    let pronoun = m.any(W::Pronoun) || m.any(W::ObjectPronoun) || m.any(W::Determiner);
    if let Some(g) = gender_of(m).filter(|_| !pronoun) {
        return Some(g);
    }
    let roles = c.lex.words.phrases.roles(c.lang);
    let role = roles.longest_at(c.w.toks, noun, lower).is_some();
    (article && role).then(|| gender_of(c.m(b + 1))).flatten()
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_first_name_shows_the_gender_the_article_does_not() {
        for (lang, text) in [
            ("en", "Paul Okoro met Jane Holt on Monday. She said the talks went well."),
            (
                "fr",
                "Paul Okoro a rencontré Jane Holt lundi. Elle a déclaré que les discussions s'étaient bien passées.",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.speaker, "Jane Holt", "{text}");
        }
        // … what the article shows comes first (Andrea is mostly a woman's name in the data)
        let s = one(
            "en",
            SAT,
            "Andrea Rossi, a spokesman for the ministry, met Jane Holt on Monday. Then Jane Holt left. He said the talks went well.",
        );
        assert_eq!(s.speaker, "Andrea Rossi");
        // … and a possessive shows its owner's gender, not the person's (her husband X)
        let s = one(
            "en",
            SAT,
            "Mrs. Ann Cole and her husband Cary Rossi left. Then Jane Holt came. He said the talks went well.",
        );
        assert_eq!(s.speaker, "Cary Rossi");
        // … and a name of one word, or a first name both men and women bear, shows none
        let lex = crate::extract::lexicon::Lexicon::builtin();
        assert_eq!(super::first_name_gender(&lex, "Clinton"), None);
        assert_eq!(super::first_name_gender(&lex, "Kim Smith"), None);
        assert_eq!(
            super::first_name_gender(&lex, "Hillary Clinton"),
            Some(super::Gender::Feminine)
        );
    }
}
