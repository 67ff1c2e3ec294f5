// pingpong: 1,000,000 round trips between two goroutines over two
// unbuffered channels. Measures unbuffered hand-off latency and the wake-up
// of a parked goroutine.
package main

import "fmt"

const rounds = 1000000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("round trips:", rounds, "value:", v)
}
