package main

type A[P any] []A[*P]

func main() {}

// want: instantiation cycle
