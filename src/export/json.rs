//! JSON with nodes and links, as d3 and Cytoscape.js read them: every attribute of
//! [`super::attributes`], numbers as numbers, ids `n0`, `n1`….

use super::attributes::{EDGE, NODE};
use super::Network;

pub fn to_json(net: &Network) -> serde_json::Value {
    let nodes: Vec<serde_json::Value> = net
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut o = serde_json::Map::new();
            o.insert("id".into(), format!("n{i}").into());
            for a in NODE {
                o.insert(a.name.into(), (a.value)(n).json());
            }
            o.into()
        })
        .collect();
    let links: Vec<serde_json::Value> = net
        .edges
        .iter()
        .map(|e| {
            let mut o = serde_json::Map::new();
            o.insert("source".into(), format!("n{}", e.source).into());
            o.insert("target".into(), format!("n{}", e.target).into());
            for a in EDGE {
                o.insert(a.name.into(), (a.value)(e).json());
            }
            o.into()
        })
        .collect();
    serde_json::json!({ "nodes": nodes, "links": links })
}
