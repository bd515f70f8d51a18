//! Article + Extraction → quads, all in the article's named graph. Character offsets (as NIF wants)
//! are computed here from the byte spans the pipeline works with.

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use super::ids::{self, ArticleIris};
use super::vocab as v;
use crate::article::Article;
use crate::extract::EntityKind;
use crate::pipeline::Processed;
use crate::text::CharIndex;
use crate::EXTRACTOR_VERSION;

/// The key `parley:nameKey` holds for a name: its last word, folded (lower case, no accents).
pub fn name_key(name: &str) -> Option<String> {
    crate::text::fold(name)
        .rsplit(' ')
        .next()
        .filter(|k| !k.is_empty())
        .map(str::to_string)
}

/// The fingerprint of an article: sha256 over everything its graph is made from except where it was
/// read from (moving a corpus does not make its articles new), plus the extractor version.
pub fn fingerprint(article: &Article) -> String {
    let mut s = String::with_capacity(article.text.len() + 256);
    for part in [
        Some(EXTRACTOR_VERSION),
        Some(ids::article_key(article).as_str()),
        article.id.as_deref(),
        article.url.as_deref(),
        article.title.as_deref(),
        article.lang.as_deref(),
        article.publisher.as_deref(),
        article.published_source.map(|d| d.as_str()),
    ] {
        s.push_str(part.unwrap_or("\u{0}"));
        s.push('\u{1}');
    }
    if let Some(d) = article.published {
        s.push_str(&d.to_string());
    }
    s.push('\u{1}');
    s.push_str(&article.text);
    format!("sha256:{}", ids::sha256_hex(s.as_bytes()))
}

/// Collects quads into one graph.
struct GraphWriter {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl GraphWriter {
    fn add(&mut self, s: &NamedNode, p: v::Iri, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p.into_owned(),
            o,
            self.graph.clone(),
        ));
    }

    fn string(&mut self, s: &NamedNode, p: v::Iri, value: &str) {
        self.add(s, p, Literal::new_simple_literal(value));
    }

    fn typed(&mut self, s: &NamedNode, p: v::Iri, value: &str, datatype: v::Iri) {
        self.add(s, p, Literal::new_typed_literal(value, datatype));
    }
}

/// All quads of one processed article, in its graph.
pub fn article_quads(p: &Processed, iris: &ArticleIris) -> Vec<Quad> {
    let node = NamedNode::new_unchecked(iris.node.clone());
    let mut w = GraphWriter {
        graph: NamedNode::new_unchecked(iris.graph.clone()).into(),
        quads: Vec::with_capacity(24 + 12 * p.extraction.statements.len()),
    };
    article(&mut w, &node, &p.article, true);
    let entity_nodes: Vec<NamedNode> = p
        .extraction
        .entities
        .iter()
        .map(|e| NamedNode::new_unchecked(ids::entity_iri(e, iris)))
        .collect();
    for (e, en) in p.extraction.entities.iter().zip(&entity_nodes) {
        entity(&mut w, e, en, &node);
    }
    let chars = CharIndex::new(&p.article.text);
    // statements are named by their span; two statements of one span (a list of speakers)
    // are told apart by their rank
    let mut ranks: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    for s in &p.extraction.statements {
        let (begin, end) = (
            chars.char_offset(s.span.start),
            chars.char_offset(s.span.end),
        );
        let rank = ranks.entry((begin, end)).or_insert(0);
        *rank += 1;
        let iri = match *rank {
            1 => iris.statement(begin, end),
            r => format!("{}-{r}", iris.statement(begin, end)),
        };
        let sn = NamedNode::new_unchecked(iri);
        w.add(&sn, v::RDF_TYPE, v::STATEMENT.into_owned());
        parties(&mut w, &sn, s, &p.extraction.entities, &entity_nodes);
        said(&mut w, &sn, s);
        if let Some(key) = entity_nodes
            .get(s.speaker)
            .and_then(|speaker| statement_key(speaker.as_str(), s, p.article.published))
        {
            w.string(&sn, v::STATEMENT_KEY, &key);
        }
        offsets(&mut w, &sn, s, &chars);
        w.add(&sn, v::WAS_DERIVED_FROM, node.clone());
    }
    w.quads
}

/// What makes a statement the same statement in several articles (a wire story reprinted, a quote
/// taken up): the same speaker, the same day (said, or else published) and the same words said,
/// folded (case, accents, spaces). `None` when nothing is said in words (no quote, no content).
pub fn statement_key(
    speaker: &str,
    s: &crate::extract::Statement,
    published: Option<chrono::NaiveDate>,
) -> Option<String> {
    let said = s.quote.as_deref().or(s.content.as_deref())?;
    let words: Vec<String> = crate::text::fold(said)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return None;
    }
    let day = s
        .date
        .or(published)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let key = format!("{speaker}\u{1}{day}\u{1}{}", words.join(" "));
    Some(ids::sha256_hex(key.as_bytes())[..24].to_string())
}

/// The quads of an article whose text another article of the store holds (`holder`, a node IRI):
/// its own metadata (key, url, title, date, source file) and a link to the holder, whose
/// statements are the text's; neither the text nor its statements are stored a second time.
pub fn same_text_quads(a: &Article, iris: &ArticleIris, holder: &str) -> Vec<Quad> {
    let node = NamedNode::new_unchecked(iris.node.clone());
    let mut w = GraphWriter {
        graph: NamedNode::new_unchecked(iris.graph.clone()).into(),
        quads: Vec::with_capacity(16),
    };
    article(&mut w, &node, a, false);
    w.add(&node, v::SAME_TEXT_AS, NamedNode::new_unchecked(holder));
    w.quads
}

/// The article itself: its classes, metadata, text (`with_text`), hashes and the extractor that
/// read it.
fn article(w: &mut GraphWriter, node: &NamedNode, a: &Article, with_text: bool) {
    w.add(node, v::RDF_TYPE, v::ARTICLE.into_owned());
    w.add(node, v::RDF_TYPE, v::NEWS_ARTICLE.into_owned());
    if let Some(t) = &a.title {
        w.string(node, v::HEADLINE, t);
    }
    if let Some(url) = &a.url {
        match NamedNode::new(url.clone()) {
            Ok(iri) => w.add(node, v::URL, iri),
            Err(_) => w.typed(node, v::URL, url, xsd::ANY_URI),
        }
    }
    if let Some(d) = a.published {
        w.typed(node, v::DATE_PUBLISHED, &d.to_string(), xsd::DATE);
    }
    if let Some(src) = a.published_source {
        w.string(node, v::DATE_PUBLISHED_SOURCE, src.as_str());
    }
    if let Some(l) = &a.lang {
        w.string(node, v::IN_LANGUAGE, l);
    }
    if let Some(id) = &a.id {
        w.string(node, v::IDENTIFIER, id);
    }
    if let Some(publisher) = &a.publisher {
        w.string(node, v::PUBLISHER, publisher);
    }
    if let Some(origin) = &a.origin {
        w.string(node, v::SOURCE_FILE, &origin.to_string());
    }
    if with_text {
        w.string(node, v::TEXT, &a.text);
    }
    w.string(
        node,
        v::CONTENT_HASH,
        &format!("sha256:{}", ids::sha256_hex(a.text.as_bytes())),
    );
    w.string(node, v::FINGERPRINT, &fingerprint(a));
    w.string(node, v::EXTRACTOR, EXTRACTOR_VERSION);
}

/// An entity as this article describes it: class, name (and name key), country, role.
fn entity(w: &mut GraphWriter, e: &crate::extract::Entity, en: &NamedNode, node: &NamedNode) {
    let class = match e.kind {
        EntityKind::Person => v::PERSON,
        EntityKind::Organisation => v::ORGANISATION,
        EntityKind::Country => v::COUNTRY,
    };
    w.add(en, v::RDF_TYPE, class.into_owned());
    w.string(en, v::NAME, &e.label);
    if let Some(key) = name_key(&e.label) {
        w.string(en, v::NAME_KEY, &key);
    }
    match (e.kind, &e.country) {
        (EntityKind::Country, Some(code)) => w.string(en, v::ISO_CODE, code),
        (_, Some(code)) => w.add(
            en,
            v::COUNTRY_OF,
            NamedNode::new_unchecked(ids::country_iri(code)),
        ),
        _ => {}
    }
    if let Some(role) = &e.role {
        w.string(en, v::ROLE, role);
    }
    w.add(en, v::MENTIONED_IN, node.clone());
}

/// A statement's speaker and targets, their countries, and the dyads of those countries.
fn parties(
    w: &mut GraphWriter,
    sn: &NamedNode,
    s: &crate::extract::Statement,
    entities: &[crate::extract::Entity],
    entity_nodes: &[NamedNode],
) {
    if let Some(speaker) = entity_nodes.get(s.speaker) {
        w.add(sn, v::SPEAKER, speaker.clone());
    }
    let speaker_country = entities.get(s.speaker).and_then(|e| e.country.as_deref());
    if let Some(c) = speaker_country {
        w.add(
            sn,
            v::SPEAKER_COUNTRY,
            NamedNode::new_unchecked(ids::country_iri(c)),
        );
    }
    let mut target_countries = std::collections::BTreeSet::new();
    for t in &s.targets {
        if let Some(target) = entity_nodes.get(*t) {
            w.add(sn, v::TARGET, target.clone());
        }
        if let Some(c) = entities.get(*t).and_then(|e| e.country.as_deref()) {
            target_countries.insert(c);
        }
    }
    // the pair of countries, in code order (JP-US), so that a dyad is one index lookup
    if let Some(sc) = speaker_country {
        for tc in &target_countries {
            w.string(sn, v::DYAD, &ids::dyad_key(sc, tc));
        }
    }
    for c in target_countries {
        w.add(
            sn,
            v::TARGET_COUNTRY,
            NamedNode::new_unchecked(ids::country_iri(c)),
        );
    }
}

/// What a statement says and how: cue, speech act, mode, quote or content, day, confidence.
fn said(w: &mut GraphWriter, sn: &NamedNode, s: &crate::extract::Statement) {
    w.string(sn, v::CUE, &s.cue);
    w.add(
        sn,
        v::SPEECH_ACT_OF,
        NamedNode::new_unchecked(v::speech_act_iri(s.speech_act)),
    );
    w.string(sn, v::MODE, s.mode.as_str());
    if let Some(q) = &s.quote {
        w.string(sn, v::QUOTE, q);
    }
    if let Some(c) = &s.content {
        w.string(sn, v::CONTENT, c);
    }
    if let Some(d) = s.date {
        w.typed(sn, v::DATE, &d.to_string(), xsd::DATE);
    }
    w.typed(
        sn,
        v::CONFIDENCE,
        &format!("{:.2}", s.confidence.clamp(0.0, 1.0)),
        xsd::DECIMAL,
    );
}

/// Where the statement and its speaker are in the text, in characters (NIF offsets).
fn offsets(w: &mut GraphWriter, sn: &NamedNode, s: &crate::extract::Statement, chars: &CharIndex) {
    let index = |w: &mut GraphWriter, p, at: usize| {
        w.typed(sn, p, &at.to_string(), xsd::NON_NEGATIVE_INTEGER)
    };
    index(w, v::BEGIN_INDEX, chars.char_offset(s.span.start));
    index(w, v::END_INDEX, chars.char_offset(s.span.end));
    index(
        w,
        v::SPEAKER_BEGIN_INDEX,
        chars.char_offset(s.speaker_span.start),
    );
    index(
        w,
        v::SPEAKER_END_INDEX,
        chars.char_offset(s.speaker_span.end),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, Extraction, Mode, SpeechAct, Statement};
    use crate::pipeline::process;
    use crate::text::Span;
    use chrono::NaiveDate;

    fn seed() -> Article {
        Article {
            title: Some("Kazakhstan".into()),
            text: "Kazakhstan\nMoscou a dénoncé les commentaires « grossiers » d'Antony Blinken."
                .into(),
            published: NaiveDate::from_ymd_opt(2022, 1, 8),
            lang: Some("fr".into()),
            ..Article::default()
        }
    }

    #[test]
    fn article_alone() {
        let p = process(seed());
        let iris = ArticleIris::new(&p.article);
        let quads = article_quads(&p, &iris);
        assert!(quads
            .iter()
            .all(|q| q.graph_name.to_string() == format!("<{}>", iris.graph)));
        let has = |pred: v::Iri, obj: &str| {
            quads
                .iter()
                .any(|q| q.predicate.as_ref() == pred && q.object.to_string() == obj)
        };
        assert!(has(v::RDF_TYPE, "<https://schema.org/NewsArticle>"));
        assert!(has(
            v::DATE_PUBLISHED,
            "\"2022-01-08\"^^<http://www.w3.org/2001/XMLSchema#date>"
        ));
        assert!(has(v::IN_LANGUAGE, "\"fr\""));
        assert!(has(v::HEADLINE, "\"Kazakhstan\""));
    }

    #[test]
    fn a_statement_has_one_key_whatever_article_reports_it() {
        let said = |quote: &str, day: Option<NaiveDate>| Statement {
            speaker: 0,
            targets: vec![],
            cue: "warn".into(),
            speech_act: SpeechAct::from_name("warn").unwrap(),
            mode: Mode::Direct,
            quote: Some(quote.into()),
            content: None,
            date: day,
            confidence: 0.9,
            span: Span::new(0, 1),
            speaker_span: Span::new(0, 1),
        };
        let friday = NaiveDate::from_ymd_opt(2023, 6, 2);
        let published = NaiveDate::from_ymd_opt(2023, 6, 3);
        let scholz = "https://w3id.org/parley/id/person/olaf-scholz";
        let key = |s: &Statement, speaker: &str| statement_key(speaker, s, published);
        let one = key(&said("Any attack will be answered.", friday), scholz);
        assert!(one.is_some());
        // case, accents, spacing and punctuation aside
        assert_eq!(
            key(&said("any  attack will be answered", friday), scholz),
            one
        );
        // another day, another speaker, other words: another statement
        let later = NaiveDate::from_ymd_opt(2023, 6, 9);
        assert_ne!(
            key(&said("Any attack will be answered.", later), scholz),
            one
        );
        assert_ne!(
            key(
                &said("Any attack will be answered.", friday),
                "https://w3id.org/parley/id/person/olaf-scholl"
            ),
            one
        );
        assert_ne!(
            key(&said("Every attack will be answered.", friday), scholz),
            one
        );
        // no day said: the publication day stands in
        assert_eq!(
            key(&said("Any attack will be answered.", None), scholz),
            key(&said("Any attack will be answered.", published), scholz)
        );
        // nothing said in words: no key
        assert_eq!(key(&said(" « » ", friday), scholz), None);
    }

    #[test]
    fn statements_use_character_offsets_and_stable_iris() {
        let mut p = process(seed());
        let text = p.article.text.clone();
        let start = text.find("Moscou").unwrap();
        let end = text.find(" d'Antony").unwrap();
        p.extraction = Extraction {
            entities: vec![
                Entity {
                    kind: EntityKind::Country,
                    label: "Russia".into(),
                    country: Some("RU".into()),
                    role: None,
                    mentions: vec![Span::new(start, start + 6)],
                    key: None,
                    described: false,
                    acronym: None,
                },
                Entity {
                    kind: EntityKind::Person,
                    label: "Antony Blinken".into(),
                    country: Some("US".into()),
                    role: Some("secrétaire d'Etat".into()),
                    mentions: vec![],
                    key: None,
                    described: false,
                    acronym: None,
                },
            ],
            statements: vec![Statement {
                speaker: 0,
                targets: vec![1],
                cue: "dénoncer".into(),
                speech_act: SpeechAct::from_name("criticize").unwrap(),
                mode: Mode::Mixed,
                quote: Some("grossiers".into()),
                content: None,
                date: NaiveDate::from_ymd_opt(2022, 1, 8),
                confidence: 0.9,
                span: Span::new(start, end),
                speaker_span: Span::new(start, start + 6),
            }],
        };
        let iris = ArticleIris::new(&p.article);
        let quads = article_quads(&p, &iris);
        let chars = text[..start].chars().count();
        let end_chars = text[..end].chars().count();
        let st = format!("<{}>", iris.statement(chars, end_chars));
        let of = |pred: v::Iri| -> Vec<String> {
            quads
                .iter()
                .filter(|q| q.subject.to_string() == st && q.predicate.as_ref() == pred)
                .map(|q| q.object.to_string())
                .collect()
        };
        assert_eq!(
            of(v::SPEAKER),
            vec!["<https://w3id.org/parley/id/country/RU>"]
        );
        assert_eq!(
            of(v::TARGET),
            vec!["<https://w3id.org/parley/id/person/antony-blinken>"]
        );
        assert_eq!(
            of(v::SPEECH_ACT_OF),
            vec!["<https://w3id.org/parley/ns#criticize>"]
        );
        assert_eq!(of(v::MODE), vec!["\"mixed\""]);
        assert_eq!(of(v::QUOTE), vec!["\"grossiers\""]);
        assert_eq!(
            of(v::BEGIN_INDEX),
            vec![format!(
                "\"{chars}\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"
            )]
        );
        assert_eq!(
            of(v::SPEAKER_END_INDEX),
            vec![format!(
                "\"{}\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>",
                chars + 6
            )]
        );
        assert_eq!(
            of(v::CONFIDENCE),
            vec!["\"0.90\"^^<http://www.w3.org/2001/XMLSchema#decimal>"]
        );
        // same input → same quads
        assert_eq!(quads, article_quads(&p, &iris));
    }

    #[test]
    fn two_statements_of_one_span_are_two_nodes() {
        // "Le consulat français et le gouvernement belge recommandent …": one span, two speakers
        let mut p = process(seed());
        let span = Span::new(0, 6);
        let entity = |label: &str| Entity {
            kind: EntityKind::Organisation,
            label: label.into(),
            country: None,
            role: None,
            mentions: vec![],
            key: None,
            described: false,
            acronym: None,
        };
        let statement = |speaker: usize| Statement {
            speaker,
            targets: vec![],
            cue: "recommander".into(),
            speech_act: SpeechAct::from_name("appeal").unwrap(),
            mode: Mode::Indirect,
            quote: None,
            content: None,
            date: None,
            confidence: 0.8,
            span,
            speaker_span: span,
        };
        p.extraction = Extraction {
            entities: vec![entity("consulat français"), entity("gouvernement belge")],
            statements: vec![statement(0), statement(1)],
        };
        let iris = ArticleIris::new(&p.article);
        let quads = article_quads(&p, &iris);
        let speakers: Vec<_> = quads
            .iter()
            .filter(|q| q.predicate.as_ref() == v::SPEAKER)
            .collect();
        assert_eq!(speakers.len(), 2);
        assert_ne!(speakers[0].subject, speakers[1].subject);
    }

    #[test]
    fn fingerprint_ignores_the_file_but_not_the_text() {
        let a = seed();
        let mut b = a.clone();
        b.origin = Some(crate::article::Location::file("elsewhere.txt"));
        assert_eq!(fingerprint(&a), fingerprint(&b));
        b.text.push('!');
        assert_ne!(fingerprint(&a), fingerprint(&b));
        let mut c = a.clone();
        c.published = NaiveDate::from_ymd_opt(2022, 1, 9);
        assert_ne!(fingerprint(&a), fingerprint(&c));
    }
}
