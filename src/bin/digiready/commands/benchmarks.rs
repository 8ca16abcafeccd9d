//! `benchmarks`: installed packs, installing, sealing and building one.

use digiready::benchmark::BenchmarkPack;
use digiready::clock::INDOCHINA_TIME_OFFSET_MINUTES;
use digiready::i18n::Args;
use digiready::store::StoreError;
use serde_json::json;

use crate::error::CliError;
use crate::BenchmarksCmd;

use crate::context::*;

pub(crate) fn benchmarks(ctx: &Context<'_>, cmd: BenchmarksCmd) -> Result<(), CliError> {
    match cmd {
        BenchmarksCmd::Build {
            out,
            country,
            publisher,
            id,
            name,
            version,
            min_firms,
        } => {
            let today = now().date(INDOCHINA_TIME_OFFSET_MINUTES);
            let header = digiready::export::publish::PackHeader {
                id: id.unwrap_or_else(|| format!("{}-agency", country.to_lowercase())),
                name: name.unwrap_or_else(|| publisher.clone()),
                version: version
                    .unwrap_or_else(|| format!("{}.{}.{}", today.year, today.month, today.day)),
                country,
                publisher,
                published: today.to_string(),
            };
            super::agency::build(ctx, &out, header, min_firms)?;
        }
        BenchmarksCmd::Seal { file } => {
            let pack = BenchmarkPack::seal(&read_text(
                &file,
                digiready::benchmark::pack::MAX_FILE_BYTES,
            )?)
            .map_err(StoreError::Pack)?;
            write_atomically(&file, &pack.to_json())?;
            out!(
                "{}",
                ctx.f(
                    "cli-pack-sealed",
                    Args::new()
                        .text("id", pack.id.clone())
                        .text("version", pack.version.clone())
                        .count("rows", pack.rows.len())
                )
            );
        }
        BenchmarksCmd::Import { file } => {
            let pack = BenchmarkPack::from_json(&read_text(
                &file,
                digiready::benchmark::pack::MAX_FILE_BYTES,
            )?)
            .map_err(StoreError::Pack)?;
            pack.check_ids(ctx.instruments()?.current())
                .map_err(StoreError::Pack)?;
            let mut store = ctx.store()?;
            let outcome = store.install_benchmark_pack(&pack, now())?;
            let id = match outcome {
                digiready::store::InstallOutcome::Installed => "cli-pack-installed",
                digiready::store::InstallOutcome::Replaced => "cli-pack-replaced",
                digiready::store::InstallOutcome::Unchanged => "cli-pack-unchanged",
            };
            out!(
                "{}",
                ctx.f(
                    id,
                    Args::new()
                        .text("id", pack.id.clone())
                        .text("version", pack.version.clone())
                        .count("rows", pack.rows.len())
                )
            );
        }
        BenchmarksCmd::Export { id, out } => {
            let store = ctx.store()?;
            let pack = store.benchmark_pack(&id)?;
            write_atomically(&out, &pack.to_json())?;
            out!(
                "{}",
                ctx.f(
                    "cli-pack-exported",
                    Args::new()
                        .text("id", id)
                        .text("path", out.display().to_string())
                )
            );
        }
        BenchmarksCmd::List { json } => {
            let store = ctx.store()?;
            let packs = store.installed_packs()?;
            if json {
                print_json(&json!(packs
                    .iter()
                    .map(|p| json!({
                        "id": p.pack_id,
                        "name": p.name,
                        "version": p.version,
                        "country": p.country,
                        "publisher": p.publisher,
                        "published": p.published,
                        "sha256": p.sha256,
                        "rows": p.rows,
                    }))
                    .collect::<Vec<_>>()));
            } else {
                for p in &packs {
                    out!(
                        "{}",
                        ctx.f(
                            "cli-pack-line",
                            Args::new()
                                .text("id", p.pack_id.clone())
                                .text("version", p.version.clone())
                                .text("name", p.name.clone())
                                .text("country", ctx.t(&format!("country-{}", p.country)))
                                .text("published", p.published.clone())
                                .count("rows", p.rows)
                        )
                    );
                }
            }
        }
    }
    Ok(())
}
