//! HTML articles. Title from `og:title`, `<title>` or the first `<h1>`; text from the article's
//! paragraphs (headings, paragraphs, list items, quotes) inside `<article>`, `<main>` or `<body>`,
//! leaving out script, style, navigation, header, footer, asides and forms; the publication date
//! from `article:published_time`, `<time datetime>` or JSON-LD `datePublished`; the url from the
//! canonical link or `og:url`; the language from `<html lang>`.
//!
//! The text Parley keeps (and that offsets refer to) is the title line, a blank line, then each
//! block's text with its whitespace collapsed, blocks separated by blank lines.

use std::sync::OnceLock;

use ego_tree::NodeRef;
use encoding_rs::Encoding;
use regex::bytes::Regex;
use scraper::{ElementRef, Html, Node, Selector};

use super::{dates, decode, note_encoding, Article, Location, Reason};

/// Blocks whose text is the article's text.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
];
/// Elements whose content is never article text.
const EXCLUDED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "svg", "iframe",
];

fn selector(css: &'static str) -> Selector {
    // Only called with the constant selectors below, which the tests exercise.
    Selector::parse(css).unwrap_or_else(|_| panic!("invalid built-in selector {css}"))
}

struct Selectors {
    og_title: Selector,
    title: Selector,
    h1: Selector,
    published_meta: Selector,
    time: Selector,
    json_ld: Selector,
    canonical: Selector,
    og_url: Selector,
    html: Selector,
    roots: [Selector; 3],
}

fn selectors() -> &'static Selectors {
    static S: OnceLock<Selectors> = OnceLock::new();
    S.get_or_init(|| Selectors {
        og_title: selector(r#"meta[property="og:title"]"#),
        title: selector("title"),
        h1: selector("h1"),
        published_meta: selector(
            r#"meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="DC.date.issued"]"#,
        ),
        time: selector("time[datetime]"),
        json_ld: selector(r#"script[type="application/ld+json"]"#),
        canonical: selector(r#"link[rel="canonical"]"#),
        og_url: selector(r#"meta[property="og:url"]"#),
        html: selector("html"),
        roots: [selector("article"), selector("main, [role=main]"), selector("body")],
    })
}

/// The encoding an HTML file declares in its first kilobyte, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"(?i)<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_:.-]+)"#)
            .unwrap_or_else(|e| panic!("{e}"))
    });
    let head = &bytes[..bytes.len().min(1024)];
    re.captures(head)
        .and_then(|c| Encoding::for_label(c.get(1)?.as_bytes()))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of an element, without the text of excluded elements inside it.
fn block_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        if let Node::Text(t) = node.value() {
            let hidden = node.ancestors().take_while(|a| a.id() != el.id()).any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| EXCLUDED.contains(&e.name()))
            });
            if !hidden {
                out.push_str(t);
            }
        } else if let Node::Element(e) = node.value() {
            if e.name() == "br" {
                out.push(' ');
            }
        }
    }
    collapse(&out)
}

fn is_block(node: &NodeRef<'_, Node>) -> bool {
    node.value()
        .as_element()
        .is_some_and(|e| BLOCKS.contains(&e.name()))
}

/// The article's blocks, in document order: blocks not inside an excluded element nor inside
/// another block.
fn blocks(root: ElementRef<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for node in root.descendants() {
        if !is_block(&node) {
            continue;
        }
        let mut skip = false;
        for a in node.ancestors() {
            if a.id() == root.id() {
                break;
            }
            if is_block(&a)
                || a.value()
                    .as_element()
                    .is_some_and(|e| EXCLUDED.contains(&e.name()))
            {
                skip = true;
                break;
            }
        }
        if skip {
            continue;
        }
        if let Some(el) = ElementRef::wrap(node) {
            let text = block_text(el);
            if !text.is_empty() {
                out.push(text);
            }
        }
    }
    out
}

/// `datePublished` anywhere in a JSON-LD value (objects, arrays, `@graph`).
fn json_ld_date(value: &serde_json::Value) -> Option<String> {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(d)) = map.get("datePublished") {
                    return Some(d.clone());
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

fn attr_of<'a>(doc: &'a Html, sel: &Selector, attr: &str) -> Option<&'a str> {
    doc.select(sel)
        .filter_map(|e| e.value().attr(attr))
        .map(str::trim)
        .find(|v| !v.is_empty())
}

fn first_text(doc: &Html, sel: &Selector) -> Option<String> {
    doc.select(sel).map(block_text).find(|t| !t.is_empty())
}

pub(super) fn read(bytes: &[u8], location: Location) -> Result<Article, Reason> {
    let decoded = decode(bytes, declared_charset(bytes))?;
    let doc = Html::parse_document(&decoded.text);
    let s = selectors();

    let title = attr_of(&doc, &s.og_title, "content")
        .map(collapse)
        .or_else(|| first_text(&doc, &s.title))
        .or_else(|| first_text(&doc, &s.h1))
        .filter(|t| !t.is_empty());

    let mut notes = Vec::new();
    let date_value = attr_of(&doc, &s.published_meta, "content")
        .map(str::to_string)
        .or_else(|| attr_of(&doc, &s.time, "datetime").map(str::to_string))
        .or_else(|| {
            doc.select(&s.json_ld).find_map(|e| {
                let json: serde_json::Value =
                    serde_json::from_str(&e.text().collect::<String>()).ok()?;
                json_ld_date(&json)
            })
        });
    let published = date_value.as_deref().and_then(|v| {
        let d = dates::parse_date(v);
        if d.is_none() {
            notes.push(format!("publication date {v:?} is not a date; ignored"));
        }
        d
    });

    let root = s
        .roots
        .iter()
        .find_map(|sel| doc.select(sel).next())
        .unwrap_or_else(|| doc.root_element());
    let mut parts = blocks(root);
    if parts.is_empty() {
        let all = block_text(root);
        if !all.is_empty() {
            parts.push(all);
        }
    }
    // the title is the text's first line; an <h1> repeating it is not said twice
    if let (Some(t), Some(first)) = (&title, parts.first()) {
        if first == t {
            parts.remove(0);
        }
    }
    if parts.is_empty() && title.is_none() {
        return Err(Reason::NoText);
    }
    let mut text = String::new();
    if let Some(t) = &title {
        text.push_str(t);
        text.push('\n');
    }
    for p in &parts {
        text.push('\n');
        text.push_str(p);
        text.push('\n');
    }

    let url = attr_of(&doc, &s.canonical, "href")
        .or_else(|| attr_of(&doc, &s.og_url, "content"))
        .map(str::to_string);
    let lang = attr_of(&doc, &s.html, "lang").map(str::to_string);

    let mut article = Article {
        url,
        title,
        published,
        lang,
        origin: Some(location),
        text,
        notes,
        ..Article::default()
    };
    note_encoding(&mut article, decoded.encoding, decoded.nul);
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn loc() -> Location {
        Location::file("t.html")
    }

    #[test]
    fn wikinews_2012_page() {
        // ../shared/corpus/wikinews-fr-2012/documents/43971.html (Wikinews, CC BY 2.5), shortened
        let html = "<!DOCTYPE html>\n<html>\n<head>\n\t<meta charset=\"utf-8\">\n\t<title>États-Unis : Lancement réussi pour Space X Dragon</title>\n</head>\n<body>\n\t<h1>États-Unis : Lancement réussi pour Space X Dragon</h1>\n\n\t<h2>La fusée Falcon 9 a décollé sans problème ce matin à 7h44 UTC.</h2>\n\n\t<p>22 mai 2012. - Prévu initialement pour samedi dernier, le lancement a été reporté.</p>\n\n\t<p>Moins de quarante cinq minutes après le départ, la NASA indiquait : « La capsule est en orbite ».</p>\n</body>\n</html>\n";
        let a = read(html.as_bytes(), loc()).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("États-Unis : Lancement réussi pour Space X Dragon")
        );
        assert_eq!(
            a.text,
            "États-Unis : Lancement réussi pour Space X Dragon\n\nLa fusée Falcon 9 a décollé sans problème ce matin à 7h44 UTC.\n\n22 mai 2012. - Prévu initialement pour samedi dernier, le lancement a été reporté.\n\nMoins de quarante cinq minutes après le départ, la NASA indiquait : « La capsule est en orbite ».\n"
        );
        assert_eq!(
            a.published, None,
            "the dateline is found later, by complete()"
        );
        assert_eq!(
            dates::find_dateline(&a.text),
            NaiveDate::from_ymd_opt(2012, 5, 22)
        );
    }

    #[test]
    fn news_site_page_with_metadata_and_chrome() {
        let html = r#"<html lang="en"><head>
<meta property="og:title" content="Minister warns of  sanctions">
<meta property="article:published_time" content="2022-01-07T18:02:00Z">
<link rel="canonical" href="https://news.example/world/123">
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<header><p>Breaking news banner</p></header>
<article><h1>Minister warns of sanctions</h1>
<p>The minister <b>warned</b> on Friday<br>that sanctions were coming.</p>
<blockquote><p>"We will act," she said.</p></blockquote>
<aside><p>Related: other story</p></aside>
</article>
<footer><p>© News Example</p></footer></body></html>"#;
        let a = read(html.as_bytes(), loc()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Minister warns of sanctions"));
        assert_eq!(
            a.text,
            "Minister warns of sanctions\n\nThe minister warned on Friday that sanctions were coming.\n\n\"We will act,\" she said.\n"
        );
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 7));
        assert_eq!(a.url.as_deref(), Some("https://news.example/world/123"));
        assert_eq!(a.lang.as_deref(), Some("en"));
    }

    #[test]
    fn json_ld_and_time_dates() {
        let html = r#"<html><head><title>T</title><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-03-04T08:00:00+01:00"}]}
</script></head><body><p>Body text here.</p></body></html>"#;
        let a = read(html.as_bytes(), loc()).unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 3, 4));
        let html = r#"<html><body><h1>T</h1><time datetime="2020-02-29">29 Feb</time><p>Body.</p></body></html>"#;
        let a = read(html.as_bytes(), loc()).unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2020, 2, 29));
    }

    #[test]
    fn declared_latin1_is_honoured() {
        let html = b"<html><head><meta charset=\"iso-8859-1\"><title>D\xe9claration</title></head><body><p>L'\xc9lys\xe9e a r\xe9agi.</p></body></html>";
        let a = read(html, loc()).unwrap();
        assert_eq!(a.title.as_deref(), Some("Déclaration"));
        assert!(a.text.contains("L'Élysée a réagi."));
        assert_eq!(
            a.notes,
            vec!["not UTF-8: decoded as windows-1252".to_string()]
        );
    }

    #[test]
    fn page_without_text_is_refused() {
        assert!(matches!(
            read(b"<html><body><script>x</script></body></html>", loc()),
            Err(Reason::NoText)
        ));
    }
}
