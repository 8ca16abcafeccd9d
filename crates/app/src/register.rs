//! The officer's register of enterprises: list and search, one firm with its assessments, add
//! and edit. Each is one function over the store with the view a front end shows; the store
//! checks every field.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use digiready_model::clock::{Timestamp, INDOCHINA_TIME_OFFSET_MINUTES};
use digiready_model::instrument::Instruments;
use digiready_store::{Assessment, Contact, Enterprise, NewEnterprise, Store, StoreError};

use crate::assessment::AssessmentStatus;
use crate::workflow::score_assessment;

/// An enterprise's fields as a form shows and sends them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EnterpriseFields {
    pub name: String,
    pub sector: String,
    pub size_band: String,
    pub country: String,
    pub province: String,
    pub district: Option<String>,
    /// Personal data: kept on this machine, never exported.
    pub contact_person: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
}

impl From<&Enterprise> for EnterpriseFields {
    fn from(e: &Enterprise) -> EnterpriseFields {
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
}

impl From<EnterpriseFields> for NewEnterprise {
    fn from(f: EnterpriseFields) -> NewEnterprise {
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
}

/// An assessment as the register shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AssessmentBrief {
    #[ts(type = "number")]
    pub id: i64,
    pub status: AssessmentStatus,
    /// `YYYY-MM-DD` (Indochina time) of the last change.
    pub date: String,
    pub overall: Option<f64>,
    pub level: Option<u8>,
    pub answered: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct EnterpriseRow {
    #[ts(type = "number")]
    pub id: i64,
    pub fields: EnterpriseFields,
    pub last_assessment: Option<AssessmentBrief>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct EnterpriseDetail {
    #[ts(type = "number")]
    pub id: i64,
    pub fields: EnterpriseFields,
    /// Newest first.
    pub assessments: Vec<AssessmentBrief>,
}

/// `YYYY-MM-DD` in Indochina time.
pub fn iso_date(t: Timestamp) -> String {
    t.date(INDOCHINA_TIME_OFFSET_MINUTES).to_string()
}

/// An assessment scored with its own questionnaire version, as the register lists it.
pub fn brief(instruments: &Instruments, a: &Assessment) -> Result<AssessmentBrief, StoreError> {
    let scores = score_assessment(instruments, a)?;
    Ok(AssessmentBrief {
        id: a.summary.id,
        status: a.summary.status.into(),
        date: iso_date(a.summary.updated_at),
        overall: scores.overall.as_ref().map(|r| r.score),
        level: scores.overall.as_ref().map(|r| r.level),
        answered: crate::count(a.answers.len()),
    })
}

/// The register, filtered by `search` when it is not blank, with each firm's latest
/// assessment.
pub fn list(
    instruments: &Instruments,
    store: &Store,
    search: &str,
) -> Result<Vec<EnterpriseRow>, StoreError> {
    let search = search.trim();
    store
        .enterprises((!search.is_empty()).then_some(search))?
        .into_iter()
        .map(|s| {
            let last_assessment = s
                .last_assessment
                .map(|id| brief(instruments, &store.assessment(id)?))
                .transpose()?;
            Ok(EnterpriseRow {
                id: s.enterprise.id,
                fields: EnterpriseFields::from(&s.enterprise),
                last_assessment,
            })
        })
        .collect()
}

/// One enterprise with its assessments.
pub fn detail(
    instruments: &Instruments,
    store: &Store,
    id: i64,
) -> Result<EnterpriseDetail, StoreError> {
    let e = store.enterprise(id)?;
    let assessments = store
        .assessments_of(id)?
        .into_iter()
        .map(|s| brief(instruments, &store.assessment(s.id)?))
        .collect::<Result<_, _>>()?;
    Ok(EnterpriseDetail {
        id,
        fields: EnterpriseFields::from(&e),
        assessments,
    })
}

/// Adds an enterprise (`id` = `None`) or changes one, checked against the current
/// questionnaire's sectors and size bands and the places.
pub fn save(
    instruments: &Instruments,
    store: &mut Store,
    id: Option<i64>,
    fields: EnterpriseFields,
    now: Timestamp,
) -> Result<EnterpriseDetail, StoreError> {
    let instrument = instruments.current();
    let new = NewEnterprise::from(fields);
    let saved = match id {
        None => store.add_enterprise(instrument, &new, now)?,
        Some(id) => store.update_enterprise(instrument, id, &new, now)?,
    };
    detail(instruments, store, saved.id)
}
