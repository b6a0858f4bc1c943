// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/base64"
	"encoding/binary"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// PutUnchecked stores a copy of p for user without [CheckStored]'s checks, so
// that the conformance replay can hold the stored records the library's
// cases hold (a profile-only person, for one), which seeding rightly refuses.
func (s *Server) PutUnchecked(user string, p *person.Person) {
	_ = s.write(user, func(u *userStore) error {
		u.put(clone(p))
		return nil
	})
}

// AddGroups makes for user the user contact groups names that do not exist,
// named after their ids, so that the conformance replay's memberships of
// groups the library takes on trust name groups the fake has.
func (s *Server) AddGroups(user string, names ...string) {
	_ = s.write(user, func(u *userStore) error {
		for _, n := range names {
			u.adopt(n)
		}
		return nil
	})
}

// RepageToken returns the page token tok of people.connections.list moved to
// the page starting at offset: the same request parameters, another page.
func RepageToken(tok string, offset int) string {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) < 8 {
		panic("peoplefake: RepageToken: not a page token: " + tok)
	}
	return encodePageToken(offset, binary.BigEndian.Uint64(b))
}

// PutOwned stores p itself for user, unchecked and uncopied: the benchmarks'
// way to hold many contacts once in memory. p must not change afterwards.
func (s *Server) PutOwned(user string, p *person.Person) {
	_ = s.write(user, func(u *userStore) error {
		u.put(p)
		return nil
	})
}

// SyncTokenNow returns the sync token a full people.connections.list sync of
// user starting now would end with, for personFields and the default sources
// and sort order, so that a benchmark need not list a large store first.
func (s *Server) SyncTokenNow(user, personFields string) string {
	read, err := mask.ListConnections.ParseRead(personFields)
	if err != nil {
		panic(err)
	}
	return syncToken(connectionsSyncFP(read, mask.DefaultSources(), sortOrders[0]), s.markNow(user))
}

// StoreAll stores people for user as they are, without checks or copies: the
// cheap way to build a large store for a benchmark.
func (s *Server) StoreAll(user string, people []*person.Person) {
	_ = s.write(user, func(u *userStore) error {
		for _, p := range people {
			u.put(p)
		}
		return nil
	})
}
