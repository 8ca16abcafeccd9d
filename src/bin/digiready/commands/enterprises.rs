//! `enterprise`: the officer's register.

use digiready::i18n::Args;
use digiready::store::{AssessmentSummary, Contact, Enterprise, NewEnterprise, Status};
use serde_json::{json, Value};

use crate::error::CliError;
use crate::{EnterpriseCmd, EnterpriseFields};

use crate::context::*;

pub(crate) fn new_enterprise(f: EnterpriseFields) -> NewEnterprise {
    NewEnterprise {
        name: f.name,
        sector: f.sector,
        size_band: f.size,
        country: f.country.to_ascii_uppercase(),
        province: f.province,
        district: f.district,
        contact: Contact {
            person: f.contact_person,
            phone: f.phone,
            email: f.email,
        },
    }
}

pub(crate) fn enterprise_json(e: &Enterprise) -> Value {
    json!({
        "id": e.id,
        "name": e.name,
        "sector": e.sector,
        "size": e.size_band,
        "country": e.country,
        "province": e.province,
        "district": e.district,
        "contact": {
            "person": e.contact.person,
            "phone": e.contact.phone,
            "email": e.contact.email,
        },
        "created_at": e.created_at.0,
        "updated_at": e.updated_at.0,
    })
}

pub(crate) fn assessment_summary_json(a: &AssessmentSummary) -> Value {
    json!({
        "id": a.id,
        "record_id": a.record_id.as_str(),
        "enterprise": a.enterprise_id,
        "instrument": a.instrument_version,
        "locale": a.locale.tag(),
        "assessor": a.assessor,
        "country": a.country,
        "province": a.province,
        "sector": a.sector,
        "size": a.size_band,
        "status": a.status.as_str(),
        "created_at": a.created_at.0,
        "updated_at": a.updated_at.0,
        "finalized_at": a.finalized_at.map(|t| t.0),
    })
}

pub(crate) fn status_text(ctx: &Context<'_>, s: Status) -> String {
    ctx.t(match s {
        Status::Draft => "cli-status-draft",
        Status::Finalized => "cli-status-finalized",
    })
}

pub(crate) fn enterprise(ctx: &Context<'_>, cmd: EnterpriseCmd) -> Result<(), CliError> {
    match cmd {
        EnterpriseCmd::Add { fields, json } => {
            let instruments = ctx.instruments()?;
            let mut store = ctx.store()?;
            let e = store.add_enterprise(instruments.current(), &new_enterprise(fields), now())?;
            if json {
                print_json(&enterprise_json(&e));
            } else {
                out!(
                    "{}",
                    ctx.f(
                        "cli-enterprise-added",
                        Args::new()
                            .text("id", e.id.to_string())
                            .text("name", e.name)
                    )
                );
            }
        }
        EnterpriseCmd::List { search, json } => {
            let store = ctx.store()?;
            let list = store.enterprises(search.as_deref())?;
            let last: Vec<Option<AssessmentSummary>> = list
                .iter()
                .map(|s| {
                    s.last_assessment
                        .map(|id| store.assessment(id).map(|a| a.summary))
                        .transpose()
                })
                .collect::<Result<_, _>>()?;
            if json {
                print_json(&json!(list
                    .iter()
                    .zip(&last)
                    .map(|(s, a)| {
                        let mut v = enterprise_json(&s.enterprise);
                        v["last_assessment"] =
                            a.as_ref().map_or(Value::Null, assessment_summary_json);
                        v
                    })
                    .collect::<Vec<_>>()));
            } else if list.is_empty() {
                out!("{}", ctx.t("cli-enterprise-none"));
            } else {
                for (s, a) in list.iter().zip(&last) {
                    let e = &s.enterprise;
                    let last = match a {
                        None => ctx.t("cli-enterprise-never"),
                        Some(a) => ctx.f(
                            "cli-enterprise-last",
                            Args::new()
                                .text("assessment", a.id.to_string())
                                .text("status", status_text(ctx, a.status))
                                .text("date", ctx.date(a.updated_at)),
                        ),
                    };
                    out!(
                        "{}",
                        ctx.f(
                            "cli-enterprise-line",
                            Args::new()
                                .text("id", e.id.to_string())
                                .text("name", e.name.clone())
                                .text("sector", ctx.t(&format!("sector-{}", e.sector)))
                                .text("size", ctx.t(&format!("size-{}", e.size_band)))
                                .text("province", e.province.clone())
                                .text("last", last)
                        )
                    );
                }
            }
        }
        EnterpriseCmd::Show { id, json } => {
            let store = ctx.store()?;
            let e = store.enterprise(id)?;
            let assessments = store.assessments_of(id)?;
            if json {
                let mut v = enterprise_json(&e);
                v["assessments"] = assessments.iter().map(assessment_summary_json).collect();
                print_json(&v);
            } else {
                out!("{}. {}", e.id, e.name);
                out!(
                    "  {}: {}",
                    ctx.t("cli-label-sector"),
                    ctx.t(&format!("sector-{}", e.sector))
                );
                out!(
                    "  {}: {} ({})",
                    ctx.t("cli-label-size"),
                    ctx.t(&format!("size-{}", e.size_band)),
                    ctx.t(&format!("country-{}", e.country))
                );
                let place = [Some(e.province.clone()), e.district.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                out!("  {}: {place}", ctx.t("cli-label-place"));
                let contact = [&e.contact.person, &e.contact.phone, &e.contact.email]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>();
                if !contact.is_empty() {
                    out!("  {}: {}", ctx.t("cli-label-contact"), contact.join(", "));
                }
                out!(
                    "  {}: {}",
                    ctx.t("cli-label-registered"),
                    ctx.date(e.created_at)
                );
                for a in &assessments {
                    out!(
                        "  - {}",
                        ctx.f(
                            "cli-enterprise-assessment",
                            Args::new()
                                .text("assessment", a.id.to_string())
                                .text("status", status_text(ctx, a.status))
                                .text("date", ctx.date(a.updated_at))
                        )
                    );
                }
            }
        }
    }
    Ok(())
}
