//! What a capitalised word alone is not: the name of no actor (a document's head, a unit, a
//! party's member), a plural noun opening an English sentence (Aides said), a place after a
//! locative preposition (researchers in Michigan said), and so is a chain of names there with no
//! first name (a shooting in San Bernardino); nor a number that opens the sentence (One Clinton
//! spokesman).

use super::super::lexicon::exact;
use super::super::words::{Setting, W};
use super::acronyms::{acronym_like, is_acronym};
use super::Ctx;

/// Whether the capitalised word at `i` names no actor: a document or a place's head, a region of
/// the world (unless the article named someone so: Marty West … West said), an acronym of a thing
/// or of a unit after its number (1639 UTC, 8 GW), a study's noun (Polls show …), a party's
/// member with no name (Republican claims, according to a Democrat familiar with …), a party's
/// letter and a state in parentheses (R-S.C.).
pub(super) fn names_no_actor(c: &Ctx<'_>, i: usize) -> bool {
    let (m, word) = (c.m(i), &c.tok(i).norm);
    let region = m.any_norm(W::WorldRegion)
        && c.reg.surname(word).is_none()
        && c.reg.org_starting_with(word).is_none();
    let unit = is_acronym(word) && i > c.w.from && c.tok(i - 1).starts_with_digit();
    // (a party's letter and a state in parentheses after a legislator's name: R-S.C., D-N.Y.)
    let party_and_state = i > c.w.from
        && c.tok(i - 1).norm == "("
        && word
            .split_once('-')
            .is_some_and(|(party, _)| party.chars().count() == 1);
    m.any_norm(W::Document)
        || party_and_state
        || m.any_norm(W::PlaceHead)
        || region
        || m.any_norm(W::ThingAcronym)
        || unit
        || m.any(W::DocumentNoun)
        || m.any(W::PartyMember)
}

/// Whether the word at `i` is a plural noun opening the sentence where the language lets one be
/// a subject without an article (Aides said, Proponents say; not Congress, Reuters' names, known
/// before this rule): a group, no name.
pub(super) fn opening_plural(c: &Ctx<'_>, i: usize) -> bool {
    if i != c.w.from {
        return false;
    }
    let words = &c.lex.words;
    let lang = words.lang(c.lang);
    let word = c.tok(i).lower();
    // (not a place's name: Texas, Brussels)
    c.plural_by_ending(i)
        && words.on(lang, Setting::BarePluralOpens)
        && word.chars().count() > 3
        && !acronym_like(&c.tok(i).norm)
        && c.place_at(i).is_none()
}

/// Whether the chain of names `toks[i..end]`, with no first name, after a locative preposition
/// names a place (a shooting in San Bernardino, a rally in Sioux City, at Mar-a-Lago in Palm
/// Beach) or a body where someone works (an analyst at Goldman Sachs): no person, unless the
/// article named one so (in Clinton, after Hillary Clinton).
pub(super) fn place_after_locative(c: &Ctx<'_>, i: usize, end: usize) -> bool {
    after_locative(c, i) && c.reg.surname(&c.tok(end - 1).norm).is_none()
}

/// Whether a locative preposition stands right before token `i`, over an article (researchers at
/// a university in Michigan said, dans le Michigan): where the subject is, not who it is.
pub(super) fn after_locative(c: &Ctx<'_>, i: usize) -> bool {
    let k = i - usize::from(i > c.w.from && c.m(i - 1).any(W::Determiner));
    k > c.w.from && c.m(k - 1).any(W::Locative)
}

/// "One Clinton spokesman said", "Three Republican senators": a number written with a capital
/// before names that qualify a role or a plural noun in lower case counts them, no part of a name
/// (not One Nation said).
pub(super) fn counts_the_nouns_after(c: &Ctx<'_>, i: usize) -> bool {
    if !c.m(i).is(W::CountWord) || i + 1 >= c.w.to || !c.is_name_token(i + 1) {
        return false;
    }
    let end = c.name_chain(i + 1, c.w.to);
    let Some(t) =
        c.w.toks
            .get(end)
            .filter(|t| t.is_word() && !t.is_capitalized())
    else {
        return false;
    };
    let words = &c.lex.words;
    let plural = words
        .setting(words.lang(c.lang), Setting::PluralEnding)
        .is_some_and(|e| t.lower().ends_with(e));
    let role = words
        .phrases
        .roles(c.lang)
        .longest_at(c.w.toks, end, exact)
        .is_some();
    !c.is_cue(end) && (role || plural)
}

/// "New York-based", "Kremlin-backed": a word whose last part after a hyphen is a participle in
/// lower case (the language's reduced-relative ending) is an adjective, no name's (not
/// Jean-Pierre, al-Assad, Tsai Ing-wen, Prayut Chan-o-cha).
pub(super) fn compound_adjective(c: &Ctx<'_>, word: &str) -> bool {
    let words = &c.lex.words;
    let Some(ending) = words.setting(words.lang(c.lang), Setting::ReducedRelativeEnding) else {
        return false;
    };
    word.rsplit_once('-').is_some_and(|(_, last)| {
        last.ends_with(ending)
            && last
                .chars()
                .all(|ch| ch.is_alphabetic() && ch.is_lowercase())
    })
}
