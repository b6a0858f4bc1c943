// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/merge"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// maxBatchGet and maxBatchUpdate are the documented batch limits.
const (
	maxBatchGet    = 200
	maxBatchUpdate = 200
)

// readMask returns the personFields of a read method that requires it
// (people.get, people.getBatchGet, people.connections.list), checked. The
// deprecated requestMask.includeField (paths prefixed "person.") stands in
// when personFields is absent.
func (c *call) readMask() (string, error) {
	pf := c.mask("personFields")
	if strings.Trim(pf, ", ") == "" {
		if inc := c.mask("requestMask.includeField"); strings.Trim(inc, ", ") != "" {
			paths := strings.Split(inc, ",")
			for i, p := range paths {
				p = strings.TrimSpace(p)
				rest, ok := strings.CutPrefix(p, "person.")
				if !ok && p != "" {
					return "", apierror.New(apierror.InvalidArgument, fmt.Sprintf(
						"Invalid requestMask.includeField path: %q. Each path should start with \"person.\".", p)).
						WithField("request_mask.include_field", "")
				}
				paths[i] = rest
			}
			pf = strings.Join(paths, ",")
		}
	}
	if _, err := mask.ParseReadRequired(pf); err != nil {
		return "", forMethod(err, c.route.method)
	}
	return pf, nil
}

// body reads the request body within the server's limit. An empty body is the
// empty message {}, as Google's front end reads it.
func (s *Server) body(c *call) ([]byte, error) {
	r := c.r
	if r.Body == nil {
		return []byte("{}"), nil
	}
	if r.ContentLength > s.bodyLimit {
		return nil, s.tooLarge(r)
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, s.bodyLimit+1))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, s.tooLarge(r)
		}
		return nil, apierror.New(apierror.MalformedJSON, "Cannot read the request body.")
	}
	if int64(len(b)) > s.bodyLimit {
		return nil, s.tooLarge(r)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return []byte("{}"), nil
	}
	return b, nil
}

// drainLimit bounds how much of an oversized body is read and thrown away so
// that the client, still writing it, reads the 413 answer instead of a reset
// connection.
const drainLimit = 64 << 20

// tooLarge drains an oversized body (up to drainLimit) and returns the 413.
func (s *Server) tooLarge(r *http.Request) error {
	_, _ = io.CopyN(io.Discard, r.Body, drainLimit)
	return apierror.New(apierror.BodyTooLarge, s.bodyLimit)
}

// get serves people.get.
func (s *Server) get(c *call) ([]byte, error) {
	pf, err := c.readMask()
	if err != nil {
		return nil, err
	}
	if _, err := mask.ParseSources(c.sources()); err != nil {
		return nil, err
	}
	s.mu.RLock()
	stored := s.lookup(c.user, c.name)
	s.mu.RUnlock()
	if stored == nil {
		return nil, apierror.New(apierror.NotFound)
	}
	p, err := peopleupdate.Read(stored, pf, c.sources())
	if err != nil {
		return nil, forMethod(err, c.route.method)
	}
	return person.Marshal(p)
}

// batchGet serves people.getBatchGet: one PersonResponse per requested name, in
// request order, each with its own status.
func (s *Server) batchGet(c *call) ([]byte, error) {
	pf, err := c.readMask()
	if err != nil {
		return nil, err
	}
	if _, err := mask.ParseSources(c.sources()); err != nil {
		return nil, err
	}
	names := c.params["resourceNames"]
	switch {
	case len(names) == 0:
		return nil, apierror.New(apierror.InvalidArgument, "Request contains an invalid argument.").
			WithField("resource_names", "At least one resource name is required.")
	case len(names) > maxBatchGet:
		return nil, apierror.New(apierror.TooManyResources, "resourceNames", maxBatchGet).WithField("resource_names", "")
	}
	stored := make([]*person.Person, len(names))
	s.mu.RLock()
	for i, n := range names {
		stored[i] = s.lookup(c.user, n)
	}
	s.mu.RUnlock()
	out := getPeopleResponse{Responses: make([]personResponse, len(names))}
	for i, n := range names {
		pr := personResponse{RequestedResourceName: n}
		var e *apierror.Error
		switch {
		case !personName.MatchString(n):
			e = apierror.New(apierror.InvalidArgument, fmt.Sprintf("Resource name %q is not a valid person resource.", n))
		case stored[i] == nil:
			e = apierror.New(apierror.NotFound)
		default:
			p, err := peopleupdate.Read(stored[i], pf, c.sources())
			if err != nil {
				return nil, err
			}
			if pr.Person, err = person.Marshal(p); err != nil {
				return nil, err
			}
			pr.HTTPStatusCode, pr.Status = http.StatusOK, &rpcStatus{}
		}
		if e != nil {
			pr.HTTPStatusCode, pr.Status = e.Code, statusOf(e)
		}
		out.Responses[i] = pr
	}
	return mustJSON(out), nil
}

// createContact serves people.createContact: a new contact with a fresh CONTACT
// source, in contactGroups/myContacts, its items normalised as updateContact
// would normalise them.
func (s *Server) createContact(c *call) ([]byte, error) {
	pf := c.mask("personFields")
	if _, err := mask.ParseRead(pf); err != nil {
		return nil, forMethod(err, c.route.method)
	}
	if _, err := mask.ParseSources(c.sources()); err != nil {
		return nil, err
	}
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	req, err := person.Unmarshal(body)
	if err != nil {
		return nil, err
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.user(c.user)
	id := s.nextID()
	for i := 0; u.ids[hexID(id)] || u.people[resourceNameOf(id)] != nil; i++ {
		if i == 1000 { // a generator stuck on used ids
			return nil, apierror.New(apierror.Internal)
		}
		id = s.nextID()
	}
	stored, err := s.newContactIn(u, req, id, c.r) // batchcreate.go
	if err != nil {
		return nil, err
	}
	resp, err := peopleupdate.Read(stored, pf, c.sources())
	if err != nil {
		return nil, forMethod(err, c.route.method)
	}
	u.put(stored)
	return person.Marshal(resp)
}

// myContacts is the system group every contact made through the API joins.
const myContacts = "contactGroups/myContacts"

// newContact returns the stored record of a new contact whose CONTACT source id
// is id, from a request body. It changes nothing.
func (s *Server) newContact(body *person.Person, id uint64) (*person.Person, error) {
	now := s.now()
	cs := &person.Source{
		Type: person.Source_CONTACT,
		Id:   hexID(id),
		// The seed of the source etag chain: derived from the id, so that two
		// contacts made at the same instant still get different etags.
		Etag: "#" + base64.StdEncoding.EncodeToString(binary.BigEndian.AppendUint64(nil, id)),
	}
	empty := &person.Person{
		ResourceName: resourceNameOf(id),
		Metadata: &person.PersonMetadata{
			Sources:    []*person.Source{cs},
			ObjectType: person.PersonMetadata_PERSON,
		},
	}
	req := clone(body)
	req.ResourceName, req.Etag, req.Metadata = "", "", nil
	inGroup := false
	for _, m := range req.GetMemberships() {
		if merge.Kept(m, cs) && m.GetContactGroupMembership().GetContactGroupResourceName() == myContacts {
			inGroup = true
		}
	}
	if !inGroup {
		req.Memberships = append(req.Memberships, &person.Membership{
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: myContacts},
		})
	}
	var fields person.FieldSet
	for f := range person.UpdatableFields.All() {
		if f.Has(req) {
			fields = fields.With(f)
		}
	}
	u, err := mask.ParseUpdate(fields.String())
	if err != nil {
		return nil, err
	}
	if err := validate.Content(req, u, empty); err != nil {
		return nil, err
	}
	return merge.Apply(empty, req, u, merge.Options{Now: now, Region: s.region, Canonicalize: s.canon}), nil
}

// hexID writes a contact source id as the API does: 16 hex digits.
func hexID(id uint64) string { return fmt.Sprintf("%016x", id) }

// resourceNameOf returns the resource name of the contact whose CONTACT source
// id is id: people/c + the id's decimal value.
func resourceNameOf(id uint64) string { return "people/c" + strconv.FormatUint(id, 10) }

// updateContact serves people.updateContact through peopleupdate.UpdateContact.
func (s *Server) updateContact(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	req := peopleupdate.Request{
		ResourceName:       c.name,
		UpdatePersonFields: c.mask("updatePersonFields"),
		PersonFields:       c.mask("personFields"),
		Sources:            c.sources(),
		Body:               body,
	}
	s.mu.Lock()
	res, err := peopleupdate.UpdateContact(s.lookup(c.user, c.name), req, s.libOpts...)
	if err == nil {
		err = s.user(c.user).checkMemberships(s.lookup(c.user, c.name), res.Stored) // groups_store.go
	}
	if err == nil {
		s.user(c.user).put(res.Stored)
	}
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return person.Marshal(res.Response)
}

// deleteContact serves people.deleteContact: the whole record goes.
func (s *Server) deleteContact(c *call) ([]byte, error) {
	if err := validate.ResourceName(c.name); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := validate.Stored(c.name, s.lookup(c.user, c.name)); err != nil {
		return nil, err
	}
	s.users[c.user].remove(c.name)
	return []byte("{}"), nil
}

// rawFields decodes a JSON object into its members, answering a body that is
// not an object as the person codec does.
func rawFields(body []byte) (map[string]json.RawMessage, error) {
	var m map[string]json.RawMessage
	if bytes.Equal(bytes.TrimSpace(body), []byte("null")) {
		return map[string]json.RawMessage{}, nil
	}
	if err := json.Unmarshal(body, &m); err != nil || m == nil {
		if _, perr := person.Unmarshal(body); perr != nil {
			return nil, perr
		}
		return nil, apierror.New(apierror.MalformedJSON, "Unexpected token.")
	}
	return m, nil
}
