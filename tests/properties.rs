//! Properties that must hold for any input: reading and extracting never panic, every sentence
//! and claim span lies inside the text on character boundaries, sentences are in order and do
//! not overlap, and the output does not depend on the order of the inputs.
//!
//! Case counts are modest: CI has ten minutes on two cores for everything.

use std::path::PathBuf;

use claimdiff::{Document, Options, extract_all, extract_document, ingest, segment};
use proptest::prelude::*;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn check_spans(doc: &Document) {
    let text = &doc.text;
    assert!(doc.body_start <= text.len() && text.is_char_boundary(doc.body_start));
    let sentences = segment::split(text, doc.body_start, doc.lang.data());
    let mut previous_end = doc.body_start;
    for (i, s) in sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(s.start >= previous_end, "sentences overlap: {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.end - s.start <= segment::MAX_SENTENCE_BYTES);
        previous_end = s.end;
    }
    for claim in extract_document(doc, &Options::default()) {
        for [start, end] in [claim.span, claim.sentence_span] {
            assert!(start <= end && end <= text.len(), "{claim:?}");
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        }
        assert!(claim.sentence_span[0] <= claim.span[0] && claim.span[1] <= claim.sentence_span[1]);
    }
}

/// Text that exercises the splitter: words, numbers with separators, abbreviations, every kind
/// of quotation mark, final punctuation, line breaks, no-break spaces.
fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Les soldats".to_string()),
        Just("The U.S.".to_string()),
        Just("M. Kim".to_string()),
        Just("1.500".to_string()),
        Just("3\u{202F}000".to_string()),
        Just("Oct. 28".to_string()),
        Just("le 21 octobre 2024".to_string()),
        "[«»“”„\"'’()]".prop_map(|s| s.to_string()),
        "[.!?…,;:]{1,3}".prop_map(|s| s.to_string()),
        "[ \n\u{A0}]{1,3}".prop_map(|s| s.to_string()),
        "\\PC{1,12}",
        "[a-zA-Zé]{1,10}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        name in prop::sample::select(vec!["a.txt", "a.md", "a.html", "-"]),
    ) {
        if let Ok(doc) = ingest::from_bytes(name, &bytes, &Options::default()) {
            check_spans(&doc);
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(
        text in "\\PC{0,400}",
        name in prop::sample::select(vec!["a.txt", "a.md", "a.html"]),
    ) {
        if let Ok(doc) = ingest::from_text(name, &text, &Options::default()) {
            check_spans(&doc);
        }
    }

    #[test]
    fn article_like_text_keeps_spans_sound(
        text in article_like(),
        front in prop::bool::ANY,
    ) {
        let text = if front { format!("---\ntitle: x\n---\n{text}") } else { text };
        if let Ok(doc) = ingest::from_text("a.txt", &text, &Options::default()) {
            check_spans(&doc);
        }
    }
}

/// A scratch directory removed at the end.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn output_is_the_same_for_any_input_order(
        texts in prop::collection::vec(article_like(), 1..5),
        order in Just((0..8usize).collect::<Vec<_>>()).prop_shuffle(),
        case in any::<u64>(),
    ) {
        let dir = std::env::temp_dir().join(format!("claimdiff-prop-{}-{case}", std::process::id()));
        let scratch = Scratch(dir);
        let mut paths = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            // Same stems in same-named folders, on purpose.
            let path = scratch.0.join(format!("{i}/news/article.txt"));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            paths.push(path);
        }
        let shuffled: Vec<PathBuf> = order
            .iter()
            .filter(|&&i| i < paths.len())
            .map(|&i| paths[i].clone())
            .collect();
        let options = Options::default();
        let render = |inputs: &[PathBuf]| {
            let loaded = ingest::load(inputs, &options);
            let errors: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
            let json = claimdiff::report::json::render(&extract_all(loaded.documents, &options), None);
            (json, errors, loaded.warnings)
        };
        prop_assert_eq!(render(&paths), render(&shuffled));
    }
}
