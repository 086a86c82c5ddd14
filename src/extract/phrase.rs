//! Multi-word cues over tokens: "près de", "jusqu'à", "au total", "North Korean".
//!
//! Per-language tables key a phrase by its folded tokens, joined by one space where the text
//! has whitespace between them and glued where it has none ("jusqu'a", "n°", "d'au moins"). A
//! table sorted by key lets a lookup reject most positions with one binary search on the first
//! word before it builds any longer key.

use std::cmp::Ordering;

use crate::token::Token;

/// The longest phrase a table may hold, in tokens.
pub const MAX_WORDS: usize = 4;

/// Compares two strings as `str`'s `Ord` does (byte by byte), in a loop the compiler inlines:
/// table words are short and most comparisons end at the first byte, where a call to `memcmp`
/// would cost more than the comparison itself.
#[inline]
pub fn compare(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // Indexed rather than zipped: the loop stays inline whatever the build's inlining budget.
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
        i += 1;
    }
    a.len().cmp(&b.len())
}

/// True when `text` starts with `prefix`, compared inline (see [`compare`]).
#[inline]
pub(crate) fn starts_with(text: &str, prefix: &str) -> bool {
    let (text, prefix) = (text.as_bytes(), prefix.as_bytes());
    if text.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if text[i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// True when the sorted list `words` holds `word`.
#[inline]
pub fn listed(words: &[&str], word: &str) -> bool {
    words.binary_search_by(|w| compare(w, word)).is_ok()
}

/// The value of `key` in `table`, sorted by key.
#[inline]
pub fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| compare(k, key))
        .ok()
        .map(|i| table[i].1)
}

/// A hasher for the per-language word sets (short keys, no untrusted input to guard against):
/// FxHash's multiply-rotate, several times cheaper than the default SipHash on a word.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl WordHasher {
    #[inline]
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Builds [`WordHasher`]s, for `HashMap`s and `HashSet`s keyed by words.
pub type WordHash = std::hash::BuildHasherDefault<WordHasher>;

/// A set of words for a per-token test. Most words asked about are not in it, and most of those
/// are told apart before any hashing: a bitmap holds a cheap signature of every member (length,
/// first two bytes and last byte), so a word whose signature is missing is no member.
#[derive(Debug)]
pub struct WordSet {
    set: std::collections::HashSet<&'static str, WordHash>,
    signatures: Box<[u64]>,
}

/// log2 of the bits of a [`WordSet`] signature bitmap: 4 KiB, for a few thousand words.
const SIGNATURE_BITS: u32 = 15;

/// The bit of `word`'s signature in a [`WordSet`] bitmap.
#[inline]
fn signature(word: &str) -> usize {
    let b = word.as_bytes();
    let (first, second, last) = match b {
        [] => (0, 0, 0),
        [x] => (*x, 0, *x),
        [x, y, .., z] => (*x, *y, *z),
        [x, y] => (*x, *y, *y),
    };
    let mixed = (b.len() as u32).wrapping_mul(0x9E37_79B9)
        ^ (u32::from(first) << 16)
        ^ (u32::from(second) << 8)
        ^ u32::from(last);
    (mixed.wrapping_mul(0x85EB_CA6B) >> (32 - SIGNATURE_BITS)) as usize
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        let set: std::collections::HashSet<&'static str, WordHash> = words.into_iter().collect();
        let mut signatures = vec![0u64; 1 << (SIGNATURE_BITS - 6)].into_boxed_slice();
        for word in &set {
            let bit = signature(word);
            signatures[bit / 64] |= 1 << (bit % 64);
        }
        WordSet { set, signatures }
    }
}

impl Default for WordSet {
    fn default() -> WordSet {
        WordSet::from_iter([])
    }
}

impl WordSet {
    /// True when `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let bit = signature(word);
        self.signatures[bit / 64] & (1 << (bit % 64)) != 0 && self.set.contains(word)
    }
}

/// Every prefix of a set of keys, to tell in one look-up whether a word starts one of them
/// (whether a phrase of some table may start at a token).
#[derive(Debug, Default)]
pub struct Prefixes(WordSet);

impl Prefixes {
    /// The prefixes of `keys`, each cut at a character boundary (the empty one included).
    pub fn new(keys: impl IntoIterator<Item = &'static str>) -> Prefixes {
        Prefixes(
            keys.into_iter()
                .flat_map(|key| {
                    key.char_indices()
                        .map(|(i, _)| &key[..i])
                        .chain(std::iter::once(key))
                })
                .collect(),
        )
    }

    /// The starts of `keys` that a whole token can be, for readers that only match whole
    /// tokens (keys are tokens joined as [`key`] joins them). A token never ends between two
    /// letters or digits, so its folded form is a start of a key's first word cut at the end
    /// of that word or next to a character that is neither: "jusqu", "jusqu'", "jusqu'a" for
    /// "jusqu'a", but not "de" for "decembre". Far fewer words pass than with
    /// [`Prefixes::new`].
    pub fn token_starts(keys: impl IntoIterator<Item = &'static str>) -> Prefixes {
        let mut starts: Vec<&'static str> = Vec::new();
        for key in keys {
            let word = key.split(' ').next().unwrap_or(key);
            let mut previous_alphanumeric = false;
            for (i, c) in word.char_indices() {
                if i > 0 && !(previous_alphanumeric && c.is_alphanumeric()) {
                    starts.push(&word[..i]);
                }
                previous_alphanumeric = c.is_alphanumeric();
            }
            starts.push(word);
        }
        Prefixes(starts.into_iter().collect())
    }

    /// True when some key starts with `word` (byte for byte, as `str::starts_with`).
    #[inline]
    pub fn starts(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// The first index of `lo..hi` where `pred` turns false (it must be true, then false).
#[inline]
pub(crate) fn partition_point(mut lo: usize, mut hi: usize, pred: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The key of `tokens[from..to]` as the tables spell it.
pub fn key(tokens: &[Token], from: usize, to: usize) -> String {
    let mut key = String::new();
    key_into(&mut key, tokens, from, to);
    key
}

/// Writes the key of `tokens[from..to]` into `key`, replacing what it held.
fn key_into(key: &mut String, tokens: &[Token], from: usize, to: usize) {
    key.clear();
    for k in from..to {
        if k > from && tokens[k - 1].end < tokens[k].start {
            key.push(' ');
        }
        key.push_str(&tokens[k].folded);
    }
}

thread_local! {
    /// The buffer this thread's look-ups build their keys in, reused from call to call: they
    /// run for most tokens, and a key allocated each time costs more than the search.
    static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Runs `read` with this thread's key buffer ([`KEY`]), or a new one when a look-up runs
/// inside another.
fn with_key_buffer<R>(read: impl FnOnce(&mut String) -> R) -> R {
    KEY.with(|key| match key.try_borrow_mut() {
        Ok(mut key) => read(&mut key),
        Err(_) => read(&mut String::new()),
    })
}

/// Writes the key of `tokens[from..to]` into `key` (at most [`MAX_WORDS`] tokens), and returns
/// where each token's words start in it: the key of `tokens[k..to]` is `key[starts[k - from]..]`,
/// since a separator depends only on the two tokens it stands between. The phrases ending at
/// one token are all read from one key.
fn key_with_starts(
    key: &mut String,
    tokens: &[Token],
    from: usize,
    to: usize,
) -> [usize; MAX_WORDS] {
    let mut starts = [0; MAX_WORDS];
    key.clear();
    for k in from..to {
        if k > from && tokens[k - 1].end < tokens[k].start {
            key.push(' ');
        }
        starts[k - from] = key.len();
        key.push_str(&tokens[k].folded);
    }
    starts
}

/// The longest phrase starting at token `at` among `n` sorted keys (`key(k)` is the k-th): its
/// length in tokens and the index of its key. The search stops as soon as no key starts with
/// the words read, so most positions cost one binary search and no allocation.
fn longest<'k>(
    tokens: &[Token],
    at: usize,
    n: usize,
    key: impl Fn(usize) -> &'k str,
) -> Option<(usize, usize)> {
    let first = tokens.get(at)?;
    let first_word = first.folded.as_str();
    // Keys before `lo` sort before the words read so far.
    let mut lo = partition_point(0, n, |k| compare(key(k), first_word) == Ordering::Less);
    // The keys that start with the words read follow `lo`: none, and no longer phrase can
    // match. Most positions end here, before any key is built.
    if lo == n || !starts_with(key(lo), first_word) {
        return None;
    }
    let mut best = (key(lo) == first_word).then_some((1, lo));
    with_key_buffer(|phrase| {
        phrase.clear();
        phrase.push_str(first_word);
        for j in at + 1..tokens.len().min(at + MAX_WORDS) {
            if tokens[j - 1].end < tokens[j].start {
                phrase.push(' ');
            }
            phrase.push_str(&tokens[j].folded);
            let words = phrase.as_str();
            lo = partition_point(lo, n, |k| compare(key(k), words) == Ordering::Less);
            if lo == n || !starts_with(key(lo), words) {
                break;
            }
            if key(lo) == words {
                best = Some((j + 1 - at, lo));
            }
        }
    });
    best
}

/// The longest phrase of `table` that starts at token `at`: its length in tokens and its value.
pub fn at<T: Copy>(table: &[(&'static str, T)], tokens: &[Token], at: usize) -> Option<(usize, T)> {
    longest(tokens, at, table.len(), |k| table[k].0).map(|(n, k)| (n, table[k].1))
}

/// The longest phrase of `table` at token `at`, or, when a longer one is written with an adverb
/// after its first word, that one ("fait désormais état de", "manquent encore à l'appel"): the
/// adverb is one of `adverbs` and none of `negations`, and no negation stands before the phrase
/// ("ne manquent plus à l'appel" says the opposite).
pub fn at_past_adverb<T: Copy>(
    table: &[(&'static str, T)],
    tokens: &[Token],
    at: usize,
    adverbs: &[&str],
    negations: &[&str],
    direct: Option<(usize, T)>,
) -> Option<(usize, T)> {
    let negated = at > 0 && listed(negations, &tokens[at - 1].folded);
    let adverb_next = !negated
        && tokens
            .get(at + 1)
            .is_some_and(|t| listed(adverbs, &t.folded) && !listed(negations, &t.folded));
    match adverb_next
        .then(|| at_skipping(table, tokens, at, at + 1))
        .flatten()
    {
        Some(around) if direct.is_none_or(|d| around.0 > d.0) => Some(around),
        _ => direct,
    }
}

/// [`at`] with token `skip` left out: a phrase of `table` written with a word inside it ("fait
/// désormais état de", "manqueraient encore à l'appel"). Only a phrase that runs past the word
/// left out is found; its length counts that word.
pub fn at_skipping<T: Copy>(
    table: &[(&'static str, T)],
    tokens: &[Token],
    at: usize,
    skip: usize,
) -> Option<(usize, T)> {
    if skip <= at || skip + 1 >= tokens.len() {
        return None;
    }
    let joined: Vec<Token> = tokens[at..skip]
        .iter()
        .chain(tokens[skip + 1..].iter().take(MAX_WORDS))
        .cloned()
        .collect();
    self::at(table, &joined, 0)
        .filter(|&(n, _)| n > skip - at)
        .map(|(n, value)| (n + 1, value))
}

/// The longest phrase of `table` that ends just before token `end`: its length and its value.
pub fn before<T: Copy>(
    table: &[(&'static str, T)],
    tokens: &[Token],
    end: usize,
) -> Option<(usize, T)> {
    let longest = MAX_WORDS.min(end);
    with_key_buffer(|key| {
        let starts = key_with_starts(key, tokens, end - longest, end);
        (1..=longest)
            .rev()
            .find_map(|n| lookup(table, &key[starts[longest - n]..]).map(|v| (n, v)))
    })
}

/// True when a phrase of the word list `words` (sorted) starts at token `at`; returns its length.
pub fn word_at(words: &[&'static str], tokens: &[Token], at: usize) -> Option<usize> {
    longest(tokens, at, words.len(), |k| words[k]).map(|(n, _)| n)
}

/// [`word_at`] behind a filter on the first token: `starts` holds the
/// [`Prefixes::token_starts`] of `words` (or of a larger list), so that most tokens are passed
/// over with one set look-up and no binary search.
#[inline]
pub fn word_at_starting(
    starts: &Prefixes,
    words: &[&'static str],
    tokens: &[Token],
    at: usize,
) -> Option<usize> {
    if tokens.get(at).is_some_and(|t| starts.starts(&t.folded)) {
        return word_at(words, tokens, at);
    }
    // Debug builds check that the filter misses no phrase.
    debug_assert!(
        word_at(words, tokens, at).is_none(),
        "a phrase starts at token {at}, which the start words miss"
    );
    None
}

/// True when a phrase of the word list `words` (sorted) ends just before token `end`; returns
/// its length.
pub fn word_before(words: &[&'static str], tokens: &[Token], end: usize) -> Option<usize> {
    let longest = MAX_WORDS.min(end);
    with_key_buffer(|key| {
        let starts = key_with_starts(key, tokens, end - longest, end);
        (1..=longest)
            .rev()
            .find(|&n| listed(words, &key[starts[longest - n]..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    const CUES: &[(&str, u8)] = &[("au moins", 1), ("jusqu'a", 2), ("moins de", 3), ("n°", 4)];

    #[test]
    fn token_starts_end_where_a_token_may_end() {
        let p = Prefixes::token_starts(["au moins", "jusqu'a", "n°", "decembre", "mi-"]);
        for yes in [
            "au", "jusqu", "jusqu'", "jusqu'a", "n", "n°", "decembre", "mi", "mi-",
        ] {
            assert!(p.starts(yes), "{yes:?}");
        }
        for no in [
            "", "a", "au m", "au moins", "ju", "de", "decembr", "m", "moins",
        ] {
            assert!(!p.starts(no), "{no:?}");
        }
    }

    #[test]
    fn word_at_starting_finds_what_word_at_finds() {
        let words = ["au moins", "d'au moins", "jusqu'a", "n°"];
        let starts = Prefixes::token_starts(words);
        for text in [
            "d'au moins 3",
            "jusqu'à 12",
            "au  moins 3",
            "n° 3",
            "moins de 3",
            "n ° 3",
        ] {
            let toks = tokenize(text, 0, text.len());
            for k in 0..=toks.len() {
                assert_eq!(
                    word_at_starting(&starts, &words, &toks, k),
                    word_at(&words, &toks, k),
                    "{text:?} at {k}"
                );
            }
        }
    }

    #[test]
    fn the_keys_of_the_last_tokens_are_suffixes_of_one_key() {
        for text in [
            "d'au moins 3",
            "jusqu'à 12 000",
            "au  moins 3",
            "n° 3",
            "a b",
            "x",
        ] {
            let toks = tokenize(text, 0, text.len());
            for to in 0..=toks.len() {
                let from = to.saturating_sub(MAX_WORDS);
                let mut whole = String::new();
                let starts = key_with_starts(&mut whole, &toks, from, to);
                for k in from..to {
                    assert_eq!(
                        &whole[starts[k - from]..],
                        key(&toks, k, to),
                        "{text:?} {k}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn prefixes_are_every_start_of_a_key() {
        let p = Prefixes::new(["au moins", "jusqu'a", "n°", "x"]);
        for yes in ["", "a", "au", "au m", "au moins", "jusqu", "n", "n°", "x"] {
            assert!(p.starts(yes), "{yes:?}");
        }
        for no in ["au moinsx", "b", "ja", "n°1", "xx", "moins", "u"] {
            assert!(!p.starts(no), "{no:?}");
        }
        assert!(!Prefixes::default().starts(""));
    }

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
