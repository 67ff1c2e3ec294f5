package main

type T struct{ T }

type _ map[T]int

func main() {}

// want: 3:6: error[E0100]: invalid recursive type T
