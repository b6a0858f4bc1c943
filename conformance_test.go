// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"errors"
	"testing"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/internal/conformance"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// skippedCases are starter cases that contradict SPEC.md, with the
// contradiction. SPEC.md wins; such a case is a bug of the case.
var skippedCases = map[string]string{}

// TestConformance runs every conformance case (testdata/conformance and
// $PEOPLEUPDATE_CONFORMANCE_DIR) by the rules of FORMAT.md.
func TestConformance(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			if reason, ok := skippedCases[c.Name]; ok {
				t.Skip(reason)
			}
			runCase(t, c)
		})
	}
}

// runCase makes the call of c and checks its outcome.
func runCase(t *testing.T, c *tcase) {
	t.Helper()
	stored := c.freshStored()
	res, err := testOpts.UpdateContact(stored, c.freshRequest())

	// Whatever the outcome, the stored person is left as it was.
	if !proto.Equal(stored, c.stored) {
		t.Errorf("%s\nUpdateContact modified the stored person", c.Title())
	}
	// Both modes, and the JSON writer, give the same bytes.
	checkModes(t, stored, c.freshRequest(), res, err)

	if w := c.Want.Error; w != nil {
		checkWantError(t, c, w, res, err)
		return
	}
	if err != nil {
		t.Fatalf("%s\nUpdateContact() error = %v, want success", c.Title(), err)
	}
	checkWantPerson(t, c, res)
}

// checkWantError checks that the call failed as w says.
func checkWantError(t *testing.T, c *tcase, w *conformance.WantError, res *Result, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s\nUpdateContact() succeeded, want error %d %s", c.Title(), w.Code, w.Status)
	}
	if res != nil {
		t.Errorf("%s\nUpdateContact() returned a result with its error", c.Title())
	}
	var got *apierror.Error
	if !errors.As(err, &got) {
		t.Fatalf("%s\nUpdateContact() error %T %v, want an *apierror.Error", c.Title(), err, err)
	}
	if got.Code != w.Code || got.Status != w.Status {
		t.Errorf("%s\nerror = %d %s (%s), want %d %s", c.Title(), got.Code, got.Status, got.Message, w.Code, w.Status)
	}
	if w.Reason != nil && got.Reason != *w.Reason {
		t.Errorf("%s\nerror reason = %q, want %q", c.Title(), got.Reason, *w.Reason)
	}
	if w.Message != nil && got.Message != *w.Message {
		t.Errorf("%s\nerror message:\n got %q\nwant %q", c.Title(), got.Message, *w.Message)
	}
}

// checkWantPerson checks a successful call against the person c wants.
func checkWantPerson(t *testing.T, c *tcase, res *Result) {
	t.Helper()
	got, err := person.Marshal(res.Response())
	if err != nil {
		t.Fatalf("%s\nperson.Marshal(response) error = %v", c.Title(), err)
	}
	diff, err := conformance.Diff(c.Want.Person, got)
	if err != nil {
		t.Fatalf("%s\n%v", c.Title(), err)
	}
	if diff != "" {
		t.Errorf("%s\nresponse mismatch (-want +got):\n%s", c.Title(), diff)
	}

	// Rule 1: the etags and update times.
	old, err := etagOf(c.stored, c.req.PersonFields, c.req.Sources, false)
	if err != nil {
		t.Fatalf("%s\nRead(stored) error = %v", c.Title(), err)
	}
	if e := res.Response().GetEtag(); e == "" || e == old {
		t.Errorf("%s\nresponse etag = %q, want a new non-empty one (stored's is %q)", c.Title(), e, old)
	}
	for _, bad := range conformance.CheckSources(c.stored, res.Response()) {
		t.Errorf("%s\n%s", c.Title(), bad)
	}
}
