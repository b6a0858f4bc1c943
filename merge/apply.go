// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"slices"
	"time"

	"github.com/peopleupdate/peopleupdate/internal/copier"

	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// Apply returns the new stored person that updating stored with req under the
// update mask u gives ([SPEC §4], §5, and the bookkeeping of §6). stored and
// req are not modified, and the result shares no memory with either: callers
// may change them afterwards. With opts.Share, the result shares with stored
// the fields u leaves alone and the items of other sources whose primary flag
// stays (see [Options].Share), and is otherwise the same.
// Apply assumes the inputs passed validation (package validate); on others it
// does not panic, but its result is then only what the rules below give.
//
// Apply makes its result with one slab copier (internal/copier), without
// reflection: one allocation per message type and per list, whatever the
// number of items, besides the strings it computes.
//
// For each updatable field of u:
//
//   - The request items of the contact source ([person.IsContactItem] for
//     [person.Person.ContactSource]) that are not [Empty] are normalised:
//     their metadata becomes {source: {type: CONTACT, id: the contact
//     source's id}, sourcePrimary: as sent} (sourcePrimary only the first time
//     it is sent, and never on a membership), and their output-only values are
//     replaced by the computed ones ([SPEC §5]; see [Canonical]). If none of
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
// a new updateTime (see [Options].Clock); the other sources are copied unchanged.
// Without a contact source no source changes, and kept items name a CONTACT
// source with no id.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
func Apply(stored, req *person.Person, u mask.Update, opts Options) *person.Person {
	return apply(stored, req, u, opts, false)
}

// apply is Apply; with adopt, the request items it keeps are moved into the
// result, normalised in place, instead of being copied (internal/adopt).
func apply(stored, req *person.Person, u mask.Update, opts Options, adopt bool) *person.Person {
	if stored == nil {
		stored = &person.Person{}
	}
	masked := u.Fields() & person.UpdatableFields
	m := merger{
		copier:    copier.New(),
		adopt:     adopt,
		share:     opts.Share,
		contact:   stored.ContactSource(),
		canonical: opts.Canonicalize,
		region:    opts.Region,
	}
	// The Copier is an interface, so the functions passed to it escape: make
	// them once per call, not once per field.
	m.keepIt = func(it person.Item) bool { return m.keep(m.field, it) }
	m.otherIt = m.other
	if m.canonical == nil {
		m.canonical = Canonical
	}
	if m.region == "" {
		m.region = DefaultRegion
	}

	// One Copier makes the whole result, so that it takes one allocation per
	// message type: reserve everything, then copy.
	// With Share, the unmasked fields are stored's own, and only the
	// metadata is copied.
	var kept, others, from [person.NumFields]int
	if adopt || opts.Share {
		m.picks = make([]int32, 0, pickCap(stored, req, masked, adopt, opts.Share))
	}
	if opts.Share {
		m.copier.Reserve(m.contact)
	} else {
		m.copier.ReservePerson(stored, masked)
	}
	for f := range masked.All() {
		from[f] = len(m.picks)
		kept[f], others[f] = m.reserve(f, stored, req)
	}
	if opts.Share {
		m.out = m.copier.SharePerson(stored, masked.With(person.FieldPersonMetadata))
		if stored.Metadata != nil {
			m.out.Metadata = m.shareMetadata(stored.Metadata)
		}
	} else {
		m.out = m.copier.ClonePerson(stored, masked)
	}
	for f := range masked.All() {
		m.replace(f, stored, req, kept[f], others[f], m.picks[from[f]:])
	}

	if cs := m.out.ContactSource(); cs != nil {
		t := nextUpdateTime(cs.GetUpdateTime(), opts.now())
		cs.Etag = etag.NextSource(cs.GetEtag(), t)
		// The stored updateTime was copied into the result: reuse it.
		ts := cs.UpdateTime
		if ts == nil {
			ts = new(timestamppb.Timestamp)
			cs.UpdateTime = ts
		} else {
			ts.Reset()
		}
		ts.Seconds, ts.Nanos = t.Unix(), int32(t.Nanosecond())
	}
	copier.Free(m.copier)
	return m.out
}

// shareMetadata returns a new PersonMetadata with md's values, for Share: its
// sources are md's own but the contact source, which is copied (the update
// changes it), and a nil one, which becomes an empty Source as in a copy.
func (m *merger) shareMetadata(md *person.PersonMetadata) *person.PersonMetadata {
	// Every field of PersonMetadata (modes_test.go compares the results of
	// both modes).
	out := &person.PersonMetadata{
		PreviousResourceNames:     md.PreviousResourceNames,
		LinkedPeopleResourceNames: md.LinkedPeopleResourceNames,
		Deleted:                   md.Deleted,
		ObjectType:                md.ObjectType,
	}
	if u := md.ProtoReflect().GetUnknown(); len(u) > 0 {
		out.ProtoReflect().SetUnknown(slices.Clone(u))
	}
	if md.Sources != nil {
		out.Sources = make([]*person.Source, len(md.Sources))
		for i, src := range md.Sources {
			switch {
			case src == nil:
				src = new(person.Source)
			case src == m.contact:
				src = m.copier.Clone(src).(*person.Source)
			}
			out.Sources[i] = src
		}
	}
	return out
}

// merger holds what replacing the masked fields of one update needs.
type merger struct {
	copier    copier.Copier  // makes every message of out
	out       *person.Person // the new stored person, Apply's own
	adopt     bool           // the kept request items are moved, not copied
	share     bool           // stored's items of other sources are shared until changed
	contact   *person.Source // the stored contact source; nil if none
	canonical func(value, region string) string
	region    string
	field     person.Field           // the field keepIt judges
	keepIt    func(person.Item) bool // keep for m.field
	otherIt   func(person.Item) bool // other
	// picks holds, field after field, the indexes reserve found for replace:
	// with adopt, those of the request items kept; with Share, then those of
	// stored's items of other sources, shared. Each item is judged once.
	picks []int32
}

// pickCap returns the room merger.picks needs: one index for each request
// item of a masked field (with adopt) and each stored one (with share).
func pickCap(stored, req *person.Person, masked person.FieldSet, adopt, share bool) int {
	n := 0
	for f := range masked.All() {
		if adopt {
			n += f.Len(req)
		}
		if share {
			n += f.Len(stored)
		}
	}
	return n
}

// blankMetadata and blankSource are the templates of the metadata a kept item
// gets when it has none to reuse (see normalise). They are only read.
var (
	blankMetadata = &person.FieldMetadata{Source: &person.Source{}}
	blankSource   = &person.Source{}
)

// reserve reserves in m.copier what replace copies for field f, and returns
// how many kept items of req and items of stored's other sources there are.
// A kept item without metadata, or whose metadata has no source, gets new
// ones: it reserves them too. Adopted items need no copy.
func (m *merger) reserve(f person.Field, stored, req *person.Person) (kept, others int) {
	if !m.adopt {
		m.copier.ReserveItems(req, f, m.keepFunc(f))
	}
	for i := range f.Len(req) {
		it := f.At(req, i)
		if !m.keep(f, it) {
			continue
		}
		kept++
		if m.adopt {
			m.picks = append(m.picks, int32(i))
		}
		switch md := it.GetMetadata(); {
		case md == nil:
			m.copier.Reserve(blankMetadata)
		case md.GetSource() == nil:
			m.copier.Reserve(blankSource)
		}
	}
	if m.share {
		for i := range f.Len(stored) {
			if it := f.At(stored, i); it.ProtoReflect().IsValid() && m.other(it) {
				m.picks = append(m.picks, int32(i))
				others++
			}
		}
		return kept, others
	}
	others = m.copier.ReserveItems(stored, f, m.otherIt)
	return kept, others
}

// keep reports whether item it of field f of the request is one the update
// keeps: one of the contact source's ([person.IsContactItem]) and not [Empty].
func (m *merger) keep(f person.Field, it person.Item) bool {
	return person.IsContactItem(it, m.contact) && !Empty(f, it)
}

// keepFunc returns keep for field f, as the Copier takes it: m.keepIt, now
// judging f.
func (m *merger) keepFunc(f person.Field) func(person.Item) bool {
	m.field = f
	return m.keepIt
}

// other reports whether the stored item it belongs to another source than the
// contact source.
func (m *merger) other(it person.Item) bool { return !person.IsContactItem(it, m.contact) }

// replace sets field f of m.out to the normalised kept items of req followed
// by copies of stored's items of other sources, kept and others many, and
// recomputes its primary and sourcePrimary flags. picks starts with the
// indexes reserve found for f (see merger.picks).
func (m *merger) replace(f person.Field, stored, req *person.Person, kept, others int, picks []int32) {
	if kept+others == 0 {
		return // ClonePerson left the field empty
	}
	f.Reset(m.out, kept+others)
	if m.adopt {
		for _, i := range picks[:kept] {
			f.Append(m.out, f.At(req, int(i)))
		}
		picks = picks[kept:]
	} else {
		m.copier.AppendItems(m.out, req, f, m.keepFunc(f))
	}

	membership := f == person.FieldMemberships
	sourcePrimary := false
	for i := range kept {
		it := f.At(m.out, i)
		sp := !membership && !sourcePrimary && it.GetMetadata().GetSourcePrimary()
		sourcePrimary = sourcePrimary || sp
		m.normalise(it, sp)
	}
	if !membership && !sourcePrimary && kept > 0 {
		f.At(m.out, 0).GetMetadata().SourcePrimary = true
	}
	if m.share {
		// The items of other sources are stored's own until their primary
		// flag changes (see own).
		for _, i := range picks[:others] {
			f.Append(m.out, f.At(stored, int(i)))
		}
	} else {
		m.copier.AppendItems(m.out, stored, f, m.otherIt)
	}

	winner := -1
	if !membership {
		winner = m.primary(f, kept)
	}
	// Only the winner has primary. An item without metadata gets none,
	// unless it is the winner: that is not a valid person, and panics.
	for i := range f.Len(m.out) {
		md := f.At(m.out, i).GetMetadata()
		want := i == winner
		if md == nil && !want || md != nil && md.Primary == want {
			continue
		}
		if m.share && i >= kept {
			md = m.own(f, i)
		}
		md.Primary = want
	}
}

// own replaces item i of field f of m.out, an item of stored shared with Share,
// by a copy of it, which m.out may change, and returns the copy's metadata.
func (m *merger) own(f person.Field, i int) *person.FieldMetadata {
	c := m.copier.Clone(f.At(m.out, i)).(person.Item)
	f.Set(m.out, i, c)
	return c.GetMetadata()
}

// normalise turns c, Apply's copy of a kept request item (or the item itself,
// adopted), into the item the result holds ([SPEC §4] step 3): its metadata
// becomes {source: {type: CONTACT, id: the contact source's id},
// sourcePrimary} and its output-only values are computed. The metadata and
// source c has are reset and reused; those it lacks come from the templates
// reserved for them.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
func (m *merger) normalise(c person.Item, sourcePrimary bool) {
	md := c.GetMetadata()
	switch {
	case md == nil:
		md = m.copier.Clone(blankMetadata).(*person.FieldMetadata) // with an empty Source
		c.SetMetadata(md)
	case md.Source == nil:
		md.Reset()
		md.Source = m.copier.Clone(blankSource).(*person.Source)
	default:
		src := md.Source
		md.Reset()
		src.Reset()
		md.Source = src
	}
	md.Source.Type, md.Source.Id = person.Source_CONTACT, m.contact.GetId()
	md.SourcePrimary = sourcePrimary
	compute(c, m.canonical, m.region)
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

// nextUpdateTime returns the contact source's new updateTime ([SPEC §4] step
// 5): now, unless it is not after the stored updateTime prev, then prev plus one
// millisecond. A nil prev counts as the Unix epoch.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
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
