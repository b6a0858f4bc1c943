// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import (
	"errors"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
)

func TestSkip(t *testing.T) {
	deep := strings.Repeat(`{"a":[`, 10000) + "1" + strings.Repeat("]}", 10000)
	tests := []struct {
		in      string
		wantEnd int    // d.Pos after the value
		wantErr string // the message's first line, "" for none
	}{
		{`{} ,`, 2, ""},
		{`[ ] ,`, 3, ""},
		{`"s"x`, 3, ""},
		{`{"a": [1, {"b": null}, []], "c": {}}` + `,`, 36, ""},
		{deep + ",", len(deep), ""},
		{`{"a" 1}`, 0, "Invalid JSON payload received. " + ExpectColon},
		{`{1: 2}`, 0, "Invalid JSON payload received. " + ExpectKey},
		{`{"a": 1 "b": 2}`, 0, "Invalid JSON payload received. " + ExpectObjectEnd},
		{`[1 2]`, 0, "Invalid JSON payload received. " + ExpectListEnd},
		{`[1,`, 0, "Invalid JSON payload received. Unexpected end of string. " + ExpectValue},
		{strings.Repeat("[", 10000), 0, "Invalid JSON payload received. Unexpected end of string. " + ExpectValue},
	}
	for _, tt := range tests {
		d := Scanner{In: []byte(tt.in), S: tt.in}
		err := d.Skip()
		name := tt.in
		if len(name) > 40 {
			name = name[:40] + "..."
		}
		if tt.wantErr != "" {
			var ae *apierror.Error
			if !errors.As(err, &ae) || firstLine(ae.Message) != tt.wantErr {
				t.Errorf("Skip(%s) error = %v, want %q", name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || d.Pos != tt.wantEnd {
			t.Errorf("Skip(%s) = %v at %d, want nil at %d", name, err, d.Pos, tt.wantEnd)
		}
	}
}
