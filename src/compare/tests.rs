//! Table-driven tests of matching, verdicts and statuses on synthetic claims.

use super::testkit::{Edit, count, statement, via};
use super::*;
use crate::claim::{Claim, Scope};

fn run(claims: Vec<Claim>) -> Comparison {
    compare(&Extraction {
        documents: Vec::new(),
        claims,
    })
}

/// The finding between the first two of `claims`, compared together, if there is one.
fn first_pair(claims: Vec<Claim>) -> (Option<Finding>, Comparison) {
    let (a, b) = (claims[0].id.clone(), claims[1].id.clone());
    let found = run(claims);
    let link = found
        .findings
        .iter()
        .find(|f| {
            let pair = [f.a.as_str(), f.b.as_str()];
            pair.contains(&a.as_str()) && pair.contains(&b.as_str())
        })
        .cloned();
    (link, found)
}

/// The verdicts found between two claims (at most one is expected).
fn verdicts(a: Claim, b: Claim) -> Vec<Verdict> {
    run(vec![a, b]).findings.iter().map(|f| f.verdict).collect()
}

/// A count from an article without a date that repeats a party's figure of a dated article is
/// placed on that day: against another party's different figure of the same day it is a
/// contradiction, where an undated figure alone would be read as the story moving.
#[test]
fn an_undated_repetition_takes_the_date_of_its_party() {
    use super::testkit::document;
    let mut undated = document("nodate", "fr", "2024-10-18");
    undated.published = None;
    let claims = vec![
        count("dated", 1500).by("Ministry"),
        count("nodate", 1500).by("Ministry").undated(),
        count("nodate", 700).by("Governor").undated(),
        count("other", 1000).by("Red Cross"),
    ];
    let ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
    let comparison = compare(&Extraction {
        documents: vec![
            document("dated", "fr", "2024-10-18"),
            undated,
            document("other", "fr", "2024-10-18"),
        ],
        claims,
    });
    let verdict = |a: usize, b: usize| {
        comparison
            .findings
            .iter()
            .find(|f| (f.a == ids[a] && f.b == ids[b]) || (f.a == ids[b] && f.b == ids[a]))
            .map(|f| f.verdict)
    };
    // The Ministry's 1 500 repeated without a date is of 18 Oct, like the Red Cross's 1 000.
    assert_eq!(verdict(1, 3), Some(Verdict::Contradiction));
    // A figure no party gives elsewhere keeps no date: the story moving.
    assert_eq!(verdict(2, 3), Some(Verdict::Update));
}

#[test]
fn pair_verdicts() {
    use Verdict::*;
    let nis = "National Intelligence Service";
    #[rustfmt::skip]
    let rows: Vec<(&str, Claim, Claim, Option<Verdict>)> = vec![
        // values
        ("same figure, two outlets", count("a", 1500), count("b", 1500), Some(Agreement)),
        ("10 000 vs 11 000 same day", count("a", 10000).by("State Dept"), count("b", 11000).by("Zelensky"), Some(Contradiction)),
        ("1 500 vs 1 600 same day", count("a", 1500), count("b", 1600), Some(Contradiction)),
        ("exact vs approx same figure", count("a", 1500), count("b", 1500).approx(), Some(Agreement)),
        ("approx 3 000 reaches 3 300", count("a", 3000).approx(), count("b", 3300), Some(Agreement)),
        ("approx 3 000 misses 3 400", count("a", 3000).approx(), count("b", 3400), Some(Contradiction)),
        ("approx 3 300 reaches down to 2 970", count("a", 2970), count("b", 3300).approx(), Some(Agreement)),
        ("approx 3 300 misses 2 900", count("a", 2900), count("b", 3300).approx(), Some(Contradiction)),
        ("approx 10 000 vs 11 000", count("a", 10000).approx(), count("b", 11000), Some(Agreement)),
        ("two approximations overlap", count("a", 3000).approx(), count("b", 3500).approx(), Some(Agreement)),
        ("plus de 2 000 vs 3 000", count("a", 2000).at_least(), count("b", 3000), Some(Agreement)),
        ("plus de 2 000 vs 1 500", count("a", 2000).at_least(), count("b", 1500), Some(Contradiction)),
        ("moins de 1 000 vs 3 000", count("a", 1000).at_most(), count("b", 3000), Some(Contradiction)),
        ("jusqu'a 12 000 vs 10 000", count("a", 12000).at_most(), count("b", 10000), Some(Agreement)),
        ("open bounds that touch", count("a", 2000).at_least(), count("b", 2000).at_most(), Some(Agreement)),
        ("open bounds apart", count("a", 2001).at_least(), count("b", 2000).at_most(), Some(Contradiction)),
        ("two lower bounds far apart", count("a", 2000).at_least(), count("b", 9000).at_least(), Some(Contradiction)),
        ("two lower bounds close", count("a", 2000).at_least(), count("b", 2500).at_least(), Some(Agreement)),
        ("a toll's lower bound passed the same day: a fuller count", count("a", 60).at_least().concept("deaths"), count("b", 133).concept("deaths"), Some(Update)),
        ("a toll's lower bound above the other figure: disputed", count("a", 134).at_least().concept("deaths"), count("b", 132).concept("deaths"), Some(Contradiction)),
        ("plus de 2 000 reaches 1.5 times", count("a", 2000).at_least(), count("b", 3000), Some(Agreement)),
        ("plus de 2 000 is not 9 000", count("a", 2000).at_least(), count("b", 9000), Some(Contradiction)),
        ("up to 12 000 reaches down to half", count("a", 12000).at_most(), count("b", 6000), Some(Agreement)),
        ("up to 12 000 is not 5 000", count("a", 12000).at_most(), count("b", 5000), Some(Contradiction)),
        ("plusieurs milliers vs 3 000", count("a", 0).vague(2000), count("b", 3000), Some(Agreement)),
        ("plusieurs milliers vs 12 000", count("a", 0).vague(2000), count("b", 12000), Some(Agreement)),
        ("plusieurs milliers is too vague to contradict 1 500", count("a", 1500), count("b", 0).vague(2000), Some(Unconfirmed)),
        ("range vs figure outside it", count("a", 0).range(10000, 12000), count("b", 8000), Some(Contradiction)),
        ("range vs range overlapping", count("a", 0).range(10000, 12000), count("b", 0).range(11000, 13000), Some(Agreement)),
        // time
        ("1 day apart, lower, different sources", count("a", 3000), count("b", 1500).on(1), Some(Contradiction)),
        ("1 day apart, higher: the count rose", count("a", 1500), count("b", 3000).on(1), Some(Update)),
        ("2 days apart, lower, different sources", count("a", 3000), count("b", 1500).on(2), Some(Contradiction)),
        ("2 days apart, higher: the count rose", count("a", 1500), count("b", 3000).on(2), Some(Update)),
        ("3 days apart, lower, is an update", count("a", 3000), count("b", 1500).on(3), Some(Update)),
        ("patients still in hospital a day later, fewer: the count fell", count("a", 121).concept("hospitalized"), count("b", 85).concept("hospitalized").on(1), Some(Update)),
        ("the missing two days later, fewer: the count fell", count("a", 60).concept("missing"), count("b", 40).concept("missing").on(2), Some(Update)),
        ("patients in hospital the same day, fewer: disputed", count("a", 121).concept("hospitalized"), count("b", 85).concept("hospitalized"), Some(Contradiction)),
        ("same day, ten times apart: another scope", count("a", 27), count("b", 2000), Some(DifferentScope)),
        ("same day, nine times apart: disputed", count("a", 1_000_000).by("police"), count("b", 9_000_000).by("organisers"), Some(Contradiction)),
        ("ten times apart days later: the count rose", count("a", 13), count("b", 222).on(5), Some(Update)),
        ("a march's crowd a day later, higher: disputed", count("a", 9000).concept("protesters"), count("b", 50000).concept("protesters").on(1), Some(Contradiction)),
        ("a march's crowd, one undated: disputed", count("a", 11000).concept("protesters").undated(), count("b", 60000).concept("protesters"), Some(Contradiction)),
        ("4 days apart is an update", count("a", 1500), count("b", 3000).on(4), Some(Update)),
        ("10 days apart is an update", count("a", 1500), count("b", 10000).on(10), Some(Update)),
        ("earlier figure given second", count("a", 10000).on(10), count("b", 1500), Some(Update)),
        ("same value days apart agrees", count("a", 10000), count("b", 10000).on(7), Some(Agreement)),
        ("undated vs dated, other figure: no contradiction", count("a", 1500).undated(), count("b", 3000), Some(Update)),
        ("undated vs dated, same figure", count("a", 1500).undated(), count("b", 1500), Some(Agreement)),
        // sources
        ("same source supersedes next day", count("a", 1500).by(nis), count("b", 3000).by(nis).on(1), Some(Update)),
        ("same source, same day, revised", count("a", 1500).by(nis), count("b", 2000).by(nis), Some(Update)),
        ("same source, later and lower: revised down", count("a", 2000).by(nis), count("b", 1500).by(nis).on(1), Some(Update)),
        ("same origin via different outlets", via(count("a", 1500), &["a", "Yonhap", nis]), via(count("b", 3000), &["b", "AFP", nis]), Some(Update)),
        ("same figure, same source, one article", count("a", 1500).by(nis), count("a", 1500).by(nis), None),
        ("same figure, same source, two articles", count("a", 1500).by(nis), count("b", 1500).by(nis), Some(Agreement)),
        ("police vs organisers in one article", count("a", 1_280_000).by("police"), count("a", 3_500_000).by("CGT"), Some(Contradiction)),
        // stance
        ("hedged vs asserted, same figure", count("a", 3000).hedged(), count("b", 3000), Some(Agreement)),
        ("hedged vs asserted, other figure", count("a", 3000).hedged(), count("b", 10000), Some(Unconfirmed)),
        ("hedged vs hedged, other figure", count("a", 3000).hedged(), count("b", 10000).hedged(), Some(Unconfirmed)),
        ("both hedged, same figure", count("a", 3000).hedged(), count("b", 3000).hedged(), Some(Agreement)),
        ("not confirmed vs asserted", count("a", 1500).unconfirmed_by("NATO"), count("b", 1500).by(nis), Some(Unconfirmed)),
        ("not confirmed by both", count("a", 1500).unconfirmed_by("NATO"), count("b", 1500).unconfirmed_by("US"), Some(Unconfirmed)),
        ("denied vs asserted", count("a", 1500).by(nis), count("b", 1500).denied_by("Russia"), Some(Contradiction)),
        ("denied vs hedged", count("a", 1500).hedged(), count("b", 1500).denied_by("Russia"), Some(Contradiction)),
        ("a denial of another figure", count("a", 1500).by(nis), count("b", 12000).denied_by("Russia"), Some(Unconfirmed)),
        ("denied by two parties", count("a", 1500).denied_by("Russia"), count("b", 1500).denied_by("North Korea"), Some(Agreement)),
        ("denied vs not confirmed", count("a", 1500).denied_by("Russia"), count("b", 1500).unconfirmed_by("NATO"), Some(Unconfirmed)),
        ("statement asserted twice", statement("a").by(nis), statement("b").by("Pentagon"), Some(Agreement)),
        ("statement asserted vs denied", statement("a").by("Pentagon"), statement("b").denied_by("Russia"), Some(Contradiction)),
        ("statement asserted vs not confirmed", statement("a").by(nis), statement("b").unconfirmed_by("NATO"), Some(Unconfirmed)),
        ("statement hedged vs asserted", statement("a").hedged(), statement("b").by(nis), Some(Agreement)),
        // matching
        ("soldiers vs brigades", count("a", 4).concept("brigades"), count("b", 12000), None),
        ("deployed vs killed", count("a", 1500), count("b", 200).event(Some("killed")), None),
        ("North Korea vs Russia", count("a", 1500), count("b", 600000).entity(Some("Russia")), None),
        ("count vs statement", count("a", 1500), statement("b"), None),
        ("so far vs planned total", count("a", 1500).scope(Scope::SoFar), count("b", 12000).scope(Scope::PlannedTotal), Some(DifferentScope)),
        ("a part is not its whole", count("a", 11), count("b", 4).scope(Scope::Part), Some(DifferentScope)),
        ("two places, neither known as a country", count("a", 10000), count("b", 11000).place(Some("Kursk")), None),
        ("Kursk vs Vladivostok", count("a", 10000).place(Some("Vladivostok")), count("b", 11000).place(Some("Kursk")), None),
        ("so far in Kursk vs planned in Russia", count("a", 1500).place(Some("Kursk")), count("b", 12000).scope(Scope::PlannedTotal), None),
        ("unmarked vs so far are one scope", count("a", 1500), count("b", 3000).scope(Scope::SoFar), Some(Contradiction)),
        ("no place joins the only place", count("a", 1500).place(None), count("b", 1500), Some(Agreement)),
        ("no event joins the only event", count("a", 1500).event(None), count("b", 1500), Some(Agreement)),
        ("no entity joins the only entity", count("a", 1500).entity(None), count("b", 1500), Some(Agreement)),
        ("training is deployed", count("a", 1500), count("b", 1500).event(Some("training")), Some(Agreement)),
        ("fighting is not deployed", count("a", 1500), count("b", 3000).event(Some("fighting")), None),
    ];
    assert!(rows.len() >= 40);
    for (name, a, b, expected) in rows {
        let found = verdicts(a, b);
        assert_eq!(found, expected.into_iter().collect::<Vec<_>>(), "{name}");
    }
}

#[test]
fn group_statuses() {
    let nis = "National Intelligence Service";
    let yonhap_nis = |outlet: &str| via(count(outlet, 1500), &[outlet, "Yonhap", nis]);
    #[rustfmt::skip]
    let rows: Vec<(&str, Vec<Claim>, Status, usize, usize)> = vec![
        ("two independent sources agree", vec![count("a", 1500).by(nis), count("b", 1500).by("Pentagon")], Status::Corroborated, 2, 2),
        ("five outlets citing Yonhap citing the NIS", ["a", "b", "c", "d", "e"].iter().map(|o| yonhap_nis(o)).collect(), Status::SingleSource, 1, 5),
        ("one claim", vec![count("a", 1500)], Status::SingleSource, 1, 1),
        ("values contradict", vec![count("a", 10000).by("State Dept"), count("b", 11000).by("Zelensky")], Status::Contested, 2, 2),
        ("asserted and denied", vec![count("a", 1500).by(nis), count("b", 1500).denied_by("Russia")], Status::Denied, 1, 2),
        ("denied only", vec![statement("a").denied_by("Russia"), statement("b").unconfirmed_by("NATO")], Status::Denied, 0, 2),
        ("only hedged", vec![count("a", 1500).hedged(), count("b", 1500).hedged()], Status::HedgedOnly, 0, 2),
        ("hedged and not confirmed", vec![count("a", 1500).hedged(), count("b", 1500).unconfirmed_by("NATO")], Status::HedgedOnly, 0, 2),
        ("a hedge does not corroborate", vec![count("a", 1500).by(nis), count("b", 1500).hedged()], Status::SingleSource, 1, 2),
        ("several thousand does not corroborate 3 000", vec![count("a", 3000).by(nis), count("b", 0).vague(2000).by("Pentagon")], Status::SingleSource, 2, 2),
        ("update across sources: each figure from one source", vec![count("a", 1500).by(nis), count("b", 10000).by("Pentagon").on(10)], Status::SingleSource, 2, 2),
        ("contradiction beats denial", vec![count("a", 10000).by("A"), count("b", 11000).by("B"), count("c", 10000).denied_by("Russia")], Status::Contested, 2, 3),
        ("corroborated despite a repetition", vec![yonhap_nis("a"), yonhap_nis("b"), count("c", 1500).by("Pentagon")], Status::Corroborated, 2, 3),
        // The agreement kept for a pair of parties may be the one with a hedge; the status
        // still sees the asserted pair.
        ("corroborated when the closest pair is hedged", vec![statement("a").by("HUR"), statement("b").by("NATO").hedged(), statement("c").by("NATO").on(5)], Status::Corroborated, 2, 3),
    ];
    for (name, claims, status, independent, reports) in rows {
        let cmp = run(claims);
        assert_eq!(cmp.groups.len(), 1, "{name}");
        let g = &cmp.groups[0];
        assert_eq!(
            (g.status, g.independent_sources, g.reports),
            (status, independent, reports),
            "{name}"
        );
        assert_eq!(g.status, g.parties.status(), "{name}");
        assert!(!g.parties.behind(status).is_empty(), "{name}");
    }
}

#[test]
fn a_joint_denial_is_a_denial_by_each_party() {
    let mut joint = statement("b").denied_by("Kremlin; North Korea");
    joint.stance_parties = vec!["Kremlin".into(), "North Korea".into()];
    let cmp = run(vec![statement("a").by("Ukraine"), joint]);
    assert_eq!(cmp.groups.len(), 1);
    let p = &cmp.groups[0].parties;
    assert_eq!(p.denying, ["Kremlin", "North Korea"]);
    assert_eq!(cmp.groups[0].status, Status::Denied);
}

#[test]
fn a_story_that_moves_is_a_timeline() {
    let nis = "National Intelligence Service";
    let cmp = run(vec![
        count("a", 1500).by(nis),
        count("b", 3000).by(nis).on(5),
        count("c", 10000).by("Pentagon").on(10),
        count("d", 10000).by("State Dept").on(10),
    ]);
    assert!(!cmp.has_contradiction());
    let steps: Vec<(String, Vec<String>)> = cmp.groups[0]
        .timeline
        .iter()
        .map(|s| (s.value.clone(), s.sources.clone()))
        .collect();
    assert_eq!(
        steps,
        [
            ("1 500".to_string(), vec![nis.to_string()]),
            ("3 000".to_string(), vec![nis.to_string()]),
            (
                "10 000".to_string(),
                vec!["Pentagon".to_string(), "State Dept".to_string()]
            ),
        ]
    );
}

#[test]
fn a_figure_revised_by_its_own_source_is_not_a_contradiction() {
    // A says 3 000 on day 0, B says 2 000 on day 1, A itself says 2 000 on day 1.
    let cmp = run(vec![
        count("a", 3000).by("A"),
        count("b", 2000).by("B").on(1),
        count("c", 2000).by("A").on(1),
    ]);
    assert!(!cmp.has_contradiction(), "{:#?}", cmp.findings);
    assert!(
        cmp.findings
            .iter()
            .any(|f| f.verdict == Verdict::Update
                && f.reason.contains("later revised its own figure"))
    );
}

/// A crowd is counted once: a leader who later gives a higher figure for the march has not
/// made his first figure a lagging one, and it still disputes the broadcaster's of the same
/// days. His two names ("Vučić", "Aleksandar Vučić") are one party.
#[test]
fn a_revised_crowd_figure_still_disputes_another_sources() {
    let cmp = run(vec![
        count("a", 9000)
            .concept("protesters")
            .by("Aleksandar Vučić"),
        count("b", 50000).concept("protesters").by("N1").on(1),
        count("c", 13500).concept("protesters").by("Vučić").on(2),
    ]);
    assert!(cmp.has_contradiction(), "{:#?}", cmp.findings);
    assert!(
        cmp.findings
            .iter()
            .any(|f| f.verdict == Verdict::Update && f.a.starts_with('a') && f.b.starts_with('c')),
        "{:#?}",
        cmp.findings
    );
}

/// One party's two figures, one of them undated: nothing says which came first, so the
/// finding is an update that says so, never "revised down".
#[test]
fn an_undated_figure_of_one_party_is_revised_neither_up_nor_down() {
    let cmp = run(vec![
        count("a", 18).concept("injured").by("Pentagon"),
        count("b", 45).concept("injured").by("Pentagon").undated(),
    ]);
    let finding = &cmp.findings[0];
    assert_eq!(finding.verdict, Verdict::Update, "{:#?}", cmp.findings);
    assert!(
        finding.reason.contains("one has no date") && !finding.reason.contains("revised"),
        "{}",
        finding.reason
    );
}

#[test]
fn a_figure_for_a_later_day_revises_nothing() {
    // Police and organisers on the 19th; the police's figure for the 31st does not excuse it.
    let cmp = run(vec![
        count("a", 80000).by("police"),
        count("a", 400000).by("CGT"),
        count("b", 87000).by("police").on(12),
    ]);
    assert!(cmp.has_contradiction(), "{:#?}", cmp.findings);
}

#[test]
fn reasons_name_values_sources_and_days() {
    let cmp = run(vec![
        count("a", 10000).by("US Department of State").on(17),
        count("b", 11000).by("Volodymyr Zelensky").on(17),
    ]);
    assert_eq!(
        cmp.findings[0].reason,
        "10 000 (US Department of State, 4 Nov 2024) vs 11 000 (Volodymyr Zelensky, 4 Nov 2024): \
         values do not overlap for the same day"
    );
}

#[test]
fn contested_groups_come_first_and_ids_follow_the_order() {
    let cmp = run(vec![
        count("a", 4).concept("brigades"),
        count("b", 10000).by("A").place(Some("Kursk")),
        count("c", 11000).by("B").place(Some("Kursk")),
    ]);
    let order: Vec<(&str, Status)> = cmp
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.status))
        .collect();
    assert_eq!(order[0].1, Status::Contested);
    assert_ne!(order[0].0, order[1].0);
}

#[test]
fn output_does_not_depend_on_claim_order_or_threads() {
    let nis = "National Intelligence Service";
    let claims = vec![
        count("a", 1500).by(nis),
        count("b", 3000).by(nis).on(5),
        count("c", 12000).scope(Scope::PlannedTotal),
        count("d", 10000).by("A").on(17).place(Some("Kursk")),
        count("e", 11000).by("B").on(17).place(Some("Kursk")),
        statement("f").by("Pentagon"),
        statement("g").denied_by("Russia"),
        count("h", 1500).place(None).words(&["front"]),
    ];
    let json = |claims: Vec<Claim>| {
        let cmp = run(claims.clone());
        let ext = Extraction {
            documents: Vec::new(),
            claims,
        };
        crate::report::json::render(&ext, Some(&cmp))
    };
    let forward = json(claims.clone());
    let mut reversed = claims.clone();
    reversed.reverse();
    let backward = json(reversed);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| run(claims.clone()));
    let two = run(claims.clone());
    assert_eq!(
        serde_json::to_string(&one).unwrap(),
        serde_json::to_string(&two).unwrap()
    );
    // The claims list in the JSON keeps the input order; groups and findings must not.
    let tail = |bytes: &[u8]| {
        let v: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        (v["groups"].clone(), v["findings"].clone())
    };
    assert_eq!(tail(&forward), tail(&backward));
}

#[test]
fn big_groups_are_judged_on_neighbours_not_all_pairs() {
    let claims: Vec<Claim> = (0..500)
        .map(|i| count(&format!("d{i:03}"), 1500).on(i % 30))
        .collect();
    let cmp = run(claims);
    assert_eq!(cmp.groups.len(), 1);
    assert_eq!(cmp.groups[0].status, Status::Corroborated);
    assert!(cmp.findings.len() <= 500 * 2 * pairs::WINDOW);
}

#[test]
fn words_decide_between_two_places() {
    let cmp = run(vec![
        count("a", 1500).words(&["vladivostok", "port"]),
        count("b", 11000)
            .place(Some("Kursk"))
            .words(&["front", "region"]),
        count("c", 1500).place(None).words(&["port"]),
        count("d", 9999).place(None).words(&["inconnu"]),
    ]);
    let group_of = |id: &str| {
        cmp.groups
            .iter()
            .find(|g| g.claims.iter().any(|c| c.starts_with(id)))
            .map(|g| g.subject.place.clone())
            .unwrap()
    };
    assert_eq!(group_of("c#"), Some("Russia".to_string()));
    assert_eq!(group_of("d#"), None);
}

#[test]
fn an_unplaced_claim_joins_what_its_own_paragraph_was_counting() {
    let cmp = run(vec![
        count("a", 11000).place(Some("Kursk")).at(10),
        count("a", 9000).place(None).at(50),
        count("b", 10000).at(10),
        count("c", 1500).place(None).at(10),
    ]);
    let place_of = |prefix: &str| {
        cmp.groups
            .iter()
            .find(|g| g.claims.iter().any(|c| c.starts_with(prefix)))
            .map(|g| g.subject.place.clone())
            .unwrap()
    };
    assert_eq!(place_of("a#"), Some("Kursk".to_string()));
    // Nothing in article c says where: it stays apart rather than guess.
    assert_eq!(place_of("c#"), None);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A claim from small domains, so that groups, repetitions and conflicts all occur.
    fn claim() -> impl Strategy<Value = Claim> {
        (
            0usize..4,
            prop::sample::select(vec![1500u64, 3000, 10000, 11000, 12000]),
            0usize..4,
            0i32..12,
            0usize..4,
            0usize..3,
            0usize..3,
            any::<bool>(),
        )
            .prop_map(|(doc, value, party, day, stance, place, scope, approx)| {
                let parties = ["NIS", "Pentagon", "Zelensky", "Kremlin"];
                let mut c = count(&format!("d{doc}"), value)
                    .by(parties[party])
                    .on(day)
                    .place([Some("Russia"), Some("Kursk"), None][place]);
                c = match stance {
                    1 => c.hedged(),
                    2 => c.denied_by("Kremlin"),
                    3 => c.unconfirmed_by("NATO"),
                    _ => c,
                };
                if scope == 1 {
                    c = c.scope(Scope::SoFar);
                } else if scope == 2 {
                    c = c.scope(Scope::PlannedTotal);
                }
                if approx { c.approx() } else { c }
            })
    }

    proptest! {
        #[test]
        fn the_same_findings_in_any_order(mut claims in prop::collection::vec(claim(), 0..40)) {
            for (n, c) in claims.iter_mut().enumerate() {
                c.id = format!("{}#{}", c.doc, n + 1);
            }
            let forward = serde_json::to_string(&run(claims.clone())).unwrap();
            claims.reverse();
            let backward = serde_json::to_string(&run(claims.clone())).unwrap();
            prop_assert_eq!(forward, backward);
        }

        #[test]
        fn every_grouped_claim_is_in_exactly_one_group(claims in prop::collection::vec(claim(), 0..40)) {
            let mut claims = claims;
            for (n, c) in claims.iter_mut().enumerate() {
                c.id = format!("{}#{}", c.doc, n + 1);
            }
            let cmp = run(claims.clone());
            let mut seen: Vec<&String> = cmp.groups.iter().flat_map(|g| &g.claims).collect();
            let total = seen.len();
            seen.sort();
            seen.dedup();
            prop_assert_eq!(total, seen.len());
            prop_assert_eq!(total, claims.len());
        }
    }
}

#[test]
fn a_paragraph_break_stops_the_reference() {
    let text = "11 000 in Kursk. And 9 000 more.\n\nIn the capital, 81 000.";
    let claims = [
        count("a", 11000).place(Some("Kursk")).at(0),
        count("a", 9000).place(None).at(21),
        count("a", 81000).place(None).at(50),
        count("b", 10000).at(0),
    ];
    let refs: Vec<&Claim> = claims.iter().collect();
    let texts: grouping::Texts = [("a", text)].into_iter().collect();
    let parties: Vec<&str> = refs.iter().map(|c| provenance::party(c)).collect();
    let groups = grouping::group(&refs, &parties, &texts);
    let place_of = |i: usize| {
        groups
            .iter()
            .find(|(_, members)| members.contains(&i))
            .map(|(key, _)| key.place.clone())
            .unwrap()
    };
    assert_eq!(place_of(1), Some("Kursk".to_string()));
    assert_eq!(place_of(2), None);
}

#[test]
fn a_region_against_its_country_is_a_different_scope() {
    // Another claim names Russia as an entity: Russia is a country, Kursk is not.
    let cmp = run(vec![
        count("a", 10000).on(13),
        count("b", 11000).on(13).place(Some("Kursk")),
        count("c", 600000)
            .entity(Some("Russia"))
            .concept("casualties"),
    ]);
    let scope: Vec<&Finding> = cmp
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::DifferentScope)
        .collect();
    assert_eq!(scope.len(), 1, "{:#?}", cmp.findings);
    assert!(
        scope[0].reason.contains("in Russia vs in Kursk"),
        "{}",
        scope[0].reason
    );
    assert!(!cmp.has_contradiction());
}

#[test]
fn a_group_without_country_joins_the_one_group_holding_all_its_figures() {
    // "Le NIS évaluait à 1 500 le nombre de soldats déjà partis", then 3 000 five days later:
    // no country, no place. Vladivostok also has the NIS's 1 500 of that day, only Russia has
    // both figures.
    let nis = "National Intelligence Service";
    let bare = |doc: &str, value: u64, days: i32| {
        count(doc, value)
            .by(nis)
            .on(days)
            .entity(None)
            .place(None)
            .scope(Scope::SoFar)
    };
    let russia = vec![
        count("r1", 1500).by(nis),
        count("r2", 3000).by(nis).on(5),
        count("r3", 10000).by("Pentagon").on(10),
    ];
    let vladivostok = vec![count("v1", 1500).by(nis).place(Some("Vladivostok"))];
    let place_of = |cmp: &Comparison, doc: &str| {
        cmp.groups
            .iter()
            .find(|g| g.claims.iter().any(|c| c.starts_with(&format!("{doc}#"))))
            .map(|g| g.subject.place.clone())
            .unwrap()
    };
    let mut claims = [russia.clone(), vladivostok.clone()].concat();
    claims.extend([bare("x1", 1500, 0), bare("x2", 3000, 5)]);
    let cmp = run(claims);
    assert_eq!(place_of(&cmp, "x1"), Some("Russia".to_string()));
    assert_eq!(place_of(&cmp, "x2"), Some("Russia".to_string()));
    let story: Vec<&str> = cmp
        .groups
        .iter()
        .find(|g| g.subject.place.as_deref() == Some("Russia"))
        .unwrap()
        .timeline
        .iter()
        .map(|s| s.value.as_str())
        .collect();
    assert_eq!(story, ["1 500", "3 000", "10 000"]);

    // When Vladivostok holds both figures too, nothing says which: the group stays apart.
    let mut claims = [russia, vladivostok].concat();
    claims.push(count("v2", 3000).by(nis).on(5).place(Some("Vladivostok")));
    claims.extend([bare("x1", 1500, 0), bare("x2", 3000, 5)]);
    let cmp = run(claims);
    assert_eq!(place_of(&cmp, "x1"), None);
}

#[test]
fn a_timeline_marks_a_jump_of_ten_times() {
    let cmp = run(vec![
        count("a", 1_500_000).by("A").scope(Scope::PlannedTotal),
        count("b", 10000)
            .by("B")
            .on(23)
            .approx()
            .scope(Scope::PlannedTotal),
        count("c", 12000).by("B").on(30).scope(Scope::PlannedTotal),
    ]);
    let steps: Vec<(&str, Option<&str>)> = cmp.groups[0]
        .timeline
        .iter()
        .map(|s| (s.value.as_str(), s.jump.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            ("1 500 000", None),
            ("≈10 000", Some("÷150")),
            ("12 000", None)
        ]
    );
}

#[test]
fn a_timeline_step_never_merges_values_that_contradict() {
    // ≈10 000 overlaps both 10 000 and 11 000, but 10 000 and 11 000 do not overlap: two
    // values for that day, side by side.
    let cmp = run(vec![
        count("a", 8000).by("State").approx(),
        count("b", 10000).by("State").on(4).approx(),
        count("c", 10000).by("State").on(4),
        count("d", 11000).by("Kyiv").on(4),
    ]);
    let steps: Vec<(&str, Vec<String>)> = cmp.groups[0]
        .timeline
        .iter()
        .map(|s| (s.value.as_str(), s.sources.clone()))
        .collect();
    assert_eq!(
        steps,
        [
            ("≈8 000", vec!["State".to_string()]),
            ("≈10 000", vec!["State".to_string()]),
            ("11 000", vec!["Kyiv".to_string()]),
        ]
    );
}

#[test]
fn groups_are_listed_by_how_urgently_to_look_at_them() {
    let nis = "National Intelligence Service";
    let cmp = run(vec![
        // hedged only
        count("a1", 7).concept("drones").hedged(),
        count("a2", 7).concept("drones").hedged(),
        // single source, two reports
        count("b1", 4).concept("brigades").by(nis),
        count("b2", 4).concept("brigades").by(nis),
        // corroborated
        count("c1", 500).concept("officers").by(nis),
        count("c2", 500).concept("officers").by("Pentagon"),
        // update
        count("d1", 1500).by(nis),
        count("d2", 3000).by(nis).on(5),
        // denied, nobody asserts
        statement("e1").concept("units").denied_by("Kremlin"),
        statement("e2").concept("units").denied_by("Kremlin"),
        // denied against an assertion
        statement("f1").by("Pentagon"),
        statement("f2").denied_by("Kremlin"),
        // contested
        count("g1", 10000).place(Some("Kursk")).by("State"),
        count("g2", 11000).place(Some("Kursk")).by("Kyiv"),
    ]);
    let order: Vec<&str> = cmp.groups.iter().map(|g| g.concept.as_str()).collect();
    assert_eq!(
        order,
        [
            "soldiers", "soldiers", "units", "soldiers", "officers", "brigades", "drones"
        ]
    );
    let statuses: Vec<Status> = cmp.groups.iter().map(|g| g.status).collect();
    use Status::*;
    assert_eq!(
        statuses,
        [
            Contested,
            Denied,
            Denied,
            SingleSource,
            Corroborated,
            SingleSource,
            HedgedOnly
        ]
    );
}

#[test]
fn every_pair_of_a_group_is_judged_and_the_telling_ones_shown() {
    // Three outlets repeat A's 10 000, two repeat B's 11 000, the same day.
    let mut claims: Vec<Claim> = (0..3)
        .map(|i| count(&format!("a{i}"), 10000).by("A"))
        .collect();
    claims.extend((0..2).map(|i| count(&format!("b{i}"), 11000).by("B")));
    let cmp = run(claims);
    let of = |v: Verdict| cmp.findings.iter().filter(|f| f.verdict == v).count();
    assert_eq!(of(Verdict::Contradiction), 3 * 2);
    assert_eq!(of(Verdict::Agreement), 3 + 1);
    let shown = cmp.findings.iter().filter(|f| f.shown).count();
    assert!(shown < cmp.findings.len(), "{shown} shown");
    assert!(
        cmp.findings
            .iter()
            .all(|f| f.confidence == Confidence::SamePlace)
    );
}

#[test]
fn an_outlets_own_running_toll_is_a_stage_not_a_dispute() {
    use Verdict::*;
    #[rustfmt::skip]
    let rows: Vec<(&str, Claim, Claim, Verdict)> = vec![
        ("own toll vs a ministry's, same day", count("a", 78).concept("deaths"), count("b", 100).concept("deaths").by("Red Cross"), Update),
        ("own toll vs a ministry's, in one article", count("a", 78).concept("deaths"), count("a", 100).concept("deaths").by("Red Cross"), Update),
        ("two named sources still dispute", count("a", 78).concept("deaths").by("Health Ministry"), count("b", 100).concept("deaths").by("Red Cross"), Contradiction),
        ("not a running toll: soldiers sent", count("a", 1500), count("b", 3000).by("Pentagon"), Contradiction),
        ("ten times apart stays another scope", count("a", 27).concept("deaths"), count("b", 2000).concept("deaths").by("Red Cross"), DifferentScope),
    ];
    for (name, a, b, want) in rows {
        let extraction = Extraction {
            documents: vec![
                super::testkit::document("a", "en", "2024-10-18"),
                super::testkit::document("b", "en", "2024-10-18"),
            ],
            claims: vec![a, b],
        };
        let found: Vec<Verdict> = compare(&extraction)
            .findings
            .iter()
            .map(|f| f.verdict)
            .collect();
        assert_eq!(found, vec![want], "{name}");
    }
}

#[test]
fn an_article_repeating_its_figure_without_a_place_links_it_to_the_placed_group() {
    let claims = vec![
        count("a", 165).concept("deaths").by("dpa").place(None),
        count("a", 165)
            .concept("deaths")
            .by("dpa")
            .place(Some("Germany")),
        count("b", 40)
            .concept("deaths")
            .by("police")
            .place(Some("Bavaria")),
        // An unplaced figure of another place: no one group holds every unplaced figure, so
        // the unplaced group is compared with each.
        count("c", 40).concept("deaths").by("police").place(None),
    ];
    let (link, found) = first_pair(claims);
    let link = link.map(|f| f.verdict);
    assert_eq!(link, Some(Verdict::Agreement), "{:?}", found.groups);
}

/// Rows: (the unnamed figure, its day, its source (`None`: the outlet's own), the groups'
/// figures as (concept, value, day, party)), and the verdict it gets against the first group's
/// claim, if it joins.
#[test]
fn people_named_only_as_people_join_the_group_with_their_very_figure() {
    type Group = (&'static str, u64, i32, &'static str);
    type Row = (
        &'static str,
        u64,
        i32,
        Option<&'static str>,
        &'static [Group],
        Option<Verdict>,
    );
    let police = Some("police");
    let rows: &[Row] = &[
        (
            "the same figure the same day",
            338_000,
            0,
            police,
            &[("protesters", 338_000, 0, "police")],
            Some(Verdict::Agreement),
        ),
        (
            "a day apart, another source",
            4_000,
            1,
            police,
            &[("evacuated", 4_000, 0, "Red Cross")],
            Some(Verdict::Agreement),
        ),
        (
            "the outlet's own figure",
            1_000,
            0,
            None,
            &[("evacuated", 1_000, 0, "Red Cross")],
            None,
        ),
        (
            "a week apart",
            4_000,
            7,
            police,
            &[("evacuated", 4_000, 0, "police")],
            None,
        ),
        (
            "another figure",
            4_100,
            0,
            police,
            &[("evacuated", 4_000, 0, "police")],
            None,
        ),
        (
            "a small figure",
            5,
            0,
            police,
            &[("rescued", 5, 0, "police")],
            None,
        ),
        (
            "two groups hold it",
            300,
            0,
            police,
            &[("missing", 300, 0, "police"), ("rescued", 300, 0, "police")],
            None,
        ),
        (
            "not people",
            40,
            0,
            police,
            &[("vehicles", 40, 0, "police")],
            None,
        ),
    ];
    for (name, value, day, source, groups, want) in rows {
        let mut unnamed = count("u", *value).concept("people").event(None).on(*day);
        if let Some(source) = source {
            unnamed = unnamed.by(source);
        }
        let mut claims = vec![unnamed];
        for (k, (concept, v, d, party)) in groups.iter().enumerate() {
            let named = count(&format!("g{k}"), *v).concept(concept).event(None);
            claims.push(named.by(party).on(*d));
        }
        let link = first_pair(claims).0.map(|f| (f.verdict, f.confidence));
        assert_eq!(
            link,
            want.map(|v| (v, super::Confidence::SubjectInferred)),
            "{name}"
        );
    }
}

/// A reason read the other way round names the same claims: each "first" flips, and flipping
/// twice gives the reason back; reasons that name no claim first stay as they are.
#[test]
fn a_swapped_reason_names_the_same_claims() {
    use super::verdict::Why;
    let rows = [
        Why::AssertedDenied { first: true },
        Why::DeniedHedged { first: false },
        Why::NotConfirmed { first: true },
        Why::Agree {
            same_party: false,
            hedged: Some(true),
        },
        Why::PastBound { first: false },
        Why::Rose(1),
    ];
    for why in rows {
        assert_eq!(why.swapped().swapped(), why, "{why:?}");
    }
    assert_eq!(
        Why::DeniedHedged { first: true }.swapped(),
        Why::DeniedHedged { first: false }
    );
    assert_eq!(Why::Rose(1).swapped(), Why::Rose(1));
}

/// A city's figure far below a figure that states no place, given no earlier than it, is that
/// city's share of the whole, not a stage of one count: "40 morts à Suzu" beside "168 morts".
/// An earlier, smaller figure may be the toll still rising, and a country is the whole itself.
#[test]
fn a_city_far_below_an_unplaced_toll_is_its_share() {
    let rows: &[(&str, Option<&str>, u64, i32, Verdict)] = &[
        (
            "a city, the same day",
            Some("Suzu"),
            40,
            0,
            Verdict::DifferentScope,
        ),
        (
            "a city, a day before",
            Some("Suzu"),
            40,
            -1,
            Verdict::Update,
        ),
        (
            "the country, the same day",
            Some("Japan"),
            40,
            0,
            Verdict::Update,
        ),
        (
            "a city, more than half",
            Some("Suzu"),
            120,
            0,
            Verdict::Update,
        ),
    ];
    for &(name, place, value, days, want) in rows {
        let claims = vec![
            count("a", 168)
                .concept("deaths")
                .by("prefecture")
                .place(None)
                .on(0),
            count("a", 300)
                .concept("deaths")
                .by("prefecture")
                .place(Some("Japan"))
                .on(0),
            count("b", value)
                .concept("deaths")
                .by("prefecture")
                .place(place)
                .on(days),
        ];
        let (unplaced, placed) = (claims[0].id.clone(), claims[2].id.clone());
        let found = run(claims);
        let verdict = found
            .findings
            .iter()
            .find(|f| [&f.a, &f.b].contains(&&unplaced) && [&f.a, &f.b].contains(&&placed))
            .map(|f| f.verdict);
        assert_eq!(verdict, Some(want), "{name}: {:?}", found.findings);
    }
}

/// A kind of people a toll's breakdown counts (the police among the dead) is grouped apart
/// from the toll: a different scope, never a contradiction; two sources on that kind still
/// disagree.
#[test]
fn a_breakdown_by_kind_of_people_is_not_the_toll() {
    let police_dead = |doc: &str, value: u64, by: &str| {
        count(doc, value)
            .concept("deaths")
            .by(by)
            .who("police")
            .on(0)
    };
    let toll = count("a", 208).concept("deaths").by("government").on(0);
    let police = police_dead("b", 60, "prime minister");
    assert_eq!(verdicts(toll, police), vec![Verdict::DifferentScope]);
    let police = police_dead("b", 60, "prime minister");
    let other = police_dead("c", 30, "interior ministry");
    assert_eq!(verdicts(police, other), vec![Verdict::Contradiction]);
}
