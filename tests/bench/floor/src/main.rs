//! The framework floor for `make bench`: two routes, a signal, a text field and a list read
//! from JSON, i.e. the least any Leptos 0.8 page of this app is made of. Its size and start-up
//! are measured beside the app's, so the budgets can be read against what the stack itself
//! costs. Not part of the product; its strings are placeholders on purpose.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

#[derive(Clone, serde::Deserialize)]
struct Item {
    id: u32,
    title: String,
}

#[component]
fn List() -> impl IntoView {
    let count = RwSignal::new(0);
    let items = LocalResource::new(|| async {
        let reply = gloo_net::http::Request::get("items.json")
            .send()
            .await
            .ok()?;
        reply.json::<Vec<Item>>().await.ok()
    });
    view! {
        <h1>"List"</h1>
        <button on:click=move |_| count.update(|c| *c += 1)>"Tapped " {count}</button>
        <Transition fallback=|| "…">
            <ul>
                <For
                    each=move || items.get().flatten().unwrap_or_default()
                    key=|item| item.id
                    children=|item| view! { <li>{item.title}</li> }
                />
            </ul>
        </Transition>
    }
}

#[component]
fn Form() -> impl IntoView {
    let text = RwSignal::new(String::new());
    view! {
        <h1>"Form"</h1>
        <label>"Name " <input bind:value=text/></label>
        <p role="status">{move || text.get()}</p>
    }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <nav>
                    <A href="">"List"</A>
                    " "
                    <A href="form">"Form"</A>
                </nav>
                <main>
                    <Routes fallback=|| "Not found">
                        <Route path=path!("/floor/") view=List/>
                        <Route path=path!("/floor/form") view=Form/>
                    </Routes>
                </main>
            </Router>
        }
    });
    let _ = web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.mark("okaeri-interactive"));
}
