// The parts of package errors that go2rs translates.
package errors

func New(text string) error
func Is(err, target error) bool
func Unwrap(err error) error
