//! `incise`: the verb of an incise and the subject after it (« … », a déclaré X; "…," said X; « … »,
//! a-t-il ajouté; … indique le secrétariat), the quotation or clause before it as what it
//! reports; and the commas that only close an apposition before the verb (Le directeur de
//! l'agence, Marc Lenoir, a déclaré que …), which make no incise.

use super::super::super::lexicon::CueKind;
use super::super::super::mentions::{Gender, Mention, MentionKind};
use super::super::super::words::{Setting, W};
use super::super::content::quotation_before_subject;
use super::super::cues::CueAt;
use super::super::memory::Memory;
use super::super::subjects::{
    named_after_description, one_of_no_name, speaker_after, speaker_before, subject_after_quotation,
};
use super::super::{Sentence, Site};
use super::{speaker_of, Choice, Ctx};

/// The person a description after a quotation's verb ends with, wherever the clause ends
/// ("…," said undecided Republican voter X of Derry before the rally). Not a name that qualifies
/// the description's head (said a senior Cruz adviser) or one of an indefinite description
/// (said one source who identified X).
fn described_person<'m>(s: &'m Sentence<'_>, c: &CueAt) -> Option<&'m Mention> {
    let Some(m) = super::super::described_subject(s, c).filter(|m| s.is_person(m)) else {
        // (after a verb that only reports: not "…," X urged the voters to …, Y in particular)
        return c
            .cue
            .act
            .only_reports()
            .then(|| named_after_description(s, c.end))
            .flatten();
    };
    let indefinite = (c.end..m.start).any(|k| s.any(k, W::Indefinite) || s.any(k, W::Relative));
    // a surname alone before a lower-case word (Cruz adviser); a full name goes on (X before)
    let qualifies = m.end == m.start + 1
        && s.toks
            .get(m.end)
            .is_some_and(|t| t.is_word() && !t.is_capitalized() && !s.any(m.end, W::Preposition));
    // a possessor is no subject (suggested business mogul X's refusal)
    let possessor = m.end < s.to && s.any(m.end, W::Genitive);
    (!indefinite && !qualifies && !possessor).then_some(m)
}

/// How many words the clause before « comme le rapporte X » / « ce qu'a dit X » needs to be
/// what was said.
const CLAUSE_WORDS: usize = 3;

pub(super) fn incise(x: &Ctx<'_>, choice: &mut Choice) -> bool {
    let (s, site, c) = (x.s, x.site, x.site.cue);
    if !site.incise {
        return false;
    }
    // « … », a déclaré X  /  "…," said X  /  « … », a-t-il ajouté
    // after a quotation, what follows the verb is its subject, wherever the clause ends ("…,"
    // said undecided voter X before the rally)
    // "…," Smith told Reuters: the object of "told" is whom it addresses
    let addressee = s.m(c.start).is(W::AddresseeCue);
    // (a verb that opens the sentence: the person its subject phrase ends with, Remarked Center
    // for Biological Diversity scientist Tierra Curry, "…")
    let opening = (c.start == s.from)
        .then(|| {
            let comma = (c.end..s.to).find(|&k| matches!(s.low(k), "," | ":"))?;
            s.mentions
                .iter()
                .rev()
                .find(|m| m.start >= c.end && m.end <= comma && s.is_person(m))
        })
        .flatten();
    // (an object or a possessive is no subject: "…," denounced her record)
    let subject_form = |m: &&Mention| {
        !matches!(m.kind, MentionKind::Pronoun { .. })
            || !(s.any(m.start, W::ObjectPronoun) || s.any(m.start, W::Possessive))
    };
    let explicit = opening
        .or_else(|| speaker_after(s, c.end).filter(subject_form))
        .filter(|_| !addressee)
        .or_else(|| super::super::inverted_subject(s, c).filter(|_| !addressee))
        .or_else(|| site.after_quote.then(|| described_person(s, c)).flatten())
        .filter(|m| !object_name(s, c, m) && !one_of_no_name(s, m, c.end))
        .filter(|m| site.as_reported.is_none() || !unnamed_subject_before(s, c.end, m.start));
    // "Le directeur de la CIA, John Brennan, a déclaré hier que …", « …, John Brennan, a
    // condamné l'attaque »: a comma alone before a verb that goes on with what it reports or
    // with its object closes an apposition; the subject is before it
    let comma_only =
        !site.after_quote && site.as_reported.is_none() && c.cue.kind != CueKind::Inverted;
    // (a comma that ends a source's aside opens no incise: X, selon Le Monde, a dénoncé Y)
    if comma_only && site.skip_back > s.from && s.source_aside(site.skip_back - 1).is_some() {
        return false;
    }
    // … and one before a verb with its object after a subject with its apposition, even when
    // the object is a name (Le ministre des Affaires étrangères, X, a condamné la Russie: not an
    // inversion, as in « La Russie ment, a déclaré X »), or a name a quotation goes on from
    // (X, a former adviser, said Obama "understood …": whom X spoke of)
    let apposition = || (object_after(s, c.end) || quoted_after(s, c.end)) && apposition_before(x);
    // … and one before a verb that no subject may follow (X, par la voix de son ministre, a
    // annoncé interdire …; X, ministre, a réagi sur Twitter: what follows is what was said;
    // not « …, a précisé un de ses avocats »)
    let no_subject_after = || !c.pronoun && !s.noun_marker(over_skip(s, c.end));
    if comma_only
        && (explicit.is_none() && (reports_after(s, c.end) || no_subject_after()) || apposition())
    {
        return false;
    }
    if explicit.is_none() && goes_on_a_clause(s, site, c) {
        return false;
    }
    if let Some(m) = explicit.filter(|m| !matches!(m.kind, MentionKind::Pronoun { .. })) {
        choice.speaker = speaker_of(m, x.memory, 1.0);
    } else if c.pronoun || explicit.is_some() {
        let span = explicit.map(|m| m.span).unwrap_or(s.toks[c.start].span);
        choice.speaker = pronoun_speaker(s, c, explicit, x.memory).map(|e| (e, 0.75, span));
    }
    content_before(x, choice);
    if choice.speaker.is_none() {
        // "…," Smith said: the speaker between the quotation and the cue
        if let Some(m) = speaker_before(s, c.start, s.from) {
            choice.speaker = speaker_of(m, x.memory, 1.0);
            if subject_after_quotation(s, c.start, s.from).is_some_and(|a| a.start == m.start) {
                quotation_before_subject(s, c, m, choice);
            }
        }
    }
    true
}

/// "X summed up Y as “terrible,” denounced her record": a verb after a quotation inside a clause,
/// with its object after it (an article, a possessive, a quotation) and no subject after it or
/// between, goes on the clause's series; not a plain report, whose subject after it may be a vague
/// source (…," said one executive who …).
fn goes_on_a_clause(s: &Sentence<'_>, site: &Site<'_>, c: &CueAt) -> bool {
    let next = over_skip(s, c.end);
    let object = next < s.to && (s.noun_marker(next) || s.is_quote_open(next));
    let open = (s.from..c.start).rev().find(|&k| s.is_quote_open(k));
    site.after_quote
        && !c.pronoun
        && object
        && !c.cue.act.only_reports()
        && open.is_some_and(|o| o > s.from)
        && speaker_before(s, c.start, s.from).is_none()
}

/// Where a comma opens no incise (English), a name after a cue that does more than report, with
/// "for", "to" or "that" after it, is the cue's object, no inverted subject ("…," thanked Obama
/// for; not "…," asked Sen. X of Maryland, nor "…," warned X on Monday).
fn object_name(s: &Sentence<'_>, c: &CueAt, m: &Mention) -> bool {
    if s.setting(Setting::IncisePastComma) || c.cue.act.only_reports() || m.end >= s.to {
        return false;
    }
    let next = s.m(m.end);
    let other = next.any_of(&[W::Adverbial, W::Locative, W::Medium, W::Of]);
    next.any(W::Preposition) && !other
        || next.any(W::InfinitiveMarker)
        || next.any(W::Complementizer)
}

/// The quotation or clause before the incise, as its content (around « comme le rapporte X »).
fn content_before(x: &Ctx<'_>, choice: &mut Choice) {
    let (s, site, c) = (x.s, x.site, x.site.cue);
    let start = if site.index > 0 {
        site.prev_end
    } else {
        s.from
    };
    if site.after_quote {
        let close = if s.is_quote_close(site.skip_back - 1) {
            site.skip_back - 1
        } else {
            site.skip_back - 2
        };
        choice.direct_quote = s.quote_ending_at(close);
        if let Some((o, cl)) = choice.direct_quote {
            choice.content = (o, cl + 1);
        }
    } else if let Some(conj) = site.as_reported {
        // the clause around « comme le rapporte X »: before it, or after it when it opens the
        // sentence (Comme le rapporte X, …)
        // (not « C'est » of a cleft, which resumes what was said before: C'est ce qu'a annoncé X)
        let end = if conj > start && s.low(conj - 1) == "," {
            conj - 1
        } else {
            conj
        };
        let words = (start..end).filter(|&k| s.toks[k].is_word()).count();
        choice.content = if conj > start + 1 && words >= CLAUSE_WORDS {
            (start, end)
        } else if conj > start + 1 {
            (conj, conj)
        } else {
            let comma = (c.end..s.to).find(|&k| s.low(k) == ",").unwrap_or(c.end);
            ((comma + 1).min(s.to), s.to)
        };
    } else {
        choice.content = (start, site.skip_back.saturating_sub(1).max(start));
    }
}

/// « ce qu'a confié une source judiciaire à l'AFP »: a subject that names no one (a vague source,
/// an indefinite noun) between the cue ending at `end` and the name at `name`, which is then its
/// addressee or medium.
fn unnamed_subject_before(s: &Sentence<'_>, end: usize, name: usize) -> bool {
    let vague = |k: usize| {
        s.mention_starting(k)
            .is_some_and(|m| m.kind == MentionKind::Vague)
    };
    (end..name.saturating_sub(1)).any(|j| {
        vague(j)
            || s.any(j, W::Indefinite)
                && s.toks[j + 1].is_word()
                && !s.toks[j + 1].is_capitalized()
                && (s.mention_starting(j + 1).is_none() || vague(j + 1))
    })
}

/// Whether a clause or a quotation follows the cue ending at `end`, over skippable words
/// (a déclaré hier que …, a dit : « … »).
fn reports_after(s: &Sentence<'_>, end: usize) -> bool {
    let k = over_skip(s, end);
    k < s.to && s.opens_report(k)
}

/// The verb's object right after it, over skippable words: a determiner (a condamné l'attaque), a
/// noun phrase with no article (noted congressional testimony by X), a name the clause goes on
/// after (a félicité X pour sa victoire), the addressee (a appelé à la retenue), or a preposition
/// with no name after it in its clause (a plaidé pour une réponse commune; not « précise dans un
/// communiqué le ministère »).
fn object_after(s: &Sentence<'_>, end: usize) -> bool {
    let k = over_skip(s, end);
    if k >= s.to {
        return false;
    }
    let clause_end = (k..s.to)
        .find(|&j| matches!(s.low(j), "," | "." | ";" | ":"))
        .unwrap_or(s.to);
    // (or a noun phrase with no article: noted congressional testimony by X)
    let bare_noun = s.toks[k].is_word() && !s.toks[k].is_capitalized() && !s.is_adverb(k);
    s.noun_marker(k)
        || bare_noun
        || s.mention_starting(k)
            .is_some_and(|m| !ends_clause(s, m.end))
        || s.any(k, W::Dative)
        || (s.any(k, W::Preposition)
            && !s
                .mentions
                .iter()
                .any(|m| m.start > k && m.start < clause_end))
}

/// Whether a name right after the verb, over skippable words, is followed by a quotation that
/// goes on from it (said Obama "understood …").
fn quoted_after(s: &Sentence<'_>, end: usize) -> bool {
    s.mention_starting(over_skip(s, end))
        .is_some_and(|m| m.end < s.to && s.is_quote_open(m.end))
}

/// Whether the stretch of the sentence before the comma that precedes the cue is a subject with
/// a name and its appositions (Le chef de la diplomatie, Josep Borrell,; X, un partisan de Y,) or relative
/// clauses (X, que l'armée dit avoir tué,), not a clause of its own (Le vol a été annulé, a
/// indiqué la direction; X se rendait à une convocation, a précisé un de ses avocats): no
/// auxiliary, modal, reflexive, subject pronoun, conjunction or cue outside the relative clauses.
fn apposition_before(x: &Ctx<'_>) -> bool {
    let (s, site) = (x.s, x.site);
    let comma = site.skip_back.saturating_sub(1);
    let from = s.from;
    if comma <= from || s.low(comma) != "," {
        return false;
    }
    // a subject and at least one apposition or relative clause, a name among them (the commas
    // of a quotation split none: X “drew well from white, working-class voters,” said Y)
    let split = |k: usize| s.low(k) == "," && !s.in_quote(k);
    let segments = (from..comma).filter(|&k| split(k)).count() + 1;
    let named = s
        .mentions
        .iter()
        .any(|m| m.start >= from && m.end <= comma && super::super::subjects::usable(m));
    if segments < 2 || !named {
        return false;
    }
    let mut start = from;
    for end in (from..=comma).filter(|&k| split(k)) {
        let relative = start > from
            && (s.any(start, W::Relative)
                || s.any(start, W::RelativeOther)
                || s.any(start, W::Complementizer));
        let verb = (start..end).any(|k| {
            let m = s.m(k);
            m.is(W::Aux)
                || m.any(W::AuxInfinitive)
                || m.any(W::Reflexive)
                || m.any(W::Pronoun)
                || m.any(W::Complementizer)
                // (not "to" before a noun phrase: X, an adviser to the governor,)
                || m.is(W::Modal) && !(k + 1 < end && s.noun_marker(k + 1))
                // (a gerund's aside is one: X, dénonçant un « scandale », a demandé)
                || site.cues.iter().any(|q| q.start == k && q.cue.kind != CueKind::Gerund)
        });
        if !relative && verb {
            return false;
        }
        start = end + 1;
    }
    true
}

/// Whether the clause ends at token `k` (a name there is an inverted subject: …, fait remarquer
/// X, le ministre …; not an object: a félicité X pour sa victoire).
fn ends_clause(s: &Sentence<'_>, k: usize) -> bool {
    k >= s.to || matches!(s.low(k), "," | "." | ";" | ":" | "!" | "?") || s.is_quote_open(k)
}

fn over_skip(s: &Sentence<'_>, mut k: usize) -> usize {
    while k < s.to && s.is_skip(k) {
        k += 1;
    }
    k
}

/// Whom the pronoun of an incise (a-t-il ajouté, he said; `explicit` when it is a word of its
/// own) stands for.
fn pronoun_speaker(
    s: &Sentence<'_>,
    c: &CueAt,
    explicit: Option<&Mention>,
    memory: &Memory,
) -> Option<usize> {
    // a-t-il ajouté, he said: the last speaker, a person rather than a body when the last
    // statement's speaker is an organisation that only reported (Métro)
    let person = memory.last_person_speaker.filter(|_| {
        memory
            .last_speaker
            .is_some_and(|e| !s.info.get(e).is_some_and(|i| i.person))
    });
    // … of the pronoun's gender (a-t-elle déclaré: not the man who spoke last)
    let gender = match explicit.map(|m| &m.kind) {
        Some(MentionKind::Pronoun { gender, .. }) => *gender,
        _ => inverted_gender(s, c),
    };
    // … but a paragraph that names a person before anyone speaks in it is about that person
    // (X était présent à la cérémonie. « … », a-t-il dit: X, not who spoke in the last one)
    let plural = explicit.map_or_else(
        || inverted_pronoun(s, c, W::PluralPronoun),
        |m| matches!(m.kind, MentionKind::Pronoun { plural: true, .. }),
    );
    let subject = memory
        .paragraph_subject
        .filter(|_| !memory.person_spoke_in_paragraph && !plural);
    memory.pick(
        &[
            subject_before_quotation(s, c).filter(|_| !plural),
            subject,
            person,
            memory.last_speaker,
            memory.last_person,
        ],
        gender,
    )
}

/// « X a réagi : « … » , a-t-il ajouté », « … accueillie par l'ACLU : « … » a-t-elle déclaré »:
/// the first entity the sentence names outside quotations, before the cue at `c`, that opens a
/// clause or is the agent of a passive (not a medium: sur Twitter); for a role in apposition to a
/// name (L'entraîneur toulousain, Philippe Gardent, …), the name.
fn subject_before_quotation(s: &Sentence<'_>, c: &CueAt) -> Option<usize> {
    let entity = |m: &Mention| match m.kind {
        MentionKind::Entity(e) if !s.in_quote(m.start) => Some(e),
        _ => None,
    };
    let agent = |k: usize| k > s.from && s.any(k - 1, W::Agent);
    let subject = |m: &Mention| {
        let article = m.start > s.from && s.any(m.start - 1, W::Determiner);
        let agent = agent(m.start) || article && agent(m.start - 1);
        s.opens_clause(m) || agent
    };
    let (m, e) = s
        .mentions
        .iter()
        .take_while(|m| m.end <= c.start)
        .filter_map(|m| Some((m, entity(m)?)))
        .find(|&(m, e)| subject(m) && !s.info.get(e).is_some_and(|i| i.medium))?;
    let named = (m.end < s.to && s.low(m.end) == ",")
        .then(|| s.mention_starting(m.end + 1))
        .flatten()
        .filter(|n| s.is_person(n))
        .and_then(entity);
    Some(named.unwrap_or(e))
}

/// The gender of the pronoun inside an inverted cue (a-t-elle, déclara-t-il).
fn inverted_gender(s: &Sentence<'_>, c: &CueAt) -> Option<Gender> {
    if inverted_pronoun(s, c, W::Feminine) {
        Some(Gender::Feminine)
    } else if inverted_pronoun(s, c, W::Masculine) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// Whether the pronoun inverted after the verb of cue `c` (a-t-elle, menacent-ils) is of class
/// `w`.
fn inverted_pronoun(s: &Sentence<'_>, c: &CueAt, w: W) -> bool {
    let words = &s.lex.words;
    (c.start..c.end)
        .flat_map(|k| s.toks[k].lower().split('-'))
        .any(|part| words.any(w, part) && words.any(W::Pronoun, part))
}
