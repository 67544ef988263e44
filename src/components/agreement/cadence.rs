//! Round 6 in the agreement: the joint meeting and its next dates, the next agenda and the
//! open action items.

use leptos::prelude::*;
use six_rounds_plan::cadence::{agenda, next_dates};
use six_rounds_plan::model::Round;

use super::section::{role_name, table_head, DocSection};
use crate::clock;
use crate::components::cadence::describe_topic;
use crate::components::use_app;
use crate::i18n::{fill, frequency_label, short_date, weekday_label, Text};

/// Meeting dates listed ahead.
const DATES_AHEAD: usize = 4;

#[component]
pub fn CadenceSection() -> impl IntoView {
    let (state, t) = use_app();
    let body = move || {
        let lang = state.lang.get();
        state.plan.with(|plan| {
            let meeting = &plan.cadence.meeting;
            let dates = next_dates(meeting, clock::today(), DATES_AHEAD);
            let when = format!(
                "{}, {}, {} ({}), {}",
                frequency_label(lang, meeting.frequency),
                weekday_label(lang, meeting.weekday),
                meeting.time.format("%H:%M"),
                meeting.time_zone,
                fill(t(Text::MinutesN), &[&meeting.duration_minutes.to_string()]),
            );
            let attendees = meeting
                .attendees
                .iter()
                .filter_map(|id| plan.roles.role(id).map(|r| r.name.clone()))
                .collect::<Vec<_>>()
                .join(", ");
            let agenda_items = dates
                .first()
                .map(|first| agenda(plan, *first))
                .unwrap_or_default()
                .iter()
                .map(|item| {
                    let (title, details) = describe_topic(lang, plan, &item.topic);
                    view! {
                        <li>
                            <strong>{title}</strong> " · " {fill(t(Text::MinutesN), &[&item.minutes.to_string()])}
                            {(!details.is_empty()).then(|| view! { <br/>{details.join("; ")} })}
                        </li>
                    }
                })
                .collect_view();
            let actions = plan
                .cadence
                .actions
                .iter()
                .filter(|a| !a.done)
                .map(|a| {
                    let owner = role_name(plan, a.owner.as_deref(), t(Text::NoOwner));
                    view! {
                        <tr>
                            <td>{a.text.clone()}</td>
                            <td>{owner}</td>
                            <td>{a.due.map(|d| short_date(lang, d)).unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let dates = dates
                .iter()
                .map(|d| short_date(lang, *d))
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <dl class="facts">
                    <div><dt>{t(Text::MeetingHeading)}</dt><dd>{when}</dd></div>
                    <div><dt>{t(Text::Attendees)}</dt><dd>{attendees}</dd></div>
                    <div><dt>{t(Text::NextDates)}</dt><dd>{dates}</dd></div>
                </dl>
                <h3>{t(Text::AgendaNext)}</h3>
                <ol class="doc-agenda">{agenda_items}</ol>
                <h3>{t(Text::ActionsHeading)}</h3>
                <table class="doc-table">
                    {table_head(t, &[(Text::ActionWhat, false), (Text::Owner, false), (Text::Due, false)])}
                    <tbody>{actions}</tbody>
                </table>
            }
        })
    };
    view! { <DocSection round=Round::Cadence>{body}</DocSection> }
}
