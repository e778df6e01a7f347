//! One `#[component]` per file.

pub mod copy_button;
pub mod diagnostic_list;
pub mod explain_table;
pub mod footer;
pub mod gen_form;
pub mod header;
pub mod lang_switch;
pub mod nav_link;
pub mod record_editor;
pub mod record_output;
