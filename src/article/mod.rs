//! Articles and their readers. Input: paths (files, directories walked recursively by extension) or
//! standard input; output: a stream of `Article`s or `ArticleError`s, one per article, so that a bad
//! article is reported and the batch goes on. Large JSONL and CSV files are read a record at a time.
//!
//! Invariant: `Article::text` is the text that every offset Parley writes refers to. For `.txt` it is
//! the file as decoded; for HTML it is the article's title and paragraphs joined by blank lines.

pub mod dates;
mod decode;
mod html;
pub mod lang;
mod prose;
mod tabular;

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use thiserror::Error;

pub use decode::{decode, Decoded};
pub use prose::not_prose;

/// Where an article came from: a file (or `-` for standard input) and, for JSONL and CSV, the line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub path: String,
    pub line: Option<u64>,
}

impl Location {
    pub fn file(path: impl Into<String>) -> Self {
        Location {
            path: path.into(),
            line: None,
        }
    }

    pub fn line(path: impl Into<String>, line: u64) -> Self {
        Location {
            path: path.into(),
            line: Some(line),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.path, l),
            None => write!(f, "{}", self.path),
        }
    }
}

/// How the publication date was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateSource {
    /// From the article's metadata (a field, a `<meta>` tag, JSON-LD).
    Metadata,
    /// From a dateline near the top of the text.
    Dateline,
    /// From `--published` on the command line.
    CommandLine,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Metadata => "metadata",
            DateSource::Dateline => "dateline",
            DateSource::CommandLine => "command-line",
        }
    }
}

/// One news article as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub published_source: Option<DateSource>,
    /// BCP 47 language tag (`fr`, `en`, …): declared, forced or detected.
    pub lang: Option<String>,
    /// The publisher or outlet, when the input names it.
    pub publisher: Option<String>,
    /// The file (and line) the article was read from.
    pub origin: Option<Location>,
    pub text: String,
    /// Things worth telling the user that did not stop the article (an encoding guessed, a date
    /// that could not be read).
    pub notes: Vec<String>,
}

/// Why an input could not give an article.
#[derive(Debug, Error)]
pub enum Reason {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("empty file")]
    Empty,
    #[error("binary file, not text")]
    Binary,
    #[error("{0}")]
    Encoding(String),
    #[error("no text: the article has no words")]
    NoText,
    #[error("malformed JSON: {0}")]
    Json(String),
    #[error("expected a JSON object, found {0}")]
    NotAnObject(&'static str),
    #[error("no text field (expected one of: text, body, content)")]
    MissingText,
    #[error("field `{field}` must be {expected}")]
    WrongType {
        field: String,
        expected: &'static str,
    },
    #[error("malformed CSV: {0}")]
    Csv(String),
    #[error("no text column (expected one of: {expected}; found: {found}); name it with --column text=NAME")]
    NoTextColumn { expected: String, found: String },
    #[error("--column {0}: no such column in the header")]
    UnknownColumn(String),
    #[error(
        "unknown input format (expected .txt, .html, .htm, .jsonl, .ndjson or .csv); give --input-format"
    )]
    UnknownFormat,
    #[error("standard input needs --input-format")]
    StdinFormat,
    #[error("article larger than {} MiB (--max-article-mb), skipped", .0 >> 20)]
    TooLarge(u64),
    #[error("not a regular file (a named pipe, a socket or a device), skipped; to read a stream, give - and send it to standard input")]
    NotAFile,
    /// The text's shape is not an article's (see `prose`).
    #[error("not an article: {0}; skipped (--exclude GLOB leaves such files out)")]
    NotProse(String),
}

/// An input that gave no article: where, and why.
#[derive(Debug, Error)]
#[error("{location}: {reason}")]
pub struct ArticleError {
    pub location: Location,
    pub reason: Reason,
}

impl ArticleError {
    pub fn new(location: Location, reason: impl Into<Reason>) -> Self {
        ArticleError {
            location,
            reason: reason.into(),
        }
    }
}

/// Input formats, chosen by file extension or `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Txt,
    Html,
    Jsonl,
    Csv,
}

impl Format {
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::Txt),
            "html" | "htm" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// What the user says about all inputs of a run.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Overrides the format chosen by extension (required for standard input).
    pub format: Option<Format>,
    /// CSV/JSONL field renames: Parley's name (`text`) → the input's column name (`body`).
    pub columns: BTreeMap<String, String>,
    /// The publication date of articles whose metadata and text give none.
    pub published: Option<NaiveDate>,
    /// Forces the language of every article.
    pub lang: Option<String>,
    /// Articles larger than this (bytes) are skipped, and never held whole in memory (except a
    /// CSV record, which the csv reader reads before its size is known).
    pub max_bytes: u64,
}

/// The default of `ReadOptions::max_bytes`: 16 MiB, a hundred times a long news article.
pub const MAX_ARTICLE_BYTES: u64 = 16 << 20;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            columns: BTreeMap::new(),
            published: None,
            lang: None,
            max_bytes: MAX_ARTICLE_BYTES,
        }
    }
}

/// One thing to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// Which files of a directory walk are read: `--include GLOB` (only files that match one; a file
/// with an extension Parley does not know is then read too) and `--exclude GLOB` (never files or
/// directories that match one). A pattern without `/` matches a file or directory name at any
/// depth (`*-urls.txt`); one with `/` matches the path under the directory given (`2016/**/*.txt`),
/// `*` never crossing a `/`. Files given by name are always read.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    include: Vec<(String, globset::GlobMatcher)>,
    exclude: Vec<(String, globset::GlobMatcher)>,
}

impl Selection {
    /// The selection of these patterns; an invalid one is an error that names it.
    pub fn new(include: &[String], exclude: &[String]) -> Result<Self, String> {
        let compile = |option: &str, patterns: &[String]| {
            patterns
                .iter()
                .map(|p| {
                    let glob = globset::GlobBuilder::new(p.trim_start_matches("./"))
                        .literal_separator(true)
                        .backslash_escape(true)
                        .build()
                        .map_err(|e| format!("{option} {p:?}: {e}"))?;
                    Ok((p.clone(), glob.compile_matcher()))
                })
                .collect::<Result<Vec<_>, String>>()
        };
        Ok(Selection {
            include: compile("--include", include)?,
            exclude: compile("--exclude", exclude)?,
        })
    }

    /// The first pattern of `list` that matches an entry at `relative` (under the directory
    /// walked), by name or by path.
    fn first_match(list: &[(String, globset::GlobMatcher)], relative: &Path) -> Option<usize> {
        let name = relative.file_name().map(Path::new)?;
        list.iter().position(|(pattern, glob)| {
            glob.is_match(if pattern.contains('/') {
                relative
            } else {
                name
            })
        })
    }
}

/// What a walk found: the inputs, the paths it could not read, and the `--include` and
/// `--exclude` patterns that matched nothing (a filter that names nothing is worth saying).
#[derive(Debug, Default)]
pub struct Discovered {
    pub inputs: Vec<Input>,
    pub errors: Vec<ArticleError>,
    pub unmatched_include: Vec<String>,
    pub unmatched_exclude: Vec<String>,
}

/// Expands the paths a user gave into inputs: files as given, directories walked recursively for
/// files with a known extension (sorted, symlink loops reported), `-` for standard input. Paths that
/// cannot be read are returned as errors; the rest goes on.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<ArticleError>) {
    let found = discover_selected(paths, &Selection::default());
    (found.inputs, found.errors)
}

/// Like [`discover`], walking directories for the files `selection` takes.
pub fn discover_selected(paths: &[PathBuf], selection: &Selection) -> Discovered {
    let mut out = Discovered::default();
    let mut included = vec![false; selection.include.len()];
    let excluded = std::cell::RefCell::new(vec![false; selection.exclude.len()]);
    for path in paths {
        if path.as_os_str() == "-" {
            out.inputs.push(Input::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                out.errors.push(ArticleError::new(
                    Location::file(path.display().to_string()),
                    e,
                ));
                continue;
            }
        };
        if meta.is_file() {
            out.inputs.push(Input::File(path.clone()));
            continue;
        }
        if !meta.is_dir() {
            // a named pipe with no writer would block the run for ever
            out.errors.push(ArticleError::new(
                Location::file(path.display().to_string()),
                Reason::NotAFile,
            ));
            continue;
        }
        walk_dir(path, selection, (&mut included, &excluded), &mut out);
    }
    let unused = |list: &[(String, globset::GlobMatcher)], used: &[bool]| {
        list.iter()
            .zip(used)
            .filter(|(_, used)| !**used)
            .map(|((p, _), _)| p.clone())
            .collect()
    };
    out.unmatched_include = unused(&selection.include, &included);
    out.unmatched_exclude = unused(&selection.exclude, &excluded.borrow());
    out
}

/// The files of a directory that `selection` takes (or, without includes, those of a known
/// format), sorted, into `out.inputs`; what cannot be read into `out.errors`. Marks the include and
/// exclude patterns that matched something.
fn walk_dir(
    path: &std::path::Path,
    selection: &Selection,
    (included, excluded): (&mut [bool], &std::cell::RefCell<Vec<bool>>),
    out: &mut Discovered,
) {
    let mut found = Vec::new();
    let walk = walkdir::WalkDir::new(path)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| {
            let relative = e.path().strip_prefix(path).unwrap_or(e.path());
            if e.depth() == 0 {
                return true;
            }
            match Selection::first_match(&selection.exclude, relative) {
                Some(i) => {
                    excluded.borrow_mut()[i] = true;
                    false
                }
                None => true,
            }
        });
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let relative = e.path().strip_prefix(path).unwrap_or(e.path());
                let include = Selection::first_match(&selection.include, relative);
                if let Some(i) = include {
                    included[i] = true;
                }
                let wanted = selection.include.is_empty() || include.is_some();
                if wanted && (include.is_some() || Format::from_path(e.path()).is_some()) {
                    found.push(e.into_path());
                }
            }
            Ok(e) if !e.file_type().is_dir() && Format::from_path(e.path()).is_some() => {
                out.errors.push(ArticleError::new(
                    Location::file(e.path().display().to_string()),
                    Reason::NotAFile,
                ));
            }
            Ok(_) => {}
            Err(e) => out.errors.push(walk_error(e, path)),
        }
    }
    found.sort();
    out.inputs.extend(found.into_iter().map(Input::File));
}

/// An entry of a directory that cannot be read (or a symbolic link loop), as an error.
fn walk_error(e: walkdir::Error, path: &std::path::Path) -> ArticleError {
    let at = e
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| path.display().to_string());
    let reason = if e.loop_ancestor().is_some() {
        io::Error::other("symbolic link loop, not followed")
    } else {
        e.into_io_error()
            .unwrap_or_else(|| io::Error::other("cannot be read"))
    };
    ArticleError::new(Location::file(at), reason)
}

/// A stream of articles (or errors) from one input.
pub type Articles = Box<dyn Iterator<Item = Result<Article, ArticleError>>>;

/// Opens one input and returns its articles, each completed with `complete`.
pub fn read(input: &Input, opts: &ReadOptions) -> Articles {
    let name = input.display();
    let format = match (opts.format, input) {
        (Some(f), _) => f,
        (None, Input::File(p)) => match Format::from_path(p) {
            Some(f) => f,
            None => return one_error(Location::file(name), Reason::UnknownFormat),
        },
        (None, Input::Stdin) => return one_error(Location::file(name), Reason::StdinFormat),
    };
    let reader: Box<dyn Read> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File(p) => match File::open(p) {
            // an empty file is skipped as such whatever its format (a JSONL or CSV file with no
            // record is as empty as a text file with no text)
            Ok(f) if f.metadata().is_ok_and(|m| m.is_file() && m.len() == 0) => {
                return one_error(Location::file(name), Reason::Empty)
            }
            Ok(f) => Box::new(f),
            Err(e) => return one_error(Location::file(name), e.into()),
        },
    };
    read_from(reader, format, name, opts)
}

/// The articles of `reader`, read as `format`; `name` is the file name the messages give.
pub fn read_from(
    reader: Box<dyn Read>,
    format: Format,
    name: String,
    opts: &ReadOptions,
) -> Articles {
    let opts2 = opts.clone();
    let articles: Articles = match format {
        Format::Txt | Format::Html => {
            let loc = Location::file(name.clone());
            let result = read_whole(reader, opts.max_bytes).and_then(|bytes| match format {
                Format::Txt => txt(&bytes, loc.clone()),
                _ => html::read(&bytes, loc.clone()),
            });
            Box::new(std::iter::once(
                result.map_err(|r| ArticleError::new(loc, r)),
            ))
        }
        Format::Jsonl => Box::new(tabular::Jsonl::new(
            BufReader::with_capacity(1 << 16, reader),
            name,
            opts.columns.clone(),
            opts.max_bytes,
        )),
        Format::Csv => tabular::csv(reader, name, &opts.columns, opts.max_bytes),
    };
    Box::new(articles.map(move |r| r.map(|a| complete(a, &opts2))))
}

fn one_error(location: Location, reason: Reason) -> Articles {
    Box::new(std::iter::once(Err(ArticleError::new(location, reason))))
}

/// The whole input, unless it is larger than `max` bytes (then no more than `max + 1` are read).
fn read_whole(reader: impl Read, max: u64) -> Result<Vec<u8>, Reason> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(Reason::TooLarge(max));
    }
    Ok(bytes)
}

/// A title from a first line: at most 300 characters (a file without line breaks has no title
/// line, only text), cut at a word with an ellipsis.
fn headline(line: &str) -> String {
    const MAX: usize = 300;
    match line.char_indices().nth(MAX) {
        None => line.to_string(),
        Some((cut, _)) => {
            let head = &line[..cut];
            let head = head.rsplit_once(' ').map_or(head, |(h, _)| h);
            format!("{}…", head.trim_end())
        }
    }
}

/// A plain-text article: the first non-empty line is the title; the whole file is the text.
fn txt(bytes: &[u8], location: Location) -> Result<Article, Reason> {
    let decoded = decode(bytes, None)?;
    if let Some(why) = not_prose(&decoded.text) {
        return Err(Reason::NotProse(why));
    }
    let title = decoded
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(headline);
    let mut article = Article {
        title,
        origin: Some(location),
        text: decoded.text,
        ..Article::default()
    };
    note_encoding(&mut article, decoded.encoding, decoded.nul);
    Ok(article)
}

fn note_encoding(article: &mut Article, encoding: Option<&'static str>, nul: bool) {
    match encoding {
        Some(decode::DAMAGED_UTF8) => article
            .notes
            .push("invalid UTF-8 bytes, replaced by U+FFFD".to_string()),
        Some(enc) => article.notes.push(format!("not UTF-8: decoded as {enc}")),
        None => {}
    }
    if nul {
        article
            .notes
            .push("NUL bytes in the text, replaced by spaces".to_string());
    }
}

/// Fills in what the reader could not: the publication date (metadata, else a dateline, else
/// `--published`, else unknown — never today's date) and the language (forced, else declared, else
/// detected).
pub fn complete(mut article: Article, opts: &ReadOptions) -> Article {
    if article.published.is_some() {
        article.published_source = Some(DateSource::Metadata);
    } else if let Some(d) = dates::find_dateline(&article.text) {
        article.published = Some(d);
        article.published_source = Some(DateSource::Dateline);
    } else if let Some(d) = opts.published {
        article.published = Some(d);
        article.published_source = Some(DateSource::CommandLine);
    }
    article.lang = match (&opts.lang, &article.lang) {
        (Some(forced), _) => lang::normalize(forced),
        (None, Some(declared)) => lang::normalize(declared),
        (None, None) => lang::detect(&article.text),
    };
    article
}

/// How an article is named in the output: the path as given for a file, the url (else the id, else
/// path:line) for a record of a JSONL or CSV file.
pub fn doc_name(input: &Input, a: &Article) -> String {
    let record = a.origin.as_ref().is_some_and(|o| o.line.is_some());
    match (record, &a.url, &a.id) {
        (true, Some(url), _) => url.clone(),
        (true, None, Some(id)) => id.clone(),
        _ => a
            .origin
            .as_ref()
            .map(|o| o.to_string())
            .unwrap_or_else(|| input.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(p: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared")
            .join(p)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Any bytes, read as any format: articles or errors, never a panic; each article through
        /// the pipeline with its checks (offsets inside the text, on character boundaries; the
        /// same extraction twice), as the fuzz targets do.
        #[test]
        fn every_reader_takes_any_bytes(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..1500),
            text_like in "(\\PC|[\"{},:\n<>/=]){0,300}",
            format in 0..4usize,
        ) {
            let format = [Format::Txt, Format::Html, Format::Jsonl, Format::Csv][format];
            for input in [bytes, text_like.into_bytes()] {
                crate::fuzzing::exercise(&input, format);
            }
        }
    }

    #[test]
    fn reads_the_seed_as_text() {
        let input = Input::File(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed-kazakhstan.txt"),
        );
        let opts = ReadOptions {
            published: NaiveDate::from_ymd_opt(2022, 1, 8),
            ..ReadOptions::default()
        };
        let articles: Vec<_> = read(&input, &opts).collect();
        assert_eq!(articles.len(), 1);
        let a = articles[0].as_ref().unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Kazakhstan: entretien entre Poutine et le président kazakh pour «restaurer l’ordre»")
        );
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 8));
        assert_eq!(a.published_source, Some(DateSource::CommandLine));
        assert_eq!(a.lang.as_deref(), Some("fr"));
        assert!(a.text.starts_with("Kazakhstan: entretien"));
    }

    #[test]
    fn reads_winer_fr_with_its_dateline() {
        let p = shared("corpus/winer-fr/2016/11/2016_11_16-002.txt");
        if !p.exists() {
            eprintln!("SKIP: ../shared not present");
            return;
        }
        let a = read(&Input::File(p), &ReadOptions::default())
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2016, 11, 16));
        assert_eq!(a.published_source, Some(DateSource::Dateline));
        assert_eq!(a.lang.as_deref(), Some("fr"));
        assert_eq!(
            a.title.as_deref(),
            Some("Emmanuel Macron annonce sa candidature à la présidentielle française")
        );
    }

    #[test]
    fn discovers_by_extension_sorted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "B\ntext").unwrap();
        std::fs::write(dir.path().join("a.html"), "<p>x</p>").unwrap();
        std::fs::write(dir.path().join("notes.ann"), "T1").unwrap();
        let (inputs, errors) = discover(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        assert_eq!(
            inputs,
            vec![
                Input::File(dir.path().join("a.html")),
                Input::File(dir.path().join("sub/b.txt"))
            ]
        );
        let (inputs, errors) = discover(&[dir.path().join("missing.txt")]);
        assert!(inputs.is_empty());
        assert!(errors[0].to_string().contains("missing.txt"));
    }

    #[test]
    fn stdin_needs_a_format() {
        let mut it = read(&Input::Stdin, &ReadOptions::default());
        let e = it.next().unwrap().unwrap_err();
        assert_eq!(e.to_string(), "-: standard input needs --input-format");
    }
}
