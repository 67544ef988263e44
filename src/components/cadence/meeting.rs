//! The joint meeting: how often, which day and time, how long, in which time zone, who comes;
//! its next dates; and the series as an .ics file for any calendar.

use chrono::{NaiveTime, Weekday};
use leptos::prelude::*;
use six_rounds_plan::cadence::{agenda, instant, is_known, meeting_ics, next_dates, IcsSeries};
use six_rounds_plan::library::file_name;
use six_rounds_plan::model::{Frequency, Meeting};

use super::agenda_card::agenda_text;
use crate::clock;
use crate::components::coded_select::CodedSelect;
use crate::components::number_field::NumberField;
use crate::components::use_app;
use crate::files;
use crate::i18n::{fill, frequency_label, long_date, weekday_label, Text};
use crate::state::AppState;
use crate::targets;
use crate::zones::{zone_names, BrowserZones};
use six_rounds_plan::limits;

/// How many upcoming dates are listed.
const SHOWN: usize = 6;

fn edit_meeting(state: AppState, change: impl FnOnce(&mut Meeting)) {
    state.edit(|plan| change(&mut plan.cadence.meeting));
}

/// Downloads the series; says nothing when the meeting has no start (the button is off then).
fn download_ics(state: AppState) {
    let lang = state.lang.get_untracked();
    let now = clock::now();
    let file = state.plan.with_untracked(|plan| {
        let meeting = &plan.cadence.meeting;
        let first = next_dates(meeting, clock::today(), 1).into_iter().next()?;
        let description = agenda_text(lang, plan, &agenda(plan, first));
        let uid = format!("meeting-{}@six-rounds", plan.created.timestamp());
        let summary = fill(crate::i18n::tr(lang, Text::MeetingSummary), &[&plan.title]);
        let series = IcsSeries {
            uid: &uid,
            summary: &summary,
            description: &description,
            stamp: now,
        };
        Some((
            file_name(&plan.title, clock::today(), "ics"),
            meeting_ics(meeting, &series, &BrowserZones)?,
        ))
    });
    if let Some((name, text)) = file {
        let _ = files::download(&name, "text/calendar", &text);
    }
}

#[component]
pub fn MeetingCard() -> impl IntoView {
    let (state, t) = use_app();
    let cadence = super::use_cadence();
    let meeting = Memo::new(move |_| cadence.round.with(|r| r.meeting.clone()));
    let upcoming = move || {
        let lang = state.lang.get();
        meeting.with(|m| {
            let local = is_known(&BrowserZones, &m.time_zone);
            next_dates(m, clock::today(), SHOWN)
                .into_iter()
                .map(|date| {
                    let at = instant(m, date, &BrowserZones);
                    let text = format!(
                        "{}, {} ({}{})",
                        long_date(lang, date),
                        m.time.format("%H:%M"),
                        m.time_zone,
                        if local {
                            String::new()
                        } else {
                            " = UTC".to_string()
                        }
                    );
                    view! { <li><time datetime=at.to_rfc3339()>{text}</time></li> }
                })
                .collect_view()
        })
    };
    let unknown_zone = move || meeting.with(|m| !is_known(&BrowserZones, &m.time_zone));
    let started = move || meeting.with(|m| m.starts.is_some());
    let roles = state.role_names;
    view! {
        <section class="card" aria-labelledby=targets::MEETING_HEADING>
            <h2 id=targets::MEETING_HEADING>{move || t(Text::MeetingHeading)}</h2>
            <p class="hint">{move || t(Text::MeetingHint)}</p>
            <div class="field-grid">
                <div class="field">
                    <CodedSelect id="meeting-frequency".to_string() label=Text::Frequency name_of=frequency_label label_visible=true
                        value=Signal::derive(move || meeting.with(|m| m.frequency))
                        on_change=Callback::new(move |f: Frequency| edit_meeting(state, |m| m.frequency = f))/>
                </div>
                <div class="field">
                    <label for="meeting-weekday">{move || t(Text::Weekday)}</label>
                    <select id="meeting-weekday" prop:value=move || meeting.with(|m| m.weekday.num_days_from_monday().to_string())
                        on:change=move |event| {
                            if let Some(day) = event_target_value(&event).parse::<u8>().ok().and_then(|d| Weekday::try_from(d).ok()) {
                                edit_meeting(state, |m| m.weekday = day);
                            }
                        }>
                        {(0u8..7).map(|d| {
                            let day = Weekday::try_from(d).unwrap_or(Weekday::Mon);
                            view! { <option value=d.to_string()>{move || weekday_label(state.lang.get(), day)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="meeting-time">{move || t(Text::MeetingTime)}</label>
                    <input id="meeting-time" type="time" prop:value=move || meeting.with(|m| m.time.format("%H:%M").to_string())
                        on:change=move |event| {
                            if let Ok(time) = NaiveTime::parse_from_str(&event_target_value(&event), "%H:%M") {
                                edit_meeting(state, |m| m.time = time);
                            }
                        }/>
                </div>
                <NumberField id="meeting-duration".to_string()
                    label=Signal::derive(move || t(Text::DurationMinutes).to_string())
                    value=Signal::derive(move || meeting.with(|m| Some(f64::from(m.duration_minutes))))
                    on_change=Callback::new(move |v: Option<f64>| edit_meeting(state, |m| m.duration_minutes = v.unwrap_or(45.0).round() as u32))
                    bounds=limits::MEETING_MINUTES/>
                <div class="field">
                    <label for="meeting-zone">{move || t(Text::TimeZone)}</label>
                    <input id="meeting-zone" type="text" list="zone-names" maxlength="200"
                        aria-invalid=move || unknown_zone().then_some("true")
                        aria-describedby=move || unknown_zone().then_some("meeting-zone-error")
                        prop:value=move || meeting.with(|m| m.time_zone.clone())
                        on:change=move |event| {
                            let name = event_target_value(&event).trim().to_string();
                            edit_meeting(state, |m| m.time_zone = name);
                        }/>
                    <datalist id="zone-names">
                        {zone_names().into_iter().map(|name| view! { <option value=name></option> }).collect_view()}
                    </datalist>
                    <Show when=unknown_zone>
                        <span class="field-error" id="meeting-zone-error" role="alert">{move || t(Text::UnknownZone)}</span>
                    </Show>
                </div>
                <div class="field">
                    <label for=targets::MEETING_STARTS>{move || t(Text::FirstMeeting)}</label>
                    <input id=targets::MEETING_STARTS type="date" prop:value=move || meeting.with(|m| m.starts.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |event| {
                            let starts = event_target_value(&event).parse().ok();
                            edit_meeting(state, |m| m.starts = starts);
                        }/>
                </div>
            </div>
            <fieldset class="attendees">
                <legend>{move || t(Text::Attendees)}</legend>
                {move || roles.get().into_iter().map(|(id, name)| {
                    let key = id.clone();
                    let checked = move || meeting.with(|m| m.attendees.contains(&key));
                    let role = id.clone();
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=checked on:change=move |event| {
                                let on = event_target_checked(&event);
                                let role = role.clone();
                                edit_meeting(state, move |m| {
                                    m.attendees.retain(|a| *a != role);
                                    if on { m.attendees.push(role); }
                                });
                            }/>
                            {name}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <h3>{move || t(Text::NextDates)}</h3>
            <Show when=started fallback=move || view! { <p class="empty">{move || t(Text::SetFirstMeeting)}</p> }>
                <ol class="next-dates" data-testid="next-dates">{upcoming}</ol>
            </Show>
            <button type="button" class="primary" disabled=move || !started() on:click=move |_| download_ics(state)>
                {move || t(Text::DownloadIcs)}
            </button>
        </section>
    }
}
