//! Reading TLS-RPT records, with every finding.

use super::messages::*;
use super::{ReportUri, ReportUriError, TlsRpt, lint};
use crate::taglist::fields::{self as txt_tags, TxtMessages};
use crate::uri::UriProblem;
use crate::{Applicability, Diagnostic, Edit, Fix, Parsed, Span, Text};

/// Where the parser found each part of the record, for the lints: the
/// span table of the TLS-RPT module.
pub(super) struct Spans {
    /// The span of each address of the model's `rua`, in order, and the
    /// span to delete to remove it (with its comma).
    pub uris: Vec<(Span, Span)>,
}

static TXT: TxtMessages = txt_tags::txt_messages!(NOT_TLSRPT);

fn is_wsp(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Parses the value of a `_smtp._tls` TXT record (RFC 8460 3).
///
/// The model comes back when the record starts with `v=TLSRPTv1` (in any
/// case) and at least one report address is readable; every finding is
/// listed either way.
///
/// ```
/// use selo::tls_rpt::parse;
/// let p = parse("v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt");
/// assert!(p.is_valid());
///
/// let p = parse("v=TLSRPTv1; rua=http://reporting.example.com/");
/// assert!(p.has("tls_rpt::bad-scheme"));
///
/// let p = parse("v=DMARC1; p=none");
/// assert!(p.value.is_none());
/// assert!(p.has("tls_rpt::other-type"));
/// ```
pub fn parse(input: &str) -> Parsed<TlsRpt> {
    let mut d = Vec::new();
    let Some(fields) = txt_tags::parse(input, "TLSRPTv1", "TLSRPTv", &["rua"], &TXT, &mut d) else {
        return done(None, d);
    };
    let mut rua = Vec::new();
    let mut spans = Spans { uris: Vec::new() };
    let mut first_rua: Option<&crate::taglist::Tag<'_>> = None;
    for f in fields.fields.iter().filter(|f| f.known == Some("rua")) {
        let t = &f.tag;
        match first_rua {
            None => first_rua = Some(t),
            Some(first) => {
                let mut edits = vec![Edit {
                    span: t.removal_span,
                    replacement: String::new(),
                }];
                if !t.value.is_empty() {
                    edits.push(Edit {
                        span: Span::empty(first.value_span.end),
                        replacement: if first.value.is_empty() {
                            t.value.to_string()
                        } else {
                            format!(",{}", t.value)
                        },
                    });
                }
                d.push(
                    Diagnostic::new(&REPEATED_RUA, t.span)
                        .with_secondary(
                            first.span,
                            Some(Text::new("first defined here", "definida primeiro aqui")),
                        )
                        .with_fix(Fix {
                            title: Text::new(
                                "Merge into the first rua=",
                                "Juntar na primeira rua=",
                            ),
                            edits,
                            applicability: Applicability::Safe,
                        }),
                );
            }
        }
        if t.value
            .split(',')
            .all(|u| u.trim_matches(is_wsp).is_empty())
        {
            d.push(Diagnostic::new(&EMPTY_RUA, t.span));
            continue;
        }
        // Split at commas, keeping spans.
        let mut parts = Vec::new();
        let mut start = t.value_span.start;
        for piece in t.value.split(',') {
            parts.push((start, piece));
            start += piece.len() + 1;
        }
        let count = parts.len();
        for (k, &(pstart, piece)) in parts.iter().enumerate() {
            let lead = piece.len() - piece.trim_start_matches(is_wsp).len();
            let u = piece.trim_matches(is_wsp);
            let span = Span::new(pstart + lead, pstart + lead + u.len());
            let piece_span = Span::new(pstart, pstart + piece.len());
            // What to delete to remove this address and one comma.
            let removal = if count == 1 {
                t.removal_span
            } else if k + 1 < count {
                Span::new(piece_span.start, piece_span.end + 1)
            } else {
                Span::new(piece_span.start - 1, piece_span.end)
            };
            if u.is_empty() {
                d.push(
                    Diagnostic::new(
                        &EMPTY_URI,
                        Span::new(
                            piece_span.start.saturating_sub(1).max(t.value_span.start),
                            (piece_span.end + 1).min(t.value_span.end),
                        ),
                    )
                    .with_fix(Fix::single(
                        Text::new("Remove the extra comma", "Remover a vírgula a mais"),
                        removal,
                        "",
                        Applicability::Safe,
                    )),
                );
                continue;
            }
            match ReportUri::try_from(u) {
                Ok(r) => {
                    spans.uris.push((span, removal));
                    rua.push(r);
                }
                Err(e) => d.push(uri_error(u, span, e)),
            }
        }
    }
    if first_rua.is_none() {
        d.push(Diagnostic::new(
            &MISSING_RUA,
            Span::empty(input.trim_end().len()),
        ));
    }
    let value = if rua.is_empty() {
        None
    } else {
        Some(TlsRpt {
            rua,
            extensions: fields.extensions,
        })
    };
    if let Some(r) = &value {
        lint::lint(r, &spans, &mut d);
    }
    done(value, d)
}

fn uri_error(u: &str, span: Span, e: ReportUriError) -> Diagnostic {
    match e {
        ReportUriError::Scheme => Diagnostic::new(&BAD_SCHEME, span).arg("uri", u),
        ReportUriError::Uri(UriProblem::Unencoded(c)) => {
            let shown = format!("'{c}'");
            Diagnostic::new(&UNENCODED, span)
                .arg("uri", u)
                .arg("char", shown)
        }
        ReportUriError::Uri(_) if crate::uri::scheme(u) == crate::uri::Scheme::Mailto => {
            Diagnostic::new(&BAD_MAILTO, span).arg("uri", u)
        }
        ReportUriError::Uri(_) => Diagnostic::new(&BAD_HTTPS, span).arg("uri", u),
    }
}

fn done<T>(value: Option<T>, mut diagnostics: Vec<Diagnostic>) -> Parsed<T> {
    crate::diagnostic::sort_diagnostics(&mut diagnostics);
    Parsed { value, diagnostics }
}
