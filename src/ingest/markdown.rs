//! YAML front matter at the top of a Markdown (or text) file: `title`, `date`, `outlet` or
//! `source`, `lang`. Only flat `key: value` lines are read; the rest of the file is the body.

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
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut fm = FrontMatter::default();
    let mut offset = first.len();
    for line in lines {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" || trimmed == "..." {
            fm.body_start = offset;
            return Some(fm);
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        let value = Some(value.to_string());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => fm.title = value,
            "date" | "published" => fm.date = value,
            "outlet" | "source" | "publisher" => fm.outlet = value,
            "lang" | "language" => fm.lang = value,
            _ => {}
        }
    }
    None
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
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
    fn unterminated_front_matter_is_not_front_matter() {
        assert_eq!(front_matter("---\ntitle: x\nno end"), None);
        assert_eq!(front_matter("title: x\n"), None);
    }
}
