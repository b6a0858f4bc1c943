// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
)

// TestKept holds the request-side rule of SPEC.md §4 step 2: the request items
// an update keeps are those person.IsContactItem accepts, the rule of the
// stored side too.
func TestKept(t *testing.T) {
	t.Parallel()
	contact := &person.Source{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221"}
	src := func(typ person.Source_Type, id string) *person.EmailAddress {
		return &person.EmailAddress{Value: "a@example.com", Metadata: &person.FieldMetadata{Source: &person.Source{Type: typ, Id: id}}}
	}
	tests := []struct {
		name    string
		item    person.Item
		contact *person.Source
		want    bool
	}{
		{"no metadata", &person.EmailAddress{Value: "a@example.com"}, contact, true},
		{"metadata without source", &person.EmailAddress{Metadata: &person.FieldMetadata{SourcePrimary: true}}, contact, true},
		{"empty source", src(person.Source_SOURCE_TYPE_UNSPECIFIED, ""), contact, true},
		{"contact source", src(person.Source_CONTACT, "38ad74eb0f67d221"), contact, true},
		{"contact without id", src(person.Source_CONTACT, ""), contact, true},
		{"contact with another id", src(person.Source_CONTACT, "ffffffffffffffff"), contact, false},
		{"id without type", src(person.Source_SOURCE_TYPE_UNSPECIFIED, "38ad74eb0f67d221"), contact, false},
		{"profile", src(person.Source_PROFILE, "108123456789012345678"), contact, false},
		{"profile without id", src(person.Source_PROFILE, ""), contact, false},
		{"account", src(person.Source_ACCOUNT, ""), contact, false},
		{"domain profile", src(person.Source_DOMAIN_PROFILE, "1"), contact, false},
		{"other contact", src(person.Source_OTHER_CONTACT, "38ad74eb0f67d221"), contact, false},
		{"domain contact", src(person.Source_DOMAIN_CONTACT, "38ad74eb0f67d221"), contact, false},
		{"nil contact, contact without id", src(person.Source_CONTACT, ""), nil, true},
		{"nil contact, contact with id", src(person.Source_CONTACT, "38ad74eb0f67d221"), nil, false},
		{"nil item", (*person.Name)(nil), contact, true},
	}
	for _, tt := range tests {
		if got := person.IsContactItem(tt.item, tt.contact); got != tt.want {
			t.Errorf("%s: IsContactItem() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestEmpty(t *testing.T) {
	t.Parallel()
	flags := &person.FieldMetadata{Primary: true, Verified: true, SourcePrimary: true, Source: &person.Source{Type: person.Source_CONTACT, Id: "1"}}
	tests := []struct {
		name  string
		field person.Field
		item  person.Item
		want  bool
	}{
		{"{}", person.FieldEmailAddresses, &person.EmailAddress{}, true},
		{"nil", person.FieldEmailAddresses, (*person.EmailAddress)(nil), true},
		{"only metadata", person.FieldEmailAddresses, &person.EmailAddress{Metadata: flags}, true},
		// Conformance 046.
		{"email with formattedType and flags", person.FieldEmailAddresses, &person.EmailAddress{FormattedType: "Home", Metadata: flags}, true},
		{"email displayName is writable", person.FieldEmailAddresses, &person.EmailAddress{DisplayName: "M"}, false},
		{"email value", person.FieldEmailAddresses, &person.EmailAddress{Value: "a@example.com"}, false},
		{"email type", person.FieldEmailAddresses, &person.EmailAddress{Type: "home"}, false},
		{"membership with domainMembership", person.FieldMemberships, &person.Membership{DomainMembership: &person.DomainMembership{InViewerDomain: true}}, true},
		{"membership with contactGroupId", person.FieldMemberships, &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "myContacts"}}, true},
		{"membership with empty contactGroupMembership", person.FieldMemberships, &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{}}, true},
		{"membership", person.FieldMemberships, &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: "contactGroups/myContacts"}}, false},
		{"name with display names", person.FieldNames, &person.Name{DisplayName: "M C", DisplayNameLastFirst: "C, M"}, true},
		{"name unstructuredName is writable", person.FieldNames, &person.Name{UnstructuredName: "M C"}, false},
		{"name phonetic", person.FieldNames, &person.Name{PhoneticGivenName: "m"}, false},
		{"name only white space", person.FieldNames, &person.Name{GivenName: " "}, false},
		{"phone with canonicalForm", person.FieldPhoneNumbers, &person.PhoneNumber{CanonicalForm: "+13035550147", FormattedType: "Home"}, true},
		{"gender with formattedValue", person.FieldGenders, &person.Gender{FormattedValue: "Male"}, true},
		{"gender addressMeAs", person.FieldGenders, &person.Gender{AddressMeAs: "they"}, false},
		{"im client with formatted values", person.FieldImClients, &person.ImClient{FormattedProtocol: "AIM", FormattedType: "Home"}, true},
		{"im client protocol", person.FieldImClients, &person.ImClient{Protocol: "aim"}, false},
		{"birthday with empty date", person.FieldBirthdays, &person.Birthday{Date: &person.Date{}}, true},
		{"birthday with month", person.FieldBirthdays, &person.Birthday{Date: &person.Date{Month: 2}}, false},
		{"birthday text", person.FieldBirthdays, &person.Birthday{Text: "spring"}, false},
		{"address formattedValue is writable", person.FieldAddresses, &person.Address{FormattedValue: "1 Main St"}, false},
		{"address formattedType", person.FieldAddresses, &person.Address{FormattedType: "Home"}, true},
		{"organization current false", person.FieldOrganizations, &person.Organization{Current: false, StartDate: &person.Date{}}, true},
		{"organization current", person.FieldOrganizations, &person.Organization{Current: true}, false},
		{"organization fte", person.FieldOrganizations, &person.Organization{FullTimeEquivalentMillipercent: 1}, false},
		{"misc keyword formattedType", person.FieldMiscKeywords, &person.MiscKeyword{FormattedType: "Home"}, true},
		{"misc keyword type", person.FieldMiscKeywords, &person.MiscKeyword{Type: person.MiscKeyword_HOME}, false},
		{"nickname default type", person.FieldNicknames, &person.Nickname{Type: person.Nickname_DEFAULT}, true},
		{"biography content type", person.FieldBiographies, &person.Biography{ContentType: person.Biography_TEXT_PLAIN}, false},
		{"location current", person.FieldLocations, &person.Location{Current: true}, false},
		{"user defined key", person.FieldUserDefined, &person.UserDefined{Key: "k"}, false},
		{"client data", person.FieldClientData, &person.ClientData{Metadata: flags}, true},
	}
	for _, tt := range tests {
		if got := Empty(tt.field, tt.item); got != tt.want {
			t.Errorf("%s: Empty(%v, %v) = %v, want %v", tt.name, tt.field, tt.item, got, tt.want)
		}
	}
}

// TestEmptyEveryValue checks, for every field's item type, that each
// writable value alone makes an item non-empty and each output-only value
// alone does not.
func TestEmptyEveryValue(t *testing.T) {
	t.Parallel()
	for f := range person.Field(person.NumFields) {
		if !f.Repeated() {
			continue
		}
		md := f.NewItem().ProtoReflect().Descriptor()
		fds := md.Fields()
		for i := range fds.Len() {
			fd := fds.Get(i)
			if fd.Name() == "metadata" {
				continue
			}
			it := f.NewItem()
			setSome(it.ProtoReflect(), fd)
			want := isOutputOnly(fd)
			if fd.Message() != nil && !fd.IsList() {
				// A message holding one value: empty when that value is output-only.
				sub := it.ProtoReflect().Mutable(fd).Message()
				sfd := sub.Descriptor().Fields().Get(0)
				setSome(sub, sfd)
				want = want || isOutputOnly(sfd)
			}
			if got := Empty(f, it); got != want {
				t.Errorf("Empty(%v, {%s: ...}) = %v, want %v", f, fd.Name(), got, want)
			}
		}
	}
}

// setSome sets field fd of m to a value that counts (not the zero value).
func setSome(m protoreflect.Message, fd protoreflect.FieldDescriptor) {
	var v protoreflect.Value
	switch fd.Kind() {
	case protoreflect.StringKind:
		v = protoreflect.ValueOfString("x")
	case protoreflect.BoolKind:
		v = protoreflect.ValueOfBool(true)
	case protoreflect.Int32Kind:
		v = protoreflect.ValueOfInt32(1)
	case protoreflect.EnumKind:
		v = protoreflect.ValueOfEnum(fd.Enum().Values().Get(fd.Enum().Values().Len() - 1).Number())
	case protoreflect.MessageKind:
		m.Mutable(fd)
		return
	default:
		panic("setSome: unexpected kind " + fd.Kind().String())
	}
	if fd.IsList() {
		m.Mutable(fd).List().Append(v)
		return
	}
	m.Set(fd, v)
}

// TestKeptEmptyPure checks that IsContactItem and Empty neither allocate nor modify
// their arguments: package validate calls them on the request.
func TestKeptEmptyPure(t *testing.T) {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "1"}
	items := []struct {
		f  person.Field
		it person.Item
	}{
		{person.FieldNames, &person.Name{DisplayName: "x", Metadata: &person.FieldMetadata{Source: &person.Source{Type: person.Source_CONTACT, Id: "1"}}}},
		{person.FieldMemberships, &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: "x"}}},
		{person.FieldBirthdays, &person.Birthday{Date: &person.Date{}}},
		{person.FieldOrganizations, &person.Organization{EndDate: &person.Date{Year: 2000}}},
		{person.FieldEmailAddresses, &person.EmailAddress{FormattedType: "Home", Metadata: &person.FieldMetadata{Primary: true}}},
	}
	for _, tt := range items {
		before := proto.Clone(tt.it)
		allocs := testing.AllocsPerRun(100, func() {
			person.IsContactItem(tt.it, contact)
			Empty(tt.f, tt.it)
		})
		if allocs != 0 {
			t.Errorf("Kept and Empty on %v: %v allocations, want 0", tt.it, allocs)
		}
		if diff := cmp.Diff(before, tt.it, protocmp.Transform()); diff != "" {
			t.Errorf("Kept and Empty modified the item (-before +after):\n%s", diff)
		}
	}
}

func TestEmptyPanicsOnMisuse(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		f    person.Field
		it   person.Item
	}{
		{"metadata field", person.FieldPersonMetadata, &person.Name{}},
		{"wrong item type", person.FieldNames, &person.EmailAddress{}},
		{"invalid field", person.Field(200), &person.Name{}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: Empty(%v, %T) did not panic", tt.name, tt.f, tt.it)
				}
			}()
			Empty(tt.f, tt.it)
		}()
	}
}
