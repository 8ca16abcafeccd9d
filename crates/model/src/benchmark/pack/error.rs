//! Why a pack cannot be used, in the reader's language.

/// Why a pack file cannot be used. Nothing is installed when any of these occurs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PackError {
    #[error("not a benchmark pack: {reason}")]
    Malformed { reason: String },
    #[error("the pack uses format {found}; this program reads format {supported}")]
    NewerFormat { found: u32, supported: u32 },
    #[error("the pack says it uses format {0}, which never existed")]
    UnknownFormat(u32),
    #[error("the pack has no rows")]
    NoRows,
    #[error("row {row} describes the same group and figure as row {first}")]
    DuplicateRow { row: usize, first: usize },
    /// `row` is `None` for the pack's header.
    #[error("the {field}{} is longer than {max} characters", in_row(*.row))]
    TooLong {
        row: Option<usize>,
        field: &'static str,
        max: usize,
    },
    #[error("the {field}{} holds control characters", in_row(*.row))]
    ControlCharacters {
        row: Option<usize>,
        field: &'static str,
    },
    #[error("row {row}: the mean {value} is outside {min}–{max}, the range of its question")]
    MeanOutOfRange {
        row: usize,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("the pack has no checksum")]
    MissingChecksum,
    #[error("the pack's checksum does not match its content: it was changed or damaged")]
    BadChecksum,
    #[error("the pack version {0:?} is not numbers separated by dots")]
    BadVersion(String),
    #[error("row {row}: {problem}")]
    BadRow { row: usize, problem: RowProblem },
    #[error("the pack's {field} is not valid")]
    BadHeader { field: &'static str },
    #[error("the pack is for {found}, but the installed pack with this id is for {installed}")]
    OtherCountry { found: String, installed: String },
    #[error("the pack refers to things this program does not know: {0}")]
    UnknownIds(String),
    #[error("pack {id} version {found} is older than the installed version {installed}")]
    Older {
        id: String,
        found: String,
        installed: String,
    },
}

/// What is wrong with one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    #[error("it has no provenance (source, year and method are required)")]
    NoProvenance,
    #[error("an area row needs five increasing quantiles between 0 and 100")]
    BadQuantiles,
    #[error("a practice row needs a share between 0 and 1")]
    BadShare,
    #[error("an indicator row needs a mean")]
    BadMean,
}

impl PackError {
    /// The error in the reader's language.
    pub fn localize(
        &self,
        catalog: &digiready_i18n::Catalog,
        locale: digiready_i18n::locale::Locale,
    ) -> String {
        use digiready_i18n::Args;
        let a = Args::new();
        let (id, args) = match self {
            PackError::Malformed { reason } => ("pack-error-malformed", a.input("reason", reason)),
            PackError::NewerFormat { found, .. } => (
                "pack-error-newer-format",
                a.text("found", found.to_string()),
            ),
            PackError::UnknownFormat(found) => (
                "pack-error-unknown-format",
                a.text("found", found.to_string()),
            ),
            PackError::NoRows => ("pack-error-no-rows", a),
            PackError::DuplicateRow { row, first } => (
                "pack-error-duplicate-row",
                a.text("row", row.to_string())
                    .text("first", first.to_string()),
            ),
            PackError::TooLong { row, field, max } => (
                if row.is_some() {
                    "pack-error-row-too-long"
                } else {
                    "pack-error-too-long"
                },
                a.text("row", row.unwrap_or_default().to_string())
                    .text("field", field_name(catalog, locale, field))
                    .text("max", max.to_string()),
            ),
            PackError::ControlCharacters { row, field } => (
                if row.is_some() {
                    "pack-error-row-control-characters"
                } else {
                    "pack-error-control-characters"
                },
                a.text("row", row.unwrap_or_default().to_string())
                    .text("field", field_name(catalog, locale, field)),
            ),
            PackError::MeanOutOfRange {
                row,
                value,
                min,
                max,
            } => {
                let number = |x: f64| digiready_i18n::format::decimal(locale, x, 2);
                (
                    "pack-error-mean-out-of-range",
                    a.text("row", row.to_string())
                        .text("value", number(*value))
                        .text("min", number(*min))
                        .text("max", number(*max)),
                )
            }
            PackError::MissingChecksum => ("pack-error-missing-checksum", a),
            PackError::BadChecksum => ("pack-error-bad-checksum", a),
            PackError::BadVersion(v) => ("pack-error-bad-version", a.input("version", v)),
            PackError::BadRow { row, problem } => (
                match problem {
                    RowProblem::NoProvenance => "pack-error-no-provenance",
                    RowProblem::BadQuantiles => "pack-error-bad-quantiles",
                    RowProblem::BadShare => "pack-error-bad-share",
                    RowProblem::BadMean => "pack-error-bad-mean",
                },
                a.text("row", row.to_string()),
            ),
            PackError::BadHeader { field } => (
                "pack-error-bad-header",
                a.text("field", field_name(catalog, locale, field)),
            ),
            PackError::OtherCountry { found, installed } => (
                "pack-error-other-country",
                a.text("found", found.clone())
                    .text("installed", installed.clone()),
            ),
            PackError::UnknownIds(ids) => ("pack-error-unknown-ids", a.input("ids", ids)),
            PackError::Older {
                id,
                found,
                installed,
            } => (
                "pack-error-older",
                a.text("id", id.clone())
                    .text("found", found.clone())
                    .text("installed", installed.clone()),
            ),
        };
        catalog.format(locale, id, &args)
    }
}

/// " of row N" for a row's field, nothing for the header's.
pub(super) fn in_row(row: Option<usize>) -> String {
    row.map(|r| format!(" of row {r}")).unwrap_or_default()
}

/// A field of the pack in the reader's language (`pack-field-<field>`).
pub(super) fn field_name(
    catalog: &digiready_i18n::Catalog,
    locale: digiready_i18n::locale::Locale,
    field: &str,
) -> String {
    catalog.text(locale, &format!("pack-field-{}", field.replace(' ', "-")))
}
