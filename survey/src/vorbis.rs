//! What the tests and the audio build need to know of an Ogg Vorbis clip without decoding
//! it: its channels, rate and length, from its first and last Ogg pages.

/// Channels and sample rate from the Vorbis identification header on an Ogg file's first page.
pub fn format(bytes: &[u8]) -> Option<(u8, u32)> {
    if !bytes.starts_with(b"OggS") {
        return None;
    }
    let at = bytes.windows(7).position(|w| w == b"\x01vorbis")?;
    let header = bytes.get(at + 7..at + 16)?;
    let channels = header[4];
    let rate = u32::from_le_bytes(header[5..9].try_into().ok()?);
    Some((channels, rate))
}

/// A clip's length in seconds: the last Ogg page's granule position (samples) over the rate.
pub fn seconds(bytes: &[u8]) -> Option<f64> {
    let (_, rate) = format(bytes)?;
    let last_page = bytes.windows(4).rposition(|w| w == b"OggS")?;
    let granule = i64::from_le_bytes(bytes.get(last_page + 6..last_page + 14)?.try_into().ok()?);
    (rate > 0 && granule >= 0).then(|| granule as f64 / f64::from(rate))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_committed_clip_has_its_length_and_anything_else_none() {
        let clip = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../audio/nb/answer-yes.ogg"),
        )
        .unwrap();
        assert_eq!(format(&clip), Some((1, 16_000)));
        let length = seconds(&clip).unwrap();
        assert!((0.2..3.0).contains(&length), "{length}");
        assert_eq!(seconds(b"RIFF....WAVE"), None);
        assert_eq!(seconds(&clip[..40]), None);
    }
}
