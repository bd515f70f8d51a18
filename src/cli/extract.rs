//! `parley extract`: the pipeline without a store. One JSON object per article (JSONL), a table, or
//! N-Quads, on stdout; bad inputs reported on stderr and skipped.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use flate2::write::GzEncoder;
use flate2::Compression;

use oxigraph::io::{RdfFormat, RdfSerializer};
use serde_json::{json, Value};

use super::args::{ExtractArgs, ExtractFormat};
use super::{output, Outcome};
use crate::extract::{Entity, EntityKind, Extraction};
use crate::pipeline::{self, Processed};
use crate::rdf::ids::{self, ArticleIris};
use crate::rdf::mapping;
use crate::text::CharIndex;

fn kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Country => "country",
    }
}

fn entity_json(e: &Entity, iris: &ArticleIris) -> Value {
    json!({
        "label": e.label,
        "kind": kind(e.kind),
        "country": e.country,
        "iri": ids::entity_iri(e, iris),
    })
}

/// The JSONL record of one processed article.
pub fn record(doc: &str, p: &Processed) -> Value {
    let a = &p.article;
    let x: &Extraction = &p.extraction;
    let chars = CharIndex::new(&a.text);
    let iris = ArticleIris::new(a);
    let entity_json = |e: &Entity| entity_json(e, &iris);
    let mut mentions = Vec::new();
    for e in &x.entities {
        for m in &e.mentions {
            let mut v = entity_json(e);
            v["start"] = json!(chars.char_offset(m.start));
            v["end"] = json!(chars.char_offset(m.end));
            v["text"] = json!(m.slice(&a.text));
            mentions.push(v);
        }
    }
    mentions.sort_by_key(|m| (m["start"].as_u64(), m["end"].as_u64()));
    let statements: Vec<Value> = x
        .statements
        .iter()
        .map(|s| {
            let speaker = x.entities.get(s.speaker).map(&entity_json).unwrap_or(Value::Null);
            json!({
                "speaker": speaker,
                "cue": s.cue,
                "speech_act": s.speech_act.as_str(),
                "cameo": s.speech_act.cameo(),
                "mode": s.mode.as_str(),
                "quote": s.quote,
                "content": s.content,
                "start": chars.char_offset(s.span.start),
                "end": chars.char_offset(s.span.end),
                "speaker_start": chars.char_offset(s.speaker_span.start),
                "speaker_end": chars.char_offset(s.speaker_span.end),
                "targets": s.targets.iter().filter_map(|t| x.entities.get(*t)).map(&entity_json).collect::<Vec<_>>(),
                "date": s.date.map(|d| d.to_string()),
                "confidence": (f64::from(s.confidence) * 100.0).round() / 100.0,
            })
        })
        .collect();
    json!({
        "doc": doc,
        "url": a.url,
        "id": a.id,
        "title": a.title,
        "published": a.published.map(|d| d.to_string()),
        "lang": a.lang,
        "mentions": mentions,
        "statements": statements,
    })
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// Articles extracted in parallel at a time.
const BATCH: usize = 256;

/// Writes one processed article in the chosen format (table rows are collected in `rows`).
fn write_one(
    mut out: &mut impl Write,
    rows: &mut Vec<Vec<String>>,
    format: ExtractFormat,
    name: &str,
    p: &pipeline::Processed,
) -> anyhow::Result<()> {
    match format {
        ExtractFormat::Jsonl => {
            serde_json::to_writer(&mut out, &record(name, p))?;
            writeln!(out)?;
        }
        ExtractFormat::Table => {
            let x = &p.extraction;
            for s in &x.statements {
                let label = |i: usize| {
                    x.entities
                        .get(i)
                        .map(|e| e.label.clone())
                        .unwrap_or_default()
                };
                rows.push(vec![
                    clip(name, 40),
                    label(s.speaker),
                    s.speech_act.as_str().to_string(),
                    s.mode.as_str().to_string(),
                    s.date.map(|d| d.to_string()).unwrap_or_default(),
                    s.targets
                        .iter()
                        .map(|t| label(*t))
                        .collect::<Vec<_>>()
                        .join("; "),
                    clip(
                        s.quote.as_deref().or(s.content.as_deref()).unwrap_or(""),
                        60,
                    ),
                ]);
            }
        }
        ExtractFormat::Nquads => {
            let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut out);
            for q in mapping::article_quads(p, &ArticleIris::new(&p.article)) {
                ser.serialize_quad(&q)?;
            }
            ser.finish()?;
        }
    }
    Ok(())
}

/// Where `extract` writes: stdout, or a file of `--output DIR` (plain or gzip), written under a
/// temporary name and renamed when complete, so that a loader never picks up half a file (and
/// removed if the command fails).
enum Sink {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    File(output::OutputFile),
    Gzip(Box<GzEncoder<output::OutputFile>>),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
        }
    }
}

impl Sink {
    /// Flushes everything (the gzip trailer too), syncs a file to disk and gives it its name.
    fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut w) => Ok(w.flush()?),
            Sink::File(w) => w.finish(),
            Sink::Gzip(w) => w.finish()?.finish(),
        }
    }
}

/// The file name of share `k` of `n` in `--output DIR`.
pub fn shard_file_name(k: u64, n: u64, gzip: bool) -> String {
    format!("parley-{k}-of-{n}.nq{}", if gzip { ".gz" } else { "" })
}

/// What `extract` writes: N-Quads to `--output`, else `--format`, else a table on a terminal and
/// JSONL otherwise.
fn format_of(args: &ExtractArgs) -> anyhow::Result<ExtractFormat> {
    Ok(match (&args.output, args.format) {
        (Some(_), None | Some(ExtractFormat::Nquads)) => ExtractFormat::Nquads,
        (Some(_), Some(f)) => {
            anyhow::bail!("--output writes N-Quads; --format {f:?} is for standard output")
        }
        (None, Some(f)) => f,
        (None, None) if output::stdout_is_terminal() => ExtractFormat::Table,
        (None, None) => ExtractFormat::Jsonl,
    })
}

/// Where `extract` writes: standard output, or share `k` of `n` in `--output DIR` (gzipped with
/// `--gzip`; the ontology once, in the first share), written under a temporary name and renamed
/// once complete. Returns the file's path too.
fn sink(args: &ExtractArgs, (k, n): (u64, u64)) -> anyhow::Result<(Option<PathBuf>, Sink)> {
    let target = match &args.output {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create the directory", dir.display()))?;
            Some(dir.join(shard_file_name(k, n, args.gzip)))
        }
        None => None,
    };
    let mut out = match &target {
        None => Sink::Stdout(output::stdout()),
        Some(path) => {
            let file = output::OutputFile::create(path)?;
            if args.gzip {
                // level 1: four times faster than the default here, files a fifth larger
                Sink::Gzip(Box::new(GzEncoder::new(file, Compression::fast())))
            } else {
                Sink::File(file)
            }
        }
    };
    if target.is_some() && k == 1 {
        // the ontology once, in the first share: the shards together make the store `ingest` makes
        let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut out);
        for q in crate::store::ontology_quads()? {
            ser.serialize_quad(&q)?;
        }
        ser.finish()?;
    }
    Ok((target, out))
}

pub fn run(args: ExtractArgs, _quiet: bool) -> anyhow::Result<Outcome> {
    let opts = super::read_options(args.input_format, &args.read)?;
    if args.paths.iter().any(|p| p.as_os_str() == "-") && opts.format.is_none() {
        anyhow::bail!("reading standard input (-) needs --input-format txt|html|jsonl|csv");
    }
    let lexicon = super::lexicon(&args.read)?;
    let format = format_of(&args)?;
    let (k, n) = args.shard.unwrap_or((1, 1));
    let pool = super::pool(&args.read)?;
    let (target, mut out) = sink(&args, (k, n))?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    // articles are extracted in parallel a batch at a time and written in input order
    let mut batch: Vec<(String, crate::article::Article)> = Vec::with_capacity(BATCH);
    let emit = |batch: &mut Vec<(String, crate::article::Article)>,
                out: &mut _,
                rows: &mut Vec<Vec<String>>|
     -> anyhow::Result<()> {
        let jobs = std::mem::take(batch);
        let done = pool.install(|| {
            pipeline::par_map(jobs, |(name, a)| {
                (name, pipeline::process_with(a, &lexicon))
            })
        });
        for (name, p) in done {
            write_one(out, rows, format, &name, &p)?;
        }
        Ok(())
    };
    let skipped = super::each_article(&args.paths, &args.read, &opts, |input, a| {
        if args
            .shard
            .is_some_and(|share| !ids::in_shard(&ArticleIris::new(&a), share))
        {
            return Ok(());
        }
        batch.push((crate::article::doc_name(input, &a), a));
        if batch.len() == BATCH {
            emit(&mut batch, &mut out, &mut rows)?;
        }
        Ok(())
    })?;
    emit(&mut batch, &mut out, &mut rows)?;
    if format == ExtractFormat::Table {
        let header: Vec<String> = [
            "article",
            "speaker",
            "act",
            "mode",
            "date",
            "targets",
            "quote or content",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        output::write_table(&mut out, &header, &rows)?;
    }
    out.finish()?;
    if let Some(path) = &target {
        output::error(&format!("wrote {}", path.display()));
    }
    Ok(if skipped > 0 {
        Outcome::Skipped
    } else {
        Outcome::Success
    })
}
