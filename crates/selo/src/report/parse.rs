//! Reading: detection by content, containers (gzip, zip, MIME), DMARC
//! aggregate XML, SMTP TLS JSON and ARF failure reports.

use super::ReadError;
use super::messages::*;
use super::{
    Aggregate, DkimResult, FailureReport, Note, Options, Reason, Report, Row, Source, SpfResult,
    TlsFailure, TlsPolicy, TlsReport, explain,
};
use crate::{Lang, Localized, Message};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::{BufRead, Read};
use std::rc::Rc;

type Res<T> = Result<T, Note>;

struct Ctx<'o> {
    opts: &'o Options,
    /// Bytes decompressed so far, over every layer of the file.
    out_total: Rc<Cell<u64>>,
    /// Notes about the containers (skipped parts), given to the first report.
    pending: Vec<Note>,
    /// Why a stream stopped, set by the layer that failed first.
    stop: Rc<RefCell<Option<Stop>>>,
}

impl<'o> Ctx<'o> {
    /// A fresh reading of one file: nothing decompressed, noted or stopped.
    fn new(opts: &'o Options) -> Self {
        Ctx {
            opts,
            out_total: Rc::default(),
            pending: Vec::new(),
            stop: Rc::default(),
        }
    }

    fn lang(&self) -> Lang {
        self.opts.lang
    }
    fn err(&self, m: &'static Message, args: &[(&'static str, String)]) -> Note {
        Note::new(m, args, self.opts.lang)
    }
    /// An error's words in the language of the notes.
    fn said(&self, e: ReadError) -> String {
        e.message_in(self.opts.lang)
    }
    fn take_stop(&self) -> Option<Stop> {
        self.stop.borrow_mut().take()
    }
    /// The error for a failed read: the reason a layer kept, or `e`.
    fn stopped(&self, e: std::io::Error) -> Note {
        self.take_stop().unwrap_or(Stop::Io(e)).note(self)
    }
}

/// Reads every report in `bytes`.
pub(super) fn read_all(bytes: &[u8], opts: &Options) -> Res<Vec<Report>> {
    let mut ctx = Ctx::new(opts);
    let mut out = Vec::new();
    read(&mut ctx, bytes, 0, &mut out)?;
    finish(ctx, out)
}

/// Reads every report from `r`, `size` bytes long (for the ratio limit),
/// without holding the whole file: plain and gzipped XML are parsed as they
/// are read; other content is read whole first (within the limits when it
/// is decompressed).
pub(super) fn read_all_from(r: impl Read, size: u64, opts: &Options) -> Res<Vec<Report>> {
    let mut ctx = Ctx::new(opts);
    let mut out = Vec::new();
    let tap = Tap {
        inner: r,
        stop: ctx.stop.clone(),
    };
    read_stream(&mut ctx, Box::new(tap), size, 0, &mut out)?;
    finish(ctx, out)
}

fn finish(mut ctx: Ctx, mut out: Vec<Report>) -> Res<Vec<Report>> {
    if out.is_empty() {
        return Err(ctx.err(&EMPTY_ARCHIVE, &[]));
    }
    if !ctx.pending.is_empty() {
        let pending = std::mem::take(&mut ctx.pending);
        match &mut out[0] {
            Report::DmarcAggregate(a) => a.notes.extend(pending),
            Report::TlsRpt(t) => t.notes.extend(pending),
            Report::DmarcFailure(f) => f.notes.extend(pending),
        }
    }
    Ok(out)
}

const GZIP: &[u8] = &[0x1f, 0x8b];
const ZIP: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY: &[u8] = b"PK\x05\x06";

fn read(ctx: &mut Ctx, bytes: &[u8], depth: u8, out: &mut Vec<Report>) -> Res<()> {
    if bytes.is_empty() {
        return Err(ctx.err(&EMPTY, &[]));
    }
    if depth > ctx.opts.limits.max_depth {
        return Err(ctx.err(
            &TOO_DEEP,
            &[("depth", ctx.opts.limits.max_depth.to_string())],
        ));
    }
    if bytes.starts_with(GZIP) {
        let inner = inflate(ctx, GzMembers::new(bytes), bytes.len(), &BAD_GZIP)?;
        return read(ctx, &inner, depth + 1, out);
    }
    if bytes.starts_with(ZIP) || bytes.starts_with(ZIP_EMPTY) {
        return read_zip(ctx, bytes, depth, out);
    }
    let text = skip_bom_and_space(bytes);
    if text.is_empty() {
        return Err(ctx.err(&EMPTY, &[]));
    }
    match text[0] {
        b'<' => {
            out.push(Report::DmarcAggregate(read_aggregate_bytes(ctx, text)?));
            Ok(())
        }
        b'{' | b'[' => {
            out.push(Report::TlsRpt(read_tls(ctx, text)?));
            Ok(())
        }
        _ if looks_like_mail(text) => read_mail(ctx, text, depth, out),
        _ => Err(ctx.err(&UNKNOWN_CONTENT, &[("what", describe(bytes, ctx.lang()))])),
    }
}

fn skip_bom_and_space(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    &b[start..]
}

fn describe(b: &[u8], lang: Lang) -> String {
    let sample = &b[..b.len().min(512)];
    let printable = sample
        .iter()
        .filter(|c| c.is_ascii_graphic() || c.is_ascii_whitespace())
        .count();
    let (en, pt) = if printable * 10 >= sample.len() * 9 {
        ("plain text", "texto simples")
    } else if sample.starts_with(b"%PDF") {
        ("a PDF document", "um documento PDF")
    } else {
        ("binary data", "dados binários")
    };
    match lang {
        Lang::En => en.to_string(),
        Lang::Pt => pt.to_string(),
    }
}

/// A first line such as `Received: ...` or an mbox `From ` line.
fn looks_like_mail(b: &[u8]) -> bool {
    if b.starts_with(b"From ") {
        return true;
    }
    let name_len = b
        .iter()
        .take(80)
        .position(|&c| !(c.is_ascii_graphic() && c != b':'))
        .unwrap_or(0);
    name_len > 0 && b.get(name_len) == Some(&b':')
}

/// Why a decompressing stream stopped.
#[derive(Debug)]
enum Stop {
    /// Past the total size limit.
    Total,
    /// Past the ratio limit, at this many bytes.
    Ratio(u64),
    /// The decompressor failed.
    Bad(&'static Message, std::io::Error),
    /// The file itself could not be read.
    Io(std::io::Error),
}

impl Stop {
    fn note(self, ctx: &Ctx) -> Note {
        let limits = ctx.opts.limits;
        match self {
            Stop::Total => {
                let why = match ctx.lang() {
                    Lang::En => "total size limit",
                    Lang::Pt => "limite de tamanho total",
                };
                ctx.err(
                    &TOO_BIG,
                    &[
                        ("limit", human_size(limits.max_output)),
                        ("why", why.into()),
                    ],
                )
            }
            Stop::Ratio(len) => {
                let why = match ctx.lang() {
                    Lang::En => format!("more than {} times the compressed size", limits.max_ratio),
                    Lang::Pt => format!("mais de {} vezes o tamanho comprimido", limits.max_ratio),
                };
                ctx.err(&TOO_BIG, &[("limit", human_size(len)), ("why", why)])
            }
            Stop::Io(e) => ctx.err(&READ_ERROR, &[("detail", ctx.said(ReadError::Io(e)))]),
            Stop::Bad(bad, e) => ctx.err(bad, &[("detail", ctx.said(ReadError::Io(e)))]),
        }
    }
}

/// A decompressor's output, counted against the limits as it is read. When
/// it stops, the reason is kept in `stop` and its reader gets an error.
struct Budget<R> {
    inner: R,
    limits: super::Limits,
    input_len: u64,
    out: u64,
    total: Rc<Cell<u64>>,
    bad: &'static Message,
    stop: Rc<RefCell<Option<Stop>>>,
}

/// Keeps the first reason a stream stopped.
fn set_stop(slot: &RefCell<Option<Stop>>, s: Stop) {
    slot.borrow_mut().get_or_insert(s);
}

/// The file's own reader: a failure is kept as [`Stop::Io`].
struct Tap<R> {
    inner: R,
    stop: Rc<RefCell<Option<Stop>>>,
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            match self.inner.read(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let msg = e.to_string();
                    set_stop(&self.stop, Stop::Io(e));
                    return Err(std::io::Error::other(msg));
                }
                ok => return ok,
            }
        }
    }
}

impl<R: Read> Read for Budget<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.stop.borrow().is_some() {
            return Err(std::io::Error::other("decompression stopped"));
        }
        let n = loop {
            match self.inner.read(buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    set_stop(&self.stop, Stop::Bad(self.bad, e));
                    return Err(std::io::Error::other("decompression failed"));
                }
            }
        };
        self.out += n as u64;
        let total = self.total.get() + n as u64;
        self.total.set(total);
        let stop = if total > self.limits.max_output {
            Some(Stop::Total)
        } else if self.out > self.limits.ratio_floor
            && self.out > self.input_len.saturating_mul(self.limits.max_ratio)
        {
            // The threshold crossed, not the size reached: the same
            // whatever sizes the reads come in.
            let limit = self.input_len.saturating_mul(self.limits.max_ratio);
            Some(Stop::Ratio(limit.max(self.limits.ratio_floor)))
        } else {
            None
        };
        if let Some(stop) = stop {
            set_stop(&self.stop, stop);
            return Err(std::io::Error::other("decompression stopped"));
        }
        Ok(n)
    }
}

fn budget<R: Read>(ctx: &Ctx, inner: R, input_len: u64, bad: &'static Message) -> Budget<R> {
    Budget {
        inner,
        limits: ctx.opts.limits,
        input_len,
        out: 0,
        total: ctx.out_total.clone(),
        bad,
        stop: ctx.stop.clone(),
    }
}

/// Reads all of a decompressor's output, within the limits.
fn inflate(ctx: &mut Ctx, r: impl Read, input_len: usize, bad: &'static Message) -> Res<Vec<u8>> {
    let mut b = budget(ctx, r, input_len as u64, bad);
    let mut out = Vec::with_capacity(input_len.saturating_mul(8).min(64 << 20));
    if let Err(e) = b.read_to_end(&mut out) {
        return Err(ctx.take_stop().unwrap_or(Stop::Bad(bad, e)).note(ctx));
    }
    Ok(out)
}

/// The data of every member of a gzip file, one after the other (RFC 1952
/// 2.2: some mail systems write a report in more than one member). What
/// follows the last member without starting another (the line break some
/// mail systems add) is not read, as `gzip -d` ignores it; a member that
/// starts but is damaged is an error.
struct GzMembers<'a> {
    /// The member being read; `None` after the last.
    gz: Option<flate2::bufread::GzDecoder<Box<dyn BufRead + 'a>>>,
}

impl<'a> GzMembers<'a> {
    fn new(src: impl BufRead + 'a) -> Self {
        GzMembers {
            gz: Some(flate2::bufread::GzDecoder::new(Box::new(src))),
        }
    }

    /// What follows a member: the source, when another member starts there.
    fn next_member(
        mut src: Box<dyn BufRead + 'a>,
    ) -> std::io::Result<Option<Box<dyn BufRead + 'a>>> {
        let head = src.fill_buf()?;
        if head.starts_with(GZIP) {
            return Ok(Some(src));
        }
        if head != [GZIP[0]] {
            return Ok(None);
        }
        // Only the first magic byte is buffered: look at the next one.
        src.consume(1);
        if src.fill_buf()?.first() == Some(&GZIP[1]) {
            Ok(Some(Box::new(std::io::Cursor::new([GZIP[0]]).chain(src))))
        } else {
            Ok(None)
        }
    }
}

impl Read for GzMembers<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while let Some(gz) = self.gz.as_mut() {
            let n = gz.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            let src = self.gz.take().map(|gz| gz.into_inner());
            if let Some(next) = src.map(GzMembers::next_member).transpose()?.flatten() {
                self.gz = Some(flate2::bufread::GzDecoder::new(next));
            }
        }
        Ok(0)
    }
}

/// How much of a stream is looked at to find what it holds.
const HEAD: u64 = 1024;

/// Reads the reports of a stream. Plain XML, and the XML of the file's
/// gzip, is parsed as it comes; anything else is read whole, then read as
/// bytes. `size` is the file's size, for the ratio limit.
fn read_stream(
    ctx: &mut Ctx,
    mut r: Box<dyn Read + '_>,
    size: u64,
    depth: u8,
    out: &mut Vec<Report>,
) -> Res<()> {
    let mut head = Vec::with_capacity(HEAD as usize);
    if let Err(e) = (&mut r).take(HEAD).read_to_end(&mut head) {
        return Err(ctx.stopped(e));
    }
    if head.is_empty() {
        return Err(ctx.err(&EMPTY, &[]));
    }
    if depth == 0 && head.starts_with(GZIP) {
        let src = std::io::BufReader::with_capacity(64 << 10, std::io::Cursor::new(head).chain(r));
        let gz = budget(ctx, GzMembers::new(src), size, &BAD_GZIP);
        return read_stream(ctx, Box::new(gz), size, depth + 1, out);
    }
    let start = head.len() - skip_bom_and_space(&head).len();
    if head.get(start) == Some(&b'<') {
        let sample = head[start..].to_vec();
        let mut head = head;
        head.drain(..start);
        let src = Utf8Lossy::new(std::io::Cursor::new(head).chain(r));
        let mut xr = Reader::from_reader(src);
        let res = read_aggregate(ctx, &mut xr, &sample, |s| s.lossy);
        if let Some(stop) = ctx.take_stop() {
            return Err(stop.note(ctx));
        }
        let mut a = res?;
        // The rest (after </feedback>) is not parsed, but it is still read
        // to its end: a gzip stream's checksum is there, and invalid UTF-8
        // there is noted as when the file is read whole.
        let mut rest = xr.into_inner();
        if let Err(e) = std::io::copy(&mut rest, &mut std::io::sink()) {
            return Err(ctx.stopped(e));
        }
        if rest.lossy && a.notes.first().map(|n| n.code) != Some(NOTE_LOSSY_UTF8.code) {
            a.notes.insert(0, ctx.err(&NOTE_LOSSY_UTF8, &[]));
        }
        out.push(Report::DmarcAggregate(a));
        return Ok(());
    }
    let mut all = head;
    if let Err(e) = r.read_to_end(&mut all) {
        return Err(ctx.stopped(e));
    }
    read(ctx, &all, depth, out)
}

/// A reader that replaces invalid UTF-8 with U+FFFD, as
/// `String::from_utf8_lossy` does, and remembers whether it did.
struct Utf8Lossy<R> {
    inner: R,
    /// Converted bytes, read from `pos`.
    buf: Vec<u8>,
    pos: usize,
    /// The raw chunk being converted (kept to reuse its memory).
    raw: Vec<u8>,
    /// The start of a character cut at the end of the last chunk.
    carry: Vec<u8>,
    eof: bool,
    lossy: bool,
}

impl<R: Read> Utf8Lossy<R> {
    const CHUNK: usize = 64 << 10;

    fn new(inner: R) -> Self {
        Utf8Lossy {
            inner,
            buf: Vec::new(),
            pos: 0,
            raw: Vec::new(),
            carry: Vec::new(),
            eof: false,
            lossy: false,
        }
    }

    fn convert(&mut self, mut data: &[u8]) {
        loop {
            match std::str::from_utf8(data) {
                Ok(_) => {
                    self.buf.extend_from_slice(data);
                    return;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    self.buf.extend_from_slice(&data[..valid]);
                    match e.error_len() {
                        Some(bad) => {
                            self.buf.extend_from_slice("\u{FFFD}".as_bytes());
                            self.lossy = true;
                            data = &data[valid + bad..];
                        }
                        None if self.eof => {
                            self.buf.extend_from_slice("\u{FFFD}".as_bytes());
                            self.lossy = true;
                            return;
                        }
                        None => {
                            self.carry.extend_from_slice(&data[valid..]);
                            return;
                        }
                    }
                }
            }
        }
    }
}

impl<R: Read> Read for Utf8Lossy<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Utf8Lossy<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        while self.pos >= self.buf.len() && !self.eof {
            self.buf.clear();
            self.pos = 0;
            let mut raw = std::mem::take(&mut self.raw);
            let start = self.carry.len();
            // Grown (and zeroed) only by the few bytes it lacks: the vectors
            // are swapped below, each keeps its length.
            if raw.len() < start + Self::CHUNK {
                raw.resize(start + Self::CHUNK, 0);
            }
            raw[..start].copy_from_slice(&self.carry);
            self.carry.clear();
            let n = loop {
                match self.inner.read(&mut raw[start..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.raw = raw;
                        return Err(e);
                    }
                }
            };
            raw.truncate(start + n);
            self.eof = n == 0;
            if std::str::from_utf8(&raw).is_ok() {
                // The common case: no copy, the chunk becomes the buffer.
                std::mem::swap(&mut self.buf, &mut raw);
            } else {
                self.convert(&raw);
            }
            self.raw = raw;
        }
        Ok(&self.buf[self.pos..])
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
    }
}

fn human_size(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{} MiB", n >> 20)
    } else {
        format!("{} KiB", n >> 10)
    }
}

/// Reads the parts of a container. An error in one part becomes a note when
/// another part holds a report; with no report at all, the first error wins.
fn read_parts<'a>(
    ctx: &mut Ctx,
    parts: impl Iterator<Item = (String, Res<std::borrow::Cow<'a, [u8]>>)>,
    depth: u8,
    out: &mut Vec<Report>,
) -> Res<(usize, Option<Note>)> {
    let before = out.len();
    let mut first_err = None;
    let mut count = 0;
    for (name, part) in parts {
        count += 1;
        let res = part.and_then(|bytes| read(ctx, &bytes, depth + 1, out));
        if let Err(e) = res {
            // A budget error stops the whole file.
            if e.code == TOO_BIG.code || e.code == TOO_DEEP.code {
                return Err(e);
            }
            let note = ctx.err(
                &NOTE_SKIPPED_ENTRY,
                &[("name", name), ("why", e.message.clone())],
            );
            ctx.pending.push(note);
            first_err.get_or_insert(e);
        }
    }
    if out.len() > before {
        Ok((count, None))
    } else {
        Ok((count, first_err))
    }
}

fn read_zip(ctx: &mut Ctx, bytes: &[u8], depth: u8, out: &mut Vec<Report>) -> Res<()> {
    let bad = |ctx: &Ctx, e: zip::result::ZipError| {
        ctx.err(&BAD_ZIP, &[("detail", ctx.said(ReadError::Zip(e)))])
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| bad(ctx, e))?;
    let pending_before = ctx.pending.len();
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).map_err(|e| bad(ctx, e))?;
        if f.is_dir() {
            continue;
        }
        let name = f.name().map(|n| n.into_owned()).unwrap_or_default();
        let compressed = f.compressed_size() as usize;
        let data = inflate(ctx, &mut f, compressed.max(1), &BAD_ZIP);
        if let Err(e) = &data
            && (e.code == TOO_BIG.code)
        {
            return Err(e.clone());
        }
        entries.push((name, data.map(std::borrow::Cow::Owned)));
    }
    if entries.is_empty() {
        return Err(ctx.err(&EMPTY_ARCHIVE, &[]));
    }
    let (_, err) = read_parts(ctx, entries.into_iter(), depth, out)?;
    if let Some(e) = err {
        ctx.pending.truncate(pending_before);
        return Err(e);
    }
    Ok(())
}

fn read_mail(ctx: &mut Ctx, bytes: &[u8], depth: u8, out: &mut Vec<Report>) -> Res<()> {
    use mail_parser::{MessageParser, MimeHeaders, PartType};
    let Some(msg) = MessageParser::default().parse(bytes) else {
        return Err(ctx.err(&BAD_MAIL, &[]));
    };
    // A failure report (ARF, RFC 6591): multipart/report with a
    // message/feedback-report part.
    let is_arf = msg.parts.iter().any(|p| {
        p.content_type().is_some_and(|c| {
            c.ctype().eq_ignore_ascii_case("message")
                && c.subtype()
                    .is_some_and(|s| s.eq_ignore_ascii_case("feedback-report"))
        })
    });
    if is_arf {
        out.push(Report::DmarcFailure(read_arf(ctx, &msg)));
        return Ok(());
    }
    let pending_before = ctx.pending.len();
    let mut parts = Vec::new();
    for (i, p) in msg.parts.iter().enumerate() {
        let ct = p.content_type();
        let (ctype, sub) = ct
            .map(|c| {
                (
                    c.ctype().to_ascii_lowercase(),
                    c.subtype().unwrap_or("").to_ascii_lowercase(),
                )
            })
            .unwrap_or_default();
        match &p.body {
            PartType::Multipart(_) | PartType::Message(_) => continue,
            // The human-readable part; a bare message with a report pasted
            // in its body is still tried.
            PartType::Text(_) | PartType::Html(_)
                if ctype == "text"
                    && (sub == "plain" || sub == "html" || sub.is_empty())
                    && !(i == 0 && msg.parts.len() == 1) =>
            {
                continue;
            }
            _ => {}
        }
        let name = p
            .attachment_name()
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{i} ({ctype}/{sub})"));
        parts.push((name, Ok(std::borrow::Cow::Borrowed(p.contents()))));
    }
    let count = parts.len();
    let (_, err) = read_parts(ctx, parts.into_iter(), depth, out)?;
    if let Some(e) = err {
        ctx.pending.truncate(pending_before);
        if e.code == UNKNOWN_CONTENT.code || e.code == EMPTY.code {
            return Err(ctx.err(&NO_REPORT_IN_MAIL, &[("parts", count.to_string())]));
        }
        return Err(e);
    }
    if count == 0 {
        return Err(ctx.err(
            &NO_REPORT_IN_MAIL,
            &[("parts", msg.parts.len().to_string())],
        ));
    }
    Ok(())
}

/// Header fields of a block of `Name: value` lines, unfolded.
fn header_fields(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            out.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

fn read_arf(ctx: &mut Ctx, msg: &mail_parser::Message) -> FailureReport {
    use mail_parser::{MimeHeaders, PartType};
    let mut f = FailureReport {
        org_name: msg
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_string(),
        ..FailureReport::default()
    };
    for p in &msg.parts {
        let Some(ct) = p.content_type() else { continue };
        let full = format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_ascii_lowercase();
        match full.as_str() {
            "message/feedback-report" => {
                let text = String::from_utf8_lossy(p.contents());
                for (k, v) in header_fields(&text) {
                    let slot = match k.to_ascii_lowercase().as_str() {
                        "feedback-type" => {
                            f.feedback_type = v;
                            continue;
                        }
                        "auth-failure" => &mut f.auth_failure,
                        "source-ip" => &mut f.source_ip,
                        "reported-domain" => &mut f.reported_domain,
                        "original-mail-from" => &mut f.original_mail_from,
                        "original-rcpt-to" => &mut f.original_rcpt_to,
                        "arrival-date" => &mut f.arrival_date,
                        "authentication-results" => &mut f.authentication_results,
                        "dkim-domain" => &mut f.dkim_domain,
                        "dkim-selector" => &mut f.dkim_selector,
                        "spf-dns" => &mut f.spf_dns,
                        "delivery-result" => &mut f.delivery_result,
                        _ => continue,
                    };
                    slot.get_or_insert(v);
                }
            }
            "message/rfc822" | "text/rfc822-headers" | "message/rfc822-headers" => {
                let raw = match &p.body {
                    PartType::Message(m) => m.raw_message(),
                    _ => p.contents(),
                };
                let text = String::from_utf8_lossy(raw);
                f.reported_headers = header_fields(&text);
                let body = text
                    .split_once("\r\n\r\n")
                    .or_else(|| text.split_once("\n\n"))
                    .map(|(_, b)| b.to_string());
                if ctx.opts.include_body {
                    f.reported_body = body;
                } else if body.is_some_and(|b| !b.trim().is_empty()) {
                    f.notes.push(ctx.err(&NOTE_BODY_HIDDEN, &[]));
                }
            }
            _ => {}
        }
    }
    f
}

// ---------------------------------------------------------------- DMARC XML

/// The element names the reader knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum T {
    Feedback,
    Version,
    ReportMetadata,
    OrgName,
    Email,
    ExtraContactInfo,
    ReportId,
    DateRange,
    Begin,
    End,
    Error,
    Generator,
    PolicyPublished,
    Domain,
    Adkim,
    Aspf,
    P,
    Sp,
    Np,
    Pct,
    Fo,
    Testing,
    DiscoveryMethod,
    VersionPublished,
    Record,
    Row,
    SourceIp,
    Count,
    PolicyEvaluated,
    Disposition,
    Dkim,
    Spf,
    Reason,
    Type,
    Comment,
    Identifiers,
    HeaderFrom,
    EnvelopeFrom,
    EnvelopeTo,
    AuthResults,
    Selector,
    Result,
    HumanResult,
    Scope,
    Extensions,
    Other,
}

impl T {
    fn name(self) -> &'static str {
        match self {
            T::Feedback => "feedback",
            T::Version => "version",
            T::ReportMetadata => "report_metadata",
            T::OrgName => "org_name",
            T::Email => "email",
            T::ExtraContactInfo => "extra_contact_info",
            T::ReportId => "report_id",
            T::DateRange => "date_range",
            T::Begin => "begin",
            T::End => "end",
            T::Error => "error",
            T::Generator => "generator",
            T::PolicyPublished => "policy_published",
            T::Domain => "domain",
            T::Adkim => "adkim",
            T::Aspf => "aspf",
            T::P => "p",
            T::Sp => "sp",
            T::Np => "np",
            T::Pct => "pct",
            T::Fo => "fo",
            T::Testing => "testing",
            T::DiscoveryMethod => "discovery_method",
            T::VersionPublished => "version_published",
            T::Record => "record",
            T::Row => "row",
            T::SourceIp => "source_ip",
            T::Count => "count",
            T::PolicyEvaluated => "policy_evaluated",
            T::Disposition => "disposition",
            T::Dkim => "dkim",
            T::Spf => "spf",
            T::Reason => "reason",
            T::Type => "type",
            T::Comment => "comment",
            T::Identifiers => "identifiers",
            T::HeaderFrom => "header_from",
            T::EnvelopeFrom => "envelope_from",
            T::EnvelopeTo => "envelope_to",
            T::AuthResults => "auth_results",
            T::Selector => "selector",
            T::Result => "result",
            T::HumanResult => "human_result",
            T::Scope => "scope",
            T::Extensions => "extensions",
            T::Other => "?",
        }
    }
}

/// An element name without its namespace prefix (quick-xml's
/// `local_name`, without a `str` pattern search for each element).
fn local(qname: &str) -> &str {
    match qname.bytes().position(|b| b == b':') {
        Some(i) => &qname[i + 1..],
        None => qname,
    }
}

/// The tag of an element name; unknown names are [`T::Other`].
fn intern(name: &str) -> T {
    match name.len() {
        1 => match name {
            "p" => T::P,
            _ => T::Other,
        },
        2 => match name {
            "sp" => T::Sp,
            "np" => T::Np,
            "fo" => T::Fo,
            _ => T::Other,
        },
        3 => match name {
            "end" => T::End,
            "pct" => T::Pct,
            "row" => T::Row,
            "spf" => T::Spf,
            _ => T::Other,
        },
        4 => match name {
            "aspf" => T::Aspf,
            "dkim" => T::Dkim,
            "type" => T::Type,
            _ => T::Other,
        },
        5 => match name {
            "email" => T::Email,
            "begin" => T::Begin,
            "error" => T::Error,
            "adkim" => T::Adkim,
            "count" => T::Count,
            "scope" => T::Scope,
            _ => T::Other,
        },
        6 => match name {
            "domain" => T::Domain,
            "record" => T::Record,
            "reason" => T::Reason,
            "result" => T::Result,
            _ => T::Other,
        },
        7 => match name {
            "version" => T::Version,
            "testing" => T::Testing,
            "comment" => T::Comment,
            _ => T::Other,
        },
        8 => match name {
            "feedback" => T::Feedback,
            "org_name" => T::OrgName,
            "selector" => T::Selector,
            _ => T::Other,
        },
        9 => match name {
            "report_id" => T::ReportId,
            "generator" => T::Generator,
            "extension" => T::Extensions,
            "source_ip" => T::SourceIp,
            _ => T::Other,
        },
        10 => match name {
            "date_range" => T::DateRange,
            "extensions" => T::Extensions,
            _ => T::Other,
        },
        11 => match name {
            "disposition" => T::Disposition,
            "identifiers" => T::Identifiers,
            "header_from" => T::HeaderFrom,
            "envelope_to" => T::EnvelopeTo,
            _ => T::Other,
        },
        12 => match name {
            "auth_results" => T::AuthResults,
            "human_result" => T::HumanResult,
            _ => T::Other,
        },
        13 => match name {
            "envelope_from" => T::EnvelopeFrom,
            _ => T::Other,
        },
        15 => match name {
            "report_metadata" => T::ReportMetadata,
            _ => T::Other,
        },
        16 => match name {
            "policy_published" => T::PolicyPublished,
            "discovery_method" => T::DiscoveryMethod,
            "policy_evaluated" => T::PolicyEvaluated,
            _ => T::Other,
        },
        17 => match name {
            "version_published" => T::VersionPublished,
            _ => T::Other,
        },
        18 => match name {
            "extra_contact_info" => T::ExtraContactInfo,
            _ => T::Other,
        },
        _ => T::Other,
    }
}

struct XmlState {
    lang: Lang,
    notes: Vec<Note>,
    noted: Vec<&'static str>,
}

impl XmlState {
    fn note_once(
        &mut self,
        m: &'static Message,
        key: &'static str,
        args: &[(&'static str, String)],
    ) {
        if !self.noted.contains(&key) {
            self.noted.push(key);
            self.notes.push(Note::new(m, args, self.lang));
        }
    }

    /// Lower-cases a result word, noting when it was not.
    fn word(&mut self, field: &'static str, v: &str, known: &[&str]) -> String {
        let lower = v.to_ascii_lowercase();
        if lower != v {
            self.note_once(&NOTE_UPPER_CASE, "upper", &[("value", v.to_string())]);
        }
        if !lower.is_empty() && !known.contains(&lower.as_str()) {
            self.note_once(
                &NOTE_UNKNOWN_WORD,
                field,
                &[("field", field.to_string()), ("value", v.to_string())],
            );
        }
        lower
    }
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// Reads an aggregate report from bytes in memory.
fn read_aggregate_bytes(ctx: &mut Ctx, xml: &[u8]) -> Res<Aggregate> {
    let (xml_str, lossy) = match std::str::from_utf8(xml) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(xml), true),
    };
    let mut r = Reader::from_str(&xml_str);
    read_aggregate(ctx, &mut r, xml, |_| lossy)
}

/// Reads an aggregate report from an XML reader; `head` is the start of
/// the input (to describe it when it is not a report) and `lossy` tells,
/// at the end, whether invalid UTF-8 was replaced.
fn read_aggregate<R: BufRead>(
    ctx: &mut Ctx,
    r: &mut Reader<R>,
    head: &[u8],
    lossy: impl Fn(&R) -> bool,
) -> Res<Aggregate> {
    let lang = ctx.lang();
    r.config_mut().check_end_names = false;
    let mut st = XmlState {
        lang,
        notes: Vec::new(),
        noted: Vec::new(),
    };
    let mut buf = Vec::with_capacity(1024);
    let mut a = Aggregate::default();
    let mut stack: Vec<T> = Vec::with_capacity(8);
    let mut text = String::new();
    let mut root_seen = false;
    let mut first_root: Option<String> = None;
    let mut closed = false;
    let mut version: Option<String> = None;
    let mut ns2 = false;
    let mut begin: Option<i64> = None;
    let mut end: Option<i64> = None;
    let mut have_meta = false;
    let mut have_policy = false;
    loop {
        buf.clear();
        let ev = match r.read_event_into(&mut buf) {
            Ok(ev) => ev,
            Err(e) => {
                return Err(ctx.err(
                    &BAD_XML,
                    &[
                        ("at", r.error_position().to_string()),
                        ("detail", ctx.said(ReadError::Xml(e))),
                    ],
                ));
            }
        };
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let qname = e.name();
                let raw = local(qname.as_ref());
                let name = intern(raw);
                if !root_seen {
                    if name != T::Feedback {
                        // A wrapper some reporters put around <feedback>
                        // (an unclosed <xs:schema>): look inside it.
                        if first_root.is_none() {
                            first_root = Some(raw.to_string());
                        }
                        continue;
                    }
                    root_seen = true;
                    if let Some(w) = &first_root {
                        st.note_once(&NOTE_RECOVERED_XML, "recovered", &[("name", w.clone())]);
                    }
                    for att in e.attributes().flatten() {
                        if att.value.as_ref() == "urn:ietf:params:xml:ns:dmarc-2.0" {
                            ns2 = true;
                        }
                    }
                }
                if name == T::Other && stack.last() != Some(&T::Extensions) {
                    let n = raw.to_string();
                    if st.noted.len() < 32 {
                        st.note_once(&NOTE_EXTRA_FIELD, "extra", &[("name", n)]);
                    }
                }
                stack.push(name);
                text.clear();
                open(&mut a, &stack, &mut have_meta, &mut have_policy);
                if empty {
                    close(
                        ctx,
                        &mut st,
                        &mut a,
                        &stack,
                        "",
                        &mut version,
                        &mut begin,
                        &mut end,
                    )?;
                    stack.pop();
                }
            }
            Event::Text(t) if root_seen => text.push_str(&t),
            Event::CData(t) if root_seen => text.push_str(&t),
            Event::GeneralRef(g) if root_seen => {
                if g.is_char_ref() {
                    match g.resolve_char_ref() {
                        Ok(Some(c)) => text.push(c),
                        _ => {
                            return Err(ctx.err(
                                &BAD_XML,
                                &[
                                    ("at", r.buffer_position().to_string()),
                                    ("detail", ctx.said(ReadError::CharRef)),
                                ],
                            ));
                        }
                    }
                } else {
                    let c = match g.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => {
                            return Err(ctx.err(&ENTITY, &[("name", other.to_string())]));
                        }
                    };
                    text.push(c);
                }
            }
            Event::End(_) if !root_seen => {}
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {}
            Event::End(e) => {
                let name = intern(local(e.name().as_ref()));
                match stack.iter().rposition(|&s| s == name) {
                    Some(pos) => {
                        while stack.len() > pos + 1 {
                            let lost = stack.pop().map_or("?", T::name);
                            st.note_once(
                                &NOTE_RECOVERED_XML,
                                "recovered",
                                &[("name", lost.to_string())],
                            );
                        }
                        let value = text.trim();
                        close(
                            ctx,
                            &mut st,
                            &mut a,
                            &stack,
                            value,
                            &mut version,
                            &mut begin,
                            &mut end,
                        )?;
                        stack.pop();
                        if stack.is_empty() {
                            closed = true;
                            // Anything after </feedback> is ignored.
                            break;
                        }
                    }
                    None => {
                        let n = local(e.name().as_ref()).to_string();
                        st.note_once(&NOTE_RECOVERED_XML, "recovered", &[("name", n)]);
                    }
                }
                text.clear();
            }
            Event::DocType(_) => return Err(ctx.err(&DOCTYPE, &[])),
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if !root_seen {
        return Err(match first_root {
            Some(root) => ctx.err(&NOT_DMARC_XML, &[("root", root)]),
            None => ctx.err(&UNKNOWN_CONTENT, &[("what", describe(head, lang))]),
        });
    }
    if !closed {
        return Err(ctx.err(&INCOMPLETE_XML, &[]));
    }
    if !have_meta && !have_policy {
        return Err(ctx.err(&MISSING_FIELD, &[("field", "<report_metadata>".into())]));
    }
    a.xml_schema = if ns2 {
        "2.0".into()
    } else if let Some(v) = version {
        v
    } else {
        st.notes.push(Note::new(&NOTE_OLD_DRAFT, &[], lang));
        "draft".into()
    };
    for (field, empty) in [
        ("<org_name>", a.org_name.is_empty()),
        ("<report_id>", a.report_id.is_empty()),
        ("<domain>", a.policy.domain.is_empty()),
        ("<date_range>", begin.is_none() || end.is_none()),
    ] {
        if empty {
            st.notes.push(Note::new(
                &NOTE_MISSING_OPTIONAL,
                &[("field", field.into())],
                lang,
            ));
        }
    }
    a.domain = a.policy.domain.clone();
    a.begin_ts = begin.unwrap_or(0);
    a.end_ts = end.unwrap_or(0);
    if begin.is_some() {
        a.begin = super::rfc3339(a.begin_ts);
    }
    if end.is_some() {
        a.end = super::rfc3339(a.end_ts);
    }
    if a.policy.testing.as_deref() == Some("y") {
        st.notes.push(Note::new(&NOTE_TESTING, &[], lang));
    }
    if lossy(r.get_ref()) {
        st.notes.insert(0, Note::new(&NOTE_LOSSY_UTF8, &[], lang));
    }
    summarise(&mut a, lang);
    a.notes = st.notes;
    Ok(a)
}

/// On an element's start: open a new row, reason, DKIM or SPF result.
fn open(a: &mut Aggregate, stack: &[T], meta: &mut bool, policy: &mut bool) {
    match stack {
        [T::Feedback, T::Record] => push_long(&mut a.records, Row::default()),
        [
            T::Feedback,
            T::Record,
            T::Row,
            T::PolicyEvaluated,
            T::Reason,
        ] => {
            if let Some(r) = a.records.last_mut() {
                push_tight(&mut r.reasons, Reason::default());
            }
        }
        [T::Feedback, T::Record, T::AuthResults, T::Dkim] => {
            if let Some(r) = a.records.last_mut() {
                push_tight(&mut r.dkim_results, DkimResult::default());
            }
        }
        [T::Feedback, T::Record, T::AuthResults, T::Spf] => {
            if let Some(r) = a.records.last_mut() {
                push_tight(&mut r.spf_results, SpfResult::default());
            }
        }
        [T::Feedback, T::ReportMetadata] => *meta = true,
        [T::Feedback, T::PolicyPublished] => *policy = true,
        _ => {}
    }
}

/// Pushes without the spare room `Vec` leaves (room for four at the first
/// push): the lists of a row or a source hold one or two items, and a big
/// report has hundreds of thousands of them.
fn push_tight<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve_exact(1);
    }
    v.push(x);
}

/// Pushes to a long list (a report's rows or sources), growing it by a
/// quarter rather than doubling it, so that at most a fifth of it is spare.
fn push_long<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve_exact((v.capacity() / 4).max(16));
    }
    v.push(x);
}

const RESULT_WORDS: &[&str] = &["pass", "fail"];
const DKIM_WORDS: &[&str] = &[
    "none",
    "pass",
    "fail",
    "policy",
    "neutral",
    "temperror",
    "permerror",
];
const SPF_WORDS: &[&str] = &[
    "none",
    "neutral",
    "pass",
    "fail",
    "softfail",
    "temperror",
    "permerror",
];
const DISPOSITIONS: &[&str] = &["none", "quarantine", "reject", "pass"];

/// On an element's end: store its text.
#[allow(clippy::too_many_arguments)]
fn close(
    ctx: &Ctx,
    st: &mut XmlState,
    a: &mut Aggregate,
    stack: &[T],
    v: &str,
    version: &mut Option<String>,
    begin: &mut Option<i64>,
    end: &mut Option<i64>,
) -> Res<()> {
    let num = |field: &str, v: &str| -> Res<i64> {
        let t = v.trim();
        t.parse::<i64>()
            .or_else(|_| t.parse::<f64>().map(|f| f as i64).map_err(|_| ()))
            .map_err(|_| {
                ctx.err(
                    &BAD_NUMBER,
                    &[("field", field.to_string()), ("value", v.to_string())],
                )
            })
    };
    let p = &mut a.policy;
    match stack {
        [T::Feedback, T::Version] => *version = opt(v),
        [T::Feedback, T::ReportMetadata, field] => match *field {
            T::OrgName => a.org_name = v.to_string(),
            T::Email => a.org_email = opt(v),
            T::ExtraContactInfo => a.extra_contact_info = opt(v),
            T::ReportId => a.report_id = v.to_string(),
            T::Error => a.errors.push(v.to_string()),
            T::Generator => a.generator = opt(v),
            _ => {}
        },
        [T::Feedback, T::ReportMetadata, T::DateRange, T::Begin] => *begin = Some(num("begin", v)?),
        [T::Feedback, T::ReportMetadata, T::DateRange, T::End] => *end = Some(num("end", v)?),
        [T::Feedback, T::PolicyPublished, field] => {
            let slot = match *field {
                T::Domain => {
                    p.domain = v.to_string();
                    return Ok(());
                }
                T::Adkim => &mut p.adkim,
                T::Aspf => &mut p.aspf,
                T::P => &mut p.p,
                T::Sp => &mut p.sp,
                T::Np => &mut p.np,
                T::Pct => &mut p.pct,
                T::Fo => &mut p.fo,
                T::Testing => &mut p.testing,
                T::DiscoveryMethod => &mut p.discovery_method,
                _ => return Ok(()),
            };
            *slot = opt(&v.to_ascii_lowercase()).or_else(|| opt(v));
            if *field == T::Fo {
                *slot = opt(v);
            }
        }
        [T::Feedback, T::Record, rest @ ..] => {
            let Some(row) = a.records.last_mut() else {
                return Ok(());
            };
            match rest {
                [T::Row, T::SourceIp] => row.source_ip = v.to_string(),
                [T::Row, T::Count] => {
                    let n = num("count", v)?;
                    row.count = u64::try_from(n).map_err(|_| {
                        ctx.err(
                            &BAD_NUMBER,
                            &[("field", "count".into()), ("value", v.to_string())],
                        )
                    })?;
                }
                [T::Row, T::PolicyEvaluated, T::Disposition] => {
                    row.disposition = st.word("disposition", v, DISPOSITIONS)
                }
                [T::Row, T::PolicyEvaluated, T::Dkim] => {
                    row.dkim = st.word("policy_evaluated/dkim", v, RESULT_WORDS)
                }
                [T::Row, T::PolicyEvaluated, T::Spf] => {
                    row.spf = st.word("policy_evaluated/spf", v, RESULT_WORDS)
                }
                [T::Row, T::PolicyEvaluated, T::Reason, T::Type] => {
                    if let Some(r) = row.reasons.last_mut() {
                        r.kind = v.to_ascii_lowercase();
                    }
                }
                [T::Row, T::PolicyEvaluated, T::Reason, T::Comment] => {
                    if let Some(r) = row.reasons.last_mut() {
                        r.comment = opt(v);
                    }
                }
                [T::Identifiers, T::HeaderFrom] => row.header_from = v.to_ascii_lowercase(),
                [T::Identifiers, T::EnvelopeFrom] => {
                    row.envelope_from = opt(&v.to_ascii_lowercase())
                }
                [T::Identifiers, T::EnvelopeTo] => row.envelope_to = opt(&v.to_ascii_lowercase()),
                [T::AuthResults, T::Dkim, field] => {
                    let word = (*field == T::Result)
                        .then(|| st.word("auth_results/dkim/result", v, DKIM_WORDS));
                    if let Some(d) = row.dkim_results.last_mut() {
                        match *field {
                            T::Domain => d.domain = v.to_ascii_lowercase(),
                            T::Selector => d.selector = opt(v),
                            T::Result => d.result = word.unwrap_or_default(),
                            T::HumanResult => d.human_result = opt(v),
                            _ => {}
                        }
                    }
                }
                [T::AuthResults, T::Spf, field] => {
                    let word = (*field == T::Result)
                        .then(|| st.word("auth_results/spf/result", v, SPF_WORDS));
                    if let Some(s) = row.spf_results.last_mut() {
                        match *field {
                            T::Domain => s.domain = v.to_ascii_lowercase(),
                            T::Scope => s.scope = opt(&v.to_ascii_lowercase()),
                            T::Result => s.result = word.unwrap_or_default(),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
    Ok(())
}

/// The totals, and the rows grouped by source.
fn summarise(a: &mut Aggregate, lang: Lang) {
    a.records.shrink_to_fit();
    a.rows = a.records.len() as u64;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut sources: Vec<Source> = Vec::new();
    // The rows of each source, as a chain: the first and last row of each
    // source, and for each row the next row of the same source.
    let mut chain: Vec<(usize, usize)> = Vec::new();
    let mut next: Vec<usize> = vec![usize::MAX; a.records.len()];
    // Counts `n` messages, passing DKIM and SPF as told, into the totals
    // of the issue or of one source (the same four fields in both).
    macro_rules! tally {
        ($t:expr, $n:expr, $dkim:expr, $spf:expr) => {{
            $t.messages += $n;
            if $dkim || $spf {
                $t.dmarc_pass += $n;
            }
            if $spf {
                $t.spf_aligned += $n;
            }
            if $dkim {
                $t.dkim_aligned += $n;
            }
        }};
    }
    for (ri, row) in a.records.iter().enumerate() {
        let dkim = row.dkim == "pass";
        let spf = row.spf == "pass";
        tally!(a, row.count, dkim, spf);
        let i = *index.entry(row.source_ip.as_str()).or_insert_with(|| {
            push_long(
                &mut sources,
                Source {
                    ip: row.source_ip.clone(),
                    ..Source::default()
                },
            );
            chain.push((ri, ri));
            sources.len() - 1
        });
        let (_, last) = &mut chain[i];
        if *last != ri {
            next[*last] = ri;
            *last = ri;
        }
        let s = &mut sources[i];
        tally!(s, row.count, dkim, spf);
        add(&mut s.dispositions, &row.disposition);
        add(&mut s.header_from, &row.header_from);
        if let Some(e) = &row.envelope_from {
            add(&mut s.envelope_from, e);
        }
        for d in &row.dkim_results {
            add(&mut s.dkim_domains, &d.domain);
            if let Some(sel) = &d.selector {
                add(&mut s.dkim_selectors, sel);
            }
        }
        for sp in &row.spf_results {
            if sp.scope.as_deref() != Some("helo") {
                add(&mut s.envelope_from, &sp.domain);
            }
        }
    }
    drop(index);
    let mut rows: Vec<&Row> = Vec::new();
    for (s, &(first, _)) in sources.iter_mut().zip(&chain) {
        if s.dmarc_pass < s.messages {
            rows.clear();
            let mut ri = first;
            while ri != usize::MAX {
                rows.push(&a.records[ri]);
                ri = next[ri];
            }
            s.fix = Some(explain::source_fix(s, &rows, &a.domain, lang));
        }
    }
    // Unstable (no buffer to allocate): no two sources have the same IP.
    sources.sort_unstable_by(|x, y| y.messages.cmp(&x.messages).then_with(|| x.ip.cmp(&y.ip)));
    sources.shrink_to_fit();
    a.sources = sources;
}

fn add(v: &mut Vec<String>, s: &str) {
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        push_tight(v, s.to_string());
    }
}

// ---------------------------------------------------------------- TLS JSON

fn read_tls(ctx: &mut Ctx, bytes: &[u8]) -> Res<TlsReport> {
    use serde_json::Value;
    let lang = ctx.lang();
    if let Err(e) = std::str::from_utf8(bytes) {
        return Err(ctx.err(&INVALID_UTF8, &[("at", e.valid_up_to().to_string())]));
    }
    let v: Value = serde_json::from_slice(bytes).map_err(|e| {
        ctx.err(
            &BAD_JSON,
            &[
                ("line", e.line().to_string()),
                ("column", e.column().to_string()),
                ("detail", ctx.said(ReadError::Json(e))),
            ],
        )
    })?;
    let missing = |f: &str| ctx.err(&NOT_TLSRPT_JSON, &[("field", f.to_string())]);
    let obj = v.as_object().ok_or_else(|| missing("object"))?;
    let policies = obj
        .get("policies")
        .and_then(Value::as_array)
        .ok_or_else(|| missing("policies"))?;
    let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let n = |v: Option<&Value>| {
        v.and_then(|x| {
            x.as_u64()
                .or_else(|| x.as_str().and_then(|s| s.trim().parse().ok()))
        })
        .unwrap_or(0)
    };
    let mut t = TlsReport {
        org_name: s(obj.get("organization-name")).unwrap_or_default(),
        report_id: s(obj.get("report-id")).unwrap_or_default(),
        contact_info: s(obj.get("contact-info")),
        begin: s(obj.get("date-range").and_then(|d| d.get("start-datetime"))).unwrap_or_default(),
        end: s(obj.get("date-range").and_then(|d| d.get("end-datetime"))).unwrap_or_default(),
        ..TlsReport::default()
    };
    for (field, empty) in [
        ("organization-name", t.org_name.is_empty()),
        ("report-id", t.report_id.is_empty()),
        ("date-range", t.begin.is_empty() || t.end.is_empty()),
    ] {
        if empty {
            t.notes.push(Note::new(
                &NOTE_MISSING_OPTIONAL,
                &[("field", field.into())],
                lang,
            ));
        }
    }
    let mut noted = Vec::new();
    let mut note_once =
        |t: &mut TlsReport, m: &'static Message, args: &[(&'static str, String)]| {
            if !noted.contains(&m.code) {
                noted.push(m.code);
                t.notes.push(Note::new(m, args, lang));
            }
        };
    for p in policies {
        let pol = p.get("policy");
        let sum = p.get("summary");
        let mut tp = TlsPolicy {
            policy_type: s(pol.and_then(|x| x.get("policy-type"))).unwrap_or_default(),
            policy_domain: s(pol.and_then(|x| x.get("policy-domain"))),
            successful_sessions: n(sum.and_then(|x| x.get("total-successful-session-count"))),
            failed_sessions: n(sum.and_then(|x| x.get("total-failure-session-count"))),
            ..TlsPolicy::default()
        };
        if let Some(lines) = pol
            .and_then(|x| x.get("policy-string"))
            .and_then(Value::as_array)
        {
            tp.policy_strings = lines
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
        }
        tp.mode = tp.policy_strings.iter().find_map(|l| {
            l.split_once(':')
                .filter(|(k, _)| k.trim() == "mode")
                .map(|(_, v)| v.trim().to_string())
        });
        match pol.and_then(|x| x.get("mx-host")) {
            Some(Value::Array(a)) => {
                tp.mx_hosts = a
                    .iter()
                    .filter_map(|h| {
                        h.as_str()
                            .or_else(|| h.get("hostname").and_then(Value::as_str))
                    })
                    .map(str::to_string)
                    .collect()
            }
            Some(Value::String(h)) => {
                tp.mx_hosts = vec![h.clone()];
                note_once(&mut t, &NOTE_MX_HOST_STRING, &[]);
            }
            _ => {}
        }
        if tp.policy_domain.is_none() {
            note_once(&mut t, &NOTE_NO_POLICY_DOMAIN, &[]);
        }
        if !["sts", "tlsa", "no-policy-found"].contains(&tp.policy_type.as_str()) {
            let v = tp.policy_type.clone();
            note_once(&mut t, &NOTE_UNKNOWN_POLICY_TYPE, &[("value", v)]);
        }
        if let Some(details) = p.get("failure-details").and_then(Value::as_array) {
            for d in details {
                let rt = s(d.get("result-type")).unwrap_or_default();
                let f = TlsFailure {
                    explanation: explain::tls_failure(&rt).get(lang).to_string(),
                    result_type: rt,
                    sending_mta_ip: s(d.get("sending-mta-ip")),
                    receiving_mx_hostname: s(d.get("receiving-mx-hostname")),
                    receiving_mx_helo: s(d.get("receiving-mx-helo")),
                    receiving_ip: s(d.get("receiving-ip")),
                    failed_sessions: n(d.get("failed-session-count")),
                    additional_information: s(d.get("additional-information")),
                    failure_reason_code: s(d.get("failure-reason-code")),
                };
                if f.sending_mta_ip.is_none() {
                    note_once(&mut t, &NOTE_NO_SENDING_IP, &[]);
                }
                tp.failures.push(f);
            }
        }
        tp.advice = explain::tls_policy_advice(&tp, lang);
        t.successful_sessions += tp.successful_sessions;
        t.failed_sessions += tp.failed_sessions;
        t.policies.push(tp);
    }
    Ok(t)
}
