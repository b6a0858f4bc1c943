// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
)

// Str reads the string whose opening quote is at d.Pos and returns its value.
func (d *Scanner) Str() (string, error) {
	in := d.In
	start := d.Pos
	for i := start + 1; i < len(in); {
		// Find the next byte that is not plain text, c at i.
		var c byte
		if i+8 <= len(in) { // eight bytes at a time
			t := special8(binary.LittleEndian.Uint64(in[i:]))
			if t == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(t) / 8
			c = in[i]
		} else { // one at a time, near the end of the input
			c = in[i]
			if c < utf8.RuneSelf && plainByte[c] {
				i++
				continue
			}
		}
		if c == '"' {
			d.Pos = i + 1
			return d.S[start+1 : i], nil
		}
		if c < utf8.RuneSelf {
			return d.strEscaped(start, i) // a backslash or a control character
		}
		r, n := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && n == 1 {
			return "", d.Fail(i, "Encountered non UTF-8 code points.")
		}
		i += n
	}
	return "", d.Fail(len(in), "Closing quote expected in string.")
}

// special8 returns the high bits of the bytes of x, read as little-endian
// eight bytes of input, from the first that is not plain ASCII text (see
// plainByte) on, some of them: 0 if all eight are plain, and otherwise a value
// whose lowest set bit is the high bit of the first byte that is not. It uses
// the tricks haszero and hasless of "Bit Twiddling Hacks": below the first
// byte that is not plain, no byte has its high bit set, x - 0x20 in every byte
// borrows nowhere, nor does (x ^ c) - 1 in every byte for c a quote or a
// backslash; at that byte, the high bit is set, or one of those borrows into
// it (a byte below 0x20, a quote, a backslash).
func special8(x uint64) uint64 {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	return (x | (x - 0x20*ones) | ((x ^ ('"' * ones)) - ones) | ((x ^ ('\\' * ones)) - ones)) & highs
}

// strEscaped reads the rest of the string whose opening quote is at start, from
// i, the first byte that is not plain text.
func (d *Scanner) strEscaped(start, i int) (string, error) {
	in := d.In
	buf := append(d.buf[:0], in[start+1:i]...)
	for i < len(in) {
		c := in[i]
		switch {
		case c == '"':
			d.Pos = i + 1
			d.buf = buf
			return string(buf), nil
		case c == '\\':
			if i+1 >= len(in) {
				return "", d.Fail(len(in), "Closing quote expected in string.")
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
						return "", d.Fail(i, "Invalid unicode code point.")
					}
					j := i + 6
					if j+1 >= len(in) {
						return "", d.Fail(len(in), "Closing quote expected in string.")
					}
					if in[j] != '\\' || in[j+1] != 'u' {
						return "", d.Fail(i, "Missing low surrogate.")
					}
					lo, err := d.hex4(j)
					if err != nil {
						return "", err
					}
					if lo < 0xDC00 || lo > 0xDFFF {
						return "", d.Fail(j, "Invalid low surrogate.")
					}
					r = utf16.DecodeRune(r, lo)
					i = j
				}
				buf = utf8.AppendRune(buf, r)
				i += 6
				continue
			default:
				return "", d.Fail(i, "Invalid escape sequence.")
			}
			i += 2
		case c < ' ':
			return "", d.Fail(i, "Invalid control character in string.")
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			i++
		default:
			r, n := utf8.DecodeRune(in[i:])
			if r == utf8.RuneError && n == 1 {
				return "", d.Fail(i, "Encountered non UTF-8 code points.")
			}
			buf = append(buf, in[i:i+n]...)
			i += n
		}
	}
	return "", d.Fail(len(in), "Closing quote expected in string.")
}

// hex4 reads the four hex digits of the \u escape at i.
func (d *Scanner) hex4(i int) (rune, error) {
	var r rune
	for k := i + 2; k < i+6; k++ {
		if k >= len(d.In) {
			return 0, d.Fail(len(d.In), "Closing quote expected in string.")
		}
		c := d.In[k]
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, d.Fail(i, "Illegal hex string.")
		}
	}
	return r, nil
}

// plainByte reports the ASCII bytes a string holds as they are.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()
