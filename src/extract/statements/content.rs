//! Content: what a statement says, as token bounds, its mode (direct, indirect, mixed, according
//! to) and its quote. A quotation that is the whole statement is direct speech, its parts joined
//! by " … " around an incise (« … », a-t-il dit, « … »); quoted words inside reported speech make it
//! mixed.

use super::super::lexicon::CueKind;
use super::super::mentions::Mention;
use super::super::when;
use super::super::words::{Setting, W};
use super::super::{Mode, SpeechAct};
use super::cues::CueAt;
use super::speakers::Choice;
use super::{subjects, Sentence, Site};
use crate::text::Span;

/// How many tokens a quotation after a word of its sentence may hold and still be part of a
/// clause (a title, the last words of what is said), not all that was said.
pub(super) const PARTIAL_TOKENS: usize = 8;

/// How far after the cue the "that" / « que » after its addressee may stand (told a regular
/// briefing in Beijing that …).
const ADDRESSEE_REACH: usize = 8;

/// The content's token bounds: what follows the cue directly (a day, "que", "that", a colon, the
/// date it was said on: a annoncé le 28 juillet la rupture …) is not content.
pub(super) fn bounds(s: &Sentence<'_>, c: &CueAt, mut content: (usize, usize)) -> (usize, usize) {
    // a word that may open a noun phrase is skipped only in a skippable phrase (« ce soir »,
    // « de son côté », "last week"), not before its noun (a dénoncé son attitude, ce texte)
    let skip = |k: usize| {
        s.is_skip(k)
            && !((s.noun_marker(k) || s.any(k, W::Preposition))
                && !(k + 1 < content.1 && s.is_skip(k + 1)))
    };
    if content.0 == c.end {
        loop {
            if content.0 < content.1
                && (skip(content.0)
                    || s.any(content.0, W::Complementizer)
                    || matches!(s.low(content.0), ":" | ","))
            {
                content.0 += 1;
            } else if let Some(end) = past_day_at(s, content) {
                content.0 = end;
            } else if let Some(end) = aside_before_clause(s, content) {
                content.0 = end;
            } else {
                break;
            }
        }
    }
    // the object of a cue that does more than report ends before a verb coordinated after a
    // comma (a attaqué X sur ses propos, et veut montrer …; criticized the plan, and has since
    // left): not a clause's (said the plan failed, and was …)
    let clause = c.cue.act.only_reports()
        || content.0 < c.end
        || (c.end..content.0).any(|k| s.any(k, W::Complementizer));
    let coordinated = |k: usize| {
        s.low(k) == "," && k + 2 < content.1 && s.any(k + 1, W::And) && {
            let verb = s.m(k + 2);
            verb.is(W::Aux) || verb.is(W::Modal)
        }
    };
    if !clause && !s.is_quote_open(content.0) {
        if let Some(k) = (content.0..content.1).find(|&k| !s.in_quote(k) && coordinated(k)) {
            content.1 = k;
        }
    }
    (content.0.min(content.1), content.1.max(content.0))
}

/// "alleging - again falsely - that …": an aside between dashes right after the cue, before
/// the "that" / « que » of its clause, is no content: where it ends.
fn aside_before_clause(s: &Sentence<'_>, (a, b): (usize, usize)) -> Option<usize> {
    if a >= b || !s.dash_like(a) {
        return None;
    }
    let close = (a + 1..(a + PARTIAL_TOKENS).min(b)).find(|&k| s.dash_like(k))?;
    (close + 1 < b && s.any(close + 1, W::Complementizer)).then_some(close + 1)
}

/// « a réagi en se disant « scandalisé » et en dénonçant … », "praised the police before adding
/// …", « a salué le plan mais il a prévenu … », "praised the plan and later warned": the words
/// that join the next cue to this one (et en, before, by, while, but, a comma) and those between
/// them and the cue (its subject pronoun, auxiliary, adverbs) end no content.
pub(super) fn before_next_cue(
    s: &Sentence<'_>,
    site: &Site<'_>,
    (a, b): (usize, usize),
) -> (usize, usize) {
    let joins = [W::And, W::But, W::GerundAfter, W::GerundParticle, W::Agent];
    // (a form of "be" joins right before a gerund only: hackers | are taking aim; not he | was
    // simply questioning)
    let join = |k: usize| {
        let m = s.m(k);
        m.any_of(&joins) && (!m.is(W::Aux) || k + 1 == site.next_cue) || s.low(k) == ","
    };
    let link = |k: usize| {
        let m = s.m(k);
        join(k) || m.is(W::Aux) || m.is(W::Pronoun) || s.is_adverb_like(k)
    };
    // (the content ends at the next cue or at the words before it: mais | il a prévenu)
    if b > site.next_cue || !(b..site.next_cue).all(link) {
        return (a, b);
    }
    let mut k = b;
    while k > a && link(k - 1) {
        k -= 1;
    }
    // cut from the first join (praised the plan strongly | and warned; not « il a » alone);
    // not a content of links only (répondit et nia)
    match (k..b).find(|&j| join(j)) {
        Some(j) if j > a => (a, j),
        _ => (a, b),
    }
}

/// What is said, without whom it is said to: the content `(a, b)` from after the "that" / « que »
/// that follows the addressee of its cue (told lawmakers that …, a déclaré aux journalistes que …),
/// within reach, with no punctuation or quotation before it; so are the channel and the occasion
/// (replied by email that …, said on Twitter that …, said in a statement that …, « a déclaré dans
/// un communiqué que … »; not what one speaks of or about). The addressee stays in the content's
/// bounds, for the targets (indicated to the Ukrainians that …).
pub(super) fn said(s: &Sentence<'_>, c: &CueAt, (a, b): (usize, usize)) -> (usize, usize) {
    let channel = s.any(a, W::Medium)
        || s.any(a, W::Agent) && c.agent.is_none()
        || s.any(a, W::Preposition) && !s.any(a, W::Of) && !s.any(a, W::TopicPreposition);
    let addressed =
        a == c.end && a < b && (s.m(c.start).is(W::AddresseeCue) || s.any(a, W::Dative) || channel);
    if !addressed {
        return (a, b);
    }
    // (not over an infinitive, whose object a relative clause may follow: a demandé aux clients
    // de réintroduire les codes qu'ils utilisaient; told him to name the man that …)
    let infinitive = |k: usize| {
        (s.any(k, W::Of) || s.any(k, W::Dative))
            && k + 1 < b
            && s.toks[k + 1].is_word()
            && !s.toks[k + 1].is_capitalized()
            && !s.noun_marker(k + 1)
    };
    (a + 1..(a + ADDRESSEE_REACH).min(b))
        .take_while(|&k| {
            !matches!(s.low(k), "," | "." | ";" | ":")
                && !s.is_quote_open(k)
                && !s.in_quote(k)
                && !infinitive(k)
        })
        .find(|&k| s.any(k, W::Complementizer))
        .map_or_else(|| after_addressee(s, (a, b)), |that| (that + 1, b))
}

/// How many capitalised words stand in a row from token `from`, before `to`.
fn capitalised_run(s: &Sentence<'_>, from: usize, to: usize) -> usize {
    (from..to)
        .take_while(|&j| s.toks[j].is_capitalized())
        .count()
}

/// "told Fox News on Sunday the bill was dead", "told her he had downloaded them", "told the
/// crowd, “…”": with no "that", what is said starts after the addressee (a mention or an object
/// pronoun right after the cue), over a day and punctuation, where a clause or a quotation opens;
/// else `(a, b)` ("told the story of …").
fn after_addressee(s: &Sentence<'_>, (a, b): (usize, usize)) -> (usize, usize) {
    // (over an article: told the Associated Press; a vague group: told reporters)
    let det = usize::from(a + 1 < b && s.any(a, W::Determiner));
    // (or a name no rule took, after an article: told the Post)
    let names = capitalised_run(s, a + det, b);
    // (an object pronoun first: told her he had …, not her as a possessive)
    let Some(mut k) = (s.any(a, W::ObjectPronoun) || s.any(a, W::Vague))
        .then_some(a + 1)
        .or_else(|| s.mention_starting(a + det).map(|m| m.end))
        .or_else(|| (det == 1 && names > 0).then_some(a + det + names))
    else {
        return (a, b);
    };
    // (a name that goes on past what was found of it: told CNN Philippines, the Washington
    // Examiner, Fox News 6)
    if k < b && (s.toks[k].is_capitalized() || s.toks[k].starts_with_digit()) {
        return (a, b);
    }
    loop {
        // (and a place or a body after it: told supporters in Ohio)
        let place = (k + 1 < b && s.any(k, W::Preposition))
            .then(|| {
                let at = k + 1 + usize::from(s.any(k + 1, W::Determiner));
                let names = capitalised_run(s, at, b);
                s.mention_starting(at)
                    .map(|m| m.end)
                    .or((names > 0).then_some(at + names))
            })
            .flatten();
        if k < b && (s.is_skip(k) || matches!(s.low(k), "," | ":")) {
            k += 1;
        } else if let Some(end) = place {
            k = end;
        } else if let Some(end) = past_day_at(s, (k, b)) {
            k = end;
        } else {
            break;
        }
    }
    // (a name in the genitive goes on: told ABC's "Good Morning America")
    if k < b && s.any(k, W::Genitive) {
        return (a, b);
    }
    // (the rest of a place, then "that": told supporters in Columbus, Ohio, that …)
    if let Some(that) = (k..(k + ADDRESSEE_REACH).min(b))
        .take_while(|&j| {
            s.toks[j].is_capitalized() || s.low(j) == "," || s.any(j, W::Complementizer)
        })
        .find(|&j| s.any(j, W::Complementizer))
    {
        return (that + 1, b);
    }
    let t = match s.toks.get(k) {
        Some(t) if k < b => t,
        _ => return (a, b),
    };
    let opens = s.is_quote_open(k)
        || s.any(k, W::Pronoun)
        || t.starts_with_digit()
        || (t.is_capitalized() && !s.any(k, W::Function))
        || (s.noun_marker(k) && !s.any(k, W::Preposition));
    if opens {
        (k, b)
    } else {
        (a, b)
    }
}

/// « a dit qu'il regrettait la décision », "said Merkel had asked Berlin for guarantees": where
/// the subject of the next cue of the sentence opens this cue's content (only the addressee,
/// « que » / "that" and the subject's article before it), the next cue's clause is what this
/// cue reports, and the content `(a, b)` and what is said (`said`) run over it to where that
/// clause ends: the cue after it, or that cue's subject.
pub(super) fn over_embedded_clause(
    s: &Sentence<'_>,
    site: &Site<'_>,
    (a, b): (usize, usize),
    said: (usize, usize),
) -> ((usize, usize), (usize, usize)) {
    let Some(next) = site.cues.get(site.index + 1) else {
        return ((a, b), said);
    };
    // (over the article of that subject: a affirmé que la France soutenait …)
    let opens = said.1 == b && (said.0..said.1).all(|k| s.any(k, W::Determiner));
    let embedded = opens
        && b < next.start
        && matches!(next.cue.kind, CueKind::Finite | CueKind::Participle)
        && (b..next.start).all(|k| !s.in_quote(k) && !s.is_quote_open(k) && s.toks[k].is_word());
    if !embedded {
        return ((a, b), said);
    }
    let end = site.cues.get(site.index + 2).map_or(s.to, |after| {
        subjects::speaker_before(s, after.start, next.end)
            .filter(|m| m.start > next.end)
            .map_or(after.start, |m| m.start)
    });
    ((a, end), (said.0, end))
}

/// Whether the statement of a cue gives words: a quotation, « selon » / "according to", or a
/// clause or a colon after the cue (over adverbs and the addressee: a estimé que, told the
/// court that), not only an object (a confirmé le gel, rejected the appeal).
pub(super) fn in_words(s: &Sentence<'_>, site: &Site<'_>, choice: &Choice) -> bool {
    let c = site.cue;
    let (a, b) = said(s, c, bounds(s, c, (c.end, choice.content.1.max(c.end))));
    let clause = a > c.end && (s.any(a - 1, W::Complementizer) || matches!(s.low(a - 1), ":"))
        || a < b && (s.is_quote_open(a) || s.any(a, W::Complementizer));
    // (a clause before the cue: « …, a estimé la cour »)
    let before = choice.content.1 <= c.start && choice.content.0 < choice.content.1;
    choice.direct_quote.is_some() || choice.according || site.after_quote || clause || before
}

/// The end of a date expression of a day up to publication that starts content `(a, b)`.
fn past_day_at(s: &Sentence<'_>, (a, b): (usize, usize)) -> Option<usize> {
    let published = s.published?;
    when::find(s.lex, s.toks, a, b, published, false)
        .into_iter()
        .find(|d| {
            // (over its article or preposition: le 28 juillet, on Monday)
            let opens = d.start == a
                || (d.start == a + 1 && (s.noun_marker(a) || s.any(a, W::Preposition)));
            opens && d.end > d.start && d.day <= published
        })
        .map(|d| d.end.min(b))
}

/// The mode and quote of a statement whose content is `toks[a..b]`.
pub(super) fn mode_and_quote(
    s: &Sentence<'_>,
    c: &CueAt,
    choice: &Choice,
    speaker_span: Span,
    (a, b): (usize, usize),
) -> (Mode, Option<String>) {
    let quotes_in: Vec<(usize, usize)> = s
        .quotes
        .iter()
        .copied()
        .filter(|&(o, cl)| o >= a && cl < b.max(a + 1) + 1 && cl <= b)
        .collect();
    let (mode, quote) = if let Some(q) = choice.direct_quote {
        (Mode::Direct, Some(split_quote(s, c, q, speaker_span)))
    } else if !quotes_in.is_empty() {
        let parts: Vec<String> = quotes_in.iter().map(|&q| s.quote_text(q)).collect();
        let direct = !choice.according
            && s.setting(Setting::QuoteAfterCueIsDirect)
            && quotes_are_the_content(s, c, &quotes_in, (a, b));
        let mode = if direct { Mode::Direct } else { Mode::Mixed };
        (mode, Some(parts.join(" … ")))
    } else if choice.according {
        (Mode::AccordingTo, None)
    } else {
        (Mode::Indirect, None)
    };
    if choice.according && mode == Mode::Direct {
        (Mode::Mixed, quote)
    } else {
        (mode, quote)
    }
}

/// A direct quotation, with its second part when an incise splits it: « … », a-t-il dit, « … ».
fn split_quote(s: &Sentence<'_>, c: &CueAt, q: (usize, usize), speaker_span: Span) -> String {
    let mut parts = vec![s.quote_text(q)];
    let mut k = s.speaker_span_end(speaker_span).max(c.end);
    while k < s.to && s.low(k) == "," {
        k += 1;
    }
    // (over a phrase of time or place before the comma: said on Monday, « … »)
    if q.1 < c.start && !s.is_quote_open(k) {
        let open = (k..s.to).find(|&j| s.is_quote_open(j));
        k = open
            .filter(|&j| j > k + 1 && s.low(j - 1) == "," && nothing_after(s, (k, j - 1)))
            .unwrap_or(k);
    }
    if q.1 < c.start && s.is_quote_open(k) {
        if let Some(q2) = s.quotes.iter().copied().find(|&(o, _)| o == k) {
            parts.push(s.quote_text(q2));
        }
    }
    parts.join(" … ")
}

/// X said of Chirac "…": quotations that are all the content after the cue, with no que / that
/// clause and no words before, between or after them.
fn quotes_are_the_content(
    s: &Sentence<'_>,
    c: &CueAt,
    quotes_in: &[(usize, usize)],
    (a, b): (usize, usize),
) -> bool {
    let words = |from: usize, to: usize| (from..to).filter(|&k| s.toks[k].is_word()).count();
    let first = quotes_in[0].0;
    let last = quotes_in[quotes_in.len() - 1].1;
    let no_clause = !(a..first).any(|k| s.any(k, W::Complementizer));
    let joined = quotes_in.windows(2).all(|w| words(w[0].1 + 1, w[1].0) == 0);
    first >= c.end && no_clause && words(a, first) == 0 && words(last + 1, b) == 0 && joined
}

/// The text of `toks[a..b]`, without surrounding space and final punctuation.
pub(super) fn span_text(s: &Sentence<'_>, a: usize, mut b: usize) -> Option<String> {
    // (without the conjunction before the next clause: condemned the attack and [X warned]; nor
    // the dash that closes an aside before the subject's own cue: X — who said he would … — said)
    while b > a && (s.any(b - 1, W::And) || matches!(s.low(b - 1), "," | ";") || s.dash_like(b - 1))
    {
        b -= 1;
    }
    if b <= a {
        return None;
    }
    let t = Span::new(s.toks[a].span.start, s.toks[b - 1].span.end).slice(s.text);
    let t = t
        .trim()
        .trim_start_matches([',', ';'])
        .trim_end_matches(['.', ',', ';'])
        .trim();
    (!t.is_empty()).then(|| crate::text::on_one_line(t))
}

/// The quotation right before the speaker's mention `m` (over commas) is the content of cue `c`:
/// "…," she said; « … », Jean Lemaire, 45 ans, a déclaré. A short quotation after a word of the
/// sentence is part of a clause: the end of what is said when the cue only reports and nothing
/// it reports follows it (The bill's failure was "heartbreaking," she said Monday: the clause
/// from the sentence's start, in mixed speech); else a title or a phrase before the subject,
/// and what follows the cue is said (Speaking on CNN's "State of the Union," Graham said the
/// party was divided; Vu la « situation préoccupante », la mairie a expliqué avoir …).
pub(super) fn quotation_before_subject(
    s: &Sentence<'_>,
    c: &CueAt,
    m: &Mention,
    choice: &mut Choice,
) {
    let mut k = m.start;
    // (over words in lower case that describe the person the mention names in full: "…,"
    // campaign director Jane Holt said, former presidential candidate Herman Cain said; not a
    // conjunction's, a relative clause's or a preposition's: "…," while Senator Jane Holt …)
    let closed = [
        W::Preposition,
        W::Relative,
        W::Complementizer,
        W::Aux,
        W::And,
        W::Pronoun,
        W::Including,
        W::GerundAfter,
        W::PassiveClause,
        W::QuotedAs,
    ];
    let describing = |j: usize| {
        let t = &s.toks[j];
        t.is_word() && !t.is_capitalized() && !s.m(j).any_of(&closed)
    };
    let full_name = s.is_person(m) && m.end - m.start > 1;
    let words = (s.from..k)
        .rev()
        .take(DESCRIBING_WORDS)
        .take_while(|&j| describing(j));
    let n = words.count();
    k -= if full_name { n } else { 0 };
    // (and a place, a nationality or a body before them, right after the quotation: "…," Texas
    // delegate X said, White House spokesman X said)
    let place = |j: usize| s.toks[j].is_capitalized() && !s.m(j).any_of(&closed);
    let after_quote = |j: usize| s.low(j) == "," || s.is_quote_close(j);
    let described = full_name && (n > 0 || !s.toks[m.start].is_capitalized());
    if described && k > s.from + 1 {
        let body = s
            .mentions
            .iter()
            .find(|p| p.end == k && p.start > s.from + 1);
        let before = body.map(|p| p.start).unwrap_or(k - 1);
        if (body.is_some() || place(k - 1)) && after_quote(before - 1) {
            k = before;
        }
    }
    while k > s.from && s.low(k - 1) == "," {
        k -= 1;
    }
    if k == s.from || !s.is_quote_close(k - 1) {
        return;
    }
    let Some((o, cl)) = s.quote_ending_at(k - 1) else {
        return;
    };
    let partial = o > s.from && s.toks[o - 1].is_word() && cl - o <= PARTIAL_TOKENS;
    if !partial {
        choice.direct_quote = Some((o, cl));
        choice.content = (o, cl + 1);
    } else if c.cue.act.only_reports() && nothing_after(s, choice.content) {
        choice.content = (s.from, cl + 1);
    }
}

/// How many words in lower case may describe the role of a subject right after a quotation.
const DESCRIBING_WORDS: usize = 3;

/// Whether content `(a, b)` after a cue says nothing: over skippable words and days, it is empty
/// or a phrase of place, time or manner (said in an interview; not said the party was divided,
/// a expliqué avoir été …).
fn nothing_after(s: &Sentence<'_>, (a, b): (usize, usize)) -> bool {
    let mut k = a;
    while k < b && (s.is_skip(k) || s.lex.calendar.is_weekday(s.low(k))) {
        k += 1;
    }
    k >= b
        || !s.toks[k].is_word()
        || (s.any(k, W::Preposition)
            && !(k..b).any(|j| s.any(j, W::Complementizer) || s.is_quote_open(j)))
}

/// "X said: « … »", "X a déclaré : « … »": a quotation right after the cue that is the rest of the
/// content is the statement's direct quote.
pub(super) fn quotation_after_cue(s: &Sentence<'_>, cue_end: usize, choice: &mut Choice) {
    let mut k = cue_end;
    while k < s.to && (s.is_skip(k) || matches!(s.low(k), ":" | ",") || s.any(k, W::Complementizer))
    {
        k += 1;
    }
    // (or after the words that say where or to whom: spoke to reporters after the vote: "…";
    // not the rest of a quotation the cue follows: "…," he told Breitbart, "…")
    let incise = (s.from..cue_end).any(|j| s.is_quote_close(j));
    // (the quotation before the subject already is the quote: the one after is its second part,
    // joined by mode_and_quote: "…," Smith said, "…")
    if incise && choice.direct_quote.is_some_and(|(_, cl)| cl < cue_end) {
        return;
    }
    let Some(k) = Some(k).filter(|&k| s.is_quote_open(k)).or_else(|| {
        (!incise)
            .then(|| super::cues::quotation_after(s, cue_end))
            .flatten()
    }) else {
        return;
    };
    if let Some(q) = s.quotes.iter().copied().find(|&(o, _)| o == k) {
        let rest_is_quote = q.1 + 2 >= choice.content.1 || q.1 + 2 >= s.to;
        if rest_is_quote {
            choice.direct_quote = Some(q);
        }
    }
}

/// The speech act of a cue: an order for a neutral cue that gives one (told them to leave), else
/// the cue's.
pub(super) fn speech_act(s: &Sentence<'_>, c: &CueAt) -> SpeechAct {
    directive(s, c)
        .then(|| SpeechAct::from_name(DIRECTIVE_ACT))
        .flatten()
        .unwrap_or(c.cue.act)
}

/// The class of a neutral cue that gives an order.
const DIRECTIVE_ACT: &str = "appeal";

/// How many words the object of an order may have after its mention, if any (told the crowd's
/// leaders to, advised residents of the city to).
const DIRECTIVE_OBJECT: usize = 4;

/// "told them to leave", « a dit aux manifestants de rentrer »: a neutral cue with an object
/// and an infinitive after it gives an order (not "told reporters that …").
pub(super) fn directive(s: &Sentence<'_>, c: &CueAt) -> bool {
    if !(c.start..c.end).any(|k| s.m(k).is(W::DirectiveCue)) {
        return false;
    }
    let mut k = c.end;
    // the dative before the object (à, aux), which is no infinitive's marker
    if k < s.to && s.any(k, W::Dative) && !s.m(k).is(W::InfinitiveMarker) {
        k += 1;
    }
    let object = k;
    // (a mention, and the "of" phrase that goes on it: residents of the city; not "told the
    // Post it was intending to")
    let (from, more) = match s.mention_starting(k) {
        Some(m) => (m.end, m.end < s.to && s.any(m.end, W::Of)),
        None => (k, true),
    };
    let reach = if more { DIRECTIVE_OBJECT } else { 0 };
    let k = (from..(from + reach).min(s.to))
        .take_while(|&j| {
            s.toks[j].is_word() && !s.m(j).is(W::InfinitiveMarker) && !s.any(j, W::Complementizer)
        })
        .last()
        .map_or(from, |j| j + 1);
    let verb = k + 1;
    k > object
        && verb < s.to
        && s.m(k).is(W::InfinitiveMarker)
        && s.toks[verb].is_word()
        && !s.toks[verb].is_capitalized()
        && !s.noun_marker(verb)
        && !s.toks[verb].norm.chars().any(|ch| ch.is_ascii_digit())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_quotation_before_a_described_persons_full_name_is_what_they_say() {
        for (text, who, quote) in [
            (
                "\"They care about two things,\" organizing director Kendall Fells told Fox News.",
                "Kendall Fells",
                "They care about two things,",
            ),
            (
                "\"It works,\" longtime party organizer Tom Reyes said on Monday.",
                "Tom Reyes",
                "It works,",
            ),
            // (a body or a person whose role it is, before the role)
            (
                "\"The talks are over,\" Oxfam spokesman Dan Kerr said.",
                "Dan Kerr",
                "The talks are over,",
            ),
            (
                "\"We will not wait,\" White House press secretary Lena Ortiz told reporters.",
                "Lena Ortiz",
                "We will not wait,",
            ),
            (
                "\"It is a fraud,\" Sanders adviser Mark Dunn said in a statement.",
                "Mark Dunn",
                "It is a fraud,",
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.quote.as_deref()),
                (who, Some(quote)),
                "{text}"
            );
        }
        // … not after a conjunction, nor before a name of one word
        let all = run(
            "en",
            SAT,
            "Her campaign said she \"isn't planning to endorse anyone,\" while Senator Jane Holt suggested she would offer support.",
        );
        let holt = all.iter().find(|s| s.speaker == "Jane Holt");
        assert!(holt.is_some_and(|s| s.quote.is_none()), "{all:?}");
    }

    use crate::extract::testing::*;

    #[test]
    fn what_is_said_keeps_its_determiner() {
        let cases = [
            (
                "fr",
                "Le maire Paul Girard a dénoncé son attitude envers les habitants.",
                "son attitude envers les habitants",
            ),
            (
                "fr",
                "Le maire Paul Girard a salué ce geste de la région.",
                "ce geste de la région",
            ),
            (
                "fr",
                "Le maire Paul Girard a de son côté dénoncé leur silence.",
                "leur silence",
            ),
            (
                "en",
                "Mayor Tom Reed proposed a ban on diesel cars.",
                "a ban on diesel cars",
            ),
            (
                "en",
                "Mayor Tom Reed announced last week a plan to close the port.",
                "a plan to close the port",
            ),
            (
                "fr",
                "Selon le maire Paul Girard, la route restera fermée.",
                "la route restera fermée",
            ),
            // a quantifier that may also stand between a subject and its verb (they both said)
            (
                "en",
                "Mayor Tom Reed urged both unions to return to the table.",
                "both unions to return to the table",
            ),
            (
                "fr",
                "Le maire Paul Girard a remercié tous les bénévoles du festival.",
                "tous les bénévoles du festival",
            ),
        ];
        for (lang, body, said) in cases {
            assert_eq!(
                one(lang, SAT, body).content.as_deref(),
                Some(said),
                "{body}"
            );
        }
    }

    #[test]
    fn a_clause_with_its_own_cue_is_what_the_cue_before_it_reports() {
        let cases = [
            (
                "fr",
                "La ministre Anne Morel a dit qu'elle regrettait cette décision du tribunal.",
                "elle regrettait cette décision du tribunal",
            ),
            (
                "fr",
                "Le maire Paul Girard a expliqué aux habitants que le préfet avait demandé un report.",
                "le préfet avait demandé un report",
            ),
            (
                "en",
                "Senator Ann Cole said she condemned the attack on the embassy.",
                "she condemned the attack on the embassy",
            ),
            (
                "en",
                "Mayor Tom Reed told reporters that the governor had asked for more time.",
                "the governor had asked for more time",
            ),
            // (over the article of a subject its mention leaves out; réaffirmer is a cue)
            (
                "fr",
                "Le maire Paul Girard a réaffirmé que la France soutenait l'Ukraine.",
                "la France soutenait l'Ukraine",
            ),
        ];
        for (lang, body, said) in cases {
            let all = run(lang, SAT, body);
            assert_eq!(all.len(), 2, "{body}\n{all:#?}");
            assert_eq!(all[0].content.as_deref(), Some(said), "{body}\n{all:#?}");
        }
        // the clause ends where the subject of a third cue begins
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole said she condemned the attack and Mayor Tom Reed warned of more violence.",
        );
        assert_eq!(
            all.iter().map(|s| s.content.as_deref()).collect::<Vec<_>>(),
            [
                Some("she condemned the attack"),
                Some("the attack"),
                Some("of more violence")
            ],
            "{all:#?}"
        );
    }

    #[test]
    fn a_short_quotation_inside_a_clause_is_not_all_that_was_said() {
        // a title: the cue goes on with what it reports
        let s = one(
            "en",
            SAT,
            "Speaking on CNN's \"State of the Union,\" Senator Ann Cole said the party was divided.",
        );
        assert_eq!(
            (s.mode, s.content.as_deref()),
            ("indirect", Some("the party was divided"))
        );
        // the last words of what is said: the clause they end is said too
        let s = one(
            "en",
            SAT,
            "The bill's failure was \"heartbreaking,\" Senator Ann Cole said.",
        );
        assert_eq!(s.mode, "mixed");
        assert!(
            s.content
                .as_deref()
                .is_some_and(|c| c.starts_with("The bill's failure was")),
            "{s:?}"
        );
        // a phrase before the subject, with what is said after the verb
        let s = one(
            "fr",
            SAT,
            "Vu la « situation préoccupante », la mairie de Lyon a expliqué avoir dû fermer les écoles.",
        );
        assert!(
            s.content
                .as_deref()
                .is_some_and(|c| c.starts_with("avoir dû fermer")),
            "{s:?}"
        );
        // a whole quotation stays direct speech
        let s = one(
            "en",
            SAT,
            "\"The bill failed because of them,\" Senator Ann Cole said.",
        );
        assert_eq!(s.mode, "direct");
    }

    #[test]
    fn the_channel_and_the_occasion_before_that_are_not_what_is_said() {
        for (lang, text, content) in [
            (
                "en",
                "Senator Tom Hale said in a statement that the bill was dead.",
                "the bill was dead",
            ),
            (
                "en",
                "Mayor Ann Cole replied by email that the plan was dead.",
                "the plan was dead",
            ),
            (
                "en",
                "Senator Tom Hale insisted at a rally on Monday that he would win.",
                "he would win",
            ),
            (
                "fr",
                "Le ministre Paul Durand a déclaré dans un communiqué que la loi serait votée.",
                "la loi serait votée",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.content.as_deref(), Some(content), "{text}");
        }
        // what one asks about is what is said
        let s = one(
            "en",
            SAT,
            "Senator Tom Hale asked about incidents that happened in 2010.",
        );
        assert_eq!(
            s.content.as_deref(),
            Some("about incidents that happened in 2010")
        );
    }

    #[test]
    fn whom_a_statement_is_made_to_is_not_what_is_said() {
        for (lang, text, said) in [
            (
                "en",
                "Defense Secretary Lloyd Austin told lawmakers on Capitol Hill that the aid would continue.",
                "the aid would continue",
            ),
            (
                "fr",
                "Le ministre Paul Morin a déclaré aux députés de la majorité que le texte serait retiré.",
                "le texte serait retiré",
            ),
            // with no "that": a name, a vague group, a pronoun, over a day, a place, a comma
            (
                "en",
                "Senator Ann Cole told Fox News on Sunday the bill was dead.",
                "the bill was dead",
            ),
            (
                "en",
                "Senator Ann Cole told reporters the bill was dead.",
                "the bill was dead",
            ),
            (
                "en",
                "Senator Ann Cole told her he had downloaded the files.",
                "he had downloaded the files",
            ),
            (
                "en",
                "Senator Ann Cole told supporters in Columbus, Ohio, that the bill was dead.",
                "the bill was dead",
            ),
            (
                "en",
                "Senator Ann Cole told the Post last week she would vote for the bill.",
                "she would vote for the bill",
            ),
            // what is told is no addressee
            (
                "en",
                "Senator Ann Cole told the story of a single mother.",
                "the story of a single mother",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.content.as_deref(), Some(said), "{text}");
        }
        // the addressee is still what the statement is about
        let s = one(
            "en",
            SAT,
            "President Donald Trump indicated to the Ukrainians that the aid was contingent.",
        );
        assert_eq!(
            (s.content.as_deref(), s.targets.clone()),
            (Some("the aid was contingent"), vec!["Ukraine".to_string()])
        );
        // not over an infinitive: « qu' » after its object opens a relative clause
        let s = one(
            "fr",
            SAT,
            "Le ministre Paul Morin a demandé aux banques de rendre les fonds qu'elles avaient gelés.",
        );
        assert_eq!(
            s.content.as_deref(),
            Some("aux banques de rendre les fonds qu'elles avaient gelés")
        );
    }

    #[test]
    fn quote_split_around_an_incise_is_one_statement() {
        let s = one("fr", SAT, "Le ministre Sergueï Lavrov est arrivé à Genève. « C'est inacceptable », a-t-il dit, « et nous répondrons ».");
        assert_eq!(s.speaker, "Sergueï Lavrov");
        assert_eq!(
            s.quote.as_deref(),
            Some("C'est inacceptable … et nous répondrons")
        );
    }

    #[test]
    fn quote_split_by_subject_and_cue_keeps_both_parts() {
        for text in [
            "\"We will win,\" Mayor Ann Reyes said, \"and we will win big.\"",
            "“We will win,” Ann Reyes, the mayor, said on Monday, “and we will win big.”",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, "Ann Reyes");
            assert_eq!(
                s.quote.as_deref(),
                Some("We will win, … and we will win big."),
                "{text}"
            );
        }
    }

    #[test]
    fn a_quotation_after_where_or_to_whom_is_all_that_was_said() {
        for (lang, text, quote) in [
            ("en", "Senator Tom Reyes spoke to reporters after the vote: \"This bill will hurt families.\"", "This bill will hurt families."),
            ("en", "Senator Ann Cole spoke on Fox News, \"This is going to lead to chaos.\"", "This is going to lead to chaos."),
            ("en", "Senator Ann Cole told reporters on Monday, \"We will not back down.\"", "We will not back down."),
            ("fr", "Le ministre Paul Morin a écrit dans le livre d'or : « Pardon pour tant de cruauté. »", "Pardon pour tant de cruauté."),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!((s.mode, s.quote.as_deref()), ("direct", Some(quote)), "{text}");
        }
        // not after the cue's object or clause (called Pearson, "driven")
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole called the new chairman, Tom Reyes, \"incredibly driven\".",
        );
        assert_ne!(s.mode, "direct", "{s:?}");
        // nor over another cue: the quotation is the second cue's
        let all = run(
            "en",
            SAT,
            "Professor Tom Reyes, speaking to the BBC, said, \"The ruling is historic.\"",
        );
        assert!(
            all.iter()
                .any(|s| s.cue == "say" && s.speaker == "Tom Reyes"),
            "{all:?}"
        );
    }

    #[test]
    fn indirect_speech_with_que() {
        let s = one(
            "fr",
            SAT,
            "Le président turc Recep Tayyip Erdogan a affirmé que la Turquie ne céderait pas.",
        );
        assert_eq!(s.speaker, "Recep Tayyip Erdogan");
        assert_eq!((s.act, s.mode), ("say", "indirect"));
        assert_eq!(s.targets, vec!["Turkey"]);
    }

    #[test]
    fn a_quotation_ending_a_sentence_ends_the_statement() {
        let all = run(
            "en",
            "2019-01-07",
            "Mike Pence said the country is \"in the midst of a crisis.\" Nancy Pelosi said \"We are committed to keeping our border safe.\"",
        );
        let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(speakers, vec!["Mike Pence", "Nancy Pelosi"]);
    }

    #[test]
    fn a_quotation_that_is_all_the_content_is_direct_else_mixed() {
        let s = one(
            "en",
            "2019-01-07",
            "Donald Trump said \"We will build the wall.\"",
        );
        assert_eq!(
            (s.mode, s.quote.as_deref()),
            ("direct", Some("We will build the wall."))
        );
        // quoted words inside reported speech
        let s = one(
            "fr",
            SAT,
            "Le ministre Jean Castex a dénoncé « une provocation » des manifestants.",
        );
        assert_eq!(
            (s.mode, s.quote.as_deref()),
            ("mixed", Some("une provocation"))
        );
    }
}
