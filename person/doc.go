// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package person is the People API's Person resource: the model, the table of
// its top-level fields, and its JSON codec.
//
// # Model
//
// [Person] and the messages it holds are generated from person.proto, which
// mirrors every schema reachable from Person in the API's discovery document
// (revision 20251117), field for field. Regenerate person.pb.go with
// "cd tools && go run ./protogen"; never edit it by hand.
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
// ones. [Person.ContactSource], [SourceOf] and [IsContactItem] tell which
// items belong to the contact.
//
// # JSON
//
// [Unmarshal] decodes a request body and [Marshal] (or [MarshalIndent])
// encodes a Person, with the wire conventions of the API (SPEC.md §1 and §7):
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
//     problem and its place in proto names (person.email_addresses[1].metadata).
//
// Marshal's output is the same bytes for equal persons, unlike protojson's,
// which varies on purpose.
//
// See https://developers.google.com/people/api/rest/v1/people.
package person
