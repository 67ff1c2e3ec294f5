// spawn: 1,000,000 goroutines started and joined with a WaitGroup. Each
// writes a value into its own slot; the checksum sums the slots. Measures the
// cost of starting and ending a goroutine.
package main

import (
	"fmt"
	"sync"
)

const n = 1000000

func main() {
	slots := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			slots[i] = i%7 + 1
			wg.Done()
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range slots {
		sum += v
	}
	fmt.Println("spawned:", n, "checksum:", sum)
}
