//! Provenance: which independent source stands behind a claim.
//!
//! Repetition is not corroboration. A claim travels along its attribution chain (`Source.chain`,
//! outer → inner): an outlet citing Yonhap citing the South Korean intelligence service. The
//! innermost known link is the claim's *origin*, and two claims are independent only when their
//! origins differ. An outlet's own unattributed claim has the outlet as its origin.
//!
//! For a denial or a non-confirmation the party that matters is the one who denies or does not
//! confirm (`stance_by`), not the outlet that reports it.

use std::collections::BTreeSet;

use crate::claim::{Claim, Stance};

/// True when `s` is empty or only whitespace; stops at the first other character, the first
/// one of a name.
fn blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// The independent origin of a claim: the innermost link of its attribution chain, else its
/// canonical source.
pub fn origin(claim: &Claim) -> &str {
    claim
        .source
        .chain
        .iter()
        .rev()
        .find(|link| !blank(link))
        .map(String::as_str)
        .unwrap_or_else(|| {
            if blank(&claim.source.canonical) {
                claim.doc.as_str()
            } else {
                claim.source.canonical.as_str()
            }
        })
}

/// The party that takes the claim's stance, the unit of independence: the denier or
/// non-confirmer when there is one; otherwise the claim's origin, or the body that origin speaks
/// for when it is a person with a known affiliation (Antony Blinken speaks for the State
/// Department: his figure and the Department's are one source).
pub fn party(claim: &Claim) -> &str {
    match claim.stance {
        Stance::Denied | Stance::NotConfirmed => claim
            .stance_by
            .as_deref()
            .filter(|s| !blank(s))
            .unwrap_or_else(|| origin(claim)),
        Stance::Asserted | Stance::Hedged => {
            let origin = origin(claim);
            match &claim.source.affiliation {
                // Most claims have no affiliation: tested first, before any name is read.
                Some(body) if !blank(body) && origin == claim.source.canonical => body,
                _ => origin,
            }
        }
    }
}

/// The variants of one party's name across the articles of a comparison, made one: a name and
/// its longer forms ("Darmanin", "Gérald Darmanin", "Innenminister Gérald Darmanin"), an
/// institution and the same institution with its country ("Interior Ministry", "Interior
/// Ministry (France)"). A name is merged only when its longer forms are one chain: "Ministry"
/// beside "Interior Ministry" and "Health Ministry", or "Interior Ministry" beside two countries'
/// ministries, stays itself. Returns each party's representative, the longest form of its chain.
pub fn unify<'a>(parties: &[&'a str]) -> Vec<&'a str> {
    let distinct: BTreeSet<&'a str> = parties.iter().copied().collect();
    // The longer forms of each name, found from the longer side: each name is cut at its word
    // starts and before its country, so the work grows with the words, not with pairs of names.
    let mut longer_of: std::collections::HashMap<&'a str, Vec<&'a str>> = Default::default();
    for &q in &distinct {
        let word_starts = q.match_indices(' ').map(|(i, _)| &q[i + 1..]);
        let without_country = q.rfind(" (").map(|i| &q[..i]);
        let without_last_word = q.rfind(' ').map(|i| &q[..i]);
        for name in word_starts.chain(without_country).chain(without_last_word) {
            if let Some(&name) = distinct.get(name)
                && extends(q, name)
            {
                longer_of.entry(name).or_default().push(q);
            }
        }
    }
    // The shortest longer form of each name, when its longer forms are one chain.
    let next: std::collections::HashMap<&str, &'a str> = longer_of
        .iter()
        .filter_map(|(&p, longer)| {
            let shortest = *longer.iter().min_by_key(|q| (q.len(), **q))?;
            longer
                .iter()
                .all(|&q| q == shortest || extends(q, shortest))
                .then_some((p, shortest))
        })
        .collect();
    let representative = |mut p: &'a str| {
        // Each step is strictly longer: the walk ends.
        while let Some(&q) = next.get(p) {
            p = q;
        }
        p
    };
    parties.iter().map(|&p| representative(p)).collect()
}

/// True when `longer` is `name` with more words before it ("Gérald Darmanin" of "Darmanin";
/// names only, capitalised; never a joint party, "Kremlin; North Korea") or with a country in
/// parentheses after it ("Interior Ministry (France)" of "Interior Ministry").
fn extends(longer: &str, name: &str) -> bool {
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    let with_words = capitalised
        && name.chars().count() >= 4
        && longer.strip_suffix(name).is_some_and(|head| {
            head.ends_with(' ') && !head.trim().is_empty() && !head.contains([';', ','])
        });
    let with_country = longer
        .strip_prefix(name)
        .is_some_and(|tail| tail.starts_with(" (") && tail.ends_with(')'));
    // An adjective after the name, in the languages that put it there: "Comité d'enquête russe",
    // "ministère libyen de la Santé" excepted (a word inside is another name).
    let with_adjective = capitalised
        && name.chars().count() >= 4
        && longer.strip_prefix(name).is_some_and(|tail| {
            tail.strip_prefix(' ').is_some_and(|word| {
                word.chars().count() >= 3 && word.chars().all(|c| c.is_lowercase())
            })
        });
    with_words || with_country || with_adjective
}

/// How a reader should see the source: the speaker, with the link it came through when there
/// is one ("National Intelligence Service via Yonhap", "Mark Rutte (NATO)").
pub fn label(claim: &Claim) -> String {
    if matches!(claim.stance, Stance::Denied | Stance::NotConfirmed) {
        return party(claim).to_string();
    }
    let origin = origin(claim);
    let chain = &claim.source.chain;
    match chain.len() {
        0 | 1 => origin.to_string(),
        n => {
            let via = &chain[n - 2];
            if via == origin {
                origin.to_string()
            } else if claim.source.affiliation.as_deref() == Some(origin) {
                format!("{via} ({origin})")
            } else {
                format!("{origin} via {via}")
            }
        }
    }
}

/// The number of independent parties among `claims` (each counted once however often it is
/// repeated).
pub fn independent<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> usize {
    claims.into_iter().map(party).collect::<BTreeSet<_>>().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::{count, via};

    #[test]
    fn five_outlets_citing_yonhap_citing_the_nis_are_one_source() {
        let nis = "National Intelligence Service";
        let claims: Vec<Claim> = ["le-monde", "bbc", "cnn", "dw", "nhk"]
            .iter()
            .map(|outlet| via(count(outlet, 1500), &[outlet, "Yonhap", nis]))
            .collect();
        assert_eq!(independent(&claims), 1);
        assert_eq!(origin(&claims[0]), nis);
        assert_eq!(label(&claims[0]), format!("{nis} via Yonhap"));
    }

    #[test]
    fn an_outlet_speaking_for_itself_is_its_own_source() {
        let a = count("le-monde", 1500);
        let b = count("bbc", 1500);
        assert_eq!(origin(&a), "le-monde");
        assert_eq!(independent([&a, &b]), 2);
    }

    #[test]
    fn a_spokesperson_speaks_for_the_body() {
        let mut a = count("harbor-wire", 8000);
        a.source.canonical = "Antony Blinken".into();
        a.source.chain = vec!["Antony Blinken".into()];
        a.source.affiliation = Some("US Department of State".into());
        let b = via(count("ledger", 10000), &["US Department of State"]);
        assert_eq!(independent([&a, &b]), 1);
        assert_eq!(label(&a), "Antony Blinken");
        let mut rutte = via(count("sentinel", 0), &["Mark Rutte", "NATO"]);
        rutte.source.canonical = "Mark Rutte".into();
        rutte.source.affiliation = Some("NATO".into());
        assert_eq!(label(&rutte), "Mark Rutte (NATO)");
        assert_eq!(party(&rutte), "NATO");
    }

    #[test]
    fn variants_of_one_name_are_one_party() {
        let parties = [
            "Darmanin",
            "Innenminister Gérald Darmanin",
            "Gérald Darmanin",
            "Interior Ministry",
            "Interior Ministry (France)",
            "police",
            "Ministry",
            "Health Ministry",
            "Interior Ministry (France)",
        ];
        let unified = unify(&parties);
        assert_eq!(
            unified,
            [
                "Innenminister Gérald Darmanin",
                "Innenminister Gérald Darmanin",
                "Innenminister Gérald Darmanin",
                "Interior Ministry (France)",
                "Interior Ministry (France)",
                "police",
                "Ministry",
                "Health Ministry",
                "Interior Ministry (France)",
            ]
        );
        // Two countries' ministries: the bare name could be either.
        let two = unify(&[
            "Interior Ministry",
            "Interior Ministry (France)",
            "Interior Ministry (Italy)",
        ]);
        assert_eq!(two[0], "Interior Ministry");
        // Two people of one surname: the surname alone stays itself.
        let kin = unify(&["Biden", "Joe Biden", "Hunter Biden"]);
        assert_eq!(kin[0], "Biden");
        // A joint denial is not one of its parties.
        let joint = unify(&["North Korea", "Kremlin; North Korea"]);
        assert_eq!(joint[0], "North Korea");
        // An adjective after the name ("russe", "libyen") is the same body.
        let adjective = unify(&["Comité d'enquête", "Comité d'enquête russe"]);
        assert_eq!(adjective[0], "Comité d'enquête russe");
        // Two adjectives: the bare name could be either.
        let two = unify(&[
            "Protezione civile",
            "Protezione civile nazionale",
            "Protezione civile regionale",
        ]);
        assert_eq!(two[0], "Protezione civile");
        // A capitalised word after the name is another name.
        let other = unify(&["Ministry", "Ministry Defence"]);
        assert_eq!(other[0], "Ministry");
    }

    #[test]
    fn the_denier_is_the_party_of_a_denial() {
        let mut a = via(count("tass", 0), &["tass", "Kremlin"]);
        a.stance = Stance::Denied;
        a.stance_by = Some("Russia".into());
        assert_eq!(party(&a), "Russia");
        assert_eq!(label(&a), "Russia");
    }
}
