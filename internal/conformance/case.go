// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package conformance holds what the tests of the conformance cases share: the
// shape of a case (testdata/conformance/FORMAT.md), its placeholders, and the
// comparison of a response with the person a case wants.
//
// It does no I/O: the tests read the files and hand their bytes to [Decode].
package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// StaleSourceEtag is the contact source etag of the copy of a stored person from
// which the {{etag-stale}} placeholders are computed.
const StaleSourceEtag = "#c3RhbGUwMDA="

// A Case is one conformance case: one updateContact call against one stored
// contact and what must come out of it.
type Case struct {
	// Name is the case's name: its file name without ".json".
	Name string `json:"-"`
	// Description says in one line what the case pins down.
	Description string `json:"description"`
	// Stored is the stored contact as Person JSON, or JSON null when the
	// contact does not exist.
	Stored json.RawMessage `json:"stored"`
	// Request is the call.
	Request Request `json:"request"`
	// Want is what must come out.
	Want Want `json:"want"`
}

// A Request is the call of a case, its query values raw.
type Request struct {
	// ResourceName is the URL's resource name.
	ResourceName string `json:"resourceName"`
	// UpdatePersonFields is the raw updatePersonFields value; nil when absent.
	UpdatePersonFields *string `json:"updatePersonFields"`
	// PersonFields is the raw personFields value; nil when absent.
	PersonFields *string `json:"personFields"`
	// Sources are the raw sources values; nil when absent.
	Sources []string `json:"sources"`
	// Person is the request body, placeholders unfilled; empty when absent.
	Person json.RawMessage `json:"person"`
}

// Want is the expectation of a case: exactly one of Error or Person is set.
type Want struct {
	// Error is the error the call must fail with.
	Error *WantError `json:"error"`
	// Person is the response body the call must succeed with.
	Person json.RawMessage `json:"person"`
}

// WantError is an expected error. Code and Status are always compared; Reason
// and Message only when given.
type WantError struct {
	// Code is the HTTP status code.
	Code int `json:"code"`
	// Status is the canonical status.
	Status string `json:"status"`
	// Reason is the legacy reason, or nil when not compared.
	Reason *string `json:"reason"`
	// Message is the exact message, or nil when not compared.
	Message *string `json:"message"`
}

// Decode parses the case named name from the bytes of its file. Unknown keys
// are an error, and so is a want without exactly one of error and person.
func Decode(name string, data []byte) (*Case, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	c := &Case{Name: name}
	if err := dec.Decode(c); err != nil {
		return nil, fmt.Errorf("case %s: %v", name, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("case %s: trailing data after the case", name)
	}
	if len(c.Stored) == 0 {
		return nil, fmt.Errorf("case %s: no stored (use null for a missing contact)", name)
	}
	if (c.Want.Error == nil) == (isNull(c.Want.Person)) {
		return nil, fmt.Errorf("case %s: want must hold exactly one of error and person", name)
	}
	return c, nil
}

// isNull reports whether raw is absent or JSON null.
func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// StoredPerson decodes the case's stored contact with protojson, independently
// of the library's own codec. It returns nil when the contact does not exist.
func (c *Case) StoredPerson() (*person.Person, error) {
	if isNull(c.Stored) {
		return nil, nil
	}
	p := new(person.Person)
	if err := protojson.Unmarshal(c.Stored, p); err != nil {
		return nil, fmt.Errorf("case %s: stored: %v", c.Name, err)
	}
	return p, nil
}

// placeholder matches a placeholder as a whole JSON string: {{etag}},
// {{etag:PATHS}}, {{etag-stale}} or {{etag-stale:PATHS}}.
var placeholder = regexp.MustCompile(`"\{\{etag(-stale)?(?::([^"{}]*))?\}\}"`)

// Fill returns the request body of c with its placeholders replaced: each by
// the etag etagOf returns for its personFields paths ("" for the default read)
// and whether it is stale. The other bytes of the body are left as they are, so
// the order of its keys is kept. An absent body stays absent (nil).
func (c *Case) Fill(etagOf func(paths string, stale bool) (string, error)) ([]byte, error) {
	if len(c.Request.Person) == 0 {
		return nil, nil
	}
	var ferr error
	out := placeholder.ReplaceAllFunc(c.Request.Person, func(m []byte) []byte {
		sub := placeholder.FindSubmatch(m)
		tag, err := etagOf(string(sub[2]), len(sub[1]) > 0)
		if err != nil && ferr == nil {
			ferr = err
		}
		q, _ := json.Marshal(tag)
		return q
	})
	if ferr != nil {
		return nil, fmt.Errorf("case %s: placeholder: %v", c.Name, ferr)
	}
	if bytes.Contains(out, []byte("{{etag")) {
		return nil, fmt.Errorf("case %s: a malformed placeholder is left in the body", c.Name)
	}
	return out, nil
}

// StaleCopy returns a copy of p whose contact source etag is [StaleSourceEtag]:
// a well-formed state of the contact that is no longer current.
func StaleCopy(p *person.Person) *person.Person {
	q := proto.Clone(p).(*person.Person)
	if cs := q.ContactSource(); cs != nil {
		cs.Etag = StaleSourceEtag
	}
	return q
}

// Query returns the case's personFields value ("" when absent) and sources.
func (c *Case) Query() (personFields string, sources []string) {
	if c.Request.PersonFields != nil {
		personFields = *c.Request.PersonFields
	}
	return personFields, c.Request.Sources
}

// UpdateMask returns the case's updatePersonFields value, "" when absent.
func (c *Case) UpdateMask() string {
	if c.Request.UpdatePersonFields != nil {
		return *c.Request.UpdatePersonFields
	}
	return ""
}

// Title is the case's name and description, for failure messages.
func (c *Case) Title() string {
	return c.Name + ": " + strings.TrimSpace(c.Description)
}
