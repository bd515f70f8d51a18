//! SPARQL over HTTP: a query or update evaluated on its own thread within its limits (time,
//! memory, a connection slot), its answer relayed to the connection as it comes; a catalogue query
//! by `name=` with its parameters resolved against the store; results by content negotiation.

use std::sync::Arc;

use oxhttp::model::{Body, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

use super::http::{
    accepted, all, bad_request, error_chain, fail, graph_format, negotiate, one, response,
    solutions_format, HttpError, Params, GRAPH_TYPES, SOLUTION_TYPES,
};
use super::limits::{
    send_answer, stop_answer, Chunk, Clock, Finished, Relayed, Slot, Slots, RELAY_CHUNKS,
};
use super::stream::{streamed, Shared};
use super::Service;
use crate::query;

impl Service {
    /// Answers a query from an evaluation thread: the answer is relayed as it comes, and the
    /// time limit holds even when the evaluation does not stop when asked (a join of rows already
    /// in memory never looks): the answer is then 503 on time, the evaluation is abandoned, and
    /// the watcher restarts the server to end it.
    pub(super) fn relay(
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
    pub(super) fn relay_update(
        self: &Arc<Self>,
        text: String,
    ) -> Result<Response<Body>, HttpError> {
        self.evaluate_apart(move |service, clock, _slot, tx| {
            let answer = service.update(&text, &clock);
            send_answer(answer, tx);
        })
    }

    /// Runs `evaluate` on its own thread with a slot and a clock, and relays what it sends.
    pub(super) fn evaluate_apart(
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
    pub(super) fn stopped(&self, clock: &Clock, error: String) -> HttpError {
        stop_answer(clock.stopped(), self.timeout, || {
            fail(StatusCode::INTERNAL_SERVER_ERROR, error)
        })
    }

    pub(super) fn update(&self, text: &str, clock: &Clock) -> Result<Response<Body>, HttpError> {
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
    pub(super) fn query(
        &self,
        accepted: &[String],
        params: &Params,
        body: Option<String>,
        clock: Arc<Clock>,
        slot: Slot,
    ) -> Result<Response<Body>, HttpError> {
        if let Some(why) = body
            .as_deref()
            .or(one(params, "query")?)
            .and_then(query::outside_reach)
        {
            return Err(bad_request(why));
        }
        let evaluator = SparqlEvaluator::new().with_cancellation_token(clock.token.clone());
        let mut prepared = self.prepared(params, body, evaluator)?;
        with_dataset(&mut prepared, params)?;
        let results = self
            .store
            .evaluate(prepared.query)
            .map_err(|e| self.stopped(&clock, e.to_string()))?;
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
                    .map_err(|e| self.stopped(&clock, e.to_string()))?;
                Ok(response(StatusCode::OK, f.media_type(), bytes))
            }
            QueryResults::Solutions(rows) => {
                let f = solutions()?;
                self.solutions(rows, &prepared.hidden, f, (clock, slot))
            }
            QueryResults::Graph(triples) => {
                let f = negotiate(
                    format_param,
                    accepted,
                    RdfFormat::Turtle,
                    graph_format,
                    GRAPH_TYPES,
                )?;
                self.graph(triples, f, (clock, slot))
            }
        }
    }

    /// The query a request gives, prepared: its text, or a catalogue query with its parameters
    /// (the request's other fields) resolved against the store.
    fn prepared(
        &self,
        params: &Params,
        body: Option<String>,
        evaluator: SparqlEvaluator,
    ) -> Result<query::Prepared, HttpError> {
        const RESERVED: [&str; 5] = [
            "query",
            "name",
            "format",
            "default-graph-uri",
            "named-graph-uri",
        ];
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
        prepared.map_err(|e| bad_request(e.to_string()))
    }

    /// Solutions, streamed (the parameters a catalogue query projects only to bind them left out).
    fn solutions(
        &self,
        mut rows: oxigraph::sparql::QuerySolutionIter<'static>,
        hidden: &[Variable],
        f: QueryResultsFormat,
        (clock, slot): (Arc<Clock>, Slot),
    ) -> Result<Response<Body>, HttpError> {
        let stopped = |e: String| self.stopped(&clock, e);
        let variables: Vec<Variable> = rows
            .variables()
            .iter()
            .filter(|v| !hidden.contains(v))
            .cloned()
            .collect();
        // the first row is computed before answering: most errors, and the time limit, then get
        // their status code
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

    /// Triples, streamed.
    fn graph(
        &self,
        triples: oxigraph::sparql::QueryTripleIter<'static>,
        f: RdfFormat,
        (clock, slot): (Arc<Clock>, Slot),
    ) -> Result<Response<Body>, HttpError> {
        let buffer = Shared::default();
        let serializer = RdfSerializer::from_format(f)
            .with_prefix("parley", "https://w3id.org/parley/ns#")
            .and_then(|s| s.with_prefix("schema", "https://schema.org/"))
            .map_err(|e| self.stopped(&clock, e.to_string()))?
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

/// The dataset a request names (`default-graph-uri`, `named-graph-uri`), when it names one.
fn with_dataset(prepared: &mut query::Prepared, params: &Params) -> Result<(), HttpError> {
    let iri =
        |s: &str| NamedNode::new(s).map_err(|e| bad_request(format!("{s:?} is not an IRI: {e}")));
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
    Ok(())
}
