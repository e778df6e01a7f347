//! What the validator and the generators' findings ask of a worker: read
//! and check a record (`Validate`), read a pasted DKIM key (`ReadKey`),
//! and the SPF presets' notes and findings (`PresetFindings`). The record
//! worker (`src/bin/records.rs`) answers these and refuses anything else;
//! the engine worker answers them with the same code.

use crate::port::post;
use selo_boundary::{Failure, Packed, Presets, Request, Response};

/// Answers `request`; one this file does not know gets `Failed` (the
/// engine worker answers it).
pub fn answer(id: u64, request: Request) {
    let response = match request {
        Request::Validate { text, kind } => {
            Response::Validated(Packed::new(&selo::shown::shown(&text, kind)))
        }
        Request::ReadKey { text } => Response::KeyRead(Packed::new(&selo::shown::shown_key(&text))),
        Request::PresetFindings { presets, root } => {
            use selo::spf::presets::{NOTES, find, preset_findings};
            let chosen: Vec<_> = presets.split(',').filter_map(find).collect();
            let list = preset_findings(&chosen, root);
            let notes = NOTES
                .iter()
                .map(|n| [n.id, n.note.en, n.note.pt, n.source_url].map(str::to_string))
                .collect();
            let findings = list.iter().map(selo::shown::ShownFinding::from).collect();
            Response::PresetFindings(Packed::new(&Presets { notes, findings }))
        }
        _ => Response::Failed {
            error: Failure::Message,
            detail: "the engine worker answers this".into(),
        },
    };
    post(id, response)
}
