//! `report`: the PDF improvement plan.

use std::path::Path;

use digiready::clock::INDOCHINA_TIME_OFFSET_MINUTES;
use digiready::i18n::Args;
use digiready::workflow;

use crate::error::CliError;

use crate::context::*;

pub(crate) fn report(ctx: &Context<'_>, id: i64, out_path: &Path) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let store = ctx.store()?;
    let a = workflow::analysed(&instruments, &store, id)?;
    let fonts = digiready::typeset::Fonts::embedded();
    let bytes = workflow::report_pdf(
        &fonts,
        ctx.catalog,
        ctx.locale,
        a.instrument,
        &a.enterprise,
        &a.assessment,
        &a.analysis,
        now().date(INDOCHINA_TIME_OFFSET_MINUTES),
    )
    .map_err(|e| CliError::WriteFile {
        path: out_path.to_path_buf(),
        reason: e.to_string().into(),
    })?;
    write_bytes_atomically(out_path, &bytes)?;
    out!(
        "{}",
        ctx.f(
            "cli-report-saved",
            Args::new()
                .text("path", out_path.display().to_string())
                .count("kb", bytes.len().div_ceil(1024))
        )
    );
    Ok(())
}
