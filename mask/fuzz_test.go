// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
)

// The seed corpora are committed under testdata/fuzz/<Name>/, so a plain go
// test runs every fuzzer over them.

// checkKind fails the test unless err is an *apierror.Error of one of kinds
// whose violations, at least one, all name a field starting with field, the
// first carrying the error's message.
func checkKind(t *testing.T, err error, field string, kinds ...apierror.Kind) {
	t.Helper()
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	if !slices.Contains(kinds, e.Kind) {
		t.Fatalf("error %v: kind %v, want one of %v", e, e.Kind, kinds)
	}
	if len(e.Violations) == 0 || e.Violations[0].Description != e.Message {
		t.Fatalf("error %v: violations %v, want the first to carry the message", e, e.Violations)
	}
	for _, v := range e.Violations {
		if !strings.HasPrefix(v.Field, field) {
			t.Fatalf("error %v: violation on %q, want %s...", e, v.Field, field)
		}
	}
}

func FuzzParseUpdate(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := mask.ParseUpdate(raw)
		if err != nil {
			checkKind(t, err, "update_person_fields", apierror.MissingUpdateMask, apierror.InvalidUpdatePath)
			return
		}
		if u.Len() == 0 {
			t.Fatalf("ParseUpdate(%q) = empty mask without error", raw)
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

func FuzzParseRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string) {
		r, err := mask.ParseRead(raw)
		req, reqErr := mask.ParseReadRequired(raw)
		if err != nil {
			checkKind(t, err, "person_fields", apierror.InvalidReadPath)
			checkKind(t, reqErr, "person_fields", apierror.InvalidReadPathGet)
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
			checkKind(t, err, "sources[", apierror.InvalidSource)
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
