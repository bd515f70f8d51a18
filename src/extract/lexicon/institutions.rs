//! National institutions by their names at home: a parliament, a senate, a supreme court is named
//! at home without its country (the Senate, Congress, la Cour suprême). The gazetteer's forms with
//! a country (US Senate, Cour suprême des États-Unis, Parlement britannique) give each one its
//! name at home, once the country is taken out; a form of nothing but an institution's head and
//! words in lower case (Sénat, Assemblée nationale) is one such name already. An article about a
//! country names that country's institution so ([`Lexicon::institution`]).

use super::super::tokens::Token;
use super::super::words::W;
use super::{exact, CountryHow, Gaz, Lexicon};

/// The types of the gazetteer's organisations that are a state's institutions.
const KINDS: &[&str] = &["government", "court"];

impl Lexicon {
    /// Files form `form` of organisation `o` under its name at home, if `o` is a state's
    /// institution.
    pub(super) fn add_institution(&mut self, o: usize, form: &str) {
        let org = &self.organisations[o];
        let Some(iso) = org.country.clone() else {
            return;
        };
        if !KINDS.contains(&org.kind.as_str()) {
            return;
        }
        let toks = self.tokenize(form);
        let Some(home) = self.home_name(&toks, &iso) else {
            return;
        };
        let key = home.join(" ");
        self.institution_names.insert(home, ());
        self.institutions.entry((key, iso)).or_insert(o);
    }

    /// The words of a form of a country's institution without the country (US Senate → senate,
    /// Supreme Court of the United States → supreme court, Parlement britannique → parlement), in
    /// lower case, if it holds an institution's head; a form without it when it is that head and
    /// words in lower case (Sénat, Assemblée nationale). None for a proper name (Bundestag, House
    /// of Commons) or a place (parquet de Paris).
    fn home_name(&self, toks: &[Token], iso: &str) -> Option<Vec<String>> {
        let country =
            (0..toks.len()).find_map(|k| match self.gazetteer.longest_at(toks, k, exact) {
                Some((n, Gaz::Country(x, how)))
                    if self.countries[*x].iso == iso
                        && matches!(how, CountryHow::Name | CountryHow::Adjective) =>
                {
                    Some((k, n))
                }
                _ => None,
            });
        let mut words: Vec<&Token> = match country {
            Some((k, n)) => {
                // (and the words that joined it: of the, des)
                let mut before = k;
                let joins = |t: &Token| {
                    self.words.any(W::Of, t.lower()) || self.words.any(W::Definite, t.lower())
                };
                while before > 0 && joins(&toks[before - 1]) {
                    before -= 1;
                }
                toks[..before].iter().chain(&toks[k + n..]).collect()
            }
            None => toks.iter().collect(),
        };
        words.retain(|t| t.is_word());
        let head = |t: &Token| self.words.any(W::Orghead, &t.norm);
        // (without its country, a name any country may give; else no proper name: every
        // capitalised word a head)
        let common = country.is_some() || words.iter().all(|t| !t.is_capitalized() || head(t));
        (common && words.iter().any(|t| head(t)))
            .then(|| words.iter().map(|t| t.lower().to_string()).collect())
    }

    /// The institution of country `iso` named `name` at home (in lower case), if the gazetteer
    /// knows it.
    pub fn institution(&self, name: &str, iso: &str) -> Option<usize> {
        self.institutions
            .get(&(name.to_string(), iso.to_string()))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_institution_is_filed_under_its_name_without_its_country() {
        let lex = Lexicon::builtin();
        let key = |name: &str, iso: &str| {
            let o = lex.institution(name, iso)?;
            Some(lex.organisations[o].key.clone())
        };
        // US Senate, Sénat américain; Supreme Court of the United States; Parlement britannique
        assert_eq!(key("senate", "US").as_deref(), Some("us-senate"));
        assert_eq!(key("sénat", "US").as_deref(), Some("us-senate"));
        assert_eq!(
            key("supreme court", "US").as_deref(),
            Some("us-supreme-court")
        );
        assert_eq!(key("parlement", "GB").as_deref(), Some("uk-parliament"));
        // a name with a head and words in lower case is one already (Sénat, Assemblée nationale)
        assert!(key("sénat", "FR").is_some());
        // … not a proper name, nor a place taken for a country (parquet de Paris)
        assert!(key("bundestag", "DE").is_none());
        assert!(key("parquet", "FR").is_none());
    }
}
