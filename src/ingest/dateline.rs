//! Publication dates: from front matter (`date: 2024-10-23`, `2024-10-23T09:15:00+02:00`) or from
//! a dateline in the first lines of the article, in the article's own language
//! ("En date du : 21 octobre 2024, 13 h 07", "Updated Oct. 28, 2024 4:02 PM EDT").
//! The local date and time are kept as written: a page stamped 9:10 PM EDT stays on its day.
//!
//! A dateline's language is tried first as detected, then every other language: a French page
//! may carry an English "Updated" stamp.

use jiff::civil::{Date, Time};

use super::Published;
use crate::Lang;
use crate::extract::date::DateWords;
use crate::extract::date::scan::{Reader, listed};
use crate::token::{Token, TokenKind, tokenize};

/// How many non-empty lines at the top of the body may hold the dateline.
const TOP_LINES: usize = 6;

/// Longer lines are prose, not datelines.
const MAX_LINE: usize = 240;

/// The longest line read as a byline that gives its date among other pieces.
const BYLINE_CHARS: usize = 160;

/// How many tokens after the cue may separate it from the date and time.
const CUE_REACH: usize = 16;

/// A dash followed by more than this many bytes ends a dateline that runs into the story ("… —
/// Water surged down the Dnipro …"); a shorter tail is the dateline's own ("25 ottobre 2024 –
/// 14:30").
const STORY_AFTER_DASH: usize = 40;

/// How many capitalised words may name the place a wire dateline opens with ("KHERSON,
/// Ukraine, June 6, 2023").
const PLACE_WORDS: usize = 4;

/// Words of a cue-less dateline that are neither date, time nor punctuation ("EDT", "Mon").
const BARE_EXTRA_WORDS: usize = 2;

/// Parses a front matter `date:` value: `YYYY-MM-DD`, optionally followed by `T` or a space
/// and `HH:MM[:SS]` and an offset, which is ignored (the local date is kept).
pub fn parse_front_matter_date(value: &str) -> Option<Published> {
    let value = value.trim();
    let date: Date = value.get(..10)?.parse().ok()?;
    let rest = value[10..].trim_start_matches(['T', ' ']);
    let time = rest
        .get(..5)
        .and_then(|hm| Time::strptime("%H:%M", hm).ok());
    Some(Published { date, time })
}

/// Looks for a dateline in the first lines of `body`.
pub fn find(body: &str, lang: Lang) -> Option<Published> {
    find_line(body, lang).map(|(_, _, p)| p)
}

/// Looks for a dateline in the first lines of `body`: its byte span in `body` (the trimmed line)
/// and the date and time it gives.
pub fn find_line(body: &str, lang: Lang) -> Option<(usize, usize, Published)> {
    top_lines(body).find_map(|(start, line)| {
        // A wire dateline runs into the story after a dash: "BERLIN, 27.06.2023 (Agency) — …".
        let content = ["—", "–", " - "]
            .iter()
            .filter_map(|dash| line.find(dash))
            .min()
            .filter(|&at| at <= MAX_LINE && line.len() - at > STORY_AFTER_DASH)
            .map_or(line, |at| line[..at].trim_end());
        // A dateline gives a year in four ASCII digits (the date readers take no other): a line
        // without four digits in a row is passed over untokenised.
        let four_digits = |text: &str| {
            text.as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit))
        };
        if content.len() > MAX_LINE || !four_digits(line) {
            return None;
        }
        let read = |piece: &str, after_separator: bool| {
            crate::extract::date::languages_from(lang)
                .find_map(|l| parse_piece(piece, &l.data().dates, after_separator))
        };
        // A byline's date is one of its pieces, past its dashes ("El Heraldo – Internacional –
        // sábado 4 de mayo de 2013").
        let dated = four_digits(content)
            .then(|| {
                // Tokenised once for every language tried.
                let tokens = tokenize(content, 0, content.len());
                crate::extract::date::languages_from(lang)
                    .find_map(|l| parse_tokens(content, &tokens, &l.data().dates, false))
                    .map(|p| (content.len(), p))
            })
            .flatten()
            .or_else(|| {
                // A byline is short and cut by separators; a lead's sentence is neither.
                let byline =
                    line.chars().count() <= BYLINE_CHARS && line.contains(['|', '·', '—', '–']);
                byline
                    .then(|| byline_date(line, read).map(|p| (line.len(), p)))
                    .flatten()
            });
        dated.map(|(len, p)| (start, start + len, p))
    })
}

/// The date of a byline that gives it among other pieces ("di Chiara Rossi – La Gazzetta,
/// 20 luglio 2013", "By John Smith | Wednesday, August 15, 2018", "El Heraldo – Internacional –
/// sábado 4 de mayo de 2013"): the text is cut at its separators ("|", "·", dashes) into
/// segments, and each run of a segment's comma-separated pieces, longest first, is given to
/// `read`, which takes a piece only when it is a date and nothing else. A comma may stand inside
/// a date ("August 15, 2018") or between a date and its time.
pub fn byline_date(
    text: &str,
    read: impl Fn(&str, bool) -> Option<Published>,
) -> Option<Published> {
    text.split(['|', '·', '—', '–'])
        .enumerate()
        .find_map(|(n, segment)| {
            let pieces: Vec<&str> = segment.split(',').collect();
            (1..=pieces.len()).rev().find_map(|len| {
                pieces.windows(len).find_map(|run| {
                    let run = run.join(",");
                    let run = run.trim();
                    (!run.is_empty()).then(|| read(run, n > 0)).flatten()
                })
            })
        })
}

/// The first [`TOP_LINES`] non-blank lines of `body`, trimmed, each with its byte offset in
/// `body`: where datelines stand.
fn top_lines(body: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    body.split_inclusive('\n')
        .filter_map(move |line| {
            let line_start = offset;
            offset += line.len();
            let content = line.trim_end();
            let lead = content.len() - content.trim_start().len();
            let content = content.trim_start();
            (!content.is_empty()).then_some((line_start + lead, content))
        })
        .take(TOP_LINES)
}

/// The byte span in `body` of a wire dateline that gives no year ("MARRAKECH, Sept 9 (Cape
/// Sentinel Wire) — …", "BENGHAZI (Agency) — …"): a place in capitals first, a name in
/// parentheses last, the story after a dash. Its date is metadata too, never a claim, though
/// without a year it cannot date the article.
pub fn find_wire_line(body: &str) -> Option<(usize, usize)> {
    top_lines(body).find_map(|(start, content)| {
        let dash = ["—", "–", " - "]
            .iter()
            .filter_map(|d| content.find(d))
            .min()?;
        let head = content[..dash].trim_end();
        let place = head.split([',', ' ', '(']).next().unwrap_or("");
        let capitals = place.chars().count() >= 3
            && place
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '/');
        (dash <= MAX_LINE && capitals && head.ends_with(')') && head.contains('('))
            .then_some((start, start + head.len()))
    })
}

/// The date of the sign-off line that closes an article, in parentheses: "(Gazzetta del
/// Tirreno, 30 maggio 2017)", "(Agence X, le 3 mars 2014)". Only the last non-blank line, and
/// only a full date with its year, read as [`byline_date`] reads a byline.
pub fn sign_off_date(body: &str, words: &DateWords) -> Option<Published> {
    let last = body.trim_end().rsplit('\n').next()?.trim();
    let inner = last.strip_prefix('(')?.strip_suffix(')')?;
    if inner.chars().count() > SIGN_OFF_CHARS || inner.contains(['(', ')']) {
        return None;
    }
    byline_date(inner, |piece, _| parse_line(piece, words))
}

/// The longest sign-off line read for a date, in characters inside its parentheses.
const SIGN_OFF_CHARS: usize = 80;

/// The year a page's copyright notice gives ("© 2024 Indian Ocean Wire", "Copyright (c)
/// 2010-2024"): the latest year written within a few characters after the sign or the word
/// that opens a line, among all such notices. Read to date a wire dateline that gives no year:
/// a page is copyrighted in the year it is published.
pub fn copyright_year(text: &str) -> Option<i16> {
    let lower = text.to_ascii_lowercase();
    // A notice opens its line: "(c) 2019" inside a sentence cites a rule, not the page. Only
    // the blanks right before the sign are read, so that many signs on one line stay linear.
    let opens_line = |at: usize| {
        lower[..at]
            .chars()
            .rev()
            .find(|c| *c == '\n' || !c.is_whitespace())
            .is_none_or(|c| c == '\n')
    };
    ["©", "(c)", "copyright"]
        .iter()
        .flat_map(|sign| {
            lower
                .match_indices(sign)
                .filter(|&(at, _)| opens_line(at))
                .map(|(at, s)| at + s.len())
        })
        .filter_map(|from| {
            let mut to = (from + COPYRIGHT_REACH).min(text.len());
            while !text.is_char_boundary(to) {
                to -= 1;
            }
            text[from..to]
                .split(|c: char| !c.is_ascii_digit())
                .filter(|digits| digits.len() == 4)
                .filter_map(|digits| digits.parse::<i16>().ok())
                .filter(|year| (1990..2100).contains(year))
                .max()
        })
        .max()
}

/// How many bytes after a copyright sign its years may run ("© Copyright 2010-2024").
const COPYRIGHT_REACH: usize = 24;

/// The day and month a wire dateline gives without a year ("BERLIN, 16 juillet (L'Écho du
/// Confluent)" → 16 July), as (month, day), read in the language of `words`.
pub fn day_and_month(line: &str, words: &DateWords) -> Option<(i8, i8)> {
    let tokens = tokenize(line, 0, line.len());
    let r = Reader {
        tokens: &tokens,
        words,
        masks: &[],
    };
    (0..tokens.len())
        .find_map(|i| r.day_and_month(i))
        .map(|p| (p.month, p.day))
        .or_else(|| abbreviated_day_and_month(&tokens, words))
}

/// "27 mar" in a wire dateline: a day, then the first letters (three or more) of one month's
/// name only, which the date tables leave out where the word has another sense ("mar", the sea).
fn abbreviated_day_and_month(tokens: &[Token], words: &DateWords) -> Option<(i8, i8)> {
    tokens.windows(2).find_map(|w| {
        let day: i8 = w[0].text.parse().ok().filter(|d| (1..=31).contains(d))?;
        let abbr = w[1].folded.trim_end_matches('.');
        if w[0].kind != TokenKind::Number || abbr.chars().count() < 3 {
            return None;
        }
        let mut months = words
            .months
            .iter()
            .filter(|(name, _)| name.starts_with(abbr))
            .map(|&(_, m)| m);
        let month = months.next()?;
        months.all(|m| m == month).then_some((month, day))
    })
}

/// The name in parentheses that ends a wire dateline ("BERLIN, 16 juillet (L'Écho du
/// Confluent)" → "L'Écho du Confluent"): a capitalised name of a few words, not a time or a
/// number.
pub fn publisher(line: &str) -> Option<String> {
    let inner = line.trim_end().strip_suffix(')')?;
    let name = inner[inner.rfind('(')? + 1..].trim();
    let words = name.split_whitespace().count();
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    let digits = name.chars().any(|c| c.is_ascii_digit());
    (capitalised && !digits && (1..=6).contains(&words)).then(|| name.to_string())
}

/// Reads one line as a dateline in the language of `words`: a capitalised cue ("Publié le",
/// "Updated") followed by a date with its year and maybe a time, or a line that is nothing but
/// a date and time.
pub fn parse_line(line: &str, words: &DateWords) -> Option<Published> {
    parse_tokens(line, &tokenize(line, 0, line.len()), words, false)
}

/// [`parse_line`] on a piece of a byline; after a separator ("Par la rédaction — publié le
/// samedi 1er mars 2014") its cue may open it in lower case.
pub fn parse_piece(piece: &str, words: &DateWords, after_separator: bool) -> Option<Published> {
    parse_tokens(
        piece,
        &tokenize(piece, 0, piece.len()),
        words,
        after_separator,
    )
}

/// [`parse_line`] over the line's tokens; `lower_cue`: a cue that opens the line may be in lower
/// case.
fn parse_tokens(
    line: &str,
    tokens: &[Token],
    words: &DateWords,
    lower_cue: bool,
) -> Option<Published> {
    let r = Reader {
        tokens,
        words,
        masks: &[],
    };
    // A cue is capitalised ("Mis à jour le"), or opens a byline's piece after a separator ("…
    // — publié le samedi 1er mars"); inside prose it is a verb ("le rapport publié le 3 mars").
    let cue = (0..tokens.len()).find_map(|i| {
        let capitalised = tokens[i].text.starts_with(char::is_uppercase);
        (capitalised || (lower_cue && i == 0))
            .then(|| r.list_phrase(i, words.dateline_cues))
            .flatten()
    });
    let from = cue.unwrap_or(0);
    if cue.is_some()
        && let Some(first) = tokens[from..]
            .iter()
            .take(3)
            .find(|t| t.kind == TokenKind::Number)
    {
        let stamp = line[first.start..].split_whitespace().next().unwrap_or("");
        if stamp.len() > 10
            && let Some(p) = parse_front_matter_date(stamp)
        {
            return Some(p);
        }
    }
    let mut date = None;
    let mut time = None;
    let mut extra_words = 0;
    let mut p = from;
    let end = if cue.is_some() {
        tokens.len().min(from + CUE_REACH)
    } else {
        tokens.len()
    };
    while p < end {
        if date.is_none()
            && let Some((next, point)) = r.dated(p)
        {
            date = Some(point);
            p = next;
            continue;
        }
        if time.is_none()
            && let Some((next, t)) = r.time(p)
        {
            time = Some(t.time);
            p = next;
            continue;
        }
        if date.is_some() && time.is_some() && cue.is_some() {
            break;
        }
        let t = &tokens[p];
        // The agency in parentheses ends a wire dateline: "Berlin, 27.06.2023 (dpa)".
        if t.text == "(" && date.is_some() {
            break;
        }
        // A region in parentheses after the place: "ASHEVILLE (Carolina del Norte), 1 oct. 2024".
        if t.text == "(" && cue.is_none() && p > 0 && p < PLACE_WORDS {
            let close = tokens[p..]
                .iter()
                .take(PLACE_WORDS + 2)
                .position(|t| t.text == ")");
            if let Some(close) = close {
                p += close + 1;
                continue;
            }
        }
        let filler = t.kind == TokenKind::Punct
            || r.weekday_name(p).is_some()
            || listed(words.time_preps, &t.folded)
            || listed(words.day_articles, &t.folded);
        // The place a wire dateline opens with: "KHERSON, Ukraine, June 6", "Berlin, 27.06.2023".
        let place = cue.is_none()
            && date.is_none()
            && p < PLACE_WORDS
            && t.text.starts_with(char::is_uppercase)
            && tokens.get(p + 1).is_some_and(|n| {
                matches!(n.text, "," | "/" | "(")
                    || n.kind == TokenKind::Word && n.text.starts_with(char::is_uppercase)
            });
        if !filler && !place {
            extra_words += 1;
            if cue.is_none() && (extra_words > BARE_EXTRA_WORDS || date.is_none()) {
                return None;
            }
        }
        p += 1;
    }
    let point = date?;
    Some(Published {
        date: Date::new(point.year?, point.month, point.day).ok()?,
        time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_dates() {
        let p = parse_front_matter_date("2024-10-23").unwrap();
        assert_eq!(p.to_string(), "2024-10-23");
        let p = parse_front_matter_date("2024-10-28T21:10:00-04:00").unwrap();
        assert_eq!(p.to_string(), "2024-10-28T21:10");
        assert!(parse_front_matter_date("23 octobre").is_none());
    }

    /// (detected language, first lines, published as displayed; "" when none).
    const DATELINES: &[(Lang, &str, &str)] = &[
        (
            Lang::Es,
            "ASHEVILLE (Carolina del Norte), 1 oct. 2024 (Agencia Meridiana) – La cifra de muertos por el huracán ascendía este martes a al menos 139.\nTexto.",
            "2024-10-01",
        ),
        (
            Lang::De,
            "Berlin/Niamey, 4. August 2023 (Nordsee-Kurier) – Gut eine Woche nach dem Putsch hat Frankreich seine Luftbrücke beendet.\nText.",
            "2023-08-04",
        ),
        (
            Lang::De,
            "Porto Alegre/Brasília, 10. Mai 2024 (WTE) – Angesichts der Überschwemmungen im Süden Brasiliens hat die Regierung Hilfen angekündigt.\nText.",
            "2024-05-10",
        ),
        (
            Lang::Fr,
            "En date du : 21 octobre 2024, 13 h 07\nTexte.",
            "2024-10-21T13:07",
        ),
        (
            Lang::Fr,
            "Publié le 23/10/2024 à 09h15\nTexte.",
            "2024-10-23T09:15",
        ),
        (
            Lang::Fr,
            "Mis à jour le 24 octobre 2024 à 18h02\nTexte.",
            "2024-10-24T18:02",
        ),
        (
            Lang::Fr,
            "Par la rédaction avec AFP\nPublié le 1er novembre 2024\nTexte.",
            "2024-11-01",
        ),
        (
            Lang::Fr,
            "Publié le 21.10.2024 à 7 h\nTexte.",
            "2024-10-21T07:00",
        ),
        // A year in two digits is not read: no dateline.
        (Lang::Fr, "Publié le 23/10/24 à 09h15\nTexte.", ""),
        (
            Lang::Fr,
            "21 octobre 2024, 13 h 07\nTexte.",
            "2024-10-21T13:07",
        ),
        (
            Lang::En,
            "Updated Oct. 28, 2024 4:02 PM EDT\nText.",
            "2024-10-28T16:02",
        ),
        (
            Lang::En,
            "Updated Oct. 28, 2024 9:10 p.m. EDT\nText.",
            "2024-10-28T21:10",
        ),
        (Lang::En, "Published 28 October 2024\nText.", "2024-10-28"),
        (Lang::En, "Published: 2024-10-28\nText.", "2024-10-28"),
        (
            Lang::En,
            "Published: 2024-10-28T21:10:00-04:00\nText.",
            "2024-10-28T21:10",
        ),
        (
            Lang::En,
            "Posted October 28, 2024, 12:05 AM\nText.",
            "2024-10-28T00:05",
        ),
        (Lang::En, "Posted 10/28/2024\nText.", "2024-10-28"),
        (
            Lang::En,
            "Updated 9:10 PM EDT, Mon October 28, 2024\nText.",
            "2024-10-28T21:10",
        ),
        // The detected language is wrong: the other languages are tried next.
        (
            Lang::Fr,
            "Updated Oct. 28, 2024 4:02 PM EDT\nTexte.",
            "2024-10-28T16:02",
        ),
        (Lang::En, "Publié le 23/10/2024\nText.", "2024-10-23"),
        (
            Lang::Fr,
            "Par la rédaction — publié le samedi 1er mars 2014\nTexte.",
            "2014-03-01",
        ),
        (
            Lang::Fr,
            "publié le 3 mars 2014 par son bureau de Kiev\nTexte.",
            "",
        ),
        // Negative rows: no year, prose, a date too far down, an impossible date.
        (Lang::Fr, "Publié le 23 octobre à 09h15\nTexte.", ""),
        (
            Lang::Fr,
            "Le rapport publié le 3 mars 2023 a été critiqué par les experts.\n",
            "",
        ),
        (Lang::Fr, "a\nb\nc\nd\ne\nf\nPublié le 23/10/2024\n", ""),
        (Lang::Fr, "Publié le 32/10/2024\nTexte.", ""),
        (Lang::En, "Updated 13/28/2024\nText.", ""),
        (Lang::Fr, "Environ 3 000 soldats nord-coréens.\n", ""),
        // Wire datelines: a place first, the agency in parentheses, the story after a dash.
        (
            Lang::De,
            "Titel\nBerlin, 27.06.2023, 18:40 Uhr (Hanseatischer Beobachter)\nText.",
            "2023-06-27T18:40",
        ),
        (
            Lang::En,
            "KHERSON, Ukraine, June 6, 2023 (Meridian Wire) — Water surged down the river on Tuesday after the dam broke.\n",
            "2023-06-06",
        ),
        // A hyphen between spaces is the dash a plain-text wire copy types.
        (
            Lang::Fr,
            "Titre\n\nBEYROUTH, 6 août 2020 (Agence) - Les explosions qui ont dévasté mardi le port ont fait 137 morts.\n",
            "2020-08-06",
        ),
        (
            Lang::En,
            "SEOUL, Oct 30 (Halcyon Wire) — At least 151 people were killed when a crowd surged.\n",
            "",
        ),
        (
            Lang::Fr,
            "Paris est une ville, 1 500 soldats le 3 mars 2024 selon la police.\n",
            "",
        ),
    ];

    #[test]
    fn dateline_rows() {
        for (lang, body, want) in DATELINES {
            let got = find(body, *lang).map(|p| p.to_string()).unwrap_or_default();
            assert_eq!(got, *want, "{lang} dateline {body:?}");
        }
    }

    /// A wire dateline without a year is found as a span (its date is no claim) and dates
    /// nothing; prose with a dash and a parenthesis is not one.
    #[test]
    fn wire_datelines_without_a_year() {
        let rows: &[(&str, Option<&str>)] = &[
            (
                "Quake\n\nMARRAKECH, Sept 9 (Cape Sentinel Wire) — A powerful earthquake struck.\n",
                Some("MARRAKECH, Sept 9 (Cape Sentinel Wire)"),
            ),
            (
                "BENGHAZI (L'Écho des Deux Rives) — Le bilan s'alourdit.\n",
                Some("BENGHAZI (L'Écho des Deux Rives)"),
            ),
            (
                "The toll (a provisional one) — officials said — rose.\n",
                None,
            ),
        ];
        for (body, want) in rows {
            let got = find_wire_line(body).map(|(s, e)| &body[s..e]);
            assert_eq!(got, *want, "{body:?}");
        }
    }

    /// The latest year a copyright notice gives, in any of its spellings; a year elsewhere,
    /// or too far from the sign, is none.
    #[test]
    fn the_year_of_a_copyright_notice() {
        let rows: &[(&str, Option<i16>)] = &[
            (
                "Text.\n© 2024 Indian Ocean Wire. All rights reserved.",
                Some(2024),
            ),
            ("Copyright (c) 2010-2019 Harbour Ledger", Some(2019)),
            ("(C) 2016 Tidewater Press", Some(2016)),
            ("The storm of 2019 killed 12.", None),
            (
                "© Tidewater Press, a company founded in the port city in 1998",
                None,
            ),
            ("Under article 5 (c) 2019 rules apply.", None),
        ];
        for (text, want) in rows {
            assert_eq!(copyright_year(text), *want, "{text:?}");
        }
    }

    /// The sign-off line in parentheses that closes an article dates it; a line before it, a
    /// date without its year or a sentence in parentheses does not.
    #[test]
    fn the_date_of_a_sign_off_line() {
        let rows: &[(&str, Lang, Option<&str>)] = &[
            (
                "Testo.\n\n(Gazzetta del Tirreno, 30 maggio 2017)\n",
                Lang::It,
                Some("2017-05-30"),
            ),
            (
                "Texte.\n(Agence Littorale, le 3 mars 2014)",
                Lang::Fr,
                Some("2014-03-03"),
            ),
            (
                "(Gazzetta, 30 maggio 2017)\nTesto che segue.",
                Lang::It,
                None,
            ),
            ("Testo.\n(Gazzetta del Tirreno, 30 maggio)", Lang::It, None),
            (
                "Text.\n(The toll was revised on 3 March 2014.)",
                Lang::En,
                None,
            ),
        ];
        for (text, lang, want) in rows {
            let got = sign_off_date(text, &lang.data().dates).map(|p| p.date.to_string());
            assert_eq!(got.as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn the_day_and_month_of_a_wire_dateline() {
        type Row = (&'static str, Lang, Option<(i8, i8)>);
        let rows: &[Row] = &[
            (
                "BERLIN, 16 juillet (L'Écho du Confluent)",
                Lang::Fr,
                Some((7, 16)),
            ),
            ("SEOUL, Oct 30 (Halcyon Wire)", Lang::En, Some((10, 30))),
            ("MADRID, 3 de noviembre (Agencia)", Lang::Es, Some((11, 3))),
            ("ROMA, 12 settembre (Agenzia)", Lang::It, Some((9, 12))),
            ("LISBOA, 5 de março (Agência)", Lang::Pt, Some((3, 5))),
            ("BERLIN, 19. Juli (Agentur)", Lang::De, Some((7, 19))),
            ("BALTIMORE, 27 mar (Agencia)", Lang::Es, Some((3, 27))),
            ("PARIS (Agence)", Lang::Fr, None),
        ];
        for (line, lang, want) in rows {
            assert_eq!(day_and_month(line, &lang.data().dates), *want, "{line:?}");
        }
    }

    #[test]
    fn the_publisher_of_a_wire_dateline() {
        let rows: &[(&str, Option<&str>)] = &[
            ("SEOUL, Oct 30 (Halcyon Wire)", Some("Halcyon Wire")),
            (
                "BERLIN, 16 juillet (L'Écho du Confluent)",
                Some("L'Écho du Confluent"),
            ),
            (
                "Berlin, 27.06.2023, 18:40 Uhr (Hanseatischer Beobachter)",
                Some("Hanseatischer Beobachter"),
            ),
            ("Publié le 23/10/2024 à 09h15", None),
            ("PARIS (12 h 30)", None),
        ];
        for (line, want) in rows {
            assert_eq!(publisher(line).as_deref(), *want, "{line:?}");
        }
    }

    #[test]
    fn dateline_span_is_the_line() {
        let body = "\n  Publié le 23/10/2024 à 09h15  \nTexte.";
        let (s, e, _) = find_line(body, Lang::Fr).unwrap();
        assert_eq!(&body[s..e], "Publié le 23/10/2024 à 09h15");
    }
}
