//! Extraction throughput on real news text (criterion): `cargo bench --bench extract`.
//!
//! French: the Wikinews articles of WiNER-fr; English: Reuters-21578 wire stories and English
//! Wikinews 2019, all from `../shared/corpus`. Articles are read and their language detected before
//! the clock starts; each measurement is the pipeline (cleaning, mentions, statements, dates) plus
//! the RDF mapping, on one thread. Throughput is reported in bytes of article text per second, and
//! `one_article_5kb` gives the latency of a single article of about 5 KB.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parley::article::{self, Article, ReadOptions};
use parley::extract::lexicon::Lexicon;
use parley::pipeline;
use parley::rdf::{ids::ArticleIris, mapping};

// as in the parley binary
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// Every article of the inputs, read as `parley ingest` reads them.
fn read_all(paths: &[PathBuf], lang: Option<&str>) -> Vec<Article> {
    let opts = ReadOptions {
        lang: lang.map(str::to_string),
        ..ReadOptions::default()
    };
    let (inputs, _) = article::discover(paths);
    inputs
        .iter()
        .flat_map(|i| {
            article::read(i, &opts)
                .filter_map(Result::ok)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Reuters-21578 stories with a body (the SGML files), as articles.
fn reuters(limit: usize) -> Vec<Article> {
    let dir = corpus().join("reuters-21578/sgm-data");
    let body = regex::Regex::new(r"(?s)<BODY>(.*?)</BODY>").unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        // the files are ASCII with a few Latin-1 bytes
        let text: String = bytes.iter().map(|&b| b as char).collect();
        for m in body.captures_iter(&text) {
            let t = m[1]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            out.push(Article {
                text: t,
                lang: Some("en".into()),
                ..Article::default()
            });
            if out.len() == limit {
                return out;
            }
        }
    }
    out
}

fn work(articles: &[Article], lexicon: &Lexicon) -> usize {
    let mut quads = 0;
    for a in articles {
        let iris = ArticleIris::new(a);
        let p = pipeline::process_with(a.clone(), lexicon);
        quads += mapping::article_quads(&p, &iris).len();
    }
    quads
}

fn bench(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let mut sets: Vec<(&str, Vec<Article>)> = vec![
        (
            "fr_wikinews_winer",
            read_all(&[corpus().join("winer-fr")], None),
        ),
        ("en_reuters_21578", reuters(3000)),
        (
            "en_wikinews_2019",
            read_all(&[corpus().join("wikinews-en/wikinews_2019.csv")], None),
        ),
    ];
    sets.retain(|(name, s)| {
        if s.is_empty() {
            eprintln!("SKIP {name}: ../shared/corpus is not beside the checkout");
        }
        !s.is_empty()
    });
    if sets.is_empty() {
        sets.push((
            "examples",
            read_all(
                &[Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")],
                None,
            ),
        ));
    }
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (name, articles) in &sets {
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::new(*name, format!("{} articles", articles.len())),
            articles,
            |b, articles| b.iter(|| work(articles, &lexicon)),
        );
    }
    // one article of about 5 KB, the latency the issue names
    let all: Vec<&Article> = sets.iter().flat_map(|(_, s)| s.iter()).collect();
    if let Some(one) = all
        .iter()
        .min_by_key(|a| a.text.len().abs_diff(5000))
        .map(|a| vec![(*a).clone()])
    {
        group.throughput(Throughput::Bytes(one[0].text.len() as u64));
        group.sample_size(50);
        group.bench_with_input(
            BenchmarkId::new("one_article_5kb", format!("{} bytes", one[0].text.len())),
            &one,
            |b, one| b.iter(|| work(one, &lexicon)),
        );
    }
    group.finish();
    // 1 MB of reporting verbs, names and quotation marks with no full stop: extraction stays linear
    let mut text = String::new();
    let words = [
        "Emmanuel Macron a déclaré",
        "« bien",
        "selon le ministre",
        "Xavier Dupont a dit que",
        ",",
    ];
    let mut k = 0usize;
    while text.len() < 1_000_000 {
        text.push_str(words[k % words.len()]);
        text.push(' ');
        k = (k * 31 + 7) % 1_000_003;
    }
    let long = vec![Article {
        text,
        lang: Some("fr".into()),
        ..Article::default()
    }];
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(long[0].text.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("no_full_stop", "1 MB"),
        &long,
        |b, long| b.iter(|| work(long, &lexicon)),
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
