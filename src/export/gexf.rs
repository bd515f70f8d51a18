//! GEXF 1.3, dynamic: each edge lives from its first to its last date and each node from its first
//! to its last statement, so that Gephi's timeline plays the statements over time; nodes are
//! coloured by kind and sized by statements (GEXF's viz module, as Gephi writes it), so that Gephi
//! shows a readable graph before any styling. Valid against the GEXF 1.3 RELAX NG schema (its XSD
//! declares the viz elements in the wrong namespace).

use std::io::{self, Write};

use super::attributes::{except, Attribute, EDGE, NODE};
use super::{Edge, Network, Node};
use crate::web::xml_escape;

/// What GEXF says other than as attributes: a node's label, and the spans of nodes and edges.
const NODE_LEFT_OUT: &[&str] = &["label", "first", "last"];
/// An edge's dates are its span, its weight an XML attribute.
const EDGE_LEFT_OUT: &[&str] = &["date", "last_date", "weight"];

/// The colour Gephi shows a node of this kind in (red, green, blue): Tableau's first three.
fn kind_colour(kind: &str) -> (u8, u8, u8) {
    match kind {
        "person" => (31, 119, 180),
        "organisation" => (255, 127, 14),
        _ => (44, 160, 44),
    }
}

/// The size Gephi draws a node at: grows with the square root of its statements, from 4.
fn node_size(n: &Node) -> f64 {
    (40.0 + 20.0 * ((n.made + n.received) as f64).sqrt()).round() / 10.0
}

pub fn write_gexf(net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#
    )?;
    writeln!(out, "  <meta>\n    <creator>parley</creator>\n  </meta>")?;
    writeln!(
        out,
        r#"  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#
    )?;
    declare(out, "node", except(NODE, NODE_LEFT_OUT))?;
    declare(out, "edge", except(EDGE, EDGE_LEFT_OUT))?;
    writeln!(out, "    <nodes>")?;
    for (i, n) in net.nodes.iter().enumerate() {
        node(out, i, n)?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (i, e) in net.edges.iter().enumerate() {
        edge(out, i, e)?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

fn declare<'a, T: 'a>(
    out: &mut impl Write,
    class: &str,
    attributes: impl Iterator<Item = &'a Attribute<T>>,
) -> io::Result<()> {
    writeln!(out, r#"    <attributes class="{class}" mode="static">"#)?;
    for a in attributes {
        writeln!(
            out,
            r#"      <attribute id="{id}" title="{id}" type="{ty}"/>"#,
            id = a.name,
            ty = a.kind.gexf()
        )?;
    }
    writeln!(out, "    </attributes>")
}

fn attvalues<'a, T: 'a>(
    out: &mut impl Write,
    item: &T,
    attributes: impl Iterator<Item = &'a Attribute<T>>,
) -> io::Result<()> {
    writeln!(out, "        <attvalues>")?;
    for a in attributes {
        writeln!(
            out,
            r#"          <attvalue for="{}" value="{}"/>"#,
            a.name,
            (a.value)(item).xml()
        )?;
    }
    writeln!(out, "        </attvalues>")
}

fn node(out: &mut impl Write, i: usize, n: &Node) -> io::Result<()> {
    let span = if n.first.is_empty() {
        String::new()
    } else {
        format!(r#" start="{}" end="{}""#, n.first, n.last)
    };
    writeln!(
        out,
        r#"      <node id="n{i}" label="{}"{span}>"#,
        xml_escape(&n.label)
    )?;
    let (r, g, b) = kind_colour(&n.kind);
    writeln!(out, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
    writeln!(out, r#"        <viz:size value="{}"/>"#, node_size(n))?;
    attvalues(out, n, except(NODE, NODE_LEFT_OUT))?;
    writeln!(out, "      </node>")
}

fn edge(out: &mut impl Write, i: usize, e: &Edge) -> io::Result<()> {
    let spell = if e.date.is_empty() {
        String::new()
    } else {
        let last = if e.last_date.is_empty() {
            &e.date
        } else {
            &e.last_date
        };
        format!(r#" start="{}" end="{last}""#, e.date)
    };
    writeln!(
        out,
        r#"      <edge id="e{i}" source="n{}" target="n{}" label="{}" weight="{}"{spell}>"#,
        e.source,
        e.target,
        xml_escape(&e.speech_act),
        e.count
    )?;
    attvalues(out, e, except(EDGE, EDGE_LEFT_OUT))?;
    writeln!(out, "      </edge>")
}
