// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

// An applyTest is one case of TestApply: Apply of the request req to stored
// under mask, with options.
type applyTest struct {
	name    string
	stored  string
	mask    string
	req     string
	want    string // the masked fields of the result
	options Options
}

// applyTests are the cases of TestApply.
func applyTests() []applyTest {
	return []applyTest{{
		name:   "conformance 001: contact items replaced, profile item kept after them",
		stored: daniel,
		mask:   "emailAddresses",
		req: `{"emailAddresses": [{"value": "daniel@okafor-consulting.example", "type": "work"},
			                          {"value": "danokafor@example.net", "type": "home"}]}`,
		want: `{"emailAddresses": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}}, "value": "daniel@okafor-consulting.example", "type": "work", "formattedType": "Work"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}}, "value": "danokafor@example.net", "type": "home", "formattedType": "Home"},
			  {"metadata": {"sourcePrimary": true, "verified": true, "source": {"type": "PROFILE", "id": "108123456789012345678"}}, "value": "dan.okafor@example.org"}]}`,
	}, {
		name:   "conformance 002: masked field absent or empty clears the contact's items",
		stored: margaret,
		mask:   "phoneNumbers,emailAddresses",
		req:    `{"emailAddresses": []}`,
		want:   `{}`,
	}, {
		name:   "masked field of a nil request clears",
		stored: margaret,
		mask:   "names,biographies",
		req:    ``,
		want:   `{}`,
	}, {
		name:   "conformance 003: clearing the contact's items promotes the profile's",
		stored: daniel,
		mask:   "emailAddresses",
		req:    `{}`,
		want: `{"emailAddresses": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "verified": true, "source": {"type": "PROFILE", "id": "108123456789012345678"}}, "value": "dan.okafor@example.org"}]}`,
	}, {
		name:   "conformance 004: unmasked fields in the body untouched, body resourceName ignored",
		stored: margaret,
		mask:   "names",
		req: `{"resourceName": "people/c1990395505846072145", "etag": "%xyz",
			       "names": [{"givenName": "Margaret", "familyName": "Chen-Liu"}],
			       "emailAddresses": [{"value": "m.chenliu@example.com", "type": "work"}],
			       "biographies": [{"value": "Moved to the Porto office.", "contentType": "TEXT_PLAIN"}],
			       "metadata": {"sources": [{"type": "CONTACT", "id": "38ad74eb0f67d221", "etag": "#other"}]}}`,
		want: `{"names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			  "displayName": "Margaret Chen-Liu", "familyName": "Chen-Liu", "givenName": "Margaret", "displayNameLastFirst": "Chen-Liu, Margaret", "unstructuredName": "Margaret Chen-Liu"}]}`,
	}, {
		name:   "conformance 005: items of other sources in the body ignored",
		stored: daniel,
		mask:   "names",
		req: `{"names": [{"givenName": "Daniel", "middleName": "Chidi", "familyName": "Okafor"},
			                 {"metadata": {"source": {"type": "PROFILE", "id": "108123456789012345678"}}, "givenName": "Danny", "familyName": "Okafor"}]}`,
		want: `{"names": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "5c1e0a7d93b24f68"}},
			   "displayName": "Daniel Chidi Okafor", "familyName": "Okafor", "givenName": "Daniel", "middleName": "Chidi", "displayNameLastFirst": "Okafor, Daniel Chidi", "unstructuredName": "Daniel Chidi Okafor"},
			  {"metadata": {"sourcePrimary": true, "source": {"type": "PROFILE", "id": "108123456789012345678"}},
			   "displayName": "Dan Okafor", "familyName": "Okafor", "givenName": "Dan", "displayNameLastFirst": "Okafor, Dan", "unstructuredName": "Dan Okafor"}]}`,
	}, {
		name:   "conformance 006: output-only values ignored and recomputed",
		stored: margaret,
		mask:   "names,phoneNumbers",
		req: `{"names": [{"metadata": {"primary": true, "verified": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			                  "displayName": "Maggie C.", "displayNameLastFirst": "C., Maggie", "givenName": "Margaret", "familyName": "Chen"}],
			       "phoneNumbers": [{"value": "+1 415-555-0199", "canonicalForm": "+19995550000", "type": "work", "formattedType": "Cell"},
			                        {"metadata": {"primary": true}, "value": "415.555.0123", "type": "home", "formattedType": "Mobile"}]}`,
		want: `{"names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			   "displayName": "Margaret Chen", "familyName": "Chen", "givenName": "Margaret", "displayNameLastFirst": "Chen, Margaret", "unstructuredName": "Margaret Chen"}],
			  "phoneNumbers": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "+1 415-555-0199", "canonicalForm": "+14155550199", "type": "work", "formattedType": "Work"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "415.555.0123", "canonicalForm": "+14155550123", "type": "home", "formattedType": "Home"}]}`,
	}, {
		name:   "conformance 007: the item sent with sourcePrimary keeps it and is primary",
		stored: margaret,
		mask:   "emailAddresses",
		req: `{"email_addresses": [{"value": "mchen@example.net", "type": "home"},
			                           {"metadata": {"source_primary": true}, "value": "margaret.chen@example.com", "type": "work"}]}`,
		want: `{"emailAddresses": [
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "mchen@example.net", "type": "home", "formattedType": "Home"},
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "margaret.chen@example.com", "type": "work", "formattedType": "Work"}]}`,
	}, {
		name:   "conformance 034: memberships get contactGroupId and no flags",
		stored: margaret,
		mask:   "memberships",
		req: `{"memberships": [{"metadata": {"sourcePrimary": true, "primary": true}, "contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}},
			                       {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/starred"}}]}`,
		want: `{"memberships": [
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "contactGroupMembership": {"contactGroupId": "starred", "contactGroupResourceName": "contactGroups/starred"}}]}`,
	}, {
		name:   "conformance 036: a birthday of February 29 without a year is stored as sent",
		stored: margaret,
		mask:   "birthdays",
		req:    `{"birthdays": [{"date": {"month": 2, "day": 29}}]}`,
		want:   `{"birthdays": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "date": {"month": 2, "day": 29}}]}`,
	}, {
		name:   "conformance 038: display names with prefix, middle name and suffix",
		stored: margaret,
		mask:   "names",
		req:    `{"names": [{"honorificPrefix": "Dr.", "givenName": "Margaret", "middleName": "Lin", "familyName": "Chen", "honorificSuffix": "PhD"}]}`,
		want: `{"names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			  "displayName": "Dr. Margaret Lin Chen PhD", "familyName": "Chen", "givenName": "Margaret", "middleName": "Lin", "honorificPrefix": "Dr.", "honorificSuffix": "PhD",
			  "displayNameLastFirst": "Chen, Dr. Margaret Lin PhD", "unstructuredName": "Dr. Margaret Lin Chen PhD"}]}`,
	}, {
		name:   "conformance 039: formattedType of predefined and custom phone types",
		stored: margaret,
		mask:   "phoneNumbers",
		req:    `{"phoneNumbers": [{"value": "+1 415-555-0177", "type": "workFax"}, {"value": "+1 415-555-0188", "type": "boat"}]}`,
		want: `{"phoneNumbers": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "+1 415-555-0177", "canonicalForm": "+14155550177", "type": "workFax", "formattedType": "Work Fax"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "+1 415-555-0188", "canonicalForm": "+14155550188", "type": "boat", "formattedType": "boat"}]}`,
	}, {
		name:   "conformance 040: canonicalForm under the default region",
		stored: margaret,
		mask:   "phoneNumbers",
		req:    `{"phoneNumbers": [{"value": "(303) 828-8765", "type": "home"}]}`,
		want: `{"phoneNumbers": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			  "value": "(303) 828-8765", "canonicalForm": "+13038288765", "type": "home", "formattedType": "Home"}]}`,
	}, {
		name:    "canonicalForm under another region",
		stored:  margaret,
		mask:    "phoneNumbers",
		req:     `{"phoneNumbers": [{"value": "020 7946 0958"}, {"value": "(303) 828-8765"}]}`,
		options: Options{Region: "GB"},
		want: `{"phoneNumbers": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "020 7946 0958", "canonicalForm": "+442079460958"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "(303) 828-8765", "canonicalForm": "+443038288765"}]}`,
	}, {
		name:    "canonicalForm from the caller's canonicaliser, given the default region",
		stored:  margaret,
		mask:    "phoneNumbers",
		req:     `{"phoneNumbers": [{"value": "555-0147"}, {"value": "x"}]}`,
		options: Options{Canonicalize: func(v, region string) string { return map[string]string{"555-0147": "+1" + region}[v] }},
		want: `{"phoneNumbers": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "555-0147", "canonicalForm": "+1US"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "x"}]}`,
	}, {
		name:   "conformance 046: empty items dropped",
		stored: margaret,
		mask:   "emailAddresses,memberships",
		req: `{"emailAddresses": [{"value": "margaret.chen@example.com", "type": "work", "displayName": "Margaret Chen (Northwind)"}, {},
			                          {"formattedType": "Home", "metadata": {"primary": true, "verified": true}}, {"value": "mchen@example.net", "type": "home"}],
			       "memberships": [{"domainMembership": {"inViewerDomain": true}}, {"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}]}`,
		want: `{"emailAddresses": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "margaret.chen@example.com", "type": "work", "formattedType": "Work", "displayName": "Margaret Chen (Northwind)"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "mchen@example.net", "type": "home", "formattedType": "Home"}],
			  "memberships": [{"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}}]}`,
	}, {
		name:   "an empty item marked sourcePrimary is dropped; the first kept item gets it",
		stored: margaret,
		mask:   "urls",
		req:    `{"urls": [{"metadata": {"sourcePrimary": true}, "formattedType": "Home"}, {"value": "https://a.example"}, {"value": "https://b.example"}]}`,
		want: `{"urls": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "https://a.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "https://b.example"}]}`,
	}, {
		name:   "a masked field whose request items are all ignored or empty is cleared",
		stored: margaret,
		mask:   "emailAddresses",
		req:    `{"emailAddresses": [{}, {"metadata": {"source": {"type": "PROFILE", "id": "1"}}, "value": "p@example.com"}, {"formattedType": "Work"}]}`,
		want:   `{}`,
	}, {
		name:   "conformance 048: canonicalForm absent when unparseable; no formattedType without type",
		stored: margaret,
		mask:   "phoneNumbers",
		req: `{"phoneNumbers": [{"value": "(303) 555-0147 ext. 12", "type": "work"}, {"value": "555-0147", "type": "home"},
			                        {"value": "+1 303 555 0147"}, {"value": "+44 20 7946 0958", "type": "mobile"}]}`,
		want: `{"phoneNumbers": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "(303) 555-0147 ext. 12", "type": "work", "formattedType": "Work"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "555-0147", "type": "home", "formattedType": "Home"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "+1 303 555 0147", "canonicalForm": "+13035550147"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "+44 20 7946 0958", "canonicalForm": "+442079460958", "type": "mobile", "formattedType": "Mobile"}]}`,
	}, {
		name:   "conformance 052: name parts stored as sent, computed values cleaned",
		stored: margaret,
		mask:   "names",
		req:    `{"names": [{"honorificPrefix": "Dr. ", "givenName": " Margaret", "middleName": "Lin   Mei", "familyName": "Chen"}]}`,
		want: `{"names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			  "displayName": "Dr. Margaret Lin Mei Chen", "familyName": "Chen", "givenName": " Margaret", "middleName": "Lin   Mei", "honorificPrefix": "Dr. ",
			  "displayNameLastFirst": "Chen, Dr. Margaret Lin Mei", "unstructuredName": "Dr. Margaret Lin Mei Chen"}]}`,
	}, {
		name:   "conformance 053: family name only",
		stored: margaret,
		mask:   "names",
		req:    `{"names": [{"familyName": "Chen"}]}`,
		want: `{"names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			  "displayName": "Chen", "familyName": "Chen", "displayNameLastFirst": "Chen", "unstructuredName": "Chen"}]}`,
	}, {
		name:   "conformance 054: MiscKeyword enum types and per-field predefined types",
		stored: margaret,
		mask:   "miscKeywords,urls",
		req: `{"miscKeywords": [{"value": "Account 4471-22, net 30", "type": "OUTLOOK_BILLING_INFORMATION"}, {"value": "mchen", "type": "OUTLOOK_USER"}, {"value": "Renewal due in Q3"}],
			       "urls": [{"value": "https://apps.northwind.example/install", "type": "appInstallPage"}, {"value": "https://m.northwind.example", "type": "mobile"}]}`,
		want: `{"miscKeywords": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "Account 4471-22, net 30", "type": "OUTLOOK_BILLING_INFORMATION", "formattedType": "Outlook Billing Information"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "mchen", "type": "OUTLOOK_USER", "formattedType": "Outlook User"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "Renewal due in Q3"}],
			  "urls": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "https://apps.northwind.example/install", "type": "appInstallPage", "formattedType": "App Install Page"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "https://m.northwind.example", "type": "mobile", "formattedType": "mobile"}]}`,
	}, {
		name:   "conformance 055: the masked field of a contact whose updateTime is ahead",
		stored: margaret,
		mask:   "biographies",
		req:    `{"biographies": [{"value": "Moved to the Porto office.", "contentType": "TEXT_PLAIN"}]}`,
		want: `{"biographies": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}},
			  "value": "Moved to the Porto office.", "contentType": "TEXT_PLAIN"}]}`,
	}, {
		name:   "request sources: none, empty, CONTACT without id kept; another contact id, an id without type, other types ignored",
		stored: multi,
		mask:   "urls",
		req: `{"urls": [
			  {"metadata": {"source": {"type": "CONTACT", "id": "c2"}}, "value": "https://ignored-other-contact.example"},
			  {"metadata": {"source": {"id": "c1"}}, "value": "https://ignored-no-type.example"},
			  {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "https://ignored-profile.example"},
			  {"metadata": {"source": {"type": "OTHER_CONTACT"}}, "value": "https://ignored-other.example"},
			  {"metadata": {"source": {"type": "CONTACT"}, "verified": true}, "value": "https://a.example"},
			  {"metadata": {"source": {}}, "value": "https://b.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "value": "https://c.example"},
			  {"value": "https://d.example"}]}`,
		// The stored items naming no source or a CONTACT source without id
		// were the contact's: gone. The one of contact c2 is another source's.
		want: `{"urls": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "c1"}}, "value": "https://a.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "value": "https://b.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "value": "https://c.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "value": "https://d.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "c2"}}, "value": "https://other-contact.example"},
			  {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "https://profile.example"}]}`,
	}, {
		name:   "primary: without contact items, the first source of metadata.sources that has items wins, at its sourcePrimary item",
		stored: multi,
		mask:   "emailAddresses",
		req:    `{"emailAddresses": [{"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "ignored@example.com"}]}`,
		want: `{"emailAddresses": [
			  {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "p@example.com"},
			  {"metadata": {"source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "value": "d1@example.com"},
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "value": "d2@example.com"}]}`,
	}, {
		name:   "primary: without contact items and without sourcePrimary, the winning source's first item",
		stored: multi,
		mask:   "urls",
		req:    `{}`,
		want: `{"urls": [
			  {"metadata": {"source": {"type": "CONTACT", "id": "c2"}}, "value": "https://other-contact.example"},
			  {"metadata": {"primary": true, "source": {"type": "PROFILE", "id": "p1"}}, "value": "https://profile.example"}]}`,
	}, {
		name: "primary: a source listed in metadata.sources wins over one that is not, whatever the item order",
		stored: `{"metadata": {"sources": [{"type": "CONTACT", "id": "c1"}, {"type": "PROFILE", "id": "p1"}]},
			  "urls": [{"metadata": {"sourcePrimary": true, "source": {"type": "OTHER_CONTACT", "id": "o1"}}, "value": "a"},
			           {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "b"}]}`,
		mask: "urls",
		req:  `{}`,
		want: `{"urls": [{"metadata": {"sourcePrimary": true, "source": {"type": "OTHER_CONTACT", "id": "o1"}}, "value": "a"},
			           {"metadata": {"primary": true, "source": {"type": "PROFILE", "id": "p1"}}, "value": "b"}]}`,
	}, {
		name: "primary: with no listed source having items, the source of the first item wins",
		stored: `{"metadata": {"sources": [{"type": "CONTACT", "id": "c1"}]},
			  "urls": [{"metadata": {"source": {"type": "PROFILE", "id": "p9"}}, "value": "a"},
			           {"metadata": {"sourcePrimary": true, "source": {"type": "OTHER_CONTACT", "id": "o1"}}, "value": "b"},
			           {"metadata": {"sourcePrimary": true, "source": {"type": "PROFILE", "id": "p9"}}, "value": "c"}]}`,
		mask: "urls",
		req:  `{}`,
		want: `{"urls": [{"metadata": {"source": {"type": "PROFILE", "id": "p9"}}, "value": "a"},
			           {"metadata": {"sourcePrimary": true, "source": {"type": "OTHER_CONTACT", "id": "o1"}}, "value": "b"},
			           {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "PROFILE", "id": "p9"}}, "value": "c"}]}`,
	}, {
		name:   "primary: contact items win over another source's primary item",
		stored: multi,
		mask:   "emailAddresses",
		req:    `{"emailAddresses": [{"value": "new@example.com"}]}`,
		want: `{"emailAddresses": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "c1"}}, "value": "new@example.com"},
			  {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "p@example.com"},
			  {"metadata": {"source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "value": "d1@example.com"},
			  {"metadata": {"sourcePrimary": true, "source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "value": "d2@example.com"}]}`,
	}, {
		name:   "memberships: no item of any source keeps primary",
		stored: multi,
		mask:   "memberships",
		req:    `{"memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/starred"}}]}`,
		want: `{"memberships": [
			  {"metadata": {"source": {"type": "CONTACT", "id": "c1"}}, "contactGroupMembership": {"contactGroupId": "starred", "contactGroupResourceName": "contactGroups/starred"}},
			  {"metadata": {"source": {"type": "DOMAIN_PROFILE", "id": "d1"}}, "domainMembership": {"inViewerDomain": true}}]}`,
	}, {
		name:   "sourcePrimary sent twice: only the first keeps it",
		stored: margaret,
		mask:   "emailAddresses",
		req: `{"emailAddresses": [{"value": "a@example.com"}, {"metadata": {"sourcePrimary": true}, "value": "b@example.com"},
			                          {"metadata": {"sourcePrimary": true}, "value": "c@example.com"}]}`,
		want: `{"emailAddresses": [
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "a@example.com"},
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "b@example.com"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "c@example.com"}]}`,
	}, {
		name:   "every updatable field at once",
		stored: margaret,
		mask:   "addresses,biographies,birthdays,calendarUrls,clientData,emailAddresses,events,externalIds,genders,imClients,interests,locales,locations,memberships,miscKeywords,names,nicknames,occupations,organizations,phoneNumbers,relations,sipAddresses,urls,userDefined",
		req: `{
			  "addresses": [{"streetAddress": "Rua 1", "city": "Porto", "postalCode": "4000-001", "countryCode": "PT", "type": "work"}],
			  "biographies": [{"value": "b"}],
			  "birthdays": [{"date": {"year": 1986, "month": 7, "day": 12}, "text": "July"}],
			  "calendarUrls": [{"url": "https://cal.example", "type": "freeBusy"}],
			  "clientData": [{"key": "k", "value": "v"}],
			  "emailAddresses": [{"value": "e@example.com"}],
			  "events": [{"date": {"month": 5, "day": 1}, "type": "anniversary"}],
			  "externalIds": [{"value": "42", "type": "customer"}],
			  "genders": [{"value": "female", "addressMeAs": "she"}],
			  "imClients": [{"username": "mc", "protocol": "skype", "type": "work"}],
			  "interests": [{"value": "sailing"}],
			  "locales": [{"value": "pt-PT"}],
			  "locations": [{"value": "HQ", "type": "desk", "current": true}],
			  "memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/myContacts"}}],
			  "miscKeywords": [{"value": "m", "type": "WORK"}],
			  "names": [{"givenName": "M"}],
			  "nicknames": [{"value": "Mags", "type": "ALTERNATE_NAME"}],
			  "occupations": [{"value": "manager"}],
			  "organizations": [{"name": "N", "type": "work", "startDate": {"year": 2020}}],
			  "phoneNumbers": [{"value": "+351 22 000 0000", "type": "work"}],
			  "relations": [{"person": "Li", "type": "spouse"}],
			  "sipAddresses": [{"value": "sip:m@example.com", "type": "work"}],
			  "urls": [{"value": "https://m.example", "type": "homePage"}],
			  "userDefined": [{"key": "k", "value": "v"}]}`,
		want: `{
			  "addresses": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "streetAddress": "Rua 1", "city": "Porto", "postalCode": "4000-001", "countryCode": "PT", "type": "work", "formattedType": "Work", "formattedValue": "Rua 1\nPorto, 4000-001\nPT"}],
			  "biographies": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "b"}],
			  "birthdays": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "date": {"year": 1986, "month": 7, "day": 12}, "text": "July"}],
			  "calendarUrls": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "url": "https://cal.example", "type": "freeBusy", "formattedType": "Free Busy"}],
			  "clientData": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "key": "k", "value": "v"}],
			  "emailAddresses": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "e@example.com"}],
			  "events": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "date": {"month": 5, "day": 1}, "type": "anniversary", "formattedType": "Anniversary"}],
			  "externalIds": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "42", "type": "customer", "formattedType": "Customer"}],
			  "genders": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "female", "formattedValue": "Female", "addressMeAs": "she"}],
			  "imClients": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "username": "mc", "protocol": "skype", "formattedProtocol": "Skype", "type": "work", "formattedType": "Work"}],
			  "interests": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "sailing"}],
			  "locales": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "pt-PT"}],
			  "locations": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "HQ", "type": "desk", "current": true}],
			  "memberships": [{"metadata": {"source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "contactGroupMembership": {"contactGroupId": "myContacts", "contactGroupResourceName": "contactGroups/myContacts"}}],
			  "miscKeywords": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "m", "type": "WORK", "formattedType": "Work"}],
			  "names": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "givenName": "M", "displayName": "M", "displayNameLastFirst": "M", "unstructuredName": "M"}],
			  "nicknames": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "Mags", "type": "ALTERNATE_NAME"}],
			  "occupations": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "manager"}],
			  "organizations": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "name": "N", "type": "work", "formattedType": "Work", "startDate": {"year": 2020}}],
			  "phoneNumbers": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "+351 22 000 0000", "canonicalForm": "+351220000000", "type": "work", "formattedType": "Work"}],
			  "relations": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "person": "Li", "type": "spouse", "formattedType": "Spouse"}],
			  "sipAddresses": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "sip:m@example.com", "type": "work", "formattedType": "Work"}],
			  "urls": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "value": "https://m.example", "type": "homePage", "formattedType": "Home Page"}],
			  "userDefined": [{"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "38ad74eb0f67d221"}}, "key": "k", "value": "v"}]}`,
	}, {
		name:   "unmasked field with stale flags and computed values is left as stored",
		stored: multi,
		mask:   "urls",
		req:    `{"phoneNumbers": [{"value": "3"}], "urls": [{"value": "https://u.example"}]}`,
		want: `{"urls": [
			  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT", "id": "c1"}}, "value": "https://u.example"},
			  {"metadata": {"source": {"type": "CONTACT", "id": "c2"}}, "value": "https://other-contact.example"},
			  {"metadata": {"source": {"type": "PROFILE", "id": "p1"}}, "value": "https://profile.example"}]}`,
	}}
}
