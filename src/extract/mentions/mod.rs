//! Mentions and in-article coreference. Input: the tokens of each sentence, their word classes and
//! the lexicon. Output: mentions (token ranges) of entities — countries (names, capitals;
//! adjectives, kept apart), seats of government and organisations (gazetteer and `orghead` phrases,
//! a person's campaign), persons (known actors, names after titles and roles, first-name chains,
//! role phrases without a name: le président kazakh is the person with that role, else a person
//! named by the role) — and of things that refer to an entity: pronouns and references to a
//! document (le communiqué).
//!
//! At each token the rules of [`RULES`] are tried in order; the first that matches consumes its
//! tokens. Entities are registered once per article ([`Registry`]).

mod acronyms;
mod aside;
mod bare;
mod campaign;
mod chain;
mod complement;
mod compound;
mod country;
mod dateline;
mod description;
mod gazetteer;
mod gender;
mod institution;
mod kind;
mod names;
mod organisation;
mod person_names;
mod registry;
mod role;
mod split_cue;

use rustc_hash::FxHashSet as HashSet;

use chrono::NaiveDate;

use super::lexicon::{exact, lower, CountryHow, Cue, CueKind, Gaz, Lexicon};
use super::tokens::Token;
use super::words::{Marks, Setting, W};
use crate::text::Span;
use complement::Of;

pub use country::{article_country_entity, home_country};
pub use gazetteer::gazetteer_at;
pub use gender::{gender_in_language, gender_of, person_gender, Gender};
pub use kind::type_kind;
pub use registry::Registry;

/// What a mention is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// Names an entity.
    Entity(usize),
    /// A country adjective or demonym (russe, American): the country, for targets only.
    Adjective(usize),
    /// il, elle, he, she, they, it; `person` for he and she, which never stand for an
    /// organisation; `plural` for ils, elles, they, which never stand for one person; `gender`
    /// for he, she, il, elle, which never stand for a person of the other gender; it, of none of
    /// them, stands for a body.
    Pronoun {
        person: bool,
        plural: bool,
        gender: Option<Gender>,
    },
    /// le communiqué, the statement.
    Reference,
    /// A vague source (des experts, officials): never a speaker.
    Vague,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Token range in the paragraph.
    pub start: usize,
    pub end: usize,
    pub span: Span,
    pub kind: MentionKind,
    /// The words that name the entity (le président Emmanuel Macron → Emmanuel Macron), or none
    /// for a mention by description only (le président, son avocat): what an entity's mentions
    /// record.
    pub name: Option<Span>,
}

/// One sentence of a paragraph: its tokens `toks[from..to]`, their word classes and the
/// paragraph's quotations.
#[derive(Clone, Copy)]
pub struct Window<'a> {
    pub toks: &'a [Token],
    pub marks: &'a [Marks],
    pub from: usize,
    pub to: usize,
    pub quotes: &'a [(usize, usize)],
}

impl Window<'_> {
    /// Whether token `i` stands inside one of the sentence's quotations.
    pub fn in_quote(&self, i: usize) -> bool {
        self.quotes.iter().any(|&(o, c)| i > o && i < c)
    }
}

/// Context for finding mentions in one article.
pub struct Finder<'a> {
    pub lex: &'a Lexicon,
    pub published: Option<NaiveDate>,
    /// The article's language code.
    pub lang: &'a str,
    /// The words the article writes in lower case.
    pub common: &'a HashSet<String>,
}

/// A mention rule: tried at token `i`, it adds mentions and returns where the next rule starts,
/// or `None` when it does not apply (the next rule of the list is tried at the same token).
type Rule = fn(&mut Ctx<'_>, usize) -> Option<usize>;

/// The mention rules, in the order they are tried at each token.
const RULES: &[(&str, Rule)] = &[
    ("members_of_a_court", kind::members_of_a_court),
    ("party_member", names::party_member),
    ("initials_name", acronyms::initials_name),
    ("role_phrase", role::role_phrase),
    ("kind_then_name", kind::kind_then_name),
    ("home_institution", institution::home_institution),
    ("organisation_phrase", organisation::organisation_phrase),
    ("campaign_phrase", campaign::campaign_phrase),
    ("office_phrase", campaign::office_phrase),
    ("short_name", organisation::short_name),
    ("gazetteer_name", gazetteer::gazetteer_name),
    ("party_members", names::party_members),
    ("title_name", names::title_name),
    ("definite_kind_subject", kind::definite_kind_subject),
    ("descriptive_subject", description::descriptive_subject),
    ("pronoun", names::pronoun),
    ("document_reference", names::document_reference),
    ("vague_source", names::vague_source),
    ("acronym_in_parentheses", acronyms::acronym_in_parentheses),
    ("capitalised_name", names::capitalised_name),
];

/// What the rules of one sentence work with.
pub(super) struct Ctx<'a> {
    lex: &'a Lexicon,
    published: Option<NaiveDate>,
    lang: &'a str,
    common: &'a HashSet<String>,
    text: &'a str,
    w: Window<'a>,
    reg: &'a mut Registry,
    /// The subject of the sentences before (a person), for definite descriptions.
    subject: Option<usize>,
    out: Vec<Mention>,
}

impl Finder<'_> {
    /// Finds the mentions of one sentence (`toks[from..to]`), registering entities.
    pub fn sentence(
        &self,
        text: &str,
        window: Window<'_>,
        reg: &mut Registry,
        subject: Option<usize>,
    ) -> Vec<Mention> {
        let mut ctx = Ctx {
            lex: self.lex,
            published: self.published,
            lang: self.lang,
            common: self.common,
            text,
            w: window,
            reg,
            subject,
            out: Vec::new(),
        };
        let mut i = window.from;
        while i < window.to {
            // words in a run of capitals (« ON SE VOIT AU TRIBUNAL ») have no capital that
            // tells a name or an acronym; US$, HK$ are currencies
            if ctx.in_capitals_run(i) || ctx.currency_prefix(i) {
                i += 1;
                continue;
            }
            // a wire dateline (WASHINGTON —, ORLANDO, Fla. (Reuters) -) names no one
            if let Some(end) = ctx.dateline_end(i) {
                i = end;
                continue;
            }
            i = RULES
                .iter()
                .find_map(|(_, rule)| rule(&mut ctx, i))
                .unwrap_or(i + 1);
        }
        country::person_country(&mut ctx);
        ctx.out
    }
}

impl Ctx<'_> {
    fn tok(&self, k: usize) -> &Token {
        &self.w.toks[k]
    }

    fn low(&self, k: usize) -> &str {
        self.w.toks.get(k).map(|t| t.lower()).unwrap_or_default()
    }

    /// The word classes of token `k` (none past the paragraph).
    fn m(&self, k: usize) -> Marks {
        self.w.marks.get(k).copied().unwrap_or_default()
    }

    fn text_of(&self, a: usize, b: usize) -> String {
        crate::text::on_one_line(
            Span::new(self.tok(a).span.start, self.tok(b - 1).span.end).slice(self.text),
        )
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tok(a).span.start, self.tok(b - 1).span.end)
    }

    /// A mention of `toks[a..b]` that names what it mentions with all its words.
    fn add(&mut self, a: usize, b: usize, kind: MentionKind) {
        self.push(a, b, kind, Some(self.span(a, b)));
    }

    /// A mention of `toks[a..b]` whose name is `toks[name.0..name.1]` (none: a description).
    fn add_named(&mut self, a: usize, b: usize, kind: MentionKind, name: Option<(usize, usize)>) {
        gender::note_before_name(self, &kind, (a, b), name);
        let name = name.map(|(x, y)| self.span(x, y));
        self.push(a, b, kind, name);
    }

    fn push(&mut self, a: usize, b: usize, kind: MentionKind, name: Option<Span>) {
        if let MentionKind::Entity(e) = kind {
            self.reg.mentioned(e);
            // an organisation named with the noun of its type is of that type (the Ohio Court
            // of Appeals is a court, the Law and Justice Party a party)
            if self.reg.entities[e].kind == super::EntityKind::Organisation {
                for k in a..b {
                    kind::note_type(self, e, k);
                }
            }
        }
        let span = self.span(a, b);
        self.out.push(Mention {
            start: a,
            end: b,
            span,
            kind,
            name,
        });
    }

    /// Whether a reporting cue of the article's language starts at token `k`.
    fn is_cue(&self, k: usize) -> bool {
        let cues = self.lex.cues.get(self.lang);
        // (not a form that also names a blow, mostly a noun: the Benghazi attack)
        !self.m(k).any(W::AttackCue)
            && cues.is_some_and(|c| {
                c.longest_at(self.w.toks, k, lower).is_some() || self.split_cue_at(c, k)
            })
    }

    /// Whether token `k` is a word of a reporting cue (the `to` of according to), the cue starting
    /// at most three tokens before.
    fn in_cue(&self, k: usize) -> bool {
        self.cues_over(k).next().is_some()
    }

    /// The reporting cues that hold token `k`, starting at most three tokens before it: where
    /// each ends, and its form.
    fn cues_over(&self, k: usize) -> impl Iterator<Item = (usize, &Cue)> + '_ {
        let cues = self.lex.cues.get(self.lang);
        (k.saturating_sub(3).max(self.w.from)..=k).filter_map(move |s| {
            let (n, cue) = cues?.longest_at(self.w.toks, s, lower)?;
            (s + n > k).then_some((s + n, cue))
        })
    }

    /// Whether token `k` introduces a source: a word of the class (selon, by), or the last word
    /// of a cue that is a preposition (d'après, according to).
    fn source_intro(&self, k: usize) -> bool {
        self.m(k).any(W::SourceIntro)
            || self
                .cues_over(k)
                .any(|(end, cue)| end == k + 1 && cue.kind == CueKind::Preposition)
    }

    /// Whether a cue starts at token `k`, over skippable words (X a par ailleurs déclaré; Police
    /// said); not a study's verb, whose subject is no speaker (sa présidence montre la voie).
    fn cue_after(&self, mut k: usize) -> bool {
        let skip = &self.lex.words.phrases.skip;
        while k < self.w.to && skip.longest_at(self.w.toks, k, lower).is_some() {
            k += 1;
        }
        self.is_cue(k) && !self.m(k).any(W::StudyCue)
    }

    /// Whether a reporting verb (not a passive, a preposition or a noun) follows token `k - 1` as
    /// its subject's verb, over skippable words (Neymar a déclaré; Politico reported; not the
    /// Benghazi attack).
    fn verb_cue_after(&self, mut k: usize) -> bool {
        let skip = &self.lex.words.phrases.skip;
        while k < self.w.to && skip.longest_at(self.w.toks, k, lower).is_some() {
            if self.m(k).any(W::AuxPassive) {
                return false;
            }
            k += 1;
        }
        self.lex
            .cues
            .get(self.lang)
            .and_then(|c| c.longest_at(self.w.toks, k, lower))
            .is_some_and(|(_, c)| {
                c.kind.is_subjects_verb() && !self.m(k).any_of(&[W::StudyCue, W::AttackCue])
            })
    }

    /// Whether the token before `i` (inside the sentence) is a determiner (not "that" opening a
    /// clause: said that Prime Minister X …).
    fn determiner_before(&self, i: usize) -> bool {
        i > self.w.from && self.m(i - 1).any(W::Determiner) && !self.m(i - 1).is(W::Complementizer)
    }

    fn gazetteer_at(&self, k: usize) -> Option<(usize, &Gaz)> {
        gazetteer::gazetteer_at(self.lex, self.w.toks, k, self.lang)
    }

    /// A nationality (a country adjective: russe, Canadian) at token `k`: its length and country
    /// index.
    fn nationality_at(&self, k: usize) -> Option<(usize, usize)> {
        match self.gazetteer_at(k) {
            Some((n, Gaz::Country(x, CountryHow::Adjective))) => Some((n, *x)),
            _ => None,
        }
    }

    /// A region, state or city at token `k` (Texas, Christchurch): its length and country index.
    /// Place forms are capitalised and matched as written, so a match starts with a capital.
    fn place_at(&self, k: usize) -> Option<(usize, usize)> {
        self.lex
            .places
            .longest_at(self.w.toks, k, exact)
            .map(|(n, x)| (n, *x))
    }

    /// Whether token `k` ends with the language's plural ending, not doubled (aides; not boss).
    fn plural_by_ending(&self, k: usize) -> bool {
        let words = &self.lex.words;
        let low = self.tok(k).lower();
        words
            .setting(words.lang(self.lang), Setting::PluralEnding)
            .is_some_and(|e| low.ends_with(e) && !low.ends_with(&e.repeat(2)))
    }

    fn is_name_token(&self, k: usize) -> bool {
        let t = self.tok(k);
        (t.is_capitalized() || self.prefixed_name(k))
            && (!self.function_word(k) || self.month_names_a_person(k))
            && t.norm.chars().any(char::is_alphabetic)
            && !t.norm.ends_with('\'')
            && !bare::compound_adjective(self, &t.norm)
    }

    /// Whether token `k` is a capitalised function word of the article's language, or of another
    /// one but no particle in the article's (Du Pont, La Roche in English).
    fn function_word(&self, k: usize) -> bool {
        let m = self.m(k);
        m.is_norm(W::Function) || m.any_norm(W::Function) && !m.is(W::Particle)
    }

    /// Whether token `k` is the country prefix of a currency sign written against it (US$,
    /// HK$, A$).
    fn currency_prefix(&self, k: usize) -> bool {
        let Some(next) = self.w.toks.get(k + 1) else {
            return false;
        };
        next.span.start == self.tok(k).span.end && next.norm.starts_with('$')
    }

    /// A name word after a particle prefix, in a capital (al-Joulani, el-Sissi).
    fn prefixed_name(&self, k: usize) -> bool {
        // (most words have no hyphen: a byte scan before the prefixes)
        self.tok(k).norm.contains('-')
            && self
                .after_particle_prefix(k)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    }

    fn has_particle_prefix(&self, k: usize) -> bool {
        self.after_particle_prefix(k).is_some()
    }

    /// What follows the particle prefix token `k` starts with (al-Assad: Assad).
    fn after_particle_prefix(&self, k: usize) -> Option<&str> {
        let norm = &self.tok(k).norm;
        self.lex
            .words
            .affixes(W::ParticlePrefix)
            .iter()
            .find_map(|p| norm.strip_prefix(p.as_str()))
    }

    /// A chain of name tokens starting at `i` (particles allowed inside): its end.
    fn name_chain(&self, i: usize, end: usize) -> usize {
        // a known actor's name may hold a word that is otherwise no name (Theresa May)
        if let Some((n, Gaz::Actor(_))) = self.gazetteer_at(i) {
            if i + n <= end {
                let more = self.name_chain_from(i + n, end, i);
                // (two more words after a full name are another person's: les ministres de
                // François Hollande Arnaud Montebourg)
                let words = (i + n..more).filter(|&k| self.tok(k).is_word()).count();
                // (nor one more word in a title written in capitals: Hillary Clinton Put On
                // The Defensive, Marco Rubio Responds)
                return if n >= 2 && (words >= 2 || words == 1 && chain::title_case(self, i, more)) {
                    i + n
                } else {
                    (i + n).max(more)
                };
            }
        }
        self.name_chain_from(i, end, i)
    }

    fn name_chain_from(&self, from: usize, end: usize, i: usize) -> usize {
        let first_names = &self.lex.first_names;
        let mut j = from;
        while j < end {
            // two names side by side (François Fillon Marc Joulaud): a first name after two
            // name tokens starts the next one, when a surname follows it
            // (not after a middle initial: Marc E. Elias; not a last name: Mary Kay Henry)
            let after_initial = |j: usize| chain::initial(self, j - 1);
            if j >= i + 2
                && !after_initial(j)
                && j + 1 < end
                && self.is_name_token(j + 1)
                && first_names.contains(&self.tok(j).norm)
                && first_names.contains(&self.tok(i).norm)
                && !self.holds_role(i, j)
            {
                break;
            }
            // (a known person's name ends before the head of a thing's name: President Obama
            // Speech at the Foundation)
            let known = |(n, g): (usize, &Gaz)| {
                i + n == j && matches!(g, Gaz::Actor(_) | Gaz::ActorSurname(_))
            };
            if self.m(j).is_norm(W::Document) && self.gazetteer_at(i).is_some_and(known) {
                break;
            }
            let gazetteer_ok = self.gazetteer_in_name(i, j, end);
            // a function word of another language in a name (Alain-Claude Bilie By Nzé, Paul Hier,
            // Rabbi Marvin Hier)
            let foreign_word = j > i
                && self.tok(j).is_capitalized()
                && !self.m(j).is_norm(W::Function)
                && !bare::compound_adjective(self, &self.tok(j).norm)
                && (j + 1 < end && self.is_name_token(j + 1) || self.names_first(j - 1));
            if (self.is_name_token(j) || foreign_word) && gazetteer_ok {
                j += 1;
                continue;
            }
            if chain::nickname_at(self, i, j, end) {
                j += 3;
                continue;
            }
            // particles inside a name: Jean-Yves Le Drian, Bashar al-Assad, Ursula von der Leyen,
            // Marine Le Pen (a particle written with a capital inside the name)
            let prefixed = self.has_particle_prefix(j);
            let particle = self.m(j).any(W::Particle) || prefixed;
            let name_after = j + 1 < self.w.toks.len() && self.is_name_token(j + 1);
            if (particle && j > i && name_after) || (prefixed && j > i) {
                j += 1;
                continue;
            }
            // the dot of an abbreviated title inside the chain (Arkansas Gov. Mike Hale, Lt.
            // Gen. Mark Hollis)
            let abbreviation_dot = j > i
                && self.tok(j).norm == "."
                && self.m(j - 1).any_norm(W::Abbreviation)
                && name_after;
            if abbreviation_dot || j > i && name_after && compound::joins_firm(self, i, j, end) {
                j += 1;
                continue;
            }
            // the dot of a generational suffix ends the name (Robert P. Casey Jr.)
            let suffix_dot = j > i
                && self.tok(j).norm == "."
                && self.tok(j).span.start == self.tok(j - 1).span.end
                && self.m(j - 1).any_norm(W::NameSuffix);
            if suffix_dot {
                j += 1;
            }
            break;
        }
        self.without_last_particle(i, j)
    }

    /// Whether the gazetteer's phrase at `j` goes on the name chain opened at `i`: an actor's name
    /// does; a demonym, a country's or a body's name of one word as the surname after a first name
    /// (Mark Cuban, Michael Bloomberg; a country's name inside a sentence or a longer name: Rep.
    /// Steve Israel, Mary Jordan Reynolds, not « Will Israel strike? »), or alone once the article
    /// gave it as a surname (Cuban said, Rep. Jim Jordan … Jordan said; a body's before no other
    /// name: not Bloomberg View).
    fn gazetteer_in_name(&self, i: usize, j: usize, end: usize) -> bool {
        let (country_name, body) = match self.gazetteer_at(j) {
            None | Some((_, Gaz::Actor(_) | Gaz::ActorSurname(_))) => return true,
            Some((1, Gaz::Country(_, CountryHow::Name))) => (true, false),
            Some((1, Gaz::Country(_, CountryHow::Demonym | CountryHow::Adjective))) => {
                (false, false)
            }
            Some((1, Gaz::Org(_))) => (false, true),
            _ => return false,
        };
        // (over an initial or a particle, after a title: David F. Roche, Investor David La Roche)
        let initial = |k: usize| chain::initial(self, k);
        let dot = |k: usize| k > i && self.tok(k).norm == "." && initial(k - 1);
        let between = |k: usize| self.m(k).any(W::Particle) || initial(k) || dot(k);
        let mut f = j;
        while f > i + 1 && between(f - 1) {
            f -= 1;
        }
        let after_first_name = j > i && {
            let first = f - 1;
            (first > self.w.from || !country_name || j + 1 < end && self.is_name_token(j + 1))
                && self.is_first_name(first)
                && self.tok(first).is_capitalized()
        };
        let surname = j == i
            && self.reg.surname(&self.tok(j).norm).is_some()
            && !(body && j + 1 < end && self.is_name_token(j + 1));
        after_first_name || surname
    }

    /// The end of the name chain `toks[i..j]` without a particle that no name of it follows
    /// (Paul Okoro du Nigeria).
    fn without_last_particle(&self, i: usize, mut j: usize) -> usize {
        while j > i + 1 && self.m(j - 1).any(W::Particle) {
            j -= 1;
        }
        j
    }

    /// A person named `name` (with a role, if the text gives one): the actor of the lexicon of
    /// that name once accents are folded (François Fillon), else a person of the article.
    fn person_named(&mut self, name: &str, role: Option<String>) -> usize {
        match self.lex.actor_named(name) {
            Some(a) => {
                let key = self.lex.actor_on(a, self.published).key.clone();
                let country = self.lex.actor_country(a, self.published);
                self.reg.person(name, Some(key), role, country)
            }
            None => self.reg.person(name, None, role, None),
        }
    }

    /// Whether a role word stands in `toks[a..b]` (Virginia AFL-CIO President: no name, a role).
    fn holds_role(&self, a: usize, b: usize) -> bool {
        let roles = self.lex.words.phrases.roles(self.lang);
        (a..b).any(|k| roles.longest_at(self.w.toks, k, exact).is_some())
    }

    /// Whether the word at `k` is a first name, by the gazetteer's or the census's list (Marvin).
    fn names_first(&self, k: usize) -> bool {
        self.is_first_name(k) || self.lex.first_name_genders.contains_key(&self.tok(k).norm)
    }

    /// Whether token `k` is a first name the lexicon knows, or begins with one (Jean-Jacques).
    fn is_first_name(&self, k: usize) -> bool {
        let norm = &self.tok(k).norm;
        let first = &self.lex.first_names;
        first.contains(norm) || norm.split('-').next().is_some_and(|p| first.contains(p))
    }
}
