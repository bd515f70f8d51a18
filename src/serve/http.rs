//! The HTTP side of the server: errors as answers (a status and a message for people), the
//! parameters of a request (URL and form), content negotiation (the `Accept` header or a `format`
//! parameter), and the headers every answer carries.

use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Request, Response, StatusCode};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// An answer other than 200: a status and a message for people (text/plain).
#[derive(Debug)]
pub(super) struct HttpError {
    pub(super) status: StatusCode,
    pub(super) message: String,
    pub(super) allow: Option<&'static str>,
}

pub(super) fn fail(status: StatusCode, message: impl Into<String>) -> HttpError {
    HttpError {
        status,
        message: message.into(),
        allow: None,
    }
}

pub(super) fn bad_request(message: impl Into<String>) -> HttpError {
    fail(StatusCode::BAD_REQUEST, message)
}

pub(super) fn not_allowed(allow: &'static str) -> HttpError {
    HttpError {
        status: StatusCode::METHOD_NOT_ALLOWED,
        message: format!("this resource answers {allow}"),
        allow: Some(allow),
    }
}

pub(super) fn response(
    status: StatusCode,
    content_type: &str,
    body: impl Into<Body>,
) -> Response<Body> {
    let mut r = Response::new(body.into());
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(content_type) {
        r.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    r
}

impl HttpError {
    pub(super) fn into_response(self) -> Response<Body> {
        let mut r = response(
            self.status,
            "text/plain; charset=utf-8",
            format!("{}\n", self.message),
        );
        if let Some(allow) = self.allow {
            r.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static(allow));
        }
        r
    }
}

/// A request's parameters: the URL's query string, then a form body's fields.
pub(super) type Params = Vec<(String, String)>;

pub(super) fn url_params(request: &Request<Body>) -> Params {
    form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

pub(super) fn all<'a, 'n>(
    params: &'a Params,
    name: &'n str,
) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
    params
        .iter()
        .filter(move |(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The value of a parameter given at most once.
pub(super) fn one<'a>(params: &'a Params, name: &str) -> Result<Option<&'a str>, HttpError> {
    let mut values = all(params, name);
    let first = values.next();
    if values.next().is_some() {
        return Err(bad_request(format!("{name} is given more than once")));
    }
    Ok(first)
}

/// The media type of a request's body, lower case, without parameters.
pub(super) fn content_type(request: &Request<Body>) -> String {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The media types of an Accept header, best first (q=0 left out; `*/*` when absent).
pub(super) fn accepted(request: &Request<Body>) -> Vec<String> {
    let Some(accept) = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
    else {
        return vec!["*/*".into()];
    };
    let mut types: Vec<(f32, String)> = accept
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            let mut q = 1.0f32;
            for p in parts {
                if let Some(v) = p.trim().strip_prefix("q=") {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            (q > 0.0 && !media.is_empty()).then_some((q, media))
        })
        .collect();
    // stable: equal weights keep the client's order
    types.sort_by(|a, b| b.0.total_cmp(&a.0));
    types.into_iter().map(|(_, m)| m).collect()
}

/// The first accepted media type `parse` knows (`default` for a wildcard); a `format` parameter
/// (`json`, `csv`, `ttl`… or a media type) goes before the Accept header.
pub(super) fn negotiate<F: Copy>(
    format: Option<&str>,
    accepted: &[String],
    default: F,
    parse: impl Fn(&str) -> Option<F>,
    offered: &str,
) -> Result<F, HttpError> {
    if let Some(f) = format {
        return parse(f).ok_or_else(|| {
            bad_request(format!(
                "format={f}: not a format of this result ({offered})"
            ))
        });
    }
    for media in accepted {
        if media == "*/*" || media == "application/*" || media == "text/*" {
            return Ok(default);
        }
        if let Some(f) = parse(media) {
            return Ok(f);
        }
    }
    Err(fail(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "none of the accepted types ({}) is available for this result: {offered}",
            accepted.join(", ")
        ),
    ))
}

pub(super) fn solutions_format(s: &str) -> Option<QueryResultsFormat> {
    QueryResultsFormat::from_extension(s).or_else(|| QueryResultsFormat::from_media_type(s))
}

pub(super) fn graph_format(s: &str) -> Option<RdfFormat> {
    RdfFormat::from_extension(s).or_else(|| RdfFormat::from_media_type(s))
}

pub(super) const SOLUTION_TYPES: &str =
    "application/sparql-results+json, application/sparql-results+xml, \
                              text/csv, text/tab-separated-values";
pub(super) const GRAPH_TYPES: &str = "text/turtle, application/n-triples, application/ld+json, \
                           application/rdf+xml, application/n-quads, application/trig";

/// An error and its causes, as `anyhow` writes them with `{:#}`: "outer: cause: cause".
pub(super) fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// One of Parley's pages, with the Content-Security-Policy that lets its own inline style and
/// script run and nothing else (`fetch` to this server when `connect_self`).
pub(super) fn html_page(html: String, connect_self: bool) -> Response<Body> {
    let policy = format!(
        "{}; frame-ancestors 'none'",
        crate::web::content_security_policy(&html, connect_self)
    );
    let mut r = response(StatusCode::OK, "text/html; charset=utf-8", html);
    if let Ok(v) = HeaderValue::from_str(&policy) {
        r.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
    }
    r
}

/// Headers of every answer: no MIME sniffing (a CSV or JSON answer is never read as a page), no
/// framing, no referrer, and a policy that lets nothing run where a page did not set its own.
pub(super) fn secure_headers(response: &mut Response<Body>) {
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(crate::web::DATA_POLICY));
}

pub(super) fn unsupported(media: &str, expected: &str) -> HttpError {
    fail(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        format!(
            "Content-Type {}: expected {expected}",
            if media.is_empty() { "(none)" } else { media }
        ),
    )
}
