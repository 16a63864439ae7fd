//! Every feature folder but home is a WebAssembly chunk of its own (see
//! `src/platform/split.rs`): a first visit downloads the shell and `/`, and a page's code
//! arrives when she opens it. Each folder declares its chunk with [`chunk!`]; why the product
//! is cut into these chunks is in docs/architecture.md.

use crate::app::texts;
use crate::features::{board, notices, onboarding, profile, settings};
use crate::platform::split::ChunkMissing;
use crate::ui::error_panel::ErrorMessage;
use crate::ui::loaded::Loaded;
use crate::ui::loading::Loading;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// What loading a page's chunk gives: the page's constructor, once its chunk is here. Boxed,
/// so that `lazy` and its resource are one function for every page rather than a copy per
/// page's loading future, which were among the largest code of the first download.
pub type PageLoad = Pin<Box<dyn Future<Output = Result<fn() -> AnyView, ChunkMissing>>>>;

/// `chunk! { name, texts: [module, …] => { pub fn_name => Page, … } }`, in a feature folder's
/// `mod.rs`: the folder is one chunk, `name`, and each `Page` (a component without props) is
/// reached through `fn_name() -> PageLoad`. A page written `Page [in other]` is a chunk of its
/// own, `other`: a deep link to one page of a large folder then fetches that page's code only. Each module named holds a part of the texts
/// (`TEXTS` and `PLAIN`, from `texts!`). Loading the chunk first adds its parts of the texts,
/// so they come with its code; their plain Japanese tables come with the plain chunk
/// (`app::plain_texts`), which names them through `chunk_plain`. These functions are the
/// folder's public face: the router and the shell use them, and nothing else of the folder.
macro_rules! chunk {
    ($chunk:ident, texts: [$($($part:ident)::+),* $(,)?] => { $($vis:vis $name:ident => $page:path $([in $own:ident])?,)* }) => {
        /// The parts of the texts this chunk's code shows.
        pub fn chunk_texts() -> &'static [&'static $crate::i18n::Part] {
            static PARTS: &[&$crate::i18n::Part] = &[$(&$($part)::+::TEXTS),*];
            PARTS
        }

        /// The same parts in plain Japanese: only the plain chunk calls this.
        pub fn chunk_plain() -> &'static [$crate::i18n::Table] {
            static PLAIN: &[$crate::i18n::Table] = &[$($($part)::+::PLAIN),*];
            PLAIN
        }

        mod load {
            use super::*;
            use leptos::prelude::*;
            $(
                $crate::app::chunks::chunk!(@load $($own)? $chunk, $name, $page);
            )*
        }

        $(
            $vis fn $name() -> $crate::app::chunks::PageLoad {
                Box::pin(load::$name())
            }
        )*
    };
    // One page's loader, in the chunk named first.
    (@load $split:ident $($chunk:ident)?, $name:ident, $page:path) => {
        $crate::split! {
            $split => pub fn $name() -> fn() -> AnyView {
                $crate::i18n::add(chunk_texts());
                fn show() -> AnyView {
                    $page().into_any()
                }
                show as fn() -> AnyView
            }
        }
    };
}
pub(crate) use chunk;

/// The page `load` brings: a calm loading line while its chunk arrives, and if it cannot
/// (offline before the app was cached) a kind sentence and a retry, never a blank page.
pub fn lazy(load: fn() -> PageLoad) -> impl IntoView {
    let chunk = Loaded::new(load);
    let retry = Callback::new(move |_| chunk.refetch());
    // Matched, not inside `<Suspense>` (as Home: none of its code in the first download). A
    // page's own data waits inside the page, in its own `<Suspense>`.
    view! {
        {move || match chunk.get() {
            None => view! { <Loading/> }.into_any(),
            // Built untracked, as the router builds a page: what it reads is its own.
            Some(Ok(show)) => untrack(show),
            Some(Err(ChunkMissing)) => view! { <ErrorMessage key=texts::ERROR_PAGE_UNAVAILABLE on_retry=retry/> }.into_any(),
        }}
    }
}

/// Once the app has settled, starts keeping her unread count fresh (with the notices' chunk),
/// then fetches and readies every page's chunk in the background, so a
/// tap later opens its page at once, as if it had come with the first download. "Settled" is
/// when the service worker is ready (it has cached every file, so this fetches from the
/// device) and the first screen is complete; without a service worker, a few seconds after
/// start. The rest waits a few seconds more. The board, the page with the most to draw,
/// is also rehearsed once (`board::rehearse`). Called in the app's owner, whose contexts the
/// rehearsal uses.
pub fn warm_up() {
    let app = crate::app::state::use_app();
    leptos::task::spawn_local_scoped(async move {
        settled().await;
        // Her unread count, kept fresh from now on (the navigation shows it), and a tapped
        // notification followed in this window: at once, not after the pause below.
        let _ = notices::keep_count(app).await;
        gloo_timers::future::TimeoutFuture::new(AFTER_FIRST_SCREEN_MS).await;
        // One at a time: a cheap phone has little to spare while she starts using the app.
        if board::board().await.is_ok() {
            let _ = board::rehearse().await;
        }
        let _ = board::challenge().await;
        let _ = board::new_request().await;
        let _ = profile::my_profile().await;
        let _ = settings::settings().await;
        let _ = onboarding::onboarding().await;
        // For `make bench`: what the app does once in the background is done.
        crate::platform::dom::mark("okaeri-warmed-up");
    });
}

/// After the unread count has started, the moment in which she reads the first screen, most
/// likely, rather than taps: the rest of the warm-up's tasks (chunks compiled, the board drawn
/// off screen) stay out of her first taps. On a first visit the service worker's install takes
/// longer than this anyway.
const AFTER_FIRST_SCREEN_MS: u32 = 3_000;

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
    crate::platform::first_screen::complete().await;
}
