//! Go's `strconv.AppendFloat`: binary floating point to text, with Go's
//! formats (`b e E f g G x X`), precisions and shortest round-tripping
//! digits for float32 and float64.
//!
//! Decimal digits come from an exact multiprecision decimal (a port of Go's
//! `strconv/decimal.go` and `bigFtoa`), so rounding matches Go everywhere:
//! exact halves round to even, and the shortest form is the one closest to
//! the binary value.

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";
const UPPER_HEX: &[u8; 16] = b"0123456789ABCDEF";

/// The layout of an IEEE 754 binary format.
struct FloatInfo {
    mant_bits: u32,
    exp_bits: u32,
    bias: i32,
}

const FLOAT32: FloatInfo = FloatInfo {
    mant_bits: 23,
    exp_bits: 8,
    bias: -127,
};

const FLOAT64: FloatInfo = FloatInfo {
    mant_bits: 52,
    exp_bits: 11,
    bias: -1023,
};

/// `strconv.FormatFloat(value, fmt, prec, bit_size)`: `prec < 0` asks for the
/// fewest digits that read back as the same `bit_size`-bit float.
pub fn format_float(value: f64, fmt: u8, prec: i32, bit_size: u32) -> Vec<u8> {
    let mut dst = Vec::with_capacity(24);
    append_float(&mut dst, value, fmt, prec, bit_size);
    dst
}

/// Appends `strconv.FormatFloat(value, fmt, prec, bit_size)` to `dst`.
pub fn append_float(dst: &mut Vec<u8>, value: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (bits, flt) = if bit_size == 32 {
        ((value as f32).to_bits() as u64, &FLOAT32)
    } else {
        (value.to_bits(), &FLOAT64)
    };
    let neg = bits >> (flt.exp_bits + flt.mant_bits) != 0;
    let mut exp = ((bits >> flt.mant_bits) & ((1u64 << flt.exp_bits) - 1)) as i32;
    let mut mant = bits & ((1u64 << flt.mant_bits) - 1);

    if exp == (1 << flt.exp_bits) - 1 {
        let text: &[u8] = if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        };
        dst.extend_from_slice(text);
        return;
    }
    if exp == 0 {
        // Denormalized.
        exp += 1;
    } else {
        mant |= 1u64 << flt.mant_bits;
    }
    exp += flt.bias;

    match fmt {
        b'b' => return fmt_b(dst, neg, mant, exp, flt),
        b'x' | b'X' => return fmt_x(dst, prec, fmt, neg, mant, exp, flt),
        _ => {}
    }
    big_ftoa(dst, prec, fmt, neg, mant, exp, flt);
}

fn big_ftoa(dst: &mut Vec<u8>, mut prec: i32, fmt: u8, neg: bool, mant: u64, exp: i32, flt: &FloatInfo) {
    let mut d = Decimal::new();
    d.assign(mant);
    d.shift(exp - flt.mant_bits as i32);
    let shortest = prec < 0;
    if shortest {
        round_shortest(&mut d, mant, exp, flt);
        prec = match fmt {
            b'e' | b'E' => d.nd as i32 - 1,
            b'f' => (d.nd as i32 - d.dp).max(0),
            b'g' | b'G' => d.nd as i32,
            _ => prec,
        };
    } else {
        match fmt {
            b'e' | b'E' => d.round(prec + 1),
            b'f' => d.round(d.dp + prec),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                d.round(prec);
            }
            _ => {}
        }
    }
    let digits = Digits { d: &d.d[..d.nd], dp: d.dp };
    format_digits(dst, shortest, neg, &digits, prec, fmt);
}

/// Decimal digits `0.d[0]d[1]... * 10^dp`.
struct Digits<'a> {
    d: &'a [u8],
    dp: i32,
}

impl Digits<'_> {
    fn nd(&self) -> i32 {
        self.d.len() as i32
    }
}

fn format_digits(dst: &mut Vec<u8>, shortest: bool, neg: bool, digs: &Digits, mut prec: i32, fmt: u8) {
    match fmt {
        b'e' | b'E' => fmt_e(dst, neg, digs, prec, fmt),
        b'f' => fmt_f(dst, neg, digs, prec),
        b'g' | b'G' => {
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // %e is used if the exponent from the conversion is less than -4
            // or greater than or equal to the precision; shortest uses 6.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(dst, neg, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = digs.nd();
            }
            fmt_f(dst, neg, digs, (prec - digs.dp).max(0));
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// `%e`: `-d.ddddde±dd`.
fn fmt_e(dst: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32, fmt: u8) {
    if neg {
        dst.push(b'-');
    }
    dst.push(if d.nd() != 0 { d.d[0] } else { b'0' });
    if prec > 0 {
        dst.push(b'.');
        let mut i = 1;
        let m = d.nd().min(prec + 1);
        if i < m {
            dst.extend_from_slice(&d.d[i as usize..m as usize]);
            i = m;
        }
        while i <= prec {
            dst.push(b'0');
            i += 1;
        }
    }
    dst.push(fmt);
    let mut exp = d.dp - 1;
    if d.nd() == 0 {
        exp = 0;
    }
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
        dst.push(b'0' + exp as u8);
    } else if exp < 100 {
        dst.push(b'0' + (exp / 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else {
        dst.push(b'0' + (exp / 100) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    }
}

/// `%f`: `-ddddddd.ddddd`.
fn fmt_f(dst: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32) {
    if neg {
        dst.push(b'-');
    }
    if d.dp > 0 {
        let m = d.nd().min(d.dp);
        dst.extend_from_slice(&d.d[..m as usize]);
        for _ in m..d.dp {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for i in 0..prec {
            let j = d.dp + i;
            dst.push(if 0 <= j && j < d.nd() { d.d[j as usize] } else { b'0' });
        }
    }
}

/// `%b`: `-ddddddddp±ddd`.
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32, flt: &FloatInfo) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    let exp = exp - flt.mant_bits as i32;
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// `%x`: `-0x1.yyyyyyyyp±ddd` or `-0x0p+00`.
fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, flt: &FloatInfo) {
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so the leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - flt.mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round if requested.
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex = if fmt == b'X' { UPPER_HEX } else { LOWER_HEX };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4; // remove the leading 0 or 1
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push(b'0' + (exp / 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else if exp < 1000 {
        dst.push(b'0' + (exp / 100) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else {
        dst.push(b'0' + (exp / 1000) as u8);
        dst.push(b'0' + (exp / 100 % 10) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    }
}

/// Rounds `d` (= mant * 2^(exp-mantbits)) to the shortest number of digits
/// that reads back as the same float (Go's `roundShortest`).
fn round_shortest(d: &mut Decimal, mant: u64, exp: i32, flt: &FloatInfo) {
    if mant == 0 {
        d.nd = 0;
        return;
    }
    let mant_bits = flt.mant_bits as i32;
    let min_exp = flt.bias + 1;
    if exp > min_exp && 332 * (d.dp - d.nd as i32) >= 100 * (exp - mant_bits) {
        // The number is already shortest.
        return;
    }
    let mut upper = Decimal::new();
    upper.assign(mant * 2 + 1);
    upper.shift(exp - mant_bits - 1);

    let (mant_lo, exp_lo) = if mant > 1u64 << flt.mant_bits || exp == min_exp {
        (mant - 1, exp)
    } else {
        (mant * 2 - 1, exp - 1)
    };
    let mut lower = Decimal::new();
    lower.assign(mant_lo * 2 + 1);
    lower.shift(exp_lo - mant_bits - 1);

    let inclusive = mant.is_multiple_of(2);
    let mut upper_delta = 0u8;
    let mut ui: i32 = 0;
    loop {
        let mi = ui - upper.dp + d.dp;
        if mi >= d.nd as i32 {
            break;
        }
        let li = ui - upper.dp + lower.dp;
        let l = if li >= 0 && li < lower.nd as i32 {
            lower.d[li as usize]
        } else {
            b'0'
        };
        let m = if mi >= 0 { d.d[mi as usize] } else { b'0' };
        let u = if ui < upper.nd as i32 { upper.d[ui as usize] } else { b'0' };
        let ok_down = l != m || inclusive && li + 1 == lower.nd as i32;
        if upper_delta == 0 && m + 1 < u {
            upper_delta = 2;
        } else if upper_delta == 0 && m != u {
            upper_delta = 1;
        } else if upper_delta == 1 && (m != b'9' || u != b'0') {
            upper_delta = 2;
        }
        let ok_up = upper_delta > 0 && (inclusive || upper_delta > 1 || ui + 1 < upper.nd as i32);
        if ok_down && ok_up {
            d.round(mi + 1);
            return;
        } else if ok_down {
            d.round_down(mi + 1);
            return;
        } else if ok_up {
            d.round_up(mi + 1);
            return;
        }
        ui += 1;
    }
}

/// A multiprecision decimal (Go's `strconv.decimal`): enough digits to hold
/// any float64 exactly.
struct Decimal {
    d: [u8; 800],
    nd: usize,
    dp: i32,
    trunc: bool,
}

const MAX_SHIFT: u32 = 60;

/// Leading digits of 5^i, and the digits a left shift by i adds.
const LEFT_CHEATS: [(usize, &str); 61] = [
    (0, ""),
    (1, "5"),
    (1, "25"),
    (1, "125"),
    (2, "625"),
    (2, "3125"),
    (2, "15625"),
    (3, "78125"),
    (3, "390625"),
    (3, "1953125"),
    (4, "9765625"),
    (4, "48828125"),
    (4, "244140625"),
    (4, "1220703125"),
    (5, "6103515625"),
    (5, "30517578125"),
    (5, "152587890625"),
    (6, "762939453125"),
    (6, "3814697265625"),
    (6, "19073486328125"),
    (7, "95367431640625"),
    (7, "476837158203125"),
    (7, "2384185791015625"),
    (7, "11920928955078125"),
    (8, "59604644775390625"),
    (8, "298023223876953125"),
    (8, "1490116119384765625"),
    (9, "7450580596923828125"),
    (9, "37252902984619140625"),
    (9, "186264514923095703125"),
    (10, "931322574615478515625"),
    (10, "4656612873077392578125"),
    (10, "23283064365386962890625"),
    (10, "116415321826934814453125"),
    (11, "582076609134674072265625"),
    (11, "2910383045673370361328125"),
    (11, "14551915228366851806640625"),
    (12, "72759576141834259033203125"),
    (12, "363797880709171295166015625"),
    (12, "1818989403545856475830078125"),
    (13, "9094947017729282379150390625"),
    (13, "45474735088646411895751953125"),
    (13, "227373675443232059478759765625"),
    (13, "1136868377216160297393798828125"),
    (14, "5684341886080801486968994140625"),
    (14, "28421709430404007434844970703125"),
    (14, "142108547152020037174224853515625"),
    (15, "710542735760100185871124267578125"),
    (15, "3552713678800500929355621337890625"),
    (15, "17763568394002504646778106689453125"),
    (16, "88817841970012523233890533447265625"),
    (16, "444089209850062616169452667236328125"),
    (16, "2220446049250313080847263336181640625"),
    (16, "11102230246251565404236316680908203125"),
    (17, "55511151231257827021181583404541015625"),
    (17, "277555756156289135105907917022705078125"),
    (17, "1387778780781445675529539585113525390625"),
    (18, "6938893903907228377647697925567626953125"),
    (18, "34694469519536141888238489627838134765625"),
    (18, "173472347597680709441192448139190673828125"),
    (19, "867361737988403547205962240695953369140625"),
];

impl Decimal {
    fn new() -> Decimal {
        Decimal {
            d: [0; 800],
            nd: 0,
            dp: 0,
            trunc: false,
        }
    }

    fn trim(&mut self) {
        while self.nd > 0 && self.d[self.nd - 1] == b'0' {
            self.nd -= 1;
        }
        if self.nd == 0 {
            self.dp = 0;
        }
    }

    fn assign(&mut self, mut v: u64) {
        let mut buf = [0u8; 24];
        let mut n = 0;
        while v > 0 {
            buf[n] = b'0' + (v % 10) as u8;
            n += 1;
            v /= 10;
        }
        self.nd = 0;
        while n > 0 {
            n -= 1;
            self.d[self.nd] = buf[n];
            self.nd += 1;
        }
        self.dp = self.nd as i32;
        self.trim();
    }

    fn right_shift(&mut self, k: u32) {
        let mut r = 0usize;
        let mut w = 0usize;
        let mut n: u64 = 0;
        while n >> k == 0 {
            if r >= self.nd {
                if n == 0 {
                    self.nd = 0;
                    return;
                }
                while n >> k == 0 {
                    n *= 10;
                    r += 1;
                }
                break;
            }
            n = n * 10 + (self.d[r] - b'0') as u64;
            r += 1;
        }
        self.dp -= r as i32 - 1;
        let mask = (1u64 << k) - 1;
        while r < self.nd {
            let c = (self.d[r] - b'0') as u64;
            let dig = n >> k;
            n &= mask;
            self.d[w] = b'0' + dig as u8;
            w += 1;
            n = n * 10 + c;
            r += 1;
        }
        while n > 0 {
            let dig = n >> k;
            n &= mask;
            if w < self.d.len() {
                self.d[w] = b'0' + dig as u8;
                w += 1;
            } else if dig > 0 {
                self.trunc = true;
            }
            n *= 10;
        }
        self.nd = w;
        self.trim();
    }

    fn left_shift(&mut self, k: u32) {
        let (mut delta, cutoff) = LEFT_CHEATS[k as usize];
        if prefix_is_less_than(&self.d[..self.nd], cutoff.as_bytes()) {
            delta -= 1;
        }
        let mut r = self.nd as isize;
        let mut w = (self.nd + delta) as isize;
        let mut n: u64 = 0;
        r -= 1;
        while r >= 0 {
            n += ((self.d[r as usize] - b'0') as u64) << k;
            let quo = n / 10;
            let rem = n - 10 * quo;
            w -= 1;
            if (w as usize) < self.d.len() {
                self.d[w as usize] = b'0' + rem as u8;
            } else if rem != 0 {
                self.trunc = true;
            }
            n = quo;
            r -= 1;
        }
        while n > 0 {
            let quo = n / 10;
            let rem = n - 10 * quo;
            w -= 1;
            if (w as usize) < self.d.len() {
                self.d[w as usize] = b'0' + rem as u8;
            } else if rem != 0 {
                self.trunc = true;
            }
            n = quo;
        }
        self.nd = (self.nd + delta).min(self.d.len());
        self.dp += delta as i32;
        self.trim();
    }

    fn shift(&mut self, mut k: i32) {
        if self.nd == 0 {
            return;
        }
        if k > 0 {
            while k > MAX_SHIFT as i32 {
                self.left_shift(MAX_SHIFT);
                k -= MAX_SHIFT as i32;
            }
            self.left_shift(k as u32);
        } else if k < 0 {
            while k < -(MAX_SHIFT as i32) {
                self.right_shift(MAX_SHIFT);
                k += MAX_SHIFT as i32;
            }
            self.right_shift((-k) as u32);
        }
    }

    fn should_round_up(&self, nd: i32) -> bool {
        if nd < 0 || nd as usize >= self.nd {
            return false;
        }
        let nd = nd as usize;
        if self.d[nd] == b'5' && nd + 1 == self.nd {
            // Exactly halfway: round to even.
            if self.trunc {
                return true;
            }
            return nd > 0 && !(self.d[nd - 1] - b'0').is_multiple_of(2);
        }
        self.d[nd] >= b'5'
    }

    fn round(&mut self, nd: i32) {
        if nd < 0 || nd as usize >= self.nd {
            return;
        }
        if self.should_round_up(nd) {
            self.round_up(nd);
        } else {
            self.round_down(nd);
        }
    }

    fn round_down(&mut self, nd: i32) {
        if nd < 0 || nd as usize >= self.nd {
            return;
        }
        self.nd = nd as usize;
        self.trim();
    }

    fn round_up(&mut self, nd: i32) {
        if nd < 0 || nd as usize >= self.nd {
            return;
        }
        let mut i = nd as isize - 1;
        while i >= 0 {
            if self.d[i as usize] < b'9' {
                self.d[i as usize] += 1;
                self.nd = i as usize + 1;
                return;
            }
            i -= 1;
        }
        // All nines.
        self.d[0] = b'1';
        self.nd = 1;
        self.dp += 1;
    }
}

fn prefix_is_less_than(b: &[u8], s: &[u8]) -> bool {
    for (i, &c) in s.iter().enumerate() {
        if i >= b.len() {
            return true;
        }
        if b[i] != c {
            return b[i] < c;
        }
    }
    false
}
