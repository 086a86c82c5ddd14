//! Table-driven tests: one row per phrase, language and publication date.

use jiff::civil::Date;

use super::*;
use crate::claim::Claim;
use crate::segment::Sentence;
use crate::{Options, ingest};

/// A document whose lines are the sentences of one paragraph (the tests do not depend on the
/// sentence splitter).
fn document(lang: Lang, published: Option<&str>, text: &str) -> (Document, Vec<Sentence>) {
    let options = Options {
        lang: Some(lang),
        date: published.map(|p| p.parse().unwrap()),
        aliases: None,
    };
    let doc = ingest::from_text("row.txt", text, &options).unwrap();
    let mut sentences = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end().len();
        sentences.push(Sentence {
            start,
            end,
            paragraph: 0,
            index: sentences.len(),
            heading: false,
        });
        start += line.len();
    }
    (doc, sentences)
}

fn date_claims(lang: Lang, published: Option<&str>, text: &str) -> Vec<Claim> {
    let (doc, sentences) = document(lang, published, text);
    extract(&doc, &sentences, lang.data())
}

/// (text as written, start, end, granularity d/w/m/y); start "" when unresolved.
type Want = (&'static str, &'static str, &'static str, char);

fn show(claims: &[Claim]) -> Vec<(String, String, String, char)> {
    claims
        .iter()
        .map(|c| {
            let d = c.date.as_ref().unwrap();
            let g = match d.granularity {
                Granularity::Day => 'd',
                Granularity::Week => 'w',
                Granularity::Month => 'm',
                Granularity::Year => 'y',
            };
            let s = |x: Option<Date>| x.map(|x| x.to_string()).unwrap_or_default();
            (d.text.clone(), s(d.start), s(d.end), g)
        })
        .collect()
}

fn check(rows: &[(Lang, Option<&str>, &str, &[Want])]) {
    for (lang, published, text, want) in rows {
        let got = show(&date_claims(*lang, *published, text));
        let want: Vec<(String, String, String, char)> = want
            .iter()
            .map(|(t, s, e, g)| (t.to_string(), s.to_string(), e.to_string(), *g))
            .collect();
        assert_eq!(got, want, "{lang} {published:?} {text:?}");
    }
}

const WED: Option<&str> = Some("2024-10-23");
const MON: Option<&str> = Some("2024-10-28");
const NONE: Option<&str> = None;

#[test]
#[rustfmt::skip]
fn french_rows() {
    use Lang::Fr;
    let rows: &[(Lang, Option<&str>, &str, &[Want])] = &[
        // Weekdays: the most recent one strictly before publication, unless told otherwise.
        (Fr, WED, "Ils ont annoncé vendredi que", &[("vendredi", "2024-10-18", "2024-10-18", 'd')]),
        (Fr, WED, "Il est arrivé mercredi.", &[("mercredi", "2024-10-23", "2024-10-23", 'd')]),
        (Fr, WED, "Il est arrivé mardi.", &[("mardi", "2024-10-22", "2024-10-22", 'd')]),
        (Fr, WED, "Il est arrivé mercredi dernier.", &[("mercredi dernier", "2024-10-16", "2024-10-16", 'd')]),
        (Fr, WED, "Il doit arriver vendredi.", &[("vendredi", "2024-10-25", "2024-10-25", 'd')]),
        (Fr, WED, "Il a dit qu'il part vendredi.", &[("vendredi", "2024-10-18", "2024-10-18", 'd')]),
        (Fr, Some("2024-11-01"), "Ils ont parlé ce vendredi 1er novembre.", &[("ce vendredi 1er novembre", "2024-11-01", "2024-11-01", 'd')]),
        (Fr, WED, "Ils partiront ce vendredi.", &[("ce vendredi", "2024-10-25", "2024-10-25", 'd')]),
        (Fr, WED, "Il a parlé vendredi dernier.", &[("vendredi dernier", "2024-10-18", "2024-10-18", 'd')]),
        (Fr, WED, "Ils partiront vendredi prochain.", &[("vendredi prochain", "2024-10-25", "2024-10-25", 'd')]),
        (Fr, WED, "Il a parlé lundi soir.", &[("lundi soir", "2024-10-21", "2024-10-21", 'd')]),
        // Days relative to publication.
        (Fr, WED, "Il est parti hier.", &[("hier", "2024-10-22", "2024-10-22", 'd')]),
        (Fr, WED, "Il est parti avant-hier.", &[("avant-hier", "2024-10-21", "2024-10-21", 'd')]),
        (Fr, WED, "Il part aujourd’hui.", &[("aujourd’hui", "2024-10-23", "2024-10-23", 'd')]),
        (Fr, WED, "Il part demain.", &[("demain", "2024-10-24", "2024-10-24", 'd')]),
        (Fr, WED, "Il a parlé hier soir.", &[("hier soir", "2024-10-22", "2024-10-22", 'd')]),
        (Fr, WED, "Il y a eu des tirs il y a deux jours.", &[("il y a deux jours", "2024-10-21", "2024-10-21", 'd')]),
        // Weeks, months and years relative to publication.
        (Fr, WED, "Ils sont arrivés la semaine dernière.", &[("la semaine dernière", "2024-10-14", "2024-10-20", 'w')]),
        (Fr, WED, "Ils arrivent cette semaine.", &[("cette semaine", "2024-10-21", "2024-10-27", 'w')]),
        (Fr, WED, "Ils sont arrivés le mois dernier.", &[("le mois dernier", "2024-09-01", "2024-09-30", 'm')]),
        (Fr, WED, "Il a signé l'an dernier.", &[("l'an dernier", "2023-01-01", "2023-12-31", 'y')]),
        (Fr, WED, "Il a signé l’année dernière.", &[("l’année dernière", "2023-01-01", "2023-12-31", 'y')]),
        // Months without a year: the most recent one, or the next month.
        (Fr, WED, "Lors d'un sommet en juin, ils", &[("en juin", "2024-06-01", "2024-06-30", 'm')]),
        (Fr, WED, "Ils arriveront en novembre.", &[("en novembre", "2024-11-01", "2024-11-30", 'm')]),
        (Fr, WED, "Ils arriveront début novembre.", &[("début novembre", "2024-11-01", "2024-11-10", 'm')]),
        (Fr, WED, "Ils arriveront fin octobre.", &[("fin octobre", "2024-10-21", "2024-10-31", 'm')]),
        (Fr, WED, "Ils sont arrivés à la mi-octobre.", &[("mi-octobre", "2024-10-11", "2024-10-20", 'm')]),
        (Fr, WED, "Ils partiront à la fin du mois d’octobre.", &[("fin du mois d’octobre", "2024-10-21", "2024-10-31", 'm')]),
        (Fr, WED, "Ils sont arrivés en octobre 2023.", &[("en octobre 2023", "2023-10-01", "2023-10-31", 'm')]),
        (Fr, WED, "Ils sont là depuis août.", &[("depuis août", "2024-08-01", "2024-08-31", 'm')]),
        (Fr, WED, "Ils sont arrivés au mois de mai.", &[("au mois de mai", "2024-05-01", "2024-05-31", 'm')]),
        // Absolute days; a missing year is the most recent, up to a week ahead.
        (Fr, WED, "Ils sont arrivés le 18 octobre.", &[("le 18 octobre", "2024-10-18", "2024-10-18", 'd')]),
        (Fr, WED, "Ils arriveront le 28 octobre.", &[("le 28 octobre", "2024-10-28", "2024-10-28", 'd')]),
        (Fr, WED, "Ils viendront le 5 novembre.", &[("le 5 novembre", "2024-11-05", "2024-11-05", 'd')]),
        (Fr, WED, "Ils sont venus le 15 novembre.", &[("le 15 novembre", "2023-11-15", "2023-11-15", 'd')]),
        (Fr, WED, "Ils seront là le 15 novembre.", &[("le 15 novembre", "2024-11-15", "2024-11-15", 'd')]),
        (Fr, WED, "Ils seront 10 000 d'ici décembre.", &[("décembre", "2024-12-01", "2024-12-31", 'm')]),
        (Fr, WED, "Ils sont venus en décembre.", &[("en décembre", "2023-12-01", "2023-12-31", 'm')]),
        (Fr, MON, "Ils arriveront le 1er novembre.", &[("le 1er novembre", "2024-11-01", "2024-11-01", 'd')]),
        (Fr, WED, "Publiée le 21 octobre 2024 par", &[("le 21 octobre 2024", "2024-10-21", "2024-10-21", 'd')]),
        (Fr, WED, "Il a parlé lundi 21 octobre.", &[("lundi 21 octobre", "2024-10-21", "2024-10-21", 'd')]),
        (Fr, WED, "Ils ont signé le 3 mai 2023.", &[("le 3 mai 2023", "2023-05-03", "2023-05-03", 'd')]),
        (Fr, WED, "Ils ont signé le 3 janv. 2023.", &[("le 3 janv. 2023", "2023-01-03", "2023-01-03", 'd')]),
        // Ranges and coordinated dates.
        (Fr, WED, "Ils ont tiré entre le 8 et le 13 octobre.", &[("entre le 8 et le 13 octobre", "2024-10-08", "2024-10-13", 'd')]),
        (Fr, WED, "Ils ont tiré du 8 au 13 octobre.", &[("du 8 au 13 octobre", "2024-10-08", "2024-10-13", 'd')]),
        (Fr, WED, "Ils ont tiré les 8-13 octobre.", &[("les 8-13 octobre", "2024-10-08", "2024-10-13", 'd')]),
        (Fr, WED, "Ils resteront du 28 octobre au 2 novembre 2024.", &[("du 28 octobre au 2 novembre 2024", "2024-10-28", "2024-11-02", 'd')]),
        (Fr, WED, "Ils resteront du 28 décembre au 3 janvier 2025.", &[("du 28 décembre au 3 janvier 2025", "2024-12-28", "2025-01-03", 'd')]),
        (Fr, Some("2023-03-01"), "Ils ont défilé mardi 7 et samedi 11 février.", &[("mardi 7", "2023-02-07", "2023-02-07", 'd'), ("samedi 11 février", "2023-02-11", "2023-02-11", 'd')]),
        (Fr, Some("2023-03-01"), "Ils ont défilé les 7 et 11 février.", &[("les 7", "2023-02-07", "2023-02-07", 'd'), ("11 février", "2023-02-11", "2023-02-11", 'd')]),
        // Numeric dates, day first; impossible readings rejected.
        (Fr, WED, "Il est né le 21/10/2024 à Séoul.", &[("21/10/2024", "2024-10-21", "2024-10-21", 'd')]),
        (Fr, WED, "Il est né le 21.10.2024 à Séoul.", &[("21.10.2024", "2024-10-21", "2024-10-21", 'd')]),
        (Fr, WED, "Rapport du 2024-10-21 sur", &[("2024-10-21", "2024-10-21", "2024-10-21", 'd')]),
        (Fr, WED, "Il est né le 32/10/2024 à Séoul.", &[]),
        (Fr, WED, "Il est né le 13/13/2024 à Séoul.", &[]),
        (Fr, WED, "Il est né le 10/21/2024 à Séoul.", &[]),
        // Years used as dates.
        (Fr, WED, "Ils ont signé en 2023 un traité.", &[("en 2023", "2023-01-01", "2023-12-31", 'y')]),
        (Fr, WED, "Ils sont alliés depuis 2022.", &[("depuis 2022", "2022-01-01", "2022-12-31", 'y')]),
        // Relative to an earlier date of the paragraph.
        (Fr, WED, "Ils sont partis le 18 octobre.\nCinq jours plus tard, ils sont arrivés.", &[("le 18 octobre", "2024-10-18", "2024-10-18", 'd'), ("Cinq jours plus tard", "2024-10-23", "2024-10-23", 'd')]),
        (Fr, WED, "Ils sont partis le 18 octobre.\nLe lendemain, ils ont tiré.", &[("le 18 octobre", "2024-10-18", "2024-10-18", 'd'), ("Le lendemain", "2024-10-19", "2024-10-19", 'd')]),
        (Fr, WED, "Ils sont partis le 18 octobre, la veille, ils avaient tiré.", &[("le 18 octobre", "2024-10-18", "2024-10-18", 'd'), ("la veille", "2024-10-17", "2024-10-17", 'd')]),
        (Fr, WED, "Ils ont tiré du 8 au 13 octobre, puis deux jours après.", &[("du 8 au 13 octobre", "2024-10-08", "2024-10-13", 'd'), ("deux jours après", "2024-10-15", "2024-10-15", 'd')]),
        (Fr, WED, "Ils sont partis le 18 octobre.\nLe même jour, ils ont tiré.", &[("le 18 octobre", "2024-10-18", "2024-10-18", 'd'), ("Le même jour", "2024-10-18", "2024-10-18", 'd')]),
        (Fr, WED, "Ils sont partis le 18 octobre, la veille du sommet.", &[("le 18 octobre", "2024-10-18", "2024-10-18", 'd')]),
        (Fr, WED, "Le lendemain, ils ont tiré.", &[("Le lendemain", "", "", 'd')]),
        // Without a publication date: relative dates and missing years stay unresolved.
        (Fr, NONE, "Ils ont annoncé vendredi que", &[("vendredi", "", "", 'd')]),
        (Fr, NONE, "Ils sont arrivés le 18 octobre.", &[("le 18 octobre", "", "", 'd')]),
        (Fr, NONE, "Ils sont arrivés le 18 octobre 2024.", &[("le 18 octobre 2024", "2024-10-18", "2024-10-18", 'd')]),
        // Without a publication date, the latest year of a full date places the dates written
        // without one; a day of the week stays unresolved.
        (Fr, NONE, "En août 2024, ils sont arrivés. Le 18 octobre, ils sont repartis vendredi.", &[("En août 2024", "2024-08-01", "2024-08-31", 'm'), ("Le 18 octobre", "2024-10-18", "2024-10-18", 'd'), ("vendredi", "", "", 'd')]),
        (Fr, NONE, "En janvier 2024, ils sont arrivés. Le 5 janvier, ils sont repartis.", &[("En janvier 2024", "2024-01-01", "2024-01-31", 'm'), ("Le 5 janvier", "2024-01-05", "2024-01-05", 'd')]),
        // Not dates.
        (Fr, WED, "Il y a 1 500 soldats.", &[]),
        (Fr, WED, "Il y a sept soldats et 1.500 marins.", &[]),
        (Fr, WED, "Le texte est daté à 13 h 07.", &[]),
        (Fr, WED, "Le 1er ministre a parlé.", &[]),
        (Fr, WED, "Ils ont élargi leurs relations ces dernières années.", &[]),
        (Fr, WED, "Ils ont vendu 2 000 000 fusils en 2 jours.", &[]),
    ];
    check(rows);
}

#[test]
#[rustfmt::skip]
fn english_rows() {
    use Lang::En;
    let rows: &[(Lang, Option<&str>, &str, &[Want])] = &[
        // Weekdays.
        (En, MON, "Seoul announced on Friday that", &[("on Friday", "2024-10-25", "2024-10-25", 'd')]),
        (En, MON, "Seoul announced Friday that", &[("Friday", "2024-10-25", "2024-10-25", 'd')]),
        (En, MON, "He spoke on Monday.", &[("on Monday", "2024-10-28", "2024-10-28", 'd')]),
        (En, MON, "He spoke on Sunday.", &[("on Sunday", "2024-10-27", "2024-10-27", 'd')]),
        (En, MON, "He spoke last Monday.", &[("last Monday", "2024-10-21", "2024-10-21", 'd')]),
        (En, Some("2024-10-31"), "Choe is due in Moscow on Friday for talks.", &[("on Friday", "2024-11-01", "2024-11-01", 'd')]),
        (En, MON, "The agency expects 10,000 by December.", &[("December", "2024-12-01", "2024-12-31", 'm')]),
        (En, MON, "They met on Oct. 21.\nThe same day, they signed.", &[("on Oct. 21", "2024-10-21", "2024-10-21", 'd'), ("The same day", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "He spoke last Friday.", &[("last Friday", "2024-10-25", "2024-10-25", 'd')]),
        (En, MON, "He will speak next Friday.", &[("next Friday", "2024-11-01", "2024-11-01", 'd')]),
        (En, MON, "He will speak this Friday.", &[("this Friday", "2024-11-01", "2024-11-01", 'd')]),
        (En, MON, "He spoke Sunday night.", &[("Sunday night", "2024-10-27", "2024-10-27", 'd')]),
        // Relative to publication.
        (En, MON, "He left yesterday.", &[("yesterday", "2024-10-27", "2024-10-27", 'd')]),
        (En, MON, "He leaves today.", &[("today", "2024-10-28", "2024-10-28", 'd')]),
        (En, MON, "He leaves tomorrow.", &[("tomorrow", "2024-10-29", "2024-10-29", 'd')]),
        (En, MON, "He left the day before yesterday.", &[("the day before yesterday", "2024-10-26", "2024-10-26", 'd')]),
        (En, MON, "Troops arrived three days ago.", &[("three days ago", "2024-10-25", "2024-10-25", 'd')]),
        (En, MON, "Troops arrived last week.", &[("last week", "2024-10-21", "2024-10-27", 'w')]),
        (En, MON, "Troops arrive this week.", &[("this week", "2024-10-28", "2024-11-03", 'w')]),
        (En, MON, "Troops arrived last month.", &[("last month", "2024-09-01", "2024-09-30", 'm')]),
        (En, MON, "They signed last year.", &[("last year", "2023-01-01", "2023-12-31", 'y')]),
        // Months.
        (En, MON, "At a summit in June, they", &[("in June", "2024-06-01", "2024-06-30", 'm')]),
        (En, MON, "In May, they met.", &[("In May", "2024-05-01", "2024-05-31", 'm')]),
        (En, MON, "They arrive in early November.", &[("early November", "2024-11-01", "2024-11-10", 'm')]),
        (En, MON, "They arrived in late October.", &[("late October", "2024-10-21", "2024-10-31", 'm')]),
        (En, MON, "They arrived in mid-October.", &[("mid-October", "2024-10-11", "2024-10-20", 'm')]),
        (En, MON, "They leave by the end of October.", &[("end of October", "2024-10-21", "2024-10-31", 'm')]),
        (En, MON, "They arrived in October 2023.", &[("in October 2023", "2023-10-01", "2023-10-31", 'm')]),
        // Days.
        (En, MON, "It was updated on Oct. 21, 2024 by", &[("on Oct. 21, 2024", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "They arrived October 21 in Russia.", &[("October 21", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "They arrived on 21 October 2024.", &[("on 21 October 2024", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "He spoke Monday, Oct. 21, in Seoul.", &[("Monday, Oct. 21", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "He spoke on the 21st of October.", &[("on the 21st of October", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "They arrive Nov. 2.", &[("Nov. 2", "2024-11-02", "2024-11-02", 'd')]),
        (En, MON, "They arrived Nov. 12.", &[("Nov. 12", "2023-11-12", "2023-11-12", 'd')]),
        // Ranges and coordination.
        (En, MON, "Drills ran October 8-13 near", &[("October 8-13", "2024-10-08", "2024-10-13", 'd')]),
        (En, MON, "Drills ran between Oct. 8 and 13.", &[("between Oct. 8 and 13", "2024-10-08", "2024-10-13", 'd')]),
        (En, MON, "Drills run from October 28 to November 2.", &[("from October 28 to November 2", "2024-10-28", "2024-11-02", 'd')]),
        (En, MON, "They met October 7 and 11.", &[("October 7", "2024-10-07", "2024-10-07", 'd'), ("11", "2024-10-11", "2024-10-11", 'd')]),
        // Numeric dates, month first.
        (En, MON, "Filed 10/21/2024 in Seoul.", &[("10/21/2024", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "Filed 2024-10-21 in Seoul.", &[("2024-10-21", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "Filed 21/10/2024 in Seoul.", &[]),
        // Years.
        (En, MON, "They signed a treaty in 2023.", &[("in 2023", "2023-01-01", "2023-12-31", 'y')]),
        // Relative to an earlier date.
        (En, MON, "They left on Oct. 21.\nTwo days later, they arrived.", &[("on Oct. 21", "2024-10-21", "2024-10-21", 'd'), ("Two days later", "2024-10-23", "2024-10-23", 'd')]),
        (En, MON, "They left on Oct. 21.\nThe next day, they arrived.", &[("on Oct. 21", "2024-10-21", "2024-10-21", 'd'), ("The next day", "2024-10-22", "2024-10-22", 'd')]),
        (En, MON, "They left on Oct. 21, a week before the summit.", &[("on Oct. 21", "2024-10-21", "2024-10-21", 'd')]),
        (En, MON, "They left on Oct. 21, the day before the summit.", &[("on Oct. 21", "2024-10-21", "2024-10-21", 'd')]),
        // Not dates.
        (En, MON, "Troops may arrive soon.", &[]),
        (En, MON, "They march on two roads.", &[]),
        (En, MON, "The update came at 4:02 PM.", &[]),
        (En, MON, "Some 1,500 troops and 12,000 more.", &[]),
        (En, MON, "The Sun reported it.", &[]),
        (En, NONE, "Seoul announced on Friday that", &[("on Friday", "", "", 'd')]),
    ];
    check(rows);
}

/// A weekday with its day of the month, the month left out, is the nearest such day; a street
/// named after a date is no date; a count up to a weekday looks back.
#[test]
#[rustfmt::skip]
fn weekday_days_streets_and_counts_up_to_a_day() {
    let sat: Option<&str> = Some("2021-07-17");
    let rows: &[(Lang, Option<&str>, &str, &[Want])] = &[
        (Lang::Es, sat, "El país guardará luto el martes 20.", &[("el martes 20", "2021-07-20", "2021-07-20", 'd')]),
        (Lang::Pt, sat, "No domingo, 11, houve chuva.", &[("No domingo, 11", "2021-07-11", "2021-07-11", 'd')]),
        (Lang::Pt, sat, "Na terça-feira (13) choveu.", &[("Na terça-feira (13)", "2021-07-13", "2021-07-13", 'd')]),
        (Lang::It, sat, "Lunedì 12 il ministro ne contava 74.", &[("Lunedì 12", "2021-07-12", "2021-07-12", 'd')]),
        (Lang::En, sat, "On Monday, 10 people died.", &[("On Monday", "2021-07-12", "2021-07-12", 'd')]),
        (Lang::De, sat, "Die Straße des 17. Juni ist gesperrt.", &[]),
        (Lang::Es, sat, "Pasaron la noche en la avenida del 17 de junio.", &[]),
        (Lang::De, Some("2021-07-19"), "Das Ministerium zählte bis Sonntag 45 Tote.", &[("Sonntag", "2021-07-18", "2021-07-18", 'd')]),
        (Lang::De, Some("2021-07-19"), "Bis Sonntag soll der Damm halten.", &[("Sonntag", "2021-07-25", "2021-07-25", 'd')]),
        (Lang::Pt, Some("2024-12-31"), "O instituto contabilizou, até 23 de dezembro, 94 mortos.", &[("23 de dezembro", "2024-12-23", "2024-12-23", 'd')]),
        (Lang::Pt, Some("2024-12-31"), "O estado de emergência vigora até 23 de dezembro.", &[("23 de dezembro", "2025-12-23", "2025-12-23", 'd')]),
        (Lang::Pt, Some("2025-01-10"), "O julgamento dos 12 arguidos foi marcado para 20 de março.", &[("20 de março", "2025-03-20", "2025-03-20", 'd')]),
        (Lang::En, Some("2024-01-20"), "Schools in 14 counties remain closed until 30 January.", &[("30 January", "2024-01-30", "2024-01-30", 'd')]),
        // A day of the month alone after a noun for a day: this month's, or last month's
        // when it is still to come; with a month after it, the whole date.
        (Lang::Pt, Some("2024-11-06"), "A drogaria está fechada desde o dia 29.", &[("dia 29", "2024-10-29", "2024-10-29", 'd')]),
        (Lang::Pt, Some("2024-11-06"), "O ministro disse no dia 1 que 12 pessoas morreram.", &[("dia 1", "2024-11-01", "2024-11-01", 'd')]),
        (Lang::Pt, Some("2024-11-06"), "Chegaram no dia 1 de novembro.", &[("no dia 1 de novembro", "2024-11-01", "2024-11-01", 'd')]),
        (Lang::Es, Some("2024-11-06"), "El día 10 murieron 12 personas.", &[("día 10", "2024-10-10", "2024-10-10", 'd')]),
        // A verb in the synthetic future looks ahead, as a future cue does.
        (Lang::Fr, Some("2023-05-11"), "Les écoles resteront fermées vendredi.", &[("vendredi", "2023-05-12", "2023-05-12", 'd')]),
        (Lang::It, Some("2023-05-11"), "L'allerta rossa resterà in vigore domenica.", &[("domenica", "2023-05-14", "2023-05-14", 'd')]),
        (Lang::Es, Some("2023-05-11"), "Los colegios permanecerán cerrados el lunes.", &[("el lunes", "2023-05-15", "2023-05-15", 'd')]),
        // A weekday and its time of day are one word, whichever time of day.
        (Lang::De, Some("2021-07-19"), "Noch am Samstagmorgen meldete das Ministerium 45 Tote.", &[("am Samstagmorgen", "2021-07-17", "2021-07-17", 'd')]),
        (Lang::De, Some("2021-07-19"), "Am Sonntagnachmittag stieg die Zahl.", &[("Am Sonntagnachmittag", "2021-07-18", "2021-07-18", 'd')]),
        (Lang::En, Some("2023-03-02"), "He was given until Saturday to prepare his defence.", &[("Saturday", "2023-03-04", "2023-03-04", 'd')]),
        (Lang::Es, Some("2023-03-02"), "Tiene hasta el sábado para preparar su declaración.", &[("el sábado", "2023-03-04", "2023-03-04", 'd')]),
        // A short weekday name that is also an ordinal is a weekday after its article, "and"
        // or a range's opener; a weekday alone names no street.
        (Lang::Pt, Some("2022-11-03"), "A Rússia começou nesta terça o recrutamento.", &[("nesta terça", "2022-11-01", "2022-11-01", 'd')]),
        (Lang::Pt, Some("2022-11-03"), "Pela segunda vez, 30 pessoas morreram.", &[]),
        (Lang::Pt, Some("2022-11-03"), "Ele venceu na segunda volta.", &[]),
        (Lang::Pt, Some("2022-11-03"), "Pela primeira e segunda vez, 30 pessoas morreram.", &[]),
        (Lang::Pt, Some("2022-11-03"), "A sexta vítima morreu na madrugada desta segunda.", &[("desta segunda", "2022-10-31", "2022-10-31", 'd')]),
        (Lang::Fr, Some("2024-08-01"), "Ils se rendent sur place ce mercredi.", &[("ce mercredi", "2024-07-31", "2024-07-31", 'd')]),
        (Lang::En, Some("2024-03-27"), "A ship hit the Key Bridge early Tuesday.", &[("Tuesday", "2024-03-26", "2024-03-26", 'd')]),
    ];
    check(rows);
}

/// A night that runs into a weekday is the day before and the weekday, in every language; a
/// date standing alone (a day heading) or between a byline's separators is metadata; a date
/// after "for" looks ahead; in "vom 14. Juli auf 20 Tote" the 20 counts the dead.
#[test]
#[rustfmt::skip]
fn nights_headings_and_plans() {
    let mon: Option<&str> = Some("2023-09-11");
    let rows: &[(Lang, Option<&str>, &str, &[Want])] = &[
        (Lang::Fr, mon, "Les barrages ont cédé dans la nuit de dimanche à lundi.", &[("nuit de dimanche à lundi", "2023-09-10", "2023-09-11", 'd')]),
        (Lang::En, mon, "Residents heard bangs overnight from Sunday to Monday.", &[("overnight from Sunday to Monday", "2023-09-10", "2023-09-11", 'd')]),
        (Lang::De, mon, "In der Nacht zum Montag gaben zwei Dämme nach.", &[("Nacht zum Montag", "2023-09-10", "2023-09-11", 'd')]),
        (Lang::It, mon, "Nella notte tra domenica e lunedì le dighe hanno ceduto.", &[("notte tra domenica e lunedì", "2023-09-10", "2023-09-11", 'd')]),
        (Lang::Es, mon, "En la noche del domingo al lunes cedieron dos presas.", &[("noche del domingo al lunes", "2023-09-10", "2023-09-11", 'd')]),
        (Lang::Pt, mon, "Na madrugada de domingo para segunda-feira, as barragens cederam.", &[("madrugada de domingo para segunda-feira", "2023-09-10", "2023-09-11", 'd')]),
        (Lang::Fr, mon, "La nuit de dimanche à mardi.", &[("dimanche", "2023-09-10", "2023-09-10", 'd'), ("mardi", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::De, mon, "Die Zahl stieg vom 14. Juli auf 20 Tote.", &[("14. Juli", "2023-07-14", "2023-07-14", 'd')]),
        (Lang::Fr, mon, "Dimanche 10 septembre", &[]),
        (Lang::It, mon, "Di Redazione Esteri · 11 settembre 2023 · lettura: 4 min", &[]),
        (Lang::De, mon, "Die Gewerkschaft ruft für Mittwoch zum Generalstreik auf.", &[("Mittwoch", "2023-09-13", "2023-09-13", 'd')]),
    ];
    check(rows);
}

/// A weekday followed by its date is one date ("quarta-feira, 5 de agosto"); after a date with
/// its month, a comma and a bare number start a figure, not another day ("Le 5 mars, 30
/// personnes"), while a list that gives its month last stays a list of days.
#[test]
#[rustfmt::skip]
fn weekday_apposition_and_a_figure_after_a_date() {
    let mon: Option<&str> = Some("2023-09-11");
    let rows: &[(Lang, Option<&str>, &str, &[Want])] = &[
        (Lang::Pt, mon, "Na quarta-feira, 5 de setembro, o ministério informou.", &[("Na quarta-feira, 5 de setembro", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::En, mon, "The disaster began on Tuesday, Sept. 5, when rain fell.", &[("on Tuesday, Sept. 5", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::De, mon, "In der Nacht brach am Dienstag, dem 5. September, der Damm.", &[("am Dienstag, dem 5. September", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::Fr, mon, "Le 5 septembre, 30 personnes ont été évacuées.", &[("Le 5 septembre", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::En, mon, "On September 5, 30 people were evacuated.", &[("On September 5", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::Es, mon, "El 5 de septiembre, 30 personas fueron evacuadas.", &[("El 5 de septiembre", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::It, mon, "Il 5 settembre, 30 persone sono state evacuate.", &[("Il 5 settembre", "2023-09-05", "2023-09-05", 'd')]),
        (Lang::Fr, mon, "Les 5, 6 et 7 septembre, des milliers de personnes ont manifesté.", &[("Les 5", "2023-09-05", "2023-09-05", 'd'), ("6", "2023-09-06", "2023-09-06", 'd'), ("7 septembre", "2023-09-07", "2023-09-07", 'd')]),
    ];
    check(rows);
}

#[test]
fn events() {
    let rows: &[(Lang, &str, &str)] = &[
        (
            Lang::Fr,
            "Les renseignements ont annoncé vendredi que 1 500 soldats",
            "annonce",
        ),
        (
            Lang::Fr,
            "Lors d'un sommet en juin, ils ont signé un traité.",
            "sommet",
        ),
        (Lang::Fr, "Ils ont signé un traité le 19 juin.", "signe"),
        (
            Lang::Fr,
            "Séoul a convoqué lundi l'ambassadeur.",
            "convoque",
        ),
        (Lang::Fr, "Les troupes sont arrivées hier.", "arrive"),
        (Lang::En, "Seoul announced on Friday that", "announced"),
        (
            Lang::En,
            "At a summit in June, they signed a pact.",
            "summit",
        ),
        (Lang::En, "Putin met Kim on Monday.", "met"),
    ];
    for (lang, text, want) in rows {
        let claims = date_claims(*lang, WED, text);
        let event = claims[0].date.as_ref().unwrap().event.clone();
        assert_eq!(event.as_deref(), Some(*want), "{lang} {text:?}");
    }
}

#[test]
fn times_are_found() {
    let rows: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Fr,
            "Publié à 13 h 07 puis à 09h15.",
            &["13 h 07", "09h15"],
        ),
        (Lang::Fr, "Vers 9h, puis à 16 heures.", &["9h", "16 heures"]),
        (Lang::Fr, "Ils ont marché 16 heures.", &[]),
        (
            Lang::En,
            "Updated 4:02 PM and 9 p.m. and at 16:30.",
            &["4:02 PM", "9 p.m.", "16:30"],
        ),
        (Lang::En, "Some 1,500 troops.", &[]),
        (Lang::Fr, "Il est 25 h 07.", &[]),
    ];
    for (lang, text, want) in rows {
        let tokens = tokenize(text, 0, text.len());
        let got: Vec<&str> = time::times(&tokens, &lang.data().dates)
            .iter()
            .map(|t| &text[tokens[t.first].start..tokens[t.last].end])
            .collect();
        assert_eq!(got, *want, "{lang} {text:?}");
    }
}

#[test]
fn the_dateline_gives_no_date_claim_and_no_count() {
    let text =
        "En date du : 21 octobre 2024, 13 h 07\nIls ont annoncé vendredi que 1 500 soldats.\n";
    let (doc, sentences) = document(Lang::Fr, None, text);
    assert_eq!(doc.published.unwrap().to_string(), "2024-10-21T13:07");
    let claims = extract(&doc, &sentences, Lang::Fr.data());
    assert_eq!(
        show(&claims),
        [(
            "vendredi".to_string(),
            "2024-10-18".to_string(),
            "2024-10-18".to_string(),
            'd'
        )]
    );
    let dateline = non_count_spans(&doc, &sentences[0], Lang::Fr.data());
    assert_eq!(dateline, [[sentences[0].start, sentences[0].end]]);
    let body = non_count_spans(&doc, &sentences[1], Lang::Fr.data());
    assert_eq!(body.len(), 1);
    assert_eq!(&text[body[0][0]..body[0][1]], "vendredi");
}

/// A count claim over the first occurrence of `figure`.
fn count_at(doc: &Document, sentences: &[Sentence], figure: &str) -> Claim {
    let at = doc.text.find(figure).unwrap();
    let s = sentences
        .iter()
        .find(|s| s.start <= at && at < s.end)
        .unwrap();
    Claim::new(ClaimKind::Count, doc, s, [at, at + figure.len()])
}

#[test]
fn as_of_rows() {
    // (text, figure, expected as_of); lines are sentences of one paragraph.
    let rows: &[(&str, &str, &str)] = &[
        (
            "Ils ont annoncé vendredi que 1 500 soldats sont partis.",
            "1 500",
            "2024-10-18",
        ),
        (
            "Ils ont annoncé vendredi que 1 500 soldats sont partis.\nIls suivront 3 000 autres.",
            "3 000",
            "2024-10-18",
        ),
        (
            "Le 18 octobre, 1 500 ; le 20 octobre, 3 000 soldats.",
            "3 000",
            "2024-10-20",
        ),
        (
            "Le 18 octobre, 1 500 ; le 20 octobre, 3 000 soldats.",
            "1 500",
            "2024-10-18",
        ),
        (
            "Selon eux, 1 500 soldats sont partis vendredi.",
            "1 500",
            "2024-10-18",
        ),
        (
            "Du 8 au 13 octobre, 1 500 soldats sont partis.",
            "1 500",
            "2024-10-13",
        ),
        (
            "En juin, 1 500 soldats sont partis vendredi.",
            "1 500",
            "2024-10-18",
        ),
        (
            "Lors d'un sommet en juin, 1 500 soldats.",
            "1 500",
            "2024-06-30",
        ),
        (
            "Environ 3 000 soldats sont en Russie.",
            "3 000",
            "2024-10-23",
        ),
    ];
    for (text, figure, want) in rows {
        let (doc, sentences) = document(Lang::Fr, WED, text);
        let mut claims = extract(&doc, &sentences, Lang::Fr.data());
        claims.push(count_at(&doc, &sentences, figure));
        assign_as_of(&doc, &sentences, &mut claims);
        let count = claims.iter().find(|c| c.kind == ClaimKind::Count).unwrap();
        assert_eq!(
            count.as_of.map(|d| d.to_string()).as_deref(),
            Some(*want),
            "{text:?} {figure}"
        );
    }
}

/// as_of of `figure` when each line of `text` is its own paragraph.
fn as_of_by_paragraph(text: &str, figure: &str) -> String {
    let (doc, mut sentences) = document(Lang::Fr, WED, text);
    for (i, s) in sentences.iter_mut().enumerate() {
        s.paragraph = i;
    }
    let mut claims = extract(&doc, &sentences, Lang::Fr.data());
    claims.push(count_at(&doc, &sentences, figure));
    assign_as_of(&doc, &sentences, &mut claims);
    let count = claims.iter().find(|c| c.kind == ClaimKind::Count).unwrap();
    count.as_of.unwrap().to_string()
}

#[test]
fn a_report_date_does_not_cross_paragraphs() {
    let text = "Un texte sans date.\nIls ont annoncé vendredi que 1 500 soldats sont partis.\nIls suivront 3 000 autres.";
    assert_eq!(as_of_by_paragraph(text, "3 000"), "2024-10-23");
}

#[test]
fn the_lead_date_is_the_date_of_later_paragraphs() {
    let text = "Mardi, 1 500 manifestants ont défilé.\nÀ Lyon, 22 000 selon la police.\nIls sont désormais 3 000.";
    assert_eq!(as_of_by_paragraph(text, "22 000"), "2024-10-22");
    assert_eq!(as_of_by_paragraph(text, "3 000"), "2024-10-23");
}

#[test]
fn a_date_right_after_a_figure_is_that_figures() {
    // (text, figures that are counts, figure checked, expected as_of)
    let rows: &[(Lang, &str, &[&str], &str, &str)] = &[
        (
            Lang::Fr,
            "Mardi, 1,28 million ont défilé, contre 1,27 million le 8 octobre.",
            &["1,28 million", "1,27 million"],
            "1,27 million",
            "2024-10-08",
        ),
        (
            Lang::Fr,
            "Mardi, 1,28 million ont défilé, contre 1,27 million le 8 octobre.",
            &["1,28 million", "1,27 million"],
            "1,28 million",
            "2024-10-22",
        ),
        (
            Lang::En,
            "Police counted 1.27 million, up from 1.12 million on Oct. 8.\nUnions said 2.8 million.",
            &["1.27 million", "1.12 million", "2.8 million"],
            "1.27 million",
            "2024-10-23",
        ),
        (
            Lang::En,
            "Police counted 1.27 million, up from 1.12 million on Oct. 8.\nUnions said 2.8 million.",
            &["1.27 million", "1.12 million", "2.8 million"],
            "1.12 million",
            "2024-10-08",
        ),
        (
            Lang::En,
            "Police counted 1.27 million, up from 1.12 million on Oct. 8.\nUnions said 2.8 million.",
            &["1.27 million", "1.12 million", "2.8 million"],
            "2.8 million",
            "2024-10-23",
        ),
    ];
    for (lang, text, figures, figure, want) in rows {
        let (doc, sentences) = document(*lang, WED, text);
        let mut claims = extract(&doc, &sentences, lang.data());
        claims.extend(figures.iter().map(|f| count_at(&doc, &sentences, f)));
        assign_as_of(&doc, &sentences, &mut claims);
        let at = doc.text.find(figure).unwrap();
        let count = claims
            .iter()
            .find(|c| c.kind == ClaimKind::Count && c.span[0] == at)
            .unwrap();
        assert_eq!(count.as_of.unwrap().to_string(), *want, "{text:?} {figure}");
    }
}

#[test]
fn projections_and_since_dates_are_not_as_of() {
    let rows = [
        ("Les 8 syndicats appellent à manifester le 31 octobre.", "8"),
        (
            "Unis pour la première fois depuis 2010, les 8 syndicats.",
            "8",
        ),
        ("Depuis le 18 octobre, 3 000 soldats sont partis.", "3 000"),
    ];
    for (text, figure) in rows {
        assert_eq!(as_of_by_paragraph(text, figure), "2024-10-23", "{text:?}");
    }
}

/// Date-like fragments, so that random sentences reach the readers' corners.
const FRAGMENTS: &[&str] = &[
    "le",
    "du",
    "au",
    "entre",
    "et",
    "en",
    "mi-",
    "début",
    "fin",
    "de",
    "d'",
    "vendredi",
    "Friday",
    "on",
    "last",
    "ce",
    "dernier",
    "octobre",
    "Oct.",
    "août",
    "mi-Août",
    "1er",
    "21st",
    "31",
    "13",
    "2024",
    "1900",
    "99",
    "-",
    "/",
    ",",
    ".",
    ":",
    "h",
    "07",
    "PM",
    "p.m.",
    "jours",
    "days",
    "plus tard",
    "later",
    "il y a",
    "ago",
    "hier",
    "la veille",
    "the next day",
    "d'ici",
    "by",
    "Publié",
    "Updated",
    "12 000",
    "1,500",
    "é",
    "ées",
    "a",
    "ont",
    "\u{202F}",
    "\n",
];

proptest::proptest! {
    #[test]
    fn reading_dates_never_panics_and_stays_inside(
        pieces in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..24),
        noise in "\\PC{0,40}",
    ) {
        let text = format!("{} {noise}.", pieces.join(" "));
        for &lang in Lang::ALL {
            let tokens = tokenize(&text, 0, text.len());
            let words = &lang.data().dates;
            for f in scan::scan(&tokens, words) {
                proptest::prop_assert!(f.first <= f.last && f.last < tokens.len());
            }
            time::times(&tokens, words);
            crate::ingest::dateline::find(&text, lang);
            let claims = date_claims(lang, WED, &text);
            for c in &claims {
                proptest::prop_assert!(c.span[0] < c.span[1] && c.span[1] <= text.len());
                proptest::prop_assert!(text.is_char_boundary(c.span[0]));
                proptest::prop_assert!(text.is_char_boundary(c.span[1]));
            }
        }
    }
}

/// as_of of the count written `figure` when the whole pipeline reads `text`, published on
/// Wednesday 23 October 2024.
fn pipeline_as_of(lang: Lang, text: &str, figure: &str) -> String {
    let options = crate::Options {
        lang: Some(lang),
        date: "2024-10-23".parse().ok(),
        aliases: None,
    };
    let doc = crate::ingest::from_text("outlet.txt", text, &options).expect("document");
    let claims = crate::extract_document(&doc, &options);
    let c = claims
        .iter()
        .find(|c| {
            c.quantity
                .as_ref()
                .is_some_and(|q| q.text.ends_with(figure))
        })
        .unwrap_or_else(|| panic!("no count {figure:?} in {text:?}"));
    c.as_of.map(|d| d.to_string()).unwrap_or_default()
}

/// A date in one coordinate clause is not the date of a figure in another ("…, et les
/// analystes tablent sur …"); a span of days dates events, not the plan announced after it;
/// the date of an event named ("l'effondrement du 14 octobre") is not a toll's.
#[test]
#[rustfmt::skip]
fn dates_stay_in_their_clause_and_plans_skip_event_spans() {
    let rows: &[(Lang, &str, &str, &str)] = &[
        (Lang::Fr, "L'armée a reçu en septembre l'ordre de grandir, et les analystes tablent sur 10 000 soldats au total.", "10 000", "2024-10-23"),
        (Lang::Fr, "En septembre, 10 000 soldats au total étaient prévus.", "10 000", "2024-09-30"),
        (Lang::En, "The army got its orders in September, and analysts expect 10,000 troops in total.", "10,000", "2024-10-23"),
        (Lang::It, "Il 18 ottobre il NIS ha parlato. I trasferimenti sono avvenuti tra l'8 e il 13 ottobre. Entro dicembre i soldati potrebbero arrivare a 10.000.", "10.000", "2024-10-18"),
        (Lang::It, "Il 18 ottobre il NIS ha parlato. I trasferimenti sono avvenuti tra l'8 e il 13 ottobre. Sono partiti 1.500 soldati.", "1.500", "2024-10-13"),
        // The date of an event named past its elided article is not the toll's; a report's is.
        (Lang::Fr, "Le bilan de l'effondrement du 14 octobre est de 43 morts.", "43", "2024-10-23"),
        (Lang::Fr, "Le bilan du 14 octobre était de 43 morts.", "43", "2024-10-14"),
    ];
    let mut failures = Vec::new();
    for (lang, text, figure, want) in rows {
        let got = pipeline_as_of(*lang, text, figure);
        if got != *want {
            failures.push(format!("{lang} {text:?} [{figure}]: got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A figure reported before the story's present, its day unsaid, is undated ("had spoken of",
/// "aveva riferito", "initially"); a backshifted passive is not ("said 56 people had been
/// reported missing"), nor is a figure with its own day.
#[test]
#[rustfmt::skip]
fn earlier_figures_without_a_day_are_undated() {
    let rows: &[(Lang, &str, &str, &str)] = &[
        (Lang::En, "The district administration had reported 1,300 missing.", "1,300", ""),
        (Lang::En, "Police initially reported 90 dead.", "90", ""),
        (Lang::It, "La polizia aveva riferito di 2.000 mezzi.", "2.000", ""),
        (Lang::Fr, "Les autorités avaient annoncé 30 morts.", "30", ""),
        (Lang::En, "Police said 56 people had been reported missing.", "56", "2024-10-23"),
        (Lang::En, "Austin said the ministry had reported 3,000 soldiers.", "3,000", "2024-10-23"),
        (Lang::En, "On Monday the ministry had reported 1,300 missing.", "1,300", "2024-10-21"),
        (Lang::En, "The ministry reported 1,300 missing.", "1,300", "2024-10-23"),
    ];
    for (lang, text, figure, want) in rows {
        assert_eq!(pipeline_as_of(*lang, text, figure), *want, "{lang} {text:?}");
    }
}

/// A running toll with no day of its own is dated by the article, not by the disaster's day
/// its lead names; a turnout is dated by the event its lead names.
#[test]
#[rustfmt::skip]
fn running_tolls_are_dated_when_given() {
    let rows: &[(Lang, &str, &str, &str)] = &[
        (Lang::Fr, "Le séisme a frappé vendredi soir la région.\n\nLe bilan s'élève désormais à 2 012 morts.", "2 012", "2024-10-23"),
        (Lang::En, "The quake struck on Friday night.\n\nThe toll rose to 2,012 dead.", "2,012", "2024-10-23"),
        (Lang::Fr, "Mardi, des milliers de personnes ont défilé.\n\nLa CGT a compté 400 000 manifestants.", "400 000", "2024-10-22"),
        // The date of the event whose victims a toll counts is not the toll's.
        (Lang::Fr, "Les explosions du 4 octobre ont fait 137 morts.", "137", "2024-10-23"),
        (Lang::En, "The quake of 6 October has killed 912 people.", "912", "2024-10-23"),
        (Lang::De, "Bei der Explosion vom 4. Oktober starben 190 Menschen.", "190", "2024-10-23"),
        (Lang::Es, "Las explosiones del 4 de octubre dejaron 171 muertos.", "171", "2024-10-23"),
        (Lang::It, "Le esplosioni del 4 ottobre hanno fatto 171 morti.", "171", "2024-10-23"),
        (Lang::Pt, "As explosões do dia 4 de outubro fizeram 171 mortos.", "171", "2024-10-23"),
        // A report's date is the toll's.
        (Lang::Fr, "Le bilan du 4 octobre fait état de 137 morts.", "137", "2024-10-04"),
    ];
    for (lang, text, figure, want) in rows {
        assert_eq!(pipeline_as_of(*lang, text, figure), *want, "{lang} {text:?}");
    }
}

/// A figure after a date of years ago counts that past, whatever the date names (an event,
/// a month); a "since" date runs up to now, and a date after the figure does not date it.
#[test]
#[rustfmt::skip]
fn a_figure_after_a_date_of_years_ago_counts_that_past() {
    let rows: &[(Lang, &str, &str, &str)] = &[
        (Lang::En, "In 2018, floods killed 483 people in Kerala.", "483", "2018-12-31"),
        (Lang::Fr, "En 2018, les inondations avaient fait 483 morts.", "483", "2018-12-31"),
        (Lang::En, "Since 2018, 93 people have died in such floods.", "93", "2024-10-23"),
        (Lang::En, "The toll of 93 is the highest since 2018.", "93", "2024-10-23"),
    ];
    for (lang, text, figure, want) in rows {
        assert_eq!(pipeline_as_of(*lang, text, figure), *want, "{lang} {text:?}");
    }
}
