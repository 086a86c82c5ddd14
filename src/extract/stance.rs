//! Stance: asserted, hedged, denied (and by whom) or not confirmed (and by whom), per claim.

use crate::claim::Claim;
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::{Document, Options};

/// Per-language stance cues.
#[derive(Debug)]
pub struct StanceWords {
    /// Folded hedge words ("aurait", "pretendu", "reportedly").
    pub hedges: &'static [&'static str],
}

/// Sets `stance` and `stance_by` on every claim.
pub fn assign(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    options: &Options,
    claims: &mut [Claim],
) {
    let _ = (doc, sentences, lang, options, claims);
}
