//! あなたについて: her name, its reading and where she lives.

use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::text_answer::TextAnswer;
use crate::features::profile::fields::texts;
use crate::ui::field_error::FieldError;
use leptos::prelude::*;

#[component]
pub fn AboutYouQuestions(
    answers: Answers,
    /// The name's error, as a text key, while there is one to show.
    #[prop(into)]
    name_error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <TextAnswer id="display-name" label=texts::ANSWER_NAME hint=texts::ANSWER_NAME_HINT required=true
            value=Signal::derive(move || answers.read(|f| f.display_name.clone()))
            on_input=move |v: String| answers.change(move |f| f.display_name = v)/>
        <FieldError id="display-name-error" message=name_error/>
        <TextAnswer id="furigana" label=texts::ANSWER_FURIGANA
            value=Signal::derive(move || answers.read(|f| f.furigana.clone()))
            on_input=move |v: String| answers.change(move |f| f.furigana = v)/>
        <TextAnswer id="area" label=texts::ANSWER_AREA hint=texts::ANSWER_AREA_HINT
            value=Signal::derive(move || answers.read(|f| f.area.clone()))
            on_input=move |v: String| answers.change(move |f| f.area = v)/>
    }
}
