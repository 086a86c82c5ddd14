//! Institutions named by their type ("the Interior Ministry", "la policía", "die Küstenwache"):
//! every country has one, so the gazetteer gives them none and the story does. A nationality in
//! the source's own words names it ("la policía griega", "Japan's Defense Ministry"); a bare
//! institution ("the Interior Ministry") belongs to the country the article's figures are placed
//! in; otherwise it keeps no country, never a default one.

use crate::claim::Claim;
use crate::extract::attribution::Analysis;
use crate::extract::{concept, phrase};
use crate::token::{TokenKind, tokenize};

/// The canonical names of `data/sources.tsv` that name an institution by its type: their
/// country is the story's.
pub const LOCAL_INSTITUTIONS: &[&str] = &[
    "Defence Ministry",
    "Emergencies Ministry",
    "Foreign Ministry",
    "Health Ministry",
    "Interior Ministry",
    "Justice Ministry",
    "State Emergency Service",
    "Transport Ministry",
    "armed forces",
    "authorities",
    "border guard",
    "civil aviation authority",
    "civil defence",
    "coast guard",
    "disaster management authority",
    "fire and rescue services",
    "forensic service",
    "government",
    "hospital officials",
    "investigators",
    "meteorological agency",
    "navy",
    "ombudsman",
    "police",
    "prosecutors",
    "railway operator",
    "seismological agency",
    "state media",
];

/// Gives the institutions of `claims`' sources named by their type the country their words or
/// the article give: "Interior Ministry" → "Interior Ministry (France)".
pub(crate) fn localise(analysis: &Analysis, claims: &mut [Claim]) {
    let article = crate::extract::number::national::article_country(claims);
    for claim in claims.iter_mut() {
        let source = &mut claim.source;
        if source.country.is_some() || !LOCAL_INSTITUTIONS.contains(&source.canonical.as_str()) {
            continue;
        }
        let Some(country) = country_in(analysis, &source.text)
            .or_else(|| is_bare(analysis, &source.text).then_some(article).flatten())
        else {
            continue;
        };
        let local = format!("{} ({country})", source.canonical);
        for link in source.chain.iter_mut().filter(|l| **l == source.canonical) {
            link.clone_from(&local);
        }
        source.canonical = local;
        source.country = Some(country.to_string());
    }
}

/// The country a nationality or country name among `text`'s words names ("autorités
/// grecques" → Greece), if any.
fn country_in(analysis: &Analysis, text: &str) -> Option<&'static str> {
    let tokens = tokenize(text, 0, text.len());
    (0..tokens.len())
        .find_map(|k| phrase::at(analysis.lang.concepts.entities, &tokens, k).map(|(_, e)| e))
}

/// True when `text` is nothing but a gazetteer name, after its determiners: "the Interior
/// Ministry", "la policía", not "Japan's Defense Ministry".
fn is_bare(analysis: &Analysis, text: &str) -> bool {
    let tokens = tokenize(text, 0, text.len());
    let first = tokens
        .iter()
        .position(|t| {
            t.kind == TokenKind::Word
                && !phrase::listed(analysis.lang.attribution.determiners, &t.folded)
        })
        .unwrap_or(tokens.len());
    let Some(start) = tokens.get(first).map(|t| t.start) else {
        return false;
    };
    let rest = &text[start..];
    analysis
        .gazetteer
        .mentions(rest)
        .first()
        .is_some_and(|m| m.start == 0 && m.end == rest.trim_end().len())
        && concept::entity(analysis.lang, &crate::lang::fold(rest)).is_none()
}
