//! YAML front matter at the top of a Markdown (or text) file, and Markdown bodies made plain.
//!
//! Front matter: only flat `key: value` lines are read (`title`, `date`, `outlet` or `source`,
//! `lang`), with quoted values, comments and folded `>`/`|` blocks; a block whose lines do not
//! read as YAML is not front matter (a horizontal rule at the top of an article stays text).
//!
//! Markdown bodies: link targets, image references, emphasis marks and code fences are removed
//! so that the digits of a URL never reach the extractors, and headings and list items become
//! paragraphs of their own so that the segmenter sees them.

/// The fields claimdiff reads from front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title:`
    pub title: Option<String>,
    /// `date:` as written.
    pub date: Option<String>,
    /// `outlet:` or `source:`
    pub outlet: Option<String>,
    /// `lang:` or `language:`
    pub lang: Option<String>,
    /// Byte offset where the body starts, after the closing `---` line.
    pub body_start: usize,
}

/// Reads front matter delimited by `---` lines at the very top of `text`, if any.
pub fn front_matter(text: &str) -> Option<FrontMatter> {
    let text_start = text.len() - text.trim_start_matches('\u{FEFF}').len();
    let mut lines = text[text_start..].split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut fm = FrontMatter::default();
    let mut offset = text_start + first.len();
    let mut pending_block: Option<(String, Vec<String>, bool)> = None;
    for line in lines {
        offset += line.len();
        let trimmed = line.trim();
        if line.trim_end() == "---" || line.trim_end() == "..." {
            if let Some((key, parts, folded)) = pending_block.take() {
                set(&mut fm, &key, &join_block(&parts, folded));
            }
            fm.body_start = offset;
            return Some(fm);
        }
        let indented = line.starts_with([' ', '\t']);
        if let Some((_, parts, _)) = pending_block.as_mut()
            && (indented || trimmed.is_empty())
        {
            parts.push(trimmed.to_string());
            continue;
        }
        if let Some((key, parts, folded)) = pending_block.take() {
            set(&mut fm, &key, &join_block(&parts, folded));
        }
        if trimmed.is_empty() || trimmed.starts_with('#') || indented || trimmed.starts_with("- ") {
            continue;
        }
        let (key, value) = trimmed.split_once(':')?;
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) && !key.starts_with(['"', '\'']) {
            return None;
        }
        let value = value.trim();
        if let Some(style) = value.strip_prefix(['>', '|']) {
            let folded = value.starts_with('>');
            if style
                .chars()
                .all(|c| matches!(c, '-' | '+') || c.is_ascii_digit())
            {
                pending_block = Some((key.to_string(), Vec::new(), folded));
                continue;
            }
        }
        set(&mut fm, key, &scalar(value));
    }
    None
}

fn set(fm: &mut FrontMatter, key: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let value = Some(value.to_string());
    match key.trim_matches(['"', '\'']).to_ascii_lowercase().as_str() {
        "title" | "headline" => fm.title = value,
        "date" | "published" | "datepublished" | "published_at" => fm.date = value,
        "outlet" | "source" | "publisher" | "site" | "site_name" => fm.outlet = value,
        "lang" | "language" | "locale" => fm.lang = value,
        _ => {}
    }
}

fn join_block(parts: &[String], folded: bool) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.as_str())
        .filter(|p| !p.is_empty())
        .collect();
    parts.join(if folded { " " } else { "\n" })
}

/// A YAML scalar as written on one line: double-quoted (with escapes), single-quoted (`''` for a
/// quote) or plain (a ` #` starts a comment).
fn scalar(value: &str) -> String {
    if let Some(inner) = value.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return out,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => {}
                },
                c => out.push(c),
            }
        }
        return out;
    }
    if let Some(inner) = value.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = inner.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                    out.push('\'');
                } else {
                    return out;
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    let plain = match value.find(" #") {
        Some(i) => &value[..i],
        None => value,
    };
    plain.trim().to_string()
}

/// Turns a Markdown body into plain paragraphs separated by blank lines.
pub fn to_plain(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut in_fence: Option<&str> = None;
    for line in body.lines() {
        let trimmed = line.trim();
        if let Some(fence) = in_fence {
            if trimmed.starts_with(fence) {
                in_fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = Some(&trimmed[..3]);
            continue;
        }
        if is_rule(trimmed) || is_reference_definition(trimmed) {
            blank_line(&mut out);
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        let heading = content.starts_with('#') && {
            let level = content.bytes().take_while(|&b| b == b'#').count();
            level <= 6 && content[level..].starts_with([' ', '\t']) || content.len() == level
        };
        let item = list_item(content);
        if heading {
            content = content
                .trim_start_matches('#')
                .trim()
                .trim_end_matches('#')
                .trim_end();
        } else if let Some(rest) = item {
            content = rest;
        }
        if heading || item.is_some() {
            blank_line(&mut out);
        }
        inline(content, &mut out);
        out.push('\n');
        if heading || item.is_some() {
            out.push('\n');
        }
    }
    out
}

fn blank_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// A thematic break: three or more of one of `-`, `*`, `_`, and nothing else but blanks.
fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(mark @ ('-' | '*' | '_')) = marks.next() else {
        return false;
    };
    let mut count = 1;
    for c in marks {
        if c != mark {
            return false;
        }
        count += 1;
    }
    count >= 3
}

fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|i| !line[1..i].contains(']') && i > 1)
}

fn list_item(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest.trim_start());
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// Copies one line, dropping link targets, images, emphasis marks, inline code ticks, HTML
/// comments and autolinks.
fn inline(line: &str, out: &mut String) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        let rest = &line[i..];
        let b = bytes[i];
        if b == b'\\' && i + 1 < line.len() && bytes[i + 1].is_ascii_punctuation() {
            out.push(bytes[i + 1] as char);
            i += 2;
        } else if rest.starts_with("![") {
            match link_end(&line[i + 1..]) {
                Some((_, end)) => i += 1 + end,
                None => {
                    out.push('!');
                    i += 1;
                }
            }
        } else if b == b'[' {
            match link_end(rest) {
                Some((label_end, end)) => {
                    inline(&rest[1..label_end], out);
                    i += end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            }
        } else if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(rest.len(), |e| e + 3);
        } else if b == b'<' && (rest.starts_with("<http") || rest.starts_with("<mailto:")) {
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
        } else if b == b'*' || b == b'`' || (b == b'_' && is_emphasis_underscore(bytes, i)) {
            i += 1;
        } else {
            // Plain text up to the next byte that may start markup, copied at once.
            let run = bytes[i + 1..]
                .iter()
                .position(|b| matches!(b, b'\\' | b'!' | b'[' | b'<' | b'*' | b'`' | b'_'))
                .map_or(line.len(), |p| i + 1 + p);
            out.push_str(&line[i..run]);
            i = run;
        }
    }
}

/// For `[label](target)` or `[label][ref]` at the start of `s`: the end of the label and of the
/// whole link. The label may not contain `]`; the target ends at the first `)` (or `]`).
fn link_end(s: &str) -> Option<(usize, usize)> {
    let label_end = s.find(']')?;
    if s[1..label_end].contains('[') {
        return None;
    }
    let after = &s[label_end + 1..];
    let close = match after.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let target_end = after.find(close)?;
    Some((label_end, label_end + 1 + target_end + 1))
}

/// `_` marks emphasis at a word edge (`_word_`), not inside a word (`snake_case`).
fn is_emphasis_underscore(bytes: &[u8], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| bytes[j]);
    let after = bytes.get(i + 1).copied();
    let word = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b >= 0x80);
    !(word(before) && word(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thematic_breaks() {
        let rows = [
            ("---", true),
            ("* * *", true),
            ("_ _ _ _", true),
            ("- - -", true),
            ("--", false),
            ("-*-", false),
            ("- item", false),
            ("———", false),
            ("", false),
        ];
        for (line, expected) in rows {
            assert_eq!(is_rule(line), expected, "{line:?}");
        }
    }

    #[test]
    fn reads_fields_and_body_start() {
        let text = "---\ntitle: \"Un titre\"\ndate: 2024-10-23\noutlet: Le Quotidien\nlang: fr\n---\nCorps.\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Un titre"));
        assert_eq!(fm.date.as_deref(), Some("2024-10-23"));
        assert_eq!(fm.outlet.as_deref(), Some("Le Quotidien"));
        assert_eq!(fm.lang.as_deref(), Some("fr"));
        assert_eq!(&text[fm.body_start..], "Corps.\n");
    }

    #[test]
    fn quoted_values_comments_and_blocks() {
        let text = "---\r\ntitle: 'L''armée: un \"bilan\"'\r\nsource: \"Le \\\"Veilleur\\\"\" # outlet\r\n\
                    date: 2024-10-23T09:15:00+02:00 # local\r\n# a comment\r\ntags:\r\n  - monde\r\n\
                    language: >\r\n  fr\r\n---\r\nCorps.\r\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(fm.title.as_deref(), Some("L'armée: un \"bilan\""));
        assert_eq!(fm.outlet.as_deref(), Some("Le \"Veilleur\""));
        assert_eq!(fm.date.as_deref(), Some("2024-10-23T09:15:00+02:00"));
        assert_eq!(fm.lang.as_deref(), Some("fr"));
        assert_eq!(&text[fm.body_start..], "Corps.\r\n");
    }

    #[test]
    fn dashes_in_the_body_are_body() {
        let text = "---\ntitle: x\n---\nUn.\n---\nDeux.\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(&text[fm.body_start..], "Un.\n---\nDeux.\n");
    }

    #[test]
    fn not_front_matter() {
        assert_eq!(front_matter("---\ntitle: x\nno end"), None);
        assert_eq!(front_matter("title: x\n"), None);
        assert_eq!(
            front_matter("---\nUne phrase qui n'est pas du YAML.\n---\n"),
            None
        );
    }

    #[test]
    fn bom_before_front_matter() {
        let text = "\u{FEFF}---\nlang: en\n---\nBody.\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(fm.lang.as_deref(), Some("en"));
        assert_eq!(&text[fm.body_start..], "Body.\n");
    }

    #[test]
    fn markdown_becomes_plain_paragraphs() {
        let rows = [
            (
                "## Moscou dément\nLe texte.\n",
                "Moscou dément\n\nLe texte.\n",
            ),
            (
                "Voir [le rapport](https://ex.org/2024/1500) **complet**.\n",
                "Voir le rapport complet.\n",
            ),
            ("![carte](img/3000.png)Texte\n", "Texte\n"),
            ("- un\n- deux\n", "un\n\ndeux\n\n"),
            ("> Cité.\n", "Cité.\n"),
            ("a\n```\ncode 42\n```\nb\n", "a\nb\n"),
            ("Un snake_case et _accent_.\n", "Un snake_case et accent.\n"),
            ("Fin.\n\n[1]: https://ex.org/99\n", "Fin.\n\n"),
            ("1 500 soldats\n", "1 500 soldats\n"),
        ];
        for (input, want) in rows {
            assert_eq!(to_plain(input), want, "{input:?}");
        }
    }
}
