//! The claimdiff binary: parses flags, runs the library, renders, and maps outcomes to exit
//! statuses like diff: 0 no contradiction, 1 contradictions found, 2 error.

mod cli;
mod output;
mod progress;

/// mimalloc instead of the system allocator: extraction makes and drops many small strings and
/// vectors on every thread, where glibc's malloc spends a tenth of the run (see `benches/`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h's option enum, as built by libmimalloc-sys).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system at once instead of after mimalloc's default delay, for a
/// run with a document read in windows (over [`claimdiff::extract::WINDOW`]): such a run frees
/// one window's analysis after another, and without this the pages they held still count at the
/// run's peak (a 50 MB article: 506 MB to compare, 463 MB with it). Smaller runs keep the
/// default, which is some 8 % faster.
fn purge_freed_memory_at_once() {
    // SAFETY: sets a plain integer option of the allocator, read on its next purge.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

use clap::Parser;

use claimdiff::report::{self, Skipped, TableStyle};
use claimdiff::{Lang, Options, ingest};
use cli::{Cli, Color, Command, Common, Format, Only, SchemaOf};
use output::{Outputs, Target};

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
    let planned = match &cli.command {
        Command::Extract(common) => Outputs::plan(common.output.as_deref(), None, None),
        Command::Compare(args) => Outputs::plan(
            args.common.output.as_deref(),
            args.csv.as_deref(),
            args.html.as_deref(),
        ),
        Command::Completions { .. } | Command::Man { .. } | Command::Schema { .. } => {
            Outputs::plan(None, None, None)
        }
    };
    let outputs = match planned {
        Ok(outputs) => outputs,
        Err(message) => {
            say(&format!("claimdiff: {message}"));
            return ExitCode::from(2);
        }
    };
    output::clean_up_on_interrupt();
    // A bug must not show a backtrace: the hook above printed one line, the exit status says
    // something failed.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli, &outputs))) {
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

fn run(cli: Cli, outputs: &Outputs) -> Result<ExitCode, String> {
    match cli.command {
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cli::command(), "claimdiff", &mut out);
            emit(&Target::Stdout, &Output::Bytes(out))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man { subcommand } => {
            let root = cli::command();
            let man = match subcommand.as_deref() {
                None => clap_mangen::Man::new(root),
                Some(name) => {
                    let sub = root.find_subcommand(name).cloned().ok_or_else(|| {
                        let names: Vec<&str> =
                            root.get_subcommands().map(|c| c.get_name()).collect();
                        format!("man: no subcommand '{name}' (use {})", names.join(", "))
                    })?;
                    let sub = sub
                        .bin_name(format!("claimdiff {name}"))
                        .display_name(format!("claimdiff-{name}"));
                    clap_mangen::Man::new(sub).title(format!("claimdiff-{name}"))
                }
            };
            let mut out = Vec::new();
            man.render(&mut out).map_err(|e| format!("man page: {e}"))?;
            emit(&Target::Stdout, &Output::Bytes(out))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { format } => {
            let schema = match format {
                SchemaOf::Json => report::schema::json(),
                SchemaOf::Jsonl => report::schema::jsonl(),
            };
            emit(&Target::Stdout, &Output::Bytes(schema))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(common) => {
            let (extraction, skipped, failed) = load(&common, outputs, false)?;
            let out = match common.format {
                Format::Table => Output::ClaimsTable(&extraction, table_style(&common)),
                Format::Json => Output::Json(&extraction, None, &skipped),
                Format::Jsonl => Output::Jsonl(&extraction, None, &skipped),
                Format::Csv => Output::ClaimsCsv(&extraction, common.csv_bom),
            };
            if !(common.quiet && common.output.is_none()) {
                emit(&outputs.main, &out)?;
            }
            drop(out);
            exit_soon(extraction);
            Ok(if failed {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Compare(args) => {
            let (extraction, skipped, failed) = load(&args.common, outputs, true)?;
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
            let contradiction = comparison.has_contradiction();
            let comparison = match args.only {
                None => comparison,
                Some(only) => keep_only(comparison, only),
            };
            let cell = look.map_or_else(std::cell::OnceCell::new, std::cell::OnceCell::from);
            let look = || cell.get_or_init(|| report::Lookup::new(&extraction));
            if let Some(target) = &outputs.csv {
                emit(
                    target,
                    &Output::FindingsCsv(look(), &comparison, args.common.csv_bom),
                )?;
            }
            if let Some(target) = &outputs.html {
                let html = report::html::render(&extraction, &comparison, &skipped);
                emit(target, &Output::Bytes(html))?;
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
                Format::Json => Output::Json(&extraction, Some(&comparison), &skipped),
                Format::Jsonl => Output::Jsonl(&extraction, Some(&comparison), &skipped),
                Format::Csv => Output::FindingsCsv(look(), &comparison, args.common.csv_bom),
            };
            if !(args.common.quiet && args.common.output.is_none()) {
                emit(&outputs.main, &out)?;
            }
            drop(out);
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

/// Keeps the groups `only` asks for, and the findings about them.
fn keep_only(
    mut comparison: claimdiff::compare::Comparison,
    only: Only,
) -> claimdiff::compare::Comparison {
    use claimdiff::compare::{Status, Verdict};
    use std::collections::HashSet;
    let contradicted: HashSet<String> = comparison
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction)
        .flat_map(|f| std::iter::once(f.group.clone()).chain(f.other_group.clone()))
        .collect();
    comparison.groups.retain(|g| match only {
        Only::Contradictions => contradicted.contains(&g.id),
        Only::Disputed => matches!(g.status, Status::Contested | Status::Denied),
        Only::Unconfirmed => matches!(g.status, Status::SingleSource | Status::HedgedOnly),
    });
    let kept: HashSet<&str> = comparison.groups.iter().map(|g| g.id.as_str()).collect();
    let findings = std::mem::take(&mut comparison.findings);
    comparison.findings = findings
        .into_iter()
        .filter(|f| {
            kept.contains(f.group.as_str())
                && f.other_group.as_deref().is_none_or(|o| kept.contains(o))
                && (only != Only::Contradictions || f.verdict == Verdict::Contradiction)
        })
        .collect();
    comparison
}

/// Writes a UTF-8 byte order mark to `out` when `bom`.
fn bom(out: &mut dyn Write, bom: bool) -> std::io::Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    Ok(())
}

/// Reads and extracts every input; reports per-file errors and warnings on stderr, one line
/// each (warnings not with `--quiet`). Returns the extraction, the inputs that were skipped
/// (unreadable or empty) and whether any input failed (an unreadable one: exit status 2).
/// When no article at all could be read the error is an empty message: the problems are
/// already on stderr, one line each. With `one_story` (compare), an article whose dateline
/// gives no year takes the other articles' ([`ingest::year_from_others`]).
fn load(
    common: &Common,
    outputs: &Outputs,
    one_story: bool,
) -> Result<(claimdiff::Extraction, Vec<Skipped>, bool), String> {
    let options = options(common)?;
    let start = std::time::Instant::now();
    let spinner = progress::Spinner::start(!common.quiet);
    let mut loaded = if common.stdin_jsonl {
        let mut inputs = common.inputs.clone();
        if !inputs.iter().any(|i| i.as_os_str() == "-") {
            inputs.push(PathBuf::from("-"));
        }
        ingest::load_with(&inputs, ingest::Stdin::JsonLines, &options)
    } else {
        ingest::load(&common.inputs, &options)
    };
    if one_story {
        ingest::year_from_others(&mut loaded.documents);
    }
    spinner.finish();
    for e in &loaded.errors {
        say(&format!("claimdiff: {e}"));
    }
    if !common.quiet {
        for w in &loaded.warnings {
            say(&format!("claimdiff: warning: {w}"));
        }
        for d in &loaded.documents {
            for w in &d.warnings {
                say(&format!("claimdiff: warning: {w}"));
            }
        }
    }
    let inputs = loaded.files.iter().map(PathBuf::as_path);
    outputs.check_inputs(inputs.chain(common.aliases.as_deref()))?;
    if loaded.documents.is_empty() {
        return Err(if loaded.errors.is_empty() && loaded.warnings.is_empty() {
            "no article could be read".into()
        } else {
            String::new()
        });
    }
    let failed = !loaded.errors.is_empty();
    let skipped: Vec<Skipped> = loaded.errors.iter().map(Skipped::from_error).collect();
    let progress = progress::Progress::new(loaded.documents.len(), !common.quiet, start);
    if loaded
        .documents
        .iter()
        .any(|d| d.text.len() > claimdiff::extract::WINDOW)
    {
        purge_freed_memory_at_once();
    }
    let extraction = claimdiff::extract_all_with(loaded.documents, &options, &|| progress.tick());
    progress.finish();
    Ok((extraction, skipped, failed))
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
        Some(path) => Some(
            claimdiff::extract::gazetteer::Gazetteer::load(path).map_err(|errors| {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                lines.join("\nclaimdiff: ")
            })?,
        ),
        None => None,
    };
    Ok(Options {
        lang,
        date,
        aliases,
    })
}

/// Colours by the ecosystem's rules (anstream): `--color` first; then, on stdout only,
/// `NO_COLOR`, `CLICOLOR_FORCE`, `CLICOLOR=0`, `TERM=dumb` and whether stdout is a terminal.
fn table_style(common: &Common) -> TableStyle {
    let color = match common.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            common
                .output
                .as_deref()
                .is_none_or(|o| o.as_os_str() == "-")
                && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    };
    TableStyle {
        color,
        width: common.width,
        all: false,
    }
}

/// What a run writes: a report's bytes, or JSON and CSV written as they are rendered (they are
/// several times the size of the articles: holding them whole would cost memory and time).
enum Output<'a> {
    Bytes(Vec<u8>),
    Json(
        &'a claimdiff::Extraction,
        Option<&'a claimdiff::compare::Comparison>,
        &'a [Skipped],
    ),
    /// JSON lines, written as they are rendered, like the JSON.
    Jsonl(
        &'a claimdiff::Extraction,
        Option<&'a claimdiff::compare::Comparison>,
        &'a [Skipped],
    ),
    /// The table of `extract`, written block by block for a large run.
    ClaimsTable(&'a claimdiff::Extraction, report::TableStyle),
    /// One row per claim, after a byte order mark when asked.
    ClaimsCsv(&'a claimdiff::Extraction, bool),
    /// The discrepancy report, after a byte order mark when asked.
    FindingsCsv(
        &'a report::Lookup<'a>,
        &'a claimdiff::compare::Comparison,
        bool,
    ),
}

impl Output<'_> {
    fn write_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        match self {
            Output::Bytes(bytes) => out.write_all(bytes),
            Output::ClaimsTable(extraction, style) => {
                report::table::write_claims(out, extraction, *style)
            }
            Output::Json(extraction, comparison, skipped) => {
                report::json::write_with_errors(out, extraction, *comparison, skipped)
            }
            Output::Jsonl(extraction, comparison, skipped) => {
                report::jsonl::write(out, extraction, *comparison, skipped)
            }
            Output::ClaimsCsv(extraction, with_bom) => {
                bom(out, *with_bom)?;
                report::csv::write_claims(out, extraction)
            }
            Output::FindingsCsv(look, comparison, with_bom) => {
                bom(out, *with_bom)?;
                report::csv::write_findings(out, look, comparison)
            }
        }
    }
}

/// Writes `output` to `target` (see [`output`]): stdout, a device or FIFO written directly, or
/// a regular file replaced whole or not at all.
fn emit(target: &Target, output: &Output) -> Result<(), String> {
    target.write(|w| output.write_to(w))
}
