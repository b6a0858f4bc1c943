// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Other contacts: the people a user interacted with but did not save, kept
// apart from the contacts, read by otherContacts.list and search and copied
// into the contacts by copyOtherContactToMyContactsGroup.

// otherPrefix starts every other contact's resource name.
const otherPrefix = "otherContacts/"

// otherContactPaths are the readMask paths of otherContacts.list with the
// READ_SOURCE_TYPE_CONTACT source alone.
var otherContactPaths = person.FieldSetOf(person.FieldEmailAddresses, person.FieldPersonMetadata,
	person.FieldNames, person.FieldPhoneNumbers, person.FieldPhotos)

// otherSources is what an other contact's items are read from.
var (
	otherSources, _    = mask.ParseSources([]string{"READ_SOURCE_TYPE_OTHER_CONTACT"})
	otherAndProfile, _ = mask.ParseSources([]string{"READ_SOURCE_TYPE_OTHER_CONTACT", "READ_SOURCE_TYPE_PROFILE"})
)

// WithOtherContacts seeds the other contacts of [DefaultUser] with copies of
// people: stored records with a resourceName otherContacts/{id} and an
// OTHER_CONTACT source in metadata.sources (see [CheckOtherContact]). [New]
// panics, naming the record, if one is not.
func WithOtherContacts(people ...*person.Person) Option {
	return WithUserOtherContacts(DefaultUser, people...)
}

// WithUserOtherContacts seeds the other contacts of user, as
// [WithOtherContacts] does for [DefaultUser].
func WithUserOtherContacts(user string, people ...*person.Person) Option {
	return optionFunc(func(c *config) { c.others = append(c.others, seed{user: user, people: people}) })
}

// CheckOtherContact reports what makes p unfit to be a stored other contact
// ([WithOtherContacts], [Server.PutOtherContact], the "otherContacts" of a
// seed file): it must have a resourceName otherContacts/{id} and an
// OTHER_CONTACT source in metadata.sources.
func CheckOtherContact(p *person.Person) error {
	if p == nil {
		return fmt.Errorf("nil person")
	}
	id, ok := strings.CutPrefix(p.GetResourceName(), otherPrefix)
	if !ok || id == "" || strings.Contains(id, "/") {
		return fmt.Errorf(`resourceName %q is not an other contact's otherContacts/{id}: add "resourceName": "otherContacts/c<digits>"`, p.GetResourceName())
	}
	if !slices.ContainsFunc(p.GetMetadata().GetSources(), func(s *person.Source) bool { return s.GetType() == person.Source_OTHER_CONTACT }) {
		return fmt.Errorf(`no OTHER_CONTACT source: add "metadata": {"sources": [{"type": "OTHER_CONTACT", "id": "<id>"}]}`)
	}
	return nil
}

// addOthers stores copies of people in user's other contacts, in one
// transaction, stopping at the first record CheckOtherContact rejects or that
// has the name of one stored.
func (s *Server) addOthers(user string, people []*person.Person) error {
	if len(people) == 0 {
		return nil
	}
	return s.write(user, func(u *userStore) error { return u.addOthers(user, people) })
}

// addOthers is [Server.addOthers] in the running transaction. The caller
// holds u.mu for writing.
func (u *userStore) addOthers(user string, people []*person.Person) error {
	for i, p := range people {
		err := CheckOtherContact(p)
		if err == nil && u.others[p.GetResourceName()] != nil {
			err = fmt.Errorf("a second other contact named %q", p.GetResourceName())
		}
		if err != nil {
			return fmt.Errorf("other contacts of user %q: %s: %v", user, recordName("otherContacts", i, p), err)
		}
		u.putOther(clone(p))
	}
	return nil
}

// exportOthers returns copies of u's other contacts by resource name; u may
// be nil. The caller holds u.mu.
func exportOthers(u *userStore) []*person.Person {
	if u == nil || len(u.others) == 0 {
		return nil
	}
	out := make([]*person.Person, 0, len(u.others))
	for _, p := range u.others {
		out = append(out, clone(p))
	}
	slices.SortFunc(out, func(a, b *person.Person) int { return strings.Compare(a.GetResourceName(), b.GetResourceName()) })
	return out
}

// putOther stores an other contact, logging the change.
func (u *userStore) putOther(p *person.Person) {
	if u.others == nil {
		u.others = make(map[string]*person.Person)
	}
	u.others[p.GetResourceName()] = p
	u.touch(kindOthers, p.GetResourceName())
	u.logRecord(p.GetResourceName(), u.now(), "")
	if u.oindex != nil && !u.oindex.frozen {
		u.oindex.set(p.GetResourceName(), p)
	}
}

// PutOtherContact stores a copy of p in user's other contacts, replacing any
// of its name; it returns [CheckOtherContact]'s error if p is not a valid
// other contact.
func (s *Server) PutOtherContact(user string, p *person.Person) error {
	if err := CheckOtherContact(p); err != nil {
		return err
	}
	return s.write(user, func(u *userStore) error {
		u.putOther(clone(p))
		return nil
	})
}

// DeleteOtherContact removes the other contact named name from user's and
// reports whether there was one.
func (s *Server) DeleteOtherContact(user, name string) bool {
	if s.existing(user) == nil {
		return false
	}
	found := false
	err := s.write(user, func(u *userStore) error {
		if u.others[name] == nil {
			return nil
		}
		found = true
		u.logRecord(name, u.now(), tombEtag(u.others[name]))
		delete(u.others, name)
		u.touch(kindOthers, name)
		if u.oindex != nil && !u.oindex.frozen {
			u.oindex.set(name, nil)
		}
		return nil
	})
	return found && err == nil
}

// otherReadMasks returns otherContacts.list's readMask and sources: sources
// READ_SOURCE_TYPE_CONTACT (the default) or that and READ_SOURCE_TYPE_PROFILE;
// with CONTACT alone, the mask's paths are those of otherContactPaths.
func (c *call) otherReadMasks() (mask.Read, mask.Sources, error) {
	read, err := mask.ListOtherContacts.ParseRead(c.mask("readMask"))
	if err != nil {
		return read, 0, err
	}
	srcs := c.sources()
	if len(srcs) == 0 {
		srcs = []string{"READ_SOURCE_TYPE_CONTACT"}
	}
	src, err := mask.ParseSources(srcs)
	if err != nil {
		return read, 0, err
	}
	profile := src.Has(mask.ReadSourceProfile)
	if !src.Has(mask.ReadSourceContact) || src.Len() != map[bool]int{false: 1, true: 2}[profile] {
		return read, 0, invalidArgument("Request contains an invalid argument.").
			WithField("sources", "Valid sources are READ_SOURCE_TYPE_CONTACT, or READ_SOURCE_TYPE_CONTACT and READ_SOURCE_TYPE_PROFILE.")
	}
	if !profile {
		for f := range read.All() {
			if !otherContactPaths.Has(f) {
				return read, 0, apierror.NewInvalidReadPath("readMask", f.JSONName(), "otherContacts/list").WithField("read_mask", "")
			}
		}
	}
	if profile {
		return read, otherAndProfile, nil
	}
	return read, otherSources, nil
}

// listOtherContacts serves otherContacts.list: the user's other contacts by
// resource name, a page at a time, with incremental sync.
func (s *Server) listOtherContacts(c *call) ([]byte, error) {
	read, src, err := c.otherReadMasks()
	if err != nil {
		return nil, err
	}
	size, err := c.pageSize(defaultPageSize, maxPageSize)
	if err != nil {
		return nil, err
	}
	wantSync := false
	if v := c.first("requestSyncToken"); v != "" {
		if wantSync, err = strconv.ParseBool(v); err != nil {
			return nil, apierror.NewInvalidBodyValue("request_sync_token", "TYPE_BOOL", strconv.Quote(v)).WithField("request_sync_token", "")
		}
	}
	syncFP := fingerprint("otherContacts.sync\x00"+read.String(), src.Values(), "", 0, true)
	out := listOtherResponse{}
	render := func(p *person.Person) error {
		r, err := peopleupdate.ReadParsed(p, read, src)
		if err != nil {
			return err
		}
		b, err := person.Marshal(r)
		out.OtherContacts = append(out.OtherContacts, b)
		return err
	}
	if c.first("syncToken") != "" {
		var err error
		s.read(c.user, func(u *userStore) {
			var pg *syncPage
			if pg, err = s.readChanges(u, otherPrefix, c.first("syncToken"), c.first("pageToken"), syncFP, size); err != nil {
				return
			}
			out.NextPageToken, out.NextSyncToken = pg.nextPage, pg.nextSync
			for _, name := range pg.keys {
				if p := u.others[name]; p != nil {
					if err = render(p); err != nil {
						return
					}
				} else if t := pg.tombstone[name]; t != "" {
					out.OtherContacts = append(out.OtherContacts, tombstone(name, t))
				}
			}
		})
		if err != nil {
			return nil, err
		}
		out.TotalSize = len(out.OtherContacts)
		return mustJSON(out), nil
	}
	fp := fingerprint("otherContacts.list\x00"+read.String(), src.Values(), "", size, wantSync)
	tok, mark := s.unwrapPage(c.user, c.first("pageToken"))
	offset := 0
	if tok != "" {
		if offset, err = decodePageToken(tok, fp); err != nil {
			return nil, err
		}
	}
	var all []*person.Person
	s.read(c.user, func(u *userStore) {
		if u != nil {
			for _, p := range u.others {
				all = append(all, p)
			}
		}
	})
	slices.SortFunc(all, func(a, b *person.Person) int { return strings.Compare(a.GetResourceName(), b.GetResourceName()) })
	end := min(offset+size, len(all))
	for _, p := range all[min(offset, len(all)):end] {
		if err := render(p); err != nil {
			return nil, err
		}
	}
	out.TotalSize = len(all)
	if end < len(all) {
		out.NextPageToken = wrapPage(encodePageToken(end, fp), mark)
	} else if wantSync {
		out.NextSyncToken = syncToken(syncFP, mark)
	}
	return mustJSON(out), nil
}

// listOtherResponse is a ListOtherContactsResponse.
type listOtherResponse struct {
	OtherContacts []json.RawMessage `json:"otherContacts,omitempty"`
	NextPageToken string            `json:"nextPageToken,omitempty"`
	NextSyncToken string            `json:"nextSyncToken,omitempty"`
	TotalSize     int               `json:"totalSize,omitempty"`
}

// searchOtherContacts serves otherContacts.search: the other contacts whose
// names, email addresses or phone numbers have words the query's words
// begin; an empty query is the warm-up.
func (s *Server) searchOtherContacts(c *call) ([]byte, error) {
	read, err := mask.SearchOtherContacts.ParseRead(c.mask("readMask"))
	if err != nil {
		return nil, err
	}
	size, err := c.searchSize()
	if err != nil {
		return nil, err
	}
	q := queryWords(c.first("query"))
	s.searchIn(c.user, len(q) == 0, func(u *userStore) **searchIndex { return &u.oindex },
		func(u *userStore) map[string]*person.Person { return u.others }, otherValues)
	return s.searchAnswer(c.user, q, size, read, otherSources, func(u *userStore) *searchIndex { return u.oindex })
}

// copyOtherContact serves otherContacts.copyOtherContactToMyContactsGroup:
// a new contact, made as createContact makes one, of the copyMask fields of
// the other contact.
func (s *Server) copyOtherContact(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "copyMask", "readMask", "sources")
	if err != nil {
		return nil, err
	}
	cm, err := jsonString(m["copyMask"], "copy_mask", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	rm, err := jsonString(m["readMask"], "read_mask", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	srcs, err := jsonSources(m["sources"])
	if err != nil {
		return nil, err
	}
	copyMask, err := mask.CopyOtherContactToMyContactsGroup.ParseUpdate(cm)
	if err != nil {
		return nil, err
	}
	read, err := mask.CopyOtherContactToMyContactsGroup.ParseRead(rm)
	if err != nil {
		return nil, err
	}
	if read.Len() == 0 { // the default: the copy mask with metadata and memberships
		read = mask.ReadOf(copyMask.Fields().With(person.FieldPersonMetadata).With(person.FieldMemberships))
	}
	src, err := mask.ParseSources(srcs)
	if err != nil {
		return nil, err
	}
	var stored *person.Person
	err = s.write(c.user, func(u *userStore) error {
		other := u.others[c.name]
		if other == nil {
			return apierror.NewNotFound()
		}
		res, err := s.opts.CreateContact(peopleupdate.CreateRequest{
			Person:   copyFields(other, copyMask),
			Allocate: s.allocator(u),
			Finish:   s.finisher(u, c.r), // batchcreate.go
		})
		if err != nil {
			return err
		}
		u.put(res.Stored)
		stored = res.Stored
		return nil
	})
	if err != nil {
		return nil, err
	}
	r, err := peopleupdate.ReadParsed(stored, read, src)
	if err != nil {
		return nil, err
	}
	return person.Marshal(r)
}

// copyFields returns a createContact body of the fields of u in p, without
// item metadata.
func copyFields(p *person.Person, u mask.Update) *person.Person {
	out := clone(p)
	out.ResourceName, out.Etag, out.Metadata = "", "", nil
	for f := range person.AllFields.All() {
		if f == person.FieldPersonMetadata {
			continue
		}
		if !u.Has(f) {
			f.Clear(out)
			continue
		}
		for _, it := range f.Items(out) {
			it.SetMetadata(nil)
		}
	}
	return out
}
