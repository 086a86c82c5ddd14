//! Articles given as JSON lines on stdin (`--stdin-jsonl`): one object per line,
//! `{"id", "text", "published", "lang", "outlet", "format"}`, only `id` and `text` required.
//!
//! A line becomes the document a file named after its `id` would give, read as its `format`
//! (`txt`, `md` or `html`; `txt` by default), with `published`, `lang` and `outlet` over what the
//! text says of itself, as front matter is. A bad line (not JSON, a field missing or of the wrong
//! kind, a date that is not `YYYY-MM-DD`, an id given twice, a line over [`MAX_LINE_BYTES`]) is an
//! error naming its line (`stdin line 17: …`) and is skipped; the other lines are read. Lines are
//! read one at a time and turned into documents in batches, in parallel: reading takes time and
//! memory in proportion to the input.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::io::{self, BufRead};

use rayon::prelude::*;
use serde_json::{Map, Value};

use super::{Document, Given, Kind, Name, Published, from_named, line_label};
use crate::{Error, Options};

/// Lines longer than this are refused rather than read into memory, as a file over the same
/// size is.
pub const MAX_LINE_BYTES: usize = super::inputs::MAX_INPUT_BYTES as usize;

/// The fields a line may have; others are left unread, and named once in a warning.
pub const FIELDS: [&str; 6] = ["id", "text", "published", "lang", "outlet", "format"];

/// Text read before the lines read so far become documents: a batch is turned into documents in
/// parallel, and a run never holds more than one batch's text besides its documents.
const BATCH_BYTES: usize = 16 << 20;

/// The largest line buffer kept from one line to the next.
const KEPT_BUFFER: usize = 1 << 20;

/// One line's article, checked, before it is read as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The document's id, as given.
    pub id: String,
    /// The article.
    pub text: String,
    /// How to read the text (`format`).
    pub kind: Kind,
    /// The metadata given beside the text.
    pub given: Given,
}

/// What reading stdin's lines gave: the documents, in line order, the lines that could not be
/// read, and warnings.
#[derive(Debug, Default)]
pub struct FromLines {
    /// The documents, in line order.
    pub documents: Vec<Document>,
    /// The lines that could not be read, in line order, each naming its line.
    pub errors: Vec<Error>,
    /// Problems that did not stop a line from being read.
    pub warnings: Vec<String>,
}

/// Reads one line (its bytes, without the newline) into a [`Line`]; the error says what is
/// wrong with it, in words.
pub fn parse_line(bytes: &[u8]) -> Result<Line, String> {
    parse_with_extra(bytes, &mut BTreeSet::new())
}

/// [`parse_line`], adding the names of the fields it does not read to `extra`.
fn parse_with_extra(bytes: &[u8], extra: &mut BTreeSet<String>) -> Result<Line, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        let message = e.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        format!("not valid JSON: {message} at column {}", e.column())
    })?;
    let Value::Object(mut fields) = value else {
        return Err(format!(
            "not a JSON object but {}: give one article per line, {{\"id\": …, \"text\": …}}",
            what(&value)
        ));
    };
    let id = string(&mut fields, "id")?.ok_or("no \"id\": give each article an id")?;
    if id.trim().is_empty() {
        return Err("\"id\" is empty: give each article an id".into());
    }
    let text = string(&mut fields, "text")?.ok_or("no \"text\": give the article's text")?;
    let kind = match string(&mut fields, "format")?.as_deref() {
        None | Some("txt") => Kind::Text,
        Some("md") => Kind::Markdown,
        Some("html") => Kind::Html,
        Some(other) => {
            return Err(format!(
                "\"format\" is '{}': use txt, md or html",
                crate::error::escape_controls(other)
            ));
        }
    };
    let published = match string(&mut fields, "published")? {
        None => None,
        Some(value) => Some(published(&value).ok_or_else(|| {
            format!(
                "\"published\" is '{}', not a date: write YYYY-MM-DD",
                crate::error::escape_controls(&value)
            )
        })?),
    };
    let given = Given {
        outlet: string(&mut fields, "outlet")?.filter(|o| !o.trim().is_empty()),
        published,
        lang: string(&mut fields, "lang")?.filter(|l| !l.trim().is_empty()),
    };
    extra.extend(fields.into_iter().map(|(name, _)| name));
    Ok(Line {
        id,
        text,
        kind,
        given,
    })
}

/// The string field `name` taken out of `fields`: `None` when it is absent or null, an error
/// when it is something else than a string.
fn string(fields: &mut Map<String, Value>, name: &str) -> Result<Option<String>, String> {
    match fields.remove(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("\"{name}\" is {}, not a string", what(&other))),
    }
}

/// A JSON value's kind, in words.
fn what(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A publication date as a line gives it: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` as claimdiff's
/// own JSON writes it.
fn published(value: &str) -> Option<Published> {
    let value = value.trim();
    let date = value.get(..10)?.parse().ok()?;
    let time = match value.get(10..)? {
        "" => None,
        rest => {
            let hm = rest.strip_prefix(['T', ' '])?;
            Some(jiff::civil::Time::strptime("%H:%M", hm).ok()?)
        }
    };
    Some(Published { date, time })
}

/// One line of the input, as [`next_line`] reads it.
enum Next {
    /// A line, its newline dropped.
    Line,
    /// A line longer than the limit, read past.
    TooLong,
    /// The end of the input.
    End,
}

/// Reads the next line of `reader` into `buf` (cleared first), at most `limit` bytes of it: a
/// longer line is read past without being kept.
fn next_line<R: BufRead>(reader: &mut R, buf: &mut Vec<u8>, limit: usize) -> io::Result<Next> {
    buf.clear();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let n = io::Read::take(&mut *reader, cap).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(Next::End);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Next::Line);
    }
    if buf.len() <= limit {
        // The last line, without a newline.
        return Ok(Next::Line);
    }
    buf.clear();
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(Next::TooLong);
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(Next::TooLong);
            }
            None => {
                let len = available.len();
                reader.consume(len);
            }
        }
    }
}

/// Reads every line of `reader` as an article, lines up to `limit` bytes; blank lines are
/// passed over.
pub fn read<R: BufRead>(mut reader: R, limit: usize, options: &Options) -> FromLines {
    let mut read = FromLines::default();
    // The lines read since the last batch was turned into documents, good or bad, in order.
    let mut batch: Vec<(usize, Result<Line, Error>)> = Vec::new();
    let mut batch_bytes = 0;
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    let mut extra = BTreeSet::new();
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        // A large line's buffer is not kept for the lines after it: a run holds a large line
        // once, as its document's text.
        if buf.capacity() > KEPT_BUFFER {
            buf = Vec::new();
        }
        let next = match next_line(&mut reader, &mut buf, limit) {
            Ok(next) => next,
            Err(e) => {
                let source = io::Error::new(e.kind(), format!("cannot read: {e}"));
                let path = "-".into();
                batch.push((number, Err(Error::Io { path, source })));
                break;
            }
        };
        number += 1;
        let bad = |reason| Error::Decode {
            path: line_label(number),
            reason,
        };
        let bytes = match next {
            Next::End => break,
            Next::TooLong => {
                let reason = format!(
                    "longer than {}: not read (split it into articles)",
                    size(limit)
                );
                batch.push((number, Err(bad(reason))));
                continue;
            }
            // A byte order mark may open the input.
            Next::Line if number == 1 => buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf),
            Next::Line => &buf[..],
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = parse_with_extra(bytes, &mut extra).and_then(|line| {
            match first_line_of.get(&line.id) {
                Some(first) => Err(format!(
                    "id '{}' was already given on line {first}: give each article its own id",
                    crate::error::escape_controls(&line.id)
                )),
                None => {
                    first_line_of.insert(line.id.clone(), number);
                    Ok(line)
                }
            }
        });
        batch_bytes += line.as_ref().map_or(0, |l| l.text.len());
        batch.push((number, line.map_err(bad)));
        if batch_bytes >= BATCH_BYTES {
            to_documents(std::mem::take(&mut batch), options, &mut read);
            batch_bytes = 0;
        }
    }
    to_documents(batch, options, &mut read);
    if !extra.is_empty() {
        let names: Vec<String> = extra
            .iter()
            .map(|n| format!("'{}'", crate::error::escape_controls(n)))
            .collect();
        read.warnings.push(format!(
            "stdin: field{} {} left unread (a line gives {})",
            if names.len() > 1 { "s" } else { "" },
            names.join(", "),
            FIELDS.join(", ")
        ));
    }
    read
}

/// A size in words: `256 MiB`, or bytes below a mebibyte.
fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// Turns a batch of lines into documents, in parallel, adding them and the errors of the batch
/// to `read` in line order.
fn to_documents(batch: Vec<(usize, Result<Line, Error>)>, options: &Options, read: &mut FromLines) {
    let results: Vec<Result<Document, Error>> = batch
        .into_par_iter()
        .map(|(number, line)| {
            let line = line?;
            from_named(
                &Name::of_line(&line.id, number),
                Some(line.kind),
                Cow::Owned(line.text),
                line.given,
                options,
            )
        })
        .collect();
    for result in results {
        match result {
            Ok(doc) => read.documents.push(doc),
            Err(e) => read.errors.push(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a line gives: its id, format and metadata, or the start of its error.
    fn outcome(bytes: &[u8]) -> Result<String, String> {
        parse_line(bytes).map(|l| {
            format!(
                "{} {:?} outlet={:?} published={:?} lang={:?} text={:?}",
                l.id,
                l.kind,
                l.given.outlet,
                l.given.published.map(|p| p.to_string()),
                l.given.lang,
                l.text
            )
        })
    }

    #[test]
    fn line_parser_rows() {
        let rows: &[(&str, Result<&str, &str>)] = &[
            (
                r#"{"id":"a","text":"Un texte."}"#,
                Ok(r#"a Text outlet=None published=None lang=None text="Un texte.""#),
            ),
            (
                r#"{"id":"le-phare","text":"T","published":"2024-10-28","lang":"fr","outlet":"Le Phare","format":"md"}"#,
                Ok(
                    r#"le-phare Markdown outlet=Some("Le Phare") published=Some("2024-10-28") lang=Some("fr") text="T""#,
                ),
            ),
            (
                r#"{"id":"p","text":"<p>T</p>","format":"html","published":"2024-10-28T09:15"}"#,
                Ok(
                    r#"p Html outlet=None published=Some("2024-10-28T09:15") lang=None text="<p>T</p>""#,
                ),
            ),
            (
                r#"{"id":"n","text":"T","outlet":"  ","lang":null,"url":"https://x.org"}"#,
                Ok(r#"n Text outlet=None published=None lang=None text="T""#),
            ),
            (
                "{\"id\":\"crlf\",\"text\":\"T\"}\r",
                Ok(r#"crlf Text outlet=None published=None lang=None text="T""#),
            ),
            (r#"{"text":"T"}"#, Err("no \"id\"")),
            (r#"{"id":"  ","text":"T"}"#, Err("\"id\" is empty")),
            (
                r#"{"id":7,"text":"T"}"#,
                Err("\"id\" is a number, not a string"),
            ),
            (r#"{"id":"a"}"#, Err("no \"text\"")),
            (
                r#"{"id":"a","text":["T"]}"#,
                Err("\"text\" is an array, not a string"),
            ),
            (
                r#"{"id":"a","text":"T","published":"28/10/2024"}"#,
                Err("\"published\" is '28/10/2024', not a date"),
            ),
            (
                r#"{"id":"a","text":"T","published":"2024-02-30"}"#,
                Err("\"published\" is '2024-02-30', not a date"),
            ),
            (
                r#"{"id":"a","text":"T","published":"2024-10-28 at noon"}"#,
                Err("\"published\" is '2024-10-28 at noon', not a date"),
            ),
            (
                r#"{"id":"a","text":"T","format":"pdf"}"#,
                Err("\"format\" is 'pdf': use txt, md or html"),
            ),
            (
                r#"{"id":"a","text":"T","format":"MD"}"#,
                Err("\"format\" is 'MD'"),
            ),
            (
                r#"{"id":"a","text":"T""#,
                Err("not valid JSON: EOF while parsing an object at column 20"),
            ),
            (
                r#"{'id':'a'}"#,
                Err("not valid JSON: key must be a string at column 2"),
            ),
            (r#"["a","T"]"#, Err("not a JSON object but an array")),
            (r#""a""#, Err("not a JSON object but a string")),
        ];
        for (line, want) in rows {
            let got = outcome(line.as_bytes());
            match (want, &got) {
                (Ok(want), Ok(got)) => assert_eq!(got, want, "{line}"),
                (Err(want), Err(got)) => assert!(got.starts_with(want), "{line}: {got}"),
                _ => panic!("{line}: got {got:?}, want {want:?}"),
            }
        }
        // Bytes that are not UTF-8 in a string.
        let got = outcome(b"{\"id\":\"a\",\"text\":\"\xff\"}").unwrap_err();
        assert!(got.starts_with("not valid JSON: invalid unicode"), "{got}");
    }

    /// The ids of the documents, and the errors, that reading `input` gives.
    fn read_all(input: &[u8], limit: usize) -> (Vec<String>, Vec<String>, Vec<String>) {
        let all = read(input, limit, &Options::default());
        (
            all.documents.into_iter().map(|d| d.id).collect(),
            all.errors.iter().map(ToString::to_string).collect(),
            all.warnings,
        )
    }

    #[test]
    fn bad_lines_are_skipped_and_named() {
        let text = "Environ 3 000 soldats sont en Russie, selon Séoul.";
        let good = |id: &str| format!("{{\"id\":\"{id}\",\"text\":\"{text}\"}}");
        let huge = format!("{{\"id\":\"huge\",\"text\":\"{}\"}}", "x".repeat(300));
        let input = [
            format!("\u{feff}{}", good("a")),
            r#"{"id":"e","text":"   "}"#.to_string(),
            r#"{"id":"b"}"#.to_string(),
            good("c"),
            "  ".to_string(),
            huge,
            good("a"),
            String::new(),
            good("d"),
        ]
        .join("\n");
        let (ids, errors, warnings) = read_all(input.as_bytes(), 200);
        assert_eq!(ids, ["a", "c", "d"]);
        assert_eq!(
            errors,
            [
                "stdin line 2: empty text: no article to read",
                "stdin line 3: no \"text\": give the article's text",
                "stdin line 6: longer than 200 bytes: not read (split it into articles)",
                "stdin line 7: id 'a' was already given on line 1: give each article its own id",
            ]
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_long_line_at_the_end_and_lines_at_the_limit() {
        let line = r#"{"id":"a","text":"Un texte."}"#;
        let (ids, errors, _) = read_all(line.as_bytes(), line.len());
        assert_eq!((ids, errors), (vec!["a".to_string()], vec![]));
        let (ids, errors, _) = read_all(format!("{line}\n").as_bytes(), line.len());
        assert_eq!((ids, errors.len()), (vec!["a".to_string()], 0));
        let (ids, errors, _) = read_all(line.as_bytes(), line.len() - 1);
        assert!(ids.is_empty());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("stdin line 1: longer than"));
    }

    #[test]
    fn fields_left_unread_are_named_once() {
        let input = "{\"id\":\"a\",\"text\":\"Un texte.\",\"url\":\"u\"}\n{\"id\":\"b\",\"text\":\"Un texte.\",\"url\":\"v\",\"title\":\"T\"}\n";
        let (_, _, warnings) = read_all(input.as_bytes(), MAX_LINE_BYTES);
        assert_eq!(
            warnings,
            [
                "stdin: fields 'title', 'url' left unread (a line gives id, text, published, lang, outlet, format)"
            ]
        );
    }

    #[test]
    fn given_metadata_wins_over_the_text() {
        let input = r#"{"id":"x-2024-10-20","text":"---\noutlet: Front\ndate: 2024-10-21\nlang: en\n---\nUn texte en français, selon le ministère.\n","format":"md","published":"2024-10-22","outlet":"Given","lang":"fr"}"#;
        let given = read(input.as_bytes(), MAX_LINE_BYTES, &Options::default());
        assert!(given.errors.is_empty(), "{:?}", given.errors);
        let d = &given.documents[0];
        assert_eq!(d.id, "x-2024-10-20");
        assert_eq!(d.path, "-");
        assert_eq!(d.outlet, "Given");
        assert_eq!(d.published.unwrap().to_string(), "2024-10-22");
        assert_eq!(
            d.published_from,
            Some(super::super::PublishedFrom::Metadata)
        );
        assert_eq!(d.lang, crate::Lang::Fr);
        // Without metadata, the id gives the outlet and the date, as a file name does.
        let input =
            r#"{"id":"le-phare-2024-10-28","text":"Un texte sans date, selon le ministère."}"#;
        let named = read(input.as_bytes(), MAX_LINE_BYTES, &Options::default());
        let d = &named.documents[0];
        assert_eq!(d.outlet, "Le Phare");
        assert_eq!(d.published.unwrap().to_string(), "2024-10-28");
    }
}
