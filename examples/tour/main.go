// A tour of the three things every Go concurrency tutorial teaches:
// kicking off an async operation, receiving data back from it, and
// handling the errors it reports. `go2rs run examples/tour/main.go`
// prints exactly what `go run examples/tour/main.go` prints.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// ErrNotFound is what a lookup reports for an unknown user.
var ErrNotFound = errors.New("not found")

var users = map[int]string{1: "ada", 2: "grace", 3: "linus"}

// fetchUser pretends to call a slow service.
func fetchUser(id int) (string, error) {
	time.Sleep(time.Duration(10*id) * time.Millisecond)
	name, ok := users[id]
	if !ok {
		return "", fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return name, nil
}

type result struct {
	id   int
	name string
	err  error
}

func main() {
	// 1. Kicking off an async operation: `go` starts a goroutine and
	// returns at once; a WaitGroup waits for all of them.
	var wg sync.WaitGroup
	var mu sync.Mutex
	greeted := []string{}
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name, _ := fetchUser(id)
			mu.Lock()
			greeted = append(greeted, "hello "+name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(greeted)
	fmt.Println(strings.Join(greeted, ", "))

	// 2. Receiving data back: each goroutine sends its result on a channel.
	results := make(chan result)
	for _, id := range []int{3, 1, 2} {
		go func() {
			name, err := fetchUser(id)
			results <- result{id, name, err}
		}()
	}
	names := make([]string, 4)
	for range 3 {
		r := <-results
		names[r.id] = r.name
	}
	fmt.Println("names by id:", names[1:])

	// 3. Handling errors: the first error wins, with a timeout.
	errc := make(chan error, 4)
	for _, id := range []int{1, 2, 7, 3} {
		go func() {
			_, err := fetchUser(id)
			errc <- err
		}()
	}
	for range 4 {
		select {
		case err := <-errc:
			if err != nil {
				fmt.Println("failed:", err, "| not found:", errors.Is(err, ErrNotFound))
				return
			}
		case <-time.After(time.Second):
			fmt.Println("timed out")
			return
		}
	}
	fmt.Println("no errors")
}
