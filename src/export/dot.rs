//! DOT for Graphviz: nodes labelled and shaped by kind, edges labelled by speech act (with the
//! count when aggregated).

use std::io::{self, Write};

use super::Network;

fn dot_quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    )
}

pub fn write_dot(net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "digraph statements {{")?;
    for (i, n) in net.nodes.iter().enumerate() {
        let shape = match n.kind.as_str() {
            "country" => "box",
            "organisation" => "ellipse",
            _ => "oval",
        };
        writeln!(
            out,
            "  n{i} [label={}, shape={shape}];",
            dot_quote(&n.label)
        )?;
    }
    for e in &net.edges {
        let label = if e.count > 1 {
            format!("{} ×{}", e.speech_act, e.count)
        } else {
            e.speech_act.clone()
        };
        writeln!(
            out,
            "  n{} -> n{} [label={}];",
            e.source,
            e.target,
            dot_quote(&label)
        )?;
    }
    writeln!(out, "}}")
}
