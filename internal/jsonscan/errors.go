// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import (
	"strings"
	"unicode/utf8"

	"github.com/peopleupdate/peopleupdate/apierror"
)

// contextLength is how many bytes of input around a syntax error the message
// quotes on each side, as Google's JSON parser does.
const contextLength = 20

// Fail returns the MalformedJSON error for a syntax error at pos, in the words
// of Google's JSON parser, followed by the input around pos and a caret under
// pos. At the end of the input the message says so; at a byte that starts no
// valid UTF-8 sequence, the message is about that.
func (d *Scanner) Fail(pos int, msg string) error {
	if pos >= len(d.In) {
		pos, msg = len(d.In), "Unexpected end of string. "+msg
	} else if d.In[pos] >= utf8.RuneSelf {
		if r, n := utf8.DecodeRune(d.In[pos:]); r == utf8.RuneError && n == 1 {
			msg = "Encountered non UTF-8 code points."
		}
	}
	return apierror.NewMalformedJSON(msg+"\n"+d.context(pos)).WithField(d.Root, "")
}

// context returns up to contextLength bytes of input on each side of pos (cut at
// character boundaries, invalid UTF-8 shown as U+FFFD) and, on a second line, a
// caret under pos.
func (d *Scanner) context(pos int) string {
	begin := max(pos-contextLength, 0)
	for begin < pos && !utf8.RuneStart(d.In[begin]) {
		begin++
	}
	end := min(pos+contextLength, len(d.In))
	for end > pos && end < len(d.In) && !utf8.RuneStart(d.In[end]) {
		end--
	}
	seg := strings.ToValidUTF8(string(d.In[begin:end]), "\uFFFD")
	col := utf8.RuneCountInString(strings.ToValidUTF8(string(d.In[begin:pos]), "\uFFFD"))
	return seg + "\n" + strings.Repeat(" ", col) + "^"
}

// The syntax errors of the structure of objects and lists, in the words of
// Google's JSON parser, for the decoders that drive a Scanner.
const (
	ExpectKey       = "Expected an object key or }."
	ExpectColon     = "Expected : between key:value pair."
	ExpectObjectEnd = "Expected , or } after key:value pair."
	ExpectListEnd   = "Expected , or ] after array value."
	ExpectValue     = "Expected a value."
	TrailingInput   = "Parsing terminated before end of input."
)
