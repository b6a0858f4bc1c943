// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"errors"
	"fmt"
	"time"

	"github.com/peopleupdate/peopleupdate"
)

// New returns a fake configured by opts. It panics if an option is invalid (a
// seed that is not a valid stored record, two seeds with the same resource
// name, an unreadable seed file, an unknown injected status, a data directory
// that cannot be opened), which is a mistake in the test, not in a request;
// the message names the option, the record and what to add. [Open] returns
// these errors instead.
func New(opts ...Option) *Server {
	s, err := Open(opts...)
	if err != nil {
		panic("peoplefake.New: " + err.Error())
	}
	return s
}

// Open returns a fake configured by opts, or the error [New] would panic
// with. With [WithDataDir], the fake resumes the state the directory holds
// (seeds are then not planted again: see [Server.Resumed]), or, for a new
// directory, plants the seeds and writes them there; call [Server.Close] to
// release the directory.
func Open(opts ...Option) (*Server, error) {
	c := config{now: time.Now, bodyLimit: DefaultBodyLimit, requestLog: -1}
	for _, o := range opts {
		if o != nil {
			o.apply(&c)
		}
	}
	canon := defaultCanon
	if c.canonSet {
		canon = c.canon
	}
	now := c.now
	if now == nil {
		now = time.Now
	}
	s := &Server{
		opts:      peopleupdate.Options{Region: c.region, Canonicalize: canon, Share: true},
		bodyLimit: c.bodyLimit,
		auth:      c.auth,
		noCORS:    c.noCORS,
		tokens:    c.tokens,
		users:     make(map[string]*userStore),
		injected:  make(map[Method][]*injection),
	}
	s.installClock(now) // clock.go: sets s.opts.Clock
	s.installAdmin(&c)  // admin.go
	s.search = c.search
	s.ids.seed, s.ids.custom = c.idSeed, c.ids
	if s.bodyLimit <= 0 {
		s.bodyLimit = DefaultBodyLimit
	}
	for _, in := range c.inject {
		if err := checkInjection(in.method, in.status); err != nil && in.n > 0 {
			return nil, errors.New("WithErrorInjection: " + err.Error())
		}
	}
	if c.dataDir != "" {
		d, resumed, err := openData(c.dataDir)
		if err != nil {
			return nil, err
		}
		s.data, s.resumed = d, resumed
	}
	if err := s.start(c); err != nil {
		if s.data != nil {
			s.data.close()
		}
		return nil, err
	}
	for _, in := range c.inject {
		s.InjectError(in.method, in.status, in.message, in.n)
	}
	return s, nil
}

// start fills a new server's store: from its data directory when that holds
// state, else from the seeds, written to the data directory if there is one.
func (s *Server) start(c config) error {
	if s.resumed {
		seed, count, ok, err := s.data.ids()
		if err != nil {
			return err
		}
		if ok {
			s.ids.resume(seed, count)
		}
		if err := s.data.loadAll(s.lastNow, func(u *userStore) { s.users[u.name] = u }); err != nil {
			return err
		}
		for _, f := range c.seedFiles { // their directories: not kept either
			sd, err := LoadSeed(f.path)
			if err != nil {
				return err
			}
			c.directory = append(c.directory, sd.Directory...)
		}
		return s.plantDirectory(&c) // me.go: the directory is not kept
	}
	s.bulk = true
	for _, f := range c.seedFiles {
		sd, err := LoadSeed(f.path)
		if err != nil {
			return err
		}
		c.seeds = append(c.seeds, seed{user: f.user, people: sd.People}, seed{user: f.user, people: sd.Contacts, contacts: true})
		c.addCallerSeed(f.user, sd) // me.go
		c.others = append(c.others, seed{user: f.user, people: sd.OtherContacts})
	}
	for _, sd := range c.seeds {
		if err := s.plant(sd); err != nil {
			return err
		}
	}
	s.adoptSeededGroups() // groups_store.go
	for _, sd := range c.others {
		if err := s.addOthers(sd.user, sd.people); err != nil { // othercontacts.go
			return err
		}
	}
	// me.go: the profiles, the seeded groups and the directory.
	if err := s.plantCaller(&c); err != nil {
		return err
	}
	s.startLogs() // changelog.go
	s.bulk = false
	if s.data == nil {
		return nil
	}
	for _, u := range s.users {
		if err := s.data.commit(u, &s.ids); err != nil {
			return fmt.Errorf("data file %s: %v", s.data.path, err)
		}
		clear(u.dirty)
		u.wiped = false
	}
	return s.data.saveIDs(&s.ids)
}

// Resumed reports whether the fake's state came from its data directory
// ([WithDataDir]) rather than from its seeds: a directory that held state
// already. A command that seeds a fake itself after [Open] (with
// [Server.Create]) seeds it only when Resumed is false.
func (s *Server) Resumed() bool { return s.resumed }

// IDSeed returns the seed of the sequence of new contacts' and groups' ids:
// [WithIDSeed]'s, or, for a fake that resumed a data directory, the
// directory's. (With [WithIDGenerator] it means nothing.)
func (s *Server) IDSeed() uint64 {
	seed, _ := s.ids.state()
	return seed
}

// Close closes the fake's data directory ([WithDataDir]), if any, once the
// writes in progress are done; a fake without one has nothing to close. The
// fake must not serve requests after Close.
func (s *Server) Close() error {
	if s.data == nil {
		return nil
	}
	s.mu.Lock()
	users := make([]*userStore, 0, len(s.users))
	for _, u := range s.users {
		users = append(users, u)
	}
	s.mu.Unlock()
	for _, u := range users { // wait for the writes in progress
		u.mu.Lock()
		defer u.mu.Unlock()
	}
	return s.data.close()
}
