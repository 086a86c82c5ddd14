//! The JSON Schema of `--format json` output (`claimdiff schema`), and of one line of
//! `--format jsonl` output (`claimdiff schema --format jsonl`), generated with schemars.
//!
//! The schema is derived from types that mirror the output's shape field by field, rather
//! than from the library's own types: those live in modules other engineers own, and some of
//! their fields (dates, the publication date) serialise through hand-written code a derive
//! cannot see. Every object denies unknown fields and requires the fields the output always
//! writes, so the test that validates the fixtures' output against this schema fails as soon
//! as the output and the schema drift apart, in either direction.

// The mirror types are never built, only described: their fields exist for the derive.
#![allow(dead_code)]

use schemars::{JsonSchema, schema_for};

/// The schema as pretty JSON, ending in a newline.
pub fn json() -> Vec<u8> {
    let schema = schema_for!(Output);
    let mut out = serde_json::to_vec_pretty(&schema).expect("a schema serialises");
    out.push(b'\n');
    out
}

/// The schema of one line of `--format jsonl` output as pretty JSON, ending in a newline: one
/// of the JSON's objects, tagged with its `type`.
pub fn jsonl() -> Vec<u8> {
    let schema = schema_for!(Line);
    let mut out = serde_json::to_vec_pretty(&schema).expect("a schema serialises");
    out.push(b'\n');
    out
}

/// One line of `--format jsonl` output: an object of the JSON output with its `type` first.
/// The lines come in this order: the schema line, documents, claims, groups and findings
/// (`compare` only), errors.
// Never built (see above): the size of its variants does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[schemars(title = "claimdiff output line")]
enum Line {
    /// The first line: the schema version, as the JSON's top-level `schema`.
    Schema {
        /// The schema version: 1.
        #[schemars(range(min = 1, max = 1))]
        schema: u32,
    },
    /// One article (the JSON's `documents`).
    Document(Document),
    /// One claim (the JSON's `claims`).
    Claim(Claim),
    /// One group of comparable claims (the JSON's `groups`; `compare` only).
    Group(Group),
    /// One verdict on a pair of claims (the JSON's `findings`; `compare` only).
    Finding(Finding),
    /// An input that was skipped, and why (the JSON's `errors`).
    Error(Skipped),
}

/// A calendar date, `YYYY-MM-DD`.
#[derive(JsonSchema)]
#[schemars(transparent)]
struct Day(#[schemars(regex(pattern = r"^-?\d{4,6}-\d{2}-\d{2}$"))] String);

/// claimdiff's output, schema 1: `extract` writes documents, claims and errors; `compare` adds
/// groups and findings.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "claimdiff output")]
struct Output {
    /// The schema version: 1.
    #[schemars(range(min = 1, max = 1))]
    schema: u32,
    /// The articles read, sorted by id.
    documents: Vec<Document>,
    /// Every claim of every article, by document then position.
    claims: Vec<Claim>,
    /// Groups of comparable claims (`compare` only).
    groups: Option<Vec<Group>>,
    /// Verdicts on pairs of claims (`compare` only).
    findings: Option<Vec<Finding>>,
    /// Inputs that were skipped, and why.
    errors: Vec<Skipped>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Skipped {
    /// The file as given.
    file: String,
    /// Why it was skipped.
    reason: String,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
enum Lang {
    Fr,
    En,
    De,
    Es,
    It,
    Pt,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum LangOrigin {
    Detected,
    Declared,
    Forced,
}

/// One article.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Document {
    /// Stable id (the file stem, disambiguated).
    id: String,
    /// The path as given, or `-` for stdin.
    path: String,
    /// The outlet.
    outlet: String,
    /// The language.
    lang: Lang,
    /// How the language was decided.
    lang_origin: LangOrigin,
    /// Publication date (`YYYY-MM-DD`), with the time when known (`YYYY-MM-DD HH:MM`).
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}"))]
    published: Option<String>,
    /// The title.
    title: Option<String>,
    /// The encoding read.
    encoding: String,
    /// Non-fatal problems.
    warnings: Vec<String>,
    /// Where the publication date came from.
    #[serde(default)]
    published_from: Option<PublishedFrom>,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum PublishedFrom {
    FrontMatter,
    Metadata,
    Dateline,
    FileName,
    Option,
    WireDateline,
    Copyright,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum ClaimKind {
    Count,
    Date,
    Statement,
    Quote,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Bound {
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
    Vague,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Quantity {
    low: Option<u64>,
    high: Option<u64>,
    approx: bool,
    bound: Bound,
    text: String,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Counted {
    concept: String,
    text: String,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct ClaimDate {
    start: Option<Day>,
    end: Option<Day>,
    granularity: Granularity,
    text: String,
    relative: bool,
    #[serde(default)]
    unresolved: Option<String>,
    event: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Scope {
    PlannedTotal,
    SoFar,
    Part,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Qualifiers {
    entity: Option<String>,
    place: Option<String>,
    scope: Option<Scope>,
    event: Option<String>,
    #[schemars(default)]
    who: Option<String>,
    words: Vec<String>,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum SourceKind {
    Government,
    Intelligence,
    Military,
    Agency,
    Outlet,
    Person,
    Organisation,
    Expert,
    Unknown,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Source {
    text: String,
    canonical: String,
    kind: SourceKind,
    country: Option<String>,
    #[serde(default)]
    affiliation: Option<String>,
    chain: Vec<String>,
}

/// How firmly a claim is stated: the one spelling every output uses.
#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Stance {
    Asserted,
    Hedged,
    Denied,
    NotConfirmed,
}

/// One claim with its evidence; spans are byte offsets into the document's decoded text.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Claim {
    id: String,
    doc: String,
    kind: ClaimKind,
    quantity: Option<Quantity>,
    counted: Option<Counted>,
    date: Option<ClaimDate>,
    as_of: Option<Day>,
    qualifiers: Qualifiers,
    sentence: String,
    sentence_span: [usize; 2],
    span: [usize; 2],
    source: Source,
    stance: Stance,
    stance_by: Option<String>,
    #[serde(default)]
    stance_parties: Vec<String>,
    quoted: bool,
    speaker: Option<String>,
    #[serde(default)]
    quote: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Status {
    Contested,
    Denied,
    SingleSource,
    HedgedOnly,
    Corroborated,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Verdict {
    Contradiction,
    Update,
    DifferentScope,
    Unconfirmed,
    Agreement,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Subject {
    entity: Option<String>,
    place: Option<String>,
    event: Option<String>,
    #[schemars(default)]
    who: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Parties {
    asserting: Vec<String>,
    agreeing: Vec<String>,
    disputing: Vec<String>,
    hedging: Vec<String>,
    denying: Vec<String>,
    not_confirming: Vec<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Step {
    date: Option<Day>,
    value: String,
    sources: Vec<String>,
    #[serde(default)]
    jump: Option<String>,
}

/// Claims about the same thing, with their status.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Group {
    id: String,
    kind: ClaimKind,
    concept: String,
    subject: Subject,
    scope: Option<Scope>,
    label: String,
    claims: Vec<String>,
    status: Status,
    independent_sources: usize,
    parties: Parties,
    reports: usize,
    #[serde(default)]
    timeline: Vec<Step>,
}

/// A verdict on a pair of claims, with its reason.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Finding {
    verdict: Verdict,
    a: String,
    b: String,
    group: String,
    #[serde(default)]
    other_group: Option<String>,
    reason: String,
    /// One of the telling pairs the table shows.
    shown: bool,
    /// How sure the match of the two claims is.
    confidence: Confidence,
}

#[derive(JsonSchema)]
#[schemars(rename_all = "snake_case")]
enum Confidence {
    SamePlace,
    PlaceInferred,
    SubjectInferred,
}
