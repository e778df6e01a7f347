//! The checklist over the signed fixture messages of
//! `tests/fixtures/messages/` (`bulk-*.eml` and the analyzer's), against
//! the `msg.test` and `rdns.test` names of `tests/dns/test.zone` and the
//! PTR names of `tests/dns/reverse.zone`.

use super::{Check, Provider, Status, expand, message};
use crate::dns::{MemoryZone, Rdata};
use crate::message::{MessageOptions, analyze};
use futures::executor::block_on;

fn zone() -> MemoryZone {
    let mut z = MemoryZone::new();
    let forward = include_str!("../../../../tests/dns/test.zone");
    let start = forward.find("-- msg.test").expect("the msg.test section");
    for line in forward[start..].lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [name, "IN", "TXT", ..] => {
                let strings: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
                z.txt(&format!("{name}.test"), &strings);
            }
            [name, "IN", "A", ip] => {
                z.a(&format!("{name}.test"), ip.parse().unwrap());
            }
            _ => {}
        }
    }
    for line in include_str!("../../../../tests/dns/reverse.zone").lines() {
        if let [name, "IN", "PTR", target] = line.split_whitespace().collect::<Vec<_>>().as_slice()
        {
            z.add(
                &format!("{name}.in-addr.arpa"),
                Rdata::Ptr(target.trim_end_matches('.').into()),
            );
        }
    }
    z
}

fn raw(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../../tests/fixtures/messages/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The status of each check for the fixture `name`.
fn statuses(name: &str, opts: &MessageOptions) -> Vec<(Check, Status, String)> {
    let z = zone();
    let raw = raw(name);
    let opts = MessageOptions {
        now: Some(1_800_000_000),
        ..opts.clone()
    };
    let a = block_on(analyze(&raw, &z, &opts)).unwrap();
    block_on(message::check(&raw, &a, &z))
        .into_iter()
        .map(|f| (f.check, f.status, f.evidence.en))
        .collect()
}

fn status(all: &[(Check, Status, String)], c: Check) -> Status {
    all.iter().find(|(k, ..)| *k == c).unwrap().1
}

fn evidence(all: &[(Check, Status, String)], c: Check) -> &str {
    &all.iter().find(|(k, ..)| *k == c).unwrap().2
}

#[test]
fn a_marketing_message_that_meets_every_rule() {
    let all = statuses("bulk-one-click.eml", &MessageOptions::default());
    for c in [
        Check::SpfPass,
        Check::DkimPass,
        Check::DmarcPolicy,
        Check::DmarcAlignment,
        Check::DkimKeySize,
        Check::ReverseDns,
        Check::Tls,
        Check::MessageFormat,
        Check::OneClickUnsubscribe,
    ] {
        assert_eq!(status(&all, c), Status::Pass, "{c:?}: {all:#?}");
    }
    assert_eq!(status(&all, Check::SpamRate), Status::Unknown);
    assert_eq!(status(&all, Check::Volume), Status::Unknown);
    assert!(
        evidence(&all, Check::OneClickUnsubscribe)
            .contains("https://good.msg.test/unsubscribe/opaque-42"),
        "{all:#?}"
    );
    assert_eq!(
        evidence(&all, Check::ReverseDns),
        "192.0.2.25 → mail.good.msg.test → 192.0.2.25."
    );
}

#[test]
fn unsubscribe_fields_outside_h_fail() {
    let all = statuses("bulk-unsubscribe-unsigned.eml", &MessageOptions::default());
    assert_eq!(status(&all, Check::DkimPass), Status::Pass);
    assert_eq!(status(&all, Check::OneClickUnsubscribe), Status::Fail);
    assert!(evidence(&all, Check::OneClickUnsubscribe).contains("h="));
}

#[test]
fn a_mailto_only_unsubscribe_is_a_warning() {
    let all = statuses("bulk-mailto-only.eml", &MessageOptions::default());
    assert_eq!(status(&all, Check::OneClickUnsubscribe), Status::Warning);
    assert!(evidence(&all, Check::OneClickUnsubscribe).contains("mailto:"));
}

#[test]
fn no_unsubscribe_at_all_is_unknown_not_a_failure() {
    let all = statuses("pass.eml", &MessageOptions::default());
    assert_eq!(status(&all, Check::OneClickUnsubscribe), Status::Unknown);
    assert!(evidence(&all, Check::OneClickUnsubscribe).contains("transactional"));
}

#[test]
fn a_hop_without_tls_fails_and_with_it_passes() {
    let all = statuses("bulk-no-tls.eml", &MessageOptions::default());
    assert_eq!(status(&all, Check::Tls), Status::Fail);
    assert!(
        evidence(&all, Check::Tls).contains("without TLS (with ESMTP)"),
        "{all:#?}"
    );
    let all = statuses("bulk-one-click.eml", &MessageOptions::default());
    assert!(evidence(&all, Check::Tls).contains("with ESMTPS"));
}

#[test]
fn the_reverse_name_of_the_sending_ip_must_come_back() {
    let all = statuses("bulk-rdns-unconfirmed.eml", &MessageOptions::default());
    assert_eq!(status(&all, Check::ReverseDns), Status::Fail);
    assert_eq!(
        evidence(&all, Check::ReverseDns),
        "192.0.2.26 → elsewhere.rdns.test, but elsewhere.rdns.test does not point back to 192.0.2.26."
    );
    // SPF still passes: 192.0.2.0/24 is authorized.
    assert_eq!(status(&all, Check::SpfPass), Status::Pass);
    // An IP given by hand replaces the Received one: .28 has no PTR, .29
    // has two names and the second confirms.
    let ip = |s: &str| MessageOptions {
        ip: Some(s.parse().unwrap()),
        ..MessageOptions::default()
    };
    let all = statuses("bulk-one-click.eml", &ip("192.0.2.28"));
    assert_eq!(
        evidence(&all, Check::ReverseDns),
        "192.0.2.28 has no PTR name."
    );
    let all = statuses("bulk-one-click.eml", &ip("192.0.2.29"));
    assert_eq!(status(&all, Check::ReverseDns), Status::Pass);
    let all = statuses("bulk-one-click.eml", &ip("192.0.2.27"));
    assert_eq!(status(&all, Check::ReverseDns), Status::Fail);
}

#[test]
fn without_a_connecting_ip_the_reverse_name_is_unknown() {
    let z = zone();
    let raw = b"From: a@good.msg.test\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\nMessage-ID: <x@good.msg.test>\r\nSubject: hi\r\n\r\nHi\r\n";
    let a = block_on(analyze(raw, &z, &MessageOptions::default())).unwrap();
    let found = block_on(message::check(raw, &a, &z));
    let r = found.iter().find(|f| f.check == Check::ReverseDns).unwrap();
    assert_eq!(r.status, Status::Unknown);
    assert!(r.evidence.pt.contains("não mostra o IP"));
    let tls = found.iter().find(|f| f.check == Check::Tls).unwrap();
    assert_eq!(tls.status, Status::Unknown);
}

#[test]
fn a_short_key_fails_the_key_size_rule_with_the_dkim_generator() {
    let z = zone();
    let raw = raw("key-too-short.eml");
    let a = block_on(analyze(&raw, &z, &MessageOptions::default())).unwrap();
    let rows = expand(&block_on(message::check(&raw, &a, &z)));
    let key: Vec<_> = rows
        .iter()
        .filter(|r| r.rule.check == Check::DkimKeySize)
        .collect();
    assert_eq!(key.len(), 1, "only Gmail states a key size");
    assert_eq!(key[0].provider, Provider::Gmail);
    assert_eq!(key[0].status, Status::Fail);
    let fix = key[0].fix.as_ref().unwrap();
    assert_eq!(fix.href.as_deref(), Some("?page=dkim&domain=good.msg.test"));
    // Outlook.com's authentication rows fail with their source.
    let spf = rows
        .iter()
        .find(|r| r.rule.check == Check::SpfPass && r.provider == Provider::Outlook)
        .unwrap();
    assert_eq!(spf.status, Status::Fail);
    assert!(
        spf.shown(crate::Lang::En)
            .source
            .contains("techcommunity.microsoft.com")
    );
}

#[test]
fn a_message_with_two_from_fields_and_no_date_fails_the_format_rule() {
    let z = zone();
    let raw = b"Received: from x ([192.0.2.25]) by mx.receiver.test with ESMTPS; Sat, 28 Nov 2026 10:00:07 +0000\r\nFrom: a@good.msg.test\r\nFrom: b@good.msg.test\r\nSubject: hi\r\n\r\nHi\r\n";
    let a = block_on(analyze(raw, &z, &MessageOptions::default())).unwrap();
    let found = block_on(message::check(raw, &a, &z));
    let f = found
        .iter()
        .find(|f| f.check == Check::MessageFormat)
        .unwrap();
    assert_eq!(f.status, Status::Fail);
    assert_eq!(f.evidence.en, "From: 2, Date: 0, Message-ID: 0.");
}

#[test]
fn only_the_header_leaves_dkim_and_the_signed_unsubscribe_unknown() {
    let z = zone();
    let whole = raw("bulk-one-click.eml");
    let text = String::from_utf8(whole).unwrap();
    let head = &text[..text.find("\r\n\r\n").unwrap() + 2];
    let a = block_on(analyze(head.as_bytes(), &z, &MessageOptions::default())).unwrap();
    assert!(a.headers_only);
    let found = block_on(message::check(head.as_bytes(), &a, &z));
    let get = |c| found.iter().find(|f| f.check == c).unwrap();
    assert_eq!(get(Check::DkimPass).status, Status::Unknown);
    assert_eq!(get(Check::OneClickUnsubscribe).status, Status::Unknown);
    assert!(
        get(Check::OneClickUnsubscribe)
            .evidence
            .en
            .contains("whole message")
    );
    assert_eq!(get(Check::ReverseDns).status, Status::Pass);
}
