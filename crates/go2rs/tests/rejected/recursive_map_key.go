package main

type T struct{ m map[T]int }

func main() {}

// want: 3:22: error[E0100]: invalid map key type main.T
