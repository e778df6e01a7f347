//! The Check page's answer as typed view-models: what the page shows of a
//! domain check (one domain's report) or of a list of domains (one table),
//! each text already in one language, written by the engine worker, so
//! that the page module carries none of the check's words and only lays
//! the values out (`src/pages/check/report.rs`). The worker sends one view
//! per language ([`crate::Progress`]), so a change of language shows the
//! other at once, without checking again.
//!
//! Values from DNS or a web server are only ever text or attribute values
//! on the page; a link goes to this app (`?page=…`, `#id`), to an
//! `https://` address, or is the list's CSV (`data:text/csv`). A `status`
//! is a word for `data-status`, never shown as such. A button's `act` is
//! what the page asks the worker when it is pressed
//! ([`crate::Request::CheckAct`]).

use crate::analysis::Checklist;
use serde::{Deserialize, Serialize};

/// What the Check page shows in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum CheckView {
    #[default]
    Nothing,
    /// One domain: what changed since the check kept on the device (once
    /// the check is complete), then the report.
    One {
        history: Option<History>,
        report: Report,
    },
    /// A list of domains.
    Many(List),
}

/// A link and its words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    pub text: String,
}

/// A status badge: `class` (`st-ok`, `st-error`…), the icon beside the
/// word (none: the word alone), `data-status`, the word.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Badge {
    pub class: String,
    pub icon: String,
    pub status: Option<String>,
    pub word: String,
}

/// One domain's report, in the order shown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The verdict line: its standing (`checked`, `nonexistent`…) and
    /// words.
    pub standing: String,
    pub verdict: String,
    /// Whether the domain exists (`true`, `false`, empty: not known yet),
    /// and what is wrong with it as a whole.
    pub exists: String,
    pub general: Option<Findings>,
    /// The summary table: its caption, one line per part.
    pub caption: String,
    pub summary: Vec<SummaryRow>,
    /// Each part's section, most costly first.
    pub sections: Vec<Section>,
    /// What Gmail, Yahoo and Outlook.com ask of the domain.
    pub requirements: Option<Checklist>,
}

/// A line of the summary: the part (`data-kind`), its name, whether it
/// links to its section (`#check-<kind>`), its badge and finding counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SummaryRow {
    pub kind: String,
    pub label: String,
    pub linked: bool,
    pub badge: Badge,
    pub counts: String,
}

/// A part's section (`id`: `check-<kind>`): its heading, then its blocks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub kind: String,
    pub title: String,
    pub badge: Badge,
    pub blocks: Vec<Block>,
}

/// A piece of a section, in the order the worker puts them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// `<p class>` of words.
    Para {
        class: String,
        text: String,
    },
    /// `<p class>` of words, a value as code, more words (`Name: x`, the
    /// DMARC policy and where it applies from).
    Code {
        class: String,
        lead: String,
        code: String,
        tail: String,
    },
    /// The published records, each with its link to the validator.
    Records {
        label: String,
        items: Vec<(String, Link)>,
    },
    /// A two-column table of `class`: heads, and rows of a name (code)
    /// and its badge.
    Table {
        class: String,
        heads: [String; 2],
        rows: Vec<(String, Badge)>,
    },
    Findings(Findings),
    /// `<p class>` of links (a generator's, the validator's, a policy
    /// file's), apart by " · ".
    Links {
        class: String,
        links: Vec<Link>,
    },
    /// A text as a block of code (the MTA-STS policy file).
    Pre {
        class: String,
        text: String,
    },
    /// The SPF include tree.
    SpfTree(SpfNode),
    /// A DKIM selector.
    Selector(Selector),
    /// The MTA-STS policy file.
    PolicyFile(PolicyFile),
}

/// A list of findings and its accessible name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Findings {
    pub label: String,
    pub items: Vec<Finding>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub code: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// The severity's word ("Error").
    pub word: String,
    pub message: String,
    pub help: String,
    /// "Rule:" and the link to it.
    pub spec: Option<(String, Link)>,
    /// The generator that writes the fix.
    pub fix: Option<Link>,
}

/// A record of the SPF include tree and what it includes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfNode {
    pub domain: String,
    pub lookups: String,
    /// The record, or the words for none.
    pub record: Result<String, String>,
    pub findings: Option<Findings>,
    pub children: Vec<SpfNode>,
}

/// A DKIM selector: `head` ("Selector"), its name, badge, the DNS name
/// and where it points, then its blocks (key, records, findings).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Selector {
    pub selector: String,
    pub head: String,
    pub badge: Badge,
    pub name: String,
    pub cname: Option<String>,
    pub blocks: Vec<Block>,
}

/// The MTA-STS policy file: its status, heading and badge, its URL, then
/// its blocks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PolicyFile {
    pub status: String,
    pub head: String,
    pub badge: Badge,
    pub url: String,
    pub blocks: Vec<Block>,
}

/// What changed since the check kept on the device, and the line that
/// says checks are kept there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// "1 change since…", and each change.
    pub drift: Option<(String, Vec<String>)>,
    pub kept: Kept,
}

/// Checks are kept on this device only: the words, the button that
/// forgets them, and, once pressed, that they were forgotten.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub text: String,
    pub forget: String,
    pub forgotten: Option<String>,
}

/// A list of domains: the progress, then (once every domain is checked)
/// the table, what changed and the CSV.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct List {
    pub progress: String,
    pub done: usize,
    pub total: usize,
    pub table: Option<Table>,
    /// The "show more" button's words.
    pub more: Option<String>,
    /// "What changed", and each domain's changes.
    pub changes: Option<(String, Vec<Changed>)>,
    pub csv: Option<Link>,
    pub kept: Option<Kept>,
}

/// The list's table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub caption: String,
    pub heads: Vec<Head>,
    pub rows: Vec<Row>,
}

/// A column: its name, the button's accessible name ("Sort by…") and
/// `act`, and its `aria-sort` when sorted by.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Head {
    pub label: String,
    pub sort_by: String,
    pub act: String,
    pub sort: Option<String>,
}

/// A domain's row: changed since the last check, the link to its full
/// check, each cell's status and words, the "since" cell.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub changed: bool,
    pub domain: Link,
    pub cells: Vec<Cell>,
    pub since: String,
}

/// A cell of the list's table: its `data-status`, its words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub status: Option<String>,
    pub text: String,
}

/// A domain's changes since its last check.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Changed {
    pub domain: String,
    pub summary: String,
    pub changes: Vec<String>,
}
