//! Shrinking a crashing input: delete lines, then tokens, then single
//! characters, keeping each deletion while the input still crashes the same
//! way (delta debugging).

use std::time::{Duration, Instant};

use crate::lex;

/// Limits on one minimisation.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub tests: usize,
    pub time: Duration,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            tests: 20_000,
            time: Duration::from_secs(120),
        }
    }
}

/// The smallest input found that still satisfies `crashes`. `crashes` must
/// hold for `input`.
pub fn minimise(input: &str, budget: Budget, mut crashes: impl FnMut(&str) -> bool) -> String {
    let start = Instant::now();
    let tests = std::cell::Cell::new(0usize);
    let exhausted = || tests.get() >= budget.tests || start.elapsed() >= budget.time;
    let mut check = |candidate: &str| {
        if exhausted() {
            return false;
        }
        tests.set(tests.get() + 1);
        crashes(candidate)
    };
    let mut best = input.to_string();
    loop {
        let before = best.len();
        // Top-level declarations, lines, then tokens (whitespace kept, so
        // lines stay apart).
        best = ddmin(declarations(&best), &mut check).concat();
        let lines: Vec<String> = best.split_inclusive('\n').map(str::to_string).collect();
        best = ddmin(lines, &mut check).concat();
        best = pairs(&best, &mut check);
        let tokens = lex::tokens(&best);
        let pieces: Vec<String> = tokens.iter().map(|t| best[t.start..t.end].to_string()).collect();
        best = ddmin(pieces, &mut check).concat();
        best = tidy(&best, &mut check);
        if best.len() >= before || exhausted() {
            break;
        }
    }
    best
}

/// Delta debugging over a list of pieces: removes chunks, halving the chunk
/// size when nothing more can go.
fn ddmin(mut pieces: Vec<String>, check: &mut impl FnMut(&str) -> bool) -> Vec<String> {
    let mut chunk = pieces.len().div_ceil(2).max(1);
    loop {
        let mut removed = false;
        let mut at = 0;
        while at < pieces.len() {
            let end = (at + chunk).min(pieces.len());
            if pieces[at..end].iter().all(|piece| piece.trim().is_empty()) {
                at = end;
                continue;
            }
            let candidate: String = pieces[..at].concat() + &pieces[end..].concat();
            if check(&candidate) {
                pieces.drain(at..end);
                removed = true;
            } else {
                at = end;
            }
        }
        if chunk == 1 && !removed {
            return pieces;
        }
        if !removed {
            chunk = chunk.div_ceil(2);
        }
    }
}

/// The text cut before each line that starts at column 0 with a word (a
/// declaration, `import`, `package`): removing one removes a whole function
/// or type, which single lines often cannot.
fn declarations(text: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        let starts_declaration = line.starts_with(|c: char| c.is_ascii_alphabetic());
        match pieces.last_mut() {
            Some(last) if !starts_declaration => last.push_str(line),
            _ => pieces.push(line.to_string()),
        }
    }
    pieces
}

/// Removes two lines at once (a use and its declaration, an import and the
/// call of it), for short inputs where delta debugging left such pairs.
fn pairs(text: &str, check: &mut impl FnMut(&str) -> bool) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.len() > 80 {
        return text.to_string();
    }
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        let mut removed = false;
        while j < lines.len() {
            if lines[i].trim().is_empty() || lines[j].trim().is_empty() {
                j += 1;
                continue;
            }
            let candidate: String = lines
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != i && k != j)
                .map(|(_, l)| *l)
                .collect();
            if check(&candidate) {
                lines.remove(j);
                lines.remove(i);
                removed = true;
                break;
            }
            j += 1;
        }
        if !removed {
            i += 1;
        }
    }
    lines.concat()
}

/// Whitespace made ordinary: runs of blank lines and trailing spaces go.
fn tidy(text: &str, check: &mut impl FnMut(&str) -> bool) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() && (out.is_empty() || out.ends_with("\n\n")) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if out != text && check(&out) { out } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_what_the_crash_needs() {
        let input = "package main\n\nfunc a() {}\n\nfunc main() {\n\tx := 1\n\ty := boom(x) + 2\n\t_ = y\n}\n";
        let small = minimise(input, Budget::default(), |text| text.contains("boom"));
        assert_eq!(small.trim(), "boom");
        let small = minimise(input, Budget::default(), |text| text.contains("main") && text.contains("boom("));
        assert!(small.len() < 20, "{small:?}");
    }
}
