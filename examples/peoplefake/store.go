// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/peopleupdate/peopleupdate/person"
)

// userStore holds one user's people, by resource name. A stored *person.Person
// is never changed once stored: an update stores a new value in its place, so a
// reader holding the old one sees a whole state.
//
// Each user's store has its own lock, mu: [Server.mu] guards only the map of
// users, so that one user's writes never hold up another user's requests.
// Handlers reach a store through [Server.write] and [Server.read] (lock.go),
// never by locking it themselves.
type userStore struct {
	mu   sync.RWMutex
	name string           // the user
	now  func() time.Time // the latest time the server's clock told (clock.go)
	userState
}

// userState is what a user's store holds, guarded by its lock. A store of the
// fake that keeps per-user state adds its fields here, so that a reload from
// the data directory (persist.go), which replaces the whole value, resets
// them too.
type userState struct {
	people  map[string]*person.Person
	ids     map[string]bool           // CONTACT source ids in use
	groups  *groupState               // contact groups and their members; see gs (groups_store.go)
	photos  map[string]photoBlob      // uploaded photos by URL key (photos.go)
	orders  contactOrders             // the contacts in the orders of connections.list (listorder.go)
	log     changeLog                 // every change, for incremental sync (changelog.go)
	others  map[string]*person.Person // other contacts by resource name (othercontacts.go)
	profile *person.Person            // the seeded profile; nil: defaultProfile (me.go)
	index   *searchIndex              // contacts' search index, made on first search (searchindex.go)
	oindex  *searchIndex              // other contacts' search index (searchindex.go)
	dirty   map[dirtyKey]struct{}     // records changed since the last commit (persist.go)
	wiped   bool                      // reset since the last commit: the commit drops every record first
}

// newUserStore returns the empty store of user, whose change log reads the
// time from now.
func newUserStore(user string, now func() time.Time) *userStore {
	return &userStore{name: user, now: now, userState: userState{people: make(map[string]*person.Person), ids: make(map[string]bool)}}
}

// user returns the store of a user, making it on first use. It takes s.mu
// itself; the caller locks the store it returns.
func (s *Server) user(name string) *userStore {
	s.mu.RLock()
	u := s.users[name]
	s.mu.RUnlock()
	if u != nil {
		return u
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if u = s.users[name]; u == nil {
		u = newUserStore(name, s.lastNow)
		s.users[name] = u
	}
	return u
}

// existing returns the store of a user, or nil for a user the fake has not
// seen. It takes s.mu itself.
func (s *Server) existing(name string) *userStore {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.users[name]
}

// get returns the stored person named name, or nil; u may be nil. The caller
// holds u.mu.
func (u *userStore) get(name string) *person.Person {
	if u == nil {
		return nil
	}
	return u.people[name]
}

// put stores p under its resource name, replacing any earlier value.
func (u *userStore) put(p *person.Person) {
	u.touch(kindPeople, p.GetResourceName())       // persist.go
	u.changed(u.people[p.GetResourceName()], p)    // changelog.go
	u.gs().track(u.people[p.GetResourceName()], p) // groups_store.go
	u.orders.replace(p.GetResourceName(), p)
	if old := u.people[p.GetResourceName()]; old != nil {
		if cs := old.ContactSource(); cs != nil {
			delete(u.ids, cs.GetId())
		}
	}
	u.people[p.GetResourceName()] = p
	if cs := p.ContactSource(); cs != nil {
		u.ids[cs.GetId()] = true
	}
}

// remove deletes the person named name.
func (u *userStore) remove(name string) {
	if old := u.people[name]; old != nil {
		u.touch(kindPeople, name)
		u.changed(old, nil)    // changelog.go
		u.gs().track(old, nil) // groups_store.go
		if cs := old.ContactSource(); cs != nil {
			delete(u.ids, cs.GetId())
		}
		delete(u.people, name)
		u.orders.replace(name, nil)
	}
}

// clone returns a deep copy of p (nil for nil).
func clone(p *person.Person) *person.Person {
	if p == nil {
		return nil
	}
	return proto.Clone(p).(*person.Person)
}

// personName is the pattern of a person resource name in a URL.
var personName = regexp.MustCompile(`^people/[^/]+$`)

// Person returns a copy of the stored record of the person named name in user's
// contacts (metadata, sources and their etags included, as the store holds it),
// or nil if there is none.
func (s *Server) Person(user, name string) *person.Person {
	var p *person.Person
	s.read(user, func(u *userStore) { p = clone(u.get(name)) })
	return p
}

// People returns copies of the stored records of all of user's people, in
// resource name order.
func (s *Server) People(user string) []*person.Person {
	var out []*person.Person
	s.read(user, func(u *userStore) {
		if u == nil {
			return
		}
		out = make([]*person.Person, 0, len(u.people))
		for _, p := range u.people {
			out = append(out, clone(p))
		}
	})
	if out == nil {
		return nil
	}
	slices.SortFunc(out, func(a, b *person.Person) int { return strings.Compare(a.GetResourceName(), b.GetResourceName()) })
	return out
}

// Put stores a copy of p in user's contacts under its resource name, replacing
// any person of that name: a test's way to change the store behind the
// clients' backs. It returns [CheckStored]'s error if p is not a valid stored
// contact, or the error of writing it to the data directory ([WithDataDir]).
func (s *Server) Put(user string, p *person.Person) error {
	if err := CheckStored(p); err != nil {
		return err
	}
	return s.write(user, func(u *userStore) error {
		u.put(clone(p))
		return nil
	})
}

// Delete removes the person named name from user's contacts and reports
// whether there was one (false too when writing the deletion to the data
// directory failed, which leaves the person in place).
func (s *Server) Delete(user, name string) bool {
	found := false
	err := s.write(user, func(u *userStore) error {
		found = u.people[name] != nil
		u.remove(name)
		return nil
	})
	return found && err == nil
}

// injection is a pending injected failure of one method.
type injection struct {
	method  Method
	status  string
	message string
	n       int
}

// InjectError makes the next n calls of method m fail with the canonical status
// (UNAVAILABLE, INTERNAL, ABORTED, RESOURCE_EXHAUSTED, ...) and message ("" for
// Google's usual message for that status), before the call reads or changes
// anything. Injections of one method queue up in the order given; n <= 0
// clears the queue of m.
//
// The status must be the name of a google.rpc.Code other than OK (CANCELLED,
// UNKNOWN, INVALID_ARGUMENT, DEADLINE_EXCEEDED, NOT_FOUND, ALREADY_EXISTS,
// PERMISSION_DENIED, RESOURCE_EXHAUSTED, FAILED_PRECONDITION, ABORTED,
// OUT_OF_RANGE, UNIMPLEMENTED, INTERNAL, UNAVAILABLE, DATA_LOSS,
// UNAUTHENTICATED) and m one of the Method constants: InjectError panics
// otherwise, as a mistyped status is a mistake in the test, not a failure to
// simulate.
func (s *Server) InjectError(m Method, status, message string, n int) {
	if n > 0 {
		if err := checkInjection(m, status); err != nil {
			panic("peoplefake: InjectError: " + err.Error())
		}
	}
	s.injMu.Lock()
	defer s.injMu.Unlock()
	if n <= 0 {
		delete(s.injected, m)
		return
	}
	if message == "" {
		message = defaultMessages[status]
	}
	s.injected[m] = append(s.injected[m], &injection{m, status, message, n})
}

// checkInjection reports what is wrong with an injected failure of m with
// status.
func checkInjection(m Method, status string) error {
	if !knownMethod(m) { // admin.go
		return fmt.Errorf("unknown method %q (use a Method constant)", m)
	}
	if _, ok := defaultMessages[status]; !ok {
		return fmt.Errorf("unknown status %q (use a google.rpc.Code name such as UNAVAILABLE, INTERNAL or ABORTED)", status)
	}
	return nil
}

// takeInjected consumes one pending injected failure of m, if any.
func (s *Server) takeInjected(m Method) error {
	s.injMu.Lock()
	defer s.injMu.Unlock()
	q := s.injected[m]
	if len(q) == 0 {
		return nil
	}
	in := q[0]
	in.n--
	if in.n <= 0 {
		s.injected[m] = q[1:]
	}
	return injected(in.status, in.message)
}

// defaultMessages are the messages Google's front end gives with a status when
// the backend gives none, for every google.rpc.Code name but OK: its keys are
// the statuses InjectError accepts.
var defaultMessages = map[string]string{
	"INVALID_ARGUMENT":    "Request contains an invalid argument.",
	"FAILED_PRECONDITION": "Precondition check failed.",
	"OUT_OF_RANGE":        "Request contains an invalid argument.",
	"UNAUTHENTICATED":     "Request had invalid authentication credentials.",
	"PERMISSION_DENIED":   "The caller does not have permission",
	"NOT_FOUND":           "Requested entity was not found.",
	"ABORTED":             "The operation was aborted.",
	"ALREADY_EXISTS":      "Requested entity already exists",
	"RESOURCE_EXHAUSTED":  "Resource has been exhausted (e.g. check quota).",
	"CANCELLED":           "The operation was cancelled.",
	"DATA_LOSS":           "Internal error encountered.",
	"UNKNOWN":             "Internal error encountered.",
	"INTERNAL":            "Internal error encountered.",
	"UNAVAILABLE":         "The service is currently unavailable.",
	"DEADLINE_EXCEEDED":   "The request was cancelled because it took too long.",
	"UNIMPLEMENTED":       "Operation is not implemented, or supported, or enabled.",
}

// idSeq is the generator of new contacts' and groups' ids, shared by every
// user: splitmix64 over a counter started at seed, so that ids look random
// yet repeat for the same seed, or the function of [WithIDGenerator]. The
// default sequence's state (seed and count) is what the data directory keeps
// (persist.go), so that a restarted fake goes on where it stopped.
type idSeq struct {
	mu     sync.Mutex
	seed   uint64
	count  uint64
	custom func() uint64 // WithIDGenerator; its state is its own
}

// next returns the next id.
func (q *idSeq) next() uint64 {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.custom != nil {
		return q.custom()
	}
	q.count++
	z := q.seed + q.count*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// state returns the default sequence's seed and the number of ids it has
// given.
func (q *idSeq) state() (seed, count uint64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.seed, q.count
}

// resume makes the default sequence go on from a saved state.
func (q *idSeq) resume(seed, count uint64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.seed, q.count = seed, count
}
