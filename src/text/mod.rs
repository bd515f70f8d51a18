//! Text as read, and what cleaning keeps of it. Every span is a byte range into the article text
//! exactly as read; `span::CharIndex` turns byte offsets into the character offsets written out (as
//! NIF does). Nothing here can fail.

pub mod clean;
pub mod keys;
pub mod span;

pub use clean::{clean, Cleaned, Removal, RemovalReason};
pub use keys::{fold, slug};
pub use span::{is_invisible, on_one_line, CharIndex, Normalized, Span};
