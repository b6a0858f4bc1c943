// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"iter"

	"google.golang.org/protobuf/proto"
)

// Item is one element of a repeated top-level Person field: a Name, an
// EmailAddress, a Membership, and so on. Every item message carries its own
// FieldMetadata.
type Item interface {
	proto.Message
	GetMetadata() *FieldMetadata
}

// A Field names one of the 29 top-level Person fields that a personFields mask can
// select. The constants are in canonical order, the order of the mask path lists of
// the People API reference (alphabetical by JSON name), so iterating from 0 to
// NumFields-1 visits the fields in the order the API lists them.
//
// Every field but Metadata is a list of items; the methods that read or write items
// give FieldPersonMetadata no items.
type Field uint8

// The 29 readable fields, in canonical order.
const (
	FieldAddresses Field = iota
	FieldAgeRanges
	FieldBiographies
	FieldBirthdays
	FieldCalendarUrls
	FieldClientData
	FieldCoverPhotos
	FieldEmailAddresses
	FieldEvents
	FieldExternalIds
	FieldGenders
	FieldImClients
	FieldInterests
	FieldLocales
	FieldLocations
	FieldMemberships
	// FieldPersonMetadata is the Person.metadata field (the metadata mask path),
	// named so as not to clash with the FieldMetadata message.
	FieldPersonMetadata
	FieldMiscKeywords
	FieldNames
	FieldNicknames
	FieldOccupations
	FieldOrganizations
	FieldPhoneNumbers
	FieldPhotos
	FieldRelations
	FieldSipAddresses
	FieldSkills
	FieldUrls
	FieldUserDefined

	// NumFields is the number of readable fields.
	NumFields = int(FieldUserDefined) + 1
)

// fieldInfo is one row of the field table.
type fieldInfo struct {
	json      string
	proto     string
	updatable bool
	singleton bool
	ops       listOps // nil for Metadata
}

// fields is the field table. Its rows are in Field order; TestFieldTable checks each
// row against the generated descriptor.
var fields = [NumFields]fieldInfo{
	FieldAddresses:      {"addresses", "addresses", true, false, list[*Address]{(*Person).GetAddresses, func(p *Person, v []*Address) { p.Addresses = v }}},
	FieldAgeRanges:      {"ageRanges", "age_ranges", false, false, list[*AgeRangeType]{(*Person).GetAgeRanges, func(p *Person, v []*AgeRangeType) { p.AgeRanges = v }}},
	FieldBiographies:    {"biographies", "biographies", true, true, list[*Biography]{(*Person).GetBiographies, func(p *Person, v []*Biography) { p.Biographies = v }}},
	FieldBirthdays:      {"birthdays", "birthdays", true, true, list[*Birthday]{(*Person).GetBirthdays, func(p *Person, v []*Birthday) { p.Birthdays = v }}},
	FieldCalendarUrls:   {"calendarUrls", "calendar_urls", true, false, list[*CalendarUrl]{(*Person).GetCalendarUrls, func(p *Person, v []*CalendarUrl) { p.CalendarUrls = v }}},
	FieldClientData:     {"clientData", "client_data", true, false, list[*ClientData]{(*Person).GetClientData, func(p *Person, v []*ClientData) { p.ClientData = v }}},
	FieldCoverPhotos:    {"coverPhotos", "cover_photos", false, false, list[*CoverPhoto]{(*Person).GetCoverPhotos, func(p *Person, v []*CoverPhoto) { p.CoverPhotos = v }}},
	FieldEmailAddresses: {"emailAddresses", "email_addresses", true, false, list[*EmailAddress]{(*Person).GetEmailAddresses, func(p *Person, v []*EmailAddress) { p.EmailAddresses = v }}},
	FieldEvents:         {"events", "events", true, false, list[*Event]{(*Person).GetEvents, func(p *Person, v []*Event) { p.Events = v }}},
	FieldExternalIds:    {"externalIds", "external_ids", true, false, list[*ExternalId]{(*Person).GetExternalIds, func(p *Person, v []*ExternalId) { p.ExternalIds = v }}},
	FieldGenders:        {"genders", "genders", true, true, list[*Gender]{(*Person).GetGenders, func(p *Person, v []*Gender) { p.Genders = v }}},
	FieldImClients:      {"imClients", "im_clients", true, false, list[*ImClient]{(*Person).GetImClients, func(p *Person, v []*ImClient) { p.ImClients = v }}},
	FieldInterests:      {"interests", "interests", true, false, list[*Interest]{(*Person).GetInterests, func(p *Person, v []*Interest) { p.Interests = v }}},
	FieldLocales:        {"locales", "locales", true, false, list[*Locale]{(*Person).GetLocales, func(p *Person, v []*Locale) { p.Locales = v }}},
	FieldLocations:      {"locations", "locations", true, false, list[*Location]{(*Person).GetLocations, func(p *Person, v []*Location) { p.Locations = v }}},
	FieldMemberships:    {"memberships", "memberships", true, false, list[*Membership]{(*Person).GetMemberships, func(p *Person, v []*Membership) { p.Memberships = v }}},
	FieldPersonMetadata: {"metadata", "metadata", false, false, nil},
	FieldMiscKeywords:   {"miscKeywords", "misc_keywords", true, false, list[*MiscKeyword]{(*Person).GetMiscKeywords, func(p *Person, v []*MiscKeyword) { p.MiscKeywords = v }}},
	FieldNames:          {"names", "names", true, true, list[*Name]{(*Person).GetNames, func(p *Person, v []*Name) { p.Names = v }}},
	FieldNicknames:      {"nicknames", "nicknames", true, false, list[*Nickname]{(*Person).GetNicknames, func(p *Person, v []*Nickname) { p.Nicknames = v }}},
	FieldOccupations:    {"occupations", "occupations", true, false, list[*Occupation]{(*Person).GetOccupations, func(p *Person, v []*Occupation) { p.Occupations = v }}},
	FieldOrganizations:  {"organizations", "organizations", true, false, list[*Organization]{(*Person).GetOrganizations, func(p *Person, v []*Organization) { p.Organizations = v }}},
	FieldPhoneNumbers:   {"phoneNumbers", "phone_numbers", true, false, list[*PhoneNumber]{(*Person).GetPhoneNumbers, func(p *Person, v []*PhoneNumber) { p.PhoneNumbers = v }}},
	FieldPhotos:         {"photos", "photos", false, false, list[*Photo]{(*Person).GetPhotos, func(p *Person, v []*Photo) { p.Photos = v }}},
	FieldRelations:      {"relations", "relations", true, false, list[*Relation]{(*Person).GetRelations, func(p *Person, v []*Relation) { p.Relations = v }}},
	FieldSipAddresses:   {"sipAddresses", "sip_addresses", true, false, list[*SipAddress]{(*Person).GetSipAddresses, func(p *Person, v []*SipAddress) { p.SipAddresses = v }}},
	FieldSkills:         {"skills", "skills", false, false, list[*Skill]{(*Person).GetSkills, func(p *Person, v []*Skill) { p.Skills = v }}},
	FieldUrls:           {"urls", "urls", true, false, list[*Url]{(*Person).GetUrls, func(p *Person, v []*Url) { p.Urls = v }}},
	FieldUserDefined:    {"userDefined", "user_defined", true, false, list[*UserDefined]{(*Person).GetUserDefined, func(p *Person, v []*UserDefined) { p.UserDefined = v }}},
}

// byName maps both spellings of each field name to its Field.
var byName = func() map[string]Field {
	m := make(map[string]Field, 2*NumFields)
	for f := range Field(NumFields) {
		m[fields[f].json] = f
		m[fields[f].proto] = f
	}
	return m
}()

// FieldByName returns the field whose JSON name (emailAddresses) or proto name
// (email_addresses) is name. Names are case-sensitive.
func FieldByName(name string) (Field, bool) {
	f, ok := byName[name]
	return f, ok
}

// IsValid reports whether f is one of the 29 fields.
func (f Field) IsValid() bool { return int(f) < NumFields }

// String returns the field's JSON name, as a mask path spells it.
func (f Field) String() string {
	if !f.IsValid() {
		return "Field(invalid)"
	}
	return fields[f].json
}

// JSONName returns the lowerCamelCase name of the field (emailAddresses).
func (f Field) JSONName() string { return fields[f].json }

// ProtoName returns the snake_case name of the field (email_addresses), the
// spelling the API uses in error messages about request fields.
func (f Field) ProtoName() string { return fields[f].proto }

// Updatable reports whether the field is one of the 24 updatePersonFields paths.
func (f Field) Updatable() bool { return fields[f].updatable }

// Singleton reports whether a contact source may hold at most one item of the
// field (names, birthdays, biographies, genders).
func (f Field) Singleton() bool { return fields[f].singleton }

// Repeated reports whether the field is a list of items; only FieldPersonMetadata is not.
func (f Field) Repeated() bool { return fields[f].ops != nil }

// Len returns the number of items of the field in p. A nil p has none.
func (f Field) Len(p *Person) int {
	if ops := fields[f].ops; ops != nil {
		return ops.len(p)
	}
	return 0
}

// At returns item i of the field in p. It panics if i is out of range.
func (f Field) At(p *Person, i int) Item { return fields[f].ops.at(p, i) }

// Items iterates over the items of the field in p with their indexes.
func (f Field) Items(p *Person) iter.Seq2[int, Item] {
	return func(yield func(int, Item) bool) {
		for i, n := 0, f.Len(p); i < n; i++ {
			if !yield(i, f.At(p, i)) {
				return
			}
		}
	}
}

// Has reports whether the field is populated in p: it has items, or, for
// FieldPersonMetadata, p.Metadata is set.
func (f Field) Has(p *Person) bool {
	if f == FieldPersonMetadata {
		return p.GetMetadata() != nil
	}
	return f.Len(p) > 0
}

// Clear removes the field from p.
func (f Field) Clear(p *Person) {
	if ops := fields[f].ops; ops != nil {
		ops.clear(p)
		return
	}
	p.Metadata = nil
}

// Reset replaces the field's items in p by an empty list with room for n items,
// ready for Append.
func (f Field) Reset(p *Person, n int) { fields[f].ops.reset(p, n) }

// Append adds item to the end of the field's items in p. It panics if item is
// not of the field's item type, which is a programming error.
func (f Field) Append(p *Person, item Item) { fields[f].ops.append(p, item) }

// Truncate keeps only the first n items of the field in p.
func (f Field) Truncate(p *Person, n int) { fields[f].ops.truncate(p, n) }

// Set replaces item i of the field in p. It panics if item is not of the field's
// item type or i is out of range.
func (f Field) Set(p *Person, i int, item Item) { fields[f].ops.set(p, i, item) }

// NewItem returns a new, empty item of the field's type.
func (f Field) NewItem() Item { return fields[f].ops.newItem() }

// listOps is the typed access to one repeated field, implemented once by list[T].
type listOps interface {
	len(*Person) int
	at(*Person, int) Item
	clear(*Person)
	reset(*Person, int)
	append(*Person, Item)
	truncate(*Person, int)
	set(*Person, int, Item)
	newItem() Item
}

// list is the typed access to a repeated field whose items are of type T.
type list[T Item] struct {
	get func(*Person) []T
	put func(*Person, []T)
}

func (l list[T]) len(p *Person) int        { return len(l.get(p)) }
func (l list[T]) at(p *Person, i int) Item { return l.get(p)[i] }
func (l list[T]) clear(p *Person)          { l.put(p, nil) }
func (l list[T]) reset(p *Person, n int)   { l.put(p, make([]T, 0, n)) }
func (l list[T]) append(p *Person, it Item) {
	l.put(p, append(l.get(p), it.(T)))
}
func (l list[T]) truncate(p *Person, n int) {
	s := l.get(p)
	clear(s[n:])
	if n == 0 {
		s = nil
	} else {
		s = s[:n]
	}
	l.put(p, s)
}
func (l list[T]) set(p *Person, i int, it Item) { l.get(p)[i] = it.(T) }
func (l list[T]) newItem() Item {
	var zero T
	return zero.ProtoReflect().New().Interface().(T)
}
