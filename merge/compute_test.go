// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/schemapb"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
)

func TestComputedValues(t *testing.T) {
	t.Parallel()
	upper := func(value, region string) string { return strings.ToUpper(region + ":" + value) }
	tests := []struct {
		name      string
		in        person.Item
		want      person.Item
		canonical func(value, region string) string
	}{
		// formattedType: predefined types in Title Case words, others verbatim,
		// none without a type (conformance 039, 054, 048).
		{"phone workFax", &person.PhoneNumber{Type: "workFax"}, &person.PhoneNumber{Type: "workFax", FormattedType: "Work Fax"}, nil},
		{"phone googleVoice", &person.PhoneNumber{Type: "googleVoice"}, &person.PhoneNumber{Type: "googleVoice", FormattedType: "Google Voice"}, nil},
		{"phone custom", &person.PhoneNumber{Type: "boat"}, &person.PhoneNumber{Type: "boat", FormattedType: "boat"}, nil},
		{"phone type is case-sensitive", &person.PhoneNumber{Type: "Mobile"}, &person.PhoneNumber{Type: "Mobile", FormattedType: "Mobile"}, nil},
		{"phone without type", &person.PhoneNumber{FormattedType: "Cell"}, &person.PhoneNumber{}, nil},
		{"url appInstallPage", &person.Url{Type: "appInstallPage"}, &person.Url{Type: "appInstallPage", FormattedType: "App Install Page"}, nil},
		{"url mobile is not a url type", &person.Url{Type: "mobile"}, &person.Url{Type: "mobile", FormattedType: "mobile"}, nil},
		{"calendar freeBusy", &person.CalendarUrl{Type: "freeBusy"}, &person.CalendarUrl{Type: "freeBusy", FormattedType: "Free Busy"}, nil},
		{"relation domesticPartner", &person.Relation{Type: "domesticPartner"}, &person.Relation{Type: "domesticPartner", FormattedType: "Domestic Partner"}, nil},
		{"external id loginId", &person.ExternalId{Type: "loginId"}, &person.ExternalId{Type: "loginId", FormattedType: "Login Id"}, nil},
		{"event anniversary", &person.Event{Type: "anniversary"}, &person.Event{Type: "anniversary", FormattedType: "Anniversary"}, nil},
		{"organization school", &person.Organization{Type: "school", FormattedType: "x"}, &person.Organization{Type: "school", FormattedType: "School"}, nil},
		{"sip mobile", &person.SipAddress{Type: "mobile"}, &person.SipAddress{Type: "mobile", FormattedType: "Mobile"}, nil},
		{"email work", &person.EmailAddress{Type: "work", DisplayName: "M (N)"}, &person.EmailAddress{Type: "work", FormattedType: "Work", DisplayName: "M (N)"}, nil},
		{"address other", &person.Address{Type: "other"}, &person.Address{Type: "other", FormattedType: "Other"}, nil},

		// MiscKeyword.type is an enum (conformance 054).
		{"misc keyword", &person.MiscKeyword{Type: person.MiscKeyword_OUTLOOK_BILLING_INFORMATION}, &person.MiscKeyword{Type: person.MiscKeyword_OUTLOOK_BILLING_INFORMATION, FormattedType: "Outlook Billing Information"}, nil},
		{"misc keyword HOME", &person.MiscKeyword{Type: person.MiscKeyword_HOME}, &person.MiscKeyword{Type: person.MiscKeyword_HOME, FormattedType: "Home"}, nil},
		{"misc keyword unspecified", &person.MiscKeyword{Value: "v", FormattedType: "Home"}, &person.MiscKeyword{Value: "v"}, nil},
		{"misc keyword unknown number", &person.MiscKeyword{Type: 99}, &person.MiscKeyword{Type: 99}, nil},

		// ImClient.
		{"im client", &person.ImClient{Protocol: "googleTalk", Type: "home"}, &person.ImClient{Protocol: "googleTalk", FormattedProtocol: "Google Talk", Type: "home", FormattedType: "Home"}, nil},
		{"im aim", &person.ImClient{Protocol: "aim"}, &person.ImClient{Protocol: "aim", FormattedProtocol: "AIM"}, nil},
		{"im netMeeting", &person.ImClient{Protocol: "netMeeting"}, &person.ImClient{Protocol: "netMeeting", FormattedProtocol: "Net Meeting"}, nil},
		{"im custom protocol", &person.ImClient{Protocol: "matrix", FormattedProtocol: "AIM"}, &person.ImClient{Protocol: "matrix", FormattedProtocol: "matrix"}, nil},

		// Gender.
		{"gender male", &person.Gender{Value: "male"}, &person.Gender{Value: "male", FormattedValue: "Male"}, nil},
		{"gender female", &person.Gender{Value: "female"}, &person.Gender{Value: "female", FormattedValue: "Female"}, nil},
		{"gender unspecified", &person.Gender{Value: "unspecified"}, &person.Gender{Value: "unspecified", FormattedValue: "unspecified"}, nil},
		{"gender custom", &person.Gender{Value: "nonbinary", AddressMeAs: "they"}, &person.Gender{Value: "nonbinary", FormattedValue: "nonbinary", AddressMeAs: "they"}, nil},
		{"gender none", &person.Gender{AddressMeAs: "they", FormattedValue: "Male"}, &person.Gender{AddressMeAs: "they"}, nil},

		// Address.formattedValue.
		{"address built", &person.Address{StreetAddress: "24 Sussex Dr", City: "Ottawa", Region: "ON", PostalCode: "K1M 1M4", CountryCode: "CA"},
			&person.Address{StreetAddress: "24 Sussex Dr", City: "Ottawa", Region: "ON", PostalCode: "K1M 1M4", CountryCode: "CA", FormattedValue: "24 Sussex Dr\nOttawa, ON K1M 1M4\nCA"}, nil},
		{"address all lines", &person.Address{StreetAddress: "1 Main St", ExtendedAddress: "Apt 2", PoBox: "PO Box 3", City: "Springfield", Region: "IL", PostalCode: "62701", Country: "USA", CountryCode: "US"},
			&person.Address{StreetAddress: "1 Main St", ExtendedAddress: "Apt 2", PoBox: "PO Box 3", City: "Springfield", Region: "IL", PostalCode: "62701", Country: "USA", CountryCode: "US", FormattedValue: "1 Main St\nApt 2\nPO Box 3\nSpringfield, IL 62701\nUSA"}, nil},
		{"address city and postal code", &person.Address{City: "Lisbon", PostalCode: "1100-148"}, &person.Address{City: "Lisbon", PostalCode: "1100-148", FormattedValue: "Lisbon, 1100-148"}, nil},
		{"address city and region", &person.Address{City: "Ottawa", Region: "ON"}, &person.Address{City: "Ottawa", Region: "ON", FormattedValue: "Ottawa, ON"}, nil},
		{"address region and postal code", &person.Address{Region: "ON", PostalCode: "K1M"}, &person.Address{Region: "ON", PostalCode: "K1M", FormattedValue: "ON K1M"}, nil},
		{"address postal code", &person.Address{PostalCode: "K1M"}, &person.Address{PostalCode: "K1M", FormattedValue: "K1M"}, nil},
		{"address city", &person.Address{City: "Porto"}, &person.Address{City: "Porto", FormattedValue: "Porto"}, nil},
		{"address street and country", &person.Address{StreetAddress: "Rua 1", Country: "Portugal"}, &person.Address{StreetAddress: "Rua 1", Country: "Portugal", FormattedValue: "Rua 1\nPortugal"}, nil},
		{"address formattedValue kept as sent", &person.Address{FormattedValue: "somewhere", City: "Porto"}, &person.Address{FormattedValue: "somewhere", City: "Porto"}, nil},
		{"address nothing", &person.Address{Type: "home"}, &person.Address{Type: "home", FormattedType: "Home"}, nil},

		// PhoneNumber.canonicalForm (conformance 040, 048, 006).
		{"phone canonical", &person.PhoneNumber{Value: "(303) 828-8765", CanonicalForm: "+19995550000"}, &person.PhoneNumber{Value: "(303) 828-8765", CanonicalForm: "+13038288765"}, nil},
		{"phone extension has none", &person.PhoneNumber{Value: "(303) 555-0147 ext. 12", CanonicalForm: "+1"}, &person.PhoneNumber{Value: "(303) 555-0147 ext. 12"}, nil},
		{"phone 7 digits has none", &person.PhoneNumber{Value: "555-0147"}, &person.PhoneNumber{Value: "555-0147"}, nil},
		{"phone canonicaliser replaced", &person.PhoneNumber{Value: "abc"}, &person.PhoneNumber{Value: "abc", CanonicalForm: "US:ABC"}, upper},
		{"phone canonicaliser not called without value", &person.PhoneNumber{CanonicalForm: "x", Type: "home"}, &person.PhoneNumber{Type: "home", FormattedType: "Home"}, upper},

		// Memberships (conformance 034, 046).
		{"membership", &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/starred", ContactGroupId: "x"}},
			&person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/starred", ContactGroupId: "starred"}}, nil},
		{"membership user group", &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/4a1f9e0b8c7d"}},
			&person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/4a1f9e0b8c7d", ContactGroupId: "4a1f9e0b8c7d"}}, nil},
		{"membership domainMembership dropped", &person.Membership{DomainMembership: &person.DomainMembership{InViewerDomain: true}, ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/myContacts"}},
			&person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/myContacts", ContactGroupId: "myContacts"}}, nil},

		// Items without computed values are left alone.
		{"biography", &person.Biography{Value: "v", ContentType: person.Biography_TEXT_HTML}, &person.Biography{Value: "v", ContentType: person.Biography_TEXT_HTML}, nil},
		{"location type is not formatted", &person.Location{Type: "grewUp"}, &person.Location{Type: "grewUp"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			canonical := tt.canonical
			if canonical == nil {
				canonical = Canonical
			}
			got := proto.Clone(tt.in).(person.Item)
			compute(got, canonical, DefaultRegion)
			if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("compute() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMiscKeywordTypes(t *testing.T) {
	t.Parallel()
	want := map[person.MiscKeyword_Type]string{
		person.MiscKeyword_TYPE_UNSPECIFIED:            "",
		person.MiscKeyword_OUTLOOK_BILLING_INFORMATION: "Outlook Billing Information",
		person.MiscKeyword_OUTLOOK_DIRECTORY_SERVER:    "Outlook Directory Server",
		person.MiscKeyword_OUTLOOK_KEYWORD:             "Outlook Keyword",
		person.MiscKeyword_OUTLOOK_MILEAGE:             "Outlook Mileage",
		person.MiscKeyword_OUTLOOK_PRIORITY:            "Outlook Priority",
		person.MiscKeyword_OUTLOOK_SENSITIVITY:         "Outlook Sensitivity",
		person.MiscKeyword_OUTLOOK_SUBJECT:             "Outlook Subject",
		person.MiscKeyword_OUTLOOK_USER:                "Outlook User",
		person.MiscKeyword_HOME:                        "Home",
		person.MiscKeyword_WORK:                        "Work",
		person.MiscKeyword_OTHER:                       "Other",
	}
	values := person.MiscKeyword_TYPE_UNSPECIFIED.Descriptor().Values()
	if values.Len() != len(want) {
		t.Errorf("MiscKeyword.Type has %d values, the test knows %d", values.Len(), len(want))
	}
	for i := range values.Len() {
		typ := person.MiscKeyword_Type(values.Get(i).Number())
		if got := formatEnum(typ); got != want[typ] {
			t.Errorf("formatEnum(%v) = %q, want %q", typ, got, want[typ])
		}
	}
}

// predefinedOf returns the predefined values person.proto annotates fd with,
// without the formatted forms some carry.
func predefinedOf(fd protoreflect.FieldDescriptor) []string {
	var vs []string
	for _, v := range proto.GetExtension(fd.Options(), schemapb.E_Predefined).([]string) {
		v, _, _ = strings.Cut(v, "=")
		vs = append(vs, v)
	}
	return vs
}

// TestFormattedTypeWiring checks that every item type with a type and a
// formattedType field formats its own predefined types, and only those:
// a type predefined for another field only is echoed. (The predefined values
// are held against the discovery document by person's TestDiscovery.)
func TestFormattedTypeWiring(t *testing.T) {
	t.Parallel()
	all := map[string]bool{}
	for f := range person.Field(person.NumFields) {
		if f.Repeated() {
			if typ := f.NewItem().ProtoReflect().Descriptor().Fields().ByName("type"); typ != nil {
				for _, v := range predefinedOf(typ) {
					all[v] = true
				}
			}
		}
	}
	wired := 0
	for f := range person.Field(person.NumFields) {
		if !f.Updatable() {
			continue
		}
		md := f.NewItem().ProtoReflect().Descriptor()
		typ, ft := md.Fields().ByName("type"), md.Fields().ByName("formatted_type")
		if ft == nil || typ.Kind() != protoreflect.StringKind {
			continue
		}
		wired++
		own := predefinedOf(typ)
		if len(own) == 0 {
			t.Errorf("%v: %s.type has no predefined values", f, md.Name())
		}
		for v := range all {
			it := f.NewItem()
			it.ProtoReflect().Set(typ, protoreflect.ValueOfString(v))
			compute(it, Canonical, DefaultRegion)
			got := it.ProtoReflect().Get(ft).String()
			if formatted := slices.Contains(own, v); formatted == (got == v) {
				t.Errorf("%v: type %q gives formattedType %q (predefined for it: %t)", f, v, got, formatted)
			}
		}
	}
	if wired != 11 {
		t.Errorf("%d item types format a free-form type, want 11", wired)
	}
}

// TestFormattedValues checks the formatted forms of some predefined values:
// Title Case words split at capitals, unless person.proto says otherwise.
func TestFormattedValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   person.Item
		want person.Item
	}{
		{&person.PhoneNumber{Type: "workFax"}, &person.PhoneNumber{Type: "workFax", FormattedType: "Work Fax"}},
		{&person.PhoneNumber{Type: "googleVoice"}, &person.PhoneNumber{Type: "googleVoice", FormattedType: "Google Voice"}},
		{&person.Url{Type: "appInstallPage"}, &person.Url{Type: "appInstallPage", FormattedType: "App Install Page"}},
		{&person.ExternalId{Type: "loginId"}, &person.ExternalId{Type: "loginId", FormattedType: "Login Id"}},
		{&person.Relation{Type: "referredBy"}, &person.Relation{Type: "referredBy", FormattedType: "Referred By"}},
		{&person.Relation{Type: "Referred By"}, &person.Relation{Type: "Referred By", FormattedType: "Referred By"}},
		{&person.ImClient{Protocol: "aim"}, &person.ImClient{Protocol: "aim", FormattedProtocol: "AIM"}},
		{&person.ImClient{Protocol: "googleTalk"}, &person.ImClient{Protocol: "googleTalk", FormattedProtocol: "Google Talk"}},
		{&person.ImClient{Protocol: "icq"}, &person.ImClient{Protocol: "icq", FormattedProtocol: "ICQ"}},
		{&person.Gender{Value: "male"}, &person.Gender{Value: "male", FormattedValue: "Male"}},
		{&person.Gender{Value: "unspecified"}, &person.Gender{Value: "unspecified", FormattedValue: "unspecified"}},
		{&person.Gender{Value: "nonbinary"}, &person.Gender{Value: "nonbinary", FormattedValue: "nonbinary"}},
	}
	for _, tt := range tests {
		got := proto.Clone(tt.in).(person.Item)
		compute(got, Canonical, DefaultRegion)
		if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
			t.Errorf("compute(%v) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestComputeReplacesOutputOnly sets every output-only value of every item
// type to junk and checks that computing over an otherwise empty item leaves
// none of it.
func TestComputeReplacesOutputOnly(t *testing.T) {
	t.Parallel()
	for f := range person.Field(person.NumFields) {
		if !f.Updatable() {
			continue
		}
		it := f.NewItem()
		var junk func(m protoreflect.Message)
		junk = func(m protoreflect.Message) {
			fds := m.Descriptor().Fields()
			for i := range fds.Len() {
				fd := fds.Get(i)
				switch {
				case isOutputOnly(fd) && fd.Kind() == protoreflect.StringKind:
					m.Set(fd, protoreflect.ValueOfString("junk"))
				case isOutputOnly(fd):
					setSome(m, fd)
					junk(m.Mutable(fd).Message())
				case fd.Kind() == protoreflect.MessageKind && fd.Name() != "metadata":
					junk(m.Mutable(fd).Message())
				}
			}
		}
		junk(it.ProtoReflect())
		if !Empty(f, it) {
			t.Errorf("%v: an item holding only output-only values is not Empty", f)
		}
		compute(it, Canonical, DefaultRegion)
		var check func(m protoreflect.Message)
		check = func(m protoreflect.Message) {
			m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
				if isOutputOnly(fd) {
					t.Errorf("%v: %s = %v survives compute", f, fd.FullName(), v)
				}
				if fd.Kind() == protoreflect.MessageKind && !fd.IsList() {
					check(v.Message())
				}
				return true
			})
		}
		check(it.ProtoReflect())
	}
}

// TestFormatAddressEveryShape checks formatAddress, for every combination of
// present and empty parts, against its rule written plainly: the non-empty
// lines joined by newlines, the city line "city, region postalCode" with its
// empty parts and their separators left out.
func TestFormatAddressEveryShape(t *testing.T) {
	t.Parallel()
	join := func(sep string, parts ...string) string {
		var kept []string
		for _, p := range parts {
			if p != "" {
				kept = append(kept, p)
			}
		}
		return strings.Join(kept, sep)
	}
	for bits := range 1 << 8 {
		part := func(i int, s string) string {
			if bits&(1<<i) == 0 {
				return ""
			}
			return s
		}
		a := &person.Address{StreetAddress: part(0, "1 Main St"), ExtendedAddress: part(1, "Apt 2"), PoBox: part(2, "PO Box 3"),
			City: part(3, "Springfield"), Region: part(4, "IL"), PostalCode: part(5, "62701"), Country: part(6, "USA"), CountryCode: part(7, "US")}
		country := a.Country
		if country == "" {
			country = a.CountryCode
		}
		want := join("\n", a.StreetAddress, a.ExtendedAddress, a.PoBox,
			join(", ", a.City, join(" ", a.Region, a.PostalCode)), country)
		if got := formatAddress(a); got != want {
			t.Errorf("formatAddress(%v) = %q, want %q", a, got, want)
		}
	}
}
