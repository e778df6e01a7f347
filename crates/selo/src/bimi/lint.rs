//! Advice beyond the grammar: logo format, evidence, declination, DMARC.

use super::messages as m;
use super::parse::Spans;
use super::{Bimi, UriValue};
use crate::{Diagnostic, Span};

const IMAGE_FORMATS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff", "avif", "heic",
];

/// Lints a model that was built, not parsed: the advice `parse` gives
/// beyond the grammar, without printing and re-reading the record. With no
/// text to point into, every span is empty at 0 and no fix is offered.
///
/// ```
/// use selo::bimi::{Bimi, HttpsUrl};
/// let b = Bimi::logo(HttpsUrl::try_from("https://example.com/logo.png").unwrap());
/// let codes: Vec<_> = selo::bimi::lint(&b).iter().map(|d| d.code).collect();
/// assert!(codes.contains(&"bimi::bad-image-format"));
/// ```
pub fn lint_model(b: &Bimi) -> Vec<Diagnostic> {
    let e = Span::empty(0);
    let spans = Spans {
        l: b.location.as_ref().map(|_| (e, e)),
        a: b.evidence.as_ref().map(|_| (e, e)),
        all: e,
    };
    let mut diags = Vec::new();
    lint(b, &spans, &mut diags);
    crate::diagnostic::unplaced(diags)
}

/// Adds the advice about a record to `diags`.
pub(super) fn lint(b: &Bimi, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    let end = Span::empty(spans.all.end);
    let Some(location) = &b.location else {
        diags.push(Diagnostic::new(&m::MISSING_L, end));
        return;
    };
    let (l_tag, l_value) = spans.l.unwrap_or((end, end));
    let evidence = b.evidence.as_ref().and_then(|e| e.url());
    match location {
        UriValue::Empty => match evidence {
            None => diags.push(Diagnostic::new(&m::DECLINED, spans.all)),
            Some(_) => {
                let a = spans.a.map_or(end, |(t, _)| t);
                diags.push(
                    Diagnostic::new(&m::EVIDENCE_WITHOUT_LOGO, l_tag).with_secondary(a, None),
                );
            }
        },
        UriValue::Url(url) => {
            match url.extension().as_deref() {
                Some("svg" | "svgz") => {}
                Some(ext) if IMAGE_FORMATS.contains(&ext) => {
                    diags.push(Diagnostic::new(&m::BAD_IMAGE_FORMAT, l_value).arg("ext", ext))
                }
                _ => diags.push(Diagnostic::new(&m::NOT_SVG, l_value)),
            }
            if evidence.is_none() {
                diags.push(Diagnostic::new(&m::NO_EVIDENCE, l_tag));
            }
            diags.push(Diagnostic::new(&m::NEEDS_DMARC, l_tag));
        }
    }
    if let (Some(url), Some((_, a_value))) = (evidence, spans.a)
        && url.extension().as_deref() != Some("pem")
    {
        diags.push(Diagnostic::new(&m::EVIDENCE_NOT_PEM, a_value));
    }
}
