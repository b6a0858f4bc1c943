// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"
	"testing"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// sharedOpts are testOpts with the sharing mode on.
var sharedOpts = Options{Clock: testClock, Share: true}

// checkModes checks that the sharing mode and the JSON writer change no
// byte of the outcome of UpdateContact(stored, req), whose result with
// testOpts is res and err:
//
//   - with Share, stored is not modified, and the call fails with the same
//     error or gives a Stored and a response of the same JSON bytes;
//   - in both modes, Result.AppendResponseJSON writes the bytes of
//     person.Marshal(Result.Response()), after what it is given;
//   - AppendRead writes the bytes of person.Marshal of ReadParsed, for the
//     new stored person read with the request's masks and with the default
//     ones.
func checkModes(tb testing.TB, stored *person.Person, req Request, res *Result, err error) {
	tb.Helper()
	storedBefore := cloneOrNil(stored)
	shared, sharedErr := sharedOpts.UpdateContact(stored, req)
	if !proto.Equal(stored, storedBefore) {
		tb.Errorf("UpdateContact with Share modified the stored person")
	}
	if (err == nil) != (sharedErr == nil) || err != nil && err.Error() != sharedErr.Error() {
		tb.Fatalf("UpdateContact error = %v, with Share %v", err, sharedErr)
	}
	if err != nil {
		return
	}
	if want, got := mustMarshal(tb, res.Stored), mustMarshal(tb, shared.Stored); !bytes.Equal(want, got) {
		tb.Errorf("Stored with Share:\n got %s\nwant %s", got, want)
	}
	want := mustMarshal(tb, res.Response())
	for _, r := range []*Result{res, shared} {
		checkResponseJSON(tb, r, want)
	}
	if !bytes.Equal(mustMarshal(tb, shared.Response()), want) {
		tb.Errorf("Response with Share differs")
	}
	for _, rs := range [][2]any{{res.read, res.sources}, {mask.AllRead(), mask.DefaultSources()}} {
		checkAppendRead(tb, shared.Stored, rs[0].(mask.Read), rs[1].(mask.Sources))
	}
	if !proto.Equal(stored, storedBefore) {
		tb.Errorf("reading the results of Share modified the stored person")
	}
}

// checkResponseJSON checks that r.AppendResponseJSON writes want after a
// prefix it keeps.
func checkResponseJSON(tb testing.TB, r *Result, want []byte) {
	tb.Helper()
	got, err := r.AppendResponseJSON([]byte("prefix"))
	if err != nil {
		tb.Fatalf("AppendResponseJSON() error = %v", err)
	}
	if !bytes.Equal(got, append([]byte("prefix"), want...)) {
		tb.Errorf("AppendResponseJSON():\n got %s\nwant prefix%s", got, want)
	}
}

// checkAppendRead checks AppendRead(nil, p, r, s) against person.Marshal of
// ReadParsed(p, r, s).
func checkAppendRead(tb testing.TB, p *person.Person, r mask.Read, s mask.Sources) {
	tb.Helper()
	read, err := ReadParsed(p, r, s)
	if err != nil {
		tb.Fatalf("ReadParsed() error = %v", err)
	}
	want := mustMarshal(tb, read)
	got, err := AppendRead(nil, p, r, s)
	if err != nil {
		tb.Fatalf("AppendRead() error = %v", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("AppendRead(%v, %v):\n got %s\nwant %s", r, s, got, want)
	}
}

// mustMarshal returns person.Marshal(p), failing tb on an error.
func mustMarshal(tb testing.TB, p *person.Person) []byte {
	tb.Helper()
	b, err := person.Marshal(p)
	if err != nil {
		tb.Fatalf("person.Marshal() error = %v", err)
	}
	return b
}

// TestAppendReadNotFound checks AppendRead's error on a nil stored person,
// and that a skipped read writes {}.
func TestAppendReadNotFound(t *testing.T) {
	got, err := AppendRead([]byte("x"), nil, mask.AllRead(), mask.DefaultSources())
	if err == nil || string(got) != "x" {
		t.Errorf("AppendRead(nil) = %q, %v; want x and NOT_FOUND", got, err)
	}
	got, err = AppendRead(nil, &person.Person{ResourceName: "people/c1"}, mask.Read{}, mask.DefaultSources())
	if err != nil || string(got) != "{}" {
		t.Errorf("AppendRead(zero Read) = %q, %v; want {}", got, err)
	}
}
