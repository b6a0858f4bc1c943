// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBatchBodyChecks sends batchUpdateContacts bodies with members named
// twice and nested 10,000 deep: each is answered as updateContact's body is,
// in the person codec's words, at the batch's own field names.
func TestBatchBodyChecks(t *testing.T) {
	srv, _ := newFake(t)
	const target = "/v1/people:batchUpdateContacts?prettyPrint=false"
	const deep = 10000
	c1 := `{"contacts":{"people/c1":{"etag":"x"}}`
	tests := []struct {
		name string
		body string
		want apiError // Message: the message's first line
	}{
		{"updateMask twice", c1 + `,"updateMask":"names","updateMask":"emailAddresses"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Duplicate name "updateMask": Field already set.`}},
		{"both spellings", c1 + `,"update_mask":"names","updateMask":"names"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Duplicate name "updateMask": Field already set.`}},
		{"contacts twice", c1 + `,"contacts":{},"updateMask":"names"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Duplicate name "contacts": Field already set.`}},
		{"the same contact twice", `{"contacts":{"people/c1":{"etag":"x"},"people/c1":{"etag":"y"}},"updateMask":"names"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Duplicate name "people/c1" at 'contacts': Field already set.`}},
		{"a duplicate inside a contact", `{"contacts":{"people/c1":{"etag":"x","etag":"y"}},"updateMask":"names"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Duplicate name "etag" at 'contacts[people/c1]': Field already set.`}},
		{"deep objects in a contact",
			`{"contacts":{"people/c1":{"etag":"x","names":[{"metadata":` + strings.Repeat(`{"x":`, deep) + "1" + strings.Repeat("}", deep) + `}]}},"updateMask":"names"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "x" at 'contacts[people/c1].names[0].metadata': Cannot find field.`}},
		{"deep lists as a contact",
			`{"contacts":{"people/c1":` + strings.Repeat("[", deep) + strings.Repeat("]", deep) + `},"updateMask":"names"}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "": Root element must be a message.`}},
		{"deep lists as the mask", c1 + `,"updateMask":` + strings.Repeat("[", deep) + strings.Repeat("]", deep) + `}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "updateMask": Proto field is not repeating, cannot start list.`}},
		{"deep objects under an unknown name", `{"bogus":` + strings.Repeat(`{"a":`, deep) + "1" + strings.Repeat("}", deep) + `}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unknown name "bogus": Cannot find field.`}},
		{"deep and unterminated", `{"contacts":{"people/c1":` + strings.Repeat("[", deep),
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Unexpected end of string. Expected a value.`}},
		{"a trailing comma", c1 + `,}`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Expected an object key or }.`}},
		{"trailing input", c1 + `,"updateMask":"names"} x`,
			apiError{400, "INVALID_ARGUMENT", "badRequest", `Invalid JSON payload received. Parsing terminated before end of input.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := do(t, srv, "POST", target, tt.body)
			got, _ := parseEnvelope(t, resp.body)
			got.Message, _, _ = strings.Cut(got.Message, "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("answer mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if resp := do(t, srv, "GET", getSample, ""); resp.code != 200 {
		t.Errorf("after the bad bodies: %d %s", resp.code, resp.body)
	}
}
