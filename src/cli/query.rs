//! `parley query`: SPARQL from an argument, --file, stdin or the catalogue, with typed parameters;
//! results in the format asked for (a table on a terminal, CSV otherwise).

use std::io::{Read, Write};
use std::path::Path;

use anyhow::Context;
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

use super::args::{QueryArgs, ResultFormat};
use super::output::{self, SolutionsFormat};
use super::Outcome;
use crate::query;
use crate::store::{Access, ParleyStore};

fn list() -> anyhow::Result<Outcome> {
    let rows: Vec<Vec<String>> = query::catalogue()
        .iter()
        .map(|q| vec![q.name.to_string(), q.params_display(), q.summary.clone()])
        .collect();
    let mut out = output::stdout();
    output::write_table(
        &mut out,
        &["name".into(), "params".into(), "summary".into()],
        &rows,
    )?;
    std::io::Write::flush(&mut out)?;
    Ok(Outcome::Success)
}

pub fn run(args: QueryArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    if args.list {
        return list();
    }
    let mut params = query::parse_params(&args.params)?;
    if let Some(lang) = &args.labels.label_lang {
        params.insert(query::LABEL_LANG.into(), lang.clone());
    }
    let (text, declared) = text_of(&args)?;
    if let Some(why) = query::outside_reach(&text) {
        anyhow::bail!(why);
    }
    if query::is_update(&text) {
        return update(&args, &text, store_dir, command);
    }
    let token = oxigraph::sparql::CancellationToken::new();
    let evaluator = oxigraph::sparql::SparqlEvaluator::new().with_cancellation_token(token.clone());
    let prepare = |params: &std::collections::BTreeMap<String, String>| {
        query::prepare_with(evaluator.clone(), &text, declared.as_ref(), params)
    };
    // names are resolved against the store; otherwise a bad query is reported before the store opens
    let (store, prepared) = if names_a_store_entity(declared.as_ref()) {
        let store = ParleyStore::open(store_dir, Access::Read, command)?
            .with_label_lang(args.labels.label_lang.clone());
        let params = crate::resolve::params(&store, declared.as_ref(), params)?;
        let prepared = prepare(&params)?;
        (store, prepared)
    } else {
        let prepared = prepare(&params)?;
        (
            ParleyStore::open(store_dir, Access::Read, command)?
                .with_label_lang(args.labels.label_lang.clone()),
            prepared,
        )
    };
    // the clock starts with the evaluation; the token stops it wherever it is reading the store
    if args.timeout > 0 {
        stop_after(token.clone(), args.timeout);
    }
    let timed_out = |e: anyhow::Error| {
        if token.is_cancelled() {
            anyhow::anyhow!(
                "the query was stopped after {} s (--timeout; 0 for no limit); what was written \
                 before is incomplete",
                args.timeout
            )
        } else {
            e
        }
    };
    let (results, explanation) = if args.explain {
        let (results, explanation) = store
            .evaluate_explained(prepared.query)
            .map_err(|e| timed_out(e.into()))?;
        (results, Some(explanation))
    } else {
        let results = store
            .evaluate(prepared.query)
            .map_err(|e| timed_out(e.into()))?;
        (results, None)
    };
    let is_graph = matches!(results, oxigraph::sparql::QueryResults::Graph(_));
    let (solutions, graph) = formats(args.format, is_graph)?;
    let labels = |iri: &str| label_of(&store, iri);
    output::write_results(results, &prepared.hidden, solutions, graph, Some(&labels))
        .map_err(timed_out)?;
    if let Some(explanation) = explanation {
        let mut err = std::io::stderr().lock();
        explanation
            .write_in_json(&mut err)
            .context("cannot write the query plan")?;
        writeln!(err)?;
    }
    Ok(Outcome::Success)
}

/// Whether a catalogue query takes a parameter that names something of the store (an actor, a
/// country, an article, a language), resolved before the query is prepared.
fn names_a_store_entity(declared: Option<&query::NamedQuery>) -> bool {
    declared.is_some_and(|q| {
        q.params.iter().any(|p| {
            matches!(
                p.kind,
                query::ParamType::Actor
                    | query::ParamType::Country
                    | query::ParamType::Article
                    | query::ParamType::Language
            )
        })
    })
}

/// The query's text, and its catalogue entry when it is one: from --file, standard input, the
/// catalogue or the argument itself.
fn text_of(args: &QueryArgs) -> anyhow::Result<(String, Option<query::NamedQuery>)> {
    Ok(match (&args.file, args.query.as_deref()) {
        (Some(f), _) if f.as_os_str() == "-" => (read_stdin()?, None),
        (Some(f), _) => (
            std::fs::read_to_string(f)
                .with_context(|| format!("{}: cannot read the query", f.display()))?,
            None,
        ),
        (None, Some("-")) => (read_stdin()?, None),
        (None, Some(q)) => match query::named(q) {
            Some(named) => (named.text.to_string(), Some(named)),
            None if q.split_whitespace().count() < 2 => anyhow::bail!(
                "no catalogue query named {q:?} (see `parley query --list`), and it is not SPARQL either"
            ),
            None => (q.to_string(), None),
        },
        (None, None) => anyhow::bail!(
            "give a query: SPARQL text, a catalogue name (`parley query --list`), --file FILE or -"
        ),
    })
}

/// Runs an update, when --allow-update says so.
fn update(
    args: &QueryArgs,
    text: &str,
    store_dir: &Path,
    command: &str,
) -> anyhow::Result<Outcome> {
    if !args.allow_update {
        anyhow::bail!(
            "this is a SPARQL UPDATE: it would change the store. Add --allow-update to run it \
             (a copy first: parley dump > backup.nq)"
        );
    }
    let store = ParleyStore::open(store_dir, Access::ReadWrite, command)?;
    store.update(text)?;
    store.flush()?;
    output::error("update applied");
    Ok(Outcome::Success)
}

/// Cancels the query after `seconds`; ends the process two seconds later if it has not stopped.
fn stop_after(token: oxigraph::sparql::CancellationToken, seconds: u64) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(seconds));
        token.cancel();
        // the token is checked where the store is read; a join that multiplies rows already
        // read never looks at it, so after a grace period the process ends here (nothing is
        // written by a query, and an update's transaction is not committed)
        std::thread::sleep(std::time::Duration::from_secs(2));
        output::error(&format!(
            "the query was stopped after {seconds} s (--timeout; 0 for no limit); what was \
             written before is incomplete"
        ));
        std::process::exit(2);
    });
}

/// How results are written: --format, else a table on a terminal and CSV otherwise (Turtle for
/// graphs). A format of the other kind of result is an error.
fn formats(
    format: Option<ResultFormat>,
    is_graph: bool,
) -> anyhow::Result<(SolutionsFormat, RdfFormat)> {
    let Some(f) = format else {
        return Ok(if output::stdout_is_terminal() {
            (SolutionsFormat::Table, RdfFormat::Turtle)
        } else {
            (
                SolutionsFormat::Sparql(QueryResultsFormat::Csv),
                RdfFormat::Turtle,
            )
        });
    };
    let sol = match f {
        ResultFormat::Table => Some(SolutionsFormat::Table),
        ResultFormat::Csv => Some(SolutionsFormat::Sparql(QueryResultsFormat::Csv)),
        ResultFormat::Tsv => Some(SolutionsFormat::Sparql(QueryResultsFormat::Tsv)),
        ResultFormat::Json => Some(SolutionsFormat::Sparql(QueryResultsFormat::Json)),
        ResultFormat::Xml => Some(SolutionsFormat::Sparql(QueryResultsFormat::Xml)),
        _ => None,
    };
    let rdf = match f {
        ResultFormat::Turtle => Some(RdfFormat::Turtle),
        ResultFormat::Ntriples => Some(RdfFormat::NTriples),
        ResultFormat::Nquads => Some(RdfFormat::NQuads),
        ResultFormat::Trig => Some(RdfFormat::TriG),
        _ => None,
    };
    Ok(match (is_graph, sol, rdf) {
        (false, Some(s), _) => (s, RdfFormat::Turtle),
        (true, _, Some(r)) => (SolutionsFormat::Table, r),
        (false, None, _) => anyhow::bail!(
            "--format {f:?} is for CONSTRUCT/DESCRIBE results; a SELECT or ASK result is written as table, csv, tsv, json or xml"
        ),
        (true, _, None) => anyhow::bail!(
            "--format {f:?} is for SELECT/ASK results; a CONSTRUCT or DESCRIBE result is written as turtle, ntriples, nquads or trig"
        ),
    })
}

/// What a table shows for one of Parley's IRIs: an actor's or country's name, an article's
/// headline (index lookups; none for statements and other IRIs, which are shown as they are).
fn label_of(store: &ParleyStore, iri: &str) -> Option<String> {
    let rest = iri.strip_prefix(crate::rdf::ids::BASE)?;
    if let Some(hash) = rest.strip_prefix("article/") {
        let node = oxigraph::model::NamedNodeRef::new(iri).ok()?;
        let graph = oxigraph::model::NamedNode::new(format!(
            "https://w3id.org/parley/graph/article/{hash}"
        ))
        .ok()?;
        let headlines = store
            .objects_in(node, crate::rdf::vocab::HEADLINE, graph.as_ref())
            .ok()?;
        return headlines.into_iter().find_map(|t| match t {
            oxigraph::model::Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        });
    }
    if rest.starts_with("statement/") {
        return None;
    }
    store.label_of(iri).ok().flatten()
}

fn read_stdin() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .context("cannot read the query from standard input")?;
    Ok(s)
}
