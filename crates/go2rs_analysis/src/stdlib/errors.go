// The parts of package errors that go2rs translates.
package errors

func New(text string) error
func Is(err, target error) bool
func Unwrap(err error) error


// As is errors::as_type::<T>(&err) in the runtime (T the concrete type of
// *target), or errors::as_error::<T>(&err) for a type that cannot be copied.
func As(err error, target any) bool
func Join(errs ...error) error
