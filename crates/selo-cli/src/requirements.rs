//! The bulk-sender requirements of Gmail, Yahoo and Outlook.com as the
//! command prints them: `selo message --requirements` and the
//! `requirements` section of `selo check`. One row per rule, one column
//! per provider, what was seen under it, and the fix with its generator.

use crate::render;
use codespan_reporting::term::termcolor::{self, Color, ColorSpec, WriteColor};
use selo::Lang;
use selo::requirements::bounce::Recognized;
use selo::requirements::{Check, Provider, Row, Status, rules};
use std::io::Write;

selo::texts! {
    HEADING = (
        "Sender requirements (Gmail, Yahoo, Outlook.com)",
        "Requisitos de envio (Gmail, Yahoo, Outlook.com)"
    );
    FIX = ("fix", "correção");
    NOT_ASKED = ("not asked", "não pedido");
    SOURCES = ("Sources, read {date}:", "Fontes, lidas em {date}:");
    BOUNCE = ("Rejection codes found", "Códigos de rejeição encontrados");
    ROWS = ("rows", "linhas");
    TEMPORARY = ("temporary", "temporário");
}

/// The rows in `lang`, as a JSON array of `{provider, rule, status,
/// evidence, fix, generator, source, asks, read}`.
pub(crate) fn shown(rows: &[Row], lang: Lang) -> serde_json::Value {
    serde_json::to_value(rows.iter().map(|r| r.shown(lang)).collect::<Vec<_>>()).unwrap_or_default()
}

/// The rows of the domain of `report` (`selo check --requirements`): its
/// MX hosts' reverse names are looked up through the same resolver, for at
/// most ten seconds (what was not found by then reads as unknown).
pub(crate) async fn of_domain<R: selo::dns::Resolver>(
    dns: &R,
    report: &selo::check::DomainCheck,
) -> Vec<Row> {
    let found = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        selo::requirements::domain::check(dns, report),
    )
    .await
    .unwrap_or_else(|_| selo::requirements::domain::evaluate(report, &[]));
    selo::requirements::expand(&found)
}

/// The rows as JSON: `{"requirements": [...]}` (see [`shown`]).
pub(crate) fn json(rows: &[Row], lang: Lang) -> Result<(), crate::Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(
        &mut out,
        &serde_json::json!({ "requirements": shown(rows, lang) }),
    )?;
    out.write_all(b"\n")?;
    Ok(())
}

fn color(s: Status) -> Option<Color> {
    match s {
        Status::Pass => Some(Color::Green),
        Status::Fail => Some(Color::Red),
        Status::Warning => Some(Color::Yellow),
        Status::Unknown => None,
    }
}

/// The table, written to `out`.
pub(crate) fn write(out: &mut dyn WriteColor, rows: &[Row], lang: Lang) -> std::io::Result<()> {
    out.set_color(ColorSpec::new().set_bold(true))?;
    writeln!(out, "{}", HEADING.get(lang))?;
    out.reset()?;
    let [gmail, yahoo, outlook] = Provider::ALL.map(Provider::name);
    writeln!(out, "{:<32} {gmail:<13} {yahoo:<13} {outlook}", "")?;
    for check in Check::ALL {
        let of: Vec<&Row> = rows.iter().filter(|r| r.rule.check == check).collect();
        let Some(first) = of.first() else { continue };
        write!(out, "{:<32}", check.name().get(lang))?;
        for (i, p) in Provider::ALL.into_iter().enumerate() {
            // The last column is not padded: no space ends a line.
            let width = if i + 1 == Provider::ALL.len() { 0 } else { 13 };
            match of.iter().find(|r| r.provider == p) {
                Some(r) => {
                    write!(out, " ")?;
                    out.set_color(ColorSpec::new().set_fg(color(r.status)).set_bold(true))?;
                    write!(out, "{:<width$}", r.status.word().get(lang))?;
                    out.reset()?;
                }
                None => write!(out, " {:<width$}", NOT_ASKED.get(lang))?,
            }
        }
        writeln!(out)?;
        writeln!(out, "    {}", first.evidence.get(lang))?;
        if let Some(fix) = &first.fix {
            write!(out, "    {}: {}", FIX.get(lang), fix.text.get(lang))?;
            if let Some(href) = &fix.href {
                write!(out, " {href}")?;
            }
            writeln!(out)?;
        }
    }
    writeln!(out, "{}", SOURCES.fill(lang, &[("date", rules::READ_ON)]))?;
    for (name, url) in [
        ("Gmail", rules::GMAIL_URL),
        ("Yahoo", rules::YAHOO_URL),
        ("Outlook.com", rules::OUTLOOK_URL),
    ] {
        writeln!(out, "  {name}: {url}")?;
    }
    Ok(())
}

/// The providers' rejection codes found, each with what it means and the
/// rows it points at, on standard output.
pub(crate) fn bounces(found: &[Recognized], lang: Lang) -> Result<(), crate::Failure> {
    let writer = termcolor::StandardStream::stdout(render::color_choice());
    let mut out = writer.lock();
    out.set_color(ColorSpec::new().set_bold(true))?;
    writeln!(out, "{}", BOUNCE.get(lang))?;
    out.reset()?;
    for b in found {
        let when = if b.temporary {
            format!(" ({})", TEMPORARY.get(lang))
        } else {
            String::new()
        };
        writeln!(out, "  {}{when}: {}", b.code, b.meaning.get(lang))?;
        let rows: Vec<&str> = b.checks.iter().map(|c| c.id()).collect();
        writeln!(out, "    {}: {}", ROWS.get(lang), rows.join(", "))?;
    }
    out.flush()?;
    Ok(())
}

/// The rejection codes found, as JSON: `{"bounces": [{provider, code,
/// temporary, checks, meaning}]}`.
pub(crate) fn bounces_json(found: &[Recognized], lang: Lang) -> Result<(), crate::Failure> {
    let list: Vec<serde_json::Value> = found
        .iter()
        .map(|b| {
            let mut v = serde_json::to_value(b).unwrap_or_default();
            v["meaning"] = b.meaning.get(lang).into();
            v
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "bounces": list }))?;
    out.write_all(b"\n")?;
    Ok(())
}

/// The table, on standard output.
pub(crate) fn human(rows: &[Row], lang: Lang) -> Result<(), crate::Failure> {
    let writer = termcolor::StandardStream::stdout(render::color_choice());
    let mut out = writer.lock();
    write(&mut out, rows, lang)?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_filled() {
        for (name, t) in ALL {
            assert_ne!(t.en, t.pt, "{name}");
        }
        let left = selo::Text::unfilled_in(ALL, "requirements.rs", include_str!("requirements.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn a_table_has_one_column_per_provider_and_its_sources() {
        let rows = selo::requirements::expand(&selo::requirements::not_in_a_message());
        let mut buf = termcolor::NoColor::new(Vec::new());
        write(&mut buf, &rows, Lang::Pt).unwrap();
        let text = String::from_utf8(buf.into_inner()).unwrap();
        assert!(text.contains("Taxa de spam"), "{text}");
        assert!(text.contains("desconhecido"), "{text}");
        assert!(text.contains("não pedido"), "{text}");
        assert!(text.contains(rules::OUTLOOK_URL), "{text}");
    }
}
