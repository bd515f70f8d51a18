//! Who has a store open, and who may open it: any number of readers at once (reading commands and
//! read-only servers, each with RocksDB opened read-only), or one writer alone. The lock is an OS
//! file lock on `parley.lock` in the store directory (shared by readers, exclusive for a writer),
//! released by the kernel when a process ends however it ends.
//!
//! So that a refused command can be told who holds the store, each holder leaves a note: a writer
//! in `parley.lock` itself, each reader in its own file of `parley.readers/`, which it keeps locked
//! while it reads (a note whose file is not locked was left by a reader that died, and is removed).
//! A note is `pid N: COMMAND`, then `url URL` for a server.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The lock file, and the directory of readers' notes.
pub const LOCK_FILE: &str = "parley.lock";
const READERS: &str = "parley.readers";

/// Who is opening a store: its command line and, for a server, where it answers.
#[derive(Debug, Clone, Default)]
pub struct Holder {
    pub command: String,
    pub url: Option<String>,
}

impl Holder {
    fn note(&self) -> String {
        let mut s = format!("pid {}: {}\n", std::process::id(), self.command);
        if let Some(url) = &self.url {
            s.push_str(&format!("url {url}\n"));
        }
        s
    }
}

/// A note read back: `pid N: COMMAND` and the server's URL, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Note {
    who: String,
    url: Option<String>,
}

fn parse(text: &str) -> Note {
    let mut lines = text.lines();
    let who = lines.next().unwrap_or("").trim().to_string();
    let url = lines.find_map(|l| l.strip_prefix("url ").map(|u| u.trim().to_string()));
    Note { who, url }
}

/// Why a store could not be locked.
#[derive(Debug)]
pub enum LockError {
    /// Held by others: who, as a sentence ("another process (pid 1: …). …").
    Busy(String),
    Io(std::io::Error),
}

/// The lock held while a store is open: released when dropped (a reader's note is removed).
#[derive(Debug)]
pub struct StoreLock {
    _file: File,
    note: Option<(File, PathBuf)>,
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        if let Some((_, path)) = self.note.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Locks the store in `dir` for `holder`: exclusively for a writer, shared for a reader.
pub fn acquire(dir: &Path, write: bool, holder: &Holder) -> Result<StoreLock, LockError> {
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(LOCK_FILE))
        .map_err(LockError::Io)?;
    if write {
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(LockError::Busy(busy(dir, &file)))
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
        file.set_len(0).map_err(LockError::Io)?;
        file.write_all(holder.note().as_bytes())
            .map_err(LockError::Io)?;
        // alone: every note left is a dead reader's (a server stopped by Ctrl-C leaves its own)
        readers(dir);
        return Ok(StoreLock {
            _file: file,
            note: None,
        });
    }
    // the note first, so that a writer refused because of this reader can name it
    let note = leave_note(dir, holder).map_err(LockError::Io)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(StoreLock {
            _file: file,
            note: Some(note),
        }),
        Err(e) => {
            let _ = std::fs::remove_file(&note.1);
            match e {
                std::fs::TryLockError::WouldBlock => Err(LockError::Busy(busy(dir, &file))),
                std::fs::TryLockError::Error(e) => Err(LockError::Io(e)),
            }
        }
    }
}

/// Who holds the store in `dir` alone (a writer), if anyone: what a refused reader is told.
pub fn held_by_writer(dir: &Path) -> Option<String> {
    let file = File::open(dir.join(LOCK_FILE)).ok()?;
    match file.try_lock_shared() {
        Err(std::fs::TryLockError::WouldBlock) => Some(busy(dir, &file)),
        _ => None,
    }
}

/// A reader's note in `parley.readers/`, written under a temporary name and locked before it is
/// given its name: a note that can be seen is always locked while its reader lives.
fn leave_note(dir: &Path, holder: &Holder) -> std::io::Result<(File, PathBuf)> {
    static SEQUENCE: AtomicU64 = AtomicU64::new(0);
    let readers = dir.join(READERS);
    std::fs::create_dir_all(&readers)?;
    let name = format!(
        "{}-{}",
        std::process::id(),
        SEQUENCE.fetch_add(1, Ordering::Relaxed)
    );
    let partial = readers.join(format!(".{name}.partial"));
    let path = readers.join(format!("{name}.reader"));
    let mut file = File::create(&partial)?;
    file.lock()?;
    file.write_all(holder.note().as_bytes())?;
    std::fs::rename(&partial, &path)?;
    Ok((file, path))
}

/// The notes of the readers alive (oldest process first); the others are removed.
fn readers(dir: &Path) -> Vec<Note> {
    let Ok(entries) = std::fs::read_dir(dir.join(READERS)) else {
        return Vec::new();
    };
    let mut notes: Vec<(u64, Note)> = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "reader") {
            continue;
        }
        let Ok(mut file) = File::open(&path) else {
            continue;
        };
        match file.try_lock_shared() {
            // nobody holds it: its reader has ended
            Ok(()) => {
                let _ = std::fs::remove_file(&path);
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                let pid = text
                    .strip_prefix("pid ")
                    .and_then(|t| t.split(':').next())
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(u64::MAX);
                notes.push((pid, parse(&text)));
            }
            Err(std::fs::TryLockError::Error(_)) => {}
        }
    }
    notes.sort_by(|a, b| (a.0, &a.1.who).cmp(&(b.0, &b.1.who)));
    notes.into_iter().map(|(_, n)| n).collect()
}

/// Who holds the store, as the rest of "store DIR is in use by …".
fn busy(dir: &Path, lock: &File) -> String {
    let readers = readers(dir);
    if readers.is_empty() {
        let mut text = String::new();
        let _ = (&*lock).read_to_string(&mut text);
        let note = parse(&text);
        let who = if note.who.is_empty() {
            String::new()
        } else {
            format!(" ({})", note.who)
        };
        let served = note
            .url
            .map(|u| format!("; meanwhile, its server answers queries at {u}"))
            .unwrap_or_default();
        return format!(
            "another process{who}. A command that writes a store has it alone (reading it while \
             it is written is not safe): wait for that command to finish, or stop it (Ctrl-C \
             lets an ingest store what it has read){served}"
        );
    }
    let servers: Vec<&str> = readers.iter().filter_map(|n| n.url.as_deref()).collect();
    let who: Vec<String> = readers
        .iter()
        .map(|n| match &n.url {
            Some(url) => format!("{}, serving {url}", n.who),
            None => n.who.clone(),
        })
        .collect();
    let advice = match servers.as_slice() {
        [] => "wait for them to finish".to_string(),
        [one] => format!(
            "stop them, or send your queries to the server at {one} instead (SPARQL at {}query)",
            with_slash(one)
        ),
        many => format!(
            "stop them, or send your queries to a server instead ({})",
            many.join(", ")
        ),
    };
    format!(
        "{} reading it ({}). Readers share a store, but a command that writes it needs it alone: {advice}",
        if readers.len() == 1 {
            "a process".to_string()
        } else {
            format!("{} processes", readers.len())
        },
        who.join("; ")
    )
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holder(command: &str, url: Option<&str>) -> Holder {
        Holder {
            command: command.into(),
            url: url.map(str::to_string),
        }
    }

    #[test]
    fn readers_share_a_writer_is_alone_and_each_refusal_names_the_holders() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let server = acquire(
            d,
            false,
            &holder("parley serve", Some("http://127.0.0.1:7878/")),
        )
        .unwrap();
        let stats = acquire(d, false, &holder("parley stats", None)).unwrap();
        let Err(LockError::Busy(why)) = acquire(d, true, &holder("parley ingest x", None)) else {
            panic!("a writer beside readers");
        };
        let pid = std::process::id();
        assert_eq!(
            why,
            format!(
                "2 processes reading it (pid {pid}: parley serve, serving http://127.0.0.1:7878/; \
                 pid {pid}: parley stats). Readers share a store, but a command that writes it \
                 needs it alone: stop them, or send your queries to the server at \
                 http://127.0.0.1:7878/ instead (SPARQL at http://127.0.0.1:7878/query)"
            )
        );
        drop((server, stats));
        assert!(
            std::fs::read_dir(d.join(READERS)).unwrap().next().is_none(),
            "notes are removed"
        );
        let writer = acquire(d, true, &holder("parley ingest x", None)).unwrap();
        for write in [false, true] {
            let Err(LockError::Busy(why)) = acquire(d, write, &holder("parley stats", None)) else {
                panic!("beside a writer");
            };
            assert!(
                why.starts_with(&format!("another process (pid {pid}: parley ingest x). ")),
                "{why}"
            );
        }
        assert!(
            std::fs::read_dir(d.join(READERS)).unwrap().next().is_none(),
            "a refused reader leaves no note"
        );
        drop(writer);
        acquire(d, false, &holder("parley stats", None)).unwrap();
    }

    #[test]
    fn the_note_of_a_reader_that_died_is_not_a_holder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(READERS)).unwrap();
        let stale = dir.path().join(READERS).join("999999-0.reader");
        std::fs::write(
            &stale,
            "pid 999999: parley serve\nurl http://127.0.0.1:1/\n",
        )
        .unwrap();
        let writer = acquire(dir.path(), true, &holder("parley ingest", None)).unwrap();
        drop(writer);
        // only a refused writer reads the notes: make one
        let reader = acquire(dir.path(), false, &holder("parley stats", None)).unwrap();
        let Err(LockError::Busy(why)) = acquire(dir.path(), true, &holder("x", None)) else {
            panic!()
        };
        assert!(!why.contains("999999"), "{why}");
        assert!(!stale.exists());
        drop(reader);
    }
}
