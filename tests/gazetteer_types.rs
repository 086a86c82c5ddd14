//! The gazetteer's institutions named by their type (data/sources.tsv, section "Institutions
//! named by their type"): one canonical name per type whatever the language, a specific entry
//! still winning over the generic one, and no alias read in a word that means something else.

use claimdiff::extract::gazetteer::Gazetteer;

/// The built-in table, as the binary embeds it.
const TABLE: &str = include_str!("../data/sources.tsv");

/// The canonical name of every source named in `text`, in text order.
fn canonical_of(text: &str) -> Vec<String> {
    let g = Gazetteer::builtin();
    g.mentions(text)
        .into_iter()
        .map(|m| g.entry(m.entry).canonical.clone())
        .collect()
}

/// The lines of the section of types: (canonical, aliases), up to the first line with a country.
fn type_lines() -> Vec<(&'static str, Vec<&'static str>)> {
    TABLE
        .lines()
        .skip_while(|l| !l.starts_with("# Institutions named by their type"))
        .skip(1)
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .take_while(|cols| cols.len() == 5 && cols[2].is_empty())
        .map(|cols| (cols[0], cols[4].split('|').collect()))
        .collect()
}

/// Checks each row: the text names exactly these canonical sources.
fn check(rows: &[(&str, &[&str])]) {
    for (text, want) in rows {
        assert_eq!(canonical_of(text), *want, "{text:?}");
    }
}

#[test]
fn the_section_is_found_and_holds_the_types() {
    let names: Vec<&str> = type_lines().iter().map(|(c, _)| *c).collect();
    for wanted in [
        "Interior Ministry",
        "Foreign Ministry",
        "Emergencies Ministry",
        "disaster management authority",
        "provincial disaster management authority",
        "civil defence",
        "armed forces",
        "prosecutors",
        "railway operator",
        "state media",
        "WFP",
        "UN Human Rights Office",
    ] {
        assert!(names.contains(&wanted), "{wanted} missing from {names:?}");
    }
}

#[test]
fn every_alias_of_a_type_names_its_type_alone() {
    for (canonical, aliases) in type_lines() {
        for alias in aliases {
            assert_eq!(canonical_of(alias), [canonical], "{alias:?}");
        }
    }
}

#[test]
fn every_german_ministry_has_its_genitive() {
    for (canonical, aliases) in type_lines() {
        for alias in &aliases {
            if alias.ends_with("ministerium") && !alias.contains(' ') {
                let genitive = format!("{alias}s");
                assert!(
                    aliases.contains(&genitive.as_str()),
                    "{canonical}: {alias} without {genitive}"
                );
            }
        }
    }
}

#[test]
fn ministries_rows() {
    check(&[
        (
            "selon le ministère des Affaires étrangères",
            &["Foreign Ministry"],
        ),
        ("the foreign ministry said", &["Foreign Ministry"]),
        ("teilte das Außenministerium mit", &["Foreign Ministry"]),
        ("nach Angaben des Außenministeriums", &["Foreign Ministry"]),
        (
            "el Ministerio de Relaciones Exteriores",
            &["Foreign Ministry"],
        ),
        ("il ministero degli Esteri", &["Foreign Ministry"]),
        (
            "o Ministério dos Negócios Estrangeiros",
            &["Foreign Ministry"],
        ),
        // A specific entry keeps winning over the type.
        (
            "le ministère russe des Affaires étrangères",
            &["Foreign Ministry (Russia)"],
        ),
        (
            "the Ministry of Emergency Situations",
            &["Emergencies Ministry"],
        ),
        (
            "le ministère des Situations d'urgence",
            &["Emergencies Ministry"],
        ),
        (
            "das Katastrophenschutzministerium",
            &["Emergencies Ministry"],
        ),
        (
            "el Ministerio de Situaciones de Emergencia",
            &["Emergencies Ministry"],
        ),
        ("il ministero delle Emergenze", &["Emergencies Ministry"]),
        (
            "o Ministério das Situações de Emergência",
            &["Emergencies Ministry"],
        ),
        ("des Verteidigungsministeriums", &["Defence Ministry"]),
        ("des Innenministeriums", &["Interior Ministry"]),
        ("des Gesundheitsministeriums", &["Health Ministry"]),
    ]);
}

#[test]
fn disaster_bodies_rows() {
    check(&[
        (
            "the National Disaster Management Authority",
            &["disaster management authority"],
        ),
        (
            "l'autorité de gestion des catastrophes",
            &["disaster management authority"],
        ),
        (
            "die Katastrophenschutzbehörde",
            &["disaster management authority"],
        ),
        (
            "la autoridad de gestión de desastres",
            &["disaster management authority"],
        ),
        (
            "l'autorità per la gestione dei disastri",
            &["disaster management authority"],
        ),
        (
            "a Autoridade Nacional de Gestão de Desastres",
            &["disaster management authority"],
        ),
        (
            "the Provincial Disaster Management Authority",
            &["provincial disaster management authority"],
        ),
        (
            "der Provinzbehörde für Katastrophenschutz",
            &["provincial disaster management authority"],
        ),
        (
            "l'autorité provinciale de gestion des catastrophes",
            &["provincial disaster management authority"],
        ),
        ("the civil defence", &["civil defence"]),
        ("la Defesa Civil", &["civil defence"]),
        ("la defensa civil", &["civil defence"]),
        ("la protection civile", &["civil protection"]),
        ("des Katastrophenschutzes", &["civil protection"]),
        ("the State Emergency Service", &["State Emergency Service"]),
        ("the fire department", &["fire and rescue services"]),
        ("die Feuerwehren", &["fire and rescue services"]),
        ("i pompieri", &["fire and rescue services"]),
        ("the meteorological agency", &["meteorological agency"]),
        ("der Wetterdienst", &["meteorological agency"]),
        ("el servicio meteorológico", &["meteorological agency"]),
        ("l'istituto sismologico", &["seismological agency"]),
    ]);
}

#[test]
fn red_cross_rows() {
    check(&[
        ("das Rote Kreuz", &["Red Cross"]),
        ("des Roten Kreuzes", &["Red Cross"]),
        ("la Croce Rossa", &["Red Cross"]),
        ("the International Committee of the Red Cross", &["ICRC"]),
        ("le CICR", &["ICRC"]),
        (
            "International Federation of Red Cross and Red Crescent Societies",
            &["IFRC"],
        ),
    ]);
}

#[test]
fn security_justice_and_forensic_rows() {
    check(&[
        ("the army said", &["armed forces"]),
        ("nach Armeeangaben", &["armed forces"]),
        ("les forces armées", &["armed forces"]),
        ("el ejército", &["armed forces"]),
        ("l'esercito", &["armed forces"]),
        ("o exército", &["armed forces"]),
        ("l'armée ukrainienne", &["Ukrainian army"]),
        ("the navy", &["navy"]),
        ("a Marinha", &["navy"]),
        ("le parquet", &["prosecutors"]),
        ("die Staatsanwaltschaft", &["prosecutors"]),
        ("la Fiscalía", &["prosecutors"]),
        ("la Procura della Repubblica", &["prosecutors"]),
        ("o Ministério Público", &["prosecutors"]),
        ("the prosecutor's office", &["prosecutors"]),
        ("les enquêteurs", &["investigators"]),
        ("nach Angaben von Ermittlern", &["investigators"]),
        ("gli inquirenti", &["investigators"]),
        ("the coroner", &["forensic service"]),
        ("l'institut médico-légal", &["forensic service"]),
        ("die Gerichtsmedizin", &["forensic service"]),
        ("el Instituto de Medicina Legal", &["forensic service"]),
        ("the ombudsman", &["ombudsman"]),
        ("der Menschenrechtsbeauftragte", &["ombudsman"]),
        ("el defensor del pueblo", &["ombudsman"]),
        ("il difensore civico", &["ombudsman"]),
    ]);
}

#[test]
fn administrations_transport_and_media_rows() {
    check(&[
        ("the regional government", &["regional government"]),
        ("die Landesregierung", &["regional government"]),
        ("la giunta regionale", &["regional government"]),
        ("the district administration", &["district administration"]),
        ("das Landratsamt", &["district administration"]),
        ("la mairie", &["city hall"]),
        ("el ayuntamiento", &["city hall"]),
        ("a câmara municipal", &["city hall"]),
        ("the railways", &["railway operator"]),
        ("die Bahn", &["railway operator"]),
        ("les chemins de fer", &["railway operator"]),
        ("los ferrocarriles", &["railway operator"]),
        ("le ferrovie", &["railway operator"]),
        ("as ferrovias", &["railway operator"]),
        ("state television", &["state media"]),
        ("les médias d'État", &["state media"]),
        ("das Staatsfernsehen", &["state media"]),
        ("la televisión estatal", &["state media"]),
        ("la tv di Stato", &["state media"]),
        ("a televisão estatal", &["state media"]),
        // The named agency keeps its own entry.
        ("l'agence de presse officielle nord-coréenne", &["KCNA"]),
        ("local media", &["local media"]),
        ("die Lokalmedien", &["local media"]),
        ("la stampa locale", &["local media"]),
        ("a imprensa local", &["local media"]),
        ("the public broadcaster", &["public broadcaster"]),
    ]);
}

#[test]
fn united_nations_bodies_rows() {
    check(&[
        ("the World Food Programme", &["WFP"]),
        ("le Programme alimentaire mondial", &["WFP"]),
        ("das Welternährungsprogramm", &["WFP"]),
        ("the UN human rights office", &["UN Human Rights Office"]),
        ("le HCDH", &["UN Human Rights Office"]),
        ("el ACNUDH", &["UN Human Rights Office"]),
        ("das Nothilfebüro der Vereinten Nationen", &["OCHA"]),
        (
            "la Oficina de Coordinación de Asuntos Humanitarios",
            &["OCHA"],
        ),
        ("das UN-Kinderhilfswerk", &["UNICEF"]),
        ("das UN-Flüchtlingshilfswerk", &["UNHCR"]),
        ("l'Agenzia internazionale per l'energia atomica", &["IAEA"]),
    ]);
}

#[test]
fn words_that_mean_something_else_name_no_type() {
    check(&[
        // "armée" is also "armed" (and folds as German "Armee"): no bare "armée" or "Armee".
        ("une bande armée a été vue", &[]),
        // "procura" is also "search" in Portuguese and "tries" in Spanish.
        ("as equipas continuam à procura de desaparecidos", &[]),
        ("procura evitar el conflicto", &[]),
        // An activity, not a body.
        ("la gestion des catastrophes est critiquée", &[]),
        ("the railway line was cut", &[]),
        ("military vehicles", &[]),
        ("a rueda de prensa", &[]),
    ]);
}
