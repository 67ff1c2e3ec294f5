// The parts of package strconv that go2rs translates.
package strconv

func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string
func ParseInt(s string, base int, bitSize int) (int64, error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func Quote(s string) string


// IntSize is the size in bits of an int or uint value.
const IntSize = 64

func AppendInt(dst []byte, i int64, base int) []byte
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteToASCII(s string) string
func Unquote(s string) (string, error)
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)

// ErrRange indicates that a value is out of range for the target type.
var ErrRange error

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax error

// A NumError records a failed conversion (the runtime's strconv::NumError,
// which stands for the pointer *NumError).
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
