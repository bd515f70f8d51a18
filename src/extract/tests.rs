//! One sentence or short article per phenomenon, French and English, with what a careful reader
//! extracts from it. Texts are written for the test or taken from the seed article.

use chrono::NaiveDate;
use proptest::prelude::*;

use crate::article::Article;
use crate::pipeline::process;

#[derive(Debug, Clone, PartialEq)]
struct S {
    speaker: String,
    act: &'static str,
    mode: &'static str,
    quote: Option<String>,
    date: Option<String>,
    targets: Vec<String>,
}

fn run(lang: &str, published: &str, body: &str) -> Vec<S> {
    let text = format!("Titre\n\n{body}\n");
    let article = Article {
        title: Some("Titre".into()),
        text,
        lang: Some(lang.into()),
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        ..Article::default()
    };
    let p = process(article);
    let x = &p.extraction;
    x.statements
        .iter()
        .map(|s| S {
            speaker: x.entities[s.speaker].label.clone(),
            act: s.speech_act.as_str(),
            mode: s.mode.as_str(),
            quote: s.quote.clone(),
            date: s.date.map(|d| d.to_string()),
            targets: s
                .targets
                .iter()
                .map(|t| x.entities[*t].label.clone())
                .collect(),
        })
        .collect()
}

fn one(lang: &str, published: &str, body: &str) -> S {
    let all = run(lang, published, body);
    assert_eq!(all.len(), 1, "{body}\n{all:#?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

const SAT: &str = "2022-01-08"; // a Saturday

#[test]
fn direct_quote_with_incise_fr() {
    let s = one(
        "fr",
        SAT,
        "« Nous ne reculerons pas », a déclaré Emmanuel Macron.",
    );
    assert_eq!(s.speaker, "Emmanuel Macron");
    assert_eq!((s.act, s.mode), ("say", "direct"));
    assert_eq!(s.quote.as_deref(), Some("Nous ne reculerons pas"));
}

#[test]
fn quote_split_around_an_incise_is_one_statement() {
    let s = one("fr", SAT, "Le ministre Sergueï Lavrov a parlé longtemps. « C'est inacceptable », a-t-il dit, « et nous répondrons ».");
    assert_eq!(s.speaker, "Sergueï Lavrov");
    assert_eq!(
        s.quote.as_deref(),
        Some("C'est inacceptable … et nous répondrons")
    );
}

#[test]
fn indirect_speech_with_que() {
    let s = one(
        "fr",
        SAT,
        "Le président turc Recep Tayyip Erdogan a affirmé que la Turquie ne céderait pas.",
    );
    assert_eq!(s.speaker, "Recep Tayyip Erdogan");
    assert_eq!((s.act, s.mode), ("say", "indirect"));
    assert_eq!(s.targets, vec!["Turkey"]);
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
fn according_to_fr_and_en() {
    let s = one(
        "fr",
        SAT,
        "Selon l'OTAN, les troupes russes se sont retirées de la frontière.",
    );
    assert_eq!((s.speaker.as_str(), s.mode), ("OTAN", "according_to"));
    assert_eq!(s.targets, vec!["Russia"]);
    let s = one(
        "en",
        SAT,
        "According to Reuters, the talks in Geneva have stalled.",
    );
    assert_eq!((s.speaker.as_str(), s.mode), ("Reuters", "according_to"));
}

#[test]
fn gerund_and_inverted_pronoun_keep_the_speaker() {
    let all = run(
        "fr",
        SAT,
        "« La situation est grave », a annoncé samedi le Kremlin, ajoutant que les discussions continueraient. « Nous restons en contact », a-t-il ajouté.",
    );
    let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(speakers, vec!["Kremlin", "Kremlin", "Kremlin"]);
    assert_eq!(all[0].act, "announce");
    assert_eq!(
        all[0].date.as_deref(),
        Some(SAT),
        "samedi in a Saturday article is that day"
    );
    assert_eq!(all[1].mode, "indirect");
    assert_eq!(all[2].mode, "direct");
}

#[test]
fn surnames_and_titles_join_the_full_name() {
    let all = run(
        "fr",
        SAT,
        "Le secrétaire d'Etat américain Antony Blinken est arrivé à Genève. M. Blinken a déclaré que les discussions seraient difficiles.",
    );
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].speaker, "Antony Blinken");
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
fn vague_sources_are_not_speakers() {
    assert!(run("fr", SAT, "Des experts ont affirmé que la crise durerait.").is_empty());
    assert!(run(
        "en",
        SAT,
        "Germany suspended the permit, German officials said."
    )
    .is_empty());
}

#[test]
fn passive_with_an_agent() {
    let s = one(
        "fr",
        SAT,
        "Les attaques ont été revendiquées par l'organisation État islamique.",
    );
    assert_eq!(s.act, "say");
    assert!(s.speaker.contains("État islamique"), "{}", s.speaker);
}

#[test]
fn pluperfect_weekday_and_relative_days() {
    // the seed: Blinken had warned on Friday; the article is of Saturday 2022-01-08
    let s = one("fr", SAT, "Antony Blinken avait prévenu vendredi qu'il serait « très difficile » pour le Kazakhstan d'obtenir le retrait des troupes russes.");
    assert_eq!((s.act, s.mode), ("warn", "mixed"));
    assert_eq!(s.date.as_deref(), Some("2022-01-07"));
    assert_eq!(s.targets, vec!["Kazakhstan", "Russia"]);
    let s = one(
        "fr",
        SAT,
        "Le Premier ministre Jean Castex a déclaré hier que le pays était prêt.",
    );
    assert_eq!(s.date.as_deref(), Some("2022-01-07"));
    let s = one("fr", SAT, "Le chef de la diplomatie Jean-Yves Le Drian a déclaré le 3 janvier que rien n'était décidé.");
    assert_eq!(s.date.as_deref(), Some("2022-01-03"));
    let s = one(
        "en",
        "2019-01-07",
        "President Donald Trump said yesterday that he could declare an emergency.",
    );
    assert_eq!(s.date.as_deref(), Some("2019-01-06"));
}

#[test]
fn english_incises_and_subjects() {
    let s = one(
        "en",
        "2019-01-07",
        "\"I never threaten anybody,\" Trump said.",
    );
    assert_eq!((s.speaker.as_str(), s.mode), ("Trump", "direct"));
    // the quotation as written between the marks, its comma included (as gold keeps it)
    assert_eq!(s.quote.as_deref(), Some("I never threaten anybody,"));
    let s = one(
        "en",
        "2019-01-07",
        "\"We will not fund the wall,\" said Nancy Pelosi.",
    );
    assert_eq!(s.speaker, "Nancy Pelosi");
    let s = one(
        "en",
        "2019-01-07",
        "The Vice President, Mike Pence, said on Friday the United States is ready to negotiate.",
    );
    assert_eq!(s.speaker, "Mike Pence");
    assert_eq!(s.date.as_deref(), Some("2019-01-04"));
    assert_eq!(s.targets, vec!["United States"]);
    let s = one(
        "en",
        "2019-01-07",
        "Russian Foreign Minister Sergey Lavrov warned that Moscow would respond.",
    );
    assert_eq!((s.speaker.as_str(), s.act), ("Sergey Lavrov", "warn"));
}

#[test]
fn english_speech_acts() {
    let acts: Vec<&str> = run(
        "en",
        "2019-01-07",
        "Iran denied the report. The European Union condemned the attack. NATO urged both sides to show restraint. Beijing rejected the proposal.",
    )
    .iter()
    .map(|s| s.act)
    .collect();
    assert_eq!(acts, vec!["deny", "criticize", "appeal", "reject"]);
}

#[test]
fn other_languages_give_no_statements() {
    assert!(run("de", SAT, "Der Minister sagte, dass alles gut sei.").is_empty());
}

#[test]
fn the_seed_article() {
    let text = include_str!("../../tests/fixtures/seed-kazakhstan.txt");
    let article = Article {
        title: text.lines().next().map(str::to_string),
        text: text.to_string(),
        lang: Some("fr".into()),
        published: NaiveDate::from_ymd_opt(2022, 1, 8),
        ..Article::default()
    };
    let p = process(article);
    let x = &p.extraction;
    let got: Vec<(String, &str, &str, Option<String>)> = x
        .statements
        .iter()
        .map(|s| {
            (
                x.entities[s.speaker].label.clone(),
                s.speech_act.as_str(),
                s.mode.as_str(),
                s.date.map(|d| d.to_string()),
            )
        })
        .collect();
    let want = [
        ("Kremlin", "announce", "mixed", Some("2022-01-08")),
        ("Kremlin", "say", "direct", Some("2022-01-08")),
        ("Kremlin", "say", "mixed", Some("2022-01-08")),
        ("Russia", "criticize", "mixed", None),
        ("Antony Blinken", "warn", "mixed", Some("2022-01-07")),
        (
            "ministère russe des Affaires étrangères",
            "say",
            "direct",
            None,
        ),
        (
            "ministère russe des Affaires étrangères",
            "say",
            "direct",
            None,
        ),
        (
            "ministère russe des Affaires étrangères",
            "say",
            "mixed",
            None,
        ),
    ];
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0.as_str(), g.1, g.2), (w.0, w.1, w.2));
        // gold gives no day for the ministry's statements; the day the narrative is at (the
        // Kremlin's Saturday) is what Parley infers there, any other day would be wrong
        if let Some(d) = w.3 {
            assert_eq!(g.3.as_deref(), Some(d), "{g:?}");
        }
    }
    // nothing from the reader comments, and the repeated paragraph once
    let comments = text
        .find("Pour poster un commentaire")
        .unwrap_or(text.len());
    assert!(x.statements.iter().all(|s| s.span.end <= comments));
    let repeat = text.rfind("Le Kazakhstan, plus grand pays").unwrap_or(0);
    let repeat_end = repeat + text[repeat..].find('\n').unwrap_or(0);
    assert!(repeat > text.find("Le Kazakhstan, plus grand pays").unwrap_or(0));
    assert!(x.entities.iter().all(|e| e
        .mentions
        .iter()
        .all(|m| m.start < repeat || m.start >= repeat_end)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_pipeline_never_panics_and_is_deterministic(
        body in "\\PC{0,300}",
        lang in prop::sample::select(vec!["fr", "en"]),
    ) {
        let mk = || Article {
            title: Some("T".into()),
            text: format!("T\n{body}"),
            lang: Some(lang.to_string()),
            published: NaiveDate::from_ymd_opt(2022, 1, 8),
            ..Article::default()
        };
        let a = process(mk());
        let b = process(mk());
        prop_assert_eq!(&a.extraction, &b.extraction);
        let text = &a.article.text;
        for s in &a.extraction.statements {
            prop_assert!(s.span.start <= s.span.end && s.span.end <= text.len());
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
        for e in &a.extraction.entities {
            for m in &e.mentions {
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.end <= text.len());
            }
        }
    }

    #[test]
    fn quotes_and_punctuation_soup_never_panics(body in "[«»“”\"'’ ,.:;a-zA-Zéè-]{0,200}") {
        let a = Article { title: None, text: body, lang: Some("fr".into()), ..Article::default() };
        let _ = process(a);
    }
}

#[test]
fn subjects_outside_prepositional_phrases() {
    // English Wikinews, 2019 (CC BY 2.5)
    let s = one("en", "2019-09-26", "Assembly president Richard Ferrand in relaying the news to parliament said Chirac was part of history.");
    assert_eq!(s.speaker, "Richard Ferrand");
}

#[test]
fn he_and_she_are_persons() {
    let all = run(
        "en",
        "2019-09-26",
        "Crown Prince Mohammad bin Salman accepted responsibility for the murder. PBS revealed that the prince spoke in December. Speaking to PBS, he said, \"It happened under my watch.\"",
    );
    let last = all.last().map(|s| s.speaker.clone()).unwrap_or_default();
    assert_eq!(last, "Mohammad bin Salman");
}

#[test]
fn appositions_and_lists_of_speakers() {
    let s = one("en", "2019-01-07", "Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed to keeping our border safe.\"");
    assert_eq!((s.speaker.as_str(), s.mode), ("Nancy Pelosi", "direct"));
    let speakers: Vec<String> = run("fr", SAT, "Le consulat français et le gouvernement fédéral belge recommandent à leurs citoyens de rester chez eux.")
        .into_iter()
        .map(|s| s.speaker)
        .collect();
    assert_eq!(speakers.len(), 2, "{speakers:?}");
    assert!(
        speakers.contains(&"Belgium".to_string())
            && speakers.iter().any(|s| s.contains("consulat"))
    );
}

#[test]
fn sources_without_a_determiner_and_after_a_descriptor() {
    let s = one(
        "en",
        "2019-08-05",
        "The shooting began at 10:39 a.m. local time, according to police.",
    );
    assert_eq!((s.speaker.as_str(), s.mode), ("police", "according_to"));
    let s = one(
        "fr",
        "2016-03-22",
        "Des coups de feu auraient été entendus selon l'agence de presse Belga.",
    );
    assert_eq!(s.speaker, "agence de presse Belga");
}

#[test]
fn a_quotation_ending_a_sentence_ends_the_statement() {
    let all = run(
        "en",
        "2019-01-07",
        "Mike Pence said the country is \"in the midst of a crisis.\" Nancy Pelosi said \"We are committed to keeping our border safe.\"",
    );
    let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(speakers, vec!["Mike Pence", "Nancy Pelosi"]);
}

#[test]
fn hypothetical_and_future_clauses_are_not_reports() {
    // French Wikinews, 2016 (CC BY 2.5)
    let all = run(
        "fr",
        "2016-11-16",
        "Il espère imposer sa candidature avant qu'il n'annonce la sienne.",
    );
    assert!(all.is_empty(), "{all:?}");
    assert!(run("en", "2019-01-07", "If he says no, the talks will end.").is_empty());
}

#[test]
fn nominal_reports_name_their_source() {
    let s = one(
        "fr",
        SAT,
        "L'annonce du Kremlin a surpris les diplomates européens.",
    );
    assert_eq!((s.speaker.as_str(), s.act), ("Kremlin", "announce"));
    let s = one("en", SAT, "The condemnation from NATO came within hours.");
    assert_eq!((s.speaker.as_str(), s.act), ("NATO", "criticize"));
    // a complement is no report
    assert!(run("fr", SAT, "La cour d'appel de Paris siège lundi.").is_empty());
}

#[test]
fn a_capitalised_head_after_the_names_the_organisation_named_before() {
    // English Wikinews, 2019 (CC BY 2.5)
    let all = run(
        "en",
        "2019-08-31",
        "Sirhan was moved by the California Department of Corrections and Rehabilitation. The Department issued a statement that an inmate had been stabbed.",
    );
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        all[0].speaker,
        "California Department of Corrections and Rehabilitation"
    );
    let s = one("en", "2019-02-11", "Princess Ubolratana Mahidol was nominated. This past Friday, the princess, 67, announced her candidacy.");
    assert_eq!(
        (s.speaker.as_str(), s.act),
        ("Ubolratana Mahidol", "announce")
    );
    assert_eq!(s.date.as_deref(), Some("2019-02-08"));
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
    // English reduced relatives are no report
    assert!(run(
        "en",
        "2019-09-01",
        "The move, called prorogation, came after a vote."
    )
    .is_empty());
}

#[test]
fn pour_x_comma_attributes_an_opinion() {
    // French Wikinews, 2016 (CC BY 2.5)
    let all = run(
        "fr",
        "2016-09-04",
        "Le collectif Sécurité pour tous a organisé la manifestation. Pour ce collectif, l'insécurité augmente depuis quelques années.",
    );
    assert_eq!(all.len(), 1, "{all:?}");
    // the name stops at its last capitalised word: "collectif Sécurité"
    assert!(
        all[0].speaker.starts_with("collectif Sécurité"),
        "{}",
        all[0].speaker
    );
    assert_eq!(all[0].mode, "according_to");
    // "pour" without a source and a comma is no attribution
    assert!(run("fr", SAT, "Pour la première fois, la ville a voté.").is_empty());
}

#[test]
fn a_promise_takes_what_is_promised() {
    // French Wikinews, 2016 (CC BY 2.5)
    assert!(run(
        "fr",
        "2016-06-12",
        "Jean-Marie Tjibaou s'était immédiatement engagé dans les premiers mouvements kanak."
    )
    .is_empty());
    let s = one(
        "fr",
        "2016-09-04",
        "Valérie Pécresse s'est engagée à développer la vidéosurveillance.",
    );
    assert_eq!((s.speaker.as_str(), s.act), ("Valérie Pécresse", "promise"));
    let s = one(
        "en",
        "2019-01-07",
        "Prime Minister Theresa May pledged to hold a vote.",
    );
    assert_eq!(s.act, "promise");
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
}

#[test]
fn the_first_word_of_an_organisation_named_before_is_that_organisation() {
    // English Wikinews, 2019 (CC BY 2.5)
    let s = one(
        "en",
        "2019-01-21",
        "Germany banned the airline Mahan Air. The United States government claims Mahan flies fighters to Syria.",
    );
    assert_eq!(s.speaker, "United States");
    assert_eq!(s.targets, vec!["Mahan Air", "Syria"]);
}

#[test]
fn two_persons_of_one_family_stay_two() {
    // French Wikinews, 2017 (CC BY 2.5)
    let all = run(
        "fr",
        "2017-01-26",
        "François Fillon a dénoncé une campagne de calomnie. Penelope Fillon avait elle-même déclaré en octobre qu'elle ne s'occupait pas de politique.",
    );
    let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(speakers, vec!["François Fillon", "Penelope Fillon"]);
}

#[test]
fn days_from_the_clause_and_the_lead() {
    // French Wikinews, 2016 (CC BY 2.5): a time adverbial later in the clause dates the report
    let s = one(
        "fr",
        "2016-12-06",
        "Manuel Valls a annoncé sa démission dans sa ville d'élection d'Évry la veille.",
    );
    assert_eq!(s.date.as_deref(), Some("2016-12-05"));
    // the seed: "une contestation qui a éclaté dimanche" dates the protests, not the article;
    // a statement without a day of its own takes the day of the lead's main clause
    let all = run(
        "fr",
        SAT,
        "Le Kazakhstan est ébranlé par une contestation qui a éclaté dimanche.\n\nMoscou a dénoncé les commentaires « grossiers » de Washington.",
    );
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].date, None,
        "a relative clause's weekday does not date the article"
    );
}

/// Reuters-21578 story 6196 (1987): a sentence opening with "And," once made the search for a list
/// of speakers step before the first token of the article.
#[test]
fn a_sentence_opening_with_and_comma_is_not_a_list_of_speakers() {
    let text = "Rostenkowski, the chief House taxwriter, said his committee\nwas reluctant to back a tax increase without certainty that it\nwould pass the full House.\n    \"Chairman Rostenkowski still says its an uphill fight unless\nthe president signs on,\" the Illinois Democrat said in remarks\nfor delivery to the Tax Executives Institute.\n    And, Rostenkowski told the tax executives that Howard Baker\nas Reagan's chief of staff would make it more likely the White\nHouse will ultimately back a tax increase this year. \"There are\nstrong suspicions that the Baker boys will lead the president\ndown the slippery slope of moderation,\" he said.\n\n Reuter\n";
    let article = Article {
        text: text.into(),
        lang: Some("en".into()),
        ..Article::default()
    };
    let p = process(article);
    let x = &p.extraction;
    let speakers: Vec<&str> = x
        .statements
        .iter()
        .map(|s| x.entities[s.speaker].label.as_str())
        .collect();
    // the two statements of the last paragraph are his ("And, Rostenkowski told …", "… ," he said);
    // the first sentence's apposition ("the chief House taxwriter") still gives the House: a
    // known gap, modifiers inside an apposition
    assert_eq!(speakers.len(), 5, "{speakers:?}");
    assert_eq!(
        speakers[3..],
        ["Rostenkowski", "Rostenkowski"],
        "{speakers:?}"
    );
}
