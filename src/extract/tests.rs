//! Whole articles through every stage (the seed), and properties that hold for any text. The
//! example sentences of each rule are beside the rule.

use proptest::prelude::*;

use crate::extract::testing::*;

#[test]
fn other_languages_give_no_statements() {
    assert!(run("de", SAT, "Der Minister sagte, dass alles gut sei.").is_empty());
}

/// An article with a title and a body of one paragraph, published on Saturday 2022-01-08.
fn titled(lang: &str, title: &str, body: &str) -> (String, crate::extract::Extraction) {
    let text = format!("{title}\n\n{body}\n");
    let article = Article {
        title: Some(title.into()),
        text: text.clone(),
        lang: Some(lang.into()),
        published: NaiveDate::from_ymd_opt(2022, 1, 8),
        ..Article::default()
    };
    (text, process(article).extraction)
}

#[test]
fn the_names_of_a_headline_are_mentions_and_its_verbs_no_statement() {
    for (lang, title, body, short) in [
        (
            "fr",
            "France : Morin annonce sa candidature",
            "Le député Paul Morin a déclaré lundi qu'il serait candidat.",
            "Morin",
        ),
        (
            "fr",
            "Décès de Jeanne Vautrin",
            "La romancière Jeanne Vautrin est morte samedi.",
            "Jeanne Vautrin",
        ),
        (
            "en",
            "Cole announces her candidacy",
            "Senator Ann Cole said on Monday that she would run.",
            "Cole",
        ),
    ] {
        let (text, x) = titled(lang, title, body);
        let in_title: Vec<(&str, &str)> = x
            .entities
            .iter()
            .filter(|e| e.kind == crate::extract::EntityKind::Person)
            .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
            .filter(|(m, _)| m.end <= title.len())
            .map(|(m, e)| (m.slice(&text), e.label.as_str()))
            .collect();
        assert_eq!(in_title.len(), 1, "{title}: {in_title:?}");
        assert_eq!(in_title[0].0, short, "{title}");
        // the headline's short form is the body's person
        assert!(
            x.entities
                .iter()
                .filter(|e| e.label.contains(short))
                .count()
                == 1,
            "{:?}",
            x.entities
        );
        // the headline's verb is no statement
        assert!(
            x.statements.iter().all(|s| s.span.start > title.len()),
            "{:?}",
            x.statements
        );
        for e in &x.entities {
            assert!(
                e.mentions.windows(2).all(|w| w[0].start <= w[1].start),
                "{e:?}"
            );
        }
    }
    // a headline in Title Case has no capital that tells a name
    let (_, x) = titled(
        "en",
        "Senate Passes Budget Bill After Long Debate",
        "The Senate passed the bill.",
    );
    assert!(
        x.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.start > 40)),
        "{:?}",
        x.entities
    );
}

#[test]
fn page_furniture_holds_no_statement() {
    let all = run(
        "fr",
        SAT,
        "Le ministre Paul Morin a déclaré lundi que la France ne céderait pas.\n\nLire aussi : Le Kremlin dénonce « une provocation » de Paris\n\nPUBLICITÉ\n\nÀ LIRE AUSSI : Moscou accuse Paris de mensonges",
    );
    let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(speakers, ["Paul Morin"]);
}

#[test]
fn markdown_links_and_emphasis_hide_no_cue_and_no_source() {
    for (text, who) in [
        ("Selon [Le Monde](https://www.lemonde.fr/politique/article.html), le ministre a menti.", "Le Monde"),
        ("Le ministre Paul Morin a *déclaré* que la loi était injuste.", "Paul Morin"),
        ("Le ministre Paul Morin a affirmé [sur Radio J](https://radioj.fr/emission) que le dialogue était rompu.", "Paul Morin"),
    ] {
        assert_eq!(one("fr", SAT, text).speaker, who, "{text}");
    }
    // a bracket inside a quotation stays text
    let s = one(
        "fr",
        SAT,
        "Le ministre Paul Morin a déclaré : « il l'[a] remplacé par un autre ».",
    );
    assert!(s.quote.is_some_and(|q| q.contains("[a]")));
}

#[test]
fn markup_tags_left_in_a_text_are_no_words() {
    // an embedded post's tags hold no cue (</tweet>) and no speaker
    let all = run(
        "en",
        SAT,
        "The group wrote: <tweet id=\"7\" author=\"@Ohio\">Stop the Ohio Rifle Club and enact gun laws</tweet>. <p>The mayor, Ann Cole, said the city was safe.</p>",
    );
    let cues: Vec<&str> = all.iter().map(|s| s.cue.as_str()).collect();
    assert!(!cues.contains(&"tweet"), "{all:?}");
    assert!(all.iter().any(|s| s.speaker == "Ann Cole"), "{all:?}");
    // marks around a tag only quote nothing
    let s = one(
        "fr",
        SAT,
        "Le ministre Paul Morin a dénoncé les propos « <img src=x> » du maire.",
    );
    assert_eq!((s.mode, s.quote), ("indirect", None));
    // a comparison is no tag
    let s = one(
        "en",
        SAT,
        "The score was 3 < 5, and the mayor, Ann Cole, said it was fine.",
    );
    assert_eq!(s.speaker, "Ann Cole");
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
