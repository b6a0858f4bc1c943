// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"time"

	"github.com/peopleupdate/peopleupdate/person"
)

// DefaultUser is the user whose contacts every request reads and writes when
// auth is off, and the user [WithPeople] seeds.
const DefaultUser = "default"

// DefaultBodyLimit is the largest request body the fake accepts unless
// [WithBodyLimit] says otherwise: 10 MiB.
const DefaultBodyLimit = 10 << 20

// An Option configures a [Server] made by [New]. The With functions of this
// package (and of package fakeclient) make them.
type Option interface {
	apply(*config)
}

// optionFunc is an Option that is a function.
type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// config is what the options set.
type config struct {
	seeds     []seed
	seedFiles []seedFile
	now       func() time.Time
	canon     func(value, region string) string
	canonSet  bool
	region    string
	bodyLimit int64
	auth      bool
	tokens    map[string]grant
	inject    []injection
	idSeed    uint64
	ids       func() uint64
	noCORS    bool   // WithoutCORS (cors.go)
	dataDir   string // WithDataDir (persist.go)

	profiles   []profileSeed    // me.go
	directory  []*person.Person // me.go
	groups     []userGroups     // me.go, seed_groups.go
	noAdmin    bool             // admin.go
	requestLog int              // admin.go; -1: the default
	others     []seed           // other contacts (othercontacts.go)
	search     searchConfig     // search.go
}

// seed is the people WithPeople or WithUserPeople (or, with contacts set,
// WithContacts or WithUserContacts) gave for one user.
type seed struct {
	user     string
	people   []*person.Person
	contacts bool // people are createContact bodies, not stored records
}

// seedFile is a file WithSeedFile or WithUserSeedFile named for one user.
type seedFile struct {
	user, path string
}

// grant is what a bearer token stands for when auth is on.
type grant struct {
	// User owns the contacts the token reads and writes; each user has their own.
	User string
	// ReadOnly marks a token granted only the
	// https://www.googleapis.com/auth/contacts.readonly scope: mutations answer
	// 403 PERMISSION_DENIED.
	ReadOnly bool
}

// WithPeople seeds the contacts of [DefaultUser] with copies of people: full
// stored records, as [Server.Person] returns them and [Sample] is, each with a
// resourceName (people/{id}), metadata.sources holding its CONTACT source (id,
// etag, updateTime), and items whose metadata.source is one of those sources.
// [New] panics, naming the record and what to add, if one is not such a record
// (see [CheckStored]) or two share a resource name. To seed persons as a client
// would create them, without writing metadata, use [WithContacts].
func WithPeople(people ...*person.Person) Option {
	return WithUserPeople(DefaultUser, people...)
}

// WithUserPeople seeds the contacts of user with copies of people, as
// [WithPeople] does for [DefaultUser].
func WithUserPeople(user string, people ...*person.Person) Option {
	return optionFunc(func(c *config) { c.seeds = append(c.seeds, seed{user: user, people: people}) })
}

// WithContacts seeds the contacts of [DefaultUser] with persons written as a
// client would send them to people.createContact (names, emailAddresses, ...,
// no resourceName, etag or metadata): [New] turns each into a stored contact
// the way createContact does, with a CONTACT source (new id, etag, updateTime
// from the clock), computed values (displayName, canonicalForm, ...) and
// membership of contactGroups/myContacts. New panics, naming the person, if
// createContact would reject one. Package fakeclient has the same for the
// official client's *people.Person.
func WithContacts(contacts ...*person.Person) Option {
	return WithUserContacts(DefaultUser, contacts...)
}

// WithUserContacts seeds the contacts of user as [WithContacts] does for
// [DefaultUser].
func WithUserContacts(user string, contacts ...*person.Person) Option {
	return optionFunc(func(c *config) {
		c.seeds = append(c.seeds, seed{user: user, people: contacts, contacts: true})
	})
}

// WithSeedFile seeds the contacts of [DefaultUser] from a JSON file of the form
// {"people": [<stored Person>, ...], "contacts": [<createContact body>, ...]}
// (see [ParseSeed]). [New] panics if the
// file cannot be read or parsed; use [LoadSeed] and [WithPeople] to handle the
// error yourself.
func WithSeedFile(path string) Option {
	return WithUserSeedFile(DefaultUser, path)
}

// WithUserSeedFile seeds the contacts of user from a JSON file, as
// [WithSeedFile] does for [DefaultUser].
func WithUserSeedFile(user, path string) Option {
	return optionFunc(func(c *config) { c.seedFiles = append(c.seedFiles, seedFile{user, path}) })
}

// WithClock makes the fake read the time from now (new contacts' and updated
// sources' updateTime). The default is [time.Now].
func WithClock(now func() time.Time) Option {
	return optionFunc(func(c *config) { c.now = now })
}

// WithPhoneCanonicalizer replaces the function that computes
// PhoneNumber.canonicalForm from a value and the default region ("" means
// absent). The default is [Libphonenumber] behind a cache of
// [DefaultPhoneCacheSize] results ([CachedCanonicalizer]); nil selects the
// core library's built-in rule (docs/[SPEC §5]).
//
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
func WithPhoneCanonicalizer(fn func(value, region string) string) Option {
	return optionFunc(func(c *config) { c.canon, c.canonSet = fn, true })
}

// WithDefaultRegion sets the region (CLDR code such as "US" or "MX") phone
// numbers without a country code are read in. The default is "US".
func WithDefaultRegion(region string) Option {
	return optionFunc(func(c *config) { c.region = region })
}

// WithBodyLimit sets the largest request body accepted, in bytes; a larger one
// answers 413 with Google's envelope. The default is [DefaultBodyLimit].
func WithBodyLimit(n int64) Option {
	return optionFunc(func(c *config) { c.bodyLimit = n })
}

// WithAuth turns bearer-token auth on: a request without an
// "Authorization: Bearer <token>" header (or access_token parameter) naming a
// token given to [WithToken] answers 401 UNAUTHENTICATED. Auth is off by
// default, and every request then acts as [DefaultUser].
func WithAuth() Option {
	return optionFunc(func(c *config) { c.auth = true })
}

// WithToken turns auth on and accepts token as the given user with the
// https://www.googleapis.com/auth/contacts scope.
func WithToken(token, user string) Option {
	return withToken(token, grant{User: user})
}

// WithReadOnlyToken turns auth on and accepts token as the given user with only
// the https://www.googleapis.com/auth/contacts.readonly scope: reads succeed,
// mutations answer 403 PERMISSION_DENIED.
func WithReadOnlyToken(token, user string) Option {
	return withToken(token, grant{User: user, ReadOnly: true})
}

func withToken(token string, t grant) Option {
	return optionFunc(func(c *config) {
		c.auth = true
		if c.tokens == nil {
			c.tokens = make(map[string]grant)
		}
		c.tokens[token] = t
	})
}

// WithErrorInjection makes the next n calls of method m fail with the canonical
// status (a google.rpc.Code name other than OK: UNAVAILABLE, INTERNAL,
// RESOURCE_EXHAUSTED, ABORTED, ...) and Google's usual message for it, before
// the call reads or changes anything. [New] panics if the status is not such a
// name or m is not one of the Method constants. See [Server.InjectError] to
// inject while running.
func WithErrorInjection(m Method, status string, n int) Option {
	return optionFunc(func(c *config) { c.inject = append(c.inject, injection{m, status, "", n}) })
}

// WithIDSeed seeds the generator of new contacts' source ids (16 hex digits,
// random-looking, the same sequence for the same seed). The default seed is 0.
// With [WithDataDir], only a new directory takes it: a directory with state
// goes on with the sequence it saved.
func WithIDSeed(seed uint64) Option {
	return optionFunc(func(c *config) { c.idSeed, c.ids = seed, nil })
}

// WithIDGenerator replaces the generator of new contacts' source ids: each call
// returns the next id, written as 16 hex digits; the resource name is
// people/c + its decimal value. An id already used by the user is skipped.
func WithIDGenerator(next func() uint64) Option {
	return optionFunc(func(c *config) { c.ids = next })
}

// WithDataDir makes the fake keep its state in the directory dir (made if
// need be), in the bbolt database file [DataFile]: every write a request
// makes (contacts, contact groups, photos, other contacts, the profile, the
// change log of incremental syncs, and the id sequence) is committed there, synced to disk, in one
// transaction per request, before the response is written, so that a crash
// at any moment loses no acknowledged write and leaves no half-applied one. A
// commit that fails answers 500 INTERNAL and the change is dropped from memory
// too. A fake made on the same directory later resumes exactly where the last
// one stopped (etags, ids and all), and does not plant its seeds; a new (or
// empty) directory is seeded as a fake without one would be, and the seeds
// are written there. A directory holding other files, a data file that is
// corrupt, or one of another format is an error of [Open] naming the file,
// never a silent reset; so is a directory another process has open.
//
// The directory's id sequence resumes too: [WithIDSeed] matters only for a
// new directory. An id generator of [WithIDGenerator] is not saved; a
// restarted fake skips the ids its users hold but may hand out an id of a
// deleted contact again. Not kept: the directory ([WithDirectory], planted
// again on every start), the clock's [Server.SetNow] and [Server.Advance],
// pending injected errors and the admin API's request list. Call
// [Server.Close] to release the directory.
func WithDataDir(dir string) Option {
	return optionFunc(func(c *config) { c.dataDir = dir })
}
