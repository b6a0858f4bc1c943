// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"strings"
	"unicode"

	"github.com/peopleupdate/peopleupdate/person"
)

// compute sets the values the server computes for a kept item (SPEC.md §5),
// overwriting whatever the request sent for them. it is Apply's own copy.
// canonical is the phone canonicaliser, region the region it is given.
func compute(it person.Item, canonical func(value, region string) string, region string) {
	switch x := it.(type) {
	case *person.Name:
		x.DisplayName = displayName(x)
		x.DisplayNameLastFirst = displayNameLastFirst(x, x.DisplayName)
		if x.UnstructuredName == "" {
			x.UnstructuredName = x.DisplayName
		}
	case *person.Address:
		x.FormattedType = addressTypes.format(x.Type)
		if x.FormattedValue == "" {
			x.FormattedValue = formatAddress(x)
		}
	case *person.CalendarUrl:
		x.FormattedType = calendarURLTypes.format(x.Type)
	case *person.EmailAddress:
		x.FormattedType = emailAddressTypes.format(x.Type)
	case *person.Event:
		x.FormattedType = eventTypes.format(x.Type)
	case *person.ExternalId:
		x.FormattedType = externalIDTypes.format(x.Type)
	case *person.Gender:
		x.FormattedValue = genderValues.format(x.Value)
	case *person.ImClient:
		x.FormattedType = imClientTypes.format(x.Type)
		x.FormattedProtocol = imProtocols.format(x.Protocol)
	case *person.Membership:
		x.DomainMembership = nil
		if g := x.ContactGroupMembership; g != nil {
			g.ContactGroupId, _ = person.ContactGroupID(g.ContactGroupResourceName)
		}
	case *person.MiscKeyword:
		x.FormattedType = miscKeywordType(x.Type)
	case *person.Organization:
		x.FormattedType = organizationTypes.format(x.Type)
	case *person.PhoneNumber:
		x.FormattedType = phoneNumberTypes.format(x.Type)
		x.CanonicalForm = ""
		if x.Value != "" {
			x.CanonicalForm = canonical(x.Value, region)
		}
	case *person.Relation:
		x.FormattedType = relationTypes.format(x.Type)
	case *person.SipAddress:
		x.FormattedType = sipAddressTypes.format(x.Type)
	case *person.Url:
		x.FormattedType = urlTypes.format(x.Type)
	}
}

// displayName returns the display name the server computes for n (SPEC.md §5):
// its parts honorificPrefix, givenName, middleName, familyName and
// honorificSuffix, each trimmed and with its inner runs of white space
// collapsed to one space, the non-empty ones joined by one space; or, when they
// are all empty, unstructuredName treated the same way. White space is what
// [unicode.IsSpace] says it is. n is not changed.
func displayName(n *person.Name) string {
	if s := joinWords(n.GetHonorificPrefix(), n.GetGivenName(), n.GetMiddleName(), n.GetFamilyName(), n.GetHonorificSuffix()); s != "" {
		return s
	}
	return joinWords(n.GetUnstructuredName())
}

// displayNameLastFirst returns the last-first display name of n (SPEC.md §5):
// "family, prefix given middle suffix" with the parts treated as in
// [displayName], only the family name when it is the only part, and the
// display name dn when there is no family name.
func displayNameLastFirst(n *person.Name, dn string) string {
	family := joinWords(n.GetFamilyName())
	if family == "" {
		return dn
	}
	rest := joinWords(n.GetHonorificPrefix(), n.GetGivenName(), n.GetMiddleName(), n.GetHonorificSuffix())
	if rest == "" {
		return family
	}
	return family + ", " + rest
}

// joinWords returns the words of parts, in order, joined by one space: each
// part trimmed and its inner runs of white space collapsed, the non-empty
// ones joined by one space. It allocates at most the result, and nothing when
// the result is a part as it is.
func joinWords(parts ...string) string {
	size, words, holders, src := 0, 0, 0, ""
	for _, p := range parts {
		n := words
		for w := range strings.FieldsSeq(p) {
			if words > 0 {
				size++
			}
			size += len(w)
			words++
		}
		if words > n {
			holders++
			src = p
		}
	}
	// The result is src itself when src is the one part holding words and
	// its separators are single spaces: no white space around its words, one
	// byte between two of them (its length shows it), and no one-byte white
	// space but the space.
	if holders == 1 && size == len(src) && !strings.ContainsAny(src, "\t\n\v\f\r") {
		return src
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range parts {
		for w := range strings.FieldsSeq(p) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// formatAddress builds an address's formattedValue from its parts (SPEC.md
// §5): the lines streetAddress, extendedAddress, poBox, "city, region
// postalCode" and country (else countryCode), those that are empty left out,
// joined by newlines. It allocates the result only.
func formatAddress(a *person.Address) string {
	var buf [256]byte
	b := appendLine(buf[:0], a.StreetAddress)
	b = appendLine(b, a.ExtendedAddress)
	b = appendLine(b, a.PoBox)
	if a.City != "" || a.Region != "" || a.PostalCode != "" {
		if len(b) > 0 {
			b = append(b, '\n')
		}
		b = appendCityLine(b, a.City, a.Region, a.PostalCode)
	}
	country := a.Country
	if country == "" {
		country = a.CountryCode
	}
	return string(appendLine(b, country))
}

// appendLine appends s to b as a new line, when s is not empty.
func appendLine(b []byte, s string) []byte {
	if s == "" {
		return b
	}
	if len(b) > 0 {
		b = append(b, '\n')
	}
	return append(b, s...)
}

// appendCityLine appends "city, region postalCode" to b, with the empty parts
// and their separators left out.
func appendCityLine(b []byte, city, region, postal string) []byte {
	b = append(b, city...)
	if city != "" && (region != "" || postal != "") {
		b = append(b, ", "...)
	}
	b = append(b, region...)
	if region != "" && postal != "" {
		b = append(b, ' ')
	}
	return append(b, postal...)
}

// miscKeywordType returns the formattedType of a MiscKeyword type: the enum
// value's name in Title Case words (OUTLOOK_BILLING_INFORMATION is
// "Outlook Billing Information"), or "" for TYPE_UNSPECIFIED and for a number
// the enum does not name.
func miscKeywordType(t person.MiscKeyword_Type) string {
	if t == person.MiscKeyword_TYPE_UNSPECIFIED {
		return ""
	}
	v := t.Descriptor().Values().ByNumber(t.Number())
	if v == nil {
		return ""
	}
	return enumWords(string(v.Name()))
}

// enumWords turns an enum value name into Title Case words:
// OUTLOOK_BILLING_INFORMATION is "Outlook Billing Information".
func enumWords(name string) string {
	var b strings.Builder
	for w := range strings.SplitSeq(name, "_") {
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w[:1])
		b.WriteString(strings.ToLower(w[1:]))
	}
	return b.String()
}

// camelWords turns a lowerCamelCase type into Title Case words split at its
// capitals: workFax is "Work Fax", appInstallPage is "App Install Page".
func camelWords(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case i == 0:
			r = unicode.ToUpper(r)
		case unicode.IsUpper(r):
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A valueTable maps the predefined values of a field to how the server
// formats them; any other value is formatted as itself.
type valueTable map[string]string

// format returns the formatted form of v: "" for "", the table's entry for a
// predefined value, v itself for any other.
func (t valueTable) format(v string) string {
	if f, ok := t[v]; ok {
		return f
	}
	return v
}

// typeTable returns the valueTable of a type field whose predefined values are
// types, each formatted in Title Case words split at capitals.
func typeTable(types ...string) valueTable {
	t := make(valueTable, len(types))
	for _, v := range types {
		t[v] = camelWords(v)
	}
	return t
}

// The predefined types of each item type's type field, as the discovery
// document's type descriptions list them (TestPredefinedTypes re-extracts
// them from person/testdata/people-v1-discovery.json).
var (
	addressTypes      = typeTable("home", "work", "other")
	calendarURLTypes  = typeTable("home", "freeBusy", "work")
	emailAddressTypes = typeTable("home", "work", "other")
	eventTypes        = typeTable("anniversary", "other")
	externalIDTypes   = typeTable("account", "customer", "loginId", "network", "organization")
	imClientTypes     = typeTable("home", "work", "other")
	organizationTypes = typeTable("work", "school")
	phoneNumberTypes  = typeTable("home", "work", "mobile", "homeFax", "workFax", "otherFax", "pager",
		"workMobile", "workPager", "main", "googleVoice", "other")
	relationTypes = typeTable("spouse", "child", "mother", "father", "parent", "brother", "sister",
		"friend", "relative", "domesticPartner", "manager", "assistant", "referredBy", "partner")
	sipAddressTypes = typeTable("home", "work", "mobile", "other")
	urlTypes        = typeTable("home", "work", "blog", "profile", "homePage", "ftp", "reservations",
		"appInstallPage", "other")
)

// predefinedTypes maps the name of each item message that has a formattedType
// and a free-form type to its table; TestPredefinedTypes holds it against the
// discovery document.
var predefinedTypes = map[string]valueTable{
	"Address":      addressTypes,
	"CalendarUrl":  calendarURLTypes,
	"EmailAddress": emailAddressTypes,
	"Event":        eventTypes,
	"ExternalId":   externalIDTypes,
	"ImClient":     imClientTypes,
	"Organization": organizationTypes,
	"PhoneNumber":  phoneNumberTypes,
	"Relation":     relationTypes,
	"SipAddress":   sipAddressTypes,
	"Url":          urlTypes,
}

// imProtocols formats ImClient.protocol (SPEC.md §5).
var imProtocols = valueTable{
	"aim":        "AIM",
	"msn":        "MSN",
	"yahoo":      "Yahoo",
	"skype":      "Skype",
	"qq":         "QQ",
	"googleTalk": "Google Talk",
	"icq":        "ICQ",
	"jabber":     "Jabber",
	"netMeeting": "Net Meeting",
}

// genderValues formats Gender.value (SPEC.md §5); unspecified is not
// localised, so it is formatted as itself like a custom value.
var genderValues = valueTable{
	"male":   "Male",
	"female": "Female",
}
