// skynet: a tree of 1,111,111 goroutines (10 children per node, 6 levels
// below the root) that sum their leaf numbers back up through unbuffered
// channels. Measures goroutine creation and channel hand-off at scale.
// See github.com/atemerev/skynet.
package main

import "fmt"

func skynet(c chan int, num int, size int, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int)
	sum := 0
	for i := 0; i < div; i++ {
		subNum := num + i*(size/div)
		go skynet(rc, subNum, size/div, div)
	}
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

func main() {
	c := make(chan int)
	go skynet(c, 0, 1000000, 10)
	result := <-c
	fmt.Println("skynet sum:", result)
}
