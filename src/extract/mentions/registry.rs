//! The entities of one article, registered once each: a surname or `M. Blinken` joins the person
//! first named `Antony Blinken`; a known actor or a country is the same entity wherever it is
//! mentioned; a person known only by a role phrase has a key of its own.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use super::super::lexicon::Lexicon;
use super::super::{Entity, EntityKind};
use super::person_names::{
    ends_name_any_case, opens_with_initial, other_first_name, same_first_name,
};
use crate::text::slug;

/// The entities of one article.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    pub keys: Vec<String>,
    by_key: HashMap<String, usize>,
    /// surname (last name token) → person entity
    surnames: HashMap<String, usize>,
    /// first name → the one person of the article with it (none if two have it)
    given: HashMap<String, Option<usize>>,
    /// Organisations whose name has several words, by first word and by each word in lower case
    /// (so that looking them up does not read every entity of a long article).
    org_first_words: HashMap<String, BTreeSet<usize>>,
    org_words: HashMap<String, BTreeSet<usize>>,
    /// Persons with a role, in entity order.
    with_role: BTreeSet<usize>,
    /// The gender of persons whose words show it (Mrs, la ministre), the first shown.
    pub genders: HashMap<usize, super::Gender>,
    /// Entities whose country was set since [`Registry::new_countries`] last read them.
    country_set: Vec<usize>,
    /// Persons who work for an international body or hold a post abroad.
    abroad: BTreeSet<usize>,
    /// Persons and organisations of the country the article is about, if it names no other.
    domestic: BTreeSet<usize>,
    /// Governments named without their country (le gouvernement).
    governments: BTreeSet<usize>,
    /// Media and platforms the lexicon knows (BBC, Twitter): where a statement is made.
    media: BTreeSet<usize>,
    /// Institutions of a state the lexicon does not know (la police, the Supreme Court): with a
    /// country, their key holds it (the police of New Zealand is not that of El Paso).
    state: BTreeSet<usize>,
    /// How many times each country is named (not by an adjective: la communauté chinoise is no
    /// place).
    named: HashMap<usize, usize>,
    /// Organisations named only by a bare word that speaks (Sprint a annoncé): a person's name
    /// given later (M. Dana) makes them that person.
    bare: BTreeSet<usize>,
    /// Organisations introduced by a noun of their kind (le quotidien Le Monde, the carmaker
    /// Nissan), by that noun in lower case: what "le quotidien", "the carmaker" refer back to;
    /// and by their type (`kind::type_kind`: the gazetteer's, or the one the noun of their name
    /// gives): what "the company", « les juges » refer to when only one of the type is named.
    kinds: HashMap<String, BTreeSet<usize>>,
    /// When each entity was last mentioned (a count of mentions): which holder of a role "the
    /// senator" is.
    seen: HashMap<usize, usize>,
    mentions_so_far: usize,
}

/// The key of the organisation of the article named `name` (not one the lexicon knows).
pub fn org_key(name: &str) -> String {
    format!("org:{}", slug(name))
}

/// How many of the last persons with a role a role phrase without a name may refer to.
const ROLE_HOLDER_REACH: usize = 1000;

impl Registry {
    fn get_or_add(&mut self, key: String, make: impl FnOnce() -> Entity) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let entity = make();
        let i = self.entities.len();
        if entity.country.is_some() {
            self.country_set.push(i);
        }
        if entity.role.is_some() && entity.kind == EntityKind::Person {
            self.with_role.insert(i);
        }
        if entity.kind == EntityKind::Organisation {
            self.index_org_label(i, &entity.label, true);
        }
        self.entities.push(entity);
        self.keys.push(key.clone());
        self.by_key.insert(key, self.entities.len() - 1);
        self.entities.len() - 1
    }

    pub fn country(&mut self, lex: &Lexicon, iso: &str) -> usize {
        let name = lex
            .country(iso)
            .map(|c| c.name_en.clone())
            .unwrap_or_else(|| iso.to_string());
        self.get_or_add(format!("country:{iso}"), || Entity {
            kind: EntityKind::Country,
            label: name,
            country: Some(iso.to_string()),
            role: None,
            mentions: Vec::new(),
            key: None,
            described: false,
            acronym: None,
        })
    }

    pub fn org(
        &mut self,
        key: String,
        label: &str,
        country: Option<String>,
        known: Option<String>,
    ) -> usize {
        let i = self.get_or_add(key, || Entity {
            kind: EntityKind::Organisation,
            label: label.to_string(),
            country,
            role: None,
            mentions: Vec::new(),
            key: known,
            described: false,
            acronym: None,
        });
        if label.chars().count() > self.entities[i].label.chars().count() {
            let old = std::mem::replace(&mut self.entities[i].label, label.to_string());
            self.index_org_label(i, &old, false);
            self.index_org_label(i, label, true);
        }
        i
    }

    /// Adds (or removes) an organisation's name of several words to the word indexes.
    fn index_org_label(&mut self, i: usize, label: &str, add: bool) {
        if !label.contains(' ') {
            return;
        }
        let first = label.split_whitespace().next().map(str::to_string);
        let words = label.split_whitespace().map(str::to_lowercase);
        for (index, word) in [(&mut self.org_first_words, first)]
            .into_iter()
            .flat_map(|(ix, w)| w.map(|w| (ix, w)))
        {
            let set = index.entry(word).or_default();
            if add {
                set.insert(i)
            } else {
                set.remove(&i)
            };
        }
        for word in words {
            let set = self.org_words.entry(word).or_default();
            if add {
                set.insert(i)
            } else {
                set.remove(&i)
            };
        }
    }

    /// Records that organisation `e` was introduced by the noun of its kind `kind` (in lower case).
    pub fn add_kind(&mut self, e: usize, kind: &str) {
        self.kinds.entry(kind.to_string()).or_default().insert(e);
    }

    /// The last organisation introduced by the noun of its kind `kind` (the newspaper → the
    /// newspaper Le Monde).
    pub fn last_of_kind(&self, kind: &str) -> Option<usize> {
        self.kinds.get(kind)?.last().copied()
    }

    /// The one organisation of the kinds `kinds`, if there is only one.
    pub fn only_of_kinds<'k>(&self, kinds: impl Iterator<Item = &'k str>) -> Option<usize> {
        let all: BTreeSet<usize> = kinds
            .filter_map(|k| self.kinds.get(k))
            .flatten()
            .copied()
            .collect();
        let mut it = all.into_iter();
        it.next().filter(|_| it.next().is_none())
    }

    /// The first organisation named with several words whose first word is `word` (Mahan → Mahan
    /// Air).
    pub fn org_starting_with(&self, word: &str) -> Option<usize> {
        self.org_first_words.get(word)?.first().copied()
    }

    /// The last organisation named with more words than `words` whose name opens with them, as
    /// written (Watch Tower → Watch Tower Society, Supreme Court → Supreme Court of the United
    /// States).
    pub fn org_opening_with(&self, words: &[&str]) -> Option<usize> {
        let set = self.org_first_words.get(*words.first()?)?;
        let size = |e: usize| self.entities[e].label.split_whitespace().count();
        // (the shortest: Breitbart News → Breitbart News Daily, not … Daily on SiriusXM)
        set.iter()
            .rev()
            .copied()
            .filter(|&e| {
                let label: Vec<&str> = self.entities[e].label.split_whitespace().collect();
                label.len() > words.len() && label.starts_with(words)
            })
            .min_by_key(|&e| size(e))
    }

    /// The last organisation named with several words one of which is `low` in lower case (le
    /// parquet → le parquet de Nouméa).
    pub fn last_org_with_word(&self, low: &str) -> Option<usize> {
        self.org_words.get(low)?.last().copied()
    }

    /// The last organisation named with more words than `words` whose name holds each of them in
    /// lower case (la cour d'appel → la Cour fédérale d'appel de San Francisco).
    pub fn last_org_with_all(&self, words: &[&str]) -> Option<usize> {
        self.org_words
            .get(*words.first()?)?
            .iter()
            .rev()
            .copied()
            .find(|&e| {
                let label: Vec<String> = self.entities[e]
                    .label
                    .split(|ch: char| ch.is_whitespace() || ch == '\'' || ch == '’')
                    .map(str::to_lowercase)
                    .collect();
                label.len() > words.len() && words.iter().all(|w| label.iter().any(|l| l == w))
            })
    }

    /// The last organisation named with several words whose name ends with `words` written with
    /// capitals there, given in lower case (the budget office → the Congressional Budget Office).
    pub fn last_org_ending_with(&self, words: &[&str]) -> Option<usize> {
        let last = words.last()?;
        self.org_words.get(*last)?.iter().rev().copied().find(|&e| {
            let label: Vec<&str> = self.entities[e].label.split_whitespace().collect();
            let Some(tail) = label.len().checked_sub(words.len()).map(|at| &label[at..]) else {
                return false;
            };
            let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
            tail.iter().zip(words).all(|(a, b)| a.to_lowercase() == *b) && tail.iter().any(capital)
        })
    }

    /// Notes a mention of entity `e`.
    /// Notes that person `e` is of gender `g`, unless the article showed another before.
    pub fn note_gender(&mut self, e: usize, g: super::Gender) {
        self.genders.entry(e).or_insert(g);
    }

    pub fn mentioned(&mut self, e: usize) {
        self.mentions_so_far += 1;
        self.seen.insert(e, self.mentions_so_far);
    }

    /// The one company of the article so far (the company → Acme Holdings), if there is only
    /// one: an organisation of one of the `kinds` of a company or named as one (`named_as_firm`
    /// of its label).
    pub fn only_firm(
        &self,
        kinds: &[String],
        named_as_firm: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let mut firms = self.seen.keys().copied().filter(|&e| {
            self.entities[e].kind == EntityKind::Organisation
                && (kinds.iter().any(|k| self.of_kind(e, k))
                    || named_as_firm(&self.entities[e].label))
        });
        let one = firms.next();
        one.filter(|_| firms.next().is_none())
    }

    /// The persons with a role (at most [`ROLE_HOLDER_REACH`]), the last mentioned first.
    pub fn persons_with_role(&self) -> impl Iterator<Item = usize> {
        let mut all: Vec<usize> = self.with_role.iter().copied().collect();
        all.sort_by_key(|e| std::cmp::Reverse((self.seen.get(e).copied().unwrap_or(0), *e)));
        all.into_iter().take(ROLE_HOLDER_REACH)
    }

    /// Gives person `e` the role `role` if it has none.
    pub fn set_role_if_none(&mut self, e: usize, role: &str) {
        if self.entities[e].role.is_none() {
            self.entities[e].role = Some(role.to_string());
            if self.entities[e].kind == EntityKind::Person {
                self.with_role.insert(e);
            }
        }
    }

    /// The countries of entities whose country was set since the last call, in entity order,
    /// without repeats.
    pub fn new_countries(&mut self) -> Vec<String> {
        let mut set = std::mem::take(&mut self.country_set);
        set.sort_unstable();
        set.dedup();
        let mut out: Vec<String> = Vec::new();
        for e in set {
            if let Some(iso) = &self.entities[e].country {
                if !out.contains(iso) {
                    out.push(iso.clone());
                }
            }
        }
        out
    }

    /// A person by full name (and known actor key, if any).
    pub fn person(
        &mut self,
        label: &str,
        actor: Option<String>,
        role: Option<String>,
        country: Option<String>,
    ) -> usize {
        let surname = surname_key(label.split_whitespace().last().unwrap_or(label));
        // a known surname of this article names the same person (Blinken → Antony Blinken)
        let existing = actor
            .as_ref()
            .and_then(|k| self.by_key.get(&format!("actor:{k}")).copied())
            .or_else(|| {
                self.surnames
                    .get(&surname)
                    .copied()
                    .filter(|&e| self.joins_by_surname(e, label, actor.as_deref()))
            })
            .or_else(|| self.by_key.get(&format!("person:{}", slug(label))).copied());
        if existing.is_none() && actor.is_none() && role.is_none() {
            if let Some(o) = self.organisation_named(label) {
                return o;
            }
        }
        let new_key = || match &actor {
            Some(k) => format!("actor:{k}"),
            None => format!("person:{}", slug(label)),
        };
        let i = existing.unwrap_or_else(|| {
            self.get_or_add(new_key(), || Entity {
                kind: EntityKind::Person,
                label: label.to_string(),
                country: country.clone(),
                role: role.clone(),
                mentions: Vec::new(),
                key: actor.clone(),
                described: false,
                acronym: None,
            })
        });
        let e = &mut self.entities[i];
        // the fuller name, but a first name in full over its initials (Eddie Mannix, not
        // E. J. Mannix)
        if label.split_whitespace().count() > e.label.split_whitespace().count()
            && (!opens_with_initial(label) || opens_with_initial(&e.label))
        {
            e.label = label.to_string();
        }
        if e.role.is_none() && role.is_some() {
            e.role = role;
            self.with_role.insert(i);
        }
        if e.country.is_none() && country.is_some() {
            e.country = country;
            self.country_set.push(i);
        }
        if e.key.is_none() {
            e.key = actor;
        }
        self.surnames.entry(surname).or_insert(i);
        self.index_first_surname(label, i);
        self.index_given_name(label, i);
        i
    }

    /// The first name of a full name (not an initial; a name of letters, not a Volvo XC90) names
    /// that person, while no other person of the article has it (Jamal Khashoggi … "Jamal was
    /// brave").
    fn index_given_name(&mut self, label: &str, i: usize) {
        let mut words = label.split_whitespace();
        let (Some(first), Some(_)) = (words.next(), words.next()) else {
            return;
        };
        if label.chars().any(|ch| ch.is_ascii_digit()) {
            return;
        }
        let name = first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().count() >= 3
            && !first.ends_with('.');
        if name {
            let one = self.given.entry(first.to_string()).or_insert(Some(i));
            if *one != Some(i) {
                *one = None;
            }
        }
    }

    /// The one person of the article whose first name is `word`.
    pub fn given_name(&self, word: &str) -> Option<usize> {
        self.given.get(word).copied().flatten()
    }

    /// Whether person `label` (of known actor key `actor`) is person `e`, who has its surname:
    /// a surname alone joins the person of that surname; a full name joins them only with the
    /// same first name (Penelope Fillon is not François Fillon; H. Clinton is Hillary Clinton).
    fn joins_by_surname(&self, e: usize, label: &str, actor: Option<&str>) -> bool {
        let known_label = &self.entities[e].label;
        // a known actor named by surname only keeps its own first name (Hunter Biden does not
        // join the Biden of the lexicon, Joe Biden), nor does the lexicon's Biden join the
        // Hunter Biden named before
        let known_other = actor.is_some_and(|k| other_first_name(k, known_label));
        // (the end of a known name is that person: Le Pen; Bin Salman too)
        let tail = label.contains(' ') && ends_name_any_case(known_label, label);
        tail || !self.entities[e]
            .key
            .as_deref()
            .is_some_and(|k| other_first_name(k, label))
            && !known_other
            && (label.split_whitespace().count() == 1
                || known_label.split_whitespace().count() == 1
                || same_first_name(
                    label.split_whitespace().next(),
                    known_label.split_whitespace().next(),
                ))
    }

    /// Gives entity `e` the country `iso` if it has none (and an institution of a state its key).
    pub fn set_country_if_none(&mut self, e: usize, iso: String) {
        let x = &mut self.entities[e];
        if x.country.is_none() {
            if self.state.contains(&e) && x.key.is_none() {
                x.key = Some(format!("{}-{}", slug(&x.label), iso.to_lowercase()));
            }
            x.country = Some(iso);
            self.country_set.push(e);
        }
    }

    /// Marks organisation `e` as a government named without its country.
    /// The first of two surnames names the person too (Ricardo Rosselló Nevares → Rosselló,
    /// Enrique Peña Nieto → Peña): the capitalised middle words of a name of three or more.
    fn index_first_surname(&mut self, label: &str, i: usize) {
        let words: Vec<&str> = label.split_whitespace().collect();
        if words.len() < 3 {
            return;
        }
        for w in &words[1..words.len() - 1] {
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            if capitalised && w.chars().count() >= 3 && !w.ends_with('.') {
                self.surnames.entry(surname_key(w)).or_insert(i);
            }
        }
    }

    /// The organisation the article named `label` before (the company Cultura Colectiva …
    /// Cultura Colectiva said): a person named so without key or role is that organisation; but a
    /// bare word taken for an organisation (Dana a déclaré) is the person named so later (M. Dana).
    fn organisation_named(&mut self, label: &str) -> Option<usize> {
        let o = *self.by_key.get(&org_key(label))?;
        self.person_after_all(o);
        Some(o)
    }

    /// Whether entity `e` is a person, or an organisation named by a bare word that then becomes
    /// one (Smith, the senator, …: the role in apposition shows a person).
    pub fn person_after_all(&mut self, e: usize) -> bool {
        let person = self.entities[e].kind == EntityKind::Person;
        if person || !self.bare.remove(&e) {
            return person;
        }
        let label = self.entities[e].label.clone();
        self.entities[e].kind = EntityKind::Person;
        self.by_key.insert(format!("person:{}", slug(&label)), e);
        self.surnames.entry(surname_key(&label)).or_insert(e);
        true
    }

    /// An organisation named by a bare word that speaks (Sprint a annoncé, Politico reported),
    /// which a person's name given later may turn into that person.
    pub fn bare_org(&mut self, word: &str) -> usize {
        let key = org_key(word);
        let new = !self.by_key.contains_key(&key);
        let e = self.org(key, word, None, None);
        if new {
            self.bare.insert(e);
        }
        e
    }

    /// Marks organisation `e` as a medium or a platform.
    pub fn set_medium(&mut self, e: usize) {
        self.media.insert(e);
    }

    pub fn medium(&self, e: usize) -> bool {
        self.media.contains(&e)
    }

    /// Whether organisation `e` is filed under `kind`.
    pub fn of_kind(&self, e: usize, kind: &str) -> bool {
        self.kinds.get(kind).is_some_and(|set| set.contains(&e))
    }

    pub fn set_government(&mut self, e: usize) {
        self.governments.insert(e);
    }

    pub fn government(&self, e: usize) -> bool {
        self.governments.contains(&e)
    }

    /// Marks organisation `e` as an institution of a state.
    pub fn set_state(&mut self, e: usize) {
        self.state.insert(e);
    }

    pub fn is_state(&self, e: usize) -> bool {
        self.state.contains(&e)
    }

    /// Marks person `e` as working for an international body or holding a post abroad.
    pub fn set_abroad(&mut self, e: usize) {
        self.abroad.insert(e);
    }

    pub fn abroad(&self, e: usize) -> bool {
        self.abroad.contains(&e)
    }

    /// Counts a mention of entity `e` by its name, a country's as a place of the article.
    pub fn count_name(&mut self, e: usize) {
        if self.entities[e].kind == EntityKind::Country {
            *self.named.entry(e).or_default() += 1;
        }
    }

    /// The countries of the article by weight, heaviest first (then in order of first mention):
    /// two for each mention by name or capital, one for each by an adjective (la communauté
    /// chinoise says less of where the article is than Pékin).
    pub fn country_weights(&self) -> Vec<(usize, usize)> {
        let mut counts: Vec<(usize, usize)> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, x)| x.kind == EntityKind::Country)
            .map(|(e, x)| {
                let named = self.named.get(&e).copied().unwrap_or(0);
                (named + x.mentions.len(), e)
            })
            .collect();
        counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        counts
    }

    /// Marks entity `e` as of the country the article is about, if it names no other.
    pub fn set_domestic(&mut self, e: usize) {
        self.domestic.insert(e);
    }

    pub fn domestic(&self, e: usize) -> bool {
        self.domestic.contains(&e)
    }

    /// A person known only by a role phrase (son avocat → "avocat").
    pub fn role_person(&mut self, role: &str, country: Option<String>) -> usize {
        self.get_or_add(
            format!("role:{}:{}", slug(role), country.as_deref().unwrap_or("")),
            || Entity {
                kind: EntityKind::Person,
                label: role.to_string(),
                country,
                role: Some(role.to_string()),
                mentions: Vec::new(),
                key: None,
                described: true,
                acronym: None,
            },
        )
    }

    /// Registers entity `e` under another key too (an organisation's acronym), unless the key
    /// names an entity already.
    pub fn alias(&mut self, key: String, e: usize) {
        self.by_key.entry(key).or_insert(e);
    }

    /// The entity registered under `key`.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    pub fn surname(&self, word: &str) -> Option<usize> {
        self.surnames.get(&surname_key(word)).copied()
    }
}

/// A surname as the index keys it: a curly apostrophe is a straight one (O’Malley, O'Malley).
fn surname_key(word: &str) -> String {
    word.replace('’', "'")
}
