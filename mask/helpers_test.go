// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"errors"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// The API's messages, written out in full (SPEC §2).
const (
	docs            = ` Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/`
	msgMissingUpd   = `updatePersonFields mask is required. Please specify one or more valid paths.` + docs + `updateContact.`
	msgMissingRead  = `personFields mask is required. Please specify one or more valid paths.` + docs + `get.`
	fieldUpdateMask = "update_person_fields"
	fieldReadMask   = "person_fields"
)

func msgUpdatePath(p string) string {
	return `Invalid updatePersonFields mask path: "` + p + `".` + docs + `updateContact.`
}

func msgReadPath(p string) string {
	return `Invalid personFields mask path: "` + p + `".` + docs + `updateContact.`
}

func msgReadPathGet(p string) string {
	return `Invalid personFields mask path: "` + p + `".` + docs + `get.`
}

// wantError is what a test checks of an *apierror.Error.
type wantError struct {
	Kind       apierror.Kind
	Message    string
	Violations []apierror.FieldViolation
}

// errorOf returns the parts of err a test compares, or nil for a nil err. It
// fails the test if err is not an *apierror.Error.
func errorOf(t *testing.T, err error) *wantError {
	t.Helper()
	if err == nil {
		return nil
	}
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	return &wantError{Kind: e.Kind, Message: e.Message, Violations: e.Violations}
}

// pathErr builds the wanted error for invalid paths: the message names the
// first, one violation per path on field.
func pathErr(kind apierror.Kind, msg func(string) string, field string, paths ...string) *wantError {
	w := &wantError{Kind: kind, Message: msg(paths[0])}
	for _, p := range paths {
		w.Violations = append(w.Violations, apierror.FieldViolation{Field: field, Description: msg(p)})
	}
	return w
}

func missing(kind apierror.Kind, msg, field string) *wantError {
	return &wantError{Kind: kind, Message: msg, Violations: []apierror.FieldViolation{{Field: field, Description: msg}}}
}

func set(fs ...person.Field) person.FieldSet { return person.FieldSetOf(fs...) }

// names returns the JSON (or proto) names of the fields of fs, in canonical order.
func names(fs person.FieldSet, proto bool) []string {
	var out []string
	for f := range fs.All() {
		if proto {
			out = append(out, f.ProtoName())
		} else {
			out = append(out, f.JSONName())
		}
	}
	return out
}
