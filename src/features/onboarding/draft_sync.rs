//! The onboarding draft's autosave: the generic [`Autosave`] wired to the draft endpoints.

use crate::api::{ApiError, Client};
use crate::sync::autosave::{self, Autosave, GetFn, PutFn, Start};
use leptos::prelude::WithUntracked;
use okaeri_core::domain::onboarding::OnboardingDraft;
use std::rc::Rc;

pub type DraftSync = Autosave<OnboardingDraft>;

fn device_key(user: &str) -> String {
    format!("onboarding.{user}")
}

fn endpoints(client: &Client, user: &str) -> (PutFn<OnboardingDraft>, GetFn<OnboardingDraft>) {
    let (c1, u1) = (client.clone(), user.to_string());
    let put: PutFn<OnboardingDraft> = Rc::new(move |draft, etag| {
        let (c, u) = (c1.clone(), u1.clone());
        Box::pin(async move { c.put_onboarding(&u, &draft, &etag).await.map(|v| v.etag) })
    });
    let (c2, u2) = (client.clone(), user.to_string());
    let get: GetFn<OnboardingDraft> = Rc::new(move || {
        let (c, u) = (c2.clone(), u2.clone());
        Box::pin(async move { c.get_onboarding(&u).await.map(|v| (v.value, v.etag)) })
    });
    (put, get)
}

pub async fn load(client: &Client, user: &str) -> Start<OnboardingDraft> {
    let (_, get) = endpoints(client, user);
    autosave::load(&device_key(user), &get, OnboardingDraft::default()).await
}

pub fn start(client: &Client, user: &str, start: Start<OnboardingDraft>) -> DraftSync {
    let (put, get) = endpoints(client, user);
    Autosave::new(device_key(user), start, put, get)
}

/// Sends what is left, then turns the draft into her profile. If another tab or device has
/// completed it meanwhile, what is left here meets a 412 with that completed draft: she is
/// registered, and completing again answers her profile unchanged (the contract).
pub async fn finish(sync: DraftSync, client: Client, user: String) -> Result<(), ApiError> {
    let kept = sync.kept();
    match sync.flush().await {
        Err(ApiError::Conflict { .. })
            if sync
                .theirs
                .try_with_untracked(|t| t.as_ref().is_some_and(|t| t.completed))
                == Some(true) => {}
        sent => sent?,
    }
    client.complete_onboarding(&user, &kept.etag()).await?;
    kept.forget_device_copy();
    Ok(())
}
