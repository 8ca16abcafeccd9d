//! The enterprise register.

use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use unicode_normalization::UnicodeNormalization;

use super::{FieldProblem, Store, StoreError};
use digiready_model::clock::Timestamp;
use digiready_model::instrument::Instrument;

pub(super) const CREATE_V1: &str = "
CREATE TABLE enterprise (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sector         TEXT NOT NULL,
    size_band      TEXT NOT NULL,
    country        TEXT NOT NULL,
    province       TEXT NOT NULL,
    district       TEXT,
    -- Personal data: shown on this machine only, never exported.
    contact_person TEXT,
    contact_phone  TEXT,
    contact_email  TEXT,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX enterprise_name ON enterprise (name);
";

const MAX_TEXT: usize = 200;

/// Contact details of a person: personal data, kept on this machine only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    pub person: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// What is needed to register an enterprise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEnterprise {
    pub name: String,
    pub sector: String,
    pub size_band: String,
    /// `VN` or `LA`.
    pub country: String,
    pub province: String,
    pub district: Option<String>,
    pub contact: Contact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enterprise {
    pub id: i64,
    pub name: String,
    pub sector: String,
    pub size_band: String,
    pub country: String,
    pub province: String,
    pub district: Option<String>,
    pub contact: Contact,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A register line: the enterprise and its latest assessment, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnterpriseSummary {
    pub enterprise: Enterprise,
    pub last_assessment: Option<i64>,
}

fn clean(field: &'static str, value: &str, required: bool) -> Result<Option<String>, StoreError> {
    let v = value.trim();
    if v.is_empty() {
        return if required {
            Err(StoreError::InvalidField {
                field,
                problem: FieldProblem::Empty,
            })
        } else {
            Ok(None)
        };
    }
    if v.chars().count() > MAX_TEXT {
        return Err(StoreError::InvalidField {
            field,
            problem: FieldProblem::TooLong,
        });
    }
    if v.chars().any(char::is_control) {
        return Err(StoreError::InvalidField {
            field,
            problem: FieldProblem::Malformed,
        });
    }
    // Some keyboards type Vietnamese decomposed (NFD); store one form so that search and
    // exports treat "Hòa" typed either way as the same word.
    Ok(Some(v.nfc().collect()))
}

fn clean_opt(field: &'static str, value: Option<&String>) -> Result<Option<String>, StoreError> {
    value.map_or(Ok(None), |v| clean(field, v, false))
}

impl NewEnterprise {
    /// The enterprise trimmed and checked against the questionnaire's sectors and size bands.
    fn validated(&self, instrument: &Instrument) -> Result<NewEnterprise, StoreError> {
        let required = |field, v: &str| clean(field, v, true).map(|v| v.unwrap_or_default());
        let unknown = |field| StoreError::InvalidField {
            field,
            problem: FieldProblem::Unknown,
        };
        let name = required("name", &self.name)?;
        let country = instrument
            .country(self.country.trim())
            .ok_or_else(|| unknown("country"))?;
        instrument
            .sector(self.sector.trim())
            .ok_or_else(|| unknown("sector"))?;
        if !country
            .size_bands
            .iter()
            .any(|b| b.id == self.size_band.trim())
        {
            return Err(unknown("size_band"));
        }
        let email = clean_opt("email", self.contact.email.as_ref())?;
        if email
            .as_deref()
            .is_some_and(|e| !e.contains('@') || e.contains(' '))
        {
            return Err(StoreError::InvalidField {
                field: "email",
                problem: FieldProblem::Malformed,
            });
        }
        let province = required("province", &self.province)?;
        // A name that is no province would be kept and exported at country level: refused,
        // with the closest names offered.
        let places = digiready_i18n::place::Places::embedded();
        if places.resolve(&country.code, &province).is_none() {
            return Err(StoreError::UnknownProvince {
                suggestions: places
                    .suggest(&country.code, &province, 3)
                    .iter()
                    .map(|p| p.id.clone())
                    .collect(),
                typed: province,
                country: country.code.clone(),
            });
        }
        Ok(NewEnterprise {
            name,
            sector: self.sector.trim().to_string(),
            size_band: self.size_band.trim().to_string(),
            country: country.code.clone(),
            province,
            district: clean_opt("district", self.district.as_ref())?,
            contact: Contact {
                person: clean_opt("person", self.contact.person.as_ref())?,
                phone: clean_opt("phone", self.contact.phone.as_ref())?,
                email,
            },
        })
    }
}

const COLUMNS: &str = "id, name, sector, size_band, country, province, district, \
    contact_person, contact_phone, contact_email, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Enterprise> {
    Ok(Enterprise {
        id: r.get(0)?,
        name: r.get(1)?,
        sector: r.get(2)?,
        size_band: r.get(3)?,
        country: r.get(4)?,
        province: r.get(5)?,
        district: r.get(6)?,
        contact: Contact {
            person: r.get(7)?,
            phone: r.get(8)?,
            email: r.get(9)?,
        },
        created_at: Timestamp(r.get(10)?),
        updated_at: Timestamp(r.get(11)?),
    })
}

impl Store {
    /// Registers an enterprise.
    pub fn add_enterprise(
        &mut self,
        instrument: &Instrument,
        new: &NewEnterprise,
        now: Timestamp,
    ) -> Result<Enterprise, StoreError> {
        let e = new.validated(instrument)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO enterprise (name, sector, size_band, country, province, district,
                contact_person, contact_phone, contact_email, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                e.name,
                e.sector,
                e.size_band,
                e.country,
                e.province,
                e.district,
                e.contact.person,
                e.contact.phone,
                e.contact.email,
                now.0
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.enterprise(id)
    }

    /// Changes an enterprise's details. Assessments keep the sector and size they were made with.
    pub fn update_enterprise(
        &mut self,
        instrument: &Instrument,
        id: i64,
        changed: &NewEnterprise,
        now: Timestamp,
    ) -> Result<Enterprise, StoreError> {
        let e = changed.validated(instrument)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE enterprise SET name = ?2, sector = ?3, size_band = ?4, country = ?5,
                province = ?6, district = ?7, contact_person = ?8, contact_phone = ?9,
                contact_email = ?10, updated_at = ?11
             WHERE id = ?1",
            params![
                id,
                e.name,
                e.sector,
                e.size_band,
                e.country,
                e.province,
                e.district,
                e.contact.person,
                e.contact.phone,
                e.contact.email,
                now.0
            ],
        )?;
        if n == 0 {
            return Err(StoreError::EnterpriseNotFound(id));
        }
        tx.commit()?;
        self.enterprise(id)
    }

    pub fn enterprise(&self, id: i64) -> Result<Enterprise, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM enterprise WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(StoreError::EnterpriseNotFound(id))
    }

    /// The register, by name; `search` (if any) matches a part of the name, province or
    /// district, ignoring case, spaces and punctuation in any script, and Vietnamese marks when
    /// it is typed without them (`place::text_matches`: "duc" finds "Đức", "Hòa" not "hóa").
    pub fn enterprises(&self, search: Option<&str>) -> Result<Vec<EnterpriseSummary>, StoreError> {
        // SQLite's LIKE folds ASCII only: the register (hundreds of firms) is filtered here.
        let wanted = search.filter(|w| !digiready_i18n::place::fold(w).is_empty());
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS},
                (SELECT a.id FROM assessment a WHERE a.enterprise_id = enterprise.id
                 ORDER BY a.created_at DESC, a.id DESC LIMIT 1)
             FROM enterprise
             ORDER BY name COLLATE NOCASE, id"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok(EnterpriseSummary {
                enterprise: from_row(r)?,
                last_assessment: r.get(12)?,
            })
        })?;
        let mut out = Vec::new();
        for row in rows {
            let row = row?;
            let e = &row.enterprise;
            let matches = wanted.is_none_or(|w| {
                [Some(&e.name), Some(&e.province), e.district.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|text| digiready_i18n::place::text_matches(text, w))
            });
            if matches {
                out.push(row);
            }
        }
        Ok(out)
    }
}
