//! Hostile input and failing disks (issue 18): a real `parley serve` under cross-site requests,
//! DNS rebinding, stored script, queries that would not end and idle sockets; storage errors and
//! full disks; inputs that are not what they say.

use std::path::{Path, PathBuf};

use super::scale_out::{curl, serve, served_store};
use super::{run_in, tool};

/// An article whose url, title and quote are attacks on whoever opens a page of the timeline.
const HOSTILE_ARTICLE: &str = r#"{"id": "x1", "url": "javascript:alert(document.domain)", "title": "<script>alert('t')</script> Moscou & Kiev", "published": "2022-01-08", "lang": "fr", "text": "Moscou a dénoncé les propos « <img src=x onerror=alert(1)> » du secrétaire d'Etat américain Antony Blinken."}
"#;

fn hostile_store(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    let r = run_in(
        &store,
        &["ingest", "--format", "jsonl", "-"],
        Some(HOSTILE_ARTICLE),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    store
}

/// What every page of the timeline must hold: the attack as text, never as markup or a link.
fn assert_defused(page: &str) {
    assert!(
        !page.contains("javascript:alert(document.domain)\""),
        "{page}"
    );
    assert!(!page.contains("href=\"javascript"), "{page}");
    assert!(!page.contains("<img src=x"), "{page}");
    assert!(!page.contains("<script>alert"), "{page}");
    // shown, escaped
    assert!(
        page.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the quote is shown: {page}"
    );
    assert!(
        page.contains("&lt;script&gt;alert(&apos;t&apos;)&lt;/script&gt; Moscou &amp; Kiev"),
        "the title is shown: {page}"
    );
    assert!(
        page.contains("(javascript:alert(document.domain))"),
        "the url is shown as text: {page}"
    );
}

#[test]
fn a_javascript_url_is_never_a_link_and_pages_carry_a_strict_policy() {
    let dir = tempfile::tempdir().unwrap();
    let store = hostile_store(dir.path());
    // the file: the url as text, and a policy in the page itself
    let file = dir.path().join("timeline.html");
    let r = run_in(
        &store,
        &[
            "timeline",
            "--format",
            "html",
            "--output",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = std::fs::read_to_string(&file).unwrap();
    assert_defused(&page);
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &apos;none&apos;; script-src &apos;sha256-"
    ));
    // Markdown: no link to it, and no markup a renderer would pass through
    let md = super::cli_out(&store, &["timeline", "--format", "markdown"]);
    assert!(!md.contains("](javascript") && !md.contains("<img"), "{md}");
    assert!(
        md.contains("article: `javascript:alert(document.domain)`"),
        "{md}"
    );
    // an http url stays a link
    let fine =
        HOSTILE_ARTICLE.replace("javascript:alert(document.domain)", "https://example.org/a");
    let other = dir.path().join("other");
    assert_eq!(
        run_in(&other, &["ingest", "--format", "jsonl", "-"], Some(&fine)).code,
        0
    );
    let html = super::cli_out(&other, &["timeline", "--format", "html"]);
    assert!(
        html.contains("<a href=\"https://example.org/a\">"),
        "{html}"
    );

    if !tool("curl", &["--version"]) {
        return;
    }
    let server = serve(&store, &[]);
    let a = curl(&[&format!("{}/timeline", server.base)]);
    assert_eq!(a.status, 200, "{}", a.body);
    assert_defused(&a.body);
    let csp = a.header("content-security-policy").unwrap();
    assert!(
        csp.starts_with("default-src 'none'; script-src 'sha256-"),
        "{csp}"
    );
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe"),
        "{csp}"
    );
    assert_eq!(
        a.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    // the query page, data and errors too
    for path in [
        "/",
        "/query?query=ASK%7B%7D",
        "/nowhere",
        "/timeline?format=csv",
    ] {
        let a = curl(&[&format!("{}{path}", server.base)]);
        assert_eq!(
            a.header("x-content-type-options").as_deref(),
            Some("nosniff"),
            "{path}"
        );
        let csp = a.header("content-security-policy").unwrap_or_default();
        assert!(csp.starts_with("default-src 'none'"), "{path}: {csp}");
    }
    let page = curl(&[&format!("{}/", server.base)]);
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("connect-src 'self'"));
}

#[test]
fn another_site_cannot_update_the_store_nor_read_it_through_dns_rebinding() {
    if !tool("curl", &["--version"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = served_store(dir.path());
    let server = serve(
        &store,
        &["--allow-update", "--cors", "https://yasgui.example"],
    );
    let b = &server.base;
    let count = || {
        let a = curl(&[
            &format!("{b}/query"),
            "-H",
            "Accept: text/csv",
            "--data-urlencode",
            "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ]);
        assert_eq!(a.status, 200, "{}", a.body);
        a.body
    };
    let before = count();
    let drop_all = "update=DROP ALL";
    // a form on another site, sent by the user's browser
    for headers in [
        vec!["Origin: https://evil.example"],
        vec!["Origin: null"],
        vec!["Origin: https://evil.example", "Sec-Fetch-Site: cross-site"],
        // a browser that names no origin but says where it comes from
        vec!["Sec-Fetch-Site: cross-site"],
        vec!["Referer: https://evil.example/page.html"],
    ] {
        let mut args = vec![
            format!("{b}/update"),
            "--data-urlencode".into(),
            drop_all.into(),
        ];
        for h in &headers {
            args.push("-H".into());
            args.push(h.to_string());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let a = curl(&args);
        assert_eq!(a.status, 403, "{headers:?}: {}", a.body);
        assert!(
            a.body.contains("not from pages of other sites"),
            "{}",
            a.body
        );
    }
    // a raw SPARQL body from another origin too
    let a = curl(&[
        &format!("{b}/update"),
        "-H",
        "Origin: https://evil.example",
        "-H",
        "Content-Type: application/sparql-update",
        "--data-binary",
        "DROP ALL",
    ]);
    assert_eq!(a.status, 403, "{}", a.body);
    assert_eq!(count(), before, "nothing was dropped");
    // the server's own page, the origin given to --cors, and programs (no Origin) may update
    let insert = |origin: Option<&str>, graph: &str| {
        let update =
            format!("update=INSERT DATA {{ GRAPH <urn:x:{graph}> {{ <urn:a> <urn:b> 1 }} }}");
        let mut args = vec![format!("{b}/update"), "--data-urlencode".into(), update];
        if let Some(o) = origin {
            args.push("-H".into());
            args.push(format!("Origin: {o}"));
            args.push("-H".into());
            args.push("Sec-Fetch-Site: same-origin".into());
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        curl(&args).status
    };
    assert_eq!(insert(Some(b), "own"), 204);
    assert_eq!(insert(Some("https://yasgui.example"), "cors"), 204);
    assert_eq!(insert(None, "program"), 204);
    assert_ne!(count(), before);

    // DNS rebinding: a page of attacker.example, whose name now points at 127.0.0.1, sends its
    // own name as Host; it gets nothing, whatever the path
    let port = b.rsplit(':').next().unwrap();
    for path in [
        "/",
        "/query?query=ASK%7B%7D",
        "/timeline",
        "/export.graphml",
    ] {
        let a = curl(&[
            "-H",
            &format!("Host: attacker.example:{port}"),
            &format!("{b}{path}"),
        ]);
        assert_eq!(a.status, 421, "{path}: {}", a.body);
        assert!(a.body.contains("localhost:"), "{}", a.body);
    }
    // a wrong port is another server's name too
    let a = curl(&["-H", "Host: localhost:1", &format!("{b}/")]);
    assert_eq!(a.status, 421);
    // the names of this machine's loopback interface are fine
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let a = curl(&["-H", &format!("Host: {host}"), &format!("{b}/")]);
        assert_eq!(a.status, 200, "{host}");
    }
}
