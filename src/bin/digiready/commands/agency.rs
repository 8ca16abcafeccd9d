//! The agency's commands: the officer's anonymized export, and at the agency import, aggregate
//! and publish benchmark packs back.

use std::path::{Path, PathBuf};

use digiready::clock::INDOCHINA_TIME_OFFSET_MINUTES;
use digiready::export::aggregate::{check_grouping, Dimension, Figures};
use digiready::export::disclosure::Summary;
use digiready::export::privacy::Rules;
use digiready::export::publish::{build_pack, PackHeader};
use digiready::export::tables::{disclosure_args, practices_csv, scores_csv, workbook, About};
use digiready::export::write::ExportOptions;
use digiready::i18n::Args;
use digiready::workflow;
use serde_json::json;

use crate::context::{now, print_json, random_hex, write_bytes_atomically, Context};
use crate::error::CliError;
use crate::progress::Progress;

/// `digiready export --anonymized --out FILE [--k K]`: what has not been sent yet. The file
/// is kept in the database before it is written, so a failed write loses nothing: `--resend`
/// writes it again.
pub fn export(ctx: &Context<'_>, out: &Path, k: usize, json: bool) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let mut store = ctx.store()?;
    let made_at = now();
    let today = made_at.date(INDOCHINA_TIME_OFFSET_MINUTES);
    let export = workflow::export_anonymized(
        &mut store,
        &instruments,
        &ExportOptions {
            k,
            rules: Rules::embedded(),
            export_id: random_hex()?,
            today,
            app_version: env!("CARGO_PKG_VERSION"),
        },
        made_at,
    )?;
    let m = &export.manifest;
    write_bytes_atomically(out, &export.bytes).map_err(|e| match e {
        CliError::WriteFile { path, reason } => CliError::ExportNotWritten {
            path,
            reason,
            export_id: m.export_id.clone(),
        },
        other => other,
    })?;
    let a = &m.anonymity;
    if json {
        print_json(&json!({
            "path": out.display().to_string(),
            "export_id": m.export_id,
            "records": m.records,
            "k": a.k,
            "considered": a.considered,
            "as_recorded": a.as_recorded,
            "generalised_to_region": a.generalised_to_region,
            "generalised_to_country": a.generalised_to_country,
            "generalised_to_year": a.generalised_to_year,
            "withheld": a.withheld,
            "withheld_homogeneous": a.withheld_homogeneous,
            "sent_before": a.sent_before,
            "withheld_wrong_date": a.withheld_wrong_date,
        }));
        return Ok(());
    }
    out!(
        "{}",
        ctx.f(
            "export-done",
            Args::new()
                .count("records", m.records)
                .text("path", out.display().to_string())
        )
    );
    out!(
        "{}",
        ctx.f(
            "export-anonymity",
            Args::new()
                .count("k", a.k)
                .count("considered", a.considered)
                .count("as_recorded", a.as_recorded)
                .count(
                    "generalised",
                    a.generalised_to_region + a.generalised_to_country + a.generalised_to_year
                )
                .count("withheld", a.withheld)
        )
    );
    if a.withheld_wrong_date > 0 {
        out!(
            "{}",
            ctx.f(
                "export-wrong-date",
                Args::new().count("count", a.withheld_wrong_date)
            )
        );
    }
    if a.sent_before > 0 || a.withheld_homogeneous > 0 {
        out!(
            "{}",
            ctx.f(
                "export-release-once",
                Args::new()
                    .count("sent_before", a.sent_before)
                    .count("homogeneous", a.withheld_homogeneous)
            )
        );
    }
    Ok(())
}

/// `digiready export --anonymized --resend EXPORT_ID --out FILE`: an earlier export, byte for
/// byte.
pub fn resend(ctx: &Context<'_>, export_id: &str, out: &Path, json: bool) -> Result<(), CliError> {
    let store = ctx.store()?;
    let bytes = workflow::resend_export(&store, export_id)?;
    write_bytes_atomically(out, &bytes)?;
    if json {
        print_json(&json!({
            "path": out.display().to_string(),
            "export_id": export_id,
            "bytes": bytes.len(),
        }));
    } else {
        out!(
            "{}",
            ctx.f(
                "export-resent",
                Args::new()
                    .text("id", export_id.to_string())
                    .text("path", out.display().to_string())
            )
        );
    }
    Ok(())
}

/// `digiready export --anonymized --list`: the exports made with this database.
pub fn list_exports(ctx: &Context<'_>, json: bool) -> Result<(), CliError> {
    let store = ctx.store()?;
    let sent = store.sent_exports()?;
    if json {
        print_json(&json!(sent
            .iter()
            .map(|e| json!({
                "export_id": e.export_id,
                "created": e.created,
                "k": e.k,
                "records": e.records,
                "withheld": e.withheld,
                "bytes": e.bytes,
                "sha256": e.sha256,
            }))
            .collect::<Vec<_>>()));
        return Ok(());
    }
    if sent.is_empty() {
        out!("{}", ctx.t("export-list-empty"));
    }
    for e in &sent {
        out!(
            "{}",
            ctx.f(
                "export-list-row",
                Args::new()
                    .text("id", e.export_id.clone())
                    .text("created", e.created.clone())
                    .count("records", e.records)
            )
        );
    }
    Ok(())
}

/// `digiready import FILES...`: each file is merged whole or refused; the others go on.
pub fn import(
    ctx: &Context<'_>,
    files: &[PathBuf],
    accept_breach: bool,
    json: bool,
) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let mut store = ctx.store()?;
    let mut refused = 0;
    let mut report = Vec::new();
    let on_breach = if accept_breach {
        workflow::OnBreach::MergeAndRecord
    } else {
        workflow::OnBreach::Refuse
    };
    let mut progress = Progress::start(
        ctx.f("progress-import", Args::new().count("files", files.len())),
        Some(files.len() as u64),
        json,
    );
    workflow::import_export_files(
        &mut store,
        &instruments,
        files,
        on_breach,
        now,
        |_, path, name, result| {
            progress.step(|done, total| {
                ctx.f(
                    "progress-file",
                    Args::new()
                        .count("done", done as usize)
                        .count("total", total as usize)
                        .input("file", name),
                )
            });
            progress.suspend(|| match result {
                Ok(o) if json => report.push(json!({
                    "file": path.display().to_string(),
                    "already_imported": o.already_imported,
                    "records": o.records,
                    "added": o.added,
                    "refined": o.refined,
                    "unchanged": o.unchanged,
                    "conflicts": o.conflicts,
                })),
                Ok(o) => {
                    let args = Args::new()
                        .input("file", name)
                        .count("records", o.records)
                        .count("added", o.added)
                        .count("refined", o.refined)
                        .count("unchanged", o.unchanged)
                        .count("conflicts", o.conflicts.len());
                    if o.already_imported {
                        out!("{}", ctx.f("import-already", args));
                    } else {
                        out!("{}", ctx.f("import-merged", args));
                        for id in &o.conflicts {
                            out!(
                                "{}",
                                ctx.f("import-conflict", Args::new().input("record", id))
                            );
                        }
                    }
                }
                Err(e) => {
                    refused += 1;
                    let message = e.localize(ctx.catalog, ctx.locale);
                    if json {
                        report.push(json!({
                            "file": path.display().to_string(),
                            "error": message,
                        }));
                    } else {
                        eprintln!(
                            "{}",
                            ctx.f(
                                "import-refused",
                                Args::new().input("file", name).text("reason", message)
                            )
                        );
                    }
                }
            })
        },
    );
    progress.finish();
    if json {
        print_json(&json!(report));
    }
    if refused > 0 {
        return Err(CliError::ImportsRefused {
            refused,
            total: files.len(),
        });
    }
    Ok(())
}

/// `digiready aggregate --by ... [--xlsx FILE] [--csv DIR] [--publish]`
pub fn aggregate_cmd(
    ctx: &Context<'_>,
    by: &[Dimension],
    min_firms: usize,
    (xlsx, csv): (Option<&Path>, Option<&Path>),
    publish: bool,
    json: bool,
) -> Result<(), CliError> {
    check_grouping(by)?;
    let mut store = ctx.store()?;
    let made_at = now();
    let progress = Progress::start(
        ctx.f(
            "progress-aggregate",
            Args::new().count("records", store.pool_record_count()?),
        ),
        None,
        json,
    );
    let tables = workflow::agency_tables(&mut store, by, min_firms, publish, made_at);
    progress.finish();
    let tables = tables?;
    let agg = &tables.aggregation;
    if let Some(dir) = csv {
        write_tables(
            dir,
            &[
                ("scores.csv", scores_csv(agg)),
                ("practices.csv", practices_csv(agg)),
            ],
        )?;
    }
    if let Some(path) = xlsx {
        let about = About {
            files: tables.files,
            period: tables.period.clone(),
            made: ctx.date(made_at),
        };
        let bytes =
            workbook(agg, &about, ctx.catalog, ctx.locale).map_err(|e| CliError::WriteFile {
                path: path.to_path_buf(),
                reason: e.to_string().into(),
            })?;
        write_bytes_atomically(path, &bytes)?;
    }
    if json {
        print_json(&json!({
            "records": agg.records,
            "cells": agg.cells.len(),
            "suppressed_cells": agg.suppressed_cells,
            "suppressed_records": agg.suppressed_records,
            "disclosure": agg.disclosure.map(|d| json!({
                "candidates": d.candidates,
                "published": d.published,
                "frozen": d.frozen,
                "too_small": d.too_small,
                "complementary": d.complementary,
            })),
        }));
        return Ok(());
    }
    out!(
        "{}",
        ctx.f(
            "aggregate-done",
            Args::new()
                .count("records", agg.records)
                .count("cells", agg.cells.len())
                .count("suppressed", agg.suppressed_cells)
                .count("min", agg.min_firms)
        )
    );
    if let Some(d) = agg.disclosure {
        out!("{}", disclosure_line(ctx, &d));
    }
    for cell in &agg.cells {
        let key: Vec<String> = cell
            .key
            .iter()
            .map(|v| v.clone().unwrap_or_else(|| "—".to_string()))
            .collect();
        let median = match cell.overall {
            Some(Figures::Full(d)) => ctx.num(d.quantiles[2]),
            Some(Figures::MedianBand { from, to, .. }) => ctx.f(
                "agg-median-band",
                Args::new()
                    .count("from", from as usize)
                    .count("to", to as usize),
            ),
            None => "—".to_string(),
        };
        out!(
            "{}",
            ctx.f(
                "aggregate-cell",
                Args::new()
                    .text("cell", key.join(" · "))
                    .count("firms", cell.firms)
                    .text("median", median)
            )
        );
    }
    Ok(())
}

/// What disclosure control did to a publication, in one line.
fn disclosure_line(ctx: &Context<'_>, d: &Summary) -> String {
    ctx.f("pack-disclosure", disclosure_args(d))
}

/// `digiready benchmarks build --out PACK --country VN --publisher NAME`
pub fn build(
    ctx: &Context<'_>,
    out: &Path,
    header: PackHeader,
    min_firms: usize,
) -> Result<(), CliError> {
    let instruments = ctx.instruments()?;
    let mut store = ctx.store()?;
    let progress = Progress::start(
        ctx.f(
            "progress-build",
            Args::new().count("records", store.pool_record_count()?),
        ),
        None,
        false,
    );
    let records = store.pool_records()?;
    let files = store.pool_imports()?.len();
    let history = store.published_cells()?;
    let publication = build_pack(
        &records,
        instruments.current(),
        files,
        &header,
        min_firms,
        &history,
    );
    progress.finish();
    let publication = publication?;
    let pack = &publication.pack;
    // What the pack publishes is remembered before it leaves: a later pack is checked against
    // it even if writing this one fails.
    store.remember_publication(
        &format!("{} {}", pack.id, pack.version),
        &publication.new_cells,
        now(),
    )?;
    write_bytes_atomically(out, pack.to_json().as_bytes())?;
    let used = records
        .iter()
        .filter(|r| r.country == header.country)
        .count();
    out!(
        "{}",
        ctx.f(
            "pack-built",
            Args::new()
                .text("id", pack.id.clone())
                .text("version", pack.version.clone())
                .count("rows", pack.rows.len())
                .count("records", used)
                .text("path", out.display().to_string())
        )
    );
    out!("{}", disclosure_line(ctx, &publication.disclosure));
    Ok(())
}

/// Writes the CSV tables into `dir`, each whole or not at all; if one cannot be written, the
/// files and the folder this call created are removed again, so no half set is left.
fn write_tables(dir: &Path, tables: &[(&str, String)]) -> Result<(), CliError> {
    let made_dir = !dir.exists();
    std::fs::create_dir_all(dir).map_err(|e| CliError::CreateDir {
        path: dir.to_path_buf(),
        reason: e.into(),
    })?;
    let mut written = Vec::new();
    for (name, text) in tables {
        let path = dir.join(name);
        let existed = path.exists();
        if let Err(e) = write_bytes_atomically(&path, text.as_bytes()) {
            for p in written {
                let _ = std::fs::remove_file(p);
            }
            if made_dir {
                let _ = std::fs::remove_dir(dir);
            }
            return Err(e);
        }
        if !existed {
            written.push(path);
        }
    }
    Ok(())
}
