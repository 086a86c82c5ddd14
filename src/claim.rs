//! The normalised claim: what an article says (a count, a date or a statement), about what, when,
//! on whose word and how firmly, with the evidence that supports it.
//!
//! These types are the JSON schema 1 contract: later work adds fields, it never renames these.

use std::sync::Arc;

use jiff::civil::Date;
use serde::Serialize;

/// A text several claims share (the sentence they come from), kept once and read as a `&str`;
/// it serialises as a plain string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SharedText(Arc<str>);

impl std::ops::Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for SharedText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> SharedText {
        SharedText(Arc::from(text))
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> SharedText {
        SharedText(Arc::from(text))
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for SharedText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<SharedText> for String {
    fn eq(&self, other: &SharedText) -> bool {
        **self == *other.0
    }
}

impl PartialEq<SharedText> for str {
    fn eq(&self, other: &SharedText) -> bool {
        *self == *other.0
    }
}

/// What sort of fact a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A number of things: "1 500 soldats", "four brigades".
    Count,
    /// A day, week, month or year: "vendredi", "en juin", "Oct. 21, 2024".
    Date,
    /// A statement of fact without a number: "North Korean soldiers are fighting in Kursk".
    Statement,
    /// Quoted words of at least three words, attributed to their speaker: « une grave menace
    /// à la sécurité ».
    Quote,
}

/// How a value was bounded in the text; kept so that comparison never collapses
/// "plus de 3 000" to 3 000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// A plain figure: "1 500".
    #[default]
    Exact,
    /// An approximation: "environ 1 500", "about 1,500", "une dizaine".
    Approx,
    /// A lower bound, open above: "plus de 3 000", "at least 3,000".
    AtLeast,
    /// An upper bound: "jusqu'à 12 000", "fewer than 1,000".
    AtMost,
    /// An explicit range: "10 000 à 12 000".
    Range,
    /// A vague quantity given as an interval: "plusieurs milliers", "hundreds of".
    Vague,
}

/// A count's value as an interval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quantity {
    /// Lowest value the text allows; `None` when open ("moins de 1 000").
    pub low: Option<u64>,
    /// Highest value the text allows; `None` when open ("plus de 3 000").
    pub high: Option<u64>,
    /// True when the text marks the figure as approximate ("environ", "about", "une dizaine").
    pub approx: bool,
    /// How the value was bounded in the text.
    pub bound: Bound,
    /// The words as written, e.g. "environ 1 500".
    pub text: String,
}

impl Quantity {
    /// An exact figure.
    pub fn exact(value: u64, text: impl Into<String>) -> Quantity {
        Quantity {
            low: Some(value),
            high: Some(value),
            approx: false,
            bound: Bound::Exact,
            text: text.into(),
        }
    }
}

/// What a count counts: a language-neutral concept plus the noun as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counted {
    /// The concept, the same in every language: `soldiers`, `brigades`, `deaths`… or the folded
    /// lemma of an unknown noun.
    pub concept: String,
    /// The noun as written: "soldats", "troops".
    pub text: String,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One day.
    Day,
    /// A week ("la semaine dernière").
    Week,
    /// A month ("en juin").
    Month,
    /// A year ("en 2023").
    Year,
}

/// A date or date range as the text gives it, resolved to the calendar where possible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimDate {
    /// First day covered; `None` when a relative date could not be resolved.
    pub start: Option<Date>,
    /// Last day covered (equal to `start` for a single day).
    pub end: Option<Date>,
    /// How precise the date is.
    pub granularity: Granularity,
    /// The words as written: "vendredi", "en juin", "21/10/2024".
    pub text: String,
    /// True when the date was computed from the publication date or an earlier date.
    pub relative: bool,
    /// Why a date stayed unresolved ("no publication date"), when it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    /// The event the date belongs to in its sentence (folded word: "annonce", "sommet").
    pub event: Option<String>,
}

/// The scope of a count: what part of the whole it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// A planned or intended total: "au total", "souhaitait envoyer", "planned".
    PlannedTotal,
    /// What has happened up to now: "déjà", "already", "so far".
    SoFar,
    /// A part of a count given beside it: "dont 60 femmes", "33 of them", "davon 34".
    Part,
}

/// The qualifiers of a claim's subject that decide whether two claims are comparable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Qualifiers {
    /// Nationality or entity of the counted thing, canonical: "North Korea".
    pub entity: Option<String>,
    /// Where, canonical: "Russia", "Vladivostok", "Kursk".
    pub place: Option<String>,
    /// The scope cue, if any.
    pub scope: Option<Scope>,
    /// The event or predicate, language-neutral: "deployed", "fighting", "killed".
    pub event: Option<String>,
    /// Who an outcome befell when a list breaks it down by kind of people ("41 policiers et
    /// 47 civils tués": police, civilians): a count of one kind, not the whole toll.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// Remaining folded qualifier words, for fuzzy matching.
    pub words: Vec<String>,
}

/// What sort of body a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A government, ministry or head of state's office.
    Government,
    /// An intelligence service.
    Intelligence,
    /// Armed forces or a defence ministry's military staff.
    Military,
    /// A news agency (Yonhap, AFP, Reuters…).
    Agency,
    /// A newspaper, broadcaster or site.
    Outlet,
    /// A named person.
    Person,
    /// An international organisation (NATO, the UN…).
    Organisation,
    /// Experts, analysts, think tanks.
    Expert,
    /// Not in the gazetteer.
    Unknown,
}

/// Who stands behind a claim, and the chain it travelled through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The source phrase as written ("Les renseignements sud-coréens").
    pub text: String,
    /// The canonical name ("National Intelligence Service (South Korea)").
    pub canonical: String,
    /// The kind of source.
    pub kind: SourceKind,
    /// The source's country, when known.
    pub country: Option<String>,
    /// For a person, the body they speak for (canonical): Mark Rutte → NATO.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Canonical names outer → inner: Yonhap citing intelligence is `["Yonhap", "…intelligence"]`.
    pub chain: Vec<String>,
}

/// How firmly a claim is stated, relative to its source (FactBank's factuality, newsroom-sized).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Stated as fact.
    #[default]
    Asserted,
    /// Stated with reserve: conditional, "reportedly", "prétendu".
    Hedged,
    /// Denied by someone (`stance_by`).
    Denied,
    /// Not (yet) confirmed by someone (`stance_by`).
    NotConfirmed,
}

/// One normalised claim with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Stable id: `<document id>#<n>` in text order.
    pub id: String,
    /// The document id.
    pub doc: String,
    /// Count, date or statement.
    pub kind: ClaimKind,
    /// The value of a count.
    pub quantity: Option<Quantity>,
    /// What a count counts, or the subject of a statement.
    pub counted: Option<Counted>,
    /// The date of a date claim (boxed: most claims have none, and a claim is kept for the
    /// whole run).
    pub date: Option<Box<ClaimDate>>,
    /// The date a count or statement refers to.
    pub as_of: Option<Date>,
    /// Subject qualifiers: entity, place, scope, event.
    pub qualifiers: Qualifiers,
    /// The sentence that holds the claim, shared by every claim of that sentence.
    pub sentence: SharedText,
    /// Byte span of that sentence in the document's text.
    pub sentence_span: [usize; 2],
    /// Byte span of the claim's own words in the document's text.
    pub span: [usize; 2],
    /// Who says it.
    pub source: Source,
    /// How firmly.
    pub stance: Stance,
    /// Who denies or does not confirm it (canonical), for those stances; several parties are
    /// joined by "; " in text order ("Kremlin; North Korea"). Kept for schema 1 readers:
    /// `stance_parties` lists them one by one.
    pub stance_by: Option<String>,
    /// Every party that denies or does not confirm the claim, canonical, in text order; empty
    /// for asserted and hedged claims.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stance_parties: Vec<String>,
    /// True when the claim sits inside a quotation.
    pub quoted: bool,
    /// The quoted speaker, canonical, when `quoted`.
    pub speaker: Option<String>,
    /// The quoted words of a quote claim, without their marks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl Claim {
    /// A claim of `kind` at `span` in `sentence`, with every other field empty and the outlet
    /// as its source; extractors fill in the rest.
    pub fn new(
        kind: ClaimKind,
        doc: &crate::Document,
        sentence: &crate::segment::Sentence,
        span: [usize; 2],
    ) -> Claim {
        Claim {
            id: String::new(),
            doc: doc.id.clone(),
            kind,
            quantity: None,
            counted: None,
            date: None,
            as_of: None,
            qualifiers: Qualifiers::default(),
            sentence: doc.text[sentence.start..sentence.end].into(),
            sentence_span: [sentence.start, sentence.end],
            span,
            source: Source::outlet(&doc.outlet),
            stance: Stance::Asserted,
            stance_by: None,
            stance_parties: Vec::new(),
            quoted: false,
            speaker: None,
            quote: None,
        }
    }
}

impl Source {
    /// The outlet itself as a source: what a claim with no other source falls back to.
    pub fn outlet(outlet: &str) -> Source {
        Source {
            text: outlet.to_string(),
            canonical: outlet.to_string(),
            kind: SourceKind::Outlet,
            country: None,
            affiliation: None,
            chain: vec![outlet.to_string()],
        }
    }
}
