//! The messages between the page and this worker, as JSON strings
//! (`postMessage` of a string).
//!
//! The worker says `ready` once its module is running. Then:
//!
//! - [`ToWorker::Validate`] (the validator and the generators' findings)
//!   and [`ToWorker::ReadKey`]: answered by one [`Answer`] with the same
//!   `id`, posted as bytes (a `Uint8Array`, postcard), not JSON: the page's
//!   module then carries no JSON parser. The page keeps one worker for
//!   these.
//! - [`ToWorker::Start`] (the Check page): answered by `update` each time a
//!   section of the check completes, then `done` (or `error` when no check
//!   could start). The page starts a worker of its own for each check and
//!   ends the check by terminating it.
//! - A batch of report files (the Reports page): not a string but an array
//!   `[header, blob...]`, the header a JSON [`ReadHeader`] naming the files
//!   and each `Blob` (a `File`, or the pasted text) read here, so the page
//!   never holds the bytes. Answered per file by `report_progress` then
//!   `report_file`, and by one `report_done` with the summary and the
//!   exports. The page starts a worker for each batch and terminates it
//!   with the next batch; until then the worker keeps the batch and answers
//!   `report_sort`, `report_filter`, `report_names` and `report_body`.

use crate::tree::Node;
use selo::RecordType;
use selo::shown::Answer;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What the page asks.
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToWorker {
    /// Check `domain` (as typed: Unicode or `xn--`) through the RFC 8484
    /// resolver at `resolver`, probing `selectors` besides the common DKIM
    /// selectors.
    Start {
        domain: String,
        resolver: String,
        #[serde(default)]
        selectors: Vec<String>,
    },
    /// Read a pasted DKIM public key into its record.
    ReadKey { id: u64, text: String },
    /// What the SPF generator shows of the presets beyond their names and
    /// includes (kept out of the page's module): every preset's note, and
    /// what the engine says about the chosen ones (`presets`, their ids
    /// joined by commas) for a record on the main domain (`root`) or on a
    /// sending subdomain.
    PresetFindings {
        id: u64,
        presets: String,
        root: bool,
    },
    /// Count the DNS lookups of the SPF `record` as if published at
    /// `domain`, resolving its includes through the RFC 8484 resolver at
    /// `resolver` (the SPF generator's live count).
    CountSpf {
        id: u64,
        domain: String,
        record: String,
        resolver: String,
    },
    /// Read and check `text` as `kind` (or as the type it looks like).
    Validate {
        id: u64,
        text: String,
        #[serde(default)]
        kind: Option<RecordType>,
    },
    /// Sort the batch's sources tables by this column (the same again:
    /// the other way); answered by `report_files`.
    ReportSort { key: crate::reports::SortKey },
    /// Show only the sources rows that contain `text` (and fail DMARC,
    /// with `failing`); answered by `report_files`.
    ReportFilter {
        text: String,
        #[serde(default)]
        failing: bool,
    },
    /// Look the batch's sources up in reverse DNS through the RFC 8484
    /// resolver at `resolver`; answered by `report_names`, then
    /// `report_files`.
    ReportNames { resolver: String },
    /// Read file `index` of the batch again with the bodies of the
    /// messages it reports; answered by `report_files`.
    ReportBody { index: usize },
}

/// The first element of a batch of report files.
#[derive(Debug, PartialEq, Eq, Deserialize)]
pub struct ReadHeader {
    #[serde(rename = "type")]
    pub kind: ReadTag,
    /// The files' names, in the order of the blobs that follow (shown only:
    /// the type of a file is found by its content).
    pub names: Vec<String>,
}

/// The only type of [`ReadHeader`]: `read`.
#[derive(Debug, PartialEq, Eq, Deserialize)]
pub enum ReadTag {
    #[serde(rename = "read")]
    Read,
}

/// File `index`'s tree in both languages.
#[derive(Debug, PartialEq, Serialize)]
pub struct FileTree {
    pub index: usize,
    pub en: Node,
    pub pt: Node,
}

/// A line of text in both languages.
#[derive(Debug, PartialEq, Serialize)]
pub struct Line {
    pub en: String,
    pub pt: String,
}

/// Why a check could not start at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum StartError {
    /// The message was not a start message.
    #[serde(rename = "bad-message")]
    Message,
    /// The domain is not a domain name (the page shows why in its language).
    #[serde(rename = "bad-domain")]
    Domain,
    /// The resolver URL is not https (or http on loopback).
    #[serde(rename = "bad-resolver")]
    Resolver,
}

/// A report so far, as the page shows it.
#[derive(Debug, PartialEq, Serialize)]
pub struct Progress {
    /// The checked name in Unicode, for display.
    pub domain_unicode: String,
    /// Every section has finished.
    pub complete: bool,
    /// DNS queries sent, sequential round trips, wall time.
    pub queries: usize,
    pub round_trips: usize,
    pub elapsed_ms: u64,
    /// The report rendered in English and in Portuguese (see `tree.rs`).
    pub en: Node,
    pub pt: Node,
    /// The engine's `DomainCheck` as it fills, for any other reader.
    pub check: Value,
}

/// What the worker tells the page.
#[derive(Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FromWorker {
    /// The worker is listening.
    Ready,
    /// A section has completed.
    Update(Progress),
    /// The whole check.
    Done(Progress),
    /// No check could start.
    Error { error: StartError, detail: String },
    /// The answer to [`ToWorker::PresetFindings`] of the same `id` (posted
    /// as JSON in an [`Answer::Json`]): each
    /// preset's id, note in English and Portuguese, and documentation page;
    /// the findings about the chosen ones in both languages.
    PresetFindings {
        id: u64,
        notes: Vec<[&'static str; 4]>,
        en: Node,
        pt: Node,
    },
    /// The answer to [`ToWorker::CountSpf`] of the same `id` (posted as
    /// JSON in an [`Answer::Json`]): the lookups
    /// over the whole tree, the void lookups, and the tree with the
    /// walk's findings in both languages.
    SpfCounted {
        id: u64,
        lookups: usize,
        void_lookups: usize,
        status: selo::check::Status,
        en: Node,
        pt: Node,
    },
    /// File `index` (from 0) of `total` is being read: `read` of its
    /// `size` bytes, `batch_read` of the batch's `batch_size`.
    ReportProgress {
        index: usize,
        total: usize,
        line: Line,
        read: u64,
        size: u64,
        batch_read: u64,
        batch_size: u64,
    },
    /// These files' trees again (after a sort, a filter, names or a body).
    ReportFiles { files: Vec<FileTree> },
    /// `done` of `total` reverse DNS lookups answered.
    ReportNames {
        done: usize,
        total: usize,
        finished: bool,
        line: Line,
    },
    /// File `index` has been read: its tree in both languages.
    ReportFile {
        index: usize,
        total: usize,
        status: &'static str,
        en: Node,
        pt: Node,
    },
    /// The batch is read: the summary tree and the totals. Posted as an
    /// array, `[this, csv, json]`, the exports as `Blob`s (CSV with
    /// parsedmarc's columns; JSON as `selo report --format json` prints),
    /// so that the page never parses them.
    ReportDone {
        summary: selo::report::Summary,
        line: Line,
        en: Node,
        pt: Node,
    },
}

impl FromWorker {
    /// The JSON text posted to the page.
    pub fn to_json(&self) -> String {
        // Serializing a Value and plain strings cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The bytes answering question `id` to validate `text` as `kind` (see
/// [`selo::shown::Answer`]: the page decodes bytes with less code than JSON).
pub fn answer(id: u64, text: &str, kind: Option<RecordType>) -> Vec<u8> {
    Answer::Validated(id, selo::shown::shown(text, kind)).to_bytes()
}

/// The name to query (ASCII, `xn--` labels) and the name to show (Unicode),
/// from what the user typed. A trailing dot and surrounding spaces are
/// dropped; IDNA mapping lower-cases the name (UTS #46).
pub fn names(input: &str) -> Result<(String, String), String> {
    let ascii = selo::domain::to_ascii(input).map_err(|e| format!("{e:?}"))?;
    if let Err(e) = selo::domain::check(&ascii) {
        return Err(format!("{e:?}"));
    }
    let unicode = selo::domain::to_unicode(&ascii);
    Ok((ascii, unicode))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_message_reads_with_and_without_selectors() {
        let m: ToWorker = serde_json::from_str(
            r#"{"type":"start","domain":"example.com","resolver":"https://dns.google/dns-query","selectors":["s1"]}"#,
        )
        .unwrap();
        assert_eq!(
            m,
            ToWorker::Start {
                domain: "example.com".into(),
                resolver: "https://dns.google/dns-query".into(),
                selectors: vec!["s1".into()]
            }
        );
        let m: ToWorker = serde_json::from_str(
            r#"{"type":"start","domain":"a.pt","resolver":"https://x/dns-query"}"#,
        )
        .unwrap();
        assert!(matches!(m, ToWorker::Start { selectors, .. } if selectors.is_empty()));
        assert!(serde_json::from_str::<ToWorker>(r#"{"type":"stop"}"#).is_err());
    }

    #[test]
    fn a_validation_is_answered_with_its_id() {
        let m: ToWorker =
            serde_json::from_str(r#"{"type":"validate","id":7,"text":"v=spf1 -all","kind":"spf"}"#)
                .unwrap();
        let ToWorker::Validate { id, text, kind } = m else {
            panic!("{m:?}")
        };
        assert_eq!((id, kind), (7, Some(RecordType::Spf)));
        let reply = answer(id, &text, kind);
        let Some(Answer::Validated(7, shown)) = Answer::from_bytes(&reply) else {
            panic!("{reply:?}")
        };
        assert_eq!(shown.kind, Some(RecordType::Spf));
        let m: ToWorker = serde_json::from_str(r#"{"type":"validate","id":1,"text":"x"}"#).unwrap();
        assert!(matches!(m, ToWorker::Validate { kind: None, .. }));
    }

    #[test]
    fn a_live_count_is_asked_with_its_record_and_resolver() {
        let m: ToWorker = serde_json::from_str(
            r#"{"type":"count_spf","id":3,"domain":"example.com","record":"v=spf1 mx -all","resolver":"http://127.0.0.1:8053/dns-query"}"#,
        )
        .unwrap();
        assert_eq!(
            m,
            ToWorker::CountSpf {
                id: 3,
                domain: "example.com".into(),
                record: "v=spf1 mx -all".into(),
                resolver: "http://127.0.0.1:8053/dns-query".into(),
            }
        );
        let reply = FromWorker::SpfCounted {
            id: 3,
            lookups: 1,
            void_lookups: 0,
            status: selo::check::Status::Ok,
            en: crate::tree::text("a"),
            pt: crate::tree::text("b"),
        }
        .to_json();
        assert_eq!(
            reply,
            r#"{"type":"spf_counted","id":3,"lookups":1,"void_lookups":0,"status":"ok","en":"a","pt":"b"}"#
        );
    }

    #[test]
    fn the_preset_findings_are_asked_with_the_ids_and_the_place() {
        let m: ToWorker = serde_json::from_str(
            r#"{"type":"preset_findings","id":5,"presets":"mailchimp,zoho","root":true}"#,
        )
        .unwrap();
        assert_eq!(
            m,
            ToWorker::PresetFindings {
                id: 5,
                presets: "mailchimp,zoho".into(),
                root: true,
            }
        );
        let reply = FromWorker::PresetFindings {
            id: 5,
            notes: vec![["fastmail", "If...", "Se...", "https://example.net/spf"]],
            en: crate::tree::text("a"),
            pt: crate::tree::text("b"),
        }
        .to_json();
        assert_eq!(
            reply,
            r#"{"type":"preset_findings","id":5,"notes":[["fastmail","If...","Se...","https://example.net/spf"]],"en":"a","pt":"b"}"#
        );
    }

    #[test]
    fn replies_are_tagged() {
        assert_eq!(FromWorker::Ready.to_json(), r#"{"type":"ready"}"#);
        let e = FromWorker::Error {
            error: StartError::Resolver,
            detail: "http".into(),
        };
        assert_eq!(
            e.to_json(),
            r#"{"type":"error","error":"bad-resolver","detail":"http"}"#
        );
    }

    #[test]
    fn a_batch_header_names_its_files() {
        let h: ReadHeader =
            serde_json::from_str(r#"{"type":"read","names":["a.zip","pasted text"]}"#).unwrap();
        assert_eq!(h.names, ["a.zip", "pasted text"]);
        assert!(serde_json::from_str::<ReadHeader>(r#"{"type":"start","names":[]}"#).is_err());
        let m = FromWorker::ReportProgress {
            index: 0,
            total: 2,
            line: Line {
                en: "a".into(),
                pt: "b".into(),
            },
            read: 10,
            size: 20,
            batch_read: 10,
            batch_size: 50,
        };
        assert_eq!(
            m.to_json(),
            r#"{"type":"report_progress","index":0,"total":2,"line":{"en":"a","pt":"b"},"read":10,"size":20,"batch_read":10,"batch_size":50}"#
        );
        for (json, expected) in [
            (
                r#"{"type":"report_sort","key":"header_from"}"#,
                ToWorker::ReportSort {
                    key: crate::reports::SortKey::HeaderFrom,
                },
            ),
            (
                r#"{"type":"report_filter","text":"google"}"#,
                ToWorker::ReportFilter {
                    text: "google".into(),
                    failing: false,
                },
            ),
            (
                r#"{"type":"report_names","resolver":"https://dns.google/dns-query"}"#,
                ToWorker::ReportNames {
                    resolver: "https://dns.google/dns-query".into(),
                },
            ),
            (
                r#"{"type":"report_body","index":3}"#,
                ToWorker::ReportBody { index: 3 },
            ),
        ] {
            assert_eq!(serde_json::from_str::<ToWorker>(json).unwrap(), expected);
        }
        assert!(serde_json::from_str::<ToWorker>(r#"{"type":"report_sort","key":"x"}"#).is_err());
    }

    #[test]
    fn idn_names_are_queried_in_punycode_and_shown_in_unicode() {
        assert_eq!(
            names(" Açores.PT. ").unwrap(),
            ("xn--aores-yra.pt".to_string(), "açores.pt".to_string())
        );
        assert_eq!(
            names("xn--aores-yra.pt").unwrap(),
            ("xn--aores-yra.pt".to_string(), "açores.pt".to_string())
        );
        assert_eq!(names("example.com").unwrap().0, "example.com");
        assert!(names("").is_err());
        assert!(names("a..b").is_err());
        assert!(names("exa mple.com").is_err());
    }
}
