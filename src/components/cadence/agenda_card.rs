//! The next meeting's agenda, generated from the plan with its timeboxes, and the standing
//! items the team adds to every meeting.

use leptos::prelude::*;
use six_rounds_plan::cadence::{agenda, next_dates, AgendaItem, Topic};
use six_rounds_plan::model::{Lang, Plan};

use crate::clock;
use crate::components::use_app;
use crate::i18n::{fill, long_date, percent, side_label, tr, Text};

/// A topic in words: its title and the lines under it.
pub fn describe_topic(lang: Lang, plan: &Plan, topic: &Topic) -> (String, Vec<String>) {
    let say = |key, args: &[&str]| fill(tr(lang, key), args);
    let role = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| plan.roles.role(id))
            .map_or_else(|| tr(lang, Text::NoOwner).to_string(), |r| r.name.clone())
    };
    match topic {
        Topic::SlaReview {
            month,
            marketing,
            sales,
        } => (
            tr(lang, Text::TopicSla).to_string(),
            match month {
                Some(month) => vec![say(
                    Text::TopicSlaFigures,
                    &[
                        &crate::i18n::month_name(lang, *month),
                        &percent(*marketing),
                        &percent(*sales),
                    ],
                )],
                None => vec![tr(lang, Text::TopicSlaNoMonths).to_string()],
            },
        ),
        Topic::GoalsAtRisk(goals) => (tr(lang, Text::TopicGoals).to_string(), goals.clone()),
        Topic::RejectedLeads { reasons } => (
            tr(lang, Text::TopicRejected).to_string(),
            if reasons.is_empty() {
                Vec::new()
            } else {
                vec![say(Text::TopicReasons, &[&reasons.join(", ")])]
            },
        ),
        Topic::OpenActions(open) => (
            tr(lang, Text::TopicActions).to_string(),
            open.iter()
                .map(|a| {
                    let due = a
                        .due
                        .map_or_else(|| "—".to_string(), |d| long_date(lang, d));
                    let key = if a.overdue {
                        Text::ActionLineOverdue
                    } else {
                        Text::ActionLine
                    };
                    say(key, &[&a.text, &role(&a.owner), &due])
                })
                .collect(),
        ),
        Topic::FallingPulse { side, from, to } => (
            say(Text::TopicPulse, &[side_label(lang, *side)]),
            vec![say(
                Text::TopicPulseFigures,
                &[&from.to_string(), &to.to_string()],
            )],
        ),
        Topic::Standing(item) => (item.clone(), Vec::new()),
    }
}

/// The agenda as plain text (for the calendar invitation).
pub fn agenda_text(lang: Lang, plan: &Plan, items: &[AgendaItem]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (title, lines) = describe_topic(lang, plan, &item.topic);
            let head = fill(
                tr(lang, Text::AgendaLine),
                &[&(i + 1).to_string(), &title, &item.minutes.to_string()],
            );
            std::iter::once(head)
                .chain(lines.into_iter().map(|line| format!("   – {line}")))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[component]
pub fn AgendaCard() -> impl IntoView {
    let (state, t) = use_app();
    let cadence = super::use_cadence();
    let next = Memo::new(move |_| {
        cadence
            .round
            .with(|r| next_dates(&r.meeting, clock::today(), 1).into_iter().next())
    });
    let items = move || {
        let lang = state.lang.get();
        let date = next.get().unwrap_or_else(clock::today);
        state.plan.with(|plan| {
            agenda(plan, date)
                .iter()
                .map(|item| {
                    let (title, lines) = describe_topic(lang, plan, &item.topic);
                    view! {
                        <li>
                            <span class="agenda-title">{title}</span>
                            <span class="agenda-minutes">{fill(tr(lang, Text::MinutesShort), &[&item.minutes.to_string()])}</span>
                            <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let heading = move || match next.get() {
        Some(date) => fill(t(Text::AgendaFor), &[&long_date(state.lang.get(), date)]),
        None => t(Text::AgendaNext).to_string(),
    };
    let new_item = RwSignal::new(String::new());
    let add_item = move |_: ()| {
        let text = new_item.get_untracked().trim().to_string();
        if !text.is_empty() {
            state.edit(|plan| plan.cadence.standing_items.push(text));
            new_item.set(String::new());
        }
    };
    view! {
        <section class="card" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{heading}</h2>
            <p class="hint">{move || t(Text::AgendaHint)}</p>
            <ol class="agenda" data-testid="agenda">{items}</ol>
            <h3>{move || t(Text::StandingItems)}</h3>
            <ul class="standing">
                {move || cadence.round.with(|r| r.standing_items.clone()).into_iter().enumerate().map(|(i, item)| {
                    let label = item.clone();
                    view! {
                        <li>
                            {item}
                            <button type="button" class="icon danger" aria-label=move || fill(t(Text::DeleteNamed), &[&label])
                                on:click=move |_| state.edit(|plan| { if i < plan.cadence.standing_items.len() { plan.cadence.standing_items.remove(i); } })>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="inline-add">
                <label for="standing-new">{move || t(Text::NewStandingItem)}</label>
                <input id="standing-new" type="text" maxlength="200" prop:value=move || new_item.get()
                    on:input=move |event| new_item.set(event_target_value(&event))
                    on:keydown=move |event: web_sys::KeyboardEvent| if event.key() == "Enter" { add_item(()); }/>
                <button type="button" on:click=move |_| add_item(())>{move || t(Text::AddStandingItem)}</button>
            </div>
        </section>
    }
}
