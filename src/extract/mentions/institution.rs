//! `home_institution`: a state's institution named as at home — the Senate, Congress, the Supreme
//! Court, le Sénat, la Cour suprême — in an article about one country is that country's
//! institution, when the gazetteer knows one of that name ([`Lexicon::institution`]): not a court
//! or a senate of no country, one node for every country's, nor France's Senate in an article
//! about the United States. A name that goes on or says whose it is (the Senate Judiciary
//! Committee, the Supreme Court of India, the Texas Senate, Pakistan's Supreme Court, le Parlement
//! ukrainien) is left to the other rules.
//!
//! [`Lexicon::institution`]: super::super::lexicon::Lexicon::institution

use super::super::lexicon::lower;
use super::super::words::W;
use super::country::article_country_entity;
use super::gazetteer::known_org;
use super::{Ctx, MentionKind};

pub(super) fn home_institution(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let (n, _) = c.lex.institution_names.longest_at(c.w.toks, i, lower)?;
    let end = i + n;
    if end > c.w.to || !c.tok(i).is_capitalized() {
        return None;
    }
    // (a longer name the gazetteer knows: Cour suprême des États-Unis)
    if c.gazetteer_at(i).is_some_and(|(m, _)| m > n) {
        return None;
    }
    let goes_on = end < c.w.to && {
        let t = c.tok(end);
        t.is_word() && t.is_capitalized() || c.m(end).any(W::Of) || c.nationality_at(end).is_some()
    };
    let owned = i > c.w.from && {
        let t = c.tok(i - 1);
        let m = c.m(i - 1);
        t.is_word() && t.is_capitalized() && !m.any(W::Determiner) && !m.any(W::Function)
            || m.any_norm(W::Genitive)
    };
    if goes_on || owned {
        return None;
    }
    let home = article_country_entity(c.reg)?;
    let iso = c.reg.entities[home].country.clone()?;
    let name: Vec<&str> = (i..end).map(|k| c.low(k)).collect();
    let o = c.lex.institution(&name.join(" "), &iso)?;
    // (named as the gazetteer names it in the article's language: the Senate of the article is
    // the United States Senate)
    let label = c.lex.organisations[o].label(c.lang).to_string();
    let e = known_org(c, o, &label);
    c.add(i, end, MentionKind::Entity(e));
    Some(end)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    /// The label and country of the last target of the last statement of `text`.
    fn last_target(lang: &str, text: &str) -> Option<(String, Option<String>)> {
        let x = extraction(lang, text);
        let t = *x.statements.last()?.targets.last()?;
        Some((x.entities[t].label.clone(), x.entities[t].country.clone()))
    }

    #[test]
    fn an_institution_named_as_at_home_is_the_article_countrys() {
        for (lang, text, label, iso) in [
            ("en", "The United States and Mexico met in Washington. The United States said that. Senator Ann Cole said the Senate would block the bill.", "United States Senate", "US"),
            ("en", "The United States said so. American officials agreed. Senator Ann Cole criticized Congress.", "United States Congress", "US"),
            ("fr", "Les États-Unis ont réagi. Le gouvernement américain a approuvé. Le sénateur Tom Colt a critiqué la Cour suprême.", "Cour suprême des États-Unis", "US"),
            ("fr", "La France a réagi. Le gouvernement français a approuvé. La ministre Anne Vert a critiqué le Sénat.", "Sénat", "FR"),
            ("en", "Britain said so. The British government agreed. Joanna Hart said Parliament must sit.", "Parliament of the United Kingdom", "GB"),
        ] {
            assert_eq!(
                last_target(lang, text),
                Some((label.to_string(), Some(iso.to_string()))),
                "{text}"
            );
        }
    }

    #[test]
    fn an_institution_that_says_whose_it_is_is_not_the_article_countrys() {
        for (lang, text) in [
            ("en", "The United States said so. American officials agreed. Senator Ann Cole praised the Supreme Court of India."),
            ("en", "The United States said so. American officials agreed. Senator Ann Cole praised the Texas Senate."),
            ("en", "The United States said so. American officials agreed. Senator Ann Cole praised Pakistan's Supreme Court."),
            ("fr", "Les États-Unis ont réagi. Le gouvernement américain a approuvé. Le sénateur Tom Colt a salué le Parlement ukrainien."),
            // nor in an article about no country
            ("en", "Senator Ann Cole criticized the Supreme Court."),
        ] {
            let found = last_target(lang, text);
            let home = ["United States Senate", "Supreme Court of the United States", "Parliament of the United Kingdom"];
            assert!(
                found.as_ref().is_none_or(|(label, _)| !home.contains(&label.as_str())),
                "{text}: {found:?}"
            );
        }
    }
}
