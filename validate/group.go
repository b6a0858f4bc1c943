// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// The rules of contact groups that do not depend on which groups a user has:
// the forms of group names, what system groups allow, and that a contact keeps
// at least one group. Whether a user group exists, and whether a name is
// already taken, is the store's business.

// systemGroupIDs are the ids of the system contact groups every user has, in
// the order the API lists them.
var systemGroupIDs = []string{"myContacts", "starred", "friends", "family", "coworkers", "chatBuddies", "all", "blocked"}

// SystemGroupIDs returns the ids of the system contact groups every user has
// (contactGroups/{id}): myContacts, starred, friends, family, coworkers,
// chatBuddies, all, blocked. The result is the caller's.
func SystemGroupIDs() []string { return append([]string(nil), systemGroupIDs...) }

// groupID returns the {id} of a contact group resource name
// "contactGroups/{id}", with a non-empty id holding no "/".
//
// lead: fold into person.ContactGroupID at merge.
func groupID(name string) (string, bool) {
	id, ok := strings.CutPrefix(name, groupPrefix)
	if !ok || id == "" || strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}

// IsSystemGroup reports whether name is the resource name of a system contact
// group, such as contactGroups/myContacts.
func IsSystemGroup(name string) bool {
	id, ok := groupID(name)
	if !ok {
		return false
	}
	for _, s := range systemGroupIDs {
		if s == id {
			return true
		}
	}
	return false
}

// GroupResourceName checks that name has the form contactGroups/{id}, with a
// non-empty id holding no "/": if not, it returns [apierror.InvalidGroupName]
// on resource_name.
func GroupResourceName(name string) error {
	if _, ok := groupID(name); !ok {
		return apierror.New(apierror.InvalidGroupName, name).WithField("resource_name", "")
	}
	return nil
}

// GroupName checks the name a client gives a user contact group
// (contactGroups.create, contactGroups.update): it must hold a character that
// is not white space. field is the request field it came from, such as
// contact_group.name. The error is INVALID_ARGUMENT; its text is not
// documented by the API.
func GroupName(name, field string) error {
	if strings.TrimFunc(name, unicode.IsSpace) == "" {
		return groupError("INVALID_ARGUMENT", "Contact group name must not be empty.").WithField(field, "")
	}
	return nil
}

// GroupAcceptsMembers checks that contacts may be added to the contact group
// name: a user group, contactGroups/myContacts or contactGroups/starred. Any
// other system group gives [apierror.SystemGroup]; the other system groups are
// deprecated and only lose members.
func GroupAcceptsMembers(name string) error {
	if id, ok := groupID(name); ok && blockedSystemGroups[id] {
		return apierror.New(apierror.SystemGroup, name)
	}
	return nil
}

// GroupRenamable checks that the contact group name may be renamed: system
// groups cannot be. The error is INVALID_ARGUMENT on
// contact_group.resource_name; its text is not documented by the API.
func GroupRenamable(name string) error {
	if IsSystemGroup(name) {
		return groupError("INVALID_ARGUMENT", "Cannot rename the system contact group %q.", name).
			WithField("contact_group.resource_name", "")
	}
	return nil
}

// GroupDeletable checks that the contact group name may be deleted: system
// groups cannot be. The error is INVALID_ARGUMENT on resource_name; its text
// is not documented by the API.
func GroupDeletable(name string) error {
	if IsSystemGroup(name) {
		return groupError("INVALID_ARGUMENT", "Cannot delete the system contact group %q.", name).
			WithField("resource_name", "")
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

// groupError returns an error of the given canonical status whose text the
// API does not document.
//
// lead: re-point at the new apierror API at merge.
func groupError(status, format string, args ...any) *apierror.Error {
	msg := fmt.Sprintf(format, args...)
	e := apierror.New(apierror.InvalidArgument, msg)
	if status != e.Status {
		in := apierror.Inject(status, msg)
		e.Code, e.Status, e.Reason = in.Code, in.Status, in.Reason
	}
	return e
}
