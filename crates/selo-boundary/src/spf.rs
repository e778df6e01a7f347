//! The SPF generator's answers as typed view-models: the presets' notes and
//! findings, and the live count of the record's include tree. Every text
//! is written by the worker in both languages (the engine's findings as
//! [`ShownFinding`]s, the rest as [`Both`]); the page lays the values out
//! with the same findings list as the generators' other findings, and a
//! change of language shows the other words at once, without asking again.

use selo::shown::{Both, ShownFinding};
use serde::{Deserialize, Serialize};

/// What the SPF generator shows of the presets beyond their names and
/// includes: each preset's id, note in English and Portuguese, and
/// documentation page; the findings about the chosen ones.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Presets {
    pub notes: Vec<[String; 4]>,
    pub findings: Vec<ShownFinding>,
}

/// The live count ([`crate::Request::CountSpf`]): the whole tree's total,
/// the findings of the walk (the record's own findings are left out: the
/// generator shows them already), and the tree with each record's
/// lookups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfCount {
    /// `None` when no tree could be walked (the resolver failed).
    pub total: Option<SpfTotal>,
    pub findings: Vec<ShownFinding>,
    /// The tree's heading ("Include tree").
    pub tree_label: Both,
    /// What a node without a record says ("no SPF record").
    pub no_record: Both,
    pub tree: Option<SpfNode>,
}

/// The lookups of the whole tree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfTotal {
    /// DNS-querying terms over the whole tree.
    pub lookups: usize,
    /// Over a limit (10 lookups, 2 void lookups).
    pub over: bool,
    /// "10 of 10 DNS lookups; 0 of 2 void lookups."
    pub said: Both,
}

/// A record of the tree, its lookups and what it includes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfNode {
    pub domain: String,
    /// "3 lookups, 5 with everything below".
    pub lookups: Both,
    /// The record found, if one was.
    pub record: Option<String>,
    /// What is wrong in this record (a provider's too).
    pub findings: Vec<ShownFinding>,
    pub children: Vec<SpfNode>,
}
