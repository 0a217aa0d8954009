//! What the perturbation costs readers: the mean absolute change, in percentage points, of a
//! percentage shown on a page, for a municipality of 10, 20 and 50 and for the national page,
//! over many cells of a 5-option question answered at random. Run with
//! `cargo run -p publisher --example perturbation_cost`; PRIVACY.md quotes its output.
//!
//! Cell keys are uniform on 2^32 (a keyed hash), so drawing them at random is what the
//! publisher's keys do over many cells.

use publisher::perturb::{perturbed, MAX_CHANGE, VARIANCE};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Mean absolute change of a shown percentage for parts of `n` respondents: `exact_total`
/// when the part's total is public (everyone in a municipality), else a group of `n` inside a
/// municipality of `n * 2`, its total perturbed too.
fn cost(n: u64, exact_total: bool, rng: &mut Rng) -> f64 {
    let trials = 20_000;
    let mut sum = 0.0;
    let mut cells = 0u64;
    for _ in 0..trials {
        let mut counts = [0u64; 5];
        // Answers leaning to agreement, as surveys do: weights 1, 2, 3, 5, 5.
        for _ in 0..n {
            let pick = rng.next() % 16;
            let option = match pick {
                0 => 0,
                1..=2 => 1,
                3..=5 => 2,
                6..=10 => 3,
                _ => 4,
            };
            counts[option] += 1;
        }
        let shown_total = if exact_total {
            n
        } else {
            perturbed(n, rng.next() as u32, n * 2)
        };
        for c in counts {
            let shown = perturbed(c, rng.next() as u32, n).min(shown_total);
            let truth = 100.0 * c as f64 / n as f64;
            let page = 100.0 * shown as f64 / shown_total.max(1) as f64;
            sum += (page - truth).abs();
            cells += 1;
        }
    }
    sum / cells as f64
}

fn main() {
    let mut rng = Rng(18);
    println!(
        "Cell key perturbation: at most ±{MAX_CHANGE}, variance {VARIANCE} (counts of 2 or more)."
    );
    println!("Mean absolute change of a shown percentage, in percentage points:");
    println!("{:<34} {:>12} {:>18}", "", "everyone", "one group's part");
    for n in [10, 20, 50] {
        println!(
            "{:<34} {:>12.2} {:>18.2}",
            format!("municipality of {n}"),
            cost(n, true, &mut rng),
            cost(n, false, &mut rng)
        );
    }
    println!(
        "{:<34} {:>12.3} {:>18}",
        "national page (10,000 respondents)",
        cost(10_000, true, &mut rng) / 1.0,
        "-"
    );
}
