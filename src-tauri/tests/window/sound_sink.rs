//! A sound card for one test that plays in real time and keeps nothing: a PulseAudio server
//! of the test's own with one null sink, which takes samples at their rate as a real card does
//! (so a clip of 5 s plays for 5 s), reached through ALSA's pulse plugin, the way the app's
//! rodio (cpal, ALSA) finds any card. A `parec` on the sink's monitor counts the samples above
//! a whisper as they pass, in memory: the test hears that sound came out without a file of
//! it. (An ALSA `file` sink, the old way, took sound as fast as it came and wrote some
//! 130 MB/s.) A test build of the app notes each clip it plays in a playback log
//! (SURVEY_KIOSK_PLAYBACK_LOG), which this sink reads back.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The rate the sink and its listener run at: what rodio would pick from a real card.
const RATE: u32 = 44_100;

pub struct SoundSink {
    dir: tempfile::TempDir,
    /// The PulseAudio server and the listener on its sink; none for [`SoundSink::unpaced`].
    processes: Vec<Child>,
    loud: Arc<AtomicUsize>,
}

impl SoundSink {
    pub fn new() -> SoundSink {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("native");
        std::fs::write(
            dir.path().join("sink.pa"),
            format!(
                "load-module module-native-protocol-unix auth-anonymous=1 socket={}\n\
                 load-module module-null-sink sink_name=kiosk rate={RATE} channels=2\n\
                 set-default-sink kiosk\n",
                socket.display()
            ),
        )
        .unwrap();
        std::fs::write(
            dir.path().join("asound.conf"),
            "pcm.!default { type pulse }\nctl.!default { type pulse }\n",
        )
        .unwrap();
        let server = Command::new("pulseaudio")
            .args([
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
            ])
            .args([
                "--disallow-exit",
                "--disallow-module-loading",
                "--log-target=stderr",
            ])
            .arg("-F")
            .arg(dir.path().join("sink.pa"))
            .envs(private_home(dir.path()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting pulseaudio; `cargo xtask test` installs it");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !socket.exists() {
            assert!(Instant::now() < deadline, "pulseaudio made no socket");
            std::thread::sleep(Duration::from_millis(20));
        }
        let mut listener = Command::new("parec")
            .args([
                "-d",
                "kiosk.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
            ])
            .arg(format!("--rate={RATE}"))
            .arg(format!("--server=unix:{}", socket.display()))
            .envs(private_home(dir.path()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting parec; `cargo xtask test` installs pulseaudio-utils");
        let loud = Arc::new(AtomicUsize::new(0));
        let mut samples = listener.stdout.take().unwrap();
        let counter = Arc::clone(&loud);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = samples.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                let above = buffer[..n - n % 2]
                    .chunks_exact(2)
                    .filter(|s| i16::from_le_bytes([s[0], s[1]]).unsigned_abs() > 300)
                    .count();
                counter.fetch_add(above, Ordering::Relaxed);
            }
        });
        SoundSink {
            dir,
            processes: vec![listener, server],
            loud,
        }
    }

    /// A card that takes sound as fast as it comes and keeps nothing (ALSA's `null`), for a
    /// test that checks *which* clips play rather than for how long: the whole survey listened
    /// to in real time would take a quarter of an hour. It hears no samples
    /// ([`SoundSink::loud_samples`] stays 0); the playback log says what played.
    pub fn unpaced() -> SoundSink {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("asound.conf"),
            "pcm.!default { type null }\n",
        )
        .unwrap();
        SoundSink {
            dir,
            processes: Vec::new(),
            loud: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// What the app's environment needs to play to this sink and note what it plays.
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            (
                "ALSA_CONFIG_PATH".into(),
                self.dir.path().join("asound.conf").display().to_string(),
            ),
            (
                "PULSE_SERVER".into(),
                format!("unix:{}", self.dir.path().join("native").display()),
            ),
            (
                "SURVEY_KIOSK_PLAYBACK_LOG".into(),
                self.log_path().display().to_string(),
            ),
        ]
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("played.tsv")
    }

    /// (language, clip) of every clip played so far, in order.
    pub fn played(&self) -> Vec<(String, String)> {
        std::fs::read_to_string(self.log_path())
            .unwrap_or_default()
            .lines()
            .filter_map(|line| {
                let (lang, clip) = line.split_once('\t')?;
                Some((lang.to_owned(), clip.to_owned()))
            })
            .collect()
    }

    /// Samples above a whisper that have come out of the sink so far.
    pub fn loud_samples(&self) -> usize {
        self.loud.load(Ordering::Relaxed)
    }
}

impl Drop for SoundSink {
    fn drop(&mut self) {
        for child in &mut self.processes {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The server and its clients keep their cookie and state in the test's folder, not in the
/// home of whoever runs the tests.
fn private_home(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    [
        "HOME",
        "XDG_RUNTIME_DIR",
        "XDG_CONFIG_HOME",
        "PULSE_RUNTIME_PATH",
        "PULSE_STATE_PATH",
    ]
    .into_iter()
    .map(|name| (name, dir.to_owned()))
    .collect()
}

/// A clip's length in seconds, from its file in the repository's audio folder.
pub fn clip_seconds(language: &str, clip: &str) -> f64 {
    let path = crate::harness::workspace_root().join(format!("audio/{language}/{clip}.ogg"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    survey::vorbis::seconds(&bytes)
        .unwrap_or_else(|| panic!("{} is no Vorbis clip", path.display()))
}
