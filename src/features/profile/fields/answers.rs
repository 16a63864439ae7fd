//! Her answers as the questions see them: onboarding's draft and わたしの強み each pass their
//! own, so one set of questions serves both, and every change goes through that page's autosave.

use leptos::prelude::*;
use okaeri_core::domain::worker::ProfileFields;

/// One change to her answers.
pub type Edit = Box<dyn FnOnce(&mut ProfileFields) + Send + Sync>;

#[derive(Clone, Copy)]
pub struct Answers {
    value: Signal<ProfileFields>,
    edit: Callback<Edit>,
}

impl Answers {
    pub fn new(value: Signal<ProfileFields>, edit: impl Fn(Edit) + Send + Sync + 'static) -> Self {
        Answers {
            value,
            edit: Callback::new(edit),
        }
    }

    /// Reads one part, tracked: the caller redraws when it changes.
    pub fn read<R>(self, part: impl FnOnce(&ProfileFields) -> R) -> R {
        self.value.with(part)
    }

    pub fn change(self, edit: impl FnOnce(&mut ProfileFields) + Send + Sync + 'static) {
        self.edit.run(Box::new(edit));
    }
}
