// workerpool: 8 workers take 1,000,000 jobs from a buffered channel
// (capacity 100) and send results on another; main collects them. Measures
// many-to-many buffered channel traffic.
package main

import (
	"fmt"
	"sync"
)

const workers = 8
const jobCount = 1000000

func work(n int) int {
	return (n*n + 7) % 1000003
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < jobCount; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	count := 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println("jobs:", count, "sum:", sum)
}
