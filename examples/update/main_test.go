// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		want     []string // substrings of the output, in order
		wantNot  []string
		wantKind apierror.Kind // of the error; 0 for success
	}{
		{name: "defaults", want: []string{"personFields: emailAddresses,names", "read:", `"displayName": "Margaret Chen"`,
			"updatePersonFields: names", "updated:", `"displayName": "Meg Chen"`, `"displayName": "Maggie Chen"`}},
		{name: "with metadata", args: []string{"-fields", "names,metadata"},
			want: []string{`"updateTime": "2025-03-14T09:26:53.589793Z"`, "updated:", `"updateTime": "2026-03-01T12:00:00Z"`}},
		{name: "read only, contact source", args: []string{"-mask", "", "-fields", "names", "-sources", "READ_SOURCE_TYPE_CONTACT"},
			want: []string{"personFields: names", `"displayName": "Margaret Chen"`}, wantNot: []string{"Maggie", "updated:"}},
		{name: "phone update", args: []string{"-mask", "phoneNumbers", "-fields", "phoneNumbers", "-body", `{"phoneNumbers":[{"value":"(303) 828-8765","type":"work"}]}`},
			want: []string{`"canonicalForm": "+14155550132"`, "updated:", `"canonicalForm": "+13038288765"`, `"formattedType": "Work"`}},
		{name: "invalid read mask", args: []string{"-fields", "names,nope"}, wantKind: apierror.InvalidReadPath},
		{name: "missing read mask", args: []string{"-fields", ""}, wantKind: apierror.MissingReadMask},
		{name: "invalid update mask", args: []string{"-mask", "photos"}, wantKind: apierror.InvalidUpdatePath},
		{name: "two names", args: []string{"-body", `{"names":[{"givenName":"A"},{"givenName":"B"}]}`}, wantKind: apierror.SingletonViolation},
		{name: "stale etag", args: []string{"-body", `{"etag":"%EgQBAgMECg==","names":[]}`}, wantKind: apierror.StalePersonEtag},
		{name: "bad body", args: []string{"-body", `{"nick":1}`}, wantKind: apierror.UnknownBodyField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(tt.args, &stdout, &stderr)
			var e *apierror.Error
			switch {
			case tt.wantKind == 0 && err != nil:
				t.Fatalf("run: %v", err)
			case tt.wantKind != 0 && (!errors.As(err, &e) || e.Kind != tt.wantKind):
				t.Fatalf("run error %v, want kind %v", err, tt.wantKind)
			}
			out := stdout.String()
			rest := out
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q after what came before:\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("output holds %q:\n%s", w, out)
				}
			}
		})
	}
}
