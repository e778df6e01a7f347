//! `selo generate`: records from options.

use crate::Failure;

/// The record types `selo generate` writes.
#[derive(clap::Subcommand, Debug)]
pub(crate) enum GenerateCommand {}

pub(crate) fn run(cmd: &GenerateCommand) -> Result<(), Failure> {
    match *cmd {}
}
