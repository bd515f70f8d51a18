//! Cues that report only what a document, a study or a poll says: the document must stand by
//! them (the statement read: …, the poll showed); a gerund after a message its sender sent says
//! what the message says (sent an email saying …).

use super::super::super::lexicon::{lower, CueKind};
use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::Sentence;
use super::{Candidate, CueAt};

/// How far from a document's cue the document may stand (the judge's statement reads, the decree
/// signed by the Pope read).
const DOCUMENT_REACH: usize = 5;

/// A form that reports only what a document says (see `W::DocumentCue`): a reference to a
/// document or a document's noun right before it or right after it (the statement read: …, the
/// decree signed by the Pope read, reads the motion), not a sign or a headline; a study's form
/// (`W::StudyCue`) only with the noun before it (the poll showed); a form that ends with a
/// document's noun only if no verb reports in the relative clause after it
/// ([`document_before_its_verb`]).
pub(super) fn document_cue_has_document(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    if !document_before_its_verb(s, c) {
        return false;
    }
    let study = s.any(c.i, W::StudyCue);
    if !s.any(c.i, W::DocumentCue) && !study {
        return true;
    }
    let before = study_before(s, c.i);
    if study {
        return before;
    }
    let end = c.i + c.n;
    let after = (end..(end + DOCUMENT_REACH).min(s.to))
        .take_while(|&k| s.toks[k].is_word())
        .any(|k| names_a_document(s, k));
    before || after
}

/// Whether token `k` is the noun of a document, a study or a poll (statement, report, poll).
fn names_a_document(s: &Sentence<'_>, k: usize) -> bool {
    s.any(k, W::Reference) || s.any(k, W::DocumentNoun)
}

/// "issued a statement which said, “…”", "released a statement which read: …": a form that ends
/// with a document's noun, right before a relative clause whose verb reports, leaves the report
/// to that verb (whose subject, the document, speaks for its issuer).
fn document_before_its_verb(s: &Sentence<'_>, c: &Candidate) -> bool {
    let end = c.i + c.n;
    let last = end - 1;
    if !names_a_document(s, last) || end + 1 >= s.to {
        return true;
    }
    // ("that" opens no clause whose verb finds its subject: the form keeps the report)
    let relative = s.any(end, W::Relative) && !s.any(end, W::Complementizer);
    let cues = s.lex.cues.get(s.lang);
    !(relative && cues.is_some_and(|ix| ix.longest_at(s.toks, end + 1, lower).is_some()))
}

/// Whether a study's or a document's noun stands right before token `i`, over a few words (the
/// poll released Monday found, the statement read).
pub(super) fn study_before(s: &Sentence<'_>, i: usize) -> bool {
    study_noun_before(s, i, s.from).is_some()
}

/// The study's or document's noun nearest before token `i`, over a few words and not before
/// `floor`: where the subject of a study's cue is (the poll released Monday showed; the name of
/// its issuer counts as one word: a poll by the Public Policy Institute of California showed);
/// not over a word of purpose, after which the cue has a subject of its own
/// (uses data to help brands find suppliers).
pub(in super::super) fn study_noun_before(
    s: &Sentence<'_>,
    i: usize,
    floor: usize,
) -> Option<usize> {
    let (mut k, mut words) = (i, 0);
    while k > floor && words < DOCUMENT_REACH {
        k -= 1;
        if !s.toks[k].is_word() || purpose(s, k) {
            return None;
        }
        if names_a_document(s, k) {
            return Some(k);
        }
        // (the issuer's name after "by", "from" or "of": not a poll in the United States)
        let issuer = |m: &&Mention| {
            let mut b = m.start;
            if b > floor && s.any(b - 1, W::Determiner) {
                b -= 1;
            }
            b > floor && s.m(b - 1).any_of(&[W::Agent, W::SourceOf, W::Of])
        };
        let name = s.mention_at(k).filter(|m| m.start < k && m.start >= floor);
        if let Some(m) = name.filter(issuer) {
            k = m.start;
        }
        words += 1;
    }
    None
}

/// Whether token `k` is a word of purpose before a verb (to help; not to the conference, to
/// Congress: a preposition before a noun phrase).
fn purpose(s: &Sentence<'_>, k: usize) -> bool {
    let verb = k + 1 < s.to && {
        let t = &s.toks[k + 1];
        t.is_word() && !t.is_capitalized() && !s.any(k + 1, W::Determiner)
    };
    s.m(k).is(W::Purpose) && verb
}

/// How many words may stand between a message's indefinite article and its noun (a series of
/// tweets), and between the noun and the gerund (early Friday).
const MESSAGE_REACH: usize = 3;

/// "sent an email saying …", "unleashed a series of tweets early Friday saying …", "posted a
/// video Monday claiming …": a gerund at `i` right after a message its sender sent (an indefinite
/// article before the noun, a day between it and the gerund) reports what the message says, as
/// its sender's: the message's article and noun. Not "despite reports saying" (no one sent them),
/// nor a study (a new poll showing: the poll's issuer speaks).
pub(in super::super) fn message_before(s: &Sentence<'_>, i: usize) -> Option<(usize, usize)> {
    let mut k = i;
    while k > s.from && i - k < MESSAGE_REACH && s.lex.calendar.is_date_word(s.low(k - 1)) {
        k -= 1;
    }
    // (a noun: not "by" or "posted", which also introduce a source; a cue form only as its
    // lemma or a plural: a tweet, tweets)
    let noun_form = |n: usize| {
        let cues = s.lex.cues.get(s.lang);
        cues.and_then(|ix| ix.longest_at(s.toks, n, lower))
            .is_none_or(|(_, c)| s.low(n) == c.lemma || s.plural_form(n))
    };
    let noun = k.checked_sub(1).filter(|&n| {
        n >= s.from
            && !s.toks[n].is_capitalized()
            && (s.any(n, W::Reference) || s.any(n, W::SourceNoun))
            && !s.any(n, W::DocumentNoun)
            && !s.any(n, W::Preposition)
            && !s.any(n, W::Agent)
            && noun_form(n)
    })?;
    // (the message is an object: a verb before its article, not « que des documents »)
    let article = (noun.saturating_sub(MESSAGE_REACH + 1).max(s.from)..noun)
        .rev()
        .find(|&j| s.m(j).is(W::Indefinite))?;
    let sent = article > s.from
        && s.toks[article - 1].is_word()
        && !s.any(article - 1, W::Complementizer)
        && !s.any(article - 1, W::Preposition);
    sent.then_some((article, noun))
}

/// "issued a statement saying …", "posted a video claiming …": the cue that sends the message a
/// gerund after it reports (its phrase ends at the message's noun or right before its article)
/// makes no statement of its own; the gerund does (say, claim, apologize).
pub(super) fn drop_sent_messages(s: &Sentence<'_>, cues: &mut Vec<CueAt>) {
    let sent: Vec<(usize, usize)> = cues
        .iter()
        .filter(|g| g.cue.kind == CueKind::Gerund)
        .filter_map(|g| message_before(s, g.start))
        .collect();
    cues.retain(|c| {
        c.cue.kind == CueKind::Gerund
            || !sent
                .iter()
                .any(|&(article, noun)| c.end == noun + 1 || c.end == article)
    });
}
