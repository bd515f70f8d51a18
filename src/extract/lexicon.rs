//! Reference data for extraction, loaded from the TSV files of `ontology/` (embedded in the binary)
//! and from user files given with `--lexicon` (same formats, recognised by their header line).
//! Phrases are indexed by their first token, so that matching a text is one hash look-up per token.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use thiserror::Error;

use super::tokens::{tokenize, Token};
use super::SpeechAct;
use crate::text::Span;

const COUNTRIES: &str = include_str!("../../ontology/countries.tsv");
const COUNTRY_FORMS: &str = include_str!("../../ontology/country-forms.tsv");
const ORGANISATIONS: &str = include_str!("../../ontology/organisations.tsv");
const ACTORS: &str = include_str!("../../ontology/actors.tsv");
const CUES: &str = include_str!("../../ontology/cues.tsv");
const WORDS: &str = include_str!("../../ontology/extraction-words.tsv");

#[derive(Debug, Error)]
pub enum LexiconError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: unknown lexicon header {header:?} (expected the header of one of the ontology/*.tsv files)")]
    Header { path: String, header: String },
}

/// How a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryHow {
    Name,
    Adjective,
    Demonym,
    Capital,
    Seat,
}

#[derive(Debug, Clone)]
pub struct Country {
    pub iso: String,
    pub name_en: String,
}

#[derive(Debug, Clone)]
pub struct Organisation {
    pub key: String,
    pub label_en: String,
    pub country: Option<String>,
    pub kind: String,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub key: String,
    pub label: String,
    pub country: Option<String>,
    pub role: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

/// Kind of a reporting cue form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Finite,
    Participle,
    Gerund,
    Inverted,
    Preposition,
    Noun,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub lemma: String,
    pub act: SpeechAct,
    pub kind: CueKind,
    /// A reflexive French lemma (`se féliciter`): its participle follows `s'est`.
    pub reflexive: bool,
}

/// What a gazetteer phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gaz {
    Country(usize, CountryHow),
    Org(usize),
    Actor(usize),
    ActorSurname(usize),
}

/// Phrases (token sequences) indexed by their first token.
#[derive(Debug, Clone)]
pub struct PhraseIndex<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for PhraseIndex<T> {
    fn default() -> Self {
        PhraseIndex {
            by_first: HashMap::default(),
        }
    }
}

/// The tokens of a lexicon form.
pub fn form_tokens(form: &str) -> Vec<String> {
    tokenize(form, Span::new(0, form.len()))
        .into_iter()
        .map(|t| t.norm)
        .collect()
}

/// A token as written (apostrophes folded), for [`PhraseIndex::longest_at`].
pub fn exact(t: &Token) -> &str {
    &t.norm
}

/// A token in lower case, for [`PhraseIndex::longest_at`].
pub fn lower(t: &Token) -> &str {
    t.lower()
}

impl<T: Clone> PhraseIndex<T> {
    pub fn insert(&mut self, tokens: Vec<String>, value: T) {
        let Some(first) = tokens.first().cloned() else {
            return;
        };
        let list = self.by_first.entry(first).or_default();
        if list.iter().any(|(t, _)| *t == tokens) {
            return; // first entry wins
        }
        list.push((tokens, value));
        list.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    }

    /// The longest phrase starting at token `i`, compared through `key` ([`exact`] or [`lower`]).
    pub fn longest_at(
        &self,
        toks: &[Token],
        i: usize,
        key: impl Fn(&Token) -> &str,
    ) -> Option<(usize, &T)> {
        let first = key(toks.get(i)?);
        let list = self.by_first.get(first)?;
        'phrases: for (phrase, value) in list {
            if i + phrase.len() > toks.len() {
                continue;
            }
            for (k, p) in phrase.iter().enumerate().skip(1) {
                if key(&toks[i + k]) != p.as_str() {
                    continue 'phrases;
                }
            }
            return Some((phrase.len(), value));
        }
        None
    }

    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Closed word classes of `extraction-words.tsv`, per class.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub titles: HashSet<String>,
    pub roles: PhraseIndex<String>,
    pub orgheads: HashSet<String>,
    pub orgadj: HashSet<String>,
    pub function: HashSet<String>,
    pub skip: PhraseIndex<()>,
    pub pronouns: HashSet<String>,
    pub references: HashSet<String>,
    pub vague: HashSet<String>,
    pub particles: HashSet<String>,
    pub not_first: HashSet<String>,
}

/// Everything the extractor looks up.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    country_index: HashMap<String, usize>,
    pub organisations: Vec<Organisation>,
    pub actors: Vec<Actor>,
    /// Case-sensitive gazetteer of countries, organisations and known actors.
    pub gazetteer: PhraseIndex<Gaz>,
    /// Reporting cues, lower case, per language.
    pub cues: HashMap<String, PhraseIndex<Cue>>,
    /// Nominal reporting cues (l'annonce de, the condemnation from), per language.
    pub noun_cues: HashMap<String, PhraseIndex<Cue>>,
    /// First names seen in known actors' names.
    pub first_names: HashSet<String>,
    pub words: Words,
}

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

fn header(data: &str) -> Option<&str> {
    data.lines()
        .find(|l| !l.starts_with('#') && !l.trim().is_empty())
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn speech_act(s: &str) -> Option<SpeechAct> {
    SpeechAct::ALL.into_iter().find(|a| a.as_str() == s)
}

fn nonempty(s: Option<&&str>) -> Option<String> {
    s.map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn builtin() -> Arc<Lexicon> {
        static LEX: OnceLock<Arc<Lexicon>> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = Lexicon::default();
            for data in [COUNTRIES, COUNTRY_FORMS, ORGANISATIONS, ACTORS, CUES, WORDS] {
                lex.add(data);
            }
            lex.finish();
            Arc::new(lex)
        })
        .clone()
    }

    /// The built-in lexicon extended with user files.
    pub fn with_files(files: &[impl AsRef<Path>]) -> Result<Arc<Lexicon>, LexiconError> {
        if files.is_empty() {
            return Ok(Self::builtin());
        }
        let mut lex = (*Self::builtin()).clone();
        for f in files {
            let path = f.as_ref().display().to_string();
            let data = std::fs::read_to_string(f).map_err(|source| LexiconError::Io {
                path: path.clone(),
                source,
            })?;
            if !lex.add(&data) {
                return Err(LexiconError::Header {
                    path,
                    header: header(&data).unwrap_or("").to_string(),
                });
            }
        }
        lex.finish();
        Ok(Arc::new(lex))
    }

    fn country_idx(&mut self, iso: &str) -> usize {
        let iso = iso.trim().to_ascii_uppercase();
        if let Some(&i) = self.country_index.get(&iso) {
            return i;
        }
        self.countries.push(Country {
            iso: iso.clone(),
            name_en: iso.clone(),
        });
        self.country_index.insert(iso, self.countries.len() - 1);
        self.countries.len() - 1
    }

    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.country_index.get(iso).map(|&i| &self.countries[i])
    }

    /// Adds one TSV file; false if its header is not one Parley knows.
    fn add(&mut self, data: &str) -> bool {
        let h = header(data).unwrap_or("");
        match h {
            "iso2\tname_en\tname_fr" => {
                for r in rows(data) {
                    if r.len() >= 2 {
                        let i = self.country_idx(r[0]);
                        self.countries[i].name_en = r[1].trim().to_string();
                    }
                }
            }
            "iso2\tlang\tkind\tform" => {
                for r in rows(data) {
                    if r.len() < 4 {
                        continue;
                    }
                    let how = match r[2] {
                        "name" => CountryHow::Name,
                        "adjective" => CountryHow::Adjective,
                        "demonym" => CountryHow::Demonym,
                        "capital" => CountryHow::Capital,
                        "seat" => CountryHow::Seat,
                        _ => continue,
                    };
                    let i = self.country_idx(r[0]);
                    self.gazetteer
                        .insert(form_tokens(r[3]), Gaz::Country(i, how));
                }
            }
            "key\tlabel_en\tlabel_fr\tcountry\ttype\tforms" => {
                for r in rows(data) {
                    if r.len() < 6 {
                        continue;
                    }
                    self.organisations.push(Organisation {
                        key: r[0].to_string(),
                        label_en: r[1].to_string(),
                        country: nonempty(r.get(3)),
                        kind: r[4].to_string(),
                    });
                    let i = self.organisations.len() - 1;
                    for form in r[5].split('|').filter(|f| !f.is_empty()) {
                        self.gazetteer.insert(form_tokens(form), Gaz::Org(i));
                    }
                }
            }
            "key\tlabel\tnames\tshort\tcountry\trole\tstart\tend" => {
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
                    for name in std::iter::once(r[1])
                        .chain(r[2].split('|'))
                        .filter(|f| !f.is_empty())
                    {
                        let toks = form_tokens(name);
                        if toks.len() >= 2 {
                            if let Some(first) = toks.first() {
                                if first.chars().count() >= 3
                                    && first.chars().all(char::is_alphabetic)
                                {
                                    self.first_names.insert(first.clone());
                                }
                            }
                        }
                        self.gazetteer.insert(toks, Gaz::Actor(i));
                    }
                    for short in r[3].split('|').filter(|f| !f.is_empty()) {
                        self.gazetteer
                            .insert(form_tokens(short), Gaz::ActorSurname(i));
                    }
                }
            }
            "lang\tlemma\tspeech_act\tkind\tform" => {
                for r in rows(data) {
                    if r.len() < 5 {
                        continue;
                    }
                    let Some(act) = speech_act(r[2]) else {
                        continue;
                    };
                    let kind = match r[3] {
                        "finite" => CueKind::Finite,
                        "participle" => CueKind::Participle,
                        "gerund" => CueKind::Gerund,
                        "inverted" => CueKind::Inverted,
                        "preposition" => CueKind::Preposition,
                        "noun" => CueKind::Noun,
                        _ => continue,
                    };
                    let lemma = r[1].to_string();
                    let reflexive = lemma.starts_with("se ")
                        || lemma.starts_with("s'")
                        || lemma.starts_with("s’");
                    let toks: Vec<String> = form_tokens(&r[4].to_lowercase());
                    // nouns have their own index: "annonce" is both a verb form and a noun
                    let index = if kind == CueKind::Noun {
                        &mut self.noun_cues
                    } else {
                        &mut self.cues
                    };
                    index.entry(r[0].to_string()).or_default().insert(
                        toks,
                        Cue {
                            lemma,
                            act,
                            kind,
                            reflexive,
                        },
                    );
                }
            }
            "lang\tclass\tform" => {
                for r in rows(data) {
                    if r.len() < 3 {
                        continue;
                    }
                    let form = r[2].to_string();
                    let w = &mut self.words;
                    match r[1] {
                        "title" => {
                            w.titles.insert(form.trim_end_matches('.').to_string());
                        }
                        "role" => w.roles.insert(form_tokens(&form), form.clone()),
                        "orghead" => {
                            w.orgheads.insert(form);
                        }
                        "orgadj" => {
                            w.orgadj.insert(form);
                        }
                        "function" => {
                            w.function.insert(form);
                        }
                        "skip" => w.skip.insert(form_tokens(&form.to_lowercase()), ()),
                        "pronoun" => {
                            w.pronouns.insert(form.to_lowercase());
                        }
                        "reference" => {
                            w.references.insert(form);
                        }
                        "vague" => {
                            w.vague.insert(form);
                        }
                        "particle" => {
                            w.particles.insert(form);
                        }
                        "notfirst" => {
                            w.not_first.insert(form);
                        }
                        _ => {}
                    }
                }
            }
            _ => return false,
        }
        true
    }

    fn finish(&mut self) {
        // a first name that is also a country form, a title or a function word is not a first name
        let function = self.words.function.clone();
        let not_first = self.words.not_first.clone();
        self.first_names
            .retain(|f| !function.contains(f) && !not_first.contains(f));
    }

    /// The actor row of `key`'s person holding a role on `day` (or any row of that person).
    pub fn actor_on(&self, idx: usize, day: Option<NaiveDate>) -> &Actor {
        let a = &self.actors[idx];
        let Some(day) = day else { return a };
        self.actors
            .iter()
            .filter(|b| b.key == a.key)
            .find(|b| b.start.is_none_or(|s| s <= day) && b.end.is_none_or(|e| day <= e))
            .unwrap_or(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_has_what_the_seed_needs() {
        let lex = Lexicon::builtin();
        let find = |s: &str| {
            let toks = tokenize(s, Span::new(0, s.len()));
            lex.gazetteer
                .longest_at(&toks, 0, exact)
                .map(|(n, g)| (n, *g))
        };
        let ru = lex.country_index["RU"];
        assert_eq!(
            find("Moscou"),
            Some((1, Gaz::Country(ru, CountryHow::Capital)))
        );
        assert_eq!(
            find("russe"),
            Some((1, Gaz::Country(ru, CountryHow::Adjective)))
        );
        assert_eq!(
            find("Kremlin"),
            Some((1, Gaz::Country(ru, CountryHow::Seat)))
        );
        assert!(matches!(
            find("États-Unis"),
            Some((1, Gaz::Country(_, CountryHow::Name)))
        ));
        assert!(matches!(
            find("Kassym-Jomart Tokaïev"),
            Some((2, Gaz::Actor(_)))
        ));
        assert!(matches!(find("OTAN"), Some((1, Gaz::Org(_)))));
        assert_eq!(
            lex.country("KZ").map(|c| c.name_en.as_str()),
            Some("Kazakhstan")
        );
        let fr = &lex.cues["fr"];
        for form in [
            "dénoncé",
            "prévenu",
            "ajoutant",
            "a-t-il ajouté",
            "indique",
            "selon",
            "déclaré",
        ] {
            let toks = tokenize(form, Span::new(0, form.len()));
            assert!(fr.longest_at(&toks, 0, lower).is_some(), "{form}");
        }
        let en = &lex.cues["en"];
        for form in ["said", "warned", "according to", "denied", "urged"] {
            let toks = tokenize(form, Span::new(0, form.len()));
            assert!(en.longest_at(&toks, 0, lower).is_some(), "{form}");
        }
    }

    #[test]
    fn user_lexicons_extend_the_builtin_one() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("extra.tsv");
        std::fs::write(&f, "key\tlabel_en\tlabel_fr\tcountry\ttype\tforms\nacme\tAcme Corp\tAcme\tUS\tcompany\tAcme Corp|ACME\n").unwrap();
        let lex = Lexicon::with_files(&[&f]).unwrap();
        let toks = tokenize("ACME", Span::new(0, 4));
        assert!(matches!(
            lex.gazetteer.longest_at(&toks, 0, exact),
            Some((1, Gaz::Org(_)))
        ));
        let bad = dir.path().join("bad.tsv");
        std::fs::write(&bad, "a\tb\n").unwrap();
        assert!(Lexicon::with_files(&[&bad])
            .unwrap_err()
            .to_string()
            .contains("unknown lexicon header"));
    }
}
