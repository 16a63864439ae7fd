//! The error panel for when who she is could not be learnt: its retry asks for the session
//! again (reloading only the page's own data would leave the same error in place).

use crate::api::ApiError;
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;

/// [`ErrorPanel`] for when who she is could not be learnt: its retry asks for the session again
/// (reloading only the page's own data would leave the same error in place).
#[component]
pub fn SessionErrorPanel(error: ApiError) -> impl IntoView {
    let app = crate::app::state::use_app();
    view! { <ErrorPanel error=error on_retry=Callback::new(move |_| app.refetch_session())/> }
}
