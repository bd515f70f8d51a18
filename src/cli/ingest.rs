//! `parley ingest`: read → pipeline → quads → store, one transaction per article, skipping
//! articles whose fingerprint is already stored. Bad inputs are reported and skipped; the batch goes
//! on; what was stored stays stored.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use anyhow::Context;

use super::args::IngestArgs;
use super::progress::Progress;
use super::Outcome;
use crate::article::{self, Format, Input, Location, ReadOptions, Reason};
use crate::pipeline;
use crate::rdf::ids::ArticleIris;
use crate::rdf::mapping;
use crate::store::{Access, ParleyStore};

/// A short name for a skip reason, for the summary.
fn reason_kind(r: &Reason) -> &'static str {
    match r {
        Reason::Io(_) => "unreadable",
        Reason::Empty => "empty",
        Reason::Binary => "binary",
        Reason::Encoding(_) => "bad encoding",
        Reason::NoText => "no text",
        Reason::Json(_) | Reason::NotAnObject(_) => "malformed JSON",
        Reason::MissingText | Reason::NoTextColumn { .. } => "no text field",
        Reason::WrongType { .. } => "wrong field type",
        Reason::Csv(_) => "malformed CSV",
        Reason::UnknownColumn(_) => "unknown column",
        Reason::UnknownFormat | Reason::StdinFormat => "unknown format",
    }
}

/// How many articles the inputs hold (only computed when a bar is shown).
fn count_articles(inputs: &[Input], opts: &ReadOptions) -> Option<u64> {
    let mut total = 0u64;
    for input in inputs {
        let Input::File(path) = input else {
            return None;
        };
        total += match opts.format.or_else(|| Format::from_path(path)) {
            Some(Format::Jsonl) => count_lines(path)?,
            Some(Format::Csv) => csv::Reader::from_path(path).ok()?.byte_records().count() as u64,
            _ => 1,
        };
    }
    Some(total)
}

/// Non-blank lines of a file, read in chunks (a large file is never held in memory).
fn count_lines(path: &Path) -> Option<u64> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut buf = vec![0u8; 1 << 16];
    let (mut lines, mut content) = (0u64, false);
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            if b == b'\n' {
                lines += u64::from(content);
                content = false;
            } else if !b.is_ascii_whitespace() {
                content = true;
            }
        }
    }
    Some(lines + u64::from(content))
}

#[derive(Default)]
struct Summary {
    read: u64,
    stored: u64,
    unchanged: u64,
    skipped: BTreeMap<&'static str, u64>,
    languages: BTreeMap<String, u64>,
}

impl Summary {
    fn skip(&mut self, kind: &'static str) {
        *self.skipped.entry(kind).or_default() += 1;
    }

    fn line(&self, inputs: usize) -> String {
        let skipped: u64 = self.skipped.values().sum();
        let mut s = format!(
            "read {} article{} from {inputs} input{}: {} stored, {} unchanged, {skipped} skipped",
            self.read,
            if self.read == 1 { "" } else { "s" },
            if inputs == 1 { "" } else { "s" },
            self.stored,
            self.unchanged,
        );
        if skipped > 0 {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            s.push_str(&format!(" ({})", reasons.join(", ")));
        }
        if !self.languages.is_empty() {
            let langs: Vec<String> = self
                .languages
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            s.push_str(&format!("; languages: {}", langs.join(", ")));
        }
        s
    }
}

pub fn run(
    args: IngestArgs,
    store_dir: &Path,
    quiet: bool,
    command: &str,
) -> anyhow::Result<Outcome> {
    let opts = super::read_options(args.format, &args.read)?;
    let lexicon = super::lexicon(&args.read)?;
    if args.paths.iter().any(|p| p.as_os_str() == "-") && opts.format.is_none() {
        anyhow::bail!("reading standard input (-) needs --format txt|html|jsonl|csv");
    }
    let (inputs, errors) = article::discover(&args.paths);
    let store = ParleyStore::open(store_dir, Access::ReadWrite, command)?;
    let mut summary = Summary::default();
    let total = if Progress::visible(quiet) {
        count_articles(&inputs, &opts)
    } else {
        None
    };
    let progress = Progress::new(total, quiet);
    for e in &errors {
        progress.message(&e.to_string());
        summary.skip(reason_kind(&e.reason));
    }
    // keys seen in this run → where, and with which fingerprint
    let mut seen: HashMap<String, (Option<Location>, String)> = HashMap::new();
    for input in &inputs {
        for result in article::read(input, &opts) {
            progress.inc();
            let article = match result {
                Ok(a) => a,
                Err(e) => {
                    progress.message(&e.to_string());
                    summary.skip(reason_kind(&e.reason));
                    continue;
                }
            };
            summary.read += 1;
            let at = article
                .origin
                .clone()
                .map(|o| o.to_string())
                .unwrap_or_default();
            for note in &article.notes {
                progress.message(&format!("{at}: {note}"));
            }
            let iris = ArticleIris::new(&article);
            let fingerprint = mapping::fingerprint(&article);
            if let Some((first, fp)) = seen.get(&iris.key) {
                if *fp != fingerprint {
                    let first = first.as_ref().map(|l| l.to_string()).unwrap_or_default();
                    progress.message(&format!(
                        "{at}: same article key ({}) as {first} but different content; this one replaces it",
                        iris.key
                    ));
                }
            }
            seen.insert(
                iris.key.clone(),
                (article.origin.clone(), fingerprint.clone()),
            );
            *summary
                .languages
                .entry(article.lang.clone().unwrap_or_else(|| "und".into()))
                .or_default() += 1;
            if store.fingerprint(&iris)?.as_deref() == Some(fingerprint.as_str()) {
                summary.unchanged += 1;
                continue;
            }
            let processed = pipeline::process_with(article, &lexicon);
            let quads = mapping::article_quads(&processed, &iris);
            store
                .replace_graph(&iris.graph, &quads)
                .with_context(|| format!("{at}: could not store the article"))?;
            summary.stored += 1;
        }
    }
    store.flush()?;
    progress.finish();
    super::output::error(&summary.line(inputs.len() + errors.len()));
    Ok(if summary.skipped.is_empty() {
        Outcome::Success
    } else {
        Outcome::Skipped
    })
}
