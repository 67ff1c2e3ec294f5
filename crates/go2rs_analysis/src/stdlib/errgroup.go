// The parts of golang.org/x/sync/errgroup that go2rs translates (the
// runtime's errgroup module). Group is a handle, like the sync types.
package errgroup

import "context"

type Group struct{ state int }

func WithContext(ctx context.Context) (*Group, context.Context)

//go2rs:blocking
func (g *Group) Wait() error

// Go's function runs in a goroutine of its own; Go waits while the
// group's limit is reached.
//
//go2rs:blocking
func (g *Group) Go(f func() error)
func (g *Group) TryGo(f func() error) bool
func (g *Group) SetLimit(n int)
