//! `selo generate`: records from options, built through the engine's typed
//! models (an illegal value is refused before anything is written), then
//! checked by the engine's lint, whose advice goes to standard error.

use crate::Failure;
use crate::texts;
use clap::{Args, Subcommand, ValueEnum};
use selo::dkim::{DkimKey, KeyChoice, Selector};
use selo::dmarc::{Alignment, Dmarc, FailureOption, Policy, Psd, ReportAuth};
use selo::mta_sts::{MaxAge, Mode, MtaStsPolicy, MtaStsRecord, MxPattern, StsId};
use selo::spf::{DomainSpec, Ip4Network, Ip6Network, Qualifier, Spf};
use selo::{DomainName, Lang, Localized, RecordType, Severity, Text};
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;

/// The record types `selo generate` writes.
#[derive(Subcommand, Debug)]
pub(crate) enum GenerateCommand {
    /// DMARC policy record at _dmarc.<domain> (RFC 9989).
    Dmarc(DmarcArgs),
    /// External report authorization at <domain>._report._dmarc.<destination>.
    DmarcReportAuth(ReportAuthArgs),
    /// SPF record at <domain> (RFC 7208).
    Spf(SpfArgs),
    /// DKIM key record at <selector>._domainkey.<domain>, from a public key
    /// or from a key pair made here (RFC 6376, 8301, 8463).
    Dkim(DkimArgs),
    /// BIMI record at <selector>._bimi.<domain>.
    Bimi(BimiArgs),
    /// MTA-STS TXT record at _mta-sts.<domain> (RFC 8461 3.1).
    MtaSts(MtaStsArgs),
    /// MTA-STS policy file for https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 3.2).
    MtaStsPolicy(PolicyArgs),
    /// TLS-RPT record at _smtp._tls.<domain> (RFC 8460 3).
    TlsRpt(TlsRptArgs),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutFormat {
    /// The record value alone.
    Value,
    /// A zone-file line, strings split at 255 bytes.
    Zone,
    /// {"name", "type", "value", "strings", "zone"}.
    Json,
}

#[derive(Args, Debug)]
pub(crate) struct Common {
    /// The domain the record protects.
    #[arg(long, value_parser = domain)]
    domain: DomainName,
    /// Output form.
    #[arg(long, short = 'f', default_value = "value")]
    format: OutFormat,
    /// TTL written in the zone-file line, in seconds.
    #[arg(long, default_value_t = 3600)]
    ttl: u32,
}

fn domain(s: &str) -> Result<DomainName, String> {
    DomainName::try_from(s).map_err(|e| e.message_in(crate::lang()))
}

/// Adapts an engine newtype's `TryFrom<&str>` to a clap value parser, so
/// an illegal value is refused with the engine's own explanation.
macro_rules! via {
    ($t:ty) => {
        |s: &str| <$t>::try_from(s).map_err(|e| e.message_in(crate::lang()))
    };
}

#[derive(Args, Debug)]
pub(crate) struct DmarcArgs {
    #[command(flatten)]
    common: Common,
    /// p: what receivers do with mail that fails DMARC (none, quarantine, reject).
    #[arg(long, default_value = "none", value_parser = via!(Policy))]
    p: Policy,
    /// sp: policy for subdomains (default: p).
    #[arg(long, value_parser = via!(Policy))]
    sp: Option<Policy>,
    /// np: policy for non-existent subdomains (default: sp, then p).
    #[arg(long, value_parser = via!(Policy))]
    np: Option<Policy>,
    /// psd: y if this is a public suffix domain, n if not, u unknown (default).
    #[arg(long, value_parser = via!(Psd))]
    psd: Option<Psd>,
    /// t: y asks receivers to apply one step less than p while you test.
    #[arg(long, value_parser = ["y", "n"])]
    t: Option<String>,
    /// adkim: DKIM alignment, r (relaxed, default) or s (strict).
    #[arg(long, value_parser = via!(Alignment))]
    adkim: Option<Alignment>,
    /// aspf: SPF alignment, r (relaxed, default) or s (strict).
    #[arg(long, value_parser = via!(Alignment))]
    aspf: Option<Alignment>,
    /// fo: failure reporting options (0, 1, d, s); repeat or join with ':'.
    #[arg(long)]
    fo: Vec<String>,
    /// rua: where aggregate reports go (mailto:addr or addr); repeat for more.
    #[arg(long)]
    rua: Vec<String>,
    /// ruf: where failure reports go (mailto:addr or addr); repeat for more.
    #[arg(long)]
    ruf: Vec<String>,
}

#[derive(Args, Debug)]
pub(crate) struct ReportAuthArgs {
    #[command(flatten)]
    common: Common,
    /// The domain that receives the reports (where this record is published).
    #[arg(long, value_parser = domain)]
    destination: DomainName,
}

#[derive(Args, Debug)]
pub(crate) struct SpfArgs {
    #[command(flatten)]
    common: Common,
    /// ip4: an IPv4 address or network allowed to send (192.0.2.0/24); repeat for more.
    #[arg(long, value_parser = via!(Ip4Network))]
    ip4: Vec<Ip4Network>,
    /// ip6: an IPv6 address or network allowed to send; repeat for more.
    #[arg(long, value_parser = via!(Ip6Network))]
    ip6: Vec<Ip6Network>,
    /// a: the A/AAAA addresses of this domain (no value) or of another one.
    #[arg(long, num_args = 0..=1, default_missing_value = "")]
    a: Vec<String>,
    /// mx: the mail servers of this domain (no value) or of another one.
    #[arg(long, num_args = 0..=1, default_missing_value = "")]
    mx: Vec<String>,
    /// include: a sender's SPF record (_spf.google.com); repeat for more.
    #[arg(long, value_parser = via!(DomainSpec))]
    include: Vec<DomainSpec>,
    /// exists: a domain whose existence allows the sender (macros allowed).
    #[arg(long, value_parser = via!(DomainSpec))]
    exists: Vec<DomainSpec>,
    /// redirect: use another domain's SPF record when nothing here matches.
    #[arg(long, value_parser = via!(DomainSpec))]
    redirect: Option<DomainSpec>,
    /// The last word for everyone else: fail (-all), softfail (~all),
    /// neutral (?all) or pass (+all, never wise). Default fail, or nothing
    /// when --redirect is given.
    #[arg(long)]
    all: Option<AllArg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum AllArg {
    Pass,
    Fail,
    Softfail,
    Neutral,
}

#[derive(Args, Debug)]
pub(crate) struct DkimArgs {
    #[command(flatten)]
    common: Common,
    /// The selector (the record is published at <selector>._domainkey.<domain>).
    #[arg(long, value_parser = via!(Selector))]
    selector: Selector,
    /// A public key to publish: a PEM file (BEGIN PUBLIC KEY) or the base64 of p=; `-` for standard input.
    #[arg(long, conflicts_with_all = ["bits", "private_key_out"])]
    public_key: Option<PathBuf>,
    /// The key type of a new key pair: rsa (default) or ed25519. A given
    /// public key's type is read from the key; if this is given too, the
    /// two must agree.
    #[arg(long)]
    key_type: Option<KeyTypeArg>,
    /// RSA key size when making a key pair: 1024 (weak), 2048 or 4096.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["1024", "2048", "4096"]))]
    bits: Option<String>,
    /// Where to write the private key (PKCS#8 PEM) of a new key pair; the
    /// file is created with mode 600 and never overwritten.
    #[arg(long)]
    private_key_out: Option<PathBuf>,
    /// t=y: tell verifiers the key is being tested.
    #[arg(long)]
    testing: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum KeyTypeArg {
    Rsa,
    Ed25519,
}

#[derive(Args, Debug)]
pub(crate) struct BimiArgs {
    #[command(flatten)]
    common: Common,
    /// The selector (default: default).
    #[arg(long, default_value = "default", value_parser = via!(Selector))]
    selector: Selector,
    /// l: HTTPS URL of the logo (SVG Tiny PS).
    #[arg(long, required_unless_present = "decline", value_parser = via!(selo::bimi::HttpsUrl))]
    logo: Option<selo::bimi::HttpsUrl>,
    /// a: HTTPS URL of the mark certificate (VMC or CMC, PEM).
    #[arg(long, value_parser = via!(selo::bimi::HttpsUrl))]
    evidence: Option<selo::bimi::HttpsUrl>,
    /// Publish the declination record (no logo for this domain).
    #[arg(long, conflicts_with_all = ["logo", "evidence"])]
    decline: bool,
}

#[derive(Args, Debug)]
pub(crate) struct MtaStsArgs {
    #[command(flatten)]
    common: Common,
    /// id: change it whenever the policy file changes (default: now, as YYYYMMDDTHHMMSS).
    #[arg(long, value_parser = via!(StsId))]
    id: Option<StsId>,
}

#[derive(Args, Debug)]
pub(crate) struct PolicyArgs {
    /// The domain the policy protects.
    #[arg(long, value_parser = domain)]
    domain: DomainName,
    /// mode: testing (report only), enforce, or none (withdraw the policy).
    #[arg(long, default_value = "testing")]
    mode: ModeArg,
    /// mx: a mail server name or *.wildcard pattern; repeat for each MX.
    /// A final dot (mail.example.com.) is removed.
    #[arg(long, value_parser = |s: &str| MxPattern::read(s).map_err(|e| e.message_in(crate::lang())))]
    mx: Vec<(MxPattern, Option<Text>)>,
    /// max_age: how long senders cache the policy, in seconds (max 31557600).
    #[arg(long, default_value_t = 604800)]
    max_age: u64,
    /// Output: the file body (value) or JSON with the URL to serve it at.
    #[arg(long, short = 'f', default_value = "value")]
    format: OutFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ModeArg {
    Testing,
    Enforce,
    None,
}

#[derive(Args, Debug)]
pub(crate) struct TlsRptArgs {
    #[command(flatten)]
    common: Common,
    /// rua: where TLS reports go (mailto:addr or https://...); repeat for more.
    #[arg(long, required = true, value_parser = via!(selo::tls_rpt::ReportUri))]
    rua: Vec<selo::tls_rpt::ReportUri>,
}

fn mailto(s: &str) -> Result<selo::dmarc::ReportUri, Failure> {
    selo::dmarc::ReportUri::from_input(s)
        .map_err(|e| Failure::Message(format!("{s:?}: {}", e.message_in(crate::lang()))))
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// One record to print.
struct Output {
    name: String,
    kind: RecordType,
    value: String,
}

fn emit(outputs: &[Output], format: OutFormat, ttl: u32, lang: Lang) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        OutFormat::Value => {
            for o in outputs {
                writeln!(out, "{}", o.value)?;
            }
        }
        OutFormat::Zone => {
            for o in outputs {
                writeln!(out, "{}", selo::txt::zone_line(&o.name, ttl, &o.value))?;
            }
        }
        OutFormat::Json => {
            let objs: Vec<_> = outputs
                .iter()
                .map(|o| {
                    json!({
                        "name": o.name,
                        "type": "TXT",
                        "value": o.value,
                        "strings": selo::txt::split_strings(&o.value),
                        "zone": selo::txt::zone_line(&o.name, ttl, &o.value),
                        "record_type": o.kind.as_str(),
                    })
                })
                .collect();
            let v = if objs.len() == 1 {
                objs.into_iter().next().unwrap()
            } else {
                json!(objs)
            };
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
    }
    drop(out);
    lint(outputs, format, lang)
}

/// The engine's advice about what was generated, on standard error. An
/// error here would be a bug in Selo: refuse to print a broken record.
fn lint(outputs: &[Output], format: OutFormat, lang: Lang) -> Result<(), Failure> {
    for o in outputs {
        let v = selo::validate(&o.value, Some(o.kind));
        for d in &v.diagnostics {
            // The zone-file line and the JSON strings are split already.
            if format != OutFormat::Value && d.code.ends_with("::needs-splitting") {
                continue;
            }
            if d.severity == Severity::Error {
                return Err(Failure::Message(
                    texts::GENERATED_INVALID
                        .fill(lang, &[("code", d.code), ("why", &d.message_in(lang))]),
                ));
            }
            // Advice only: a closed standard error must not stop the record.
            let _ = writeln!(
                std::io::stderr(),
                "{}[{}]: {}",
                d.severity,
                d.code,
                d.message_in(lang)
            );
        }
    }
    Ok(())
}

pub(crate) fn run(cmd: &GenerateCommand, lang: Lang) -> Result<(), Failure> {
    match cmd {
        GenerateCommand::Dmarc(a) => {
            let record = Dmarc {
                policy: Some(a.p),
                subdomain_policy: a.sp,
                nonexistent_policy: a.np,
                psd: a.psd,
                testing: a.t.as_deref().map(|t| t == "y"),
                adkim: a.adkim,
                aspf: a.aspf,
                failure_options: FailureOption::list(&a.fo.join(":")).map_err(crate::said)?,
                rua: a.rua.iter().map(|s| mailto(s)).collect::<Result<_, _>>()?,
                ruf: a.ruf.iter().map(|s| mailto(s)).collect::<Result<_, _>>()?,
                other: Vec::new(),
            };
            let d = &a.common.domain;
            let mut outputs = vec![Output {
                name: selo::dmarc::owner_name(d).map_err(crate::said)?.to_string(),
                kind: RecordType::Dmarc,
                value: record.to_string(),
            }];
            // Reports sent to another domain need that domain's consent.
            for dest in selo::dmarc::external_destinations(&record, d) {
                outputs.push(Output {
                    name: selo::dmarc::report_auth_owner(d, &dest)
                        .map_err(crate::said)?
                        .to_string(),
                    kind: RecordType::DmarcReportAuth,
                    value: ReportAuth::default().to_string(),
                });
            }
            emit(&outputs, a.common.format, a.common.ttl, lang)
        }
        GenerateCommand::DmarcReportAuth(a) => emit(
            &[Output {
                name: selo::dmarc::report_auth_owner(&a.common.domain, &a.destination)
                    .map_err(crate::said)?
                    .to_string(),
                kind: RecordType::DmarcReportAuth,
                value: ReportAuth::default().to_string(),
            }],
            a.common.format,
            a.common.ttl,
            lang,
        ),
        GenerateCommand::Spf(a) => {
            let mut b = Spf::builder();
            for n in &a.ip4 {
                b = b.ip4(*n);
            }
            for n in &a.ip6 {
                b = b.ip6(*n);
            }
            for d in &a.a {
                b = if d.is_empty() {
                    b.a()
                } else {
                    b.a_at(DomainSpec::try_from(d.as_str())?)
                };
            }
            for d in &a.mx {
                b = if d.is_empty() {
                    b.mx()
                } else {
                    b.mx_at(DomainSpec::try_from(d.as_str())?)
                };
            }
            for d in &a.include {
                b = b.include(d.clone());
            }
            for d in &a.exists {
                b = b.exists(d.clone());
            }
            let all = match (a.all, &a.redirect) {
                (Some(q), _) => Some(q),
                (None, Some(_)) => None,
                (None, None) => Some(AllArg::Fail),
            };
            if let Some(q) = all {
                b = b.all(match q {
                    AllArg::Pass => Qualifier::Pass,
                    AllArg::Fail => Qualifier::Fail,
                    AllArg::Softfail => Qualifier::SoftFail,
                    AllArg::Neutral => Qualifier::Neutral,
                });
            }
            if let Some(r) = &a.redirect {
                b = b.redirect(r.clone());
            }
            emit(
                &[Output {
                    name: selo::spf::owner_name(&a.common.domain).to_string(),
                    kind: RecordType::Spf,
                    value: b.build().to_string(),
                }],
                a.common.format,
                a.common.ttl,
                lang,
            )
        }
        GenerateCommand::Dkim(a) => {
            let mut key = match &a.public_key {
                Some(path) => public_key(path, a.key_type, lang)?,
                None => new_key_pair(a)?,
            };
            if a.testing {
                key.flags.push(selo::dkim::Flag::Testing);
            }
            emit(
                &[Output {
                    name: selo::dkim::owner_name(&a.selector, &a.common.domain)
                        .map_err(crate::said)?
                        .to_string(),
                    kind: RecordType::Dkim,
                    value: key.to_string(),
                }],
                a.common.format,
                a.common.ttl,
                lang,
            )
        }
        GenerateCommand::Bimi(a) => {
            let record = if a.decline {
                selo::bimi::Bimi::declination()
            } else {
                let logo = a.logo.clone().ok_or_else(|| {
                    Failure::Message(texts::LOGO_REQUIRED.get(crate::lang()).into())
                })?;
                let mut r = selo::bimi::Bimi::logo(logo);
                if let Some(e) = &a.evidence {
                    r = r.with_evidence(e.clone());
                }
                r
            };
            emit(
                &[Output {
                    name: selo::bimi::owner_name(&a.selector, &a.common.domain)
                        .map_err(crate::said)?
                        .to_string(),
                    kind: RecordType::Bimi,
                    value: record.to_string(),
                }],
                a.common.format,
                a.common.ttl,
                lang,
            )
        }
        GenerateCommand::MtaSts(a) => {
            let id = a.id.clone().unwrap_or_else(|| selo::mta_sts::new_id(now()));
            emit(
                &[Output {
                    name: selo::mta_sts::record_owner(&a.common.domain)?.to_string(),
                    kind: RecordType::MtaSts,
                    value: MtaStsRecord::new(id).to_string(),
                }],
                a.common.format,
                a.common.ttl,
                lang,
            )
        }
        GenerateCommand::MtaStsPolicy(a) => {
            let mode = match a.mode {
                ModeArg::Testing => Mode::Testing,
                ModeArg::Enforce => Mode::Enforce,
                ModeArg::None => Mode::None,
            };
            let max_age = MaxAge::try_from(a.max_age).map_err(crate::said)?;
            let mut policy = MtaStsPolicy::new(mode, max_age);
            for (mx, note) in &a.mx {
                if let Some(note) = note {
                    let _ = writeln!(std::io::stderr(), "note: {mx}: {}", note.get(lang));
                }
                policy = policy.with_mx(mx.clone());
            }
            policy.check().map_err(crate::said)?;
            let body = policy.to_string();
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            match a.format {
                OutFormat::Json => {
                    serde_json::to_writer_pretty(
                        &mut out,
                        &json!({
                            "url": selo::mta_sts::policy_url(&a.domain)?,
                            "type": "mta-sts-policy",
                            "content_type": "text/plain",
                            "value": body,
                        }),
                    )?;
                    writeln!(out)?;
                }
                OutFormat::Value | OutFormat::Zone => out.write_all(body.as_bytes())?,
            }
            drop(out);
            lint(
                &[Output {
                    name: selo::mta_sts::policy_url(&a.domain)?,
                    kind: RecordType::MtaStsPolicy,
                    value: body,
                }],
                a.format,
                lang,
            )
        }
        GenerateCommand::TlsRpt(a) => {
            let mut it = a.rua.iter().cloned();
            let first = it
                .next()
                .ok_or_else(|| Failure::Message(texts::RUA_REQUIRED.get(crate::lang()).into()))?;
            let record = it.fold(selo::tls_rpt::TlsRpt::new(first), |r, u| r.with_rua(u));
            emit(
                &[Output {
                    name: selo::tls_rpt::owner_name(&a.common.domain)?.to_string(),
                    kind: RecordType::TlsRpt,
                    value: record.to_string(),
                }],
                a.common.format,
                a.common.ttl,
                lang,
            )
        }
    }
}

/// Reads a public key in any form the engine reads a pasted one: PEM, the
/// base64 of `p=`, or a whole record.
fn public_key(path: &PathBuf, kind: Option<KeyTypeArg>, lang: Lang) -> Result<DkimKey, Failure> {
    let (name, text) = crate::read_text(Some(path))?;
    let key = DkimKey::from_pasted(&text)
        .map_err(|e| Failure::Message(format!("{name}: {}", e.message_in(lang))))?;
    let want = kind.map(|k| match k {
        KeyTypeArg::Rsa => selo::dkim::KeyType::Rsa,
        KeyTypeArg::Ed25519 => selo::dkim::KeyType::Ed25519,
    });
    match want {
        Some(want) if want != key.effective_key_type() => {
            Err(Failure::Message(texts::KEY_TYPE_MISMATCH.fill(
                lang,
                &[
                    ("name", &name),
                    ("have", key.effective_key_type().as_str()),
                    ("want", want.as_str()),
                ],
            )))
        }
        _ => Ok(key),
    }
}

/// Makes a key pair with the operating system's random numbers, writes the
/// private key, and returns the public record.
fn new_key_pair(a: &DkimArgs) -> Result<DkimKey, Failure> {
    use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
    let out = a
        .private_key_out
        .as_ref()
        .ok_or_else(|| Failure::Message(texts::KEY_PAIR_NEEDS_OUT.get(crate::lang()).into()))?;
    let bits: Option<u32> = a.bits.as_deref().map(str::parse).transpose()?;
    let choice = match (a.key_type.unwrap_or(KeyTypeArg::Rsa), bits) {
        (KeyTypeArg::Rsa, None) => KeyChoice::default(),
        (KeyTypeArg::Rsa, Some(b)) => KeyChoice::rsa(b).ok_or_else(|| {
            Failure::Message(texts::BAD_BITS.fill(crate::lang(), &[("bits", &b.to_string())]))
        })?,
        (KeyTypeArg::Ed25519, None) => KeyChoice::Ed25519,
        (KeyTypeArg::Ed25519, Some(_)) => {
            return Err(Failure::Message(
                texts::BITS_RSA_ONLY.get(crate::lang()).into(),
            ));
        }
    };
    let (pem, key) = match choice.rsa_bits() {
        Some(bits) => {
            let mut rng = rsa::rand_core::UnwrapErr(getrandom::SysRng);
            let private = rsa::PrivateKey::new(&mut rng, bits as usize).map_err(|e| {
                Failure::Message(texts::RSA_FAILED.fill(crate::lang(), &[("why", &e.to_string())]))
            })?;
            let der = private.to_public_key().to_public_key_der()?;
            let key = DkimKey::rsa_from_spki_der(der.as_bytes())?;
            (private.to_pkcs8_pem(LineEnding::LF)?.to_string(), key)
        }
        None => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| {
                Failure::Message(texts::NO_RANDOM.fill(crate::lang(), &[("why", &e.to_string())]))
            })?;
            let signing = ed25519_dalek::SigningKey::from_bytes(&seed);
            // PKCS#8 v1 (RFC 8410 7) without the public key: OpenSSL 3.0,
            // and so OpenDKIM and most signers, refuse the v2 form.
            let bytes = ed25519_dalek::pkcs8::KeypairBytes {
                secret_key: seed,
                public_key: None,
            };
            let pem = bytes.to_pkcs8_pem(LineEnding::LF)?.to_string();
            (
                pem,
                DkimKey::ed25519_from_raw(&signing.verifying_key().to_bytes()),
            )
        }
    };
    write_private(out, pem.as_bytes())?;
    Ok(key)
}

fn write_private(path: &PathBuf, bytes: &[u8]) -> Result<(), Failure> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).map_err(|e| {
        let lang = crate::lang();
        Failure::Message(texts::CANNOT_CREATE.fill(
            lang,
            &[
                ("file", &path.display().to_string()),
                ("why", &texts::io_why(&e, lang)),
            ],
        ))
    })?;
    f.write_all(bytes)?;
    let note =
        texts::PRIVATE_KEY_WRITTEN.fill(crate::lang(), &[("path", &path.display().to_string())]);
    // A note only: a closed standard error must not stop the record.
    let _ = writeln!(std::io::stderr(), "{note}");
    Ok(())
}
