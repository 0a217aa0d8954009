//! How many web deliveries the collector takes from one client address and with one ticket
//! before it asks the page to wait (`429` with `Retry-After`). A ticket is the same for everyone
//! a municipality invites and the access code is in every invitation, so a ticket alone cannot
//! tell a participant from someone making up responses; these limits make making them up slow,
//! and the deliveries report makes it visible. Nothing is lost: a page told to wait keeps the
//! sealed response in its outbox and sends it again later.
//!
//! Each limit is a bucket: a burst that a whole class can use at once, then one more delivery
//! each interval. The numbers, and why, are in ARCHITECTURE.md ("Stuffing made hard and
//! visible"). In memory, like the guessing guard: bounded, and a restart only forgives.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A burst, then one more each `refill_every`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub burst: u32,
    pub refill_every: Duration,
}

/// One school address: two classes of 30 finishing at the same moment, then 360 an hour.
pub const PER_ADDRESS: Limit = Limit {
    burst: 60,
    refill_every: Duration::from_secs(10),
};

/// One municipality's ticket, from every address together: ten classes in the same hour, then
/// 600 an hour (14,400 a day, more than any municipality's web participants in a week).
pub const PER_TICKET: Limit = Limit {
    burst: 200,
    refill_every: Duration::from_secs(6),
};

/// The most addresses or tickets remembered; beyond it those with a full allowance (which
/// tell nothing) are forgotten first.
const MAX_TRACKED: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

struct Buckets<K> {
    limit: Limit,
    map: HashMap<K, Bucket>,
}

impl<K: Eq + Hash> Buckets<K> {
    fn new(limit: Limit) -> Self {
        Buckets {
            limit,
            map: HashMap::new(),
        }
    }

    fn refilled(&self, bucket: Bucket, now: Instant) -> f64 {
        let earned = now.saturating_duration_since(bucket.at).as_secs_f64()
            / self.limit.refill_every.as_secs_f64();
        (bucket.tokens + earned).min(f64::from(self.limit.burst))
    }

    /// Takes one delivery from `key`'s allowance, or says how long until there is one.
    fn take(&mut self, key: K, now: Instant) -> Result<(), Duration> {
        if self.map.len() >= MAX_TRACKED && !self.map.contains_key(&key) {
            let full = f64::from(self.limit.burst);
            let limit = self.limit;
            let probe = Buckets::<()> {
                limit,
                map: HashMap::new(),
            };
            self.map.retain(|_, b| probe.refilled(*b, now) < full);
            if self.map.len() >= MAX_TRACKED {
                // Every one is in use: an attack from very many addresses. The oldest go.
                let oldest = self.map.values().map(|b| b.at).min().unwrap_or(now);
                self.map.retain(|_, b| b.at > oldest);
            }
        }
        let start = Bucket {
            tokens: f64::from(self.limit.burst),
            at: now,
        };
        let bucket = *self.map.get(&key).unwrap_or(&start);
        let tokens = self.refilled(bucket, now);
        if tokens >= 1.0 {
            self.map.insert(
                key,
                Bucket {
                    tokens: tokens - 1.0,
                    at: now,
                },
            );
            Ok(())
        } else {
            self.map.insert(key, Bucket { tokens, at: now });
            Err(self.limit.refill_every.mul_f64(1.0 - tokens))
        }
    }
}

/// The allowances of every address and ticket that delivered lately.
pub struct DeliveryLimits {
    addresses: Mutex<Buckets<IpAddr>>,
    tickets: Mutex<Buckets<String>>,
}

impl Default for DeliveryLimits {
    fn default() -> Self {
        DeliveryLimits {
            addresses: Mutex::new(Buckets::new(PER_ADDRESS)),
            tickets: Mutex::new(Buckets::new(PER_TICKET)),
        }
    }
}

/// An IPv6 client holds a whole /64 and may use any address in it: it counts as one.
fn counted_as(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(_) => addr,
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(bits.into())
        }
    }
}

impl DeliveryLimits {
    /// One delivery from `addr`; `Err` is how long the page should wait.
    pub fn take_address(&self, addr: IpAddr, now: Instant) -> Result<(), Duration> {
        self.addresses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take(counted_as(addr), now)
    }

    /// One delivery with `ticket` (checked already); `Err` is how long the page should wait.
    pub fn take_ticket(&self, ticket: &str, now: Instant) -> Result<(), Duration> {
        self.tickets
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take(ticket.to_owned(), now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_burst_then_one_delivery_each_interval() {
        let limits = DeliveryLimits::default();
        let school: IpAddr = "192.0.2.7".parse().unwrap();
        let t0 = Instant::now();
        for _ in 0..PER_ADDRESS.burst {
            limits.take_address(school, t0).unwrap();
        }
        let wait = limits.take_address(school, t0).unwrap_err();
        assert_eq!(wait, PER_ADDRESS.refill_every);
        // Another address is not held up.
        limits
            .take_address("192.0.2.8".parse().unwrap(), t0)
            .unwrap();
        let later = t0 + PER_ADDRESS.refill_every;
        limits.take_address(school, later).unwrap();
        assert!(limits.take_address(school, later).is_err());
        // After a quiet hour the whole burst is there again, and never more.
        let hour = t0 + Duration::from_secs(3600);
        for _ in 0..PER_ADDRESS.burst {
            limits.take_address(school, hour).unwrap();
        }
        assert!(limits.take_address(school, hour).is_err());
    }

    #[test]
    fn a_ticket_is_limited_across_addresses_and_an_ipv6_network_counts_once() {
        let limits = DeliveryLimits::default();
        let t0 = Instant::now();
        for _ in 0..PER_TICKET.burst {
            limits.take_ticket("0301.x", t0).unwrap();
        }
        assert!(limits.take_ticket("0301.x", t0).is_err());
        limits.take_ticket("4601.y", t0).unwrap();
        for i in 0..PER_ADDRESS.burst {
            let addr: IpAddr = format!("2001:db8::{i:x}").parse().unwrap();
            limits.take_address(addr, t0).unwrap();
        }
        assert!(limits
            .take_address("2001:db8::ffff:1".parse().unwrap(), t0)
            .is_err());
        limits
            .take_address("2001:db8:0:1::1".parse().unwrap(), t0)
            .unwrap();
    }

    #[test]
    fn memory_stays_bounded_under_very_many_addresses() {
        let mut buckets = Buckets::new(PER_ADDRESS);
        let t0 = Instant::now();
        for i in 0..(MAX_TRACKED as u32 + 10) {
            buckets.take(i, t0).unwrap();
        }
        assert!(buckets.map.len() <= MAX_TRACKED);
    }
}
