package main

import (
	"context"
	"fmt"
)

func run(ctx context.Context) {
	fmt.Println(ctx.Err())
}

func main() {
	run(nil)
}

// want: 13:6: error[E0300]: unsupported: a nil context.Context
