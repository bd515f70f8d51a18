//! Counting the articles of a corpus before reading it, for a progress bar: a JSONL file's
//! non-blank lines, a CSV file's records, one article for any other file. Unknown (`None`) when an
//! input is standard input.

use std::io::Read;
use std::path::Path;

use crate::article::{Format, Input, ReadOptions};

/// How many articles the inputs hold (only computed when a bar is shown).
pub fn count_articles(inputs: &[Input], opts: &ReadOptions) -> Option<u64> {
    let mut total = 0u64;
    for input in inputs {
        let Input::File(path) = input else {
            return None;
        };
        total += match opts.format.or_else(|| Format::from_path(path)) {
            Some(Format::Jsonl) => count_lines(path)?,
            Some(Format::Csv) => csv::Reader::from_path(path).ok()?.byte_records().count() as u64,
            _ => 1,
        };
    }
    Some(total)
}

/// Non-blank lines of a file, read in chunks (a large file is never held in memory).
fn count_lines(path: &Path) -> Option<u64> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut buf = vec![0u8; 1 << 16];
    let (mut lines, mut content) = (0u64, false);
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            if b == b'\n' {
                lines += u64::from(content);
                content = false;
            } else if !b.is_ascii_whitespace() {
                content = true;
            }
        }
    }
    Some(lines + u64::from(content))
}
