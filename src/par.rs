//! Data parallelism inside one document: per-sentence work spread over rayon's threads, so
//! that one large document uses every core as a directory of small ones does.
//!
//! Results come back in sentence order whatever the thread count, so output never depends on
//! thread timing. Small documents run in one task: splitting them would cost more than it saves.

use rayon::prelude::*;

/// Fewest items in one task: below this, a document's sentences are read on one thread.
pub(crate) const MIN_ITEMS: usize = 128;

/// `f(i)` for every `i` in `0..n`, in order, computed in parallel for large `n`.
pub(crate) fn map<T: Send>(n: usize, f: impl Fn(usize) -> T + Sync + Send) -> Vec<T> {
    if n < 2 * MIN_ITEMS {
        return (0..n).map(f).collect();
    }
    (0..n)
        .into_par_iter()
        .with_min_len(MIN_ITEMS)
        .map(f)
        .collect()
}

/// Runs `a` and `b`, in parallel when there is an idle thread, and returns both results.
pub(crate) fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    rayon::join(a, b)
}
