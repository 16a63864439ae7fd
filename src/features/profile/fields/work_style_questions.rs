//! やりとりのしかた: how she likes questions, her channel, how soon she usually replies, and a
//! note. `children` go before the note (onboarding shows her hours there).

use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::text_answer::TextAnswer;
use crate::features::profile::fields::texts;
use crate::features::profile::fields::work_style_card::{
    channel_key, question_style_key, reply_key,
};
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use leptos::prelude::*;
use okaeri_core::domain::worker::{Channel, QuestionStyle, ReplyWindow};

#[component]
pub fn WorkStyleQuestions(
    answers: Answers,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset>
            <legend>{i18n.v(texts::STYLE_QUESTIONS)}</legend>
            <div class="chips wrap">
                {[QuestionStyle::AllAtOnce, QuestionStyle::AsTheyCome].into_iter().map(|q| view! {
                    <label class="chip">
                        <input type="radio" name="question-style" prop:checked=move || answers.read(|f| f.work_style.question_style == Some(q))
                            on:change=move |_| answers.change(move |f| f.work_style.question_style = Some(q))/>
                        <span>{i18n.v(question_style_key(q))}</span>
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
        <div class="inline-fields">
            <div class="field compact">
                <label for="channel">{i18n.v(texts::STYLE_CHANNEL)}</label>
                <select id="channel" prop:value=move || answers.read(|f| f.work_style.channel.map(Channel::id).unwrap_or(""))
                    on:change=move |ev| { let c = Channel::from_id(&event_target_value(&ev)); answers.change(move |f| f.work_style.channel = c); }>
                    <option value="">{move || i18n.t(shared::COMMON_CHOOSE)}</option>
                    {Channel::ALL.into_iter().map(|c| view! { <option value=c.id()>{move || i18n.t(channel_key(c))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field compact">
                <label for="reply-window">{i18n.v(texts::STYLE_REPLY)}</label>
                <select id="reply-window" prop:value=move || answers.read(|f| f.work_style.reply_window.map(ReplyWindow::id).unwrap_or(""))
                    on:change=move |ev| { let r = ReplyWindow::from_id(&event_target_value(&ev)); answers.change(move |f| f.work_style.reply_window = r); }>
                    <option value="">{move || i18n.t(shared::COMMON_CHOOSE)}</option>
                    {ReplyWindow::ALL.into_iter().map(|r| view! { <option value=r.id()>{move || i18n.t(reply_key(r))}</option> }).collect_view()}
                </select>
            </div>
        </div>
        {children.map(|c| c())}
        <TextAnswer id="style-notes" label=texts::STYLE_NOTES placeholder=texts::ANSWER_NOTES_PLACEHOLDER multiline=true
            value=Signal::derive(move || answers.read(|f| f.work_style.notes.clone()))
            on_input=move |v: String| answers.change(move |f| f.work_style.notes = v)/>
    }
}
