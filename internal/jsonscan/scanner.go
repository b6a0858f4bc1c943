// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import "github.com/peopleupdate/peopleupdate/internal/jsonstr"

// A Scanner reads the JSON tokens of one input. The decoder that drives it
// reads In at Pos itself for the bytes that open and close objects and
// lists, and calls it for white space, scalars and errors.
type Scanner struct {
	In   []byte // the input
	S    string // In as a string, set once the input is known not to be empty: strings without escapes are substrings of it
	Pos  int    // the next byte to read
	Root string // the place of the body, which syntax errors name as their field
	buf  []byte // scratch space for strings with escapes
}

// Kind is the kind of a scalar JSON Token.
type Kind uint8

// The kinds of scalar token.
const (
	String Kind = iota + 1
	Number
	True
	False
	Null
)

// Token is one scalar JSON value.
type Token struct {
	Kind       Kind
	Start, End int    // its text in the input
	Str        string // the decoded value of a string
}

// Render returns tok as JSON, for error messages: a string quoted, a number or
// a literal as written.
func (d *Scanner) Render(tok Token) string {
	if tok.Kind == String {
		return string(jsonstr.AppendQuoted(nil, tok.Str))
	}
	return d.S[tok.Start:tok.End]
}

// WS skips white space.
func (d *Scanner) WS() {
	for d.Pos < len(d.In) {
		switch d.In[d.Pos] {
		case ' ', '\t', '\n', '\r':
			d.Pos++
		default:
			return
		}
	}
}

// Scalar reads the string, number, true, false or null at d.Pos.
func (d *Scanner) Scalar() (Token, error) {
	start := d.Pos
	if start >= len(d.In) {
		return Token{}, d.Fail(start, "Expected a value.")
	}
	switch c := d.In[start]; {
	case c == '"':
		s, err := d.Str()
		return Token{Kind: String, Start: start, End: d.Pos, Str: s}, err
	case c == '-' || '0' <= c && c <= '9':
		end := start
		for end < len(d.In) && numberByte[d.In[end]] {
			end++
		}
		if !validNumber(d.In[start:end]) {
			return Token{}, d.Fail(start, "Unable to parse number.")
		}
		d.Pos = end
		return Token{Kind: Number, Start: start, End: end}, nil
	case c == 't':
		return d.literal("true", True)
	case c == 'f':
		return d.literal("false", False)
	case c == 'n':
		return d.literal("null", Null)
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_', c == '$',
		c == '{', c == '}', c == '[', c == ']', c == ',', c == ':':
		return Token{}, d.Fail(start, "Unexpected token.")
	}
	return Token{}, d.Fail(start, "Expected a value.")
}

// literal reads the literal lit, whose first byte is at d.Pos.
func (d *Scanner) literal(lit string, k Kind) (Token, error) {
	start := d.Pos
	if len(d.In)-start < len(lit) || string(d.In[start:start+len(lit)]) != lit {
		return Token{}, d.Fail(start, "Unexpected token.")
	}
	d.Pos += len(lit)
	return Token{Kind: k, Start: start, End: d.Pos}, nil
}

// numberByte reports the bytes a number Token may hold.
var numberByte = func() (t [256]bool) {
	for _, c := range "0123456789+-.eE" {
		t[c] = true
	}
	return t
}()
