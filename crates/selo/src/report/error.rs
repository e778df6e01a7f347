//! Why a report file could not be read to the end: a failed read, broken
//! compressed data, a broken archive, XML or JSON. Each says what went
//! wrong in English and in Portuguese ([`Localized`]); the English text is
//! the library's own, the Portuguese one names the kind of failure.

use crate::{Lang, Localized};
use std::fmt;
use std::io::ErrorKind;

/// Why a report file could not be read to the end.
///
/// ```
/// use selo::{Lang, Localized, report::ReadError};
/// let e = ReadError::Io(std::io::Error::from(std::io::ErrorKind::UnexpectedEof));
/// assert_eq!(e.message_in(Lang::Pt), "os dados terminam cedo demais (truncados)");
/// ```
#[derive(Debug)]
pub enum ReadError {
    /// Reading or decompressing failed.
    Io(std::io::Error),
    /// The zip archive is broken or uses what Selo does not read.
    Zip(zip::result::ZipError),
    /// The XML is not well formed.
    Xml(quick_xml::Error),
    /// A character reference (`&#...;`) names no character.
    CharRef,
    /// The JSON is not well formed.
    Json(serde_json::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) if e.kind() == ErrorKind::UnexpectedEof => {
                f.write_str("the data ends too early (truncated)")
            }
            ReadError::Io(e) => e.fmt(f),
            ReadError::Zip(e) => e.fmt(f),
            ReadError::Xml(e) => e.fmt(f),
            ReadError::CharRef => f.write_str("bad character reference"),
            ReadError::Json(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

impl Localized for ReadError {
    /// What went wrong, in `lang`. The libraries' own details are in
    /// English: the Portuguese text names the kind of failure instead.
    fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ReadError::Io(e) => match e.kind() {
                ErrorKind::UnexpectedEof => "os dados terminam cedo demais (truncados)",
                ErrorKind::InvalidData | ErrorKind::InvalidInput => {
                    "os dados comprimidos estão danificados"
                }
                ErrorKind::OutOfMemory => "memória insuficiente",
                _ => "erro de leitura",
            },
            ReadError::Zip(e) => match e {
                zip::result::ZipError::UnsupportedArchive(_) => {
                    "o arquivo usa uma funcionalidade que o Selo não lê"
                }
                zip::result::ZipError::Io(io) if io.kind() == ErrorKind::UnexpectedEof => {
                    "o arquivo termina cedo demais (truncado)"
                }
                _ => "o arquivo está danificado",
            },
            ReadError::Xml(_) => "sintaxe XML inválida",
            ReadError::CharRef => "referência de carácter inválida",
            ReadError::Json(e) => match e.classify() {
                serde_json::error::Category::Eof => "o JSON termina cedo demais (truncado)",
                serde_json::error::Category::Io => "erro de leitura",
                _ => "sintaxe JSON inválida",
            },
        }
        .into()
    }
}
