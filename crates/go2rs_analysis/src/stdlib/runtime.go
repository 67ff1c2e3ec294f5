// The parts of package runtime that go2rs translates.
package runtime

// Gosched yields the processor, allowing other goroutines to run.
//
//go2rs:blocking
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting (n < 1 only reads it).
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int
