//! Where a speaker's mention stands in a sentence: before a cue (over adverbs, an apposition or a
//! relative clause between commas, out of a prepositional phrase), after an incise cue (over a
//! date, a document and its issuer, an indirect object), or after the comma that closes a clause
//! opening the sentence.

use super::super::lexicon::CueKind;
use super::super::mentions::{Mention, MentionKind};
use super::super::tokens::Token;
use super::super::words::W;
use super::cues::CueAt;
use super::Sentence;
use apposition::{
    apposed_name, comma_before, head_of_apposition, named_with_body, over_parenthesis,
    subject_before_description, unclosed_apposition,
};
use aside::dash_aside_open;
pub(super) use aside::{
    in_dash_aside, qualifies_a_person, quotation_ends_aside, quoted_in_aside, quoted_within_aside,
};
pub(super) use inverted::{inverted_subject, named_after_description};
pub(super) use object::verb_of_object;
use quotation::described_person_at;
pub(super) use quotation::subject_after_quotation;
pub(super) use relative::{
    object_relative_between, qualifies_the_antecedent, subject_before_relative,
};
use title::{body_of_unit, role_holder_after};
pub(super) use title::{one_of_no_name, person_after_title, titled_person};

mod apposition;
mod aside;
mod inverted;
mod object;
mod quotation;
mod relative;
mod title;

/// The subject right after the comma that closes a clause opening at `from` (over a determiner).
pub(super) fn main_subject<'m>(s: &'m Sentence<'_>, from: usize) -> Option<&'m Mention> {
    let comma = (from..s.to).find(|&k| s.low(k) == "," && !s.in_quote(k))?;
    s.mentions.iter().find(|m| {
        (m.start == comma + 1 || m.start == comma + 2 && s.any(comma + 1, W::Determiner))
            && usable(m)
    })
}

/// The subject right after a verb cue, over a few words that describe it (said former governor
/// X, said undecided Republican voter X, said GOP strategist X): the first mention before any
/// punctuation, quotation, preposition or conjunction.
pub(super) fn described_subject<'m>(s: &'m Sentence<'_>, c: &CueAt) -> Option<&'m Mention> {
    if !matches!(c.cue.kind, CueKind::Finite | CueKind::Participle) {
        return None;
    }
    (c.end..(c.end + 5).min(s.to))
        .take_while(|&k| {
            !matches!(s.low(k), "," | ":" | ";")
                && !s.is_quote_open(k)
                && !s.any(k, W::Complementizer)
                && !s.any(k, W::Preposition)
                // (the medium: criticized the decision via Twitter)
                && !s.any(k, W::Medium)
                // (the subject of what is reported: said she could not support X)
                && !s.any(k, W::Pronoun)
                && !s.any(k, W::Modal)
                // (a vague source is the subject, no name after it: said one source who
                // identified X)
                && !s.any(k, W::Vague)
                && !s.any(k, W::Relative)
        })
        .find_map(|k| s.mention_starting(k).filter(|m| usable_subject(s, m)))
        .filter(|m| !one_of_no_name(s, m, c.end))
}

/// An entity, but a body's before a noun it qualifies (GOP strategist).
fn usable_subject(s: &Sentence<'_>, m: &Mention) -> bool {
    let qualifies = |t: &Token| t.is_word() && !t.is_capitalized() && !s.any(m.end, W::Preposition);
    matches!(m.kind, MentionKind::Entity(_))
        && (s.is_person(m) || !s.toks.get(m.end).is_some_and(qualifies))
}

/// How far after an incise cue its speaker may stand (a annoncé samedi le Kremlin).
const AFTER_REACH: usize = 9;

/// The speaker mention after an incise cue (a annoncé samedi le Kremlin; said Smith).
pub(super) fn speaker_after<'m>(s: &'m Sentence<'_>, from: usize) -> Option<&'m Mention> {
    let mut j = from;
    while j < s.to && j < from + AFTER_REACH {
        if let Some(m) = s.mention_starting(j) {
            if matches!(m.kind, MentionKind::Adjective(_)) {
                // according to Mexican President …
                j = m.end;
                continue;
            }
            // "selon un communiqué du ministère", "according to a statement from the Pentagon":
            // the document's issuer, named after it
            let new = s.any(m.start, W::Indefinite);
            let issuer = issuer_at(s, m.end, new).filter(|_| m.kind == MentionKind::Reference);
            if let Some(at) = issuer {
                // (the issuer's mention may hold the contraction: du ministère de l'Intérieur)
                j = if s.mention_starting(m.end).is_some() {
                    m.end
                } else {
                    at
                };
                continue;
            }
            // "according to a statement, …": a document no one is said to have issued
            if matches!(m.kind, MentionKind::Reference) && s.any(m.start, W::Indefinite) {
                return None;
            }
            return Some(person_after_title(s, m).unwrap_or(m));
        }
        let qualified = s.toks[j].is_word() && !s.toks[j].is_capitalized();
        if let Some(p) = qualified.then(|| described_after(s, j, from)).flatten() {
            return Some(p);
        }
        // "a indiqué au Monde le premier substitut": an indirect object before the speaker
        if s.any(j, W::Dative) {
            if let Some(m) = s
                .mention_starting(j + 1)
                .or_else(|| s.mention_starting(j + 2))
            {
                j = m.end;
                continue;
            }
        }
        // "according to a tweet on Monday by X", "dans un communiqué de X"
        let m = s.m(j);
        let document = m.any(W::Reference) || m.any(W::SourceNoun);
        // "un communiqué du ministère": the issuer after the document's "of"
        let new = j > from && s.any(j - 1, W::Indefinite);
        if let Some(at) = issuer_at(s, j + 1, new).filter(|_| document) {
            j = at;
            continue;
        }
        // a date of the document (according to a January 2016 study by X)
        let low = s.low(j);
        let date = s.lex.calendar.is_date_word(low) || low.chars().all(|ch| ch.is_ascii_digit());
        if s.is_skip(j) || s.noun_marker(j) || document || date {
            j += 1;
            continue;
        }
        // an adjective before the document (a recent report by, un nouveau sondage de)
        let adjective = s.toks[j].is_word() && !s.toks[j].is_capitalized();
        let doc_next = j + 1 < s.to && (s.any(j + 1, W::Reference) || s.any(j + 1, W::SourceNoun));
        if adjective && doc_next && j > from && s.noun_marker(j - 1) {
            j += 1;
            continue;
        }
        // "according to conservative talk radio host X": the person the words right after the
        // cue describe
        return (adjective && j == from)
            .then(|| described_person_at(s, j, s.to))
            .flatten();
    }
    None
}

/// The speaker a word in lower case at `j` opens the description of: the person a qualifying
/// name names (said former Obama adviser David Axelrod), a person after a noun (selon le
/// professeur X) or the body of a unit (le secrétariat général de l'ONU).
fn described_after<'m>(s: &'m Sentence<'_>, j: usize, from: usize) -> Option<&'m Mention> {
    s.mention_starting(j + 1)
        .and_then(|m| role_holder_after(s, m))
        .or_else(|| named_after_noun(s, j, from))
        .or_else(|| body_of_unit(s, j, from))
}

/// Where the issuer of a document starts when it follows the document's noun ending before token
/// `k`: after the "of" / "from" / « de » (un communiqué du ministère), or, for a `new` document
/// (after an indefinite article), after a participle and its "by" (a statement released by
/// Erdogan's office, un texte publié par l'Élysée; not "the statement quoted by IRNA", a medium).
fn issuer_at(s: &Sentence<'_>, k: usize, new: bool) -> Option<usize> {
    if k < s.to && (s.any(k, W::SourceOf) || s.any(k, W::Of)) {
        return Some(k + 1);
    }
    let participle = new && k + 1 < s.to && s.toks[k].is_word() && !s.toks[k].is_capitalized();
    (participle && s.any(k + 1, W::Agent)).then_some(k + 2)
}

/// "selon le professeur Paul Garber", "according to the economist Ann Cole": after its article, a
/// noun at `j` no role list holds, then the person's name, which ends the phrase (not "a senior
/// Cruz aide", nor "l'entourage du candidat").
fn named_after_noun<'m>(s: &'m Sentence<'_>, j: usize, from: usize) -> Option<&'m Mention> {
    if j <= from || !s.any(j - 1, W::Definite) {
        return None;
    }
    let ends_phrase = |p: &Mention| {
        s.toks
            .get(p.end)
            .is_none_or(|t| !t.is_word() || t.is_capitalized())
    };
    s.mention_starting(j + 1)
        .filter(|p| s.is_person(p) && s.toks[p.start].is_capitalized() && ends_phrase(p))
}

/// How far back the comma before an apposition may be.
const APPOSITION_REACH: usize = 25;

/// The subject before a cue: the closest mention reachable over skippable words and one
/// apposition or relative clause between commas.
pub(super) fn speaker_before<'m>(
    s: &'m Sentence<'_>,
    cue_start: usize,
    floor: usize,
) -> Option<&'m Mention> {
    if let Some(m) = subject_after_quotation(s, cue_start, floor) {
        return Some(m);
    }
    let mut j = cue_start;
    let mut commas = 0;
    let mut relative = false;
    while j > floor {
        j -= 1;
        // (a short quotation that ends an aside ends with its comma: X, the star of "The
        // Apprentice," said)
        if j > floor + 1 && quotation_ends_aside(s, j) {
            j -= 1;
        }
        if let Some(open) = dash_aside_open(s, j, floor).filter(|_| !relative && commas == 0) {
            j = open;
            continue;
        }
        if let Some(m) = s.mention_at(j) {
            // (a medium's user, no name: one Twitter user said)
            if qualifies_a_person(s, m) {
                return None;
            }
            // (the object of a gerund or a reduced passive's agent: on before that verb)
            if let Some(v) = verb_of_object(s, m, floor).filter(|_| !relative) {
                j = v;
                continue;
            }
            if usable(m) {
                return subject_from(s, m, floor, relative);
            }
            j = m.start;
            continue;
        }
        if s.low(j) == "," {
            commas += 1;
            if commas > 2 {
                return None;
            }
            if commas == 1 {
                match across_comma(s, j, floor, relative) {
                    Across::Found(m) => return Some(m),
                    Across::Continue(k) => j = k,
                    Across::Next => {}
                }
            }
            continue;
        }
        if s.any(j, W::Relative) {
            relative = true;
            continue;
        }
        // "X — who has vowed …": the name right before the dash that opens the relative clause
        if relative && j > floor && s.dash_like(j) {
            return s.mention_at(j - 1).filter(|m| m.end == j && usable(m));
        }
        // (an object clitic before the verb or its auxiliary: X l'accuse, X lui a dit)
        let clitic = s.any(j, W::Clitic) && (j + 1..cue_start).all(|k| s.is_skip(k));
        if s.is_skip(j) || s.any(j, W::Complementizer) || clitic {
            continue;
        }
        // a parenthesis after the subject, whatever names it holds: the National Hurricane
        // Center (NHC) reported, Ann Cole (D-Ohio) said, X (a Democrat so boyish he …) says
        if s.low(j) == ")" {
            if let Some(open) = (j.saturating_sub(PARENTHESIS_REACH).max(floor)..j)
                .rev()
                .find(|&p| s.low(p) == "(")
            {
                j = open;
                continue;
            }
        }
        return person_before_place(s, j, floor);
    }
    None
}

/// The subject that the first usable mention `m` walking back from a cue gives: whom a
/// description in apposition describes when a relative clause follows it (X, a Republican who
/// criticized Y), the subject outside a prepositional phrase or an apposition, else `m`; none
/// when `m` qualifies the relative's antecedent, a noun with no name (a teacher from
/// Philadelphia who said).
fn subject_from<'m>(
    s: &'m Sentence<'_>,
    m: &'m Mention,
    floor: usize,
    relative: bool,
) -> Option<&'m Mention> {
    if located_country(s, m, floor) {
        return None;
    }
    let apposed = relative.then(|| apposed_name(s, m, floor)).flatten();
    let outer = subject_outside_phrase(s, m, floor).or_else(|| unclosed_apposition(s, m, floor));
    if apposed.is_none() && outer.is_none() && qualifies_the_antecedent(s, m, floor) {
        return None;
    }
    Some(apposed.unwrap_or_else(|| outer.unwrap_or(m)))
}

/// "One of the main opposition parties in Ukraine demands", « un parti d'opposition en Ukraine
/// demande »: a country after a locative preposition and a noun in lower case says where the
/// subject is; the subject names no one.
pub(super) fn located_country(s: &Sentence<'_>, m: &Mention, floor: usize) -> bool {
    let country =
        matches!(m.kind, MentionKind::Entity(e) if s.info.get(e).is_some_and(|i| i.country));
    let k = m.start;
    country
        && k >= floor + 2
        && s.m(k - 1).any(W::Locative)
        && s.toks[k - 2].is_word()
        && !s.toks[k - 2].is_capitalized()
}

/// "Gov. John Kasich of Ohio, a Republican who …, said", "Senator Ann Cole of New Hampshire
/// said": the person before "of" and a place, whose words end at `j` (not "Philando Castile in
/// Minnesota", a place where).
pub(super) fn person_before_place<'m>(
    s: &'m Sentence<'_>,
    j: usize,
    floor: usize,
) -> Option<&'m Mention> {
    // (over the place's words, a mention of it or not, to the preposition)
    let mut k = j + 1;
    while k > floor + 1
        && s.toks[k - 1].is_capitalized()
        && !s.mention_at(k - 1).is_some_and(|m| s.is_person(m))
    {
        k -= 1;
    }
    let place = k > floor + 1 && s.any(k - 1, W::Of) && s.toks[k].is_capitalized();
    let m = s.mention_at(k.checked_sub(2)?)?;
    (place && m.end == k - 1 && s.is_person(m) && usable(m)).then_some(m)
}

/// How long a parenthesis between a subject and its verb may be (an aside of a sentence's length).
const PARENTHESIS_REACH: usize = 25;

/// "Richard Ferrand in relaying the news to parliament said": a mention inside a prepositional
/// phrase is not the subject when one stands further left.
fn subject_outside_phrase<'m>(
    s: &'m Sentence<'_>,
    m: &Mention,
    floor: usize,
) -> Option<&'m Mention> {
    // back over a nationality and a determiner (Paul Roy of the Canadian Wildlife Service said);
    // over a determiner, only a name is the subject (a spokesman for the Russian Defence Ministry
    // said: the ministry)
    let mut k = m.start;
    while k > floor
        && s.mention_at(k - 1)
            .is_some_and(|a| matches!(a.kind, MentionKind::Adjective(_)))
    {
        k -= 1;
    }
    let determiner = k > floor && s.any(k - 1, W::Determiner);
    if determiner {
        k -= 1;
    }
    let in_pp = k > floor && s.any(k - 1, W::Preposition);
    if !in_pp {
        return None;
    }
    let outer = s.mentions.iter().rev().find(|o| {
        o.end <= m.start
            && o.start >= floor
            && m.start - o.end <= 12
            && usable(o)
            && (!determiner || o.name.is_some())
            && (o.start == floor || !s.any(o.start - 1, W::Preposition))
            && (o.end..m.start)
                .all(|k| !matches!(s.low(k), "," | ";" | ":") && !s.is_quote_close(k))
    })?;
    // a document's issuer speaks for it (un rapport de l'ONU affirme, a report by X found)
    (outer.kind != MentionKind::Reference).then_some(outer)
}

enum Across<'m> {
    Found(&'m Mention),
    /// Go on walking back from this comma.
    Continue(usize),
    /// Go on from the comma itself.
    Next,
}

/// At the first comma before a cue (at `j`): "A, B, said" / "X, qui …, a dit".
fn across_comma<'m>(s: &'m Sentence<'_>, j: usize, floor: usize, relative: bool) -> Across<'m> {
    let found = comma_before(s, j, floor);
    let before_comma = s
        .mention_at(j.saturating_sub(1))
        .filter(|m| j > floor && usable(m));
    // "X, qui a dit": the mention right before the comma
    if relative || found.is_none() {
        if let Some(m) = before_comma {
            return Across::Found(m);
        }
    }
    let Some(k) = found else {
        return Across::Next;
    };
    // (a comma inside a short quotation that ends an aside before a relative clause: X, the star
    // of "The Apprentice," who …, said — on from the quotation's opening)
    if let Some((open, _)) = (k + 1 < j && s.is_quote_close(k + 1))
        .then(|| s.quote_ending_at(k + 1))
        .flatten()
    {
        return Across::Continue(open);
    }
    if let Some(m) = before_comma.and_then(|m| listed_or_described(s, m, (k, j), floor)) {
        return Across::Found(m);
    }
    // "A, B, said": B when B is a person named between the commas (Merkel's spokesperson, Steffen
    // Seibert, said; not a description without a name), else A (Jonna Mendez, also CIA, said)
    if let Some(m) = before_comma.filter(|m| m.start == k + 1 && s.is_person(m) && m.name.is_some())
    {
        // (the role of the name before: Ban Ki-moon, the secretary general of the UN, vowed —
        // the statement starts at the name)
        let same = s
            .mention_at(k.saturating_sub(1))
            .filter(|a| k > floor && a.end == k && a.kind == m.kind);
        return Across::Found(same.unwrap_or(m));
    }
    if let Some(p) = named_with_body(s, k, j) {
        return Across::Found(p);
    }
    // "The militant organisation, the Islamic State, claimed": a name in apposition to a
    // description names whom it describes
    let described = s
        .mention_at(k.saturating_sub(1))
        .is_some_and(|a| k > floor && a.end == k && a.name.is_none() && usable(a));
    if let Some(m) = before_comma.filter(|m| m.start <= k + 2 && m.name.is_some() && described) {
        return Across::Found(m);
    }
    if let Some(m) = named_before_comma(s, k, floor) {
        return Across::Found(m);
    }
    // "Okafor, citing a report by the World Bank, said", « X, interrogé par France Inter, a
    // affirmé »: a phrase between the commas that opens with a lower-case word other than an
    // article is an aside, whose names are no subject
    // (not one that names more of the subject: Some observers, including X, said)
    let aside = s
        .toks
        .get(k + 1)
        .is_some_and(|t| t.is_word() && !t.is_capitalized())
        && !s.any(k + 1, W::Determiner)
        && !s.m(k + 1).is(W::Including);
    // (an indefinite description describes the word before it: X, chief executive of Y, a San
    // Francisco company, said)
    let describes = s.any(k + 1, W::Indefinite);
    match before_comma {
        Some(m) if !aside && !describes => Across::Found(m),
        // (as if the comma before it ended the apposition: X, editor of Y, a newspaper, said)
        _ if describes && k > floor => match across_comma(s, k, floor, relative) {
            Across::Next => Across::Continue(k),
            found => found,
        },
        _ => Across::Continue(k),
    }
}

/// The subject named right before the comma at `k` that opens an apposition: Dr. X of
/// University College London, a researcher, said (X); "Senator Ann Cole of Ohio, the panel's
/// chairwoman, said" (the person the place before the comma qualifies).
fn named_before_comma<'m>(s: &'m Sentence<'_>, k: usize, floor: usize) -> Option<&'m Mention> {
    let name_end = over_parenthesis(s, k, floor);
    if let Some(m) = s
        .mention_at(name_end.saturating_sub(1))
        .filter(|m| name_end > floor && m.end == name_end && usable(m))
    {
        let m = subject_outside_phrase(s, m, floor).unwrap_or(m);
        return Some(head_of_apposition(s, m, floor).unwrap_or(m));
    }
    (name_end > floor + 1)
        .then(|| person_before_place(s, name_end - 1, floor))
        .flatten()
}

/// The subject when the mention `m` right before the comma at `j` ends a list or names what a
/// description between the commas `k` and `j` describes: "Several countries, including France,
/// Germany and Italy, condemned" (the end of a list of names between the commas, with the names
/// listed before it); "Anna Berg, the editor of the city's newspaper, the Daily Post, said" (a
/// name in apposition to the noun that ends a person's description names that noun's referent;
/// the person described is the subject).
fn listed_or_described<'m>(
    s: &'m Sentence<'_>,
    m: &'m Mention,
    (k, j): (usize, usize),
    floor: usize,
) -> Option<&'m Mention> {
    if ends_a_list(s, k + 1, j) && opens_a_list(s, k, floor) {
        return Some(m);
    }
    subject_before_description(s, k, floor)
}

/// Whether tokens `from..to` are names coordinated by a conjunction, with an article before
/// each (Germany and Italy, l'Allemagne et l'Italie): the end of a list.
fn ends_a_list(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let mut k = from;
    let mut names = 0;
    let mut and = false;
    while k < to {
        if s.any(k, W::And) && names > 0 {
            and = true;
            k += 1;
        } else if let Some(m) = s.mention_starting(k).filter(|m| m.end <= to && usable(m)) {
            names += 1;
            k = m.end;
        } else if s.any(k, W::Determiner) {
            k += 1;
        } else {
            return false;
        }
    }
    and && names >= 2
}

/// Whether the list whose last names follow the comma at `k` names the subject: its first
/// names follow an aside word (including, dont) or it is an apposition to a noun (Two Democrats,
/// Collin Peterson and Jeff Van Drew, opposed); not the object of a preposition (X, who served
/// in Iran, Turkey and France, praised).
fn opens_a_list(s: &Sentence<'_>, mut k: usize, floor: usize) -> bool {
    while k > floor {
        // (a description names no item: The Democratic candidates, X and Y, have promised)
        let item = s
            .mention_at(k - 1)
            .filter(|m| m.end == k && usable(m) && m.name.is_some());
        let Some(m) = item else {
            return s.toks[k - 1].is_word();
        };
        let mut b = m.start;
        if b > floor && s.any(b - 1, W::Determiner) {
            b -= 1;
        }
        if b <= floor || s.low(b - 1) != "," {
            return b > floor && s.any(b - 1, W::Including);
        }
        k = b - 1;
    }
    false
}

/// Whether a mention may be a speaker (not a nationality, not a vague source).
pub(super) fn usable(m: &Mention) -> bool {
    !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague)
}

/// How many words may describe an organisation after "of" (of the army's Western Mindanao
/// Command, of worldwide victim group Ending Clergy Abuse).
const OF_WORDS: usize = 4;

/// "Arnel dela Vega of the army's Western Mindanao Command said", « X, de l'ONG Y, a dit »: the
/// person named right before "of" and the organisation they belong to, who is the speaker.
pub(super) fn person_of<'m>(s: &'m Sentence<'_>, org: &'m Mention) -> Option<&'m Mention> {
    if s.is_person(org) {
        return None;
    }
    let from = s.from;
    let mut k = org.start;
    while k > from && org.start - k < OF_WORDS && !s.any(k - 1, W::Of) {
        let t = &s.toks[k - 1];
        // (in lower case, a genitive, or a place or a nationality: of the Beijing … Institute)
        let place = s.mention_at(k - 1).is_some_and(|m| !s.is_person(m));
        let describes = t.is_word() && !t.is_capitalized() || s.any(k - 1, W::Genitive) || place;
        if !describes {
            return None;
        }
        k -= 1;
    }
    if k <= from + 1 || !s.any(k - 1, W::Of) {
        return None;
    }
    s.mentions.iter().find(|p| p.end + 1 == k && s.is_person(p))
}
