// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// batchUpdateContacts serves people.batchUpdateContacts through
// peopleupdate.BatchUpdateContacts, under one lock: if any contact fails,
// nothing is stored and the answer is one error listing every failed contact.
func (s *Server) batchUpdateContacts(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	req, err := decodeBatchUpdate(body)
	if err != nil {
		return nil, err
	}

	var out batchUpdateResponse
	err = s.write(c.user, func(u *userStore) error {
		var err error
		out, err = s.batchUpdate(u, req)
		return err
	})
	if err != nil {
		return nil, err
	}
	return mustJSON(out), nil
}

// batchUpdate runs a batch update on u's contacts. The caller holds u.mu for
// writing.
func (s *Server) batchUpdate(u *userStore, req peopleupdate.BatchUpdateRequest) (batchUpdateResponse, error) {
	req.Check = u.checkMemberships // groups_store.go
	res, err := s.opts.BatchUpdateContacts(req, u.get)
	if err != nil {
		return batchUpdateResponse{}, err
	}
	out := batchUpdateResponse{UpdateResult: make(map[string]personResponse, len(res.Names))}
	for _, name := range res.Names {
		pr := personResponse{HTTPStatusCode: http.StatusOK, RequestedResourceName: name, Status: &rpcStatus{}}
		if r := res.Results[name].Response(); r != nil {
			b, err := person.Marshal(r)
			if err != nil {
				return batchUpdateResponse{}, err
			}
			pr.Person = b
		}
		out.UpdateResult[name] = pr
	}
	for _, name := range res.Names {
		u.put(res.Results[name].Stored)
	}
	return out, nil
}

// decodeBatchUpdate decodes the envelope of a BatchUpdateContactsRequest
// body and checks what is the server's, in this order: JSON, member names and
// types, the number of contacts. The masks, the sources and each contact's
// Person are the library's to check.
func decodeBatchUpdate(body []byte) (peopleupdate.BatchUpdateRequest, error) {
	var req peopleupdate.BatchUpdateRequest
	raw, err := scanBatchUpdate(body) // jsoncheck.go: syntax, names, duplicates
	if err != nil {
		return req, err
	}
	contacts := raw.contacts
	if contacts == nil && !isNull(raw.contactsRaw) {
		return req, apierror.NewInvalidBodyValue("contacts", "TYPE_MESSAGE", compact(raw.contactsRaw)).WithField("contacts", "")
	}
	if req.UpdateMask, err = jsonString(raw.updateMask, "update_mask", "type.googleapis.com/google.protobuf.FieldMask"); err != nil {
		return req, err
	}
	if req.ReadMask, err = jsonString(raw.readMask, "read_mask", "type.googleapis.com/google.protobuf.FieldMask"); err != nil {
		return req, err
	}
	if req.Sources, err = jsonSources(raw.sources); err != nil {
		return req, err
	}
	switch {
	case len(contacts) == 0:
		return req, invalidArgument("Request contains an invalid argument.").
			WithField("contacts", "At least one contact is required.")
	case len(contacts) > maxBatchUpdate:
		return req, tooManyResources("contacts", maxBatchUpdate).WithField("contacts", "")
	}
	req.Contacts = make(map[string][]byte, len(contacts))
	for name, raw := range contacts {
		if isNull(raw) {
			raw = nil
		}
		req.Contacts[name] = raw
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
		return "", apierror.NewInvalidBodyValue(place, typ, compact(raw)).WithField(place, "")
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
		return nil, apierror.NewInvalidBodyValue("sources", "TYPE_ENUM", compact(raw)).WithField("sources", "")
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
			return nil, apierror.NewInvalidBodyValue(place, "TYPE_ENUM", compact(it)).WithField(place, "")
		}
	}
	return out, nil
}
