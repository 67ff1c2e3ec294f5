// parked: 1,000,000 goroutines blocked on one channel at the same time.
// Each goroutine reports that it has started (WaitGroup) and then receives
// from a channel that main closes once all of them are running, so at the
// peak every goroutine is parked. Measures the memory held per parked
// goroutine (peak RSS) and creation time.
package main

import (
	"fmt"
	"sync"
)

const n = 1000000

func main() {
	release := make(chan struct{})
	var started sync.WaitGroup
	var finished sync.WaitGroup
	results := make([]int, n)
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			results[i] = i & 3
			finished.Done()
		}()
	}
	started.Wait()
	close(release)
	finished.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println("parked:", n, "checksum:", sum)
}
