//! The actor data (`actors.tsv`): known persons, their names, and the roles they held when.

use chrono::NaiveDate;

use super::{date, nonempty, office_name, rows, slug, Actor, Gaz, Lexicon, PhraseClass};

impl Lexicon {
    pub(super) fn add_actors(&mut self, data: &str) {
        // the titles of monarchs (king, roi), before a name that makes its holder one
        let monarch_titles: Vec<String> = (self.words.phrases.offices.iter())
            .filter(|(_, _, o)| *o == PhraseClass::OfficeMonarch)
            .map(|(_, p, _)| p.clone())
            .collect();
        for r in rows(data) {
            if r.len() < 6 {
                continue;
            }
            self.actors.push(Actor {
                key: r[0].to_string(),
                label: r[1].to_string(),
                country: nonempty(r.get(4)),
                role: r[5].to_string(),
                start: r.get(6).and_then(|d| date(d)),
                end: r.get(7).and_then(|d| date(d)),
            });
            let i = self.actors.len() - 1;
            self.actor_rows.entry(r[0].to_string()).or_default().push(i);
            for name in std::iter::once(r[1])
                .chain(r[2].split('|'))
                .filter(|f| !f.is_empty())
            {
                let toks = self.form_tokens(name);
                if toks.len() >= 2 {
                    self.actor_slugs.entry(slug(name)).or_insert(i);
                    if let Some(first) = toks.first() {
                        if monarch_titles.contains(&first.to_lowercase()) {
                            self.monarchs.insert(r[0].to_string());
                        }
                        if first.chars().count() >= 3 && first.chars().all(char::is_alphabetic) {
                            self.first_name_keys
                                .entry(first.clone())
                                .or_default()
                                .insert(r[0].to_string());
                        }
                    }
                }
                self.gazetteer.insert(toks, Gaz::Actor(i));
            }
            for short in r[3].split('|').filter(|f| !f.is_empty()) {
                let toks = self.form_tokens(short);
                self.gazetteer.insert(toks, Gaz::ActorSurname(i));
            }
        }
    }

    /// Whether `key`'s person holds the office of phrase class `office` on `day` in the actor
    /// data (head of state, foreign minister): a head of state the data names with a monarch's
    /// title is a king's office, another a president's.
    pub fn in_office(&self, key: &str, day: NaiveDate, office: PhraseClass) -> bool {
        let monarch = self.monarchs.contains(key);
        self.actor_rows.get(key).into_iter().flatten().any(|&i| {
            let b = &self.actors[i];
            b.start.is_none_or(|s| s <= day)
                && b.end.is_none_or(|e| day <= e)
                // (a minister of any portfolio for "the minister": foreign minister, minister)
                && (b.role == office_name(office)
                    || office == PhraseClass::OfficeMinister && b.role.ends_with(office_name(office)))
                && match office {
                    PhraseClass::OfficeMonarch => monarch,
                    PhraseClass::OfficePresident => !monarch,
                    _ => true,
                }
        })
    }

    /// The actor row of `key`'s person holding a role on `day` (or any row of that person).
    pub fn actor_on(&self, idx: usize, day: Option<NaiveDate>) -> &Actor {
        let a = &self.actors[idx];
        let Some(day) = day else { return a };
        self.rows_of(a)
            .find(|b| b.start.is_none_or(|s| s <= day) && b.end.is_none_or(|e| day <= e))
            .unwrap_or(a)
    }

    /// The country of actor row `idx`'s person on `day`: that of the role held that day, else of
    /// the latest role that has one (Donald Tusk, President of the European Council, is Polish).
    pub fn actor_country(&self, idx: usize, day: Option<NaiveDate>) -> Option<String> {
        let a = self.actor_on(idx, day);
        a.country.clone().or_else(|| {
            self.rows_of(a)
                .filter(|b| b.country.is_some())
                .max_by_key(|b| b.end.or(b.start))
                .and_then(|b| b.country.clone())
        })
    }

    /// The actor whose full name is `name` once accents, case and punctuation are folded.
    pub fn actor_named(&self, name: &str) -> Option<usize> {
        self.actor_slugs.get(&slug(name)).copied()
    }

    /// Every row of the actor of row `a`.
    fn rows_of<'s>(&'s self, a: &Actor) -> impl Iterator<Item = &'s Actor> + 's {
        self.actor_rows
            .get(&a.key)
            .into_iter()
            .flatten()
            .map(|&i| &self.actors[i])
    }
}
