//! The DNS fixture servers the command's network tests run against (NSD,
//! dnsdist's DNS-over-HTTPS front and the MTA-STS policy server from
//! tests/dns/up.sh), found or started once per test process, and the
//! command itself.

use assert_cmd::Command;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

pub const DOH: &str = "http://127.0.0.1:8053/dns-query";

fn answers(port: u16) -> bool {
    TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_secs(1)).is_ok()
}

/// The fixture servers' directory (holding `ca.pem`), started if needed.
pub fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        if let Some(dir) = std::env::var_os("SELO_TEST_DNS_DIR") {
            let dir = PathBuf::from(dir);
            assert!(
                dir.join("ca.pem").is_file() && answers(8053) && answers(443),
                "SELO_TEST_DNS_DIR={} but the DNS fixtures are not running there \
                 (no ca.pem, or nothing on 127.0.0.1:8053 / :443): start them with tests/dns/up.sh {0}",
                dir.display()
            );
            return dir;
        }
        // Fixtures already running (started by another test run or by hand
        // with tests/dns/up.sh): the ports are taken, so use them.
        if let Some(dir) = running_fixtures() {
            return dir;
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = std::env::temp_dir().join(format!("selo-dns-cli-tests-{}", std::process::id()));
        let up = std::process::Command::new(root.join("tests/dns/up.sh"))
            .arg(&dir)
            .output()
            .expect("cannot run tests/dns/up.sh");
        assert!(
            up.status.success(),
            "tests/dns/up.sh could not start the DNS fixtures (run scripts/setup.sh for nsd, dnsdist, openssl):\n{}{}",
            String::from_utf8_lossy(&up.stdout),
            String::from_utf8_lossy(&up.stderr)
        );
        // Stop the servers when this process ends, by their PIDs.
        let pids: Vec<String> = ["policy", "dnsdist-slow", "dnsdist", "dnsdist-delay", "nsd"]
            .iter()
            .filter_map(|f| std::fs::read_to_string(dir.join(format!("{f}.pid"))).ok())
            .map(|p| p.trim().to_string())
            .collect();
        // The watchdog runs in the background of a shell that returns at
        // once; it outlives this process and stops the servers after it.
        let script = format!(
            "(while kill -0 {} 2>/dev/null; do sleep 0.2; done; kill {} 2>/dev/null; rm -rf '{}') \
             </dev/null >/dev/null 2>&1 &",
            std::process::id(),
            pids.join(" "),
            dir.display()
        );
        let started = std::process::Command::new("sh")
            .args(["-c", &script])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("cannot start the watchdog that stops the DNS fixtures");
        assert!(started.success(), "the watchdog did not start");
        dir
    })
}

/// A directory of the temporary directory where tests/dns/up.sh left a
/// test CA and a live policy server, when the fixture ports answer.
fn running_fixtures() -> Option<PathBuf> {
    if !(answers(8053) && answers(443)) {
        return None;
    }
    std::fs::read_dir(std::env::temp_dir())
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|dir| {
            let pid = std::fs::read_to_string(dir.join("policy.pid")).unwrap_or_default();
            let pid = pid.trim();
            dir.join("ca.pem").is_file() && !pid.is_empty() && Path::new("/proc").join(pid).exists()
        })
}

pub fn selo() -> Command {
    let mut cmd = Command::cargo_bin("selo").unwrap();
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    cmd
}

/// A loopback URL where nothing listens: a port bound, noted and closed.
pub fn closed_port_url() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    format!("http://127.0.0.1:{port}/dns-query")
}
