//! Attribution: who says each claim and through whom ("Yonhap, citant des renseignements" is the
//! chain Yonhap → intelligence), and quotations with their speakers.

use crate::claim::Claim;
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::{Document, Options};

/// Per-language attribution data.
#[derive(Debug)]
pub struct AttributionWords {
    /// Folded "according to" cues that precede a source ("selon", "d'apres").
    pub according_to: &'static [&'static str],
}

/// Sets `source`, `quoted` and `speaker` on every claim.
pub fn attribute(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    options: &Options,
    claims: &mut [Claim],
) {
    let _ = (doc, sentences, lang, options, claims);
}
