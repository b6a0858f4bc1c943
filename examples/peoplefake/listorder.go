// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"cmp"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate/person"
)

// listed is a contact as the sort indexes of people.connections.list hold it:
// the stored record and its sort keys, computed once when it is stored.
type listed struct {
	p           *person.Person
	name        string    // the resource name, every order's tie-break
	modified    time.Time // the latest updateTime of its sources
	first, last string    // the primary name's given and family names, lower-cased
}

// contactOrders are the sort indexes of a user's contacts (the people with a
// CONTACT source), one per SortOrder of people.connections.list, kept up to
// date by every write of the store: a page is a range of ranks of one of
// them, read in O(log n + page size). A write costs O(log n) in each index
// (see [index]). The zero value is an empty set of indexes.
//
// contactGroups.list, otherContacts.list and searchContacts are to page the
// same way, from an [index] of their own.
type contactOrders struct {
	byName map[string]*listed
	sorted map[string]*index[*listed] // by SortOrder
}

// orderCmps are the orders of the indexes, by SortOrder (each of sortOrders):
// the contacts as people.connections.list sorts them, ties broken by resource
// name. The name orders put the people without that name last.
var orderCmps = map[string]func(a, b *listed) int{
	"LAST_MODIFIED_ASCENDING": func(a, b *listed) int {
		return cmp.Or(a.modified.Compare(b.modified), strings.Compare(a.name, b.name))
	},
	"LAST_MODIFIED_DESCENDING": func(a, b *listed) int {
		return cmp.Or(b.modified.Compare(a.modified), strings.Compare(a.name, b.name))
	},
	"FIRST_NAME_ASCENDING": func(a, b *listed) int {
		return cmp.Or(compareNameKey(a.first, b.first), strings.Compare(a.name, b.name))
	},
	"LAST_NAME_ASCENDING": func(a, b *listed) int {
		return cmp.Or(compareNameKey(a.last, b.last), strings.Compare(a.name, b.name))
	},
}

// compareNameKey orders two name keys, the empty key last.
func compareNameKey(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}

// replace makes the indexes hold p, a stored person, under the resource name
// name in place of what they held under it: nothing when p is nil or has no
// CONTACT source. The caller holds the store's lock for writing.
func (o *contactOrders) replace(name string, p *person.Person) {
	if old := o.byName[name]; old != nil {
		for _, x := range o.sorted {
			x.Delete(old)
		}
		delete(o.byName, name)
	}
	if p == nil || p.ContactSource() == nil {
		return
	}
	if o.byName == nil {
		o.byName = make(map[string]*listed)
		o.sorted = make(map[string]*index[*listed], len(orderCmps))
		for order, c := range orderCmps {
			o.sorted[order] = newIndex(c)
		}
	}
	pn := primaryName(p)
	e := &listed{p: p, name: name, modified: modified(p),
		first: strings.ToLower(pn.GetGivenName()), last: strings.ToLower(pn.GetFamilyName())}
	o.byName[name] = e
	for _, x := range o.sorted {
		x.Insert(e)
	}
}

// page returns the number of contacts and the stored records of ranks [from,
// to) in the SortOrder order, one of sortOrders. The caller holds the store's
// lock.
func (o *contactOrders) page(order string, from, to int) (total int, page []*person.Person) {
	x := o.sorted[order]
	if x == nil {
		return 0, nil
	}
	for _, e := range x.AppendRange(nil, from, to) {
		page = append(page, e.p)
	}
	return x.Len(), page
}
