package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

type P struct {
	X, Y int
	Name string
}
type Inner struct {
	A int
	B string
}
type Outer struct {
	In  Inner
	Ptr *Inner
	S   []int
	M   map[string]int
	E   error
}
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Stack []int
type Name string
type PS struct{ A int }

func (s *PS) String() string { return "PS!" }

type VS struct{ A int }

func (s VS) String() string { return fmt.Sprintf("VS%d", s.A) }

type Private struct {
	d time.Duration
	D time.Duration
}
type Empty struct{}
type WithErr struct {
	Err error
	err error
}
type Panicky struct{ A int }

func (Panicky) String() string { panic("boom") }

type Temp struct {
	C Celsius
	c Celsius
}
type Bytes []byte

var nilErr error
var boom = errors.New("boom")
var f01, f02 = 0.1, 0.2
var f32a, f32b float32 = 0.1, 0.2
var negZero = math.Copysign(0, -1)
var pi = math.Pi
var nilP *P
var nilPS *PS
var nilVS *VS
var _ = time.Second

func ptr[T any](v T) *T { return &v }
