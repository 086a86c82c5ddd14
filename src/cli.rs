//! Command-line flags (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Examples and exit statuses, shown at the end of `--help`.
const AFTER_HELP: &str = "\
Examples:
  claimdiff compare fixtures/nk-troops              # the table
  claimdiff compare fixtures/nk-troops --html report.html
  claimdiff compare a.txt fixtures/nk-troops --csv out.csv --csv-bom
  claimdiff compare --only contradictions fixtures/nk-troops
  claimdiff compare -q fixtures/nk-troops && echo 'no contradiction'
  claimdiff extract --format json article.md
  claimdiff extract --format jsonl fixtures/nk-troops > claims.jsonl
  jq -c '{id, text}' articles.json | claimdiff extract --stdin-jsonl --format jsonl
  claimdiff completions zsh > ~/.zfunc/_claimdiff
  claimdiff man compare | man -l -

Exit status (as diff):
  0  no contradiction found
  1  at least one contradiction found (compare)
  2  a usage or input error (unreadable inputs skipped, the others read)";

/// Compare the figures, dates, sources and stances that news articles give about one event.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the claims (counts, dates, statements) of each article.
    Extract(Common),
    /// Compare the claims of several articles: agreements, contradictions, updates.
    #[command(after_help = AFTER_HELP)]
    Compare(CompareArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish) to stdout.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to stdout: `claimdiff man | man -l -`, or a subcommand's
    /// page with every option: `claimdiff man compare`.
    Man {
        /// The subcommand whose page to print (extract, compare…).
        #[arg(value_name = "SUBCOMMAND")]
        subcommand: Option<String>,
    },
    /// Print the JSON Schema of `--format json` output to stdout, or with `--format jsonl` the
    /// schema of one line of `--format jsonl` output.
    Schema {
        /// The output whose schema to print.
        #[arg(long, value_enum, default_value_t = SchemaOf::Json)]
        format: SchemaOf,
    },
}

/// The outputs `claimdiff schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// The JSON document of `--format json`.
    Json,
    /// One line of `--format jsonl`.
    Jsonl,
}

/// Which rows `--only` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    /// Groups where two sources contradict each other.
    Contradictions,
    /// Groups that are contested or denied.
    Disputed,
    /// Groups that rest on a single source or on hedges only.
    Unconfirmed,
}

/// The narrowest table that stays readable: below it, cells wrap a word per line.
pub const MIN_WIDTH: u16 = 60;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for the terminal.
    Table,
    /// JSON, schema 1.
    Json,
    /// JSON lines: one compact object per line (schema, document, claim, group, finding, error),
    /// each with its "type" and the fields of its JSON object, for pipelines and databases.
    Jsonl,
    /// CSV, one row per claim (extract) or per finding (compare).
    Csv,
}

/// When to colour the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Flags shared by every subcommand.
#[derive(Debug, Args)]
pub struct Common {
    /// Articles to read: files (.txt, .md, .html; UTF-8, UTF-16 with BOM or Windows-1252),
    /// directories (walked in sorted order, hidden entries skipped) or - for stdin.
    #[arg(required_unless_present = "stdin_jsonl", value_name = "FILE|DIR")]
    pub inputs: Vec<PathBuf>,
    /// Read stdin as JSON lines, one article per line (besides any FILE|DIR; - may be left out):
    /// {"id", "text", "published", "lang", "outlet", "format"}, only id and text required; format
    /// is txt (default), md or html, published YYYY-MM-DD. A line reads as a file named after its
    /// id would, published, lang and outlet winning over the text's own; a bad line is named
    /// (stdin line 17: …) and skipped.
    #[arg(long)]
    pub stdin_jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Read every article as this language (fr, en, de, es, it, pt) instead of detecting it or using the
    /// language the article declares.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Publication date for articles that give none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Write the output to this file instead of stdout (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// When to colour the table (auto: on a terminal, unless NO_COLOR is set or TERM=dumb;
    /// CLICOLOR_FORCE forces it).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Table width in columns (default: the terminal's, or natural width when piped).
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(i64::from(MIN_WIDTH)..))]
    pub width: Option<u16>,
    /// Print nothing on stdout and no warnings: only the exit status says what was found (like
    /// diff -q). Files asked for with -o, --csv or --html are still written.
    #[arg(short, long)]
    pub quiet: bool,
    /// Start the CSV with a UTF-8 byte order mark, for spreadsheets that guess the encoding
    /// otherwise (Excel reads the mark as UTF-8).
    #[arg(long)]
    pub csv_bom: bool,
    /// Extra source aliases: a TSV file in the format of data/sources.tsv
    /// (canonical, kind, country, affiliation, aliases separated by '|').
    #[arg(long, value_name = "FILE")]
    pub aliases: Option<PathBuf>,
}

/// Flags of `compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Flags shared with extract.
    #[command(flatten)]
    pub common: Common,
    /// Also write the discrepancy report as CSV to this file (written whole or not at all).
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Also write a self-contained HTML report to this file: contradictions first, every
    /// group with its evidence, charts of the figures over time, filters by status.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Keep only these groups (and their findings) in the table, CSV, JSON and HTML; the exit
    /// status still counts every contradiction.
    #[arg(long, value_enum, value_name = "WHICH")]
    pub only: Option<Only>,
    /// Show every source and verdict in the table and every contradiction below it (by
    /// default a row shows its main sources and verdict; CSV and JSON always hold everything).
    #[arg(long)]
    pub all: bool,
    /// Show the evidence behind these groups of the table instead of the table: every claim
    /// with its sentence, every verdict with its reason (ids from the table's first column, e.g. --group gxrdb,gs247)
    #[arg(long, short = 'g', value_name = "ID", value_delimiter = ',')]
    pub group: Vec<String>,
    /// Read open bounds strictly: "more than 2 000" then agrees with any larger figure (by
    /// default it agrees with values up to 1.5 times the bound, and "up to X" with values from
    /// X/2, as news means them)
    #[arg(long)]
    pub strict_bounds: bool,
}

/// The command-line definition, for completions and the man page.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
