//! Multi-word cues over tokens: "près de", "jusqu'à", "au total", "North Korean".
//!
//! Per-language tables key a phrase by its folded tokens, joined by one space where the text
//! has whitespace between them and glued where it has none ("jusqu'a", "n°", "d'au moins"). A
//! table sorted by key lets a lookup reject most positions with one binary search on the first
//! word before it builds any longer key.

use crate::token::Token;

/// The longest phrase a table may hold, in tokens.
pub const MAX_WORDS: usize = 4;

/// The key of `tokens[from..to]` as the tables spell it.
pub fn key(tokens: &[Token], from: usize, to: usize) -> String {
    let mut key = String::new();
    for k in from..to {
        if k > from && tokens[k - 1].end < tokens[k].start {
            key.push(' ');
        }
        key.push_str(&tokens[k].folded);
    }
    key
}

fn find<T: Copy>(table: &[(&'static str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

/// The longest phrase of `table` that starts at token `at`: its length in tokens and its value.
pub fn at<T: Copy>(table: &[(&'static str, T)], tokens: &[Token], at: usize) -> Option<(usize, T)> {
    let first = &tokens.get(at)?.folded;
    let i = table.partition_point(|(k, _)| *k < first.as_str());
    if !table
        .get(i)
        .is_some_and(|(k, _)| k.starts_with(first.as_str()))
    {
        return None;
    }
    let longest = MAX_WORDS.min(tokens.len() - at);
    (1..=longest)
        .rev()
        .find_map(|n| find(table, &key(tokens, at, at + n)).map(|v| (n, v)))
}

/// The longest phrase of `table` that ends just before token `end`: its length and its value.
pub fn before<T: Copy>(
    table: &[(&'static str, T)],
    tokens: &[Token],
    end: usize,
) -> Option<(usize, T)> {
    let longest = MAX_WORDS.min(end);
    (1..=longest)
        .rev()
        .find_map(|n| find(table, &key(tokens, end - n, end)).map(|v| (n, v)))
}

/// True when a phrase of the word list `words` (sorted) starts at token `at`; returns its length.
pub fn word_at(words: &[&'static str], tokens: &[Token], at: usize) -> Option<usize> {
    let first = &tokens.get(at)?.folded;
    let i = words.partition_point(|k| *k < first.as_str());
    if !words.get(i).is_some_and(|k| k.starts_with(first.as_str())) {
        return None;
    }
    let longest = MAX_WORDS.min(tokens.len() - at);
    (1..=longest).rev().find(|&n| {
        words
            .binary_search(&key(tokens, at, at + n).as_str())
            .is_ok()
    })
}

/// True when a phrase of the word list `words` (sorted) ends just before token `end`; returns
/// its length.
pub fn word_before(words: &[&'static str], tokens: &[Token], end: usize) -> Option<usize> {
    let longest = MAX_WORDS.min(end);
    (1..=longest).rev().find(|&n| {
        words
            .binary_search(&key(tokens, end - n, end).as_str())
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    const CUES: &[(&str, u8)] = &[("au moins", 1), ("jusqu'a", 2), ("moins de", 3), ("n°", 4)];

    #[test]
    fn phrase_rows() {
        type Row = (&'static str, usize, Option<(usize, u8)>);
        let rows: &[Row] = &[
            ("jusqu'à 12 000", 0, Some((2, 2))),
            ("au  moins 3", 0, Some((2, 1))),
            ("moins de 3", 0, Some((2, 3))),
            ("moins 3", 0, None),
            ("n° 3", 0, Some((2, 4))),
            ("n ° 3", 0, None),
        ];
        for &(text, i, want) in rows {
            let toks = tokenize(text, 0, text.len());
            assert_eq!(at(CUES, &toks, i), want, "at({text:?})");
        }
        let toks = tokenize("d'au moins 3", 0, 12);
        assert_eq!(before(CUES, &toks, 3), Some((2, 1)));
        assert_eq!(word_before(&["au moins", "d'au moins"], &toks, 3), Some(3));
        assert_eq!(word_at(&["au moins", "d'au moins"], &toks, 0), Some(3));
    }
}
