//! Changing inputs the way parsers break: flipped bits, bytes put in, taken out or doubled,
//! cuts, two inputs spliced together, and values that sit on the edges of what parsers expect
//! (quotes and brackets, huge numbers, overlong UTF-8, impossible dates).

/// A small deterministic generator (xorshift64*), so that a run can be repeated by its seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`; `n` must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn byte(&mut self) -> u8 {
        self.next_u64() as u8
    }
}

/// Bytes on which parsers draw lines.
const INTERESTING_BYTES: &[u8] = &[
    0x00, 0xff, 0x7f, 0x80, 0xc0, 0xfe, b'"', b'{', b'}', b'[', b']', b',', b':', b'\\', b'\n',
    b'\r', b'\t', b' ', b'=', b'-', b'.', b'/', b'0', b'9', b'$', b'#', b'*',
];

/// Short pieces that mean something to JSON, Fluent, base64, dates or the age header.
const INTERESTING_TOKENS: &[&[u8]] = &[
    b"\"",
    b"{",
    b"}",
    b"[]",
    b"{}",
    b"null",
    b"true",
    b"-1",
    b"0",
    b"-0",
    b"1e999",
    b"4294967296",
    b"18446744073709551616",
    b"99999999999999999999999999999999",
    b"-9223372036854775809",
    b"\\u0000",
    b"\\ud800",
    b"\\udfff",
    b"\\\"",
    b"2026-02-30",
    b"0000-01-01",
    b"+262143-12-31",
    b"9999-12-31",
    b"2026-11-02",
    b"\xc0\xaf",
    b"\xe0\x80\xaf",
    b"\xf0\x80\x80\xaf",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xe2\x81\xa8",
    b"\xef\xbb\xbf",
    b"-> X25519 ",
    b"\n--- ",
    b"age-encryption.org/v1\n",
    b"==",
    b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    b"{ $",
    b"{ -",
    b" ->\n",
    b"\n    *[other] ",
    b"\n    .attr = ",
    b"{ { { { { { { { {",
    b"../",
    b"/",
];

/// The largest input a mutation makes; every parser here refuses far smaller bodies anyway.
pub const MAX_INPUT: usize = 256 * 1024;

/// Applies one to four random changes to `input`, sometimes splicing in part of `other`.
pub fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        mutate_once(rng, &mut out, other);
    }
    out.truncate(MAX_INPUT);
    out
}

fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>, other: &[u8]) {
    if data.is_empty() {
        let token = INTERESTING_TOKENS[rng.below(INTERESTING_TOKENS.len())];
        data.extend_from_slice(token);
        return;
    }
    let at = rng.below(data.len());
    match rng.below(12) {
        0 => data[at] ^= 1 << rng.below(8),
        1 => data[at] = rng.byte(),
        2 => data[at] = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())],
        3 => {
            let byte = rng.byte();
            data.insert(at, byte);
        }
        4 => {
            let len = 1 + rng.below((data.len() - at).min(16));
            data.drain(at..at + len);
        }
        5 => {
            let len = 1 + rng.below((data.len() - at).min(64));
            let copy = data[at..at + len].to_vec();
            let to = rng.below(data.len() + 1);
            data.splice(to..to, copy);
        }
        6 => data.truncate(at),
        7 => {
            let token = INTERESTING_TOKENS[rng.below(INTERESTING_TOKENS.len())];
            data.splice(at..at, token.iter().copied());
        }
        8 => {
            // Overwrite rather than insert, so lengths that must stay exact can stay so.
            let token = INTERESTING_TOKENS[rng.below(INTERESTING_TOKENS.len())];
            let end = (at + token.len()).min(data.len());
            data.splice(at..end, token.iter().copied());
        }
        9 if !other.is_empty() => {
            // The head of this input and the tail of another: reaches structures neither has.
            let from = rng.below(other.len());
            data.truncate(at);
            data.extend_from_slice(&other[from..]);
        }
        10 => {
            if data[at].is_ascii_digit() {
                data[at] = b'0' + rng.below(10) as u8;
            } else {
                data[at] = data[at].wrapping_add(1);
            }
        }
        _ => {
            // A run of one repeated byte, for deep nesting and long lines.
            let byte = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())];
            let len = 1 << rng.below(16);
            data.splice(at..at, std::iter::repeat_n(byte, len));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_mutations_and_another_seed_others() {
        let input = br#"{"code":"0301-ABCD"}"#;
        let run = |seed| {
            let mut rng = Rng::new(seed);
            (0..50)
                .map(|_| mutate(&mut rng, input, b"other"))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
        assert!(run(7).iter().any(|m| m.as_slice() != input));
    }

    #[test]
    fn mutations_never_exceed_the_size_cap() {
        let mut rng = Rng::new(1);
        let mut data = vec![b'x'; MAX_INPUT];
        for _ in 0..200 {
            data = mutate(&mut rng, &data, &data.clone());
            assert!(data.len() <= MAX_INPUT);
        }
    }
}
