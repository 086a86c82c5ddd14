//! National and capital places: "nationwide", "dans tout le pays", "bundesweit" place a count in
//! the country the article is about; "la capitale", "the capital", "die Hauptstadt" in its
//! capital; "sur le sol russe", "on Russian soil" in the country named; "sur son sol" in the
//! country of whoever speaks. The article's country is the one its counts are placed in most often (a city counts
//! for its country), read from the language-neutral table below.

use crate::claim::{Claim, ClaimKind};
use crate::extract::attribution::Analysis;
use crate::extract::phrase;
use crate::lang::LangData;
use crate::token::{SentenceTokens, Token};

/// Canonical places → their country; a country is its own. The first place of a country
/// listed with it in [`CAPITALS`] is its capital.
const PLACE_COUNTRIES: &[(&str, &str)] = &[
    ("Belgorod", "Russia"),
    ("Bordeaux", "France"),
    ("China", "China"),
    ("Donbas", "Ukraine"),
    ("Donetsk", "Ukraine"),
    ("France", "France"),
    ("Grenoble", "France"),
    ("Kharkiv", "Ukraine"),
    ("Khabarovsk", "Russia"),
    ("Kursk", "Russia"),
    ("Kyiv", "Ukraine"),
    ("Lille", "France"),
    ("Lyon", "France"),
    ("Marseille", "France"),
    ("Montpellier", "France"),
    ("Moscow", "Russia"),
    ("Nantes", "France"),
    ("Nice", "France"),
    ("North Korea", "North Korea"),
    ("Paris", "France"),
    ("Primorsky Krai", "Russia"),
    ("Pyongyang", "North Korea"),
    ("Rennes", "France"),
    ("Russia", "Russia"),
    ("Seoul", "South Korea"),
    ("South Korea", "South Korea"),
    ("Strasbourg", "France"),
    ("Toulouse", "France"),
    ("Ukraine", "Ukraine"),
    ("United States", "United States"),
    ("Ussuriysk", "Russia"),
    ("Vladivostok", "Russia"),
];

/// Countries → their capital, canonical.
const CAPITALS: &[(&str, &str)] = &[
    ("China", "Beijing"),
    ("France", "Paris"),
    ("Germany", "Berlin"),
    ("Italy", "Rome"),
    ("North Korea", "Pyongyang"),
    ("Portugal", "Lisbon"),
    ("Russia", "Moscow"),
    ("South Korea", "Seoul"),
    ("Spain", "Madrid"),
    ("Ukraine", "Kyiv"),
    ("United Kingdom", "London"),
    ("United States", "Washington"),
];

/// The country of a canonical place.
fn country_of(place: &str) -> Option<&'static str> {
    PLACE_COUNTRIES
        .iter()
        .find(|(p, _)| *p == place)
        .map(|(_, c)| *c)
}

/// The country a name written in an article names, in any language of the place gazetteer
/// ("Sudán", "Frankreich"), its canonical name; `None` for a region, a city or a common word.
pub(crate) fn country_named(name: &str) -> Option<&'static str> {
    crate::extract::places::unambiguous(name)
        .filter(|p| p.kind == crate::extract::places::Kind::Country)
        .map(|p| p.name)
}

/// The country whose capital `place` is (canonical names).
pub(crate) fn capital_country(place: &str) -> Option<&'static str> {
    CAPITALS.iter().find(|(_, p)| *p == place).map(|(c, _)| *c)
}

/// The capital of a country.
pub(crate) fn capital_of(country: &str) -> Option<&'static str> {
    CAPITALS
        .iter()
        .find(|(c, _)| *c == country)
        .map(|(_, p)| *p)
}

/// The country the counts so far are placed in most often (the first met on a tie).
pub(crate) fn article_country(counts: &[Claim]) -> Option<&'static str> {
    let mut seen: Vec<(&'static str, usize)> = Vec::new();
    for c in counts {
        let Some(country) = c.qualifiers.place.as_deref().and_then(country_of) else {
            continue;
        };
        match seen.iter_mut().find(|(k, _)| *k == country) {
            Some((_, n)) => *n += 1,
            None => seen.push((country, 1)),
        }
    }
    let best = seen.iter().map(|(_, n)| *n).max()?;
    seen.iter().find(|(_, n)| *n == best).map(|(c, _)| *c)
}

/// What a sentence's words say of where its counts are: the whole country ("nationwide") or
/// a capital ("la capitale", "the capital", after an article or a preposition).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extent {
    /// The whole country of the article.
    National,
    /// The capital of the article's country.
    Capital,
    /// The capital of a country named with it ("la capitale ukrainienne", "the Russian
    /// capital").
    CapitalOf(&'static str),
    /// A country named by its land ("sur le sol russe", "on Russian soil").
    TerritoryOf(&'static str),
    /// The land of whoever speaks ("sur son sol", "on its soil"): known once the claim's
    /// source is.
    OwnTerritory,
}

/// Per language, what a whole token may be at the start of a national phrase: [`extent`]
/// passes over most tokens with one set look-up each.
static NATIONAL_STARTS: std::sync::LazyLock<Vec<phrase::Prefixes>> =
    std::sync::LazyLock::new(|| {
        crate::lang::Lang::ALL
            .iter()
            .map(|l| phrase::Prefixes::token_starts(l.data().concepts.national.iter().copied()))
            .collect()
    });

/// The national or capital phrase of a sentence's tokens, if any. In a language that puts
/// modifiers first, a word after "capital" makes it a modifier ("capital gains").
pub(crate) fn extent(lang: &LangData, tokens: &[Token]) -> Option<Extent> {
    let c = &lang.concepts;
    let opens = |t: &Token| {
        phrase::listed(lang.attribution.determiners, &t.folded)
            || phrase::listed(c.locatives, &t.folded)
    };
    let entity_at = |k: usize| phrase::at(lang.concepts.entities, tokens, k);
    let national_starts = &NATIONAL_STARTS[lang.lang.index()];
    (0..tokens.len()).find_map(|k| {
        if phrase::word_at_starting(national_starts, c.national, tokens, k).is_some() {
            return Some(Extent::National);
        }
        if phrase::listed(c.territory, &tokens[k].folded) {
            return territory(lang, tokens, k);
        }
        if !phrase::listed(c.capital, &tokens[k].folded) {
            return None;
        }
        // "the Russian capital", "der ukrainischen Hauptstadt": a nationality before it.
        let before = (k.saturating_sub(3)..k).find_map(|j| {
            entity_at(j)
                .filter(|(n, _)| j + n == k)
                .map(|(_, e)| (j, e))
        });
        if let Some((j, country)) = before
            && j > 0
            && opens(&tokens[j - 1])
        {
            return Some(Extent::CapitalOf(country));
        }
        if k == 0 || !opens(&tokens[k - 1]) {
            return None;
        }
        if let Some((_, country)) = entity_at(k + 1) {
            return Some(Extent::CapitalOf(country));
        }
        let modified = c.head_last
            && tokens.get(k + 1).is_some_and(|t| {
                t.kind == crate::token::TokenKind::Word
                    && t.text.starts_with(char::is_lowercase)
                    && !phrase::listed(c.stops, &t.folded)
            });
        (!modified).then_some(Extent::Capital)
    })
}

/// [`extent`] of sentence `i` of `tokens`, remembered in `last` as (sentence, extent): claims
/// come in text order, and the claims of one sentence ask about it in turn.
pub(crate) fn extent_remembered(
    last: &mut Option<(usize, Option<Extent>)>,
    lang: &LangData,
    tokens: &SentenceTokens,
    i: usize,
) -> Option<Extent> {
    match *last {
        Some((sentence, extent)) if sentence == i => extent,
        _ => {
            let extent = extent(lang, &tokens[i]);
            *last = Some((i, extent));
            extent
        }
    }
}

/// The country of the land noun at token `k`, named by a nationality right before it ("Russian
/// soil", "russischem Boden") or right after it ("sol russe", "território russo"), or the
/// speaker's own after a possessive ("sur son sol").
fn territory(lang: &LangData, tokens: &[Token], k: usize) -> Option<Extent> {
    let entities = lang.concepts.entities;
    let before = (k.saturating_sub(3)..k)
        .find_map(|j| phrase::at(entities, tokens, j).filter(|(n, _)| j + n == k));
    let named = before
        .or_else(|| phrase::at(entities, tokens, k + 1))
        .map(|(_, country)| Extent::TerritoryOf(country));
    // "sur son sol", "on its own soil": a possessive within two words before it.
    let own =
        (k.saturating_sub(2)..k).any(|j| phrase::listed(lang.concepts.own, &tokens[j].folded));
    named.or(own.then_some(Extent::OwnTerritory))
}

/// Places the unplaced counts and statements of sentences that say "sur son sol", "on its soil"
/// in the country of whoever speaks: the first party that denies or does not confirm the claim,
/// else its source. Runs once sources and stances are known.
pub(crate) fn place_own_territory(analysis: &Analysis, claims: &mut [Claim]) {
    let mut last = None;
    for claim in claims.iter_mut() {
        if claim.qualifiers.place.is_some()
            || !matches!(claim.kind, ClaimKind::Count | ClaimKind::Statement)
        {
            continue;
        }
        let Some(i) = analysis.sentence_at(claim.span[0]) else {
            continue;
        };
        let extent = extent_remembered(&mut last, analysis.lang, &analysis.tokens, i);
        if extent != Some(Extent::OwnTerritory) {
            continue;
        }
        let speaker = claim.stance_parties.first().and_then(|party| {
            let g = analysis.gazetteer;
            g.find_canonical(party)
                .and_then(|e| g.entry(e).country.clone())
        });
        if let Some(country) = speaker.or_else(|| claim.source.country.clone()) {
            claim.qualifiers.place = Some(country);
        }
    }
}

/// The place an extent names, the article being about `country`.
pub(crate) fn place(extent: Extent, country: Option<&'static str>) -> Option<&'static str> {
    match extent {
        Extent::National => country,
        Extent::Capital => country.and_then(capital_of),
        Extent::CapitalOf(named) => capital_of(named),
        Extent::TerritoryOf(named) => Some(named),
        Extent::OwnTerritory => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::ClaimKind;
    use crate::extract::testkit;
    use crate::lang::Lang;

    /// The place of the count written `figure` in `text`.
    fn place_of(lang: Lang, text: &str, figure: &str) -> Option<String> {
        let claims = testkit::claims(lang, "2023-03-08", text);
        testkit::count(&claims, figure, text)
            .qualifiers
            .place
            .clone()
    }

    #[test]
    #[rustfmt::skip]
    fn the_capital_and_the_nation_are_the_articles_country() {
        let rows: &[(Lang, &str, &str, Option<&str>)] = &[
            (Lang::Fr, "À Lyon, 22 000 manifestants. Dans la capitale, la police a compté 81 000 manifestants, la CGT 700 000.", "81 000", Some("Paris")),
            (Lang::Fr, "À Lyon, 22 000 manifestants. Dans la capitale, la police a compté 81 000 manifestants, la CGT 700 000.", "700 000", Some("Paris")),
            (Lang::Fr, "Dans la capitale, la police a compté 81 000 manifestants.", "81 000", None),
            (Lang::Fr, "À Lyon, 22 000 manifestants. Dans tout le pays, 1,28 million de personnes ont défilé.", "1,28 million", Some("France")),
            (Lang::Fr, "Selon Kiev, 500 soldats nord-coréens sont arrivés dans la capitale russe.", "500", Some("Moscow")),
            (Lang::En, "Some 500 troops reached the Russian capital.", "500", Some("Moscow")),
            (Lang::En, "In Paris, police counted 87,000 marchers. The ministry counted 1.27 million protesters nationwide, up from 1.12 million.", "1.12 million", Some("France")),
            (Lang::En, "In Paris, police counted 87,000 marchers. The ministry counted 1.27 million protesters.", "1.27 million", None),
            (Lang::En, "In Paris, police counted 87,000 marchers. The capital gains tax hit 5,000 firms.", "5,000", None),
            (Lang::De, "In Kursk sind 3.000 Soldaten. In der Hauptstadt sind 800 Soldaten.", "800", Some("Moscow")),
            (Lang::Es, "En Kursk hay 3.000 soldados. En la capital hay 800 soldados.", "800", Some("Moscow")),
            (Lang::It, "A Kursk ci sono 3.000 soldati. Nella capitale ci sono 800 soldati.", "800", Some("Moscow")),
            (Lang::Pt, "Em Kursk há 3 mil soldados. Na capital há 800 soldados.", "800", Some("Moscow")),
        ];
        let mut failures = Vec::new();
        for (lang, text, figure, want) in rows {
            let got = place_of(*lang, text, figure);
            if got.as_deref() != *want {
                failures.push(format!("{lang} {text:?} [{figure}]: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    #[rustfmt::skip]
    fn a_statement_about_a_countrys_soil_is_placed_in_that_country() {
        let rows: &[(Lang, &str, Option<&str>)] = &[
            (Lang::En, "Moscow still denies the presence of North Korean soldiers on Russian soil.", Some("Russia")),
            (Lang::Fr, "Le Kremlin nie toute présence de soldats nord-coréens sur le sol russe.", Some("Russia")),
            (Lang::Pt, "Moscovo nunca confirmou a presença de soldados norte-coreanos em território russo.", Some("Russia")),
            (Lang::Fr, "Le Kremlin nie toute présence de soldats nord-coréens.", None),
            (Lang::Fr, "Le Kremlin nie toujours la présence de soldats nord-coréens sur son sol.", Some("Russia")),
            (Lang::En, "The Kremlin still denies the presence of North Korean troops on its soil.", Some("Russia")),
            (Lang::De, "Der Kreml bestreitet, dass nordkoreanische Soldaten auf seinem Boden stationiert sind.", Some("Russia")),
        ];
        for (lang, text, want) in rows {
            let claims = testkit::claims(*lang, "2024-10-28", text);
            let statement = claims
                .iter()
                .find(|c| c.kind == ClaimKind::Statement)
                .unwrap_or_else(|| panic!("no statement in {text:?}: {claims:#?}"));
            assert_eq!(statement.qualifiers.place.as_deref(), *want, "{text}");
        }
    }
}
