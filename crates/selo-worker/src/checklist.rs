//! The Check page's sender-requirements checklist: the typed checklist
//! ([`selo_boundary::analysis::Checklist`], which the analyzer sends the
//! Analyze page too), put at the end of the domain's report.

use crate::requirements::for_domain;
use selo::Lang;
use selo::requirements::Row;
use selo_boundary::check::Report;

/// The Check page's `report` with the domain's checklist at its end (none
/// when there are no rows).
pub fn after(mut report: Report, rows: &[Row], domain: &str, l: Lang) -> Report {
    report.requirements = (!rows.is_empty()).then(|| for_domain(rows, domain, l));
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use selo::requirements::{Check, Finding, Status, Words, expand};

    #[test]
    fn the_domain_checklist_goes_after_the_check_report() {
        let rows = expand(&[Finding::new(
            Check::DmarcPolicy,
            Status::Warning,
            Words::same("p=none"),
        )]);
        let list = after(Report::default(), &rows, "exemplo.pt", Lang::Pt)
            .requirements
            .unwrap();
        assert_eq!(
            list.title,
            "O Gmail, o Yahoo e o Outlook.com vão aceitar correio de exemplo.pt?"
        );
        let row = list
            .rows
            .iter()
            .find(|r| r.id == "requirements-dmarc-policy")
            .unwrap();
        assert!(
            row.cells
                .iter()
                .any(|c| c.status.as_deref() == Some("warning") && c.word == "aviso"),
            "{row:?}"
        );
        // No rows (a domain that does not exist): no checklist.
        assert_eq!(
            after(Report::default(), &[], "x", Lang::En),
            Report::default()
        );
    }
}
