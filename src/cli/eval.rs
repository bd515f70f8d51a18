//! `parley eval`: extraction scored against gold statements (GUIDELINES format), overall and per
//! language, with the rules of the reference scorer.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::Context;

use super::args::EvalArgs;
use super::{output, Outcome};
use crate::eval::{self, GoldArticle, PredArticle, PredEntity, PredStatement};
use crate::extract::{Entity, EntityKind};
use crate::pipeline;
use crate::text::CharIndex;

fn entity(e: Option<&Entity>) -> PredEntity {
    e.map(|e| PredEntity {
        label: e.label.clone(),
        kind: match e.kind {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Country => "country",
        }
        .to_string(),
        country: e.country.clone(),
    })
    .unwrap_or_default()
}

pub fn run(args: EvalArgs) -> anyhow::Result<Outcome> {
    let mut gold: Vec<GoldArticle> = Vec::new();
    for path in &args.gold {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            gold.push(
                serde_json::from_str(line)
                    .with_context(|| format!("{}:{}: not a gold article", path.display(), n + 1))?,
            );
        }
    }
    let opts = super::read_options(args.input_format, &args.read)?;
    let lexicon = super::lexicon(&args.read)?;
    let mut preds = Vec::new();
    let skipped = super::each_article(&args.paths, &args.read, &opts, |input, a| {
        let doc = crate::article::doc_name(input, &a);
        let p = pipeline::process_with(a, &lexicon);
        let chars = CharIndex::new(&p.article.text);
        let x = &p.extraction;
        let statements = x
            .statements
            .iter()
            .map(|s| PredStatement {
                speaker: entity(x.entities.get(s.speaker)),
                speech_act: s.speech_act.as_str().to_string(),
                mode: s.mode.as_str().to_string(),
                quote: s.quote.clone(),
                start: chars.char_offset(s.span.start),
                end: chars.char_offset(s.span.end),
                targets: s
                    .targets
                    .iter()
                    .map(|t| entity(x.entities.get(*t)))
                    .collect(),
                date: s.date.map(|d| d.to_string()),
            })
            .collect();
        preds.push(PredArticle {
            doc,
            url: p.article.url.clone(),
            text: p.article.text,
            statements,
        });
        Ok(())
    })?;
    let (all, by_lang) = eval::score(&gold, &preds, &BTreeMap::new())?;
    let mut out = output::stdout();
    if args.json {
        let langs: BTreeMap<&String, eval::Scores> =
            by_lang.iter().map(|(l, c)| (l, c.scores())).collect();
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({"overall": all.scores(), "counts": all, "languages": langs}),
        )?;
        writeln!(out)?;
    } else {
        for (lang, c) in &by_lang {
            writeln!(out, "== {lang}")?;
            write!(out, "{}", c.report())?;
        }
        writeln!(out, "== overall")?;
        write!(out, "{}", all.report())?;
    }
    out.flush()?;
    Ok(if skipped > 0 {
        Outcome::Skipped
    } else {
        Outcome::Success
    })
}
