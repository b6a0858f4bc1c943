// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"github.com/peopleupdate/peopleupdate/person"
)

// Reset forgets every user's contacts, groups, photos, other contacts and
// profile, their change logs and search indexes (expiring every sync token),
// the directory (expiring its sync tokens), every pending injected error and
// the request log. The options' seeds are not planted again.
func (s *Server) Reset() {
	s.mu.RLock()
	names := slices.Collect(maps.Keys(s.users))
	s.mu.RUnlock()
	for _, name := range names {
		s.ResetUser(name)
	}
	s.caller.mu.Lock()
	s.caller.directory, s.caller.dirNames = nil, nil
	s.caller.dirVer++
	s.caller.mu.Unlock()
	s.injMu.Lock()
	s.injected = make(map[Method][]*injection)
	s.injMu.Unlock()
	s.ClearRequests()
}

// ResetUser forgets user's contacts, groups, photos, other contacts and
// profile, the change log (expiring user's sync tokens) and search indexes,
// in one transaction: with [WithDataDir], every record of user is deleted.
func (s *Server) ResetUser(user string) {
	if s.existing(user) == nil {
		return
	}
	_ = s.write(user, func(u *userStore) error {
		u.empty()
		return nil
	})
}

// Load adds a seed to user's state as [New] plants one: its people (which
// must not replace any), its contacts (made as createContact makes them), its
// contact groups, its other contacts (which must not replace any) and its
// profile (which replaces user's); a seed with a directory replaces the
// directory (expiring its sync tokens). What it adds enters the change log,
// as any write does. It stops at the first failure, keeping what was loaded
// before it.
func (s *Server) Load(user string, sd *Seed) error {
	if err := s.plant(seed{user: user, people: sd.People}); err != nil {
		return err
	}
	if err := s.plant(seed{user: user, people: sd.Contacts, contacts: true}); err != nil {
		return err
	}
	err := s.write(user, func(u *userStore) error {
		for name, members := range u.gs().members {
			if len(members) > 0 {
				u.adopt(name) // groups_store.go
			}
		}
		if err := u.plantGroups(user, sd.Groups); err != nil { // seed_groups.go
			return err
		}
		return u.addOthers(user, sd.OtherContacts) // othercontacts.go
	})
	if err != nil {
		return err
	}
	if sd.Profile != nil {
		if err := s.setProfile(user, sd.Profile); err != nil {
			return fmt.Errorf("seed for user %q: profile: %v", user, err)
		}
	}
	if len(sd.Directory) > 0 {
		return s.setDirectory(sd.Directory)
	}
	return nil
}

// Export returns user's state as a seed: every stored person in "people", the
// seeded profile if any, the directory, the contact groups and the other
// contacts. Loading it after a reset gives the same people, profile,
// directory, groups and other contacts.
func (s *Server) Export(user string) *Seed {
	sd := &Seed{People: s.People(user)}
	s.read(user, func(u *userStore) {
		if u != nil {
			sd.Profile = clone(u.profile)
		}
		sd.Groups = exportGroups(u)        // seed_groups.go
		sd.OtherContacts = exportOthers(u) // othercontacts.go
	})
	s.caller.mu.RLock()
	defer s.caller.mu.RUnlock()
	for _, p := range s.caller.directory {
		sd.Directory = append(sd.Directory, clone(p))
	}
	return sd
}

// MarshalSeed writes a seed as a seed document [ParseSeed] reads.
func MarshalSeed(sd *Seed) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	list := func(name string, ps []*person.Person) error {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:[", name)
		for i, p := range ps {
			if i > 0 {
				b.WriteByte(',')
			}
			pb, err := person.Marshal(p)
			if err != nil {
				return err
			}
			b.Write(pb)
		}
		b.WriteByte(']')
		return nil
	}
	if err := list("people", sd.People); err != nil {
		return nil, err
	}
	if len(sd.Contacts) > 0 {
		if err := list("contacts", sd.Contacts); err != nil {
			return nil, err
		}
	}
	if sd.Profile != nil {
		pb, err := person.Marshal(sd.Profile)
		if err != nil {
			return nil, err
		}
		b.WriteString(`,"profile":`)
		b.Write(pb)
	}
	if len(sd.Directory) > 0 {
		if err := list("directory", sd.Directory); err != nil {
			return nil, err
		}
	}
	if len(sd.Groups) > 0 {
		b.WriteString(`,"contactGroups":`)
		b.Write(mustJSON(sd.Groups))
	}
	if len(sd.OtherContacts) > 0 {
		if err := list("otherContacts", sd.OtherContacts); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// empty empties u (see [userStore.reset]) with a change log that goes on
// from the old one's sequence past a gap, so that every sync token made before
// expires (its mark is below the new log's floor) rather than reading the new
// state's changes as if they followed the old. The caller holds u.mu for
// writing, inside [Server.write].
func (u *userStore) empty() {
	seq := u.log.seq
	u.reset() // persist.go
	u.log.seq = seq + 1
	u.log.floor = u.log.seq
	u.touch(kindChanges, keyLog)
}
