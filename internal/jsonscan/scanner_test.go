// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/bits"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/peopleupdate/peopleupdate/apierror"
)

func TestScalar(t *testing.T) {
	tests := []struct {
		in       string
		wantKind Kind
		wantStr  string
		wantText string
		wantErr  string // the message's first line, "" for none
	}{
		{`"plain"`, String, "plain", `"plain"`, ""},
		{`"a\n\u00e9\ud83d\ude00"`, String, "a\né😀", `"a\n\u00e9\ud83d\ude00"`, ""},
		{`-12.5e3`, Number, "", `-12.5e3`, ""},
		{`true`, True, "", `true`, ""},
		{`null`, Null, "", `null`, ""},
		{`"open`, 0, "", "", "Invalid JSON payload received. Unexpected end of string. Closing quote expected in string."},
		{`nul`, 0, "", "", "Invalid JSON payload received. Unexpected token."},
		{`01`, 0, "", "", "Invalid JSON payload received. Unable to parse number."},
		{`"\x"`, 0, "", "", "Invalid JSON payload received. Invalid escape sequence."},
	}
	for _, tt := range tests {
		d := Scanner{In: []byte(tt.in), S: tt.in, Root: "person"}
		tok, err := d.Scalar()
		if tt.wantErr != "" {
			var ae *apierror.Error
			if !errors.As(err, &ae) || ae.Kind != apierror.MalformedJSON || firstLine(ae.Message) != tt.wantErr {
				t.Errorf("Scalar(%s) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || tok.Kind != tt.wantKind || tok.Str != tt.wantStr || tt.in[tok.Start:tok.End] != tt.wantText {
			t.Errorf("Scalar(%s) = %+v, %v, want kind %d, string %q, text %s", tt.in, tok, err, tt.wantKind, tt.wantStr, tt.wantText)
		}
	}
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	for i := range len(s) {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

func TestInt32(t *testing.T) {
	for _, tt := range []struct {
		number, str string
		want        int32
		wantOK      bool
	}{
		{"1986", "1986", 1986, true},
		{"1.986e3", "", 1986, true},
		{"1986.0", "", 1986, true},
		{"-2147483648", "-2147483648", -2147483648, true},
		{"2147483648", "2147483648", 0, false},
		{"1.5", "1.5", 0, false},
		{"", "01", 0, false},
	} {
		if tt.number != "" {
			if got, ok := Int32FromNumber([]byte(tt.number)); ok != tt.wantOK || (ok && got != tt.want) {
				t.Errorf("Int32FromNumber(%s) = %d, %t, want %d, %t", tt.number, got, ok, tt.want, tt.wantOK)
			}
		}
		if tt.str != "" {
			if got, ok := Int32FromString(tt.str); ok != tt.wantOK || (ok && got != tt.want) {
				t.Errorf("Int32FromString(%q) = %d, %t, want %d, %t", tt.str, got, ok, tt.want, tt.wantOK)
			}
		}
	}
}

func TestParseTimestamp(t *testing.T) {
	for _, tt := range []struct {
		in        string
		wantSecs  int64
		wantNanos int32
		wantWhy   string
	}{
		{"1970-01-01T00:00:01Z", 1, 0, ""},
		{"2025-03-14T09:26:53.5Z", 1741944413, 500000000, ""},
		{"1970-01-01T01:00:00+01:00", 0, 0, ""},
		{"1970-01-01T00:00:00", 0, 0, timestampNoZone},
		{"2025-13-01T00:00:00Z", 0, 0, timestampBad},
	} {
		secs, nanos, why := ParseTimestamp(tt.in)
		if secs != tt.wantSecs || nanos != tt.wantNanos || why != tt.wantWhy {
			t.Errorf("ParseTimestamp(%q) = %d, %d, %q, want %d, %d, %q", tt.in, secs, nanos, why, tt.wantSecs, tt.wantNanos, tt.wantWhy)
		}
	}
}

// TestSpecial8 checks special8 against plainByte: on words of plain text with
// one byte of every value at every position, and on words of bytes near the
// edges of the ranges, in any mix.
func TestSpecial8(t *testing.T) {
	// first returns the index of the first byte of b that is not plain, 8 if
	// none.
	first := func(b []byte) int {
		for i, c := range b {
			if c >= utf8.RuneSelf || !plainByte[c] {
				return i
			}
		}
		return 8
	}
	// got returns the index special8 tells of.
	got := func(b []byte) int {
		x := special8(binary.LittleEndian.Uint64(b))
		if x == 0 {
			return 8
		}
		return bits.TrailingZeros64(x) / 8
	}
	for _, fill := range []byte{' ', 'a', '~', '!', '#', '[', ']'} {
		for pos := range 8 {
			for c := range 256 {
				b := bytes.Repeat([]byte{fill}, 8)
				b[pos] = byte(c)
				if g, w := got(b), first(b); g != w {
					t.Errorf("special8(%q) tells of byte %d, want %d", b, g, w)
				}
			}
		}
	}
	edges := []byte{0, 0x1f, ' ', '!', '"', '#', '[', '\\', ']', 0x7f, 0x80, 0xc3, 0xff}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		b := make([]byte, 8)
		for i := range b {
			b[i] = edges[r.IntN(len(edges))]
			if r.IntN(2) == 0 {
				b[i] = 'a'
			}
		}
		if g, w := got(b), first(b); g != w {
			t.Fatalf("special8(%q) tells of byte %d, want %d", b, g, w)
		}
	}
}

// strByBytes is Str as it was before it read eight bytes at a time: the
// reference for TestStrAgreesByBytes.
func (d *Scanner) strByBytes() (string, error) {
	in := d.In
	start := d.Pos
	for i := start + 1; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			if plainByte[c] {
				i++
				continue
			}
			if c == '"' {
				d.Pos = i + 1
				return d.S[start+1 : i], nil
			}
			return d.strEscaped(start, i)
		}
		r, n := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && n == 1 {
			return "", d.Fail(i, "Encountered non UTF-8 code points.")
		}
		i += n
	}
	return "", d.Fail(len(in), "Closing quote expected in string.")
}

// TestStrAgreesByBytes checks that Str gives the value, the position and the
// error strByBytes gives, on random strings of pieces that end the eight-byte
// steps (quotes, escapes, control characters, UTF-8 and invalid bytes) at
// every offset and near the end of the input.
func TestStrAgreesByBytes(t *testing.T) {
	pieces := []string{"a", "bcdefgh", `"`, `\"`, `\\`, `\n`, `\u00e9`, `\ud83d\ude00`, `\x`, "\x01", "\x7f", "é", "😀", "\xff", "\xe2\x82", " ", "}"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b []byte
		b = append(b, '"')
		for range r.IntN(12) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		if r.IntN(4) > 0 {
			b = append(b, '"')
		}
		want := &Scanner{In: b, S: string(b), Root: "person"}
		got := &Scanner{In: b, S: string(b), Root: "person"}
		ws, werr := want.strByBytes()
		gs, gerr := got.Str()
		if gs != ws || got.Pos != want.Pos || (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("Str(%q) = %q, %v at %d; want %q, %v at %d", b, gs, gerr, got.Pos, ws, werr, want.Pos)
		}
	}
}
