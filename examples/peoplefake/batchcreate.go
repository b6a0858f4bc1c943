// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// maxBatchCreate is the documented limit of people.batchCreateContacts.
const maxBatchCreate = 200

// batchCreateResponse is a BatchCreateContactsResponse.
type batchCreateResponse struct {
	CreatedPeople []personResponse `json:"createdPeople,omitempty"`
}

// batchCreateContacts serves people.batchCreateContacts: each contact is made
// by peopleupdate.CreateContact as createContact makes one, under one lock; if
// any fails, none is stored and the answer is the first failure's error (in
// request order). Body decoding errors are placed at contacts[i].contact_person.
func (s *Server) batchCreateContacts(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "contacts", "readMask", "sources")
	if err != nil {
		return nil, err
	}
	var items []json.RawMessage
	if !isNull(m["contacts"]) {
		if err := json.Unmarshal(m["contacts"], &items); err != nil {
			return nil, apierror.NewInvalidBodyValue("contacts", "TYPE_MESSAGE", compact(m["contacts"])).WithField("contacts", "")
		}
	}
	readMask, err := jsonString(m["readMask"], "read_mask", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	sources, err := jsonSources(m["sources"])
	if err != nil {
		return nil, err
	}
	switch {
	case len(items) == 0:
		return nil, invalidArgument("Request contains an invalid argument.").
			WithField("contacts", "At least one contact is required.")
	case len(items) > maxBatchCreate:
		return nil, tooManyResources("contacts", maxBatchCreate).WithField("contacts", "")
	}
	// The masks before the contacts, as batchUpdateContacts checks them;
	// CreateContact checks them again, for each contact, with the same texts.
	if _, err := mask.BatchCreateContacts.ParseRead(readMask); err != nil {
		return nil, err
	}
	if _, err := mask.ParseSources(sources); err != nil {
		return nil, err
	}
	reqs := make([]*person.Person, len(items))
	for i, it := range items {
		place := "contacts[" + strconv.Itoa(i) + "]"
		cm, err := decodeMessage(it, place, "contactPerson")
		if err != nil {
			return nil, err
		}
		raw := cm["contactPerson"]
		if isNull(raw) {
			raw = json.RawMessage("{}")
		}
		if reqs[i], err = (person.UnmarshalOptions{Root: place + ".contact_person"}).Unmarshal(raw); err != nil {
			return nil, err
		}
	}

	made := make([]*peopleupdate.Result, 0, len(reqs))
	err = s.write(c.user, func(u *userStore) error {
		return s.createAll(u, c, reqs, readMask, sources, &made)
	})
	if err != nil {
		return nil, err
	}
	var out batchCreateResponse
	for _, r := range made {
		if !r.HasResponse() {
			continue
		}
		b, err := r.AppendResponseJSON(nil)
		if err != nil {
			return nil, err
		}
		out.CreatedPeople = append(out.CreatedPeople, personResponse{HTTPStatusCode: http.StatusOK,
			Person: b, RequestedResourceName: r.Stored.GetResourceName(), Status: &rpcStatus{}})
	}
	return mustJSON(out), nil
}

// createAll makes the contacts of a batch for u, appending the results to
// made, or none of them. The caller holds u.mu for writing.
func (s *Server) createAll(u *userStore, c *call, reqs []*person.Person, readMask string, sources []string, made *[]*peopleupdate.Result) error {
	for _, req := range reqs {
		res, err := s.opts.CreateContact(peopleupdate.CreateRequest{
			Method:       mask.BatchCreateContacts,
			PersonFields: readMask,
			Sources:      sources,
			Person:       req,
			Allocate:     s.allocator(u),
			Finish:       s.finisher(u, c.r),
		})
		if err != nil {
			for _, r := range *made { // nothing of a failed batch stays
				u.remove(r.Stored.GetResourceName())
			}
			*made = (*made)[:0]
			return err
		}
		u.put(res.Stored) // so that the next contact's id is another
		*made = append(*made, res)
	}
	return nil
}

// finisher returns the Finish function of a new contact of u: it checks that
// the groups the contact joins exist and gives it the default photo, whose
// URL names the host of the request r. The caller holds u.mu.
func (s *Server) finisher(u *userStore, r *http.Request) func(*person.Person) error {
	return func(p *person.Person) error {
		if err := u.checkMemberships(nil, p); err != nil {
			return err
		}
		setPhoto(p, defaultPhotoURL(r), true)
		return nil
	}
}
