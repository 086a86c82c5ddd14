//! Spanish rows: one phrase per row and the exact claim it must yield.

use crate::claim::Scope;
use crate::lang::Lang::Es;
use crate::lang::rows_es_pt::*;

#[test]
#[rustfmt::skip]
fn spanish_digits() {
    check_counts(Es, &[
        ("1.500 soldados", "1500", Exact, "soldiers"),
        ("1 500 soldados", "1500", Exact, "soldiers"),
        ("1\u{A0}500 soldados", "1500", Exact, "soldiers"),
        ("12.000 soldados", "12000", Exact, "soldiers"),
        ("12 mil militares", "12000", Exact, "soldiers"),
        ("3.000 efectivos", "3000", Exact, "soldiers"),
        ("1,5 millones de manifestantes", "1500000", Exact, "protesters"),
        ("1,28 millones de personas", "1280000", Exact, "people"),
        ("3 millones de personas", "3000000", Exact, "people"),
        ("un millón de manifestantes", "1000000", Exact, "protesters"),
        ("300 muertos", "300", Exact, "deaths"),
        ("200 heridos", "200", Exact, "injured"),
        ("5.000 manifestantes", "5000", Exact, "protesters"),
        ("30 buques", "30", Exact, "ships"),
        ("40 drones", "40", Exact, "drones"),
        ("20 tanques", "20", Exact, "tanks"),
        ("250 misiles", "250", Exact, "missiles"),
        ("300 civiles", "300", Exact, "civilians"),
        ("12 oficiales", "12", Exact, "officers"),
        ("8 generales", "8", Exact, "generals"),
        ("1.500 soldados norcoreanos", "1500", Exact, "soldiers"),
        ("1.500 norcoreanos enviados a Rusia", "1500", Exact, "soldiers"),
        ("1.500 miembros de las fuerzas especiales", "1500", Exact, "soldiers"),
        ("una brigada de 5.000 hombres", "5000", Exact, "soldiers"),
        ("12.000 hombres", "12000", Exact, "fighters"),
        ("150 personas murieron", "150", Exact, "deaths"),
        ("cifra en 10.000 los soldados", "10000", Exact, "soldiers"),
        ("en 2023 1.500 soldados", "1500", Exact, "soldiers"),
        ("10k manifestantes", "10000", Exact, "protesters"),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_words() {
    check_counts(Es, &[
        ("cuatro brigadas", "4", Exact, "brigades"),
        ("doce mil soldados", "12000", Exact, "soldiers"),
        ("tres mil soldados", "3000", Exact, "soldiers"),
        ("dos mil militares", "2000", Exact, "soldiers"),
        ("mil quinientos soldados", "1500", Exact, "soldiers"),
        ("diez mil soldados", "10000", Exact, "soldiers"),
        ("doscientos cincuenta misiles", "250", Exact, "missiles"),
        ("veintitrés heridos", "23", Exact, "injured"),
        ("dieciséis muertos", "16", Exact, "deaths"),
        ("cinco generales", "5", Exact, "generals"),
        ("un millar de soldados", "~1000", Approx, "soldiers"),
        ("una decena de muertos", "~10", Approx, "deaths"),
        ("una docena de oficiales", "~12", Approx, "officers"),
        ("un centenar de manifestantes", "~100", Approx, "protesters"),
        ("una veintena de drones", "~20", Approx, "drones"),
        ("dos docenas de oficiales", "~24", Approx, "officers"),
        ("miles de soldados", "~2000..9999", Vague, "soldiers"),
        ("varios miles de soldados", "~2000..9999", Vague, "soldiers"),
        ("cientos de manifestantes", "~200..999", Vague, "protesters"),
        ("centenares de manifestantes", "~200..999", Vague, "protesters"),
        ("decenas de muertos", "~20..99", Vague, "deaths"),
        ("decenas de miles de manifestantes", "~20000..99999", Vague, "protesters"),
        ("millones de personas", "~2000000..9999999", Vague, "people"),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_bounds() {
    check_counts(Es, &[
        ("unos 3.000 soldados", "~3000", Approx, "soldiers"),
        ("unas 3.000 personas", "~3000", Approx, "people"),
        ("alrededor de 3.000 soldados", "~3000", Approx, "soldiers"),
        ("cerca de 3.000 soldados", "~3000", Approx, "soldiers"),
        ("casi 3.000 soldados", "~3000", Approx, "soldiers"),
        ("aproximadamente 3.000 soldados", "~3000", Approx, "soldiers"),
        ("en torno a 3.000 soldados", "~3000", Approx, "soldiers"),
        ("más de 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("al menos 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("por lo menos 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("poco más de 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("2.000 o más soldados", "2000..", AtLeast, "soldiers"),
        ("más de una decena de soldados", "~10..", AtLeast, "soldiers"),
        ("hasta 12.000 soldados", "..12000", AtMost, "soldiers"),
        ("hasta 12 mil militares", "..12000", AtMost, "soldiers"),
        ("menos de 1.000 soldados", "..1000", AtMost, "soldiers"),
        ("entre 10.000 y 12.000 soldados", "10000..12000", Range, "soldiers"),
        ("de 10.000 a 12.000 soldados", "10000..12000", Range, "soldiers"),
        ("10.000-12.000 soldados", "10000..12000", Range, "soldiers"),
        ("2.000 o 3.000 soldados", "2000..3000", Range, "soldiers"),
        ("dos o tres brigadas", "2..3", Range, "brigades"),
        ("entre 3 y 5 millones de manifestantes", "3000000..5000000", Range, "protesters"),
        ("pasó de 1.500 a 3.000 soldados", "3000", Exact, "soldiers"),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_non_counts() {
    check_no_counts(Es, &[
        "un soldado",
        "una mujer",
        "uno de los soldados",
        "entre los dos países",
        "en 2024",
        "tiene 40 años",
        "50 % de los soldados",
        "30 por ciento de los soldados",
        "10 millones de euros",
        "500 € por soldado",
        "el primer ministro",
        "la tercera brigada",
        "llame al 091 123 45 67",
        "el artículo 5 del tratado",
        "un Su-25 derribado",
        "la cumbre del G7",
        "misiles KN-23",
        "1.245 compartidos",
        "312 comentarios",
        "https://ejemplo.es/2024/10/21/1500-soldados",
        "3,5 soldados",
        "dos veces",
        "durante tres días",
        "uno de cada tres trenes",
        "el 18 de octubre",
        "a las 14:30",
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_qualifiers() {
    check_qualifiers(Es, &[
        ("1.500 soldados norcoreanos en Rusia", Some("North Korea"), Some("Russia"), None, None),
        ("1.500 soldados de Corea del Norte ya han sido enviados a Rusia", Some("North Korea"), Some("Russia"), Some(Scope::SoFar), Some("deployed")),
        ("Pyongyang prevé enviar en total 12.000 militares", Some("North Korea"), None, Some(Scope::PlannedTotal), Some("deployed")),
        ("8.000 soldados norcoreanos en la región de Kursk", Some("North Korea"), Some("Kursk"), None, None),
        ("unos 3.000 soldados trasladados a Vladivostok", None, Some("Vladivostok"), None, Some("deployed")),
        ("hasta ahora 300 soldados murieron", None, None, Some(Scope::SoFar), Some("killed")),
        ("3.000 soldados salieron de Corea del Norte rumbo a Rusia", Some("North Korea"), Some("Russia"), None, None),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_dates() {
    check_dates(Es, &[
        ("2024-10-23", "Lo anunció el viernes.", &[("el viernes", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Lo anunció el viernes pasado.", &[("el viernes pasado", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Lo anunció ayer.", &[("ayer", "2024-10-22", "2024-10-22", 'd')]),
        ("2024-10-23", "Lo anunció ayer por la noche.", &[("ayer por la noche", "2024-10-22", "2024-10-22", 'd')]),
        ("2024-10-23", "Lo confirmó hoy.", &[("hoy", "2024-10-23", "2024-10-23", 'd')]),
        ("2024-10-23", "Llegaron anteayer.", &[("anteayer", "2024-10-21", "2024-10-21", 'd')]),
        ("2024-10-23", "Llegaron la semana pasada.", &[("la semana pasada", "2024-10-14", "2024-10-20", 'w')]),
        ("2024-10-23", "Llegarán esta semana.", &[("esta semana", "2024-10-21", "2024-10-27", 'w')]),
        ("2024-10-23", "Se firmó en junio.", &[("en junio", "2024-06-01", "2024-06-30", 'm')]),
        ("2024-10-23", "Se firmó el año pasado.", &[("el año pasado", "2023-01-01", "2023-12-31", 'y')]),
        ("2024-11-04", "Llegaron a principios de noviembre.", &[("a principios de noviembre", "2024-11-01", "2024-11-10", 'm')]),
        ("2024-10-23", "Llegaron a mediados de octubre.", &[("a mediados de octubre", "2024-10-11", "2024-10-20", 'm')]),
        ("2024-11-04", "Llegaron a finales de octubre.", &[("a finales de octubre", "2024-10-21", "2024-10-31", 'm')]),
        ("2024-10-23", "Sucedió el 18 de octubre de 2024.", &[("el 18 de octubre de 2024", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Sucedió el 18 de octubre.", &[("el 18 de octubre", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Sucedió el viernes 18 de octubre.", &[("el viernes 18 de octubre", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "La reunión fue el 18/10/2024.", &[("18/10/2024", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Cruzaron entre el 8 y el 13 de octubre.", &[("entre el 8 y el 13 de octubre", "2024-10-08", "2024-10-13", 'd')]),
        ("2024-10-23", "Cruzaron del 8 al 13 de octubre.", &[("del 8 al 13 de octubre", "2024-10-08", "2024-10-13", 'd')]),
        ("2024-10-23", "Se firmó en junio de 2024.", &[("en junio de 2024", "2024-06-01", "2024-06-30", 'm')]),
        ("2024-10-23", "Ocurrió en 2023.", &[("en 2023", "2023-01-01", "2023-12-31", 'y')]),
        ("2024-10-23", "Llegaron el 18 de octubre. Dos días después, combatían.", &[("el 18 de octubre", "2024-10-18", "2024-10-18", 'd'), ("Dos días después", "2024-10-20", "2024-10-20", 'd')]),
        ("2024-10-23", "Llegaron el 18 de octubre y al día siguiente partieron.", &[("el 18 de octubre", "2024-10-18", "2024-10-18", 'd'), ("al día siguiente", "2024-10-19", "2024-10-19", 'd')]),
        ("2024-10-23", "Llegaron hace tres días.", &[("hace tres días", "2024-10-20", "2024-10-20", 'd')]),
        ("2024-10-23", "Tendrán 10.000 soldados de aquí a diciembre.", &[("diciembre", "2024-12-01", "2024-12-31", 'm')]),
        ("2024-10-23", "Se reunirán el próximo lunes.", &[("el próximo lunes", "2024-10-28", "2024-10-28", 'd')]),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_times_and_datelines_are_not_counts() {
    check_no_pipeline_counts(Es, "2024-10-25", &[
        "Actualizado: 25/10/2024 14:30",
        "Publicado el 25 de octubre de 2024",
        "La reunión empezó a las 14:30 en Seúl.",
        "El anuncio llegó a las 9 horas.",
        "El 18 de octubre de 2024 llegaron.",
    ]);
}

const NIS: &str = "National Intelligence Service (South Korea)";

#[test]
#[rustfmt::skip]
fn spanish_sources() {
    check_sources(Es, &[
        ("Según el Pentágono, 10.000 soldados están en Rusia.", "10.000", "Pentagon"),
        ("De acuerdo con el Departamento de Estado, 8.000 soldados están en Kursk.", "8.000", "US Department of State"),
        ("El Servicio Nacional de Inteligencia afirmó que 1.500 soldados llegaron a Vladivostok.", "1.500", NIS),
        ("La inteligencia surcoreana dijo el viernes que 1.500 soldados fueron enviados.", "1.500", NIS),
        ("El secretario de Estado, Antony Blinken, afirmó que 8.000 soldados están en Kursk.", "8.000", "Antony Blinken"),
        ("Unos 10.000 soldados fueron enviados a Rusia, dijo el Pentágono.", "10.000", "Pentagon"),
        ("Unos 3.000 soldados ya están en Rusia, según la agencia Yonhap.", "3.000", "Yonhap"),
        ("La agencia Yonhap, citando al Servicio Nacional de Inteligencia, informó que 12.000 soldados serán enviados.", "12.000", "Yonhap → National Intelligence Service (South Korea)"),
        ("Zelenski aseguró que 11.000 soldados norcoreanos están en Kursk.", "11.000", "Volodymyr Zelensky"),
        ("El Pentágono ha confirmado que 10.000 soldados están en Rusia.", "10.000", "Pentagon"),
        ("Mark Rutte dijo en Bruselas que 3.000 soldados llegaron.", "3.000", "Mark Rutte"),
        ("Unos 3.000 soldados han llegado a Rusia.", "3.000", "outlet"),
        ("Según fuentes militares, 500 oficiales están en Rusia.", "500", "fuentes militares"),
        ("Según el Kremlin, 200 soldados murieron.", "200", "Kremlin"),
        ("Unos 10.000 soldados fueron enviados a Rusia, dijo el lunes el Pentágono.", "10.000", "Pentagon"),
        ("Según informó el Pentágono, 10.000 soldados están en Rusia.", "10.000", "Pentagon"),
        ("El Departamento de Estado cifra en 10.000 los soldados norcoreanos en Kursk.", "10.000", "US Department of State"),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_stances() {
    check_stances(Es, &[
        ("Unos 1.500 soldados habrían sido enviados a Rusia.", "1.500", "hedged"),
        ("Supuestamente, 1.500 soldados fueron enviados a Rusia.", "1.500", "hedged"),
        ("Los presuntos 1.500 soldados llegaron a Rusia.", "1.500", "hedged"),
        ("Al parecer, 1.500 soldados llegaron a Rusia.", "1.500", "hedged"),
        ("Unos 3.000 soldados podrían llegar al frente.", "3.000", "hedged"),
        ("El Kremlin negó que 1.500 soldados hubieran llegado.", "1.500", "denied by Kremlin"),
        ("Moscú desmintió que 1.500 soldados estuvieran en Rusia.", "1.500", "denied by Kremlin"),
        ("El Kremlin rechazó que 1.500 soldados estén en Rusia.", "1.500", "denied by Kremlin"),
        ("La OTAN no ha confirmado que 1.500 soldados estén en Rusia.", "1.500", "not confirmed by NATO"),
        ("El Pentágono no confirmó que 1.500 soldados estén en Rusia.", "1.500", "not confirmed by Pentagon"),
        ("La cifra de 1.500 soldados no ha sido confirmada.", "1.500", "not confirmed by outlet"),
        ("Unos 1.500 soldados, según informaciones sin confirmar, llegaron a Rusia.", "1.500", "not confirmed by outlet"),
        ("Unos 1.500 soldados llegaron a Rusia.", "1.500", "asserted"),
        ("El NIS afirmó que 1.500 soldados llegaron a Rusia.", "1.500", "asserted"),
        ("El Pentágono cree que 10.000 soldados están en Rusia.", "10.000", "asserted"),
    ]);
}

#[test]
#[rustfmt::skip]
fn spanish_datelines() {
    check_datelines(Es, &[
        ("Actualizado: 25/10/2024 14:30\nTexto.", "2024-10-25T14:30"),
        ("Publicado el 25 de octubre de 2024\nTexto.", "2024-10-25"),
        ("Publicado el 25 de octubre de 2024 a las 9:05\nTexto.", "2024-10-25T09:05"),
        ("18 de octubre de 2024, 11:40\nTexto.", "2024-10-18T11:40"),
        ("Actualizado el 1 de noviembre de 2024, 20:15\nTexto.", "2024-11-01T20:15"),
        ("Publicado el 25 de octubre a las 9:05\nTexto.", ""),
        ("Titular\n\nEl Heraldo – Internacional – sábado 4 de mayo de 2013\n\nTexto.", "2013-05-04"),
        // A lead's sentence that names a date is no byline.
        ("Titular\n\nDos semanas después del huracán, que tocó tierra el 26 de septiembre de 2024, faltan datos.\n\nTexto.", ""),
    ]);
}

/// Nouns of disaster, accident and protest news count one concept in every language
/// ("fábricas" are factories as "usines" and "Fabriken" are).
#[test]
#[rustfmt::skip]
fn spanish_disaster_nouns() {
    check_counts(Es, &[
        ("Tres fábricas quedaron destruidas.", "3", Exact, "factories"),
        ("Unas 40 pateras llegaron a Lampedusa.", "~40", Approx, "boats"),
        ("Más de 300 voluntarios colaboran.", "300..", AtLeast, "volunteers"),
        ("Doce puentes se derrumbaron.", "12", Exact, "bridges"),
        ("25 hospitalizados tras el accidente.", "25", Exact, "hospitalized"),
        ("Se instalaron 200 carpas.", "200", Exact, "tents"),
    ]);
}
