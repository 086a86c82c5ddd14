//! Saved news pages: the article's paragraphs, title, outlet, publication date and language.
//!
//! Page chrome is removed first, by what the DOM says (nav, header, footer, aside, forms,
//! buttons, dialogs, ARIA roles, and class or id words such as `cookie`, `share`, `related`,
//! `newsletter`, `comments`), so that a share counter or a phone number in the footer can never
//! become a claim. dom_smoothie (a Readability port) then picks the article body; its types are
//! not `Send`, so everything happens inside [`read`], which returns owned strings. Metadata comes
//! from the untouched page with scraper: Open Graph and `article:` meta tags, JSON-LD, `<time
//! datetime>` and `<html lang>`.
//!
//! The text is the article's blocks (paragraphs, headings, list items, quotes), one paragraph
//! per block, separated by blank lines; spans refer to it.

use scraper::{ElementRef, Html, Node, Selector};

use super::{Published, dateline};

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The article text: paragraphs separated by blank lines.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The outlet (`og:site_name`, JSON-LD publisher).
    pub outlet: Option<String>,
    /// The publication date and local time, as written in the page.
    pub published: Option<Published>,
    /// The declared language tag (`<html lang>`, `og:locale`, JSON-LD `inLanguage`).
    pub lang: Option<String>,
    /// True when dom_smoothie found no article and the text is every block left once the chrome
    /// is removed.
    pub fallback: bool,
}

/// Tags that are never article text.
const CHROME_TAGS: &[&str] = &[
    "aside",
    "button",
    "dialog",
    "figcaption",
    "figure",
    "footer",
    "form",
    "iframe",
    "input",
    "label",
    "menu",
    "nav",
    "noscript",
    "object",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "video",
];

/// ARIA roles of page chrome.
const CHROME_ROLES: &[&str] = &[
    "alert",
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
    "toolbar",
];

/// Words of a class or id (split on non-letters) that mark page chrome. Whole words only:
/// `share` matches `share-bar`, not `shareholders`.
const CHROME_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "footer",
    "gdpr",
    "masthead",
    "menu",
    "navbar",
    "newsletter",
    "outbrain",
    "paywall",
    "popular",
    "promo",
    "recirculation",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "toolbar",
    "trending",
];

/// Class or id phrases (lower case, `-` between words) that mark chrome but whose words alone
/// do not.
const CHROME_PHRASES: &[&str] = &[
    "also-read",
    "lire-aussi",
    "most-read",
    "mostread",
    "read-more",
    "readmore",
    "site-header",
];

/// Tags after which a new paragraph starts.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Why a page yields no document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The page holds no article text (a warning: nothing to read).
    NoArticle(String),
    /// The page is not one claimdiff will parse (an error).
    Refused(String),
}

/// Nesting deeper than this in the markup is refused before parsing: html5ever's scope checks
/// make unclosed blocks cost time proportional to their depth, so a file of nothing but
/// `<div>` would take hours. Browsers cap the tree at a few hundred levels; news pages stay
/// under a hundred.
const MAX_MARKUP_NESTING: usize = 1000;

/// A parsed tree deeper than this skips dom_smoothie, whose scoring walks ancestors and grows
/// with the square of the depth; the blocks of the page are read directly instead.
const MAX_TREE_DEPTH: usize = 400;

/// Reads a page; the error says why no article text could be found.
pub fn read(html: &str) -> Result<Page, Problem> {
    let nesting = markup_nesting(html);
    if nesting > MAX_MARKUP_NESTING {
        return Err(Problem::Refused(format!(
            "HTML with tags left open more than {MAX_MARKUP_NESTING} levels deep: not a news page, not read"
        )));
    }
    let mut document = Html::parse_document(html);
    let mut page = metadata(&document);
    remove_chrome(&mut document);

    let mut text = String::new();
    if tree_depth(document.root_element()) <= MAX_TREE_DEPTH {
        let cleaned = document.html();
        let config = dom_smoothie::Config {
            max_elements_to_parse: 200_000,
            ..Default::default()
        };
        let article = dom_smoothie::Readability::new(cleaned.as_str(), None, Some(config))
            .ok()
            .and_then(|mut r| r.parse().ok());
        if let Some(article) = &article {
            text = blocks_text(Html::parse_fragment(&article.content).root_element());
            if page.title.is_none() && !article.title.trim().is_empty() {
                page.title = Some(collapse(&article.title));
            }
            page.outlet = page.outlet.or_else(|| article.site_name.clone());
            page.lang = page.lang.or_else(|| article.lang.clone());
            if page.published.is_none() {
                page.published = article
                    .published_time
                    .as_deref()
                    .and_then(dateline::parse_front_matter_date);
            }
        }
    }
    if text.trim().is_empty() {
        text = blocks_text(document.root_element());
        page.fallback = true;
    }
    if text.trim().is_empty() {
        return Err(Problem::NoArticle(
            "no article text in this page (only navigation, headers or footers): nothing to read"
                .into(),
        ));
    }
    page.text = text;
    Ok(page)
}

/// Tags that nest when left open: blocks whose start tag makes html5ever check the open
/// elements' scope (and which do not close an open one of their kind, as `<p>` and `<li>` do),
/// and formatting elements, which it reopens inside every later block when misnested.
const NESTING_TAGS: &[&str] = &[
    "a",
    "address",
    "article",
    "aside",
    "b",
    "big",
    "blockquote",
    "center",
    "code",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "em",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "header",
    "hgroup",
    "i",
    "main",
    "menu",
    "nav",
    "nobr",
    "ol",
    "s",
    "section",
    "small",
    "strike",
    "strong",
    "summary",
    "table",
    "tt",
    "u",
    "ul",
];

/// The deepest nesting of [`NESTING_TAGS`] left open in the markup, from a linear scan of the
/// tags (comments, scripts and styles skipped). An estimate, used only to refuse pathological
/// files before they reach the parser.
fn markup_nesting(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    let skip_to = |from: usize, needle: &str| {
        html[from..]
            .find(needle)
            .map_or(bytes.len(), |j| from + j + needle.len())
    };
    while let Some(j) = html[i..].find('<') {
        i += j + 1;
        if html[i..].starts_with("!--") {
            i = skip_to(i, "-->");
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = i + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take(12)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        if !closing && (name == "script" || name == "style") {
            i = skip_to(i, &format!("</{name}"));
            continue;
        }
        if NESTING_TAGS.binary_search(&name.as_str()).is_ok() {
            if closing {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    deepest
}

/// The depth of the deepest node under `root`, by an iterative walk.
fn tree_depth(root: ElementRef<'_>) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut next = root.first_child();
    while let Some(node) = next {
        if let Some(child) = node.first_child() {
            depth += 1;
            deepest = deepest.max(depth);
            next = Some(child);
            continue;
        }
        let mut closing = node;
        loop {
            if let Some(sibling) = closing.next_sibling() {
                next = Some(sibling);
                break;
            }
            match closing.parent() {
                Some(parent) if parent.id() != root.id() => {
                    closing = parent;
                    depth -= 1;
                }
                _ => {
                    next = None;
                    break;
                }
            }
        }
    }
    deepest
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selectors are written by hand and valid")
}

fn first_attr(document: &Html, css: &str, attr: &str) -> Option<String> {
    document
        .select(&selector(css))
        .filter_map(|e| e.attr(attr))
        .map(collapse)
        .find(|v| !v.is_empty())
}

fn metadata(document: &Html) -> Page {
    let ld = json_ld(document);
    let title = ld
        .headline
        .clone()
        .or_else(|| first_attr(document, r#"meta[property="og:title"]"#, "content"))
        .or_else(|| {
            document
                .select(&selector("title"))
                .map(|t| collapse(&t.text().collect::<String>()))
                .find(|t| !t.is_empty())
        });
    let outlet = first_attr(document, r#"meta[property="og:site_name"]"#, "content")
        .or(ld.publisher.clone())
        .or_else(|| first_attr(document, r#"meta[name="application-name"]"#, "content"));
    let date_candidates = [
        first_attr(
            document,
            r#"meta[property="article:published_time"]"#,
            "content",
        ),
        ld.date_published.clone(),
        first_attr(document, r#"[itemprop="datePublished"]"#, "content"),
        first_attr(document, r#"[itemprop="datePublished"]"#, "datetime"),
        first_attr(
            document,
            r#"meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="DC.date.issued"], meta[name="parsely-pub-date"]"#,
            "content",
        ),
        first_attr(
            document,
            "article time[datetime], main time[datetime]",
            "datetime",
        ),
        first_attr(document, "time[datetime]", "datetime"),
    ];
    let lang = first_attr(document, "html[lang]", "lang")
        .or_else(|| {
            first_attr(
                document,
                r#"meta[http-equiv="content-language" i]"#,
                "content",
            )
        })
        .or_else(|| first_attr(document, r#"meta[property="og:locale"]"#, "content"))
        .or(ld.language);
    let published = date_candidates
        .iter()
        .flatten()
        .find_map(|d| dateline::parse_front_matter_date(d))
        .or_else(|| visible_date(document, lang.as_deref()));
    Page {
        title,
        outlet,
        published,
        lang,
        ..Page::default()
    }
}

/// Where a page shows its date to readers when no metadata gives it, most telling first: the
/// article's own `<time>` and byline, then any element named for a date.
const VISIBLE_DATE_PLACES: &[&str] = &[
    "article time, main time, header time",
    r#"article [class*="byline" i], main [class*="byline" i], header [class*="byline" i]"#,
    r#"article [class*="date" i], main [class*="date" i], header [class*="date" i]"#,
    r#"[class*="byline" i], [class*="date" i], time"#,
    // Elements named for the date or the publishing in the page's own language: "data"
    // (Italian, Portuguese), "fecha", "datum", "publicado", "publié", "published"; not an
    // advertising block ("publicidade", "publicité").
    r#"[class*="data" i], [class*="fecha" i], [class*="datum" i], [class*="publica" i], [class*="publie" i], [class*="publish" i], [class*="posted" i]"#,
];

/// The longest text of an element read as a shown date: a byline, not a paragraph.
const VISIBLE_DATE_CHARS: usize = 160;

/// The date a page shows its readers, when no metadata gives one: in a `<time>` element, a
/// byline or an element named for a date ("di Luca Bianchi — Mercoledì 15 agosto 2018, ore
/// 9:40", "03.05.2015, 18:20 Uhr", "By John Smith | Wednesday, August 15, 2018"), read piece by
/// piece as [`dateline::byline_date`] does, in the page's language first.
fn visible_date(document: &Html, lang: Option<&str>) -> Option<Published> {
    let lang = lang
        .and_then(crate::lang::Lang::from_code)
        .unwrap_or(crate::lang::Lang::En);
    let read = |piece: &str, after_separator: bool| {
        crate::extract::date::languages_from(lang)
            .find_map(|l| dateline::parse_piece(piece, &l.data().dates, after_separator))
    };
    VISIBLE_DATE_PLACES.iter().find_map(|css| {
        document.select(&selector(css)).find_map(|element| {
            let text = collapse(&element.text().collect::<String>());
            if text.is_empty() || text.chars().count() > VISIBLE_DATE_CHARS {
                return None;
            }
            dateline::byline_date(&text, read)
        })
    })
}

/// The fields read from the page's JSON-LD article object.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    publisher: Option<String>,
    language: Option<String>,
}

fn json_ld(document: &Html) -> JsonLd {
    let mut objects = Vec::new();
    for script in document.select(&selector(r#"script[type="application/ld+json"]"#)) {
        let source: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&source) {
            flatten(value, &mut objects, 0);
        }
    }
    let is_article = |o: &serde_json::Value| {
        let types: Vec<&str> = match &o["@type"] {
            serde_json::Value::String(s) => vec![s.as_str()],
            serde_json::Value::Array(a) => a.iter().filter_map(|t| t.as_str()).collect(),
            _ => Vec::new(),
        };
        types
            .iter()
            .any(|t| t.ends_with("Article") || *t == "BlogPosting" || *t == "Report")
    };
    let Some(article) = objects
        .iter()
        .find(|o| is_article(o))
        .or_else(|| objects.iter().find(|o| o.get("datePublished").is_some()))
    else {
        return JsonLd::default();
    };
    let text = |v: &serde_json::Value| -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(collapse(s)),
            serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(collapse),
            serde_json::Value::Array(a) => a.iter().find_map(|x| match x {
                serde_json::Value::String(s) => Some(collapse(s)),
                serde_json::Value::Object(o) => {
                    o.get("name").and_then(|n| n.as_str()).map(collapse)
                }
                _ => None,
            }),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    };
    JsonLd {
        headline: text(&article["headline"]),
        date_published: text(&article["datePublished"]),
        publisher: text(&article["publisher"]),
        language: text(&article["inLanguage"]),
    }
}

/// Collects the objects of a JSON-LD value (arrays and `@graph` opened), a few levels deep.
fn flatten(value: serde_json::Value, out: &mut Vec<serde_json::Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        serde_json::Value::Array(items) => {
            for item in items {
                flatten(item, out, depth + 1);
            }
        }
        serde_json::Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(serde_json::Value::Object(map));
        }
        _ => {}
    }
}

fn is_chrome(element: ElementRef<'_>) -> bool {
    let e = element.value();
    let name = e.name();
    if CHROME_TAGS.contains(&name) || e.attr("hidden").is_some() {
        return true;
    }
    if name == "header" {
        let in_article = element
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| matches!(a.value().name(), "article" | "main"));
        return !in_article;
    }
    if name == "html" || name == "body" || name == "article" || name == "main" {
        return false;
    }
    if e.attr("role").is_some_and(|r| {
        r.split_whitespace()
            .any(|r| CHROME_ROLES.contains(&r.to_ascii_lowercase().as_str()))
    }) {
        return true;
    }
    let names = [e.attr("class"), e.attr("id")];
    names.iter().flatten().any(|value| {
        let lower = value.to_ascii_lowercase();
        lower.split_whitespace().any(|class| {
            let dashed = class.replace('_', "-");
            CHROME_PHRASES.iter().any(|p| dashed.contains(p))
                || dashed
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|word| CHROME_WORDS.contains(&word))
        })
    })
}

fn remove_chrome(document: &mut Html) {
    let chrome: Vec<_> = document
        .root_element()
        .descendent_elements()
        .filter(|e| is_chrome(*e))
        .map(|e| e.id())
        .collect();
    for id in chrome {
        if let Some(mut node) = document.tree.get_mut(id) {
            node.detach();
        }
    }
}

/// The text of the blocks under `root`, one paragraph per block, separated by blank lines. The
/// walk is iterative: a deeply nested page cannot overflow the stack.
fn blocks_text(root: ElementRef<'_>) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let is_block = |node: &Node| {
        node.as_element()
            .is_some_and(|e| BLOCK_TAGS.contains(&e.name()))
    };
    let mut next = root.first_child();
    while let Some(node) = next {
        let mut descend = false;
        match node.value() {
            Node::Text(text) => push_collapsed(&mut current, text),
            Node::Element(e) => {
                let name = e.name();
                let skipped = matches!(name, "script" | "style" | "noscript" | "template")
                    || ElementRef::wrap(node).is_some_and(is_chrome);
                if name == "br" {
                    let kept = current.trim_end().len();
                    current.truncate(kept);
                    current.push('\n');
                } else if !skipped {
                    if is_block(node.value()) {
                        flush(&mut current, &mut paragraphs);
                    }
                    descend = true;
                }
            }
            _ => {}
        }
        if descend && let Some(child) = node.first_child() {
            next = Some(child);
            continue;
        }
        // Close this node and every ancestor that has no next sibling, up to the root.
        let mut closing = node;
        loop {
            if is_block(closing.value()) {
                flush(&mut current, &mut paragraphs);
            }
            if let Some(sibling) = closing.next_sibling() {
                next = Some(sibling);
                break;
            }
            match closing.parent() {
                Some(parent) if parent.id() != root.id() => closing = parent,
                _ => {
                    next = None;
                    break;
                }
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let lines: Vec<&str> = current
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if !lines.is_empty() {
        paragraphs.push(lines.join("\n"));
    }
    current.clear();
}

/// Appends HTML text with runs of ASCII white space made one space (a no-break space stays: it
/// separates the groups of "3 000").
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn collapse(text: &str) -> String {
    let mut out = String::new();
    push_collapsed(&mut out, text.trim());
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_words_are_sorted() {
        for table in [
            CHROME_TAGS,
            CHROME_ROLES,
            CHROME_WORDS,
            CHROME_PHRASES,
            BLOCK_TAGS,
            NESTING_TAGS,
        ] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }

    #[test]
    fn blocks_become_paragraphs() {
        let html = "<div><h2>Titre</h2><p>Un  <b>deux</b>\n trois.<br>Quatre.</p><p>3\u{a0}000 soldats.</p><script>var x = 42;</script></div>";
        let page = Html::parse_fragment(html);
        assert_eq!(
            blocks_text(page.root_element()),
            "Titre\n\nUn deux trois.\nQuatre.\n\n3\u{a0}000 soldats."
        );
    }

    #[test]
    fn chrome_is_recognised_by_dom_not_text() {
        let html = r#"<body><div class="share-bar">Partager 2 417</div><div class="shareholders">Les actionnaires.</div>
            <div id="cookie-banner">14 cookies</div><ul class="related-links"><li>7 chiffres</li></ul>
            <div role="navigation">Menu</div><article><header><p>Chapô.</p></header></article><header>Logo</header></body>"#;
        let mut document = Html::parse_document(html);
        remove_chrome(&mut document);
        assert_eq!(
            blocks_text(document.root_element()),
            "Les actionnaires.\n\nChapô."
        );
    }

    #[test]
    fn page_with_only_chrome_has_no_article() {
        let html = "<html><body><nav><a href='/'>Accueil</a></nav><footer><p>Service abonnés : 01 45 67 89 10.</p></footer></body></html>";
        assert!(matches!(read(html), Err(Problem::NoArticle(_))));
    }

    const PAGE_FR: &str = include_str!("../../tests/data/page_fr.html");
    const PAGE_EN: &str = include_str!("../../tests/data/page_en.html");

    #[test]
    fn french_page_yields_only_the_article() {
        let page = read(PAGE_FR).unwrap();
        let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 5, "{}", page.text);
        assert!(paragraphs[0].starts_with("Les services de renseignement"));
        assert_eq!(paragraphs[2], "Moscou dément");
        assert!(paragraphs[4].ends_with("marquerait une escalade."));
        assert!(!page.fallback);
        assert_eq!(
            page.title.as_deref(),
            Some("Des soldats nord-coréens en route vers le front, selon Séoul")
        );
        assert_eq!(page.outlet.as_deref(), Some("Le Veilleur du Matin"));
        assert_eq!(page.published.unwrap().to_string(), "2024-10-23T09:15");
        assert_eq!(page.lang.as_deref(), Some("fr-FR"));
        for chrome in [
            "2 417",
            "863",
            "01 45 67 89 10",
            "128",
            "4 500",
            "14 cookies",
            "98765",
            "Partager",
            "Abonnez",
            "Claire Vasseur",
            "75011",
        ] {
            assert!(
                !page.text.contains(chrome),
                "{chrome:?} leaked into the text"
            );
        }
    }

    #[test]
    fn english_page_yields_only_the_article() {
        let page = read(PAGE_EN).unwrap();
        let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 5, "{}", page.text);
        assert!(paragraphs[0].starts_with("WASHINGTON — The Pentagon said"));
        assert_eq!(paragraphs[2], "No confirmation from Moscow");
        assert_eq!(
            page.title.as_deref(),
            Some("Pentagon says North Korean troops reached Kursk region")
        );
        assert_eq!(page.outlet.as_deref(), Some("The Harbor Ledger"));
        // 9:10 PM EDT stays on the 28th: the local date as written.
        assert_eq!(page.published.unwrap().to_string(), "2024-10-28T21:10");
        assert_eq!(page.lang.as_deref(), Some("en-US"));
        for chrome in [
            "5,310",
            "1,024",
            "1-800-555-0199",
            "312",
            "250,000",
            "812",
            "42",
            "Most read",
            "2%",
            "Photo",
            "$1",
        ] {
            assert!(
                !page.text.contains(chrome),
                "{chrome:?} leaked into the text"
            );
        }
    }

    /// A page that gives its date only to readers, in a byline or an element named for a
    /// date, is dated by it; a paragraph that mentions a date is not a byline.
    #[test]
    fn a_date_shown_in_a_byline_dates_the_page() {
        let rows = [
            (
                r#"<html lang="it"><body><article><h1>Crollo</h1><p class="byline">di Luca Bianchi — Mercoledì 15 agosto 2018, ore 9:40</p><p>Il bilancio è salito a 30 morti, ha detto la prefettura.</p></article></body></html>"#,
                Some("2018-08-15"),
            ),
            (
                r#"<html lang="de"><body><div class="meta"><span class="date">03.05.2015, 18:20 Uhr</span></div><article><h1>Beben</h1><p>Die Zahl der Toten ist am Sonntag auf 7000 gestiegen.</p></article></body></html>"#,
                Some("2015-05-03"),
            ),
            (
                r#"<html lang="en"><body><article><h1>Quake</h1><p class="byline">By John Smith | Wednesday, August 15, 2018, 9:40 AM</p><p>The toll rose to 30, officials said.</p></article></body></html>"#,
                Some("2018-08-15"),
            ),
            (
                r#"<html lang="en"><body><article><h1>Quake</h1><p>The quake of 25 April 2015 killed 9,000 people, the government said on Friday in a statement.</p></article></body></html>"#,
                None,
            ),
            // An element named for the date or the publishing in the page's language.
            (
                r#"<html lang="pt-BR"><body><main><h1>Mortos passam de 520</h1><p class="publicado">Publicado em 31/03/2021 às 18h42 · Da Redação</p><p>Morreram 521 pessoas, segundo a AAPP.</p></main></body></html>"#,
                Some("2021-03-31"),
            ),
            (
                r#"<html lang="it"><body><div class="testata"><a href="/">La Voce</a> <span class="data">Mercoledì 28 giugno 2017</span></div><article><h1>Incendio</h1><p>I morti sono 79.</p></article></body></html>"#,
                Some("2017-06-28"),
            ),
            // An advertising block is no date of the page.
            (
                r#"<html lang="pt"><body><div class="publicidade">31/12/2021</div><main><h1>Mortos</h1><p>Morreram 521 pessoas.</p></main></body></html>"#,
                None,
            ),
        ];
        for (html, want) in rows {
            let page = read(html).unwrap();
            assert_eq!(
                page.published.map(|p| p.date.to_string()).as_deref(),
                want,
                "{html}"
            );
        }
    }

    #[test]
    fn truncated_page_yields_what_it_can() {
        let cut = PAGE_FR.find("Moscou dément").unwrap();
        let page = read(&PAGE_FR[..cut]).unwrap();
        assert!(page.text.starts_with("Les services de renseignement"));
        assert!(!page.text.contains("Kremlin"));
        assert_eq!(page.outlet.as_deref(), Some("Le Veilleur du Matin"));
    }

    #[test]
    fn pathological_nesting_is_refused_or_read_directly() {
        assert!(matches!(
            read(&"<div>".repeat(5000)),
            Err(Problem::Refused(_))
        ));
        assert_eq!(
            markup_nesting("<div><script>'<div>'</script><!-- <div> --></div><div>"),
            1
        );
        assert!(matches!(
            read(&"<i><b>x</i>".repeat(5000)),
            Err(Problem::Refused(_))
        ));
        let deep_inline = format!("<p>{}Fin.</p>", "<span>x".repeat(2000));
        let page = read(&deep_inline).unwrap();
        assert!(page.fallback && page.text.ends_with("Fin."));
    }

    #[test]
    fn json_ld_graph_and_publisher_forms() {
        let html = r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},
            {"@type":["NewsArticle"],"headline":"Un titre","datePublished":"2024-10-21T13:07:00+02:00",
             "publisher":[{"@type":"Organization","name":"La Gazette"}]}]}</script></head><body></body></html>"#;
        let page = metadata(&Html::parse_document(html));
        assert_eq!(page.title.as_deref(), Some("Un titre"));
        assert_eq!(page.outlet.as_deref(), Some("La Gazette"));
        assert_eq!(page.published.unwrap().to_string(), "2024-10-21T13:07");
    }
}
