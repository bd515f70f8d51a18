//! Titles and roles before a person's name: the person a subject's title names (U.S. District
//! Judge X, Fox News contributor X, The Washington Post columnist X, Clinton spokesman X).

use super::super::super::lexicon::lower;
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::W;
use super::super::Sentence;

/// The person that subject `m` is the title of: the one right after it over words in capitals,
/// a genitive or a role (U.S. District Judge X, Fox News contributor X, Reagan's education
/// secretary X imposed …, saying), or the one a description names in apposition (The other
/// candidate, former Secretary of State X, drew a contrast, saying); else `m` (not "Trump
/// attacked Clinton, saying").
pub(in super::super) fn titled_person<'m>(s: &'m Sentence<'_>, m: &'m Mention) -> &'m Mention {
    if let Some(p) = named_in_apposition(s, m) {
        return p;
    }
    let roles = s.lex.words.phrases.roles(s.lang);
    let title = |p: &&Mention| {
        let mut k = m.end;
        while k < p.start {
            k = match roles.longest_at(s.toks, k, lower) {
                Some((n, _)) => k + n,
                None if s.toks[k].is_capitalized() || s.any(k, W::Genitive) => k + 1,
                None => return false,
            };
        }
        k == p.start
    };
    person_after_title(s, m).filter(title).unwrap_or(m)
}

/// "The other candidate on the stage, former Secretary of State X, drew …", « Le porte-parole
/// du ministère, X, a réagi … », "Trump's rival, X, met voters …": the person named
/// between the commas right after description `m`, or after the description `m`'s genitive opens
/// (over a short phrase that completes it), with nothing but words of a role before the name.
fn named_in_apposition<'m>(s: &'m Sentence<'_>, m: &Mention) -> Option<&'m Mention> {
    // (or a name whose genitive opens the description: Trump's rival, X, met voters)
    let genitive = m.end < s.to && s.any(m.end, W::Genitive);
    if m.name.is_some() && !genitive {
        return None;
    }
    let comma = (m.end..(m.end + COMPLEMENT_REACH).min(s.to))
        .take_while(|&k| s.toks[k].is_word() || s.low(k) == ",")
        .find(|&k| s.low(k) == ",")?;
    let p = s.mentions.iter().find(|p| p.start > comma)?;
    let named = s.is_person(p) && p.name.is_some() && p.start <= comma + ROLE_WORDS;
    let between = (comma + 1..p.start).all(|k| s.toks[k].is_word());
    (named && between && p.end < s.to && s.low(p.end) == ",").then_some(p)
}

/// How many words may complete a description before its apposition's comma (the other
/// candidate on the stage, …).
const COMPLEMENT_REACH: usize = 6;

/// How many words of a role may open an apposition before the name (former Secretary of State X).
const ROLE_WORDS: usize = 6;

/// "U.S. Attorney Josh Bash", "El Paso Mayor Dee Margo": the person right after a mention that is
/// not one; "l'agence de presse Belga": the name after a bare head.
pub(in super::super) fn person_after_title<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
) -> Option<&'m Mention> {
    let no_comma = |a: usize, b: usize| (a..b).all(|k| s.low(k) != ",");
    if let Some(p) = role_holder_after(s, m) {
        return Some(p);
    }
    // a possessor before a role and its holder's name (according to Ronald Reagan's former
    // education secretary William J. Bennett): the holder
    if m.end < s.to && s.any(m.end, W::Genitive) {
        let holder = s.mentions.iter().find(|p| {
            p.start > m.end + 1
                && p.start <= m.end + POSSESSED_ROLE
                && s.is_person(p)
                && (m.end + 1..p.start).all(|k| s.toks[k].is_word())
        });
        if holder.is_some() {
            return holder;
        }
    }
    if !s.is_person(m) {
        // (or over roles joined by "and", in lower case: according to USA TODAY contributor and
        // monetary historian David Marsh; not "the FBI and police chief X", two sources)
        let roles = |p: &Mention| {
            let closed = [W::Determiner, W::Preposition, W::Of, W::Aux, W::Function];
            p.start <= m.end + ROLE_WORDS
                && !s.any(m.end, W::And)
                && (m.end..p.start).all(|k| {
                    let t = &s.toks[k];
                    t.is_word() && !t.is_capitalized() && !s.m(k).any_of(&closed)
                })
        };
        let person = s.mentions.iter().find(|p| {
            p.start >= m.end
                && s.is_person(p)
                && (p.start <= m.end + 2 && no_comma(m.end, p.start) || roles(p))
        });
        if person.is_some() {
            return person;
        }
    }
    // a person's name qualifying a noun no role list holds before another person's name (said
    // Clinton ally James Carville, Sanders backer Tim Reed): that person
    let noun = m.end + 1 < s.to && {
        let t = &s.toks[m.end];
        let closed = [
            W::Function,
            W::Determiner,
            W::Preposition,
            W::And,
            W::Aux,
            W::Of,
        ];
        t.is_word() && !t.is_capitalized() && !closed.iter().any(|&w| s.any(m.end, w))
    };
    if noun && s.is_person(m) && !s.is_adverb(m.end) {
        let after = s.mention_starting(m.end + 1).filter(|p| s.is_person(p));
        if let Some(p) = after.filter(|p| s.toks[p.start].is_capitalized()) {
            return Some(p);
        }
    }
    if m.end == m.start + 1 && !s.toks[m.start].is_capitalized() {
        return s
            .mentions
            .iter()
            .find(|p| p.start > m.end && p.start <= m.end + 3 && no_comma(m.end, p.start));
    }
    None
}

/// "Clinton spokesman Brian Fallon", "Trump's lawyer Michael Cohen": the person named right after
/// a role that the name at `m` qualifies (over a possessive 's, or a campaign's role: Clinton
/// campaign chairman John Podesta, Trump campaign manager Corey Lewandowski).
pub(super) fn role_holder_after<'m>(s: &'m Sentence<'_>, m: &Mention) -> Option<&'m Mention> {
    let at = m.end;
    let over = at < s.to && (s.any(at, W::Genitive) || s.any(at, W::CampaignHead));
    let p = s
        .mention_starting(at)
        .or_else(|| over.then(|| s.mention_starting(at + 1)).flatten())?;
    let role_first = p.name.is_some_and(|n| n.start > p.span.start);
    (s.is_person(p) && role_first).then_some(p)
}

/// How many words a possessed role may have before its holder's name (X's former education
/// secretary Y).
const POSSESSED_ROLE: usize = 5;

/// How many words in lower case a unit of a body may take (le secrétariat général de l'ONU).
const UNIT_WORDS: usize = 3;

/// « …, indique le secrétariat général de l'ONU », "according to the press office of the
/// Pentagon": after its article, a unit named by words in lower case, then "of" and a body (no
/// person): the body speaks.
pub(super) fn body_of_unit<'m>(s: &'m Sentence<'_>, j: usize, from: usize) -> Option<&'m Mention> {
    if j <= from || !s.any(j - 1, W::Definite) {
        return None;
    }
    let lower = |k: usize| {
        let t = &s.toks[k];
        t.is_word() && !t.is_capitalized() && !t.starts_with_digit() && !s.any(k, W::Of)
    };
    let k = (j..(j + UNIT_WORDS).min(s.to)).find(|&k| !lower(k))?;
    if k == j || !s.any(k, W::Of) {
        return None;
    }
    let at = if k + 1 < s.to && s.any(k + 1, W::Determiner) {
        k + 2
    } else {
        k + 1
    };
    let m = s.mention_starting(at)?;
    let body = matches!(m.kind, MentionKind::Entity(e) if s.info.get(e).is_some_and(|i| !i.person));
    body.then_some(m)
}

/// "said a 2008 Clinton veteran", "wrote a Trump supporter who runs the account": after an
/// indefinite article or "one" right after the cue (over a number), a name that only qualifies
/// the noun after it (no spokesperson's role) names one person of no name, no speaker.
pub(in super::super) fn one_of_no_name(s: &Sentence<'_>, m: &Mention, from: usize) -> bool {
    let indefinite = (from..m.start)
        .all(|k| s.m(k).any_of(&[W::Indefinite, W::CountWord]) || s.toks[k].starts_with_digit())
        && (from..m.start).any(|k| s.m(k).any_of(&[W::Indefinite, W::CountWord]));
    let noun = |k: usize| {
        k < s.to
            && s.toks[k].is_word()
            && !s.toks[k].is_capitalized()
            && !s
                .m(k)
                .is_one_of(&[W::Preposition, W::Of, W::Relative, W::And, W::Aux])
    };
    // (the nouns it qualifies, none a spokesperson's: a Clinton campaign spokesman speaks)
    let nouns = (m.end..s.to).take_while(|&k| noun(k));
    let qualifies = noun(m.end) && !nouns.into_iter().any(|k| s.any(k, W::Spokesperson));
    indefinite && qualifies
}
