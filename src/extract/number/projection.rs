//! Projections: a count tied to a date after publication by "by" / "d'ici" / "bis" ("10 000 by
//! December", "d'ici décembre", "hasta diciembre", "entro dicembre", "até dezembro") is a
//! planned or expected total, not a current figure. Its `as_of` stays the report's date (a date
//! after publication is never an `as_of`), so a projection is compared as the plan of that day.

use crate::claim::Claim;
use crate::extract::{concept, phrase};
use crate::lang::LangData;
use crate::token::Token;
use jiff::civil::Date;

/// True when a count at token `figure` of a sentence's `tokens` is projected to a date of
/// `dates` (the sentence's date claims): one after `published`, introduced by a future
/// preposition, in the count's clause.
pub(super) fn projected(
    lang: &LangData,
    tokens: &[Token],
    figure: usize,
    dates: &[&Claim],
    published: Option<Date>,
) -> bool {
    let Some(published) = published else {
        return false;
    };
    let preps = lang.dates.future_preps;
    let clause = concept::clause_start(lang, tokens, figure);
    dates.iter().any(|d| {
        let Some(end) = d.date.as_ref().and_then(|d| d.end) else {
            return false;
        };
        let Some(k) = tokens.iter().position(|t| t.start >= d.span[0]) else {
            return false;
        };
        let introduced = phrase::word_before(preps, tokens, k).is_some()
            || phrase::word_at(preps, tokens, k).is_some();
        end > published && introduced && concept::clause_start(lang, tokens, k) == clause
    })
}

#[cfg(test)]
mod tests {
    use crate::claim::Scope;
    use crate::extract::testkit;
    use crate::lang::Lang;

    /// The scope and `as_of` of the count written `figure` in `text`, published 2024-10-23.
    fn scope_of(lang: Lang, text: &str, figure: &str) -> (Option<Scope>, Option<String>) {
        let claims = testkit::claims(lang, "2024-10-23", text);
        let c = testkit::count(&claims, figure, text);
        (c.qualifiers.scope, c.as_of.map(|d| d.to_string()))
    }

    #[test]
    #[rustfmt::skip]
    fn a_figure_by_a_later_date_is_a_planned_total() {
        let plan = (Some(Scope::PlannedTotal), Some("2024-10-23".to_string()));
        let rows: &[(Lang, &str, &str, bool)] = &[
            (Lang::En, "The agency expects about 10,000 soldiers by December.", "about 10,000", true),
            (Lang::En, "By last Friday, some 1,500 soldiers had left.", "some 1,500", false),
            (Lang::En, "About 10,000 soldiers are there; more will come by December.", "About 10,000", false),
            (Lang::Fr, "Le NIS s'attend à ce que l'effectif atteigne 10 000 soldats d'ici décembre.", "10 000", true),
            (Lang::Fr, "Le NIS compte 3 000 soldats en Russie depuis octobre.", "3 000", false),
            (Lang::Es, "Pyongyang podría tener cerca de 10.000 soldados en Rusia de aquí a diciembre.", "cerca de 10.000", true),
            (Lang::Es, "Hasta diciembre habrá 10.000 soldados en Rusia.", "10.000", true),
            (Lang::De, "Bis Dezember sollen es 10.000 Soldaten sein.", "10.000", true),
            (Lang::It, "Entro dicembre i soldati potrebbero arrivare a 10.000.", "10.000", true),
            (Lang::Pt, "Até dezembro, a Rússia deverá receber 10 mil soldados.", "10 mil", true),
        ];
        let mut failures = Vec::new();
        for (lang, text, figure, want) in rows {
            let got = scope_of(*lang, text, figure);
            let is_plan = got == plan;
            if is_plan != *want {
                failures.push(format!("{lang} {text:?} [{figure}]: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
