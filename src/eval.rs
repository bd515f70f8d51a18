//! Scoring extraction against gold statements, with the rules and figures of the reference scorer
//! (`../shared/eval/score.py`): a predicted statement is found when its span overlaps the gold
//! evidence (pairs with a matching speaker first, then larger overlaps), attributed when its speaker
//! matches (folded names, surnames, or the country of a country speaker); on attributed statements,
//! speech act, mode, exact quote, date and targets are compared. Figures are given overall and per
//! language.

use std::collections::BTreeMap;

use serde::Deserialize;

pub use crate::text::keys::fold;

/// A gold article (GUIDELINES.md format).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub doc: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub statements: Vec<GoldStatement>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    pub speaker: String,
    #[serde(default)]
    pub speaker_aliases: Vec<String>,
    pub speaker_kind: String,
    #[serde(default)]
    pub speaker_country: Option<String>,
    pub speech_act: String,
    pub mode: String,
    #[serde(default)]
    pub quote: Option<String>,
    pub evidence: String,
    #[serde(default)]
    pub targets: Vec<String>,
    #[serde(default)]
    pub date: Option<String>,
}

/// An entity as predicted: label, kind, country.
#[derive(Debug, Clone, Default)]
pub struct PredEntity {
    pub label: String,
    pub kind: String,
    pub country: Option<String>,
}

/// A predicted statement, with character offsets into the article text.
#[derive(Debug, Clone, Default)]
pub struct PredStatement {
    pub speaker: PredEntity,
    pub speech_act: String,
    pub mode: String,
    pub quote: Option<String>,
    pub start: usize,
    pub end: usize,
    pub targets: Vec<PredEntity>,
    pub date: Option<String>,
}

/// One predicted article: how it is named and its text.
#[derive(Debug, Clone, Default)]
pub struct PredArticle {
    pub doc: String,
    pub url: Option<String>,
    pub text: String,
    pub statements: Vec<PredStatement>,
}

/// score.py's `names_match`: equal after folding, or the gold name's last word (3+ characters) is
/// a word of the label.
pub fn names_match(label: &str, names: &[&str]) -> bool {
    let fl = fold(label);
    if fl.is_empty() {
        return false;
    }
    let words: Vec<&str> = fl.split(' ').collect();
    names.iter().any(|n| {
        let fn_ = fold(n);
        if fl == fn_ {
            return true;
        }
        let last = fn_.split(' ').next_back().unwrap_or("");
        last.chars().count() >= 3 && words.contains(&last)
    })
}

fn speaker_match(p: &PredStatement, g: &GoldStatement) -> bool {
    let mut names: Vec<&str> = vec![g.speaker.as_str()];
    names.extend(g.speaker_aliases.iter().map(String::as_str));
    if names_match(&p.speaker.label, &names) {
        return true;
    }
    g.speaker_kind == "country"
        && p.speaker.kind == "country"
        && p.speaker.country == g.speaker_country
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

fn target_hits(pred: &[PredEntity], gold: &[String]) -> usize {
    let mut used = vec![false; pred.len()];
    let mut hits = 0;
    for g in gold {
        for (i, p) in pred.iter().enumerate() {
            if used[i] {
                continue;
            }
            let ok = if is_country_code(g) {
                p.kind == "country" && p.country.as_deref() == Some(g.as_str())
            } else {
                names_match(&p.label, &[g.as_str()])
            };
            if ok {
                used[i] = true;
                hits += 1;
                break;
            }
        }
    }
    hits
}

/// Character offsets of the first occurrence of `evidence` in `text`.
fn locate(text: &str, evidence: &str) -> Option<(usize, usize)> {
    let byte = text.find(evidence)?;
    let start = text[..byte].chars().count();
    Some((start, start + evidence.chars().count()))
}

/// The counts score.py keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub articles: usize,
    pub articles_without_output: usize,
    pub gold: usize,
    pub pred: usize,
    pub found: usize,
    pub attributed: usize,
    pub act_ok: usize,
    pub mode_ok: usize,
    pub quote_gold: usize,
    pub quote_ok: usize,
    pub date_gold: usize,
    pub date_ok: usize,
    pub tgt_gold: usize,
    pub tgt_pred: usize,
    pub tgt_hit: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.articles += o.articles;
        self.articles_without_output += o.articles_without_output;
        self.gold += o.gold;
        self.pred += o.pred;
        self.found += o.found;
        self.attributed += o.attributed;
        self.act_ok += o.act_ok;
        self.mode_ok += o.mode_ok;
        self.quote_gold += o.quote_gold;
        self.quote_ok += o.quote_ok;
        self.date_gold += o.date_gold;
        self.date_ok += o.date_ok;
        self.tgt_gold += o.tgt_gold;
        self.tgt_pred += o.tgt_pred;
        self.tgt_hit += o.tgt_hit;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Precision, recall, F1.
pub fn prf(hit: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = ratio(hit, pred);
    let r = ratio(hit, gold);
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// The figures score.py prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Scores {
    pub detection: (f64, f64, f64),
    pub attribution: (f64, f64, f64),
    pub speech_act_accuracy: f64,
    pub mode_accuracy: f64,
    pub quote_exact: f64,
    pub date_accuracy: f64,
    pub targets: (f64, f64, f64),
}

impl Counts {
    pub fn scores(&self) -> Scores {
        Scores {
            detection: prf(self.found, self.pred, self.gold),
            attribution: prf(self.attributed, self.pred, self.gold),
            speech_act_accuracy: ratio(self.act_ok, self.attributed),
            mode_accuracy: ratio(self.mode_ok, self.attributed),
            quote_exact: ratio(self.quote_ok, self.quote_gold),
            date_accuracy: ratio(self.date_ok, self.date_gold),
            targets: prf(self.tgt_hit, self.tgt_pred, self.tgt_gold),
        }
    }

    /// The report, as score.py words it.
    pub fn report(&self) -> String {
        let s = self.scores();
        let f3 = |t: (f64, f64, f64)| format!("P {:.3} R {:.3} F1 {:.3}", t.0, t.1, t.2);
        format!(
            "articles {} (no output for {}); gold {}, predicted {}\n\
             detection     {}\n\
             attribution   {}   (span overlap and right speaker)\n\
             on attributed statements: speech act {:.3}, mode {:.3}, quote exact {:.3} (of {}), date {:.3} (of {})\n\
             targets       {}\n",
            self.articles,
            self.articles_without_output,
            self.gold,
            self.pred,
            f3(s.detection),
            f3(s.attribution),
            s.speech_act_accuracy,
            s.mode_accuracy,
            s.quote_exact,
            self.quote_gold,
            s.date_accuracy,
            self.date_gold,
            f3(s.targets)
        )
    }
}

/// Why a gold file cannot be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{doc}: evidence not found in the article text: {evidence:?}")]
    Evidence { doc: String, evidence: String },
}

/// The predicted article a gold doc refers to: same doc, a doc ending in "/" + it, or its url.
fn find<'p>(doc: &str, preds: &'p [PredArticle]) -> Option<&'p PredArticle> {
    preds
        .iter()
        .find(|p| p.doc == doc)
        .or_else(|| preds.iter().find(|p| p.url.as_deref() == Some(doc)))
        .or_else(|| preds.iter().find(|p| p.doc.ends_with(&format!("/{doc}"))))
}

/// Counts for one gold article. `text` is the article text the evidence refers to.
fn score_article(
    g: &GoldArticle,
    pred: Option<&PredArticle>,
    text: &str,
) -> Result<Counts, EvalError> {
    let mut c = Counts {
        articles: 1,
        articles_without_output: usize::from(pred.is_none()),
        ..Counts::default()
    };
    let ps: &[PredStatement] = pred.map(|p| p.statements.as_slice()).unwrap_or(&[]);
    c.gold = g.statements.len();
    c.pred = ps.len();
    let mut spans = Vec::new();
    for s in &g.statements {
        spans.push(
            locate(text, &s.evidence).ok_or_else(|| EvalError::Evidence {
                doc: g.doc.clone(),
                evidence: s.evidence.clone(),
            })?,
        );
    }
    let mut pairs = Vec::new();
    for (gi, gs) in g.statements.iter().enumerate() {
        for (pi, p) in ps.iter().enumerate() {
            let ov = p.end.min(spans[gi].1) as i64 - p.start.max(spans[gi].0) as i64;
            if ov > 0 {
                pairs.push((speaker_match(p, gs), ov, gi, pi));
            }
        }
    }
    // score.py sorts by (speaker match, overlap) descending with a stable sort
    pairs.sort_by_key(|p| std::cmp::Reverse((p.0, p.1)));
    let mut gdone = vec![false; g.statements.len()];
    let mut pdone = vec![false; ps.len()];
    for (sm, _, gi, pi) in pairs {
        if gdone[gi] || pdone[pi] {
            continue;
        }
        gdone[gi] = true;
        pdone[pi] = true;
        c.found += 1;
        if !sm {
            continue;
        }
        let (gs, p) = (&g.statements[gi], &ps[pi]);
        c.attributed += 1;
        c.act_ok += usize::from(p.speech_act == gs.speech_act);
        c.mode_ok += usize::from(p.mode == gs.mode);
        if let Some(q) = gs.quote.as_deref().filter(|q| !q.is_empty()) {
            c.quote_gold += 1;
            c.quote_ok += usize::from(fold(p.quote.as_deref().unwrap_or("")) == fold(q));
        }
        if let Some(d) = gs.date.as_deref().filter(|d| !d.is_empty()) {
            c.date_gold += 1;
            c.date_ok += usize::from(p.date.as_deref() == Some(d));
        }
        c.tgt_gold += gs.targets.len();
        c.tgt_pred += p.targets.len();
        c.tgt_hit += target_hits(&p.targets, &gs.targets);
    }
    Ok(c)
}

/// Scores predictions against gold: overall and per gold language (`und` when unset). A gold
/// article without a predicted article counts all its statements as missed; its text is then
/// taken from `texts` (doc → text), where the caller may have it.
pub fn score(
    gold: &[GoldArticle],
    preds: &[PredArticle],
    texts: &BTreeMap<String, String>,
) -> Result<(Counts, BTreeMap<String, Counts>), EvalError> {
    let mut all = Counts::default();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    for g in gold {
        let pred = find(&g.doc, preds);
        let text = pred
            .map(|p| p.text.as_str())
            .or_else(|| texts.get(&g.doc).map(String::as_str))
            .unwrap_or("");
        let c = score_article(g, pred, text)?;
        all.add(&c);
        by_lang
            .entry(g.lang.clone().unwrap_or_else(|| "und".into()))
            .or_default()
            .add(&c);
    }
    Ok((all, by_lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_names_as_score_py() {
        assert_eq!(fold("  Le Ministère   russe "), "ministere russe");
        assert_eq!(fold("l’Élysée"), "elysee");
        assert!(names_match("M. Blinken", &["Antony Blinken"]));
        assert!(names_match(
            "ministère russe des Affaires étrangères",
            &["ministère russe des Affaires étrangères"]
        ));
        assert!(!names_match("Poutine", &["Vladimir Putin"]));
        assert!(!names_match("", &["X"]));
    }

    #[test]
    fn locate_counts_characters() {
        assert_eq!(
            locate("Poutine et Tokaïev ont dit", "ont dit"),
            Some((19, 26))
        );
    }
}
