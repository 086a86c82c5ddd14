//! Where a report goes, and writing it there without harming anything else.
//!
//! `-` (and `/dev/stdout`) is stdout. A regular file is replaced whole or not at all: the
//! report goes to a temporary file created exclusively, with an unpredictable name, beside the
//! target (so a planted symbolic link cannot redirect it), then renamed over the target; the
//! temporary file is removed on error and on Ctrl-C or SIGTERM. Anything else that exists —
//! a device such as `/dev/null`, a FIFO — is written directly, never renamed over. Before
//! anything is written, every output is checked against every input (files found in
//! directories included) and against the other output: an input is never overwritten, and
//! `-o F --csv F` cannot lose one of the two.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use claimdiff::error::shown;

/// One output of a run, as planned before anything is read.
#[derive(Debug)]
pub enum Target {
    /// Standard output.
    Stdout,
    /// An existing file that is not a regular file (a device, a FIFO): opened and written.
    Direct {
        /// The path as given.
        path: PathBuf,
        /// Whether it is a character device such as `/dev/null`, which two outputs may share.
        device: bool,
    },
    /// A regular file, existing or not, replaced through a temporary file beside it.
    Replace {
        /// The path as given, for messages.
        path: PathBuf,
        /// Where the file really is: the canonical directory and the file name (a symbolic
        /// link to a file is resolved, so the link stays and its file gets the report).
        real: PathBuf,
        /// The existing file's permissions, kept by the new file.
        mode: Option<std::fs::Permissions>,
    },
}

/// The paths that mean standard output.
const STDOUT_NAMES: &[&str] = &["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

impl Target {
    /// Plans the output `path` names; fails with a one-line message when it cannot be written
    /// (a directory, a missing folder, a read-only file).
    pub fn plan(path: &Path) -> Result<Target, String> {
        if STDOUT_NAMES.iter().any(|n| path.as_os_str() == *n) {
            return Ok(Target::Stdout);
        }
        let fail = |what: &str| format!("{}: cannot write: {what}", shown(path));
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => Err(fail("is a directory (give a file name)")),
            Ok(meta) if meta.is_file() => {
                // A read-only file stays as it is, even for root, who could rename over it.
                if meta.permissions().readonly() {
                    return Err(fail("the file is read-only (choose another file)"));
                }
                // Asked without truncating.
                if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
                    return Err(fail(&format!("{} (choose another file)", describe(&e))));
                }
                let real = path.canonicalize().map_err(|e| fail(&describe(&e)))?;
                Ok(Target::Replace {
                    path: path.to_path_buf(),
                    real,
                    mode: Some(meta.permissions()),
                })
            }
            Ok(meta) => Ok(Target::Direct {
                path: path.to_path_buf(),
                device: is_char_device(&meta),
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if std::fs::symlink_metadata(path).is_ok() {
                    return Err(fail(
                        "a symbolic link to a missing file (remove it or give another name)",
                    ));
                }
                let name = path.file_name().ok_or_else(|| fail("not a file name"))?;
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p,
                    _ => Path::new("."),
                };
                let dir = dir
                    .canonicalize()
                    .map_err(|_| fail("its folder does not exist"))?;
                Ok(Target::Replace {
                    path: path.to_path_buf(),
                    real: dir.join(name),
                    mode: None,
                })
            }
            Err(e) => Err(fail(&describe(&e))),
        }
    }

    /// The path as given, for messages (`-` for stdout).
    pub fn shown(&self) -> String {
        match self {
            Target::Stdout => "-".into(),
            Target::Direct { path, .. } | Target::Replace { path, .. } => shown(path),
        }
    }

    /// The file this output would change, if it exists: its identity on disk.
    fn key(&self) -> Option<Key> {
        match self {
            Target::Stdout => None,
            Target::Direct { path, .. } => key(path),
            Target::Replace { real, .. } => key(real),
        }
    }

    /// Writes what `write` produces to this output. A closed pipe on stdout is not an error.
    pub fn write(
        &self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), String> {
        let fail = |e: io::Error| format!("{}: cannot write: {}", self.shown(), describe(&e));
        match self {
            Target::Stdout => {
                let mut out = io::stdout().lock();
                match write(&mut out).and_then(|()| out.flush()) {
                    Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                        Err(format!("stdout: {}", describe(&e)))
                    }
                    _ => Ok(()),
                }
            }
            Target::Direct { path, .. } => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(fail)?;
                let mut w = io::BufWriter::new(file);
                write(&mut w).and_then(|()| w.flush()).map_err(fail)
            }
            Target::Replace { real, mode, .. } => replace(real, mode.as_ref(), write).map_err(fail),
        }
    }
}

/// The outputs of one run: the report and, for `compare`, the CSV and the HTML report.
#[derive(Debug)]
pub struct Outputs {
    /// The report (`-o`, stdout by default).
    pub main: Target,
    /// The CSV of `--csv`.
    pub csv: Option<Target>,
    /// The HTML report of `--html`.
    pub html: Option<Target>,
}

impl Outputs {
    /// Plans every output and checks that no two of them are one file.
    pub fn plan(
        main: Option<&Path>,
        csv: Option<&Path>,
        html: Option<&Path>,
    ) -> Result<Outputs, String> {
        let main = match main {
            Some(p) => Target::plan(p)?,
            None => Target::Stdout,
        };
        let csv = csv.map(Target::plan).transpose()?;
        let html = html.map(Target::plan).transpose()?;
        let outputs = Outputs { main, csv, html };
        let all = outputs.all();
        for (i, (a, _)) in all.iter().enumerate() {
            for (b, flag) in &all[i + 1..] {
                if same(a, b) {
                    return Err(format!(
                        "{flag} {}: another output goes there too (give each output its own file)",
                        b.shown()
                    ));
                }
            }
        }
        Ok(outputs)
    }

    /// Every output with its flag.
    fn all(&self) -> Vec<(&Target, &'static str)> {
        [
            Some((&self.main, "-o")),
            self.csv.as_ref().map(|c| (c, "--csv")),
            self.html.as_ref().map(|h| (h, "--html")),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Refuses outputs that are one of `inputs` (files named, found in directories, the
    /// aliases file): input files are never modified.
    pub fn check_inputs<'p>(
        &self,
        inputs: impl IntoIterator<Item = &'p Path>,
    ) -> Result<(), String> {
        let targets: Vec<(&Target, Key, &str)> = self
            .all()
            .into_iter()
            .filter_map(|(t, flag)| t.key().map(|k| (t, k, flag)))
            .collect();
        if targets.is_empty() {
            return Ok(());
        }
        for input in inputs {
            let Some(k) = key(input) else { continue };
            if let Some((t, _, flag)) = targets.iter().find(|(_, tk, _)| *tk == k) {
                let also = match shown(input) {
                    same if same == t.shown() => String::new(),
                    other => format!(" ({other})"),
                };
                return Err(format!(
                    "{}: is also an input{also}: refusing to overwrite it (choose another {flag} file)",
                    t.shown(),
                ));
            }
        }
        Ok(())
    }
}

/// Whether two outputs would write one file (two character devices such as `/dev/null` may be
/// shared; stdout may not).
fn same(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::Stdout, Target::Stdout) => true,
        (Target::Replace { real: x, .. }, Target::Replace { real: y, .. }) => {
            x == y || (key(x).is_some() && key(x) == key(y))
        }
        (Target::Direct { device: true, .. }, Target::Direct { device: true, .. }) => false,
        (a, b) => a.key().is_some() && a.key() == b.key(),
    }
}

/// A file's identity: device and inode where the platform has them (a hard link is the same
/// file), else its canonical path.
#[derive(Debug, PartialEq, Eq)]
enum Key {
    /// Device and inode.
    #[cfg(unix)]
    Inode(u64, u64),
    /// The canonical path, where there are no inodes.
    #[cfg(not(unix))]
    Path(PathBuf),
}

/// The identity of the file at `path`, following links; `None` when there is none.
fn key(path: &Path) -> Option<Key> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| Key::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        path.canonicalize().ok().map(Key::Path)
    }
}

/// Whether `meta` is a character device's (`/dev/null`): two outputs may share one.
fn is_char_device(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Temporary files being written, removed if the run is interrupted.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// On Ctrl-C, SIGTERM or SIGHUP: removes the temporary files being written, then exits with
/// the shell's status for a signal (130). Without it a killed run left its temporary file.
pub fn clean_up_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(pending) = PENDING.lock() {
            for path in pending.iter() {
                let _ = std::fs::remove_file(path);
            }
        }
        std::process::exit(130);
    });
}

/// Writes a temporary file in `real`'s folder, syncs it, then renames it over `real`: a
/// reader sees the old file or the new one, never half of one.
fn replace(
    real: &Path,
    mode: Option<&std::fs::Permissions>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = real.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimdiff-").suffix(".tmp");
    #[cfg(unix)]
    let default_mode = {
        use std::os::unix::fs::PermissionsExt;
        // What a shell redirection creates: 0666 less the umask (applied by open).
        std::fs::Permissions::from_mode(0o666)
    };
    #[cfg(unix)]
    builder.permissions(mode.cloned().unwrap_or(default_mode));
    #[cfg(not(unix))]
    let _ = mode;
    let tmp = builder.tempfile_in(dir)?;
    let registered = tmp.path().to_path_buf();
    if let Ok(mut pending) = PENDING.lock() {
        pending.push(registered.clone());
    }
    let result = (|| {
        let mut w = io::BufWriter::new(tmp.as_file());
        write(&mut w)?;
        w.flush()?;
        drop(w);
        tmp.as_file().sync_all()?;
        tmp.persist(real).map(drop).map_err(|e| e.error)
    })();
    if let Ok(mut pending) = PENDING.lock() {
        pending.retain(|p| p != &registered);
    }
    result
}

/// An I/O error in words, without the "(os error 2)" that means nothing to a reader.
fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            text.split(" (os error")
                .next()
                .unwrap_or(&text)
                .to_lowercase()
        }
    }
}
