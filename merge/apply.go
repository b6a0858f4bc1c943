// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"time"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// Options are the inputs of [Apply] that do not come from the request. The
// zero Options is valid.
type Options struct {
	// Now is the time of the update: the contact source's new updateTime,
	// unless it is not after the stored updateTime (the zero Now never is),
	// in which case the new updateTime is the stored one plus a millisecond.
	// A contact source with no stored updateTime counts as updated at the
	// Unix epoch, so the zero Now then gives 1970-01-01T00:00:00.001Z.
	Now time.Time

	// Region is the region phone numbers without a leading + are read in,
	// an ISO 3166 code such as "US"; "" means DefaultRegion.
	Region string

	// Canonicalize returns the canonical form (E.164) of a phone number
	// value read in region, which is Region or DefaultRegion, or "" when the
	// value has none; nil means Canonical. It is called only for non-empty
	// values, and must be deterministic for Apply to be.
	Canonicalize func(value, region string) string
}

// Apply returns the new stored person that updating stored with req under the
// update mask u gives (SPEC.md §4, §5, and the bookkeeping of §6). stored and
// req are not modified, and the result shares no memory with either: callers
// may change them afterwards. Apply assumes the inputs passed validation
// (package validate); on others it does not panic, but its result is then
// only what the rules below give.
//
// For each updatable field of u:
//
//   - The request items [Kept] for the contact source
//     ([person.Person.ContactSource]) that are not [Empty] are normalised:
//     their metadata becomes {source: {type: CONTACT, id: the contact
//     source's id}, sourcePrimary: as sent} (sourcePrimary only the first time
//     it is sent, and never on a membership), and their output-only values are
//     replaced by the computed ones (SPEC.md §5; see [Canonical]). If none of
//     them was sent with sourcePrimary, the first gets it (memberships
//     excepted).
//   - The field's items become those items, in request order, followed by
//     copies of the stored items of other sources, in stored order: the
//     stored contact items ([person.IsContactItem]) are gone, so a field that
//     is absent from req is cleared of them.
//   - primary is recomputed over all the field's items: exactly one item has
//     it, that of the winning source marked sourcePrimary, else the winning
//     source's first. The winning source is the contact source if it has items
//     in the field, else the first entry of stored.metadata.sources that has,
//     else the source of the field's first item. In memberships no item has
//     primary. Other sources' items keep every other value as stored,
//     sourcePrimary included.
//
// Every other field, resourceName and etag are copied from stored unchanged
// (Apply does not compute person etags; package etag does). The contact source
// gets a new etag ([etag.NextSource] of its old one and the new updateTime) and
// a new updateTime (see [Options].Now); the other sources are copied unchanged.
// Without a contact source no source changes, and kept items name a CONTACT
// source with no id.
func Apply(stored, req *person.Person, u mask.Update, opts Options) *person.Person {
	if stored == nil {
		stored = &person.Person{}
	}
	masked := u.Fields() & person.UpdatableFields
	out := cloneExcept(stored, masked)

	m := merger{
		out:       out,
		contact:   stored.ContactSource(),
		canonical: opts.Canonicalize,
		region:    opts.Region,
	}
	if m.canonical == nil {
		m.canonical = Canonical
	}
	if m.region == "" {
		m.region = DefaultRegion
	}
	for f := range masked.All() {
		m.replace(f, stored, req)
	}

	if cs := out.ContactSource(); cs != nil {
		t := nextUpdateTime(cs.GetUpdateTime(), opts.Now)
		cs.Etag = etag.NextSource(cs.GetEtag(), t)
		cs.UpdateTime = timestamppb.New(t)
	}
	return out
}

// merger holds what replacing the masked fields of one update needs.
type merger struct {
	out       *person.Person // the new stored person, Apply's own
	contact   *person.Source // the stored contact source; nil if none
	canonical func(value, region string) string
	region    string
}

// replace sets field f of m.out to the normalised kept items of req followed
// by copies of stored's items of other sources, and recomputes its primary
// and sourcePrimary flags.
func (m *merger) replace(f person.Field, stored, req *person.Person) {
	others := 0
	for _, it := range f.Items(stored) {
		if !person.IsContactItem(it, m.contact) {
			others++
		}
	}
	if others+f.Len(req) == 0 {
		return // cloneExcept left the field empty
	}
	f.Reset(m.out, others+f.Len(req))

	membership := f == person.FieldMemberships
	kept, sourcePrimary := 0, false
	for _, it := range f.Items(req) {
		if !Kept(it, m.contact) || Empty(f, it) {
			continue
		}
		c := proto.Clone(it).(person.Item)
		md := &person.FieldMetadata{
			Source: &person.Source{Type: person.Source_CONTACT, Id: m.contact.GetId()},
		}
		if !membership && !sourcePrimary && it.GetMetadata().GetSourcePrimary() {
			md.SourcePrimary, sourcePrimary = true, true
		}
		c.ProtoReflect().Set(metadataFields[f], protoreflect.ValueOfMessage(md.ProtoReflect()))
		compute(c, m.canonical, m.region)
		f.Append(m.out, c)
		kept++
	}
	if !membership && !sourcePrimary && kept > 0 {
		f.At(m.out, 0).GetMetadata().SourcePrimary = true
	}
	for _, it := range f.Items(stored) {
		if !person.IsContactItem(it, m.contact) {
			f.Append(m.out, proto.Clone(it).(person.Item))
		}
	}
	if kept+others == 0 {
		f.Clear(m.out) // every request item was ignored or empty
		return
	}

	winner := -1
	if !membership {
		winner = m.primary(f, kept)
	}
	for _, it := range f.Items(m.out) {
		if md := it.GetMetadata(); md != nil {
			md.Primary = false
		}
	}
	if winner >= 0 {
		f.At(m.out, winner).GetMetadata().Primary = true
	}
}

// primary returns the index of the item of field f of m.out that gets the
// primary flag, or -1 when there is none; the first kept items are the
// contact source's.
func (m *merger) primary(f person.Field, kept int) int {
	if kept > 0 {
		return m.sourcePrimaryItem(f, 0, kept, nil)
	}
	n := f.Len(m.out)
	for _, s := range m.out.GetMetadata().GetSources() {
		if i := m.sourcePrimaryItem(f, kept, n, s); i >= 0 {
			return i
		}
	}
	if n == 0 {
		return -1
	}
	return m.sourcePrimaryItem(f, kept, n, person.SourceOf(f.At(m.out, kept)))
}

// sourcePrimaryItem returns the index, among the items [from, to) of field f
// of m.out, of the first item of source s marked sourcePrimary, else that of
// its first item, or -1 when s has none. A nil s matches every item.
func (m *merger) sourcePrimaryItem(f person.Field, from, to int, s *person.Source) int {
	first := -1
	for i := from; i < to; i++ {
		it := f.At(m.out, i)
		if s != nil && !sameSource(person.SourceOf(it), s) {
			continue
		}
		if it.GetMetadata().GetSourcePrimary() {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// sameSource reports whether a and b name the same source: same type, same id.
func sameSource(a, b *person.Source) bool {
	return a.GetType() == b.GetType() && a.GetId() == b.GetId()
}

// nextUpdateTime returns the contact source's new updateTime (SPEC.md §4 step
// 5): now, unless it is not after the stored updateTime prev, then prev plus one
// millisecond. A nil prev counts as the Unix epoch.
func nextUpdateTime(prev *timestamppb.Timestamp, now time.Time) time.Time {
	p := time.Unix(0, 0).UTC()
	if prev != nil {
		p = prev.AsTime()
	}
	if now.After(p) {
		return now.UTC()
	}
	return p.Add(time.Millisecond)
}

// cloneExcept returns a deep copy of p without the fields of skip: one deep
// copy of what is kept, with nothing copied for the skipped fields.
func cloneExcept(p *person.Person, skip person.FieldSet) *person.Person {
	if skip.IsEmpty() {
		return proto.Clone(p).(*person.Person)
	}
	// view shares p's values (it is never written through) but for the
	// skipped fields; cloning it copies only what the result keeps.
	view := new(person.Person)
	vm := view.ProtoReflect()
	pm := p.ProtoReflect()
	pm.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if f, ok := fieldOf(fd); !ok || !skip.Has(f) {
			vm.Set(fd, v)
		}
		return true
	})
	vm.SetUnknown(pm.GetUnknown())
	return proto.Clone(view).(*person.Person)
}

// fieldByIndex maps the index of each Person field descriptor to its Field
// plus one; 0 marks the Person fields that are none of the 29 (etag,
// fileAses, ...).
var fieldByIndex = func() []uint8 {
	fds := (*person.Person)(nil).ProtoReflect().Descriptor().Fields()
	s := make([]uint8, fds.Len())
	for f := range person.Field(person.NumFields) {
		s[fds.ByName(protoreflect.Name(f.ProtoName())).Index()] = uint8(f) + 1
	}
	return s
}()

// fieldOf returns the Field whose descriptor is fd, if fd is one of the 29.
func fieldOf(fd protoreflect.FieldDescriptor) (person.Field, bool) {
	f := fieldByIndex[fd.Index()]
	return person.Field(f - 1), f != 0
}

// metadataFields holds the descriptor of the metadata field of each field's
// items, by Field; the entry of FieldPersonMetadata is nil.
var metadataFields = func() (fds [person.NumFields]protoreflect.FieldDescriptor) {
	for f := range person.Field(person.NumFields) {
		if f.Repeated() {
			fds[f] = f.NewItem().ProtoReflect().Descriptor().Fields().ByName("metadata")
		}
	}
	return fds
}()
