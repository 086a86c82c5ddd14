//! What a count counts and the subject's qualifiers: counted nouns mapped to language-neutral
//! concepts, nationalities and places mapped to canonical names, and scope cues.

/// Per-language concept data.
#[derive(Debug)]
pub struct ConceptWords {
    /// Folded counted nouns → concept, sorted by noun.
    pub nouns: &'static [(&'static str, &'static str)],
}
