//! What bounds an evaluation of the server: its clock (evaluation time, not download time),
//! the watcher that stops it at its time limit or at the server's memory ceiling and restarts the
//! server when an evaluation does not stop, the slots of `--max-connections`, and the relay that
//! carries an answer from its evaluation thread to the connection.

use std::io::{self, Read};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use oxhttp::model::header;
use oxhttp::model::{Body, Response, StatusCode};
use oxigraph::sparql::CancellationToken;

use super::http::{fail, HttpError};

/// Why a request's evaluation was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    Time,
    Memory,
}

/// A request's evaluation time: counted while Parley computes the answer, not while the answer
/// waits for the client to read it (a large answer to a slow client is not cut).
pub(super) struct Clock {
    pub(super) token: CancellationToken,
    limit: Option<Duration>,
    /// Time spent before, and since when it runs (None: paused).
    state: Mutex<(Duration, Option<Instant>)>,
    /// Why and when the evaluation was asked to stop.
    stopped: Mutex<Option<(Stop, Instant)>>,
    /// RUNNING, FINISHED, or ABANDONED by its relay (it did not stop when asked).
    fate: std::sync::atomic::AtomicU8,
}

const RUNNING: u8 = 0;
const FINISHED: u8 = 1;
const ABANDONED: u8 = 2;

/// Marks an evaluation thread's clock finished when the thread ends, however it ends.
pub(super) struct Finished(pub(super) Arc<Clock>, pub(super) Arc<Watch>);

impl Drop for Finished {
    fn drop(&mut self) {
        use std::sync::atomic::Ordering::SeqCst;
        if self.0.fate.swap(FINISHED, SeqCst) == ABANDONED {
            self.1.stuck.fetch_sub(1, SeqCst);
        }
    }
}

impl Clock {
    pub(super) fn run(&self) {
        if let Ok(mut s) = self.state.lock() {
            s.1.get_or_insert_with(Instant::now);
        }
    }

    pub(super) fn pause(&self) {
        if let Ok(mut s) = self.state.lock() {
            if let Some(since) = s.1.take() {
                s.0 += since.elapsed();
            }
        }
    }

    fn spent(&self) -> Duration {
        self.state
            .lock()
            .map(|s| s.0 + s.1.map_or(Duration::ZERO, |since| since.elapsed()))
            .unwrap_or_default()
    }

    fn stop(&self, why: Stop) {
        if let Ok(mut s) = self.stopped.lock() {
            s.get_or_insert((why, Instant::now()));
        }
        self.token.cancel();
    }

    pub(super) fn stopped(&self) -> Option<Stop> {
        self.stopped.lock().ok().and_then(|s| s.map(|(why, _)| why))
    }

    /// Whether the evaluation was asked to stop longer than `grace` ago.
    fn ignored_stop(&self, grace: Duration) -> bool {
        self.stopped
            .lock()
            .ok()
            .and_then(|s| s.map(|(_, at)| at.elapsed() > grace))
            .unwrap_or(false)
    }
}

/// What an evaluation thread sends its relay: the status and media type, then the body's bytes
/// (the end of the body is the end of the channel); or the error.
pub(super) enum Chunk {
    Head(StatusCode, String),
    Bytes(Vec<u8>),
    End,
    Failed(HttpError),
}

/// Chunks an evaluation may compute ahead of the client (64 KiB each).
pub(super) const RELAY_CHUNKS: usize = 4;
const CHUNK_BYTES: usize = 64 * 1024;

/// How long an evaluation asked to stop may take to stop before it is abandoned.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// Sends an answer computed on an evaluation thread: its head, then its body a chunk at a time
/// (blocking while the relay waits for the client: that time is not evaluation).
pub(super) fn send_answer(
    answer: Result<Response<Body>, HttpError>,
    tx: std::sync::mpsc::SyncSender<Chunk>,
) {
    let mut answer = match answer {
        Ok(r) => r,
        Err(e) => {
            let _ = tx.send(Chunk::Failed(e));
            return;
        }
    };
    let media = answer
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_string();
    if tx.send(Chunk::Head(answer.status(), media)).is_err() {
        return;
    }
    let body = answer.body_mut();
    loop {
        let mut chunk = vec![0u8; CHUNK_BYTES];
        match body.read(&mut chunk) {
            Ok(0) => {
                let _ = tx.send(Chunk::End);
                return;
            }
            Ok(n) => {
                chunk.truncate(n);
                // the relay is gone (the client left): dropping the body stops the evaluation
                if tx.send(Chunk::Bytes(chunk)).is_err() {
                    return;
                }
            }
            // an error after the first bytes: the relay ends the connection early
            Err(_) => return,
        }
    }
}

/// The relay's side: the chunks of one evaluation, as a response body. Waiting for a chunk is
/// evaluation time; if the evaluation was asked to stop and does not, the relay abandons it.
pub(super) struct Relayed {
    pub(super) rx: std::sync::mpsc::Receiver<Chunk>,
    pub(super) clock: Arc<Clock>,
    pub(super) watch: Arc<Watch>,
    pub(super) timeout: Option<Duration>,
    /// The chunk being read, and how far.
    pub(super) rest: Vec<u8>,
    pub(super) at: usize,
    pub(super) ended: bool,
}

impl Relayed {
    /// The next chunk; `None` at the end, or when the evaluation was abandoned.
    pub(super) fn next(&mut self) -> Option<Chunk> {
        use std::sync::atomic::Ordering::SeqCst;
        use std::sync::mpsc::RecvTimeoutError;
        loop {
            match self.rx.recv_timeout(WATCH_EVERY) {
                Ok(chunk) => return Some(chunk),
                Err(RecvTimeoutError::Disconnected) => return None,
                Err(RecvTimeoutError::Timeout) => {
                    if self.clock.ignored_stop(STOP_GRACE) {
                        if self
                            .clock
                            .fate
                            .compare_exchange(RUNNING, ABANDONED, SeqCst, SeqCst)
                            .is_ok()
                        {
                            self.watch.stuck.fetch_add(1, SeqCst);
                        }
                        return None;
                    }
                }
            }
        }
    }

    /// The answer when no head came: why the evaluation stopped.
    pub(super) fn gave_up(&self) -> HttpError {
        stop_answer(self.clock.stopped(), self.timeout, || {
            fail(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the evaluation ended without an answer",
            )
        })
    }
}

/// 503 for an evaluation the watcher stopped (time or memory), else `otherwise`.
pub(super) fn stop_answer(
    stop: Option<Stop>,
    timeout: Option<Duration>,
    otherwise: impl FnOnce() -> HttpError,
) -> HttpError {
    match stop {
        Some(Stop::Time) => fail(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the query was stopped after {} s of evaluation (serve --timeout); nothing was \
                 changed",
                timeout.map_or(0, |t| t.as_secs())
            ),
        ),
        Some(Stop::Memory) => fail(
            StatusCode::SERVICE_UNAVAILABLE,
            "the query was stopped: the server went over its memory ceiling (serve \
             --max-memory-mb); nothing was changed",
        ),
        None => otherwise(),
    }
}

impl Read for Relayed {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.at >= self.rest.len() {
            if self.ended {
                return Ok(0);
            }
            match self.next() {
                Some(Chunk::Bytes(bytes)) => {
                    self.rest = bytes;
                    self.at = 0;
                }
                Some(Chunk::End) => self.ended = true,
                // stopped, abandoned or failed after the first bytes: the connection is ended
                // early, so that the client sees an incomplete answer, not a short one
                _ => return Err(io::Error::other("the evaluation stopped")),
            }
        }
        let n = out.len().min(self.rest.len() - self.at);
        out[..n].copy_from_slice(&self.rest[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Watches the requests being evaluated, from one thread: stops each at its time limit, and every
/// one of them when the server's memory goes over its ceiling. Oxigraph looks at a stop request
/// each time it reads the store; a join that multiplies rows already in memory does not, so if the
/// memory is still over the ceiling a few seconds later, the server restarts itself rather than let
/// one request take the machine.
pub(super) struct Watch {
    clocks: Mutex<Vec<std::sync::Weak<Clock>>>,
    timeout: Option<Duration>,
    /// Evaluations abandoned by their relay and still running.
    stuck: std::sync::atomic::AtomicUsize,
}

/// How often the watcher looks, and how long a stopped request may stay over the memory ceiling.
const WATCH_EVERY: Duration = Duration::from_millis(50);
const MEMORY_GRACE: Duration = Duration::from_secs(3);

impl Watch {
    pub(super) fn start(
        timeout: Option<Duration>,
        max_memory_bytes: Option<u64>,
        report: fn(&str),
    ) -> Arc<Self> {
        let this = Arc::new(Watch {
            clocks: Mutex::new(Vec::new()),
            timeout,
            stuck: std::sync::atomic::AtomicUsize::new(0),
        });
        let watched = Arc::downgrade(&this);
        std::thread::spawn(move || {
            let mut over_since: Option<Instant> = None;
            let mut stuck_since: Option<Instant> = None;
            let mut tick = 0u64;
            while let Some(watch) = watched.upgrade() {
                let live: Vec<Arc<Clock>> = match watch.clocks.lock() {
                    Ok(mut list) => {
                        list.retain(|c| c.strong_count() > 0);
                        list.iter().filter_map(std::sync::Weak::upgrade).collect()
                    }
                    Err(_) => Vec::new(),
                };
                for clock in &live {
                    if clock.limit.is_some_and(|limit| clock.spent() >= limit) {
                        clock.stop(Stop::Time);
                    }
                }
                tick += 1;
                if let (Some(max), 0) = (max_memory_bytes, tick % 2) {
                    let rss = resident_bytes().unwrap_or(0);
                    if rss > max {
                        for clock in &live {
                            clock.stop(Stop::Memory);
                        }
                        let since = *over_since.get_or_insert_with(Instant::now);
                        if since.elapsed() > MEMORY_GRACE {
                            restart(
                                &format!(
                                    "a request took the server over {} MB of memory (serve \
                                     --max-memory-mb) and did not stop when asked",
                                    max >> 20
                                ),
                                report,
                            );
                        }
                    } else {
                        over_since = None;
                    }
                }
                // an abandoned evaluation holds a core (and its memory) until it ends, which may
                // be never: once its relay has answered, the server starts again without it
                if watch.stuck.load(std::sync::atomic::Ordering::SeqCst) > 0 {
                    let since = *stuck_since.get_or_insert_with(Instant::now);
                    if since.elapsed() > RESTART_AFTER {
                        restart(
                            "a query or update went over its time limit and did not stop when \
                             asked (a join of rows already in memory)",
                            report,
                        );
                    }
                } else {
                    stuck_since = None;
                }
                drop(live);
                drop(watch);
                std::thread::sleep(WATCH_EVERY);
            }
        });
        this
    }

    /// A clock for a new request's evaluation, running.
    pub(super) fn clock(&self) -> Arc<Clock> {
        let clock = Arc::new(Clock {
            token: CancellationToken::new(),
            limit: self.timeout,
            state: Mutex::new((Duration::ZERO, Some(Instant::now()))),
            stopped: Mutex::new(None),
            fate: std::sync::atomic::AtomicU8::new(RUNNING),
        });
        if let Ok(mut list) = self.clocks.lock() {
            list.push(Arc::downgrade(&clock));
        }
        clock
    }
}

/// How long the server waits, after abandoning an evaluation, before it restarts (its relay
/// answers 503 meanwhile).
const RESTART_AFTER: Duration = Duration::from_secs(1);

/// Starts the server again in this process (the same command line): the only way to end an
/// evaluation that does not stop when asked. Requests in progress are cut; the store is reopened
/// as it was committed (an update that did not finish is not).
fn restart(why: &str, report: fn(&str)) -> ! {
    report(&format!("restarting the server: {why}"));
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let mut args = std::env::args_os();
        let program = std::env::current_exe()
            .ok()
            .map(std::ffi::OsString::from)
            .or_else(|| args.next())
            .unwrap_or_else(|| "parley".into());
        let mut command = std::process::Command::new(program);
        command.args(std::env::args_os().skip(1));
        let error = command.exec();
        report(&format!("cannot restart: {error}"));
    }
    std::process::exit(2);
}

/// The resident memory of this process (Linux; `None` elsewhere).
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb << 10)
}

/// Half of this machine's memory (Linux; `None` elsewhere): the default memory ceiling.
pub fn half_of_the_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some((kb << 10) / 2)
}

/// The requests evaluated at once (`--max-connections`); a request waits for a slot once it has
/// been read whole, so that connections that are idle or slow to send hold none.
pub(super) struct Slots {
    pub(super) used: Mutex<usize>,
    pub(super) freed: std::sync::Condvar,
    pub(super) max: usize,
}

/// A slot, given back when dropped.
pub(super) struct Slot(Arc<Slots>);

impl Slots {
    pub(super) fn take(this: &Arc<Slots>) -> Slot {
        if let Ok(mut used) = this.used.lock() {
            while *used >= this.max {
                match this.freed.wait(used) {
                    Ok(u) => used = u,
                    Err(_) => return Slot(Arc::clone(this)),
                }
            }
            *used += 1;
        }
        Slot(Arc::clone(this))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut used) = self.0.used.lock() {
            *used = used.saturating_sub(1);
        }
        self.0.freed.notify_one();
    }
}
