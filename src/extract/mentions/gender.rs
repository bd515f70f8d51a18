//! A person's gender, as the words of the article show it: a courtesy title (Mrs Ardern, M.
//! Dupont), a noun of kin, rank or trade (the spokeswoman, Queen), a French article before a role
//! (la ministre Florence Parly). A pronoun never refers back to a person of the other gender.

use super::super::words::{Marks, W};
use super::super::EntityKind;
use super::{Ctx, MentionKind};

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

/// Notes the gender a word that opens the words before the name of a person mentioned from `a`
/// shows (Mrs Ardern, la ministre Florence Parly, First Lady X; not « le porte-parole de
/// la Maison Blanche Sean Spicer »: the words inside a role phrase are not the person's).
pub(super) fn note_before_name(
    c: &mut Ctx<'_>,
    kind: &MentionKind,
    a: usize,
    name: Option<(usize, usize)>,
) {
    let (&MentionKind::Entity(e), Some((x, _))) = (kind, name) else {
        return;
    };
    if c.reg.entities[e].kind != EntityKind::Person {
        return;
    }
    let opening = a.saturating_sub(1).max(c.w.from)..(a + 2).min(x);
    if let Some(g) = opening.into_iter().find_map(|k| gender_of(c.m(k))) {
        c.reg.note_gender(e, g);
    }
}
