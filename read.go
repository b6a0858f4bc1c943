// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// Read returns stored as a read of it with the given personFields and sources
// answers it: the projection of [SPEC §7], with the person etag of that read
// ([SPEC §6]). It is how a client gets the etag that a later update must send,
// and what a server answers people.get with once it has found the person.
//
// personFields is the raw mask; empty means all 29 readable fields, as for
// updateContact. sources are the raw values of the sources parameter; empty
// means CONTACT and PROFILE. The masks are checked first; then a nil stored is
// a 404 NOT_FOUND. Every failure is an [*apierror.Error]. A server whose
// method words mask errors otherwise (people.get requires personFields)
// parses with that [mask.Method] and calls [ReadParsed].
//
// The result shares no memory with stored.
//
// [SPEC §7]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#7-response
// [SPEC §6]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#6-etags
func Read(stored *person.Person, personFields string, sources []string) (*person.Person, error) {
	read, err := mask.ParseRead(personFields)
	if err != nil {
		return nil, err
	}
	src, err := mask.ParseSources(sources)
	if err != nil {
		return nil, err
	}
	return ReadParsed(stored, read, src)
}

// ReadParsed is [Read] with the masks already parsed: a nil stored is a 404
// NOT_FOUND ([apierror.NotFound]); else the result is stored projected on r
// and s with the person etag of that read. The zero Read (a method's skipped
// read) gives nil and no error.
func ReadParsed(stored *person.Person, r mask.Read, s mask.Sources) (*person.Person, error) {
	if stored == nil {
		return nil, apierror.NewNotFound()
	}
	return respond(stored, r, s), nil
}

// DeleteContact checks a people.deleteContact of the contact named name, as
// the store holds it in stored (nil when it has none): the resource name
// names a contact ([validate.ResourceName]), and stored is that contact and
// has a contact source ([validate.Stored]). It returns the first failure, an
// [*apierror.Error], or nil when the store may delete the contact.
func DeleteContact(stored *person.Person, name string) error {
	if err := validate.ResourceName(name); err != nil {
		return err
	}
	return validate.Stored(name, stored)
}
