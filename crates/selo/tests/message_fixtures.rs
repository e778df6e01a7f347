//! Writes the signed messages of `tests/fixtures/messages/` with the test
//! keys of `tests/dns/keys/` (whose public halves are published under
//! `msg.test.` in `tests/dns/test.zone`), through mail-auth's signer and
//! ARC sealer.
//!
//! Run it again only to remake the files (the signatures carry the time of
//! signing, so the files change):
//!
//! ```sh
//! cargo test -p selo --test message_fixtures -- --ignored
//! ```
#![cfg(feature = "message")]

use base64::Engine;
use mail_auth::arc::ArcSealer;
use mail_auth::common::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::common::headers::HeaderWriter;
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::DomainKey;
use mail_auth::dkim::{Canonicalization, DkimSigner};
use mail_auth::{
    AuthenticatedMessage, AuthenticationResults, MessageAuthenticator, Parameters, ResolverCache,
    Txt,
};
use rustls_pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn der(name: &str) -> Vec<u8> {
    let pem = std::fs::read_to_string(root().join("tests/dns/keys").join(name)).unwrap();
    let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap()
}

fn rsa(name: &str) -> RsaKey<Sha256> {
    RsaKey::<Sha256>::from_key_der(PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(der(name))))
        .unwrap()
}

fn ed() -> Ed25519Key {
    Ed25519Key::from_pkcs8_der(&der("ed25519.pem")).unwrap()
}

/// The public key records of the zone, for the sealer's own verification.
struct Zone(HashMap<Box<str>, Txt>);

impl ResolverCache<Box<str>, Txt> for Zone {
    fn get<Q>(&self, name: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.get(name).cloned()
    }
    fn remove<Q>(&self, _: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        None
    }
    fn insert(&self, _: Box<str>, _: Txt, _: web_time::Instant) {}
}

const SIGNED: [&str; 5] = ["From", "To", "Subject", "Date", "Message-ID"];

fn body() -> &'static str {
    "Hello,\r\n\r\nThe November newsletter is out.\r\n\r\n  Regards,\r\n  The team\r\n"
}

fn original(from: &str, subject: &str, id: &str) -> String {
    format!(
        "From: Good News <{from}>\r\nTo: reader@receiver.test\r\nSubject: {subject}\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\nMessage-ID: <{id}@msg.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{}",
        body()
    )
}

/// The trace fields the receiving server adds on top.
fn delivered(return_path: &str, ip: &str, helo: &str, rest: &str) -> String {
    format!(
        "Return-Path: <{return_path}>\r\nReceived: from {helo} ({helo} [{ip}])\r\n\tby mx.receiver.test with ESMTPS id 4Xk2;\r\n\tSat, 28 Nov 2026 10:00:07 +0000\r\nReceived: from [10.1.2.3] (helo=app.internal)\r\n\tby {helo} with ESMTP id 9aa1;\r\n\tSat, 28 Nov 2026 10:00:01 +0000\r\n{rest}"
    )
}

fn sign_rsa(d: &str, s: &str, key: &str, c: Canonicalization, msg: &str) -> String {
    DkimSigner::from_key(rsa(key))
        .domain(d)
        .selector(s)
        .headers(SIGNED)
        .header_canonicalization(c)
        .body_canonicalization(c)
        .sign(msg.as_bytes())
        .unwrap()
        .to_header()
}

fn write(name: &str, text: &str) {
    let dir = root().join("tests/fixtures/messages");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
#[ignore = "remakes the committed fixtures"]
fn write_fixtures() {
    let relaxed = Canonicalization::Relaxed;
    let simple = Canonicalization::Simple;
    let good = "news@good.msg.test";

    // 1. Passes DKIM and SPF, aligned.
    let m = original(good, "November newsletter", "pass");
    let sig = sign_rsa("good.msg.test", "rsa", "rsa2048.pem", relaxed, &m);
    let pass = delivered(
        "bounce@good.msg.test",
        "192.0.2.25",
        "mail.good.msg.test",
        &format!(
            "Authentication-Results: mx.receiver.test;\r\n\tdkim=pass header.d=good.msg.test header.s=rsa;\r\n\tspf=pass smtp.mailfrom=good.msg.test;\r\n\tdmarc=pass header.from=good.msg.test\r\n{sig}{m}"
        ),
    );
    write("pass.eml", &pass);
    // 10. Headers only (the same message, cut at the empty line).
    let head_end = pass.find("\r\n\r\n").unwrap() + 2;
    write("headers-only.eml", &pass[..head_end]);
    // 11. LF line endings (the same message, as a Unix mailbox keeps it).
    write("lf.eml", &pass.replace("\r\n", "\n"));

    // 2. RSA and Ed25519 on one message.
    let m = original(good, "Two signatures", "dual");
    let rsa_sig = sign_rsa("good.msg.test", "rsa", "rsa2048.pem", relaxed, &m);
    let ed_sig = DkimSigner::from_key(ed())
        .domain("good.msg.test")
        .selector("ed")
        .headers(SIGNED)
        .sign(m.as_bytes())
        .unwrap()
        .to_header();
    write(
        "rsa-and-ed25519.eml",
        &delivered(
            "bounce@good.msg.test",
            "192.0.2.25",
            "mail.good.msg.test",
            &format!("{ed_sig}{rsa_sig}{m}"),
        ),
    );

    // 3. The body changed after signing; sent from an IP outside the SPF.
    let m = original(good, "Changed on the way", "changed");
    let sig = sign_rsa("good.msg.test", "rsa", "rsa2048.pem", relaxed, &m);
    let changed = m.replace("newsletter is out", "newsletter is OUT NOW");
    write(
        "body-changed.eml",
        &delivered(
            "bounce@good.msg.test",
            "203.0.113.99",
            "relay.elsewhere.test",
            &format!("{sig}{changed}"),
        ),
    );

    // 4. A vendor that signs and bounces with its own domain.
    let m = original(good, "Sent through a vendor", "vendor");
    let sig = sign_rsa("vendor.msg.test", "esp", "rsa2048.pem", relaxed, &m);
    write(
        "vendor-own-domain.eml",
        &delivered(
            "bounces+123@vendor.msg.test",
            "198.51.100.7",
            "out.vendor.msg.test",
            &format!("{sig}{m}"),
        ),
    );

    // 5. A selector with no key published.
    let m = original(good, "Unpublished key", "nokey");
    let sig = sign_rsa("good.msg.test", "missing", "rsa2048.pem", relaxed, &m);
    write(
        "key-not-published.eml",
        &delivered(
            "bounce@good.msg.test",
            "203.0.113.99",
            "relay.elsewhere.test",
            &format!("{sig}{m}"),
        ),
    );

    // 6. Relaxed and simple canonicalization, the header re-folded and
    //    spaced after signing: relaxed survives, simple does not.
    for (name, c) in [
        ("relaxed-refolded.eml", relaxed),
        ("simple-refolded.eml", simple),
    ] {
        let m = original(good, "Folded later", name.trim_end_matches(".eml"));
        let sig = sign_rsa("good.msg.test", "rsa", "rsa2048.pem", c, &m);
        let refolded = m.replace("Subject: Folded later", "Subject:  Folded\r\n  later");
        write(
            name,
            &delivered(
                "bounce@good.msg.test",
                "203.0.113.99",
                "relay.elsewhere.test",
                &format!("{sig}{refolded}"),
            ),
        );
    }

    // 7. An expired signature (x= one second after t=).
    let m = original(good, "Expired", "expired");
    let sig = DkimSigner::from_key(rsa("rsa2048.pem"))
        .domain("good.msg.test")
        .selector("rsa")
        .headers(SIGNED)
        .expiration(1)
        .sign(m.as_bytes())
        .unwrap()
        .to_header();
    write(
        "expired.eml",
        &delivered(
            "bounce@good.msg.test",
            "203.0.113.99",
            "relay.elsewhere.test",
            &format!("{sig}{m}"),
        ),
    );

    // 8. A key shorter than 1024 bits, and a revoked one.
    let m = original(good, "Short key", "short");
    let sig = sign_rsa("good.msg.test", "short", "rsa512.pem", relaxed, &m);
    write(
        "key-too-short.eml",
        &delivered(
            "bounce@good.msg.test",
            "203.0.113.99",
            "relay.elsewhere.test",
            &format!("{sig}{m}"),
        ),
    );
    let m = original(good, "Revoked key", "revoked");
    let sig = sign_rsa("good.msg.test", "revoked", "rsa2048.pem", relaxed, &m);
    write(
        "key-revoked.eml",
        &delivered(
            "bounce@good.msg.test",
            "203.0.113.99",
            "relay.elsewhere.test",
            &format!("{sig}{m}"),
        ),
    );

    // 9. Forwarded through a list that adds a footer and seals with ARC.
    let m = original(good, "To the list", "forwarded");
    let sig = sign_rsa("good.msg.test", "rsa", "rsa2048.pem", relaxed, &m);
    let at_list = format!(
        "Received: from mail.good.msg.test (mail.good.msg.test [192.0.2.25])\r\n\tby mx.list.msg.test with ESMTPS id 77b;\r\n\tSat, 28 Nov 2026 10:00:02 +0000\r\n{sig}{}\r\n-- \r\nYou are on the readers list of list.msg.test\r\n",
        m
    );
    let rsa_pub = "v=DKIM1; k=rsa; p=".to_string() + &spki_b64();
    let zone = Zone(HashMap::from([(
        "rsa._domainkey.good.msg.test.".into(),
        Txt::DomainKey(Arc::new(DomainKey::parse(rsa_pub.as_bytes()).unwrap())),
    )]));
    let parsed = AuthenticatedMessage::parse(at_list.as_bytes()).unwrap();
    let auth = MessageAuthenticator::new_doh("http://127.0.0.1:9/unused");
    let (dkim, arc) = futures::executor::block_on(async {
        (
            auth.verify_dkim(Parameters::new(&parsed).with_txt_cache(&zone))
                .await,
            auth.verify_arc(Parameters::new(&parsed).with_txt_cache(&zone))
                .await,
        )
    });
    let results = AuthenticationResults::new("mx.list.msg.test").with_dkim_results(&dkim, good);
    let set = ArcSealer::from_key(rsa("rsa2048.pem"))
        .domain("list.msg.test")
        .selector("arc")
        .headers(["From", "To", "Subject", "DKIM-Signature"])
        .seal(&parsed, &results, &arc)
        .unwrap();
    let sealed = format!("{}{at_list}", set.to_header());
    write(
        "forwarded-arc.eml",
        &delivered(
            "readers-bounces@list.msg.test",
            "203.0.113.5",
            "mx.list.msg.test",
            &sealed,
        ),
    );

    // 12. Not a message.
    write(
        "not-a-message.txt",
        "Remember to renew the domain before December.\nThe invoice is in the shared folder.\n",
    );
}

/// The RSA 2048 test key's public half, as published in the zone.
fn spki_b64() -> String {
    let zone = std::fs::read_to_string(root().join("tests/dns/test.zone")).unwrap();
    let line = zone
        .lines()
        .find(|l| l.starts_with("rsa._domainkey.good.msg"))
        .expect("the msg.test records are in the zone");
    line.split('"')
        .skip(1)
        .step_by(2)
        .collect::<String>()
        .split("p=")
        .nth(1)
        .unwrap()
        .to_string()
}

/// A marketing message of good.msg.test with `extra` header fields (the
/// unsubscribe fields) after Message-ID.
fn marketing(id: &str, extra: &str) -> String {
    format!(
        "From: Good News <news@good.msg.test>\r\nTo: reader@receiver.test\r\nSubject: December offers\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\nMessage-ID: <{id}@msg.test>\r\n{extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{}",
        body()
    )
}

/// The trace field the receiving server adds, received `with` a protocol.
fn received_with(ip: &str, helo: &str, with: &str, rest: &str) -> String {
    format!(
        "Return-Path: <bounce@good.msg.test>\r\nReceived: from {helo} ({helo} [{ip}])\r\n\tby mx.receiver.test with {with} id 7Bq1;\r\n\tSat, 28 Nov 2026 10:00:07 +0000\r\n{rest}"
    )
}

fn sign_headers(headers: &[&str], msg: &str) -> String {
    DkimSigner::from_key(rsa("rsa2048.pem"))
        .domain("good.msg.test")
        .selector("rsa")
        .headers(headers.iter().copied())
        .header_canonicalization(Canonicalization::Relaxed)
        .body_canonicalization(Canonicalization::Relaxed)
        .sign(msg.as_bytes())
        .unwrap()
        .to_header()
}

/// The messages of the sender-requirements checklist (`bulk-*.eml`):
/// one-click unsubscribe signed or not, `mailto:` only, without TLS, and
/// from an IP whose reverse name is not confirmed (tests/dns/reverse.zone).
#[test]
#[ignore = "remakes the committed fixtures"]
fn write_requirement_fixtures() {
    let one_click = "List-Unsubscribe: <mailto:unsubscribe@good.msg.test?subject=stop>,\r\n <https://good.msg.test/unsubscribe/opaque-42>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    let with_unsub = [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "List-Unsubscribe",
        "List-Unsubscribe-Post",
    ];
    let signed = |id: &str, extra: &str, headers: &[&str]| {
        let m = marketing(id, extra);
        format!("{}{m}", sign_headers(headers, &m))
    };
    // 1. Everything met: one-click, both fields signed, TLS, confirmed PTR.
    write(
        "bulk-one-click.eml",
        &received_with(
            "192.0.2.25",
            "mail.good.msg.test",
            "ESMTPS",
            &signed("one-click", one_click, &with_unsub),
        ),
    );
    // 2. The unsubscribe fields are there but outside h=.
    write(
        "bulk-unsubscribe-unsigned.eml",
        &received_with(
            "192.0.2.25",
            "mail.good.msg.test",
            "ESMTPS",
            &signed("unsigned", one_click, &SIGNED),
        ),
    );
    // 3. mailto: only.
    write(
        "bulk-mailto-only.eml",
        &received_with(
            "192.0.2.25",
            "mail.good.msg.test",
            "ESMTPS",
            &signed(
                "mailto",
                "List-Unsubscribe: <mailto:unsubscribe@good.msg.test?subject=stop>\r\n",
                &with_unsub[..6],
            ),
        ),
    );
    // 4. Received without TLS.
    write(
        "bulk-no-tls.eml",
        &received_with(
            "192.0.2.25",
            "mail.good.msg.test",
            "ESMTP",
            &signed("no-tls", one_click, &with_unsub),
        ),
    );
    // 5. From 192.0.2.26, whose PTR name points elsewhere.
    write(
        "bulk-rdns-unconfirmed.eml",
        &received_with(
            "192.0.2.26",
            "out2.good.msg.test",
            "ESMTPS",
            &signed("rdns", one_click, &with_unsub),
        ),
    );
}
