//! Reading what a user pasted: a bare record value, quoted character-strings
//! (`"v=spf1 " "-all"`), or a whole zone-file line
//! (`_dmarc.example.com. 300 IN TXT "v=DMARC1; p=none"`).
//!
//! [`read`] turns the paste into the record value a parser sees, and keeps a
//! map so that every span found in the value can be shown on the pasted text.

use crate::{Diagnostic, Severity, Span, SpecRef};

/// How the text was pasted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// The record value as it is.
    Raw,
    /// One or more quoted character-strings.
    Quoted,
    /// A zone-file (or `dig`) line with owner, TTL, class and type.
    ZoneLine,
}

/// A paste, read.
#[derive(Clone, Debug)]
pub struct Pasted {
    /// The record value: the strings joined with nothing in between.
    pub value: String,
    /// How it was pasted.
    pub form: Form,
    /// The owner name of a zone-file line.
    pub owner: Option<String>,
    /// Where each character-string's content lies in the paste.
    pub strings: Vec<Span>,
    /// Problems with the quoting itself (spans into the paste).
    pub diagnostics: Vec<Diagnostic>,
    /// Where each byte of `value` lies in the paste.
    map: OffsetMap,
}

/// Where the bytes of the value lie in the paste.
#[derive(Clone, Debug)]
enum OffsetMap {
    /// The value is the paste from this offset on, byte for byte.
    Shift(usize),
    /// For each byte of the value (and one past the end): where it starts
    /// and ends in the paste (escapes and quotes make these differ).
    Bytes {
        starts: Vec<usize>,
        ends: Vec<usize>,
    },
}

impl Pasted {
    /// Maps a span into `value` onto the paste.
    ///
    /// ```
    /// use selo::input::read;
    /// let p = read(r#""v=spf1 " "-all""#);
    /// assert_eq!(p.value, "v=spf1 -all");
    /// let s = p.to_paste(selo::Span::new(7, 11));
    /// assert_eq!(&r#""v=spf1 " "-all""#[s.range()], "-all");
    /// ```
    pub fn to_paste(&self, span: Span) -> Span {
        let n = self.value.len();
        let s = span.start.min(n);
        let e = span.end.min(n);
        match &self.map {
            OffsetMap::Shift(by) => Span::new(s, e.max(s)).shift(*by),
            OffsetMap::Bytes { starts, .. } if s >= e => Span::empty(starts[s]),
            OffsetMap::Bytes { starts, ends } => Span::new(starts[s], ends[e - 1]),
        }
    }
}

crate::diagnostic::catalogue! {
    UNTERMINATED = Message {
        code: "input::unterminated-quote",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1035, "5.1")),
        en: "This quoted string has no closing quote.",
        en_help: "Add the closing \" at the end of the string.",
        pt: "Esta cadeia entre aspas não tem aspas de fecho.",
        pt_help: "Acrescente o \" de fecho no fim da cadeia.",
    };

    STRING_TOO_LONG = Message {
        code: "input::string-too-long",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1035, "3.3.14")),
        en: "This character-string holds {len} bytes; one string can hold at most 255, so DNS servers refuse or cut it.",
        en_help: "Split the value into several quoted strings of at most 255 bytes each: receivers join them with nothing in between.",
        pt: "Esta cadeia de caracteres tem {len} bytes; cada cadeia admite no máximo 255, por isso os servidores DNS recusam-na ou cortam-na.",
        pt_help: "Divida o valor em várias cadeias entre aspas com 255 bytes no máximo cada: os recetores juntam-nas sem nada entre elas.",
    };

    TEXT_OUTSIDE_QUOTES = Message {
        code: "input::text-outside-quotes",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1035, "5.1")),
        en: "Text stands outside the quoted strings and is not part of the record.",
        en_help: "Put all of the record inside quotes, or remove this text.",
        pt: "Há texto fora das cadeias entre aspas, que não faz parte do registo.",
        pt_help: "Ponha todo o registo entre aspas ou remova este texto.",
    };

    NOT_UTF8 = Message {
        code: "input::not-utf8",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "3.1")),
        en: "An escaped byte here does not form valid text.",
        en_help: "Records are plain ASCII text; remove the escape.",
        pt: "Um byte escapado aqui não forma texto válido.",
        pt_help: "Os registos são texto ASCII simples; remova o escape.",
    };

    UNKNOWN_TYPE = Message {
        code: "input::unknown-type",
        severity: Severity::Error,
        spec: None,
        en: "This text is not a record Selo recognises: it does not start with v=DMARC1, v=spf1, v=DKIM1, v=BIMI1, v=STSv1 or v=TLSRPTv1, nor is it an MTA-STS policy file.",
        en_help: "Paste the value of a TXT record (or a zone-file line, or the mta-sts.txt file), or choose the type by hand.",
        pt: "Este texto não é um registo que o Selo reconheça: não começa por v=DMARC1, v=spf1, v=DKIM1, v=BIMI1, v=STSv1 nem v=TLSRPTv1, nem é um ficheiro de política MTA-STS.",
        pt_help: "Cole o valor de um registo TXT (ou uma linha de ficheiro de zona, ou o ficheiro mta-sts.txt), ou escolha o tipo à mão.",
    };

    EMPTY = Message {
        code: "input::empty",
        severity: Severity::Error,
        spec: None,
        en: "There is nothing to check.",
        en_help: "Paste a record value, a zone-file line or an MTA-STS policy file.",
        pt: "Não há nada para verificar.",
        pt_help: "Cole o valor de um registo, uma linha de ficheiro de zona ou um ficheiro de política MTA-STS.",
    };

    NEEDS_SPLITTING = Message {
        code: "input::needs-splitting",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7208, "3.3")),
        en: "This value is {len} bytes long; one TXT character-string holds at most 255 bytes, so it must be published as several strings.",
        en_help: "Publish it as quoted strings of at most 255 bytes each (Selo's zone-file line does this); receivers join them with nothing in between.",
        pt: "Este valor tem {len} bytes; cada cadeia de caracteres TXT admite no máximo 255 bytes, por isso tem de ser publicado como várias cadeias.",
        pt_help: "Publique-o como cadeias entre aspas com 255 bytes no máximo cada (a linha de ficheiro de zona do Selo já o faz); os recetores juntam-nas sem nada entre elas.",
    };

    MORE_FINDINGS = Message {
        code: "input::more-findings",
        severity: Severity::Info,
        spec: None,
        en: "Not listed here: {more} of the kind {code} (the first {shown} are listed).",
        en_help: "Fix the ones listed (they are likely all the same mistake), then check again.",
        pt: "Fora da lista: {more} do tipo {code} (os primeiros {shown} estão listados).",
        pt_help: "Corrija os que estão listados (é provável que sejam todos o mesmo erro) e verifique de novo.",
    };

}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Reads a paste.
///
/// ```
/// use selo::input::{read, Form};
/// let p = read("_dmarc.example.com. 300 IN TXT \"v=DMARC1; \" \"p=none\"\n");
/// assert_eq!(p.form, Form::ZoneLine);
/// assert_eq!(p.owner.as_deref(), Some("_dmarc.example.com."));
/// assert_eq!(p.value, "v=DMARC1; p=none");
///
/// let raw = read("  v=spf1 -all\n");
/// assert_eq!(raw.form, Form::Raw);
/// assert_eq!(raw.value, "v=spf1 -all");
/// ```
pub fn read(text: &str) -> Pasted {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    if i < b.len() && b[i] == b'"' {
        return quoted(text, i, Form::Quoted, None);
    }
    if let Some((owner, rdata_at)) = zone_prefix(text, i) {
        let mut j = rdata_at;
        while j < b.len() && (is_ws(b[j]) || b[j] == b'(') {
            j += 1;
        }
        if j < b.len() && b[j] == b'"' {
            return quoted(text, j, Form::ZoneLine, owner);
        }
        let mut p = raw(text, j);
        p.form = Form::ZoneLine;
        p.owner = owner;
        return p;
    }
    raw(text, i)
}

fn raw(text: &str, from: usize) -> Pasted {
    let mut end = text.len();
    while end > from && is_ws(text.as_bytes()[end - 1]) {
        end -= 1;
    }
    raw_range(text, from, end)
}

/// The text from `from` to its end as it is (for policy files, whose line
/// endings matter).
pub(crate) fn raw_keep_end(text: &str, from: usize) -> Pasted {
    raw_range(text, from, text.len())
}

fn raw_range(text: &str, from: usize, end: usize) -> Pasted {
    let value = text[from..end].to_string();
    Pasted {
        strings: vec![Span::new(from, end)],
        value,
        form: Form::Raw,
        owner: None,
        diagnostics: Vec::new(),
        map: OffsetMap::Shift(from),
    }
}

/// Finds `[owner] [ttl] [class] TXT` at the start of a line; returns the
/// owner and where the record data begins.
fn zone_prefix(text: &str, from: usize) -> Option<(Option<String>, usize)> {
    let b = text.as_bytes();
    let mut i = from;
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    while tokens.len() < 5 {
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'"' || b[i] == b'\n' {
            return None;
        }
        let s = i;
        while i < b.len() && !is_ws(b[i]) {
            i += 1;
        }
        let tok = &text[s..i];
        // Owner names, TTLs and classes hold no '=' or ';': this is a
        // record value, not a zone-file line.
        if tok.contains(['=', ';']) {
            return None;
        }
        if tok.eq_ignore_ascii_case("TXT") {
            let mut owner = None;
            for (k, &(ts, te)) in tokens.iter().enumerate() {
                let t = &text[ts..te];
                let is_ttl = t.bytes().all(|c| c.is_ascii_digit());
                let is_class = ["IN", "CH", "HS", "CS"]
                    .iter()
                    .any(|c| t.eq_ignore_ascii_case(c));
                if k == 0 && !is_ttl && !is_class {
                    owner = Some(t.to_string());
                } else if !is_ttl && !is_class {
                    return None;
                }
            }
            return Some((owner, i));
        }
        tokens.push((s, i));
    }
    None
}

fn quoted(text: &str, from: usize, form: Form, owner: Option<String>) -> Pasted {
    let b = text.as_bytes();
    let mut bytes: Vec<u8> = Vec::new();
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    let mut strings = Vec::new();
    let mut diagnostics = Vec::new();
    let mut i = from;
    let mut last_end = from;
    loop {
        while i < b.len() && (is_ws(b[i]) || b[i] == b'(' || b[i] == b')') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if b[i] == b';' {
            // A zone-file comment runs to the end of the line.
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b[i] != b'"' {
            let s = i;
            while i < b.len() && b[i] != b'"' {
                i += 1;
            }
            let mut e = i;
            while e > s && is_ws(b[e - 1]) {
                e -= 1;
            }
            diagnostics.push(Diagnostic::new(&TEXT_OUTSIDE_QUOTES, Span::new(s, e)));
            continue;
        }
        let open = i;
        i += 1;
        let content_start = i;
        let string_start_len = bytes.len();
        let mut closed = false;
        while i < b.len() {
            match b[i] {
                b'"' => {
                    closed = true;
                    break;
                }
                b'\\' if i + 1 < b.len() => {
                    let d = &b[i + 1..];
                    if d.len() >= 3 && d[..3].iter().all(u8::is_ascii_digit) {
                        let v = (d[0] - b'0') as u32 * 100
                            + (d[1] - b'0') as u32 * 10
                            + (d[2] - b'0') as u32;
                        bytes.push(v.min(255) as u8);
                        starts.push(i);
                        ends.push(i + 4);
                        i += 4;
                    } else {
                        let ch_len = utf8_len(b[i + 1]);
                        let end = (i + 1 + ch_len).min(b.len());
                        for (k, &c) in b[i + 1..end].iter().enumerate() {
                            bytes.push(c);
                            starts.push(if k == 0 { i } else { i + 1 + k });
                            ends.push(end);
                        }
                        i = end;
                    }
                }
                _ => {
                    let ch_len = utf8_len(b[i]);
                    let end = (i + ch_len).min(b.len());
                    for &c in &b[i..end] {
                        bytes.push(c);
                        starts.push(i);
                        ends.push(end);
                    }
                    i = end;
                }
            }
        }
        let content_end = i;
        strings.push(Span::new(content_start, content_end));
        let len = bytes.len() - string_start_len;
        if len > crate::txt::MAX_STRING {
            diagnostics.push(
                Diagnostic::new(&STRING_TOO_LONG, Span::new(content_start, content_end))
                    .arg("len", len),
            );
        }
        if closed {
            i += 1;
            last_end = i;
        } else {
            diagnostics.push(Diagnostic::new(&UNTERMINATED, Span::new(open, open + 1)));
            last_end = i;
            break;
        }
    }
    // Replace bytes that do not form UTF-8 with '?', one for one.
    let value = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let mut bytes = e.into_bytes();
            let mut k = 0;
            while k < bytes.len() {
                match std::str::from_utf8(&bytes[k..]) {
                    Ok(_) => break,
                    Err(err) => {
                        let bad = k + err.valid_up_to();
                        let n = err.error_len().unwrap_or(bytes.len() - bad);
                        bytes[bad..bad + n].fill(b'?');
                        diagnostics.push(Diagnostic::new(
                            &NOT_UTF8,
                            Span::new(starts[bad], ends[bad + n - 1]),
                        ));
                        k = bad + n;
                    }
                }
            }
            String::from_utf8(bytes).unwrap_or_default()
        }
    };
    let tail = strings.last().map(|s| s.end).unwrap_or(last_end);
    starts.push(tail);
    ends.push(tail);
    Pasted {
        value,
        form,
        owner,
        strings,
        diagnostics,
        map: OffsetMap::Bytes { starts, ends },
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Form, usize)] = &[
            ("v=spf1 -all", "v=spf1 -all", Form::Raw, 0),
            (
                "\"v=spf1 ip4:192.0.2.1 \" \"include:_spf.example.com -all\"",
                "v=spf1 ip4:192.0.2.1 include:_spf.example.com -all",
                Form::Quoted,
                0,
            ),
            (
                "example.com. IN TXT \"v=spf1 -all\"",
                "v=spf1 -all",
                Form::ZoneLine,
                0,
            ),
            (
                "example.com. 3600 IN TXT ( \"v=spf1 \"\n  \"-all\" )",
                "v=spf1 -all",
                Form::ZoneLine,
                0,
            ),
            ("\"v=spf1 -all", "v=spf1 -all", Form::Quoted, 1),
            ("\"a\\\"b\\\\c\\059\"", "a\"b\\c;", Form::Quoted, 0),
            ("\"v=spf1\" junk \"-all\"", "v=spf1-all", Form::Quoted, 1),
            ("TXT \"v=spf1 -all\"", "v=spf1 -all", Form::ZoneLine, 0),
            (
                "example.com TXT v=spf1 -all",
                "v=spf1 -all",
                Form::ZoneLine,
                0,
            ),
            ("\"\\255\"", "?", Form::Quoted, 1),
        ];
        for (text, value, form, diags) in cases {
            let p = read(text);
            assert_eq!(&p.value, value, "{text}");
            assert_eq!(p.form, *form, "{text}");
            assert_eq!(p.diagnostics.len(), *diags, "{text}: {:?}", p.diagnostics);
        }
    }

    #[test]
    fn long_string_is_an_error() {
        let text = format!("\"{}\"", "a".repeat(300));
        let p = read(&text);
        assert_eq!(p.diagnostics[0].code, "input::string-too-long");
    }

    #[test]
    fn spans_map_back() {
        let text = "x. IN TXT \"v=DMARC1; \" \"p=no\\ne\"";
        let p = read(text);
        assert_eq!(p.value, "v=DMARC1; p=none");
        let at = p.value.find("none").unwrap();
        let s = p.to_paste(Span::new(at, at + 4));
        assert_eq!(&text[s.range()], "no\\ne");
        let e = p.to_paste(Span::empty(p.value.len()));
        assert!(e.start <= text.len());
    }
}
