//! What a cue of a class that takes something after it needs there to report: a promise its
//! complement or object (s'engage à, pledged funds), a threat its terms where the language says so
//! (menacer de, menacer l'Italie de sanctions); a cue that needs a clause may have a quotation
//! instead, after where or to whom it was said (spoke to reporters: "…"); a characterisation
//! what it makes of its object (cast X as a liar); a participle with no auxiliary its agent.

use super::super::super::lexicon::CueKind;
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::words::{Setting, W};
use super::super::Sentence;
use super::document::study_before;
use super::{article_before, candidate, kept, Candidate, CueAt};

/// "a pattern described by Marine Bulletin as …", « le plan, critiqué par le Kremlin, »: a
/// participle at `i` (`n` tokens) with no auxiliary and its agent's name right after it is a
/// reduced passive; not the issuer of a document (a poll published by Gallup), nor backing.
pub(super) fn reduced_passive(s: &Sentence<'_>, i: usize, n: usize, aux: Option<usize>) -> bool {
    let k = i + n + 1;
    // (backing is no speech: une coalition soutenue par l'Arabie saoudite)
    let support = s.m(i).is(W::Backing);
    let on = s.setting(Setting::ReducedPassiveReports);
    if !on || aux.is_some() || k >= s.to || !s.m(i + n).is(W::Agent) || support {
        return false;
    }
    // (or any agent but a means after a noun in lower case: a plan endorsed by top Senate
    // Democrats, whose words it reports; not responded by saying, criticized by email)
    let noun_before = i > s.from
        && s.toks[i - 1].is_word()
        && !s.toks[i - 1].is_capitalized()
        && !s.is_skip(i - 1)
        && !s
            .m(i - 1)
            .is_one_of(&[W::Pronoun, W::ObjectPronoun, W::Relative, W::Aux, W::And]);
    // (a phrase of persons: a name, a plural or a quantity in its first words; not by
    // telephone from X, by far)
    let persons = (k..(k + AGENT_WORDS).min(s.to))
        .take_while(|&j| s.toks[j].is_word() && !s.any(j, W::Preposition))
        .any(|j| {
            s.toks[j].is_capitalized()
                || s.plural_form(j)
                || s.m(j).any_of(&[W::Determiner, W::CountWord])
        });
    let means = s.has_ending(k, Setting::MeansGerundEnding) || s.is_skip(k);
    let agent = s.mention_starting(k).is_some()
        || s.any(k, W::Determiner) && s.mention_starting(k + 1).is_some()
        || noun_before && persons && !means;
    let document = (i.saturating_sub(2).max(s.from)..i)
        .any(|j| s.any(j, W::Reference) || s.any(j, W::SourceNoun));
    agent && !document
}

/// How many words an agent with no name may open with before its head (by top Senate
/// Democrats).
const AGENT_WORDS: usize = 3;

/// A form that reports only with an infinitive or an object (see `W::ObjectCue`): "to" or a
/// determiner after it, over adverbs; one that characterises its object (see `W::AsCue`), only
/// with the link before what it makes of it: "cast Clinton as a liar", "portrayed himself as an
/// outsider" (not "cast a vote", "portrayed in a film"); one that credits, with the link of what
/// it credits (credited Leonov with the feat; not "tax credits", "took full credit").
pub(super) fn object_cue_has_object(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    let after = c.i + c.n;
    if s.m(c.i).is(W::AttackCue) {
        return attack_in_words(s, c);
    }
    let link = if s.m(c.i).is(W::AsCue) {
        Some(W::NamingLink)
    } else if s.m(c.i).is(W::CreditCue) {
        Some(W::CreditLink)
    } else {
        None
    };
    if let Some(link) = link {
        let clause = (after..(after + AS_REACH).min(s.to)).take_while(|&k| {
            !matches!(s.low(k), "," | ";" | ":" | "." | "(") && !s.is_quote_open(k)
        });
        return clause.into_iter().any(|k| k > after && s.m(k).is(link));
    }
    if s.m(c.i).is(W::ActObjectCue) {
        return !act_object(s, c);
    }
    // (a result its object heads is no report: posted a net loss, posted a victory)
    if s.m(c.i).is(W::ResultCue) && result_after(s, after) {
        return false;
    }
    if !s.m(c.i).is(W::ObjectCue) {
        return true;
    }
    let mut k = after;
    while k < s.to && s.is_adverb(k) {
        k += 1;
    }
    k < s.to && (s.any(k, W::Dative) || s.noun_marker(k))
}

/// How many words may stand between a cue that also records a result and the result's noun
/// (posted a pretax profit of).
const RESULT_REACH: usize = 4;

/// Whether a noun of a result (see `W::ResultNoun`) heads the phrase at `after`, over an article,
/// adjectives and numbers, before any preposition (posted an overwhelming victory in; not
/// posted a message on Twitter).
fn result_after(s: &Sentence<'_>, after: usize) -> bool {
    (after..(after + RESULT_REACH + 1).min(s.to))
        .take_while(|&k| {
            s.toks[k].is_word() && !s.any(k, W::Preposition) || s.toks[k].starts_with_digit()
        })
        .any(|k| s.any(k, W::ResultNoun))
}

/// « Le gouverneur a déclaré l'état d'urgence »: an object right after a cue of an act (see
/// `W::ActObjectCue`), with no complementizer, colon or quotation a few words on (a déclaré la
/// semaine dernière que …), no quotation closed before it and no incise's comma (« … », a
/// déclaré le ministre; La situation est grave, a déclaré le ministre).
fn act_object(s: &Sentence<'_>, c: &Candidate) -> bool {
    let after = c.i + c.n;
    let at = c.aux.unwrap_or(c.i);
    let object = after < s.to && s.any(after, W::Determiner);
    let reports = (after..(after + TOPIC_REACH).min(s.to)).any(|k| s.opens_report(k));
    let quoted_before = quote_closed_before(s, at);
    let incise = at > s.from && s.low(at - 1) == ",";
    object && !reports && !quoted_before && !incise
}

/// A form that also names a blow (see `W::AttackCue`) reports only from a person — the name or
/// the person's pronoun right before it, over an auxiliary or an adverb — against a person or a
/// body named right after it, or against what one owns or said (his record, Clinton's plan, les
/// propos de X): "Trump attacked Clinton", « Hillary Clinton attaque Donald Trump sur … »; not
/// "Russia attacked Ukraine", "gunmen attacked the village", "attacked the base".
fn attack_in_words(s: &Sentence<'_>, c: &Candidate) -> bool {
    let mut k = c.i;
    while k > s.from && s.is_skip(k - 1) {
        k -= 1;
    }
    let subject = s.mentions.iter().find(|m| m.end == k && m.start < k);
    let person = subject.is_some_and(|m| {
        s.is_person(m)
            || matches!(m.kind, MentionKind::Pronoun { .. }) && s.any(m.start, W::PersonPronoun)
    });
    let mut j = c.i + c.n;
    while j < s.to && s.is_adverb(j) {
        j += 1;
    }
    let body = |m: &Mention| matches!(m.kind, MentionKind::Entity(e) if s.info.get(e).is_some_and(|i| !i.country));
    // (over an article, and over a noun and its "of": the policies of the administration)
    let named = (j..(j + OWNER_REACH).min(s.to))
        .take_while(|&x| x == j || s.toks[x - 1].is_word() && !s.is_quote_open(x))
        .filter(|&x| x == j || s.any(x - 1, W::Of) || x == j + 1 && s.noun_marker(j))
        .any(|x| s.mention_starting(x).is_some_and(body));
    person && (named || j < s.to && s.any(j, W::Possessive))
}

/// How far after an attack's form the name of whom it is against may stand (the policies of
/// the administration).
const OWNER_REACH: usize = 5;

/// How far after a characterising cue its link may stand (cast the former secretary of state as).
const AS_REACH: usize = 10;

/// A class that takes a complement reports only with it or an object: "s'engage à", "promised
/// to", "pledged funds", not "s'était engagé dans", "was sworn in".
pub(super) fn promise_has_complement(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    let after = c.i + c.n;
    if !c.cue.act.needs_complement() {
        return true;
    }
    if after >= s.to {
        return false;
    }
    // what is promised, as an object (pledged funds, a promis une aide, vowed $5 million)
    let t = &s.toks[after];
    let m = s.m(after);
    let closed = m.any_of(&[W::Preposition, W::Agent, W::Of, W::And, W::Pronoun]);
    let amount = t
        .norm
        .starts_with(|ch: char| ch.is_ascii_digit() || "$€£".contains(ch));
    // (not a participle as an adjective: 758 pledged delegates, the most pledged delegates, more
    // pledged delegates)
    let number_before = c.i > s.from && s.toks[c.i - 1].starts_with_digit();
    let adjective =
        number_before || article_before(s, c.i) || c.i > s.from && s.any(c.i - 1, W::Superlative);
    let object = (t.is_word() || amount) && !t.is_capitalized() && !closed && !adjective;
    object || (after..(after + 3).min(s.to)).any(|k| s.any(k, W::PromiseComplement))
}

/// How far after a threat its terms may stand (a menacé les auteurs de ces exactions de
/// poursuites).
const TERMS_REACH: usize = 8;

/// An appeal's verb of `W::TermsCue` reports only with its link or a quotation after it (appelle
/// les Français à voter; not a call on the phone). Where the language says so
/// (`Setting::ThreatNeedsTerms`), and for the noun in every language, a threat reports only with
/// its terms (« de » before a word that is no determiner, « que », a
/// quotation, "to" before a verb) or an entity right after it: « a menacé de partir », « menace
/// l'Italie de sanctions », « a menacé Washington », a threat to leave; not « le groupe menace la
/// route », « menaçait les gens avec une arme », the threat from the Islamic State (a danger).
pub(super) fn threat_has_terms(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    // (an appeal's verb, with its link or a quotation after it: « appelle les Français à voter »;
    // not « il l'avait appelée pour lui dire », a call on the phone; but a name it gives after
    // « que »: celui qu'il appelle le père de la démocratie)
    let naming = c.i >= s.from + 2
        && s.any(c.i - 1, W::Pronoun)
        && s.m(c.i - 2).any_of(&[W::Relative, W::Complementizer]);
    if s.m(c.i).is(W::TermsCue) && !naming {
        return (c.i + c.n..(c.i + c.n + TERMS_REACH).min(s.to))
            .take_while(|&k| !matches!(s.low(k), ";" | "."))
            .any(|k| s.m(k).is(W::AppealLink) || s.is_quote_open(k) || s.low(k) == ":");
    }
    let noun = c.cue.kind == CueKind::Noun;
    if !c.cue.act.needs_terms() || !(noun || s.setting(Setting::ThreatNeedsTerms)) {
        return true;
    }
    let after = c.i + c.n;
    let entity = s.mentions.iter().any(|m| {
        (m.start == after || m.start == after + 1 && s.noun_marker(after))
            && matches!(m.kind, MentionKind::Entity(_))
    });
    entity
        || (after..(after + TERMS_REACH).min(s.to))
            .take_while(|&k| !matches!(s.low(k), "," | ";" | "." | ":"))
            .any(|k| {
                s.is_quote_open(k)
                    || s.any(k, W::Complementizer)
                    || (s.m(k).is(W::InfinitiveMarker) && k + 1 < s.to && !s.noun_marker(k + 1))
            })
}

/// "spoke to reporters after the vote: "…"", "spoke on Fox News, "…"": where a quotation opens
/// after a colon or a comma a few words after the cue ending at `after`, in its clause and before
/// any other cue.
pub(crate) fn quotation_after(s: &Sentence<'_>, after: usize) -> Option<usize> {
    // (words that say where, when or to whom: not an object or a clause of the cue's, called
    // Pearson, "driven"; ajoute avoir reçu un cadeau, « … »; but told reporters: "…")
    let first = (after..s.to).find(|&k| !s.is_skip(k) || s.any(k, W::Preposition))?;
    let addressed = after > s.from && s.any(after - 1, W::AddresseeCue);
    if !s.any(first, W::Preposition) && !addressed {
        return None;
    }
    (after..(after + QUOTATION_REACH).min(s.to))
        // (not past another cue: speaking to the BBC, said, "…" is the quotation of "said")
        .take_while(|&k| {
            !matches!(s.low(k), ";" | ".") && !s.is_quote_close(k) && candidate(s, k).is_none()
        })
        .find(|&k| k > after && matches!(s.low(k - 1), ":" | ",") && s.is_quote_open(k))
}

/// How many words after a cue that needs a clause may stand before a quotation it introduces.
const QUOTATION_REACH: usize = 10;

/// How far after a clause cue what it speaks about may start, over where and when it spoke.
const TOPIC_REACH: usize = 7;

/// How far before a clause cue the quotation it reports may close ("…," the senator's spokeswoman
/// declared).
const QUOTED_BEFORE: usize = 8;

/// Whether a quotation closes a few words before token `at` ("…," the senator declared).
fn quote_closed_before(s: &Sentence<'_>, at: usize) -> bool {
    (at.saturating_sub(QUOTED_BEFORE).max(s.from)..at).any(|k| s.is_quote_close(k))
}

/// A form that reports words only with them (see `W::ClauseCue`): a complementizer, a colon or a
/// quote right after it, a quote closed before it ("…," she declared), or what it is about.
pub(super) fn clause_cue_has_clause(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    // (a phrase with its own complement reports with it: spoke about, spoke out against — a
    // phrase of three words or more; not shot back)
    let complement = c.n > 2 || c.n > 1 && s.any(c.i + c.n - 1, W::Preposition);
    if !s.any(c.i, W::ClauseCue) || complement {
        return true;
    }
    let after = c.i + c.n;
    let clause_after = (after..(after + 3).min(s.to)).any(|k| s.opens_report(k))
        || comma_after_subject(s, c)
        || after < s.to && s.any(after, W::AttributeMarker)
        || clause_after_setting(s, after)
        || zero_complementizer_clause(s, after);
    // … or what is spoken about, past where and when (spoke at the White House on Tuesday about
    // the victims' rights)
    // (not "about" before a number: spoke for about 30 minutes)
    // (or "of" right after it, over an adverb: spoke emotionally of)
    let of = |k: usize| k < s.to && s.any(k, W::Of);
    let topic = || {
        s.any(c.i, W::TopicCue)
            && ((after..(after + TOPIC_REACH).min(s.to))
                .take_while(|&k| s.toks[k].is_word())
                .any(|k| {
                    s.any(k, W::TopicPreposition)
                        && !s.toks.get(k + 1).is_some_and(|t| t.starts_with_digit())
                })
                || of(after)
                || after < s.to && s.is_adverb(after) && of(after + 1))
    };
    // an incise reports what comes before it (La réforme sera votée, a assuré X; comme l'assure X)
    // (only its auxiliary between the comma and it: not ", qui assurait le vol")
    let comma = c.i.checked_sub(1 + usize::from(c.aux.is_some()));
    // … and its subject after it (not « X, ancien général, assure l'intérim »)
    let subject_after = || super::super::described_subject(s, &kept(s, c.i, c)).is_some();
    let incise = s.setting(Setting::IncisePastComma)
        && comma.is_some_and(|k| k >= s.from && s.low(k) == ",")
        && c.aux.is_none_or(|a| a + 1 == c.i)
        && subject_after();
    let as_reported =
        c.i >= s.from + 2 && s.any(c.i - 1, W::NeuterClitic) && s.any(c.i - 2, W::AsReported);
    // … or its subject before it, after the word that opens the clause, for a phrase (As X put
    // it, …; not a verb of one word: as X spoke, the crowd …, a time)
    let as_subject = || {
        let at = c.aux.unwrap_or(c.i);
        c.n > 1
            && s.mentions
                .iter()
                .find(|m| m.end == at && m.start > s.from && super::super::subjects::usable(m))
                .is_some_and(|m| {
                    let w = m.start - 1;
                    s.m(w).is(W::AsReported) && (w == s.from || s.low(w - 1) == ",")
                })
    };
    // a study's finding needs no complementizer (the poll found Clinton leading)
    let study = study_before(s, c.i);
    clause_after
        || topic()
        || incise
        || as_reported
        || as_subject()
        || study
        || clause_before(s, c)
        || quote_closed_before(s, c.i)
        || quotation_after(s, after).is_some()
        // an order with its infinitive (advised him to leave, advised not to proceed)
        || super::super::content::directive(s, &kept(s, c.i, c))
}

/// After its subject's name or pronoun, a comma right after a cue, over an adverb, opens what it
/// reports: "she added, Trump is …", "he added, though, that …", "The GOP, Mr. Pence added, was
/// on their side"; not the end of a clause a conjunction opens (As X spoke, the crowd …).
fn comma_after_subject(s: &Sentence<'_>, c: &Candidate) -> bool {
    let mut past = c.i + c.n;
    while past < s.to && s.is_adverb(past) {
        past += 1;
    }
    let at = c.aux.unwrap_or(c.i);
    let named_before = s.mentions.iter().any(|m| {
        let opener = m.start.checked_sub(1).filter(|&k| k >= s.from);
        m.end == at
            && m.start < at
            && !opener.is_some_and(|k| s.m(k).any_of(&[W::Subordinator, W::AsReported]))
    });
    named_before && past + 1 < s.to && s.low(past) == ","
}

/// "declared in an interview with Reuters that …": a complementizer or a colon after where, when
/// or to whom the cue spoke, words that open with a preposition and hold no cue, whose articles
/// all follow a preposition (not "found in the car a gun that …", a relative clause of its
/// object), and no auxiliary right after it ("spoke to a party that had adopted …").
fn clause_after_setting(s: &Sentence<'_>, after: usize) -> bool {
    if after >= s.to || !s.any(after, W::Preposition) {
        return false;
    }
    let opens = |k: usize| s.any(k, W::Complementizer) || s.low(k) == ":";
    let last = (after + TOPIC_REACH).min(s.to);
    let Some(that) = (after + 1..last).find(|&k| opens(k) || !s.toks[k].is_word()) else {
        return false;
    };
    let relative = that + 1 < s.to && (s.m(that + 1).is(W::Aux) || s.m(that + 1).is(W::Modal));
    opens(that)
        && !relative
        && (after + 1..that).all(|k| {
            (!s.any(k, W::Determiner) || s.any(k - 1, W::Preposition))
                && super::candidate(s, k).is_none()
        })
}

/// How many words a subject with an article may have before the auxiliary of a clause with no
/// complementizer (found the new plan was flawed).
const ZERO_THAT_SUBJECT: usize = 4;

/// "estimated this would take a day", "found the plan was flawed", "boasted he had won": where
/// the language allows it, a clause with no complementizer right after the cue: a subject (a
/// subject pronoun, a name, or an article and words in lower case) and an auxiliary or a modal
/// right after it (not "to": estimated the cost to be).
fn zero_complementizer_clause(s: &Sentence<'_>, after: usize) -> bool {
    if !s.setting(Setting::ZeroComplementizer) || after >= s.to {
        return false;
    }
    let verb = |k: usize| {
        k < s.to && (s.m(k).is(W::Aux) || s.m(k).is(W::Modal) && !s.any(k, W::InfinitiveMarker))
    };
    // (or a finite verb by its ending after a pronoun: adding it required much endurance)
    let finite = |k: usize| {
        k < s.to
            && s.toks[k].is_word()
            && !s.toks[k].is_capitalized()
            && !s.m(k).any_of(&[W::Preposition, W::Dative, W::Of, W::And])
            && (s.has_ending(k, Setting::ReducedRelativeEnding) || s.plural_form(k))
    };
    // (a possessor's name and its noun: Ongpin's stand was)
    let owned = (after..(after + 3).min(s.to))
        .take_while(|&k| s.toks[k].is_capitalized() || s.any(k, W::Genitive))
        .any(|k| s.any(k, W::Genitive) && verb(k + 2));
    if let Some(m) = s.mention_starting(after) {
        return verb(m.end) || owned;
    }
    if owned {
        return true;
    }
    if s.any(after, W::Pronoun) {
        return verb(after + 1) || finite(after + 1);
    }
    if !s.any(after, W::Determiner) {
        return false;
    }
    (after + 1..(after + 1 + ZERO_THAT_SUBJECT).min(s.to))
        .take_while(|&k| {
            verb(k)
                || s.toks[k].is_word()
                    && !s.toks[k].is_capitalized()
                    && !s
                        .m(k)
                        .any_of(&[W::Preposition, W::Relative, W::Complementizer, W::And])
                    && !s.any(k, W::Pronoun)
                    && candidate(s, k).is_none()
        })
        .any(verb)
}

/// "Clinton won the primary, the Associated Press declared on Thursday.": a subject between a
/// comma and the cue, and after the cue nothing but the sentence's end, a time or an adverb: the
/// clause before the comma is what the cue reports.
fn clause_before(s: &Sentence<'_>, c: &Candidate) -> bool {
    let at = c.aux.unwrap_or(c.i);
    let Some(m) = s.mentions.iter().find(|m| m.end == at) else {
        return false;
    };
    let open = m
        .start
        .checked_sub(1 + usize::from(m.start > s.from && s.any(m.start - 1, W::Determiner)));
    let time = |k: usize| {
        !s.toks[k].is_word()
            || s.any(k, W::TimeNoun)
            || s.any(k, W::Preposition)
            || s.lex.calendar.is_weekday(s.low(k))
            || s.is_adverb(k)
    };
    open.is_some_and(|k| k > s.from && s.low(k) == ",") && (c.i + c.n..s.to).all(time)
}
