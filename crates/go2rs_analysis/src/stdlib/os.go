// The parts of package os that go2rs translates.
package os

type File struct{ fd int }

var (
	Stdout *File
	Stderr *File
	Args   []string
)

func Exit(code int)
