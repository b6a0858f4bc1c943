// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate

import (
	"iter"
	"strconv"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/merge"
	"github.com/peopleupdate/peopleupdate/person"
)

// Content checks the content of the fields of update mask u in the request
// body req against the stored person ([SPEC §3] step 7). It looks only at the
// items the merge will keep: those [person.IsContactItem] accepts for stored's contact
// source and that are not [merge.Empty]. The rules are applied one after the
// other, in this order; within a rule the fields go in canonical order (the
// order of the 24 updatePersonFields paths, whatever the order of the mask)
// and the items in request order; the first violation is returned:
//
//  1. a singleton field (names, birthdays, biographies, genders) with more
//     than one item: [apierror.SingletonViolation], on person.<field>;
//  2. memberships in the mask and no item with a contactGroupResourceName:
//     [apierror.NoMembership], on person.memberships;
//  3. a contactGroupResourceName not of the form contactGroups/{id}, with a
//     non-empty id holding no "/": [apierror.InvalidGroupName];
//  4. one naming a system group other than myContacts and starred (all,
//     blocked, chatBuddies, coworkers, family, friends) that stored's contact
//     source is not already in: [apierror.SystemGroup]; rules 3 and 4 are on
//     person.memberships[i].contact_group_membership.contact_group_resource_name;
//  5. a Date (birthdays.date, events.date, organizations.startDate, then
//     organizations.endDate of the same item) out of range:
//     [apierror.InvalidDate] naming its path, such as events[1].date, on
//     person.events[1].date; a Date is valid with year 0–9999, month
//     0–12 and day 0–31, the day valid for the month (February 29 only in a
//     leap year or with year 0) and a day only with a month; an all-zero Date
//     means no date and is valid;
//  6. more than one item with metadata.sourcePrimary in a field other than
//     memberships (whose flag is dropped): [apierror.TwoSourcePrimary], on
//     person.<field>.
//
// Messages name fields by their JSON names, as the API's do; field paths use
// proto names. An index i is the item's index in the request body, ignored
// and empty items counted. Whether a user group exists is the store's
// business, not Content's.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func Content(req *person.Person, u mask.Update, stored *person.Person) error {
	c := content{req: req, u: u, stored: stored, cs: stored.ContactSource()}
	for _, rule := range []func(*content) *apierror.Error{
		(*content).singletons,
		(*content).membershipKept,
		(*content).groupNames,
		(*content).systemGroups,
		(*content).dates,
		(*content).sourcePrimary,
	} {
		if err := rule(&c); err != nil {
			return err
		}
	}
	return nil
}

// content is one Content call: the request, its update mask, the stored
// person and the contact source the kept items belong to.
type content struct {
	req    *person.Person
	u      mask.Update
	stored *person.Person
	cs     *person.Source
	groups map[string]bool // the stored contact's group names; nil until inGroup needs them
}

// items iterates over the kept, non-empty request items of field f, with their
// indexes in the request.
func (c *content) items(f person.Field) iter.Seq2[int, person.Item] {
	return func(yield func(int, person.Item) bool) {
		for i, it := range f.Items(c.req) {
			if person.IsContactItem(it, c.cs) && !merge.Empty(f, it) && !yield(i, it) {
				return
			}
		}
	}
}

// count returns the number of kept, non-empty items of f for which pred holds.
func (c *content) count(f person.Field, pred func(person.Item) bool) int {
	n := 0
	for _, it := range c.items(f) {
		if pred(it) {
			n++
		}
	}
	return n
}

// memberships iterates over the kept, non-empty request memberships with
// their indexes, if memberships is in the mask.
func (c *content) memberships() iter.Seq2[int, *person.Membership] {
	return func(yield func(int, *person.Membership) bool) {
		if !c.u.Has(person.FieldMemberships) {
			return
		}
		for i, it := range c.items(person.FieldMemberships) {
			if !yield(i, it.(*person.Membership)) {
				return
			}
		}
	}
}

// Rule 1.
func (c *content) singletons() *apierror.Error {
	for f := range c.u.All() {
		if f.Singleton() && c.count(f, always) > 1 {
			return apierror.NewSingletonViolation(f.JSONName()).WithField("person."+f.ProtoName(), "")
		}
	}
	return nil
}

// Rule 2.
func (c *content) membershipKept() *apierror.Error {
	if !c.u.Has(person.FieldMemberships) {
		return nil
	}
	for _, m := range c.memberships() {
		if m.GetContactGroupMembership().GetContactGroupResourceName() != "" {
			return nil
		}
	}
	return apierror.NewNoMembership().WithField("person."+person.FieldMemberships.ProtoName(), "")
}

// Rule 3.
func (c *content) groupNames() *apierror.Error {
	for i, m := range c.memberships() {
		if name := m.GetContactGroupMembership().GetContactGroupResourceName(); !validGroupName(name) {
			return apierror.NewInvalidGroupName(name).WithField(groupNameField(i), "")
		}
	}
	return nil
}

// Rule 4.
func (c *content) systemGroups() *apierror.Error {
	for i, m := range c.memberships() {
		name := m.GetContactGroupMembership().GetContactGroupResourceName()
		if id, _ := person.ContactGroupID(name); closedSystemGroup(id) && !c.inGroup(name) {
			return apierror.NewSystemGroup(name).WithField(groupNameField(i), "")
		}
	}
	return nil
}

// Rule 5.
func (c *content) dates() *apierror.Error {
	for f := range c.u.All() {
		if dateFields[f] == nil {
			continue
		}
		for i, it := range c.items(f) {
			for _, d := range dateFields[f] {
				if !validDate(d.get(it)) {
					return apierror.NewInvalidDate(f.JSONName()+"["+strconv.Itoa(i)+"]."+d.json).
						WithField("person."+f.ProtoName()+"["+strconv.Itoa(i)+"]."+d.proto, "")
				}
			}
		}
	}
	return nil
}

// Rule 6.
func (c *content) sourcePrimary() *apierror.Error {
	for f := range c.u.All() {
		if f != person.FieldMemberships && c.count(f, isSourcePrimary) > 1 {
			return apierror.NewTwoSourcePrimary(f.JSONName()).WithField("person."+f.ProtoName(), "")
		}
	}
	return nil
}

// always holds for every item.
func always(person.Item) bool { return true }

// isSourcePrimary reports whether an item is flagged sourcePrimary.
func isSourcePrimary(it person.Item) bool { return it.GetMetadata().GetSourcePrimary() }

// validGroupName reports whether name has the form contactGroups/{id}
// ([person.ContactGroupID]).
func validGroupName(name string) bool {
	_, ok := person.ContactGroupID(name)
	return ok
}

// groupNameField returns the field path of the group name of request
// membership i.
func groupNameField(i int) string {
	return "person.memberships[" + strconv.Itoa(i) + "].contact_group_membership.contact_group_resource_name"
}

// inGroup reports whether the stored contact is already a member of the
// contact group name. The stored contact's groups are gathered on first use,
// so that checking many memberships against many stored ones takes linear
// time.
func (c *content) inGroup(name string) bool {
	if c.groups == nil {
		c.groups = make(map[string]bool)
		for _, m := range c.stored.GetMemberships() {
			if person.IsContactItem(m, c.cs) {
				c.groups[m.GetContactGroupMembership().GetContactGroupResourceName()] = true
			}
		}
	}
	return c.groups[name]
}

// A dateField is one Date of an item: its JSON and proto names and how to get
// it from an item of its field.
type dateField struct {
	json, proto string
	get         func(person.Item) *person.Date
}

// dateFields lists, for each field whose items hold Dates, those Dates in the
// order rule 5 checks them.
var dateFields = [person.NumFields][]dateField{
	person.FieldBirthdays: {{"date", "date", func(it person.Item) *person.Date { return it.(*person.Birthday).GetDate() }}},
	person.FieldEvents:    {{"date", "date", func(it person.Item) *person.Date { return it.(*person.Event).GetDate() }}},
	person.FieldOrganizations: {
		{"startDate", "start_date", func(it person.Item) *person.Date { return it.(*person.Organization).GetStartDate() }},
		{"endDate", "end_date", func(it person.Item) *person.Date { return it.(*person.Organization).GetEndDate() }},
	},
}

// validDate reports whether d is a Date the API accepts ([SPEC §3] step 7):
// year 0–9999, month 0–12 and day 0–31, the day valid for the month (February
// 29 only in a leap year or with year 0) and a day only with a month. An
// absent (nil) or all-zero Date is valid: it means no date.
//
// [SPEC §3]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#3-checks-in-this-order-the-first-failure-is-returned-nothing-is-changed
func validDate(d *person.Date) bool {
	y, m, day := d.GetYear(), d.GetMonth(), d.GetDay()
	switch {
	case y < 0 || y > 9999 || m < 0 || m > 12 || day < 0:
		return false
	case day == 0:
		return true
	case m == 0:
		return false
	}
	return day <= daysIn(y, m)
}

// daysIn returns the number of days of month m (1–12) of year y; year 0, no
// year, has a February 29.
func daysIn(y, m int32) int32 {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
