//! The only module that writes to stdout (data) — plus the one place that formats messages for
//! stderr (`parley: …`). Query results stream to stdout; the aligned table is written a page of
//! rows at a time, each page sized to its own rows, so that memory stays bounded.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolutionIter};

/// A message on stderr, prefixed `parley: `.
pub fn error(message: &str) {
    eprintln!("parley: {message}");
}

/// Whether stdout is a terminal (tables for people, CSV for pipes).
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// Buffered stdout.
pub fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// A file of `--output`: written under a temporary name beside its own (`.NAME.partial`) and
/// renamed by [`OutputFile::finish`], so that a command that fails (a full disk, a storage error)
/// or is stopped never leaves half a file under the name asked for; dropped unfinished, it removes
/// what it wrote. A path that is not a regular file (`/dev/stdout`, a pipe) is written in place.
pub struct OutputFile {
    path: PathBuf,
    /// The temporary file, or `None` when the path is written in place.
    partial: Option<PathBuf>,
    file: Option<BufWriter<File>>,
}

impl OutputFile {
    pub fn create(path: &Path) -> anyhow::Result<Self> {
        let in_place = std::fs::metadata(path).is_ok_and(|m| !m.is_file());
        let partial = (!in_place).then(|| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            path.with_file_name(format!(".{name}.partial"))
        });
        let target = partial.as_deref().unwrap_or(path);
        let file =
            File::create(target).with_context(|| format!("{}: cannot create", path.display()))?;
        Ok(OutputFile {
            path: path.to_path_buf(),
            partial,
            file: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// Writes what is buffered, syncs the file to disk and gives it its name.
    pub fn finish(mut self) -> anyhow::Result<()> {
        let written = |e: io::Error| {
            anyhow::Error::new(e).context(format!("{}: cannot write", self.path.display()))
        };
        if let Some(file) = self.file.take() {
            let file = file.into_inner().map_err(|e| written(e.into_error()))?;
            if self.partial.is_some() {
                file.sync_all().map_err(written)?;
            }
        }
        if let Some(partial) = self.partial.take() {
            std::fs::rename(&partial, &self.path).map_err(|e| {
                let _ = std::fs::remove_file(&partial);
                written(e)
            })?;
        }
        Ok(())
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(io::Error::other("the output file is closed")),
        };
        written.map_err(|e| self.failed(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        let flushed = match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        };
        flushed.map_err(|e| self.failed(e))
    }
}

impl OutputFile {
    /// A write error that names the file and says what to do (the kind is kept).
    fn failed(&self, e: io::Error) -> io::Error {
        let advice = if e.kind() == io::ErrorKind::StorageFull {
            ": free space and run the same command again (what was written is removed)"
        } else {
            " (what was written is removed)"
        };
        io::Error::new(e.kind(), format!("{}: {e}{advice}", self.path.display()))
    }
}

impl Drop for OutputFile {
    fn drop(&mut self) {
        // unfinished: the command failed; what was written is not the output
        drop(self.file.take());
        if let Some(partial) = self.partial.take() {
            let _ = std::fs::remove_file(partial);
        }
    }
}

/// How a SELECT or ASK result is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolutionsFormat {
    Table,
    Sparql(QueryResultsFormat),
}

/// The label of an IRI for a person (an actor's or country's name, an article's headline), when
/// it has one.
pub type Labels<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A term as a person reads it in a table: IRIs by their label when `labels` knows one (looked up
/// once a page, in `cache`), else bare; literals by their value.
fn display(
    term: &Term,
    labels: Option<Labels<'_>>,
    cache: &mut std::collections::HashMap<String, Option<String>>,
) -> String {
    match term {
        Term::NamedNode(n) => labels
            .and_then(|labels| {
                cache
                    .entry(n.as_str().to_string())
                    .or_insert_with(|| labels(n.as_str()))
                    .clone()
            })
            .unwrap_or_else(|| n.as_str().to_string()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// The width tables fit in: `$COLUMNS` when set, else the terminal's when stdout is one (none
/// otherwise: a table piped to a file keeps whole cells).
pub fn table_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
    {
        return Some(n);
    }
    if !stdout_is_terminal() {
        return None;
    }
    console::Term::stdout()
        .size_checked()
        .map(|(_, cols)| usize::from(cols))
}

/// Column widths that fit `total` characters with two spaces between columns: the widest columns
/// are cut to one width, as large as fits, the narrow ones keep theirs (at least 3 each).
fn fit(widths: &[usize], total: usize) -> Vec<usize> {
    let gaps = 2 * widths.len().saturating_sub(1);
    let budget = total.saturating_sub(gaps);
    if widths.iter().sum::<usize>() <= budget {
        return widths.to_vec();
    }
    let max = widths.iter().copied().max().unwrap_or(0);
    let mut cap = 3;
    while cap < max && widths.iter().map(|w| (*w).min(cap + 1)).sum::<usize>() <= budget {
        cap += 1;
    }
    widths.iter().map(|w| (*w).min(cap)).collect()
}

/// A cell cut to `width` characters, the last one "…" when it is cut.
fn cut(cell: &str, width: usize) -> String {
    if cell.chars().count() <= width {
        return cell.to_string();
    }
    let mut s: String = cell.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Writes rows as an aligned table (header, rule, rows), fit to [`table_width`]. Cells are
/// single-line.
pub fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
) -> io::Result<()> {
    write_table_in(out, header, rows, table_width())
}

/// Writes rows as an aligned table within `width` characters (long cells cut with "…").
pub fn write_table_in(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    if let Some(total) = width {
        widths = fit(&widths, total);
    }
    let header: Vec<String> = header
        .iter()
        .zip(&widths)
        .map(|(h, w)| cut(h, *w))
        .collect();
    let header = &header[..];
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().zip(&widths).map(|(c, w)| cut(c, *w)).collect())
        .collect();
    let line = |out: &mut dyn Write, cells: &[String]| -> io::Result<()> {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(c);
                s.extend(std::iter::repeat_n(' ', w - c.chars().count() + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    // a table without column names (key/value listings) has no header and no rule
    if header.iter().any(|h| !h.is_empty()) {
        line(out, header)?;
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(out, &rule)?;
    }
    for r in &rows {
        line(out, r)?;
    }
    Ok(())
}

fn write_solutions(
    out: &mut impl Write,
    solutions: QuerySolutionIter<'_>,
    hidden: &[Variable],
    format: SolutionsFormat,
    labels: Option<Labels<'_>>,
) -> anyhow::Result<()> {
    let variables: Vec<Variable> = solutions
        .variables()
        .iter()
        .filter(|v| !hidden.contains(v))
        .cloned()
        .collect();
    match format {
        SolutionsFormat::Table => {
            const PAGE: usize = 1_000;
            let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
            let mut rows = Vec::new();
            let mut first = true;
            // labels looked up for this page (a page's IRIs, not the whole result's, in memory)
            let mut cache = std::collections::HashMap::new();
            // one page: the header above the first page only
            fn flush(
                out: &mut impl Write,
                header: &[String],
                rows: &mut Vec<Vec<String>>,
                first: &mut bool,
            ) -> io::Result<()> {
                let blank = vec![String::new(); header.len()];
                let r = write_table(out, if *first { header } else { &blank }, rows);
                *first = false;
                rows.clear();
                r
            }
            for s in solutions {
                let s = s?;
                rows.push(
                    variables
                        .iter()
                        .map(|v| {
                            s.get(v)
                                .map(|t| display(t, labels, &mut cache))
                                .unwrap_or_default()
                        })
                        .collect(),
                );
                if rows.len() == PAGE {
                    flush(out, &header, &mut rows, &mut first)?;
                    cache.clear();
                }
            }
            if first || !rows.is_empty() {
                flush(out, &header, &mut rows, &mut first)?;
            }
        }
        SolutionsFormat::Sparql(f) => {
            let mut ser = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut *out, variables.clone())?;
            for s in solutions {
                let s = s?;
                ser.serialize(
                    variables
                        .iter()
                        .filter_map(|v| s.get(v).map(|t| (v.as_ref(), t.as_ref()))),
                )?;
            }
            ser.finish()?;
        }
    }
    Ok(())
}

/// Writes query results: solutions (without the `hidden` variables) and booleans in `solutions`,
/// graphs in `graph`. A table shows IRIs by their `labels`; the other formats keep the IRIs.
pub fn write_results(
    results: QueryResults<'_>,
    hidden: &[Variable],
    solutions: SolutionsFormat,
    graph: RdfFormat,
    labels: Option<Labels<'_>>,
) -> anyhow::Result<()> {
    let mut out = stdout();
    match results {
        QueryResults::Solutions(s) => write_solutions(&mut out, s, hidden, solutions, labels)?,
        QueryResults::Boolean(b) => match solutions {
            SolutionsFormat::Table => writeln!(out, "{b}")?,
            SolutionsFormat::Sparql(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
        },
        QueryResults::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(graph)
                .with_prefix("parley", "https://w3id.org/parley/ns#")?
                .with_prefix("schema", "https://schema.org/")?
                .with_prefix("xsd", "http://www.w3.org/2001/XMLSchema#")?
                .for_writer(&mut out);
            for t in triples {
                ser.serialize_triple(&t?)?;
            }
            ser.finish()?;
        }
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_fit_the_width_and_cut_long_cells() {
        let mut out = Vec::new();
        let long = "une très longue citation qui ne tient pas sur la ligne".to_string();
        write_table_in(
            &mut out,
            &["date".into(), "speaker".into(), "said".into()],
            &[vec![
                "2022-01-07".into(),
                "Antony Blinken".into(),
                long.clone(),
            ]],
            Some(42),
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= 42, "{line:?}");
        }
        assert!(
            text.contains("2022-01-07  Antony Blinken  une très long…"),
            "{text}"
        );
        // a table that fits is left whole
        assert_eq!(fit(&[4, 10], 80), [4, 10]);
        assert_eq!(fit(&[10, 14, 54], 42), [10, 14, 14]);
    }

    #[test]
    fn tables_align_on_characters() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &["name".into(), "n".into()],
            &[
                vec!["Tokaïev".into(), "2".into()],
                vec!["Blinken\nX".into(), "10".into()],
            ],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "name       n\n---------  --\nTokaïev    2\nBlinken X  10\n"
        );
    }
}
