//! A status as a coloured chip with its share: "89% · at risk". One look for every status
//! the plan shows (goals, SLA compliance).

use leptos::prelude::*;
use six_rounds_plan::goals::Status;
use six_rounds_plan::model::Lang;

use crate::i18n::attainment;

fn status_class(status: Status) -> &'static str {
    match status {
        Status::OnTrack => "status on-track",
        Status::AtRisk => "status at-risk",
        Status::OffTrack => "status off-track",
        Status::NoData => "status no-data",
    }
}

pub fn status_chip(lang: Lang, share: Option<f64>, status: Status) -> impl IntoView {
    view! { <span class=status_class(status)>{attainment(lang, share, status)}</span> }
}
