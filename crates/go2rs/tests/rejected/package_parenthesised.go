package main

import "time"

func main() {
	_ = (time).Second
}

// want: 6:7: error[E0100]: use of package time without selector
