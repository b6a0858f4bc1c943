// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"

	"github.com/peopleupdate/peopleupdate/person"
)

// decodeBody decodes a request body, a Person, whose place in the request
// is root ("" is person, the body of updateContact and createContact;
// contacts[people/c1] is one contact of people.batchUpdateContacts), as its
// errors name it. An empty body (nothing but white space) is an empty Person.
func decodeBody(b []byte, root string) (*person.Person, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return &person.Person{}, nil
	}
	return person.UnmarshalOptions{Root: root}.Unmarshal(b)
}
