//! `parley push --remote URL`: the store's graphs (every article, or one, and the ontology; with
//! every article, the actors' labels last) sent to a SPARQL 1.1 Graph Store Protocol endpoint, a
//! batch at a time, each graph replacing the remote's.

use std::path::Path;

use anyhow::Context;

use super::args::PushArgs;
use super::progress::Progress;
use super::{output, Outcome};
use crate::ingest::{connect, send_to_remote, Batch};
use crate::rdf::ids::{LABELS_GRAPH, ONTOLOGY_GRAPH};
use crate::store::{Access, ArticleWrite, ParleyStore};

/// Messages go to the progress bar; Ctrl-C stops the sending.
struct Events<'a>(&'a Progress);

impl crate::ingest::Events for Events<'_> {
    fn message(&self, message: &str) {
        self.0.message(message);
    }

    fn article(&self) {
        self.0.inc();
    }

    fn interrupted(&self) -> bool {
        super::interrupted()
    }
}

/// Graphs read from the store and sent in one go.
const BATCH: usize = 256;

pub fn run(
    args: PushArgs,
    store_dir: &Path,
    quiet: bool,
    command: &str,
) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?;
    let only = match &args.article {
        Some(key) => Some(store.article_graph(key)?.with_context(|| {
            format!("no article {key:?} in the store (give its url, id, key or IRI)")
        })?),
        None => None,
    };
    // the ontology graph goes first, as a check of the endpoint and the credentials
    let (remote, senders) = connect(&args.remote, &args.sending.options())?;
    super::catch_interrupts(
        "interrupted: sending the graphs in hand (Ctrl-C again to stop at once)",
    );
    let progress = Progress::new(None, quiet);
    let (mut sent, mut not_sent) = (0u64, 0u64);
    let mut batch = Batch {
        writes: Vec::with_capacity(BATCH),
        sources: Vec::with_capacity(BATCH),
    };
    let mut flush = |batch: &mut Batch| -> anyhow::Result<()> {
        let (s, f) = send_to_remote(&remote, &senders, batch, &Events(&progress))?;
        sent += s;
        not_sent += f;
        batch.writes.clear();
        batch.sources.clear();
        Ok(())
    };
    let whole = only.is_none();
    let graphs: Box<dyn Iterator<Item = _>> = match only {
        Some(g) => Box::new(std::iter::once(Ok(g))),
        None => Box::new(store.graphs()),
    };
    for graph in graphs {
        if super::interrupted() {
            break;
        }
        let graph = graph?;
        if graph.as_str() == ONTOLOGY_GRAPH || graph.as_str() == LABELS_GRAPH {
            continue; // sent by connect, and after the articles
        }
        progress.inc();
        batch.writes.push(ArticleWrite {
            quads: store.graph_quads(&graph)?,
            graph: graph.as_str().to_string(),
            replace: true,
        });
        batch.sources.push(format!("<{}>", graph.as_str()));
        if batch.writes.len() == BATCH {
            flush(&mut batch)?;
        }
    }
    flush(&mut batch)?;
    progress.finish();
    // the actors' labels, computed from the articles sent (a push of one article leaves them)
    if whole && !super::interrupted() {
        let labels = oxigraph::model::NamedNode::new_unchecked(LABELS_GRAPH);
        remote
            .put_graph(LABELS_GRAPH, &store.graph_quads(&labels)?)
            .with_context(|| format!("cannot send the labels graph to {}", remote.url()))?;
    }
    output::error(&format!(
        "sent {sent} article graph{} to {}, {not_sent} not sent",
        if sent == 1 { "" } else { "s" },
        remote.url()
    ));
    Ok(if super::interrupted() {
        Outcome::Interrupted
    } else if not_sent > 0 {
        Outcome::Skipped
    } else {
        Outcome::Success
    })
}
