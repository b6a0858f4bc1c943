// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"bytes"
	"errors"
	"strings"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// decodeBody decodes a request body, a Person, whose place in the request
// is root ("" is person, the body of updateContact and createContact;
// contacts[people/c1] is one contact of people.batchUpdateContacts), as its
// errors name it. An empty body (nothing but white space) is an empty Person.
//
// MERGE NOTE: this is the one call of the person decoder. Once
// person.UnmarshalOptions lands, its body is
//
//	return person.UnmarshalOptions{Root: root}.Unmarshal(b)
//
// and rerooted goes. Until then the errors of the decoder, rooted at
// person, are rerooted here, so that the fake's batch tests hold meanwhile.
func decodeBody(b []byte, root string) (*person.Person, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return &person.Person{}, nil
	}
	p, err := person.Unmarshal(b)
	if err != nil && root != "" && root != "person" {
		return nil, rerooted(err, root)
	}
	return p, err
}

// rerooted returns a decoder error with its places rooted at root instead of
// person. It goes when person.UnmarshalOptions lands (see decodeBody).
func rerooted(err error, root string) error {
	var e *apierror.Error
	if !errors.As(err, &e) {
		return err
	}
	c := *e
	c.Message = strings.ReplaceAll(strings.ReplaceAll(e.Message, "'person.", "'"+root+"."), "'person'", "'"+root+"'")
	c.Violations = nil
	for _, v := range e.Violations {
		if v.Field == "person" {
			v.Field = root
		} else if rest, ok := strings.CutPrefix(v.Field, "person."); ok {
			v.Field = root + "." + rest
		}
		if v.Description == e.Message {
			v.Description = c.Message
		}
		c.Violations = append(c.Violations, v)
	}
	return &c
}
