//! Sound on a machine without a sound card: an ALSA configuration whose default PCM is a
//! `file` plugin over `null` records what rodio plays. Playing a clip must write non-silent
//! samples of about the clip's duration. (Its own test binary, because ALSA reads its
//! configuration once per process.)

mod common;

use std::time::{Duration, Instant};

use kiosk::AudioPlayer;
use rodio::Source;

struct Wav {
    channels: u16,
    rate: u32,
    float: bool,
    bits: u16,
    data: Vec<u8>,
}

fn parse_wav(bytes: &[u8]) -> Wav {
    assert_eq!(&bytes[0..4], b"RIFF");
    let mut at = 12;
    let mut format = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let size = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
        let body = at + 8;
        if id == b"fmt " {
            let code = u16::from_le_bytes(bytes[body..body + 2].try_into().unwrap());
            let channels = u16::from_le_bytes(bytes[body + 2..body + 4].try_into().unwrap());
            let rate = u32::from_le_bytes(bytes[body + 4..body + 8].try_into().unwrap());
            let bits = u16::from_le_bytes(bytes[body + 14..body + 16].try_into().unwrap());
            format = Some((code, channels, rate, bits));
        }
        if id == b"data" {
            // The file plugin may not have rewritten the size: take everything that follows.
            let (code, channels, rate, bits) = format.expect("fmt comes before data");
            return Wav {
                channels,
                rate,
                float: code == 3,
                bits,
                data: bytes[body..].to_vec(),
            };
        }
        at = body + size;
    }
    panic!("no data chunk");
}

/// Mono amplitude per frame, as f32 in -1..1.
fn frames(wav: &Wav) -> Vec<f32> {
    let width = (wav.bits / 8) as usize;
    let frame = width * wav.channels as usize;
    wav.data
        .chunks_exact(frame)
        .map(|f| {
            let s = &f[..width];
            match (wav.float, wav.bits) {
                (true, 32) => f32::from_le_bytes(s.try_into().unwrap()),
                (false, 16) => i16::from_le_bytes(s.try_into().unwrap()) as f32 / 32768.0,
                (false, 32) => i32::from_le_bytes(s.try_into().unwrap()) as f32 / 2147483648.0,
                other => panic!("unexpected sample format {other:?}"),
            }
        })
        .collect()
}

#[test]
fn a_played_clip_reaches_the_output_whole_and_audible() {
    let dir = tempfile::tempdir().unwrap();
    let wav_path = dir.path().join("played.wav");
    let config = dir.path().join("asound.conf");
    std::fs::write(
        &config,
        format!(
            "pcm.null {{ type null }}\n\
             pcm.!default {{ type file slave.pcm \"null\" file \"{}\" format \"wav\" }}\n",
            wav_path.display()
        ),
    )
    .unwrap();
    // Set before anything in this process touches ALSA.
    std::env::set_var("ALSA_CONFIG_PATH", &config);

    let clip_path = common::repo().join("audio/nb/welcome-instructions.ogg");
    let clip = std::fs::read(&clip_path).unwrap();
    let decoded = rodio::Decoder::new(std::io::Cursor::new(clip.clone())).unwrap();
    let (rate, channels) = (decoded.sample_rate() as f32, decoded.channels() as usize);
    let samples = decoded.count();
    let clip_seconds = samples as f32 / channels as f32 / rate;

    let player = AudioPlayer::start();
    assert!(player.is_available(), "{:?}", player.unavailable_reason());
    player.play(clip).unwrap();
    let started = Instant::now();
    std::thread::sleep(Duration::from_millis(200));
    while player.is_playing() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the clip never finished"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(player);

    let wav = parse_wav(&std::fs::read(&wav_path).unwrap());
    let frames = frames(&wav);
    let loud: Vec<usize> = frames
        .iter()
        .enumerate()
        .filter(|(_, a)| a.abs() > 0.01)
        .map(|(i, _)| i)
        .collect();
    assert!(!loud.is_empty(), "only silence was written");
    let heard = (loud.last().unwrap() - loud.first().unwrap()) as f32 / wav.rate as f32;
    eprintln!(
        "heard {heard:.2} s of a {clip_seconds:.2} s clip at {} Hz, {} channels",
        wav.rate, wav.channels
    );
    let rms = (frames.iter().map(|a| a * a).sum::<f32>() / frames.len() as f32).sqrt();
    assert!(rms > 0.005, "rms {rms}");
    assert!(
        heard > clip_seconds * 0.8 && heard < clip_seconds + 0.2,
        "heard {heard:.2} s of a {clip_seconds:.2} s clip"
    );
}
