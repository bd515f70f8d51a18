//! `parley serve`: the store over HTTP.
//!
//! - `/query`: the SPARQL 1.1 Protocol (GET `?query=`, POST form or `application/sparql-query`),
//!   results by content negotiation; `name=` runs a catalogue query with its parameters.
//! - `/update`: SPARQL UPDATE (POST form or `application/sparql-update`), only with
//!   `--allow-update`.
//! - `/` a page with a query box and the catalogue; `/timeline` the timeline (HTML by default);
//!   `/export.graphml` and `/export.gexf` the exports. Their URL parameters are the command line's
//!   options (`/timeline?actor=Blinken&from=2022-01-01`), read by the [`Frontend`] the caller gives.
//!
//! Safe by default: loopback only, read-only, a time limit per query, a size limit per request, no
//! CORS headers unless `--cors ORIGIN`. Input: an open store and a [`Config`]; [`start`] listens
//! and answers on other threads until the [`Running`] server is stopped. Routes (`routes`), SPARQL
//! evaluation (`sparql`), streaming (`stream`), HTTP helpers (`http`) and the limits of each
//! evaluation (`limits`) are its parts; it calls library functions only.

use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Request, Response, StatusCode};
use oxhttp::Server;

mod http;
mod limits;
mod routes;
mod sparql;
mod stream;

use http::{bad_request, fail, response, secure_headers, HttpError};
pub use limits::half_of_the_memory;
use limits::{Slots, Watch};

use crate::store::{ParleyStore, StoreError};
use crate::{export, timeline};

/// The page at `/`: a query box, the catalogue, results as a table.
const PAGE: &str = include_str!("page.html");

/// How long a connection may stay silent: an idle keep-alive connection, a client that stops
/// sending its request or stops reading its answer, is closed after this.
const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// Connections open at once (each has a thread; most wait for their client). Only
/// `max_connections` of them are evaluated at a time.
const MAX_OPEN_CONNECTIONS: usize = 1024;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    /// Whether `/update` changes the store (else it is refused).
    pub allow_update: bool,
    /// The evaluation time of a request (`None`: no limit).
    pub timeout: Option<Duration>,
    /// The largest request (URL or body), in bytes.
    pub max_bytes: usize,
    /// The origin whose pages may read answers (`*` for any), `None` for no CORS headers.
    pub cors: Option<String>,
    /// Requests evaluated at a time.
    pub max_connections: usize,
    /// The memory ceiling of the process, in bytes (`None`: none).
    pub max_memory: Option<u64>,
    /// Where the server says what it does on its own (a restart): a line for people.
    pub report: fn(&str),
}

/// What the server leaves to its caller: reading the timeline's and the exports' URL parameters
/// as the command line's options (`actor=X` is `--actor=X`), and writing a table for people.
/// An error is the message of a 400 answer.
pub trait Frontend: Send + Sync {
    /// The timeline a request's parameters ask for, and its format (`None`: HTML).
    fn timeline_request(
        &self,
        params: &[(String, String)],
    ) -> Result<(timeline::Request, Option<timeline::Format>), String>;
    /// The export a request's parameters ask for.
    fn export_request(&self, params: &[(String, String)]) -> Result<export::Request, String>;
    /// A table of a header and rows, as text.
    fn write_table(
        &self,
        out: &mut dyn Write,
        header: &[String],
        rows: &[Vec<String>],
    ) -> io::Result<()>;
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("server name")]
    Name(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("cannot listen on {addr}")]
    Listen {
        addr: SocketAddr,
        #[source]
        source: io::Error,
    },
}

/// A server answering on its own threads.
pub struct Running {
    service: Arc<Service>,
    _listening: oxhttp::ListeningServer,
}

impl Running {
    /// Stops answering and writes what updates changed to disk.
    pub fn stop(self) -> Result<(), StoreError> {
        self.service.store.flush()
    }
}

/// Listens on `config.addr` and answers from `store`.
pub fn start(
    config: Config,
    store: ParleyStore,
    frontend: Box<dyn Frontend>,
) -> Result<Running, ServeError> {
    let addr = config.addr;
    let service = Arc::new(Service {
        addr,
        store,
        allow_update: config.allow_update,
        timeout: config.timeout,
        max_bytes: config.max_bytes,
        cors: config.cors,
        watch: Watch::start(config.timeout, config.max_memory, config.report),
        slots: Arc::new(Slots {
            used: Mutex::new(0),
            freed: std::sync::Condvar::new(),
            max: config.max_connections.max(1),
        }),
        frontend,
    });
    let handler = Arc::clone(&service);
    let server = Server::new(move |request| handler.handle(request))
        .bind(addr)
        .with_global_timeout(IO_TIMEOUT)
        .with_max_concurrent_connections(MAX_OPEN_CONNECTIONS.max(config.max_connections))
        .with_server_name(concat!("parley/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| ServeError::Name(Box::new(e)))?;
    let listening = server
        .spawn()
        .map_err(|source| ServeError::Listen { addr, source })?;
    Ok(Running {
        service,
        _listening: listening,
    })
}

struct Service {
    /// The address the server listens on (a loopback one checks the Host of each request).
    addr: SocketAddr,
    store: ParleyStore,
    allow_update: bool,
    timeout: Option<Duration>,
    max_bytes: usize,
    cors: Option<String>,
    watch: Arc<Watch>,
    slots: Arc<Slots>,
    frontend: Box<dyn Frontend>,
}

impl Service {
    fn handle(self: &Arc<Self>, request: &mut Request<Body>) -> Response<Body> {
        let mut response = self
            .check_host(request)
            .and_then(|()| self.route(request))
            .unwrap_or_else(HttpError::into_response);
        if let Some(origin) = self.cors_origin(request) {
            let headers = response.headers_mut();
            headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.insert(header::VARY, HeaderValue::from_static("Origin"));
        }
        secure_headers(&mut response);
        response
    }

    /// A loopback server answers only requests addressed to a loopback name (`localhost`,
    /// `127.0.0.1`, `[::1]`) and its own port: a web page whose own name an attacker pointed at
    /// 127.0.0.1 (DNS rebinding) sends that name, and is refused before it can read the store.
    fn check_host(&self, request: &Request<Body>) -> Result<(), HttpError> {
        if !self.addr.ip().is_loopback() {
            return Ok(());
        }
        let authority = request.uri().authority();
        let ok = authority.is_some_and(|a| {
            let host = a.host().trim_start_matches('[').trim_end_matches(']');
            let loopback = host.eq_ignore_ascii_case("localhost")
                || host
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            loopback && a.port_u16().unwrap_or(80) == self.addr.port()
        });
        if ok {
            Ok(())
        } else {
            Err(fail(
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "Host {}: this server answers requests to localhost:{port} or \
                     127.0.0.1:{port} only (a page of another site cannot read it)",
                    authority.map_or("(none)", |a| a.as_str()),
                    port = self.addr.port()
                ),
            ))
        }
    }

    /// A request that changes the store must come from this server's own page or a program, not
    /// from a page of another site (CSRF): an `Origin` other than this server's (or `--cors`'s
    /// origin) is refused, and so is a browser's request that says it comes from elsewhere
    /// (`Sec-Fetch-Site`) or that names no origin at all.
    fn check_same_origin(&self, request: &Request<Body>) -> Result<(), HttpError> {
        let headers = request.headers();
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
        };
        let own = request.uri().authority().map(|a| format!("http://{a}"));
        let refused = |why: String| {
            Err(fail(
                StatusCode::FORBIDDEN,
                format!(
                    "{why}: updates are accepted from this server's own page and from programs \
                     (curl, SPARQL clients), not from pages of other sites. Give --cors ORIGIN to \
                     accept that origin's updates"
                ),
            ))
        };
        match text(header::ORIGIN) {
            Some(origin) => {
                let allowed = own.as_deref() == Some(origin)
                    || self
                        .cors
                        .as_deref()
                        .is_some_and(|c| c != "*" && c == origin);
                if !allowed {
                    return refused(format!("Origin {origin} is another site"));
                }
            }
            None => {
                // every browser that sends Sec-Fetch-Site also sends Origin on a POST; a request
                // that has the one and not the other was not made by a page of this server
                if let Some(site) = text(oxhttp::model::HeaderName::from_static("sec-fetch-site")) {
                    if site != "same-origin" && site != "none" {
                        return refused(format!("Sec-Fetch-Site {site}"));
                    }
                }
                if headers.contains_key(header::REFERER) {
                    return refused("a browser's request without Origin".to_string());
                }
            }
        }
        Ok(())
    }

    /// The Access-Control-Allow-Origin value for this request, under `--cors`.
    fn cors_origin(&self, request: &Request<Body>) -> Option<HeaderValue> {
        let allowed = self.cors.as_deref()?;
        if allowed == "*" {
            return Some(HeaderValue::from_static("*"));
        }
        let origin = request.headers().get(header::ORIGIN)?;
        (origin.as_bytes() == allowed.as_bytes()).then(|| origin.clone())
    }

    fn too_large(&self) -> HttpError {
        fail(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request is larger than {} KB (serve --max-request-kb)",
                self.max_bytes / 1024
            ),
        )
    }

    /// The body as text, at most `max_bytes`.
    fn body(&self, request: &mut Request<Body>) -> Result<String, HttpError> {
        if request
            .body()
            .len()
            .is_some_and(|n| n > self.max_bytes as u64)
        {
            return Err(self.too_large());
        }
        let mut bytes = Vec::new();
        request
            .body_mut()
            .take(self.max_bytes as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| bad_request(format!("cannot read the request: {e}")))?;
        if bytes.len() > self.max_bytes {
            return Err(self.too_large());
        }
        String::from_utf8(bytes).map_err(|_| bad_request("the request body is not UTF-8"))
    }

    fn options(&self) -> Response<Body> {
        let mut r = response(StatusCode::NO_CONTENT, "text/plain", Body::empty());
        let headers = r.headers_mut();
        headers.insert(
            header::ALLOW,
            HeaderValue::from_static("GET, POST, OPTIONS"),
        );
        if self.cors.is_some() {
            // GET and POST are CORS-safelisted methods: a preflight needs the headers only (and
            // oxhttp does not send Access-Control-Allow-Methods)
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static("Accept, Content-Type, Authorization"),
            );
            headers.insert(
                header::ACCESS_CONTROL_MAX_AGE,
                HeaderValue::from_static("86400"),
            );
        }
        r
    }
}
