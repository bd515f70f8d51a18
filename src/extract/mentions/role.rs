//! `role_phrase`: [det] role [country adjective | de X] [, ] [Name] — le président russe Vladimir
//! Poutine, the Speaker of the House Nancy Pelosi, le ministre des Transports, Alexander Dobrindt.
//! With a name, the person holds the role; without one, after a determiner or at the start of a
//! sentence, the phrase refers to the person of the article who holds the role (le président
//! kazakh → Tokaïev), to the person it is in apposition to, or else is a person named by its role.

use std::collections::BTreeSet;

use super::super::lexicon::{exact, lower, Gaz, PhraseClass};
use super::super::words::{Setting, W};
use super::super::EntityKind;
use super::{Ctx, Mention, MentionKind, Of};
use before::{
    body_before, capitalised_before, definite_before, owner_before, party_before, qualifier_before,
};

mod before;

/// Whether a role held in the article (`Vice President`, `président russe`) is the role `head`
/// (`president`): the head appears in it, not as part of a deputy's or former holder's title.
fn holds(not_holder: &[String], role: &str, head: &str) -> bool {
    let r = role.to_lowercase().replace('’', "'");
    let Some(at) = r.find(head) else { return false };
    let before = r[..at].trim_end();
    !not_holder.iter().any(|p| before.ends_with(p.as_str()))
}

/// The role phrase at `i` (its length and the role), also capitalised opening the sentence (Le
/// président → président); not a role noun in lower case that is also a verb, right after a
/// modal (the party may host; not a title: ties to President Obama).
fn role_at(c: &Ctx<'_>, i: usize) -> Option<(usize, String)> {
    let to = c.w.to;
    let roles = &c.lex.words.phrases.roles(c.lang);
    let (n, role) = roles.longest_at(c.w.toks, i, exact).or_else(|| {
        c.tok(i)
            .is_capitalized()
            .then(|| roles.longest_at_first_lowered(c.w.toks, i, to, exact))
            .flatten()
    })?;
    let verb = i > c.w.from && c.m(i - 1).is(W::Modal) && !c.tok(i).is_capitalized();
    (!verb).then(|| (n, role.clone()))
}

pub(super) fn role_phrase(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let (from, to) = (c.w.from, c.w.to);
    let (n, role) = role_at(c, i)?;
    let of = complement_of(c, i);
    let (country, complement_end) = c.complement(i + n, to, of);
    // "the Russian president", "the Florida senator": a country or a place between the article
    // and the role
    let qualified = qualifier_before(c, i);
    let country = country.or(qualified.map(|q| q.1));
    let (after, noun_complement) = role_extent(c, i + n, complement_end);
    if let Some(next) = no_holder_after(c, (i, n), after, of) {
        return Some(next);
    }
    let (k, name_end, after) = holder_name(c, after, noun_complement);
    // (a place between the role and its holder: le maire de la ville de Lyon X)
    let country = country.or_else(|| (after..k).find_map(|j| c.place_at(j)).map(|(_, x)| x));
    let role_text = written_in_full(c, (i, n), &role, after);
    // "the GOP candidate", "the Sanders aide": a name qualifying a role without a name
    let spokesperson = c.m(i).is(W::Spokesperson);
    // (a genitive's role ends its phrase: not Rubio's deputy campaign manager, a longer role)
    let ends =
        after >= c.w.to || !c.tok(after).is_word() || c.m(after).is(W::Aux) || c.cue_after(after);
    let owner = (qualified.is_none() && name_end == k)
        .then(|| owner_before(c, i).or_else(|| spokesperson.then(|| body_before(c, i)).flatten()))
        .flatten()
        .filter(|&o| ends || c.m(o).any(W::Determiner));
    let mut country = country;
    let start = phrase_start(c, i, (qualified, owner), name_end == k, &mut country);
    // (the words of its field after a genitive: Pakistan's army chief)
    let field = qualified.is_some_and(|q| q.0 == start && start + 1 < i)
        && c.m(start).any_norm(W::Genitive);
    // (… and over capitalised words no rule took: the Republican presidential candidate)
    let described = (start == i && name_end == k)
        .then(|| capitalised_before(c, i))
        .flatten();
    let start = described.unwrap_or(start);
    let role_text = match owner.or(described) {
        // (from the name after the article, from the name of a genitive)
        Some(det) => c.text_of(det + usize::from(c.m(det).is(W::Determiner)), after),
        None if field => c.text_of(start + 1, after),
        // (the party's word before a named holder's role, with no article, is the office's)
        None if name_end > k => party_before(c, i).map_or(role_text, |p| c.text_of(p, after)),
        None => role_text,
    };
    let country_iso = country.map(|x| c.lex.countries[x].iso.clone());
    if name_end > k {
        let e = named_holder(c, (k, name_end), after, role_text, country_iso);
        c.add_named(start, name_end, MentionKind::Entity(e), Some((k, name_end)));
        return Some(name_end);
    }
    if start == i && i != from {
        // (a bare role in apposition to a person's name is theirs, whose later role phrase
        // refers to them: Marcelo Ebrard, ministre des Affaires étrangères, … Le ministre a
        // affirmé; its complement keeps its own mentions)
        let apposed = c.out.last().and_then(|m| match m.kind {
            MentionKind::Entity(e) if m.end + 1 == i && of == Of::ApposedRole => Some(e),
            _ => None,
        });
        if let Some(e) = apposed.filter(|&e| c.reg.entities[e].kind == EntityKind::Person) {
            c.reg.set_role_if_none(e, &role_text);
        }
        return None;
    }
    // "a senator said", « un ministre a dit »: an indefinite role with no name, body or country
    // names no one, a vague source
    let indefinite = start + 1 == i && c.m(start).is(W::Indefinite);
    if indefinite && owner.is_none() && qualified.is_none() && after == i + n {
        c.add(start, after, MentionKind::Vague);
        return Some(after);
    }
    let e = role_holder(c, &role, &role_text, country_iso, (start, after));
    c.add_named(start, after, MentionKind::Entity(e), None);
    Some(after)
}

/// The text of a role phrase `toks[i..after]` whose title (`n` tokens) stands for `full`, with
/// an abbreviated title written in full (Sen. → Senator, so that "the senator" refers back to
/// the holder of "Sen. Ann Cole").
fn written_in_full(c: &Ctx<'_>, (i, n): (usize, usize), full: &str, after: usize) -> String {
    let title = c.text_of(i, i + n);
    if title.to_lowercase() == full.to_lowercase() {
        return c.text_of(i, after);
    }
    if after <= i + n {
        return full.to_string();
    }
    format!("{full} {}", c.text_of(i + n, after))
}

/// Where a role phrase starts: at the article of the country or place that qualifies it when no
/// name follows (whose adjective's mention the phrase takes in), at its owner's name (whose
/// country becomes the role's), else at its article, over words that describe it.
fn phrase_start(
    c: &mut Ctx<'_>,
    i: usize,
    (qualified, owner): (Option<(usize, usize)>, Option<usize>),
    unnamed: bool,
    country: &mut Option<usize>,
) -> usize {
    match (qualified, owner) {
        (Some((det, _)), _) if unnamed => {
            // the country adjective is the role's, no mention of its own
            if c.out.last().is_some_and(|m| m.end == i && m.start > det) {
                c.out.pop();
            }
            det
        }
        (_, Some(det)) => {
            *country = country.or(take_owner(c, det, i));
            det
        }
        _ if c.determiner_before(i) => i - 1,
        // (over the words that describe it, where they stand before it: the longtime senator)
        _ => definite_before(c, i).unwrap_or(i),
    }
}

/// The entity a role phrase without a name refers to: a holder the article knows, else the
/// office's holder on the day, else a person named by the role.
fn role_holder(
    c: &mut Ctx<'_>,
    role: &str,
    role_text: &str,
    country_iso: Option<String>,
    span: (usize, usize),
) -> usize {
    known_holder(c, role, role_text, country_iso.as_deref(), span).unwrap_or_else(|| {
        office_holder(c, role_text, country_iso.as_deref())
            .unwrap_or_else(|| c.reg.role_person(role_text, country_iso))
    })
}

/// "the Pentagon spokesman", "a Treasury spokesman", "the GOP candidate": the mention of the
/// name that qualifies the role at `i` after the article at `det` is the role's, no mention of its
/// own; the country of its entity, if it has one, is the role's.
fn take_owner(c: &mut Ctx<'_>, det: usize, i: usize) -> Option<usize> {
    let owner = c.out.last().filter(|m| m.end <= i && m.end > det)?;
    let country = match owner.kind {
        MentionKind::Entity(e) => c.reg.entities[e]
            .country
            .as_deref()
            .and_then(|iso| c.lex.countries.iter().position(|x| x.iso == iso)),
        _ => None,
    };
    c.out.pop();
    country
}

/// Where the next rule starts when the name after the role at `i` (`n` tokens, its phrase
/// ending at `after`) is no holder of it: two roles of one person (le garde des Sceaux et
/// ministre de la Justice X), the second phrase names them; "Doug Andres, a spokesman for Paul
/// Ryan, said", a role ending with a preposition in apposition to a name given before is that
/// person's, the name after it whom they work for; "Jeb Bush for president, Mike Murphy,
/// praised", a bare role after a preposition is an office.
fn no_holder_after(c: &Ctx<'_>, (i, n): (usize, usize), after: usize, of: Of) -> Option<usize> {
    let to = c.w.to;
    let and_role = after + 1 < to
        && c.m(after).any(W::And)
        && c.lex
            .words
            .phrases
            .roles(c.lang)
            .longest_at(c.w.toks, after + 1, exact)
            .is_some();
    let apposed = matches!(of, Of::ApposedRole) && c.m(i + n - 1).any(W::Preposition);
    let office = i > c.w.from
        && c.m(i - 1).any(W::Preposition)
        && !c.m(i - 1).any(W::Contraction)
        && !c.tok(i).is_capitalized()
        && after < to
        && c.tok(after).norm == ",";
    if apposed {
        Some(i + n)
    } else if and_role {
        Some(after + 1)
    } else {
        office.then_some(i + n)
    }
}

/// "Marc Morial, the chief executive of …": a role in apposition to a name given before has its
/// holder named there, not after its complement.
fn complement_of(c: &Ctx<'_>, i: usize) -> Of {
    let at = if c.determiner_before(i) { i - 1 } else { i };
    let apposed = at > c.w.from + 1
        && c.tok(at - 1).norm == ","
        && c.out.last().is_some_and(|m| m.end + 1 == at);
    if apposed {
        Of::ApposedRole
    } else {
        Of::Role
    }
}

/// The person named `toks[k..name_end]` after a role phrase ending at `after`: a known actor
/// named with the role (le pape François, Pope Francis), else a person of the article.
fn named_holder(
    c: &mut Ctx<'_>,
    (k, name_end): (usize, usize),
    after: usize,
    role_text: String,
    country_iso: Option<String>,
) -> usize {
    let name = c.text_of(k, name_end);
    let actor = c
        .known_actor(k, name_end)
        .or_else(|| c.lex.actor_named(&name))
        .or_else(|| {
            let role_word = c.text_of(after - 1, after);
            c.lex.actor_named(&format!("{role_word} {name}"))
        });
    let lex = c.lex;
    let country_iso = country_iso.or_else(|| actor.and_then(|a| lex.actor_country(a, c.published)));
    let key = actor.map(|a| lex.actors[a].key.clone());
    c.reg.person(&name, key, Some(role_text), country_iso)
}

/// The name of the role's holder after the role phrase ending at `after` (over an apposition's
/// comma; not an acronym or a world region): its start and end, and the role phrase's end (a
/// capitalised role inside the chain is the role's: Deputy Finance Minister Ola Brekke).
fn holder_name(c: &Ctx<'_>, after: usize, noun_complement: bool) -> (usize, usize, usize) {
    let (to, roles) = (c.w.to, c.lex.words.phrases.roles(c.lang));
    let mut k = after;
    // an apposition: le ministre des Transports, Alexander Dobrindt,
    if k < to && c.tok(k).norm == "," && k + 1 < c.w.toks.len() && c.is_name_token(k + 1) {
        let chain = c.name_chain(k + 1, to);
        let known = matches!(c.gazetteer_at(k + 1), Some((_, Gaz::Actor(_))));
        if known || chain >= k + 3 {
            k += 1;
            // (over a title before a first name, and the words it qualifies: the chairman, Gen.
            // Joseph Dunford,; the group's leader, River Watch President Tom Reyes,)
            let title_end = (k..chain)
                .filter_map(|j| roles.longest_at(c.w.toks, j, exact).map(|(n, _)| j + n))
                .filter(|&e| e < chain && c.is_first_name(e))
                .max();
            k = title_end.unwrap_or(k);
        }
    }
    // (over "de" before the place of a noun complement and a full name: le maire de la ville de
    // Montréal Denis Coderre)
    let place_then_name = |j: usize| {
        c.place_at(j)
            .is_some_and(|(n, _)| c.name_chain(j, to) >= j + n + 2)
    };
    if noun_complement && k + 1 < to && c.m(k).any(W::Of) && place_then_name(k + 1) {
        k += 1;
    }
    let name_end = c.name_chain(k, to);
    // a place after a noun complement is the complement's, not a name (the attorney general of
    // the state of New York)
    let of_place =
        k > 0 && c.m(k - 1).any(W::Of) && c.place_at(k).is_some_and(|(n, _)| k + n == name_end);
    if noun_complement && name_end > k && of_place {
        return (name_end, name_end, name_end);
    }
    // an acronym after the role is whom the role is held for, not a name (candidat EELV)
    // so is a region of the world (directeur du bureau Afrique)
    let region = (k..name_end).all(|j| c.m(j).any_norm(W::WorldRegion));
    // … and so is an organisation's name, which ends with its head or joins names with an
    // ampersand (CEO of Washington Restaurant Association, a spokesman for Smith & Wesson)
    let org = name_end > k
        && (c.m(name_end - 1).any_norm(W::Orghead) || super::compound::firm_name(c, k, name_end));
    // after a noun complement, one word is the complement's name (le fondateur de la marque
    // Lip), and a place before a full name is its place (le président de la région
    // Nouvelle-Aquitaine Alain Rousset)
    let known = |j: usize| matches!(c.gazetteer_at(j), Some((_, Gaz::Actor(_))));
    let its_name = noun_complement && name_end == k + 1 && !known(k);
    let name_end = if name_end == k + 1 && super::acronyms::is_acronym(&c.tok(k).norm)
        || region
        || org
        || its_name
    {
        k
    } else {
        name_end
    };
    let k = match c.place_at(k) {
        Some((n, _)) if noun_complement && k + n + 2 <= name_end => k + n,
        _ => k,
    };
    // a capitalised role inside the chain is the role's too (Deputy Finance Minister Ola Brekke)
    let (k, after) = match (k..name_end)
        .filter_map(|j| roles.longest_at(c.w.toks, j, exact).map(|(n, _)| j + n))
        .filter(|&p| p < name_end)
        .max()
    {
        Some(p) if k == after => (p, p),
        _ => (k, after),
    };
    // a courtesy title before the holder's name is no part of it (editor Dr. Sebastian Gorka)
    let mut k = k;
    while k + 1 < name_end && c.m(k).any_norm(W::Title) {
        k += 1;
        if c.tok(k).norm == "." && k + 1 < name_end {
            k += 1;
        }
    }
    (k, name_end, after)
}

/// The end of a role phrase whose role noun ends at `noun_end` and its country complement at
/// `after`: "de + noun" complements (ministre des transports, chef du service politique de la chaîne).
fn role_extent(c: &Ctx<'_>, noun_end: usize, mut after: usize) -> (usize, bool) {
    let to = c.w.to;
    let skip = &c.lex.words.phrases.skip;
    // where describing words follow the noun, one adjective between the role and its holder's
    // name is the role's (le sénateur républicain X, la députée socialiste X)
    let words = &c.lex.words;
    if after == noun_end
        && !words.on(words.lang(c.lang), Setting::DescribingWordsBefore)
        && after + 1 < to
        && is_adjective(c, after)
        && !c.is_cue(after)
        && c.is_name_token(after + 1)
    {
        return (after + 1, false);
    }
    // (over the article of the noun: chef de l'opposition, porte-parole de la présidence)
    let article = |k: usize| c.m(k).is(W::Definite) && !c.tok(k).is_capitalized();
    // (not a word that opens another role: l'épouse de l'ancien Premier ministre)
    let noun = |k: usize| {
        k < to
            && c.tok(k).is_word()
            && !c.tok(k).is_capitalized()
            && skip.longest_at(c.w.toks, k, lower).is_none()
            && !c.is_cue(k)
            && !c.m(k).any(W::NotHolder)
    };
    let start = after;
    while after + 1 < to
        && c.m(after).any(W::Of)
        && !c.m(after).any(W::Elision)
        && (noun(after + 1) && !article(after + 1) || article(after + 1) && noun(after + 2))
        && after + 1 - noun_end < 6
    {
        after += if article(after + 1) { 3 } else { 2 };
        // one adjective after the noun (service politique)
        if after < to && is_adjective(c, after) && !c.is_cue(after) {
            after += 1;
        }
    }
    (after, after > start)
}

/// A lower-case word with an adjective's ending that is no function word.
fn is_adjective(c: &Ctx<'_>, k: usize) -> bool {
    let t = c.tok(k);
    let m = c.m(k);
    let endings = c.lex.words.affixes(W::AdjectiveEnding);
    t.is_word()
        && !t.is_capitalized()
        && endings.iter().any(|e| t.lower().ends_with(e.as_str()))
        && !m.any(W::NotAdjective)
}

/// The entity a role phrase without a name refers to: the person it is in apposition to
/// ("Nancy Pelosi, the Speaker of the House,"; a bare word taken for an organisation is that
/// person: "Smith, the senator,"), else the article's last person holding that role
/// (with the same country, when the phrase gives one) unless the phrase is indefinite; else none
/// (a person named by the role, or the office's holder, is the caller's).
fn known_holder(
    c: &mut Ctx<'_>,
    role: &str,
    role_text: &str,
    country_iso: Option<&str>,
    (start, after): (usize, usize),
) -> Option<usize> {
    let head = role.to_lowercase().replace('’', "'");
    let not_holder = c.lex.words.affixes(W::NotHolder);
    let office = office_words(c, &head, role_text);
    // (an indefinite article introduces someone new: « un porte-parole du ministère »)
    let new = c.m(start).is(W::Indefinite);
    let holder = c.reg.persons_with_role().filter(|_| !new).find(|&e| {
        let e = &c.reg.entities[e];
        e.role.as_ref().is_some_and(|r| {
            holds(not_holder, r, &head) && same_office(&office_words(c, &head, r), &office)
        }) && (country_iso.is_none() || e.country.as_deref() == country_iso)
    });
    // (over the genitive and the name of a country or a body that owns the role: Marcelo
    // Ebrard, Mexico's foreign minister,)
    let owned = c.m(start).any_norm(W::Genitive) || c.tok(start).norm == "'";
    let start = owned
        .then(|| c.out.iter().rev().find(|m: &&Mention| m.end == start))
        .flatten()
        .map_or(start, |m| m.start);
    // (a name's: not "the death of his mother, Chad's ambassador confirmed"; nor, when the
    // phrase is the subject of the verb after it, a name that does not open the sentence: "In an
    // interview with X, the senator said")
    let subject = after < c.w.to && (c.cue_after(after) || c.m(after).is(W::Aux));
    let apposed = (start > c.w.from + 1 && c.tok(start - 1).norm == ",")
        .then(|| c.out.iter().rev().find(|m: &&Mention| m.end == start - 1))
        .flatten()
        .filter(|m| !owned || m.name.is_some())
        .filter(|m| !subject || m.start == c.w.from)
        .and_then(|m| match m.kind {
            MentionKind::Entity(e) => Some(e),
            _ => None,
        })
        .filter(|&e| c.reg.person_after_all(e));
    if let Some(e) = apposed {
        c.reg.set_role_if_none(e, role_text);
    }
    apposed.or(holder)
}

/// Whether a role held in the article and a role phrase without a name can be one office: the
/// words that make the office particular (its portfolio after "de" / "of", the words before the
/// role noun) of one are among the other's (le ministre → the ministre de l'Intérieur; le
/// ministre de l'Économie → the ministre de l'Économie et des Finances), not two portfolios
/// (ministre de l'Intérieur, ministre de l'Économie; Foreign Minister, Defense Minister) nor
/// another office (Première ministre). `held` and `phrase` are the words of each that [`office_words`] gives.
fn same_office(held: &BTreeSet<String>, phrase: &BTreeSet<String>) -> bool {
    held.is_subset(phrase) || phrase.is_subset(held)
}

/// The words of role `text` that make its office particular, in lower case: the words before
/// the role noun `head` that make another role with it (foreign minister, Première ministre) and
/// the portfolio after its "de" / "of", in capitals or not (ministre de l'Économie, porte-parole
/// du ministère, mère du suspect), and, for a spokesperson, the body before the noun (the FBI
/// spokesman), and a party's word before it (the Republican nominee).
fn office_words(c: &Ctx<'_>, head: &str, text: &str) -> BTreeSet<String> {
    let words = &c.lex.words;
    let function = |w: &str| {
        words.any(W::Determiner, w)
            || words.any(W::Preposition, w)
            || words.any(W::Of, w)
            || words.any(W::And, w)
            || words.any(W::NotHolder, w)
    };
    let toks: Vec<&str> = text
        .split_whitespace()
        .flat_map(
            |w| match w.char_indices().find(|&(_, ch)| ch == '\'' || ch == '’') {
                Some((at, ch)) if at + ch.len_utf8() < w.len() => {
                    let cut = at + ch.len_utf8();
                    vec![&w[..cut], &w[cut..]]
                }
                _ => vec![w],
            },
        )
        .collect();
    let lower: Vec<String> = toks
        .iter()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let head_words: Vec<&str> = head.split_whitespace().collect();
    let Some(at) = head_words
        .first()
        .and_then(|first| lower.iter().position(|w| w == first))
    else {
        return BTreeSet::new();
    };
    let after_head = at + head_words.len();
    // (only words that make another role with the noun: Première ministre, foreign minister; not
    // Senate Democratic leader)
    let roles = words.phrases.roles(c.lang);
    let own = (0..at).find(|&j| roles.has_lowered(&lower[j..after_head]));
    let mut out: BTreeSet<String> = own
        .map(|j| {
            lower[j..at]
                .iter()
                .filter(|w| !function(w))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    // a spokesperson's body before the noun makes the office (the Pentagon spokesman is not the
    // FBI spokesman)
    if words.any(W::Spokesperson, head) {
        out.extend(lower[..at].iter().filter(|w| !function(w)).cloned());
    }
    // … and so does a party's word before it (the Republican nominee is not the Democratic
    // vice presidential nominee)
    out.extend(
        lower[..at]
            .iter()
            .filter(|w| words.any(W::PartyMember, w))
            .cloned(),
    );
    if let Some(of) = (after_head..lower.len()).find(|&k| words.any(W::Of, &lower[k])) {
        let portfolio = (of + 1..lower.len()).find(|&k| !function(&lower[k]));
        if portfolio.is_some() {
            out.extend(lower[of + 1..].iter().filter(|w| !function(w)).cloned());
        }
    }
    out
}

/// "le président russe", "the French foreign minister" when the article names no one with that
/// role: the one person of the article the actor data has in that office on the publication day
/// (of that country, when the phrase gives one).
fn office_holder(c: &Ctx<'_>, role_text: &str, country: Option<&str>) -> Option<usize> {
    let day = c.published?;
    let text = role_text.to_lowercase().replace('’', "'");
    let not_holder = c.lex.words.affixes(W::NotHolder);
    let whole_words = |phrase: &str| {
        text.match_indices(phrase).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    let (_, _, office) = c
        .lex
        .words
        .phrases
        .offices
        .iter()
        // (a bare "minister" only alone: not le ministre de la Culture, another portfolio)
        .filter(|(lang, phrase, office)| {
            lang == c.lang
                && whole_words(phrase)
                && holds(not_holder, &text, phrase)
                && (*office != PhraseClass::OfficeMinister || text == *phrase)
        })
        .max_by_key(|(_, phrase, _)| phrase.len())?;
    let mut holders = c.reg.entities.iter().enumerate().filter(|(_, e)| {
        e.kind == EntityKind::Person
            && (country.is_none() || e.country.as_deref() == country)
            && e.key
                .as_deref()
                .is_some_and(|k| c.lex.in_office(k, day, *office))
    });
    let (first, _) = holders.next()?;
    // two persons in that office (two countries' presidents): the phrase alone cannot tell
    holders.next().is_none().then_some(first)
}

impl Ctx<'_> {
    /// A known actor named by `toks[a..b]` (full name or surname).
    fn known_actor(&self, a: usize, b: usize) -> Option<usize> {
        (a..b).find_map(|i| match self.gazetteer_at(i) {
            Some((n, Gaz::Actor(x))) if i + n <= b => Some(*x),
            // a surname after another first name is another person (Greg Abbott is not Tony
            // Abbott); an initial may stand for the first name (E. Macron)
            Some((n, Gaz::ActorSurname(x))) if i + n <= b => {
                let label = &self.lex.actors[*x].label;
                let first = self.tok(a).norm.trim_end_matches('.');
                let same = i == a
                    || label.split_whitespace().next().is_some_and(|f| {
                        crate::text::fold(f) == crate::text::fold(first)
                            || (first.chars().count() == 1 && f.starts_with(first))
                    });
                same.then_some(*x)
            }
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::holds;
    use crate::extract::lexicon::Lexicon;
    use crate::extract::testing::*;
    use crate::extract::words::W;

    #[test]
    fn a_party_word_before_a_named_holders_role_is_the_offices() {
        let text = "Democratic vice presidential nominee Tom Reyes spoke in Ohio on Monday. The Republican nominee vowed to cut taxes.";
        let s = one("en", SAT, text);
        assert_ne!(s.speaker, "Tom Reyes", "{text}");
        // … and the holder of the same party's office is still the one named so
        let text = "Republican presidential nominee Tom Reyes spoke in Ohio on Monday. The Republican nominee vowed to cut taxes.";
        assert_eq!(one("en", SAT, text).speaker, "Tom Reyes");
    }

    #[test]
    fn a_name_ends_before_a_particle_no_name_follows() {
        let found = mentions(
            "fr",
            "Le président Paul Okoro du Nigeria a rencontré l'émir Karim Salem d'Arabie saoudite.",
        );
        let labels: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert!(
            labels.contains(&"Paul Okoro") && labels.contains(&"Karim Salem"),
            "{found:?}"
        );
    }

    #[test]
    fn an_organisations_name_after_a_role_is_no_holder() {
        let found = mentions("en", "Anthony Anton, CEO of Washington Restaurant Association, stated, \"It is a math problem.\"");
        assert!(
            found
                .iter()
                .any(|(t, l)| t == "Washington Restaurant Association" && l == t),
            "{found:?}"
        );
        let s = one("en", SAT, "Anthony Anton, CEO of Washington Restaurant Association, stated, \"It is a math problem.\"");
        assert_eq!(s.speaker, "Anthony Anton");
    }

    #[test]
    fn a_complement_with_its_article_is_the_roles() {
        for (text, who) in [
            (
                "La ministre de la santé, Marisol Tournel, a annoncé un plan.",
                "Marisol Tournel",
            ),
            (
                "La dirigeante de l'opposition Jeanne Colin a dénoncé la réforme.",
                "Jeanne Colin",
            ),
            (
                "Selon le chef de la police municipale, la situation est calme.",
                "chef de la police municipale",
            ),
            (
                "Le porte-parole de l'aéronautique civile a démenti toute panne.",
                "porte-parole de l'aéronautique civile",
            ),
            // a place before the holder's name is the complement's (la région Bretagne)
            (
                "Le président de la région Bretagne Paul Kerrien a salué la décision.",
                "Paul Kerrien",
            ),
        ] {
            assert_eq!(one("fr", SAT, text).speaker, who, "{text}");
        }
        // one capitalised word after the complement names it, not the holder
        let x = extraction(
            "fr",
            "Le fondateur de la marque Lipton a annoncé sa retraite.",
        );
        assert!(
            !x.entities
                .iter()
                .any(|e| e.label == "Lipton" && e.kind == crate::extract::EntityKind::Person),
            "{:?}",
            x.entities
        );
        // nor does a word that opens another role belong to the complement
        let s = one(
            "fr",
            SAT,
            "L'épouse de l'ancien Premier ministre Paul Kerrien a dénoncé la décision.",
        );
        assert_ne!(s.speaker, "Premier", "{s:?}");
    }

    #[test]
    fn a_role_with_describing_words_after_its_article_is_a_role_phrase() {
        for text in [
            "The independent Vermont senator told reporters that the bill was dead.",
            "The longtime senator said on Monday that the bill was dead.",
        ] {
            let s = one("en", SAT, text);
            assert!(s.speaker.ends_with("senator"), "{text}: {s:?}");
        }
        // in French the words that describe mostly follow the noun
        let x = extraction(
            "fr",
            "Paul Morin a rencontré lundi le jeune président des États-Unis.",
        );
        assert!(
            x.entities.iter().any(|e| e.label == "United States"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_known_actor_named_by_role_and_first_name_is_the_gazetteers() {
        for (lang, text) in [
            (
                "fr",
                "Le pape François a déclaré que la guerre était une folie.",
            ),
            ("en", "Pope Francis said that the war was madness."),
        ] {
            let e = first_speaker(lang, text);
            assert_eq!(e.key.as_deref(), Some("francis"), "{text}");
        }
    }

    #[test]
    fn the_holders_name_after_a_portfolio_is_the_last_two_capitalised_words() {
        for (text, who) in [
            (
                "La ministre de la Culture Miri Regev a demandé la fermeture des bureaux.",
                "Miri Regev",
            ),
            (
                "Le ministre de l'Intérieur Aurélien Maury a demandé la fermeture des bureaux.",
                "Aurélien Maury",
            ),
        ] {
            assert_eq!(first_speaker("fr", text).label, who, "{text}");
        }
        // not in apposition to a name given before, nor an organisation's name
        for (text, who) in [
            ("Marc Morial, the chief executive of the National Urban League, said the vote mattered.", "Marc Morial"),
            ("Ann Cole, chairwoman of the Black Caucus PAC, said the vote mattered.", "Ann Cole"),
        ] {
            assert_eq!(first_speaker("en", text).label, who, "{text}");
        }
    }

    #[test]
    fn a_name_qualifying_a_role_without_a_name_is_not_the_speaker() {
        use crate::extract::EntityKind::Person;
        // English: the candidate, the aide, the body's spokesman speaks
        for (text, who, kind) in [
            (
                "Ann Cole won in Iowa. The Cole aide said the count was wrong.",
                "Cole aide",
                Person,
            ),
            (
                "The GOP presidential candidate said the count was wrong.",
                "GOP presidential candidate",
                Person,
            ),
            (
                "The Pentagon sent ships. The Pentagon spokesman said the count was wrong.",
                "Pentagon spokesman",
                Person,
            ),
        ] {
            let x = extraction("en", text);
            let s = x.statements.last().unwrap_or_else(|| panic!("{text}"));
            let e = &x.entities[s.speaker];
            assert_eq!((e.label.as_str(), e.kind), (who, kind), "{text}");
        }
        // French puts no name before the noun: « le Conseil d'État juge » is a verb's subject
        let found = mentions("fr", "Le Conseil d'État juge illégale la sélection.");
        assert!(
            found.iter().any(|(t, _)| t == "Conseil d'État"),
            "{found:?}"
        );
    }

    #[test]
    fn a_portfolio_goes_on_after_and() {
        // one minister of two portfolios, not two speakers
        for (text, who) in [
            (
                "La ministre de la Culture et des Sports Miri Regev a demandé que les bureaux soient fermés.",
                "Miri Regev",
            ),
            (
                "Le ministre de l'Économie et des Finances Michel Sapin a déclaré que la croissance reviendrait.",
                "Michel Sapin",
            ),
        ] {
            assert_eq!(one("fr", SAT, text).speaker, who, "{text}");
        }
        let x = extraction(
            "fr",
            "L'Association pour la Protection des Droits Humains et des Personnes a dénoncé le jugement.",
        );
        let s = x
            .statements
            .first()
            .unwrap_or_else(|| panic!("no statement"));
        assert_eq!(
            x.entities[s.speaker].label,
            "Association pour la Protection des Droits Humains et des Personnes"
        );
    }

    #[test]
    fn a_role_after_a_genitive_is_the_role_of_that_name() {
        for (text, who) in [
            (
                "Mayor Tom Hale's spokesman said the road would reopen.",
                "Mayor Tom Hale's spokesman",
            ),
            (
                "Google's chief executive also said profits rose.",
                "Google's chief executive",
            ),
            (
                "Senator Ann Cole's lawyer has said the charges were false.",
                "Senator Ann Cole's lawyer",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
        // a name after it is the holder's; a longer role is not cut after its first word
        for (text, who) in [
            (
                "Mayor Tom Hale's spokesman, Paul Reyes, said the road would reopen.",
                "Paul Reyes",
            ),
            (
                "\"We are ready,\" said Senator Ann Cole's deputy campaign manager, Rich Beeson.",
                "Rich Beeson",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn an_unnamed_spokesperson_is_named_by_the_body_they_speak_for() {
        // definite or not, the body known or not (GUIDELINES.md: else that role phrase)
        for (text, who) in [
            (
                "A Treasury spokesman said the agency does not comment.",
                "Treasury spokesman",
            ),
            (
                "A police spokeswoman said two suspects had been arrested.",
                "police spokeswoman",
            ),
            (
                "An FBI spokesman said the inquiry was closed.",
                "FBI spokesman",
            ),
            (
                "The Coast Guard spokesperson said the search had ended.",
                "Coast Guard spokesperson",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
        // one body's spokesman is not another's
        let all = run(
            "en",
            SAT,
            "An FBI spokesman said the inquiry was closed. The Pentagon spokesman said the strike \
             killed four militants. The FBI spokesman added that no one was charged.",
        );
        let who: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(
            who,
            ["FBI spokesman", "Pentagon spokesman", "FBI spokesman"]
        );
        // a spokesman described by no body is nobody in particular
        assert!(run("en", SAT, "A senior spokesman said the plan was dead.").is_empty());
        // the Pentagon spokesman is of the Pentagon's country
        let x = extraction(
            "en",
            "The Pentagon spokesman said the strike killed four militants.",
        );
        let s = x
            .statements
            .first()
            .unwrap_or_else(|| panic!("no statement"));
        assert_eq!(x.entities[s.speaker].country.as_deref(), Some("US"));
    }

    #[test]
    fn an_indefinite_role_or_another_portfolio_is_someone_new() {
        let all = run(
            "fr",
            SAT,
            "Le porte-parole du Kremlin indique que Moscou n'est pas intéressé. Un porte-parole \
             du ministère a déclaré que l'ambassade resterait fermée. La porte-parole de la police \
             a indiqué que deux suspects avaient été arrêtés. Le porte-parole a ajouté que tout \
             allait bien.",
        );
        let who: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(
            who,
            [
                "porte-parole du Kremlin",
                "porte-parole du ministère",
                "porte-parole de la police",
                "porte-parole de la police"
            ]
        );
        // the mother of the suspect is not the mother of the victim
        let all = run(
            "fr",
            SAT,
            "La mère de Paul Morin a parlé aux enquêteurs. La mère du suspect a qualifié cette \
             hypothèse de « légende ».",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("mère du suspect")
        );
    }

    #[test]
    fn a_role_is_one_of_the_articles_language() {
        // « aide » is help in French, an aide in English
        let x = extraction(
            "fr",
            "Le gouvernement a salué l'aide de Médecins sans frontières aux sinistrés.",
        );
        assert!(
            x.entities
                .iter()
                .any(|e| e.label == "Médecins sans frontières"),
            "{:?}",
            x.entities
        );
        let e = first_speaker("en", "Senate aide Mark Delaney said the bill was dead.");
        assert_eq!(e.label, "Mark Delaney");
        assert_eq!(e.role.as_deref(), Some("aide"));
    }

    #[test]
    fn an_organisation_in_a_roles_complement_is_no_person() {
        for text in [
            "Ann Cole, the chairwoman of the Maryland Democratic Party, said the vote was fair.",
            "Adam Reyes, a candidate for the US Libertarian Party nomination, said the vote was fair.",
        ] {
            let x = extraction("en", text);
            assert!(
                x.entities.iter().filter(|e| e.label.ends_with("Party")).all(|e| e.kind == crate::extract::EntityKind::Organisation),
                "{:?}",
                x.entities
            );
        }
    }

    #[test]
    fn a_role_without_a_name_is_the_known_actor_in_that_office() {
        // 2022-01-08: Putin is Russia's head of state, Biden the United States'
        for (lang, text) in [
            ("fr", "Vladimir Poutine a reçu Joe Biden. Le président russe a dit que la rencontre était utile."),
            ("en", "Vladimir Putin met Joe Biden in Geneva. The Russian president said the talks were useful."),
        ] {
            let all = run(lang, SAT, text);
            let who = all.last().map(|s| s.speaker.as_str());
            assert!(matches!(who, Some("Vladimir Putin" | "Vladimir Poutine")), "{text}: {who:?}");
        }
        // two heads of state, and a role that says no country: nobody can tell
        let all = run(
            "en",
            SAT,
            "Vladimir Putin met Joe Biden in Geneva. The president said the talks were useful.",
        );
        assert_eq!(all.last().map(|s| s.speaker.as_str()), Some("president"));
        // a place between the article and the role: the Florida senator
        let x = speaker_countries(
            "en",
            "Ann Cole campaigned in Ohio. The Florida senator said the vote was close.",
        );
        assert_eq!(x, vec![("senator".to_string(), Some("US".to_string()))]);
    }

    #[test]
    fn an_office_of_several_words_is_one_in_lower_case_too() {
        for (text, role, country) in [
            (
                "The British foreign secretary said the talks had failed.",
                "foreign secretary",
                "GB",
            ),
            (
                "Russia's defence minister said the drills were over.",
                "defence minister",
                "RU",
            ),
        ] {
            let x = speaker_countries("en", text);
            assert_eq!(
                x,
                vec![(role.to_string(), Some(country.to_string()))],
                "{text}"
            );
        }
        // 2022-01-08: Liz Truss is the British foreign secretary
        let text =
            "Liz Truss was in Paris. The British foreign secretary said the talks had failed.";
        assert_eq!(one("en", SAT, text).speaker, "Liz Truss");
        // a place after a noun complement is the complement's, no holder's name
        let text = "The attorney general of the state of New York said the case was strong.";
        assert_eq!(
            one("en", SAT, text).speaker,
            "attorney general of the state of New York"
        );
    }

    #[test]
    fn the_words_of_a_roles_field_after_a_genitive_are_the_roles() {
        for (text, role, country) in [
            (
                "Pakistan's army chief said the border was calm.",
                "army chief",
                Some("PK"),
            ),
            (
                "The UN's human rights chief said the border was calm.",
                "UN's human rights chief",
                None,
            ),
        ] {
            let x = speaker_countries("en", text);
            let want = vec![(role.to_string(), country.map(str::to_string))];
            assert_eq!(x, want, "{text}");
        }
        // (not a noun before "as": her tenure as secretary of state is no one)
        let text = "Ann Cole's tenure as secretary of state said nothing of the talks.";
        assert!(run("en", SAT, text).is_empty(), "{text}");
    }

    #[test]
    fn the_minister_alone_is_the_one_minister_the_article_names() {
        // 2022-01-08: Jean-Yves Le Drian is France's foreign minister
        let text =
            "Jean-Yves Le Drian est arrivé à Moscou. Le ministre a ajouté que les sanctions \
                    seraient lourdes. La ministre de la Culture a dit non.";
        let who: Vec<String> = run("fr", SAT, text)
            .into_iter()
            .map(|s| s.speaker)
            .collect();
        assert_eq!(who, ["Jean-Yves Le Drian", "ministre de la Culture"]);
    }

    #[test]
    fn a_title_before_the_name_in_apposition_to_a_role_is_no_part_of_it() {
        // one actor for Sen. Tim Reyes and Tim Reyes; not a chain with no first name (General
        // Dynamics)
        for (text, who) in [
            (
                "The chairman, Gen. Joseph Reyes, said the plan was bad.",
                "Joseph Reyes",
            ),
            (
                "The running mate, Sen. Tim Reyes, said the plan was bad.",
                "Tim Reyes",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn a_bare_name_with_a_role_in_apposition_is_a_person() {
        for (lang, text) in [
            (
                "fr",
                "Mélenchon, le leader de La France insoumise, a dénoncé la loi.",
            ),
            ("fr", "Dupont, un député de la majorité, a dénoncé la loi."),
            (
                "en",
                "Smith, the Republican senator, declined to endorse the bill.",
            ),
        ] {
            let x = extraction(lang, text);
            let speaker = &x.entities[x.statements[0].speaker];
            assert_eq!(speaker.kind, crate::extract::EntityKind::Person, "{text}");
        }
    }

    #[test]
    fn a_king_is_no_president_and_a_president_no_king() {
        // 2022-01-08: Abdullah II reigns in Jordan, Macron presides over France
        for (lang, text, king, president) in [
            (
                "en",
                "Emmanuel Macron met King Abdullah II in Amman. The king said the talks were useful. \
                 The president said the visit was a success.",
                "Abdullah II",
                "Emmanuel Macron",
            ),
            (
                "fr",
                "Emmanuel Macron a reçu le roi Abdallah II à Paris. Le roi a dit que la visite était utile. \
                 Le président a affirmé que la rencontre était un succès.",
                "Abdallah II",
                "Emmanuel Macron",
            ),
        ] {
            let who: Vec<String> = run(lang, SAT, text).into_iter().map(|s| s.speaker).collect();
            assert_eq!(who, vec![king.to_string(), president.to_string()], "{text}");
        }
        // the one head of state the article names is a president: "the king" is not him
        for (lang, text) in [
            (
                "en",
                "Emmanuel Macron was in Paris on Friday. The king said the plan was good.",
            ),
            (
                "fr",
                "Emmanuel Macron était à Paris vendredi. Le roi a dit que le plan était bon.",
            ),
        ] {
            let who: Vec<String> = run(lang, SAT, text)
                .into_iter()
                .map(|s| s.speaker)
                .collect();
            assert!(!who.iter().any(|w| w.contains("Macron")), "{text}: {who:?}");
        }
    }

    #[test]
    fn an_indefinite_role_with_no_name_body_or_country_is_a_vague_source() {
        for (lang, text) in [
            ("en", "A senator told reporters the bill was dead."),
            ("fr", "Un ministre a déclaré que la réforme était morte."),
        ] {
            assert!(run(lang, SAT, text).is_empty(), "{text}");
        }
        // with its body, it speaks
        let s = one(
            "fr",
            SAT,
            "Un porte-parole du ministère a déclaré que la réforme était morte.",
        );
        assert_eq!(s.speaker, "porte-parole du ministère");
    }

    #[test]
    fn a_country_or_a_place_with_its_genitive_qualifies_a_role() {
        for (text, country) in [
            ("Norway's foreign minister said the talks had failed.", "NO"),
            ("Ohio's governor said the state would help.", "US"),
        ] {
            let x = extraction("en", text);
            let e = &x.entities[x.statements[0].speaker];
            assert_eq!(e.country.as_deref(), Some(country), "{text}");
            assert_eq!(e.kind, crate::extract::EntityKind::Person, "{text}");
        }
    }

    #[test]
    fn a_role_of_a_region_or_a_city_is_followed_by_the_name() {
        for (lang, text, who, iso) in [
            (
                "en",
                "First Minister of Scotland Ann Blair said the ruling was historic.",
                "Ann Blair",
                "GB",
            ),
            (
                "en",
                "Mayor of Chicago Tom Reyes said the city would rebuild.",
                "Tom Reyes",
                "US",
            ),
            (
                "fr",
                "Le maire de Lyon Paul Morin a déclaré que la ville serait reconstruite.",
                "Paul Morin",
                "FR",
            ),
            // over "de" before the place of a noun complement
            (
                "fr",
                "Le maire de la ville de Lyon Paul Morin a déclaré que la ville serait reconstruite.",
                "Paul Morin",
                "FR",
            ),
            (
                "fr",
                "Le maire de la commune d'Ottawa Jim Reyes a annoncé que la ville serait reconstruite.",
                "Jim Reyes",
                "CA",
            ),
        ] {
            let x = speaker_countries(lang, text);
            assert_eq!(x, vec![(who.to_string(), Some(iso.to_string()))], "{text}");
        }
    }

    #[test]
    fn an_acronym_after_a_role_is_an_organisation_not_a_name() {
        let x = extraction(
            "fr",
            "Yannick Jadot, candidat EELV à la présidentielle, a affirmé que chaque voix comptait.",
        );
        let eelv = x.entities.iter().find(|e| e.label == "EELV").unwrap();
        assert_eq!(eelv.kind, crate::extract::EntityKind::Organisation);
        let s = one(
            "fr",
            SAT,
            "Yannick Jadot, candidat EELV à la présidentielle, a affirmé que chaque voix comptait.",
        );
        assert_eq!(s.speaker, "Yannick Jadot");
    }

    #[test]
    fn two_roles_of_one_person_and_a_ministers_name_after_the_ministry() {
        let s = one(
            "fr",
            SAT,
            "La décision a suscité la colère du garde des Sceaux et ministre de la Justice Jean Dupont, qui a rappelé que la loi était claire.",
        );
        assert_eq!(s.speaker, "Jean Dupont");
        let s = one(
            "fr",
            SAT,
            "Le ministre de l'Éducation Jean Dupont a annoncé une réforme des lycées.",
        );
        assert_eq!(s.speaker, "Jean Dupont");
    }

    #[test]
    fn a_vice_president_is_not_the_president() {
        let lex = Lexicon::builtin();
        let not = lex.words.affixes(W::NotHolder);
        assert!(holds(not, "United States President", "president"));
        assert!(holds(not, "président russe", "président"));
        assert!(!holds(not, "Vice President", "president"));
        assert!(!holds(not, "ancien ministre de l'économie", "ministre"));
        assert!(holds(
            not,
            "secrétaire d’Etat américain",
            "secrétaire d'etat"
        ));
    }

    #[test]
    fn a_role_phrase_refers_back_only_to_the_same_office() {
        // another portfolio, or another office with the same noun, is someone else
        for text in [
            "Le ministre de l'Intérieur Paul Morin a visité Lyon. Le ministre de l'Économie a estimé que la croissance ralentirait.",
            "La Première ministre Claire Dubois a visité Lyon. Le ministre de l'Économie a estimé que la croissance ralentirait.",
        ] {
            let all = run("fr", SAT, text);
            assert!(
                all.iter()
                    .all(|s| s.speaker != "Paul Morin" && s.speaker != "Claire Dubois"),
                "{text}: {all:?}"
            );
        }
        let all = run(
            "en",
            SAT,
            "Foreign Minister Ann Cole visited Paris. The Defense Minister said the troops would stay.",
        );
        assert!(all.iter().all(|s| s.speaker != "Ann Cole"), "{all:?}");
        // … nor is one of another party
        let all = run(
            "en",
            SAT,
            "Tim Kaine, the Democratic vice presidential nominee, was in Ohio. The Republican nominee vowed to punish those who leak secrets.",
        );
        assert!(all.iter().all(|s| s.speaker != "Tim Kaine"), "{all:?}");
        // the same portfolio, or the bare noun, is the holder
        for text in [
            "Le ministre de l'Économie Paul Morin a visité Lyon. Le ministre de l'Économie a estimé que la croissance ralentirait.",
            "Le ministre de l'Économie Paul Morin a visité Lyon. Le ministre a estimé que la croissance ralentirait.",
            // (an adjective between the role and the name is the role's)
            "Le sénateur républicain Paul Morin a visité Lyon. Le sénateur a estimé que la loi était injuste.",
            "La députée socialiste Paul Morin a visité Lyon. La députée a estimé que la loi était injuste.",
        ] {
            assert_eq!(one("fr", SAT, text).speaker, "Paul Morin", "{text}");
        }
        let s = one(
            "en",
            SAT,
            "Foreign Minister Ann Cole visited Paris. The minister said the talks would resume.",
        );
        assert_eq!(s.speaker, "Ann Cole");
    }

    #[test]
    fn a_role_in_apposition_without_an_article_or_after_an_owner_is_the_names() {
        for (lang, body, who) in [
            (
                "fr",
                "Marc Lenoir, ministre des Transports, s'est rendu à Lyon. Le ministre a \
                 affirmé que la ligne rouvrirait.",
                "Marc Lenoir",
            ),
            (
                "en",
                "Tom Reyes, Ghana's foreign minister, flew to Lagos. The foreign minister said \
                 the border would reopen.",
                "Tom Reyes",
            ),
        ] {
            assert_eq!(speakers_of(lang, body), [who], "{body}");
        }
        // … not an owner's role after a comma that ends a phrase of no name
        let body = "He was mourning the death of his mother, Acme's spokesman confirmed.";
        let all = run("en", SAT, body);
        assert!(all.iter().all(|s| s.speaker != "mother"), "{all:?}");
        // … nor the name at the end of an opening phrase before a role phrase that is the
        // verb's subject
        for (lang, body, who) in [
            (
                "en",
                "Senator Ann Cole flew to Ohio. In an interview with Tom Reyes, the senator said \
                 the plan was flawed.",
                "Ann Cole",
            ),
            (
                "fr",
                "La sénatrice Claire Dubois est à Lyon. Dans une interview à Paul Morin, la \
                 sénatrice a critiqué le projet.",
                "Claire Dubois",
            ),
        ] {
            assert_eq!(speakers_of(lang, body), [who], "{body}");
        }
        // … and the complement of a bare role keeps its names
        let who: Vec<(String, String)> = mentions(
            "fr",
            "Marc Lenoir, président de la CFDT, a dénoncé la réforme.",
        );
        assert!(who.iter().any(|(text, _)| text == "CFDT"), "{who:?}");
    }

    #[test]
    fn a_role_phrase_refers_to_the_holder_mentioned_last() {
        for (lang, body, who) in [
            (
                "en",
                "President Ann Cole played golf with World Bank President Tom Reed. \"It went well,\" \
                 Cole said on Saturday. The president also said the deal was fair.",
                "Ann Cole",
            ),
            (
                "fr",
                "Le sénateur Paul Morin a reçu le sénateur Jean Dubois. Lundi, Paul Morin était à Lyon. \
                 Le sénateur a estimé que la loi était injuste.",
                "Paul Morin",
            ),
            // an abbreviated title is the role written in full
            (
                "en",
                "Sen. Ann Cole met voters in Dayton on Monday. The senator said the plant would stay open.",
                "Ann Cole",
            ),
            (
                "en",
                "Lt. Gov. Tom Reed toured the plant. The lieutenant governor said it would stay open.",
                "Tom Reed",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{body}: {all:?}");
        }
        let x = extraction("en", "Gov. Tom Reed toured the plant on Monday.");
        let reed = x.entities.iter().find(|e| e.label == "Tom Reed");
        assert_eq!(reed.and_then(|e| e.role.as_deref()), Some("Governor"));
    }

    #[test]
    fn a_role_phrase_is_the_person_who_holds_it() {
        let all = run(
            "fr",
            SAT,
            "Le président kazakh Kassym-Jomart Tokaïev a reçu les ambassadeurs. Le président kazakh a ensuite affirmé que l'ordre était rétabli.",
        );
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].speaker, "Kassym-Jomart Tokaïev");
    }

    #[test]
    fn a_person_is_mentioned_by_name_not_by_role() {
        let found = mentions(
            "fr",
            "Le président Emmanuel Macron a reçu M. Blinken. Le président a ensuite déclaré que rien n'était décidé.",
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Emmanuel Macron", "Blinken"], "{found:?}");
    }

    #[test]
    fn the_press_roles_introduce_their_holder() {
        // a columnist, a reporter, an editor is the person named after it, not the paper
        for (body, who) in [
            ("Columnist Ai Lin wrote in the Harbor Times that voters were tired.", "Ai Lin"),
            ("The Daily Ledger columnist Ruth Olsen has long opposed the mayor but on Tuesday wrote that his plan was sound.", "Ruth Olsen"),
            ("Fox News contributor Glen Harker renewed his feud with the mayor this week after writing that the plan was a fraud.", "Glen Harker"),
            (
                "The magazine's editor, Lena Park, said the cover was a mistake.",
                "Lena Park",
            ),
        ] {
            let all = run("en", SAT, body);
            assert_eq!(
                all.last().map(|s| s.speaker.as_str()),
                Some(who),
                "{body}: {all:?}"
            );
        }
    }

    #[test]
    fn a_courtesy_title_after_a_role_is_no_part_of_the_name() {
        for (lang, body, who) in [
            (
                "en",
                "Party spokesman Dr. Alan Brevik said the vote was fair.",
                "Alan Brevik",
            ),
            (
                "fr",
                "Le ministre M. Paul Garnier a affirmé que le vote était juste.",
                "Paul Garnier",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(
                all.last().map(|s| s.speaker.as_str()),
                Some(who),
                "{body}: {all:?}"
            );
        }
    }

    #[test]
    fn a_role_after_capitalised_words_that_qualify_it_is_a_description() {
        // the article, capitalised words no rule takes and words in lower case before the role
        for (body, who) in [
            ("Tom Ruiz spoke in Iowa. \"We will win,\" the Republican presidential candidate said on Sunday.", "Republican presidential candidate"),
            ("Tom Ruiz spoke in Iowa. The Senate minority leader said that the bill was dead.", "Senate minority leader"),
            // the holder the article names
            ("Republican presidential candidate Tom Ruiz spoke in Iowa on Monday. The Republican presidential candidate said that taxes would fall.", "Tom Ruiz"),
        ] {
            let all = run("en", SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{body}: {all:?}");
        }
    }

    #[test]
    fn a_host_or_a_moderator_is_a_role_not_a_verb_after_a_modal() {
        let s = one(
            "en",
            SAT,
            "Tom Ruiz was asked by host Ann Cole whether his aim was to win.",
        );
        assert_eq!(s.speaker, "Ann Cole");
        let s = one(
            "en",
            SAT,
            "Moderator Ann Cole asked Tom Ruiz why he had attacked the mayor.",
        );
        assert_eq!(s.speaker, "Ann Cole");
        // (a verb after a modal: the party may host)
        let all = run(
            "en",
            SAT,
            "Tom Ruiz said the party may host its first open convention in Cleveland.",
        );
        assert!(
            all.iter()
                .all(|s| s.targets.iter().all(|t| !t.contains("host"))),
            "{all:?}"
        );
        let x = extraction(
            "en",
            "Tom Ruiz said the party may host its convention in Cleveland.",
        );
        assert!(
            x.entities.iter().all(|e| !e.label.contains("host")),
            "{:?}",
            x.entities
        );
    }
}
