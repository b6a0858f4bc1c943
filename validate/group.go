// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate

import (
	"strings"
	"unicode"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// The rules of contact groups that do not depend on which groups a user has:
// the forms of group names, what system groups allow, and that a contact keeps
// at least one group. Whether a user group exists, and whether a name is
// already taken, is the store's business.

// systemGroups is the one table of the system contact groups every user
// has, in the order the API lists them. A contact may be added to the
// joinable ones only; the others are deprecated and only lose members.
var systemGroups = [...]struct {
	id       string
	joinable bool
}{
	{"myContacts", true},
	{"starred", true},
	{"friends", false},
	{"family", false},
	{"coworkers", false},
	{"chatBuddies", false},
	{"all", false},
	{"blocked", false},
}

// SystemGroupIDs returns the ids of the system contact groups every user has
// (contactGroups/{id}): myContacts, starred, friends, family, coworkers,
// chatBuddies, all, blocked. The result is the caller's.
func SystemGroupIDs() []string {
	out := make([]string, len(systemGroups))
	for i, g := range systemGroups {
		out[i] = g.id
	}
	return out
}

// systemGroup reports whether id is the id of a system contact group, and
// whether a contact may be added to it.
func systemGroup(id string) (system, joinable bool) {
	for _, g := range systemGroups {
		if g.id == id {
			return true, g.joinable
		}
	}
	return false, false
}

// closedSystemGroup reports whether id is the id of a system contact group a
// contact cannot be added to: every one but myContacts and starred.
func closedSystemGroup(id string) bool {
	system, joinable := systemGroup(id)
	return system && !joinable
}

// IsSystemGroup reports whether name is the resource name of a system contact
// group, such as contactGroups/myContacts.
func IsSystemGroup(name string) bool {
	id, ok := person.ContactGroupID(name)
	if !ok {
		return false
	}
	system, _ := systemGroup(id)
	return system
}

// GroupResourceName checks that name has the form contactGroups/{id}, with a
// non-empty id holding no "/": if not, it returns [apierror.InvalidGroupName]
// on resource_name.
func GroupResourceName(name string) error {
	if _, ok := person.ContactGroupID(name); !ok {
		return apierror.NewInvalidGroupName(name).WithField("resource_name", "")
	}
	return nil
}

// GroupName checks the name a client gives a user contact group
// (contactGroups.create, contactGroups.update): it must hold a character that
// is not white space. field is the request field it came from, such as
// contact_group.name. The error is [apierror.BlankGroupName] on field.
func GroupName(name, field string) error {
	if strings.TrimFunc(name, unicode.IsSpace) == "" {
		return apierror.NewBlankGroupName().WithField(field, "")
	}
	return nil
}

// GroupAcceptsMembers checks that contacts may be added to the contact group
// name: a user group, contactGroups/myContacts or contactGroups/starred. Any
// other system group gives [apierror.SystemGroup]; the other system groups are
// deprecated and only lose members.
func GroupAcceptsMembers(name string) error {
	if id, ok := person.ContactGroupID(name); ok && closedSystemGroup(id) {
		return apierror.NewSystemGroup(name)
	}
	return nil
}

// GroupRenamable checks that the contact group name may be renamed: system
// groups cannot be. The error is [apierror.RenameSystemGroup] on
// contact_group.resource_name.
func GroupRenamable(name string) error {
	if IsSystemGroup(name) {
		return apierror.NewRenameSystemGroup(name).WithField("contact_group.resource_name", "")
	}
	return nil
}

// GroupDeletable checks that the contact group name may be deleted: system
// groups cannot be. The error is [apierror.DeleteSystemGroup] on
// resource_name.
func GroupDeletable(name string) error {
	if IsSystemGroup(name) {
		return apierror.NewDeleteSystemGroup(name).WithField("resource_name", "")
	}
	return nil
}

// CanLeaveGroup reports whether the contact p may be removed from the contact
// group name: a contact cannot lose its last contact group. It is true when p's
// contact source ([person.Person.ContactSource]) keeps a membership of another
// contact group, or when p is not a member of name at all (removing it changes
// nothing).
func CanLeaveGroup(p *person.Person, name string) bool {
	cs := p.ContactSource()
	member, other := false, false
	for _, m := range p.GetMemberships() {
		g := m.GetContactGroupMembership().GetContactGroupResourceName()
		if g == "" || !person.IsContactItem(m, cs) {
			continue
		}
		if g == name {
			member = true
		} else {
			other = true
		}
	}
	return other || !member
}
