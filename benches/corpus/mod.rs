//! A deterministic corpus generator for the benchmark: N articles in French and English about
//! one event, built from our own sentence shapes (figures written in every format the readers
//! must handle, named sources and agencies, relative and absolute dates, hedges, denials,
//! non-confirmations, and plain context sentences), plus the claims each article was built to
//! state, so that the comparison can be measured even where extraction is still partial.
//!
//! Seeded xorshift: the same N always gives the same bytes. Nothing is written to disk.

use claimdiff::claim::{Bound, Claim, ClaimKind, Counted, Qualifiers, Quantity, Scope, Source};
use claimdiff::{SourceKind, Stance};
use jiff::civil::{Date, date};

/// xorshift64*: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    /// A generator from a non-zero seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One element of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One generated article and the claims it was written to state.
pub struct Article {
    /// File-like name: `<lang>-<outlet>-<n>.md`.
    pub name: String,
    /// The full text, front matter included.
    pub text: String,
    /// The counts and statements written into it.
    pub claims: Vec<Claim>,
}

/// A source as written in each language, with its canonical name and chain.
struct Who {
    fr: &'static str,
    en: &'static str,
    chain: &'static [&'static str],
}

const SOURCES: &[Who] = &[
    Who {
        fr: "le renseignement sud-coréen (NIS)",
        en: "South Korea's National Intelligence Service",
        chain: &["National Intelligence Service (South Korea)"],
    },
    Who {
        fr: "l'agence Yonhap, citant le NIS",
        en: "Yonhap, citing the spy agency",
        chain: &["Yonhap", "National Intelligence Service (South Korea)"],
    },
    Who {
        fr: "le Pentagone",
        en: "the Pentagon",
        chain: &["Pentagon"],
    },
    Who {
        fr: "le département d'État américain",
        en: "the US State Department",
        chain: &["US Department of State"],
    },
    Who {
        fr: "Volodymyr Zelensky",
        en: "Volodymyr Zelensky",
        chain: &["Volodymyr Zelensky"],
    },
    Who {
        fr: "le renseignement militaire ukrainien",
        en: "Ukraine's military intelligence",
        chain: &["Ukrainian military intelligence (HUR)"],
    },
];

/// A figure as written in each language, and the quantity it means.
struct Figure {
    fr: &'static str,
    en: &'static str,
    low: Option<u64>,
    high: Option<u64>,
    approx: bool,
    bound: Bound,
}

const FIGURES: &[Figure] = &[
    Figure {
        fr: "1 500",
        en: "1,500",
        low: Some(1500),
        high: Some(1500),
        approx: false,
        bound: Bound::Exact,
    },
    Figure {
        fr: "1\u{202f}500",
        en: "1500",
        low: Some(1500),
        high: Some(1500),
        approx: false,
        bound: Bound::Exact,
    },
    Figure {
        fr: "1.500",
        en: "1,500",
        low: Some(1500),
        high: Some(1500),
        approx: false,
        bound: Bound::Exact,
    },
    Figure {
        fr: "environ 3 000",
        en: "about 3,000",
        low: Some(3000),
        high: Some(3000),
        approx: true,
        bound: Bound::Approx,
    },
    Figure {
        fr: "près de 3\u{a0}000",
        en: "nearly 3,000",
        low: Some(3000),
        high: Some(3000),
        approx: true,
        bound: Bound::Approx,
    },
    Figure {
        fr: "plus de 10 000",
        en: "more than 10,000",
        low: Some(10000),
        high: None,
        approx: false,
        bound: Bound::AtLeast,
    },
    Figure {
        fr: "quelque 10 000",
        en: "some 10,000",
        low: Some(10000),
        high: Some(10000),
        approx: true,
        bound: Bound::Approx,
    },
    Figure {
        fr: "11 000",
        en: "11,000",
        low: Some(11000),
        high: Some(11000),
        approx: false,
        bound: Bound::Exact,
    },
    Figure {
        fr: "jusqu'à 12 000",
        en: "up to 12,000",
        low: None,
        high: Some(12000),
        approx: false,
        bound: Bound::AtMost,
    },
    Figure {
        fr: "douze mille",
        en: "twelve thousand",
        low: Some(12000),
        high: Some(12000),
        approx: false,
        bound: Bound::Exact,
    },
    Figure {
        fr: "plusieurs milliers de",
        en: "thousands of",
        low: Some(2000),
        high: None,
        approx: true,
        bound: Bound::Vague,
    },
    Figure {
        fr: "entre 10 000 et 12 000",
        en: "between 10,000 and 12,000",
        low: Some(10000),
        high: Some(12000),
        approx: false,
        bound: Bound::Range,
    },
];

/// What a sentence shape states.
#[derive(Clone, Copy)]
enum Shape {
    /// "N soldiers are in Russia, says S" (so far).
    InRussia,
    /// "N soldiers have reached Kursk" (so far, Kursk).
    InKursk,
    /// "Pyongyang plans to send N in total" (planned total).
    Planned,
    /// "N soldiers reportedly moved" (hedged).
    Hedged,
    /// "S denies soldiers are fighting".
    Denial,
    /// "S has not confirmed".
    NotConfirmed,
}

const WEEKDAYS_FR: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const WEEKDAYS_EN: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS_FR: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

const CONTEXT_FR: &[&str] = &[
    "Les deux pays ont signé en juin un traité de défense mutuelle qui prévoit une assistance en cas d'agression.",
    "À Séoul, le gouvernement a réuni son conseil de sécurité nationale pour examiner les options disponibles.",
    "Les analystes s'interrogent sur ce que Pyongyang pourrait obtenir en échange, de l'argent ou des technologies.",
    "Le ministère des Affaires étrangères a convoqué l'ambassadeur pour lui faire part de ses vives inquiétudes.",
    "Des images satellites montreraient des mouvements de navires entre les ports de la côte est et Vladivostok.",
    "La question sera abordée lors de la prochaine réunion des ministres de la Défense de l'Alliance atlantique.",
];
const CONTEXT_EN: &[&str] = &[
    "The two countries signed a mutual defence treaty in June that commits each to help the other if attacked.",
    "In Seoul, the government convened its national security council to weigh the options available to it.",
    "Analysts wonder what Pyongyang could obtain in return, from hard currency to military technology.",
    "The foreign ministry summoned the ambassador to convey its grave concern over the reported deployment.",
    "Satellite images appear to show ships moving between ports on the east coast and Vladivostok.",
    "The issue is expected to come up at the next meeting of the alliance's defence ministers in Brussels.",
];

/// Builds article `n` of a corpus.
pub fn article(n: usize, rng: &mut Rng) -> Article {
    let french = rng.below(2) == 0;
    let lang = if french { "fr" } else { "en" };
    let outlet = format!("Outlet {:03}", n % 97);
    let published = date(2024, 10, 18)
        .checked_add(jiff::Span::new().days(rng.below(18) as i64))
        .expect("in range");
    let doc = format!("{lang}-outlet-{n:05}");
    let mut text = format!(
        "---\ntitle: \"{}\"\ndate: {published}\noutlet: {outlet}\nlang: {lang}\n---\n\n",
        if french {
            "Troupes nord-coréennes en Russie"
        } else {
            "North Korean troops in Russia"
        }
    );
    let mut claims = Vec::new();
    let paragraphs = 6 + rng.below(8);
    for _ in 0..paragraphs {
        let sentences = 2 + rng.below(2);
        let mut paragraph = Vec::new();
        for _ in 0..sentences {
            if rng.below(10) < 4 {
                let shape = *rng.pick(&[
                    Shape::InRussia,
                    Shape::InRussia,
                    Shape::InKursk,
                    Shape::Planned,
                    Shape::Hedged,
                    Shape::Denial,
                    Shape::NotConfirmed,
                ]);
                let (sentence, claim) = stated(shape, french, published, &doc, rng);
                paragraph.push(sentence);
                claims.push(claim);
            } else {
                let pool = if french { CONTEXT_FR } else { CONTEXT_EN };
                paragraph.push(rng.pick(pool).to_string());
            }
        }
        text.push_str(&paragraph.join(" "));
        text.push_str("\n\n");
    }
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("{doc}#{}", i + 1);
    }
    Article {
        name: format!("{doc}.md"),
        text,
        claims,
    }
}

/// One claim sentence of `shape` and the claim it states.
fn stated(
    shape: Shape,
    french: bool,
    published: Date,
    doc: &str,
    rng: &mut Rng,
) -> (String, Claim) {
    let who = rng.pick(SOURCES);
    let src = if french { who.fr } else { who.en };
    let fig = rng.pick(FIGURES);
    let qty = if french { fig.fr } else { fig.en };
    let back = rng.below(5) as i64;
    let as_of = published
        .checked_sub(jiff::Span::new().days(back))
        .expect("in range");
    let when = match (french, back) {
        (true, 0) => "ce jour".to_string(),
        (false, 0) => "today".to_string(),
        (true, _) if back < 3 => {
            WEEKDAYS_FR[as_of.weekday().to_monday_zero_offset() as usize].to_string()
        }
        (false, _) if back < 3 => format!(
            "on {}",
            WEEKDAYS_EN[as_of.weekday().to_monday_zero_offset() as usize]
        ),
        (true, _) => format!(
            "le {} {}",
            as_of.day(),
            MONTHS_FR[as_of.month() as usize - 1]
        ),
        (false, _) => format!(
            "on {} {}",
            MONTHS_EN[as_of.month() as usize - 1],
            as_of.day()
        ),
    };
    let (sentence, scope, place, stance) = match (shape, french) {
        (Shape::InRussia, true) => (
            format!(
                "Selon {src}, {qty} soldats nord-coréens se trouvent déjà en Russie, a-t-on appris {when}."
            ),
            Some(Scope::SoFar),
            "Russia",
            Stance::Asserted,
        ),
        (Shape::InRussia, false) => (
            format!(
                "{} North Korean soldiers are already in Russia, {src} said {when}.",
                capital(qty)
            ),
            Some(Scope::SoFar),
            "Russia",
            Stance::Asserted,
        ),
        (Shape::InKursk, true) => (
            format!(
                "{} estime que {qty} militaires nord-coréens ont rejoint la région de Koursk {when}.",
                capital(src)
            ),
            None,
            "Kursk",
            Stance::Asserted,
        ),
        (Shape::InKursk, false) => (
            format!(
                "According to {src}, {qty} North Korean troops had reached the Kursk region {when}."
            ),
            None,
            "Kursk",
            Stance::Asserted,
        ),
        (Shape::Planned, true) => (
            format!("Pyongyang compte envoyer au total {qty} soldats, affirme {src}."),
            Some(Scope::PlannedTotal),
            "Russia",
            Stance::Asserted,
        ),
        (Shape::Planned, false) => (
            format!("Pyongyang plans to send a total of {qty} troops, {src} reported {when}."),
            Some(Scope::PlannedTotal),
            "Russia",
            Stance::Asserted,
        ),
        (Shape::Hedged, true) => (
            format!(
                "{} soldats nord-coréens auraient été transférés en Russie {when}.",
                capital(qty)
            ),
            None,
            "Russia",
            Stance::Hedged,
        ),
        (Shape::Hedged, false) => (
            format!(
                "{} North Korean soldiers have reportedly been moved to Russia.",
                capital(qty)
            ),
            None,
            "Russia",
            Stance::Hedged,
        ),
        (Shape::Denial, true) => (
            format!(
                "{} a démenti {when} que {qty} soldats nord-coréens combattent en Russie.",
                capital(src)
            ),
            None,
            "Russia",
            Stance::Denied,
        ),
        (Shape::Denial, false) => (
            format!(
                "{} denied {when} that {qty} North Korean soldiers were fighting in Russia.",
                capital(src)
            ),
            None,
            "Russia",
            Stance::Denied,
        ),
        (Shape::NotConfirmed, true) => (
            format!(
                "{} n'a pas confirmé la présence de {qty} soldats nord-coréens en Russie.",
                capital(src)
            ),
            None,
            "Russia",
            Stance::NotConfirmed,
        ),
        (Shape::NotConfirmed, false) => (
            format!(
                "{} has not confirmed that {qty} North Korean soldiers are in Russia.",
                capital(src)
            ),
            None,
            "Russia",
            Stance::NotConfirmed,
        ),
    };
    let canonical = who.chain.last().copied().unwrap_or_default();
    let claim = Claim {
        id: String::new(),
        doc: doc.to_string(),
        kind: ClaimKind::Count,
        quantity: Some(Quantity {
            low: fig.low,
            high: fig.high,
            approx: fig.approx,
            bound: fig.bound,
            text: qty.to_string(),
        }),
        counted: Some(Counted {
            concept: "soldiers".into(),
            text: if french { "soldats" } else { "soldiers" }.into(),
        }),
        date: None,
        as_of: Some(as_of),
        qualifiers: Qualifiers {
            entity: Some("North Korea".into()),
            place: Some(place.into()),
            scope,
            event: None,
            who: None,
            words: Vec::new(),
        },
        sentence: sentence.as_str().into(),
        sentence_span: [0, sentence.len()],
        span: [0, 0],
        source: Source {
            text: src.to_string(),
            canonical: canonical.to_string(),
            kind: SourceKind::Unknown,
            country: None,
            affiliation: None,
            chain: who.chain.iter().map(|s| s.to_string()).collect(),
        },
        stance,
        stance_by: matches!(stance, Stance::Denied | Stance::NotConfirmed)
            .then(|| canonical.to_string()),
        stance_parties: if matches!(stance, Stance::Denied | Stance::NotConfirmed) {
            vec![canonical.to_string()]
        } else {
            Vec::new()
        },
        quoted: false,
        speaker: None,
        quote: None,
    };
    (sentence, claim)
}

fn capital(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A corpus of `n` articles from `seed`.
pub fn corpus(n: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng::new(seed);
    (0..n).map(|i| article(i, &mut rng)).collect()
}
