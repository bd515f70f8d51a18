//! What keeps the HTML pages Parley writes (`timeline --format html`, `parley serve`'s pages) safe
//! to open whatever the store holds: which stored urls may become links, and the
//! Content-Security-Policy that allows a page's own inline style and script and nothing else; and
//! the escaping of text into HTML and XML (the pages, GraphML, GEXF).
//!
//! Invariant: every text from the store is escaped before it reaches a page, so the only `<script>`
//! and `<style>` elements of a page are the ones Parley wrote; the policy is computed from them.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Text as XML 1.0 allows it: escaped, forbidden characters removed.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `url` if a page may link to it: an `http` or `https` URL, or a relative one. Anything else
/// (`javascript:`, `data:`, `vbscript:`, `file:`…) is shown as text, never followed.
///
/// Browsers drop tabs and line breaks anywhere in a url and leading spaces and control characters
/// before they read its scheme (`java\nscript:` is `javascript:`): the scheme is read the same way.
pub fn safe_link(url: &str) -> Option<&str> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end = cleaned.find(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)));
    let safe = match scheme_end {
        // a scheme is a letter then letters, digits, `+`, `-`, `.`, ended by a colon
        Some(end) if end > 0 && cleaned[end..].starts_with(':') => {
            let scheme = &cleaned[..end];
            !scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                || scheme.eq_ignore_ascii_case("http")
                || scheme.eq_ignore_ascii_case("https")
        }
        // no scheme: a relative link (a path, a query, a fragment, or //host for the page's own)
        _ => true,
    };
    (safe && !url.is_empty()).then_some(url)
}

/// The `'sha256-…'` source of an inline element's text.
fn hash_source(text: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The text of every `<tag>…</tag>` element of `html` (written without attributes, as Parley
/// writes them).
fn inline_elements<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else { break };
        found.push(&after[..end]);
        rest = &after[end + close.len()..];
    }
    found
}

/// A strict Content-Security-Policy for a page Parley wrote: nothing loads or runs but the page's
/// own inline `<style>` and `<script>` elements (by hash), no plugin, no form sent elsewhere;
/// `fetch` may reach the same server when `connect_self`. (A server adds `frame-ancestors`, which
/// a `<meta>` policy cannot hold.)
pub fn content_security_policy(html: &str, connect_self: bool) -> String {
    let sources = |tag: &str| {
        let hashes: Vec<String> = inline_elements(html, tag)
            .into_iter()
            .map(hash_source)
            .collect();
        if hashes.is_empty() {
            "'none'".to_string()
        } else {
            hashes.join(" ")
        }
    };
    format!(
        "default-src 'none'; script-src {}; style-src {}; connect-src {}; img-src 'self'; \
         base-uri 'none'; form-action 'self'",
        sources("script"),
        sources("style"),
        if connect_self { "'self'" } else { "'none'" }
    )
}

/// The policy of anything that is not one of Parley's pages (data, messages): nothing runs.
pub const DATA_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_is_escaped_and_cleaned() {
        assert_eq!(
            xml_escape("a < b & \"c\" \u{1}d"),
            "a &lt; b &amp; &quot;c&quot; d"
        );
    }

    #[test]
    fn only_http_https_and_relative_urls_are_links() {
        for ok in [
            "https://www.lemonde.fr/a.html",
            "HTTP://example.org/",
            "/timeline?actor=x",
            "article.html",
            "//example.org/x",
            "#top",
            "?q=1",
            "a/b:c",
        ] {
            assert_eq!(safe_link(ok), Some(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(document.domain)",
            "JavaScript:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\nscript:alert(1)",
            "jav\tascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_policy_allows_the_pages_own_inline_elements_only() {
        let html = "<html><head><style>p { color: red }</style></head><body><p>x</p>\
                    <script>console.log(1)</script></body></html>";
        let csp = content_security_policy(html, false);
        // the hashes a browser computes over the elements' text
        assert!(csp.contains(&hash_source("p { color: red }")), "{csp}");
        assert!(csp.contains(&hash_source("console.log(1)")), "{csp}");
        assert!(csp.starts_with("default-src 'none'; "));
        assert!(csp.contains("connect-src 'none'"));
        assert!(!csp.contains("unsafe"));
        let none = content_security_policy("<p>plain</p>", true);
        assert!(none.contains("script-src 'none'; style-src 'none'; connect-src 'self'"));
        assert_eq!(
            hash_source(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
    }
}
