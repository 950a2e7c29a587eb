//! The diary's weeks: how many cramps and how long they lasted, as two small bar charts
//! drawn as inline SVG (no chart library) and, for screen readers, the same numbers as a
//! table. The charts are hidden from assistive technology; the table is hidden from the eye.

use yew::prelude::*;

use super::{care_card::classed, device};
use crate::content::Bundle;
use crate::diary::Week;

// Whole numbers throughout: formatting floats would add kilobytes to the wasm.
const WIDTH: u32 = 320;
const TOP: u32 = 18;
const BAR_AREA: u32 = 80;
const HEIGHT: u32 = TOP + BAR_AREA + 22;

/// One bar chart: a bar per week with its value above it and the week's last day below.
fn bars(values: &[u32], labels: &[String], class: &'static str) -> Html {
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let slot = WIDTH / (values.len() as u32).max(1);
    // The class through `classed`: `class={…}` would bring in Yew's `Classes`.
    let svg = html! {
        <svg>
            <line class="nlc-chart__axis" x1="0" x2={WIDTH.to_string()} y1={(TOP + BAR_AREA).to_string()} y2={(TOP + BAR_AREA).to_string()} />
            { for values.iter().zip(labels).enumerate().map(|(i, (v, label))| {
                let h = v * BAR_AREA / max;
                let x = i as u32 * slot;
                let mid = x + slot / 2;
                html! {
                    <g>
                        <rect class="nlc-chart__bar" x={(x + slot / 5).to_string()} width={(slot * 3 / 5).to_string()}
                            y={(TOP + BAR_AREA - h).to_string()} height={h.to_string()} />
                        <text class="nlc-chart__value" x={mid.to_string()} y={(TOP + BAR_AREA - h - 4).to_string()}
                            text-anchor="middle">{ v }</text>
                        <text class="nlc-chart__label" x={mid.to_string()} y={(HEIGHT - 4).to_string()}
                            text-anchor="middle">{ label }</text>
                    </g>
                }
            }) }
        </svg>
    };
    classed(
        svg,
        &["viewBox", "aria-hidden", "focusable", "class"],
        &["0 0 320 120", "true", "false"],
        AttrValue::Static(class),
    )
}

/// The charts and the table of `weeks` (oldest first), dates in `lang`.
pub fn diary_chart(b: &Bundle, weeks: &[Week], lang: &str) -> Html {
    let ui = &b.ui;
    let labels: Vec<String> = weeks
        .iter()
        .map(|w| device::moment(w.to_ms, lang, true))
        .collect();
    let counts: Vec<u32> = weeks.iter().map(|w| w.count).collect();
    let minutes: Vec<u32> = weeks.iter().map(|w| w.average_minutes).collect();
    html! {
        <section class="nlc-section nlc-diary-chart" aria-labelledby="nlc-diary-chart-title">
            <h2 class="nlc-heading-m" id="nlc-diary-chart-title">{ ui.diary_chart_title() }</h2>
            { bars(&counts, &labels, "nlc-chart nlc-chart--count") }
            <p class="nlc-chart__caption" aria-hidden="true">{ ui.diary_average() }</p>
            { bars(&minutes, &labels, "nlc-chart nlc-chart--minutes") }
            <table class="nlc-visually-hidden nlc-diary-table">
                <caption>{ ui.diary_chart_title() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ ui.diary_week() }</th>
                        <th scope="col">{ ui.diary_count() }</th>
                        <th scope="col">{ ui.diary_average() }</th>
                        <th scope="col">{ ui.diary_awake() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for weeks.iter().zip(&labels).map(|(w, label)| html! {
                        <tr>
                            <th scope="row">{ label }</th>
                            <td>{ w.count }</td>
                            <td>{ w.average_minutes }</td>
                            <td>{ w.awake_long }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
