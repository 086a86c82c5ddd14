//! Portuguese rows: one phrase per row and the exact claim it must yield.

use crate::claim::Scope;
use crate::lang::Lang::Pt;
use crate::lang::rows_es_pt::*;

#[test]
#[rustfmt::skip]
fn portuguese_digits() {
    check_counts(Pt, &[
        ("1.500 soldados", "1500", Exact, "soldiers"),
        ("1 500 soldados", "1500", Exact, "soldiers"),
        ("12.000 soldados", "12000", Exact, "soldiers"),
        ("12 mil militares", "12000", Exact, "soldiers"),
        ("1,5 milhão de manifestantes", "1500000", Exact, "protesters"),
        ("2,5 milhões de pessoas", "2500000", Exact, "people"),
        ("3 milhões de pessoas", "3000000", Exact, "people"),
        ("um milhão de manifestantes", "1000000", Exact, "protesters"),
        ("300 mortos", "300", Exact, "deaths"),
        ("200 feridos", "200", Exact, "injured"),
        ("5.000 manifestantes", "5000", Exact, "protesters"),
        ("30 navios", "30", Exact, "ships"),
        ("40 drones", "40", Exact, "drones"),
        ("20 tanques", "20", Exact, "tanks"),
        ("250 mísseis", "250", Exact, "missiles"),
        ("300 civis", "300", Exact, "civilians"),
        ("12 oficiais", "12", Exact, "officers"),
        ("8 generais", "8", Exact, "generals"),
        ("1.500 soldados norte-coreanos", "1500", Exact, "soldiers"),
        ("1.500 norte-coreanos enviados para a Rússia", "1500", Exact, "soldiers"),
        ("1.500 membros das forças especiais", "1500", Exact, "soldiers"),
        ("uma brigada de 5.000 homens", "5000", Exact, "soldiers"),
        ("12.000 homens", "12000", Exact, "fighters"),
        ("150 pessoas morreram", "150", Exact, "deaths"),
        ("estima em 10.000 os soldados", "10000", Exact, "soldiers"),
        ("em 2023 1.500 soldados", "1500", Exact, "soldiers"),
        ("3.000 efetivos", "3000", Exact, "soldiers"),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_words() {
    check_counts(Pt, &[
        ("quatro brigadas", "4", Exact, "brigades"),
        ("doze mil soldados", "12000", Exact, "soldiers"),
        ("dois mil soldados", "2000", Exact, "soldiers"),
        ("três mil soldados", "3000", Exact, "soldiers"),
        ("dez mil soldados", "10000", Exact, "soldiers"),
        ("mil e quinhentos soldados", "1500", Exact, "soldiers"),
        ("duzentos e cinquenta mísseis", "250", Exact, "missiles"),
        ("vinte e três feridos", "23", Exact, "injured"),
        ("dezesseis mortos", "16", Exact, "deaths"),
        ("cinco generais", "5", Exact, "generals"),
        ("um milhar de soldados", "~1000", Approx, "soldiers"),
        ("uma dezena de mortos", "~10", Approx, "deaths"),
        ("uma dúzia de oficiais", "~12", Approx, "officers"),
        ("uma centena de manifestantes", "~100", Approx, "protesters"),
        ("milhares de soldados", "~2000..9999", Vague, "soldiers"),
        ("vários milhares de soldados", "~2000..9999", Vague, "soldiers"),
        ("centenas de manifestantes", "~200..999", Vague, "protesters"),
        ("dezenas de mortos", "~20..99", Vague, "deaths"),
        ("dezenas de milhares de manifestantes", "~20000..99999", Vague, "protesters"),
        ("milhões de pessoas", "~2000000..9999999", Vague, "people"),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_bounds() {
    check_counts(Pt, &[
        ("cerca de 3.000 soldados", "~3000", Approx, "soldiers"),
        ("quase 3.000 soldados", "~3000", Approx, "soldiers"),
        ("aproximadamente 3.000 soldados", "~3000", Approx, "soldiers"),
        ("por volta de 3.000 soldados", "~3000", Approx, "soldiers"),
        ("em torno de 3.000 soldados", "~3000", Approx, "soldiers"),
        ("uns 3.000 soldados", "~3000", Approx, "soldiers"),
        ("mais de 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("pelo menos 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("ao menos 2.000 soldados", "2000..", AtLeast, "soldiers"),
        ("2.000 ou mais soldados", "2000..", AtLeast, "soldiers"),
        ("mais de uma dezena de soldados", "~10..", AtLeast, "soldiers"),
        ("até 12.000 soldados", "..12000", AtMost, "soldiers"),
        ("até 12 mil militares", "..12000", AtMost, "soldiers"),
        ("menos de 1.000 soldados", "..1000", AtMost, "soldiers"),
        ("entre 10.000 e 12.000 soldados", "10000..12000", Range, "soldiers"),
        ("de 10.000 a 12.000 soldados", "10000..12000", Range, "soldiers"),
        ("10.000-12.000 soldados", "10000..12000", Range, "soldiers"),
        ("2.000 ou 3.000 soldados", "2000..3000", Range, "soldiers"),
        ("duas ou três brigadas", "2..3", Range, "brigades"),
        ("entre 3 e 5 milhões de manifestantes", "3000000..5000000", Range, "protesters"),
        ("passou de 1.500 a 3.000 soldados", "3000", Exact, "soldiers"),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_non_counts() {
    check_no_counts(Pt, &[
        "um soldado",
        "uma mulher",
        "um dos soldados",
        "entre os dois países",
        "em 2024",
        "tem 40 anos",
        "50 % dos soldados",
        "30 por cento dos soldados",
        "10 milhões de euros",
        "500 € por soldado",
        "R$ 500 por soldado",
        "o primeiro-ministro",
        "a terceira brigada",
        "ligue para 021 123 45 67",
        "o artigo 5 do tratado",
        "um Su-25 abatido",
        "a cúpula do G7",
        "mísseis KN-23",
        "1.245 compartilhamentos",
        "312 comentários",
        "https://exemplo.pt/2024/10/21/1500-soldados",
        "3,5 soldados",
        "duas vezes",
        "durante três dias",
        "um em cada três trens",
        "em 18 de outubro",
        "às 14h30",
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_qualifiers() {
    check_qualifiers(Pt, &[
        ("1.500 soldados norte-coreanos na Rússia", Some("North Korea"), Some("Russia"), None, None),
        ("1.500 soldados da Coreia do Norte já foram enviados para a Rússia", Some("North Korea"), Some("Russia"), Some(Scope::SoFar), Some("deployed")),
        ("Pyongyang pretende enviar no total 12.000 militares", Some("North Korea"), None, Some(Scope::PlannedTotal), Some("deployed")),
        ("8.000 soldados norte-coreanos na região de Kursk", Some("North Korea"), Some("Kursk"), None, None),
        ("cerca de 3.000 soldados enviados para Vladivostok", None, Some("Vladivostok"), None, Some("deployed")),
        ("até agora 300 soldados morreram", None, None, Some(Scope::SoFar), Some("killed")),
        ("3.000 soldados saíram da Coreia do Norte rumo à Rússia", Some("North Korea"), Some("Russia"), None, None),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_dates() {
    check_dates(Pt, &[
        ("2024-10-23", "Anunciou na sexta-feira.", &[("na sexta-feira", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Anunciou na sexta-feira passada.", &[("na sexta-feira passada", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Anunciou ontem.", &[("ontem", "2024-10-22", "2024-10-22", 'd')]),
        ("2024-10-23", "Anunciou ontem à noite.", &[("ontem à noite", "2024-10-22", "2024-10-22", 'd')]),
        ("2024-10-23", "Confirmou hoje.", &[("hoje", "2024-10-23", "2024-10-23", 'd')]),
        ("2024-10-23", "Chegaram anteontem.", &[("anteontem", "2024-10-21", "2024-10-21", 'd')]),
        ("2024-10-23", "Chegaram na semana passada.", &[("na semana passada", "2024-10-14", "2024-10-20", 'w')]),
        ("2024-10-23", "Chegam nesta semana.", &[("nesta semana", "2024-10-21", "2024-10-27", 'w')]),
        ("2024-10-23", "Foi assinado em junho.", &[("em junho", "2024-06-01", "2024-06-30", 'm')]),
        ("2024-10-23", "Foi assinado no ano passado.", &[("no ano passado", "2023-01-01", "2023-12-31", 'y')]),
        ("2024-11-04", "Chegaram no início de novembro.", &[("no início de novembro", "2024-11-01", "2024-11-10", 'm')]),
        ("2024-10-23", "Chegaram em meados de outubro.", &[("em meados de outubro", "2024-10-11", "2024-10-20", 'm')]),
        ("2024-11-04", "Chegaram no fim de outubro.", &[("no fim de outubro", "2024-10-21", "2024-10-31", 'm')]),
        ("2024-10-23", "Aconteceu em 18 de outubro de 2024.", &[("em 18 de outubro de 2024", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Aconteceu em 18 de outubro.", &[("em 18 de outubro", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Aconteceu no dia 18 de outubro.", &[("no dia 18 de outubro", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "A reunião foi em 18/10/2024.", &[("18/10/2024", "2024-10-18", "2024-10-18", 'd')]),
        ("2024-10-23", "Atravessaram entre 8 e 13 de outubro.", &[("entre 8 e 13 de outubro", "2024-10-08", "2024-10-13", 'd')]),
        ("2024-10-23", "Atravessaram de 8 a 13 de outubro.", &[("de 8 a 13 de outubro", "2024-10-08", "2024-10-13", 'd')]),
        ("2024-10-23", "Foi assinado em junho de 2024.", &[("em junho de 2024", "2024-06-01", "2024-06-30", 'm')]),
        ("2024-10-23", "Aconteceu em 2023.", &[("em 2023", "2023-01-01", "2023-12-31", 'y')]),
        ("2024-10-23", "Chegaram em 18 de outubro. Dois dias depois, combatiam.", &[("em 18 de outubro", "2024-10-18", "2024-10-18", 'd'), ("Dois dias depois", "2024-10-20", "2024-10-20", 'd')]),
        ("2024-10-23", "Chegaram em 18 de outubro e no dia seguinte partiram.", &[("em 18 de outubro", "2024-10-18", "2024-10-18", 'd'), ("no dia seguinte", "2024-10-19", "2024-10-19", 'd')]),
        ("2024-10-23", "Chegaram há três dias.", &[("há três dias", "2024-10-20", "2024-10-20", 'd')]),
        ("2024-10-23", "Chegaram três dias atrás.", &[("três dias atrás", "2024-10-20", "2024-10-20", 'd')]),
        ("2024-10-23", "Terão 10.000 soldados até dezembro.", &[("dezembro", "2024-12-01", "2024-12-31", 'm')]),
        ("2024-10-23", "Vão reunir-se na próxima segunda-feira.", &[("na próxima segunda-feira", "2024-10-28", "2024-10-28", 'd')]),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_times_and_datelines_are_not_counts() {
    check_no_pipeline_counts(Pt, "2024-10-25", &[
        "Atualizado em 25/10/2024 14h30",
        "Publicado em 25 de outubro de 2024",
        "A reunião começou às 14h30 em Seul.",
        "O anúncio chegou às 9 horas.",
        "Em 18 de outubro de 2024 chegaram.",
    ]);
}

const NIS: &str = "National Intelligence Service (South Korea)";

#[test]
#[rustfmt::skip]
fn portuguese_sources() {
    check_sources(Pt, &[
        ("Segundo o Pentágono, 10.000 soldados estão na Rússia.", "10.000", "Pentagon"),
        ("De acordo com o Departamento de Estado, 8.000 soldados estão em Kursk.", "8.000", "US Department of State"),
        ("O Serviço Nacional de Inteligência afirmou que 1.500 soldados chegaram a Vladivostok.", "1.500", NIS),
        ("A inteligência sul-coreana disse na sexta-feira que 1.500 soldados foram enviados.", "1.500", NIS),
        ("O secretário de Estado, Antony Blinken, afirmou que 8.000 soldados estão em Kursk.", "8.000", "Antony Blinken"),
        ("Cerca de 10.000 soldados foram enviados para a Rússia, disse o Pentágono.", "10.000", "Pentagon"),
        ("Cerca de 3.000 soldados já estão na Rússia, segundo a agência Yonhap.", "3.000", "Yonhap"),
        ("A agência Yonhap, citando o Serviço Nacional de Inteligência, informou que 12.000 soldados serão enviados.", "12.000", "Yonhap → National Intelligence Service (South Korea)"),
        ("Zelensky garantiu que 11.000 soldados norte-coreanos estão em Kursk.", "11.000", "Volodymyr Zelensky"),
        ("O Pentágono tinha confirmado que 10.000 soldados estão na Rússia.", "10.000", "Pentagon"),
        ("Mark Rutte disse em Bruxelas que 3.000 soldados chegaram.", "3.000", "Mark Rutte"),
        ("Cerca de 3.000 soldados chegaram à Rússia.", "3.000", "outlet"),
        ("Segundo fontes militares, 500 oficiais estão na Rússia.", "500", "fontes militares"),
        ("Segundo o Kremlin, 200 soldados morreram.", "200", "Kremlin"),
        ("Cerca de 10.000 soldados foram enviados para a Rússia, disse ontem o Pentágono.", "10.000", "Pentagon"),
        ("Conforme informou o Pentágono, 10.000 soldados estão na Rússia.", "10.000", "Pentagon"),
        ("O segundo grupo de 1.500 soldados chegou a Vladivostok.", "1.500", "outlet"),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_stances() {
    check_stances(Pt, &[
        ("Cerca de 1.500 soldados teriam sido enviados para a Rússia.", "1.500", "hedged"),
        ("Supostamente, 1.500 soldados foram enviados para a Rússia.", "1.500", "hedged"),
        ("Alegadamente, 1.500 soldados chegaram à Rússia.", "1.500", "hedged"),
        ("Os supostos 1.500 soldados chegaram à Rússia.", "1.500", "hedged"),
        ("Cerca de 3.000 soldados poderiam chegar à frente.", "3.000", "hedged"),
        ("O Kremlin negou que 1.500 soldados tenham chegado.", "1.500", "denied by Kremlin"),
        ("Moscovo desmentiu que 1.500 soldados estejam na Rússia.", "1.500", "denied by Kremlin"),
        ("O Kremlin rejeitou que 1.500 soldados estejam na Rússia.", "1.500", "denied by Kremlin"),
        ("A OTAN não confirmou que 1.500 soldados estejam na Rússia.", "1.500", "not confirmed by NATO"),
        ("O Pentágono não confirmou que 1.500 soldados estejam na Rússia.", "1.500", "not confirmed by Pentagon"),
        ("O número de 1.500 soldados não foi confirmado.", "1.500", "not confirmed by outlet"),
        ("Cerca de 1.500 soldados, segundo informações não confirmadas, chegaram à Rússia.", "1.500", "not confirmed by outlet"),
        ("Cerca de 1.500 soldados chegaram à Rússia.", "1.500", "asserted"),
        ("O NIS afirmou que 1.500 soldados chegaram à Rússia.", "1.500", "asserted"),
        ("O Pentágono acredita que 10.000 soldados estão na Rússia.", "10.000", "asserted"),
    ]);
}

#[test]
#[rustfmt::skip]
fn portuguese_datelines() {
    check_datelines(Pt, &[
        ("Atualizado em 25/10/2024 14h30\nTexto.", "2024-10-25T14:30"),
        ("Publicado em 25 de outubro de 2024\nTexto.", "2024-10-25"),
        ("Publicado em 25 de outubro de 2024, às 9h05\nTexto.", "2024-10-25T09:05"),
        ("4 de novembro de 2024, 21h30\nTexto.", "2024-11-04T21:30"),
        ("Atualizado em 4/11/2024 às 21:30\nTexto.", "2024-11-04T21:30"),
        ("Publicado em 25 de outubro às 9h05\nTexto.", ""),
    ]);
}

/// Nouns of disaster, accident and protest news count one concept in every language
/// ("fábricas" are factories as "usines" and "Fabriken" are).
#[test]
#[rustfmt::skip]
fn portuguese_disaster_nouns() {
    check_counts(Pt, &[
        ("Três fábricas foram destruídas.", "3", Exact, "factories"),
        ("Doze pontes desabaram.", "12", Exact, "bridges"),
        ("Mais de 300 voluntários ajudam.", "300..", AtLeast, "volunteers"),
        ("25 internados no hospital.", "25", Exact, "hospitalized"),
        ("Cinco igrejas foram danificadas.", "5", Exact, "churches"),
        ("40 camiões ficaram bloqueados.", "40", Exact, "trucks"),
        ("12 embarcações naufragaram.", "12", Exact, "boats"),
    ]);
}
