//! Cues no lexicon form gives, read from the shape of a whole sentence: the opener of « Pour X,
//! … », a name and a colon before a quotation, a quotation signed by a dash and a name, a study
//! that opens a sentence (In a CNN poll, …).

use super::super::super::acts::SpeechAct;
use super::super::super::lexicon::{lower, Cue, CueKind};
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::W;
use super::super::Sentence;
use super::CueAt;

/// "“We will not give up.” ― Ann Cole", « « Nous ne reculerons pas » — Paul Morin »: a
/// quotation that is the whole sentence, signed by a dash and a person's name that ends it, is
/// that person's.
pub(super) fn quote_signature(s: &Sentence<'_>) -> Option<CueAt> {
    // (the quotation is the sentence: not a byline after a report, X said "…"--Jane Doe)
    let dash = (s.from + 1..s.to).find(|&k| {
        s.dash_like(k)
            && s.is_quote_close(k - 1)
            && s.quote_ending_at(k - 1).is_some_and(|(o, _)| o == s.from)
    })?;
    let m = s.mention_starting(dash + 1)?;
    let ends =
        m.end >= s.to || s.full_stop(m.end) || (m.end + 1 >= s.to && !s.toks[m.end].is_word());
    (ends && s.is_person(m)).then(|| word_cue(dash, "—", CueKind::Inverted))
}

/// How many tokens a name before a colon that quotes may take, with the words describing it.
const COLON_NAME: usize = 10;

/// « Le ministre Paul Morin : « Nous ne reculerons pas » », "Pollster Ann Cole: "Turnout will
/// fall."": a sentence that is a person's or an organisation's name, a colon and a quotation
/// quotes them.
pub(super) fn colon_intro(s: &Sentence<'_>) -> Option<CueAt> {
    // the name, over a few words that describe it (Republican pollster Ann Cole)
    let colon = (s.from + 1..(s.from + COLON_NAME).min(s.to)).find(|&k| s.low(k) == ":")?;
    // (over a parenthesis after the name: Rep. Trey Gowdy (R-S.C.): "…")
    let mut end = colon;
    if s.low(end - 1) == ")" {
        end = (s.from..end - 1).rev().find(|&k| s.low(k) == "(")?;
    }
    if end <= s.from {
        return None;
    }
    let m = s.mention_at(end - 1).filter(|m| m.end == end)?;
    // (not after a reporting verb, which is the statement's cue: Stated Stone: "…")
    let verb = s
        .lex
        .cues
        .get(s.lang)
        .is_some_and(|cues| cues.longest_at(s.toks, s.from, lower).is_some());
    let described =
        !verb && (s.from..m.start).all(|k| s.toks[k].is_word() && !s.any(k, W::Pronoun));
    let named = match m.kind {
        MentionKind::Entity(e) => s.info.get(e).is_some_and(|i| !i.country),
        _ => false,
    };
    if !named || !described || colon + 1 >= s.to || !s.is_quote_open(colon + 1) {
        return None;
    }
    Some(word_cue(colon, ":", CueKind::Finite))
}

/// A cue of one token that no lexicon form gives (the opener of « Pour X, … », a colon before a
/// quotation), reporting a plain statement.
fn word_cue(at: usize, lemma: &str, kind: CueKind) -> CueAt {
    CueAt {
        start: at,
        end: at + 1,
        cue: Cue {
            lemma: lemma.to_string(),
            act: SpeechAct::plain(),
            kind,
            reflexive: false,
        },
        pronoun: false,
        pluperfect: false,
        agent: None,
        act: false,
    }
}

/// "Pour ce collectif, l'insécurité augmente": an opinion attributed like selon, when the
/// sentence opens with the opener, a mention and a comma.
pub(super) fn opinion_intro(s: &Sentence<'_>) -> Option<CueAt> {
    // (after a connective and its comma: Cela dit, pour le vice-procureur, …)
    let at = opener_at(s)?;
    // Pour lui, …: the pronoun of the last person who spoke
    let pronoun = at + 2 < s.to && s.any(at + 1, W::ObjectPronoun) && s.low(at + 2) == ",";
    let comma = if pronoun {
        at + 2
    } else {
        (at + 1..(at + 4).min(s.to))
            .find_map(|k| s.mention_starting(k))
            .filter(|m| !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague))
            .filter(|m| s.low(m.end) == ",")?
            .end
    };
    // (a clause follows, not an infinitive: impossible, pour Froome, d'utiliser ce vélo)
    if comma + 1 < s.to && s.any(comma + 1, W::Of) {
        return None;
    }
    Some(word_cue(at, s.low(at), CueKind::Preposition))
}

/// "In a CNN poll released Monday, 50 percent …", « Dans un sondage Ifop publié dimanche, … »: a
/// study that opens the sentence, named by its issuer before its comma, reports what follows it
/// like « selon » (GUIDELINES: a poll is the statement of its organisation), where no cue of
/// the sentence reports it (In a statement, X said …) but the answers of a share of those asked
/// (In a Gallup poll, 75 percent of voters said …).
pub(super) fn study_intro(s: &Sentence<'_>) -> Option<CueAt> {
    let at = s.from;
    if at >= s.to || !s.m(at).is(W::StudyIntro) {
        return None;
    }
    let comma = (at + 1..(at + STUDY_INTRO_REACH).min(s.to)).find(|&k| s.low(k) == ",")?;
    let noun = |k: usize| s.any(k, W::DocumentNoun) && !s.toks[k].is_capitalized();
    let named =
        |m: &Mention| m.start > at && m.end <= comma && matches!(m.kind, MentionKind::Entity(_));
    // (a cue after a figure that opens the clause is the answer of a share of those asked, which
    // the study reports: 75 percent of Republicans said, just 8 percent of Democrats said)
    let figure =
        (comma + 1..(comma + 1 + FIGURE_REACH).min(s.to)).any(|k| s.toks[k].starts_with_digit());
    let cue_after =
        || !figure && (comma..s.to).any(|k| !s.in_quote(k) && super::candidate(s, k).is_some());
    ((at + 1..comma).any(noun) && s.mentions.iter().any(named) && !cue_after())
        .then(|| word_cue(at, s.low(at), CueKind::Preposition))
}

/// How far after a study's comma the figure of a share of those asked may stand (just 8 percent).
const FIGURE_REACH: usize = 2;

/// How many words may stand between the opener of a study and its comma (In the latest NBC
/// News/Wall Street Journal poll, released Monday,).
const STUDY_INTRO_REACH: usize = 14;

/// How many words a connective before the opener of an opinion may take (Cela dit, En revanche,).
const CONNECTIVE: usize = 3;

/// Where the opener of « Pour X, … » stands: the sentence's first word, or the first after a
/// connective of a few words and its comma, or after « mais » / "but".
fn opener_at(s: &Sentence<'_>) -> Option<usize> {
    let opener = |k: usize| k < s.to && s.m(k).is(W::OpinionIntro);
    if opener(s.from) {
        return Some(s.from);
    }
    if opener(s.from + 1) && s.any(s.from, W::But) {
        return Some(s.from + 1);
    }
    let comma = (s.from + 1..(s.from + 1 + CONNECTIVE).min(s.to)).find(|&k| s.low(k) == ",")?;
    // (words only, naming no one: Cela dit, Toutefois, En revanche)
    let connective = (s.from..comma).all(|k| s.toks[k].is_word() && s.mention_at(k).is_none());
    (connective && opener(comma + 1)).then_some(comma + 1)
}
