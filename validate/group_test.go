// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// groupErr is what the group tests check of an error: status, message and the
// fields at fault.
type groupErr struct {
	Status  string
	Message string
	Fields  []string
}

// asGroupErr returns err's parts; a nil err gives the zero value.
func asGroupErr(t *testing.T, err error) groupErr {
	t.Helper()
	if err == nil {
		return groupErr{}
	}
	var e *apierror.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *apierror.Error", err, err)
	}
	var fields []string
	for _, v := range e.Violations {
		fields = append(fields, v.Field)
	}
	return groupErr{e.Status, e.Message, fields}
}

func TestGroupRules(t *testing.T) {
	tests := []struct {
		name string
		got  error
		want groupErr
	}{
		{"user group name", validate.GroupResourceName("contactGroups/5a3f"), groupErr{}},
		{"system group name", validate.GroupResourceName("contactGroups/myContacts"), groupErr{}},
		{"no id", validate.GroupResourceName("contactGroups/"), groupErr{"INVALID_ARGUMENT", `Invalid contact group resource name "contactGroups/".`, []string{"resource_name"}}},
		{"nested", validate.GroupResourceName("contactGroups/a/b"), groupErr{"INVALID_ARGUMENT", `Invalid contact group resource name "contactGroups/a/b".`, []string{"resource_name"}}},
		{"person name", validate.GroupResourceName("people/c1"), groupErr{"INVALID_ARGUMENT", `Invalid contact group resource name "people/c1".`, []string{"resource_name"}}},
		{"name", validate.GroupName("Climbing", "contact_group.name"), groupErr{}},
		{"empty name", validate.GroupName("", "contact_group.name"), groupErr{"INVALID_ARGUMENT", "Contact group name must not be empty.", []string{"contact_group.name"}}},
		{"blank name", validate.GroupName(" \t\u00a0", "contact_group.name"), groupErr{"INVALID_ARGUMENT", "Contact group name must not be empty.", []string{"contact_group.name"}}},
		{"add to user group", validate.GroupAcceptsMembers("contactGroups/5a3f"), groupErr{}},
		{"add to myContacts", validate.GroupAcceptsMembers("contactGroups/myContacts"), groupErr{}},
		{"add to starred", validate.GroupAcceptsMembers("contactGroups/starred"), groupErr{}},
		{"add to family", validate.GroupAcceptsMembers("contactGroups/family"), groupErr{"INVALID_ARGUMENT", `Cannot add a contact to the system contact group "contactGroups/family".`, nil}},
		{"add to all", validate.GroupAcceptsMembers("contactGroups/all"), groupErr{"INVALID_ARGUMENT", `Cannot add a contact to the system contact group "contactGroups/all".`, nil}},
		{"rename user group", validate.GroupRenamable("contactGroups/5a3f"), groupErr{}},
		{"rename starred", validate.GroupRenamable("contactGroups/starred"), groupErr{"INVALID_ARGUMENT", `Cannot rename the system contact group "contactGroups/starred".`, []string{"contact_group.resource_name"}}},
		{"delete user group", validate.GroupDeletable("contactGroups/5a3f"), groupErr{}},
		{"delete blocked", validate.GroupDeletable("contactGroups/blocked"), groupErr{"INVALID_ARGUMENT", `Cannot delete the system contact group "contactGroups/blocked".`, []string{"resource_name"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, asGroupErr(t, tt.got)); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsSystemGroup(t *testing.T) {
	for _, id := range validate.SystemGroupIDs() {
		if !validate.IsSystemGroup("contactGroups/" + id) {
			t.Errorf("IsSystemGroup(contactGroups/%s) = false, want true", id)
		}
	}
	for _, name := range []string{"contactGroups/5a3f", "contactGroups/", "myContacts", "contactGroups/myContacts/x", "contactGroups/MyContacts"} {
		if validate.IsSystemGroup(name) {
			t.Errorf("IsSystemGroup(%q) = true, want false", name)
		}
	}
	want := []string{"myContacts", "starred", "friends", "family", "coworkers", "chatBuddies", "all", "blocked"}
	got := validate.SystemGroupIDs()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SystemGroupIDs mismatch (-want +got):\n%s", diff)
	}
	got[0] = "changed"
	if validate.SystemGroupIDs()[0] != "myContacts" {
		t.Error("SystemGroupIDs shares its result")
	}
}

// contact returns a contact whose contact source holds memberships of groups,
// plus one membership of other of another source.
func contact(other string, groups ...string) *person.Person {
	cs := &person.Source{Type: person.Source_CONTACT, Id: "1"}
	p := &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{cs}}}
	for _, g := range groups {
		p.Memberships = append(p.Memberships, &person.Membership{
			Metadata:               &person.FieldMetadata{Source: &person.Source{Type: person.Source_CONTACT, Id: "1"}},
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: g},
		})
	}
	if other != "" {
		p.Memberships = append(p.Memberships, &person.Membership{
			Metadata:               &person.FieldMetadata{Source: &person.Source{Type: person.Source_PROFILE, Id: "9"}},
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: other},
		})
	}
	return p
}

func TestCanLeaveGroup(t *testing.T) {
	const g = "contactGroups/5a3f"
	tests := []struct {
		p    *person.Person
		want bool
	}{
		{contact("", g), false},
		{contact("", g, "contactGroups/myContacts"), true},
		{contact("", "contactGroups/myContacts"), true}, // not a member: nothing to lose
		{contact("contactGroups/myContacts", g), false}, // another source's membership does not count
		{contact("", g, g), false},                      // the same group twice is still one
		{contact(""), true},                             // no groups at all
		{&person.Person{Memberships: []*person.Membership{{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: g}}}}, false}, // items without a source count
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			if got := validate.CanLeaveGroup(tt.p, g); got != tt.want {
				t.Errorf("CanLeaveGroup = %t, want %t", got, tt.want)
			}
		})
	}
}

func ExampleCanLeaveGroup() {
	p := &person.Person{Memberships: []*person.Membership{
		{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/myContacts"}},
	}}
	fmt.Println(validate.CanLeaveGroup(p, "contactGroups/myContacts"))
	fmt.Println(validate.GroupAcceptsMembers("contactGroups/friends"))
	// Output:
	// false
	// Error 400: Cannot add a contact to the system contact group "contactGroups/friends"., badRequest
}
