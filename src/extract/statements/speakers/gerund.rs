//! The speaker of a gerund (saying, en annonçant) or of an infinitive after « pour »: whom a
//! medium quotes (quoted X as saying), the subject of an absolute clause (with X saying), the
//! sender of a message (sent an email saying), else the subject of the sentence's clause.

use super::super::super::lexicon::CueKind;
use super::super::super::mentions::Mention;
use super::super::super::words::W;
use super::super::cues;
use super::super::subjects::{main_subject, speaker_before, titled_person, usable};
use super::super::Sentence;
use super::{speaker_of, Choice, Ctx};

/// The rule for a gerund or an infinitive cue: always applies to one, its speaker or none.
pub(super) fn gerund(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    // (an infinitive after « pour » has its subject as a gerund does)
    if !matches!(c.cue.kind, CueKind::Gerund | CueKind::Infinitive) || progressive(x) {
        return false;
    }
    // "Reuters quoted Budi Gunawan as saying …": whom the medium quotes
    if c.start > s.from + 1 && s.m(c.start - 1).is(W::QuotedAs) {
        let floor = x.site.prev_end.max(s.from);
        // "X was quoted as saying": before the passive
        let passive = c.start >= floor + 3 && s.any(c.start - 3, W::AuxPassive);
        let before = if passive { c.start - 3 } else { c.start - 1 };
        choice.speaker =
            speaker_before(s, before, floor).and_then(|m| speaker_of(m, x.memory, 1.0));
        return true;
    }
    // "X sent an email saying …": the message's sender, the subject of the verb before it
    if let Some((article, _)) = cues::document::message_before(s, c.start) {
        choice.speaker = sender(x, article);
        return true;
    }
    // "with X saying …": the name that opens the absolute clause
    if let Some(m) = cues::absolute_subject(s, c.start) {
        choice.speaker = speaker_of(m, x.memory, 1.0);
        return true;
    }
    // (not whom the subject acts with or on: Warren clashed with Biden, saying)
    let object = |m: &&Mention| m.start > s.from && s.any(m.start - 1, W::Preposition);
    // (the subject of a main clause after the previous cue's clause: Years after X claimed …,
    // Y won the nomination by promising …; As X hints at …, Y is not having it, delivering)
    let main = x
        .out
        .last()
        .and_then(|_| main_clause_subject(s, x.site.prev_end, c.start))
        .or_else(|| subordinate_subject(s, c.start));
    if main.is_none() && x.out.is_empty() && possessed_subject(x, choice) {
        return true;
    }
    choice.speaker = main
        .and_then(|m| speaker_of(titled_person(s, m), x.memory, 0.8))
        .or_else(|| {
            x.out
                .last()
                .map(|f| (f.speaker, f.confidence, f.speaker_span))
        })
        .or_else(|| {
            // en annonçant …: the subject of the sentence, the first mention that opens a clause
            // (not the person or place of an opening phrase: After meeting X in Berlin, Y …,
            // saying; a dateline names no one); the person a title names (U.S. District Judge
            // X imposed a sentence, saying)
            // (a name before a vague head speaks for no one: Trump supporters ripped them away,
            // screaming slurs and calling her …)
            let before = |m: &&Mention| m.end <= c.start && !s.in_quote(m.start) && usable(m);
            let vague_head = |m: &&Mention| m.end < c.start && s.any(m.end, W::Vague);
            s.mentions
                .iter()
                .filter(before)
                .find(|m| s.opens_clause(m))
                .or_else(|| s.mentions.iter().find(before).filter(|m| !object(m)))
                .filter(|m| !vague_head(m))
                .and_then(|m| speaker_of(titled_person(s, m), x.memory, 0.8))
        })
        .or_else(|| {
            let m = speaker_before(s, c.start, s.from).filter(|m| !object(m))?;
            speaker_of(m, x.memory, 0.8)
        })
        // Affirmant que …, il a critiqué / Claiming that …, he criticised: a gerund opening the
        // sentence has the subject of the main clause after its comma
        .or_else(|| {
            // with what it reports right after it (not "Speaking to reporters, he said")
            let reports =
                c.end < s.to && (s.any(c.end, W::Complementizer) || s.is_quote_open(c.end));
            let opens = c.start == s.from && reports;
            let m = opens.then(|| main_subject(s, c.end)).flatten()?;
            speaker_of(m, x.memory, 0.8)
        });
    true
}

/// The possessor of the subject's head that opens the sentence is no subject (The Pentagon's top
/// adviser went further, arguing); the person named in apposition to the head is (Trump's state
/// director, Mike Rubino, reached out, writing). Whether the sentence opens so.
fn possessed_subject(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    let first = s.mentions.iter().find(|m| m.end <= c.start && usable(m));
    let Some(first) = first.filter(|m| s.opens_clause(m) && super::qualifies_a_head(s, m, s.from))
    else {
        return false;
    };
    choice.speaker =
        apposed_to_head(s, first.end, c.start).and_then(|m| speaker_of(m, x.memory, 0.8));
    true
}

/// How many words the head a possessor qualifies may have before the comma of its apposition.
const HEAD_WORDS: usize = 5;

/// The person named between commas right after the head noun phrase that follows `from`, in
/// lower case or capitalised words of a title (Trump's Virginia state director, Mike Rubino,; X's
/// top challenger, Sen. Y of Vermont,).
fn apposed_to_head<'m>(s: &'m Sentence<'_>, from: usize, to: usize) -> Option<&'m Mention> {
    let comma = (from..(from + HEAD_WORDS + 1).min(to))
        .take_while(|&k| s.toks[k].is_word() || s.low(k) == "," || s.any(k, W::Genitive))
        .find(|&k| s.low(k) == ",")?;
    // (the apposition may be one mention with the head: director, Mike Rubino; and the name may
    // be followed by its place: Sen. X of Vermont,)
    let closes = |k: usize| k < to && (s.low(k) == "," || s.any(k, W::Of) || s.any(k, W::Origin));
    s.mentions
        .iter()
        .find(|m| m.start <= comma + 1 && m.end > comma + 1 && s.is_person(m) && closes(m.end))
}

/// The sender of the message whose article is at `article`: the subject of the verb before it,
/// which may have its particle (sent out a press release saying, put out a statement saying).
fn sender(x: &Ctx<'_>, article: usize) -> Option<super::Speaker> {
    let s = x.s;
    let floor = x.site.prev_end.max(s.from);
    let particle = article > floor + 1 && s.toks[article - 1].is_word() && !s.is_skip(article - 1);
    (article > floor)
        .then(|| speaker_before(s, article - 1, floor))
        .flatten()
        .or_else(|| {
            particle
                .then(|| speaker_before(s, article - 2, floor))
                .flatten()
        })
        .and_then(|m| speaker_of(m, x.memory, 1.0))
}

/// The subject of a clause that opens after a comma between `from` and the gerund at `to`: a
/// mention right after the comma, followed by a word in lower case that neither lists nor opens a
/// phrase (Y won, Y is not having it; not "X praised Obama, Clinton and Biden, saying").
pub(super) fn main_clause_subject<'m>(
    s: &'m Sentence<'_>,
    from: usize,
    to: usize,
) -> Option<&'m Mention> {
    s.mentions.iter().rev().find(|m| {
        m.start > from
            && m.end < to
            && s.low(m.start - 1) == ","
            && !s.in_quote(m.start)
            && usable(m)
            && verb_after_subject(s, m.end, to)
    })
}

/// Whether the word at `k`, before `to`, may be the verb after a clause's subject: a word in lower
/// case that neither lists nor opens a phrase (Y won; not "Obama, Clinton and Biden", "X's").
fn verb_after_subject(s: &Sentence<'_>, k: usize, to: usize) -> bool {
    k < to
        && s.toks[k].is_word()
        && !s.toks[k].is_capitalized()
        && !s
            .m(k)
            .any_of(&[W::And, W::Preposition, W::Relative, W::Genitive])
}

/// The subject of a clause that opens with a conjunction after a comma and goes on to the gerund
/// at `to` with no comma (X won the primary, although Y won the spin by declaring …; he was taken
/// to hospital, where Dr. Y was met with applause upon announcing …).
fn subordinate_subject<'m>(s: &'m Sentence<'_>, to: usize) -> Option<&'m Mention> {
    let m = s.mentions.iter().rev().find(|m| {
        m.end < to
            && m.start >= s.from + 2
            && s.low(m.start - 2) == ","
            && s.any(m.start - 1, W::Subordinator)
    })?;
    let clause = (m.end..to).all(|k| s.low(k) != "," && !s.in_quote(k));
    (verb_after_subject(s, m.end, to) && clause && usable(m) && !s.in_quote(m.start)).then_some(m)
}

/// "hackers are taking aim at …", "X was saying": a gerund after a form of "be" (over an adverb)
/// is the finite verb of its clause, whose subject is before it, not the previous speaker's.
fn progressive(x: &Ctx<'_>) -> bool {
    let (s, c) = (x.s, x.site.cue);
    let be = |k: usize| s.m(k).is(W::Aux) && s.any(k, W::GerundAfter);
    let mut k = c.start;
    if k > s.from + 1 && s.is_adverb_like(k - 1) {
        k -= 1;
    }
    k > s.from && be(k - 1)
}
