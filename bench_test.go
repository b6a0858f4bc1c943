// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// benchFixture is one size of the benchmarks: a stored contact and an update
// of it.
type benchFixture struct {
	name   string
	stored *person.Person
	req    Request
	body   *person.Person // req.Body decoded
	update mask.Update
}

// benchFixtures returns the fixtures, built once: typical (a contact linked to
// a profile, 3.4 KB of JSON), large (10× its items) and huge (100×).
var benchFixtures = sync.OnceValue(func() []*benchFixture {
	var out []*benchFixture
	for _, size := range []struct {
		name  string
		scale int
	}{{"typical", 1}, {"large", 10}, {"huge", 100}} {
		out = append(out, newBenchFixture(size.name, size.scale))
	}
	return out
})

// newBenchFixture builds a contact linked to a profile holding scale× (1 name,
// 3 emails, 3 phones, 2 addresses, 2 organizations, a birthday, a biography, 2
// memberships, 3 userDefined), spread over both sources (the last email, phone,
// address and organization of each group belong to the profile), and a request
// that replaces the contact's names, emailAddresses and phoneNumbers (scale× 1,
// 3 and 3 items) with a valid etag.
func newBenchFixture(name string, scale int) *benchFixture {
	contact := &person.Source{Type: person.Source_CONTACT, Id: "38ad74eb0f67d221"}
	profile := &person.Source{Type: person.Source_PROFILE, Id: "108123456789012345678"}
	p := &person.Person{
		ResourceName: "people/c4084048990019506721",
		Metadata: &person.PersonMetadata{
			ObjectType: person.PersonMetadata_PERSON,
			Sources: []*person.Source{
				{Type: contact.Type, Id: contact.Id, Etag: "#vmL7ePGYhLw=", UpdateTime: timestamppb.New(time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC))},
				{Type: profile.Type, Id: profile.Id, Etag: "#HfYNXRnPBX8=", UpdateTime: timestamppb.New(time.Date(2025, 6, 30, 8, 12, 45, 221000000, time.UTC)),
					ProfileMetadata: &person.ProfileMetadata{ObjectType: person.ProfileMetadata_PERSON, UserTypes: []person.ProfileMetadata_UserType{person.ProfileMetadata_GOOGLE_USER}}},
			},
		},
	}
	// md returns the metadata of item i of a group of n: the last of a group of
	// more than one belongs to the profile when linked is set; the first of all
	// is primary.
	md := func(i, n int, linked bool) *person.FieldMetadata {
		if linked && n > 1 && i%n == n-1 {
			return &person.FieldMetadata{SourcePrimary: i == n-1, Verified: true, Source: &person.Source{Type: profile.Type, Id: profile.Id}}
		}
		return &person.FieldMetadata{Primary: i == 0, SourcePrimary: i == 0, Source: &person.Source{Type: contact.Type, Id: contact.Id}}
	}
	for i := range scale {
		p.Names = append(p.Names, &person.Name{Metadata: md(i, 1, true), GivenName: "Margaret", FamilyName: "Chen",
			DisplayName: "Margaret Chen", DisplayNameLastFirst: "Chen, Margaret", UnstructuredName: "Margaret Chen"})
		p.Birthdays = append(p.Birthdays, &person.Birthday{Metadata: md(i, 1, true), Date: &person.Date{Year: 1986, Month: 7, Day: 12}})
		p.Biographies = append(p.Biographies, &person.Biography{Metadata: md(i, 1, true), Value: "Met at the Lisbon summit.", ContentType: person.Biography_TEXT_PLAIN})
	}
	for i := range 3 * scale {
		p.EmailAddresses = append(p.EmailAddresses, &person.EmailAddress{Metadata: md(i, 3, true), Value: fmt.Sprintf("mchen%d@example.com", i), Type: "work", FormattedType: "Work"})
		p.PhoneNumbers = append(p.PhoneNumbers, &person.PhoneNumber{Metadata: md(i, 3, true), Value: fmt.Sprintf("415-555-%04d", i), CanonicalForm: fmt.Sprintf("+1415555%04d", i)})
		p.UserDefined = append(p.UserDefined, &person.UserDefined{Metadata: md(i, 3, false), Key: fmt.Sprint("k", i), Value: fmt.Sprint("v", i)})
	}
	for i := range 2 * scale {
		p.Addresses = append(p.Addresses, &person.Address{Metadata: md(i, 2, true), StreetAddress: fmt.Sprint(i, " Main St"), City: "Porto", CountryCode: "PT",
			FormattedValue: fmt.Sprint(i, " Main St\nPorto\nPT")})
		p.Organizations = append(p.Organizations, &person.Organization{Metadata: md(i, 2, true), Name: "Northwind", Title: "Manager",
			StartDate: &person.Date{Year: 2019, Month: 6, Day: 3}})
		p.Memberships = append(p.Memberships, &person.Membership{Metadata: &person.FieldMetadata{Source: &person.Source{Type: contact.Type, Id: contact.Id}},
			ContactGroupMembership: &person.ContactGroupMembership{ContactGroupId: fmt.Sprintf("%x", 0x1a2b3c+i), ContactGroupResourceName: fmt.Sprintf("contactGroups/%x", 0x1a2b3c+i)}})
	}

	read, err := Read(p, "", nil)
	if err != nil {
		panic(err)
	}
	body := &person.Person{Etag: read.GetEtag()}
	for i := range scale {
		body.Names = append(body.Names, &person.Name{GivenName: "Maggie", FamilyName: fmt.Sprint("Chen ", i)})
		if i > 0 { // names is a singleton: the others belong to no kept source
			body.Names[i].Metadata = &person.FieldMetadata{Source: &person.Source{Type: profile.Type, Id: profile.Id}}
		}
	}
	for i := range 3 * scale {
		body.EmailAddresses = append(body.EmailAddresses, &person.EmailAddress{Value: fmt.Sprintf("m.chen.%d@northwind.example", i), Type: "home"})
		body.PhoneNumbers = append(body.PhoneNumbers, &person.PhoneNumber{Value: fmt.Sprintf("(303) 555-%04d", i), Type: "work"})
	}
	raw, err := person.Marshal(body)
	if err != nil {
		panic(err)
	}
	const fields = "names,emailAddresses,phoneNumbers"
	u, err := mask.ParseUpdate(fields)
	if err != nil {
		panic(err)
	}
	return &benchFixture{
		name:   name,
		stored: p,
		req:    Request{ResourceName: p.ResourceName, UpdatePersonFields: fields, Body: raw},
		body:   body,
		update: u,
	}
}

// TestBenchFixtures checks that the benchmark fixtures are what they say: the
// update succeeds, and the typical contact is 2 to 4 KB of JSON (3.4 KB: the
// metadata of its 18 items makes up half of it).
func TestBenchFixtures(t *testing.T) {
	for _, fx := range benchFixtures() {
		if _, err := testOpts.UpdateContact(fx.stored, fx.req); err != nil {
			t.Errorf("%s: UpdateContact() error = %v", fx.name, err)
		}
	}
	b, err := person.Marshal(benchFixtures()[0].stored)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(b); n < 1500 || n > 4000 {
		t.Errorf("typical contact is %d bytes of JSON, want 2 to 4 KB", n)
	}
}

// BenchmarkUpdateContact measures one whole call: checks, body decode, merge,
// projection and etag.
func BenchmarkUpdateContact(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				if _, err := testOpts.UpdateContact(fx.stored, fx.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCloneStored measures proto.Clone of the stored contact: the floor of
// any update that shares no memory with its input.
func BenchmarkCloneStored(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				_ = proto.Clone(fx.stored)
			}
		})
	}
}

// BenchmarkTypedCloneStored measures the typed deep copy of the stored
// contact ([person.Person.Clone], its messages in slabs): what each of the
// two persons UpdateContact returns costs at the least.
func BenchmarkTypedCloneStored(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				_ = fx.stored.Clone()
			}
		})
	}
}

// BenchmarkDecodeBody measures decoding the request body, the step of
// UpdateContact that comes before anything of the update.
func BenchmarkDecodeBody(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				if _, err := person.Unmarshal(fx.req.Body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGenericUpdate measures what a hand-rolled fake does: decode the
// body, clone the stored contact, then for each masked field drop the contact
// items and append copies of the request's, through protoreflect, with no
// check, no computed value and no projection.
func BenchmarkGenericUpdate(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			cs := fx.stored.ContactSource()
			for b.Loop() {
				body, err := person.Unmarshal(fx.req.Body)
				if err != nil {
					b.Fatal(err)
				}
				genericUpdate(fx.stored, body, fx.update, cs)
			}
		})
	}
}

// genericUpdate is the hand-rolled update of BenchmarkGenericUpdate.
func genericUpdate(stored, body *person.Person, u mask.Update, cs *person.Source) *person.Person {
	out := proto.Clone(stored).(*person.Person)
	om, bm := out.ProtoReflect(), body.ProtoReflect()
	fds := om.Descriptor().Fields()
	for f := range u.All() {
		fd := fds.ByName(protoreflect.Name(f.ProtoName()))
		l := om.Mutable(fd).List()
		n := 0
		for i := range l.Len() {
			v := l.Get(i)
			if !person.IsContactItem(v.Message().Interface().(person.Item), cs) {
				l.Set(n, v)
				n++
			}
		}
		l.Truncate(n)
		src := bm.Get(fd).List()
		for i := range src.Len() {
			l.Append(protoreflect.ValueOfMessage(proto.Clone(src.Get(i).Message().Interface()).ProtoReflect()))
		}
	}
	return out
}

// BenchmarkRead measures a default read: projection of every field and etag.
func BenchmarkRead(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				if _, err := Read(fx.stored, "", nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkServerUpdateLegacy measures a server's update as it was before
// the response could be written from Result.Stored: UpdateContact, then
// person.Marshal of the response message. It is the yardstick of
// BenchmarkServerUpdate.
func BenchmarkServerUpdateLegacy(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				res, err := testOpts.UpdateContact(fx.stored, fx.req)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := person.Marshal(res.Response()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// scaleFixtures returns the fixtures of BenchmarkUpdateOneField, built once:
// a contact whose repeated fields hold n items each (n = 1, 10, 100, 1000)
// but for names, which holds one, and an update of names alone, read back
// with personFields=names.
var scaleFixtures = sync.OnceValue(func() []*benchFixture {
	var out []*benchFixture
	for _, n := range []int{1, 10, 100, 1000} {
		fx := newBenchFixture(fmt.Sprint("items-", n), n)
		fx.stored.Names = fx.stored.Names[:1]
		read, err := Read(fx.stored, "", nil)
		if err != nil {
			panic(err)
		}
		body := &person.Person{Etag: read.GetEtag(), Names: []*person.Name{{GivenName: "Maggie", FamilyName: "Chen"}}}
		raw, err := person.Marshal(body)
		if err != nil {
			panic(err)
		}
		fx.body, fx.update = body, mask.UpdateOf(person.FieldSetOf(person.FieldNames))
		fx.req = Request{ResourceName: fx.stored.ResourceName, UpdatePersonFields: "names", PersonFields: "names", Body: raw}
		out = append(out, fx)
	}
	return out
})

// BenchmarkUpdateOneFieldLegacy measures the server's update of
// BenchmarkServerUpdateLegacy on the fixtures of scaleFixtures: one field
// updated, one field read, in contacts of growing size.
func BenchmarkUpdateOneFieldLegacy(b *testing.B) {
	for _, fx := range scaleFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				res, err := testOpts.UpdateContact(fx.stored, fx.req)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := person.Marshal(res.Response()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkUpdateContactShared is BenchmarkUpdateContact with Options.Share:
// the new stored person shares the unmasked fields with the stored one.
func BenchmarkUpdateContactShared(b *testing.B) {
	opts := testOpts
	opts.Share = true
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			for b.Loop() {
				if _, err := opts.UpdateContact(fx.stored, fx.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkServerUpdate measures a server's update in the default mode:
// UpdateContact, then the response's JSON written from Result.Stored
// (Result.AppendResponseJSON), into a buffer the server reuses.
func BenchmarkServerUpdate(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			var buf []byte
			for b.Loop() {
				res, err := testOpts.UpdateContact(fx.stored, fx.req)
				if err != nil {
					b.Fatal(err)
				}
				if buf, err = res.AppendResponseJSON(buf[:0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkUpdateOneField is BenchmarkUpdateOneFieldLegacy as a server
// with Options.Share does it: the new stored person shares what the update
// leaves alone, and the response's JSON is written from it.
func BenchmarkUpdateOneField(b *testing.B) {
	opts := testOpts
	opts.Share = true
	for _, fx := range scaleFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			var buf []byte
			for b.Loop() {
				res, err := opts.UpdateContact(fx.stored, fx.req)
				if err != nil {
					b.Fatal(err)
				}
				if buf, err = res.AppendResponseJSON(buf[:0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAppendRead measures a default read written as JSON straight from
// the stored person, the server's form of BenchmarkRead.
func BenchmarkAppendRead(b *testing.B) {
	for _, fx := range benchFixtures() {
		b.Run(fx.name, func(b *testing.B) {
			cputime.Report(b)
			var buf []byte
			var err error
			for b.Loop() {
				if buf, err = AppendRead(buf[:0], fx.stored, mask.AllRead(), mask.DefaultSources()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
