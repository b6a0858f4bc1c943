// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

func TestInjectErrorRejectsUnknown(t *testing.T) {
	tests := []struct {
		name    string
		m       peoplefake.Method
		status  string
		wantMsg string
	}{
		{"misspelt status", peoplefake.MethodGet, "UNAVAILBLE", `unknown status "UNAVAILBLE"`},
		{"OK", peoplefake.MethodGet, "OK", `unknown status "OK"`},
		{"lower case", peoplefake.MethodGet, "unavailable", `unknown status "unavailable"`},
		{"unknown method", peoplefake.Method("people.noSuchMethod"), "UNAVAILABLE", `unknown method "people.noSuchMethod"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := peoplefake.New()
			defer func() {
				r, _ := recover().(string)
				if !strings.Contains(r, tt.wantMsg) {
					t.Errorf("panic %q, want one containing %q", r, tt.wantMsg)
				}
			}()
			srv.InjectError(tt.m, tt.status, "", 1)
		})
	}
	// Clearing a queue takes any status.
	peoplefake.New().InjectError(peoplefake.MethodGet, "", "", 0)
}
