//! GraphML with typed keys, valid against the GraphML 1.0 schema: node ids are `n0`, `n1`… (ids
//! must be NMTOKENs, so IRIs go in a data field), every text escaped, `weight` on edges.

use std::io::{self, Write};

use super::attributes::{except, Attribute, EDGE, NODE};
use super::Network;

/// What GraphML leaves out: a node's first and last dates (GEXF's spans; GraphML has no time).
const LEFT_OUT: &[&str] = &["first", "last"];

pub fn write_graphml(net: &Network, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    keys(out, "node", except(NODE, LEFT_OUT))?;
    keys(out, "edge", EDGE.iter())?;
    writeln!(out, r#"  <graph id="statements" edgedefault="directed">"#)?;
    for (i, n) in net.nodes.iter().enumerate() {
        writeln!(out, r#"    <node id="n{i}">"#)?;
        data(out, "node", n, except(NODE, LEFT_OUT))?;
        writeln!(out, "    </node>")?;
    }
    for (i, e) in net.edges.iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="n{}" target="n{}">"#,
            e.source, e.target
        )?;
        data(out, "edge", e, EDGE.iter())?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

fn keys<'a, T: 'a>(
    out: &mut impl Write,
    domain: &str,
    attributes: impl Iterator<Item = &'a Attribute<T>>,
) -> io::Result<()> {
    for a in attributes {
        writeln!(
            out,
            r#"  <key id="{domain}_{name}" for="{domain}" attr.name="{name}" attr.type="{ty}"/>"#,
            name = a.name,
            ty = a.kind.graphml()
        )?;
    }
    Ok(())
}

fn data<'a, T: 'a>(
    out: &mut impl Write,
    domain: &str,
    item: &T,
    attributes: impl Iterator<Item = &'a Attribute<T>>,
) -> io::Result<()> {
    for a in attributes {
        writeln!(
            out,
            r#"      <data key="{domain}_{}">{}</data>"#,
            a.name,
            (a.value)(item).xml()
        )?;
    }
    Ok(())
}
