//! Writing to a remote store through the SPARQL 1.1 Graph Store HTTP Protocol: each article's
//! named graph is sent with `PUT URL?graph=IRI` (so a re-run replaces it, never duplicates it), as
//! N-Triples, with retries and exponential backoff when the server is unreachable or busy.
//! Credentials come from the environment, never from the command line (which `ps` shows).

use std::time::Duration;

use base64::Engine;
use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Method, Request, StatusCode};
use oxhttp::Client;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Quad;
use thiserror::Error;

/// A bearer token for the remote store.
pub const TOKEN_VAR: &str = "PARLEY_REMOTE_TOKEN";
/// A user name and password for the remote store (HTTP basic authentication).
pub const USER_VAR: &str = "PARLEY_REMOTE_USER";
pub const PASSWORD_VAR: &str = "PARLEY_REMOTE_PASSWORD";

#[derive(Debug, Error)]
pub enum RemoteError {
    #[error("--remote {0}: expected an http:// or https:// URL of a Graph Store Protocol endpoint (e.g. http://localhost:7878/store)")]
    Url(String),
    #[error("{0}")]
    Auth(String),
    /// The server answered, and said no (a client error: trying again would not help).
    #[error("{url} answered {status}{message}")]
    Refused {
        url: String,
        status: u16,
        message: String,
    },
    /// No answer, or the server kept saying it could not answer now; `hopeless` when trying
    /// again could not help (nothing listens, no such host, a certificate refused).
    #[error("{url}: {message} (after {tries} tr{})", if *tries == 1 { "y" } else { "ies" })]
    Unavailable {
        url: String,
        message: String,
        tries: u32,
        hopeless: bool,
    },
    #[error("cannot serialize the graph: {0}")]
    Serialize(std::io::Error),
}

impl RemoteError {
    /// Whether every later request will fail the same way (bad credentials, wrong endpoint).
    pub fn is_fatal(&self) -> bool {
        match self {
            RemoteError::Url(_) | RemoteError::Auth(_) => true,
            RemoteError::Refused { status, .. } => matches!(status, 401 | 403 | 404 | 405),
            RemoteError::Unavailable { hopeless, .. } => *hopeless,
            _ => false,
        }
    }
}

/// The Authorization header the environment asks for: a bearer token, or a user and password.
pub fn auth_from_env(
    var: impl Fn(&str) -> Option<String>,
) -> Result<Option<HeaderValue>, RemoteError> {
    let value = match (var(TOKEN_VAR), var(USER_VAR), var(PASSWORD_VAR)) {
        (Some(_), Some(_), _) => {
            return Err(RemoteError::Auth(format!(
                "{TOKEN_VAR} and {USER_VAR} are both set: keep one"
            )))
        }
        (Some(token), None, _) => format!("Bearer {}", token.trim()),
        (None, Some(user), password) => {
            let pair = format!("{user}:{}", password.unwrap_or_default());
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            )
        }
        (None, None, Some(_)) => {
            return Err(RemoteError::Auth(format!(
                "{PASSWORD_VAR} is set without {USER_VAR}"
            )))
        }
        (None, None, None) => return Ok(None),
    };
    HeaderValue::from_str(&value).map(Some).map_err(|_| {
        RemoteError::Auth(format!(
            "{TOKEN_VAR} or {USER_VAR}: not usable in an HTTP header"
        ))
    })
}

/// `url` as messages show it: a password or token written in it (`http://user:pass@host/…`)
/// becomes `***`.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}***{}", &url[..scheme_end], &rest[at..]),
        None => url.to_string(),
    }
}

/// The user name and password written in a URL (percent-decoded), and the URL without them.
fn userinfo(url: &str) -> (Option<(String, String)>, String) {
    let redacted = redact(url);
    if redacted == url {
        return (None, url.to_string());
    }
    let scheme_end = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let at = rest[..authority_end].rfind('@').unwrap_or(0);
    let (user, password) = rest[..at].split_once(':').unwrap_or((&rest[..at], ""));
    let decode = |s: &str| percent_decode(s);
    (
        Some((decode(user), decode(password))),
        format!("{}{}", &url[..scheme_end], &rest[at + 1..]),
    )
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a failed connection could succeed if tried again: not when nothing listens at the
/// address, the host name does not exist, or the address or a certificate is refused.
fn worth_retrying(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    let text = e.to_string();
    !(matches!(
        e.kind(),
        ConnectionRefused | InvalidInput | InvalidData | PermissionDenied
    ) || text.contains("Name or service not known")
        || text.contains("No address associated with hostname")
        || text.contains("nodename nor servname"))
}

/// A Graph Store Protocol endpoint.
pub struct Remote {
    client: Client,
    /// The URL requests go to (without credentials), as messages show it.
    url: String,
    auth: Option<HeaderValue>,
    retries: u32,
    backoff: Duration,
}

/// How a graph was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub tries: u32,
}

impl Remote {
    /// `retries`: tries after the first when the server is unreachable or busy; `backoff`: the
    /// first wait, doubled at each retry (at most a minute), unless the server says (Retry-After).
    pub fn new(
        url: &str,
        auth: Option<HeaderValue>,
        retries: u32,
        backoff: Duration,
        timeout: Duration,
    ) -> Result<Self, RemoteError> {
        let lower = url.to_ascii_lowercase();
        // credentials written in the URL are sent as HTTP basic authentication (unless the
        // environment gives some), and never shown
        let (credentials, url) = userinfo(url);
        if !(lower.starts_with("http://") || lower.starts_with("https://"))
            || url.parse::<oxhttp::model::Uri>().is_err()
        {
            return Err(RemoteError::Url(redact(&url)));
        }
        let auth = match (auth, credentials) {
            (Some(a), _) => Some(a),
            (None, Some((user, password))) => {
                let pair = format!("{user}:{password}");
                HeaderValue::from_str(&format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(pair)
                ))
                .ok()
            }
            (None, None) => None,
        };
        Ok(Remote {
            client: Client::new()
                .with_global_timeout(timeout)
                .with_redirection_limit(5),
            url,
            auth,
            retries,
            backoff,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The URL that names `graph` (the protocol's indirect identification).
    fn graph_url(&self, graph: &str) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        let encoded: String = form_urlencoded::byte_serialize(graph.as_bytes()).collect();
        format!("{}{sep}graph={encoded}", self.url)
    }

    /// Replaces `graph` on the remote store by the triples of `quads` (their graph names are
    /// dropped: they all belong to `graph`).
    pub fn put_graph(&self, graph: &str, quads: &[Quad]) -> Result<Sent, RemoteError> {
        let mut body = Vec::with_capacity(quads.len() * 160);
        let mut ser = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
        for q in quads {
            ser.serialize_triple(oxigraph::model::TripleRef::new(
                &q.subject,
                &q.predicate,
                &q.object,
            ))
            .map_err(RemoteError::Serialize)?;
        }
        ser.finish().map_err(RemoteError::Serialize)?;
        let url = self.graph_url(graph);
        let mut tries = 0;
        loop {
            tries += 1;
            let wait = match self.put_once(&url, body.clone()) {
                Ok(()) => return Ok(Sent { tries }),
                Err(Attempt::Refused(status, message)) => {
                    return Err(RemoteError::Refused {
                        url: self.url.clone(),
                        status,
                        message,
                    })
                }
                Err(Attempt::Hopeless(message)) => {
                    return Err(RemoteError::Unavailable {
                        url: self.url.clone(),
                        message,
                        tries,
                        hopeless: true,
                    })
                }
                Err(Attempt::Again(message, retry_after)) => {
                    if tries > self.retries {
                        return Err(RemoteError::Unavailable {
                            url: self.url.clone(),
                            message,
                            tries,
                            hopeless: false,
                        });
                    }
                    retry_after.unwrap_or_else(|| {
                        self.backoff
                            .saturating_mul(1 << (tries - 1).min(16))
                            .min(Duration::from_secs(60))
                    })
                }
            };
            std::thread::sleep(wait);
        }
    }

    fn put_once(&self, url: &str, body: Vec<u8>) -> Result<(), Attempt> {
        let mut request = Request::builder()
            .method(Method::PUT)
            .uri(url)
            .header(header::CONTENT_TYPE, "application/n-triples")
            .body(body)
            .map_err(|e| Attempt::Refused(0, format!(": {e}")))?;
        if let Some(auth) = &self.auth {
            request
                .headers_mut()
                .insert(header::AUTHORIZATION, auth.clone());
        }
        let mut response = match self.client.request(request) {
            Ok(r) => r,
            Err(e) if worth_retrying(&e) => return Err(Attempt::Again(e.to_string(), None)),
            Err(e) => return Err(Attempt::Hopeless(e.to_string())),
        };
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let retry_after = response
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|s| Duration::from_secs(s.min(300)));
        let text = std::mem::take(response.body_mut())
            .to_string()
            .unwrap_or_default();
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let message = if first.is_empty() {
            String::new()
        } else {
            format!(": {}", first.chars().take(300).collect::<String>())
        };
        let transient = status.is_server_error()
            || status == StatusCode::TOO_MANY_REQUESTS
            || status == StatusCode::REQUEST_TIMEOUT;
        if transient {
            Err(Attempt::Again(
                format!("answered {}{message}", status.as_u16()),
                retry_after,
            ))
        } else {
            Err(Attempt::Refused(status.as_u16(), message))
        }
    }
}

/// How one request failed: worth trying again (with the server's wait, if it gave one), or not
/// (the server said no; no server could be reached and none will be).
enum Attempt {
    Again(String, Option<Duration>),
    Refused(u16, String),
    Hopeless(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn credentials_come_from_the_environment() {
        assert_eq!(auth_from_env(env(&[])).unwrap(), None);
        assert_eq!(
            auth_from_env(env(&[(TOKEN_VAR, "abc.def\n")])).unwrap(),
            Some(HeaderValue::from_static("Bearer abc.def"))
        );
        // RFC 7617's example
        assert_eq!(
            auth_from_env(env(&[(USER_VAR, "Aladdin"), (PASSWORD_VAR, "open sesame")])).unwrap(),
            Some(HeaderValue::from_static(
                "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
            ))
        );
        assert!(auth_from_env(env(&[(TOKEN_VAR, "a"), (USER_VAR, "b")])).is_err());
        assert!(auth_from_env(env(&[(PASSWORD_VAR, "b")])).is_err());
    }

    #[test]
    fn graphs_are_named_in_the_query_string() {
        let r = Remote::new(
            "http://localhost:7878/store",
            None,
            0,
            Duration::ZERO,
            Duration::from_secs(1),
        )
        .unwrap();
        assert_eq!(
            r.graph_url("https://w3id.org/parley/graph/article/ab"),
            "http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fparley%2Fgraph%2Farticle%2Fab"
        );
        let r = Remote::new(
            "http://h/ds/data?x=1",
            None,
            0,
            Duration::ZERO,
            Duration::from_secs(1),
        )
        .unwrap();
        assert!(r.graph_url("urn:g").ends_with("?x=1&graph=urn%3Ag"));
        for bad in ["localhost:7878/store", "ftp://h/x", "http://"] {
            assert!(
                Remote::new(bad, None, 0, Duration::ZERO, Duration::ZERO).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_refused_connection_is_not_tried_again() {
        // a port nobody listens on: connection refused at once, and it would be again
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let r = Remote::new(
            &format!("http://127.0.0.1:{port}/store"),
            None,
            5,
            Duration::from_secs(5),
            Duration::from_secs(2),
        )
        .unwrap();
        let started = std::time::Instant::now();
        match r.put_graph("urn:g", &[]) {
            Err(e @ RemoteError::Unavailable { tries: 1, .. }) => {
                assert!(e.is_fatal());
                assert!(e.to_string().ends_with("(after 1 try)"), "{e}");
            }
            other => panic!("{other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(5));
        // a timeout may pass: it is worth another try
        assert!(worth_retrying(&std::io::Error::from(
            std::io::ErrorKind::TimedOut
        )));
        assert!(!worth_retrying(&std::io::Error::other(
            "failed to lookup address information: Name or service not known"
        )));
    }

    #[test]
    fn credentials_in_the_url_are_used_and_never_shown() {
        assert_eq!(
            redact("https://alice:s3cr%40t@db.example:7878/store?x=1"),
            "https://***@db.example:7878/store?x=1"
        );
        assert_eq!(redact("http://h/a@b"), "http://h/a@b");
        assert_eq!(redact("http://token@h/"), "http://***@h/");
        let r = Remote::new(
            "http://alice:s3cr%40t@localhost:7878/store",
            None,
            0,
            Duration::ZERO,
            Duration::from_secs(1),
        )
        .unwrap();
        assert_eq!(r.url(), "http://localhost:7878/store");
        assert_eq!(
            r.auth,
            Some(HeaderValue::from_static("Basic YWxpY2U6czNjckB0"))
        );
        // the environment's credentials go first
        let token = HeaderValue::from_static("Bearer t");
        let r = Remote::new(
            "http://alice:pw@localhost:7878/store",
            Some(token.clone()),
            0,
            Duration::ZERO,
            Duration::from_secs(1),
        )
        .unwrap();
        assert_eq!(r.auth, Some(token));
        let e = Remote::new(
            "ftp://alice:pw@h/x",
            None,
            0,
            Duration::ZERO,
            Duration::ZERO,
        )
        .err()
        .unwrap();
        assert!(!e.to_string().contains("pw"), "{e}");
    }
}
