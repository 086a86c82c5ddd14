//! Synthetic claims for the comparison's unit tests: a default claim (North Korean soldiers
//! deployed in Russia, stated by the outlet on 18 Oct 2024) and chainable edits.

use std::sync::atomic::{AtomicU64, Ordering};

use jiff::civil::{Date, date};

use crate::claim::{
    Bound, Claim, ClaimKind, Counted, Qualifiers, Quantity, Scope, Source, SourceKind, Stance,
};

static NEXT: AtomicU64 = AtomicU64::new(1);

/// 18 Oct 2024 plus `days`.
pub fn day(days: i32) -> Date {
    date(2024, 10, 18)
        .checked_add(jiff::Span::new().days(days))
        .expect("test dates are in range")
}

/// An exact count of North Korean soldiers deployed in Russia, stated by outlet `doc` on 18 Oct.
pub fn count(doc: &str, value: u64) -> Claim {
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    Claim {
        id: format!("{doc}#{n}"),
        doc: doc.to_string(),
        kind: ClaimKind::Count,
        quantity: Some(Quantity::exact(value, value.to_string())),
        counted: Some(Counted {
            concept: "soldiers".into(),
            text: "soldats".into(),
        }),
        date: None,
        as_of: Some(day(0)),
        qualifiers: Qualifiers {
            entity: Some("North Korea".into()),
            place: Some("Russia".into()),
            scope: None,
            event: Some("deployed".into()),
            who: None,
            words: Vec::new(),
        },
        sentence: format!("{value} soldats.").into(),
        sentence_span: [0, 10],
        span: [0, 4],
        source: Source::outlet(doc),
        stance: Stance::Asserted,
        stance_by: None,
        stance_parties: Vec::new(),
        quoted: false,
        speaker: None,
        quote: None,
    }
}

/// A statement "North Korean soldiers are fighting in Kursk", stated by outlet `doc` on 18 Oct.
pub fn statement(doc: &str) -> Claim {
    let mut c = count(doc, 0);
    c.kind = ClaimKind::Statement;
    c.quantity = None;
    c.qualifiers.place = Some("Kursk".into());
    c.qualifiers.event = Some("fighting".into());
    c
}

/// The claim with attribution chain `chain` (outer → inner).
pub fn via(mut c: Claim, chain: &[&str]) -> Claim {
    c.source = Source {
        text: chain.last().copied().unwrap_or_default().to_string(),
        canonical: chain.last().copied().unwrap_or_default().to_string(),
        kind: SourceKind::Unknown,
        country: None,
        affiliation: None,
        chain: chain.iter().map(|s| s.to_string()).collect(),
    };
    c
}

/// Chainable edits of a synthetic claim.
pub trait Edit: Sized {
    /// Said by `source` (quoted in the outlet).
    fn by(self, source: &str) -> Self;
    /// Referring to 18 Oct + `days`.
    fn on(self, days: i32) -> Self;
    /// With no reference date and no publication date.
    fn undated(self) -> Self;
    /// Approximate ("environ").
    fn approx(self) -> Self;
    /// Open above ("plus de").
    fn at_least(self) -> Self;
    /// Open below ("moins de").
    fn at_most(self) -> Self;
    /// An explicit range ("10 000 à 12 000").
    fn range(self, low: u64, high: u64) -> Self;
    /// A vague quantity, approximate and open above ("plusieurs milliers": 2 000).
    fn vague(self, low: u64) -> Self;
    /// Hedged by the writer.
    fn hedged(self) -> Self;
    /// Denied by `who`.
    fn denied_by(self, who: &str) -> Self;
    /// Not confirmed by `who`.
    fn unconfirmed_by(self, who: &str) -> Self;
    /// With this scope cue.
    fn scope(self, scope: Scope) -> Self;
    /// In this place (`None`: not stated).
    fn place(self, place: Option<&str>) -> Self;
    /// With this event (`None`: not stated).
    fn event(self, event: Option<&str>) -> Self;
    /// About this entity (`None`: not stated).
    fn entity(self, entity: Option<&str>) -> Self;
    /// Of this kind of people, as a list's item.
    fn who(self, who: &str) -> Self;
    /// Counting this concept.
    fn concept(self, concept: &str) -> Self;
    /// With these remaining qualifier words.
    fn words(self, words: &[&str]) -> Self;
    /// Starting at this byte of its document.
    fn at(self, offset: usize) -> Self;
}

impl Edit for Claim {
    fn by(self, source: &str) -> Self {
        via(self, &[source])
    }
    fn on(mut self, days: i32) -> Self {
        self.as_of = Some(day(days));
        self
    }
    fn undated(mut self) -> Self {
        self.as_of = None;
        self
    }
    fn approx(mut self) -> Self {
        if let Some(q) = &mut self.quantity {
            q.approx = true;
            q.bound = Bound::Approx;
        }
        self
    }
    fn at_least(mut self) -> Self {
        if let Some(q) = &mut self.quantity {
            q.high = None;
            q.bound = Bound::AtLeast;
        }
        self
    }
    fn at_most(mut self) -> Self {
        if let Some(q) = &mut self.quantity {
            q.low = None;
            q.bound = Bound::AtMost;
        }
        self
    }
    fn range(mut self, low: u64, high: u64) -> Self {
        if let Some(q) = &mut self.quantity {
            q.low = Some(low);
            q.high = Some(high);
            q.bound = Bound::Range;
        }
        self
    }
    fn vague(mut self, low: u64) -> Self {
        if let Some(q) = &mut self.quantity {
            q.low = Some(low);
            q.high = None;
            q.approx = true;
            q.bound = Bound::Vague;
        }
        self
    }
    fn hedged(mut self) -> Self {
        self.stance = Stance::Hedged;
        self
    }
    fn denied_by(mut self, who: &str) -> Self {
        self.stance = Stance::Denied;
        self.stance_by = Some(who.into());
        self.stance_parties = vec![who.into()];
        self
    }
    fn unconfirmed_by(mut self, who: &str) -> Self {
        self.stance = Stance::NotConfirmed;
        self.stance_by = Some(who.into());
        self.stance_parties = vec![who.into()];
        self
    }
    fn scope(mut self, scope: Scope) -> Self {
        self.qualifiers.scope = Some(scope);
        self
    }
    fn place(mut self, place: Option<&str>) -> Self {
        self.qualifiers.place = place.map(String::from);
        self
    }
    fn event(mut self, event: Option<&str>) -> Self {
        self.qualifiers.event = event.map(String::from);
        self
    }
    fn who(mut self, who: &str) -> Self {
        self.qualifiers.who = Some(who.to_string());
        self
    }
    fn entity(mut self, entity: Option<&str>) -> Self {
        self.qualifiers.entity = entity.map(String::from);
        self
    }
    fn concept(mut self, concept: &str) -> Self {
        if let Some(c) = &mut self.counted {
            c.concept = concept.into();
        }
        self
    }
    fn words(mut self, words: &[&str]) -> Self {
        self.qualifiers.words = words.iter().map(|w| w.to_string()).collect();
        self
    }
    fn at(mut self, offset: usize) -> Self {
        self.span = [offset, offset + 4];
        self
    }
}

/// A document with this id, language and publication date, read from front matter.
pub fn document(id: &str, lang: &str, published: &str) -> crate::Document {
    let text = format!("---\noutlet: {id}\nlang: {lang}\ndate: {published}\n---\nTexte.\n");
    crate::ingest::from_text(&format!("{id}.md"), &text, &crate::Options::default())
        .expect("synthetic document reads")
}

/// A small synthetic story in French and English, shaped like the North Korean deployment:
/// an update over time, a plan of different scope, a contradiction on one day in Kursk, an
/// agreement across languages, a denial, a non-confirmation and a single-source figure.
pub fn scenario() -> crate::Extraction {
    let nis = "National Intelligence Service";
    let mut claims = vec![
        via(count("lemonde", 1500), &["Yonhap", nis]),
        via(count("lemonde", 12000), &["Yonhap", nis])
            .scope(Scope::PlannedTotal)
            .words(&["brigades", "forces", "speciales"]),
        count("lemonde", 1500).unconfirmed_by("NATO"),
        count("bbc", 1500).by("Pentagon"),
        count("bbc", 3000).by(nis).on(5).scope(Scope::SoFar),
        count("wapo", 10000).by("Pentagon").on(10),
        count("kyivpost", 11000)
            .by("Volodymyr Zelensky")
            .on(17)
            .place(Some("Kursk")),
        count("wapo", 10000)
            .by("US Department of State")
            .on(17)
            .place(Some("Kursk")),
        statement("wapo").by("Pentagon").on(17),
        statement("tass").denied_by("Kremlin").on(17),
        count("tass", 4)
            .concept("brigades")
            .entity(Some("Russia"))
            .by(nis),
    ];
    claims[0].sentence = "- Selon Séoul, 1 500 soldats nord-coréens sont arrivés.".into();
    claims[1].sentence = "=12 000 soldats au total, d'après l'agence.".into();
    let documents = vec![
        document("bbc", "en", "2024-10-23"),
        document("kyivpost", "en", "2024-11-04"),
        document("lemonde", "fr", "2024-10-18"),
        document("tass", "en", "2024-11-04"),
        document("wapo", "en", "2024-11-04"),
    ];
    claims.sort_by(|a, b| a.doc.cmp(&b.doc));
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("{}#{}", c.doc, n + 1);
    }
    crate::Extraction { documents, claims }
}
