//! The source gazetteer: a multilingual alias table mapping names ("NIS", "renseignements
//! sud-coréens", "Seoul's spy agency") to one canonical source with its kind and country.

/// Aliases → canonical sources.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {}
