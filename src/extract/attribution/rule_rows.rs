//! Regression rows for source rules found wanting on the fixtures, one row per phrase and
//! language, positive and negative: a date is never a source, nor is a clitic or relative
//! pronoun, nor a noun before an adjectival participle; a report noun with a nationality is
//! that country's; "the department" is the last department named; a headline "Name: …" is
//! Name's.

use crate::lang::Lang;
use crate::lang::rows::check_sources;

const NIS: &str = "National Intelligence Service (South Korea)";

#[test]
#[rustfmt::skip]
fn a_date_is_never_a_source() {
    check_sources(Lang::Es, &[
        ("Moscú, que la semana pasada negó esas informaciones, calla.", "informaciones", "Kremlin", "denied by Kremlin"),
        ("El viernes, el NIS dijo que 1.500 soldados llegaron.", "1.500", NIS, "asserted"),
    ]);
    check_sources(Lang::Fr, &[
        ("Moscou, qui la semaine dernière a démenti ces informations, se tait.", "informations", "Kremlin", "denied by Kremlin"),
        ("Le NIS, qui vendredi a déclaré que 1 500 soldats étaient partis, se tait.", "1 500", NIS, "asserted"),
    ]);
    check_sources(Lang::En, &[
        ("An officer who defected in 2019 told lawmakers that 500 troops left.", "500", "outlet", "asserted"),
        ("The Kremlin last week denied the reports about 500 troops.", "500", "Kremlin", "denied by Kremlin"),
    ]);
    check_sources(Lang::It, &[
        ("Mosca, che la settimana scorsa ha smentito le notizie sui 500 soldati, tace.", "500", "Kremlin", "denied by Kremlin"),
    ]);
}

#[test]
#[rustfmt::skip]
fn a_reporting_verb_after_a_genitive_is_a_noun() {
    check_sources(Lang::It, &[
        ("Il NIS ha riferito che sono 3.000 i soldati, il doppio della stima diffusa venerdì.", "3.000", NIS, "asserted"),
        ("Il NIS stima che 3.000 soldati siano partiti.", "3.000", NIS, "asserted"),
    ]);
    check_sources(Lang::Fr, &[
        ("Le NIS a indiqué que 3 000 soldats sont partis, le double de l'estimation publiée vendredi.", "3 000", NIS, "asserted"),
    ]);
}

#[test]
#[rustfmt::skip]
fn a_pronoun_alone_is_no_source() {
    check_sources(Lang::Es, &[
        ("Según Blinken, Rusia entrenó a 500 soldados, lo que indica que Moscú los usará.", "500", "Antony Blinken", "asserted"),
        ("Según Blinken, Rusia entrenó a esas tropas, lo que indica que 500 soldados irán al frente.", "500", "Antony Blinken", "asserted"),
        ("El Pentágono lo indica: 500 soldados llegaron.", "500", "Pentagon", "asserted"),
    ]);
    check_sources(Lang::It, &[
        ("Secondo Blinken, la Russia ha addestrato 500 soldati, ciò che indica un impiego al fronte.", "500", "Antony Blinken", "asserted"),
    ]);
    check_sources(Lang::Pt, &[
        ("Segundo Blinken, a Rússia treinou 500 soldados, o que indica que irão para a frente.", "500", "Antony Blinken", "asserted"),
    ]);
    check_sources(Lang::Fr, &[
        ("Selon Blinken, la Russie a formé 500 soldats, ce qui montre que Moscou veut les engager.", "500", "Antony Blinken", "asserted"),
    ]);
}
