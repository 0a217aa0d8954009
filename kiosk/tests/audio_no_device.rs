//! Without any output device, audio reports itself unavailable and says why, and the rest of the
//! kiosk works. (Its own test binary, because ALSA reads its configuration once per process.)

mod common;

use kiosk::AudioPlayer;

#[test]
fn without_a_device_audio_is_unavailable_and_the_kiosk_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("asound.conf");
    // A configuration that defines no PCM at all: like a machine with no sound card.
    std::fs::write(&config, "# no devices\n").unwrap();
    std::env::set_var("ALSA_CONFIG_PATH", &config);

    let player = AudioPlayer::start();
    assert!(!player.is_available());
    assert!(player.unavailable_reason().is_some());
    let err = player.play(b"OggS".to_vec()).unwrap_err();
    assert_eq!(err.code(), "error-audio");
    assert!(player.stop().is_err());

    let mut kiosk = common::kiosk_in(&dir.path().join("data"));
    kiosk.start_session("nb", false).unwrap();
    assert_eq!(kiosk.accept_privacy().unwrap().stage, "question");
}
