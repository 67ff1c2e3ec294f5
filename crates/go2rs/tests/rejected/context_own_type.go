package main

import (
	"context"
	"fmt"
	"time"
)

// detached keeps a parent's values but never ends.
type detached struct{ parent context.Context }

func (detached) Deadline() (time.Time, bool) { return time.Time{}, false }
func (detached) Done() <-chan struct{}       { return nil }
func (detached) Err() error                  { return nil }
func (d detached) Value(key any) any         { return d.parent.Value(key) }

func main() {
	var ctx context.Context = detached{context.Background()}
	fmt.Println(ctx.Err())
}

// want: 18:28: error[E0300]: unsupported: a context.Context implemented by the program's own type main.detached
