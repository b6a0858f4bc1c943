// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/schemapb"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
)

// checkUntouched checks that the unmasked fields, the top-level values and every
// source but the contact's are as stored, and that in masked fields the items
// of other sources are the stored ones, in the same order, their primary flag
// aside.
func checkUntouched(tb testing.TB, stored, next *person.Person, u mask.Update) {
	tb.Helper()
	cs := stored.ContactSource()

	// Everything but the masked fields and the contact source's bookkeeping.
	a, b := cloneOrNil(stored), cloneOrNil(next)
	for f := range u.All() {
		f.Clear(a)
		f.Clear(b)
	}
	if ncs := b.ContactSource(); ncs != nil {
		ncs.Etag, ncs.UpdateTime = cs.GetEtag(), cs.GetUpdateTime()
	}
	if diff := cmp.Diff(a, b, protocmp.Transform()); diff != "" {
		tb.Errorf("unmasked fields or sources changed (-stored +new):\n%s", diff)
	}
	if nc, sc := next.ContactSource(), cs; nc.GetId() != sc.GetId() {
		tb.Errorf("contact source id = %q, want %q", nc.GetId(), sc.GetId())
	}

	// In masked fields, the items of other sources.
	for f := range u.All() {
		want := otherItems(f, stored, cs)
		got := otherItems(f, next, cs)
		if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
			tb.Errorf("%v: items of other sources changed (-stored +new):\n%s", f, diff)
		}
	}
}

// otherItems returns copies of the items of field f of p that are not contact
// items, their primary flag cleared.
func otherItems(f person.Field, p *person.Person, cs *person.Source) []proto.Message {
	var out []proto.Message
	for _, it := range f.Items(p) {
		if person.IsContactItem(it, cs) {
			continue
		}
		c := proto.Clone(it).(person.Item)
		if md := c.GetMetadata(); md != nil {
			md.Primary = false
		}
		out = append(out, c)
	}
	return out
}

// checkMaskedFields checks the masked fields of the new stored person: read
// back with personFields = the update mask and sources CONTACT they hold the
// request's kept items, normalised; a singleton field holds at most one contact
// item; every non-empty field has exactly one primary item (memberships: none)
// and the contact's items exactly one sourcePrimary item.
func checkMaskedFields(tb testing.TB, stored, body, next *person.Person, u mask.Update) {
	tb.Helper()
	cs := stored.ContactSource()
	back, err := Read(next, u.String(), []string{"READ_SOURCE_TYPE_CONTACT"})
	if err != nil {
		tb.Fatalf("Read(new stored, %q) error = %v", u.String(), err)
	}
	for f := range u.All() {
		// The contact's items, read back.
		var got []person.Item
		for _, it := range f.Items(back) {
			if s := person.SourceOf(it); s.GetType() == person.Source_CONTACT && s.GetId() == cs.GetId() {
				got = append(got, it)
			}
		}
		// The request's kept items, in order, empty ones dropped.
		var sent []person.Item
		for _, it := range f.Items(body) {
			if person.IsContactItem(it, cs) && !isBlank(f, it) {
				sent = append(sent, it)
			}
		}
		if len(got) != len(sent) {
			tb.Errorf("%v: read back %d contact items, want the %d kept items sent", f, len(got), len(sent))
			continue
		}
		spSent, spGot := -1, -1
		for i := range got {
			if d := cmp.Diff(writable(f, sent[i], sent[i]), writable(f, got[i], sent[i]), protocmp.Transform()); d != "" {
				tb.Errorf("%v[%d]: read back differs from the item sent (-sent +got):\n%s", f, i, d)
			}
			md := got[i].GetMetadata()
			if s := md.GetSource(); s.GetType() != person.Source_CONTACT || s.GetId() != cs.GetId() {
				tb.Errorf("%v[%d]: metadata.source = %v, want the contact source", f, i, s)
			}
			if md.GetVerified() {
				tb.Errorf("%v[%d]: a contact item is verified", f, i)
			}
			if md.GetSourcePrimary() {
				if spGot >= 0 {
					tb.Errorf("%v: two contact items are sourcePrimary", f)
				}
				spGot = i
			}
			if sent[i].GetMetadata().GetSourcePrimary() && spSent < 0 {
				spSent = i
			}
		}
		switch {
		case f == person.FieldMemberships:
			if spGot >= 0 {
				tb.Errorf("%v[%d]: a membership is sourcePrimary", f, spGot)
			}
		case len(got) == 0:
		case spSent >= 0 && spGot != spSent:
			tb.Errorf("%v: sourcePrimary item = %d, want %d, the one sent", f, spGot, spSent)
		case spSent < 0 && spGot != 0:
			tb.Errorf("%v: sourcePrimary item = %d, want the first", f, spGot)
		}

		if f.Singleton() && len(got) > 1 {
			tb.Errorf("%v: %d contact items in a singleton field", f, len(got))
		}

		// primary, over all the items of the field.
		primaries := 0
		for _, it := range f.Items(next) {
			if it.GetMetadata().GetPrimary() {
				primaries++
			}
		}
		switch {
		case f == person.FieldMemberships && primaries != 0:
			tb.Errorf("%v: %d primary items, want none", f, primaries)
		case f != person.FieldMemberships && f.Len(next) > 0 && primaries != 1:
			tb.Errorf("%v: %d primary items, want exactly one", f, primaries)
		}
	}
}

// computedIfEmpty reports whether fd is a writable value that the server
// fills in when the request leaves it empty (SPEC.md §5): one person.proto
// gives a rule (computed) without making it output-only.
func computedIfEmpty(fd protoreflect.FieldDescriptor) bool {
	return !person.IsOutputOnly(fd) && proto.GetExtension(fd.Options(), schemapb.E_Computed).(string) != ""
}

// writable returns a copy of it holding only what a request can set: no
// metadata, no output-only value, no message left empty (an all-zero Date is
// absent), and, where sent leaves a computed-if-empty value empty, not that
// value either.
func writable(f person.Field, it, sent person.Item) proto.Message {
	c := proto.Clone(it)
	m := c.ProtoReflect()
	m.Clear(m.Descriptor().Fields().ByName("metadata"))
	sm := sent.ProtoReflect()
	for fd := range fieldsOf(m) {
		if computedIfEmpty(fd) && sm.Get(sm.Descriptor().Fields().ByName(fd.Name())).String() == "" {
			m.Clear(fd)
		}
	}
	stripOutputOnly(m)
	return c
}

// fieldsOf iterates over the populated fields of m.
func fieldsOf(m protoreflect.Message) func(func(protoreflect.FieldDescriptor) bool) {
	return func(yield func(protoreflect.FieldDescriptor) bool) {
		m.Range(func(fd protoreflect.FieldDescriptor, _ protoreflect.Value) bool {
			return yield(fd)
		})
	}
}

// stripOutputOnly clears, in m and the messages inside it, every output-only
// value ([person.IsOutputOnly]), then every message left empty.
func stripOutputOnly(m protoreflect.Message) {
	var clearFDs []protoreflect.FieldDescriptor
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case person.IsOutputOnly(fd):
			clearFDs = append(clearFDs, fd)
		case fd.Message() != nil && !fd.IsList() && !fd.IsMap():
			stripOutputOnly(v.Message())
			if proto.Size(v.Message().Interface()) == 0 {
				clearFDs = append(clearFDs, fd)
			}
		}
		return true
	})
	for _, fd := range clearFDs {
		m.Clear(fd)
	}
}

// isBlank reports whether a request item holds nothing a request can set.
func isBlank(f person.Field, it person.Item) bool {
	return proto.Size(writable(f, it, it)) == 0
}
