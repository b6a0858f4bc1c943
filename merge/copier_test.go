// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"github.com/peopleupdate/peopleupdate/internal/copier"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/prototest"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/structpb"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// The tests of this file hold copier.Copier, the generated typed copies that
// Apply makes its result with, to proto.Clone.

// filled returns a person with every field of every message set, two
// elements in every list, down to depth levels of messages, unknown fields
// on its messages and a nil element in metadata.sources.
func filled() *person.Person {
	p := new(person.Person)
	fillAll(p.ProtoReflect(), 4)
	p.Metadata.Sources = append(p.Metadata.Sources, nil)
	return p
}

func fillAll(m protoreflect.Message, depth int) {
	fds := m.Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		switch {
		case fd.Message() != nil && fd.Message().FullName() == "google.protobuf.Timestamp":
			ts := timestamppb.New(time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC))
			ts.ProtoReflect().SetUnknown(protoreflect.RawFields{0xf8, 0x0f, 0x01})
			m.Set(fd, protoreflect.ValueOfMessage(ts.ProtoReflect()))
		case fd.IsList():
			l := m.Mutable(fd).List()
			for range 2 {
				if fd.Message() != nil {
					e := l.NewElement()
					fillAll(e.Message(), depth-1)
					l.Append(e)
				} else {
					l.Append(someValue(fd))
				}
			}
		case fd.Message() != nil:
			if depth > 0 {
				fillAll(m.Mutable(fd).Message(), depth-1)
			}
		default:
			m.Set(fd, someValue(fd))
		}
	}
	m.SetUnknown(protoreflect.RawFields{0xf8, 0x0f, 0x01}) // field 255, varint 1
}

// someValue returns a value of the scalar field fd that counts.
func someValue(fd protoreflect.FieldDescriptor) protoreflect.Value {
	switch fd.Kind() {
	case protoreflect.StringKind:
		return protoreflect.ValueOfString(string(fd.FullName()))
	case protoreflect.BoolKind:
		return protoreflect.ValueOfBool(true)
	case protoreflect.Int32Kind:
		return protoreflect.ValueOfInt32(int32(fd.Number()))
	case protoreflect.EnumKind:
		return protoreflect.ValueOfEnum(fd.Enum().Values().Get(1).Number())
	}
	panic("someValue: unexpected kind " + fd.Kind().String())
}

// TestCopierCloneIsProtoClone checks Copier.Clone and ClonePerson against
// proto.Clone on a person holding every value, with and without a
// reservation, and that the copies share no memory with their source.
func TestCopierCloneIsProtoClone(t *testing.T) {
	t.Parallel()
	p := filled()
	want := proto.Clone(p)
	for _, tt := range []struct {
		name    string
		reserve bool
	}{{"reserved", true}, {"not reserved", false}} {
		c := copier.New()
		if tt.reserve {
			c.Reserve(p)
		}
		got := c.Clone(p)
		if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
			t.Errorf("%s: Copier.Clone() mismatch (-proto.Clone +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(want, c.ClonePerson(p, 0), protocmp.Transform()); diff != "" {
			t.Errorf("%s: Copier.ClonePerson(p, 0) mismatch (-proto.Clone +got):\n%s", tt.name, diff)
		}
		prototest.Scribble(got.ProtoReflect())
		if diff := cmp.Diff(want, p, protocmp.Transform()); diff != "" {
			t.Fatalf("%s: writing to the copy changed its source (-before +after):\n%s", tt.name, diff)
		}
	}
}

// TestCopierEdges checks nil messages, messages of other packages and the
// slabs: a copy with everything reserved takes one allocation per message
// type and list, whatever the number of items. (Not parallel: it counts
// allocations.)
func TestCopierEdges(t *testing.T) {
	c := copier.New()
	if got := c.Clone(nil); got != nil {
		t.Errorf("Clone(nil) = %v, want nil", got)
	}
	if got := c.Clone((*person.Name)(nil)); got.(*person.Name) != nil {
		t.Errorf("Clone((*Name)(nil)) = %v, want a nil *Name", got)
	}
	if got := c.ClonePerson(nil, 0); got != nil {
		t.Errorf("ClonePerson(nil) = %v, want nil", got)
	}
	s := structpb.NewStringValue("x")
	if got := c.Clone(s); !proto.Equal(got, s) || got == s {
		t.Errorf("Clone(%v) = %v, want an equal copy", s, got)
	}
	c.Reserve(s) // ignored

	items := func(n int) *person.Person {
		p := &person.Person{Metadata: &person.PersonMetadata{Sources: []*person.Source{{Id: "c"}}}}
		for i := range n {
			md := &person.FieldMetadata{Source: &person.Source{Id: "c"}, Primary: i == 0}
			p.Names = append(p.Names, &person.Name{Metadata: md, GivenName: "a"})
			p.Birthdays = append(p.Birthdays, &person.Birthday{Metadata: md, Date: &person.Date{Year: 2000}})
		}
		return p
	}
	allocs := func(p *person.Person) float64 {
		return testing.AllocsPerRun(20, func() {
			c := copier.New()
			c.Reserve(p)
			c.Clone(p)
		})
	}
	// Person, PersonMetadata, Source, its list, Name and its list, Birthday
	// and its list, FieldMetadata, Date, and the Copier itself.
	const want = 11
	for _, n := range []int{1, 10, 100} {
		if got := allocs(items(n)); got != want {
			t.Errorf("copying a person with %d names and birthdays: %v allocations, want %d", n, got, want)
		}
	}
}

// TestCopierItems checks ReserveItems and AppendItems against a filter.
func TestCopierItems(t *testing.T) {
	t.Parallel()
	p := filled()
	p.EmailAddresses = append(p.EmailAddresses, nil, &person.EmailAddress{Value: "x"})
	odd := func(it person.Item) bool { return it.(*person.EmailAddress).GetValue() == "x" }
	c := copier.New()
	if n := c.ReserveItems(p, person.FieldEmailAddresses, odd); n != 1 {
		t.Errorf("ReserveItems(odd) = %d, want 1", n)
	}
	if n := c.ReserveItems(p, person.FieldEmailAddresses, nil); n != 3 {
		t.Errorf("ReserveItems(nil) = %d, want 3 (the nil item left out)", n)
	}
	if n := c.ReserveItems(nil, person.FieldEmailAddresses, nil); n != 0 {
		t.Errorf("ReserveItems(nil person) = %d, want 0", n)
	}
	if n := c.ReserveItems(p, person.FieldPersonMetadata, nil); n != 0 {
		t.Errorf("ReserveItems(metadata) = %d, want 0", n)
	}
	out := &person.Person{EmailAddresses: []*person.EmailAddress{{Value: "first"}}}
	c.AppendItems(out, p, person.FieldEmailAddresses, odd)
	c.AppendItems(out, p, person.FieldEmailAddresses, nil)
	c.AppendItems(out, p, person.FieldPersonMetadata, nil)
	want := &person.Person{EmailAddresses: []*person.EmailAddress{{Value: "first"}, {Value: "x"}}}
	for _, it := range p.EmailAddresses {
		if it != nil {
			want.EmailAddresses = append(want.EmailAddresses, it)
		}
	}
	if diff := cmp.Diff(want, out, protocmp.Transform()); diff != "" {
		t.Errorf("AppendItems() mismatch (-want +got):\n%s", diff)
	}
	for i, it := range out.EmailAddresses[1:] {
		for _, in := range p.EmailAddresses {
			if it == in {
				t.Errorf("AppendItems() item %d is its source, not a copy", i+1)
			}
		}
	}
}

// TestApplyAllocations checks that Apply allocates per message type and per
// list, not per item, for items that need no computed string: the same
// number of times for 1, 10 or 100 items in each field. (Not parallel: it
// counts allocations.)
func TestApplyAllocations(t *testing.T) {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "c1", Etag: "#vmL7ePGYhLw="}
	profile := &person.Source{Type: person.Source_PROFILE, Id: "p1"}
	inputs := func(n int) (stored, req *person.Person) {
		stored = &person.Person{ResourceName: "people/c1", Metadata: &person.PersonMetadata{Sources: []*person.Source{contact, profile}}}
		req = &person.Person{}
		for range n {
			md := func(s *person.Source) *person.FieldMetadata {
				return &person.FieldMetadata{Source: &person.Source{Type: s.Type, Id: s.Id}}
			}
			stored.EmailAddresses = append(stored.EmailAddresses,
				&person.EmailAddress{Metadata: md(contact), Value: "old@example.com"},
				&person.EmailAddress{Metadata: md(profile), Value: "p@example.com"})
			stored.Urls = append(stored.Urls, &person.Url{Metadata: md(contact), Value: "https://example.com"})
			stored.Birthdays = append(stored.Birthdays, &person.Birthday{Metadata: md(contact), Date: &person.Date{Year: 2000}})
			req.EmailAddresses = append(req.EmailAddresses, &person.EmailAddress{Value: "new@example.com", Type: "home"})
		}
		return stored, req
	}
	u := mustUpdate(t, "emailAddresses")
	opts := Options{Clock: at(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))}
	for _, adopt := range []bool{false, true} {
		var counts []float64
		for _, n := range []int{1, 10, 100} {
			stored, req := inputs(n)
			// An adopted req is normalised in place by AllocsPerRun's warm-up
			// call; the counted calls adopt it again, as it now is.
			counts = append(counts, testing.AllocsPerRun(20, func() {
				apply(stored, req, u, opts, adopt)
			}))
		}
		if counts[0] != counts[1] || counts[1] != counts[2] {
			t.Errorf("adopt %v: Apply allocations for 1, 10, 100 items of each field = %v, want the same", adopt, counts)
		}
	}
}
