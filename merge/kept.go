// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"fmt"

	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Kept reports whether a request item is one the update keeps (SPEC.md §4 step
// 2): it names no source, or an empty one (no type and no id), or its source is
// the contact source: type CONTACT with contact's id, or type CONTACT and no id.
// Every other item is ignored, a CONTACT source with another id and an id with
// no type included. A nil contact has the empty id, so then only items naming
// no source or a CONTACT source without an id are kept.
//
// Kept neither allocates nor modifies it. It is the request-side rule; for
// stored items see [person.IsContactItem].
func Kept(it person.Item, contact *person.Source) bool {
	s := person.SourceOf(it)
	if s == nil {
		return true
	}
	switch s.GetType() {
	case person.Source_SOURCE_TYPE_UNSPECIFIED:
		return s.GetId() == ""
	case person.Source_CONTACT:
		return s.GetId() == "" || s.GetId() == contact.GetId()
	}
	return false
}

// Empty reports whether it, an item of field f, holds nothing but its metadata
// once its output-only values are dropped (SPEC.md §4 step 3): `{}`, an email
// address holding only formattedType and metadata flags, a membership holding
// only domainMembership, a birthday whose date has no component set. Such an
// item is dropped from the update.
//
// A value counts when proto3 would serialise it: a non-empty string, a true
// boolean, a non-zero number or enum, a non-empty list, or a message that
// itself holds a value that counts. The output-only values are those SPEC.md
// §4 step 3 lists: displayName and displayNameLastFirst of a name, every
// formattedType, formattedProtocol, Gender.formattedValue, canonicalForm,
// contactGroupId and domainMembership.
//
// Empty neither allocates nor modifies it. It panics if f is not a repeated
// field or it is not of f's item type, which are programming errors.
func Empty(f person.Field, it person.Item) bool {
	if !f.IsValid() || !f.Repeated() {
		panic(fmt.Sprintf("merge.Empty: %v is not a repeated Person field", f))
	}
	s := &shapes[f]
	m := it.ProtoReflect()
	if m.Descriptor() != s.desc {
		panic(fmt.Sprintf("merge.Empty: item of type %s given for field %v, whose items are %s",
			m.Descriptor().FullName(), f, s.desc.FullName()))
	}
	return !s.hasContent(m)
}

// outputOnly holds the fields, of items and of messages inside them, whose
// values the server computes and a request cannot set (SPEC.md §4 step 3).
// Besides these, every formatted_type field and the metadata field of an item
// are left out of an item's content.
var outputOnly = map[protoreflect.FullName]bool{
	"peopleupdate.person.Name.display_name":                       true,
	"peopleupdate.person.Name.display_name_last_first":            true,
	"peopleupdate.person.ImClient.formatted_protocol":             true,
	"peopleupdate.person.Gender.formatted_value":                  true,
	"peopleupdate.person.PhoneNumber.canonical_form":              true,
	"peopleupdate.person.ContactGroupMembership.contact_group_id": true,
	"peopleupdate.person.Membership.domain_membership":            true,
}

// isOutputOnly reports whether fd is a value the server computes.
func isOutputOnly(fd protoreflect.FieldDescriptor) bool {
	return fd.Name() == "formatted_type" || outputOnly[fd.FullName()]
}

// A shape lists the fields of one message type that count as content: all of
// them but the output-only ones and, for an item, its metadata.
type shape struct {
	desc   protoreflect.MessageDescriptor
	fields []contentField
}

// A contentField is one field of a shape; sub is the shape of a singular
// message field, nil for any other.
type contentField struct {
	fd  protoreflect.FieldDescriptor
	sub *shape
}

// shapes holds the shape of each field's items, indexed by Field; the entry of
// FieldPersonMetadata is unused.
var shapes = func() (s [person.NumFields]shape) {
	for f := range person.Field(person.NumFields) {
		if f.Repeated() {
			s[f] = newShape(f.NewItem().ProtoReflect().Descriptor(), true)
		}
	}
	return s
}()

// newShape returns the shape of messages of type md; item says md is an item
// type, whose metadata field is not content.
func newShape(md protoreflect.MessageDescriptor, item bool) shape {
	s := shape{desc: md}
	fds := md.Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		if isOutputOnly(fd) || (item && fd.Name() == "metadata") {
			continue
		}
		cf := contentField{fd: fd}
		if fd.Message() != nil && !fd.IsList() && !fd.IsMap() {
			sub := newShape(fd.Message(), false)
			cf.sub = &sub
		}
		s.fields = append(s.fields, cf)
	}
	return s
}

// hasContent reports whether m holds a value in one of s's fields.
func (s *shape) hasContent(m protoreflect.Message) bool {
	for i := range s.fields {
		cf := &s.fields[i]
		if !m.Has(cf.fd) {
			continue
		}
		if cf.sub == nil || cf.sub.hasContent(m.Get(cf.fd).Message()) {
			return true
		}
	}
	return false
}
