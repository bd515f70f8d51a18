//! Reference data for extraction, loaded from the TSV files of `ontology/` (embedded in the binary)
//! and from user files given with `--lexicon` (same formats, recognised by their header line):
//! gazetteers (countries, organisations, actors), reporting cues, closed word classes and syntax
//! settings ([`Words`]), calendar words ([`Calendar`]). Everything per language is data: a language
//! Parley has cues for is a language it reads.
//! Phrases are indexed by their first token, so that matching a text is one hash look-up per token.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use thiserror::Error;

use super::acts::SpeechAct;
pub use super::phrases::{exact, lower, PhraseIndex};
use super::tokens::{Token, Tokenizer};
use super::when::Calendar;
use super::words::{classes, Setting, Words, W};
use crate::text::keys::capitalised;
use crate::text::{slug, Span};

mod actors;
mod institutions;

const COUNTRIES: &str = include_str!("../../ontology/countries.tsv");
const COUNTRY_FORMS: &str = include_str!("../../ontology/country-forms.tsv");
const ORGANISATIONS: &str = include_str!("../../ontology/organisations.tsv");
const ACTORS: &str = include_str!("../../ontology/actors.tsv");
const CUES: &str = include_str!("../../ontology/cues.tsv");
const WORDS: &str = include_str!("../../ontology/extraction-words.tsv");
const SYNTAX: &str = include_str!("../../ontology/syntax.tsv");
const CALENDAR: &str = include_str!("../../ontology/calendar.tsv");
const FIRST_NAMES: &str = include_str!("../../ontology/first-names.tsv");

/// How many persons of the lexicon a word must begin the name of to be a first name.
const FIRST_NAME_PERSONS: usize = 2;

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

classes! {
    /// How a country is named (`kind` of `country-forms.tsv`).
    CountryHow { Name, Adjective, Demonym, Capital, Seat, Place, Combining, }
}

classes! {
    /// Kind of a reporting cue form (`kind` of `cues.tsv`).
    CueKind { Finite, Participle, Gerund, Inverted, Preposition, Noun, Infinitive, }
}

impl CueKind {
    /// Whether a form of this kind is the verb of a subject that stands before it (Neymar a
    /// déclaré, "…," said Murphy): not a preposition, a noun or an infinitive.
    pub fn is_subjects_verb(self) -> bool {
        !matches!(self, Self::Preposition | Self::Noun | Self::Infinitive)
    }
}

classes! {
    /// Multi-word classes of `extraction-words.tsv` (the others are [`W`]).
    PhraseClass {
        Role, Skip, OwnCountry, ThatCountry, NotReport, MediumUser, MissionHead,
        OfficeHeadOfState, OfficePresident, OfficeMonarch, OfficeHeadOfGovernment,
        OfficeForeignMinister, OfficeDefenceMinister, OfficeMinister,
    }
}

/// The role an `office-…` phrase class names, as the actor data writes it.
fn office_name(class: PhraseClass) -> &'static str {
    use PhraseClass::*;
    match class {
        OfficeHeadOfState | OfficePresident | OfficeMonarch => "head of state",
        OfficeHeadOfGovernment => "head of government",
        OfficeForeignMinister => "foreign minister",
        OfficeMinister => "minister",
        _ => "defence minister",
    }
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
    /// Its label in each language of the file's label columns (label_en, label_fr).
    labels: Vec<(String, String)>,
    pub country: Option<String>,
    pub kind: String,
}

/// The header of the organisations' file.
const ORGANISATION_HEADER: &str = "key\tlabel_en\tlabel_fr\tcountry\ttype\tforms";

impl Organisation {
    /// Its label in language `lang`, else the English one.
    pub fn label(&self, lang: &str) -> &str {
        (self.labels.iter())
            .find(|(l, _)| l == lang)
            .map_or(&self.label_en, |(_, label)| label)
    }
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

#[derive(Debug, Clone)]
pub struct Cue {
    pub lemma: String,
    pub act: SpeechAct,
    pub kind: CueKind,
    /// A reflexive lemma (`se féliciter`): its participle follows its reflexive pronoun.
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

/// Everything the extractor looks up.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    country_index: HashMap<String, usize>,
    pub organisations: Vec<Organisation>,
    pub actors: Vec<Actor>,
    /// The rows of `actors` of each actor key (one a role period).
    actor_rows: HashMap<String, Vec<usize>>,
    /// Actors by the slug of each full name (accents folded: François Fillon is the Francois
    /// Fillon of the data).
    actor_slugs: HashMap<String, usize>,
    /// Case-sensitive gazetteer of countries, organisations and known actors.
    pub gazetteer: PhraseIndex<Gaz>,
    /// Country forms that are something else in one language than the gazetteer's entry, per
    /// language (Argentine: an English adjective, the French name of Argentina).
    pub gazetteer_by_lang: HashMap<String, PhraseIndex<Gaz>>,
    /// Organisations whose name opens with an article a contraction absorbs, without it (Monde
    /// for Le Monde, after au / du).
    pub contracted: PhraseIndex<usize>,
    /// Regions, states and cities (Texas, Christchurch), by country index: evidence of an actor's
    /// country in the words that describe it, never a mention of their own.
    pub places: PhraseIndex<usize>,
    /// The first parts of compounds of countries (franco, Sino), lower case, by country index:
    /// read only before a hyphen.
    pub combining: HashMap<String, usize>,
    /// Reporting cues, lower case, per language.
    pub cues: HashMap<String, PhraseIndex<Cue>>,
    /// Nominal reporting cues (l'annonce de, the condemnation from), per language.
    pub noun_cues: HashMap<String, PhraseIndex<Cue>>,
    /// First names seen in known actors' names.
    pub first_names: HashSet<String>,
    /// First names nearly all of whose bearers are women (true) or men (false).
    pub first_name_genders: HashMap<String, bool>,
    /// The first words of actors' names, with the actors whose name they begin.
    first_name_keys: HashMap<String, HashSet<String>>,
    /// Heads of state the data names with a monarch's title (King Abdullah II, roi Felipe VI).
    monarchs: HashSet<String>,
    /// A state's institutions by their name at home, in lower case, and their country (senate,
    /// US), and those names ([`institutions`]).
    institutions: HashMap<(String, String), usize>,
    pub institution_names: PhraseIndex<()>,
    pub words: Words,
    pub calendar: Calendar,
    pub tokenizer: Tokenizer,
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

fn nonempty(s: Option<&&str>) -> Option<String> {
    s.map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The formats of the lexicon files, by header line, and the loader of each.
/// Loads the rows of one lexicon file into the lexicon.
type Loader = fn(&mut Lexicon, &str);

const FORMATS: &[(&str, Loader)] = &[
    ("lang\tclass\tform", Lexicon::add_words),
    ("first_name\tfeminine_share", Lexicon::add_first_names),
    ("lang\tsetting\tvalue", Lexicon::add_syntax),
    ("lang\tkind\tnumber\tforms", Lexicon::add_calendar),
    ("iso2\tname_en\tname_fr", Lexicon::add_countries),
    ("iso2\tlang\tkind\tform", Lexicon::add_country_forms),
    (ORGANISATION_HEADER, Lexicon::add_organisations),
    (
        "key\tlabel\tnames\tshort\tcountry\trole\tstart\tend",
        Lexicon::add_actors,
    ),
    ("lang\tlemma\tspeech_act\tkind\tform", Lexicon::add_cues),
];

impl Lexicon {
    /// The lexicon built into the binary. Word classes come first: the tokenizer that splits the
    /// gazetteer's forms needs the elisions.
    pub fn builtin() -> Arc<Lexicon> {
        static LEX: OnceLock<Arc<Lexicon>> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = Lexicon::default();
            for data in [
                WORDS,
                SYNTAX,
                CALENDAR,
                FIRST_NAMES,
                COUNTRIES,
                COUNTRY_FORMS,
                ORGANISATIONS,
                ACTORS,
                CUES,
            ] {
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

    /// Whether the lexicon has cues for `lang`: a language Parley reads.
    pub fn reads(&self, lang: &str) -> bool {
        self.cues.contains_key(lang)
    }

    /// The tokens of `text`.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        self.tokenizer.tokenize(text, Span::new(0, text.len()))
    }

    /// The tokens of a lexicon form.
    pub fn form_tokens(&self, form: &str) -> Vec<String> {
        self.tokenize(form).into_iter().map(|t| t.norm).collect()
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
        match FORMATS.iter().find(|(head, _)| *head == h) {
            Some((_, load)) => {
                load(self, data);
                true
            }
            None => false,
        }
    }

    fn add_words(&mut self, data: &str) {
        // the tokenizer's classes first: the forms of the others are split with them
        let tokenizer_class = |r: &Vec<&str>| {
            W::from_data_name(r[1].trim())
                .is_some_and(|w| matches!(w, W::Elision | W::Abbreviation))
        };
        let rows: Vec<Vec<&str>> = rows(data).filter(|r| r.len() >= 3).collect();
        let (first, then): (Vec<_>, Vec<_>) = rows.into_iter().partition(tokenizer_class);
        let mut roles = Vec::new();
        for r in first.into_iter().chain(then) {
            let (lang, class, form) = (r[0].trim(), r[1].trim(), r[2]);
            if PhraseClass::from_data_name(class) == Some(PhraseClass::Role) {
                roles.push((lang, form));
            }
            if let Some(phrase) = PhraseClass::from_data_name(class) {
                // roles are matched as written, the others in lower case
                let toks = if phrase == PhraseClass::Role {
                    self.form_tokens(form)
                } else {
                    self.form_tokens(&form.to_lowercase())
                };
                let phrases = &mut self.words.phrases;
                // (an abbreviated title stands for the full one of the fourth column: Sen.)
                let full = r.get(3).map_or(form, |f| f.trim());
                match phrase {
                    PhraseClass::Role => phrases.roles_mut(lang).insert(toks, full.to_string()),
                    PhraseClass::Skip => phrases.skip.insert(toks, ()),
                    PhraseClass::OwnCountry => phrases.own_country.insert(toks, ()),
                    PhraseClass::ThatCountry => phrases.that_country.insert(toks, ()),
                    PhraseClass::MediumUser => phrases.medium_users.insert(toks, ()),
                    PhraseClass::MissionHead => phrases.mission_heads.insert(toks, ()),
                    PhraseClass::NotReport => phrases.not_report.insert(toks, ()),
                    office => phrases
                        .offices
                        .push((lang.to_string(), form.to_lowercase(), office)),
                }
            } else if let Some(w) = W::from_data_name(class) {
                self.words.add(lang, w, form);
                match w {
                    W::Elision => self.tokenizer.elisions.insert(form.to_lowercase()),
                    W::Abbreviation => self.tokenizer.abbreviations.insert(form.into()),
                    W::ParticlePrefix => self.tokenizer.name_prefixes.insert(form.to_lowercase()),
                    _ => false,
                };
            }
        }
        // an office of several words is one in lower case too (the defence minister, the
        // British foreign secretary), as its title is before a name (Defence Minister X)
        for &(lang, form) in &roles {
            let low = form.to_lowercase();
            if form.contains(' ') && low != form {
                let toks = self.form_tokens(&low);
                self.words.phrases.roles_mut(lang).insert(toks, low);
            }
        }
        self.prefixed_roles(&roles);
    }

    /// Roles with a prefix of the `role-prefix` class, in lower case or capitalised
    /// (vice-ministre, Ex-président, ex-Premier ministre), as one token each.
    fn prefixed_roles(&mut self, roles: &[(&str, &str)]) {
        let prefixes = self.words.affixes(W::RolePrefix).to_vec();
        for &(lang, form) in roles {
            // ex-président, Ex-président (a sentence's first word), ex-Premier ministre
            for p in prefixes.iter().flat_map(|p| [p.clone(), capitalised(p)]) {
                let whole = format!("{p}{form}");
                let toks = self.form_tokens(&whole);
                self.words.phrases.roles_mut(lang).insert(toks, whole);
            }
        }
    }

    fn add_syntax(&mut self, data: &str) {
        for r in rows(data) {
            if let (Some(lang), Some(setting), Some(value)) = (r.first(), r.get(1), r.get(2)) {
                if let Some(s) = Setting::from_data_name(setting.trim()) {
                    self.words.set(lang.trim(), s, value.trim());
                }
            }
        }
    }

    fn add_first_names(&mut self, data: &str) {
        for r in rows(data) {
            let share = r.get(1).and_then(|v| v.trim().parse::<f32>().ok());
            if let (Some(name), Some(share)) = (r.first(), share) {
                self.first_name_genders
                    .insert(name.trim().to_string(), share >= 0.5);
            }
        }
    }

    fn add_calendar(&mut self, data: &str) {
        for r in rows(data) {
            if r.len() >= 4 {
                let n: i64 = r[2].trim().parse().unwrap_or(-1);
                for form in r[3].split('|').filter(|f| !f.is_empty()) {
                    let toks = self.form_tokens(&form.to_lowercase());
                    self.calendar.add(r[1].trim(), n, form, toks);
                }
            }
        }
    }

    fn add_countries(&mut self, data: &str) {
        for r in rows(data) {
            if r.len() >= 2 {
                let i = self.country_idx(r[0]);
                self.countries[i].name_en = r[1].trim().to_string();
            }
        }
    }

    fn add_country_forms(&mut self, data: &str) {
        // the first entry of a form is the gazetteer's; a later one of another kind in another
        // language is that language's
        let mut first: HashMap<Vec<String>, CountryHow> = HashMap::default();
        for r in rows(data) {
            if r.len() < 4 {
                continue;
            }
            let Some(how) = CountryHow::from_data_name(r[2]) else {
                continue;
            };
            let i = self.country_idx(r[0]);
            let toks = self.form_tokens(r[3]);
            match how {
                CountryHow::Place => self.places.insert(toks, i),
                CountryHow::Combining => {
                    self.combining.insert(r[3].to_lowercase(), i);
                }
                _ => {
                    let had = *first.entry(toks.clone()).or_insert(how);
                    if had != how {
                        self.gazetteer_by_lang
                            .entry(r[1].to_string())
                            .or_default()
                            .insert(toks.clone(), Gaz::Country(i, how));
                    }
                    self.gazetteer.insert(toks, Gaz::Country(i, how));
                }
            }
        }
    }

    fn add_organisations(&mut self, data: &str) {
        for r in rows(data) {
            if r.len() < 6 {
                continue;
            }
            // (the languages of the label columns: label_en, label_fr)
            let languages = ORGANISATION_HEADER
                .split('\t')
                .filter_map(|c| c.split_once('_'));
            let labels = (languages.zip(&r[1..]))
                .map(|((_, lang), label)| (lang.to_string(), label.to_string()))
                .collect();
            self.organisations.push(Organisation {
                key: r[0].to_string(),
                label_en: r[1].to_string(),
                labels,
                country: nonempty(r.get(3)),
                kind: r[4].to_string(),
            });
            let i = self.organisations.len() - 1;
            for form in r[5].split('|').filter(|f| !f.is_empty()) {
                // (before the form is in the gazetteer: its country is found in it)
                self.add_institution(i, form);
                // also with its words capitalised, as headlines and many texts write it (Union
                // Africaine, Organisation Mondiale de la Santé)
                let titled: Vec<String> = form
                    .split(' ')
                    .map(|w| match w.chars().count() {
                        0..=3 => w.to_string(),
                        _ => capitalised(w),
                    })
                    .collect();
                // … and a name of several words in capitals, as mastheads write it (USA TODAY)
                let capitals = form.contains(' ').then(|| form.to_uppercase());
                for f in [form.to_string(), titled.join(" ")]
                    .into_iter()
                    .chain(capitals)
                {
                    let toks = self.form_tokens(&f);
                    self.gazetteer.insert(toks, Gaz::Org(i));
                }
                if let Some((article, rest)) = form.split_once(' ') {
                    if self.words.any(W::Contractible, article) {
                        let toks = self.form_tokens(rest);
                        self.contracted.insert(toks, i);
                    }
                }
            }
        }
    }

    fn add_cues(&mut self, data: &str) {
        for r in rows(data) {
            if r.len() < 5 {
                continue;
            }
            let (Some(act), Some(kind)) =
                (SpeechAct::from_name(r[2]), CueKind::from_data_name(r[3]))
            else {
                continue;
            };
            let lemma = r[1].to_string();
            // se féliciter, s'engager: the lemma's first token is a reflexive pronoun
            let reflexive = self
                .form_tokens(&lemma.to_lowercase())
                .first()
                .is_some_and(|first| self.words.any(W::Reflexive, first));
            let toks: Vec<String> = self.form_tokens(&r[4].to_lowercase());
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

    fn finish(&mut self) {
        // a first name is the first word of two persons' names or more (not York, first word
        // of one person's name only), and no function word or gazetteer title
        let words = &self.words;
        let keys = std::mem::take(&mut self.first_name_keys);
        self.first_names.extend(
            keys.into_iter()
                .filter(|(_, persons)| persons.len() >= FIRST_NAME_PERSONS)
                .map(|(f, _)| f),
        );
        self.first_names
            .retain(|f| !words.any(W::Function, f) && !words.any(W::Notfirst, f));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_has_what_the_seed_needs() {
        let lex = Lexicon::builtin();
        let find = |s: &str| {
            let toks = lex.tokenize(s);
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
            let toks = lex.tokenize(form);
            assert!(fr.longest_at(&toks, 0, lower).is_some(), "{form}");
        }
        let en = &lex.cues["en"];
        for form in ["said", "warned", "according to", "denied", "urged"] {
            let toks = lex.tokenize(form);
            assert!(en.longest_at(&toks, 0, lower).is_some(), "{form}");
        }
        assert!(lex.reads("fr") && lex.reads("en") && !lex.reads("de"));
    }

    #[test]
    fn user_lexicons_extend_the_builtin_one() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("extra.tsv");
        std::fs::write(&f, "key\tlabel_en\tlabel_fr\tcountry\ttype\tforms\nacme\tAcme Corp\tAcme\tUS\tcompany\tAcme Corp|ACME\n").unwrap();
        let lex = Lexicon::with_files(&[&f]).unwrap();
        let toks = lex.tokenize("ACME");
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

    #[test]
    fn reflexive_lemmas_are_marked_from_the_word_classes() {
        let lex = Lexicon::builtin();
        let cue = |form: &str| {
            let toks = lex.tokenize(form);
            lex.cues["fr"]
                .longest_at(&toks, 0, lower)
                .map(|(_, c)| c.clone())
        };
        assert!(
            cue("indigné").is_some_and(|c| c.reflexive),
            "s'indigner is reflexive"
        );
        assert!(
            cue("inquiété").is_some_and(|c| c.reflexive),
            "s'inquiéter is reflexive"
        );
        assert!(cue("dénoncé").is_some_and(|c| !c.reflexive));
    }
}
