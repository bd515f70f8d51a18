//! One label per actor. Each article graph names an actor as that article does ("Poutine",
//! "Vladimir Putin", "Élysée"); the labels graph holds, for every actor, the name Parley shows: the
//! fullest most frequent of its names in the language of most of its mentions (`parley:label`),
//! and the same choice within each language (`skos:prefLabel`, language-tagged, for
//! `--label-lang`). At the end of each change of the store's articles (an ingest, a load, an
//! update) the labels of the actors it named are recomputed from all the names the store gives
//! them; a store whose labels are out of date (written before labels existed, or by a change cut
//! short) is labelled whole.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};

use super::{ParleyStore, StoreError};
use crate::rdf::ids::LABELS_GRAPH;
use crate::rdf::vocab as v;

/// The version of the labelling rule: a store labelled by another version is labelled whole again.
const LABELS_VERSION: &str = "3";

/// Up to this many actors (or graphs), each is looked up; beyond, an index is read whole.
const LOOKUPS_MAX: usize = 2000;

/// What an actor is called: `label` everywhere, `by_lang` when a language is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    pub label: String,
    pub by_lang: BTreeMap<String, String>,
}

/// The words of a name for comparing forms: folded (case, accents), split on anything that is
/// not a letter or a digit ("al-Assad" is "al" and "assad").
fn words(name: &str) -> BTreeSet<String> {
    crate::text::fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

impl Labels {
    /// Every label followed by a country code: "police (FR)".
    fn qualify(&mut self, code: &str) {
        self.label = format!("{} ({code})", self.label);
        for l in self.by_lang.values_mut() {
            *l = format!("{l} ({code})");
        }
    }
}

/// The country of an institution of a state named generically (la police, the Navy), whose IRI
/// is its name and its country's code (`organisation/police-fr`, see `extract::registry`): that
/// code, for labels that tell the police of one country from another's.
fn institution_country(iri: &str, names: &[(String, String, usize)]) -> Option<String> {
    let (name, code) = crate::rdf::ids::organisation_key(iri)?.rsplit_once('-')?;
    let generic = names
        .iter()
        .any(|(n, _, _)| crate::rdf::ids::slug(n) == name);
    (generic && code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase()))
        .then(|| code.to_ascii_uppercase())
}

/// A fuller form takes the place of a name when at least one article in this many that use the
/// name uses it: "Vladimir Poutine" in 3 articles before "Poutine" in 9, but not a list of two
/// names cut as one ("François Hollande Arnaud Montebourg", once) before "François Hollande" (28).
const FULLER_SHARE: usize = 4;

/// The best of one language's names (each with the number of articles that use it): the form
/// most articles use (then the longer in bytes, the accented "Élysée" before "Elysée"; then the
/// first in order), replaced by a fuller form, whose words hold its own and more ("Poutine" in
/// "Vladimir Poutine"), as long as one is used often enough (see [`FULLER_SHARE`]).
fn best(names: &[(&str, usize)]) -> Option<String> {
    let sets: Vec<BTreeSet<String>> = names.iter().map(|(n, _)| words(n)).collect();
    let order = |&a: &usize, &b: &usize| {
        let (na, ca) = names[a];
        let (nb, cb) = names[b];
        ca.cmp(&cb).then(na.len().cmp(&nb.len())).then(nb.cmp(na))
    };
    let mut cur = (0..names.len()).max_by(order)?;
    while let Some(fuller) = (0..names.len())
        .filter(|&i| sets[i].len() > sets[cur].len() && sets[i].is_superset(&sets[cur]))
        .filter(|&i| names[i].1 * FULLER_SHARE >= names[cur].1)
        .max_by(order)
    {
        cur = fuller;
    }
    Some(names[cur].0.to_string())
}

/// The labels of an actor from its names: (name, article language or "" when unknown, number
/// of articles). `None` for an actor without a name.
pub fn choose(names: &[(String, String, usize)]) -> Option<Labels> {
    let mut per_lang: BTreeMap<&str, Vec<(&str, usize)>> = BTreeMap::new();
    for (name, lang, n) in names {
        per_lang
            .entry(lang.as_str())
            .or_default()
            .push((name.as_str(), *n));
    }
    // the language of most mentions; on a tie, the first tag in order (a known one before "")
    let main = per_lang
        .iter()
        .map(|(l, forms)| (*l, forms.iter().map(|(_, n)| n).sum::<usize>()))
        .max_by(|(la, a), (lb, b)| {
            a.cmp(b)
                .then(la.is_empty().cmp(&lb.is_empty()).reverse())
                .then(lb.cmp(la))
        })?
        .0;
    let label = best(&per_lang[main])?;
    let by_lang = per_lang
        .iter()
        .filter(|(l, _)| !l.is_empty())
        .filter_map(|(l, forms)| Some((l.to_string(), best(forms)?)))
        .collect();
    Some(Labels { label, by_lang })
}

fn labels_graph() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(LABELS_GRAPH))
}

/// The quad that says the labels are up to date (and by which version of the rule).
fn version_quad() -> Quad {
    Quad::new(
        NamedNode::new_unchecked(LABELS_GRAPH),
        v::LABELS_VERSION,
        Literal::new_simple_literal(LABELS_VERSION),
        labels_graph(),
    )
}

impl ParleyStore {
    /// Starts a change of the store's articles: the labels are marked out of date until
    /// [`Self::relabel`] ends the change (a change cut short leaves them marked, and the next
    /// one labels the whole store). Returns whether the labels were up to date before.
    pub fn start_relabel(&self) -> Result<bool, StoreError> {
        let labelled = self.labelled()?;
        if labelled {
            self.store
                .remove(version_quad().as_ref())
                .map_err(|e| self.storage(e))?;
        }
        Ok(labelled)
    }

    /// Ends a change begun by [`Self::start_relabel`]: recomputes the labels of `actors` (those
    /// the change named, see `write_articles`) from every name the store gives them, or of the
    /// whole store when its labels were not up to date; an actor the store no longer names loses
    /// its labels.
    pub fn relabel(
        &self,
        was_labelled: bool,
        actors: &BTreeSet<NamedNode>,
    ) -> Result<(), StoreError> {
        if was_labelled {
            self.write_labels(Some(actors))?;
        } else {
            self.relabel_all()?;
        }
        self.mark_labelled()
    }

    /// Ends a change begun by [`Self::start_relabel`] that changed nothing (a failed load or
    /// update): the labels are as up to date as they were.
    pub fn cancel_relabel(&self, was_labelled: bool) -> Result<(), StoreError> {
        if was_labelled {
            self.mark_labelled()?;
        }
        Ok(())
    }

    /// Says the labels are up to date.
    fn mark_labelled(&self) -> Result<(), StoreError> {
        self.store
            .insert(version_quad().as_ref())
            .map_err(|e| self.storage(e))
    }

    /// Labels every actor of the store again.
    fn relabel_all(&self) -> Result<(), StoreError> {
        self.store
            .clear_graph(labels_graph())
            .map_err(|e| self.storage(e))?;
        self.write_labels(None)
    }

    /// Whether the store's labels are up to date, written by this version of the rule.
    fn labelled(&self) -> Result<bool, StoreError> {
        self.store
            .contains(version_quad().as_ref())
            .map_err(|e| self.storage(e))
    }

    /// Every `(subject, object, graph)` of the quads with `predicate` in the article graphs: one
    /// sequential read of an index.
    fn scan(
        &self,
        predicate: NamedNodeRef<'_>,
        mut each: impl FnMut(NamedNode, Term, NamedNode),
    ) -> Result<(), StoreError> {
        for q in self
            .store
            .quads_for_pattern(None, Some(predicate), None, None)
        {
            let q = q.map_err(|e| self.storage(e))?;
            if let (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) =
                (q.subject, q.graph_name)
            {
                each(s, q.object, g);
            }
        }
        Ok(())
    }

    /// The quads with subject `actor` and `predicate` (any graph): one index lookup.
    fn about(
        &self,
        actor: &NamedNode,
        predicate: NamedNodeRef<'_>,
        graph: Option<GraphNameRef<'_>>,
    ) -> Result<Vec<Quad>, StoreError> {
        self.store
            .quads_for_pattern(Some(actor.as_ref().into()), Some(predicate), None, graph)
            .collect::<Result<_, _>>()
            .map_err(|e| self.storage(e))
    }

    /// The names of `actors` (`None`: every actor) with the graph of each: one lookup per actor
    /// for a few, one read of the index of names for many.
    fn names_in_graphs(
        &self,
        actors: Option<&BTreeSet<NamedNode>>,
    ) -> Result<BTreeMap<NamedNode, Vec<(String, NamedNode)>>, StoreError> {
        let mut names: BTreeMap<NamedNode, Vec<(String, NamedNode)>> = BTreeMap::new();
        let mut add = |s: NamedNode, o: Term, g: NamedNode| {
            if let Term::Literal(l) = o {
                names.entry(s).or_default().push((l.value().to_string(), g));
            }
        };
        match actors {
            Some(actors) if actors.len() <= LOOKUPS_MAX => {
                for actor in actors {
                    for q in self.about(actor, v::NAME, None)? {
                        if let GraphName::NamedNode(g) = q.graph_name {
                            add(actor.clone(), q.object, g);
                        }
                    }
                }
            }
            _ => self.scan(v::NAME, |s, o, g| {
                if actors.is_none_or(|a| a.contains(&s)) {
                    add(s, o, g)
                }
            })?,
        }
        Ok(names)
    }

    /// The language of each article graph of `graphs` ("" when unknown).
    fn languages(
        &self,
        graphs: BTreeSet<&NamedNode>,
    ) -> Result<HashMap<NamedNode, String>, StoreError> {
        let mut langs = HashMap::new();
        let mut add = |g: NamedNode, o: Term| {
            if let Term::Literal(l) = o {
                langs.insert(g, l.value().to_string());
            }
        };
        if graphs.len() > LOOKUPS_MAX {
            self.scan(v::IN_LANGUAGE, |_, o, g| add(g, o))?;
        } else {
            for g in graphs {
                if let Some(q) = self
                    .store
                    .quads_for_pattern(None, Some(v::IN_LANGUAGE), None, Some(g.as_ref().into()))
                    .next()
                {
                    add(g.clone(), q.map_err(|e| self.storage(e))?.object);
                }
            }
        }
        Ok(langs)
    }

    /// Replaces the labels of `actors` (`None`: every actor, the labels graph being empty):
    /// computed from their names, then the old ones removed and the new ones written (the version
    /// marker, removed meanwhile, says whether this finished).
    fn write_labels(&self, actors: Option<&BTreeSet<NamedNode>>) -> Result<(), StoreError> {
        let names = self.names_in_graphs(actors)?;
        let langs = self.languages(names.values().flatten().map(|(_, g)| g).collect())?;
        let mut quads = Vec::new();
        for (actor, named) in &names {
            let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
            for (name, g) in named {
                let lang = langs.get(g).map(String::as_str).unwrap_or("");
                *counts.entry((name.as_str(), lang)).or_default() += 1;
            }
            let counted: Vec<(String, String, usize)> = counts
                .into_iter()
                .map(|((n, l), c)| (n.to_string(), l.to_string(), c))
                .collect();
            let Some(mut labels) = choose(&counted) else {
                continue;
            };
            if let Some(code) = institution_country(actor.as_str(), &counted) {
                labels.qualify(&code);
            }
            quads.push(Quad::new(
                actor.clone(),
                v::LABEL,
                Literal::new_simple_literal(labels.label),
                labels_graph(),
            ));
            for (lang, name) in labels.by_lang {
                if let Ok(l) = Literal::new_language_tagged_literal(name, lang) {
                    quads.push(Quad::new(actor.clone(), v::PREF_LABEL, l, labels_graph()));
                }
            }
        }
        if let Some(actors) = actors {
            let mut old = Vec::new();
            if actors.len() > LOOKUPS_MAX {
                for q in self
                    .store
                    .quads_for_pattern(None, None, None, Some(labels_graph()))
                {
                    let q = q.map_err(|e| self.storage(e))?;
                    if matches!(&q.subject, NamedOrBlankNode::NamedNode(s) if actors.contains(s)) {
                        old.push(q);
                    }
                }
            } else {
                for actor in actors {
                    for p in [v::LABEL, v::PREF_LABEL] {
                        old.extend(self.about(actor, p, Some(labels_graph()))?);
                    }
                }
            }
            let mut t = self
                .store
                .start_transaction()
                .map_err(|e| self.storage(e))?;
            old.iter().for_each(|q| t.remove(q));
            t.commit().map_err(|e| self.storage(e))?;
        }
        let mut loader = self
            .store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(super::articles::BULK_MEMORY_MB);
        loader.load_quads(quads).map_err(|e| self.storage(e))?;
        loader.commit().map_err(|e| self.storage(e))
    }

    /// The label of an entity: its label in the language asked for (`with_label_lang`) when it
    /// has one, else its label, else (a store not labelled yet, or not an actor) the least of its
    /// names.
    pub fn label_of(&self, iri: &str) -> Result<Option<String>, StoreError> {
        match self.stored_label(iri)? {
            Some(l) => Ok(Some(l)),
            None => self.name_of(iri),
        }
    }

    /// The label the labels graph holds for an entity (in the language asked for when it has
    /// one): one index lookup, `None` for an entity without one.
    pub fn stored_label(&self, iri: &str) -> Result<Option<String>, StoreError> {
        let Ok(node) = NamedNodeRef::new(iri) else {
            return Ok(None);
        };
        let lang = self.label_lang.as_deref();
        let mut label = None;
        for q in self
            .store
            .quads_for_pattern(Some(node.into()), None, None, Some(labels_graph()))
        {
            let q = q.map_err(|e| self.storage(e))?;
            let Term::Literal(l) = q.object else {
                continue;
            };
            match (lang, l.language()) {
                (Some(want), Some(have)) if want == have => return Ok(Some(l.value().into())),
                (_, None) if q.predicate.as_ref() == v::LABEL => {
                    label = Some(l.value().to_string())
                }
                _ => {}
            }
        }
        Ok(label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, &str, usize)]) -> Vec<(String, String, usize)> {
        list.iter()
            .map(|(n, l, c)| (n.to_string(), l.to_string(), *c))
            .collect()
    }

    #[test]
    fn the_fullest_form_wins_over_a_more_frequent_surname() {
        let l = choose(&names(&[
            ("Poutine", "fr", 9),
            ("Vladimir Poutine", "fr", 4),
            ("Vladimir Putin", "en", 3),
        ]))
        .unwrap();
        assert_eq!(l.label, "Vladimir Poutine");
        assert_eq!(l.by_lang["en"], "Vladimir Putin");
        assert_eq!(l.by_lang["fr"], "Vladimir Poutine");
    }

    #[test]
    fn the_language_of_most_mentions_gives_the_label() {
        let l = choose(&names(&[
            ("Maison Blanche", "fr", 2),
            ("White House", "en", 5),
        ]))
        .unwrap();
        assert_eq!(l.label, "White House");
        assert_eq!(l.by_lang.len(), 2);
    }

    #[test]
    fn among_full_forms_the_most_frequent_then_the_accented() {
        let l = choose(&names(&[
            ("Bachar el-Assad", "fr", 2),
            ("Bachar al-Assad", "fr", 5),
            ("Assad", "fr", 12),
        ]))
        .unwrap();
        assert_eq!(l.label, "Bachar al-Assad");
        // a name list cut as one name, once, does not replace a name used everywhere
        let l = choose(&names(&[
            ("François Hollande", "fr", 28),
            ("Hollande", "fr", 5),
            ("François Hollande Arnaud Montebourg", "fr", 1),
        ]))
        .unwrap();
        assert_eq!(l.label, "François Hollande");
        let l = choose(&names(&[("Elysée", "fr", 3), ("Élysée", "fr", 3)])).unwrap();
        assert_eq!(l.label, "Élysée");
    }

    #[test]
    fn the_police_of_a_country_is_told_from_another_s() {
        let police = names(&[("police", "fr", 3), ("police", "en", 1)]);
        let iri = |key: &str| crate::rdf::ids::organisation_iri(key);
        assert_eq!(
            institution_country(&iri("police-fr"), &police).as_deref(),
            Some("FR")
        );
        let mut l = choose(&police).unwrap();
        l.qualify("FR");
        assert_eq!(
            (l.label.as_str(), l.by_lang["en"].as_str()),
            ("police (FR)", "police (FR)")
        );
        // a name that ends like a code is not an institution of a state
        let club = names(&[("Paris-SG", "fr", 1)]);
        assert_eq!(institution_country(&iri("paris-sg"), &club), None);
        assert_eq!(institution_country(&iri("police-fr"), &club), None);
    }

    #[test]
    fn acronyms_are_forms_of_their_own_and_unknown_languages_count() {
        let l = choose(&names(&[
            ("ONU", "fr", 6),
            ("Organisation des Nations unies", "fr", 2),
            ("UN", "", 1),
        ]))
        .unwrap();
        assert_eq!(l.label, "ONU");
        assert!(!l.by_lang.contains_key(""));
        assert_eq!(choose(&[]), None);
    }
}
