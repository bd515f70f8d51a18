//! What follows a role or an organisation's head: its country (russe, of Kenya, de la France), a
//! place (of Scotland), a known organisation (de l'ONU) or a ministry's name (des Affaires
//! étrangères), and after a role with its article, where its holder's name begins.

use super::super::lexicon::{CountryHow, Gaz};
use super::super::words::W;
use super::Ctx;

/// What a complement (de la Culture, of Foreign Affairs) completes: an organisation's head, a
/// role, or a role in apposition to its holder's name (Marc Morial, the chief executive of the
/// National Urban League), after which no holder's name comes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Of {
    Organisation,
    Role,
    ApposedRole,
}

impl Ctx<'_> {
    /// Country adjectives and `de/du + Country` complements after a role (`of_role`, with `of +
    /// region or city` too) or an organisation head (with `on / for + Name` too): the first country
    /// they name, and the end of the phrase.
    pub(super) fn complement(&self, mut j: usize, end: usize, of: Of) -> (Option<usize>, usize) {
        let of_role = of != Of::Organisation;
        let mut country = None;
        let start = j;
        while j < end {
            // a second portfolio after « et » / "and" (ministre de l'Économie et des Finances, de
            // la Culture et des Sports)
            if j > start && self.portfolio_after_and(j, end) {
                j += 1;
                continue;
            }
            if let Some((next, c)) = self.adjective_at(j) {
                country = country.or(c);
                j = next;
                continue;
            }
            // ministère des Affaires étrangères, de la Défense; the Commission on International
            // Religious Freedom (not the Commission on Monday): the first word, over its article
            let k = if self.m(j + 1).any(W::Definite) {
                j + 2
            } else {
                j + 1
            };
            let name_prep = !of_role
                && self.m(j).is(W::NamePreposition)
                && k < end
                && self.tok(k).is_capitalized()
                && !self.m(k).any_norm(W::Function)
                && !self.lex.calendar.is_weekday(self.low(k));
            if !self.m(j).any(W::Of) && !name_prep {
                break;
            }
            if let Some(next) = self.org_complement_end(k, end).filter(|_| !of_role) {
                j = next;
                continue;
            }
            if let Some((n, Gaz::Country(c, how))) = self.gazetteer_at(k) {
                if *how != CountryHow::Adjective {
                    country = country.or(Some(*c));
                    j = k + n;
                    continue;
                }
            }
            if let Some((n, x)) = self.place_after_of(k, end, of_role) {
                country = country.or(x);
                j = k + n;
                continue;
            }
            // a person's name is no ministry's (l'administration de Barack Obama)
            // … nor an apposed role's (Penelope Fillon, l'épouse de François Fillon)
            if of != Of::Role && self.person_name_end(k, end).is_some() {
                break;
            }
            // an organisation the lexicon knows (le secrétaire général de l'ONU), else a
            // ministry's name
            if let Some((n, Gaz::Org(_))) = self.gazetteer_at(k) {
                j = k + n;
                continue;
            }
            // … or one written in lower case, as much of the press does (des affaires étrangères)
            let lower_ministry =
                k + 1 < end && self.m(k).any(W::MinistryWord) && self.m(k + 1).any(W::MinistryWord);
            if k < self.w.toks.len()
                && (self.tok(k).is_capitalized() && !self.m(k).any_norm(W::Function)
                    || lower_ministry)
            {
                // a holder's name may follow a portfolio with its article (la ministre de la
                // Culture Miri Regev; not the head of Sony Pictures Television)
                let article = k == j + 2 || self.m(j).any(W::Contraction);
                j = self.ministry_name_end(k + 1, end, of == Of::Role && article);
                continue;
            }
            break;
        }
        (country, j)
    }

    /// A country adjective at `j` (russe), or a qualifier before one (le gouvernement fédéral
    /// belge): where the next word is, and the country.
    fn adjective_at(&self, j: usize) -> Option<(usize, Option<usize>)> {
        if let Some((n, Gaz::Country(c, CountryHow::Adjective))) = self.gazetteer_at(j) {
            return Some((j + n, Some(*c)));
        }
        let adjective_next = matches!(
            self.gazetteer_at(j + 1),
            Some((_, Gaz::Country(_, CountryHow::Adjective)))
        );
        (self.m(j).any(W::Orgadj) && j + 1 < self.w.toks.len() && adjective_next)
            .then_some((j + 1, None))
    }

    /// Whether « et des Sports », "and of Defense" follows at `j`: the conjunction, « de » / "of"
    /// and a capitalised word (over an article).
    fn portfolio_after_and(&self, j: usize, end: usize) -> bool {
        let k = if j + 2 < end && self.m(j + 2).any(W::Definite) {
            j + 3
        } else {
            j + 2
        };
        self.m(j).any(W::And)
            && j + 1 < end
            && self.m(j + 1).any(W::Of)
            && k < end
            && self.tok(k).is_capitalized()
            && !self.m(k).any_norm(W::Function)
    }

    /// A region or a city at `k` after « de » / "of": after a role, its country (First Minister
    /// of Scotland, the mayor of Dayton; not a place that opens an organisation's name: the
    /// Maryland Democratic Party); after an organisation, part of its name without its country
    /// (an organisation's is its own: la cour d'appel de San Francisco, les autorités de Dubai).
    fn place_after_of(
        &self,
        k: usize,
        end: usize,
        of_role: bool,
    ) -> Option<(usize, Option<usize>)> {
        let (n, x) = self.place_at(k)?;
        if !of_role {
            return Some((n, None));
        }
        let chain = self.name_chain(k + n, end);
        let opens_name = chain > k + n && self.m(chain - 1).any_norm(W::Orghead);
        (!opens_name).then_some((n, Some(x)))
    }

    /// The end of a noun in lower case of an institution's name at `k`, over one adjective (la
    /// cour d'appel, le tribunal de grande instance).
    fn org_complement_end(&self, k: usize, end: usize) -> Option<usize> {
        let noun = (k..(k + 2).min(end)).find(|&x| !self.m(x).any(W::Orgadj))?;
        (self.m(noun).is(W::OrgComplement) && !self.tok(noun).is_capitalized()).then_some(noun + 1)
    }

    /// The end of a person's name of two words or more at `k`: a known actor's, or one that
    /// starts with a first name the lexicon knows.
    pub(super) fn person_name_end(&self, k: usize, end: usize) -> Option<usize> {
        if k >= end.min(self.w.toks.len()) {
            return None;
        }
        let known = match self.gazetteer_at(k) {
            Some((n, Gaz::Actor(_))) => Some(k + n),
            _ => None,
        };
        let chain = self.name_chain(k, end);
        let named = self.is_first_name(k) && chain > k + 1;
        known.or(named.then_some(chain)).map(|e| e.max(chain))
    }

    /// The end of a ministry's name after its first capitalised word (Affaires étrangères); with
    /// `of_role`, before a holder's name.
    fn ministry_name_end(&self, mut e: usize, end: usize, of_role: bool) -> usize {
        while e < end
            && self.tok(e).is_word()
            && (self.tok(e).is_capitalized() || self.m(e).any(W::MinistryWord))
        {
            if self.gazetteer_at(e).is_some() && !self.m(e).any(W::MinistryWord) {
                break;
            }
            // the name of the minister, from a first name the lexicon knows (ministre de
            // l'Éducation Najat Vallaud-Belkacem), or the last two capitalised words (ministre de
            // la Culture Miri Regev, Secretary of Homeland Security Jeh Johnson)
            let run = (e..end)
                .take_while(|&k| self.tok(k).is_capitalized() && !self.m(k).any(W::MinistryWord))
                .count();
            let ends_run = self.w.toks.get(e + run).is_none_or(|t| !t.is_capitalized());
            // (not an organisation's head, even plural: Harbor Jet Services, the Maryland
            // Democratic Party)
            let head = |k: usize| {
                let norm = &self.tok(k).norm;
                let singular = norm.strip_suffix('s').unwrap_or(norm);
                let words = &self.lex.words;
                self.m(k).any_norm(W::Orghead)
                    || words.is(W::Orghead, singular, words.lang(self.lang))
            };
            let holder = of_role && run == 2 && ends_run && !(e..e + 2).any(head);
            if self.is_first_name(e) && !self.m(e).any(W::MinistryWord) || holder {
                break;
            }
            e += 1;
        }
        e
    }
}
