//! Quotations: « … », “ … ”, „ … “ and " … ", found paragraph by paragraph.
//!
//! Only the outermost quotation counts (a “ … ” inside « … » is part of it). A quotation left
//! open at the end of its paragraph runs to that end.

use crate::segment::Sentence;

/// The closing marks that end a quotation opened by `open`, or `None` for a character that
/// opens none.
fn closers(open: char) -> Option<&'static [char]> {
    Some(match open {
        '«' => &['»'],
        '“' => &['”'],
        '„' => &['“', '”'],
        '"' => &['"'],
        '‹' => &['›'],
        _ => return None,
    })
}

/// Byte ranges of every quotation in `text`, marks included, in text order.
pub(crate) fn spans(text: &str, sentences: &[Sentence]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < sentences.len() {
        let paragraph = sentences[k].paragraph;
        let start = sentences[k].start;
        let mut end = sentences[k].end;
        while k < sentences.len() && sentences[k].paragraph == paragraph {
            end = end.max(sentences[k].end);
            k += 1;
        }
        scan(text, start, end, &mut out);
    }
    out
}

/// The index of the quotation in `quotes` (sorted, disjoint) strictly holding byte `pos`.
pub(crate) fn holding(quotes: &[[usize; 2]], pos: usize) -> Option<usize> {
    let i = quotes.partition_point(|q| q[1] <= pos);
    quotes
        .get(i)
        .is_some_and(|q| q[0] < pos && pos < q[1])
        .then_some(i)
}

/// True when a quotation of `quotes` (sorted, disjoint) starts at byte `start`.
pub(crate) fn opens_at(quotes: &[[usize; 2]], start: usize) -> bool {
    let i = quotes.partition_point(|q| q[0] < start);
    quotes.get(i).is_some_and(|q| q[0] == start)
}

/// True when a quotation of `quotes` (sorted, disjoint) ends at byte `end`.
pub(crate) fn closes_at(quotes: &[[usize; 2]], end: usize) -> bool {
    let i = quotes.partition_point(|q| q[1] < end);
    quotes.get(i).is_some_and(|q| q[1] == end)
}

fn scan(text: &str, start: usize, end: usize, out: &mut Vec<[usize; 2]>) {
    let mut open: Option<(usize, &'static [char])> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        match open {
            None => {
                if let Some(close) = closers(c) {
                    open = Some((at, close));
                }
            }
            Some((from, close)) if close.contains(&c) => {
                out.push([from, at + c.len_utf8()]);
                open = None;
            }
            Some(_) => {}
        }
    }
    if let Some((from, _)) = open {
        out.push([from, end]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_rows() {
        let rows: &[(&str, &[&str])] = &[
            ("Il a dit « non » hier.", &["« non »"]),
            ("He said “no” and “yes”.", &["“no”", "“yes”"]),
            ("Er sagte „nein“.", &["„nein“"]),
            ("She said \"maybe\".", &["\"maybe\""]),
            ("« Il a dit “non” » puis", &["« Il a dit “non” »"]),
            ("« ouvert sans fin", &["« ouvert sans fin"]),
            ("l'apostrophe n'ouvre rien", &[]),
        ];
        for (text, want) in rows {
            let s = [Sentence {
                start: 0,
                end: text.len(),
                paragraph: 0,
                index: 0,
                heading: false,
            }];
            let got: Vec<&str> = spans(text, &s).iter().map(|q| &text[q[0]..q[1]]).collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }
}
