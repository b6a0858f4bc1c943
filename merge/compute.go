// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"strings"

	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// compute sets the values the server computes for a kept item ([SPEC §5]),
// overwriting whatever the request sent for them. it is Apply's own copy.
// canonical is the phone canonicaliser, region the region it is given. The
// dispatch, which value of which item type is computed how, is generated from
// the schema options of person.proto (compute.pb.go); the rules it names are
// the methods of computer below.
//
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
func compute(it person.Item, canonical func(value, region string) string, region string) {
	computer{canonical, region}.compute(it)
}

// A computer holds what computing the values of one update's items needs.
type computer struct {
	canonical func(value, region string) string // the phone canonicaliser
	region    string                            // the region it is given
}

// displayName is the rule of Name.display_name: see [displayName].
func (computer) displayName(x *person.Name) string { return displayName(x) }

// displayNameLastFirst is the rule of Name.display_name_last_first: see
// [displayNameLastFirst]; x.DisplayName is already computed.
func (computer) displayNameLastFirst(x *person.Name) string {
	return displayNameLastFirst(x, x.DisplayName)
}

// unstructuredName is the rule of Name.unstructured_name: as sent, or the
// display name (already computed) when empty.
func (computer) unstructuredName(x *person.Name) string {
	if x.UnstructuredName == "" {
		return x.DisplayName
	}
	return x.UnstructuredName
}

// formattedValue is the rule of Address.formatted_value: as sent, or built
// from the address's parts ([formatAddress]) when empty.
func (computer) formattedValue(x *person.Address) string {
	if x.FormattedValue == "" {
		return formatAddress(x)
	}
	return x.FormattedValue
}

// canonicalForm is the rule of PhoneNumber.canonical_form: the canonical form
// of a non-empty value, "" for an empty one.
func (c computer) canonicalForm(x *person.PhoneNumber) string {
	if x.Value == "" {
		return ""
	}
	return c.canonical(x.Value, c.region)
}

// contactGroupID is the rule of ContactGroupMembership.contact_group_id: the
// {id} of contactGroupResourceName ([person.ContactGroupID]), "" for a name of
// another form.
func (computer) contactGroupID(x *person.ContactGroupMembership) string {
	id, _ := person.ContactGroupID(x.ContactGroupResourceName)
	return id
}

// displayName returns the display name the server computes for n ([SPEC §5]):
// its parts honorificPrefix, givenName, middleName, familyName and
// honorificSuffix, each trimmed and with its inner runs of white space
// collapsed to one space, the non-empty ones joined by one space; or, when they
// are all empty, unstructuredName treated the same way. White space is what
// [unicode.IsSpace] says it is. n is not changed.
//
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
func displayName(n *person.Name) string {
	if s := joinWords(n.GetHonorificPrefix(), n.GetGivenName(), n.GetMiddleName(), n.GetFamilyName(), n.GetHonorificSuffix()); s != "" {
		return s
	}
	return joinWords(n.GetUnstructuredName())
}

// displayNameLastFirst returns the last-first display name of n ([SPEC §5]):
// "family, prefix given middle suffix" with the parts treated as in
// [displayName], only the family name when it is the only part, and the
// display name dn when there is no family name.
//
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
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

// formatEnum returns the formatted form of an enum value, as of
// MiscKeyword.type: the value's name in Title Case words
// (OUTLOOK_BILLING_INFORMATION is "Outlook Billing Information"), or "" for
// the first value (TYPE_UNSPECIFIED) and for a number the enum does not name.
func formatEnum(e protoreflect.Enum) string {
	if e.Number() == 0 {
		return ""
	}
	v := e.Descriptor().Values().ByNumber(e.Number())
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

// A valueTable maps the predefined values of a field to how the server
// formats them; any other value is formatted as itself. The tables are
// generated from the predefined values person.proto annotates
// (compute.pb.go).
type valueTable map[string]string

// format returns the formatted form of v: "" for "", the table's entry for a
// predefined value, v itself for any other.
func (t valueTable) format(v string) string {
	if f, ok := t[v]; ok {
		return f
	}
	return v
}
