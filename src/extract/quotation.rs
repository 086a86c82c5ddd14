//! Quote claims: every quotation of at least [`MIN_WORDS`] words becomes a claim of its own,
//! so that quoted words are attributed to their speaker even when they hold no figure
//! (« signifierait une escalade significative », a-t-il écrit → the speaker named before).
//!
//! The speaker, `quoted` and the stance are set later, by attribution and stance, like for any
//! other claim; this module only finds the words. A quotation nobody is found to speak (a film
//! title, a name) is dropped after attribution.

use super::attribution::Analysis;
use crate::claim::{Claim, ClaimKind};

/// Quotations shorter than this (in words) are names, titles or scare quotes ("« imprudente »"),
/// not quoted statements.
pub const MIN_WORDS: usize = 3;

/// One claim per quotation worth one, in text order.
pub(crate) fn extract_with(analysis: &Analysis) -> Vec<Claim> {
    let text = &analysis.doc.text;
    let mut claims = Vec::new();
    for &[start, end] in &analysis.quotes {
        let Some([inner_start, inner_end]) = inner(text, start, end) else {
            continue;
        };
        let words = text[inner_start..inner_end]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words < MIN_WORDS {
            continue;
        }
        let Some(first) = analysis.sentence_at(start) else {
            continue;
        };
        let sentence = &analysis.sentences[first];
        if sentence.heading {
            continue;
        }
        let last = analysis
            .sentence_at(end.saturating_sub(1))
            .map_or(sentence.end, |i| analysis.sentences[i].end);
        let mut claim = Claim::new(
            ClaimKind::Quote,
            analysis.doc,
            sentence,
            [inner_start, inner_end],
        );
        if last > sentence.end {
            claim.sentence = text[sentence.start..last].into();
            claim.sentence_span = [sentence.start, last];
        }
        claim.quote = Some(text[inner_start..inner_end].to_string());
        claims.push(claim);
    }
    claims
}

/// The words between a quotation's marks, trimmed of spaces and of the punctuation that
/// closes them inside the marks; `None` when nothing is left.
fn inner(text: &str, start: usize, end: usize) -> Option<[usize; 2]> {
    let quoted = &text[start..end];
    let open = quoted.chars().next()?.len_utf8();
    let mut body = &quoted[open..];
    let closing = body
        .chars()
        .next_back()
        .filter(|c| !c.is_alphanumeric() && !".!?…".contains(*c));
    if let Some(c) = closing {
        body = &body[..body.len() - c.len_utf8()];
    }
    let lead = body.len() - body.trim_start().len();
    let trimmed = body.trim().trim_end_matches([',', ';', ':']).trim_end();
    (!trimmed.is_empty()).then(|| {
        let s = start + open + lead;
        [s, s + trimmed.len()]
    })
}

#[cfg(test)]
mod tests {
    use crate::Lang;
    use crate::extract::testkit;

    /// Quote claims of a text: (quoted words, speaker).
    fn quotes(lang: Lang, text: &str) -> Vec<(String, Option<String>)> {
        testkit::claims(lang, "2024-10-23", text)
            .into_iter()
            .filter(|c| c.kind == crate::claim::ClaimKind::Quote)
            .map(|c| (c.quote.unwrap_or_default(), c.speaker))
            .collect()
    }

    /// Quoted words and their speaker.
    type Expected<'a> = (&'a str, Option<&'a str>);

    #[test]
    fn quotations_are_claims_of_their_speaker() {
        let rows: &[(Lang, &str, &[Expected])] = &[
            (
                Lang::Fr,
                "Mark Rutte a déclaré que la situation restait grave. « Cela serait une escalade », a-t-il écrit.",
                &[("Cela serait une escalade", Some("Mark Rutte"))],
            ),
            (
                Lang::Fr,
                "« Nous ne laisserons pas faire », a déclaré le Kremlin.",
                &[("Nous ne laisserons pas faire", Some("Kremlin"))],
            ),
            (
                Lang::Fr,
                "Le Pentagone a parlé d'un déploiement « très préoccupant ».",
                &[],
            ),
            (
                Lang::Fr,
                "Le film « La Grande Vadrouille » passe ce soir.",
                &[],
            ),
            (
                Lang::En,
                "“We have seen about 3,000 soldiers arrive,” the Pentagon said.",
                &[("We have seen about 3,000 soldiers arrive", Some("Pentagon"))],
            ),
            (
                Lang::En,
                "The ministry called it “a grave threat to peace in the region”.",
                &[],
            ),
            (
                Lang::De,
                "„Das ist eine gefährliche Eskalation“, sagte Mark Rutte.",
                &[("Das ist eine gefährliche Eskalation", Some("Mark Rutte"))],
            ),
        ];
        for (lang, text, want) in rows {
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(q, s)| (q.to_string(), s.map(str::to_string)))
                .collect();
            assert_eq!(quotes(*lang, text), want, "{text}");
        }
    }
}
