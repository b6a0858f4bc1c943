// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonstr

import (
	"encoding/json"
	"testing"
)

func TestAppend(t *testing.T) {
	tests := []struct {
		name, in          string
		wantBody, wantMsg string
		wantOK            bool
	}{
		{"plain", "Ada Lovelace", `"Ada Lovelace"`, `"Ada Lovelace"`, true},
		{"empty", "", `""`, `""`, true},
		{"json escapes", "\"\\/\b\f\n\r\t\x00\x1f", `"\"\\/\b\f\n\r\t\u0000\u001f"`, `"\"\\/\b\f\n\r\t\u0000\u001f"`, true},
		{"html", "<b>&</b>", `"\u003cb\u003e\u0026\u003c/b\u003e"`, `"\u003cb\u003e\u0026\u003c/b\u003e"`, true},
		// The one difference: a body escapes ' and =, an envelope does not.
		{"quote and equals", "at 'person' a=1", `"at \u0027person\u0027 a\u003d1"`, `"at 'person' a=1"`, true},
		{"del and C1", "\x7f\u0085\u00ad", `"\u007f\u0085\u00ad"`, `"\u007f\u0085\u00ad"`, true},
		{"format characters", "\u200b\u2028\u2029\ufeff", `"\u200b\u2028\u2029\ufeff"`, `"\u200b\u2028\u2029\ufeff"`, true},
		{"unicode as is", "é€😀", `"é€😀"`, `"é€😀"`, true},
		{"invalid UTF-8", "a\xffb", `"a\ufffdb"`, `"a\ufffdb"`, false},
	}
	for _, tt := range tests {
		got, ok := Append(nil, tt.in)
		if string(got) != tt.wantBody || ok != tt.wantOK {
			t.Errorf("%s: Append(%q) = %s, %t, want %s, %t", tt.name, tt.in, got, ok, tt.wantBody, tt.wantOK)
		}
		if got := AppendMessage(nil, tt.in); string(got) != tt.wantMsg {
			t.Errorf("%s: AppendMessage(%q) = %s, want %s", tt.name, tt.in, got, tt.wantMsg)
		}
		// Both are JSON strings that decode to the input (valid UTF-8 only).
		var back string
		if err := json.Unmarshal(got, &back); err != nil || (tt.wantOK && back != tt.in) {
			t.Errorf("%s: Append(%q) decodes to %q, %v", tt.name, tt.in, back, err)
		}
	}
}

func TestAppendQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"x", `"x"`},
		{"a\"b\\c\n\x01", `"a\"b\\c\n\u0001"`},
		{"<'=>", `"<'=>"`},
	}
	for _, tt := range tests {
		if got := AppendQuoted(nil, tt.in); string(got) != tt.want {
			t.Errorf("AppendQuoted(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
