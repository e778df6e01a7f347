//! Tag-by-tag explanation of a TLS-RPT record.

use super::{ReportUri, TlsRpt};
use crate::explain::{entry, extensions};
use crate::{Explanation, Text};

/// Explains a record tag by tag.
///
/// ```
/// let r: selo::tls_rpt::TlsRpt = "v=TLSRPTv1; rua=mailto:a@example.com".parse().unwrap();
/// let e = selo::tls_rpt::explain(&r);
/// assert_eq!(e.len(), 2);
/// assert_eq!(e[1].tag, "rua");
/// ```
pub fn explain(value: &TlsRpt) -> Vec<Explanation> {
    let mut out = vec![
        entry(
            "v",
            "TLSRPTv1".into(),
            Text::new(
                "The version: marks this TXT record as a TLS-RPT record. It must come first.",
                "A versão: identifica este registo TXT como um registo TLS-RPT. Tem de vir em primeiro lugar.",
            ),
            None,
            None,
        ),
        entry(
            "rua",
            value
                .rua
                .iter()
                .map(ReportUri::as_str)
                .collect::<Vec<_>>()
                .join(","),
            Text::new(
                "Where sending servers send their daily reports on TLS connections to your MX hosts: mailto: addresses receive them by email, https: URLs by HTTP POST. Reports show failures that MTA-STS or DANE would otherwise hide.",
                "Para onde os servidores remetentes enviam os relatórios diários sobre as ligações TLS aos seus servidores MX: os endereços mailto: recebem-nos por e-mail, os URL https: por HTTP POST. Os relatórios mostram falhas que o MTA-STS ou o DANE de outro modo esconderiam.",
            ),
            None,
            None,
        ),
    ];
    out.extend(extensions(&value.extensions, Text::new(
                "An extension tag that this version of TLS-RPT does not define; senders ignore it.",
                "Uma etiqueta de extensão que esta versão do TLS-RPT não define; os remetentes ignoram-na.",
            )));
    out
}
