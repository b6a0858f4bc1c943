// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package copier gives packages merge and mask the typed deep copies that
// tools/protogen generates into package person, with their messages in
// slabs: a performance internal, not part of person's API (whose public
// copies are the generated (*M).Clone methods).
package copier

import (
	"sync"

	"github.com/peopleupdate/peopleupdate/internal/copier/hook"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// A Copier makes the deep copies of one operation, built without
// reflection, with the messages they hold allocated in slabs: all the
// FieldMetadata of its copies in one allocation, all their Sources in
// another, and so on for every message type. Reserve first what will be
// copied, then copy it; what was not reserved is still copied, its messages
// then allocated one by one. The copies share no memory with what they were
// copied from (strings aside, being immutable), and none with each other but
// their slabs. As with [proto.Clone], a nil element of a list of messages is
// copied as an empty message. A Copier is not safe for concurrent use.
type Copier interface {
	// Reserve records that m, a message of package person or a Timestamp, is
	// to be copied. Other messages and nil are ignored.
	Reserve(m proto.Message)
	// ReservePerson records that p is to be copied with ClonePerson(p, skip).
	ReservePerson(p *person.Person, skip person.FieldSet)
	// ReserveItems records that the items of field f of p that keep accepts
	// (nil: every non-nil one) are to be copied with AppendItems or
	// AppendPrunedItems, and returns how many there are.
	ReserveItems(p *person.Person, f person.Field, keep func(person.Item) bool) int
	// Clone returns a deep copy of m; a nil m gives nil.
	Clone(m proto.Message) proto.Message
	// ClonePruned returns a deep copy of m without its empty objects, at any
	// depth (the rule of a read's response); a Timestamp is always kept.
	ClonePruned(m proto.Message) proto.Message
	// ClonePerson returns a deep copy of p without the fields of skip.
	ClonePerson(p *person.Person, skip person.FieldSet) *person.Person
	// SharePerson returns a shallow copy of p without the fields of skip:
	// the other fields are p's own values, shared.
	SharePerson(p *person.Person, skip person.FieldSet) *person.Person
	// AppendItems appends to field f of dst deep copies of the items of
	// field f of p that keep accepts, in order.
	AppendItems(dst, p *person.Person, f person.Field, keep func(person.Item) bool)
	// AppendPrunedItems is AppendItems making pruned copies.
	AppendPrunedItems(dst, p *person.Person, f person.Field, keep func(person.Item) bool)
}

// copiers holds the copiers Free gave back, zero again: a copier is a
// struct of a slab per message type (1.3 KB), which an operation would
// otherwise allocate every time.
var copiers = sync.Pool{New: func() any { return hook.New() }}

// New returns a zero Copier. Give it back with Free when done.
func New() Copier { return copiers.Get().(Copier) }

// Free gives c back, for New to hand out again: c's copies are not touched,
// but its caller must not use c itself after the call. A Copier that is not
// given back is left to the garbage collector.
func Free(c Copier) {
	hook.Reset(c)
	copiers.Put(c)
}
