//! Italian rows: one phrase per row, with the exact counts, qualifiers, dates, datelines, sources
//! and stances it must yield.

use super::Lang::It;
use super::rows::{
    CountWant, DateWant, QualifierWant, SourceWant, approx, at_least, at_most, check_counts,
    check_datelines, check_dates, check_qualifiers, check_sources, exact, range, vague,
};
use crate::claim::Scope;

#[test]
#[rustfmt::skip]
fn italian_counts() {
    let rows: &[(&str, &[CountWant])] = &[
        // Digits: period for thousands, comma for decimals, "mila" for thousands.
        ("1.500 soldati", &[exact("1.500", 1500, "soldiers")]),
        ("12.000 soldati", &[exact("12.000", 12000, "soldiers")]),
        ("1500 soldati", &[exact("1500", 1500, "soldiers")]),
        ("1\u{A0}500 soldati", &[exact("1\u{A0}500", 1500, "soldiers")]),
        ("10 mila soldati", &[exact("10 mila", 10000, "soldiers")]),
        ("12mila soldati", &[exact("12mila", 12000, "soldiers")]),
        ("circa 10mila militari", &[approx("circa 10mila", 10000, "soldiers")]),
        ("1,5 milioni di militari", &[exact("1,5 milioni", 1_500_000, "soldiers")]),
        ("2 milioni di persone", &[exact("2 milioni", 2_000_000, "people")]),
        ("3.000 truppe", &[exact("3.000", 3000, "soldiers")]),
        ("10.000 militari", &[exact("10.000", 10000, "soldiers")]),
        ("500 combattenti", &[exact("500", 500, "fighters")]),
        ("200 missili", &[exact("200", 200, "missiles")]),
        ("30 morti", &[exact("30", 30, "deaths")]),
        ("40 feriti", &[exact("40", 40, "injured")]),
        ("5.000 manifestanti", &[exact("5.000", 5000, "protesters")]),
        ("1.500 soldati nordcoreani", &[exact("1.500", 1500, "soldiers")]),
        ("3.000 uomini al fronte", &[exact("3.000", 3000, "soldiers")]),
        ("12.000 nuovi soldati", &[exact("12.000", 12000, "soldiers")]),
        // Words.
        ("dodicimila soldati", &[exact("dodicimila", 12000, "soldiers")]),
        ("tremila soldati", &[exact("tremila", 3000, "soldiers")]),
        ("diecimila soldati", &[exact("diecimila", 10000, "soldiers")]),
        ("undicimila soldati", &[exact("undicimila", 11000, "soldiers")]),
        ("tremilacinquecento soldati", &[exact("tremilacinquecento", 3500, "soldiers")]),
        ("quattro brigate", &[exact("quattro", 4, "brigades")]),
        ("tre battaglioni", &[exact("tre", 3, "battalions")]),
        ("duecento missili", &[exact("duecento", 200, "missiles")]),
        ("dodici ufficiali", &[exact("dodici", 12, "officers")]),
        ("Dodicimila soldati", &[exact("Dodicimila", 12000, "soldiers")]),
        // Bounds and approximations.
        ("circa 3.000 soldati", &[approx("circa 3.000", 3000, "soldiers")]),
        ("quasi 3.000 soldati", &[approx("quasi 3.000", 3000, "soldiers")]),
        ("intorno ai 10.000 soldati", &[approx("intorno ai 10.000", 10000, "soldiers")]),
        ("all'incirca 8.000 soldati", &[approx("all'incirca 8.000", 8000, "soldiers")]),
        ("oltre 10.000 soldati", &[at_least("oltre 10.000", 10000, "soldiers")]),
        ("più di 2.000 soldati", &[at_least("più di 2.000", 2000, "soldiers")]),
        ("almeno 3.000 soldati", &[at_least("almeno 3.000", 3000, "soldiers")]),
        ("oltre i 10.000 soldati", &[at_least("oltre i 10.000", 10000, "soldiers")]),
        ("fino a 12.000 soldati", &[at_most("fino a 12.000", 12000, "soldiers")]),
        ("meno di 1.000 soldati", &[at_most("meno di 1.000", 1000, "soldiers")]),
        ("al massimo 500 soldati", &[at_most("al massimo 500", 500, "soldiers")]),
        ("3.000 o più soldati", &[at_least("3.000 o più", 3000, "soldiers")]),
        // Ranges.
        ("tra 10.000 e 12.000 soldati", &[range("tra 10.000 e 12.000", 10000, 12000, "soldiers")]),
        ("fra 10.000 e 12.000 soldati", &[range("fra 10.000 e 12.000", 10000, 12000, "soldiers")]),
        ("da 10.000 a 12.000 soldati", &[range("da 10.000 a 12.000", 10000, 12000, "soldiers")]),
        ("dai 10.000 ai 12.000 soldati", &[range("dai 10.000 ai 12.000", 10000, 12000, "soldiers")]),
        ("10.000-12.000 soldati", &[range("10.000-12.000", 10000, 12000, "soldiers")]),
        // Collective and vague quantities.
        ("una decina di paesi", &[approx("una decina", 10, "countries")]),
        ("un migliaio di soldati", &[approx("un migliaio", 1000, "soldiers")]),
        ("un centinaio di soldati", &[approx("un centinaio", 100, "soldiers")]),
        ("una dozzina di ufficiali", &[approx("una dozzina", 12, "officers")]),
        ("migliaia di soldati", &[vague("migliaia", 2000, 9999, "soldiers")]),
        ("centinaia di soldati", &[vague("centinaia", 200, 999, "soldiers")]),
        ("decine di missili", &[vague("decine", 20, 99, "missiles")]),
        ("alcune migliaia di soldati", &[vague("alcune migliaia", 2000, 9999, "soldiers")]),
        ("decine di migliaia di manifestanti", &[vague("decine di migliaia", 20000, 99999, "protesters")]),
        // Not counts.
        ("alle 14:30", &[]),
        ("alle 14.30", &[]),
        ("Ha 40 anni.", &[]),
        ("il 20 per cento dei soldati", &[]),
        ("l'articolo 4 del trattato", &[]),
        ("aerei d'attacco Su-25", &[]),
        ("10 milioni di euro", &[]),
        ("i due paesi", &[]),
        ("un soldato", &[]),
        ("nel 2023", &[]),
        ("tel. 06 1234 5678", &[]),
    ];
    check_counts(It, rows);
}

#[test]
#[rustfmt::skip]
fn italian_qualifiers() {
    let rows: &[QualifierWant] = &[
        ("La Corea del Nord ha inviato 1.500 soldati a Vladivostok.", Some("North Korea"), Some("Vladivostok"), None),
        ("Sono già 3.000 i soldati nordcoreani in Russia.", Some("North Korea"), Some("Russia"), Some(Scope::SoFar)),
        ("In totale Pyongyang vorrebbe inviare 12.000 soldati.", Some("North Korea"), None, Some(Scope::PlannedTotal)),
        ("Circa 8.000 soldati nordcoreani si trovano nella regione di Kursk.", Some("North Korea"), Some("Kursk"), None),
        ("Finora 10.000 soldati della Corea del Nord sono stati schierati in Russia.", Some("North Korea"), Some("Russia"), Some(Scope::SoFar)),
        ("In Ucraina combattono 11.000 soldati nordcoreani.", Some("North Korea"), Some("Ukraine"), None),
    ];
    check_qualifiers(It, rows);
}

const WED: &str = "2024-10-23";
const MON: &str = "2024-11-04";

#[test]
#[rustfmt::skip]
fn italian_dates() {
    let rows: &[(&str, &str, &[DateWant])] = &[
        // Absolute days, elided articles included.
        (WED, "Il 18 ottobre i servizi hanno riferito", &[("Il 18 ottobre", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "L'8 ottobre è stato segnalato", &[("L'8 ottobre", "2024-10-08", "2024-10-08", 'd')]),
        (WED, "La notizia dell'11 ottobre", &[("11 ottobre", "2024-10-11", "2024-10-11", 'd')]),
        (WED, "Sono arrivati il 18 ottobre 2024 in Russia.", &[("il 18 ottobre 2024", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "Il trattato firmato il 19/06/2024 a Pyongyang", &[("19/06/2024", "2024-06-19", "2024-06-19", 'd')]),
        (WED, "Il dato del 18.10.2024 è confermato", &[("18.10.2024", "2024-10-18", "2024-10-18", 'd')]),
        (MON, "Il 1º novembre ha incontrato Lavrov.", &[("Il 1º novembre", "2024-11-01", "2024-11-01", 'd')]),
        (WED, "I colloqui erano iniziati il 3 ott. 2023 a Mosca.", &[("il 3 ott. 2023", "2023-10-03", "2023-10-03", 'd')]),
        // Ranges and coordinated days.
        (WED, "dall'8 al 13 ottobre", &[("dall'8 al 13 ottobre", "2024-10-08", "2024-10-13", 'd')]),
        (WED, "dal 14 al 18 ottobre", &[("dal 14 al 18 ottobre", "2024-10-14", "2024-10-18", 'd')]),
        (WED, "tra l'8 e il 13 ottobre", &[("tra l'8 e il 13 ottobre", "2024-10-08", "2024-10-13", 'd')]),
        (WED, "il 22 e il 23 ottobre", &[("il 22", "2024-10-22", "2024-10-22", 'd'), ("il 23 ottobre", "2024-10-23", "2024-10-23", 'd')]),
        // Weekdays: the most recent one, today included.
        (WED, "Venerdì i servizi hanno riferito", &[("Venerdì", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "ha detto mercoledì", &[("mercoledì", "2024-10-23", "2024-10-23", 'd')]),
        (WED, "ha detto venerdì scorso", &[("venerdì scorso", "2024-10-18", "2024-10-18", 'd')]),
        (WED, "ha detto lo scorso lunedì", &[("lo scorso lunedì", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "lunedì sera", &[("lunedì sera", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "venerdì prossimo", &[("venerdì prossimo", "2024-10-25", "2024-10-25", 'd')]),
        (WED, "Il ministro dovrebbe arrivare venerdì a Mosca.", &[("venerdì", "2024-10-25", "2024-10-25", 'd')]),
        // Days, weeks, months and years relative to publication.
        (WED, "ieri", &[("ieri", "2024-10-22", "2024-10-22", 'd')]),
        (WED, "oggi", &[("oggi", "2024-10-23", "2024-10-23", 'd')]),
        (WED, "l'altro ieri", &[("l'altro ieri", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "ieri sera", &[("ieri sera", "2024-10-22", "2024-10-22", 'd')]),
        (WED, "due giorni fa", &[("due giorni fa", "2024-10-21", "2024-10-21", 'd')]),
        (WED, "la settimana scorsa", &[("la settimana scorsa", "2024-10-14", "2024-10-20", 'w')]),
        (WED, "la scorsa settimana", &[("la scorsa settimana", "2024-10-14", "2024-10-20", 'w')]),
        (WED, "questa settimana", &[("questa settimana", "2024-10-21", "2024-10-27", 'w')]),
        (WED, "il mese scorso", &[("il mese scorso", "2024-09-01", "2024-09-30", 'm')]),
        (WED, "l'anno scorso", &[("l'anno scorso", "2023-01-01", "2023-12-31", 'y')]),
        (WED, "quest'anno", &[("quest'anno", "2024-01-01", "2024-12-31", 'y')]),
        // Months and parts of months.
        (WED, "a giugno", &[("a giugno", "2024-06-01", "2024-06-30", 'm')]),
        (WED, "da agosto", &[("da agosto", "2024-08-01", "2024-08-31", 'm')]),
        (WED, "nel settembre 2023", &[("nel settembre 2023", "2023-09-01", "2023-09-30", 'm')]),
        (WED, "all'inizio di novembre", &[("all'inizio di novembre", "2024-11-01", "2024-11-10", 'm')]),
        (WED, "a fine ottobre", &[("a fine ottobre", "2024-10-21", "2024-10-31", 'm')]),
        (WED, "a metà ottobre", &[("a metà ottobre", "2024-10-11", "2024-10-20", 'm')]),
        (WED, "entro dicembre", &[("dicembre", "2024-12-01", "2024-12-31", 'm')]),
        (WED, "nel 2023", &[("nel 2023", "2023-01-01", "2023-12-31", 'y')]),
        // Days counted from an earlier date.
        (WED, "Il 18 ottobre è iniziato.\nDue giorni dopo, ne sono arrivati altri.", &[("Il 18 ottobre", "2024-10-18", "2024-10-18", 'd'), ("Due giorni dopo", "2024-10-20", "2024-10-20", 'd')]),
        (WED, "Il 18 ottobre è iniziato.\nIl giorno prima era tutto calmo.", &[("Il 18 ottobre", "2024-10-18", "2024-10-18", 'd'), ("Il giorno prima", "2024-10-17", "2024-10-17", 'd')]),
        (WED, "Il 18 ottobre è iniziato.\nL'indomani ne sono arrivati altri.", &[("Il 18 ottobre", "2024-10-18", "2024-10-18", 'd'), ("L'indomani", "2024-10-19", "2024-10-19", 'd')]),
        // Not dates.
        (WED, "la 3ª brigata", &[]),
        (WED, "alle 14:30", &[]),
        (WED, "1.500 soldati", &[]),
        (WED, "nel mare di Barents", &[]),
    ];
    check_dates(It, rows);
}

const NIS: &str = "National Intelligence Service (South Korea)";

#[test]
#[rustfmt::skip]
fn italian_sources_and_stances() {
    let rows: &[SourceWant] = &[
        // Who says it: "secondo", "stando a", "a detta di", subject and inverted verbs.
        ("Secondo il NIS, 1.500 soldati sono in Russia.", "1.500", NIS, "asserted"),
        ("Il NIS ha riferito che 1.500 soldati sono in Russia.", "1.500", NIS, "asserted"),
        ("Il Pentagono ha dichiarato che 10.000 soldati sono in Russia.", "10.000", "Pentagon", "asserted"),
        ("Circa 8.000 soldati sono a Kursk, ha detto Blinken.", "8.000", "Antony Blinken", "asserted"),
        ("Stando al Pentagono, 10.000 soldati sono in Russia.", "10.000", "Pentagon", "asserted"),
        ("A detta di Zelensky, 11.000 soldati sono a Kursk.", "11.000", "Volodymyr Zelensky", "asserted"),
        ("Blinken ha affermato che 8.000 soldati sono a Kursk.", "8.000", "Antony Blinken", "asserted"),
        ("Il NIS stima che 3.000 soldati sono in Russia.", "3.000", NIS, "asserted"),
        ("L'agenzia Yonhap, citando il NIS, riferisce che 12.000 soldati sono pronti.", "12.000", "Yonhap → National Intelligence Service (South Korea)", "asserted"),
        ("Il Dipartimento di Stato ha detto che 10.000 soldati sono a Kursk.", "10.000", "US Department of State", "asserted"),
        // Hedges: the conditional, "presunto", "secondo quanto riferito".
        ("1.500 soldati sarebbero stati inviati in Russia.", "1.500", "outlet", "hedged"),
        ("La Corea del Nord avrebbe inviato 1.500 soldati.", "1.500", "outlet", "hedged"),
        ("I presunti 1.500 soldati nordcoreani sono in Russia.", "1.500", "outlet", "hedged"),
        ("Secondo quanto riferito, 1.500 soldati sono in Russia.", "1.500", "outlet", "hedged"),
        ("Pyongyang potrebbe inviare 12.000 soldati.", "12.000", "outlet", "hedged"),
        ("Secondo il NIS, 1.500 soldati combatterebbero a Kursk.", "1.500", NIS, "hedged"),
        // Denials.
        ("Il Cremlino ha smentito l'invio di 1.500 soldati.", "1.500", "Kremlin", "denied by Kremlin"),
        ("Mosca nega che 1.500 soldati siano in Russia.", "1.500", "outlet", "denied by Kremlin"),
        ("Il Cremlino ha negato la presenza di 1.500 soldati.", "1.500", "Kremlin", "denied by Kremlin"),
        // Not confirmed.
        ("La NATO non ha confermato l'invio di 1.500 soldati.", "1.500", "NATO", "not confirmed by NATO"),
        ("Il Pentagono non ha confermato i 1.500 soldati.", "1.500", "Pentagon", "not confirmed by Pentagon"),
        ("Pyongyang non ha commentato l'invio di 1.500 soldati.", "1.500", "North Korea", "not confirmed by North Korea"),
        ("La notizia di 1.500 soldati è non confermata.", "1.500", "outlet", "not confirmed by outlet"),
    ];
    check_sources(It, rows);
}

#[test]
#[rustfmt::skip]
fn italian_datelines() {
    let rows: &[(&str, &str)] = &[
        ("Aggiornato il 25 ottobre 2024 alle 14:30\nTesto.", "2024-10-25T14:30"),
        ("Pubblicato il 25 ottobre 2024\nTesto.", "2024-10-25"),
        ("Pubblicato il 25/10/2024 alle ore 09:12\nTesto.", "2024-10-25T09:12"),
        ("Ultimo aggiornamento: 4 novembre 2024, 18:05\nTesto.", "2024-11-04T18:05"),
        ("Aggiornato il 1º novembre 2024\nTesto.", "2024-11-01"),
        ("25 ottobre 2024 - 14:30\nTesto.", "2024-10-25T14:30"),
        ("Pubblicato il 25 ottobre\nTesto.", ""),
        ("Il 18 ottobre il NIS ha annunciato il primo trasferimento di truppe.\nTesto.", ""),
        // A byline gives the date among its pieces.
        ("Titolo\n\ndi Mario Rossi – La Gazzetta, 20 luglio 2013\n\nTesto.", "2013-07-20"),
        ("Titolo\n\nLa Gazzetta | Esteri | Lettura: 4 min\n\nTesto.", ""),
    ];
    check_datelines(It, rows);
}

/// Nouns of disaster, accident and protest news count one concept in every language
/// ("fabbriche" are factories as "usines" and "Fabriken" are).
#[test]
#[rustfmt::skip]
fn italian_disaster_nouns() {
    let rows: &[(&str, &[CountWant])] = &[
        ("Tre fabbriche sono state distrutte.", &[exact("Tre", 3, "factories")]),
        ("Dodici ponti sono crollati.", &[exact("Dodici", 12, "bridges")]),
        ("300 volontari sono al lavoro.", &[exact("300", 300, "volunteers")]),
        ("25 ricoverati in ospedale.", &[exact("25", 25, "hospitalized")]),
        ("Cinque chiese danneggiate.", &[exact("Cinque", 5, "churches")]),
    ];
    check_counts(It, rows);
}
