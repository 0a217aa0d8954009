//! How this kiosk speaks to participants: whether each question is read aloud as it shows
//! (on unless a coordinator turned it off) and how loud. Kept in the kiosk's settings, so a
//! classroom's choice survives a restart.

use crate::store::Store;
use crate::KioskError;

const AUTO_PLAY: &str = "sound.auto_play";
const VOLUME: &str = "sound.volume";
/// Steps of the volume buttons, from silent-but-one to twice the clip's own level.
pub const VOLUME_STEPS: [f32; 7] = [0.25, 0.5, 0.75, 1.0, 1.3, 1.6, 2.0];
const DEFAULT_STEP: usize = 3;
// The quietest step is still heard: "quieter" never silences a participant's kiosk.
const _: () = assert!(VOLUME_STEPS[0] > 0.0);

/// Whether a question's text is played as soon as the question shows. On by default: many
/// participants read little.
pub fn auto_play(store: &Store) -> Result<bool, KioskError> {
    Ok(store.setting(AUTO_PLAY)?.as_deref() != Some("off"))
}

pub fn set_auto_play(store: &mut Store, on: bool) -> Result<(), KioskError> {
    store.set_setting(AUTO_PLAY, if on { "on" } else { "off" })
}

/// The volume step in use (an index into [`VOLUME_STEPS`]).
pub fn volume_step(store: &Store) -> Result<usize, KioskError> {
    Ok(store
        .setting(VOLUME)?
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|step| *step < VOLUME_STEPS.len())
        .unwrap_or(DEFAULT_STEP))
}

/// One step louder (`up`) or quieter, within the steps; returns the new step.
pub fn change_volume(store: &mut Store, up: bool) -> Result<usize, KioskError> {
    let now = volume_step(store)?;
    let next = if up {
        (now + 1).min(VOLUME_STEPS.len() - 1)
    } else {
        now.saturating_sub(1)
    };
    store.set_setting(VOLUME, &next.to_string())?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_play_is_on_until_turned_off_and_the_volume_stays_within_its_steps() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("kiosk.sqlite3")).unwrap();
        assert!(auto_play(&store).unwrap());
        set_auto_play(&mut store, false).unwrap();
        assert!(!auto_play(&store).unwrap());
        set_auto_play(&mut store, true).unwrap();
        assert!(auto_play(&store).unwrap());

        assert_eq!(volume_step(&store).unwrap(), DEFAULT_STEP);
        for _ in 0..10 {
            change_volume(&mut store, true).unwrap();
        }
        assert_eq!(volume_step(&store).unwrap(), VOLUME_STEPS.len() - 1);
        for _ in 0..10 {
            change_volume(&mut store, false).unwrap();
        }
        assert_eq!(volume_step(&store).unwrap(), 0);
    }
}
