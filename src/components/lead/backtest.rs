//! Back-testing: past leads with their outcome, sorted by the thresholds; a suggested one.

use leptos::prelude::*;
use six_rounds_plan::scoring::{
    backtest, leads_from_csv, LeadsCsvError, PastLeads, ThresholdResult,
};

use crate::clock;
use crate::components::file_or_paste::FileOrPaste;
use crate::components::use_app;
use crate::i18n::{describe_leads_csv_error, fill, number, percent, Text};

#[component]
pub fn Backtest() -> impl IntoView {
    let (state, t) = use_app();
    let scoring = super::use_scoring();
    let leads = RwSignal::new(None::<PastLeads>);
    let error = RwSignal::new(None::<LeadsCsvError>);
    let result = Memo::new(move |_| {
        leads.with(|leads| {
            let leads = leads.as_ref()?;
            Some(scoring.with(|round| backtest(round, leads, clock::today())))
        })
    });
    let on_text = Callback::new(move |text: String| match leads_from_csv(&text) {
        Ok(parsed) => {
            error.set(None);
            leads.set(Some(parsed));
        }
        Err(problem) => error.set(Some(problem)),
    });
    let row = move |label: Text, result: Option<ThresholdResult>| {
        result.map(|r| {
            let lang = state.lang.get();
            view! {
                <tr>
                    <th scope="row">{t(label)} " (" {number(lang, r.threshold)} ")"</th>
                    <td class="num">{r.true_positives}</td>
                    <td class="num">{r.false_positives}</td>
                    <td class="num">{r.false_negatives}</td>
                    <td class="num">{percent(r.precision())}</td>
                    <td class="num">{percent(r.recall())}</td>
                </tr>
            }
        })
    };
    let table = move || {
        result.get().map(|result| {
            let suggested = result.suggested.clone();
            view! {
                <p role="status">{fill(t(Text::BacktestCount), &[&result.leads.to_string()])}</p>
                <div class="table-scroll">
                    <table class="backtest">
                        <thead><tr>
                            <th scope="col">{t(Text::Threshold)}</th>
                            <th scope="col" class="num">{t(Text::WonPassed)}</th>
                            <th scope="col" class="num">{t(Text::LostPassed)}</th>
                            <th scope="col" class="num">{t(Text::WonMissed)}</th>
                            <th scope="col" class="num">{t(Text::Precision)}</th>
                            <th scope="col" class="num">{t(Text::Recall)}</th>
                        </tr></thead>
                        <tbody>
                            {row(Text::MqlThreshold, result.mql)}
                            {row(Text::SqlThreshold, result.sql)}
                            {row(Text::SuggestedThreshold, suggested.clone())}
                        </tbody>
                    </table>
                </div>
                {suggested.map(|s| {
                    let value = s.threshold.round() as i32;
                    view! {
                        <button type="button" class="primary" on:click=move |_| state.edit(|plan| plan.lead.mql_threshold = Some(value))>
                            {fill(t(Text::UseAsMql), &[&value.to_string()])}
                        </button>
                    }
                })}
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="backtest-heading">
            <h2 id="backtest-heading">{move || t(Text::BacktestHeading)}</h2>
            <p class="hint">{move || t(Text::BacktestHint)}</p>
            <FileOrPaste
                id="leads"
                accept=".csv,text/csv"
                file_label=Text::LeadsCsvFile
                paste_label=Text::PasteLeadsCsv
                button_label=Text::RunBacktest
                on_text=on_text
            />
            {move || error.get().map(|problem| view! {
                <p class="field-error" role="alert">{describe_leads_csv_error(state.lang.get(), &problem)}</p>
            })}
            {table}
        </section>
    }
}
