// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/internal/prototest"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
)

// checkCall makes the call UpdateContact(stored, req) and checks every
// property that holds of any call, whatever its outcome (SPEC.md §3, §4, §5):
//
//   - an error is an *apierror.Error with a 4xx code, comes without a result
//     and leaves stored as it was; its message is valid UTF-8, it holds at most
//     100 field violations and its envelope is valid JSON;
//   - on success: stored and req are not modified; mutating any input after the
//     call changes no output, and mutating an output changes neither the inputs
//     nor the other output;
//   - the response is what Read of the new stored person with the request's
//     personFields and sources answers;
//   - the contact source gets a new etag; every other source, the items of
//     other sources (in the same order), and the unmasked fields are as stored;
//   - the masked fields read back (personFields = the update mask, sources
//     CONTACT) are the request's kept items, normalised;
//   - a masked singleton field holds at most one contact item; a non-empty
//     masked field has exactly one primary item (memberships: none);
//   - the same update applied again to the result, with the response's etag,
//     gives the same data.
//
// It returns the error of the call.
func checkCall(tb testing.TB, stored *person.Person, req Request) error {
	tb.Helper()
	storedBefore := cloneOrNil(stored)
	reqBefore := cloneRequest(req)

	res, err := testOpts.UpdateContact(stored, req)
	if !proto.Equal(stored, storedBefore) {
		tb.Errorf("UpdateContact modified the stored person")
	}
	checkModes(tb, stored, req, res, err)
	if !equalRequest(req, reqBefore) {
		tb.Errorf("UpdateContact modified the request")
	}
	if err != nil {
		checkError(tb, err)
		if res != nil {
			tb.Errorf("UpdateContact() returned a result with its error %v", err)
		}
		return err
	}
	if res == nil || res.Stored == nil || res.Response() == nil {
		tb.Fatalf("UpdateContact() = %v, nil; want a result with Stored and Response", res)
	}

	body := decodedBody(tb, req)
	update, _ := mask.ParseUpdate(req.UpdatePersonFields)
	checkResponse(tb, req, res)
	checkSourceEtags(tb, stored, res.Stored)
	checkUntouched(tb, stored, res.Stored, update)
	checkMaskedFields(tb, stored, body, res.Stored, update)
	checkIsolation(tb, stored, req, res)
	checkIdempotent(tb, body, req, res)
	return nil
}

// checkError checks an error of UpdateContact: an *apierror.Error of a client
// error, with a message in valid UTF-8 (whatever the input, a message quotes it
// escaped), at most 100 field violations, and a valid JSON envelope.
func checkError(tb testing.TB, err error) {
	tb.Helper()
	var ae *apierror.Error
	if !errors.As(err, &ae) {
		tb.Errorf("UpdateContact() error %T %v, want an *apierror.Error", err, err)
		return
	}
	if ae.Code < 400 || ae.Code >= 500 {
		tb.Errorf("UpdateContact() error %v: code %d, want a 4xx", err, ae.Code)
	}
	if !utf8.ValidString(ae.Message) {
		tb.Errorf("UpdateContact() error message %q is not valid UTF-8", ae.Message)
	}
	if n := len(ae.Violations); n > 100 {
		tb.Errorf("UpdateContact() error %v: %d field violations, want at most 100", err, n)
	}
	if !json.Valid(ae.JSON()) {
		tb.Errorf("UpdateContact() error %v: envelope is not valid JSON: %q", err, ae.JSON())
	}
}

// checkSourceEtags checks that the contact source, and it alone, has a new
// etag, and that the sources are the stored ones in the same order.
func checkSourceEtags(tb testing.TB, stored, next *person.Person) {
	tb.Helper()
	old, cur := stored.GetMetadata().GetSources(), next.GetMetadata().GetSources()
	if len(old) != len(cur) {
		tb.Fatalf("%d sources, want the %d stored", len(cur), len(old))
	}
	cs := stored.ContactSource()
	for i := range old {
		switch {
		case old[i] == cs && cur[i].GetEtag() == cs.GetEtag():
			tb.Errorf("sources[%d]: the contact source kept its etag %q", i, cs.GetEtag())
		case old[i] == cs:
		case cur[i].GetEtag() != old[i].GetEtag() || cur[i].GetType() != old[i].GetType() || cur[i].GetId() != old[i].GetId():
			tb.Errorf("sources[%d]: %v, want it as stored: %v", i, cur[i], old[i])
		}
	}
}

// cloneOrNil returns a deep copy of p, nil for nil.
func cloneOrNil(p *person.Person) *person.Person {
	if p == nil {
		return nil
	}
	return proto.Clone(p).(*person.Person)
}

// cloneRequest returns a deep copy of r.
func cloneRequest(r Request) Request {
	c := r
	if r.Sources != nil {
		c.Sources = append([]string{}, r.Sources...)
	}
	if r.Body != nil {
		c.Body = append([]byte{}, r.Body...)
	}
	c.Person = cloneOrNil(r.Person)
	return c
}

// equalRequest reports whether a and b hold the same values.
func equalRequest(a, b Request) bool {
	return a.ResourceName == b.ResourceName &&
		a.UpdatePersonFields == b.UpdatePersonFields &&
		a.PersonFields == b.PersonFields &&
		cmp.Equal(a.Sources, b.Sources) &&
		bytes.Equal(a.Body, b.Body) &&
		proto.Equal(a.Person, b.Person)
}

// decodedBody returns the request's Person as UpdateContact saw it.
func decodedBody(tb testing.TB, req Request) *person.Person {
	tb.Helper()
	if req.Person != nil {
		return req.Person
	}
	if len(bytes.TrimSpace(req.Body)) == 0 {
		return &person.Person{}
	}
	p, err := person.Unmarshal(req.Body)
	if err != nil {
		tb.Fatalf("person.Unmarshal of a body UpdateContact accepted: %v", err)
	}
	return p
}

// checkIsolation checks that the result shares no memory with the inputs or
// within itself: scribbling over one leaves the others as they were.
func checkIsolation(tb testing.TB, stored *person.Person, req Request, res *Result) {
	tb.Helper()
	wantStored, wantResp := cloneOrNil(res.Stored), cloneOrNil(res.Response())

	// Mutating the inputs changes no output.
	s, r := cloneOrNil(stored), cloneRequest(req)
	res2, err := testOpts.UpdateContact(s, r)
	if err != nil {
		tb.Fatalf("UpdateContact() on copies of the inputs: %v", err)
	}
	prototest.Scribble(s.ProtoReflect())
	if r.Person != nil {
		prototest.Scribble(r.Person.ProtoReflect())
	}
	for i := range r.Body {
		r.Body[i] = 'x'
	}
	for i := range r.Sources {
		r.Sources[i] = "x"
	}
	if !proto.Equal(res2.Stored, wantStored) || !proto.Equal(res2.Response(), wantResp) {
		tb.Errorf("mutating the inputs after the call changed the result")
	}

	// Mutating one output changes neither the other nor the inputs.
	s, r = cloneOrNil(stored), cloneRequest(req)
	res3, err := testOpts.UpdateContact(s, r)
	if err != nil {
		tb.Fatalf("UpdateContact() on copies of the inputs: %v", err)
	}
	resp3 := res3.Response() // built from Stored: taken before mutating it
	prototest.Scribble(res3.Stored.ProtoReflect())
	if !proto.Equal(resp3, wantResp) || res3.Response() != resp3 {
		tb.Errorf("mutating Result.Stored changed Result.Response()")
	}
	if !proto.Equal(s, stored) || !equalRequest(r, req) {
		tb.Errorf("mutating Result.Stored changed an input")
	}
	s, r = cloneOrNil(stored), cloneRequest(req)
	res4, err := testOpts.UpdateContact(s, r)
	if err != nil {
		tb.Fatalf("UpdateContact() on copies of the inputs: %v", err)
	}
	prototest.Scribble(res4.Response().ProtoReflect())
	if !proto.Equal(res4.Stored, wantStored) {
		tb.Errorf("mutating Result.Response() changed Result.Stored")
	}
	if !proto.Equal(s, stored) || !equalRequest(r, req) {
		tb.Errorf("mutating Result.Response() changed an input")
	}
}

// checkIdempotent applies the same update again to the result, with the
// response's etag as the token, and checks that only the etags and the
// contact source's updateTime move.
func checkIdempotent(tb testing.TB, body *person.Person, req Request, res *Result) {
	tb.Helper()
	again := cloneOrNil(body)
	again.Etag = res.Response().GetEtag()
	again.Metadata = nil
	r := req
	r.Body, r.Person = nil, again
	res2, err := testOpts.UpdateContact(res.Stored, r)
	if err != nil {
		tb.Fatalf("the same update again, with the response's etag: %v", err)
	}
	if got, want := res2.Stored.ContactSource().GetEtag(), res.Stored.ContactSource().GetEtag(); got == want {
		tb.Errorf("the second update kept the contact source etag %q", got)
	}
	if got, want := res2.Response().GetEtag(), res.Response().GetEtag(); got == want {
		tb.Errorf("the second update kept the person etag %q", got)
	}
	opts := cmp.Options{
		protocmp.Transform(),
		protocmp.IgnoreFields(&person.Person{}, "etag"),
		protocmp.IgnoreFields(&person.Source{}, "etag", "update_time"),
	}
	if d := cmp.Diff(res.Stored, res2.Stored, opts); d != "" {
		tb.Errorf("the same update again changed the stored data (-first +second):\n%s", d)
	}
	if d := cmp.Diff(res.Response(), res2.Response(), opts); d != "" {
		tb.Errorf("the same update again changed the response (-first +second):\n%s", d)
	}
}
