//! The claimdiff binary: parses flags, runs the library, renders, and maps outcomes to exit
//! statuses like diff: 0 no contradiction, 1 contradictions found, 2 error.

mod cli;

/// mimalloc instead of the system allocator: extraction makes and drops many small strings and
/// vectors on every thread, where glibc's malloc spends a tenth of the run (see `benches/`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default()
            .replace('\n', " ");
        say(&format!(
            "claimdiff: internal error{place}: {what} (please report this bug with the input)"
        ));
    }));
    if let Err(message) = check_output(match &cli.command {
        Command::Extract(common) => common,
        Command::Compare(args) => &args.common,
    }) {
        say(&format!("claimdiff: {message}"));
        return ExitCode::from(2);
    }
    // A bug must not show a backtrace: the hook above printed one line, the exit status says
    // something failed.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli))) {
        Err(_) => ExitCode::from(2),
        Ok(Ok(code)) => code,
        Ok(Err(message)) => {
            if !message.is_empty() {
                say(&format!("claimdiff: {message}"));
            }
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Extract(common) => {
            let (extraction, failed) = load(&common)?;
            let out = match common.format {
                Format::Table => {
                    Output::Bytes(report::table::claims(&extraction, table_style(&common)))
                }
                Format::Json => Output::Json(&extraction, None),
                Format::Csv => Output::Bytes(report::csv::claims(&extraction)),
            };
            emit(common.output.as_deref(), &out)?;
            drop(out);
            exit_soon(extraction);
            Ok(if failed {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Compare(args) => {
            let (extraction, failed) = load(&args.common)?;
            claimdiff::compare::verdict::set_strict_bounds(args.strict_bounds);
            // The table and the CSV look claims up by id: their index is built while the
            // comparison runs, on the cores it leaves idle.
            let tabular = args.csv.is_some()
                || (args.group.is_empty()
                    && matches!(args.common.format, Format::Table | Format::Csv));
            let parties = claimdiff::compare::parties(&extraction);
            let (comparison, look) = rayon::join(
                || claimdiff::compare::compare_with(&extraction, &parties),
                || tabular.then(|| report::Lookup::with_parties(&extraction, &parties)),
            );
            let cell = look.map_or_else(std::cell::OnceCell::new, std::cell::OnceCell::from);
            let look = || cell.get_or_init(|| report::Lookup::new(&extraction));
            if let Some(path) = &args.csv {
                let csv = report::csv::findings_with(look(), &comparison);
                write_atomic(path, &Output::Bytes(csv))?;
            }
            let out = match args.common.format {
                Format::Table if !args.group.is_empty() => {
                    let style = TableStyle {
                        all: args.all,
                        ..table_style(&args.common)
                    };
                    let text =
                        report::comparison::evidence(&extraction, &comparison, &args.group, style)?;
                    Output::Bytes(text.into_bytes())
                }
                _ if !args.group.is_empty() => {
                    return Err("--group shows evidence as text: use it without --format".into());
                }
                Format::Table => {
                    let style = TableStyle {
                        all: args.all,
                        ..table_style(&args.common)
                    };
                    Output::Bytes(report::comparison::render_with(
                        look(),
                        &extraction,
                        &comparison,
                        style,
                    ))
                }
                Format::Json => Output::Json(&extraction, Some(&comparison)),
                Format::Csv => Output::Bytes(report::csv::findings_with(look(), &comparison)),
            };
            emit(args.common.output.as_deref(), &out)?;
            drop(out);
            let contradiction = comparison.has_contradiction();
            exit_soon((extraction, comparison));
            Ok(if failed {
                ExitCode::from(2)
            } else if contradiction {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// Reads and extracts every input; reports per-file errors and warnings on stderr, one line
/// each. Returns the extraction and whether any input failed. When no article at all could be
/// read the error is an empty message: the problems are already on stderr, one line each.
fn load(common: &Common) -> Result<(claimdiff::Extraction, bool), String> {
    let options = options(common)?;
    let loaded = ingest::load(&common.inputs, &options);
    for e in &loaded.errors {
        say(&format!("claimdiff: {e}"));
    }
    for w in &loaded.warnings {
        say(&format!("claimdiff: warning: {w}"));
    }
    for d in &loaded.documents {
        for w in &d.warnings {
            say(&format!("claimdiff: warning: {w}"));
        }
    }
    if loaded.documents.is_empty() {
        return Err(if loaded.errors.is_empty() && loaded.warnings.is_empty() {
            "no article could be read".into()
        } else {
            String::new()
        });
    }
    let failed = !loaded.errors.is_empty();
    Ok((claimdiff::extract_all(loaded.documents, &options), failed))
}

/// Leaves `data` to the operating system, which takes back a process's memory at once when it
/// ends, soon after this: freeing every claim, string and vector one by one would cost a
/// noticeable part of a run (single-threaded, once the output is written).
fn exit_soon<T>(data: T) {
    std::mem::forget(data);
}

/// Writes one line to stderr; a closed stderr is not worth a panic.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn options(common: &Common) -> Result<Options, String> {
    let lang = match &common.lang {
        Some(code) => Some(Lang::from_code(code).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            format!(
                "--lang: unsupported language '{code}' (use {})",
                known.join(", ")
            )
        })?),
        None => None,
    };
    let date = match &common.date {
        Some(d) => Some(
            d.trim()
                .parse()
                .map_err(|_| format!("--date: '{d}' is not a date (use YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    let aliases = match &common.aliases {
        Some(path) => {
            Some(claimdiff::extract::gazetteer::Gazetteer::load(path).map_err(|e| e.to_string())?)
        }
        None => None,
    };
    Ok(Options {
        lang,
        date,
        aliases,
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
        all: false,
    }
}

/// What a run writes: a report's bytes, or JSON written as it is rendered (it is ten times the
/// size of the articles: holding it whole would cost memory and time).
enum Output<'a> {
    Bytes(Vec<u8>),
    Json(
        &'a claimdiff::Extraction,
        Option<&'a claimdiff::compare::Comparison>,
    ),
}

impl Output<'_> {
    fn write_to(&self, out: &mut impl Write) -> std::io::Result<()> {
        match self {
            Output::Bytes(bytes) => out.write_all(bytes),
            Output::Json(extraction, comparison) => {
                report::json::write(out, extraction, *comparison)
            }
        }
    }
}

/// Writes `output` to `path` whole or not at all (temporary file, then rename), or to stdout.
/// A closed pipe on stdout is not an error.
fn emit(path: Option<&Path>, output: &Output) -> Result<(), String> {
    match path {
        Some(path) => write_atomic(path, output),
        None => {
            let mut out = std::io::stdout().lock();
            match output.write_to(&mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
                _ => Ok(()),
            }
        }
    }
}

/// Writes a temporary file beside `path`, flushes it to disk, then renames it over `path`: a
/// reader sees the old file or the new one, never half of one. Refuses to overwrite an input.
fn write_atomic(path: &Path, output: &Output) -> Result<(), String> {
    let fail = |what: &dyn std::fmt::Display| format!("{}: cannot write: {what}", path.display());
    if path.is_dir() {
        return Err(fail(&"is a directory"));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| fail(&"not a file name"))?;
    let tmp = dir.join(format!(
        ".{}.claimdiff-{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| {
            let mut w = std::io::BufWriter::new(&mut f);
            output.write_to(&mut w)?;
            w.flush()?;
            drop(w);
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(&e));
    }
    Ok(())
}

/// Refuses an output file that is one of the inputs: input files are never modified.
fn check_output(common: &Common) -> Result<(), String> {
    let Some(output) = &common.output else {
        return Ok(());
    };
    let Ok(target) = output.canonicalize() else {
        return Ok(());
    };
    for input in &common.inputs {
        if input.canonicalize().is_ok_and(|i| i == target) {
            return Err(format!(
                "{}: is also an input: refusing to overwrite it (choose another -o file)",
                output.display()
            ));
        }
    }
    Ok(())
}
