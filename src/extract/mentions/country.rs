//! `person_country`: the country of a person the article describes, from the words around its
//! name in one sentence, when no list gives it:
//! - the phrase before the name: a nationality or a country (le vice-ministre russe des Affaires
//!   étrangères, Alexeï Mechkov; Mexico's Foreign Secretary Marcelo Ebrard; US Ambassador to
//!   Germany Richard Grenell), an organisation with a country (le directeur de la CIA, John
//!   Brennan), or a person with one whose role the person holds (Angela Merkel's spokesperson,
//!   Steffen Seibert; le porte-parole d'Ali Bongo);
//! - an apposition after it (Paul James, ambassadeur américain en Pologne; Dedi Prasetyo, a
//!   spokesperson for the Indonesian National Police).
//!
//! The country of a post (ambassador to Germany, ambassadeur en Pologne) is not the holder's.
//! The same for an organisation named right after a nationality or a country (the Indonesian
//! Navy, New Zealand Police, Taiwan's Constitutional Court).

use super::super::lexicon::{lower, Gaz};
use super::super::words::W;
use super::super::EntityKind;
use super::{Ctx, Mention, MentionKind, Registry};

/// How far before a name its describing phrase may start, and how long an apposition may be.
const REACH: usize = 10;

/// How clearly an article must be about one country for a person it gives no role to take that
/// country: its weight ([`Registry::country_weights`]) this many times any other's, and at least
/// this much (twice named).
const PLAIN: usize = 3;

/// Sets the country of the persons and organisations of this sentence's mentions that have none.
pub(super) fn person_country(c: &mut Ctx<'_>) {
    for m in 0..c.out.len() {
        let mention = &c.out[m];
        let MentionKind::Entity(e) = mention.kind else {
            continue;
        };
        let entity = &c.reg.entities[e];
        if entity.country.is_some() {
            continue;
        }
        let found = match entity.kind {
            EntityKind::Person => person_evidence(c, mention),
            EntityKind::Organisation => organisation_evidence(c, m, e),
            EntityKind::Country => None,
        };
        match found {
            Some(Evidence::Country(iso)) => c.reg.set_country_if_none(e, iso),
            Some(Evidence::Abroad) => c.reg.set_abroad(e),
            Some(Evidence::Domestic) => c.reg.set_domestic(e),
            None => {}
        }
    }
}

/// What the words around a name say of the country of the person it names.
enum Evidence {
    Country(String),
    /// The person works for an international body (secrétaire général de l'ONU) or holds a post
    /// abroad (the ambassador to Germany): the country of the article is not theirs.
    Abroad,
    /// A role or an institution of a state with no country named (le député X, the Navy): the
    /// country the article is about, if it is clearly about one.
    Domestic,
}

/// After the last sentence: the persons with a role and the institutions of a state that have no
/// country take the country the article names most (le député X, in an article about Russia;
/// Interior Minister X, the police, in one about Poland), when it names one at least twice and
/// twice as much as any other ([`Registry::country_weights`]); any other person, and an
/// organisation no list knows, when it names it [`PLAIN`] times as often (a witness, a doctor, a
/// local official, a club or a firm in a report on one country).
pub fn home_country(reg: &mut Registry) {
    assign_home(reg);
    // an institution of a state whose country stays unknown (the police, in an article about no
    // country in particular) is this article's own, never one "Police" for every country
    for e in 0..reg.entities.len() {
        let x = &reg.entities[e];
        if reg.is_state(e) && x.country.is_none() && x.key.is_none() {
            reg.entities[e].described = true;
        }
    }
}

/// The country the article is about so far, its weight and the next country's: the one it names
/// most ([`Registry::country_weights`], the mentions of the known actors of a country named in it
/// counting for it: an article on François Fillon and the Élysée is about France even where it
/// names France twice), when it names it at least twice and twice as much as any other.
fn leading_country(reg: &Registry) -> Option<(usize, usize, usize)> {
    let mut counts = reg.country_weights();
    for x in &reg.entities {
        let Some(iso) = x.country.as_ref().filter(|_| x.key.is_some()) else {
            continue;
        };
        if x.kind == EntityKind::Country {
            continue;
        }
        if let Some(c) = counts
            .iter_mut()
            .find(|(_, e)| reg.entities[*e].country.as_ref() == Some(iso))
        {
            c.0 += x.mentions.len();
        }
    }
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let (&(n, home), second) = (counts.first()?, counts.get(1).map_or(0, |c| c.0));
    (n >= 2 && n >= 2 * second).then_some((home, n, second))
}

/// The entity of the country the article is about so far ([`leading_country`]).
pub fn article_country_entity(reg: &Registry) -> Option<usize> {
    leading_country(reg).map(|(home, _, _)| home)
}

fn assign_home(reg: &mut Registry) {
    let Some((home, n, second)) = leading_country(reg) else {
        return;
    };
    let Some(iso) = reg.entities[home].country.clone() else {
        return;
    };
    let home_label = reg.entities[home].label.clone();
    for e in 0..reg.entities.len() {
        if reg.government(e) && reg.entities[e].country.is_none() {
            // le gouvernement, the government: the country (GUIDELINES: a country or its
            // government is the country)
            let x = &mut reg.entities[e];
            x.kind = EntityKind::Country;
            x.label = home_label.clone();
            x.key = None;
            // its IRI is the country's (country/FR), never one of its own (country/france)
            x.country = Some(iso.clone());
        }
        let entity = &reg.entities[e];
        let role = entity.kind == EntityKind::Person && entity.role.is_some();
        let unknown = entity.kind == EntityKind::Person
            || entity.key.is_none() && entity.kind == EntityKind::Organisation;
        let plain = unknown && n >= PLAIN * second.max(1);
        if (role || plain || reg.domestic(e)) && !reg.abroad(e) {
            reg.set_country_if_none(e, iso.clone());
        }
    }
}

/// The country the words around a person's name give it.
fn person_evidence(c: &Ctx<'_>, mention: &Mention) -> Option<Evidence> {
    let name = mention.name?;
    let first = (mention.start..mention.end).find(|&k| c.tok(k).span.start >= name.start)?;
    let last = (first..mention.end)
        .rfind(|&k| c.tok(k).span.end <= name.end)
        .map_or(mention.end, |k| k + 1);
    // a name that is a state or a city (Dubai, Texas) speaks for its country
    if let Some((_, x)) = c.place_at(first).filter(|&(n, _)| first + n == last) {
        return Some(Evidence::Country(c.lex.countries[x].iso.clone()));
    }
    let before = describing_phrase(c, first);
    let left = match before {
        Some(from) => first_country(c, from, first).or(Some(Evidence::Domestic)),
        None => adjacent_country(c, first).map(Evidence::Country),
    };
    let after = || {
        let (a, b) = apposition(c, last)?;
        let role = (a..b).any(|k| is_role_word(c, k));
        first_country(c, a, b).or(role.then_some(Evidence::Domestic))
    };
    let right = || {
        after()
            .or_else(|| origin(c, last))
            .or_else(|| affiliation(c, last))
            .or_else(|| nationality_said(c, last))
    };
    match left {
        Some(Evidence::Domestic) => right().or(left),
        None => right(),
        _ => left,
    }
}

/// The country of the organisation a person is "of", right after the name (Professor X of the
/// University of Oslo; X of the Russian Foreign Ministry): the organisation's, else a country or a
/// capital in its name; an international body says the person's country is not the article's.
fn affiliation(c: &Ctx<'_>, end: usize) -> Option<Evidence> {
    let to = c.w.to;
    if end >= to || !c.m(end).any(W::Of) {
        return None;
    }
    // the organisation, over a determiner and a nationality (of the Canadian Wildlife Service)
    let mut k = end + 1;
    while k < to && c.m(k).any(W::Determiner) {
        k += 1;
    }
    if k < to && matches!(c.nationality_at(k), Some((1, _))) {
        k += 1;
    }
    let m = c.out.iter().find(|m| {
        m.start > end
            && m.start <= k
            && matches!(m.kind, MentionKind::Entity(e)
                if c.reg.entities[e].kind == EntityKind::Organisation)
    })?;
    first_country(c, end + 1, m.end)
}

/// "Hatice Cengiz is a Turkish national", "X was a former Saudi official": a form of "be" right
/// after the name, an indefinite article and a nationality (over one word in lower case).
fn nationality_said(c: &Ctx<'_>, end: usize) -> Option<Evidence> {
    let to = c.w.to;
    if end + 2 >= to || !c.m(end).is(W::Aux) || !c.m(end + 1).any(W::Indefinite) {
        return None;
    }
    let mut k = end + 2;
    if k + 1 < to && c.tok(k).is_word() && !c.tok(k).is_capitalized() {
        k += 1;
    }
    let (_, x) = c.nationality_at(k)?;
    Some(Evidence::Country(c.lex.countries[x].iso.clone()))
}

/// The country a person comes from, said right after the name: `X from Kenya`, `X, from Kenya,`,
/// `X, originaire du Kenya`: a word of origin, then (over de / du and a determiner) a country.
fn origin(c: &Ctx<'_>, end: usize) -> Option<Evidence> {
    let to = c.w.to;
    let mut k = end;
    if k < to && c.tok(k).norm == "," {
        k += 1;
    }
    // right after the name, "of" says where the person is from as well (Amina Chebet of Kenya,
    // Senator Ann Cole of Vermont)
    let of = k == end && k < to && c.m(k).any(W::Of);
    if k >= to || !(c.m(k).is(W::Origin) || of) {
        return None;
    }
    k += 1;
    while k < to && (c.m(k).any(W::Of) || c.m(k).any(W::Determiner)) {
        k += 1;
    }
    if let Some((n, x)) = c.place_at(k) {
        // a state or a city, unless it opens an organisation's name (of Texas A&M University)
        let named = c.out.iter().any(|m| m.start == k && m.end > k + n);
        return (!named).then(|| Evidence::Country(c.lex.countries[x].iso.clone()));
    }
    let m = c.out.iter().find(|m| m.start == k)?;
    match m.kind {
        MentionKind::Entity(e) if c.reg.entities[e].kind == EntityKind::Country => {
            c.reg.entities[e].country.clone().map(Evidence::Country)
        }
        _ => None,
    }
}

/// The country of an organisation: a nationality or a country right before it, else the
/// article's when its name is the generic name of an institution of a state (la police, the Navy)
/// and the lexicon does not know it.
fn organisation_evidence(c: &mut Ctx<'_>, m: usize, e: usize) -> Option<Evidence> {
    let mention = c.out[m].clone();
    let known = c.reg.entities[e].key.is_some();
    // a generic name (la police, the Supreme Court, Emergencies Ministry), not one that names a
    // place (Thames Valley Police, Montgomery County Police Department)
    let words = &c.lex.words;
    let label = &c.reg.entities[e].label;
    let state_word = label
        .split_whitespace()
        .any(|w| words.any(W::State, &w.to_lowercase()));
    let proper = label
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| !words.any(W::State, &w.to_lowercase()) && !words.any(W::Determiner, w))
        .count();
    let state = !known && state_word && proper <= 1;
    if state {
        c.reg.set_state(e);
    }
    adjacent_country(c, mention.start)
        .map(Evidence::Country)
        .or_else(|| (!known).then(|| inner_country(c, mention.start, mention.end))?)
        .or(state.then_some(Evidence::Domestic))
}

/// A country named inside an organisation's own name: a country, a nationality, a capital, a
/// state or a city (the California Department of Corrections, University of Oslo).
fn inner_country(c: &Ctx<'_>, start: usize, end: usize) -> Option<Evidence> {
    let mut k = start;
    while k < end {
        match words_country(c, k, end) {
            (_, Some(Evidence::Country(iso))) if !compound(c, k, end) => {
                return Some(Evidence::Country(iso))
            }
            (next, _) => k = next,
        }
    }
    None
}

/// The start of the phrase that describes the name starting at token `first`: back over a role,
/// its adjectives and complements, capitalised words and a determiner, at most [`REACH`] tokens;
/// none without a role.
fn describing_phrase(c: &Ctx<'_>, first: usize) -> Option<usize> {
    let from = c.w.from;
    let mut k = first;
    let mut role = false;
    let mut free = 0;
    while k > from && first - k < REACH {
        let j = k - 1;
        let t = c.tok(j);
        let m = c.m(j);
        // a reporting cue ends the phrase (according to New Zealand Prime Minister X: "to" is
        // the cue's, not a posting)
        if c.in_cue(j) {
            break;
        }
        // a determiner starts the phrase, unless it follows a preposition (le directeur de la
        // CIA, l'ambassadeur russe à l'ONU)
        let after_preposition = j > from && (c.m(j - 1).any(W::Of) || c.m(j - 1).any(W::Posting));
        if m.any(W::Determiner) && !after_preposition {
            k = j;
            break;
        }
        let name_word = t.is_capitalized() && !m.any_norm(W::Function);
        // an institution in a role's complement (le chef de la police de Moscou)
        let link = m.any(W::Of)
            || m.any(W::Definite)
            || m.any(W::Genitive)
            || m.any(W::Posting)
            || m.any(W::State);
        if t.norm == "," && j + 1 == first {
        } else if is_role_word(c, j) {
            role = true;
            free = 0;
        } else if !(name_word || link) {
            // one modifier of a role (Russian opposition leader, le directeur sortant)
            let beside_role = role || (j > from && is_role_word(c, j - 1));
            let modifier = t.is_word() && !t.is_capitalized() && beside_role && free == 0;
            if !modifier || c.is_cue(j) {
                break;
            }
            free += 1;
        }
        k = j;
    }
    // without a role, only a country right before the name (Russia's Vladimir Putin)
    if !role {
        return None;
    }
    (k < first).then_some(k)
}

/// Whether token `k` belongs to a role phrase of the lexicon (président, Foreign Secretary).
fn is_role_word(c: &Ctx<'_>, k: usize) -> bool {
    let roles = c.lex.words.phrases.roles(c.lang);
    let lo = k.saturating_sub(3).max(c.w.from);
    (lo..=k).any(|s| {
        roles
            .longest_at(c.w.toks, s, lower)
            .is_some_and(|(n, _)| s + n > k)
    })
}

/// The apposition after a name ending at token `end`: `, [the] role … ,` up to the next comma,
/// cue, auxiliary or relative pronoun.
fn apposition(c: &Ctx<'_>, end: usize) -> Option<(usize, usize)> {
    let to = c.w.to;
    if end + 1 >= to || c.tok(end).norm != "," {
        return None;
    }
    let a = end + 1;
    // a role among its first words (paléontologue et directeur de recherche au CNRS)
    let opens = c.m(a).any(W::Determiner)
        || (a..(a + 3).min(to)).any(|k| is_role_word(c, k))
        || country_at(c, a).is_some();
    if !opens {
        return None;
    }
    let mut b = a;
    while b < to && b - a < REACH + 2 {
        let t = c.tok(b);
        let m = c.m(b);
        let stop = !t.is_word() && t.norm != "-" && t.norm != "'"
            || m.is(W::Aux)
            || m.any(W::Relative)
            || m.any(W::Complementizer)
            || c.is_cue(b);
        if stop && b > a {
            break;
        }
        b += 1;
    }
    Some((a, b))
}

/// The first country named in `toks[a..b]` by a mention or a gazetteer phrase that gives one:
/// a nationality or a country, an organisation with a country, a person with a country whose role
/// this is (after de / of, before 's); not a country after a preposition of place (to, en, à) nor
/// in a compound (franco-chinoise). Else, whether the phrase names a post abroad or an
/// international body the lexicon knows.
fn first_country(c: &Ctx<'_>, a: usize, b: usize) -> Option<Evidence> {
    let mut abroad = false;
    let mut k = a;
    while k < b {
        let mention = c
            .out
            .iter()
            .find(|m| m.start == k && m.end <= b && m.end > k);
        // a mention that gives no country is read word by word (l'ambassadeur russe, a role
        // phrase of its own, holds the nationality)
        let (end, found) = match mention.map(|m| (m.end, mention_country(c, m))) {
            Some((end, Some(found))) => (end, Some(found)),
            _ => words_country(c, k, b),
        };
        let posted = k > a && posting_before(c, k);
        // (a part of a compound word: l'association franco-chinoise)
        let part = mention.is_some_and(|m| m.span != c.span(m.start, m.end));
        match found {
            Some(Evidence::Country(iso)) if !posted && !part && !compound(c, k, end) => {
                return Some(Evidence::Country(iso))
            }
            // ambassador to Germany: a post abroad, not the country of the article
            Some(Evidence::Country(_)) if posted => abroad = true,
            Some(Evidence::Abroad) => abroad = true,
            _ => {}
        }
        k = end;
    }
    abroad.then_some(Evidence::Abroad)
}

/// The country the words at token `k` name, with the token after them: a phrase of the gazetteer,
/// else a state or a city (sénateur du Vermont, the mayor of Christchurch).
fn words_country(c: &Ctx<'_>, k: usize, b: usize) -> (usize, Option<Evidence>) {
    match (c.gazetteer_at(k), c.place_at(k)) {
        (Some((n, g)), _) if k + n <= b => (k + n, phrase_country(c, g, k, k + n)),
        (_, Some((n, x))) if k + n <= b => {
            let iso = c.lex.countries[x].iso.clone();
            (k + n, Some(Evidence::Country(iso)))
        }
        _ => (k + 1, None),
    }
}

/// The country a mention gives the person it describes.
fn mention_country(c: &Ctx<'_>, m: &Mention) -> Option<Evidence> {
    let e = match m.kind {
        MentionKind::Entity(e) | MentionKind::Adjective(e) => e,
        _ => return None,
    };
    let entity = &c.reg.entities[e];
    match (&entity.kind, &entity.country) {
        (EntityKind::Person, _) if !of_person(c, m.start, m.end) => None,
        (EntityKind::Organisation, None) if entity.key.is_some() => Some(Evidence::Abroad),
        (_, Some(iso)) => Some(Evidence::Country(iso.clone())),
        _ => None,
    }
}

/// The country a gazetteer phrase inside a longer mention gives (le secrétaire général de l'ONU).
fn phrase_country(c: &Ctx<'_>, g: &Gaz, a: usize, b: usize) -> Option<Evidence> {
    let country = match *g {
        Gaz::Country(x, _) => Some(c.lex.countries[x].iso.clone()),
        Gaz::Org(o) => match &c.lex.organisations[o].country {
            Some(iso) => Some(iso.clone()),
            None => return Some(Evidence::Abroad),
        },
        Gaz::Actor(x) if of_person(c, a, b) => c.lex.actor_country(x, c.published),
        _ => None,
    };
    country.map(Evidence::Country)
}

/// Whether the person named by `toks[a..b]` is the one whose role the phrase gives (le
/// porte-parole d'Ali Bongo, Angela Merkel's spokesperson).
fn of_person(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    a > 0 && c.m(a - 1).any(W::Of) || b < c.w.to && c.m(b).any(W::Genitive)
}

/// Whether `toks[a..b]` is part of a compound of two countries (franco-chinoise, Russo-Ukrainian).
fn compound(c: &Ctx<'_>, a: usize, b: usize) -> bool {
    let hyphen = |k: usize| c.w.toks.get(k).is_some_and(|t| t.norm.ends_with('-'));
    (a > 0 && hyphen(a - 1)) || hyphen(b)
}

/// Whether the mention starting at `k` follows a preposition of place (to, en, à l').
fn posting_before(c: &Ctx<'_>, k: usize) -> bool {
    let p = if c.m(k - 1).any(W::Definite) && k >= 2 {
        k - 2
    } else {
        k - 1
    };
    c.m(p).any(W::Posting)
}

/// The country named right before an organisation (the Indonesian Navy, Taiwan's Constitutional
/// Court).
fn adjacent_country(c: &Ctx<'_>, start: usize) -> Option<String> {
    let mut k = start;
    if k > c.w.from && c.m(k - 1).any(W::Genitive) {
        k -= 1;
    }
    let m = c.out.iter().find(|m| m.end == k && m.start < k)?;
    match m.kind {
        MentionKind::Adjective(e) => c.reg.entities[e].country.clone(),
        MentionKind::Entity(e) if c.reg.entities[e].kind == EntityKind::Country => {
            c.reg.entities[e].country.clone()
        }
        _ => None,
    }
}

/// The mention of a country (or nationality) starting at token `k`.
fn country_at(c: &Ctx<'_>, k: usize) -> Option<usize> {
    c.out.iter().position(|m| {
        m.start == k && matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Entity(_))
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{first_speaker, speaker_countries};

    fn country(lang: &str, body: &str, who: &str) -> Option<String> {
        let all = speaker_countries(lang, body);
        all.iter()
            .find(|(label, _)| label == who)
            .unwrap_or_else(|| panic!("no statement by {who}: {all:?}"))
            .1
            .clone()
    }

    #[test]
    fn a_nationality_in_the_role_before_the_name() {
        let fr = "Le vice-ministre russe des Affaires étrangères, Alexis Petrov, a déclaré que les troupes étaient une menace.";
        assert_eq!(country("fr", fr, "Alexis Petrov").as_deref(), Some("RU"));
        let en = "Mexico's Foreign Secretary Carlos Ruiz said the government would protect its citizens.";
        assert_eq!(country("en", en, "Carlos Ruiz").as_deref(), Some("MX"));
        let en = "Italian opposition leader Paolo Ferraro said the vote was a disgrace.";
        assert_eq!(country("en", en, "Paolo Ferraro").as_deref(), Some("IT"));
        // after "according to", whose "to" is the cue's and no posting abroad
        let en = "According to New Zealand Prime Minister Jane Walsh, the gunman had a licence.";
        assert_eq!(country("en", en, "Jane Walsh").as_deref(), Some("NZ"));
        let en = "According to Canadian Foreign Minister Paul Roy, the talks were useful.";
        assert_eq!(country("en", en, "Paul Roy").as_deref(), Some("CA"));
    }

    #[test]
    fn a_role_with_a_post_or_an_institution_in_its_complement() {
        let fr = "Mais l'ambassadeur russe à l'ONU, Pavel Orlov, a déclaré que la Russie avait déjà agi.";
        assert_eq!(country("fr", fr, "Pavel Orlov").as_deref(), Some("RU"));
        let fr = "Le chef de la police de Moscou, Ivan Petrov, a annoncé que six policiers avaient été tués.";
        assert_eq!(country("fr", fr, "Ivan Petrov").as_deref(), Some("RU"));
        let en = "The chief of the Nairobi police, John Otieno, said six officers had been hurt.";
        assert_eq!(country("en", en, "John Otieno").as_deref(), Some("KE"));
    }

    #[test]
    fn a_nationality_said_of_the_person() {
        // "is a Turkish national": the person's country, not the one the article is about
        let en = "Saudi officials met on Monday. Saudi Arabia denied the report. Leyla Demir is a \
                  Turkish national now living in London. Leyla Demir said the Saudi prince had lied.";
        assert_eq!(country("en", en, "Leyla Demir").as_deref(), Some("TR"));
        let en =
            "Judge Carlos Ruiz was an American, born in Indiana. Ruiz said the case was closed.";
        assert_eq!(country("en", en, "Carlos Ruiz").as_deref(), Some("US"));
        // (not a country the person is a critic of)
        let en = "Leyla Demir is a critic of Russia. Leyla Demir said the vote was rigged.";
        assert_ne!(country("en", en, "Leyla Demir").as_deref(), Some("RU"));
    }

    #[test]
    fn the_organisation_a_speaker_is_of() {
        let en = "Professor Anna Berg of the University of Oslo said the ice was melting.";
        assert_eq!(country("en", en, "Anna Berg").as_deref(), Some("NO"));
        let en = "Paul Roy of the Canadian Wildlife Service said the birds had left.";
        assert_eq!(country("en", en, "Paul Roy").as_deref(), Some("CA"));
        let en = "Anna Berg, a researcher at the University of Oslo, said the ice was melting.";
        assert_eq!(country("en", en, "Anna Berg").as_deref(), Some("NO"));
    }

    #[test]
    fn of_a_country_or_a_state_right_after_a_name_is_where_the_person_is_from() {
        let en = "On Sunday, Amina Chebet of Kenya won the race. Chebet said she was proud.";
        assert_eq!(country("en", en, "Amina Chebet").as_deref(), Some("KE"));
        let en = "Senator Ann Cole of Vermont said the bill was a mistake.";
        assert_eq!(country("en", en, "Ann Cole").as_deref(), Some("US"));
        let en = "Ann Cole of the Philippines said the bill was a mistake.";
        assert_eq!(country("en", en, "Ann Cole").as_deref(), Some("PH"));
        // a place that opens an organisation's name gives the organisation's country
        let en = "Ann Cole of the Vermont Maple Company said the harvest was poor.";
        assert_eq!(country("en", en, "Ann Cole").as_deref(), Some("US"));
    }

    #[test]
    fn an_apposition_may_open_with_an_occupation_before_the_role() {
        // the laboratory's organisation, not the country the article is about
        let fr = "Le fossile a été trouvé en Chine, dans un gisement chinois, près de Pékin. Jean Vannier, paléontologue et directeur de recherche au laboratoire de géologie du CNRS, a déclaré que le fossile était ancien.";
        assert_eq!(country("fr", fr, "Jean Vannier").as_deref(), Some("FR"));
    }

    #[test]
    fn french_belgian_swiss_and_canadian_regions_and_cities_are_of_their_country() {
        for (text, iso) in [
            (
                "Le maire de Saint-Nazaire, Paul Morin, a déclaré que le port resterait ouvert.",
                "FR",
            ),
            (
                "Le préfet de la Gironde, Paul Morin, a déclaré que la route resterait fermée.",
                "FR",
            ),
            (
                "Le bourgmestre de Molenbeek, Paul Morin, a déclaré que la route resterait fermée.",
                "BE",
            ),
            (
                "Le maire de Trois-Rivières, Paul Morin, a déclaré que la route resterait fermée.",
                "CA",
            ),
        ] {
            assert_eq!(
                country("fr", text, "Paul Morin").as_deref(),
                Some(iso),
                "{text}"
            );
        }
    }

    #[test]
    fn a_state_or_a_city_is_of_its_country() {
        let fr = "« Nous pouvons passer à la prochaine étape », a déclaré Patrick Dunn, sénateur du Vermont.";
        assert_eq!(country("fr", fr, "Patrick Dunn").as_deref(), Some("US"));
        let en = "Paul Dunn, the mayor of Christchurch, said the city would recover.";
        assert_eq!(country("en", en, "Paul Dunn").as_deref(), Some("NZ"));
        let en = "The California Department of Corrections said an inmate had been stabbed.";
        let who = "California Department of Corrections";
        assert_eq!(country("en", en, who).as_deref(), Some("US"));
        // a state or a city read as a speaker's name speaks for its country
        let fr = "Dubai a annoncé que l'avion était en bon état.";
        assert_eq!(country("fr", fr, "Dubai").as_deref(), Some("AE"));
        let fr = "Selon les autorités de Dubai, l'avion était en bon état.";
        assert_eq!(
            country("fr", fr, "autorités de Dubai").as_deref(),
            Some("AE")
        );
    }

    #[test]
    fn a_known_surname_after_another_first_name_is_another_person() {
        // Tony Abbott is in the lexicon (Australia); Greg Abbott governs Texas
        let en = "Governor of Texas Greg Abbott said the vote was a disgrace.";
        assert_eq!(country("en", en, "Greg Abbott").as_deref(), Some("US"));
        let en = "Former Prime Minister Tony Abbott said the vote was a disgrace.";
        assert_eq!(country("en", en, "Tony Abbott").as_deref(), Some("AU"));
    }

    /// The lexicon key of the entity labelled `label` in `text` (which must name it).
    fn key_of(lang: &str, text: &str, label: &str) -> Option<String> {
        let x = crate::extract::testing::extraction(lang, text);
        let e = x.entities.iter().find(|e| e.label == label);
        e.unwrap_or_else(|| panic!("no {label} in {:?}", x.entities))
            .key
            .clone()
    }

    #[test]
    fn a_known_surname_does_not_take_in_another_first_name() {
        // Biden alone is the lexicon's Joe Biden; Hunter Biden is someone else, in either order
        let en = "Biden said the inquiry was a hoax. Hunter Biden said he had done nothing wrong.";
        assert_eq!(key_of("en", en, "Hunter Biden"), None);
        assert_eq!(country("en", en, "Hunter Biden"), None);
        assert_eq!(key_of("en", en, "Biden").as_deref(), Some("joe-biden"));
        let en = "Hunter Biden, the son of Joe Biden, said he had done nothing wrong.";
        assert_eq!(key_of("en", en, "Hunter Biden"), None);
    }

    #[test]
    fn a_known_surname_that_opens_a_name_is_a_first_name() {
        // Warren Christopher and John Howard are in the lexicon by surname
        let en = "Christopher Bell, a delegate from Ohio, said the vote was a disgrace.";
        assert_eq!(first_speaker("en", en).label, "Christopher Bell");
        assert_eq!(key_of("en", en, "Christopher Bell"), None);
        let fr = "Howard Lenoir, patron de la chaîne, a déclaré que le plan couvrira le monde.";
        assert_eq!(first_speaker("fr", fr).label, "Howard Lenoir");
        // alone, the surname is still the known actor
        let en = "Warren Christopher arrived. Christopher said the talks were over.";
        assert_eq!(
            key_of("en", en, "Warren Christopher").as_deref(),
            Some("warren-christopher")
        );
    }

    #[test]
    fn where_the_speaker_comes_from() {
        let en = "Yesterday, runner Peter Mwangi from Kenya said he was proud of the record.";
        assert_eq!(country("en", en, "Peter Mwangi").as_deref(), Some("KE"));
        let en = "Anna Nowak, from Poland, said the jury had been fair.";
        assert_eq!(country("en", en, "Anna Nowak").as_deref(), Some("PL"));
        let fr = "Fatou Bamba, originaire du Sénégal, a déclaré que le visa lui avait été refusé.";
        assert_eq!(country("fr", fr, "Fatou Bamba").as_deref(), Some("SN"));
        // a place the speaker speaks from is not where they come from
        let en = "Tom Walker said from Moscow that the talks had failed.";
        assert_eq!(country("en", en, "Tom Walker"), None);
    }

    #[test]
    fn the_country_of_a_post_is_not_the_holders() {
        let en = "US Ambassador to Germany Tom Walker said the airline was a danger.";
        assert_eq!(country("en", en, "Tom Walker").as_deref(), Some("US"));
        let fr =
            "Paul Marchand, ambassadeur belge en Pologne, a affirmé que la brigade était prête.";
        assert_eq!(country("fr", fr, "Paul Marchand").as_deref(), Some("BE"));
        let en = "The ambassador to Germany, Tom Walker, said the airline was a danger.";
        assert_eq!(country("en", en, "Tom Walker"), None);
    }

    #[test]
    fn an_organisation_or_a_person_the_speaker_works_for() {
        let fr = "Le directeur sortant de la CIA, Jean Martin, a déclaré que le président ne comprenait pas la Russie.";
        assert_eq!(country("fr", fr, "Jean Martin").as_deref(), Some("US"));
        let en = "Dedi Wibowo, a spokesperson for the Indonesian National Police, said that two suspects were arrested.";
        assert_eq!(country("en", en, "Dedi Wibowo").as_deref(), Some("ID"));
        let en = "Angela Merkel's spokesperson, Stefan Braun, said the ban was justified.";
        assert_eq!(country("en", en, "Stefan Braun").as_deref(), Some("DE"));
    }

    #[test]
    fn words_that_do_not_describe_the_speaker_give_no_country() {
        let en = "After a visit to Moscow, Tom Walker said the talks had failed.";
        assert_eq!(country("en", en, "Tom Walker"), None);
        let en = "Russia hosted Tom Walker, who said the talks had failed.";
        assert!(speaker_countries("en", en)
            .iter()
            .all(|(_, c)| c.as_deref() != Some("RU")));
        let fr =
            "Jean Martin, qui a visité la Russie, a déclaré que les discussions avaient échoué.";
        assert_eq!(country("fr", fr, "Jean Martin"), None);
        let fr = "Jean Martin, avocat de l'association franco-chinoise du quartier, a déclaré que les vols augmentaient.";
        assert_eq!(country("fr", fr, "Jean Martin"), None);
    }

    #[test]
    fn a_role_holder_takes_the_country_the_article_is_about() {
        let fr = "La Douma russe a voté la loi. Moscou défend le texte face à la Russie des régions. Le député Andreï Petrov a déclaré que la loi protégeait les familles.";
        assert_eq!(country("fr", fr, "Andreï Petrov").as_deref(), Some("RU"));
        // not an official of an international body
        let fr = "La Russie a voté la loi. Moscou défend le texte. Le secrétaire général de l'ONU, Jean Petit, a déclaré que la loi était dangereuse.";
        assert_eq!(country("fr", fr, "Jean Petit"), None);
        // nor when another country is named nearly as often
        let en = "Russia and Ukraine met in Minsk. Russia said Ukraine had to withdraw. Interior Minister Paul Roberts said the talks had failed.";
        assert_eq!(country("en", en, "Paul Roberts"), None);
    }

    #[test]
    fn anyone_quoted_takes_the_country_an_article_is_clearly_about() {
        // three mentions of Poland and none of another country: a witness is Polish
        let en = "A storm hit Poland on Monday. Warsaw closed its schools and Polish rail stopped. Marek Nowak, who lives near the river, said the water rose in minutes.";
        assert_eq!(country("en", en, "Marek Nowak").as_deref(), Some("PL"));
        let fr = "Une tempête a frappé la Pologne lundi. Varsovie a fermé ses écoles et le rail polonais s'est arrêté. Marek Nowak a raconté que l'eau était montée en quelques minutes.";
        assert_eq!(country("fr", fr, "Marek Nowak").as_deref(), Some("PL"));
        // so is an organisation no list knows, not an international one
        let en = "A storm hit Poland on Monday. Warsaw closed its schools and Polish rail stopped. The Vistula Rowing Club said its boats were lost.";
        assert_eq!(
            country("en", en, "Vistula Rowing Club").as_deref(),
            Some("PL")
        );
        let en = "A storm hit Poland on Monday. Warsaw closed its schools and Polish rail stopped. Amnesty International said the shelters were full.";
        assert_eq!(country("en", en, "Amnesty International"), None);
        // once is not enough
        let en = "A storm hit Poland on Monday and schools closed. Marek Nowak said the water rose in minutes.";
        assert_eq!(country("en", en, "Marek Nowak"), None);
        // nor when another country is named a third as often
        let en = "A storm hit Poland and Germany on Monday. Warsaw closed its schools and Polish rail stopped. Marek Nowak said the water rose in minutes.";
        assert_eq!(country("en", en, "Marek Nowak"), None);
    }

    #[test]
    fn roles_of_churches_prefectures_and_armies_are_roles_of_the_country() {
        // a country named once is enough for a role holder, not for a person without a role
        for who in ["Le préfet", "L'archevêque", "Le colonel", "L'eurodéputée"] {
            let fr = format!("Une tempête a frappé la Pologne lundi. {who} Jan Nowak a déclaré que la route était fermée.");
            assert_eq!(
                country("fr", &fr, "Jan Nowak").as_deref(),
                Some("PL"),
                "{who}"
            );
        }
        let fr =
            "Une tempête a frappé la Pologne lundi. Jan Nowak a déclaré que la route était fermée.";
        assert_eq!(country("fr", fr, "Jan Nowak"), None);
        for who in ["Sheriff", "Archbishop", "Colonel", "MP"] {
            let en =
                format!("A storm hit Poland on Monday. {who} Jan Nowak said the road was closed.");
            assert_eq!(
                country("en", &en, "Jan Nowak").as_deref(),
                Some("PL"),
                "{who}"
            );
        }
    }

    #[test]
    fn the_known_actors_of_a_country_make_the_article_about_it() {
        // France and Russia are named as often, but the article's actors are French
        let fr = "François Hollande a reçu Manuel Valls à l'Élysée. Hollande a salué le travail de Valls. La Russie a protesté contre la loi. La France a répondu. Le député Paul Durand a déclaré que la loi serait votée.";
        assert_eq!(country("fr", fr, "Paul Durand").as_deref(), Some("FR"));
        let fr = "La Russie a protesté contre la loi. La France a répondu. Le député Paul Durand a déclaré que la loi serait votée.";
        assert_eq!(country("fr", fr, "Paul Durand"), None);
    }

    #[test]
    fn institutions_and_roles_in_apposition_take_the_country_of_the_article() {
        let fr = "La Russie a voté la loi. Moscou défend le texte. La police a déclaré que les manifestants avaient été dispersés.";
        assert_eq!(country("fr", fr, "police").as_deref(), Some("RU"));
        let en = "Floods hit the Philippines. Manila sent troops. \"We will rebuild,\" said Delfino Cruz, the Defence Secretary.";
        assert_eq!(country("en", en, "Delfino Cruz").as_deref(), Some("PH"));
        // a company is not an institution of the state: a country named once is not enough
        let en = "Floods hit the Philippines on Monday. The Mining Company said that its mines were closed.";
        assert_eq!(country("en", en, "Mining Company"), None);
        let en = "Floods hit the Philippines on Monday. The Police said that two men had died.";
        assert_eq!(country("en", en, "Police").as_deref(), Some("PH"));
    }

    #[test]
    fn the_government_of_the_article_is_its_country_and_its_police_keeps_it() {
        let fr = "La Russie a voté la loi. Moscou défend le texte. Le gouvernement a déclaré que la loi serait appliquée.";
        assert_eq!(country("fr", fr, "Russia").as_deref(), Some("RU"));
        // one Russia in the article, with its code (its IRI is country/RU)
        let x = crate::extract::testing::extraction("fr", fr);
        let russia: Vec<_> = x.entities.iter().filter(|e| e.label == "Russia").collect();
        assert!(
            russia.iter().all(|e| e.country.as_deref() == Some("RU")),
            "{russia:?}"
        );
        let text =
            "Floods hit New Zealand. Wellington sent troops. Police said that two people had died.";
        let x = crate::extract::testing::extraction("en", text);
        let police = x.entities.iter().find(|e| e.label == "Police");
        assert_eq!(police.and_then(|e| e.key.as_deref()), Some("police-nz"));
        // in an article about no country in particular, the police is this article's own
        let x = crate::extract::testing::extraction("en", "Police said that two people had died.");
        let police = x.entities.iter().find(|e| e.label == "Police").unwrap();
        assert!(police.described && police.country.is_none(), "{police:?}");
    }

    #[test]
    fn a_known_person_keeps_their_country_whatever_their_role_or_accents() {
        // at the European Council (a role with no country) Donald Tusk is still Polish
        let en = "Donald Tusk said the summit had failed.";
        let x = crate::extract::testing::extraction("en", en);
        let tusk = x.entities.iter().find(|e| e.label == "Donald Tusk");
        assert_eq!(tusk.and_then(|e| e.country.as_deref()), Some("PL"));
        // the data writes Francois Fillon
        let fr = "François Fillon a déclaré que les accusations étaient fausses.";
        assert_eq!(country("fr", fr, "François Fillon").as_deref(), Some("FR"));
    }

    #[test]
    fn an_organisation_after_a_nationality_is_of_that_country() {
        let en = "The Indonesian Navy said the ship had sunk.";
        assert_eq!(country("en", en, "Indonesian Navy").as_deref(), Some("ID"));
    }
}
