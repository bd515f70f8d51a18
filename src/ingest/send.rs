//! Sending article graphs to a remote store (SPARQL 1.1 Graph Store Protocol), for `ingest
//! --remote` and `push`: the connection checked by sending the ontology graph first, then each
//! batch a few graphs at a time on their own threads.

use std::time::Duration;

use super::write::Batch;
use super::Events;
use crate::rdf::ids;
use crate::remote::{self, Remote, RemoteError};
use crate::store::StoreError;

/// How the remote store is reached.
#[derive(Debug, Clone, Copy)]
pub struct RemoteOptions {
    /// Tries after the first when the server is unreachable or busy.
    pub retries: u32,
    /// The first wait, doubled at each retry (at most a minute).
    pub backoff: Duration,
    /// Graphs sent at a time.
    pub jobs: u16,
}

/// How long one request to the remote store may take.
const REMOTE_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Remote(#[from] RemoteError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot send the ontology graph to the remote store (nothing was sent)")]
    Ontology(#[source] RemoteError),
    #[error("cannot start the threads that send to the remote store")]
    Threads(#[source] rayon::ThreadPoolBuildError),
    #[error("{at}: the remote store refused <{graph}>")]
    Refused {
        at: String,
        graph: String,
        #[source]
        source: RemoteError,
    },
}

/// The remote store at `url`, checked by sending the ontology graph (bad credentials or a wrong
/// endpoint stop the run here), and the threads that send graphs to it. Credentials come from the
/// environment (see `remote::auth_from_env`).
pub fn connect(
    url: &str,
    options: &RemoteOptions,
) -> Result<(Remote, rayon::ThreadPool), SendError> {
    let auth = remote::auth_from_env(|k| std::env::var(k).ok())?;
    let remote = Remote::new(url, auth, options.retries, options.backoff, REMOTE_TIMEOUT)?;
    remote
        .put_graph(ids::ONTOLOGY_GRAPH, &crate::store::ontology_quads()?)
        .map_err(SendError::Ontology)?;
    let senders = rayon::ThreadPoolBuilder::new()
        .num_threads(usize::from(options.jobs))
        .thread_name(|i| format!("parley-remote-{i}"))
        .build()
        .map_err(SendError::Threads)?;
    Ok((remote, senders))
}

/// Sends a batch to the remote store, a few graphs at a time. Each article the store does not take
/// is reported (with where it was read) and counted; an answer that every later request would get
/// too (bad credentials, no such endpoint) stops the run. Returns (sent, not sent).
pub fn send_to_remote(
    remote: &Remote,
    senders: &rayon::ThreadPool,
    batch: &Batch,
    events: &dyn Events,
) -> Result<(u64, u64), SendError> {
    use rayon::prelude::*;
    let results: Vec<Result<remote::Sent, RemoteError>> = senders.install(|| {
        batch
            .writes
            .par_iter()
            .map(|a| remote.put_graph(&a.graph, &a.quads))
            .collect()
    });
    let (mut sent, mut failed) = (0, 0);
    for ((result, source), write) in results.into_iter().zip(&batch.sources).zip(&batch.writes) {
        match result {
            Ok(_) => sent += 1,
            Err(e) if e.is_fatal() => {
                return Err(SendError::Refused {
                    at: source.clone(),
                    graph: write.graph.clone(),
                    source: e,
                })
            }
            Err(e) => {
                events.message(&format!("{source}: not sent: {e}"));
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}
