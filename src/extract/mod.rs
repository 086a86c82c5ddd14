//! Extraction: a document's sentences become claims.
//!
//! Order matters and reads top to bottom: dates first (their numbers are never counts), then
//! counts with what they count and its qualifiers, then statements without numbers and quoted
//! words; then each
//! claim gets its source, quotation and stance, and counts and statements get the date they
//! refer to (`as_of`).

pub mod attribution;
pub mod concept;
pub mod date;
pub mod gazetteer;
pub mod locale;
pub mod number;
pub mod phrase;
pub mod places;
pub mod quotation;
pub mod stance;
pub mod statement;
#[cfg(test)]
pub(crate) mod testkit;

use crate::claim::{Claim, ClaimKind};
use crate::{Document, Options, segment};

/// Text read in one piece, at least: a document longer than this is read in windows of whole
/// paragraphs (cut before a heading when one comes within twice this, else at a paragraph, else
/// at a sentence), so that the tokens and cues held while reading (some 30 bytes per byte of
/// text) stay bounded by the window, whatever the size of the document. No article comes near
/// it: only a file that joins many articles (or a hostile one) is cut, and each window reads
/// as an article of its own (its first paragraph is its lead, a pronoun never reaches across).
pub const WINDOW: usize = 1 << 20;

/// Extracts every claim of one document, in text order, with ids `<doc>#<n>`.
pub fn extract_document(doc: &Document, options: &Options) -> Vec<Claim> {
    extract_in_windows(doc, options, WINDOW)
}

/// [`extract_document`] with windows of `window` bytes.
fn extract_in_windows(doc: &Document, options: &Options, window: usize) -> Vec<Claim> {
    let lang = doc.lang.data();
    let sentences = segment::split_titled(&doc.text, doc.body_start, doc.title.as_deref(), lang);
    let cuts = windows(&doc.text, &sentences, window);
    let mut claims = if cuts.len() <= 2 {
        extract_sentences(doc, &sentences, options)
    } else {
        let mut claims = Vec::new();
        for w in cuts.windows(2) {
            let [(first, from), (last, to)] = [w[0], w[1]];
            let window = Document {
                id: doc.id.clone(),
                path: doc.path.clone(),
                outlet: doc.outlet.clone(),
                lang: doc.lang,
                lang_origin: doc.lang_origin,
                published: doc.published,
                published_from: doc.published_from,
                title: if from == 0 { doc.title.clone() } else { None },
                encoding: doc.encoding.clone(),
                warnings: Vec::new(),
                text: doc.text[from..to].to_string(),
                body_start: if from == 0 { doc.body_start } else { 0 },
                dateline: if from == 0 { doc.dateline } else { None },
            };
            let shifted: Vec<segment::Sentence> = sentences[first..last]
                .iter()
                .map(|s| segment::Sentence {
                    start: s.start - from,
                    end: s.end - from,
                    ..*s
                })
                .collect();
            let mut found = extract_sentences(&window, &shifted, options);
            for c in &mut found {
                for at in c.span.iter_mut().chain(c.sentence_span.iter_mut()) {
                    *at += from;
                }
            }
            if claims.is_empty() {
                // Sized once from the first window's yield, with a margin: growing a vector of
                // claims as large as this one holds it twice while it is copied.
                let estimate = found.len() as f64 * doc.text.len() as f64 / (to - from) as f64;
                claims.reserve_exact((estimate * 1.25) as usize);
            }
            claims.extend(found);
        }
        claims
    };
    for (n, claim) in claims.iter_mut().enumerate() {
        use std::fmt::Write;
        // Sized once: `format!` would grow the id on the way.
        let mut id = String::with_capacity(doc.id.len() + 8);
        id.push_str(&doc.id);
        let _ = write!(id, "#{}", n + 1);
        claim.id = id;
    }
    claims
}

/// Where a document's windows start, as (first sentence, first byte), then the end
/// `(sentences.len(), text.len())`: one window (two cuts) for a text shorter than `size`.
/// A window starts at the start of its first sentence's line when the cut falls between
/// paragraphs.
fn windows(text: &str, sentences: &[segment::Sentence], size: usize) -> Vec<(usize, usize)> {
    let mut cuts = vec![(0, 0)];
    for (k, s) in sentences.iter().enumerate().skip(1) {
        let (_, from) = cuts[cuts.len() - 1];
        let taken = s.start.saturating_sub(from);
        let new_paragraph = s.paragraph != sentences[k - 1].paragraph;
        let cut = (taken >= size && new_paragraph && s.heading)
            || (taken >= 2 * size && new_paragraph)
            || taken >= 4 * size;
        if !cut || s.start < sentences[k - 1].end {
            continue;
        }
        let line_start = text[..s.start].rfind('\n').map_or(0, |i| i + 1);
        let at = if new_paragraph && line_start >= sentences[k - 1].end {
            line_start
        } else {
            s.start
        };
        cuts.push((k, at));
    }
    cuts.push((sentences.len(), text.len()));
    cuts
}

/// Extracts the claims of `sentences`, which split `doc`'s text, in text order, without ids.
fn extract_sentences(
    doc: &Document,
    sentences: &[segment::Sentence],
    options: &Options,
) -> Vec<Claim> {
    let lang = doc.lang.data();
    // Every stage reads the same tokens, quotations and cues: tokenised and read once.
    let analysis = attribution::Analysis::new(doc, sentences, lang, options);
    let tokens = &analysis.tokens;
    let mut claims =
        date::extract_scanned(doc, sentences, lang, tokens, Some(&analysis.date_scans));
    let tags = Some(analysis.tags.as_slice());
    let counts = number::extract_tagged(doc, sentences, lang, tokens, tags, &claims);
    // Claims are large: the vector grows once for each batch, by its exact size.
    claims.reserve_exact(counts.len());
    claims.extend(counts);
    let statements = statement::extract_with(&analysis, &claims);
    let quotes = quotation::extract_with(&analysis);
    claims.reserve_exact(statements.len() + quotes.len());
    claims.extend(statements);
    claims.extend(quotes);
    claims.sort_by_key(|c| (c.span[0], c.span[1]));
    number::place_national(lang, sentences, tokens, &mut claims, ClaimKind::Statement);
    attribution::attribute_with(&analysis, &mut claims);
    // A date says when something happened, in the outlet's own telling: the reporting frame
    // around it is the source of the figures and statements beside it, not of the day.
    for claim in claims.iter_mut().filter(|c| c.kind == ClaimKind::Date) {
        claim.source = crate::claim::Source::outlet(&doc.outlet);
    }
    locale::localise(&analysis, &mut claims);
    locale::affiliate_ministers(&analysis, &mut claims);
    // Quoted words nobody is found to speak are titles or names, not statements.
    claims.retain(|c| c.kind != ClaimKind::Quote || c.speaker.is_some());
    stance::assign_with(&analysis, &mut claims);
    // A date is the outlet's telling of when something happened: the denial or hedge beside it
    // is about the figure or the event, not about the day.
    for claim in claims.iter_mut().filter(|c| c.kind == ClaimKind::Date) {
        claim.stance = crate::claim::Stance::Asserted;
        claim.stance_by = None;
    }
    number::national::place_own_territory(&analysis, &mut claims);
    locale::place_by_source(&mut claims);
    locale::entity_by_source(&analysis, &mut claims);
    headlines_take_the_body_source(&analysis, &mut claims);
    date::assign_as_of_analysed(&analysis, &mut claims);
    share_sentences(&mut claims);
    claims
}

/// Gives the claims of one sentence one copy of its text instead of one each.
fn share_sentences(claims: &mut [Claim]) {
    let mut shared: std::collections::HashMap<[usize; 2], crate::claim::SharedText> =
        std::collections::HashMap::new();
    for claim in claims {
        match shared.entry(claim.sentence_span) {
            std::collections::hash_map::Entry::Occupied(first) => {
                if *first.get() == claim.sentence {
                    claim.sentence = first.get().clone();
                }
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(claim.sentence.clone());
            }
        }
    }
}

/// A headline that names who gives its figure without a cue the reader can parse ("Koursk : Kiev
/// compte 11 000 soldats nord-coréens, Washington 10 000") relays the body's source of the same
/// figure of the same thing, when that source is the one it names (the same name, a link of its
/// chain, or its country). A headline that names no one ("Crues en Allemagne : 103 morts") is
/// the outlet's own summary, as readers take it, even when the body gives the figure to someone.
fn headlines_take_the_body_source(analysis: &attribution::Analysis, claims: &mut [Claim]) {
    use crate::claim::SourceKind;
    use std::collections::HashMap;
    let sentences = analysis.sentences;
    let mut headings: Vec<[usize; 2]> = sentences
        .iter()
        .filter(|s| s.heading)
        .map(|s| [s.start, s.end])
        .collect();
    if headings.is_empty() {
        return;
    }
    // Sorted by start, with the furthest end reached so far: a span lies inside a heading when
    // one of the headings starting at or before it ends at or after it (linear in the claims,
    // whatever the number of headings).
    headings.sort_unstable();
    let furthest_end: Vec<usize> = headings
        .iter()
        .scan(0, |end, h| {
            *end = (*end).max(h[1]);
            Some(*end)
        })
        .collect();
    let heading = |c: &Claim| {
        let before = headings.partition_point(|h| h[0] <= c.span[0]);
        before > 0 && furthest_end[before - 1] >= c.span[1]
    };
    let in_heading: Vec<bool> = claims.iter().map(heading).collect();
    // The first body count with a source for each figure of each thing.
    let mut first_body = HashMap::new();
    for (j, b) in claims.iter().enumerate() {
        if b.kind == ClaimKind::Count && b.source.kind != SourceKind::Outlet && !in_heading[j] {
            first_body.entry(figure(b)).or_insert(j);
        }
    }
    let relayed: Vec<(usize, usize)> = claims
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            c.kind == ClaimKind::Count && c.source.kind == SourceKind::Outlet && in_heading[i]
        })
        .filter_map(|(i, c)| first_body.get(&figure(c)).map(|&j| (i, j)))
        .collect();
    for (i, j) in relayed {
        let Some(h) = analysis.sentence_at(claims[i].span[0]) else {
            continue;
        };
        let heading = &sentences[h];
        let body = &claims[j].source;
        let named = analysis
            .mentions_in(heading.start, heading.end)
            .iter()
            .any(|m| names_source(analysis.gazetteer.entry(m.entry), body));
        if named {
            claims[i].source = body.clone();
        }
    }
}

/// True when the gazetteer `entry` a headline names is `source`: its name, a link of its chain,
/// or its country ("Kiev" for the Ukrainian president, "Washington" for the State Department).
fn names_source(entry: &crate::extract::gazetteer::Entry, source: &crate::claim::Source) -> bool {
    entry.canonical == source.canonical
        || source.chain.contains(&entry.canonical)
        || entry
            .country
            .as_ref()
            .is_some_and(|c| source.country.as_ref() == Some(c))
}

/// A count's bounds, when it has a value.
type Bounds = Option<(Option<u64>, Option<u64>)>;

/// What a headline and a body count must share: the same bounds of the same thing.
fn figure(c: &Claim) -> (Bounds, Option<&str>) {
    (
        c.quantity.as_ref().map(|q| (q.low, q.high)),
        c.counted.as_ref().map(|c| c.concept.as_str()),
    )
}

#[cfg(test)]
mod window_tests {
    use super::*;

    /// Three short articles joined, as a file that concatenates many articles would be.
    fn joined() -> Document {
        let article = "# Crues : 103 morts\n\nAu total, 103 personnes sont mortes jeudi, selon la police.\n\nPlus de 1 300 personnes restaient injoignables, a indiqué le ministère.\n\n";
        let text = format!(
            "---\nlang: fr\ndate: 2021-07-16\n---\n{}",
            article.repeat(3)
        );
        crate::ingest::from_text("joined.md", &text, &Options::default()).unwrap()
    }

    #[test]
    fn windows_cut_before_headings_and_cover_the_text() {
        let doc = joined();
        let sentences = segment::split_titled(
            &doc.text,
            doc.body_start,
            doc.title.as_deref(),
            doc.lang.data(),
        );
        let cuts = windows(&doc.text, &sentences, 60);
        assert!(cuts.len() > 3, "{cuts:?}");
        assert_eq!(cuts[0], (0, 0));
        assert_eq!(cuts[cuts.len() - 1], (sentences.len(), doc.text.len()));
        for &(k, at) in &cuts[1..cuts.len() - 1] {
            assert!(sentences[k].heading, "{k}");
            assert!(at == 0 || doc.text[..at].ends_with('\n'), "{at}");
            assert!(doc.text[at..].trim_start().starts_with("Crues"), "{at}");
        }
        assert_eq!(windows(&doc.text, &sentences, WINDOW).len(), 2);
    }

    #[test]
    fn windowed_claims_point_into_the_whole_text() {
        let doc = joined();
        let whole = extract_in_windows(&doc, &Options::default(), WINDOW);
        let windowed = extract_in_windows(&doc, &Options::default(), 60);
        assert!(!windowed.is_empty());
        for (n, c) in windowed.iter().enumerate() {
            assert_eq!(c.id, format!("{}#{}", doc.id, n + 1));
            assert_eq!(c.sentence, doc.text[c.sentence_span[0]..c.sentence_span[1]]);
            assert!(c.sentence_span[0] <= c.span[0] && c.span[1] <= c.sentence_span[1]);
        }
        // Each article is read alone either way: its claims are the same.
        let values = |claims: &[Claim]| -> Vec<(ClaimKind, [usize; 2])> {
            claims.iter().map(|c| (c.kind, c.span)).collect()
        };
        assert_eq!(values(&windowed), values(&whole));
    }
}

#[cfg(test)]
mod headline_tests {
    use super::*;
    use crate::lang::Lang;

    /// The source chain of the first count whose text is `figure` in the headline of a markdown
    /// article titled `title` with body `body`.
    fn headline_source(lang: Lang, title: &str, body: &str, figure: &str) -> String {
        let text = format!("---\noutlet: Outlet\ndate: 2024-11-04\n---\n# {title}\n\n{body}\n");
        let options = Options {
            lang: Some(lang),
            ..Options::default()
        };
        let doc = crate::ingest::from_text("a.md", &text, &options).expect("document");
        let claims = extract_document(&doc, &options);
        let claim = claims
            .iter()
            .find(|c| {
                c.kind == ClaimKind::Count
                    && c.span[0] < text.find(body).unwrap_or(0)
                    && c.quantity.as_ref().is_some_and(|q| q.text == figure)
            })
            .unwrap_or_else(|| panic!("no headline count {figure:?} in {title:?}"));
        claim.source.chain.join(" → ")
    }

    #[test]
    #[rustfmt::skip]
    fn a_headline_relays_the_body_source_only_when_it_names_it() {
        let rows: &[(Lang, &str, &str, &str, &str)] = &[
            (Lang::Fr, "Crues en Allemagne : 103 morts", "Au total, 103 personnes sont mortes, selon la police.", "103", "Outlet"),
            (Lang::Fr, "Koursk : Kiev compte 11 000 soldats nord-coréens", "Volodymyr Zelensky a déclaré lundi que 11 000 soldats nord-coréens se trouvaient à Koursk.", "11 000", "Volodymyr Zelensky"),
            (Lang::En, "Flood toll reaches 141", "The police said on Friday that 141 people had died.", "141", "Outlet"),
            (Lang::De, "Erdbeben in Japan: 84 Tote", "Die Polizei meldete am Donnerstag 84 Tote.", "84", "Outlet"),
            (Lang::Es, "Kursk: Kiev, 11.000 soldados norcoreanos", "Volodymyr Zelensky dijo el lunes que 11.000 soldados norcoreanos están en Kursk.", "11.000", "Volodymyr Zelensky"),
            (Lang::It, "Giappone: 168 morti", "Secondo la polizia, i morti sono 168.", "168", "Outlet"),
            (Lang::Pt, "Itália: 14 mortos nas cheias", "Segundo a polícia, há 14 mortos.", "14", "Outlet"),
        ];
        let mut failures = Vec::new();
        for &(lang, title, body, figure, want) in rows {
            let got = headline_source(lang, title, body, figure);
            if got != want {
                failures.push(format!("{lang} {title:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
