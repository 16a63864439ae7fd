//! Small reusable pieces of UI.

pub mod app_updates;
pub mod availability_editor;
pub mod availability_view;
pub mod conflict_choice;
pub mod endorse_form;
pub mod error_panel;
pub mod field_error;
pub mod header;
pub mod ime;
pub mod lang_switch;
pub mod level_picker;
pub mod live_region;
pub mod loading;
pub mod move_control;
pub mod nav;
pub mod outbox_list;
pub mod outbox_status;
pub mod outbox_toggle;
pub mod page_heading;
pub mod role_switch;
pub mod save_status;
pub mod sign_in_dialog;
pub mod strengths_chart;
pub mod when;
pub mod work_style_card;
