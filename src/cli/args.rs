//! Command-line arguments (clap only). Nothing below the CLI sees these types: each subcommand turns
//! them into the library's plain options.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "parley",
    version,
    about = "Who said what about whom: a knowledge graph of statements from French and English news",
    long_about = None
)]
pub struct Cli {
    /// The store directory (an Oxigraph RocksDB database).
    #[arg(
        long,
        global = true,
        env = "PARLEY_STORE",
        default_value = "parley-store"
    )]
    pub store: PathBuf,
    /// No progress bar.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles (files, directories, - for stdin), extract, and store one graph per article.
    Ingest(IngestArgs),
    /// Extract statements without a store: JSONL (one object per article), a table or N-Quads.
    Extract(ExtractArgs),
    /// Score extraction against gold statements (GUIDELINES format), per language and overall.
    Eval(EvalArgs),
    /// Export the statement network: GraphML, GEXF, DOT, CSV (nodes.csv and edges.csv) or JSON.
    Export(ExportArgs),
    /// Statements in date order: a table, CSV, JSON, Markdown or one self-contained HTML page.
    Timeline(TimelineArgs),
    /// Run a SPARQL query (text, --file, stdin, or a name from the catalogue: --list).
    Query(QueryArgs),
    /// Write the store, or one article's graph, as N-Quads or TriG.
    Dump(DumpArgs),
    /// Load N-Quads or TriG files into the store.
    Load(LoadArgs),
    /// Count articles, statements, actors, countries and quads; languages; store size.
    Stats(StatsArgs),
    /// Compact the store's indexes (ingest does it after a large load; queries are then faster).
    Optimize,
    /// Serve the store over HTTP: the SPARQL 1.1 Protocol at /query (and /update), a query page at
    /// /, the timeline at /timeline, the exports at /export.graphml and /export.gexf.
    Serve(ServeArgs),
    /// Send the store's article graphs (and the ontology) to a remote store with the SPARQL 1.1
    /// Graph Store Protocol: PUT, one graph at a time, replacing what the remote had.
    Push(PushArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on. The default answers this machine only; another address
    /// (0.0.0.0:7878) opens the store to the network.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub bind: String,
    /// Accept SPARQL UPDATE at /update (refused with 403 otherwise).
    #[arg(long)]
    pub allow_update: bool,
    /// Stop a query or update after this many seconds of evaluation (0: no limit); the answer is
    /// 503. The time a client takes to read a large answer does not count.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,
    /// Refuse requests whose body or query string is larger than this (413).
    #[arg(long, default_value_t = 1024, value_name = "KB")]
    pub max_request_kb: usize,
    /// Let pages from ORIGIN (e.g. https://yasgui.org, or *) call the server from a browser.
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Option<String>,
    /// Requests evaluated at the same time; more wait. Connections that are idle, or still
    /// sending their request, do not count (they are closed after 5 silent seconds).
    #[arg(long, default_value_t = 32)]
    pub max_connections: usize,
    /// Stop every query when the server's memory goes over this many MB, and the server itself if
    /// a query does not stop (0: half of this machine's memory).
    #[arg(long, default_value_t = 0, value_name = "MB")]
    pub max_memory_mb: u64,
    #[command(flatten)]
    pub labels: LabelArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Txt,
    Html,
    Jsonl,
    Csv,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

/// The language actors are labelled in (shared by query, export, timeline and serve).
#[derive(Debug, Args)]
pub struct LabelArgs {
    /// Label actors named in several languages in this one (fr, en, or a language name): each
    /// actor's fullest most frequent name in it. Without it, the language of most of its mentions.
    /// In queries it is bound as ?label_lang, which the catalogue queries read.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub label_lang: Option<String>,
}

fn parse_lang(s: &str) -> Result<String, String> {
    crate::article::lang::normalize(s)
        .filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()))
        .ok_or_else(|| format!("{s:?} is not a language (fr, en, or a name: French, English)"))
}

/// How inputs are read (shared by ingest and extract).
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Publication date (YYYY-MM-DD) of articles whose metadata and text give none.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Force the language of every article (fr, en, …) instead of detecting it.
    #[arg(long)]
    pub lang: Option<String>,
    /// CSV/JSONL column for a field, e.g. --column text=body (fields: text, id, url, title,
    /// published, lang, source).
    #[arg(long = "column", value_name = "FIELD=COLUMN")]
    pub columns: Vec<String>,
    /// Extra lexicon files (TSV in the format of ontology/*.tsv: countries, country forms,
    /// organisations, actors, cues), added to the built-in one.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
    /// Skip articles larger than this many MiB (a file, a JSONL line or a CSV record), with a
    /// message; they are never held whole in memory.
    #[arg(long, value_name = "MIB", default_value_t = 16, value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_article_mb: u64,
    /// Extraction threads (default: every core). The output is the same whatever the number.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// In directories, read only the files that match GLOB (repeatable): `*.txt` matches a file
    /// name at any depth, `2016/**/*.txt` a path under the directory given. Files given by name
    /// are always read.
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// In directories, skip the files and directories that match GLOB (repeatable), e.g.
    /// `--exclude '*-urls.txt' --exclude drafts`.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files (.txt, .html, .htm, .jsonl, .ndjson, .csv), directories (walked recursively) or - for
    /// standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every input as this format (required for standard input). `--format` is the old
    /// spelling of this option.
    #[arg(long, value_enum, alias = "format")]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// How new articles are written: `auto` uses Oxigraph's bulk loader for batches of new articles
    /// and transactions for the rest; `transaction` always uses transactions; `bulk` bulk-loads
    /// every batch of new articles, however small. The stored graph is the same.
    #[arg(long, value_enum, default_value = "auto")]
    pub write: WriteMode,
    /// Compact the store after this many new articles or more (0: never). Compaction takes about
    /// a minute for 500,000 articles and makes later queries faster; `parley optimize` does it
    /// on demand.
    #[arg(long, value_name = "ARTICLES", default_value_t = 50_000)]
    pub optimize_after: u64,
    /// Send each article's graph to this SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT, so a
    /// re-run replaces and never duplicates) instead of the local store, e.g.
    /// http://localhost:7878/store (Oxigraph), http://host:3030/ds/data (Fuseki). Credentials:
    /// PARLEY_REMOTE_TOKEN (bearer), or PARLEY_REMOTE_USER and PARLEY_REMOTE_PASSWORD (basic).
    #[arg(long, value_name = "URL")]
    pub remote: Option<String>,
    #[command(flatten)]
    pub sending: RemoteArgs,
    /// Only the K-th of N shares of the articles, as for extract --shard (one share a machine).
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
}

/// How graphs are sent to a remote store (ingest --remote, push).
#[derive(Debug, Args)]
pub struct RemoteArgs {
    /// Tries after the first when the remote store cannot be reached or answers 5xx, 429 or 408.
    #[arg(long, default_value_t = 5)]
    pub remote_retries: u32,
    /// The first wait before trying again, in milliseconds; doubled at each try (at most a
    /// minute), unless the server gives Retry-After.
    #[arg(long, default_value_t = 500, value_name = "MS")]
    pub remote_backoff_ms: u64,
    /// Graphs sent to the remote store at the same time.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub remote_jobs: u16,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// The SPARQL 1.1 Graph Store Protocol endpoint (as for ingest --remote).
    #[arg(long, value_name = "URL")]
    pub remote: String,
    /// Only this article (its url, id, key or IRI).
    #[arg(long)]
    pub article: Option<String>,
    #[command(flatten)]
    pub sending: RemoteArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WriteMode {
    Auto,
    Transaction,
    Bulk,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Jsonl,
    Table,
    Nquads,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories or - (as for ingest).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every input as this format (required for standard input).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Output: one JSON object per article (default when stdout is not a terminal), a table, or
    /// N-Quads.
    #[arg(long, value_enum)]
    pub format: Option<ExtractFormat>,
    /// Only the K-th of N shares of the articles (1 ≤ K ≤ N), chosen by article key: the same
    /// article falls in the same share on every machine, whatever the order of the inputs.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
    /// Write N-Quads to a file in DIR (parley-K-of-N.nq, with the ontology in share 1) instead of
    /// stdout: what `parley load` or a triple store's bulk loader reads.
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Compress the --output file with gzip (.nq.gz).
    #[arg(long, requires = "output")]
    pub gzip: bool,
}

/// `K/N` with 1 ≤ K ≤ N.
fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let bad = || format!("{s:?}: expected K/N with 1 <= K <= N, e.g. 2/8");
    let (k, n) = s.split_once('/').ok_or_else(bad)?;
    let (k, n): (u64, u64) = (
        k.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if k == 0 || n == 0 || k > n {
        return Err(bad());
    }
    Ok((k, n))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Graphml,
    Gexf,
    Dot,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value = "graphml")]
    pub format: ExportFormat,
    /// Write to this file (for csv: this directory, which gets nodes.csv and edges.csv).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// One edge per speaker, target and speech act, with a count and first and last dates.
    #[arg(long)]
    pub aggregate: bool,
    /// Fold persons and organisations into their countries.
    #[arg(long)]
    pub by_country: bool,
    /// Statements made on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Statements made on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Statements whose speaker or a target belongs to this country: an ISO code (RU), a name in
    /// French or English (Russie, Russia) or an IRI.
    #[arg(long)]
    pub country: Option<String>,
    /// Statements whose speaker or a target is this actor: a name in either language (accents and
    /// case ignored), a surname that names one actor, or an IRI.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only this speech act, by its English name (criticize, warn, …; a name that is not one
    /// lists them all).
    #[arg(long)]
    pub speech_act: Option<String>,
    /// Only statements of articles in this language (fr, en, or a language name: French).
    #[arg(long)]
    pub lang: Option<String>,
    #[command(flatten)]
    pub labels: LabelArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    Table,
    Csv,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Statements made by this actor: a name in either language (accents and case ignored,
    /// Poutine or Putin), a surname that names one actor, or an IRI.
    #[arg(long)]
    pub actor: Option<String>,
    /// Statements made by this country's actors: an ISO code (RU), a name in French or English
    /// (Russie, Russia) or an IRI.
    #[arg(long)]
    pub country: Option<String>,
    /// Statements about this actor or country (named as for --actor and --country).
    #[arg(long)]
    pub about: Option<String>,
    /// Statements made on or after this day (YYYY-MM-DD; the publication date when the day is
    /// unknown).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Statements made on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Only this speech act, by its English name (criticize, warn, …; a name that is not one
    /// lists them all).
    #[arg(long)]
    pub speech_act: Option<String>,
    /// Only statements of articles in this language (fr, en, or a language name: French).
    #[arg(long)]
    pub lang: Option<String>,
    /// table (default on a terminal), csv (default otherwise), json, markdown, html (one
    /// self-contained page: grouped by day, coloured by speech act, with a filter box).
    #[arg(long, value_enum)]
    pub format: Option<TimelineFormat>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub labels: LabelArgs,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold file(s): one article a line, {"doc", "lang", "statements": [...]}.
    #[arg(long, required = true)]
    pub gold: Vec<PathBuf>,
    /// The articles the gold refers to: files, directories or -.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every input as this format (required for standard input).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// The figures as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Nquads,
    Trig,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// SPARQL text, a catalogue name, or - for standard input.
    pub query: Option<String>,
    /// Read the query from a file.
    #[arg(long, conflicts_with = "query")]
    pub file: Option<PathBuf>,
    /// List the catalogue's queries with their parameters.
    #[arg(long)]
    pub list: bool,
    /// Bind a variable: NAME=VALUE (typed as the catalogue query declares).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Output format: SELECT/ASK: table (default on a terminal), csv (default otherwise), tsv,
    /// json, xml; CONSTRUCT/DESCRIBE: turtle (default), ntriples, nquads, trig.
    #[arg(long, value_enum)]
    pub format: Option<ResultFormat>,
    /// After the results, write the query plan Oxigraph chose, with the rows and time of each
    /// step, as JSON to standard error.
    #[arg(long)]
    pub explain: bool,
    /// Stop the query after this many seconds (0: no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,
    /// Run a SPARQL UPDATE (INSERT, DELETE, LOAD, CLEAR…): it changes the store. Without this
    /// flag an update is refused.
    #[arg(long)]
    pub allow_update: bool,
    #[command(flatten)]
    pub labels: LabelArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RdfOutFormat {
    Nquads,
    Trig,
}

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Only this article's graph: its url, id, key or IRI.
    #[arg(long)]
    pub article: Option<String>,
    #[arg(long, value_enum, default_value = "nquads")]
    pub format: RdfOutFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// N-Quads (.nq) or TriG (.trig) files, or - for standard input (with --input-format).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Read every file as this format (default: by extension). `--format` is the old spelling of
    /// this option.
    #[arg(long, value_enum, alias = "format")]
    pub input_format: Option<RdfOutFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: StatsFormat,
    /// Also count every quad of the store (reads the whole store: seconds on a large one).
    #[arg(long)]
    pub quads: bool,
}

// From the command line's arguments to the library's plain requests (names not yet resolved).

impl ExportArgs {
    pub fn request(&self) -> crate::export::Request {
        crate::export::Request {
            actor: self.actor.clone(),
            country: self.country.clone(),
            speech_act: self.speech_act.clone(),
            lang: self.lang.clone(),
            from: self.from,
            to: self.to,
            aggregate: self.aggregate,
            by_country: self.by_country,
        }
    }
}

impl From<ExportFormat> for crate::export::Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Graphml => Self::Graphml,
            ExportFormat::Gexf => Self::Gexf,
            ExportFormat::Dot => Self::Dot,
            ExportFormat::Csv => Self::Csv,
            ExportFormat::Json => Self::Json,
        }
    }
}

impl TimelineArgs {
    pub fn request(&self) -> crate::timeline::Request {
        crate::timeline::Request {
            actor: self.actor.clone(),
            country: self.country.clone(),
            about: self.about.clone(),
            from: self.from,
            to: self.to,
            speech_act: self.speech_act.clone(),
            lang: self.lang.clone(),
        }
    }
}

impl From<TimelineFormat> for crate::timeline::Format {
    fn from(format: TimelineFormat) -> Self {
        match format {
            TimelineFormat::Table => Self::Table,
            TimelineFormat::Csv => Self::Csv,
            TimelineFormat::Json => Self::Json,
            TimelineFormat::Markdown => Self::Markdown,
            TimelineFormat::Html => Self::Html,
        }
    }
}

impl From<WriteMode> for crate::ingest::WriteMode {
    fn from(mode: WriteMode) -> Self {
        match mode {
            WriteMode::Auto => Self::Auto,
            WriteMode::Transaction => Self::Transaction,
            WriteMode::Bulk => Self::Bulk,
        }
    }
}

impl RemoteArgs {
    pub fn options(&self) -> crate::ingest::RemoteOptions {
        crate::ingest::RemoteOptions {
            retries: self.remote_retries,
            backoff: std::time::Duration::from_millis(self.remote_backoff_ms),
            jobs: self.remote_jobs,
        }
    }
}
