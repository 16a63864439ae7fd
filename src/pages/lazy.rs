//! Every page but the first screen is a WebAssembly chunk of its own (see `src/split.rs`):
//! a first visit downloads the shell and `/`, and a page's code arrives when she opens it.

use crate::components::error_panel::ErrorMessage;
use crate::components::loading::Loading;
use crate::split::ChunkMissing;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// What loading a page's chunk gives: the page's constructor, once its chunk is here. Boxed,
/// so that `lazy` and its resource are one function for every page rather than a copy per
/// page's loading future (measured: those copies were among the largest code in the app's
/// first file).
pub type PageLoad = Pin<Box<dyn Future<Output = Result<fn() -> AnyView, ChunkMissing>>>>;

/// Declares, for each page, `fn name() -> PageLoad`; its chunk's own split function is
/// `load::name`, which first adds its chunk's texts (`i18n::part`), so that they come with it.
macro_rules! lazy_pages {
    ($($chunk:ident: $name:ident => $page:path,)*) => {
        mod load {
            use leptos::prelude::*;
            $(
                crate::split! {
                    $chunk => pub fn $name() -> fn() -> AnyView {
                        crate::i18n::add(crate::i18n::part::chunk::$chunk());
                        fn show() -> AnyView {
                            $page().into_any()
                        }
                        show as fn() -> AnyView
                    }
                }
            )*
        }
        $(
            pub fn $name() -> PageLoad {
                Box::pin(load::$name())
            }
        )*
    };
}

// One chunk per part of the product: the pages of a part share most of their code, and she
// usually goes from one to the next (fewer, larger files are also fewer round trips).
lazy_pages! {
    onboarding: onboarding => crate::pages::onboarding::Onboarding,
    profile: my_profile => crate::pages::profile::MyProfile,
    profile: worker => crate::pages::worker::WorkerPage,
    profile: worker_card => crate::pages::worker_card::WorkerCard,
    board: board => crate::pages::board::Board,
    board: request_form => crate::pages::request::RequestForm,
    board: challenge => crate::pages::challenge::ChallengePage,
    settings: settings => crate::pages::settings::Settings,
    // The coordinator's home: with the worker pages she opens from it (a worker's phone
    // never needs it for her first screen).
    profile: worker_list => crate::pages::worker_list::WorkerList,
    // Not pages: the sign-in-again dialog, which only a company backend's 401 asks for, with
    // settings, the part about her session and this device (signing out and the wipe, and
    // the outbox's sending code, `sync::outbox`); 「送信待ち N件」 and the list behind it with
    // the board, whose forms queue most writes and are reopened by its 「直す」. Each part multiplies
    // the small files wasm-split makes for code that parts share (measured: 9 parts made 69
    // files and a deep link to the board needed 54; these 5 make 29 and 15), so these join
    // parts that exist.
    settings: sign_in_dialog => crate::components::sign_in_dialog::SignInDialog,
    board: outbox_list => crate::components::outbox_list::OutboxList,
    board: outbox_toggle => crate::components::outbox_toggle::OutboxToggle,
}

crate::split! {
    board => pub fn rehearse_board() -> () {
        crate::i18n::add(crate::i18n::part::chunk::board());
        super::board::rehearse()
    }
}

/// The page `load` brings: a calm loading line while its chunk arrives, and if it cannot
/// (offline before the app was cached) a kind sentence and a retry, never a blank page.
pub fn lazy(load: fn() -> PageLoad) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let chunk = LocalResource::new(move || {
        attempt.track();
        load()
    });
    let retry = Callback::new(move |_| attempt.update(|n| *n += 1));
    // Matched, not inside `<Suspense>` (as Home: none of its code in the first download). A
    // page's own data waits inside the page, in its own `<Suspense>`.
    view! {
        {move || match chunk.get() {
            None => view! { <Loading/> }.into_any(),
            // Built untracked, as the router builds a page: what it reads is its own.
            Some(Ok(show)) => untrack(show),
            Some(Err(ChunkMissing)) => view! { <ErrorMessage key="error.page_unavailable" on_retry=retry/> }.into_any(),
        }}
    }
}

/// Once the app has settled, fetches and readies every page's chunk in the background, so a
/// tap later opens its page at once, as if it had come with the first download. "Settled" is
/// when the service worker is ready (it has cached every file, so this fetches from the
/// device); without one, a few seconds after start. The board, the page with the most to draw,
/// is also rehearsed once (`board::rehearse`). Called in the app's owner, whose contexts the
/// rehearsal uses.
pub fn warm_up() {
    leptos::task::spawn_local_scoped(async {
        settled().await;
        // One at a time: a cheap phone has little to spare while she starts using the app.
        if board().await.is_ok() {
            let _ = rehearse_board().await;
        }
        let _ = my_profile().await;
        let _ = settings().await;
        let _ = onboarding().await;
    });
}

async fn settled() {
    let ready = web_sys::window()
        .map(|w| w.navigator().service_worker())
        .and_then(|sw| sw.ready().ok());
    match ready {
        Some(ready) => {
            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
        }
        None => gloo_timers::future::TimeoutFuture::new(5_000).await,
    }
}
