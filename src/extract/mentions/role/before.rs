//! What stands before a role noun and belongs to its phrase: the article, a country or a place
//! that qualifies it (the Russian president, Ohio's governor), the name of its owner (the GOP
//! candidate, Obama's spokesman, a Treasury spokesman), words that describe it (the longtime
//! senator, the Republican presidential candidate).

use super::super::super::lexicon::{CountryHow, Gaz};
use super::super::super::words::{Setting, W};
use super::{Ctx, MentionKind};

/// "the Russian president", "the Florida senator": the article before a country adjective or a
/// place right before the role at `i`, and that country.
pub(super) fn qualifier_before(c: &Ctx<'_>, i: usize) -> Option<(usize, usize)> {
    let from = c.w.from;
    // (over the words in lower case that name its field: Pakistan's army chief)
    let i = field_before(c, i);
    // "Russia's foreign minister", "Ohio's governor": a country or a place with its genitive
    if i >= from + 2 && c.m(i - 1).any(W::Genitive) {
        let owner = (i.saturating_sub(4).max(from)..i - 1).find_map(|k| {
            let place = c.place_at(k).filter(|&(n, _)| k + n == i - 1);
            let country = match c.gazetteer_at(k) {
                Some((n, Gaz::Country(x, CountryHow::Name))) if k + n == i - 1 => Some((n, *x)),
                _ => None,
            };
            place.or(country).map(|(_, x)| x)
        });
        // (the role starts at the genitive: the owner keeps its mention, evidence of the
        // article's country)
        if let Some(x) = owner {
            return Some((i - 1, x));
        }
    }
    let (at, country) = (i.saturating_sub(3).max(from)..i).find_map(|k| {
        let place = c.place_at(k).filter(|&(n, _)| k + n == i);
        let nationality = c.nationality_at(k).filter(|&(n, _)| k + n == i);
        place.or(nationality).map(|(_, x)| (k, x))
    })?;
    definite_before(c, at).map(|det| (det, country))
}

/// How many words in lower case may name the field of a role between its owner and its noun
/// (the EU's foreign policy chief).
const FIELD_WORDS: usize = 2;

/// Where the words that name the field of the role at `i` start, after a genitive (Pakistan's
/// army chief, the EU's foreign policy chief): `i` when there are none.
fn field_before(c: &Ctx<'_>, i: usize) -> usize {
    // (not "as": Clinton's tenure as secretary of state)
    let field =
        |k: usize| describes(c, k) && !c.tok(k).is_capitalized() && !c.m(k).any(W::NamingLink);
    let mut j = i;
    while j > c.w.from + 2 && i - j < FIELD_WORDS && field(j - 1) {
        j -= 1;
        if c.m(j - 1).any_norm(W::Genitive) {
            return j;
        }
    }
    i
}

/// How many words in lower case may stand between a definite article and what it introduces (the
/// independent Vermont senator, the former HP executive).
const DESCRIBING_WORDS: usize = 2;

/// The definite article before token `k`, right before it or over a few words in lower case that
/// describe (the longtime senator, the presumptive Republican nominee).
pub(super) fn definite_before(c: &Ctx<'_>, k: usize) -> Option<usize> {
    let words = &c.lex.words;
    if !words.on(words.lang(c.lang), Setting::DescribingWordsBefore) {
        return (k > c.w.from && c.m(k - 1).is(W::Definite)).then(|| k - 1);
    }
    article_over(c, k, c.w.from, DESCRIBING_WORDS + 1, false).map(|(det, _)| det)
}

/// "the Republican presidential candidate", "the Senate minority leader", "the Independent
/// Vermont senator": the definite article before the role at `i` over capitalised words that no
/// rule took as a name (at least one) and words in lower case that describe it.
pub(super) fn capitalised_before(c: &Ctx<'_>, i: usize) -> Option<usize> {
    let words = &c.lex.words;
    if !words.on(words.lang(c.lang), Setting::DescribingWordsBefore) {
        return None;
    }
    let taken = c.out.last().map_or(c.w.from, |m| m.end.max(c.w.from));
    article_over(c, i, taken, DESCRIBING_WORDS + CAPITALISED_WORDS, true)
        .and_then(|(det, capitals)| (capitals > 0).then_some(det))
}

/// The definite article before token `k` over at most `reach` words that describe, in lower case
/// or, where `capitals`, capitalised (no function word, determiner, conjunction, preposition,
/// auxiliary or pronoun), not before `floor`; and how many of them were capitalised.
fn article_over(
    c: &Ctx<'_>,
    k: usize,
    floor: usize,
    reach: usize,
    capitals: bool,
) -> Option<(usize, usize)> {
    let (mut j, mut capitalised) = (k, 0);
    while j > floor && k - j < reach {
        let m = c.m(j - 1);
        if m.is(W::Definite) {
            return Some((j - 1, capitalised));
        }
        let capital = c.tok(j - 1).is_capitalized();
        if !describes(c, j - 1) || capital && !capitals {
            return None;
        }
        capitalised += usize::from(capital);
        j -= 1;
    }
    None
}

/// Whether token `k` is a word that may describe a role before it: no function word,
/// determiner, conjunction, preposition, auxiliary or pronoun.
fn describes(c: &Ctx<'_>, k: usize) -> bool {
    let closed = [
        W::Determiner,
        W::And,
        W::Of,
        W::Preposition,
        W::Aux,
        W::Pronoun,
    ];
    c.tok(k).is_word() && !c.m(k).any_norm(W::Function) && !c.m(k).any_of(&closed)
}

/// "Democratic vice presidential nominee Tim Kaine", "Republican Senate candidate X": the
/// party's word that opens a named holder's role with no article, over words in lower case that
/// describe the role: where the role's words start, so that the office keeps its party.
pub(super) fn party_before(c: &Ctx<'_>, i: usize) -> Option<usize> {
    let mut j = i;
    while j > c.w.from
        && i - j < DESCRIBING_WORDS
        && !c.tok(j - 1).is_capitalized()
        && describes(c, j - 1)
    {
        j -= 1;
    }
    (j > c.w.from && c.tok(j - 1).is_capitalized() && c.m(j - 1).any(W::PartyMember)).then(|| j - 1)
}

/// How many capitalised words may qualify a role after its article (the Independent Vermont …).
const CAPITALISED_WORDS: usize = 3;

/// "the GOP candidate", "the Sanders aide", "the GOP presidential candidate": the definite
/// article before the name (over one adjective) that qualifies the role at `i`; "Obama's
/// spokesman": the name of the genitive.
pub(super) fn owner_before(c: &Ctx<'_>, i: usize) -> Option<usize> {
    let words = &c.lex.words;
    if !words.on(words.lang(c.lang), Setting::NameQualifiesNoun) {
        return None;
    }
    let m = c.out.last()?;
    // (over the words in lower case that name its field: the EU's foreign policy chief)
    let i = if m.end < i && c.m(i - 1).any_norm(W::Genitive) {
        i
    } else {
        field_before(c, i)
    };
    let adjective = m.end + 1 == i && {
        let t = c.tok(i - 1);
        let m = c.m(i - 1);
        let closed = m.any_of(&[W::Determiner, W::And, W::Of, W::Preposition, W::Aux]);
        t.is_word() && !t.is_capitalized() && !m.any_norm(W::Function) && !closed
    };
    // (a genitive: Obama's spokesman, Google's chief executive; the phrase starts at the name)
    let genitive = m.end + 1 == i && c.m(i - 1).any_norm(W::Genitive);
    if !matches!(m.kind, MentionKind::Entity(_)) || !(m.end == i || adjective || genitive) {
        return None;
    }
    if genitive {
        return Some(m.start);
    }
    if c.m(m.start).is(W::Definite) {
        Some(m.start)
    } else {
        definite_before(c, m.start)
    }
}

/// How many words may name the body a spokesperson speaks for (a Justice Department spokeswoman).
const BODY_WORDS: usize = 4;

/// "a Treasury spokesman", "a police spokeswoman": the article (definite or not) before the
/// words that name the body the spokesperson at `i` speaks for, capitalised words or the name of
/// a state's institution, where no mention of an entity stands there.
pub(super) fn body_before(c: &Ctx<'_>, i: usize) -> Option<usize> {
    let words = &c.lex.words;
    if !words.on(words.lang(c.lang), Setting::NameQualifiesNoun) {
        return None;
    }
    let from = c.w.from;
    let mut j = i;
    // (the body named just before: an FBI spokesman)
    if let Some(m) = c.out.last().filter(|m| m.end == i) {
        if !matches!(m.kind, MentionKind::Entity(_)) {
            return None;
        }
        j = m.start;
    }
    while j > from && i - j < BODY_WORDS {
        let k = j - 1;
        let body_word = c.is_name_token(k) || c.m(k).is(W::State);
        if !body_word || c.out.last().is_some_and(|m| m.end > k) {
            break;
        }
        j = k;
    }
    let det = j.checked_sub(1)?;
    (j < i && det >= from && (c.m(det).is(W::Definite) || c.m(det).is(W::Indefinite)))
        .then_some(det)
}
