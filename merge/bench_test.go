// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"fmt"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// typicalContact returns a contact as a store typically holds one, on a
// CONTACT and a PROFILE source: 1 name, 3 email addresses, 3 phone numbers,
// 2 addresses, 2 organizations, a birthday, a biography, 2 memberships and 3
// user-defined values, with the profile's name, email and photo; and a request
// sending the contact's items back with one change, as clients do.
func typicalContact() (stored, req *person.Person) {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221"}
	profile := &person.Source{Type: person.Source_PROFILE, Id: "108123456789012345678"}
	md := func(s *person.Source, primary bool) *person.FieldMetadata {
		return &person.FieldMetadata{Source: proto.Clone(s).(*person.Source), Primary: primary, SourcePrimary: primary}
	}
	stored = &person.Person{
		ResourceName: "people/c4084048990019506721",
		Etag:         "%EgcBAj0LPzcuGgQBAgUHIgxQd05KYk5SNjIxYz0=",
		Metadata: &person.PersonMetadata{ObjectType: person.PersonMetadata_PERSON, Sources: []*person.Source{
			{Type: person.Source_CONTACT, Id: contact.Id, Etag: "#vmL7ePGYhLw=", UpdateTime: timestamppb.New(time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC))},
			{Type: person.Source_PROFILE, Id: profile.Id, Etag: "#HfYNXRnPBX8=", UpdateTime: timestamppb.New(time.Date(2025, 6, 30, 8, 12, 45, 0, time.UTC)),
				ProfileMetadata: &person.ProfileMetadata{ObjectType: person.ProfileMetadata_PERSON, UserTypes: []person.ProfileMetadata_UserType{person.ProfileMetadata_GOOGLE_USER}}},
		}},
		Names: []*person.Name{
			{Metadata: md(contact, true), GivenName: "Margaret", FamilyName: "Chen", DisplayName: "Margaret Chen", DisplayNameLastFirst: "Chen, Margaret", UnstructuredName: "Margaret Chen"},
			{Metadata: md(profile, false), GivenName: "Maggie", FamilyName: "Chen", DisplayName: "Maggie Chen", DisplayNameLastFirst: "Chen, Maggie", UnstructuredName: "Maggie Chen"},
		},
		Photos: []*person.Photo{{Metadata: md(profile, true), Url: "https://lh3.googleusercontent.com/a-/ALV-UjW3kq8xYbR2mT5nVcP0dLfH9sZ1eQ4uJ7oG6iA=s100"}},
		Birthdays: []*person.Birthday{
			{Metadata: md(contact, true), Date: &person.Date{Year: 1986, Month: 7, Day: 12}},
		},
		Biographies: []*person.Biography{
			{Metadata: md(contact, true), Value: "Met at the Lisbon logistics summit, May 2024.", ContentType: person.Biography_TEXT_PLAIN},
		},
		Memberships: []*person.Membership{
			{Metadata: md(contact, false), ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "myContacts", ContactGroupResourceName: "contactGroups/myContacts"}},
			{Metadata: md(contact, false), ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "starred", ContactGroupResourceName: "contactGroups/starred"}},
		},
	}
	for i, typ := range []string{"work", "home", "other"} {
		stored.EmailAddresses = append(stored.EmailAddresses, &person.EmailAddress{Metadata: md(contact, i == 0), Value: fmt.Sprintf("margaret.%s@example.com", typ), Type: typ, FormattedType: phoneNumberTypeFormats.format(typ)})
	}
	stored.EmailAddresses = append(stored.EmailAddresses, &person.EmailAddress{Metadata: md(profile, false), Value: "maggie@example.org"})
	for i, typ := range []string{"mobile", "work", "home"} {
		v := fmt.Sprintf("+1 415-555-01%02d", 30+i)
		stored.PhoneNumbers = append(stored.PhoneNumbers, &person.PhoneNumber{Metadata: md(contact, i == 0), Value: v, CanonicalForm: Canonical(v, "US"), Type: typ, FormattedType: phoneNumberTypeFormats.format(typ)})
	}
	for i, typ := range []string{"home", "work"} {
		a := &person.Address{Metadata: md(contact, i == 0), StreetAddress: fmt.Sprintf("%d Market St", 100+i), City: "San Francisco", Region: "CA", PostalCode: "94105", Country: "USA", CountryCode: "US", Type: typ, FormattedType: addressTypeFormats.format(typ)}
		a.FormattedValue = formatAddress(a)
		stored.Addresses = append(stored.Addresses, a)
	}
	for i, name := range []string{"Northwind Traders", "Contoso"} {
		stored.Organizations = append(stored.Organizations, &person.Organization{Metadata: md(contact, i == 0), Name: name, Title: "Logistics Manager", Type: "work", FormattedType: "Work", Current: i == 0,
			StartDate: &person.Date{Year: int32(2015 + 5*i), Month: 3}})
	}
	for i := range 3 {
		stored.UserDefined = append(stored.UserDefined, &person.UserDefined{Metadata: md(contact, i == 0), Key: fmt.Sprintf("key%d", i), Value: fmt.Sprintf("value %d", i)})
	}

	// The request: the contact's items as read, with a new phone number.
	req = &person.Person{Etag: stored.Etag}
	for f := range person.UpdatableFields.All() {
		for _, it := range f.Items(stored) {
			if person.IsContactItem(it, stored.ContactSource()) {
				f.Append(req, proto.Clone(it).(person.Item))
			}
		}
	}
	req.PhoneNumbers[1].Value = "(303) 828-8765"
	return stored, req
}

func BenchmarkApply(b *testing.B) {
	stored, req := typicalContact()
	opts := Options{Clock: at(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))}
	for _, paths := range []string{
		"phoneNumbers",
		"names,emailAddresses,phoneNumbers",
		"addresses,biographies,birthdays,emailAddresses,memberships,names,organizations,phoneNumbers,userDefined",
	} {
		u := mustUpdate(b, paths)
		b.Run(fmt.Sprintf("fields=%d", u.Fields().Len()), func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				Apply(stored, req, u, opts)
			}
		})
	}
	// The yardstick: one deep copy of the stored contact.
	b.Run("proto.Clone", func(b *testing.B) {
		cputime.Report(b)
		for b.Loop() {
			proto.Clone(stored)
		}
	})
}

func BenchmarkCanonical(b *testing.B) {
	for _, tt := range []struct{ name, value, region string }{
		{"national", "(303) 828-8765", ""},
		{"international", "+44 20 7946 0958", ""},
		{"table region", "020 7946 0958", "gb"},
		{"none", "(303) 555-0147 ext. 12", ""},
	} {
		b.Run(tt.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				Canonical(tt.value, tt.region)
			}
		})
	}
}
