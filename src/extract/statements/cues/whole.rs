//! Cues no lexicon form gives, read from the shape of a whole sentence: the opener of « Pour X,
//! … », a name and a colon before a quotation, a quotation signed by a dash and a name.

use super::super::super::acts::SpeechAct;
use super::super::super::lexicon::{Cue, CueKind};
use super::super::super::mentions::MentionKind;
use super::super::super::words::W;
use super::super::Sentence;
use super::CueAt;

/// "“We will not give up.” ― Ann Cole", « « Nous ne reculerons pas » — Paul Morin »: a
/// quotation that is the whole sentence, signed by a dash and a person's name that ends it, is
/// that person's.
pub(super) fn quote_signature(s: &Sentence<'_>) -> Option<CueAt> {
    // (the quotation is the sentence: not a byline after a report, X said "…"--Jane Doe)
    let dash = (s.from + 1..s.to).find(|&k| {
        (s.toks[k].is_dash() || matches!(s.low(k), "―" | "-" | "--"))
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
    let m = s.mention_at(colon - 1).filter(|m| m.end == colon)?;
    let described = (s.from..m.start).all(|k| s.toks[k].is_word() && !s.any(k, W::Pronoun));
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
    }
}

/// "Pour ce collectif, l'insécurité augmente": an opinion attributed like selon, when the
/// sentence opens with the opener, a mention and a comma.
pub(super) fn opinion_intro(s: &Sentence<'_>) -> Option<CueAt> {
    if !s.m(s.from).is(W::OpinionIntro) {
        return None;
    }
    // Pour lui, …: the pronoun of the last person who spoke
    let pronoun =
        s.from + 2 < s.to && s.any(s.from + 1, W::ObjectPronoun) && s.low(s.from + 2) == ",";
    if !pronoun {
        (s.from + 1..(s.from + 4).min(s.to))
            .find_map(|k| s.mention_starting(k))
            .filter(|m| !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague))
            .filter(|m| s.low(m.end) == ",")?;
    }
    Some(word_cue(s.from, s.low(s.from), CueKind::Preposition))
}
