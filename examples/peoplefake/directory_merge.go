// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"strings"

	"google.golang.org/protobuf/proto"

	"github.com/peopleupdate/peopleupdate/person"
)

// mergeContacts returns a copy of the directory person p with the items and
// sources of every contact of user that shares an email address or a phone
// number with it (the verified join keys of mergeSources); u, the user's
// store, may be nil. The caller holds u.mu.
func mergeContacts(u *userStore, p *person.Person) *person.Person {
	if u == nil {
		return p
	}
	keys := joinKeys(p)
	var merged *person.Person
	for _, name := range sortedNames(u.people) {
		c := u.people[name]
		if c.ContactSource() == nil || !sharesKey(keys, c) {
			continue
		}
		if merged == nil {
			merged = clone(p)
		}
		add := clone(c)
		add.ResourceName, add.Etag = "", ""
		if add.Metadata != nil {
			add.Metadata.ObjectType = merged.GetMetadata().GetObjectType()
		}
		proto.Merge(merged, add)
	}
	if merged == nil {
		return p
	}
	return merged
}

// joinKeys returns the email addresses (lower case) and phone numbers
// (canonical form, else value) of p.
func joinKeys(p *person.Person) map[string]bool {
	keys := map[string]bool{}
	for _, e := range p.GetEmailAddresses() {
		if v := strings.ToLower(strings.TrimSpace(e.GetValue())); v != "" {
			keys["e:"+v] = true
		}
	}
	for _, ph := range p.GetPhoneNumbers() {
		v := ph.GetCanonicalForm()
		if v == "" {
			v = ph.GetValue()
		}
		if v != "" {
			keys["p:"+v] = true
		}
	}
	return keys
}

// sharesKey reports whether c has one of the join keys.
func sharesKey(keys map[string]bool, c *person.Person) bool {
	for k := range joinKeys(c) {
		if keys[k] {
			return true
		}
	}
	return false
}
