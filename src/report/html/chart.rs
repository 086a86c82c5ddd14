//! The chart of a group's figures over time, as inline SVG drawn with plotters' SVG backend.
//!
//! One series per independent source (the party that takes a claim's stance): each claim is a
//! dot at its reference date, or a vertical bar from its low to its high value when the text
//! gives an interval; a source's figures are joined in date order, so that an update reads as a
//! line. Open bounds ("more than 3 000") are drawn
//! up to one and a half times their figure. Only article-independent text (dates, numbers) is
//! drawn inside the SVG: source names go in the HTML legend beside it, where maud escapes them.
//! Claims in a contradiction are ringed in red, so that the source's own colour stays visible.

use jiff::ToSpan;
use jiff::civil::Date;
use maud::{Markup, PreEscaped, html};
use plotters::prelude::*;

use crate::claim::ClaimKind;
use crate::compare::{Group, Said, describe};

/// The chart's size in pixels; CSS scales it down on narrow screens.
const SIZE: (u32, u32) = (900, 280);

/// Colours of the series, in order (Tableau 10), cycled past ten sources.
const COLOURS: [(u8, u8, u8); 10] = [
    (0x4e, 0x79, 0xa7),
    (0xf2, 0x8e, 0x2b),
    (0x59, 0xa1, 0x4f),
    (0xb0, 0x7a, 0xa1),
    (0x76, 0xb7, 0xb2),
    (0xed, 0xc9, 0x48),
    (0x9c, 0x75, 0x5f),
    (0xff, 0x9d, 0xa7),
    (0x79, 0x70, 0x6e),
    (0xba, 0xb0, 0xac),
];

/// Red for contradictions.
const CONTRADICTION: RGBColor = RGBColor(0xd6, 0x27, 0x28);

/// One claim as a chart point: day offset, low and high value, contradicted or not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Days since the group's first date.
    pub day: i32,
    /// Lowest value drawn.
    pub low: f64,
    /// Highest value drawn.
    pub high: f64,
    /// True when the claim is in a contradiction.
    pub contradicted: bool,
}

/// One independent source's points, in date order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The party's name.
    pub party: String,
    /// Its claims as points, by day then value.
    pub points: Vec<Point>,
}

/// The series of a group's dated counts, with its first date, or `None` when the group is not
/// a count or has fewer than two distinct dates (nothing moves over time).
pub fn series(g: &Group, said: &[Said], contradicted: &[&str]) -> Option<(Date, Vec<Series>)> {
    if g.kind != ClaimKind::Count {
        return None;
    }
    let dated: Vec<(Date, f64, f64, bool, &str)> = said
        .iter()
        .filter_map(|&(c, party)| {
            let q = c.quantity.as_ref()?;
            let date = c.as_of?;
            let (low, high) = match (q.low, q.high) {
                (Some(l), Some(h)) => (l as f64, h as f64),
                (Some(l), None) => (l as f64, l as f64 * 1.5),
                (None, Some(h)) => (0.0, h as f64),
                (None, None) => return None,
            };
            Some((
                date,
                low,
                high,
                contradicted.contains(&c.id.as_str()),
                party,
            ))
        })
        .collect();
    let first = dated.iter().map(|d| d.0).min()?;
    if dated.iter().all(|d| d.0 == first) {
        return None;
    }
    let mut out: Vec<Series> = Vec::new();
    for (date, low, high, contradicted, party) in dated {
        let day = first.until(date).map_or(0, |s| s.get_days());
        let point = Point {
            day,
            low,
            high,
            contradicted,
        };
        match out.iter_mut().find(|s| s.party == party) {
            Some(s) => s.points.push(point),
            None => out.push(Series {
                party: party.to_string(),
                points: vec![point],
            }),
        }
    }
    for s in &mut out {
        s.points.sort_by(|a, b| {
            (a.day, a.low, a.high)
                .partial_cmp(&(b.day, b.low, b.high))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        s.points.dedup();
    }
    out.sort_by(|a, b| a.party.cmp(&b.party));
    Some((first, out))
}

/// The chart and its legend as a `<figure>`, or `None` when the group has nothing to draw over
/// time (see [`series`]).
pub fn svg(g: &Group, said: &[Said], contradicted: &[&str], with_year: bool) -> Option<Markup> {
    let (first, series) = series(g, said, contradicted)?;
    let drawn = draw(first, &series, with_year)?;
    let any_contradiction = series
        .iter()
        .flat_map(|s| &s.points)
        .any(|p| p.contradicted);
    Some(html! {
        figure.chart {
            div.svg role="img" aria-label={ "Figures over time for " (g.label) } { (PreEscaped(drawn)) }
            figcaption {
                "Figures over time, one colour per independent source (bars: ranges; open bounds drawn to 1.5×): "
                @for (i, s) in series.iter().enumerate() {
                    span.key { span.swatch style={ "background:" (hex(colour(i))) } {} (s.party) }
                    " "
                }
                @if any_contradiction { span.key { span.ring {} "in a contradiction" } }
            }
        }
    })
}

fn colour(i: usize) -> RGBColor {
    let (r, g, b) = COLOURS[i % COLOURS.len()];
    RGBColor(r, g, b)
}

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Draws the series as an SVG document (a string starting with `<svg`).
fn draw(first: Date, series: &[Series], with_year: bool) -> Option<String> {
    let last = series.iter().flat_map(|s| &s.points).map(|p| p.day).max()?;
    let top = series
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p.high)
        .fold(0.0, f64::max)
        .max(1.0)
        * 1.12;
    let pad = (f64::from(last) * 0.04).max(0.6);
    let n = series.len() as f64;
    // Sources reporting on the same day are set apart a little, so that none hides another.
    let nudge = |i: usize| (i as f64 - (n - 1.0) / 2.0) * (pad / n.max(2.0));
    let day_label = |x: &f64| {
        let d = x.round() as i64;
        if (x - x.round()).abs() > 0.01 {
            return String::new();
        }
        first
            .checked_add(d.days())
            .map(|d| describe::day(d, with_year))
            .unwrap_or_default()
    };
    let value_label = |y: &f64| describe::thousands(y.max(0.0).round() as u64);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, SIZE).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let mut chart = ChartBuilder::on(&root)
            .margin(14)
            .x_label_area_size(28)
            .y_label_area_size(70)
            .build_cartesian_2d(-pad..f64::from(last) + pad, 0f64..top)
            .ok()?;
        chart
            .configure_mesh()
            .x_labels((last as usize + 1).min(10))
            .y_labels(6)
            .x_label_formatter(&day_label)
            .y_label_formatter(&value_label)
            .label_style(("sans-serif", 13))
            .light_line_style(RGBColor(0xee, 0xee, 0xee))
            .draw()
            .ok()?;
        for (i, s) in series.iter().enumerate() {
            let c = colour(i);
            let x = |p: &Point| f64::from(p.day) + nudge(i);
            let mid = |p: &Point| (p.low + p.high) / 2.0;
            if s.points.len() > 1 {
                chart
                    .draw_series(LineSeries::new(
                        s.points.iter().map(|p| (x(p), mid(p))),
                        c.stroke_width(2),
                    ))
                    .ok()?;
            }
            chart
                .draw_series(s.points.iter().filter(|p| p.high > p.low).map(|p| {
                    PathElement::new(vec![(x(p), p.low), (x(p), p.high)], c.stroke_width(5))
                }))
                .ok()?;
            chart
                .draw_series(
                    s.points
                        .iter()
                        .map(|p| Circle::new((x(p), mid(p)), 4, c.filled())),
                )
                .ok()?;
            chart
                .draw_series(
                    s.points
                        .iter()
                        .filter(|p| p.contradicted)
                        .map(|p| Circle::new((x(p), mid(p)), 9, CONTRADICTION.stroke_width(2))),
                )
                .ok()?;
        }
        root.present().ok()?;
    }
    let start = out.find("<svg")?;
    Some(out[start..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(day: i32, low: f64, high: f64) -> Point {
        Point {
            day,
            low,
            high,
            contradicted: false,
        }
    }

    #[test]
    fn draws_an_svg_with_date_labels() {
        let first: Date = "2024-10-18".parse().unwrap();
        let series = vec![
            Series {
                party: "NIS".into(),
                points: vec![point(0, 1500.0, 1500.0), point(5, 3000.0, 3000.0)],
            },
            Series {
                party: "Pentagon".into(),
                points: vec![point(10, 10000.0, 12000.0)],
            },
        ];
        let svg = draw(first, &series, false).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("18 Oct"), "{svg}");
        assert!(
            svg.contains("<polyline"),
            "the NIS update is joined by a line"
        );
    }
}
