//! `parley serve`: the store over HTTP.
//!
//! - `/query`: the SPARQL 1.1 Protocol (GET `?query=`, POST form or `application/sparql-query`),
//!   results by content negotiation; `name=` runs a catalogue query with its parameters.
//! - `/update`: SPARQL UPDATE (POST form or `application/sparql-update`), only with
//!   `--allow-update`.
//! - `/` a page with a query box and the catalogue; `/timeline` the timeline (HTML by default);
//!   `/export.graphml` and `/export.gexf` the exports. Their URL parameters are the command line's
//!   options (`/timeline?actor=Blinken&from=2022-01-01`).
//!
//! Safe by default: loopback only, read-only, a time limit per query, a size limit per request, no
//! CORS headers unless `--cors ORIGIN`.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxhttp::Server;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

mod limits;

use limits::{
    half_of_the_memory, send_answer, stop_answer, Chunk, Clock, Finished, Relayed, Slot, Slots,
    Watch, RELAY_CHUNKS,
};

use super::args::{ExportArgs, ExportFormat, ServeArgs, TimelineArgs, TimelineFormat};
use super::{output, Outcome};
use crate::query;
use crate::store::{Access, ParleyStore};

/// The page at `/`: a query box, the catalogue, results as a table.
const PAGE: &str = include_str!("page.html");

/// How long a connection may stay silent: an idle keep-alive connection, a client that stops
/// sending its request or stops reading its answer, is closed after this.
const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// Connections open at once (each has a thread; most wait for their client). Only
/// `--max-connections` of them are evaluated at a time.
const MAX_OPEN_CONNECTIONS: usize = 1024;

pub fn run(args: ServeArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let addrs: Vec<SocketAddr> = args
        .bind
        .to_socket_addrs()
        .with_context(|| format!("--bind {}: expected HOST:PORT", args.bind))?
        .collect();
    let addr = *addrs
        .first()
        .with_context(|| format!("--bind {}: no address", args.bind))?;
    let access = if args.allow_update {
        Access::ReadWrite
    } else {
        Access::Read
    };
    // readers share the store with the server; a writer refused is told where it answers
    let mut local = addr;
    if local.ip().is_unspecified() {
        local.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    let holder = crate::lock::Holder {
        command: command.to_string(),
        url: Some(format!("http://{local}/")),
    };
    let store = ParleyStore::open_as(store_dir, access, &holder)?;
    let timeout = (args.timeout > 0).then(|| Duration::from_secs(args.timeout));
    let service = Arc::new(Service {
        addr,
        store,
        allow_update: args.allow_update,
        timeout,
        max_bytes: args.max_request_kb.saturating_mul(1024),
        cors: args.cors.clone(),
        watch: Watch::start(
            timeout,
            match args.max_memory_mb {
                0 => half_of_the_memory(),
                mb => Some(mb << 20),
            },
        ),
        slots: Arc::new(Slots {
            used: Mutex::new(0),
            freed: std::sync::Condvar::new(),
            max: args.max_connections.max(1),
        }),
    });
    let handler = Arc::clone(&service);
    let server = Server::new(move |request| handler.handle(request))
        .bind(addr)
        .with_global_timeout(IO_TIMEOUT)
        .with_max_concurrent_connections(MAX_OPEN_CONNECTIONS.max(args.max_connections))
        .with_server_name(concat!("parley/", env!("CARGO_PKG_VERSION")))
        .context("server name")?;
    let _listening = server
        .spawn()
        .with_context(|| format!("cannot listen on {addr}"))?;
    super::catch_interrupts("stopping the server (Ctrl-C again to stop at once)");
    if !addr.ip().is_loopback() {
        output::error(&format!(
            "{addr} is not a loopback address: anyone who can reach this machine can query the store"
        ));
    }
    output::error(&format!(
        "serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/query{}); Ctrl-C stops",
        store_dir.display(),
        if args.allow_update {
            ", updates at /update"
        } else {
            ", read-only"
        }
    ));
    while !super::interrupted() {
        std::thread::sleep(Duration::from_millis(100));
    }
    service.store.flush()?;
    Ok(Outcome::Success)
}

/// An answer other than 200: a status and a message for people (text/plain).
#[derive(Debug)]
struct HttpError {
    status: StatusCode,
    message: String,
    allow: Option<&'static str>,
}

fn fail(status: StatusCode, message: impl Into<String>) -> HttpError {
    HttpError {
        status,
        message: message.into(),
        allow: None,
    }
}

fn bad_request(message: impl Into<String>) -> HttpError {
    fail(StatusCode::BAD_REQUEST, message)
}

fn not_allowed(allow: &'static str) -> HttpError {
    HttpError {
        status: StatusCode::METHOD_NOT_ALLOWED,
        message: format!("this resource answers {allow}"),
        allow: Some(allow),
    }
}

fn response(status: StatusCode, content_type: &str, body: impl Into<Body>) -> Response<Body> {
    let mut r = Response::new(body.into());
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(content_type) {
        r.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    r
}

impl HttpError {
    fn into_response(self) -> Response<Body> {
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
type Params = Vec<(String, String)>;

fn url_params(request: &Request<Body>) -> Params {
    form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

fn all<'a, 'n>(params: &'a Params, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
    params
        .iter()
        .filter(move |(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The value of a parameter given at most once.
fn one<'a>(params: &'a Params, name: &str) -> Result<Option<&'a str>, HttpError> {
    let mut values = all(params, name);
    let first = values.next();
    if values.next().is_some() {
        return Err(bad_request(format!("{name} is given more than once")));
    }
    Ok(first)
}

/// The media type of a request's body, lower case, without parameters.
fn content_type(request: &Request<Body>) -> String {
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
fn accepted(request: &Request<Body>) -> Vec<String> {
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
fn negotiate<F: Copy>(
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

fn solutions_format(s: &str) -> Option<QueryResultsFormat> {
    QueryResultsFormat::from_extension(s).or_else(|| QueryResultsFormat::from_media_type(s))
}

fn graph_format(s: &str) -> Option<RdfFormat> {
    RdfFormat::from_extension(s).or_else(|| RdfFormat::from_media_type(s))
}

const SOLUTION_TYPES: &str = "application/sparql-results+json, application/sparql-results+xml, \
                              text/csv, text/tab-separated-values";
const GRAPH_TYPES: &str = "text/turtle, application/n-triples, application/ld+json, \
                           application/rdf+xml, application/n-quads, application/trig";

/// A buffer the serializer writes into and the response body reads from.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A response body made as it is read: `step` serializes the next rows into `buffer` and says
/// whether more are to come. Memory stays bounded whatever the size of the result.
struct Streamed {
    buffer: Shared,
    at: usize,
    step: Option<Box<dyn FnMut() -> io::Result<bool>>>,
    /// Runs while rows are computed, not while the client reads them.
    clock: Arc<Clock>,
    _slot: Slot,
}

impl Drop for Streamed {
    /// The client went away, or the answer is complete: nothing more is evaluated.
    fn drop(&mut self) {
        self.clock.token.cancel();
    }
}

impl Read for Streamed {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            {
                let mut buffer = self.buffer.0.borrow_mut();
                if self.at < buffer.len() {
                    let n = out.len().min(buffer.len() - self.at);
                    out[..n].copy_from_slice(&buffer[self.at..self.at + n]);
                    self.at += n;
                    if self.at == buffer.len() {
                        buffer.clear();
                        self.at = 0;
                    }
                    return Ok(n);
                }
            }
            match &mut self.step {
                None => return Ok(0),
                Some(step) => {
                    self.clock.run();
                    let more = step();
                    self.clock.pause();
                    if !more? {
                        self.step = None;
                    }
                }
            }
        }
    }
}

/// Rows serialized per step of a streamed answer.
const ROWS_PER_STEP: usize = 512;

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

    fn route(self: &Arc<Self>, request: &mut Request<Body>) -> Result<Response<Body>, HttpError> {
        if request.uri().query().map_or(0, str::len) > self.max_bytes {
            return Err(self.too_large());
        }
        let path = request.uri().path().to_string();
        let method = request.method().clone();
        if method == Method::OPTIONS {
            return Ok(self.options());
        }
        match path.as_str() {
            "/" | "/index.html" => match method {
                Method::GET | Method::HEAD => Ok(self.page()),
                _ => Err(not_allowed("GET, HEAD")),
            },
            "/query" => match method {
                Method::GET => {
                    let params = url_params(request);
                    self.relay(request, params, None)
                }
                Method::POST => {
                    let mut params = url_params(request);
                    let body = self.body(request)?;
                    match content_type(request).as_str() {
                        "application/sparql-query" => self.relay(request, params, Some(body)),
                        "application/x-www-form-urlencoded" => {
                            params.extend(form_urlencoded::parse(body.as_bytes()).into_owned());
                            self.relay(request, params, None)
                        }
                        other => Err(unsupported(
                            other,
                            "application/sparql-query or application/x-www-form-urlencoded",
                        )),
                    }
                }
                _ => Err(not_allowed("GET, POST")),
            },
            "/update" => match method {
                Method::POST => {
                    if !self.allow_update {
                        return Err(fail(
                            StatusCode::FORBIDDEN,
                            "this server is read-only: start it with --allow-update to accept updates",
                        ));
                    }
                    self.check_same_origin(request)?;
                    let body = self.body(request)?;
                    let text =
                        match content_type(request).as_str() {
                            "application/sparql-update" => body,
                            "application/x-www-form-urlencoded" => {
                                let form: Params = form_urlencoded::parse(body.as_bytes())
                                    .into_owned()
                                    .collect();
                                one(&form, "update")?
                                    .ok_or_else(|| bad_request("no update: give update=…"))?
                                    .to_string()
                            }
                            other => return Err(unsupported(
                                other,
                                "application/sparql-update or application/x-www-form-urlencoded",
                            )),
                        };
                    if let Some(why) = query::outside_reach(&text) {
                        return Err(bad_request(why));
                    }
                    self.relay_update(text)
                }
                _ => Err(not_allowed("POST")),
            },
            "/timeline" => match method {
                Method::GET => self.timeline(&url_params(request)),
                _ => Err(not_allowed("GET")),
            },
            "/export.graphml" | "/export.gexf" => match method {
                Method::GET => {
                    let format = if path.ends_with("gexf") {
                        ExportFormat::Gexf
                    } else {
                        ExportFormat::Graphml
                    };
                    self.export(format, &url_params(request))
                }
                _ => Err(not_allowed("GET")),
            },
            _ => Err(fail(
                StatusCode::NOT_FOUND,
                format!(
                    "{path}: not here. This server answers /, /query, /update, /timeline, \
                     /export.graphml and /export.gexf"
                ),
            )),
        }
    }

    /// Answers a query from an evaluation thread: the answer is relayed as it comes, and the
    /// time limit holds even when the evaluation does not stop when asked (a join of rows already
    /// in memory never looks): the answer is then 503 on time, the evaluation is abandoned, and
    /// the watcher restarts the server to end it.
    fn relay(
        self: &Arc<Self>,
        request: &Request<Body>,
        params: Params,
        body: Option<String>,
    ) -> Result<Response<Body>, HttpError> {
        if let Some(why) = body
            .as_deref()
            .or(one(&params, "query")?)
            .and_then(query::outside_reach)
        {
            return Err(bad_request(why));
        }
        let accepted = accepted(request);
        self.evaluate_apart(move |service, clock, slot, tx| {
            let answer = service.query(&accepted, &params, body, clock, slot);
            send_answer(answer, tx);
        })
    }

    /// An update, from an evaluation thread as [`Self::relay`] answers a query.
    fn relay_update(self: &Arc<Self>, text: String) -> Result<Response<Body>, HttpError> {
        self.evaluate_apart(move |service, clock, _slot, tx| {
            let answer = service.update(&text, &clock);
            send_answer(answer, tx);
        })
    }

    /// Runs `evaluate` on its own thread with a slot and a clock, and relays what it sends.
    fn evaluate_apart(
        self: &Arc<Self>,
        evaluate: impl FnOnce(&Service, Arc<Clock>, Slot, std::sync::mpsc::SyncSender<Chunk>)
            + Send
            + 'static,
    ) -> Result<Response<Body>, HttpError> {
        let slot = Slots::take(&self.slots);
        let clock = self.watch.clock();
        let (tx, rx) = std::sync::mpsc::sync_channel(RELAY_CHUNKS);
        let (service, evaluating) = (Arc::clone(self), Arc::clone(&clock));
        let spawned = std::thread::Builder::new()
            .name("parley-evaluation".into())
            .spawn(move || {
                let _done = Finished(Arc::clone(&evaluating), Arc::clone(&service.watch));
                evaluate(&service, evaluating, slot, tx);
            });
        if let Err(e) = spawned {
            return Err(fail(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("cannot start an evaluation: {e}"),
            ));
        }
        let mut relayed = Relayed {
            rx,
            clock,
            watch: Arc::clone(&self.watch),
            timeout: self.timeout,
            rest: Vec::new(),
            at: 0,
            ended: false,
        };
        match relayed.next() {
            Some(Chunk::Head(status, media)) => {
                let mut r = response(status, &media, Body::from_read(relayed));
                if status == StatusCode::NO_CONTENT {
                    *r.body_mut() = Body::empty();
                }
                Ok(r)
            }
            Some(Chunk::Failed(e)) => Err(e),
            Some(Chunk::Bytes(_) | Chunk::End) | None => Err(relayed.gave_up()),
        }
    }

    /// The answer to an evaluation that failed: 503 when the watcher stopped it (time or
    /// memory), else the store's error (500).
    fn stopped(&self, clock: &Clock, error: String) -> HttpError {
        stop_answer(clock.stopped(), self.timeout, || {
            fail(StatusCode::INTERNAL_SERVER_ERROR, error)
        })
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

    fn page(&self) -> Response<Body> {
        let catalogue: Vec<serde_json::Value> = query::catalogue()
            .iter()
            .map(|q| {
                serde_json::json!({
                    "name": q.name,
                    "summary": q.summary,
                    "text": q.text,
                    "params": q.params.iter().map(|p| serde_json::json!({
                        "name": p.name, "type": p.kind.as_str(), "optional": p.optional,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        // inside <script>: "</" would end the element
        let json = serde_json::Value::Array(catalogue)
            .to_string()
            .replace("</", "<\\/");
        let html = PAGE.replace("{{catalogue}}", &json).replace(
            "{{mode}}",
            if self.allow_update {
                "read-write"
            } else {
                "read-only"
            },
        );
        html_page(html, true)
    }

    fn update(&self, text: &str, clock: &Clock) -> Result<Response<Body>, HttpError> {
        // a syntax error is the client's (400); what the store says after is the server's (500)
        let _checked = SparqlEvaluator::new()
            .parse_update(text)
            .map_err(|e| bad_request(format!("SPARQL syntax error: {e}")))?;
        let evaluator = SparqlEvaluator::new().with_cancellation_token(clock.token.clone());
        self.store
            .update_with(evaluator, text)
            .and_then(|()| self.store.flush())
            .map_err(|e| self.stopped(clock, e.to_string()))?;
        Ok(response(
            StatusCode::NO_CONTENT,
            "text/plain",
            Body::empty(),
        ))
    }

    /// The query of a request: `query` (from the URL, a form or the body), or `name` from the
    /// catalogue with its parameters as the other fields.
    fn query(
        &self,
        accepted: &[String],
        params: &Params,
        body: Option<String>,
        clock: Arc<Clock>,
        slot: Slot,
    ) -> Result<Response<Body>, HttpError> {
        const RESERVED: [&str; 5] = [
            "query",
            "name",
            "format",
            "default-graph-uri",
            "named-graph-uri",
        ];
        if let Some(why) = body
            .as_deref()
            .or(one(params, "query")?)
            .and_then(query::outside_reach)
        {
            return Err(bad_request(why));
        }
        let evaluator = SparqlEvaluator::new().with_cancellation_token(clock.token.clone());
        let prepared = match (body, one(params, "query")?, one(params, "name")?) {
            (Some(_), Some(_), _) | (_, Some(_), Some(_)) | (Some(_), _, Some(_)) => {
                return Err(bad_request(
                    "give one query: query=…, a body, or a catalogue name=…",
                ))
            }
            (Some(text), None, None) => {
                query::prepare_with(evaluator, &text, None, &Default::default())
            }
            (None, Some(text), None) => {
                query::prepare_with(evaluator, text, None, &Default::default())
            }
            (None, None, Some(name)) => {
                let named = query::named(name).ok_or_else(|| {
                    bad_request(format!("no catalogue query named {name:?} (see /)"))
                })?;
                let values: std::collections::BTreeMap<String, String> = params
                    .iter()
                    .filter(|(k, _)| !RESERVED.contains(&k.as_str()))
                    .cloned()
                    .collect();
                let values = crate::resolve::params(&self.store, Some(&named), values)
                    .map_err(|e| bad_request(error_chain(&e)))?;
                query::prepare_with(evaluator, named.text, Some(&named), &values)
            }
            (None, None, None) => {
                return Err(bad_request(
                    "no query: give query=… (GET or form), an application/sparql-query body, \
                     or name=… for a catalogue query",
                ))
            }
        };
        let mut prepared = prepared.map_err(|e| bad_request(e.to_string()))?;
        let iri = |s: &str| {
            NamedNode::new(s).map_err(|e| bad_request(format!("{s:?} is not an IRI: {e}")))
        };
        let defaults = all(params, "default-graph-uri")
            .map(|g| iri(g).map(GraphName::from))
            .collect::<Result<Vec<_>, _>>()?;
        let named = all(params, "named-graph-uri")
            .map(|g| iri(g).map(NamedOrBlankNode::from))
            .collect::<Result<Vec<_>, _>>()?;
        if !defaults.is_empty() {
            prepared.query.dataset_mut().set_default_graph(defaults);
        }
        if !named.is_empty() {
            prepared
                .query
                .dataset_mut()
                .set_available_named_graphs(named);
        }
        let stopped = |e: String| self.stopped(&clock, e);
        let results = self
            .store
            .evaluate(prepared.query)
            .map_err(|e| stopped(e.to_string()))?;
        let format_param = one(params, "format")?;
        let solutions = || {
            negotiate(
                format_param,
                accepted,
                QueryResultsFormat::Json,
                solutions_format,
                SOLUTION_TYPES,
            )
        };
        match results {
            QueryResults::Boolean(b) => {
                let f = solutions()?;
                let mut bytes = Vec::new();
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut bytes, b)
                    .map_err(|e| stopped(e.to_string()))?;
                Ok(response(StatusCode::OK, f.media_type(), bytes))
            }
            QueryResults::Solutions(mut rows) => {
                let f = solutions()?;
                let variables: Vec<Variable> = rows
                    .variables()
                    .iter()
                    .filter(|v| !prepared.hidden.contains(v))
                    .cloned()
                    .collect();
                // the first row is computed before answering: most errors, and the time limit,
                // then get their status code
                let first = rows
                    .next()
                    .transpose()
                    .map_err(|e| stopped(e.to_string()))?;
                let buffer = Shared::default();
                let serializer = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(buffer.clone(), variables.clone())
                    .map_err(|e| stopped(e.to_string()))?;
                let rows = first.map(Ok).into_iter().chain(rows);
                clock.pause();
                Ok(streamed(
                    (clock, slot),
                    f.media_type(),
                    buffer,
                    rows,
                    serializer,
                    move |ser, row| {
                        ser.serialize(
                            variables
                                .iter()
                                .filter_map(|v| row.get(v).map(|t| (v.as_ref(), t.as_ref()))),
                        )
                    },
                    |ser| ser.finish().map(drop),
                ))
            }
            QueryResults::Graph(triples) => {
                let f = negotiate(
                    format_param,
                    accepted,
                    RdfFormat::Turtle,
                    graph_format,
                    GRAPH_TYPES,
                )?;
                let buffer = Shared::default();
                let serializer = RdfSerializer::from_format(f)
                    .with_prefix("parley", "https://w3id.org/parley/ns#")
                    .and_then(|s| s.with_prefix("schema", "https://schema.org/"))
                    .map_err(|e| stopped(e.to_string()))?
                    .for_writer(buffer.clone());
                clock.pause();
                Ok(streamed(
                    (clock, slot),
                    f.media_type(),
                    buffer,
                    triples,
                    serializer,
                    |ser, triple| ser.serialize_triple(&triple),
                    |ser| ser.finish().map(drop),
                ))
            }
        }
    }

    fn timeline(&self, params: &Params) -> Result<Response<Body>, HttpError> {
        #[derive(Parser)]
        #[command(name = "timeline", disable_help_flag = true)]
        struct Request {
            #[command(flatten)]
            args: TimelineArgs,
        }
        let args = options::<Request>("timeline", params, &[], &["output"])?.args;
        let _slot = Slots::take(&self.slots);
        let timeline = crate::timeline::Timeline::of(&self.store, &super::timeline::request(&args))
            .map_err(|e| bad_request(error_chain(&e)))?;
        let format = args.format.unwrap_or(TimelineFormat::Html);
        let mut bytes = Vec::new();
        crate::timeline::write(
            &timeline,
            super::timeline::format(format),
            &mut bytes,
            &super::timeline::table,
        )
        .map_err(|e| fail(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let media = match format {
            TimelineFormat::Html => {
                return Ok(html_page(
                    String::from_utf8(bytes)
                        .map_err(|e| fail(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?,
                    false,
                ))
            }
            TimelineFormat::Csv => "text/csv; charset=utf-8",
            TimelineFormat::Json => "application/json",
            TimelineFormat::Markdown => "text/markdown; charset=utf-8",
            TimelineFormat::Table => "text/plain; charset=utf-8",
        };
        Ok(response(StatusCode::OK, media, bytes))
    }

    fn export(&self, format: ExportFormat, params: &Params) -> Result<Response<Body>, HttpError> {
        #[derive(Parser)]
        #[command(name = "export", disable_help_flag = true)]
        struct Request {
            #[command(flatten)]
            args: ExportArgs,
        }
        let args = options::<Request>(
            "export",
            params,
            &["aggregate", "by-country"],
            &["output", "format"],
        )?
        .args;
        let _slot = Slots::take(&self.slots);
        let net = super::export::request(&args)
            .filter(&self.store)
            .map_err(|e| bad_request(error_chain(&e)))
            .and_then(|filter| {
                crate::export::network(&self.store, &filter)
                    .map_err(|e| bad_request(error_chain(&e)))
            })?;
        let mut bytes = Vec::new();
        crate::export::write(&net, super::export::format(format), &mut bytes)
            .map_err(|e| fail(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let (media, file) = match format {
            ExportFormat::Gexf => ("application/gexf+xml; charset=utf-8", "parley.gexf"),
            _ => ("application/graphml+xml; charset=utf-8", "parley.graphml"),
        };
        let mut r = response(StatusCode::OK, media, bytes);
        if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{file}\"")) {
            r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
        Ok(r)
    }
}

/// An error and its causes, as `anyhow` writes them with `{:#}`: "outer: cause: cause".
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
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
fn html_page(html: String, connect_self: bool) -> Response<Body> {
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
fn secure_headers(response: &mut Response<Body>) {
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

fn unsupported(media: &str, expected: &str) -> HttpError {
    fail(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        format!(
            "Content-Type {}: expected {expected}",
            if media.is_empty() { "(none)" } else { media }
        ),
    )
}

/// A 200 answer whose body is `items` written by `serializer` into `buffer` a few hundred at a
/// time, as the client reads; an error after the first bytes ends the connection early.
fn streamed<T, E, S>(
    (clock, slot): (Arc<Clock>, Slot),
    media: &str,
    buffer: Shared,
    mut items: impl Iterator<Item = Result<T, E>> + 'static,
    serializer: S,
    write: impl Fn(&mut S, T) -> io::Result<()> + 'static,
    finish: impl Fn(S) -> io::Result<()> + 'static,
) -> Response<Body>
where
    E: std::error::Error + Send + Sync + 'static,
    S: 'static,
{
    let mut serializer = Some(serializer);
    let step = move || -> io::Result<bool> {
        let Some(ser) = serializer.as_mut() else {
            return Ok(false);
        };
        for _ in 0..ROWS_PER_STEP {
            match items.next() {
                Some(item) => write(ser, item.map_err(io::Error::other)?)?,
                None => {
                    if let Some(ser) = serializer.take() {
                        finish(ser)?;
                    }
                    return Ok(false);
                }
            }
        }
        Ok(true)
    };
    response(
        StatusCode::OK,
        media,
        Body::from_read(Streamed {
            buffer,
            at: 0,
            step: Some(Box::new(step)),
            clock,
            _slot: slot,
        }),
    )
}

/// The command-line options a URL's parameters stand for (`actor=X` is `--actor=X`, `by_country`
/// or `by-country` a flag when its value is empty, 1, true, yes or on), parsed as the command line
/// is: the same names, checks and messages.
fn options<P: Parser>(
    command: &str,
    params: &Params,
    flags: &[&str],
    refused: &[&str],
) -> Result<P, HttpError> {
    let mut argv = vec![command.to_string()];
    for (k, v) in params {
        let k = k.replace('_', "-");
        if refused.contains(&k.as_str()) {
            return Err(bad_request(format!("{k} cannot be given here")));
        }
        if flags.contains(&k.as_str()) {
            match v.to_ascii_lowercase().as_str() {
                "" | "1" | "true" | "yes" | "on" => argv.push(format!("--{k}")),
                "0" | "false" | "no" | "off" => {}
                _ => return Err(bad_request(format!("{k}={v}: expected true or false"))),
            }
        } else {
            argv.push(format!("--{k}={v}"));
        }
    }
    P::try_parse_from(argv).map_err(|e| {
        let text = e.render().to_string();
        let first = text.lines().next().unwrap_or("bad parameters");
        bad_request(first.trim_start_matches("error: ").to_string())
    })
}
