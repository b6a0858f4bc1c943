// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Page sizes of people.searchContacts and otherContacts.search.
const (
	defaultSearchSize = 10
	maxSearchSize     = 30
)

// searchConfig is how searches see the store.
type searchConfig struct {
	// stale: searches see the people as they were at the user's last
	// warm-up (a search with an empty query), as the real service's cache
	// does; before any warm-up they find nothing.
	stale bool
}

// WithStaleSearch makes people.searchContacts and otherContacts.search answer
// from a cache, as the real service does: the results reflect the contacts as
// they were at the user's last warm-up request (a search with an empty
// query), and before the first warm-up a search finds nothing. Without it, a
// search sees every write at once. Use it to test that a client warms up
// before it searches.
func WithStaleSearch() Option {
	return optionFunc(func(c *config) { c.search.stale = true })
}

// searchResponse is a SearchResponse.
type searchResponse struct {
	Results []searchResult `json:"results,omitempty"`
}

// searchResult is a SearchResult.
type searchResult struct {
	Person json.RawMessage `json:"person,omitempty"`
}

// searchSize returns a search's pageSize: 10 if absent or 0, at most 30.
func (c *call) searchSize() (int, error) {
	n, err := c.intParam("pageSize")
	if err != nil {
		return 0, err
	}
	switch {
	case n == 0:
		return defaultSearchSize, nil
	case n > maxSearchSize:
		return maxSearchSize, nil
	}
	return n, nil
}

// searchIn returns the index of one of a user's collections to search, made
// or (on a warm-up of a stale search) remade as needed: slot is u.index or
// u.oindex, all the collection, fields the values people are found by.
func (s *Server) searchIn(user string, warmUp bool, slot func(*userStore) **searchIndex,
	all func(*userStore) map[string]*person.Person, fields func(*person.Person) []string) {
	need := false
	s.read(user, func(u *userStore) { need = u != nil && (*slot(u) == nil || (warmUp && s.search.stale)) })
	if !need {
		return
	}
	// The index is derived state, never a record: the write commits nothing.
	_ = s.write(user, func(u *userStore) error {
		x := *slot(u)
		if x == nil || (warmUp && s.search.stale) {
			people := all(u)
			if s.search.stale && !warmUp {
				people = nil // no warm-up yet: the cache is empty
			}
			x = newSearchIndex(people, fields)
			x.frozen = s.search.stale
			*slot(u) = x
		}
		return nil
	})
}

// searchContacts serves people.searchContacts: the contacts whose names,
// nicknames, email addresses, phone numbers or organizations (of the contact
// source) have words the query's words begin. An empty query is the warm-up
// request: it answers no results.
func (s *Server) searchContacts(c *call) ([]byte, error) {
	read, err := mask.SearchContacts.ParseRead(c.mask("readMask"))
	if err != nil {
		return nil, err
	}
	srcs := c.sources()
	if len(srcs) == 0 {
		srcs = []string{"READ_SOURCE_TYPE_CONTACT"}
	}
	src, err := mask.ParseSources(srcs)
	if err != nil {
		return nil, err
	}
	size, err := c.searchSize()
	if err != nil {
		return nil, err
	}
	q := queryWords(c.first("query"))
	s.searchIn(c.user, len(q) == 0, func(u *userStore) **searchIndex { return &u.index },
		func(u *userStore) map[string]*person.Person { return u.people }, contactValues)
	return s.searchAnswer(c.user, q, size, read, src, func(u *userStore) *searchIndex { return u.index })
}

// searchAnswer runs a search of query over the index slot gives and renders
// its results.
func (s *Server) searchAnswer(user string, query []string, size int, read mask.Read, src mask.Sources, slot func(*userStore) *searchIndex) ([]byte, error) {
	var out searchResponse
	var err error
	s.read(user, func(u *userStore) {
		if u == nil || len(query) == 0 || slot(u) == nil {
			return
		}
		x := slot(u)
		for _, key := range x.search(query, size) {
			var r *person.Person
			if r, err = peopleupdate.ReadParsed(x.people[key], read, src); err != nil {
				return
			}
			var b []byte
			if b, err = person.Marshal(r); err != nil {
				return
			}
			out.Results = append(out.Results, searchResult{Person: b})
		}
	})
	if err != nil {
		return nil, err
	}
	return mustJSON(out), nil
}
