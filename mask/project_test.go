// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/prototest"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
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

// TestProjectCopiesEverything fills every field of a Person at every depth and
// checks that projecting it through all fields and all sources keeps exactly
// resourceName, etag and the 29 fields, and that the result shares no memory
// with the input: scribbling over every value of the result leaves the input
// as it was.
func TestProjectCopiesEverything(t *testing.T) {
	t.Parallel()
	p := &person.Person{}
	fill(p.ProtoReflect(), 6)
	all := mask.SourcesOf(mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact)
	// fill gives every source the enum's second value, ACCOUNT, selected by PROFILE.
	before := proto.Clone(p).(*person.Person)

	got := mask.Project(p, mask.AllRead(), all)

	want := proto.Clone(p).(*person.Person)
	keep := map[protoreflect.Name]bool{"resource_name": true, "etag": true}
	for f := range person.AllFields.All() {
		keep[protoreflect.Name(f.ProtoName())] = true
	}
	fds := want.ProtoReflect().Descriptor().Fields()
	for i := range fds.Len() {
		if !keep[fds.Get(i).Name()] {
			want.ProtoReflect().Clear(fds.Get(i))
		}
	}
	if len(keep) != 31 {
		t.Fatalf("kept %d field names, want 31", len(keep))
	}
	if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
		t.Errorf("Project(everything) mismatch (-want +got):\n%s", diff)
	}

	prototest.Scribble(got.ProtoReflect())
	if diff := cmp.Diff(before, p, protocmp.Transform()); diff != "" {
		t.Errorf("writing to Project's result changed its input (-before +after):\n%s", diff)
	}
	if cmp.Equal(want, got, protocmp.Transform()) {
		t.Error("scribble changed nothing; the test proves nothing")
	}
}

// fill sets every field of m, down to depth levels of messages: strings to a
// value naming the field, numbers to 7, booleans to true, enums to their second
// value, lists to two elements.
func fill(m protoreflect.Message, depth int) {
	fds := m.Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		switch {
		case fd.IsList():
			l := m.Mutable(fd).List()
			for range 2 {
				if fd.Message() != nil {
					e := l.NewElement()
					fill(e.Message(), depth-1)
					l.Append(e)
				} else {
					l.Append(scalar(fd, "x"))
				}
			}
		case fd.Message() != nil:
			if depth > 0 {
				fill(m.Mutable(fd).Message(), depth-1)
			}
		default:
			m.Set(fd, scalar(fd, "x"))
		}
	}
}

// scalar returns a non-zero value for the scalar field fd; a different tag gives
// a different value.
func scalar(fd protoreflect.FieldDescriptor, tag string) protoreflect.Value {
	switch fd.Kind() {
	case protoreflect.StringKind:
		return protoreflect.ValueOfString(string(fd.Name()) + "-" + tag)
	case protoreflect.BoolKind:
		return protoreflect.ValueOfBool(tag == "x")
	case protoreflect.EnumKind:
		if tag == "x" {
			return protoreflect.ValueOfEnum(fd.Enum().Values().Get(1).Number())
		}
		return protoreflect.ValueOfEnum(fd.Enum().Values().Get(2 % fd.Enum().Values().Len()).Number())
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind:
		if tag == "x" {
			return protoreflect.ValueOfInt32(7)
		}
		return protoreflect.ValueOfInt32(8)
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		if tag == "x" {
			return protoreflect.ValueOfInt64(7)
		}
		return protoreflect.ValueOfInt64(8)
	}
	panic("scalar: unhandled kind " + fd.Kind().String())
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

// TestProjectMatchesReflectiveRule holds Project to the rule of its doc
// comment written with reflection (reflectProject, below) on persons filled at
// random: values and empty messages at every depth, unknown fields, nil items,
// with every read mask of one field, all fields, and every sources set.
func TestProjectMatchesReflectiveRule(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		p := &person.Person{}
		fillRandom(rng, p.ProtoReflect(), 4)
		for f := range person.AllFields.All() {
			if f.Repeated() && f.Len(p) > 0 && rng.IntN(4) == 0 {
				f.Set(p, rng.IntN(f.Len(p)), f.NewItem().ProtoReflect().Type().Zero().Interface().(person.Item))
			}
		}
		for _, r := range []mask.Read{mask.AllRead(), mask.ReadOf(person.FieldSetOf(person.Field(n % person.NumFields)))} {
			s := mask.Sources(rng.IntN(16) << 1)
			want, got := reflectProject(p, r, s), mask.Project(p, r, s)
			if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
				t.Fatalf("person %d, Project(%v, %v) mismatch (-want +got):\n%s", n, r, s, diff)
			}
		}
	}
}

// fillRandom sets about half the fields of m at random, down to depth levels
// of messages, a message field sometimes to an empty message, and sometimes
// adds unknown fields.
func fillRandom(rng *rand.Rand, m protoreflect.Message, depth int) {
	fds := m.Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		if rng.IntN(2) == 0 {
			continue
		}
		switch {
		case fd.IsList():
			l := m.Mutable(fd).List()
			for range 1 + rng.IntN(3) {
				if fd.Message() != nil {
					e := l.NewElement()
					if depth > 0 {
						fillRandom(rng, e.Message(), depth-1)
					}
					l.Append(e)
				} else {
					l.Append(scalar(fd, "x"))
				}
			}
		case fd.Message() != nil:
			sub := m.Mutable(fd).Message()
			if depth > 0 && rng.IntN(3) > 0 {
				fillRandom(rng, sub, depth-1)
			}
		default:
			m.Set(fd, scalar(fd, []string{"x", "y"}[rng.IntN(2)]))
		}
	}
	if rng.IntN(8) == 0 {
		m.SetUnknown(protoreflect.RawFields{0xf8, 0x0f, 0x01}) // field 255, varint 1
	}
}

// reflectProject is Project as its doc comment states it, with reflection:
// copy each kept item and each kept source with proto.Clone, then remove
// every empty message field at any depth.
func reflectProject(p *person.Person, r mask.Read, s mask.Sources) *person.Person {
	out := &person.Person{ResourceName: p.GetResourceName(), Etag: p.GetEtag()}
	for f := range r.All() {
		if f == person.FieldPersonMetadata {
			m := p.GetMetadata()
			if m == nil {
				continue
			}
			pm := &person.PersonMetadata{
				Deleted:                   m.GetDeleted(),
				LinkedPeopleResourceNames: m.GetLinkedPeopleResourceNames(),
				ObjectType:                m.GetObjectType(),
				PreviousResourceNames:     m.GetPreviousResourceNames(),
			}
			for _, src := range m.GetSources() {
				if s.Selects(src.GetType()) {
					c := proto.Clone(src)
					reflectPrune(c.ProtoReflect())
					pm.Sources = append(pm.Sources, c.(*person.Source))
				}
			}
			if proto.Size(pm) > 0 {
				out.Metadata = pm
			}
			continue
		}
		for _, it := range f.Items(p) {
			if it.ProtoReflect().IsValid() && s.SelectsItem(it) {
				c := proto.Clone(it).(person.Item)
				reflectPrune(c.ProtoReflect())
				f.Append(out, c)
			}
		}
	}
	return out
}

// reflectPrune removes, depth first, every singular message field of m, but
// those of the google.protobuf package, that holds a message encoding to
// nothing once pruned itself. Elements of lists are pruned, never removed.
func reflectPrune(m protoreflect.Message) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Message() == nil || fd.Message().ParentFile().Package() == "google.protobuf" {
			return true
		}
		if fd.IsList() {
			for i := range v.List().Len() {
				reflectPrune(v.List().Get(i).Message())
			}
			return true
		}
		reflectPrune(v.Message())
		if proto.Size(v.Message().Interface()) == 0 {
			m.Clear(fd)
		}
		return true
	})
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
