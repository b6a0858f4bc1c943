// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonstr

import "unicode/utf8"

// hexDigits are the digits of \u escapes, lower case as Google writes them.
const hexDigits = "0123456789abcdef"

// An escape table says how each ASCII byte is written: 0 as it is, 'u' as a
// \u00XX escape, any other byte as a backslash and that byte.
type escapes [utf8.RuneSelf]byte

// messageEscapes is the table of AppendMessage, bodyEscapes that of Append.
var messageEscapes, bodyEscapes = func() (m, b escapes) {
	for c := range byte(' ') {
		m[c] = 'u'
	}
	m['\b'], m['\f'], m['\n'], m['\r'], m['\t'] = 'b', 'f', 'n', 'r', 't'
	m['"'], m['\\'] = '"', '\\'
	m['&'], m['<'], m['>'] = 'u', 'u', 'u'
	m[0x7f] = 'u'
	b = m
	b['\''], b['='] = 'u', 'u'
	return m, b
}()

// Append appends s to b as a JSON string of a resource body, escaped as
// Google's front end escapes one (see the package doc). It reports false if s
// is not valid UTF-8; each invalid byte is then written as \ufffd.
func Append(b []byte, s string) ([]byte, bool) { return appendString(b, s, &bodyEscapes) }

// AppendMessage appends s to b as a JSON string of an error envelope: as
// [Append] does, but with ' and = as they are. Invalid UTF-8 is written as
// \ufffd.
func AppendMessage(b []byte, s string) []byte {
	b, _ = appendString(b, s, &messageEscapes)
	return b
}

// AppendQuoted appends s as a JSON string with only the escapes JSON
// requires (the quote, the backslash and control characters), for values
// quoted inside messages.
func AppendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= ' ' && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		b = appendASCII(b, c, messageEscapes[c])
		start = i + 1
	}
	return append(append(b, s[start:]...), '"')
}

// appendString appends s as a JSON string escaped by table t, and reports
// whether s was valid UTF-8.
func appendString(b []byte, s string, t *escapes) ([]byte, bool) {
	b = append(b, '"')
	ok, start := true, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			x := t[c]
			if x == 0 {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendASCII(b, c, x)
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			ok = false
		} else if !escapeRune(r) {
			i += n
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"'), ok
}

// appendASCII appends the ASCII byte c escaped as x says (x is not 0).
func appendASCII(b []byte, c, x byte) []byte {
	if x == 'u' {
		return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
	}
	return append(b, '\\', x)
}

// escapeRune reports the non-ASCII characters Google's front end writes as \u
// escapes: C1 controls, the soft hyphen, and Unicode's invisible format
// characters, which would otherwise pass unseen or break JavaScript.
func escapeRune(r rune) bool {
	switch {
	case r <= 0x9f, r == 0xad:
		return true
	case r < 0x600:
		return false
	case r <= 0x603, r == 0x6dd, r == 0x70f, r == 0x17b4, r == 0x17b5,
		0x200b <= r && r <= 0x200f, 0x2028 <= r && r <= 0x202e,
		0x2060 <= r && r <= 0x2064, 0x206a <= r && r <= 0x206f,
		r == 0xfeff, 0xfff9 <= r && r <= 0xfffb:
		return true
	}
	return false
}
