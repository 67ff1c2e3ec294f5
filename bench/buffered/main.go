// buffered: 10,000,000 values through a channel of capacity 128 from one
// producer goroutine to one consumer (main). Measures buffered channel
// throughput.
package main

import "fmt"

const count = 10000000

func main() {
	ch := make(chan int, 128)
	go func() {
		for i := 0; i < count; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	received := 0
	for v := range ch {
		sum += v
		received++
	}
	fmt.Println("received:", received, "sum:", sum)
}
