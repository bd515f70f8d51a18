//! Record formats: JSONL (one JSON object a line) and CSV (a header row, columns found by name).
//! Both are streamed a record at a time; a malformed record is an error for that line and the
//! reader goes on with the next.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::io::{BufRead, Read};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::{dates, decode, note_encoding, Article, ArticleError, Articles, Location, Reason};

/// Parley's field names and the names it accepts for them, first match wins.
const FIELDS: &[(&str, &[&str])] = &[
    ("text", &["text", "body", "content"]),
    ("id", &["id", "guid", "doc_id", "doc"]),
    ("url", &["url", "link", "uri"]),
    ("title", &["title", "headline"]),
    (
        "published",
        &[
            "published",
            "date",
            "datePublished",
            "date_published",
            "pubdate",
        ],
    ),
    ("lang", &["lang", "language", "inLanguage"]),
    ("source", &["source", "publisher", "outlet"]),
];

/// The names to look for a field under: the user's rename (`--column text=body`) or the defaults.
fn names_for<'a>(field: &'a str, renames: &'a BTreeMap<String, String>) -> Vec<&'a str> {
    match renames.get(field) {
        Some(name) => vec![name.as_str()],
        None => FIELDS
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, names)| names.to_vec())
            .unwrap_or_default(),
    }
}

/// Builds an article from named string fields.
fn article_from(
    get: impl Fn(&str) -> Option<String>,
    renames: &BTreeMap<String, String>,
    location: Location,
) -> Result<Article, Reason> {
    let field = |name: &str| names_for(name, renames).into_iter().find_map(&get);
    let text = field("text").ok_or(Reason::MissingText)?;
    if text.trim().is_empty() {
        return Err(Reason::NoText);
    }
    let mut notes = Vec::new();
    let published = field("published").and_then(|v| {
        let d = dates::parse_date(&v);
        if d.is_none() && !v.trim().is_empty() {
            notes.push(format!("publication date {v:?} is not a date; ignored"));
        }
        d
    });
    let nonempty = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let title = nonempty(field("title")).or_else(|| {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_string)
    });
    Ok(Article {
        id: nonempty(field("id")),
        url: nonempty(field("url")),
        title,
        published,
        lang: nonempty(field("lang")),
        publisher: nonempty(field("source")),
        origin: Some(location),
        text,
        notes,
        ..Article::default()
    })
}

/// Reads JSONL a line at a time.
pub(super) struct Jsonl<R> {
    reader: R,
    path: String,
    line: u64,
    renames: BTreeMap<String, String>,
    buf: Vec<u8>,
    done: bool,
    max_bytes: u64,
    /// Whether a line other than a blank one was read (a file of blank lines is empty).
    seen: bool,
}

impl<R: BufRead> Jsonl<R> {
    pub(super) fn new(
        reader: R,
        path: String,
        renames: BTreeMap<String, String>,
        max_bytes: u64,
    ) -> Self {
        Jsonl {
            reader,
            path,
            line: 0,
            renames,
            buf: Vec::new(),
            done: false,
            max_bytes,
            seen: false,
        }
    }

    /// Skips the rest of a line that was too long, without keeping it; false at the end of input.
    fn skip_line(&mut self) -> std::io::Result<bool> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(false);
            }
            if let Some(i) = chunk.iter().position(|&b| b == b'\n') {
                self.reader.consume(i + 1);
                return Ok(true);
            }
            let n = chunk.len();
            self.reader.consume(n);
        }
    }

    fn record(&self, bytes: &[u8]) -> Result<Article, Reason> {
        let decoded = decode(bytes, None)?;
        let value: Value =
            serde_json::from_str(&decoded.text).map_err(|e| Reason::Json(e.to_string()))?;
        let obj: Map<String, Value> = match value {
            Value::Object(o) => o,
            Value::Array(_) => return Err(Reason::NotAnObject("an array")),
            Value::String(_) => return Err(Reason::NotAnObject("a string")),
            Value::Number(_) => return Err(Reason::NotAnObject("a number")),
            Value::Bool(_) => return Err(Reason::NotAnObject("a boolean")),
            Value::Null => return Err(Reason::NotAnObject("null")),
        };
        // every known field must be a string (ids may be numbers)
        for (field, names) in FIELDS {
            for name in names_for(field, &self.renames).iter().chain(names.iter()) {
                match obj.get(*name) {
                    None | Some(Value::Null) | Some(Value::String(_)) => {}
                    Some(Value::Number(_)) if *field == "id" => {}
                    Some(_) => {
                        return Err(Reason::WrongType {
                            field: (*name).to_string(),
                            expected: if *field == "id" {
                                "a string or a number"
                            } else {
                                "a string"
                            },
                        })
                    }
                }
            }
        }
        let get = |name: &str| match obj.get(name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let mut article = article_from(get, &self.renames, Location::line(&self.path, self.line))?;
        note_encoding(&mut article, decoded.encoding, decoded.nul);
        Ok(article)
    }
}

impl<R: BufRead> Iterator for Jsonl<R> {
    type Item = Result<Article, ArticleError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let limit = self.max_bytes.saturating_add(1);
            match (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => {
                    self.done = true;
                    if !self.seen {
                        return Some(Err(ArticleError::new(
                            Location::file(&self.path),
                            Reason::Empty,
                        )));
                    }
                }
                Ok(n) if n as u64 == limit && self.buf.last() != Some(&b'\n') => {
                    // a line longer than an article may be: skipped without holding it
                    self.seen = true;
                    self.line += 1;
                    self.buf = Vec::new();
                    let at = Location::line(&self.path, self.line);
                    if let Err(e) = self.skip_line() {
                        self.done = true;
                        return Some(Err(ArticleError::new(at, e)));
                    }
                    return Some(Err(ArticleError::new(at, Reason::TooLarge(self.max_bytes))));
                }
                Ok(_) => {
                    self.line += 1;
                    let bytes = std::mem::take(&mut self.buf);
                    let trimmed = bytes.trim_ascii();
                    if trimmed.is_empty() {
                        self.buf = bytes;
                        continue;
                    }
                    self.seen = true;
                    let result = self
                        .record(trimmed)
                        .map_err(|r| ArticleError::new(Location::line(&self.path, self.line), r));
                    self.buf = bytes;
                    return Some(result);
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(ArticleError::new(
                        Location::line(&self.path, self.line + 1),
                        e,
                    )));
                }
            }
        }
        None
    }
}

/// Newline offsets seen by a reader and not yet claimed, shared with the code that asks which line a
/// byte offset is on. The csv crate's own line numbers are off by one after CRLF line ends.
#[derive(Default)]
struct Lines {
    pending: VecDeque<u64>,
    before: u64,
    /// Double quotes read so far: an odd number at the end means a quoted field never closed.
    quotes: u64,
}

impl Lines {
    /// The 1-based line of a record that the csv reader says starts at `byte` (for CRLF files, the
    /// byte of the previous line's `\n`; so newlines at `byte` count as before it).
    fn line_of(&mut self, byte: u64) -> u64 {
        while self.pending.front().is_some_and(|&nl| nl <= byte) {
            self.pending.pop_front();
            self.before += 1;
        }
        self.before + 1
    }
}

/// A reader that notes the offset of every newline it passes on. Memory stays bounded: offsets are
/// claimed as records are read, and the csv reader reads ahead by one buffer only.
struct LineCounting<R> {
    inner: R,
    offset: u64,
    lines: Rc<RefCell<Lines>>,
}

impl<R: Read> Read for LineCounting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut lines = self.lines.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                lines.pending.push_back(self.offset + i as u64);
            } else if *b == b'"' {
                lines.quotes += 1;
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// Reads CSV with a header row, a record at a time.
pub(super) fn csv(
    reader: Box<dyn Read>,
    path: String,
    renames: &BTreeMap<String, String>,
    max_bytes: u64,
) -> Articles {
    let lines = Rc::new(RefCell::new(Lines::default()));
    let counting = LineCounting {
        inner: reader,
        offset: 0,
        lines: Rc::clone(&lines),
    };
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(counting);
    let err = |reason| -> Articles {
        Box::new(std::iter::once(Err(ArticleError::new(
            Location::line(&path, 1),
            reason,
        ))))
    };
    let header: Vec<String> = match rdr.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|f| {
                decode(f, None)
                    .map(|d| d.text)
                    .unwrap_or_default()
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string()
            })
            .collect(),
        Err(e) => return err(Reason::Csv(e.to_string())),
    };
    let columns = match columns_of(&header, renames) {
        Ok(c) => c,
        Err(reason) => return err(reason),
    };
    let mut records = rdr.into_byte_records().peekable();
    let quotes = Rc::clone(&lines);
    let fields = Fields {
        columns,
        identity: FIELDS
            .iter()
            .map(|(f, _)| (f.to_string(), f.to_string()))
            .collect(),
        path,
        lines,
        max_bytes,
    };
    Box::new(
        std::iter::from_fn(move || {
            let rec = records.next()?;
            // a quote never closed swallows the rest of the file into the last record: refuse it
            let unbalanced = records.peek().is_none() && quotes.borrow().quotes % 2 == 1;
            Some((rec, unbalanced))
        })
        .map(move |(rec, unbalanced)| fields.article(rec, unbalanced)),
    )
}

/// The column of each field the header has (a `--column` rename must name a column; the text
/// field must be found).
fn columns_of(
    header: &[String],
    renames: &BTreeMap<String, String>,
) -> Result<BTreeMap<&'static str, usize>, Reason> {
    for (field, column) in renames {
        if !header.iter().any(|h| h == column) {
            return Err(Reason::UnknownColumn(format!("{field}={column}")));
        }
    }
    let find = |field: &str| -> Option<usize> {
        names_for(field, renames)
            .iter()
            .find_map(|n| header.iter().position(|h| h.eq_ignore_ascii_case(n)))
    };
    let columns: BTreeMap<&'static str, usize> = FIELDS
        .iter()
        .filter_map(|(f, _)| find(f).map(|i| (*f, i)))
        .collect();
    if !columns.contains_key("text") {
        return Err(Reason::NoTextColumn {
            expected: names_for("text", renames).join(", "),
            found: header.join(", "),
        });
    }
    Ok(columns)
}

/// How a CSV file's records become articles.
struct Fields {
    columns: BTreeMap<&'static str, usize>,
    /// Each field under its own name (the record's values are already by field).
    identity: BTreeMap<String, String>,
    path: String,
    lines: Rc<RefCell<Lines>>,
    max_bytes: u64,
}

impl Fields {
    /// The article of one record (`unbalanced`: the record is the last and a quote is open).
    fn article(
        &self,
        rec: Result<::csv::ByteRecord, ::csv::Error>,
        unbalanced: bool,
    ) -> Result<Article, ArticleError> {
        let rec = rec.map_err(|e| {
            let line = e
                .position()
                .map(|p| self.lines.borrow_mut().line_of(p.byte()))
                .unwrap_or(0);
            let msg = match e.kind() {
                ::csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => format!("expected {expected_len} fields as in the header, found {len}"),
                _ => e.to_string(),
            };
            ArticleError::new(Location::line(&self.path, line), Reason::Csv(msg))
        })?;
        let line = rec
            .position()
            .map(|p| self.lines.borrow_mut().line_of(p.byte()))
            .unwrap_or(0);
        let loc = Location::line(&self.path, line);
        if unbalanced {
            return Err(ArticleError::new(
                loc,
                Reason::Csv(
                    "unbalanced quotes: a quoted field opened in this record runs to the end of the file"
                        .into(),
                ),
            ));
        }
        if rec.as_slice().len() as u64 > self.max_bytes {
            return Err(ArticleError::new(loc, Reason::TooLarge(self.max_bytes)));
        }
        let mut encoding = None;
        let mut nul = false;
        let mut values: BTreeMap<String, String> = BTreeMap::new();
        for (field, &i) in &self.columns {
            if let Some(bytes) = rec.get(i) {
                if bytes.is_empty() {
                    continue;
                }
                let d = decode(bytes, None).map_err(|r| ArticleError::new(loc.clone(), r))?;
                encoding = encoding.or(d.encoding);
                nul |= d.nul;
                values.insert(field.to_string(), d.text);
            }
        }
        let mut article = article_from(|n| values.get(n).cloned(), &self.identity, loc.clone())
            .map_err(|r| ArticleError::new(loc, r))?;
        note_encoding(&mut article, encoding, nul);
        Ok(article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use std::io::Cursor;

    fn jsonl(text: &str) -> Vec<Result<Article, ArticleError>> {
        Jsonl::new(
            Cursor::new(text.as_bytes().to_vec()),
            "a.jsonl".into(),
            BTreeMap::new(),
            crate::article::MAX_ARTICLE_BYTES,
        )
        .collect()
    }

    fn csv_of(text: &str, renames: &[(&str, &str)]) -> Vec<Result<Article, ArticleError>> {
        let r: BTreeMap<String, String> = renames
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        csv(
            Box::new(Cursor::new(text.as_bytes().to_vec())),
            "a.csv".into(),
            &r,
            crate::article::MAX_ARTICLE_BYTES,
        )
        .collect()
    }

    #[test]
    fn jsonl_fields_and_aliases() {
        let out = jsonl(
            "{\"id\": 7, \"body\": \"Moscou a dénoncé.\", \"date\": \"2022-01-08\", \"url\": \"https://x.example/a\", \"source\": \"AFP\"}\n\n{\"content\": \"Second\", \"title\": \"T2\", \"lang\": \"en\"}\n",
        );
        assert_eq!(out.len(), 2);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.id.as_deref(), Some("7"));
        assert_eq!(a.text, "Moscou a dénoncé.");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 8));
        assert_eq!(a.publisher.as_deref(), Some("AFP"));
        assert_eq!(a.origin.as_ref().unwrap().to_string(), "a.jsonl:1");
        let b = out[1].as_ref().unwrap();
        assert_eq!(b.origin.as_ref().unwrap().to_string(), "a.jsonl:3");
        assert_eq!(b.title.as_deref(), Some("T2"));
    }

    #[test]
    fn a_jsonl_line_longer_than_an_article_may_be_is_skipped_without_being_kept() {
        let long = format!("{{\"id\": \"big\", \"text\": \"{}\"}}", "x".repeat(5_000));
        let text = format!(
            "{{\"id\": \"a\", \"text\": \"one\"}}\n{long}\n{{\"id\": \"b\", \"text\": \"two\"}}\n"
        );
        let out: Vec<_> = Jsonl::new(
            Cursor::new(text.into_bytes()),
            "a.jsonl".into(),
            BTreeMap::new(),
            1_000,
        )
        .collect();
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().text, "one");
        let err = out[1].as_ref().err().unwrap().to_string();
        assert!(err.starts_with("a.jsonl:2: article larger than"), "{err}");
        assert_eq!(out[2].as_ref().unwrap().text, "two");
        let last = out[2]
            .as_ref()
            .unwrap()
            .origin
            .as_ref()
            .unwrap()
            .to_string();
        assert_eq!(last, "a.jsonl:3");
    }

    #[test]
    fn jsonl_bad_lines_name_their_line_and_the_rest_goes_on() {
        let out = jsonl("{\"text\": \"ok\"}\n{\"text\": \"broken\n[1,2]\n{\"title\": \"no text\"}\n{\"text\": 5}\n{\"text\": \"last\"}\n");
        let msgs: Vec<String> = out
            .iter()
            .map(|r| match r {
                Ok(a) => format!("ok {}", a.text),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(msgs[0], "ok ok");
        assert!(
            msgs[1].starts_with("a.jsonl:2: malformed JSON"),
            "{}",
            msgs[1]
        );
        assert_eq!(msgs[2], "a.jsonl:3: expected a JSON object, found an array");
        assert_eq!(
            msgs[3],
            "a.jsonl:4: no text field (expected one of: text, body, content)"
        );
        assert_eq!(msgs[4], "a.jsonl:5: field `text` must be a string");
        assert_eq!(msgs[5], "ok last");
    }

    #[test]
    fn csv_multiline_fields_renames_and_bad_rows() {
        let text = "url,when,headline,body\nhttps://a.example/1,2019-01-04,First,\"Line one\n\nline \"\"two\"\"\"\nhttps://a.example/2,2019-01-05,Second\nhttps://a.example/3,2019-01-06,Third,Text three\n";
        let out = csv_of(text, &[("text", "body"), ("published", "when")]);
        assert_eq!(out.len(), 3);
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.text, "Line one\n\nline \"two\"");
        assert_eq!(a.title.as_deref(), Some("First"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2019, 1, 4));
        let e = out[1].as_ref().unwrap_err().to_string();
        assert_eq!(
            e,
            "a.csv:5: malformed CSV: expected 4 fields as in the header, found 3"
        );
        assert_eq!(
            out[2].as_ref().unwrap().origin.as_ref().unwrap().line,
            Some(6)
        );
    }

    #[test]
    fn csv_quote_never_closed_is_reported_on_its_record() {
        let out = csv_of(
            "id,title,text\nq0,T0,Text zero\nq1,T1,\"Text one\nq2,T2,Text two\n",
            &[],
        );
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].as_ref().unwrap().text, "Text zero");
        let err = out[1].as_ref().err().unwrap().to_string();
        assert_eq!(err, "a.csv:3: malformed CSV: unbalanced quotes: a quoted field opened in this record runs to the end of the file");
        // quotes that close, even across lines, are fine
        let out = csv_of("id,text\na,\"one \"\"two\"\"\nthree\"\n", &[]);
        assert_eq!(out[0].as_ref().unwrap().text, "one \"two\"\nthree");
    }

    #[test]
    fn csv_lines_are_right_with_crlf_line_ends() {
        let text = "id,text\r\na,one\r\nb,\"two\r\nlines\"\r\nc,three\r\nd\r\n";
        let out = csv_of(text, &[]);
        let lines: Vec<String> = out
            .iter()
            .map(|r| match r {
                Ok(a) => a.origin.as_ref().unwrap().to_string(),
                Err(e) => e.location.to_string(),
            })
            .collect();
        assert_eq!(lines, vec!["a.csv:2", "a.csv:3", "a.csv:5", "a.csv:6"]);
    }

    #[test]
    fn csv_without_text_column_says_what_it_found() {
        let out = csv_of("url,title\nx,y\n", &[]);
        assert_eq!(
            out[0].as_ref().unwrap_err().to_string(),
            "a.csv:1: no text column (expected one of: text, body, content; found: url, title); name it with --column text=NAME"
        );
        let out = csv_of("url,title\nx,y\n", &[("text", "missing")]);
        assert_eq!(
            out[0].as_ref().unwrap_err().to_string(),
            "a.csv:1: --column text=missing: no such column in the header"
        );
    }

    #[test]
    fn wikinews_en_csv() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/wikinews-en/wikinews_2019.csv");
        let Ok(f) = std::fs::File::open(&p) else {
            eprintln!("SKIP: ../shared not present");
            return;
        };
        let out: Vec<_> = csv(
            Box::new(f),
            "w.csv".into(),
            &BTreeMap::new(),
            crate::article::MAX_ARTICLE_BYTES,
        )
        .collect();
        assert_eq!(out.len(), 171);
        assert!(out.iter().all(|r| r.is_ok()));
        let a = out[1].as_ref().unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in")
        );
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2019, 1, 4));
        assert!(a
            .url
            .as_deref()
            .unwrap()
            .starts_with("https://en.wikinews.org/"));
    }
}
