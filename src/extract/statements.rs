//! Statements: reporting cues found in a sentence, each with its speaker, content, quote, mode,
//! targets and day (GUIDELINES.md). One statement per cue.
//!
//! - a cue after a quotation or a comma takes the speaker that follows it (« … », a déclaré X;
//!   "…," said X) or that stands between the quotation and the cue ("…," X said);
//! - otherwise the speaker is the subject before the cue, over adverbs, auxiliaries, dates and an
//!   apposition or relative clause between commas (X, qui avait prévenu vendredi, …);
//! - selon / d'après / according to take the speaker that follows and the rest of the sentence;
//! - a gerund (ajoutant que, adding that) takes the speaker of the statement before it;
//! - pronouns take the last speaker; role phrases the last person with that role; "le communiqué"
//!   the last speaker that issued one.

use chrono::NaiveDate;

use super::lexicon::{lower, Cue, CueKind, Lexicon};
use super::mentions::{Mention, MentionKind};
use super::tokens::{TokKind, Token};
use super::when;
use super::{Mode, SpeechAct, Statement};
use crate::text::Span;

/// A cue occurrence in a sentence.
#[derive(Debug, Clone)]
struct CueAt {
    start: usize,
    end: usize,
    cue: Cue,
    /// The pronoun of an inverted form (a-t-il ajouté).
    pronoun: bool,
    pluperfect: bool,
    /// A passive with its agent: the token after "par" / "by" (revendiquées par l'organisation X).
    agent: Option<usize>,
}

/// What the extractor remembers across sentences of an article.
#[derive(Debug, Default)]
pub struct Memory {
    /// The last speaker, and whether it issued a document (dans un communiqué).
    pub last_speaker: Option<usize>,
    pub last_document_speaker: Option<usize>,
    /// The last person mentioned.
    pub last_person: Option<usize>,
    /// The last speaker that is a person.
    pub last_person_speaker: Option<usize>,
    /// The first person mentioned (outside quotations) in the last sentence that had one.
    pub last_subject: Option<usize>,
    /// (speaker, date) of the statements of the current paragraph.
    pub paragraph_dates: Vec<(usize, NaiveDate)>,
    /// The day the narrative is at: the last day named outside quotations (Today, Carrie Lam
    /// delivered … ; the mayor was stabbed last night).
    pub scene_date: Option<NaiveDate>,
    /// The first day named in the article's lead: the day of its main event.
    pub lead_date: Option<NaiveDate>,
    /// (speaker, date) of the article's dated statements.
    pub speaker_dates: Vec<(usize, NaiveDate)>,
}

pub struct Sentence<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub from: usize,
    pub to: usize,
    pub quotes: &'a [(usize, usize)],
    pub mentions: &'a [Mention],
    /// What statements need to know of each entity of the article.
    pub info: &'a [EntityInfo],
}

/// Facts about an entity of the article, by entity index.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityInfo {
    pub person: bool,
    pub country: bool,
    /// Named (not only a role phrase or a bare organisation head): may be a target.
    pub targetable: bool,
    /// The entity of its country, if the article mentions that country.
    pub country_entity: Option<usize>,
}

const AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "est", "sont",
    "était", "étaient", "été", "s'est", "se", "s'", "has", "have", "had", "having", "was", "were",
    "been", "is", "are", "be",
];
/// Prepositions before a mention that is not a subject.
const PREPOSITIONS: &[&str] = &[
    "to", "in", "of", "at", "from", "with", "for", "on", "into", "about", "à", "au", "aux", "de",
    "du", "des", "d'", "en", "dans", "sur", "avec", "pour", "par", "chez", "auprès",
];
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "son", "sa", "ses", "leur",
    "leurs", "ce", "cet", "cette", "the", "a", "an", "his", "her", "their", "its", "this", "that",
    "'s", "our", "my", "your",
];

impl Sentence<'_> {
    /// Whether an adjective mention stands right before a capitalised word or a person's mention
    /// (U.S. Attorney Bash, American hero Tony Mendez).
    fn qualifies_a_name(&self, m: &Mention) -> bool {
        self.toks.get(m.end).is_some_and(|t| t.is_capitalized())
            || self
                .mention_starting(m.end)
                .is_some_and(|n| self.is_person(n))
    }

    /// Whether a mention names a person.
    fn is_person(&self, m: &Mention) -> bool {
        matches!(m.kind, MentionKind::Entity(e) if self.info.get(e).is_some_and(|i| i.person))
    }

    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.lower()).unwrap_or_default()
    }

    fn in_quote(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(o, c)| i > o && i < c)
    }

    fn is_quote_close(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(_, c)| c == i)
    }

    fn is_quote_open(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(o, _)| o == i)
    }

    fn quote_ending_at(&self, close: usize) -> Option<(usize, usize)> {
        self.quotes.iter().copied().find(|&(_, c)| c == close)
    }

    fn quote_text(&self, (o, c): (usize, usize)) -> String {
        if c <= o + 1 {
            return String::new();
        }
        let s = Span::new(self.toks[o + 1].span.start, self.toks[c - 1].span.end).slice(self.text);
        s.trim().to_string()
    }

    fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.start <= i && i < m.end)
    }

    fn mention_starting(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.start == i)
    }

    fn is_skip(&self, lex: &Lexicon, i: usize) -> bool {
        let w = self.low(i);
        AUX.contains(&w)
            || lex.words.skip.longest_at(self.toks, i, lower).is_some()
            || is_date_word(w)
            || matches!(
                w,
                "par"
                    | "ailleurs"
                    | "pour"
                    | "part"
                    | "sa"
                    | "son"
                    | "quant"
                    | "à"
                    | "côté"
                    | "de"
                    | "on"
            )
    }
}

fn is_date_word(w: &str) -> bool {
    matches!(
        w,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
            | "aujourd'hui"
            | "soir"
            | "matin"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
            | "ce"
            | "cet"
            | "last"
            | "week"
            | "dernier"
            | "dernière"
    )
}

/// Cues of a sentence, outside quotations, validated by their context.
fn cues(s: &Sentence<'_>, lex: &Lexicon, lang: &str) -> Vec<CueAt> {
    let Some(index) = lex.cues.get(lang) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // "Pour ce collectif, l'insécurité augmente": an opinion attributed like selon
    if lang == "fr" && s.low(s.from) == "pour" {
        let source = (s.from + 1..(s.from + 4).min(s.to))
            .find_map(|k| s.mention_starting(k))
            .filter(|m| !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague))
            .filter(|m| s.low(m.end) == ",");
        if source.is_some() {
            out.push(CueAt {
                start: s.from,
                end: s.from + 1,
                cue: Cue {
                    lemma: "pour".into(),
                    act: SpeechAct::Say,
                    kind: CueKind::Preposition,
                    reflexive: false,
                },
                pronoun: false,
                pluperfect: false,
                agent: None,
            });
        }
    }
    let mut i = s.from;
    while i < s.to {
        if s.in_quote(i) || s.toks[i].kind != TokKind::Word {
            i += 1;
            continue;
        }
        let prev = if i > s.from { s.low(i - 1) } else { "" };
        // after a determiner a form is a noun (l'annonce du Kremlin), else a verb
        let determiner = DETERMINERS.contains(&prev) && !(lang == "fr" && prev == "a");
        let verb = index
            .longest_at(s.toks, i, lower)
            .filter(|(_, c)| !(determiner && c.kind == CueKind::Finite));
        let noun = || {
            lex.noun_cues
                .get(lang)
                .and_then(|ix| ix.longest_at(s.toks, i, lower))
        };
        let Some((n, cue)) = verb.or_else(noun) else {
            i += 1;
            continue;
        };
        let cue = cue.clone();
        // the auxiliary before a participle, over adverbs (a par ailleurs dénoncé)
        let mut aux = None;
        let mut k = i;
        while k > s.from && i - k < 5 {
            k -= 1;
            let w = s.low(k);
            if AUX.contains(&w) || w.starts_with("a-t-") || w.starts_with("avait-") {
                aux = Some(w);
                break;
            }
            if !s.is_skip(lex, k) {
                break;
            }
        }
        // a passive (est considéré, was found) is not a statement of its subject
        let passive = matches!(cue.kind, CueKind::Participle | CueKind::Finite)
            && match aux {
                Some("est" | "sont" | "était" | "étaient" | "été" | "fut") => {
                    !(cue.reflexive || (k > s.from && matches!(s.low(k - 1), "s'" | "se")))
                }
                Some("was" | "were" | "is" | "are" | "been" | "be") => true,
                _ => false,
            };
        // the agent of a passive is the speaker: "challenged by the party", "revendiquées par X"
        let agent = passive
            .then(|| (i + n..(i + n + 3).min(s.to)).find(|&k| matches!(s.low(k), "par" | "by")))
            .flatten()
            .map(|k| k + 1);
        // "would respond", "could declare", "va annoncer": a modal makes it no report
        let modal = {
            let is_modal = |w: &str| {
                matches!(
                    w,
                    "would"
                        | "will"
                        | "could"
                        | "should"
                        | "may"
                        | "might"
                        | "can"
                        | "must"
                        | "to"
                        | "not"
                        | "va"
                        | "vont"
                        | "allait"
                        | "devrait"
                        | "pourrait"
                        | "doit"
                        | "veut"
                        | "peut"
                )
            };
            let mut k = i;
            let mut found = false;
            while k > s.from && i - k < 4 {
                let w = s.low(k - 1);
                // modals are lower case: "Theresa May pledged" is no modal
                if is_modal(w) && !s.toks[k - 1].is_capitalized() {
                    found = true;
                    break;
                }
                if !s.is_skip(lex, k - 1) {
                    break;
                }
                k -= 1;
            }
            // a hypothetical or future clause: "avant qu'il n'annonce", "if he says"
            let hypothetical = (i.saturating_sub(4).max(s.from)..i).any(|k| {
                let w = s.low(k);
                matches!(w, "if" | "unless" | "si")
                    || (matches!(w, "qu'" | "que")
                        && k > s.from
                        && matches!(s.low(k - 1), "avant" | "sans" | "pour" | "afin" | "jusqu'à"))
            });
            found || hypothetical
        };
        // a reflexive verb's participle needs its pronoun: "s'est défendu", not "l'a défendu"
        let reflexive_ok = !(cue.reflexive && cue.kind == CueKind::Participle)
            || (k > s.from && matches!(s.low(k - 1), "s'" | "se"));
        let attributive = lang == "en"
            && matches!(cue.kind, CueKind::Participle | CueKind::Finite)
            && matches!(
                prev,
                "over"
                    | "about"
                    | "of"
                    | "for"
                    | "in"
                    | "with"
                    | "on"
                    | "against"
                    | "into"
                    | "and"
                    | "or"
            );
        // a promise takes what is promised: "s'engage à", "promised to", not "s'était engagé dans"
        let promise_ok = cue.act != SpeechAct::Promise
            || (i + n..(i + n + 3).min(s.to)).any(|k| {
                matches!(
                    s.low(k),
                    "à" | "de" | "d'" | "que" | "qu'" | "to" | "that" | "«" | "\"" | ":"
                )
            });
        let ok = (!passive || agent.is_some())
            && promise_ok
            && !attributive
            && reflexive_ok
            && !modal
            && match cue.kind {
                CueKind::Participle => {
                    aux.is_some()
                        // English simple past without auxiliary, but not a reduced relative
                        // (The move, called prorogation, …)
                        || (lang == "en" && !DETERMINERS.contains(&prev) && prev != ",")
                        // "a exprimé … et salué …": the auxiliary is shared
                        || (matches!(prev, "et" | "and") && !out.is_empty())
                }
                CueKind::Finite => {
                    // "The move, called prorogation, …": an English -ed form after a comma that
                    // does not close a quotation is a reduced relative
                    let reduced_relative = lang == "en"
                        && prev == ","
                        && s.low(i).ends_with("ed")
                        && !(i >= s.from + 2 && s.is_quote_close(i - 2))
                        && (i + n..(i + n + 4).min(s.to)).any(|k| s.low(k) == ",");
                    !DETERMINERS.contains(&prev) && !reduced_relative
                }
                // a gerund reports only after a comma or "en" (ajoutant que, en annonçant, adding
                // that); "protesting legislators" is an adjective
                CueKind::Gerund => {
                    // "en lui indiquant", "en leur annonçant"
                    let clitic_after_en =
                        matches!(prev, "lui" | "leur" | "nous" | "vous" | "les" | "se" | "s'")
                            && i >= s.from + 2
                            && s.low(i - 2) == "en";
                    clitic_after_en
                        || matches!(
                            prev,
                            "," | "en"
                                | "while"
                                | "after"
                                | "before"
                                | "by"
                                | "upon"
                                | "when"
                                | "tout"
                                | "been"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                        )
                        || (i == s.from)
                }
                CueKind::Inverted | CueKind::Preposition => true,
                // a nominal report names its source: "l'annonce de X", "condemnation from X",
                // "son annonce" (the possessor)
                CueKind::Noun => {
                    let source_after =
                        matches!(s.low(i + n), "de" | "du" | "d'" | "from" | "by" | "of")
                            && (i + n + 1..(i + n + 4).min(s.to)).any(|k| {
                                s.mention_starting(k).is_some_and(|m| {
                                    !matches!(
                                        m.kind,
                                        MentionKind::Adjective(_) | MentionKind::Vague
                                    )
                                })
                            });
                    // "la cour d'appel de Paris", "un appel d'offres": a complement, not a report
                    let complement = matches!(prev, "d'" | "de" | "du" | "des" | "of");
                    let possessed = matches!(prev, "son" | "sa" | "his" | "her")
                        && !matches!(s.low(i + n), "de" | "d'" | "du" | "des" | "of");
                    !complement && (source_after || possessed)
                }
            };
        // English "said" in "so-called", "the said": rejected above by the determiner rule
        if ok {
            let pluperfect =
                matches!(aux, Some("avait" | "avaient" | "had")) || s.low(i).starts_with("avait-");
            let pronoun = cue.kind == CueKind::Inverted;
            out.push(CueAt {
                start: i,
                end: i + n,
                cue,
                pronoun,
                pluperfect,
                agent,
            });
        }
        i += n;
    }
    out
}

/// Who a mention refers to, as an entity of the article.
fn resolve(m: &Mention, memory: &Memory) -> Option<(usize, f32)> {
    match &m.kind {
        MentionKind::Entity(e) => Some((*e, 0.9)),
        // a subject pronoun: the subject of the sentences before (he said … after "Mohammad
        // bin Salman accepted responsibility …"), else the last speaker
        MentionKind::Pronoun { person: true } => memory
            .last_person_speaker
            .or(memory.last_subject)
            .or(memory.last_person)
            .map(|e| (e, 0.75)),
        MentionKind::Pronoun { person: false } => memory
            .last_speaker
            .or(memory.last_subject)
            .or(memory.last_person)
            .map(|e| (e, 0.75)),
        MentionKind::Reference => memory
            .last_document_speaker
            .or(memory.last_speaker)
            .map(|e| (e, 0.75)),
        MentionKind::Adjective(_) | MentionKind::Vague => None,
    }
}

/// The speaker mention after an incise cue (a annoncé samedi le Kremlin; said Smith).
fn speaker_after<'m>(s: &'m Sentence<'_>, lex: &Lexicon, from: usize) -> Option<&'m Mention> {
    let mut j = from;
    while j < s.to && j < from + 9 {
        if let Some(m) = s.mention_starting(j) {
            if matches!(m.kind, MentionKind::Adjective(_)) {
                // according to Mexican President …
                j = m.end;
                continue;
            }
            // "U.S. Attorney Josh Bash", "El Paso Mayor Dee Margo": the person right after
            if !s.is_person(m) {
                if let Some(p) = s.mentions.iter().find(|p| {
                    p.start >= m.end
                        && p.start <= m.end + 2
                        && s.is_person(p)
                        && (m.end..p.start).all(|k| s.low(k) != ",")
                }) {
                    return Some(p);
                }
            }
            // "l'agence de presse Belga": a bare head followed by the name
            if m.end == m.start + 1 && !s.toks[m.start].is_capitalized() {
                if let Some(p) = s.mentions.iter().find(|p| {
                    p.start > m.end
                        && p.start <= m.end + 3
                        && (m.end..p.start).all(|k| s.low(k) != ",")
                }) {
                    return Some(p);
                }
            }
            return Some(m);
        }
        let w = s.low(j);
        // "a indiqué au Monde le premier substitut": an indirect object before the speaker
        if matches!(w, "au" | "aux" | "à" | "to") {
            if let Some(m) = s
                .mention_starting(j + 1)
                .or_else(|| s.mention_starting(j + 2))
            {
                j = m.end;
                continue;
            }
        }
        // "according to a tweet on Monday by X", "dans un communiqué de X"
        let document = lex.words.references.contains(w)
            || matches!(
                w,
                "tweet"
                    | "interview"
                    | "entretien"
                    | "post"
                    | "by"
                    | "from"
                    | "par"
                    | "chaîne"
                    | "agence"
                    | "memo"
                    | "letter"
                    | "lettre"
                    | "data"
                    | "données"
                    | "figures"
                    | "chiffres"
                    | "posted"
                    | "published"
                    | "publié"
                    | "publiée"
                    | "online"
                    | "organisation"
                    | "organization"
                    | "groupe"
                    | "group"
                    | "mouvement"
                    | "movement"
                    | "milice"
                    | "militia"
                    | "journal"
                    | "quotidien"
                    | "hebdomadaire"
                    | "site"
                    | "radio"
                    | "télévision"
                    | "presse"
                    | "publique"
                    | "channel"
                    | "newspaper"
                    | "broadcaster"
                    | "agency"
                    | "magazine"
                    | "news"
            );
        if s.is_skip(lex, j) || DETERMINERS.contains(&w) || document {
            j += 1;
            continue;
        }
        break;
    }
    None
}

/// The subject before a cue: the closest mention reachable over skippable words and one
/// apposition or relative clause between commas.
fn speaker_before<'m>(
    s: &'m Sentence<'_>,
    lex: &Lexicon,
    cue_start: usize,
    floor: usize,
) -> Option<&'m Mention> {
    let mut j = cue_start;
    let mut commas = 0;
    let mut relative = false;
    let usable = |m: &Mention| !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague);
    while j > floor {
        j -= 1;
        if let Some(m) = s.mention_at(j) {
            if usable(m) {
                // inside a prepositional phrase ("Richard Ferrand in relaying the news to
                // parliament said"): the subject is further left, if there is one
                let in_pp = m.start > floor && PREPOSITIONS.contains(&s.low(m.start - 1));
                if in_pp {
                    let subject = s.mentions.iter().rev().find(|o| {
                        o.end <= m.start
                            && o.start >= floor
                            && m.start - o.end <= 12
                            && usable(o)
                            && (o.start == floor || !PREPOSITIONS.contains(&s.low(o.start - 1)))
                            && (o.end..m.start).all(|k| {
                                !matches!(s.low(k), "," | ";" | ":") && !s.is_quote_close(k)
                            })
                    });
                    if let Some(o) = subject {
                        return Some(o);
                    }
                }
                return Some(m);
            }
            j = m.start;
            continue;
        }
        let w = s.low(j);
        if w == "," {
            commas += 1;
            if commas > 2 {
                return None;
            }
            if commas == 1 {
                // the comma before: A, B, said / X, qui … (at most 14 tokens back)
                let mut k = j;
                let mut found = None;
                while k > floor && j - k < 25 {
                    k -= 1;
                    if s.low(k) == "," {
                        found = Some(k);
                        break;
                    }
                    if s.is_quote_close(k) || s.low(k) == "." {
                        break;
                    }
                }
                let before_comma = s
                    .mention_at(j.saturating_sub(1))
                    .filter(|m| j > floor && usable(m));
                // "X, qui a dit": the mention right before the comma
                if relative || found.is_none() {
                    if let Some(m) = before_comma {
                        return Some(m);
                    }
                }
                if let Some(k) = found {
                    // "A, B, said": B when B is a person between the commas (Merkel's
                    // spokesperson, Steffen Seibert, said), else A (Jonna Mendez, also CIA, said)
                    if let Some(m) = before_comma.filter(|m| m.start == k + 1 && s.is_person(m)) {
                        return Some(m);
                    }
                    if let Some(m) = s
                        .mention_at(k.saturating_sub(1))
                        .filter(|m| k > floor && usable(m))
                    {
                        return Some(m);
                    }
                    if let Some(m) = before_comma {
                        return Some(m);
                    }
                    j = k;
                    continue;
                }
            }
            continue;
        }
        if matches!(w, "qui" | "who" | "which") {
            relative = true;
            continue;
        }
        if s.is_skip(lex, j) || w == "que" {
            continue;
        }
        return None;
    }
    None
}

/// Entities named in `toks[a..b]` other than the speaker, in order, without repeats.
/// Persons known only by a role phrase and bare organisation heads are not targets (gold names
/// whom a statement is about); "notre pays" / "our country" is the speaker's country.
fn targets(s: &Sentence<'_>, a: usize, b: usize, speaker: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for m in s.mentions.iter().filter(|m| m.start >= a && m.end <= b) {
        let e = match &m.kind {
            // a country name used as a title (U.S. Attorney Bash, US Secretary of State) is
            // not what the statement is about
            MentionKind::Entity(e)
                if s.info.get(*e).is_some_and(|i| i.country) && s.qualifies_a_name(m) =>
            {
                None
            }
            MentionKind::Entity(e) => Some(*e),
            // an adjective counts when it qualifies what the statement is about, not a
            // person's or organisation's title (U.S. Attorney, American hero)
            MentionKind::Adjective(e) if !s.qualifies_a_name(m) => Some(*e),
            _ => None,
        };
        if let Some(e) = e {
            if e != speaker && !out.contains(&e) && s.info.get(e).is_some_and(|i| i.targetable) {
                out.push(e);
            }
        }
    }
    let own_country = (a..b.saturating_sub(1)).any(|k| {
        matches!(
            (s.low(k), s.low(k + 1)),
            ("notre", "pays") | ("our", "country") | ("our", "nation") | ("notre", "nation")
        )
    });
    if own_country {
        if let Some(c) = s.info.get(speaker).and_then(|i| i.country_entity) {
            if c != speaker && !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

fn span_text(s: &Sentence<'_>, a: usize, b: usize) -> Option<String> {
    if b <= a {
        return None;
    }
    let t = Span::new(s.toks[a].span.start, s.toks[b - 1].span.end).slice(s.text);
    let t = t.trim().trim_end_matches(['.', ',', ';']).trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Statements of one sentence.
pub fn sentence(
    s: &Sentence<'_>,
    lex: &Lexicon,
    lang: &str,
    published: Option<NaiveDate>,
    memory: &mut Memory,
) -> Vec<Statement> {
    let cues = cues(s, lex, lang);
    let mut out: Vec<Statement> = Vec::new();
    // a statement's document: "dans un communiqué", "in a statement"
    let mentions_document =
        |a: usize, b: usize| (a..b.min(s.to)).any(|i| lex.words.references.contains(s.low(i)));
    for (ci, c) in cues.iter().enumerate() {
        let next_cue = cues.get(ci + 1).map(|n| n.start).unwrap_or(s.to);
        let prev_end = if ci > 0 { cues[ci - 1].end } else { s.from };
        let mut skip_back = c.start;
        while skip_back > s.from
            && s.is_skip(lex, skip_back - 1)
            && !matches!(
                s.low(skip_back - 1),
                "qui" | "who" | "which" | "that" | "que"
            )
        {
            skip_back -= 1;
        }
        let before = if skip_back > s.from {
            s.low(skip_back - 1)
        } else {
            ""
        };
        let after_quote = skip_back > s.from
            && (s.is_quote_close(skip_back - 1)
                || (before == "," && skip_back >= 2 && s.is_quote_close(skip_back - 2)));
        // ", a déclaré X" is an incise in French; in English ", said" after a quotation only
        // ("The Vice President, Mike Pence, said" has its subject before)
        let incise =
            (before == "," && lang == "fr") || after_quote || (c.cue.kind == CueKind::Inverted);
        // "German officials said": a vague source, not a statement
        if skip_back > s.from
            && s.mention_at(skip_back - 1)
                .is_some_and(|m| m.kind == MentionKind::Vague)
        {
            continue;
        }

        let mut speaker: Option<(usize, f32, Span)> = None;
        let mut content: (usize, usize) = (c.end, next_cue);
        let mut direct_quote: Option<(usize, usize)> = None;
        let mut mode_according = false;
        let mut extra: Vec<(usize, f32, Span)> = Vec::new();

        match c.cue.kind {
            _ if c.agent.is_some() => {
                let at = c.agent.unwrap_or(c.end);
                if let Some(m) = speaker_after(s, lex, at) {
                    if let Some((e, conf)) = resolve(m, memory) {
                        speaker = Some((e, conf * 0.9, m.span));
                    }
                }
                content = (prev_end.max(s.from), c.start);
            }
            CueKind::Noun => {
                let possessed =
                    c.start > s.from && matches!(s.low(c.start - 1), "son" | "sa" | "his" | "her");
                if let Some(m) = speaker_after(s, lex, c.end + 1).filter(|_| !possessed) {
                    if let Some((e, conf)) = resolve(m, memory) {
                        speaker = Some((e, conf * 0.8, m.span));
                    }
                    content = (m.end, next_cue);
                } else if possessed {
                    let span = s.toks[c.start - 1].span;
                    let owner = memory.last_subject.or(memory.last_speaker);
                    speaker = owner.map(|e| (e, 0.6, span));
                    content = (c.end, next_cue);
                }
            }
            CueKind::Preposition => {
                mode_according = true;
                if let Some(m) = speaker_after(s, lex, c.end) {
                    if let Some((e, conf)) = resolve(m, memory) {
                        speaker = Some((e, conf, m.span));
                    }
                    // the content is the rest of the sentence, minus "selon X"
                    let mut end_of_source = m.end;
                    while end_of_source < s.to
                        && !matches!(s.low(end_of_source), "," | "." | ":")
                        && end_of_source < m.end + 6
                    {
                        end_of_source += 1;
                    }
                    content = if c.start > s.from + 2 {
                        (s.from, c.start)
                    } else {
                        (end_of_source, s.to)
                    };
                    // "M. Blinken a, selon ce communiqué, « … »": the content is both sides
                    if c.start > s.from && end_of_source < s.to && c.start > s.from + 2 {
                        content = (s.from, s.to);
                    }
                }
            }
            CueKind::Gerund => {
                speaker = out
                    .last()
                    .map(|f| (f.speaker, f.confidence, f.speaker_span))
                    .or_else(|| {
                        // en annonçant …: the subject of the sentence
                        s.mentions
                            .iter()
                            .find(|m| {
                                m.end <= c.start
                                    && !s.in_quote(m.start)
                                    && !matches!(
                                        m.kind,
                                        MentionKind::Adjective(_) | MentionKind::Vague
                                    )
                            })
                            .and_then(|m| {
                                resolve(m, memory).map(|(e, conf)| (e, conf * 0.8, m.span))
                            })
                    })
                    .or_else(|| {
                        speaker_before(s, lex, c.start, s.from).and_then(|m| {
                            resolve(m, memory).map(|(e, conf)| (e, conf * 0.8, m.span))
                        })
                    });
            }
            _ if incise => {
                // « … », a déclaré X  /  "…," said X  /  « … », a-t-il ajouté
                let explicit = speaker_after(s, lex, c.end);
                if let Some(m) = explicit.filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. }))
                {
                    if let Some((e, conf)) = resolve(m, memory) {
                        speaker = Some((e, conf, m.span));
                    }
                } else if c.pronoun || explicit.is_some() {
                    let span = explicit.map(|m| m.span).unwrap_or(s.toks[c.start].span);
                    speaker = memory
                        .last_speaker
                        .or(memory.last_person)
                        .map(|e| (e, 0.75, span));
                }
                // the quotation or clause before the incise is the content
                if after_quote {
                    let close = if s.is_quote_close(skip_back - 1) {
                        skip_back - 1
                    } else {
                        skip_back - 2
                    };
                    direct_quote = s.quote_ending_at(close);
                    if let Some((o, cl)) = direct_quote {
                        content = (o, cl + 1);
                    }
                } else {
                    let start = if ci > 0 { prev_end } else { s.from };
                    content = (start, skip_back.saturating_sub(1).max(start));
                }
                if speaker.is_none() {
                    // "…," Smith said: the speaker between the quotation and the cue
                    if let Some(m) = speaker_before(s, lex, c.start, s.from) {
                        if let Some((e, conf)) = resolve(m, memory) {
                            speaker = Some((e, conf, m.span));
                        }
                    }
                }
            }
            // "X confirme que … et précise que …": the same speaker
            _ if matches!(before, "et" | "and") && out.last().is_some() && ci > 0 => {
                speaker = out
                    .last()
                    .map(|f| (f.speaker, f.confidence, f.speaker_span));
            }
            _ => {
                // "…," Smith said — English incise with the speaker before the cue
                if let Some(m) = speaker_before(s, lex, c.start, prev_end.max(s.from)) {
                    // coordinated subjects: "Le consulat français et le gouvernement belge
                    // recommandent", "Deutsche Bahn, Deutsche Telekom and Siemens have announced"
                    let mut k = m.start;
                    let listed = k > s.from + 1
                        && (matches!(s.low(k - 1), "et" | "and")
                            || (s.low(k - 1) == ","
                                && matches!(s.low(k.saturating_sub(2)), "et" | "and")));
                    while listed && k > s.from {
                        // separators, then the mention before them
                        let mut j = k;
                        while j > s.from && matches!(s.low(j - 1), "," | "et" | "and") {
                            j -= 1;
                        }
                        // nothing before the separators: "And, Rostenkowski told …"
                        if j == k || j == s.from {
                            break;
                        }
                        let Some(other) = s.mention_at(j - 1).filter(|o| {
                            o.end == j
                                && !matches!(o.kind, MentionKind::Adjective(_) | MentionKind::Vague)
                        }) else {
                            break;
                        };
                        if let Some((e, conf)) = resolve(other, memory) {
                            extra.push((e, conf * 0.9, other.span));
                        }
                        k = other.start;
                    }
                    let mut k = m.start;
                    while k > s.from && s.low(k - 1) == "," {
                        k -= 1;
                    }
                    // only when the speaker is the cue's own subject ("…," she said), not the
                    // subject of a relative clause (« grossiers » de Blinken, qui avait prévenu)
                    let subject_of_cue = (m.end..c.start).all(|x| {
                        s.is_skip(lex, x) && !matches!(s.low(x), "qui" | "who" | "which" | ",")
                    });
                    if subject_of_cue && k > s.from && s.is_quote_close(k - 1) {
                        direct_quote = s.quote_ending_at(k - 1);
                        if let Some((o, cl)) = direct_quote {
                            content = (o, cl + 1);
                        }
                    }
                    if let Some((e, conf)) = resolve(m, memory) {
                        speaker = Some((e, conf, m.span));
                    }
                } else if let Some(m) = s.mentions.iter().find(|m| {
                    m.start >= prev_end
                        && m.end <= c.start
                        && (c.start - m.end <= 8 || m.start == s.from)
                        && !s.in_quote(m.start)
                        && !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague)
                }) {
                    // the clause's subject further back (X … a dénoncé)
                    if let Some((e, conf)) = resolve(m, memory) {
                        speaker = Some((e, conf * 0.8, m.span));
                    }
                }
                // the speaker of the next cue bounds this content
                if ci + 1 < cues.len() {
                    if let Some(m) = speaker_before(s, lex, cues[ci + 1].start, c.end) {
                        // "X, qui a dit …": X is still this statement's object
                        let relative = (m.end..cues[ci + 1].start)
                            .any(|x| matches!(s.low(x), "qui" | "who" | "which"));
                        content.1 = content.1.min(if relative { m.end } else { m.start });
                    }
                }
                // X said: « … »  /  X a déclaré : « … »
                let mut k = c.end;
                while k < s.to
                    && (s.is_skip(lex, k) || matches!(s.low(k), ":" | "," | "que" | "qu'" | "that"))
                {
                    k += 1;
                }
                if s.is_quote_open(k) {
                    if let Some(q) = s.quotes.iter().copied().find(|&(o, _)| o == k) {
                        let rest_is_quote = q.1 + 2 >= content.1 || q.1 + 2 >= s.to;
                        if rest_is_quote {
                            direct_quote = Some(q);
                        }
                    }
                }
            }
        }
        let Some((speaker, confidence, speaker_span)) = speaker else {
            continue;
        };
        let extra = std::mem::take(&mut extra);
        // what follows the cue directly (a day, "que", "that", a colon) is not content
        if content.0 == c.end {
            while content.0 < content.1
                && (s.is_skip(lex, content.0)
                    || matches!(s.low(content.0), "que" | "qu'" | "that" | ":" | ","))
            {
                content.0 += 1;
            }
        }

        // mode and quote
        let (a, b) = (content.0.min(content.1), content.1.max(content.0));
        let quotes_in: Vec<(usize, usize)> = s
            .quotes
            .iter()
            .copied()
            .filter(|&(o, cl)| o >= a && cl < b.max(a + 1) + 1 && cl <= b)
            .collect();
        let (mode, quote) = if let Some(q) = direct_quote {
            // a quotation split around an incise: « … », a-t-il dit, « … »
            let mut parts = vec![s.quote_text(q)];
            let mut k = speaker_span_end(s, speaker_span).max(c.end);
            while k < s.to && matches!(s.low(k), ",") {
                k += 1;
            }
            if q.1 < c.start && s.is_quote_open(k) {
                if let Some(q2) = s.quotes.iter().copied().find(|&(o, _)| o == k) {
                    parts.push(s.quote_text(q2));
                }
            }
            (Mode::Direct, Some(parts.join(" … ")))
        } else if !quotes_in.is_empty() {
            let parts: Vec<String> = quotes_in.iter().map(|&q| s.quote_text(q)).collect();
            // X said of Chirac "…": a quotation that is all the content after a short lead-in
            // (no que / that) is direct speech
            let first = quotes_in[0].0;
            let last = quotes_in[quotes_in.len() - 1].1;
            let lead_in = (a..first).filter(|&k| s.toks[k].is_word()).count();
            let no_clause = !(a..first).any(|k| matches!(s.low(k), "que" | "qu'" | "that"));
            let tail = (last + 1..b).filter(|&k| s.toks[k].is_word()).count();
            let after_cue = first >= c.end;
            let joined = quotes_in.windows(2).all(|w| {
                (w[0].1 + 1..w[1].0)
                    .filter(|&k| s.toks[k].is_word())
                    .count()
                    == 0
            });
            if after_cue
                && no_clause
                && lead_in == 0
                && tail == 0
                && joined
                && !mode_according
                && lang == "en"
            {
                (Mode::Direct, Some(parts.join(" … ")))
            } else {
                (Mode::Mixed, Some(parts.join(" … ")))
            }
        } else if mode_according {
            (Mode::AccordingTo, None)
        } else {
            (Mode::Indirect, None)
        };
        let mode = if mode_according && mode == Mode::Direct {
            Mode::Mixed
        } else {
            mode
        };
        let content_text = if mode == Mode::Direct {
            None
        } else {
            span_text(s, a, b)
        };

        // day: a date expression around the cue and speaker, outside the content
        let region = (
            c.start.min(speaker_tok(s, speaker_span)).saturating_sub(1),
            (c.end + 3).min(s.to),
        );
        let mut date = published.and_then(|p| {
            let mut found = when::find(s.toks, region.0.max(s.from), region.1, p, c.pluperfect);
            found.retain(|d| d.start < a || d.start >= b || c.cue.kind == CueKind::Preposition);
            // a date earlier in the sentence, outside quotations, sets the scene: Vendredi, …
            // / On Friday, … / Lors d'une conférence de presse mardi, X a dit …
            if found.is_empty() {
                found = when::find(s.toks, s.from, c.start, p, c.pluperfect);
                found.retain(|d| !s.in_quote(d.start));
                if let Some(d) = found.last() {
                    return Some(d.day);
                }
                // "a annoncé sa démission … la veille": a time adverbial later in the clause, when
                // no que / that clause stands between (that one dates what is reported)
                let mut later = when::find(s.toks, c.end, next_cue, p, c.pluperfect);
                later.retain(|d| {
                    !s.in_quote(d.start)
                        && !(c.end..d.start).any(|k| matches!(s.low(k), "que" | "qu'" | "that"))
                });
                return later.first().map(|d| d.day);
            }
            found.first().map(|d| d.day)
        });
        if date.is_none() {
            // the narrative fixes the day: the statement before in this paragraph (Schiff called
            // it … after "both yesterday questioned"), else the same speaker's last dated statement
            // in the article (He also said … after "Trump said on Friday")
            date = out
                .last()
                .and_then(|f| f.date)
                .or_else(|| memory.paragraph_dates.last().map(|(_, d)| *d))
                .or_else(|| {
                    memory
                        .speaker_dates
                        .iter()
                        .rev()
                        .find(|(sp, _)| *sp == speaker)
                        .map(|(_, d)| *d)
                })
                .or(memory.scene_date);
        }
        let tg = targets(s, a, b, speaker);
        let lo = [
            speaker_span.start,
            s.toks[c.start].span.start,
            s.toks[a.min(s.to - 1)].span.start,
        ]
        .into_iter()
        .filter(|&x| x >= s.toks[s.from].span.start)
        .min()
        .unwrap_or(s.toks[c.start].span.start);
        let hi = [
            speaker_span.end,
            s.toks[c.end - 1].span.end,
            s.toks[b.saturating_sub(1).max(a).min(s.to - 1)].span.end,
        ]
        .into_iter()
        .max()
        .unwrap_or(s.toks[c.end - 1].span.end);
        let found = Statement {
            speaker,
            speaker_span,
            targets: tg,
            cue: c.cue.lemma.clone(),
            speech_act: c.cue.act,
            mode,
            quote,
            content: content_text,
            date,
            confidence,
            span: Span::new(lo.min(hi), hi),
        };
        memory.last_speaker = Some(speaker);
        if s.info.get(speaker).is_some_and(|i| i.person) {
            memory.last_person_speaker = Some(speaker);
        }
        if mentions_document(
            c.start.min(speaker_tok(s, speaker_span)),
            (c.end + 14).min(s.to),
        ) {
            memory.last_document_speaker = Some(speaker);
        }
        if let Some(d) = date {
            memory.paragraph_dates.push((speaker, d));
            memory.speaker_dates.push((speaker, d));
        }
        let mut seen_speakers = vec![speaker];
        for (e, conf, span) in extra {
            if seen_speakers.contains(&e) {
                continue;
            }
            seen_speakers.push(e);
            let mut other = found.clone();
            other.speaker = e;
            other.confidence = conf;
            other.speaker_span = span;
            other.targets.retain(|t| *t != e);
            out.push(other);
        }
        out.push(found);
    }
    out
}

/// The index of the first token of the sentence that starts at or after byte `at` (`or` if none).
fn first_token_from(s: &Sentence<'_>, at: usize, or: usize) -> usize {
    s.toks[s.from..s.to]
        .iter()
        .position(|t| t.span.start >= at)
        .map(|p| p + s.from)
        .unwrap_or(or)
}

fn speaker_tok(s: &Sentence<'_>, span: Span) -> usize {
    first_token_from(s, span.start, s.from)
}

fn speaker_span_end(s: &Sentence<'_>, span: Span) -> usize {
    first_token_from(s, span.end, s.to)
}
