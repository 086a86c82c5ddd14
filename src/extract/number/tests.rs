//! One row per phrase and language, in text2num's `assert_…!` style: a phrase and the single
//! count it must yield (interval, approximation, bound, concept), or nothing at all.

use super::{Found, counts_in};
use crate::claim::{Bound, Scope};
use crate::lang::Lang;
use crate::token::tokenize;

fn counts(lang: Lang, text: &str) -> Vec<Found> {
    let tokens = tokenize(text, 0, text.len());
    counts_in(text, &tokens, lang.data(), &[], None)
}

#[allow(clippy::too_many_arguments)]
fn check(
    lang: Lang,
    text: &str,
    low: Option<u64>,
    high: Option<u64>,
    approx: bool,
    bound: Bound,
    concept: &str,
) {
    let found = counts(lang, text);
    assert_eq!(
        found.len(),
        1,
        "{lang} {text:?}: want one count, got {found:#?}"
    );
    let f = &found[0];
    let q = &f.quantity;
    let got = (q.low, q.high, q.approx, q.bound, f.counted.concept.as_str());
    assert_eq!(got, (low, high, approx, bound, concept), "{lang} {text:?}");
    assert_eq!(&text[f.span[0]..f.span[1]], q.text, "{lang} {text:?}: span");
}

/// `assert_count!(lang, phrase, interval, approx|exact, Bound, concept)`; the interval is
/// `v` (a single value), `low..=high`, `low..` (open above) or `..=high` (open below).
macro_rules! assert_count {
    ($lang:ident, $text:expr, $low:literal ..= $high:literal, $approx:ident, $bound:ident, $concept:expr) => {
        check(
            Lang::$lang,
            $text,
            Some($low),
            Some($high),
            approx!($approx),
            Bound::$bound,
            $concept,
        )
    };
    ($lang:ident, $text:expr, $low:literal .., $approx:ident, $bound:ident, $concept:expr) => {
        check(
            Lang::$lang,
            $text,
            Some($low),
            None,
            approx!($approx),
            Bound::$bound,
            $concept,
        )
    };
    ($lang:ident, $text:expr, ..= $high:literal, $approx:ident, $bound:ident, $concept:expr) => {
        check(
            Lang::$lang,
            $text,
            None,
            Some($high),
            approx!($approx),
            Bound::$bound,
            $concept,
        )
    };
    ($lang:ident, $text:expr, $v:literal, $approx:ident, $bound:ident, $concept:expr) => {
        check(
            Lang::$lang,
            $text,
            Some($v),
            Some($v),
            approx!($approx),
            Bound::$bound,
            $concept,
        )
    };
}

macro_rules! approx {
    (approx) => {
        true
    };
    (exact) => {
        false
    };
}

/// `assert_no_count!(lang, phrase)`: the phrase holds no count.
macro_rules! assert_no_count {
    ($lang:ident, $text:expr) => {
        let found = counts(Lang::$lang, $text);
        assert!(
            found.is_empty(),
            "{} {:?}: want no count, got {found:#?}",
            Lang::$lang,
            $text
        );
    };
}

/// `assert_qualifiers!(lang, phrase, entity, place, scope, event)` for the first count.
macro_rules! assert_qualifiers {
    ($lang:ident, $text:expr, $entity:expr, $place:expr, $scope:expr, $event:expr) => {
        let found = counts(Lang::$lang, $text);
        let q = &found.first().expect($text).qualifiers;
        let got = (
            q.entity.as_deref(),
            q.place.as_deref(),
            q.scope,
            q.event.as_deref(),
        );
        assert_eq!(
            got,
            ($entity, $place, $scope, $event),
            "{} {:?}",
            Lang::$lang,
            $text
        );
    };
}

#[test]
#[rustfmt::skip]
fn french_digits() {
    assert_count!(Fr, "1 500 soldats", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "1\u{A0}500 soldats", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "1\u{202F}500 soldats", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "1.500 soldats", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "12 000 soldats", 12000, exact, Exact, "soldiers");
    assert_count!(Fr, "1 500 000 manifestants", 1_500_000, exact, Exact, "protesters");
    assert_count!(Fr, "1,5 million de manifestants", 1_500_000, exact, Exact, "protesters");
    assert_count!(Fr, "1,28 million de manifestants", 1_280_000, exact, Exact, "protesters");
    assert_count!(Fr, "3 millions de personnes", 3_000_000, exact, Exact, "people");
    assert_count!(Fr, "10k manifestants", 10000, exact, Exact, "protesters");
    assert_count!(Fr, "en 2023 1 500 soldats", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "en 2023, 1 500 soldats", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "12 000 de soldats", 12000, exact, Exact, "soldiers");
    assert_count!(Fr, "1 500 militaires", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "300 tués", 300, exact, Exact, "deaths");
    assert_count!(Fr, "200 blessés", 200, exact, Exact, "injured");
    assert_count!(Fr, "5 000 manifestants", 5000, exact, Exact, "protesters");
    assert_count!(Fr, "30 navires", 30, exact, Exact, "ships");
    assert_count!(Fr, "300 obus", 300, exact, Exact, "shells");
    assert_count!(Fr, "300 civils", 300, exact, Exact, "civilians");
    assert_count!(Fr, "20 chars", 20, exact, Exact, "tanks");
    assert_count!(Fr, "40 drones", 40, exact, Exact, "drones");
    assert_count!(Fr, "1 500 soldats supplémentaires", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "150 personnes ont été tuées", 150, exact, Exact, "deaths");
    assert_count!(Fr, "une brigade de 12 000 hommes", 12000, exact, Exact, "soldiers");
    assert_count!(Fr, "12 000 hommes", 12000, exact, Exact, "fighters");
    assert_count!(Fr, "1 500 Nord-Coréens déployés", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "30 ambulances", 30, exact, Exact, "ambulances");
    assert_count!(Fr, "12 canaux", 12, exact, Exact, "canaux");
    assert_count!(Fr, "12 000 soldats, selon Séoul", 12000, exact, Exact, "soldiers");
    assert_count!(Fr, "1 500 membres des forces spéciales", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "1.500 hommes des forces spéciales", 1500, exact, Exact, "soldiers");
    assert_count!(Fr, "évalué à 8 000 le nombre de soldats", 8000, exact, Exact, "soldiers");
    assert_count!(Fr, "des soldats, dont 10 000 envoyés en Russie", 10000, exact, Exact, "soldiers");
    assert_count!(Fr, "3 000 hommes déjà partis", 3000, exact, Exact, "soldiers");
    assert_count!(Fr, "Les huit principaux syndicats", 8, exact, Exact, "unions");
    assert_count!(Fr, "« plus de 2 millions » de manifestants", 2_000_000.., exact, AtLeast, "protesters");
    assert_count!(Fr, "1,12 million de personnes ont manifesté", 1_120_000, exact, Exact, "protesters");
    assert_count!(Fr, "Plus de 200 rassemblements", 200.., exact, AtLeast, "rallies");
}

#[test]
#[rustfmt::skip]
fn french_words() {
    assert_count!(Fr, "quatre brigades", 4, exact, Exact, "brigades");
    assert_count!(Fr, "deux mille soldats", 2000, exact, Exact, "soldiers");
    assert_count!(Fr, "douze mille soldats", 12000, exact, Exact, "soldiers");
    assert_count!(Fr, "quatre-vingt-dix-neuf morts", 99, exact, Exact, "deaths");
    assert_count!(Fr, "soixante-dix officiers", 70, exact, Exact, "officers");
    assert_count!(Fr, "vingt et un blessés", 21, exact, Exact, "injured");
    assert_count!(Fr, "trois cents blessés", 300, exact, Exact, "injured");
    assert_count!(Fr, "deux cent cinquante missiles", 250, exact, Exact, "missiles");
    assert_count!(Fr, "cinq généraux", 5, exact, Exact, "generals");
    assert_count!(Fr, "deux millions de manifestants", 2_000_000, exact, Exact, "protesters");
    assert_count!(Fr, "un millier de soldats", 1000, approx, Approx, "soldiers");
    assert_count!(Fr, "une dizaine de morts", 10, approx, Approx, "deaths");
    assert_count!(Fr, "une vingtaine de drones", 20, approx, Approx, "drones");
    assert_count!(Fr, "une centaine d'officiers", 100, approx, Approx, "officers");
    assert_count!(Fr, "deux milliers de soldats", 2000, approx, Approx, "soldiers");
    assert_count!(Fr, "une dizaine de milliers de soldats", 10000, approx, Approx, "soldiers");
    assert_count!(Fr, "plusieurs milliers de soldats", 2000..=9999, approx, Vague, "soldiers");
    assert_count!(Fr, "des milliers de soldats", 2000..=9999, approx, Vague, "soldiers");
    assert_count!(Fr, "des centaines de manifestants", 200..=999, approx, Vague, "protesters");
    assert_count!(Fr, "quelques centaines de soldats", 200..=999, approx, Vague, "soldiers");
    assert_count!(Fr, "des dizaines de morts", 20..=99, approx, Vague, "deaths");
    assert_count!(Fr, "des dizaines de milliers de manifestants", 20000..=99999, approx, Vague, "protesters");
}

#[test]
#[rustfmt::skip]
fn french_bounds() {
    assert_count!(Fr, "environ 3 000 soldats", 3000, approx, Approx, "soldiers");
    assert_count!(Fr, "près de 3 000 soldats", 3000, approx, Approx, "soldiers");
    assert_count!(Fr, "quelque 3 000 soldats", 3000, approx, Approx, "soldiers");
    assert_count!(Fr, "autour de 3 000 soldats", 3000, approx, Approx, "soldiers");
    assert_count!(Fr, "dans les 3 000 soldats", 3000, approx, Approx, "soldiers");
    assert_count!(Fr, "plus de 2 000 soldats", 2000.., exact, AtLeast, "soldiers");
    assert_count!(Fr, "au moins 2 000 soldats", 2000.., exact, AtLeast, "soldiers");
    assert_count!(Fr, "pas moins de 2 000 soldats", 2000.., exact, AtLeast, "soldiers");
    assert_count!(Fr, "un peu plus de 2 000 soldats", 2000.., exact, AtLeast, "soldiers");
    assert_count!(Fr, "plus d'une dizaine de soldats", 10.., approx, AtLeast, "soldiers");
    assert_count!(Fr, "jusqu'à 12 000 soldats", ..=12000, exact, AtMost, "soldiers");
    assert_count!(Fr, "moins de 1 000 soldats", ..=1000, exact, AtMost, "soldiers");
    assert_count!(Fr, "10 000 à 12 000 soldats", 10000..=12000, exact, Range, "soldiers");
    assert_count!(Fr, "10 000-12 000 soldats", 10000..=12000, exact, Range, "soldiers");
    assert_count!(Fr, "entre 10 000 et 12 000 soldats", 10000..=12000, exact, Range, "soldiers");
    assert_count!(Fr, "de 10 000 à 12 000 soldats", 10000..=12000, exact, Range, "soldiers");
    assert_count!(Fr, "2 000 ou 3 000 soldats", 2000..=3000, exact, Range, "soldiers");
    assert_count!(Fr, "deux ou trois brigades", 2..=3, exact, Range, "brigades");
    assert_count!(Fr, "de 3 à 5 millions de manifestants", 3_000_000..=5_000_000, exact, Range, "protesters");
    assert_count!(Fr, "passé de 1 500 à 3 000 soldats", 3000, exact, Exact, "soldiers");
}

#[test]
#[rustfmt::skip]
fn french_non_counts() {
    assert_no_count!(Fr, "un soldat");
    assert_no_count!(Fr, "une femme");
    assert_no_count!(Fr, "entre les deux pays");
    assert_no_count!(Fr, "En date du : 21 octobre 2024, 13 h 07");
    assert_no_count!(Fr, "en 2024");
    assert_no_count!(Fr, "il a 40 ans");
    assert_no_count!(Fr, "âgé de 40 ans");
    assert_no_count!(Fr, "50 % des soldats");
    assert_no_count!(Fr, "30 pour cent des soldats");
    assert_no_count!(Fr, "trente pour cent des soldats");
    assert_no_count!(Fr, "10 millions d'euros");
    assert_no_count!(Fr, "500 € par soldat");
    assert_no_count!(Fr, "le 1er bataillon");
    assert_no_count!(Fr, "le 2e régiment");
    assert_no_count!(Fr, "le premier ministre");
    assert_no_count!(Fr, "le troisième jour");
    assert_no_count!(Fr, "appelez le 01 45 62 18 07");
    assert_no_count!(Fr, "appelez le +33 1 45 62 18 07");
    assert_no_count!(Fr, "l'article 5 du traité");
    assert_no_count!(Fr, "la résolution 2231 du Conseil");
    assert_no_count!(Fr, "un Su-25 abattu");
    assert_no_count!(Fr, "le sommet du G7");
    assert_no_count!(Fr, "la COVID-19");
    assert_no_count!(Fr, "des missiles KN-23");
    assert_no_count!(Fr, "des missiles Hwasong 19");
    assert_no_count!(Fr, "1 245 partages");
    assert_no_count!(Fr, "312 commentaires");
    assert_no_count!(Fr, "https://exemple.fr/2024/10/21/1500-soldats");
    assert_no_count!(Fr, "sur le service en ligne X");
    assert_no_count!(Fr, "un sommet en juin");
    assert_no_count!(Fr, "3,5 soldats");
    assert_no_count!(Fr, "deux fois");
    assert_no_count!(Fr, "à 13:07");
    assert_no_count!(Fr, "pendant trois jours");
    assert_no_count!(Fr, "24/7");
    assert_no_count!(Fr, "de repousser l'âge de 62 à 64 ans");
    assert_no_count!(Fr, "un train sur trois");
    assert_no_count!(Fr, "le 2024-10-28 à midi");
    assert_no_count!(Fr, "réf. CS-20241028-5531");
    assert_no_count!(Fr, "à 10 h 15");
}

#[test]
#[rustfmt::skip]
fn english_digits_and_words() {
    assert_count!(En, "1,500 soldiers", 1500, exact, Exact, "soldiers");
    assert_count!(En, "12,000 troops", 12000, exact, Exact, "soldiers");
    assert_count!(En, "1.5 million protesters", 1_500_000, exact, Exact, "protesters");
    assert_count!(En, "2.5 million people", 2_500_000, exact, Exact, "people");
    assert_count!(En, "10k protesters", 10000, exact, Exact, "protesters");
    assert_count!(En, "four brigades", 4, exact, Exact, "brigades");
    assert_count!(En, "twelve thousand soldiers", 12000, exact, Exact, "soldiers");
    assert_count!(En, "two hundred and fifty missiles", 250, exact, Exact, "missiles");
    assert_count!(En, "twenty-one dead", 21, exact, Exact, "deaths");
    assert_count!(En, "a hundred troops", 100, exact, Exact, "soldiers");
    assert_count!(En, "one hundred troops", 100, exact, Exact, "soldiers");
    assert_count!(En, "300 killed", 300, exact, Exact, "deaths");
    assert_count!(En, "300 wounded", 300, exact, Exact, "injured");
    assert_count!(En, "300 wounded civilians", 300, exact, Exact, "injured");
    assert_count!(En, "1,500 servicemen", 1500, exact, Exact, "soldiers");
    assert_count!(En, "500 people were killed", 500, exact, Exact, "deaths");
    assert_count!(En, "1,500 North Korean troops", 1500, exact, Exact, "soldiers");
    assert_count!(En, "1,500 North Koreans", 1500, exact, Exact, "people");
    assert_count!(En, "2,000 more troops", 2000, exact, Exact, "soldiers");
    assert_count!(En, "30 warships", 30, exact, Exact, "ships");
    assert_count!(En, "12,000 elite troops", 12000, exact, Exact, "soldiers");
    assert_count!(En, "3,000 tanks", 3000, exact, Exact, "tanks");
    assert_count!(En, "12 casualties", 12, exact, Exact, "casualties");
    assert_count!(En, "30 ambulances", 30, exact, Exact, "ambulances");
    assert_count!(En, "5,000 men", 5000, exact, Exact, "fighters");
    assert_count!(En, "a brigade of 5,000 men", 5000, exact, Exact, "soldiers");
    assert_count!(En, "1,500 soldiers killed", 1500, exact, Exact, "deaths");
    assert_count!(En, "a dozen North Korean officers", 12, approx, Approx, "officers");
    assert_count!(En, "two dozen officers", 24, approx, Approx, "officers");
    assert_count!(En, "a score of protesters", 20, approx, Approx, "protesters");
    assert_count!(En, "about a dozen members of parliament", 12, approx, Approx, "lawmakers");
    assert_count!(En, "1,500 special forces soldiers", 1500, exact, Exact, "soldiers");
    assert_count!(En, "1.27 million protesters nationwide", 1_270_000, exact, Exact, "protesters");
    assert_count!(En, "2.8 million people had marched", 2_800_000, exact, Exact, "protesters");
}

#[test]
#[rustfmt::skip]
fn english_bounds() {
    assert_count!(En, "about 3,000 troops", 3000, approx, Approx, "soldiers");
    assert_count!(En, "around 3,000 troops", 3000, approx, Approx, "soldiers");
    assert_count!(En, "roughly 3,000 troops", 3000, approx, Approx, "soldiers");
    assert_count!(En, "nearly 3,000 troops", 3000, approx, Approx, "soldiers");
    assert_count!(En, "some 3,000 troops", 3000, approx, Approx, "soldiers");
    assert_count!(En, "3,000 or so troops", 3000, approx, Approx, "soldiers");
    assert_count!(En, "more than 2,000 soldiers", 2000.., exact, AtLeast, "soldiers");
    assert_count!(En, "at least 2,000 soldiers", 2000.., exact, AtLeast, "soldiers");
    assert_count!(En, "over 2,000 soldiers", 2000.., exact, AtLeast, "soldiers");
    assert_count!(En, "1,500 or more soldiers", 1500.., exact, AtLeast, "soldiers");
    assert_count!(En, "up to 12,000 soldiers", ..=12000, exact, AtMost, "soldiers");
    assert_count!(En, "as many as 12,000 soldiers", ..=12000, exact, AtMost, "soldiers");
    assert_count!(En, "fewer than 1,000 soldiers", ..=1000, exact, AtMost, "soldiers");
    assert_count!(En, "between 10,000 and 12,000 soldiers", 10000..=12000, exact, Range, "soldiers");
    assert_count!(En, "10,000-12,000 soldiers", 10000..=12000, exact, Range, "soldiers");
    assert_count!(En, "10,000 to 12,000 soldiers", 10000..=12000, exact, Range, "soldiers");
    assert_count!(En, "between 3 and 5 million protesters", 3_000_000..=5_000_000, exact, Range, "protesters");
    assert_count!(En, "thousands of soldiers", 2000..=9999, approx, Vague, "soldiers");
    assert_count!(En, "hundreds of protesters", 200..=999, approx, Vague, "protesters");
    assert_count!(En, "dozens of officers", 24..=119, approx, Vague, "officers");
    assert_count!(En, "scores of dead", 40..=199, approx, Vague, "deaths");
    assert_count!(En, "tens of thousands of protesters", 20000..=99999, approx, Vague, "protesters");
    assert_count!(En, "hundreds of thousands of protesters", 200_000..=999_999, approx, Vague, "protesters");
    assert_count!(En, "several thousand troops", 2000..=9999, approx, Vague, "soldiers");
    assert_count!(En, "a few hundred soldiers", 200..=999, approx, Vague, "soldiers");
    assert_count!(En, "rose from 1,500 to 3,000 troops", 3000, exact, Exact, "soldiers");
}

#[test]
#[rustfmt::skip]
fn english_non_counts() {
    assert_no_count!(En, "a soldier");
    assert_no_count!(En, "one of the soldiers");
    assert_no_count!(En, "between the two countries");
    assert_no_count!(En, "in 2024");
    assert_no_count!(En, "at 4:02 PM");
    assert_no_count!(En, "a 40-year-old soldier");
    assert_no_count!(En, "he is 40 years old");
    assert_no_count!(En, "aged 40");
    assert_no_count!(En, "50% of soldiers");
    assert_no_count!(En, "30 percent of soldiers");
    assert_no_count!(En, "$10 million");
    assert_no_count!(En, "10 million dollars");
    assert_no_count!(En, "the third day");
    assert_no_count!(En, "the 1st battalion");
    assert_no_count!(En, "call 555-123-4567");
    // A year before a singular noun modifies it.
    assert_no_count!(En, "The 2018 bridge collapse was investigated.");
    assert_count!(De, "Rund 2000 Fahrzeuge blockierten die Straßen.", 2000, approx, Approx, "vehicles");
    // A small number after a noun it labels; a large one, or one before a counted noun, counts.
    assert_no_count!(Fr, "Des alpinistes sont bloqués aux camps 1 et 2.");
    assert_no_count!(En, "The plane landed on runway 34.");
    assert_count!(It, "In campo 3.000 volontari.", 3000, exact, Exact, "volunteers");
    assert_count!(De, "Am Ausgang 3 Menschen verletzt.", 3, exact, Exact, "injured");
    assert_no_count!(En, "G7 leaders");
    assert_no_count!(En, "COVID-19 cases");
    assert_no_count!(En, "Su-25 jets");
    assert_no_count!(En, "KN-23 missiles");
    assert_no_count!(En, "Boeing 737 jets");
    assert_no_count!(En, "312 comments");
    assert_no_count!(En, "1,245 shares");
    assert_no_count!(En, "article 5 of the treaty");
    assert_no_count!(En, "www.example.com/2024/1500");
    assert_no_count!(En, "October 21, 2024");
    assert_no_count!(En, "for three days");
    assert_no_count!(En, "two times");
    assert_no_count!(En, "the retirement age from 62 to 64");
    assert_no_count!(En, "the fire burned some 2,170 acres");
    assert_no_count!(En, "more than 300 millimetres of rain");
    assert_no_count!(Fr, "un chenal profond de 11 pieds");
    assert_no_count!(De, "eine 35 Fuß tiefe Rinne");
    assert_no_count!(Es, "un canal de 50 pies de profundidad");
    assert_no_count!(It, "oltre 7 milioni di libbre di detriti");
    assert_no_count!(It, "poco più del 50 per cento");
    assert_no_count!(Pt, "50 pés de profundidade");
    assert_no_count!(Pt, "prejuízos de 30 mil milhões de dólares");
    assert_no_count!(Pt, "a estimativa de 15 bilhões de dólares");
    assert_no_count!(Es, "pérdidas de 3 mil millones de euros");
    assert_no_count!(En, "only one in three trains ran");
    assert_no_count!(En, "dated 2024-10-28");
    assert_no_count!(En, "2) The toll rose");
    assert_no_count!(En, "1. The toll rose");
    assert_no_count!(It, "versare sull'IBAN IT60 X054 2811 1010 0000 012");
    assert_no_count!(De, "Konto DE12 5001 0517 0648 4898 90");
    assert_no_count!(Fr, "référence 0042 du dossier");
    assert_no_count!(Pt, "a linha 1577-0199 está aberta");
    assert_no_count!(Pt, "o comandante da 6.ª região");
    assert_no_count!(De, "die Straße des 17. Juni ist gesperrt");
    assert_no_count!(Es, "pidió 71,4 millones de dólares");
    assert_no_count!(Pt, "um apelo de 71,4 milhões de dólares");
    assert_no_count!(It, "un appello da 71,4 milioni di dollari");
}

/// Readings of a scale, numbers to call, ages in apposition, page counters, money in the
/// currencies of the stories (dirhams, roubles…) and account numbers are not counts.
#[test]
#[rustfmt::skip]
fn scales_phones_ages_counters_and_currencies() {
    assert_no_count!(En, "the institute put the magnitude at 7 and the depth at 8 km");
    assert_no_count!(Fr, "une magnitude évaluée à 7 par l'institut");
    assert_no_count!(De, "ein Beben der Stärke 6 erschütterte die Region");
    assert_no_count!(Pt, "Informações: 213 456 789.");
    assert_no_count!(Pt, "Envie-nos o seu testemunho para o 281 000 417.");
    assert_no_count!(Pt, "Tem uma informação? Ligue 213 480 516.");
    assert_no_count!(Es, "la policía recibió llamadas al 112 aquella noche");
    assert_no_count!(En, "said Youssef, 34, a taxi driver");
    assert_no_count!(Es, "Comentarios (14)");
    assert_no_count!(Es, "además de 140.000 dírhams para reconstruir");
    assert_no_count!(It, "andranno 2.500 dirham al mese");
    assert_no_count!(Fr, "une aide de 30 000 roubles par famille");
    assert_no_count!(It, "Lettura: 4 min");
    assert_no_count!(En, "roughly 18 cubic kilometres of water");
    assert_no_count!(It, "versare sull'IBAN IT60 X054 2811 1010 0000 0123 456");
    assert_no_count!(It, "Condividi: Facebook (58) Twitter (12)");
    assert_no_count!(Es, "puede llamar al FBI al (808) 566-4300 o escribir");
    assert_no_count!(Pt, "Linha de apoio: +1 (410) 205-6625");
    assert_no_count!(Es, "Compartir 1,3 mil");
    assert_no_count!(Fr, "Les cas de choléra ont été multipliés par huit.");
    assert_no_count!(En, "The government pledged Rs 72.36 billion in relief.");
    assert_no_count!(De, "Die Regierung sagte 160 Millionen US-Dollar zu.");
    assert_no_count!(Pt, "O vídeo foi partilhado: Partilhar 2.400");
    assert_count!(En, "A quake of magnitude 6.8 killed 2,946 people", 2946, exact, Exact, "deaths");
    assert_count!(Es, "viajaban unos 350 pasajeros en la línea Atenas-Salónica", 350, approx, Approx, "passengers");
}

/// A number after a capitalised word is a label ("Boeing 737") unless a tallied noun follows
/// it (German capitalises every noun), a weekday or a month stands before it, or the word is a
/// known place after a preposition ("in Taroudant 492").
#[test]
fn figures_after_capitalised_words() {
    assert_count!(
        De,
        "Am Montag meldete die Polizei 110 Tote",
        110,
        exact,
        Exact,
        "deaths"
    );
    assert_count!(
        De,
        "meldete das Polizeipräsidium Koblenz 117 Tote",
        117,
        exact,
        Exact,
        "deaths"
    );
    assert_count!(
        En,
        "police reported on Monday 11 dead",
        11,
        exact,
        Exact,
        "deaths"
    );
    assert_count!(
        Fr,
        "celle de Taroudant 492 morts",
        492,
        exact,
        Exact,
        "deaths"
    );
    assert_no_count!(En, "the Boeing 737 crashed");
    assert_no_count!(De, "die Boeing 737 stürzte ab");
    assert_no_count!(Fr, "des missiles Hwasong 19 tirés");
    // A function word opening the sentence is no name.
    assert_count!(It, "Sono 225 i morti.", 225, exact, Exact, "deaths");
    assert_count!(
        It,
        "Sarebbero 17 i passeggeri medicati.",
        17,
        exact,
        Exact,
        "injured"
    );
    assert_count!(
        Fr,
        "Les 21 marins sont restés à bord.",
        21,
        exact,
        Exact,
        "sailors"
    );
    assert_count!(
        Es,
        "Los 379 ocupantes del vuelo salieron.",
        379,
        exact,
        Exact,
        "passengers"
    );
}

#[test]
#[rustfmt::skip]
fn qualifiers() {
    assert_qualifiers!(Fr, "1 500 soldats nord-coréens en Russie", Some("North Korea"), Some("Russia"), None, None);
    assert_qualifiers!(Fr, "que 1.500 soldats nord-coréens avaient été transférés en Russie", Some("North Korea"), Some("Russia"), None, Some("deployed"));
    assert_qualifiers!(Fr, "Les renseignements sud-coréens ont annoncé que 1 500 soldats ont été envoyés à Vladivostok", None, Some("Vladivostok"), None, Some("deployed"));
    assert_qualifiers!(Fr, "1 500 soldats dans la région de Koursk", None, Some("Kursk"), None, None);
    assert_qualifiers!(Fr, "Pyongyang souhaitait envoyer au total 12 000 soldats", Some("North Korea"), None, Some(Scope::PlannedTotal), Some("deployed"));
    assert_qualifiers!(Fr, "1 500 soldats ont déjà été déployés", None, None, Some(Scope::SoFar), Some("deployed"));
    assert_qualifiers!(Fr, "Selon Séoul, 1 500 soldats ont été tués", None, None, None, Some("killed"));
    assert_qualifiers!(Fr, "1 500 soldats de la Corée du Nord en Russie", Some("North Korea"), Some("Russia"), None, None);
    assert_qualifiers!(En, "1,500 North Korean troops in Kursk", Some("North Korea"), Some("Kursk"), None, None);
    assert_qualifiers!(En, "North Korea has already sent 1,500 troops to Russia", Some("North Korea"), Some("Russia"), Some(Scope::SoFar), Some("deployed"));
    assert_qualifiers!(En, "Pyongyang planned to send 12,000 soldiers in total", Some("North Korea"), None, Some(Scope::PlannedTotal), Some("deployed"));
    assert_qualifiers!(En, "So far, 300 soldiers were killed", None, None, Some(Scope::SoFar), Some("killed"));
    assert_qualifiers!(En, "a dozen North Korean officers were killed in Kursk", Some("North Korea"), Some("Kursk"), None, Some("killed"));
    assert_qualifiers!(En, "1,500 soldiers from North Korea", Some("North Korea"), None, None, None);
    assert_qualifiers!(Fr, "1 500 membres des forces spéciales nord-coréennes", Some("North Korea"), None, None, None);
    assert_qualifiers!(Fr, "3 000 soldats ont quitté la Corée du Nord pour la Russie", Some("North Korea"), Some("Russia"), None, Some("deployed"));
    assert_qualifiers!(Fr, "les 12 000 hommes que Pyongyang prévoirait d'envoyer au total", Some("North Korea"), None, Some(Scope::PlannedTotal), Some("deployed"));
    assert_qualifiers!(Fr, "Lyon : 20 000 manifestants selon la police, 45 000 selon les syndicats", None, Some("Lyon"), None, None);
    assert_qualifiers!(En, "8,000 soldiers have moved into Russia's Kursk region", None, Some("Kursk"), None, Some("deployed"));
    assert_qualifiers!(En, "South Korea's spy agency said 1,500 troops were shipped to Russia", None, Some("Russia"), None, Some("deployed"));
    assert_qualifiers!(En, "roughly 10,000 soldiers that Pyongyang has sent to Russia", Some("North Korea"), Some("Russia"), None, Some("deployed"));
    assert_qualifiers!(En, "In Paris, police counted 87,000 marchers, while the CGT claimed 500,000", None, Some("Paris"), None, None);
}

/// "Tausende weitere Soldaten", "3,000 more troops": more of what the earlier count counted
/// takes its entity; with no earlier count there is none to take.
#[test]
#[rustfmt::skip]
fn more_of_the_same_takes_the_earlier_entity() {
    let rows: &[(Lang, &str, &str, Option<&str>)] = &[
        (
            Lang::De,
            "3.000 nordkoreanische Soldaten sind dort, Tausende weitere Soldaten folgen.",
            "Tausende",
            Some("North Korea"),
        ),
        (
            Lang::En,
            "3,000 North Korean troops are there and 2,000 more troops will follow.",
            "2,000",
            Some("North Korea"),
        ),
        (Lang::De, "Tausende weitere Soldaten folgen.", "Tausende", None),
        (
            Lang::It,
            "Sono arrivati 3.000 soldati nordcoreani e altri 2.000 soldati seguiranno.",
            "2.000",
            Some("North Korea"),
        ),
        (
            Lang::Fr,
            "3 000 soldats nord-coréens sont là et 2 000 autres soldats vont suivre.",
            "2 000",
            Some("North Korea"),
        ),
    ];
    for (lang, text, figure, want) in rows {
        let found = counts(*lang, text);
        let f = found
            .iter()
            .find(|f| f.quantity.text.ends_with(figure))
            .unwrap_or_else(|| panic!("{lang} {text:?}: no {figure}: {found:#?}"));
        assert_eq!(f.qualifiers.entity.as_deref(), *want, "{lang} {text:?}");
    }
}

/// What a figure counts when its noun is coordinated with a sibling kind, when it is a victim
/// of a toll, and when the next figure's outcome stands in its clause.
#[test]
#[rustfmt::skip]
fn counted_kinds_victims_and_neighbouring_outcomes() {
    assert_count!(Fr, "566 tracteurs, camions et remorques", 566, exact, Exact, "vehicles");
    assert_count!(En, "73,700 tractors and other vehicles", 73700, exact, Exact, "vehicles");
    assert_count!(En, "5,000 tractors blocked the roads", 5000, exact, Exact, "tractors");
    assert_count!(It, "altre due vittime", 2, exact, Exact, "deaths");
    assert_count!(Es, "al menos 156 víctimas mortales", 156.., exact, AtLeast, "deaths");
    let found = counts(Lang::Es, "han muerto 110 personas y 670 heridos");
    assert_eq!(found[0].counted.concept, "deaths");
    assert_eq!(found[1].counted.concept, "injured");
}

/// "One" is a count where it counts someone who met an outcome: the outcome noun itself ("un
/// mort", "un solo decesso"), a person with the verb after ("una persona murió", "un
/// sottufficiale ucraino è stato ucciso") or before it ("murió un buzo"); never a toll, a thing
/// that killed others, or a plain article.
#[test]
#[rustfmt::skip]
fn one_who_met_an_outcome() {
    assert_count!(Fr, "On déplore un mort.", 1, exact, Exact, "deaths");
    assert_count!(It, "La polizia confermava un solo decesso.", 1, exact, Exact, "deaths");
    assert_count!(Es, "Según las autoridades, una persona murió.", 1, exact, Exact, "deaths");
    assert_count!(It, "Un sottufficiale ucraino è stato ucciso.", 1, exact, Exact, "deaths");
    assert_count!(Es, "El martes murió un buzo civil.", 1, exact, Exact, "deaths");
    assert_count!(Pt, "Ontem um homem morreu.", 1, exact, Exact, "deaths");
    assert_count!(De, "Gestern ist ein Mann gestorben.", 1, exact, Exact, "deaths");
    assert_count!(En, "He said one person was still missing.", 1, exact, Exact, "missing");
    assert_no_count!(Fr, "Un incendie a tué des habitants.");
    assert_no_count!(Fr, "La police annonce un bilan provisoire.");
    assert_no_count!(En, "Riyadh has not published a death toll.");
    assert_no_count!(Es, "Hay una lista de desaparecidos.");
    assert_no_count!(De, "Der Verband legt sich nicht auf eine exakte Zahl fest.");
    assert_no_count!(En, "A landslide killed many villagers.");
    assert_no_count!(En, "A fire killed several residents.");
    assert_no_count!(Es, "Un incendio mató a varios vecinos.");
    assert_count!(Fr, "Hier, un homme est mort d'une crise cardiaque.", 1, exact, Exact, "deaths");
    assert_no_count!(En, "A spokesman said protesters were arrested.");
    assert_count!(Fr, "Un homme a tué trois passants.", 3, exact, Exact, "deaths");
}

/// A range may put an article after its opener and its link: "tra i 60 e gli 80", "entre los
/// 60 y los 80".
#[test]
#[rustfmt::skip]
fn ranges_with_articles() {
    assert_count!(It, "tra i 60 e gli 80 marines sono stati catturati", 60..=80, exact, Range, "marines");
    assert_count!(Es, "entre los 60 y los 80 soldados", 60..=80, exact, Range, "soldiers");
    assert_count!(Pt, "entre os 60 e os 80 soldados", 60..=80, exact, Range, "soldiers");
}

/// Nouns of disaster, accident and protest news count one concept in every language ("usines"
/// and "factories" are factories, "wagons-citernes" carriages, "camions" and "lorries" trucks).
#[test]
#[rustfmt::skip]
fn disaster_nouns_in_french_and_english() {
    assert_count!(Fr, "Trois usines ont été détruites.", 3, exact, Exact, "factories");
    assert_count!(Fr, "Au moins 72 wagons-citernes ont déraillé.", 72.., exact, AtLeast, "carriages");
    assert_count!(Fr, "Une quarantaine de commerces ont été pillés.", 40, approx, Approx, "shops");
    assert_count!(Fr, "12 ponts se sont effondrés.", 12, exact, Exact, "bridges");
    assert_count!(Fr, "Quelque 300 bénévoles sont mobilisés.", 300, approx, Approx, "volunteers");
    assert_count!(Fr, "15 camions ont été bloqués.", 15, exact, Exact, "trucks");
    assert_count!(En, "Three factories were destroyed.", 3, exact, Exact, "factories");
    assert_count!(En, "More than 200 aftershocks were recorded.", 200.., exact, AtLeast, "aftershocks");
    assert_count!(En, "Five mosques were damaged.", 5, exact, Exact, "mosques");
    assert_count!(En, "About 50 volunteers joined.", 50, approx, Approx, "volunteers");
    assert_count!(En, "15 hospitalised after the crash.", 15, exact, Exact, "hospitalized");
    assert_count!(En, "Twelve lorries were stuck.", 12, exact, Exact, "trucks");
}

/// A figure that is part of a known count ("Nineteen of the injured") counts its kind; a toll
/// noun before a figure without one is the dead.
#[test]
#[rustfmt::skip]
fn partitives_and_tolls() {
    assert_count!(En, "Nineteen of the injured were in critical condition", 19, exact, Exact, "injured");
    assert_count!(De, "Mehr als 100 der Toten waren jung", 100.., exact, AtLeast, "deaths");
    assert_count!(Fr, "six des blessés sont en soins intensifs", 6, exact, Exact, "injured");
    assert_count!(En, "The toll climbed to 57 on Thursday", 57, exact, Exact, "deaths");
    assert_no_count!(Fr, "30 pour cent des soldats");
}

/// A part of a count ("dont", "of them", "davon", "de ellos", "of the dead", "of the six") and
/// an increment ("16 weitere", "58 nouveaux", "14 more"), a breakdown that adds up to a total
/// beside it and a figure for one place or day "alone" have the part scope; the whole keeps
/// none, nor does a bare "of" ("millions of people").
#[test]
fn parts_have_the_part_scope() {
    use crate::claim::Scope;
    let rows: &[(Lang, &str, u64, Option<Scope>)] = &[
        (
            Lang::Fr,
            "82 blessés, dont 19 dans un état critique",
            19,
            Some(Scope::Part),
        ),
        (
            Lang::Fr,
            "82 blessés, dont 19 dans un état critique",
            82,
            None,
        ),
        (
            Lang::Es,
            "172 heridos, 33 de ellos graves",
            33,
            Some(Scope::Part),
        ),
        (
            Lang::De,
            "48 Ortschaften, 34 davon im Norden",
            34,
            Some(Scope::Part),
        ),
        (
            Lang::En,
            "739 rioters, 60 of them women, were arrested",
            60,
            Some(Scope::Part),
        ),
        (
            Lang::En,
            "At least 323 of the dead were Egyptians",
            323,
            Some(Scope::Part),
        ),
        (Lang::En, "Millions of people fled", 2_000_000, None),
        (
            Lang::Fr,
            "six des blessés sont en soins intensifs",
            6,
            Some(Scope::Part),
        ),
        (
            Lang::De,
            "Mehr als 100 der Toten waren jung",
            100,
            Some(Scope::Part),
        ),
        (
            Lang::Pt,
            "40 dos mortos eram crianças",
            40,
            Some(Scope::Part),
        ),
        (Lang::It, "50 dei feriti sono gravi", 50, Some(Scope::Part)),
        (
            Lang::Es,
            "30 de los heridos siguen graves",
            30,
            Some(Scope::Part),
        ),
        (
            Lang::En,
            "Five of the six crew had died",
            5,
            Some(Scope::Part),
        ),
        (
            Lang::De,
            "Danach seien 16 weitere Menschen getötet worden",
            16,
            Some(Scope::Part),
        ),
        (
            Lang::Fr,
            "Un diplomate fait état de 58 nouveaux décès",
            58,
            Some(Scope::Part),
        ),
        (
            Lang::Es,
            "El domingo se sacaron otros 28 cuerpos del río",
            28,
            Some(Scope::Part),
        ),
        (
            Lang::En,
            "Rescuers pulled 14 more bodies from the wreckage",
            14,
            Some(Scope::Part),
        ),
        // Figures that add up to a total beside them break it down.
        (
            Lang::En,
            "Six Azerbaijanis - four police officers and two road workers - were killed",
            4,
            Some(Scope::Part),
        ),
        (
            Lang::En,
            "Six Azerbaijanis - four police officers and two road workers - were killed",
            6,
            None,
        ),
        (
            Lang::De,
            "Die Behörde meldete 81 Verletzte – 57 Männer und 24 Frauen.",
            24,
            Some(Scope::Part),
        ),
        // Other outcomes beside a total are no breakdown of it, whatever they add up to.
        (
            Lang::Fr,
            "Il y a eu 10 morts, 20 blessés et 30 disparus.",
            10,
            None,
        ),
        (
            Lang::En,
            "The storm killed 2 people, injured 3 and left 5 homeless.",
            3,
            None,
        ),
        // A figure for one place or day "alone" is a part of the whole.
        (
            Lang::De,
            "Allein im Provinzkrankenhaus wurden 250 Tote registriert.",
            250,
            Some(Scope::Part),
        ),
        (
            Lang::It,
            "Solo nella città di Wajima sono morte 39 persone.",
            39,
            Some(Scope::Part),
        ),
        (
            Lang::Pt,
            "O Viasna contabilizava 151 detidos só na capital.",
            151,
            Some(Scope::Part),
        ),
    ];
    for (lang, text, value, scope) in rows {
        let found = counts(*lang, text);
        let f = found
            .iter()
            .find(|f| f.quantity.low == Some(*value))
            .unwrap_or_else(|| panic!("{lang} {text:?}: no {value} in {found:#?}"));
        assert_eq!(f.qualifiers.scope, *scope, "{lang} {text:?} {value}");
    }
}

/// A verb of going past a figure makes it a lower bound, the verb left out of the figure.
#[test]
#[rustfmt::skip]
fn exceeding_verbs_are_lower_bounds() {
    assert_count!(Fr, "le bilan dépasse les 2 100 morts", 2100.., exact, AtLeast, "deaths");
    assert_count!(En, "the death toll tops 1,000 dead", 1000.., exact, AtLeast, "deaths");
    assert_count!(En, "death toll passes 185", 185.., exact, AtLeast, "deaths");
    assert_count!(En, "destroyed buildings had climbed past 1,700 buildings", 1700.., exact, AtLeast, "buildings destroyed");
    assert_count!(De, "die Zahl der Toten übersteigt 5000 Tote", 5000.., exact, AtLeast, "deaths");
    assert_count!(Es, "el número de víctimas supera los 200 muertos", 200.., exact, AtLeast, "deaths");
    assert_count!(It, "le vittime superano quota 180 morti", 180.., exact, AtLeast, "deaths");
    assert_count!(Pt, "o número de vítimas ultrapassa os 200 mortos", 200.., exact, AtLeast, "deaths");
}

/// "Just under", "above", "below" and their kin are bounds in every language.
#[test]
fn just_under_and_above_are_bounds() {
    assert_count!(
        De,
        "knapp unter 100 Vermisste",
        ..=100,
        exact,
        AtMost,
        "missing"
    );
    assert_count!(
        De,
        "knapp über 100 Vermisste",
        100..,
        exact,
        AtLeast,
        "missing"
    );
    assert_count!(
        En,
        "just below 100 people missing",
        ..=100,
        exact,
        AtMost,
        "missing"
    );
    assert_count!(
        Es,
        "por encima de 100 desaparecidos",
        100..,
        exact,
        AtLeast,
        "missing"
    );
    assert_count!(
        Pt,
        "abaixo de 100 desaparecidos",
        ..=100,
        exact,
        AtMost,
        "missing"
    );
    assert_count!(
        It,
        "non oltre 100 dispersi",
        ..=100,
        exact,
        AtMost,
        "missing"
    );
    assert_count!(
        Fr,
        "au-delà de 100 disparus",
        100..,
        exact,
        AtLeast,
        "missing"
    );
}

/// A figure with no noun counts the outcome the verb before it states.
#[test]
#[rustfmt::skip]
fn a_verb_of_outcome_before_a_figure_without_a_noun() {
    assert_count!(En, "Morocco quake kills at least 820 as rescuers struggle", 820.., exact, AtLeast, "deaths");
    assert_count!(Fr, "Les pompiers ont évacué 3 000 dans la nuit", 3000, exact, Exact, "evacuated");
    assert_count!(Es, "El terremoto mató a 900 en la región", 900, exact, Exact, "deaths");
}

/// Livestock counted by the head is livestock, never the deaths of its clause.
#[test]
#[rustfmt::skip]
fn livestock_by_the_head() {
    assert_count!(En, "the floods drowned 800,000 head of cattle", 800000, exact, Exact, "livestock");
    assert_count!(Pt, "morreram 943.909 cabeças de gado", 943909, exact, Exact, "livestock");
    assert_count!(It, "sono morti 3.000 capi di bestiame", 3000, exact, Exact, "livestock");
    assert_count!(It, "sono scese in piazza 500 mila persone", 500000, exact, Exact, "protesters");
    assert_count!(It, "sono scesi in piazza 800 studenti", 800, exact, Exact, "students");
    assert_count!(Es, "murieron 5.000 cabezas de ganado", 5000, exact, Exact, "livestock");
    assert_count!(Fr, "10 000 têtes de bétail ont péri", 10000, exact, Exact, "livestock");
}

/// A page counter after its label and a colon, a phone or account number written without
/// separators, and sums of money in the world's currencies are no counts.
#[test]
fn counters_phone_numbers_and_money_are_no_counts() {
    assert_no_count!(It, "Condividi: 214 · Commenti: 9");
    assert_no_count!(Fr, "Numéro d'urgence : 9656938689");
    assert_no_count!(En, "payments of ₹10 lakh to each family");
    assert_no_count!(Es, "la entrada costaba 17 rupias");
    assert_no_count!(Pt, "o bilhete custava 17 rupias");
    assert_no_count!(It, "un biglietto da 17 rupie");
    assert_no_count!(De, "auf rund 1000 Quadratkilometern");
    assert_no_count!(Es, "unos 20 céntimos");
    assert_count!(Fr, "9 656 morts", 9656, exact, Exact, "deaths");
}

/// The measures and currencies of the Unicode CLDR (src/lang/measures.rs) in every plural and,
/// in German, the dative: a figure before them is no count; the function words among unit
/// names ("nó", "secondo") stay out of it.
#[test]
#[rustfmt::skip]
fn measures_and_money_from_cldr_are_no_counts() {
    assert_no_count!(Es, "llevaban cuatro noches durmiendo a la intemperie");
    assert_no_count!(De, "nach drei Jahrzehnten Unabhängigkeit");
    assert_no_count!(En, "who led the country for nearly three decades");
    assert_no_count!(De, "das Boot sei mit sechs Knoten unterwegs gewesen");
    assert_no_count!(It, "un contributo una tantum di 100.000 dram");
    assert_no_count!(De, "je zehn Millionen Rupiah zu zahlen");
    assert_no_count!(Pt, "prejuízos de 120,06 mil milhões de yuan");
    assert_no_count!(Fr, "une aide de 5 000 nairas");
    assert_count!(Pt, "o balanço subiu para 13 no dia seguinte", 13, exact, Exact, "deaths");
    assert_count!(It, "60.000 manifestanti secondo i media greci", 60000, exact, Exact, "protesters");
}

/// Lines of links to other stories, hours after a clock preposition, numbers coordinated with
/// a measure or a label, phone numbers after a country or area code, a day after an abbreviated
/// month, and millions without a noun after a sum of money are no counts.
#[test]
#[rustfmt::skip]
fn links_hours_coordinated_labels_phones_and_money() {
    assert_no_count!(Pt, "Leia também: Cinco perguntas sobre as pontes da Índia");
    assert_no_count!(Es, "Lea también: 5 claves para entender la guerra");
    assert_no_count!(De, "Mehr zum Thema: zehn Tipps für heiße Tage");
    assert_no_count!(Fr, "Lire aussi : trois questions sur la reconstruction");
    assert_no_count!(En, "Read more: 10 things to know about the quake");
    assert_no_count!(It, "Leggi anche: 5 domande sul sisma");
    assert_no_count!(It, "la camera ardente resta aperta dalle 9 alle 19");
    assert_no_count!(Es, "a las 7 de la mañana de este martes");
    assert_count!(It, "il bilancio è salito alle 20 vittime", 20, exact, Exact, "deaths");
    assert_no_count!(Es, "con los niños, de 5 y 7 años");
    assert_no_count!(It, "i figli di otto e cinque anni");
    assert_no_count!(En, "under sections 304 and 308 of the penal code");
    assert_no_count!(Es, "basada en los artículos 337, 338 y 304A del código penal");
    assert_count!(En, "on flight 516 and 379 passengers", 379, exact, Exact, "passengers");
    assert_no_count!(En, "contact our newsdesk on +44 20 7946 0718.");
    assert_no_count!(Es, "pueden llamar a la línea del condado, (877) 777-4066.");
    assert_count!(En, "CUTRO, Italy, Feb. 26 (Agency) — at least 59 people died", 59.., exact, AtLeast, "deaths");
    assert_no_count!(Es, "Roma, 17 may.");
    assert_no_count!(Pt, "entre 3,8 e 4,6 bilhões de dólares em danos, além de perdas de 2,9 a 3,5 bilhões");
    assert_no_count!(Fr, "une rallonge de 20 millions d'euros, soit 30 millions au total");
    assert_count!(It, "120 miliardi di dirham per le province dove vivono 4,2 milioni di abitanti", 4_200_000, exact, Exact, "inhabitants");
}

/// An adverb inside an outcome phrase does not hide it: "manquent encore à l'appel", "sono poi
/// morte".
#[test]
#[rustfmt::skip]
fn an_adverb_inside_an_outcome_phrase() {
    assert_count!(Fr, "Mille personnes manquent encore à l'appel.", 1000, exact, Exact, "missing");
    assert_count!(Fr, "Mille personnes manquent à l'appel.", 1000, exact, Exact, "missing");
    // A negation before the phrase: no longer missing.
    assert_count!(Fr, "Mille personnes ne manquent plus à l'appel.", 1000, exact, Exact, "people");
}

/// Review rows: a currency's name that is also a word ("lei") makes no sum; a comma ends a
/// list of labels where the list stops ("la carretera 340, 12 murieron").
#[test]
#[rustfmt::skip]
fn currency_words_and_commas_after_labels() {
    assert_count!(It, "Secondo lei, 2 milioni sono fuggiti dalle loro case.", 2_000_000, exact, Exact, "displaced");
    assert_count!(Es, "En la carretera 340, 12 murieron en el accidente.", 12, exact, Exact, "deaths");
}

/// "One" is a count when the person it names met an outcome; else an article or a pronoun.
#[test]
fn one_person_who_met_an_outcome_is_a_count() {
    assert_count!(
        En,
        "One person was killed in Charlotte when a tree fell.",
        1,
        exact,
        Exact,
        "deaths"
    );
    assert_count!(
        En,
        "Burkett confirmed that at least one person has died.",
        1..,
        exact,
        AtLeast,
        "deaths"
    );
    assert_count!(Fr, "Un manifestant a été tué.", 1, exact, Exact, "deaths");
    assert_no_count!(En, "One of them was injured.");
    assert_no_count!(En, "One person spoke to reporters.");
}

/// A word for a half before a spelled scale is half the scale.
#[test]
fn half_a_scale_is_half() {
    assert_count!(
        En,
        "Organisers said half a million people marched.",
        500000,
        approx,
        Approx,
        "protesters"
    );
    assert_count!(
        De,
        "Die Organisatoren sprachen von einer halben Million Menschen.",
        500000,
        approx,
        Approx,
        "people"
    );
    assert_count!(
        Pt,
        "Os organizadores falaram em meio milhão de manifestantes.",
        500000,
        approx,
        Approx,
        "protesters"
    );
    assert_count!(
        Es,
        "Medio millón de personas se manifestaron.",
        500000,
        approx,
        Approx,
        "protesters"
    );
}

/// An ordinal the spelled-number reader takes for a cardinal is no count.
#[test]
fn an_apocopated_ordinal_is_no_count() {
    assert_no_count!(
        Es,
        "Un tercer manifestante, herido de bala, sigue hospitalizado."
    );
}

/// A verb of change before "de … à" makes two figures, a change over time, even with its
/// object or a day between them ("a relevé son bilan de 30 à 43", "subió el sábado de 49 a
/// 53"); without one, "de … à" is a range.
#[test]
#[rustfmt::skip]
fn a_change_from_one_figure_to_another_is_two_figures() {
    use crate::lang::rows::counts;
    let values = |lang: Lang, text: &str| -> Vec<(Option<u64>, Option<u64>)> {
        counts(lang, text).into_iter().map(|(_, low, high, ..)| (low, high)).collect()
    };
    type Row = (Lang, &'static str, &'static [(Option<u64>, Option<u64>)]);
    let rows: &[Row] = &[
        (Lang::Fr, "Le ministère a relevé son bilan de 30 à 43 morts.", &[(Some(30), Some(30)), (Some(43), Some(43))]),
        (Lang::Es, "El número de muertos subió el sábado de 49 a 53.", &[(Some(49), Some(49)), (Some(53), Some(53))]),
        (Lang::Es, "Las detenciones pasaron de 682 a 1.376.", &[(Some(682), Some(682)), (Some(1376), Some(1376))]),
        (Lang::Fr, "Le bilan varie de 30 à 43 morts selon les sources.", &[(Some(30), Some(43))]),
    ];
    for (lang, text, want) in rows {
        assert_eq!(values(*lang, text), *want, "{text:?}");
    }
}
