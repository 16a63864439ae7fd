//! The shell is built in a few short tasks instead of one long one.
//!
//! Chromium compiles each WebAssembly function the first time it runs, on the main thread.
//! Building the whole shell at once was one long task, most of it compiling framework code
//! (docs/performance.md), and nothing else could run meanwhile, not even a tap. Each stage
//! starts a new task (`yield_now`). The boot
//! shell from index.html stays on screen, and the app hidden beside it (style/main.css:
//! `#boot ~ *`), until the last stage is built; then one swap shows it, so nothing jumps.

use leptos::prelude::*;

/// Parts of the shell, in the order they are built.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Stage {
    /// The app's state and the update prompt: built with the app itself.
    Start,
    /// The router.
    Router,
    /// The header.
    Header,
    /// The navigation and the skip link.
    Nav,
    /// The header's second row (waiting writes, the demo notice) and the live region.
    Notices,
    /// `<main>` and the route's page; the app is shown at the end of this stage.
    Main,
}

#[derive(Clone, Copy)]
pub struct StartStages(RwSignal<Stage>);

impl StartStages {
    /// Starts building the later stages, each in a task of its own; `shown` runs in the task
    /// that built the last one, once its views are in the document.
    pub fn begin(shown: impl FnOnce() + 'static) -> Self {
        let stage = RwSignal::new(Stage::Start);
        leptos::task::spawn_local_scoped(async move {
            for next in [
                Stage::Router,
                Stage::Header,
                Stage::Nav,
                Stage::Notices,
                Stage::Main,
            ] {
                // A new task, not a microtask: only that lets the browser do other work.
                crate::platform::yield_now::yield_now().await;
                stage.set(next);
            }
            // The views that depend on the stage are rebuilt by tasks the executor already
            // queued; these run after them, in the same browser task.
            leptos::task::tick().await;
            leptos::task::tick().await;
            shown();
        });
        Self(stage)
    }

    pub fn reached(self, stage: Stage) -> bool {
        self.0.get() >= stage
    }
}

/// For a part of the shell built in a stage of its own: whether that stage has come (always,
/// where nothing stages the app, as in a component test). A memo: it changes once, when the
/// stage comes, however many stages come after.
pub fn use_stage(stage: Stage) -> Signal<bool> {
    let stages = use_context::<StartStages>();
    Memo::new(move |_| stages.is_none_or(|s| s.reached(stage))).into()
}
