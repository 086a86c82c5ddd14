//! Output: one module per format, each returning bytes; the binary decides file or stdout.

pub mod csv;
pub mod json;
pub mod table;

/// How to render a table.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableStyle {
    /// Use colours (on a terminal, without `NO_COLOR`).
    pub color: bool,
    /// Fixed width in columns; `None` lets the table take its natural width.
    pub width: Option<u16>,
}

/// Shortens `text` to at most `max` characters, marking the cut with "…".
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
