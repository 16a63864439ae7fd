//! The "how to work with me" card.

use crate::i18n::context::use_i18n;
use crate::i18n::words::availability_summary;
use leptos::prelude::*;
use okaeri_core::domain::availability::Availability;
use okaeri_core::domain::worker::{QuestionStyle, WorkStyle};

pub fn question_style_key(q: QuestionStyle) -> &'static str {
    match q {
        QuestionStyle::AllAtOnce => "style.all_at_once",
        QuestionStyle::AsTheyCome => "style.as_they_come",
    }
}

pub fn direction_key(d: okaeri_core::domain::worker::Direction) -> &'static str {
    use okaeri_core::domain::worker::Direction::*;
    match d {
        TowardsEmployment => "direction.towards_employment",
        KeepPace => "direction.keep_pace",
        Undecided => "direction.undecided",
    }
}

pub fn channel_key(c: okaeri_core::domain::worker::Channel) -> &'static str {
    use okaeri_core::domain::worker::Channel::*;
    match c {
        Chat => "channel.chat",
        Email => "channel.email",
        Phone => "channel.phone",
        VideoCall => "channel.video_call",
    }
}

pub fn reply_key(r: okaeri_core::domain::worker::ReplyWindow) -> &'static str {
    use okaeri_core::domain::worker::ReplyWindow::*;
    match r {
        WithinAnHour => "reply.within_an_hour",
        SameDay => "reply.same_day",
        NextWorkday => "reply.next_workday",
    }
}

#[component]
pub fn WorkStyleCard(
    #[prop(into)] style: Signal<WorkStyle>,
    #[prop(into)] availability: Signal<Availability>,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |label: &'static str, value: Box<dyn Fn() -> String + Send + Sync>| {
        view! {
            <div class="card-row">
                <dt>{move || i18n.t(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let unset = move || i18n.t("common.not_set").to_string();
    view! {
        <section class="work-style-card" aria-labelledby="work-style-title">
            <h2 id="work-style-title">{move || i18n.t("style.title")}</h2>
            <dl>
                {row("style.questions", Box::new(move || style.with(|s| s.question_style.map(|q| i18n.t(question_style_key(q)).to_string())).unwrap_or_else(unset)))}
                {row("style.channel", Box::new(move || style.with(|s| s.channel.map(|c| i18n.t(channel_key(c)).to_string())).unwrap_or_else(unset)))}
                {row("style.reply", Box::new(move || style.with(|s| s.reply_window.map(|r| i18n.t(reply_key(r)).to_string())).unwrap_or_else(unset)))}
                {row("style.best_times", Box::new(move || availability.with(|a| availability_summary(i18n.lang(), &okaeri_core::domain::availability::summarize(a)))))}
                {row("style.notes", Box::new(move || style.with(|s| if s.notes.is_empty() { unset() } else { s.notes.clone() })))}
            </dl>
        </section>
    }
}
