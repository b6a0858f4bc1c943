// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// batchUpdateRequest is a decoded BatchUpdateContactsRequest.
type batchUpdateRequest struct {
	contacts   map[string]*person.Person
	names      []string // keys of contacts, sorted
	updateMask string
	readMask   string
	sources    []string
}

// batchUpdateContacts serves people.batchUpdateContacts. Every contact goes
// through peopleupdate.UpdateContact under one lock; if any fails, nothing is
// stored and the answer is one error listing every failed contact.
func (s *Server) batchUpdateContacts(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeBatchUpdate(body)
	if err != nil {
		return nil, err
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	results := make(map[string]*peopleupdate.Result, len(req.names))
	var failed []failedContact
	for _, name := range req.names {
		res, err := peopleupdate.UpdateContact(s.lookup(c.user, name), peopleupdate.Request{
			ResourceName:       name,
			UpdatePersonFields: req.updateMask,
			PersonFields:       req.readMask,
			Sources:            req.sources,
			Person:             req.contacts[name],
		}, s.libOpts...)
		if err == nil {
			err = s.user(c.user).checkMemberships(s.lookup(c.user, name), res.Stored) // groups_store.go
		}
		if err != nil {
			e, ok := asAPIError(err)
			if !ok {
				return nil, err
			}
			failed = append(failed, failedContact{name, e})
			continue
		}
		results[name] = res
	}
	if len(failed) > 0 {
		return nil, &batchError{first: failed[0].err, failed: failed}
	}
	out := batchUpdateResponse{UpdateResult: make(map[string]personResponse, len(results))}
	u := s.user(c.user)
	for _, name := range req.names {
		res := results[name]
		pr := personResponse{HTTPStatusCode: http.StatusOK, RequestedResourceName: name, Status: &rpcStatus{}}
		if req.readMask != "" {
			b, err := person.Marshal(res.Response)
			if err != nil {
				return nil, err
			}
			pr.Person = b
		}
		out.UpdateResult[name] = pr
	}
	for _, name := range req.names {
		u.put(results[name].Stored)
	}
	return mustJSON(out), nil
}

// decodeBatchUpdate decodes and checks a BatchUpdateContactsRequest body, in
// this order: JSON, member names and types, the number of contacts, updateMask,
// readMask, sources, then each contact's Person (in resource name order).
func decodeBatchUpdate(body []byte) (*batchUpdateRequest, error) {
	m, err := rawFields(body)
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var raw struct {
		contacts, updateMask, readMask, sources json.RawMessage
	}
	seen := map[*json.RawMessage]string{}
	for _, k := range keys {
		var dst *json.RawMessage
		switch k {
		case "contacts":
			dst = &raw.contacts
		case "updateMask", "update_mask":
			dst = &raw.updateMask
		case "readMask", "read_mask":
			dst = &raw.readMask
		case "sources":
			dst = &raw.sources
		default:
			e := apierror.New(apierror.UnknownBodyField, k, "")
			e.Message = fmt.Sprintf("Invalid JSON payload received. Unknown name %q: Cannot find field.", k)
			return nil, e.WithField(k, "")
		}
		if other, dup := seen[dst]; dup {
			return nil, apierror.New(apierror.InvalidArgument, fmt.Sprintf(
				"Invalid JSON payload received. %q and %q name the same field.", other, k))
		}
		seen[dst] = k
		*dst = m[k]
	}

	req := &batchUpdateRequest{}
	var contacts map[string]json.RawMessage
	if !isNull(raw.contacts) {
		if err := json.Unmarshal(raw.contacts, &contacts); err != nil {
			return nil, apierror.New(apierror.InvalidBodyValue, "contacts", "TYPE_MESSAGE", compact(raw.contacts)).WithField("contacts", "")
		}
	}
	if req.updateMask, err = jsonString(raw.updateMask, "update_mask", "type.googleapis.com/google.protobuf.FieldMask"); err != nil {
		return nil, err
	}
	if req.readMask, err = jsonString(raw.readMask, "read_mask", "type.googleapis.com/google.protobuf.FieldMask"); err != nil {
		return nil, err
	}
	if req.sources, err = jsonSources(raw.sources); err != nil {
		return nil, err
	}
	switch {
	case len(contacts) == 0:
		return nil, apierror.New(apierror.InvalidArgument, "Request contains an invalid argument.").
			WithField("contacts", "At least one contact is required.")
	case len(contacts) > maxBatchUpdate:
		return nil, apierror.New(apierror.TooManyResources, "contacts", maxBatchUpdate).WithField("contacts", "")
	}
	if _, err := mask.ParseUpdate(req.updateMask); err != nil {
		return nil, forBatch(err)
	}
	if req.readMask != "" {
		if _, err := mask.ParseRead(req.readMask); err != nil {
			return nil, forBatch(err)
		}
	}
	if _, err := mask.ParseSources(req.sources); err != nil {
		return nil, err
	}
	req.contacts = make(map[string]*person.Person, len(contacts))
	for name := range contacts {
		req.names = append(req.names, name)
	}
	slices.Sort(req.names)
	for _, name := range req.names {
		raw := contacts[name]
		if isNull(raw) {
			raw = json.RawMessage("{}")
		}
		p, err := person.Unmarshal(raw)
		if err != nil {
			return nil, rebase(err, "contacts["+name+"]")
		}
		req.contacts[name] = p
	}
	return req, nil
}

// isNull reports whether a member is absent or null.
func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// compact returns raw JSON on one line, as errors quote values.
func compact(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}

// jsonString decodes a string member (absent or null: "").
func jsonString(raw json.RawMessage, place, typ string) (string, error) {
	if isNull(raw) {
		return "", nil
	}
	var v string
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", apierror.New(apierror.InvalidBodyValue, place, typ, compact(raw)).WithField(place, "")
	}
	return v, nil
}

// readSourceNames are the ReadSourceType values by number, for sources given as
// JSON numbers.
var readSourceNames = []string{"READ_SOURCE_TYPE_UNSPECIFIED", "READ_SOURCE_TYPE_PROFILE",
	"READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_DOMAIN_CONTACT", "READ_SOURCE_TYPE_OTHER_CONTACT"}

// jsonSources decodes the sources member: a list of enum names (or numbers).
func jsonSources(raw json.RawMessage) ([]string, error) {
	if isNull(raw) {
		return nil, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, apierror.New(apierror.InvalidBodyValue, "sources", "TYPE_ENUM", compact(raw)).WithField("sources", "")
	}
	out := make([]string, len(items))
	for i, it := range items {
		place := fmt.Sprintf("sources[%d]", i)
		var name string
		var num int
		switch {
		case json.Unmarshal(it, &name) == nil:
			out[i] = name
		case json.Unmarshal(it, &num) == nil && num >= 0 && num < len(readSourceNames):
			out[i] = readSourceNames[num]
		default:
			return nil, apierror.New(apierror.InvalidBodyValue, place, "TYPE_ENUM", compact(it)).WithField(place, "")
		}
	}
	return out, nil
}

// forBatch returns a mask error of the core library worded for
// people.batchUpdateContacts, whose masks are updateMask and readMask.
func forBatch(err error) error {
	err = forMethod(err, MethodBatchUpdateContacts)
	e, ok := asAPIError(err)
	if !ok {
		return err
	}
	r := strings.NewReplacer("updatePersonFields", "updateMask", "personFields", "readMask")
	c := *e
	c.Message = r.Replace(e.Message)
	c.Violations = nil
	for _, v := range e.Violations {
		v.Description = r.Replace(v.Description)
		switch v.Field {
		case "update_person_fields":
			v.Field = "update_mask"
		case "person_fields":
			v.Field = "read_mask"
		}
		c.Violations = append(c.Violations, v)
	}
	return &c
}

// rebase returns a body error of the person codec, whose places are rooted at
// 'person', with its places rooted at root instead.
func rebase(err error, root string) error {
	e, ok := asAPIError(err)
	if !ok {
		return err
	}
	c := *e
	c.Message = strings.ReplaceAll(strings.ReplaceAll(e.Message, "'person.", "'"+root+"."), "'person'", "'"+root+"'")
	c.Violations = nil
	for _, v := range e.Violations {
		if v.Field == "person" {
			v.Field = root
		} else if rest, ok := strings.CutPrefix(v.Field, "person."); ok {
			v.Field = root + "." + rest
		}
		if v.Description == e.Message {
			v.Description = c.Message
		}
		c.Violations = append(c.Violations, v)
	}
	return &c
}
