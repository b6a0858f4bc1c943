// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"fmt"

	"github.com/peopleupdate/peopleupdate/person"
)

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
	g, content := itemContent(it)
	if g != f {
		panic(fmt.Sprintf("merge.Empty: item of type %s given for field %v, whose items are %s",
			it.ProtoReflect().Descriptor().FullName(), f, f.NewItem().ProtoReflect().Descriptor().FullName()))
	}
	return !content
}

// noField is what itemContent answers for a message that is no item type.
const noField = person.Field(255)

// itemContent returns the field whose items are of it's type (noField for
// another type) and whether it holds a value that counts for [Empty]: one
// of its fields other than metadata and the output-only ones is set, a
// message field counting when it holds such a value itself. A nil item holds
// none.
func itemContent(it person.Item) (person.Field, bool) {
	switch x := it.(type) {
	case *person.Address:
		return person.FieldAddresses, x.GetCity() != "" || x.GetCountry() != "" || x.GetCountryCode() != "" ||
			x.GetExtendedAddress() != "" || x.GetFormattedValue() != "" || x.GetPoBox() != "" ||
			x.GetPostalCode() != "" || x.GetRegion() != "" || x.GetStreetAddress() != "" || x.GetType() != ""
	case *person.AgeRangeType:
		return person.FieldAgeRanges, x.GetAgeRange() != 0
	case *person.Biography:
		return person.FieldBiographies, x.GetContentType() != 0 || x.GetValue() != ""
	case *person.Birthday:
		return person.FieldBirthdays, dateContent(x.GetDate()) || x.GetText() != ""
	case *person.CalendarUrl:
		return person.FieldCalendarUrls, x.GetType() != "" || x.GetUrl() != ""
	case *person.ClientData:
		return person.FieldClientData, x.GetKey() != "" || x.GetValue() != ""
	case *person.CoverPhoto:
		return person.FieldCoverPhotos, x.GetDefault() || x.GetUrl() != ""
	case *person.EmailAddress:
		return person.FieldEmailAddresses, x.GetDisplayName() != "" || x.GetType() != "" || x.GetValue() != ""
	case *person.Event:
		return person.FieldEvents, dateContent(x.GetDate()) || x.GetType() != ""
	case *person.ExternalId:
		return person.FieldExternalIds, x.GetType() != "" || x.GetValue() != ""
	case *person.Gender:
		return person.FieldGenders, x.GetAddressMeAs() != "" || x.GetValue() != ""
	case *person.ImClient:
		return person.FieldImClients, x.GetProtocol() != "" || x.GetType() != "" || x.GetUsername() != ""
	case *person.Interest:
		return person.FieldInterests, x.GetValue() != ""
	case *person.Locale:
		return person.FieldLocales, x.GetValue() != ""
	case *person.Location:
		return person.FieldLocations, x.GetBuildingId() != "" || x.GetCurrent() || x.GetDeskCode() != "" ||
			x.GetFloor() != "" || x.GetFloorSection() != "" || x.GetType() != "" || x.GetValue() != ""
	case *person.Membership:
		return person.FieldMemberships, x.GetContactGroupMembership().GetContactGroupResourceName() != ""
	case *person.MiscKeyword:
		return person.FieldMiscKeywords, x.GetType() != 0 || x.GetValue() != ""
	case *person.Name:
		return person.FieldNames, x.GetFamilyName() != "" || x.GetGivenName() != "" || x.GetHonorificPrefix() != "" ||
			x.GetHonorificSuffix() != "" || x.GetMiddleName() != "" || x.GetPhoneticFamilyName() != "" ||
			x.GetPhoneticFullName() != "" || x.GetPhoneticGivenName() != "" || x.GetPhoneticHonorificPrefix() != "" ||
			x.GetPhoneticHonorificSuffix() != "" || x.GetPhoneticMiddleName() != "" || x.GetUnstructuredName() != ""
	case *person.Nickname:
		return person.FieldNicknames, x.GetType() != 0 || x.GetValue() != ""
	case *person.Occupation:
		return person.FieldOccupations, x.GetValue() != ""
	case *person.Organization:
		return person.FieldOrganizations, x.GetCostCenter() != "" || x.GetCurrent() || x.GetDepartment() != "" ||
			x.GetDomain() != "" || dateContent(x.GetEndDate()) || x.GetFullTimeEquivalentMillipercent() != 0 ||
			x.GetJobDescription() != "" || x.GetLocation() != "" || x.GetName() != "" || x.GetPhoneticName() != "" ||
			dateContent(x.GetStartDate()) || x.GetSymbol() != "" || x.GetTitle() != "" || x.GetType() != ""
	case *person.PhoneNumber:
		return person.FieldPhoneNumbers, x.GetType() != "" || x.GetValue() != ""
	case *person.Photo:
		return person.FieldPhotos, x.GetDefault() || x.GetUrl() != ""
	case *person.Relation:
		return person.FieldRelations, x.GetPerson() != "" || x.GetType() != ""
	case *person.SipAddress:
		return person.FieldSipAddresses, x.GetType() != "" || x.GetValue() != ""
	case *person.Skill:
		return person.FieldSkills, x.GetValue() != ""
	case *person.Url:
		return person.FieldUrls, x.GetType() != "" || x.GetValue() != ""
	case *person.UserDefined:
		return person.FieldUserDefined, x.GetKey() != "" || x.GetValue() != ""
	}
	return noField, false
}

// dateContent reports whether d has a component set.
func dateContent(d *person.Date) bool {
	return d.GetYear() != 0 || d.GetMonth() != 0 || d.GetDay() != 0
}
