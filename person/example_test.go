// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"errors"
	"fmt"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// Unmarshal decodes a request body as the People API does: either spelling of
// a field name, int32 values as numbers or strings. A body the API would refuse
// gives the API's error.
func ExampleUnmarshal() {
	body := []byte(`{
		"etag": "%EgUBAi43PRoEAQIFByIMR3RyR2RFSlJpbTQ9",
		"names": [{"givenName": "Ada", "family_name": "Lovelace"}],
		"birthdays": [{"date": {"year": "1815", "month": 12, "day": 10}}]
	}`)
	p, err := person.Unmarshal(body)
	if err != nil {
		panic(err)
	}
	name, date := p.GetNames()[0], p.GetBirthdays()[0].GetDate()
	fmt.Printf("%s %s, born %d-%02d-%02d\n", name.GetGivenName(), name.GetFamilyName(), date.GetYear(), date.GetMonth(), date.GetDay())

	_, err = person.Unmarshal([]byte(`{"etag": "x", "notes": "Call after 5pm."}`))
	var e *apierror.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code, e.Status, e.Field())
		fmt.Println(e.Message)
	}
	// Output:
	// Ada Lovelace, born 1815-12-10
	// 400 INVALID_ARGUMENT person
	// Invalid JSON payload received. Unknown name "notes" at 'person': Cannot find field.
}

// Marshal writes a Person as the API does: lowerCamelCase names, no empty
// values, enums by name, timestamps in UTC.
func ExampleMarshal() {
	p, err := person.Unmarshal([]byte(`{
		"resourceName": "people/c4211796373427216721",
		"metadata": {"sources": [{"type": "CONTACT", "id": "3a7f1c2e0b9d4e51", "updateTime": "2025-03-14T10:26:53.5+01:00"}]},
		"nicknames": [{"value": "Ada", "type": "DEFAULT"}, {"value": "AAL", "type": "INITIALS"}],
		"urls": [{"value": "https://example.com/?a=1&b=2", "type": ""}]
	}`))
	if err != nil {
		panic(err)
	}
	b, err := person.Marshal(p)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"resourceName":"people/c4211796373427216721","metadata":{"sources":[{"type":"CONTACT","id":"3a7f1c2e0b9d4e51","updateTime":"2025-03-14T09:26:53.500Z"}]},"nicknames":[{"value":"Ada"},{"type":"INITIALS","value":"AAL"}],"urls":[{"value":"https://example.com/?a\u003d1\u0026b\u003d2"}]}
}

// MarshalIndent writes the layout of the API's pretty-printed responses.
func ExampleMarshalIndent() {
	p := &person.Person{
		ResourceName: "people/c1",
		Names:        []*person.Name{{GivenName: "Ada", FamilyName: "Lovelace"}},
	}
	b, err := person.MarshalIndent(p)
	if err != nil {
		panic(err)
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "resourceName": "people/c1",
	//   "names": [
	//     {
	//       "familyName": "Lovelace",
	//       "givenName": "Ada"
	//     }
	//   ]
	// }
}

// Items visits the items of one field of a person, whatever their type; each
// item knows its source.
func ExampleField_Items() {
	p, err := person.Unmarshal([]byte(`{"emailAddresses": [
		{"value": "ada@example.com", "metadata": {"source": {"type": "CONTACT", "id": "c1"}}},
		{"value": "ada@example.org", "metadata": {"source": {"type": "PROFILE", "id": "p1"}}}
	]}`))
	if err != nil {
		panic(err)
	}
	for i, it := range person.FieldEmailAddresses.Items(p) {
		fmt.Println(i, it.(*person.EmailAddress).GetValue(), person.SourceOf(it).GetType())
	}
	// Output:
	// 0 ada@example.com CONTACT
	// 1 ada@example.org PROFILE
}
