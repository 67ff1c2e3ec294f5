// threadring: 503 goroutines linked in a ring by unbuffered channels pass a
// token around for 5,000,000 hops; the goroutine holding the token when it
// runs out reports its id. Benchmarks Game's thread-ring.
package main

import "fmt"

const ringSize = 503
const hops = 5000000

func worker(id int, in chan int, out chan int, done chan int) {
	for {
		token := <-in
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	chans := make([]chan int, ringSize)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < ringSize; i++ {
		go worker(i+1, chans[i], chans[(i+1)%ringSize], done)
	}
	chans[0] <- hops
	fmt.Println("last holder:", <-done)
}
