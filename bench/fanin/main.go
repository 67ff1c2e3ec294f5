// fanin: 4 producers send 500,000 values each on their own unbuffered
// channel; one consumer multiplexes them with select until it has all
// 2,000,000. Measures select over unbuffered channels.
package main

import "fmt"

const producers = 4
const perProducer = 500000

func produce(id int, out chan int) {
	for i := 0; i < perProducer; i++ {
		out <- id*perProducer + i
	}
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	d := make(chan int)
	go produce(0, a)
	go produce(1, b)
	go produce(2, c)
	go produce(3, d)
	sum := 0
	counts := make([]int, producers)
	for i := 0; i < producers*perProducer; i++ {
		select {
		case v := <-a:
			sum += v
			counts[0]++
		case v := <-b:
			sum += v
			counts[1]++
		case v := <-c:
			sum += v
			counts[2]++
		case v := <-d:
			sum += v
			counts[3]++
		}
	}
	fmt.Println("received:", counts, "sum:", sum)
}
