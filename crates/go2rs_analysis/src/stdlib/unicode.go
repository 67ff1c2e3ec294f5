// The parts of package unicode that go2rs translates (Go 1.26's tables,
// Unicode 15.0.0).
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// RangeTable is a set of Unicode code points. Opaque here: the runtime's
// unicode::RangeTable is a handle standing for *RangeTable, used only with
// Is and In.
type RangeTable struct{ ranges []uint32 }

var (
	Letter      *RangeTable // category L
	L           *RangeTable
	Upper       *RangeTable // category Lu
	Lu          *RangeTable
	Lower       *RangeTable // category Ll
	Ll          *RangeTable
	Title       *RangeTable // category Lt
	Lt          *RangeTable
	Mark        *RangeTable // category M
	M           *RangeTable
	Digit       *RangeTable // category Nd
	Nd          *RangeTable
	Number      *RangeTable // category N
	N           *RangeTable
	Punct       *RangeTable // category P
	P           *RangeTable
	Symbol      *RangeTable // category S
	S           *RangeTable
	Space       *RangeTable // category Z
	Z           *RangeTable
	White_Space *RangeTable // property White_Space
	Greek       *RangeTable // script Greek
	Cyrillic    *RangeTable // script Cyrillic
	Latin       *RangeTable // script Latin
	Han         *RangeTable // script Han
)

func Is(rangeTab *RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
