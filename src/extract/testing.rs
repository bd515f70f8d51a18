//! Helpers for the example sentences beside each rule: an article of one paragraph through the
//! whole pipeline, and what a reader checks of its statements and mentions.

pub use crate::article::Article;
pub use crate::pipeline::process;
pub use chrono::NaiveDate;

/// A statement as the tests read it: labels instead of entity indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct S {
    pub speaker: String,
    /// The cue's lemma.
    pub cue: String,
    pub act: &'static str,
    pub mode: &'static str,
    pub quote: Option<String>,
    /// What was said, for indirect and mixed speech.
    pub content: Option<String>,
    pub date: Option<String>,
    pub targets: Vec<String>,
}

pub fn run(lang: &str, published: &str, body: &str) -> Vec<S> {
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
            cue: s.cue.clone(),
            act: s.speech_act.as_str(),
            mode: s.mode.as_str(),
            quote: s.quote.clone(),
            content: s.content.clone(),
            date: s.date.map(|d| d.to_string()),
            targets: s
                .targets
                .iter()
                .map(|t| x.entities[*t].label.clone())
                .collect(),
        })
        .collect()
}

/// The speakers of the statements of an article of one paragraph published on a Saturday, in
/// order.
pub fn speakers_of(lang: &str, body: &str) -> Vec<String> {
    run(lang, SAT, body)
        .into_iter()
        .map(|s| s.speaker)
        .collect()
}

pub fn one(lang: &str, published: &str, body: &str) -> S {
    let all = run(lang, published, body);
    assert_eq!(all.len(), 1, "{body}\n{all:#?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

pub const SAT: &str = "2022-01-08"; // a Saturday

/// The mentions of an article of one paragraph: (text as written, entity label) for mentions of
/// entities, in text order.
pub fn mentions(lang: &str, body: &str) -> Vec<(String, String)> {
    let text = format!("Titre\n\n{body}\n");
    let article = Article {
        title: Some("Titre".into()),
        text: text.clone(),
        lang: Some(lang.into()),
        published: NaiveDate::from_ymd_opt(2022, 1, 8),
        ..Article::default()
    };
    let x = process(article).extraction;
    let mut out: Vec<(usize, String, String)> = x
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(|m| (m.start, m.slice(&text).to_string(), e.label.clone()))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, t, l)| (t, l)).collect()
}

/// The extraction of an article of one paragraph, published on Saturday 2022-01-08.
pub fn extraction(lang: &str, body: &str) -> crate::extract::Extraction {
    let text = format!("Titre\n\n{body}\n");
    let article = Article {
        title: Some("Titre".into()),
        text,
        lang: Some(lang.into()),
        published: NaiveDate::from_ymd_opt(2022, 1, 8),
        ..Article::default()
    };
    process(article).extraction
}

/// The speaker of the first statement of an article of one paragraph.
pub fn first_speaker(lang: &str, body: &str) -> crate::extract::Entity {
    let x = extraction(lang, body);
    let s = x
        .statements
        .first()
        .unwrap_or_else(|| panic!("no statement: {body}"));
    x.entities[s.speaker].clone()
}

/// Whether an article of one paragraph has no entity whose label holds `part`.
pub fn no_entity_with(lang: &str, body: &str, part: &str) -> bool {
    let x = extraction(lang, body);
    let none = x.entities.iter().all(|e| !e.label.contains(part));
    if !none {
        eprintln!("{part} in {:?}", x.entities);
    }
    none
}

/// The speakers of an article of one paragraph and their countries, in statement order.
pub fn speaker_countries(lang: &str, body: &str) -> Vec<(String, Option<String>)> {
    let x = extraction(lang, body);
    x.statements
        .iter()
        .map(|s| {
            let e = &x.entities[s.speaker];
            (e.label.clone(), e.country.clone())
        })
        .collect()
}
