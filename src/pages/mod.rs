//! One module per route (see [`crate::Page`]).

pub mod analyze;
pub mod check;
pub mod gen_bimi;
pub mod gen_dkim;
pub mod gen_dmarc;
pub mod gen_mta_sts;
pub mod gen_spf;
pub mod gen_tls_rpt;
pub mod reports;
pub mod validate;
