// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/peopleupdate/peopleupdate/apierror"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// The decoder is a single pass over the input: a hand-written JSON scanner
// driven by the model's descriptors (jsonMessage). It sets each value in the
// generated structs as soon as it is read, through package reflect (which,
// unlike protoreflect, boxes no value), and stops at the first problem. Every
// '{' or '[' the schema does not allow there is an error at once, so the
// recursion never goes deeper than the schema (a Person is at most five objects
// deep) whatever the input, and every byte is looked at a bounded number of
// times.
//
// The order of errors follows Google's streaming parser: an object or a list is
// judged when it starts, a scalar once it has been read in full, so a syntax
// error inside a scalar wins over an unknown name before it.

// contextLength is how many bytes of input around a syntax error the message
// quotes on each side, as Google's JSON parser does.
const contextLength = 20

// decoder holds the state of one Unmarshal.
type decoder struct {
	in   []byte
	s    string // in as a string: strings without escapes are substrings of it
	pos  int    // the next byte to read
	buf  []byte // scratch space for strings with escapes
	path []step // the place of the value being read, below person
}

// step is one step of a place in proto names: a field, and an index in it if it
// is a list.
type step struct {
	name  string
	index int // -1 if none
}

// tokKind is the kind of a scalar JSON token.
type tokKind uint8

const (
	tokString tokKind = iota + 1
	tokNumber
	tokTrue
	tokFalse
	tokNull
)

// token is one scalar JSON value.
type token struct {
	kind       tokKind
	start, end int    // its text in the input
	str        string // the decoded value of a string
}

// rootName is the place of the body: the request's person field.
const rootName = "person"

// place spells out the place of the current object, in proto names, followed by
// the field name (and index, if >= 0) when name is not empty:
// person.email_addresses[1].metadata.
func (d *decoder) place(name string, index int) string {
	b := make([]byte, 0, 64)
	b = append(b, rootName...)
	for _, st := range d.path {
		b = appendStep(append(b, '.'), st.name, st.index)
	}
	if name != "" {
		b = appendStep(append(b, '.'), name, index)
	}
	return string(b)
}

func appendStep(b []byte, name string, index int) []byte {
	b = append(b, name...)
	if index >= 0 {
		b = append(strconv.AppendInt(append(b, '['), int64(index), 10), ']')
	}
	return b
}

// decodePerson decodes the body b into p, which must be empty.
func decodePerson(b []byte, p *Person) error {
	d := decoder{in: b, path: make([]step, 0, 8)}
	d.ws()
	if d.pos == len(b) {
		return nil // no body: no person fields
	}
	d.s = string(b)
	switch b[d.pos] {
	case '{':
		if err := d.object(reflect.ValueOf(p).Elem(), personInfo()); err != nil {
			return err
		}
	case '[':
		return errRoot()
	default:
		tok, err := d.scalar()
		if err != nil {
			return err
		}
		if tok.kind != tokNull {
			return errRoot()
		}
	}
	d.ws()
	if d.pos < len(b) {
		return d.fail(d.pos, "Parsing terminated before end of input.")
	}
	return nil
}

// object decodes the object at d.pos (its '{') into m, a generated struct that
// mi describes, at the place d.path.
func (d *decoder) object(m reflect.Value, mi *jsonMessage) error {
	d.pos++
	d.ws()
	if d.pos < len(d.in) && d.in[d.pos] == '}' {
		d.pos++
		return nil
	}
	var seen uint64
	for {
		if d.pos >= len(d.in) || d.in[d.pos] != '"' {
			return d.fail(d.pos, "Expected an object key or }.")
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		d.ws()
		if d.pos >= len(d.in) || d.in[d.pos] != ':' {
			return d.fail(d.pos, "Expected : between key:value pair.")
		}
		d.pos++
		d.ws()
		if err := d.field(m, mi.byName[key], key, &seen); err != nil {
			return err
		}
		d.ws()
		if d.pos < len(d.in) {
			switch d.in[d.pos] {
			case ',':
				d.pos++
				d.ws()
				continue
			case '}':
				d.pos++
				return nil
			}
		}
		return d.fail(d.pos, "Expected , or } after key:value pair.")
	}
}

// field decodes the value at d.pos of the member key of an object into m. fi is
// the field key names, nil if none; seen is the set of fields the object has
// named so far.
func (d *decoder) field(m reflect.Value, fi *jsonField, key string, seen *uint64) error {
	if d.pos >= len(d.in) {
		return d.fail(d.pos, "Expected a value.")
	}
	c := d.in[d.pos]
	var tok token
	if c != '{' && c != '[' {
		var err error
		if tok, err = d.scalar(); err != nil {
			return err
		}
	}
	if fi == nil {
		return d.errUnknown(key)
	}
	if *seen&fi.bit != 0 {
		return d.errDuplicate(key, fi)
	}
	*seen |= fi.bit
	f := m.Field(fi.index)
	switch c {
	case '{':
		switch {
		case fi.list:
			return errValue(d.place("", -1), fi.proto, "Starting an object on a repeated field")
		case fi.kind != kindMessage:
			return errValue(d.place("", -1), fi.proto, "Starting an object on a scalar field")
		}
		v := reflect.New(fi.msg.goType)
		f.Set(v)
		d.path = append(d.path, step{fi.proto, -1})
		if err := d.object(v.Elem(), fi.msg); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		return nil
	case '[':
		if !fi.list {
			return errNotRepeating(key, d.place("", -1))
		}
		return d.list(f, fi, key)
	}
	if tok.kind == tokNull {
		return nil // absent
	}
	if fi.list {
		return errValue(d.place(fi.proto, -1), fi.typ, d.render(tok))
	}
	return d.set(f, fi, tok, key, -1)
}

// list decodes the list at d.pos (its '[') into f, the slice of the repeated
// field fi.
func (d *decoder) list(f reflect.Value, fi *jsonField, key string) error {
	d.pos++
	d.ws()
	if d.pos < len(d.in) && d.in[d.pos] == ']' {
		d.pos++
		return nil
	}
	for i := 0; ; i++ {
		if d.pos >= len(d.in) {
			return d.fail(d.pos, "Expected a value.")
		}
		switch d.in[d.pos] {
		case '[':
			return errNotRepeating("", d.place(fi.proto, i))
		case '{':
			if fi.kind != kindMessage {
				return errValue(d.place("", -1), fi.proto, "Starting an object on a scalar field")
			}
			v := reflect.New(fi.msg.goType)
			appendElem(f).Set(v)
			d.path = append(d.path, step{fi.proto, i})
			if err := d.object(v.Elem(), fi.msg); err != nil {
				return err
			}
			d.path = d.path[:len(d.path)-1]
		default:
			tok, err := d.scalar()
			if err != nil {
				return err
			}
			if tok.kind == tokNull {
				return errValue(d.place(fi.proto, i), fi.typ, "null")
			}
			if err := d.set(appendElem(f), fi, tok, key, i); err != nil {
				return err
			}
		}
		d.ws()
		if d.pos < len(d.in) {
			switch d.in[d.pos] {
			case ',':
				d.pos++
				d.ws()
				continue
			case ']':
				d.pos++
				return nil
			}
		}
		return d.fail(d.pos, "Expected , or ] after array value.")
	}
}

// appendElem appends a zero element to the slice f and returns it, settable.
func appendElem(f reflect.Value) reflect.Value {
	n := f.Len()
	if n == f.Cap() {
		grown := reflect.MakeSlice(f.Type(), n, 2*n+1)
		reflect.Copy(grown, f)
		f.Set(grown)
	}
	f.SetLen(n + 1)
	return f.Index(n)
}

// set stores the scalar tok, a value of field fi, in f. key is the member name
// in the input; index is the index of the value in its list, or -1.
func (d *decoder) set(f reflect.Value, fi *jsonField, tok token, key string, index int) error {
	switch fi.kind {
	case kindString:
		if tok.kind == tokString {
			f.SetString(tok.str)
			return nil
		}
	case kindBool:
		if tok.kind == tokTrue || tok.kind == tokFalse {
			f.SetBool(tok.kind == tokTrue)
			return nil
		}
	case kindInt32:
		var n int32
		var ok bool
		switch tok.kind {
		case tokNumber:
			n, ok = int32FromNumber(d.in[tok.start:tok.end])
		case tokString:
			n, ok = int32FromString(tok.str)
		}
		if ok {
			f.SetInt(int64(n))
			return nil
		}
	case kindEnum:
		switch tok.kind {
		case tokString:
			if n, ok := fi.enum.byName[tok.str]; ok {
				f.SetInt(int64(n))
				return nil
			}
		case tokNumber:
			if n, ok := int32FromNumber(d.in[tok.start:tok.end]); ok {
				f.SetInt(int64(n))
				return nil
			}
		}
	case kindTimestamp:
		if tok.kind != tokString {
			return errValue(d.place(fi.proto, index), fi.typ, "Field '"+key+"', Invalid data type for timestamp")
		}
		secs, nanos, why := parseTimestamp(tok.str)
		if why != "" {
			return errValue(d.place(fi.proto, index), fi.typ, "Field '"+key+"', "+why)
		}
		f.Set(reflect.ValueOf(&timestamppb.Timestamp{Seconds: secs, Nanos: nanos}))
		return nil
	}
	return errValue(d.place(fi.proto, index), fi.typ, d.render(tok))
}

// render returns tok as JSON, for error messages: a string quoted, a number or
// a literal as written.
func (d *decoder) render(tok token) string {
	if tok.kind == tokString {
		return string(appendQuoted(nil, tok.str))
	}
	return d.s[tok.start:tok.end]
}

// ws skips white space.
func (d *decoder) ws() {
	for d.pos < len(d.in) {
		switch d.in[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// scalar reads the string, number, true, false or null at d.pos.
func (d *decoder) scalar() (token, error) {
	start := d.pos
	if start >= len(d.in) {
		return token{}, d.fail(start, "Expected a value.")
	}
	switch c := d.in[start]; {
	case c == '"':
		s, err := d.str()
		return token{kind: tokString, start: start, end: d.pos, str: s}, err
	case c == '-' || '0' <= c && c <= '9':
		end := start
		for end < len(d.in) && numberByte[d.in[end]] {
			end++
		}
		if !validNumber(d.in[start:end]) {
			return token{}, d.fail(start, "Unable to parse number.")
		}
		d.pos = end
		return token{kind: tokNumber, start: start, end: end}, nil
	case c == 't':
		return d.literal("true", tokTrue)
	case c == 'f':
		return d.literal("false", tokFalse)
	case c == 'n':
		return d.literal("null", tokNull)
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_', c == '$',
		c == '{', c == '}', c == '[', c == ']', c == ',', c == ':':
		return token{}, d.fail(start, "Unexpected token.")
	}
	return token{}, d.fail(start, "Expected a value.")
}

// literal reads the literal lit, whose first byte is at d.pos.
func (d *decoder) literal(lit string, k tokKind) (token, error) {
	start := d.pos
	if len(d.in)-start < len(lit) || string(d.in[start:start+len(lit)]) != lit {
		return token{}, d.fail(start, "Unexpected token.")
	}
	d.pos += len(lit)
	return token{kind: k, start: start, end: d.pos}, nil
}

// str reads the string whose opening quote is at d.pos and returns its value.
func (d *decoder) str() (string, error) {
	in := d.in
	start := d.pos
	for i := start + 1; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			if plainByte[c] {
				i++
				continue
			}
			if c == '"' {
				d.pos = i + 1
				return d.s[start+1 : i], nil
			}
			return d.strEscaped(start, i) // a backslash or a control character
		}
		r, n := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && n == 1 {
			return "", d.fail(i, "Encountered non UTF-8 code points.")
		}
		i += n
	}
	return "", d.fail(len(in), "Closing quote expected in string.")
}

// strEscaped reads the rest of the string whose opening quote is at start, from
// i, the first byte that is not plain text.
func (d *decoder) strEscaped(start, i int) (string, error) {
	in := d.in
	buf := append(d.buf[:0], in[start+1:i]...)
	for i < len(in) {
		c := in[i]
		switch {
		case c == '"':
			d.pos = i + 1
			d.buf = buf
			return string(buf), nil
		case c == '\\':
			if i+1 >= len(in) {
				return "", d.fail(len(in), "Closing quote expected in string.")
			}
			switch e := in[i+1]; e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, err := d.hex4(i)
				if err != nil {
					return "", err
				}
				if utf16.IsSurrogate(r) {
					if r >= 0xDC00 {
						return "", d.fail(i, "Invalid unicode code point.")
					}
					j := i + 6
					if j+1 >= len(in) {
						return "", d.fail(len(in), "Closing quote expected in string.")
					}
					if in[j] != '\\' || in[j+1] != 'u' {
						return "", d.fail(i, "Missing low surrogate.")
					}
					lo, err := d.hex4(j)
					if err != nil {
						return "", err
					}
					if lo < 0xDC00 || lo > 0xDFFF {
						return "", d.fail(j, "Invalid low surrogate.")
					}
					r = utf16.DecodeRune(r, lo)
					i = j
				}
				buf = utf8.AppendRune(buf, r)
				i += 6
				continue
			default:
				return "", d.fail(i, "Invalid escape sequence.")
			}
			i += 2
		case c < ' ':
			return "", d.fail(i, "Invalid control character in string.")
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			i++
		default:
			r, n := utf8.DecodeRune(in[i:])
			if r == utf8.RuneError && n == 1 {
				return "", d.fail(i, "Encountered non UTF-8 code points.")
			}
			buf = append(buf, in[i:i+n]...)
			i += n
		}
	}
	return "", d.fail(len(in), "Closing quote expected in string.")
}

// hex4 reads the four hex digits of the \u escape at i.
func (d *decoder) hex4(i int) (rune, error) {
	var r rune
	for k := i + 2; k < i+6; k++ {
		if k >= len(d.in) {
			return 0, d.fail(len(d.in), "Closing quote expected in string.")
		}
		c := d.in[k]
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, d.fail(i, "Illegal hex string.")
		}
	}
	return r, nil
}

// fail returns the MalformedJSON error for a syntax error at pos, in the words
// of Google's JSON parser, followed by the input around pos and a caret under
// pos. At the end of the input the message says so; at a byte that starts no
// valid UTF-8 sequence, the message is about that.
func (d *decoder) fail(pos int, msg string) error {
	if pos >= len(d.in) {
		pos, msg = len(d.in), "Unexpected end of string. "+msg
	} else if d.in[pos] >= utf8.RuneSelf {
		if r, n := utf8.DecodeRune(d.in[pos:]); r == utf8.RuneError && n == 1 {
			msg = "Encountered non UTF-8 code points."
		}
	}
	return apierror.NewMalformedJSON(msg+"\n"+d.context(pos)).WithField(rootName, "")
}

// context returns up to contextLength bytes of input on each side of pos (cut at
// character boundaries, invalid UTF-8 shown as U+FFFD) and, on a second line, a
// caret under pos.
func (d *decoder) context(pos int) string {
	begin := max(pos-contextLength, 0)
	for begin < pos && !utf8.RuneStart(d.in[begin]) {
		begin++
	}
	end := min(pos+contextLength, len(d.in))
	for end > pos && end < len(d.in) && !utf8.RuneStart(d.in[end]) {
		end--
	}
	seg := strings.ToValidUTF8(string(d.in[begin:end]), "\uFFFD")
	col := utf8.RuneCountInString(strings.ToValidUTF8(string(d.in[begin:pos]), "\uFFFD"))
	return seg + "\n" + strings.Repeat(" ", col) + "^"
}

// errUnknown is the error for a member name the current object does not have.
func (d *decoder) errUnknown(name string) error {
	place := d.place("", -1)
	return apierror.NewUnknownBodyField(name, place).WithField(place, "")
}

// errDuplicate is the error for a field named twice in the current object,
// under the same or the other spelling.
func (d *decoder) errDuplicate(name string, fi *jsonField) error {
	place := d.place("", -1)
	return apierror.NewMalformedJSON(
		fmt.Sprintf("Duplicate name %q at '%s': Field already set.", name, place)).
		WithField(d.place(fi.proto, -1), "")
}

// errNotRepeating is the error for a list given for the member name of the
// object at place, a field that is not repeated (or, with name "", for a list
// inside a list).
func errNotRepeating(name, place string) error {
	return apierror.NewMalformedJSON(
		fmt.Sprintf("Unknown name %q at '%s': Proto field is not repeating, cannot start list.", name, place)).
		WithField(place, "")
}

// errRoot is the error for a body that is a list, a string, a number or a
// boolean.
func errRoot() error {
	return apierror.NewMalformedJSON(`Unknown name "": Root element must be a message.`).
		WithField(rootName, "")
}

// errValue is the error for a value of the wrong type at place.
func errValue(place, typ, value string) error {
	return apierror.NewInvalidBodyValue(place, typ, value).WithField(place, "")
}

// plainByte reports the ASCII bytes a string holds as they are.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// numberByte reports the bytes a number token may hold.
var numberByte = func() (t [256]bool) {
	for _, c := range "0123456789+-.eE" {
		t[c] = true
	}
	return t
}()

// validNumber reports whether b is a JSON number:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i == len(b) || !isDigit(b[i]) {
			return false
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i == len(b) || !isDigit(b[i]) {
			return false
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	return i == len(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// int32FromNumber returns the value of the JSON number b if it is an integer
// (whatever its spelling: 1986, 1986.0, 1.986e3, 19860e-1) within int32.
func int32FromNumber(b []byte) (int32, bool) {
	neg := b[0] == '-'
	if neg {
		b = b[1:]
	}
	i := 0
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	intp, frac := b[:i], b[i:i]
	if i < len(b) && b[i] == '.' {
		j := i + 1
		for j < len(b) && isDigit(b[j]) {
			j++
		}
		frac, i = b[i+1:j], j
	}
	exp := 0
	if i < len(b) { // e or E
		i++
		expNeg := b[i] == '-'
		if b[i] == '+' || b[i] == '-' {
			i++
		}
		for ; i < len(b); i++ {
			if exp < 1e9 { // saturate: any larger exponent gives no int32
				exp = exp*10 + int(b[i]-'0')
			}
		}
		if expNeg {
			exp = -exp
		}
	}
	// The value is the digits of intp and frac, read as one integer, times
	// 10^(exp-len(frac)).
	n := len(intp) + len(frac)
	digit := func(k int) byte {
		if k < len(intp) {
			return intp[k]
		}
		return frac[k-len(intp)]
	}
	first := 0
	for first < n && digit(first) == '0' {
		first++
	}
	if first == n {
		return 0, true
	}
	last := n - 1
	for digit(last) == '0' {
		last--
	}
	e := exp - len(frac) + (n - 1 - last)
	if e < 0 || last-first+1+e > 10 {
		return 0, false
	}
	var v int64
	for k := first; k <= last; k++ {
		v = v*10 + int64(digit(k)-'0')
	}
	for ; e > 0; e-- {
		v *= 10
	}
	if neg {
		v = -v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		return 0, false
	}
	return int32(v), true
}

// int32FromString returns the value of s if it is a decimal integer within
// int32, spelled as a JSON integer: -?(0|[1-9][0-9]*).
func int32FromString(s string) (int32, bool) {
	t := strings.TrimPrefix(s, "-")
	if t == "" || len(t) > 10 || t[0] == '0' && len(t) > 1 {
		return 0, false
	}
	for i := range len(t) {
		if !isDigit(t[i]) {
			return 0, false
		}
	}
	v, err := strconv.ParseInt(s, 10, 32)
	return int32(v), err == nil
}

// The range of a Timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
const (
	minTimestamp = -62135596800
	maxTimestamp = 253402300799
)

// Reasons a timestamp string is refused, in the words of Google's front end.
const (
	timestampNoZone = "Illegal timestamp format; timestamps must end with 'Z' or have a valid timezone offset."
	timestampBad    = "Invalid time format: Failed to parse input"
)

// parseTimestamp parses an RFC 3339 timestamp,
// YYYY-MM-DDTHH:MM:SS[.F{1,9}](Z|[+-]HH:MM), as UTC seconds and nanoseconds.
// If s is not one, or is outside the Timestamp range, it returns why.
func parseTimestamp(s string) (secs int64, nanos int32, why string) {
	n := len(s)
	var offset int64 // seconds east of UTC
	switch {
	case n > 0 && s[n-1] == 'Z':
		s = s[:n-1]
	case n >= 6 && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':':
		hh, ok1 := digits(s[n-5 : n-3])
		mm, ok2 := digits(s[n-2:])
		if !ok1 || !ok2 || hh > 23 || mm > 59 {
			return 0, 0, timestampNoZone
		}
		offset = int64(hh*60+mm) * 60
		if s[n-6] == '-' {
			offset = -offset
		}
		s = s[:n-6]
	default:
		return 0, 0, timestampNoZone
	}
	if len(s) < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return 0, 0, timestampBad
	}
	year, ok1 := digits(s[0:4])
	month, ok2 := digits(s[5:7])
	day, ok3 := digits(s[8:10])
	hour, ok4 := digits(s[11:13])
	minute, ok5 := digits(s[14:16])
	sec, ok6 := digits(s[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) ||
		year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || sec > 59 {
		return 0, 0, timestampBad
	}
	if frac := s[19:]; frac != "" {
		if frac[0] != '.' || len(frac) < 2 || len(frac) > 10 {
			return 0, 0, timestampBad
		}
		f, ok := digits(frac[1:])
		if !ok {
			return 0, 0, timestampBad
		}
		for range 10 - len(frac) {
			f *= 10
		}
		nanos = int32(f)
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC)
	if t.Day() != day { // February 30 and the like
		return 0, 0, timestampBad
	}
	secs = t.Unix() - offset
	if secs < minTimestamp || secs > maxTimestamp {
		return 0, 0, timestampBad
	}
	return secs, nanos, ""
}

// digits returns the value of s if it is all decimal digits (at most nine).
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := range len(s) {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}
