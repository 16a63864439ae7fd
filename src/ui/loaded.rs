//! A value an async task brings, asked for again when what the asking read changes.

use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

/// What `LocalResource` does, on a signal and an effect, for what the first download asks
/// for: who she is, home's data, a page's chunk. `ask` runs tracked, and again when what it
/// read changes or on `refetch`; only the latest asking's answer is kept, and the answer before
/// it stays until that one comes. With `LocalResource` the first download carried the
/// framework's async-derived machinery, which nothing else there needs (docs/performance.md).
pub struct Loaded<T: 'static> {
    value: RwSignal<Option<T>, LocalStorage>,
    again: RwSignal<u32>,
}

impl<T: 'static> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Loaded<T> {}

impl<T: Clone + 'static> Loaded<T> {
    pub fn new<Fut>(ask: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: Future<Output = T> + 'static,
    {
        let value = RwSignal::new_local(None);
        let again = RwSignal::new(0u32);
        let latest = Rc::new(Cell::new(0u64));
        Effect::new(move |_| {
            again.track();
            let asked = ask();
            let this = latest.get().wrapping_add(1);
            latest.set(this);
            let latest = latest.clone();
            leptos::task::spawn_local(async move {
                let answer = asked.await;
                // An older asking's answer, come late, never replaces a newer one; and once
                // its owner is gone (she left the page), the answer has nowhere to go.
                if latest.get() == this {
                    let _ = value.try_set(Some(answer));
                }
            });
        });
        Self { value, again }
    }

    /// The latest answer, or `None` before the first (tracked).
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }

    /// Asks again; the current answer stays until the new one comes.
    pub fn refetch(&self) {
        self.again.update(|n| *n = n.wrapping_add(1));
    }
}
