// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// A Seed is the content of a seed file: the people and contacts one user
// starts with.
type Seed struct {
	// People are full stored records, as [WithPeople] takes them.
	People []*person.Person
	// Contacts are persons as a client sends them to people.createContact, as
	// [WithContacts] takes them.
	Contacts []*person.Person
	// Profile is the user's profile, as [WithUserProfile] takes it, or nil.
	Profile *person.Person
	// Directory are the people of the domain directory, as [WithDirectory]
	// takes them.
	Directory []*person.Person
	// Groups are the user's contact groups beyond what the people's
	// memberships make (see [SeedGroup]).
	Groups []SeedGroup
	// OtherContacts are stored other contacts, as [WithOtherContacts] takes
	// them.
	OtherContacts []*person.Person
}

// ParseSeed parses a seed document in the API's JSON:
//
//	{
//	  "people":   [<stored Person>, ...],
//	  "contacts": [<createContact body>, ...],
//	  "profile":  <the user's profile>,
//	  "directory": [<directory person>, ...],
//	  "contactGroups": [<SeedGroup>, ...],
//	  "otherContacts": [<stored other contact>, ...]
//	}
//
// Every member is optional. "profile" is a record [CheckProfile] accepts,
// "directory" records [CheckDirectory] accepts, "contactGroups" the user's
// groups by resource name, name and clientData ([SeedGroup]), "otherContacts"
// records with a resourceName otherContacts/{id} and an OTHER_CONTACT source
// (see [CheckOtherContact]). "people" holds full stored records, each with its
// resourceName, metadata.sources with the CONTACT source's id, etag and
// updateTime, and item metadata (see [CheckStored]; sample.json is one).
// "contacts" holds what a client would send to people.createContact, such as
// {"names": [{"givenName": "Ada"}]}, which the fake turns into stored contacts
// as createContact does (see [WithContacts]). ParseSeed rejects unknown
// members, a record [CheckStored] rejects and two records with the same
// resource name, naming the record and what to add.
func ParseSeed(data []byte) (*Seed, error) {
	var doc struct {
		People    []json.RawMessage `json:"people"`
		Contacts  []json.RawMessage `json:"contacts"`
		Profile   json.RawMessage   `json:"profile"`
		Directory []json.RawMessage `json:"directory"`
		Groups    json.RawMessage   `json:"contactGroups"`
		Others    []json.RawMessage `json:"otherContacts"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("seed: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("seed: data after the document")
	}
	out := &Seed{People: make([]*person.Person, 0, len(doc.People))}
	seen := make(map[string]bool, len(doc.People))
	for i, raw := range doc.People {
		p, err := person.Unmarshal(raw)
		if err != nil {
			return nil, fmt.Errorf("seed: people[%d]: %v", i, err)
		}
		if err := CheckStored(p); err != nil {
			return nil, fmt.Errorf("seed: %s: %v", recordName("people", i, p), err)
		}
		if seen[p.GetResourceName()] {
			return nil, fmt.Errorf("seed: people[%d]: a second person named %q", i, p.GetResourceName())
		}
		seen[p.GetResourceName()] = true
		out.People = append(out.People, p)
	}
	for i, raw := range doc.Contacts {
		p, err := person.Unmarshal(raw)
		if err != nil {
			return nil, fmt.Errorf("seed: contacts[%d]: %v", i, err)
		}
		out.Contacts = append(out.Contacts, p)
	}
	for i, raw := range doc.Others {
		p, err := person.Unmarshal(raw)
		if err != nil {
			return nil, fmt.Errorf("seed: otherContacts[%d]: %v", i, err)
		}
		if err := CheckOtherContact(p); err != nil {
			return nil, fmt.Errorf("seed: %s: %v", recordName("otherContacts", i, p), err)
		}
		if seen[p.GetResourceName()] {
			return nil, fmt.Errorf("seed: otherContacts[%d]: a second person named %q", i, p.GetResourceName())
		}
		seen[p.GetResourceName()] = true
		out.OtherContacts = append(out.OtherContacts, p)
	}
	if err := parseCallerSeed(out, doc.Profile, doc.Directory); err != nil { // me.go
		return nil, err
	}
	var err error
	if out.Groups, err = parseSeedGroups(doc.Groups); err != nil { // seed_groups.go
		return nil, err
	}
	return out, nil
}

// LoadSeed reads and parses a seed file (see [ParseSeed]).
func LoadSeed(path string) (*Seed, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sd, err := ParseSeed(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return sd, nil
}

// CheckStored reports what makes p unfit to be a stored contact ([WithPeople],
// [Server.Put], the "people" of a seed file), and what to add: p must have a
// resourceName a contact can have (people/{id}, as updateContact takes it: not
// people/me, not a profile's people/{digits}), a CONTACT source with an id in
// metadata.sources (without one, the contact lists as {}, has no displayName
// and every update fails), and an item's metadata.source, when it has one,
// must be one of metadata.sources (an item without one is a contact item, as
// SPEC.md says of stored records). A person written as a client would create it belongs in
// [WithContacts] instead, which adds all of that.
func CheckStored(p *person.Person) error {
	if p == nil {
		return fmt.Errorf("nil person")
	}
	if validate.ResourceName(p.GetResourceName()) != nil {
		// The name updateContact and deleteContact would take: people/me and
		// people/{digits} name profiles, not contacts.
		return fmt.Errorf(`resourceName %q is not a contact's people/{id}: add "resourceName": "people/c<digits>"`, p.GetResourceName())
	}
	cs := p.ContactSource()
	if cs == nil {
		return fmt.Errorf(`no CONTACT source: add "metadata": {"sources": [{"type": "CONTACT", "id": "<16 hex digits>", "etag": "#<etag>", "updateTime": "<RFC 3339>"}]} and give every item "metadata": {"source": {"type": "CONTACT", "id": "<that id>"}}, or seed it as a contact (WithContacts, the "contacts" list), which does both`)
	}
	if cs.GetId() == "" {
		return fmt.Errorf(`the CONTACT source has no id: add "id": "<16 hex digits>" to it`)
	}
	sources := p.GetMetadata().GetSources()
	for f := range person.AllFields.All() {
		if !f.Repeated() {
			continue
		}
		for i, it := range f.Items(p) {
			src := person.SourceOf(it)
			if src == nil {
				continue // an item of a stored record without a source is a contact item (SPEC.md)
			}
			found := false
			for _, s := range sources {
				if s.GetType() == src.GetType() && s.GetId() == src.GetId() {
					found = true
					break
				}
			}
			if !found {
				return fmt.Errorf(`%s[%d]'s metadata.source (%s %q) is not one of metadata.sources: add {"type": %q, "id": %q} there, or make the item's source {"type": "CONTACT", "id": %q}`,
					f.JSONName(), i, src.GetType(), src.GetId(), src.GetType().String(), src.GetId(), cs.GetId())
			}
		}
	}
	return nil
}

// recordName names the i-th record of a seed list in an error: its index and,
// when it has one, its resource name.
func recordName(list string, i int, p *person.Person) string {
	if name := p.GetResourceName(); name != "" {
		return fmt.Sprintf("%s[%d] (%s)", list, i, name)
	}
	return fmt.Sprintf("%s[%d]", list, i)
}

// plant stores the people of one seed option.
func (s *Server) plant(sd seed) error {
	list := "people"
	if sd.contacts {
		list = "contacts"
	}
	for i, p := range sd.people {
		var err error
		if sd.contacts {
			_, err = s.Create(sd.user, p)
		} else {
			err = s.putNew(sd.user, p)
		}
		if err != nil {
			return fmt.Errorf("seed for user %q: %s: %v", sd.user, recordName(list, i, p), err)
		}
	}
	return nil
}

// putNew stores a copy of a stored record that must not replace another.
func (s *Server) putNew(user string, p *person.Person) error {
	if err := CheckStored(p); err != nil {
		return err
	}
	return s.write(user, func(u *userStore) error {
		if u.people[p.GetResourceName()] != nil {
			return fmt.Errorf("a second person named %q", p.GetResourceName())
		}
		u.put(clone(p))
		return nil
	})
}

// Create stores a new contact in user's contacts made from p, a person as a
// client sends it to people.createContact, the way createContact makes one (a
// new CONTACT source, computed values, membership of contactGroups/myContacts),
// and returns a copy of the stored record. It returns the error createContact
// would answer if p is not a valid new contact.
func (s *Server) Create(user string, p *person.Person) (*person.Person, error) {
	if p == nil {
		return nil, fmt.Errorf("nil person")
	}
	var stored *person.Person
	err := s.write(user, func(u *userStore) error {
		res, err := s.opts.CreateContact(peopleupdate.CreateRequest{Person: p, Allocate: s.allocator(u)})
		if err != nil {
			return err
		}
		stored = res.Stored
		u.put(stored)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return clone(stored), nil
}

//go:embed sample.json
var sampleJSON []byte

// SampleName is the resource name of [Sample].
const SampleName = "people/c4084048990019506721"

// Sample returns a new copy of a sample stored contact, Margaret Chen
// (resource name [SampleName]): names, two email addresses, a phone number, a
// biography, a userDefined counter and membership of contactGroups/myContacts,
// beside a PROFILE source's name and email. The command serves it when given
// no seed.
func Sample() *person.Person {
	sd, err := ParseSeed(sampleJSON)
	if err != nil || len(sd.People) != 1 {
		panic(fmt.Sprintf("peoplefake: bad embedded sample: %v", err))
	}
	return sd.People[0]
}
