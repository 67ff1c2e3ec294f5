package main

type T T

func main() {}

// want: 3:6: error[E0100]: invalid recursive type T
