//! Reading inputs: files, directories and stdin become [`Document`]s.
//!
//! Each document knows its id, outlet, language, publication date and title, and holds its
//! decoded text; every byte span in a claim refers to that text. Plain text is kept as decoded
//! (line endings made `\n`); Markdown bodies are made plain ([`markdown::to_plain`]); a saved
//! page becomes its article's paragraphs ([`html::read`]). Front matter is kept in the text but
//! skipped by the later stages (`body_start`).
//!
//! Reading never stops at a bad input: [`load`] returns the documents it could read, the inputs
//! it could not read or that hold nothing to read (errors, which make the run exit with 2) and
//! the problems met along the way (warnings), each naming its file.

pub mod controls;
pub mod dateline;
pub mod html;
pub mod lines;
pub mod markdown;
pub mod text;

mod inputs;

pub use inputs::{EXTENSIONS, Loaded, Stdin, load, load_with, read_file};

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use jiff::ToSpan;
use jiff::civil::{Date, Time};
use serde::Serialize;

use crate::{Error, Lang, Options};

/// When an article was published, in the article's own local time (never moved to UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The local calendar date.
    pub date: Date,
    /// The local time, when given.
    pub time: Option<Time>,
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::fmt::Display for Published {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.time {
            Some(t) => write!(f, "{}T{:02}:{:02}", self.date, t.hour(), t.minute()),
            None => write!(f, "{}", self.date),
        }
    }
}

/// How a document's language was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LangOrigin {
    /// Detected from the text.
    Detected,
    /// Given by the document (front matter, `<html lang>`).
    Declared,
    /// Forced by `--lang`.
    Forced,
}

/// One article, decoded and described.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Short stable id, unique within a run (the file stem, disambiguated when needed).
    pub id: String,
    /// The path as given, or `-` for stdin.
    pub path: String,
    /// The outlet: from front matter or metadata, else from the file name.
    pub outlet: String,
    /// The article's language.
    pub lang: Lang,
    /// How the language was decided.
    pub lang_origin: LangOrigin,
    /// Publication date and time, local, when known.
    pub published: Option<Published>,
    /// Where the publication date came from, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_from: Option<PublishedFrom>,
    /// The title, when known.
    pub title: Option<String>,
    /// The encoding the bytes were decoded from ("UTF-8", "windows-1252").
    pub encoding: String,
    /// Non-fatal problems met while reading ("no publication date: relative dates unresolved").
    pub warnings: Vec<String>,
    /// The decoded text; spans refer to it.
    #[serde(skip)]
    pub text: String,
    /// Byte offset where the article body starts (after any front matter).
    #[serde(skip)]
    pub body_start: usize,
    /// Byte span of the dateline line in `text`, when the body has one (its date is metadata,
    /// never a claim).
    #[serde(skip)]
    pub dateline: Option<[usize; 2]>,
}

/// What kind of file an input is, from its extension or, failing that, its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text, possibly with front matter.
    Text,
    /// Markdown with front matter.
    Markdown,
    /// A saved web page.
    Html,
}

impl Kind {
    /// The kind of `path`, whose decoded text is `text`.
    pub fn of(path: &str, text: &str) -> Kind {
        let ext = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("html" | "htm" | "xhtml") => Kind::Html,
            Some("md" | "markdown") => Kind::Markdown,
            _ => {
                let head: String = text
                    .trim_start_matches('\u{FEFF}')
                    .trim_start()
                    .chars()
                    .take(15)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if head.starts_with("<!doctype html") || head.starts_with("<html") {
                    Kind::Html
                } else {
                    Kind::Text
                }
            }
        }
    }
}

/// Decodes `bytes` read from `path` and builds its document.
pub fn from_bytes(path: &str, bytes: &[u8], options: &Options) -> Result<Document, Error> {
    let decoded = text::decode(Path::new(path), bytes)?;
    let mut doc = from_text(path, &decoded.text, options)?;
    doc.encoding = decoded.encoding.to_string();
    Ok(doc)
}

/// What the file says about itself, before language and date are settled.
#[derive(Debug, Default)]
struct Meta {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<Published>,
    /// Where `published` came from.
    published_from: Option<PublishedFrom>,
    /// A front matter date that is not ISO: read once the language gives its numeric order.
    other_date: Option<String>,
    declared_lang: Option<String>,
}

/// Where a document's publication date came from, as the JSON says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedFrom {
    /// The front matter's `date`.
    FrontMatter,
    /// Metadata given with the article: a saved page's (`article:published_time`, `<time>`,
    /// JSON-LD), or a JSON line's `published`.
    Metadata,
    /// A dateline in the first lines of the article, or the sign-off line in parentheses that
    /// closes it ("(Gazzetta del Tirreno, 30 maggio 2017)").
    Dateline,
    /// A `YYYY-MM-DD` in the file name, when the article gives no date.
    FileName,
    /// `--date`.
    Option,
    /// A wire dateline's day and month ("BERLIN, 16 juillet (…)"), with the year of the other
    /// articles compared ([`year_from_others`]).
    WireDateline,
    /// A wire dateline's day and month, with the year of the page's copyright notice ("©
    /// 2024 Indian Ocean Wire").
    Copyright,
}

/// What the warning of an article without a date says.
const NO_DATE: &str = "no publication date found";

/// Dates the articles whose wire dateline gives a day and month but no year ("BERLIN, 16
/// juillet (…)", "SEOUL, Oct 30 (…)") with a year of the other articles. Of the years that put
/// that day within [`WINDOW_DAYS`] of their dates: a year in which that day is a weekday the
/// article names ("Sept. 22 … bused to safety on Friday" fits 2017, when 22 September was a
/// Friday, and not 2018), then the year that puts the day nearest another article's date,
/// then the earlier; when no year does, the nearest. How often a weekday is named does not
/// count: a story names the day of the event it follows more often than its own. For
/// `compare`, whose articles report one story; the article says so in its warnings. Articles
/// dated otherwise are not touched.
pub fn year_from_others(documents: &mut [Document]) {
    let mut dates: Vec<Date> = documents
        .iter()
        .filter_map(|d| d.published.map(|p| p.date))
        .collect();
    if dates.is_empty() {
        return;
    }
    dates.sort_unstable();
    // Days to the nearest publication date, by a binary search of the sorted dates.
    let distance = |date: Date| {
        let at = dates.partition_point(|&other| other < date);
        [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .filter_map(|k| dates.get(k))
            .map(|&other| (date - other).get_days().abs())
            .min()
            .unwrap_or(i32::MAX)
    };
    for d in documents.iter_mut().filter(|d| d.published.is_none()) {
        let Some([start, end]) = d.dateline else {
            continue;
        };
        let line = d.text.get(start..end).unwrap_or("");
        let Some((month, day)) = dateline::day_and_month(line, &d.lang.data().dates) else {
            continue;
        };
        let (first, last) = (dates[0].year(), dates[dates.len() - 1].year());
        let candidates: Vec<Date> = (first - 1..=last + 1)
            .filter_map(|y| Date::new(y, month, day).ok())
            .collect();
        let window = |date: &Date| {
            let (earliest, latest) = (dates[0], dates[dates.len() - 1]);
            earliest.checked_sub(WINDOW_DAYS.days()).unwrap_or(earliest) <= *date
                && *date <= latest.checked_add(WINDOW_DAYS.days()).unwrap_or(latest)
        };
        let named = weekdays_named(d);
        let in_window: Vec<Date> = candidates.iter().copied().filter(window).collect();
        let nearest = if in_window.is_empty() {
            candidates
                .into_iter()
                .min_by_key(|&date| (distance(date), date))
        } else {
            in_window.into_iter().min_by_key(|&date| {
                let weekday = date.weekday().to_monday_zero_offset() as usize;
                (named[weekday] == 0, distance(date), date)
            })
        };
        let Some(date) = nearest else {
            continue;
        };
        d.published = Some(Published { date, time: None });
        d.published_from = Some(PublishedFrom::WireDateline);
        let name = crate::error::shown(Path::new(&d.path));
        d.warnings.retain(|w| !w.contains(NO_DATE));
        d.warnings.push(format!(
            "{name}: its dateline gives no year: dated {date}, from the other articles' dates"
        ));
    }
}

/// How far outside the other articles' dates a story with a year-less dateline may be dated:
/// the first hours' copy comes a little before the follow-ups, never a year before or after.
const WINDOW_DAYS: i64 = 30;

/// How many times the body of `d` names each weekday as a date (as the date reader reads one:
/// "on Friday", "na sexta-feira", not "pela quarta vez"), Monday first.
fn weekdays_named(d: &Document) -> [usize; 7] {
    use crate::extract::date::scan::{Expr, scan};
    let tokens = crate::token::tokenize(&d.text, d.body_start, d.text.len());
    let mut named = [0; 7];
    for found in scan(&tokens, &d.lang.data().dates) {
        if let Expr::Weekday { weekday, .. } | Expr::Night { weekday, .. } = found.expr {
            named[weekday.to_monday_zero_offset() as usize] += 1;
        }
    }
    named
}

/// Builds a document from already decoded text; `path` names it, gives its kind (extension)
/// and its default outlet (file stem).
pub fn from_text(path: &str, text: &str, options: &Options) -> Result<Document, Error> {
    from_named(
        &Name::of_path(path),
        None,
        Cow::Borrowed(text),
        Given::default(),
        options,
    )
}

/// How an input is named in a run: the document's path, the stem its id, default outlet and
/// date come from, and what its errors and warnings name.
#[derive(Debug, Clone)]
pub(crate) struct Name {
    /// The path as given (`-` for stdin).
    path: String,
    /// The id before it is made unique: the file stem (`stdin` for stdin), or a JSON line's id.
    stem: String,
    /// What errors and warnings name: the path, or `stdin line 17`.
    label: PathBuf,
    /// Whether the input is a JSON line's text rather than a file.
    line: bool,
}

impl Name {
    /// A file's name (`-` for stdin).
    fn of_path(path: &str) -> Name {
        let stem = if path == "-" {
            "stdin".to_string()
        } else {
            let stem = Path::new(path)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.to_string());
            crate::error::escape_controls(&stem)
        };
        Name {
            path: path.to_string(),
            stem,
            label: PathBuf::from(path),
            line: false,
        }
    }

    /// The name of an article given as line `line` of stdin with the id `id`: read from `-`,
    /// named after its id as a file is after its stem, its problems naming its line.
    pub(crate) fn of_line(id: &str, line: usize) -> Name {
        Name {
            path: "-".to_string(),
            stem: crate::error::escape_controls(id),
            label: line_label(line),
            line: true,
        }
    }
}

/// What errors and warnings about line `line` of stdin name: `stdin line 17`.
pub(crate) fn line_label(line: usize) -> PathBuf {
    PathBuf::from(format!("stdin line {line}"))
}

/// What the input says of an article beside its text (a JSON line's fields): it wins over what
/// the text says of itself, as front matter does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    /// The outlet.
    pub outlet: Option<String>,
    /// The publication date (`published_from` is then `metadata`).
    pub published: Option<Published>,
    /// The language code, as front matter declares it.
    pub lang: Option<String>,
}

impl Meta {
    /// This metadata with what `given` says instead wherever it says something.
    fn overridden_by(self, given: Given) -> Meta {
        let given_date = given.published.is_some();
        Meta {
            outlet: given.outlet.or(self.outlet),
            published: given.published.or(self.published),
            published_from: if given_date {
                Some(PublishedFrom::Metadata)
            } else {
                self.published_from
            },
            other_date: if given_date { None } else { self.other_date },
            declared_lang: given.lang.or(self.declared_lang),
            title: self.title,
        }
    }
}

/// Builds the document of the input `name` from its decoded `text`, read as `kind` (found from
/// the path and the text when `None`), with `given`'s metadata over the text's own.
pub(crate) fn from_named(
    name: &Name,
    kind: Option<Kind>,
    text: Cow<'_, str>,
    given: Given,
    options: &Options,
) -> Result<Document, Error> {
    let text = match text {
        Cow::Borrowed(text) => normalize_newlines(text),
        Cow::Owned(text) if text.starts_with('\u{FEFF}') || text.contains('\r') => {
            Cow::Owned(normalize_newlines(&text).into_owned())
        }
        owned => owned,
    };
    let empty = |reason: String| Error::Empty {
        path: name.label.clone(),
        reason,
    };
    match kind.unwrap_or_else(|| Kind::of(&name.path, &text)) {
        Kind::Html => {
            let page = html::read(&text).map_err(|problem| match problem {
                html::Problem::NoArticle(reason) => empty(reason),
                html::Problem::Refused(reason) => Error::Decode {
                    path: name.label.clone(),
                    reason,
                },
            })?;
            let meta = Meta {
                title: page.title,
                outlet: page.outlet,
                published_from: page.published.map(|_| PublishedFrom::Metadata),
                published: page.published,
                other_date: None,
                declared_lang: page.lang,
            }
            .overridden_by(given);
            let text = with_headline(page.text, meta.title.as_deref(), meta.outlet.as_deref());
            let mut doc = finish(name, text, 0, meta, options)?;
            if page.fallback {
                doc.warnings.push(format!(
                    "{}: no article body recognised: read every paragraph left once navigation, header and footer are removed",
                    crate::error::shown(&name.label)
                ));
            }
            Ok(doc)
        }
        kind => {
            let front = markdown::front_matter(&text);
            let body_start = front.as_ref().map_or(0, |f| f.body_start);
            let text = match kind {
                Kind::Markdown => {
                    let mut plain = text[..body_start].to_string();
                    plain.push_str(&markdown::to_plain(&text[body_start..]));
                    plain
                }
                _ => text.into_owned(),
            };
            let front = front.unwrap_or_default();
            let published = front
                .date
                .as_deref()
                .and_then(dateline::parse_front_matter_date);
            let meta = Meta {
                title: front.title,
                outlet: front.outlet,
                published_from: published.map(|_| PublishedFrom::FrontMatter),
                published,
                other_date: front.date.filter(|_| published.is_none()),
                declared_lang: front.lang,
            }
            .overridden_by(given);
            finish(name, text, body_start, meta, options)
        }
    }
}

/// Line endings made `\n` (CRLF and lone CR), and a leading byte order mark dropped, so that
/// every later stage sees one convention.
fn normalize_newlines(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A page's text with its headline as the first line: readability drops the `<h1>` with the
/// page chrome, and headlines carry figures ("Flood toll reaches 141"). The title's outlet
/// suffix ("… | The Courier") goes; a title the body already opens with is not repeated.
fn with_headline(body: String, title: Option<&str>, outlet: Option<&str>) -> String {
    let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else {
        return body;
    };
    let mut headline = title;
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = headline.rsplit_once(sep)
            && outlet.is_some_and(|o| {
                let (tail, o) = (crate::lang::fold(tail.trim()), crate::lang::fold(o.trim()));
                !o.is_empty() && (tail.contains(&o) || o.contains(&tail))
            })
            && !head.trim().is_empty()
        {
            headline = head.trim();
        }
    }
    let first_line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if crate::lang::fold(first_line.trim()) == crate::lang::fold(headline) {
        return body;
    }
    let mut text = String::with_capacity(headline.len() + 2 + body.len());
    text.push_str(headline);
    text.push_str("\n\n");
    text.push_str(&body);
    text
}

fn finish(
    name: &Name,
    text: String,
    body_start: usize,
    meta: Meta,
    options: &Options,
) -> Result<Document, Error> {
    // Nothing read from the file may drive a terminal: control characters become spaces
    // (same byte length, so `body_start` and every later offset hold).
    let text = controls::blank_owned(text);
    let meta = Meta {
        title: meta.title.map(controls::blank_owned),
        outlet: meta.outlet.map(controls::blank_owned),
        ..meta
    };
    if text[body_start..].trim().is_empty() {
        return Err(Error::Empty {
            path: name.label.clone(),
            reason: if name.line {
                "empty text: no article to read".into()
            } else {
                "empty file: no article text".into()
            },
        });
    }
    let stem = &name.stem;
    let path = &name.path;
    let mut warnings = Vec::new();
    // Warnings are one line each, whatever the file name or the declared values hold.
    let name = crate::error::shown(&name.label);

    let declared = meta.declared_lang.as_deref().and_then(Lang::from_code);
    if let (Some(code), None, None) = (&meta.declared_lang, declared, options.lang) {
        warnings.push(format!(
            "{name}: declares language '{}', which claimdiff does not read yet: detecting it instead",
            crate::error::escape_controls(code)
        ));
    }
    let (lang, lang_origin) = match (options.lang, declared) {
        (Some(l), _) => (l, LangOrigin::Forced),
        (None, Some(l)) => (l, LangOrigin::Declared),
        (None, None) => (detect_lang(&text[body_start..]), LangOrigin::Detected),
    };

    let dateline = dateline::find_line(&text[body_start..], lang);
    let wire = dateline
        .is_none()
        .then(|| dateline::find_wire_line(&text[body_start..]))
        .flatten();
    // "SEOUL, Oct 30 (Halcyon Wire) —": the name a wire dateline gives in parentheses is the
    // dispatch's publisher, a better outlet than the file's name when nothing else names one.
    let wire_outlet = [dateline.map(|(start, end, _)| (start, end)), wire]
        .into_iter()
        .flatten()
        .chain(dateline::find_wire_line(&text[body_start..]))
        .find_map(|(start, end)| dateline::publisher(&text[body_start + start..body_start + end]));
    let front_numeric = meta.other_date.as_deref().and_then(|value| {
        let date = numeric_date(value, lang);
        if date.is_none() {
            warnings.push(format!(
                "{name}: front matter date '{}' is not a date (write YYYY-MM-DD, or day, month and year in the article's order): ignored",
                crate::error::escape_controls(value)
            ));
        }
        date
    });
    let day = |date| Published { date, time: None };
    let (published, published_from) = match (meta.published, meta.published_from) {
        (Some(p), Some(from)) => (Some(p), Some(from)),
        _ => {
            let found = front_numeric
                .map(|d| (day(d), PublishedFrom::FrontMatter))
                .or_else(|| dateline.map(|(_, _, p)| (p, PublishedFrom::Dateline)))
                .or_else(|| {
                    dateline::sign_off_date(&text[body_start..], &lang.data().dates)
                        .map(|p| (p, PublishedFrom::Dateline))
                })
                .or_else(|| date_in_name(stem).map(|d| (day(d), PublishedFrom::FileName)))
                .or_else(|| options.date.map(|d| (day(d), PublishedFrom::Option)))
                .or_else(|| {
                    // "MAMOUDZOU, Mayotte, Dec 17 (Indian Ocean Wire) —" over "© 2024 Indian
                    // Ocean Wire": the page's copyright year dates a dateline that gives none.
                    let (start, end) = wire?;
                    let line = &text[body_start + start..body_start + end];
                    let (month, day_of_month) = dateline::day_and_month(line, &lang.data().dates)?;
                    let year = dateline::copyright_year(&text)?;
                    let date = Date::new(year, month, day_of_month).ok()?;
                    Some((day(date), PublishedFrom::Copyright))
                });
            (found.map(|f| f.0), found.map(|f| f.1))
        }
    };
    if published.is_none() {
        warnings.push(format!(
            "{name}: {NO_DATE}: relative dates stay unresolved (give --date YYYY-MM-DD)"
        ));
    }
    if published_from == Some(PublishedFrom::Copyright)
        && let Some(p) = published
    {
        warnings.push(format!(
            "{name}: its dateline gives no year: dated {}, the year of its copyright notice",
            p.date
        ));
    }

    Ok(Document {
        id: stem.clone(),
        path: path.to_string(),
        outlet: meta
            .outlet
            .or(wire_outlet)
            .unwrap_or_else(|| outlet_from_stem_in(stem, lang)),
        lang,
        lang_origin,
        published,
        published_from,
        title: meta.title,
        encoding: "UTF-8".into(),
        warnings,
        text,
        body_start,
        dateline: dateline
            .map(|(start, end, _)| (start, end))
            .or(wire)
            .map(|(start, end)| [body_start + start, body_start + end]),
    })
}

/// A date written with numbers only, in the order of `lang`: `28/10/2024`, `28.10.2024`,
/// `2024/10/28`; month first in English (`10/28/2024`) unless the first number cannot be a
/// month. Two-digit years are taken as 20xx.
pub fn numeric_date(value: &str, lang: Lang) -> Option<Date> {
    let parts: Vec<&str> = value
        .trim()
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<i16>().ok();
    let (year, month, day) = if a.len() == 4 {
        (n(a)?, n(b)?, n(c)?)
    } else {
        let year = match c.len() {
            4 => n(c)?,
            2 => 2000 + n(c)?,
            _ => return None,
        };
        let (first, second) = (n(a)?, n(b)?);
        let month_first = lang == Lang::En && first <= 12 || second > 12;
        if month_first {
            (year, first, second)
        } else {
            (year, second, first)
        }
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The last `YYYY-MM-DD` in a file stem that is a real date: `le-veilleur-2024-10-18`.
pub fn date_in_name(stem: &str) -> Option<Date> {
    let bytes = stem.as_bytes();
    (0..bytes.len().saturating_sub(9)).rev().find_map(|i| {
        let w = &bytes[i..i + 10];
        let shape = w.iter().enumerate().all(|(k, b)| match k {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
        let bounded = |j: Option<&u8>| j.is_none_or(|b| !b.is_ascii_digit());
        (shape
            && bounded(i.checked_sub(1).and_then(|j| bytes.get(j)))
            && bounded(bytes.get(i + 10)))
        .then(|| stem[i..i + 10].parse().ok())
        .flatten()
    })
}

/// [`outlet_from_stem`] for an article in `lang`: a topic before the article's own language
/// code is dropped too ("tempi-fr-la-vigie" → "La Vigie"); another language's code there is a
/// word of the name ("courrier-de-l-ouest" in French stays whole).
pub fn outlet_from_stem_in(stem: &str, lang: Lang) -> String {
    let is_sep = |c: char| matches!(c, '-' | '_' | ' ' | '.');
    let mut parts = stem.splitn(3, is_sep);
    if let (Some(topic), Some(code), Some(rest)) = (parts.next(), parts.next(), parts.next())
        && Lang::from_code(code) == Some(lang)
        && topic.chars().all(char::is_alphabetic)
        && !rest.is_empty()
    {
        return outlet_from_stem(rest);
    }
    outlet_from_stem(stem)
}

/// The outlet a file name gives: the stem without a leading language code or a trailing date,
/// separators made spaces and words title-cased, so that `en-harbor-wire-2024-10-18` and
/// `en-harbor-wire-2024-10-31` name one outlet, "Harbor Wire", as a front matter would. An
/// id-like stem (a word mixing letters and digits, or no letters at all) is kept as written.
pub fn outlet_from_stem(stem: &str) -> String {
    let is_sep = |c: char| matches!(c, '-' | '_' | ' ' | '.');
    let mut rest = stem;
    if let Some((head, tail)) = rest.split_once(is_sep)
        && Lang::from_code(head).is_some()
        && head.len() == 2
        && !tail.is_empty()
    {
        rest = tail;
    }
    // A trailing date: 2024-10-18, 2024_10_18 or 20241018.
    let digits: String = rest
        .chars()
        .rev()
        .take_while(|&c| c.is_ascii_digit() || is_sep(c))
        .collect();
    if digits.chars().filter(char::is_ascii_digit).count() == 8 {
        rest = rest[..rest.len() - digits.len()].trim_end_matches(is_sep);
    }
    let words: Vec<&str> = rest.split(is_sep).filter(|w| !w.is_empty()).collect();
    // An id ("000_cb85311f7cd0bcf8", "2024-10-23") names no outlet: kept as written.
    let mixed =
        |w: &&str| w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic);
    let lettered = |w: &&str| w.chars().any(char::is_alphabetic);
    if words.is_empty() || words.iter().any(mixed) || !words.iter().any(lettered) {
        return stem.to_string();
    }
    let titled: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(n, w)| {
            let lower = w.to_lowercase();
            if n > 0 && OUTLET_PARTICLES.contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect();
    titled.join(" ")
}

/// Articles and prepositions left in lower case inside an outlet's name ("Le Courrier du Soir",
/// "Diario del Estrecho").
const OUTLET_PARTICLES: &[&str] = &[
    "a", "and", "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du", "e", "el", "et",
    "la", "le", "les", "of", "the", "und", "y",
];

/// How much of an article language detection reads, in bytes (cut back to a character
/// boundary): a few sentences tell the language as well as the whole text, and detection costs
/// in proportion to what it reads.
const DETECT_SAMPLE: usize = 1024;

/// Detects the language of an article among the supported ones (French when the text is too
/// short to tell), from its first [`DETECT_SAMPLE`] bytes.
pub fn detect_lang(text: &str) -> Lang {
    static DETECTOR: std::sync::LazyLock<whatlang::Detector> = std::sync::LazyLock::new(|| {
        whatlang::Detector::with_allowlist(Lang::ALL.iter().map(|l| l.whatlang()).collect())
    });
    let mut end = text.len().min(DETECT_SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    DETECTOR
        .detect_lang(&text[..end])
        .and_then(|w| Lang::ALL.iter().copied().find(|l| l.whatlang() == w))
        .unwrap_or(Lang::Fr)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, text: &str) -> Document {
        from_text(path, text, &Options::default()).unwrap()
    }

    /// A wire dateline without a year takes the year whose weekday for its day the story
    /// names, else the year that puts its day nearest another article's date, the earlier on
    /// a tie: not the year of the middle article.
    #[test]
    fn a_yearless_dateline_takes_the_nearest_article_year() {
        let wire = "SAN JUAN, Sept. 22 (Caribbean Wire) — Residents were bused to safety.\n";
        let friday =
            "SAN JUAN, Sept. 22 (Caribbean Wire) — Residents were bused to safety on Friday.\n";
        let wednesday =
            "SAN JUAN, Sept. 22 (Caribbean Wire) — Parliament will be briefed on Wednesday.\n";
        let portuguese = "---\nlang: pt\n---\nLISBOA, 30 out (Lusa) — A Coreia do Norte enviou 3.000 soldados pela quarta vez.\n";
        let dated = |day: &str| {
            doc(
                "b.md",
                &format!("---\ndate: {day}\nlang: en\n---\nThe toll rose.\n"),
            )
        };
        let rows: &[(&str, &[&str], &str)] = &[
            (
                friday,
                &["2017-10-03", "2018-05-30", "2018-08-29", "2018-09-14"],
                "2017-09-22",
            ),
            (
                wire,
                &["2017-10-03", "2018-05-30", "2018-08-29", "2018-09-14"],
                "2018-09-22",
            ),
            (
                wire,
                &["2004-09-03", "2005-09-03", "2006-12-23"],
                "2004-09-22",
            ),
            (wire, &["2018-09-20", "2019-03-01"], "2018-09-22"),
            (
                wednesday,
                &["2023-10-28", "2023-10-30", "2023-11-02"],
                "2023-09-22",
            ),
            (wire, &["2023-11-15", "2023-11-20"], "2023-09-22"),
            (portuguese, &["2023-10-28", "2023-10-30"], "2023-10-30"),
        ];
        for (text, days, want) in rows {
            let mut documents = vec![doc("a.txt", text)];
            documents.extend(days.iter().map(|day| dated(day)));
            year_from_others(&mut documents);
            let got = documents[0].published.map(|p| p.date.to_string());
            assert_eq!(got.as_deref(), Some(*want), "{days:?}");
        }
    }

    #[test]
    fn kinds_from_extension_and_content() {
        assert_eq!(Kind::of("a.HTM", ""), Kind::Html);
        assert_eq!(Kind::of("a.md", ""), Kind::Markdown);
        assert_eq!(Kind::of("-", "  <!DOCTYPE html><html>"), Kind::Html);
        assert_eq!(Kind::of("a.txt", "Texte <html>"), Kind::Text);
    }

    #[test]
    fn crlf_and_bom_are_normalised() {
        let d = doc(
            "a.md",
            "\u{FEFF}---\r\ntitle: T\r\nlang: en\r\n---\r\nOne.\r\nTwo.\rThree.\r\n",
        );
        assert_eq!(d.title.as_deref(), Some("T"));
        assert_eq!(&d.text[d.body_start..], "One.\nTwo.\nThree.\n");
        assert_eq!(d.lang, Lang::En);
        assert_eq!(d.lang_origin, LangOrigin::Declared);
    }

    #[test]
    fn language_forced_declared_detected() {
        let fr = "Les soldats sont arrivés en Russie mercredi, selon le ministère de la Défense.";
        let en = "The soldiers arrived in Russia on Wednesday, according to the defence ministry.";
        assert_eq!(doc("a.txt", fr).lang, Lang::Fr);
        assert_eq!(doc("a.txt", en).lang, Lang::En);
        assert_eq!(doc("a.txt", en).lang_origin, LangOrigin::Detected);
        let forced = Options {
            lang: Some(Lang::Fr),
            ..Options::default()
        };
        let d = from_text("a.txt", en, &forced).unwrap();
        assert_eq!((d.lang, d.lang_origin), (Lang::Fr, LangOrigin::Forced));
        let d = doc("a.md", &format!("---\nlang: xx\n---\n{en}\n"));
        assert_eq!(d.lang, Lang::En);
        assert!(
            d.warnings[0].contains("declares language 'xx'"),
            "{:?}",
            d.warnings
        );
    }

    #[test]
    fn outlet_from_front_matter_or_file_name() {
        let d = doc("dir/gazette-2024.txt", "Un texte.\n");
        assert_eq!(d.outlet, "Gazette 2024");
        let rows = [
            ("en-harbor-wire-2024-10-18", "Harbor Wire"),
            ("fr_la_vigie_20241023", "La Vigie"),
            ("la-vigie", "La Vigie"),
            ("it-la-vedetta-2024-11-01", "La Vedetta"),
            ("fr-le-courrier-du-soir-2024-10-28", "Le Courrier du Soir"),
            ("es-diario-del-estrecho", "Diario del Estrecho"),
            ("BBC-news", "BBC News"),
            ("2024-10-23", "2024-10-23"),
            ("fr", "Fr"),
            ("de-zeitung-2024-10-18", "Zeitung"),
            ("xx-zeitung-2024-10-18", "Xx Zeitung"),
            ("000_cb85311f7cd0bcf8", "000_cb85311f7cd0bcf8"),
            ("fr-a1b2c3-2024-10-23", "fr-a1b2c3-2024-10-23"),
        ];
        for (stem, want) in rows {
            assert_eq!(outlet_from_stem(stem), want, "{stem}");
        }
        for (stem, lang, want) in [
            ("tempi-fr-la-vigie", Lang::Fr, "La Vigie"),
            ("courrier-de-l-ouest", Lang::Fr, "Courrier de L Ouest"),
            ("fr-la-vigie-2023-01-19", Lang::Fr, "La Vigie"),
        ] {
            assert_eq!(outlet_from_stem_in(stem, lang), want, "{stem}");
        }
        let d = doc("x.md", "---\nsource: La Gazette\n---\nUn texte.\n");
        assert_eq!(d.outlet, "La Gazette");
    }

    #[test]
    fn empty_inputs_are_empty_errors() {
        for text in ["", "  \n\n", "---\ntitle: x\n---\n\n"] {
            let err = from_text("e.md", text, &Options::default()).unwrap_err();
            assert!(matches!(err, Error::Empty { .. }), "{text:?}: {err}");
        }
    }

    #[test]
    fn markdown_body_is_plain() {
        let d = doc(
            "a.md",
            "---\ndate: 2024-10-23\n---\n# Titre\nVoir [ici](https://x.org/1500).\n",
        );
        assert_eq!(
            &d.text[d.body_start..],
            "\n Titre\nVoir  ici                     .\n"
        );
        assert_eq!(d.published.unwrap().to_string(), "2024-10-23");
        assert_eq!(d.published_from, Some(PublishedFrom::FrontMatter));
    }

    #[test]
    fn markdown_offsets_are_offsets_into_the_file() {
        let source = "---\nlang: fr\ndate: 2024-10-23\n---\nSelon **Séoul**, plus de <b>3 000</b> soldats[^1] sont en Russie.\n\n[^1]: Note.\n";
        let d = doc("a.md", source);
        assert_eq!(d.text.len(), source.len());
        let at = source.find("3 000").unwrap();
        assert_eq!(&d.text[at..at + 5], "3 000");
        let claims = crate::extract_document(&d, &Options::default());
        let counts: Vec<_> = claims
            .iter()
            .filter_map(|c| {
                c.quantity
                    .as_ref()
                    .map(|q| (q.low, &source[c.span[0]..c.span[1]]))
            })
            .collect();
        assert!(
            counts.iter().any(|(low, _)| *low == Some(3000)),
            "{counts:?}"
        );
        assert!(
            !counts.iter().any(|(low, _)| *low == Some(1)),
            "the footnote is not a count: {counts:?}"
        );
        for c in &claims {
            assert_eq!(c.sentence, d.text[c.sentence_span[0]..c.sentence_span[1]]);
        }
    }

    #[test]
    fn front_matter_dates_in_the_languages_order() {
        let fr = doc("a.md", "---\nlang: fr\nDate: 05/10/2024\n---\nUn texte.\n");
        assert_eq!(fr.published.unwrap().to_string(), "2024-10-05");
        let en = doc("b.md", "---\nlang: en\ndate: 05/10/2024\n---\nA text.\n");
        assert_eq!(en.published.unwrap().to_string(), "2024-05-10");
        let en = doc("c.md", "---\nlang: en\ndate: 28/10/2024\n---\nA text.\n");
        assert_eq!(en.published.unwrap().to_string(), "2024-10-28");
        let de = doc("d.md", "---\nlang: de\ndate: 28.10.2024\n---\nEin Text.\n");
        assert_eq!(de.published.unwrap().to_string(), "2024-10-28");
        let bad = doc("e.md", "---\nlang: fr\ndate: 31/02/2024\n---\nUn texte.\n");
        assert_eq!(bad.published, None);
        assert!(
            bad.warnings
                .iter()
                .any(|w| w.contains("front matter date '31/02/2024' is not a date")),
            "{:?}",
            bad.warnings
        );
    }

    /// A wire dateline without a year takes the year of the page's copyright notice; without
    /// one, the article stays undated.
    #[test]
    fn a_wire_dateline_takes_the_copyright_year() {
        let text = "Cyclone toll rises\n\nMAMOUDZOU, Mayotte, Dec 17 (Indian Ocean Wire) — The toll rose to 22 on Tuesday.\n\n© 2024 Indian Ocean Wire.\n";
        let d = doc("wire.txt", text);
        assert_eq!(d.published.unwrap().to_string(), "2024-12-17");
        assert_eq!(d.published_from, Some(PublishedFrom::Copyright));
        let bare = doc("wire.txt", &text.replace("© 2024 Indian Ocean Wire.", ""));
        assert_eq!(bare.published, None);
    }

    #[test]
    fn publication_date_from_the_file_name_when_nothing_else_gives_one() {
        let d = doc(
            "le-veilleur-2024-10-18.md",
            "---\nlang: fr\n---\nUn texte.\n",
        );
        assert_eq!(d.published.unwrap().to_string(), "2024-10-18");
        assert_eq!(d.published_from, Some(PublishedFrom::FileName));
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        let d = doc(
            "le-veilleur-2024-10-18.md",
            "---\nlang: fr\ndate: 2024-10-20\n---\nUn texte.\n",
        );
        assert_eq!(d.published.unwrap().to_string(), "2024-10-20");
        assert_eq!(date_in_name("a-2024-13-45"), None);
        assert_eq!(date_in_name("x12024-10-18"), None);
        assert_eq!(
            date_in_name("2024-10-18-b").unwrap().to_string(),
            "2024-10-18"
        );
        assert_eq!(date_in_name("plain"), None);
    }
}
