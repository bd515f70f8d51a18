//! Timelines of statements: filtered, in chronological order (the day said; the publication date
//! when the day is unknown, marked as such), as rows for a table, CSV, JSON and Markdown, or one
//! self-contained HTML page (no network, no external script) grouped by day, coloured by speech
//! act, with a filter box.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use crate::export::{
    date_window_pattern, select as rows, sparql_country, sparql_iris, speech_act_pattern, text,
    xml_escape,
};
use crate::store::{ParleyStore, StoreError};

/// Which statements a timeline shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Statements made by these actors (IRIs).
    pub actor: Option<BTreeSet<String>>,
    /// Statements made by this country's actors (ISO code).
    pub country: Option<String>,
    /// Statements about these actors (IRIs) or this country (ISO code, in `about_country`).
    pub about: Option<BTreeSet<String>>,
    pub about_country: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub date: String,
    /// False when the publication date stands in for an unknown day.
    pub day_known: bool,
    pub speaker: String,
    pub speech_act: String,
    pub targets: Vec<String>,
    pub said: String,
    pub article: String,
    pub headline: String,
    pub statement: String,
}

/// The statements the filter selects, starting from an index: the speakers, the speaker's country,
/// the targets or the targets' country, or else the days of a date window; everything else is
/// looked up statement by statement. Also says whether the query reads the targets too (see
/// [`targets`] for when it does not).
fn query(filter: &Filter) -> (String, bool) {
    let mut head = String::new();
    for (var, property, set) in [
        ("?s", "parley:speaker", &filter.actor),
        ("?about", "parley:target", &filter.about),
    ] {
        if let Some(set) = set {
            head.push_str(&format!(
                "VALUES {var} {{ {} }} ?statement {property} {var} .\n",
                sparql_iris(set)
            ));
        }
    }
    for (property, code) in [
        ("parley:speakerCountry", &filter.country),
        ("parley:targetCountry", &filter.about_country),
    ] {
        if let Some(code) = code {
            head.push_str(&format!(
                "?statement {property} {} .\n",
                sparql_country(code)
            ));
        }
    }
    // with no actor nor country, a closed date window is read from the index of dates
    let mut inline_targets = true;
    if head.is_empty() {
        if let Some(window) = date_window_pattern(filter.from.as_deref(), filter.to.as_deref()) {
            head.push_str(&window);
            inline_targets = false;
        }
    }
    // the graph is projected only to read the targets afterwards: its IRI costs a lookup a row
    let (target_vars, target_pattern) = if inline_targets {
        (
            " ?t ?tn",
            "OPTIONAL { GRAPH ?g { ?statement parley:target ?t . ?t schema:name ?tn } }",
        )
    } else {
        (" ?g", "")
    };
    // a speech act is an index too (the filter below still applies: an unknown name keeps nothing)
    head.push_str(&speech_act_pattern(filter.speech_act.as_deref()));
    let text = format!(
        r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?statement ?sp ?sn ?act ?d ?p ?said ?article ?headline ?lang{target_vars} WHERE {{
  {head}
  # the statement in its article's graph, with the names that article gives (?sp, not the ?s of
  # an actor filter: a bound ?s would make Oxigraph start from every graph that names the actor)
  GRAPH ?g {{
    ?statement parley:speaker ?sp ; parley:speechAct ?actIri ; prov:wasDerivedFrom ?a .
    ?sp schema:name ?sn .
  }}
  BIND(STRAFTER(STR(?actIri), "#") AS ?act)
  OPTIONAL {{ ?statement parley:date ?d }}
  OPTIONAL {{ ?a schema:datePublished ?p }}
  OPTIONAL {{ ?statement parley:quote ?q }}
  OPTIONAL {{ ?statement parley:content ?c }}
  BIND(COALESCE(?q, ?c, "") AS ?said)
  OPTIONAL {{ ?a schema:url ?url }}
  BIND(STR(COALESCE(?url, ?a)) AS ?article)
  OPTIONAL {{ ?a schema:headline ?headline }}
  OPTIONAL {{ ?a schema:inLanguage ?lang }}
  {target_pattern}
}}"##
    );
    (text, inline_targets)
}

/// Statements whose targets one query reads.
const TARGET_BATCH: usize = 1000;

/// Target IRI → its least name in the statement's article graph, for each statement.
type Targets = BTreeMap<String, BTreeMap<String, String>>;

fn add_target(targets: &mut Targets, statement: String, target: String, label: String) {
    let known = targets
        .entry(statement)
        .or_default()
        .entry(target)
        .or_default();
    if known.is_empty() || (!label.is_empty() && label < *known) {
        *known = label;
    }
}

/// The targets of the statements (each given with its article graph), read after them by
/// batches. This is for a timeline that starts from a date window: there, Oxigraph's estimate of
/// the main query saturates, and it evaluated the targets pattern for every statement of the store
/// before joining (one day of 1M statements: 149,000 targets and their names read for 23,000
/// statements, 1.7 s with a speech act against 0.46 s now). Other timelines read the targets in
/// the main query, next to each statement's other properties (a second pass reads them again from
/// disk: `timeline --country JP`, 0.85 s against 1.13 s).
fn targets(store: &ParleyStore, statements: &[(&str, &str)]) -> Result<Targets, StoreError> {
    let mut out = Targets::new();
    for batch in statements.chunks(TARGET_BATCH) {
        let values: Vec<String> = batch
            .iter()
            .filter_map(|(s, g)| {
                let s = oxigraph::model::NamedNode::new(*s).ok()?;
                let g = oxigraph::model::NamedNode::new(*g).ok()?;
                Some(format!("({s} {g})"))
            })
            .collect();
        let query = format!(
            r##"
PREFIX parley: <https://w3id.org/parley/ns#>
PREFIX schema: <https://schema.org/>
SELECT ?statement ?t ?tn WHERE {{
  VALUES (?statement ?g) {{ {} }}
  GRAPH ?g {{ ?statement parley:target ?t . ?t schema:name ?tn }}
}}"##,
            values.join(" ")
        );
        for r in rows(store, &query)? {
            add_target(
                &mut out,
                text(&r, "statement"),
                text(&r, "t"),
                text(&r, "tn"),
            );
        }
    }
    Ok(out)
}

/// The statements that pass `filter`, in chronological order.
pub fn entries(store: &ParleyStore, filter: &Filter) -> Result<Vec<Entry>, StoreError> {
    let (query, inline_targets) = query(filter);
    let rows = rows(store, &query)?;
    // names as each statement's own article gives them (as the catalogue queries do); the store's
    // least name only for an actor its article does not name. Reading every graph that names a
    // country, for each, would cost a scan of most of the store.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut name = |iri: &str| -> Result<String, StoreError> {
        if let Some(n) = names.get(iri) {
            return Ok(n.clone());
        }
        let n = store.name_of(iri)?.unwrap_or_else(|| iri.to_string());
        names.insert(iri.to_string(), n.clone());
        Ok(n)
    };
    struct Acc {
        entry: Entry,
        graph: String,
        lang: String,
    }
    let mut by_statement: BTreeMap<String, Acc> = BTreeMap::new();
    let mut targets_read = Targets::new();
    for r in &rows {
        let statement = text(r, "statement");
        let t = text(r, "t");
        if !t.is_empty() {
            add_target(&mut targets_read, statement.clone(), t, text(r, "tn"));
        }
        if by_statement.contains_key(&statement) {
            continue;
        }
        let day = text(r, "d");
        let speaker = match text(r, "sn") {
            n if n.is_empty() => name(&text(r, "sp"))?,
            n => n,
        };
        by_statement.insert(
            statement.clone(),
            Acc {
                entry: Entry {
                    day_known: !day.is_empty(),
                    date: if day.is_empty() { text(r, "p") } else { day },
                    speaker,
                    speech_act: text(r, "act"),
                    targets: Vec::new(),
                    said: text(r, "said"),
                    article: text(r, "article"),
                    headline: text(r, "headline"),
                    statement: statement.clone(),
                },
                graph: text(r, "g"),
                lang: text(r, "lang"),
            },
        );
    }
    let kept: Vec<Acc> = by_statement
        .into_values()
        .filter(|a| {
            filter
                .speech_act
                .as_ref()
                .is_none_or(|x| a.entry.speech_act.eq_ignore_ascii_case(x))
                && filter.lang.as_ref().is_none_or(|l| a.lang == *l)
                && filter
                    .from
                    .as_ref()
                    .is_none_or(|f| a.entry.date.as_str() >= f.as_str())
                && filter
                    .to
                    .as_ref()
                    .is_none_or(|t| !a.entry.date.is_empty() && a.entry.date.as_str() <= t.as_str())
        })
        .collect();
    let mut targets = if inline_targets {
        targets_read
    } else {
        let pairs: Vec<(&str, &str)> = kept
            .iter()
            .map(|a| (a.entry.statement.as_str(), a.graph.as_str()))
            .collect();
        targets(store, &pairs)?
    };
    let mut out = Vec::with_capacity(kept.len());
    for mut a in kept {
        a.entry.targets = targets
            .remove(&a.entry.statement)
            .unwrap_or_default()
            .iter()
            .map(|(t, label)| {
                if label.is_empty() {
                    name(t)
                } else {
                    Ok(label.clone())
                }
            })
            .collect::<Result<_, _>>()?;
        out.push(a.entry);
    }
    // in date order, the statements of unknown date last
    out.sort_by(|a, b| {
        (a.date.is_empty(), &a.date, &a.speaker, &a.statement).cmp(&(
            b.date.is_empty(),
            &b.date,
            &b.speaker,
            &b.statement,
        ))
    });
    Ok(out)
}

/// The date column: the day, or the publication date marked with `*`.
pub fn date_cell(e: &Entry) -> String {
    if e.day_known || e.date.is_empty() {
        e.date.clone()
    } else {
        format!("{}*", e.date)
    }
}

/// Rows for a table or CSV: date, speaker, speech act, targets, quote or content, article.
pub fn row(e: &Entry) -> Vec<String> {
    vec![
        date_cell(e),
        e.speaker.clone(),
        e.speech_act.clone(),
        e.targets.join("; "),
        e.said.clone(),
        e.article.clone(),
    ]
}

pub const HEADER: [&str; 6] = [
    "date",
    "speaker",
    "speech_act",
    "targets",
    "said",
    "article",
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
        writeln!(
            out,
            "- **{}** — *{}*{about}{mark}: {} ({})",
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
        writeln!(
            out,
            r#"<div class="entry" data-c="{}"><strong>{}</strong> <span class="act">{}</span>{about}{unknown}<span class="said">{}</span> {}</div>"#,
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
