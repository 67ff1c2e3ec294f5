// mutex_uncontended: one goroutine does 8,000,000 Lock/Unlock pairs on a
// sync.Mutex nobody else touches. Measures the uncontended fast path.
package main

import (
	"fmt"
	"sync"
)

const iterations = 8000000

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < iterations; i++ {
			mu.Lock()
			counter++
			mu.Unlock()
		}
	}()
	wg.Wait()
	fmt.Println("counter:", counter)
}
