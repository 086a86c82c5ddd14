//! German rows: one phrase per row, with the exact counts, qualifiers, dates, datelines, sources
//! and stances it must yield.

use super::Lang::De;
use super::rows::{
    CountWant, DateWant, QualifierWant, SourceWant, approx, at_least, at_most, check_counts,
    check_datelines, check_dates, check_qualifiers, check_sources, exact, range, vague,
};
use crate::claim::Scope;

#[test]
#[rustfmt::skip]
fn german_counts() {
    let rows: &[(&str, &[CountWant])] = &[
        // Digits: period for thousands, comma for decimals before a multiplier.
        ("1.500 Soldaten", &[exact("1.500", 1500, "soldiers")]),
        ("12.000 Soldaten", &[exact("12.000", 12000, "soldiers")]),
        ("1\u{202F}500 Soldaten", &[exact("1\u{202F}500", 1500, "soldiers")]),
        ("1500 Soldaten", &[exact("1500", 1500, "soldiers")]),
        ("1,5 Millionen Soldaten", &[exact("1,5 Millionen", 1_500_000, "soldiers")]),
        ("2 Millionen Menschen", &[exact("2 Millionen", 2_000_000, "people")]),
        ("1,2 Mio Einwohner", &[exact("1,2 Mio", 1_200_000, "inhabitants")]),
        ("12tausend Soldaten", &[exact("12tausend", 12000, "soldiers")]),
        ("3.000 Truppen", &[exact("3.000", 3000, "soldiers")]),
        ("10.000 Militärs", &[exact("10.000", 10000, "soldiers")]),
        ("500 Kämpfer", &[exact("500", 500, "fighters")]),
        ("200 Raketen", &[exact("200", 200, "missiles")]),
        ("30 Tote", &[exact("30", 30, "deaths")]),
        ("40 Verletzte", &[exact("40", 40, "injured")]),
        ("5.000 Demonstranten", &[exact("5.000", 5000, "protesters")]),
        ("1.500 nordkoreanische Soldaten", &[exact("1.500", 1500, "soldiers")]),
        ("1.500 Nordkoreaner wurden nach Russland verlegt", &[exact("1.500", 1500, "soldiers")]),
        ("3.000 Mann an die Front", &[exact("3.000", 3000, "soldiers")]),
        ("12.000 weitere Soldaten", &[exact("12.000", 12000, "soldiers")]),
        // Words, compounds included.
        ("zwölftausend Soldaten", &[exact("zwölftausend", 12000, "soldiers")]),
        ("dreitausendfünfhundert Soldaten", &[exact("dreitausendfünfhundert", 3500, "soldiers")]),
        ("zehntausend Soldaten", &[exact("zehntausend", 10000, "soldiers")]),
        ("elftausend Soldaten", &[exact("elftausend", 11000, "soldiers")]),
        ("dreitausend Soldaten", &[exact("dreitausend", 3000, "soldiers")]),
        ("vier Brigaden", &[exact("vier", 4, "brigades")]),
        ("drei Bataillone", &[exact("drei", 3, "battalions")]),
        ("zweihundert Raketen", &[exact("zweihundert", 200, "missiles")]),
        ("zwölf Offiziere", &[exact("zwölf", 12, "officers")]),
        ("Zwölftausend Soldaten", &[exact("Zwölftausend", 12000, "soldiers")]),
        // Bounds and approximations.
        ("rund 3.000 Soldaten", &[approx("rund 3.000", 3000, "soldiers")]),
        ("etwa 10.000 Soldaten", &[approx("etwa 10.000", 10000, "soldiers")]),
        ("ungefähr 8.000 Soldaten", &[approx("ungefähr 8.000", 8000, "soldiers")]),
        ("ca. 3.000 Soldaten", &[approx("ca. 3.000", 3000, "soldiers")]),
        ("knapp 10.000 Soldaten", &[approx("knapp 10.000", 10000, "soldiers")]),
        ("fast 3.000 Soldaten", &[approx("fast 3.000", 3000, "soldiers")]),
        ("schätzungsweise 10.000 Soldaten", &[approx("schätzungsweise 10.000", 10000, "soldiers")]),
        ("mehr als 2.000 Soldaten", &[at_least("mehr als 2.000", 2000, "soldiers")]),
        ("über 10.000 Soldaten", &[at_least("über 10.000", 10000, "soldiers")]),
        ("mindestens 3.000 Soldaten", &[at_least("mindestens 3.000", 3000, "soldiers")]),
        ("gut 10.000 Soldaten", &[at_least("gut 10.000", 10000, "soldiers")]),
        ("bis zu 12.000 Soldaten", &[at_most("bis zu 12.000", 12000, "soldiers")]),
        ("weniger als 1.000 Soldaten", &[at_most("weniger als 1.000", 1000, "soldiers")]),
        ("höchstens 500 Soldaten", &[at_most("höchstens 500", 500, "soldiers")]),
        ("3.000 oder mehr Soldaten", &[at_least("3.000 oder mehr", 3000, "soldiers")]),
        // Ranges.
        ("zwischen 10.000 und 12.000 Soldaten", &[range("zwischen 10.000 und 12.000", 10000, 12000, "soldiers")]),
        ("10.000 bis 12.000 Soldaten", &[range("10.000 bis 12.000", 10000, 12000, "soldiers")]),
        ("von 10.000 bis 12.000 Soldaten", &[range("von 10.000 bis 12.000", 10000, 12000, "soldiers")]),
        ("10.000-12.000 Soldaten", &[range("10.000-12.000", 10000, 12000, "soldiers")]),
        // Collective and vague quantities.
        ("ein Dutzend Offiziere", &[approx("ein Dutzend", 12, "officers")]),
        ("zwei Dutzend Offiziere", &[approx("zwei Dutzend", 24, "officers")]),
        ("mehrere tausend Soldaten", &[vague("mehrere tausend", 2000, 9999, "soldiers")]),
        ("Tausende Soldaten", &[vague("Tausende", 2000, 9999, "soldiers")]),
        ("Hunderte Soldaten", &[vague("Hunderte", 200, 999, "soldiers")]),
        ("Tausende von Soldaten", &[vague("Tausende", 2000, 9999, "soldiers")]),
        ("Zehntausende Demonstranten", &[vague("Zehntausende", 20000, 99999, "protesters")]),
        ("Dutzende Raketen", &[vague("Dutzende", 24, 119, "missiles")]),
        ("einige hundert Soldaten", &[vague("einige hundert", 200, 999, "soldiers")]),
        // Not counts.
        ("um 14:30 Uhr", &[]),
        ("Stand: 14 Uhr", &[]),
        ("Er ist 40 Jahre alt.", &[]),
        ("20 Prozent der Soldaten", &[]),
        ("nach Artikel 4 des Vertrags", &[]),
        ("Kampfjets vom Typ Su-25", &[]),
        ("10 Millionen Euro", &[]),
        ("die beiden Länder", &[]),
        ("ein Soldat", &[]),
        ("im Jahr 2023", &[]),
        ("Tel. 030 12 34 56 78", &[]),
    ];
    check_counts(De, rows);
}

#[test]
#[rustfmt::skip]
fn german_qualifiers() {
    let rows: &[QualifierWant] = &[
        ("Nordkorea hat 1.500 Soldaten nach Wladiwostok verlegt.", Some("North Korea"), Some("Vladivostok"), None),
        ("Bereits 3.000 nordkoreanische Soldaten sind in Russland.", Some("North Korea"), Some("Russia"), Some(Scope::SoFar)),
        ("Insgesamt will Pjöngjang 12.000 Soldaten entsenden.", Some("North Korea"), None, Some(Scope::PlannedTotal)),
        ("Rund 8.000 nordkoreanische Soldaten stehen in der Region Kursk.", Some("North Korea"), Some("Kursk"), None),
        ("Bisher sind 10.000 Soldaten aus Nordkorea im Osten Russlands stationiert.", Some("North Korea"), Some("Russia"), Some(Scope::SoFar)),
        ("In der Ukraine kämpfen 11.000 nordkoreanische Soldaten.", Some("North Korea"), Some("Ukraine"), None),
    ];
    check_qualifiers(De, rows);
}

const WED: &str = "2024-10-23";
const MON: &str = "2024-11-04";

#[test]
#[rustfmt::skip]
fn german_dates() {
    let rows: &[(&str, &str, &[DateWant])] = &[
        // Absolute days: the ordinal period, numeric dates, years.
        (WED, "Am 18. Oktober meldete der Geheimdienst", &[("Am 18. Oktober", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "Er kam am 18. Oktober 2024 in Russland an.", &[("am 18. Oktober 2024", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "Seit dem 18. Oktober", &[("dem 18. Oktober", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "Der Vertrag vom 19. Juni 2024", &[("19. Juni 2024", "2024-06-19", "2024-06-19", 'd')]),
        (WED, "Gemeldet am 18.10.2024 in Seoul", &[("18.10.2024", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "Die Gespräche hatten am 3. Okt. 2023 begonnen.", &[("am 3. Okt. 2023", "2023-10-03", "2023-10-03", 'd')]),
        (MON, "Am 1. November traf sie Lawrow.", &[("Am 1. November", "2024-11-01", "2024-11-01", 'd')]),
        // Ranges and coordinated days.
        (WED, "vom 8. bis 13. Oktober", &[("vom 8. bis 13. Oktober", "2024-10-08", "2024-10-13", 'd')]),
        (WED, "zwischen dem 8. und dem 13. Oktober", &[("zwischen dem 8. und dem 13. Oktober", "2024-10-08", "2024-10-13", 'd')]),
        (WED, "am 22. und 23. Oktober", &[("am 22.", "2024-10-22", "2024-10-22", 'd'), ("23. Oktober", "2024-10-23", "2024-10-23", 'd')]),
        // Weekdays: the most recent one, today included.
        (WED, "Am Freitag teilte der NIS mit", &[("Am Freitag", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "sagte er am Mittwoch", &[("am Mittwoch", "2024-10-23", "2024-10-23", 'd')]),
        (WED, "sagte er am vergangenen Freitag", &[("am vergangenen Freitag", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "sagte er letzten Montag", &[("letzten Montag", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "am Montagabend", &[("am Montagabend", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "am kommenden Freitag", &[("am kommenden Freitag", "2024-10-25", "2024-10-25", 'd')]),
        (WED, "Der Minister wird am Freitag in Moskau erwartet.", &[("am Freitag", "2024-10-25", "2024-10-25", 'd')]),
        // Days, weeks, months and years relative to publication.
        (WED, "gestern", &[("gestern", "2024-10-22", "2024-10-22", 'd')]),
        (WED, "heute", &[("heute", "2024-10-23", "2024-10-23", 'd')]),
        (WED, "vorgestern", &[("vorgestern", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "gestern Abend", &[("gestern Abend", "2024-10-22", "2024-10-22", 'd')]),
        (WED, "vor zwei Tagen", &[("vor zwei Tagen", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "letzte Woche", &[("letzte Woche", "2024-10-14", "2024-10-20", 'w')]),
        (WED, "in der vergangenen Woche", &[("vergangenen Woche", "2024-10-14", "2024-10-20", 'w')]),
        (WED, "vergangene Woche", &[("vergangene Woche", "2024-10-14", "2024-10-20", 'w')]),
        (WED, "diese Woche", &[("diese Woche", "2024-10-21", "2024-10-27", 'w')]),
        (WED, "im vergangenen Monat", &[("im vergangenen Monat", "2024-09-01", "2024-09-30", 'm')]),
        (WED, "letztes Jahr", &[("letztes Jahr", "2023-01-01", "2023-12-31", 'y')]),
        // Months and parts of months.
        (WED, "im Juni", &[("im Juni", "2024-06-01", "2024-06-30", 'm')]),
        (WED, "seit August", &[("seit August", "2024-08-01", "2024-08-31", 'm')]),
        (WED, "im September 2023", &[("im September 2023", "2023-09-01", "2023-09-30", 'm')]),
        (WED, "Anfang November", &[("Anfang November", "2024-11-01", "2024-11-10", 'm')]),
        (WED, "Ende Oktober", &[("Ende Oktober", "2024-10-21", "2024-10-31", 'm')]),
        (WED, "Mitte Oktober", &[("Mitte Oktober", "2024-10-11", "2024-10-20", 'm')]),
        (WED, "bis Dezember", &[("Dezember", "2024-12-01", "2024-12-31", 'm')]),
        (WED, "im Jahr 2023", &[("im Jahr 2023", "2023-01-01", "2023-12-31", 'y')]),
        // Days counted from an earlier date.
        (WED, "Am 18. Oktober begann es.\nZwei Tage später kamen mehr.", &[("Am 18. Oktober", "2024-10-18", "2024-10-18", 'd'), ("Zwei Tage später", "2024-10-20", "2024-10-20", 'd')]),
        (WED, "Am 18. Oktober begann es.\nAm Tag zuvor war es ruhig.", &[("Am 18. Oktober", "2024-10-18", "2024-10-18", 'd'), ("Am Tag zuvor", "2024-10-17", "2024-10-17", 'd')]),
        (WED, "Am 18. Oktober begann es.\nTags darauf kamen mehr.", &[("Am 18. Oktober", "2024-10-18", "2024-10-18", 'd'), ("Tags darauf", "2024-10-19", "2024-10-19", 'd')]),
        // Not dates.
        (WED, "Die 3. Brigade", &[]),
        (WED, "um 14:30 Uhr", &[]),
        (WED, "1.500 Soldaten", &[]),
        (WED, "am Morgen", &[]),
    ];
    check_dates(De, rows);
}

const NIS: &str = "National Intelligence Service (South Korea)";

#[test]
#[rustfmt::skip]
fn german_sources_and_stances() {
    let rows: &[SourceWant] = &[
        // Who says it: "laut", "nach Angaben", "zufolge", subject and inverted verbs.
        ("Laut NIS sind bereits 1.500 Soldaten in Russland.", "1.500", NIS, "asserted"),
        ("Nach Angaben des Pentagon sind 10.000 Soldaten in Russland.", "10.000", "Pentagon", "asserted"),
        ("Dem NIS zufolge wurden 1.500 Soldaten verlegt.", "1.500", NIS, "asserted"),
        ("Der NIS teilte am Freitag mit, dass 1.500 Soldaten verlegt wurden.", "1.500", NIS, "asserted"),
        ("Am Freitag teilte der NIS mit, dass 1.500 Soldaten verlegt wurden.", "1.500", NIS, "asserted"),
        ("Noch am 23. Oktober hatte der NIS erklärt, dass 3.000 Soldaten in Russland sind.", "3.000", NIS, "asserted"),
        ("Rund 8.000 Soldaten sind in Kursk, sagte Blinken.", "8.000", "Antony Blinken", "asserted"),
        ("Rund 8.000 Soldaten sind in Kursk, so Blinken.", "8.000", "Antony Blinken", "asserted"),
        ("Das Pentagon sprach von 10.000 Soldaten.", "10.000", "Pentagon", "asserted"),
        ("Selenskyj sagte, 11.000 Soldaten kämpfen in Kursk.", "11.000", "Volodymyr Zelensky", "asserted"),
        ("Nach Angaben von Selenskyj kämpfen 11.000 Soldaten in Kursk.", "11.000", "Volodymyr Zelensky", "asserted"),
        ("Yonhap berichtete unter Berufung auf den NIS, dass 12.000 Soldaten folgen.", "12.000", "Yonhap → National Intelligence Service (South Korea)", "asserted"),
        ("Das US-Außenministerium sprach von 10.000 Soldaten in Kursk.", "10.000", "US Department of State", "asserted"),
        // The subjunctive I of reported speech reports without doubting.
        ("Blinken sagte, rund 8.000 Soldaten seien in Kursk.", "8.000", "Antony Blinken", "asserted"),
        ("Es seien 1.500 Soldaten verlegt worden.", "1.500", "outlet", "asserted"),
        ("Pjöngjang wolle 12.000 Soldaten schicken.", "12.000", "outlet", "asserted"),
        ("Es könnten 1.500 Soldaten sein.", "1.500", "outlet", "hedged"),
        // Hedges: "sollen", "angeblich", "mutmaßlich", "könnte".
        ("1.500 Soldaten sollen in Russland sein.", "1.500", "outlet", "hedged"),
        ("Angeblich sind 1.500 Soldaten in Russland.", "1.500", "outlet", "hedged"),
        ("Die mutmaßlich 1.500 Soldaten sind in Russland.", "1.500", "outlet", "hedged"),
        ("Vermutlich sind 1.500 Soldaten in Russland.", "1.500", "outlet", "hedged"),
        // Denials.
        ("Der Kreml dementierte, dass 1.500 Soldaten in Russland sind.", "1.500", "outlet", "denied by Kremlin"),
        ("Der Kreml bestritt die Berichte über 1.500 Soldaten.", "1.500", "Kremlin", "denied by Kremlin"),
        ("Moskau bestreitet, dass 1.500 Soldaten in Russland sind.", "1.500", "outlet", "denied by Kremlin"),
        ("Der Kreml wies die Berichte über 1.500 Soldaten zurück.", "1.500", "Kremlin", "denied by Kremlin"),
        // Not confirmed.
        ("Das Pentagon hat die Entsendung von 1.500 Soldaten nicht bestätigt.", "1.500", "Pentagon", "not confirmed by Pentagon"),
        ("Das Pentagon bestätigte die Zahl von 1.500 Soldaten nicht.", "1.500", "Pentagon", "not confirmed by Pentagon"),
        ("Die Angaben über 1.500 Soldaten sind unbestätigt.", "1.500", "outlet", "not confirmed by outlet"),
        ("Die Angaben über 1.500 Soldaten sind nicht bestätigt.", "1.500", "outlet", "not confirmed by outlet"),
    ];
    check_sources(De, rows);
}

#[test]
#[rustfmt::skip]
fn german_datelines() {
    let rows: &[(&str, &str)] = &[
        ("Stand: 25.10.2024 14:30 Uhr\nText.", "2024-10-25T14:30"),
        ("Veröffentlicht am 25.10.2024\nText.", "2024-10-25"),
        ("Veröffentlicht am 25. Oktober 2024, 09:12 Uhr\nText.", "2024-10-25T09:12"),
        ("Aktualisiert am 28.10.2024 um 18:05 Uhr\nText.", "2024-10-28T18:05"),
        ("Zuletzt aktualisiert: 4. November 2024\nText.", "2024-11-04"),
        ("25.10.2024, 14:30 Uhr\nText.", "2024-10-25T14:30"),
        ("Stand: 25. Oktober\nText.", ""),
        ("Am 18. Oktober meldete der NIS den Beginn der Verlegung.\nText.", ""),
    ];
    check_datelines(De, rows);
}

/// Nouns of disaster, accident and protest news count one concept in every language
/// ("Fabriken" are factories as "usines" and "fábricas" are).
#[test]
#[rustfmt::skip]
fn german_disaster_nouns() {
    let rows: &[(&str, &[CountWant])] = &[
        ("Drei Fabriken wurden zerstört.", &[exact("Drei", 3, "factories")]),
        ("72 Kesselwagen entgleisten.", &[exact("72", 72, "carriages")]),
        ("Zwölf Brücken stürzten ein.", &[exact("Zwölf", 12, "bridges")]),
        ("40 Geschäfte wurden geplündert.", &[exact("40", 40, "shops")]),
        ("Mehr als 300 Freiwillige halfen.", &[at_least("Mehr als 300", 300, "volunteers")]),
        ("Sechs U-Boote liefen aus.", &[exact("Sechs", 6, "submarines")]),
        ("15 Lkw wurden blockiert.", &[exact("15", 15, "trucks")]),
    ];
    check_counts(De, rows);
}
