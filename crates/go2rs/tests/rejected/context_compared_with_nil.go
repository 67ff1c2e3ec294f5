package main

import (
	"context"
	"fmt"
)

func run(ctx context.Context) {
	if ctx != nil {
		fmt.Println(ctx.Err())
	}
}

func main() {
	run(context.Background())
}

// want: 9:5: error[E0300]: unsupported: comparing a context.Context with nil
