//! A real SMTP server for tests: Debian's aiosmtpd (`python3-aiosmtpd`, installed by `cargo
//! xtask test`) as its own process, with a handler that writes each message it accepts, decoded
//! by Python's email package, as one JSON file in a folder. It can be stopped and started again
//! on the same port, so a test can take the relay away and bring it back.

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The handler aiosmtpd loads: the decoded recipient, subject and plain-text body, written
/// atomically (a reader never sees half a file).
const HANDLER: &str = r#"
import email, email.policy, json, os, time, uuid

class Sink:
    def __init__(self, folder):
        self.folder = folder

    @classmethod
    def from_cli(cls, parser, folder):
        return cls(folder)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # A mailbox that does not exist: a permanent refusal, as a real relay gives.
        if address.startswith("nobody"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",)).get_content()
        name = os.path.join(self.folder, "%020d-%s.json" % (time.time_ns(), uuid.uuid4().hex))
        with open(name + ".part", "w", encoding="utf-8") as f:
            json.dump({"to": envelope.rcpt_tos, "from": envelope.mail_from,
                       "subject": str(message["subject"]), "body": body,
                       "message_id": str(message["message-id"] or ""),
                       "date": str(message["date"] or "")}, f)
        os.rename(name + ".part", name)
        return "250 Message accepted for delivery"
"#;

/// A message the server accepted.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    pub from: String,
    pub subject: String,
    pub body: String,
    /// The headers large providers require: empty when missing.
    pub message_id: String,
    pub date: String,
}

pub struct SmtpServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl SmtpServer {
    pub fn start() -> SmtpServer {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("mail")).unwrap();
        std::fs::write(dir.path().join("mailsink.py"), HANDLER).unwrap();
        let port = crate::free_port();
        let mut server = SmtpServer {
            port,
            dir,
            child: None,
        };
        server.restart();
        server
    }

    /// Starts the server again on its port (after [`SmtpServer::stop`]).
    pub fn restart(&mut self) {
        assert!(self.child.is_none(), "the SMTP server is running");
        let child = Command::new(python())
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(["-c", "mailsink.Sink"])
            .arg(self.mail_dir())
            .env("PYTHONPATH", self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect(
                "python3 with aiosmtpd (Debian python3-aiosmtpd, installed by `cargo xtask test`)",
            );
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills the server: connections to its port are refused until it is restarted.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn mail_dir(&self) -> PathBuf {
        self.dir.path().join("mail")
    }

    /// Every message accepted so far, in the order it arrived.
    pub fn mails(&self) -> Vec<ReceivedMail> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.mail_dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|path| {
                let value: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
                ReceivedMail {
                    to: value["to"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap().to_owned())
                        .collect(),
                    from: value["from"].as_str().unwrap_or_default().to_owned(),
                    subject: value["subject"].as_str().unwrap_or_default().to_owned(),
                    body: value["body"].as_str().unwrap_or_default().to_owned(),
                    message_id: value["message_id"].as_str().unwrap_or_default().to_owned(),
                    date: value["date"].as_str().unwrap_or_default().to_owned(),
                }
            })
            .collect()
    }

    /// Waits until at least `count` messages have arrived, and returns them all.
    pub fn wait_for(&self, count: usize, within: Duration) -> Vec<ReceivedMail> {
        let deadline = Instant::now() + within;
        loop {
            let mails = self.mails();
            if mails.len() >= count {
                return mails;
            }
            assert!(
                Instant::now() < deadline,
                "{} mails arrived, {count} expected: {mails:?}",
                mails.len()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Debian's Python, which has the packaged aiosmtpd (another python3 on PATH may not).
fn python() -> &'static str {
    if std::path::Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}
