//! The enterprise register: list and search, view, add and edit.

use digiready_store::{Contact, Enterprise, NewEnterprise};
use tauri::State;

use crate::dto::{EnterpriseDetail, EnterpriseFields, EnterpriseRow};
use crate::error::CommandResult;
use crate::state::{now, AppState};

const MAX_SEARCH: usize = 200;

fn fields(e: &Enterprise) -> EnterpriseFields {
    EnterpriseFields {
        name: e.name.clone(),
        sector: e.sector.clone(),
        size_band: e.size_band.clone(),
        country: e.country.clone(),
        province: e.province.clone(),
        district: e.district.clone(),
        contact_person: e.contact.person.clone(),
        contact_phone: e.contact.phone.clone(),
        contact_email: e.contact.email.clone(),
    }
}

fn new_enterprise(f: EnterpriseFields) -> NewEnterprise {
    NewEnterprise {
        name: f.name,
        sector: f.sector,
        size_band: f.size_band,
        country: f.country,
        province: f.province,
        district: f.district,
        contact: Contact {
            person: f.contact_person,
            phone: f.contact_phone,
            email: f.contact_email,
        },
    }
}

/// The register, optionally filtered by a search text, with each firm's latest assessment.
#[tauri::command]
pub async fn enterprise_list(
    state: State<'_, AppState>,
    search: String,
) -> CommandResult<Vec<EnterpriseRow>> {
    if search.chars().count() > MAX_SEARCH {
        return Err(super::invalid(&state, "search"));
    }
    let store = state.store()?;
    let search = search.trim();
    let list = store
        .enterprises((!search.is_empty()).then_some(search))
        .map_err(|e| state.store_error(&e))?;
    list.into_iter()
        .map(|s| {
            let last_assessment = match s.last_assessment {
                Some(id) => {
                    let a = store.assessment(id).map_err(|e| state.store_error(&e))?;
                    Some(super::brief(&state, &a)?)
                }
                None => None,
            };
            Ok(EnterpriseRow {
                id: s.enterprise.id,
                fields: fields(&s.enterprise),
                last_assessment,
            })
        })
        .collect()
}

#[tauri::command]
pub async fn enterprise_get(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<EnterpriseDetail> {
    super::check_id(&state, id, "id")?;
    let store = state.store()?;
    detail(&state, &store, id)
}

fn detail(
    state: &AppState,
    store: &digiready_store::Store,
    id: i64,
) -> CommandResult<EnterpriseDetail> {
    let e = store.enterprise(id).map_err(|e| state.store_error(&e))?;
    let assessments = store
        .assessments_of(id)
        .map_err(|e| state.store_error(&e))?
        .into_iter()
        .map(|s| {
            let a = store.assessment(s.id).map_err(|e| state.store_error(&e))?;
            super::brief(state, &a)
        })
        .collect::<CommandResult<_>>()?;
    Ok(EnterpriseDetail {
        id,
        fields: fields(&e),
        assessments,
    })
}

/// Adds an enterprise (`id` = `None`) or changes one; the core validates every field.
#[tauri::command]
pub async fn enterprise_save(
    state: State<'_, AppState>,
    id: Option<i64>,
    fields: EnterpriseFields,
) -> CommandResult<EnterpriseDetail> {
    let instrument = state.content.instruments.current();
    let mut store = state.store()?;
    let new = new_enterprise(fields);
    let saved = match id {
        None => store.add_enterprise(instrument, &new, now()),
        Some(id) => {
            super::check_id(&state, id, "id")?;
            store.update_enterprise(instrument, id, &new, now())
        }
    }
    .map_err(|e| state.store_error(&e))?;
    detail(&state, &store, saved.id)
}
