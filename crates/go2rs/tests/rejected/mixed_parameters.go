package main

func f(chan int, op, key string, int) {}

func main() {}

// want: 3:8: error[E0001]: syntax error: mixed named and unnamed parameters
