// Writes float_sweep.txt: floats formatted by Go 1.26, one value per line:
// bits(hex) <TAB> size <TAB> one field per format in formats (tab-separated).
// Run: go run float_sweep.go > float_sweep.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

var formats = []string{"%v", "%e", "%.3e", "%.0e", "%g", "%.4g", "%.17g", "%x", "%.2x", "%b", "%#v", "%+.10e", "%.3f", "%f", "%8.2f", "%#g", "%G"}

func line(bits uint64, size int) string {
	fields := []string{fmt.Sprintf("%x", bits), fmt.Sprint(size)}
	for _, f := range formats {
		var s string
		if size == 32 {
			v := math.Float32frombits(uint32(bits))
			if (f == "%f" || f == "%.3f" || f == "%8.2f") && math.Abs(float64(v)) > 1e25 {
				s = "-"
			} else {
				s = fmt.Sprintf(f, v)
			}
		} else {
			v := math.Float64frombits(bits)
			if (f == "%f" || f == "%.3f" || f == "%8.2f") && (math.Abs(v) > 1e25 || (v != 0 && math.Abs(v) < 1e-30)) {
				s = "-"
			} else {
				s = fmt.Sprintf(f, v)
			}
		}
		fields = append(fields, s)
	}
	return strings.Join(fields, "\t")
}

func main() {
	r := rand.New(rand.NewSource(2026))
	var f64 []float64
	// Uniform over bit patterns: every magnitude, subnormals included.
	for i := 0; i < 120; i++ {
		v := math.Float64frombits(r.Uint64())
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		f64 = append(f64, v)
	}
	// Human-scale numbers: short decimals, ties and near-ties.
	for i := 0; i < 80; i++ {
		f64 = append(f64, float64(r.Intn(2000000)-1000000)/math.Pow(10, float64(r.Intn(9))))
	}
	for i := 0; i < 40; i++ {
		f64 = append(f64, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	for _, v := range []float64{0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e21, 1e20, 999999.5, 9.5, 0.05, 1e-5, 1e-4, 123456.5, 5e-324, math.MaxFloat64, 1 << 53, 1<<53 + 2, 0.1, 0.7} {
		f64 = append(f64, v, -v)
	}
	for _, v := range f64 {
		fmt.Println(line(math.Float64bits(v), 64))
	}
	var f32 []float32
	for i := 0; i < 80; i++ {
		v := math.Float32frombits(r.Uint32())
		if v != v || math.IsInf(float64(v), 0) {
			continue
		}
		f32 = append(f32, v)
	}
	for i := 0; i < 40; i++ {
		f32 = append(f32, float32(r.Intn(2000000)-1000000)/float32(math.Pow(10, float64(r.Intn(7)))))
	}
	for _, v := range []float32{0.1, 0.2, 0.3, 1.0 / 3, 16777216, 16777217, math.MaxFloat32, math.SmallestNonzeroFloat32, 1e-38, 2.5, 0.5} {
		f32 = append(f32, v, -v)
	}
	for _, v := range f32 {
		fmt.Println(line(uint64(math.Float32bits(v)), 32))
	}
}
