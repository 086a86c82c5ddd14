//! Table tests for attribution and quotations, one row per phrase and language, and the
//! harness the stance tests share: hand-built claims at given words of a short text.

use crate::claim::{Claim, ClaimKind, Stance};
use crate::lang::Lang;
use crate::{Options, ingest, segment};

/// Builds one count claim at the first occurrence of each target in `text` (written by the
/// outlet "outlet"), then runs attribution and stance over them.
pub(crate) fn claims_at(lang: Lang, text: &str, targets: &[&str]) -> Vec<Claim> {
    let options = Options {
        lang: Some(lang),
        date: "2024-10-21".parse().ok(),
        aliases: None,
    };
    let mut doc = ingest::from_text("outlet.txt", text, &options).expect("test document");
    // Rows name the outlet in lower case, whatever the file name gives.
    doc.outlet = "outlet".into();
    let sentences = segment::split(&doc.text, doc.body_start, lang.data());
    let mut claims: Vec<Claim> = targets
        .iter()
        .map(|target| {
            let at = doc
                .text
                .find(target)
                .unwrap_or_else(|| panic!("{target:?} not in {text:?}"));
            let sentence = sentences
                .iter()
                .find(|s| s.start <= at && at < s.end)
                .expect("target inside a sentence");
            Claim::new(ClaimKind::Count, &doc, sentence, [at, at + target.len()])
        })
        .collect();
    super::attribute(&doc, &sentences, lang.data(), &options, &mut claims);
    crate::extract::stance::assign(&doc, &sentences, lang.data(), &options, &mut claims);
    claims
}

/// The claim's source as a chain: "Yonhap → National Intelligence Service (South Korea)".
pub(crate) fn chain(c: &Claim) -> String {
    c.source.chain.join(" → ")
}

/// The claim's stance in words: "hedged", "denied by Kremlin", "not confirmed by NATO".
pub(crate) fn stance(c: &Claim) -> String {
    let by = c.stance_by.as_deref().unwrap_or("?");
    match c.stance {
        Stance::Asserted => "asserted".into(),
        Stance::Hedged => "hedged".into(),
        Stance::Denied => format!("denied by {by}"),
        Stance::NotConfirmed => format!("not confirmed by {by}"),
    }
}

/// Language, text, and each figure with the source it should get.
type PerSourceRow = (Lang, &'static str, &'static [(&'static str, &'static str)]);

/// Language, text, target, quoted, speaker, source chain.
type QuoteRow = (
    Lang,
    &'static str,
    &'static str,
    bool,
    Option<&'static str>,
    &'static str,
);

const NIS: &str = "National Intelligence Service (South Korea)";

#[test]
fn french_source_rows() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Selon le Pentagone, 500 soldats sont arrivés.",
            "500",
            "Pentagon",
        ),
        (
            "D'après l'agence Yonhap, 300 soldats ont été envoyés.",
            "300",
            "Yonhap",
        ),
        (
            "De source policière, 20 000 personnes ont défilé.",
            "20 000",
            "police",
        ),
        (
            // No country in the text: none is made up (it was France's by default).
            "Le ministère de l'Intérieur a déclaré que 90 000 personnes avaient défilé.",
            "90 000",
            "Interior Ministry",
        ),
        (
            "Les renseignements sud-coréens ont indiqué vendredi que 800 soldats étaient partis.",
            "800",
            NIS,
        ),
        (
            "Le Kremlin a annoncé que 40 navires étaient prêts.",
            "40",
            "Kremlin",
        ),
        (
            "L'OTAN a affirmé que 600 soldats étaient sur place.",
            "600",
            "NATO",
        ),
        (
            "Le NIS a rapporté que 700 soldats avaient quitté le pays.",
            "700",
            NIS,
        ),
        (
            "Le Pentagone a précisé que 900 soldats étaient en route.",
            "900",
            "Pentagon",
        ),
        (
            "Les experts militaires ont estimé que 2 000 soldats étaient engagés.",
            "2 000",
            "Military experts",
        ),
        (
            "Environ 400 soldats ont quitté le port, a indiqué le Pentagone.",
            "400",
            "Pentagon",
        ),
        (
            "Des navires ont transporté 200 soldats, précise le communiqué de l'OTAN.",
            "200",
            "NATO",
        ),
        (
            "Quelque 300 grévistes ont manifesté, affirme la CGT.",
            "300",
            "CGT",
        ),
        (
            "Mille soldats sont partis, selon les renseignements sud-coréens.",
            "Mille",
            NIS,
        ),
        (
            "Le Kremlin déclare que 40 drones ont été abattus.",
            "40",
            "Kremlin",
        ),
        (
            "La CGT revendique 2 millions de manifestants.",
            "2 millions",
            "CGT",
        ),
        (
            "Moscou et Pyongyang ont annoncé 12 accords.",
            "12",
            "Kremlin; North Korea",
        ),
        (
            "Selon Séoul et Washington, 3 000 soldats sont en Russie.",
            "3 000",
            "South Korea (government); United States",
        ),
        (
            "Selon Zelenskyy, 11 000 soldats sont à Koursk.",
            "11 000",
            "Volodymyr Zelensky",
        ),
        (
            "D'après Zelenski, 11 000 soldats sont à Koursk.",
            "11 000",
            "Volodymyr Zelensky",
        ),
        (
            "Selon un diplomate européen, 250 soldats sont arrivés.",
            "250",
            "diplomate européen",
        ),
        (
            "Le porte-parole de l'armée a déclaré que 40 chars étaient détruits.",
            "40",
            "porte-parole de l'armée",
        ),
        (
            "Un responsable a déclaré à l'AFP que 600 soldats étaient arrivés.",
            "600",
            "AFP → responsable",
        ),
        (
            "Le secrétaire général de l'OTAN, Mark Rutte, a mis en garde contre l'envoi de 2 000 soldats.",
            "2 000",
            "Mark Rutte",
        ),
        (
            "Mark Rutte, qui a déclaré que 400 soldats étaient arrivés, reste prudent.",
            "400",
            "Mark Rutte",
        ),
        (
            "Près de 900 soldats sont partis, selon un communiqué.",
            "900",
            "communiqué",
        ),
        (
            "Le président sud-coréen Yoon Suk Yeol a déclaré que 20 experts partiraient.",
            "20",
            "Yoon Suk Yeol",
        ),
        (
            "Séoul ne restera pas inactif face à 30 navires, a déclaré le bureau de Yoon.",
            "30",
            "Presidential Office (South Korea)",
        ),
    ];
    check_sources(Lang::Fr, rows);
}

#[test]
fn french_chain_rows() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "L'agence Yonhap, citant des sources du renseignement, a rapporté que 12 000 soldats partiraient.",
            "12 000",
            "Yonhap → sources du renseignement",
        ),
        (
            "Yonhap a rapporté, citant le NIS, que 3 000 soldats étaient arrivés.",
            "3 000",
            "Yonhap → National Intelligence Service (South Korea)",
        ),
        (
            "Le NIS a parlé lundi. Yonhap a rapporté, citant des renseignements, que 5 000 soldats étaient partis.",
            "5 000",
            "Yonhap → National Intelligence Service (South Korea)",
        ),
        (
            "L'agence de presse sud-coréenne Yonhap avait précédemment rapporté, citant des renseignements, que 4 brigades partiraient.",
            "4",
            "Yonhap → renseignements",
        ),
        (
            "Selon le ministère sud-coréen des Affaires étrangères, Kim Hong-kyun a déclaré que 3 000 soldats étaient en Russie.",
            "3 000",
            "Foreign Ministry (South Korea) → Kim Hong-kyun",
        ),
        (
            "Le ministère russe des Affaires étrangères a déclaré que l'ambassadeur avait assuré que 10 accords étaient signés.",
            "10",
            "Foreign Ministry (Russia) → ambassadeur",
        ),
        (
            "Kim Hong-kyun a exprimé son inquiétude au sujet de 1 500 soldats, a indiqué le ministère sud-coréen des Affaires étrangères.",
            "1 500",
            "Foreign Ministry (South Korea) → Kim Hong-kyun",
        ),
        (
            "Le Pentagone a déclaré que l'opération avait commencé. Il a ajouté que 800 soldats étaient présents.",
            "800",
            "Pentagon",
        ),
        (
            "Mark Rutte a déclaré que la situation était grave. Environ 700 soldats sont arrivés, a-t-il ajouté.",
            "700",
            "Mark Rutte",
        ),
        (
            "La CGT a déclaré que la grève continuait. Plus de 500 grévistes sont mobilisés, ajoute-t-elle.",
            "500",
            "CGT",
        ),
        (
            "Le Pentagone a déclaré que l'opération continuait. Près de 900 soldats sont partis, précise le communiqué.",
            "900",
            "Pentagon",
        ),
        (
            "Les renseignements sud-coréens ont annoncé que 1 500 soldats étaient partis. Ils rejoindront ensuite 20 navires.",
            "20",
            NIS,
        ),
        (
            "Le Pentagone a déclaré que 100 soldats étaient partis. Environ 50 navires sont au port. Puis 30 avions ont décollé.",
            "30",
            "Pentagon",
        ),
        (
            "Selon Kim Hong-kyun, 300 soldats sont partis. Kim a ajouté que 200 autres suivraient.",
            "200",
            "Kim Hong-kyun",
        ),
    ];
    check_sources(Lang::Fr, rows);
}

#[test]
fn french_rows_without_a_source() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Le Pentagone a envoyé 200 conseillers en Pologne.",
            "200",
            "outlet",
        ),
        (
            "Mark Rutte a rencontré 30 dirigeants à Bruxelles.",
            "30",
            "outlet",
        ),
        ("Kim Hong-kyun s'est rendu dans 3 pays.", "3", "outlet"),
        (
            "Le Kremlin, qui dispose de 40 navires, reste silencieux.",
            "40",
            "outlet",
        ),
        (
            "Le Pentagone a déclaré que 100 soldats étaient partis.\n\nEnviron 50 navires sont au port.",
            "50",
            "outlet",
        ),
        (
            "Moscou a démenti les informations selon lesquelles 300 soldats étaient arrivés.",
            "300",
            "outlet",
        ),
        (
            "Selon toute vraisemblance, 400 soldats sont arrivés.",
            "400",
            "outlet",
        ),
        (
            "Le chiffre de 300 morts n'a pas été vérifié de source indépendante.",
            "300",
            "outlet",
        ),
        (
            "Le Pentagone n'a pas confirmé que 400 soldats étaient arrivés.",
            "400",
            "outlet",
        ),
        (
            "Une date précise pour l'envoi de 300 soldats manque.",
            "300",
            "outlet",
        ),
        (
            "Il a été annoncé que 300 soldats étaient partis.",
            "300",
            "outlet",
        ),
        (
            "Le Pentagone a déclaré que 100 soldats étaient partis, mais 300 navires restent au port.",
            "300",
            "outlet",
        ),
        ("L'annonce de 200 départs a surpris.", "200", "outlet"),
        ("Kim a déclaré que 30 soldats étaient partis.", "30", "Kim"),
    ];
    check_sources(Lang::Fr, rows);
}

#[test]
fn english_source_rows() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "According to the Pentagon, 10,000 soldiers are in Russia.",
            "10,000",
            "Pentagon",
        ),
        (
            "The Pentagon said 8,000 soldiers had moved to Kursk.",
            "8,000",
            "Pentagon",
        ),
        (
            "South Korea's spy agency said 1,500 soldiers had arrived.",
            "1,500",
            NIS,
        ),
        (
            "Seoul's spy agency told lawmakers that 3,000 soldiers were there.",
            "3,000",
            NIS,
        ),
        (
            "About 3,000 soldiers have left, the NIS said.",
            "3,000",
            NIS,
        ),
        (
            "About 3,000 soldiers have left, said Sabrina Singh.",
            "3,000",
            "Sabrina Singh",
        ),
        (
            "Ukrainian military intelligence reported that 500 officers were in Russia.",
            "500",
            "Ukrainian military intelligence (HUR)",
        ),
        (
            "The White House said 8,000 soldiers were near the border.",
            "8,000",
            "White House",
        ),
        (
            "US officials said 10,000 soldiers were in Russia.",
            "10,000",
            "United States",
        ),
        (
            "Zelenskyy said 11,000 soldiers were in Kursk.",
            "11,000",
            "Volodymyr Zelensky",
        ),
        (
            "Zelenskiy said 11,000 soldiers were in Kursk.",
            "11,000",
            "Volodymyr Zelensky",
        ),
        (
            "NATO chief Mark Rutte said 10,000 soldiers were in Russia.",
            "10,000",
            "Mark Rutte",
        ),
        (
            "State Department spokesman Matthew Miller said 10,000 soldiers were in Russia.",
            "10,000",
            "Matthew Miller",
        ),
        (
            "Russia's defence ministry said 20 drones were downed.",
            "20",
            "Defence Ministry (Russia)",
        ),
        (
            "Kyiv said 200 soldiers were captured.",
            "200",
            "Ukraine (government)",
        ),
        (
            "The ministry reports that 30 ships have sailed.",
            "30",
            "ministry",
        ),
        (
            "Paris: 87,000 according to police, 500,000 according to the CGT.",
            "500,000",
            "CGT",
        ),
        (
            "The agency announced on Friday that 40 ships had sailed.",
            "40",
            "agency",
        ),
        (
            "The NIS and the Pentagon said 3,000 soldiers had arrived.",
            "3,000",
            "National Intelligence Service (South Korea); Pentagon",
        ),
    ];
    check_sources(Lang::En, rows);
}

#[test]
fn english_chain_rows() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Yonhap, citing intelligence sources, reported that 12,000 soldiers would go.",
            "12,000",
            "Yonhap → intelligence sources",
        ),
        (
            "The NIS briefed lawmakers. Yonhap, citing intelligence sources, reported that 12,000 soldiers would go.",
            "12,000",
            "Yonhap → National Intelligence Service (South Korea)",
        ),
        (
            "Sources told Reuters that 500 officers were in Russia.",
            "500",
            "Reuters → Sources",
        ),
        (
            "Officials told the Associated Press that 200 soldiers had died.",
            "200",
            "Associated Press → Officials",
        ),
        (
            "Lloyd Austin said the troops were in Russia. He added that 8,000 soldiers had reached Kursk.",
            "8,000",
            "Lloyd Austin",
        ),
        (
            "The NIS said 1,500 soldiers had arrived. They will be joined by 2,000 more.",
            "2,000",
            NIS,
        ),
        (
            "The minister said, citing the NIS, that 3,000 soldiers had arrived.",
            "3,000",
            "minister → National Intelligence Service (South Korea)",
        ),
        (
            "According to Yonhap, the NIS said that 3,000 soldiers had arrived.",
            "3,000",
            "Yonhap → National Intelligence Service (South Korea)",
        ),
        (
            "About 300 soldiers have moved, the Pentagon said, citing satellite images.",
            "300",
            "Pentagon → satellite images",
        ),
    ];
    check_sources(Lang::En, rows);
}

#[test]
fn english_rows_without_a_source() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Antony Blinken met 12 ministers in Brussels.",
            "12",
            "outlet",
        ),
        ("The Kremlin hosted 40 delegations.", "40", "outlet"),
        (
            "The report has been confirmed by 3 officials.",
            "3",
            "outlet",
        ),
        (
            "An estimated 10,000 soldiers are in Russia.",
            "10,000",
            "outlet",
        ),
        ("Daily reports of 30 ships have surfaced.", "30", "outlet"),
        (
            "The NIS did not say that 300 soldiers had left.",
            "300",
            "outlet",
        ),
        ("Kim is said to have sent 500 soldiers.", "500", "outlet"),
        (
            "The Pentagon said little.\n\nAbout 300 soldiers remain.",
            "300",
            "outlet",
        ),
        (
            "The Pentagon said the figure was wrong, but 300 soldiers remain.",
            "300",
            "outlet",
        ),
    ];
    check_sources(Lang::En, rows);
}

fn check_sources(lang: Lang, rows: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for (text, target, want) in rows {
        let claims = claims_at(lang, text, &[target]);
        let got = chain(&claims[0]);
        if got != *want {
            failures.push(format!("{text:?} [{target}]: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn figures_per_source_rows() {
    let rows: &[PerSourceRow] = &[
        (
            Lang::Fr,
            "Lyon : 20 000 selon la police, 45 000 selon les syndicats ; Marseille : 26 000 et 140 000 ; Toulouse : 36 000 et 50 000.",
            &[
                ("20 000", "police"),
                ("45 000", "unions"),
                ("26 000", "police"),
                ("140 000", "unions"),
                ("36 000", "police"),
                ("50 000", "unions"),
            ],
        ),
        (
            Lang::Fr,
            "Ils étaient 1,27 million de manifestants selon le ministère de l'Intérieur, 3,5 millions selon la CGT.",
            &[
                ("1,27 million", "Interior Ministry"),
                ("3,5 millions", "CGT"),
            ],
        ),
        (
            Lang::Fr,
            "À Paris, 80 000 selon la préfecture de police, 400 000 selon la CGT. À Lyon, 20 000 et 50 000.",
            &[
                ("80 000", "police"),
                ("400 000", "CGT"),
                ("20 000", "police"),
                ("50 000", "CGT"),
            ],
        ),
        (
            Lang::Fr,
            "À Paris, 80 000 selon la police, 400 000 selon la CGT. Plus de 200 cortèges ont défilé.",
            &[("200", "outlet")],
        ),
        (
            Lang::En,
            "In Marseille, 40,000 according to police and 205,000 according to unions; Nantes: 28,000 and 75,000.",
            &[
                ("40,000", "police"),
                ("205,000", "unions"),
                ("28,000", "police"),
                ("75,000", "unions"),
            ],
        ),
    ];
    for (lang, text, want) in rows {
        let targets: Vec<&str> = want.iter().map(|(t, _)| *t).collect();
        let claims = claims_at(*lang, text, &targets);
        let got: Vec<(&str, String)> = targets
            .iter()
            .zip(&claims)
            .map(|(t, c)| (*t, chain(c)))
            .collect();
        let want: Vec<(&str, String)> = want.iter().map(|(t, s)| (*t, s.to_string())).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn quotation_rows() {
    // (language, text, target, quoted, speaker, source chain)
    let rows: &[QuoteRow] = &[
        (
            Lang::Fr,
            "« Nous avons vu 500 soldats », a déclaré Mark Rutte.",
            "500",
            true,
            Some("Mark Rutte"),
            "Mark Rutte",
        ),
        (
            Lang::Fr,
            "Mark Rutte a déclaré : « 500 soldats sont arrivés ».",
            "500",
            true,
            Some("Mark Rutte"),
            "Mark Rutte",
        ),
        (
            Lang::Fr,
            "Kim Hong-kyun a exprimé « de sérieuses inquiétudes » sur 1 500 soldats.",
            "1 500",
            false,
            None,
            "Kim Hong-kyun",
        ),
        (
            Lang::Fr,
            "Kim Hong-kyun a évoqué « 1 500 soldats » déjà partis.",
            "1 500",
            true,
            Some("Kim Hong-kyun"),
            "Kim Hong-kyun",
        ),
        (
            Lang::Fr,
            "Mark Rutte a déclaré que l'alliance était prête. « Nous comptons 300 soldats. »",
            "300",
            true,
            Some("Mark Rutte"),
            "Mark Rutte",
        ),
        (
            Lang::Fr,
            "« Nous avons compté 300 soldats. Ils sont partis », a poursuivi Kim Hong-kyun.",
            "300",
            true,
            Some("Kim Hong-kyun"),
            "Kim Hong-kyun",
        ),
        (
            Lang::Fr,
            "Kim Hong-kyun a parlé. “Nous répondrons à 300 provocations”, a poursuivi Kim.",
            "300",
            true,
            Some("Kim Hong-kyun"),
            "Kim Hong-kyun",
        ),
        (
            Lang::Fr,
            "La CGT revendique « plus de 2 millions » de manifestants.",
            "2 millions",
            true,
            Some("CGT"),
            "CGT",
        ),
        (
            Lang::Fr,
            // "parler de" reports a figure: Kim speaks, the ministry relays him.
            "Selon le ministère sud-coréen des Affaires étrangères, Kim Hong-kyun a parlé de « 3 000 soldats ».",
            "3 000",
            true,
            Some("Kim Hong-kyun"),
            "Foreign Ministry (South Korea) → Kim Hong-kyun",
        ),
        (
            Lang::Fr,
            "Le ministre Kim Hong-kyun a exprimé « son inquiétude face à 3 000 soldats », a indiqué le ministère sud-coréen des Affaires étrangères.",
            "3 000",
            true,
            Some("Kim Hong-kyun"),
            "Foreign Ministry (South Korea) → Kim Hong-kyun",
        ),
        (
            Lang::Fr,
            "Un « contingent » de 300 soldats est parti.",
            "300",
            false,
            None,
            "outlet",
        ),
        (
            Lang::En,
            "Sabrina Singh said \"about 10,000 soldiers\" were in Russia.",
            "10,000",
            true,
            Some("Sabrina Singh"),
            "Sabrina Singh",
        ),
        (
            Lang::En,
            "Mark Rutte said „500 soldiers“ had arrived.",
            "500",
            true,
            Some("Mark Rutte"),
            "Mark Rutte",
        ),
        (
            Lang::En,
            "Lloyd Austin said: “We see 10,000 soldiers.”",
            "10,000",
            true,
            Some("Lloyd Austin"),
            "Lloyd Austin",
        ),
        (
            Lang::En,
            "Antony Blinken said the troops had moved. “There are 8,000 soldiers in Kursk,” he said.",
            "8,000",
            true,
            Some("Antony Blinken"),
            "Antony Blinken",
        ),
        (
            Lang::En,
            "“We have 500 soldiers there,” Kim Hong-kyun said.",
            "500",
            true,
            Some("Kim Hong-kyun"),
            "Kim Hong-kyun",
        ),
        (
            Lang::En,
            "The Pentagon said the troops had moved. “About 300 are in Kursk.”",
            "300",
            true,
            Some("Pentagon"),
            "Pentagon",
        ),
        (
            Lang::En,
            "A “small” group of 300 soldiers left.",
            "300",
            false,
            None,
            "outlet",
        ),
    ];
    let mut failures = Vec::new();
    for (lang, text, target, quoted, speaker, source) in rows {
        let c = &claims_at(*lang, text, &[target])[0];
        let got = (c.quoted, c.speaker.as_deref(), chain(c));
        let want = (*quoted, *speaker, source.to_string());
        if got != want {
            failures.push(format!("{text:?} [{target}]: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sources_carry_kind_country_and_affiliation() {
    use crate::claim::SourceKind;
    let c = &claims_at(Lang::Fr, "Selon Mark Rutte, 500 soldats sont là.", &["500"])[0];
    assert_eq!(c.source.kind, SourceKind::Person);
    assert_eq!(c.source.affiliation.as_deref(), Some("NATO"));
    assert_eq!(c.source.text, "Mark Rutte");
    let c = &claims_at(
        Lang::Fr,
        "Selon les renseignements sud-coréens, 500 soldats sont là.",
        &["500"],
    )[0];
    assert_eq!(c.source.kind, SourceKind::Intelligence);
    assert_eq!(c.source.country.as_deref(), Some("South Korea"));
    assert_eq!(c.source.text, "renseignements sud-coréens");
    let c = &claims_at(
        Lang::Fr,
        "Selon un diplomate, 500 soldats sont là.",
        &["500"],
    )[0];
    assert_eq!(c.source.kind, SourceKind::Unknown);
}

#[test]
fn source_rows_of_the_fixture_forms() {
    check_sources(
        Lang::Fr,
        &[
            (
                "D'après le Service national du renseignement (NIS) sud-coréen, 3 000 soldats sont partis.",
                "3 000",
                NIS,
            ),
            (
                "Le renseignement militaire ukrainien (HUR) affirme pour sa part que 500 officiers sont là.",
                "500",
                "Ukrainian military intelligence (HUR)",
            ),
            (
                "Le département d'État américain a pour sa part chiffré à 10 000 le nombre de soldats.",
                "10 000",
                "US Department of State",
            ),
            (
                "Le NIS évaluait à 1 500 le nombre de soldats partis.",
                "1 500",
                NIS,
            ),
            (
                "Pyongyang compte envoyer 12 000 soldats.",
                "12 000",
                "outlet",
            ),
            (
                "La CGT a compté 3 millions de manifestants, un record selon la centrale.",
                "3 millions",
                "CGT",
            ),
        ],
    );
    check_sources(
        Lang::En,
        &[
            (
                "The NIS said 1,500 had left. On Oct. 23, it told lawmakers that 3,000 soldiers had left.",
                "3,000",
                NIS,
            ),
            (
                "South Korea's National Intelligence Service said 1,500 troops had left.",
                "1,500",
                NIS,
            ),
            (
                "About 3,000 soldiers have left, South Korea's National Intelligence Service (NIS) told lawmakers, twice the figure it gave.",
                "3,000",
                NIS,
            ),
            (
                "Pentagon says 10,000 troops sent to Russia",
                "10,000",
                "Pentagon",
            ),
            (
                // No country in the text: none is made up (it was France's by default).
                "The Interior Ministry counted 1.27 million protesters.",
                "1.27 million",
                "Interior Ministry",
            ),
        ],
    );
}

#[test]
fn figures_of_a_verb_left_out() {
    let rows: &[PerSourceRow] = &[
        (
            Lang::Fr,
            "Dans la capitale, la préfecture de police a dénombré 81 000 manifestants, la CGT 700 000.",
            &[("81 000", "police"), ("700 000", "CGT")],
        ),
        (
            Lang::En,
            "In Paris, police counted 87,000 marchers, while the CGT claimed 500,000.",
            &[("87,000", "police"), ("500,000", "CGT")],
        ),
        (
            Lang::Fr,
            "La police a évalué la foule à 80 000 personnes, les organisateurs à plus de 100 000.",
            &[("80 000", "police"), ("plus de 100 000", "organisers")],
        ),
        (
            Lang::En,
            "Police put the crowd at 7,500, local media at about 12,000.",
            &[("7,500", "police"), ("about 12,000", "local media")],
        ),
        (
            Lang::It,
            "La polizia ha stimato circa 7.500 manifestanti, la stampa locale circa 12.000.",
            &[("circa 7.500", "police"), ("circa 12.000", "local media")],
        ),
        (
            Lang::Es,
            "La policía contó 7.500 manifestantes y los organizadores 12.000.",
            &[("7.500", "police"), ("12.000", "organisers")],
        ),
        (
            Lang::Pt,
            "A polícia estimou 7.500 manifestantes, os organizadores em 12 mil.",
            &[("7.500", "police"), ("12 mil", "organisers")],
        ),
        (
            // A second outcome of the same clause is not a second source.
            Lang::En,
            "Police said 20 people were killed and 30 injured.",
            &[("20", "police"), ("30", "police")],
        ),
    ];
    for (lang, text, want) in rows {
        let targets: Vec<&str> = want.iter().map(|(t, _)| *t).collect();
        let claims = claims_at(*lang, text, &targets);
        let got: Vec<String> = claims.iter().map(chain).collect();
        let want: Vec<String> = want.iter().map(|(_, s)| s.to_string()).collect();
        assert_eq!(got, want, "{text:?}");
    }
}
