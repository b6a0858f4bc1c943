// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"sync"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/internal/view"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// A Result is what a successful update or create produces: the new stored
// person, and the response, which is a read of it.
//
// With the zero [Options], Stored shares no memory with the stored person or
// the request, and the response message shares none with Stored: a caller
// may keep, mutate or hand out any of them. With [Options].Share, Stored
// shares what the update did not change with the stored person (see Share
// for the rule that makes it safe); the response message still shares
// nothing.
type Result struct {
	// Stored is the contact as the store must now hold it: the merged person
	// with every source, every field and the new contact source etag and
	// updateTime. It replaces the stored person.
	Stored *person.Person

	read    mask.Read    // the response's read mask; the zero Read for none
	sources mask.Sources // the response's sources

	once     sync.Once
	response *person.Person // built by Response on first use
}

// newResult returns the Result of a call whose new stored person is stored
// and whose response is its read with masks ms.
func newResult(stored *person.Person, ms masks) *Result {
	return &Result{Stored: stored, read: ms.read, sources: ms.sources}
}

// Response returns the body of the API's answer: Stored projected on the
// request's personFields and sources ([SPEC §7], [mask.Project]), with its
// person etag ([etag.ForPerson]). It is nil when the method skips its
// post-mutate read (a batch method with an empty readMask).
//
// The message is built from Stored on the first call, and the same one is
// returned by every call; it shares no memory with Stored. A caller that
// mutates Stored takes the response first (AppendResponseJSON, too, reads
// Stored as it is when called). A server that only encodes
// the response calls [Result.AppendResponseJSON] instead, which writes the
// same bytes without building it. Response is safe for concurrent use.
//
// [SPEC §7]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#7-response
func (r *Result) Response() *person.Person {
	r.once.Do(func() { r.response = respond(r.Stored, r.read, r.sources) })
	return r.response
}

// HasResponse reports whether the call answers with a person: false when the
// method skips its post-mutate read (a batch method with an empty readMask),
// when [Result.Response] is nil.
func (r *Result) HasResponse() bool { return r.read != (mask.Read{}) }

// AppendResponseJSON appends to b the JSON of the response and returns the
// extended buffer: the bytes person.Marshal(r.Response()) gives, written
// straight from Stored through the read mask and sources, without the copy
// that Response makes. A skipped read (see [Result.HasResponse]) appends {},
// as person.Marshal(nil) does. It fails only where [person.Marshal] does: on
// a string that is not valid UTF-8 or a timestamp outside years 1 to 9999.
func (r *Result) AppendResponseJSON(b []byte) ([]byte, error) {
	return appendRead(b, r.Stored, r.read, r.sources)
}

// AppendRead appends to b the JSON of [ReadParsed](stored, r, s) and returns
// the extended buffer: the bytes person.Marshal of that read gives, written
// straight from stored without building the projection. A nil stored is a
// 404 NOT_FOUND ([apierror.NotFound]), and b is returned unchanged with it;
// the zero Read appends {}. Encoding fails only where [person.Marshal]
// does. stored is not modified.
func AppendRead(b []byte, stored *person.Person, r mask.Read, s mask.Sources) ([]byte, error) {
	if stored == nil {
		return b, apierror.NewNotFound()
	}
	return appendRead(b, stored, r, s)
}

// appendRead appends the JSON of p read with r and s, {} for the zero Read.
func appendRead(b []byte, p *person.Person, r mask.Read, s mask.Sources) ([]byte, error) {
	if r == (mask.Read{}) {
		return append(b, "{}"...), nil
	}
	out, err := view.Append(b, p, view.Spec{
		Fields: uint32(r.Fields()),
		Etag:   etag.ForPerson(p, r, s),
		Item:   func(it any) bool { return s.SelectsItem(it.(person.Item)) },
		Source: func(t int32) bool { return s.Selects(person.Source_Type(t)) },
	})
	if err != nil {
		return b, err
	}
	return out, nil
}

// respond returns p as a read with mask r and sources s answers it: projected,
// with the person etag of that read. The zero Read, a skipped read, gives nil.
func respond(p *person.Person, r mask.Read, s mask.Sources) *person.Person {
	if r == (mask.Read{}) {
		return nil
	}
	resp := mask.Project(p, r, s)
	resp.Etag = etag.ForPerson(p, r, s)
	return resp
}
