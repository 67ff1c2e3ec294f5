//! Go's `math` package, bit for bit as Go 1.26 computes it on amd64.
//!
//! Rust's `f64` methods call the C library, whose results differ from Go's
//! in the last bit for many inputs, and whose `max`/`min` ignore NaN. So the
//! functions here are ports of Go's: the pure Go algorithms (`Pow`, `Sin`,
//! `Cos`, `Tan`, `Atan`, `Atan2`, `Asin`, `Acos`, `Cbrt`, `Mod`, `Frexp`,
//! `Ldexp`), and Go's amd64 assembly where Go uses it (`Exp`, with or without
//! FMA as the processor allows; `Log`; `Hypot`; `Max`; `Min`). `Sqrt`,
//! `Floor`, `Ceil` and `Trunc` are exact operations, the same everywhere.
//! The constants (`math.Pi`, `math.MaxInt64`, ...) are folded by the
//! translator and have no Rust counterpart here.

// Go's constants are kept digit for digit as Go's sources write them.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

/// Go's `math.NaN()`: a quiet NaN with payload 1.
const UVNAN: u64 = 0x7FF8_0000_0000_0001;
const UVINF: u64 = 0x7FF0_0000_0000_0000;
const UVNEGINF: u64 = 0xFFF0_0000_0000_0000;
const UVONE: u64 = 0x3FF0_0000_0000_0000;
const MASK: u64 = 0x7FF;
const SHIFT: u32 = 64 - 11 - 1;
const BIAS: i64 = 1023;
const SIGN_MASK: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << SHIFT) - 1;

/// Go's exactly rounded constant expressions (`Pi/2`, `4/Pi`, ...): Go
/// evaluates them exactly and rounds once, which `f64` arithmetic on the
/// rounded `Pi` does not always reproduce.
const PI: f64 = f64::from_bits(0x4009_21FB_5444_2D18);
const PI_2: f64 = f64::from_bits(0x3FF9_21FB_5444_2D18);
const PI_4: f64 = f64::from_bits(0x3FE9_21FB_5444_2D18);
const PI3_4: f64 = f64::from_bits(0x4002_D97C_7F33_21D2);
const FOUR_OVER_PI: f64 = f64::from_bits(0x3FF4_5F30_6DC9_C883);
const INV_LN2: f64 = f64::from_bits(0x3FF7_1547_652B_82FE);
const INV_LN10: f64 = f64::from_bits(0x3FDB_CB7B_1526_E50E);

// ---------------------------------------------------------------------------
// Bits, infinities and NaN.
// ---------------------------------------------------------------------------

/// `math.Float64bits(f)`.
pub fn float64bits(f: f64) -> u64 {
    f.to_bits()
}

/// `math.Float64frombits(b)`.
pub fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

/// `math.Float32bits(f)`.
pub fn float32bits(f: f32) -> u32 {
    f.to_bits()
}

/// `math.Float32frombits(b)`.
pub fn float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}

/// `math.Inf(sign)`: +Inf when `sign >= 0`, else -Inf.
pub fn inf(sign: i64) -> f64 {
    f64::from_bits(if sign >= 0 { UVINF } else { UVNEGINF })
}

/// `math.NaN()`.
pub fn nan() -> f64 {
    f64::from_bits(UVNAN)
}

/// `math.IsNaN(f)`.
pub fn is_nan(f: f64) -> bool {
    f.is_nan()
}

/// `math.IsInf(f, sign)`: +Inf when `sign > 0`, -Inf when `sign < 0`,
/// either when `sign == 0`.
pub fn is_inf(f: f64, sign: i64) -> bool {
    let f = if sign == 0 {
        abs(f)
    } else if sign < 0 {
        -f
    } else {
        f
    };
    f > f64::MAX
}

/// `math.Signbit(x)`: whether the sign bit is set (true for -0 and -NaN).
pub fn signbit(x: f64) -> bool {
    (x.to_bits() as i64) < 0
}

/// `math.Copysign(f, sign)`.
pub fn copysign(f: f64, sign: f64) -> f64 {
    f64::from_bits((f.to_bits() & !SIGN_MASK) | (sign.to_bits() & SIGN_MASK))
}

/// `math.Abs(x)`.
pub fn abs(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & !SIGN_MASK)
}

// ---------------------------------------------------------------------------
// Rounding.
// ---------------------------------------------------------------------------

/// `math.Floor(x)`.
pub fn floor(x: f64) -> f64 {
    x.floor()
}

/// `math.Ceil(x)`.
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

/// `math.Trunc(x)`.
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// `math.Round(x)`: half away from zero.
pub fn round(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let e = (bits >> SHIFT) & MASK;
    if e < BIAS as u64 {
        bits &= SIGN_MASK;
        if e == BIAS as u64 - 1 {
            bits |= UVONE;
        }
    } else if e < BIAS as u64 + SHIFT as u64 {
        const HALF: u64 = 1 << (SHIFT - 1);
        let e = e - BIAS as u64;
        bits = bits.wrapping_add(HALF >> e);
        bits &= !(FRAC_MASK >> e);
    }
    f64::from_bits(bits)
}

/// `math.RoundToEven(x)`: half to even.
pub fn round_to_even(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let e = (bits >> SHIFT) & MASK;
    if e >= BIAS as u64 {
        const HALF_MINUS_ULP: u64 = (1 << (SHIFT - 1)) - 1;
        let e = e - BIAS as u64;
        // Large numbers, infinities and NaN have e >= 52: Go's shifts by 52
        // or more give 0, as `checked_shr` with a fallback does here.
        let odd = shr64(bits, (SHIFT as u64).wrapping_sub(e)) & 1;
        bits = bits.wrapping_add(shr64(HALF_MINUS_ULP + odd, e));
        bits &= !shr64(FRAC_MASK, e);
    } else if e == BIAS as u64 - 1 && bits & FRAC_MASK != 0 {
        bits = (bits & SIGN_MASK) | UVONE;
    } else {
        bits &= SIGN_MASK;
    }
    f64::from_bits(bits)
}

/// `math.Modf(f)`: the integer and fractional parts, both with `f`'s sign.
pub fn modf(f: f64) -> (f64, f64) {
    let integer = trunc(f);
    (integer, copysign(f - integer, f))
}

/// Go's `normalize`: a subnormal `x` scaled to a normal number.
fn normalize(x: f64) -> (f64, i64) {
    const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
    if abs(x) < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// `math.Frexp(f)`: `frac × 2**exp == f` with `|frac|` in `[½, 1)`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS + 1;
    x &= !(MASK << SHIFT);
    x |= ((-1 + BIAS) as u64) << SHIFT;
    (f64::from_bits(x), exp)
}

/// `math.Ldexp(frac, exp)`: `frac × 2**exp`.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.wrapping_add(e);
    let mut x = frac.to_bits();
    exp = exp.wrapping_add(((x >> SHIFT) & MASK) as i64 - BIAS);
    if exp < -1075 {
        return copysign(0.0, frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { inf(-1) } else { inf(1) };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * f64::from_bits(x)
}

// ---------------------------------------------------------------------------
// Max, Min, Dim, Mod.
// ---------------------------------------------------------------------------

/// `math.Max(x, y)`: +Inf if either is +Inf, else NaN if either is NaN;
/// `Max(+0, -0)` is +0.
pub fn max(x: f64, y: f64) -> f64 {
    if x.to_bits() == UVINF || y.to_bits() == UVINF {
        return inf(1);
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && y == 0.0 {
        return if signbit(x) { y } else { x };
    }
    if x > y { x } else { y }
}

/// `math.Min(x, y)`: -Inf if either is -Inf, else NaN if either is NaN;
/// `Min(+0, -0)` is -0.
pub fn min(x: f64, y: f64) -> f64 {
    if x.to_bits() == UVNEGINF || y.to_bits() == UVNEGINF {
        return inf(-1);
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && y == 0.0 {
        return if signbit(x) { x } else { y };
    }
    if x < y { x } else { y }
}

/// `math.Dim(x, y)`: `max(x-y, 0)`.
pub fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        return 0.0;
    }
    v
}

/// `math.Remainder(x, y)`: the IEEE 754 remainder `x - n*y`, `n` the
/// integer nearest `x/y` (ties to even); Go's algorithm (amd64 has no
/// assembly version). NaN for NaN operands, infinite `x` or zero `y`;
/// `x` for infinite `y`.
pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308; // 0x0020000000000000
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    let mut x = x;
    let mut y = y;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if y < 0.0 {
        y = -y;
    }
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = mod_(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign {
        x = -x;
    }
    x
}

/// `math.Mod(x, y)`: the remainder of `x/y`, with `x`'s sign (`Mod(x, 0)`,
/// `Mod(±Inf, y)` and NaN operands give NaN; `Mod(x, ±Inf)` is `x`).
pub fn mod_(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    let y = abs(y);
    let (yfr, yexp) = frexp(y);
    let mut r = x;
    if x < 0.0 {
        r = -x;
    }
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 {
        r = -r;
    }
    r
}

// ---------------------------------------------------------------------------
// Roots, exponentials and logarithms.
// ---------------------------------------------------------------------------

/// `math.Sqrt(x)` (correctly rounded; NaN for `x < 0`, `Sqrt(-0)` is -0).
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// `math.Hypot(p, q)`: `Sqrt(p*p + q*q)` without overflow, as Go's amd64
/// assembly computes it.
pub fn hypot(p: f64, q: f64) -> f64 {
    let p_bits = p.to_bits() & !SIGN_MASK;
    let q_bits = q.to_bits() & !SIGN_MASK;
    if p_bits >= UVINF || q_bits >= UVINF {
        if p_bits == UVINF || q_bits == UVINF {
            return inf(1);
        }
        return nan();
    }
    if p_bits | q_bits == 0 {
        return 0.0;
    }
    let (p, q) = (f64::from_bits(p_bits), f64::from_bits(q_bits));
    let (big, small) = if p > q { (p, q) } else { (q, p) };
    let ratio = small / big;
    big * (ratio * ratio + 1.0).sqrt()
}

/// `math.Cbrt(x)`: the cube root.
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFC << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign {
        t = -t;
    }
    t
}

/// `CVTSD2SL`: to int32 rounding to nearest even, `i32::MIN` when out of
/// range.
#[cfg(target_arch = "x86_64")]
fn cvtsd2sl(x: f64) -> i32 {
    let r = x.round_ties_even();
    if (-2147483648.0..=2147483647.0).contains(&r) {
        r as i32
    } else {
        i32::MIN
    }
}

/// Whether Go's amd64 `Exp` takes its FMA path (`useFMA`).
#[cfg(target_arch = "x86_64")]
fn use_fma() -> bool {
    std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
}

/// `math.Exp(x)`: `e**x`.
pub fn exp(x: f64) -> f64 {
    #[cfg(target_arch = "x86_64")]
    {
        exp_amd64(x, use_fma())
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        exp_go(x)
    }
}

/// Go's `archExp` (`exp_amd64.s`), operation for operation.
#[cfg(target_arch = "x86_64")]
fn exp_amd64(x: f64, fma: bool) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const T: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bits = x.to_bits();
    if bits & !SIGN_MASK >= UVINF {
        if bits == UVNEGINF {
            return 0.0;
        }
        return x;
    }
    if x > OVERFLOW {
        return inf(1);
    }
    let mut e = cvtsd2sl(LOG2E * x);
    let k = e as f64;
    let mut r;
    if fma {
        r = (-k).mul_add(LN2U, x);
        r = (-k).mul_add(LN2L, r);
        r *= 0.0625;
        let mut p = T[8];
        for c in [T[7], T[6], T[5], T[4], T[3], T[0], T[1]] {
            p = p.mul_add(r, c);
        }
        r *= p;
        for _ in 0..3 {
            let s = r + T[2];
            r *= s;
        }
        let s = r + T[2];
        r = s.mul_add(r, T[1]);
    } else {
        r = x - LN2U * k;
        r -= LN2L * k;
        r *= 0.0625;
        let mut p = T[8];
        for c in [T[7], T[6], T[5], T[4], T[3], T[0], T[1]] {
            p = p * r + c;
        }
        r *= p;
        for _ in 0..4 {
            let s = T[2] + r;
            r *= s;
        }
        r += T[1];
    }
    e = e.wrapping_add(0x3FF);
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        e += 0x3FE;
        r *= f64::from_bits((e as u64) << 52);
        e = 1;
    } else if e >= 0x7FF {
        return inf(1);
    }
    r * f64::from_bits((e as u64) << 52)
}

/// Go's pure Go `exp`, for processors other than amd64.
#[cfg(not(target_arch = "x86_64"))]
fn exp_go(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const LOG2E: f64 = 1.44269504088896338700e+00;
    const OVERFLOW: f64 = 7.09782712893383973096e+02;
    const UNDERFLOW: f64 = -7.45133219101941108420e+02;
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > OVERFLOW {
        return inf(1);
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    if -NEAR_ZERO < x && x < NEAR_ZERO {
        return 1.0 + x;
    }
    let k: i64 = if x < 0.0 {
        (LOG2E * x - 0.5) as i64
    } else {
        (LOG2E * x + 0.5) as i64
    };
    let hi = x - k as f64 * LN2_HI;
    let lo = k as f64 * LN2_LO;
    expmulti(hi, lo, k)
}

#[cfg(not(target_arch = "x86_64"))]
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// `math.Log(x)`: the natural logarithm, as Go's amd64 assembly computes it
/// (which takes the exponent of a subnormal `x` without normalising it).
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bits = x.to_bits();
    if bits & !SIGN_MASK == 0 {
        return inf(-1);
    }
    if (bits as i64) < 0 {
        return nan();
    }
    if bits >= UVINF {
        return x;
    }
    let mut f1 = f64::from_bits((bits & FRAC_MASK) | 0x3FE0_0000_0000_0000);
    let mut k = (((bits >> 52) & MASK) as i32 - 0x3FE) as f64;
    // `CMPSD $5` (not less than); `f1` is never NaN here.
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    let t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

/// `math.Log10(x)`.
pub fn log10(x: f64) -> f64 {
    log(x) * INV_LN10
}

/// `math.Log2(x)`: exact for powers of two.
pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * INV_LN2 + exp as f64
}

/// Go's `isOddInt`.
fn is_odd_int(x: f64) -> bool {
    if abs(x) >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

/// `math.Pow(x, y)`: `x**y`, with Go's special cases.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if signbit(x) && is_odd_int(y) {
                return inf(-1);
            }
            return inf(1);
        }
        if y > 0.0 {
            if signbit(x) && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (abs(x) < 1.0) == is_inf(y, 1) {
            return 0.0;
        }
        return inf(1);
    }
    if x.is_infinite() {
        if is_inf(x, -1) {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return inf(1);
        }
    }
    if y == 0.5 {
        return sqrt(x);
    }
    if y == -0.5 {
        return 1.0 / sqrt(x);
    }

    let (mut yi, mut yf) = modf(abs(y));
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854775808e18 {
        if x == -1.0 {
            return 1.0;
        }
        if (abs(x) < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return inf(1);
    }

    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }

    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }

    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

// ---------------------------------------------------------------------------
// Trigonometry.
// ---------------------------------------------------------------------------

const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;
/// Go's `reduceThreshold`: beyond it, Payne-Hanek reduction.
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];

const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

/// Go's `mPi4`: the binary digits of 4/π.
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Go's `x << n` on `uint64`: 0 once `n >= 64`.
fn shl(x: u64, n: u32) -> u64 {
    x.checked_shl(n).unwrap_or(0)
}

/// Go's `x >> n` on `uint64`: 0 once `n >= 64`.
fn shr(x: u64, n: u32) -> u64 {
    x.checked_shr(n).unwrap_or(0)
}

/// Go's `x >> n` for any unsigned shift count.
fn shr64(x: u64, n: u64) -> u64 {
    if n >= 64 { 0 } else { x >> n }
}

/// Go's `trigReduce`: `x mod π/4` for large `x`, and the octant.
fn trig_reduce(x: f64) -> (u64, f64) {
    if x < PI_4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = ((ix >> SHIFT) & MASK) as i64 - BIAS - SHIFT as i64;
    ix &= !(MASK << SHIFT);
    ix |= 1 << SHIFT;
    let (digit, bitshift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    let z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
    let z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
    let z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let z1full = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((z1full >> 64) as u64, z1full as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(carry as u64);
    let mut j = hi >> 61;
    let mut hi = (hi << 3) | (lo >> 61);
    let lz = hi.leading_zeros();
    let e = (BIAS as u64).wrapping_sub(lz as u64 + 1);
    hi = shl(hi, lz + 1) | shr(lo, 64u32.wrapping_sub(lz + 1));
    hi >>= 64 - SHIFT;
    hi |= e << SHIFT;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI_4)
}

/// The octant of `x >= 0` and `x` reduced to it, as Go's `sin`, `cos` and
/// `tan` compute them.
fn reduce(x: f64) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// `math.Sin(x)`.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (mut j, z) = reduce(x);
    j &= 7;
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { cos_poly(zz) } else { sin_poly(z, zz) };
    if sign { -y } else { y }
}

/// `math.Cos(x)`.
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let x = abs(x);
    let mut sign = false;
    let (mut j, z) = reduce(x);
    j &= 7;
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { sin_poly(z, zz) } else { cos_poly(zz) };
    if sign { -y } else { y }
}

/// `math.Tan(x)`.
pub fn tan(x: f64) -> f64 {
    const TAN_P: [f64; 3] = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
    const TAN_Q: [f64; 5] = [
        1.00000000000000000000e0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (j, z) = reduce(x);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * (((TAN_P[0] * zz) + TAN_P[1]) * zz + TAN_P[2]) / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign { -y } else { y }
}

fn xatan(x: f64) -> f64 {
    const P0: f64 = -8.750608600031904122785e-01;
    const P1: f64 = -1.615753718733365076637e+01;
    const P2: f64 = -7.500855792314704667340e+01;
    const P3: f64 = -1.228866684490136173410e+02;
    const P4: f64 = -6.485021904942025371773e+01;
    const Q0: f64 = 2.485846490142306297962e+01;
    const Q1: f64 = 1.650270098316988542046e+02;
    const Q2: f64 = 4.328810604912902668951e+02;
    const Q3: f64 = 4.853903996359136964868e+02;
    const Q4: f64 = 1.945506571482613964425e+02;
    let mut z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    x * z + x
}

fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const HALF_MOREBITS: f64 = f64::from_bits(0x3C81_A626_3314_5C07);
    const TAN3PIO8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    PI_4 + xatan((x - 1.0) / (x + 1.0)) + HALF_MOREBITS
}

/// `math.Atan(x)`.
pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 {
        return satan(x);
    }
    -satan(-x)
}

/// `math.Atan2(y, x)`: the arc tangent of `y/x` in the quadrant of `(x, y)`.
pub fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return nan();
    }
    if y == 0.0 {
        if x >= 0.0 && !signbit(x) {
            return copysign(0.0, y);
        }
        return copysign(PI, y);
    }
    if x == 0.0 {
        return copysign(PI_2, y);
    }
    if x.is_infinite() {
        if is_inf(x, 1) {
            if y.is_infinite() {
                return copysign(PI_4, y);
            }
            return copysign(0.0, y);
        }
        if y.is_infinite() {
            return copysign(PI3_4, y);
        }
        return copysign(PI, y);
    }
    if y.is_infinite() {
        return copysign(PI_2, y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}

/// `math.Asin(x)`.
pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let mut x = x;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if x > 1.0 {
        return nan();
    }
    let mut temp = sqrt(1.0 - x * x);
    if x > 0.7 {
        temp = PI_2 - satan(temp / x);
    } else {
        temp = satan(x / temp);
    }
    if sign { -temp } else { temp }
}

/// `math.Acos(x)`.
pub fn acos(x: f64) -> f64 {
    PI_2 - asin(x)
}

// The expected values are Go's on amd64 (Go's pure Go code gives other
// results where its compiler fuses multiply-adds, as on arm64).
#[cfg(all(test, target_arch = "x86_64"))]
mod tests;
