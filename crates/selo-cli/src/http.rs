//! The command's HTTP client for `selo check`: the DNS-over-HTTPS GETs and
//! the MTA-STS policy fetch, over reqwest (rustls, Mozilla's roots plus an
//! optional extra CA). Every request has its own timeout; redirects are
//! refused; nothing is cached; bodies are capped.

use crate::Failure;
use selo::dns::{HttpError, HttpGet, HttpResponse, QueryType, Rdata, Resolver};
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::time::Duration;

/// The largest body read: a DNS message is at most 65535 bytes, an MTA-STS
/// policy at most 64 KiB (RFC 8461 3.2).
const MAX_BODY: usize = 64 * 1024;

/// The settings every client shares.
#[derive(Clone)]
pub(crate) struct Http {
    client: reqwest::Client,
    timeout: Duration,
    ca: Option<reqwest::Certificate>,
}

impl Http {
    /// A client with `timeout` per request, trusting Mozilla's roots and, when
    /// given, the PEM certificate(s) in `ca_file` (a private CA).
    pub(crate) fn new(timeout: Duration, ca_file: Option<&Path>) -> Result<Self, Failure> {
        let ca = match ca_file {
            None => None,
            Some(p) => {
                let pem = std::fs::read(p).map_err(|e| crate::cannot_read(p, &e))?;
                let cert = reqwest::Certificate::from_pem(&pem).map_err(|e| {
                    Failure::Message(crate::texts::NOT_PEM.fill(
                        crate::lang(),
                        &[("file", &p.display().to_string()), ("why", &e.to_string())],
                    ))
                })?;
                Some(cert)
            }
        };
        let mut http = Http {
            client: reqwest::Client::new(),
            timeout,
            ca,
        };
        http.client = http.builder().build().map_err(|e| {
            Failure::Message(
                crate::texts::NO_HTTP_CLIENT.fill(crate::lang(), &[("why", &e.to_string())]),
            )
        })?;
        Ok(http)
    }

    fn builder(&self) -> reqwest::ClientBuilder {
        let mut b = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .user_agent(concat!("selo/", env!("CARGO_PKG_VERSION")));
        if let Some(ca) = &self.ca {
            b = b.add_root_certificate(ca.clone());
        }
        b
    }
}

impl HttpGet for Http {
    async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError> {
        fetch(&self.client, url, accept).await
    }
}

/// The policy fetch: the host name is resolved through the check's own
/// resolver (the DNS the check reports on), not the system's.
pub(crate) struct ResolvingHttp<'a, R: Resolver> {
    pub(crate) http: &'a Http,
    pub(crate) resolver: &'a R,
}

impl<R: Resolver> HttpGet for ResolvingHttp<'_, R> {
    async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError> {
        let parsed = reqwest::Url::parse(url)
            .map_err(|e| HttpError::Network(format!("{url} is not a URL: {e}")))?;
        let Some(host) = parsed.host_str().map(str::to_string) else {
            return Err(HttpError::Network(format!("{url} has no host")));
        };
        if host.trim_matches(['[', ']']).parse::<IpAddr>().is_ok() {
            return fetch(&self.http.client, url, accept).await;
        }
        let port = parsed.port_or_known_default().unwrap_or(443);
        let (a, aaaa) = tokio::join!(
            self.resolver.lookup(&host, QueryType::A),
            self.resolver.lookup(&host, QueryType::Aaaa)
        );
        let addrs: Vec<SocketAddr> = a
            .records()
            .iter()
            .chain(aaaa.records())
            .filter_map(|r| match r {
                Rdata::A(ip) => Some(SocketAddr::new(IpAddr::V4(*ip), port)),
                Rdata::Aaaa(ip) => Some(SocketAddr::new(IpAddr::V6(*ip), port)),
                _ => None,
            })
            .collect();
        if addrs.is_empty() {
            let why = match (a.error(), aaaa.error()) {
                (Some(e), _) | (None, Some(e)) => format!("its address lookup failed: {e}"),
                (None, None) => "it has no address (no A or AAAA record)".to_string(),
            };
            return Err(HttpError::Network(format!("cannot reach {host}: {why}")));
        }
        let client = self
            .http
            .builder()
            .resolve_to_addrs(&host, &addrs)
            .build()
            .map_err(|e| HttpError::Network(format!("cannot set up the HTTP client: {e}")))?;
        fetch(&client, url, accept).await
    }
}

async fn fetch(
    client: &reqwest::Client,
    url: &str,
    accept: &str,
) -> Result<HttpResponse, HttpError> {
    let mut resp = client
        .get(url)
        .header(reqwest::header::ACCEPT, accept)
        .header(reqwest::header::CACHE_CONTROL, "no-cache")
        .send()
        .await
        .map_err(classify)?;
    let status = resp.status();
    if status.is_redirection() {
        return Err(HttpError::Redirect);
    }
    if resp.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(HttpError::TooLarge);
    }
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(classify)? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(HttpError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(HttpResponse {
        status: status.as_u16(),
        content_type,
        body,
    })
}

/// A reqwest error in the engine's words: the deepest cause (what the
/// operating system or the TLS library said, e.g. "Connection refused (os
/// error 111)"), without the request's URL, which the finding names already.
fn classify(e: reqwest::Error) -> HttpError {
    if e.is_timeout() {
        return HttpError::Timeout;
    }
    let e = e.without_url();
    let mut chain = vec![e.to_string()];
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let lower = chain.join(": ").to_ascii_lowercase();
    let detail = chain.last().cloned().unwrap_or_default();
    if lower.contains("timed out") {
        HttpError::Timeout
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
    {
        HttpError::Tls(detail)
    } else {
        HttpError::Network(detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_closed_port_is_a_short_network_error_without_the_url() {
        // Bind, note the port, close: nothing listens there any more.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let http = Http::new(Duration::from_secs(5), None).unwrap();
        let url = format!(
            "http://127.0.0.1:{port}/dns-query?dns=AAABAAABAAAAAAAAB2V4YW1wbGUDY29tAAAQAAE"
        );
        match http.get(&url, "application/dns-message").await {
            Err(HttpError::Network(m)) => {
                assert!(m.to_lowercase().contains("connection refused"), "{m}");
                assert!(!m.contains("dns="), "{m}");
            }
            other => panic!("{other:?}"),
        }
    }
}
