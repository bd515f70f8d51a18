//! How two names of a person compare: one ends the other (Le Pen, Marine Le Pen), first names
//! in full or in initials (H. Clinton, Hillary Clinton), another first name than a known actor's
//! (Hunter Biden is not Joe Biden).

use crate::text::slug;

/// Whether the name `tail`, of a word or more, ends the name `full` after a space (Le Pen,
/// Marine Le Pen), as written.
pub fn ends_name(full: &str, tail: &str) -> bool {
    full.strip_suffix(tail)
        .is_some_and(|head| head.ends_with(' '))
}

/// [`ends_name`] whatever the case of the words (Bin Salman ends Mohammed bin Salman).
pub fn ends_name_any_case(full: &str, tail: &str) -> bool {
    ends_name(&full.to_lowercase(), &tail.to_lowercase())
}

/// Whether `name`, a full name, has another first name than the known actor keyed `key`
/// (joe-biden: Hunter Biden does, Joe Biden does not; a surname alone has none).
pub(super) fn other_first_name(key: &str, name: &str) -> bool {
    let mut words = name.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => {
            !key.starts_with(&format!("{}-", slug(first)))
                && !initials_of(first, key.split('-').next().unwrap_or(key))
        }
        _ => false,
    }
}

/// Whether two first names are the same, one maybe in initials (H. and Hillary).
pub(super) fn same_first_name(a: Option<&str>, b: Option<&str>) -> bool {
    a == b || a.zip(b).is_some_and(|(a, b)| initials_of(a, b))
}

/// The letters of a word written in initials (H. → H, J.-M. → J M), if it is one.
fn initials(word: &str) -> Option<Vec<char>> {
    word.split('-')
        .map(|p| {
            let mut letters = p.strip_suffix('.')?.chars();
            letters.next().filter(|_| letters.next().is_none())
        })
        .collect()
}

/// Whether a name opens with initials (H. Clinton, J.-M. Ayrault).
pub(super) fn opens_with_initial(name: &str) -> bool {
    name.split_whitespace().next().and_then(initials).is_some()
}

/// Whether `first` is written in initials (H., J.-M.) of the first name `full` (Hillary,
/// Jean-Marc): one initial of each of its parts, in order, without case.
fn initials_of(first: &str, full: &str) -> bool {
    let parts: Vec<char> = full.split('-').filter_map(|p| p.chars().next()).collect();
    initials(first).is_some_and(|letters| {
        letters.len() == parts.len()
            && letters
                .iter()
                .zip(&parts)
                .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
    })
}
