// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package view holds the entry point of package person that writes the JSON
// of a read of a person straight from the person, a performance internal that
// is not public API: package peopleupdate calls it for the bodies of its
// responses, instead of building the projection ([mask.Project]) and then
// encoding it.
//
// [mask.Project]: https://pkg.go.dev/github.com/peopleupdate/peopleupdate/mask#Project
package view

// A Spec says what of a person Append writes: what the projection of SPEC.md
// §7 keeps of it.
type Spec struct {
	// Fields is the person.FieldSet of the read mask: the readable fields
	// written.
	Fields uint32

	// Etag is written as the person's etag (the etag of the read), in place
	// of the one the person holds.
	Etag string

	// Item reports whether an item (a person.Item) of those fields is
	// written: mask.Sources.SelectsItem.
	Item func(item any) bool

	// Source reports whether an entry of metadata.sources, of the given
	// person.Source_Type, is written: mask.Sources.Selects.
	Source func(sourceType int32) bool
}

// Append appends to b the JSON of the person p (a *person.Person) as
// person.Marshal(mask.Project(p, r, s)) writes it, with the etag of s, for
// the read mask and sources s describes, without building the projection:
// resourceName, the etag, the fields of s.Fields with the items s.Item
// accepts (metadata with the sources s.Source accepts), and no empty object
// at any depth. Package person sets Append when it is initialised.
var Append func(b []byte, p any, s Spec) ([]byte, error)
