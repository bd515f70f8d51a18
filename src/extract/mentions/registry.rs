//! The entities of one article, registered once each: a surname or `M. Blinken` joins the person
//! first named `Antony Blinken`; a known actor or a country is the same entity wherever it is
//! mentioned; a person known only by a role phrase has a key of its own.

use std::collections::HashMap;

use super::super::lexicon::Lexicon;
use super::super::{Entity, EntityKind};
use crate::text::slug;

/// The entities of one article.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    pub keys: Vec<String>,
    by_key: HashMap<String, usize>,
    /// surname (last name token) → person entity
    surnames: HashMap<String, usize>,
}

impl Registry {
    fn get_or_add(&mut self, key: String, make: impl FnOnce() -> Entity) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        self.entities.push(make());
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
        });
        if label.chars().count() > self.entities[i].label.chars().count() {
            self.entities[i].label = label.to_string();
        }
        i
    }

    /// A person by full name (and known actor key, if any).
    pub fn person(
        &mut self,
        label: &str,
        actor: Option<String>,
        role: Option<String>,
        country: Option<String>,
    ) -> usize {
        let surname = label.split_whitespace().last().unwrap_or(label).to_string();
        // a known surname of this article names the same person (Blinken → Antony Blinken)
        let existing = actor
            .as_ref()
            .and_then(|k| self.by_key.get(&format!("actor:{k}")).copied())
            // a surname alone joins the person of that surname; a full name joins them only
            // with the same first name (Penelope Fillon is not François Fillon)
            .or_else(|| {
                self.surnames.get(&surname).copied().filter(|&e| {
                    let first = label.split_whitespace().next();
                    let known = self.entities[e].label.split_whitespace().next();
                    label.split_whitespace().count() == 1
                        || self.entities[e].label.split_whitespace().count() == 1
                        || first == known
                })
            })
            .or_else(|| self.by_key.get(&format!("person:{}", slug(label))).copied());
        let i = match existing {
            Some(i) => i,
            None => {
                let key = match &actor {
                    Some(k) => format!("actor:{k}"),
                    None => format!("person:{}", slug(label)),
                };
                self.get_or_add(key, || Entity {
                    kind: EntityKind::Person,
                    label: label.to_string(),
                    country: country.clone(),
                    role: role.clone(),
                    mentions: Vec::new(),
                    key: actor.clone(),
                })
            }
        };
        let e = &mut self.entities[i];
        if label.split_whitespace().count() > e.label.split_whitespace().count() {
            e.label = label.to_string();
        }
        if e.role.is_none() {
            e.role = role;
        }
        if e.country.is_none() {
            e.country = country;
        }
        if e.key.is_none() {
            e.key = actor;
        }
        self.surnames.entry(surname).or_insert(i);
        i
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
            },
        )
    }

    /// The entity registered under `key`.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    pub fn surname(&self, word: &str) -> Option<usize> {
        self.surnames.get(word).copied()
    }
}
