//! Round 1 in the agreement: the RACI matrix, activities in display order.

use leptos::prelude::*;
use six_rounds_plan::model::Round;
use six_rounds_plan::raci::display_order;

use super::section::DocSection;
use crate::components::use_app;
use crate::i18n::Text;

#[component]
pub fn RolesSection() -> impl IntoView {
    let (state, t) = use_app();
    let table = move || {
        state.plan.with(|plan| {
            let roles = &plan.roles;
            let head = roles
                .roles
                .iter()
                .map(|role| view! { <th scope="col">{role.name.clone()}</th> })
                .collect_view();
            let rows = display_order(roles)
                .into_iter()
                .map(|index| {
                    let activity = &roles.activities[index];
                    let cells = roles
                        .roles
                        .iter()
                        .map(|role| {
                            let letters = activity
                                .cells
                                .get(&role.id)
                                .map(|cell| cell.letters())
                                .unwrap_or_default();
                            view! { <td class="raci-letters">{letters}</td> }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{activity.name.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="doc-table doc-raci">
                    <thead><tr><th scope="col">{t(Text::Activity)}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! { <DocSection round=Round::Roles>{table}</DocSection> }
}
