// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package validate_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/validate"
)

func singleton(jsonName, protoName string) wantError {
	return wantError{apierror.SingletonViolation, "Cannot have more than one person." + jsonName + " per source.", []string{"person." + protoName}}
}

var noMembership = wantError{apierror.NoMembership, "Contact must keep at least one contact group membership.", []string{"person.memberships"}}

func groupField(i int) []string {
	return []string{fmt.Sprintf("person.memberships[%d].contact_group_membership.contact_group_resource_name", i)}
}

func invalidGroup(name string, i int) wantError {
	return wantError{apierror.InvalidGroupName, `Invalid contact group resource name "` + name + `".`, groupField(i)}
}

func systemGroup(name string, i int) wantError {
	return wantError{apierror.SystemGroup, `Cannot add a contact to the system contact group "` + name + `".`, groupField(i)}
}

func invalidDate(jsonPath, protoPath string) wantError {
	return wantError{apierror.InvalidDate, "Invalid date in person." + jsonPath + ".", []string{"person." + protoPath}}
}

func twoSourcePrimary(jsonName, protoName string) wantError {
	return wantError{apierror.TwoSourcePrimary, "Cannot have more than one person." + jsonName + " with sourcePrimary per source.", []string{"person." + protoName}}
}

// Item metadata naming other sources than the stored contact's.
const (
	profileMeta   = `"metadata": {"source": {"type": "PROFILE", "id": "108123456789012345678"}}`
	otherIDMeta   = `"metadata": {"source": {"type": "CONTACT", "id": "7e04c9b1f2a86d0c"}}`
	contactMeta   = `"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}`
	contactNoID   = `"metadata": {"source": {"type": "CONTACT"}}`
	primaryMeta   = `"metadata": {"sourcePrimary": true}`
	primaryOthers = `"metadata": {"sourcePrimary": true, "source": {"type": "PROFILE", "id": "1"}}`
)

func TestContent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		desc   string
		update string
		req    string
		stored string // "" for storedJSON
		want   wantError
	}{
		// Rule 1: singletons.
		{"one name", "names", `{"names": [{"givenName": "Margaret"}]}`, "", wantError{}},
		{"no name", "names", `{}`, "", wantError{}},
		{"two names (030)", "names", `{"names": [{"givenName": "Margaret"}, {"givenName": "Maggie"}]}`, "", singleton("names", "names")},
		{"two birthdays (031)", "birthdays", `{"birthdays": [{"date": {"year": 1986, "month": 7, "day": 12}}, {"date": {"month": 7, "day": 21}}]}`, "", singleton("birthdays", "birthdays")},
		{"two biographies", "biographies", `{"biographies": [{"value": "a"}, {"value": "b"}]}`, "", singleton("biographies", "biographies")},
		{"two genders", "genders", `{"genders": [{"value": "female"}, {"value": "other"}]}`, "", singleton("genders", "genders")},
		{"two names, one of this contact's source, one of no id", "names", `{"names": [{` + contactMeta + `, "givenName": "A"}, {` + contactNoID + `, "givenName": "B"}]}`, "", singleton("names", "names")},
		{"two names, one of a profile", "names", `{"names": [{"givenName": "A"}, {` + profileMeta + `, "givenName": "B"}]}`, "", wantError{}},
		{"two names, one of another contact", "names", `{"names": [{"givenName": "A"}, {` + otherIDMeta + `, "givenName": "B"}]}`, "", wantError{}},
		{"two names, one empty", "names", `{"names": [{"givenName": "A"}, {"displayName": "B", "metadata": {"primary": true}}]}`, "", wantError{}},
		{"two names, not masked", "emailAddresses", `{"names": [{"givenName": "A"}, {"givenName": "B"}]}`, "", wantError{}},
		{"two emails: not a singleton", "emailAddresses", `{"emailAddresses": [{"value": "a@x"}, {"value": "b@x"}]}`, "", wantError{}},
		{"singletons in canonical order", "names,genders,birthdays", `{"names": [{"givenName": "A"}, {"givenName": "B"}], "genders": [{"value": "a"}, {"value": "b"}], "birthdays": [{"text": "a"}, {"text": "b"}]}`, "", singleton("birthdays", "birthdays")},

		// Rule 2: a membership must remain.
		{"memberships cleared (032)", "memberships", `{}`, "", noMembership},
		{"only a domain membership", "memberships", `{"memberships": [{"domainMembership": {"inViewerDomain": true}}]}`, "", noMembership},
		{"only a group id", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupId": "myContacts"}}]}`, "", noMembership},
		{"only another source's membership", "memberships", `{"memberships": [{` + profileMeta + `, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}]}`, "", noMembership},
		{"memberships not masked", "names", `{}`, "", wantError{}},
		{"myContacts and starred (034)", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/starred"}}]}`, "", wantError{}},
		{"a user group", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/4d7b1fa08e3c5a21"}}]}`, "", wantError{}},
		{"no membership before an invalid one elsewhere", "memberships,names", `{"names": [{"givenName": "A"}, {"givenName": "B"}]}`, "", singleton("names", "names")},

		// Rule 3: group names.
		{"bare group id", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "family"}}]}`, "", invalidGroup("family", 0)},
		{"empty group id", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/"}}]}`, "", invalidGroup("contactGroups/", 0)},
		{"group id with a slash", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/a/b"}}]}`, "", invalidGroup("contactGroups/a/b", 0)},
		{"group collection in lower case", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactgroups/myContacts"}}]}`, "", invalidGroup("contactgroups/myContacts", 0)},
		{"collection only", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups"}}]}`, "", invalidGroup("contactGroups", 0)},
		{"the request index counts ignored and empty items", "memberships", `{"memberships": [{"domainMembership": {}}, {` + profileMeta + `, "contactGroupMembership": {"contactGroupResourceName": "bad"}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}, {"contactGroupMembership": {"contactGroupResourceName": "x/y"}}]}`, "", invalidGroup("x/y", 3)},
		{"an ignored item's invalid name", "memberships", `{"memberships": [{` + otherIDMeta + `, "contactGroupMembership": {"contactGroupResourceName": "bad"}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}]}`, "", wantError{}},
		{"invalid names before system groups", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}, {"contactGroupMembership": {"contactGroupResourceName": "bad"}}]}`, "", invalidGroup("bad", 1)},
		{"names quoted", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "a\"b"}}]}`, "", wantError{apierror.InvalidGroupName, `Invalid contact group resource name "a\"b".`, groupField(0)}},

		// Rule 4: system groups.
		{"family added (033)", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`, "", systemGroup("contactGroups/family", 1)},
		{"all added", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/all"}}]}`, "", systemGroup("contactGroups/all", 0)},
		{"blocked added", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/blocked"}}]}`, "", systemGroup("contactGroups/blocked", 0)},
		{"chatBuddies added", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/chatBuddies"}}]}`, "", systemGroup("contactGroups/chatBuddies", 0)},
		{"coworkers added", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/coworkers"}}]}`, "", systemGroup("contactGroups/coworkers", 0)},
		{"friends added", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/friends"}}]}`, "", systemGroup("contactGroups/friends", 0)},
		{"Family is a user group", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/Family"}}]}`, "", wantError{}},
		{"family kept", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`,
			`{"resourceName": "people/c1", "metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#x"}]}, "memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`, wantError{}},
		{"family kept, the stored item naming the source", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`,
			`{"resourceName": "people/c1", "metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#x"}]}, "memberships": [{` + contactMeta + `, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`, wantError{}},
		{"family of another source's membership", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`,
			`{"resourceName": "people/c1", "metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#x"}]}, "memberships": [{` + otherIDMeta + `, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`, systemGroup("contactGroups/family", 0)},
		{"family kept, friends added", "memberships", `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/friends"}}]}`,
			`{"resourceName": "people/c1", "metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#x"}]}, "memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}]}`, systemGroup("contactGroups/friends", 1)},
		{"family of an ignored item", "memberships", `{"memberships": [{` + profileMeta + `, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/family"}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/starred"}}]}`, "", wantError{}},

		// Rule 5: dates.
		{"February 29 of 2023 (035)", "birthdays", `{"birthdays": [{"date": {"year": 2023, "month": 2, "day": 29}}]}`, "", invalidDate("birthdays[0].date", "birthdays[0].date")},
		{"February 29 without a year (036)", "birthdays", `{"birthdays": [{"date": {"month": 2, "day": 29}}]}`, "", wantError{}},
		{"fields in canonical order, not mask order (049)", "organizations,events", `{"organizations": [{"name": "Northwind", "startDate": {"year": 2019, "month": 6, "day": 31}}], "events": [{"date": {"year": 2012, "month": 6, "day": 9}, "type": "anniversary"}, {"date": {"year": 2023, "month": 13, "day": 1}, "type": "other"}]}`, "", invalidDate("events[1].date", "events[1].date")},
		{"rules before fields (050)", "birthdays,names", `{"birthdays": [{"date": {"year": 1986, "month": 2, "day": 30}}], "names": [{"givenName": "Margaret"}, {"givenName": "Maggie"}]}`, "", singleton("names", "names")},
		{"organization start date", "organizations", `{"organizations": [{"name": "N", "startDate": {"year": 2019, "month": 6, "day": 31}}]}`, "", invalidDate("organizations[0].startDate", "organizations[0].start_date")},
		{"organization end date", "organizations", `{"organizations": [{"name": "N", "startDate": {"year": 2019, "month": 6, "day": 30}, "endDate": {"month": 0, "day": 1}}]}`, "", invalidDate("organizations[0].endDate", "organizations[0].end_date")},
		{"organization start date before end date", "organizations", `{"organizations": [{"name": "N", "endDate": {"year": -1}, "startDate": {"year": 10000}}]}`, "", invalidDate("organizations[0].startDate", "organizations[0].start_date")},
		{"items in request order", "organizations", `{"organizations": [{"name": "A", "endDate": {"month": 2, "day": 30}}, {"name": "B", "startDate": {"month": 4, "day": 31}}]}`, "", invalidDate("organizations[0].endDate", "organizations[0].end_date")},
		{"request index of the date", "events", `{"events": [{` + profileMeta + `, "date": {"month": 13}}, {}, {"type": "x"}, {"date": {"day": 32, "month": 1}}]}`, "", invalidDate("events[3].date", "events[3].date")},
		{"an ignored item's date", "events", `{"events": [{` + profileMeta + `, "date": {"month": 13}}]}`, "", wantError{}},
		{"a date not masked", "names", `{"birthdays": [{"date": {"month": 13}}]}`, "", wantError{}},
		{"dates before source primaries", "events,emailAddresses", `{"emailAddresses": [{` + primaryMeta + `, "value": "a"}, {` + primaryMeta + `, "value": "b"}], "events": [{"date": {"month": 13}}]}`, "", invalidDate("events[0].date", "events[0].date")},

		// Rule 6: sourcePrimary.
		{"two source primaries (037)", "emailAddresses", `{"emailAddresses": [{` + primaryMeta + `, "value": "a", "type": "work"}, {` + primaryMeta + `, "value": "b", "type": "home"}]}`, "", twoSourcePrimary("emailAddresses", "email_addresses")},
		{"one source primary", "emailAddresses", `{"emailAddresses": [{` + primaryMeta + `, "value": "a"}, {"value": "b"}]}`, "", wantError{}},
		{"source primary of an ignored item", "emailAddresses", `{"emailAddresses": [{` + primaryMeta + `, "value": "a"}, {` + primaryOthers + `, "value": "b"}]}`, "", wantError{}},
		{"source primary of an empty item", "emailAddresses", `{"emailAddresses": [{` + primaryMeta + `, "value": "a"}, {` + primaryMeta + `, "formattedType": "Home"}]}`, "", wantError{}},
		{"memberships excepted", "memberships", `{"memberships": [{` + primaryMeta + `, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}, {` + primaryMeta + `, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/starred"}}]}`, "", wantError{}},
		{"source primaries in canonical order", "urls,phoneNumbers,emailAddresses", `{"urls": [{` + primaryMeta + `, "value": "a"}, {` + primaryMeta + `, "value": "b"}], "phoneNumbers": [{` + primaryMeta + `, "value": "1"}, {` + primaryMeta + `, "value": "2"}], "emailAddresses": [{` + primaryMeta + `, "value": "a"}, {` + primaryMeta + `, "value": "b"}]}`, "", twoSourcePrimary("emailAddresses", "email_addresses")},
		{"source primaries of userDefined", "userDefined", `{"userDefined": [{` + primaryMeta + `, "key": "a", "value": "1"}, {` + primaryMeta + `, "key": "b", "value": "2"}]}`, "", twoSourcePrimary("userDefined", "user_defined")},
		{"source primaries, not masked", "names", `{"emailAddresses": [{` + primaryMeta + `, "value": "a"}, {` + primaryMeta + `, "value": "b"}]}`, "", wantError{}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Parallel()
			u, err := mask.ParseUpdate(tt.update)
			if err != nil {
				t.Fatalf("mask.ParseUpdate(%q): %v", tt.update, err)
			}
			storedJS := tt.stored
			if storedJS == "" {
				storedJS = storedJSON
			}
			req, s := mustPerson(t, tt.req), mustPerson(t, storedJS)
			checkError(t, fmt.Sprintf("Content(%s, %q)", tt.req, tt.update), validate.Content(req, u, s), tt.want)
			if diff := cmp.Diff(mustPerson(t, tt.req), req, protocmp.Transform()); diff != "" {
				t.Errorf("Content modified the request (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(mustPerson(t, storedJS), s, protocmp.Transform()); diff != "" {
				t.Errorf("Content modified the stored person (-want +got):\n%s", diff)
			}
		})
	}
}

func TestContentDates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		date string
		want bool
	}{
		{`{}`, true},
		{`{"year": 2020}`, true},
		{`{"year": 2020, "month": 5}`, true},
		{`{"month": 5}`, true},
		{`{"month": 5, "day": 31}`, true},
		{`{"year": 1, "month": 1, "day": 1}`, true},
		{`{"year": 9999, "month": 12, "day": 31}`, true},
		{`{"year": 1986, "month": 1, "day": 31}`, true},
		{`{"year": 1986, "month": 3, "day": 31}`, true},
		{`{"year": 1986, "month": 4, "day": 30}`, true},
		{`{"year": 1986, "month": 5, "day": 31}`, true},
		{`{"year": 1986, "month": 6, "day": 30}`, true},
		{`{"year": 1986, "month": 7, "day": 31}`, true},
		{`{"year": 1986, "month": 8, "day": 31}`, true},
		{`{"year": 1986, "month": 9, "day": 30}`, true},
		{`{"year": 1986, "month": 10, "day": 31}`, true},
		{`{"year": 1986, "month": 11, "day": 30}`, true},
		{`{"year": 1986, "month": 2, "day": 28}`, true},
		{`{"year": 2024, "month": 2, "day": 29}`, true},
		{`{"year": 2000, "month": 2, "day": 29}`, true},
		{`{"year": 1600, "month": 2, "day": 29}`, true},
		{`{"month": 2, "day": 29}`, true},

		{`{"year": -1}`, false},
		{`{"year": 10000}`, false},
		{`{"month": -1}`, false},
		{`{"month": 13}`, false},
		{`{"day": -1}`, false},
		{`{"day": 1}`, false},
		{`{"year": 2020, "day": 1}`, false},
		{`{"month": 1, "day": 32}`, false},
		{`{"year": 1986, "month": 4, "day": 31}`, false},
		{`{"year": 1986, "month": 6, "day": 31}`, false},
		{`{"year": 1986, "month": 9, "day": 31}`, false},
		{`{"year": 1986, "month": 11, "day": 31}`, false},
		{`{"year": 2023, "month": 2, "day": 29}`, false},
		{`{"year": 1900, "month": 2, "day": 29}`, false},
		{`{"year": 2100, "month": 2, "day": 29}`, false},
		{`{"month": 2, "day": 30}`, false},
		{`{"year": 2024, "month": 2, "day": 30}`, false},
		{`{"year": 2147483647, "month": 2147483647, "day": 2147483647}`, false},
		{`{"year": -2147483648, "month": 1, "day": 1}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			t.Parallel()
			u, err := mask.ParseUpdate("birthdays,events,organizations")
			if err != nil {
				t.Fatal(err)
			}
			// An item holding only an all-zero Date is empty, and so dropped; a
			// text keeps the birthday whatever its Date.
			for _, req := range []struct{ body, jsonPath, protoPath string }{
				{`{"birthdays": [{"text": "x", "date": ` + tt.date + `}]}`, "birthdays[0].date", "birthdays[0].date"},
				{`{"events": [{"type": "x", "date": ` + tt.date + `}]}`, "events[0].date", "events[0].date"},
				{`{"organizations": [{"name": "x", "startDate": ` + tt.date + `}]}`, "organizations[0].startDate", "organizations[0].start_date"},
				{`{"organizations": [{"name": "x", "endDate": ` + tt.date + `}]}`, "organizations[0].endDate", "organizations[0].end_date"},
			} {
				want := wantError{}
				if !tt.want {
					want = invalidDate(req.jsonPath, req.protoPath)
				}
				checkError(t, "Content("+req.body+")", validate.Content(mustPerson(t, req.body), u, stored(t)), want)
			}
		})
	}
}
