//! The Analyze page's answer as typed view-models: what the page shows of
//! a message analysis, each text already in one language, so that the page
//! module carries none of the analysis's words (nor the engine's finding
//! catalogue) and only lays the values out (`src/pages/analyze/`). The
//! analyzer sends one view per language ([`Analysis`]), so a change of
//! language shows the other at once, without analyzing again.
//!
//! The sender-requirements checklist ([`Checklist`]) is the Check page's
//! too: the engine worker still turns it into an element tree there.
//!
//! A `status` is a result word (`pass`, `fail`, `aligned`…) that the page
//! writes into `data-status`, never shown as such.

use serde::{Deserialize, Serialize};

/// A message analysis in English and Portuguese (`ok`: the text was a
/// message).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub ok: bool,
    pub en: AnalysisView,
    pub pt: AnalysisView,
}

/// The analysis in one language, in the order the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnalysisView {
    /// The DMARC result word, or `error` when the text is not a message.
    pub status: String,
    /// Why the text could not be analyzed (its heading), and what was
    /// wrong with the form (a bad IP address).
    pub error: Option<String>,
    pub error_detail: Option<String>,
    pub verdict: Option<Verdict>,
    pub bounce: Option<Bounces>,
    pub requirements: Option<Checklist>,
    pub dkim: Option<Dkim>,
    pub spf: Option<Facts>,
    pub dmarc: Option<Facts>,
    pub fixes: Option<Fixes>,
    pub received: Option<Received>,
    pub auth_results: Option<AuthResults>,
    pub arc: Option<Arc>,
    /// Every finding (`title` is `None` on an error: the list alone).
    pub findings: Option<Findings>,
}

/// The verdict on top.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// The DMARC result word.
    pub status: String,
    /// The section's accessible name.
    pub label: String,
    pub head: String,
    /// What a receiver would do (status: the disposition word).
    pub disposition: Option<Said>,
    /// Testing mode, a header given alone.
    pub notes: Vec<String>,
    /// "From" and the From field.
    pub from: Option<(String, String)>,
}

/// Words with the status they stand for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Said {
    pub status: String,
    pub text: String,
}

/// A piece of a fact's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Piece {
    Text(String),
    /// A name or value taken from the message or DNS, as code.
    Code(String),
    /// A result word as a badge.
    Badge(String),
    /// Where a result stands for DMARC (status: `aligned`,
    /// `aligned-but-failed`, `unaligned`, `not-checked`).
    Align(Said),
    /// Words with a status (what a receiver would do).
    Status(Said),
}

/// A row of a two-column table of facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub name: String,
    pub value: Vec<Piece>,
}

/// A section that is a table of facts (SPF, DMARC).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub title: String,
    pub status: String,
    pub rows: Vec<Fact>,
}

/// The DKIM section: each signature's facts, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dkim {
    pub none: Option<String>,
    pub signatures: Vec<Signature>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub selector: String,
    pub status: String,
    pub rows: Vec<Fact>,
}

/// What to fix, or that nothing is to be fixed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fixes {
    pub title: String,
    pub nothing: Option<String>,
    pub items: Vec<Fix>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    pub code: String,
    pub severity: String,
    pub message: String,
    pub help: String,
    pub link: Option<Link>,
}

/// A link: where, its `data-kind` (may be empty) and its words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    pub kind: String,
    pub text: String,
}

/// The `Received` chain, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Received {
    pub title: String,
    pub hops: Vec<Hop>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hop {
    /// "a to b", and the protocol.
    pub route: String,
    pub with: Option<String>,
    pub date: Option<String>,
    pub delay: Option<String>,
}

/// The `Authentication-Results` fields against Selo's own results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthResults {
    pub title: String,
    pub intro: String,
    pub heads: Vec<String>,
    pub fields: Vec<AuthField>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthField {
    pub caption: String,
    pub rows: Vec<AuthRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthRow {
    pub differs: bool,
    pub method: String,
    pub theirs: String,
    pub ours: Option<String>,
    pub details: String,
}

/// The ARC chain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Arc {
    pub title: String,
    pub result: Option<Said>,
    pub heads: Vec<String>,
    /// Instance, chain validation, sealer.
    pub rows: Vec<[String; 3]>,
}

/// A list of findings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Findings {
    pub title: Option<String>,
    /// The list's accessible name.
    pub label: String,
    pub items: Vec<Finding>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

/// The sender-requirements checklist: one row per rule, one column per
/// provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    pub title: String,
    pub intro: String,
    /// Rule, each provider, what was seen.
    pub heads: Vec<String>,
    pub rows: Vec<Rule>,
    /// Where the rules were read, and when.
    pub sources: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// The row's anchor (`requirements-spf-pass`), its rule
    /// (`spf-pass`) and status.
    pub id: String,
    pub kind: String,
    pub status: String,
    pub name: String,
    pub cells: Vec<Cell>,
    pub seen: String,
    /// The fix, and its generator's link.
    pub fix: Option<(String, Option<Link>)>,
    /// "What each asks", and each provider's words and page.
    pub asks_title: String,
    pub asks: Vec<Ask>,
}

/// A provider's cell: its status word, or `None` for "not asked".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// The provider's name in lower case (`data-kind`).
    pub provider: String,
    pub status: Option<String>,
    pub word: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ask {
    pub provider: String,
    pub asks: String,
    pub href: String,
    pub host: String,
}

/// A provider's rejection codes found in what was pasted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bounces {
    pub title: String,
    pub items: Vec<Bounce>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bounce {
    pub code: String,
    /// What it means, "(temporary…)" included, then "Rows it means:".
    pub meaning: String,
    pub rows_label: String,
    /// Links to the checklist rows it means (`#requirements-…`).
    pub rows: Vec<Link>,
}
