//! A horizontal bar chart in side-by-side panels, labelled on the left so long names stay
//! readable, with an optional reference line (a target).

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// One bar: its label, its length on the axis, and its colour.
#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub colour: RGBColor,
}

/// The value axis: its name, how a tick reads, a reference line, and the least it shows.
pub struct Axis<'a> {
    pub label: &'a str,
    pub format: &'a dyn Fn(f64) -> String,
    pub line_at: Option<f64>,
    pub at_least: f64,
}

/// One panel of bars with a title above it.
#[derive(Clone, PartialEq)]
pub struct Panel {
    pub title: String,
    pub bars: Vec<Bar>,
}

const INK: RGBColor = RGBColor(0x14, 0x21, 0x3d);
/// Title, axis text and bar labels. plotters measures text with a styled <span>, which the
/// CSP allows by hash for exactly these sizes (scripts/csp.mjs, CHART_FONT_SIZES).
const FONT_SIZES: (u32, u32, u32) = (26, 18, 16);

/// The canvas height that gives each bar of the fullest panel room for its label.
fn height_for(panels: &[Panel]) -> u32 {
    let most = panels
        .iter()
        .map(|p| p.bars.len())
        .max()
        .unwrap_or(0)
        .max(1);
    140 + 46 * most as u32
}

fn short(label: &str) -> String {
    const MAX: usize = 20;
    if label.chars().count() > MAX {
        label.chars().take(MAX - 1).chain(['…']).collect()
    } else {
        label.to_string()
    }
}

/// Draws the panels side by side on one value axis.
pub fn draw_bars(canvas: &HtmlCanvasElement, panels: &[Panel], axis: &Axis) -> Result<(), String> {
    canvas.set_height(height_for(panels));
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no canvas")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let areas = root.split_evenly((1, panels.len().max(1)));
    for (area, panel) in areas.iter().zip(panels) {
        let count = panel.bars.len().max(1);
        let top = panel
            .bars
            .iter()
            .map(|bar| bar.value * 1.05)
            .fold(axis.at_least, f64::max)
            .max(f64::MIN_POSITIVE);
        let mut chart = ChartBuilder::on(area)
            .caption(
                &panel.title,
                ("sans-serif", FONT_SIZES.0).into_font().color(&INK),
            )
            .margin(16)
            .x_label_area_size(56)
            .y_label_area_size(210)
            .build_cartesian_2d(0.0..top, (0..count).into_segmented())
            .map_err(|e| e.to_string())?;
        // Segment 0 is at the bottom: the first bar goes to the top.
        let row = |i: usize| count - 1 - i;
        let labels: Vec<String> = panel
            .bars
            .iter()
            .rev()
            .map(|bar| short(&bar.label))
            .collect();
        let label_of = |value: &SegmentValue<usize>| match value {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                labels.get(*i).cloned().unwrap_or_default()
            }
            SegmentValue::Last => String::new(),
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(count)
            .y_label_formatter(&label_of)
            .y_label_style(("sans-serif", FONT_SIZES.2).into_font().color(&INK))
            .x_labels(6)
            .x_label_style(("sans-serif", FONT_SIZES.1).into_font().color(&INK))
            .x_label_formatter(&|v| (axis.format)(*v))
            .x_desc(axis.label)
            .axis_desc_style(("sans-serif", FONT_SIZES.1).into_font().color(&INK))
            .light_line_style(RGBColor(0xe4, 0xe7, 0xeb))
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(panel.bars.iter().enumerate().map(|(i, bar)| {
                let mut rect = Rectangle::new(
                    [
                        (0.0, SegmentValue::Exact(row(i))),
                        (bar.value.clamp(0.0, top), SegmentValue::Exact(row(i) + 1)),
                    ],
                    bar.colour.filled(),
                );
                rect.set_margin(8, 8, 0, 0);
                rect
            }))
            .map_err(|e| e.to_string())?;
        if let Some(at) = axis.line_at {
            chart
                .draw_series(LineSeries::new(
                    [
                        (at, SegmentValue::Exact(0)),
                        (at, SegmentValue::Exact(count)),
                    ],
                    INK.stroke_width(3),
                ))
                .map_err(|e| e.to_string())?;
        }
    }
    root.present().map_err(|e| e.to_string())
}
