//! The inputs of a run: command-line paths become a sorted list of files (directories walked,
//! hidden entries skipped, `-` for stdin), read in parallel, each becoming a document, an error or
//! a warning; stdin may instead hold one article per line ([`super::lines`]); then every document
//! gets a unique id that does not depend on the input order.

use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Document, from_bytes};
use crate::{Error, Options};

/// File extensions read when walking a directory (a file named on the command line is read
/// whatever its extension).
pub const EXTENSIONS: &[&str] = &["htm", "html", "markdown", "md", "text", "txt"];

/// Inputs larger than this are refused rather than read into memory (it also stops a device
/// such as `/dev/zero` from being read forever).
pub(crate) const MAX_INPUT_BYTES: u64 = 256 << 20;

/// What stdin (`-`) holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Stdin {
    /// One article, as a file holds one.
    #[default]
    Article,
    /// One article per line, as a JSON object ([`super::lines`]).
    JsonLines,
}

/// The result of reading every input of a run: the documents, plus the errors and warnings met,
/// each already naming its file.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents read, sorted by id.
    pub documents: Vec<Document>,
    /// Inputs that could not be read (missing, binary, undecodable, not a regular file) or
    /// that hold nothing to read (an empty file, a directory without articles, a page without
    /// article text): each makes the run exit with status 2.
    pub errors: Vec<Error>,
    /// Problems that do not stop an input from being read, as one-line messages naming the
    /// file.
    pub warnings: Vec<String>,
    /// Every file named or found in a directory, read or not (stdin aside), sorted: what an
    /// output must never overwrite.
    pub files: Vec<PathBuf>,
}

/// Reads every input (files, directories walked in sorted order, `-` for stdin).
pub fn load(inputs: &[PathBuf], options: &Options) -> Loaded {
    load_with(inputs, Stdin::Article, options)
}

/// [`load`], with `-` read as `stdin` says.
pub fn load_with(inputs: &[PathBuf], stdin: Stdin, options: &Options) -> Loaded {
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" || !input.is_dir() {
            files.push(input.clone());
            continue;
        }
        let before = files.len();
        let mut visited = HashSet::new();
        walk(input, &mut files, &mut loaded.errors, &mut visited);
        if files.len() == before {
            loaded.errors.push(Error::Empty {
                path: input.clone(),
                reason: format!(
                    "no articles in this directory (looked for .{})",
                    EXTENSIONS.join(", .")
                ),
            });
        }
    }
    files.sort();
    files.dedup();
    loaded.files = files
        .iter()
        .filter(|f| f.as_os_str() != "-")
        .cloned()
        .collect();
    let mut lines = Vec::new();
    if stdin == Stdin::JsonLines && files.len() > loaded.files.len() {
        files.retain(|f| f.as_os_str() != "-");
        let read = super::lines::read(
            std::io::BufReader::with_capacity(1 << 16, std::io::stdin().lock()),
            super::lines::MAX_LINE_BYTES,
            options,
        );
        lines = read.documents;
        loaded.errors.extend(read.errors);
        loaded.warnings.extend(read.warnings);
    }
    let results: Vec<Result<(Document, FileKey), Error>> = files
        .par_iter()
        .map(|path| read_keyed(path, options))
        .collect();
    let mut keyed = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(doc) => keyed.push(doc),
            Err(e) => loaded.errors.push(e),
        }
    }
    loaded.documents = unique_ids(keyed, lines);
    loaded
}

/// Adds the article files under `dir` to `files`, in sorted order; unreadable entries become
/// errors and the walk goes on. `visited` holds the directories already walked, so a symbolic
/// link loop ends.
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<Error>,
    visited: &mut HashSet<PathBuf>,
) {
    if let Ok(canonical) = dir.canonicalize()
        && !visited.insert(canonical)
    {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(Error::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::new(e.kind(), describe(&e)),
            });
            return;
        }
    };
    // The entry's type comes with the listing; only a symbolic link needs a look at its target.
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, file_type) in entries {
        let hidden = path
            .file_name()
            .map(|n| n.to_string_lossy().starts_with('.'))
            .unwrap_or(true);
        if hidden {
            continue;
        }
        let article = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        // Only directories and regular files (or links to them) are followed: a FIFO would
        // block the run until something writes to it, a device could be read forever.
        let file_type = match file_type {
            Some(t) if !t.is_symlink() => Some(t),
            _ => std::fs::metadata(&path).ok().map(|m| m.file_type()),
        };
        match file_type {
            Some(t) if t.is_dir() => walk(&path, files, errors, visited),
            Some(t) if t.is_file() && article => files.push(path),
            _ => {}
        }
    }
}

/// Reads one file (or stdin for `-`) into a document.
pub fn read_file(path: &Path, options: &Options) -> Result<Document, Error> {
    read_keyed(path, options).map(|(doc, _)| doc)
}

/// The device and inode of a file that was read, to tell cheaply that two paths name different
/// files; `None` for stdin and where the platform has no such numbers.
type FileKey = Option<(u64, u64)>;

#[cfg(unix)]
fn file_key(meta: &std::fs::Metadata) -> FileKey {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_key(_meta: &std::fs::Metadata) -> FileKey {
    None
}

/// Reads one file (or stdin for `-`) into a document, with the file's [`FileKey`].
fn read_keyed(path: &Path, options: &Options) -> Result<(Document, FileKey), Error> {
    let io = |e: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(e.kind(), describe(&e)),
    };
    let mut bytes = Vec::new();
    let mut key = None;
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    } else {
        let directory = || Error::Empty {
            path: path.to_path_buf(),
            reason: "is a directory".into(),
        };
        // Asked before opening: opening a FIFO waits for a writer, and a device may never end.
        if let Ok(meta) = std::fs::metadata(path)
            && let Some(what) = special(&meta.file_type())
        {
            return Err(Error::Decode {
                path: path.to_path_buf(),
                reason: format!(
                    "is {what}, not a regular file: skipped (save the article to a file)"
                ),
            });
        }
        // Opened first and asked what it is after: one look-up of the path, not two.
        let file = std::fs::File::open(path)
            .map_err(|e| if path.is_dir() { directory() } else { io(e) })?;
        let meta = file.metadata().map_err(io)?;
        if meta.is_dir() {
            return Err(directory());
        }
        key = file_key(&meta);
        // Sized from the start: read_to_end then needs no growing and no probing read.
        bytes.reserve(meta.len().min(MAX_INPUT_BYTES) as usize + 1);
        file.take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    }
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Error::Decode {
            path: path.to_path_buf(),
            reason: format!(
                "larger than {} MiB: not read (split it into articles)",
                MAX_INPUT_BYTES >> 20
            ),
        });
    }
    from_bytes(&path.to_string_lossy(), &bytes, options).map(|doc| (doc, key))
}

/// What a file that is neither a regular file nor a directory is, in words.
fn special(t: &std::fs::FileType) -> Option<&'static str> {
    if t.is_file() || t.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// An I/O error in words, without the "(os error 2)" that means nothing to a reader.
fn describe(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "cannot read: no such file or directory".into(),
        ErrorKind::PermissionDenied => "cannot read: permission denied".into(),
        _ => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            format!("cannot read: {}", text.to_lowercase())
        }
    }
}

/// [`unique_ids`] for documents read without their [`FileKey`]s.
#[cfg(test)]
fn assign_ids(documents: &mut Vec<Document>) {
    let keyed = documents.drain(..).map(|d| (d, None)).collect();
    *documents = unique_ids(keyed, Vec::new());
}

/// Drops documents read twice (`x.txt` and `./x.txt`) and makes document ids unique without
/// depending on the input order. A stem shared by several documents gets as many parent folders
/// as it takes to tell them apart (`a/news/x`, `b/news/x`), then its extension (`news/x.md`);
/// documents that even that cannot tell apart (stdin and a file named `stdin`) are numbered in
/// path order. Two paths whose [`FileKey`]s differ are different files without asking the file
/// system again. `lines`, the articles of stdin's lines (ids already distinct, in line order),
/// are never dropped: one that shares an id with a file is numbered after the files.
fn unique_ids(mut keyed: Vec<(Document, FileKey)>, lines: Vec<Document>) -> Vec<Document> {
    keyed.sort_by(|(a, _), (b, _)| a.path.cmp(&b.path));
    keyed.dedup_by(|(b, key_b), (a, key_a)| {
        let differ = matches!((key_a, key_b), (Some(x), Some(y)) if x != y);
        !differ && same_file(&a.path, &b.path)
    });
    let mut documents: Vec<Document> = keyed.into_iter().map(|(d, _)| d).collect();
    documents.extend(lines);
    let names: Vec<(Vec<String>, String)> = documents
        .iter()
        .map(|d| {
            let path = Path::new(&d.path);
            let dirs = path
                .parent()
                .map(|p| {
                    p.components()
                        .filter_map(|c| match c {
                            std::path::Component::Normal(s) => {
                                Some(crate::error::escape_controls(&s.to_string_lossy()))
                            }
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let file = match path.file_name() {
                Some(f) if d.path != "-" => crate::error::escape_controls(&f.to_string_lossy()),
                _ => d.id.clone(),
            };
            (dirs, file)
        })
        .collect();
    // Per document: how many parent folders its id shows, and whether it shows the extension.
    let mut shown = vec![(0usize, false); documents.len()];
    loop {
        let ids: Vec<String> = (0..documents.len())
            .map(|i| {
                let (dirs, file) = &names[i];
                let (k, with_ext) = shown[i];
                let mut id = dirs[dirs.len() - k..].join("/");
                if !id.is_empty() {
                    id.push('/');
                }
                id.push_str(if with_ext { file } else { &documents[i].id });
                id
            })
            .collect();
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, id) in ids.iter().enumerate() {
            groups.entry(id).or_default().push(i);
        }
        let mut grew = false;
        for members in groups.values().filter(|m| m.len() > 1) {
            for &i in members {
                let (k, with_ext) = &mut shown[i];
                if *k < names[i].0.len() {
                    *k += 1;
                    grew = true;
                } else if !*with_ext && names[i].1 != documents[i].id {
                    *with_ext = true;
                    grew = true;
                }
            }
        }
        if !grew {
            let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
            let unique: Vec<String> = ids
                .iter()
                .map(|id| {
                    let n = seen.entry(id).or_default();
                    *n += 1;
                    if *n == 1 {
                        id.clone()
                    } else {
                        format!("{id}~{n}")
                    }
                })
                .collect();
            for (d, id) in documents.iter_mut().zip(unique) {
                d.id = id;
            }
            break;
        }
    }
    documents.sort_by(|a, b| a.id.cmp(&b.id).then(a.path.cmp(&b.path)));
    documents
}

/// Two paths name the same file (`x.txt` and `./x.txt`); stdin is never the same as a file.
fn same_file(a: &str, b: &str) -> bool {
    if a == "-" || b == "-" {
        return a == b;
    }
    match (Path::new(a).canonicalize(), Path::new(b).canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(paths: &[&str]) -> Vec<String> {
        let mut docs: Vec<Document> = paths
            .iter()
            .map(|p| super::super::from_text(p, "Un texte.\n", &Options::default()).unwrap())
            .collect();
        assign_ids(&mut docs);
        docs.into_iter().map(|d| d.id).collect()
    }

    #[test]
    fn ids_are_unique_and_order_free() {
        let rows: &[(&[&str], &[&str])] = &[
            (&["a/x.txt", "b/y.txt"], &["x", "y"]),
            (&["a/x.txt", "b/x.txt"], &["a/x", "b/x"]),
            (
                &["p/news/x.txt", "q/news/x.txt", "r/other/x.md"],
                &["other/x", "p/news/x", "q/news/x"],
            ),
            (&["news/x.txt", "news/x.md"], &["news/x.md", "news/x.txt"]),
            (&["x.txt", "-"], &["stdin", "x"]),
            (&["stdin.txt", "-"], &["stdin", "stdin.txt"]),
            (&["-", "-"], &["stdin"]),
        ];
        for (paths, want) in rows {
            assert_eq!(ids(paths), *want, "{paths:?}");
            let mut reversed = paths.to_vec();
            reversed.reverse();
            assert_eq!(ids(&reversed), *want, "{reversed:?}");
        }
    }

    #[test]
    fn one_file_named_twice_is_read_once() {
        let dir = std::env::temp_dir().join(format!("claimdiff-twice-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("x.txt");
        std::fs::write(&file, "Un texte.\n").unwrap();
        std::fs::write(dir.join("y.txt"), "Un texte.\n").unwrap();
        // A hard link is another path to the same bytes, kept as another input as before.
        let link = dir.join("z.txt");
        let _ = std::fs::remove_file(&link);
        let linked = std::fs::hard_link(&file, &link).is_ok();
        let mut inputs = vec![file.clone(), dir.join("y.txt")];
        // A symbolic link to a file named too is that file again.
        #[cfg(unix)]
        {
            let symlink = dir.join("x2.txt");
            let _ = std::fs::remove_file(&symlink);
            std::os::unix::fs::symlink(&file, &symlink).unwrap();
            inputs.push(symlink);
        }
        if linked {
            inputs.push(link);
        }
        let loaded = load(&inputs, &Options::default());
        let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
        let want: &[&str] = if linked {
            &["x", "y", "z"]
        } else {
            &["x", "y"]
        };
        assert_eq!(ids, want);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
