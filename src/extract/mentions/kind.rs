//! `kind_then_name`: a noun of an organisation's kind and the organisation's name after it — le
//! quotidien Libération, la compagnie aérienne Flydubai, l'agence de presse officielle iranienne
//! Irna, le groupe pétrolier Total, the carmaker Nissan, the social network Facebook. The name is
//! an organisation (of the country of a nationality among the words between); a name the
//! gazetteer knows, a person's (l'entreprise de Mark Zuckerberg) or a place's is left to its rule.

use super::super::lexicon::{lower, Gaz};
use super::super::words::{Setting, W};
use super::super::EntityKind;
use super::registry::org_key;
use super::{Ctx, MentionKind};

/// How many words in lower case may describe the kind before the name (aérienne low-cost, de
/// presse officielle iranienne).
const QUALIFIERS: usize = 4;

/// The classes of nouns that refer back to an organisation by its type in the gazetteer, and the
/// types each may refer to (the types of `organisations.tsv`).
const TYPE_NOUNS: &[(W, &[&str])] = &[
    (W::CompanyNoun, &["company"]),
    (W::GroupNoun, &["company", "armed-group", "ngo"]),
    (W::BodyNoun, &["igo", "ngo"]),
    (W::PartyNoun, &["party"]),
    (W::MediaNoun, &["media"]),
    (W::CourtNoun, &["court"]),
    (W::CourtMemberNoun, &["court"]),
];

/// The registry's kind under which an organisation of gazetteer type `kind` is found.
pub fn type_kind(kind: &str) -> String {
    format!("type:{kind}")
}

/// Files organisation `e`, named with the noun at `i`, under the type the noun names, where it
/// names only one (la compagnie X is a company, le tribunal de X a court; le groupe X may be many).
pub(super) fn note_type(c: &mut Ctx<'_>, e: usize, i: usize) {
    if let [one] = types_of(c, i)[..] {
        c.reg.add_kind(e, &type_kind(one));
    }
}

/// The gazetteer types the noun at `i` refers to.
pub(super) fn types_of(c: &Ctx<'_>, i: usize) -> Vec<&'static str> {
    TYPE_NOUNS
        .iter()
        .filter(|(w, _)| c.m(i).is(*w))
        .flat_map(|(_, types)| types.iter().copied())
        .collect()
}

pub(super) fn kind_then_name(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let to = c.w.to;
    let t = c.tok(i);
    if t.is_capitalized() {
        return None;
    }
    if !c.m(i).is(W::KindHead) {
        // a noun of a type with no name after it (l'entreprise a annoncé), or of a country (le
        // royaume a annoncé)
        let named = i + 1 < to && c.tok(i + 1).is_capitalized();
        let typed = !types_of(c, i).is_empty() || c.m(i).is(W::CountryNoun);
        return (!named && typed).then(|| refers_back(c, i)).flatten();
    }
    // the words that describe the kind: adjectives, nationalities, « de presse »
    let mut k = i + 1;
    let mut country = None;
    while k < to && k < i + 1 + QUALIFIERS && qualifier(c, k) {
        if let Some((_, x)) = c.nationality_at(k) {
            country = Some(x);
        }
        k += 1;
    }
    let end = c.name_chain(k, to);
    // (a name of two letters or more: not le groupe E of a tournament)
    let named = end > k
        && c.tok(k).norm.chars().filter(|ch| ch.is_alphabetic()).count() >= 2
        && c.gazetteer_at(k).is_none()
        // (a place's name, unless words describe the kind: l'agence de presse syrienne Sana)
        && (c.place_at(k).is_none() || k > i + 1)
        && !c.is_first_name(k)
        && !c.holds_role(k, end)
        // a common noun with a capital (le site Internet) is written in lower case elsewhere
        && !(end == k + 1 && c.common.contains(c.tok(k).lower()))
        && !(k..end).any(|j| c.lex.calendar.is_date_word(c.tok(j).lower()));
    if !named {
        // (no name at all after the kind: a name the gazetteer knows is left to its rule)
        let name_after = k < to && c.tok(k).is_capitalized();
        return (!name_after).then(|| refers_back(c, i)).flatten();
    }
    let name = c.text_of(k, end);
    let iso = country.map(|x| c.lex.countries[x].iso.clone());
    let e = c.reg.org(org_key(&name), &name, iso, None);
    let kind = c.tok(i).lower().to_string();
    c.reg.add_kind(e, &kind);
    let start = if c.determiner_before(i) || i > c.w.from && c.m(i - 1).any(W::Contraction) {
        i - 1
    } else {
        i
    };
    c.add_named(start, end, MentionKind::Entity(e), Some((k, end)));
    Some(end)
}

/// The noun of a kind that introduces the name at `k`, over the words that describe it (the
/// newspaper Le Monde, le quotidien économique Les Echos), in lower case.
pub(super) fn kind_before(c: &Ctx<'_>, k: usize) -> Option<String> {
    let floor = k.saturating_sub(QUALIFIERS + 1).max(c.w.from);
    (floor..k)
        .rev()
        .take_while(|&j| c.m(j).is(W::KindHead) || qualifier(c, j))
        .find(|&j| c.m(j).is(W::KindHead) && !c.tok(j).is_capitalized())
        .map(|j| c.tok(j).lower().to_string())
}

/// `members_of_a_court`: « les juges », "the justices" with no name are the one court the
/// article has named, which speaks through them (a role phrase otherwise, of no one in particular).
pub(super) fn members_of_a_court(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    // over their number (les trois magistrats, the nine justices)
    let counted =
        i + 1 < c.w.to && (c.m(i + 1).is(W::CountWord) || c.tok(i + 1).starts_with_digit());
    let noun = i + 1 + usize::from(counted);
    // (not judges a relative clause picks out: the judges who ruled that …)
    let named = noun + 1 < c.w.to && (c.is_name_token(noun + 1) || c.m(noun + 1).any(W::Relative));
    if !(c.m(i).any(W::DefinitePlural) && noun < c.w.to && c.m(noun).is(W::CourtMemberNoun))
        || named
    {
        return None;
    }
    let e = referent(c, noun)?;
    c.add_named(i, noun + 1, MentionKind::Entity(e), None);
    Some(noun + 1)
}

/// `definite_kind_subject`: a definite noun of an organisation's kind or type that opens a
/// sentence names the organisation introduced before (Le groupe pétrolier Total … Le groupe a
/// annoncé), before it is taken for a description of someone.
pub(super) fn definite_kind_subject(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    if i != c.w.from || i + 1 >= c.w.to {
        return None;
    }
    // (a country's noun over the words in lower case that describe it: The small kingdom said)
    let reach = (i + 2 + PRE_MODIFIERS).min(c.w.to);
    let country = (i + 1..reach)
        .take_while(|&k| k == i + 1 || c.tok(k - 1).is_word())
        .find(|&k| c.m(k).is(W::CountryNoun) && !c.tok(k).is_capitalized());
    refers_back(c, country.unwrap_or(i + 1))
}

/// "Le quotidien Le Monde a publié la lettre. Le quotidien affirme …", "the carmaker Nissan … the
/// carmaker said": the noun of a kind after a definite article, with no name after it, is the
/// organisation it introduced before; a noun of a type alone, the only organisation of that type
/// the article has named (the carmaker Nissan … the company said).
/// Where words in lower case may describe a noun between its article and it, they may here (the
/// rights group, the conservative advocacy group said).
fn refers_back(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let words = &c.lex.words;
    let english = words.on(words.lang(c.lang), Setting::DescribingWordsBefore);
    // (a source: the subject of a cue right after it, or after according to; not another one:
    // the other party, the new group; nor an apposition, which describes the name before it:
    // Facebook, the biggest network)
    let describes = |k: usize| qualifier(c, k) && !c.m(k).any(W::NounMarker);
    let source = |d: usize| c.cue_after(i + 1) || d > c.w.from && c.source_intro(d - 1);
    let apposition = |d: usize| {
        d > c.w.from && c.low(d - 1) == "," && c.out.last().is_some_and(|m| m.end + 1 == d)
    };
    // (a country's noun only as a source: not dans tout le pays, observers around the country
    // say)
    let country = c.m(i).is(W::CountryNoun);
    let place = |d: usize| d > c.w.from && c.m(d - 1).any(W::Preposition) && !c.source_intro(d - 1);
    let described = |d: usize| {
        d + 1 == i && !country
            || source(d) && !apposition(d) && !(country && place(d)) && (d + 1..i).all(describes)
    };
    let det = (i.saturating_sub(PRE_MODIFIERS + 1).max(c.w.from)..i)
        .rev()
        .take(if english || country {
            PRE_MODIFIERS + 1
        } else {
            1
        })
        .find(|&d| c.m(d).any(W::Definite) && described(d))?;
    let e = referent(c, i)?;
    c.add_named(det, i + 1, MentionKind::Entity(e), None);
    Some(i + 1)
}

/// How many words in lower case may describe a noun of a kind between its article and it.
const PRE_MODIFIERS: usize = 3;

/// The organisation the noun of a kind or a type at `i` refers back to.
fn referent(c: &Ctx<'_>, i: usize) -> Option<usize> {
    if c.m(i).is(W::CountryNoun) {
        return country_named_last(c, i);
    }
    let kind = c.tok(i).lower().to_string();
    // (alone: not la société civile, the company's founders, the judges who ruled …, la cour
    // d'appel de Douai)
    let alone = i + 1 >= c.w.to
        || !(qualifier(c, i + 1)
            || c.m(i + 1).any_norm(W::Genitive)
            || c.m(i + 1).any(W::Relative)
            || c.m(i + 1).any(W::Of));
    // (an organisation named with the noun comes first: the Law and Justice Party … the party)
    c.reg.last_of_kind(&kind).or_else(|| {
        let kinds: Vec<String> = types_of(c, i).into_iter().map(type_kind).collect();
        let typed = alone && !kinds.is_empty();
        // (the company: else the one organisation named as one, Acme Holdings, Ford Motor Company)
        let firm = alone && c.m(i).is(W::CompanyNoun);
        let words = &c.lex.words;
        let named_as_firm = |label: &str| {
            label
                .rsplit(' ')
                .next()
                .is_some_and(|w| words.any(W::CompanyHead, w))
        };
        if !typed {
            return None;
        }
        c.reg.last_org_with_word(&kind).or_else(|| {
            if firm {
                c.reg.only_firm(&kinds, named_as_firm)
            } else {
                c.reg.only_of_kinds(kinds.iter().map(String::as_str))
            }
        })
    })
}

/// "Le Maroc … Le royaume a annoncé", "Morocco … The small kingdom said": the noun of a
/// country at `i`, alone (not the country's ministry, the republic of Korea), is the country the
/// article named last.
fn country_named_last(c: &Ctx<'_>, i: usize) -> Option<usize> {
    let next = c.w.toks.get(i + 1);
    let qualified = next.is_some_and(|t| t.is_capitalized())
        || i + 1 < c.w.to && (c.m(i + 1).any_norm(W::Genitive) || c.m(i + 1).any(W::Of));
    if qualified {
        return None;
    }
    let countries = c.reg.entities.iter().enumerate();
    countries
        .filter(|(_, x)| x.kind == EntityKind::Country)
        .filter_map(|(e, x)| x.mentions.iter().map(|m| m.start).max().map(|at| (at, e)))
        .max()
        .map(|(_, e)| e)
}

/// A word in lower case that describes an organisation's kind (aérienne, pétrolier, iranienne),
/// or the preposition of a descriptor followed by one (de presse).
fn qualifier(c: &Ctx<'_>, k: usize) -> bool {
    let t = c.tok(k);
    let word = t.is_word()
        && !t.is_capitalized()
        && t.norm.chars().all(|ch| ch.is_alphabetic() || ch == '-');
    if !word {
        return false;
    }
    let m = c.m(k);
    if m.any(W::DescriptorOf) {
        return c
            .w
            .toks
            .get(k + 1)
            .is_some_and(|n| n.is_word() && !n.is_capitalized());
    }
    // no verb, auxiliary or role (the company founder X, le groupe après avoir quitté X)
    let closed = m.any_of(&[
        W::Function,
        W::Determiner,
        W::Preposition,
        W::Aux,
        W::AuxInfinitive,
        W::Adverbial,
        W::Relative,
        W::Complementizer,
    ]);
    // (nor a word that may stand before a verb: the company also said)
    let skip = &c.lex.words.phrases.skip;
    !closed
        && skip.longest_at(c.w.toks, k, lower).is_none()
        && !c.is_cue(k)
        && !c.holds_role(k, k + 1)
        && !matches!(c.gazetteer_at(k), Some((_, Gaz::Org(_) | Gaz::Actor(_))))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_noun_of_a_type_refers_back_to_the_one_organisation_of_that_type() {
        for (lang, body, who) in [
            ("en", "Siemens cut 2,000 jobs on Monday. The company said demand had fallen.", "Siemens"),
            ("fr", "Airbus a livré 30 avions en mai. L'entreprise a annoncé un nouveau record.", "Airbus"),
            ("fr", "Le groupe pétrolier Vantor a publié ses comptes. Le groupe a annoncé 500 suppressions de postes.", "Vantor"),
            ("en", "The AKP won 40 percent of the vote. The party said it would form a coalition.", "AKP"),
            ("en", "Ted Cruz blamed CNN for its reporting. In a statement, the network said that the claim was wrong.", "CNN"),
            ("fr", "Le Canard enchaîné a publié une enquête. L'hebdomadaire souligne que la loi aurait pu changer.", "Le Canard enchaîné"),
            // a company no list knows, named as one (Inc, Holdings, Company)
            ("en", "Acme Holdings cut 2,000 jobs on Monday. The company said demand had fallen.", "Acme Holdings"),
            ("en", "Shares of Vantor Widget Company fell. The company said demand had fallen.", "Vantor Widget Company"),
            // (over a word that may stand before the verb)
            ("en", "Acme Holdings said its profit rose. The company also said it would hire.", "Acme Holdings"),
            // a bank, the bank that has the word in its name
            ("en", "First Meridian Bank cut its rates. The bank said inflation was falling.", "First Meridian Bank"),
            ("fr", "La Banque Populaire Atlantique a publié ses comptes. La banque a annoncé une perte.", "Banque Populaire Atlantique"),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{body}: {all:?}");
        }
        // two companies: "the company" is neither; a noun that is described or possessed is no
        // reference (la société civile, the company's founders)
        for (lang, body) in [
            (
                "en",
                "Siemens and Airbus signed a deal. The company said demand had fallen.",
            ),
            (
                "fr",
                "Airbus a livré 30 avions. La société civile a dénoncé le bruit des moteurs.",
            ),
            (
                "en",
                "Siemens cut jobs. The company's founders said the cuts were a mistake.",
            ),
            (
                "en",
                "Siemens bought Acme Holdings. The company said demand had fallen.",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert!(
                all.iter()
                    .all(|s| !["Siemens", "Airbus", "Acme Holdings"].contains(&s.speaker.as_str())),
                "{body}: {all:?}"
            );
        }
    }

    #[test]
    fn the_noun_of_a_country_as_a_source_is_the_country_named_last() {
        for (lang, body) in [
            (
                "fr",
                "Le Maroc a quitté l'organisation en 1984. Le pays a annoncé lundi son retour.",
            ),
            (
                "fr",
                "Le Maroc a quitté l'organisation. Selon le royaume, le retour est proche.",
            ),
            (
                "en",
                "Morocco left the group in 1984. The country said on Monday it would return.",
            ),
            (
                "en",
                "Morocco left the group. The small kingdom announced on Monday its return.",
            ),
        ] {
            assert_eq!(speakers_of(lang, body), ["Morocco"], "{body}");
        }
        // not a place, nor the country's own body, nor a country named after it
        for (lang, body) in [
            (
                "en",
                "Morocco left the group. Observers around the country say it will return.",
            ),
            (
                "en",
                "Morocco left the group. The country's king said it would return.",
            ),
            (
                "fr",
                "Le Maroc a quitté l'organisation. La république de Guinée a annoncé son retour.",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert!(
                all.iter().all(|s| s.speaker != "Morocco"),
                "{body}: {all:?}"
            );
        }
    }

    #[test]
    fn an_english_noun_of_a_kind_described_before_it_refers_back_as_a_source() {
        for body in [
            "Human Rights Watch issued a report. He should be freed, the rights group says.",
            "Human Rights Watch issued a report. The conservative advocacy group said the plan was bad.",
            "Human Rights Watch issued a report. The plan is bad, according to the rights group.",
        ] {
            let all = run("en", SAT, body);
            let last = all.last().map(|s| (s.speaker.as_str(), s.content.is_some()));
            assert_eq!(last, Some(("Human Rights Watch", true)), "{body}: {all:?}");
        }
        // not another one, nor a noun the phrase goes on with, nor the apposition of a name
        for body in [
            "Human Rights Watch issued a report. The other group said the plan was bad.",
            "Human Rights Watch issued a report. The rights group chairwoman said the plan was bad.",
            "Human Rights Watch issued a report. Amnesty, the rights group, said the plan was bad.",
        ] {
            let all = run("en", SAT, body);
            assert!(all.iter().all(|s| s.speaker != "Human Rights Watch"), "{body}: {all:?}");
        }
    }

    #[test]
    fn the_members_of_the_one_court_named_speak_as_the_court() {
        for (lang, body, court) in [
            (
                "fr",
                "Le tribunal administratif de Nice a suspendu l'arrêté. « Il n'y a pas d'urgence », ont souligné les juges.",
                "tribunal administratif de Nice",
            ),
            (
                "fr",
                "La cour d'appel de Douai a rendu sa décision. Selon les magistrats, la procédure était régulière.",
                "cour d'appel de Douai",
            ),
            (
                "en",
                "The Ohio Court of Appeals heard the case. The judges said the law was unclear.",
                "Ohio Court of Appeals",
            ),
            (
                "en",
                "The Ohio Court of Appeals heard the case. The three judges said the law was unclear.",
                "Ohio Court of Appeals",
            ),
            (
                "fr",
                "La cour d'appel de Douai a rendu sa décision. Selon les trois magistrats, la procédure était régulière.",
                "cour d'appel de Douai",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(court), "{body}: {all:?}");
        }
        // judges a relative clause picks out are not the court
        let all = run(
            "en",
            SAT,
            "The Supreme Court of Canada heard the case. The judges who ruled on it said the law was unclear.",
        );
        assert!(
            all.iter().all(|s| s.speaker != "Supreme Court of Canada"),
            "{all:?}"
        );
    }

    #[test]
    fn the_noun_of_a_kind_refers_back_to_the_organisation_it_introduced() {
        for (lang, body, who) in [
            ("fr", "Le quotidien Le Monde a publié la lettre. Le quotidien affirme que le ministre a menti.", "Le Monde"),
            ("en", "The carmaker Nissan cut its forecast. The carmaker said sales fell.", "Nissan"),
            ("fr", "La compagnie aérienne Kelmar a perdu un avion. Il transportait 81 personnes selon la compagnie.", "Kelmar"),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{body}: {all:?}");
        }
        // a name after the noun is that name's (l'agence X after l'agence Y)
        let all = run(
            "fr",
            SAT,
            "L'agence Kelmar a confirmé la vente. D'après l'agence Bloomberg, l'Iran commandera des avions.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Bloomberg"),
            "{all:?}"
        );
    }

    #[test]
    fn a_noun_of_an_organisations_kind_introduces_its_name() {
        let s = one(
            "fr",
            SAT,
            "Les combats ont repris, a indiqué l'agence de presse officielle syrienne Nadra.",
        );
        assert_eq!(s.speaker, "Nadra");
        // a place's name after words that describe the kind names the organisation
        let s = one(
            "fr",
            SAT,
            "Les civils ont quitté la ville, a indiqué la chaîne publique syrienne Alep.",
        );
        assert_eq!(s.speaker, "Alep");
        let x = extraction(
            "fr",
            "Le groupe pétrolier Vantor et le constructeur automobile Kelmar ont annoncé un accord.",
        );
        for name in ["Vantor", "Kelmar"] {
            assert!(
                x.entities
                    .iter()
                    .any(|e| e.label == name && e.kind == crate::extract::EntityKind::Organisation),
                "{name}: {:?}",
                x.entities
            );
        }
        assert_eq!(
            one(
                "en",
                SAT,
                "The carmaker Zolta said on Monday that prices would rise."
            )
            .speaker,
            "Zolta"
        );
        // the nationality between gives the organisation its country
        let nadra = extraction(
            "fr",
            "Selon l'agence de presse officielle syrienne Nadra, tout va bien.",
        );
        assert!(
            nadra
                .entities
                .iter()
                .any(|e| e.label == "Nadra" && e.country.as_deref() == Some("SY")),
            "{:?}",
            nadra.entities
        );
    }

    #[test]
    fn a_person_a_place_or_a_day_after_a_kind_is_no_organisation() {
        for (lang, text, not) in [
            (
                "fr",
                "L'entreprise de Mark Zuckerberg a annoncé un bénéfice.",
                "Zuckerberg",
            ),
            ("en", "The company Monday said prices would rise.", "Monday"),
            (
                "en",
                "The carmaker Paul Lewis founded said it would close.",
                "Paul Lewis",
            ),
        ] {
            let x = extraction(lang, text);
            assert!(
                x.entities.iter().all(|e| !(e.label.contains(not)
                    && e.kind == crate::extract::EntityKind::Organisation)),
                "{text}: {:?}",
                x.entities
            );
        }
    }
}
