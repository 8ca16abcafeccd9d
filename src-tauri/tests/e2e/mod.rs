//! End-to-end tests of the real app in its real engine: the debug binary built by this same
//! `cargo test` run, in a WebKitGTK window on a private Xvfb display, driven through
//! tauri-driver and WebKitWebDriver. Screenshots of every screen go to
//! `target/screenshots/<scenario>/`.

mod driver;

use std::path::{Path, PathBuf};

use digiready::i18n::Catalog;
use digiready::locale::Locale;
use digiready::store::Store;
use serde_json::{json, Value};

use driver::{Display, Driver, Session};

/// The app binary Cargo built for these tests.
fn app_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_digiready-desktop"))
}

/// One scenario at a time (a WebKit window is heavy on 2 cores); nextest runs them one at a
/// time too (`.config/nextest.toml`).
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A private world for one scenario: display, driver, data folder and home folder.
struct World {
    name: &'static str,
    // Dropped in reverse order: the driver (and the app) before the display.
    driver: Driver,
    _display: Display,
    dir: tempfile::TempDir,
    catalog: Catalog,
    _turn: std::sync::MutexGuard<'static, ()>,
}

impl World {
    fn new(name: &'static str) -> World {
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&data).expect("data dir");
        std::fs::create_dir_all(&home).expect("home dir");
        let display = Display::start();
        let driver = Driver::start(
            &display,
            &[
                (digiready_desktop::DATA_DIR_ENV, data.as_path()),
                ("HOME", home.as_path()),
                ("XDG_CONFIG_HOME", home.join(".config").as_path()),
                ("XDG_DATA_HOME", home.join(".local/share").as_path()),
            ],
        );
        World {
            name,
            driver,
            _display: display,
            dir,
            catalog: Catalog::embedded(),
            _turn: turn,
        }
    }

    fn launch(&self) -> Session {
        self.driver.session(&app_binary())
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn t(&self, locale: Locale, id: &str) -> String {
        self.catalog.text(locale, id)
    }

    fn shot(&self, s: &Session, screen: &str) {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../target/screenshots")
            .join(self.name)
            .join(format!("{screen}.png"));
        s.screenshot(&path);
    }

    /// What marks this world's app process: its data folder in its environment.
    fn marker(&self) -> String {
        format!(
            "{}={}",
            digiready_desktop::DATA_DIR_ENV,
            self.data().display()
        )
    }

    /// SIGKILLs the app process of this world.
    fn kill_app(&self) -> usize {
        kill_app_process(&self.marker())
    }
}

/// SIGKILLs every process of the app binary whose environment holds `marker`; how many.
fn kill_app_process(marker: &str) -> usize {
    let exe = app_binary();
    let mut killed = 0;
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let path = entry.path();
        let is_app = std::fs::read_link(path.join("exe")).is_ok_and(|e| e == exe);
        let environ = std::fs::read(path.join("environ")).unwrap_or_default();
        let ours = environ.split(|b| *b == 0).any(|kv| kv == marker.as_bytes());
        if is_app && ours {
            let pid = entry.file_name().to_string_lossy().into_owned();
            let status = std::process::Command::new("kill")
                .args(["-KILL", &pid])
                .status()
                .expect("kill");
            assert!(status.success());
            killed += 1;
        }
    }
    killed
}

fn choose_language(s: &Session, lang: &str) {
    s.click(&format!("button[data-lang={lang}]"));
    s.wait_for("[data-nav=enterprise]");
}

fn add_enterprise(s: &Session, name: &str, sector: &str, country: &str, province: &str) {
    s.click("[data-nav=enterprise]");
    s.wait_for("#name").send_keys(name);
    s.select("#country", country);
    s.select("#sector", sector);
    s.wait_for("#province").send_keys(province);
    s.wait_for("#staff").send_keys("8\u{E004}");
    // The size is suggested from the national rules once staff are known (revenue unknown):
    // choose it ourselves, as an owner who does not know would.
    s.select("#size", "micro");
    s.click("#save-enterprise");
    s.wait_for("#start-assessment");
}

fn start_assessment(s: &Session, assessor: &str) {
    s.wait_for("#assessor").send_keys(assessor);
    s.click("#start-assessment");
    s.wait_for("fieldset.question");
}

/// Question ids on the current page that have no answer yet (per the DOM).
fn unanswered_on_page(s: &Session) -> Vec<String> {
    let v = s.script(
        "return [...document.querySelectorAll('fieldset.question')].filter(f => {
            const inputs = [...f.querySelectorAll('input')];
            return !inputs.some(i => (i.type === 'radio' || i.type === 'checkbox') ? i.checked
                                                                       : i.value.trim() !== '');
         }).map(f => f.dataset.question);",
        json!([]),
    );
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn wait_saved(s: &Session, question: &str) {
    s.wait_for(&format!(
        "fieldset[data-question='{question}'] .save-state[data-state=saved]"
    ));
}

/// Answers one question as a person would (the best option, the first practice, a number) and
/// returns the answer as the store records it.
fn answer(s: &Session, question: &str) -> Value {
    let q = format!("fieldset[data-question='{question}']");
    if let Some(radio) = s.all(&format!("{q} input[type=radio]")).pop() {
        let value = radio.attribute("value").unwrap_or_default();
        radio.click();
        return json!(value);
    }
    if let Some(check) = s
        .all(&format!("{q} input[type=checkbox]:not([data-exclusive])"))
        .into_iter()
        .next()
    {
        let value = check.attribute("value").unwrap_or_default();
        check.click();
        return json!([value]);
    }
    let input = s.wait_for(&format!("{q} input[type=number]"));
    input.send_keys("25\u{E004}");
    json!(25.0)
}

/// Answers every question shown on the current page (new ones appear as answers require).
fn answer_page(s: &Session, given: &mut Vec<(String, Value)>) {
    loop {
        let open = unanswered_on_page(s);
        if open.is_empty() {
            return;
        }
        for q in open {
            let v = answer(s, &q);
            wait_saved(s, &q);
            given.push((q, v));
        }
    }
}

/// Answers every page up to the review page; `on_page(n)` runs after page `n` is answered.
fn answer_to_review(s: &Session, given: &mut Vec<(String, Value)>, mut on_page: impl FnMut(usize)) {
    let mut page = 0;
    while s.all("#finalize").is_empty() {
        answer_page(s, given);
        on_page(page);
        s.click("#next");
        page += 1;
        assert!(page < 20, "too many pages");
    }
}

/// The text cells of an Excel workbook (its shared strings).
fn shared_strings(xlsx: &Path) -> String {
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(xlsx).expect("open")).expect("xlsx is a zip");
    let mut strings = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/sharedStrings.xml").expect("strings"),
        &mut strings,
    )
    .expect("read");
    strings
}

fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// An officer working in Vietnamese registers a firm, answers the whole questionnaire, sees
/// the results and the plan, and saves the plan as a Lao PDF for the owner.
#[test]
fn full_assessment_in_vietnamese_then_a_lao_pdf() {
    let w = World::new("vi");
    let s = w.launch();
    w.shot(&s, "01-start");
    choose_language(&s, "vi");
    assert_eq!(
        s.text("[data-nav=enterprise] strong"),
        w.t(Locale::Vi, "app-home-assess")
    );
    w.shot(&s, "02-home");

    let name = "Cửa hàng Hoa Mai";
    s.click("[data-nav=enterprise]");
    w.shot(&s, "03-enterprise-new");
    s.click("button.back");
    add_enterprise(&s, name, "retail_wholesale", "VN", "Đà Nẵng");
    w.shot(&s, "04-enterprise");
    start_assessment(&s, "Nguyễn Văn An");
    w.shot(&s, "05-assessment-first-area");

    let mut given = Vec::new();
    answer_to_review(&s, &mut given, |page| {
        if page == 1 {
            w.shot(&s, "06-assessment-answered-area");
        }
    });
    w.shot(&s, "07-review");
    assert_eq!(
        s.text("#area-title"),
        w.t(Locale::Vi, "app-assessment-review-title")
    );
    s.click("#finalize");
    s.click("#finalize-confirm");
    s.wait_for("#overall-score");
    w.shot(&s, "08-results");

    // What the store holds is exactly what was answered on screen.
    let store = Store::open(&w.data().join("digiready.sqlite3")).expect("open store");
    let a = store.assessment(1).expect("assessment 1");
    assert_eq!(a.answers.len(), given.len());
    for (q, v) in &given {
        let stored = serde_json::to_value(&a.answers[q]).expect("json");
        assert_eq!(&stored, v, "answer to {q}");
    }
    // The practice shares on screen are the core's comparison (a fraction) as percentages,
    // formatted as Vietnamese writes them (one decimal, a decimal comma).
    let instruments = digiready::instrument::load_embedded(&w.catalog).expect("questionnaire");
    let analysed = digiready::workflow::analysed(&instruments, &store, 1).expect("analysed");
    let shown = s.all("#practices li");
    let practices = &analysed.analysis.comparison.practices;
    assert!(!practices.is_empty(), "the seed packs have practice shares");
    assert_eq!(shown.len(), practices.len());
    for (li, p) in shown.iter().zip(practices) {
        let percent = (p.share * 1000.0).round() / 10.0;
        let text = format!("{percent}%").replace('.', ",");
        assert!(
            li.text().contains(&text),
            "{} shows {text}: {}",
            p.practice,
            li.text()
        );
    }
    drop(store);

    s.click("#see-plan");
    s.wait_for("li.action");
    w.shot(&s, "09-plan");
    s.select("#pdf-language", "lo");
    s.click("#save-pdf");
    let saved = s.wait_for("#pdf-saved");
    w.shot(&s, "10-plan-pdf-saved");
    let path = PathBuf::from(saved.attribute("data-path").expect("path"));
    assert!(
        path.starts_with(w.dir.path().join("home")),
        "{}",
        path.display()
    );
    let text = pdftotext(&path);
    assert!(text.contains(name), "enterprise name in the PDF");
    assert!(
        text.contains(&w.t(Locale::Lo, "report-title")),
        "Lao title in the PDF"
    );
    assert!(text.contains(&w.t(Locale::Lo, "report-plan")));

    s.click("button.brand");
    s.click("[data-nav=settings]");
    s.wait_for("#backup-now");
    w.shot(&s, "11-settings");
    s.click("button.brand");
    s.click("[data-nav=enterprises]");
    s.wait_for("tr.clickable");
    s.wait_until(
        "the register is shown",
        &format!(
            "return document.querySelector('h1')?.textContent === {};",
            Value::String(w.t(Locale::Vi, "app-enterprises-title"))
        ),
    );
    // The new screen's heading has the keyboard focus (screen readers announce it).
    s.wait_until(
        "the heading has the focus",
        "return document.activeElement?.tagName === 'H1';",
    );
    w.shot(&s, "12-enterprises");
    s.click("button.brand");
    s.click("[data-nav=agency]");
    s.wait_for("#export-now");
    w.shot(&s, "13-agency");
    s.end();
}

/// Two options of a multiple-choice question ticked in the same instant are both saved (each
/// change is built from what the screen shows, and a question's saves go in order); finishing
/// asks first, and "cancel" finishes nothing.
#[test]
fn two_quick_ticks_keep_both_and_finishing_asks_first() {
    let w = World::new("ticks");
    let s = w.launch();
    choose_language(&s, "en");
    add_enterprise(&s, "Quick Ticks Shop", "retail_wholesale", "VN", "Can Tho");
    start_assessment(&s, "An");
    // The first page with a multiple-choice question of two ordinary options or more.
    let mut page = 0;
    let question = loop {
        let found = s.script(
            "const f = [...document.querySelectorAll('fieldset.question')].find(f =>
                 f.querySelectorAll('input[type=checkbox]:not([data-exclusive])').length >= 2);
             return f ? f.dataset.question : null;",
            json!([]),
        );
        if let Some(q) = found.as_str() {
            break q.to_string();
        }
        s.click("#next");
        page += 1;
        assert!(page < 20, "no multiple-choice question");
    };
    let ticked = s.script(
        "const boxes = [...document.querySelectorAll(
             `fieldset[data-question='${arguments[0]}'] input[type=checkbox]:not([data-exclusive])`)];
         boxes[0].click();
         boxes[1].click();
         return [boxes[0].value, boxes[1].value];",
        json!([question]),
    );
    wait_saved(&s, &question);
    let store = Store::open(&w.data().join("digiready.sqlite3")).expect("open store");
    let a = store.assessment(1).expect("assessment 1");
    assert_eq!(
        serde_json::to_value(&a.answers[&question]).expect("json"),
        ticked,
        "both ticks saved, in the questionnaire's order"
    );
    drop(store);
    // To the review page: finishing asks, and cancelling leaves a draft.
    while s.all("#finalize").is_empty() {
        s.click("#next");
    }
    s.click("#finalize");
    s.wait_for("#finalize-confirm");
    s.click("#finalize-cancel");
    s.wait_for("#finalize");
    let store = Store::open(&w.data().join("digiready.sqlite3")).expect("open store");
    assert_eq!(
        store.assessment(1).expect("assessment 1").summary.status,
        digiready::store::Status::Draft
    );
    s.end();
}

/// The app is killed in the middle of an assessment; after a restart every answer it had
/// acknowledged ("saved") is there, on screen and in the database.
#[test]
fn killed_mid_assessment_keeps_every_acknowledged_answer() {
    let w = World::new("lo");
    let s = w.launch();
    choose_language(&s, "lo");
    w.shot(&s, "02-home");
    add_enterprise(&s, "ຮ້ານ ນາງແກ້ວ", "tourism", "LA", "ນະຄອນຫລວງວຽງຈັນ");
    w.shot(&s, "04-enterprise");
    start_assessment(&s, "ສົມໃຈ");
    w.shot(&s, "05-assessment-first-area");

    let mut given = Vec::new();
    answer_page(&s, &mut given);
    w.shot(&s, "06-assessment-answered-area");
    s.click("#next");
    s.wait_for("fieldset.question");
    // One more answer clicked and the app killed at once: it may or may not be saved.
    let open = unanswered_on_page(&s);
    let in_flight = open.first().map(|q| (q.clone(), answer(&s, q)));
    assert_eq!(w.kill_app(), 1, "exactly one app process killed");
    s.end();

    let acknowledged = given.len();
    assert!(
        acknowledged >= 3,
        "some answers acknowledged: {acknowledged}"
    );
    let store = Store::open(&w.data().join("digiready.sqlite3")).expect("open store");
    assert_eq!(store.integrity_check().expect("integrity"), "ok");
    let a = store.assessment(1).expect("assessment 1");
    for (q, v) in &given {
        let stored = serde_json::to_value(&a.answers[q]).expect("json");
        assert_eq!(&stored, v, "acknowledged answer to {q}");
    }
    if let Some((q, _)) = &in_flight {
        eprintln!(
            "{acknowledged} acknowledged answers kept; the one in flight ({q}) was {}",
            if a.answers.contains_key(q) {
                "saved"
            } else {
                "not saved"
            }
        );
    }
    drop(store);

    // Restart: the language is remembered and the draft resumes where it stopped.
    let s = w.launch();
    s.wait_until(
        "the UI is in Lao",
        "return document.documentElement.lang === 'lo';",
    );
    assert_eq!(
        s.text("[data-nav=enterprises] strong"),
        w.t(Locale::Lo, "app-home-enterprises")
    );
    s.click("[data-nav=enterprises]");
    s.click("tr.clickable button");
    w.shot(&s, "07-enterprise-with-draft");
    s.click("button[data-continue]");
    s.wait_for("fieldset.question");
    w.shot(&s, "08-resumed");
    // Every acknowledged answer is shown as given, on its page.
    for (q, v) in &given {
        let on_screen = s.script(
            "const f = document.querySelector(`fieldset[data-question='${arguments[0]}']`);
             if (!f) return null;
             const checked = [...f.querySelectorAll('input:checked')].map(i => i.value);
             const num = f.querySelector('input[type=number]');
             return num ? Number(num.value) : checked;",
            json!([q]),
        );
        if on_screen.is_null() {
            // On another page: go back one page and look again.
            s.click("#prev");
            s.wait_for(&format!("fieldset[data-question='{q}']"));
        }
        let on_screen = s.script(
            "const f = document.querySelector(`fieldset[data-question='${arguments[0]}']`);
             const checked = [...f.querySelectorAll('input:checked')].map(i => i.value);
             const num = f.querySelector('input[type=number]');
             return num ? Number(num.value) : (f.querySelector('input[type=radio]') ? checked[0] : checked);",
            json!([q]),
        );
        match (v, &on_screen) {
            (Value::Number(a), Value::Number(b)) => assert_eq!(a.as_f64(), b.as_f64(), "{q}"),
            _ => assert_eq!(&on_screen, v, "answer to {q} on screen after restart"),
        }
    }

    // Finish the assessment in Lao, see the results and the plan, and print it in English.
    answer_to_review(&s, &mut Vec::new(), |_| {});
    w.shot(&s, "09-review");
    s.click("#finalize");
    s.click("#finalize-confirm");
    s.wait_for("#overall-score");
    w.shot(&s, "10-results");
    s.click("#see-plan");
    s.wait_for("li.action");
    w.shot(&s, "11-plan");
    s.select("#pdf-language", "en");
    s.click("#save-pdf");
    let saved = s.wait_for("#pdf-saved");
    let text = pdftotext(Path::new(&saved.attribute("data-path").expect("path")));
    assert!(
        text.contains(&w.t(Locale::En, "report-title")),
        "English PDF"
    );
    assert!(text.contains("ຮ້ານ ນາງແກ້ວ"), "the Lao name, exactly");
    s.click("button.brand");
    s.click("[data-nav=settings]");
    s.wait_for("#backup-now");
    w.shot(&s, "12-settings");
    s.end();
}

/// Calls a command from the page as the UI does; the result is `{ok: value}` or `{err:
/// {code, message}}`, and `Err` when the app is gone before it answers.
const INVOKE: &str = "const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
         .then(ok => done({ok}), err => done({err}));";

/// The answers of an assessment as the app shows them after a restart.
fn answers_in_app(s: &Session, id: i64) -> digiready::answers::Answers {
    let view = s
        .script_async(INVOKE, json!(["assessment_get", {"id": id}]))
        .unwrap_or_else(|e| panic!("assessment_get: {e}"));
    serde_json::from_value(view["ok"]["answers"].clone())
        .unwrap_or_else(|e| panic!("answers in {view}: {e}"))
}

/// Crash safety through the real app: 200 times the app is started, saves answers from its
/// page through IPC (as the UI's autosave does) one after the other, and is SIGKILLed at a
/// random moment. After each kill the database passes `integrity_check` and holds every
/// answer the app had acknowledged; after each restart the app shows them all.
#[test]
fn killed_200_times_while_saving_keeps_every_acknowledged_answer() {
    use crate::kills::{alternating_questions, nth_save, Lcg, Ledger, KILLS};
    let w = World::new("kill-200");
    let catalog = Catalog::embedded();
    let instruments = digiready::instrument::load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let db = w.data().join("digiready.sqlite3");
    let aid = seed_draft(&mut Store::open(&db).expect("open"), instrument, 1);
    let questions = alternating_questions(instrument, "retail_wholesale");
    let save = |s: &Session, n: usize| {
        let (q, v) = nth_save(&questions, n);
        let args = json!({"id": aid, "question": q, "answer": v});
        (
            q,
            v,
            s.script_async(INVOKE, json!(["assessment_answer", args])),
        )
    };

    // A first run without a kill: how long one save takes from the page (the median of 20).
    // Kills are spread over twelve saves' time.
    let mut ledger = Ledger::default();
    let mut n = 0;
    let s = w.launch();
    let mut times = Vec::new();
    for _ in 0..20 {
        let started = std::time::Instant::now();
        let (q, v, r) = save(&s, n);
        let r = r.unwrap_or_else(|e| panic!("save {n}: {e}"));
        assert!(r.get("ok").is_some(), "save {n} ({q}={v}) refused: {r}");
        ledger.acknowledged(q, v);
        times.push(started.elapsed());
        n += 1;
    }
    times.sort();
    let span = times[times.len() / 2].as_micros() as u64 * 12;
    s.end();

    let mut rng = Lcg(2027);
    let started = std::time::Instant::now();
    let mut cut_but_saved = 0;
    for run in 0..KILLS {
        let s = w.launch();
        // After the restart, the app shows every acknowledged answer.
        if let Err(e) = ledger.check(&answers_in_app(&s, aid)) {
            panic!("run {run}, in the restarted app: {e}");
        }
        let delay = std::time::Duration::from_micros(rng.below(span));
        let marker = w.marker();
        let killer = std::thread::spawn(move || {
            std::thread::sleep(delay);
            kill_app_process(&marker)
        });
        let cut = loop {
            let (q, v, r) = save(&s, n);
            n += 1;
            match r {
                Ok(r) if r.get("ok").is_some() => ledger.acknowledged(q, v),
                Ok(r) => panic!("run {run}: save of {q}={v} refused: {r}"),
                Err(_) => {
                    ledger.cut_off(q, v);
                    break (q, v);
                }
            }
        };
        assert_eq!(
            killer.join().expect("killer"),
            1,
            "run {run}: one app killed"
        );
        s.end();
        let store = Store::open(&db).expect("the database opens after a kill");
        assert_eq!(store.integrity_check().expect("check"), "ok", "run {run}");
        let stored = store.assessment(aid).expect("read").answers;
        if let Err(e) = ledger.check(&stored) {
            panic!("run {run}, in the database: {e}");
        }
        // The save the kill cut off was written before the kill, or not at all.
        if stored.get(cut.0) == Some(&digiready::answers::AnswerValue::Choice(cut.1.into())) {
            cut_but_saved += 1;
        }
        if (run + 1) % 50 == 0 {
            eprintln!(
                "{} kills, {:.0} s",
                run + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    let s = w.launch();
    if let Err(e) = ledger.check(&answers_in_app(&s, aid)) {
        panic!("after the last kill, in the restarted app: {e}");
    }
    s.end();
    println!(
        "{KILLS} kills of the app in {:.0} s: {} saves acknowledged over {} questions, {} cut off \
         by a kill ({cut_but_saved} of them written before it); every acknowledged answer kept, \
         integrity ok after each",
        started.elapsed().as_secs_f64(),
        ledger.acks,
        ledger.questions(),
        ledger.cut
    );
    assert!(
        ledger.acks > KILLS,
        "saves were acknowledged between the kills"
    );
}

/// Switching the language changes the whole UI at once, and is remembered.
#[test]
fn switching_the_language_changes_the_ui() {
    let w = World::new("language");
    let s = w.launch();
    // The UI's fonts are the PDF's, served from the binary (not the system's).
    s.wait_until(
        "the embedded fonts are loaded",
        "const faces = [...document.fonts].filter(f => f.family.includes('DigiReady'));
         return faces.length === 4 && faces.every(f => f.status === 'loaded');",
    );
    choose_language(&s, "en");
    let tile = "[data-nav=enterprise] strong";
    assert_eq!(s.text(tile), w.t(Locale::En, "app-home-assess"));
    for (lang, locale) in [("vi", Locale::Vi), ("lo", Locale::Lo), ("en", Locale::En)] {
        s.select("#ui-language", lang);
        let expected = w.t(locale, "app-home-assess");
        s.wait_until(
            &format!("the home screen is in {lang}"),
            &format!(
                "return document.querySelector('{tile}').textContent.trim() === {} && document.documentElement.lang === '{lang}';",
                Value::String(expected)
            ),
        );
    }
    s.select("#ui-language", "vi");
    s.wait_until("vi", "return document.documentElement.lang === 'vi';");
    s.click("[data-nav=settings]");
    w.shot(&s, "settings-vi");
    s.end();
    let settings = std::fs::read_to_string(w.data().join("settings.json")).expect("settings saved");
    assert!(settings.contains("\"vi\""), "{settings}");
}

/// Registers `Tạp hóa Bí Mật <i>` (a micro retailer in Cần Thơ) and starts its assessment;
/// returns the assessment's id.
fn seed_draft(store: &mut Store, instrument: &digiready::instrument::Instrument, i: u8) -> i64 {
    use digiready::clock::Timestamp;
    use digiready::store::{Contact, NewEnterprise, RecordId};
    let firm = NewEnterprise {
        name: format!("Tạp hóa Bí Mật {i}"),
        sector: "retail_wholesale".into(),
        size_band: "micro".into(),
        country: "VN".into(),
        province: "Cần Thơ".into(),
        district: None,
        contact: Contact::default(),
    };
    let e = store
        .add_enterprise(instrument, &firm, Timestamp(1_000))
        .expect("add");
    store
        .start_assessment(
            instrument,
            e.id,
            "Lan",
            Locale::Vi,
            &RecordId::from_random_bytes([i; 16]),
            Timestamp(2_000),
        )
        .expect("start")
        .id
}

/// Registers `n` firms of Can Tho in the data folder's database and finalizes an assessment of
/// each (first offered option everywhere), as an officer would have over some weeks.
fn seed_finalized(data: &Path, n: u8) {
    use digiready::answers::AnswerValue;
    use digiready::clock::Timestamp;
    use digiready::instrument::QuestionKind;
    let catalog = Catalog::embedded();
    let instruments = digiready::instrument::load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let mut store = Store::open(&data.join("digiready.sqlite3")).expect("open");
    let sector = "retail_wholesale";
    for i in 1..=n {
        let a_id = seed_draft(&mut store, instrument, i);
        loop {
            let answers = store.assessment(a_id).expect("read").answers;
            let shown = digiready::scoring::shown_questions(instrument, sector, &answers);
            let Some(q) = shown.into_iter().find(|q| !answers.contains_key(&q.id)) else {
                break;
            };
            let value = match &q.kind {
                QuestionKind::Number { min, .. } => AnswerValue::Number(*min),
                QuestionKind::Multiple(_) => AnswerValue::Choices(vec![q
                    .kind
                    .choices()
                    .iter()
                    .find(|c| c.applies.includes(sector))
                    .expect("option")
                    .id
                    .clone()]),
                // Every other firm answers the sensitive questions with their last option,
                // so that the export's groups are diverse (l-diversity) and released.
                kind => {
                    let offered: Vec<_> = kind
                        .choices()
                        .iter()
                        .filter(|c| c.applies.includes(sector))
                        .collect();
                    let sensitive = digiready::export::privacy::Rules::embedded()
                        .sensitive
                        .iter()
                        .any(|r| r.question == q.id);
                    let pick = if sensitive && i.is_multiple_of(2) {
                        offered.len() - 1
                    } else {
                        0
                    };
                    AnswerValue::Choice(offered[pick].id.clone())
                }
            };
            store
                .record_answer(instrument, a_id, &q.id, &value, Timestamp(3_000))
                .expect("answer");
        }
        store
            .finalize_assessment(instrument, a_id, Timestamp(1_780_000_000_000))
            .expect("finalize");
    }
}

/// In Lao: an officer's anonymized export from the app, received by the agency (its inbox),
/// imported with progress, then the Excel table saved.
#[test]
fn anonymized_export_then_agency_import_and_table() {
    let w = World::new("agency");
    seed_finalized(&w.data(), 6);
    let s = w.launch();
    choose_language(&s, "lo");
    s.click("[data-nav=agency]");
    s.wait_for("#export-now");
    w.shot(&s, "01-agency");
    s.click("#export-now");
    let done = s.wait_for("#export-done").text();
    w.shot(&s, "02-exported");
    let exports = w.dir.path().join("home/DigiReady/Exports");
    let files: Vec<PathBuf> = std::fs::read_dir(&exports)
        .expect("exports folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "{done}");
    assert!(done.contains('6'), "{done}");
    let bytes = std::fs::read(&files[0]).expect("export");
    let file = digiready::export::read::read_export(&bytes, &Default::default()).expect("valid");
    assert_eq!(file.records.len(), 6);
    assert!(!bytes.windows(6).any(|w| w == "Bí Mật".as_bytes()));
    // The file is lost; the list of files made before saves it again, byte for byte.
    std::fs::remove_file(&files[0]).expect("remove");
    assert_eq!(s.all(".sent li").len(), 1, "one file made");
    s.click(".sent li .save-again");
    s.wait_for("#export-saved-again");
    assert_eq!(std::fs::read(&files[0]).expect("saved again"), bytes);

    // The agency receives it: into the inbox, and the screen lists it as new.
    let inbox = w.dir.path().join("home/DigiReady/Inbox");
    std::fs::copy(&files[0], inbox.join("officer-lan.zip")).expect("copy");
    std::fs::write(inbox.join("broken.zip"), b"not a zip").expect("write");
    s.click("button.brand");
    s.click("[data-nav=agency]");
    s.wait_for("#import-new");
    s.wait_until(
        "two new files",
        "return document.querySelectorAll('.files li').length === 2;",
    );
    s.click("#import-new");
    s.wait_until(
        "both files are done",
        "return document.querySelectorAll('.results li').length === 2 && document.querySelector('#import-progress')?.value === 2;",
    );
    w.shot(&s, "03-imported");
    assert_eq!(s.all(".results li.ok").len(), 1);
    assert_eq!(s.all(".results li.error").len(), 1);
    let pool = Store::open(&w.data().join("digiready.sqlite3"))
        .expect("open")
        .pool_record_count()
        .expect("count");
    assert_eq!(pool, 6);
    s.wait_until(
        "the pool count is shown",
        "return document.querySelector('#pool-count').textContent.includes('6');",
    );

    s.click("#save-workbook");
    let saved = s.wait_for("#workbook-saved").text();
    w.shot(&s, "04-workbook");
    let xlsx = std::fs::read_dir(w.dir.path().join("home/DigiReady"))
        .expect("reports")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .unwrap_or_else(|| panic!("no workbook: {saved}"));
    let strings = shared_strings(&xlsx);
    assert!(
        strings.contains(&w.t(Locale::Lo, "agg-col-median")),
        "Lao headers"
    );
    assert!(
        strings.contains(&w.t(Locale::Lo, "province-can_tho")),
        "Lao province name"
    );
    // The same table marked for publication: a second file, which says so, and whose cells
    // (if any are large enough) join the publication history.
    s.click("#workbook-publish");
    s.click("#save-workbook");
    s.wait_until(
        "the publication is saved",
        "return (document.querySelector('#workbook-saved')?.textContent ?? '').includes('publication');",
    );
    let published = std::fs::read_dir(w.dir.path().join("home/DigiReady"))
        .expect("reports")
        .map(|e| e.expect("entry").path())
        .find(|p| p.to_string_lossy().ends_with("-publication.xlsx"))
        .expect("the publication's workbook");
    let strings = shared_strings(&published);
    assert!(
        strings.contains(&w.t(Locale::Lo, "agg-col-median-band")),
        "the median band column, in Lao"
    );
    assert!(
        !strings.contains(&w.t(Locale::Lo, "agg-about-publication-no")),
        "not called a working table"
    );
    s.end();
}

/// `files` export files of up to `per_file` generated firms each in `inbox`, all importable:
/// at country level, without the groups that k and l would withhold (as the app's export
/// withholds them). Returns how many records the files hold.
fn generated_inbox(inbox: &Path, files: usize, per_file: usize) -> usize {
    use crate::generated::{record, Firm};
    use digiready::export::anonymity::Step;
    use digiready::export::privacy::{check_released, Breach, GroupKey, Rules};
    let rules = Rules::embedded();
    let mut total = 0;
    let catalog = Catalog::embedded();
    let instruments = digiready::instrument::load_embedded(&catalog).expect("questionnaire");
    let instrument = instruments.current();
    let mut rng = crate::rng::Rng(17);
    std::fs::create_dir_all(inbox).expect("inbox");
    for f in 0..files {
        let records = (0..per_file)
            .map(|r| {
                let firm = Firm {
                    sector: "retail_wholesale",
                    size: "micro",
                    province: None,
                    region: None,
                    step: Step::Country,
                    quarter: 1,
                };
                let level = rng.below(5);
                record(
                    instrument,
                    format!("{f:016x}{r:016x}"),
                    firm,
                    level,
                    &mut rng,
                )
            })
            .collect::<Vec<_>>();
        let mut records = records;
        while let Err(breach) = check_released(&records, 5, rules) {
            let (Breach::SmallGroup { group, .. } | Breach::Homogeneous { group, .. }) = breach
            else {
                panic!("{breach}");
            };
            records.retain(|r| GroupKey::of(r, rules).describe(rules) != group);
        }
        total += records.len();
        let bytes = crate::packaged::export_file(records, 0, format!("{f:032x}"), &instruments);
        std::fs::write(inbox.join(format!("officer-{f:02}.zip")), bytes).expect("write");
    }
    total
}

/// A long agency import goes on while the user works elsewhere: the enterprise list opens
/// (it needs the database the import writes to) while the import is still running, the
/// header shows how far the import is and moves, and back on the Agency screen every file is
/// reported merged.
#[test]
fn other_screens_stay_usable_during_a_long_import() {
    const FILES: usize = 30;
    const PER_FILE: usize = 200;
    let w = World::new("long-import");
    seed_finalized(&w.data(), 1);
    let records = generated_inbox(&w.dir.path().join("home/DigiReady/Inbox"), FILES, PER_FILE);
    let s = w.launch();
    choose_language(&s, "vi");
    s.click("[data-nav=agency]");
    s.wait_until(
        "the inbox is listed",
        &format!("return document.querySelectorAll('.files li').length === {FILES};"),
    );
    s.click("#import-new");
    s.wait_until(
        "the first file is imported",
        "return (document.querySelector('#import-progress')?.value ?? 0) >= 1;",
    );
    w.shot(&s, "01-importing");
    // Elsewhere, while it runs.
    s.click("button.brand");
    s.click("[data-nav=enterprises]");
    s.wait_for("tr.clickable");
    let running = s.script(
        "return document.querySelector('#import-running')?.textContent ?? null;",
        json!([]),
    );
    w.shot(&s, "02-enterprises-while-importing");
    let first = running
        .as_str()
        .unwrap_or_else(|| panic!("the enterprise list waited until the import was over"))
        .to_string();
    assert!(s.text("tr.clickable").contains("Tạp hóa Bí Mật 1"));
    s.wait_until(
        "the header's progress moves",
        &format!(
            "const t = document.querySelector('#import-running')?.textContent; return t === undefined || t !== {};",
            json!(first)
        ),
    );
    // Back to the import: every file is reported, all merged.
    let from_header = s.script(
        "const b = document.querySelector('#import-running'); if (b) b.click(); return !!b;",
        json!([]),
    );
    if from_header != Value::Bool(true) {
        s.click("button.brand");
        s.click("[data-nav=agency]");
    }
    s.wait_until(
        "every file is done",
        &format!(
            "return document.querySelectorAll('.results li').length === {FILES} && document.querySelector('#import-progress')?.value === {FILES};"
        ),
    );
    w.shot(&s, "03-imported");
    let refused = s.all(".results li.error");
    assert!(
        refused.is_empty(),
        "{} refused, the first: {}",
        refused.len(),
        refused[0].text()
    );
    let pool = Store::open(&w.data().join("digiready.sqlite3"))
        .expect("open")
        .pool_record_count()
        .expect("count");
    assert_eq!(pool, records);
    s.end();
}
