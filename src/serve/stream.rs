//! Answers streamed as the client reads them: a serializer writes a few hundred rows at a time
//! into a buffer the response body reads from, so that memory stays bounded whatever the size of
//! the result, and the evaluation clock runs only while rows are computed.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::rc::Rc;
use std::sync::Arc;

use oxhttp::model::{Body, Response, StatusCode};

use super::http::response;
use super::limits::{Clock, Slot};

/// A buffer the serializer writes into and the response body reads from.
#[derive(Clone, Default)]
pub(super) struct Shared(Rc<RefCell<Vec<u8>>>);

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
pub(super) struct Streamed {
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
pub(super) const ROWS_PER_STEP: usize = 512;

/// A 200 answer whose body is `items` written by `serializer` into `buffer` a few hundred at a
/// time, as the client reads; an error after the first bytes ends the connection early.
pub(super) fn streamed<T, E, S>(
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
