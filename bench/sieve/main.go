// sieve: the classic concurrent prime sieve. A generator sends 2, 3, 4, ...
// down a chain of filter goroutines, one per prime found so far, each
// dropping the multiples of its prime; main takes the first 5,000 primes.
// Measures a long pipeline of unbuffered channels.
package main

import "fmt"

const primes = 5000

func generate(ch chan int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in chan int, out chan int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	last := 0
	for i := 0; i < primes; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("primes:", primes, "last:", last, "sum:", sum)
}
