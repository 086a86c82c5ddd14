//! Reading inputs: files, directories and stdin become [`Document`]s.
//!
//! Each document knows its id, outlet, language, publication date and title, and holds its
//! decoded text; every byte span in a claim refers to that text. Front matter is kept in the
//! text but skipped by the later stages (`body_start`).

pub mod dateline;
pub mod markdown;
pub mod text;

use std::path::{Path, PathBuf};

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
    /// The title, when known.
    pub title: Option<String>,
    /// The encoding the bytes were decoded from ("UTF-8").
    pub encoding: String,
    /// Non-fatal problems met while reading ("no publication date: relative dates unresolved").
    pub warnings: Vec<String>,
    /// The decoded text; spans refer to it.
    #[serde(skip)]
    pub text: String,
    /// Byte offset where the article body starts (after any front matter).
    #[serde(skip)]
    pub body_start: usize,
}

/// The result of reading every input of a run: the documents, plus the errors and warnings met,
/// each already naming its file.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents read, sorted by id.
    pub documents: Vec<Document>,
    /// Inputs that could not be read at all.
    pub errors: Vec<Error>,
    /// Inputs skipped or read with a problem, as one-line messages naming the file.
    pub warnings: Vec<String>,
}

/// File extensions read when walking a directory.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

/// Reads every input (files, directories walked in sorted order, `-` for stdin).
pub fn load(inputs: &[PathBuf], options: &Options) -> Loaded {
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(input.clone());
        } else if input.is_dir() {
            let before = files.len();
            if let Err(e) = walk(input, &mut files) {
                loaded.errors.push(e);
            } else if files.len() == before {
                loaded.errors.push(Error::Empty {
                    path: input.clone(),
                    reason: format!(
                        "no articles in this directory (looked for .{})",
                        EXTENSIONS.join(", .")
                    ),
                });
            }
        } else {
            files.push(input.clone());
        }
    }
    files.sort();
    files.dedup();
    for path in &files {
        match read_file(path, options) {
            Ok(doc) => loaded.documents.push(doc),
            Err(e) => loaded.errors.push(e),
        }
    }
    assign_ids(&mut loaded.documents);
    loaded
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), Error> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads one file (or stdin for `-`) into a document.
pub fn read_file(path: &Path, options: &Options) -> Result<Document, Error> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            Error::Io {
                path: path.to_path_buf(),
                source,
            }
        })?;
        buf
    } else {
        std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?
    };
    let decoded = text::decode(path, &bytes)?;
    let mut doc = from_text(&path.to_string_lossy(), &decoded.text, options)?;
    doc.encoding = decoded.encoding.to_string();
    Ok(doc)
}

/// Builds a document from already decoded text; `path` names it and gives its default outlet.
pub fn from_text(path: &str, text: &str, options: &Options) -> Result<Document, Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: PathBuf::from(path),
            reason: "empty file: no article text".into(),
        });
    }
    let front = markdown::front_matter(text);
    let body_start = front.as_ref().map_or(0, |f| f.body_start);
    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    let stem = if path == "-" {
        "stdin".to_string()
    } else {
        stem
    };
    let mut warnings = Vec::new();

    let declared = front
        .as_ref()
        .and_then(|f| f.lang.as_deref())
        .and_then(Lang::from_code);
    let (lang, lang_origin) = match (options.lang, declared) {
        (Some(l), _) => (l, LangOrigin::Forced),
        (None, Some(l)) => (l, LangOrigin::Declared),
        (None, None) => (detect_lang(&text[body_start..]), LangOrigin::Detected),
    };

    let published = front
        .as_ref()
        .and_then(|f| f.date.as_deref())
        .and_then(dateline::parse_front_matter_date)
        .or_else(|| dateline::find(&text[body_start..], lang))
        .or(options.date.map(|date| Published { date, time: None }));
    if published.is_none() {
        warnings.push(format!(
            "{path}: no publication date found: relative dates stay unresolved (give --date YYYY-MM-DD)"
        ));
    }

    let outlet = front
        .as_ref()
        .and_then(|f| f.outlet.clone())
        .unwrap_or_else(|| stem.clone());
    Ok(Document {
        id: stem,
        path: path.to_string(),
        outlet,
        lang,
        lang_origin,
        published,
        title: front.and_then(|f| f.title),
        encoding: "UTF-8".into(),
        warnings,
        text: text.to_string(),
        body_start,
    })
}

/// Detects the language of an article among the supported ones.
pub fn detect_lang(text: &str) -> Lang {
    let allow: Vec<whatlang::Lang> = Lang::ALL.iter().map(|l| l.whatlang()).collect();
    let detector = whatlang::Detector::with_allowlist(allow);
    let sample: String = text.chars().take(4000).collect();
    detector
        .detect_lang(&sample)
        .and_then(|w| Lang::ALL.iter().copied().find(|l| l.whatlang() == w))
        .unwrap_or(Lang::Fr)
}

/// Makes document ids unique: a repeated file stem gets its parent folder's name prefixed.
fn assign_ids(documents: &mut [Document]) {
    use std::collections::HashMap;
    let mut count: HashMap<String, usize> = HashMap::new();
    for d in documents.iter() {
        *count.entry(d.id.clone()).or_default() += 1;
    }
    for d in documents.iter_mut() {
        if count[&d.id] > 1 {
            let parent = Path::new(&d.path)
                .parent()
                .and_then(|p| p.file_name())
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            d.id = if parent.is_empty() {
                d.path.clone()
            } else {
                format!("{parent}/{}", d.id)
            };
        }
    }
    documents.sort_by(|a, b| a.id.cmp(&b.id).then(a.path.cmp(&b.path)));
}
