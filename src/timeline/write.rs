//! The timeline's formats: rows for a table or CSV, JSON, Markdown (one section per day) and one
//! self-contained HTML page (no network, no external script) grouped by day, coloured by speech
//! act, with a filter box. Every text from the store is escaped for the format it goes into.

use std::io::{self, Write};

use super::{Entry, Timeline};
use crate::web::xml_escape;

/// Writes a table's header and rows (the terminal's table writer, for instance).
pub type TableWriter<'a> = dyn Fn(&mut dyn Write, &[String], &[Vec<String>]) -> io::Result<()> + 'a;

/// The formats of a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: rows of [`table_rows`], written by the caller's table writer.
    Table,
    Csv,
    Json,
    Markdown,
    Html,
}

/// The header and rows of a table for people: the article's headline rather than its IRI (CSV
/// and JSON keep it).
pub fn table_rows(timeline: &Timeline) -> (Vec<String>, Vec<Vec<String>>) {
    let header: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
    let rows = timeline
        .entries
        .iter()
        .map(|e| {
            let mut row = row(e);
            if !e.headline.is_empty() {
                row[ARTICLE] = e.headline.clone();
            }
            row
        })
        .collect();
    (header, rows)
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// Writes the timeline in `format`; `table` writes a table's header and rows.
pub fn write(
    timeline: &Timeline,
    format: Format,
    mut sink: &mut dyn Write,
    table: &TableWriter<'_>,
) -> Result<(), WriteError> {
    let entries = &timeline.entries;
    match format {
        Format::Table => {
            let (header, rows) = table_rows(timeline);
            table(sink, &header, &rows)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut sink);
            w.write_record(HEADER)?;
            for e in entries {
                w.write_record(row(e))?;
            }
            w.flush()?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut sink, entries)?;
            writeln!(sink)?;
        }
        Format::Markdown => write_markdown(entries, &timeline.title, &mut sink)?,
        Format::Html => write_html(entries, &timeline.title, &mut sink)?,
    }
    Ok(())
}

/// The date column: the day, or the publication date marked with `*`.
pub fn date_cell(e: &Entry) -> String {
    if e.day_known || e.date.is_empty() {
        e.date.clone()
    } else {
        format!("{}*", e.date)
    }
}

/// Rows for a table or CSV: date, speaker, speech act, targets, quote or content, article, and
/// the number of articles that report the statement.
pub fn row(e: &Entry) -> Vec<String> {
    vec![
        date_cell(e),
        e.speaker.clone(),
        e.speech_act.clone(),
        e.targets.join("; "),
        e.said.clone(),
        e.article.clone(),
        e.sources.to_string(),
    ]
}

/// The column of the article in [`HEADER`].
const ARTICLE: usize = 5;

pub const HEADER: [&str; 7] = [
    "date",
    "speaker",
    "speech_act",
    "targets",
    "said",
    "article",
    "sources",
];

/// Text for Markdown: a renderer passes HTML through, so `<` and `>` are written as entities.
fn markdown_text(s: &str) -> String {
    s.replace('<', "&lt;").replace('>', "&gt;")
}

/// Markdown: one section per day, under `title`; an article is a link only when its url is
/// `http(s)` or relative.
pub fn write_markdown(entries: &[Entry], title: &str, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "# {}\n", markdown_text(title))?;
    let mut day = None;
    for e in entries {
        if day != Some(&e.date) {
            writeln!(
                out,
                "\n## {}\n",
                if e.date.is_empty() {
                    "day unknown"
                } else {
                    &e.date
                }
            )?;
            day = Some(&e.date);
        }
        let about = if e.targets.is_empty() {
            String::new()
        } else {
            format!(" about {}", markdown_text(&e.targets.join(", ")))
        };
        let mark = if e.day_known {
            ""
        } else {
            " (day unknown: publication date)"
        };
        let also = match e.sources {
            0 | 1 => String::new(),
            n => format!(", reported by {n} articles"),
        };
        writeln!(
            out,
            "- **{}** — *{}*{about}{mark}: {} ({}{also})",
            markdown_text(&e.speaker),
            markdown_text(&e.speech_act),
            markdown_text(&e.said.replace('\n', " ")),
            match crate::web::safe_link(&e.article) {
                Some(url) => format!("[article](<{}>)", url.replace(['<', '>'], "")),
                None => format!("article: `{}`", e.article.replace('`', "'")),
            }
        )?;
    }
    Ok(())
}

/// The speech act an entry is coloured as (`data-c`): its class, or `other` for a name the
/// ontology does not know.
fn colour(act: &str) -> &'static str {
    crate::extract::SpeechAct::from_name(act).map_or("other", |a| a.as_str())
}

/// The page's colour rules, one per speech-act class of the ontology.
fn colour_rules() -> String {
    let mut rules = String::from(
        "[data-c] { --c: #555555; }
",
    );
    for act in crate::extract::SpeechAct::all() {
        rules.push_str(&format!(
            "[data-c={}] {{ --c: {}; }}
",
            act.as_str(),
            act.colour()
        ));
    }
    rules
}

/// The timeline page's style: colours are attributes matched by rules, never `style` attributes, so that the page's
/// Content-Security-Policy allows this one style element and nothing else.
const PAGE_STYLE: &str = "
body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.4em; }
#filter { width: 100%; padding: .5em; font-size: 1em; margin-bottom: 1em; }
.day { border-left: 3px solid #ccc; margin: 0 0 1.5em .5em; padding-left: 1em; }
.day h2 { font-size: 1.1em; margin: 0 0 .5em -1.6em; background: #fff; display: inline-block; padding: 0 .3em; }
.entry { margin: .4em 0; padding: .4em .6em; border-radius: 4px; background: #f7f7f7; border-left: 5px solid var(--c); }
.act { color: #fff; background: var(--c); border-radius: 3px; padding: 0 .4em; font-size: .85em; }
.unknown { color: #888; font-size: .85em; }
.said { display: block; margin-top: .2em; }
.legend { line-height: 1.8; }
.hidden { display: none; }
";

/// The filter box's script.
const PAGE_SCRIPT: &str = "
const box = document.getElementById('filter');
box.addEventListener('input', () => {
  const q = box.value.toLowerCase();
  let shown = 0;
  document.querySelectorAll('.entry').forEach(e => {
    const ok = e.textContent.toLowerCase().includes(q);
    e.classList.toggle('hidden', !ok);
    if (ok) shown++;
  });
  document.querySelectorAll('.day').forEach(d => {
    d.classList.toggle('hidden', !d.querySelector('.entry:not(.hidden)'));
  });
  document.getElementById('count').textContent = shown + ' statements';
});
";

/// The article of an entry: a link when its url is `http(s)` or relative, else its text.
fn article_html(e: &Entry) -> String {
    let label = xml_escape(if e.headline.is_empty() {
        "article"
    } else {
        &e.headline
    });
    match crate::web::safe_link(&e.article) {
        Some(url) => format!(r#"<a href="{}">{label}</a>"#, xml_escape(url)),
        None => format!(
            r#"<span class="article">{label} ({})</span>"#,
            xml_escape(&e.article)
        ),
    }
}

/// One self-contained HTML page: `title` (what was filtered, and how many statements), a legend
/// of the speech acts' colours, the statements grouped by day (the statements whose day is unknown
/// last), with a filter box. Its Content-Security-Policy (a `<meta>`, so that it holds wherever the
/// file is opened) lets only its own style and script run; colours are attributes its style
/// matches, never `style` attributes.
pub fn write_html(entries: &[Entry], title: &str, out: &mut impl Write) -> io::Result<()> {
    let title = xml_escape(title);
    let legend: Vec<String> = crate::extract::SpeechAct::all()
        .map(|a| format!(r#"<span class="act" data-c="{0}">{0}</span>"#, a.as_str()))
        .collect();
    let style = format!("{PAGE_STYLE}{}", colour_rules());
    let own = format!("<style>{style}</style><script>{PAGE_SCRIPT}</script>");
    let policy = crate::web::content_security_policy(&own, false);
    writeln!(
        out,
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{}">
<title>{title}</title>
<style>{style}</style></head><body>
<h1>{title}</h1>
<p class="legend">{}</p>
<input id="filter" type="search" placeholder="Filter: speaker, act, target, words…" aria-label="filter">
<p id="count">{} statements</p>"#,
        xml_escape(&policy),
        legend.join(" "),
        entries.len()
    )?;
    let mut day: Option<&str> = None;
    for e in entries {
        if day != Some(e.date.as_str()) {
            if day.is_some() {
                writeln!(out, "</section>")?;
            }
            writeln!(
                out,
                r#"<section class="day"><h2>{}</h2>"#,
                xml_escape(if e.date.is_empty() {
                    "day unknown"
                } else {
                    &e.date
                })
            )?;
            day = Some(&e.date);
        }
        let about = if e.targets.is_empty() {
            String::new()
        } else {
            format!(" about {}", xml_escape(&e.targets.join(", ")))
        };
        let unknown = if e.day_known {
            ""
        } else {
            r#" <span class="unknown">(day unknown: publication date)</span>"#
        };
        let also = match e.sources {
            0 | 1 => String::new(),
            n => format!(r#" <span class="unknown">(reported by {n} articles)</span>"#),
        };
        writeln!(
            out,
            r#"<div class="entry" data-c="{}"><strong>{}</strong> <span class="act">{}</span>{about}{unknown}<span class="said">{}</span> {}{also}</div>"#,
            colour(&e.speech_act),
            xml_escape(&e.speaker),
            xml_escape(&e.speech_act),
            xml_escape(&e.said),
            article_html(e),
        )?;
    }
    if day.is_some() {
        writeln!(out, "</section>")?;
    }
    writeln!(out, "<script>{PAGE_SCRIPT}</script>\n</body></html>")
}
