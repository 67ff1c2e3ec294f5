package main

type T struct{ T }

func f(x T) bool { return x == x }

func main() {}

// want: 3:6: error[E0100]: invalid recursive type T
