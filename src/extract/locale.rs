//! Institutions named by their type ("the Interior Ministry", "la policía", "die Küstenwache"):
//! every country has one, so the gazetteer gives them none and the story does. A nationality in
//! the source's own words names it ("la policía griega", "Japan's Defense Ministry"); a bare
//! institution ("the Interior Ministry") belongs to the country the article's figures are placed
//! in; otherwise it keeps no country, never a default one.

use crate::claim::{Claim, SourceKind};
use crate::extract::attribution::Analysis;
use crate::extract::number::national;
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

/// How far around a person's name their title is looked for, in bytes ("le ministre de la
/// Santé, Hamad Hassan", "Hamad Hassan, the health minister,").
const TITLE_REACH: usize = 48;

/// Gives a person whose body is unknown the ministry their title names ("le ministre de la
/// Santé, Hamad Hassan", "Health Minister Hamad Hassan", "Gesundheitsminister Hamad Hassan"):
/// the minister's figures and the ministry's come from one party.
pub(crate) fn affiliate_ministers(analysis: &Analysis, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let source = &claim.source;
        let named = source.text.starts_with(char::is_uppercase)
            && matches!(source.kind, SourceKind::Unknown | SourceKind::Person);
        if source.affiliation.is_some() || !named {
            continue;
        }
        let sentence: &str = &claim.sentence;
        let Some(at) = sentence.find(source.text.as_str()) else {
            continue;
        };

        let mut from = at.saturating_sub(TITLE_REACH);
        while !sentence.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + source.text.len() + TITLE_REACH).min(sentence.len());
        while !sentence.is_char_boundary(to) {
            to += 1;
        }
        if let Some(body) = ministry_titled(analysis, &sentence[from..to], &claim.source.text) {
            claim.source.affiliation = Some(body);
        }
    }
}

/// The ministry a minister's title in `window` names: each title word is read as its
/// ministry's word ("ministre de la Santé" → "ministère de la Santé", "Gesundheitsminister" →
/// "Gesundheitsministerium"), and a gazetteer name that takes in such a word is the ministry.
fn ministry_titled(analysis: &Analysis, window: &str, name: &str) -> Option<String> {
    // Every language's title holds "minist" ("ministre", "Minister", "ministro"): most windows
    // are passed over with one search.
    let lower = window.to_ascii_lowercase();
    if !lower.contains("minist") {
        return None;
    }
    let titles = analysis.lang.attribution.minister_titles;
    let mut rewritten = String::with_capacity(window.len() + 16);
    let mut changed: Vec<(usize, usize)> = Vec::new();
    for word in window.split_inclusive(char::is_whitespace) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let folded = crate::lang::fold(bare);
        // The title itself, or a German compound ending in it ("Gesundheitsminister").
        let ministry = titles.iter().find_map(|(title, ministry)| {
            folded
                .strip_suffix(title)
                .filter(|head| head.is_empty() || analysis.lang.attribution.verb_second)
                .map(|head| {
                    // Kept capitalised as written: a one-word name matches only so.
                    let word = format!("{head}{ministry}");
                    match bare.chars().next() {
                        Some(c) if c.is_uppercase() => {
                            let mut chars = word.chars();
                            chars.next().map_or(word.clone(), |first| {
                                first.to_uppercase().chain(chars).collect()
                            })
                        }
                        _ => word,
                    }
                })
        });
        match ministry {
            Some(ministry) => {
                let start = rewritten.len();
                rewritten.push_str(&ministry);
                changed.push((start, rewritten.len()));
                rewritten.push_str(&word[bare.len()..]);
            }
            None => rewritten.push_str(word),
        }
    }
    if changed.is_empty() {
        return None;
    }
    // The title stands right before the name ("Health Minister Hamad Hassan", "le ministre de
    // la Santé, Hamad Hassan") or right after it ("Hamad Hassan, the health minister"): a title
    // further away is someone else's.
    // A title inside the source's own words ("Gesundheitsminister Hamad Hassan") is its own.
    let at = rewritten.find(name);
    let beside = |m: &crate::extract::gazetteer::Mention| {
        let Some(at) = at else {
            return true;
        };
        let gap = |text: &str| {
            text.split_whitespace()
                .filter(|w| {
                    !phrase::listed(analysis.lang.attribution.determiners, &crate::lang::fold(w))
                })
                .all(|w| w.chars().all(|c| !c.is_alphanumeric()))
        };
        (m.end <= at && gap(&rewritten[m.end..at]))
            || (m.start >= at + name.len() && gap(&rewritten[at + name.len()..m.start]))
    };
    analysis
        .gazetteer
        .mentions(&rewritten)
        .into_iter()
        .filter(|m| changed.iter().any(|&(s, e)| m.start < e && m.end > s))
        .find(|m| beside(m))
        .map(|m| analysis.gazetteer.entry(m.entry))
        .filter(|e| matches!(e.kind, SourceKind::Government | SourceKind::Military))
        .map(|e| e.canonical.clone())
}

/// Places the unplaced counts whose source is a region's own authority where it speaks for:
/// "South Carolina Governor Henry McMaster said 29 people had died", "the Kerala government"
/// count in that state, not in the whole country. Only first-level regions
/// (states, provinces, Länder): a city's police often covers more than its city.
pub(crate) fn place_by_source(claims: &mut [Claim]) {
    // A document's figures share a few sources: each one's words are read once.
    let mut read: std::collections::HashMap<String, Option<&'static str>> = Default::default();
    for claim in claims.iter_mut() {
        // An authority speaks for its region, not an outlet or a person who bears its name
        // ("Texas Tribune", "Virginia Giuffre"); a phrase the gazetteer does not know speaks
        // for it when it is longer than a name ("South Carolina Governor Henry McMaster").
        let authority = match claim.source.kind {
            SourceKind::Government | SourceKind::Military => true,
            SourceKind::Unknown => claim.source.text.split_whitespace().count() >= 3,
            _ => false,
        };
        if claim.kind != crate::claim::ClaimKind::Count
            || claim.qualifiers.place.is_some()
            || !authority
        {
            continue;
        }
        let text = &claim.source.text;
        let region = match read.get(text.as_str()) {
            Some(&region) => region,
            None => {
                let region = region_named(text);
                read.insert(text.clone(), region);
                region
            }
        };
        if let Some(region) = region {
            claim.qualifiers.place = Some(region.to_string());
        }
    }
}

/// Gives the counts of a country's own people the country of the source that counts them:
/// "Indonesia said 40 of its nationals died", "Indien meldete 98 tote Staatsbürger", "Jordania
/// cifra en 75 sus muertos" count Indonesians, Indians and Jordanians, never the whole toll.
/// The people are named by a noun of [`concept::ConceptWords::compatriots`], or a possessive
/// of the speaker or such a noun stands between the figure and its noun or right after the
/// noun ("75 sus muertos", "98 tote Staatsbürger").
pub(crate) fn entity_by_source(analysis: &Analysis, claims: &mut [Claim]) {
    let words = &analysis.lang.concepts;
    for claim in claims.iter_mut() {
        if claim.kind != crate::claim::ClaimKind::Count || claim.qualifiers.entity.is_some() {
            continue;
        }
        let Some(country) = claim.source.country.clone() else {
            continue;
        };
        let Some(counted) = &claim.counted else {
            continue;
        };
        let noun = crate::lang::fold(&counted.text);
        let tokens = analysis
            .sentence_at(claim.span[0])
            .map_or(&[][..], |i| &analysis.tokens[i][..]);
        let after = tokens.partition_point(|t| t.start < claim.span[1]);
        // Only the words that run from the figure to its noun, and the one right after it
        // ("98 tote Staatsbürger"): a possessive further on is another phrase's ("40 died in
        // their homes").
        let reach = tokens[after..]
            .iter()
            .take(OWN_REACH)
            .position(|t| t.folded == noun)
            .map_or(0, |at| at + 2);
        let own_people = phrase::listed(words.compatriots, &noun)
            || tokens[after..].iter().take(reach).any(|t| {
                phrase::listed(words.own, &t.folded) || phrase::listed(words.compatriots, &t.folded)
            });
        if own_people {
            claim.qualifiers.entity = Some(country);
        }
    }
}

/// How many words after a figure its noun may stand for a possessive before it to make the
/// people the speaker's own ("75 sus muertos", "40 of its citizens").
const OWN_REACH: usize = 3;

/// The first-level region a source phrase names, in words of up to four capitalised tokens
/// ("South Carolina", "Rio Grande do Sul", "Rheinland-Pfalz"), the longest first.
fn region_named(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).find_map(|i| {
        if !words[i].starts_with(char::is_uppercase) {
            return None;
        }
        (1..=4.min(words.len() - i)).rev().find_map(|n| {
            let last = words[i + n - 1];
            if !last.starts_with(char::is_uppercase) {
                return None;
            }
            let name = words[i..i + n].join(" ");
            crate::extract::places::unambiguous(&name)
                .filter(|p| p.kind == crate::extract::places::Kind::Region)
                .map(|p| p.name)
        })
    })
}

/// Gives the institutions of `claims`' sources named by their type the country their words or
/// the article give: "Interior Ministry" → "Interior Ministry (France)".
pub(crate) fn localise(analysis: &Analysis, claims: &mut [Claim]) {
    let article = crate::extract::number::national::article_country(claims);
    // The country each institution was last given by its own words: "el Ministerio de Salud de
    // Sudán" makes a later "el ministerio" without a country of its own Sudan's.
    let mut named: Vec<(String, &'static str)> = Vec::new();
    for claim in claims.iter_mut() {
        let source = &mut claim.source;
        if source.country.is_some() || !LOCAL_INSTITUTIONS.contains(&source.canonical.as_str()) {
            continue;
        }
        let own = country_in(analysis, &source.text)
            .or_else(|| country_before(analysis, &claim.sentence, &source.text));
        if let Some(country) = own {
            named.retain(|(c, _)| *c != source.canonical);
            named.push((source.canonical.clone(), country));
        }
        let bare = || is_bare(analysis, &source.text);
        let earlier = || {
            named
                .iter()
                .find(|(c, _)| *c == source.canonical)
                .map(|(_, country)| *country)
        };
        let Some(country) = own
            .or_else(earlier)
            .or_else(|| bare().then_some(article).flatten())
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
        .find_map(|k| phrase::at(concept::entities(analysis.lang), &tokens, k).map(|(_, e)| e))
        .or_else(|| country_named(text, &tokens))
}

/// The longest run of words a country's name may have ("República Democrática del Congo").
const COUNTRY_WORDS: usize = 5;

/// The country a capitalised run of `tokens` names in the place gazetteer, in any of its
/// languages ("Ministerio de Salud de Sudán" → Sudan).
fn country_named(text: &str, tokens: &[crate::token::Token]) -> Option<&'static str> {
    let capital = |t: &crate::token::Token| t.text.starts_with(char::is_uppercase);
    (0..tokens.len())
        .filter(|&k| capital(&tokens[k]))
        .find_map(|k| {
            (k..tokens.len().min(k + COUNTRY_WORDS))
                .rev()
                .filter(|&e| capital(&tokens[e]))
                .find_map(|e| national::country_named(&text[tokens[k].start..tokens[e].end]))
        })
}

/// The country a nationality right before the source's words in its sentence names, past
/// an article: "das sudanesische Gesundheitsministerium", "the Sudanese health ministry".
fn country_before(analysis: &Analysis, sentence: &str, text: &str) -> Option<&'static str> {
    let at = sentence.find(text)?;
    let tokens = tokenize(sentence, 0, at);
    let last = tokens.len().checked_sub(1)?;
    phrase::at(concept::entities(analysis.lang), &tokens, last).map(|(_, e)| e)
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

#[cfg(test)]
mod tests {
    use crate::lang::Lang;
    use crate::{Options, ingest};

    /// The count whose words are `figure` in `text`, extracted as an article of `lang`.
    fn count_of(lang: Lang, text: &str, figure: &str) -> crate::claim::Claim {
        let options = Options {
            lang: Some(lang),
            date: "2024-10-21".parse().ok(),
            aliases: None,
        };
        let doc = ingest::from_text("outlet.txt", text, &options).expect("test document");
        crate::extract::extract_document(&doc, &options)
            .into_iter()
            .find(|c| c.quantity.as_ref().is_some_and(|q| q.text == figure))
            .unwrap_or_else(|| panic!("no count {figure:?} in {text:?}"))
    }

    /// The canonical source of the count whose words are `figure` in `text`.
    fn source_of(lang: Lang, text: &str, figure: &str) -> String {
        count_of(lang, text, figure).source.canonical
    }

    /// An institution named by its type takes the country its own words name (a country in
    /// any language of the gazetteer, a nationality inside its name), the country it was given
    /// earlier in the article, or none; the German federal government is Germany's.
    #[test]
    #[rustfmt::skip]
    fn an_institution_takes_the_country_its_words_or_the_article_give_it() {
        let rows: &[(Lang, &str, &str, &str)] = &[
            (Lang::Es, "El Ministerio de Salud de Sudán elevó a 528 el número de fallecidos.", "528", "Health Ministry (Sudan)"),
            (Lang::Es, "El Ministerio de Salud de Sudán informó de 528 muertos. Según el ministerio, hubo 300 heridos.", "300", "Health Ministry (Sudan)"),
            (Lang::En, "The toll rose to 57, according to Japan's Defense Ministry.", "57", "Defence Ministry (Japan)"),
            (Lang::De, "Mehr als 700 Menschen seien ausgeflogen worden, teilte die Bundesregierung mit.", "Mehr als 700", "government (Germany)"),
            (Lang::Fr, "Au moins 137 personnes sont mortes, selon le ministère libanais de la Santé.", "Au moins 137", "Health Ministry (Lebanon)"),
            (Lang::Es, "Al menos 137 personas murieron, según el Ministerio libanés de Salud.", "Al menos 137", "Health Ministry (Lebanon)"),
        ];
        for (lang, text, figure, want) in rows {
            assert_eq!(source_of(*lang, text, figure), *want, "{text:?}");
        }
    }

    /// A country's count of its own people ("its nationals", "Staatsbürger", "sus nacionales")
    /// is that country's; a count of people named otherwise stays the whole toll.
    #[test]
    #[rustfmt::skip]
    fn a_count_of_a_countrys_own_people_is_that_countrys() {
        let rows: &[(Lang, &str, &str, Option<&str>)] = &[
            (Lang::Es, "El Gobierno de Indonesia informó de que 40 de sus nacionales murieron.", "40", Some("Indonesia")),
            (Lang::De, "Indien meldete am Freitag 98 tote Staatsbürger.", "98", Some("India")),
            (Lang::En, "The Indonesian government said 40 of its citizens had died.", "40", Some("Indonesia")),
            (Lang::Fr, "Le ministère indonésien des Affaires étrangères a annoncé la mort de 40 de ses ressortissants.", "40", Some("Indonesia")),
            (Lang::En, "The Indonesian government said 40 people died in their homes.", "40", None),
            (Lang::Es, "El Gobierno de Indonesia informó de 40 ciudadanos extranjeros muertos.", "40", None),
            (Lang::It, "Il ministero degli Esteri dell'Indonesia ha contato 40 connazionali morti.", "40", Some("Indonesia")),
            (Lang::En, "The Indonesian government said 40 people had died.", "40", None),
        ];
        for (lang, text, figure, want) in rows {
            let claim = count_of(*lang, text, figure);
            assert_eq!(claim.qualifiers.entity.as_deref(), *want, "{text:?}");
        }
    }

    /// A minister named with the title of a ministry speaks for it, in every language; a
    /// person without such a title speaks for no body.
    #[test]
    #[rustfmt::skip]
    fn a_minister_speaks_for_the_ministry_the_title_names() {
        let rows: &[(Lang, &str, &str, Option<&str>)] = &[
            (Lang::Fr, "Mercredi soir, le ministre de la Santé, Hamad Hassan, avait fait état de 135 morts.", "135", Some("Health Ministry")),
            (Lang::En, "Health Minister Hamad Hassan said 135 people had died.", "135", Some("Health Ministry")),
            (Lang::De, "Der Gesundheitsminister Hamad Hassan sprach von 135 Toten.", "135", Some("Health Ministry")),
            (Lang::Es, "El ministro de Salud, Hamad Hassan, habló de 135 muertos.", "135", Some("Health Ministry")),
            (Lang::En, "Hamad Hassan said 135 people had died.", "135", None),
        ];
        for (lang, text, figure, want) in rows {
            let claim = count_of(*lang, text, figure);
            assert_eq!(claim.source.affiliation.as_deref(), *want, "{text:?}");
        }
    }

    /// A count without a place of its own, given by a region's authority, is placed in that
    /// region; a city or a country in the source's words places nothing.
    #[test]
    #[rustfmt::skip]
    fn a_regions_authority_places_its_count() {
        let rows: &[(Lang, &str, &str, Option<&str>)] = &[
            (Lang::En, "South Carolina Governor Henry McMaster said 29 people had died.", "29", Some("South Carolina")),
            (Lang::En, "The Kerala government said 29 people had died.", "29", Some("Kerala")),
            (Lang::En, "Henry McMaster said 29 people had died.", "29", None),
            (Lang::En, "Koblenz police said 29 people had died.", "29", None),
            (Lang::En, "Virginia Giuffre said 29 people had died.", "29", None),
        ];
        for (lang, text, figure, want) in rows {
            let claim = count_of(*lang, text, figure);
            assert_eq!(claim.qualifiers.place.as_deref(), *want, "{text:?}");
        }
    }
}
