//! Front matter at the top of a Markdown (or text) file, and Markdown bodies made plain.
//!
//! Front matter: YAML between `---` lines (yaml-rust2, a maintained YAML 1.2 parser; serde_yaml
//! is archived and serde_yml unsound) or TOML between `+++` lines (the `toml` crate). The fields
//! read are `title`, `date`, `outlet` or `source`, `lang`, whatever the case of their keys; a
//! list (`outlet: [Le Test]`) gives its items. A `---` block that does not parse as a YAML
//! mapping is not front matter (a horizontal rule at the top of an article stays text).
//!
//! Markdown bodies are parsed by pulldown-cmark (footnotes, tables and strikethrough on) and
//! made plain *in place*: the plain text has the byte length of the source, its words at their
//! own offsets and every byte of markup made a space (a line break stays one), so that the
//! offsets of sentences and figures are offsets into the file as read. Link targets, images,
//! autolinks, code blocks, footnote references (`soldats[^1]`) and HTML tags (`<b>3 000</b>`
//! keeps its figure) are blanked; the marker that opens a heading, a list item or a quotation
//! becomes a line break, so that each is a paragraph of its own for the segmenter. An entity or
//! an escape is shorter than its source: its character is written where it starts and the rest
//! blanked (`l&apos;AFP` reads `l'     AFP`).

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

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
    /// Byte offset where the body starts, after the closing `---` (or `+++`) line.
    pub body_start: usize,
}

/// Which syntax a front matter block is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Yaml,
    Toml,
}

/// Reads front matter delimited by `---` (YAML) or `+++` (TOML) lines at the very top of
/// `text`, if any.
pub fn front_matter(text: &str) -> Option<FrontMatter> {
    let text_start = text.len() - text.trim_start_matches('\u{FEFF}').len();
    let mut lines = text[text_start..].split_inclusive('\n');
    let first = lines.next()?;
    let syntax = match first.trim_end() {
        "---" => Syntax::Yaml,
        "+++" => Syntax::Toml,
        _ => return None,
    };
    let block_start = text_start + first.len();
    let mut offset = block_start;
    for line in lines {
        let line_start = offset;
        offset += line.len();
        let closes = match syntax {
            Syntax::Yaml => matches!(line.trim_end(), "---" | "..."),
            Syntax::Toml => line.trim_end() == "+++",
        };
        if closes {
            let block = &text[block_start..line_start];
            let mut fm = match syntax {
                Syntax::Yaml => yaml(block)?,
                Syntax::Toml => toml_fields(block)?,
            };
            fm.body_start = offset;
            return Some(fm);
        }
    }
    None
}

/// The fields of a YAML block, or `None` when it is not a YAML mapping (nor empty).
fn yaml(block: &str) -> Option<FrontMatter> {
    use yaml_rust2::{Yaml, YamlLoader};
    let docs = YamlLoader::load_from_str(block).ok()?;
    let mut fm = FrontMatter::default();
    let Some(doc) = docs.into_iter().next() else {
        return Some(fm);
    };
    let Yaml::Hash(map) = doc else {
        return None;
    };
    fn scalar(v: &Yaml) -> Option<String> {
        match v {
            Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
            Yaml::Integer(i) => Some(i.to_string()),
            Yaml::Boolean(b) => Some(b.to_string()),
            Yaml::Array(items) => {
                let items: Vec<String> = items.iter().filter_map(scalar).collect();
                (!items.is_empty()).then(|| items.join(", "))
            }
            _ => None,
        }
    }
    for (k, v) in &map {
        if let (Some(key), Some(value)) = (scalar(k), scalar(v)) {
            set(&mut fm, &key, &value);
        }
    }
    Some(fm)
}

/// The fields of a TOML block, or `None` when it does not parse.
fn toml_fields(block: &str) -> Option<FrontMatter> {
    use toml::Value;
    let table: toml::Table = block.parse().ok()?;
    fn scalar(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Integer(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Boolean(b) => Some(b.to_string()),
            Value::Datetime(d) => Some(d.to_string()),
            Value::Array(items) => {
                let items: Vec<String> = items.iter().filter_map(scalar).collect();
                (!items.is_empty()).then(|| items.join(", "))
            }
            Value::Table(_) => None,
        }
    }
    let mut fm = FrontMatter::default();
    for (key, v) in &table {
        if let Some(value) = scalar(v) {
            set(&mut fm, key, &value);
        }
    }
    Some(fm)
}

fn set(fm: &mut FrontMatter, key: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let value = Some(value.to_string());
    match key.trim().to_lowercase().as_str() {
        "title" | "headline" => fm.title = value,
        "date" | "published" | "datepublished" | "published_at" => fm.date = value,
        "outlet" | "source" | "publisher" | "site" | "site_name" => fm.outlet = value,
        "lang" | "language" | "locale" => fm.lang = value,
        _ => {}
    }
}

/// A Markdown body made plain in place: the same byte length, text at its own offsets, markup
/// blanked (see the module documentation).
pub fn to_plain(body: &str) -> String {
    let src = body.as_bytes();
    let mut out: Vec<u8> = src
        .iter()
        .map(|&b| if b == b'\n' { b'\n' } else { b' ' })
        .collect();
    let mut options = Options::empty();
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    // Inside these, text is not article text: code, image descriptions, autolinks' addresses.
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                let opens_block = matches!(
                    tag,
                    Tag::Heading { .. }
                        | Tag::Item
                        | Tag::BlockQuote(_)
                        | Tag::FootnoteDefinition(_)
                );
                if opens_block
                    && let Some(&b) = src.get(range.start)
                    && matches!(b, b'#' | b'-' | b'*' | b'+' | b'>' | b'[' | b'0'..=b'9')
                {
                    out[range.start] = b'\n';
                }
                if matches!(
                    tag,
                    Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented)
                        | Tag::Image { .. }
                        | Tag::MetadataBlock(_)
                ) || matches!(
                    tag,
                    Tag::Link {
                        link_type: LinkType::Autolink | LinkType::Email,
                        ..
                    }
                ) {
                    hidden += 1;
                }
            }
            Event::End(end) => {
                let closes_hidden = matches!(
                    end,
                    TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_)
                ) || matches!(end, TagEnd::Link)
                    && body[range.clone()].starts_with('<');
                if closes_hidden {
                    hidden = hidden.saturating_sub(1);
                }
            }
            Event::Text(t) | Event::Code(t) if hidden == 0 => {
                put(&mut out, src, range, &t);
            }
            Event::Html(_) | Event::InlineHtml(_) if hidden == 0 => {
                untagged(&mut out, &body[range.clone()], range.start);
            }
            _ => {}
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes `text` where the source has it within `range` (or at its start when the source spells
/// it otherwise, as an escape or an entity does, and it fits).
fn put(out: &mut [u8], src: &[u8], range: std::ops::Range<usize>, text: &str) {
    let slice = &src[range.clone()];
    let t = text.as_bytes();
    let at = if slice == t {
        Some(range.start)
    } else if let Some(p) = slice.windows(t.len().max(1)).position(|w| w == t) {
        Some(range.start + p)
    } else if t.len() <= slice.len() {
        Some(range.start)
    } else {
        None
    };
    if let Some(at) = at {
        out[at..at + t.len()].copy_from_slice(t);
    }
}

/// Copies raw HTML with its tags and comments blanked, keeping the text between them
/// (`<b>3 000</b>` keeps `3 000`); the content of `<script>` and `<style>` is dropped.
fn untagged(out: &mut [u8], html: &str, start: usize) {
    let lower = html.to_ascii_lowercase();
    if lower.trim_start().starts_with("<script") || lower.trim_start().starts_with("<style") {
        return;
    }
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if html[i..].starts_with("<!--") {
            i += html[i..].find("-->").map_or(bytes.len() - i, |e| e + 3);
        } else if bytes[i] == b'<' {
            i += html[i..].find('>').map_or(bytes.len() - i, |e| e + 1);
        } else {
            let next = html[i..].find('<').map_or(bytes.len(), |p| i + p);
            for (k, &b) in bytes[i..next].iter().enumerate() {
                if b != b'\n' {
                    out[start + i + k] = b;
                }
            }
            i = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// The paragraphs of a plain text, each with its whitespace collapsed.
    /// (A line of blanks ends a paragraph, as for the segmenter.)
    fn paragraphs(plain: &str) -> Vec<String> {
        let mut out = vec![String::new()];
        for line in plain.lines() {
            if line.trim().is_empty() {
                out.push(String::new());
            } else if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(line);
            }
        }
        out.iter()
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect()
    }

    #[test]
    fn markdown_becomes_plain_paragraphs_in_place() {
        let rows: [(&str, &[&str]); 14] = [
            (
                "## Moscou dément\nLe texte.\n",
                &["Moscou dément Le texte."][..],
            ),
            (
                "Voir [le rapport](https://ex.org/2024/1500) **complet**.\n",
                &["Voir le rapport complet ."],
            ),
            ("![carte](img/3000.png)Texte\n", &["Texte"]),
            ("- un\n- deux\n", &["un", "deux"]),
            ("> Cité.\n", &["Cité."]),
            ("a\n\n```\ncode 42\n```\nb\n", &["a", "b"]),
            (
                "Un snake_case et _accent_.\n",
                &["Un snake_case et accent ."],
            ),
            ("Fin.\n\n[1]: https://ex.org/99\n", &["Fin."]),
            ("1 500 soldats\n", &["1 500 soldats"]),
            // A footnote reference is not a figure; its note is a paragraph of its own.
            (
                "3 000 soldats[^1] sont arrivés.\n\n[^1]: Selon Séoul.\n",
                &["3 000 soldats sont arrivés.", "Selon Séoul."],
            ),
            // Inline HTML keeps the words between its tags.
            (
                "Plus de <b>3 000</b> soldats.\n",
                &["Plus de 3 000 soldats."],
            ),
            (
                "<p>Environ 1 500 soldats.</p>\n",
                &["Environ 1 500 soldats."],
            ),
            (
                "Voir <https://ex.org/2024/10> et l&apos;AFP &amp; co.\n",
                &["Voir et l' AFP & co."],
            ),
            (
                "| pays | soldats |\n|---|---|\n| Corée | 3 000 |\n",
                &["pays soldats\n\nCorée 3 000"],
            ),
        ];
        for (input, want) in rows {
            let plain = to_plain(input);
            assert_eq!(plain.len(), input.len(), "{input:?} → {plain:?}");
            let want: Vec<String> = want.iter().flat_map(|w| paragraphs(w)).collect();
            assert_eq!(paragraphs(&plain), want, "{input:?} → {plain:?}");
        }
    }

    #[test]
    fn words_keep_their_offsets() {
        let source =
            "# Titre\n\nSelon **Séoul**, [3 000](https://x.org/1) soldats[^1].\n\n[^1]: Note.\n";
        let plain = to_plain(source);
        for word in ["Titre", "Selon", "Séoul", "3 000", "soldats", "Note."] {
            assert_eq!(plain.find(word), source.find(word), "{word}");
        }
        assert!(!plain.contains("x.org"));
        assert!(!plain.contains('1'), "{plain:?}");
    }

    #[test]
    fn toml_front_matter() {
        let text = "+++\ntitle = \"Le titre\"\ndate = 2024-10-28\noutlet = \"Le Test\"\nlang = \"fr\"\n+++\nCorps.\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Le titre"));
        assert_eq!(fm.date.as_deref(), Some("2024-10-28"));
        assert_eq!(fm.outlet.as_deref(), Some("Le Test"));
        assert_eq!(fm.lang.as_deref(), Some("fr"));
        assert_eq!(&text[fm.body_start..], "Corps.\n");
        assert_eq!(front_matter("+++\nnot = toml = at all\n+++\nx\n"), None);
    }

    #[test]
    fn yaml_lists_and_capitalised_keys() {
        let text =
            "---\nOutlet: [Le Test]\nDate: 28/10/2024\nTitle: >\n  Deux\n  lignes\n---\nCorps.\n";
        let fm = front_matter(text).unwrap();
        assert_eq!(fm.outlet.as_deref(), Some("Le Test"));
        assert_eq!(fm.date.as_deref(), Some("28/10/2024"));
        assert_eq!(fm.title.as_deref(), Some("Deux lignes"));
    }
}
