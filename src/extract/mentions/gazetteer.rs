//! `gazetteer_name`: the longest phrase of the gazetteer at a token — a country (its name, a
//! demonym, its capital: Moscou is Russia), a country adjective (kept apart: a target, never a
//! speaker), a seat of government (le Kremlin: an organisation of its country), a known organisation
//! (OTAN) or a known actor by full name (Kassym-Jomart Tokaïev, with any middle name after it) or by
//! surname (Blinken, joining the person of that surname the article already names); else names
//! joined by hyphens ([`super::compound`]: the US-China trade war). A month's name may be a
//! person's name ([`Ctx::month_names_a_person`]: Theresa May, April Ryan).

use super::super::lexicon::{exact, CountryHow, Gaz, Lexicon};
use super::super::tokens::Token;
use super::super::words::W;
use super::person_names::ends_name;
use super::registry::org_key;
use super::{Ctx, MentionKind};
use crate::text::slug;

/// "a confié au Monde", "les révélations du Canard enchaîné": after a contraction, an organisation
/// whose name's article it absorbed.
fn contracted_org_at(c: &Ctx<'_>, i: usize) -> Option<(usize, usize)> {
    if i <= c.w.from || !c.m(i - 1).any(W::Contraction) {
        return None;
    }
    c.lex
        .contracted
        .longest_at(c.w.toks, i, exact)
        .map(|(n, o)| (n, *o))
}

/// Whether the gazetteer's phrase at `i` (`n` tokens) is a person's name that the name chain
/// decides: a known surname that is also a first name opens another person's name (Christopher
/// Bell is not Warren Christopher); a word the article already gave as a person's surname is that
/// person (Mark Cuban … Cuban said; Michael Bloomberg … Bloomberg said), though it is a demonym or
/// a body's name too.
fn part_of_a_name(c: &Ctx<'_>, i: usize, n: usize, g: &Gaz, surface: &str) -> bool {
    // (or any known surname before a name the article has not given that actor: Florian
    // Philippot is not Pierre de Bousquet de Florian)
    let first_name = matches!(g, Gaz::ActorSurname(_))
        && (c.is_first_name(i) || c.reg.surname(surface).is_none())
        && i + n < c.w.to
        && c.is_name_token(i + n);
    let surname =
        matches!(g, Gaz::Country(..) | Gaz::Org(_)) && n == 1 && c.reg.surname(surface).is_some();
    // (a person's name before the capitalised head of a body opens the body's name: the Clinton
    // Foundation, the Trump Organization, the Obama Administration)
    let body = matches!(g, Gaz::Actor(_) | Gaz::ActorSurname(_))
        && i + n < c.w.to
        && c.tok(i + n).is_capitalized()
        && c.m(i + n).any_norm(W::Orghead);
    first_name || surname || body
}

/// "said Chad Bown", "Jordan Peterson said": a country's name of one word before one more name word
/// (not a head, a role, an acronym, a name the lexicon knows or a word the article writes in lower
/// case: the Jordan Valley, the US Secretary of State, USA TODAY, the U.S. Census) opens a
/// person's name: where that name ends.
fn country_as_first_name(c: &Ctx<'_>, i: usize, n: usize, g: &Gaz) -> Option<usize> {
    if !matches!(g, Gaz::Country(_, CountryHow::Name)) || n != 1 {
        return None;
    }
    // (the chain of names after it: the country's name ends a chain of its own)
    let end = c.name_chain(i + 1, c.w.to);
    let heads = [W::Orghead, W::PlaceHead, W::Document, W::WorldRegion];
    let k = i + 1;
    // (not inside a longer name: Priorities USA Action, Make America Great Again; not a word the
    // article writes in lower case: the U.S. Census, America Rising)
    let inside = i > c.w.from && c.tok(i - 1).is_capitalized() && !c.m(i - 1).any_norm(W::Function);
    let surname = end == k + 1
        && !inside
        && !c.common.contains(c.tok(k).lower())
        && !heads.iter().any(|&h| c.m(k).any_norm(h))
        && c.gazetteer_at(k).is_none()
        && c.place_at(k).is_none()
        && !c.holds_role(k, end)
        && !super::acronyms::acronym_like(&c.tok(k).norm);
    // … where a person stands: before a reporting verb or a comma and a description, after a
    // reporting verb (Jordan Peterson said; said Chad Bown, an economist)
    let speaks = c.verb_cue_after(end)
        || end + 1 < c.w.to && c.low(end) == "," && !c.tok(end + 1).is_capitalized()
        || i > c.w.from && c.verb_cue_after(i - 1);
    (surname && speaks).then_some(end)
}

/// An acronym the article gave to a name of its own is that name's, whatever the gazetteer knows
/// by it (le Rassemblement pour la Calédonie (RPC) … le RPC: not China's RPC).
fn own_acronym(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let word = &c.tok(i).norm;
    if !super::acronyms::is_acronym(word) || c.gazetteer_at(i).is_none_or(|(n, _)| n != 1) {
        return None;
    }
    let e = c.reg.find(&org_key(word))?;
    c.add(i, i + 1, MentionKind::Entity(e));
    Some(i + 1)
}

/// "the Amazon rainforest", "the Amazon River": whether a body's name `g` ending at `end` is
/// followed by a place's head, so names that place, no actor (a country's stays: London Bridge is
/// in the country the article is about; not a first name: the Amazon River Jones).
fn names_a_place(c: &Ctx<'_>, end: usize, g: &Gaz) -> bool {
    let head = |k: usize| k < c.w.to && c.m(k).any_norm(W::PlaceHead);
    let name_after = end + 1 < c.w.to && c.tok(end + 1).is_capitalized() && !head(end + 1);
    matches!(g, Gaz::Org(_)) && head(end) && !name_after
}

pub(super) fn gazetteer_name(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let lex = c.lex;
    if let Some(end) = own_acronym(c, i) {
        return Some(end);
    }
    let (n, g, surface) = match c.gazetteer_at(i) {
        Some((n, g)) => (n, *g, c.text_of(i, i + n)),
        // the name with the article the contraction absorbed (Le Monde)
        None => match contracted_org_at(c, i) {
            Some((n, o)) => (n, Gaz::Org(o), lex.organisations[o].label_en.clone()),
            // names of the gazetteer joined by hyphens (the US-China trade war)
            None => return super::compound::hyphen_compound(c, i),
        },
    };
    if part_of_a_name(c, i, n, &g, &surface) {
        return None;
    }
    if let Some(end) = country_as_first_name(c, i, n, &g) {
        let e = c.person_named(&c.text_of(i, end), None);
        c.add_named(i, end, MentionKind::Entity(e), Some((i, end)));
        return Some(end);
    }
    if names_a_place(c, i + n, &g) {
        return Some(i + n + 1);
    }
    let (longer, own_type_after) = longer_or_own_type(c, &g, i + n);
    match g {
        Gaz::Country(x, how) => {
            let iso = lex.countries[x].iso.clone();
            let kind = match how {
                // a people (les Français, Americans) is no speaker: 64 % des Français estiment
                CountryHow::Adjective | CountryHow::Demonym => {
                    MentionKind::Adjective(c.reg.country(lex, &iso))
                }
                CountryHow::Seat => {
                    let key = format!("seat:{}", slug(&surface));
                    MentionKind::Entity(c.reg.org(key, &surface, Some(iso), None))
                }
                _ => MentionKind::Entity(c.reg.country(lex, &iso)),
            };
            c.add(i, i + n, kind);
        }
        Gaz::Org(_) if longer.is_some() => {
            let end = longer.unwrap_or(i + n);
            let name = c.text_of(i, end);
            let e = c.reg.org(org_key(&name), &name, None, None);
            c.add(i, end, MentionKind::Entity(e));
            return Some(end);
        }
        Gaz::Org(o) => {
            let (end, surface) = if own_type_after {
                (i + n + 1, c.text_of(i, i + n + 1))
            } else {
                (i + n, surface)
            };
            let e = known_org(c, o, &surface);
            known_org_kinds(c, e, &lex.organisations[o].kind, i);
            add_after_own_country(c, (i, end), o, e);
            return Some(end);
        }
        Gaz::Actor(a) => {
            // a longer name chain (a middle name) still names the actor
            let end = c.name_chain(i, c.w.to).max(i + n);
            let actor = lex.actor_on(a, c.published);
            let name = c.text_of(i, end);
            let country = lex.actor_country(a, c.published);
            let e = c.reg.person(&name, Some(actor.key.clone()), None, country);
            c.add(i, end, MentionKind::Entity(e));
            return Some(end);
        }
        Gaz::ActorSurname(a) => {
            let e = surname_person(c, a, &surface);
            // M. Blinken: the title belongs to the mention
            let titled = i > c.w.from && c.m(i - 1).any_norm(W::Title);
            let start = if titled { i - 1 } else { i };
            c.add_named(start, i + n, MentionKind::Entity(e), Some((i, i + n)));
        }
    }
    Some(i + n)
}

/// "The United States National Hurricane Center": known body `o` (entity `e`) at `i..end`, right
/// after a mention of its own country, starts at that country, whose mention it takes (not "the
/// Russian NATO envoy").
fn add_after_own_country(c: &mut Ctx<'_>, (i, end): (usize, usize), o: usize, e: usize) {
    let own = c.lex.organisations[o].country.clone();
    let (start, _) = super::names::take_opening_country(c, i, |x| x == own.as_deref());
    c.add(start, end, MentionKind::Entity(e));
}

/// The longest phrase of the gazetteer at token `k`, as the article's language has it where it
/// has it at that length (Argentine: a name in French), else in any language.
pub fn gazetteer_at<'l>(
    lex: &'l Lexicon,
    toks: &[Token],
    k: usize,
    lang: &str,
) -> Option<(usize, &'l Gaz)> {
    let found = lex.gazetteer.longest_at(toks, k, exact);
    let own = lex
        .gazetteer_by_lang
        .get(lang)
        .and_then(|g| g.longest_at(toks, k, exact));
    match (found, own) {
        (Some((n, _)), Some((m, g))) if m == n => Some((m, g)),
        _ => found,
    }
}

/// The entity of the lexicon's organisation `o`, named `surface` in the article.
pub(super) fn known_org(c: &mut Ctx<'_>, o: usize, surface: &str) -> usize {
    let org = &c.lex.organisations[o];
    let key = format!("known:{}", org.key);
    c.reg
        .org(key, surface, org.country.clone(), Some(org.key.clone()))
}

/// The person a known actor's surname alone names: the person of the article with that
/// surname, or whose name it ends (Marine Le Pen … Le Pen), else the actor.
pub(super) fn surname_person(c: &mut Ctx<'_>, a: usize, surface: &str) -> usize {
    if let Some(e) = c
        .reg
        .surname(surface)
        .or_else(|| surname_of_words(c, surface))
    {
        return e;
    }
    let lex = c.lex;
    let actor = lex.actor_on(a, c.published);
    let (key, country) = (actor.key.clone(), lex.actor_country(a, c.published));
    // (a surname written otherwise than the full name writes it names the person by that full
    // name: Assad alone is Bashar al-Assad, Erdogan is Recep Tayyip Erdoğan; Fillon stays Fillon)
    let last = actor.label.rsplit(' ').next().unwrap_or_default();
    let label = if last == surface || surface.contains(' ') {
        surface
    } else {
        actor.label.as_str()
    };
    c.reg.person(label, Some(key), None, country)
}

/// A surname of several words that ends a name the article gave (Marine Le Pen … Le Pen): that
/// person.
fn surname_of_words(c: &Ctx<'_>, surface: &str) -> Option<usize> {
    let (_, last) = surface.rsplit_once(' ')?;
    c.reg
        .surname(last)
        .filter(|&e| ends_name(&c.reg.entities[e].label, surface))
}

/// After a known organisation's name ending at `at`: the end of a longer name that goes on it
/// (`longer_org_name`), and whether the noun of its own type follows, which is part of the name
/// (the Law and Justice Party is Law and Justice), not a longer one.
fn longer_or_own_type(c: &Ctx<'_>, g: &Gaz, at: usize) -> (Option<usize>, bool) {
    let Gaz::Org(o) = *g else {
        return (None, false);
    };
    let own = at < c.w.to
        && c.tok(at).is_capitalized()
        && super::kind::types_of(c, at).contains(&c.lex.organisations[o].kind.as_str());
    let longer = longer_org_name(c, at).filter(|&end| !(own && end == at + 1));
    (longer, own)
}

/// What an organisation the lexicon knows (entity `e`, of the lexicon's kind `kind`, named at
/// `i`) is: a medium or a platform; of the kind of the noun that introduces it (the newspaper Le
/// Monde), which "the newspaper" refers back to.
fn known_org_kinds(c: &mut Ctx<'_>, e: usize, kind: &str, i: usize) {
    if matches!(kind, "media" | "platform") {
        c.reg.set_medium(e);
    }
    c.reg.add_kind(e, &super::kind::type_kind(kind));
    if let Some(noun) = super::kind::kind_before(c, i) {
        c.reg.add_kind(e, &noun);
    }
}

/// "the Google Foundation", "Amazon Environmental Research Institute Director Ane Alencar": the
/// end of a longer organisation's name that goes on a known one's ending at `at`, up to its last
/// capitalised head.
fn longer_org_name(c: &Ctx<'_>, at: usize) -> Option<usize> {
    let chain = c.name_chain(at, c.w.to);
    (at..chain)
        .rev()
        .find(|&k| c.m(k).any_norm(W::Orghead))
        .map(|k| k + 1)
}

impl Ctx<'_> {
    /// Whether the month's name at `k` names a person: a first name before a name (April Ryan
    /// asked), a name after a first name (Brian May) or the surname of a person named before
    /// (Theresa May …; May said); not after a word that makes it a date (in May, last June, the
    /// May elections) nor before a number (May 5).
    pub(super) fn month_names_a_person(&self, k: usize) -> bool {
        let t = self.tok(k);
        if !self.lex.calendar.is_month(t.lower()) {
            return false;
        }
        let (from, to) = (self.w.from, self.w.to);
        let dating = [W::Preposition, W::Determiner, W::Of, W::Adverbial];
        if k > from && (self.m(k - 1).any_of(&dating) || self.tok(k - 1).starts_with_digit()) {
            return false;
        }
        let next = (k + 1 < to).then(|| self.tok(k + 1));
        if next.is_some_and(|n| n.starts_with_digit()) {
            return false;
        }
        let name_after = next.is_some_and(|n| n.is_capitalized())
            && !self.m(k + 1).any_norm(W::Function)
            && !self.lex.calendar.is_date_word(self.tok(k + 1).lower());
        let first_name = self.lex.first_name_genders.contains_key(&t.norm);
        (first_name && name_after)
            || (k > from && self.is_first_name(k - 1))
            || self.reg.surname(&t.norm).is_some()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_known_surname_written_otherwise_names_the_person_by_the_full_name() {
        // (al-Assad in the full name; a surname as the full name writes it stays as written)
        for (lang, text, label) in [
            (
                "en",
                "Senator Ann Cole said Assad must go.",
                "Bashar al-Assad",
            ),
            (
                "fr",
                "Le député Paul Morin a dit que Fillon devait partir.",
                "Fillon",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all[0].targets, [label], "{text}: {all:?}");
        }
    }

    #[test]
    fn a_known_persons_name_before_the_head_of_a_body_opens_the_bodys_name() {
        for (text, who) in [
            ("President Barack Obama spoke on Monday. The Obama Foundation said it would open a library.", "Obama Foundation"),
            ("The Barack Obama Foundation said it would open a library.", "Barack Obama Foundation"),
            ("Senator Ann Cole spoke on Monday. The Cole Institute said the vote was rigged.", "Cole Institute"),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        // (nor does it go on over the head of a thing's name: President Obama Speech at …)
        let m = mentions(
            "en",
            "President Obama Speech at Howard University. The president said the vote was fair.",
        );
        assert!(
            m.iter().all(|(label, _)| !label.contains("Speech")),
            "{m:?}"
        );
        // (the person alone still speaks: Obama Monday said)
        let all = run(
            "en",
            SAT,
            "President Barack Obama met the press. Obama said the vote was fair.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Barack Obama"),
            "{all:?}"
        );
    }

    #[test]
    fn a_known_organisation_with_the_noun_of_its_type_is_that_organisation() {
        let x = extraction(
            "en",
            "Leaders of the Bangladesh Nationalist Party met on Monday. The Awami League Party \
             said the BNP and the Awami League would talk again.",
        );
        let awami: Vec<_> = x
            .entities
            .iter()
            .filter(|e| e.label.contains("Awami"))
            .collect();
        assert_eq!(awami.len(), 1, "{awami:#?}");
        assert_eq!(awami[0].key.as_deref(), Some("awami-league"), "{awami:#?}");
    }

    #[test]
    fn a_countrys_name_before_a_surname_where_a_person_speaks_opens_a_name() {
        for (body, who) in [
            (
                "\"Tariffs hurt everyone,\" said Chad Bown, an economist in Washington.",
                "Chad Bown",
            ),
            (
                "Jordan Halvorsen said the law was a mistake.",
                "Jordan Halvorsen",
            ),
        ] {
            assert_eq!(one("en", SAT, body).speaker, who, "{body}");
        }
        // the country itself, a body's name, a place
        for (body, who) in [
            ("Jordan said it would close its border.", "Jordan"),
            (
                "Sudan criticized the Chad Basin Commission on Monday.",
                "Sudan",
            ),
        ] {
            assert_eq!(one("en", SAT, body).speaker, who, "{body}");
        }
        let found = mentions("en", "He attended the Australia Day parade in Sydney.");
        assert!(found.iter().all(|(_, l)| l != "Australia Day"), "{found:?}");
    }

    #[test]
    fn a_known_surname_before_another_name_opens_that_name() {
        // Florian is the surname of an actor of the data, Podesta of another
        for (lang, text, who) in [
            (
                "fr",
                "Florian Philippot a annoncé jeudi qu'il quittait le parti.",
                "Florian Philippot",
            ),
            (
                "en",
                "\"We never worked for them,\" Tony Podesta said on Tuesday.",
                "Tony Podesta",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
        // once the article names the actor, the surname alone is that actor
        let all = run(
            "en",
            SAT,
            "John Podesta spoke first. \"We never worked for them,\" Podesta said.",
        );
        assert_eq!(all.last().map(|s| s.speaker.as_str()), Some("John Podesta"));
    }

    #[test]
    fn the_end_of_a_name_given_before_is_that_person() {
        for (lang, text, who) in [
            (
                "fr",
                "Marine Le Pen est candidate. Le Pen a déclaré que la France sortirait de l'euro.",
                "Marine Le Pen",
            ),
            (
                "en",
                "Debbie Wasserman Schultz chairs the party. Wasserman Schultz said the vote was fair.",
                "Debbie Wasserman Schultz",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}");
        }
        // its particle belongs to the mention
        let found = mentions(
            "fr",
            "Marine Le Pen est candidate. Selon Le Pen, la France sortirait de l'euro.",
        );
        assert!(
            found
                .iter()
                .any(|(t, l)| t == "Le Pen" && l == "Marine Le Pen"),
            "{found:?}"
        );
        // two more names after a known actor's full name are another person's
        let all = run(
            "fr",
            SAT,
            "Les anciens ministres de François Hollande Arnaud Montebourg et Vincent Peillon sont \
             éliminés. Arnaud Montebourg a annoncé son soutien à Benoît Hamon.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Arnaud Montebourg")
        );
    }

    #[test]
    fn a_demonym_that_is_a_persons_surname_is_that_person() {
        let text = "Mark Cuban, the investor, says he may run. \"It is too early,\" Cuban said \
                    on Sunday. Cuban also said he liked the plan.";
        let all = run("en", SAT, text);
        assert_eq!(all.len(), 3, "{all:#?}");
        assert!(all.iter().all(|s| s.speaker == "Mark Cuban"), "{all:#?}");
        let found = mentions(
            "fr",
            "Pierre Français a déclaré que Paul Anglais viendrait.",
        );
        for name in ["Pierre Français", "Paul Anglais"] {
            assert!(
                found.iter().any(|(t, l)| t == name && l == name),
                "{found:?}"
            );
        }
        // with no such person, the demonym stays the country's
        let found = mentions("en", "Cuban officials said the talks went well.");
        assert!(found.iter().all(|(_, l)| l != "Cuban"), "{found:?}");
    }

    #[test]
    fn a_name_word_of_a_list_or_another_language_goes_on_a_first_name() {
        let found = mentions(
            "en",
            "Mary Jordan Reynolds told the Post that he was skeptical. Rabbi Paul Hier agreed.",
        );
        for name in ["Mary Jordan Reynolds", "Paul Hier"] {
            assert!(
                found.iter().any(|(t, l)| t == name && l == name),
                "{found:?}"
            );
        }
        // … a first name of the census's list too; and the word is no day of the statement
        let s = crate::extract::testing::one(
            "en",
            crate::extract::testing::SAT,
            "Rabbi Marvin Hier, the founder of the center, has said that he fears the worst.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.date.as_deref()),
            ("Marvin Hier", None)
        );
        // a country's name after a first name opening the sentence, with no name after it
        let found = mentions("en", "Will Israel strike? Nobody knows.");
        assert!(found.iter().any(|(t, _)| t == "Israel"), "{found:?}");
    }

    #[test]
    fn a_bodys_name_after_a_first_name_is_a_persons_surname() {
        let text = "Former mayor Michael Bloomberg said he may run. Bloomberg said on Sunday that \
                    the race was open. \"It is too early,\" said Claire Renault, an adviser.";
        let speakers: Vec<_> = run("en", SAT, text)
            .into_iter()
            .map(|s| s.speaker)
            .collect();
        assert_eq!(
            speakers,
            ["Michael Bloomberg", "Michael Bloomberg", "Claire Renault"]
        );
        // with no such person, the name stays the body's
        let found = mentions("fr", "Renault a annoncé des pertes. Bloomberg l'a révélé.");
        assert!(
            found.iter().any(|(t, l)| t == "Renault" && l == "Renault"),
            "{found:?}"
        );
        let renault = first_speaker("fr", "Renault a annoncé des pertes.");
        assert_eq!(renault.kind, crate::extract::EntityKind::Organisation);
    }

    #[test]
    fn a_known_organisations_name_that_a_longer_one_goes_on_is_the_longer_ones() {
        for (text, who) in [
            (
                "The Google Foundation said the grants would go on.",
                "Google Foundation",
            ),
            (
                "Amazon Rainforest Research Institute Director Ana Souza said the fires were worse.",
                "Ana Souza",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
        let found = mentions(
            "en",
            "Amazon Rainforest Research Institute Director Ana Souza said so.",
        );
        assert!(
            found
                .iter()
                .any(|(t, _)| t == "Amazon Rainforest Research Institute"),
            "{found:?}"
        );
        assert!(found.iter().all(|(t, _)| t != "Amazon"), "{found:?}");
    }

    #[test]
    fn a_known_bodys_own_country_before_it_opens_its_name() {
        for (text, who) in [
            (
                "According to the United States Bureau of Labor Statistics, unemployment fell.",
                "Bureau of Labor Statistics",
            ),
            (
                "The French Nuclear Safety Authority said the reactor was safe.",
                "Nuclear Safety Authority",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
            let found = mentions("en", text);
            assert!(
                found
                    .iter()
                    .all(|(_, e)| e != "United States" && e != "France"),
                "{found:?}"
            );
        }
        // another country before a body is a mention of its own
        let found = mentions("en", "The Russian NATO envoy said the talks failed.");
        assert!(found.iter().any(|(_, e)| e == "Russia"), "{found:?}");
    }

    #[test]
    fn a_people_is_no_speaker_but_may_be_a_target() {
        // GUIDELINES: « 64 % des Français estiment … » is no statement by France
        for (lang, body) in [
            ("fr", "Les Français estiment que la réforme est injuste."),
            (
                "en",
                "Americans say they prefer lower prices to local goods.",
            ),
        ] {
            assert!(run(lang, SAT, body).is_empty(), "{body}");
        }
        let s = one("en", SAT, "The minister criticised the Mexicans on Friday.");
        assert_eq!(s.targets, ["Mexico"]);
    }

    #[test]
    fn mixed_quote_of_one_word_and_a_target() {
        // the seed article (press, tests only)
        let s = one("fr", SAT, "Moscou a dénoncé les commentaires « grossiers » du secrétaire d'Etat américain Antony Blinken.");
        assert_eq!(s.speaker, "Russia", "metonymy: Moscou is Russia");
        assert_eq!((s.act, s.mode), ("criticize", "mixed"));
        assert_eq!(s.quote.as_deref(), Some("grossiers"));
        assert_eq!(s.targets, vec!["Antony Blinken"]);
    }

    #[test]
    fn a_form_is_what_the_articles_language_makes_of_it() {
        // Argentine: the French name of Argentina, an English adjective
        let all = run("fr", SAT, "Le Brésil et l'Argentine ont salué l'accord.");
        let who: Vec<_> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(who, vec!["Brazil", "Argentina"]);
        let s = one(
            "en",
            SAT,
            "The Argentine government welcomed the deal with Brazil.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.targets.clone()),
            ("Argentina", vec!["Brazil".to_string()])
        );
    }

    #[test]
    fn companies_agencies_and_media_are_organisations_of_their_country() {
        for (lang, text, who, iso) in [
            (
                "fr",
                "Siemens a annoncé la fermeture de deux usines.",
                "siemens",
                "DE",
            ),
            (
                "en",
                "Facebook said the accounts had been removed.",
                "facebook",
                "US",
            ),
            (
                "fr",
                "Selon l'agence Belga, deux personnes ont été arrêtées.",
                "belga",
                "BE",
            ),
            (
                "en",
                "Phivolcs said the quake had a magnitude of 6.3.",
                "phivolcs",
                "PH",
            ),
        ] {
            let e = first_speaker(lang, text);
            assert_eq!(
                (e.key.as_deref().unwrap_or(""), e.kind, e.country.as_deref()),
                (who, crate::extract::EntityKind::Organisation, Some(iso)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_contraction_absorbs_the_article_of_a_known_name() {
        let found = mentions(
            "fr",
            "Le maire a confié au Monde que la ville porterait plainte, selon les révélations du Parisien.",
        );
        let labels: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert!(
            labels.contains(&"Le Monde") && labels.contains(&"Le Parisien"),
            "{found:?}"
        );
        // not a name the gazetteer knows with its article only
        assert!(no_entity_with(
            "fr",
            "Le maire a parlé du monde entier.",
            "Monde"
        ));
    }

    #[test]
    fn a_known_organisation_written_in_capitals_is_still_known() {
        // a masthead in capitals is the medium, not the country its name begins with
        let text = "USA TODAY reported that the fund had closed.";
        assert_eq!(one("en", SAT, text).speaker, "USA TODAY");
        let x = extraction("en", text);
        assert!(
            x.entities
                .iter()
                .any(|e| e.key.as_deref() == Some("usa-today")),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_known_organisation_written_with_capitals_is_still_known() {
        for text in [
            "L'Union africaine a condamné le coup d'État.",
            "L'Union Africaine a condamné le coup d'État.",
        ] {
            let x = extraction("fr", text);
            assert!(
                x.entities
                    .iter()
                    .any(|e| e.key.as_deref() == Some("african-union")),
                "{text}: {:?}",
                x.entities
            );
        }
    }

    #[test]
    fn a_known_name_before_a_places_head_names_the_place() {
        for (text, word) in [
            (
                "Senator Ann Cole said the Amazon rainforest was burning.",
                "Amazon",
            ),
            (
                "Senator Ann Cole said the Amazon River was polluted.",
                "Amazon",
            ),
        ] {
            assert!(no_entity_with("en", text, word), "{text}");
        }
        // … not a first name after it (the Amazon River Jones), nor a country's name, which says
        // where (London Bridge)
        let found = mentions(
            "en",
            "Senator Ann Cole praised the Amazon River Jones and spoke of London Bridge.",
        );
        assert!(found.iter().any(|(t, _)| t == "Amazon"), "{found:?}");
        assert!(found.iter().any(|(t, _)| t == "London"), "{found:?}");
        // the company itself
        assert!(!no_entity_with(
            "en",
            "Amazon said its sales rose.",
            "Amazon"
        ));
    }

    #[test]
    fn a_seat_of_government_speaks_for_its_country() {
        let s = one(
            "fr",
            SAT,
            "Le Kremlin a démenti toute intervention au Kazakhstan.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Kremlin", "deny"));
        assert_eq!(s.targets, vec!["Kazakhstan"]);
    }
}
