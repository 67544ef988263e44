//! The matrix's findings, live: a count, what each one means, and what to change.

use std::collections::HashMap;

use leptos::prelude::*;
use six_rounds_plan::raci::{Finding, Severity};

use crate::components::number_field::NumberField;
use crate::components::{focus_by_id, use_app};
use crate::i18n::{describe_finding, fill, Text};
use crate::targets::raci_target;
use six_rounds_plan::limits;

/// A finding in the words of the open language, with where "Show me" goes; `repeat` tells
/// apart findings that read alike, so each is a key of its own.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Described {
    what: String,
    advice: String,
    target: String,
    blocking: bool,
    repeat: u32,
}

/// The findings of the open plan's matrix, computed once per edit and shared.
#[derive(Clone, Copy)]
pub struct RaciFindings(pub Memo<Vec<Finding>>);

#[component]
pub fn Findings() -> impl IntoView {
    let (state, t) = use_app();
    let matrix = super::use_matrix();
    let findings = expect_context::<RaciFindings>().0;
    let count = move |severity| {
        findings.with(|all| all.iter().filter(|f| f.severity() == severity).count())
    };
    let summary = move || {
        let (blocking, warnings) = (count(Severity::Blocking), count(Severity::Warning));
        if blocking + warnings == 0 {
            t(Text::NoFindings).to_string()
        } else {
            fill(
                t(Text::FindingsSummary),
                &[&blocking.to_string(), &warnings.to_string()],
            )
        }
    };
    // The findings in words. The list is keyed by them, so an edit redraws only the findings
    // whose words changed (typing an activity's name in a 100-activity matrix touches a few).
    let described = Memo::new(move |_| {
        let lang = state.lang.get();
        let all = findings.get();
        let mut seen = HashMap::new();
        matrix.with(|roles| {
            all.iter()
                .map(|finding| {
                    let (what, advice) = describe_finding(lang, roles, finding);
                    let target = raci_target(finding);
                    let repeat = seen.entry((what.clone(), target.clone())).or_insert(0);
                    *repeat += 1;
                    Described {
                        what,
                        advice,
                        target,
                        blocking: finding.severity() == Severity::Blocking,
                        repeat: *repeat,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let item = move |finding: Described| {
        let target = finding.target;
        view! {
            <li class="finding" class:finding--blocking=finding.blocking>
                <span class="finding-tag">{if finding.blocking { t(Text::MustFix) } else { t(Text::Worth) }}</span>
                <div>
                    <p class="finding-what">{finding.what}</p>
                    <p class="finding-advice">{finding.advice}</p>
                </div>
                <button type="button" on:click=move |_| focus_by_id(&target)>{t(Text::ShowMe)}</button>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{move || t(Text::FindingsHeading)}</h2>
            <p class="findings-summary" role="status" data-blocking=move || count(Severity::Blocking)>{summary}</p>
            <NumberField
                id="overload-threshold".into()
                label=Signal::derive(move || t(Text::OverloadThreshold).to_string())
                value=Signal::derive(move || matrix.with(|roles| Some(f64::from(roles.overload_threshold))))
                on_change=Callback::new(move |value: Option<f64>| {
                    if let Some(value) = value {
                        state.edit(|plan| plan.roles.overload_threshold = value.round() as u32);
                    }
                })
                bounds=limits::OVERLOAD
                class="narrow"
            />
            <ul class="findings">
                <For each=move || described.get() key=|finding| finding.clone() children=item/>
            </ul>
        </section>
    }
}
