//! One entry point for pasted text of any type: detect the type, parse,
//! lint, and map every finding back onto the paste.

use crate::input::{self, Form};
use crate::record::{Record, RecordType};
use crate::{Diagnostic, Severity, Span, Text};
use crate::{bimi, dkim, dmarc, mta_sts, spf, tls_rpt};
use serde::Serialize;

/// What [`validate`] found.
#[derive(Clone, Debug, Serialize)]
pub struct Validation {
    /// The type, given or detected; `None` when the text is of no known type.
    #[serde(rename = "type")]
    pub kind: Option<RecordType>,
    /// True when the type was detected rather than given.
    pub detected: bool,
    /// How the text was pasted.
    pub form: Form,
    /// The owner name, when a zone-file line was pasted.
    pub owner: Option<String>,
    /// True when no finding is an error: what the RFC accepts.
    pub valid: bool,
    /// The summary to show beside `valid`: a record the RFC accepts can
    /// still be dangerous (`+all`). See [`Verdict`].
    pub verdict: Verdict,
    /// Every finding, with spans into the pasted text, in input order.
    pub diagnostics: Vec<Diagnostic>,
    /// The parsed model.
    pub record: Option<Record>,
    /// The record value the parser saw (the strings joined).
    #[serde(skip)]
    pub value: String,
}

impl Validation {
    /// The number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// The summary state of a validation, worst first.
///
/// `valid` keeps meaning what the RFC accepts; the verdict says what to
/// show: a record that lets any server on the internet send as the domain
/// is [`Verdict::Dangerous`] even though receivers accept it.
///
/// ```
/// use selo::{validate, Verdict};
/// assert_eq!(validate("v=spf1 +all", None).verdict, Verdict::Dangerous);
/// assert!(validate("v=spf1 +all", None).valid);
/// assert_eq!(validate("v=spf1 mx ?all", None).verdict, Verdict::Caution);
/// assert_eq!(validate("v=spf1 ip4:192.0.2.1 -all", None).verdict, Verdict::Valid);
/// assert_eq!(validate("v=spf1 mx foo", None).verdict, Verdict::Invalid);
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Not accepted by the RFC (an error), or not a record at all.
    Invalid,
    /// Accepted, but it lets anyone send as the domain (a finding of
    /// [`DANGEROUS`]).
    Dangerous,
    /// Accepted, with warnings to read first (`?all`, a record that
    /// allows nobody, a lookup count close to the limit...).
    Caution,
    /// Accepted, with at most notes.
    Valid,
}

/// The codes that make an accepted record [`Verdict::Dangerous`]: `+all`
/// (or a bare `all`) lets every server in the world pass SPF.
pub const DANGEROUS: &[&str] = &["spf::pass-all"];

impl Verdict {
    /// The verdict of findings, given whether the record was accepted.
    pub fn of(valid: bool, diagnostics: &[Diagnostic]) -> Verdict {
        if !valid {
            Verdict::Invalid
        } else if diagnostics.iter().any(|d| DANGEROUS.contains(&d.code)) {
            Verdict::Dangerous
        } else if diagnostics.iter().any(|d| d.severity >= Severity::Warning) {
            Verdict::Caution
        } else {
            Verdict::Valid
        }
    }

    /// A short label in both languages.
    pub fn label(self) -> Text {
        match self {
            Verdict::Invalid => Text::new("Invalid", "Inválido"),
            Verdict::Dangerous => Text::new("Dangerous", "Perigoso"),
            Verdict::Caution => Text::new("Valid, with warnings", "Válido, com avisos"),
            Verdict::Valid => Text::new("Valid", "Válido"),
        }
    }
}

/// Puts the findings that make an accepted record dangerous first, the
/// rest in their order.
fn dangerous_first(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| !DANGEROUS.contains(&d.code));
}

/// At most this many findings of one code are listed by [`validate`]; the
/// rest are counted in one `input::more-findings` note, so a pasted
/// megabyte of repeated mistakes stays readable (and quick to show).
pub const MAX_PER_CODE: usize = 50;

/// Keeps the first [`MAX_PER_CODE`] findings of each code (in input order)
/// and counts the rest in a note that spans them.
fn cap_per_code(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    use std::collections::HashMap;
    if diagnostics.len() <= MAX_PER_CODE {
        return diagnostics;
    }
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    let mut omitted: Vec<(&'static str, usize, Span)> = Vec::new();
    let mut kept = Vec::with_capacity(diagnostics.len().min(1024));
    for d in diagnostics {
        let n = seen.entry(d.code).or_insert(0);
        *n += 1;
        if *n <= MAX_PER_CODE {
            kept.push(d);
        } else if let Some(o) = omitted.iter_mut().find(|o| o.0 == d.code) {
            o.1 += 1;
            o.2 = o.2.to(d.primary);
        } else {
            omitted.push((d.code, 1, d.primary));
        }
    }
    for (code, count, span) in omitted {
        kept.push(
            Diagnostic::new(&input::MORE_FINDINGS, span)
                .arg_count("more", count, MORE)
                .arg("code", code)
                .arg("shown", MAX_PER_CODE),
        );
    }
    kept
}

/// The count of [`input::MORE_FINDINGS`].
const MORE: crate::diagnostic::Plural = crate::diagnostic::Plural::new(
    ("more finding", "more findings"),
    ("problema a mais", "problemas a mais"),
);

/// Reads the version tag `v=<word>` at the start of a tag list, with white
/// space allowed around `=`.
fn version_word(value: &str) -> Option<&str> {
    let first = value.split(';').next()?.trim_start();
    let rest = first
        .strip_prefix(['v', 'V'])?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    Some(rest.split([' ', '\t', ';']).next().unwrap_or(rest))
}

/// Guesses the type of a record value (and, when known, its owner name).
///
/// ```
/// use selo::{detect, RecordType};
/// assert_eq!(detect("v=DMARC1; p=none", None), Some(RecordType::Dmarc));
/// assert_eq!(detect("v=DMARC1", Some("example.com._report._dmarc.example.net")), Some(RecordType::DmarcReportAuth));
/// assert_eq!(detect("v=spf1 -all", None), Some(RecordType::Spf));
/// assert_eq!(detect("k=rsa; p=MIGfMA0G", None), Some(RecordType::Dkim));
/// assert_eq!(detect("version: STSv1\nmode: testing\n", None), Some(RecordType::MtaStsPolicy));
/// assert_eq!(detect("hello", None), None);
/// ```
pub fn detect(value: &str, owner: Option<&str>) -> Option<RecordType> {
    let owner_lc = owner.map(|o| o.to_ascii_lowercase());
    let owner_has = |s: &str| owner_lc.as_deref().is_some_and(|o| o.contains(s));
    let trimmed = value.trim_start();
    let first_line = trimmed.lines().next().unwrap_or("");
    if first_line
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case("version:"))
    {
        return Some(RecordType::MtaStsPolicy);
    }
    if let Some(v) = version_word(value) {
        let v = v.to_ascii_lowercase();
        let t = match v.as_str() {
            "dmarc1" if owner_has("._report._dmarc") => RecordType::DmarcReportAuth,
            "dmarc1" => RecordType::Dmarc,
            "spf1" => RecordType::Spf,
            "dkim1" => RecordType::Dkim,
            "bimi1" => RecordType::Bimi,
            "stsv1" => RecordType::MtaSts,
            "tlsrptv1" => RecordType::TlsRpt,
            _ => return None,
        };
        return Some(t);
    }
    if trimmed
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("v=spf1"))
    {
        return Some(RecordType::Spf);
    }
    // A DKIM key record may omit v=: any tag list with a p= tag.
    let list = crate::taglist::split(value, b';');
    if list.tags.iter().any(|t| t.name == "p" && t.has_equals)
        && list.tags.iter().all(|t| t.has_equals && t.name.len() <= 2)
    {
        return Some(RecordType::Dkim);
    }
    if owner_has("._domainkey") {
        return Some(RecordType::Dkim);
    }
    // A policy file pasted without its version line.
    let lines: Vec<&str> = trimmed.lines().collect();
    if lines.len() >= 2
        && lines
            .iter()
            .any(|l| l.trim_start().to_ascii_lowercase().starts_with("mode:"))
    {
        return Some(RecordType::MtaStsPolicy);
    }
    None
}

/// Parses a record value of a known type. Spans point into `value`.
///
/// ```
/// use selo::{parse, RecordType};
/// let (record, diagnostics) = parse(RecordType::Spf, "v=spf1 -all");
/// assert!(record.is_some());
/// assert!(diagnostics.iter().all(|d| d.severity != selo::Severity::Error));
/// ```
pub fn parse(kind: RecordType, value: &str) -> (Option<Record>, Vec<Diagnostic>) {
    fn go<T>(p: crate::Parsed<T>, f: impl Fn(T) -> Record) -> (Option<Record>, Vec<Diagnostic>) {
        (p.value.map(f), p.diagnostics)
    }
    match kind {
        RecordType::Dmarc => go(dmarc::parse(value), Record::Dmarc),
        RecordType::DmarcReportAuth => go(dmarc::parse_report_auth(value), Record::DmarcReportAuth),
        RecordType::Spf => go(spf::parse(value), Record::Spf),
        RecordType::Dkim => go(dkim::parse(value), Record::Dkim),
        RecordType::Bimi => go(bimi::parse(value), Record::Bimi),
        RecordType::MtaSts => go(mta_sts::parse_record(value), Record::MtaSts),
        RecordType::MtaStsPolicy => go(mta_sts::parse_policy(value), Record::MtaStsPolicy),
        RecordType::TlsRpt => go(tls_rpt::parse(value), Record::TlsRpt),
    }
}

/// The owner-name labels other protocols reserve, where an SPF record is
/// never looked up: `_dmarc.`, `_mta-sts.`, `_smtp._tls.` first, and
/// `_domainkey` or `_bimi` after a selector.
fn reserved_prefix(labels: &[String]) -> Option<usize> {
    let first = labels.first().map(String::as_str);
    let second = labels.get(1).map(String::as_str);
    match (first, second) {
        (Some("_smtp"), Some("_tls")) => Some(2),
        (Some("_dmarc" | "_mta-sts"), _) => Some(1),
        (_, Some("_domainkey" | "_bimi")) => Some(2),
        _ => None,
    }
}

/// The finding about a zone-file line whose owner name is not where
/// receivers look for a record of `kind` (a DMARC record at the domain
/// itself instead of `_dmarc.`, a DKIM key without `<selector>._domainkey.`,
/// an SPF record at `_dmarc.`...), with the name to use as a fix to check
/// when it follows from the line (a prefix to add or to remove).
///
/// ```
/// use selo::validate;
/// let v = validate("example.com. 3600 IN TXT \"v=DMARC1; p=reject\"", None);
/// let d = v.diagnostics.iter().find(|d| d.code == "dmarc::wrong-owner").unwrap();
/// let fixed = d.fix.as_ref().unwrap().apply("example.com. 3600 IN TXT \"v=DMARC1; p=reject\"");
/// assert_eq!(fixed, "_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=reject\"");
/// ```
fn owner_finding(kind: RecordType, owner: &str, at: Span) -> Option<Diagnostic> {
    let name = owner.trim_end_matches('.');
    let labels: Vec<String> = if name.is_empty() || name == "@" {
        Vec::new()
    } else {
        name.split('.').map(str::to_ascii_lowercase).collect()
    };
    let label = |k: usize| labels.get(k).map(String::as_str);
    let plain = !labels.iter().any(|l| l.starts_with('_'));
    // The prefix receivers expect, to put before a plain domain.
    let (template, prefix) = match kind {
        RecordType::Dmarc if label(0) != Some("_dmarc") => (&dmarc::WRONG_OWNER, "_dmarc"),
        RecordType::MtaSts if label(0) != Some("_mta-sts") => (&mta_sts::WRONG_OWNER, "_mta-sts"),
        RecordType::TlsRpt if (label(0), label(1)) != (Some("_smtp"), Some("_tls")) => {
            (&tls_rpt::WRONG_OWNER, "_smtp._tls")
        }
        RecordType::Dkim if label(1) != Some("_domainkey") => (&dkim::WRONG_OWNER, ""),
        RecordType::Bimi if label(1) != Some("_bimi") => (&bimi::WRONG_OWNER, "default._bimi"),
        RecordType::Spf => {
            let cut = reserved_prefix(&labels)?;
            let d = Diagnostic::new(&spf::WRONG_OWNER, at).arg("owner", owner);
            // The domain the prefix was put before.
            let rest: Vec<&str> = owner.split('.').skip(cut).collect();
            let rest = rest.join(".");
            let domain = if rest.is_empty() || rest == "." {
                "@".to_string()
            } else {
                rest
            };
            return Some(d.with_fix(owner_fix(at, domain)));
        }
        _ => return None,
    };
    let d = Diagnostic::new(template, at).arg("owner", owner);
    if prefix.is_empty() || !plain {
        return Some(d);
    }
    let fixed = if labels.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}.{owner}")
    };
    Some(d.with_fix(owner_fix(at, fixed)))
}

/// Replacing the owner name with `name`: a fix to check, since only the
/// owner knows the domain the line is for.
fn owner_fix(at: Span, name: String) -> crate::Fix {
    crate::Fix::single(
        Text::new("Publish it at", "Publicar em"),
        at,
        name,
        crate::Applicability::MaybeIncorrect,
    )
}

/// Validates pasted text: a record value, quoted strings, a zone-file line
/// or an MTA-STS policy file. With `kind` `None` the type is detected.
///
/// Every span in the result points into `text`.
///
/// ```
/// use selo::{validate, RecordType};
/// let v = validate("_dmarc.example.com. IN TXT \"v=DMARC1; p=reject\"", None);
/// assert_eq!(v.kind, Some(RecordType::Dmarc));
/// assert!(v.valid);
///
/// let v = validate("hello world", None);
/// assert!(!v.valid);
/// assert_eq!(v.diagnostics[0].code, "input::unknown-type");
/// ```
pub fn validate(text: &str, kind: Option<RecordType>) -> Validation {
    // A policy file is never quoted: read it as it is.
    let looks_like_policy = kind == Some(RecordType::MtaStsPolicy)
        || (kind.is_none() && detect(text, None) == Some(RecordType::MtaStsPolicy));
    let pasted = if looks_like_policy {
        let start = text.len() - text.trim_start().len();
        input::raw_keep_end(text, start)
    } else {
        input::read(text)
    };
    let detected = kind.is_none();
    let kind = kind.or_else(|| detect(&pasted.value, pasted.owner.as_deref()));
    let mut diagnostics = pasted.diagnostics.clone();
    let Some(kind) = kind else {
        let at = Span::new(0, text.len());
        // A provider's rejection code (Gmail, Yahoo, Microsoft) is named
        // first, with the sender-requirement rows it points at: its page is
        // the Analyze page's checklist.
        let bounces = crate::requirements::bounce::recognize(text);
        for b in bounces.iter().take(MAX_PER_CODE) {
            let rows = |l: crate::Lang| {
                b.checks
                    .iter()
                    .map(|c| c.name().get(l))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            diagnostics.push(
                Diagnostic::new(&input::PROVIDER_BOUNCE, at)
                    .arg("provider", b.provider.name())
                    .arg("code", &b.code)
                    .arg_text("meaning", b.meaning)
                    .arg_both("rows", rows(crate::Lang::En), rows(crate::Lang::Pt)),
            );
        }
        let code = if text.trim().is_empty() {
            Some(&input::EMPTY)
        } else if let Some((explained, _page)) = input::log_line(text) {
            Some(explained)
        } else if bounces.is_empty() {
            Some(&input::UNKNOWN_TYPE)
        } else {
            None
        };
        diagnostics.extend(code.map(|code| Diagnostic::new(code, at)));
        return Validation {
            kind: None,
            detected,
            form: pasted.form,
            owner: pasted.owner,
            valid: false,
            verdict: Verdict::Invalid,
            diagnostics,
            record: None,
            value: pasted.value,
        };
    };
    let (record, mut found) = parse(kind, &pasted.value);
    for d in &mut found {
        d.map_spans(|s| pasted.to_paste(s));
    }
    diagnostics.extend(found);
    let said_already = diagnostics
        .iter()
        .any(|d| d.code.ends_with("::needs-splitting"));
    if !kind.is_file()
        && !said_already
        && pasted.form == Form::Raw
        && pasted.value.len() > crate::txt::MAX_STRING
    {
        diagnostics.push(
            Diagnostic::new(
                &input::NEEDS_SPLITTING,
                Span::new(0, text.len().min(pasted.strings[0].end)),
            )
            .arg("len", pasted.value.len()),
        );
    }
    if let (Some(owner), Some(at)) = (pasted.owner.as_deref(), pasted.owner_span) {
        diagnostics.extend(owner_finding(kind, owner, at));
    }
    crate::diagnostic::sort_diagnostics(&mut diagnostics);
    let valid = record.is_some() && !diagnostics.iter().any(|d| d.severity == Severity::Error);
    let mut diagnostics = cap_per_code(diagnostics);
    crate::diagnostic::sort_diagnostics(&mut diagnostics);
    if valid {
        // Errors stay first in a record receivers reject.
        dangerous_first(&mut diagnostics);
    }
    let verdict = Verdict::of(valid, &diagnostics);
    Validation {
        kind: Some(kind),
        detected,
        form: pasted.form,
        owner: pasted.owner,
        valid,
        verdict,
        diagnostics,
        record,
        value: pasted.value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The note that counts the findings left out of the list.
    fn more_findings(diagnostics: &[Diagnostic]) -> &Diagnostic {
        diagnostics
            .iter()
            .find(|d| d.code == "input::more-findings")
            .expect("a more-findings note")
    }

    #[test]
    fn verdict_beside_valid() {
        for (text, valid, verdict, first) in [
            (
                "v=spf1 +all",
                true,
                Verdict::Dangerous,
                Some("spf::pass-all"),
            ),
            (
                "v=spf1 all",
                true,
                Verdict::Dangerous,
                Some("spf::pass-all"),
            ),
            (
                "v=spf1 ptr +all",
                true,
                Verdict::Dangerous,
                Some("spf::pass-all"),
            ),
            ("v=spf1 mx ?all", true, Verdict::Caution, None),
            (
                "v=spf1 -all",
                true,
                Verdict::Caution,
                Some("spf::allows-nobody"),
            ),
            ("v=spf1 ip4:192.0.2.1 -all", true, Verdict::Valid, None),
            ("v=spf1 mx -all", true, Verdict::Valid, None),
            ("v=spf1 mx bogus -all", false, Verdict::Invalid, None),
            ("hello", false, Verdict::Invalid, None),
            (
                "v=spf1 bogus +all",
                false,
                Verdict::Invalid,
                Some("spf::unknown-mechanism"),
            ),
            (
                "v=DMARC1; p=reject; rua=mailto:d@example.com",
                true,
                Verdict::Valid,
                None,
            ),
        ] {
            let v = validate(text, None);
            assert_eq!((v.valid, v.verdict), (valid, verdict), "{text}");
            if let Some(code) = first {
                assert_eq!(v.diagnostics[0].code, code, "{text}");
            }
        }
    }

    #[test]
    fn verdict_is_serialized() {
        let v = validate("v=spf1 +all", None);
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["verdict"], "dangerous");
        assert_eq!(json["valid"], true);
    }

    #[test]
    fn repeated_findings_are_counted_not_listed() {
        let tags: String = (0..500).map(|i| format!("x{i}=1; ")).collect();
        let text = format!("v=DMARC1; p=reject; {tags}");
        let v = validate(&text, None);
        let unknown = v
            .diagnostics
            .iter()
            .filter(|d| d.code == "dmarc::unknown-tag")
            .count();
        assert_eq!(unknown, MAX_PER_CODE);
        let more = more_findings(&v.diagnostics);
        assert!(
            more.message
                .starts_with("Not listed here: 450 more findings of the kind dmarc::unknown-tag"),
            "{}",
            more.message
        );
        assert!(text[more.primary.range()].starts_with("x50=1"));
        assert!(
            more.message_in(crate::Lang::Pt)
                .starts_with("Fora da lista: 450 problemas a mais do tipo")
        );
        // One over the cap: the singular, in both languages.
        let tags: String = (0..=MAX_PER_CODE).map(|i| format!("x{i}=1; ")).collect();
        let v = validate(&format!("v=DMARC1; p=reject; {tags}"), None);
        let more = more_findings(&v.diagnostics);
        assert!(
            more.message.contains(": 1 more finding of"),
            "{}",
            more.message
        );
        assert!(
            more.message_in(crate::Lang::Pt)
                .contains(": 1 problema a mais do")
        );
        assert!(more.primary.end <= text.len());
    }

    #[test]
    fn a_providers_bounce_is_named_with_its_rows_and_the_analyze_page() {
        let v = validate(
            "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level. outlook.com",
            None,
        );
        let d = v
            .diagnostics
            .iter()
            .find(|d| d.code == "input::provider-bounce")
            .expect("the bounce is named");
        let en = d.message_in(crate::Lang::En);
        assert!(
            en.contains("Outlook.com") && en.contains("550 5.7.515"),
            "{en}"
        );
        let pt = d.message_in(crate::Lang::Pt);
        assert!(
            pt.starts_with("Isto é uma devolução de Outlook.com"),
            "{pt}"
        );
        assert!(
            !v.diagnostics
                .iter()
                .any(|d| d.code == "input::unknown-type")
        );
        assert_eq!(input::log_page(d.code), Some("analyze"));
        // Gmail's 5.7.26 keeps its DMARC explanation too, after the bounce.
        let v = validate(
            "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. gsmtp",
            None,
        );
        let codes: Vec<&str> = v.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            ["input::provider-bounce", "input::log-dmarc-rejected"]
        );
        // A text with no known code is still an unknown type.
        let v = validate("hello 550 world", None);
        assert_eq!(v.diagnostics[0].code, "input::unknown-type");
    }

    /// The finding of `code` in the validation of `text`, if any.
    fn finding<'a>(v: &'a Validation, code: &str) -> Option<&'a Diagnostic> {
        v.diagnostics.iter().find(|d| d.code == code)
    }

    #[test]
    fn the_owner_name_of_a_zone_line_fits_the_record_type() {
        // (line, the finding, the line its fix gives, if any)
        for (text, code, fixed) in [
            (
                "example.com. 3600 IN TXT \"v=DMARC1; p=reject\"",
                Some("dmarc::wrong-owner"),
                Some("_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=reject\""),
            ),
            (
                "@ IN TXT \"v=DMARC1; p=reject\"",
                Some("dmarc::wrong-owner"),
                Some("_dmarc IN TXT \"v=DMARC1; p=reject\""),
            ),
            (
                "_dmarc.example.com. IN TXT \"v=DMARC1; p=reject\"",
                None,
                None,
            ),
            (
                "_DMARC.Example.com. IN TXT \"v=DMARC1; p=reject\"",
                None,
                None,
            ),
            ("_dmarc IN TXT \"v=DMARC1; p=reject\"", None, None),
            (
                "s1._domainkey.example.com. IN TXT \"v=DMARC1; p=reject\"",
                Some("dmarc::wrong-owner"),
                None,
            ),
            (
                "_dmarc.example.com. IN TXT \"v=spf1 mx -all\"",
                Some("spf::wrong-owner"),
                Some("example.com. IN TXT \"v=spf1 mx -all\""),
            ),
            (
                "_dmarc IN TXT \"v=spf1 mx -all\"",
                Some("spf::wrong-owner"),
                Some("@ IN TXT \"v=spf1 mx -all\""),
            ),
            (
                "sel._domainkey.example.com. TXT \"v=spf1 mx -all\"",
                Some("spf::wrong-owner"),
                Some("example.com. TXT \"v=spf1 mx -all\""),
            ),
            ("example.com. IN TXT \"v=spf1 mx -all\"", None, None),
            ("_spf.example.com. IN TXT \"v=spf1 mx -all\"", None, None),
            (
                "example.com. IN TXT \"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"",
                Some("dkim::wrong-owner"),
                None,
            ),
            (
                "s1._domainkey.example.com. IN TXT \"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"",
                None,
                None,
            ),
            (
                "example.com. IN TXT \"v=STSv1; id=20260101\"",
                Some("mta_sts::wrong-owner"),
                Some("_mta-sts.example.com. IN TXT \"v=STSv1; id=20260101\""),
            ),
            (
                "_mta-sts.example.com. IN TXT \"v=STSv1; id=20260101\"",
                None,
                None,
            ),
            (
                "_tls.example.com. IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\"",
                Some("tls_rpt::wrong-owner"),
                None,
            ),
            (
                "example.com. IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\"",
                Some("tls_rpt::wrong-owner"),
                Some("_smtp._tls.example.com. IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\""),
            ),
            (
                "_smtp._tls.example.com. IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\"",
                None,
                None,
            ),
            (
                "example.com. IN TXT \"v=BIMI1; l=https://example.com/logo.svg\"",
                Some("bimi::wrong-owner"),
                Some(
                    "default._bimi.example.com. IN TXT \"v=BIMI1; l=https://example.com/logo.svg\"",
                ),
            ),
            (
                "default._bimi.example.com. IN TXT \"v=BIMI1; l=https://example.com/logo.svg\"",
                None,
                None,
            ),
            // No owner, nothing to check.
            ("TXT \"v=DMARC1; p=reject\"", None, None),
            ("v=DMARC1; p=reject", None, None),
        ] {
            let v = validate(text, None);
            let wrong: Vec<_> = v
                .diagnostics
                .iter()
                .filter(|d| d.code.ends_with("::wrong-owner"))
                .collect();
            assert_eq!(wrong.first().map(|d| d.code), code, "{text}");
            let Some(d) = wrong.first() else { continue };
            assert_eq!(d.severity, Severity::Warning, "{text}");
            assert!(
                !v.valid || v.verdict == Verdict::Caution,
                "{text}: never plain valid"
            );
            assert!(d.message.contains(&text[d.primary.range()]), "{text}");
            assert!(!d.message_in(crate::Lang::Pt).contains('{'), "{text}");
            let got = d.fix.as_ref().map(|f| f.apply(text));
            assert_eq!(got.as_deref(), fixed, "{text}");
            if let Some(fixed) = fixed {
                assert!(
                    finding(&validate(fixed, None), d.code).is_none(),
                    "{fixed}: the fix settles it"
                );
            }
        }
    }

    #[test]
    fn a_misspelt_value_gets_the_nearest_one_as_a_fix_to_check() {
        // (text, code, the text the fix gives)
        for (text, code, fixed) in [
            (
                "v=DMARC1; p=quarentine",
                "dmarc::misspelt-value",
                "v=DMARC1; p=quarantine",
            ),
            (
                "v=DMARC1; p=reject; sp=rejct",
                "dmarc::misspelt-value",
                "v=DMARC1; p=reject; sp=reject",
            ),
            (
                "v=DMARC1; p=reject; np=quarantaine",
                "dmarc::misspelt-value",
                "v=DMARC1; p=reject; np=quarantine",
            ),
            (
                "v=DMARC1; p=reject; adkim=strict",
                "dmarc::misspelt-value",
                "v=DMARC1; p=reject; adkim=s",
            ),
            (
                "v=DMARC1; p=reject; aspf=relaxed",
                "dmarc::misspelt-value",
                "v=DMARC1; p=reject; aspf=r",
            ),
            (
                "v=DMARC1; p=reject; t=yes",
                "dmarc::misspelt-value",
                "v=DMARC1; p=reject; t=y",
            ),
            (
                "v=DMARC1; p=reject; psd=no",
                "dmarc::misspelt-value",
                "v=DMARC1; p=reject; psd=n",
            ),
            ("v=spf1 mx ~alll", "spf::misspelt-term", "v=spf1 mx ~all"),
            ("v=spf1 mx -al", "spf::misspelt-term", "v=spf1 mx -all"),
            ("v=spf1 mx ~ all", "spf::lone-qualifier", "v=spf1 mx ~all"),
            (
                "v=spf1 - include:_spf.google.com -all",
                "spf::lone-qualifier",
                "v=spf1 -include:_spf.google.com -all",
            ),
            (
                "v=spf1 inlcude:_spf.google.com -all",
                "spf::misspelt-term",
                "v=spf1 include:_spf.google.com -all",
            ),
            (
                "v=spf1 ipv4:192.0.2.1 -all",
                "spf::misspelt-term",
                "v=spf1 ip4:192.0.2.1 -all",
            ),
            (
                "v=spf1 mx redirct=_spf.example.com",
                "spf::misspelt-term",
                "v=spf1 mx redirect=_spf.example.com",
            ),
            (
                "v=DKIM1; k=ed2559; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
                "dkim::misspelt-value",
                "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
            ),
            (
                "v=DKIM1; h=sha265; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
                "dkim::misspelt-value",
                "v=DKIM1; h=sha256; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
            ),
            (
                "version: STSv1\nmode: enforced\nmx: mail.example.com\nmax_age: 604800\n",
                "mta_sts::policy-misspelt-mode",
                "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n",
            ),
        ] {
            let v = validate(text, None);
            let d = finding(&v, code).unwrap_or_else(|| panic!("{text}: {:?}", v.diagnostics));
            let fix = d.fix.as_ref().expect("a fix");
            assert_eq!(
                fix.applicability,
                crate::Applicability::MaybeIncorrect,
                "{text}"
            );
            assert_eq!(fix.apply(text), fixed, "{text}");
            if d.code != "spf::lone-qualifier" {
                assert!(d.message.contains("did you mean"), "{}", d.message);
                assert!(d.message_in(crate::Lang::Pt).contains("queria dizer"));
            }
            let after = validate(fixed, None);
            assert!(after.valid, "{fixed}: {:?}", after.diagnostics);
        }
        // Too far from any value: the plain error, without a guess.
        for (text, code) in [
            ("v=DMARC1; p=nothing", "dmarc::bad-policy"),
            ("v=DMARC1; p=reject; adkim=x", "dmarc::bad-value"),
            ("v=spf1 ip:192.0.2.1 -all", "spf::unknown-mechanism"),
            ("v=spf1 mx foo", "spf::unknown-mechanism"),
            ("v=spf1 mx ~", "spf::bad-term"),
            ("v=spf1 mx ~ foo", "spf::bad-term"),
        ] {
            let v = validate(text, None);
            assert!(finding(&v, code).is_some(), "{text}: {:?}", v.diagnostics);
            assert!(
                !v.diagnostics.iter().any(|d| d.code.contains("misspelt")),
                "{text}"
            );
        }
    }

    #[test]
    fn an_include_the_sender_does_not_need_is_said() {
        let text = "v=spf1 include:_spf.google.com include:servers.mcsv.net ~all";
        let v = validate(text, None);
        let d = finding(&v, "spf::include-not-needed").expect("Mailchimp's include");
        assert_eq!(&text[d.primary.range()], "include:servers.mcsv.net");
        assert!(d.message.contains("Mailchimp"), "{}", d.message);
        assert!(d.message.contains("not needed"), "{}", d.message);
        let fixed = d.fix.as_ref().unwrap().apply(text);
        assert_eq!(fixed, "v=spf1 include:_spf.google.com ~all");
        assert!(finding(&validate(&fixed, None), "spf::include-not-needed").is_none());
        // Google's include is needed: nothing said.
        let v = validate("v=spf1 include:_spf.google.com ~all", None);
        assert!(finding(&v, "spf::include-not-needed").is_none());
    }

    #[test]
    fn detect_table() {
        for (value, owner, want) in [
            ("v=DMARC1; p=none", None, Some(RecordType::Dmarc)),
            ("V = dmarc1; p=none", None, Some(RecordType::Dmarc)),
            ("v=spf1", None, Some(RecordType::Spf)),
            ("v=DKIM1; p=", None, Some(RecordType::Dkim)),
            ("p=MIGf", None, Some(RecordType::Dkim)),
            ("v=BIMI1; l=", None, Some(RecordType::Bimi)),
            ("v=STSv1; id=1", None, Some(RecordType::MtaSts)),
            (
                "v=TLSRPTv1; rua=mailto:a@b.c",
                None,
                Some(RecordType::TlsRpt),
            ),
            (
                "mode: enforce\nmx: a.example\n",
                None,
                Some(RecordType::MtaStsPolicy),
            ),
            ("MS=abc", None, None),
            // Found by the `paste` fuzz target: a character across byte 8.
            ("versionάTSv1\n::needs", None, None),
            ("v=spfά", None, None),
            ("", None, None),
        ] {
            assert_eq!(detect(value, owner), want, "{value}");
        }
    }
}
