//! The claimdiff binary: parses flags, runs the library, renders, and maps outcomes to exit
//! statuses like diff: 0 no contradiction, 1 contradictions found, 2 error.

mod cli;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use claimdiff::report::{self, TableStyle};
use claimdiff::{Lang, Options, ingest};
use cli::{Cli, Color, Command, Common, Format};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("claimdiff: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Extract(common) => {
            let (extraction, failed) = load(&common)?;
            let out = match common.format {
                Format::Table => report::table::claims(&extraction, table_style(&common)),
                Format::Json => report::json::render(&extraction, None),
                Format::Csv => report::csv::claims(&extraction),
            };
            emit(common.output.as_deref(), &out)?;
            Ok(if failed {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Compare(args) => {
            let (extraction, failed) = load(&args.common)?;
            let comparison = claimdiff::compare::compare(&extraction);
            if let Some(path) = &args.csv {
                write_atomic(path, &report::csv::findings(&extraction, &comparison))?;
            }
            let out = match args.common.format {
                Format::Table => {
                    report::comparison::render(&extraction, &comparison, table_style(&args.common))
                }
                Format::Json => report::json::render(&extraction, Some(&comparison)),
                Format::Csv => report::csv::findings(&extraction, &comparison),
            };
            emit(args.common.output.as_deref(), &out)?;
            Ok(if failed {
                ExitCode::from(2)
            } else if comparison.has_contradiction() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// Reads and extracts every input; reports per-file errors and warnings on stderr. Returns the
/// extraction and whether any input failed.
fn load(common: &Common) -> Result<(claimdiff::Extraction, bool), String> {
    let options = options(common)?;
    let loaded = ingest::load(&common.inputs, &options);
    for e in &loaded.errors {
        eprintln!("claimdiff: {e}");
    }
    for w in &loaded.warnings {
        eprintln!("claimdiff: warning: {w}");
    }
    for d in &loaded.documents {
        for w in &d.warnings {
            eprintln!("claimdiff: warning: {w}");
        }
    }
    if loaded.documents.is_empty() {
        return Err("no article could be read".into());
    }
    let failed = !loaded.errors.is_empty();
    Ok((claimdiff::extract_all(loaded.documents, &options), failed))
}

fn options(common: &Common) -> Result<Options, String> {
    let lang = match &common.lang {
        Some(code) => Some(code.parse::<Lang>().map_err(|e| format!("--lang: {e}"))?),
        None => None,
    };
    let date = match &common.date {
        Some(d) => Some(
            d.parse()
                .map_err(|_| format!("--date: '{d}' is not a date (use YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    Ok(Options {
        lang,
        date,
        aliases: None,
    })
}

fn table_style(common: &Common) -> TableStyle {
    use std::io::IsTerminal;
    let tty = std::io::stdout().is_terminal() && common.output.is_none();
    let color = match common.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    TableStyle {
        color,
        width: common.width,
    }
}

/// Writes `bytes` to `path` whole or not at all (temporary file, then rename), or to stdout.
/// A closed pipe on stdout is not an error.
fn emit(path: Option<&Path>, bytes: &[u8]) -> Result<(), String> {
    match path {
        Some(path) => write_atomic(path, bytes),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
                _ => Ok(()),
            }
        }
    }
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| format!("{}: not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("{}: cannot write: {e}", path.display()));
    }
    Ok(())
}
