//! Every open finding of the plan, round by round, each a link to the control that fixes it.

use leptos::prelude::*;
use six_rounds_plan::model::Round;
use six_rounds_plan::review::Severity;

use crate::components::use_app;
use crate::i18n::{describe_issue, fill, progress_label, round_name, Text};
use crate::route::Route;
use crate::targets::issue_target;

/// A round lists this many findings; the rest are counted.
const SHOWN_PER_ROUND: usize = 12;

/// One finding as the page shows it.
#[derive(Clone, PartialEq)]
struct Line {
    text: String,
    target: String,
    blocking: bool,
}

#[component]
pub fn OpenFindings() -> impl IntoView {
    let (state, t) = use_app();
    // The findings in words, per round; only a change in the words redraws the lists.
    let described = Memo::new(move |_| {
        let lang = state.lang.get();
        let findings = state.findings.get();
        state.plan.with(|plan| {
            Round::ALL.map(|round| {
                let mine: Vec<_> = findings.iter().filter(|f| f.round == round).collect();
                let lines: Vec<Line> = mine
                    .iter()
                    .take(SHOWN_PER_ROUND)
                    .map(|f| Line {
                        text: describe_issue(lang, plan, &f.issue),
                        target: issue_target(&f.issue),
                        blocking: f.severity == Severity::Blocking,
                    })
                    .collect();
                (lines, mine.len().saturating_sub(SHOWN_PER_ROUND))
            })
        })
    });
    let round_block = move |round: Round| {
        let index = round.number() - 1;
        let heading = format!("open-round-{}", round.number());
        let (labelled_by, test_id) = (heading.clone(), heading.clone());
        let status = move || state.progress.get()[index];
        let lines = move || described.with(|all| all[index].clone());
        view! {
            <section class="open-round" aria-labelledby=labelled_by data-testid=test_id>
                <h3 id=heading>
                    {move || fill(t(Text::RoundN), &[&round.number().to_string()])} " — "
                    {move || round_name(state.lang.get(), round)}
                    " " <span class="round-progress" data-progress=move || format!("{:?}", status()).to_lowercase()>
                        {move || progress_label(state.lang.get(), status())}
                    </span>
                </h3>
                {move || {
                    let (lines, more) = lines();
                    if lines.is_empty() {
                        return view! { <p class="quiet">{t(Text::NothingOpen)}</p> }.into_any();
                    }
                    let items = lines.into_iter().map(|line| {
                        let target = line.target.clone();
                        let go = move |_| state.focus_after_route.set_value(Some(target.clone()));
                        view! {
                            <li class="finding" class:finding--blocking=line.blocking>
                                <span class="finding-tag">{t(if line.blocking { Text::SeverityBlocking } else { Text::SeverityWarning })}</span>
                                <a href=Route::Round(round).href() on:click=go>{line.text}</a>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <ul class="findings">{items}</ul>
                        {(more > 0).then(|| view! { <p class="quiet">{fill(t(Text::MoreFindings), &[&more.to_string()])}</p> })}
                    }.into_any()
                }}
            </section>
        }
    };
    view! {
        <section class="card" aria-labelledby="decision-open">
            <h2 id="decision-open">{move || t(Text::OpenFindingsHeading)}</h2>
            <p role="status" data-testid="open-summary">{move || {
                let (blocking, warnings) = state.findings.with(|all| {
                    let blocking = all.iter().filter(|f| f.severity == Severity::Blocking).count();
                    (blocking, all.len() - blocking)
                });
                fill(t(Text::FindingsSummary), &[&blocking.to_string(), &warnings.to_string()])
            }}</p>
            {Round::ALL.map(round_block).into_iter().collect_view()}
        </section>
    }
}
