//! Playing clips through rodio on a dedicated audio thread.
//!
//! rodio's output stream is not `Send`, so one thread owns it and takes commands over a channel.
//! A new clip stops the one playing. When the machine has no output device the player says so
//! ([`AudioPlayer::is_available`]) and every command fails cleanly; nothing else in the kiosk
//! depends on sound working.

use std::io::Cursor;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use crate::KioskError;

enum Command {
    Play(Vec<u8>, Sender<Result<(), String>>),
    Stop,
    SetVolume(f32),
    IsPlaying(Sender<bool>),
    Shutdown,
}

pub struct AudioPlayer {
    commands: Option<Sender<Command>>,
    unavailable_because: Option<String>,
    thread: Option<JoinHandle<()>>,
}

impl AudioPlayer {
    /// Opens the default output device on the audio thread.
    pub fn start() -> Self {
        let (commands, receive) = mpsc::channel();
        let (ready, is_ready) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("audio".into())
            .spawn(move || audio_thread(receive, ready))
            .expect("spawning the audio thread");
        let outcome = is_ready
            .recv()
            .unwrap_or_else(|_| Err("the audio thread stopped".into()));
        match outcome {
            Ok(()) => AudioPlayer {
                commands: Some(commands),
                unavailable_because: None,
                thread: Some(thread),
            },
            Err(reason) => {
                let _ = thread.join();
                log::warn!("no audio output: {reason}");
                AudioPlayer {
                    commands: None,
                    unavailable_because: Some(reason),
                    thread: None,
                }
            }
        }
    }

    pub fn is_available(&self) -> bool {
        self.commands.is_some()
    }

    /// Why audio is unavailable, if it is.
    pub fn unavailable_reason(&self) -> Option<&str> {
        self.unavailable_because.as_deref()
    }

    /// Plays an Ogg Vorbis clip, stopping whatever was playing.
    pub fn play(&self, clip: Vec<u8>) -> Result<(), KioskError> {
        let (reply, result) = mpsc::channel();
        self.send(Command::Play(clip, reply))?;
        result
            .recv()
            .map_err(|_| self.gone())?
            .map_err(|e| KioskError::Clip("clip".into(), e))
    }

    /// Plays a clip file (see [`crate::Kiosk::clip_path`]), stopping whatever was playing.
    pub fn play_file(&self, path: &std::path::Path) -> Result<(), KioskError> {
        // Say "no audio" before reading the file: the screen shows that, not a read error.
        self.send_check()?;
        self.play(std::fs::read(path).map_err(KioskError::io(path))?)
    }

    pub fn stop(&self) -> Result<(), KioskError> {
        self.send(Command::Stop)
    }

    /// 0.0 is silent, 1.0 the clip's own level.
    pub fn set_volume(&self, volume: f32) -> Result<(), KioskError> {
        self.send(Command::SetVolume(volume.clamp(0.0, 2.0)))
    }

    pub fn is_playing(&self) -> bool {
        let (reply, answer) = mpsc::channel();
        self.send(Command::IsPlaying(reply)).is_ok() && answer.recv().unwrap_or(false)
    }

    fn send_check(&self) -> Result<(), KioskError> {
        self.commands
            .as_ref()
            .map(|_| ())
            .ok_or_else(|| self.gone())
    }

    fn send(&self, command: Command) -> Result<(), KioskError> {
        let commands = self.commands.as_ref().ok_or_else(|| self.gone())?;
        commands.send(command).map_err(|_| self.gone())
    }

    fn gone(&self) -> KioskError {
        KioskError::AudioUnavailable(
            self.unavailable_because
                .clone()
                .unwrap_or_else(|| "the audio thread stopped".into()),
        )
    }
}

impl Drop for AudioPlayer {
    fn drop(&mut self) {
        if let Some(commands) = self.commands.take() {
            let _ = commands.send(Command::Shutdown);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn audio_thread(commands: Receiver<Command>, ready: Sender<Result<(), String>>) {
    let mut stream = match rodio::OutputStreamBuilder::open_default_stream() {
        Ok(stream) => stream,
        Err(e) => {
            let _ = ready.send(Err(e.to_string()));
            return;
        }
    };
    stream.log_on_drop(false);
    let _ = ready.send(Ok(()));
    let mut volume = 1.0;
    let mut sink: Option<rodio::Sink> = None;
    while let Ok(command) = commands.recv() {
        match command {
            Command::Play(bytes, reply) => {
                if let Some(old) = sink.take() {
                    old.stop();
                }
                let result = rodio::Decoder::new(Cursor::new(bytes))
                    .map(|source| {
                        let new = rodio::Sink::connect_new(stream.mixer());
                        new.set_volume(volume);
                        new.append(source);
                        sink = Some(new);
                    })
                    .map_err(|e| e.to_string());
                let _ = reply.send(result);
            }
            Command::Stop => {
                if let Some(old) = sink.take() {
                    old.stop();
                }
            }
            Command::SetVolume(v) => {
                volume = v;
                if let Some(current) = &sink {
                    current.set_volume(v);
                }
            }
            Command::IsPlaying(reply) => {
                let _ = reply.send(sink.as_ref().is_some_and(|s| !s.empty()));
            }
            Command::Shutdown => break,
        }
    }
}
