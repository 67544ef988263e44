//! Group caps and the MQL and SQL thresholds.

use leptos::prelude::*;
use six_rounds_plan::model::Plan;

use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::i18n::Text;
use crate::targets;
use six_rounds_plan::limits;

#[component]
pub fn Thresholds() -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let field = move |id: &'static str,
                      label: Text,
                      get: fn(&six_rounds_plan::model::LeadRound) -> Option<i32>,
                      set: fn(&mut Plan, Option<i32>)| {
        view! {
            <NumberField
                id=id.to_string()
                label=Signal::derive(move || t(label).to_string())
                value=Signal::derive(move || scoring.with(|round| get(round).map(f64::from)))
                on_change=Callback::new(move |value: Option<f64>| {
                    let value = value.map(|v| v.round() as i32);
                    state.edit(|plan| set(plan, value));
                })
                bounds=limits::THRESHOLD
                class="narrow"
            />
        }
    };
    view! {
        <section class="card" aria-labelledby="thresholds-heading">
            <h2 id="thresholds-heading">{move || t(Text::ThresholdsHeading)}</h2>
            <p class="hint">{move || t(Text::ThresholdsHint)}</p>
            <div class="table-scroll">
                <table class="proposals">
                    <caption>{move || t(Text::ProposalsCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{move || t(Text::Threshold)}</th>
                        <th scope="col">{move || t(Text::MarketingProposes)}</th>
                        <th scope="col">{move || t(Text::SalesProposes)}</th>
                    </tr></thead>
                    <tbody>
                        <tr>
                            <th scope="row">"MQL"</th>
                            <td>{field("mql-marketing", Text::MarketingProposesMql, |r| r.proposals.marketing_mql, |p, v| p.lead.proposals.marketing_mql = v)}</td>
                            <td>{field("mql-sales", Text::SalesProposesMql, |r| r.proposals.sales_mql, |p, v| p.lead.proposals.sales_mql = v)}</td>
                        </tr>
                        <tr>
                            <th scope="row">"SQL"</th>
                            <td>{field("sql-marketing", Text::MarketingProposesSql, |r| r.proposals.marketing_sql, |p, v| p.lead.proposals.marketing_sql = v)}</td>
                            <td>{field("sql-sales", Text::SalesProposesSql, |r| r.proposals.sales_sql, |p, v| p.lead.proposals.sales_sql = v)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            <h3>{move || t(Text::Agreed)}</h3>
            <div class="field-grid">
                {field(targets::MQL_THRESHOLD, Text::MqlThreshold, |r| r.mql_threshold, |p, v| p.lead.mql_threshold = v)}
                {field(targets::SQL_THRESHOLD, Text::SqlThreshold, |r| r.sql_threshold, |p, v| p.lead.sql_threshold = v)}
                {field("fit-cap", Text::FitCap, |r| r.fit_cap, |p, v| p.lead.fit_cap = v)}
                {field("engagement-cap", Text::EngagementCap, |r| r.engagement_cap, |p, v| p.lead.engagement_cap = v)}
            </div>
        </section>
    }
}
