// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package person is the People API's Person resource: the model, the table of
// its top-level fields, and its JSON codec.
//
// The calls a user needs:
//
//	p, err := person.Unmarshal(body)   // a request body, with the API's errors
//	b, err := person.Marshal(p)        // JSON as the API writes it
//	for f := range person.AllFields.All() {
//		for i, it := range f.Items(p) { ... } // any field's items, whatever their type
//	}
//	u := person.FieldSetOf(person.FieldNames, person.FieldEmailAddresses)
//
// Use [Marshal] and [Unmarshal] (or [MarshalIndent], [UnmarshalOptions]) for
// these messages, never encoding/json: encoding/json writes the generated
// structs' snake_case field names and enum numbers, and knows nothing of the
// API's rules for absent values, dates and timestamps. protojson is closer but
// not the same either (its output varies on purpose and its errors are not the
// API's).
//
// # JSON
//
// [Unmarshal] decodes a request body and [Marshal] (or [MarshalIndent])
// encodes a Person, with the wire conventions of the API ([SPEC §1] and §7):
//
//   - names are lowerCamelCase (emailAddresses); on input the proto names
//     (email_addresses) are accepted too, but not both for one field;
//   - empty values are left out: zero scalars, enums at their first value
//     (Nickname DEFAULT, TYPE_UNSPECIFIED, ...), empty lists, unset messages;
//     on input null means absent;
//   - enums are written by name; Dates are objects {year, month, day};
//     int32 values are numbers (on input also decimal strings); timestamps
//     (Source.updateTime) are RFC 3339 strings in UTC with 0, 3, 6 or 9
//     fractional digits;
//   - a body the API would refuse gives the API's error, an
//     [github.com/peopleupdate/peopleupdate/apierror.Error] naming the first
//     problem and its place in proto names (person.email_addresses[1].metadata);
//     [UnmarshalOptions].Root roots the places elsewhere, for the bodies of
//     other methods (contacts[0].contact_person.names[0]).
//
// Marshal's output is the same bytes for equal persons, unlike protojson's,
// which varies on purpose.
//
// # Fields
//
// A [Field] names one of the 29 top-level fields a personFields mask can select
// ([FieldAddresses] … [FieldUserDefined], [FieldPersonMetadata] for metadata),
// in the order of the API's mask path lists. Its methods read and write the
// field's items whatever their type ([Field.Items], [Field.Append], ...), and
// say whether an updatePersonFields mask may name it ([Field.Updatable]) and
// whether a contact may hold more than one item of it ([Field.Singleton]).
// [FieldByName] takes either spelling of a field's name. A [FieldSet] is a set
// of fields; [AllFields] and [UpdatableFields] are the readable and updatable
// ones.
//
// Every item type implements [Item]: its metadata, and whether it holds
// anything but metadata and output-only values ([Item].HasContent;
// [IsOutputOnly] tells the output-only fields). [Person.ContactSource],
// [SourceOf], [Unsourced] and [IsContactItem] tell which items belong to the
// contact; [ContactGroupID] reads a contact group resource name.
//
// # Model
//
// [Person] and the messages it holds are generated from person.proto, which
// mirrors every schema reachable from Person in the API's discovery document
// (revision 20251117), field for field. The facts the discovery document
// states in prose (output only, predefined values, singletons, mask paths) are
// options on its fields, from which the field table and the item methods are
// generated too; person/discovery_test.go holds both against the document.
// Regenerate with "cd tools && go run ./protogen"; never edit a .pb.go file by
// hand.
//
// See https://developers.google.com/people/api/rest/v1/people.
//
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
package person
