// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// md returns item metadata naming a source of type st and id id.
func md(st person.Source_Type, id string) *person.FieldMetadata {
	return &person.FieldMetadata{Source: &person.Source{Type: st, Id: id}}
}

func email(m *person.FieldMetadata, v string) *person.EmailAddress {
	return &person.EmailAddress{Metadata: m, Value: v}
}

func name(m *person.FieldMetadata, given string) *person.Name {
	return &person.Name{Metadata: m, GivenName: given}
}

// The metadata.sources entries of the fixture.
func sources() (contact, profile, domainProfile, other *person.Source) {
	updated := timestamppb.New(time.Date(2024, 11, 2, 17, 40, 12, 118204000, time.UTC))
	return &person.Source{Type: person.Source_CONTACT, Id: "c1", Etag: "#Zs8q7A8F3Z8=", UpdateTime: updated},
		&person.Source{Type: person.Source_PROFILE, Id: "p1", Etag: "#HfYNXRnPBX8=", ProfileMetadata: &person.ProfileMetadata{
			ObjectType: person.ProfileMetadata_PERSON,
			UserTypes:  []person.ProfileMetadata_UserType{person.ProfileMetadata_GOOGLE_USER},
		}},
		&person.Source{Type: person.Source_DOMAIN_PROFILE, Id: "dp1", ProfileMetadata: &person.ProfileMetadata{}},
		&person.Source{Type: person.Source_OTHER_CONTACT, Id: "o1"}
}

// fixture is a stored person with items of every source type, an item with no
// source, an empty date, and deprecated fields.
func fixture() *person.Person {
	cs, ps, dps, os := sources()
	return &person.Person{
		ResourceName: "people/c1",
		Etag:         "%EgMBAgM=",
		Metadata: &person.PersonMetadata{
			ObjectType: person.PersonMetadata_PERSON,
			Sources:    []*person.Source{cs, ps, dps, os},
		},
		Names: []*person.Name{
			name(md(person.Source_CONTACT, "c1"), "Ann"),
			name(md(person.Source_PROFILE, "p1"), "Annie"),
		},
		EmailAddresses: []*person.EmailAddress{
			email(md(person.Source_CONTACT, "c1"), "contact@example.com"),
			email(nil, "nosource@example.com"),
			email(md(person.Source_PROFILE, "p1"), "profile@example.com"),
			email(md(person.Source_DOMAIN_CONTACT, "d1"), "domain@example.com"),
			email(md(person.Source_OTHER_CONTACT, "o1"), "other@example.com"),
			email(md(person.Source_ACCOUNT, "a1"), "account@example.com"),
			email(md(person.Source_DOMAIN_PROFILE, "dp1"), "domainprofile@example.com"),
			email(md(person.Source_SOURCE_TYPE_UNSPECIFIED, "x"), "unspecified@example.com"),
		},
		Photos: []*person.Photo{{Metadata: md(person.Source_PROFILE, "p1"), Url: "https://example.com/p.jpg"}},
		Birthdays: []*person.Birthday{
			{Metadata: md(person.Source_CONTACT, "c1"), Date: &person.Date{}, Text: "spring"},
		},
		Residences: []*person.Residence{{Metadata: md(person.Source_CONTACT, "c1"), Value: "old"}},
		Taglines:   []*person.Tagline{{Metadata: md(person.Source_PROFILE, "p1"), Value: "hi"}},
	}
}

func TestProject(t *testing.T) {
	t.Parallel()
	P, C, D, O := mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact
	cs, ps, _, os := sources()
	read := func(raw string) mask.Read {
		r, err := mask.ParseRead(raw)
		if err != nil {
			t.Fatalf("ParseRead(%q): %v", raw, err)
		}
		return r
	}
	bare := func() *person.Person { return &person.Person{ResourceName: "people/c1", Etag: "%EgMBAgM="} }
	with := func(f func(p *person.Person)) *person.Person { p := bare(); f(p); return p }
	contactBirthday := &person.Birthday{Metadata: md(person.Source_CONTACT, "c1"), Text: "spring"}

	tests := []struct {
		name string
		in   *person.Person
		r    mask.Read
		s    mask.Sources
		want *person.Person
	}{
		{"nil person", nil, mask.AllRead(), mask.DefaultSources(), nil},
		{"empty person", &person.Person{}, mask.AllRead(), mask.DefaultSources(), &person.Person{}},
		{"all fields, default sources", fixture(), mask.AllRead(), mask.DefaultSources(), with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{ObjectType: person.PersonMetadata_PERSON, Sources: []*person.Source{
				cs, ps, {Type: person.Source_DOMAIN_PROFILE, Id: "dp1"}, // profileMetadata {} removed
			}}
			p.Names = fixture().Names
			p.EmailAddresses = []*person.EmailAddress{
				email(md(person.Source_CONTACT, "c1"), "contact@example.com"),
				email(nil, "nosource@example.com"),
				email(md(person.Source_PROFILE, "p1"), "profile@example.com"),
				email(md(person.Source_ACCOUNT, "a1"), "account@example.com"),
				email(md(person.Source_DOMAIN_PROFILE, "dp1"), "domainprofile@example.com"),
			}
			p.Photos = fixture().Photos
			p.Birthdays = []*person.Birthday{contactBirthday} // date {} removed
		})},
		{"names only, contact only", fixture(), read("names"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.Names = []*person.Name{name(md(person.Source_CONTACT, "c1"), "Ann")}
		})},
		{"contact only: items without source are contact items", fixture(), read("emailAddresses"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.EmailAddresses = []*person.EmailAddress{
				email(md(person.Source_CONTACT, "c1"), "contact@example.com"),
				email(nil, "nosource@example.com"),
			}
		})},
		{"profile selects ACCOUNT, PROFILE, DOMAIN_PROFILE", fixture(), read("emailAddresses"), mask.SourcesOf(P), with(func(p *person.Person) {
			p.EmailAddresses = []*person.EmailAddress{
				email(md(person.Source_PROFILE, "p1"), "profile@example.com"),
				email(md(person.Source_ACCOUNT, "a1"), "account@example.com"),
				email(md(person.Source_DOMAIN_PROFILE, "dp1"), "domainprofile@example.com"),
			}
		})},
		{"domain and other contacts", fixture(), read("emailAddresses"), mask.SourcesOf(D, O), with(func(p *person.Person) {
			p.EmailAddresses = []*person.EmailAddress{
				email(md(person.Source_DOMAIN_CONTACT, "d1"), "domain@example.com"),
				email(md(person.Source_OTHER_CONTACT, "o1"), "other@example.com"),
			}
		})},
		{"a field with no selected item is left out", fixture(), read("photos,names"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.Names = []*person.Name{name(md(person.Source_CONTACT, "c1"), "Ann")}
		})},
		{"no metadata without the metadata path", fixture(), read("photos"), mask.DefaultSources(), with(func(p *person.Person) {
			p.Photos = fixture().Photos
		})},
		{"metadata with the selected sources", fixture(), read("metadata"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{ObjectType: person.PersonMetadata_PERSON, Sources: []*person.Source{cs}}
		})},
		{"metadata keeps its other fields when no source is selected", fixture(), read("metadata"), mask.SourcesOf(D), with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{ObjectType: person.PersonMetadata_PERSON}
		})},
		{"metadata left with nothing is omitted", with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{Sources: []*person.Source{ps}}
		}), read("metadata"), mask.SourcesOf(C), bare()},
		{"metadata sources of no type are selected by nothing", with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{Sources: []*person.Source{{Id: "x"}, nil, cs}}
		}), read("metadata"), mask.SourcesOf(P, C, D, O), with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{Sources: []*person.Source{cs}}
		})},
		{"every metadata field kept", with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{
				Deleted: true, LinkedPeopleResourceNames: []string{"people/1"}, ObjectType: person.PersonMetadata_PAGE,
				PreviousResourceNames: []string{"people/c0"}, Sources: []*person.Source{os},
			}
		}), read("metadata"), mask.SourcesOf(O), with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{
				Deleted: true, LinkedPeopleResourceNames: []string{"people/1"}, ObjectType: person.PersonMetadata_PAGE,
				PreviousResourceNames: []string{"people/c0"}, Sources: []*person.Source{os},
			}
		})},
		{"empty objects removed at any depth", with(func(p *person.Person) {
			p.Birthdays = []*person.Birthday{{Metadata: &person.FieldMetadata{Source: &person.Source{}}, Date: &person.Date{}, Text: "x"}}
			p.Organizations = []*person.Organization{{StartDate: &person.Date{Year: 2020}, EndDate: &person.Date{}, Name: "Acme"}}
		}), read("birthdays,organizations"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.Birthdays = []*person.Birthday{{Text: "x"}}
			p.Organizations = []*person.Organization{{StartDate: &person.Date{Year: 2020}, Name: "Acme"}}
		})},
		{"an epoch timestamp is a value, not an empty object", with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, UpdateTime: &timestamppb.Timestamp{}}}}
		}), read("metadata"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{Sources: []*person.Source{{Type: person.Source_CONTACT, UpdateTime: &timestamppb.Timestamp{}}}}
		})},
		{"an empty item is kept", with(func(p *person.Person) {
			p.Urls = []*person.Url{{}, {Metadata: &person.FieldMetadata{}}}
		}), read("urls"), mask.SourcesOf(C), with(func(p *person.Person) {
			p.Urls = []*person.Url{{}, {}}
		})},
		{"nil items in a list are skipped", with(func(p *person.Person) {
			p.Urls = []*person.Url{nil, {Value: "u"}, nil}
		}), read("urls"), mask.DefaultSources(), with(func(p *person.Person) {
			p.Urls = []*person.Url{{Value: "u"}}
		})},
		{"zero Read keeps resourceName and etag", fixture(), mask.Read{}, mask.DefaultSources(), bare()},
		{"zero Sources keeps no item", fixture(), mask.AllRead(), 0, with(func(p *person.Person) {
			p.Metadata = &person.PersonMetadata{ObjectType: person.PersonMetadata_PERSON}
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			before := proto.Clone(tt.in)
			got := mask.Project(tt.in, tt.r, tt.s)
			if diff := cmp.Diff(tt.want, got, protocmp.Transform()); diff != "" {
				t.Errorf("Project(%v, %v) mismatch (-want +got):\n%s", tt.r, tt.s, diff)
			}
			if diff := cmp.Diff(before, tt.in, protocmp.Transform()); diff != "" {
				t.Errorf("Project changed its input (-before +after):\n%s", diff)
			}
			if got != nil && got == tt.in {
				t.Error("Project returned its input")
			}
		})
	}
}

// TestProjectEveryField checks each of the 28 repeated fields through the field
// table: alone in the mask, it keeps exactly its items of the selected sources.
func TestProjectEveryField(t *testing.T) {
	t.Parallel()
	types := []person.Source_Type{
		person.Source_CONTACT, person.Source_PROFILE, person.Source_ACCOUNT, person.Source_DOMAIN_PROFILE,
		person.Source_DOMAIN_CONTACT, person.Source_OTHER_CONTACT, person.Source_SOURCE_TYPE_UNSPECIFIED,
	}
	p := &person.Person{ResourceName: "people/c1"}
	for f := range person.AllFields.All() {
		if !f.Repeated() {
			continue
		}
		for i, st := range types {
			it := f.NewItem()
			it.SetMetadata(md(st, string(rune('a'+i)))) // UNSPECIFIED with an id: selected by nothing
			f.Append(p, it)
		}
		it := f.NewItem()
		it.SetMetadata(&person.FieldMetadata{Primary: true}) // no source: a contact item
		f.Append(p, it)
	}
	for f := range person.AllFields.All() {
		if !f.Repeated() {
			continue
		}
		for bits := range 16 {
			s := mask.Sources(bits << 1)
			got := mask.Project(p, mask.ReadOf(person.FieldSetOf(f)), s)
			want := &person.Person{ResourceName: "people/c1"}
			for _, it := range f.Items(p) {
				if s.SelectsItem(it) {
					f.Append(want, it)
				}
			}
			if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
				t.Errorf("Project(%v, %v) mismatch (-want +got):\n%s", f, s, diff)
			}
		}
	}
}

func TestProjectLeavesInputWhenResultIsAppendedTo(t *testing.T) {
	t.Parallel()
	p := fixture()
	before := proto.Clone(p)
	got := mask.Project(p, mask.AllRead(), mask.DefaultSources())
	got.Names = append(got.Names, name(nil, "extra"))
	got.Names[0].GivenName = "changed"
	got.Names[0].Metadata.Source.Id = "changed"
	got.Metadata.Sources[0].UpdateTime.Seconds++
	got.Metadata.Sources[1].ProfileMetadata.UserTypes[0] = person.ProfileMetadata_GOOGLE_APPS_USER
	if diff := cmp.Diff(before, p, protocmp.Transform()); diff != "" {
		t.Errorf("writing to Project's result changed its input (-before +after):\n%s", diff)
	}
}

// TestProjectAllocations checks that Project allocates per message type and
// per list, not per item: the same number of times for 1, 10 or 100 items
// of each kind. (Not parallel: it counts allocations.)
func TestProjectAllocations(t *testing.T) {
	withItems := func(n int) *person.Person {
		cs, ps, _, _ := sources()
		p := &person.Person{ResourceName: "people/c1", Metadata: &person.PersonMetadata{Sources: []*person.Source{cs, ps}}}
		for i := range n {
			p.Names = append(p.Names, name(md(person.Source_CONTACT, "c1"), "Ann"))
			p.EmailAddresses = append(p.EmailAddresses, email(md(person.Source_PROFILE, "p1"), "a@example.com"))
			p.Birthdays = append(p.Birthdays, &person.Birthday{Metadata: md(person.Source_CONTACT, "c1"), Date: &person.Date{Year: int32(1900 + i)}})
		}
		return p
	}
	var counts []float64
	for _, n := range []int{1, 10, 100} {
		p := withItems(n)
		counts = append(counts, testing.AllocsPerRun(20, func() {
			sinkPerson = mask.Project(p, mask.AllRead(), mask.DefaultSources())
		}))
	}
	if counts[0] != counts[1] || counts[1] != counts[2] {
		t.Errorf("Project allocations for 1, 10, 100 items of each field = %v, want the same", counts)
	}
}
