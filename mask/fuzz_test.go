// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

// The seed corpora are committed under testdata/fuzz/<Name>/, so a plain go
// test runs every fuzzer over them.

// checkKind fails the test unless err is an *apierror.Error of one of kinds
// with a 400 code, a message in valid UTF-8, and violations, at least one and
// at most maxViolations, with distinct descriptions, all naming a field
// starting with field, the first carrying the error's message. It returns the
// error.
func checkKind(t *testing.T, err error, field string, kinds ...apierror.Kind) *apierror.Error {
	t.Helper()
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	if !slices.Contains(kinds, e.Kind) {
		t.Fatalf("error %v: kind %v, want one of %v", e, e.Kind, kinds)
	}
	if e.Code != 400 || !utf8.ValidString(e.Message) {
		t.Fatalf("error %q: code %d, want 400 and a message in valid UTF-8", e.Message, e.Code)
	}
	if len(e.Violations) == 0 || e.Violations[0].Description != e.Message {
		t.Fatalf("error %v: violations %v, want the first to carry the message", e, e.Violations)
	}
	if len(e.Violations) > maxViolations {
		t.Fatalf("error %v: %d violations, want at most %d", e, len(e.Violations), maxViolations)
	}
	seen := make(map[string]bool)
	for _, v := range e.Violations {
		if !strings.HasPrefix(v.Field, field) {
			t.Fatalf("error %v: violation on %q, want %s...", e, v.Field, field)
		}
		if seen[v.Description] {
			t.Fatalf("error %v: violation %q reported twice", e, v.Description)
		}
		seen[v.Description] = true
	}
	return e
}

// FuzzParseUpdate checks that ParseUpdate never panics; that an error is a
// typed API error (checkKind); that the mask's paths given one by one as a
// FieldMask give the same value or error; and that a result parses back from
// its String and its FieldMask to the same value, and parses as a read mask to
// the same fields.
func FuzzParseUpdate(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := mask.ParseUpdate(raw)
		fu, fErr := mask.UpdateFromFieldMask(&fieldmaskpb.FieldMask{Paths: strings.Split(raw, ",")})
		if fu != u || !cmp.Equal(errorOf(t, fErr), errorOf(t, err)) {
			t.Fatalf("ParseUpdate(%q) = %v, %v; UpdateFromFieldMask of its paths = %v, %v", raw, u, err, fu, fErr)
		}
		if err != nil {
			checkKind(t, err, "update_person_fields", apierror.MissingUpdateMask, apierror.InvalidUpdatePath)
			return
		}
		if u.Len() == 0 {
			t.Fatalf("ParseUpdate(%q) = empty mask without error", raw)
		}
		if r, err := mask.ParseRead(raw); err != nil || r.Fields() != u.Fields() {
			t.Fatalf("ParseUpdate(%q) = %v, but ParseRead = %v, %v", raw, u, r, err)
		}
		back, err := mask.ParseUpdate(u.String())
		if err != nil || back != u {
			t.Fatalf("ParseUpdate(%q) = %v; ParseUpdate of its String = %v, %v", raw, u, back, err)
		}
		back, err = mask.UpdateFromFieldMask(u.FieldMask())
		if err != nil || back != u {
			t.Fatalf("ParseUpdate(%q) = %v; UpdateFromFieldMask of its FieldMask = %v, %v", raw, u, back, err)
		}
	})
}

// FuzzParseRead checks ParseRead and ParseReadRequired as FuzzParseUpdate
// checks ParseUpdate, and that the two agree but for an empty mask.
func FuzzParseRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string) {
		r, err := mask.ParseRead(raw)
		req, reqErr := mask.Get.ParseRead(raw)
		fr, fErr := mask.ReadFromFieldMask(&fieldmaskpb.FieldMask{Paths: strings.Split(raw, ",")})
		if fr != r || !cmp.Equal(errorOf(t, fErr), errorOf(t, err)) {
			t.Fatalf("ParseRead(%q) = %v, %v; ReadFromFieldMask of its paths = %v, %v", raw, r, err, fr, fErr)
		}
		if err != nil {
			checkKind(t, err, "person_fields", apierror.InvalidReadPath)
			checkKind(t, reqErr, "person_fields", apierror.InvalidReadPath)
			return
		}
		if r.Len() == 0 {
			t.Fatalf("ParseRead(%q) = empty mask without error", raw)
		}
		back, err := mask.ParseRead(r.String())
		if err != nil || back != r {
			t.Fatalf("ParseRead(%q) = %v; ParseRead of its String = %v, %v", raw, r, back, err)
		}
		back, err = mask.ReadFromFieldMask(r.FieldMask())
		if err != nil || back != r {
			t.Fatalf("ParseRead(%q) = %v; ReadFromFieldMask of its FieldMask = %v, %v", raw, r, back, err)
		}
		switch {
		case reqErr != nil:
			checkKind(t, reqErr, "person_fields", apierror.MissingReadMask)
			if r != mask.AllRead() {
				t.Fatalf("ParseReadRequired(%q) failed with %v but ParseRead gave %v, not all fields", raw, reqErr, r)
			}
		case req != r:
			t.Fatalf("ParseReadRequired(%q) = %v, ParseRead = %v", raw, req, r)
		}
	})
}

// FuzzParseSources fuzzes a list of values given as one string, split on
// newlines (so a value never holds a newline; commas are left in).
func FuzzParseSources(f *testing.F) {
	f.Fuzz(func(t *testing.T, joined string) {
		var values []string
		if joined != "" {
			values = strings.Split(joined, "\n")
		}
		s, err := mask.ParseSources(values)
		if err != nil {
			e := checkKind(t, err, "sources[", apierror.InvalidSource)
			// The violations name the invalid values, in order, from the first:
			// every value before one of them is valid, or has its own.
			valid := func(v string) bool { _, err := mask.ParseSources([]string{v}); return err == nil }
			prev := -1
			for _, v := range e.Violations {
				var i int
				if _, err := fmt.Sscanf(v.Field, "sources[%d]", &i); err != nil || i <= prev || i >= len(values) || valid(values[i]) {
					t.Fatalf("ParseSources(%q): violation on %q after sources[%d]", values, v.Field, prev)
				}
				for j := prev + 1; j < i; j++ {
					if !valid(values[j]) {
						t.Fatalf("ParseSources(%q): no violation on sources[%d] %q", values, j, values[j])
					}
				}
				prev = i
			}
			return
		}
		if s.Len() == 0 {
			t.Fatalf("ParseSources(%q) = empty set without error", values)
		}
		back, err := mask.ParseSources(s.Values())
		if err != nil || back != s {
			t.Fatalf("ParseSources(%q) = %v; ParseSources of its Values = %v, %v", values, s, back, err)
		}
	})
}
