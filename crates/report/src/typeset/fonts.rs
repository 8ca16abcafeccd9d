//! The fonts embedded in the binary (`assets/fonts/`, SIL Open Font License 1.1).

use rustybuzz::Face;

static NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
static NOTO_SANS_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");
static NOTO_SANS_LAO_REGULAR: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansLao-Regular.ttf");
static NOTO_SANS_LAO_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansLao-Bold.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

/// One of the embedded fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontId {
    Sans,
    SansBold,
    Lao,
    LaoBold,
}

impl FontId {
    pub const ALL: [FontId; 4] = [FontId::Sans, FontId::SansBold, FontId::Lao, FontId::LaoBold];

    /// The font for Lao or other text, in a weight.
    pub fn for_text(lao: bool, weight: Weight) -> FontId {
        match (lao, weight) {
            (false, Weight::Regular) => FontId::Sans,
            (false, Weight::Bold) => FontId::SansBold,
            (true, Weight::Regular) => FontId::Lao,
            (true, Weight::Bold) => FontId::LaoBold,
        }
    }

    /// The font file's bytes, for embedding in a PDF.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontId::Sans => NOTO_SANS_REGULAR,
            FontId::SansBold => NOTO_SANS_BOLD,
            FontId::Lao => NOTO_SANS_LAO_REGULAR,
            FontId::LaoBold => NOTO_SANS_LAO_BOLD,
        }
    }

    /// The PostScript-style name used in documents.
    pub fn name(self) -> &'static str {
        match self {
            FontId::Sans => "NotoSans-Regular",
            FontId::SansBold => "NotoSans-Bold",
            FontId::Lao => "NotoSansLao-Regular",
            FontId::LaoBold => "NotoSansLao-Bold",
        }
    }
}

/// Shape plans already compiled, by font, direction and script.
type PlanCache = Vec<(
    (FontId, rustybuzz::Direction, rustybuzz::Script),
    std::sync::Arc<rustybuzz::ShapePlan>,
)>;

/// The parsed embedded fonts, ready for shaping, with their compiled shape plans.
pub struct Fonts {
    faces: Vec<(FontId, Face<'static>)>,
    plans: std::sync::Mutex<PlanCache>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.faces.len())
            .finish()
    }
}

impl Fonts {
    /// Parses the embedded fonts. They are checked by the tests, so a failure is a build defect.
    pub fn embedded() -> Fonts {
        let faces = FontId::ALL
            .iter()
            .map(|&id| {
                let face = Face::from_slice(id.bytes(), 0)
                    .unwrap_or_else(|| panic!("embedded font {} does not parse", id.name()));
                (id, face)
            })
            .collect();
        Fonts {
            faces,
            plans: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The shape plan for a font, direction and script, compiled once (compiling a plan costs
    /// more than shaping a short run).
    pub fn plan(
        &self,
        id: FontId,
        direction: rustybuzz::Direction,
        script: rustybuzz::Script,
    ) -> std::sync::Arc<rustybuzz::ShapePlan> {
        let mut plans = self
            .plans
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, plan)) = plans.iter().find(|(k, _)| *k == (id, direction, script)) {
            return plan.clone();
        }
        let plan = std::sync::Arc::new(rustybuzz::ShapePlan::new(
            self.face(id),
            direction,
            Some(script),
            None,
            &[],
        ));
        plans.push(((id, direction, script), plan.clone()));
        plan
    }

    pub fn face(&self, id: FontId) -> &Face<'static> {
        &self
            .faces
            .iter()
            .find(|(f, _)| *f == id)
            .expect("every FontId has an embedded face")
            .1
    }

    /// Font units per em of a font.
    pub fn units_per_em(&self, id: FontId) -> f64 {
        f64::from(self.face(id).units_per_em())
    }
}
