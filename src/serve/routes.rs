//! What the server answers at each path: the page with the query box and the catalogue, the
//! SPARQL protocol (`/query`, `/update`), the timeline and the exports. The timeline's and the
//! exports' URL parameters are the command line's options, read by the [`super::Frontend`].

use std::sync::Arc;

use oxhttp::model::header::{self, HeaderValue};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};

use super::http::{
    bad_request, content_type, error_chain, fail, html_page, not_allowed, one, response,
    unsupported, url_params, HttpError, Params,
};
use super::limits::Slots;
use super::{Service, PAGE};
use crate::query;
use crate::{export, timeline};

impl Service {
    pub(super) fn route(
        self: &Arc<Self>,
        request: &mut Request<Body>,
    ) -> Result<Response<Body>, HttpError> {
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
            "/query" => self.route_query(request, &method),
            "/update" => match method {
                Method::POST => self.route_update(request),
                _ => Err(not_allowed("POST")),
            },
            "/timeline" => match method {
                Method::GET => self.timeline(&url_params(request)),
                _ => Err(not_allowed("GET")),
            },
            "/export.graphml" | "/export.gexf" => match method {
                Method::GET => {
                    let format = if path.ends_with("gexf") {
                        export::Format::Gexf
                    } else {
                        export::Format::Graphml
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

    /// `/query`: GET with `?query=` or `?name=`, POST of a query or of a form.
    fn route_query(
        self: &Arc<Self>,
        request: &mut Request<Body>,
        method: &Method,
    ) -> Result<Response<Body>, HttpError> {
        match *method {
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
        }
    }

    /// `/update`, a POST: refused unless the server accepts updates and the request comes from
    /// this server's page or a program.
    fn route_update(
        self: &Arc<Self>,
        request: &mut Request<Body>,
    ) -> Result<Response<Body>, HttpError> {
        if !self.allow_update {
            return Err(fail(
                StatusCode::FORBIDDEN,
                "this server is read-only: start it with --allow-update to accept updates",
            ));
        }
        self.check_same_origin(request)?;
        let body = self.body(request)?;
        let text = match content_type(request).as_str() {
            "application/sparql-update" => body,
            "application/x-www-form-urlencoded" => {
                let form: Params = form_urlencoded::parse(body.as_bytes())
                    .into_owned()
                    .collect();
                one(&form, "update")?
                    .ok_or_else(|| bad_request("no update: give update=…"))?
                    .to_string()
            }
            other => {
                return Err(unsupported(
                    other,
                    "application/sparql-update or application/x-www-form-urlencoded",
                ))
            }
        };
        if let Some(why) = query::outside_reach(&text) {
            return Err(bad_request(why));
        }
        self.relay_update(text)
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

    fn timeline(&self, params: &Params) -> Result<Response<Body>, HttpError> {
        let (request, format) = self
            .frontend
            .timeline_request(params)
            .map_err(bad_request)?;
        let _slot = Slots::take(&self.slots);
        let timeline = timeline::Timeline::of(&self.store, &request)
            .map_err(|e| bad_request(error_chain(&e)))?;
        let format = format.unwrap_or(timeline::Format::Html);
        let mut bytes = Vec::new();
        let table = |out: &mut dyn std::io::Write, header: &[String], rows: &[Vec<String>]| {
            self.frontend.write_table(out, header, rows)
        };
        timeline::write(&timeline, format, &mut bytes, &table)
            .map_err(|e| fail(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let media = match format {
            timeline::Format::Html => {
                return Ok(html_page(
                    String::from_utf8(bytes)
                        .map_err(|e| fail(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?,
                    false,
                ))
            }
            timeline::Format::Csv => "text/csv; charset=utf-8",
            timeline::Format::Json => "application/json",
            timeline::Format::Markdown => "text/markdown; charset=utf-8",
            timeline::Format::Table => "text/plain; charset=utf-8",
        };
        Ok(response(StatusCode::OK, media, bytes))
    }

    fn export(&self, format: export::Format, params: &Params) -> Result<Response<Body>, HttpError> {
        let request = self.frontend.export_request(params).map_err(bad_request)?;
        let _slot = Slots::take(&self.slots);
        let net = request
            .filter(&self.store)
            .map_err(|e| bad_request(error_chain(&e)))
            .and_then(|filter| {
                export::network(&self.store, &filter).map_err(|e| bad_request(error_chain(&e)))
            })?;
        let mut bytes = Vec::new();
        export::write(&net, format, &mut bytes)
            .map_err(|e| fail(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let (media, file) = match format {
            export::Format::Gexf => ("application/gexf+xml; charset=utf-8", "parley.gexf"),
            _ => ("application/graphml+xml; charset=utf-8", "parley.graphml"),
        };
        let mut r = response(StatusCode::OK, media, bytes);
        if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{file}\"")) {
            r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
        Ok(r)
    }
}
