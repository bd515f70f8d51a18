//! The one description of what the network's nodes and edges carry: each attribute's name, type
//! and value. Every writer (GraphML, GEXF, CSV, JSON) reads its columns from here, leaving out
//! those its format says another way (GEXF's spans and weights, for instance), so that a new
//! attribute is added once and reaches every format.

use super::{Edge, Node};

/// How an attribute's values are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Integer,
    Double,
}

impl Kind {
    /// Its name in GraphML's `attr.type`.
    pub fn graphml(self) -> &'static str {
        match self {
            Kind::Text => "string",
            Kind::Integer => "int",
            Kind::Double => "double",
        }
    }

    /// Its name in GEXF's attribute `type`.
    pub fn gexf(self) -> &'static str {
        match self {
            Kind::Text => "string",
            Kind::Integer => "integer",
            Kind::Double => "double",
        }
    }
}

/// An attribute's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Integer(u64),
    Double(f64),
}

impl Value {
    /// As text (numbers as Rust writes them: `3`, `0.25`).
    pub fn text(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Integer(i) => i.to_string(),
            Value::Double(d) => d.to_string(),
        }
    }

    /// As text in XML: text escaped (numbers need none).
    pub fn xml(&self) -> String {
        match self {
            Value::Text(s) => crate::web::xml_escape(s),
            other => other.text(),
        }
    }

    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Text(s) => s.clone().into(),
            Value::Integer(i) => (*i).into(),
            Value::Double(d) => (*d).into(),
        }
    }
}

/// An attribute of the items of type `T` (nodes or edges).
pub struct Attribute<T> {
    pub name: &'static str,
    pub kind: Kind,
    pub value: fn(&T) -> Value,
}

macro_rules! text {
    ($name:literal, $field:ident) => {
        Attribute {
            name: $name,
            kind: Kind::Text,
            value: |x| Value::Text(x.$field.clone()),
        }
    };
}

macro_rules! integer {
    ($name:literal, $field:ident) => {
        Attribute {
            name: $name,
            kind: Kind::Integer,
            value: |x| Value::Integer(x.$field),
        }
    };
}

/// The attributes of a node, in the order the formats write them.
pub const NODE: &[Attribute<Node>] = &[
    text!("label", label),
    text!("iri", iri),
    text!("kind", kind),
    text!("country", country),
    text!("role", role),
    integer!("made", made),
    integer!("received", received),
    integer!("degree", degree),
    Attribute {
        name: "pagerank",
        kind: Kind::Double,
        value: |n| Value::Double(n.pagerank),
    },
    // the dates of its first and last statement: GEXF writes them as the node's span
    text!("first", first),
    text!("last", last),
];

/// The attributes of an edge, in the order the formats write them.
pub const EDGE: &[Attribute<Edge>] = &[
    text!("speech_act", speech_act),
    text!("cameo", cameo),
    // first and last date (the same unless aggregated): GEXF writes them as the edge's span
    text!("date", date),
    text!("last_date", last_date),
    integer!("count", count),
    // the count again, under the name graph tools weigh edges by
    Attribute {
        name: "weight",
        kind: Kind::Double,
        value: |e| Value::Integer(e.count),
    },
    // the articles that report them: more than `count` when a statement was reprinted
    integer!("sources", sources),
    text!("said", said),
    text!("article", article),
    text!("statement", statement),
];

/// The attributes of `all` but those named in `left_out`.
pub fn except<'a, T>(
    all: &'a [Attribute<T>],
    left_out: &'a [&str],
) -> impl Iterator<Item = &'a Attribute<T>> {
    all.iter().filter(move |a| !left_out.contains(&a.name))
}
