//! The CSV rows of `assessments.csv` and `answers.csv`, parsed and checked into records.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::*;
use crate::csv::{read_rows_from, CsvError, StreamError, MAX_ROW};
use crate::write::{assessment_columns, ANSWER_COLUMNS, FIXED_COLUMNS};
use digiready_i18n::place::Places;
use digiready_model::release::anonymity::Step;
use digiready_model::release::manifest::{Manifest, ANSWERS, ASSESSMENTS};
use digiready_model::release::record::{
    is_id, is_record_id, AnswerCell, Record, ScoreLevel, YEARS,
};

/// One CSV row being checked: errors name the file, line and column.
pub(super) struct Fields<'a> {
    name: &'static str,
    line: usize,
    header: &'a [String],
    fields: &'a [String],
}

impl Fields<'_> {
    fn bad(&self, column: usize) -> ImportError {
        ImportError::BadValue {
            name: self.name.to_string(),
            line: self.line,
            column: self.header[column].clone(),
            value: self.fields[column].chars().take(40).collect(),
        }
    }

    fn get(&self, column: usize) -> Option<&str> {
        Some(self.fields[column].as_str()).filter(|s| !s.is_empty())
    }

    fn id(&self, column: usize) -> Result<String, ImportError> {
        self.opt_id(column)?.ok_or_else(|| self.bad(column))
    }

    fn opt_id(&self, column: usize) -> Result<Option<String>, ImportError> {
        match self.get(column) {
            None => Ok(None),
            Some(s) if is_id(s) => Ok(Some(s.to_string())),
            Some(_) => Err(self.bad(column)),
        }
    }

    /// A finite number in `range`, or nothing.
    fn number(
        &self,
        column: usize,
        range: std::ops::RangeInclusive<f64>,
    ) -> Result<Option<f64>, ImportError> {
        match self.get(column) {
            None => Ok(None),
            Some(s) => s
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && range.contains(x))
                .map(Some)
                .ok_or_else(|| self.bad(column)),
        }
    }

    fn int(
        &self,
        column: usize,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<i64>, ImportError> {
        match self.get(column) {
            None => Ok(None),
            Some(s) => s
                .parse::<i64>()
                .ok()
                .filter(|x| range.contains(x))
                .map(Some)
                .ok_or_else(|| self.bad(column)),
        }
    }

    /// A score (0–100, one decimal as the app writes it: a record's content is compared at
    /// that precision, so 99.96 would pass for 100) with its level (1–5): both or neither.
    fn score(&self, score: usize, level: usize) -> Result<Option<ScoreLevel>, ImportError> {
        let value = self.number(score, 0.0..=100.0)?;
        if value.is_some_and(|x| digiready_model::scoring::round1(x) != x) {
            return Err(self.bad(score));
        }
        match (value, self.int(level, 1..=5)?) {
            (Some(score), Some(level)) => Ok(Some(ScoreLevel {
                score,
                level: level as u8,
            })),
            (None, None) => Ok(None),
            (Some(_), None) => Err(self.bad(level)),
            (None, Some(_)) => Err(self.bad(score)),
        }
    }
}

pub(super) fn csv_error(name: &'static str) -> impl Fn(CsvError) -> ImportError {
    move |error| ImportError::Csv {
        name: name.to_string(),
        error,
    }
}

/// Wraps the CSV reader so that its errors and ours share one type.
#[derive(Debug)]
pub(super) enum RowError {
    Csv(CsvError),
    Import(ImportError),
}

impl From<CsvError> for RowError {
    fn from(e: CsvError) -> Self {
        RowError::Csv(e)
    }
}

impl From<ImportError> for RowError {
    fn from(e: ImportError) -> Self {
        RowError::Import(e)
    }
}

pub(super) fn rows(
    name: &'static str,
    reader: impl std::io::BufRead,
    expected_header: &[String],
    io_error: &dyn Fn(std::io::Error) -> ImportError,
    mut each: impl FnMut(&Fields<'_>) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut header: Option<Vec<String>> = None;
    let result = read_rows_from(reader, |line, fields: &[String]| -> Result<(), RowError> {
        let Some(header) = &header else {
            if fields != expected_header {
                return Err(ImportError::BadHeader {
                    name: name.to_string(),
                    line,
                }
                .into());
            }
            header = Some(fields.to_vec());
            return Ok(());
        };
        if fields.len() != header.len() {
            return Err(ImportError::FieldCount {
                name: name.to_string(),
                line,
                count: fields.len(),
                expected: header.len(),
            }
            .into());
        }
        each(&Fields {
            name,
            line,
            header,
            fields,
        })?;
        Ok(())
    });
    match result {
        Ok(()) if header.is_none() => Err(ImportError::BadHeader {
            name: name.to_string(),
            line: 1,
        }),
        Ok(()) => Ok(()),
        Err(StreamError::Io(e)) => Err(io_error(e)),
        Err(StreamError::NotUtf8 { .. }) => Err(ImportError::BadUtf8 {
            name: name.to_string(),
        }),
        Err(StreamError::RowTooLong { line }) => Err(csv_error(name)(CsvError::FieldTooLong {
            line,
            limit: MAX_ROW,
        })),
        Err(StreamError::Row(RowError::Csv(e))) => Err(csv_error(name)(e)),
        Err(StreamError::Row(RowError::Import(e))) => Err(e),
    }
}

pub(super) fn parse_assessments(
    reader: impl std::io::BufRead,
    io_error: &dyn Fn(std::io::Error) -> ImportError,
    manifest: &Manifest,
) -> Result<Vec<Record>, ImportError> {
    let places = Places::embedded();
    let areas = &manifest.areas;
    let practices = &manifest.practices;
    let header = assessment_columns(areas, practices);
    let n = FIXED_COLUMNS.len();
    let mut records = Vec::new();
    let mut seen = HashSet::new();
    rows(ASSESSMENTS, reader, &header, io_error, |f| {
        // No more records than the manifest says (which is at most MAX_RECORDS): the work
        // and the memory are bounded before the rest is read.
        if records.len() == manifest.records {
            return Err(ImportError::RecordCount {
                manifest: manifest.records,
                found: records.len() + 1,
            });
        }
        let record_id = f.fields[0].clone();
        if !is_record_id(&record_id) {
            return Err(f.bad(0));
        }
        if !seen.insert(record_id.clone()) {
            return Err(ImportError::DuplicateRecord {
                name: ASSESSMENTS.to_string(),
                line: f.line,
                record_id,
            });
        }
        let instrument_version = f.id(1)?;
        if !manifest.instrument_versions.contains(&instrument_version) {
            return Err(f.bad(1));
        }
        let country = f.fields[2].clone();
        if places.provinces(&country).next().is_none() {
            return Err(f.bad(2));
        }
        let province = match f.get(3) {
            None => None,
            Some(p) => Some(
                places
                    .province(p)
                    .filter(|p| p.country == country)
                    .ok_or_else(|| f.bad(3))?
                    .id
                    .clone(),
            ),
        };
        let region = match f.get(4) {
            None => None,
            Some(r)
                if places
                    .regions()
                    .iter()
                    .any(|x| x.id == r && x.country == country) =>
            {
                Some(r.to_string())
            }
            Some(_) => return Err(f.bad(4)),
        };
        let year = f
            .int(7, i64::from(*YEARS.start())..=i64::from(*YEARS.end()))?
            .ok_or_else(|| f.bad(7))? as i32;
        let quarter = f.int(8, 1..=4)?.map(|q| q as u8);
        let generalisation = Step::parse(&f.fields[9]).ok_or_else(|| f.bad(9))?;
        // Each step releases exactly its fields.
        let shape = (province.is_some(), region.is_some(), quarter.is_some());
        let expected = match generalisation {
            Step::AsRecorded => (true, false, true),
            Step::Region => (false, true, true),
            Step::Country => (false, false, true),
            Step::CountryYear => (false, false, false),
        };
        if shape != expected {
            return Err(f.bad(9));
        }
        let mut record_areas = BTreeMap::new();
        for (i, area) in areas.iter().enumerate() {
            if let Some(s) = f.score(n + i, n + areas.len() + i)? {
                record_areas.insert(area.clone(), s);
            }
        }
        let mut record_practices = BTreeMap::new();
        for (i, practice) in practices.iter().enumerate() {
            let column = n + 2 * areas.len() + i;
            match f.get(column) {
                None => {}
                Some("1") => {
                    record_practices.insert(practice.clone(), true);
                }
                Some("0") => {
                    record_practices.insert(practice.clone(), false);
                }
                Some(_) => return Err(f.bad(column)),
            }
        }
        records.push(Record {
            record_id,
            instrument_version,
            country,
            province,
            region,
            sector: f.id(5)?,
            size_band: f.id(6)?,
            year,
            quarter,
            generalisation,
            overall: f.score(10, 11)?,
            areas: record_areas,
            practices: record_practices,
            answers: Vec::new(),
        });
        Ok(())
    })?;
    Ok(records)
}

pub(super) fn parse_answers(
    reader: impl std::io::BufRead,
    io_error: &dyn Fn(std::io::Error) -> ImportError,
    records: &mut [Record],
) -> Result<(), ImportError> {
    let index: HashMap<String, usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.record_id.clone(), i))
        .collect();
    let header: Vec<String> = ANSWER_COLUMNS.iter().map(|c| c.to_string()).collect();
    let mut per_record = vec![0usize; records.len()];
    rows(ANSWERS, reader, &header, io_error, |f| {
        let record_id = &f.fields[0];
        let Some(&i) = index.get(record_id) else {
            return Err(if is_record_id(record_id) {
                ImportError::OrphanAnswer {
                    name: ANSWERS.to_string(),
                    line: f.line,
                    record_id: record_id.clone(),
                }
            } else {
                f.bad(0)
            });
        };
        let question = f.id(1)?;
        let option = f.opt_id(2)?;
        let number = f.number(3, -1e15..=1e15)?;
        if option.is_some() == number.is_some() {
            return Err(f.bad(2));
        }
        // Bounded before it is kept: a file cannot make the reader hold more than the
        // questionnaire's answers per record.
        per_record[i] += 1;
        if per_record[i] > MAX_ANSWER_ROWS {
            return Err(ImportError::TooManyAnswers {
                record_id: record_id.clone(),
                max: MAX_ANSWER_ROWS,
            });
        }
        records[i].answers.push(AnswerCell {
            question,
            option,
            number,
        });
        Ok(())
    })?;
    for r in records.iter_mut() {
        r.answers
            .sort_by(|a, b| (&a.question, &a.option).cmp(&(&b.question, &b.option)));
        if let Some(w) = r
            .answers
            .windows(2)
            .find(|w| w[0].question == w[1].question && w[0].option == w[1].option)
        {
            return Err(ImportError::DuplicateAnswer {
                record_id: r.record_id.clone(),
                question: w[0].question.clone(),
            });
        }
    }
    Ok(())
}
