package main

func main() {
	_ = len.x
}

// want: 4:6: error[E0100]: len (built-in function) must be called
