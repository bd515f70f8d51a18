//! Multi-word classes of the word data: role nouns, skip words, not-report phrases and the like,
//! each matched with a [`PhraseIndex`].

use super::super::lexicon::PhraseIndex;

/// Multi-word classes of `extraction-words.tsv`, matched with a [`PhraseIndex`].
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    /// Role nouns that introduce a person (président, foreign minister), as written, by language
    /// (an English aide is no French « aide »); the value is the form of the data.
    pub roles_by_lang: Vec<(String, PhraseIndex<String>)>,
    /// The roles of a language the data has none for.
    pub no_roles: PhraseIndex<String>,
    /// Words and phrases that may stand between a speaker and its cue (par ailleurs), lower case.
    pub skip: PhraseIndex<()>,
    /// Phrases that name the speaker's own country (notre pays, our country), lower case.
    pub own_country: PhraseIndex<()>,
    /// Phrases that name a country spoken of before (the country, ce pays), lower case.
    pub that_country: PhraseIndex<()>,
    /// Nouns of the users of a medium or a platform (a Twitter user, un internaute), lower case.
    pub medium_users: PhraseIndex<()>,
    /// Heads of the name of a diplomatic mission (embassy, consulat), lower case.
    pub mission_heads: PhraseIndex<()>,
    /// Phrases that start with a cue form and report nothing (thanks to, so called), lower case.
    pub not_report: PhraseIndex<()>,
    /// Role phrases of an office the actor data records (président → head of state): language,
    /// phrase in lower case, office.
    pub offices: Vec<(String, String, super::super::lexicon::PhraseClass)>,
}

impl Phrases {
    /// The role nouns of language `lang`.
    pub fn roles(&self, lang: &str) -> &PhraseIndex<String> {
        self.roles_by_lang
            .iter()
            .find(|(l, _)| l == lang)
            .map_or(&self.no_roles, |(_, r)| r)
    }

    /// The role index of language `lang`, made if the data had none yet.
    pub fn roles_mut(&mut self, lang: &str) -> &mut PhraseIndex<String> {
        let at = match self.roles_by_lang.iter().position(|(l, _)| l == lang) {
            Some(at) => at,
            None => {
                self.roles_by_lang
                    .push((lang.to_string(), PhraseIndex::default()));
                self.roles_by_lang.len() - 1
            }
        };
        &mut self.roles_by_lang[at].1
    }
}
