//! Acronyms: words up to an acronym in parentheses made of their initials name an organisation
//! (`initials_name`: the African Continental Free Trade Area (AfCFTA)); the acronym given after an
//! organisation's name names it wherever the article uses it (`acronym_in_parentheses`), and in
//! the articles that give the acronym only.

use super::super::words::W;
use super::super::EntityKind;
use super::names::take_opening_country;
use super::registry::org_key;
use super::{Ctx, MentionKind};

/// `acronym_in_parentheses`: the acronym an organisation is given right after its name (the
/// National Hurricane Center (NHC), l'Organisation mondiale de la santé (OMS)) names it wherever
/// the article uses it.
pub(super) fn acronym_in_parentheses(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    if c.tok(i).norm != "(" || i + 2 >= c.w.to || c.tok(i + 2).norm != ")" {
        return None;
    }
    let word = c.tok(i + 1).norm.clone();
    let named = c.out.last().filter(|m| m.end == i)?;
    if !(is_acronym(&word) || initials_after(c, named.start, i).is_some()) {
        return None;
    }
    let MentionKind::Entity(e) = named.kind else {
        return None;
    };
    if c.reg.entities[e].kind != EntityKind::Organisation {
        return None;
    }
    name_by_acronym(c, e, i + 1);
    Some(i + 3)
}

/// Organisation `e` is named by the acronym at `k` in this article and, when no lexicon knows it,
/// in the others (CGT: the Confédération générale du travail wherever an article says CGT only).
fn name_by_acronym(c: &mut Ctx<'_>, e: usize, k: usize) {
    let word = c.tok(k).norm.clone();
    c.reg.alias(org_key(&word), e);
    let entity = &mut c.reg.entities[e];
    if entity.key.is_none() && entity.acronym.is_none() {
        entity.acronym = Some(word);
    }
    c.add(k, k + 1, MentionKind::Entity(e));
}

/// `initials_name`: words from a capitalised one up to an acronym in parentheses made of their
/// initials name an organisation, which the acronym names too (the African Continental Free Trade
/// Area (AfCFTA), le Rassemblement pour la Calédonie (RPC), the Autonomous Region in Muslim
/// Mindanao (ARMM)): a person's name is given no initials. A name the gazetteer knows up to the
/// parenthesis is left to its rule.
pub(super) fn initials_name(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    if !c.tok(i).is_capitalized() {
        return None;
    }
    // the parenthesis after words only (found first: most capitalised words have none)
    let k = (i + 1..(i + 1 + INITIALS_WORDS).min(c.w.to))
        .take_while(|&k| c.tok(k).is_word() || c.tok(k).norm == "(")
        .find(|&k| c.tok(k).norm == "(")?;
    let m = c.m(i);
    // (no verb among them: not « Paris accueille le Sommet des nations (PSN) »; an auxiliary of
    // the article's language: « a » is none in English)
    if m.any_norm(W::Function)
        || m.any(W::Determiner)
        || (i + 1..k).any(|j| c.is_cue(j) || c.m(j).is(W::Aux))
    {
        return None;
    }
    let end = initials_after(c, i, k)?;
    // (a name the gazetteer knows: the European Union (EU); a genitive is no name's end: the
    // United Kingdom's (UK) Conservative Party)
    if c.gazetteer_at(i).is_some_and(|(n, _)| i + n >= k) || c.m(k - 1).any_norm(W::Genitive) {
        return None;
    }
    // (of the country named right before: the United States National Institute of Allergy and
    // Infectious Diseases (NIAID))
    let (start, country) = take_opening_country(c, i, |_| true);
    let name = c.text_of(start, k);
    let e = c.reg.org(org_key(&name), &name, country, None);
    c.add(start, k, MentionKind::Entity(e));
    name_by_acronym(c, e, k + 1);
    Some(end)
}

/// How many words an organisation's name given its initials may have.
const INITIALS_WORDS: usize = 10;

/// The acronym in parentheses right after the words `toks[a..b]` that is made of their initials:
/// those of the words with a capital and, in order, of words in lower case it may skip (African
/// Continental Free Trade Area (AfCFTA), Organisation mondiale de la santé (OMS); not Laurent
/// Wauquiez (LR)).
fn initials_after(c: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    let toks = c.w.toks;
    if b + 2 >= c.w.to || toks[b].norm != "(" || toks[b + 2].norm != ")" {
        return None;
    }
    let word = &toks[b + 1].norm;
    if !acronym_like(word) || a >= b {
        return None;
    }
    let letters: Vec<char> = word
        .chars()
        .filter(|ch| ch.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    // (word k's initials, and whether it may be skipped: in lower case, or the name after a
    // preposition: Institut royal météorologique de Belgique (IRM); not Nikki Holland of the
    // National Crime Agency (NCA))
    let initials = (a..b).flat_map(|k| {
        let skip = !toks[k].is_capitalized() || k > a && !toks[k - 1].is_capitalized();
        toks[k]
            .norm
            .split('-')
            .filter_map(|part| part.chars().next())
            .filter(|ch| ch.is_alphabetic())
            .map(move |ch| (ch.to_lowercase().next().unwrap_or(ch), skip))
    });
    let mut next = letters.iter().peekable();
    for (ch, skip) in initials {
        if next.peek() == Some(&&ch) {
            next.next();
        } else if !skip {
            return None;
        }
    }
    (letters.len() >= 2 && next.peek().is_none()).then_some(b + 3)
}

/// A word written as an acronym is (PLOS, PLoS, RAF): a capital first and capitals for at least
/// half of its letters, two or more (not McDonald, DeSantis).
pub(super) fn acronym_like(word: &str) -> bool {
    let letters = word.chars().filter(|ch| ch.is_alphabetic()).count();
    let capitals = word.chars().filter(|ch| ch.is_uppercase()).count();
    word.starts_with(char::is_uppercase) && capitals >= 2 && capitals * 2 >= letters
}

/// An acronym: two letters or more, all capitals (digits, hyphens and ampersands allowed: PG&E).
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '&' || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_name_given_its_initials_in_parentheses_is_an_organisation() {
        for (lang, body, name, acronym) in [
            ("en", "Ministers launched the West Sahel Grain Reserve (WSGR) on Monday. The WSGR said it would open offices in May.", "West Sahel Grain Reserve", "WSGR"),
            ("en", "The African Continental Free Trade Area (AfCFTA) opened in May. The AfCFTA said trade would grow.", "African Continental Free Trade Area", "AfCFTA"),
            // (« a » is an English article there, no French auxiliary)
            ("en", "The Alliance for a Fair Harbour (AFH) was founded in May. The AFH said fees would rise.", "Alliance for a Fair Harbour", "AFH"),
            ("fr", "L'Observatoire des prix du Sahel (OPS) a été créé en mai. Selon l'OPS, les prix ont doublé.", "Observatoire des prix du Sahel", "OPS"),
            // an acronym the gazetteer gives to another (RPC: China) is the article's own
            ("fr", "Le Rassemblement pour la Calédonie (RPC) a tenu son congrès. Selon le RPC, le vote est serré.", "Rassemblement pour la Calédonie", "RPC"),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(name), "{body}: {all:?}");
            let found = mentions(lang, body);
            assert!(found.iter().filter(|(t, l)| t == acronym && l == name).count() == 2, "{found:?}");
        }
        // a person's party in parentheses is no initials of the person, nor is a person's name
        // part of the name of the body after it
        for (lang, body, who) in [
            (
                "fr",
                "Le député Laurent Wauquiez (LR) a déclaré que la loi était injuste.",
                "Laurent Wauquiez",
            ),
            (
                "en",
                "Dana Whitlock of the National Crime Agency (NCA) said arrests would follow.",
                "Dana Whitlock",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(
                all.first().map(|s| s.speaker.as_str()),
                Some(who),
                "{body}: {all:?}"
            );
        }
        // a country's name and its genitive are no organisation
        assert!(no_entity_with(
            "en",
            "The United Kingdom's (UK) Conservative Party won a majority, Boris Johnson said.",
            "Kingdom's"
        ));
    }

    #[test]
    fn an_organisation_given_an_acronym_is_the_one_an_article_names_by_it_only() {
        use crate::rdf::ids::{entity_iri, ArticleIris};
        let iri_of = |body: &str, label: &str| {
            let x = extraction("fr", body);
            let iris = ArticleIris::for_key(format!("text:{body}"));
            x.entities
                .iter()
                .find(|e| e.label == label)
                .map(|e| entity_iri(e, &iris))
        };
        let full = iri_of(
            "La Fédération des planteurs du Sahel (FPS) a dénoncé la réforme.",
            "Fédération des planteurs du Sahel",
        );
        let short = iri_of("La FPS a dénoncé la réforme.", "FPS");
        assert!(full.is_some() && full == short, "{full:?} {short:?}");
    }
}
