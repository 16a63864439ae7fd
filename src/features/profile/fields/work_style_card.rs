//! The "how to work with me" card.

use crate::features::profile::fields::texts;
use crate::features::profile::fields::words::availability_summary;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::availability::Availability;
use okaeri_core::domain::worker::{QuestionStyle, WorkStyle};

pub fn question_style_key(q: QuestionStyle) -> &'static str {
    match q {
        QuestionStyle::AllAtOnce => texts::STYLE_ALL_AT_ONCE,
        QuestionStyle::AsTheyCome => texts::STYLE_AS_THEY_COME,
    }
}

pub fn direction_key(d: okaeri_core::domain::worker::Direction) -> &'static str {
    use okaeri_core::domain::worker::Direction::*;
    match d {
        TowardsEmployment => texts::DIRECTION_TOWARDS_EMPLOYMENT,
        KeepPace => texts::DIRECTION_KEEP_PACE,
        Undecided => texts::DIRECTION_UNDECIDED,
    }
}

pub fn channel_key(c: okaeri_core::domain::worker::Channel) -> &'static str {
    use okaeri_core::domain::worker::Channel::*;
    match c {
        Chat => texts::CHANNEL_CHAT,
        Email => texts::CHANNEL_EMAIL,
        Phone => texts::CHANNEL_PHONE,
        VideoCall => texts::CHANNEL_VIDEO_CALL,
    }
}

pub fn reply_key(r: okaeri_core::domain::worker::ReplyWindow) -> &'static str {
    use okaeri_core::domain::worker::ReplyWindow::*;
    match r {
        WithinAnHour => texts::REPLY_WITHIN_AN_HOUR,
        SameDay => texts::REPLY_SAME_DAY,
        NextWorkday => texts::REPLY_NEXT_WORKDAY,
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
                <dt>{i18n.v(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let unset = move || i18n.t(texts::COMMON_NOT_SET).to_string();
    view! {
        <section class="work-style-card" aria-labelledby="work-style-title">
            <h2 id="work-style-title">{i18n.v(texts::STYLE_TITLE)}</h2>
            <dl>
                {row(texts::STYLE_QUESTIONS, Box::new(move || style.with(|s| s.question_style.map(|q| i18n.t(question_style_key(q)).to_string())).unwrap_or_else(unset)))}
                {row(texts::STYLE_CHANNEL, Box::new(move || style.with(|s| s.channel.map(|c| i18n.t(channel_key(c)).to_string())).unwrap_or_else(unset)))}
                {row(texts::STYLE_REPLY, Box::new(move || style.with(|s| s.reply_window.map(|r| i18n.t(reply_key(r)).to_string())).unwrap_or_else(unset)))}
                {row(texts::STYLE_BEST_TIMES, Box::new(move || availability.with(|a| availability_summary(i18n.lang(), &okaeri_core::domain::availability::summarize(a)))))}
                {row(texts::STYLE_NOTES, Box::new(move || style.with(|s| if s.notes.is_empty() { unset() } else { s.notes.clone() })))}
            </dl>
        </section>
    }
}
