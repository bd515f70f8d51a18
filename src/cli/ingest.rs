//! `parley ingest`: read → pipeline → quads → store, in batches extracted in parallel and committed
//! atomically (bulk loader for new articles, a transaction otherwise), skipping articles whose
//! fingerprint is already stored. Bad inputs are reported and skipped; the batch goes
//! on; what was stored stays stored.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;

use super::args::{IngestArgs, RemoteArgs, WriteMode};
use super::progress::Progress;
use super::Outcome;
use crate::article::{self, Article, Format, Input, Location, ReadOptions, Reason};
use crate::pipeline;
use crate::rdf::ids::{self, ArticleIris};
use crate::rdf::mapping;
use crate::remote::{self, Remote};
use crate::store::{Access, ArticleState, ArticleWrite, KnownArticles, ParleyStore};

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
        Reason::TooLarge(_) => "too large",
        Reason::NotAFile => "not a file",
        Reason::NotProse(_) => "not prose",
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
    /// Articles the remote store did not take (reported one by one).
    not_sent: u64,
    /// Articles left to the other machines (--shard).
    other_shares: u64,
    unchanged: u64,
    skipped: BTreeMap<&'static str, u64>,
    languages: BTreeMap<String, u64>,
}

impl Summary {
    fn skip(&mut self, kind: &'static str) {
        *self.skipped.entry(kind).or_default() += 1;
    }

    fn line(&self, inputs: usize, remote: Option<&str>) -> String {
        let skipped: u64 = self.skipped.values().sum();
        let done = match remote {
            None => format!("{} stored, {} unchanged", self.stored, self.unchanged),
            Some(url) => format!("{} sent to {url}, {} not sent", self.stored, self.not_sent),
        };
        let mut s = format!(
            "read {} article{} from {inputs} input{}: {done}, {skipped} skipped",
            self.read,
            if self.read == 1 { "" } else { "s" },
            if inputs == 1 { "" } else { "s" },
        );
        if skipped > 0 {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            s.push_str(&format!(" ({})", reasons.join(", ")));
        }
        if self.other_shares > 0 {
            s.push_str(&format!("; {} in other shares", self.other_shares));
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

/// The articles of a batch, for messages: "articles a.jsonl:1 to a.jsonl:512".
fn articles_of(sources: &[String]) -> String {
    match sources {
        [] => "no article".into(),
        [one] => format!("article {one}"),
        [first, .., last] => format!("{} articles, {first} to {last}", sources.len()),
    }
}

/// Articles per batch: extracted in parallel, then written in one commit.
const BATCH: usize = 512;
/// In `--write auto`, the bulk loader is used for a batch with at least this many new articles.
const BULK_MIN: usize = 128;

/// An article waiting for extraction.
struct Job {
    article: Article,
    iris: ArticleIris,
    replace: bool,
    /// Where it was read (path, and line of a record), for messages.
    source: String,
}

/// Where `ingest` writes: the local store, or a remote one with the threads that send to it.
enum Target {
    Local(ParleyStore),
    Remote(Remote, rayon::ThreadPool),
}

/// Extracted articles on their way to the store, with where each was read.
pub(super) struct Batch {
    pub writes: Vec<ArticleWrite>,
    pub sources: Vec<String>,
}

/// The remote store of `--remote`, checked by sending the ontology graph (bad credentials or a
/// wrong endpoint stop the run here), and the threads that send graphs to it.
pub(super) fn connect(url: &str, args: &RemoteArgs) -> anyhow::Result<(Remote, rayon::ThreadPool)> {
    let auth = remote::auth_from_env(|k| std::env::var(k).ok())?;
    let remote = Remote::new(
        url,
        auth,
        args.remote_retries,
        Duration::from_millis(args.remote_backoff_ms),
        REMOTE_TIMEOUT,
    )?;
    remote
        .put_graph(ids::ONTOLOGY_GRAPH, &crate::store::ontology_quads()?)
        .context("cannot send the ontology graph to the remote store (nothing was sent)")?;
    let senders = rayon::ThreadPoolBuilder::new()
        .num_threads(usize::from(args.remote_jobs))
        .thread_name(|i| format!("parley-remote-{i}"))
        .build()
        .context("cannot start the threads that send to the remote store")?;
    Ok((remote, senders))
}

/// How long one request to the remote store may take.
const REMOTE_TIMEOUT: Duration = Duration::from_secs(120);

/// Sends a batch to the remote store, a few graphs at a time. Each article the store does not take
/// is reported (with where it was read) and counted; an answer that every later request would get
/// too (bad credentials, no such endpoint) stops the run. Returns (sent, not sent).
pub(super) fn send_to_remote(
    remote: &Remote,
    senders: &rayon::ThreadPool,
    batch: &Batch,
    progress: &Progress,
) -> anyhow::Result<(u64, u64)> {
    use rayon::prelude::*;
    let results: Vec<Result<remote::Sent, remote::RemoteError>> = senders.install(|| {
        batch
            .writes
            .par_iter()
            .map(|a| remote.put_graph(&a.graph, &a.quads))
            .collect()
    });
    let (mut sent, mut failed) = (0, 0);
    for ((result, source), write) in results.into_iter().zip(&batch.sources).zip(&batch.writes) {
        match result {
            Ok(_) => sent += 1,
            Err(e) if e.is_fatal() => {
                return Err(anyhow::anyhow!(e)).with_context(|| {
                    format!("{source}: the remote store refused <{}>", write.graph)
                })
            }
            Err(e) => {
                progress.message(&format!("{source}: not sent: {e}"));
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}

pub fn run(
    args: IngestArgs,
    store_dir: &Path,
    quiet: bool,
    command: &str,
) -> anyhow::Result<Outcome> {
    let opts = super::read_options(args.input_format, &args.read)?;
    let lexicon = super::lexicon(&args.read)?;
    let pool = super::pool(&args.read)?;
    if args.paths.iter().any(|p| p.as_os_str() == "-") && opts.format.is_none() {
        anyhow::bail!("reading standard input (-) needs --input-format txt|html|jsonl|csv");
    }
    let (inputs, errors) = super::discover(&args.paths, &args.read)?;
    // the local store, or a remote one (then nothing is known: every article is sent)
    let target = match &args.remote {
        None => Target::Local(ParleyStore::open(store_dir, Access::ReadWrite, command)?),
        Some(url) => {
            let (remote, senders) = connect(url, &args.sending)?;
            Target::Remote(remote, senders)
        }
    };
    super::catch_interrupts(super::INTERRUPT_MESSAGE);
    let mut known = match &target {
        Target::Local(store) => store.known_articles()?,
        Target::Remote(..) => KnownArticles::default(),
    };
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
    let write = args.write;
    // Three stages: this thread reads and checks fingerprints, the pool extracts a batch, a writer
    // thread stores the previous batch meanwhile. The channel holds one batch: memory is bounded
    // whatever the corpus size.
    let written = std::thread::scope(|scope| -> anyhow::Result<(u64, u64)> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
        let (target, progress) = (&target, &progress);
        let writer = scope.spawn(move || -> anyhow::Result<(u64, u64)> {
            let (mut stored, mut not_sent) = (0u64, 0u64);
            for (number, batch) in rx.into_iter().enumerate() {
                let store = match target {
                    Target::Local(store) => store,
                    Target::Remote(remote, senders) => {
                        let (sent, failed) = send_to_remote(remote, senders, &batch, progress)?;
                        stored += sent;
                        not_sent += failed;
                        continue;
                    }
                };
                let fresh = batch.writes.iter().filter(|a| !a.replace).count();
                let bulk = match write {
                    WriteMode::Transaction => false,
                    WriteMode::Bulk => true,
                    WriteMode::Auto => fresh >= BULK_MIN,
                };
                store.write_articles(&batch.writes, bulk).map_err(|e| {
                    let before = match stored {
                        0 => String::new(),
                        n => format!(", the {n} articles of the batches before are"),
                    };
                    e.during(format!(
                        "storing batch {} ({}; none of them was stored{before})",
                        number + 1,
                        articles_of(&batch.sources)
                    ))
                })?;
                stored += batch.writes.len() as u64;
            }
            Ok((stored, not_sent))
        });
        let mut batch: Vec<Job> = Vec::with_capacity(BATCH);
        let mut in_batch: HashSet<u64> = HashSet::new();
        // keys seen in this run → (fingerprint, input, line where it was first read), as 64-bit
        // hashes: about 40 bytes an article, for duplicate-key warnings
        let mut seen: HashMap<u64, (u64, usize, Option<u64>)> = HashMap::new();
        let send = |batch: &mut Vec<Job>, in_batch: &mut HashSet<u64>| -> bool {
            in_batch.clear();
            let jobs = std::mem::take(batch);
            let sources = jobs.iter().map(|j| j.source.clone()).collect();
            let writes = pool.install(|| {
                pipeline::par_map(jobs, |job| {
                    let processed = pipeline::process_with(job.article, &lexicon);
                    ArticleWrite {
                        quads: mapping::article_quads(&processed, &job.iris),
                        graph: job.iris.graph,
                        replace: job.replace,
                    }
                })
            });
            tx.send(Batch { writes, sources }).is_ok()
        };
        'inputs: for (input_no, input) in inputs.iter().enumerate() {
            for result in article::read(input, &opts) {
                // Ctrl-C: what was read is stored, nothing more is read
                if super::interrupted() {
                    break 'inputs;
                }
                progress.inc();
                let article = match result {
                    Ok(a) => a,
                    Err(e) => {
                        progress.message(&e.to_string());
                        summary.skip(reason_kind(&e.reason));
                        continue;
                    }
                };
                let iris = ArticleIris::new(&article);
                if args.shard.is_some_and(|share| !ids::in_shard(&iris, share)) {
                    summary.other_shares += 1;
                    continue;
                }
                summary.read += 1;
                let at = article
                    .origin
                    .as_ref()
                    .map(|o| o.to_string())
                    .unwrap_or_default();
                for note in &article.notes {
                    progress.message(&format!("{at}: {note}"));
                }
                let fingerprint = mapping::fingerprint(&article);
                *summary
                    .languages
                    .entry(article.lang.clone().unwrap_or_else(|| "und".into()))
                    .or_default() += 1;
                let (key64, fp64) = (
                    ids::hash_prefix64(&iris.hash).unwrap_or(0),
                    ids::hash_prefix64(&fingerprint).unwrap_or(0),
                );
                match seen.get(&key64) {
                    Some((fp, first, line)) if *fp != fp64 => {
                        let first = Location {
                            path: inputs[*first].display(),
                            line: *line,
                        };
                        progress.message(&format!(
                            "{at}: same article key ({}) as {first} but different content; this one replaces it",
                            iris.key
                        ));
                    }
                    Some(_) => {}
                    None => {
                        let line = article.origin.as_ref().and_then(|o| o.line);
                        seen.insert(key64, (fp64, input_no, line));
                    }
                }
                let state = known.state(&iris, &fingerprint);
                if state == ArticleState::Unchanged {
                    summary.unchanged += 1;
                    continue;
                }
                // a key already in the batch: write the batch first, so that the later version wins
                if in_batch.contains(&key64) && !send(&mut batch, &mut in_batch) {
                    break 'inputs;
                }
                known.insert(&iris, &fingerprint);
                in_batch.insert(key64);
                batch.push(Job {
                    article,
                    replace: state == ArticleState::Changed,
                    iris,
                    source: at,
                });
                if batch.len() == BATCH && !send(&mut batch, &mut in_batch) {
                    break 'inputs;
                }
            }
        }
        if !batch.is_empty() {
            send(&mut batch, &mut in_batch);
        }
        drop(tx);
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("the store writer stopped unexpectedly"))?
    });
    // what was committed stays committed, even when a later batch failed (whose error is the one
    // to report: a flush on a full disk fails too)
    let flushed = match &target {
        Target::Local(store) => store.flush(),
        Target::Remote(..) => Ok(()),
    };
    let (written, not_sent) = written?;
    flushed?;
    summary.stored = written;
    summary.not_sent = not_sent;
    progress.finish();
    super::output::error(&summary.line(
        inputs.len() + errors.len(),
        match &target {
            Target::Local(_) => None,
            Target::Remote(remote, _) => Some(remote.url()),
        },
    ));
    if super::interrupted() {
        super::output::error(
            "interrupted: every article read before Ctrl-C is stored; the same command goes on \
             where this one stopped (stored articles are not extracted again)",
        );
        return Ok(Outcome::Interrupted);
    }
    let Target::Local(store) = &target else {
        return Ok(if summary.skipped.is_empty() && not_sent == 0 {
            Outcome::Success
        } else {
            Outcome::Skipped
        });
    };
    if args.optimize_after > 0 && written >= args.optimize_after {
        let started = std::time::Instant::now();
        if !quiet {
            super::output::error("compacting the store (--optimize-after 0 skips this)");
        }
        store.optimize().map_err(|e| {
            e.during("compacting it after the ingest (every article is stored; `parley optimize` compacts it later)")
        })?;
        if !quiet {
            super::output::error(&format!(
                "store compacted in {:.0} s",
                started.elapsed().as_secs_f64()
            ));
        }
    }
    Ok(if summary.skipped.is_empty() {
        Outcome::Success
    } else {
        Outcome::Skipped
    })
}
