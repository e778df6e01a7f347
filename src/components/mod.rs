//! One `#[component]` per file (`fragment` holds a helper, not a component).

pub mod check_field;
pub mod cname_output;
pub mod copy_button;
pub mod diagnostic_list;
pub mod domain_field;
pub mod download_link;
pub mod explain_table;
pub mod footer;
pub mod form_notices;
pub mod fragment;
pub mod generator_page;
pub mod header;
pub mod list_field;
pub mod output_field;
pub mod query_select;
pub mod record_editor;
pub mod record_output;
pub mod share_link_button;
pub mod text_field;
pub mod tls_rpt_form;
