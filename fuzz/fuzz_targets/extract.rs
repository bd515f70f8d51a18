//! The extraction pipeline on arbitrary text, in French or English (the first byte chooses), with
//! and without a title and a publication date.
#![no_main]

use parley::article::Article;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let article = Article {
        id: Some("fuzz".into()),
        title: (first & 2 != 0).then(|| text.lines().next().unwrap_or_default().to_string()),
        lang: Some(if first & 1 == 0 { "fr" } else { "en" }.into()),
        published: (first & 4 != 0)
            .then(|| chrono::NaiveDate::from_ymd_opt(2022, 1, 8))
            .flatten(),
        text,
        ..Article::default()
    };
    parley::fuzzing::exercise_article(article);
});
