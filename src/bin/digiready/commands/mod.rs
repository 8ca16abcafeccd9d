//! One function per command: read inputs, call the layers, print. Each file holds one
//! command's family; `run` dispatches.

pub(crate) mod agency;
pub(crate) mod assessments;
pub(crate) mod benchmarks;
pub(crate) mod enterprises;
pub(crate) mod plan;
pub(crate) mod questionnaire;
pub(crate) mod report;
pub(crate) mod scores;

use crate::error::CliError;
use crate::{Command, InstrumentCmd};

use crate::context::*;
// Each family's functions, for `run` and for the families that share them.
pub(crate) use assessments::*;
pub(crate) use benchmarks::*;
pub(crate) use enterprises::*;
pub(crate) use plan::*;
pub(crate) use questionnaire::*;
pub(crate) use report::*;
pub(crate) use scores::*;

pub fn run(ctx: &Context<'_>, command: Command) -> Result<(), CliError> {
    match command {
        Command::Instrument(InstrumentCmd::Show {
            version,
            sector,
            json,
        }) => instrument_show(ctx, version, sector, json),
        Command::Instrument(InstrumentCmd::Check { dir, locales }) => {
            instrument_check(ctx, dir.as_deref(), locales.as_deref())
        }
        Command::Score { answers, json } => score(ctx, &answers, json),
        Command::Enterprise(cmd) => enterprise(ctx, cmd),
        Command::Assessment(cmd) => assessment(ctx, cmd),
        Command::Benchmarks(cmd) => benchmarks(ctx, cmd),
        Command::Report { assessment, out } => report(ctx, assessment, &out),
        Command::Export {
            anonymized: _,
            out,
            k,
            resend,
            list: _,
            json,
        } => match (out, resend) {
            // clap: --out is required unless --list is given, and --list excludes it.
            (None, _) => agency::list_exports(ctx, json),
            (Some(out), Some(id)) => agency::resend(ctx, &id, &out, json),
            (Some(out), None) => agency::export(ctx, &out, k, json),
        },
        Command::Import {
            files,
            accept_breach,
            json,
        } => agency::import(ctx, &files, accept_breach, json),
        Command::Aggregate {
            by,
            min_firms,
            xlsx,
            csv,
            publish,
            json,
        } => agency::aggregate_cmd(
            ctx,
            &by,
            min_firms,
            (xlsx.as_deref(), csv.as_deref()),
            publish,
            json,
        ),
        Command::Plan {
            assessment,
            answers,
            json,
        } => plan(ctx, assessment, answers.as_deref(), json),
    }
}
