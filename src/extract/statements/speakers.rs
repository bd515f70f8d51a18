//! Speakers: who a cue's statement is by, and the stretch of the sentence that holds what was said.
//! The first rule of [`RULES`] that applies to a cue decides (even when it finds no speaker):
//! - `passive_agent`: the agent of a passive (revendiqué par X, challenged by X);
//! - `nominal_report`: the source of a noun (l'annonce de X) or its possessor (son annonce);
//! - `according_to`: selon / d'après / according to X, and the rest of the sentence;
//! - `gerund`: ajoutant que, adding that: the speaker of the statement before it;
//! - `incise`: « … », a déclaré X; "…," said X; « … », a-t-il ajouté;
//! - `coordinated_cue`: X confirme que … et précise que …: the same speaker;
//! - `subject_before_cue`: the maker of a study or a poll that shows (A CNN poll showed, his
//!   survey showed: [`sources::study_issuer`]); else the subject before the cue, over adverbs,
//!   auxiliaries, dates and an apposition or relative clause between commas (X, qui avait
//!   prévenu vendredi, …), with the subjects coordinated with it (one statement each), each name
//!   of a list between commas (Several governments, including France and Italy, condemned).
//!
//! Pronouns take the last speaker; role phrases the last person with that role; "le communiqué" the
//! last speaker that issued one ([`resolve`]). Where a subject stands in the sentence is found by
//! [`super::subjects`].

use super::super::lexicon::CueKind;
use super::super::mentions::{Mention, MentionKind};
use super::super::words::{Setting, W};
use super::super::Statement;
use super::content::{quotation_after_cue, quotation_before_subject};
use super::subjects::{
    main_subject, person_before_place, person_of, speaker_after, speaker_before,
    subject_after_quotation, subject_before_relative, titled_person, usable,
};
use super::{Memory, Sentence, Site, Speaker, DOCUMENT_WORDS};
use clause::clause_subject;
use qualified::{names_no_subject, qualifies_a_head};

mod clause;
mod coordinated;
mod gerund;
mod incise;
mod qualified;
mod sources;
mod unnamed;

/// What a speaker rule decides for a cue.
pub(super) struct Choice {
    pub speaker: Option<Speaker>,
    /// Token range of what was said.
    pub content: (usize, usize),
    /// The quotation that is the whole statement (« … », a-t-il dit).
    pub direct_quote: Option<(usize, usize)>,
    /// Reported with selon / according to.
    pub according: bool,
    /// The source phrase of selon / according to (its names are not what is said about).
    pub source: Option<(usize, usize)>,
    /// Speakers coordinated with the speaker (Le consulat français et le gouvernement belge
    /// recommandent): one statement each.
    pub extra: Vec<Speaker>,
}

impl Choice {
    pub fn new(site: &Site<'_>) -> Choice {
        Choice {
            speaker: None,
            content: (site.cue.end, site.next_cue),
            direct_quote: None,
            according: false,
            source: None,
            extra: Vec::new(),
        }
    }
}

/// What a speaker rule reads.
pub(super) struct Ctx<'a> {
    s: &'a Sentence<'a>,
    site: &'a Site<'a>,
    memory: &'a Memory,
    /// The statements of the sentence so far.
    out: &'a [Statement],
}

/// A speaker rule: `false` when it does not apply to the cue (the next rule is tried).
type Rule = fn(&Ctx<'_>, &mut Choice) -> bool;

/// The speaker rules, in the order they are tried.
const RULES: &[(&str, Rule)] = &[
    ("passive_agent", passive_agent),
    ("nominal_report", nominal_report),
    ("according_to", sources::according_to),
    ("gerund", gerund::gerund),
    ("incise", incise::incise),
    ("coordinated_cue", coordinated::coordinated_cue),
    ("opening_clause", opening_clause),
    ("subject_before_cue", subject_before_cue),
];

/// Chooses the speaker and content of a cue with the first rule that applies.
pub(super) fn choose<'a>(
    s: &'a Sentence<'a>,
    site: &'a Site<'a>,
    memory: &'a Memory,
    out: &'a [Statement],
    choice: &mut Choice,
) {
    let ctx = Ctx {
        s,
        site,
        memory,
        out,
    };
    let _ = RULES.iter().any(|(_, rule)| rule(&ctx, choice));
}

/// A mention's entity with the confidence of the mention times `factor`.
fn speaker_of(m: &Mention, memory: &Memory, factor: f32) -> Option<Speaker> {
    resolve(m, memory).map(|(e, conf)| (e, conf * factor, m.span))
}

/// Who a mention refers to, as an entity of the article.
pub(super) fn resolve(m: &Mention, memory: &Memory) -> Option<(usize, f32)> {
    match &m.kind {
        MentionKind::Entity(e) => Some((*e, 0.9)),
        // a subject pronoun: the subject of the sentences before (he said … after "Mohammad
        // bin Salman accepted responsibility …"), else the last speaker
        // … but a paragraph that names a person before anyone speaks in it is about that
        // person (« Fillon n'a désigné que trois clients. Il a affirmé … » after Urvoas spoke)
        // ils, they: a body or a country that spoke, never one person
        // … of the pronoun's gender (she: not the man who spoke last)
        // … and so does "it", of no person, number or gender
        MentionKind::Pronoun { plural: true, .. }
        | MentionKind::Pronoun {
            person: false,
            gender: None,
            ..
        } => memory.last_body_speaker.map(|e| (e, 0.75)),
        MentionKind::Pronoun {
            person: true,
            gender,
            ..
        } => memory
            .pick(
                &[
                    memory.paragraph_person(),
                    memory.last_person_speaker,
                    memory.last_subject,
                    memory.last_person,
                ],
                *gender,
            )
            .map(|e| (e, 0.75)),
        MentionKind::Pronoun {
            person: false,
            gender,
            ..
        } => memory
            .pick(
                &[
                    memory
                        .paragraph_subject
                        .filter(|_| !memory.spoke_in_paragraph),
                    memory.last_speaker,
                    memory.last_subject,
                    memory.last_person,
                ],
                *gender,
            )
            .map(|e| (e, 0.75)),
        MentionKind::Reference => memory
            .last_document_speaker
            .or(memory.last_speaker)
            .map(|e| (e, 0.75)),
        MentionKind::Adjective(_) | MentionKind::Vague => None,
    }
}

fn passive_agent(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let Some(at) = x.site.cue.agent else {
        return false;
    };
    let s = x.s;
    let m = speaker_after(s, at);
    if let Some(m) = m {
        choice.speaker = speaker_of(m, x.memory, 0.9);
    }
    choice.content = (x.site.prev_end.max(s.from), x.site.cue.start);
    // "Asked by X whether …, Y said", "When asked by X about …": a passive clause that opens the
    // sentence says what follows its agent (right after "by", over a determiner or a role), up
    // to its comma
    let c = x.site.cue;
    let opens = c.start == s.from || c.start == s.from + 1 && s.m(s.from).is(W::PassiveClause);
    if opens {
        let describes = |k: usize| s.toks[k].is_word() && !s.toks[k].is_capitalized();
        let next = |m: &&Mention| {
            m.start <= at + 2 && (at..m.start).all(|k| describes(k) && !s.any(k, W::Conditional))
        };
        let Some(m) = m.filter(next) else {
            choice.speaker = None;
            return true;
        };
        let comma = (m.end..s.to).find(|&k| s.low(k) == ",").unwrap_or(s.to);
        choice.content = (m.end, comma);
    }
    // "a pattern described by Marine Bulletin as "rather hectic"": the quotation after "as" too
    let quote = m
        .filter(|m| m.end + 1 < s.to && s.m(m.end).is(W::QuotedAs))
        .and_then(|m| s.quotes.iter().find(|&&(o, _)| o == m.end + 1));
    if let Some(&(open, close)) = quote {
        choice.content = (open, close + 1);
    }
    true
}

fn nominal_report(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    if c.cue.kind != CueKind::Noun {
        return false;
    }
    let possessed = c.start > s.from && s.any(c.start - 1, W::Possessive);
    // (not the possessor of what follows: a condemnation of North Korea's test)
    let source = speaker_after(s, c.end + 1)
        .filter(|m| !(possessed || m.end < s.to && s.any(m.end, W::Genitive)));
    if let Some(m) = source {
        choice.speaker = speaker_of(m, x.memory, 0.8);
        let (extra, end) = sources::sources_after(x, m);
        choice.extra = extra;
        choice.content = (end, x.site.next_cue);
    } else if possessed {
        let span = s.toks[c.start - 1].span;
        let owner = x.memory.last_subject.or(x.memory.last_speaker);
        choice.speaker = owner.map(|e| (e, 0.6, span));
        choice.content = (c.end, x.site.next_cue);
    }
    true
}

/// "Après avoir annoncé …, Sprint a …", "After having said …, the senator …": a participle whose
/// auxiliary is an infinitive opening the sentence has the main clause's subject.
fn opening_clause(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, c) = (x.s, x.site.cue);
    // the auxiliary among the first two words, right before the participle or over skippable
    // words (après avoir en janvier annoncé)
    let opens = (s.from..(s.from + 2).min(c.start))
        .any(|k| s.any(k, W::AuxInfinitive) && (k + 1..c.start).all(|j| s.is_skip(j)));
    if !opens {
        return false;
    }
    let Some(m) = main_subject(s, c.end) else {
        return false;
    };
    choice.speaker = speaker_of(m, x.memory, 0.8);
    choice.content.1 = choice.content.1.min(m.start);
    true
}

fn subject_before_cue(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    if sources::study_issuer(x, choice) {
        return true;
    }
    let (s, site, c) = (x.s, x.site, x.site.cue);
    // (before an aside: X a, quant à elle, dénoncé; X, according to Reuters, said, X, selon Y, a
    // dit, whose cue is no bound)
    let source_aside = (site.skip_back > s.from)
        .then(|| s.source_aside(site.skip_back - 1))
        .flatten();
    let cue_start = s.aside_before(c.start).or(source_aside).unwrap_or(c.start);
    let passive_aside = site.index > 0 && aside_cue_before(s, site);
    let prev_end = if site.prev_end > cue_start || passive_aside {
        s.from
    } else {
        site.prev_end.max(s.from)
    };
    let before = subject_before_relative(s, cue_start)
        .or_else(|| speaker_before(s, cue_start, prev_end))
        .map(|m| issuer_of_document(s, m).unwrap_or(m))
        .map(|m| person_of(s, m).unwrap_or(m));
    let vague = |m: &Mention| part_of_a_group(s, m) || unnamed::after_a_vague_head(s, m, prev_end);
    if before.is_some_and(vague) {
        return true;
    }
    let after_and = site.skip_back > s.from && s.any(site.skip_back - 1, W::And);
    if let Some(m) = before {
        choice.extra = coordinated_subjects(x, m);
        // only when the speaker is the cue's own subject ("…," she said), not the subject of a
        // relative clause (« grossiers » de Blinken, qui avait prévenu)
        let subject_of_cue =
            (m.end..cue_start).all(|k| s.is_skip(k) && !s.any(k, W::Relative) && s.low(k) != ",");
        let after_quotation = subject_after_quotation(s, c.start, site.prev_end.max(s.from))
            .is_some_and(|a| a.start == m.start);
        if subject_of_cue || after_quotation {
            // (before the first of coordinated subjects: "…," X and Y said)
            let first = choice.extra.iter().map(|&(_, _, span)| span.start).min();
            let first = first
                .and_then(|at| s.mentions.iter().find(|f| f.span.start == at))
                .filter(|f| f.start < m.start);
            quotation_before_subject(s, c, first.unwrap_or(m), choice);
        }
        choice.speaker = match clause::main_clause_person(s, m, site.cues, x.memory) {
            Some(first) => speaker_of(first, x.memory, 0.9).map(|(e, conf, _)| (e, conf, m.span)),
            None => speaker_of(m, x.memory, 1.0),
        };
        clause_before_subject(x, m, choice, false);
    } else if let Some(m) = clause_subject(s, (prev_end, cue_start), c.start, after_and) {
        if vague(m) {
            return true;
        }
        // the clause's subject further back (X … a dénoncé), the person its title names (The
        // Washington Post columnist X has long … but wrote)
        choice.speaker = speaker_of(titled_person(s, m), x.memory, 0.8);
        clause_before_subject(x, m, choice, true);
    } else if let Some(m) = inverted_without_comma(x) {
        choice.speaker = speaker_of(m, x.memory, 0.8);
        choice.content = clause_before(s, site.prev_end.max(s.from), site.skip_back);
        return true;
    }
    bound_by_next_cue(x, choice);
    quotation_after_cue(s, c.end, choice);
    true
}

/// Whether the cue before the one of `site` opens an aside that bounds no subject: a passive
/// participle (X, mentioned by Y as …, told), or a gerund right after its subject's name before
/// a verb right after the aside's comma (X, denouncing a “robbery,” said; « X, dénonçant un
/// « scandale », a demandé »).
fn aside_cue_before(s: &Sentence<'_>, site: &Site<'_>) -> bool {
    let (p, c) = (&site.cues[site.index - 1], site.cue);
    // (over adverbs: X, later alleging …, said)
    let mut open = p.start;
    while open > s.from + 1 && s.is_adverb_like(open - 1) {
        open -= 1;
    }
    let opens = open > s.from + 1 && (s.low(open - 1) == "," || s.toks[open - 1].is_dash());
    if !opens {
        return false;
    }
    let k = site.skip_back.saturating_sub(1);
    let comma = s.low(k) == "," || s.is_quote_close(k) && s.low(k.saturating_sub(1)) == ",";
    let finite = matches!(c.cue.kind, CueKind::Finite | CueKind::Participle);
    let named = s
        .mention_at(open - 2)
        .is_some_and(|m| m.end == open - 1 && m.name.is_some());
    let gerund = p.cue.kind == CueKind::Gerund && named && finite && c.agent.is_none();
    p.agent.is_some() || gerund && k > s.from && comma
}

/// The content ends where the next cue's subject starts.
fn bound_by_next_cue(x: &Ctx<'_>, choice: &mut Choice) {
    let (s, site, c) = (x.s, x.site, x.site.cue);
    // the speaker of the next cue bounds this content (not a gerund's, which shares this
    // speaker: congratulated Pelosi, saying …)
    let next = site.cues.get(site.index + 1);
    if let Some(next) = next.filter(|n| n.cue.kind != CueKind::Gerund) {
        if let Some(m) = speaker_before(s, next.start, c.end) {
            // "X, qui a dit …": X is still this statement's object
            let relative = (m.end..next.start).any(|k| s.any(k, W::Relative));
            choice.content.1 = choice.content.1.min(if relative { m.end } else { m.start });
        }
    } else if let Some(next) = next {
        // … and a gerund's own subject, that of a main clause after this cue's (Years after X
        // claimed the era was over, Y won … by promising: the claim ends at the comma)
        if let Some(m) = gerund::main_clause_subject(s, c.end, next.start) {
            choice.content.1 = choice.content.1.min(m.start - 1);
        }
    }
}

/// « La piste terroriste a été écartée a fait savoir la police », « … mais la visibilité était
/// correcte précise la compagnie »: where the language allows it (`InciseWithoutComma`), with no
/// subject before it, a verb that only reports, followed by a name that ends the sentence, is an
/// incise whose comma is missing; the name speaks.
fn inverted_without_comma<'m>(x: &Ctx<'m>) -> Option<&'m Mention> {
    let (s, c) = (x.s, x.site.cue);
    let reports = c.cue.act.only_reports() && s.setting(Setting::InciseWithoutComma);
    let m = super::inverted_subject(s, c).filter(|_| reports)?;
    let ends = m.end >= s.to || matches!(s.low(m.end), "." | "!" | "?");
    (ends && usable(m) && !matches!(m.kind, MentionKind::Pronoun { .. })).then_some(m)
}

/// The clause that ends at token `end`, from the last comma after `from`; the one before that
/// comma when only a resumptive stands after it (…, ce qu'a confirmé X).
fn clause_before(s: &Sentence<'_>, from: usize, end: usize) -> (usize, usize) {
    let comma_before = |to: usize| (from..to).rev().find(|&k| s.low(k) == ",");
    let Some(comma) = comma_before(end) else {
        return (from, end);
    };
    let resumptive = (comma + 1..end).all(|k| {
        s.any(k, W::Determiner) || s.any(k, W::Complementizer) || s.any(k, W::NeuterClitic)
    });
    if resumptive {
        (comma_before(comma).map_or(from, |k| k + 1), comma)
    } else {
        (comma + 1, end)
    }
}

/// "45 percent of Democrats said", « 64 % des électeurs du PS estiment », "most Republicans
/// say": a part of the group named by `m` speaks, a vague source (a number, or a word of a part,
/// alone or before "of" and an article), not the group.
fn part_of_a_group(s: &Sentence<'_>, m: &Mention) -> bool {
    let part =
        |k: usize| s.any(k, W::PartOf) || s.any(k, W::Vague) || s.toks[k].starts_with_digit();
    // (over an article: of the Democrats; du is both; a vague head's place too: officials in
    // Moscow, des responsables à Moscou)
    let of_at = |k: usize| {
        k > s.from + 1
            && (s.any(k - 1, W::Of) && part(k - 2)
                || s.any(k - 1, W::Preposition) && s.any(k - 2, W::Vague))
    };
    let name = if s.any(m.start, W::Determiner) {
        m.start + 1
    } else {
        m.start
    };
    let det = name > s.from && s.any(name - 1, W::Determiner);
    let of = of_at(name) || det && of_at(name - 1);
    // (a plural name: not the minority leader Harry Reid)
    let plural = s.plural_form(m.end - 1);
    let alone = plural && m.start > s.from && s.any(m.start - 1, W::PartOf);
    of || alone
}

/// "Tarrant had a valid licence, ABC reported", "… sont en cours, a-t-on appris, la police l'a
/// confirmé": when nothing is reported after the cue (over a day or a place), the clause before
/// the comma that opens the subject is the content; the subject may be a study or a document
/// and its issuer (…, a Gallup report said; …, a study by the Council of Schools found). With
/// `study_only` (a subject found further back), only such a subject opens it: not the last name
/// of a list (« D'autres politiques comme Hollande, …, Bayrou ou Juppé, lui ont rendu hommage »).
fn clause_before_subject(x: &Ctx<'_>, m: &Mention, choice: &mut Choice, study_only: bool) {
    let (s, site) = (x.s, x.site);
    let mut k = m.start;
    if k > s.from && s.any(k - 1, W::Determiner) {
        k -= 1;
    }
    let document = |j: usize| s.m(j).any_of(&DOCUMENT_WORDS);
    let of_a_study = |j: usize| {
        s.m(j).any_of(&[W::Determiner, W::Agent, W::Of]) || s.mention_at(j).is_some() || document(j)
    };
    let study = (k.saturating_sub(STUDY_WORDS)..site.cue.start).any(document);
    if study_only && !study {
        return;
    }
    if study {
        while k > s.from + 1 && m.start - k < STUDY_WORDS && of_a_study(k - 1) {
            k -= 1;
        }
    }
    let start = site.prev_end.max(s.from);
    if k <= start + 1 || s.low(k - 1) != "," || site.next_cue < s.to {
        return;
    }
    let nothing_after = (site.cue.end..s.to)
        .all(|j| !s.toks[j].is_word() && !s.is_quote_open(j) && s.low(j) != ":" || s.is_skip(j));
    if nothing_after {
        choice.content = (start, k - 1);
    }
}

/// How many words a study or a document and its issuer may take before the cue (a new poll by
/// the Public Policy Institute of California).
const STUDY_WORDS: usize = 8;

/// "Facebook released a statement which read": a document the subject of the verb before it
/// issued is that subject's (not the last issuer's).
fn issuer_of_document<'m>(s: &'m Sentence<'_>, m: &Mention) -> Option<&'m Mention> {
    if m.kind != MentionKind::Reference || m.start < s.from + 2 {
        return None;
    }
    let verb = m.start - 1;
    let t = &s.toks[verb];
    if !t.is_word() || t.is_capitalized() || s.any(verb, W::Preposition) {
        return None;
    }
    s.mention_at(verb - 1)
        .filter(|o| o.end == verb && o.name.is_some() && usable(o))
}

/// How many tokens a bracket after a listed name may hold (D-Ore.).
const BRACKET_WORDS: usize = 8;

/// "Le consulat français et le gouvernement belge recommandent", "Deutsche Bahn, Deutsche Telekom
/// and Siemens have announced": the subjects listed before the speaker's mention `m`.
fn coordinated_subjects(x: &Ctx<'_>, m: &Mention) -> Vec<Speaker> {
    let s = x.s;
    let mut extra = Vec::new();
    // over the article of a name (la France, l'Allemagne et l'Italie)
    let before_article = |k: usize| {
        if k > s.from + 1 && s.any(k - 1, W::Determiner) {
            k - 1
        } else {
            k
        }
    };
    let mut k = before_article(m.start);
    let listed = k > s.from + 1
        && (s.any(k - 1, W::And) || (s.low(k - 1) == "," && s.any(k.saturating_sub(2), W::And)));
    while listed && k > s.from {
        // separators, then the mention before them
        let mut j = k;
        while j > s.from && (s.low(j - 1) == "," || s.any(j - 1, W::And)) {
            j -= 1;
        }
        // nothing before the separators: "And, Rostenkowski told …"
        if j == k || j == s.from {
            break;
        }
        // over a bracket after the name (Jeff Merkley (D-Ore.) and Sherrod Brown said)
        if s.low(j - 1) == ")" {
            let open = (j.saturating_sub(BRACKET_WORDS).max(s.from)..j - 1)
                .rev()
                .find(|&q| s.low(q) == "(");
            j = open.unwrap_or(j);
        }
        // over a role in apposition after the name (X, a lawyer for the firm, and Y said)
        if let Some(c) = (j.saturating_sub(sources::APPOSITION).max(s.from)..j.saturating_sub(1))
            .rev()
            .find(|&c| s.low(c) == ",")
            .filter(|&c| sources::apposition_after(s, c, false) == Some(j))
        {
            j = c;
        }
        // (a person before "of" and a place: Sens. X of Texas and Y of Florida said)
        let other = person_before_place(s, j - 1, s.from)
            .or_else(|| s.mention_at(j - 1).filter(|o| o.end == j && usable(o)));
        let Some(other) = other else {
            break;
        };
        // a group before a comma is what the list names, no item (The candidates, X and Y, said)
        let group = other.name.is_none() && s.plural_form(other.end - 1);
        if group && (j..k).all(|q| s.low(q) == ",") {
            break;
        }
        // ", and" after a name that ends a phrase joins clauses, not subjects (… into northeast
        // Syria, and the US statement spoke of …)
        let p = before_article(other.start);
        let opens =
            p == s.from || s.low(p - 1) == "," || s.m(p - 1).any_of(&[W::And, W::Including]);
        if !opens && (j..k).any(|q| s.low(q) == ",") && (j..k).any(|q| s.any(q, W::And)) {
            break;
        }
        if let Some(sp) = speaker_of(other, x.memory, 0.9) {
            extra.push(sp);
        }
        k = before_article(other.start);
    }
    extra
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_document_of_a_named_issuer_as_subject_is_the_issuers() {
        for (lang, text, who) in [
            ("fr", "Le sénateur Paul Morin a parlé lundi. Un rapport de l'Organisation mondiale de la santé affirme que les prisons sont pleines.", "Organisation mondiale de la santé"),
            ("fr", "Le sénateur Paul Morin a parlé lundi. Un rapport d'Amnesty International, publié mardi, assurait que les prisons étaient pleines.", "Amnesty International"),
            ("en", "Senator Tom Reyes spoke on Monday. A report by Amnesty International found that the prisons were full.", "Amnesty International"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        // the participle that names a document's issuer reports nothing of its own
        let all = run(
            "en",
            SAT,
            "A report published by the Brookings Institution found that 46,000 accounts were active.",
        );
        assert_eq!(
            all.iter().map(|s| s.cue.as_str()).collect::<Vec<_>>(),
            ["find"],
            "{all:?}"
        );
    }

    #[test]
    fn a_short_quotation_inside_an_aside_is_no_report_of_the_cue_after_it() {
        for (lang, text, who, said) in [
            ("en", "Dana Reyes, the host of the radio show \"Morning Call,\" said the mayor would resign.", "Dana Reyes", "the mayor would resign"),
            ("en", "Dana Reyes, who calls the tax a “robbery,” said the council had lied.", "Dana Reyes", "the council had lied"),
            ("en", "Dana Reyes, wearing a cap and \"Vote Yes\" badges, said the turnout was high.", "Dana Reyes", "the turnout was high"),
            ("en", "Dana Reyes, the host of \"Morning Call,\" who later worked for Tom Hale, said the mayor would resign.", "Dana Reyes", "the mayor would resign"),
            ("fr", "Paul Morin, l'auteur du livre « Les Murs », a déclaré que la prison était pleine.", "Paul Morin", "la prison était pleine"),
            ("fr", "Paul Morin, qui qualifie la taxe de « racket », a affirmé que la mairie mentait.", "Paul Morin", "la mairie mentait"),
        ] {
            let all = run(lang, SAT, text);
            let s = all.last().unwrap_or_else(|| panic!("{text}: nothing"));
            assert_eq!(s.speaker, who, "{text}: {all:?}");
            assert_eq!(s.content.as_deref(), Some(said), "{text}: {all:?}");
        }
        // (not a quotation that ends one clause before another's subject, nor the subject of
        // the cue itself)
        let all = run("en", SAT, "Compare Dana Reyes, who has called the pact \"insanity,\" and Tom Berg, who says it is \"disastrous.\"");
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Tom Berg"),
            "{all:?}"
        );
        let all = run("en", SAT, "Dana Reyes said she would take refugees from Syria, in cases where \"common sense\" made clear that they were safe.");
        assert!(all.iter().all(|s| s.speaker == "Dana Reyes"), "{all:?}");
        // the quotation before the subject and its aside is what the cue reports, over a
        // description of the person (Texas delegate X)
        let s = one(
            "en",
            SAT,
            "\"We won,\" Texas delegate Dana Reyes, wearing \"Vote Yes\" badges, said.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.quote.as_deref()),
            ("Dana Reyes", Some("We won,"))
        );
        // a quotation that opens the sentence is still what the cue after it reports
        let s = one(
            "en",
            SAT,
            "\"We have won,\" said Dana Reyes, the host of the show.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.quote.as_deref()),
            ("Dana Reyes", Some("We have won,"))
        );
    }

    #[test]
    fn a_gerund_in_an_aside_after_the_subject_leaves_the_subject_to_the_verb_after_it() {
        for (lang, text, who, cue) in [
            (
                "fr",
                "Paul Morin, dénonçant un « scandale », a demandé des mesures.",
                "Paul Morin",
                "demander",
            ),
            (
                "en",
                "Dana Reyes, denouncing a “robbery,” said the tax was illegal.",
                "Dana Reyes",
                "say",
            ),
            // (over an adverb before the gerund, with a name in the aside)
            (
                "en",
                "Dana Reyes, later alleging - again falsely - that Tom Hale wanted to raise the tax, said she would repeal it.",
                "Dana Reyes",
                "say",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert!(
                all.iter().any(|s| s.speaker == who && s.cue == cue),
                "{text}: {all:?}"
            );
            assert!(all.iter().all(|s| s.speaker == who), "{text}: {all:?}");
        }
        // (the aside between dashes after the gerund is no content)
        let all = run("en", SAT, "Dana Reyes, later alleging - again falsely - that Tom Hale wanted to raise the tax, said she would repeal it.");
        assert!(
            all.iter()
                .any(|s| s.content.as_deref() == Some("Tom Hale wanted to raise the tax")),
            "{all:?}"
        );
        // (not after a name's parenthesis: the report by X (USC), saying …, also called Y)
        let all = run("en", SAT, "Science published a report by the University of Hawaii (UH), saying the algae, also called green algae, had grown.");
        assert!(all.iter().all(|s| s.cue != "call"), "{all:?}");
    }

    #[test]
    fn a_name_before_a_comma_and_a_first_person_subject_is_no_speaker() {
        for (lang, text, cue) in [
            (
                "en",
                "Despite letters from Dana Reyes, I refuse to answer the survey.",
                "refuse",
            ),
            (
                "en",
                "After the warning by Dana Reyes, we announced that the school would close.",
                "announce",
            ),
            (
                "fr",
                "Après l'avertissement de Paul Morin, nous avons annoncé que l'école fermerait.",
                "annoncer",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.iter().all(|s| s.cue != cue), "{text}: {all:?}");
        }
        // (a name right before the cue still is: After the talks, Dana Reyes said …)
        let s = one(
            "en",
            SAT,
            "After the talks, Dana Reyes said the school would close.",
        );
        assert_eq!(s.speaker, "Dana Reyes");
    }

    #[test]
    fn words_in_lower_case_right_after_the_cue_describe_the_person_named_after_them() {
        for text in [
            "According to conservative talk radio host Dana Reyes, the move reeks of fear.",
            "The plan was criticized by veteran local union organizer Dana Reyes.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter().any(|s| s.speaker == "Dana Reyes"),
                "{text}: {all:?}"
            );
        }
        // (not a name that qualifies a noun, nor one after a vague source)
        for text in [
            "Dana Reyes met Tom Berg. \"It is over,\" said one Reyes confidant.",
            "Dana Reyes met Tom Berg. \"It is over,\" said one source who identified Reyes.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().all(|s| s.speaker != "Dana Reyes"), "{all:?}");
        }
    }

    #[test]
    fn according_to_a_document_named_after_its_issuer() {
        for text in [
            "Few firms pay for leave, according to a 2014 Labor Department study.",
            "Few firms pay for leave, according to the latest Labor Department survey.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.mode),
                ("Labor Department", "according_to"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_unit_of_a_body_after_the_cue_speaks_for_the_body() {
        for (lang, text, who) in [
            (
                "fr",
                "Le bureau restera ouvert, indique le secrétariat général de l'ONU.",
                "ONU",
            ),
            (
                "fr",
                "L'hôpital a été touché par quatre roquettes, a affirmé le bureau de MSF.",
                "MSF",
            ),
            (
                "en",
                "The base will stay open, according to the press office of the Pentagon.",
                "Pentagon",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert!(s.speaker.contains(who), "{text}: {s:?}");
        }
        // (not a text's article and its number: selon l'article 50 de …)
        let all = run(
            "fr",
            SAT,
            "Les membres seront élus, selon l'article 50 de l'Union africaine.",
        );
        assert!(all.iter().all(|s| !s.speaker.contains("Union")), "{all:?}");
    }

    #[test]
    fn according_to_him_and_according_to_a_bare_title_and_a_name() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole said on Monday that the vote was close. According to her, the figures were false.",
        );
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1].speaker, "Ann Cole");
        let all = run(
            "fr",
            SAT,
            "Le député Paul Morin a parlé lundi. Selon lui, les chiffres sont faux.",
        );
        assert_eq!(all.last().map(|s| s.speaker.as_str()), Some("Paul Morin"));
        let s = one(
            "en",
            SAT,
            "According to ecologist Chip Taylor, the winter was mild.",
        );
        assert_eq!(s.speaker, "Chip Taylor");
        let s = one(
            "en",
            SAT,
            "According to conservative radio host Jane Miller, the film is accurate.",
        );
        assert_eq!(s.speaker, "Jane Miller");
        // a newspaper's name by its head
        let s = one("en", SAT, "The Nairobi Chronicle said the vote was rigged.");
        assert_eq!(s.speaker, "Nairobi Chronicle");
        // selon lesquelles opens a relative clause, not a source
        let all = run(
            "fr",
            SAT,
            "Des rumeurs circulent selon lesquelles le chef militaire resterait en poste.",
        );
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn a_pronoun_after_a_source_word_is_the_person_of_its_gender_the_paragraph_is_about() {
        // a woman spoke last; the new paragraph names a man, who has not spoken yet
        for (lang, text, who) in [
            (
                "fr",
                "« Nous ferons mieux », a déclaré la ministre Claire Petit.\n\nLe syndicaliste Paul Morin a égrené les griefs du mouvement. Pour lui, « rien n'a changé ».",
                "Paul Morin",
            ),
            (
                "en",
                "\"We will do better,\" Senator Ann Cole said.\n\nUnion leader Tom Reed listed the grievances of the strikers. According to him, nothing has changed.",
                "Tom Reed",
            ),
            // selon lui is a man's, not the woman who spoke last
            (
                "fr",
                "La journaliste Claire Petit a interrogé Paul Morin. « C'est faux », a-t-elle affirmé. Selon lui, « tout est légal ».",
                "Paul Morin",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_pronoun_source_inside_the_sentence_reports_both_sides() {
        for (lang, text) in [
            ("fr", "Le député Paul Morin a parlé lundi. La réforme est, selon lui, « une erreur historique »."),
            ("en", "Senator Ann Cole said on Monday that the vote was close. The reform is, according to her, \"a historic mistake\"."),
        ] {
            let all = run(lang, SAT, text);
            let last = all.last().expect("a statement");
            // the quotation after the incise is part of what the source reports
            assert_eq!(last.mode, "mixed", "{text}: {all:?}");
            assert!(last.quote.as_deref().is_some_and(|q| q.contains("histori")), "{all:?}");
        }
    }

    #[test]
    fn a_clause_after_having_said_has_the_main_clauses_subject() {
        for (lang, text, who) in [
            ("fr", "Après avoir accusé le système d'être truqué, le député Paul Morin a quitté la salle.", "Paul Morin"),
            ("en", "After having said that the vote was rigged, Senator Ann Cole left the room.", "Ann Cole"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_gerund_after_the_clause_has_the_subject_that_opens_it() {
        // not the person or place of an opening phrase, nor a dateline's place
        for body in [
            "After meeting Angela Merkel in Berlin, Senator Ann Cole attacked the bill, saying it was a disgrace.",
            "In a speech to supporters in France, Senator Ann Cole attacked the bill, saying it was a disgrace.",
            "WASHINGTON (AFP) – Senator Ann Cole attacked the bill on Monday, saying it was a disgrace.",
            "Washington (Reuters) - Senator Ann Cole attacked the bill on Monday, saying it was a disgrace.",
            "76-year-old Ann Cole, founder of the Ohio Institute, YAF member in the 1960s, endorsed the bill, saying it was fair.",
        ] {
            assert_eq!(one("en", SAT, body).speaker, "Ann Cole", "{body}");
        }
    }

    #[test]
    fn a_gerund_after_a_form_of_be_has_its_own_subject() {
        // the progressive is the clause's verb: its subject speaks, not the speaker before
        for (text, who) in [
            ("Senator Ann Cole said on Monday that Governor Paul Morin is warning that the plan would fail.", "Paul Morin"),
            ("Ann Cole spoke first. Paul Morin, the mayor, was warning that the plan would fail.", "Paul Morin"),
            // (over an adverb)
            ("Ann Cole spoke first. Governor Paul Morin is now urging voters to stay home.", "Paul Morin"),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        // a vague subject: no statement by the speaker before
        let text = "Secretary Ann Cole says hackers are taking aim at state election officials.";
        let all = run("en", SAT, text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        // a preposition is no adverb: "opposing" is an adjective
        let text = "Ann Cole and Paul Morin were on opposing sides of the debate.";
        assert!(run("en", SAT, text).is_empty(), "{text}");
    }

    #[test]
    fn a_gerund_never_has_whom_the_subject_acts_with_or_on() {
        // the subject is unknown: no speaker rather than the object of a preposition
        for body in [
            "Warren clashed with Ann Cole on Tuesday, saying her plan was too timid.",
            "Both parents stiffened their denunciation of Ann Cole, saying that she lacked empathy.",
        ] {
            let all = run("en", SAT, body);
            assert!(all.iter().all(|s| s.speaker != "Ann Cole"), "{body}\n{all:?}");
        }
        // a known subject still speaks
        let s = one(
            "en",
            SAT,
            "Senator Paul Morin clashed with Ann Cole on Tuesday, saying her plan was too timid.",
        );
        assert_eq!(s.speaker, "Paul Morin");
    }

    #[test]
    fn a_gerund_opening_the_sentence_has_the_main_clauses_subject() {
        for (lang, text) in [
            (
                "fr",
                "Affirmant que les chiffres étaient faux, le député Paul Morin a quitté la salle.",
            ),
            (
                "en",
                "Claiming that the figures were false, Senator Ann Cole left the room.",
            ),
        ] {
            let all = run(lang, SAT, text);
            let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
            assert!(
                speakers
                    .iter()
                    .any(|s| s.ends_with("Morin") || s.ends_with("Cole")),
                "{text}: {all:?}"
            );
        }
        // one that reports nothing after it is the circumstance of the statement that follows
        let all = run(
            "en",
            SAT,
            "Speaking to reporters, Senator Ann Cole said the figures were false.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn a_name_in_apposition_to_a_description_with_the_body_it_is_of_is_the_subject() {
        for (text, who) in [
            ("One supporter of Governor Tom Reyes, Dana Whitfield of Grace Community Church in Dayton, said the turnout was high.", "Dana Whitfield"),
            // (an aside after the apposition: the person it describes)
            ("Ann Cole, former director of the Ohio Farmers Union, whose members are angry, said the deal was bad.", "Ann Cole"),
            ("Ann Cole, a former director of the Dayton Ohio Farmers Union, whose members are angry, said the deal was bad.", "Ann Cole"),
            // (a party's member is no name: the senator)
            ("Senator Ann Cole, Republican of Ohio, said the bill was bad.", "Ann Cole"),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn a_user_of_a_medium_is_no_statement_of_the_medium() {
        for (lang, text) in [
            (
                "en",
                "As one Twitter user pointed out, the speech was copied.",
            ),
            ("en", "Several Facebook users said the video was fake."),
            (
                "fr",
                "Un utilisateur de Twitter a affirmé que la vidéo était fausse.",
            ),
            (
                "fr",
                "Des internautes de Facebook ont dénoncé une vidéo truquée.",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert!(
                all.iter()
                    .all(|s| s.speaker != "Twitter" && s.speaker != "Facebook"),
                "{text}: {all:?}"
            );
        }
        // the medium itself speaks
        assert_eq!(
            one("en", SAT, "Twitter said it would suspend the accounts.").speaker,
            "Twitter"
        );
    }

    #[test]
    fn an_aside_between_dashes_before_the_cue_is_no_subject() {
        // (a hyphen, an em dash, a horizontal bar)
        for dash in ["-", "—", "―"] {
            let text = format!(
                "Senator Tom Reyes {dash} a longtime ally of Governor Ann Cole {dash} declared that a president must unite."
            );
            assert_eq!(one("en", SAT, &text).speaker, "Tom Reyes", "{text}");
            let text = format!(
                "Two senators, Tom Reyes and Amy Lee {dash} both former aides of Governor Ann Cole {dash} have said they back the bill."
            );
            let all = run("en", SAT, &text);
            assert!(all.iter().all(|s| s.speaker != "Ann Cole"), "{all:?}");
            assert!(all.iter().any(|s| s.speaker == "Amy Lee"), "{all:?}");
        }
        // (over a short quotation of the aside, with the aside's own statement ending before its
        // closing dash)
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole - who once said she would \"tear down\" the agency - said on Monday that the budget would pass.",
        );
        let said = |c: &str| {
            all.iter()
                .any(|s| s.speaker == "Ann Cole" && s.content.as_deref() == Some(c))
        };
        assert!(said("the budget would pass"), "{all:?}");
        assert!(said("she would \"tear down\" the agency"), "{all:?}");
        // (an unnamed subject before it: nobody)
        let all = run(
            "en",
            SAT,
            "Some candidates — for instance, Senator Ann Cole of Ohio, who voted against a bill of the Ohio Farmers Union in July — have called for repeal.",
        );
        assert!(all.is_empty(), "{all:?}");
        // … not a dash that closes no aside before the cue
        let all = run(
            "en",
            SAT,
            "WASHINGTON — Senator Ann Cole downplayed the attack on Tom Reyes — something that has divided the party — and said it was minor.",
        );
        assert!(
            all.iter()
                .any(|s| s.speaker == "Ann Cole" && s.cue == "say"),
            "{all:?}"
        );
    }

    #[test]
    fn the_antecedent_of_a_relative_clause_with_its_own_subject_is_no_speaker() {
        // (the name before "which" and a subject of its own is the antecedent's)
        let all = run(
            "en",
            SAT,
            "She criticized Ann Cole’s email use, which an FBI investigation said was careless.",
        );
        assert!(all.iter().all(|s| s.speaker != "Ann Cole"), "{all:?}");
        // … not before "that" (a complementizer) or a pronoun (the antecedent's own)
        for text in [
            "Mr. Tom Reyes forecast that the slumping economy would soon rebound and praised the efforts of the Treasury.",
            "Tom Reyes held a news conference on Tuesday, in which he laid out the evidence but then announced that he would not resign.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().any(|s| s.speaker == "Tom Reyes"), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_person_of_an_organisation_or_a_country_is_the_subject() {
        for text in [
            "Ann Cole of the Red Cross said the shelters were full.",
            "Ann Cole of the Philippines said the shelters were full.",
            "Ann Cole of Kenya said the shelters were full.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Ann Cole", "{text}");
        }
        // a spokesman for an organisation named after « for » is no name: the organisation
        // speaks (a Red Cross spokesman is a person named by the role: mentions/role.rs)
        let s = one(
            "en",
            SAT,
            "A spokesman for the Red Cross said the shelters were full.",
        );
        assert_eq!(s.speaker, "Red Cross");
    }

    #[test]
    fn a_person_of_an_organisation_speaks_for_it() {
        for (text, who) in [
            (
                "Ana Souza of the army's Western Command said the group was behind it.",
                "Ana Souza",
            ),
            (
                "Tom Reyes of the Chicago Labor Institute commented on the ruling.",
                "Tom Reyes",
            ),
            (
                "Mark Lee of victim group Ending Abuse Now said the decree was weak.",
                "Mark Lee",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
        // an organisation's own name with "of" still speaks
        assert_eq!(
            one("en", SAT, "The Bank of England said rates would stay.").speaker,
            "Bank of England"
        );
    }

    #[test]
    fn listed_subjects_with_a_bracket_each_give_the_statement() {
        for (lang, text) in [
            ("en", "Ann Cole (D-Ore.) and Tom Reyes (R-Ohio) said that the bill would fail."),
            ("fr", "Le Syndicat des cheminots (SDC) et la Fédération des routiers (FDR) ont dénoncé la loi."),
        ] {
            assert_eq!(run(lang, SAT, text).len(), 2, "{text}");
        }
    }

    #[test]
    fn coordinated_sources_each_give_the_statement() {
        for (lang, text, sources) in [
            (
                "en",
                "According to Reuters and the BBC, the talks have failed.",
                ["BBC", "Reuters"],
            ),
            (
                "fr",
                "Selon l'AFP et la BBC, les discussions ont échoué.",
                ["AFP", "BBC"],
            ),
        ] {
            let mut who: Vec<String> = run(lang, SAT, text)
                .into_iter()
                .map(|s| s.speaker)
                .collect();
            who.sort();
            assert_eq!(who, sources, "{text}");
        }
    }

    #[test]
    fn a_list_of_names_between_commas_gives_each_its_statement() {
        for (lang, text, sources) in [
            (
                "en",
                "Several governments, including France, Germany and Italy, condemned the move.",
                vec!["France", "Germany", "Italy"],
            ),
            (
                "en",
                "The two candidates, Hillary Clinton and Bernie Sanders, have promised to act.",
                vec!["Bernie Sanders", "Hillary Clinton"],
            ),
            (
                "fr",
                "Plusieurs pays, dont la France, l'Allemagne et l'Italie, ont condamné la décision.",
                vec!["France", "Germany", "Italy"],
            ),
            // names after a preposition are no subject
            (
                "en",
                "Tom Reyes, who served in Iran, Turkey and France, praised the deal.",
                vec!["Tom Reyes"],
            ),
            // each name with its role in apposition
            (
                "en",
                "Amy Lee, a lawyer for the firm, and Tom Reyes, a banker, said the deal was dead.",
                vec!["Amy Lee", "Tom Reyes"],
            ),
            (
                "fr",
                "Marie Dupont, avocate de la banque, et Paul Morin, son associé, ont dénoncé l'accord.",
                vec!["Marie Dupont", "Paul Morin"],
            ),
        ] {
            let mut who: Vec<String> = run(lang, SAT, text)
                .into_iter()
                .map(|s| s.speaker)
                .collect();
            who.sort();
            who.dedup();
            assert_eq!(who, sources, "{text}");
        }
    }

    #[test]
    fn a_poll_or_a_study_that_shows_is_its_makers_statement() {
        for (lang, text, who) in [
            (
                "en",
                "A new Harlow poll showed the senator leading in Ohio.",
                "Harlow",
            ),
            (
                "en",
                "A survey by Harlow Research shows that most voters back the plan.",
                "Harlow Research",
            ),
            // (over a word in lower case before the noun; an article of one letter before a
            // name in capitals makes no shouted phrase)
            (
                "en",
                "A Harlow tracking poll showed the senator leading in Ohio.",
                "Harlow",
            ),
            (
                "en",
                "A OHIO HERALD poll showed the senator leading in Ohio.",
                "OHIO HERALD",
            ),
            // (the issuer's name after "by" counts as one word between the noun and the cue)
            (
                "en",
                "A survey by the Civic Policy Institute showed the mayor leading.",
                "Civic Policy Institute",
            ),
            (
                "fr",
                "Un sondage Verlaine publié lundi montre que la majorité soutient la réforme.",
                "Verlaine",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.speaker, who, "{text}");
            assert!(matches!(s.cue.as_str(), "show" | "montrer"), "{s:?}");
        }
        // a person or a thing that shows, a poll no one is named for: no statement
        for (lang, text) in [
            ("en", "Tom Reyes showed the letter to reporters on Monday."),
            ("en", "The video shows the senator walking out of the room."),
            (
                "en",
                "Ann Cole attacked Tom Reyes more aggressively as polls show him gaining.",
            ),
            ("fr", "Sa présidence montre la voie au monde entier."),
        ] {
            assert!(
                run(lang, SAT, text)
                    .iter()
                    .all(|s| s.cue != "show" && s.cue != "montrer"),
                "{text}"
            );
        }
    }

    #[test]
    fn the_clause_before_a_study_and_its_issuer_is_what_it_found() {
        for (text, who) in [
            (
                "Students take 112 tests a year, a study by the Council of Urban Schools found.",
                "Council of Urban Schools",
            ),
            ("Turnout rose to 61 percent, a Harlow poll found.", "Harlow"),
            (
                "Turnout rose to 61 percent, a Harlow report said on Monday.",
                "Harlow",
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, who, "{text}");
            let content = s.content.as_deref().unwrap_or_default();
            assert!(
                content.starts_with("Students") || content.starts_with("Turnout"),
                "{s:?}"
            );
        }
    }

    #[test]
    fn a_study_finds_without_that_and_a_document_is_its_issuers() {
        let s = one(
            "en",
            SAT,
            "A new Harlow poll found the senator leading by four points.",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Harlow", "find"));
        // a name inside the study's name is the subject the usual rules find
        let who: Vec<String> = run(
            "en",
            SAT,
            "A study by the Center for Labor and Policy Research found that taxes rose.",
        )
        .into_iter()
        .map(|s| s.speaker)
        .collect();
        assert!(who.iter().any(|w| w.contains("Policy Research")), "{who:?}");
        let s = one(
            "en",
            SAT,
            "Ann Cole spoke on Monday. Facebook released a statement which read, in part, \
             \"This ruling raises questions.\"",
        );
        assert_eq!(s.speaker, "Facebook");
        // a document's verb after its issuer's name, an investigation's finding
        let s = one(
            "en",
            SAT,
            "The decree signed by Ann Cole read \"The rules apply to every bishop.\"",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Ann Cole", "read"));
        let s = one(
            "en",
            SAT,
            "An investigation by the Harlow Group found no such payment.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.cue.as_str()),
            ("Harlow Group", "find")
        );
    }

    #[test]
    fn a_comma_and_after_a_phrase_joins_clauses_not_subjects() {
        let who: Vec<String> = run(
            "en",
            SAT,
            "Both nations issued statements about an incursion into northern Syria, and the \
             US statement spoke of Turkey guarding the prisoners.",
        )
        .into_iter()
        .map(|s| s.speaker)
        .collect();
        assert_eq!(who, ["United States"]);
        let mut who: Vec<String> = run(
            "en",
            SAT,
            "France, Germany, and Italy condemned the decision.",
        )
        .into_iter()
        .map(|s| s.speaker)
        .collect();
        who.sort();
        assert_eq!(who, ["France", "Germany", "Italy"]);
    }

    #[test]
    fn according_to_a_described_document_is_according_to_its_issuer() {
        let s = one(
            "en",
            SAT,
            "According to a recent report by The Lancet, cases doubled.",
        );
        assert!(s.speaker.ends_with("Lancet"), "{s:?}");
        let s = one(
            "en",
            SAT,
            "According to a new poll published by Gallup, most voters back the plan.",
        );
        assert_eq!(s.speaker, "Gallup");
    }

    #[test]
    fn a_body_before_roles_joined_by_and_qualifies_them_not_the_holder() {
        for (text, who) in [
            ("According to Harvard economist and former adviser Jane Holt, the dollar will fall.", "Jane Holt"),
            ("According to Daily Courier contributor and monetary historian Tom Reyes, rates will rise.", "Tom Reyes"),
            ("The dollar will fall, said Harvard economist and author Jane Holt.", "Jane Holt"),
            // (two titles, one abbreviated, each with the body or place it is held in)
            ("\"He is back,\" said former Ohio Gov. and Reform Party Chairman Tom Reyes.", "Tom Reyes"),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, who, "{text}");
        }
    }

    #[test]
    fn according_to_a_possessors_role_holder_is_according_to_the_holder() {
        let s = one(
            "en",
            SAT,
            "According to Ann Cole's former chief of staff Tom Reyes, the plan failed.",
        );
        assert_eq!(s.speaker, "Tom Reyes");
        // a possessor's document is the possessor's
        let s = one(
            "en",
            SAT,
            "According to Ann Cole's latest book, the plan failed.",
        );
        assert_eq!(s.speaker, "Ann Cole");
    }

    #[test]
    fn according_to_the_described_name_is_according_to_the_name() {
        for (lang, text, who) in [
            (
                "en",
                "Wages fell by two percent, according to the nonpartisan Budget Office.",
                "Budget Office",
            ),
            (
                "en",
                "Wages fell by two percent, according to the conservative-leaning Tax Institute.",
                "Tax Institute",
            ),
            (
                "fr",
                "Les salaires ont baissé, selon le quotidien économique Les Échos.",
                "Les Échos",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
        // a name that only qualifies the source's noun is not the source
        let all = run(
            "en",
            SAT,
            "Wages fell by two percent, according to the independent Tax Institute economists.",
        );
        assert!(all.iter().all(|s| s.speaker != "Tax Institute"), "{all:?}");
    }

    #[test]
    fn according_to_a_joint_poll_is_according_to_the_pair_that_ran_it() {
        let s = one(
            "en",
            SAT,
            "Ann Cole leads by ten points, according to the latest New York Times/CBS News poll.",
        );
        assert_eq!(s.speaker, "New York Times/CBS News");
    }

    #[test]
    fn a_noun_no_role_list_holds_may_describe_the_named_source() {
        for (lang, body) in [
            (
                "fr",
                "Le singe est en danger, selon le professeur Paul Garber.",
            ),
            (
                "fr",
                "Pour le journaliste-économiste Paul Garber, la crise est finie.",
            ),
            (
                "en",
                "The monkey is in danger, according to the primatologist Paul Garber.",
            ),
        ] {
            assert_eq!(one(lang, SAT, body).speaker, "Paul Garber", "{body}");
        }
        // not the possessor of what qualifies the source (a senior Smith aide)
        let all = run(
            "en",
            SAT,
            "\"That can go a long way,\" said a senior Paul Smith aide.",
        );
        assert!(all.iter().all(|s| s.speaker != "Paul Smith"), "{all:?}");
    }

    #[test]
    fn according_to_a_document_is_according_to_its_issuer() {
        let s = one(
            "fr",
            SAT,
            "Selon un communiqué de Greenpeace, trois navires ont été saisis.",
        );
        assert_eq!(s.speaker, "Greenpeace");
        let s = one(
            "en",
            SAT,
            "According to a statement from the Health Ministry, three cases were confirmed.",
        );
        assert_eq!(s.speaker, "Health Ministry");
        // the issuer after a contraction (du, des)
        let s = one(
            "fr",
            SAT,
            "Selon un communiqué du ministère de l'Intérieur, trois suspects ont été arrêtés.",
        );
        assert_eq!(s.speaker, "ministère de l'Intérieur");
        // a new document and the participle of its issuer (released by, publié par)
        for (lang, text, who) in [
            (
                "en",
                "Ann Cole declined to comment. According to a statement released by the Labour \
                 Party, the vote was rigged.",
                "Labour Party",
            ),
            (
                "fr",
                "Anne Vert a refusé de commenter. Selon un communiqué publié par le ministère de \
                 l'Intérieur, trois suspects ont été arrêtés.",
                "ministère de l'Intérieur",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}");
        }
        // a new document no one is said to have issued, or whose issuer is no name, is not the
        // last speaker's
        for text in [
            "Ann Cole declined to comment. According to a statement, the vote was rigged.",
            "Ann Cole declined to comment. According to a statement from the Turkish presidency, \
             the vote was rigged.",
        ] {
            assert_eq!(run("en", SAT, text).len(), 1, "{text}");
        }
        // the document spoken of before, and the medium that relays it: its issuer's
        let all = run(
            "en",
            SAT,
            "The Health Ministry issued a statement on Monday. \"The clinics are open,\" said the \
             statement quoted by Reuters.",
        );
        assert!(
            all.iter().all(|s| s.speaker == "Health Ministry"),
            "{all:?}"
        );
    }

    #[test]
    fn a_comme_clause_has_its_speaker_after_its_verb() {
        // sentence-initial: the content is the rest of the sentence
        let all = run(
            "fr",
            SAT,
            "Comme le rapporte l'agence Belga, le port d'Anvers restera fermé.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker, "agence Belga");
        // at the end: the clause before
        let s = one(
            "fr",
            SAT,
            "Le port restera fermé deux jours, comme l'a indiqué samedi le maire Jean Dumont.",
        );
        assert_eq!(s.speaker, "Jean Dumont");
        // comme + le + a noun is no report
        assert!(run("fr", SAT, "Il pleut comme le montre la photo du jour.").is_empty());
    }

    #[test]
    fn direct_quote_with_incise_fr() {
        let s = one(
            "fr",
            SAT,
            "« Nous ne reculerons pas », a déclaré Emmanuel Macron.",
        );
        assert_eq!(s.speaker, "Emmanuel Macron");
        assert_eq!((s.act, s.mode), ("say", "direct"));
        assert_eq!(s.quote.as_deref(), Some("Nous ne reculerons pas"));
    }

    #[test]
    fn an_inverted_il_after_a_medium_that_reported_is_the_last_person_who_spoke() {
        let all = run(
            "fr",
            SAT,
            "Le ministre Paul Morin a parlé lundi. Le Figaro a rapporté ses propos. « Nous tiendrons bon », a-t-il affirmé.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Paul Morin"),
            "{all:?}"
        );
        // after a person, that person
        let all = run(
            "fr",
            SAT,
            "Le Figaro a publié un entretien. Le ministre Paul Morin a parlé lundi. « Nous tiendrons bon », a-t-il affirmé.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Paul Morin"),
            "{all:?}"
        );
    }

    #[test]
    fn an_inverted_pronoun_in_a_paragraph_about_someone_new_is_that_person() {
        // the paragraph names a person before anyone speaks in it: « il » is that person, not
        // who spoke in the paragraph before
        let text = "« Le port rouvrira lundi », a déclaré le maire Paul Dumas.\n\nLe préfet Marc Olivier était aussi présent sur le quai. « Nous resterons vigilants », a-t-il ajouté.";
        let all = run("fr", SAT, text);
        assert_eq!(
            all.iter().map(|s| s.speaker.as_str()).collect::<Vec<_>>(),
            ["Paul Dumas", "Marc Olivier"],
            "{all:?}"
        );
        // … once that person has spoken in the paragraph, the last speaker as before
        let text = "Le préfet Marc Olivier était présent.\n\nLe député Jean Roux a visité le port. « Rien n'est réglé », a déclaré la maire Claire Dumas. « Nous resterons vigilants », a-t-elle ajouté.";
        let all = run("fr", SAT, text);
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Claire Dumas"),
            "{all:?}"
        );
        // … and « ils » is no one person
        let text = "« Le port rouvrira », ont déclaré les élus Marc Pons et Anne Roy.\n\nLe préfet Marc Olivier a visité le port. « Nous resterons vigilants », ajoutent-ils.";
        let all = run("fr", SAT, text);
        assert!(all.iter().all(|s| s.speaker != "Marc Olivier"), "{all:?}");
    }

    #[test]
    fn an_incise_pronoun_after_a_sentence_that_names_its_subject_before_the_quotation_is_it() {
        let text = "« Rien n'est réglé », a déclaré le maire Paul Dumas. La nouvelle est accueillie avec soulagement par l'Union des pêcheurs : « C'est une victoire pour tous les ports » , a-t-elle déclaré.";
        let all = run("fr", SAT, text);
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Union des pêcheurs"),
            "{all:?}"
        );
        // a role in apposition to a name, on a medium: the name
        let text = "« Rien n'est réglé », a déclaré le maire Paul Dumas. Le ministre de l'Intérieur, Marc Olivier, a réagi sur Twitter : « Nous resterons vigilants » , écrit-il.";
        let all = run("fr", SAT, text);
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Marc Olivier"),
            "{all:?}"
        );
    }

    #[test]
    fn a_name_a_quotation_goes_on_from_after_an_appositions_verb_is_spoken_of() {
        for (lang, text, who, about) in [
            ("en", "Tom Reyes, a former adviser to the governor, said Obama \"understood he could not win alone.\"", "Tom Reyes", "Obama"),
            ("en", "In an interview, Dana Holt, a former vice president of sales, said Fiorina \"was very heavily involved.\"", "Dana Holt", "Fiorina"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].speaker, who, "{text}: {all:?}");
            let content = all[0].content.as_deref().unwrap_or_default();
            assert!(content.starts_with(about), "{text}: {all:?}");
        }
        // an inversion after a quotation or a clause is still one
        let all = run("en", SAT, "\"We will win,\" said Obama \"and soon.\"");
        assert_eq!(
            all.first().map(|s| s.speaker.as_str()),
            Some("Obama"),
            "{all:?}"
        );
    }

    #[test]
    fn a_pronoun_after_a_subordinating_conjunction_is_the_person_the_sentence_opens_with() {
        // another person spoke before: the pronoun is still the main clause's subject
        for (lang, text, cue, who) in [
            ("en", "Sen. Dana Holt praised the plan. Governor Tom Reyes spoke over boos as he criticized the senator.", "criticize", "Tom Reyes"),
            ("en", "Sen. Dana Holt praised the plan. On Monday, Tom Reyes drew cheers when he said the strike was over.", "say", "Tom Reyes"),
            ("fr", "La sénatrice Anne Morel a salué le plan. Le maire Paul Durand a été hué lorsqu'il a dénoncé la réforme.", "dénoncer", "Paul Durand"),
            ("fr", "La sénatrice Anne Morel a salué le plan. Paul Durand a été hué alors qu'il dénonçait la réforme.", "dénoncer", "Paul Durand"),
            ("en", "Sen. Dana Holt praised the plan. Tom Reyes has campaigned in Ohio, where he says he can win.", "say", "Tom Reyes"),
            // a gerund's subject is that of the clause the conjunction opens
            ("en", "Sen. Dana Holt praised the plan. Mayor Tom Reyes was taken to the hospital, where Dr. Paul Anders was met with applause upon announcing that the surgery went well.", "announce", "Paul Anders"),
        ] {
            let all = run(lang, SAT, text);
            let s = all.iter().find(|s| s.cue == cue);
            assert_eq!(s.map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        // not a possessor, nor a person of the other gender
        for (text, not) in [
            ("Tom Reyes praised the plan. Dana Holt's aide Mark Stone was booed after he criticized the senator.", "Dana Holt"),
            ("Tom Reyes praised the plan. Mrs. Dana Holt was booed after he criticized the senator.", "Dana Holt"),
        ] {
            let all = run("en", SAT, text);
            let s = all.iter().find(|s| s.cue == "criticize");
            assert!(s.is_none_or(|s| s.speaker != not), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_pronoun_refers_back_to_a_person_of_its_gender() {
        for (lang, text, who) in [
            ("en", "Mrs. Dana Holt met Tom Reyes on Monday. Mr. Reyes said the bill was dead. She said the talks had failed.", "Dana Holt"),
            ("fr", "La ministre Florence Dupuis a rencontré le président Paul Martin. Le président a déclaré que la réforme était prête. « Nous avons attendu longtemps », a-t-elle dit.", "Florence Dupuis"),
            ("fr", "La ministre Florence Dupuis a rencontré le président Paul Martin. Le président a déclaré que la réforme était prête. Elle a affirmé que les syndicats seraient reçus.", "Florence Dupuis"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        // … nor to a person an apposition shows of the other gender
        for (lang, text) in [
            ("fr", "Paul Mansé, un porte-parole du mouvement, a parlé lundi. Elle a déclaré que la grève continuait."),
            ("en", "Tom Reyes, a spokesman for the union, spoke on Monday. She said the strike would go on."),
        ] {
            let all = run(lang, SAT, text);
            let said = all.iter().filter(|s| s.cue == "déclarer" || s.cue == "say");
            assert!(
                said.clone().all(|s| !s.speaker.contains("Mansé") && !s.speaker.contains("Reyes")),
                "{text}: {all:?}"
            );
        }
        // (a pronoun after a name's comma is an incise's, not the name's: Trump, she said, …)
        let all = run(
            "en",
            SAT,
            "Senator Tom Reyes spoke on Monday. Tom Reyes, she said, had lied. He said the strike would go on.",
        );
        let last = all
            .last()
            .map(|s| (s.speaker.as_str(), s.content.as_deref()));
        assert_eq!(
            last,
            Some(("Tom Reyes", Some("the strike would go on"))),
            "{all:?}"
        );
        // … nor to a person first named in its own sentence, whose first name shows the other
        // gender
        let all = run(
            "en",
            SAT,
            "Dana Holt spoke on Monday night. Asked by Tom Reyes whether she had rehearsed, she said, \"I read it once.\"",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Dana Holt"),
            "{all:?}"
        );
        // a word of a gender inside a role phrase is not the person's (le porte-parole de la
        // Maison Blanche)
        let all = run(
            "fr",
            SAT,
            "Le porte-parole de la Maison Blanche Sean Spicer a tenu un point presse. Il a affirmé que la foule était immense.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Sean Spicer"),
            "{all:?}"
        );
    }

    #[test]
    fn gerund_and_inverted_pronoun_keep_the_speaker() {
        let all = run(
            "fr",
            SAT,
            "« La situation est grave », a annoncé samedi le Kremlin, ajoutant que les discussions continueraient. « Nous restons en contact », a-t-il ajouté.",
        );
        let speakers: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(speakers, vec!["Kremlin", "Kremlin", "Kremlin"]);
        assert_eq!(all[0].act, "announce");
        assert_eq!(
            all[0].date.as_deref(),
            Some(SAT),
            "samedi in a Saturday article is that day"
        );
        assert_eq!(all[1].mode, "indirect");
        assert_eq!(all[2].mode, "direct");
    }

    #[test]
    fn a_verb_after_and_has_the_subject_of_its_clause() {
        for (lang, body, who) in [
            ("en", "In his speech on Monday, Senator Ann Cole positioned Paul Smith as the most capable person in the city and said the vote would be close.", "Ann Cole"),
            ("fr", "Lors de son discours, la sénatrice Claire Dubois a présenté Paul Morin comme la personne la plus capable de la ville et a affirmé que le vote serait serré.", "Claire Dubois"),
            // (the subject that opens the clause, not a name nearer the cue before its comma)
            ("en", "When asked about a job in a future Hale White House, Ann Cole thought for a moment and said it was an honour.", "Ann Cole"),
            ("fr", "Interrogée sur un poste à la Banque de France, Claire Dubois a réfléchi un instant et a affirmé que ce serait un honneur.", "Claire Dubois"),
        ] {
            assert_eq!(one(lang, SAT, body).speaker, who, "{body}");
        }
    }

    #[test]
    fn vague_sources_are_not_speakers() {
        assert!(run("fr", SAT, "Des experts ont affirmé que la crise durerait.").is_empty());
        assert!(run(
            "en",
            SAT,
            "Germany suspended the permit, German officials said."
        )
        .is_empty());
        // plural groups at the start of a sentence, and a verb coordinated with theirs
        for (lang, text) in [
            ("en", "Senator Ann Cole said on Monday that the vote was close. Scientists cautioned against optimism, but pledged to keep counting."),
            ("en", "The Tulsa Police Department revealed the results on Monday. Demonstrators said they want justice, but pledged to remain civil."),
            ("fr", "La sénatrice Claire Dubois a parlé lundi. Des chercheurs ont affirmé que la crise durerait."),
            // (traders, farmers, newspapers: wire copy's groups; and the « they » after them)
            ("en", "The Kenyan government unveiled its budget on Monday. Opposition politicians, businessmen and newspapers criticised the budget. They said it failed to provide incentives."),
            ("fr", "Le ministre Paul Morin a parlé lundi. Des agriculteurs ont affirmé que la crise durerait."),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
        }
        let text =
            "Kenya joined the union last year and farmers say they have suffered from imports.";
        assert!(run("en", SAT, text).is_empty(), "{text}");
        // an indefinite pronoun names no one
        for text in [
            "Nobody opposed the nomination.",
            "Everyone said the plan was good.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_apposition_to_a_source_is_not_what_it_says() {
        // the person a role in apposition works for is a mention of its own, and no target
        let s = one(
            "fr",
            SAT,
            "D'après Paul Morin, le porte-parole de Claire Dubois, « la contestation était prévue depuis longtemps ».",
        );
        assert_eq!(s.speaker, "Paul Morin");
        assert_eq!(
            s.content.as_deref(),
            Some("« la contestation était prévue depuis longtemps »")
        );
        assert!(s.targets.is_empty(), "{:?}", s.targets);
        // (an English article inside it is no French auxiliary that makes it a clause: a)
        let s = one(
            "en",
            SAT,
            "According to Amy Lee, a lawyer for a Texas bank, the deal is dead.",
        );
        assert_eq!(s.content.as_deref(), Some("the deal is dead"));
        let found = mentions(
            "fr",
            "Penelope Fillon, l'épouse de François Fillon, a déclaré qu'elle travaillait.",
        );
        assert!(
            found.iter().any(|(t, _)| t == "François Fillon"),
            "{found:?}"
        );
        // a clause after the source is no apposition
        let s = one(
            "fr",
            SAT,
            "Selon la police, les quatre personnes tuées, trois femmes et un homme, étaient jeunes.",
        );
        assert!(
            s.content
                .as_deref()
                .is_some_and(|c| c.starts_with("les quatre")),
            "{:?}",
            s.content
        );
    }

    #[test]
    fn a_verb_that_opens_the_sentence_has_its_subject_after_it() {
        for (text, who, cue) in [
            (
                "Said Ann Cole, who grew up nearby, \"We were all so proud of him.\"",
                "Ann Cole",
                "say",
            ),
            (
                "Remarked Center for Biological Diversity scientist Ann Cole, \"The butterflies are back.\"",
                "Ann Cole",
                "remark",
            ),
            ("Stated Roger Stone: \"The stakes are so high.\"", "Roger Stone", "state"),
        ] {
            let s = one("en", SAT, text);
            assert_eq!((s.speaker.as_str(), s.cue.as_str()), (who, cue), "{text}");
        }
        // a passive that opens the sentence is no report by what follows it
        let all = run(
            "en",
            SAT,
            "Asked about Ann Cole's remarks, Senator Paul Morin said, \"She is wrong.\"",
        );
        assert!(all.iter().all(|s| s.speaker == "Paul Morin"), "{all:?}");
    }

    #[test]
    fn they_is_a_body_or_a_country_never_one_person() {
        let all = run(
            "en",
            SAT,
            "Judge Ann Cole said the ruling was fair. They said they would appeal the decision.",
        );
        assert!(
            all.iter().all(|s| s.cue != "say"
                || s.content.as_deref() != Some("they would appeal the decision")),
            "{all:?}"
        );
        let all = run(
            "en",
            SAT,
            "The Red Cross said the shelters were full. They added that more tents were needed.",
        );
        assert_eq!(
            all.last().map(|s| (s.speaker.as_str(), s.cue.as_str())),
            Some(("Red Cross", "add"))
        );
        let all = run(
            "fr",
            SAT,
            "Le ministre Paul Morin a salué l'accord. Ils ont déclaré que la réforme était morte.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn it_before_a_reporting_verb_is_the_body_that_spoke_never_a_person() {
        for (text, who) in [
            ("Acme Holdings reported a loss on Monday. It said sales had fallen by a third.", "Acme Holdings"),
            ("The Red Cross said the shelters were full. It also warned that more tents were needed.", "Red Cross"),
            ("The Red Cross said the shelters were full. \"We need tents,\" it added.", "Red Cross"),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.len(), 2, "{text}: {all:?}");
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        for text in [
            // a person spoke: "it" is no one
            "Senator Ann Cole said the talks were hard. It said the talks had failed.",
            // "it" that is no reporting verb's subject
            "The Red Cross said the shelters were full. It is unclear whether the tents will arrive.",
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
        }
    }

    #[test]
    fn a_description_with_a_relative_clause_between_subject_and_cue() {
        for (lang, text, who) in [
            ("en", "Mr. Paul Okafor, a Republican who criticized the governor last year, said he recoiled.", "Paul Okafor"),
            ("en", "Ann Cole, an economist who advised the mayor on the budget, said the plan would work.", "Ann Cole"),
            ("fr", "Jean Dupont, un élu qui a soutenu le maire l'an dernier, a déclaré que le projet était mauvais.", "Jean Dupont"),
        ] {
            let all = run(lang, SAT, text);
            let last = all.last().map(|s| s.speaker.as_str());
            assert_eq!(last, Some(who), "{text}: {all:?}");
        }
        // between dashes, and after a parenthesis
        for (text, who) in [
            ("Senator Ann Cole — a Democrat who endorsed the mayor — said the plan would fail.", "Ann Cole"),
            ("Governor Tom Reed - who has vowed to cut taxes - said the budget was balanced.", "Tom Reed"),
            ("Rep. Paul Okafor (Mich.), a delegate supporting the mayor, said the vote was close.", "Paul Okafor"),
        ] {
            let all = run("en", SAT, text);
            assert!(!all.is_empty() && all.iter().all(|s| s.speaker == who), "{text}: {all:?}");
        }
        // the relative clause's own cue is the described person's too
        let all = run(
            "en",
            SAT,
            "Mr. Paul Okafor, a Republican who criticized the governor last year, said he recoiled.",
        );
        assert!(all.iter().all(|s| s.speaker == "Paul Okafor"), "{all:?}");
    }

    #[test]
    fn a_source_between_subject_and_verb_is_not_the_subject() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole, according to Reuters, said the bill was dead.",
        );
        let found: Vec<(&str, &str)> = all
            .iter()
            .map(|s| (s.speaker.as_str(), s.cue.as_str()))
            .collect();
        assert_eq!(found, [("Reuters", "according to"), ("Ann Cole", "say")]);
        // over the auxiliary after it, and no incise: what follows the verb is what was said
        let all = run(
            "fr",
            SAT,
            "Le ministre Paul Roy, selon Le Monde, a dénoncé une provocation du syndicat.",
        );
        let last = all
            .last()
            .map(|s| (s.speaker.as_str(), s.content.as_deref()));
        assert_eq!(
            last,
            Some(("Paul Roy", Some("une provocation du syndicat"))),
            "{all:?}"
        );
        // a source's words after it: the source speaks (according to police, who said)
        let all = run(
            "en",
            SAT,
            "The shooting began at noon, according to Reuters, which said the police came later.",
        );
        assert!(all.iter().all(|s| s.speaker == "Reuters"), "{all:?}");
    }

    #[test]
    fn a_nominee_is_a_role_not_its_party() {
        let s = one(
            "en",
            SAT,
            "The GOP presidential nominee argued that the divorce files were private.",
        );
        assert_eq!(s.speaker, "GOP presidential nominee");
        let s = one(
            "en",
            SAT,
            "Republican nominee Ann Cole said the vote was rigged.",
        );
        assert_eq!(s.speaker, "Ann Cole");
    }

    #[test]
    fn a_delegates_title_does_not_end_the_sentence() {
        for text in [
            "\"This is a waste of time,\" said Del. Ann Cole of Guam.",
            "Del. Ann Cole said the committee was divided.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, "Ann Cole", "{text}");
        }
    }

    #[test]
    fn a_gerund_after_a_message_reports_it_as_its_senders() {
        for (text, who, cue) in [
            (
                "Senator Ann Cole sent an email saying that the vote was rigged.",
                "Ann Cole",
                "say",
            ),
            (
                "The ministry issued a statement Monday calling the strike illegal.",
                "ministry",
                "call",
            ),
            (
                "Aides met as Tom Reed posted a series of tweets criticizing the union.",
                "Tom Reed",
                "criticize",
            ),
        ] {
            let all = run("en", SAT, text);
            let found: Vec<(&str, &str)> = all
                .iter()
                .map(|s| (s.speaker.as_str(), s.cue.as_str()))
                .collect();
            assert_eq!(found, [(who, cue)], "{text}");
        }
        let s = one(
            "fr",
            SAT,
            "Le ministre Paul Roy a publié un communiqué expliquant que la grève était illégale.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.cue.as_str()),
            ("Paul Roy", "expliquer")
        );
        // no one sent reports, and a poll speaks for its issuer
        for text in [
            "Despite reports saying the talks failed, Senator Ann Cole stayed in Paris.",
            "Senator Ann Cole left after a new poll showing her behind.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter().all(|s| s.speaker != "Ann Cole"),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn who_after_a_place_that_qualifies_a_noun_is_that_nouns() {
        // the antecedent of "who" is the unnamed noun the place qualifies: no speaker
        for text in [
            "A retired teacher from Philadelphia who said she planned to march was arrested.",
            "A nurse from France who said she had seen the crash testified on Monday.",
            "Two students at Harvard who said they were threatened left the campus.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // a name before the phrase, or a person, is the antecedent; French « qui » may be a
        // place's (la position de la Russie, qui s'est opposée)
        for (lang, text, who) in [
            (
                "en",
                "Senator Rob Portman of Ohio who said the bill was flawed voted no.",
                "Rob Portman",
            ),
            (
                "en",
                "A friend of Ann Cole who said she was tired left early.",
                "Ann Cole",
            ),
            (
                "fr",
                "On ignore la position de la Russie qui a dénoncé le projet de résolution.",
                "Russia",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(
                all.first().map(|s| s.speaker.as_str()),
                Some(who),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn an_indefinite_description_after_an_apposition_describes_what_it_follows() {
        let all = run(
            "en",
            SAT,
            "Paul Okafor, chief executive of Zentrix, a Lagos company, said that sales had doubled.",
        );
        assert_eq!(
            all.first().map(|s| s.speaker.as_str()),
            Some("Paul Okafor"),
            "{all:?}"
        );
        // (after words that open the sentence, and with a participle in a compound adjective)
        for text in [
            "Last week, Paul Okafor, editor of The Ledger, a newspaper, wrote, \"We lost.\"",
            "On Monday, Paul Okafor, editor at large of The Ledger, a Lagos-based weekly, wrote that the war was lost.",
        ] {
            let all = run("en", SAT, text);
            assert_eq!(
                all.first().map(|s| s.speaker.as_str()),
                Some("Paul Okafor"),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn a_person_of_a_place_before_an_apposition_is_the_subject() {
        // (not the holder of the same role named before: the apposition describes the person
        // the place qualifies)
        for text in [
            "Ann Cole of Ohio, the panel's chairwoman, said the bill was dead.",
            "Senator Ann Cole of New Hampshire, the party chairwoman, also expressed concern.",
            "Ann Cole of Ohio, Republican chairwoman of the panel, said the bill was dead.",
        ] {
            let text = format!("Rita Lang, the Nevada party chairwoman, spoke first. {text}");
            let all = run("en", SAT, &text);
            assert_eq!(
                all.last().map(|s| s.speaker.as_str()),
                Some("Ann Cole"),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn another_verbs_object_or_agent_before_the_cue_is_no_subject() {
        // the object of a gerund after a plural, the agent of a reduced passive, a name inside
        // a relative clause between commas
        for (lang, text, not) in [
            ("en", "Democrats supporting Ann Cole have pointed to Tom Reyes as a peacemaker.", "Ann Cole"),
            ("en", "Economists polled by Reuters said that the money supply would rise.", "Reuters"),
            ("en", "A letter from the Legion obtained by The Daily Star warns that the case will go to court.", "The Daily Star"),
            ("en", "A survey of delegates, who are influential in picking the nominee, found that most back Ann Cole.", "nominee"),
            ("fr", "Les Forces démocratiques syriennes, qui contrôlent le nord de la Syrie, ont annoncé le lancement de l'offensive.", "Syria"),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.iter().all(|s| s.speaker != not), "{text}: {all:?}");
        }
        // … but a document's issuer, a name before its relative clause, and a member the
        // relative clause lists, speak
        for (text, who) in [
            ("The poll conducted by Newsweek magazine said 53 pct of the respondents were unhappy.", "Newsweek"),
            ("The bill was drafted by Alex Greenwich who said on the floor that it was overdue.", "Alex Greenwich"),
            ("His critics, which include Greenpeace, blame him for encouraging the fires.", "Greenpeace"),
            ("Voters backing Ann Cole, Tom Reyes said, were angry.", "Tom Reyes"),
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().any(|s| s.speaker == who), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_name_in_apposition_to_the_noun_ending_a_description_is_not_the_subject() {
        for (lang, text, who) in [
            ("en", "Anna Berg, the editor of the city's newspaper, the Daily Post, said the paper would close.", "Anna Berg"),
            ("en", "Anna Berg, a spokeswoman for the company, Vexel Industries, said the plant would close.", "Anna Berg"),
            ("fr", "Jean Dupont, le rédacteur en chef du quotidien régional, La Voix du Nord, a affirmé que le journal fermerait.", "Jean Dupont"),
            // … but a name after a description with no name before it speaks
            ("en", "The paper's editor, Anna Berg, said the paper would close.", "Anna Berg"),
            ("en", "In Lagos, the company's spokesman, Paul Okafor, said the plant would close.", "Paul Okafor"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
    }

    #[test]
    fn the_part_of_a_day_between_subject_and_verb_is_skipped() {
        for (lang, text, who) in [
            ("en", "ACLU spokesman Tom Reyes on Thursday evening said the ruling was wrong.", "Tom Reyes"),
            ("fr", "Le porte-parole de l'ONU, Paul Vert, a mardi soir déclaré que la situation allait mieux.", "Paul Vert"),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_name_after_another_persons_name_and_a_noun_speaks() {
        for (text, who) in [
            ("President Tom Reyes spoke on Monday. \"It is over,\" said Reyes ally Ann Cole.", "Ann Cole"),
            ("President Tom Reyes spoke on Monday. \"It is over,\" said Reyes backer Paul Okafor.", "Paul Okafor"),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{text}: {all:?}");
        }
        // a preposition after the name is no noun it qualifies
        let all = run(
            "en",
            SAT,
            "President Tom Reyes spoke. \"It is over,\" said Reyes on Monday.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Tom Reyes"),
            "{all:?}"
        );
    }

    #[test]
    fn a_statement_starts_at_the_name_its_role_is_apposed_to() {
        for (lang, body, name) in [
            (
                "fr",
                "Christian Morel, le maire de Nice, a condamné ces violences.",
                "Christian Morel",
            ),
            (
                "en",
                "Brian Fallon, the campaign's press secretary, noted that the race was close.",
                "Brian Fallon",
            ),
        ] {
            let x = extraction(lang, body);
            let text = format!("Titre\n\n{body}\n");
            let s = x
                .statements
                .first()
                .unwrap_or_else(|| panic!("no statement: {body}"));
            assert_eq!(s.speaker_span.slice(&text), name, "{body}");
            assert!(s.span.slice(&text).starts_with(name), "{body}");
        }
    }

    #[test]
    fn according_to_fr_and_en() {
        let s = one(
            "fr",
            SAT,
            "Selon l'OTAN, les troupes russes se sont retirées de la frontière.",
        );
        assert_eq!((s.speaker.as_str(), s.mode), ("OTAN", "according_to"));
        assert_eq!(s.targets, vec!["Russia"]);
        let s = one(
            "en",
            SAT,
            "According to Reuters, the talks in Geneva have stalled.",
        );
        assert_eq!((s.speaker.as_str(), s.mode), ("Reuters", "according_to"));
    }

    #[test]
    fn a_comma_closing_an_apposition_is_no_incise() {
        for text in [
            "Le directeur de l'agence, Marc Lenoir, a déclaré lundi que Paul Morin « ne comprend pas la Russie ».",
            "La porte-parole du parti, Claire Dubois, a affirmé : « Paul Morin ment sur la Russie ».",
        ] {
            let s = one("fr", SAT, text);
            assert!(s.targets.contains(&"Paul Morin".to_string()), "{text}: {s:?}");
            assert!(s.quote.is_some(), "{text}: {s:?}");
        }
        // a real incise keeps the clause before it
        let s = one(
            "fr",
            SAT,
            "La Russie ment, a déclaré le député Marc Lenoir.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.targets.clone()),
            ("Marc Lenoir", vec!["Russia".to_string()])
        );
    }

    #[test]
    fn a_comma_closing_an_apposition_before_a_verb_no_subject_follows_is_no_incise() {
        for (text, who, content) in [
            ("Le gouvernement du Burundi, par la voix de son ministre Alain Nyamitwe, a annoncé interdire l'accès au territoire à trois experts.", "Burundi", "interdire l'accès au territoire à trois experts"),
            ("Le chef de l'opposition, Bill Shorten, a proposé de travailler ensemble sur la question.", "Bill Shorten", "de travailler ensemble sur la question"),
            ("Ce mardi, le rédacteur en chef du journal, Paul Morin, a annoncé avoir reçu des menaces.", "Paul Morin", "avoir reçu des menaces"),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!((s.speaker.as_str(), s.content.as_deref()), (who, Some(content)), "{text}: {s:?}");
        }
        // a subject that follows the verb keeps the incise (its subject is no name here: no
        // statement rather than one whose content is that subject)
        let all = run(
            "fr",
            SAT,
            "Paul Morin se rendait à une convocation en tant que témoin, a précisé un de ses avocats.",
        );
        assert!(
            all.iter()
                .all(|s| s.content.as_deref() != Some("un de ses avocats")),
            "{all:?}"
        );
    }

    #[test]
    fn a_gerund_after_the_object_does_not_cut_the_object_off() {
        for (lang, text, whom) in [
            (
                "en",
                "President Ann Cole congratulated Nancy Pelosi, saying the vote was historic.",
                "Nancy Pelosi",
            ),
            (
                "fr",
                "Le président Paul Morin a félicité Emmanuel Macron, affirmant que le vote était historique.",
                "Emmanuel Macron",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.len(), 2, "{text}: {all:?}");
            assert_eq!(all[0].targets, [whom.to_string()], "{text}");
        }
    }

    #[test]
    fn a_french_incise_without_its_comma_has_its_speaker_after_the_verb() {
        for (text, who) in [
            (
                "La piste terroriste aurait été écartée a fait savoir la police russe.",
                "police russe",
            ),
            (
                "Les vents étaient forts mais la visibilité était correcte précise la compagnie Air France.",
                "Air France",
            ),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!((s.speaker.as_str(), s.mode), (who, "indirect"), "{text}");
        }
        // the clause before « ce qu'… » is what is said
        let s = one(
            "fr",
            SAT,
            "Le suspect était connu de la police, ce qu'a confirmé le ministre Paul Morin.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.content.as_deref()),
            ("Paul Morin", Some("Le suspect était connu de la police"))
        );
        // … and after « ce qu' » its subject follows the verb wherever the clause ends
        for (text, who) in [
            (
                "Le suspect était connu de la police, ce qu'a confirmé le ministre Paul Morin lundi soir.",
                "Paul Morin",
            ),
            (
                "Le chef rebelle est vivant, contrairement à ce qu'avait annoncé le Cameroun mercredi.",
                "Cameroon",
            ),
        ] {
            assert_eq!(one("fr", SAT, text).speaker, who, "{text}");
        }
        // an unnamed subject there leaves the medium after it out
        let all = run(
            "fr",
            SAT,
            "Les suspects ont été écroués, selon ce qu'a confié une source judiciaire à l'Agence France-Presse.",
        );
        assert!(
            all.iter().all(|s| s.speaker != "Agence France-Presse"),
            "{all:?}"
        );
        // English has no such inversion: the name is an object
        for text in [
            "Those mourning his death never mentioned the name Donald Trump.",
            "The dinner was sponsored by a donor club called Democracy Alliance.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_comma_closing_an_apposition_before_a_verb_and_its_object_is_no_incise() {
        // the object after the verb is the content, not the subject phrase before the comma
        for (text, who, target) in [
            (
                "Le ministre des Affaires étrangères, Paul Morin, a condamné l'attaque de la Russie.",
                "Paul Morin",
                "Russia",
            ),
            (
                "La sénatrice Claire Dubois, qui était à Lyon, a dénoncé les frappes de l'Iran.",
                "Claire Dubois",
                "Iran",
            ),
            (
                "Le porte-parole, Paul Morin, a plaidé pour une trêve avec l'Ukraine.",
                "Paul Morin",
                "Ukraine",
            ),
            // … a name too, after an article or not
            (
                "Le ministre des Affaires étrangères, Paul Morin, a condamné la Russie.",
                "Paul Morin",
                "Russia",
            ),
            (
                "Le président américain, Donald Trump, a félicité Emmanuel Macron pour sa victoire.",
                "Donald Trump",
                "Emmanuel Macron",
            ),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.targets.clone()),
                (who, vec![target.to_string()]),
                "{text}"
            );
        }
        // … in English, an auxiliary before the verb: no inversion ("…, said X" has none)
        for text in [
            "After the vote, the state's senior senator, Ann Cole, had already endorsed Tom Reyes.",
            "After the vote, Ann Cole, a senator, has endorsed Tom Reyes.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.targets.clone()),
                ("Ann Cole", vec!["Tom Reyes".to_string()]),
                "{text}"
            );
        }
        // … and a noun phrase with no article after the verb is its object, whose issuer is
        // no subject
        for text in [
            "Civic Watch, in releasing the email, noted congressional testimony by Tom Reyes.",
            "Ann Cole, in a statement, cited recent testimony by Tom Reyes.",
        ] {
            let s = one("en", SAT, text);
            assert_ne!(s.speaker, "Tom Reyes", "{text}");
        }
        // an object relative clause between the commas: the subject is before it
        let all = run(
            "fr",
            SAT,
            "Abubakar Shekau, que l'armée a plusieurs fois dit avoir tué, a revendiqué les attaques.",
        );
        assert!(
            all.iter()
                .any(|s| s.speaker == "Abubakar Shekau" && s.cue == "revendiquer"),
            "{all:?}"
        );
        // a clause of its own before the comma: whoever follows the verb speaks, not a name in
        // that clause
        let all = run(
            "fr",
            SAT,
            "Le vol vers la Turquie a été retardé, a précisé un de ses avocats.",
        );
        assert!(all.iter().all(|s| s.speaker != "Turkey"), "{all:?}");
        // … and a name that ends the clause after the verb is its subject, an inversion
        let all = run(
            "fr",
            SAT,
            "Toutefois, les textes de l'Union africaine impliquent le respect des États, fait remarquer Mohamed Salem Ould Salek, le ministre des Affaires étrangères.",
        );
        assert!(
            all.iter()
                .any(|s| s.speaker == "Mohamed Salem Ould Salek" && s.cue == "faire remarquer"),
            "{all:?}"
        );
        // a relative clause with a cue of its own before the comma: its subject, not the object
        let all = run(
            "fr",
            SAT,
            "Le président turc Recep Tayyip Erdogan, qui s'exprimait à Ankara, a menacé la Suède.",
        );
        assert!(
            all.iter()
                .any(|s| s.speaker == "Recep Tayyip Erdogan" && s.cue == "menacer"),
            "{all:?}"
        );
        // the day after the verb is not content (le 5 janvier la rupture …)
        let s = one(
            "fr",
            SAT,
            "8 janvier 2022. – Le Front al-Nosra, branche syrienne d'Al-Qaida, annonce le 5 janvier la rupture de ses liens avec la Turquie.",
        );
        assert_eq!(
            (s.date.as_deref(), s.targets.clone()),
            (Some("2022-01-05"), vec!["Turkey".to_string()])
        );
    }

    #[test]
    fn a_name_that_qualifies_the_subject_is_not_the_speaker() {
        for text in [
            "Senator Ann Cole's aides said she would stay in Ohio.",
            "The Ann Cole campaign said the senator would stay in Ohio.",
            // a plural over auxiliaries and adverbs
            "Ann Cole aides have privately expressed frustration over the vote.",
            "The two Ann Cole advisers are questioning the result.",
            // the possessor of a gerund's subject
            "Ann Cole's top adviser on the campaign went further, arguing the vote was rigged.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter().all(|s| s.speaker != "Ann Cole"),
                "{text}: {all:?}"
            );
        }
        // unless the head is its own document or body; an adverb of manner is skipped, as is a
        // day; the person in apposition to a possessed head speaks
        for text in [
            "The Bureau of Statistics website indicated that prices rose.",
            "Senator Ann Cole consistently claimed that the vote was rigged.",
            "Senator Ann Cole this week also said that the vote was rigged.",
            "Paul Smith's state director, Ann Cole, reached out to the firm, writing that the vote was rigged.",
        ] {
            let s = one("en", SAT, text);
            assert!(
                ["Bureau of Statistics", "Ann Cole"].contains(&s.speaker.as_str()),
                "{text}: {s:?}"
            );
        }
        // (in French, words in lower case after a name describe it)
        let text = "L'Assemblée nationale populaire a approuvé la ratification de l'accord.";
        let s = one("fr", SAT, text);
        assert!(
            s.speaker.starts_with("Assemblée nationale"),
            "{text}: {s:?}"
        );
    }

    #[test]
    fn the_subject_before_a_relative_clause_speaks_after_it() {
        for (lang, text, who) in [
            ("en", "Sen. Ann Cole (D-Ohio), who has endorsed Paul Smith, said the bill was dead.", "Ann Cole"),
            ("en", "Mark Lee, who said in May that he would not sign a deal with Paul Smith, recalled that the talks failed.", "Mark Lee"),
            ("fr", "Le député Marc Lenoir, qui soutient Paul Morin, a déclaré que la loi était injuste.", "Marc Lenoir"),
            // a clause with "whose" and a cue of its own: its subject is not the main verb's
            ("en", "Mark Lee, whose ministry has demanded guarantees, said the talks had failed.", "Mark Lee"),
            // a clause with commas of its own
            ("en", "In 1991, Mark Lee, who worked for Paul Smith for three years, becoming head of the Smith Hotel in Reno, published a memoir of the campaign.", "Mark Lee"),
            ("fr", "En 1991, Marc Lenoir, qui a travaillé pour Paul Morin, le maire, pendant trois ans, a publié un livre sur la campagne.", "Marc Lenoir"),
        ] {
            let all = run(lang, SAT, text);
            let last = all.last().expect("a statement");
            assert_eq!(last.speaker, who, "{text}: {all:?}");
        }
        // … not a relative clause the cue is in after the comma
        let all = run(
            "en",
            SAT,
            "The alliance joins Ann Cole, who is close to the party, and Mark Lee, who has assailed its policies.",
        );
        assert!(all.iter().all(|s| s.speaker != "Ann Cole"), "{all:?}");
    }

    #[test]
    fn a_name_in_what_is_reported_is_no_inverted_subject() {
        for body in [
            "Sandra Inman, a member of the Ohio Teachers Union, said she could not support Paul Smith.",
            "Sandra Inman, a teacher, said he would never support Paul Smith.",
        ] {
            assert_eq!(one("en", SAT, body).speaker, "Sandra Inman", "{body}");
        }
    }

    #[test]
    fn an_inverted_subject_may_end_with_a_phrase_of_place_or_time() {
        for text in [
            "Even Peru has more sway in the region, says political scientist Ana Ruiz in Lima.",
            "The talks have stalled, said Ana Ruiz on Monday.",
            // (a comma inside a quotation before it makes no apposition)
            "Tom Hale “did well with white, working-class voters” in the primary, said Ohio State University professor Ana Ruiz.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Ana Ruiz", "{text}");
        }
        // not the object of a cue that is no plain report, nor one before a verb
        let s = one(
            "en",
            SAT,
            "Tom Hale, a former mayor, endorsed Senator Ana Ruiz on Sunday.",
        );
        assert_eq!(s.speaker, "Tom Hale");
        let s = one(
            "en",
            SAT,
            "Tom Hale, a former mayor, said Ana Ruiz in the Senate was wrong.",
        );
        assert_eq!(s.speaker, "Tom Hale");
        // the quotation after a naming cue's object is what it is called
        let s = one(
            "en",
            SAT,
            "Senator Ana Ruiz, also a candidate, called the group \"abhorrent\" in a tweet.",
        );
        assert_eq!(s.speaker, "Ana Ruiz");
    }

    #[test]
    fn a_cue_after_and_far_from_the_name_that_ends_the_opening_phrase_is_its() {
        for (text, who) in [
            ("Kenya's state-owned investment giant Acme Corp runs an oil field and an asphalt factory in Uganda and says it has set up a fund.", "Acme Corp"),
            ("When Ann Cole later referred to the recent flood at a small village in Ohio and said she would help, the crowd cheered.", "Ann Cole"),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn a_country_after_a_locative_preposition_is_no_subject() {
        for (lang, text) in [
            ("en", "One of the main opposition parties in Kenya now demands that the regions be abandoned."),
            ("en", "Mine owners in Kenya have welcomed the export curb."),
            ("fr", "L'un des principaux partis d'opposition en Ukraine demande désormais l'abandon des régions."),
            ("fr", "Environ 520 postes seront supprimés en France d'ici à 2014, a indiqué la direction."),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // a country's own subject still speaks
        let s = one("en", SAT, "Kenya said the regions should be abandoned.");
        assert_eq!(s.speaker, "Kenya");
    }

    #[test]
    fn a_cue_after_and_goes_on_the_clause_of_a_new_subject() {
        let all = run(
            "en",
            SAT,
            "At the moment Tom Hale announced his bid, Ann Cole was holding a meeting in her office and told aides that she saw him as a threat.",
        );
        let cues: Vec<_> = all
            .iter()
            .map(|s| (s.speaker.as_str(), s.cue.as_str()))
            .collect();
        assert_eq!(cues, [("Tom Hale", "announce"), ("Ann Cole", "tell")]);
    }

    #[test]
    fn a_finite_cue_after_a_comma_goes_on_the_series_of_the_cue_before() {
        let all = run(
            "en",
            SAT,
            "Mayor Jane Ortiz praised the budget, criticized the tax and told the council it would pass.",
        );
        let cues: Vec<_> = all
            .iter()
            .map(|s| (s.speaker.as_str(), s.cue.as_str()))
            .collect();
        assert_eq!(
            cues,
            [
                ("Jane Ortiz", "praise"),
                ("Jane Ortiz", "criticize"),
                ("Jane Ortiz", "tell")
            ]
        );
        // not after an aside, an apposition or a relative clause, nor a participle with its agent
        for (text, n) in [
            ("The vote, a move whose rarity, CBS noted, highlighted the stakes.", 1),
            ("Paul Reyes, head of a union that endorsed Jane Ortiz, also said the tax was wrong.", 1),
            ("Jane Ortiz said the plan, criticized by many, was fair.", 1),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.len(), n, "{text}: {all:?}");
            assert_ne!(all.last().map(|s| s.cue.as_str()), Some("criticize"), "{text}");
        }
        // … and after a quotation inside its clause, when no subject follows the verb
        let all = run(
            "en",
            SAT,
            "Mayor Jane Ortiz summed up the budget as \"reckless,\" criticized the tax and said it would fail.",
        );
        let cues: Vec<_> = all
            .iter()
            .map(|s| (s.speaker.as_str(), s.cue.as_str()))
            .collect();
        assert_eq!(cues, [("Jane Ortiz", "criticize"), ("Jane Ortiz", "say")]);
        // (a name after a cue that does more than report, with "for" after it, is its object)
        let text = "Jane Ortiz, star of the show \"Bloom,\" thanked Tom Reed for his support.";
        assert!(
            run("en", SAT, text).iter().all(|s| s.speaker != "Tom Reed"),
            "{text}"
        );
        // (a plain report after the quotation keeps its vague subject: no one)
        let text =
            "Jane Ortiz won. She was \"a fighter,\" said one former aide who worked with her.";
        assert!(run("en", SAT, text).is_empty(), "{text}");
    }

    #[test]
    fn a_gerund_has_the_person_its_subjects_title_names() {
        for (body, who) in [
            (
                "U.S. District Judge Ann Ruiz imposed a long sentence, saying a tough penalty was needed.",
                "Ann Ruiz",
            ),
            (
                "Acme press secretary Tom Hale answered at once, tweeting that the plan was dead.",
                "Tom Hale",
            ),
            (
                "Senator Tom Hale voted against the budget, saying Ann Ruiz had misled voters.",
                "Tom Hale",
            ),
        ] {
            assert_eq!(one("en", SAT, body).speaker, who, "{body}");
        }
    }

    #[test]
    fn a_subject_after_an_opening_phrase_names_the_speaker_not_the_phrase() {
        // the noun of an opening phrase (In a statement) is no subject, and a description's
        // person named in apposition speaks
        for (lang, body, who) in [
            ("en", "In a statement released Friday, Senator Maria Lopez reacted to the ruling, saying it was a blow to voters.", "Maria Lopez"),
            ("en", "In a statement, the Ministry of Defence reacted quickly, saying the report was false.", "Ministry of Defence"),
            ("en", "But the other candidate on the debate stage, former Governor Dana Whitfield, drew a contrast, saying the plan would cost jobs.", "Dana Whitfield"),
            // (after the genitive of a name that opens the description)
            ("en", "Trump's rival, Ann Cole, met voters in Ohio, saying the plan would cost jobs.", "Ann Cole"),
            ("en", "The union's new leader, Carla Mendes, answered the critics on Monday, arguing that the strike would go on.", "Carla Mendes"),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{body}: {all:?}");
        }
    }

    #[test]
    fn a_title_before_the_subject_of_a_later_verb_names_the_speaker() {
        // the person a title names speaks, not the body of the title, when the cue's subject is
        // found further back (has long opposed …; has been critical … but wrote)
        for (body, who) in [
            ("The Pentagon spokesman Tom Hale has long opposed the plan but on Monday wrote that it was sound.", "Tom Hale"),
            ("The NATO spokeswoman Oana Lungu has long defended the mission and on Monday said it would go on.", "Oana Lungu"),
        ] {
            let all = run("en", SAT, body);
            assert!(!all.is_empty(), "{body}");
            assert!(all.iter().all(|st| st.speaker == who), "{body}: {all:?}");
        }
        // … and an article before the title opens the clause as the title does (Le Français X)
        let all = run(
            "fr",
            SAT,
            "Le Français Marc Olivier, qui courait en tête, termine quatrième. « C'est une déception », a-t-il confié.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Marc Olivier"),
            "{all:?}"
        );
        // … but a country that opens a body's name is not the subject (the U.S. Court of Appeals)
        let all = run(
            "en",
            SAT,
            "A district judge agreed with the state. But the U.S. Court of Appeals for the 9th Circuit disagreed and said the law was invalid.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("U.S. Court of Appeals"),
            "{all:?}"
        );
    }

    #[test]
    fn a_name_in_a_relative_clause_of_the_subjects_apposition_does_not_speak() {
        for (body, who) in [
            // a place after "of" ends the subject's name phrase
            ("Gov. Dale Hollis of Ohio, a Republican who has refused to endorse Mr. Ruiz, said the family deserved better.", "Dale Hollis"),
            // a relative clause that ends with a name may follow another one
            ("Senator Ann Cole, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said the donations were a problem.", "Ann Cole"),
            // … or an indefinite description of that name
            ("Dale Hollis, a pollster who works with Priorities USA, a pro-Clinton super PAC, said the primaries had hurt her.", "Dale Hollis"),
            ("Ms. Jane Arnold, who helped found EDGE, an environmental group based in Philadelphia, said she did not condone violence.", "Jane Arnold"),
        ] {
            let all = run("en", SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(who), "{body}: {all:?}");
        }
        // each person of a list, each before "of" and a place
        let all = run(
            "en",
            SAT,
            "Sens. Tom Ruiz of Texas and Dale Hollis of Florida have both urged the mayor to resign.",
        );
        let mut who: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        who.sort();
        assert_eq!(who, ["Dale Hollis", "Tom Ruiz"], "{all:?}");
    }

    #[test]
    fn a_gerund_after_a_main_clause_has_its_subject_not_the_cue_before() {
        // the cue before is in a clause that opens the sentence; the gerund's is the main one
        for (body, first, second) in [
            ("Years after Ann Cole claimed that the era of big spending was over, Tom Ruiz won the nomination by promising a new deal.", "Ann Cole", "Tom Ruiz"),
            ("As the White House hinted at new rules, Governor Dale Hollis was not having any of it, warning that the state would sue.", "White House", "Dale Hollis"),
        ] {
            let all = run("en", SAT, body);
            let who: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
            assert_eq!(who, [first, second], "{body}: {all:?}");
            // (and the first content ends at the comma before the main clause)
            assert!(all[0].targets.is_empty(), "{body}: {all:?}");
        }
        // (not a name of a list after the cue: the praise's speaker says)
        let all = run(
            "en",
            SAT,
            "Ann Cole praised Tom Ruiz, Dale Hollis and the mayor, saying they had worked hard.",
        );
        assert!(all.iter().all(|s| s.speaker == "Ann Cole"), "{all:?}");
    }

    #[test]
    fn an_absolute_clause_speaks_over_the_title_of_its_name() {
        for body in [
            "The candidates went further, with former Ohio Gov. Dale Hollis calling the plan a fraud.",
            "The candidates went further, with Ohio Gov. Dale Hollis calling the plan a fraud.",
        ] {
            let all = run("en", SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some("Dale Hollis"), "{body}: {all:?}");
        }
        // (not over a preposition: the name after it is no subject)
        let all = run(
            "en",
            SAT,
            "Ann Cole praised the plan, borrowing from Tom Ruiz calling the tax a disgrace.",
        );
        assert!(all.iter().all(|s| s.speaker != "Tom Ruiz"), "{all:?}");
    }

    #[test]
    fn the_agent_of_a_passive_aside_does_not_speak_after_it() {
        // the subject before the aside speaks; the agent of its participle does not
        let all = run(
            "en",
            SAT,
            "Newt Gingrich, mentioned by Newsmax as the leading choice, told Bill Ryan that the race was over.",
        );
        let tell: Vec<&str> = all
            .iter()
            .filter(|s| s.cue == "tell")
            .map(|s| s.speaker.as_str())
            .collect();
        assert_eq!(tell, ["Newt Gingrich"], "{all:?}");
        let all = run(
            "en",
            SAT,
            "On Friday, Newt Gingrich — mentioned by Newsmax as the leading choice — told Bill Ryan that the race was over.",
        );
        assert!(
            all.iter()
                .all(|s| s.cue != "tell" || s.speaker != "Newsmax"),
            "{all:?}"
        );
        // (the issuer of a document named before its verb still speaks for it)
        let all = run(
            "en",
            SAT,
            "A 46-page analysis released by the Department of Veterans Affairs last month reveals that the rate rose.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("Department of Veterans Affairs"),
            "{all:?}"
        );
    }

    #[test]
    fn a_message_sent_out_says_what_its_sender_says() {
        // the verb that sends the message may have its particle
        for (body, who) in [
            (
                "The Kremlin put out a statement saying the talks had failed.",
                "Kremlin",
            ),
            (
                "Senator Ann Cole sent out a press release saying the mayor owed voters an answer.",
                "Ann Cole",
            ),
        ] {
            let all = run("en", SAT, body);
            assert_eq!(
                all.iter().map(|s| s.speaker.as_str()).collect::<Vec<_>>(),
                [who],
                "{body}"
            );
        }
    }

    #[test]
    fn a_body_that_qualifies_the_inverted_subject_does_not_speak() {
        for (body, who) in [
            (
                "The new rules hurt small firms, said GOP strategist Carl Wendt.",
                "Carl Wendt",
            ),
            (
                "Talks are stalled, said NATO spokesman Piet Aalders.",
                "Piet Aalders",
            ),
        ] {
            assert_eq!(one("en", SAT, body).speaker, who, "{body}");
        }
        // a surname that qualifies the description stays no speaker
        assert!(run("en", SAT, "\"It hurts,\" said a senior Cruz adviser.").is_empty());
    }

    #[test]
    fn a_named_spokesperson_in_apposition_speaks() {
        let s = one(
            "en",
            SAT,
            "Doug Andres, a spokesman for Paul Smith, said the speech was a takedown.",
        );
        assert_eq!(s.speaker, "Doug Andres");
    }

    #[test]
    fn a_role_after_a_preposition_is_an_office_with_no_holder() {
        let s = one(
            "en",
            SAT,
            "The head of the group backing Paul Smith for president, Mike Murphy, praised the donors.",
        );
        assert_eq!(s.speaker, "Mike Murphy");
    }

    #[test]
    fn english_incises_and_subjects() {
        let s = one(
            "en",
            "2019-01-07",
            "\"I never threaten anybody,\" Trump said.",
        );
        assert_eq!((s.speaker.as_str(), s.mode), ("Trump", "direct"));
        // the quotation as written between the marks, its comma included (as gold keeps it)
        assert_eq!(s.quote.as_deref(), Some("I never threaten anybody,"));
        let s = one(
            "en",
            "2019-01-07",
            "\"We will not fund the wall,\" said Nancy Pelosi.",
        );
        assert_eq!(s.speaker, "Nancy Pelosi");
        let s = one(
            "en",
            "2019-01-07",
            "The Vice President, Mike Pence, said on Friday the United States is ready to negotiate.",
        );
        assert_eq!(s.speaker, "Mike Pence");
        assert_eq!(s.date.as_deref(), Some("2019-01-04"));
        assert_eq!(s.targets, vec!["United States"]);
        let s = one(
            "en",
            "2019-01-07",
            "Russian Foreign Minister Sergey Lavrov warned that Moscow would respond.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Sergey Lavrov", "warn"));
    }

    #[test]
    fn subjects_outside_prepositional_phrases() {
        // English Wikinews, 2019 (CC BY 2.5)
        let s = one("en", "2019-09-26", "Assembly president Richard Ferrand in relaying the news to parliament said Chirac was part of history.");
        assert_eq!(s.speaker, "Richard Ferrand");
        for (sentence, speaker) in [
            // a person of an organisation, even when its name starts with a nationality
            (
                "Paul Roy of the Canadian Wildlife Service said the birds had left early.",
                "Paul Roy",
            ),
            // but a spokesman for an organisation speaks for it
            (
                "A spokesman for the Russian Defence Ministry said the jets had returned.",
                "Russian Defence Ministry",
            ),
        ] {
            assert_eq!(one("en", "2019-09-26", sentence).speaker, speaker);
        }
    }

    #[test]
    fn an_organisation_inside_an_apposition_is_not_the_subject() {
        for (lang, text, who) in [
            ("en", "Tom Reyes, chief executive of Harbor Jet Services, an aviation firm, said the jet was unusual.", "Tom Reyes"),
            ("en", "Ann Bloch, a senior fellow at the Center for Fiscal Studies, which studies taxes, said the plan was costly.", "Ann Bloch"),
            ("fr", "Marc Lenoir, directeur de l'Institut Carnot, un centre de recherche, a déclaré que le vaccin était prêt.", "Marc Lenoir"),
            // (an apposition whose closing comma is missing)
            ("en", "Ann Cole, the press secretary for the Ohio Farmers Union said the harvest was poor.", "Ann Cole"),
            ("en", "Tom Reyes, president and CEO of Dallas Builders Association stated that costs were rising.", "Tom Reyes"),
            ("en", "Ann Cole, a spokeswoman for Delta Steel Works said the plant would close.", "Ann Cole"),
            ("fr", "Jean Dupont, le porte-parole du ministère de l'Intérieur a déclaré que la situation était calme.", "Jean Dupont"),
            ("fr", "Paul Morin, président de la fédération des viticulteurs explique que la récolte est mauvaise.", "Paul Morin"),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
        // (a name that opens no sentence is no subject: after talks with X, the head of …)
        let s = one(
            "en",
            SAT,
            "After talks with Tom Reyes, the head of the Ohio Farmers Union said the deal was done.",
        );
        assert_ne!(s.speaker, "Tom Reyes");
        // an organisation that is the subject keeps its apposition's person out
        let s = one(
            "en",
            SAT,
            "Amnesty International, a group led by Tom Reyes, said the jail was unsafe.",
        );
        assert_eq!(s.speaker, "Amnesty International");
    }

    #[test]
    fn the_clause_before_a_closing_subject_and_verb_is_the_content() {
        for text in [
            "Tom Reyes had a valid gun licence, ABC reported.",
            "Further charges may be laid against Tom Reyes, police said on Monday.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(
                (s.targets.clone(), s.mode),
                (vec!["Tom Reyes".to_string()], "indirect"),
                "{text}"
            );
        }
        // a clause after the cue is the content
        let s = one("en", SAT, "On Monday, police said Tom Reyes had left.");
        assert_eq!(s.targets, vec!["Tom Reyes"]);
    }

    #[test]
    fn listed_subjects_with_their_articles_speak_each() {
        for (lang, text, n) in [
            (
                "fr",
                "La France, l'Allemagne et l'Italie ont condamné l'attaque.",
                3,
            ),
            (
                "en",
                "The United States and the United Kingdom condemned the attack.",
                2,
            ),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.len(), n, "{text}: {all:?}");
        }
    }

    #[test]
    fn whom_a_speaker_tells_is_not_the_speaker() {
        for text in [
            "\"All my friends are women,\" Tom Reyes, 49, told The Huffington Post.",
            "\"We will win,\" the party's spokesman, Tom Reyes, told Reuters.",
            "The vote was rigged, Tom Reyes, a local organiser, reminded the BBC.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, "Tom Reyes", "{text}");
        }
        // an inverted subject after other verbs still speaks
        let s = one("en", SAT, "\"We will win,\" said Tom Reyes.");
        assert_eq!(s.speaker, "Tom Reyes");
    }

    #[test]
    fn a_parenthesis_stands_between_a_subject_and_its_verb() {
        for (lang, text, who) in [
            ("en", "At 11:00 (15:00 UTC) the Weather Bureau (WB) reported that the storm had strengthened.", "Weather Bureau"),
            ("fr", "L'Organisation mondiale de la santé (OMS) a annoncé jeudi que l'épidémie reculait.", "Organisation mondiale de la santé"),
            // a long one, with names and a pronoun of its own
            ("en", "Few would admit it, but Senator Chris Moore (a Connecticut Democrat so boyish he has been mistaken for a staffer) says he was unfocused.", "Chris Moore"),
            ("en", "Comic artist Jenn Saint (Nancy Drew, Jem and the Misfits) told of being forced to rethink her life.", "Jenn Saint"),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn an_object_clitic_stands_between_a_subject_and_its_verb() {
        for text in [
            "La dirigeante de l'opposition Jeanne Colin l'accuse de cacher la vérité.",
            "La dirigeante de l'opposition Jeanne Colin lui a reproché son silence.",
        ] {
            assert_eq!(one("fr", SAT, text).speaker, "Jeanne Colin", "{text}");
        }
    }

    #[test]
    fn the_name_after_a_quotation_speaks_over_all_its_appositions() {
        for (lang, text, who) in [
            ("en", "\"We were never told,\" Maria Delgado, 54, a nurse in Tulsa, Okla., said on Monday.", "Maria Delgado"),
            ("en", "\"We were never told,\" Tom Rourke, 61, of Dayton, Ohio, who lost his job, said.", "Tom Rourke"),
            ("fr", "« On ne nous a rien dit », Jean Lemaire, 45 ans, agriculteur à Rennes, a déclaré lundi.", "Jean Lemaire"),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.speaker, who, "{text}");
            assert_eq!(s.mode, "direct", "{text}");
        }
    }

    #[test]
    fn an_intensifying_pronoun_and_a_state_in_parentheses_stand_between_subject_and_verb() {
        for (lang, text, who) in [
            (
                "en",
                "Halloran himself said that the deal was dead.",
                "Halloran",
            ),
            (
                "en",
                "Rep. Ann Halloran (D-N.Y.) said that the deal was dead.",
                "Ann Halloran",
            ),
            (
                "en",
                "\"The deal is dead,\" said the Rev. Ann Halloran.",
                "Ann Halloran",
            ),
            (
                "fr",
                "Jean Lemaire lui-même a déclaré que l'accord était mort.",
                "Jean Lemaire",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn whom_a_medium_quotes_as_saying_is_the_speaker() {
        for text in [
            "Reuters quoted Mark Delaney as saying the bridge would reopen.",
            "The BBC cited Mark Delaney, the county's engineer, as saying the bridge would reopen.",
            "Mark Delaney was quoted as saying the bridge would reopen.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Mark Delaney", "{text}");
        }
        // nothing is said without whom it quotes; "read as saying" names no one
        assert!(run(
            "en",
            SAT,
            "The paper quoted a police officer as saying the bridge had fallen."
        )
        .is_empty());
    }

    #[test]
    fn according_to_a_document_of_its_issuer_further_on() {
        for (text, who) in [
            (
                "Turnout fell, according to the results of the latest Marist College poll.",
                "Marist College",
            ),
            (
                "Turnout fell, according to a March 2016 study by the Urban Policy Center.",
                "Urban Policy Center",
            ),
            (
                "Turnout fell, according to calculations by Ann Halloran of Boston University.",
                "Ann Halloran",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn a_participle_with_its_agent_and_no_auxiliary_is_a_passive_report() {
        for text in [
            "The ship changed course, with a route described by the Maritime Safety Institute as \"erratic\".",
            "The plan, criticized by the Maritime Safety Institute as a provocation, was dropped.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Maritime Safety Institute", "{text}");
        }
        // backing is no speech; a document's issuer is not a second statement
        assert!(run(
            "en",
            SAT,
            "A coalition backed by the Maritime Safety Institute took the port."
        )
        .is_empty());
        let all = run(
            "en",
            SAT,
            "According to a poll published by Gallup, most voters back the plan.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        // French participles after a noun are mostly no speech (syntax setting)
        assert!(run("fr", SAT, "Podium complété par le Français Vincent Luis.").is_empty());
    }

    #[test]
    fn a_name_before_a_role_qualifies_it_and_the_holder_speaks() {
        for text in [
            "\"The bill is dead,\" said Obama adviser Mark Delaney.",
            "\"The bill is dead,\" said former Sanders adviser Mark Delaney.",
            "Obama adviser Mark Delaney said the bill was dead.",
            "\"The bill is dead,\" said Trump's lawyer Mark Delaney.",
            "\"The bill is dead,\" said Clinton campaign chairman Mark Delaney.",
            "\"The bill is dead,\" said Cruz aide Mark Delaney.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Mark Delaney", "{text}");
        }
    }

    #[test]
    fn a_name_in_apposition_to_a_description_speaks() {
        for (lang, text, who) in [
            ("en", "The rebel group, the Northern Liberation Front, claimed responsibility for the attack.", "Northern Liberation Front"),
            ("fr", "Le mouvement islamiste, le Hamas, a revendiqué l'attaque.", "Hamas"),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn a_paragraph_that_names_a_person_before_anyone_speaks_is_about_that_person() {
        let fr = "Le ministre Paul Morin a rappelé que la loi était claire.\n\n\
                  Une autre affaire vise Anne Leroy. Leroy n'a cité que trois clients. Elle a \
                  affirmé n'avoir travaillé avec aucune entreprise russe.";
        let en = "Senator Tom Reyes said the law was clear.\n\nAnother case concerns Ann Cole. \
                  Cole named only three clients. She said she had never worked for a Russian \
                  firm.";
        for (lang, text) in [("fr", fr), ("en", en)] {
            let all = run(lang, SAT, text);
            let who: Vec<_> = all.iter().map(|s| s.speaker.as_str()).collect();
            assert_eq!(who.len(), 2, "{who:?}");
            assert!(who[1] == "Anne Leroy" || who[1] == "Ann Cole", "{who:?}");
        }
        // in the same paragraph, the pronoun is still the last speaker
        let all = run(
            "en",
            SAT,
            "Senator Tom Reyes met Ann Cole on Monday and said the law was clear. He said it \
             would pass.",
        );
        assert_eq!(all[1].speaker, "Tom Reyes");
    }

    #[test]
    fn appositions_and_lists_of_speakers() {
        let s = one("en", "2019-01-07", "Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed to keeping our border safe.\"");
        assert_eq!((s.speaker.as_str(), s.mode), ("Nancy Pelosi", "direct"));
        let speakers: Vec<String> = run("fr", SAT, "Le consulat français et le gouvernement fédéral belge recommandent à leurs citoyens de rester chez eux.")
            .into_iter()
            .map(|s| s.speaker)
            .collect();
        assert_eq!(speakers.len(), 2, "{speakers:?}");
        assert!(
            speakers.contains(&"Belgium".to_string())
                && speakers.iter().any(|s| s.contains("consulat"))
        );
    }

    #[test]
    fn nominal_reports_name_their_source() {
        let s = one(
            "fr",
            SAT,
            "L'annonce du Kremlin a surpris les diplomates européens.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Kremlin", "announce"));
        let s = one("en", SAT, "The condemnation from NATO came within hours.");
        assert_eq!((s.speaker.as_str(), s.act), ("NATO", "criticize"));
        // a complement is no report
        assert!(run("fr", SAT, "La cour d'appel de Paris siège lundi.").is_empty());
        // … nor the possessor of what the report is about
        let all = run(
            "en",
            SAT,
            "The council made a strong condemnation of North Korea's latest test.",
        );
        assert!(all.iter().all(|s| s.speaker != "North Korea"), "{all:?}");
    }

    #[test]
    fn a_passive_clause_opening_the_sentence_is_its_agents_question() {
        for text in [
            "Asked by Jake Tapper whether he would run, Ben Carson said no.",
            "When asked by Jake Tapper about the plan, Ben Carson said no.",
        ] {
            let all = run("en", SAT, text);
            let asked: Vec<_> = all
                .iter()
                .filter(|s| s.cue == "ask")
                .map(|s| (s.speaker.as_str(), s.content.as_deref()))
                .collect();
            let rest = text
                .split_once("Tapper ")
                .unwrap()
                .1
                .split_once(',')
                .unwrap()
                .0;
            assert_eq!(asked, [("Jake Tapper", Some(rest))], "{text}: {all:?}");
            assert!(all.iter().any(|s| s.speaker == "Ben Carson"), "{all:?}");
        }
        // the agent is the word after "by", not a name further on
        let all = run(
            "en",
            SAT,
            "Asked by Thrush if Clinton gets it, Sharpton avoided an answer.",
        );
        assert!(all.iter().all(|s| s.speaker != "Clinton"), "{all:?}");
    }

    #[test]
    fn passive_with_an_agent() {
        let s = one(
            "fr",
            SAT,
            "Les attaques ont été revendiquées par l'organisation État islamique.",
        );
        assert_eq!(s.act, "say");
        assert!(s.speaker.contains("État islamique"), "{}", s.speaker);
    }

    /// Reuters-21578 story 6196 (1987): a sentence opening with "And," once made the search for a list
    /// of speakers step before the first token of the article.
    #[test]
    fn a_sentence_opening_with_and_comma_is_not_a_list_of_speakers() {
        let text = "Rostenkowski, the chief House taxwriter, said his committee\nwas reluctant to back a tax increase without certainty that it\nwould pass the full House.\n    \"Chairman Rostenkowski still says its an uphill fight unless\nthe president signs on,\" the Illinois Democrat said in remarks\nfor delivery to the Tax Executives Institute.\n    And, Rostenkowski told the tax executives that Howard Baker\nas Reagan's chief of staff would make it more likely the White\nHouse will ultimately back a tax increase this year. \"There are\nstrong suspicions that the Baker boys will lead the president\ndown the slippery slope of moderation,\" he said.\n\n Reuter\n";
        let article = Article {
            text: text.into(),
            lang: Some("en".into()),
            ..Article::default()
        };
        let p = process(article);
        let x = &p.extraction;
        let speakers: Vec<&str> = x
            .statements
            .iter()
            .map(|s| x.entities[s.speaker].label.as_str())
            .collect();
        // the two statements of the last paragraph are his ("And, Rostenkowski told …", "… ," he said);
        // the first sentence's apposition ("the chief House taxwriter") still gives the House: a
        // known gap, modifiers inside an apposition (the text is wrapped: its lines are joined,
        // so "says" inside the quotation of the second paragraph is no statement of its own)
        assert_eq!(speakers.len(), 4, "{speakers:?}");
        assert_eq!(
            speakers[2..],
            ["Rostenkowski", "Rostenkowski"],
            "{speakers:?}"
        );
    }

    #[test]
    fn after_a_quotation_a_described_person_speaks_wherever_the_clause_ends() {
        for text in [
            "\"We are not sure yet,\" said undecided Republican voter Stephanie Hale before the rally.",
            "\"We are not sure yet,\" said retired teacher Stephanie Hale of Derry on Monday.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, "Stephanie Hale", "{text}");
        }
        // or named in apposition after it
        for (lang, text) in [
            ("en", "\"The odds are low,\" said another leading court advocate, Andrew Pincus of the firm."),
            ("fr", "« La situation est grave », a déclaré une représentante du comité d'enquête, Oksana Petrova."),
        ] {
            let s = one(lang, SAT, text);
            assert!(["Andrew Pincus", "Oksana Petrova"].contains(&s.speaker.as_str()), "{text}: {s:?}");
        }
        // a name that qualifies the description's head, or a possessor, is not the speaker
        for text in [
            "\"We are not sure yet,\" said a senior Cole adviser before the rally.",
            "The host of \"Morning Talk,\" suggested businesswoman Stephanie Hale's refusal was odd.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter()
                    .all(|s| !s.speaker.contains("Hale") && s.speaker != "Cole"),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn a_verb_followed_by_its_subject_is_an_incise() {
        let s = one(
            "en",
            "2019-01-07",
            "The race will be very tight, said Dan Gerstein.",
        );
        assert_eq!((s.speaker.as_str(), s.mode), ("Dan Gerstein", "indirect"));
        let s = one(
            "en",
            "2019-01-07",
            "The party has lost its way, said former Vermont governor Howard Dean, who ran in 2004.",
        );
        assert_eq!(s.speaker, "Howard Dean");
        // a clause after the verb: its subject is not the speaker
        let s = one(
            "en",
            "2019-01-07",
            "The Vice President, Mike Pence, said the United States is ready.",
        );
        assert_eq!(s.speaker, "Mike Pence");
    }

    #[test]
    fn the_dot_of_a_title_inside_an_apposition_ends_no_sentence() {
        for text in [
            "\"The visits are long and tiring,\" Ann Bloch, Mrs. Obama's chief of staff, said.",
            "\"We will appeal,\" Tom Reyes, Dr. Hale's lawyer, said on Monday.",
            "\"Nous ferons appel\", Anne Morel, l'avocate de M. Hale, a-t-elle déclaré.",
        ] {
            let all = run(
                if text.contains("Nous") { "fr" } else { "en" },
                "2019-01-07",
                text,
            );
            assert!(
                all.iter().any(|s| s.speaker == "Ann Bloch"
                    || s.speaker == "Tom Reyes"
                    || s.speaker == "Anne Morel"),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn a_name_inside_a_noun_phrase_before_its_nouns_is_no_speaker() {
        // the name qualifies the nouns of one person of no name, whose article opens the phrase
        for text in [
            "A senior Singapore bank director said trading would start in June.",
            "Trading will start in June, a senior Singapore bank director said.",
            "The Tom Reed campaign volunteer said the count was wrong.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // a spokesperson speaks for the name; adverbs may stand before the cue
        for (text, who) in [
            (
                "A Clinton campaign spokesman said the plan failed.",
                "Clinton",
            ),
            (
                "The United States firmly rejected the plan.",
                "United States",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
    }

    #[test]
    fn a_part_of_a_group_alone_before_the_cue_is_a_vague_subject() {
        // the subject is "some", « certains »: no statement, not the subject of the sentence
        for (lang, text) in [
            (
                "en",
                "Senator Ann Cole was startled by what some call a line of attack.",
            ),
            (
                "en",
                "Voters in Ohio were worried; most said they were very worried.",
            ),
            (
                "fr",
                "Le sénateur Paul Morin a défendu le plan, ce que certains qualifient d'erreur.",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // a quantifier after its subject is no subject
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole and Governor Tom Reed both said the plan failed.",
        );
        assert!(!all.is_empty(), "{all:?}");
    }

    #[test]
    fn an_indefinite_person_after_the_cue_is_no_speaker() {
        // a name that only qualifies the noun of one person of no name after "a" or "one"
        for text in [
            "\"She didn't like that,\" said a 2008 Ann Cole veteran.",
            "\"Meh,\" wrote a Tom Reed supporter who runs the account.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // a spokesperson speaks for the name; a name after the noun is the speaker
        for (text, who) in [
            (
                "\"We will win,\" said a Clinton campaign spokesman.",
                "Clinton",
            ),
            ("\"We will win,\" said GOP strategist Ann Cole.", "Ann Cole"),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{text}");
        }
    }

    #[test]
    fn a_name_in_the_phrase_after_a_vague_head_is_no_speaker() {
        // the head of the subject is a vague group or a part of one; the names in its phrase
        // (its place, its topic, what it is part of) do not speak
        for (lang, body) in [
            (
                "en",
                "Supporters of Republican Mark Hollis for governor say the tax is wrong.",
            ),
            (
                "en",
                "People with direct knowledge of Dana Whitcomb's work said the firm was paid.",
            ),
            (
                "en",
                "Experts on North Korea and missile defence said the launch could change that.",
            ),
            (
                "en",
                "Some 20 percent of people in a recent Gallup poll said they distrust the courts.",
            ),
            (
                "en",
                "In a letter, several analysts at Barclays warned that the plan would fail.",
            ),
            (
                "en",
                "Democrats on the Senate Ethics Committee said the nominee had misled them.",
            ),
            (
                "en",
                "Tom Reed is on trial. A lawyer for Tom Reed said the charges were false.",
            ),
            (
                "fr",
                "Paul Morin est en garde à vue. Un proche de Paul Morin confie qu'il était inquiet.",
            ),
            (
                "fr",
                "Des partisans de Marine Le Pen ont affirmé que le vote était truqué.",
            ),
            (
                "fr",
                "Les gouvernements, membres de la coalition en Syrie, ont reconnu leur rôle.",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        // a name after a verb or a conjunction, or a head that is no vague word, speaks
        for (lang, body, who) in [
            (
                "en",
                "Twenty analysts at the bank listened while Ann Brody, the former treasurer, \
                 warned that rates would rise.",
                "Ann Brody",
            ),
            (
                "en",
                "A spokesman for the ministry said the talks would resume.",
                "ministry",
            ),
            (
                "en",
                "An official from the Ohio Transit Authority stated: \"We are working on it.\"",
                "Ohio Transit Authority",
            ),
            (
                "en",
                "A poll from Marquette Law School found Ann Brody leading by 15 points.",
                "Marquette Law School",
            ),
            (
                "en",
                "Listing several of Ann Brody's ventures, Mark Hollis said she had failed.",
                "Mark Hollis",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{body}");
        }
    }

    #[test]
    fn a_part_of_a_group_is_no_statement_of_the_group() {
        // GUIDELINES: polls and vague groups are no statements of what they are part of
        for (lang, body) in [
            (
                "en",
                "About 45 percent of Democrats said they would vote for the senator.",
            ),
            ("en", "Most Republicans say the ban goes too far."),
            ("en", "Supporters of Donald Trump said the vote was rigged."),
            (
                "fr",
                "64 % des électeurs du Parti socialiste estiment que le président doit partir.",
            ),
            (
                "fr",
                "Les membres du gouvernement russe ont démenti ces informations.",
            ),
            ("en", "Officials in Moscow said the talks had failed."),
            (
                "fr",
                "Des responsables à Moscou ont déclaré que les pourparlers avaient échoué.",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        // a role of a body is someone of it; a minority leader no minority
        for (lang, body, who) in [
            (
                "fr",
                "Le porte-parole du Kremlin a déclaré que tout allait bien.",
                "porte-parole du Kremlin",
            ),
            (
                "en",
                "Senate minority leader Harry Reid told reporters he was confident.",
                "Harry Reid",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{body}");
        }
    }

    #[test]
    fn a_name_before_an_unnamed_subject_of_the_cue_is_no_speaker() {
        // an unnamed subject that opens its clause right before the cue
        for (lang, body) in [
            (
                "fr",
                "Jean Dupont est arrivé hier et la foule a salué son courage.",
            ),
            (
                "en",
                "Jane Miller arrived and the crowd welcomed her decision.",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        // so is a plural noun with no article after the comma, but not a pronoun, an auxiliary
        // or a conjunction
        for body in [
            "In Canada, opposition parties accused the prime minister of lying.",
            "The thing that Senator Tom Hale most needs, aides said, is a win in Ohio.",
            // (with a relative clause in lower case after it)
            "The deal gave nothing to Senator Tom Hale, sources who read it told reporters.",
            "The deal gave nothing to Senator Tom Hale, officials who saw the draft said.",
        ] {
            let all = run("en", SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        for body in [
            "Senator Tom Hale has attacked loopholes that benefit others, and has called for eliminating them.",
            "Senator Tom Hale initiated the emails, and he sometimes added comments.",
        ] {
            let all = run("en", SAT, body);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some("Tom Hale"), "{body}: {all:?}");
        }
        // a number or a part of people, over words in lower case, is the subject too
        for (lang, body) in [
            (
                "en",
                "Asked about Jane Miller, 59 percent said she was honest.",
            ),
            (
                "en",
                "On the new law of Governor Tom Hale, most said it went too far.",
            ),
            (
                "fr",
                "Interrogés sur Jean Dupont, 64 % des sondés estiment qu'il a échoué.",
            ),
            (
                "fr",
                "Sur la réforme de Jean Dupont, la plupart ont affirmé qu'elle échouerait.",
            ),
            // … after the conjunction that opens its clause
            (
                "en",
                "Senator Tom Hale should resign, while 60 percent said he should stay.",
            ),
            (
                "fr",
                "Le ministre Jean Dupont doit partir, tandis que 60 % estiment qu'il doit rester.",
            ),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        let all = run(
            "en",
            SAT,
            "Jane Smith is wrong about the economy, the campaign said.",
        );
        assert!(all.is_empty(), "{all:?}");
        // a possessor's or a time's words are no subject of their own
        for (body, who) in [
            (
                "Jane Miller raised more than 30 million dollars, her campaign announced.",
                "Jane Miller",
            ),
            (
                "Jane Miller, the party chair, this past week announced a new website.",
                "Jane Miller",
            ),
        ] {
            let all = run("en", SAT, body);
            assert_eq!(all.first().map(|s| s.speaker.as_str()), Some(who), "{body}");
        }
    }

    #[test]
    fn the_medium_after_the_cue_is_no_subject_of_it() {
        let s = one(
            "en",
            SAT,
            "Jane Miller, who led the mission until May, also criticized the decision via Twitter.",
        );
        assert_eq!(s.speaker, "Jane Miller");
    }
}
