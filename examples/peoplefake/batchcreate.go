// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

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
// as createContact makes one, under one lock; if any fails, none is stored and
// the answer is the first failure's error (in request order), its places
// rooted at contacts[i].contact_person.
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
			return nil, apierror.New(apierror.InvalidBodyValue, "contacts", "TYPE_MESSAGE", compact(m["contacts"])).WithField("contacts", "")
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
		return nil, groupError("INVALID_ARGUMENT", "Request contains an invalid argument.").
			WithField("contacts", "At least one contact is required.")
	case len(items) > maxBatchCreate:
		return nil, apierror.New(apierror.TooManyResources, "contacts", maxBatchCreate).WithField("contacts", "")
	}
	if readMask != "" {
		if _, err := mask.ParseRead(readMask); err != nil {
			return nil, forPage(forBatch(err), "people/batchCreateContacts.")
		}
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
		if reqs[i], err = person.Unmarshal(raw); err != nil {
			return nil, rebase(err, place+".contact_person")
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.user(c.user)
	made := make([]*person.Person, len(reqs))
	taken := make(map[string]bool, len(reqs))
	for i, req := range reqs {
		id, err := s.freshID(u, taken)
		if err != nil {
			return nil, err
		}
		if made[i], err = s.newContactIn(u, req, id, c.r); err != nil {
			return nil, rebase(err, "contacts["+strconv.Itoa(i)+"].contact_person")
		}
		taken[made[i].GetResourceName()] = true
	}
	var out batchCreateResponse
	if readMask != "" {
		for _, p := range made {
			r, err := peopleupdate.Read(p, readMask, sources)
			if err != nil {
				return nil, err
			}
			b, err := person.Marshal(r)
			if err != nil {
				return nil, err
			}
			out.CreatedPeople = append(out.CreatedPeople, personResponse{HTTPStatusCode: http.StatusOK,
				Person: b, RequestedResourceName: p.GetResourceName(), Status: &rpcStatus{}})
		}
	}
	for _, p := range made {
		u.put(p)
	}
	return mustJSON(out), nil
}

// freshID returns a new contact id in use neither in u nor among the resource
// names taken by the same batch.
func (s *Server) freshID(u *userStore, taken map[string]bool) (uint64, error) {
	for range 1000 {
		id := s.nextID()
		if !u.ids[hexID(id)] && u.people[resourceNameOf(id)] == nil && !taken[resourceNameOf(id)] {
			return id, nil
		}
	}
	return 0, apierror.New(apierror.Internal) // a generator stuck on used ids
}

// newContactIn returns the stored record of a new contact of user store u, as
// newContact makes it, with the default photo, after checking that the groups
// it joins exist. r is the request, whose host the photo URL names.
func (s *Server) newContactIn(u *userStore, req *person.Person, id uint64, r *http.Request) (*person.Person, error) {
	p, err := s.newContact(req, id)
	if err != nil {
		return nil, err
	}
	if err := u.checkMemberships(nil, p); err != nil {
		return nil, err
	}
	setPhoto(p, defaultPhotoURL(r), true)
	return p, nil
}

// forPage returns a mask error of the core library with the reference page it
// ends with changed to page.
func forPage(err error, page string) error {
	e, ok := asAPIError(err)
	if !ok {
		return err
	}
	const prefix = "https://developers.google.com/people/api/rest/v1/"
	i := strings.Index(e.Message, prefix)
	if i < 0 {
		return err
	}
	c := *e
	c.Message = e.Message[:i+len(prefix)] + page
	c.Violations = append([]apierror.FieldViolation(nil), e.Violations...)
	for j := range c.Violations {
		if c.Violations[j].Description == e.Message {
			c.Violations[j].Description = c.Message
		}
	}
	return &c
}
