//! Speech-act classes, read once from `ontology/speech-acts.tsv` (which `parley.ttl` agrees with: a
//! test checks it): their names, CAMEO codes, PLOVER types and display colours. Adding a class is a
//! change of those two files and of the cues that report it (`cues.tsv`), not of Rust.

use std::fmt;
use std::sync::OnceLock;

const SPEECH_ACTS: &str = include_str!("../../ontology/speech-acts.tsv");

/// One class of `speech-acts.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActClass {
    pub name: String,
    pub cameo: String,
    pub plover: Option<String>,
    pub colour: String,
    /// A cue of this class reports only with what it takes after it (s'engage à, promised to).
    pub needs_complement: bool,
    /// A cue of this class reports only with its terms, where the language's syntax says so
    /// (menacer de, a menacé Washington; `Setting::ThreatNeedsTerms`).
    pub needs_terms: bool,
    /// The object of a cue of this class is whom the act is directed at (l'accuse, l'a
    /// félicité), not what is said (l'a annoncé).
    pub object_is_person: bool,
}

fn classes() -> &'static [ActClass] {
    static CLASSES: OnceLock<Vec<ActClass>> = OnceLock::new();
    CLASSES.get_or_init(|| parse(SPEECH_ACTS))
}

/// The classes of a `speech-acts.tsv` text (rows with fewer than four columns are skipped).
fn parse(data: &str) -> Vec<ActClass> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
        .filter(|c| c.len() >= 4 && !c[0].is_empty())
        .map(|c| ActClass {
            name: c[0].to_string(),
            cameo: c[1].to_string(),
            plover: Some(c[2]).filter(|p| !p.is_empty()).map(str::to_string),
            colour: c[3].to_string(),
            needs_complement: c.get(4).is_some_and(|v| v.eq_ignore_ascii_case("yes")),
            needs_terms: c.get(4).is_some_and(|v| v.eq_ignore_ascii_case("terms")),
            object_is_person: c.get(5).is_some_and(|v| !v.is_empty()),
        })
        .collect()
}

/// A speech-act class: an index into the classes of the ontology. Ordered as the data lists them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SpeechAct(u8);

impl SpeechAct {
    /// Every class, in the order of the data.
    pub fn all() -> impl Iterator<Item = SpeechAct> {
        (0..classes().len()).map(|i| SpeechAct(i as u8))
    }

    /// The plain report (the first class of the data: say).
    pub fn plain() -> SpeechAct {
        SpeechAct(0)
    }

    /// The class named `value`, or why not with the nearest names ("; did you mean criticize?").
    pub fn parse(value: &str) -> Result<Self, String> {
        Self::from_name(value).ok_or_else(|| {
            let names: Vec<(String, String)> = Self::all()
                .map(|a| (a.as_str().to_string(), a.as_str().to_string()))
                .collect();
            let all: Vec<&str> = Self::all().map(|a| a.as_str()).collect();
            crate::text::keys::hint(
                value,
                &names,
                &format!(" (speech acts: {})", all.join(", ")),
            )
        })
    }

    /// The class named `name` (as `as_str` gives it), ignoring case and surrounding space.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        Self::all().find(|a| a.as_str().eq_ignore_ascii_case(name))
    }

    fn class(self) -> &'static ActClass {
        &classes()[usize::from(self.0)]
    }

    /// The class's name (`criticize`), also the local name of its SKOS concept.
    pub fn as_str(self) -> &'static str {
        &self.class().name
    }

    /// The CAMEO event code of the class.
    pub fn cameo(self) -> &'static str {
        &self.class().cameo
    }

    /// The PLOVER event type of the class, where one maps.
    pub fn plover(self) -> Option<&'static str> {
        self.class().plover.as_deref()
    }

    /// The colour timelines and legends give the class (`#c0392b`).
    pub fn colour(self) -> &'static str {
        &self.class().colour
    }

    /// Whether the class only reports, as the plain report does: a class of its CAMEO code (say,
    /// announce: Make public statement), not one that criticizes, appeals or promises.
    pub fn only_reports(self) -> bool {
        self.cameo() == Self::plain().cameo()
    }

    /// Whether a cue of this class reports only with its terms, where the syntax says so.
    pub fn needs_terms(self) -> bool {
        self.class().needs_terms
    }

    /// Whether the object of a cue of this class is whom the act is directed at.
    pub fn object_is_person(self) -> bool {
        self.class().object_is_person
    }

    /// Whether a cue of this class reports only with its complement after it.
    pub fn needs_complement(self) -> bool {
        self.class().needs_complement
    }
}

impl fmt::Debug for SpeechAct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for SpeechAct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_come_from_the_data_in_its_order() {
        let names: Vec<&str> = SpeechAct::all().map(SpeechAct::as_str).collect();
        assert_eq!(names.first(), Some(&"say"));
        assert_eq!(SpeechAct::plain().as_str(), "say");
        let criticize = SpeechAct::from_name(" Criticize ").unwrap();
        // the classes that only report share the plain report's CAMEO code
        let only: Vec<&str> = SpeechAct::all()
            .filter(|a| a.only_reports())
            .map(SpeechAct::as_str)
            .collect();
        assert_eq!(only, ["say", "announce"]);
        assert_eq!(
            (criticize.cameo(), criticize.plover()),
            ("111", Some("ACCUSE"))
        );
        assert!(SpeechAct::from_name("critcize").is_none());
        assert!(SpeechAct::from_name("promise").unwrap().needs_complement());
        assert!(SpeechAct::all().all(|a| a.colour().starts_with('#')));
    }

    #[test]
    fn a_new_class_is_a_row_of_data() {
        let parsed =
            parse("name\tcameo\tplover\tcolour\tcomplement\nconsult\t040\tCONSULT\t#123456\tno\n");
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].name, "consult");
        assert_eq!(parsed[0].plover.as_deref(), Some("CONSULT"));
    }
}
