//! Targets: the entities named in a statement's content other than its speaker, in order, without
//! repeats. Persons known only by a role phrase and bare organisation heads are not targets (the
//! gold names whom a statement is about); a country used as a title (U.S. Attorney Bash) or after a
//! person's name (X of Saudi Arabia) is not either, nor a nationality that names a language (in
//! French); "notre pays" / "our country" is the speaker's country; the object pronoun of the cue
//! (accused him, l'a félicité) is the person it stands for.

use super::super::lexicon::{lower, CountryHow, CueKind, Gaz};
use super::super::mentions::{
    gazetteer_at, gender_in_language, gender_of, Gender, Mention, MentionKind,
};
use super::super::words::{Setting, W};
use super::super::SpeechAct;
use super::cues::CueAt;
use super::memory::Memory;
use super::Sentence;
use crate::text::Span;

pub(super) fn targets(
    s: &Sentence<'_>,
    ((a, b), source): ((usize, usize), Option<(usize, usize)>),
    speaker: usize,
    cue: Option<&CueAt>,
    memory: &Memory,
) -> Vec<usize> {
    // the medium told (told the BBC) is where a neutral statement is made, not what it is about
    let told = cue
        .filter(|c| c.cue.act == SpeechAct::plain())
        .map(|c| c.end);
    let before = memory.last_person;
    let mut out = Vec::new();
    let speaker_is_person = s.info.get(speaker).is_some_and(|i| i.person);
    // (not in the phrase of the source: according to X of the police of Y)
    let in_source = |m: &&Mention| source.is_some_and(|(i, j)| m.start >= i && m.end <= j);
    let inside = |m: &&Mention| m.start >= a && m.end <= b && !in_source(m);
    for m in s.mentions.iter().filter(inside) {
        let e = match &m.kind {
            // "TVN24 reported he received surgery": he or she in what an organisation or a
            // country says is the last person named before (a person speaker's "he" is mostly
            // itself)
            MentionKind::Pronoun { person: true, .. }
                if !speaker_is_person && !s.in_quote(m.start) =>
            {
                person_before(s, m.start).or(before)
            }
            // "he" or "she" in a person's own words is someone else, as the speaker is "I":
            // the last person named before but the speaker, of the pronoun's gender (Durbin
            // said: "I don't know what he's basing this on"; not « il », which may be no one)
            MentionKind::Pronoun {
                person: true,
                plural: false,
                gender,
            } if speaker_is_person && s.in_quote(m.start) => {
                other_person(s, m.start, speaker, memory, *gender)
            }
            // … and outside the quotation, one of the other gender than the speaker's (Adderley
            // said she had left the country)
            MentionKind::Pronoun {
                person: true,
                plural: false,
                gender: Some(g),
            } if speaker_is_person && other_gender(s, memory, speaker, *g) => {
                other_person(s, m.start, speaker, memory, Some(*g))
            }
            // a country name used as a title (U.S. Attorney Bash, US Secretary of State), or
            // after a person's name as theirs (Crown Prince Mohammad bin Salman of Saudi Arabia),
            // is not what the statement is about, nor a capital where something is (a hospital
            // in Jakarta)
            MentionKind::Entity(e) if country_of_a_name(s, m, *e) || capital_as_place(s, m) => None,
            // the medium the statement is made on (said on Twitter, a déclaré sur BFMTV, in an
            // interview with the BBC)
            MentionKind::Entity(e) if on_medium(s, m, *e, told) => None,
            // a body after the preposition of a venue is where something happens (officers arrived
            // at the Walmart, to be unveiled at the UN General Assembly, served at CIA), not
            // what the statement is about, unless the cue governs it (railed at the FBI)
            MentionKind::Entity(e) if venue(s, m, *e, cue) => None,
            MentionKind::Entity(e) => Some(*e),
            // an adjective counts when it qualifies what the statement is about, not a
            // person's or organisation's title (U.S. Attorney, American hero)
            // … nor a language (in French, en anglais, Spanish language)
            MentionKind::Adjective(e) if !s.qualifies_a_name(m) && !names_a_language(s, m) => {
                Some(*e)
            }
            _ => None,
        };
        if let Some(e) = e {
            if e != speaker && !out.contains(&e) && s.info.get(e).is_some_and(|i| i.targetable) {
                out.push(e);
            }
        }
    }
    for e in referents(s, (a, b), speaker, cue, memory) {
        if e != speaker && !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

/// The entities statement `toks[a..b]` refers to by other words than their names.
fn referents(
    s: &Sentence<'_>,
    (a, b): (usize, usize),
    speaker: usize,
    cue: Option<&CueAt>,
    memory: &Memory,
) -> Vec<usize> {
    // "accused him of lying", « l'a félicité », « lui a reproché »: whom the cue is directed at
    let object = cue.and_then(|c| object_of_cue(s, c, speaker, memory));
    // "the suspect surrendered", « l'assaillant présumé a été abattu »: the person the article
    // named so
    let suspect = memory
        .suspect
        .filter(|_| (a..b).any(|k| names_the_suspect(s, k)));
    // « notre pays », "our country": the speaker's
    let own = names_own_country(s, a, b)
        .then(|| s.info.get(speaker).and_then(|i| i.country_entity))
        .flatten();
    let that = that_country(s, a, b).or_else(|| country_epithet(s, a, b));
    // "His fellow journalists …" in a person's own words: whom "his", "her", "him" stand for
    let owners = owners_in_quote(s, (a, b), speaker, memory);
    [object, suspect, own, that]
        .into_iter()
        .flatten()
        .chain(owners)
        .collect()
}

/// The person an object pronoun of the cue stands for: a singular one right after a verb cue
/// (accused him, told her) or right before it or its auxiliary (lui a reproché, l'accuse); a
/// pronoun that may also stand for a thing (l') only for a cue whose object is a person (l'a
/// critiqué; not l'a annoncé). The last person named before other than the speaker.
fn object_of_cue(s: &Sentence<'_>, c: &CueAt, speaker: usize, memory: &Memory) -> Option<usize> {
    let singular = |k: usize| s.any(k, W::ObjectPronoun) && !s.any(k, W::PluralObjectPronoun);
    // (not a possessive: announced her candidacy is her own)
    let closes = |k: usize| {
        k >= s.to || !s.toks[k].is_word() || s.any(k, W::Preposition) || s.any(k, W::Complementizer)
    };
    // (a pronoun that is no possessive is the object whatever follows: called him a liar)
    let after = c.cue.kind != CueKind::Preposition
        && c.end < s.to
        && singular(c.end)
        && (closes(c.end + 1) || !s.any(c.end, W::Possessive));
    // a clitic stands before the auxiliary of a participle (lui a dit; not « a quant à lui nié »,
    // « a lui indiqué »)
    let mut k = c.start;
    while k > s.from && s.m(k - 1).is(W::Aux) {
        k -= 1;
    }
    let before = k > s.from
        && (k < c.start || c.cue.kind != CueKind::Participle)
        && !(k > s.from + 1 && s.any(k - 2, W::Preposition))
        && s.any(k - 1, W::Clitic)
        && (singular(k - 1) || s.any(k - 1, W::NeuterClitic) && c.cue.act.object_is_person());
    let at = if after {
        c.end
    } else if before {
        k - 1
    } else {
        return None;
    };
    other_persons(s, at, speaker, memory, gender_of(s.m(at)))
        .find(|&e| s.info.get(e).is_some_and(|i| i.targetable))
}

/// The persons a possessive or an object pronoun of a gender stands for in the speaker's own
/// words (or outside them, when of the other gender than the speaker's), when the speaker is a
/// person, within `toks[a..b]`: someone else, as "he" and "she" are (the last person named before
/// of its gender, other than the speaker, that may be a target); not « son » or « lui », which
/// have none.
fn owners_in_quote(
    s: &Sentence<'_>,
    (a, b): (usize, usize),
    speaker: usize,
    memory: &Memory,
) -> Vec<usize> {
    if !s.info.get(speaker).is_some_and(|i| i.person) {
        return Vec::new();
    }
    let pronoun = |k: usize| {
        let m = s.m(k);
        (m.is(W::Possessive) || m.is(W::ObjectPronoun)) && !m.is(W::Pronoun)
    };
    (a..b)
        .filter(|&k| pronoun(k))
        .filter_map(|k| {
            let g = gender_in_language(s.m(k))?;
            // (outside the quotation, of the other gender than the speaker's: asked to waive
            // her immunity)
            if !s.in_quote(k) && !other_gender(s, memory, speaker, g) {
                return None;
            }
            other_persons(s, k, speaker, memory, Some(g))
                .find(|&e| s.info.get(e).is_some_and(|i| i.targetable))
        })
        .collect()
}

/// Whether the speaker is known to be of another gender than `g`.
fn other_gender(s: &Sentence<'_>, memory: &Memory, speaker: usize, g: Gender) -> bool {
    gender(s, memory, speaker).is_some_and(|h| h != g)
}

/// The gender of person `e` as the article or its first name shows it.
fn gender(s: &Sentence<'_>, memory: &Memory, e: usize) -> Option<Gender> {
    let known = memory.genders.get(&e).copied();
    known.or_else(|| s.info.gender(s.lex, e))
}

/// Whether statement `span` speaks of the suspect by a noun after a definite article.
pub(super) fn speaks_of_a_suspect(s: &Sentence<'_>, span: Span) -> bool {
    (s.from..s.to)
        .filter(|&k| s.toks[k].span.start >= span.start && s.toks[k].span.end <= span.end)
        .any(|k| names_the_suspect(s, k))
}

/// Whether token `k` is a suspect noun after a definite article, over one word in lower case
/// (the suspect, the suspected gunman, l'assaillant), outside a name.
fn names_the_suspect(s: &Sentence<'_>, k: usize) -> bool {
    let lower = |j: usize| s.toks[j].is_word() && !s.toks[j].is_capitalized();
    s.any(k, W::SuspectNoun)
        && lower(k)
        && k > s.from
        && (s.any(k - 1, W::Definite)
            || k > s.from + 1 && lower(k - 1) && s.any(k - 2, W::Definite))
}

/// The last person named before token `k` other than `speaker`, of gender `g`: in the sentence,
/// else the last two persons the article named.
fn other_person(
    s: &Sentence<'_>,
    k: usize,
    speaker: usize,
    memory: &Memory,
    g: Option<Gender>,
) -> Option<usize> {
    other_persons(s, k, speaker, memory, g).next()
}

/// The persons a pronoun of gender `g` at token `k` may stand for other than `speaker`, the
/// likeliest first: those named before it in the sentence, the last first, then the last two
/// persons the article named.
fn other_persons<'s>(
    s: &'s Sentence<'_>,
    k: usize,
    speaker: usize,
    memory: &'s Memory,
    g: Option<Gender>,
) -> impl Iterator<Item = usize> + 's {
    // (then the last person of that gender the article named: "She didn't …" after two men)
    let of_gender = g.and_then(|g| memory.last_of_gender.get(&g).copied());
    let earlier = [memory.last_person, memory.person_before_last, of_gender];
    // (of no other gender, as the article or the first name shows it: Jim Cole is no "her")
    let fits = move |e: usize| g.is_none_or(|g| gender(s, memory, e).is_none_or(|h| h == g));
    persons_before(s, k)
        .chain(earlier.into_iter().flatten())
        .filter(move |&e| e != speaker && fits(e))
}

/// The last person named in the sentence before token `k`.
fn person_before(s: &Sentence<'_>, k: usize) -> Option<usize> {
    persons_before(s, k).next()
}

/// The persons named in the sentence before token `k`, the last first.
fn persons_before<'s>(s: &'s Sentence<'_>, k: usize) -> impl Iterator<Item = usize> + 's {
    s.mentions
        .iter()
        .rev()
        .filter(move |m| m.end <= k && s.is_person(m))
        .filter_map(|m| match m.kind {
            MentionKind::Entity(e) => Some(e),
            _ => None,
        })
}

/// Whether mention `m` of entity `e` is a medium the lexicon knows after a preposition of medium
/// or right after a neutral cue ending at `told` (told the BBC), over a determiner or a medium's
/// noun (sur son compte Twitter).
fn on_medium(s: &Sentence<'_>, m: &Mention, e: usize, told: Option<usize>) -> bool {
    if !s.info.get(e).is_some_and(|i| i.medium) {
        return false;
    }
    let mut k = m.start;
    let article =
        |k: usize| k > s.from && (s.any(k - 1, W::Determiner) || s.any(k - 1, W::Definite));
    if article(k) {
        k -= 1;
    }
    // sur son compte Twitter, on the Facebook page
    if k > s.from + 1
        && s.m(k - 1).is(W::MediumNoun)
        && (article(k - 1) || s.any(k - 2, W::Possessive))
    {
        k -= 2;
    }
    told == Some(k) || k > s.from && s.m(k - 1).is(W::Medium)
}

/// Whether mention `m` of entity `e`, a body (no person, no country), stands after the language's
/// preposition of a venue, over an article, that does not end the cue.
fn venue(s: &Sentence<'_>, m: &Mention, e: usize, cue: Option<&CueAt>) -> bool {
    let body = s.info.get(e).is_some_and(|i| !i.person && !i.country);
    let mut k = m.start;
    if k > s.from && s.any(k - 1, W::Definite) {
        k -= 1;
    }
    // (the cue may end before the preposition or with it: lashed out at)
    let governs = cue.is_some_and(|c| c.end + 1 == k || c.end == k);
    let words = &s.lex.words;
    let venue = words.setting(s.lang_id, Setting::VenuePreposition);
    body && k > s.from && venue == Some(s.toks[k - 1].lower()) && !governs
}

/// "flown to a hospital in Jakarta", "Here in London": a capital after a preposition of place
/// names the city, not its country's government (not "nos amis à Moscou", "talks with Moscow").
fn capital_as_place(s: &Sentence<'_>, m: &Mention) -> bool {
    let capital = matches!(
        gazetteer_at(s.lex, s.toks, m.start, s.lang),
        Some((n, Gaz::Country(_, CountryHow::Capital))) if n == m.end - m.start
    );
    capital && m.start > s.from && s.m(m.start - 1).is(W::Locative)
}

/// Whether mention `m` of entity `e` is a country that qualifies a name: before it, as a title
/// (U.S. Attorney Bash), or after a person's name and « of » (Prime Minister Shinzo Abe of Japan,
/// le prince héritier Mohammed ben Salmane d'Arabie saoudite).
fn country_of_a_name(s: &Sentence<'_>, m: &Mention, e: usize) -> bool {
    let of_a_person = || {
        m.start > s.from + 1
            && s.any(m.start - 1, W::Of)
            && s.mentions
                .iter()
                .any(|p| p.end == m.start - 1 && s.is_person(p))
    };
    s.info.get(e).is_some_and(|i| i.country) && (s.qualifies_a_name(m) || of_a_person())
}

/// Whether a nationality's mention `m` names a language: after a language's marker and before
/// no noun it qualifies (in French and English, en anglais, langue arabe), or before a marker
/// (Spanish language).
fn names_a_language(s: &Sentence<'_>, m: &Mention) -> bool {
    let marker = |k: usize| k >= s.from && k < s.to && s.any(k, W::LanguageMarker);
    let ends = m.end >= s.to || {
        let t = &s.toks[m.end];
        !t.is_word() || t.is_capitalized() || s.any(m.end, W::And) || s.any(m.end, W::Determiner)
    };
    // (after it, the noun, not the preposition: Americans in Ohio)
    m.start > s.from && marker(m.start - 1) && ends
        || marker(m.end) && !s.any(m.end, W::Preposition)
}

/// "the country", « ce pays » in `toks[a..b]`, not a place where (in the country, across the
/// country, dans le pays):
/// the last country the sentence names before it, else the one the article is about.
fn that_country(s: &Sentence<'_>, a: usize, b: usize) -> Option<usize> {
    let phrases = &s.lex.words.phrases.that_country;
    let at = (a..b).find(|&k| {
        phrases.longest_at(s.toks, k, lower).is_some()
            && !(k > s.from && s.m(k - 1).is(W::Locative))
    })?;
    country_before(s, a, at)
}

/// "the Middle Eastern nation", "the island nation", « le petit royaume »: a definite article,
/// one or two words that describe a country (no nationality of its own, no name) and a noun of
/// a country, in `toks[a..b]`, not a place where (in the Asian nation): the last country the
/// sentence names before it, else the one the article is about.
fn country_epithet(s: &Sentence<'_>, a: usize, b: usize) -> Option<usize> {
    let describes = |k: usize| {
        s.toks[k].is_word()
            && s.mention_at(k).is_none()
            && !s
                .m(k)
                .any_of(&[W::Function, W::Determiner, W::Preposition, W::And])
    };
    let at = (a..b).find(|&k| {
        let article = s.any(k, W::Definite) && !(k > s.from && s.m(k - 1).is(W::Locative));
        // (not before the country's name: the nearby country Samoa, the Pacific nation of
        // Kiribati)
        let named = |n: usize| {
            let after = if n + 2 < s.to && s.any(n + 1, W::Of) {
                n + 2
            } else {
                n + 1
            };
            after < s.to && s.toks[after].is_capitalized()
        };
        let noun = |n: usize| {
            n < b && s.any(n, W::CountryNoun) && !s.toks[n].is_capitalized() && !named(n)
        };
        article && (k + 2..=k + 3).any(|n| noun(n) && (k + 1..n).all(describes))
    })?;
    country_before(s, a, at)
}

/// The last country the sentence names before token `at`, by its name or, in what is said from
/// `a`, a nationality (aucune entreprise russe, ni aucun organisme de ce pays), else the one the
/// article is about.
fn country_before(s: &Sentence<'_>, a: usize, at: usize) -> Option<usize> {
    let named_before = s.mentions.iter().rev().find_map(|m| {
        let e = match m.kind {
            MentionKind::Entity(e) => e,
            // (a nationality in what is said, not the speaker's: German firms said they would
            // leave the Middle Eastern nation)
            MentionKind::Adjective(e) if m.start >= a => e,
            _ => return None,
        };
        (m.end <= at && s.info.get(e).is_some_and(|i| i.country)).then_some(e)
    });
    named_before.or_else(|| s.info.article_country())
}

/// Whether `toks[a..b]` holds a phrase naming the speaker's own country (notre pays).
pub(super) fn names_own_country(s: &Sentence<'_>, a: usize, b: usize) -> bool {
    let own = &s.lex.words.phrases.own_country;
    (a..b.saturating_sub(1)).any(|k| own.longest_at(s.toks, k, lower).is_some())
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_body_at_a_venue_is_where_not_what_is_spoken_of() {
        for text in [
            "The police said officers arrived at the Vexel Store six minutes later.",
            "Senator Ann Cole said she had served at the Defense Intelligence Agency for ten years.",
        ] {
            let s = one("en", SAT, text);
            assert!(s.targets.is_empty(), "{text}: {:?}", s.targets);
        }
        // … unless the cue governs the preposition
        for text in [
            "Senator Ann Cole railed at the Defense Intelligence Agency on Friday.",
            "Senator Ann Cole lashed out at the Defense Intelligence Agency on Friday.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.targets, ["Defense Intelligence Agency"], "{text}");
        }
        // … and a body elsewhere in the statement is spoken of
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said the Defense Intelligence Agency had misled Congress.",
        );
        assert!(
            s.targets.iter().any(|t| t == "Defense Intelligence Agency"),
            "{:?}",
            s.targets
        );
    }

    #[test]
    fn a_country_after_a_persons_name_and_of_is_theirs_not_spoken_of() {
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said that Prime Minister Taro Sato of Japan had misled her.",
        );
        assert_eq!(s.targets, ["Taro Sato"]);
        let s = one(
            "fr",
            SAT,
            "La ministre Anne Vert a affirmé que le président Paul Okoro du Nigeria mentait.",
        );
        assert_eq!(s.targets, ["Paul Okoro"]);
        // … not a country after another noun (the invasion of Ukraine is spoken of)
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole condemned the invasion of Ukraine.",
        );
        assert_eq!(s.targets, ["Ukraine"]);
    }

    #[test]
    fn the_description_of_a_source_is_not_what_it_reports() {
        for (lang, text, content) in [
            (
                "en",
                "According to Inspector Ann Ward of the police of the Northern Province in Zambia, the flood killed ten people.",
                "the flood killed ten people",
            ),
            (
                "en",
                "According to Anna Berg, a spokeswoman for the Ministry of Defence of Sweden, the drill went well.",
                "the drill went well",
            ),
            (
                "en",
                "The drill went well, according to Anna Berg, the head of the Defence Agency of Sweden.",
                "The drill went well",
            ),
            (
                "fr",
                "Selon Jean Dupont, porte-parole du ministère de la Défense de la Belgique, l'exercice s'est bien passé.",
                "l'exercice s'est bien passé",
            ),
            (
                "fr",
                "L'exercice s'est bien passé, selon Jean Dupont, porte-parole du ministère de la Défense de la Belgique.",
                "L'exercice s'est bien passé",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert!(s.targets.is_empty(), "{text}: {:?}", s.targets);
            assert_eq!(s.content.as_deref(), Some(content), "{text}");
        }
        // without a comma after the source, what it reports starts right after it
        let s = one(
            "en",
            SAT,
            "According to Reuters the economy of Germany grew last year.",
        );
        assert_eq!(
            (s.content.as_deref(), s.targets),
            (
                Some("the economy of Germany grew last year"),
                vec!["Germany".to_string()]
            )
        );
        // a clause after the source is what it reports, not an apposition to it
        let all = run(
            "fr",
            SAT,
            "Le ministre Paul Ndayi a reçu la délégation. Pour lui, les fosses ont été creusées pendant la guerre civile burundaise.",
        );
        assert_eq!(
            all.last().map(|s| s.targets.clone()),
            Some(vec!["Burundi".to_string()]),
            "{all:?}"
        );
    }

    #[test]
    fn a_titled_person_opening_a_that_clause_is_spoken_of() {
        // "that" opens the clause: it is no determiner of the title
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said that Governor Tom Reed had lied about the budget.",
        );
        assert_eq!(s.targets, ["Tom Reed"]);
        assert_eq!(
            s.content.as_deref(),
            Some("Governor Tom Reed had lied about the budget")
        );
    }

    #[test]
    fn a_language_is_no_country_spoken_of() {
        for (lang, text) in [
            (
                "en",
                "Senator Ann Cole said in French and English that the talks had failed.",
            ),
            (
                "en",
                "Senator Ann Cole wrote in Spanish that the talks had failed.",
            ),
            (
                "fr",
                "La ministre Anne Vert a déclaré en anglais que les discussions avaient échoué.",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert!(s.targets.is_empty(), "{text}: {:?}", s.targets);
        }
        // a nationality that qualifies a noun after the preposition still names its country
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said that troops had entered Syrian territory.",
        );
        assert_eq!(s.targets, ["Syria"]);
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said that thousands of Americans in Texas were afraid.",
        );
        assert_eq!(s.targets, ["United States"]);
    }

    #[test]
    fn the_medium_a_statement_is_made_on_is_no_target() {
        for (lang, text) in [
            ("en", "The senator said on Twitter that Russia was lying."),
            ("en", "The senator told the BBC that Russia was lying."),
            (
                "en",
                "In an interview with the BBC, the senator said that Russia was lying.",
            ),
            ("fr", "Le député a déclaré sur BFMTV que la Russie mentait."),
            ("fr", "Le député a déclaré à l'AFP que la Russie mentait."),
            (
                "fr",
                "Le député a déclaré sur son compte Twitter que la Russie mentait.",
            ),
            (
                "en",
                "The senator said on the Facebook page of his party that Russia was lying.",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).targets, vec!["Russia"], "{text}");
        }
        // a medium a statement is about is one
        let s = one(
            "en",
            SAT,
            "The senator criticised the BBC for its coverage of Russia.",
        );
        assert_eq!(s.targets, vec!["BBC", "Russia"]);
    }

    #[test]
    fn he_or_she_in_what_an_organisation_says_is_the_last_person_named() {
        let all = run(
            "en",
            SAT,
            "Mayor Paul Adamski was stabbed on stage. The broadcaster TVN24 reported he received surgery.",
        );
        assert_eq!(
            all.last().map(|s| s.targets.clone()),
            Some(vec!["Paul Adamski".to_string()]),
            "{all:?}"
        );
        // a person's own "he" is mostly that person: no target
        let all = run(
            "en",
            SAT,
            "Mayor Paul Adamski was stabbed on stage. Senator Ann Cole said she was shocked.",
        );
        assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{all:?}");
    }

    #[test]
    fn a_pronoun_of_the_other_gender_than_the_speakers_is_another_person() {
        for text in [
            // he, she, him, her, his outside a quotation, when the speaker's gender is another
            "Mrs. Dana Holt left the country on Monday. Senator Tom Reyes said she had lied to the police.",
            "Mrs. Dana Holt left the country on Monday. Chief constable Tom Reyes wrote to the embassy asking to waive her immunity.",
            "Mayor Dana Holt was stabbed on stage. Senator Jim Cole said police had been looking for her.",
            // (the gender the article shows: the spokesman)
            "Mrs. Dana Holt left the country. Lee Park, a spokesman for the police, said she had lied.",
        ] {
            let all = run("en", SAT, text);
            assert_eq!(
                all.last().map(|s| s.targets.clone()),
                Some(vec!["Dana Holt".to_string()]),
                "{text}: {all:?}"
            );
        }
        // of the speaker's gender, or of a speaker of no known gender, it may be the speaker
        for text in [
            "Mrs. Dana Holt left the country on Monday. Senator Ann Cole said she had lied to the police.",
            "Mrs. Dana Holt left the country on Monday. Senator Lee Park said she had lied to the police.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{text}: {all:?}");
        }
    }

    #[test]
    fn his_her_and_him_in_a_persons_own_words_are_another_person() {
        for text in [
            "Governor Tom Reyes vetoed the bill. Senator Ann Cole said: \"His veto betrays the voters.\"",
            "Governor Tom Reyes vetoed the bill. Mrs. Dana Holt left. Senator Jim Cole said: \"We will beat him.\"",
        ] {
            let all = run("en", SAT, text);
            assert_eq!(
                all.last().map(|s| s.targets.clone()),
                Some(vec!["Tom Reyes".to_string()]),
                "{text}: {all:?}"
            );
        }
        // « son », « lui » have no gender: no one
        let all = run(
            "fr",
            SAT,
            "Le maire Paul Adamski a démissionné. La députée Anne Colin a déclaré : « Son départ nous surprend. »",
        );
        assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{all:?}");
        // nor in indirect speech, where "his" may be the speaker's own
        let all = run(
            "en",
            SAT,
            "Governor Tom Reyes vetoed the bill. Senator Jim Cole said his vote was final.",
        );
        assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{all:?}");
    }

    #[test]
    fn he_or_she_in_a_persons_own_words_is_another_person() {
        for (lang, text, who) in [
            ("en", "Governor Tom Reyes vetoed the bill on Monday. Senator Ann Cole said: \"He has betrayed the voters.\"", "Tom Reyes"),
            // of the pronoun's gender: not the woman named last
            ("en", "Governor Tom Reyes vetoed the bill. Mrs. Dana Holt protested. Senator Jim Cole said: \"He has betrayed the voters.\"", "Tom Reyes"),
            // … named before the last two persons (the last woman named, two men since)
            ("en", "Mrs. Dana Holt left the country. Officers met Tom Reyes and Jim Cole on Monday. Her neighbour, Ann Cole, said: \"She never came back.\"", "Dana Holt"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(
                all.last().map(|s| s.targets.clone()),
                Some(vec![who.to_string()]),
                "{text}: {all:?}"
            );
        }
        // « il » may be no one (« Il faut partir »): not a target
        let all = run(
            "fr",
            SAT,
            "Le maire Paul Adamski a démissionné lundi. La députée Anne Colin a déclaré : « Il faut voter. »",
        );
        assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{all:?}");
        // a bracketed capital is no pronoun: "[T]he" is "The"
        let all = run(
            "en",
            SAT,
            "Governor Tom Reyes vetoed the bill. Senator Ann Cole said: \"[T]he vote was rigged.\"",
        );
        assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{all:?}");
    }

    #[test]
    fn an_object_pronoun_of_the_cue_is_whom_it_is_directed_at() {
        for (lang, text, who) in [
            ("en", "Governor Tom Reyes vetoed the bill. Senator Ann Cole accused him of betraying the voters.", "Tom Reyes"),
            ("en", "The actress Mary Lane spoke at the rally. Senator Bob Dunn criticized her for the remarks.", "Mary Lane"),
            ("en", "Mayor Paul Kerr was re-elected. Governor Ann Holt urged him to resign.", "Paul Kerr"),
            // (a pronoun that is no possessive, whatever follows it: called him a liar)
            ("en", "Mayor Paul Kerr was re-elected. Governor Ann Holt called him a \"coward.\"", "Paul Kerr"),
            ("en", "Mayor Paul Kerr was re-elected. Governor Ann Holt described him as a failure.", "Paul Kerr"),
            ("fr", "Le ministre Thomas Hallé est arrivé en retard. La députée Jeanne Colin l'accuse de cacher la vérité.", "Thomas Hallé"),
            ("fr", "Le maire Paul Kerrien a été réélu. La sénatrice Anne Holtz l'a félicité lundi.", "Paul Kerrien"),
            ("fr", "Le ministre Jacques Morel a présenté son plan. Le député Luc Faure lui a reproché son manque d'ambition.", "Jacques Morel"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(
                all.last().map(|s| s.targets.clone()),
                Some(vec![who.to_string()]),
                "{text}: {all:?}"
            );
        }
        for (lang, text) in [
            // a possessive is the speaker's own
            ("en", "Governor Tom Reyes vetoed the bill. Senator Ann Cole announced her candidacy."),
            // « l' » of what is said is a thing
            ("fr", "Le ministre Thomas Hallé est arrivé en retard. La députée Jeanne Colin l'a annoncé lundi."),
            // a stressed pronoun is no clitic: « quant à lui »
            ("fr", "Le ministre Thomas Hallé est arrivé en retard. Le député Luc Faure a quant à lui nié toute faute."),
            // the speaker after « selon »
            ("fr", "Le ministre Thomas Hallé est arrivé en retard. Selon lui, la réforme est juste."),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{text}: {all:?}");
        }
    }

    #[test]
    fn the_suspect_named_later_is_whom_the_noun_said_before_refers_to() {
        for (lang, text) in [
            ("en", "A gunman opened fire in a mall. Mayor Dee Brown said the gunman had acted alone. Police identified the suspect as Patrick Moore, 21."),
            ("fr", "Un homme a tiré dans un centre commercial. Le maire Jean Dupont a affirmé que l'assaillant avait agi seul. Le suspect, Patrick Moreau, a été arrêté."),
        ] {
            let all = run(lang, SAT, text);
            let first = all.first().expect("a statement");
            assert_eq!(first.targets, [if lang == "en" { "Patrick Moore" } else { "Patrick Moreau" }], "{all:?}");
        }
    }

    #[test]
    fn the_suspect_is_the_person_the_article_named_so() {
        for (lang, text, who) in [
            ("en", "Police identified the suspected gunman as Patrick Moore, 21, of Dallas. The police chief, Greg Allen, said the suspect surrendered to officers.", "Patrick Moore"),
            ("en", "Officials identified the suspect as 21-year-old Patrick Moore. Mayor Dee Brown said the gunman had acted alone.", "Patrick Moore"),
            ("en", "Patrick Moore, the accused, appeared in court. Prime Minister Jane Hill said the accused had a gun licence.", "Patrick Moore"),
            ("fr", "Le suspect, Patrick Moreau, a été arrêté. Le procureur Jean Dupont a indiqué que le suspect était connu des services.", "Patrick Moreau"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(
                all.last().map(|s| s.targets.clone()),
                Some(vec![who.to_string()]),
                "{text}: {all:?}"
            );
        }
        // a suspect noun no one was named by is no one
        let all = run(
            "en",
            SAT,
            "Jane Smith met the press. Mayor Dee Brown said the gunman had acted alone.",
        );
        assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{all:?}");
    }

    #[test]
    fn the_suspect_is_the_person_arrested_or_charged() {
        for (lang, text, who) in [
            ("en", "Police arrested Jim Kowalski on Monday. The mayor, Ann Lee, said the suspect had acted alone.", "Jim Kowalski"),
            ("en", "Jim Kowalski, 31, of Dayton, was charged with arson. Ann Lee, the mayor, said the accused had a record.", "Jim Kowalski"),
            ("en", "A Canadian, Jim Kowalski, aged 28, appeared in court on Friday, charged with murder. Police alleged the accused fired first.", "Jim Kowalski"),
            ("fr", "Jean Dupont a été interpellé lundi. Le maire Paul Morin a affirmé que le suspect avait agi seul.", "Jean Dupont"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(
                all.last().map(|s| s.targets.clone()),
                Some(vec![who.to_string()]),
                "{text}: {all:?}"
            );
        }
        // the subject of a report on an arrest, a pronoun or a clause between, is no suspect
        for text in [
            "Senator Jim Kowalski told reporters the man was arrested. The mayor, Ann Lee, said the suspect had acted alone.",
            "Jim Kowalski said he had been arrested twice. The mayor, Ann Lee, said the suspect had acted alone.",
            "Jim Kowalski said that the man was arrested. The mayor, Ann Lee, said the suspect had acted alone.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{text}: {all:?}");
        }
    }

    #[test]
    fn the_country_is_the_one_named_before() {
        for (lang, text, country) in [
            ("en", "Iran tested a missile on Monday. Senator Ann Cole said the country must be punished.", "Iran"),
            ("fr", "Le Burundi a quitté la CPI. Le Burundi est isolé. Le militant Paul Geel craint de voir le pays devenir une dictature.", "Burundi"),
            // (the last country the sentence names before it)
            ("en", "Iran tested a missile. Senator Ann Cole said sanctions on Cuba had failed because the country was poor.", "Cuba"),
            // (after a preposition that is no place where)
            ("fr", "Le Burundi a quitté la CPI. Le Burundi est isolé. « Ce vote est une honte pour ce pays », a déclaré Paul Geel.", "Burundi"),
        ] {
            let all = run(lang, SAT, text);
            let last = all.last().map(|s| s.targets.clone()).unwrap_or_default();
            assert!(last.iter().any(|t| t == country), "{text}: {all:?}");
        }
        // (or by a nationality in what is said, not the article's country)
        let s = one("fr", SAT, "Paul Geel, un élu français, a dit n'avoir travaillé avec aucune entreprise russe, ni aucun organisme de ce pays.");
        assert_eq!(s.targets, ["Russia"], "{s:?}");
        // a place where is no target (across the country, dans le pays)
        for (lang, text) in [
            ("en", "Iran tested a missile on Monday. Iran said so. Senator Ann Cole said protests spread across the country."),
            ("fr", "Le Burundi a quitté la CPI. Le Burundi est isolé. Le militant Paul Geel a affirmé que des manifestations ont eu lieu dans le pays."),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.last().is_some_and(|s| s.targets.is_empty()), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_country_described_by_a_noun_of_a_country_is_the_one_named_before() {
        for (lang, text, country) in [
            ("en", "Iran tested a missile on Monday. Iran said so. The carmaker Volvo said it would leave the Middle Eastern nation.", "Iran"),
            // (not the speaker's nationality)
            ("en", "Iran tested a missile on Monday. Iran said so. The German carmaker Volvo said it would leave the Middle Eastern nation.", "Iran"),
            ("en", "Sanctions on Zimbabwe failed. Zimbabwe printed money. Senator Ann Cole said the distressed African country was no example.", "Zimbabwe"),
            ("fr", "Le Burundi a quitté la CPI. Le Burundi est isolé. Le militant Paul Geel a dénoncé le petit royaume.", "Burundi"),
        ] {
            let all = run(lang, SAT, text);
            let last = all.last().map(|s| s.targets.clone()).unwrap_or_default();
            assert!(last.iter().any(|t| t == country), "{text}: {all:?}");
        }
        // (not before the country's own name, nor where something happens)
        for text in [
            "Iran tested a missile on Monday. Iran said so. Senator Ann Cole said the Pacific nation of Kiribati would sink.",
            "Iran tested a missile on Monday. Iran said so. Senator Ann Cole said protests spread in the Middle Eastern nation.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.last().is_some_and(|s| !s.targets.iter().any(|t| t == "Iran")), "{text}: {all:?}");
        }
    }

    #[test]
    fn own_country_and_countries_used_as_titles() {
        let s = one(
            "fr",
            SAT,
            "Le président Emmanuel Macron a affirmé que notre pays ne céderait pas.",
        );
        assert_eq!(s.targets, vec!["France"]);
        let s = one(
            "en",
            SAT,
            "U.S. Attorney John Smith said the case was closed.",
        );
        assert_eq!(s.speaker, "John Smith");
        assert!(s.targets.is_empty(), "{:?}", s.targets);
    }

    #[test]
    fn a_capital_where_something_happens_is_a_place() {
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said that Tom Ruiz was flown to a hospital in Jakarta.",
        );
        assert_eq!(s.targets, ["Tom Ruiz"]);
        // (the capital that stands for its government is a target)
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole said that talks with Moscow had failed.",
        );
        assert_eq!(s.targets, ["Russia"]);
        let s = one(
            "fr",
            SAT,
            "Le ministre Paul Morin a affirmé que des milliers de manifestants ont défilé dans Paris.",
        );
        assert!(s.targets.is_empty(), "{s:?}");
    }
}
