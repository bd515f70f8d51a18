//! Bodies whose name holds more than a head and its complement: the office of a role after its
//! genitive (the Harris County Sheriff's Office) and names joined by "and" (the Organization for
//! Economic Cooperation and Development).

use super::super::super::lexicon::Gaz;
use super::super::super::words::W;
use super::super::super::EntityKind;
use super::super::{Ctx, MentionKind};

/// Where a capitalised body's name whose head ends at `last` and complement at `after` ends: it
/// goes on over "and" and names that name no one of their own (the Organization for Economic
/// Cooperation and Development; not the Center for Biological Diversity and Center for Food
/// Safety, the Federation of Teachers and the AFL-CIO, the University of Miami and Chris Fallows,
/// the University of Chicago and Professor Knittel).
pub(super) fn over_and(c: &Ctx<'_>, i: usize, last: usize, after: usize) -> usize {
    if after <= last + 1 || !c.tok(i).is_capitalized() {
        return after;
    }
    let more = super::super::names::organisation_name_end(c, after);
    let own = |k: usize| {
        c.m(k).any_norm(W::Orghead)
            || c.m(k).any(W::Determiner)
            || c.is_first_name(k)
            || super::super::acronyms::acronym_like(&c.tok(k).norm)
            || c.gazetteer_at(k).is_some()
            || c.reg.surname(&c.tok(k).norm).is_some()
            || c.holds_role(k, k + 1)
    };
    if !(after..more).any(own) {
        more
    } else {
        after
    }
}

/// "the Los Angeles County Sheriff's Office", "the Attorney General's Office": a capitalised head
/// after a genitive is the office of the capitalised name or role before it, one organisation
/// whose name holds them (their mentions are dropped), of the country a place in it names.
pub(super) fn owner_before(c: &mut Ctx<'_>, i: usize) -> Option<(usize, Option<usize>)> {
    let from = c.w.from;
    // (or the apostrophe of a plural's: the Catholic Bishops' Conference)
    let plural_genitive = |k: usize| {
        matches!(c.tok(k).norm.as_str(), "'" | "’")
            && c.tok(k).span.start == c.tok(k - 1).span.end
            && c.tok(k - 1).norm.ends_with('s')
    };
    let genitive = i >= from + 2 && (c.m(i - 1).any(W::Genitive) || plural_genitive(i - 1));
    if !c.tok(i).is_capitalized() || !genitive {
        return None;
    }
    let mut start = i - 1;
    while start > from && c.is_name_token(start - 1) {
        start -= 1;
    }
    // (the owner is a role or a noun: the Sheriff's, the Coroner's, People's; not a name, whose
    // body it is: Obama's Cabinet, Ohio's Senate, Columbia University's Institute, Today's)
    let owner = i - 2;
    let word = &c.tok(owner).norm;
    let named = |k: usize| {
        let ends = |n: usize| k + n == i - 1;
        c.gazetteer_at(k).is_some_and(|(n, _)| ends(n))
            || c.place_at(k).is_some_and(|(n, _)| ends(n))
    };
    // (a person named before, or with a first name: Karl Rove's PAC)
    let person = c
        .reg
        .surname(word)
        .is_some_and(|e| !c.reg.entities[e].mentions.is_empty());
    let name = person
        || c.lex.first_names.contains(&c.tok(start).norm)
        || super::super::acronyms::acronym_like(word)
        || c.lex.calendar.is_date_word(c.low(owner))
        || c.m(owner).any_norm(W::Orghead)
        || (start..=owner).any(named);
    if start == i - 1 || name {
        return None;
    }
    // (a country named in it still says where the article is, as its mention did)
    while let Some(m) = c.out.pop_if(|m| m.start >= start) {
        if let MentionKind::Entity(e) = m.kind {
            if c.reg.entities[e].kind == EntityKind::Country {
                c.reg.count_name(e);
            }
        }
    }
    let country = (start..i - 1).find_map(|k| match c.gazetteer_at(k) {
        Some((_, Gaz::Country(x, _))) => Some(*x),
        _ => c.place_at(k).map(|(_, x)| x),
    });
    Some((start, country))
}
