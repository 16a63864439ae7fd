//! The strengths chart: horizontal bars drawn as SVG, with a table saying the same in text.

use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::strengths::{chart_bars, chart_height, CHART_ROW};
use okaeri_core::domain::worker::Profile;

#[component]
pub fn StrengthsChart(#[prop(into)] profile: Signal<Profile>) -> impl IntoView {
    let i18n = use_i18n();
    let bars = Memo::new(move |_| profile.with(chart_bars));
    // 320 units wide: 120 for the label, 190 for the bar at "can teach".
    let label_width = 120.0_f32;
    let bar_span = 190.0_f32;
    view! {
        <figure class="strengths-chart">
            <svg
                role="img"
                aria-labelledby="chart-title"
                viewBox=move || format!("0 0 320 {}", chart_height(bars.with(Vec::len)))
                preserveAspectRatio="xMinYMin meet"
            >
                <title id="chart-title">{move || i18n.t(texts::CHART_TITLE)}</title>
                {move || {
                    bars.get()
                        .into_iter()
                        .map(|bar| {
                            let width = bar.width * bar_span / 100.0;
                            view! {
                                <g>
                                    <text x="0" y=bar.y + CHART_ROW * 0.62 class="chart-label">{i18n.t(bar.skill.label_key())}</text>
                                    <rect x=label_width y=bar.y + 6.0 width=width height=CHART_ROW - 12.0 rx="3" class=format!("chart-bar level-{}", bar.level.id())></rect>
                                </g>
                            }
                        })
                        .collect_view()
                }}
                <Show when=move || bars.with(Vec::is_empty)>
                    <text x="0" y=CHART_ROW * 0.62 class="chart-label">{move || i18n.t(texts::CHART_EMPTY)}</text>
                </Show>
            </svg>
            <table class="chart-table">
                <caption>{i18n.v(texts::CHART_TABLE_CAPTION)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.v(texts::CHART_SKILL)}</th>
                        <th scope="col">{i18n.v(texts::CHART_LEVEL)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        bars.get()
                            .into_iter()
                            .map(|bar| view! {
                                <tr>
                                    <th scope="row">{i18n.t(bar.skill.label_key())}</th>
                                    <td>{i18n.t(bar.level.label_key())}</td>
                                </tr>
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </figure>
    }
}
