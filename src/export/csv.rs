//! Gephi's spreadsheet import: nodes.csv (`Id`, `Label`, then the attributes) and edges.csv
//! (`Source`, `Target`, `Type`, then the attributes, the speech act as `Label` and the count as
//! `Weight`, the column names Gephi reads).

use std::io::Write;

use super::attributes::{except, EDGE, NODE};
use super::Network;

/// Gephi's name for an edge attribute's column; `None` for one it has under another name.
fn edge_column(name: &'static str) -> Option<&'static str> {
    match name {
        "speech_act" => Some("Label"),
        "count" => Some("Weight"),
        "weight" => None,
        other => Some(other),
    }
}

/// Node attributes that are not columns: the label is `Label`, the dates are not read by Gephi.
const NODE_LEFT_OUT: &[&str] = &["label", "first", "last"];

pub fn write_csv(net: &Network, nodes: impl Write, edges: impl Write) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(nodes);
    let mut header = vec!["Id", "Label"];
    header.extend(except(NODE, NODE_LEFT_OUT).map(|a| a.name));
    w.write_record(&header)?;
    for (i, n) in net.nodes.iter().enumerate() {
        let mut record = vec![format!("n{i}"), n.label.clone()];
        record.extend(except(NODE, NODE_LEFT_OUT).map(|a| (a.value)(n).text()));
        w.write_record(&record)?;
    }
    w.flush()?;
    let mut w = csv::Writer::from_writer(edges);
    let mut header = vec!["Source", "Target", "Type"];
    header.extend(EDGE.iter().filter_map(|a| edge_column(a.name)));
    w.write_record(&header)?;
    for e in &net.edges {
        let mut record = vec![
            format!("n{}", e.source),
            format!("n{}", e.target),
            "Directed".to_string(),
        ];
        record.extend(
            EDGE.iter()
                .filter(|a| edge_column(a.name).is_some())
                .map(|a| (a.value)(e).text()),
        );
        w.write_record(&record)?;
    }
    w.flush()?;
    Ok(())
}
