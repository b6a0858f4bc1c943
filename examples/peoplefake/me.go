// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"regexp"
	"sync"

	"github.com/peopleupdate/peopleupdate/person"
)

// callerState is the domain directory all users share. It is guarded by its
// own lock, mu, taken after a user's lock when both are held (never before).
// Each user's profile is per-user state (userState.profile).
type callerState struct {
	mu        sync.RWMutex
	directory []*person.Person // in seed order
	dirNames  map[string]int   // resource name → index in directory
	dirVer    uint64           // bumped whenever the directory is replaced
}

// profileName is the pattern of a profile's (or a directory person's) resource
// name: people/{account id}, digits only.
var profileName = regexp.MustCompile(`^people/[0-9]+$`)

// WithProfile seeds the profile of [DefaultUser]: what people/me and
// people/{account id} answer. See [WithUserProfile].
func WithProfile(p *person.Person) Option { return WithUserProfile(DefaultUser, p) }

// WithUserProfile seeds the profile of user: a stored record with a
// resourceName people/{digits}, a PROFILE (or ACCOUNT) source with an id in
// metadata.sources, and items whose metadata.source is one of those sources
// (see [CheckProfile]). people.get and people.getBatchGet answer it for
// people/me and for its own name. A user without one has a default profile
// (see [Server.Profile]). [New] panics if p is not such a record.
func WithUserProfile(user string, p *person.Person) Option {
	return optionFunc(func(c *config) {
		c.profiles = append(c.profiles, profileSeed{user, p})
	})
}

// WithDirectory seeds the domain directory that people.listDirectoryPeople and
// people.searchDirectoryPeople serve to every user: stored records, each with
// a resourceName people/{digits} and a DOMAIN_PROFILE or DOMAIN_CONTACT source
// with an id (see [CheckDirectory]). The directory is read-only; [New] panics
// if a person is not such a record or two share a name.
func WithDirectory(people ...*person.Person) Option {
	return optionFunc(func(c *config) { c.directory = append(c.directory, people...) })
}

// profileSeed is one WithUserProfile.
type profileSeed struct {
	user string
	p    *person.Person
}

// CheckProfile reports what makes p unfit to be a user's profile, and what to
// add.
func CheckProfile(p *person.Person) error {
	return checkSourced(p, "a profile's", person.Source_PROFILE, person.Source_ACCOUNT)
}

// CheckDirectory reports what makes p unfit to be a person of the domain
// directory, and what to add.
func CheckDirectory(p *person.Person) error {
	return checkSourced(p, "a directory person's", person.Source_DOMAIN_PROFILE, person.Source_DOMAIN_CONTACT)
}

// checkSourced checks a non-contact record: a people/{digits} name, a source of
// one of the types with an id, and item sources among metadata.sources.
func checkSourced(p *person.Person, what string, types ...person.Source_Type) error {
	if p == nil {
		return fmt.Errorf("nil person")
	}
	if !profileName.MatchString(p.GetResourceName()) {
		return fmt.Errorf(`resourceName %q is not %s people/{digits}: add "resourceName": "people/<digits>"`, p.GetResourceName(), what)
	}
	sources := p.GetMetadata().GetSources()
	found := false
	for _, s := range sources {
		for _, t := range types {
			if s.GetType() == t && s.GetId() != "" {
				found = true
			}
		}
	}
	if !found {
		return fmt.Errorf(`no %s source with an id: add "metadata": {"sources": [{"type": %q, "id": "<digits>"}]}`, types[0], types[0].String())
	}
	for f := range person.AllFields.All() {
		if !f.Repeated() {
			continue
		}
		for i, it := range f.Items(p) {
			src := person.SourceOf(it)
			if src == nil {
				return fmt.Errorf(`%s[%d] has no metadata.source: add {"type": %q, "id": "<its id>"}`, f.JSONName(), i, types[0].String())
			}
			ok := false
			for _, s := range sources {
				if s.GetType() == src.GetType() && s.GetId() == src.GetId() {
					ok = true
				}
			}
			if !ok {
				return fmt.Errorf(`%s[%d]'s metadata.source (%s %q) is not one of metadata.sources: add it there`, f.JSONName(), i, src.GetType(), src.GetId())
			}
		}
	}
	return nil
}

// plantCaller stores the profiles and the directory the options gave. New
// calls it.
func (s *Server) plantCaller(c *config) error {
	for _, ps := range c.profiles {
		if err := s.setProfile(ps.user, ps.p); err != nil {
			return fmt.Errorf("profile of user %q: %v", ps.user, err)
		}
	}
	for _, ug := range c.groups {
		err := s.write(ug.user, func(u *userStore) error { return u.plantGroups(ug.user, ug.groups) }) // seed_groups.go
		if err != nil {
			return err
		}
	}
	return s.plantDirectory(c)
}

// plantDirectory stores the directory the options gave. The directory is
// configuration, not kept in a data directory: Open plants it on every start.
func (s *Server) plantDirectory(c *config) error {
	if len(c.directory) > 0 {
		return s.setDirectory(c.directory)
	}
	return nil
}

// setProfile stores a copy of the profile of user.
func (s *Server) setProfile(user string, p *person.Person) error {
	if err := CheckProfile(p); err != nil {
		return err
	}
	return s.write(user, func(u *userStore) error {
		u.setProfile(clone(p))
		return nil
	})
}

// setProfile stores p as u's profile (nil: the default one) in the running
// transaction.
func (u *userStore) setProfile(p *person.Person) {
	u.profile = p
	u.touch(kindProfile, keyProfile)
}

// setDirectory replaces the directory with copies of people and bumps its
// version, which expires every directory sync token.
func (s *Server) setDirectory(people []*person.Person) error {
	names := make(map[string]int, len(people))
	dir := make([]*person.Person, len(people))
	for i, p := range people {
		if err := CheckDirectory(p); err != nil {
			return fmt.Errorf("directory: %s: %v", recordName("directory", i, p), err)
		}
		if _, dup := names[p.GetResourceName()]; dup {
			return fmt.Errorf("directory[%d]: a second person named %q", i, p.GetResourceName())
		}
		names[p.GetResourceName()] = i
		dir[i] = clone(p)
	}
	s.caller.mu.Lock()
	defer s.caller.mu.Unlock()
	s.caller.directory, s.caller.dirNames = dir, names
	s.caller.dirVer++
	return nil
}

// Profile returns a copy of user's profile: the one seeded, else the default
// one (resource name people/{digits derived from the user name}, the user name
// as given name, <user>@example.com as email, a PROFILE source).
func (s *Server) Profile(user string) *person.Person {
	var p *person.Person
	s.read(user, func(u *userStore) { p = clone(profileOf(u, user)) })
	return p
}

// profileOf returns the stored profile of user, whose store u may be nil.
// The caller holds u.mu.
func profileOf(u *userStore, user string) *person.Person {
	if u != nil && u.profile != nil {
		return u.profile
	}
	return defaultProfile(user)
}

// defaultProfile returns the profile of a user none was seeded for.
func defaultProfile(user string) *person.Person {
	h := fnv.New64a()
	h.Write([]byte(user))
	id := fmt.Sprintf("1%020d", h.Sum64())
	src := map[string]string{"type": "PROFILE", "id": id}
	doc := map[string]any{
		"resourceName": "people/" + id,
		"metadata": map[string]any{
			"sources": []any{map[string]any{"type": "PROFILE", "id": id, "etag": "#" + id[len(id)-8:],
				"profileMetadata": map[string]any{"objectType": "PERSON", "userTypes": []string{"GOOGLE_USER"}}}},
			"objectType": "PERSON",
		},
		"names": []any{map[string]any{"metadata": map[string]any{"primary": true, "source": src},
			"displayName": user, "givenName": user, "displayNameLastFirst": user, "unstructuredName": user}},
		"emailAddresses": []any{map[string]any{"metadata": map[string]any{"primary": true, "verified": true, "source": src},
			"value": user + "@example.com"}},
	}
	b, _ := json.Marshal(doc)
	p, err := person.Unmarshal(b)
	if err != nil {
		panic(fmt.Sprintf("peoplefake: default profile: %v", err))
	}
	return p
}

// lookupPerson returns what people.get and people.getBatchGet find under name
// for user: a contact, the user's profile (people/me or its own name), or a
// person of the directory; u, user's store, may be nil. The caller holds
// u.mu.
func (s *Server) lookupPerson(u *userStore, user, name string) *person.Person {
	if p := u.get(name); p != nil {
		return p
	}
	if profileName.MatchString(name) || name == "people/me" {
		if p := profileOf(u, user); name == "people/me" || p.GetResourceName() == name {
			return p
		}
		s.caller.mu.RLock()
		defer s.caller.mu.RUnlock()
		if i, ok := s.caller.dirNames[name]; ok {
			return s.caller.directory[i]
		}
	}
	return nil
}

// addCallerSeed adds the profile and directory of a seed file of user to the
// options.
func (c *config) addCallerSeed(user string, sd *Seed) {
	if sd.Profile != nil {
		c.profiles = append(c.profiles, profileSeed{user, sd.Profile})
	}
	c.directory = append(c.directory, sd.Directory...)
	if len(sd.Groups) > 0 {
		c.groups = append(c.groups, userGroups{user, sd.Groups})
	}
}

// userGroups are the contact groups of a seed file for one user.
type userGroups struct {
	user   string
	groups []SeedGroup
}

// parseCallerSeed parses the "profile" and "directory" members of a seed
// document into sd.
func parseCallerSeed(sd *Seed, profile json.RawMessage, directory []json.RawMessage) error {
	if !isNull(profile) {
		p, err := person.Unmarshal(profile)
		if err != nil {
			return fmt.Errorf("seed: profile: %v", err)
		}
		if err := CheckProfile(p); err != nil {
			return fmt.Errorf("seed: profile: %v", err)
		}
		sd.Profile = p
	}
	seen := make(map[string]bool, len(directory))
	for i, raw := range directory {
		p, err := person.Unmarshal(raw)
		if err != nil {
			return fmt.Errorf("seed: directory[%d]: %v", i, err)
		}
		if err := CheckDirectory(p); err != nil {
			return fmt.Errorf("seed: %s: %v", recordName("directory", i, p), err)
		}
		if seen[p.GetResourceName()] {
			return fmt.Errorf("seed: directory[%d]: a second person named %q", i, p.GetResourceName())
		}
		seen[p.GetResourceName()] = true
		sd.Directory = append(sd.Directory, p)
	}
	return nil
}
