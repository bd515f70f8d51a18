//! `descriptive_subject`: a description without a name that opens a sentence with a report in it —
//! Le jeune a dit …, Un Kanak âgé de 20 ans, déjà connu des services de police, a avoué … — is a
//! person named by the description. A definite description with a relative clause (L'ancien
//! banquier d'affaires qui a démissionné …) is the person the sentences before are about.

use super::super::lexicon::exact;
use super::super::words::{Setting, W};
use super::{Ctx, MentionKind};

/// How far a description may reach, and how far after it a cue may stand.
const DESCRIPTION_TOKENS: usize = 7;
const CUE_REACH: usize = 15;
/// How far after the auxiliary that ends a description its reporting verb may stand (a
/// toutefois dit, has also said).
const VERB_REACH: usize = 4;

pub(super) fn descriptive_subject(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let (from, to) = (c.w.from, c.w.to);
    let m = c.m(i);
    if i != from || !(m.any(W::Definite) || m.any(W::Indefinite)) || !opens_description(c, i + 1) {
        return None;
    }
    let mut k = i + 1;
    while k < to
        && k < i + DESCRIPTION_TOKENS
        && c.tok(k).is_word()
        && !c.m(k).is(W::SubjectEnd)
        && !c.is_cue(k)
    {
        k += 1;
    }
    let reports = (k..(k + CUE_REACH).min(to)).any(|x| c.is_cue(x) && !c.w.in_quote(x));
    let stops_well = k < to && (c.tok(k).norm == "," || c.m(k).is(W::SubjectEnd));
    let possessive = (i..k).any(|x| c.m(x).any_norm(W::Genitive));
    // a relative clause inside the description (L'ancien banquier qui …): too long a description
    // to name anyone
    let relative = (i..k).any(|x| {
        let m = c.m(x);
        m.any(W::Relative) || m.any(W::Complementizer) || m.any(W::RelativeOther)
    });
    // its own verb reports, unless a relative clause ends it (The bomb was placed …, stated X
    // has no speaking bomb)
    let own_verb = relative
        || !(k < to && c.m(k).is(W::SubjectEnd))
        || (k..(k + VERB_REACH).min(to)).any(|x| c.is_cue(x));
    // a verb inside (La piste terroriste aurait été écartée a fait savoir …): a clause, not a
    // description
    let clause = (i + 1..k).any(|x| c.m(x).is(W::Aux) || c.m(x).is(W::Modal));
    // a stretch of time is no one (The previous day, …, A few minutes later; not an age: Un
    // Kanak âgé de 20 ans)
    let time = (i + 1..k.min(i + 3)).any(|x| c.m(x).is(W::TimeNoun));
    // nor a document (The lawsuit says, The subsequent investigation found), nor a group whose
    // last word is a plural (The two lawmakers, A number of readers)
    let thing = (i + 1..k).any(|x| c.m(x).any(W::DocumentNoun) || c.m(x).any(W::Reference));
    let group = names_a_group(c, i, k);
    let incise = clause_ends_at(c, k);
    // a body's head inside (The Finance Ministry has proposed, Le premier syndicat de la SNCF a
    // annoncé): an organisation, no person
    let body = (i + 1..k).any(|x| body_head(c, x));
    if !reports || !own_verb || possessive || clause || time || incise || body || thing || group {
        return None;
    }
    if relative && m.any(W::Definite) {
        return the_article_subject(c, i, k);
    }
    // La firme américaine Monsanto: a kind of organisation and its name (`kind_then_name`)
    if c.m(i + 1).is(W::KindHead) && c.is_name_token(k - 1) {
        return None;
    }
    if stops_well && k > i + 1 && !relative {
        // La procureure Éliane Houlette: a name at the end is the person, the words before it
        // their role
        if let Some(n) = name_at_end(c, i + 2, k) {
            let (name, role) = (c.text_of(n, k), c.text_of(i + 1, n));
            let e = c.person_named(&name, Some(role));
            c.add_named(i, k, MentionKind::Entity(e), Some((n, k)));
            return Some(k);
        }
        let description = c.text_of(i, k);
        let e = c.reg.role_person(&description, None);
        c.add_named(i, k, MentionKind::Entity(e), None);
        return Some(k);
    }
    None
}

/// Whether the comma at `k` after a description ends a clause whose subject the cue's incise
/// gives (Le bureau restera ouvert, indique l'ONU): a cue right after it, or a subject of the cue's
/// own between it and the cue, with an article (Prices will rise, the minister said) or a subject
/// pronoun after no preposition (The same way, as you pointed out, …; not « La municipalité,
/// quant à elle, justifie »). A subject is not cut from its verb by a comma.
fn clause_ends_at(c: &Ctx<'_>, k: usize) -> bool {
    let to = c.w.to;
    if k >= to || c.tok(k).norm != "," {
        return false;
    }
    let verb = (k + 1..to).find(|&x| !c.m(x).is(W::Aux)).unwrap_or(to);
    let next_cue = (k + 1..(k + CUE_REACH).min(to)).find(|&x| c.is_cue(x));
    let article = k + 1 < to
        && c.m(k + 1).any(W::Determiner)
        && next_cue.is_some_and(|x| (k + 1..x).all(|y| c.tok(y).norm != ","));
    let pronoun = |y: usize| {
        (c.m(y).any(W::Pronoun) || c.m(y).any(W::DialoguePronoun))
            && !(c.m(y - 1).any(W::Preposition) || c.m(y - 1).any(W::Dative))
    };
    let own_pronoun = next_cue.is_some_and(|x| (k + 1..x).any(pronoun));
    verb < to && c.is_cue(verb) || article || own_pronoun
}

/// Whether the description `i..k` names a group: its last word is a plural in lower case (The
/// two lawmakers), or a capitalised plural after words in lower case, a people (The Europeans,
/// who …, derided; A chorus of prominent Republicans).
fn names_a_group(c: &Ctx<'_>, i: usize, k: usize) -> bool {
    let people = k > i + 1
        && c.tok(k - 1).is_capitalized()
        && c.plural_by_ending(k - 1)
        && (i + 1..k - 1).all(|x| !c.tok(x).is_capitalized());
    k > i + 1 && (plural_word(c, k - 1) || people) && !c.m(k - 1).is(W::TimeNoun)
}

/// Whether the word at `k` is a plural in lower case, by the language's plural ending.
fn plural_word(c: &Ctx<'_>, k: usize) -> bool {
    let t = c.tok(k);
    t.is_word() && !t.is_capitalized() && c.plural_by_ending(k)
}

/// Whether the word at `k` heads an organisation, as written or in lower case (le ministère, The
/// Finance Ministry).
fn body_head(c: &Ctx<'_>, k: usize) -> bool {
    c.m(k).any_norm(W::Orghead) || c.m(k).any(W::Orghead)
}

/// The start of a person's name that ends a description at `end` (two name tokens or more, or a
/// first name), not before token `from`.
fn name_at_end(c: &Ctx<'_>, from: usize, end: usize) -> Option<usize> {
    let n = (from..end).find(|&n| c.is_name_token(n) && c.name_chain(n, end) == end)?;
    // the words before are a description in lower case (not The Republican National Committee),
    // and the name names no organisation (Black Caucus PAC)
    let described = (from - 1..n).all(|k| !c.tok(k).is_capitalized());
    let org = (n..end).any(|k| body_head(c, k));
    (described && !org && (end - n >= 2 || c.is_first_name(n))).then_some(n)
}

/// Whether the word after the article can open a description: a word that is no vague source,
/// document, organisation head, gazetteer name or role.
fn opens_description(c: &Ctx<'_>, h: usize) -> bool {
    let Some(t) = c.w.toks.get(h) else {
        return false;
    };
    let m = c.m(h);
    // a date is no one (Le 12 mars, le ministre a affirmé …)
    let date =
        c.lex.calendar.is_date_word(t.lower()) || t.norm.chars().any(|ch| ch.is_ascii_digit());
    // (nor a surname the article gave with its particle: Le Pen)
    let surname = t.is_capitalized() && c.reg.surname(&t.norm).is_some();
    // (nor an acronym: La CGT, Le PS)
    t.is_word()
        && !date
        && !surname
        && !super::acronyms::is_acronym(&t.norm)
        && !m.any_norm(W::Vague)
        && !m.any_norm(W::Reference)
        && !body_head(c, h)
        && c.gazetteer_at(h).is_none()
        && c.lex
            .words
            .phrases
            .roles(c.lang)
            .longest_at(c.w.toks, h, exact)
            .is_none()
}

/// "L'ancien banquier d'affaires qui a démissionné …": a definite description up to its relative
/// clause, `toks[i..k]`, is the person the sentences before are about; not a group (les élus qui
/// …, the state officials who lost said).
fn the_article_subject(c: &mut Ctx<'_>, i: usize, k: usize) -> Option<usize> {
    let subject = c.subject?;
    let end = (i..k)
        .find(|&x| c.m(x).any(W::Relative) || c.m(x).any(W::RelativeOther))
        .unwrap_or(k);
    let words = &c.lex.words;
    let ending = words.setting(words.lang(c.lang), Setting::PluralEnding);
    let head = c.tok(end - 1).norm.to_lowercase();
    let plural = c.m(i).any(W::DefinitePlural)
        || c.m(end - 1).any(W::PluralNoun)
        || ending.is_some_and(|e| head.ends_with(e));
    if end > i + 1 && !plural {
        c.add_named(i, end, MentionKind::Entity(subject), None);
        return Some(end);
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_stretch_of_time_opening_a_sentence_is_no_one() {
        let text = "Tom Reyes was arrested on Monday. The previous day, the broadcaster KTV \
                    revealed that Ann Cole had resigned.\n\nSpeaking to KTV, she said she \
                    regretted nothing.";
        let x = extraction("en", text);
        assert!(
            x.entities.iter().all(|e| !e.label.contains("previous")),
            "{:?}",
            x.entities
        );
        let all = run("en", SAT, text);
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Ann Cole"),
            "{all:?}"
        );
        let x = extraction(
            "fr",
            "La veille au soir, le ministre Paul Morin a déclaré que la loi passerait.",
        );
        assert!(
            x.entities.iter().all(|e| !e.label.contains("veille")),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_clause_before_an_incise_is_no_description_of_a_speaker() {
        for (lang, text) in [
            (
                "fr",
                "Le bureau restera ouvert, indique enfin le secrétariat.",
            ),
            ("fr", "La frontière sera fermée, a précisé la préfecture."),
            (
                "en",
                "The bridge will stay closed, said the county's engineers.",
            ),
            // a subject of its own between the comma and the cue
            ("en", "The bridge will reopen soon, the engineer said."),
            ("fr", "Le bureau ouvrira lundi, le maire l'a confirmé."),
        ] {
            let x = extraction(lang, text);
            assert!(
                x.entities.iter().all(|e| !e.label.starts_with("Le bureau")
                    && !e.label.starts_with("La frontière")
                    && !e.label.starts_with("The bridge")),
                "{text}: {:?}",
                x.entities
            );
        }
        // a description with an apposition before its verb still speaks
        let s = one(
            "fr",
            SAT,
            "Un homme âgé de 40 ans, déjà connu de la police, a avoué le vol.",
        );
        assert_eq!(s.speaker, "Un homme âgé de 40 ans");
    }

    #[test]
    fn a_description_speaks_only_by_its_own_verb() {
        for text in [
            "The bomb was placed on a motorcycle in a market, stated the minister.",
            "The tactic was reminiscent of an earlier claim that the senator wanted cuts.",
            "The hope has been that employers would respond by demanding lower prices.",
            // the English article is no French auxiliary that ends a subject (a)
            "The Ohio governor visited Hanoi in a prison and says the conditions are bad.",
            "The old lawyer wrote to a judge and says the trial was unfair.",
            // a document, a group, a stretch of time
            "The underwriters, managed by Harlow Inc, said each unit consists of one share.",
            "The lawsuit, filed on Monday, says the company lied to its investors.",
            "The two lawmakers, who met on Monday, said the bill was dead.",
            // (a people named by a capitalised plural)
            "The Europeans, who had been cut out of the talks, derided the deal as toothless.",
            "A chorus of prominent Republicans has said the same thing.",
        ] {
            let x = extraction("en", text);
            assert!(
                x.entities.iter().all(|e| !((e.label.starts_with("The ")
                    || e.label.starts_with("A "))
                    && e.kind == crate::extract::EntityKind::Person)),
                "{text}: {:?}",
                x.entities
            );
        }
        // its verb after the auxiliary, or after a relative clause
        let s = one(
            "en",
            SAT,
            "The young man has repeatedly said that he was innocent.",
        );
        assert_eq!(s.speaker, "The young man");
        let s = one(
            "fr",
            SAT,
            "Le jeune homme a toutefois déclaré être innocent.",
        );
        assert_eq!(s.speaker, "Le jeune homme");
    }

    #[test]
    fn a_description_with_a_bodys_head_is_no_person() {
        for (lang, text) in [
            ("en", "The Finance Ministry has proposed a new bond issue."),
            ("en", "The Coast Guard has announced a search for the crew."),
            (
                "fr",
                "Le premier syndicat du port a annoncé qu'il ne signera pas l'accord.",
            ),
            (
                "fr",
                "La chambre des députés a approuvé la réforme des retraites.",
            ),
        ] {
            let x = extraction(lang, text);
            assert!(
                x.entities
                    .iter()
                    .all(|e| e.kind != crate::extract::EntityKind::Person),
                "{text}: {:?}",
                x.entities
            );
        }
    }

    #[test]
    fn a_name_that_ends_a_description_is_the_person_and_the_rest_their_role() {
        let s = one(
            "fr",
            SAT,
            "La procureure Éliane Martin a déclaré que l'enquête continuait.",
        );
        assert_eq!(s.speaker, "Éliane Martin");
        // an organisation's name stays whole
        let s = one(
            "en",
            "2019-09-01",
            "The Republican National Committee said that the tax returns were private.",
        );
        assert_eq!(s.speaker, "Republican National Committee");
    }

    #[test]
    fn a_description_before_a_clause_with_its_own_subject_pronoun_is_no_speaker() {
        // the cue's subject is "you", the interviewer (no statement of the article)
        let all = run(
            "en",
            SAT,
            "The same way, as you very aptly pointed out, Laura, people jumped to conclusions.",
        );
        assert!(all.is_empty(), "{all:?}");
        // a stressed pronoun after a preposition is the description's own (quant à elle)
        let all = run(
            "fr",
            SAT,
            "La municipalité, quant à elle, justifie, dans un communiqué, que « le parcours sera plus fluide ».",
        );
        assert_eq!(
            all.first().map(|s| s.speaker.as_str()),
            Some("La municipalité"),
            "{all:?}"
        );
    }

    #[test]
    fn a_descriptive_subject_is_a_speaker() {
        // French Wikinews, 2016 (CC BY 2.5)
        let s = one(
            "fr",
            "2016-06-12",
            "Un Kanak âgé de 20 ans, déjà connu des services de police, a avoué le meurtre.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.act),
            ("Un Kanak âgé de 20 ans", "say")
        );
        // a date is no description
        let s = one(
            "fr",
            SAT,
            "Le 3 janvier, la maire Sophie Renard a annoncé la fermeture du marché.",
        );
        assert_eq!(s.speaker, "Sophie Renard");
        // a clause is no description: the sentence's subject is after its cue, not before
        let all = run(
            "fr",
            SAT,
            "Le vol aurait été retardé a indiqué la compagnie aérienne samedi.",
        );
        assert!(all.iter().all(|s| !s.speaker.contains("aurait")), "{all:?}");
        // English reduced relatives are no report
        assert!(run(
            "en",
            "2019-09-01",
            "The move, called prorogation, came after a vote."
        )
        .is_empty());
    }

    #[test]
    fn a_definite_description_with_a_relative_clause_is_the_article_subject() {
        // French Wikinews, 2016 (CC BY 2.5)
        let all = run(
            "fr",
            "2016-11-16",
            "Emmanuel Macron a mis fin à un faux suspense ce matin. L'ancien banquier d'affaire qui a démissionné du ministère de l'économie s'est déclaré candidat à Bobigny. Il affirme que « les mêmes hommes » ne peuvent répondre aux grandes transformations.",
        );
        let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(speakers, vec!["Emmanuel Macron", "Emmanuel Macron"]);
        // a group is not the person the article is about
        for (lang, text) in [
            (
                "en",
                "Ann Cole met the governors on Monday. The state officials who lost the case said \
                 the ruling was unfair.",
            ),
            (
                "fr",
                "Anne Vert a rencontré les maires lundi. Les élus qui ont perdu le procès ont \
                 dénoncé une décision injuste.",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert!(
                all.iter()
                    .all(|s| !s.speaker.contains("Cole") && !s.speaker.contains("Vert")),
                "{all:?}"
            );
        }
    }
}
