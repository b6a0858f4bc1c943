// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// A badInput is one row of the bad input catalogue: a call that a library
// embedded in a server or a fake must answer with a clear API error, or handle
// in full, whatever the size or the shape of the input, never with a panic nor
// a partial change.
type badInput struct {
	name string
	// stored returns the stored person; nil means badStored.
	stored func() *person.Person
	// req builds the call, given the person etag of a default read of the
	// stored person (badStored). An empty ResourceName is the stored person's.
	req func(tag string) Request
	// read makes the call Read(stored, req.PersonFields, req.Sources) instead.
	read bool
	// want is the error; nil means the call succeeds.
	want *apiErr
	// check, if set, checks a success further.
	check func(t *testing.T, res *Result)
	// heavy skips checkCall's per-item invariants on a success too large for
	// them; the result is still checked against a read of it.
	heavy bool
	// bench puts the row in BenchmarkBadInput. Its input is large (a
	// megabyte or more, or 100 000 items): the row is skipped in -short mode,
	// and runs under the race detector with its input cut to a 64th (see
	// large), so that CI, which runs with -race, runs it cheaply.
	bench bool
	// echo is how many bytes of the request the error message may quote:
	// the envelope is at most maxEnvelope plus 18 bytes for each (three copies
	// of the message, six bytes for the worst escape of one input byte).
	echo int
	// reason says why this is what the API answers. Required.
	reason string
}

// apiErr is what a row pins of an *apierror.Error.
type apiErr struct {
	Kind       apierror.Kind
	Code       int
	Status     string
	Message    string
	Field      string // the first violation's field, "" for none
	Violations int
}

// maxEnvelope bounds the JSON envelope of an error that quotes nothing big.
const maxEnvelope = 64 << 10

// maxViolations is the most field violations one error holds (mask.ParseUpdate).
const maxViolations = 100

// call makes the row's call on stored and returns what it gave: the result
// (for Read, its Response), the error, and a panic's value.
func (bi *badInput) call(stored *person.Person, req Request) (res *Result, panicked any, err error) {
	defer func() { panicked = recover() }()
	if bi.read {
		p, err := Read(stored, req.PersonFields, req.Sources)
		if p == nil {
			return nil, nil, err
		}
		// Read succeeded: its masks parse.
		var ms masks
		ms.read, _ = mask.ParseRead(req.PersonFields)
		ms.sources, _ = mask.ParseSources(req.Sources)
		res := newResult(stored, ms)
		res.once.Do(func() { res.response = p })
		return res, nil, err
	}
	res, err = testOpts.UpdateContact(stored, req)
	return res, nil, err
}

// badTag returns the person etag of a default read of p.
func badTag(tb testing.TB, p *person.Person) string {
	tb.Helper()
	r, err := Read(p, "", nil)
	if err != nil {
		tb.Fatal(err)
	}
	return r.GetEtag()
}

// skipLarge skips a row of large input in -short mode.
func (bi *badInput) skipLarge(t *testing.T) {
	t.Helper()
	if bi.bench && testing.Short() {
		t.Skip("large input: not in -short mode")
	}
}

// large returns the size n of a large input: n, or a 64th of it under the
// race detector, which slows the library down some tenfold. Every row's
// claim holds at either size (a 64th of a megabyte of distinct paths is
// still well over the 100 violations reported).
func large(n int) int {
	if raceEnabled {
		return n / 64
	}
	return n
}

// request returns the row's call on badStored.
func (bi *badInput) request(tag string) Request {
	req := bi.req(tag)
	if req.ResourceName == "" && !bi.read {
		req.ResourceName = testContact().GetResourceName()
	}
	return req
}

// TestBadInput runs the catalogue: each row answers its pinned 4xx error, or
// succeeds as pinned, never panics, and leaves the stored person and the
// request as they were.
func TestBadInput(t *testing.T) {
	seen := make(map[string]bool)
	for _, bi := range badInputs() {
		if bi.reason == "" {
			panic(fmt.Sprintf("row %q: no reason", bi.name))
		}
		if seen[bi.name] {
			panic(fmt.Sprintf("row %q: name not unique", bi.name))
		}
		seen[bi.name] = true
		t.Run(bi.name, func(t *testing.T) {
			bi.skipLarge(t)
			stored := bi.storedOf()
			before := proto.Clone(stored).(*person.Person)
			req := bi.request(badTag(t, stored))
			reqBefore := cloneRequest(req)

			res, panicked, err := bi.call(stored, req)
			if panicked != nil {
				t.Fatalf("panic: %v", panicked)
			}
			if !proto.Equal(stored, before) {
				t.Errorf("the stored person changed")
			}
			if !equalRequest(req, reqBefore) {
				t.Errorf("the request changed")
			}
			if bi.want != nil {
				checkBadError(t, &bi, res, err)
				return
			}
			if err != nil {
				t.Fatalf("error %v, want success (%s)", err, bi.reason)
			}
			if res == nil || res.Response() == nil {
				t.Fatalf("no result, and no error")
			}
			read, err := Read(res.Stored, req.PersonFields, req.Sources)
			if err != nil {
				t.Fatalf("Read of the result: %v", err)
			}
			if !proto.Equal(res.Response(), read) {
				t.Errorf("the response is not a read of the new stored person with the request's personFields and sources")
			}
			if !bi.read && !bi.heavy {
				checkCall(t, stored, req)
			}
			if bi.check != nil {
				bi.check(t, res)
			}
		})
	}
}

// checkBadError checks a row's error.
func checkBadError(t *testing.T, bi *badInput, res *Result, err error) {
	t.Helper()
	if res != nil {
		t.Errorf("a result came with the error")
	}
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T), want an *apierror.Error (%s)", err, err, bi.reason)
	}
	got := &apiErr{Kind: e.Kind, Code: e.Code, Status: e.Status, Message: e.Message, Field: e.Field(), Violations: len(e.Violations)}
	if diff := cmp.Diff(bi.want, got); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s\nreason: %s", diff, bi.reason)
	}
	if e.Code < 400 || e.Code >= 500 {
		t.Errorf("HTTP code %d, want a 4xx", e.Code)
	}
}

// TestBadInputEnvelope checks that the error envelope of every failing row is
// valid JSON holding the error, and small: at most maxEnvelope bytes, plus 18
// for each byte of the request the row's message may quote.
func TestBadInputEnvelope(t *testing.T) {
	for _, bi := range badInputs() {
		if bi.want == nil {
			continue
		}
		t.Run(bi.name, func(t *testing.T) {
			bi.skipLarge(t)
			stored := bi.storedOf()
			_, panicked, err := bi.call(stored, bi.request(badTag(t, stored)))
			var e *apierror.Error
			if panicked != nil || !errors.As(err, &e) {
				t.Fatalf("no *apierror.Error (err %v, panic %v)", err, panicked)
			}
			env := e.JSON()
			if limit := maxEnvelope + 18*bi.echo; len(env) > limit {
				t.Errorf("envelope of %d bytes, want at most %d", len(env), limit)
			}
			var got struct {
				Error struct {
					Code    int
					Message string
					Status  string
					Errors  []struct{ Message, Domain, Reason string }
					Details []struct {
						Type            string `json:"@type"`
						FieldViolations []struct{ Field, Description string }
					}
				}
			}
			if !json.Valid(env) {
				t.Fatalf("envelope is not valid JSON: %.200q", env)
			}
			if err := json.Unmarshal(env, &got); err != nil {
				t.Fatalf("envelope: %v", err)
			}
			g := got.Error
			if g.Code != e.Code || g.Message != e.Message || g.Status != e.Status || len(g.Errors) != 1 || g.Errors[0].Reason != e.Reason {
				t.Errorf("envelope does not hold the error: code %d status %q reason %v", g.Code, g.Status, g.Errors)
			}
			if n := len(e.Violations); n > 0 && (len(g.Details) != 1 || len(g.Details[0].FieldViolations) != n) {
				t.Errorf("envelope details %v, want the %d violations", g.Details, n)
			}
		})
	}
}

// BenchmarkBadInput times the large rows of the catalogue, to see that each is
// answered in time linear in its input (compare with BenchmarkManyItems).
func BenchmarkBadInput(b *testing.B) {
	for _, bi := range badInputs() {
		if !bi.bench {
			continue
		}
		b.Run(strings.ReplaceAll(bi.name, " ", "_"), func(b *testing.B) {
			stored := bi.storedOf()
			req := bi.request(badTag(b, stored))
			b.SetBytes(int64(len(req.Body) + len(req.UpdatePersonFields) + len(req.PersonFields) + 24*len(req.Sources)))
			for b.Loop() {
				_, _ = testOpts.UpdateContact(stored, req)
			}
		})
	}
}

// BenchmarkManyItems times an update of a masked field of n items, for n up
// to 100 000: the time per item (ns/op divided by n) must stay flat.
func BenchmarkManyItems(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprint("emails=", n), func(b *testing.B) {
			stored := badStored()
			req := update("emailAddresses", withToken(badTag(b, stored), emails(n)))
			req.ResourceName = stored.GetResourceName()
			b.SetBytes(int64(len(req.Body)))
			for b.Loop() {
				if _, err := testOpts.UpdateContact(stored, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
