//! A word of two or three names joined by hyphens, each a country, a known organisation, or a
//! person or organisation the article named (the US-China trade war, the Trump-Ukraine call, la
//! guerre Russie-Ukraine, the NATO-Russia council), or nationalities after a combining form
//! (l'amitié franco-allemande, israélo-palestinien, Sino-American talks): a mention of each part,
//! as a nationality is (what a statement is about, never a speaker). Nationalities alone are a
//! person's origin (Mexican-American voters), no relation of two countries.

use super::super::lexicon::{exact, CountryHow, Gaz};
use super::{Ctx, Mention, MentionKind};
use crate::text::Span;

/// How many parts a compound may join (the Iran-Iraq-Syria axis).
const PARTS: usize = 3;

/// What a part of a compound names, before it is registered.
#[derive(Clone, Copy)]
enum Part {
    Country(usize),
    Org(usize),
    /// A person or an organisation the article named.
    Named(usize),
    /// A known actor by surname, whom the article has not named.
    Actor(usize),
}

/// How a part names what it names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    /// A combining form or a nationality (franco-, allemande, Mexican).
    Nationality,
    /// A name (China, NATO, a person the article named).
    Name,
    /// A known actor's surname alone: only beside another name (the Trump-Ukraine call; not
    /// Dodd-Frank, a law).
    Surname,
}

pub(super) fn hyphen_compound(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let t = c.tok(i);
    if !t.is_word() || !t.norm.contains('-') {
        return None;
    }
    let spans = part_spans(c.text, t.span);
    if !(2..=PARTS).contains(&spans.len()) {
        return None;
    }
    let mut parts = Vec::with_capacity(spans.len());
    let mut combining = false;
    for (n, &span) in spans.iter().enumerate() {
        // (a combining form opens the compound: franco-, Sino-)
        let form = (n + 1 < spans.len())
            .then(|| c.lex.combining.get(&span.slice(c.text).to_lowercase()))
            .flatten();
        if let Some(&x) = form {
            combining = true;
            parts.push((span, Part::Country(x), How::Nationality));
            continue;
        }
        let (part, how) = part_named(c, span)?;
        parts.push((span, part, how));
    }
    if !(combining || parts.iter().any(|p| p.2 == How::Name)) {
        return None;
    }
    for (span, part, _) in parts {
        let surface = span.slice(c.text);
        let e = match part {
            Part::Country(x) => {
                let iso = c.lex.countries[x].iso.clone();
                c.reg.country(c.lex, &iso)
            }
            Part::Org(o) => super::gazetteer::known_org(c, o, surface),
            Part::Named(e) => e,
            Part::Actor(a) => super::gazetteer::surname_person(c, a, surface),
        };
        c.out.push(Mention {
            start: i,
            end: i + 1,
            span,
            kind: MentionKind::Adjective(e),
            name: Some(span),
        });
    }
    Some(i + 1)
}

/// The spans of the parts of the word at `span`, between its hyphens.
fn part_spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    for (k, ch) in span.slice(text).char_indices() {
        if ch == '-' {
            out.push(Span::new(start, span.start + k));
            start = span.start + k + 1;
        }
    }
    out.push(Span::new(start, span.end));
    out.retain(|s| s.end > s.start);
    out
}

/// What the part at `span` names, and how: the whole part a country's name or nationality, a
/// known organisation or a known actor's surname in the gazetteer, an acronym the article gave an
/// organisation, or the surname of a person the article named.
fn part_named(c: &Ctx<'_>, span: Span) -> Option<(Part, How)> {
    let word = span.slice(c.text);
    let toks = c.lex.tokenizer.tokenize(c.text, span);
    let whole = |n: usize| n == toks.len();
    // (a person the article named first: Trump is the Donald Trump of the article)
    if let Some(e) = c.reg.surname(word) {
        let person = c.reg.entities[e].kind == super::super::EntityKind::Person;
        return person.then_some((Part::Named(e), How::Name));
    }
    match c.lex.gazetteer.longest_at(&toks, 0, exact) {
        Some((n, Gaz::Country(x, how))) if whole(n) => match how {
            CountryHow::Name => Some((Part::Country(*x), How::Name)),
            CountryHow::Adjective | CountryHow::Demonym => {
                Some((Part::Country(*x), How::Nationality))
            }
            _ => None,
        },
        Some((n, Gaz::Org(o))) if whole(n) => Some((Part::Org(*o), How::Name)),
        Some((n, Gaz::ActorSurname(a))) if whole(n) => Some((Part::Actor(*a), How::Surname)),
        // (an acronym the article gave an organisation: the PKK-YPG militia)
        _ if super::acronyms::is_acronym(word) => {
            let e = c.reg.find(&super::registry::org_key(word))?;
            Some((Part::Named(e), How::Name))
        }
        _ => None,
    }
}

/// Whether token `k` is an ampersand.
fn is_ampersand(c: &Ctx<'_>, k: usize) -> bool {
    c.tok(k).norm == "&"
}

/// Whether names `toks[a..b]` are joined by an ampersand, as only a firm's are in a chain (see
/// [`joins_firm`]): an organisation's name (Procter & Gamble), no person's.
pub(super) fn firm_name(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| is_ampersand(c, k))
}

/// Whether the ampersand at `j` inside the chain of names opened at `i` joins them into a firm's
/// name (Procter & Gamble, Lord & Taylor), not persons' (Rudy Giuliani & Sen. Jeff Sessions, Jim &
/// Sarah: a first name opens the chain or stands beside it).
pub(super) fn joins_firm(c: &Ctx<'_>, i: usize, j: usize, end: usize) -> bool {
    is_ampersand(c, j)
        && ![i, j - 1, j + 1]
            .iter()
            .any(|&k| k < end && c.lex.first_names.contains(&c.tok(k).norm))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    fn targets(lang: &str, text: &str) -> Vec<String> {
        let all = run(lang, SAT, text);
        all.last().map(|s| s.targets.clone()).unwrap_or_default()
    }

    #[test]
    fn names_joined_by_a_hyphen_are_each_spoken_of() {
        for (lang, text, want) in [
            ("en", "Senator Ann Cole said the US-China trade war would hurt farmers.", vec!["United States", "China"]),
            ("en", "Senator Ann Cole praised the U.S.-Mexico border deal.", vec!["United States", "Mexico"]),
            ("fr", "La ministre Anne Vert a dénoncé la guerre Russie-Ukraine.", vec!["Russia", "Ukraine"]),
            // a person the article named, by surname
            ("en", "President Tom Reyes called Kiev on Monday. Senator Ann Cole criticized the Reyes-Ukraine call.", vec!["Tom Reyes", "Ukraine"]),
            // nationalities after a combining form
            ("fr", "La ministre Anne Vert a salué l'amitié franco-allemande.", vec!["France", "Germany"]),
            ("fr", "Le député Luc Faure a évoqué le conflit israélo-palestinien.", vec!["Israel", "Palestine"]),
            ("en", "Senator Ann Cole praised the Sino-American deal.", vec!["China", "United States"]),
        ] {
            assert_eq!(targets(lang, text), want, "{text}");
        }
    }

    #[test]
    fn other_hyphenated_words_are_no_pairs() {
        for (lang, text) in [
            // nationalities alone: a person's origin
            (
                "en",
                "Senator Ann Cole said Mexican-American voters were angry.",
            ),
            // words no list knows: a name of its own
            (
                "fr",
                "La ministre Anne Vert a critiqué Jean-Marc Dubois-Lefort.",
            ),
            // a combining form only before a hyphen (Franco is a name)
            ("en", "Senator Ann Cole said Franco had ruled for decades."),
        ] {
            let t = targets(lang, text);
            assert!(
                !t.iter()
                    .any(|x| ["United States", "Mexico", "France"].contains(&x.as_str())),
                "{text}: {t:?}"
            );
        }
    }

    #[test]
    fn a_cue_word_after_a_nationality_or_a_compound_is_a_noun() {
        for (text, content) in [
            (
                "Senator Ann Cole said the Russian call for talks was a trick.",
                "the Russian call for talks was a trick",
            ),
            (
                "Senator Ann Cole said the US-China call had failed.",
                "the US-China call had failed",
            ),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].content.as_deref(), Some(content));
        }
    }
}
