//! The cell key method (the Australian Bureau of Statistics' TableBuilder, the ONS for the 2021
//! Census): every published count carries a small, bounded adjustment, so that no count is
//! certain, and the same cell always shows the same value.
//!
//! - Each response gets a record key: HMAC-SHA256 over its response id, keyed by a key derived
//!   from the survey identity's secret. Only the owner, who holds the identity, can compute
//!   them; the key goes into no publication, file or database.
//! - A cell's key is the sum of its records' keys, plus a keyed hash of the cell's description,
//!   mod 2^32. The description term gives empty cells keys of their own: with record keys alone
//!   every empty cell would have key 0, take the same adjustment, and a published non-zero
//!   would prove a count was not zero.
//! - A fixed table ([`PTABLE`]) maps the true count and the cell key to an adjustment of at most
//!   [`MAX_CHANGE`]. The result is never negative and never above the true total of the set the
//!   cell lies in (a part's respondents; for a group's size, its municipality): a true 0 may be
//!   shown as 1 or 2 and a 1 or 2 as 0, and "everyone" may be shown as one or two fewer, the
//!   table mirrored. Without the mirror, "everyone" shown as two more than a public total would
//!   prove it was everyone. Every value within the bound and inside [0, total] is reachable
//!   from every true count, so an attacker who knows the table learns no more than the bound.
//!
//! The same records and the same description give the same value on every page and in every
//! republication made with the same identity.

use ring::hmac;

/// The most a published count differs from the true count.
pub const MAX_CHANGE: u64 = 2;

/// For true counts 0, 1 and 2 or more: the probability (in 1/1000) of each adjustment from
/// -2 to +2. Counts of 2 or more: mean 0, variance 0.8. Counts of 0 and 1 cannot go below 0,
/// so they are moved up a little more often than down (mean +0.4 and +0.15).
pub const PTABLE: [[u32; 5]; 3] = [
    [0, 0, 700, 200, 100],
    [0, 250, 450, 200, 100],
    [50, 200, 500, 200, 50],
];

/// The variance of the adjustment of a count of 2 or more.
pub const VARIANCE: f64 = 0.8;

/// The keys of one survey's responses, derived from its identity.
pub struct CellKeys {
    key: hmac::Key,
}

impl CellKeys {
    /// From the survey's age identity: its secret, through HMAC with a fixed label, so the
    /// identity itself is never used as a key for anything but opening responses.
    pub fn from_identity(identity: &age::x25519::Identity) -> Self {
        use age::secrecy::ExposeSecret;
        let secret = identity.to_string();
        Self::from_secret(secret.expose_secret().as_bytes())
    }

    /// From any secret (tests, benches).
    pub fn from_secret(secret: &[u8]) -> Self {
        let outer = hmac::Key::new(hmac::HMAC_SHA256, secret);
        let derived = hmac::sign(&outer, b"survey-kiosk publisher cell keys v1");
        CellKeys {
            key: hmac::Key::new(hmac::HMAC_SHA256, derived.as_ref()),
        }
    }

    fn hash(&self, domain: &[u8], text: &str) -> u32 {
        let mut context = hmac::Context::with_key(&self.key);
        context.update(domain);
        context.update(text.as_bytes());
        let tag = context.sign();
        u32::from_be_bytes(tag.as_ref()[..4].try_into().expect("4 bytes"))
    }

    pub fn record_key(&self, response_id: &str) -> u32 {
        self.hash(b"record\0", response_id)
    }

    /// The key of the cell `description` holding `records` (response ids).
    pub fn cell_key<'a>(&self, description: &str, records: impl Iterator<Item = &'a str>) -> u32 {
        records.fold(self.hash(b"cell\0", description), |sum, id| {
            sum.wrapping_add(self.record_key(id))
        })
    }

    /// The published value of a cell of `records` (its true count is how many there are),
    /// inside a set of `total`.
    pub fn published<'a>(
        &self,
        description: &str,
        records: impl Iterator<Item = &'a str> + Clone,
        total: u64,
    ) -> u64 {
        let count = records.clone().count() as u64;
        perturbed(count, self.cell_key(description, records), total)
    }
}

/// The adjustment of the table for `count` at `cell_key`, applied, within `[0, total]`: near
/// the total, the table's rows for 0 and 1 apply to what is left.
pub fn perturbed(count: u64, cell_key: u32, total: u64) -> u64 {
    let left = total.saturating_sub(count);
    if left < 2 && left < count {
        return total - moved(left, cell_key).min(total);
    }
    moved(count, cell_key).min(total)
}

fn moved(count: u64, cell_key: u32) -> u64 {
    let row = &PTABLE[count.min(2) as usize];
    // The key as a point in [0, 1000): its place in the row's cumulative probabilities.
    let point = ((cell_key as u64 * 1000) >> 32) as u32;
    let mut cumulative = 0;
    for (i, p) in row.iter().enumerate() {
        cumulative += p;
        if point < cumulative {
            return (count as i64 + i as i64 - 2).max(0) as u64;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_a_distribution_within_the_bound_and_never_negative() {
        for (count, row) in PTABLE.iter().enumerate() {
            assert_eq!(row.iter().sum::<u32>(), 1000);
            for (i, p) in row.iter().enumerate() {
                if (count as i64) + (i as i64) - 2 < 0 {
                    assert_eq!(*p, 0, "count {count} can never go below 0");
                } else {
                    assert!(
                        *p > 0,
                        "count {count}: every reachable value must be possible"
                    );
                }
            }
        }
        let mean: f64 = PTABLE[2]
            .iter()
            .enumerate()
            .map(|(i, p)| (i as f64 - 2.0) * *p as f64 / 1000.0)
            .sum();
        let variance: f64 = PTABLE[2]
            .iter()
            .enumerate()
            .map(|(i, p)| (i as f64 - 2.0).powi(2) * *p as f64 / 1000.0)
            .sum();
        assert!(mean.abs() < 1e-9 && (variance - VARIANCE).abs() < 1e-9);
    }

    #[test]
    fn the_table_is_followed_over_the_whole_key_range() {
        let mut seen = [[0u32; 5]; 3];
        for step in 0..100_000u64 {
            let key = (step * (u32::MAX as u64) / 100_000) as u32;
            for count in 0..3u64 {
                let shown = perturbed(count, key, 100) as i64 - count as i64;
                seen[count as usize][(shown + 2) as usize] += 1;
            }
        }
        for count in 0..3 {
            for i in 0..5 {
                let expected = PTABLE[count][i] * 100;
                assert!(
                    seen[count][i].abs_diff(expected) <= 2,
                    "count {count}, change {}: {} of 100000",
                    i as i64 - 2,
                    seen[count][i]
                );
            }
        }
    }

    #[test]
    fn the_same_cell_always_gets_the_same_value_and_keys_depend_on_the_secret() {
        let keys = CellKeys::from_secret(b"one secret");
        let ids = ["a", "b", "c"];
        let first = keys.cell_key("0301 thrive 3", ids.iter().copied());
        let reordered = keys.cell_key("0301 thrive 3", ["c", "a", "b"].into_iter());
        assert_eq!(first, reordered, "a cell is a set: order does not matter");
        assert_ne!(first, keys.cell_key("0301 thrive 4", ids.iter().copied()));
        let other = CellKeys::from_secret(b"another secret");
        assert_ne!(first, other.cell_key("0301 thrive 3", ids.iter().copied()));
        // Empty cells get keys of their own, so zeros are moved too.
        let zeros: std::collections::BTreeSet<u64> = (0..200)
            .map(|i| keys.published(&format!("empty {i}"), std::iter::empty(), 10))
            .collect();
        assert_eq!(zeros, [0, 1, 2].into_iter().collect());
    }

    #[test]
    fn everyone_is_never_shown_above_the_total_and_may_be_shown_below() {
        let everyone: std::collections::BTreeSet<u64> = (0..1000u32)
            .map(|i| perturbed(10, i.wrapping_mul(4_294_967), 10))
            .collect();
        assert_eq!(everyone, [8, 9, 10].into_iter().collect());
        let all_but_one: std::collections::BTreeSet<u64> = (0..1000u32)
            .map(|i| perturbed(9, i.wrapping_mul(4_294_967), 10))
            .collect();
        assert_eq!(all_but_one, [7, 8, 9, 10].into_iter().collect());
    }
}
