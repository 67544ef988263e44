//! The size floor: a minimal Leptos app, measured by scripts/bench.mjs and never shipped.

use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let (items, set_items) = signal(vec![String::from("a"), String::from("b")]);
    let count = Memo::new(move |_| items.with(|items| items.len()));
    view! {
        <main>
            <h1>"Floor"</h1>
            <p>{count}</p>
            <For each=move || items.get().into_iter().enumerate() key=|(i, _)| *i let:item>
                <label>{item.0}
                <input prop:value=item.1 on:input=move |event| {
                    let value = event_target_value(&event);
                    set_items.update(|items| items[item.0] = value);
                }/></label>
            </For>
            <button on:click=move |_| set_items.update(|items| items.push(String::new()))>"Add"</button>
        </main>
    }
}

fn main() {
    mount_to_body(App);
}
