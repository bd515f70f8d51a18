//! Cues: the reporting verbs, nouns and prepositions of a sentence (outside quotations), from the
//! cue lexicon of the article's language, each kept only if every check of [`CHECKS`] passes; and
//! one cue the lexicon cannot hold, `opinion_intro` (Pour ce collectif, …).

use super::super::lexicon::{lower, Cue, CueKind};
use super::super::mentions::MentionKind;
use super::super::tokens::TokKind;
use super::super::words::{Setting, W};
use super::Sentence;

mod complement;
pub(super) use complement::quotation_after;
pub(super) mod document;
pub(super) use gerund::absolute_subject;
mod gerund;
mod infinitive;
mod pairs;
mod place;
mod split;
mod whole;
use complement::{
    clause_cue_has_clause, object_cue_has_object, promise_has_complement, reduced_passive,
    threat_has_terms,
};
pub(super) use document::study_noun_before;
use document::{document_cue_has_document, study_before};
use pairs::{drop_gerund_incises, join_means_gerunds};
use place::{
    described_noun, issued_document, not_attributive, object_first_passive, reduced_relative,
};
use split::split_cue;
use whole::{colon_intro, opinion_intro, quote_signature, study_intro};

/// A cue occurrence in a sentence.
#[derive(Debug, Clone)]
pub struct CueAt {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
    /// The pronoun of an inverted form (a-t-il ajouté).
    pub pronoun: bool,
    pub pluperfect: bool,
    /// A passive with its agent: the token after "par" / "by" (revendiquées par l'organisation X).
    pub agent: Option<usize>,
    /// An act the verb names, no statement (responded by blocking access): its subject is whom
    /// the next pronoun refers to.
    pub act: bool,
}

/// A cue form found in the lexicon, with what the checks need to know of its context.
pub(super) struct Candidate {
    i: usize,
    n: usize,
    cue: Cue,
    /// The word before the cue.
    prev: String,
    /// The auxiliary before the cue over adverbs (a par ailleurs dénoncé); where the walk stopped.
    aux: Option<usize>,
    stop: usize,
    /// A passive (est considéré, was found), and its agent.
    passive: bool,
    agent: Option<usize>,
}

impl Candidate {
    /// Whether the form is the lemma itself, the bare form (call, apologize), where the
    /// language's verbs agree a noun or an infinitive as often as a verb.
    fn is_bare(&self, s: &Sentence<'_>) -> bool {
        is_lemma(s, self.i..self.i + self.n, &self.cue.lemma)
    }
}

/// Whether the tokens `at` are `lemma` itself, word for word.
fn is_lemma(s: &Sentence<'_>, at: std::ops::Range<usize>, lemma: &str) -> bool {
    at.map(|k| s.low(k)).eq(lemma.split(' '))
}

/// A check a cue form must pass to be a cue here; `out` holds the cues already kept.
type Check = fn(&Sentence<'_>, &Candidate, &[CueAt]) -> bool;

/// The checks of a cue form, all of which must pass.
const CHECKS: &[(&str, Check)] = &[
    ("passive_has_agent", passive_has_agent),
    ("promise_has_complement", promise_has_complement),
    ("clause_cue_has_clause", clause_cue_has_clause),
    ("not_attributive", not_attributive),
    ("pronominal_form_fits", pronominal_form_fits),
    ("threat_has_terms", threat_has_terms),
    ("not_modal_or_hypothetical", not_modal_or_hypothetical),
    ("form_fits_its_place", form_fits_its_place),
    ("not_naming", not_naming),
    ("object_cue_has_object", object_cue_has_object),
    ("contact_has_complement", contact_has_complement),
    ("not_infinitive_of_a_cue", not_infinitive_of_a_cue),
    ("not_quoting_medium", not_quoting_medium),
    ("document_cue_has_document", document_cue_has_document),
];

/// The cues of a sentence.
pub(super) fn find(s: &Sentence<'_>) -> Vec<CueAt> {
    let mut out = Vec::new();
    if let Some(c) = opinion_intro(s)
        .or_else(|| colon_intro(s))
        .or_else(|| study_intro(s))
    {
        out.push(c);
    }
    let signed = quote_signature(s);
    let mut i = s.from;
    while i < s.to {
        if s.in_quote(i) || s.toks[i].kind != TokKind::Word {
            i += 1;
            continue;
        }
        let Some(candidate) = candidate(s, i) else {
            i += 1;
            continue;
        };
        if CHECKS.iter().all(|(_, check)| check(s, &candidate, &out)) {
            out.push(kept(s, candidate.i, &candidate));
        }
        i += candidate.n;
    }
    drop_gerund_incises(s, &mut out);
    join_means_gerunds(s, &mut out);
    document::drop_sent_messages(s, &mut out);
    out.extend(signed);
    out
}

/// Whether an article or another noun marker stands before token `i`, so that a form there is a
/// noun. An object pronoun that looks like an article (l'accuse, les dénonce) is none, unless the
/// form is a noun of report (l'annonce, les critiques); nor is a quantifier that may stand between
/// a subject and its verb (Merkel and Macron both said, ont tous dénoncé).
pub(super) fn article_before(s: &Sentence<'_>, i: usize) -> bool {
    // (not the 's that ends a name: Moody's said, McDonald's announced)
    // (nor a name of one word that is a function word of another language in lower case: the
    // UN said, not French « un »)
    let ends_a_name = |k: usize| {
        s.mention_at(k).is_some_and(|m| {
            m.end == k + 1 && (m.start < k || s.toks[k].is_capitalized() && k > s.from)
        })
    };
    let skip = &s.lex.words.phrases.skip;
    let quantifier = |k: usize| {
        !s.any(k, W::Determiner)
            && skip
                .longest_at(s.toks, k, lower)
                .is_some_and(|(n, _)| n == 1)
    };
    if i <= s.from || !s.noun_marker(i - 1) || ends_a_name(i - 1) || quantifier(i - 1) {
        return false;
    }
    let noun = s
        .lex
        .noun_cues
        .get(s.lang)
        .and_then(|ix| ix.longest_at(s.toks, i, lower));
    // the pronoun stands after its verb's subject: a pronoun, a name, et / mais, qui (Trump
    // l'accuse, et les dénonce); not after a verb (a gagné l'estime)
    let k = i - 1;
    let after_subject = k > s.from
        && (s.any(k - 1, W::Pronoun)
            || s.any(k - 1, W::And)
            || s.any(k - 1, W::But)
            || s.any(k - 1, W::Relative)
            || s.mentions
                .iter()
                .any(|m| m.end == k && !matches!(m.kind, MentionKind::Adjective(_))));
    !(s.any(k, W::Clitic) && noun.is_none() && after_subject)
}

/// The cue form of the lexicon at token `i` (after a determiner a form is a noun: l'annonce du
/// Kremlin), with its auxiliary and passive.
fn candidate(s: &Sentence<'_>, i: usize) -> Option<Candidate> {
    let prev = if i > s.from { s.low(i - 1) } else { "" };
    let noun = || {
        s.lex
            .noun_cues
            .get(s.lang)
            .and_then(|ix| ix.longest_at(s.toks, i, lower))
    };
    let after_determiner = article_before(s, i) && !s.lex.words.is(W::Aux, prev, s.lang_id);
    let cues = s.lex.cues.get(s.lang)?;
    let whole = cues.longest_at(s.toks, i, lower);
    let verb = whole
        .filter(|&(n, _)| n > 1)
        .or_else(|| split_cue(s, cues, i))
        .or(whole)
        .filter(|(_, c)| !(after_determiner && c.kind == CueKind::Finite));
    let (n, cue) = verb.or_else(noun)?;
    // not a form in "thanks to" or in a phrase whose second word it is (so called, a conference
    // call), nor one with a capital inside a sentence, which is a name's (Holiday Inn Express,
    // Family Voices, Said in an Arabic name); asked of a cue form only, as most tokens are none
    let phrases = &s.lex.words.phrases.not_report;
    let not_report = phrases.longest_at(s.toks, i, lower).is_some()
        || i > s.from
            && phrases
                .longest_at(s.toks, i - 1, lower)
                .is_some_and(|(n, _)| n >= 2);
    let in_name = s.toks[i].is_capitalized()
        && i > s.from
        && s.toks[i - 1].kind != TokKind::Quote
        && !matches!(s.low(i - 1), ":" | "(");
    if not_report || in_name {
        return None;
    }
    let mut cue = cue.clone();
    // "took to Twitter to call": a bare form after the purpose word is an infinitive
    if cue.kind == CueKind::Finite && i > s.from && s.m(i - 1).is(W::Purpose) {
        cue.kind = CueKind::Infinitive;
    }
    let (aux, stop) = auxiliary_before(s, i);
    let verb = matches!(cue.kind, CueKind::Participle | CueKind::Finite);
    let passive = verb
        && (aux.is_some_and(|k| s.any(k, W::AuxPassive)) || reduced_passive(s, i, n, aux))
        && !(cue.reflexive || (stop > s.from && s.any(stop - 1, W::Reflexive)));
    // the agent of a passive is the speaker: "challenged by the party", "revendiquées par X"
    let agent = passive
        .then(|| (i + n..(i + n + 3).min(s.to)).find(|&k| s.any(k, W::Agent)))
        .flatten()
        .map(|k| k + 1);
    Some(Candidate {
        i,
        n,
        cue,
        prev: prev.to_string(),
        aux,
        stop,
        passive,
        agent,
    })
}

/// The auxiliary before a cue at `i` over skippable words (a par ailleurs dénoncé), and where the
/// walk back stopped.
fn auxiliary_before(s: &Sentence<'_>, i: usize) -> (Option<usize>, usize) {
    // over an aside between commas (a, quant à lui, dénoncé)
    let start = s.aside_before(i).unwrap_or(i);
    let mut k = start;
    while k > s.from && start - k < 5 {
        k -= 1;
        if s.m(k).is(W::Aux) || s.any(k, W::AuxInverted) || s.any(k, W::AuxInfinitive) {
            return (Some(k), k);
        }
        if !s.is_skip(k) {
            break;
        }
    }
    (None, k)
}

fn kept(s: &Sentence<'_>, i: usize, c: &Candidate) -> CueAt {
    let aux_pluperfect = c
        .aux
        .is_some_and(|k| s.m(k).is(W::Aux) && s.any(k, W::AuxPluperfect));
    CueAt {
        start: i,
        end: i + c.n,
        cue: c.cue.clone(),
        pronoun: c.cue.kind == CueKind::Inverted,
        pluperfect: aux_pluperfect || s.any(i, W::AuxPluperfect),
        agent: c.agent,
        act: false,
    }
}

/// A passive (est considéré, was found) is not a statement of its subject; with its agent it is
/// the agent's, unless the form's passive means something else (see `W::NoPassive`).
fn passive_has_agent(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    // a form whose passive is no speech (was questioned by police), also coordinated with a
    // passive before it (was tested and questioned for hours)
    if s.m(c.i).is(W::NoPassive) {
        let from = c.i.saturating_sub(PASSIVE_REACH).max(s.from);
        let clause = (from..c.i)
            .rev()
            .take_while(|&k| s.low(k) != "," && !s.is_quote_close(k));
        return !c.passive && !clause.into_iter().any(|k| s.any(k, W::AuxPassive));
    }
    !c.passive || c.agent.is_some()
}

/// How far back the passive auxiliary of a coordinated participle may stand.
const PASSIVE_REACH: usize = 5;

/// How far back the indefinite article of a named thing may stand (a new campaign called).
const NAMING_REACH: usize = 4;

/// "a program called Sandy Hook Promise", "un mouvement appelé Nuit debout": a participle that
/// names a thing after an indefinite noun phrase reports nothing (but "a spokesman called the plan
/// a mistake": a role speaks).
fn not_naming(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    // (a phrase names nothing: a group called on X to …)
    if !s.m(c.i).is(W::Naming) || c.n > 1 || c.i <= s.from + 1 {
        return true;
    }
    let noun = c.i - 1;
    let roles = s.lex.words.phrases.roles(s.lang);
    let plain = |k: usize| s.toks[k].is_word() && !s.toks[k].is_capitalized();
    // (or an organisation's head: a super PAC called Future45)
    let noun_ok = plain(noun) || s.m(noun).any_norm(W::Orghead);
    if !noun_ok || s.is_skip(noun) || roles.longest_at(s.toks, noun, lower).is_some() {
        return true;
    }
    let floor = noun.saturating_sub(NAMING_REACH).max(s.from);
    // (the article may open the sentence: A new group called …; a name may qualify the noun: a
    // Facebook group called …)
    let name = |k: usize| s.toks[k].is_word() && s.mention_at(k).is_some();
    let indefinite = (floor..noun)
        .rev()
        .take_while(|&k| plain(k) || name(k) || s.any(k, W::Indefinite))
        .any(|k| s.any(k, W::Indefinite));
    !indefinite
}

/// How far after a medium's cue the "as saying" of whom it quotes may stand.
const QUOTED_REACH: usize = 25;

/// "BBC cited Budi Gunawan, chief of …, as saying": the medium's cue reports nothing of its own;
/// the gerund after "as" is the statement of whom it quotes.
fn not_quoting_medium(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    let Some(cues) = s.lex.cues.get(s.lang) else {
        return true;
    };
    let gerund = |k: usize| {
        cues.longest_at(s.toks, k, lower)
            .is_some_and(|(_, g)| g.kind == CueKind::Gerund)
    };
    let end = (c.i + c.n + QUOTED_REACH).min(s.to);
    !(c.i + c.n..end)
        .take_while(|&k| !s.is_quote_open(k) && !gerund(k))
        .any(|k| s.m(k).is(W::QuotedAs) && k + 1 < s.to && gerund(k + 1))
}

/// "Obama called Naghmeh Abedini.", "Clinton called her to set up a meeting", "called Smith on
/// Monday": a form of a verb of contact whose object closes its clause or is followed by a
/// purpose, a preposition, an adverb or a time is a telephone call, no report ("called Haley “very weak”",
/// "calls Trump a sociopath": a complement after the object reports).
fn contact_has_complement(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    if !s.m(c.i).is(W::ContactCue) || c.n > 1 {
        return true;
    }
    let k = c.i + c.n;
    let object_end = if k < s.to && s.m(k).is(W::ObjectPronoun) {
        k + 1
    } else if let Some(m) = s.mention_starting(k) {
        m.end
    } else if k < s.to && s.toks[k].is_capitalized() && !s.lex.calendar.is_date_word(s.low(k)) {
        (k..s.to)
            .find(|&j| !s.toks[j].is_capitalized())
            .unwrap_or(s.to)
    } else {
        return true;
    };
    // (over a day: called that report Friday a "lie")
    let next = (object_end..s.to)
        .find(|&j| !s.lex.calendar.is_date_word(s.low(j)))
        .unwrap_or(s.to);
    if next >= s.to {
        return false;
    }
    let m = s.m(next);
    // (not a comma: an apposition to the object may come before the complement, called Mr. X,
    // a former director, an outstanding leader)
    let closes = matches!(s.low(next), "." | ";" | "!" | "?");
    // (nor an adverb: called Sanders shortly after the result)
    let adverb = s.is_adverb(next);
    !(closes || adverb || m.is(W::InfinitiveMarker) || m.is(W::And) || m.is(W::Preposition))
}

/// « a annoncé avoir demandé le remplacement de X »: a cue in the perfect infinitive right after
/// another cue is what that cue reports, not a statement of its own; nor is a bare form
/// coordinated with an infinitive (urged him to resign and apologize).
fn not_infinitive_of_a_cue(s: &Sentence<'_>, c: &Candidate, out: &[CueAt]) -> bool {
    if infinitive::coordinated(s, c) {
        return false;
    }
    let Some(a) = c.aux.filter(|&a| s.any(a, W::AuxInfinitive)) else {
        return true;
    };
    !out.last()
        .is_some_and(|p| p.end <= a && (p.end..a).all(|k| s.is_skip(k)))
}

/// A reflexive verb's participle needs its pronoun: "s'est défendu", not "l'a défendu". And « La
/// saison s'annonce difficile », « la menace se précise », « cela s'appelle tricher »: the
/// pronominal form of a verb that is no reflexive lemma, where the language has it as a middle
/// voice, tells what the subject undergoes or becomes, no report.
fn pronominal_form_fits(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    if c.cue.reflexive {
        return c.cue.kind != CueKind::Participle
            || (c.stop > s.from && s.any(c.stop - 1, W::Reflexive));
    }
    // (the pronoun right before the verb, or before its auxiliary: s'est annoncée)
    let pronoun = |k: usize| k > s.from && s.any(k - 1, W::Reflexive);
    !(pronoun(c.i) || c.aux.is_some_and(pronoun))
        || !s.lex.words.is(W::MiddleVoice, &c.cue.lemma, s.lang_id)
}

/// "would respond", "va annoncer", "if he says", "avant qu'il n'annonce": a modal or a
/// hypothetical clause makes it no report.
fn not_modal_or_hypothetical(s: &Sentence<'_>, c: &Candidate, _: &[CueAt]) -> bool {
    // (an infinitive's place is checked with its purpose word, which may be a modal: to)
    if c.cue.kind == CueKind::Infinitive {
        return true;
    }
    let i = c.i;
    let mut k = i;
    while k > s.from && i - k < 4 {
        // modals are lower case: "Theresa May pledged" is no modal
        if s.any(k - 1, W::Modal) && !s.toks[k - 1].is_capitalized() {
            return false;
        }
        if !s.is_skip(k - 1) {
            break;
        }
        k -= 1;
    }
    let hypothetical = (i.saturating_sub(4).max(s.from)..i).any(|k| {
        s.any(k, W::Conditional)
            || (s.any(k, W::Complementizer) && k > s.from && s.any(k - 1, W::NotYetQue))
    });
    !hypothetical
}

/// Each kind of form reports only in its place: a participle after its auxiliary (or alone where
/// the language has a simple past), a finite verb not after a determiner nor as a reduced relative,
/// a gerund after a comma or its particle, a noun with its source.
fn form_fits_its_place(s: &Sentence<'_>, c: &Candidate, out: &[CueAt]) -> bool {
    let (i, n, prev) = (c.i, c.n, c.prev.as_str());
    let prev_noun_marker = article_before(s, i) || described_noun(s, i);
    match c.cue.kind {
        CueKind::Participle => {
            c.aux.is_some()
                || c.passive
                // English simple past without auxiliary, but not a reduced relative (The move,
                // called prorogation, …; a report published by X: the report's issuer)
                || (s.setting(Setting::ParticipleAlone)
                    && !prev_noun_marker
                    && prev != ","
                    && !issued_document(s, i, n)
                    && !object_first_passive(s, c))
                // "a exprimé … et salué …": the auxiliary is shared
                || (i > s.from && s.any(i - 1, W::And) && !out.is_empty())
        }
        CueKind::Finite => {
            // (a document's verb after the name of its issuer: the decree signed by the Pope read)
            let document = s.any(i, W::DocumentCue) && study_before(s, i);
            // (right after a verb that reports, no bare form itself, a noun opening what it
            // reports: said demand had fallen; not the agriculture report said)
            let after_verb = out.last().is_some_and(|o| {
                o.end == i
                    && matches!(o.cue.kind, CueKind::Finite | CueKind::Participle)
                    && !is_lemma(s, o.start..o.end, &o.cue.lemma)
            });
            // (a form with the plural's ending after an auxiliary is a noun: Taiwan have claims
            // in the area, has concerns)
            let noun_after_aux = c.aux.is_some() && n == 1 && s.plural_form(i);
            !prev_noun_marker
                && !after_verb
                && !noun_after_aux
                && !reduced_relative(s, c)
                && (document || !noun_after_name(s, c))
                && !issued_document(s, i, n)
                && !object_first_passive(s, c)
        }
        // an infinitive reports after its purpose word (pour, to) in a clause that says what
        // was done
        CueKind::Infinitive => infinitive::fits(s, c),
        // a gerund reports only after a comma, a dash or "en" (ajoutant que, en annonçant, adding
        // that); "protesting legislators" is an adjective
        CueKind::Gerund => gerund::fits(s, i, out),
        CueKind::Inverted | CueKind::Preposition => true,
        CueKind::Noun => nominal_has_source(s, i, n),
    }
}

/// "the CNN report that …", "an AP report is misleading", "a phone call", "the Trump-Ukraine
/// call", "a Russian report": where the language's verbs agree, a bare form (the lemma) right
/// after one name or nationality, which is singular, or after a singular article and a word, is a
/// noun the name or the word qualifies.
/// A plural name (Democrats report) or coordinated names (Clinton and Trump say) are subjects; not
/// a name after a singular article (a Reuters report).
fn noun_after_name(s: &Sentence<'_>, c: &Candidate) -> bool {
    let i = c.i;
    // (a phrase with its object is a verb's: Ann Cole put it; not the Russian call for talks)
    let phrase = c.n > 1 && !s.any(i + c.n - 1, W::Preposition);
    if !s.setting(Setting::BareFormNotAfterOneName) || i == s.from || phrase {
        return false;
    }
    // "a phone call", "a conference call", "the 95-page report": an article and a word in the
    // singular that qualifies it
    // (or a weekday: a Sunday tweet)
    let qualified = i >= s.from + 2
        && (s.any(i - 2, W::Indefinite)
            || s.any(i - 2, W::Definite) && !s.plural_form(i - 1) && !s.any(i - 1, W::PluralNoun))
        && s.toks[i - 1].is_word()
        && (!s.toks[i - 1].is_capitalized() || s.lex.calendar.is_weekday(s.low(i - 1)))
        && !s
            .m(i - 1)
            .any_of(&[W::Relative, W::Complementizer, W::Aux, W::Modal]);
    // (unless what it reports follows: made the following comment: "…")
    let reports = i + c.n < s.to && s.opens_report(i + c.n);
    if qualified && c.is_bare(s) && !reports {
        return true;
    }
    let Some(m) = s.mentions.iter().find(|m| {
        m.end == i && matches!(m.kind, MentionKind::Entity(_) | MentionKind::Adjective(_))
    }) else {
        return false;
    };
    // (a name that ends like a plural is singular after a singular article: a Reuters report
    // said; not before the clause it reports: a New York Times report that X had …)
    let clause = i + c.n < s.to && s.any(i + c.n, W::Complementizer);
    let singular = m.start > s.from && s.any(m.start - 1, W::Indefinite) && !clause;
    let plural = !singular && (s.plural_form(i - 1) || s.any(i - 1, W::PluralNoun));
    let coordinated = m.start > s.from && (s.any(m.start - 1, W::And) || s.low(m.start - 1) == ",");
    !plural && !coordinated && c.is_bare(s)
}

/// A nominal report names its source: "l'annonce de X", "condemnation from X", "son annonce"
/// (the possessor); "la cour d'appel de Paris", "un appel d'offres" are complements.
fn nominal_has_source(s: &Sentence<'_>, i: usize, n: usize) -> bool {
    let source_after = s.any(i + n, W::SourceOf)
        && (i + n + 1..(i + n + 4).min(s.to)).any(|k| {
            s.mention_starting(k)
                .is_some_and(|m| !matches!(m.kind, MentionKind::Adjective(_) | MentionKind::Vague))
        });
    // (a preposition with no article: « des révélations de Mediapart » has one, and reports)
    let complement = i > s.from && s.any(i - 1, W::Of) && !s.any(i - 1, W::Contraction);
    let possessed = i > s.from && s.any(i - 1, W::Possessive) && !s.any(i + n, W::Of);
    !complement && (source_after || possessed)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    #[test]
    fn a_threat_named_by_its_noun_reports_only_with_its_terms() {
        for (body, content) in [
            (
                "Senator Ann Cole threatened to block the bill.",
                "to block the bill",
            ),
            (
                "Senator Ann Cole threatened Mexico with tariffs.",
                "Mexico with tariffs",
            ),
        ] {
            let s = one("en", SAT, body);
            assert_eq!(
                (s.act, s.content.as_deref()),
                ("threaten", Some(content)),
                "{body}"
            );
        }
        // a threat from a group is a danger (the noun needs its terms in every language)
        for body in [
            "Senator Ann Cole spoke of the threat from the Islamic State.",
            "Senator Ann Cole warned about threats from Russia and the Islamic State.",
        ] {
            let all = run("en", SAT, body);
            assert!(all.iter().all(|s| s.act != "threaten"), "{body}: {all:?}");
        }
    }

    #[test]
    fn english_verbs_of_speech_that_report() {
        for (body, cue, act) in [
            (
                "Senator Ann Cole chastised the agency for the delay.",
                "chastise",
                "criticize",
            ),
            (
                "The minister Ann Cole implied that the deal was dead.",
                "imply",
                "say",
            ),
            ("\"Not now,\" Ann Cole muttered.", "mutter", "say"),
            (
                "Senator Ann Cole scoffed at the idea of a tax cut.",
                "scoff at",
                "reject",
            ),
            (
                "Senator Ann Cole countered that the ad was false.",
                "counter",
                "say",
            ),
            (
                "Governor Tom Reed complimented the rescuers.",
                "compliment",
                "praise",
            ),
        ] {
            let all = run("en", SAT, body);
            assert!(
                all.iter().any(|s| s.cue == cue && s.act == act),
                "{body}: {all:?}"
            );
        }
        // their nouns report nothing
        for body in [
            "The pills are sold over the counter in Ann Cole's state.",
            "Senator Ann Cole's compliments to the chef were noted.",
        ] {
            let all = run("en", SAT, body);
            assert!(
                all.iter()
                    .all(|s| !matches!(s.cue.as_str(), "counter" | "compliment")),
                "{body}: {all:?}"
            );
        }
    }

    #[test]
    fn appeler_reports_an_appeal_only_with_its_terms() {
        for text in [
            "Le randonneur Jean Morin est parti seul. Il l'avait appelée pour lui dire qu'il était fatigué.",
            "Le président Jean Morin a appelé Vladimir Poutine mardi.",
            "Sa femme Marie Morin s'est effondrée alors que son mari appelait les secours.",
        ] {
            let all = run("fr", SAT, text);
            assert!(all.iter().all(|s| s.cue != "appeler"), "{text}: {all:?}");
        }
        for text in [
            "Le ministre Jean Morin a appelé les Français à voter.",
            "Le ministre Jean Morin appelle au calme.",
            "Le ministre Jean Morin a salué celui qu'il appelle le père de la démocratie.",
        ] {
            let all = run("fr", SAT, text);
            assert!(all.iter().any(|s| s.cue == "appeler"), "{text}: {all:?}");
        }
    }

    #[test]
    fn declaring_a_state_of_emergency_is_an_act_no_report() {
        // GUIDELINES: declaring a state of emergency is no statement
        for body in [
            "Le gouverneur Paul Morin a déclaré l'état d'urgence dans le comté.",
            "Le président Paul Morin déclare la guerre aux passeurs.",
        ] {
            let all = run("fr", SAT, body);
            assert!(all.is_empty(), "{body}: {all:?}");
        }
        // what it reports after it, a quotation before it or an incise's comma: a report
        for body in [
            "« Nous resterons », a déclaré le ministre Paul Morin.",
            "« Nous resterons » a déclaré le ministre Paul Morin.",
            "La situation est grave, a déclaré le ministre Paul Morin.",
            "Le ministre Paul Morin a déclaré la semaine dernière que la situation est grave.",
        ] {
            let all = run("fr", SAT, body);
            assert!(all.iter().any(|s| s.cue == "déclarer"), "{body}: {all:?}");
        }
    }

    #[test]
    fn a_cue_of_several_words_reports_with_an_adverb_after_its_verb() {
        for (lang, body, cue) in [
            ("fr", "La police fait également savoir que la route est fermée.", "faire savoir"),
            (
                "fr",
                "Le collectif Sécurité pour tous met aussi en avant les problèmes de sécurité.",
                "mettre en avant",
            ),
            (
                "fr",
                "Le ministre Paul Morin est arrivé lundi. « Nous partirons », a-t-il aussi martelé.",
                "marteler",
            ),
            ("en", "Senator Ann Cole called again for the minister to resign.", "call for"),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.iter().any(|s| s.cue == cue), "{body}: {all:?}");
        }
        // not over a pronoun or a determiner
        let all = run(
            "en",
            SAT,
            "The report makes that clear, Senator Ann Cole's aides noted.",
        );
        assert!(all.iter().all(|s| s.cue != "make clear"), "{all:?}");
    }

    #[test]
    fn a_french_middle_voice_reports_nothing() {
        // the pronominal form of these verbs tells what the subject undergoes or becomes
        for body in [
            "La saison de Claire Petit s'annonce difficile, selon ses proches.",
            "Le coureur Paul Martin s'annonce comme un sérieux prétendant au titre.",
            "La candidature du maire Paul Martin se précise.",
            "La victoire de Claire Petit s'est confirmée dimanche soir.",
            "La mission de l'Agence spatiale européenne s'est conclue jeudi.",
            "Cette hausse s'ajoute à la baisse des ventes de l'entreprise Sodexa.",
        ] {
            let all = run("fr", SAT, body);
            assert!(
                all.iter().all(|s| !matches!(
                    s.cue.as_str(),
                    "annoncer" | "préciser" | "confirmer" | "conclure" | "ajouter"
                )),
                "{body}: {all:?}"
            );
        }
        // a reflexive lemma reports, and so does the verb without its pronoun
        for (body, cue) in [
            (
                "Le ministre Paul Martin s'est exprimé devant la presse.",
                "exprimer",
            ),
            ("Paul Martin se dit prêt à partir.", "se dire"),
            (
                "La ministre Claire Petit a annoncé sa démission.",
                "annoncer",
            ),
            ("Le ministre Paul Martin l'a précisé jeudi.", "préciser"),
        ] {
            let all = run("fr", SAT, body);
            assert!(all.iter().any(|s| s.cue == cue), "{body}: {all:?}");
        }
    }

    #[test]
    fn a_french_threat_reports_only_with_its_terms_or_a_threatened_entity() {
        for (body, content) in [
            (
                "Le président turc Recep Tayyip Erdogan a menacé de fermer la frontière.",
                "de fermer la frontière",
            ),
            (
                "La Commission européenne menace l'Italie de sanctions financières.",
                "l'Italie de sanctions financières",
            ),
            (
                "Le ministre russe Sergueï Lavrov a menacé Washington dimanche.",
                "Washington dimanche",
            ),
            (
                "Le gouvernement malien a menacé les auteurs des exactions de poursuites.",
                "les auteurs des exactions de poursuites",
            ),
        ] {
            let s = one("fr", SAT, body);
            assert_eq!(
                (s.act, s.content.as_deref()),
                ("threaten", Some(content)),
                "{body}"
            );
        }
        for body in [
            "Le groupe État islamique, selon l'armée, menace désormais la route de l'aéroport.",
            "L'homme armé Paul Girard menaçait les passants avec un couteau.",
            "La crue de la Seine menace la sécurité de la région.",
        ] {
            let all = run("fr", SAT, body);
            assert!(all.iter().all(|s| s.act != "threaten"), "{body}: {all:?}");
        }
        // in English the punishment may be the object
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole threatened sanctions against the firm.",
        );
        assert_eq!(s.act, "threaten");
    }

    #[test]
    fn a_gerund_in_an_incise_before_the_verb_is_how_its_subject_spoke() {
        for (body, who, cue) in [
            ("Reuters, citing two officials, reported that the talks had stalled.", "Reuters", "report"),
            ("Senator Ann Cole (D-Ohio), noting the size of the crowd, said the rally was a success.", "Ann Cole", "say"),
            ("But Sen. Ann Cole, pointing to the polls, argued that the race was close.", "Ann Cole", "argue"),
        ] {
            let s = one("en", SAT, body);
            assert_eq!((s.speaker.as_str(), s.cue.as_str()), (who, cue), "{body}");
        }
        // a gerund after a clause of its own is a statement (the noun after it is no verb)
        let all = run(
            "en",
            SAT,
            "Paul Smith echoed the view of the governor, saying the plan was sound, remarks that were widely shared.",
        );
        assert!(
            all.iter()
                .any(|s| s.cue == "say" && s.speaker == "Paul Smith"),
            "{all:?}"
        );
    }

    #[test]
    fn a_french_future_or_conditional_reports_nothing_yet() {
        for body in [
            "Le ministre Paul Morin annoncera sa candidature demain soir.",
            "Le président Paul Morin proposerait un accord aux syndicats.",
            "Le Burundi ne reconnaîtra plus l'autorité de la cour.",
        ] {
            assert!(run("fr", SAT, body).is_empty(), "{body}");
        }
        // the conditional auxiliary of a report is still one (il aurait déclaré)
        let s = one(
            "fr",
            SAT,
            "Le ministre Paul Morin aurait déclaré que la réforme était morte.",
        );
        assert_eq!(s.speaker, "Paul Morin");
    }

    #[test]
    fn a_gerund_after_a_quotations_comma_an_adverb_or_its_own_subject_reports() {
        for (lang, body, who, cue) in [
            ("en", "Senator Ann Cole defended \"Ohio values,\" saying the state embodied the best of the country.", "Ann Cole", "say"),
            ("en", "Senator Ann Cole, after initially saying she would not run, entered the race.", "Ann Cole", "say"),
            // an absolute clause: with X saying, – X saying
            ("en", "Rescue work was halted on Monday, with Paul Smith describing a real threat of collapse.", "Paul Smith", "describe"),
            ("en", "Both leaders issued a statement – Paul Smith saying he was encouraged.", "Paul Smith", "say"),
            // (after a dash, as after a comma: the subject of the clause before)
            ("en", "Senator Ann Cole changed her mind on the spot – saying she would back the bill.", "Ann Cole", "say"),
            ("en", "Senator Ann Cole changed her mind on the spot — saying she would back the bill.", "Ann Cole", "say"),
            ("fr", "Le chômage a augmenté, le ministre Paul Morin promettant pourtant de l'inverser.", "Paul Morin", "promettre"),
        ] {
            let all = run(lang, SAT, body);
            assert!(all.iter().any(|s| s.speaker == who && s.cue == cue), "{body}: {all:?}");
        }
    }

    #[test]
    fn a_verb_after_a_name_that_ends_in_s_reports() {
        // the 's of Moody's is its name's, no genitive that makes "said" a noun
        let s = one(
            "en",
            SAT,
            "Moody's said the outlook for the bank was negative.",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Moody's", "say"));
    }

    #[test]
    fn english_idioms_of_saying_and_criticising() {
        for (body, act) in [
            (
                "Senator Ann Cole made it clear that she would not run.",
                "say",
            ),
            (
                "Senator Ann Cole has railed against the trade deal for years.",
                "criticize",
            ),
            (
                "Senator Ann Cole lashed out at the governor on Monday.",
                "criticize",
            ),
            ("Senator Ann Cole made clear that she would not run.", "say"),
            (
                "Senator Ann Cole railed at the governor on Monday.",
                "criticize",
            ),
            ("Senator Ann Cole took aim at the trade deal.", "criticize"),
            (
                "Senator Ann Cole sniped that the governor was asleep.",
                "criticize",
            ),
            (
                "Senator Ann Cole seconded the motion of the governor.",
                "agree",
            ),
            (
                "Senator Ann Cole drew attention to the cost of the plan.",
                "say",
            ),
            // (over "too" between the subject and its verb)
            (
                "Senator Ann Cole too suggested that the plan would fail.",
                "say",
            ),
        ] {
            let s = one("en", SAT, body);
            assert_eq!((s.speaker.as_str(), s.act), ("Ann Cole", act), "{body}");
        }
        // calling off is cancelling, calling into a program phoning it, a conference call or a
        // roll call no call, the so called no one's words; a second is a rank or a time
        for body in [
            "Senator Ann Cole spoke during a conference call with donors.",
            "Senator Ann Cole passed more bills by roll call vote than anyone.",
            "The so called reformers met Senator Ann Cole on Monday.",
            "The union called off the strike on Monday.",
            "Senator Ann Cole is calling off her campaign.",
            "Senator Ann Cole called into a morning show while on the road.",
            "Ann Cole died when some calls into the hotline went to voicemail.",
            "Senator Ann Cole finished second in ten seconds.",
            "Senator Ann Cole left. That said, the vote went ahead.",
            "Senator Ann Cole left. All told, the vote went ahead.",
            // (after an article and a word in the singular, a bare form is a noun)
            "The Security Council received the 95-page report on Wednesday.",
            "The attorney general will have the final say on the case.",
        ] {
            assert!(run("en", SAT, body).is_empty(), "{body}");
        }
        // … unless what it reports follows
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole made the following comment: \"We will win.\"",
        );
        assert_eq!(s.speaker, "Ann Cole");
        // « autrement dit », « cela dit »: in other words, that said; « proprement dit »: itself
        for body in [
            "Le ministre Paul Morin est parti. Autrement dit, le vote a eu lieu.",
            "Le ministre Paul Morin est parti. Cela dit, le vote a eu lieu.",
            "Lydie Morin est accusée d'avoir aidé, sans avoir participé au crime proprement dit.",
            "Le ministre Paul Morin a quitté la salle avant le vote proprement dit.",
        ] {
            assert!(run("fr", SAT, body).is_empty(), "{body}");
        }
    }

    #[test]
    fn a_quotation_signed_by_a_dash_and_a_name_is_that_persons() {
        for (lang, body, who) in [
            (
                "en",
                "“He is not a leader, he is a dictator.” ― Ann Cole.",
                "Ann Cole",
            ),
            ("en", "\"We deserve better.\" — Paul Smith", "Paul Smith"),
            (
                "fr",
                "« Nous ne reculerons pas » — Paul Morin.",
                "Paul Morin",
            ),
        ] {
            let s = one(lang, SAT, body);
            assert_eq!((s.speaker.as_str(), s.mode), (who, "direct"), "{body}");
        }
        // a byline after a report signs the article, not the quotation
        let all = run(
            "en",
            SAT,
            "Paul Smith said he would \"try to form a government.\"--Ann Cole.",
        );
        assert!(all.iter().all(|s| s.speaker == "Paul Smith"), "{all:?}");
    }

    #[test]
    fn a_participle_after_when_heads_a_passive_clause() {
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole, when asked about the vote, said it was a mistake.",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Ann Cole", "say"));
        for body in [
            "Paul Smith looked uneasy when asked about the vote.",
            "Paul Smith never answers unless pressed by his staff.",
        ] {
            assert!(run("en", SAT, body).is_empty(), "{body}");
        }
    }

    #[test]
    fn assurer_reports_only_what_it_assures() {
        // « assurer le vol, l'intérim, la permanence » is to operate or to provide
        for body in [
            "L'avion de la compagnie Kelmar, qui assurait le vol 704, a disparu.",
            "Le général Paul Morin assure l'intérim jusqu'en mars.",
        ] {
            assert!(run("fr", SAT, body).is_empty(), "{body}");
        }
        let s = one(
            "fr",
            SAT,
            "Le ministre Paul Morin a assuré aux députés que la réforme serait votée.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Paul Morin", "say"));
        // … or, as an incise, what comes before it
        for body in [
            "La réforme sera votée, assure le ministre Paul Morin.",
            "La réforme sera votée, a assuré le ministre Paul Morin.",
            "Comme l'assure le ministre Paul Morin, la réforme sera votée.",
        ] {
            assert_eq!(one("fr", SAT, body).speaker, "Paul Morin", "{body}");
        }
        assert!(run("fr", SAT, "L'avion, qui assurait le vol 704, a disparu.").is_empty());
        assert!(run("fr", SAT, "Paul Morin, ancien général, assure l'intérim.").is_empty());
        // compléter and rapporter likewise: not « complète le podium », « rapporte une médaille »
        for body in [
            "La nageuse Anne Morin complète le podium.",
            "Le podium est complété par la nageuse Anne Morin.",
            "Paul Morin rapporte à la France une médaille d'or.",
        ] {
            assert!(run("fr", SAT, body).is_empty(), "{body}");
        }
        // écrire likewise: not « écrit un roman », « a écrit pour Dalida »
        assert!(run("fr", SAT, "Paul Morin écrit un roman sur sa jeunesse.").is_empty());
        let s = one(
            "fr",
            SAT,
            "« Nous sommes prêts », complète le ministre Paul Morin.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Paul Morin", "say"));
    }

    #[test]
    fn a_bare_form_after_one_name_is_a_noun() {
        for body in [
            "The CNN report that the senator would quit was wrong.",
            "A Pentagon report released in May found no such link.",
            "The CNN anchor joined a conference call with the Pentagon on Monday.",
            // (a weekday qualifies it too)
            "The CNN anchor mocked the Pentagon in a Sunday tweet.",
        ] {
            // (the report's finding is the Pentagon's: not a report by it)
            let all = run("en", SAT, body);
            assert!(
                all.iter()
                    .all(|s| s.cue == "find" || s.speaker != "CNN" && s.speaker != "Pentagon"),
                "{body}: {all:?}"
            );
        }
        // plural names, plural nouns and coordinated names are subjects
        for (body, speaker) in [
            ("Houthis say the port was shelled.", "Houthis"),
            ("Police say the driver fled.", "Police"),
            ("Clinton and Trump say the debate will go ahead.", "Trump"),
        ] {
            let all = run("en", SAT, body);
            assert!(all.iter().any(|s| s.speaker == speaker), "{body}: {all:?}");
        }
        // a name that ends like a plural is singular after "a": its report is a noun
        let s = one(
            "en",
            SAT,
            "A Reuters report on Monday said the camps were full.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.cue.as_str(), s.content.as_deref()),
            ("Reuters", "say", Some("the camps were full"))
        );
    }

    #[test]
    fn a_call_with_no_complement_after_its_object_is_no_report() {
        for body in [
            "Governor Tom Reyes called Anne Cole on Monday.",
            "Governor Tom Reyes called Anne Cole to congratulate her.",
            "Governor Tom Reyes called her and offered help.",
            "Governor Tom Reyes called Anne Cole.",
            "Governor Tom Reyes, who called Anne Cole shortly after the vote, left early.",
        ] {
            let all = run("en", SAT, body);
            assert!(all.iter().all(|s| s.cue != "call"), "{body}: {all:?}");
        }
        for body in [
            "Governor Tom Reyes called Anne Cole \"a liar.\"",
            "Governor Tom Reyes called Anne Cole, his former ally, a traitor.",
            "Governor Tom Reyes called that report Friday a \"boldfaced lie.\"",
        ] {
            let all = run("en", SAT, body);
            assert!(all.iter().any(|s| s.cue == "call"), "{body}: {all:?}");
        }
    }

    #[test]
    fn hypothetical_and_future_clauses_are_not_reports() {
        // French Wikinews, 2016 (CC BY 2.5)
        let all = run(
            "fr",
            "2016-11-16",
            "Il espère imposer sa candidature avant qu'il n'annonce la sienne.",
        );
        assert!(all.is_empty(), "{all:?}");
        assert!(run("en", "2019-01-07", "If he says no, the talks will end.").is_empty());
    }

    #[test]
    fn french_nominal_reports_name_their_source() {
        let all = run(
            "fr",
            SAT,
            "Les critiques de Jean Dupont contre la réforme ont surpris la majorité.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            (all[0].speaker.as_str(), all[0].act),
            ("Jean Dupont", "criticize")
        );
        // after a contraction (de + les), a noun of report still has its article and reports
        let s = one(
            "fr",
            SAT,
            "L'enquête a été ouverte à la suite des révélations de l'hebdomadaire Marianne.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Marianne", "announce"));
        // coordinated sources of a nominal report, one statement each
        for (lang, body) in [
            (
                "fr",
                "Malgré les critiques de l'Algérie et de l'Égypte, le Maroc a été réadmis.",
            ),
            (
                "en",
                "Despite condemnation from Algeria and from Egypt, Morocco was readmitted.",
            ),
        ] {
            let mut who: Vec<String> = run(lang, SAT, body)
                .into_iter()
                .map(|s| s.speaker)
                .collect();
            who.sort();
            assert_eq!(who, ["Algeria", "Egypt"], "{body}");
        }
    }

    #[test]
    fn a_promise_takes_what_is_promised() {
        // French Wikinews, 2016 (CC BY 2.5)
        assert!(run(
            "fr",
            "2016-06-12",
            "Jean-Marie Tjibaou s'était immédiatement engagé dans les premiers mouvements kanak."
        )
        .is_empty());
        let s = one(
            "fr",
            "2016-09-04",
            "Valérie Pécresse s'est engagée à développer la vidéosurveillance.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Valérie Pécresse", "promise"));
        let s = one(
            "en",
            "2019-01-07",
            "Prime Minister Theresa May pledged to hold a vote.",
        );
        assert_eq!(s.act, "promise");
        // what is promised as an object
        for (lang, text, who) in [
            (
                "en",
                "Norway and Japan pledged $5 million in aid on Monday.",
                "Norway",
            ),
            (
                "en",
                "Senator Ann Cole vowed revenge on Monday.",
                "Ann Cole",
            ),
            (
                "fr",
                "Le ministre Paul Morin a promis une aide aux agriculteurs.",
                "Paul Morin",
            ),
        ] {
            let all = run(lang, SAT, text);
            assert!(
                all.iter().any(|s| s.speaker == who && s.act == "promise"),
                "{text}: {all:?}"
            );
        }
        // a participle as an adjective, or swearing in, promises nothing
        for text in [
            "Ann Cole has won 758 pledged delegates so far.",
            "Ann Cole has won more states and more pledged delegates.",
            "Mayor Tom Reyes was sworn in on Monday.",
            // (nor does a noun with the plural's ending after an auxiliary claim anything)
            "Besides Ruritania, Borduria and Syldavia have claims in the area.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn pour_x_comma_attributes_an_opinion() {
        // French Wikinews, 2016 (CC BY 2.5)
        let all = run(
            "fr",
            "2016-09-04",
            "Le collectif Sécurité pour tous a organisé la manifestation. Pour ce collectif, l'insécurité augmente depuis quelques années.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        // the name stops at its last capitalised word: "collectif Sécurité"
        assert!(
            all[0].speaker.starts_with("collectif Sécurité"),
            "{}",
            all[0].speaker
        );
        assert_eq!(all[0].mode, "according_to");
        // "pour" without a source and a comma is no attribution
        assert!(run("fr", SAT, "Pour la première fois, la ville a voté.").is_empty());
        // Pour lui, …: the last person who spoke
        let all = run(
            "fr",
            SAT,
            "Le militant Marc Lenoir a parlé lundi. Pour lui, le régime est dans une fuite en avant.",
        );
        assert_eq!(
            all.last().map(|s| (s.speaker.as_str(), s.mode)),
            Some(("Marc Lenoir", "according_to")),
            "{all:?}"
        );
    }

    #[test]
    fn pour_x_comma_after_a_connective_and_pour_eux() {
        // after a connective and its comma, or « mais »: the opinion is what follows
        for (text, who, said) in [
            (
                "Cela dit, pour le juge Paul Morin, cette somme pourrait être plus importante.",
                "Paul Morin",
                "cette somme pourrait être plus importante",
            ),
            (
                "Mais pour Paul Morin, « le problème est que tout le monde connaît sa stratégie ».",
                "Paul Morin",
                "« le problème est que tout le monde connaît sa stratégie »",
            ),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.content.as_deref()),
                (who, Some(said)),
                "{text}"
            );
        }
        // « pour X, de … » is no opinion (impossible, pour Paul Morin, d'utiliser ce vélo)
        assert!(run(
            "fr",
            SAT,
            "Mais impossible, pour Paul Morin, d'utiliser ce vélo trop petit."
        )
        .is_empty());
        // Pour eux, …: the last who spoke in the paragraph, a body too; none if no one did
        let all = run(
            "fr",
            SAT,
            "Le ministère des Affaires étrangères rejette toute responsabilité. Pour eux, les \
             fosses communes datent de 1993.",
        );
        assert_eq!(
            all.last().map(|s| s.speaker.as_str()),
            Some("ministère des Affaires étrangères")
        );
        let all = run(
            "fr",
            SAT,
            "La décision a provoqué la colère des féministes. Pour eux, le pouvoir recule.",
        );
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn an_infinitive_after_pour_reports_what_the_subject_did() {
        for (text, who, cue) in [
            (
                "Le sénateur Paul Morin a profité de cette prise de parole pour critiquer la presse.",
                "Paul Morin",
                "critiquer",
            ),
            (
                "L'ex-ministre Claire Dubois fait appel pour demander l'annulation de sa destitution.",
                "Claire Dubois",
                "demander",
            ),
            // a plain report, with what it says after it
            (
                "Le groupe Vantor a profité de l'occasion pour rappeler qu'une enquête est en cours.",
                "Vantor",
                "rappeler",
            ),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!((s.speaker.as_str(), s.cue.as_str()), (who, cue), "{text}");
        }
        for text in [
            // not what will or may be done
            "Le président Paul Morin devrait profiter de la baisse pour annoncer sa candidature.",
            // a plain or supporting verb with a mere object reports nothing
            "La judoka Claire Dubois a gagné pour rapporter la première médaille au judo français.",
            "La Russie a envoyé des troupes pour soutenir le pouvoir.",
            // nor a reflexive (pour se défendre)
            "Le fermier Paul Morin a pris son fusil pour se défendre contre les voleurs.",
        ] {
            assert!(run("fr", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_infinitive_after_a_verb_of_means_reports_in_english() {
        for (text, cue) in [
            (
                "Senator Ann Cole took to Twitter to call the plan a disgrace.",
                "call",
            ),
            (
                "Senator Ann Cole spoke in Ohio. She went on to say the wall would fall.",
                "say",
            ),
            (
                "Senator Ann Cole used her speech to criticize the bill.",
                "criticize",
            ),
        ] {
            let all = run("en", SAT, text);
            let s = all.last().unwrap_or_else(|| panic!("no statement: {text}"));
            assert_eq!(
                (s.speaker.as_str(), s.cue.as_str()),
                ("Ann Cole", cue),
                "{text}"
            );
        }
        for text in [
            // an intention, a habit, a future, a question: nothing said yet
            "Senator Ann Cole plans to announce her decision on Monday.",
            "Senator Ann Cole used to criticize the bill.",
            "Senator Ann Cole is going to announce her decision.",
            "The union held a meeting on whether to endorse Senator Ann Cole.",
            "Senator Ann Cole would take to Twitter to criticize the bill.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn english_speech_acts() {
        let acts: Vec<&str> = run(
            "en",
            "2019-01-07",
            "Iran denied the report. The European Union condemned the attack. NATO urged both sides to show restraint. Beijing rejected the proposal.",
        )
        .iter()
        .map(|s| s.act)
        .collect();
        assert_eq!(acts, vec!["deny", "criticize", "appeal", "reject"]);
    }

    #[test]
    fn defending_questioning_and_pointing_to_report() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole defended the decision on Monday. Mayor Tom Reyes questioned the cost of the plan.",
        );
        let got: Vec<(&str, &str)> = all.iter().map(|s| (s.speaker.as_str(), s.act)).collect();
        assert_eq!(got, vec![("Ann Cole", "say"), ("Tom Reyes", "deny")]);
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole pointed to the rising cost of rents. Mayor Tom Reyes spoke about the flood on Monday.",
        );
        let got: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(got, vec!["Ann Cole", "Tom Reyes"]);
        // a question is a noun; being questioned, or held for questioning, is no report
        for text in [
            "The question of funding remains open, Ann Cole's aides say.",
            "Tom Reyes was questioned by police for hours.",
            "Police detained Tom Reyes for questioning.",
            "Tom Reyes was also drug tested and questioned for hours.",
        ] {
            assert!(
                run("en", SAT, text).iter().all(|s| s.act != "deny"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_recount_is_a_noun_and_recounted_a_verb() {
        assert!(run(
            "en",
            SAT,
            "The Florida recount in the 2000 election settled the race."
        )
        .is_empty());
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole recounted that the soldiers had arrived at night.",
        );
        assert_eq!(s.speaker, "Ann Cole");
        // contests, requests and appeals are nouns far more often than reports
        for text in [
            "Senator Ann Cole won the Republican contest in Nevada.",
            "Senator Ann Cole appeals to working-class voters in the state.",
            "Senator Ann Cole requests an absentee ballot every year.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole contested the results of the vote.",
        );
        assert_eq!(s.speaker, "Ann Cole");
        // a phrase that reports nothing, a form with a capital inside a name
        for text in [
            "Senator Ann Cole leads the race thanks to a big win in Ohio.",
            "Senator Ann Cole won the seat, thanks in large part to her brother.",
            "Senator Ann Cole recently called in to a town hall about the police.",
            "Senator Ann Cole won Ohio, adding to her lead in the race.",
            "Ann Cole reported from Dayton.",
            "Senator Ann Cole held her rally at the Holiday Inn Express in Dayton.",
            "The talks were led by Senator Ann Cole and Ahmed Said Khalil on Monday.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn finding_and_estimating_report_a_clause_only() {
        for text in [
            "Police found the car on Monday near the river.",
            "The former mayor was found guilty of fraud.",
            "The repairs are estimated at two million dollars.",
            // (a clause with no "that" needs a subject and its auxiliary)
            "Governor Ann Cole estimated the cost to be two million dollars.",
            "Governor Ann Cole declared a state of emergency that was lifted later.",
            "Governor Ann Cole fired back a response saying he would not run.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter().all(
                    |s| !["find", "estimate", "declare", "fire back"].contains(&s.cue.as_str())
                ),
                "{text}: {all:?}"
            );
        }
        for (text, who) in [
            (
                "The Supreme Court found that the suspension was unlawful.",
                "Supreme Court",
            ),
            // a clause with no "that": a subject and an auxiliary or a modal right after it
            (
                "The Supreme Court found the suspension was unlawful.",
                "Supreme Court",
            ),
            (
                "Mayor Tom Reyes visited the site. He estimated this would take a day.",
                "Tom Reyes",
            ),
            (
                "Mayor Tom Reyes boasted he had won the debate.",
                "Tom Reyes",
            ),
            (
                "The Red Cross estimated that half of the homes were destroyed.",
                "Red Cross",
            ),
        ] {
            assert_eq!(one("en", SAT, text).speaker, who, "{text}");
        }
        // (the data a purpose clause is about finds nothing: its verb has a subject of its own)
        for text in [
            "Tom Slate, whose firm uses data to help brands find suppliers, said the plan was good.",
            "Tom Slate, whose firm uses the report to find buyers, said the plan was good.",
        ] {
            let all = run("en", SAT, text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].speaker, "Tom Slate", "{text}");
        }
        // speaking reports words only with what was said after it
        assert!(run("en", SAT, "Senator Ann Cole spoke to reporters on Monday.").is_empty());
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole spoke to reporters: \"We will win the vote.\"",
        );
        assert_eq!(s.speaker, "Ann Cole");
        // … or with what it was about, over where and when, or "of" right after it; not "about"
        // a number
        for text in [
            "Senator Ann Cole spoke at the rally on Monday about the cost of rents.",
            "Senator Ann Cole boasted about the new factory.",
            "Senator Ann Cole spoke movingly of the new factory.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, "Ann Cole", "{text}");
            assert!(
                s.content
                    .as_deref()
                    .is_some_and(|c| c.contains("the new factory") || c.contains("the cost")),
                "{s:?}"
            );
        }
        assert!(run("en", SAT, "Senator Ann Cole spoke for about 30 minutes.").is_empty());
    }

    #[test]
    fn a_form_right_after_a_verb_that_reports_opens_what_it_reports() {
        // a noun, not a second cue that would cut the content
        for (text, said) in [
            ("Acme Holdings said demand had fallen.", "demand had fallen"),
            (
                "Senator Ann Cole said reports of fraud were false.",
                "reports of fraud were false",
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.content.as_deref(), Some(said), "{text}");
        }
    }

    #[test]
    fn reaffirming_reports_as_reasserting_does() {
        let s = one(
            "en",
            SAT,
            "Attorney General Ann Cole is reaffirming that the inquiry will go on.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.cue.as_str()),
            ("Ann Cole", "reaffirm")
        );
        assert_eq!(s.content.as_deref(), Some("the inquiry will go on"));
    }

    #[test]
    fn a_gerund_coordinated_with_a_gerund_cue_is_a_cue() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole attacked the bill, calling it a disgrace and warning that it would fail.",
        );
        let acts: Vec<&str> = all.iter().map(|s| s.act).collect();
        assert!(acts.contains(&"warn"), "{all:?}");
        assert!(all.iter().all(|s| s.speaker == "Ann Cole"), "{all:?}");
        // a gerund after "and" with no cue before it is no report
        assert!(run(
            "en",
            SAT,
            "Prices kept rising and falling while Ann Cole was away."
        )
        .is_empty());
        // a gerund after "in" reports with the clause's subject (joined X in condemning)
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole joined the governor in condemning the attack.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Ann Cole", "criticize"));
        // … and so does one after the gerund that opens the clause after its comma, not one
        // after a gerund inside it
        let s = one(
            "en",
            SAT,
            "Tom Reyes emailed her his condolences, addressing her as “Ann” and telling her, “you are tough.”",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Tom Reyes", "tell"));
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole unveiled an ad, featuring voters telling their stories and criticizing the plan.",
        );
        assert!(all.iter().all(|s| s.cue != "criticize"), "{all:?}");
        // (a name before a vague head speaks for no one)
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole spoke in Ohio. Cole supporters pushed them away, screaming and calling her names.",
        );
        assert!(all.iter().all(|s| s.cue != "call"), "{all:?}");
    }

    #[test]
    fn boasting_joking_predicting_mocking_and_making_public_report_words() {
        for (lang, text, act) in [
            (
                "en",
                "Senator Ann Cole boasted that she had never lost an election.",
                "say",
            ),
            (
                "en",
                "Senator Ann Cole bragged that the bill had passed.",
                "say",
            ),
            (
                "en",
                "Senator Ann Cole joked that the hearing would last all night.",
                "say",
            ),
            (
                "en",
                "Senator Ann Cole predicted that the bill would fail.",
                "say",
            ),
            (
                "en",
                "Senator Ann Cole speculated that the leak came from the embassy.",
                "say",
            ),
            (
                "en",
                "Senator Ann Cole scolded the chairman for the delay.",
                "criticize",
            ),
            (
                "fr",
                "Le ministre Paul Morin s'est moqué du projet de son rival.",
                "criticize",
            ),
            (
                "fr",
                "La ministre Anne Vert a raillé la proposition de l'opposition.",
                "criticize",
            ),
            (
                "fr",
                "Le président Paul Martin a tancé son ministre de l'Intérieur.",
                "criticize",
            ),
            // « rendre public », its adjective agreeing with the object
            (
                "fr",
                "Le ministère de la Santé a rendu public son rapport mardi.",
                "announce",
            ),
            (
                "fr",
                "La ministre Anne Vert rend publiques ses conclusions.",
                "announce",
            ),
            (
                "fr",
                "La liste a été rendue publique par la ministre Anne Vert.",
                "announce",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).act, act, "{text}");
        }
        // a place that boasts museums says nothing: "boast" reports only a clause or a quote
        assert!(run("en", SAT, "Mayor Ann Cole's city boasts thirty museums.").is_empty());
    }

    #[test]
    fn shooting_back_echoing_apologizing_alluding_and_concurring_report_words() {
        for (text, cue) in [
            (
                "\"That is false,\" Senator Ann Cole shot back.",
                "shoot back",
            ),
            (
                "Governor Tom Reed fired back that the plan was a disaster.",
                "fire back",
            ),
            ("Student Jo Park echoed: \"He speaks his mind.\"", "echo"),
            ("Mayor Paul Kerr apologized for the delay.", "apologize"),
            (
                "Senator Ann Cole alluded to the scandal in her speech.",
                "allude to",
            ),
            ("Judge Ann Holt concurred with the ruling.", "concur"),
            ("Senator Ann Cole opined that the court had erred.", "opine"),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.cue, cue, "{text}");
        }
        // gunfire, a theme and a film title report no words: "shoot back", "fire back" and
        // "echo" only with a clause or a quotation
        for text in [
            "Police shot back at the gunmen.",
            "Governor Tom Reed fired back at the protesters with tear gas.",
            "Senator Ann Cole echoed the themes of the campaign.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_bare_form_coordinated_with_an_infinitive_is_what_is_asked() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole called on Governor Tom Reed to stop attacking the judge and apologize.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].cue, "call on");
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole urged the minister to resign and explain the decision.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        // a place after "to" opens no infinitive
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole and Senator Bob Hale travel to Paris and condemn the raids.",
        );
        assert!(all.iter().any(|s| s.cue == "condemn"), "{all:?}");
    }

    #[test]
    fn an_aside_between_the_auxiliary_and_the_participle_keeps_the_cue() {
        for (lang, text, who) in [
            (
                "fr",
                "Le député Paul Morin a, de son côté, annoncé sa candidature.",
                "Paul Morin",
            ),
            (
                "fr",
                "La sénatrice Claire Dubois a, quant à elle, dénoncé un « recul ».",
                "Claire Dubois",
            ),
            (
                "en",
                "Senator Ann Cole has, however, said that she would vote no.",
                "Ann Cole",
            ),
            // where or when, a title in quotation marks, a date
            (
                "fr",
                "Le député Paul Morin a, lors de « La Matinale » du lundi 3 avril, accusé le maire de mentir.",
                "Paul Morin",
            ),
            (
                "fr",
                "La ministre Anne Vert a, à Bruxelles, dénoncé la décision de Moscou.",
                "Anne Vert",
            ),
            (
                "en",
                "Senator Ann Cole has, in a letter to the board, demanded the resignation of its chairman.",
                "Ann Cole",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).speaker, who, "{text}");
        }
        // a skip phrase of several words, walked back from the participle
        let all = run(
            "fr",
            SAT,
            "Le député Paul Morin et la sénatrice Claire Dubois ont tous les deux dénoncé la loi.",
        );
        let who: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(who, ["Paul Morin", "Claire Dubois"]);
        // a quantifier that may open a noun phrase is no article before the verb
        for (lang, text) in [
            (
                "en",
                "Senator Ann Cole and Governor Tom Reed both denounced the bill.",
            ),
            (
                "fr",
                "Le député Paul Morin et le sénateur Luc Petit ont tous dénoncé la loi.",
            ),
        ] {
            assert_eq!(run(lang, SAT, text).len(), 2, "{text}");
        }
    }

    #[test]
    fn an_adverbial_locution_between_the_auxiliary_and_the_participle_keeps_the_cue() {
        // French puts locutions of time and repetition there, not only adverbs in -ment
        for text in [
            "Le maire Louis Roux a à plusieurs reprises affirmé que le budget était équilibré.",
            "La ministre Anne Vert a de nouveau démenti ces informations.",
            "Le député Luc Petit a une nouvelle fois dénoncé la corruption.",
            "Le juge Henri Gros a encore une fois rappelé les faits.",
            "Le maire Louis Roux a d'ores et déjà annoncé sa candidature.",
            "Le syndicat SUD a par la suite demandé le retrait du texte.",
        ] {
            assert_eq!(run("fr", SAT, text).len(), 1, "{text}");
        }
        let all = run(
            "fr",
            SAT,
            "Le député Paul Morin et la sénatrice Claire Dubois ont eux aussi critiqué la loi.",
        );
        let who: Vec<&str> = all.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(who, ["Paul Morin", "Claire Dubois"]);
    }

    #[test]
    fn an_acronym_is_no_function_word_of_any_language() {
        // « un » is a French article, "who" a relative pronoun: not UN nor WHO written so
        for (text, who) in [
            ("The UN said that the camps were full.", "UN"),
            ("A UN report concluded that the camps were full.", "UN"),
            ("WHO warned that the virus would spread.", "WHO"),
        ] {
            let all = run("en", SAT, text);
            assert_eq!(
                all.first().map(|s| s.speaker.as_str()),
                Some(who),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn a_negated_cue_is_no_report() {
        for text in [
            "Le ministre Paul Morin n'a jamais dit qu'il partirait.",
            "La société n'a toutefois pas précisé le nombre de postes supprimés.",
            "La députée Anne Vidal n'a rien déclaré à la presse.",
        ] {
            assert!(run("fr", SAT, text).is_empty(), "{text}");
        }
        // a contraction negates as "not" does; so does "never"
        for text in [
            "Senator Ann Cole hasn't criticized the plan.",
            "Senator Ann Cole wouldn’t say when the vote would be held.",
            "Senator Ann Cole worked on the plan, but it wasn't approved because of opposition.",
            "Senator Ann Cole never mentioned the governor by name.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
        // « ne … que » restricts, it does not negate
        let s = one(
            "fr",
            SAT,
            "Le ministre Paul Morin n'a annoncé que deux mesures.",
        );
        assert_eq!(s.speaker, "Paul Morin");
    }

    #[test]
    fn a_name_a_colon_and_a_quotation_quote_the_named() {
        for (lang, text, who, quote) in [
            (
                "fr",
                "Le ministre Paul Morin : « Nous ne reculerons pas. »",
                "Paul Morin",
                "Nous ne reculerons pas.",
            ),
            (
                "en",
                "Republican pollster Ann Cole: \"Turnout will fall.\"",
                "Ann Cole",
                "Turnout will fall.",
            ),
            // over a parenthesis after the name
            (
                "en",
                "Rep. Tom Hale (R-S.C.): \"I have not heard a single witness.\"",
                "Tom Hale",
                "I have not heard a single witness.",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!((s.speaker.as_str(), s.mode), (who, "direct"), "{text}");
            assert_eq!(s.quote.as_deref(), Some(quote), "{text}");
        }
        // a clause before the colon, or a country, is no name that speaks
        for text in [
            "Ann Cole's message was clear: \"We will win.\"",
            "France: \"A new start.\"",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_document_reads_what_its_issuer_says() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole issued a statement on Monday. The statement read: \"We will not give up.\"",
        );
        let last = all.last().expect("a statement");
        assert_eq!(
            (last.speaker.as_str(), last.mode),
            ("Ann Cole", "direct"),
            "{all:?}"
        );
        assert_eq!(last.quote.as_deref(), Some("We will not give up."));
        // a sign or a headline, or a person reading, is no report
        for text in [
            "Senator Ann Cole spoke on Monday. A sign in the crowd read: \"Cole for mayor.\"",
            "Senator Ann Cole read the names of the victims on Monday.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_statement_released_or_issued_reports_once() {
        // released like issued; a statement's relative clause with a verb of its own reports,
        // once, with the issuer's words
        for (text, cue) in [
            (
                "Senator Ann Cole released a statement on Monday, calling the plan \"a disgrace.\"",
                "release a statement",
            ),
            (
                "Senator Ann Cole released a statement on Monday: \"We will not give up.\"",
                "release a statement",
            ),
            (
                "Senator Ann Cole issued a statement which said, \"We will not give up.\"",
                "say",
            ),
            (
                "Senator Ann Cole released a statement which read: \"We will not give up.\"",
                "read",
            ),
        ] {
            let all = run("en", SAT, text);
            let got: Vec<_> = all
                .iter()
                .map(|s| (s.speaker.as_str(), s.cue.as_str()))
                .collect();
            assert_eq!(got[0], ("Ann Cole", cue), "{text}: {all:?}");
            assert!(got.iter().all(|g| g.0 == "Ann Cole"), "{all:?}");
            assert!(
                all.iter().any(|s| s.content.is_some() || s.quote.is_some()),
                "{all:?}"
            );
            assert!(
                got.len() == 1 || cue == "release a statement",
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn continuing_reports_only_around_a_quotation() {
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole said the vote was close. \"We need more time,\" Cole continued.",
        );
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            (all[1].speaker.as_str(), all[1].mode),
            ("Ann Cole", "direct")
        );
        let s = one(
            "en",
            SAT,
            "Mayor Tom Reyes continued: \"The bridge will be rebuilt.\"",
        );
        assert_eq!((s.speaker.as_str(), s.mode), ("Tom Reyes", "direct"));
        for text in [
            "Mayor Tom Reyes continued to campaign in Iowa on Monday.",
            "The talks between Tom Reyes and the union continued for hours.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_participle_naming_a_thing_is_no_report() {
        for (lang, text) in [
            ("en", "Ann Cole joined a program called Sandy Hook Promise."),
            (
                "en",
                "Tom Reyes launched a new reading campaign called BlackGirlBooks.",
            ),
            (
                "fr",
                "Paul Morin a rejoint un mouvement appelé Nuit debout.",
            ),
            // an organisation's head, an article opening the sentence
            (
                "en",
                "The money went to a super PAC called Future45, funded by Ann Cole.",
            ),
            (
                "en",
                "A new group called Black Votes Matter is trying to raise money.",
            ),
            (
                "fr",
                "Un nouveau mouvement appelé Nuit debout a rassemblé des milliers de personnes.",
            ),
            // a name that qualifies the noun
            (
                "en",
                "Ann Cole founded a Facebook group called Occupy Main Street, which has members.",
            ),
        ] {
            assert!(run(lang, SAT, text).is_empty(), "{text}");
        }
        // a role or a name that calls something a name still speaks
        for text in [
            "A spokesman for Ann Cole called the plan a mistake.",
            "Ann Cole called the plan a mistake.",
        ] {
            assert_eq!(run("en", SAT, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_participle_of_issuing_after_a_document_describes_it() {
        for (text, said) in [
            (
                "Ann Cole, in a letter published in The Boston Herald, said the bill was dead.",
                "the bill was dead",
            ),
            (
                "Ann Cole wrote in a letter published on Tuesday that the bill was dead.",
                "the bill was dead",
            ),
            (
                "In a statement released Monday, Ann Cole warned that the bill was dead.",
                "the bill was dead",
            ),
            // (a document of the press too: an article, an op-ed, « une tribune »)
            (
                "Ann Cole, in an opinion article published in The Boston Herald, criticized the bill.",
                "the bill",
            ),
            (
                "Ann Cole, in an op-ed published on Tuesday, criticized the bill.",
                "the bill",
            ),
        ] {
            let all = run("en", SAT, text);
            let got: Vec<_> = all
                .iter()
                .map(|s| (s.speaker.as_str(), s.content.as_deref()))
                .collect();
            assert_eq!(got, [("Ann Cole", Some(said))], "{text}");
        }
        // … not a verb of which the document is the subject, nor one with an object
        let s = one(
            "en",
            SAT,
            "Ann Cole's letter warned on Monday that the bill was dead.",
        );
        assert_eq!(s.cue, "warn");
        let s = one(
            "en",
            SAT,
            "Ann Cole published on Monday a report on the bill.",
        );
        assert_eq!(s.cue, "publish");
    }

    #[test]
    fn declining_reports_only_with_what_is_declined() {
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole declined to comment on the report.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Ann Cole", "reject"));
        let s = one(
            "en",
            SAT,
            "Tom Reyes politely declined the invitation of the union.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Tom Reyes", "reject"));
        for text in [
            "Sales at Tom Reyes's firm declined 5 percent in May.",
            "Support for Ann Cole declined sharply after the debate.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_attack_reports_from_a_person_against_a_person_a_body_or_what_they_own() {
        for (lang, text, target) in [
            (
                "en",
                "Senator Tom Reed attacked Ann Cole on Monday for her record on taxes.",
                Some("Ann Cole"),
            ),
            (
                "en",
                "Tom Reed has repeatedly attacked the policies of Greenpeace.",
                Some("Greenpeace"),
            ),
            (
                "en",
                "Ann Cole attacked her rival's plan as reckless.",
                None,
            ),
            (
                "fr",
                "Marie Lenoir attaque Paul Roy sur ses propos, et veut saisir la justice.",
                Some("Paul Roy"),
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.act, "criticize", "{text}: {s:?}");
            assert_eq!(s.targets.first().map(String::as_str), target, "{text}");
            // (what a verb coordinated after a comma does is no part of it)
            assert!(!s.content.as_deref().unwrap_or_default().contains("saisir"));
        }
        // a blow, a country's or a body's attack, an attack noun: no statement
        for (lang, text) in [
            ("en", "Gunmen attacked a police station in Kabul on Monday."),
            ("en", "Russia attacked Ukraine in February."),
            ("en", "Tom Reed attacked the village with drones."),
            (
                "en",
                "The Benghazi attack killed four Americans, Ann Cole said.",
            ),
            ("fr", "Les rebelles ont attaqué la ville d'Alep."),
        ] {
            let all = run(lang, SAT, text);
            assert!(all.iter().all(|s| s.act != "criticize"), "{text}: {all:?}");
        }
    }

    #[test]
    fn verbs_of_a_blow_that_criticise_need_a_person_against_a_person() {
        for (lang, text, target) in [
            (
                "en",
                "Tom Reed has repeatedly ripped Ann Cole on social media.",
                "Ann Cole",
            ),
            (
                "en",
                "Tom Reed hammered Ann Cole for her vote on the war.",
                "Ann Cole",
            ),
            (
                "en",
                "Tom Reed knocked Ann Cole for skipping the debate.",
                "Ann Cole",
            ),
            (
                "en",
                "Tom Reed ripped into Ann Cole's plan on Monday.",
                "Ann Cole",
            ),
            ("en", "Tom Reed bashed Greenpeace's campaign.", "Greenpeace"),
            (
                "fr",
                "Le député Paul Roy a taclé Marie Lenoir sur sa réforme.",
                "Marie Lenoir",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.act, "criticize", "{text}: {s:?}");
            assert_eq!(
                s.targets.first().map(String::as_str),
                Some(target),
                "{text}"
            );
        }
        for (lang, text) in [
            ("en", "Negotiators hammered out a deal on Monday."),
            ("en", "Tom Reed was knocking on doors in Iowa."),
            ("en", "Tom Reed ripped off the wrapper."),
            ("en", "Tom Reed bashed the door with a hammer."),
            ("fr", "Le défenseur Paul Roy a taclé le ballon."),
        ] {
            assert!(run(lang, SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn verbs_of_disparagement_criticise() {
        for text in [
            "Tom Reed has publicly derided the return of the tax.",
            "Tom Reed insulted the professional left in press conferences.",
            "Tom Reed has disparaged immigrants for years.",
            "Tom Reed belittled the issue of the loans.",
            "Tom Reed demonized Wall Street.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.act, "criticize", "{text}");
        }
        // (not its noun, an adjective, or a passive with no agent, over an adverb of six letters)
        for text in [
            "Tom Reed engaged in insults and attacks.",
            "The ad shows remarks viewed by some as disparaging toward the military.",
            "The plan was widely derided as a scam.",
            "Tom Reed was widely criticized.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn speaking_out_reports_with_what_it_is_for_against_or_about() {
        for (text, cue, act) in [
            (
                "Tom Reed spoke out against the war.",
                "speak out against",
                "criticize",
            ),
            (
                "Tom Reed has spoken out in favor of gun control.",
                "speak out in favor of",
                "praise",
            ),
            (
                "Tom Reed spoke out about abuse in the church.",
                "speak out",
                "say",
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!((s.cue.as_str(), s.act), (cue, act), "{text}");
        }
        // (not "against" a backdrop, nor with nothing it is about)
        for text in [
            "Tom Reed spoke against the backdrop of the museum.",
            "Tom Reed spoke out on Monday.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_participle_with_an_agent_of_no_name_after_a_noun_is_a_passive() {
        // the agent speaks, here vague: no statement of the clause's subject
        for text in [
            "Senator Ann Cole sought a compromise plan endorsed by top Senate Democrats.",
            "Senator Ann Cole backed a bill criticized by many economists.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // not a means after the verb
        for text in [
            "Ann Cole, an Acme spokesman, said by telephone from Milwaukee that the talks went on.",
            "Senator Ann Cole responded by saying the bill was dead.",
        ] {
            assert_eq!(one("en", SAT, text).speaker, "Ann Cole", "{text}");
        }
    }

    #[test]
    fn a_cue_before_its_preposition_after_a_noun_is_a_passive() {
        // the noun is accused, blamed or praised; no one speaks
        for text in [
            "Ohio released Tom Reed, an American contractor accused of spying.",
            "Ann Cole said the militant group blamed for the attack had fled.",
            "A religious movement accused of illegally financing travel gave money to Tom Reed.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter()
                    .all(|s| !["accuse", "blame"].contains(&s.cue.as_str())),
                "{text}: {all:?}"
            );
        }
        // its subject's: a pronoun, a relative clause's subject, an auxiliary
        for text in [
            "Ann Cole attacked the senator whom she has accused of selling pipe dreams.",
            "Ann Cole criticized Tom Reed, who she accused of lying.",
            "Russia accused Ukraine of shelling the town.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().any(|s| s.cue == "accuse"), "{text}: {all:?}");
        }
    }

    #[test]
    fn adding_reports_words_not_things() {
        // what is added is said: a clause, with or without "that", a quotation, or an incise
        for text in [
            "Tom Reed said the plan had failed, adding it required much more money.",
            "Ann Cole said she disagreed, adding Reed's stand was not good for the economy.",
            "Ann Cole opposes the plan, she added, because it costs too much.",
            "\"We will win,\" Tom Reed added.",
            "Tom Reed added that the vote would be held in May.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().any(|s| s.cue == "add"), "{text}: {all:?}");
        }
        // adding a thing to something is no report
        for text in [
            "The state of Ohio had added an additional week of early voting.",
            "Admiral Tom Reed has added another facet to his job.",
            "Twitter added two million users over the last quarter.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().all(|s| s.cue != "add"), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_credit_reports_with_what_it_credits_its_object_with() {
        for (text, target) in [
            (
                "Tom Reed credited Ann Cole with saving the deal.",
                Some("Ann Cole"),
            ),
            ("Ann Cole credits the win to her volunteers.", None),
            (
                "The union credited Tom Reed for an inspiring campaign.",
                Some("Tom Reed"),
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.cue, "credit", "{text}");
            assert_eq!(s.targets.first().map(String::as_str), target, "{text}");
        }
        for text in [
            "Tom Reed often takes full credit for the idea of a wall.",
            "The plan of Ann Cole gives workers a tax credit of 500 dollars.",
            "Tom Reed sells carbon credits to utilities in Ohio.",
            "Ann Cole deserved credit.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().all(|s| s.cue != "credit"), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_characterisation_reports_with_what_it_makes_of_its_object() {
        for (text, cue, target) in [
            (
                "Governor Tom Reed has cast Ann Cole as a weak leader.",
                "cast",
                Some("Ann Cole"),
            ),
            (
                "Ann Cole portrayed herself as an outsider in the race.",
                "portray",
                None,
            ),
            (
                "Tom Reed painted Paul Roy as a reckless mayor.",
                "paint",
                Some("Paul Roy"),
            ),
            (
                "Ann Cole likened the plan of Tom Reed to a tax on the poor.",
                "liken",
                Some("Tom Reed"),
            ),
            (
                "Tom Reed charged that Ann Cole had misled the voters.",
                "charge",
                Some("Ann Cole"),
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.cue, cue, "{text}");
            assert_eq!(
                s.targets.first().map(String::as_str),
                target,
                "{text}: {s:?}"
            );
        }
        for text in [
            "Ann Cole cast her vote for the bill on Monday.",
            "Senator Tom Reed cast doubt on the report.",
            "Ann Cole was portrayed in a film about the strike.",
            "Tom Reed painted the house of his mother.",
            "Ann Cole was charged with fraud on Monday.",
            "Tom Reed faces criminal charges.",
            "In 2009, under what Ann Cole called \"the old model,\" the club charged a large fee.",
        ] {
            let all = run("en", SAT, text);
            assert!(
                all.iter()
                    .all(|s| !["cast", "portray", "paint", "charge"].contains(&s.cue.as_str())),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn telling_someone_to_do_something_is_an_order() {
        for (lang, text, act) in [
            (
                "en",
                "Senator Ann Cole told the protesters to go home.",
                "appeal",
            ),
            (
                "en",
                "Senator Ann Cole told them to leave the square.",
                "appeal",
            ),
            (
                "en",
                "Senator Ann Cole told reporters that the vote was close.",
                "say",
            ),
            (
                "en",
                "Senator Ann Cole told Reuters the plan would fail.",
                "say",
            ),
            (
                "fr",
                "Le ministre Paul Morin a dit aux manifestants de rentrer chez eux.",
                "appeal",
            ),
            (
                "fr",
                "Le ministre Paul Morin a dit aux journalistes que le vote était serré.",
                "say",
            ),
        ] {
            assert_eq!(one(lang, SAT, text).act, act, "{text}");
        }
    }

    #[test]
    fn a_cue_in_the_perfect_infinitive_after_a_cue_is_its_content() {
        for (text, act, target) in [
            (
                "Le gouvernement a annoncé avoir demandé le départ de Paul Morin.",
                "announce",
                "Paul Morin",
            ),
            (
                "Anne Leroy a démenti avoir menacé Paul Morin.",
                "deny",
                "Paul Morin",
            ),
        ] {
            let all = run("fr", SAT, text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(
                (all[0].act, all[0].targets.clone()),
                (act, vec![target.to_string()]),
                "{text}"
            );
        }
    }

    #[test]
    fn advising_reports_only_with_what_it_advises() {
        for text in [
            "Acme Partners, which advises big banks on mergers, grew fast.",
            "Senator Ann Cole advised Governor Tom Hale in 2008.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
        for text in [
            "Mayor Ann Cole advised residents of the city to make plans.",
            "Mayor Ann Cole advised them that the storm would hit at night.",
            "Mayor Ann Cole advised: \"Stay at home.\"",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.act),
                ("Ann Cole", "appeal"),
                "{text}"
            );
        }
    }

    #[test]
    fn as_opposed_to_and_more_of_a_noun_report_nothing() {
        for text in [
            "Senator Ann Cole backs European immigrants as opposed to Mexicans.",
            "Senator Ann Cole needs to sell herself and tell more jokes.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn posting_a_result_is_no_statement() {
        for text in [
            "Acme Corp posted pretax profit of 855,000 dlrs in the year.",
            "Acme Corp posted a net income of 448.8 mln pesos in 1985.",
            "Senator Ann Cole posted an overwhelming victory in the primary.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
        // a message posted is one
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole posted a message on Twitter about the vote.",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Ann Cole", "post"));
    }

    #[test]
    fn declaring_an_act_is_no_statement() {
        for text in [
            "The governor declared a state of emergency on Thursday.",
            "The country declared independence in 1991.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
        for text in [
            "The minister declared on Monday that the border would stay closed.",
            "The minister declared: \"The border will stay closed.\"",
            "\"The border will stay closed,\" the minister declared.",
            // the clause before the comma and its subject, and nothing after but a time
            "The border will stay closed, the minister declared on Monday.",
            // the clause after where and to whom it spoke
            "The minister declared in an interview with the BBC that the border would stay closed.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.speaker, "minister", "{text}");
        }
        for text in [
            "After the vote, the governor declared a state of emergency.",
            // (a relative clause of the object found is no clause it reports)
            "Detectives found in the car a gun that had been fired twice.",
            "On Tuesday, the governor was speaking to a party that had just adopted a new platform.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn as_one_put_it_reports_what_the_clause_says() {
        for (text, content) in [
            (
                "As Minister Ann Cole put it, the border \"will stay closed.\"",
                "the border \"will stay closed.\"",
            ),
            (
                "Minister Ann Cole put it bluntly: \"The border will stay closed.\"",
                "The border will stay closed.",
            ),
        ] {
            let s = one("en", SAT, text);
            let said = s.content.as_deref().or(s.quote.as_deref());
            assert_eq!(
                (s.speaker.as_str(), s.act, said),
                ("Ann Cole", "say", Some(content)),
                "{text}"
            );
        }
        // putting a thing somewhere, and a time (as X spoke), are no reports
        for text in [
            "Minister Ann Cole put it on the table and left.",
            "As Minister Ann Cole spoke, the crowd went quiet.",
        ] {
            assert!(run("en", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_french_past_with_the_auxiliary_a_is_a_cue() {
        // « a » is the auxiliary of avoir in French, never the English article: a dit, a écrit,
        // a fait savoir report like a déclaré
        for (text, speaker) in [
            (
                "Claire Dubois a dit mardi que le texte serait retiré.",
                "Claire Dubois",
            ),
            (
                "Le député Marc Lenoir a écrit lundi que la loi était injuste.",
                "Marc Lenoir",
            ),
            (
                "La mairie de Lyon a fait savoir qu'elle porterait plainte.",
                "mairie de Lyon",
            ),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!(s.speaker, speaker, "{text}");
            // faire savoir is to announce
            assert!(["say", "announce"].contains(&s.act), "{text}");
        }
        // the English article still makes the word after it a noun
        assert!(run("en", SAT, "He saw a report on the budget.").is_empty());
    }

    #[test]
    fn taking_note_of_a_decision_acknowledges_it() {
        for text in [
            "Le Kremlin a pris acte de la décision de Washington.",
            "La Commission européenne prend acte du résultat du référendum.",
        ] {
            let s = one("fr", SAT, text);
            assert_eq!((s.cue.as_str(), s.act), ("prendre acte", "say"), "{text}");
        }
    }

    #[test]
    fn a_present_form_after_a_preposition_is_a_noun() {
        for text in [
            "Senator Ann Cole resigned amid calls for an inquiry into the deal.",
            "Senator Ann Cole resigned amid growing calls for an inquiry into the deal.",
            "Acme Corp relies on user reports to find fake accounts.",
            "Governor Tom Reed won despite claims of fraud.",
        ] {
            let all = run("en", SAT, text);
            assert!(all.is_empty(), "{text}: {all:?}");
        }
        // not a verb after a coordinated clause, nor a past form after the subject's phrase
        for (text, cue) in [
            (
                "Tom Reed thanked the groups that brought him in and says he will go on.",
                "say",
            ),
            (
                "The chairman of the panel on credit, Tom Reed, said the plan would pass.",
                "say",
            ),
            (
                "The Acme Corp unions in their talks say Tom Reed will win.",
                "say",
            ),
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().any(|s| s.cue == cue), "{text}: {all:?}");
        }
    }

    #[test]
    fn a_participle_after_an_article_and_an_adverb_is_an_adjective() {
        for text in [
            "The absence of Senator Ann Cole, coupled with the previously announced absence of Mitt Romney, hurt the party.",
            "Senator Ann Cole criticized the repeatedly announced reform.",
            "Ann Cole and Tom Reed lead the hotly contested race for the nomination.",
            "Tom Reed protected the delegates at the last contested convention in 1976.",
            "The party of Ann Cole may host its first contested convention in 40 years.",
        ] {
            assert!(
                run("en", SAT, text)
                    .iter()
                    .all(|s| s.cue != "announce" && s.cue != "contest"),
                "{text}"
            );
        }
        // a rank word before a verb that has its object or clause after it keeps it
        for (text, cue) in [
            ("Tom Reed first announced the plan in May.", "announce"),
            ("Ann Cole only promised to look at the plan.", "promise"),
            (
                "Senator Ann Cole, the last candidate, criticized the plan.",
                "criticize",
            ),
        ] {
            let all = run("en", SAT, text);
            assert!(all.iter().any(|s| s.cue == cue), "{text}: {all:?}");
        }
        // a relative "that" before the adverb keeps the verb
        let all = run(
            "en",
            SAT,
            "Senator Ann Cole made a comment that egregiously described the protesters as thugs.",
        );
        assert!(all.iter().any(|s| s.cue == "describe"), "{all:?}");
    }

    #[test]
    fn faire_part_de_reports_what_the_speaker_made_known() {
        for text in [
            "Le ministre Paul Morin a fait part de sa « profonde inquiétude » après l'attaque.",
            "La présidente Claire Dubois fait part de son émotion.",
        ] {
            let s = one("fr", SAT, text);
            assert_eq!((s.cue.as_str(), s.act), ("faire part", "say"), "{text}");
        }
    }

    #[test]
    fn forms_out_of_their_place_are_no_cues() {
        // an adjective after a preposition; a reduced relative between commas
        assert!(run(
            "en",
            SAT,
            "Concerns over reported abuses grew in the capital."
        )
        .is_empty());
        assert!(run(
            "en",
            SAT,
            "The move, called prorogation, angered the opposition."
        )
        .is_empty());
        // … but a form with the quotation it reports after its comma is a report
        let s = one(
            "en",
            SAT,
            "The governor, Jane Miller, tweeted, \"We will rebuild.\"",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Jane Miller", "say"));
        let s = one(
            "en",
            SAT,
            "Jane Miller, also on Monday, defended her vote, \"We had no choice.\"",
        );
        assert_eq!(s.speaker, "Jane Miller");
        // a form after an article and a participle that describes it is a noun: the content
        // goes on over it
        for (text, content) in [
            (
                "Ann Cole said the proposed credit was a welfare payment.",
                "the proposed credit was a welfare payment",
            ),
            (
                "Ann Cole said an alleged attack on the convoy had been staged.",
                "an alleged attack on the convoy had been staged",
            ),
        ] {
            let s = one("en", SAT, text);
            assert_eq!(s.content.as_deref(), Some(content), "{text}");
        }
        // a reflexive verb without its pronoun (l'a défendu: defended someone)
        assert!(run("fr", SAT, "Le ministre l'a défendu devant les députés.").is_empty());
        // with it, a report
        let s = one(
            "fr",
            SAT,
            "Le ministre Jean Castex s'est défendu devant les députés.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Jean Castex", "deny"));
    }

    #[test]
    fn french_reporting_phrases_remarquer_sous_entendre_vanter_remettre_en_cause() {
        for (text, act) in [
            (
                "La sénatrice Claire Dubois a fait remarquer que le budget était en baisse.",
                "say",
            ),
            (
                "« Le budget baisse », fait remarquer la sénatrice Claire Dubois.",
                "say",
            ),
            (
                "La sénatrice Claire Dubois a sous-entendu que le ministre mentait.",
                "say",
            ),
            (
                "La sénatrice Claire Dubois s'est vantée d'avoir obtenu le vote.",
                "say",
            ),
            (
                "La sénatrice Claire Dubois a remis en cause la compétence du ministre.",
                "criticize",
            ),
        ] {
            let s = one("fr", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.act),
                ("Claire Dubois", act),
                "{text}"
            );
        }
    }

    #[test]
    fn french_incise_only_verbs_report_only_in_an_incise() {
        let all = run(
            "fr",
            SAT,
            "La sénatrice Claire Dubois a parlé lundi. « Le budget baisse », poursuit-elle. « Nous le savons », a-t-elle glissé. « Rien ne change », lance-t-elle.",
        );
        assert_eq!(all.len(), 4, "{all:?}");
        assert!(all.iter().all(|s| s.speaker == "Claire Dubois"), "{all:?}");
        // outside an incise they are no report
        for text in [
            "La juge Claire Dubois poursuit l'enquête sur le budget.",
            "La générale Claire Dubois a lancé une offensive sur la ville.",
            "La sénatrice Claire Dubois continue de voter contre le budget.",
        ] {
            assert!(run("fr", SAT, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_object_pronoun_before_a_verb_is_no_article() {
        let s = one(
            "fr",
            SAT,
            "Le député Paul Morin l'accuse d'avoir menti aux électeurs.",
        );
        assert_eq!((s.speaker.as_str(), s.act), ("Paul Morin", "accuse"));
        let all = run(
            "fr",
            SAT,
            "Le député Paul Morin a critiqué le ministre, et l'accuse de mentir depuis des mois.",
        );
        let acts: Vec<(&str, &str)> = all.iter().map(|s| (s.speaker.as_str(), s.act)).collect();
        assert_eq!(
            acts,
            [("Paul Morin", "criticize"), ("Paul Morin", "accuse")]
        );
        // an article before a noun of report, or after a verb, stays one
        assert!(run("fr", SAT, "Paul Morin a gagné l'estime des électeurs.").is_empty());
        let s = one(
            "fr",
            SAT,
            "Le député Paul Morin a critiqué l'annonce du ministre.",
        );
        assert_eq!(s.act, "criticize");
    }

    #[test]
    fn a_form_after_a_quantifier_or_a_noun_adjective_is_a_noun() {
        // the report is the denial, not the claims (whose clause it covers)
        for (lang, text, target) in [
            (
                "en",
                "Senator Ann Cole denied all claims that Paul Morin had been paid.",
                "Paul Morin",
            ),
            (
                "en",
                "Senator Ann Cole rejected these reports about Paul Morin on Monday.",
                "Paul Morin",
            ),
            (
                "fr",
                "Le député Jean Vautrin a démenti ces annonces concernant Paul Morin.",
                "Paul Morin",
            ),
        ] {
            let s = one(lang, SAT, text);
            assert_eq!(s.targets, vec![target], "{text}");
        }
        assert!(run("en", SAT, "His recent remarks angered the opposition.").is_empty());
        // an adverb before a verb leaves it a verb
        let s = one(
            "en",
            SAT,
            "Senator Ann Cole further claimed that the vote was rigged.",
        );
        assert_eq!(s.speaker, "Ann Cole");
    }

    #[test]
    fn the_second_verb_of_a_coordinated_predicate_reports() {
        let all = run(
            "en",
            "2019-01-07",
            "Senator Jane Doe criticized the plan and said it would fail.",
        );
        let acts: Vec<(&str, &str)> = all.iter().map(|s| (s.speaker.as_str(), s.act)).collect();
        assert_eq!(acts, [("Jane Doe", "criticize"), ("Jane Doe", "say")]);
        let s = one(
            "en",
            "2019-01-07",
            "Jane Doe visited the border on Friday and said the wall would be built.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.date.as_deref()),
            ("Jane Doe", Some("2019-01-04"))
        );
        // after "but" / "mais" too, with the Paul Morin of the first clause in between
        for (lang, text) in [
            ("en", "Jane Doe argued that Paul Morin was right, but suggested he went too far."),
            ("fr", "Jeanne Vautrin a critiqué Paul Morin devant les élus, mais a estimé qu'il était allé trop loin."),
        ] {
            let all = run(lang, SAT, text);
            assert_eq!(all.last().map(|s| s.speaker.as_str()), Some(all[0].speaker.as_str()), "{text}: {all:?}");
            assert!(all[0].speaker != "Paul Morin", "{all:?}");
        }
    }

    #[test]
    fn a_judgement_is_reported_with_its_clause_or_attribute() {
        let all = run(
            "fr",
            SAT,
            "Le ministre Jean Dupuis a critiqué la réforme des retraites, qu'il considère comme « injuste ».",
        );
        let last = all.last().map(|s| (s.speaker.as_str(), s.cue.as_str()));
        assert_eq!(last, Some(("Jean Dupuis", "considérer")), "{all:?}");
        let s = one(
            "fr",
            SAT,
            "Le président Paul Durand considère que la réforme est juste.",
        );
        assert_eq!(
            (s.speaker.as_str(), s.cue.as_str()),
            ("Paul Durand", "considérer")
        );
        // considering something is no report
        assert!(run(
            "fr",
            SAT,
            "Le ministre Paul Durand considère la proposition avec attention."
        )
        .is_empty());
    }

    #[test]
    fn a_study_named_by_its_issuer_that_opens_a_sentence_reports_what_follows() {
        for text in [
            "In a Gallup poll released Monday, Senator Ann Cole led her rival by 12 points.",
            "In the latest Gallup survey, conducted in May, the governor led by 5 points.",
            // … and the answers of a share of those asked, which a cue of theirs reports
            "In a Gallup poll released Monday, 75 percent of voters said the economy was weak.",
            "In a new Gallup survey, just 8 percent of Democrats said they would vote for him.",
        ] {
            let s = one("en", SAT, text);
            assert_eq!(
                (s.speaker.as_str(), s.mode),
                ("Gallup", "according_to"),
                "{text}"
            );
        }
        // a cue of the sentence reports it; a study named by no one is no source
        for text in [
            "In a statement released Monday, the Gallup organisation said it would appeal.",
            "In a poll released Monday, the governor led by 5 points.",
        ] {
            assert!(run("en", SAT, text).iter().all(|s| s.cue != "in"), "{text}");
        }
        let s = one(
            "fr",
            SAT,
            "Dans un sondage Ifop publié dimanche, 60 % des électeurs disent soutenir la réforme.",
        );
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Ifop", "dans"));
    }
}
