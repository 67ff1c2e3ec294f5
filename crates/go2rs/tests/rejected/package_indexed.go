package main

import "sync"

func main() {
	_ = sync[0]
}

// want: 6:6: error[E0100]: use of package sync without selector
