// mutex: 8 goroutines each do 1,000,000 Lock/Unlock pairs on one
// sync.Mutex, incrementing a shared counter. Measures a contended mutex.
package main

import (
	"fmt"
	"sync"
)

const goroutines = 8
const iterations = 1000000

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < iterations; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
