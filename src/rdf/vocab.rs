//! Every IRI Parley writes, as constants. Each is declared in `ontology/parley.ttl` (tested below).

use oxigraph::model::NamedNodeRef;

pub const PARLEY: &str = "https://w3id.org/parley/ns#";
pub const SCHEMA: &str = "https://schema.org/";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";

macro_rules! terms {
    ($($(#[$doc:meta])* $name:ident = $iri:expr;)*) => {
        $( $(#[$doc])* pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked($iri); )*
        /// All the constants of this module, for the ontology check.
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

terms! {
    RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    // classes
    ARTICLE = "https://w3id.org/parley/ns#Article";
    NEWS_ARTICLE = "https://schema.org/NewsArticle";
    ACTOR = "https://w3id.org/parley/ns#Actor";
    PERSON = "https://w3id.org/parley/ns#Person";
    ORGANISATION = "https://w3id.org/parley/ns#Organisation";
    COUNTRY = "https://w3id.org/parley/ns#Country";
    STATEMENT = "https://w3id.org/parley/ns#Statement";
    SPEECH_ACT = "https://w3id.org/parley/ns#SpeechAct";
    // article
    HEADLINE = "https://schema.org/headline";
    URL = "https://schema.org/url";
    DATE_PUBLISHED = "https://schema.org/datePublished";
    IN_LANGUAGE = "https://schema.org/inLanguage";
    IDENTIFIER = "https://schema.org/identifier";
    PUBLISHER = "https://schema.org/publisher";
    TEXT = "https://schema.org/text";
    NAME = "https://schema.org/name";
    SOURCE_FILE = "https://w3id.org/parley/ns#sourceFile";
    CONTENT_HASH = "https://w3id.org/parley/ns#contentHash";
    /// An article whose text another article of the store holds: stored once, under the first.
    SAME_TEXT_AS = "https://w3id.org/parley/ns#sameTextAs";
    FINGERPRINT = "https://w3id.org/parley/ns#fingerprint";
    DATE_PUBLISHED_SOURCE = "https://w3id.org/parley/ns#datePublishedSource";
    EXTRACTOR = "https://w3id.org/parley/ns#extractor";
    ONTOLOGY_HASH = "https://w3id.org/parley/ns#ontologyHash";
    // actors
    COUNTRY_OF = "https://w3id.org/parley/ns#country";
    ISO_CODE = "https://w3id.org/parley/ns#isoCode";
    ROLE = "https://w3id.org/parley/ns#role";
    MENTIONED_IN = "https://w3id.org/parley/ns#mentionedIn";
    /// The folded last word of an actor's name: surnames resolve through the index.
    NAME_KEY = "https://w3id.org/parley/ns#nameKey";
    /// The name Parley shows for an actor (see `store::labels`), in the labels graph.
    LABEL = "https://w3id.org/parley/ns#label";
    /// An actor's label in one language (language-tagged), in the labels graph.
    PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";
    /// The version of the labelling rule the labels graph was written by.
    LABELS_VERSION = "https://w3id.org/parley/ns#labelsVersion";
    // statements
    SPEAKER = "https://w3id.org/parley/ns#speaker";
    TARGET = "https://w3id.org/parley/ns#target";
    /// The speaker's country (the speaker itself when it is a country), materialised at ingest.
    SPEAKER_COUNTRY = "https://w3id.org/parley/ns#speakerCountry";
    /// A target's country (the target itself when it is a country), materialised at ingest.
    TARGET_COUNTRY = "https://w3id.org/parley/ns#targetCountry";
    /// The speaker's and a target's countries as one key, codes in order (JP-US), written at
    /// ingest: the statements between two countries are one index lookup.
    DYAD = "https://w3id.org/parley/ns#dyad";
    /// The same statement in several articles has one key (see `rdf::mapping::statement_key`).
    STATEMENT_KEY = "https://w3id.org/parley/ns#statementKey";
    CUE = "https://w3id.org/parley/ns#cue";
    SPEECH_ACT_OF = "https://w3id.org/parley/ns#speechAct";
    MODE = "https://w3id.org/parley/ns#mode";
    QUOTE = "https://w3id.org/parley/ns#quote";
    CONTENT = "https://w3id.org/parley/ns#content";
    DATE = "https://w3id.org/parley/ns#date";
    CONFIDENCE = "https://w3id.org/parley/ns#confidence";
    BEGIN_INDEX = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex";
    END_INDEX = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex";
    SPEAKER_BEGIN_INDEX = "https://w3id.org/parley/ns#speakerBeginIndex";
    SPEAKER_END_INDEX = "https://w3id.org/parley/ns#speakerEndIndex";
    WAS_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom";
    // the ontology itself
    ONTOLOGY = "https://w3id.org/parley/ns";
}

/// A term of this module.
pub type Iri = NamedNodeRef<'static>;

/// The SKOS concept of a speech act (`parley:criticize`).
pub fn speech_act_iri(act: crate::extract::SpeechAct) -> String {
    format!("{PARLEY}{}", act.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::SpeechAct;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Triple};

    fn ontology() -> Vec<Triple> {
        RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(crate::rdf::ONTOLOGY_TTL.as_bytes())
            .map(|q| q.expect("ontology/parley.ttl parses").into())
            .collect()
    }

    fn declared(triples: &[Triple], iri: &str) -> bool {
        triples.iter().any(|t| {
            matches!(&t.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == iri)
                && t.predicate.as_str() == RDF_TYPE.as_str()
        })
    }

    #[test]
    fn every_constant_is_declared_in_the_ontology() {
        let triples = ontology();
        for term in ALL.iter().filter(|t| **t != RDF_TYPE) {
            assert!(
                declared(&triples, term.as_str()),
                "{term} is not declared in parley.ttl"
            );
        }
    }

    /// The notations of a concept typed with a datatype (`parley:cameo`, `parley:plover`).
    fn notations(triples: &[Triple], concept: &str, datatype: &str) -> Vec<String> {
        triples
            .iter()
            .filter(|t| {
                matches!(&t.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == concept)
                    && t.predicate.as_str() == "http://www.w3.org/2004/02/skos/core#notation"
            })
            .filter_map(|t| match &t.object {
                oxigraph::model::Term::Literal(l) if l.datatype().as_str() == datatype => {
                    Some(l.value().to_string())
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn speech_acts_of_the_data_are_the_concepts_of_the_ontology() {
        let triples = ontology();
        let cameo = format!("{PARLEY}cameo");
        let plover = format!("{PARLEY}plover");
        for act in SpeechAct::all() {
            let iri = speech_act_iri(act);
            assert!(declared(&triples, &iri), "{act:?} not in parley.ttl");
            assert_eq!(
                notations(&triples, &iri, &cameo),
                vec![act.cameo()],
                "{act:?}"
            );
            let expected: Vec<String> = act.plover().map(str::to_string).into_iter().collect();
            assert_eq!(notations(&triples, &iri, &plover), expected, "{act:?}");
        }
        // and every concept of the scheme is a class of speech-acts.tsv
        let concepts = triples.iter().filter(|t| {
            t.predicate.as_str() == RDF_TYPE.as_str()
                && t.object.to_string() == SPEECH_ACT.to_string()
        });
        for t in concepts {
            let name = t.subject.to_string();
            let name = name.trim_matches(['<', '>']).trim_start_matches(PARLEY);
            assert!(
                SpeechAct::from_name(name).is_some(),
                "{name} of parley.ttl is not in speech-acts.tsv"
            );
        }
    }
}
