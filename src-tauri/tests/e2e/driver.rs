//! Just enough of the W3C WebDriver protocol to drive the real app through tauri-driver
//! (which starts WebKitWebDriver, which starts the app), plus the display and the processes
//! around it. Everything is bounded by timeouts: a missing display or a hung driver fails the
//! test instead of hanging it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
pub const WAIT: Duration = Duration::from_secs(30);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Sends SIGTERM (tauri-driver must get SIGTERM: SIGKILL orphans WebKitWebDriver), waits a
/// little, then kills.
fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A private X server (Xvfb) on a free display number.
pub struct Display {
    pub name: String,
    child: Child,
}

impl Display {
    pub fn start() -> Display {
        for n in 90..200 {
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
            let lock = PathBuf::from(format!("/tmp/.X{n}-lock"));
            if socket.exists() || lock.exists() {
                continue;
            }
            let name = format!(":{n}");
            let Ok(mut child) = Command::new("Xvfb")
                .args([
                    name.as_str(),
                    "-screen",
                    "0",
                    "1366x768x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
            else {
                panic!("Xvfb is not installed (Debian package xvfb)");
            };
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if socket.exists() {
                    return Display { name, child };
                }
                if let Ok(Some(_)) = child.try_wait() {
                    break; // lost a race for this display number; try the next
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            terminate(&mut child);
        }
        panic!("no free X display for Xvfb");
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

/// tauri-driver on free ports, with the app's environment.
pub struct Driver {
    port: u16,
    child: Child,
}

impl Driver {
    pub fn start(display: &Display, env: &[(&str, &Path)]) -> Driver {
        let port = free_port();
        let native = free_port();
        let bin = which("tauri-driver").unwrap_or_else(|| {
            panic!(
                "tauri-driver is not installed: cargo install tauri-driver --version '^2' --locked"
            )
        });
        assert!(
            which("WebKitWebDriver").is_some(),
            "WebKitWebDriver is not installed (Debian package webkit2gtk-driver)"
        );
        let mut cmd = Command::new(bin);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native.to_string(),
        ])
        .env("DISPLAY", &display.name)
        .env("GDK_BACKEND", "x11")
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("start tauri-driver");
        let driver = Driver { port, child };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen");
            std::thread::sleep(Duration::from_millis(100));
        }
        driver
    }

    /// Starts the app (a new window) and returns its WebDriver session.
    pub fn session(&self, app: &Path) -> Session {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(90)))
            .http_status_as_error(false)
            .build()
            .into();
        let base = format!("http://127.0.0.1:{}", self.port);
        let caps = json!({"capabilities": {"alwaysMatch": {
            "tauri:options": {"application": app.display().to_string()}
        }}});
        let v = post(&agent, &format!("{base}/session"), &caps);
        let id = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        let s = Session {
            agent,
            base: format!("{base}/session/{id}"),
        };
        // The window is up once the UI has rendered its first screen.
        s.wait_for("#app > *");
        s
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

pub fn which(name: &str) -> Option<PathBuf> {
    let home_bin = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin"));
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(home_bin)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn post(agent: &ureq::Agent, url: &str, body: &Value) -> Value {
    let mut resp = agent
        .post(url)
        .send_json(body)
        .unwrap_or_else(|e| panic!("POST {url}: {e}"));
    resp.body_mut()
        .read_json::<Value>()
        .unwrap_or_else(|e| panic!("POST {url}: {e}"))
}

/// A WebDriver session: one running app window.
pub struct Session {
    agent: ureq::Agent,
    base: String,
}

impl Session {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, Value> {
        let url = format!("{}{path}", self.base);
        // A broken connection (the app was killed mid-call) is an error like any other.
        let failed = |e: ureq::Error| Value::String(format!("{method} {url}: {e}"));
        let mut resp = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, b) => self.agent.post(&url).send_json(b.unwrap_or(json!({}))),
        }
        .map_err(failed)?;
        let ok = resp.status().is_success();
        let v: Value = resp.body_mut().read_json().map_err(failed)?;
        let value = v.get("value").cloned().unwrap_or(Value::Null);
        if ok {
            Ok(value)
        } else {
            Err(value)
        }
    }

    /// Runs JavaScript in the page and returns its result.
    pub fn script(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs asynchronous JavaScript in the page: the script ends by calling its last
    /// argument with the result. `Err` when the script fails or the app is gone.
    pub fn script_async(&self, script: &str, args: Value) -> Result<Value, Value> {
        self.call(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// The elements matching a CSS selector now.
    pub fn all(&self, css: &str) -> Vec<Element<'_>> {
        self.call(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|e| e.get(ELEMENT_KEY).and_then(Value::as_str))
        .map(|id| Element {
            session: self,
            id: id.to_string(),
        })
        .collect()
    }

    /// Waits until an element matches, and returns it.
    pub fn wait_for(&self, css: &str) -> Element<'_> {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(e) = self.all(css).into_iter().next() {
                return e;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {css}; the page: {}",
                self.source()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The page's HTML (for failure messages), cut to 3,000 characters.
    pub fn source(&self) -> String {
        let v = self.call("GET", "/source", None).unwrap_or_else(|e| e);
        v.as_str().unwrap_or_default().chars().take(3000).collect()
    }

    /// Waits until the script returns `true`.
    pub fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + WAIT;
        while self.script(script, json!([])) != Value::Bool(true) {
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn click(&self, css: &str) {
        self.wait_for(css).click();
    }

    /// Sets a `<select>` by value, as a person choosing an option does (a change event).
    pub fn select(&self, css: &str, value: &str) {
        self.wait_for(css);
        let ok = self.script(
            "const s = document.querySelector(arguments[0]);
             if (![...s.options].some(o => o.value === arguments[1])) return false;
             s.value = arguments[1];
             s.dispatchEvent(new Event('change', {bubbles: true}));
             return true;",
            json!([css, value]),
        );
        assert_eq!(ok, Value::Bool(true), "no option {value} in {css}");
    }

    pub fn text(&self, css: &str) -> String {
        self.wait_for(css).text()
    }

    /// Saves a screenshot of the window as PNG.
    pub fn screenshot(&self, path: &Path) {
        let v = self
            .call("GET", "/screenshot", None)
            .unwrap_or_else(|e| panic!("screenshot: {e}"));
        let png = base64::engine::general_purpose::STANDARD
            .decode(v.as_str().unwrap_or_default())
            .expect("screenshot is base64");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot folder");
        }
        std::fs::write(path, png).expect("write screenshot");
    }

    /// Ends the session (closes the app).
    pub fn end(self) {
        let _ = self.call("DELETE", "", None);
    }
}

pub struct Element<'s> {
    session: &'s Session,
    id: String,
}

impl Element<'_> {
    pub fn click(&self) {
        // Scroll into view first: WebKitWebDriver refuses clicks outside the viewport.
        self.session.script(
            "arguments[0].scrollIntoView({block: 'center'});",
            json!([{ELEMENT_KEY: self.id}]),
        );
        let r = self
            .session
            .call("POST", &format!("/element/{}/click", self.id), None);
        if let Err(e) = r {
            panic!("click failed: {e}");
        }
    }

    pub fn send_keys(&self, text: &str) {
        self.session
            .call(
                "POST",
                &format!("/element/{}/value", self.id),
                Some(json!({"text": text})),
            )
            .unwrap_or_else(|e| panic!("typing failed: {e}"));
    }

    pub fn text(&self) -> String {
        self.session
            .call("GET", &format!("/element/{}/text", self.id), None)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    pub fn attribute(&self, name: &str) -> Option<String> {
        self.session
            .call(
                "GET",
                &format!("/element/{}/attribute/{name}", self.id),
                None,
            )
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }
}
