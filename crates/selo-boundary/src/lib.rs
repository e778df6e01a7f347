//! The one boundary between Selo's pages and its two workers (the engine
//! worker, `crates/selo-worker`, and the message analyzer,
//! `crates/selo-analyzer`): what a page asks ([`Request`]), what a worker
//! answers ([`Response`]), and how both travel.
//!
//! - One encoding: postcard bytes, posted as a `Uint8Array`. A message
//!   that carries files (the Reports page's batch, the exports of its
//!   answer) is an array, `[bytes, blob...]`, the `Blob`s after the bytes,
//!   so file contents go from the disk to the worker and never through the
//!   page's memory.
//! - A page asks a [`Question`] (the page's build, an id, the request); the
//!   worker answers one or more [`Answer`]s with the same id, errors too
//!   ([`Response::Failed`]). A request that streams (a domain check, a
//!   batch of reports, reverse DNS names) ends with the answer for which
//!   [`Response::is_last`] holds.
//! - A worker's first message is `Answer { id: 0, response: Ready { build
//!   } }`. The page goes on only if `build` is its own [`BUILD`]; a worker
//!   answers a question of another build with [`Failure::OtherBuild`]. So a
//!   page and a worker of two builds refuse each other instead of
//!   misreading bytes. `Ready` is the first variant of [`Response`] and
//!   `build` the first field of [`Question`], and they stay so: every
//!   build reads them alike.

pub mod analysis;
pub mod spf;
pub mod tree;

pub use analysis::Analysis;
pub use spf::Presets;
pub use tree::Node;

use selo::RecordType;
use selo::shown::{Shown, ShownKey};
/// What [`Packed::get`] and [`Packed::get_first`] decode into.
pub use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

/// Each generator's `page` value and its name in English and in
/// Portuguese: one list for the web app's page titles
/// (`src/i18n/common.rs`) and the links the workers put under findings.
pub const GENERATORS: [(&str, &str, &str); 6] = [
    ("dmarc", "DMARC generator", "Gerador de DMARC"),
    ("spf", "SPF generator", "Gerador de SPF"),
    ("dkim", "DKIM generator", "Gerador de DKIM"),
    ("mta-sts", "MTA-STS generator", "Gerador de MTA-STS"),
    ("tls-rpt", "TLS-RPT generator", "Gerador de TLS-RPT"),
    ("bimi", "BIMI generator", "Gerador de BIMI"),
];

/// The English and Portuguese names of the generator at `page`.
pub fn generator(page: &str) -> Option<(&'static str, &'static str)> {
    GENERATORS
        .iter()
        .find(|(p, _, _)| *p == page)
        .map(|&(_, en, pt)| (en, pt))
}

/// This build: a hash of the sources (see `build.rs`), the same in the page
/// modules and the workers built from them.
pub const BUILD: &str = concat!("selo-build-", env!("SELO_BUILD"));

/// A request with the build of the page that asks and its id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub build: String,
    pub id: u64,
    pub request: Request,
}

/// What a worker reads of a question before the rest: enough to answer a
/// page of another build.
#[derive(Deserialize)]
pub struct Asked {
    pub build: String,
    pub id: u64,
}

/// An answer to question `id` (0: the worker's own `Ready`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub id: u64,
    pub response: Response,
}

/// A column of the Reports page's sources tables (its `data-sort` names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortKey {
    Ip,
    Name,
    Count,
    Dmarc,
    Disposition,
    Spf,
    Dkim,
    HeaderFrom,
    EnvelopeFrom,
}

impl SortKey {
    const ALL: [SortKey; 9] = [
        SortKey::Ip,
        SortKey::Name,
        SortKey::Count,
        SortKey::Dmarc,
        SortKey::Disposition,
        SortKey::Spf,
        SortKey::Dkim,
        SortKey::HeaderFrom,
        SortKey::EnvelopeFrom,
    ];

    /// The column's name in the tables' `data-sort` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Ip => "ip",
            SortKey::Name => "name",
            SortKey::Count => "count",
            SortKey::Dmarc => "dmarc",
            SortKey::Disposition => "disposition",
            SortKey::Spf => "spf",
            SortKey::Dkim => "dkim",
            SortKey::HeaderFrom => "header_from",
            SortKey::EnvelopeFrom => "envelope_from",
        }
    }

    /// The column named `name`.
    pub fn from_name(name: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// What a page asks a worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Read and check `text` as `kind` (or as the type it looks like):
    /// answered by [`Response::Validated`].
    Validate {
        text: String,
        kind: Option<RecordType>,
    },
    /// Read a pasted DKIM public key into its record: [`Response::KeyRead`].
    ReadKey { text: String },
    /// What the SPF generator shows of the presets beyond their names and
    /// includes: every preset's note, and what the engine says about the
    /// chosen ones (`presets`, their ids joined by commas) for a record on
    /// the main domain (`root`) or on a sending subdomain.
    PresetFindings { presets: String, root: bool },
    /// Count the DNS lookups of the SPF `record` as if published at
    /// `domain`, through the RFC 8484 resolver at `resolver`.
    CountSpf {
        domain: String,
        record: String,
        resolver: String,
    },
    /// Check `domain` (as typed: Unicode or `xn--`) through the resolver at
    /// `resolver`, probing `selectors` besides the common DKIM selectors:
    /// answered by [`Response::Checked`] as each section completes. More
    /// than one domain (a list: one a line, or separated by spaces or
    /// commas; a CSV's first column) are checked a few at a time into one
    /// table, answered as each domain completes. A file sent with it (a
    /// `Blob`) is the list, read as `selo check --domains FILE` reads one.
    Check {
        domain: String,
        resolver: String,
        selectors: Vec<String>,
    },
    /// A button of the Check page's result, by its `data-act`: `sort-N`
    /// sorts the list's table by column N (the same again: the other way),
    /// `more` shows more of its rows, `forget` forgets the checks kept on
    /// this device. Answered by
    /// [`Response::Checked`] with the result again.
    CheckAct { act: String },
    /// Read a batch of report files: the `Blob`s travel after the bytes, in
    /// the order of `names` (shown only: a file's type is found by its
    /// content). Answered per file by `ReportProgress` and `ReportFile`,
    /// then `ReportDone` with the totals, then `ReportExports`. The worker
    /// keeps the batch for the four requests below.
    ReadReports { names: Vec<String> },
    /// Sort the sources tables by this column (the same again: the other
    /// way): [`Response::ReportFiles`].
    ReportSort { key: SortKey },
    /// Show only the sources rows that contain `text` (and fail DMARC, with
    /// `failing`): [`Response::ReportFiles`].
    ReportFilter { text: String, failing: bool },
    /// Look the sources up in reverse DNS through `resolver`:
    /// [`Response::ReportNames`] until `finished`.
    ReportNames { resolver: String },
    /// Read file `index` again with the bodies of the messages it reports:
    /// [`Response::ReportFiles`].
    ReportBody { index: usize },
    /// Analyze a received message (the analyzer): [`Response::Analyzed`].
    Analyze {
        text: String,
        resolver: String,
        ip: Option<String>,
        mail_from: Option<String>,
    },
    /// Read the DMARC record published for each domain of the batch
    /// through `resolver`, so that the next record to publish keeps its
    /// tags (`rua=`): [`Response::ReportNames`], finished, with the summary.
    ReportDmarc { resolver: String },
}

/// Why a worker did not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Failure {
    /// The question is from a page of another build.
    OtherBuild,
    /// Not a question this worker answers.
    Message,
    /// The domain is not a domain name.
    Domain,
    /// The resolver URL is not https (or http on loopback).
    Resolver,
}

/// A line of text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub en: String,
    pub pt: String,
}

/// A tree in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Both {
    pub en: Node,
    pub pt: Node,
}

/// File `index`'s tree in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileTree {
    pub index: usize,
    pub tree: Both,
}

/// A value in its own bytes (postcard), read with [`Packed::get`] by the
/// page that asks for it: decoding a [`Response`] then takes only the code
/// for its small variants, and each page module carries the decoders of
/// its own answers, not those of every page's.
#[derive(Clone, Debug, PartialEq)]
pub struct Packed<T> {
    bytes: Vec<u8>,
    of: PhantomData<fn() -> T>,
}

impl<T: Serialize> Packed<T> {
    pub fn new(value: &T) -> Self {
        Packed {
            bytes: encode(value),
            of: PhantomData,
        }
    }
}

impl<T: DeserializeOwned> Packed<T> {
    /// The value, if the bytes hold one.
    pub fn get(&self) -> Option<T> {
        decode(&self.bytes)
    }
}

impl<T> Packed<T> {
    /// The value's leading fields as `U`, a struct of `T`'s first fields in
    /// their order (postcard reads those and leaves the rest, such as
    /// [`ShownFindings`] of a [`Shown`]): a page that shows only them
    /// carries no decoder for the others.
    pub fn get_first<U: DeserializeOwned>(&self) -> Option<U> {
        decode(&self.bytes)
    }
}

/// A validation's leading fields, its findings last: what the generators
/// show of a [`Shown`] (read with [`Packed::get_first`]).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ShownFindings {
    pub kind: Option<RecordType>,
    pub detected: bool,
    pub valid: bool,
    pub verdict: selo::Verdict,
    pub findings: Vec<selo::shown::ShownFinding>,
}

// Bytes, whatever `T`: one decoder for every packed answer.
impl<T> Serialize for Packed<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.bytes)
    }
}

impl<'de, T> Deserialize<'de> for Packed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Packed {
            bytes: bytes(d)?,
            of: PhantomData,
        })
    }
}

/// One copy for every `T` (a page module would otherwise hold one a type).
#[inline(never)]
fn bytes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    d.deserialize_byte_buf(Bytes)
}

struct Bytes;

impl serde::de::Visitor<'_> for Bytes {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("bytes")
    }

    fn visit_bytes<E>(self, v: &[u8]) -> Result<Vec<u8>, E> {
        Ok(v.to_vec())
    }

    fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
        Ok(v)
    }
}

/// A domain check so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The checked name in Unicode, for display.
    pub domain_unicode: String,
    /// DNS queries sent, sequential round trips, wall time.
    pub queries: usize,
    pub round_trips: usize,
    pub elapsed_ms: u64,
    /// The report in English and in Portuguese.
    pub tree: Both,
}

/// File `index` (from 0) of `total` is being read: `read` of its `size`
/// bytes, `batch_read` of the batch's `batch_size`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub index: usize,
    pub total: usize,
    pub line: Line,
    pub read: u64,
    pub size: u64,
    pub batch_read: u64,
    pub batch_size: u64,
}

/// The batch summary's tree and line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub line: Line,
    pub tree: Both,
}

/// `done` of `total` reverse DNS lookups answered, and the trees of the
/// files whose names changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Names {
    pub done: usize,
    pub total: usize,
    pub line: Line,
    pub files: Vec<FileTree>,
    /// The batch summary again, once the names are in (its senders show
    /// their names and networks).
    pub summary: Option<Both>,
}

/// What a worker answers. Each answer's content is [`Packed`]: a page
/// decodes the contents of its own answers only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker is listening (id 0). Stays the first variant.
    Ready { build: String },
    /// The question could not be answered.
    Failed { error: Failure, detail: String },
    /// The validation asked for.
    Validated(Packed<Shown>),
    /// The pasted key read.
    KeyRead(Packed<ShownKey>),
    /// The presets' notes and findings.
    PresetFindings(Packed<Presets>),
    /// The SPF tree with the walk's findings (see [`spf`]).
    SpfCounted(Packed<spf::SpfCount>),
    /// The domain check so far; `complete` on the last one.
    Checked {
        complete: bool,
        progress: Packed<Progress>,
    },
    /// A file of the batch is being read.
    ReportProgress(Packed<Reading>),
    /// A file of the batch has been read: its tree.
    ReportFile(Packed<FileTree>),
    /// The batch is read: its totals. [`Response::ReportExports`] follows.
    ReportDone(Packed<Summary>),
    /// These files' trees again (after a sort, a filter or a body).
    ReportFiles(Packed<Vec<FileTree>>),
    /// Reverse DNS names so far; `finished` on the last one (also the
    /// answer to [`Request::ReportDmarc`]).
    ReportNames {
        finished: bool,
        names: Packed<Names>,
    },
    /// A message analysis, in both languages (see [`analysis`]).
    Analyzed(Packed<Analysis>),
    /// The batch's CSV and JSON exports, made after its totals are shown:
    /// two `Blob`s after the bytes.
    ReportExports,
}

impl Response {
    /// No more answers to the same question follow this one.
    pub fn is_last(&self) -> bool {
        match self {
            Response::Ready { .. }
            | Response::ReportProgress { .. }
            | Response::ReportDone { .. }
            | Response::ReportFile { .. } => false,
            Response::Checked { complete, .. } => *complete,
            Response::ReportNames { finished, .. } => *finished,
            _ => true,
        }
    }
}

/// `value` in bytes (postcard).
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Writing to a growing buffer cannot fail for these types.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// The value these bytes hold, if they hold one.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    postcard::from_bytes(bytes).ok()
}

/// A question of this build.
pub fn question(id: u64, request: Request) -> Vec<u8> {
    encode(&Question {
        build: BUILD.to_string(),
        id,
        request,
    })
}

/// What a worker makes of a question: its id and request, or its id and
/// why it is not answered (another build, or bytes that are no question).
pub fn read_question(bytes: &[u8]) -> Result<(u64, Request), (u64, Failure)> {
    let asked: Asked = decode(bytes).ok_or((0, Failure::Message))?;
    if asked.build != BUILD {
        return Err((asked.id, Failure::OtherBuild));
    }
    let q: Question = decode(bytes).ok_or((asked.id, Failure::Message))?;
    Ok((q.id, q.request))
}

/// A worker's first message.
pub fn ready() -> Vec<u8> {
    encode(&Answer {
        id: 0,
        response: Response::Ready {
            build: BUILD.to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_of_this_build_is_read() {
        let bytes = question(
            7,
            Request::Validate {
                text: "v=spf1 -all".into(),
                kind: Some(RecordType::Spf),
            },
        );
        let (id, request) = read_question(&bytes).unwrap();
        assert_eq!(id, 7);
        assert!(matches!(
            request,
            Request::Validate {
                kind: Some(RecordType::Spf),
                ..
            }
        ));
    }

    #[test]
    fn a_question_of_another_build_is_refused_with_its_id() {
        let bytes = encode(&Question {
            build: "selo-build-0000000000000000".into(),
            id: 9,
            request: Request::ReportSort { key: SortKey::Ip },
        });
        assert_eq!(read_question(&bytes), Err((9, Failure::OtherBuild)));
        assert_eq!(read_question(&[0xff]), Err((0, Failure::Message)));
    }

    #[test]
    fn ready_names_this_build_and_reads_as_an_answer() {
        let a: Answer = decode(&ready()).unwrap();
        assert_eq!(a.id, 0);
        assert_eq!(
            a.response,
            Response::Ready {
                build: BUILD.into()
            }
        );
        assert!(
            BUILD.starts_with("selo-build-") && BUILD.len() == 27,
            "{BUILD}"
        );
    }

    #[test]
    fn a_validation_reads_as_its_findings_alone() {
        let shown = selo::shown::shown("v=DMARC1; p=none; pct=50", None);
        assert!(!shown.explanation.is_empty() && !shown.findings.is_empty());
        let first: ShownFindings = Packed::new(&shown).get_first().unwrap();
        assert_eq!(first.findings, shown.findings);
        assert_eq!(first.kind, Some(RecordType::Dmarc));
        assert_eq!(first.verdict, shown.verdict);
    }

    #[test]
    fn sort_keys_read_their_names() {
        for k in SortKey::ALL {
            assert_eq!(SortKey::from_name(k.as_str()), Some(k));
        }
        assert_eq!(SortKey::from_name("x"), None);
    }

    #[test]
    fn streams_end_with_their_last_answer() {
        let tree = Both {
            en: tree::text("a"),
            pt: tree::text("b"),
        };
        let progress = Packed::new(&Progress {
            domain_unicode: "a.pt".into(),
            queries: 1,
            round_trips: 1,
            elapsed_ms: 1,
            tree: tree.clone(),
        });
        let checked = |complete| Response::Checked {
            complete,
            progress: progress.clone(),
        };
        assert!(!checked(false).is_last());
        assert!(checked(true).is_last());
        let file = Packed::new(&FileTree { index: 0, tree });
        assert!(!Response::ReportFile(file.clone()).is_last());
        assert!(Response::ReportFiles(Packed::new(&vec![])).is_last());
        // The totals come before the exports, which end the batch's answers.
        let summary = Packed::new(&Summary {
            line: Line {
                en: String::new(),
                pt: String::new(),
            },
            tree: file.get().unwrap().tree,
        });
        assert!(!Response::ReportDone(summary).is_last());
        assert!(Response::ReportExports.is_last());
        // A packed answer comes back whole.
        let a: Answer = decode(&encode(&Answer {
            id: 3,
            response: Response::ReportFile(file.clone()),
        }))
        .unwrap();
        let Response::ReportFile(got) = a.response else {
            panic!("{a:?}")
        };
        assert_eq!(got.get(), file.get());
        assert_eq!(got.get().unwrap().index, 0);
    }
}
