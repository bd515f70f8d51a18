//! "“We will win,” Cole said. “The people are with us.”", « Nous gagnerons », a déclaré X.
//! « Le peuple est avec nous. »: a sentence that is one quotation, with no cue of its own, goes on
//! with the words of the statement before it in the paragraph, when that statement opens with
//! its quotation, its cue and speaker after it, and no other quotation follows in its sentence
//! (GUIDELINES: a quote split around an incise is one statement).

use super::super::{Mode, Statement};
use super::memory::Memory;
use super::Sentence;

/// Whether statement `st`, the last of sentence `s`, may go on in a quotation after the
/// sentence: it is direct, opens with its quotation, and no other quotation follows it in the
/// sentence (words may: "…," she said on Monday in a statement).
pub fn may_go_on(s: &Sentence<'_>, st: &Statement) -> bool {
    let Some(first) = (s.from..s.to).find(|&k| s.toks[k].span.start >= st.span.start) else {
        return false;
    };
    let mut after = (s.from..s.to).filter(|&k| s.toks[k].span.start >= st.span.end);
    st.mode == Mode::Direct
        && st.quote.is_some()
        && s.is_quote_open(first)
        && !after.any(|k| s.is_quote_open(k))
}

/// The words a statement goes on with: a sentence of quotations.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// The quotations' words, joined as fragments.
    words: String,
    /// Where the last quotation ends in the text.
    end: usize,
    /// Whom the words are about, as for the speaker's statement.
    targets: Vec<usize>,
}

/// Sentence `s` when it is quotations and nothing else (final punctuation aside), as words of
/// `speaker`.
pub fn whole_quotation(s: &Sentence<'_>, speaker: usize, memory: &Memory) -> Option<Quotation> {
    let quotes: Vec<(usize, usize)> = s
        .quotes
        .iter()
        .copied()
        .filter(|&(o, c)| o >= s.from && c < s.to)
        .collect();
    let inside = |k: usize| quotes.iter().any(|&(o, c)| k >= o && k <= c);
    let alone = (s.from..s.to).all(|k| inside(k) || s.toks[k].ends_sentence());
    let words: Vec<String> = quotes.iter().map(|&q| s.quote_text(q)).collect();
    let last = quotes.last()?;
    if !alone || !s.is_quote_open(s.from) || words.iter().any(String::is_empty) {
        return None;
    }
    Some(Quotation {
        words: words.join(" … "),
        end: s.toks[last.1].span.end,
        targets: super::targets::targets(s, ((s.from, s.to), None), speaker, None, memory),
    })
}

/// Statement `st` goes on with quotation `q`.
pub fn go_on(st: &mut Statement, q: Quotation) {
    let quote = st.quote.get_or_insert_with(String::new);
    quote.push_str(" … ");
    quote.push_str(&q.words);
    st.span.end = st.span.end.max(q.end);
    for t in q.targets {
        if t != st.speaker && !st.targets.contains(&t) {
            st.targets.push(t);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    /// Each statement of a one-paragraph article: its speaker, quote and text.
    fn quoted(lang: &str, body: &str) -> Vec<(String, Option<String>, String)> {
        let text = format!("Titre\n\n{body}\n");
        let x = extraction(lang, body);
        x.statements
            .iter()
            .map(|s| {
                (
                    x.entities[s.speaker].label.clone(),
                    s.quote.clone(),
                    text[s.span.start..s.span.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_quotation_alone_after_an_incise_goes_on_with_its_words() {
        for (lang, body, speaker, quote) in [
            (
                "en",
                "\"We will win this fight,\" Senator Jane Cole said. \"The people are with us. \
                 The courts will see it.\" The vote is on Monday.",
                "Jane Cole",
                "We will win this fight, … The people are with us. The courts will see it.",
            ),
            (
                "fr",
                "« Nous gagnerons », a déclaré le ministre Paul Durand. « Le peuple est avec \
                 nous. » Le vote aura lieu lundi.",
                "Paul Durand",
                "Nous gagnerons … Le peuple est avec nous.",
            ),
            (
                "en",
                "\"The dam held,\" said Mayor Ana Ruiz. \"We were lucky.\" \"Next year we \
                 build a new one.\"",
                "Ana Ruiz",
                "The dam held, … We were lucky. … Next year we build a new one.",
            ),
        ] {
            let found = quoted(lang, body);
            assert_eq!(found.len(), 1, "{body}: {found:?}");
            assert_eq!(found[0].0, speaker, "{body}");
            assert_eq!(found[0].1.as_deref(), Some(quote), "{body}");
            assert!(found[0].2.ends_with(['"', '»']), "{body}: {found:?}");
        }
    }

    #[test]
    fn coordinated_speakers_go_on_together() {
        let body =
            "\"We will win this fight,\" Senator Jane Cole and Governor Tom Reed said. \"The \
                    people are with us.\"";
        let found = quoted("en", body);
        assert_eq!(found.len(), 2, "{found:?}");
        for (speaker, quote, _) in &found {
            assert_eq!(
                quote.as_deref(),
                Some("We will win this fight, … The people are with us."),
                "{speaker}"
            );
        }
    }

    #[test]
    fn whom_the_quotation_names_is_a_target_of_the_statement() {
        let body = "\"We will not give in,\" Senator Jane Cole said on Monday. \"Russia and \
                    Belarus cannot stop us.\"";
        let x = extraction("en", body);
        assert_eq!(x.statements.len(), 1, "{:?}", x.statements);
        let targets: Vec<&str> = x.statements[0]
            .targets
            .iter()
            .map(|&t| x.entities[t].label.as_str())
            .collect();
        assert_eq!(targets, ["Russia", "Belarus"]);
    }

    #[test]
    fn a_quotation_with_its_own_cue_or_after_other_words_is_not_the_last_statements() {
        for (lang, body) in [
            // its own incise: its own statement
            (
                "en",
                "\"We will win,\" Senator Jane Cole said. \"We are ready,\" her aide Tom Bell \
                 added.",
            ),
            // the statement reports in indirect speech: the quotation may be anyone's
            (
                "en",
                "Senator Jane Cole said the vote was close. \"Nobody knows the outcome.\"",
            ),
            // the cue stands before the quotation, and words follow it
            (
                "fr",
                "Le ministre Paul Durand a déclaré : « Nous gagnerons » devant les députés. « Le \
                 peuple est avec nous. »",
            ),
            // another paragraph
            (
                "en",
                "\"We will win,\" Senator Jane Cole said.\n\n\"The people are with us.\"",
            ),
        ] {
            let found = quoted(lang, body);
            assert!(
                found.iter().all(|(_, q, t)| {
                    !q.as_deref().unwrap_or_default().contains("with us")
                        && !q.as_deref().unwrap_or_default().contains("avec nous")
                        && !t.contains("with us")
                        && !t.contains("avec nous")
                }),
                "{body}: {found:?}"
            );
        }
    }
}
