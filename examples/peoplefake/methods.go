// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
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
	"github.com/peopleupdate/peopleupdate/person"
)

// maxBatchGet and maxBatchUpdate are the documented batch limits.
const (
	maxBatchGet    = 200
	maxBatchUpdate = 200
)

// maskMethods are the methods' descriptions for the library's mask parsers.
var maskMethods = map[Method]mask.Method{
	MethodGet:                 mask.Get,
	MethodGetBatchGet:         mask.GetBatchGet,
	MethodCreateContact:       mask.CreateContact,
	MethodUpdateContact:       mask.UpdateContact,
	MethodBatchUpdateContacts: mask.BatchUpdateContacts,
	MethodListConnections:     mask.ListConnections,
}

// readMasks returns the parsed personFields and sources of a read method
// that requires personFields (people.get, people.getBatchGet,
// people.connections.list), its errors worded for the method. The
// deprecated requestMask.includeField (paths prefixed "person.") stands in
// when personFields is absent.
func (c *call) readMasks() (mask.Read, mask.Sources, error) {
	pf := c.mask("personFields")
	if strings.Trim(pf, ", ") == "" {
		if inc := c.mask("requestMask.includeField"); strings.Trim(inc, ", ") != "" {
			paths := strings.Split(inc, ",")
			for i, p := range paths {
				p = strings.TrimSpace(p)
				rest, ok := strings.CutPrefix(p, "person.")
				if !ok && p != "" {
					return mask.Read{}, 0, invalidArgumentf(
						"Invalid requestMask.includeField path: %q. Each path should start with \"person.\".", p).
						WithField("request_mask.include_field", "")
				}
				paths[i] = rest
			}
			pf = strings.Join(paths, ",")
		}
	}
	read, err := maskMethods[c.route.method].ParseRead(pf)
	if err != nil {
		return mask.Read{}, 0, err
	}
	src, err := mask.ParseSources(c.sources())
	if err != nil {
		return mask.Read{}, 0, err
	}
	return read, src, nil
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
		return nil, apierror.NewMalformedJSON("Cannot read the request body.")
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
	return bodyTooLarge(s.bodyLimit)
}

// get serves people.get.
func (s *Server) get(c *call) ([]byte, error) {
	read, src, err := c.readMasks()
	if err != nil {
		return nil, err
	}
	var stored *person.Person
	s.read(c.user, func(u *userStore) { stored = s.lookupPerson(u, c.user, c.name) }) // me.go
	p, err := peopleupdate.ReadParsed(stored, read, src)
	if err != nil {
		return nil, err
	}
	return person.Marshal(p)
}

// resourceNames returns the repeated resourceNames parameter of a batch get:
// at least one name and at most limit.
func (c *call) resourceNames(limit int) ([]string, error) {
	names := c.params["resourceNames"]
	switch {
	case len(names) == 0:
		return nil, invalidArgument("Request contains an invalid argument.").
			WithField("resource_names", "At least one resource name is required.")
	case len(names) > limit:
		return nil, tooManyResources("resourceNames", limit).WithField("resource_names", "")
	}
	return names, nil
}

// batchGet serves people.getBatchGet: one PersonResponse per requested name, in
// request order, each with its own status.
func (s *Server) batchGet(c *call) ([]byte, error) {
	read, src, err := c.readMasks()
	if err != nil {
		return nil, err
	}
	names, err := c.resourceNames(maxBatchGet)
	if err != nil {
		return nil, err
	}
	stored := make([]*person.Person, len(names))
	s.read(c.user, func(u *userStore) {
		for i, n := range names {
			stored[i] = s.lookupPerson(u, c.user, n) // me.go
		}
	})
	responses := make([]personResponse, len(names))
	views := make([]*person.Person, len(names))
	for i, n := range names {
		pr := personResponse{RequestedResourceName: n}
		if !personName.MatchString(n) {
			e := invalidArgumentf("Resource name %q is not a valid person resource.", n)
			pr.HTTPStatusCode, pr.Status = e.Code, statusOf(e)
			responses[i] = pr
			continue
		}
		p, err := peopleupdate.ReadParsed(stored[i], read, src)
		if err != nil {
			e, ok := asAPIError(err)
			if !ok {
				return nil, err
			}
			pr.HTTPStatusCode, pr.Status = e.Code, statusOf(e)
			responses[i] = pr
			continue
		}
		views[i] = p
		pr.HTTPStatusCode, pr.Status = http.StatusOK, &rpcStatus{}
		responses[i] = pr
	}
	// The responses are written one at a time (stream.go), each person
	// marshalled only when its turn comes.
	out := struct { // a GetPeopleResponse, its responses to come
		Responses []json.RawMessage `json:"responses"`
	}{[]json.RawMessage{json.RawMessage(streamHole)}}
	return nil, streamJSON(c.w, c.pretty, mustJSON(out), len(names), func(i int) ([]byte, error) {
		pr := responses[i]
		if views[i] != nil {
			b, err := person.Marshal(views[i])
			if err != nil {
				return nil, err
			}
			pr.Person = b
		}
		return mustJSON(pr), nil
	})
}

// createContact serves people.createContact through
// peopleupdate.CreateContact: a new contact with a fresh CONTACT source whose
// id the fake allocates.
func (s *Server) createContact(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	var res *peopleupdate.Result
	err = s.write(c.user, func(u *userStore) error {
		var err error
		res, err = s.opts.CreateContact(peopleupdate.CreateRequest{
			PersonFields: c.mask("personFields"),
			Sources:      c.sources(),
			Body:         body,
			Allocate:     s.allocator(u),
			Finish:       s.finisher(u, c.r), // batchcreate.go
		})
		if err != nil {
			return err
		}
		u.put(res.Stored)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res.AppendResponseJSON(nil)
}

// allocator returns the Allocate function of a new contact of u: the next id
// of the fake's generator that names no contact of u yet. The caller holds
// u.mu.
func (s *Server) allocator(u *userStore) func() (string, string, error) {
	return func() (string, string, error) {
		id := s.ids.next()
		for i := 0; u.ids[hexID(id)] || u.people[resourceNameOf(id)] != nil; i++ {
			if i == 1000 { // a generator stuck on used ids
				return "", "", internalError()
			}
			id = s.ids.next()
		}
		return resourceNameOf(id), hexID(id), nil
	}
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
	var res *peopleupdate.Result
	err = s.write(c.user, func(u *userStore) error {
		var err error
		res, err = s.opts.UpdateContact(u.get(c.name), req)
		if err == nil {
			err = u.checkMemberships(u.get(c.name), res.Stored) // groups_store.go
		}
		if err == nil {
			u.put(res.Stored)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return res.AppendResponseJSON(nil)
}

// deleteContact serves people.deleteContact: the whole record goes, once
// peopleupdate.DeleteContact allows it.
func (s *Server) deleteContact(c *call) ([]byte, error) {
	err := s.write(c.user, func(u *userStore) error {
		if err := peopleupdate.DeleteContact(u.get(c.name), c.name); err != nil {
			return err
		}
		u.remove(c.name)
		return nil
	})
	if err != nil {
		return nil, err
	}
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
		return nil, apierror.NewMalformedJSON("Unexpected token.")
	}
	return m, nil
}
